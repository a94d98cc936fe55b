"""Day-precise dates of sentences: explicit dates, "Selasa (1/2)", weekdays, kemarin, hari ini."""

from __future__ import annotations

import re
from datetime import date, timedelta

from graph.extract.lexicon import alternation, time_forms, time_words, word_set

NUMERIC = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")
WORD = r"[A-Za-z']+"


def parse_iso(value: str | None) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of an ISO date or year-month (missing parts None)."""
    if not value:
        return None, None, None
    parts = [int(p) for p in value.split("-")[:3]]
    return tuple(parts + [None] * (3 - len(parts)))  # type: ignore[return-value]


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    """A date, or None when a part is missing or impossible."""
    if year is None:
        return None
    try:
        return date(year if year > 99 else 2000 + year, month, day)
    except ValueError:
        return None


def _masked(text: str, lang: str) -> str:
    """The text with report datelines ("dilansir Reuters, Sabtu (26/1)") and the start of a
    span ("sejak Senin pagi", "sejak 7 Oktober") blanked out: neither is the day it tells of."""
    kinds = time_words(lang)
    report = "|".join(w for w, (k, _) in kinds.items() if k == "report")
    if report:
        pattern = re.compile(
            rf"\b(?:{report})\b[^.\n]{{0,60}}?\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)")
        text = pattern.sub(_blank, text)
    since = alternation(word_set(lang, "since_preps"))
    days = alternation(word_set(lang, "day_words"))
    named = f"{_forms('weekday', lang)}|\\d{{1,2}}\\s+(?:{_forms('month', lang)})"
    return re.sub(rf"(?i)\b(?:{since})\s+(?:(?:{days})\s+)?(?:{named})\b(?:\s*\([\d/]+\))?",
                  _blank, text)


def _blank(m: re.Match[str]) -> str:
    """Spaces as long as a match."""
    return " " * len(m.group())


def explicit_dates(text: str, year: int | None, lang: str = "id") -> list[tuple[int, date]]:
    """Dates written with a day and month in a text, with their character offsets."""
    text = _masked(text, lang)
    kinds = time_words(lang)
    found = []
    for m in NUMERIC.finditer(text):
        y = int(m.group(3)) if m.group(3) else year
        d = _safe_date(y, int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
    for m in re.finditer(rf"\b(\d{{1,2}})\s+({WORD})(?:\s+(\d{{4}}))?", text):
        kind, value = kinds.get(m.group(2).lower(), ("", ""))
        if kind == "month":
            y = int(m.group(3)) if m.group(3) else year
            d = _safe_date(y, int(value), int(m.group(1)))
            if d:
                found.append((m.start(), d))
    return sorted(found, key=lambda x: x[0])


def anchor(article_date: str | None, body: str, lang: str = "id") -> date | None:
    """The reference day: the article date, or else the latest explicit date in the text."""
    year, month, day = parse_iso(article_date)
    if day:
        return date(year, month, day)  # type: ignore[arg-type]
    dates = [d for _, d in explicit_dates(body, year, lang)]
    return max(dates) if dates else None


def _weekday_before(ref: date, weekday: int) -> date:
    """The latest given weekday on or before a day."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _future(text: str, end: int, lang: str) -> bool:
    """Whether a future marker stands just around a time expression ("akan ... Senin",
    "Senin depan"); one marked "after" counts only after it ("di depan Gedung DPR, Senin")."""
    kinds = time_words(lang)
    before = re.findall(WORD, text[max(0, end - 40) : end].lower())
    after = re.findall(WORD, text[end : end + 15].lower())
    return any(kinds.get(w, ("",))[0] == "future" for w in after) or any(
        kinds.get(w, ("", ""))[0:2] == ("future", "") for w in before)


def sentence_date(
    text: str, article_date: str | None, ref: date | None, lang: str = "id",
    base: date | None = None,
) -> str | None:
    """The day a sentence talks about, as ISO, or None when the text gives no day; a day
    counted from the one told of before ("sehari sebelumnya") counts from `base`."""
    year = parse_iso(article_date)[0] or (ref.year if ref else None)
    dates = explicit_dates(text, year, lang)
    if dates:
        return dates[0][1].isoformat()
    cased = _masked(text, lang)
    masked = cased.lower()
    kinds = time_words(lang)
    counted = _offset(masked, "counted", lang)
    if base is not None and counted is not None:
        return (base + timedelta(days=counted)).isoformat()
    if ref is None:
        return None
    relative = _offset(masked, "relative", lang)
    if relative is not None:
        return (ref + timedelta(days=relative)).isoformat()
    preps = alternation(word_set(lang, "date_preps"))
    days = alternation(word_set(lang, "day_words"))
    for m in re.finditer(rf"\b(?:{preps}\s+)?(?:{days}\s+)?({WORD})\b", masked):
        kind, value = kinds.get(m.group(1), ("", ""))
        future = _future(masked, m.start(), lang)
        capital = cased[m.start(1)].isupper()
        if kind == "weekday" and _weekday_context(masked, m, lang, capital) and not future:
            return _weekday_before(ref, int(value)).isoformat()
    return None


def _offset(masked: str, kind: str, lang: str) -> int | None:
    """The days the longest time word of a kind in a lower-cased text counts ("kemarin" -1),
    or None."""
    kinds = time_words(lang)
    for form in sorted(time_forms(lang, kind), key=len, reverse=True):
        if re.search(rf"\b{re.escape(form)}\b", masked):
            return int(kinds[form][1])
    return None


def _weekday_context(text: str, m: re.Match[str], lang: str, capital: bool = False) -> bool:
    """Whether a weekday word is used as a day (after pada/hari/a comma, or before a date);
    Sunday ("Minggu", also "week") only with hari, a date or a part of the day, or capitalised
    after a comma or pada ("di New York, Minggu.")."""
    before = text[max(0, m.start() - 6) : m.start()]
    after = text[m.end() : m.end() + 8]
    word, days = m.group(1), word_set(lang, "day_words")
    parts = tuple(word_set(lang, "day_parts"))
    leads = alternation(word_set(lang, "date_preps") | days)
    led = bool(re.search(rf"(?:{leads}|,)\s*$", before + m.group(0)[: -len(word)]))
    if word in word_set(lang, "ambiguous_weekdays"):
        return any(d in m.group(0) for d in days) or "(" in after or \
            after.lstrip().startswith(parts) or (capital and led)
    return led or after.lstrip().startswith(
        ("(", ",", *word_set(lang, "weekday_followers"), *parts))


def _forms(kind: str, lang: str) -> str:
    """A regex alternation of the time words of one kind."""
    return "|".join(re.escape(w) for w, (k, _) in time_words(lang).items() if k == kind)


def vague(text: str, lang: str = "id") -> bool:
    """Whether a text places itself in time without a day ("pekan lalu", "baru-baru ini")."""
    forms = _forms("vague", lang)
    days = "".join(rf"(?<!{re.escape(d)} )" for d in sorted(word_set(lang, "day_words")))
    return bool(forms) and re.search(rf"{days}\b(?:{forms})\b", text.lower()) is not None


def shifts(text: str, lang: str = "id") -> bool:
    """Whether a sentence opens on another occasion ("Sebelumnya, ...", "Secara terpisah, ...",
    "Rusia sebelumnya memperingatkan ...")."""
    forms = _forms("shift", lang)
    return bool(forms) and re.match(rf"\s*(?:\S+\s+){{0,4}}(?:{forms})\b", text.lower()) is not None
