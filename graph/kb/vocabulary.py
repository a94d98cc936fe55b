"""The newsgraph vocabulary: namespaces, prefixes and the PLOVER concept scheme."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from graph.config import NS

NG = Namespace(NS)
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "ng": NG,
    "schema": SCHEMA,
    "sem": SEM,
    "prov": Namespace(str(PROV)),
    "nif": NIF,
    "skos": Namespace(str(SKOS)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "dcterms": Namespace(str(DCTERMS)),
    "xsd": Namespace(str(XSD)),
    "wd": WD,
}


def sparql_prefixes() -> str:
    """PREFIX declarations for every namespace of the vocabulary."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def bind_prefixes(graph: Graph) -> None:
    """Bind the readable prefixes on a graph or dataset."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


@lru_cache(maxsize=1)
def vocabulary() -> Graph:
    """The vocabulary shipped with the package, parsed once."""
    text = resources.files("graph.kb").joinpath("vocabulary.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@lru_cache(maxsize=1)
def relation_properties() -> dict[str, URIRef]:
    """The actor-to-actor property for each PLOVER type, read from the vocabulary."""
    vocab = vocabulary()
    return {
        str(vocab.value(concept, SKOS.notation)): URIRef(prop)
        for concept, prop in vocab.subject_objects(NG.relationProperty)
    }
