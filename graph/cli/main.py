"""The ``newsgraph`` command group; each sub-command lives in its own module."""

from __future__ import annotations

import click

from graph import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """Turn news articles into a knowledge graph of actors, statements and events."""
