"""Actor-to-actor relations aggregated per (source, relation, target), with their evidence.

Every direct triple comes from a statement or event of the same article whose agent is the
source: ``ng:speaksTo`` from a statement addressed to the target, ``ng:speaksAbout`` from a
statement about it, a PLOVER property from a non-negated event of that type towards the target
(or, with no targets, among its agents). ``ng:respondsTo`` has no link to the answering act in
the vocabulary, so its evidence is the source's acts in that article addressed to or about the
target, else all of the source's acts there. A triple with no matching act is evidenced by its
article.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graph.kb.vocabulary import NG, relation_properties
from graph.network.facts import ActFacts, Assertion, Facts

SPEAKS_TO, SPEAKS_ABOUT, RESPONDS_TO = str(NG.speaksTo), str(NG.speaksAbout), str(NG.respondsTo)


@dataclass(slots=True)
class Relation:
    """An aggregated edge: every act (or article) that evidences one relation between two actors."""

    source: str
    relation: str
    target: str
    evidence: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    negated: int = 0


def full_date(value: str) -> str:
    """An ``xsd:date`` for a date, year-month or year (the first day of the period)."""
    return value + "-01" * ((10 - len(value)) // 3)


def event_property(act: ActFacts) -> str | None:
    """The actor-to-actor property an event of this PLOVER type asserts."""
    prop = relation_properties().get(act.details.get("type", ""))
    return str(prop) if prop is not None else None


def involves(act: ActFacts, actor: str) -> bool:
    """Whether an act is addressed to, directed at or about an actor."""
    return actor in act.roles["recipient"] or actor in act.roles["about"]


def supports(act: ActFacts, assertion: Assertion) -> bool:
    """Whether an act of the assertion's source is evidence for the assertion."""
    target, relation = assertion.target, assertion.relation
    if act.kind == "statement":
        return (relation == SPEAKS_TO and target in act.roles["recipient"]) or (
            relation == SPEAKS_ABOUT and target in act.roles["about"]
        )
    targets = act.roles["recipient"] or act.roles["agent"]
    return not act.negated and relation == event_property(act) and target in targets


def evidence_for(assertion: Assertion, own_acts: list[ActFacts]) -> list[ActFacts]:
    """The acts, among the source's acts in the article, that evidence one assertion."""
    if assertion.relation == RESPONDS_TO:
        return [a for a in own_acts if involves(a, assertion.target)] or own_acts
    return [a for a in own_acts if supports(a, assertion)]


def act_date(act: ActFacts, facts: Facts) -> str | None:
    """An act's own time stamp, else its article's publication date."""
    article = facts.articles.get(act.article)
    return act.date or (article.date if article else None)


def relations(facts: Facts) -> list[Relation]:
    """Every relation between actors, aggregated over articles, sorted."""
    by_agent: dict[tuple[str, str], list[ActFacts]] = defaultdict(list)
    for act in sorted(facts.acts.values(), key=lambda a: a.iri):
        for agent in act.roles["agent"]:
            by_agent[act.article, agent].append(act)
    merged: dict[tuple[str, str, str], Relation] = {}
    for assertion in facts.assertions:
        key = (assertion.source, assertion.relation, assertion.target)
        relation = merged.setdefault(key, Relation(*key))
        acts = evidence_for(assertion, by_agent[assertion.article, assertion.source])
        if not acts and assertion.article not in relation.evidence:
            relation.evidence.add(assertion.article)
            article = facts.articles.get(assertion.article)
            relation.dates.extend([article.date] if article and article.date else [])
        for act in acts:
            if act.iri not in relation.evidence:
                relation.evidence.add(act.iri)
                relation.dates.extend(filter(None, [act_date(act, facts)]))
                relation.negated += act.negated
    return [merged[key] for key in sorted(merged)]
