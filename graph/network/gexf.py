"""GEXF 1.2 writer: typed attributes, colours and sizes, a dynamic timeline, streamed, atomic.

Nodes and edges start on their ``first_seen`` date (``mode="dynamic"``, ``timeformat="date"``)
and never end, so Gephi's timeline shows the network growing. Colour and size are written as
``<color>`` and ``<size>`` in the GEXF namespace: that is where the 1.2draft schema in
``shared/schemas`` declares them, and Gephi and graphology match them by local name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import networkx as nx

from graph.network.attributes import Attribute, Kind, Schema, cell, cells, schema, without
from graph.network.evidence import full_date
from graph.network.style import colour, size
from graph.network.textfile import text_output
from graph.network.xmlout import escape

GEXF_TYPES = {Kind.BOOLEAN: "boolean", Kind.INTEGER: "long", Kind.DOUBLE: "double",
              Kind.STRING: "string"}
NATIVE = ("label", "weight")
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gexf xmlns="http://www.gexf.net/1.2draft"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"'
    ' version="1.2">\n'
    "  <meta>\n    <creator>newsgraph</creator>\n"
    "    <description>{description}</description>\n  </meta>\n"
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n'
)


def write_attributes(out: TextIO, domain: str, attributes: tuple[Attribute, ...]) -> None:
    """Declare the static attributes of nodes or edges (label and weight are native)."""
    out.write(f'    <attributes class="{domain}" mode="static">\n')
    for a in attributes:
        if a.name not in NATIVE:
            out.write(f'      <attribute id="{escape(a.name)}" title="{escape(a.name)}"'
                      f' type="{GEXF_TYPES[a.kind]}"/>\n')
    out.write("    </attributes>\n")


def native(element: dict[str, object]) -> str:
    """The ``label``, ``weight`` and ``start`` XML attributes of a node or edge."""
    parts = []
    label = cell(element.get("label"), Kind.STRING)
    if label is not None:
        parts.append(f' label="{escape(label)}"')
    weight = cell(element.get("weight"), Kind.DOUBLE)
    if weight is not None:
        parts.append(f' weight="{weight}"')
    if element.get("first_seen"):
        parts.append(f' start="{full_date(str(element["first_seen"]))}"')
    return "".join(parts)


def attvalues(element: dict[str, object], declared: dict[str, Kind]) -> str:
    """The ``<attvalues>`` of a node or edge."""
    items = "".join(f'          <attvalue for="{name}" value="{text}"/>\n'
                    for name, text in cells(element, declared, escape))
    return f"        <attvalues>\n{items}        </attvalues>\n" if items else ""


def viz(element: dict[str, object], top: float) -> str:
    """Colour by actor type or node kind, size by PageRank."""
    r, g, b = colour(element)
    pagerank = element.get("pagerank", 0.0)
    share = pagerank if isinstance(pagerank, float | int) else 0.0
    return (f'        <color r="{r}" g="{g}" b="{b}"/>\n'
            f'        <size value="{size(share, top)!r}"/>\n')


def write_gexf(graph: nx.MultiDiGraph, path: Path, description: str = "",
               declared: Schema | None = None) -> Path:
    """Write a directed multigraph whose edge keys are unique ids, with a timeline."""
    declared = declared or schema(graph)
    nodes, edges = without(declared.nodes, NATIVE), without(declared.edges, NATIVE)
    top = max((d.get("pagerank", 0.0) for _, d in graph.nodes(data=True)), default=0.0)
    with text_output(path) as out:
        out.write(HEADER.format(description=escape(description)))
        write_attributes(out, "node", declared.nodes)
        write_attributes(out, "edge", declared.edges)
        out.write(f'    <nodes count="{graph.number_of_nodes()}">\n')
        for node, element in graph.nodes(data=True):
            out.write(f'      <node id="{escape(node)}"{native(element)}>\n'
                      f"{attvalues(element, nodes)}{viz(element, top)}      </node>\n")
        out.write(f'    </nodes>\n    <edges count="{graph.number_of_edges()}">\n')
        for source, target, key, element in graph.edges(keys=True, data=True):
            out.write(f'      <edge id="{escape(key)}" source="{escape(source)}"'
                      f' target="{escape(target)}"{native(element)}>\n'
                      f"{attvalues(element, edges)}      </edge>\n")
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    return path
