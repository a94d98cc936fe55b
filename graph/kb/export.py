"""Serialising the store: the named graphs (TriG, N-Quads) or their union (Turtle and others)."""

from __future__ import annotations

from pathlib import Path

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


def union_store(store: Store) -> ox.Store:
    """An in-memory store whose default graph is the union of all article graphs."""
    union = ox.Store()
    union.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store.quads())
    return union


def articles_store(store: Store) -> ox.Store:
    """An in-memory copy of the article graphs alone."""
    copy = ox.Store()
    copy.extend(store.quads())
    return copy


def export(store: Store, path: Path, fmt: str) -> None:
    """Write the store to a file: every named graph for TriG/N-Quads, else their union."""
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    with atomic_output(path) as out:
        if fmt in DATASET_FORMATS:
            articles_store(store).dump(out, FORMATS[fmt], prefixes=prefixes)
        else:
            union_store(store).dump(
                out, FORMATS[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes
            )
