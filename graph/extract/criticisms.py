"""Criticisms voiced in statements: "DPR dan pemerintah mengabaikan suara publik", said by
someone else, is an ACCUSE of the speaker to DPR and the government (PLOVER: criticise,
denounce, blame)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.actors import AGENTS
from graph.extract.clauses import is_verb, np_after, subject_region
from graph.extract.context import Context
from graph.extract.coref import state_of
from graph.extract.lexicon import evaluations, word_set, words_with_role
from graph.extract.morph import analyses, roots
from graph.records import Event, Statement


def evaluative(tok: Token, lang: str) -> bool:
    """Whether a word is a negative evaluation, not negated right before it nor passive (the
    subject of "dirugikan" is its victim)."""
    doc = tok.doc
    negated = any(t.lower_ in words_with_role(lang, "neg") for t in doc[max(0, tok.i - 2) : tok.i])
    return not negated and not any(a.passive for a in analyses(tok.lower_)
                                   if a.root in evaluations(lang)) and \
        bool(set(roots(tok.lower_)) & evaluations(lang))


def evaluated(ctx: Context, content: Span, tok: Token) -> list[str]:
    """The agents a negative evaluation is said of: the subject of its predicate, through a
    verb before it ("Israel telah melakukan kejahatan") or the object of that verb
    ("[kapal Filipina] memasuki perairan China secara ilegal"), without the phrase after its
    head ("Serangan Israel [terhadap Rafah] adalah kejahatan")."""
    doc, lang = ctx.doc, ctx.lang
    before = doc[tok.i - 1] if tok.i - 1 > content.start else None
    k = tok.i - 1 if before is not None and (is_verb(before, lang) or before.lower_ in
                                            word_set(lang, "copulas")) else tok.i
    region = subject_region(doc, content.start, k, lang)
    if region is not None and region.start > content.start and is_verb(doc[region.start - 1],
                                                                         lang):
        region = subject_region(doc, content.start, region.start - 1, lang)  # an object
    if region is None:
        return []
    head = np_after(doc, region.start, region.end, lang)
    return [k for k in ctx.actors_within(region.start_char, head.end_char)
            if ctx.table.actors[k].type in AGENTS]


def criticisms(ctx: Context, stmts: list[Statement], found: list[Event]) -> list[Event]:
    """An ACCUSE for each statement that says another party does or is something bad, unless
    its speaker accuses someone in that sentence already."""
    out = []
    for stmt in stmts:
        content = ctx.tokens(stmt.content)
        if content is None or stmt.negated or any(
                e.type == "ACCUSE" and stmt.speaker in e.sources and e.evidence == stmt.evidence
                for e in found):
            continue
        own = {stmt.speaker, state_of(ctx, stmt.speaker)}
        for tok in content:
            if not evaluative(tok, ctx.lang):
                continue
            targets = [k for k in evaluated(ctx, content, tok)
                       if k not in own and state_of(ctx, k) not in own - {None}]
            if targets:
                out.append(Event(type="ACCUSE", trigger=ctx.span(tok.idx, tok.idx + len(tok)),
                                 evidence=stmt.evidence, sources=[stmt.speaker],
                                 targets=targets))
                break
    return out
