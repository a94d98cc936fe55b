"""Judgements voiced in statements: a speaker who calls another party's act "ilegal",
"provokasi" or "kejahatan" accuses it (PLOVER ACCUSE: express disapproval, condemn, allege),
one who calls its step "tepat" or "sesuai prosedur" commends it (SUPPORT); the word lists per
language in charges.txt and praises.txt."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from graph.extract.actors import AGENTS
from graph.extract.clauses import is_verb
from graph.extract.context import Context
from graph.extract.coref import by_pronoun, is_collective, state_of
from graph.extract.lexicon import (
    charge_topics,
    charge_words,
    documents,
    praise_words,
    pronouns,
    word_set,
    words_with_role,
)
from graph.extract.morph import roots
from graph.records import ActorType, Event, Statement

ANNOUNCED = frozenset({"THREATEN", "AGREE"})
"""Events that are announced, not done: no act to refer back to."""
REACH = 8
"""How many words from the charge the party it is aimed at may be named."""


def charge_at(content: Span, i: int, lang: str) -> int:
    """The number of words of a charge starting at a content index (0 if none), unless a
    negator, a preposition or a topic word right before it cancels it ("bukan provokasi",
    "atas tuduhan genosida", "kasus pelanggaran")."""
    found = phrase_at(content, i, lang, charge_words(lang))
    return found or int(alleged_at(content, i, lang) and not cancelled(content, i, lang))


def praise_at(content: Span, i: int, lang: str) -> int:
    """The number of words of a praise starting at a content index (0 if none, or if cancelled
    as a charge is: "tidak tepat")."""
    return phrase_at(content, i, lang, praise_words(lang))


def phrase_at(content: Span, i: int, lang: str, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The number of words of the longest listed phrase starting at a content index, 0 if
    none or if the word before cancels it."""
    return 0 if cancelled(content, i, lang) else listed_at(content, i, phrases)


