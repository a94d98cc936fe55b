"""Rule component that repairs sentence boundaries around quotations, after the parser.

Sentence boundaries come from the parse tree; this component re-attaches a few arcs (which
moves the boundaries) where quotation marks make the answer certain:

* a sentence that starts with a closing quote right after ``. ! ? ; :`` (the parser cut
  ``diabaikan.”`` between the full stop and the quote): the quote is attached to the root of
  the previous sentence as ``punct``, so a closing quote belongs to the sentence it closes;
* a sentence that ends with ``,"`` / ``,”`` (a quotation followed by its speech cue, as in
  ``"Kami ... NATO," kata Putin kepada wartawan``) and a next sentence that starts with a
  lower-case word: the next sentence's root is attached to the quotation's root as
  ``parataxis`` (the UD analysis of reporting verbs such as ``kata``), one sentence.

It also splits a sentence the parser ran on across

* a line break (paragraph) after ``. ! ?`` or a closing quote, before a capitalised word or an
  opening quote;
* a closing quote after ``. ! ?`` followed by a capitalised word (``diabaikan.”AS``), unless
  the word is a speech cue (``Kata``, ``Ujar`` ...).

To split, each part gets its own root (the token of the part whose head lies outside it and
that governs most of the part) and the part's other outside-attached tokens hang from it.

A straight quote is "closing" when no space precedes it, "opening" when a space precedes it
and none follows.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graph.config import lang_rows
from graph.extract.lexicon import word_set

OPENING = {"\u201c", "\u2018", "\u00ab", "\u201e"}
CLOSING = {"\u201d", "\u2019", "\u00bb"}
SENT_FINAL = {".", "!", "?", "\u2026", "...", "?!", "!?"}
STRAIGHT = {'"', "'"}
FINAL = {".", "!", "?", "\u2026", "...", "?!", "!?", ";", ":"}
CLAUSE = {",", "\u2013", "\u2014", "-"}
MAX_PASSES = 50


def _is_closing(tok: Token) -> bool:
    if tok.text in CLOSING:
        return True
    if tok.text in STRAIGHT and tok.i > 0:
        return tok.doc[tok.i - 1].whitespace_ == ""
    return False


def _is_opening(tok: Token) -> bool:
    if tok.text in OPENING:
        return True
    if tok.text in STRAIGHT:
        prev_space = tok.i == 0 or tok.doc[tok.i - 1].whitespace_ != ""
        return prev_space and tok.whitespace_ == ""
    return False


def _starts_sentence_word(tok: Token) -> bool:
    lang = tok.doc.lang_
    return (tok.text[:1].isupper() and tok.lower_ not in word_set(lang, "tail_cues")) or \
        _is_opening(tok)


def _words(span: Span) -> list[Token]:
    return [t for t in span if not t.is_space]


def _split_point(sent: Span) -> int | None:
    """Index of the first token of a second sentence inside ``sent``, if any."""
    doc = sent.doc
    words = _words(sent)
    for a, b in pairwise(words):
        if b.i == sent.start:
            continue
        gap = doc[a.i + 1 : b.i]
        after_end = a.text in SENT_FINAL or (
            _is_closing(a) and a.i > 0 and doc[a.i - 1].text in SENT_FINAL
        )
        if not after_end or not _starts_sentence_word(b):
            continue
        if any("\n" in t.text for t in gap) or (
            _is_closing(a) and b.text[:1].isupper() and not _is_closing(b)
        ):
            return b.i
    return None


def _split(sent: Span, at: int) -> None:
    doc = sent.doc
    parts = [range(sent.start, at), range(at, sent.end)]
    heads = {t.i: t.head.i for t in sent}
    plans = []
    for part in parts:
        members = set(part)
        outside = [i for i in part if heads[i] not in members or heads[i] == i]
        if not outside:
            continue

        def size(i: int, members: set[int] = members) -> int:
            return sum(1 for t in doc[i].subtree if t.i in members)

        root = max(outside, key=lambda i: (heads[i] == i, size(i), -i))
        plans.append((root, [i for i in outside if i != root]))
    for root, others in plans:
        doc[root].head = doc[root]
        doc[root].dep_ = "ROOT"
        for i in others:
            doc[i].head = doc[root]


def _repair_once(doc: Doc) -> bool:
    sents = list(doc.sents)
    for sent in sents:
        at = _split_point(sent)
        if at is not None:
            _split(sent, at)
            return True
    for prev, cur in pairwise(sents):
        prev_words, cur_words = _words(prev), _words(cur)
        # 0. whitespace on its own: part of the previous sentence
        if prev_words and not cur_words:
            cur.root.head = prev.root
            cur.root.dep_ = "dep"
            return True
        if not prev_words or not cur_words:
            continue
        first, last = cur_words[0], prev_words[-1]
        # 1. closing quote cut off from the sentence it closes
        if _is_closing(first) and last.text in FINAL and first.i == last.i + 1:
            if first.head.i == first.i and len(cur_words) > 1:
                continue  # the quote is the root of what follows: leave it
            first.head = prev.root
            first.dep_ = "punct"
            return True
        # 2. quotation + speech cue split into two sentences
        if (
            len(prev_words) >= 2
            and _is_closing(last)
            and prev_words[-2].text in CLAUSE
            and first.text[:1].islower()
        ):
            root = cur.root
            root.head = prev.root
            root.dep_ = "parataxis"
            return True
    return False


def repair_quote_sentences(doc: Doc) -> Doc:
    if not doc.has_annotation("DEP"):
        return doc
    for _ in range(MAX_PASSES):
        if not _repair_once(doc):
            break
    return doc


@Language.component("quote_sentences")
def quote_sentences(doc: Doc) -> Doc:
    return repair_quote_sentences(doc)


# --------------------------------------------------------------------------- gazetteer filter


def _list_words(lang: str, name: str) -> frozenset[str]:
    """The lower-cased words of the first column of a per-language word list."""
    return frozenset(w.lower() for row in lang_rows(lang, name) for w in row[0].split())


@cache
def _title_words(lang: str) -> frozenset[str]:
    """Words of the language's titles (titles.txt) that are no organisation word (Bank)."""
    return _list_words(lang, "titles.txt") - _list_words(lang, "org_words.txt")


def _continues_name(tok: Token | None) -> bool:
    return tok is not None and tok.text[:1].isupper() and not tok.is_sent_start


def filter_gazetteer_spans(doc: Doc) -> Doc:
    """Drop gazetteer spans that are only part of a longer name (``Bank Indonesia``,
    ``Garuda Indonesia``, ``Jakarta Selatan``, ``Real Madrid``), so ``ner`` can label the
    whole name; a title before the name (``Presiden Rusia``, any word of the language's titles:
    ``Menteri Perindustrian Korea Selatan``) does not count, and a known
    person's name is kept whatever precedes it (``Adili Jokowi``)."""
    keep, lang = [], doc.lang_
    for ent in doc.ents:
        prev = doc[ent.start - 1] if ent.start > 0 else None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        glued_before = (
            _continues_name(prev)
            and prev.lower_ not in word_set(lang, "name_leads")
            and prev.lower_ not in _title_words(lang)
            and not prev.ent_type_
            and not ent[0].is_sent_start
        )
        glued_after = _continues_name(nxt) and nxt.lower_ in word_set(lang, "place_suffixes")
        if ent.label_ == "PER" or not (glued_before or glued_after):
            keep.append(ent)
    if len(keep) != len(doc.ents):
        doc.ents = keep
    return doc


@Language.component("gazetteer_filter")
def gazetteer_filter(doc: Doc) -> Doc:
    return filter_gazetteer_spans(doc)
