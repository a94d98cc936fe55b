"""Dates of statements and events: the sentence's own date, else the speaker's nearest one."""

from __future__ import annotations

from graph.extract.context import Context
from graph.extract.time import sentence_date
from graph.records import Event, Statement


def date_at(ctx: Context, start: int, end: int) -> str | None:
    """The date written in the sentences of an article span (article offsets)."""
    text = ctx.article.text[start:end]
    return sentence_date(text, ctx.article.date, ctx.ref, ctx.lang)


def assign(ctx: Context, stmts: list[Statement], evts: list[Event]) -> None:
    """Give each statement and event the day the text states for it."""
    for stmt in stmts:
        stmt.date = date_at(ctx, stmt.evidence.start, stmt.evidence.end)
    for stmt in stmts:
        if stmt.date is None:
            stmt.date = speaker_date(stmts, stmt) or mention_date(ctx, stmt.speaker,
                                                                   stmt.evidence.start)
    for evt in evts:
        evt.date = date_at(ctx, evt.evidence.start, evt.evidence.end) or next(
            (s.date for s in stmts if s.cue == evt.trigger and s.date), None)


def speaker_date(stmts: list[Statement], stmt: Statement) -> str | None:
    """The date of the same speaker's nearest dated statement (the same occasion)."""
    dated = [s for s in stmts if s.speaker == stmt.speaker and s.date]
    before = [s for s in dated if s.evidence.start <= stmt.evidence.start]
    if before:
        return before[-1].date
    return dated[0].date if dated else None


def mention_date(ctx: Context, key: str, before: int) -> str | None:
    """The date of the latest dated sentence before an offset that mentions an actor (the
    occasion at which the actor was introduced: "X pada Rabu (21/1) bertemu Y ... kata X")."""
    starts = sorted(s for s, _, k in ctx.table.spans if k == key and s < before)
    for start in reversed(starts):
        first, last = ctx.sents[ctx.sent_index(start - ctx.offset)]
        found = date_at(ctx, first + ctx.offset, last + ctx.offset)
        if found:
            return found
    return None

