"""Writing results to standard output, quietly stopping when the reader goes away."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO


@contextmanager
def stdout_bytes() -> Iterator[BinaryIO]:
    """Binary stdout; a closed pipe (``| head``) ends the command without a traceback."""
    try:
        yield sys.stdout.buffer
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
