"""Attribute typing shared by every writer: one type per attribute name, values as text.

Writers never see None, lists or dicts: a missing value is left out, a list or tuple is joined
with ``|``, a dict is an error. Integers and floats under one name become doubles; any other
mix of types under one name is an error, so a reader never has to guess.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx

from graph.network.ids import is_nmtoken

LIST_SEPARATOR = "|"


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


KINDS_BY_TYPE: dict[type, Kind] = {bool: Kind.BOOLEAN, int: Kind.INTEGER, float: Kind.DOUBLE,
                                   str: Kind.STRING}


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


def kind_of(value: object) -> Kind | None:
    """The attribute type of a value once made plain; None for a missing value."""
    kind = KINDS_BY_TYPE.get(type(value))
    if kind is not None:
        return kind
    scalar = plain(value)
    return None if scalar is None else KINDS_BY_TYPE.get(type(scalar), Kind.STRING)


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
        for name, raw in record.items():
            kind = kind_of(raw)
            if kind is not None and known.get(name) is not kind:
                known[name] = unify(name, known.get(name), kind)
        if not seen.issuperset(record):
            present = [n for n, raw in record.items() if kind_of(raw) is not None]
            merge_order(order, present)
            seen.update(present)
    return order


def schema(graph: nx.MultiDiGraph) -> Schema:
    """Node and edge attributes with one type per name across nodes and edges."""
    known: dict[str, Kind] = {}
    node_names = kinds((d for _, d in graph.nodes(data=True)), known)
    edge_names = kinds((d for *_, d in graph.edges(data=True)), known)
    unfit = sorted(name for name in known if not is_nmtoken(name))
    if unfit:
        raise ValueError(f"attribute names must be XML NMTOKENs: {', '.join(map(repr, unfit))}")
    return Schema(tuple(Attribute(n, known[n]) for n in node_names),
                  tuple(Attribute(n, known[n]) for n in edge_names))


def without(attributes: tuple[Attribute, ...], names: Iterable[str]) -> dict[str, Kind]:
    """The types of the attributes, leaving out some names (those a format writes natively)."""
    skip = set(names)
    return {a.name: a.kind for a in attributes if a.name not in skip}


def cell(value: object, kind: Kind) -> str | None:
    """A value as the text of its declared type; None when missing."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return repr(float(value)) if kind is Kind.DOUBLE else str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else None
    scalar = plain(value)
    return None if scalar is None else cell(scalar, kind)


def cells(data: Mapping[str, object], declared: Mapping[str, Kind],
          escape: Callable[[str], str] | None = None) -> list[tuple[str, str]]:
    """The declared attributes present in ``data`` as (name, text), strings passed to ``escape``."""
    found = []
    for name, raw in data.items():
        kind = declared.get(name)
        text = None if kind is None else cell(raw, kind)
        if text is not None:
            found.append((name, escape(text) if escape and kind is Kind.STRING else text))
    return found
