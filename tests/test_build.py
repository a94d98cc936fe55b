"""The main job end to end: the seed into a store, exports, and SPARQL answers on them."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.build import build
from graph.config import DEFAULT_BASE_IRI
from graph.kb.store import Store
from graph.kb.vocabulary import sparql_prefixes

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SECOND = ROOT / "tests" / "data" / "ruritania.txt"
EXPORTS = ("graph.ttl", "graph.trig", "graph.graphml")


@pytest.fixture(scope="module")
def seed_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    report = build([str(SEEDS)], Store(), out, DEFAULT_BASE_IRI)
    assert report.errors == []
    return out


@pytest.fixture(scope="module")
def seed_graph(seed_exports: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(seed_exports / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    solutions = store.query(sparql_prefixes() + query)
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]


def test_build_writes_the_exports(seed_exports: Path) -> None:
    for name in EXPORTS:
        assert (seed_exports / name).stat().st_size > 0


def test_one_putin_with_title_affiliation_and_alias(seed_graph: ox.Store) -> None:
    rows = select(
        seed_graph,
        """
        SELECT ?putin ?title ?aff WHERE {
          ?putin a ng:Actor, schema:Person ; rdfs:label "Vladimir Putin" ;
                 schema:jobTitle ?title ; ng:affiliation/rdfs:label ?aff ;
                 skos:altLabel "Putin" .
        }""",
    )
    assert {(r["title"], r["aff"]) for r in rows} == {("Presiden Rusia", "Rusia")}
    labels = select(
        seed_graph,
        """
        SELECT ?a WHERE { ?a a ng:Actor ; rdfs:label|skos:altLabel ?n .
                          FILTER(CONTAINS(?n, "Putin") && !CONTAINS(?n, "Presiden Putin")) }""",
    )
    assert len({r["a"] for r in labels}) == 1


def test_putin_direct_quote_to_reporters(seed_graph: ox.Store) -> None:
    rows = select(
        seed_graph,
        """
        SELECT ?date WHERE {
          ?st a ng:Statement ; schema:agent/rdfs:label "Vladimir Putin" ;
              ng:quoteForm ng:Direct ; ng:addressee "wartawan" ; schema:text ?text ;
              sem:hasTimeStamp ?date .
          FILTER(STRSTARTS(?text, "Kami dengan hati-hati menganalisis"))
        }""",
    )
    assert [r["date"] for r in rows] == ["2022-02-01"]


def test_blinken_lavrov_consult_on_the_first_of_february(seed_graph: ox.Store) -> None:
    rows = select(
        seed_graph,
        """
        SELECT ?ev WHERE {
          ?ev a ng:Event ; ng:eventType ng:CONSULT ; sem:hasTimeStamp "2022-02-01"^^xsd:date ;
              (schema:agent|schema:recipient)/rdfs:label "Antony Blinken" ;
              (schema:agent|schema:recipient)/rdfs:label "Sergey Lavrov" .
        }""",
    )
    assert len(rows) == 1


def test_putin_responds_to_nato(seed_graph: ox.Store) -> None:
    rows = select(
        seed_graph,
        """
        SELECT * WHERE { ?putin rdfs:label "Vladimir Putin" ; ng:respondsTo ?nato .
                         ?nato rdfs:label "NATO" }""",
    )
    assert len(rows) == 1


@pytest.mark.parametrize("path", [SEEDS, SECOND], ids=["seed", "second-article"])
def test_every_evidence_span_anchors_its_offsets(path: Path, tmp_path: Path) -> None:
    store = Store()
    assert build([str(path)], store, None, DEFAULT_BASE_IRI).errors == []
    rows = select(
        store.ox,
        """
        SELECT ?item ?text ?b ?e ?anchor WHERE { GRAPH ?g {
          ?item a ?kind ; prov:wasDerivedFrom ?span .
          VALUES ?kind { ng:Statement ng:Event }
          ?span nif:referenceContext/nif:isString ?text ;
                nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
        } }""",
    )
    items = select(
        store.ox,
        """
        SELECT DISTINCT ?item WHERE {
          GRAPH ?g { ?item a ?k VALUES ?k { ng:Statement ng:Event } }
        }""",
    )
    assert rows and {r["item"] for r in rows} == {r["item"] for r in items}
    for row in rows:
        assert row["text"][int(row["b"]) : int(row["e"])] == row["anchor"]


def test_two_builds_are_byte_identical(seed_exports: Path, tmp_path: Path) -> None:
    build([str(SEEDS)], Store(tmp_path / "store"), tmp_path / "out", DEFAULT_BASE_IRI)
    for name in EXPORTS:
        assert filecmp.cmp(seed_exports / name, tmp_path / "out" / name, shallow=False), name


def test_committed_exports_are_what_the_code_produces(seed_exports: Path) -> None:
    committed = sorted(p.name for p in (ROOT / "exports").iterdir() if not p.name.startswith("."))
    produced = sorted(p.name for p in seed_exports.iterdir())
    assert committed == produced
    for name in produced:
        assert filecmp.cmp(seed_exports / name, ROOT / "exports" / name, shallow=False), (
            f"exports/{name} is stale: run `newsgraph build` and commit exports/"
        )
