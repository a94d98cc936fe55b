"""Extraction: an article and its parsed body in, actors, statements and events out."""

from __future__ import annotations

from spacy.tokens import Doc

from graph.extract import (
    actors,
    coref,
    dates,
    events,
    places,
    responses,
    salience,
    segment,
    statements,
)
from graph.extract.context import Context
from graph.extract.time import anchor
from graph.records import Article, ArticleRecord


def context(article: Article, doc: Doc) -> Context:
    """The shared state of one article's extraction."""
    lang = article.lang or "id"
    body = article.body
    skip = actors.citation_spans(body, lang)
    table = actors.build(doc, article.body_start, lang, skip)
    return Context(
        article=article, doc=doc, text=doc.text, lang=lang, table=table,
        sents=segment.sentences(body, lang), quotes=segment.quotes(body),
        ref=anchor(article.date, body, lang),
    )


def extract(article: Article, doc: Doc) -> ArticleRecord:
    """Everything extraction finds in one article."""
    ctx = context(article, doc)
    coref.note_governments(ctx, military=True)
    salience.note_subjects(ctx)
    coref.note_possessed_roles(ctx)
    coref.note_governments(ctx)
    stmts = statements.extract(ctx)
    evts = events.extract(ctx, stmts)
    coref.merge_crowds(ctx, stmts, evts)
    coref.merge_defendants(ctx, stmts, evts)
    events.drop_aimless_protests(evts)
    places.assign(ctx, evts)
    responses.assign(ctx, stmts, evts)
    for stmt in stmts:
        stmt.about = statements.about(ctx, stmt)
    found = actors.emitted(ctx.table, stmts, evts, article)
    dates.assign(ctx, stmts, evts)
    events.drop_arrivals(ctx, evts)
    events.merge_repeats(ctx, evts)
    return ArticleRecord(article, found, stmts, evts)
