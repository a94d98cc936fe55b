"""``newsgraph remove``: drop articles from the store."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import open_store, store_option


@click.command()
@click.argument("ids", nargs=-1, required=True)
@store_option
def remove(ids: tuple[str, ...], store_dir: Path | None) -> None:
    """Drop the articles with these IDS (their schema:identifier, or article IRIs).

    Each article's graph goes with everything in it: its statements, events, spans and what
    it said about actors. Exports are not rewritten: run ``newsgraph build`` or
    ``newsgraph export`` for that.
    """
    missing = []
    with open_store(store_dir) as store:
        for key in ids:
            iri = store.article_iri(key)
            if iri is not None and store.remove_article(iri):
                click.echo(f"removed {key} ({iri})", err=True)
            else:
                missing.append(key)
    if missing:
        raise click.ClickException(f"no stored article with id: {', '.join(missing)}")
