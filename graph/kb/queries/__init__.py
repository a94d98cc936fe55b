"""Named SPARQL queries shipped with the package; their parameters name actors.

Each ``.rq`` file starts with comment lines: a one-line description, then one
``# param NAME: help`` line per parameter, used in the query as ``$NAME`` (in a VALUES block).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from graph.kb.sparql import QueryError, Term, bind, term
from graph.kb.store import Store

PARAM_LINE = re.compile(r"#\s*param\s+(\w+)\s*:\s*(.*)")
ACTORS = """
SELECT DISTINCT ?actor WHERE {
  { ?actor rdfs:label|skos:altLabel ?name . FILTER(LCASE(STR(?name)) = LCASE(STR($value))) }
  UNION { ?actor schema:sameAs $value }
  UNION { VALUES ?actor { $value } FILTER EXISTS { ?actor a ng:Actor } }
}
"""


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped with the package."""

    name: str
    description: str
    params: dict[str, str]
    text: str


def parse_named(name: str, text: str) -> NamedQuery:
    """A named query from its file: description and parameters from the leading comments."""
    header = [line.strip() for line in text.splitlines() if line.startswith("#")]
    params = {m[1]: m[2] for m in map(PARAM_LINE.fullmatch, header) if m}
    return NamedQuery(name, header[0].lstrip("# ") if header else "", params, text)


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without ``.rq``)."""
    files = resources.files(__package__).iterdir()
    return {
        f.name.removesuffix(".rq"): parse_named(f.name.removesuffix(".rq"), f.read_text("utf-8"))
        for f in sorted(files, key=lambda f: f.name)
        if f.name.endswith(".rq")
    }


def actors(store: Store, value: str) -> list[Term]:
    """The stored actors a parameter names: by IRI, Wikidata IRI, label or alias (any case)."""
    found = store.query(bind(ACTORS, {"value": [term(value)]}))
    iris: list[Term] = [row["actor"] for row in found]
    if not iris:
        raise QueryError(f"no actor is named {value!r}")
    return iris


def prepare(store: Store, query: NamedQuery, params: Mapping[str, str]) -> str:
    """The query's text with every parameter bound to the actors it names."""
    unknown, missing = set(params) - set(query.params), set(query.params) - set(params)
    if unknown or missing:
        expected = ", ".join(query.params) or "none"
        raise QueryError(f"{query.name}: parameters expected: {expected}")
    return bind(query.text, {k: actors(store, v) for k, v in params.items()})
