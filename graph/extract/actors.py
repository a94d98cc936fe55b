"""Actors: entities and gazetteer names, titles split from names, metonyms, descriptions."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from graph.extract.clauses import (
    QUOTE_MARKS,
    abbreviated,
    bracketed_acronym,
    field_joint,
    is_verb,
    role_modifier,
    vague_quantity,
)
from graph.extract.lexicon import (
    GazetteerEntry,
    alternation,
    areas,
    buildings,
    calendar_word,
    collectives,
    cues,
    documents,
    events,
    function_words,
    gatherings,
    gazetteer,
    gazetteer_by_qid,
    gazetteer_index,
    home_state,
    known_names,
    name_form,
    offices,
    org_expansions,
    org_words,
    organisations,
    place_heads,
    province_forms,
    ranks,
    regions,
    seats,
    time_words,
    title_words,
    titles,
    word_set,
    words_with_role,
)
from graph.extract.morph import lookup
from graph.records import Actor, ActorType, Article, Mention

AGENTS = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP})
"""Actor types that can act or speak."""
LABELS = {
    "PER": ActorType.PERSON, "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANIZATION, "ORGANIZATION": ActorType.ORGANIZATION,
    "GPE": ActorType.COUNTRY, "LOC": ActorType.PLACE, "LOCATION": ActorType.PLACE,
}
GAZ_TYPES = {"GPE": ActorType.COUNTRY, "ORG": ActorType.ORGANIZATION, "LOC": ActorType.PLACE}


def normalize(text: str) -> str:
    """NFC text with runs of whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def slug(name: str) -> str:
    """A key for a canonical name."""
    return re.sub(r"[^\w]+", "-", normalize(name).lower()).strip("-")


@dataclass(slots=True)
class Table:
    """The actors of one article and where each is mentioned (body character offsets)."""

    lang: str
    actors: dict[str, Actor] = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    skip: list[tuple[int, int]] = field(default_factory=list)

    def skipped(self, start: int) -> bool:
        """Whether an offset lies in a dateline, a media citation or an abbreviation of common
        words ("PSU")."""
        return any(s <= start < e for s, e in self.skip)

    def add(self, name: str, type_: ActorType, wikidata: str | None = None,
            local: bool = False) -> str:
        """The key of the actor with this canonical name, created if new."""
        key = wikidata or slug(name)
        if key not in self.actors:
            self.actors[key] = Actor(key, normalize(name), type_, wikidata=wikidata, local=local)
        return key

    def mention(self, key: str, start: int, end: int, surface: str) -> None:
        """Record a mention of an actor and its surface form as an alias."""
        actor = self.actors[key]
        surface = normalize(surface)
        if surface and surface != actor.name and surface not in actor.aliases:
            actor.aliases.append(surface)
        if (start, end, key) not in self.spans:
            self.spans.append((start, end, key))

    def drop_within(self, ranges: list[tuple[int, int]], keep: str,
                    kind: ActorType | None = None) -> None:
        """Forget the actors (of one kind, if given) other than one mentioned only inside
        offset ranges: pieces of a longer name, or a role's words taken for a name
        ("Kepala Dinas Pekerjaan Umum [Batu Lintang], Rusdi Halim")."""
        def inside(s: int, e: int) -> bool:
            return any(a <= s and e <= b for a, b in ranges)

        for key in [k for k in dict.fromkeys(k for s, e, k in sorted(self.spans) if inside(s, e))
                    if k != keep]:
            if (kind is None or self.actors[key].type == kind) and \
                    all(inside(s, e) for s, e, k in self.spans if k == key):
                del self.actors[key]
                self.spans = [m for m in self.spans if m[2] != key]
                for actor in self.actors.values():
                    if actor.affiliation == key:
                        actor.affiliation = keep

    def at(self, start: int, end: int) -> str | None:
        """The actor mentioned by the longest known span inside an offset range."""
        inside = [s for s in self.spans if start <= s[0] and s[1] <= end]
        return max(inside, key=lambda s: s[1] - s[0])[2] if inside else None

    def around(self, start: int, end: int) -> str | None:
        """The actor mentioned by the shortest known span holding an offset range."""
        holding = [s for s in self.spans if s[0] <= start and end <= s[1]]
        return min(holding, key=lambda s: s[1] - s[0])[2] if holding else None

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions inside an offset range, in text order, those nested in a longer one left
        out."""
        inside = sorted(s for s in self.spans if start <= s[0] and s[1] <= end)
        return [s for s in inside if not any(o[0] <= s[0] and s[1] <= o[1] and o[:2] != s[:2]
                                             for o in inside)]

    def by_name(self, name: str) -> str | None:
        """The actor whose name or alias is this text (case-insensitive, provinces abbreviated
        or not)."""
        wanted = name_form(normalize(name), self.lang)
        for key, actor in self.actors.items():
            if any(wanted == name_form(n, self.lang) for n in (actor.name, *actor.aliases)):
                return key
        return None


@cache
def _gazetteer_pattern(lang: str) -> re.Pattern[str] | None:
    """One regex over every gazetteer form, longest first; not a form glued by a hyphen to a
    code ("PBB-P2", a tax, is not the UN; "AS-China" names both)."""
    forms = sorted(gazetteer_index(lang), key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) +
                      r")(?![\w])(?!-\w*\d)")


def gazetteer_matches(text: str, lang: str) -> list[tuple[int, int, GazetteerEntry]]:
    """Gazetteer forms found in a text with their offsets; not a body's short form that a
    longer name goes on from ("Dewan Keamanan [Nasional]")."""
    pattern = _gazetteer_pattern(lang)
    if pattern is None:
        return []
    index, going_on = gazetteer_index(lang), word_set(lang, "name_continuations")
    return [(m.start(), m.end(), index[m.group()]) for m in pattern.finditer(text)
            if not (index[m.group()].label == "ORG" and
                    (text[m.end() : m.end() + 20].split() or [""])[0] in going_on)]


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym: upper case and longer than an initial ("I Gede")."""
    return word.isupper() and len(word) > 1


def is_title_word(word: str, lang: str) -> bool:
    """Whether a word can be part of a role (Presiden, Menteri, Luar, Negeri ...)."""
    return word.lower() in title_words(lang)


def _state_of(entry: GazetteerEntry, lang: str, named: frozenset[str]) -> GazetteerEntry:
    """What a capital or seat of government stands for: the first organisation seated there
    that the article names, else its state (or the entry itself)."""
    host = next((q for q in seats(lang).get(entry.qid, ()) if q in named), entry.stands_for)
    if host:
        return gazetteer_by_qid(lang).get(host, entry)
    return entry


def in_address(doc: Doc, i: int, lang: str) -> bool:
    """Whether a name at i closes the address of a place after a locative preposition ("di
    Gedung Merah Putih KPK, Jakarta", "di Kompleks Parlemen, Senayan, Jakarta")."""
    if i < 2 or doc[i - 1].text != "," or not (doc[i - 2].is_title or doc[i - 2].is_upper):
        return False
    return any(t.lower_ in word_set(lang, "place_preps") for t in doc[max(0, i - 15) : i]
               if t.sent == doc[i].sent)


def listed(doc: Doc, start: int, lang: str) -> bool:
    """Whether a name is one of listed names, which a conjunction closes ("Hodeidah, [Taiz],
    Hajjah, dan Saada"), not a name in apposition ("di Niamey, Bazoum, 63, ...")."""
    if start > 0 and doc[start - 1].lower_ in word_set(lang, "list_conjunctions"):
        return True
    i = start
    while i < len(doc) and (i == start or not doc[i].is_sent_start) and (
            doc[i].is_title or doc[i].text == ","):
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ in word_set(lang, "list_conjunctions") and \
        doc[i + 1].is_title


def before_list(doc: Doc, start: int, lang: str) -> Token | None:
    """The word before a name, or before the names listed ahead of it ("di [Muara Selatan dan]
    Jakarta")."""
    joints = word_set(lang, "list_conjunctions") | {","}
    i = start - 1
    if i > 1 and doc[i].lower_ in joints and (doc[i - 1].is_title or (
            doc[i - 1].text == "," and doc[i - 2].is_title)):
        i -= 1
        while i >= 0 and not doc[i + 1].is_sent_start and (doc[i].is_title or doc[i].text == ","):
            i -= 1
    return doc[i] if i >= 0 else None


def after_place_prep(doc: Doc, start: int, lang: str) -> bool:
    """Whether a name follows a place preposition, directly or as the last of listed names
    after one ("di Muara Selatan dan Jakarta")."""
    word = before_list(doc, start, lang)
    return word is not None and word.lower_ in word_set(lang, "place_preps")


def after_place_head(doc: Doc, start: int, lang: str) -> bool:
    """Whether a name follows a lower-case place head, directly or as one of listed names after
    one ("provinsi Hodeidah, Taiz, dan Saada"): a place's name, not a person's ("di kota Solo,
    Gibran ...")."""
    word = before_list(doc, start, lang)
    return word is not None and word.is_lower and word.text in place_heads(lang) and (
        word.i == start - 1 or listed(doc, start, lang))


def _located_in(doc: Doc, span: Span, state: GazetteerEntry, lang: str) -> bool:
    """Whether a city is written with its state after a comma ("Port Sudan, Sudan") or said
    to be something ("Port Sudan merupakan pintu masuk utama bantuan")."""
    after = doc[span.end : span.end + 4].text
    return (span.end < len(doc) and doc[span.end].lower_ in word_set(lang, "copulas")) or \
        (after.startswith(",") and any(
            after[1:].strip().startswith(name) for name in (state.name, *state.aliases)))


def add_gazetteer_actor(table: Table, doc: Doc, span: Span, entry: GazetteerEntry,
                        offset: int, named: frozenset[str]) -> str:
    """Add a gazetteer mention: metonyms go to their state (or an organisation of the article
    seated there) unless used as a place."""
    state = _state_of(entry, table.lang, named)
    start = span.start
    while start > 0 and doc[start - 1].lower_ in place_heads(table.lang):
        start -= 1
    host = table.add(state.name, GAZ_TYPES.get(state.label, ActorType.COUNTRY), state.qid) \
        if state is not entry else None
    district = (span.end < len(doc) and doc[span.end].lower_ in words_with_role(
        table.lang, "compass")) or (start > 2 and doc[start - 1].text == ")" and bracketed_acronym(
            doc, start - 3))  # "Jakarta Pusat", a branch's city: "Lembaga X (LBH) Jakarta"
    if host and not after_place_prep(doc, start, table.lang) \
            and not in_address(doc, start, table.lang) and not district and \
            not _located_in(doc, span, state, table.lang):
        key = host
    else:
        key = table.add(entry.name, GAZ_TYPES.get(entry.label, ActorType.ORGANIZATION), entry.qid)
        if host:
            table.actors[key].type = ActorType.PLACE
            table.actors[key].affiliation = host
    table.mention(key, span.start_char + offset, span.end_char + offset, span.text)
    return key


def split_title(span: Span, lang: str) -> tuple[Span, Span | None]:
    """Split a person span into (name, leading role) at the last title, place, acronym, known
    organisation or office word (office and lower-case words only after a title: "Juru bicara
    kepresidenan X", "juru bicara Hamas X") or field ("Bidang [Kehormatan] X")."""
    doc = span.doc
    cut = span.start
    titled = False
    for tok in span:
        if tok.i == span.end - 1:
            break
        office = (tok.lower_ in org_words(lang) or tok.is_lower) and titled
        titled = titled or is_title_word(tok.text, lang)
        acronym = is_acronym(tok.text)
        if is_title_word(tok.text, lang) or acronym or tok.text in gazetteer_index(lang) or \
                tok.text in organisations(lang) or tok.lower_ in function_words(lang) or \
                office or tok.text == "," or field_named(doc, tok.i, lang):
            cut = tok.i + 1
        else:
            break
    cut = max(cut, after_rank(span, lang) or cut)
    first = span.start
    while first < cut and (doc[first].lower_ in function_words(lang) or doc[first].is_punct):
        first += 1
    return doc[cut : span.end], (doc[first:cut] if cut > first else None)


