"""Demands voiced in statements: "KPU harus segera menerbitkan PKPU", said by someone else,
is a REQUEST of the speaker to KPU (PLOVER: demands and calls on another party)."""

from __future__ import annotations

from spacy.tokens import Span

from graph.extract.actors import AGENTS, is_title_word
from graph.extract.clauses import QUOTE_MARKS, is_verb, np_after, skip_adverbs, subject_region
from graph.extract.context import Context
from graph.extract.coref import pronoun_of, state_of
from graph.extract.lexicon import collectives, obligations, org_words, word_set, words_with_role
from graph.extract.morph import analyses
from graph.records import Event, Statement


def obliged(ctx: Context, stmt: Statement) -> tuple[list[str], int] | None:
    """The actors a statement's content says must act, with the obligation word's index."""
    doc = ctx.doc
    content = ctx.tokens(stmt.content)
    if content is None:
        return None
    negators = words_with_role(ctx.lang, "neg")
    relative = word_set(ctx.lang, "relativizers")
    for tok in content:
        if tok.lower_ not in obligations(ctx.lang) or (
                tok.i > content.start and doc[tok.i - 1].lower_ in negators | relative):
            continue  # not "tidak harus", nor "yang seharusnya melindungi" (what X is for)
        quoted = tok.i > content.start and doc[tok.i - 1].text in QUOTE_MARKS
        region = subject_region(doc, content.start, tok.i - quoted, ctx.lang)  # X "harus ..."
        passive = passive_roots(ctx, tok.i + 1, content.end)
        undone = bool(passive & word_set(ctx.lang, "undoing_roots"))  # "harus diakhiri"
        if region is None and undone and tok.i > content.start and \
                doc[tok.i - 1].lower_ in word_set(ctx.lang, "coordinators"):
            region = np_after(doc, content.start, tok.i, ctx.lang)  # "X ilegal dan harus ..."
        if region is None or (passive and not undone):
            return None  # "sikap Megawati harus dicontoh": nobody is told to act
        keys = [k for k in ctx.actors_within(region.start_char, region.end_char)
                if ctx.table.actors[k].type in AGENTS]
        if undone and not keys and stmt.recipient is not None:
            return [stmt.recipient], tok.i  # "Pasal ini harus dicabut," kata X kepada Menteri Y
        return (keys, tok.i) if keys and (undone or agent_led(ctx, region)) else None
    return None


def agent_led(ctx: Context, region: Span) -> bool:
    """Whether a subject opens with its agent: a name, or a word for a person, body, state or
    crowd ("KPU", "Pemerintah Myanmar"), not a thing that belongs to one ("Kepentingan rakyat
    Myanmar", "Demokrasi di Myanmar")."""
    first = next((t for t in region if t.lower_ not in words_with_role(ctx.lang, "det")
                  | word_set(ctx.lang, "quantifiers") and not t.is_punct), None)
    if first is None:
        return False
    heads = word_set(ctx.lang, "state_heads") | word_set(ctx.lang, "people_heads") | \
        word_set(ctx.lang, "countable") | org_words(ctx.lang) | collectives(ctx.lang)
    return any(s == first.idx + ctx.offset for s, _, _ in ctx.table.spans) or \
        first.lower_ in heads or is_title_word(first.text, ctx.lang) or \
        bool(pronoun_of(ctx.doc[first.i : first.i + 1], ctx.lang))


def passive_roots(ctx: Context, i: int, end: int) -> frozenset[str]:
    """The roots of the passive readings of the verb after an obligation word, none if it is
    active: its subject undergoes the act ("sikap Megawati harus dicontoh"), and a passive that
    ends, revokes or punishes ("pendudukan Israel harus diakhiri", "Anwar semestinya
    diberhentikan", "pasal ini harus dicabut") demands it of whoever does or is punished."""
    k = skip_adverbs(ctx.doc, i, ctx.lang)
    if k >= end or not is_verb(ctx.doc[k], ctx.lang):
        return frozenset()
    return frozenset(a.root for a in analyses(ctx.doc[k].text) if a.passive)


def demands(ctx: Context, stmts: list[Statement]) -> list[Event]:
    """A REQUEST for each statement that says another party must act, a THREATEN when what
    it must do is bear the cost ("harus siap menanggung konsekuensinya")."""
    out = []
    for stmt in stmts:
        found = obliged(ctx, stmt)
        if found is None:
            continue
        keys, i = found
        own = {stmt.speaker, state_of(ctx, stmt.speaker)}
        targets = [k for k in keys if k not in own and state_of(ctx, k) not in own - {None}]
        if not targets:
            continue
        tok = ctx.doc[i]
        costs = word_set(ctx.lang, "costs") & {t.lower_ for t in ctx.doc[i + 1 : i + 8]}
        out.append(Event(type="THREATEN" if costs else "REQUEST",
                         trigger=ctx.span(tok.idx, tok.idx + len(tok)),
                         evidence=stmt.evidence, sources=[stmt.speaker], targets=targets))
    return out
