"""The SPARQL endpoint, queried with a real client (SPARQLWrapper) and with raw HTTP."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, N3, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph.kb.server import SparqlServer, make_server, negotiate
from graph.kb.store import Store

EVENTS = "SELECT ?e ?type WHERE { ?e a ng:Event ; ng:eventType ?type } ORDER BY ?e"


@pytest.fixture
def server(filled: Store) -> Iterator[SparqlServer]:
    """The endpoint on a free loopback port, serving in a thread."""
    server = make_server(filled, "127.0.0.1", 0, timeout=2.0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def endpoint(server: SparqlServer) -> str:
    """The endpoint's URL."""
    return f"http://127.0.0.1:{server.server_address[1]}/sparql"


def client(server: SparqlServer, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    """A SPARQLWrapper client for one query."""
    sparql = SPARQLWrapper(endpoint(server))
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql


def request(server: SparqlServer, method: str, target: str, body: str | None = None,
            headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    """One raw HTTP request to the server."""
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    conn.request(method, target, body=body, headers=headers or {})
    response = conn.getresponse()
    response.read()
    return response


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_as_json_with_get_and_post(server: SparqlServer, method: str) -> None:
    results = client(server, EVENTS, JSON, method).query().convert()
    assert results["head"]["vars"] == ["e", "type"]
    assert len(results["results"]["bindings"]) == 6


def test_select_as_xml_csv_and_tsv(server: SparqlServer) -> None:
    document = client(server, EVENTS, XML).query().convert()
    assert len(document.getElementsByTagName("result")) == 6
    as_csv = client(server, EVENTS, CSV).query().convert().decode()
    assert as_csv.splitlines()[0] == "e,type" and len(as_csv.splitlines()) == 7
    as_tsv = client(server, EVENTS, TSV).query().convert().decode()
    assert as_tsv.splitlines()[0] == "?e\t?type"


def test_ask_and_construct(server: SparqlServer) -> None:
    assert client(server, "ASK { ?s a ng:Statement }", JSON).query().convert()["boolean"]
    construct = "CONSTRUCT { ?e ng:trigger ?t } WHERE { ?e ng:trigger ?t }"
    turtle = client(server, construct, TURTLE).query().convert()
    assert len(list(ox.parse(turtle, ox.RdfFormat.TURTLE))) == 6
    ntriples = client(server, construct, N3).query()
    assert ntriples.response.headers["Content-Type"].startswith(("text/turtle",
                                                                 "application/n-triples"))
    describe = client(server, "DESCRIBE ?a WHERE { ?a rdfs:label 'Borduria' }", TURTLE)
    assert b"Borduria" in describe.query().convert()


def test_direct_post_and_content_negotiation(server: SparqlServer) -> None:
    response = request(server, "POST", "/sparql", EVENTS, {
        "Content-Type": "application/sparql-query",
        "Accept": "text/csv;q=0.5, application/sparql-results+xml",
    })
    assert response.status == 200
    assert response.headers["Content-Type"] == "application/sparql-results+xml"
    refused = request(server, "GET", "/sparql?" + urlencode({"query": EVENTS}),
                      headers={"Accept": "image/png"})
    assert refused.status == 406


def test_updates_are_refused_and_the_store_is_unchanged(server: SparqlServer) -> None:
    before = len(server.store.ox)
    update = "DELETE WHERE { ?s ?p ?o }"
    form = request(server, "POST", "/sparql", urlencode({"update": update}),
                   {"Content-Type": "application/x-www-form-urlencoded"})
    direct = request(server, "POST", "/sparql", update,
                     {"Content-Type": "application/sparql-update"})
    as_query = request(server, "GET", "/sparql?" + urlencode({"query": update}))
    assert (form.status, direct.status, as_query.status) == (403, 403, 400)
    assert len(server.store.ox) == before


def test_malformed_queries_and_bad_requests(server: SparqlServer) -> None:
    with pytest.raises(QueryBadFormed):
        client(server, "SELECT ?x WHERE { ?x", JSON).query()
    assert request(server, "GET", "/sparql").status == 400
    assert request(server, "GET", "/elsewhere?query=ASK%7B%7D").status == 404
    wrong_type = request(server, "POST", "/sparql", "x", {"Content-Type": "text/plain"})
    assert wrong_type.status == 415


def test_cors_preflight_and_headers(server: SparqlServer) -> None:
    preflight = request(server, "OPTIONS", "/sparql", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST"})
    assert preflight.status == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    answer = request(server, "GET", "/sparql?" + urlencode({"query": "ASK {}"}))
    assert answer.headers["Access-Control-Allow-Origin"] == "*"


def test_a_query_past_the_time_limit_gets_503(filled: Store) -> None:
    slow = make_server(filled, "127.0.0.1", 0, timeout=0.2, workers=1)
    threading.Thread(target=slow.serve_forever, daemon=True).start()
    try:
        heavy = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . "
                 "FILTER(STR(?b) < STR(?d) && STR(?d) < STR(?f)) }")
        started = time.monotonic()
        response = request(slow, "GET", "/sparql?" + urlencode({"query": heavy}))
        assert response.status == 503
        assert time.monotonic() - started < 5
    finally:
        slow.shutdown()
        slow.server_close()


@pytest.mark.parametrize(("accept", "expected"), [
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("application/sparql-results+json;q=0.1, text/tab-separated-values",
     "text/tab-separated-values"),
    ("application/json;q=0, text/csv;q=0", None),
])
def test_negotiation(accept: str, expected: str | None) -> None:
    offers = [("application/sparql-results+json", 1), ("text/csv", 2),
              ("text/tab-separated-values", 3)]
    chosen = negotiate(accept, offers)
    assert (chosen[0] if chosen else None) == expected