def role_before(doc: Doc, start: int, lang: str) -> Span | None:
    """The role words right before a name ("Menteri Pertahanan Chad, Jenderal"), an acronym
    or abbreviation in brackets ("(Menlu)") and lower-case organisation words included
    ("Gubernur Bank Indonesia (BI)", "Juru bicara pemerintah Jepang"), and title words the
    tagger took for a name ("Direktur [Reserse Kriminal] Khusus")."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    first = None
    while i >= 0:
        tok = doc[i]
        opening = next((o for o in (i - 2, i - 3) if o >= 1 and doc[o].text == "("), None)
        if tok.text == ")" and opening is not None and doc[i - 1].text[:1].isupper():
            i = opening - 1  # "(BEM)", "(BEM SI)"
            continue
        if field_joint(doc, i, lang) or (tok.text == "-" and not tok.whitespace_
                                          and i > 0 and not doc[i - 1].whitespace_):
            i -= 1  # "Bidang Politik, Hukum, dan Keamanan", "Presidium MER-C"
            continue
        if (tok.ent_type_ in ("PER", "PERSON") and not is_title_word(tok.text, lang)) or (
                tok.lower_ in word_set(lang, "list_conjunctions") and i > 0 and
                not is_title_word(doc[i - 1].text, lang)):
            break
        if i > 0 and f"{doc[i - 1].lower_} {tok.lower_}" in titles(lang):
            first = i - 1
            i -= 2
            continue
        titled = tok.is_title or (tok.is_upper and len(tok) > 1) or \
            tok.lower_ in word_set(lang, "role_connectors") or tok.lower_ in org_words(lang)
        if titled or is_title_word(tok.text, lang):
            if is_title_word(tok.text, lang):
                first = i
            i -= 1
            continue
        break
    end = start - 1 if doc[start - 1].text == "," else start
    if first is None or doc[first].lower_ not in titles(lang):
        first = lower_role_start(doc, end, lang) or first
    while first is not None and first < end and doc[first].lower_ in function_words(lang):
        first += 1
    if first is None or first >= end or (
            first == end - 1 and doc[first].is_lower and doc[first].lower_ not in titles(lang)):
        return None  # a lone word of some title ("kali pertama Hasyim")
    return doc[first:end]


def lower_role_start(doc: Doc, end: int, lang: str) -> int | None:
    """Where a lower-case role before a name starts: the furthest lower-case title in the
    eight words before it, with no verb, punctuation or other function word between ("utusan
    China untuk perubahan iklim Xie Zhenhua", "wakil menteri ekologi dan lingkungan")."""
    first = None
    for i in range(end - 1, max(-1, end - 9), -1):
        tok = doc[i]
        if tok.is_punct or tok.is_space or is_verb(tok, lang) or tok.ent_type_ in (
                "PER", "PERSON") or (tok.lower_ in function_words(lang)
                                     and tok.lower_ not in word_set(lang, "role_connectors")):
            break
        if tok.is_lower and tok.lower_ in titles(lang):
            first = i
    return first


def full_role(name: Span, inner: Span | None, lang: str) -> Span | None:
    """The role of a name: title words inside its entity plus those right before it, unless
    the name opens a pair that the role names ("Ketua Tim Pembela [Prabowo]-Gibran, Yusril")."""
    start = inner.start if inner is not None else name.start
    outer = None if name_pair(name.doc[name.start : name.end + 2], lang) else \
        role_before(name.doc, start, lang)
    if outer is not None:
        return name.doc[outer.start : name.start]
    return inner


def role_affiliation(table: Table, role: Span, offset: int) -> str | None:
    """The last state or body a role names before any state it serves ("Duta Besar Ukraina
    [untuk Indonesia]")."""
    served = next((t.idx for t in role if t.lower_ in word_set(table.lang, "serving_preps")),
                  role.end_char)
    return affiliation_in(table, role.start_char + offset, served + offset)


def affiliate_persons(table: Table) -> None:
    """Give each titled person without an affiliation the last state or body named in a
    mention of their role, once every name is known ("Kepala Divisi Humas Polri Irjen Sandi
    Nugroho", the person added before the body)."""
    for start, end, key in list(table.spans):
        actor = table.actors[key]
        if actor.type == ActorType.PERSON and actor.job_titles and not actor.affiliation:
            actor.affiliation = affiliation_in(table, start, end)


def bodies_over_states(table: Table) -> None:
    """A titled person's state that turned out to be part of a body's name in the role is the
    body ("Koordinator Pusat Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI) X")."""
    for start, end, key in list(table.spans):
        actor = table.actors[key]
        state = actor.affiliation
        if actor.type != ActorType.PERSON or not actor.job_titles or state is None or \
                table.actors[state].type != ActorType.COUNTRY:
            continue
        body = next((k for s, e, k in table.spans if start <= s and e <= end and k != key
                     and table.actors[k].type == ActorType.ORGANIZATION and any(
                         k2 == state and s <= s2 and e2 <= e for s2, e2, k2 in table.spans)), None)
        actor.affiliation = body or state


def affiliation_in(table: Table, start: int, end: int) -> str | None:
    """The last state or organisation mentioned inside a role's offsets."""
    keys = [k for s, e, k in table.within(start, end)
            if table.actors[k].type in (ActorType.COUNTRY, ActorType.ORGANIZATION)]
    return keys[-1] if keys else None


def guess_type(words: list[str], lang: str) -> ActorType:
    """The type of an unknown capitalised name: organisation by its head word or when written
    in capitals ("NTF-WPS"), else person."""
    if words and (words[0].lower() in org_words(lang) or all(w.isupper() for w in words)):
        return ActorType.ORGANIZATION
    if words and words[0].lower() in collectives(lang):
        return ActorType.GROUP
    return ActorType.PERSON


def person_key(table: Table, name: str, at: int | None = None) -> str | None:
    """An existing person whose full name contains every word of a (shorter) name: of several,
    the one last named before the offset the name is at ("kata Prabowo" before "Kapolri
    Listyo Sigit Prabowo" is named is Prabowo Subianto), else the longest."""
    words = set(normalize(name).lower().split())
    found = [key for key, actor in table.actors.items()
             if actor.type == ActorType.PERSON and not actor.local and (
                 words <= (full := set(actor.name.lower().split())) or full <= words)]
    before = [(s, k) for s, _, k in table.spans if k in found and at is not None and s < at]
    if len(found) > 1 and before:
        return max(before)[1]
    return max(found, key=lambda k: len(table.actors[k].name), default=None)


def add_title(actor: Actor, title: str) -> None:
    """Add a job title unless a fuller one starts with it; drop the shorter ones it starts with
    ("Presiden" gives way to "Presiden Rusia", "Ketua DPR" stays beside "Wakil Ketua DPR")."""
    words = title.lower().split()
    if not words or any(t.lower().split()[: len(words)] == words for t in actor.job_titles):
        return
    actor.job_titles[:] = [t for t in actor.job_titles
                           if words[: len(t.split())] != t.lower().split()]
    actor.job_titles.append(title)


def unranked(role: str, lang: str) -> str:
    """A role without the rank that closes it ("Kapolda Sumatera Utara [Irjen]")."""
    words = role.split()
    cut = next((n for n in range(1, len(words)) if " ".join(words[n:]).lower() in ranks(lang)),
               None)
    return unranked(" ".join(words[:cut]).rstrip(","), lang) if cut is not None else role


def first_names(name: str, known: str, lang: str) -> bool:
    """Whether a name is a known name after a first name and patronymic the tagger left out
    ("[Badr bin] Hamad Al-Busaidi")."""
    extra = name[: -len(known)].split() if name.endswith(" " + known) else []
    return any(w in word_set(lang, "name_joints") for w in extra) and not any(
        is_title_word(w, lang) or w.lower() in org_words(lang) for w in extra)


def add_person(table: Table, name_span: Span, role: Span | None, offset: int,
               whole: bool = False) -> str:
    """Add a person mention, merged with a fuller form of the same name (a name known to be
    whole, or the known name after a patronymic, renames a person known by fewer of its
    words)."""
    name = normalize(name_span.text)
    if role is not None and table.skipped(role.start_char + offset):
        role = None
    key = person_key(table, name, name_span.start_char + offset) or \
        table.add(name, ActorType.PERSON)
    actor = table.actors[key]
    if (" " not in actor.name or whole or first_names(name, actor.name, table.lang)) and \
            len(name) > len(actor.name) and set(actor.name.lower().replace("-", " ").split()) \
            <= set(name.lower().replace("-", " ").split()):
        actor.aliases.append(actor.name)
        actor.name = name
    mentioned = name_span.doc[(role if role is not None else name_span).start : name_span.end]
    table.mention(key, mentioned.start_char + offset, mentioned.end_char + offset, mentioned.text)
    if role is not None:
        add_title(actor, unranked(normalize(role.text.rstrip(", ")), table.lang))
        actor.affiliation = actor.affiliation or role_affiliation(table, role, offset)
    return key


def titled_names(doc: Doc, lang: str) -> list[tuple[Span, Span]]:
    """Capitalised names right after role words ("Perdana Menteri Inggris Boris Johnson", a
    hyphenated "Sung Yun-mo"), acronyms in brackets, an organisation or place named in the role
    ("Direktur Badan Pangan Nasional (BPN) Dedi Kurnia", "Ketua Menteri Delhi Arvind
    Kejriwal"), the state served ("Duta Besar Ukraina untuk Indonesia") and a comma after the
    role's state included ("Perdana Menteri (PM) Thailand, Phumtham Wechayachai")."""
    out = []
    for tok in doc:
        if not (tok.is_title and is_title_word(tok.text, lang)) or \
                tok.lower_ in word_set(lang, "region_kinds") or (tok.i > 0 and (
                is_title_word(doc[tok.i - 1].text, lang) or doc[tok.i - 1].lower_ in org_words(
                    lang) or field_joint(doc, tok.i - 1, lang))):
            continue  # a place ("Kota Kanbalu"), within a role or its listed fields, or the
            # field of a body ("Dinas [Kesehatan]")
        j = role_end(doc, tok.i, lang)
        state = office_state(doc, j, lang) if tok.i < j < len(doc) else None
        j = role_end(doc, state, lang) if state is not None else j
        named = next((e for e in doc.ents if e.start == j and e.label_ in ("ORG", "LOC")), None)
        if j > tok.i and named is not None:
            j = past_named(named, lang)
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].is_title and \
                doc[j - 1].ent_type_ == "GPE":
            j += 1
        k = name_end(doc, j, lang) if j < len(doc) and (
            doc[j].is_title or arabic_article(doc, j, lang)) else j
        town = place_words(doc[j:k], lang)
        j += town
        if k - j >= 4 and all(t.is_title for t in doc[j:k]):
            j = named_again(doc, j, k) or j  # "Bupati Kapuas Hulu [Fransiskus Adi Nugraha]"
        if j > tok.i and doc[j - 1].lower_ in word_set(lang, "company_forms"):
            continue  # a company's name ("Direktur PT [Mitra Alat Berat]")
        if j > tok.i and (2 <= name_length(doc[j:k], lang) <= 4 or
                          single_name(doc, j, k, lang, town > 0)) and \
                (not doc[j].is_sent_start or doc[j - 1].text == ")") \
                and not role_goes_on(doc, k, lang) and not placed(doc[j:k], lang) and \
                not name_pair(doc[j:k], lang) and doc[j].lower_ not in place_heads(lang) and \
                doc[j].lower_ not in word_set(lang, "region_kinds"):
            out.append((doc[j:k], doc[tok.i:j]))
    return out


def name_length(span: Span, lang: str) -> int:
    """How many words a name has, not counting hyphens, joints and hyphened Arabic articles
    ("Badr bin Hamad Al-Busaidi" has three)."""
    return sum(1 for t in span if t.text != "-" and t.text not in word_set(lang, "name_joints")
               and not arabic_article(span.doc, t.i, lang))


def name_pair(span: Span, lang: str) -> bool:
    """Whether capitalised words joined by a hyphen to a capitalised word name a pair, a
    ticket or team, not one person ("Tim Pembela Prabowo-Gibran"; not "Sung Yun-mo",
    "Badr al-Busaidi", "Hamad Al-Busaidi")."""
    return any(t.text == "-" and t.i + 1 < span.end and span.doc[t.i + 1].is_title and
               span.doc[t.i - 1].is_title and not arabic_article(span.doc, t.i - 1, lang)
               for t in span[1:])


def name_end(doc: Doc, k: int, lang: str) -> int:
    """Where the capitalised words of a name starting at a token end: hyphenated parts,
    Arabic articles and patronymics ("Nasser al-Kuwari", "Sung Yun-mo", "Faisal bin Farhan")
    and closing initials ("Mahfud MD") go on; titles and gazetteer names stop it."""
    start = k
    joints = word_set(lang, "name_joints")
    while k < len(doc) and not title_at(doc, k, lang) and doc[k].text not in gazetteer_index(
            lang) and (doc[k].is_title or arabic_article(doc, k, lang) or (
                k > start and closing_initials(doc, k)) or (
                k > start and doc[k].text in joints and k + 1 < len(doc) and
                doc[k + 1].is_title)):
        k += 3 if arabic_article(doc, k, lang) else 1
        if k < len(doc) and abbreviated(doc, k, lang):
            k += 1  # "Ferdinand Marcos Jr."
        if k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ \
                and not doc[k].whitespace_ and doc[k + 1].is_alpha:
            k += 2
    return min(k, len(doc))


def closing_initials(doc: Doc, k: int) -> bool:
    """Whether a word is initials closing a name: inside a person's entity, or one or two
    capitals before a lower-case word ("Mahfud MD mengatakan")."""
    tok = doc[k]
    return tok.is_upper and tok.is_alpha and (
        (tok.ent_iob_ == "I" and LABELS.get(tok.ent_type_) == ActorType.PERSON) or
        (len(tok) <= 2 and k + 1 < len(doc) and doc[k + 1].is_lower))


def apposed_names(doc: Doc, lang: str) -> list[tuple[Span, Span]]:
    """Names set off by commas after their role ("Pejabat senior Hamas, Khalil Abu Rayyan,
    membantah"): up to four capitalised words between two commas, a clause going on after
    the second; not a place set off so ("Kabupaten X, Nusa Tenggara Timur, ...", "kota El
    Fasher, Darfur Utara, ...") nor a body listed with others ("tim gabungan TNI, Polri, dan
    ...")."""
    out = []
    for comma in (t for t in doc[1:-2] if t.text == ","):
        k = name_end(doc, comma.i + 1, lang)
        if not 1 <= k - comma.i - 1 <= 4 or k + 1 >= len(doc) or doc[k].text != "," or \
                not doc[k + 1].is_lower or field_joint(doc, comma.i, lang):
            continue
        listed = function_words(lang).get(doc[k + 1].lower_) == "conj"  # ", Rusdi Halim, dan"
        role = role_before(doc, comma.i + 1, lang) or (
            None if listed else possessor_role(doc, comma.i, lang))
        named = doc[comma.i + 1 : k]
        if role is not None and named.text not in regions(lang) and \
                not any(t.lower_ in time_words(lang) or t.lower_ in org_words(lang)
                        for t in named) and \
                named[-1].lower_ not in words_with_role(lang, "compass") and \
                role[0].lower_ not in word_set(lang, "region_kinds"):
            out.append((named, role))  # not "Departemen Luar Negeri AS, Kamis, meminta"
    return out


def served_title(role: str, lang: str) -> str | None:
    """The title of whom a role serves, after its first title ("juru bicara [Presiden]")."""
    words = role.split()
    skip = 2 if " ".join(words[:2]).lower() in titles(lang) else 1
    rest = " ".join(words[skip:])
    return rest if rest and is_title_word(words[skip], lang) else None


def possessor_role(doc: Doc, comma: int, lang: str) -> Span | None:
    """A role named with whose it is before a comma ("Pengacara Rusdi, Teddy Kusumahadi"): a
    title, then a person's capitalised name or a party's common noun, with its determiner
    ("Kuasa hukum pengadu, Maria ...", "kuasa hukum pasangan tersebut, Irwan ...")."""
    i = comma - 1
    if i > 2 and doc[i].lower_ in words_with_role(lang, "det"):
        i -= 1  # "Kuasa hukum pasangan tersebut, Irwan Batubara"
    party = i > 1 and doc[i].is_lower and doc[i].is_alpha and \
        doc[i].lower_ not in function_words(lang) and is_title_word(doc[i - 1].text, lang) \
        and not is_title_word(doc[i].text, lang)
    if party:
        first = i - 1
        while first > 0 and is_title_word(doc[first - 1].text, lang):
            first -= 1
        return doc[first:comma] if doc[first].is_title or \
            doc[first:i].text.lower() in titles(lang) else None
    while i > 0 and doc[i].is_title and not is_title_word(doc[i].text, lang):
        i -= 1
    named = doc[i + 1 : comma]
    if not len(named) or not any(t.ent_type_ in ("PER", "PERSON") for t in named):
        return None
    first = i - 1 if i > 0 and f"{doc[i - 1].lower_} {doc[i].lower_}" in titles(lang) else i
    while first > 1 and f"{doc[first - 2].lower_} {doc[first - 1].lower_}" in titles(lang):
        first -= 2  # "[juru bicara] Presiden Volodymyr Zelensky, Serhii Nykyforov"
    return doc[first:comma] if is_title_word(doc[i].text, lang) else None


def named_again(doc: Doc, j: int, k: int) -> int | None:
    """Where a person's name starts in a long run of capitalised words after a role: at the
    first word the text writes again elsewhere after another word ("kepada Fransiskus"; not
    "Kapuas Hulu" again), two to four words before the run ends."""
    for m in range(j + 1, k - 1):
        if k - m <= 4 and any(t.text == doc[m].text and doc[t.i - 1].text != doc[m - 1].text
                              for t in doc[1:] if not j <= t.i < k):
            return m
    return None


def mistagged(table: Table, key: str, name: Span, lang: str) -> bool:
    """Whether an organisation or place the tagger found is exactly a name written after a
    role, with no organisation word in it ("Direktur PT X [Yohanes Tanjung]", "Hakim konstitusi
    [Saldi Isra]"): a person."""
    actor = table.actors[key]
    kinds = (ActorType.ORGANIZATION, ActorType.PLACE) if len(name) > 1 else \
        (ActorType.ORGANIZATION,)  # a one-word place after a role is its seat ("Bupati Pati")
    return actor.type in kinds and not actor.wikidata and \
        actor.name == normalize(name.text) and not any(
            t.lower_ in org_words(lang) | word_set(lang, "region_kinds") or t.is_upper
            for t in name)


def name_piece(table: Table, key: str, name: Span, offset: int) -> bool:
    """Whether an actor the tagger found is only a piece of a longer name: a person named by
    its last words, or a person, place or organisation with no organisation word or capitals
    whose every mention lies inside the name or that is its last words ("Pemimpin Hamas
    [Khalil] [al-Hayya]")."""
    actor = table.actors[key]
    surname = name.text.endswith(" " + actor.name)
    if actor.type == ActorType.PERSON and surname:
        return True
    start, end = name.start_char + offset, name.end_char + offset
    return actor.type in (ActorType.PERSON, ActorType.PLACE, ActorType.ORGANIZATION) and \
        not actor.wikidata and not (actor.type == ActorType.ORGANIZATION and any(
            w.lower() in org_words(table.lang) or w.isupper() for w in actor.name.split())) and \
        (all(start < e <= end for _, e, k in table.spans if k == key)
         or (actor.type == ActorType.ORGANIZATION and surname))


def placed(span: Span, lang: str) -> bool:
    """Whether the words of a span are written elsewhere in the text after an organisation word,
    a place head or a locative: a town's name, not a person's ("Kapolres Labuhan Jaya" beside
    "Polres Labuhan Jaya", "di Batang Hilir"), or a province or region the lexicon knows
    ("Sulsel")."""
    return bool(headed_names(span.doc, lang).get(span.text, set()) - {span.start}) or \
        span.text.lower() in province_forms(lang) or span.text in regions(lang)


def headed_names(doc: Doc, lang: str) -> dict[str, set[int]]:
    """Every run of up to five words written after an organisation word, a place head or a
    locative and closing a name, with where it starts; computed once per document."""
    key = ("headed_names", lang)
    if key not in doc.user_data:
        heads = org_words(lang) | place_heads(lang) | word_set(lang, "locatives")
        found: dict[str, set[int]] = {}
        for i in range(1, len(doc)):
            if doc[i - 1].lower_ not in heads:
                continue
            for end in range(i + 1, min(len(doc), i + 5) + 1):
                if end == len(doc) or not doc[end].is_title:
                    found.setdefault(doc[i:end].text, set()).add(i)
        doc.user_data[key] = found
    return doc.user_data[key]


def place_words(span: Span, lang: str) -> int:
    """How many leading words of a name after a role are a town the text names elsewhere
    ("Kepala Dinas PUPR [Batang Hilir] Yusuf Maulana") or a kind of region and its name, up to
    a name the text writes again, else two words before the end ("Ketua KPU [Kepulauan Sula]
    Rusdi Fokaaya")."""
    if len(span) > 3 and span[0].lower_ in word_set(lang, "region_kinds"):
        again = named_again(span.doc, span.start, span.end)
        return again - span.start if again is not None else 3 if len(span) > 4 else 2
    return next((n for n in (2, 1) if len(span) > n and placed(span[:n], lang)), 0)


