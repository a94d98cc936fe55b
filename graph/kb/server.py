"""A read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` over the store.

GET and POST (form or direct), results by content negotiation, a time limit per query (the
query runs in a worker thread; past the limit the client gets 503 while the worker finishes
on its own, and a small pool bounds how many can run), CORS headers for browser clients.
"""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as QueryTimeout
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from graph.kb.export import prefixes
from graph.kb.sparql import QueryError, run
from graph.kb.store import Store

F = TypeVar("F")
PATH = "/sparql"
MAX_BODY = 1 << 20
SOLUTION_TYPES: list[tuple[str, ox.QueryResultsFormat]] = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
GRAPH_TYPES: list[tuple[str, ox.RdfFormat]] = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/turtle", ox.RdfFormat.TURTLE),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("text/plain", ox.RdfFormat.N_TRIPLES),
]
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
}


@dataclass(frozen=True)
class Reply:
    """An HTTP response: status, media type and body."""

    status: HTTPStatus
    body: bytes
    media_type: str = "text/plain; charset=utf-8"

    @classmethod
    def error(cls, status: HTTPStatus, message: str) -> Reply:
        """A plain-text error response."""
        return cls(status, (message + "\n").encode())


def accepted(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their quality values."""
    ranges = []
    for part in accept.split(","):
        media, *options = (p.strip() for p in part.split(";"))
        quality = 1.0
        for option in options:
            key, _, value = option.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((media.lower(), quality))
    return ranges or [("*/*", 1.0)]


def negotiate(accept: str, offers: list[tuple[str, F]]) -> tuple[str, F] | None:
    """The offer the client prefers (ties go to the first offer); None if none is acceptable."""
    ranges = accepted(accept)

    def quality(media: str) -> float:
        kind = media.split("/")[0]
        matches = [(r.count("*") * -1, q) for r, q in ranges if r in (media, f"{kind}/*", "*/*")]
        return max(matches)[1] if matches else 0.0

    best = max(offers, key=lambda offer: quality(offer[0]))
    return best if quality(best[0]) > 0 else None


def answer(store: Store, sparql: str, accept: str) -> Reply:
    """Run a query and serialise its result in the negotiated format."""
    try:
        result = run(store, sparql)
    except QueryError as err:
        return Reply.error(HTTPStatus.BAD_REQUEST, f"malformed query: {err}")
    out = io.BytesIO()
    if isinstance(result, ox.QueryTriples):
        chosen = negotiate(accept, GRAPH_TYPES)
        if chosen is not None:
            ox.serialize(result, out, chosen[1], prefixes=prefixes())
    else:
        chosen = negotiate(accept, SOLUTION_TYPES)
        if chosen is not None:
            result.serialize(out, chosen[1])
    if chosen is None:
        return Reply.error(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {accept}")
    charset = "; charset=utf-8" if chosen[0].startswith("text/") else ""
    return Reply(HTTPStatus.OK, out.getvalue(), chosen[0] + charset)


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server that answers SPARQL queries over one store within a time limit."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Store, timeout: float, workers: int):
        super().__init__(address, SparqlHandler)
        self.store = store
        self.query_timeout = timeout
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sparql")

    def answer(self, sparql: str, accept: str) -> Reply:
        """The reply to a query, or 503 when it does not finish within the time limit."""
        future = self.pool.submit(answer, self.store, sparql, accept)
        try:
            return future.result(timeout=self.query_timeout)
        except QueryTimeout:
            future.cancel()
            return Reply.error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"query time limit of {self.query_timeout:g} s exceeded",
            )

    def server_close(self) -> None:
        """Stop listening and let running queries end without waiting for them."""
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol: query via GET, POST form or POST direct; updates refused."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def do_OPTIONS(self) -> None:
        """CORS preflight."""
        self.send(Reply(HTTPStatus.NO_CONTENT, b""))

    def do_GET(self) -> None:
        """A query in the URL's ``query`` parameter."""
        url = urlsplit(self.path)
        self.send(self.reply(url.path, parse_qs(url.query, keep_blank_values=True)))

    def do_POST(self) -> None:
        """A query as a URL-encoded form or as the request body (application/sparql-query)."""
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send(Reply.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long"))
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if media == "application/x-www-form-urlencoded":
            params |= parse_qs(body, keep_blank_values=True)
        elif media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/sparql-update":
            params["update"] = [body]
        else:
            self.send(Reply.error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"cannot read {media}"))
            return
        self.send(self.reply(url.path, params))

    def reply(self, path: str, params: dict[str, list[str]]) -> Reply:
        """The reply to a request for ``path`` with these parameters."""
        if path != PATH:
            return Reply.error(HTTPStatus.NOT_FOUND, f"the SPARQL endpoint is {PATH}")
        if "update" in params:
            return Reply.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return Reply.error(HTTPStatus.BAD_REQUEST, "the dataset is fixed: the default graph "
                               "is the union of the article graphs (use GRAPH or FROM)")
        queries = params.get("query", [])
        if len(queries) != 1:
            return Reply.error(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
        return self.server.answer(queries[0], self.headers.get("Accept") or "*/*")

    def send(self, reply: Reply) -> None:
        """Write the response with CORS headers."""
        self.send_response(reply.status)
        for key, value in CORS.items():
            self.send_header(key, value)
        self.send_header("Vary", "Accept")
        if reply.status != HTTPStatus.NO_CONTENT:
            self.send_header("Content-Type", reply.media_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)


def make_server(
    store: Store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
    workers: int = 4,
) -> SparqlServer:
    """A server bound to ``host:port`` (port 0 picks a free one); call ``serve_forever``."""
    return SparqlServer((host, port), store, timeout, workers)
