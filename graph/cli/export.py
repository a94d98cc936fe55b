"""``newsgraph export``: stream the store as RDF."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import open_store, store_option
from graph.cli.output import stdout_bytes
from graph.kb.export import FORMATS, export, format_of, write_export


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="trig and nq keep one named graph per article; ttl, nt and jsonld write "
                   "their union [default: from --out's extension, else trig].")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (replaced whole when done) instead of stdout.")
@store_option
def export_command(fmt: str | None, out: Path | None, store_dir: Path | None) -> None:
    """Write every stored article graph, or their union, as RDF."""
    fmt = fmt or (format_of(out) if out else None) or "trig"
    with open_store(store_dir, read_only=True) as store:
        if out is None:
            with stdout_bytes() as stdout:
                write_export(store, stdout, fmt)
        else:
            export(store, out, fmt)
    if out is not None:
        click.echo(f"wrote {out}", err=True)
