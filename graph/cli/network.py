"""``newsgraph network``: write the store's actor network (or full graph) for Gephi."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import open_store, store_option
from graph.config import Settings
from graph.network import FORMATS, GRAPH_KINDS, write_network


@click.command()
@click.option("--graph", "kind", type=click.Choice(GRAPH_KINDS), default="actors",
              show_default=True,
              help="actors: actors and their aggregated relations; full: also statements, "
                   "events and articles as nodes.")
@click.option("--format", "fmt", type=click.Choice([*FORMATS, "all"]), default="all",
              show_default=True, help="Which file(s) to write.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Directory for the files [default: exports].")
@store_option
def network(kind: str, fmt: str, out: Path | None, store_dir: Path | None) -> None:
    """Write the network of the store as GraphML, GEXF, CSV tables and a PNG preview.

    The actor graph goes to graph.graphml, graph.gexf, nodes.csv, edges.csv and graph.png;
    the full graph to graph-full.graphml, graph-full.gexf, nodes-full.csv, edges-full.csv
    and graph-full.png. See docs/gephi.md for opening them in Gephi and Gephi Lite.
    """
    settings = Settings()
    path = store_dir or settings.store
    if not path.is_dir():
        raise click.ClickException(f"{path}: no store there (run `newsgraph build` first)")
    formats = FORMATS if fmt == "all" else (fmt,)
    with open_store(path) as store:
        for written in write_network(store, out or settings.exports, kind, formats):
            click.echo(f"wrote {written}", err=True)
