"""respondsTo: a statement or event that answers another actor's act (menanggapi X)."""

from __future__ import annotations

import re

from graph.extract.context import Context
from graph.extract.lexicon import word_set
from graph.extract.morph import roots
from graph.records import Event, Statement


def answered(ctx: Context, start: int, end: int, own: set[str]) -> list[str]:
    """Actors whose act a stretch responds to: those named after a response word, before a
    quote mark or the sentence closes ("tanpa balasan," kata X: no one)."""
    text = ctx.article.text
    for m in re.finditer(r"\w+", text[start:end]):
        if word_set(ctx.lang, "responses") & set(roots(m.group())):
            after = start + m.end()
            window_end = min(end, after + 80)
            closing = re.search(r"[\"“”„«»]|\.\s", text[after:window_end])  # not apostrophes
            window_end = after + closing.start() if closing else window_end
            keys = [k for _, _, k in ctx.table.within(after, window_end) if k not in own]
            return list(dict.fromkeys(keys))
    return []


def assign(ctx: Context, stmts: list[Statement], evts: list[Event]) -> None:
    """Fill responds_to on statements and events from the response words of their sentence."""
    for stmt in stmts:
        stmt.responds_to = answered(ctx, stmt.evidence.start, stmt.evidence.end, {stmt.speaker})
    for evt in evts:
        evt.responds_to = answered(ctx, evt.evidence.start, evt.evidence.end, set(evt.sources))
