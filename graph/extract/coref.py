"""Resolve a noun phrase to an actor: names, pronouns, role descriptions, collectives."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from graph.extract.actors import (
    absorb,
    add_person,
    coded,
    common_word,
    full_role,
    guess_type,
    initials,
    is_acronym,
    is_title_word,
    joined,
    name_words,
    normalize,
    number_word,
    person_key,
    placed,
    placed_or_cited,
    promote_agents,
    rekey,
    sentence_initial,
    slug,
    split_title,
    strip_det,
)
from graph.extract.clauses import (
    is_verb,
    np_after,
    pair_reference,
    split_conjuncts,
    vague_quantity,
)
from graph.extract.context import Context
from graph.extract.lexicon import (
    belongings,
    calendar_word,
    collectives,
    documents,
    function_words,
    gatherings,
    gazetteer_index,
    home_state,
    known_names,
    org_expansions,
    org_words,
    place_heads,
    pronouns,
    proper_collectives,
    time_words,
    title_expansions,
    title_heads,
    titles,
    word_set,
    words_with_role,
)
from graph.extract.morph import abstract_noun
from graph.records import ActorType

PLURAL_REFERENTS = frozenset({ActorType.GROUP, ActorType.COUNTRY, ActorType.ORGANIZATION})
LIST_REACH = 16
"""Words a relative clause may run before the members a plural description spells out."""
ROLE_REACH = 6
"""Capitalised role words a listed name may come after ("Sekretaris Jenderal Kementerian X")."""


def pronoun_of(np: Span, lang: str) -> str | None:
    """The pronoun an NP consists of (dia, ia, mereka, -nya), or None."""
    words = [t.lower_ for t in np if not t.is_punct]
    table = pronouns(lang)
    if len(words) == 1 and words[0] in table:
        return words[0]
    if len(words) == 1 and words[0].startswith("-") and words[0][1:] in table:
        return words[0][1:]
    return None


def owned(np: Span, lang: str) -> bool:
    """Whether an NP is a belonging possessed by -nya ("kapal-kapalnya"): it stands for its
    owner, the latest subject or speaker of any kind."""
    words = [t.lower_ for t in np if not t.is_punct]
    return len(words) == 1 and words[0].endswith("nya") and \
        words[0][:-3].split("-")[0] in belongings(lang)


def owner(ctx: Context, key: str | None) -> str | None:
    """Who owns the belongings of an actor ("pasukannya" after a spokesperson or a ministry):
    the body or state it speaks for, else the actor itself."""
    for _ in range(2):
        actor = ctx.table.actors[key] if key is not None else None
        if actor is None or actor.type not in (ActorType.PERSON, ActorType.ORGANIZATION) or \
                actor.affiliation not in ctx.table.actors:
            break
        key = actor.affiliation
    return key


def by_pronoun(ctx: Context, pronoun: str, char: int) -> str | None:
    """The most recent salient actor before an offset that a pronoun can refer to (a singular
    one: a person, or an organisation or state when no person is salient since the sentence
    before); for a plural pronoun with no subject or speaker since the sentence before, the
    last collective that sentence mentions, else the state or organisation opening it ("Junta
    yang dipimpin X ... menolak ... Mereka menilai"), else its last one ("... membuat
    Pemerintah Australia geram. Mereka memprotes ...")."""
    plural = pronouns(ctx.lang).get(pronoun) == "pl"
    recent = ctx.recent(char)
    found = next((k for k in reversed(recent)
                  if (ctx.table.actors[k].type == ActorType.PERSON) != plural), None)
    k = ctx.sent_index(char)
    since = ctx.sents[max(0, k - 1)][0]

    def near(key: str | None) -> bool:
        return key is not None and any(c >= since for c, salient in ctx.salience if salient == key)

    if not plural:
        latest = recent[-1] if recent else None
        named = [key for s, _, key in sorted(ctx.table.spans) if since + ctx.offset <= s <
                 char + ctx.offset and ctx.table.actors[key].type == ActorType.PERSON] \
            if not near(found) and pronoun in word_set(ctx.lang, "person_pronouns") else []
        if named:
            return named[-1]  # "Kejagung menetapkan Tom sebagai tersangka. Ia langsung ditahan"
        if not near(found) and near(latest) and ctx.table.actors[latest].type in (
                ActorType.ORGANIZATION, ActorType.COUNTRY):
            return latest  # "pemerintah India mengatakan ... '...,' klaimnya"
        return found
    if near(found):
        return found
    before = sorted((s, key) for s, _, key in ctx.table.spans
                    if since + ctx.offset <= s < ctx.sents[k][0] + ctx.offset
                    and ctx.table.actors[key].type in PLURAL_REFERENTS)
    groups = [key for _, key in before if ctx.table.actors[key].type == ActorType.GROUP]
    opening = before[0][1] if k > 0 and before and before[0][0] == since + ctx.offset else None
    return groups[-1] if groups else opening or (before[-1][1] if before else found)


def spelled_out(role: str, lang: str) -> str:
    """A role lower-cased with its abbreviated titles written out ("Menkumham" -> "menteri
    hukum dan ham")."""
    expansions = title_expansions(lang)
    role = " ".join(role.lower().split())
    for phrase in (k for k in expansions if " " in k):
        role = re.sub(rf"\b{re.escape(phrase)}\b", expansions[phrase], role)
    return " ".join(expansions.get(w, w) for w in role.split())


def by_description(ctx: Context, words: list[str], affiliation: str | None,
                   char: int, definite: bool = False, former: bool = False) -> str | None:
    """The most recent person whose role or description shares the head and affiliation (one
    named only later must hold exactly that role); for a definite description ("Diplomat
    tinggi Bangladesh itu"), else the most recent subject or speaker of that affiliation or of
    none known (of any, for a former office: "mantan Panglima TNI ini")."""
    head = words[0].lower()
    text = spelled_out(" ".join(words), ctx.lang)
    recent = ctx.recent(char)
    holders = [k for k in ctx.table.actors if any(
        r.startswith(text + " ") for r in described(ctx, k))]
    holders = holders if " " in text or len(holders) == 1 else []  # the one "Gubernur X"
    order = list(reversed([k for k in ctx.table.actors if k not in recent] + recent))
    for key in order:  # who holds the role described, before who merely shares its body
        if any(text == r or (key in holders and (key in recent or len(holders) == 1))
               for r in described(ctx, key)):
            return key
    for key in order:
        actor = ctx.table.actors[key]
        if actor.type != ActorType.PERSON:
            continue
        roles = described(ctx, key)
        named_by = set(actor.name.lower().split())
        other = bool(word_set(ctx.lang, "anonymity") & named_by) and head not in named_by
        if affiliation and actor.affiliation == affiliation and key in recent and not other:
            return key  # not "Menteri Luar Negeri X" for "pejabat X yang enggan disebut namanya"
        if not affiliation and key in recent and any(
                head in r.split() and set(text.split()) <= set(r.split()) for r in roles):
            return key  # "Wali Kota" is the Wali Kota Solo, "Wali Kota Medan" is not
    found = sole_member(ctx, affiliation, char) if affiliation else None
    if found is None and definite and (affiliation or former):
        people = [ctx.table.actors[k] for k in reversed(recent)]
        found = next((p.key for p in people if p.type == ActorType.PERSON and
                      (former or p.affiliation in (None, affiliation) or
                       state_of(ctx, p.key) in (None, state_of(ctx, affiliation)))), None)
    return found


def described(ctx: Context, key: str) -> list[str]:
    """A person's roles spelt out, and the description an unnamed one is named by."""
    actor = ctx.table.actors[key]
    if actor.type != ActorType.PERSON:
        return []
    roles = [spelled_out(r, ctx.lang) for r in actor.job_titles]
    return roles + ([spelled_out(actor.name, ctx.lang)] if actor.local else [])


def description_end(np: Span, lang: str) -> int:
    """Where a noun phrase ends with the description after it that closes with a demonstrative
    ("pria [berusia 46 tahun itu]", "pejabat [yang enggan disebut namanya itu]"), else its end."""
    doc = np.doc
    if np.end >= len(doc) or doc[np.end].lower_ not in word_set(lang, "description_leads"):
        return np.end
    after = doc[np.end : np.end + 8]
    stop = next((t.i for t in after if t.is_punct), after.end)
    dets = [t.i for t in doc[np.end : stop] if t.lower_ in words_with_role(lang, "det")]
    return dets[0] + 1 if dets else np.end


def last_person(ctx: Context, char: int) -> str | None:
    """The person last a subject or speaker before an offset."""
    return next((k for k in reversed(ctx.recent(char))
                 if ctx.table.actors[k].type == ActorType.PERSON), None)


def related_to_named(ctx: Context, np: Span) -> str | None:
    """The person spoken of before whom a definite description names by a relative or an
    associate ("Ipar Presiden Joko Widodo itu", "ajudan Presiden Vladimir Putin itu": not the
    president)."""
    lang = ctx.lang
    if len(np) < 3 or np[0].lower_ not in word_set(lang, "relation_nouns") or \
            np[-1].lower_ not in words_with_role(lang, "det"):
        return None
    inside = set(ctx.actors_within(np.start_char, np.end_char))
    return next((k for k in reversed(ctx.recent(np.start_char)) if k not in inside
                 and ctx.table.actors[k].type == ActorType.PERSON), None)


def unnamed_before(ctx: Context, words: list[str], affiliation: str | None) -> str | None:
    """The latest unnamed person described with the same head and affiliation ("Pejabat Mesir
    yang meminta namanya tidak disebut itu" after "seorang pejabat Mesir yang ...")."""
    head = words[0].lower()
    return next((k for k, a in reversed(ctx.table.actors.items()) if a.local and
                 a.type == ActorType.PERSON and a.name.split()[0].lower() == head and
                 a.affiliation == affiliation), None)


def sole_member(ctx: Context, affiliation: str, char: int) -> str | None:
    """The one person of an organisation or state named before an offset ("Bos BI")."""
    before = {k for s, _, k in ctx.table.spans if s < char + ctx.offset}
    members = [k for k in before if ctx.table.actors[k].type == ActorType.PERSON
               and not ctx.table.actors[k].local and ctx.table.actors[k].affiliation == affiliation]
    return members[0] if len(members) == 1 else None


def known_form(ctx: Context, np: Span) -> str | None:
    """The actor a description names by another known form of its name ("lembaga antirasuah
    itu" -> Komisi Pemberantasan Korupsi, named before)."""
    known = known_names(ctx.lang)
    canonical = known.get(" ".join(head_words(np, ctx.lang)).lower())
    if canonical is None:
        return None
    return next((k for s, _, k in sorted(ctx.table.spans, reverse=True)
                 if s < np.start_char + ctx.offset and any(
                     known.get(n.lower()) == canonical
                     for n in (ctx.table.actors[k].name, *ctx.table.actors[k].aliases))), None)


def named_before(ctx: Context, head: str, char: int) -> str | None:
    """The organisation last named before an offset whose name or alias opens with a head word
    or what it abbreviates ("kementerian itu" -> Kementerian Luar Negeri Arab Saudi, or a
    Departemen Luar Negeri; "Polda" -> Kepolisian Daerah Jawa Tengah; "perusahaan" -> PT X)."""
    before = sorted((s, k) for s, _, k in ctx.table.spans if s < char + ctx.offset)
    ministries = word_set(ctx.lang, "ministry_heads")
    companies = {f"{m} " for m in word_set(ctx.lang, "company_marks")}
    heads = {head, org_expansions(ctx.lang).get(head, head)} | (
        ministries if head in ministries else set()) | (
        companies if head in word_set(ctx.lang, "company_nouns") else set())
    return next((k for _, k in reversed(before)
                 if ctx.table.actors[k].type == ActorType.ORGANIZATION
                 and any(n.lower().startswith(h) for n in (ctx.table.actors[k].name,
                                                           *ctx.table.actors[k].aliases)
                         for h in heads)), None)


def described_body(ctx: Context, words: list[str], char: int) -> str | None:
    """The body or collective a definite "kelompok ... itu" refers back to: the latest named
    before whose names share a word of the description, else the latest organisation that
    spoke or acted."""
    orgs = {k for s, _, k in ctx.table.spans if s < char + ctx.offset and
            ctx.table.actors[k].type == ActorType.ORGANIZATION}
    salient = [k for k in ctx.recent(char) if k in orgs]
    return sharing_body(ctx, words, char) or (salient or [None])[-1]


def sharing_body(ctx: Context, words: list[str], char: int) -> str | None:
    """The latest body or collective named before an offset whose names share a word of a
    description ("Lembaga itu" after "Yayasan Lembaga Bantuan Hukum Indonesia"), or none."""
    said = {w.lower() for w in words}
    actors = ctx.table.actors
    before = [k for s, _, k in sorted(ctx.table.spans) if s < char + ctx.offset and
              actors[k].type in (ActorType.ORGANIZATION, ActorType.GROUP)]
    shared = [k for k in before
              if said & set(" ".join([actors[k].name, *actors[k].aliases]).lower().split())]
    return shared[-1] if shared else None


def head_words(np: Span, lang: str) -> list[str]:
    """The words of an NP without articles, demonstratives, punctuation and a bracketed
    acronym ("Asosiasi Pengusaha Indonesia [(Apindo)] DKI Jakarta")."""
    doc = np.doc
    return strip_det([t.text for t in np if not t.is_punct and not (
        np.start < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")")],
        lang)


NAMED_PLACES = frozenset({ActorType.PLACE, ActorType.ORGANIZATION, ActorType.COUNTRY})


def name_part(ctx: Context, span: Span) -> str | None:
    """The place or organisation whose longer name a span that mentions no actor of its own is
    part of ("Jalan [Gatot Subroto]", "Koalisi Perubahan untuk [Persatuan]")."""
    start, end = span.start_char + ctx.offset, span.end_char + ctx.offset
    if not len(span) or ctx.table.at(start, end):
        return None
    holders = [(e - s, k) for s, e, k in ctx.table.spans if s <= start and end <= e
               and e - s > end - start and ctx.table.actors[k].type in NAMED_PLACES]
    return min(holders)[1] if holders else None


def initialled(ctx: Context, np: Span) -> str | None:
    """The one person named before whose initials close a description ("tersangka SYL" after
    Syahrul Yasin Limpo), as the press shortens the names of people in a case."""
    last = np[-1].text
    if len(np) < 2 or not (is_acronym(last) and last.isalpha() and len(last) <= 4) or \
            ctx.table.at(np[-1].idx + ctx.offset, np[-1].idx + len(last) + ctx.offset):
        return None
    found = {k for s, _, k in ctx.table.spans if s < np.start_char + ctx.offset
             and ctx.table.actors[k].type == ActorType.PERSON
             and initials(ctx.table.actors[k].name) == last}
    return found.pop() if len(found) == 1 else None


def initials_after(ctx: Context, np: Span) -> str | None:
    """The person whose initials a marker writes right after a description ("Kepala Dinas
    Pekerjaan Umum berinisial RS": RS, not an unnamed head of office)."""
    doc, i = np.doc, np.end
    if i + 1 >= len(doc) or doc[i].lower_ not in word_set(ctx.lang, "initial_markers"):
        return None
    start = doc[i + 1].idx + ctx.offset
    key = ctx.table.at(start, start + len(doc[i + 1]))
    return key if key and ctx.table.actors[key].type == ActorType.PERSON else None


def people_named(np: Span, lang: str) -> bool:
    """Whether a noun phrase is a people named by its place ("ribuan warga Gaza"), not one of
    them ("seorang warga Gaza")."""
    counts = words_with_role(lang, "quant") | word_set(lang, "quantifiers")
    words = [t.lower_ for t in np if not (t.is_punct or t.like_num or t.lower_ in counts)]
    return len(words) > 1 and words[0] in word_set(lang, "people_heads")


def named_person(ctx: Context, np: Span, create: bool) -> str | None:
    """A person written as title words and a capitalised name ("Perdana Menteri X Y"), not a
    collective head and a name ("warga Gaza") nor a list of names ("Sanaa, Hodeidah, Taiz")."""
    exact = ctx.actor_at(np.start_char, np.end_char)
    if exact and ctx.table.actors[exact].type != ActorType.PERSON and (np.start_char + ctx.offset,
            np.end_char + ctx.offset, exact) in ctx.table.spans:
        return None
    name, inner = split_title(np, ctx.lang)
    if name_part(ctx, name) or (inner is not None and people_named(np, ctx.lang)) or \
            placed(name, ctx.lang) or placed_or_cited(name.doc, name.start, ctx.lang):
        return None
    words = [t for t in name if not t.is_punct]
    if not words or any(t.text == "," for t in name) or \
            not all(t.is_title for t in words) or len(words) > 4 or all(
            is_title_word(t.text, ctx.lang) for t in words):
        return None
    known = person_key(ctx.table, name.text) if inner is None and len(words) == 1 else None
    if known:
        ctx.table.mention(known, name.start_char + ctx.offset, name.end_char + ctx.offset,
                          name.text)
        return known
    if not nameable(words, ctx.lang) or (inner is None and len(words) == 1 and not create):
        return None
    if guess_type([t.text for t in words], ctx.lang) != ActorType.PERSON:
        return None
    if inner is None and not person_key(ctx.table, name.text) and not create:
        return None
    known = ctx.actors_within(name.start_char, name.end_char)
    if known and inner is not None and ctx.table.actors[known[0]].type in (
            ActorType.PERSON, ActorType.PLACE) and \
                promote_agents(ctx.table, known[:1], ctx.doc, ctx.offset):
        return add_person(ctx.table, name, full_role(name, inner, ctx.lang), ctx.offset)
    if name.text in gazetteer_index(ctx.lang) or known:
        return known[0] if known and ctx.table.actors[known[0]].type == ActorType.PERSON else None
    return add_person(ctx.table, name, full_role(name, inner, ctx.lang), ctx.offset)




def located(ctx: Context, group: Span) -> Span:
    """A collective extended over the state or place that locates it ("partai-partai
    oposisi di India", "tujuh negara di Amerika Selatan")."""
    doc, j = ctx.doc, group.end
    if j + 1 >= len(doc) or doc[j].lower_ not in word_set(ctx.lang, "locating"):
        return group
    start = doc[j + 1].idx + ctx.offset
    spans = [(e, k) for s, e, k in ctx.table.spans if s == start and
             ctx.table.actors[k].type in (ActorType.COUNTRY, ActorType.PLACE)]
    if not spans:
        return group
    end = max(e for e, _ in spans) - ctx.offset
    return doc.char_span(group.start_char, end, alignment_mode="expand") or group


def unprefixed(name: str, lang: str) -> str:
    """A collective's name without its plural article ("para pendukungnya" -> "pendukungnya")."""
    words = name.split()
    articled = len(words) > 1 and words[0].lower() in word_set(lang, "plural_articles")
    return " ".join(words[1:]) if articled else name


def group_core(name: str, lang: str) -> tuple[str, str]:
    """A collective's head and last word, past plural articles and leading collectives
    ("Para pendukung garis keras Bolsonaro", "Massa pendukung Bolsonaro" -> pendukung,
    bolsonaro)."""
    words = name.lower().split()
    while len(words) > 2 and is_collective(words[0], lang) and is_collective(words[1], lang):
        words = words[1:]
    return words[0], words[-1]


def crowd_of(ctx: Context, group: Span, name: str) -> str | None:
    """The collective a bare crowd word stands for ("massa", "peserta aksi" after "Ratusan
    mahasiswa ..."): the latest other collective that was a subject in the three sentences
    before, not the security forces facing it ("Aparat kepolisian membubarkan massa")."""
    crowds = word_set(ctx.lang, "crowd_words")
    if name.lower() not in crowds:
        return None
    since = ctx.sents[max(0, ctx.sent_index(group.start_char) - 3)][0]
    other = crowds | word_set(ctx.lang, "forces")
    return next((k for c, k in reversed(ctx.salience) if since <= c < group.start_char and
                 ctx.table.actors[k].type == ActorType.GROUP and
                 ctx.table.actors[k].name.lower() not in other), None)


def counted_again(ctx: Context, group: Span) -> str | None:
    """The collective a definite count points back to ("ketiga pria itu" after "polisi
    menangkap tiga pria"): the one counted before it with the same number and head."""
    doc, words = ctx.doc, [w.lower() for w in head_words(group, ctx.lang)]
    if len(words) < 2 or words[0] not in COUNTED:
        return None
    numbers = {words[0].removeprefix("ke"), str(COUNTED[words[0]])}
    first = next((t for t in reversed(doc[: group.start - 1]) if t.lower_ in numbers and
                  doc[t.i + 1].lower_ == words[1]), None)
    earlier = collective_np(np_after(doc, first.i, first.sent.end, ctx.lang), ctx.lang) \
        if first is not None else None
    return group_key(ctx, earlier) if earlier is not None else None


def same_group(ctx: Context, name: str) -> str | None:
    """A collective already seen with the same head and last word as a name of two or more
    words, or the one collective seen whose head a bare head word is ("pengemudi" after
    "pengemudi ojek online")."""
    if len(name.split()) < 2:
        heads = [k for k, a in ctx.table.actors.items() if a.type == ActorType.GROUP and
                 group_core(a.name, ctx.lang)[0] == name.lower()]
        return heads[0] if len(heads) == 1 else None
    core = group_core(name, ctx.lang)
    return next((k for k, a in ctx.table.actors.items() if a.type == ActorType.GROUP and any(
        len(n.split()) > 1 and group_core(n, ctx.lang) == core for n in [a.name, *a.aliases])),
        None)


def possessed_name(ctx: Context, group: Span) -> str | None:
    """A possessed collective named with its possessor ("para pendukungnya" after Jair
    Bolsonaro -> "pendukung Bolsonaro"; a person by the last word of the name), the
    collective just before it and "dan" ("para korban dan keluarganya" -> "keluarga korban"),
    or without it when it is a deed's ("para pelakunya" -> "pelaku")."""
    words = head_words(group, ctx.lang)
    last = words[-1].lower() if words else ""
    if not last.endswith("nya") or not is_collective(last[:-3], ctx.lang):
        return None
    if last[:-3] in word_set(ctx.lang, "deed_roles"):
        return normalize(" ".join([*words[:-1], last[:-3]]))  # "para pelakunya": the deed's
    doc, i = group.doc, group.start
    if i > 1 and doc[i - 1].lower_ in word_set(ctx.lang, "list_conjunctions") and \
            is_collective(doc[i - 2].lower_, ctx.lang):
        return f"{last[:-3]} {doc[i - 2].lower_}"  # "para korban dan keluarganya"
    owner = by_pronoun(ctx, "nya", group.start_char)
    if owner is None:
        return None
    actor = ctx.table.actors[owner]
    return f"{last[:-3]} {actor.name.split()[-1] if actor.type == ActorType.PERSON else actor.name}"


def group_key(ctx: Context, group: Span) -> str:
    """The collective a noun phrase names: one already seen under this name (or with the
    same head and last word: the shortest such name wins), else a new one named with its
    possessor or its location when the text gives one, without a plural article before two
    or more words."""
    lang, table = ctx.lang, ctx.table
    short = normalize(" ".join(head_words(group, lang)))
    full = located(ctx, group)
    located_name = normalize(" ".join(head_words(full, lang)))
    name = possessed_name(ctx, group) or (
        unprefixed(located_name, lang) if len(located_name.split()) > 2 else located_name)
    # the fullest name first, then the head words, then those without a plural article: a
    # set here would make the match depend on the string hash seed
    key = next((k for k in map(table.by_name, dict.fromkeys([name, short, unprefixed(short, lang)]))
                if k), None) \
        or possessed_group(ctx, group) or counted_again(ctx, group) or same_group(ctx, name) \
        or crowd_of(ctx, group, name) or table.add(name, ActorType.GROUP)
    actor = table.actors[key]
    if len(name) < len(actor.name) and group_core(name, lang) == group_core(actor.name, lang):
        actor.aliases.append(actor.name)
        actor.name = name
    table.mention(key, full.start_char + ctx.offset, full.end_char + ctx.offset, full.text)
    for alias in (short, written(full, lang), written(group, lang), counted_form(full, lang),
                  qualified(full, lang, word_set(lang, "qualifying_preps")),
                  with_relative(full, lang)):
        if alias != table.actors[key].name and alias not in table.actors[key].aliases:
            table.actors[key].aliases.append(alias)
    return key


def counted_form(group: Span, lang: str) -> str:
    """A collective as written with the number, quantity, plural article or "semua" before it
    and without a closing demonstrative ("dua tersangka pelaku", "ratusan pengunjuk rasa",
    "para korban", "semua kelompok bersenjata", "dua guru honorer [itu]")."""
    doc, i, end = group.doc, group.start, group.end
    while i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ in word_set(
            lang, "plural_articles") | word_set(lang, "all_sides") or
            function_words(lang).get(doc[i - 1].lower_) == "quant"):
        i -= 1
    if end - i > 1 and doc[end - 1].lower_ in words_with_role(lang, "det"):
        end -= 1
    return normalize(doc[i:end].text)


