"""``newsgraph train-pipeline``: train the shipped Indonesian spaCy pipeline from scratch."""

from __future__ import annotations

import time
from pathlib import Path

import click

from graph.cli.options import data_option


@click.command("train-pipeline")
@data_option
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write the pipeline [default: graph/nlp/models/id].",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option(
    "--legacy",
    type=click.Choice(["full", "safe", "none"]),
    default="none",
    show_default=True,
    help="Use the 2017 GSD train file as extra parser data: full (relabelled), safe "
    "(reliable relations only; breaks sentence supervision), none.",
)
def train_pipeline(data: Path, out: Path | None, seed: int, legacy: str) -> None:
    """Convert the corpora, train the UD and NER pipelines and assemble them (CPU, ~1 h)."""
    from graph.nlp.train import train_pipeline as run

    start = time.perf_counter()
    path = run(data, out=out, seed=seed, legacy=legacy, log=click.echo)
    click.echo(f"done: {path} ({(time.perf_counter() - start) / 60:.1f} min)")
