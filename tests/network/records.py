"""Small hand-built article records, and a generated corpus, for the network tests."""

from __future__ import annotations

import random
from collections.abc import Iterable

from graph.config import DEFAULT_BASE_IRI
from graph.kb.rdf import article_graph
from graph.kb.store import Store
from graph.records import (
    PLOVER_TYPES,
    Actor,
    ActorType,
    Article,
    ArticleRecord,
    Event,
    Mention,
    QuoteForm,
    Span,
    Statement,
)

FIRST = (
    "Presiden Rusia Vladimir Putin mengatakan kepada wartawan bahwa NATO mengabaikan Rusia. "
    "Putin menuduh NATO. Menteri Luar Negeri AS Antony Blinken berbicara dengan Sergey Lavrov "
    "melalui telepon. Putin tidak mengancam Ukraina. Putin membantah bahwa Rusia menyerang "
    "Ukraina."
)
SECOND = (
    'Kelompok <Barat> & "Sekutu" mengecam NATO. Putin kembali menuduh NATO. Lavrov berkata '
    "kepada Blinken bahwa perundingan berlanjut. Rusia dan Côte d'Ivoire bertemu. Juru bicara "
    "itu menanggapi Putin."
)


def find(article: Article, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in the article text."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(needle, start + 1)
    return article.span(start, start + len(needle))


def actor(article: Article, key: str, name: str, type_: ActorType, *surface: str,
          **extra: object) -> Actor:
    """An actor mentioned at the first occurrence of each surface form."""
    mentions = [Mention(find(article, s)) for s in surface]
    return Actor(key, name, type_, mentions=mentions, **extra)  # type: ignore[arg-type]


def first_record() -> ArticleRecord:
    """Putin, NATO, Blinken and Lavrov: statements, an accusation, a phone call, a negation."""
    art = Article("net-1", FIRST, date="2022-02", publisher="IslamTimes")
    actors = [
        actor(art, "putin", "Vladimir Putin", ActorType.PERSON, "Vladimir Putin",
              aliases=["Putin"], job_titles=["Presiden Rusia"], affiliation="rusia",
              wikidata="Q7747"),
        actor(art, "rusia", "Rusia", ActorType.COUNTRY, "Rusia", wikidata="Q159"),
        actor(art, "nato", "NATO", ActorType.ORGANIZATION, "NATO", wikidata="Q7184"),
        actor(art, "blinken", "Antony Blinken", ActorType.PERSON, "Antony Blinken",
              job_titles=["Menteri Luar Negeri AS"]),
        actor(art, "lavrov", "Sergey Lavrov", ActorType.PERSON, "Sergey Lavrov"),
        actor(art, "ukraina", "Ukraina", ActorType.COUNTRY, "Ukraina", wikidata="Q212"),
    ]
    statements = [
        Statement("putin", find(art, "NATO mengabaikan Rusia"), find(art, "mengatakan"),
                  QuoteForm.INDIRECT, find(art, FIRST.split(". ")[0]), addressee="wartawan",
                  about=["nato", "rusia"], responds_to=["nato"], date="2022-02-01"),
        Statement("putin", find(art, "Rusia menyerang Ukraina"), find(art, "membantah"),
                  QuoteForm.INDIRECT, find(art, "Putin membantah bahwa Rusia menyerang Ukraina"),
                  about=["ukraina"], negated=True),
    ]
    events = [
        Event("ACCUSE", find(art, "menuduh"), find(art, "Putin menuduh NATO"),
              sources=["putin"], targets=["nato"]),
        Event("CONSULT", find(art, "berbicara"), find(art, "Antony Blinken berbicara"),
              sources=["blinken"], targets=["lavrov"], mode="phone", date="2022-02-01"),
        Event("THREATEN", find(art, "mengancam"), find(art, "Putin tidak mengancam Ukraina"),
              sources=["putin"], targets=["ukraina"], negated=True),
    ]
    return ArticleRecord(art, actors, statements, events)


def second_record() -> ArticleRecord:
    """Awkward names, a repeated accusation, a speech act to an actor, a reciprocal meeting."""
    art = Article("net-2", SECOND, date="2022-03-05", title='Barat & "Sekutu" <mengecam>')
    actors = [
        actor(art, "barat", 'Kelompok <Barat> & "Sekutu"', ActorType.GROUP,
              'Kelompok <Barat> & "Sekutu"'),
        actor(art, "nato", "NATO", ActorType.ORGANIZATION, "NATO", wikidata="Q7184"),
        actor(art, "putin", "Vladimir Putin", ActorType.PERSON, "Putin",
              affiliation="rusia", wikidata="Q7747"),
        actor(art, "lavrov", "Sergey Lavrov", ActorType.PERSON, "Lavrov"),
        actor(art, "blinken", "Antony Blinken", ActorType.PERSON, "Blinken"),
        actor(art, "rusia", "Rusia", ActorType.COUNTRY, "Rusia", wikidata="Q159"),
        actor(art, "civ", "Côte d'Ivoire", ActorType.COUNTRY, "Côte d'Ivoire"),
        actor(art, "jubir", "Juru bicara", ActorType.PERSON, "Juru bicara", local=True),
    ]
    statements = [
        Statement("lavrov", find(art, "perundingan berlanjut"), find(art, "berkata"),
                  QuoteForm.INDIRECT, find(art, "Lavrov berkata kepada Blinken"),
                  recipient="blinken"),
        Statement("jubir", find(art, "menanggapi Putin"), find(art, "menanggapi"),
                  QuoteForm.INDIRECT, find(art, "Juru bicara itu menanggapi Putin"),
                  responds_to=["putin"]),
    ]
    events = [
        Event("ACCUSE", find(art, "mengecam"), find(art, "mengecam NATO"),
              sources=["barat"], targets=["nato"]),
        Event("ACCUSE", find(art, "menuduh"), find(art, "Putin kembali menuduh NATO"),
              sources=["putin"], targets=["nato"], date="2022-03-04"),
        Event("CONSULT", find(art, "bertemu"), find(art, "Rusia dan Côte d'Ivoire bertemu"),
              sources=["rusia", "civ"]),
    ]
    return ArticleRecord(art, actors, statements, events)


def fill(store: Store, records: Iterable[ArticleRecord]) -> Store:
    """Put each record's article graph into the store."""
    for record in records:
        store.put_article(article_graph(record, DEFAULT_BASE_IRI), record.article.id)
    return store


NAMES = (
    "Joko Widodo", "Prabowo Subianto", "Retno Marsudi", "Anies Baswedan", "Ganjar Pranowo",
    "Sri Mulyani", "Luhut Pandjaitan", "Mahfud MD", "Erick Thohir", "Budi Gunadi",
    "Vladimir Putin", "Joe Biden", "Xi Jinping", "Volodymyr Zelensky", "Recep Erdoğan",
    "Emmanuel Macron", "Olaf Scholz", "Antonio Guterres", "Sergey Lavrov", "Antony Blinken",
)
ORGANISATIONS = ("NATO", "PBB", "ASEAN", "KPK", "DPR", "Uni Eropa", "WHO", "Hamas", "TNI", "Polri")
COUNTRIES = ("Indonesia", "Rusia", "Ukraina", "Amerika Serikat", "Tiongkok", "Israel",
             "Palestina", "Iran", "Turki", "Prancis", "Jerman", "Malaysia")
GROUPS = ("Barat", "mahasiswa", "warga", "oposisi")
CUES = ("mengatakan", "menyatakan", "menegaskan", "membantah", "menuduh")


def pool() -> list[tuple[str, ActorType]]:
    """Every generated actor name with its type."""
    return ([(n, ActorType.PERSON) for n in NAMES]
            + [(n, ActorType.ORGANIZATION) for n in ORGANISATIONS]
            + [(n, ActorType.COUNTRY) for n in COUNTRIES]
            + [(n, ActorType.GROUP) for n in GROUPS])


def generated_record(number: int, rng: random.Random) -> ArticleRecord:
    """One generated article: 3-6 actors, a few statements and events about them."""
    chosen = rng.sample(pool(), rng.randint(3, 6))
    sentences, offsets = [], []
    position = 0
    for name, _ in chosen:
        sentence = f"{name} hadir dalam pertemuan itu. "
        offsets.append(position)
        sentences.append(sentence)
        position += len(sentence)
    acts = [rng.sample(range(len(chosen)), 2) for _ in range(rng.randint(2, 6))]
    for speaker, other in acts:
        sentence = f"{chosen[speaker][0]} {rng.choice(CUES)} {chosen[other][0]} hari ini. "
        offsets.append(position)
        sentences.append(sentence)
        position += len(sentence)
    month, day = 1 + number % 12, 1 + number % 28
    art = Article(f"gen-{number:03d}", "".join(sentences), date=f"2023-{month:02d}-{day:02d}")
    countries = [i for i, (_, t) in enumerate(chosen) if t is ActorType.COUNTRY]
    actors = [
        Actor(f"a{i}", name, type_,
              mentions=[Mention(art.span(offsets[i], offsets[i] + len(name)))],
              affiliation=f"a{countries[0]}" if type_ is ActorType.PERSON and countries else None,
              job_titles=["Menteri"] if type_ is ActorType.PERSON and i % 2 else [])
        for i, (name, type_) in enumerate(chosen)
    ]
    statements, events = [], []
    for index, (speaker, other) in enumerate(acts):
        start = offsets[len(chosen) + index]
        sentence = sentences[len(chosen) + index].rstrip()
        evidence = art.span(start, start + len(sentence))
        cue_start = start + len(chosen[speaker][0]) + 1
        cue = art.span(cue_start, art.text.index(" ", cue_start))
        if index % 2:
            events.append(Event(rng.choice(PLOVER_TYPES), cue, evidence, sources=[f"a{speaker}"],
                                targets=[f"a{other}"], negated=rng.random() < 0.1))
        else:
            content = art.span(cue.end + 1, start + len(sentence) - 1)
            statements.append(Statement(
                f"a{speaker}", content, cue, QuoteForm.INDIRECT, evidence,
                recipient=f"a{other}" if rng.random() < 0.4 else None, about=[f"a{other}"],
                negated=cue.text == "membantah", date=art.date if rng.random() < 0.5 else None))
    return ArticleRecord(art, actors, statements, events)


def generated_corpus(size: int = 200, seed: int = 7) -> list[ArticleRecord]:
    """A deterministic corpus of generated articles."""
    rng = random.Random(seed)
    return [generated_record(number, rng) for number in range(size)]