def written(np: Span, lang: str) -> str:
    """A noun phrase as written, with the vague count before it and without a closing
    demonstrative ("[Ribuan] mahasiswa dari berbagai kampus itu", "[sedikitnya] 30 pemuda")."""
    start = np.start
    while start > 0 and (vague_quantity(np.doc[start - 1], lang) or (
            np.doc[start - 1].like_num and start - 1 > 0 and
            vague_quantity(np.doc[start - 2], lang))):
        start -= 1
    words = [t.text for t in np.doc[start : np.end] if not t.is_punct]
    while words and words[-1].lower() in words_with_role(lang, "det"):
        words = words[:-1]
    return normalize(" ".join(words))


def with_relative(np: Span, lang: str) -> str:
    """A noun phrase as written with the relative clause that closes its sentence or clause
    ("puluhan orang [yang diduga menjadi provokator kericuhan]")."""
    doc = np.doc
    if np.end >= len(doc) or doc[np.end].lower_ not in word_set(lang, "relativizers"):
        return written(np, lang)
    stop = next((t.i for t in doc[np.end : min(len(doc), np.end + 10)] if t.is_punct), np.end)
    return written_through(np, stop, lang)


def qualified(np: Span, lang: str, preps: frozenset[str] | None = None) -> str:
    """A noun phrase as written with the phrase of a preposition (one of `preps`, if given)
    that qualifies it ("negara-negara [di luar kawasan]", "warga Afghanistan [tanpa dokumen]")."""
    return written_through(np, qualifier_end(np, lang, preps), lang)


