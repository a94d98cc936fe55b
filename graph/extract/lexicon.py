"""Per-language data files (cues, event predicates, titles, time words), loaded once and cached."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.config import lang_gazetteer, lang_names
from graph.config import lang_rows as rows


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting word: its root, its frame (verb, inverted, act, judge), whether it denies and the
    suffix its prefixed forms need ("" for any: menambahkan, not menambah)."""

    root: str
    frame: str
    negated: bool
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class EventEntry:
    """An event predicate: root, PLOVER type, allowed forms (T, B, N), required object roots and
    a required suffix ("" for any)."""

    root: str
    type: str
    form: str
    objects: tuple[str, ...]
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A gazetteer row: Wikidata QID, canonical name, label and the state it stands for."""

    qid: str
    name: str
    label: str
    aliases: tuple[str, ...]
    stands_for: str | None


@cache
def cues(lang: str) -> dict[str, Cue]:
    """Reporting cues by root."""
    table = {}
    for r in rows(lang, "speech_cues.tsv"):
        frame, _, suffix = r[1].partition(":")
        table[r[0]] = Cue(r[0], frame, r[2] == "1", suffix)
    return table


@cache
def events(lang: str) -> dict[str, tuple[EventEntry, ...]]:
    """Event predicates by root; entries with object constraints come first."""
    table: dict[str, list[EventEntry]] = {}
    for r in rows(lang, "events.tsv"):
        objects = tuple(r[3].split()) if len(r) > 3 else ()
        form, _, suffix = r[2].partition(":")
        table.setdefault(r[0], []).append(EventEntry(r[0], r[1], form, objects, suffix))
    return {k: tuple(sorted(v, key=lambda e: not e.objects)) for k, v in table.items()}


@cache
def titles(lang: str) -> frozenset[str]:
    """Role words and multiword titles, lower-cased."""
    return frozenset(r[0].lower() for r in rows(lang, "titles.txt"))


@cache
def title_words(lang: str) -> frozenset[str]:
    """Every single word that occurs in a title, lower-cased."""
    return frozenset(w.strip(",") for t in titles(lang) for w in t.split())


@cache
def title_heads(lang: str) -> frozenset[str]:
    """The first word of every title, lower-cased ("menteri", "juru", "ketua")."""
    return frozenset(t.split()[0] for t in titles(lang))


@cache
def title_expansions(lang: str) -> dict[str, str]:
    """Abbreviated titles and what they stand for, lower-cased ("menlu" -> "menteri luar
    negeri")."""
    return {r[0].lower(): r[1].lower() for r in rows(lang, "titles.txt") if len(r) > 1 and r[1]}


@cache
def offices(lang: str) -> dict[str, str]:
    """Titles and the head of the body each heads, lower-cased, longest title first
    ("menteri" -> "kementerian"; "" where the rest of the title names the body: "ketua")."""
    heads = {r[0].lower(): (r[1] if len(r) > 1 else "").lower() for r in rows(lang, "offices.tsv")}
    return dict(sorted(heads.items(), key=lambda o: -len(o[0])))


@cache
def ranks(lang: str) -> frozenset[str]:
    """Titles that only ever precede a person's name ("kombes", "jenderal"), lower-cased."""
    return frozenset(r[0].lower() for r in rows(lang, "titles.txt") if r[2:3] == ["rank"])


@cache
def pronouns(lang: str) -> dict[str, str]:
    """Personal pronouns and clitics with their number (sg, pl)."""
    return {r[0]: r[1] for r in rows(lang, "pronouns.tsv")}


@cache
def collectives(lang: str) -> frozenset[str]:
    """Heads of collective noun phrases, lower-cased."""
    return frozenset(r[0].lower() for r in rows(lang, "collectives.txt"))


@cache
def proper_collectives(lang: str) -> frozenset[str]:
    """Collectives written with a capital (Barat: the West), lower-cased: only so written."""
    return frozenset(r[0].lower() for r in rows(lang, "collectives.txt") if r[0][:1].isupper())


CALENDAR = frozenset({"weekday", "month"})
"""Kinds of time word that name a day of the week or a month."""


def calendar_word(word: str, lang: str) -> bool:
    """Whether a lower-cased word names a day of the week or a month ("ahad", "maret")."""
    return time_words(lang).get(word, ("",))[0] in CALENDAR


@cache
def time_words(lang: str) -> dict[str, tuple[str, str]]:
    """Time words by lower-cased form: (kind, value)."""
    return {r[0]: (r[1], r[2] if len(r) > 2 else "") for r in rows(lang, "time_words.tsv")}


@cache
def time_forms(lang: str, kind: str) -> frozenset[str]:
    """The time words of one kind ("shift": "sebelumnya"; "counted": "sehari sebelumnya")."""
    return frozenset(w for w, (k, _) in time_words(lang).items() if k == kind)


@cache
def function_words(lang: str) -> dict[str, str]:
    """Function words by lower-cased form with their role (prep, stop, conj, neg, modal ...)."""
    return {r[0]: r[1] for r in rows(lang, "function_words.tsv")}


@cache
def intentions(lang: str) -> frozenset[str]:
    """Words of intention ("akan", "berencana", "rencana"): role or third column intent."""
    return frozenset(r[0] for r in rows(lang, "function_words.tsv") if "intent" in r[1:3])


@cache
def alternatives(lang: str) -> frozenset[str]:
    """Conjunctions joining two names of one thing ("atau"): third column alt."""
    return frozenset(r[0] for r in rows(lang, "function_words.tsv") if r[2:3] == ["alt"])


@cache
def words_with_role(lang: str, role: str) -> frozenset[str]:
    """The function words that have one role."""
    return frozenset(w for w, r in function_words(lang).items() if r == role)


@cache
def word_sets(lang: str) -> dict[str, frozenset[str]]:
    """Closed sets of function words and heads by name (``word_sets.tsv``)."""
    return {r[0]: frozenset(w.strip() for w in r[1].split(", "))
            for r in rows(lang, "word_sets.tsv")}


def longest_first(phrases: set[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples ordered for matching: the longest first."""
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def phrase_set(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """A named word set's phrases as lower-cased word tuples, the longest first."""
    return longest_first({tuple(p.lower().split()) for p in word_set(lang, name)})


def word_set(lang: str, name: str) -> frozenset[str]:
    """One named word set; a name the language's data lacks is an error that names the file."""
    try:
        return word_sets(lang)[name]
    except KeyError:
        raise KeyError(f"{lang}/word_sets.tsv has no set {name!r}") from None


def alternation(words: frozenset[str]) -> str:
    """A regex group matching any one of some words."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words)) + ")"


@cache
def buildings(lang: str) -> frozenset[str]:
    """Words naming a building after the institution it houses, lower-cased."""
    return frozenset(r[0].lower() for r in rows(lang, "buildings.txt"))


@cache
def organisations(lang: str) -> frozenset[str]:
    """Names and aliases of well-known non-state organisations (organisations.tsv)."""
    return frozenset(form for row in lang_names(lang, "organisations.tsv") for form in row)


@cache
def known_names(lang: str) -> dict[str, str]:
    """Every lower-cased form of a well-known person or organisation (people.tsv,
    organisations.tsv) with its canonical name ("cak imin" -> "Muhaimin Iskandar")."""
    rows_ = lang_names(lang, "people.tsv") + lang_names(lang, "organisations.tsv")
    return {form.lower(): row[0] for row in rows_ for form in row}


@cache
def charge_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """Words and phrases that accuse the party named beside them, as lower-cased word tuples,
    the longest first (charges.txt)."""
    return longest_first({tuple(r[0].lower().split()) for r in rows(lang, "charges.txt")
                          if r[1:2] != ["topic"]})


@cache
def praise_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """Words and phrases that commend the party named beside them, as lower-cased word tuples,
    the longest first (praises.txt)."""
    return longest_first({tuple(r[0].lower().split()) for r in rows(lang, "praises.txt")})


@cache
def charge_topics(lang: str) -> frozenset[str]:
    """Words before a charge that make it a topic, not an accusation ("kasus", "dugaan")."""
    return frozenset(r[0].lower() for r in rows(lang, "charges.txt") if r[1:2] == ["topic"])


@cache
def areas(lang: str) -> frozenset[str]:
    """Common nouns of areas and borders, lower-cased (areas.txt)."""
    return frozenset(r[0].lower() for r in rows(lang, "areas.txt"))


@cache
def place_heads(lang: str) -> frozenset[str]:
    """Words that head a place name without being part of it, lower-cased (place_heads.txt)."""
    return frozenset(r[0].lower() for r in rows(lang, "place_heads.txt"))


@cache
def weapons(lang: str) -> frozenset[str]:
    """Weapons, whose possessor is the side that uses them (weapons.txt)."""
    return frozenset(r[0].lower() for r in rows(lang, "weapons.txt"))


@cache
def belongings(lang: str) -> frozenset[str]:
    """Nouns of what belongs to a state or party and, possessed, stands for it (belongings.txt)."""
    return frozenset(r[0].lower() for r in rows(lang, "belongings.txt"))


@cache
def gatherings(lang: str) -> frozenset[str]:
    """Words naming a summit or conference before its name, lower-cased (gatherings.txt)."""
    return frozenset(r[0].lower() for r in rows(lang, "gatherings.txt"))


@cache
def documents(lang: str) -> frozenset[str]:
    """Words heading the name of a law, bill or regulation, lower-cased (documents.txt)."""
    return frozenset(r[0].lower() for r in rows(lang, "documents.txt"))


@cache
def event_kinds(lang: str) -> frozenset[str]:
    """Words saying what kind an event noun is, before its agent (event_kinds.txt)."""
    return frozenset(r[0].lower() for r in rows(lang, "event_kinds.txt"))


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Tokens ending in a period that do not end a sentence."""
    return frozenset(r[0] for r in rows(lang, "abbreviations.txt"))


@cache
def gazetteer(lang: str) -> tuple[GazetteerEntry, ...]:
    """The gazetteer rows (empty until the file exists)."""
    return tuple(
        GazetteerEntry(row["qid"], row["name"], row.get("label", "ORG"),
                       tuple(row["aliases"]), row.get("stands_for"))
        for row in lang_gazetteer(lang))


@cache
def province_forms(lang: str) -> dict[str, str]:
    """Full province names by their abbreviations, lower-cased ("sumut" -> "sumatera utara")."""
    return {r[0].lower(): r[1].lower() for r in rows(lang, "province_abbreviations.tsv")}


@cache
def body_forms(lang: str) -> dict[str, str]:
    """Full words of the kinds of regional bodies by their abbreviations, lower-cased ("polda"
    -> "kepolisian daerah")."""
    return {r[0].lower(): r[1].lower() for r in rows(lang, "body_abbreviations.tsv")}


@cache
def name_form(name: str, lang: str) -> str:
    """A name lower-cased with abbreviated bodies and provinces written out, for comparing two
    names of one body ("Polda Sumut" ~ "Kepolisian Daerah Sumatera Utara")."""
    forms = province_forms(lang) | body_forms(lang)
    return " ".join(forms.get(w, w) for w in name.lower().split())


@cache
def seats(lang: str) -> dict[str, tuple[str, ...]]:
    """The organisations seated in a capital, by the capital's QID, in order of precedence."""
    out: dict[str, tuple[str, ...]] = {}
    for r in rows(lang, "seats.tsv"):
        out[r[0]] = (*out.get(r[0], ()), r[1])
    return out


@cache
def gazetteer_index(lang: str) -> dict[str, GazetteerEntry]:
    """Gazetteer entries by every name and alias (case kept: acronyms are case-sensitive)."""
    index: dict[str, GazetteerEntry] = {}
    for entry in gazetteer(lang):
        for form in (entry.name, *entry.aliases):
            index.setdefault(form, entry)
    return index


@cache
def gazetteer_by_qid(lang: str) -> dict[str, GazetteerEntry]:
    """Gazetteer entries by QID."""
    return {e.qid: e for e in gazetteer(lang)}


@cache
def obligations(lang: str) -> frozenset[str]:
    """Words of obligation ("harus", "perlu"): what someone must do (obligations.txt)."""
    return frozenset(r[0] for r in rows(lang, "obligations.txt"))


@cache
def regions(lang: str) -> frozenset[str]:
    """Places that never act: world regions, seas, provinces, cities (regions.txt)."""
    return frozenset(r[0] for r in rows(lang, "regions.txt"))


@cache
def home_state(lang: str) -> GazetteerEntry | None:
    """The state an unqualified "government" of the language's press is (home_state.txt)."""
    names = [r[0] for r in rows(lang, "home_state.txt")]
    return gazetteer_index(lang).get(names[0]) if names else None


@cache
def org_words(lang: str) -> frozenset[str]:
    """Head words of organisation names, lower-cased."""
    return frozenset(r[0].lower() for r in rows(lang, "org_words.txt"))


@cache
def org_expansions(lang: str) -> dict[str, str]:
    """Abbreviated organisation head words and what they stand for, lower-cased ("kemhan" ->
    "kementerian pertahanan")."""
    return {r[0].lower(): r[1].lower() for r in rows(lang, "org_words.txt") if r[1:2]}