def single_name(doc: Doc, j: int, k: int, lang: str, town: bool = False) -> bool:
    """Whether the one capitalised word after a role that ends with its place or state (or a
    town the text names elsewhere) is a name ("Bupati Pati [Sudewo]", "Wakil Bupati Sidoarjo
    [Subandi]")."""
    return k - j == 1 and (town or doc[j - 1].ent_type_ in ("LOC", "GPE")) and \
        doc[j].pos_ == "PROPN" \
        and doc[j].is_alpha and not doc[j].is_upper and doc[j].lower_ not in time_words(lang) \
        and doc[j].lower_ not in org_words(lang)


def role_goes_on(doc: Doc, k: int, lang: str) -> bool:
    """Whether the words before k are still a role, not a name: a title, a body or an acronym
    follows them ("Direktur Reserse Narkoba Polda Metro Jaya Kombes X", "Direktur
    Pengembangan Bisnis PT X")."""
    return k < len(doc) and (title_at(doc, k, lang) or is_acronym(doc[k].text) or
                             (doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "ORG") or
                             doc[k].text in gazetteer_index(lang) or
                             doc[k].text in organisations(lang))


def past_named(named: Span, lang: str) -> int:
    """Where the name after an organisation or place entity that follows a role starts: after
    it when a name follows ("Direktur Badan Pangan Nasional (BPN) Dedi Kurnia"), at it when the
    entity is the name itself ("Presiden KSPI [Said Iqbal] menyatakan") or its first name before
    an article or patronymic ("Pemimpin Hamas [Khalil] al-Hayya")."""
    doc = named.doc
    end = named.end + (3 if bracketed_acronym(doc, named.end) else 0)
    if (end >= len(doc) or not doc[end].is_title) and name_words(named, lang):
        return named.start
    patronymic = end < len(doc) and (
        arabic_article(doc, end, lang) or doc[end].text in word_set(lang, "name_joints"))
    if patronymic and len(named) == 1 and named[0].is_title and not named[0].is_upper and not (
            named.text in organisations(lang) or named.text in gazetteer_index(lang)
            or named[0].lower_ in org_words(lang)):
        return named.start
    return end


def role_end(doc: Doc, j: int, lang: str) -> int:
    """The end of the title words, acronyms and states of a role that starts at j, with the
    commas of a listed portfolio ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan");
    an acronym opening a longer name ends it ("Direktur [PT Borneo Karya] Yohanes")."""
    listing, serving = word_set(lang, "list_conjunctions"), word_set(lang, "serving_preps")
    while j < len(doc) and (is_title_word(doc[j].text, lang) or role_modifier(doc, j, lang) or (
            doc[j].is_upper and not (
            doc[j].ent_iob_ == "B" and j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I")) or
                            (doc[j].text == "," and field_joint(doc, j, lang)) or
                            doc[j].text in gazetteer_index(lang) or doc[j].lower_ in listing
                            or doc[j].text in organisations(lang)
                            or doc[j].ent_type_ == "GPE" or bracketed_acronym(doc, j) or
                            (doc[j].lower_ in serving and j + 1 < len(doc) and
                             doc[j + 1].ent_type_ == "GPE") or numbered_unit(doc, j, lang) or
                            ordinal(doc, j, lang) or field_named(doc, j, lang)):
        j += 3 if bracketed_acronym(doc, j) or ordinal(doc, j, lang) else \
            2 if numbered_unit(doc, j, lang) else 1
    return j


def ordinal(doc: Doc, j: int, lang: str) -> bool:
    """Whether an ordinal after a title word opens at j ("Presiden [ke-7] RI")."""
    return j > 0 and j + 2 < len(doc) and doc[j].lower_ in word_set(lang, "ordinal_prefixes") \
        and doc[j + 1].text == "-" and doc[j + 2].like_num and \
        doc[j - 1].lower_ in title_words(lang)


def field_named(doc: Doc, j: int, lang: str) -> bool:
    """Whether a capitalised word at j names the field a role's field word opens ("Ketua DPP
    PDIP Bidang [Kehormatan] Komarudin Watubun")."""
    return j > 0 and doc[j].is_title and doc[j - 1].lower_ in word_set(lang, "field_markers")


def numbered_unit(doc: Doc, j: int, lang: str) -> bool:
    """Whether a body word and a Roman number open a unit of a body ("Komisi II DPR"), not a
    body and the initial opening a name ("Kemenlu I Gede Ngurah")."""
    name_after = j + 2 < len(doc) and doc[j + 2].is_title and \
        doc[j + 2].lower_ not in org_words(lang)
    return j + 1 < len(doc) and doc[j].lower_ in org_words(lang) and \
        numbered_role(doc, j + 1) and not name_after


def office_state(doc: Doc, j: int, lang: str) -> int | None:
    """Where the state closing an office named by its head word starts ("Juru bicara [Penjaga
    Pantai] Filipina Jay Tarriela"), or None."""
    if doc[j].lower_ not in org_words(lang) or not doc[j].is_title:
        return None
    m = next((m for m in range(j + 1, min(len(doc), j + 6)) if not doc[m].is_title
              or doc[m].text in gazetteer_index(lang)), None)
    return m if m is not None and doc[m].text in gazetteer_index(lang) else None


def title_at(doc: Doc, i: int, lang: str) -> bool:
    """Whether a title starts at a token: a title on its own ("Menteri") or a title word before
    another ("Perdana Menteri"), not a conjunction before one ("X dan Kepala Seksi Y"); a title
    word alone inside a name is a name ("Arya Perdana")."""
    return doc[i].lower_ in titles(lang) or (
        is_title_word(doc[i].text, lang) and i + 1 < len(doc) and
        doc[i].lower_ not in function_words(lang) and
        is_title_word(doc[i + 1].text, lang) and doc[i + 1].lower_ not in function_words(lang))


def listed_names(doc: Doc, lang: str) -> list[Span]:
    """Organisation names the tagger missed or split: an organisation word and capitalised
    words that list their fields with commas and one "dan" ("Kementerian Ekonomi,
    Perdagangan, dan Industri Jepang"), or that hold no entity, time word or gazetteer form
    ("Pengadilan Arbitrase Permanen"; not "Pemerintah ..." or a building, which stand for
    whom they house, nor a name in a role: "Anggota Komisi III itu"); a field that opens with an
    organisation word is a body of its own ("Polri, dan Direktorat Pengamanan")."""
    out, listing = [], word_set(lang, "list_conjunctions")
    plain_heads = org_words(lang) - word_set(lang, "state_heads") - buildings(lang)
    for tok in doc:
        if not (tok.is_title and tok.lower_ in org_words(lang)) or (out and tok.i < out[-1].end):
            continue
        j, listed = tok.i + 1, False
        while j < len(doc):
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            word = doc[j].is_title or doc[j].is_upper or glued_slash(doc, j)
            if word or (doc[j].text == "," and nxt is not None and
                        (nxt.is_title or nxt.lower_ in listing)):
                j += 1
            elif doc[j].lower_ in listing and nxt is not None and nxt.is_title and \
                    doc[j - 1].text == ",":
                j, listed = j + 1, True
            else:
                break
        fields = [t for t in doc[tok.i + 1 : j]
                  if t.i > 0 and doc[t.i - 1].lower_ in listing | {","}]
        named = not any(t.ent_type_ in ("PER", "GPE") or t.text in gazetteer_index(lang)
                        or t.lower_ in org_words(lang) for t in fields)
        plain = tok.lower_ in plain_heads and plain_name(doc[tok.i : j], lang)
        if (listed and doc[j - 1].is_title and named) or (not listed and plain):
            out.append(doc[tok.i : j])
    return out


def service_names(doc: Doc, lang: str) -> list[Span]:
    """A state's armed or coast service named with the state ("Penjaga Pantai China", also in
    lower case after a ship: "kapal-kapal penjaga pantai China"), which the tagger may miss or
    take for a ship's name."""
    out, services = [], word_set(lang, "state_services")
    vessels = {w.lower() for w in word_set(lang, "vessels")}
    for tok in doc[: len(doc) - 2]:
        if f"{tok.lower_} {doc[tok.i + 1].lower_}" in services:
            end = next((e for e in (tok.i + 4, tok.i + 3) if e <= len(doc) and
                        doc[tok.i + 2 : e].text in gazetteer_index(lang)), None)
            shipped = tok.i > 0 and doc[tok.i - 1].lower_.split("-")[0] in vessels
            if end is not None and tok.is_title == doc[tok.i + 1].is_title and (
                    tok.is_title or shipped):
                out.append(doc[tok.i : end])
    return out


def service_name(name: Span) -> str:
    """A service's name with its words capitalised ("penjaga pantai China" -> "Penjaga Pantai
    China")."""
    return " ".join([name[0].text.title(), name[1].text.title(), name[2:].text])


def listed_people(ents: list[Span], lang: str) -> list[Span]:
    """Entities with a name listed among persons taken for persons ("Saldi Isra, Enny
    Nurbaningsih, dan Arief Hidayat", the first tagged a body)."""
    separators = word_set(lang, "list_conjunctions") | {","}
    runs: list[list[Span]] = []
    for ent in sorted(ents, key=lambda e: e.start):
        gap = ent.doc[runs[-1][-1].end : ent.start] if runs else None
        if gap is not None and 0 < len(gap) <= 2 and all(t.lower_ in separators for t in gap):
            runs[-1].append(ent)
        else:
            runs.append([ent])
    out = []
    for run in runs:
        people = sum(LABELS[e.label_] == ActorType.PERSON for e in run)
        for ent in run:
            if people >= 2 and LABELS[ent.label_] != ActorType.PERSON and \
                    name_words(ent, lang) and ent.text not in gazetteer_index(lang):
                ent = Span(ent.doc, ent.start, ent.end, label="PER")
            out.append(ent)
    return out


def split_persons(ents: list[Span], lang: str) -> list[Span]:
    """A person's name the tagger split in two after a title, its first word taken for a place
    or body ("Duta Besar [Linda] [Thomas-Greenfield]"), joined into one person; not after a
    title that names its region next ("Bupati [Garut] [Asep Sunarya]")."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: e.start):
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and len(prev) == 1 and \
                LABELS[ent.label_] == ActorType.PERSON != LABELS[prev.label_] and \
                prev.start > 0 and is_title_word(ent.doc[prev.start - 1].text, lang) and \
                ent.doc[prev.start - 1].lower_ not in word_set(lang, "regional_titles") and \
                name_words(prev, lang, least=1) and not placed(prev, lang):
            out[-1] = Span(ent.doc, prev.start, ent.end, label=ent.label_)
            continue
        out.append(ent)
    return out


def plain_name(span: Span, lang: str) -> bool:
    """Whether a head word and the capitalised words after it are a name on their own: more
    than one word, no title before, no entity, comma, time word or gazetteer form inside."""
    doc = span.doc
    return len(span) > 1 and not (span.start > 0 and titled_before(doc, span.start - 1, lang)) \
        and not any(t.ent_type_ or t.text == "," or t.lower_ in time_words(lang) or
                    t.text in gazetteer_index(lang) for t in span)


def acronym_pairs(doc: Doc, lang: str) -> list[tuple[Span, Span]]:
    """Pairs of a name and its acronym written as "Name (ACR)", not of a title and its
    abbreviation ("Perdana Menteri (PM)")."""
    pairs, listing = [], word_set(lang, "list_conjunctions")
    foreign = word_set(lang, "foreign_name_links")
    for tok in doc[2:-1]:
        cased = str.isupper if is_acronym(tok.text) else str.istitle
        two = tok.i + 2 < len(doc) and cased(doc[tok.i + 1].text) and doc[tok.i + 2].text == ")"
        if (is_acronym(tok.text) or tok.is_title) and doc[tok.i - 1].text == "(" and \
                (doc[tok.i + 1].text == ")" or two):
            acronym = doc[tok.i : tok.i + 1 + two]  # "(BEM SI)", "(Hiswana Migas)"
            letters = acronym.text.replace(" ", "").lower()
            j = tok.i - 2
            while j >= 0 and (doc[j].is_title or doc[j].lower_ in listing | {","} or (
                    doc[j].is_upper and doc[j].is_sent_start) or (
                    doc[j].lower_ in word_set(lang, "serving_preps") | foreign and j > 0 and
                    doc[j - 1].is_title)) and tok.i - 2 - j < 10:
                j -= 1  # a lead in capitals too ("KEJAKSAAN Tinggi (Kejati)")
            run = name = doc[j + 1 : tok.i - 1]
            while len(name) > 2 and not name[0].lower_.startswith(letters[:1]) and not (
                    tok.is_upper and name[0].lower_ in org_words(lang)):
                name = name[1:]  # not "Liga [Nasional untuk Demokrasi] (NLD)"
            initials = "".join(w.text[0].lower() for w in name if w.is_title)
            titled = all(is_title_word(w.text, lang) for w in name)
            after = acronym.end + 1
            linked = any(w.lower_ in foreign for w in name)  # "Center for ... Studies"
            portfolio = len(name) > 0 and is_title_word(run[0].text, lang) and not linked and \
                name[0].lower_ not in org_words(lang) and after < len(doc) and \
                doc[after].ent_type_ in ("PER", "PERSON")
            spelt = syllabic(acronym.text, [w.text for w in name]) and not is_title_word(
                name[0].text, lang) if tok.is_title else initials.startswith(letters[:1])
            if tok.is_title and linked:
                spelt = in_order(initials, letters)  # "Center of Economic and Law Studies (Celios)"
            if name and spelt and len(name) >= 2 and not titled \
                    and not portfolio:  # not "Menteri [Energi ...] (ESDM) Surya Adiwinata"
                if tok.is_title and name.start > run.start and \
                        doc[name.start - 1].lower_ in org_words(lang):
                    name = doc[name.start - 1 : name.end]  # "Pengadilan [Tindak ...] (Tipikor)"
                pairs.append((name, acronym))
            elif is_acronym(tok.text) and foreign_acronym(run, tok, lang) and not portfolio:
                pairs.append((run, acronym))
    return pairs + spelt_out_pairs(doc)


def in_order(initials: str, letters: str) -> bool:
    """Whether the initials of a name's words are all in an acronym, in order, the first
    first ("cels" in "celios")."""
    rest = iter(letters)
    return initials[:1] == letters[:1] and all(c in rest for c in initials)


def syllabic(acronym: str, words: list[str]) -> bool:
    """Whether a title-case acronym is built from the leading syllables of a name's words
    ("Bappenas", "Hiswana Migas"): it begins as the name does, its capitals start words of
    the name in order, and all its letters appear in the name in order."""
    letters = iter("".join(words).lower())
    capitals = iter(w[0] for w in words if w[:1].isupper())
    return bool(words) and acronym[:1] == words[0][:1] and all(
        c in capitals for c in acronym if c.isupper()) \
        and all(c in letters for c in acronym.replace(" ", "").lower())


def foreign_acronym(run: Span, acronym: Token, lang: str) -> bool:
    """Whether an acronym in brackets abbreviates the name before it in another language
    ("Kepala Staf Gabungan Korea Selatan (JCS)"): three or more capitalised words, the first a
    title or organisation word, none a dateline's outlet or place ("Jakarta (AFP)")."""
    return len(run) >= 3 and (is_title_word(run[0].text, lang) or run[0].lower_ in org_words(
        lang)) and "," not in run.text and acronym.text not in gazetteer_index(lang) and \
        acronym.text not in organisations(lang) and not all(
            is_title_word(w.text, lang) for w in run)


def occurrences(doc: Doc, words: Span) -> list[Span]:
    """The other places where the same words are written."""
    n = len(words)
    return [doc[i : i + n] for i in range(len(doc) - n + 1) if i != words.start and
            [t.text for t in doc[i : i + n]] == [t.text for t in words]]


def spelt_out_pairs(doc: Doc) -> list[tuple[Span, Span]]:
    """Pairs of an acronym and the name it spells out in brackets after it ("MAW (Mukti Agung
    Wibowo)"): every word's initial, in order."""
    pairs = []
    for tok in doc[:-3]:
        if not (is_acronym(tok.text) and doc[tok.i + 1].text == "("):
            continue
        end = tok.i + 2
        while end < len(doc) and doc[end].is_title:
            end += 1
        name = doc[tok.i + 2 : end]
        if end < len(doc) and doc[end].text == ")" and initials(name.text) == tok.text:
            pairs.append((name, doc[tok.i : tok.i + 1]))
    return pairs


def citation_spans(body: str, lang: str) -> list[tuple[int, int]]:
    """Offsets of the outlet named by a media citation ("seperti dilansir kantor berita AFP",
    "dikutip dari BBC"); not of a person quoted by name ("mengutip Budi yang mengatakan")."""

    report = [w for w, (k, _) in time_words(lang).items() if k == "report"]
    if not report:
        return []
    by, media = alternation(word_set(lang, "source_preps")), \
        alternation(word_set(lang, "media_words"))
    relative = alternation(word_set(lang, "relativizers"))
    pattern = re.compile(rf"(?i:\b(?:{'|'.join(report)})(?:\s+{by})?(?:\s+{media})*)"
                         rf"(?:\s+[A-Z0-9][\w&'\u2019-]*(?:\.\w+)*)++(?!\s+{relative}\b)")
    return [(m.start(), m.end()) for m in pattern.finditer(body)]


def trimmed(ent: Span, lang: str) -> Span | None:
    """An entity without leading lower-case words (but an Arabic article: "al-Qaeda"), trailing
    punctuation ("yakin Negeri X"), a trailing bracketed acronym and a body's trailing rank
    ("Polda Metro Jaya Kombes"), or None when a word in it
    is glued to a verb ("mengakuiGuaido")."""
    if ent.text in organisations(lang):
        return ent  # an outlet written in lower case ("detikcom", "kumparan")
    if any(re.match(r"[a-z]+[A-Z]", t.text) for t in ent):
        return None
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].text[:1].islower() or ent.doc[start].is_punct) and \
            not arabic_article(ent.doc, start, lang):
        start += 1
    while end > start and ent.doc[end - 1].is_punct and not abbreviated(ent.doc, end - 1, lang):
        end -= 1
    if end - start > 2 and ent.doc[end - 2].text == "(":
        end -= 2  # "Lembaga Bantuan Hukum [(LBH)]": the acronym pairs with it later
    if end - start > 1 and ent.label_ != "PER" and ent.doc[end - 1].lower_ in ranks(lang):
        end -= 1  # "Polda Metro Jaya [Kombes]": the rank opens the name after the body
    return Span(ent.doc, start, end, label=ent.label_) if end > start else None