def written_through(np: Span, end: int, lang: str) -> str:
    """A noun phrase as written (``written``) with the words after it up to a token index."""
    tail = f" {np.doc[np.end : end].text}" if end > np.end else ""
    return normalize(written(np, lang) + tail)


def qualifier_end(np: Span, lang: str, preps: frozenset[str] | None = None) -> int:
    """Where the phrase of a preposition (one of `preps`, if given) that qualifies a noun
    phrase ends ("seorang warga [di Khartoum utara]"), or the noun phrase's end."""
    doc = np.doc
    if np.end + 1 >= len(doc) or function_words(lang).get(doc[np.end].lower_) != "prep" or (
            preps is not None and doc[np.end].lower_ not in preps):
        return np.end
    after = np_after(doc, np.end + 1, len(doc), lang)
    return np.end if not len(after) or any(is_verb(t, lang) for t in after) else after.end


def possessed_group(ctx: Context, group: Span) -> str | None:
    """The collective a possessive names ("para pendukungnya" after "pendukung Bolsonaro"):
    an earlier group whose name has the same head followed by the possessor's name."""
    words = head_words(group, ctx.lang)
    if not words or not words[-1].lower().endswith("nya") or len(words[-1]) <= 5:
        return None
    owner = by_pronoun(ctx, "nya", group.start_char)
    if owner is None:
        return None
    base = words[-1][:-3].lower()
    names = {w.lower() for n in [ctx.table.actors[owner].name, *ctx.table.actors[owner].aliases]
             for w in n.split()}
    for key, actor in ctx.table.actors.items():
        forms = [f.lower().split() for f in [actor.name, *actor.aliases]]
        if actor.type == ActorType.GROUP and any(
                base in f and f.index(base) + 1 < len(f) and f[f.index(base) + 1] in names
                for f in forms):
            return key
    return None


def is_collective(word: str, lang: str) -> bool:
    """A collective head: a lexicon word ("para", "warga", also possessed: "pendukungnya") or
    a reduplicated role or organisation word ("menteri-menteri", "partai-partai"; not
    "foto-foto", nor "hak-hak" of "Hak Asasi Manusia")."""
    if word.lower() in proper_collectives(lang) and not word[:1].isupper():
        return False  # "Barat" (the West), not "Afrika barat"
    word = word.lower()
    if word.endswith("nya") and word[:-3] in collectives(lang):
        word = word[:-3]
    parts = word.split("-")
    return word in collectives(lang) or parts[0] in collectives(lang) or (
        len(parts) == 2 and parts[0] == parts[1] and len(parts[0]) > 2 and
        (parts[0] in title_heads(lang) or parts[0] in org_words(lang)))


