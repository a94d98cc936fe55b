"""Serialising the store: the named graphs (TriG, N-Quads) or their union (Turtle and others)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from graph.files import atomic_output
from graph.kb.store import Store
from graph.kb.vocabulary import PREFIXES

FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = {"trig", "nq"}


def prefixes() -> dict[str, str]:
    """The vocabulary prefixes, for serialisers."""
    return {p: str(ns) for p, ns in PREFIXES.items()}


def format_of(path: Path) -> str | None:
    """The export format a file name's extension names, if any."""
    fmt = path.suffix.lstrip(".").lower()
    return fmt if fmt in FORMATS else None


def write_export(store: Store, out: BinaryIO, fmt: str) -> None:
    """Stream the store: every named graph for TriG/N-Quads, else their union (as a set)."""
    if fmt in DATASET_FORMATS:
        ox.serialize(store.quads(), out, FORMATS[fmt], prefixes=prefixes())
    else:
        ox.serialize(store.union_triples(), out, FORMATS[fmt], prefixes=prefixes())


def export(store: Store, path: Path, fmt: str) -> None:
    """Write the store to a file, whole or not at all."""
    with atomic_output(path) as out:
        write_export(store, out, fmt)
