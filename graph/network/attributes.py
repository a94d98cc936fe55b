"""Attribute typing shared by every writer: one type per attribute name, values as text.

Writers never see None, lists or dicts: a missing value is left out, a list or tuple is joined
with ``|``, a dict is an error. Integers and floats under one name become doubles; any other
mix of types under one name is an error, so a reader never has to guess.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx

LIST_SEPARATOR = "|"
XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Kind(StrEnum):
    """The value type of an attribute, named as GEXF names it."""

    BOOLEAN = "boolean"
    INTEGER = "integer"
    DOUBLE = "double"
    STRING = "string"


@dataclass(frozen=True, slots=True)
class Attribute:
    """A declared attribute: its name and its one type."""

    name: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Schema:
    """The declared node and edge attributes of a graph, in a stable order."""

    nodes: tuple[Attribute, ...]
    edges: tuple[Attribute, ...]


def plain(value: object) -> bool | int | float | str | None:
    """A writable scalar: lists joined, non-finite floats and None dropped, dicts refused."""
    if isinstance(value, Mapping):
        raise TypeError(f"a dict cannot be written as an attribute value: {value!r}")
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value if v is not None) or None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def kind_of(value: bool | int | float | str) -> Kind:
    """The attribute type of a scalar."""
    if isinstance(value, bool):
        return Kind.BOOLEAN
    if isinstance(value, int):
        return Kind.INTEGER
    return Kind.DOUBLE if isinstance(value, float) else Kind.STRING


def unify(name: str, old: Kind | None, new: Kind) -> Kind:
    """The one type for a name seen with two types: int and float make double, else an error."""
    if old is None or old == new:
        return new
    if {old, new} == {Kind.INTEGER, Kind.DOUBLE}:
        return Kind.DOUBLE
    raise TypeError(f"attribute {name!r} has values of types {old} and {new}")


def merge_order(order: list[str], names: list[str]) -> None:
    """Insert unseen names into ``order`` right after the name that precedes them in ``names``."""
    position = -1
    for name in names:
        if name in order:
            position = order.index(name)
        else:
            position += 1
            order.insert(position, name)


def kinds(records: Iterable[Mapping[str, object]], known: dict[str, Kind]) -> list[str]:
    """Update ``known`` with the types in ``records``; the names in the records' common order."""
    order: list[str] = []
    seen: set[str] = set()
    for record in records:
        present = []
        for name, raw in record.items():
            value = plain(raw)
            if value is not None:
                known[name] = unify(name, known.get(name), kind_of(value))
                present.append(name)
        if not seen.issuperset(present):
            merge_order(order, present)
            seen.update(present)
    return order


def schema(graph: nx.MultiDiGraph, reserved: Iterable[str] = ()) -> Schema:
    """Node and edge attributes with one type per name across nodes and edges."""
    known: dict[str, Kind] = {}
    node_names = kinds((d for _, d in graph.nodes(data=True)), known)
    edge_names = kinds((d for *_, d in graph.edges(data=True)), known)
    skip = set(reserved)
    return Schema(
        tuple(Attribute(n, known[n]) for n in node_names if n not in skip),
        tuple(Attribute(n, known[n]) for n in edge_names if n not in skip),
    )


def text(value: bool | int | float | str, kind: Kind) -> str:
    """A value as the text of its declared type (``true``/``false``, digits, repr of floats)."""
    if kind is Kind.BOOLEAN:
        return "true" if value else "false"
    if kind is Kind.DOUBLE:
        return repr(float(value))
    return XML_INVALID.sub("", str(value))


def values(data: Mapping[str, object], attributes: Iterable[Attribute]) -> Iterator[
    tuple[Attribute, str]
]:
    """The declared attributes present in ``data``, with their values as text."""
    for attribute in attributes:
        value = plain(data.get(attribute.name))
        if value is not None:
            yield attribute, text(value, attribute.kind)
