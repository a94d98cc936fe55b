"""The README's example query prints what the README says it prints.

``python tests/test_readme.py --write`` puts the current output into the README.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"## Example query.*?```sparql\n(.*?)```.*?```text\n(.*?)```", re.S)


def example() -> tuple[str, str]:
    """The example query of the README and the output it shows."""
    found = BLOCK.search(README.read_text(encoding="utf-8"))
    assert found is not None, "README has no example query"
    return found.group(1), found.group(2)


def output(query: str, workdir: Path) -> str:
    """What ``newsgraph query`` prints for a query after building the seed."""
    store = str(workdir / "store")
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(ROOT / "seeds"), "--store", store,
                                 "--out", str(workdir / "out")])
    assert built.exit_code == 0, built.output
    result = runner.invoke(main, ["query", "--store", store, query])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_readme_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    query, shown = example()
    assert output(query, tmp_path) == shown


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    import tempfile

    query, shown = example()
    with tempfile.TemporaryDirectory() as tmp:
        text = README.read_text(encoding="utf-8")
        README.write_text(text.replace(f"```text\n{shown}```",
                                       f"```text\n{output(query, Path(tmp))}```"),
                          encoding="utf-8")
