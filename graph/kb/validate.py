"""Validating RDF against the vocabulary's SHACL shapes (pyshacl, a test dependency)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from pyshacl import validate as shacl_validate
from rdflib import Graph

from graph.kb.vocabulary import vocabulary


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """The SHACL shapes shipped with the package, parsed once."""
    text = resources.files("graph.kb").joinpath("shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def validate(data: Graph) -> tuple[bool, str]:
    """Whether a graph conforms to the shapes (with the vocabulary mixed in), and the report."""
    combined = Graph()
    for triple in (*data, *vocabulary()):
        combined.add(triple)
    conforms, _, report = shacl_validate(combined, shacl_graph=shapes(), advanced=True)
    return bool(conforms), str(report)
