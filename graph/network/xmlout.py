"""Streaming XML output shared by the GraphML and GEXF writers: escaping and atomic text files."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO
from xml.sax.saxutils import escape

from graph.files import atomic_output

ATTRIBUTE_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
TEXT_ENTITIES = {"\r": "&#13;"}


def attr(value: str) -> str:
    """A string escaped for a double-quoted XML attribute, whitespace kept as written."""
    return escape(value, ATTRIBUTE_ENTITIES)


def content(value: str) -> str:
    """A string escaped for XML element content."""
    return escape(value, TEXT_ENTITIES)


@contextmanager
def text_output(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text file with ``\\n`` line ends that replaces ``path`` only when complete."""
    with atomic_output(path) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        try:
            yield out
        finally:
            out.flush()
            out.detach()
