"""Configuration in one place: defaults, overridable by environment variables and CLI options."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_BASE_IRI = "https://w3id.org/newsgraph/id/"
NS = "https://w3id.org/newsgraph/ns#"
PACKAGE_DIR = Path(__file__).resolve().parent
LANG_DIR = PACKAGE_DIR / "lang"


@dataclass(frozen=True)
class Settings:
    """Run-time settings of newsgraph."""

    base_iri: str = field(
        default_factory=lambda: os.environ.get("NEWSGRAPH_BASE_IRI", DEFAULT_BASE_IRI)
    )
    store: Path = field(
        default_factory=lambda: Path(os.environ.get("NEWSGRAPH_STORE", ".newsgraph"))
    )
    seeds: Path = Path("seeds")
    exports: Path = Path("exports")
    default_lang: str = "id"


def lang_file(lang: str, name: str) -> Path:
    """The path of a per-language data file (lexicon, gazetteer) shipped with the package."""
    return LANG_DIR / lang / name


def lang_rows(lang: str, name: str) -> list[list[str]]:
    """The tab-separated rows of a per-language data file, without comments and blank lines."""
    path = lang_file(lang, name)
    if not path.exists():
        return []
    return [[cell.strip() for cell in line.split("\t")]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def lang_names(lang: str, name: str) -> list[tuple[str, ...]]:
    """The rows of a per-language list of well-known names (``people.tsv``,
    ``organisations.tsv``): each the canonical name, then its ``;``-separated aliases."""
    return [(row[0], *(a.strip() for a in ";".join(row[1:2]).split(";") if a.strip()))
            for row in lang_rows(lang, name)]


REDUPLICATED = re.compile(r"\b(\w)(\w*)-(\w)(\w*)\b")


def spellings(form: str) -> list[str]:
    """A name as written, then with the second half of each reduplicated word in the other
    case ("Negara-Negara" and "Negara-negara" are one spelling)."""
    def swap(m: re.Match[str]) -> str:
        first, rest, second, tail = m.groups()
        if (first + rest).lower() != (second + tail).lower():
            return m.group(0)
        other = second.lower() if second.isupper() else second.upper()
        return f"{first}{rest}-{other}{tail}"
    other = REDUPLICATED.sub(swap, form)
    return [form, other] if other != form else [form]


def lang_gazetteer(lang: str) -> list[dict]:
    """The gazetteer rows of a language, each alias in both spellings of its reduplicated
    words."""
    path = lang_file(lang, "gazetteer.jsonl")
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for row in rows:
        forms = [f for a in row.get("aliases") or () for f in spellings(a)]
        row["aliases"] = list(dict.fromkeys(forms + spellings(row["name"])[1:]))
    return rows
