"""Records to RDF: the vocabulary contract on a hand-built record."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph.kb.rdf import article_graph
from graph.kb.vocabulary import NG, NIF, SCHEMA, SEM, WD, relation_properties
from graph.records import (
    PLOVER_TYPES,
    Actor,
    ActorType,
    Article,
    ArticleRecord,
    Event,
    QuoteForm,
    Statement,
)

BASE = "https://example.org/id/"
TEXT = (
    '"Kami siap," kata Presiden Ruritania Adam Novak kepada wartawan. '
    "Novak dan Ema Lind bertemu."
)


def record() -> ArticleRecord:
    article = Article(id="t1", text=TEXT, date="2023-05-02")
    novak = TEXT.index("Adam Novak")
    return ArticleRecord(
        article=article,
        actors=[
            Actor("novak", "Adam Novak", ActorType.PERSON, aliases=["Novak"],
                  job_titles=["Presiden Ruritania"], affiliation="rur",
                  wikidata="Q999999991"),
            Actor("rur", "Ruritania", ActorType.COUNTRY),
            Actor("lind", "Ema Lind", ActorType.PERSON),
        ],
        statements=[
            Statement("novak", article.span(1, 10), article.span(12, 16), QuoteForm.DIRECT,
                      article.span(0, novak + 26), addressee="wartawan", date="2023-05-02"),
        ],
        events=[
            Event("CONSULT", article.span(TEXT.index("bertemu"), len(TEXT) - 1),
                  article.span(TEXT.index("Novak dan"), len(TEXT)),
                  sources=["novak", "lind"], mode="meeting"),
        ],
    )


def test_actor_statement_and_event_follow_the_contract() -> None:
    g = article_graph(record(), BASE)
    art = URIRef(BASE + "article/t1")
    novak = URIRef(BASE + "actor/Q999999991")
    rur, lind = URIRef(BASE + "actor/Ruritania"), URIRef(BASE + "actor/Ema_Lind")
    assert g.identifier == art
    assert (art, SCHEMA.datePublished, Literal("2023-05-02", datatype=XSD.date)) in g
    assert {SCHEMA.Person, NG.Actor} <= set(g.objects(novak, RDF.type))
    assert (novak, SCHEMA.jobTitle, Literal("Presiden Ruritania")) in g
    assert (novak, NG.affiliation, rur) in g
    assert (novak, SCHEMA.sameAs, WD.Q999999991) in g
    assert (novak, SKOS.altLabel, Literal("Novak")) in g
    assert len(list(g.objects(novak, RDFS.label))) == 1

    [st] = g.subjects(RDF.type, NG.Statement)
    assert (st, SCHEMA.agent, novak) in g
    assert (st, NG.quoteForm, NG.Direct) in g
    assert (st, NG.addressee, Literal("wartawan")) in g
    assert (st, SEM.hasTimeStamp, Literal("2023-05-02", datatype=XSD.date)) in g

    [ev] = g.subjects(RDF.type, NG.Event)
    assert (ev, NG.eventType, NG.CONSULT) in g
    assert set(g.objects(ev, SCHEMA.agent)) == {novak, lind}
    assert (novak, NG.consultsWith, lind) in g and (lind, NG.consultsWith, novak) in g


def test_every_span_anchor_is_the_text_between_its_offsets() -> None:
    g = article_graph(record(), BASE)
    spans = list(g.subjects(NIF.referenceContext, None))
    assert spans
    for span in spans:
        begin = int(g.value(span, NIF.beginIndex))
        end = int(g.value(span, NIF.endIndex))
        assert str(g.value(span, NIF.anchorOf)) == TEXT[begin:end]


def test_same_record_gives_the_same_triples() -> None:
    first, second = article_graph(record(), BASE), article_graph(record(), BASE)
    assert set(first) == set(second)


def test_every_plover_type_has_a_relation_property() -> None:
    assert set(relation_properties()) == set(PLOVER_TYPES)
