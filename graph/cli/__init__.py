"""Command-line interface: one module per command, registered on the ``main`` group."""

from graph.cli.main import main

__all__ = ["main"]
