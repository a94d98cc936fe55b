"""Node ids that are valid XML NMTOKENs, readable, stable and unique, derived from IRIs."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import unquote

NAME_START = (
    ":A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
NAME_CHAR = NAME_START + r"\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
NMTOKEN = re.compile(f"[{NAME_CHAR}]+")
NOT_NAME_CHAR = re.compile(f"[^{NAME_CHAR}]+")
UNDERSCORES = re.compile("_{2,}")
KINDS = re.compile(r"/(actor|statement|event|article)/(.+)$")


def is_nmtoken(value: str) -> bool:
    """Whether a string is a valid XML NMTOKEN (what GraphML requires of ids)."""
    return NMTOKEN.fullmatch(value) is not None


def readable_id(iri: str) -> str:
    """``actor:Vladimir_Putin`` for ``<base>actor/Vladimir_Putin``; other characters: ``_``."""
    match = KINDS.search(iri)
    path = f"{match.group(1)}/{match.group(2)}" if match else iri
    token = NOT_NAME_CHAR.sub("_", unquote(path).replace("/", ":"))
    return UNDERSCORES.sub("_", token).strip("_") or "node"


def node_ids(iris: Iterable[str]) -> dict[str, str]:
    """A unique NMTOKEN id for each IRI; ids that would collide get a short hash of the IRI."""
    readable = {iri: readable_id(iri) for iri in sorted(set(iris))}
    counts = Counter(readable.values())
    return {
        iri: text if counts[text] == 1 else f"{text}.{hashlib.sha1(iri.encode()).hexdigest()[:8]}"
        for iri, text in readable.items()
    }