def listed_at(content: Span, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The number of words of the longest listed phrase (longest first) starting at a content
    index, 0 if none."""
    words = tuple(t.lower_ for t in content[i : i + 4])
    return next((len(p) for p in phrases if words[: len(p)] == p), 0)


def speaker_side(ctx: Context, speaker: str) -> set[str]:
    """A speaker and the state it belongs to: no party it charges or threatens."""
    return {speaker, state_of(ctx, speaker)} - {None}


def cancelled(content: Span, i: int, lang: str) -> bool:
    """Whether a negator, a preposition or a topic word right before a content index makes
    what follows no judgement ("bukan provokasi", "atas tuduhan genosida", "tidak tepat"); a
    preposition of a characterisation does not ("menyebut peluncuran itu sebagai provokasi"),
    unless a suspicion opens it ("diduga sebagai provokator": suspected, not charged)."""
    cancels = words_with_role(lang, "neg") | words_with_role(lang, "prep") | charge_topics(lang)
    before = content[i - 1].lower_ if i > 0 else None
    return before in cancels and not (
        before in word_set(lang, "characterising") and i > 1 and
        content[i - 2].lower_ not in word_set(lang, "alleging"))


def alleged_at(content: Span, i: int, lang: str) -> bool:
    """Whether a content index holds a word that alleges the act after it (past an aspect
    word: "tengah", "kuat") of the name, pronoun or collective right before it ("Hendra
    [diduga] menerima uang", "mereka diduga melakukan perusakan", "para tersangka diduga
    tengah merencanakan serangan"), not of a relative clause ("orang yang mendekat dan dianggap
    mengancam")."""
    nxt = content.start + i + 1
    if nxt + 1 < content.end and content.doc[nxt].lower_ in word_set(lang, "aspect_words"):
        nxt += 1
    before = content[i - 1] if i > 0 else None
    return before is not None and content[i].lower_ in word_set(lang, "alleging") and \
        nxt < content.end and is_verb(content.doc[nxt], lang) and (
            before.pos_ == "PROPN" or before.lower_ in pronouns(lang) or
            is_collective(before.lower_, lang))


def charged_party(ctx: Context, content: Span, start: int, end: int, speaker: str) -> str | None:
    """The agent named nearest to a charge inside the content, within its clause and not of the
    speaker's side ("kejahatan Israel", "tindakan kapal China itu ilegal"); only before a
    verb charge (its subject: "Korea Utara melanggar resolusi DK PBB")."""
    side = speaker_side(ctx, speaker)
    verbal = is_verb(ctx.doc[start], ctx.lang)
    best: tuple[int, str] | None = None
    for s, e, key in ctx.table.within(content.start_char + ctx.offset,
                                      content.end_char + ctx.offset):
        actor = ctx.table.actors[key]
        if actor.type not in AGENTS or key in side or state_of(ctx, key) in side or (
                actor.local and actor.type == ActorType.PERSON):
            continue  # nor an unnamed person described ("seorang duta besar")
        mention = ctx.doc.char_span(s - ctx.offset, e - ctx.offset, alignment_mode="expand")
        if mention is None or (mention.start < end and start < mention.end):
            continue  # the charge word names the party itself ("Para penjajah")
        before = ctx.doc[mention.start - 1].lower_ if mention.start > 0 else ""
        if before in documents(ctx.lang) or before in word_set(ctx.lang, "affected") or \
                before in word_set(ctx.lang, "territories"):
            continue  # what was violated or who suffered ("serangan Israel terhadap Rafah",
            # "memasuki perairan China secara ilegal")
        gap = mention.start - end if mention.start >= end else start - mention.end + 1
        between = ctx.doc[min(end, mention.end) : max(start, mention.start)]
        if gap > REACH or any(t.text in ".;!?" for t in between) or (
                verbal and mention.start >= end):
            continue
        if best is None or gap < best[0]:
            best = (gap, key)
    return best[1] if best else None


def alleged_of(ctx: Context, content: Span, i: int, speaker: str) -> str | None:
    """Whom a pronoun before an allegation refers to ("[mereka] diduga melakukan perusakan"),
    if not the speaker's side; a plural one that would be the speaker is the last collective
    named before ("Ribuan mahasiswa ... Polisi menyebut mereka diduga ...")."""
    pronoun = content[i - 1].lower_ if i > 0 else ""
    if pronoun not in pronouns(ctx.lang):
        return None
    side = speaker_side(ctx, speaker)
    key = by_pronoun(ctx, pronoun, content[i - 1].idx)
    if (key in side or key is None) and pronouns(ctx.lang)[pronoun] == "pl":
        before = content.start_char + ctx.offset
        key = next((k for s, _, k in sorted(ctx.table.spans, reverse=True) if s < before and
                    ctx.table.actors[k].type == ActorType.GROUP), None)
    return key if key is not None and key not in side and state_of(ctx, key) not in side \
        else None


def referred_act(ctx: Context, content: Span, speaker: str, acts: list[Event]) -> str | None:
    """The agent of an act a charged content refers back to ("sanksi itu ilegal" after "Uni
    Eropa menyetujui paket sanksi"): the latest earlier event whose trigger shares a root with
    a noun followed by a demonstrative, done (not threatened or promised) by no one of the
    speaker's side."""
    side = speaker_side(ctx, speaker)
    dets = words_with_role(ctx.lang, "det")
    nouns = {r for t in content[:-1] if ctx.doc[t.i + 1].lower_ in dets for r in roots(t.text)}
    for evt in reversed([e for e in acts if e.trigger.end <= content.start_char + ctx.offset]):
        words = evt.trigger.text.lower().split()
        if evt.sources and evt.sources[0] not in side and evt.type not in ANNOUNCED and \
                nouns & {r for w in words for r in roots(w)}:
            return evt.sources[0]
    return None


def charges(ctx: Context, stmts: list[Statement], acts: list[Event] = ()) -> list[Event]:
    """An ACCUSE of the speaker for each statement that charges another party (named, or the
    agent of an earlier act it refers back to); a denial charges no one with what it denies."""
    return judged(ctx, stmts, acts, "ACCUSE", charge_at)


def praises(ctx: Context, stmts: list[Statement], acts: list[Event] = ()) -> list[Event]:
    """A SUPPORT of the speaker for each statement that commends another party ("langkah Polda
    sudah sesuai prosedur", "X adalah orang yang tepat")."""
    return judged(ctx, stmts, acts, "SUPPORT", praise_at)


def judged(ctx: Context, stmts: list[Statement], acts: list[Event], type_: str,
           found_at: Callable[[Span, int, str], int]) -> list[Event]:
    """An event of this type of the speaker for each statement whose content judges another
    party with a listed word; a denial judges no one, nor does a statement whose cue is the
    act already ("menuduh X ..."), nor one reported inside another of the same sentence ("X
    mengatakan Inggris meyakini ...")."""
    out = []
    for stmt in stmts:
        content = ctx.tokens(stmt.content)
        if content is None or stmt.negated or any(
                e.type == type_ and e.trigger.start <= stmt.cue.start < e.trigger.end
                for e in acts):
            continue
        for i in range(len(content)):
            size = found_at(content, i, ctx.lang)
            if not size:
                continue
            start = content.start + i
            party = charged_party(ctx, content, start, start + size, stmt.speaker) or \
                referred_act(ctx, content, stmt.speaker, list(acts)) or \
                alleged_of(ctx, content, i, stmt.speaker)
            if party is not None and not any(o.evidence == stmt.evidence and o.targets == [party]
                                             for o in out):  # said once, reported twice
                trigger = ctx.doc[start : start + size]
                out.append(Event(
                    type=type_, evidence=stmt.evidence, sources=[stmt.speaker],
                    targets=[party], trigger=ctx.span(trigger.start_char, trigger.end_char)))
                break
    return out
