"""Records to RDF: one named graph per article, following the vocabulary contract."""

from __future__ import annotations

from itertools import permutations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from graph.kb.iris import Minter
from graph.kb.vocabulary import NG, NIF, SCHEMA, SEM, WD, bind_prefixes, relation_properties
from graph.records import Actor, ActorType, ArticleRecord, Event, QuoteForm, Span, Statement

ACTOR_CLASSES: dict[ActorType, URIRef] = {
    ActorType.PERSON: SCHEMA.Person,
    ActorType.ORGANIZATION: SCHEMA.Organization,
    ActorType.COUNTRY: SCHEMA.Country,
    ActorType.PLACE: SCHEMA.Place,
    ActorType.GROUP: NG.Group,
}
QUOTE_FORMS: dict[QuoteForm, URIRef] = {
    QuoteForm.DIRECT: NG.Direct,
    QuoteForm.INDIRECT: NG.Indirect,
}


def date_literal(value: str) -> Literal:
    """An ``xsd:date`` for YYYY-MM-DD, ``xsd:gYearMonth`` for YYYY-MM, ``xsd:gYear`` for YYYY."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value))
    if datatype is None:
        raise ValueError(f"not an ISO date: {value!r}")
    return Literal(value, datatype=datatype)


class ArticleGraph:
    """Builds the named graph of one article from its record."""

    def __init__(self, record: ArticleRecord, base: str) -> None:
        self.record = record
        self.mint = Minter(base, record.article)
        self.iri = URIRef(self.mint.article())
        self.graph = Graph(identifier=self.iri)
        bind_prefixes(self.graph)
        self.actor_iris = {a.key: URIRef(self.mint.actor(a)) for a in record.actors}

    def build(self) -> Graph:
        """Every triple of the article, actors, statements, events and evidence spans."""
        self.add_article()
        for actor in self.record.actors:
            self.add_actor(actor)
        for statement in self.record.statements:
            self.add_statement(statement)
        for event in self.record.events:
            self.add_event(event)
        return self.graph

    def add(self, s: URIRef | BNode, p: URIRef, o: URIRef | Literal | BNode) -> None:
        """Add one triple."""
        self.graph.add((s, p, o))

    def add_article(self) -> None:
        """The article as a schema:NewsArticle and NIF context."""
        article, iri = self.record.article, self.iri
        self.add(iri, RDF.type, SCHEMA.NewsArticle)
        self.add(iri, RDF.type, NIF.Context)
        self.add(iri, SCHEMA.identifier, Literal(article.id))
        self.add(iri, NIF.isString, Literal(article.text))
        self.add(iri, SCHEMA.inLanguage, Literal(article.lang))
        if article.date:
            self.add(iri, SCHEMA.datePublished, date_literal(article.date))
        for prop, value in (
            (SCHEMA.publisher, article.publisher),
            (SCHEMA.url, article.url),
            (SCHEMA.headline, article.title),
        ):
            if value:
                self.add(iri, prop, Literal(value))

    def add_span(self, span: Span, kind: URIRef = NIF.Phrase) -> URIRef:
        """An evidence span with its offsets and exact anchor text."""
        iri = URIRef(self.mint.span(span))
        self.add(iri, RDF.type, kind)
        self.add(iri, NIF.referenceContext, self.iri)
        self.add(iri, NIF.beginIndex, Literal(span.start, datatype=XSD.nonNegativeInteger))
        self.add(iri, NIF.endIndex, Literal(span.end, datatype=XSD.nonNegativeInteger))
        self.add(iri, NIF.anchorOf, Literal(span.text))
        return iri

    def add_actor(self, actor: Actor) -> None:
        """An actor with its class, labels, roles, affiliation, identity and mentions."""
        iri = self.actor_iris[actor.key]
        self.add(iri, RDF.type, NG.Actor)
        self.add(iri, RDF.type, ACTOR_CLASSES[actor.type])
        self.add(iri, RDFS.label, Literal(actor.name))
        for alias in actor.aliases:
            if alias != actor.name:
                self.add(iri, SKOS.altLabel, Literal(alias))
        for title in actor.job_titles:
            self.add(iri, SCHEMA.jobTitle, Literal(title))
        if actor.affiliation in self.actor_iris:
            self.add(iri, NG.affiliation, self.actor_iris[actor.affiliation])
        if actor.wikidata:
            self.add(iri, SCHEMA.sameAs, WD[actor.wikidata])
        for mention in actor.mentions:
            self.add(self.add_span(mention.span), NG.denotes, iri)

    def add_act(self, iri: URIRef, kind: URIRef, act: Statement | Event) -> None:
        """What statements and events share: class, negation, article, evidence, date."""
        self.add(iri, RDF.type, kind)
        self.add(iri, NG.negated, Literal(act.negated))
        self.add(iri, SCHEMA.isPartOf, self.iri)
        self.add(iri, PROV.wasDerivedFrom, self.add_span(act.evidence, NIF.Sentence))
        if act.date:
            self.add(iri, SEM.hasTimeStamp, date_literal(act.date))

    def add_statement(self, statement: Statement) -> None:
        """A statement, its attributes and the actor-to-actor shortcuts it implies."""
        iri = URIRef(self.mint.statement(statement))
        speaker = self.actor_iris[statement.speaker]
        self.add_act(iri, NG.Statement, statement)
        self.add(iri, SCHEMA.agent, speaker)
        self.add(iri, SCHEMA.text, Literal(statement.content.text))
        self.add(iri, NG.quoteForm, QUOTE_FORMS[statement.form])
        self.add(iri, NG.cue, Literal(statement.cue.text))
        if statement.addressee:
            self.add(iri, NG.addressee, Literal(statement.addressee))
        if statement.recipient:
            recipient = self.actor_iris[statement.recipient]
            self.add(iri, SCHEMA.recipient, recipient)
            self.add(speaker, NG.speaksTo, recipient)
        for key in statement.about:
            self.add(iri, SCHEMA.about, self.actor_iris[key])
            if key != statement.speaker:
                self.add(speaker, NG.speaksAbout, self.actor_iris[key])
        for key in statement.responds_to:
            self.add(speaker, NG.respondsTo, self.actor_iris[key])

    def add_event(self, event: Event) -> None:
        """An event, its arguments and one direct actor-to-actor triple per source and target."""
        iri = URIRef(self.mint.event(event))
        self.add_act(iri, NG.Event, event)
        self.add(iri, NG.eventType, NG[event.type])
        self.add(iri, NG.trigger, Literal(event.trigger.text))
        if event.mode:
            self.add(iri, NG.mode, Literal(event.mode))
        if event.place:
            self.add(iri, SCHEMA.location, self.actor_iris[event.place])
        sources = [self.actor_iris[k] for k in event.sources]
        targets = [self.actor_iris[k] for k in event.targets]
        for source in sources:
            self.add(iri, SCHEMA.agent, source)
        for target in targets:
            self.add(iri, SCHEMA.recipient, target)
        for key in event.responds_to:
            for source in sources:
                self.add(source, NG.respondsTo, self.actor_iris[key])
        if not event.negated:
            self.add_relations(event.type, sources, targets)

    def add_relations(self, type_: str, sources: list[URIRef], targets: list[URIRef]) -> None:
        """Direct triples per (source, target); a reciprocal event relates its sources pairwise."""
        prop = relation_properties()[type_]
        pairs = [(s, t) for s in sources for t in targets] if targets else permutations(sources, 2)
        for source, target in pairs:
            if source != target:
                self.add(source, prop, target)


def article_graph(record: ArticleRecord, base: str) -> Graph:
    """The named graph of one article (graph name = the article IRI)."""
    return ArticleGraph(record, base).build()
