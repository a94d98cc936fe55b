"""SHACL shapes: the exports validate; broken data is caught."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from graph.kb.export import write_export
from graph.kb.store import Store
from graph.kb.validate import validate
from graph.kb.vocabulary import NG, NIF, PROV, SCHEMA
from tests.kb.conftest import BASE, make_graph

ROOT = Path(__file__).resolve().parents[2]
NOVAK = URIRef(BASE + "actor/Q999999991")
STATEMENT = URIRef(BASE + "statement/a1/1-20/novak")
EVENT = URIRef(BASE + "event/a1/ACCUSE-88-95")
SENTENCE = URIRef(BASE + "article/a1#char=0,81")


def exported(store: Store, fmt: str) -> bytes:
    """One export of the store."""
    out = io.BytesIO()
    write_export(store, out, fmt)
    return out.getvalue()


def assert_valid(graph: Graph) -> None:
    """The graph conforms to the shapes."""
    conforms, report = validate(graph)
    assert conforms, report


def test_the_union_export_validates_and_every_union_format_holds_it(filled: Store) -> None:
    graph = Graph().parse(data=exported(filled, "ttl"), format="turtle")
    assert len(graph) > 100
    assert_valid(graph)
    for fmt, parser in (("nt", "nt"), ("jsonld", "json-ld")):
        assert isomorphic(Graph().parse(data=exported(filled, fmt), format=parser), graph)


def test_every_named_graph_of_the_dataset_exports_validates(filled: Store) -> None:
    dataset = Dataset()
    dataset.parse(data=exported(filled, "trig"), format="trig")
    graphs = [g for g in dataset.graphs() if len(g)]
    assert len(graphs) == 3
    for graph in graphs:
        assert_valid(graph)
    quads = Dataset()
    quads.parse(data=exported(filled, "nq"), format="nquads")
    assert sorted(quads.quads()) == sorted(dataset.quads())


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig"])
def test_the_committed_exports_validate(name: str) -> None:
    path = ROOT / "exports" / name
    if not path.exists():
        pytest.skip(f"exports/{name} is not built yet")
    dataset = Dataset()
    dataset.parse(path)
    for graph in [g for g in dataset.graphs() if len(g)]:
        assert_valid(graph)


def broken(change: str) -> Graph:
    """The graph of article a1 with one thing broken."""
    graph = make_graph("a1")
    if change == "second label":
        graph.add((NOVAK, RDFS.label, Literal("Novak Adam")))
    elif change == "second class":
        graph.add((NOVAK, RDF.type, SCHEMA.Organization))
    elif change == "no class":
        graph.remove((NOVAK, RDF.type, SCHEMA.Person))
    elif change == "no evidence":
        graph.remove((STATEMENT, PROV.wasDerivedFrom, None))
    elif change == "no cue":
        graph.remove((STATEMENT, NG.cue, None))
    elif change == "bad quote form":
        graph.set((STATEMENT, NG.quoteForm, NG.Shouted))
    elif change == "unknown event type":
        graph.set((EVENT, NG.eventType, NG.GOSSIP))
    elif change == "no agent":
        graph.remove((EVENT, SCHEMA.agent, None))
    elif change == "wrong anchor":
        graph.set((SENTENCE, NIF.anchorOf, Literal("something else")))
    elif change == "begin after end":
        graph.set((SENTENCE, NIF.beginIndex, Literal(90)))
    elif change == "negative offset":
        graph.set((SENTENCE, NIF.beginIndex, Literal(-1)))
    return graph


@pytest.mark.parametrize("change", [
    "second label", "second class", "no class", "no evidence", "no cue", "bad quote form",
    "unknown event type", "no agent", "wrong anchor", "begin after end", "negative offset",
])
def test_broken_graphs_do_not_validate(change: str) -> None:
    assert not validate(broken(change))[0]
