"""GraphML writer: typed keys for nodes and edges only, unique edge ids, streamed, atomic."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import networkx as nx

from graph.network.attributes import Attribute, Kind, schema, values
from graph.network.xmlout import attr, content, text_output

GRAPHML_TYPES = {Kind.BOOLEAN: "boolean", Kind.INTEGER: "long", Kind.DOUBLE: "double",
                 Kind.STRING: "string"}
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def key_id(domain: str, attribute: Attribute) -> str:
    """The key id of an attribute: ``n_label`` for nodes, ``e_label`` for edges."""
    return f"{domain[0]}_{attribute.name}"


def write_keys(out: TextIO, domain: str, attributes: tuple[Attribute, ...]) -> None:
    """Declare the attributes of nodes or edges."""
    for attribute in attributes:
        out.write(
            f'  <key id="{attr(key_id(domain, attribute))}" for="{domain}"'
            f' attr.name="{attr(attribute.name)}"'
            f' attr.type="{GRAPHML_TYPES[attribute.kind]}"/>\n'
        )


def data_lines(domain: str, data: dict[str, object], attributes: tuple[Attribute, ...]) -> str:
    """The ``<data>`` children of one node or edge."""
    return "".join(
        f'      <data key="{attr(key_id(domain, a))}">{content(value)}</data>\n'
        for a, value in values(data, attributes)
    )


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write a directed multigraph whose edge keys are unique ids; no graph-level data."""
    declared = schema(graph)
    with text_output(path) as out:
        out.write(HEADER)
        write_keys(out, "node", declared.nodes)
        write_keys(out, "edge", declared.edges)
        out.write('  <graph id="G" edgedefault="directed">\n')
        for node, data in graph.nodes(data=True):
            out.write(f'    <node id="{attr(node)}">\n{data_lines("node", data, declared.nodes)}'
                      "    </node>\n")
        for source, target, key, data in graph.edges(keys=True, data=True):
            out.write(
                f'    <edge id="{attr(key)}" source="{attr(source)}" target="{attr(target)}">\n'
                f'{data_lines("edge", data, declared.edges)}    </edge>\n'
            )
        out.write("  </graph>\n</graphml>\n")
    return path
