"""Command-line interface: one module per command, registered on the ``main`` group."""

from graph.cli.main import main

__all__ = ["main"]

from graph.cli.build import build

main.add_command(build)

from graph.cli.evaluate import evaluate

main.add_command(evaluate)
