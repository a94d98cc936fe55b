"""A PNG preview of the network: the top nodes by PageRank, labelled, coloured by type."""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from graph.files import atomic_output
from graph.network.analytics import SEED, summed, undirected
from graph.network.style import category, colour, hex_colour

TOP_NODES = 60
SIZE_RANGE = (60.0, 1800.0)


def top_nodes(graph: nx.MultiDiGraph, count: int) -> list[str]:
    """The ``count`` nodes with the highest PageRank (ties by id)."""
    ranked = sorted(graph.nodes(data="pagerank", default=0.0), key=lambda n: (-n[1], n[0]))
    return [node for node, _ in ranked[:count]]


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Connected nodes by a force-directed layout started from a stress-minimising one (so
    labels spread over the page), unconnected ones in a row along the bottom."""
    linked = graph.subgraph([n for n in graph if graph.degree(n)]).copy()
    for _, _, data in linked.edges(data=True):
        data["pull"] = 1 + math.log(data["weight"])
    positions: dict[str, tuple[float, float]] = {}
    if linked.number_of_nodes():
        start = nx.kamada_kawai_layout(linked) if linked.number_of_nodes() > 2 else None
        spread = 2.5 / math.sqrt(linked.number_of_nodes())
        found = nx.spring_layout(linked, pos=start, k=spread, weight="pull", seed=SEED,
                                 iterations=50)
        positions = {node: (float(x), float(y)) for node, (x, y) in found.items()}
    alone = sorted(n for n in graph if not graph.degree(n))
    for i, node in enumerate(alone):
        positions[node] = (-1.0 + 2.0 * (i + 0.5) / len(alone), -1.25)
    return positions


def write_preview(graph: nx.MultiDiGraph, path: Path, title: str = "newsgraph") -> Path:
    """Draw the top nodes by PageRank and the relations among them into a PNG."""
    shown = top_nodes(graph, TOP_NODES)
    inner = sorted(graph.subgraph(shown).edges(data="weight", default=1))
    simple = undirected(summed(shown, inner, nx.DiGraph()))
    positions = layout(simple)
    data = graph.nodes
    top = max((data[n].get("pagerank", 0.0) for n in shown), default=0.0) or 1.0
    low, high = SIZE_RANGE
    figure = Figure(figsize=(14, 10), dpi=110)
    axes = figure.subplots()
    axes.set_axis_off()
    nx.draw_networkx_edges(
        simple, positions, ax=axes, edge_color="#9a9a9a", alpha=0.5,
        width=[0.6 + math.log(w) for _, _, w in simple.edges(data="weight")],
    )
    nx.draw_networkx_nodes(
        simple, positions, ax=axes, nodelist=shown, linewidths=0.8, edgecolors="white",
        node_color=[hex_colour(colour(data[n])) for n in shown],
        node_size=[low + (high - low) * data[n].get("pagerank", 0.0) / top for n in shown],
    )
    nx.draw_networkx_labels(
        simple, positions, ax=axes, font_size=9,
        labels={n: str(data[n].get("label", n)) for n in shown},
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
              "alpha": 0.75},
    )
    kinds = sorted({category(data[n]) for n in shown})
    axes.legend(
        handles=[Line2D([], [], marker="o", linestyle="", markersize=10, label=kind,
                        markerfacecolor=hex_colour(colour({"type": kind})),
                        markeredgecolor="white") for kind in kinds],
        loc="lower left", frameon=False, fontsize=10,
    )
    axes.set_title(
        f"{title}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
        f"(top {len(shown)} by PageRank shown; size = PageRank, colour = type)", fontsize=12,
    )
    figure.tight_layout()
    with atomic_output(path) as out:
        figure.savefig(out, format="png", metadata={"Software": None})
    return path
