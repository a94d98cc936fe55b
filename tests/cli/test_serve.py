"""``newsgraph serve`` as a user starts it: a process on a free loopback port."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from SPARQLWrapper import JSON, SPARQLWrapper

ROOT = Path(__file__).resolve().parents[2]


def test_serve_answers_on_the_port_it_prints(store_dir: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", "from graph.cli import main; main()", "serve", "--port", "0",
         "--store", str(store_dir)],
        cwd=ROOT, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert server.stderr is not None
        banner = server.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+/sparql", banner)
        assert found, banner
        sparql = SPARQLWrapper(found[0])
        sparql.setQuery("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ng:Event }")
        sparql.setReturnFormat(JSON)
        result = sparql.query().convert()
        assert result["results"]["bindings"][0]["n"]["value"] == "6"
    finally:
        server.terminate()
        server.wait(timeout=10)
