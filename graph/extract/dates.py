"""Dates of statements and events: the day stated for them, else the day of their report.

A statement's own day is the one its sentences give outside its content. Without one, the
day comes from the speaker's last dated statement, else from the latest dated sentence before
it (a report goes on until it names a new day or turns to another occasion: "Sebelumnya",
"Secara terpisah"; a sentence that tells of an earlier day and reports no speech changes the
report's day only for the deeds told after it), else from a later dated statement or sentence
naming the speaker. A time given without a day ("pekan lalu") leaves the date empty.
"""

from __future__ import annotations

from datetime import date

from graph.extract.clauses import QUOTE_MARKS
from graph.extract.context import Context
from graph.extract.lexicon import time_forms, word_set, words_with_role
from graph.extract.morph import same_root
from graph.extract.time import sentence_date, shifts, vague
from graph.records import Event, Span, Statement


def day_in(ctx: Context, text: str, base: str | None = None) -> str | None:
    """The day a text gives, counted from `base` when it counts from the day told of before
    ("sehari sebelumnya"); none after the article's day (a plan: "akan menghadiri KTT pada
    24 April" dates no report)."""
    day = sentence_date(text, ctx.article.date, ctx.ref, ctx.lang,
                        date.fromisoformat(base) if base else None)
    last = ctx.article.date if ctx.article.date and len(ctx.article.date) == 10 else None
    return None if day and last and day > last else day


def date_at(ctx: Context, start: int, end: int, days: list[str | None]) -> str | None:
    """The date written in the sentences of an article span (article offsets), but in its
    relative clauses that count a day from another."""
    holes = relative_counts(ctx, start - ctx.offset, end - ctx.offset)
    return day_in(ctx, blanked(ctx, start, end, holes), told_before(ctx, days, start))


def told_before(ctx: Context, days: list[str | None], start: int) -> str | None:
    """The day of the last dated sentence before the one holding an article offset."""
    return last_day(days[: ctx.sent_index(start - ctx.offset)])


def last_day(days: list[str | None]) -> str | None:
    """The last day of a list that has one."""
    return next((d for d in reversed(days) if d), None)


def unquoted(ctx: Context, start: int, end: int, holes: list[tuple[int, int]]) -> str:
    """The article text between two offsets with quotations and other holes blanked."""
    quoted = [(q.start + ctx.offset, q.end + ctx.offset) for q in ctx.quotes]
    return blanked(ctx, start, end, quoted + holes)


def blanked(ctx: Context, start: int, end: int, holes: list[tuple[int, int]]) -> str:
    """The article text between two offsets with some stretches blanked."""
    chars = list(ctx.article.text[start:end])
    for a, b in holes:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


def sentence_days(ctx: Context, stmts: list[Statement]) -> list[str | None]:
    """The day each sentence states outside its quotations and what its statements report
    ("dia jelaskan, pada 26 Maret lalu, pemerintah sudah ..." dates no later report)."""
    contents = [(s.content.start, s.content.end) for s in stmts]
    days: list[str | None] = []
    for a, b in ctx.sents:
        text = unquoted(ctx, a + ctx.offset, b + ctx.offset, contents + relative_counts(ctx, a, b))
        days.append(day_in(ctx, text, last_day(days)))
    return days


def relative_counts(ctx: Context, a: int, b: int) -> list[tuple[int, int]]:
    """The relative clauses of a sentence (body offsets a..b) that count a day from another
    ("revisi yang dikebut Baleg sehari sebelumnya"): they date their own act, not the
    sentence's (article offsets)."""
    counted = time_forms(ctx.lang, "counted")
    span = ctx.doc.char_span(a, b, alignment_mode="expand")
    holes = []
    for tok in span if span is not None else []:
        if tok.lower_ not in word_set(ctx.lang, "relativizers"):
            continue
        end = next((t.idx for t in span[tok.i - span.start :] if t.text in ",.;"), b)
        clause = ctx.doc.text[tok.idx : end].lower()
        if any(f" {w}" in f" {clause}" for w in counted):
            holes.append((tok.idx + ctx.offset, end + ctx.offset))
    return holes


