"""Read one article's graph back from the store in the gold annotation's shape."""

from __future__ import annotations

from typing import Any

from graph.kb.store import Store

ACTORS = """
SELECT ?actor ?name ?class (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001f") AS ?aliases)
       (SAMPLE(?aff) AS ?affiliation)
WHERE { GRAPH <%(g)s> {
  ?actor a ng:Actor ; rdfs:label ?name ; a ?class .
  FILTER(?class != ng:Actor)
  OPTIONAL { ?actor skos:altLabel ?alias }
  OPTIONAL { ?actor ng:affiliation/rdfs:label ?aff }
} } GROUP BY ?actor ?name ?class ORDER BY ?name
"""
STATEMENTS = """
SELECT ?st ?speaker ?text ?form ?cue ?addressee ?recipient ?date ?negated
WHERE { GRAPH <%(g)s> {
  ?st a ng:Statement ; schema:agent/rdfs:label ?speaker ; schema:text ?text ;
      ng:quoteForm ?form ; ng:cue ?cue ; ng:negated ?negated .
  OPTIONAL { ?st ng:addressee ?addressee }
  OPTIONAL { ?st schema:recipient/rdfs:label ?recipient }
  OPTIONAL { ?st sem:hasTimeStamp ?date }
} } ORDER BY ?st
"""
EVENTS = """
SELECT ?ev (STRAFTER(STR(?concept), "#") AS ?type) ?trigger ?negated ?date ?place
       (GROUP_CONCAT(DISTINCT ?src; separator="\\u001f") AS ?sources)
       (GROUP_CONCAT(DISTINCT ?tgt; separator="\\u001f") AS ?targets)
WHERE { GRAPH <%(g)s> {
  ?ev a ng:Event ; ng:eventType ?concept ; ng:trigger ?trigger ; ng:negated ?negated .
  OPTIONAL { ?ev schema:agent/rdfs:label ?src }
  OPTIONAL { ?ev schema:recipient/rdfs:label ?tgt }
  OPTIONAL { ?ev sem:hasTimeStamp ?date }
  OPTIONAL { ?ev schema:location/rdfs:label ?place }
} } GROUP BY ?ev ?concept ?trigger ?negated ?date ?place ORDER BY ?ev
"""
TYPES = {
    "Person": "PERSON",
    "Organization": "ORG",
    "Country": "GPE",
    "Place": "LOC",
    "Group": "GROUP",
}


def rows(store: Store, query: str, graph: str) -> list[dict[str, str]]:
    """Solutions of a query over one article graph, as plain strings."""
    solutions = store.query(query % {"g": graph})
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]


def split(value: str | None) -> list[str]:
    """A GROUP_CONCAT value as a sorted list (SPARQL leaves the order of its parts open)."""
    return sorted(v for v in (value or "").split("\u001f") if v)


def system_annotation(store: Store, graph: str) -> dict[str, list[dict[str, Any]]]:
    """Actors, statements and events of one article, shaped like a gold file."""
    actors = [
        {
            "name": r["name"],
            "type": TYPES.get(r["class"].rsplit("/", 1)[-1].rsplit("#", 1)[-1], "OTHER"),
            "aliases": split(r.get("aliases")),
            "affiliation": r.get("affiliation"),
        }
        for r in rows(store, ACTORS, graph)
    ]
    statements = [
        {
            "speaker": r["speaker"],
            "addressee": r.get("recipient") or r.get("addressee"),
            "cue": r["cue"],
            "kind": "direct" if r["form"].endswith("Direct") else "indirect",
            "content": r["text"],
            "date": r.get("date"),
            "negated": r["negated"] == "true",
        }
        for r in rows(store, STATEMENTS, graph)
    ]
    events = [
        {
            "type": r["type"],
            "trigger": r["trigger"],
            "source": split(r.get("sources")),
            "target": split(r.get("targets")),
            "place": r.get("place"),
            "date": r.get("date"),
            "negated": r["negated"] == "true",
        }
        for r in rows(store, EVENTS, graph)
    ]
    return {"actors": actors, "statements": statements, "events": events}
