"""Places of events: the state, city, region or building a "di"/"ke" phrase of the sentence
names ("bertemu di Gedung Putih", "tiba di ibukota Ukraina, Kiev")."""

from __future__ import annotations

from spacy.tokens import Span

from graph.extract.clauses import is_verb
from graph.extract.context import Context
from graph.extract.lexicon import word_set, words_with_role
from graph.extract.morph import analyses, same_root
from graph.records import ActorType, Event

MOTION = frozenset({"CONSULT", "AID", "MOBILIZE"})
"""Event types whose "ke X" names where they happen (visits, delegations, deployments)."""
PLACE_TYPES = frozenset({ActorType.PLACE, ActorType.COUNTRY})
SAID = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONCEDE"})
"""Event types that are speech acts, made where they were said."""
REACH = 5
"""Words a place name may lie after its preposition ("di kawasan Istana Kepresidenan")."""


def named_after(ctx: Context, i: int, sent: Span) -> str | None:
    """The place a locative preposition at token ``i`` introduces: the first state or place
    mention within a few words that is not part of a longer name ("oposisi di India")."""
    doc = ctx.doc
    stop = min(sent.end, i + 1 + REACH)
    clause = words_with_role(ctx.lang, "stop") | words_with_role(ctx.lang, "cond")
    for tok in doc[i + 1 : stop]:
        if tok.lower_ in clause or tok.text in ".;":
            return None
        start = tok.idx + ctx.offset
        here = [(e, k) for s, e, k in ctx.table.spans if s == start]
        if not here:
            continue
        end, key = max(here)
        inside = any(s < start and end <= e for s, e, _ in ctx.table.spans)
        if ctx.table.actors[key].type in PLACE_TYPES and not inside:
            return key
        return None
    return None


def clause_end(span: Span, after: int, lang: str) -> int:
    """Where the clause of a trigger ends: at a conjunction or comma before another verb, or
    where its complement opens ("mengusulkan agar AS tidak ... di X")."""
    for tok in span:
        if tok.idx >= after and tok.lower_ in word_set(lang, "complements"):
            return tok.idx
        if tok.idx >= after and tok.lower_ in word_set(lang, "coordinators") | {","} and \
                tok.i + 1 < span.end and tok.doc[tok.i + 1].pos_ == "VERB":
            return tok.idx
    return span.end_char


def place_of(ctx: Context, evt: Event) -> str | None:
    """The place an event's sentence gives it: the nearest locative phrase after the trigger,
    else the nearest before it; never one of the event's own participants."""
    span = ctx.tokens(evt.evidence)
    if span is None:
        return None
    trigger = evt.trigger.start - ctx.offset
    motion = evt.type in MOTION
    preps = [t for t in span if not ctx.in_quote(t) and (
        t.lower_ in word_set(ctx.lang, "locative_preps") or
        (motion and t.lower_ in word_set(ctx.lang, "motion_preps")))]
    limit = clause_end(span, evt.trigger.end - ctx.offset, ctx.lang)
    ordered = [t for t in preps if trigger < t.idx < limit] + [
        t for t in reversed(preps) if t.idx < trigger]
    taking_part = set(evt.sources) | set(evt.targets)
    for prep in ordered:
        key = named_after(ctx, prep.i, span)
        if key is not None and key not in taking_part:
            return key
    return None


def besieged(ctx: Context, evt: Event) -> str | None:
    """The place a protest's verb takes as its object ("mengepung Gedung DPR"): where it is
    held."""
    span = ctx.tokens(evt.trigger)
    if evt.type != "PROTEST" or span is None or span.end >= len(ctx.doc):
        return None
    start = ctx.doc[span.end].idx + ctx.offset
    here = [(e, k) for s, e, k in ctx.table.spans if s == start]
    key = max(here)[1] if here else None
    return key if key is not None and ctx.table.actors[key].type == ActorType.PLACE else None


def referred_place(ctx: Context, evt: Event) -> str | None:
    """Where an act took place, told by the next sentence when that opens by referring back to
    a speech act ("Permintaan itu disampaikan ... di Kompleks Parlemen, Senayan") or by naming
    the act ("... mendeklarasikan dukungan ... Deklarasi digelar di Hotel Sultan")."""
    k = ctx.sent_index(evt.evidence.end - 1 - ctx.offset) + 1
    span = ctx.sent_span(k) if k < len(ctx.sents) else None
    if span is None or len(span) < 3:
        return None
    said = evt.type in SAID and span[0].lower_ in word_set(ctx.lang, "referring_heads") and \
        span[1].lower_ in words_with_role(ctx.lang, "det")
    if not said and not (same_root(span[0].text, evt.trigger.text.split()[0]) and any(
            is_verb(t, ctx.lang) and any(a.passive for a in analyses(t.text))
            for t in span[1:3])):
        return None  # "Deklarasi digelar di", not "Penahanan itu merupakan ... di"
    preps = (t for t in span if t.lower_ in word_set(ctx.lang, "locative_preps"))
    return next((k for k in (named_after(ctx, t.i, span) for t in preps) if k is not None), None)


def assign(ctx: Context, evts: list[Event]) -> None:
    """Give each event the place its sentence names, or for a speech act the place the next
    sentence gives it, if any."""
    for evt in evts:
        evt.place = besieged(ctx, evt) or referred_place(ctx, evt) or place_of(ctx, evt)
