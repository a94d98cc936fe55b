"""The network projection of the store and its Gephi files: GraphML, GEXF, CSV tables, PNG."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from graph.kb.store import Store
from graph.network.attributes import schema
from graph.network.gexf import write_gexf
from graph.network.graphml import write_graphml
from graph.network.preview import write_preview
from graph.network.projection import GRAPH_KINDS, project
from graph.network.tables import write_tables

FORMATS = ("graphml", "gexf", "csv", "png")
SUFFIXES = {"actors": "", "full": "-full"}
TITLES = {"actors": "newsgraph actor network", "full": "newsgraph actors, acts and articles"}


def write_files(graph: nx.MultiDiGraph, out_dir: Path, kind: str,
                formats: Iterable[str]) -> list[Path]:
    """Write a projected graph in the given formats; the paths written, in a fixed order."""
    suffix, title = SUFFIXES[kind], TITLES[kind]
    wanted = set(formats)
    unknown = wanted - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown network format(s): {', '.join(sorted(unknown))}")
    declared = schema(graph)
    written: list[Path] = []
    if "graphml" in wanted:
        written.append(write_graphml(graph, out_dir / f"graph{suffix}.graphml", declared))
    if "gexf" in wanted:
        written.append(write_gexf(graph, out_dir / f"graph{suffix}.gexf", title, declared))
    if "csv" in wanted:
        written += write_tables(graph, out_dir / f"nodes{suffix}.csv",
                                out_dir / f"edges{suffix}.csv", declared)
    if "png" in wanted:
        written.append(write_preview(graph, out_dir / f"graph{suffix}.png", title))
    return written


def write_network(store: Store, out_dir: Path, kind: str = "actors",
                  formats: Iterable[str] = FORMATS) -> list[Path]:
    """Project the store (actor network by default) and write its files into ``out_dir``."""
    return write_files(project(store, kind), Path(out_dir), kind, formats)


__all__ = ["FORMATS", "GRAPH_KINDS", "project", "write_files", "write_network"]
