"""Node and edge tables in the form of Gephi's spreadsheet import (Id, Label; Source, Target)."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from graph.network.attributes import Attribute, schema, values
from graph.network.xmlout import text_output

NODE_COLUMNS = ("Id", "Label")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight")
NATIVE = ("label", "weight")


def cells(data: dict[str, object], attributes: tuple[Attribute, ...]) -> list[str]:
    """One row's attribute cells, empty where a value is missing."""
    present = {a.name: v for a, v in values(data, attributes)}
    return [present.get(a.name, "") for a in attributes]


def write_tables(graph: nx.MultiDiGraph, nodes_path: Path, edges_path: Path) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` with one typed column per attribute."""
    declared = schema(graph, reserved=NATIVE)
    with text_output(nodes_path) as out:
        rows = csv.writer(out, lineterminator="\n")
        rows.writerow([*NODE_COLUMNS, *(a.name for a in declared.nodes)])
        for node, data in graph.nodes(data=True):
            rows.writerow([node, data.get("label", node), *cells(data, declared.nodes)])
    with text_output(edges_path) as out:
        rows = csv.writer(out, lineterminator="\n")
        rows.writerow([*EDGE_COLUMNS, *(a.name for a in declared.edges)])
        for source, target, key, data in graph.edges(keys=True, data=True):
            rows.writerow([source, target, "Directed", key, data.get("label", ""),
                           data.get("weight", 1), *cells(data, declared.edges)])
    return [nodes_path, edges_path]
