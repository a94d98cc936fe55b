"""Command-line interface: one module per command, registered on the ``main`` group."""

from graph.cli.main import main

__all__ = ["main"]

from graph.cli.build import build

main.add_command(build)

from graph.cli.evaluate import evaluate

main.add_command(evaluate)

from graph.cli.train import train_pipeline

main.add_command(train_pipeline)

from graph.cli.nlp_eval import nlp_eval

main.add_command(nlp_eval)

from graph.cli.network import network

main.add_command(network)

from graph.cli.query import query

main.add_command(query)

from graph.cli.stats import stats

main.add_command(stats)

from graph.cli.remove import remove

main.add_command(remove)

from graph.cli.export import export_command

main.add_command(export_command)

from graph.cli.serve import serve

main.add_command(serve)

from graph.cli.push import push_command

main.add_command(push_command)
