"""``newsgraph stats``, ``remove`` and ``export`` on an on-disk store."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from graph.cli import main
from tests.kb.conftest import BASE


def run(*args: str) -> Result:
    """Invoke ``newsgraph`` with arguments."""
    return CliRunner().invoke(main, list(args))


def counts(store_dir: Path) -> dict[str, int]:
    """``newsgraph stats --json``."""
    return json.loads(run("stats", "--store", str(store_dir), "--json").output)


def test_stats_counts_what_is_stored(store_dir: Path) -> None:
    found = counts(store_dir)
    assert {k: found[k] for k in ("articles", "actors", "statements", "events")} == {
        "articles": 3, "actors": 6, "statements": 3, "events": 6
    }
    text = run("stats", "--store", str(store_dir)).output
    assert text.splitlines()[0].split() == ["articles", "3"]
    assert [line.split()[0] for line in text.splitlines()] == list(found)


def test_remove_by_id_and_iri_then_report_unknown_ids(store_dir: Path) -> None:
    result = run("remove", "--store", str(store_dir), "a1", BASE + "article/a2")
    assert result.exit_code == 0, result.output
    assert counts(store_dir)["articles"] == 1
    missing = run("remove", "--store", str(store_dir), "a3", "a1")
    assert missing.exit_code == 1 and "no stored article with id: a1" in missing.output
    assert counts(store_dir) == {"articles": 0, "actors": 0, "statements": 0, "events": 0,
                                 "triples": 0}


def test_export_streams_to_stdout_without_bookkeeping(store_dir: Path) -> None:
    trig = run("export", "--store", str(store_dir)).stdout_bytes
    quads = list(ox.parse(trig, ox.RdfFormat.TRIG))
    assert {q.graph_name.value for q in quads} == {BASE + f"article/a{i}" for i in (1, 2, 3)}
    assert len(quads) == counts(store_dir)["triples"]
    assert b"fingerprint" not in trig
    union = run("export", "--store", str(store_dir), "--format", "nt").stdout_bytes
    triples = list(ox.parse(union, ox.RdfFormat.N_TRIPLES))
    assert len(triples) == len(set(triples)) == len({(q.subject, q.predicate, q.object)
                                                     for q in quads})


@pytest.mark.parametrize(("name", "fmt"), [("g.ttl", ox.RdfFormat.TURTLE),
                                           ("g.nq", ox.RdfFormat.N_QUADS),
                                           ("g.jsonld", ox.RdfFormat.JSON_LD)])
def test_export_to_a_file_takes_the_format_from_its_name(
    store_dir: Path, tmp_path: Path, name: str, fmt: ox.RdfFormat
) -> None:
    out = tmp_path / name
    assert run("export", "--store", str(store_dir), "--out", str(out)).exit_code == 0
    first = out.read_bytes()
    assert list(ox.parse(first, fmt))
    run("export", "--store", str(store_dir), "--out", str(out))
    assert out.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failed_command_releases_the_store(store_dir: Path) -> None:
    from graph.kb.store import Store

    failed = run("remove", "--store", str(store_dir), "nope")
    assert failed.exit_code == 1 and failed.exc_info is not None
    with Store(store_dir) as store:
        assert store.stats()["articles"] == 3
