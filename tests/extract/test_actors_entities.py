"""Entity spans cleaned before they become actors (hand-made docs, no model)."""

import spacy
from spacy.tokens import Doc, Span

from graph.extract.actors import (
    Table,
    build,
    located_name,
    paired_names,
    trimmed,
    verb_form,
    widened,
)
from graph.records import ActorType


def entity(words: list[str], start: int, end: int, label: str = "ORG"):
    doc = Doc(spacy.blank("id").vocab, words=words)
    doc.ents = [doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label=label)]
    return doc.ents[0]


def test_leading_lower_case_words_are_trimmed():
    ent = entity(["Ia", "yakin", "Negeri", "Singa", "setuju"], 1, 4)
    assert trimmed(ent).text == "Negeri Singa"


def test_trailing_punctuation_is_trimmed():
    ent = entity(["Ia", "berteriak", "Curang", "!"], 2, 4)
    assert trimmed(ent).text == "Curang"


def test_name_glued_to_a_verb_is_no_entity():
    ent = entity(["PresidenBudi", "menyambutTamu", "itu"], 0, 2, "PER")
    assert trimmed(ent) is None


def test_lower_case_only_span_is_no_entity():
    ent = entity(["para", "pejabat", "datang"], 0, 2)
    assert trimmed(ent) is None


def person(words: list[str], pos: list[str], ents: list[str]):
    doc = Doc(spacy.blank("id").vocab, words=words, pos=pos, ents=ents)
    return doc.ents[0]


def test_person_grows_over_left_out_name_words():
    ent = person(["Menteri", "Energi", "Park", "Ji-hoon", "berkata"],
                 ["NOUN", "NOUN", "PROPN", "PROPN", "VERB"], ["O", "O", "O", "B-PER", "O"])
    assert widened(ent, "id").text == "Park Ji-hoon"


def test_person_grows_over_a_particle_inside_the_name():
    ent = person(["kandidat", ",", "Maria", "Costa", "da", "Rocha", "menang"],
                 ["NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
                 ["O", "O", "B-PER", "I-PER", "O", "O", "O"])
    assert widened(ent, "id").text == "Maria Costa da Rocha"


def test_prefixed_event_verb_is_no_entity_but_a_name_is():
    verb = person(["Ditangkap", "di", "rumahnya"], ["PROPN", "ADP", "NOUN"], ["B-PER", "O", "O"])
    name = person(["Dimas", "datang"], ["PROPN", "VERB"], ["B-PER", "O"])
    assert verb_form(verb, "id") and not verb_form(name, "id")


def test_a_bare_title_tagged_as_a_person_is_no_actor():
    from graph.extract.actors import Table, add_entity

    ent = entity(["Lalu", "Menteri", "berkata"], 1, 2, "PER")
    table = Table("id")
    assert add_entity(table, ent, 0) is None and not table.actors


def test_person_name_after_a_locative_or_an_area_noun_is_a_place():
    assert located_name(entity(["Bom", "meledak", "di", "kawasan", "Sarinah"], 4, 5, "PER"), "id")
    assert located_name(entity(["Massa", "berkumpul", "di", "Sudirman"], 3, 4, "PER"), "id")
    assert not located_name(entity(["Ia", "bertemu", "Budi"], 2, 3, "PER"), "id")


def test_acronym_whose_initials_fit_part_of_a_longer_name_joins_that_name():
    words = ["Gerakan", "Rakyat", "Bersatu", "Timur", "(", "RBT", ")", "menyerang", "pos", "itu"]
    ent = entity(words, 0, 4)
    table = build(ent.doc, 0, "id", [])
    assert [a.name for a in table.actors.values()] == ["Gerakan Rakyat Bersatu Timur"]
    assert table.actors["gerakan-rakyat-bersatu-timur"].aliases == ["RBT"]


def test_two_persons_joined_by_a_hyphen_name_no_third():
    table = Table("id")
    table.add("Prabowo Subianto", ActorType.PERSON)
    table.add("Gibran Rakabuming Raka", ActorType.PERSON)
    words = ["Koalisi", "Prabowo-Gibran", "menguat"]
    assert paired_names(table, entity(words, 1, 2, "PER"))
    assert not paired_names(table, entity(["Kim", "Yo-jong", "marah"], 1, 2, "PER"))


def test_a_name_after_a_hyphen_ending_another_name_is_not_grown_over_it():
    doc = Doc(spacy.blank("id").vocab, words=["Basuki", "Purnama", "-", "Djarot", "Hidayat"],
              spaces=[True, False, False, True, False])
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 3, 5, label="PER")]
    assert widened(doc.ents[1], "id").text == "Djarot Hidayat"
