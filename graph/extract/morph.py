"""Indonesian affix analysis: candidate roots of a word form, so lexicons match affixed forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

T = TypeVar("T")

CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
SUFFIXES = ("kan", "an", "i")
NOMINAL_SUFFIXES = ("an",)


ACTIVE_PREFIX = re.compile(r"^(?:mem[bpf]|men[dtcjz]|meng[aiueogkh]|meny[aiueo]|me[lrwyn])")
"""The meN- prefix with the nasal its root's first sound takes (membeli, menunda, mengutuk)."""


def active_shape(word: str) -> bool:
    """Whether a lower-case word has the shape of an active verb (meN- + root)."""
    return bool(ACTIVE_PREFIX.match(word)) and len(word) > 5


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word: its root, prefix, suffix and clitic."""

    root: str
    prefix: str = ""
    suffix: str = ""
    clitic: str = ""

    @property
    def form(self) -> str:
        """T for transitive verb forms (meN-, di-, ter-, bare), B for ber-, N for -an nouns."""
        if self.suffix == "an":
            return "N" if self.prefix in ("", "pe", "per", "ke") else ""
        if self.prefix in ("ber", "be"):
            return "B"
        return "T" if self.prefix in ("", "me", "di", "ter", "memper", "diper") else ""

    @property
    def causative(self) -> bool:
        """A memper- or diper- verb: a word of its own, not a form of its root
        ("mempertahankan" defends, "menahan" detains)."""
        return self.prefix in ("memper", "diper")

    @property
    def passive(self) -> bool:
        """A passive verb (di-, ter-)."""
        return self.prefix in ("di", "ter")


def _nasal_roots(rest: str, nasal: str) -> list[str]:
    """Roots behind a meN-/peN- nasal: restore the dropped initial consonant."""
    if nasal == "m":
        return [rest, "p" + rest] if rest[:1] not in "bpf" else [rest]
    if nasal == "n":
        return [rest, "t" + rest] if rest[:1] not in "dcjtz" else [rest]
    if nasal == "ny":
        return ["s" + rest, "ny" + rest]
    if nasal == "ng":
        out = [rest]
        if rest[:1] in "aiueo":
            out.append("k" + rest)
        if rest.startswith("e") and len(rest) > 2:
            out.append(rest[1:])
        return out
    return [rest]


def _prefixed(word: str) -> list[tuple[str, str]]:
    """(prefix, rest) readings of a word's derivational prefix, the bare word first."""
    out = [("", word)]
    for prefix in ("memper", "diper", "per"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            out.append((prefix, word[len(prefix):]))
    for prefix in ("me", "pe"):
        if not word.startswith(prefix):
            continue
        rest = word[2:]
        out.append((prefix, rest))
        for nasal in ("ng", "ny", "m", "n"):
            if rest.startswith(nasal):
                out += [(prefix, r) for r in _nasal_roots(rest[len(nasal):], nasal)]
                break
    for prefix in ("di", "ber", "be", "ter", "ke", "se"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            out.append((prefix, word[len(prefix):]))
    return out


@cache
def analyses(word: str) -> tuple[Analysis, ...]:
    """Every affix reading of a word form, the least segmented first."""
    word = word.lower()
    seen: dict[str, Analysis] = {}
    bases = [("", word)]
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            bases.append((clitic, word[: -len(clitic)]))
    for clitic, base in bases:
        stems = [("", base)] + [
            (s, base[: -len(s)]) for s in SUFFIXES if base.endswith(s) and len(base) - len(s) >= 3
        ]
        for suffix, stem in stems:
            for prefix, root in _prefixed(stem):
                if len(root) >= 2 and root not in seen:
                    seen[root] = Analysis(root, prefix, suffix, clitic)
    return tuple(seen.values())


def roots(word: str) -> tuple[str, ...]:
    """Candidate roots of a word form."""
    return tuple(a.root for a in analyses(word))


ROOT_LEAST = 4
"""Letters a root shared by an act and the noun that names it again must have."""


def same_root(word: str, other: str) -> bool:
    """Whether two word forms share a root long enough to be one act ("Deklarasi",
    "mendeklarasikan")."""
    return any(len(r) >= ROOT_LEAST for r in set(roots(word.lower())) & set(roots(other.lower())))


def lookup(word: str, table: dict[str, T]) -> tuple[Analysis, T] | None:
    """The first reading of a word whose root is in a table, with the table's value."""
    for analysis in analyses(word):
        if analysis.root in table:
            return analysis, table[analysis.root]
    return None


def abstract_noun(word: str) -> bool:
    """Whether a word has the shape of a derived abstract noun (ke-an, peN-an, per-an:
    "Kekesalan", "Pernyataan"), which a name never has."""
    return any(a.suffix == "an" and a.prefix in ("ke", "pe", "per") and len(a.root) >= 4
               and not a.clitic for a in analyses(word))
