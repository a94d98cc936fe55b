"""``newsgraph push`` into a real Oxigraph server started on loopback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, SPARQLWrapper

from graph.cli import main
from graph.kb.push import PushError, graph_url, push
from graph.kb.store import Store
from tests.kb.conftest import make_graph

OXIGRAPH = shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(
    OXIGRAPH is None, reason="the oxigraph server binary is missing (pip install oxigraph)"
)


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[str]:
    """The base URL of an Oxigraph server on loopback, stopped after the test."""
    port = free_port()
    server = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(tmp_path / "remote"),
         "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("the oxigraph server did not start")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def remote_count(base: str, query: str) -> int:
    """The ?n of a counting query on the remote server."""
    sparql = SPARQLWrapper(f"{base}/query")
    sparql.setQuery(query)
    sparql.setReturnFormat(JSON)
    return int(sparql.query().convert()["results"]["bindings"][0]["n"]["value"])


def test_push_puts_every_article_graph(filled: Store, remote: str, tmp_path: Path) -> None:
    filled.flush()
    store_dir = str(filled.path)
    for _ in range(2):  # PUT replaces: pushing twice changes nothing
        result = CliRunner().invoke(
            main, ["push", "--endpoint", f"{remote}/store", "--store", store_dir]
        )
        assert result.exit_code == 0, result.output
        assert "pushed 3 graphs" in result.output
    local = Store(store_dir, read_only=True)
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    quads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert remote_count(remote, graphs) == 3
    assert remote_count(remote, quads) == local.stats()["triples"]
    fingerprint = "<https://w3id.org/newsgraph/ns#fingerprint>"
    assert remote_count(remote, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s {fingerprint} ?o }}") == 0


def test_a_changed_article_replaces_its_remote_graph(remote: str) -> None:
    store = Store()
    store.put_article(make_graph("a1", 1, date="2023-05-01"), "1")
    push(store, f"{remote}/store")
    store.put_article(make_graph("a1", 1, date="2024-01-01"), "2")
    assert push(store, f"{remote}/store") == 1
    old = '"2023-05-01"^^<http://www.w3.org/2001/XMLSchema#date>'
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p {old} }} }}"
    assert remote_count(remote, query) == 0


def test_errors_name_the_graph_or_the_endpoint(filled: Store, remote: str) -> None:
    with pytest.raises(PushError, match="HTTP 4"):
        push(filled, f"{remote}/query")
    with pytest.raises(PushError, match=r"127\.0\.0\.1:1"):
        push(filled, "http://127.0.0.1:1/store", timeout=2)


def test_graph_urls_encode_the_graph_iri() -> None:
    assert graph_url("http://h/store", "https://x/a#b") == (
        "http://h/store?graph=https%3A%2F%2Fx%2Fa%23b"
    )
    assert graph_url("http://h/ds?x=1", "urn:g").startswith("http://h/ds?x=1&graph=")
