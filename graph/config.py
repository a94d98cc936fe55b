"""Configuration in one place: defaults, overridable by environment variables and CLI options."""

from __future__ import annotations

import os
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
