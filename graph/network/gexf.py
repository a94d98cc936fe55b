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

from graph.network.attributes import Attribute, Kind, schema, text, values
from graph.network.evidence import full_date
from graph.network.style import colour, size
from graph.network.xmlout import attr, content, text_output

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
    """Declare the static attributes of nodes or edges."""
    out.write(f'    <attributes class="{domain}" mode="static">\n')
    for a in attributes:
        out.write(f'      <attribute id="{attr(a.name)}" title="{attr(a.name)}"'
                  f' type="{GEXF_TYPES[a.kind]}"/>\n')
    out.write("    </attributes>\n")


def native(data: dict[str, object]) -> str:
    """The ``label``, ``weight`` and ``start`` XML attributes of a node or edge."""
    parts = []
    if data.get("label") is not None:
        parts.append(f' label="{attr(text(str(data["label"]), Kind.STRING))}"')
    if data.get("weight") is not None:
        parts.append(f' weight="{text(float(data["weight"]), Kind.DOUBLE)}"')
    if data.get("first_seen"):
        parts.append(f' start="{full_date(str(data["first_seen"]))}"')
    return "".join(parts)


def attvalues(data: dict[str, object], attributes: tuple[Attribute, ...]) -> str:
    """The ``<attvalues>`` of a node or edge."""
    items = "".join(f'          <attvalue for="{attr(a.name)}" value="{attr(v)}"/>\n'
                    for a, v in values(data, attributes))
    return f"        <attvalues>\n{items}        </attvalues>\n" if items else ""


def viz(data: dict[str, object], top: float) -> str:
    """Colour by actor type or node kind, size by PageRank."""
    r, g, b = colour(data)
    pagerank = float(data.get("pagerank", 0.0))
    return (f'        <color r="{r}" g="{g}" b="{b}"/>\n'
            f'        <size value="{size(pagerank, top)!r}"/>\n')


def write_gexf(graph: nx.MultiDiGraph, path: Path, description: str = "") -> Path:
    """Write a directed multigraph whose edge keys are unique ids, with a timeline."""
    declared = schema(graph, reserved=NATIVE)
    top = max((d.get("pagerank", 0.0) for _, d in graph.nodes(data=True)), default=0.0)
    with text_output(path) as out:
        out.write(HEADER.format(description=content(description)))
        write_attributes(out, "node", declared.nodes)
        write_attributes(out, "edge", declared.edges)
        out.write(f'    <nodes count="{graph.number_of_nodes()}">\n')
        for node, data in graph.nodes(data=True):
            out.write(f'      <node id="{attr(node)}"{native(data)}>\n'
                      f"{attvalues(data, declared.nodes)}{viz(data, top)}      </node>\n")
        out.write(f'    </nodes>\n    <edges count="{graph.number_of_edges()}">\n')
        for source, target, key, data in graph.edges(keys=True, data=True):
            out.write(f'      <edge id="{attr(key)}" source="{attr(source)}"'
                      f' target="{attr(target)}"{native(data)}>\n'
                      f"{attvalues(data, declared.edges)}      </edge>\n")
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    return path
