"""The gazetteer data file: every row well-formed, labels and stands_for consistent."""

from __future__ import annotations

import json
import re

from graph.nlp.pipeline import gazetteer_path, gazetteer_patterns

QID = re.compile(r"Q[1-9][0-9]*")


def rows():
    with gazetteer_path("id").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_every_row_is_valid():
    data = rows()
    assert len(data) > 300
    qids = {r["qid"] for r in data if r["qid"]}
    states = {r["qid"] for r in data if r["label"] == "GPE"}
    for r in data:
        assert set(r) == {"qid", "name", "label", "aliases", "stands_for"}, r
        assert r["label"] in {"GPE", "ORG", "LOC"}, r
        assert isinstance(r["name"], str) and r["name"].strip() == r["name"] and r["name"], r
        assert isinstance(r["aliases"], list), r
        assert r["aliases"] == sorted(set(r["aliases"])), r
        assert r["name"] not in r["aliases"], r
        assert all(isinstance(a, str) and a.strip() == a and a for a in r["aliases"]), r
        if r["qid"] is not None:
            assert QID.fullmatch(r["qid"]), r
        if r["label"] == "LOC":
            assert r["stands_for"] in states, r
        else:
            assert r["stands_for"] is None, r
            assert r["qid"] is not None, r
    assert len(qids) == sum(1 for r in data if r["qid"]), "duplicate QIDs"


def test_sorted_and_deterministic():
    data = rows()
    key = [(r["label"], int(r["qid"][1:]) if r["qid"] else 0, r["name"]) for r in data]
    assert key == sorted(key)
    text = gazetteer_path("id").read_text(encoding="utf-8").splitlines()
    assert text == [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in data]


def test_surface_forms_unique():
    seen: dict[str, str] = {}
    for r in rows():
        for form in [r["name"], *r["aliases"]]:
            owner = r["qid"] or r["name"]
            assert seen.setdefault(form, owner) == owner, form


def test_key_entries():
    by_name = {r["name"]: r for r in rows()}
    assert by_name["Rusia"]["qid"] == "Q159" and by_name["Rusia"]["label"] == "GPE"
    assert "AS" in by_name["Amerika Serikat"]["aliases"]
    assert "Hongaria" in by_name["Hungaria"]["aliases"]
    assert by_name["Moskow"]["stands_for"] == "Q159"
    assert by_name["Kremlin"]["stands_for"] == "Q159"
    assert by_name["Gedung Putih"]["stands_for"] == "Q30"
    assert by_name["Kyiv"]["stands_for"] == "Q212" and "Kiev" in by_name["Kyiv"]["aliases"]
    assert by_name["NATO"]["label"] == "ORG"
    assert "PBB" in by_name["Perserikatan Bangsa-Bangsa"]["aliases"]
    # all CLDR sovereign states are there
    assert sum(1 for r in rows() if r["label"] == "GPE") >= 193


def test_patterns_carry_ids():
    patterns = gazetteer_patterns(rows())
    assert all(p["label"] in {"GPE", "ORG", "LOC"} for p in patterns)
    assert all(QID.fullmatch(p["id"]) for p in patterns)


def test_people_forms_are_unique_and_no_state_or_organisation_name():
    from graph.nlp.pipeline import read_people

    places = {f for r in rows() for f in [r["name"], *r["aliases"]]}
    people = read_people("id")
    assert len(people) > 150
    forms = [f for row in people for f in row]
    assert len(forms) == len(set(forms))
    assert not set(forms) & places


def test_known_people_are_persons_by_surname_too():
    from graph.nlp.pipeline import load

    doc = load("id")("Trump mendesak negara-negara lain. Presiden Jokowi bertemu Xi Jinping.")
    assert {(e.text, e.label_) for e in doc.ents} >= {
        ("Trump", "PER"), ("Jokowi", "PER"), ("Xi Jinping", "PER")}


def test_organisation_forms_are_unique_and_no_person_or_state_name():
    from graph.nlp.pipeline import read_organisations, read_people

    places = {f for r in rows() for f in [r["name"], *r["aliases"]]}
    people = {f for row in read_people("id") for f in row}
    forms = [f for row in read_organisations("id") for f in row]
    assert len(forms) > 100 and len(forms) == len(set(forms))
    assert not set(forms) & (places | people)


def test_known_organisations_are_not_glued_to_the_next_name():
    from graph.nlp.pipeline import load

    doc = load("id")("Juru bicara Hamas Hazem Qassem berbicara kepada Al Jazeera dan Reuters.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Hamas", "ORG"), ("Al Jazeera", "ORG"), ("Reuters", "ORG")} <= ents
