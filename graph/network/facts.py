"""What the store says about actors, acts, articles and actor-to-actor relations (SPARQL)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.kb.store import Store
from graph.kb.vocabulary import NG, SCHEMA, relation_properties

ACTOR_TYPES = ("Person", "Organization", "Country", "Place", "Group")

ACTORS = """
SELECT DISTINCT ?actor ?g ?label ?class WHERE {
  GRAPH ?g { ?actor a ng:Actor ; a ?class ; rdfs:label ?label }
  VALUES ?class { schema:Person schema:Organization schema:Country schema:Place ng:Group }
}"""
ACTOR_VALUES = """
SELECT DISTINCT ?actor ?key ?value WHERE {
  ?actor a ng:Actor .
  { ?actor schema:jobTitle ?value BIND("job_title" AS ?key) }
  UNION { ?actor ng:affiliation ?aff . ?aff rdfs:label ?value BIND("country" AS ?key) }
  UNION { ?actor schema:sameAs ?value BIND("wikidata" AS ?key) }
}"""
MENTIONS = """
SELECT ?actor (COUNT(DISTINCT ?span) AS ?n) WHERE { ?span ng:denotes ?actor } GROUP BY ?actor"""
ARTICLES = """
SELECT DISTINCT ?article ?id ?date ?headline ?publisher ?url WHERE {
  ?article a schema:NewsArticle .
  OPTIONAL { ?article schema:identifier ?id }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:publisher ?publisher . FILTER(isLiteral(?publisher)) }
  OPTIONAL { ?article schema:url ?url }
}"""
ACTS = """
SELECT DISTINCT ?act ?class ?article ?type ?negated ?date ?text ?form ?cue ?addressee ?trigger ?mode
WHERE {
  VALUES ?class { ng:Statement ng:Event }
  ?act a ?class ; schema:isPartOf ?article .
  OPTIONAL { ?act ng:eventType ?type }
  OPTIONAL { ?act ng:negated ?negated }
  OPTIONAL { ?act sem:hasTimeStamp ?date }
  OPTIONAL { ?act schema:text ?text }
  OPTIONAL { ?act ng:quoteForm ?form }
  OPTIONAL { ?act ng:cue ?cue }
  OPTIONAL { ?act ng:addressee ?addressee }
  OPTIONAL { ?act ng:trigger ?trigger }
  OPTIONAL { ?act ng:mode ?mode }
}"""
ROLES = """
SELECT DISTINCT ?act ?role ?actor WHERE {
  VALUES ?role { schema:agent schema:recipient schema:about }
  ?act ?role ?actor ; schema:isPartOf ?article .
}"""
RELATIONS = """
SELECT DISTINCT ?g ?s ?p ?o WHERE {{
  VALUES ?p {{ {properties} }}
  GRAPH ?g {{ ?s ?p ?o }}
}}"""
ROLE_NAMES = {str(SCHEMA.agent): "agent", str(SCHEMA.recipient): "recipient",
              str(SCHEMA.about): "about"}
SPEECH_RELATIONS = (NG.speaksTo, NG.speaksAbout, NG.respondsTo)


@dataclass(slots=True)
class ActorFacts:
    """An actor as the article graphs describe it (possibly in several articles)."""

    iri: str
    labels: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    values: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    mentions: int = 0


@dataclass(slots=True)
class ArticleFacts:
    """An article's metadata."""

    iri: str
    identifier: str | None = None
    date: str | None = None
    headline: str | None = None
    publisher: str | None = None
    url: str | None = None


@dataclass(slots=True)
class ActFacts:
    """A statement or an event, with its actors by role."""

    iri: str
    kind: str
    article: str
    details: dict[str, str] = field(default_factory=dict)
    negated: bool = False
    date: str | None = None
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


@dataclass(frozen=True, slots=True, order=True)
class Assertion:
    """One direct actor-to-actor triple in one article graph."""

    article: str
    source: str
    relation: str
    target: str


@dataclass(slots=True)
class Facts:
    """Everything the projection needs, read from the store."""

    actors: dict[str, ActorFacts]
    articles: dict[str, ArticleFacts]
    acts: dict[str, ActFacts]
    assertions: list[Assertion]


def rows(store: Store, sparql: str) -> Iterator[dict[str, str]]:
    """The solutions of a SELECT query as plain strings (unbound variables left out)."""
    solutions = store.query(sparql)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield {n: t.value for n in names if (t := solution[n]) is not None}


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def relation_iris() -> list[str]:
    """Every actor-to-actor property: one per PLOVER type plus the speech relations."""
    return sorted({str(p) for p in relation_properties().values()} |
                  {str(p) for p in SPEECH_RELATIONS})


def read_actors(store: Store) -> dict[str, ActorFacts]:
    """Actors with their labels, classes, articles, roles, affiliations and mention counts."""
    actors: dict[str, ActorFacts] = {}
    for row in rows(store, ACTORS):
        actor = actors.setdefault(row["actor"], ActorFacts(row["actor"]))
        actor.labels[row["label"]] += 1
        actor.types[local_name(row["class"])] += 1
        actor.articles.add(row["g"])
    for row in rows(store, ACTOR_VALUES):
        if row["actor"] in actors:
            value = local_name(row["value"]) if row["key"] == "wikidata" else row["value"]
            actors[row["actor"]].values[row["key"]].add(value)
    for row in rows(store, MENTIONS):
        if row["actor"] in actors:
            actors[row["actor"]].mentions = int(row["n"])
    return actors


def read_articles(store: Store) -> dict[str, ArticleFacts]:
    """Every article's identifier, date, headline, publisher and URL."""
    return {
        row["article"]: ArticleFacts(
            row["article"], row.get("id"), row.get("date"), row.get("headline"),
            row.get("publisher"), row.get("url"),
        )
        for row in rows(store, ARTICLES)
    }


def read_acts(store: Store) -> dict[str, ActFacts]:
    """Statements and events with their details and the actors in each role."""
    acts: dict[str, ActFacts] = {}
    for row in rows(store, ACTS):
        act = acts.setdefault(
            row["act"], ActFacts(row["act"], local_name(row["class"]).lower(), row["article"])
        )
        act.negated = act.negated or row.get("negated") == "true"
        act.date = min(filter(None, (act.date, row.get("date"))), default=None)
        for key in ("type", "text", "form", "cue", "addressee", "trigger", "mode"):
            if key in row:
                act.details[key] = local_name(row[key]) if key in ("type", "form") else row[key]
    for row in rows(store, ROLES):
        if row["act"] in acts:
            acts[row["act"]].roles[ROLE_NAMES[row["role"]]].add(row["actor"])
    return acts


def read_assertions(store: Store) -> list[Assertion]:
    """Every direct actor-to-actor triple, with the article graph that asserts it."""
    properties = " ".join(f"<{p}>" for p in relation_iris())
    return sorted(
        Assertion(row["g"], row["s"], row["p"], row["o"])
        for row in rows(store, RELATIONS.format(properties=properties))
    )


def read_facts(store: Store) -> Facts:
    """Read everything the network projection needs from the store."""
    return Facts(read_actors(store), read_articles(store), read_acts(store),
                 read_assertions(store))