def named_next(tok: Token, lang: str) -> bool:
    """Whether a token is a conjunction with a name after it ("oposisi [dan] Washington")."""
    doc = tok.doc
    return tok.lower_ in word_set(lang, "list_conjunctions") and tok.i + 1 < len(doc) and \
        (doc[tok.i + 1].is_title or doc[tok.i + 1].is_upper)


def members_of(group: Span, keys: list[str], types: dict[str, ActorType], lang: str) -> bool:
    """Whether a collective named with organisations only is their members as a group (its
    head in lower case: not the "Buruh" of "Partai Buruh"), one named with states only its
    people ("67 warga Palestina", not the state), or office holders under a plural article
    those of its states or bodies ("para menteri luar negeri ASEAN")."""
    head = next((t.text for t in group if t.lower_ not in word_set(lang, "plural_articles")
                 and not t.like_num and function_words(lang).get(t.lower_) != "quant"), "")
    holders = group[0].lower_ in word_set(lang, "plural_articles") and (
        head in titles(lang) or head in word_set(lang, "leader_nouns"))
    return bool(keys) and (
        (head in word_set(lang, "member_collectives") and
         all(types[k] == ActorType.ORGANIZATION for k in keys)) or
        (holders and all(types[k] in (ActorType.ORGANIZATION, ActorType.COUNTRY) for k in keys)) or
        (head in word_set(lang, "people_heads") and
         all(types[k] == ActorType.COUNTRY for k in keys)))


def collective_np(np: Span, lang: str) -> Span | None:
    """The collective part of a noun phrase: from its head, from a number of states or parties
    ("tujuh negara"), the people a number of persons names ("100.000 orang Rohingya"), or from
    a collective possessor ("campur tangan pihak luar" -> "pihak luar"); not one member of
    a collective ("seorang sandera")."""
    multi = {c for c in collectives(lang) if " " in c}
    countable = word_set(lang, "countable")
    for tok in np:
        rest = np.doc[tok.i : np.end]
        counted = (count_word(tok, lang) and tok.i + 1 < np.end and
                   np.doc[tok.i + 1].lower_ in countable) or (
            tok.i == np.start > 0 and count_word(np.doc[tok.i - 1], lang)
            and tok.lower_ in countable)  # "[puluhan] orang", its count cut off before it
        named = tok.i > np.start and np.doc[tok.i - 1].is_title and \
            tok.lower_ in proper_collectives(lang)  # "Jalan Medan Merdeka Barat"
        single = tok.i > 0 and np.doc[tok.i - 1].lower_ in word_set(lang, "indefinite")
        holders = tok.lower_ in word_set(lang, "all_sides") and tok.i + 1 < np.end and \
            np.doc[tok.i + 1].lower_ in titles(lang)  # "seluruh kepala daerah", "semua gubernur"
        if counted or holders or (is_collective(tok.text, lang) and not named and not single) or \
                any(rest.text.lower().startswith(c) for c in multi):
            start = tok.i
            while counted and start > np.start and np.doc[start - 1].like_num:
                start -= 1  # "14 ribu orang", not "ribu orang"
            noun = tok.i + count_word(tok, lang)
            people = noun + 1
            if counted and np.doc[noun].lower_ in word_set(lang, "people_counters") and \
                    people < np.end and all(t.is_title for t in np.doc[people : np.end]):
                start = people  # "100.000 orang Rohingya": the Rohingya
            end = next((t.i for t in np.doc[start + 1 : np.end] if t.text == "," or
                        timed(t, lang) or named_next(t, lang) or
                        t.lower_ in word_set(lang, "outcomes") or unnamed_origin(t, lang) or
                        before_predicate(t, lang)), np.end)
            rest = np.doc[start:end]  # "warga Kabupaten Pati[, Jawa Tengah]", "oposisi[ dan AS]"
            return rest if len(head_words(rest, lang)) else None
    return None


def count_word(tok: Token, lang: str) -> bool:
    """Whether a word is a number or a vague quantity ("20", "puluhan")."""
    return tok.pos_ == "NUM" or function_words(lang).get(tok.lower_) == "quant"


def next_token(tok: Token) -> Token | None:
    """The token after a token, if any."""
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None


def before_predicate(tok: Token, lang: str) -> bool:
    """Whether a conjunction or an aspect word opens the predicate after a collective ("warga
    sipil [dan menuding]", "warga [tengah berkumpul]"), no part of its name."""
    following = next_token(tok)
    return tok.is_lower and (function_words(lang).get(tok.lower_) == "conj" or
                             tok.lower_ in word_set(lang, "aspect_markers")) and (
        following is None or is_verb(following, lang))


def unnamed_origin(tok: Token, lang: str) -> bool:
    """Whether a preposition opens a phrase of where a collective comes from that names no
    place ("mahasiswa [dari sejumlah kampus]"), no part of its name."""
    following = next_token(tok)
    return function_words(lang).get(tok.lower_) == "prep" and following is not None and \
        following.is_lower


def timed(tok: Token, lang: str) -> bool:
    """Whether a time expression starts at a token ("Senin", "pekan depan")."""
    following = next_token(tok)
    return tok.lower_ in time_words(lang) or (
        following is not None and tok.is_lower and following.lower_ in time_words(lang))


NOT_NAMES = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "NUM"})


def nameable(tokens: list[Token], lang: str) -> bool:
    """Whether capitalised words can be a new name: no weekday, month, function or number
    word, and a lone word not tagged as a verb, adverb or other closed class ("Sebelumnya",
    "Menghadapi"), nor, outside any entity, a common noun or a word that opens a sentence
    ("Spanduk itu"), capitalised only because it does."""
    if len(tokens) == 1 and (tokens[0].pos_ in NOT_NAMES or (not tokens[0].ent_type_ and (
            tokens[0].pos_ == "NOUN" or sentence_initial(tokens[0])))):
        return False
    if len(tokens) == 1 and sentence_initial(tokens[0]) and common_word(tokens[0], lang):
        return False  # "Klaim itu ...", though tagged as a name
    if sentence_initial(tokens[0]) and abstract_noun(tokens[0].text) and \
            tokens[0].lower_ not in org_words(lang):
        return False
    if coded(tokens[-1].doc, tokens[-1].i + 1 - (tokens[-1].text == "-")):
        return False  # a model's code ("Hwasong-18"), not a name
    return not any(t.lower_ in time_words(lang) or t.lower_ in function_words(lang)
                   or number_word(t) for t in tokens)  # not "ASEAN Plus Tiga"


def state_of(ctx: Context, key: str) -> str | None:
    """The state an actor is or belongs to, following affiliations."""
    seen: set[str] = set()
    while key and key not in seen:
        seen.add(key)
        actor = ctx.table.actors[key]
        if actor.type == ActorType.COUNTRY:
            return key
        key = actor.affiliation
    return None


def governing_state(ctx: Context, char: int, forces: bool = False) -> str | None:
    """The state an unqualified "pemerintah" names: that of the nearest subject or speaker
    belonging to one, else the foreign state the story is about, else the home state of the
    language's press; for the armed forces ("militer") not the home state of a speaker in a
    story set abroad, where the press names its own forces (TNI)."""
    home, setting = home_state(ctx.lang), setting_state(ctx)
    abroad = forces and home is not None and setting != home.qid
    for key in list(reversed(ctx.recent(char)))[:3]:
        state = state_of(ctx, key)
        if state and not (abroad and state == home.qid):
            return state
    return setting


def located_state(ctx: Context, char: int) -> str | None:
    """The state of the place named after a locative in a character's sentence, else the last
    in the sentence before ("di ibu kota Kongo", "ditangkap polisi moral di Teheran"): where
    what is told there happens."""
    preps = word_set(ctx.lang, "place_preps")
    k = ctx.sent_index(char)
    here, end = ctx.sents[k]
    since = ctx.sents[max(0, k - 1)][0]
    spans = sorted(ctx.table.spans, key=lambda m: (not here <= m[0] - ctx.offset < end, -m[0]))
    for start, _, key in spans:
        if not since <= start - ctx.offset < end:
            continue
        before = ctx.article.text[max(0, start - 20) : start].split()[-3:]
        state = state_of(ctx, key)
        if state and any(w.lower() in preps for w in before):
            return state
    return None


def setting_state(ctx: Context) -> str | None:
    """The state an article is set in: the foreign state the story is about, else the home
    state of the language's press."""
    home = home_state(ctx.lang)
    abroad = story_state(ctx, home.qid if home else None)
    if abroad is not None or home is None:
        return abroad
    return ctx.table.add(home.name, ActorType.COUNTRY, home.qid)


def story_state(ctx: Context, home: str | None) -> str | None:
    """The foreign state an article is about: named at least twice and more often than any
    other state, while the home state is not named ("pemerintah di Xinjiang" in a story about
    China is China's government)."""
    if home is not None and any(k == home for _, _, k in ctx.table.spans):
        return None
    return foreign_state(ctx, least=2)


