"""Stores filled with hand-built and generated records, and the network files written from them."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graph.kb.store import Store
from graph.network import project, write_network
from tests.network.records import fill, first_record, generated_corpus, second_record

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO.parent / "shared" / "schemas"
JS_DIR = Path(__file__).resolve().parent / "js"


@pytest.fixture(scope="session")
def small_store() -> Store:
    """Two hand-built articles."""
    return fill(Store(), [first_record(), second_record()])


@pytest.fixture(scope="session")
def corpus_store() -> Store:
    """The 200-article generated corpus."""
    return fill(Store(), generated_corpus(200))


@pytest.fixture(scope="session")
def small_graph(small_store: Store) -> nx.MultiDiGraph:
    """The actor network of the two hand-built articles."""
    return project(small_store)


@pytest.fixture(scope="session")
def small_full(small_store: Store) -> nx.MultiDiGraph:
    """The full graph of the two hand-built articles."""
    return project(small_store, "full")


@pytest.fixture(scope="session")
def exports(small_store: Store, corpus_store: Store,
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Files written for the small store and the corpus, and the seed's committed exports."""
    written = {}
    for name, store in (("small", small_store), ("corpus", corpus_store)):
        out = tmp_path_factory.mktemp(name)
        write_network(store, out)
        write_network(store, out, "full", ("graphml", "gexf", "csv"))
        written[name] = out
    written["seed"] = REPO / "exports"
    return written
