"""``newsgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over the store."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import open_store, store_option
from graph.kb.server import PATH, make_server


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run before the client gets 503.")
@store_option
def serve(host: str, port: int, timeout: float, store_dir: Path | None) -> None:
    """Answer SPARQL queries over HTTP at /sparql (GET and POST; updates are refused).

    Results come as JSON, XML, CSV or TSV, graphs as Turtle, N-Triples, JSON-LD or RDF/XML,
    by the Accept header. The store is opened read-only as it is now: restart the server to
    see what a later build added.
    """
    server = make_server(open_store(store_dir, read_only=True), host, port, timeout)
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"SPARQL endpoint: http://{bound_host}:{bound_port}{PATH}  (Ctrl-C stops)",
               err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
