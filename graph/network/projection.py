"""The store projected to a networkx MultiDiGraph: the actor network, or the full bipartite view.

Nodes are keyed by NMTOKEN ids (the IRI is kept in ``iri``); edges are keyed by globally unique
ids ``e0``, ``e1``, ... in sorted order, so every writer gives the same ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.kb.store import Store
from graph.network.analytics import add_analytics
from graph.network.evidence import Relation, act_date, full_date, relations
from graph.network.facts import ActFacts, ActorFacts, ArticleFacts, Facts, local_name, read_facts
from graph.network.ids import node_ids

GRAPH_KINDS = ("actors", "full")
LABEL_LENGTH = 60
ROLE_EDGES = (("agent", "agent", True), ("recipient", "recipient", False),
              ("about", "about", False))


@dataclass(slots=True)
class Draft:
    """Nodes and edges (keyed by IRI) before ids are given and the graph is built."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


def most_common(counts: Counter[str]) -> str | None:
    """The most frequent value, ties broken by the smallest."""
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def joined(values: Iterable[str]) -> str | None:
    """Sorted distinct values joined with ``|``; None when there are none."""
    return "|".join(sorted(set(values))) or None


def span(dates: Iterable[str | None]) -> dict[str, str]:
    """``first_seen`` and ``last_seen`` of some dates (compared as full dates); empty if none."""
    known = sorted((full_date(d), d) for d in dates if d)
    return {"first_seen": known[0][1], "last_seen": known[-1][1]} if known else {}


def shortened(value: str, length: int = LABEL_LENGTH) -> str:
    """A one-line label, cut at a word boundary with an ellipsis when too long."""
    line = " ".join(value.split())
    return line if len(line) <= length else line[:length].rsplit(" ", 1)[0] + "…"


def actor_node(actor: ActorFacts, facts: Facts, statements: int) -> dict[str, Any]:
    """An actor's node attributes."""
    return {
        "label": most_common(actor.labels),
        "node_kind": "actor",
        "type": most_common(actor.types),
        "country": joined(actor.values["country"]),
        "wikidata": joined(actor.values["wikidata"]),
        "job_title": joined(actor.values["job_title"]),
        "mentions": actor.mentions,
        "statements": statements,
        **span(facts.articles[a].date for a in actor.articles if a in facts.articles),
        "iri": actor.iri,
    }


def relation_edge(relation: Relation) -> tuple[str, str, dict[str, Any]]:
    """An aggregated relation as an edge."""
    weight = len(relation.evidence)
    return relation.source, relation.target, {
        "label": local_name(relation.relation),
        "weight": weight,
        **span(relation.dates),
        "negated_share": round(relation.negated / weight, 4),
        "evidence": " ".join(sorted(relation.evidence)),
    }


def stretch(node: dict[str, Any], first: str | None, last: str | None) -> None:
    """Widen a node's first/last seen so that it exists whenever its edges do."""
    node.update(span([node.get("first_seen"), node.get("last_seen"), first, last]))


def actor_draft(facts: Facts) -> Draft:
    """Actors and the aggregated relations between them."""
    spoken = Counter(a for act in facts.acts.values() if act.kind == "statement"
                     for a in act.roles["agent"])
    draft = Draft({iri: actor_node(actor, facts, spoken[iri])
                   for iri, actor in facts.actors.items()})
    for relation in relations(facts):
        source, target, data = relation_edge(relation)
        if source in draft.nodes and target in draft.nodes:
            draft.edges.append((source, target, data))
            for end in (source, target):
                stretch(draft.nodes[end], data.get("first_seen"), data.get("last_seen"))
    return draft


def act_node(act: ActFacts, facts: Facts) -> dict[str, Any]:
    """A statement's or an event's node attributes."""
    details = act.details
    if act.kind == "statement":
        label = shortened(details.get("text", "statement"))
    else:
        label = f"{details.get('type', 'EVENT')} ({details.get('trigger', '')})"
    return {
        "label": label,
        "node_kind": act.kind,
        "event_type": details.get("type") if act.kind == "event" else None,
        "text": details.get("text"),
        "quote_form": details.get("form"),
        "cue": details.get("cue"),
        "addressee": details.get("addressee"),
        "trigger": details.get("trigger"),
        "mode": details.get("mode"),
        "negated": act.negated,
        **span([act_date(act, facts)]),
        "iri": act.iri,
    }


def article_node(article: ArticleFacts) -> dict[str, Any]:
    """An article's node attributes."""
    return {
        "label": article.headline or article.identifier or local_name(article.iri),
        "node_kind": "article",
        "identifier": article.identifier,
        "publisher": article.publisher,
        "url": article.url,
        **span([article.date]),
        "iri": article.iri,
    }


def link(label: str, when: dict[str, Any]) -> dict[str, Any]:
    """A structural edge of the full graph (weight 1, dated like the act or article)."""
    return {"label": label, "weight": 1, **{k: when[k] for k in ("first_seen", "last_seen")
                                            if k in when}}


def full_draft(facts: Facts) -> Draft:
    """The actor network plus statements, events and articles, linked to actors by role."""
    draft = actor_draft(facts)
    draft.nodes.update({a.iri: article_node(a) for a in facts.articles.values()})
    for act in facts.acts.values():
        node = draft.nodes[act.iri] = act_node(act, facts)
        draft.edges.append((act.iri, act.article, link("part_of", node)))
        for role, label, from_actor in ROLE_EDGES:
            for actor in act.roles[role]:
                pair = (actor, act.iri) if from_actor else (act.iri, actor)
                draft.edges.append((*pair, link(label, node)))
    for actor in facts.actors.values():
        for article in actor.articles:
            draft.edges.append((actor.iri, article, link("appears_in", draft.nodes[article])))
    return draft


def to_graph(draft: Draft) -> nx.MultiDiGraph:
    """Nodes sorted by id; edges sorted by (source, target, label), ids ``e0``, ``e1``, ...

    networkx iterates a multigraph's edges by source, then target, then key: in this order.
    """
    ids = node_ids(draft.nodes)
    graph = nx.MultiDiGraph()
    for iri in sorted(draft.nodes, key=ids.__getitem__):
        graph.add_node(ids[iri], **{k: v for k, v in draft.nodes[iri].items() if v is not None})
    edges = sorted(
        ((ids[s], ids[t], d["label"], d) for s, t, d in draft.edges if s in ids and t in ids),
        key=lambda e: e[:3],
    )
    for number, (source, target, _, data) in enumerate(edges):
        graph.add_edge(source, target, key=f"e{number}", **data)
    return graph


def build_graph(facts: Facts, kind: str = "actors") -> nx.MultiDiGraph:
    """The actor (or full) network of some facts, with its analytics."""
    if kind not in GRAPH_KINDS:
        raise ValueError(f"unknown graph kind {kind!r}: one of {', '.join(GRAPH_KINDS)}")
    graph = to_graph(actor_draft(facts) if kind == "actors" else full_draft(facts))
    add_analytics(graph)
    return graph


def project(store: Store, kind: str = "actors") -> nx.MultiDiGraph:
    """The actor (or full) network of everything in the store."""
    return build_graph(read_facts(store), kind)
