"""GraphML writer: typed keys for nodes and edges only, unique edge ids, streamed, atomic."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import networkx as nx

from graph.network.attributes import Attribute, Kind, Schema, cells, schema, without
from graph.network.textfile import text_output
from graph.network.xmlout import escape

GRAPHML_TYPES = {Kind.BOOLEAN: "boolean", Kind.INTEGER: "long", Kind.DOUBLE: "double",
                 Kind.STRING: "string"}
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def write_keys(out: TextIO, domain: str, attributes: tuple[Attribute, ...]) -> None:
    """Declare the attributes of nodes or edges (key ids ``n_<name>`` and ``e_<name>``)."""
    for a in attributes:
        out.write(f'  <key id="{domain[0]}_{escape(a.name)}" for="{domain}"'
                  f' attr.name="{escape(a.name)}" attr.type="{GRAPHML_TYPES[a.kind]}"/>\n')


def data(element: dict[str, object], declared: dict[str, Kind], prefix: str) -> str:
    """The ``<data>`` children of one node or edge."""
    return "".join(f'      <data key="{prefix}{name}">{text}</data>\n'
                   for name, text in cells(element, declared, escape))


def write_graphml(graph: nx.MultiDiGraph, path: Path, declared: Schema | None = None) -> Path:
    """Write a directed multigraph whose edge keys are unique ids; no graph-level data."""
    declared = declared or schema(graph)
    nodes, edges = without(declared.nodes, ()), without(declared.edges, ())
    with text_output(path) as out:
        out.write(HEADER)
        write_keys(out, "node", declared.nodes)
        write_keys(out, "edge", declared.edges)
        out.write('  <graph id="G" edgedefault="directed">\n')
        for node, attributes in graph.nodes(data=True):
            out.write(f'    <node id="{escape(node)}">\n{data(attributes, nodes, "n_")}'
                      "    </node>\n")
        for source, target, key, attributes in graph.edges(keys=True, data=True):
            out.write(f'    <edge id="{escape(key)}" source="{escape(source)}"'
                      f' target="{escape(target)}">\n{data(attributes, edges, "e_")}'
                      "    </edge>\n")
        out.write("  </graph>\n</graphml>\n")
    return path
