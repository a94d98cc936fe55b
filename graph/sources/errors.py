"""Input errors: one line naming the file (and line) and the problem."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class InputError(Exception):
    """A problem with one input; other inputs are still processed."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path, self.problem, self.line = str(path), problem, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


def check_date(path: Path | str, value: object, line: int | None = None) -> None:
    """Raise unless the value is None or an ISO date (year, year-month or day)."""
    if value is None:
        return
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise InputError(path, f"date {value!r} is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)", line)
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError as err:
        raise InputError(path, f"date {value!r} does not exist", line) from err
