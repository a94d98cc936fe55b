"""``newsgraph nlp-eval``: accuracy and speed of the shipped Indonesian pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.cli.options import data_option


@click.command("nlp-eval")
@data_option
@click.option(
    "--json",
    "json_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the results as JSON.",
)
@click.option(
    "--model",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Evaluate this pipeline directory instead of the shipped one.",
)
def nlp_eval(data: Path, json_file: Path | None, model: Path | None) -> None:
    """Print UPOS/LAS/lemma/sentence F (UD test sets), NER P/R/F, words/s, load time, size."""
    from graph.nlp.evaluate import evaluate, format_table

    results = evaluate(data, model=model, log=lambda msg: click.echo(msg, err=True))
    click.echo(format_table(results))
    if json_file is not None:
        json_file.write_text(json.dumps(results, indent=2), encoding="utf-8")
