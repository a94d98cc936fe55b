"""The knowledge base: an Oxigraph store with one named graph per article.

Each article's graph also holds its build fingerprint (``<article> ng:fingerprint "..."``), so
that replacing or dropping the graph replaces or drops the fingerprint in the same
transaction. Exports and pushes leave that bookkeeping triple out (see :data:`BOOKKEEPING`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph

from graph.kb.vocabulary import NG, PREFIXES, SCHEMA

FINGERPRINT = ox.NamedNode(str(NG.fingerprint))
IDENTIFIER = ox.NamedNode(str(SCHEMA.identifier))
RDF_TYPE = ox.NamedNode(str(RDF.type))
BOOKKEEPING = frozenset({FINGERPRINT})
"""Predicates that belong to the store's bookkeeping, not to the knowledge graph."""

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

STATS_QUERY = """
SELECT
  (COUNT(DISTINCT ?article) AS ?articles)
  (COUNT(DISTINCT ?actor) AS ?actors)
  (COUNT(DISTINCT ?statement) AS ?statements)
  (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  { ?article a schema:NewsArticle }
  UNION { ?actor a ng:Actor }
  UNION { ?statement a ng:Statement }
  UNION { ?event a ng:Event }
}
"""
TRIPLES_QUERY = """
SELECT (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?p != ng:fingerprint) }
"""


class StoreError(OSError):
    """The store cannot be opened as asked (missing, or locked by another process)."""


class Store:
    """An on-disk (or, with no path, in-memory) Oxigraph store of article graphs."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.ox = open_oxigraph(self.path, read_only)

    def fingerprint(self, article_iri: str) -> str | None:
        """The fingerprint an article's graph was stored with, if it is stored."""
        node = ox.NamedNode(article_iri)
        for quad in self.ox.quads_for_pattern(node, FINGERPRINT, None, node):
            return quad.object.value
        return None

    def put_article(self, graph: Graph, fingerprint: str) -> None:
        """Replace an article's named graph and its fingerprint in one transaction."""
        name = ox.NamedNode(str(graph.identifier))
        triples = graph.serialize(format="nt")
        self.ox.update(
            f"DROP SILENT GRAPH {name} ;\n"
            f"INSERT DATA {{ GRAPH {name} {{\n{triples}\n"
            f"{name} {FINGERPRINT} {ox.Literal(fingerprint)} }} }}"
        )

    def remove_article(self, article_iri: str) -> bool:
        """Drop an article's graph (with its fingerprint); False if it was not stored."""
        node = ox.NamedNode(article_iri)
        if not self.ox.contains_named_graph(node):
            return False
        self.ox.update(f"DROP GRAPH {node}")
        return True

    def article_iri(self, key: str) -> str | None:
        """The IRI of the stored article whose ``schema:identifier`` (or IRI) is ``key``."""
        for quad in self.ox.quads_for_pattern(None, IDENTIFIER, ox.Literal(key), None):
            if quad.subject == quad.graph_name:
                return quad.subject.value
        try:
            return key if self.ox.contains_named_graph(ox.NamedNode(key)) else None
        except ValueError:  # not an IRI
            return None

    def articles(self) -> Iterator[str]:
        """The IRIs of the stored article graphs."""
        return (g.value for g in self.ox.named_graphs())

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of the article graphs (or of one) in reading order, bookkeeping left out."""
        for name in [graph] if graph is not None else sorted(self.articles()):
            node = ox.NamedNode(name)
            found = [
                q
                for q in self.ox.quads_for_pattern(None, None, None, node)
                if q.predicate not in BOOKKEEPING
            ]
            yield from sorted(found, key=reading_order)

    def union_triples(self) -> Iterator[ox.Triple]:
        """The union of the article graphs as a set, by subject IRI, ``rdf:type`` first."""
        for subject in sorted(self.subjects(), key=str):
            triples = {
                ox.Triple(subject, q.predicate, q.object)
                for q in self.ox.quads_for_pattern(subject, None, None, None)
                if q.predicate not in BOOKKEEPING
            }
            yield from sorted(triples, key=reading_order)

    def subjects(self) -> Iterator[ox.NamedNode | ox.BlankNode]:
        """Every distinct subject of the article graphs."""
        return (row["s"] for row in self.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }"))

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the union of all article graphs (vocabulary prefixes known)."""
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        return self.ox.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)

    def stats(self) -> dict[str, int]:
        """How many articles, actors, statements, events and triples (bookkeeping left out)."""
        counts = next(iter(self.query(STATS_QUERY)))
        triples = next(iter(self.query(TRIPLES_QUERY)))
        found = {v: int(counts[v].value) for v in ("articles", "actors", "statements", "events")}
        return found | {"triples": int(triples["triples"].value)}

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if self.path is not None and not self.read_only:
            self.ox.flush()

    def close(self) -> None:
        """Flush and release the on-disk store (its lock and files), even while an exception
        still refers to this object; the store cannot be used afterwards."""
        if getattr(self, "ox", None) is not None:
            self.flush()
            self.ox = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def reading_order(t: ox.Triple | ox.Quad) -> tuple[str, bool, str, str]:
    """Sort key of triples: by subject, its types first, then by predicate and object."""
    return (str(t.subject), t.predicate != RDF_TYPE, str(t.predicate), str(t.object))


def open_oxigraph(path: Path | None, read_only: bool) -> ox.Store:
    """Open (creating it if writable) the Oxigraph store at ``path``, in memory if None."""
    if path is None:
        return ox.Store()
    if read_only:
        if not (path / "CURRENT").is_file():
            raise StoreError("no store here (run `newsgraph build` first)")
        return ox.Store.read_only(str(path))
    path.mkdir(parents=True, exist_ok=True)
    try:
        return ox.Store(str(path))
    except OSError as err:
        if "lock" in str(err).lower():
            raise StoreError("the store is in use by another process") from err
        raise StoreError(str(err)) from err
