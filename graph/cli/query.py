"""``newsgraph query``: SPARQL over the union of the article graphs in the store."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import open_store, store_option
from graph.cli.output import stdout_bytes
from graph.kb.queries import named_queries, prepare
from graph.kb.results import FORMATS, FormatError, write_result
from graph.kb.sparql import QueryError, bind, run, term


class QueryFailed(click.ClickException):
    """A malformed query or unusable parameters: exit code 2, store untouched."""

    exit_code = 2


@click.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file (- for stdin).")
@click.option("-n", "--name", help="Run a named query shipped with newsgraph (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind $KEY in the query (an actor's name or IRI for named queries).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table, csv, tsv, json (SPARQL results JSON; JSON-LD for graphs), ttl, nt.")
@click.option("--limit", type=click.IntRange(min=0), help="Print at most N rows or triples.")
@store_option
def query(
    sparql: str | None,
    query_file: click.utils.LazyFile | None,
    name: str | None,
    list_queries: bool,
    params: tuple[str, ...],
    fmt: str,
    limit: int | None,
    store_dir: Path | None,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all stored articles.

    The vocabulary's prefixes (ng, schema, sem, prov, nif, skos, rdf, rdfs, dcterms, xsd, wd)
    are declared already. The store is opened read-only.
    """
    if list_queries:
        list_named()
        return
    if sum(x is not None for x in (sparql, query_file, name)) != 1:
        raise click.UsageError("give exactly one of SPARQL, -f FILE or --name NAME")
    values = dict(parse_param(p) for p in params)
    try:
        with open_store(store_dir, read_only=True) as store:
            if name is not None:
                if name not in named_queries():
                    raise QueryError(f"no named query {name!r} (see newsgraph query --list)")
                text = prepare(store, named_queries()[name], values)
            else:
                text = sparql if sparql is not None else query_file.read()
                text = bind(text, {k: [term(v)] for k, v in values.items()})
            with stdout_bytes() as out:
                write_result(run(store, text), fmt, out, limit)
    except (QueryError, FormatError) as err:
        raise QueryFailed(str(err)) from err


def parse_param(text: str) -> tuple[str, str]:
    """``key=value`` as a pair."""
    key, sep, value = text.partition("=")
    if not sep or not key.isidentifier():
        raise click.BadParameter(f"expected KEY=VALUE, got {text!r}", param_hint="--param")
    return key, value


def list_named() -> None:
    """Print each named query with its description and parameters."""
    for named in named_queries().values():
        click.echo(f"{named.name:22} {named.description}")
        for param, help_text in named.params.items():
            click.echo(f"{'':22}   --param {param}=...  {help_text}")