def foreign_state(ctx: Context, least: int = 1, lead: bool = False) -> str | None:
    """The foreign state named most often (at least `least` times), if one is named more often
    than any other or, with `lead`, named first of those named most."""
    home = home_state(ctx.lang)
    counts = Counter(k for _, _, k in sorted(ctx.table.spans)
                     if ctx.table.actors[k].type == ActorType.COUNTRY
                     and (home is None or k != home.qid))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or (
            not lead and len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def note_governments(ctx: Context, military: bool = False) -> None:
    """Record each unqualified "pemerintah" of the narration (not "pemerintah daerah"), and
    each "militer" heading its own phrase (or, if military, each "junta" of the text and each
    bare word for the police where no police command is named), as a mention of the state it
    names ("pemerintahan", governance, and "pangkalan militer" are left alone)."""
    doc = ctx.doc
    words = word_set(ctx.lang, "military_governments" if military else "government_words")
    police = word_set(ctx.lang, "police_words") if military and not police_commands(ctx) \
        else frozenset()
    forces = police if military else word_set(ctx.lang, "armed_forces_words")
    home = home_state(ctx.lang)
    for tok in doc:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        heading = tok.i == 0 or doc[tok.i - 1].pos_ not in ("NOUN", "PROPN", "ADJ")
        if (tok.lower_ not in words and not (tok.lower_ in forces and heading)) or \
                (ctx.in_quote(tok) and not military) or \
                (nxt is not None and (nxt.is_title or nxt.is_upper or
                                      nxt.lower_ in word_set(ctx.lang, "local_levels"))) or \
                ctx.actors_within(tok.idx, tok.idx + len(tok)):
            continue
        if tok.lower_ in police:
            key = located_state(ctx, tok.idx) or setting_state(ctx)
        elif military:
            key = foreign_state(ctx, lead=True)  # a junta is of the state the story opens on
        else:
            key = paired_state(ctx, tok) or fronted_place_state(ctx, tok) or \
                governing_state(ctx, tok.idx, tok.lower_ in forces)
        if key and tok.lower_ in police and home is not None and key == home.qid:
            continue  # the police at home are no mention of the state
        if key:
            ctx.table.mention(key, tok.idx + ctx.offset, tok.idx + len(tok) + ctx.offset, tok.text)


def paired_state(ctx: Context, tok: Token) -> str | None:
    """The one state the text names right after the same word ("militer Myanmar" makes a later
    bare "militer" Myanmar's, though China is named more)."""
    doc = ctx.doc
    after = {doc[t.i + 1].idx + ctx.offset for t in doc[:-1] if t.lower_ == tok.lower_}
    states = {k for s, _, k in ctx.table.spans
              if s in after and ctx.table.actors[k].type == ActorType.COUNTRY}
    return states.pop() if len(states) == 1 else None


def fronted_place_state(ctx: Context, tok: Token) -> str | None:
    """The state of a place fronted by a locative before the subject a word opens ("Di
    Polandia, militer mengerahkan")."""
    start = ctx.sent_span(ctx.sent_index(tok.idx)).start
    doc = ctx.doc
    if tok.i < start + 3 or doc[tok.i - 1].text != "," or \
            doc[start].lower_ not in word_set(ctx.lang, "place_preps"):
        return None
    place = ctx.actor_at(doc[start + 1].idx, doc[tok.i - 2].idx + len(doc[tok.i - 2]))
    return state_of(ctx, place) if place else None


def own_side(ctx: Context, np: Span) -> str | None:
    """The state of "pemerintahnya"/"negaranya", or the body of "kelompoknya"/"partainya": the
    referent of -nya, or its affiliation."""
    words = [t.lower_ for t in np if not t.is_punct]
    heads = word_set(ctx.lang, "state_heads") | word_set(ctx.lang, "body_nouns") | \
        org_words(ctx.lang)
    if len(words) != 1 or not words[0].endswith("nya") or words[0][:-3] not in heads:
        return None
    key = by_pronoun(ctx, "nya", np.start_char)
    if key is None:
        return None
    actor = ctx.table.actors[key]
    return actor.affiliation if actor.type == ActorType.PERSON else key




def counterpart(ctx: Context, np: Span) -> str | None:
    """The person a "counterpart from X" is ("rekannya dari Rusia" -> the person of Rusia named
    before, the latest one if several)."""
    doc = np.doc
    words = [t.lower_ for t in np if not t.is_punct]
    if len(words) != 1 or words[0] not in word_set(ctx.lang, "counterparts") or \
            np.end + 1 >= len(doc) or \
            doc[np.end].lower_ not in word_set(ctx.lang, "origin_preps"):
        return None
    nxt = doc[np.end + 1]
    state = ctx.actor_at(nxt.idx, nxt.idx + len(nxt))
    if state is None:
        return None
    before = sorted((s, k) for s, _, k in ctx.table.spans if s < np.start_char + ctx.offset
                    and ctx.table.actors[k].type == ActorType.PERSON
                    and state_of(ctx, k) == state_of(ctx, state))
    return before[-1][1] if before else None


def fronted(ctx: Context, np: Span) -> str | None:
    """The actor named after a fronted description and a comma ("sebagai Ketua MK, MKMK
    memerintahkan" -> MKMK): the part after the last comma, when it is exactly a mention."""
    commas = [t.i for t in np if t.text == ","]
    if not commas or commas[-1] + 1 >= np.end or not is_title_word(np[0].text, ctx.lang):
        return None
    tail = np.doc[commas[-1] + 1 : np.end]
    key = ctx.actor_at(tail.start_char, tail.end_char)
    exact = key is not None and (tail.start_char + ctx.offset, tail.end_char + ctx.offset,
                                 key) in ctx.table.spans
    return key if exact and ctx.table.actors[key].type != ActorType.PERSON else None


def titling(ctx: Context, np: Span) -> str | None:
    """The person whose longer named mention holds a noun phrase ("Gubernur Bank Indonesia" cut
    off before "(BI) Perry Warjiyo"; "Kementerian ... Rina Astuti" after "juru bicara")."""
    start, end = np.start_char + ctx.offset, np.end_char + ctx.offset
    covering = [k for s, e, k in ctx.table.spans if s <= start and end <= e
                and (s, e) != (start, end) and ctx.table.actors[k].type == ActorType.PERSON]
    return covering[0] if covering else None




def capitalised_name(words: list[str], lang: str) -> list[str]:
    """An organisation's name without the lower-case words after its capitalised words
    ("Kejaksaan Agung lamban" -> "Kejaksaan Agung"; "Dewan juri" and "Kementerian Ekonomi,
    Perdagangan, dan Industri" stay whole); an abbreviated one is whole in its first word
    ("Kemenkeu lambat" -> "Kemenkeu")."""
    least = 1 if words[0].lower() in org_expansions(lang) else 2
    cut = next((i for i, w in enumerate(words) if i >= least and w[:1].islower()
                and w not in word_set(lang, "name_connectors")
                and not any(x[:1].isupper() for x in words[i + 1 :])),
               len(words))
    return words[:cut]


def undated(np: Span, lang: str) -> Span:
    """A noun phrase up to a day or month named after its first word ("warga Palestina,
    Minggu (24/8)" -> "warga Palestina")."""
    end = next((t.i for t in np[1:] if calendar_word(t.lower_, lang)), None)
    if end is None:
        return np
    while end > np.start and np.doc[end - 1].is_punct:
        end -= 1
    return np.doc[np.start : end]


def with_anonymity(np: Span, lang: str) -> Span:
    """A noun phrase with the relative clause after it, between commas or not, that leaves it
    unnamed ("pengurus partai [yang enggan disebut namanya]") or that introduces an unnamed
    source ("seorang pejabat Mesir [yang mengetahui jalannya pembicaraan]"), which is part of
    its description."""
    doc, end = np.doc, np.end
    start = end + 1 if end + 1 < len(doc) and doc[end].text == "," else end
    if start >= len(doc) or doc[start].lower_ not in word_set(lang, "relativizers"):
        return np
    introduced = np[0].lower_ in word_set(lang, "indefinite")
    for tok in doc[start + 1 : min(len(doc), start + 7)]:
        if tok.lower_ in word_set(lang, "anonymity"):
            return doc[np.start : tok.i + 1]
        if tok.is_punct:
            return doc[np.start : tok.i] if introduced and start == end and tok.i > end + 1 \
                else np
    return np


def member_named(ctx: Context, np: Span) -> str | None:
    """The person named after the organisation a noun phrase opens with ("Fraksi PDIP [Mercy
    Chriesty Barends]"): two to four name words after an organisation's last mention, or one
    after the acronym of the body someone is from ("anggota Komisi I dari Fraksi PKS
    [Sukamta]")."""
    inside = ctx.table.within(np.start_char + ctx.offset, np.end_char + ctx.offset)
    bodies = [e for _, e, k in inside if ctx.table.actors[k].type == ActorType.ORGANIZATION]
    if not bodies:
        return None
    rest = np.doc.char_span(max(bodies) - ctx.offset, np.end_char, alignment_mode="contract")
    if rest is None:
        return None
    origin = np.start > 0 and np.doc[np.start - 1].lower_ in word_set(ctx.lang, "origin_preps") \
        and rest.start > 0 and np.doc[rest.start - 1].is_upper  # the body's acronym before it
    if not name_words(rest, ctx.lang, least=1 if origin else 2):
        return None
    role = np.doc[np.start : rest.start]
    return add_person(ctx.table, rest, role, ctx.offset)


def investigating_bodies(ctx: Context) -> list[tuple[int, str]]:
    """The mentions of investigating bodies (a prosecutor's office, the anti-graft commission,
    a police command), in text order."""
    heads = word_set(ctx.lang, "investigating_heads") | word_set(ctx.lang, "police_heads")
    return [(s, k) for s, _, k in sorted(ctx.table.spans)
            if ctx.table.actors[k].type == ActorType.ORGANIZATION and
            any(" ".join(n.lower().split()[:3]).startswith(h) for h in heads
                for n in [ctx.table.actors[k].name, *ctx.table.actors[k].aliases])]


def investigating_body(ctx: Context, np: Span) -> str | None:
    """The body whose investigators a bare "penyidik" are: the last investigating body named
    before it."""
    words = " ".join(head_words(np, ctx.lang)).lower()
    if words not in word_set(ctx.lang, "investigators"):
        return None
    before = [k for s, k in investigating_bodies(ctx) if s < np.start_char + ctx.offset]
    return before[-1] if before else None


def the_concerned(ctx: Context, np: Span) -> str | None:
    """The person "yang bersangkutan" (the one concerned) stands for: the last named before."""
    if " ".join(t.lower_ for t in np) not in word_set(ctx.lang, "concerned"):
        return None
    before = [k for s, _, k in sorted(ctx.table.spans) if s < np.start_char + ctx.offset and
              ctx.table.actors[k].type == ActorType.PERSON]
    return before[-1] if before else None


def legislature(ctx: Context, np: Span) -> str | None:
    """The legislature last named before a bare word for a parliament, which it stands for
    ("menuding parlemen membangkang" after "DPR")."""
    words = " ".join(head_words(np, ctx.lang)).lower()
    if words not in word_set(ctx.lang, "parliament_words"):
        return None
    names = word_set(ctx.lang, "legislatures")
    before = [k for s, _, k in sorted(ctx.table.spans)
              if ctx.table.actors[k].name in names and s < np.start_char + ctx.offset]
    return before[-1] if before else None


def bench(ctx: Context, np: Span) -> str | None:
    """The court or bench a bare word for the judges refers back to: the last bench named before
    it, else the last court ("Majelis Hakim Pengadilan Tipikor pada Pengadilan Negeri Jakarta
    Pusat menjatuhkan vonis ... Hakim menyatakan ...": the bench)."""
    if " ".join(head_words(np, ctx.lang)).lower() not in word_set(ctx.lang, "bench_words"):
        return None
    judges = word_set(ctx.lang, "bench_words")
    courts = [k for s, k in headed_bodies(ctx, word_set(ctx.lang, "court_heads"))
              if s < np.start_char + ctx.offset]
    benches = [k for k in courts if ctx.table.actors[k].name.split()[0].lower() in judges]
    return (benches or courts or [None])[-1]  # the bench before the court it sits in


def headed_bodies(ctx: Context, heads: frozenset[str]) -> list[tuple[int, str]]:
    """The mentions of organisations whose name opens with one of these head words, in text
    order."""
    return [(s, k) for s, _, k in sorted(ctx.table.spans)
            if ctx.table.actors[k].type == ActorType.ORGANIZATION
            and ctx.table.actors[k].name.split()[0].lower() in heads]


def police_commands(ctx: Context) -> list[tuple[int, str]]:
    """The mentions of police commands (Polda X, Polres Y), in text order."""
    return headed_bodies(ctx, word_set(ctx.lang, "police_heads"))


def police_command(ctx: Context, np: Span) -> str | None:
    """The police command a bare word for the security forces stands for: the last named before
    it, else the first named ("Aparat Polda Metro Jaya ... tindakan aparat")."""
    words = " ".join(head_words(np, ctx.lang)).lower()
    if words not in word_set(ctx.lang, "forces"):
        return None
    commands = police_commands(ctx)
    before = [k for s, k in commands if s < np.start_char + ctx.offset]
    return before[-1] if before else (commands[0][1] if commands else None)


def unnamed_person(ctx: Context, np: Span, words: list[str], states: list[str]) -> str:
    """A new unnamed person described by a noun phrase, with the last state or body it names
    as affiliation, also known as written with the phrase that qualifies it ("seorang warga [di
    Khartoum utara]")."""
    key = ctx.table.add(normalize(" ".join(words)), ActorType.PERSON, local=True)
    actor = ctx.table.actors[key]
    actor.affiliation = actor.affiliation or (states[-1] if states else None)
    ctx.table.mention(key, np.start_char + ctx.offset, np.end_char + ctx.offset, np.text)
    alias = qualified(np, ctx.lang, word_set(ctx.lang, "locating"))
    if alias != actor.name and alias not in actor.aliases:
        actor.aliases.append(alias)
    return key


def resolve(ctx: Context, np: Span, create: bool = True) -> str | None:
    """The actor a noun phrase refers to (creating unnamed speakers and collectives if asked);
    none inside a dateline or a media citation ("mengutip NDTV")."""
    lang = ctx.lang
    np = with_anonymity(undated(np, lang), lang)
    if not len(np) or (ctx.table.skipped(np.start_char + ctx.offset) and
                       ctx.table.skipped(np.end_char - 1 + ctx.offset)):
        return None
    pronoun = pronoun_of(np, lang)
    if pronoun:
        return by_pronoun(ctx, pronoun, np.start_char)
    if owned(np, lang):
        return owner(ctx, next(reversed(ctx.recent(np.start_char)), None))
    member = possessed_member(ctx, np) or related_to_named(ctx, np)
    if member:
        return member
    part = name_part(ctx, np)
    if part:
        return part
    force = police_command(ctx, np) or investigating_body(ctx, np) or \
        the_concerned(ctx, np) or initialled(ctx, np) or initials_after(ctx, np) or \
        bench(ctx, np)
    if force:
        return force
    known = known_form(ctx, np)
    if known:
        return known
    lowered = [t.lower_ for t in np]
    index = pair_reference(lowered[1], lang) if len(lowered) == 2 else None
    if index is not None and lowered[0] in word_set(lang, "relativizers"):
        pair = last_agents(ctx, np.start_char, 2)
        return pair[index] if len(pair) == 2 else None
    own = own_side(ctx, np) or counterpart(ctx, np) or fronted(ctx, np) or titling(ctx, np)
    if own:
        return own
    keys = ctx.actors_within(np.start_char, np.end_char)
    types = {k: ctx.table.actors[k].type for k in keys}
    persons = [k for k in keys if types[k] == ActorType.PERSON]
    words = head_words(np, lang)
    former = len(words) > 1 and words[0].lower() in words_with_role(lang, "former")
    words = words[1:] if former else words
    led = collective_np(np, lang) if words and is_collective(words[0], lang) else None
    if persons and led is not None and create:
        return group_key(ctx, led)  # "pendukung Prabowo"
    members = collective_np(np, lang) if keys and not persons and create else None
    if members is not None and members_of(members, keys, types, lang):
        key = group_key(ctx, members)  # "tiga mahasiswa Universitas Indonesia"
        ctx.table.actors[key].affiliation = ctx.table.actors[key].affiliation or keys[-1]
        return key
    if persons and np[0].lower_ in word_set(lang, "indefinite") and create and \
            word_set(lang, "anonymity") & {t.lower_ for t in np}:
        states = [k for k in keys if types[k] in (ActorType.COUNTRY, ActorType.ORGANIZATION)]
        return unnamed_person(ctx, np, words, states)  # "seorang ajudan X yang enggan ..."
    if persons:
        return holder_office(ctx, np, persons[-1], create) or persons[-1]
    movement = movement_name(ctx, np) if create else None
    if movement:
        return movement
    if not words or (words[0].lower() in gatherings(lang) | documents(lang) and not keys) or \
            statute(words, lang):
        return None
    if words[0].lower() in place_heads(lang) and keys:
        return keys[-1]
    orgs = [k for k in keys if types[k] == ActorType.ORGANIZATION]
    countable = word_set(lang, "countable") - word_set(lang, "state_counters")
    if words and words[0].lower() in countable and orgs:
        return orgs[-1]  # "Kelompok Hamas", "Partai Golkar": the organisation named
    exact = ctx.actor_at(np.start_char, np.end_char)
    if exact and ctx.table.actors[exact].type == ActorType.ORGANIZATION and \
            slug(ctx.table.actors[exact].name) == slug(" ".join(words)):
        return exact  # a body named with a title word ("Kepala Staf Gabungan (JCS)")
    named = named_person(ctx, np, create)
    if named:
        return named
    head = words[0].lower()
    states = [k for k in keys if types[k] in (ActorType.COUNTRY, ActorType.ORGANIZATION)]
    definite = np[-1].lower_ in words_with_role(lang, "det") or \
        np[0].lower_ in word_set(lang, "definite")
    if head in word_set(lang, "person_nouns") and (definite or description_end(np, lang) > np.end):
        return last_person(ctx, np.start_char)
    if (head in titles(lang) or " ".join(words[:2]).lower() in titles(lang)) and \
            head not in org_words(lang) and not people_named(np, lang) and \
            " ".join(words[:2]).lower() not in word_set(lang, "titled_things") and \
            not (is_collective(head, lang) and create and collective_np(np, lang)):
        affiliation = states[-1] if states and not former else None
        anonymous = bool(word_set(lang, "anonymity") & {t.lower_ for t in np})
        again = np[0].lower_ not in word_set(lang, "indefinite")
        found = (unnamed_before(ctx, words, affiliation) if again else None) if anonymous else \
            by_description(ctx, words, affiliation, np.start_char, definite, former) \
            if again or not create else None  # "seorang pejabat AS": someone new
        if found or definite or not create:
            return found
        return unnamed_person(ctx, np, words, states)
    if create and is_collective(head, lang) and \
            word_set(lang, "person_counters") & {t.lower_ for t in np[:2]}:
        return unnamed_person(ctx, np, words, states)  # "seorang relawan"
    if head in word_set(ctx.lang, "state_heads") and states:
        first = np.start_char + ctx.offset
        named = ctx.table.around(first, first + len(np[0]))
        body = named is not None and ctx.table.actors[named].type == ActorType.ORGANIZATION
        return named if body else states[-1]  # "Pasukan Dukungan Cepat (RSF) Sudan": the body
    if definite and head in org_words(lang) and not keys:
        described = described_body(ctx, words[1:], np.start_char) \
            if head in word_set(lang, "body_nouns") else None  # "lembaga swadaya masyarakat itu"
        return named_before(ctx, head, np.start_char) or described or \
            sharing_body(ctx, words, np.start_char)  # "organisasi lingkungan itu"
    if definite and head in word_set(lang, "body_nouns") and not keys:
        return described_body(ctx, words[1:], np.start_char)
    if len(words) == 1 and head in org_words(lang) and not keys:
        found = named_before(ctx, head, np.start_char)  # a bare "Kementerian menyatakan"
        if found:
            return found
    described = len(words) > 1 and words[1].islower() and orgs  # "Majelis hakim [Pengadilan X]"
    if head in org_words(lang) and words[0][0].isupper() and create and not described:
        member = member_named(ctx, np)
        if member is not None:
            return member
        words = capitalised_name(words, ctx.lang)
        exact = ctx.actor_at(np.start_char, np.end_char)
        if exact and slug(ctx.table.actors[exact].name) == slug(" ".join(words)):
            return exact  # also when commas list its fields ("Kementerian X, Y, dan Z")
        key = ctx.table.add(" ".join(words), ActorType.ORGANIZATION)
        ctx.table.actors[key].affiliation = ctx.table.actors[key].affiliation or next(
            (k for k in reversed(states) if k != key), None)
        ctx.table.mention(key, np.start_char + ctx.offset, np.end_char + ctx.offset, np.text)
        return key
    group = collective_np(np, lang)
    force = police_command(ctx, group if group is not None else np) or legislature(ctx, np)
    if force:
        return force  # "tindakan aparat", "polisi" where a police command is named, "parlemen"
    opening = next((t.i for t in np if function_words(lang).get(t.lower_) != "quant"), np.start)
    headed = led is not None and group is not None and group.start == opening
    places = (ActorType.PLACE, ActorType.COUNTRY) if headed else (ActorType.PLACE,)
    if keys and not (group is not None and all(types[k] in places for k in keys)):
        return keys[0]  # but "petugas medis Palestina", "warga Gaza" are collectives
    standing = [k for s, _, k in ctx.table.spans if group is not None and
                s == group.start_char + ctx.offset and k in keys]
    if standing:
        return standing[0]  # "aparat keamanan" abroad, noted as its state
    if create and group is not None and not any(
            function_words(lang).get(t.lower_) == "prep" for t in np.doc[np.start : group.start]):
        return group_key(ctx, group)  # not "hubungan baik antar [kedua negara]"
    tokens = [t for t in np if t.text in words]
    police = " ".join(words).lower() in word_set(lang, "police_words")  # no command named
    if not police and (" ".join(words) in gazetteer_index(lang) or not nameable(tokens, lang)
                       or words[0].lower() in gatherings(lang)
                       or placed_or_cited(np.doc, np.start, lang)):
        return None
    if create and (police or all(w[0].isupper() for w in words)) and len(words) <= 4:
        key = ctx.table.add(" ".join(words), guess_type(words, lang))
        ctx.table.mention(key, np.start_char + ctx.offset, np.end_char + ctx.offset, np.text)
        return key
    return None


def statute(words: list[str], lang: str) -> bool:
    """Whether words name a statute, or its draft or revision ("UU KPK", "revisi UU KPK"):
    the body it is named for is its subject, no actor."""
    lowered = [w.lower() for w in words[:2]]
    statutes = word_set(lang, "statutes")
    return bool(lowered) and (lowered[0] in statutes or (
        len(lowered) > 1 and lowered[0] in word_set(lang, "drafts") and lowered[1] in statutes))


def movement_name(ctx: Context, np: Span) -> str | None:
    """The organisation a movement word names by a capitalised name the tagger left out or took
    for a place ("kelompok Lashkar-e-Taiba", "geng narkoba Los Tigres del Puerto")."""
    caps = [t for t in np[1:] if t.is_title or t.is_upper]
    if np[0].lower_ not in word_set(ctx.lang, "movement_heads") or not caps:
        return None
    name = ctx.doc[caps[0].i : caps[-1].i + 1]
    keys = ctx.actors_within(name.start_char, name.end_char)
    if any(ctx.table.actors[k].type != ActorType.PLACE for k in keys) or \
            not nameable(list(name), ctx.lang) or name.text in gazetteer_index(ctx.lang):
        return None
    key = ctx.table.add(name.text, ActorType.ORGANIZATION)
    ctx.table.mention(key, name.start_char + ctx.offset, name.end_char + ctx.offset, name.text)
    return key


COUNTED = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7}
AGENT_KINDS = frozenset({ActorType.PERSON, ActorType.COUNTRY, ActorType.ORGANIZATION})


