"""``newsgraph build`` as a user runs it: inputs, errors, exit codes, the store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graph.cli import main

ARTICLE = "Menteri Luar Negeri Ruritania Adam Novak mengatakan negaranya siap berunding."


def run(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_bad_inputs_are_reported_and_the_others_built(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe broken")
    (tmp_path / "in" / "rows.jsonl").write_text(
        json.dumps({"id": "j1", "text": ARTICLE}) + "\n{oops\n", encoding="utf-8"
    )
    code, _, err = run(
        [
            "build",
            str(tmp_path / "in"),
            "--store",
            str(tmp_path / "s"),
            "--out",
            str(tmp_path / "out"),
        ]
    )
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert any(f"{tmp_path / 'in' / 'bad.txt'}: not UTF-8 text" in line for line in errors)
    assert any(f"{tmp_path / 'in' / 'rows.jsonl'}:2: invalid JSON" in line for line in errors)
    assert "built 2, unchanged 0, errors 2" in err
    assert (tmp_path / "out" / "graph.ttl").exists()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def test_unchanged_articles_are_skipped_and_stdin_is_read(tmp_path: Path) -> None:
    args = ["build", "-", "--store", str(tmp_path / "s"), "--no-exports"]
    line = json.dumps({"id": "s1", "text": ARTICLE, "date": "2024-03-02"}) + "\n"
    assert run(args, line)[0] == 0
    code, _, err = run(args, line)
    assert code == 0
    assert "built 0, unchanged 1, errors 0" in err
    assert not (tmp_path / "exports").exists()


def test_duplicate_ids_in_one_build_are_errors(tmp_path: Path) -> None:
    line = json.dumps({"id": "d1", "text": ARTICLE}) + "\n"
    code, _, err = run(["build", "-", "--store", str(tmp_path / "s"), "--no-exports"], line * 2)
    assert code == 1
    assert "duplicate article id 'd1'" in err
