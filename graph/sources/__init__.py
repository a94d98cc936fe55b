"""Reading articles: text files, JSON Lines, directories and standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.records import Article
from graph.sources.errors import InputError
from graph.sources.jsonl import read_jsonl
from graph.sources.text import read_text_file

__all__ = ["InputError", "read_inputs"]

SUFFIXES = (".txt", ".jsonl")


def files_under(directory: Path) -> list[Path]:
    """The readable input files below a directory, in a stable order."""
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and p.suffix in SUFFIXES and not p.name.startswith(".")
    )


def read_file(path: Path) -> Iterator[Article | InputError]:
    """Articles (or errors) from one file, chosen by its suffix."""
    if path.suffix == ".jsonl":
        try:
            with path.open(encoding="utf-8") as lines:
                yield from read_jsonl(str(path), lines)
        except UnicodeDecodeError as err:
            yield InputError(path, f"not UTF-8 text (byte {err.start})")
    elif path.suffix == ".txt":
        try:
            yield read_text_file(path)
        except InputError as err:
            yield err
    else:
        yield InputError(path, "unsupported file type (expected .txt or .jsonl)")


def read_inputs(paths: Iterable[str]) -> Iterator[Article | InputError]:
    """Articles from each path (``-`` is JSON Lines on stdin); problems come as InputErrors."""
    for name in paths:
        if name == "-":
            yield from read_jsonl("<stdin>", sys.stdin)
            continue
        path = Path(name)
        if path.is_dir():
            for file in files_under(path):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield InputError(path, "no such file or directory")