def counted_states(ctx: Context, np: Span) -> list[str]:
    """The actors a counted description names ("kedua negara" -> the last two states
    mentioned before it, whatever noun describes them after; "keduanya" -> the last two of the
    kind mentioned last; "semua pihak" -> the last two named side by side), or none."""
    words = [w.lower() for w in strip_det([t.text for t in np if not t.is_punct], ctx.lang)]
    if len(words) == 2 and words[0] in word_set(ctx.lang, "all_sides") and \
            words[1] in word_set(ctx.lang, "side_counters"):
        return coordinated_pair(ctx, np.start_char, None, opening_actors(ctx, np.start_char))
    if len(words) == 3 and words[1] in word_set(ctx.lang, "state_counters") and \
            words[2].isalpha() and words[2].islower():
        words = words[:2]  # "ketiga negara mediator": the states, by what they do
    if not words or words[0].removesuffix("nya") not in COUNTED or len(words) > 2:
        return []
    kind: ActorType | None = None
    head = words[1] if len(words) == 2 and words[0] in COUNTED else None
    if len(words) == 1:
        count = COUNTED[words[0].removesuffix("nya")]
    elif head in word_set(ctx.lang, "state_counters") | word_set(ctx.lang, "side_counters"):
        count, kind = COUNTED[words[0]], ActorType.COUNTRY
    elif head in titles(ctx.lang) or head in word_set(ctx.lang, "leader_nouns"):
        count, kind = COUNTED[words[0]], ActorType.PERSON
    else:
        return []
    pair_kind = None if head in word_set(ctx.lang, "side_counters") else kind
    opening = opening_actors(ctx, np.start_char)
    sides = head in word_set(ctx.lang, "side_counters")
    return (head and count == 2 and coordinated_pair(ctx, np.start_char, pair_kind, opening)) \
        or last_agents(ctx, np.start_char, count, kind, skip=opening) \
        or (sides and last_agents(ctx, np.start_char, count, skip=opening, any_body=True))


