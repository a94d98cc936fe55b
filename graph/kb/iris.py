"""Deterministic IRIs for data: the same input always gives the same IRIs."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from graph.records import Actor, Article, Event, Span, Statement


def slug(text: str) -> str:
    """An IRI-safe, NFC-normalised path segment for a name (spaces become underscores)."""
    name = unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())
    return quote(name.replace(" ", "_"), safe="_-.~()'")


class Minter:
    """Mints IRIs for one article's records under a base IRI."""

    def __init__(self, base: str, article: Article) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.article_id = slug(article.id)

    def article(self) -> str:
        """The article's IRI, also the name of its graph."""
        return f"{self.base}article/{self.article_id}"

    def actor(self, actor: Actor) -> str:
        """Wikidata QID when known, else the NFC name; article-local actors are scoped."""
        if actor.wikidata:
            return f"{self.base}actor/{actor.wikidata}"
        if actor.local:
            return f"{self.base}actor/{self.article_id}/{slug(actor.name)}"
        return f"{self.base}actor/{slug(actor.name)}"

    def statement(self, statement: Statement) -> str:
        """A statement is identified by its content's offsets and its speaker."""
        content = statement.content
        where = f"{self.article_id}/{content.start}-{content.end}"
        return f"{self.base}statement/{where}/{slug(statement.speaker)}"

    def event(self, event: Event) -> str:
        """An event is identified by its type and the offsets of its trigger."""
        trigger = event.trigger
        return f"{self.base}event/{self.article_id}/{event.type}-{trigger.start}-{trigger.end}"

    def span(self, span: Span) -> str:
        """A NIF span IRI in the RFC 5147 style: the article IRI plus ``#char=b,e``."""
        return f"{self.article()}#char={span.start},{span.end}"