def name_word(tok: Token, lang: str) -> bool:
    """A capitalised proper-noun token (also in camel case: "MaryKay", or with an apostrophe:
    "Asy'ari") outside any entity that is no role, office or time word ("Jumat")."""
    camel = re.fullmatch(r"[A-Z][a-z]+(?:['\u2019]?[A-Za-z][a-z]*)*", tok.text) is not None
    return (tok.pos_ == "PROPN" or any(c in tok.text for c in "'\u2019")) and \
        (tok.is_title or camel) and not tok.ent_type_ and not (
        is_title_word(tok.text, lang) or tok.lower_ in org_words(lang)
        or tok.text in gazetteer_index(lang) or tok.lower_ in time_words(lang))


def ranked(ent: Span, lang: str) -> bool:
    """Whether an entity opens with a rank, which only a person's name follows ("Kombes Arya
    Perdana", "Irjen Pol Fadil Imran")."""
    words = [t.lower_ for t in ent[:2]]
    return len(ent) > 1 and (words[0] in ranks(lang) or " ".join(words) in ranks(lang))


def coded(doc: Doc, end: int) -> bool:
    """Whether words ending before a token are glued by a hyphen to a code with a digit
    ("Hwasong-18", "PBB-P2"): a model or a tax, not a name."""
    return 0 < end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and any(c.isdigit() for c in doc[end + 1].text)


def named_on(ent: Span, lang: str) -> bool:
    """Whether a name goes on with the name of an institution whose acronym is bracketed
    before it ("Universitas Islam Negeri (UIN) [Sunan Kalijaga Yogyakarta]")."""
    doc, i = ent.doc, ent.start - 3
    if not bracketed_acronym(doc, i):
        return False
    j = i
    while j > 0 and doc[j - 1].is_title:
        j -= 1
    return j < i and doc[j].lower_ in org_words(lang)


def vessel(ent: Span, lang: str) -> bool:
    """Whether an entity names a ship: after "kapal" and at most one lower-case word, or
    opening with a ship prefix ("kapal pemasok Unaiza May 4", "BRP Sierra Madre"), a thing,
    not an actor; not a body whose ships they are ("kapal Penjaga Pantai China")."""
    doc, words = ent.doc, word_set(lang, "vessels")
    lead = doc[max(0, ent.start - 2) : ent.start]
    if ent[0].text in org_words(lang):
        return False
    return ent[0].text in words or any(
        t.text in words and all(w.is_lower and not function_words(lang).get(w.lower_)
                                for w in doc[t.i + 1 : ent.start]) for t in lead)


def verb_form(ent: Span, lang: str) -> bool:
    """Whether a one-word entity is a prefixed form of an event or speech verb ("Ditahan")."""
    if len(ent) != 1:
        return False
    found = lookup(ent.text, events(lang)) or lookup(ent.text, cues(lang))
    return found is not None and found[0].prefix != ""


def closed_word(ent: Span, lang: str) -> bool:
    """Whether a one-word entity is a day, a month or a function word, capitalised only where
    it opens a sentence or follows a comma ("Ahad (4/3)", "Demi mendorong ..."), or a common
    word capitalised only because it opens a sentence ("Kecaman datang dari ...")."""
    word = ent.text.lower()
    return len(ent) == 1 and ent.text not in organisations(lang) and (
        word in function_words(lang) or calendar_word(word, lang) or
        sentence_opening_common_word(ent, lang))  # but the outlet "ANTARA"


def sentence_opening_common_word(ent: Span, lang: str) -> bool:
    """Whether a one-word name of a person a sentence opens with is a common word."""
    first = ent[0]
    opening = sentence_initial(first) or (first.i > 0 and ent.doc[first.i - 1].text in QUOTE_MARKS)
    return opening and LABELS.get(ent.label_) == ActorType.PERSON and common_word(first, lang)


def common_word(tok: Token, lang: str) -> bool:
    """Whether a word is also written in lower case in the text, or is an event word ("Klaim",
    "Kecaman", "Hukum")."""
    return any(t.text == tok.lower_ for t in tok.doc) or \
        lookup(tok.lower_, events(lang)) is not None


def sentence_initial(tok: Token) -> bool:
    """Whether a token opens a sentence or a paragraph (so its capital says nothing)."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is None or prev.is_space or prev.text in (".", "!", "?", "\n") or \
        prev.text.endswith("\n")




def arabic_article(doc: Doc, i: int, lang: str) -> bool:
    """Whether a token is an Arabic article glued by a hyphen to the next word ("al-Qaeda")."""
    return i + 2 < len(doc) and doc[i].lower_ in word_set(lang, "name_articles") and \
        doc[i + 1].text == "-" \
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def widened(ent: Span, lang: str) -> Span:
    """A person entity grown over the name words the tagger left out: either half of a
    hyphenated name ("Sung-[Min]", "Koo Byoung-[sam]"), one word after a role, another entity,
    a verb or an acronym in brackets ("Korea Selatan Sung [Yun-mo]", "(BSK) Patrick [Njoroge]"), any
    after it ("[Luiz Inacio] Lula da Silva", "[Muhammed] el-Sebai"); an organisation without an
    organisation word whose first name the tagger left out is that person ("Dolfie [Othniel
    Frederic Palit]"), one with such a word grows over the name word after a title ("Direktur
    [Amnesty] International Indonesia"); an organisation grows over the state right after it
    ("Kementerian Luar Negeri [Rusia]", "DPR [RI]"), the province or town right after it
    ("Polda [Sumut]") and over the cause it serves ("Koalisi Perubahan [untuk Persatuan]"); an
    organisation or place that opens with a rank, or that closes with a person's name after a
    title (``titled_person``), is that person ("Kombes Arya Perdana")."""
    doc = ent.doc
    person = titled_person(ent, lang)
    if person is not None:
        return person
    town = place_words(ent, lang) if LABELS[ent.label_] == ActorType.PLACE else 0
    if town and name_words(ent[town:], lang):
        return Span(doc, ent.start + town, ent.end, label="PER")  # "[Tanjung Raya] Yusuf M."
    if len(ent) > 1 and ent[0].lower_ in word_set(lang, "state_styles") | word_set(
            lang, "state_heads") and ent[1:].text in gazetteer_index(lang) and \
            gazetteer_index(lang)[ent[1:].text].label == "GPE":
        return Span(doc, ent.start + 1, ent.end, label="GPE")  # "Republik Iran", "Junta Myanmar"
    if LABELS[ent.label_] != ActorType.PERSON and ranked(ent, lang):
        ent = Span(doc, ent.start, ent.end, label="PER")
    if LABELS[ent.label_] == ActorType.ORGANIZATION and ent.start > 0 and \
            ent.text not in organisations(lang) and name_word(doc[ent.start - 1], lang):
        bodily = any(t.lower_ in org_words(lang) or t.is_upper or t.text in gazetteer_index(lang)
                     for t in ent)
        if not bodily:
            ent = Span(doc, ent.start - 1, ent.end, label="PER")
        elif ent.start > 1 and is_title_word(doc[ent.start - 2].text, lang):
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)  # "Direktur [Amnesty] ..."
    if LABELS[ent.label_] in (ActorType.ORGANIZATION, ActorType.PLACE) and \
            named_after_role(ent, lang):
        ent = Span(doc, ent.start, ent.end, label="PER")  # "juru bicara Thailand, Tanee Sangrat"
    if LABELS[ent.label_] == ActorType.ORGANIZATION and first_name(ent, lang):
        ent = Span(doc, ent.start, ent.end, label="PER")  # "biro politik [Khalil] Mansour"
    if LABELS[ent.label_] == ActorType.ORGANIZATION and ent[0].lower_ in org_words(lang) and \
            ent.end + 1 < len(doc) and doc[ent.end].lower_ in word_set(lang, "serving_preps"):
        ent = Span(doc, ent.start, cause_end(doc, ent.end + 1), label=ent.label_)
    while LABELS[ent.label_] == ActorType.ORGANIZATION and ent.end < len(doc) and \
            doc[ent.end].text in word_set(lang, "name_continuations"):
        ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)  # "Dewan Keamanan [Nasional]"
    if LABELS[ent.label_] == ActorType.ORGANIZATION:
        state = next((e.end for e in doc.ents if e.start == ent.end and e.label_ == "GPE"),
                     None) or region_after(doc, ent.end, lang)
        return Span(doc, ent.start, state, label=ent.label_) if state is not None else ent
    if LABELS[ent.label_] != ActorType.PERSON:
        return ent
    institution = institution_start(ent, lang)
    if institution is not None:
        return Span(doc, institution, ent.end, label="ORG")  # "Universitas [Airlangga]"
    start, end = ent.start, ent.end
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and doc[start - 2].is_title and \
            not doc[start - 2].ent_type_:
        start -= 2  # the first half of a hyphenated name ("Sung-[Min]"), not another name
    if start > 1 and name_word(doc[start - 1], lang) and (
            doc[start - 2].ent_type_ or is_title_word(doc[start - 2].text, lang)
            or bracketed_acronym(doc, start - 4) or numbered_role(doc, start - 2)
            or (doc[start - 2].is_lower and is_verb(doc[start - 2], lang))):
        start -= 1  # also after a verb ("menetapkan [Kuat] Ma'ruf")
    while end < len(doc):
        if end + 1 < len(doc) and doc[end - 1].lower_ in word_set(lang, "name_articles") and \
                doc[end].text == "-" and doc[end + 1].is_title:
            end += 2  # the name after an article the tagger cut off ("Nasser Al-[Kuwari]")
            continue
        if end + 2 < len(doc) and doc[end].text in word_set(lang, "name_articles") and \
                doc[end + 1].text == "-" and doc[end + 2].is_title:
            end += 3
            continue
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha:
            end += 2  # the lower-case half of a hyphenated name ("Koo Byoung-[sam]")
            continue
        if not (name_word(doc[end], lang) or (
                doc[end].is_lower and doc[end].pos_ == "PROPN" and end + 1 < len(doc)
                and name_word(doc[end + 1], lang))):
            break
        end += 1
    start += place_words(doc[start:end], lang)  # "[Batang Hilir] Yusuf Maulana"
    return Span(doc, start, end, label=ent.label_)


def institution_start(ent: Span, lang: str) -> int | None:
    """Where the institution starts whose name a person entity completes, the head word
    tagged apart ("[Universitas] Airlangga")."""
    doc = ent.doc
    return ent.start - 1 if ent.start > 0 and doc[ent.start - 1].is_title and \
        doc[ent.start - 1].lower_ in word_set(lang, "named_institutions") else None


def region_after(doc: Doc, i: int, lang: str) -> int | None:
    """Where a province's or town's name that starts at i ends ("Polda [Sumatera Utara]",
    "KPU [Kabupaten Tanjung Selatan]", "KPU [Kepulauan Sula]")."""
    if i + 1 < len(doc) and doc[i].is_title and doc[i + 1].is_title and (
            doc[i].lower_ in place_heads(lang) | word_set(lang, "region_kinds")):
        end = i + 1
        while end < len(doc) and doc[end].is_title and end - i < 5 and \
                doc[end].lower_ not in time_words(lang) and doc[end].ent_iob_ != "B":
            end += 1  # up to the next entity ("KPU [Kabupaten Banggai] Nurhayati Saleh")
        known = next((n for n in range(end, i + 1, -1) if doc[i + 1 : n].text in regions(lang)),
                     None)
        return known or (end - 2 if end - i > 3 else end)  # "KPU [Kepulauan Sula] Rusdi X"
    return next((i + n for n in (3, 2, 1) if i + n <= len(doc)
                 and doc[i : i + n].text in regions(lang)), None)


def first_name(ent: Span, lang: str) -> bool:
    """Whether a one-word organisation entity is the first name of a person after a lower-case
    role, the rest of the name left untagged ("anggota biro politik [Khalil] Mansour")."""
    doc = ent.doc
    return len(ent) == 1 and ent.start > 0 and ent.end < len(doc) and \
        doc[ent.start - 1].is_lower and name_word(doc[ent.end], lang) and \
        name_words(doc[ent.start : ent.end + 1], lang) and ent.text not in organisations(lang)


def cause_end(doc: Doc, i: int) -> int:
    """The end of the cause an organisation serves, named from token i (the "untuk" before it
    when none is named): an organisation entity or capitalised words ("Koalisi Masyarakat
    Sipil untuk [Reformasi Sektor Keamanan]")."""
    cause = next((e for e in doc.ents if e.start == i and e.label_ == "ORG"), None)
    if cause is not None:
        return cause.end
    j = i
    while j < len(doc) and j - i < 5 and doc[j].is_title and doc[j].ent_type_ in ("", "ORG"):
        j += 1
    return j if j > i else i - 1


def numbered_role(doc: Doc, i: int) -> bool:
    """Whether a token is the Roman number closing a role ("Deputi IV", "Komisi III")."""
    return i > 0 and re.fullmatch(r"[IVX]+", doc[i].text) is not None and doc[i - 1].is_title


def titled_person(ent: Span, lang: str) -> Span | None:
    """The person closing a place or organisation entity that follows a title and opens with
    the title's field or region ("Bupati [Pemalang] Mukti Agung Wibowo", "Menteri [Pertanian]
    Rina Astuti", "Gubernur [Jawa Tengah] Ganjar Pranowo"), follows a rank inside it
    ("Kepolisian Resor Jakarta Pusat Komisaris Besar Harry Kurniawan") or is all the entity
    after a rank ("Jenderal, Daoud Yaya Brahim"): two to four name words."""
    doc, type_ = ent.doc, LABELS[ent.label_]
    if type_ not in (ActorType.PLACE, ActorType.ORGANIZATION):
        return None
    i = ent.start - 2 if ent.start > 1 and doc[ent.start - 1].text == "," else ent.start - 1
    if i > 0 and is_acronym(doc[i].text) and name_words(ent, lang):
        i -= 1  # the body's acronym between title and name ("Presiden KSPI [Said Iqbal]")
    if i > 1 and numbered_role(doc, i) and doc[i - 1].lower_ in org_words(lang):
        i -= 2  # the numbered unit of the body named in the entity ("Ketua Komisi III [DPR X]")
    before = doc[i] if i >= 0 else None
    cut = after_rank(ent, lang) or ent.start
    if cut == ent.start and before is not None and before.lower_ in ranks(lang) and \
            name_words(ent, lang):
        return Span(doc, cut, ent.end, label="PER")
    if cut == ent.start and (before is None or not titled_before(doc, i, lang)
                             or before.lower_ in function_words(lang)):
        return None
    if i > 0 and (vague_quantity(doc[i - 1], lang) or doc[i - 1].like_num):
        return None  # "puluhan aktivis [Koalisi Masyarakat Sipil X]": members of a body
    acronym_cut = cut == ent.start and type_ == ActorType.ORGANIZATION and \
        is_acronym(doc[cut].text) and doc[cut].lower_ not in word_set(lang, "company_forms")
    if acronym_cut:
        cut += 1  # the office's acronym ("Juru bicara [PCG] Jay Tarriela", "DPR Habiburokhman")
    while cut < ent.end and (is_title_word(doc[cut].text, lang) or
                             doc[cut].lower_ in org_words(lang)):
        cut += 1
    acronym = ent.end + 1 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 1].is_upper
    body_end = body_named_alone(ent, lang) or name_after_body(ent, lang)
    if body_end is not None:
        return Span(doc, body_end, ent.end, label="PER")  # "Ketua [Dewan Pers] Ninik Rahayu"
    if ent.text in organisations(lang) or acronym or (
            cut > ent.start and cut + 2 < ent.end and doc[cut - 1].lower_ in org_words(lang)):
        return None  # an organisation's name ("Ketua Umum [Partai Nasional Demokrat]", "Kepala
        # [Badan Pertanahan Nasional] (BPN)")
    if cut == ent.start and type_ == ActorType.ORGANIZATION and name_words(ent, lang) and \
            ent.text not in organisations(lang):
        return Span(doc, ent.start, ent.end, label="PER")  # "Presiden KSPI [Said Iqbal]"
    if cut == ent.start and type_ == ActorType.PLACE:
        cut += 1
        while cut < ent.end and doc[cut].lower_ in words_with_role(lang, "compass"):
            cut += 1
    rest = doc[cut : ent.end]
    return Span(doc, cut, ent.end, label="PER") if cut > ent.start and name_words(
        rest, lang, least=1 if acronym_cut else 2) else None


