"""The load-time tokenizer factory splits text like spaCy's ``id`` tokenizer plus our infixes."""

import pytest
import spacy
from spacy.lang.id import Indonesian

from graph.nlp.tokenizer import (
    HYPHENATED,
    fix_tokenizer,
    joined_reduplications,
    split_exceptions,
)


@pytest.fixture(scope="module")
def pair():
    """spaCy's default ``id`` tokenizer with the infix fix, and the factory's tokenizer."""
    reference = fix_tokenizer(spacy.blank("id"))
    config = {"nlp": {"tokenizer": {"@tokenizers": "newsgraph.id_tokenizer.v1"}}}
    factory = spacy.blank("id", config=config)
    return reference.tokenizer, factory.tokenizer


def tokens(tokenizer, text: str) -> list[str]:
    return [t.text for t in tokenizer(text)]


def expected(tokenizer, text: str) -> list[str]:
    return joined_reduplications(tokenizer(text))


def test_hyphenated_special_cases_move_to_token_match():
    rules, words = split_exceptions(Indonesian.Defaults.tokenizer_exceptions)
    assert "anak-anak" in words and "Anak-Anak" in words
    assert not any(HYPHENATED.fullmatch(k) for k in rules if k in words)
    assert ":-)" in rules and "a." in rules


@pytest.mark.parametrize("text", [
    'Anak-anak "negara-negara," kata dia.',
    "(kupu-kupu) negara-negaranya, sehari-hari; Bolak-Balik!",
    "“Kami menolak tuduhan-tuduhan itu.”AS berkata:“tidak",
    "Pro-Rusia, anti-AS, COVID-19, 2-0 dan foo-bar-baz :-) Dr.-Ing",
])
def test_same_tokens_as_spacy_default(pair, text):
    reference, factory = pair
    assert tokens(factory, text) == expected(reference, text)


def test_same_tokens_on_hyphenated_exceptions(pair):
    reference, factory = pair
    words = sorted(split_exceptions(Indonesian.Defaults.tokenizer_exceptions)[1])[::10]
    text = " ".join(f'"{w}," ({w}) {w}nya {w}-nya. “{w}.” -{w}-' for w in words)
    assert tokens(factory, text) == expected(reference, text)


@pytest.mark.parametrize("word", ["posisi-posisi", "Segmen-segmen", "diiris-iris",
                                  "habis-habisan", "kayak-kayaknya", "mentah-mentah"])
def test_reduplicated_words_stay_whole(pair, word):
    _, factory = pair
    assert tokens(factory, f"({word}, {word}.") == ["(", word, ",", word, "."]


@pytest.mark.parametrize("text", [
    "skor 2-2, 12-12, Sung Yun-mo, pro-Rusia, Jokowi-JK, ke-2",
    "pasukan-pasukannya—dan para menteri-menteri-",
])
def test_other_hyphenations_split_as_before(pair, text):
    reference, factory = pair
    assert tokens(factory, text) == tokens(reference, text)


def test_the_languages_abbreviations_stay_whole(pair):
    _, factory = pair
    assert tokens(factory, "kata Muh. Fadli Rahman di Jl. Sudirman.") == [
        "kata", "Muh.", "Fadli", "Rahman", "di", "Jl.", "Sudirman", "."]
