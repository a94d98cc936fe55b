"""The knowledge base: an Oxigraph store with one named graph per article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph.kb.vocabulary import NG, PREFIXES

FINGERPRINT = ox.NamedNode(str(NG.fingerprint))
BOOKKEEPING = ox.NamedNode("urn:newsgraph:fingerprints")


class Store:
    """An on-disk (or, with no path, in-memory) Oxigraph store of article graphs."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
        self.path = Path(path) if path is not None else None
        self.ox = ox.Store(str(path)) if path is not None else ox.Store()

    def fingerprint(self, article_iri: str) -> str | None:
        """The fingerprint an article's graph was stored with, if it is stored."""
        node = ox.NamedNode(article_iri)
        for quad in self.ox.quads_for_pattern(node, FINGERPRINT, None, BOOKKEEPING):
            return quad.object.value
        return None

    def put_article(self, graph: Graph, fingerprint: str) -> None:
        """Replace an article's named graph in one transaction, recording its fingerprint."""
        name, book, mark = str(graph.identifier), BOOKKEEPING.value, FINGERPRINT.value
        triples = graph.serialize(format="nt")
        self.ox.update(
            f"DROP SILENT GRAPH <{name}> ;\n"
            f"DELETE WHERE {{ GRAPH <{book}> {{ <{name}> <{mark}> ?old }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{name}> {{\n{triples}\n}}\n"
            f'GRAPH <{book}> {{ <{name}> <{mark}> "{fingerprint}" }} }}'
        )

    def remove_article(self, article_iri: str) -> bool:
        """Drop an article's graph; False if it was not stored."""
        if not self.ox.contains_named_graph(ox.NamedNode(article_iri)):
            return False
        book, mark = BOOKKEEPING.value, FINGERPRINT.value
        self.ox.update(
            f"DROP GRAPH <{article_iri}> ;\n"
            f"DELETE WHERE {{ GRAPH <{book}> {{ <{article_iri}> <{mark}> ?old }} }}"
        )
        return True

    def articles(self) -> Iterator[str]:
        """The IRIs of the stored article graphs."""
        return (g.value for g in self.ox.named_graphs() if g != BOOKKEEPING)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the article graphs (bookkeeping left out)."""
        return (q for q in self.ox if q.graph_name != BOOKKEEPING)

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query over the union of all article graphs."""
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        return self.ox.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if self.path is not None:
            self.ox.flush()
