"""Sending the article graphs to another store: SPARQL 1.1 Graph Store HTTP Protocol, PUT."""

from __future__ import annotations

from collections.abc import Callable
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit
from urllib.request import Request, urlopen

import pyoxigraph as ox

from graph.kb.store import Store


class PushError(Exception):
    """The remote store refused a graph or could not be reached."""


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store Protocol URL of a named graph (indirect identification)."""
    separator = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urlencode({'graph': graph})}"


def graph_body(store: Store, graph: str) -> bytes:
    """An article graph as N-Triples, bookkeeping left out."""
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(graph))
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def put_graph(endpoint: str, graph: str, body: bytes, timeout: float) -> None:
    """Replace one named graph in the remote store."""
    request = Request(graph_url(endpoint, graph), data=body, method="PUT",
                      headers={"Content-Type": "application/n-triples"})
    try:
        with urlopen(request, timeout=timeout) as response:
            response.read()
    except HTTPError as err:
        detail = " ".join(err.read().decode("utf-8", "replace").split())[:200]
        raise PushError(f"{graph}: HTTP {err.code} {err.reason}: {detail}") from err
    except (URLError, OSError) as err:
        raise PushError(f"{endpoint}: {getattr(err, 'reason', err)}") from err


def push(
    store: Store, endpoint: str, timeout: float = 60.0,
    on_graph: Callable[[str], None] = lambda graph: None,
) -> int:
    """PUT every article graph to the Graph Store endpoint; the number of graphs sent."""
    sent = 0
    for graph in sorted(store.articles()):
        put_graph(endpoint, graph, graph_body(store, graph), timeout)
        on_graph(graph)
        sent += 1
    return sent
