"""``newsgraph build``: read articles, add them to the store, write the exports."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.cli.options import open_store, store_option
from graph.config import Settings


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory for the exports [default: exports].",
)
@click.option("--no-exports", is_flag=True, help="Only update the store.")
@click.option("--base", default=None, help="Base IRI of the data [default: $NEWSGRAPH_BASE_IRI].")
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the build report (counts, timings) as JSON.",
)
@store_option
def build(
    paths: tuple[str, ...],
    out: Path | None,
    no_exports: bool,
    base: str | None,
    report_file: Path | None,
    store_dir: Path | None,
) -> None:
    """Build the knowledge graph from PATHS (.txt, .jsonl, directories, - for JSONL on stdin).

    With no PATHS it reads seeds/. Articles go into the store, one named graph each
    (unchanged ones are skipped); then the RDF and Gephi exports are written.
    """
    from graph.build import build as run_build  # spaCy loads only for commands that need it

    settings = Settings()
    with open_store(store_dir) as store:
        report = run_build(
            paths or [str(settings.seeds)],
            store,
            None if no_exports else (out or settings.exports),
            base or settings.base_iri,
            on_error=lambda message: click.echo(f"error: {message}", err=True),
        )
    click.echo(
        f"built {len(report.built)}, unchanged {len(report.unchanged)}, "
        f"errors {len(report.errors)}; {report.words} words",
        err=True,
    )
    for output in report.outputs:
        click.echo(f"wrote {output}", err=True)
    if report_file:
        report_file.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    if report.errors:
        raise SystemExit(1)
