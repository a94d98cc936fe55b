"""Threats voiced in statements: a speaker who says its side will punish ("kami akan menindak
tegas", "tidak segan merekomendasikan sanksi", "akan melakukan mogok nasional") threatens the
party the punishment is aimed at (PLOVER THREATEN); the markers and punitive acts per language
in word_sets.tsv (threat_markers, punitive_roots, punitive_phrases)."""

from __future__ import annotations

from spacy.tokens import Span

from graph.extract.actors import AGENTS
from graph.extract.charges import listed_at, speaker_side
from graph.extract.context import Context
from graph.extract.coref import state_of
from graph.extract.lexicon import phrase_set, word_set, words_with_role
from graph.extract.morph import roots
from graph.records import Event, Statement

MARK_REACH = 4
"""How many words after a threat marker the punitive act may come."""
TARGET_REACH = 8
"""How many words after the punitive act the party it is aimed at may be named."""
PRESSING = frozenset({"REQUEST", "ACCUSE", "REJECT", "COERCE", "SANCTION", "THREATEN"})
"""Acts of a speaker whose target a threat that names no one is aimed at."""


def punitive_at(content: Span, i: int, lang: str) -> int:
    """The number of words of a punitive act starting at a content index (0 if none)."""
    if set(roots(content[i].text)) & word_set(lang, "punitive_roots"):
        return 1
    return listed_at(content, i, phrase_set(lang, "punitive_phrases"))


def threat_in(content: Span, lang: str) -> Span | None:
    """The punitive act a threat marker announces in a content ("akan kami beri [teguran]"),
    unless a negator denies the marker ("tidak akan menjatuhkan sanksi")."""
    negators = words_with_role(lang, "neg")
    for i in range(len(content)):
        size = listed_at(content, i, phrase_set(lang, "threat_markers"))
        if not size or (size == 1 and i > 0 and content[i - 1].lower_ in negators):
            continue
        for j in range(i + size, min(len(content), i + size + MARK_REACH)):
            if content[j].is_punct and content[j].text != ",":
                break
            length = punitive_at(content, j, lang)
            if length:
                return content[j : j + length]
    return None


def named_target(ctx: Context, content: Span, act: Span, side: set[str]) -> str | None:
    """The first agent named shortly after the punitive act, not of the speaker's side
    ("sanksi kepada [ASN]", "langkah lanjutan terhadap [Houthi]")."""
    end = min(content.end, act.end + TARGET_REACH)
    keys = ctx.actors_within(act.end_char, ctx.doc[end - 1].idx + len(ctx.doc[end - 1]))
    return next((k for k in keys if ctx.table.actors[k].type in AGENTS and k not in side
                 and state_of(ctx, k) not in side), None)


def pressed_target(ctx: Context, stmt: Statement, acts: list[Event]) -> list[str]:
    """The targets of the speaker's last pressing act in the statement's sentence or the one
    before ("meminta ASN menjaga netralitas. 'Kami tidak segan ... sanksi'")."""
    here = ctx.sent_index(stmt.evidence.start - ctx.offset)
    since = ctx.sents[max(0, here - 1)][0] + ctx.offset
    return next((e.targets for e in reversed(acts) if e.type in PRESSING and e.targets and
                 stmt.speaker in e.sources and since <= e.evidence.start <= stmt.evidence.start),
                [])


def threats(ctx: Context, stmts: list[Statement], acts: list[Event]) -> list[Event]:
    """A THREATEN of the speaker for each statement that announces a punitive act, aimed at the
    party named after it or else at the target of the speaker's last pressing act."""
    out = []
    for stmt in stmts:
        content = ctx.tokens(stmt.content)
        act = threat_in(content, ctx.lang) if content is not None and not stmt.negated else None
        if act is None:
            continue
        side = speaker_side(ctx, stmt.speaker)
        named = named_target(ctx, content, act, side)
        targets = [named] if named else pressed_target(ctx, stmt, acts)
        if targets:
            out.append(Event(type="THREATEN", evidence=stmt.evidence, sources=[stmt.speaker],
                             targets=list(targets),
                             trigger=ctx.span(act.start_char, act.end_char)))
    return out