def coordinated_pair(ctx: Context, char: int, kind: ActorType | None,
                     skip: set[str]) -> list[str]:
    """The last two actors of a kind named side by side before a body offset ("Rusia dan
    Ukraina", "Thailand-Kamboja"), not the mediators between them ("dimediasi Mesir dan
    Qatar") nor those the sentence opens with ("Norwegia dan Meksiko meminta kedua pihak"),
    nor a name inside a longer one ("Angkatan Bersenjata [Sudan] dan RSF"), or none."""
    mediators = word_set(ctx.lang, "mediators")
    before = [m for m in ctx.table.within(0, char + ctx.offset) if not mediators & set(
        ctx.text[max(0, m[0] - ctx.offset - 40) : m[0] - ctx.offset].lower().split()[-2:])]
    for a, b in reversed(joined(before, ctx.text, ctx.offset,
                                word_set(ctx.lang, "pair_joints"))):
        types = {ctx.table.actors[a].type, ctx.table.actors[b].type}
        if types <= AGENT_KINDS and (kind is None or types == {kind}) and not {a, b} & skip:
            return [a, b]
    return []


def opening_actors(ctx: Context, char: int) -> set[str]:
    """Actors named in a sentence before a body offset: the counted parties a subject
    addresses are not itself ("Menteri Luar Negeri Turki ... mendesak kedua pihak")."""
    start = ctx.sents[ctx.sent_index(char)][0]
    return set(ctx.actors_within(start, char))


def last_agents(ctx: Context, char: int, count: int, kind: ActorType | None = None,
                skip: set[str] | frozenset[str] = frozenset(), any_body: bool = False,
                ) -> list[str]:
    """The last `count` distinct actors of one kind (by default, that of the last agent; or
    states and organisations alike: the sides "Kolombia" and "ELN") mentioned before a body
    offset, in text order, but those skipped; none if there are fewer."""
    before = sorted((e, k) for s, e, k in ctx.table.spans if s < char + ctx.offset
                    and ctx.table.actors[k].type in AGENT_KINDS and k not in skip)
    kind = kind or (ctx.table.actors[before[-1][1]].type if before else None)
    kinds = {ActorType.COUNTRY, ActorType.ORGANIZATION} if any_body else {kind}
    found: list[str] = []
    for _, key in reversed(before):
        if key not in found and ctx.table.actors[key].type in kinds:
            found.append(key)
        if len(found) == count:
            return found[::-1]
    return []


def holder_office(ctx: Context, np: Span, holder: str, create: bool) -> str | None:
    """The office an office word names before its holder's title and name, or before the name
    of a holder known by a title, which speaks in its own right ("kantor Perdana Menteri Israel
    Benjamin Netanyahu" and "Kantor Netanyahu" -> Kantor Perdana Menteri Israel, of the
    holder's side), or none."""
    actor = ctx.table.actors[holder]
    names = set(actor.name.split())
    at = next((t.i for t in np[1:] if t.text in names), None)
    if at is None or np[0].lower_ not in word_set(ctx.lang, "holder_offices"):
        return None
    office = np.doc[np.start : at]
    if len(office) == 1 and not actor.job_titles:
        return None
    name = office.text if len(office) > 1 else f"{office.text} {actor.job_titles[0]}"
    key = slug(name)
    if key not in ctx.table.actors and not create:
        return None
    key = ctx.table.add(name, ActorType.ORGANIZATION)
    surface = office if len(office) > 1 else np
    ctx.table.mention(key, surface.start_char + ctx.offset, surface.end_char + ctx.offset,
                      surface.text)
    ctx.table.actors[key].affiliation = actor.affiliation
    return key


