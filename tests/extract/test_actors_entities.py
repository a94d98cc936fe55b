"""Entity spans cleaned before they become actors (hand-made docs, no model)."""

import spacy
from spacy.tokens import Doc

from graph.extract.actors import trimmed


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
