"""The export benchmark still runs (on a small network; the figures come from the real run)."""

from __future__ import annotations

import importlib.util

from tests.network.conftest import REPO


def test_benchmark_runs_on_a_small_network() -> None:
    spec = importlib.util.spec_from_file_location(
        "network_export", REPO / "benchmarks" / "network_export.py")
    assert spec is not None and spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    figures = benchmark.run(300, 3000)
    assert (figures["nodes"], figures["edges"]) == (300, 3000)
    assert set(figures["file_mb"]) == {"graph.graphml", "graph.gexf", "nodes.csv", "edges.csv",
                                       "graph.png"}
