"""Plain records: the contract between extraction and everything downstream.

Extraction produces an :class:`ArticleRecord`; the knowledge base turns it into RDF. Nothing
here knows about spaCy or RDF. Every character offset refers to :attr:`Article.text`, the
original text of the input file, so evidence can always be checked against the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ActorType(StrEnum):
    """What kind of agent an actor is (maps to schema.org classes and ng:Group)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    PLACE = "Place"
    GROUP = "Group"


class QuoteForm(StrEnum):
    """Whether a statement quotes the speaker's words or paraphrases them."""

    DIRECT = "Direct"
    INDIRECT = "Indirect"


PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text length does not match offsets {self.start}..{self.end}")


@dataclass(slots=True)
class Article:
    """One input article: its full original text and what is known about it."""

    id: str
    text: str
    body_start: int = 0
    date: str | None = None
    lang: str = "id"
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None

    @property
    def body(self) -> str:
        """The text the NLP pipeline reads (header markers and dateline left out)."""
        return self.text[self.body_start :]

    def span(self, start: int, end: int) -> Span:
        """The span of the original text between two offsets."""
        return Span(start, end, self.text[start:end])


@dataclass(slots=True)
class Mention:
    """One place in the text where an actor is referred to."""

    span: Span
    kind: str = "name"


@dataclass(slots=True)
class Actor:
    """A person, organisation, state, place or collective, unique within its article."""

    key: str
    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    job_titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    local: bool = False
    """True for an actor known only within its article (an unnamed speaker, a description)."""


@dataclass(slots=True)
class Statement:
    """An attributed act of communication with propositional content."""

    speaker: str
    content: Span
    cue: Span
    form: QuoteForm
    evidence: Span
    recipient: str | None = None
    addressee: str | None = None
    about: list[str] = field(default_factory=list)
    responds_to: list[str] = field(default_factory=list)
    negated: bool = False
    date: str | None = None


@dataclass(slots=True)
class Event:
    """A PLOVER-typed action of source actors towards target actors."""

    type: str
    trigger: Span
    evidence: Span
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    mode: str | None = None
    negated: bool = False
    date: str | None = None
    responds_to: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.type not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {self.type!r}")


@dataclass(slots=True)
class ArticleRecord:
    """Everything extracted from one article; actor keys are unique within it."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def actor(self, key: str) -> Actor:
        """The actor with this key."""
        for actor in self.actors:
            if actor.key == key:
                return actor
        raise KeyError(key)
