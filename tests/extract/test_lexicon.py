"""Every Indonesian data file loads and its rows are well formed."""

import re
from pathlib import Path

import pytest

from graph import config
from graph.extract import lexicon
from graph.extract.events import FRAMES
from graph.extract.morph import analyses, lookup
from graph.records import PLOVER_TYPES


def test_cues_have_known_frames():
    cues = lexicon.cues("id")
    assert {"kata", "ujar", "bantah"} <= set(cues)
    assert {c.frame for c in cues.values()} <= {"verb", "inverted", "tail", "act", "judge"}
    assert cues["bantah"].negated and not cues["kata"].negated


def test_event_rows_are_plover_typed():
    table = lexicon.events("id")
    for entries in table.values():
        for entry in entries:
            assert entry.type in PLOVER_TYPES or entry.type in FRAMES
            assert entry.form and set(entry.form) <= set("TPBN")
            assert entry.suffix in ("", "i", "kan", "an")
    assert [e.suffix for e in table["hubung"]] == ["i"]


def test_word_lists_load():
    assert "perdana menteri" in lexicon.titles("id")
    assert "menteri" in lexicon.title_words("id")
    assert lexicon.pronouns("id")["mereka"] == "pl"
    assert "barat" in lexicon.collectives("id")
    assert lexicon.time_words("id")["selasa"] == ("weekday", "1")
    assert lexicon.function_words("id")["kepada"] == "prep"
    assert "Dr." in lexicon.abbreviations("id")
    assert "partai" in lexicon.org_words("id")
    assert lexicon.offices("id")["menteri"] == "kementerian"
    assert lexicon.offices("id")["ketua"] == ""
    assert lexicon.seats("id")["Q239"] == ("Q458", "Q7184")
    assert "gedung" in lexicon.buildings("id")
    assert "ktt" in lexicon.gatherings("id")
    assert "ruu" in lexicon.documents("id")
    assert "udara" in lexicon.event_kinds("id")
    assert "kota" in lexicon.place_heads("id")
    assert lexicon.title_expansions("id")["menlu"] == "menteri luar negeri"


def test_gazetteer_rows_when_present():
    for entry in lexicon.gazetteer("id"):
        assert entry.name and (entry.qid is None or entry.qid.startswith("Q"))


def test_affixed_forms_reach_their_roots():
    cues = lexicon.cues("id")
    for word, root in [("mengatakan", "kata"), ("ujarnya", "ujar"), ("menegaskan", "tegas"),
                       ("dibantah", "bantah"), ("menyerukan", "seru"), ("meminta", "minta")]:
        found = lookup(word, cues)
        assert found and found[0].root == root, word
    events = lexicon.events("id")
    for word, root, form in [("pertemuan", "temu", "N"), ("bertemu", "temu", "B"),
                             ("dikerahkan", "kerah", "T"), ("penangkapan", "tangkap", "N"),
                             ("mengebom", "bom", "T"), ("serangan", "serang", "N")]:
        assert any(a.root == root and a.form == form for a in analyses(word)), word
        assert lookup(word, events)


def test_discourse_openers_are_function_words():
    words = lexicon.function_words("id")
    assert words["sebelumnya"] == "open" and words["adapun"] == "open"


def test_ministry_portfolios_are_title_words():
    assert {"pertanian", "perdagangan", "pertahanan"} <= lexicon.title_words("id")


def test_new_lexicon_files_load():
    assert ("ilegal",) in lexicon.charge_words("id") and "kasus" in lexicon.charge_topics("id")
    assert ("sesuai", "prosedur") in lexicon.praise_words("id")
    assert "perbatasan" in lexicon.areas("id")
    assert "kapal" in lexicon.belongings("id")
    assert {"roket", "rudal"} <= lexicon.weapons("id")
    assert "Hamas" in lexicon.organisations("id")
    assert lexicon.known_names("id")["cak imin"] == "Muhaimin Iskandar"
    assert lexicon.org_expansions("id")["kemhan"] == "kementerian pertahanan"
    assert "kombes" in lexicon.ranks("id") and "presiden" not in lexicon.ranks("id")
    assert lexicon.cues("id")["tambah"].suffix == "kan"


def test_every_word_set_the_code_names_is_in_the_data():
    package = Path(lexicon.__file__).parents[1]
    named = {m.group(1) for path in package.rglob("*.py")
             for m in re.finditer(r'word_set\(\w+(?:\.lang)?, "(\w+)"\)', path.read_text())}
    assert len(named) > 20
    assert named <= set(lexicon.word_sets("id"))
    assert "kepada" in lexicon.word_set("id", "address_preps")
    assert "sementara itu" in lexicon.word_set("id", "inserted")


def test_a_missing_word_set_names_the_file():
    with pytest.raises(KeyError, match=r"word_sets\.tsv"):
        lexicon.word_set("id", "no_such_set")


def test_no_data_file_repeats_a_row():
    folder = Path(lexicon.__file__).parents[1] / "lang" / "id"
    for path in sorted(folder.glob("*.t*")):
        rows = [tuple(r) for r in config.lang_rows("id", path.name)]
        assert len(rows) == len(set(rows)), path.name


def test_province_and_body_abbreviations_load_and_write_names_out():
    assert lexicon.province_forms("id")["sulteng"] == "sulawesi tengah"
    assert lexicon.body_forms("id")["polres"] == "kepolisian resor"
    assert lexicon.name_form("Polda Sumut", "id") == "kepolisian daerah sumatera utara"
    assert lexicon.name_form("Kepolisian Daerah Sumatera Utara", "id") == \
        lexicon.name_form("Polda Sumut", "id")
