"""The knowledge base: an Oxigraph store with one named graph per article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph.kb.vocabulary import NG, PREFIXES

FINGERPRINT = ox.NamedNode(str(NG.fingerprint))


class Store:
    """An on-disk (or, with no path, in-memory) Oxigraph store of article graphs."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
        self.path = Path(path) if path is not None else None
        self.ox = ox.Store(str(path)) if path is not None else ox.Store()

    def fingerprint(self, article_iri: str) -> str | None:
        """The fingerprint an article's graph was stored with, if it is stored."""
        node = ox.NamedNode(article_iri)
        for quad in self.ox.quads_for_pattern(node, FINGERPRINT, None, node):
            return quad.object.value
        return None

    def put_article(self, graph: Graph, fingerprint: str) -> None:
        """Replace an article's named graph in one transaction, recording its fingerprint."""
        name = str(graph.identifier)
        triples = graph.serialize(format="nt")
        self.ox.update(
            f"DROP SILENT GRAPH <{name}> ;\n"
            f"INSERT DATA {{ GRAPH <{name}> {{\n{triples}\n"
            f'<{name}> <{FINGERPRINT.value}> "{fingerprint}" .\n}} }}'
        )

    def remove_article(self, article_iri: str) -> bool:
        """Drop an article's graph; False if it was not stored."""
        node = ox.NamedNode(article_iri)
        if not self.ox.contains_named_graph(node):
            return False
        self.ox.remove_graph(node)
        return True

    def articles(self) -> Iterator[str]:
        """The IRIs of the stored article graphs."""
        return (g.value for g in self.ox.named_graphs())

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query over the union of all article graphs."""
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        return self.ox.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if self.path is not None:
            self.ox.flush()