def role_words(ent: Span, lang: str) -> bool:
    """Whether a person entity after a title is the role's field, which a body, a title or an
    acronym continues ("Direktur [Reserse Narkoba] Polda Metro Jaya Kombes X")."""
    return ent.label_ == "PER" and ent.start > 0 and \
        titled_before(ent.doc, ent.start - 1, lang) and role_goes_on(ent.doc, ent.end, lang)


def titled_before(doc: Doc, i: int, lang: str) -> bool:
    """Whether the word at i is a title word, not a function word ("dan"), or ends a title of
    two words ("Juru bicara")."""
    return (is_title_word(doc[i].text, lang) and doc[i].lower_ not in function_words(lang)) or (
        i > 0 and f"{doc[i - 1].lower_} {doc[i].lower_}" in titles(lang))


def number_word(tok: Token) -> bool:
    """Whether a word is a number written out ("Tiga"), which is in no one's name."""
    return tok.like_num and tok.is_alpha


def name_words(span: Span | list[Token], lang: str, least: int = 2) -> bool:
    """Whether a span is two (or `least`) to four capitalised words none of which is a title,
    organisation word, known name, time word or number word ("Tiga")."""
    return least <= len(span) <= 4 and all(
        t.is_title and not number_word(t) and t.lower_ not in titles(lang)
        and t.lower_ not in org_words(lang) and t.text not in gazetteer_index(lang)
        and t.lower_ not in time_words(lang)
        for t in span)


def after_rank(span: Span, lang: str) -> int | None:
    """Where the words after the last rank inside a span start ("... Komisaris Besar [Harry
    Kurniawan]"), if a word follows it."""
    cut = None
    for tok in span[:-1]:
        if tok.i + 2 < span.end and f"{tok.lower_} {tok.nbor().lower_}" in ranks(lang):
            cut = tok.i + 2
        elif tok.lower_ in ranks(lang) and (cut is None or tok.i >= cut):
            cut = tok.i + 1
    return cut


def body_named_alone(ent: Span, lang: str) -> int | None:
    """Where the person's name starts in an organisation entity that the text also names
    without it ("Dewan Pers Ninik Rahayu" beside "Dewan Pers menolak"): two to four name words
    after the body's name, or None."""
    doc = ent.doc
    if LABELS[ent.label_] != ActorType.ORGANIZATION or ent[0].lower_ not in org_words(lang):
        return None
    starts = [t.i for t in doc if t.text == ent[0].text and t.i != ent.start]
    for end in range(ent.end - 2, ent.start + 1, -1):
        n, body = end - ent.start, doc[ent.start : end].text
        alone = any(doc[i : i + n].text == body and (i + n == len(doc) or not doc[i + n].is_title)
                    for i in starts)
        if alone and name_words(doc[end : ent.end], lang):
            return end
    return None


def name_after_body(ent: Span, lang: str) -> int | None:
    """Where a person's name starts in an organisation entity after a title, set off from the
    body by its acronym or place ("Juru bicara Kementerian Kesehatan Gaza [Ashraf al-Qudra]",
    "Ketua Presidium MER-C [Sarbini Abdul Murad]"), or None."""
    doc = ent.doc
    if LABELS[ent.label_] != ActorType.ORGANIZATION:
        return None
    places = places_named(doc)
    for start in range(ent.start + 1, ent.end - 1):
        last = doc[start - 1].text
        acronym = is_acronym(last) or (last.isupper() and doc[start - 2].text == "-")
        bounded = (acronym and last.lower() not in word_set(lang, "company_forms")) or \
            last in gazetteer_index(lang) or last in places
        words = [t for t in doc[start : ent.end]
                 if t.text != "-" and not arabic_article(doc, t.i, lang)]
        if bounded and doc[start].is_title and name_words(words, lang):
            return start
    return None


def places_named(doc: Doc) -> set[str]:
    """The one-word names of the places and states the tagger finds in a text, compass words
    aside ("Gaza" of "Gaza utara")."""
    named = ([t.text for t in e if t.is_title] for e in doc.ents
             if LABELS.get(e.label_) in (ActorType.PLACE, ActorType.COUNTRY))
    return {words[0] for words in named if len(words) == 1}


def body_before_name(ent: Span, lang: str) -> Span | None:
    """The body an organisation entity names before the name of the person who closes it, set
    off by the body's acronym or place or by the person's rank ("[Presidium MER-C] Sarbini Abdul
    Murad", "[Polda Metro Jaya] Komisaris Besar Ade Ary"), or None."""
    cut = name_after_body(ent, lang)
    end = cut
    if cut is None and LABELS[ent.label_] == ActorType.ORGANIZATION:
        cut = end = after_rank(ent, lang)  # "[Polda Metro Jaya] Komisaris Besar Ade Ary"
        while end is not None and end > ent.start and is_title_word(ent.doc[end - 1].text, lang):
            end -= 1
    person = titled_person(ent, lang) if cut is not None else None
    if person is None or person.start != cut or end <= ent.start or \
            ent.doc[ent.start].lower_ not in org_words(lang):
        return None
    return Span(ent.doc, ent.start, end, label=ent.label_)


def named_after_role(ent: Span, lang: str) -> bool:
    """Whether an organisation or place entity is a person's name set after a role and a
    comma: two or three capitalised words (hyphens joining them), none an organisation word,
    acronym or known name ("Menteri Negara Qatar ..., Faisal Al-Kuwari,")."""
    doc = ent.doc
    words = [t for t in ent if t.text != "-"]
    return 2 <= len(words) <= 3 and ent.start > 1 and doc[ent.start - 1].text == "," and \
        all(t.is_title and t.lower_ not in org_words(lang) for t in words) and \
        ent.text not in organisations(lang) and ent.text not in gazetteer_index(lang) and \
        ent.text not in regions(lang) and role_before(doc, ent.start, lang) is not None


def inside_name(span: Span, lang: str) -> bool:
    """Whether a gazetteer form is only part of a longer entity ("Bank Indonesia"): the
    pipeline's gazetteer filter gave the whole name to ``ner``; a place head before it is no
    part of a name ("Ibu Kota Niamey")."""
    heads = place_heads(lang)
    return any(e.start <= span.start and span.end <= e.end and len(e) > len(span)
               and not (span.end == e.end and all(t.lower_ in heads for t in e[: span.start
                                                                             - e.start]))
               for e in span.doc.ents)


def named_building(span: Span, lang: str) -> Span | None:
    """A building word of the gazetteer with a name of its own after it ("Istana Yamamah"): the
    building, not the government the bare word stands for."""
    doc, end = span.doc, span.end
    if span.text.lower() not in buildings(lang):
        return None
    while end < min(len(doc), span.end + 3) and doc[end].is_title and \
            not doc[end].is_sent_start and doc[end].lower_ not in function_words(lang):
        end += 1
    return Span(doc, span.start, end, label="LOC") if end > span.end else None


def stance(span: Span, lang: str) -> bool:
    """Whether a name is the stem of a stance word ("anti-Suriah", "pro-Rusia") or names a
    currency ("3 triliun dolar AS"): no mention of the actor."""
    doc, i = span.doc, span.start
    if currency(doc, i, lang):
        return True
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
        not doc[i - 2].whitespace_ and doc[i - 2].lower_ in words_with_role(lang, "stance")


def currency(doc: Doc, i: int, lang: str) -> bool:
    """Whether the name at i follows a currency word, also as the acronym in brackets after
    such a name ("200 dollar Amerika Serikat (AS)")."""
    if i >= 2 and doc[i - 1].text == "(":
        i -= 1
        while i > 0 and doc[i - 1].is_title:
            i -= 1
    return i >= 1 and doc[i - 1].lower_ in word_set(lang, "currencies")


