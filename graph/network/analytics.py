"""Network measures computed before writing: degree, weighted PageRank, Louvain communities."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

import networkx as nx

SEED = 42
G = TypeVar("G", bound=nx.Graph)
SIGNIFICANT = 6


def rounded(value: float) -> float:
    """A float cut to a few significant digits, so exports do not depend on float noise."""
    return float(f"{value:.{SIGNIFICANT}g}")


def summed(nodes: Iterable[str], edges: Iterable[tuple[str, str, float]], into: G) -> G:
    """Add nodes and weighted edges to an empty simple graph, summing repeated pairs' weights."""
    into.add_nodes_from(nodes)
    for source, target, weight in edges:
        if into.has_edge(source, target):
            into[source][target]["weight"] += weight
        else:
            into.add_edge(source, target, weight=weight)
    return into


def collapsed(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """One directed edge per ordered pair, weighted by the sum of its parallel edges' weights."""
    return summed(graph, graph.edges(data="weight", default=1), nx.DiGraph())


def undirected(simple: nx.DiGraph) -> nx.Graph:
    """One undirected edge per pair, weighted by the sum of both directions' weights."""
    return summed(simple, simple.edges(data="weight"), nx.Graph())


def communities(simple: nx.DiGraph, seed: int = SEED) -> dict[str, int]:
    """Louvain communities on the undirected weighted graph, numbered by size then first node."""
    groups = nx.community.louvain_communities(undirected(simple), weight="weight", seed=seed)
    ordered = sorted((sorted(group) for group in groups), key=lambda g: (-len(g), g[0]))
    return {node: number for number, group in enumerate(ordered) for node in group}


def add_analytics(graph: nx.MultiDiGraph, seed: int = SEED) -> None:
    """Set ``degree``, ``weighted_degree``, ``pagerank`` and ``community`` on every node."""
    if graph.number_of_nodes() == 0:
        return
    simple = collapsed(graph)
    pagerank = nx.pagerank(simple, weight="weight")
    community = communities(simple, seed)
    weighted = dict(graph.degree(weight="weight"))
    for node, degree in graph.degree():
        graph.nodes[node].update(
            degree=degree,
            weighted_degree=weighted[node],
            pagerank=rounded(pagerank[node]),
            community=community[node],
        )
