"""Hand-built article records and graphs for the knowledge-base tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph

from graph.kb.rdf import article_graph
from graph.kb.store import Store
from graph.records import (
    Actor,
    ActorType,
    Article,
    ArticleRecord,
    Event,
    Mention,
    QuoteForm,
    Span,
    Statement,
)

BASE = "https://example.org/id/"
TEMPLATE = (
    '"Kami siap berunding," kata Presiden Ruritania Adam Novak kepada wartawan pada {n}. '
    "Novak menuduh Borduria melanggar perjanjian. "
    "Menteri Ema Lind bertemu Novak di Zenda."
)


def make_record(article_id: str, n: int = 1, date: str = "2023-05-02") -> ArticleRecord:
    """An article with three shared actors, one article-local actor, a quote and two events."""
    text = TEMPLATE.format(n=n)
    article = Article(id=article_id, text=text, date=date, publisher="Harian Uji")

    def at(needle: str) -> Span:
        start = text.index(needle)
        return article.span(start, start + len(needle))

    first, second, third = (s + "." for s in text.split(". ", 2))
    third = third.rstrip(".")
    return ArticleRecord(
        article=article,
        actors=[
            Actor("novak", "Adam Novak", ActorType.PERSON, aliases=["Novak"],
                  job_titles=["Presiden Ruritania"], affiliation="rur", wikidata="Q999999991",
                  mentions=[Mention(at("Adam Novak"))]),
            Actor("rur", "Ruritania", ActorType.COUNTRY, mentions=[Mention(at("Ruritania"))]),
            Actor("bor", "Borduria", ActorType.COUNTRY, mentions=[Mention(at("Borduria"))]),
            Actor("lind", "Ema Lind", ActorType.PERSON, job_titles=["Menteri"], local=True),
        ],
        statements=[
            Statement("novak", at("Kami siap berunding"), at("kata"), QuoteForm.DIRECT,
                      at(first), addressee="wartawan", about=["bor"], date=date),
        ],
        events=[
            Event("ACCUSE", at("menuduh"), at(second), sources=["novak"], targets=["bor"],
                  date=date),
            Event("CONSULT", at("bertemu"), at(third), sources=["lind", "novak"], place="rur",
                  mode="meeting", date=date),
        ],
    )


def make_graph(article_id: str, n: int = 1, date: str = "2023-05-02") -> Graph:
    """The named graph of :func:`make_record`."""
    return article_graph(make_record(article_id, n, date), BASE)


@pytest.fixture
def graph_of() -> Callable[..., Graph]:
    """Build an article's graph: ``graph_of("a1", n=2)``."""
    return make_graph


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """An empty on-disk store."""
    return Store(tmp_path / "store")


@pytest.fixture
def filled(store: Store) -> Store:
    """A store with three articles: a1, a2, a3."""
    for i, article_id in enumerate(("a1", "a2", "a3"), start=1):
        store.put_article(make_graph(article_id, i), f"fp-{article_id}")
    return store
