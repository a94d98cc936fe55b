"""``newsgraph evaluate``: precision, recall and F1 against gold annotations."""

from __future__ import annotations

from pathlib import Path

import click

from graph.config import Settings


@click.command()
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="A directory of NNN.txt + NNN.gold.json (+ NNN.meta.json), or one gold file.",
)
@click.option(
    "--text",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The article of a single gold file.",
)
@click.option("--per-file", is_flag=True, help="Also print F1 per file.")
@click.option("--errors", is_flag=True, help="Also list missed gold and unmatched system items.")
def evaluate(gold: Path, text: Path | None, per_file: bool, errors: bool) -> None:
    """Build the gold-annotated articles in a scratch store and score actors, statements, events.

    Matching follows the dev set's README: actors by name or alias (titles stripped),
    statements by speaker and content token-F1 >= 0.5, events by PLOVER type and
    intersecting source and target sets.
    """
    from graph.evaluate.report import render
    from graph.evaluate.run import evaluate as run

    try:
        evaluation = run(gold, text, Settings().base_iri)
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    for error in evaluation.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(render(evaluation, per_file, errors))
