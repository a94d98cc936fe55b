"""``newsgraph stats``: what the store holds."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.cli.options import open_store, store_option


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@store_option
def stats(as_json: bool, store_dir: Path | None) -> None:
    """Count the articles, actors, statements, events and triples in the store."""
    with open_store(store_dir, read_only=True) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts))
        return
    for key, value in counts.items():
        click.echo(f"{key:<11}{value:>10,}")
