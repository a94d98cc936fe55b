"""``newsgraph query``: formats, named queries, parameters, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from graph.cli import main
from graph.kb.queries import named_queries

EVENTS = "SELECT ?type ?trigger WHERE { ?e a ng:Event ; ng:eventType ?type ; ng:trigger ?trigger }"
ORDERED = EVENTS + " ORDER BY ?trigger ?type"


def run(store_dir: Path, *args: str) -> Result:
    """Invoke ``newsgraph query`` on the test store."""
    return CliRunner().invoke(main, ["query", "--store", str(store_dir), *args])


def test_table_is_aligned_with_prefixed_names(store_dir: Path) -> None:
    result = run(store_dir, "SELECT DISTINCT ?type WHERE { ?e ng:eventType ?type } ORDER BY ?type")
    assert result.exit_code == 0, result.output
    lines = ["type", "----------", "ng:ACCUSE", "ng:CONSULT", "(2 rows)"]
    assert result.output.splitlines() == lines


def test_csv_tsv_and_json_follow_the_sparql_results_formats(store_dir: Path) -> None:
    as_csv = run(store_dir, ORDERED, "--format", "csv").stdout_bytes.decode()
    rows = list(csv.reader(io.StringIO(as_csv, newline="")))
    assert rows[0] == ["type", "trigger"] and len(rows) == 7
    assert rows[1] == ["https://w3id.org/newsgraph/ns#CONSULT", "bertemu"]
    assert as_csv.endswith("\r\n")
    as_tsv = run(store_dir, ORDERED, "--format", "tsv").output
    assert as_tsv.splitlines()[:2] == [
        "?type\t?trigger", '<https://w3id.org/newsgraph/ns#CONSULT>\t"bertemu"'
    ]
    as_json = run(store_dir, ORDERED, "--format", "json").output
    parsed = json.loads(as_json)
    assert parsed["head"]["vars"] == ["type", "trigger"]
    assert parsed["results"]["bindings"][0]["type"] == {
        "type": "uri", "value": "https://w3id.org/newsgraph/ns#CONSULT"
    }
    solutions = ox.parse_query_results(as_json.encode(), ox.QueryResultsFormat.JSON)
    assert len(list(solutions)) == 6


def test_limit_ask_and_construct(store_dir: Path) -> None:
    assert run(store_dir, EVENTS, "--limit", "2").output.endswith("(2 rows)\n")
    assert run(store_dir, "ASK { ?s a ng:Statement }").output == "true\n"
    assert json.loads(run(store_dir, "ASK { ?s a ng:Nothing }", "--format", "json").output) == {
        "head": {}, "boolean": False
    }
    construct = "CONSTRUCT { ?e ng:trigger ?t } WHERE { ?e ng:trigger ?t }"
    turtle = run(store_dir, construct).output
    assert "@prefix ng:" in turtle and "ng:trigger" in turtle
    triples = list(ox.parse(run(store_dir, construct, "--format", "nt").output.encode(),
                            ox.RdfFormat.N_TRIPLES))
    assert len(triples) == 6
    assert len(run(store_dir, construct, "--format", "nt", "--limit", "1").output.splitlines()) == 1
    assert run(store_dir, construct, "--format", "csv").exit_code == 2


def test_query_from_a_file(store_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ng:Actor }", encoding="utf-8")
    assert run(store_dir, "-f", str(path), "--format", "csv").stdout_bytes == b"n\r\n6\r\n"


def test_malformed_query_is_one_line_with_position_and_leaves_the_store(store_dir: Path) -> None:
    before = sorted(str(q) for q in ox.Store.read_only(str(store_dir)))
    result = run(store_dir, "SELECT ?x WHERE {\n  ?x ng:label \n}")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "line 3, column 1" in result.output
    unknown = run(store_dir, "SELECT ?x WHERE { ?x nope:label ?y }")
    assert unknown.exit_code == 2 and "line 1, column" in unknown.output
    assert "unknown prefix" in unknown.output
    update = run(store_dir, "DELETE WHERE { ?s ?p ?o }")
    assert update.exit_code == 2 and "refused" in update.output
    assert sorted(str(q) for q in ox.Store.read_only(str(store_dir))) == before


def test_named_queries_are_listed_and_run(store_dir: Path) -> None:
    listing = run(store_dir, "--list").output
    for name, named in named_queries().items():
        assert f"{name:22} {named.description}" in listing
    assert set(named_queries()) == {
        "said-about", "events-between", "actors-by-statements", "evidence"
    }
    said = run(store_dir, "--name", "said-about", "--param", "actor=borduria", "--format", "csv")
    assert said.exit_code == 0, said.output
    rows = list(csv.DictReader(io.StringIO(said.output)))
    assert [r["article"] for r in rows] == ["a1", "a2", "a3"]
    assert {r["speaker"] for r in rows} == {"Adam Novak"} and rows[0]["form"] == "Direct"
    ranked = run(store_dir, "-n", "actors-by-statements", "--format", "csv").output
    assert list(csv.reader(io.StringIO(ranked)))[1][:2] == ["Adam Novak", "3"]


@pytest.mark.parametrize(("a", "b"), [("Ruritania", "Borduria"), ("Borduria", "ruritania")])
def test_events_between_states_go_either_way_in_date_order(
    store_dir: Path, a: str, b: str
) -> None:
    result = run(store_dir, "-n", "events-between", "-p", f"a={a}", "-p", f"b={b}",
                 "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["date"] for r in rows] == ["2023-05-01", "2023-05-02", "2023-05-03"]
    assert {(r["type"], r["source"], r["target"]) for r in rows} == {
        ("ACCUSE", "Adam Novak", "Borduria")
    }


def test_evidence_behind_an_edge(store_dir: Path) -> None:
    result = run(store_dir, "-n", "evidence", "-p", "source=wd:Q999999991",
                 "-p", "target=Borduria", "--format", "json")
    bindings = json.loads(result.output)["results"]["bindings"]
    found = {(b["relation"]["value"], b["sentence"]["value"], b["article"]["value"])
             for b in bindings}
    assert ("ACCUSE", "Novak menuduh Borduria melanggar perjanjian.", "a2") in found
    assert {r for r, _, _ in found} == {"ACCUSE", "speaksAbout"}


def test_parameters_are_bound_as_terms_never_as_code(store_dir: Path) -> None:
    sneaky = 'x" } } SELECT * WHERE { ?s ?p ?o } #'
    result = run(store_dir, "-n", "said-about", "-p", f"actor={sneaky}")
    assert result.exit_code == 2 and "no actor is named" in result.output
    adhoc = run(store_dir, "SELECT ?a WHERE { ?a rdfs:label $name }", "-p", f"name={sneaky}")
    assert adhoc.exit_code == 0 and adhoc.output.endswith("(0 rows)\n")
    labelled = run(store_dir, "SELECT DISTINCT ?a WHERE { ?a rdfs:label $name }",
                   "-p", "name=Borduria", "--format", "csv")
    assert labelled.output.splitlines()[1] == "https://example.org/id/actor/Borduria"


def test_parameter_mistakes_are_reported(store_dir: Path) -> None:
    missing = run(store_dir, "-n", "events-between", "-p", "a=Ruritania")
    assert missing.exit_code == 2 and "parameters expected: a, b" in missing.output
    assert run(store_dir, "-n", "nope").exit_code == 2
    assert run(store_dir, "SELECT * {}", "-p", "x=1").exit_code == 2
    assert run(store_dir, "SELECT * {}", "-p", "novalue").exit_code == 2
    assert run(store_dir).exit_code == 2


def test_a_missing_store_is_reported(tmp_path: Path) -> None:
    result = run(tmp_path / "none", "ASK {}")
    assert result.exit_code == 1 and "no store here" in result.output
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(("a", "b"), [("Ema Lind", "Novak"), ("novak", "ema lind")])
def test_a_meeting_between_two_actors_is_listed_once(store_dir: Path, a: str, b: str) -> None:
    result = run(store_dir, "-n", "events-between", "-p", f"a={a}", "-p", f"b={b}",
                 "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["type"], r["article"]) for r in rows] == [
        ("CONSULT", "a1"), ("CONSULT", "a2"), ("CONSULT", "a3")
    ]
