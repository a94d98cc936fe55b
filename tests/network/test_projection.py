"""The projection: actors, aggregated relations with evidence, dates, analytics, full graph."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib.namespace import RDFS

from graph.kb.store import Store
from graph.kb.vocabulary import NG, vocabulary
from graph.network import project
from graph.network.evidence import full_date
from graph.network.ids import is_nmtoken, node_ids, readable_id

BASE = "https://w3id.org/newsgraph/id/"


def edge(graph: nx.MultiDiGraph, source: str, label: str, target: str) -> dict:
    """The one edge with this source, label and target."""
    found = [d for s, t, d in graph.edges(data=True)
             if (s, d["label"], t) == (source, label, target)]
    assert len(found) == 1, (source, label, target, found)
    return found[0]


def test_actor_nodes_carry_the_actor_facts(small_graph: nx.MultiDiGraph) -> None:
    putin = small_graph.nodes["actor:Q7747"]
    assert putin["label"] == "Vladimir Putin"
    assert putin["type"] == "Person"
    assert putin["country"] == "Rusia"
    assert putin["wikidata"] == "Q7747"
    assert putin["job_title"] == "Presiden Rusia"
    assert putin["iri"] == BASE + "actor/Q7747"
    assert putin["mentions"] == 2 and putin["statements"] == 2
    assert (putin["first_seen"], putin["last_seen"]) == ("2022-02", "2022-03-05")
    assert "country" not in small_graph.nodes["actor:Q7184"]  # missing means absent


def test_relations_are_aggregated_over_articles_with_their_evidence(
    small_graph: nx.MultiDiGraph,
) -> None:
    accuses = edge(small_graph, "actor:Q7747", "accuses", "actor:Q7184")
    assert accuses["weight"] == 2
    assert accuses["evidence"].split() == [
        BASE + "event/net-1/ACCUSE-93-100", BASE + "event/net-2/ACCUSE-57-64"]
    assert (accuses["first_seen"], accuses["last_seen"]) == ("2022-02", "2022-03-04")
    assert accuses["negated_share"] == 0.0


def test_speech_relations_and_negation(small_graph: nx.MultiDiGraph) -> None:
    assert edge(small_graph, "actor:Sergey_Lavrov", "speaksTo", "actor:Antony_Blinken")[
        "weight"] == 1
    denial = edge(small_graph, "actor:Q7747", "speaksAbout", "actor:Q212")
    assert denial["negated_share"] == 1.0
    responds = edge(small_graph, "actor:net-2:Juru_bicara", "respondsTo", "actor:Q7747")
    assert responds["evidence"] == BASE + "statement/net-2/179-195/jubir"


def test_negated_events_assert_no_relation(small_graph: nx.MultiDiGraph) -> None:
    labels = {d["label"] for s, t, d in small_graph.edges(data=True)
              if (s, t) == ("actor:Q7747", "actor:Q212")}
    assert labels == {"speaksAbout"}


def test_reciprocal_events_relate_their_sources_both_ways(small_graph: nx.MultiDiGraph) -> None:
    edge(small_graph, "actor:Q159", "consultsWith", "actor:Côte_d_Ivoire")
    edge(small_graph, "actor:Côte_d_Ivoire", "consultsWith", "actor:Q159")


def test_every_actor_relation_triple_in_the_store_is_an_edge(
    small_store: Store, small_graph: nx.MultiDiGraph
) -> None:
    properties = " ".join(f"<{p}>" for p in vocabulary().subjects(RDFS.subPropertyOf,
                                                                   NG.actorRelation))
    rows = small_store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {properties} }}"
                             " ?s ?p ?o }")
    triples = {(r["s"].value, r["p"].value.rsplit("#", 1)[1], r["o"].value) for r in rows}
    edges = {(small_graph.nodes[s]["iri"], d["label"], small_graph.nodes[t]["iri"])
             for s, t, d in small_graph.edges(data=True)}
    assert edges == triples
    assert len(triples) == 11


def test_analytics_on_every_node(small_graph: nx.MultiDiGraph) -> None:
    for _, data in small_graph.nodes(data=True):
        assert {"degree", "weighted_degree", "pagerank", "community"} <= data.keys()
    assert sum(d["pagerank"] for _, d in small_graph.nodes(data=True)) == pytest.approx(1, 1e-4)
    putin = small_graph.nodes["actor:Q7747"]
    assert putin["degree"] == small_graph.degree("actor:Q7747") == 6
    assert putin["weighted_degree"] == 8
    assert small_graph.nodes["actor:Antony_Blinken"]["community"] == small_graph.nodes[
        "actor:Sergey_Lavrov"]["community"]


def test_ids_are_nmtokens_and_edge_ids_are_unique(small_full: nx.MultiDiGraph) -> None:
    assert all(is_nmtoken(n) for n in small_full)
    keys = [k for *_, k in small_full.edges(keys=True)]
    assert keys == [f"e{i}" for i in range(len(keys))]


def test_full_graph_has_acts_and_articles(small_full: nx.MultiDiGraph) -> None:
    kinds = nx.get_node_attributes(small_full, "node_kind")
    assert sorted(set(kinds.values())) == ["actor", "article", "event", "statement"]
    assert sum(k == "article" for k in kinds.values()) == 2
    call = small_full.nodes["event:net-1:CONSULT-145-154"]
    assert (call["label"], call["mode"], call["first_seen"]) == (
        "CONSULT (berbicara)", "phone", "2022-02-01")
    assert call["negated"] is False
    labels = {d["label"] for *_, d in small_full.edges(data=True)}
    assert {"agent", "recipient", "about", "part_of", "appears_in", "accuses"} <= labels
    article = small_full.nodes["article:net-2"]
    assert article["label"] == 'Barat & "Sekutu" <mengecam>'


def test_empty_store_gives_an_empty_graph() -> None:
    graph = project(Store())
    assert graph.number_of_nodes() == graph.number_of_edges() == 0


def test_readable_ids_and_collisions() -> None:
    assert readable_id(BASE + "actor/Q7747") == "actor:Q7747"
    assert readable_id(BASE + "actor/C%C3%B4te_d'Ivoire") == "actor:Côte_d_Ivoire"
    assert readable_id("urn:x") == "urn:x"
    ids = node_ids([BASE + "actor/A%2FB", BASE + "actor/A_B"])
    assert len(set(ids.values())) == 2 and all(is_nmtoken(i) for i in ids.values())
    assert not is_nmtoken("a b") and not is_nmtoken("a/b") and not is_nmtoken("")


def test_partial_dates_become_full_dates_for_the_timeline() -> None:
    assert [full_date(d) for d in ("2022", "2022-02", "2022-02-03")] == [
        "2022-01-01", "2022-02-01", "2022-02-03"]
