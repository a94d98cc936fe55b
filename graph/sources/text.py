"""Plain-text articles: a ``.txt`` file, its optional header lines and ``.meta.json`` sidecar."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from graph.records import Article
from graph.sources.errors import InputError, check_date

DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}){0,2})\s*\n?", re.IGNORECASE)
WORD = r"(?:[A-Z]|[a-z]+[A-Z])[\w.]*(?:-[\w.]+)*"
"""A capitalised word or a camel-case brand (iNews.id, detikNews, TRIBUN-TIMUR.COM)."""
NAME = rf"{WORD}(?:\s+{WORD}){{0,2}}"
DATELINE = re.compile(
    rf"\A((?:{NAME}\s*,\s*)?{NAME}(?:\s*\([\w. ]+\))?)(?:\s+-{{1,2}}|\s*\u2013|\s*\u2014)\s+(?=\S)"
)
BRAND = re.compile(r"\.\w|[a-z][A-Z]")


@dataclass(frozen=True, slots=True)
class Header:
    """What precedes an article's body: where the body starts, a marked date, the dateline's
    publisher and a headline line."""

    body_start: int
    date: str | None = None
    publisher: str | None = None
    headline: str | None = None


def parse_header(text: str) -> Header:
    """Where the body starts, the marked date, the dateline's publisher and the headline."""
    start, date, title = 0, None, None
    marker = DATE_MARKER.match(text)
    if marker:
        start, date = marker.end(), marker.group(1)
    start = skip_space(text, start)
    line = text[start:].split("\n", 1)[0]
    if "\n" in text[start:] and is_headline(line):
        title, start = line.strip(), skip_space(text, start + len(line))
    dateline = DATELINE.match(text[start:])
    if not dateline or not is_dateline(dateline.group(1)):
        return Header(start, date, None, title)
    return Header(start + dateline.end(), date, dateline_publisher(dateline.group(1)), title)


def skip_space(text: str, start: int) -> int:
    """The first offset from start that is no whitespace."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def is_headline(line: str) -> bool:
    """A headline: a line of three or more words in title case, at most a third of them lower
    case, with no sentence end ("Menlu Minta Penjelasan Serangan Bom KBRI di Yaman")."""
    words = re.findall(r"[^\W\d_][\w'\u2019.-]*", line)
    lower = sum(w[0].islower() for w in words)
    return len(words) >= 3 and words[0][0].isupper() and 3 * lower <= len(words) and \
        line.rstrip()[-1:] not in ".!?\"\u201d'"


def is_dateline(prefix: str) -> bool:
    """A dateline is one name, or names joined by a comma or a bracketed outlet."""
    return " " not in prefix or "," in prefix or "(" in prefix


def dateline_publisher(dateline: str) -> str:
    """The outlet named in a dateline (``Jakarta, CNN Indonesia``, ``TEMPO.CO, Jakarta``)."""
    parts = [p.strip(" )") for p in dateline.replace("(", ",").split(",") if p.strip(" )")]
    branded = [p for p in parts if BRAND.search(p)]
    return (branded or parts[-1:])[0]


def read_meta(path: Path) -> dict[str, str | None]:
    """The sidecar ``NAME.meta.json`` of a text file, if there is one."""
    meta_path = path.with_name(path.name.removesuffix(".txt") + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(meta_path, f"invalid JSON: {err}") from err
    if not isinstance(meta, dict):
        raise InputError(meta_path, "expected a JSON object")
    return meta


def read_text_file(path: Path) -> Article:
    """One article from a UTF-8 text file; offsets refer to the file's text."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(path, f"not UTF-8 text (byte {err.start})") from err
    except OSError as err:
        raise InputError(path, err.strerror or str(err)) from err
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(path, "empty article")
    header = parse_header(text)
    meta = read_meta(path)
    date = meta.get("published") or header.date
    check_date(path, date)
    return Article(
        id=path.name.removesuffix(".txt"),
        text=text,
        body_start=header.body_start,
        date=date,
        lang=meta.get("language") or "id",
        publisher=meta.get("outlet") or header.publisher,
        url=meta.get("url"),
        title=meta.get("title") or header.headline,
        source=str(path),
    )
