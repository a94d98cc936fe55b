"""How nodes look in GEXF and the preview: colour by actor type or node kind, size by PageRank."""

from __future__ import annotations

import math
from collections.abc import Mapping

COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (78, 121, 167),
    "Organization": (242, 142, 43),
    "Country": (225, 87, 89),
    "Place": (118, 183, 178),
    "Group": (89, 161, 79),
    "statement": (237, 201, 72),
    "event": (176, 122, 161),
    "article": (156, 117, 95),
}
OTHER = (186, 176, 172)
MIN_SIZE, MAX_SIZE = 4.0, 40.0


def category(data: Mapping[str, object]) -> str:
    """What a node is coloured by: its actor type, else its node kind."""
    return str(data.get("type") or data.get("node_kind") or "other")


def colour(data: Mapping[str, object]) -> tuple[int, int, int]:
    """The RGB colour of a node."""
    return COLOURS.get(category(data), OTHER)


def hex_colour(rgb: tuple[int, int, int]) -> str:
    """``#rrggbb`` for an RGB triple."""
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def size(pagerank: float, top: float) -> float:
    """A node size growing with the square root of its share of the top PageRank."""
    share = math.sqrt(pagerank / top) if top > 0 else 0.0
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * share, 2)