def enumerated(ctx: Context, np: Span) -> list[str]:
    """The two or more actors a plural description spells out after it, past its relative
    clause or prepositional phrase and the commas in it ("Tiga negara yang dipimpin junta di
    kawasan Sahel, Afrika Barat, yakni Mali, Burkina Faso, dan Niger"; "dua tersangka lain
    dalam perkara ini, yaitu X dan Y"), or none."""
    doc, i = np.doc, np.end
    enumerators = word_set(ctx.lang, "enumerators")
    if i < len(doc) and (doc[i].lower_ in word_set(ctx.lang, "relativizers") or
                         function_words(ctx.lang).get(doc[i].lower_) == "prep"):
        i = next((t.i for t in doc[i : i + LIST_REACH] if t.is_sent_end or (
            t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in enumerators)),
            len(doc))
    if not (i + 1 < len(doc) and doc[i].text == ","
            and doc[i + 1].lower_ in enumerators):
        return []
    separators = word_set(ctx.lang, "list_conjunctions") | {","}
    keys, j, role = [], i + 2, 0
    while j < len(doc):
        start = doc[j].idx + ctx.offset
        found = max(((e, k) for s, e, k in ctx.table.spans if s == start), default=None)
        if found is not None:
            keys.append(found[1])
            j, role = next((t.i for t in doc[j:] if t.idx + ctx.offset >= found[0]), len(doc)), 0
        elif doc[j].lower_ in separators and keys:
            j += 1
        elif doc[j].is_title and role < ROLE_REACH:
            j, role = j + 1, role + 1  # the role before a name ("Direktur Alat Pertanian X")
        else:
            break
    keys = list(dict.fromkeys(keys))
    return keys if len(keys) > 1 else []


def resolve_all(ctx: Context, span: Span) -> list[str]:
    """The actors a noun phrase names: each coordinated part, a counted description or the
    members it spells out."""
    counted = counted_states(ctx, span) or officials_of_counted(ctx, span) or \
        enumerated(ctx, span)
    if counted:
        return counted
    keys = [resolve(ctx, part) for part in whole_names(ctx, split_conjuncts(span, ctx.lang))]
    return list(dict.fromkeys(k for k in keys if k))


def officials_of_counted(ctx: Context, span: Span) -> list[str]:
    """The states whose officials a description names by counting them ("para menteri luar
    negeri kedua negara" -> the two states)."""
    words = [t for t in span if t.lower_ not in word_set(ctx.lang, "plural_articles")]
    counters = word_set(ctx.lang, "state_counters") | word_set(ctx.lang, "side_counters")
    if not words or words[0].lower_ not in titles(ctx.lang):
        return []
    at = next((t.i for t in words[1:] if t.lower_ in COUNTED and t.i + 1 < span.end and
               ctx.doc[t.i + 1].lower_ in counters), None)
    return counted_states(ctx, ctx.doc[at : at + 2]) if at is not None else []


def names_person(ctx: Context, part: Span) -> bool:
    """Whether a person is mentioned inside a span."""
    return any(ctx.table.actors[k].type == ActorType.PERSON
               for k in ctx.actors_within(part.start_char, part.end_char))


def role_continues(ctx: Context, prev: Span, part: Span) -> bool:
    """Whether a role that names no person runs across the conjunction to the person it names
    ("Direktur Jenderal Amerika dan Eropa Kemenlu I Gede Ngurah Swajaya")."""
    first = part[0]
    return is_title_word(prev[0].text, ctx.lang) and not names_person(ctx, prev) and \
        first.is_title and not is_title_word(first.text, ctx.lang) and \
        first.ent_type_ not in ("PER", "PERSON") and names_person(ctx, part)


def bare_collective(part: Span, lang: str) -> bool:
    """Whether a noun phrase is a collective named by common nouns only ("ribuan mahasiswa",
    "elemen masyarakat sipil"), not by a name nor by its possessor ("keluarganya")."""
    words = head_words(part, lang)
    return bool(words) and all(w.islower() for w in words) and \
        any(is_collective(w, lang) for w in words[:2]) and not words[-1].endswith("nya")


def whole_names(ctx: Context, parts: list[Span]) -> list[Span]:
    """Coordinated parts joined again where an organisation's name or a person's role runs
    across the conjunction ("Kementerian Hukum dan Hak Asasi Manusia"), or where common nouns
    name one crowd ("mahasiswa, buruh, dan elemen masyarakat sipil")."""
    out: list[Span] = []
    for part in parts:
        prev = out[-1] if out else None
        gap = (prev.end_char + ctx.offset, part.start_char + ctx.offset) if prev else None
        if gap and (any(s < gap[0] and gap[1] < e and ctx.table.actors[k].type ==
                        ActorType.ORGANIZATION for s, e, k in ctx.table.spans)
                    or role_continues(ctx, prev, part) or (
                        bare_collective(prev, ctx.lang) and bare_collective(part, ctx.lang))):
            out[-1] = part.doc[prev.start : part.end]
        else:
            out.append(part)
    return out


CROWD_ACTS = frozenset({"PROTEST", "ASSAULT", "REJECT", "REQUEST"})


def crowd_word(name: str, lang: str) -> bool:
    """Whether a collective's name is a bare word for a crowd ("massa", "para demonstran",
    "ribuan pengunjuk rasa", "23 orang"), past articles, numbers and vague quantities."""
    words = [w for w in unprefixed(name, lang).lower().split()
             if function_words(lang).get(w) != "quant" and not w.replace(".", "").isdigit()]
    return " ".join(words) in word_set(lang, "crowds")


def merge_crowds(ctx: Context, stmts: list, evts: list) -> None:
    """Bare crowd words name the collective of the last protest, clash, refusal or demand
    before them ("Ribuan buruh berunjuk rasa ... Massa menuntut ..." -> one collective)."""
    protests = sorted((e.trigger.start, e.sources[0]) for e in evts
                      if e.type in CROWD_ACTS and len(e.sources) == 1
                      and ctx.table.actors[e.sources[0]].type == ActorType.GROUP)
    merged: dict[str, str] = {}
    for key, actor in list(ctx.table.actors.items()):
        first = min((s for s, _, k in ctx.table.spans if k == key), default=None)
        if actor.type != ActorType.GROUP or first is None or not crowd_word(actor.name, ctx.lang):
            continue
        crowd = next((merged.get(g, g) for start, g in reversed(protests)
                      if start < first and g != key), None)
        if crowd is not None and crowd in ctx.table.actors:
            absorb(ctx.table, key, crowd)
            merged[key] = crowd
    rekey(stmts, evts, merged)



def merge_defendants(ctx: Context, stmts: list, evts: list) -> None:
    """A bare "terdakwa" or "tersangka" (no number, no name) is the one person the article
    charges or sentences, when there is exactly one."""
    table = ctx.table
    charged = {k for e in evts if e.type in ("ACCUSE", "SANCTION", "COERCE") for k in e.targets
               if table.actors[k].type == ActorType.PERSON}
    merged: dict[str, str] = {}
    for key, actor in list(table.actors.items()):
        if actor.type == ActorType.GROUP and actor.name.lower() in word_set(
                ctx.lang, "suspects") and len(actor.name.split()) == 1 and len(charged) == 1:
            person = next(iter(charged))
            absorb(table, key, person)
            merged[key] = person
    rekey(stmts, evts, merged)


def note_possessed_roles(ctx: Context) -> None:
    """A person set off after a possessed role ("penasihatnya, Hikmet Hajiyev,", "juru
    bicaranya, X,") holds that role for whom -nya refers to, and belongs to that one's body or
    state."""
    table = ctx.table
    for start, _, key in sorted(table.spans):
        actor = table.actors[key]
        if actor.type != ActorType.PERSON or actor.affiliation or actor.job_titles:
            continue
        before = ctx.text[max(0, start - ctx.offset - 40) : start - ctx.offset]
        found = re.search(r"(?:(\w+) )?(\w+)nya, $", before)
        if found is None or not is_title_word(found.group(2), ctx.lang):
            continue
        role = f"{found.group(1)} {found.group(2)}".lower()
        role = role if role in titles(ctx.lang) else found.group(2).lower()  # "juru bicaranya"
        owner = by_pronoun(ctx, "nya", start - ctx.offset - len(role) - 5)
        if owner is None or owner == key:
            continue
        held = table.actors[owner]
        actor.affiliation = held.affiliation if held.type == ActorType.PERSON else owner
        actor.job_titles.append(f"{role} {held.name}")


def possessed_member(ctx: Context, np: Span) -> str | None:
    """The person a definite possessed member word stands for ("menonaktifkan kadernya itu"
    after "Partai X, yang mengusung Dohong"): the latest person named before who belongs to
    the body -nya refers to, else the latest named earlier in the sentence."""
    words = [t.lower_ for t in np if not t.is_punct]
    if len(words) != 2 or words[1] not in words_with_role(ctx.lang, "det") or \
            not words[0].endswith("nya") or not is_collective(words[0][:-3], ctx.lang):
        return None
    body = by_pronoun(ctx, "nya", np.start_char)
    if body is None or ctx.table.actors[body].type == ActorType.PERSON:
        return None
    persons = [(s, k) for s, _, k in sorted(ctx.table.spans) if s < np.start_char + ctx.offset
               and ctx.table.actors[k].type == ActorType.PERSON]
    members = [k for _, k in persons if ctx.table.actors[k].affiliation == body]
    sentence = ctx.sents[ctx.sent_index(np.start_char)][0] + ctx.offset
    here = [k for s, k in persons if s >= sentence]  # "yang mengusung Dohong ... kadernya itu"
    return (members or here or [None])[-1]
