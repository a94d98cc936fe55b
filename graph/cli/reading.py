"""Opening the store for commands that only read it."""

from __future__ import annotations

from pathlib import Path

import click

from graph.config import Settings
from graph.kb.store import Store, StoreError


def read_store(store_dir: Path | None) -> Store:
    """Open the named (or configured) store read-only, or exit with a one-line error."""
    path = store_dir or Settings().store
    try:
        return Store(path, read_only=True)
    except StoreError as err:
        raise click.ClickException(f"{path}: {err}") from err
