"""The store: incremental, atomic replacement, removal without orphans, actor facts."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.kb.store import Store, StoreError
from tests.kb.conftest import BASE, make_graph

NOVAK = BASE + "actor/Q999999991"
A1 = BASE + "article/a1"


def graph_quads(store: Store, name: str) -> set[ox.Quad]:
    """Every quad of one named graph, bookkeeping included."""
    return set(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(name)))


def ask(store: Store, sparql: str) -> bool:
    """The answer of an ASK query over the union."""
    return bool(store.query(sparql))


def test_putting_the_same_graphs_twice_leaves_the_store_unchanged(filled: Store) -> None:
    before, quads = filled.stats(), set(filled.ox)
    for i, article_id in enumerate(("a1", "a2", "a3"), start=1):
        filled.put_article(make_graph(article_id, i), f"fp-{article_id}")
    assert filled.stats() == before
    assert set(filled.ox) == quads
    triples = sum(len(make_graph(a, i)) for i, a in enumerate(("a1", "a2", "a3"), start=1))
    assert before == {"articles": 3, "actors": 6, "statements": 3, "events": 6, "triples": triples}


def test_replacing_an_article_changes_only_its_graph(filled: Store) -> None:
    others = {name: graph_quads(filled, name) for name in filled.articles() if name != A1}
    old = graph_quads(filled, A1)
    filled.put_article(make_graph("a1", 7, date="2024-01-09"), "fp-new")
    assert {name: graph_quads(filled, name) for name in others} == others
    new = graph_quads(filled, A1)
    assert new != old
    assert filled.fingerprint(A1) == "fp-new"
    assert not ask(filled, 'ASK { ?s sem:hasTimeStamp "2023-05-02"^^xsd:date ; schema:isPartOf '
                           f"<{A1}> }}")
    assert len(new) == len(make_graph("a1", 7)) + 1


def test_fingerprints_and_identifiers(filled: Store) -> None:
    assert filled.fingerprint(A1) == "fp-a1"
    assert filled.fingerprint(BASE + "article/nope") is None
    assert filled.article_iri("a2") == BASE + "article/a2"
    assert filled.article_iri(A1) == A1
    assert filled.article_iri("nope") is None
    assert sorted(filled.articles()) == [BASE + f"article/a{i}" for i in (1, 2, 3)]


def test_removing_an_article_leaves_no_orphans(filled: Store) -> None:
    assert filled.remove_article(A1)
    assert not filled.remove_article(A1)
    assert filled.article_iri("a1") is None
    assert filled.fingerprint(A1) is None
    local = f"{BASE}statement/a1/", f"{BASE}event/a1/", f"{BASE}actor/a1/", A1
    for quad in filled.ox:
        for term in (quad.subject, quad.object):
            assert not (isinstance(term, ox.NamedNode) and term.value.startswith(local)), quad
    assert not ask(filled, f"ASK {{ ?x schema:isPartOf <{A1}> }}")
    assert not ask(filled, f"ASK {{ ?x nif:referenceContext <{A1}> }}")
    assert filled.stats()["statements"] == 2


def test_actor_facts_stay_while_one_article_still_states_them(store: Store) -> None:
    store.put_article(make_graph("a1"), "1")
    store.put_article(make_graph("a2"), "2")
    facts = f"""ASK {{ <{NOVAK}> a ng:Actor, schema:Person ; rdfs:label "Adam Novak" ;
                     schema:sameAs wd:Q999999991 ; skos:altLabel "Novak" }}"""
    store.remove_article(A1)
    assert ask(store, facts)
    labels = store.query(f"SELECT DISTINCT ?l WHERE {{ <{NOVAK}> rdfs:label ?l }}")
    assert [row["l"].value for row in labels] == ["Adam Novak"]
    store.remove_article(BASE + "article/a2")
    assert not ask(store, f"ASK {{ <{NOVAK}> ?p ?o }}")
    assert store.stats() == {"articles": 0, "actors": 0, "statements": 0, "events": 0,
                             "triples": 0}


def test_union_triples_are_a_set_without_bookkeeping(filled: Store) -> None:
    union = list(filled.union_triples())
    assert len(union) == len(set(union))
    assert {ox.Triple(q.subject, q.predicate, q.object) for q in filled.quads()} == set(union)
    assert not any(t.predicate.value.endswith("#fingerprint") for t in union)


def test_an_on_disk_store_reopens_read_only(filled: Store, tmp_path: Path) -> None:
    filled.flush()
    reader = Store(tmp_path / "store", read_only=True)
    assert reader.stats() == filled.stats()
    with pytest.raises(RuntimeError):
        reader.remove_article(A1)


def test_missing_and_locked_stores_are_reported(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "missing", read_only=True)
    with pytest.raises(StoreError, match="in use"):
        Store(tmp_path / "store")
