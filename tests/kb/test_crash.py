"""A writer killed with SIGKILL mid-way leaves a store that opens with what it committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from graph.kb.store import Store
from tests.kb.conftest import BASE, make_graph

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys
from graph.kb.store import Store
from tests.kb.conftest import make_graph
store = Store(sys.argv[1])
for i in range(100000):
    store.put_article(make_graph(f"k{i}", i), f"fp{i}")
    print(i, flush=True)
"""


def test_a_killed_writer_leaves_a_consistent_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    committed = [int(writer.stdout.readline()) for _ in range(40)]
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL

    for store in (Store(path, read_only=True), Store(path)):
        stored = {int(iri.rsplit("/k", 1)[1]) for iri in store.articles()}
        assert set(committed) <= stored
        assert len(stored) <= len(committed) + 2
        for i in stored:  # every stored graph is complete: the put is one transaction
            name = ox.NamedNode(f"{BASE}article/k{i}")
            assert len(list(store.ox.quads_for_pattern(None, None, None, name))) == len(
                make_graph(f"k{i}", i)
            ) + 1
            assert store.fingerprint(name.value) == f"fp{i}"
        assert store.stats()["articles"] == len(stored)
        assert store.article_iri(f"k{committed[-1]}") is not None
