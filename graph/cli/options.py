"""Options shared by several commands, and opening the store they name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from graph.config import Settings
from graph.kb.store import Store, StoreError


def store_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--store DIR``: the knowledge base (default ``.newsgraph`` or ``$NEWSGRAPH_STORE``)."""
    return click.option(
        "--store",
        "store_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Store directory [default: .newsgraph, or $NEWSGRAPH_STORE].",
    )(command)


def open_store(store_dir: Path | None, read_only: bool = False) -> Store:
    """Open the named (or configured) store, or exit with a one-line error."""
    path = store_dir or Settings().store
    try:
        return Store(path, read_only=read_only)
    except StoreError as err:
        raise click.ClickException(f"{path}: {err}") from err
    except OSError as err:
        raise click.ClickException(f"{path}: cannot open the store: {err}") from err


def data_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--data DIR``: the folder with the staged training and evaluation corpora."""
    return click.option(
        "--data",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        required=True,
        help="Folder with the staged corpora (../shared/data).",
    )(command)