def glued_slash(doc: Doc, i: int) -> bool:
    """Whether a slash at i joins two halves of one name, with no space around it and a
    capital after it ("DPR/MPR", "XVII/Cenderawasih")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "/" and not doc[i - 1].whitespace_ and \
        not doc[i].whitespace_ and doc[i + 1].text[:1].isupper()


def slashed(ents: list[Span]) -> list[Span]:
    """Organisation and place names written with a slash grown over it and the name after it,
    which the tagger ends at or before the slash ("[Gedung DPR/][MPR] RI" -> "Gedung
    DPR/MPR")."""
    grown = {}
    for ent in ents:
        slash = ent.end - 1 if ent[-1].text == "/" else ent.end
        if glued_slash(ent.doc, slash) and LABELS[ent.label_] != ActorType.PERSON:
            grown[ent] = Span(ent.doc, ent.start, slash + 2, label=ent.label_)
    return [grown.get(e, e) for e in ents if e in grown or not any(
        g.start < e.start < g.end for g in grown.values())]  # the name after the slash, taken


def overlapping_persons(ents: list[Span]) -> list[Span]:
    """Person entities that overlap once widened as one person ("[Mousa Khamis]" and "[Khamis
    Adam]" from the tagger's "[Mousa] Khamis [Adam]")."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: (e.start, -e.end)):
        prev = out[-1] if out else None
        if prev is not None and ent.start < prev.end and \
                LABELS[ent.label_] == LABELS[prev.label_] == ActorType.PERSON:
            out[-1] = Span(ent.doc, prev.start, max(prev.end, ent.end), label=prev.label_)
            continue
        out.append(ent)
    return out


def ticket_halves(ents: list[Span]) -> list[Span]:
    """A person entity of two full names joined by a hyphen, as a ticket is written, as two
    persons ("[Rizal Lamadjido]-[Hendra Tompunu]"; not "Linda Thomas-Greenfield")."""
    out = []
    for ent in ents:
        joint = next((t.i for t in ent if t.text == "-" and not t.whitespace_ and
                      not ent.doc[t.i - 1].whitespace_), None)
        halves = (ent.doc[ent.start : joint], ent.doc[joint + 1 : ent.end]) \
            if joint is not None and LABELS[ent.label_] == ActorType.PERSON else ()
        if halves and all(len(h) >= 2 and all(t.is_title for t in h) for h in halves):
            out += [Span(ent.doc, h.start, h.end, label=ent.label_) for h in halves]
        else:
            out.append(ent)
    return out


def initialled(ents: list[Span], doc: Doc, lang: str) -> list[Span]:
    """Entities with the initials the press writes for a suspect ("berinisial HS", "saudara
    AP") as persons, whatever the tagger made of them; an entity the tagger ran on over the
    marker ends before it ("[PT Mitra Alat Berat] berinisial RW")."""
    marked = initial_marks(doc, lang)
    cut = [Span(doc, e.start, min([i - 1 for i in marked if e.start < i < e.end] or [e.end]),
                label=e.label_) for e in ents if e.start not in marked]
    return [e for e in cut if len(e)] + [Span(doc, i, i + 1, label="PER") for i in marked]


def build(doc: Doc, offset: int, lang: str, skip: list[tuple[int, int]]) -> Table:
    """Collect the named actors of a document (offsets shifted by the body start)."""
    table = Table(lang, skip=[(s + offset, e + offset) for s, e in skip])

    def skipped(span: Span) -> bool:
        return table.skipped(span.start_char + offset) or stance(span, lang) or \
            statute_named(span, lang)

    suspects = written_initials(doc, lang)

    matches = gazetteer_matches(doc.text, lang)
    named = frozenset(entry.qid for _, _, entry in matches)
    for start, end, entry in matches:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or skipped(span) or inside_name(span, lang) or span.text in suspects:
            continue
        building = named_building(span, lang)
        if building is not None:
            key = table.add(building.text, ActorType.PLACE)
            table.mention(key, building.start_char + offset, building.end_char + offset,
                          building.text)
        else:
            add_gazetteer_actor(table, doc, span, entry, offset, named)
    services = service_names(doc, lang)
    listed = sorted(listed_names(doc, lang) + services, key=lambda n: n.start)
    buildings_at = building_places(doc, lang)
    for name in listed:
        key = table.add(name.text if name not in services else service_name(name),
                        ActorType.ORGANIZATION)
        table.mention(key, name.start_char + offset, name.end_char + offset, name.text)
        if name in services and table.actors[key].affiliation is None:
            state = gazetteer_index(lang)[name[2:].text]
            table.actors[key].affiliation = table.add(
                state.name, GAZ_TYPES.get(state.label, ActorType.COUNTRY), state.qid)
        after = doc[name.end : name.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[1].is_upper and after[2].text == ")":
            table.mention(key, after[1].idx + offset, after[1].idx + len(after[1]) + offset,
                          after[1].text)
    common = {t.text for t in doc if spelt_occasion(doc[t.i : t.i + 1], lang) or (
        t.is_upper and t.lower_ in word_set(lang, "thing_acronyms"))}  # "PSU", "LPG"
    table.skip += [(t.idx + offset, t.idx + len(t) + offset) for t in doc if t.text in common]
    ents = [widened(e, lang) for e in (trimmed(ent, lang) for ent in doc.ents) if e is not None
            and e.label_ in LABELS and not skipped(e) and not verb_form(e, lang)
            and not vessel(e, lang)
            and not (LABELS[e.label_] == ActorType.PERSON and named_on(e, lang))
            and not coded(doc, e.end)
            and not closed_word(e, lang) and not any(n.start <= e.start < n.end for n in listed)
            and not role_words(e, lang) and not any(p.start == e.start for p in buildings_at)]
    ents += [b for b in (body_before_name(e, lang) for e in doc.ents if e.label_ in LABELS)
             if b is not None]
    ents = slashed(ents)
    ents = ticket_halves(initialled(overlapping_persons(ents), doc, lang))
    ents = split_persons(listed_people(ents, lang), lang)
    ents = [e for e in ents if LABELS[e.label_] != ActorType.ORGANIZATION or not any(
        o.start <= e.start and e.end <= o.end and len(o) > len(e) and o.label_ == e.label_
        for o in ents)]
    acronyms = {acronym.text for _, acronym in acronym_pairs(doc, lang)} | {
        t.text for t in doc[1:-1]
        if t.text.isupper() and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"}
    for ent in sorted(ents, key=lambda e: -len(e.text)):
        add_entity(table, ent, offset, acronyms)
    affiliate_persons(table)
    headed_commands(table, doc, offset)
    for name, role in titled_names(doc, lang):
        if len(name) > 2 and name[0].text in acronyms:
            name = name[1:]  # a body's short name closing the role ("Sekjen [Kementan] X Y")
        start, end = name.start_char + offset, name.end_char + offset
        inside = list(dict.fromkeys(k for s, e, k in sorted(table.spans) if s < end and start < e))
        if skipped(name) or named_on(name, lang) or not all(
                name_piece(table, k, name, offset) or
                mistagged(table, k, name, lang)
                for k in inside):
            continue  # a name that overlaps an actor other than its own pieces
        for k in inside:
            if mistagged(table, k, name, lang):
                table.actors[k].type = ActorType.PERSON
        key = add_person(table, name, full_role(name, role, lang), offset)
        for part in [k for k in inside if k != key]:  # the entity found only the last words
            absorb(table, part, key)
    for name, role in apposed_names(doc, lang):
        start, end = name.start_char + offset, name.end_char + offset
        pieces = list(dict.fromkeys(  # in text order: the order they are absorbed in
            k for s, e, k in sorted(table.spans) if start < e <= end and not
            table.actors[k].wikidata and (start <= s or table.actors[k].type ==
                                          ActorType.PERSON)))  # "[Helena Vasquez]-Moreau"
        if skipped(name) or any((s < start < e or s < end < e) and k not in pieces
                                for s, e, k in table.spans) or \
                any(table.actors[k].type == ActorType.COUNTRY for k in pieces):
            continue
        key = add_person(table, name, role, offset, whole=True)
        if not table.actors[key].wikidata:
            table.actors[key].type = ActorType.PERSON  # "[Abdulmalik al-Hamdani]" tagged a place
        for part in [k for k in pieces if k != key]:  # the tagger's pieces ("[Khalil] Abu Rayyan")
            absorb(table, part, key)
        table.drop_within([(role.start_char + offset, role.end_char + offset)], key,
                          ActorType.PERSON)
        owner = next((t.i for t in role if t.ent_type_ in ("PER", "PERSON")), None)
        lead = doc[role.start : owner].text if role[-1].ent_type_ in ("PER", "PERSON") else None
        for actor in table.actors.values():  # "Pengacara [Rusdi]" is Rusdi's lawyer's role
            if actor.key != key and lead and lead in actor.job_titles:
                actor.job_titles.remove(lead)
                own = served_title(lead, lang)  # "juru bicara [Presiden]": the owner's own
                if own:
                    add_title(actor, own)
    for name, acronym in acronym_pairs(doc, lang):
        if name[0].lower_ in gatherings(lang) | documents(lang) or skipped(name):
            continue  # "Konferensi Tingkat Tinggi (KTT)" names an occasion
        start, end = name.start_char + offset, name.end_char + offset
        inner = next((k for s, e, k in table.spans if (s, e) == (start, end)), None)
        holder = None if inner else table.around(start, end)  # "Negara [Islam ... Suriah]"
        if holder is not None and table.actors[holder].type == ActorType.PERSON:
            holder = None  # a body in a person's role ("Koordinator [BEM SI], Fadli")
        if inner is not None and table.actors[inner].type == ActorType.PERSON and \
                name.text.lower() not in known_names(lang):
            as_body(table.actors[inner], name.text)  # "Kepala Staf Gabungan (JCS)"
        kind = guess_type([t.text for t in name], lang)
        named_as = ActorType.ORGANIZATION if kind == ActorType.PERSON else kind  # a named body
        key = inner or holder or table.add(lead_cased(name, lang), named_as)
        if holder is None:
            table.mention(key, start, end, name.text)
        table.mention(key, acronym.start_char + offset, acronym.end_char + offset, acronym.text)
        if inner is None and holder is None and acronym[0].is_title:
            lead = min([start] + [s for s, e, _ in table.spans if s < start < e])
            spots = [(lead, acronym.end_char + offset)]  # from a role that runs into the name
            spots += mention_again(table, key, acronym, offset)
            table.drop_within(spots, key)  # the pieces of "Himpunan [Wiraswasta] ... (Hiswana)"
        if len(acronym) > 1:
            short_name_again(table, key, acronym, offset)
        twin = table.by_name(acronym.text)
        if twin not in (None, key) and (table.actors[twin].type == table.actors[key].type or
                                         initials(table.actors[key].name) == acronym.text):
            absorb(table, twin, key)
        placed_branch(table, key, name, acronym, offset)
    for tok in doc:
        key = table.by_name(tok.text) if is_acronym(tok.text) else None
        if key and not skipped(doc[tok.i : tok.i + 1]):
            table.mention(key, tok.idx + offset, tok.idx + len(tok) + offset, tok.text)
    for place in buildings_at:
        start, end = place.start_char + offset, place.end_char + offset
        if not skipped(place) and not any(s <= start and end <= e for s, e, _ in table.spans):
            table.mention(table.add(place.text, ActorType.PLACE), start, end, place.text)
            add_housed(table, place[1:], offset)
    bodies_over_states(table)
    merge_aliases(table, doc, offset)
    office_bodies(table)
    return table


def short_name_again(table: Table, key: str, acronym: Span, offset: int) -> None:
    """A short name of several words is the body wherever it is written, its words not pieces
    taken for other bodies, and the body of a person it names in a role with no other
    ("Koordinator Pusat BEM SI Fadli": not "Pusat BEM")."""
    spots = [(acronym.start_char + offset, acronym.end_char + offset)]
    for start, end in mention_again(table, key, acronym, offset):
        spots.append((min([start] + [s for s, e, _ in table.spans if s < start < e <= end]), end))
        for s, e, k in table.spans:
            if s < start and end < e and table.actors[k].type == ActorType.PERSON:
                table.actors[k].affiliation = table.actors[k].affiliation or key
    table.drop_within(spots, key)


def mention_again(table: Table, key: str, words: Span, offset: int) -> list[tuple[int, int]]:
    """Mention an actor wherever the words of its name are written again; those offsets."""
    spots = []
    for again in occurrences(words.doc, words):
        spots.append((again.start_char + offset, again.end_char + offset))
        table.mention(key, *spots[-1], again.text)
    return spots


def office_bodies(table: Table) -> None:
    """Persons of no known body belong to the one their title heads when the text names it
    ("Menteri Perhubungan" -> "Kementerian Perhubungan")."""
    for actor in table.actors.values():
        if actor.type == ActorType.PERSON and actor.affiliation is None:
            actor.affiliation = office_body(table, actor)


def office_body(table: Table, actor: Actor) -> str | None:
    """The named organisation a person's title heads ("Kapolrestabes Semarang" ->
    "Polrestabes Semarang"), if the text names it."""
    for title in (t.lower() for t in actor.job_titles):
        office, body = next(((o, b) for o, b in offices(table.lang).items()
                             if title.startswith(o + " ")), ("", ""))
        key = table.by_name(f"{body} {title[len(office):].strip()}".strip()) \
            if office else None
        if key is not None and table.actors[key].type == ActorType.ORGANIZATION:
            return key
    return None


def placed_branch(table: Table, key: str, name: Span, acronym: Span, offset: int) -> None:
    """A body named with its acronym and then a place is its branch there ("Lembaga Bantuan
    Hukum (LBH) Makassar": also "LBH Makassar")."""
    doc, after = name.doc, acronym.end + 1
    end = after
    while end < len(doc) and doc[end].is_title and doc[end].ent_type_ == "LOC":
        end += 1
    actor = table.actors[key]
    if end == after or actor.type != ActorType.ORGANIZATION or \
            actor.name.lower() != name.text.lower():  # also a lead in capitals ("KEJAKSAAN Tinggi")
        return
    place, stop = doc[after:end].text, doc[end - 1 : end].end_char + offset
    actor.aliases.append(actor.name)
    actor.name = normalize(f"{actor.name} {place}")
    table.mention(key, name.start_char + offset, stop, doc[name.start : end].text)
    table.mention(key, acronym.start_char + offset, stop, f"{acronym.text} {place}")
    table.drop_within([(name.start_char + offset, stop)], key, ActorType.PLACE)


def as_body(actor: Actor, name: str) -> None:
    """Make a person entity the body its whole name, abbreviated in brackets, names."""
    actor.type, actor.name, actor.job_titles = ActorType.ORGANIZATION, normalize(name), []
    actor.aliases = [a for a in actor.aliases if a != actor.name]


def headed_commands(table: Table, doc: Doc, offset: int) -> None:
    """The police command the title of a named chief names ("Kapolrestabes Semarang Kombes X"
    -> "Polrestabes Semarang"), mentioned inside the title and the chief's affiliation, unless
    the text names a command of that kind otherwise."""
    heads = word_set(table.lang, "police_heads")
    for tok in doc:
        if not (tok.is_title and tok.lower_.startswith("ka") and tok.lower_[2:] in heads):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].is_title and \
                not is_title_word(doc[end].text, table.lang) \
                and doc[end].ent_type_ not in ("PER", "PERSON"):
            end += 1
        head = tok.text[2:3].upper() + tok.text[3:]
        name = normalize(f"{head} {doc[tok.i + 1 : end].text}")
        named = end < len(doc) and (is_title_word(doc[end].text, table.lang) or
                                    doc[end].ent_type_ in ("PER", "PERSON"))
        other = any(a.type == ActorType.ORGANIZATION and a.name.split()[0] == head and
                    a.name != name for a in table.actors.values())
        if end == tok.i + 1 or not named or other:
            continue  # no place, or the command is named otherwise ("Polda Sumut")
        key = table.by_name(name) or table.add(name, ActorType.ORGANIZATION)
        table.mention(key, tok.idx + 2 + offset, doc[end - 1].idx + len(doc[end - 1]) + offset,
                      name)
        for s, e, chief in table.spans:
            if s <= tok.idx + offset < e and table.actors[chief].type == ActorType.PERSON:
                table.actors[chief].affiliation = key  # not the state a seat in it names


def add_housed(table: Table, name: Span, offset: int) -> None:
    """The body a building is named for, when known or an acronym, before the state it may
    name ("Gedung [DPR] RI"), or a body of a town or province ("Kantor [Pemkab Bekasi]",
    "Gedung [DPRD Jawa Timur]"), the first of two a slash joins ("Gedung [DPR]/MPR")."""
    while len(name) > 1 and name[-1].text in gazetteer_index(table.lang):
        name = name[:-1]
    slash = next((t.i for t in name if glued_slash(name.doc, t.i)), None)
    name = name.doc[name.start : slash] if slash is not None else name
    lang = table.lang
    regional = len(name) > 1 and name[1:].text in regions(lang) and (
        is_acronym(name[0].text) or name[0].lower_ in org_words(lang))
    known = len(name) == 1 and (name.text in organisations(lang) or is_acronym(name.text))
    if (regional or known) and \
            not table.within(name.start_char + offset, name[0].idx + len(name[0]) + offset):
        key = table.by_name(name.text) or table.add(name.text, ActorType.ORGANIZATION)
        table.mention(key, name.start_char + offset, name.end_char + offset, name.text)


def building_places(doc: Doc, lang: str) -> list[Span]:
    """Buildings named a few words after a locative preposition or right after a verb ("di
    depan Gedung DPR", "di Kantor Bupati Pati", "mengepung Gedung DPR"): the building word and
    the capitalised words of its name, up to a time word."""
    preps = word_set(lang, "locative_preps") | word_set(lang, "motion_preps")
    out = []
    for tok in doc:
        after_prep = any(t.lower_ in preps for t in doc[max(0, tok.i - 3) : tok.i])
        if tok.lower_ not in buildings(lang) or not (tok.is_title or after_prep) or not (
                after_prep or (tok.i > 0 and is_verb(doc[tok.i - 1], lang))):
            continue  # also in lower case after a preposition ("di depan gedung DPR")
        end = tok.i + 1
        while end < len(doc) and (doc[end].is_title or is_acronym(doc[end].text) or
                                  glued_slash(doc, end)) and \
                not doc[end].is_sent_start and doc[end].lower_ not in time_words(lang):
            end += 1
        if end > tok.i + 1:
            out.append(doc[tok.i : end])
    return out


def merge_aliases(table: Table, doc: Doc, offset: int) -> None:
    """One node for a person named again right after "atau"/"alias" ("Thomas Trikasih Lembong
    atau Tom Lembong") or called by a nickname ("Pria yang akrab disapa Noel itu": the person
    named last before); one node for a place and the name others give it (``names_for``)."""
    persons = [m for m in table.spans if table.actors[m[2]].type == ActorType.PERSON]
    for a, b in joined(persons, doc.text, offset, word_set(table.lang, "alias_joints")):
        if a in table.actors and b in table.actors:
            absorb(table, b, a)
    for name, other in names_for(table, doc, offset):
        absorb(table, name, other)
    for tok in (t for t in doc[:-1] if t.lower_ in word_set(table.lang, "nickname_verbs")):
        start, word = doc[tok.i + 1].idx + offset, doc[tok.i + 1].text
        nick = next((k for s, _, k in table.spans if s == start), None) or \
            table.by_name(word)  # tagged only where it is used again
        earlier = sorted((s, k) for s, _, k in table.spans if s < tok.idx + offset and k != nick
                         and table.actors[k].type == ActorType.PERSON)
        if nick is not None and earlier and table.actors[nick].type == ActorType.PERSON and \
                len(table.actors[nick].name.split()) == 1:
            absorb(table, nick, earlier[-1][1])


def names_for(table: Table, doc: Doc, offset: int) -> list[tuple[str, str]]:
    """Pairs of a name and what it names, told by an apposition ("Huangyan Dao, nama yang
    digunakan China untuk Scarborough"; "Laut Timur, sebutan Korea untuk Laut Jepang")."""
    out = []
    for tok in (t for t in doc[1:-3] if t.lower_ in word_set(table.lang, "naming_nouns")):
        if doc[tok.i - 1].text != ",":
            continue
        name = next((k for _, e, k in table.spans if e == doc[tok.i - 1].idx + offset), None)
        at = next((t.i for t in doc[tok.i + 1 : min(len(doc) - 1, tok.i + 7)]
                   if t.lower_ in word_set(table.lang, "purpose_preps")), None)
        other = next((k for s, _, k in table.spans if at is not None and
                      s == doc[at + 1].idx + offset), None)
        if name is not None and other is not None and name != other and \
                not table.actors[name].wikidata:
            out.append((name, other))
    return out


def joined(mentions: list[tuple[int, int, str]], text: str, offset: int,
           joints: frozenset[str]) -> list[tuple[str, str]]:
    """The pairs of different actors whose mentions follow each other with only a joining word
    between, past the bracket of an acronym ("Rusia dan Ukraina", "X atau Y", "... (SAF) dan
    ..."), in text order; `text` starts at `offset`."""
    return [(a, b) for (_, e1, a), (s2, _, b) in pairwise(sorted(mentions))
            if a != b and text[e1 - offset : s2 - offset].strip(" ()").lower() in joints]


def add_entity(table: Table, ent: Span, offset: int,
               acronyms: frozenset[str] | set[str] = frozenset()) -> str | None:
    """Add one NER entity: persons with their titles, others by name (gazetteer first); a
    name with a digit is no person ("COP27"), nor is a bare title ("Menteri"), a collective
    word ("Massa") or a title before an acronym spelt out in brackets ("Bos BI")."""
    lang = table.lang
    type_ = LABELS[ent.label_]
    if type_ == ActorType.PERSON and any(c.isdigit() for c in ent.text):
        type_ = ActorType.ORGANIZATION
    if type_ == ActorType.ORGANIZATION and office_holder(ent, lang):
        type_ = ActorType.PERSON
    if type_ == ActorType.PERSON and len(ent) > 1 and ent[0].lower_ in org_words(lang) and (
            ent[1:].text.lower() in province_forms(lang) or ent[1:].text in regions(lang)):
        type_ = ActorType.ORGANIZATION  # "Pemprov Sulteng", a body of its region
    if type_ == ActorType.PERSON and (located_name(ent, lang) or ent.text in regions(lang) or
                                      ent[0].lower_ in word_set(lang, "region_kinds") or (
            len(ent) > 1 and ent[-1].lower_ in words_with_role(lang, "compass"))):
        type_ = ActorType.PLACE  # "Kota Kanbalu", "Darfur Utara"
    if type_ == ActorType.PERSON and re.fullmatch(r"(\w+)-\1", ent.text.lower()):
        return None  # a plural noun opening a sentence ("Anak-anak meninggal")
    if type_ == ActorType.PERSON and any(number_word(t) for t in ent):
        return None  # a number word is in no one's name ("ASEAN Plus Tiga")
    if type_ == ActorType.PERSON and ent[0].lower_ in collectives(lang) and \
            any(t.is_lower and is_verb(t, lang) for t in ent[1:]):
        return None  # a crowd's clause the tagger took for a name ("Massa menuntut Pashinyan")
    if type_ == ActorType.PERSON and paired_names(table, ent):
        return None
    if type_ == ActorType.PERSON and len(ent) == 1 and (
            ent.text.lower() in collectives(lang) or ent.text.lower() in time_words(lang)):
        return None  # "Massa", "Ramadhan"
    marked = preceded_by(ent, word_set(lang, "initial_markers"))  # "berinisial AS"
    if occasion(ent, lang) or statute_named(ent, lang) or role_named(ent, lang) or \
            bare_head(ent, lang) or \
            (ent.text.lower() in word_set(lang, "name_articles") and not marked):
        return None  # nor a bare "Al" cut off from "Al-Kuwari"
    known = table.at(ent.start_char + offset, ent.end_char + offset)
    office = type_ == ActorType.ORGANIZATION and ent[0].lower_ in org_words(lang)
    if type_ == ActorType.ORGANIZATION and not office and state_after(ent) is not None:
        return add_with_state(table, ent, state_after(ent), offset)
    if known and table.actors[known].type != ActorType.PERSON and type_ != ActorType.PERSON \
            and not office:
        return known
    if type_ == ActorType.PERSON:
        name, role = split_title(ent, lang)
        if (name.text in gazetteer_index(lang) and not marked) or name.text in acronyms or \
                all(is_title_word(t.text, lang) for t in name):
            return known
        return add_person(table, name, full_role(name, role, lang), offset)
    if ent.text.lower() in (t for t in titles(lang)):
        return None
    name = lead_cased(ent, table.lang)
    key = table.by_name(name) or table.add(name, type_)
    table.mention(key, ent.start_char + offset, ent.end_char + offset, ent.text)
    if office and not table.actors[key].affiliation:
        start, end = ent.start_char + offset, ent.end_char + offset
        states = [k for s, e, k in sorted(table.spans) if start <= s and e <= end
                  and table.actors[k].type == ActorType.COUNTRY]
        table.actors[key].affiliation = states[-1] if states else None
    return key


def office_holder(ent: Span, lang: str) -> bool:
    """Whether a plain name is followed by the office its bearer holds ("Saldi Isra yang
    menjabat Wakil Ketua MK"): it is a person's."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].lower_ in word_set(lang, "relativizers"):
        i += 1
    return i < len(doc) and doc[i].lower_ in word_set(lang, "office_verbs") and \
        guess_type([t.text for t in ent], lang) == ActorType.PERSON and len(ent) > 1


def lead_cased(ent: Span, lang: str) -> str:
    """An entity's name with the first word of a lead, written in capitals, in title case
    ("MAHKAMAH Konstitusi (MK) memerintahkan ..." names Mahkamah Konstitusi, "BADAN Pengawas
    Pemilu" Badan Pengawas Pemilu)."""
    first = ent[0]
    if len(ent) > 1 and first.is_sent_start and first.is_upper and ent[1].is_title and (
            len(first) > 5 or first.lower_ in org_words(lang)):
        return first.text.title() + ent.text[len(first) :]
    return ent.text


def bare_head(ent: Span, lang: str) -> bool:
    """Whether an organisation entity is a head word alone ("Kementerian menyatakan"), which
    refers to the organisation named before with it (not "Kemenlu", an abbreviated name, nor
    "Polri", a known one)."""
    word = ent[0].lower_
    return LABELS[ent.label_] == ActorType.ORGANIZATION and len(ent) == 1 and \
        word in org_words(lang) and word not in org_expansions(lang) and \
        ent.text not in organisations(lang)


def role_named(ent: Span, lang: str) -> bool:
    """Whether an organisation entity is a role ("Kapolres Metro Jakarta Pusat",
    "Sekretaris Jenderal PBB"): it opens with a title that is no organisation word."""
    first = ent[0].lower_
    return LABELS[ent.label_] == ActorType.ORGANIZATION and first in titles(lang) and \
        first not in org_words(lang) and first not in gazetteer_index(lang)


def paired_names(table: Table, ent: Span) -> bool:
    """Whether a hyphenated name joins two persons named before ("Prabowo-Gibran")."""
    parts = ent.text.split("-")
    words = {w for a in table.actors.values() if a.type == ActorType.PERSON
             for w in a.name.split()}
    return len(parts) == 2 and all(p in words for p in parts)


def located_name(ent: Span, lang: str) -> bool:
    """Whether a name follows a locative, an area noun or a kind of region ("di kawasan
    Sarinah", "kota El Fasher"), or is listed after a place head ("provinsi Marib, Bayda"): a
    place."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in areas(lang) or before in word_set(lang, "locatives") or \
        before in word_set(lang, "region_kinds") or after_place_head(ent.doc, ent.start, lang)


def state_after(ent: Span) -> int | None:
    """Where the state an organisation's name ends with starts ("DPR RI"), if it does."""
    if len(ent) < 2 or ent[-1].ent_type_ != "GPE" or ent[0].ent_type_ == "GPE":
        return None
    start = ent.end - 1
    while start > ent.start and ent.doc[start - 1].ent_type_ == "GPE" and \
            ent.doc[start - 1].ent_iob_ != "B":
        start -= 1
    return start if start > ent.start else None


def add_with_state(table: Table, ent: Span, start: int, offset: int) -> str:
    """An organisation named with its state ("DPR RI"): the organisation, affiliated with the
    state, the whole name one of its mentions."""
    doc = ent.doc
    name = doc[ent.start : start]
    key = table.by_name(name.text) or table.add(name.text, ActorType.ORGANIZATION)
    table.mention(key, ent.start_char + offset, ent.end_char + offset, ent.text)
    table.mention(key, name.start_char + offset, name.end_char + offset, name.text)
    state = table.at(doc[start].idx + offset, ent.end_char + offset)
    if state is not None and not table.actors[key].affiliation:
        table.actors[key].affiliation = state
    return key


def occasion(ent: Span, lang: str) -> bool:
    """Whether an entity is the name of a summit, conference or exercise ("KTT COP27",
    "latihan militer gabungan tahunan Freedom Shield") or of a law or treaty ("RUU Penyiaran",
    "Traktat Washington") or of a day ("Hari Tani Nasional"), not of a body the gazetteer
    knows ("KTT G20" names G20)."""
    doc, words = ent.doc, gatherings(lang) | documents(lang)
    named = ent[1:] if ent[0].lower_ in words else ent
    lead = doc[max(0, ent.start - 5) : ent.start]
    opening = next((t for t in reversed(lead) if not t.is_lower or is_verb(t, lang) or
                    function_words(lang).get(t.lower_)), None)  # not "pemilu yang dimenangi X"
    before = preceded_by(ent, word_set(lang, "day_heads")) or any(
        t.lower_ in words and (opening is None or t.i > opening.i) for t in lead)
    body = getattr(gazetteer_index(lang).get(named.text), "label", None) == "ORG"
    return ((before or len(named) < len(ent)) and not body) or spelt_occasion(ent, lang)


def initial_marks(doc: Doc, lang: str) -> list[int]:
    """Where the initials the press writes for a suspect stand ("berinisial AS")."""
    return [t.i for t in doc[1:] if t.is_upper and t.is_alpha and 2 <= len(t) <= 4
            and doc[t.i - 1].lower_ in word_set(lang, "initial_markers")]


def written_initials(doc: Doc, lang: str) -> set[str]:
    """A suspect's initials: wherever they recur they are the person, not the state or body
    they also abbreviate."""
    return {doc[i].text for i in initial_marks(doc, lang)}


def preceded_by(span: Span, words: frozenset[str]) -> bool:
    """Whether the word before a span is one of some words."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in words


def in_statute_title(doc: Doc, start: int, lang: str) -> bool:
    """Whether a name is in the title of a statute cited by number ("Undang-Undang Nomor 3
    Tahun 2020 tentang Mineral dan [Batu Bara]"): what it is about, no actor."""
    word = before_list(doc, start, lang)
    return word is not None and word.lower_ in word_set(lang, "statute_titles") and any(
        t.lower_ in word_set(lang, "statutes") for t in doc[max(0, word.i - 8) : word.i])


def placed_or_cited(doc: Doc, start: int, lang: str) -> bool:
    """Whether a name is written where no actor is: listed after a place head or in a cited
    statute's title (see after_place_head, in_statute_title)."""
    return after_place_head(doc, start, lang) or in_statute_title(doc, start, lang)


def statute_named(span: Span, lang: str) -> bool:
    """Whether a name is what a statute is named for ("Undang-Undang TNI", "RUU Polri"): the
    statute's subject, no actor."""
    return preceded_by(span, word_set(lang, "statutes"))


def spelt_occasion(ent: Span, lang: str) -> bool:
    """Whether an acronym in brackets abbreviates the lower-case words before it, a gathering
    or a common noun, not a name ("rapat dengar pendapat (RDP)", "pemungutan suara ulang
    (PSU)")."""
    doc, n = ent.doc, len(ent.text)
    if len(ent) != 1 or not is_acronym(ent.text) or ent.start < n + 1 or \
            doc[ent.start - 1].text != "(":
        return False
    run = doc[ent.start - 1 - n : ent.start - 1]
    return (run[0].lower_ in gatherings(lang) or all(t.is_lower for t in run)) and \
        "".join(t.text[0] for t in run).lower() == ent.text.lower()




def strip_det(words: list[str], lang: str) -> list[str]:
    """Words of a description without leading articles and vague counts ("sejumlah") and
    trailing demonstratives."""
    dets = words_with_role(lang, "det")
    while words and words[-1].lower() in dets:
        words = words[:-1]
    while words and (words[0].lower() in word_set(lang, "indefinite") | word_set(lang, "definite")
                     or function_words(lang).get(words[0].lower()) == "quant"):
        words = words[1:]
    return words


@cache
def gazetteer_names(lang: str) -> frozenset[str]:
    """Canonical names of the gazetteer (for tests and checks)."""
    return frozenset(e.name for e in gazetteer(lang))


def promote_agents(table: Table, keys: list[str], doc: Doc, offset: int) -> bool:
    """Let places that act become persons (a tagger's LOC on a speaker), and an office's
    building named by its office an organisation ("Kantor Kepresidenan Azerbaijan"); False if
    one cannot (a known place, a world region, another building, a long name, a name only
    ever after a locative)."""
    for key in keys:
        actor = table.actors[key]
        words = actor.name.split()
        office = len(words) > 1 and (is_title_word(words[1], table.lang) or
                                     words[1].lower() in org_words(table.lang))
        if actor.type == ActorType.PLACE and office and words[0].lower() in buildings(
                table.lang) and not only_located(table, key, doc, offset):
            actor.type = ActorType.ORGANIZATION  # "Kantor Kepresidenan Azerbaijan menyebut"
            continue
        if actor.type == ActorType.PLACE:
            if actor.wikidata or len(words) > 3 or words[0].lower() in buildings(table.lang) or \
                    actor.name in regions(table.lang) or only_located(table, key, doc, offset):
                return False
            actor.type = ActorType.PERSON
    return True


def only_located(table: Table, key: str, doc: Doc, offset: int) -> bool:
    """Whether every mention of an actor follows a locative preposition ("di Den Haag") or a
    lower-case place head, directly or as one of listed names ("provinsi Hodeidah, Taiz, dan
    Saada")."""
    preps = word_set(table.lang, "place_preps")
    spans = [doc.char_span(s - offset, e - offset) for s, e, k in table.spans if k == key]
    return all(span is not None and (
        (span.start > 0 and doc[span.start - 1].lower_ in preps)
        or after_place_head(doc, span.start, table.lang)) for span in spans)


def referenced(stmts: list, evts: list) -> set[str]:
    """Every actor key a statement or an event points to."""
    used: set[str] = set()
    for s in stmts:
        used.update([s.speaker, *s.about, *s.responds_to] + ([s.recipient] if s.recipient else []))
    for e in evts:
        used.update(e.sources + e.targets + e.responds_to + ([e.place] if e.place else []))
    return used


GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def bare_words(name: str, lang: str) -> tuple[list[str], bool]:
    """A name's words with glued words split ("PresidenTrump") and leading role, organisation,
    place and acronym words dropped; whether any were dropped."""
    words = [w.strip(",") for w in GLUE.sub(" ", normalize(name)).split() if w.strip(",")]
    i = 0
    while i < len(words) - 1 and (
            is_title_word(words[i], lang) or words[i].lower() in org_words(lang)
            or words[i].isupper() or words[i] in gazetteer_index(lang)
            or words[i].lower() in function_words(lang)):
        i += 1
    return words[i:], i > 0 or len(words) != len(normalize(name).split())


def person_for(table: Table, key: str) -> str | None:
    """The one person whose full name a partial, glued or titled name of another node is."""
    actor = table.actors[key]
    if actor.wikidata or actor.local or actor.type in (ActorType.GROUP, ActorType.COUNTRY) \
            or actor.name.isupper():
        return None
    words, stripped = bare_words(actor.name, table.lang)
    if all(w.isupper() for w in words):
        return None
    low = {w.lower() for w in words}
    found = set()
    for other_key, other in table.actors.items():
        full = other.name.lower().split()
        if other_key == key or other.type != ActorType.PERSON or other.local or not low <= set(
                full) or bare_words(other.name, table.lang)[1]:
            continue
        if (len(full) > len(low) and not (stripped and actor.type == ActorType.ORGANIZATION)) \
                or (len(full) == len(low) and stripped):
            found.add(other_key)
    return found.pop() if len(found) == 1 else None


def initials(name: str) -> str:
    """The capital initials of a name's words ("Mahkamah Konstitusi" -> "MK")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def spelt_out(name: str, lang: str) -> str:
    """An organisation's name lower-cased with an abbreviated head word written out ("Kemhan
    Azerbaijan" -> "kementerian pertahanan azerbaijan")."""
    first, _, rest = name.lower().partition(" ")
    return " ".join(w for w in (org_expansions(lang).get(first, first), rest) if w)


def org_for(table: Table, key: str) -> str | None:
    """The one organisation an acronym (also with the head last, as in English: "Partai Buruh
    Nasional" -> "BNP"), a name with a trailing state, a cut-off name, a name without its head
    ("Demokrat": "Partai Demokrat") or an abbreviated head ("Kemhan Azerbaijan") stands for."""
    actor = table.actors[key]
    if actor.type != ActorType.ORGANIZATION:
        return None
    words = actor.name.split()
    found = set()
    for other_key, other in table.actors.items():
        if other_key == key or other.type != ActorType.ORGANIZATION:
            continue
        letters = initials(other.name)
        acronym = len(words) == 1 and actor.name.isupper() and len(other.name.split()) >= 2 \
            and actor.name in (letters, letters[1:] + letters[:1])
        head = other.name.split()
        stated = len(head) < len(words) and words[: len(head)] == head and all(
            state_word(w, table.lang) for w in words[len(head):])
        unstated = spelt_out(actor.name, table.lang) in (  # "Kemlu": "Kemlu RI"
            spelt_out(other.name, table.lang),
            spelt_out(" ".join(stateless(head, table.lang)), table.lang))
        cut = 2 <= len(words) < len(head) and head[: len(words)] == words
        headless = len(head) == len(words) + 1 and head[1:] == words and \
            head[0].lower() in org_words(table.lang)  # "Demokrat": "Partai Demokrat"
        bare = len(words) == 1 and (actor.name.lower() in org_expansions(table.lang) or
                                    is_acronym(actor.name)) and \
            spelt_out(other.name, table.lang).startswith(spelt_out(actor.name, table.lang) + " ")
        if acronym or stated or cut or headless or unstated or bare:  # "DPRD": its one DPRD
            found.add(other_key)
    home = home_state(table.lang)
    if len(words) == 1 and home is not None and len(found) > 1:
        found = {k for k in found if table.actors[k].affiliation == home.qid} or found  # "Kemlu"
    if len({spelt_out(table.actors[k].name, table.lang) for k in found}) == 1:
        return max(found, key=lambda k: len(table.actors[k].name))  # "Kemlu", "Kemenlu": one
    return None


def state_word(word: str, lang: str) -> bool:
    """Whether a word names a state after an organisation's name ("Rusia", "RI", "AS")."""
    return word in gazetteer_index(lang) or (word.isupper() and len(word) == 2)


def stateless(words: list[str], lang: str) -> list[str]:
    """A name's words without the states that close it ("Kementerian Luar Negeri RI")."""
    end = len(words)
    while end > 1 and state_word(words[end - 1], lang):
        end -= 1
    return words[:end]


def named_for(table: Table, key: str) -> str | None:
    """The one other node that has this node's name among its aliases: an acronym, or a
    non-person name seen alone, tagged before it was paired with its organisation ("MKMK")."""
    actor = table.actors[key]
    if actor.wikidata or not (actor.name.isupper() or (
            actor.type != ActorType.PERSON and not actor.aliases)):
        return None
    name = actor.name.lower()
    found = [k for k, other in table.actors.items()
             if k != key and name in (a.lower() for a in other.aliases)]
    return found[0] if len(found) == 1 else None




def people_for(table: Table, key: str) -> str | None:
    """The people a collective of its members names ("para pengungsi Rohingya" -> Rohingya, a
    name the tagger took for a person or, after an ethnic head, a place), which becomes a
    collective itself."""
    actor = table.actors[key]
    words = actor.name.split()
    if actor.type != ActorType.GROUP or len(words) < 2 or \
            words[-2] in word_set(table.lang, "locatives") or \
            not word_set(table.lang, "people_heads") & {w.lower() for w in words[:-1]}:
        return None  # not "pengungsi di Rafah": refugees in a place
    ethnic = bool(word_set(table.lang, "ethnic_heads") & {w.lower() for w in words[:-1]})
    kinds = (ActorType.PERSON, ActorType.GROUP) + ((ActorType.PLACE,) if ethnic else ())
    found = [k for k, other in table.actors.items() if k != key and other.name == words[-1]
             and other.type in kinds and not other.wikidata]
    if len(found) != 1:
        return None
    table.actors[found[0]].type = ActorType.GROUP
    return found[0]


def collapsed(name: str) -> str:
    """A name with doubled letters written once, lower-cased ("Yasonna" ~ "Yasona")."""
    return re.sub(r"(\w)\1", r"\1", name.lower())


def spelling_for(table: Table, key: str) -> str | None:
    """The longer-spelt person a name is a variant of, differing only in doubled letters
    ("Yasona Laoly" -> "Yasonna Laoly", "Mohamad" -> "Mohammad")."""
    actor = table.actors[key]
    if actor.type != ActorType.PERSON or actor.local:
        return None
    found = [k for k, other in table.actors.items()
             if k != key and other.type == ActorType.PERSON and not other.local
             and len(other.name) > len(actor.name) and collapsed(other.name) == collapsed(
                 actor.name)]
    return found[0] if len(found) == 1 else None


def province_written_for(table: Table, key: str) -> str | None:
    """The body named with its province written out that a body with the province
    abbreviated is ("Polda Sumut" -> "Polda Sumatera Utara")."""
    actor = table.actors[key]
    form = name_form(actor.name, table.lang)
    if actor.type != ActorType.ORGANIZATION or form == actor.name.lower():
        return None
    found = [k for k, other in table.actors.items() if k != key
             and other.type == ActorType.ORGANIZATION and
             any(name_form(n, table.lang) == form for n in (other.name, *other.aliases))]
    return found[0] if len(found) == 1 else None


def initials_for(table: Table, key: str) -> str | None:
    """The one person whose initials an unknown acronym of two to four letters is (the press
    writes "BW" for Bambang Widjojanto; initials marked as a person's may be of the first
    names only), unless titled: a rank before initials withholds a name ("pelaku, Bripka
    RS,")."""
    name = table.actors[key].name
    prefix = table.actors[key].type == ActorType.PERSON  # "saudara AP" for Agus Prasetyo N.
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 4) or \
            table.actors[key].job_titles or name in gazetteer_index(table.lang) or (
                name.lower() in known_names(table.lang) and not prefix):
        return None
    found = [k for k, other in table.actors.items() if k != key
             and other.type == ActorType.PERSON and not other.local
             and (len(other.name.split()) == len(name) or prefix)
             and initials(other.name).startswith(name)]
    return found[0] if len(found) == 1 else None


def hyphen_part_for(table: Table, key: str) -> str | None:
    """The one node whose hyphenated name ends with a one-word name ("Karabakh" ->
    "Nagorno-Karabakh", "Canel" -> the person "Miguel Díaz-Canel")."""
    name = table.actors[key].name
    if " " in name or "-" in name or table.actors[key].wikidata:
        return None
    found = [k for k, other in table.actors.items() if k != key and "-" in other.name
             and other.name.split()[-1].split("-")[-1] == name
             and (" " not in other.name or other.type == ActorType.PERSON)]
    return found[0] if len(found) == 1 else None


def acronym_part_for(table: Table, key: str) -> str | None:
    """The one organisation whose hyphenated acronym opens with this acronym ("TPNPB" ->
    "Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka (TPNPB-OPM)")."""
    actor = table.actors[key]
    if actor.type != ActorType.ORGANIZATION or not is_acronym(actor.name):
        return None
    found = [k for k, other in table.actors.items() if k != key and
             other.type == ActorType.ORGANIZATION and any(
                 "-" in n and n.split("-")[0] == actor.name for n in (other.name, *other.aliases))]
    return found[0] if len(found) == 1 else None


def shortened_for(table: Table, key: str) -> str | None:
    """The one person a one-word name shortens a word of ("Rifqi" -> "Muhammad Rifqinizamy
    Karsayuda")."""
    actor = table.actors[key]
    if actor.type != ActorType.PERSON or " " in actor.name or actor.wikidata or actor.local \
            or len(actor.name) < 4:
        return None
    short = actor.name.lower()
    found = [k for k, other in table.actors.items() if k != key
             and other.type == ActorType.PERSON and " " in other.name
             and any(w.lower().startswith(short) and len(w) > len(short)
                     for w in other.name.split())]
    return found[0] if len(found) == 1 else None


def bare_word(actor: Actor) -> bool:
    """Whether an actor is a one-word name of no role or identity, however it was tagged (it
    may be part of a place's longer name)."""
    return " " not in actor.name and not (actor.wikidata or actor.job_titles or actor.local) \
        and actor.type in (ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE)


def place_opening_for(table: Table, key: str) -> str | None:
    """The one place whose longer name opens with this one-word name of no role, however it
    was tagged ("Scarborough" -> "Scarborough Shoal"), but not a part of it named by a
    direction ("Eropa" is not "Eropa Timur")."""
    actor = table.actors[key]
    if not bare_word(actor):
        return None
    compass = words_with_role(table.lang, "compass")
    found = [k for k, other in table.actors.items() if k != key
             and other.type == ActorType.PLACE and other.name.startswith(actor.name + " ")
             and not set(other.name.lower().split()[1:]) <= compass]
    return found[0] if len(found) == 1 else None


def region_for(table: Table, key: str) -> str | None:
    """The one place named by this place's name (or a one-word name of no role, however it was
    tagged) after a kind of region ("Gaza" -> "Jalur Gaza", "Pati" -> "Kabupaten Pati",
    "Scarborough" -> "Beting Scarborough")."""
    actor = table.actors[key]
    if actor.type != ActorType.PLACE and not bare_word(actor):
        return None
    kinds = word_set(table.lang, "region_kinds")
    found = [k for k, other in table.actors.items() if k != key
             and other.type == ActorType.PLACE and other.name.endswith(" " + actor.name)
             and other.name[: -len(actor.name) - 1].lower() in kinds]
    return found[0] if len(found) == 1 else None


def branch_for(table: Table, key: str) -> str | None:
    """The one branch named in the story of a body named by one word ("Bawaslu" after
    "Bawaslu Karawang", "KPU" after "KPU Kabupaten Banggai"): the body a local story means."""
    actor = table.actors[key]
    if actor.type != ActorType.ORGANIZATION or " " in actor.name:
        return None
    found = [k for k, other in table.actors.items() if k != key and
             other.type == ActorType.ORGANIZATION and other.name.startswith(actor.name + " ") and
             all(w[0].isupper() for w in other.name.split()[1:])]
    return found[0] if len(found) == 1 else None


def headed_for(table: Table, key: str, heads: frozenset[str], kinds: set[ActorType],
               target: ActorType) -> str | None:
    """The actor of a kind an actor of other kinds names after one of some head words."""
    actor = table.actors[key]
    head, _, rest = actor.name.partition(" ")
    if actor.type not in kinds or not rest or head.lower() not in heads:
        return None
    found = table.by_name(rest)
    return found if found and table.actors[found].type == target else None


def movement_for(table: Table, key: str) -> str | None:
    """The organisation a collective word and its name stand for ("pemberontak M23" -> M23,
    "milisi FDLR" -> FDLR; not "warga Palestina")."""
    return headed_for(table, key, word_set(table.lang, "movement_heads"), {ActorType.GROUP},
                      ActorType.ORGANIZATION)


def forces_for(table: Table, key: str) -> str | None:
    """The state whose forces or police a body named with its state is ("Polisi Georgia",
    "Militer Myanmar": the guide's generic forces stand for their state)."""
    heads = word_set(table.lang, "state_heads") | word_set(table.lang, "police_words")
    return headed_for(table, key, heads, {ActorType.ORGANIZATION, ActorType.GROUP},
                      ActorType.COUNTRY)


def seat_for(table: Table, key: str) -> str | None:
    """The state (or seated organisation) a capital named as a place stands for where the
    article also writes the capital for it ("di Manila" beside "Manila mengirim nota protes")."""
    actor = table.actors[key]
    state = table.actors.get(actor.affiliation or "")
    if actor.type != ActorType.PLACE or state is None or \
            state.type not in (ActorType.COUNTRY, ActorType.ORGANIZATION):
        return None
    return actor.affiliation if actor.name in state.aliases else None


def dropped_letter(short: str, long: str) -> bool:
    """Whether a name is another with one letter left out ("Australi" ~ "Australia")."""
    short, long = short.lower(), long.lower()
    return len(short) >= 5 and len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1:] == short for i in range(len(long)))


