"""Events: lexicon predicates (verbal and nominal) with sources and targets from the clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.actors import promote_agents
from graph.extract.clauses import (
    np_after,
    opener_end,
    skip_adverbs,
    split_conjuncts,
    subject_region,
)
from graph.extract.context import Context
from graph.extract.coref import resolve
from graph.extract.lexicon import EventEntry, events, function_words, words_with_role
from graph.extract.morph import Analysis, analyses, roots
from graph.records import Event, Statement

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"})
CONDITIONAL_OK = frozenset({"THREATEN", "AGREE", "REQUEST"})
NO_TARGET_OK = frozenset({"MOBILIZE", "PROTEST"})
TARGET_PREPS = ("kepada", "terhadap", "dengan", "ke", "atas", "pada", "agar", "supaya")
CLAUSE_ENDS = frozenset({"bahwa", "karena", "sementara", "namun", "tetapi", "tapi", "jika",
                         "apabila", "kalau", "ketika", "saat", "setelah", "sejak", "sebelum"})
SUBORDINATE = CLAUSE_ENDS | {"yang", "agar", "supaya"}


def entry_of(ctx: Context, tok: Token) -> tuple[Analysis, EventEntry] | None:
    """The event predicate a token is, with its reading, if its form and object fit."""
    table = events(ctx.lang)
    following = [r for t in ctx.doc[tok.i + 1 : tok.i + 3] for r in roots(t.text)]
    for analysis in analyses(tok.text):
        for entry in table.get(analysis.root, ()):
            if analysis.form not in entry.form or not analysis.form:
                continue
            if entry.objects and not set(entry.objects) & set(following):
                continue
            return analysis, entry
    return None


def preceding(ctx: Context, tok: Token, role: str, window: int = 3) -> Token | None:
    """A function word of a role shortly before a token (skipping adverbs)."""
    words = words_with_role(ctx.lang, role)
    for t in reversed(ctx.doc[max(0, tok.i - window) : tok.i]):
        if t.lower_ in words:
            return t
        if t.is_punct:
            break
    return None


def conditional(ctx: Context, tok: Token, sent: Span) -> bool:
    """Whether a condition word (jika, apabila) opens the clause holding a token."""
    conds = words_with_role(ctx.lang, "cond")
    return any(t.lower_ in conds for t in ctx.doc[sent.start : tok.i])


def actors_in(ctx: Context, span: Span) -> list[str]:
    """Actors of a noun phrase, coordinated parts giving several."""
    keys = [resolve(ctx, part) for part in split_conjuncts(span, ctx.lang)]
    return list(dict.fromkeys(k for k in keys if k))


def targets_after(ctx: Context, i: int, end: int) -> list[str]:
    """Targets: the object, or a kepada/terhadap/dengan/agar phrase, anywhere in the clause."""
    doc, fw = ctx.doc, function_words(ctx.lang)
    i = skip_adverbs(doc, i, ctx.lang)
    stop = min(end, i + 20)
    j = i
    while j < stop:
        tok = doc[j]
        if tok.lower_ in TARGET_PREPS or (j == i and fw.get(tok.lower_) is None):
            start = j + 1 if tok.lower_ in TARGET_PREPS else j
            keys = actors_in(ctx, coordinated_np(ctx, start, end)) if start < end else []
            if keys:
                return keys
        if tok.lower_ in CLAUSE_ENDS or tok.text in ".;":
            break
        j += 1
    return []


def coordinated_np(ctx: Context, start: int, end: int) -> Span:
    """The noun phrase at a token, extended over "dan"/"serta" and ", Name" coordination."""
    doc = ctx.doc
    np = np_after(doc, start, end, ctx.lang)
    while len(np) and np.end + 1 < end and (
            doc[np.end].lower_ in ("dan", "serta") or
            (doc[np.end].text == "," and doc[np.end + 1].is_title)):
        more = np_after(doc, np.end + 1, end, ctx.lang)
        if not len(more):
            break
        np = doc[np.start : more.end]
    return np


def sources_before(ctx: Context, sent: Span, tok: Token) -> list[str]:
    """The subject actors of a predicate."""
    region = subject_region(ctx.doc, sent.start, tok.i, ctx.lang)
    return actors_in(ctx, region) if region is not None else []


def main_subject(ctx: Context, sent: Span, tok: Token) -> list[str]:
    """The subject of the main clause, for a predicate with no subject of its own.

    Serves serial and coordinated verbs ("bersatu memprotes", "dan mengirim"), purpose clauses
    ("untuk berdiskusi") and subjects set off by an inserted phrase ("Dia, bagaimanapun,
    mengkritik"); not predicates of a subordinate clause (bahwa, yang, karena, jika ...).
    """
    doc = ctx.doc
    if subject_region(doc, sent.start, tok.i, ctx.lang) is not None:
        return []
    start = opener_end(doc, sent, ctx.lang)
    np = np_after(doc, start, tok.i, ctx.lang)
    if not len(np) or any(t.lower_ in SUBORDINATE for t in doc[np.end : tok.i]):
        return []
    return actors_in(ctx, np)


def agent_after(ctx: Context, i: int, end: int) -> list[str]:
    """The agent of a passive: "oleh X" within the clause."""
    doc = ctx.doc
    for j in range(i, min(end, i + 10)):
        if doc[j].lower_ == "oleh":
            return actors_in(ctx, np_after(doc, j + 1, end, ctx.lang))
    return []


def arguments(
    ctx: Context, tok: Token, analysis: Analysis, sent: Span,
    by_cue: dict[int, list[Statement]], last_subject: list[str], main: bool = True,
) -> tuple[list[str], list[str]]:
    """(sources, targets) of a predicate token; inside reported content (main False) only its
    own subject can be the source."""
    said = by_cue.get(tok.idx + ctx.offset)
    if said:
        recipient = said[0].recipient
        targets = [recipient] if recipient else targets_after(ctx, tok.i + 1, sent.end)
        return list(dict.fromkeys(s.speaker for s in said)), targets
    if analysis.passive:
        return agent_after(ctx, tok.i + 1, sent.end), sources_before(ctx, sent, tok)
    sources = sources_before(ctx, sent, tok)
    if not sources and analysis.form == "N":
        return [], []
    if not sources and tok.i > sent.start and ctx.doc[tok.i - 1].text in (",", "dan"):
        sources = last_subject
    sources = sources or (main_subject(ctx, sent, tok) if main else [])
    return sources, targets_after(ctx, tok.i + 1, sent.end)


def reported_in(ctx: Context, tok: Token, stmts: list[Statement]) -> Statement | None:
    """The statement whose content holds a token, if any."""
    char = tok.idx + ctx.offset
    return next((s for s in stmts if s.content.start <= char < s.content.end), None)


def claimed(ctx: Context, stmt: Statement) -> bool:
    """Whether a statement's content is a claim in dispute (its cue accuses or denies)."""
    found = entry_of(ctx, ctx.doc.char_span(stmt.cue.start - ctx.offset,
                                            stmt.cue.end - ctx.offset, alignment_mode="expand")[-1])
    return found is not None and found[1].type in ("ACCUSE", "REJECT")


def extract(ctx: Context, stmts: list[Statement]) -> list[Event]:
    """Events of an article, one per (type, sources, targets)."""
    by_cue: dict[int, list[Statement]] = {}
    for s in stmts:
        by_cue.setdefault(s.cue.end - len(s.cue.text.split()[-1]), []).append(s)
    out: list[Event] = []
    seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
    for si in range(len(ctx.sents)):
        sent = ctx.sent_span(si)
        if sent is None:
            continue
        last_subject: list[str] = []
        for tok in sent:
            if ctx.in_quote(tok) or (tok.is_title and tok.i != sent.start):
                continue
            found = entry_of(ctx, tok)
            within = reported_in(ctx, tok, stmts) if found is not None else None
            if found is None or (within is not None and claimed(ctx, within)):
                subj = sources_before(ctx, sent, tok) if found is None and tok.pos_ == "VERB" \
                    else []
                last_subject = subj or last_subject
                continue
            analysis, entry = found
            type_ = entry.type
            if conditional(ctx, tok, sent) and type_ not in CONDITIONAL_OK:
                continue
            future = preceding(ctx, tok, "modal")
            negated = preceding(ctx, tok, "neg") is not None
            if future is not None and type_ not in CONDITIONAL_OK:
                if type_ not in COOPERATIVE or negated:
                    continue
                type_ = "AGREE"
            sources, targets = arguments(ctx, tok, analysis, sent, by_cue,
                                         [] if within else last_subject, within is None)
            last_subject = sources or last_subject
            targets = [t for t in targets if t not in sources]
            if not sources or (not targets and not (
                    type_ in NO_TARGET_OK or (type_ == "CONSULT" and len(sources) > 1))):
                continue
            if not promote_agents(ctx.table, sources):
                continue
            signature = (type_, tuple(sorted(sources)), tuple(sorted(targets)))
            if signature in seen:
                continue
            seen.add(signature)
            end_tok = tok if not entry.objects else ctx.doc[min(tok.i + 1, sent.end - 1)]
            out.append(Event(
                type=type_,
                trigger=ctx.span(tok.idx, end_tok.idx + len(end_tok)),
                evidence=ctx.span(*ctx.sents[si]),
                sources=sources, targets=targets, negated=negated,
            ))
    return out
