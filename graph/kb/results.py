"""Query results as an aligned table, CSV, TSV or SPARQL 1.1 Results JSON; graphs as RDF."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from itertools import islice
from typing import Any, BinaryIO, TextIO

import pyoxigraph as ox

from graph.kb.store import QueryResult
from graph.kb.vocabulary import PREFIXES

Row = list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]
SOLUTION_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "table": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json": ox.RdfFormat.JSON_LD,
}
FORMATS = (*SOLUTION_FORMATS, "ttl", "nt")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class FormatError(ValueError):
    """The output format does not suit the kind of result."""


def write_result(result: QueryResult, fmt: str, out: BinaryIO, limit: int | None = None) -> None:
    """Write a SELECT, ASK, CONSTRUCT or DESCRIBE result in a format, at most ``limit`` rows."""
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise FormatError(f"a graph result is written as {', '.join(GRAPH_FORMATS)}")
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        ox.serialize(islice(result, limit), out, GRAPH_FORMATS[fmt], prefixes=prefixes)
        return
    if fmt not in SOLUTION_FORMATS:
        raise FormatError(f"a {'boolean' if isinstance(result, ox.QueryBoolean) else 'solution'}"
                          f" result is written as {', '.join(SOLUTION_FORMATS)}")
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        if isinstance(result, ox.QueryBoolean):
            write_boolean(bool(result), fmt, text)
        else:
            names = [v.value for v in result.variables]
            rows = ([s[n] for n in names] for s in islice(result, limit))
            WRITERS[fmt](names, rows, text)
    finally:
        text.detach()


def write_boolean(value: bool, fmt: str, out: TextIO) -> None:
    """An ASK answer: JSON per the results format, else ``true`` or ``false``."""
    if fmt == "json":
        json.dump({"head": {}, "boolean": value}, out)
        out.write("\n")
    else:
        out.write(f"{str(value).lower()}\n")


def write_table(names: list[str], rows: Iterable[Row], out: TextIO) -> None:
    """Aligned columns under a header and a rule, terms shortened with the vocabulary prefixes."""
    cells = [[shown(term) for term in row] for row in rows]
    widths = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
    for line in (names, ["-" * w for w in widths], *cells):
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(cells)} row{'' if len(cells) == 1 else 's'})\n")


def write_csv(names: list[str], rows: Iterable[Row], out: TextIO) -> None:
    """SPARQL 1.1 CSV: plain values, CRLF line ends."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([plain(term) for term in row] for row in rows)


def write_tsv(names: list[str], rows: Iterable[Row], out: TextIO) -> None:
    """SPARQL 1.1 TSV: ``?var`` header, terms in N-Triples syntax."""
    out.write("\t".join(f"?{n}" for n in names) + "\n")
    for row in rows:
        out.write("\t".join("" if term is None else str(term) for term in row) + "\n")


def write_json(names: list[str], rows: Iterable[Row], out: TextIO) -> None:
    """SPARQL 1.1 Query Results JSON."""
    bindings = [
        {n: term_json(t) for n, t in zip(names, row, strict=True) if t is not None} for row in rows
    ]
    results = {"head": {"vars": names}, "results": {"bindings": bindings}}
    json.dump(results, out, ensure_ascii=False)
    out.write("\n")


WRITERS = {"table": write_table, "csv": write_csv, "tsv": write_tsv, "json": write_json}


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict[str, Any]:
    """One RDF term in the SPARQL 1.1 Results JSON encoding."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = zip(("subject", "predicate", "object"), term, strict=True)
        return {"type": "triple", "value": {k: term_json(t) for k, t in parts}}
    encoded: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        encoded["xml:lang"] = term.language
    elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
        encoded["datatype"] = term.datatype.value
    return encoded


def plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    """A term's plain value: the IRI, the literal's text, ``_:id`` for a blank node."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode | ox.Triple):
        return str(term)
    return term.value


def shown(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    """A term for reading: prefixed IRIs, literal text on one line."""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    return " ".join(plain(term).split()) if isinstance(term, ox.Literal) else plain(term)


def shorten(iri: str) -> str:
    """``prefix:local`` for an IRI in a vocabulary namespace, else ``<iri>``."""
    for prefix, namespace in PREFIXES.items():
        local = iri.removeprefix(str(namespace))
        if local != iri and local.replace("_", "a").replace("-", "a").isalnum():
            return f"{prefix}:{local}"
    return f"<{iri}>"
