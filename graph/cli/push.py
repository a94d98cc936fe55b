"""``newsgraph push``: send the article graphs to another triple store."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import open_store, store_option
from graph.kb.push import PushError, push


@click.command("push")
@click.option("--endpoint", required=True, metavar="URL",
              help="The SPARQL 1.1 Graph Store Protocol endpoint, e.g. "
                   "http://localhost:7878/store (Oxigraph) or http://localhost:3030/ds/data "
                   "(Fuseki).")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True,
              help="Seconds to wait for each graph.")
@click.option("-v", "--verbose", is_flag=True, help="Name each graph as it is sent.")
@store_option
def push_command(endpoint: str, timeout: float, verbose: bool, store_dir: Path | None) -> None:
    """Replace each article's named graph in a remote store (HTTP PUT per graph).

    Graphs the remote store has and this store does not are left alone.
    """
    def announce(graph: str) -> None:
        if verbose:
            click.echo(f"pushed {graph}", err=True)

    try:
        with open_store(store_dir, read_only=True) as store:
            sent = push(store, endpoint, timeout, on_graph=announce)
    except PushError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"pushed {sent} graph{'' if sent == 1 else 's'} to {endpoint}", err=True)
