"""Text files for the writers: UTF-8, ``\\n`` line ends, written whole or not at all."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from graph.files import atomic_output


@contextmanager
def text_output(path: Path) -> Iterator[TextIO]:
    """A text file that replaces ``path`` only when the block ends without error."""
    with atomic_output(path) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        try:
            yield out
        finally:
            out.flush()
            out.detach()
