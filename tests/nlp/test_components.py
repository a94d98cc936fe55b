"""The quote-aware sentence repair on hand-made parses (no trained model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from graph.nlp.components import repair_quote_sentences
from graph.nlp.tokenizer import fix_tokenizer


def parsed(words, spaces, heads, deps):
    nlp = spacy.blank("id")
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def sents(doc):
    return [s.text for s in doc.sents]


def test_quote_and_cue_joined():
    # '"Kami menolak," | kata Putin.' parsed as two sentences
    words = ['"', "Kami", "menolak", ",", '"', "kata", "Putin", "."]
    spaces = [False, True, False, False, True, True, False, False]
    heads = [2, 2, 2, 2, 2, 5, 5, 5]
    deps = ["punct", "nsubj", "ROOT", "punct", "punct", "ROOT", "nsubj", "punct"]
    doc = repair_quote_sentences(parsed(words, spaces, heads, deps))
    assert sents(doc) == ['"Kami menolak," kata Putin.']
    assert doc[5].dep_ == "parataxis" and doc[5].head.i == 2


def test_closing_quote_moves_to_the_sentence_it_closes():
    # '“Sudah jelas. | ” AS menolak.'
    words = ["\u201c", "Sudah", "jelas", ".", "\u201d", "AS", "menolak", "."]
    spaces = [False, True, False, False, False, True, False, False]
    heads = [2, 2, 2, 2, 6, 6, 6, 6]
    deps = ["punct", "advmod", "ROOT", "punct", "punct", "nsubj", "ROOT", "punct"]
    doc = repair_quote_sentences(parsed(words, spaces, heads, deps))
    assert sents(doc) == ["\u201cSudah jelas.\u201d", "AS menolak."]


def test_glued_quote_and_capital_split():
    # '“Sudah jelas.”AS menolak.' parsed as one sentence
    words = ["\u201c", "Sudah", "jelas", ".", "\u201d", "AS", "menolak", "."]
    spaces = [False, True, False, False, False, True, False, False]
    heads = [2, 2, 2, 2, 2, 6, 2, 6]
    deps = ["punct", "advmod", "ROOT", "punct", "punct", "nsubj", "parataxis", "punct"]
    doc = repair_quote_sentences(parsed(words, spaces, heads, deps))
    assert sents(doc) == ["\u201cSudah jelas.\u201d", "AS menolak."]
    assert doc[6].dep_ == "ROOT"


def test_paragraph_break_splits():
    words = ["Dia", "datang", ".", "\n\n", "Mereka", "pergi", "."]
    spaces = [True, False, False, False, True, False, False]
    heads = [1, 1, 1, 1, 5, 1, 5]
    deps = ["nsubj", "ROOT", "punct", "dep", "nsubj", "parataxis", "punct"]
    doc = repair_quote_sentences(parsed(words, spaces, heads, deps))
    assert [s.text.strip() for s in doc.sents] == ["Dia datang.", "Mereka pergi."]


def test_lowercase_cue_after_full_stop_quote_not_split():
    words = ['"', "Tidak", ".", '"', "kata", "dia", "."]
    spaces = [False, False, False, True, True, False, False]
    heads = [1, 1, 1, 1, 1, 4, 1]
    deps = ["punct", "ROOT", "punct", "punct", "parataxis", "nsubj", "punct"]
    doc = repair_quote_sentences(parsed(words, spaces, heads, deps))
    assert len(list(doc.sents)) == 1


def test_tokenizer_rules_on_blank_pipeline():
    nlp = fix_tokenizer(spacy.blank("id"))
    assert [t.text for t in nlp("diabaikan.\u201dAS")] == ["diabaikan", ".", "\u201d", "AS"]
    assert [t.text for t in nlp('"Ya," kata')] == ['"', "Ya", ",", '"', "kata"]
    fix_tokenizer(nlp)  # idempotent
    assert [t.text for t in nlp("ok.'Lalu")] == ["ok", ".", "'", "Lalu"]


def test_a_known_person_keeps_its_label_after_a_capitalised_word():
    from graph.nlp.pipeline import load

    doc = load("id")('Spanduk bertulis "Adili Jokowi" terbentang di depan gedung.')
    assert ("Jokowi", "PER") in {(e.text, e.label_) for e in doc.ents}


def test_a_state_after_any_title_word_keeps_its_label_but_not_inside_a_name():
    from graph.nlp.components import filter_gazetteer_spans

    nlp = spacy.blank("id")
    doc = Doc(nlp.vocab, words=["Menteri", "Perindustrian", "Korea", "Selatan", "Sung",
                                "berkata", "Kemarin", "Bank", "Indonesia", "rapat"])
    doc.ents = [Span(doc, 2, 4, label="GPE"), Span(doc, 8, 9, label="GPE")]
    kept = {(e.text, e.label_) for e in filter_gazetteer_spans(doc).ents}
    assert kept == {("Korea Selatan", "GPE")}
