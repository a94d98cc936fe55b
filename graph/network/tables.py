"""Node and edge tables in the form of Gephi's spreadsheet import (Id, Label; Source, Target)."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from graph.network.attributes import Kind, Schema, cells, schema, without
from graph.network.textfile import text_output

NODE_COLUMNS = ("Id", "Label")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight")
NATIVE = ("label", "weight")


def row(element: dict[str, object], declared: dict[str, Kind]) -> list[str]:
    """One row's attribute cells in the declared order, empty where a value is missing."""
    present = dict(cells(element, declared))
    return [present.get(name, "") for name in declared]


def write_tables(graph: nx.MultiDiGraph, nodes_path: Path, edges_path: Path,
                 declared: Schema | None = None) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` with one typed column per attribute."""
    declared = declared or schema(graph)
    nodes, edges = without(declared.nodes, NATIVE), without(declared.edges, NATIVE)
    with text_output(nodes_path) as out:
        rows = csv.writer(out, lineterminator="\n")
        rows.writerow([*NODE_COLUMNS, *nodes])
        for node, element in graph.nodes(data=True):
            rows.writerow([node, element.get("label", node), *row(element, nodes)])
    with text_output(edges_path) as out:
        rows = csv.writer(out, lineterminator="\n")
        rows.writerow([*EDGE_COLUMNS, *edges])
        for source, target, key, element in graph.edges(keys=True, data=True):
            rows.writerow([source, target, "Directed", key, element.get("label", ""),
                           element.get("weight", 1), *row(element, edges)])
    return [nodes_path, edges_path]
