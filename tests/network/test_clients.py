"""Real clients read what we write: xmllint (XSD), graphology (Gephi Lite's parsers), igraph."""

from __future__ import annotations

import csv
import json
import math
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.network.conftest import JS_DIR, SCHEMAS

CORPORA = ("small", "corpus", "seed")
GRAPHS = ("graph", "graph-full")
CASES = [(c, g) for c in CORPORA for g in GRAPHS if (c, g) != ("seed", "graph-full")]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def written(exports: dict[str, Path], corpus: str, name: str) -> Path:
    """A file written for a corpus; skips when absent (no seed exports committed yet)."""
    path = exports[corpus] / name
    if not path.is_file():
        pytest.skip(f"{path} not written")
    return path


def table(path: Path) -> list[dict[str, str]]:
    """A CSV file's rows."""
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def tables(directory: Path, graph: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The node and edge tables written beside a graph file (the expected content)."""
    suffix = graph.removeprefix("graph")
    return table(directory / f"nodes{suffix}.csv"), table(directory / f"edges{suffix}.csv")


def declared_types(path: Path) -> dict[tuple[str, str], str]:
    """The GraphML key types by (domain, attribute name)."""
    root = ET.parse(path).getroot()
    return {(k.get("for", ""), k.get("attr.name", "")): k.get("attr.type", "")
            for k in root.iter(f"{GRAPHML}key")}


def expected(value: str, type_: str) -> object:
    """A CSV cell as the typed value a reader should produce."""
    if type_ == "boolean":
        return value == "true"
    if type_ in ("long", "double"):
        return float(value)
    return value


@pytest.mark.parametrize(("corpus", "graph"), CASES)
@pytest.mark.parametrize(("ext", "schema"), [("graphml", "graphml.xsd"), ("gexf", "gexf.xsd")])
def test_xmllint_validates_against_the_schemas(
    exports: dict[str, Path], corpus: str, graph: str, ext: str, schema: str
) -> None:
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint not installed (Debian package libxml2-utils)")
    if not (SCHEMAS / schema).is_file():
        pytest.skip(f"{SCHEMAS / schema} not found (shared/ beside the repository)")
    path = written(exports, corpus, f"{graph}.{ext}")
    result = subprocess.run(
        ["xmllint", "--noout", "--nonet", "--schema", str(SCHEMAS / schema), str(path)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def graphology(path: Path) -> dict:
    """What graphology's parsers, with Gephi Lite's options, read from a file."""
    if shutil.which("node") is None:
        pytest.skip("node not installed")
    if not (JS_DIR / "node_modules" / "graphology").is_dir():
        pytest.skip(f"node_modules missing: run `npm ci` in {JS_DIR}")
    result = subprocess.run(["node", str(JS_DIR / "read.mjs"), str(path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize(("corpus", "graph"), CASES)
@pytest.mark.parametrize("ext", ["graphml", "gexf"])
def test_graphology_reads_counts_labels_and_attributes(
    exports: dict[str, Path], corpus: str, graph: str, ext: str
) -> None:
    read = graphology(written(exports, corpus, f"{graph}.{ext}"))
    nodes, edges = tables(exports[corpus], graph)
    types = declared_types(exports[corpus] / f"{graph}.graphml")
    assert (read["type"], read["order"], read["size"]) == ("directed", len(nodes), len(edges))
    got_nodes = {n["key"]: n["attributes"] for n in read["nodes"]}
    assert set(got_nodes) == {n["Id"] for n in nodes}
    for row in nodes:
        attributes = got_nodes[row["Id"]]
        assert attributes["label"] == row["Label"]
        for name, value in row.items():
            if name not in ("Id", "Label") and value:
                assert attributes[name] == expected(value, types["node", name]), name
        if ext == "gexf":
            assert attributes["color"].startswith("rgb(") and attributes["size"] > 0
    got_edges = {e["key"]: e for e in read["edges"]}
    assert set(got_edges) == {e["Id"] for e in edges}
    for row in edges:
        edge = got_edges[row["Id"]]
        assert (edge["source"], edge["target"]) == (row["Source"], row["Target"])
        assert edge["attributes"]["label"] == row["Label"]
        assert edge["attributes"]["weight"] == float(row["Weight"])
        for name, value in list(row.items())[6:]:
            if value:
                assert edge["attributes"][name] == expected(value, types["edge", name]), name


@pytest.mark.parametrize(("corpus", "graph"), CASES)
def test_igraph_reads_the_graphml_with_the_same_counts_and_types(
    exports: dict[str, Path], corpus: str, graph: str
) -> None:
    igraph = pytest.importorskip("igraph", reason="python-igraph not installed (test extra)")
    path = written(exports, corpus, f"{graph}.graphml")
    read = igraph.Graph.Read_GraphML(str(path))
    nodes, edges = tables(exports[corpus], graph)
    types = declared_types(path)
    assert read.is_directed()
    assert (read.vcount(), read.ecount()) == (len(nodes), len(edges))
    assert read.vs["id"] == [n["Id"] for n in nodes]
    ids = read.vs["id"]
    assert [(ids[e.source], ids[e.target]) for e in read.es] == [
        (e["Source"], e["Target"]) for e in edges]
    python_types = {"boolean": bool, "long": float, "double": float, "string": str}
    for (domain, name), type_ in types.items():
        sequence = read.vs if domain == "node" else read.es
        values = sequence[name]
        assert all(isinstance(v, python_types[type_]) for v in values), (domain, name)
    for vertex, row in zip(read.vs, nodes, strict=True):
        assert vertex["label"] == row["Label"]
        for name, value in list(row.items())[2:]:
            got = vertex[name]
            if value:
                assert got == expected(value, types["node", name]), name
            else:
                assert got in ("", False) or math.isnan(got), name
    for item, row in zip(read.es, edges, strict=True):
        assert (item["label"], item["weight"]) == (row["Label"], float(row["Weight"]))