def carried(ctx: Context, days: list[str | None], reports: set[int]) -> list[str | None]:
    """The day the report carries into each sentence from the ones before it: none into one
    that opens another occasion ("Sebelumnya, ..."), whose paragraph is an aside that goes on
    through quotations opening the next paragraphs and that a paragraph of narration leaves for
    the report's day again; a sentence that says nothing and tells of an earlier day (the
    arrest "pada Rabu malam" in a report of Friday) leaves the report's day as it was."""
    into: list[str | None] = []
    last = main = None
    aside: int | None = None
    for k, ((a, b), day) in enumerate(zip(ctx.sents, days, strict=True)):
        if day and last and day < last and k not in reports:
            day = None
        line = ctx.text.count("\n", 0, a)
        if shifts(ctx.text[a:b], ctx.lang):
            aside, last = line, None
        elif aside is not None and line != aside and ctx.text[a] in QUOTE_MARKS:
            aside = line
        elif aside is not None and line != aside:
            aside, last = None, main
        into.append(last)
        last = day or last
        main = last if aside is None else main
    return into


def reporting(ctx: Context, stmts: list[Statement]) -> set[int]:
    """The sentences that report speech: those holding a cue, and those naming the speaker of
    the next sentence's statement ("Kesepakatan itu diumumkan Biden, Selasa (26/11). Biden
    menyebut ...")."""
    cues = {(ctx.sent_index(s.cue.start - ctx.offset), s.speaker) for s in stmts}
    named = {(ctx.sent_index(start - ctx.offset), key) for start, _, key in ctx.table.spans}
    return {k for k, _ in cues} | {k for k, key in named if (k + 1, key) in cues}


def report_day(ctx: Context, chain: list[str | None], start: int) -> str | None:
    """The day carried to a sentence from the ones before it (article offset)."""
    return chain[ctx.sent_index(start - ctx.offset)]


def own_date(ctx: Context, stmt: Statement, days: list[str | None]) -> tuple[str | None, bool]:
    """The day a statement's sentences give outside its content, or that of the occasion they
    refer back to; whether a dayless time is."""
    ev, content = stmt.evidence, stmt.content
    text = unquoted(ctx, ev.start, ev.end, [(content.start, content.end)])
    day = occasion_day(ctx, text, days, ev.start) or \
        day_in(ctx, text, told_before(ctx, days, ev.start))
    return day, vague(text, ctx.lang)


def occasion_day(ctx: Context, text: str, days: list[str | None], start: int) -> str | None:
    """The day of an occasion a statement refers back to ("kata Sugiono dalam percakapan itu,
    sebagaimana tertuang dalam keterangan yang diterima di Jakarta, Senin"; "dalam konferensi
    pers yang sama"): that of the last dated sentence before naming the occasion (the same one
    first, then any), not the day the report was received."""
    named = occasion_named(ctx.lang, plain_words(text))
    if named is None:
        return None
    before = range(ctx.sent_index(start - ctx.offset) - 1, -1, -1)
    told = [(k, plain_words(ctx.text[slice(*ctx.sents[k])])) for k in before if days[k]]
    same = next((k for k, said in told if any(
        said[i : i + len(named)] == named for i in range(len(said)))), None)
    occasions = word_set(ctx.lang, "occasion_nouns")
    some = next((k for k, said in told if set(said) & occasions), None)
    found = same if same is not None else some
    return days[found] if found is not None else None


def plain_words(text: str) -> list[str]:
    """A text's words, lower-cased, without the commas and stops around them."""
    return [w.strip(",.").lower() for w in text.split()]


def occasion_named(lang: str, words: list[str]) -> list[str] | None:
    """The occasion a stretch refers back to, its noun and the word naming its kind ("rapat
    paripurna [itu]", "konferensi pers [yang sama]", "percakapan [itu]")."""
    occasions, dets = word_set(lang, "occasion_nouns"), words_with_role(lang, "det")
    for a in range(len(words) - 1):
        if words[a] in occasions and (
                words[a + 1] in dets or word_set(lang, "same_words") & set(words[a + 1 : a + 4])):
            kind = words[a + 1] not in dets | word_set(lang, "relativizers")
            return words[a : a + 2] if kind else words[a : a + 1]
    return None


def mention_after(ctx: Context, days: list[str | None], key: str, after: int) -> str | None:
    """The day of the first dated sentence after an offset that names an actor."""
    starts = sorted(s for s, _, k in ctx.table.spans if k == key and s >= after)
    for start in starts:
        day = days[ctx.sent_index(start - ctx.offset)]
        if day:
            return day
    return None


