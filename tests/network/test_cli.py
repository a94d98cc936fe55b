"""``newsgraph network``: options, file names, and a missing store."""

from __future__ import annotations

import gc
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.kb.store import Store
from tests.network.records import fill, first_record, second_record


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store with the two hand-built articles, closed again."""
    path = tmp_path_factory.mktemp("store")
    store = fill(Store(path), [first_record(), second_record()])
    store.flush()
    del store
    gc.collect()
    return path


def run(*args: str) -> tuple[int, str]:
    """Run ``newsgraph network`` with arguments; exit code and output."""
    result = CliRunner().invoke(main, ["network", *args])
    return result.exit_code, result.output


def test_all_formats_by_default(store_dir: Path, tmp_path: Path) -> None:
    code, output = run("--store", str(store_dir), "--out", str(tmp_path))
    assert code == 0, output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "edges.csv", "graph.gexf", "graph.graphml", "graph.png", "nodes.csv"]
    assert f"wrote {tmp_path / 'graph.gexf'}" in output


def test_full_graph_in_one_format(store_dir: Path, tmp_path: Path) -> None:
    code, output = run("--store", str(store_dir), "--out", str(tmp_path), "--graph", "full",
                       "--format", "gexf")
    assert code == 0, output
    assert [p.name for p in tmp_path.iterdir()] == ["graph-full.gexf"]


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    code, output = run("--store", str(tmp_path / "none"), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "no store there" in output and not (tmp_path / "out").exists()


def test_preview_is_a_png_of_fixed_size(store_dir: Path, tmp_path: Path) -> None:
    code, output = run("--store", str(store_dir), "--out", str(tmp_path), "--format", "png")
    assert code == 0, output
    data = (tmp_path / "graph.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1540, 1100)