def misspelling_for(table: Table, key: str) -> str | None:
    """The one identified entity (it has a QID) whose name a name misspells by a dropped
    letter ("hubungan dengan Australi" in an article about Australia), which is no person."""
    actor = table.actors[key]
    if actor.wikidata or (actor.type == ActorType.PERSON and " " in actor.name):
        return None
    found = [k for k, other in table.actors.items()
             if k != key and other.wikidata and other.type != ActorType.PERSON
             and any(dropped_letter(actor.name, name) for name in [other.name, *other.aliases])]
    return found[0] if len(found) == 1 else None


def known_for(table: Table, key: str) -> str | None:
    """The one other node that is another form of the same well-known person or organisation
    ("Cak Imin" -> "Muhaimin Iskandar", "KPK" -> "Komisi Pemberantasan Korupsi")."""
    known = known_names(table.lang)
    actor = table.actors[key]
    canonical = known.get(actor.name.lower())
    if canonical is None:
        return None
    found = [k for k, other in table.actors.items() if k != key and other.type == actor.type
             and known.get(other.name.lower()) == canonical]
    return found[0] if len(found) == 1 else None


def holder_for(table: Table, key: str) -> str | None:
    """The one named person of the same affiliation whose role has the head of an unnamed
    speaker's description, wherever the text names them ("Utusan pemerintah China meminta
    ..." in a lead, "utusan China untuk perubahan iklim Xie Zhenhua" later)."""
    actor = table.actors[key]
    if not actor.local or actor.type != ActorType.PERSON or actor.affiliation is None:
        return None
    head = actor.name.split()[0].lower()
    found = [k for k, other in table.actors.items()
             if other.type == ActorType.PERSON and not other.local
             and other.affiliation == actor.affiliation
             and any(t.lower().split()[0] == head for t in other.job_titles)]
    return found[0] if len(found) == 1 else None


