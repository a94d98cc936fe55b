"""What every extractor of one article shares: text, doc, sentences, quotes, actors, dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from graph.extract import segment
from graph.extract.actors import Table
from graph.records import Article
from graph.records import Span as TextSpan


@dataclass(slots=True)
class Context:
    """One article under extraction; offsets in ``sents`` and ``quotes`` are body offsets."""

    article: Article
    doc: Doc
    text: str
    lang: str
    table: Table
    sents: list[tuple[int, int]]
    quotes: list[segment.Quote]
    ref: date | None
    salience: list[tuple[int, str]] = field(default_factory=list)

    @property
    def offset(self) -> int:
        """The body's start in the article text."""
        return self.article.body_start

    def sent_index(self, char: int) -> int:
        """The index of the sentence holding a body offset."""
        for i, (start, end) in enumerate(self.sents):
            if char < end:
                return i if char >= start else max(0, i - 1)
        return len(self.sents) - 1

    def sent_span(self, i: int) -> Span:
        """The tokens of a sentence."""
        start, end = self.sents[i]
        return self.doc.char_span(start, end, alignment_mode="expand")

    def in_quote(self, tok: Token) -> bool:
        """Whether a token lies inside quoted text."""
        return any(q.start <= tok.idx < q.end for q in self.quotes)

    def quote_at(self, char: int) -> segment.Quote | None:
        """The quote holding a body offset."""
        return next((q for q in self.quotes if q.start <= char < q.end), None)

    def span(self, start: int, end: int):
        """An article span from body offsets."""
        return self.article.span(start + self.offset, end + self.offset)

    def tokens(self, span: TextSpan) -> Span | None:
        """The doc tokens covering an article span (None when it falls outside the body)."""
        return self.doc.char_span(span.start - self.offset, span.end - self.offset,
                                  alignment_mode="expand")

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor mentioned inside body offsets."""
        return self.table.at(start + self.offset, end + self.offset)

    def actors_within(self, start: int, end: int) -> list[str]:
        """Actors mentioned inside body offsets, in order, without repeats."""
        keys = [k for _, _, k in self.table.within(start + self.offset, end + self.offset)]
        return list(dict.fromkeys(keys))

    def note(self, key: str, char: int) -> None:
        """Remember an actor as the subject or speaker at a body offset."""
        if (char, key) not in self.salience:
            self.salience.append((char, key))
            self.salience.sort()

    def recent(self, char: int) -> list[str]:
        """Subjects and speakers before a body offset, the most recent last."""
        keys = [k for c, k in self.salience if c < char]
        return list(reversed(dict.fromkeys(reversed(keys))))
