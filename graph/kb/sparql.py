"""Running SPARQL safely: parameters bound as RDF terms, syntax errors on one line."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pyoxigraph as ox

from graph.kb.store import QueryResult, Store
from graph.kb.vocabulary import PREFIXES

Term = ox.NamedNode | ox.BlankNode | ox.Literal
PLACEHOLDER = re.compile(r"\$([A-Za-z_]\w*)")
ABSOLUTE_IRI = re.compile(r"(https?|urn):\S+")
PREFIXED_NAME = re.compile(r"([A-Za-z][\w-]*):([\w.-]*)")
ERROR_POSITION = re.compile(r"error at (\d+):(\d+): ")
UPDATE = re.compile(
    r"^(?:\s|#[^\n]*\n|(?:PREFIX|BASE)\s[^>]*>)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


class QueryError(ValueError):
    """A query that cannot be run: malformed, or its parameters do not fit."""


def term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as a term: ``<IRI>``, an absolute IRI, ``ng:Name``, else a string."""
    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        if ABSOLUTE_IRI.fullmatch(value):
            return ox.NamedNode(value)
    except ValueError as err:
        raise QueryError(f"not an IRI: {value}: {err}") from err
    prefixed = PREFIXED_NAME.fullmatch(value)
    if prefixed and prefixed[1] in PREFIXES:
        return ox.NamedNode(str(PREFIXES[prefixed[1]]) + prefixed[2])
    return ox.Literal(value)


def bind(sparql: str, values: Mapping[str, Sequence[Term]]) -> str:
    """Replace each ``$name`` by its terms in SPARQL syntax (escaped, so never code)."""
    missing = set(values) - set(PLACEHOLDER.findall(sparql))
    if missing:
        raise QueryError(f"parameter not used by the query: {', '.join(sorted(missing))}")

    def replace(match: re.Match[str]) -> str:
        terms = values.get(match[1])
        return match[0] if terms is None else " ".join(str(t) for t in terms)

    return PLACEHOLDER.sub(replace, sparql)


def one_line(err: SyntaxError) -> str:
    """A parser error as one line: ``line L, column C: what was expected``."""
    message = " ".join(str(err).split())
    if "Prefix not found" in message:
        message = message.split(" expected", 1)[0] + " unknown prefix"
    message = ERROR_POSITION.sub(lambda m: f"line {m[1]}, column {m[2]}: ", message, count=1)
    return message if len(message) <= 200 else message[:199] + "…"


def run(store: Store, sparql: str) -> QueryResult:
    """Evaluate a query over the union of the article graphs; QueryError if malformed."""
    if UPDATE.match(sparql):
        raise QueryError("updates are refused: only SELECT, ASK, CONSTRUCT, DESCRIBE are run")
    try:
        return store.query(sparql)
    except SyntaxError as err:
        raise QueryError(one_line(err)) from err
