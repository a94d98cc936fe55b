"""Sentences and quotations found on the character level, robust to weak parses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.lexicon import abbreviations

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = "\""
SENTENCE_END = re.compile(r"[.!?…]+[\"”\u2019']?(?=\s+[\"“'(\[A-Z0-9]|[“\"]?[A-Z])")
@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted text: the content offsets (without marks) and whether its marks are complete."""

    start: int
    end: int
    opened: bool = True
    closed: bool = True

    @property
    def outer(self) -> tuple[int, int]:
        """Offsets including the quotation marks that are present."""
        return self.start - int(self.opened), self.end + int(self.closed)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Offsets of the non-empty lines of a text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body) if m.group().strip()]


def sentences(body: str, lang: str = "id") -> list[tuple[int, int]]:
    """Sentence offsets: split at line breaks and at sentence-final punctuation."""
    abbrevs = abbreviations(lang)
    out = []
    for p_start, p_end in paragraphs(body):
        start = p_start
        for m in SENTENCE_END.finditer(body, p_start, p_end):
            word = body[:m.start() + 1].rsplit(None, 1)[-1] if body[:m.start()].strip() else ""
            if word in abbrevs or re.fullmatch(r"[A-Z]\.", word):
                continue
            out.append((start, m.end()))
            start = m.end()
            while start < p_end and body[start].isspace():
                start += 1
        if body[start:p_end].strip():
            out.append((start, p_end))
    return out


def _straight_is_open(text: str, i: int) -> bool | None:
    """Whether a straight quotation mark opens (space or start before it, a word after it);
    None where it may open or close, glued between two sentences (``invasi."Itu``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([":
        return not after.isspace()
    return None if _closer_may_open(text, i) else False


def _closer_may_open(text: str, i: int) -> bool:
    """Whether a closing-shaped mark stands where a quote opens (``London.”Tidak``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in ".!?:") and after.isalnum()


def quotes(body: str) -> list[Quote]:
    """Quoted stretches per paragraph: curly, straight or mixed marks; a missing mark tolerated."""
    found = []
    for p_start, p_end in paragraphs(body):
        marks: list[tuple[int, bool | None]] = []
        for i in range(p_start, p_end):
            ch = body[i]
            if ch in OPENERS:
                marks.append((i, True))
            elif ch in CLOSERS:
                marks.append((i, None if _closer_may_open(body, i) else False))
            elif ch in STRAIGHT:
                marks.append((i, _straight_is_open(body, i)))
        open_at: int | None = None
        for i, mark in marks:
            is_open = open_at is None if mark is None else mark
            if open_at is None and is_open:
                open_at = i
            elif open_at is not None and not is_open:
                found.append(Quote(open_at + 1, i))
                open_at = None
            elif open_at is None and not is_open and not found_in(found, p_start, p_end):
                found.append(Quote(p_start, i, opened=False))
        if open_at is not None:
            found.append(Quote(open_at + 1, p_end, closed=False))
    return found


def found_in(found: list[Quote], start: int, end: int) -> bool:
    """Whether a quote was already found between two offsets."""
    return any(start <= q.start < end for q in found)