def referred_day(ctx: Context, days: list[str | None], end: int, act: str = "") -> str | None:
    """The day of the next sentence when it opens by referring back to what this one reports
    ("... sepakat untuk tidak menggunakan kekuatan. Kesepakatan itu dicapai ..., Kamis";
    "Pengumuman yang disampaikan ... pada Rabu (22/5) itu") or naming its act ("X menangkap Y.
    Penangkapan dilakukan pada Senin malam, 7 Oktober 2024")."""
    k = ctx.sent_index(end - 1 - ctx.offset) + 1
    if k >= len(ctx.sents) or not days[k]:
        return None
    opening = [w.lower().strip(",") for w in ctx.text[ctx.sents[k][0] : ctx.sents[k][1]].split()]
    dets = words_with_role(ctx.lang, "det")
    said = opening[:1] and opening[0] in words_with_role(ctx.lang, "statement") and \
        bool(dets & set(opening[:12]))  # "Pengumuman yang disampaikan ... itu"
    named = bool(act and opening) and same_root(opening[0], act)
    return days[k] if said or named or any(w in dets for w in opening[1:3]) else None


def next_said(ctx: Context, stmts: list[Statement], key: str, ev: Span,
              report: str | None) -> str | None:
    """The day of the speaker's statement in the next two sentences, when it states one and
    no one else speaks between ("X meminta ... . X mengaku ... . "...," kata X, Kamis (14/8).");
    in a later paragraph, not a day before the report's (another occasion)."""
    here = ctx.sent_index(ev.start - ctx.offset)
    later = [s for s in stmts if here < ctx.sent_index(s.evidence.start - ctx.offset) <= here + 2]
    for stmt in later:
        if stmt.speaker != key:
            return None
        apart = "\n" in ctx.article.text[ev.end : stmt.evidence.start]
        if stmt.date:
            return stmt.date if not apart or report is None or stmt.date >= report else None
    return None


def speaker_day(stmts: list[Statement], key: str, start: int, before: bool) -> str | None:
    """The date of the same speaker's nearest dated statement before (or after) an offset."""
    dated = [s for s in stmts if s.speaker == key and s.date]
    if before:
        return next((s.date for s in reversed(dated) if s.evidence.start < start), None)
    return next((s.date for s in dated if s.evidence.start > start), None)


def assign(ctx: Context, stmts: list[Statement], evts: list[Event]) -> None:
    """Give each statement and event the day the text states or carries for it."""
    days = sentence_days(ctx, stmts)
    chain = carried(ctx, days, reporting(ctx, stmts))
    told = carried(ctx, days, set(range(len(days))))  # what is told goes on on its own day
    stmts.sort(key=lambda s: (s.evidence.start, s.content.start))
    owns = [own_date(ctx, s, days) for s in stmts]
    for stmt, (day, _) in zip(stmts, owns, strict=True):
        stmt.date = day
    for stmt, (day, dayless) in zip(stmts, owns, strict=True):
        if day is None and not dayless:
            stmt.date = inferred(ctx, stmts, stmt.speaker, stmt.evidence, (days, chain))
    for evt in evts:
        evt.date = event_date(ctx, stmts, evt, (days, told))


def inferred(ctx: Context, stmts: list[Statement], key: str, ev: Span,
             tables: tuple[list[str | None], list[str | None]], act: str = "") -> str | None:
    """The day of an undated act by an actor (named by the word ``act``, if an event): its
    earlier acts, its next statement's stated day, the report, its later acts."""
    days, chain = tables
    report = report_day(ctx, chain, ev.start)
    return (speaker_day(stmts, key, ev.start, True) or next_said(ctx, stmts, key, ev, report)
            or report
            or referred_day(ctx, days, ev.end, act) or speaker_day(stmts, key, ev.start, False)
            or mention_after(ctx, days, key, ev.end))


def event_date(ctx: Context, stmts: list[Statement], evt: Event,
               tables: tuple[list[str | None], list[str | None]]) -> str | None:
    """An event's day: its statement's when it is the act of saying, else its sentence's, its
    statement's, else carried as for a statement."""
    said = [s for s in stmts if s.evidence.start <= evt.trigger.start < s.evidence.end]
    said.sort(key=lambda s: s.cue.start != evt.trigger.start)
    if said and said[0].cue.start == evt.trigger.start:
        return said[0].date
    own = date_at(ctx, evt.evidence.start, evt.evidence.end, tables[0])
    if own or (said and said[0].date):
        return own or said[0].date
    text = unquoted(ctx, evt.evidence.start, evt.evidence.end, [])
    if vague(text, ctx.lang):
        return None
    if not evt.sources:
        return report_day(ctx, tables[1], evt.evidence.start)
    return inferred(ctx, stmts, evt.sources[0], evt.evidence, tables, evt.trigger.text.split()[0])
