"""The scorer follows the dev README's matching rules."""

from __future__ import annotations

import copy

from graph.evaluate.score import normal_form, score_file, token_f1

GOLD = {
    "actors": [
        {"name": "Adam Novak", "type": "PERSON", "aliases": ["Presiden Ruritania Adam Novak",
         "Novak"], "affiliation": "Ruritania"},
        {"name": "Ruritania", "type": "GPE", "aliases": ["Strelsau"], "affiliation": None},
        {"name": "Borduria", "type": "GPE", "aliases": [], "affiliation": None},
    ],
    "statements": [
        {"speaker": "Adam Novak", "addressee": "wartawan", "cue": "kata", "kind": "direct",
         "content": "Kami tidak akan mundur dari perbatasan", "date": "2023-05-02",
         "negated": False},
    ],
    "events": [
        {"type": "ACCUSE", "source": ["Adam Novak"], "target": ["Borduria"], "place": None,
         "date": "2023-05-02", "negated": False, "trigger": "menuduh"},
        {"type": "CONSULT", "source": ["Ruritania", "Borduria"], "target": [], "place": None,
         "date": None, "negated": False, "trigger": "bertemu"},
    ],
}


def test_gold_against_itself_is_perfect() -> None:
    scores = score_file(GOLD, copy.deepcopy(GOLD))
    for layer in scores.values():
        assert layer.prf() == (1.0, 1.0, 1.0)


def test_titles_are_stripped_and_affiliation_counts_as_the_speaker() -> None:
    system = {
        "actors": [
            {"name": "Menteri Luar Negeri Adam Novak", "type": "PERSON", "aliases": []},
            {"name": "Strelsau", "type": "GPE", "aliases": []},
            {"name": "Borduria", "type": "LOC", "aliases": []},
            {"name": "Klopstokia", "type": "GPE", "aliases": []},
        ],
        "statements": [
            {"speaker": "Strelsau", "addressee": None, "cue": "kata", "kind": "indirect",
             "content": "kami tidak akan mundur", "date": None, "negated": False},
        ],
        "events": [
            {"type": "DISAPPROVE", "source": ["Strelsau"], "target": ["Borduria"], "place": None,
             "date": None, "negated": False, "trigger": "mengecam"},
            {"type": "CONSULT", "source": ["Borduria"], "target": ["Klopstokia"], "place": None,
             "date": None, "negated": False, "trigger": "bertemu"},
        ],
    }
    scores = score_file(GOLD, system)
    assert (scores["actors"].matched, scores["actors"].system) == (3, 4)
    assert scores["actors"].attributes["type"] == 2
    assert scores["statements"].matched == 1
    assert scores["statements"].attributes["kind"] == 0
    assert scores["events"].matched == 2
    assert scores["events"].attributes["date"] == 0
    assert [(a, g["date"], s["date"]) for a, g, s in scores["events"].disagreements
            if a == "date"] == [("date", "2023-05-02", None)]
    assert [a for a, _, _ in scores["statements"].disagreements] == ["kind", "addressee", "date"]


def test_helpers() -> None:
    assert normal_form("  Perdana   Menteri Adam Novak") == "adam novak"
    assert token_f1("Kami siap, kata dia", "kami siap") == 2 * (2 / 4 * 1) / (2 / 4 + 1)
    assert token_f1("a", "b") == 0.0


def test_an_actor_named_as_the_gold_one_is_aligned_before_one_sharing_a_role_word() -> None:
    gold = {"actors": [
        {"name": "Setia Budi", "type": "PERSON", "aliases": ["Ketua DPR"]},
        {"name": "DPR", "type": "ORG", "aliases": []},
    ], "statements": [], "events": []}
    system = {"actors": [
        {"name": "DPR", "type": "ORG", "aliases": []},
        {"name": "Setia Budi", "type": "PERSON", "aliases": ["Ketua DPR Setia Budi"]},
    ], "statements": [], "events": []}
    assert score_file(gold, system)["actors"].prf() == (1.0, 1.0, 1.0)


def test_a_spokesperson_named_by_the_office_is_aligned_with_the_person_not_the_office() -> None:
    spokesperson = {"name": "juru bicara Departemen Luar Negeri AS", "type": "PERSON",
                    "aliases": []}
    event = {"type": "REQUEST", "source": [spokesperson["name"]], "target": ["China"]}
    gold = {"actors": [spokesperson, {"name": "China", "type": "GPE", "aliases": []}],
            "statements": [], "events": [event]}
    system = {"actors": [{"name": "Departemen Luar Negeri AS", "type": "ORG", "aliases": []},
                         spokesperson, {"name": "China", "type": "GPE", "aliases": []}],
              "statements": [], "events": [event]}
    assert score_file(gold, system)["events"].prf() == (1.0, 1.0, 1.0)


def test_errors_list_matched_pairs_that_disagree_on_an_attribute() -> None:
    from graph.evaluate.report import error_lines
    from graph.evaluate.run import Evaluation

    system = copy.deepcopy(GOLD)
    system["events"][0]["date"] = "2023-05-01"
    evaluation = Evaluation(files={"007": score_file(GOLD, system)})
    assert "007 events ~ date 2023-05-02 (system 2023-05-01): ACCUSE 'menuduh' ['Adam Novak'] " \
        "-> ['Borduria'] date=2023-05-02" in error_lines(evaluation)
