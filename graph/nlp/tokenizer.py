"""Tokenizer fixes for Indonesian news text.

spaCy's ``id`` tokenizer leaves a quote glued to the next word when a sentence-final
punctuation mark precedes it without a space (``diabaikan.”AS`` -> ``diabaikan . ”AS``).
The extra infix rules below split a quote mark (straight or curly) that follows
``. ! ? , ; :`` and split those marks off a word when a quote follows them.

The rules are applied once, before training (``spacy train --code graph/nlp/tokenizer.py``
with ``[initialize.before_init]``) and are then serialized with the pipeline's tokenizer,
so loading the shipped pipeline needs no code from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from graph.config import lang_rows

QUOTES = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb"

EXTRA_INFIXES = [
    # a quote mark right after sentence or clause punctuation: diabaikan.”AS
    rf"(?<=[.!?,;:])[{QUOTES}]",
    # clause punctuation between a word and a quote mark: berkata:"tidak
    rf"(?<=\w)[,;:!?](?=[{QUOTES}])",
]

HYPHENATED = re.compile(r"\w+(?:-\w+)+")
REDUPLICATED = re.compile(r"(?i)[^\W\d_]*?([^\W\d_]{2,})-\1(?:nya|an|kan|i|lah|pun)?")
"""A reduplicated word, with a prefix or suffix (posisi-posisi, diiris-iris, habis-habisan):
one token, as in the UD and NER corpora the pipeline was trained on."""


def fix_tokenizer(nlp: Language) -> Language:
    """Add the extra infix rules to ``nlp.tokenizer`` (idempotent)."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", "")
    if EXTRA_INFIXES[0] in pattern:
        return nlp
    infixes = EXTRA_INFIXES + list(nlp.Defaults.infixes or [])
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@spacy.registry.callbacks("newsgraph.fix_tokenizer.v1")
def make_fix_tokenizer():
    """Callback for ``[initialize.before_init]`` in the training configs."""
    return fix_tokenizer


def split_exceptions(rules: dict) -> tuple[dict, frozenset[str]]:
    """The special cases that are not plain hyphenated words, and the hyphenated words."""
    words = frozenset(k for k, v in rules.items() if HYPHENATED.fullmatch(k) and v == [{ORTH: k}])
    return {k: v for k, v in rules.items() if k not in words}, words


def joined_reduplications(doc: Doc) -> list[str]:
    """The texts of a doc's tokens with each reduplicated word split at its hyphen joined
    again: what the load-time tokenizer gives where spaCy's ``id`` tokenizer splits."""
    out: list[str] = []
    for tok in doc:
        gap = tok.i >= 2 and bool(doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_)
        word = f"{out[-2]}-{tok.text}" if len(out) > 1 and out[-1] == "-" and not gap else ""
        if word and REDUPLICATED.fullmatch(word):
            out[-2:] = [word]
        else:
            out.append(tok.text)
    return out


def keep_words(words: frozenset[str], token_match: Callable | None) -> Callable[[str], bool]:
    """A ``token_match`` that keeps each of ``words`` and every reduplicated word whole, then
    defers to ``token_match``."""

    def match(text: str) -> bool:
        return text in words or bool(REDUPLICATED.fullmatch(text)) or \
            bool(token_match and token_match(text))

    return match


@spacy.registry.tokenizers("newsgraph.id_tokenizer.v1")
def make_id_tokenizer():
    """spaCy's default tokenizer factory with the extra infixes built in, and the language's
    abbreviations (``abbreviations.txt``: "Muh.", "Jl.") kept whole.

    ``graph.nlp.load`` builds the tokenizer this way instead of deserialising the saved one.
    The ~15,600 hyphenated Indonesian special cases (``anak-anak``, ``Anak-Anak`` ...) only
    keep a word whole, so they become one set lookup in ``token_match`` instead of special
    cases, whose compilation took ~3.5 s of every load. The tokens are the same: checked on
    the 2.8 million tokens of the training corpora (``tests/nlp/test_tokenizer.py`` checks
    the constructions).
    """

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        rules, words = split_exceptions(d.tokenizer_exceptions)
        rules.update({a: [{ORTH: a}] for (a, *_) in lang_rows(nlp.lang, "abbreviations.txt")
                      if a.endswith(".") and a not in rules})
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(d.prefixes).search,
            suffix_search=compile_suffix_regex(d.suffixes).search,
            infix_finditer=compile_infix_regex(EXTRA_INFIXES + list(d.infixes)).finditer,
            token_match=keep_words(words, d.token_match),
            url_match=d.url_match,
        )

    return tokenizer_factory
