"""JSON Lines input: one article per line with ``id``, ``text`` and optional metadata."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator

from graph.records import Article
from graph.sources.errors import InputError, check_date
from graph.sources.text import parse_header

OPTIONAL_STRINGS = ("date", "lang", "url", "source", "title")


def content_id(text: str) -> str:
    """A short content hash, the id of an article that has none."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_line(name: str, number: int, line: str) -> Article:
    """One article from one JSON line; raises InputError naming the line."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(name, f"invalid JSON: {err.msg} (column {err.colno})", number) from err
    if not isinstance(row, dict):
        raise InputError(name, "expected a JSON object", number)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(name, "missing or empty 'text'", number)
    for key in ("id", *OPTIONAL_STRINGS):
        if row.get(key) is not None and not isinstance(row[key], str | int):
            raise InputError(name, f"'{key}' must be a string", number)
    check_date(name, row.get("date"), number)
    header = parse_header(text)
    return Article(
        id=str(row.get("id") or content_id(text)),
        text=text,
        body_start=header.body_start,
        date=row.get("date") or header.date,
        lang=row.get("lang") or "id",
        publisher=row.get("source") or header.publisher,
        url=row.get("url"),
        title=row.get("title") or header.headline,
        source=name,
    )


def read_jsonl(name: str, lines: Iterable[str]) -> Iterator[Article | InputError]:
    """Articles from JSON lines; a bad line yields an InputError and reading goes on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield parse_line(name, number, line)
        except InputError as err:
            yield err