def nickname_for(table: Table, key: str) -> str | None:
    """The one person with the same surname whose first name a short first name shortens
    ("Tom Lembong" -> "Thomas Trikasih Lembong")."""
    actor = table.actors[key]
    words = actor.name.split()
    if actor.type != ActorType.PERSON or actor.local or len(words) != 2 or len(words[0]) < 3:
        return None
    found = [k for k, other in table.actors.items()
             if k != key and other.type == ActorType.PERSON and not other.local
             and len(other.name.split()) >= 2 and other.name.split()[-1] == words[-1]
             and other.name.split()[0] != words[0] and shortened(words[0], other.name.split()[0])]
    return found[0] if len(found) == 1 else None


def shortened(short: str, long: str) -> bool:
    """Whether a name is a short form of another: its first letter and then its letters in
    order ("Tom" of "Thomas")."""
    rest = iter(long[1:].lower())
    return short[0] == long[0] and all(c in rest for c in short[1:].lower())


def epithet(name: str) -> bool:
    """Whether a name is a description with lower-case words ("lembaga antirasuah")."""
    return any(w.islower() for w in name.split()[1:])


def absorb(table: Table, src: str, dst: str) -> None:
    """Merge one actor node into another: names, roles, affiliation and mentions."""
    old, new = table.actors.pop(src), table.actors[dst]
    if old.wikidata and not new.wikidata:
        new.wikidata = old.wikidata
    if old.type == new.type == ActorType.ORGANIZATION and (
            not epithet(old.name), len(old.name)) > (not epithet(new.name), len(new.name)):
        old.name, new.name = new.name, old.name  # the longer name, but "KPK" over an epithet
    for alias in [old.name, *old.aliases]:
        if alias != new.name and alias not in new.aliases:
            new.aliases.append(alias)
    for title in old.job_titles:
        add_title(new, title)
    new.affiliation = new.affiliation or old.affiliation
    if new.affiliation in (src, dst):
        new.affiliation = None  # no body belongs to itself
    table.spans = list(dict.fromkeys((s, e, dst if k == src else k) for s, e, k in table.spans))
    for actor in table.actors.values():
        if actor.affiliation == src:
            actor.affiliation = dst if actor.key != dst else None


def consolidate(table: Table) -> dict[str, str]:
    """Merge second nodes into the entity they name (surnames, glued or titled forms,
    acronyms); the map of merged keys."""
    merged: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        for key in sorted(table.actors, key=lambda k: len(table.actors[k].name)):
            target = person_for(table, key) or org_for(table, key) or named_for(table, key) \
                or people_for(table, key) or spelling_for(table, key) \
                or misspelling_for(table, key) or holder_for(table, key) or known_for(table, key) \
                or hyphen_part_for(table, key) or acronym_part_for(table, key) \
                or initials_for(table, key) \
                or region_for(table, key) or branch_for(table, key) \
                or place_opening_for(table, key) \
                or shortened_for(table, key) \
                or nickname_for(table, key) or seat_for(table, key) \
                or movement_for(table, key) or province_written_for(table, key) \
                or forces_for(table, key)
            if target:
                absorb(table, key, target)
                merged = {k: target if v == key else v for k, v in merged.items()}
                merged[key] = target
                changed = True
                break
    return merged


def counted_mention(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a mention opens with a number or a quantity, or follows one ("[Ratusan]
    pendukung")."""
    words = text[max(0, start - 20) : end].split()
    first = len(words) - len(text[start:end].split())
    return any(w.isdigit() or function_words(lang).get(w.lower()) == "quant"
               for w in words[max(0, first - 1) : first + 1])


def apposed_groups(table: Table, text: str) -> dict[str, str]:
    """A collective word a person's name is set beside ("pelaku, Bripka RS,") is that person,
    unless the collective is counted ("Ratusan pendukung X, [Y]") or the name opens a pair
    ("Y-Z"); the map of merged keys."""
    persons = {s: (k, e) for s, e, k in table.spans
               if table.actors[k].type == ActorType.PERSON}
    merged: dict[str, str] = {}
    for start, end, key in sorted(table.spans):
        person, person_end = persons.get(end + 2, (None, 0))
        if key in table.actors and table.actors[key].type == ActorType.GROUP and \
                person is not None and text[end : end + 2] == ", " and \
                not counted_mention(text, start, end, table.lang) and \
                not re.search(r"\w \w+-[A-Z]\w* \w", text[end + 2 : person_end]) and \
                not text.startswith("-", person_end):
            absorb(table, key, person)
            merged[key] = person
    return merged


def rekey(stmts: list, evts: list, merged: dict[str, str]) -> None:
    """Point statements and events at the nodes merged actors went into."""
    def one(key: str | None) -> str | None:
        return merged.get(key, key) if key else key

    def many(keys: list[str]) -> list[str]:
        return list(dict.fromkeys(merged.get(k, k) for k in keys))

    for s in stmts:
        s.speaker, s.recipient = one(s.speaker), one(s.recipient)
        s.about, s.responds_to = many(s.about), many(s.responds_to)
    for e in evts:
        e.sources, e.targets, e.responds_to = many(e.sources), many(e.targets), many(
            e.responds_to)
        e.place = one(e.place)


def standalone(table: Table) -> set[str]:
    """The actors with a mention that is not part of another actor's longer name."""
    return {k for s, e, k in table.spans if not any(
        s2 <= s and e <= e2 and e2 - s2 > e - s and k2 != k for s2, e2, k2 in table.spans)}


def reported_body(table: Table, key: str | None, kept: set[str]) -> str | None:
    """An affiliation worth reporting: an organisation of a state named only inside a title or
    another name ("juru bicara Kementerian Luar Negeri China Mao Ning") gives way to its state,
    unless it takes part or is named on its own."""
    while key and table.actors[key].type == ActorType.ORGANIZATION and key not in kept and \
            table.actors[key].affiliation:
        key = table.actors[key].affiliation
    return key


def emitted(table: Table, stmts: list, evts: list, article: Article) -> list[Actor]:
    """The actors worth reporting: participants, their affiliations (see reported_body),
    persons and states named on their own (not only inside another name: "Universitas
    Indonesia"), and organisations named more than once (one named once that neither acts,
    speaks nor is acted on is only mentioned)."""
    office_bodies(table)
    rekey(stmts, evts, apposed_groups(table, article.text))
    rekey(stmts, evts, consolidate(table))
    used = referenced(stmts, evts)
    mentioned = Counter(k for _, k in {(s, k) for s, _, k in table.spans})  # once per place
    named = standalone(table)
    for key, actor in table.actors.items():
        if ((actor.type in (ActorType.PERSON, ActorType.COUNTRY) and key in named) or (
                actor.type == ActorType.ORGANIZATION and mentioned[key] > 1)) and not actor.local:
            used.add(key)
    pending = list(used)
    while pending:
        actor = table.actors[pending.pop()]
        actor.affiliation = reported_body(table, actor.affiliation, used | named)
        if actor.affiliation and actor.affiliation not in used:
            used.add(actor.affiliation)
            pending.append(actor.affiliation)
    for start, end, key in sorted(table.spans):
        table.actors[key].mentions.append(Mention(article.span(start, end)))
    return [a for k, a in table.actors.items() if k in used]
