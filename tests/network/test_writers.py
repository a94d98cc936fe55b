"""The writer rules: typing, escaping, no graph-level keys, determinism, no partial files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from graph.kb.store import Store
from graph.network import FORMATS, write_files, write_network
from graph.network.attributes import Kind, plain, schema
from graph.network.gexf import write_gexf
from graph.network.graphml import write_graphml
from tests.network.conftest import REPO
from tests.network.records import fill, first_record, second_record

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
ACTOR_FILES = ["graph.graphml", "graph.gexf", "nodes.csv", "edges.csv", "graph.png"]


def tiny(**edge: object) -> nx.MultiDiGraph:
    """Two nodes and one edge with the given edge attributes."""
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="A")
    graph.add_node("b", label="B")
    graph.add_edge("a", "b", key="e0", label="x", weight=1, **edge)
    return graph


def test_write_network_writes_the_five_files(exports: dict[str, Path]) -> None:
    names = {p.name for p in exports["small"].iterdir()}
    assert set(ACTOR_FILES) <= names
    assert {"graph-full.graphml", "graph-full.gexf", "nodes-full.csv", "edges-full.csv"} <= names


def test_two_runs_give_identical_files(small_store: Store, tmp_path: Path) -> None:
    first = write_network(small_store, tmp_path / "one")
    again = fill(Store(), [first_record(), second_record()])
    second = write_network(again, tmp_path / "two")
    assert [p.name for p in first] == ACTOR_FILES
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_graphml_has_typed_keys_and_no_graph_level_keys(exports: dict[str, Path]) -> None:
    root = ET.parse(exports["small"] / "graph.graphml").getroot()
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type")
            for k in root.iter(f"{GRAPHML}key")}
    assert {domain for domain, _ in keys} == {"node", "edge"}
    assert root.find(f"{GRAPHML}graph/{GRAPHML}data") is None
    assert keys["node", "pagerank"] == "double" and keys["edge", "weight"] == "long"
    assert keys["node", "label"] == keys["edge", "label"] == "string"
    types: dict[str, set[str]] = {}
    for (_, name), type_ in keys.items():
        types.setdefault(name, set()).add(type_)
    assert all(len(t) == 1 for t in types.values())
    edge_ids = [e.get("id") for e in root.iter(f"{GRAPHML}edge")]
    assert len(edge_ids) == len(set(edge_ids)) == 11


def test_escaping_survives_a_round_trip(exports: dict[str, Path]) -> None:
    root = ET.parse(exports["small"] / "graph.graphml").getroot()
    labels = {d.text for d in root.iter(f"{GRAPHML}data") if d.get("key") == "n_label"}
    assert 'Kelompok <Barat> & "Sekutu"' in labels
    gexf = ET.parse(exports["small"] / "graph-full.gexf").getroot()
    assert 'Barat & "Sekutu" <mengecam>' in {n.get("label") for n in gexf.iter(f"{GEXF}node")}


def test_gexf_is_dynamic_with_colours_sizes_and_start_dates(exports: dict[str, Path]) -> None:
    root = ET.parse(exports["small"] / "graph.gexf").getroot()
    graph = root.find(f"{GEXF}graph")
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    putin = next(n for n in root.iter(f"{GEXF}node") if n.get("id") == "actor:Q7747")
    assert putin.get("start") == "2022-02-01"
    colour = putin.find(f"{GEXF}color")
    assert colour is not None and (colour.get("r"), colour.get("g"), colour.get("b")) == (
        "78", "121", "167")
    sizes = {n.get("id"): float(n.find(f"{GEXF}size").get("value"))  # type: ignore[union-attr]
             for n in root.iter(f"{GEXF}node")}
    assert max(sizes, key=sizes.__getitem__) == "actor:Q159"
    edges = list(root.iter(f"{GEXF}edge"))
    assert all(e.get("start") and e.get("weight") for e in edges)


def test_csv_tables_follow_gephi_spreadsheet_columns(exports: dict[str, Path]) -> None:
    with (exports["small"] / "nodes.csv").open(encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with (exports["small"] / "edges.csv").open(encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:2] == ["Id", "Label"]
    assert list(edges[0])[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert len(nodes) == 9 and len(edges) == 11
    assert {e["Type"] for e in edges} == {"Directed"}
    putin = next(n for n in nodes if n["Id"] == "actor:Q7747")
    assert (putin["Label"], putin["country"], putin["mentions"]) == ("Vladimir Putin", "Rusia", "2")


def test_values_none_lists_and_dicts() -> None:
    assert plain(None) is None
    assert plain(["a", "b"]) == "a|b"
    assert plain(float("nan")) is None
    with pytest.raises(TypeError):
        plain({"a": 1})


def test_one_type_per_attribute_name() -> None:
    graph = tiny(score=1)
    graph.add_edge("b", "a", key="e1", label="y", weight=2, score=0.5)
    assert {a.name: a.kind for a in schema(graph).edges}["score"] is Kind.DOUBLE
    graph.add_edge("b", "a", key="e2", label="z", weight=1, score="high")
    with pytest.raises(TypeError, match="score"):
        schema(graph)


def test_attribute_names_must_be_nmtokens() -> None:
    with pytest.raises(ValueError, match="my score"):
        schema(tiny(**{"my score": 1}))


def test_none_and_lists_are_written_as_absent_and_joined(tmp_path: Path) -> None:
    graph = tiny(missing=None, tags=["p", "q"])
    root = ET.parse(write_graphml(graph, tmp_path / "g.graphml")).getroot()
    names = {k.get("attr.name") for k in root.iter(f"{GRAPHML}key")}
    assert "missing" not in names
    assert "p|q" in {d.text for d in root.iter(f"{GRAPHML}data")}


def test_no_partial_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "g.gexf"
    write_gexf(tiny(), target)
    before = target.read_bytes()
    with pytest.raises(TypeError):
        write_gexf(tiny(bad={"a": 1}), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.gexf"]


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pdf"):
        write_files(tiny(), tmp_path, "actors", ["pdf"])
    assert set(FORMATS) == {"graphml", "gexf", "csv", "png"}


def test_empty_store_writes_valid_empty_files(tmp_path: Path) -> None:
    paths = write_network(Store(), tmp_path)
    assert [p.name for p in paths] == ACTOR_FILES
    root = ET.parse(tmp_path / "graph.graphml").getroot()
    assert root.find(f"{GRAPHML}graph") is not None


WRITE_CORPUS = """
import sys
from pathlib import Path
from graph.kb.store import Store
from graph.network import write_network
from tests.network.records import fill, generated_corpus
store = fill(Store(), generated_corpus(200))
write_network(store, Path(sys.argv[1]))
write_network(store, Path(sys.argv[1]), "full")
"""


def test_files_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, "-c", WRITE_CORPUS, str(tmp_path / seed)], env=env,
                       check=True, cwd=REPO)
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert len(names) == 10
    for name in names:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
