"""Events: lexicon predicates (verbal and nominal) with sources and targets from the clause."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span, Token

from graph.extract.actors import AGENTS, is_title_word, office_body, promote_agents
from graph.extract.charges import charges, praises
from graph.extract.clauses import (
    QUOTE_MARKS,
    ends_clause,
    is_verb,
    np_after,
    opener_end,
    skip_adverbs,
    subject_region,
    unidentified,
    vague_quantity,
)
from graph.extract.context import Context
from graph.extract.coref import (
    by_pronoun,
    collective_np,
    investigating_bodies,
    is_collective,
    resolve,
    resolve_all,
    state_of,
    statute,
    the_concerned,
    unprefixed,
)
from graph.extract.demands import demands
from graph.extract.lexicon import (
    EventEntry,
    areas,
    buildings,
    cues,
    event_kinds,
    events,
    function_words,
    gatherings,
    gazetteer_index,
    intentions,
    obligations,
    org_words,
    pronouns,
    regions,
    titles,
    weapons,
    word_set,
    words_with_role,
)
from graph.extract.morph import Analysis, analyses, lookup, roots
from graph.extract.places import clause_end
from graph.extract.statements import apposed_charge, counted, deemed
from graph.extract.threats import threats
from graph.records import ActorType, Event, Statement
from graph.records import Span as TextSpan

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"})
"""Acts that, announced for the future, are promises (AGREE)."""
HOSTILE = frozenset({"ACCUSE", "SANCTION", "ASSAULT", "COERCE"})
"""Acts that, announced with intent ("akan", "berencana"), are threats (THREATEN)."""
MATERIAL = frozenset({"MOBILIZE", "RETREAT", "AID", "COOPERATE"})
"""Material acts whose agent a speaker may leave unsaid when they are its own side's."""
DEEDS = MATERIAL | {"SANCTION", "ASSAULT", "COERCE"}
"""Deeds a body or state does, not the person who speaks for it."""
FORCE = frozenset({"ASSAULT", "COERCE"})
"""Acts of force: condemning one accuses its agent, not its victim."""
CONDITIONAL_OK = frozenset({"THREATEN", "AGREE", "REQUEST", "REJECT"})
NO_TARGET_OK = frozenset({"MOBILIZE", "PROTEST", "RETREAT"})
DEMANDS = frozenset({"REQUEST", "REJECT", "ACCUSE"})
"""What protesters do to the one they protest against."""
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE"})
"""Types whose target may be a region (the guide: "Kharkiv kembali dihujani roket"); for the
others a region or place is no target ("meluncurkan rudal ke arah Laut Jepang" is aimed at no
one, "menolak gugatan Pilkada Kabupaten Jember" rejects no town)."""
PLACE_REACH = 7
"""Words after "di" within which a struck state is named ("di wilayah timur laut Ukraina")."""
FRAMES = frozenset({"LIGHT", "RECEIVE", "CLAIM", "LAUNCH", "BLOCK"})
"""Lexicon types that are no PLOVER type: light verbs, receiving, claims and launches (a
weapons launch: MOBILIZE, or ASSAULT when aimed at a target)."""
GOVERNING = frozenset({"LIGHT", "RECEIVE"})
"""Light verbs: the event noun they govern is the event (RECEIVE: its subject undergoes it)."""
LAUNCHES = {"LAUNCH": ("MOBILIZE", "ASSAULT")}
"""Frames of a launch, with the event types a launch told may have been coded as."""
INSTITUTIONS = frozenset({ActorType.ORGANIZATION, ActorType.COUNTRY})
MUTUAL = frozenset({"CONSULT", "COOPERATE"})
RECIPROCAL = MUTUAL | {"AGREE", "SUPPORT"}
"""Types whose parties may all be sources with no target ("Kenya dan Uganda sepakat ...")."""
UNREAL_COMPLEMENT = frozenset({"CLAIM", "ACCUSE", "REQUEST"})
"""Predicates whose complement clause (its own subject and verb) is claimed or asked for."""

OBJECT_REACH = 8
"""Words an act's object may run before what it names (the party accused, the penalty
asked)."""
SITE_REACH = 10
"""Words a protest's site may lie after it, past the crowd ("unjuk rasa ratusan mahasiswa dan
aktivis di depan Gedung DPR")."""


def entry_of(ctx: Context, tok: Token, frames: bool = True) -> tuple[Analysis, EventEntry] | None:
    """The event predicate a token is, with its reading, if its form and object fit.

    A light verb ("melakukan", "menjatuhkan") followed by an event noun takes the noun's type
    and the noun as its object; without one it is no predicate (or its next reading applies).
    An object written "~root" may come anywhere in the next words of the clause ("menetapkan X
    sebagai tersangka"), one written "!root" must not follow ("pemutusan hubungan kerja"); a
    passive's object may come right before it ("pasukan dikerahkan").
    """
    table = events(ctx.lang)
    reach = 5 if counts(ctx, tok.i + 1) else 3
    following = {r for t in ctx.doc[tok.i + 1 : tok.i + reach] for r in roots(t.text)}
    preceding = {r for t in ctx.doc[max(0, tok.i - 3) : tok.i] for r in roots(t.text)}
    for analysis in analyses(tok.text):
        for entry in table.get(analysis.root, ()):
            if not form_fits(analysis, entry) or \
                    entry.suffix not in ("", analysis.suffix):
                continue
            near = {o for o in entry.objects if o[0] not in "~!"}
            far = {o[1:] for o in entry.objects if o.startswith("~")}
            barred = {o[1:] for o in entry.objects if o.startswith("!")}
            objects = following | (preceding if analysis.passive else set())
            if (near and not near & objects) or (far and not far & later_roots(ctx, tok)) or \
                    barred & following:
                continue
            if entry.type in GOVERNING:
                governed = governed_event(ctx, tok) if frames else None
                if governed is None and entry.type == "RECEIVE" and frames:
                    governed = received_guest(ctx, tok, entry)
                if governed is None:
                    continue
                return analysis, governed
            if entry.type in FRAMES and not frames:
                continue
            return analysis, entry
    return None


def counts(ctx: Context, i: int) -> bool:
    """Whether a number or a quantity word stands at a token ("20 ton bantuan", "ratusan",
    "sekitar 300 personel")."""
    return i < len(ctx.doc) and (ctx.doc[i].like_num or vague_quantity(ctx.doc[i], ctx.lang)
                                 or ctx.doc[i].lower_ in word_set(ctx.lang, "indefinite"))


def form_fits(analysis: Analysis, entry: EventEntry) -> bool:
    """Whether a reading has a form the entry allows: "P" admits transitive forms with a
    prefix only (memukul, not the bare "pukul" of "pukul 10"); no causative reading fits."""
    prefixed = "P" in entry.form and analysis.form == "T" and bool(analysis.prefix)
    return bool(analysis.form) and not analysis.causative and (
        analysis.form in entry.form or prefixed)


def later_roots(ctx: Context, tok: Token) -> set[str]:
    """Roots of the twenty words after a token in its sentence (where a "~root" object may
    come, after a listed object: "menetapkan X, Y, dan Z sebagai tersangka")."""
    end = min(tok.i + 21, tok.sent.end)
    return {r for t in ctx.doc[tok.i + 1 : end] for r in roots(t.text)}


def receives(ctx: Context, analysis: Analysis, entry: EventEntry) -> bool:
    """Whether a predicate's subject undergoes the event it governs or hosts its guests
    ("menerima kunjungan X", "menerima delegasi"), not when it accepts an offer or a ruling."""
    return entry.type not in ("AGREE", "CONCEDE") and any(
        e.type == "RECEIVE" and form_fits(analysis, e)
        for e in events(ctx.lang).get(analysis.root, ()))


def governed_event(ctx: Context, tok: Token) -> EventEntry | None:
    """The event a light verb governs: an event noun right after it, also past a number and
    its unit ("mengadakan tiga putaran pembicaraan") or an indefinite ("salah satu serangan"),
    not past another verb, as (type, its root)."""
    doc, start = ctx.doc, tok.i + 1
    for nxt in doc[start : min(start + 2 + 2 * counts(ctx, start), len(doc))]:
        if (nxt.text in QUOTE_MARKS and nxt.i == start) or \
                nxt.lower_ in word_set(ctx.lang, "indefinite"):
            continue  # 'mengajukan "protes serius"'
        if nxt.is_punct or nxt.is_title or is_verb(nxt, ctx.lang):
            return None  # not "disampaikan merespons serangan X"
        found = entry_of(ctx, nxt, frames=False)
        if found is not None and found[1].type not in FRAMES:
            analysis, entry = found
            return EventEntry(entry.root, entry.type, entry.form, (analysis.root, *entry.objects))
    return None


def received_guest(ctx: Context, tok: Token, entry: EventEntry) -> EventEntry | None:
    """A visit when a receiving verb takes a person ("menerima Perdana Menteri Australia X"):
    the guest is the source once the receiver's arguments are swapped."""
    if tok.i + 1 >= len(ctx.doc):
        return None
    start = ctx.doc[tok.i + 1].idx + ctx.offset
    guests = [k for s, _, k in ctx.table.spans if s == start
              and ctx.table.actors[k].type == ActorType.PERSON]
    return EventEntry(entry.root, "CONSULT", entry.form, ()) if guests else None


def governs_event(ctx: Context, end: Token) -> bool:
    """Whether an event noun is the object of a trigger ("mengancam sanksi", "menolak serangan"):
    that event is threatened, refused or asked for, not reported."""
    nxt = end.i + 1
    return nxt < len(ctx.doc) and entry_of(ctx, ctx.doc[nxt], frames=False) is not None


def trigger_end(ctx: Context, tok: Token, entry: EventEntry, sent: Span) -> Token:
    """The last word of a trigger: the predicate, or the object its entry requires (with the
    rest of a title: "memanggil Duta Besar")."""
    for t in ctx.doc[tok.i + 1 : min(tok.i + 4, sent.end)]:
        if set(entry.objects) & set(roots(t.text)) and not t.ent_type_:  # not "Koalisi X"
            last = t
            while last.i + 1 < sent.end and (
                    set(entry.objects) & set(roots(ctx.doc[last.i + 1].text))
                    or f"{last.lower_} {ctx.doc[last.i + 1].lower_}" in titles(ctx.lang)):
                last = ctx.doc[last.i + 1]
            return last
    return tok


def preceding(ctx: Context, tok: Token, role: str, window: int = 3) -> Token | None:
    """A function word of a role shortly before a token (skipping adverbs)."""
    return preceding_word(ctx, tok, words_with_role(ctx.lang, role), window)


def alleged(ctx: Context, tok: Token) -> bool:
    """Whether an alleging word ("diduga") comes right before a predicate, or before the one
    it is coordinated with ("diduga melakukan perusakan dan melempari petugas")."""
    alleging = word_set(ctx.lang, "alleging")
    if preceding_word(ctx, tok, alleging, 2) is not None:
        return True
    joined = tok.i > 1 and ctx.doc[tok.i - 1].lower_ in word_set(ctx.lang, "list_conjunctions")
    return joined and preceding_word(ctx, ctx.doc[tok.i - 1], alleging, 5) is not None


def preceding_word(
    ctx: Context, tok: Token, words: frozenset[str], window: int = 3,
) -> Token | None:
    """One of some words shortly before a token, in its clause."""
    for t in reversed(ctx.doc[max(0, tok.i - window) : tok.i]):
        if t.lower_ in words:
            return t
        if t.is_punct:
            break
    return None


def negator(ctx: Context, tok: Token) -> Token | None:
    """A negator shortly before a predicate, not one in a description of its subject ("orang
    bersenjata tak dikenal menembaki ...")."""
    found = preceding(ctx, tok, "neg")
    described = found is not None and found.i + 1 < tok.i and \
        unidentified(ctx.doc, found.i, ctx.lang)
    return None if described else found


def unhesitating(ctx: Context, tok: Token) -> Token | None:
    """A negated word of hesitation announcing an act ("tidak segan [untuk] menjatuhkan", "tak
    akan ragu membalas"), which is then intended, not denied."""
    hesitation = preceding_word(ctx, tok, word_set(ctx.lang, "unhesitating"), window=2)
    if hesitation is None:
        return None
    return hesitation if preceding(ctx, hesitation, "neg") is not None else None


def planned_purpose(ctx: Context, tok: Token, sent: Span) -> Token | None:
    """The modal of an announced act whose purpose a predicate states ("akan bertindak
    bersama negara lain untuk menghalangi provokasi"): the purpose is not done either."""
    purpose = preceding_word(ctx, tok, word_set(ctx.lang, "purpose"), window=1)
    if purpose is None:
        return None
    modals = words_with_role(ctx.lang, "modal") | words_with_role(ctx.lang, "intent")
    return next((t for t in reversed(ctx.doc[sent.start : purpose.i]) if t.lower_ in modals),
                None)


def hostile_pledge(ctx: Context, end: Token, sent: Span) -> bool:
    """Whether what a promise pledges, in the few words after it, is a hostile act or
    retaliation ("berjanji akan memberikan balasan", "berjanji akan menyerang")."""
    for tok in ctx.doc[end.i + 1 : min(sent.end, end.i + 6)]:
        if tok.is_punct or ends_clause(tok, ctx.lang):
            return False
        found = entry_of(ctx, tok, frames=False)
        if tok.lower_ in word_set(ctx.lang, "retaliation") or (
                found is not None and found[1].type in HOSTILE):
            return True
    return False


def asked_for(ctx: Context, tok: Token) -> bool:
    """Whether an act is what a request or offer named by a noun asks for ("menolak permintaan
    Erywan untuk bertemu ..."): asked, not done."""
    purpose = preceding_word(ctx, tok, word_set(ctx.lang, "purpose"), window=1)
    return purpose is not None and preceding_word(
        ctx, purpose, word_set(ctx.lang, "asking_nouns"), window=4) is not None


def wished(ctx: Context, tok: Token, sent: Span) -> bool:
    """Whether an act is in a clause of what is wanted, opened by agar or supaya a few words
    before it with no verb between ("tuntutan ..., termasuk agar Kiev menarik pasukannya")."""
    for t in reversed(ctx.doc[max(sent.start, tok.i - 6) : tok.i]):
        if t.lower_ in word_set(ctx.lang, "wish_markers"):
            return True
        if t.is_punct or is_verb(t, ctx.lang):
            return False
    return False


def conditional(ctx: Context, tok: Token, sent: Span) -> bool:
    """Whether a condition word (jika, apabila) opens the clause holding a token."""
    conds = words_with_role(ctx.lang, "cond")
    return any(t.lower_ in conds for t in ctx.doc[sent.start : tok.i])


def actors_in(ctx: Context, span: Span) -> list[str]:
    """Actors of a noun phrase, coordinated parts giving several."""
    return resolve_all(ctx, span)


def subordinate(lang: str) -> frozenset[str]:
    """Words that open a subordinate or relative clause, which ends a noun phrase."""
    return word_set(lang, "clause_ends") | word_set(lang, "complements") | \
        word_set(lang, "relativizers")


def targets_after(ctx: Context, i: int, end: int) -> list[str]:
    """Targets: the object, or a kepada/terhadap/dengan/agar phrase, anywhere in the clause
    (which a comma before the subject's next predicate ends);
    "terhadap" right after an object naming no actor and no event belongs to it ("mengecam
    tindakan aparat terhadap mahasiswa" does not target the students)."""
    doc, fw = ctx.doc, function_words(ctx.lang)
    i = skip_quantity(ctx, complement_object(ctx, past_kinds(ctx, skip_adverbs(
        doc, i, ctx.lang), end), end), end)
    if i + 1 < end and doc[i].lower_ in words_with_role(ctx.lang, "former"):
        i += 1  # "menahan [mantan] Direktur Utama X, Y"
    concerned = the_concerned(ctx, doc[i : i + 2]) if i + 2 <= end else None
    if concerned is not None:
        return [concerned]  # "menetapkan yang bersangkutan sebagai tersangka"
    stop = min(end, i + 20)
    j, object_end = i, -1
    while j < stop:
        tok = doc[j]
        if j == i and process_noun(ctx, tok):  # but the other party of suspended talks
            mutual = entry_of(ctx, tok, frames=False)[1].type in MUTUAL
            return phrase_actors(ctx, j + 1, end, word_set(ctx.lang, "partner_preps")) \
                if mutual else []
        start = skip_quantity(ctx, j + 1, end) if tok.lower_ in word_set(
            ctx.lang, "target_preps") else j
        complement = tok.lower_ in word_set(ctx.lang, "affected") and j == object_end
        if (tok.lower_ in word_set(ctx.lang, "target_preps") and not complement and
                not (start < end and is_verb(doc[start], ctx.lang))) \
                or (j == i and fw.get(tok.lower_) is None):
            described = start < end and is_title_word(doc[start].text, ctx.lang)
            keys = apposed_person(ctx, start, end) if described else []
            np = coordinated_np(ctx, start, end) if start < end else None
            keys = keys or (actors_in(ctx, np) if np is not None else [])
            if j > i and not keys:
                keys = area_places(ctx, np, end)
            if j == i and not keys:
                keys = apposed_person(ctx, start, end) or area_places(ctx, np, end) or \
                    titled_possessor(ctx, np)
                noun = tok.pos_ == "NOUN" and entry_of(ctx, tok, frames=False) is None
                object_end = np.end if np is not None and noun else -1
            if not keys and start < end and doc[start].lower_ in gatherings(ctx.lang):
                keys = host(ctx, np_after(doc, start, end, ctx.lang).end, end)
            if keys:
                return keys
        if ends_clause(tok, ctx.lang) or tok.text in ".;" or next_predicate(ctx, j, end):
            break
        j += 1
    return object_actors(ctx, i, stop)


def past_kinds(ctx: Context, i: int, end: int) -> int:
    """Where a trigger's object starts past the words of its event noun's kind ("serangan
    [udara dan rudal] terhadap ...")."""
    kinds, joins = event_kinds(ctx.lang), word_set(ctx.lang, "coordinators")
    while i < end and (ctx.doc[i].lower_ in kinds or (
            ctx.doc[i].lower_ in joins and i + 1 < end and ctx.doc[i + 1].lower_ in kinds)):
        i += 1
    return i


def area_places(ctx: Context, np: Span | None, end: int) -> list[str]:
    """The places an object headed by an area or settlement noun lies in ("menyerang sembilan
    lokasi di Pakistan", "serangan ke sejumlah kota di Ukraina", "pangkalan udara di dalam
    wilayah Rusia")."""
    doc = ctx.doc
    nouns = areas(ctx.lang) | word_set(ctx.lang, "settlements")
    if np is None or np.end + 1 >= end or \
            doc[np.end].lower_ not in word_set(ctx.lang, "locative_preps") or \
            not any(t.lower_ in nouns for t in np):
        return []
    start = np.end + 1 + (doc[np.end + 1].lower_ in word_set(ctx.lang, "spatial_nouns"))
    return actors_in(ctx, coordinated_np(ctx, start, end)) if start < end else []


def next_predicate(ctx: Context, j: int, end: int) -> bool:
    """Whether a comma or a coordinator at ``j`` opens the next predicate of the subject
    ("mendukung rencana itu, bahkan selalu mendesak agar DPR ...", "meningkatkan kewaspadaan
    dan berbagi informasi dengan X")."""
    if ctx.doc[j].text != "," and ctx.doc[j].lower_ not in word_set(ctx.lang, "coordinators"):
        return False
    k = skip_adverbs(ctx.doc, j + 1, ctx.lang)
    return k < end and ctx.doc[k].pos_ == "VERB" and is_verb(ctx.doc[k], ctx.lang)




def skip_quantity(ctx: Context, i: int, end: int) -> int:
    """Where an object starts after an approximate quantity ("lebih dari 1,2 juta orang
    Rohingya" -> "1,2 juta ...", "ratusan mahasiswa" -> "mahasiswa")."""
    doc = ctx.doc
    if i + 2 < end and doc[i].lower_ in word_set(ctx.lang, "comparatives") and \
            doc[i + 1].lower_ in word_set(ctx.lang, "comparison_preps"):
        return i + 2
    return i + 1 if i + 1 < end and vague_quantity(doc[i], ctx.lang) else i


def host(ctx: Context, i: int, end: int) -> list[str]:
    """The state hosting a gathering, from the "di X" right after its name ("ke KTT COP27 di
    Mesir" -> Mesir)."""
    if i + 1 >= end or ctx.doc[i].lower_ not in word_set(ctx.lang, "locative_preps"):
        return []
    keys = actors_in(ctx, np_after(ctx.doc, i + 1, end, ctx.lang))
    return [seat_state(ctx, k) for k in keys
            if ctx.table.actors[k].type in (ActorType.COUNTRY, ActorType.PLACE)]


def complement_object(ctx: Context, i: int, end: int) -> int:
    """Where the object of a purpose complement starts ("setuju untuk menerima kembali X" -> X),
    or ``i`` when no "untuk" + verb follows the predicate."""
    doc = ctx.doc
    if i + 2 < end and doc[i].lower_ in word_set(ctx.lang, "purpose_preps") and \
            doc[i + 1].pos_ == "VERB":
        return skip_adverbs(doc, i + 2, ctx.lang)
    return i


def apposed_person(ctx: Context, i: int, end: int) -> list[str]:
    """The person a role noun is set beside ("rekannya dari India, Narendra Modi"): the named
    phrase after the first comma, when only a role description (up to eleven words: "mantan
    Direktur Utama PT X (Persero)") comes before it."""
    doc = ctx.doc
    for j in range(i + 1, min(end - 1, i + 12)):
        if ends_clause(doc[j], ctx.lang) or (doc[j].is_punct and doc[j].text not in ",()"):
            return []
        if doc[j].text == ",":
            np = np_after(doc, j + 1, end, ctx.lang)
            keys = actors_in(ctx, np) if len(np) and doc[j + 1].is_title else []
            return [k for k in keys if ctx.table.actors[k].type == ActorType.PERSON]
    return []


def titled_possessor(ctx: Context, np: Span | None) -> list[str]:
    """The person a bare title after a common noun names, whose act or thing the object is
    ("mengapresiasi langkah Kapolri"); not a relative's or aide's title ("ajudan Presiden")."""
    if np is None or len(np) < 2 or not np[0].is_lower or \
            is_title_word(np[0].text, ctx.lang) or not np[1].is_title or \
            not is_title_word(np[1].text, ctx.lang) or \
            np[0].lower_ in word_set(ctx.lang, "relation_nouns") | word_set(
                ctx.lang, "person_nouns"):
        return []
    owner = ctx.doc[np.start + 1 : np.end]
    return [k for k in actors_in(ctx, owner) if ctx.table.actors[k].type == ActorType.PERSON]


def object_actors(ctx: Context, i: int, end: int) -> list[str]:
    """Agents named inside an object the noun-phrase reading cut short ("pihak berwenang
    Myanmar"), up to the first punctuation, preposition or clause word; none in a law named
    for one ("UU KPK", "revisi UU KPK")."""
    doc, fw = ctx.doc, function_words(ctx.lang)
    if statute([t.text for t in doc[i : min(end, i + 2)] if not t.is_punct], ctx.lang):
        return []
    j = i
    while j < end and not doc[j].is_punct and doc[j].lower_ not in subordinate(ctx.lang) and \
            fw.get(doc[j].lower_) not in ("prep", "stop", "cond"):
        j += 1
    if j == i:
        return []
    return [k for k in ctx.actors_within(doc[i].idx, doc[j - 1].idx + len(doc[j - 1]))
            if ctx.table.actors[k].type in AGENTS]


def process_noun(ctx: Context, tok: Token) -> bool:
    """A peN-an event noun ("penangkapan X"): what follows it undergoes the act, so it is no
    target of an act about it."""
    found = entry_of(ctx, tok, frames=False)
    return found is not None and found[0].form == "N" and found[0].prefix in ("pe", "per")


def coordinated_np(ctx: Context, start: int, end: int) -> Span:
    """The noun phrase at a token, extended over "dan"/"serta" and ", Name" coordination."""
    doc = ctx.doc
    np = np_after(doc, start, end, ctx.lang)
    while len(np) and np.end + 1 < end and (
            doc[np.end].lower_ in word_set(ctx.lang, "coordinators") or
            (doc[np.end].text == "," and doc[np.end + 1].is_title)):
        more = np_after(doc, np.end + 1, end, ctx.lang)
        if not len(more):
            break
        np = doc[np.start : more.end]
    return np


def sources_before(ctx: Context, sent: Span, tok: Token) -> list[str]:
    """The subject actors of a predicate; none for an area ("perbatasan kedua negara")."""
    region = subject_region(ctx.doc, sent.start, tok.i, ctx.lang)
    if region is None or any(t.lower_ in areas(ctx.lang) for t in region):
        return []
    return actors_in(ctx, region)


def main_subject(ctx: Context, sent: Span, tok: Token) -> list[str]:
    """The subject of the main clause, for a predicate with no subject of its own.

    Serves serial and coordinated verbs ("bersatu memprotes", "dan mengirim"), purpose clauses
    ("untuk berdiskusi") and subjects set off by an inserted phrase ("Dia, bagaimanapun,
    mengkritik"), or the agent of a passive main clause ("Hal itu disampaikan X saat bertemu
    Y"); not predicates of a subordinate clause (bahwa, yang, karena, jika ...).
    """
    doc = ctx.doc
    if subject_region(doc, sent.start, tok.i, ctx.lang) is not None:
        return []
    start = opener_end(doc, sent, ctx.lang)
    setting = bare_setting(ctx, sent, tok)
    comma = fronted_end(ctx, sent, tok) if setting is not None else None
    if comma is not None:
        return fronted_subject(ctx, sent, comma)
    np = np_after(doc, start, tok.i, ctx.lang)
    if not len(np) or any(t.lower_ in subordinate(ctx.lang) and t.i != setting
                          for t in doc[np.end : tok.i]):
        return []
    passive = np.end < tok.i and doc[np.end].lower_.startswith("di") and \
        is_verb(doc[np.end], ctx.lang)
    return actors_in(ctx, np) or (agent_after(ctx, np.end + 1, tok.i) if passive else [])


def opens_with_content(ctx: Context, sent: Span, stmt: Statement) -> bool:
    """Whether a sentence's main clause lies in what a statement reports ("Serangan Israel
    menewaskan 15 warga, menurut Kementerian Kesehatan")."""
    first = ctx.doc[opener_end(ctx.doc, sent, ctx.lang)]
    return stmt.content.start <= first.idx + ctx.offset < stmt.content.end


def bare_setting(ctx: Context, sent: Span, tok: Token) -> int | None:
    """The setting word ("setelah", "saat") that a predicate follows with no subject of its
    own ("setelah bertemu X"), whose subject is then the main clause's."""
    k = tok.i - 1
    skip = words_with_role(ctx.lang, "adv") | words_with_role(ctx.lang, "modal")
    while k > sent.start and ctx.doc[k].lower_ in skip:
        k -= 1
    return k if k >= sent.start and ctx.doc[k].lower_ in word_set(ctx.lang, "settings") else None




def fronted_end(ctx: Context, sent: Span, tok: Token) -> int | None:
    """The comma closing a fronted adverbial clause that holds a predicate ("Setelah bertemu
    X, Y ..."; "Setelah Rusia menyerang Kyiv, Zelensky ..."), or None."""
    doc = ctx.doc
    first = next((t for t in doc[sent.start : tok.i] if not t.is_punct), None)
    openers = word_set(ctx.lang, "adverbial_openers") | word_set(ctx.lang, "settings")
    if first is None or first.lower_ not in openers:
        return None
    return next((t.i for t in doc[tok.i + 1 : sent.end] if t.text == ","), None)


def fronted_subject(ctx: Context, sent: Span, comma: int) -> list[str]:
    """The subject after the comma of a fronted setting clause, when a verb follows it
    ("Setelah bertemu X, Perdana Menteri Y mengkritik ..." -> Y)."""
    doc = ctx.doc
    np = np_after(doc, comma + 1, sent.end, ctx.lang)
    verb = len(np) > 0 and np.end < sent.end and is_verb(
        doc[skip_adverbs(doc, np.end, ctx.lang)], ctx.lang)
    return [k for k in actors_in(ctx, np) if ctx.table.actors[k].type in AGENTS] if verb else []


def agent_after(ctx: Context, i: int, end: int) -> list[str]:
    """The agent of a passive: "oleh X" within the clause, or a named actor or a collective
    right after the verb ("dibantah Kremlin", "ditangkap polisi Kenya", "ditembak kelompok
    kriminal bersenjata"; not "ditetapkan tersangka")."""
    doc = ctx.doc
    for j in range(i, min(end, i + 10)):
        if doc[j].lower_ in word_set(ctx.lang, "agent_preps"):
            return actors_in(ctx, np_after(doc, j + 1, end, ctx.lang))
    j = skip_adverbs(doc, i, ctx.lang)
    if j >= end or function_words(ctx.lang).get(doc[j].lower_) is not None or \
            is_verb(doc[j], ctx.lang):
        return []  # "dituduh merusak gedung DPRD": what was done, no agent
    np = np_after(doc, j, end, ctx.lang)
    group = collective_np(np, ctx.lang) if len(np) else None
    acting = group is not None and group.start <= np.start + 1 and \
        group[0].lower_ not in word_set(ctx.lang, "suspects")
    named = actors_in(ctx, np) if len(np) and (
        ctx.actors_within(np.start_char, np.end_char) or acting) else []
    return [k for k in named if ctx.table.actors[k].type in AGENTS]


def arguments(
    ctx: Context, tok: Token, found: tuple[Analysis, EventEntry], sent: Span, after: int,
    by_cue: dict[int, list[Statement]], last_subject: list[str], within: Statement | None = None,
) -> tuple[list[str], list[str]]:
    """(sources, targets) of a predicate token whose trigger ends before `after`; inside
    reported content only its own subject, or the speaker when the predicate opens the content
    ("Khan mengatakan sempat menghubungi Modi"), can be the source."""
    analysis, entry = found
    said = by_cue.get(tok.idx + ctx.offset)
    if said:
        speakers = list(dict.fromkeys(s.speaker for s in said))
        recipient = said[0].recipient
        if nominal(analysis, entry):
            after = past_owner(ctx, speakers, after, sent.end)
        named = condemned(ctx, entry, after, sent, targets_after(ctx, after, sent.end))
        targets = named if recipient is None or recipient in named else [recipient]
        if not targets and entry.type == "ACCUSE":
            targets = accused_in(ctx, after, sent)
        return speakers, targets
    if analysis.passive:
        return agent_after(ctx, after, sent.end), sources_before(ctx, sent, tok)
    voiced = voiced_noun(ctx, tok, analysis, after, sent)
    if voiced[0]:
        return voiced
    crowd = crowd_after(ctx, after, sent) if entry.type == "PROTEST" and \
        not analysis.prefix else []
    if crowd:
        return crowd, []  # "unjuk rasa ratusan mahasiswa": the crowd protests
    prev = ctx.doc[tok.i - 1] if tok.i > sent.start else None
    if analysis.form == "N" or bare_noun(ctx, tok, analysis) or (
            not analysis.prefix and prev is not None and
            prev.lower_ in word_set(ctx.lang, "reasons")):
        sources, targets = genitive(ctx, tok, analysis, after, sent, entry.type)
        setting = bare_setting(ctx, sent, tok)
        if not sources and setting is not None and (entry.type in MUTUAL or not any(
                is_verb(t, ctx.lang) for t in ctx.doc[sent.start : setting])):
            sources = main_subject(ctx, sent, tok)  # "Dalam panggilan telepon, X ..."
            if not targets and entry.type in MUTUAL:
                end = fronted_end(ctx, sent, tok) or sent.end
                targets = phrase_actors(ctx, after, end, word_set(ctx.lang, "partner_preps"))
        return sources, targets
    lead = words_with_role(ctx.lang, "adv") | words_with_role(ctx.lang, "modal")
    k = tok.i - 1
    while k > sent.start and ctx.doc[k].lower_ in lead:
        k -= 1  # "dan [telah] mengerahkan"
    coordinated = k >= sent.start and ctx.doc[k].lower_ in \
        word_set(ctx.lang, "coordinators") | {","}
    governing = governing_verb(ctx, tok, sent)
    sources = last_subject if coordinated and last_subject else \
        sources_before(ctx, sent, governing or tok)
    if within is not None and opens(ctx, tok, within):
        sources = speakers_of(ctx, tok, within, by_cue) or sources
    if within is not None and ctx.in_quote(tok) and quoted_subject(ctx, tok) != "body":
        sources = [within.speaker]
    sources = sources or (main_subject(ctx, sent, tok) if within is None or
                          opens_with_content(ctx, sent, within) else [])
    end = fronted_end(ctx, sent, tok) or sent.end
    if nominal(analysis, entry):
        after = past_owner(ctx, sources, after, end)
    partners = phrase_actors(ctx, after, end, word_set(ctx.lang, "partner_preps")) \
        if entry.type in MUTUAL else []
    targets = partners or condemned(ctx, entry, after, sent, targets_after(ctx, after, end))
    if not targets and entry.type == "ACCUSE":
        targets = accused_in(ctx, after, sent)
    if not targets and analysis.clitic and analysis.prefix:
        targets = clitic_object(ctx, tok, sent, sources)
    return sources, targets


def clitic_object(ctx: Context, tok: Token, sent: Span, sources: list[str]) -> list[str]:
    """Whom the -nya of an active verb stands for: the last agent named before it in the
    sentence that is not its subject ("KPK menahan X setelah memeriksanya")."""
    start, here = sent.start_char + ctx.offset, tok.idx + ctx.offset
    named = [k for s, _, k in sorted(ctx.table.spans) if start <= s < here
             and k not in sources and ctx.table.actors[k].type in AGENTS]
    return named[-1:]


def governing_verb(ctx: Context, tok: Token, sent: Span) -> Token | None:
    """The verb whose subject a verb opened by "dengan" or "untuk" acts for ("polisi membalas
    dengan menembakkan gas air mata untuk membubarkan mereka": the police fire and disperse):
    the nearest verb before that word when it is an act, itself followed back the same way."""
    doc, preps = ctx.doc, word_set(ctx.lang, "instrument_preps") | word_set(
        ctx.lang, "purpose_preps")
    found = None
    while tok.i > sent.start + 1 and doc[tok.i - 1].lower_ in preps:
        verb = next((t for t in reversed(doc[max(sent.start, tok.i - 8) : tok.i - 1])
                     if is_verb(t, ctx.lang) or t.is_punct), None)
        if verb is None or verb.is_punct or entry_of(ctx, verb, frames=False) is None:
            break  # not a modal's complement ("berencana untuk menawarkan")
        found = tok = verb
    return found


def crowd_after(ctx: Context, after: int, sent: Span) -> list[str]:
    """The crowd a bare protest noun names right after it ("unjuk rasa [ratusan mahasiswa dan
    aktivis]", "demonstrasi [para buruh]")."""
    start = skip_quantity(ctx, after, sent.end)
    if start >= sent.end or not is_collective(ctx.doc[start].text, ctx.lang):
        return []
    keys = actors_in(ctx, coordinated_np(ctx, start, sent.end))
    return keys if keys and all(ctx.table.actors[k].type == ActorType.GROUP for k in keys) \
        else []


def not_by_force(ctx: Context, i: int, sent: Span) -> bool:
    """Whether what a retaliation is done with is no act of force ("membalas dengan
    mengumumkan kenaikan tarif"; not "membalas dengan serangan rudal")."""
    if i + 1 >= sent.end or ctx.doc[i].lower_ not in word_set(ctx.lang, "instrument_preps"):
        return False
    found = entry_of(ctx, ctx.doc[i + 1], frames=False)
    return found is None or found[1].type not in FORCE


def called_for(ctx: Context, end: Token, sent: Span) -> bool:
    """Whether a demand with no party asks for an act by its noun ("menyerukan penyelidikan
    independen", "menuntut intervensi internasional"): a call on no one in particular."""
    nxt = end.i + 1
    return nxt < sent.end and bool(noun_types(ctx, ctx.doc[nxt])) and \
        not ctx.actors_within(ctx.doc[nxt].idx, sent.end_char)


def between(ctx: Context, end: Token, sent: Span) -> bool:
    """Whether an event's parties follow it after "antara", each a side of it ("bentrokan
    antara Thailand dan Kamboja")."""
    return between_at(ctx, end.i + 1, sent) is not None


def between_at(ctx: Context, i: int, sent: Span) -> int | None:
    """Where "antara" stands at a token, or right after a modifier there ("pertempuran
    [sengit] antara X dan Y"), a lower-case word that is no function word nor verb."""
    doc, among = ctx.doc, word_set(ctx.lang, "between_preps")
    if i < sent.end and doc[i].lower_ in among:
        return i
    modifier = i + 1 < sent.end and doc[i].is_lower and \
        doc[i].lower_ not in function_words(ctx.lang) and not is_verb(doc[i], ctx.lang)
    return i + 1 if modifier and doc[i + 1].lower_ in among else None


def struck_state(ctx: Context, end: Token, sent: Span, sources: list[str]) -> list[str]:
    """The state whose ground an attack with no named victim strikes: the first state a
    locative phrase of its clause names or places a city in, not the attacker's own ("menghantam
    pusat perbelanjaan di Kharkiv, Ukraina", "serangan darat di wilayah timur laut Ukraina")."""
    own = {state_of(ctx, k) for k in sources}
    limit = clause_end(sent, end.idx + len(end), ctx.lang)
    for prep in ctx.doc[end.i + 1 : sent.end]:
        if prep.idx >= limit:
            break
        if prep.lower_ not in word_set(ctx.lang, "locative_preps"):
            continue
        stop = ctx.doc[min(sent.end, prep.i + PLACE_REACH) - 1]
        named = sorted((s, k) for s, _, k in ctx.table.spans
                       if prep.idx < s - ctx.offset <= min(stop.idx, limit - 1))
        struck = [k for k in (state_of(ctx, k) for _, k in named) if k and k not in own]
        return struck[:1]
    return []


def pursuer(ctx: Context, found: list[Event], targets: list[str]) -> list[str]:
    """The institutions behind the last hostile act on one of these targets: the agent an
    agentless passive act on them continues (not a person who only accused them)."""
    return next((list(e.sources) for e in reversed(found)
                 if e.type in HOSTILE and not e.negated and set(e.targets) & set(targets)
                 and all(ctx.table.actors[k].type in INSTITUTIONS for k in e.sources)), [])


def condemned(ctx: Context, entry: EventEntry, after: int, sent: Span,
              targets: list[str]) -> list[str]:
    """The targets of an accusation whose object is an act of force: that act's agents, never
    its victims ("mengutuk serangan Israel terhadap Gaza" -> Israel; "mengutuk serangan
    terhadap Istana Yamamah" accuses no one named)."""
    i = skip_adverbs(ctx.doc, after, ctx.lang)
    if entry.type != "ACCUSE" or i >= sent.end:
        return targets
    found = entry_of(ctx, ctx.doc[i], frames=False)
    if found is None or found[1].type not in FORCE or found[0].prefix:
        return [] if violence_against(ctx, i, sent) else targets
    return genitive(ctx, ctx.doc[i], found[0], i + 1, sent, found[1].type)[0]


def violence_against(ctx: Context, i: int, sent: Span) -> bool:
    """Whether the object of an accusation is violence done to a party ("mengecam penggunaan
    kekerasan yang meluas terhadap para pengunjuk rasa"): the party after "terhadap" is its
    victim, not the accused."""
    for tok in ctx.doc[i : min(sent.end, i + OBJECT_REACH)]:
        if tok.lower_ in word_set(ctx.lang, "affected") or tok.text in ",.;":
            return False
        if tok.lower_ in word_set(ctx.lang, "violence_nouns"):
            return any(t.lower_ in word_set(ctx.lang, "affected")
                       for t in ctx.doc[tok.i + 1 : min(sent.end, tok.i + OBJECT_REACH)])
    return False


def past_owner(ctx: Context, sources: list[str], after: int, end: int) -> int:
    """Where an event noun's target may start: past its owner when the owner is the sources'
    own side ("menyatakan protes Jepang terhadap peluncuran rudal Korea Utara")."""
    doc = ctx.doc
    np = np_after(doc, after, end, ctx.lang) if after < end else None
    if np is None or not len(np) or not doc[after].text[:1].isupper():
        return after
    side = (set(sources) | {state_of(ctx, k) for k in sources}) - {None}
    owners = ctx.actors_within(np.start_char, np.end_char)
    return np.end if owners and all(k in side or state_of(ctx, k) in side for k in owners) \
        else after


def bare_noun(ctx: Context, tok: Token, analysis: Analysis) -> bool:
    """Whether a predicate without affixes is used as a noun: tagged so at a sentence start or
    after a function word ("setelah eksekusi mati ...", not "X sarapan bersama Y"), right after
    a setting word or a verb whatever its tag ("usai demonstrasi menolak ...", "mengatakan
    demonstrasi mahasiswa ..."), or the subject of a passive verb after it ("menyebut demo
    sudah disusupi"); then only its own agent can be its source."""
    if analysis.prefix or analysis.suffix:
        return False
    doc = ctx.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[min(skip_adverbs(doc, tok.i + 1, ctx.lang), len(doc) - 1)]
    after_verb = prev is not None and is_verb(prev, ctx.lang)
    governed = prev is None or prev.lower_ in function_words(ctx.lang) or tok.is_sent_start
    setting = prev is not None and prev.lower_ in word_set(ctx.lang, "settings")
    return (governed and tok.pos_ in ("NOUN", "PROPN")) or setting or after_verb or (
        is_verb(nxt, ctx.lang) and any(a.passive for a in analyses(nxt.text)))


def accused_in(ctx: Context, after: int, sent: Span) -> list[str]:
    """The agents of an accusation's clause: the subject it opens with ("menuduh bahwa
    pemerintah Kosovo menyebarkan disinformasi" -> Kosovo) or, when the clause is passive,
    its agent ("menuding serangan itu ditembakkan oleh pemberontak Houthi" -> Houthi)."""
    doc = ctx.doc
    i = skip_adverbs(doc, after, ctx.lang)
    opened = i < sent.end and doc[i].lower_ in word_set(ctx.lang, "complementizers")
    np = np_after(doc, i + opened, sent.end, ctx.lang) if i + opened < sent.end else doc[i:i]
    if not len(np):
        return []
    agents = [k for k in actors_in(ctx, np) if ctx.table.actors[k].type in AGENTS]
    if opened and agents:
        return agents
    for tok in doc[np.end : min(sent.end, np.end + 8)]:
        if tok.is_punct:
            break
        if tok.pos_ == "VERB" and any(a.passive for a in analyses(tok.text)):
            return agent_after(ctx, tok.i + 1, sent.end)
    return []


def phrase_actors(ctx: Context, i: int, end: int, preps: frozenset[str]) -> list[str]:
    """The actors of the first phrase in the clause opened by one of some prepositions: the
    party of a meeting ("berdiskusi macam-macam dengan X"), the one an act is aimed at
    ("... dijatuhkan MKMK kepada X")."""
    doc = ctx.doc
    for j in range(i, min(end - 1, i + 12)):
        if ends_clause(doc[j], ctx.lang) or doc[j].text in ".;":
            return []
        if doc[j].lower_ in preps:
            return actors_in(ctx, coordinated_np(ctx, j + 1, end))
    return []


def voiced_noun(
    ctx: Context, tok: Token, analysis: Analysis, after: int, sent: Span,
) -> tuple[list[str], list[str]]:
    """(sources, targets) of an event noun that a passive verb right after it gives its agent
    ("Kritik tajam dilontarkan oleh X", "sanksi yang dijatuhkan Uni Eropa kepada Rusia")."""
    doc = ctx.doc
    noun = analysis.form == "N" or tok.pos_ in ("NOUN", "PROPN")
    if analysis.prefix not in ("", "pe", "per") or not noun:
        return [], []
    for j in range(after, min(sent.end, after + 4)):
        verb = doc[j]
        if any(a.passive for a in analyses(verb.text)) and is_verb(verb, ctx.lang):
            if entry_of(ctx, verb) is not None:
                return [], []  # an act on the event ("tuduhan yang dibantah X"), not its agent
            agents = agent_after(ctx, j + 1, sent.end)
            aimed = phrase_actors(ctx, j + 1, sent.end, word_set(ctx.lang, "aimed_preps"))
            return (agents, aimed) if agents else ([], [])
        if verb.lower_ not in word_set(ctx.lang, "passive_links") and (
                verb.is_punct or function_words(ctx.lang).get(verb.lower_) in ("prep", "stop")):
            return [], []
    return [], []


def genitive(
    ctx: Context, tok: Token, analysis: Analysis, after: int, sent: Span, type_: str,
) -> tuple[list[str], list[str]]:
    """(sources, targets) of a bare -an event noun with its agent right after it ("serangan
    Rusia ke Ukraina", "dukungan dari Jepang untuk Filipina", "serangan oleh Hamas ke Israel"),
    or after words of its kind ("serangan udara Israel", "bantuan kemanusiaan dari Jepang"),
    when nothing but a function word precedes the noun ("ancaman serangan X" is no attack);
    after a peN-an noun comes the patient ("penangkapan X"), after a meeting its parties
    ("pertemuan X dengan Y"); a meeting setting the scene
    ("setelah pertemuan dengan X") joins the sentence subject and X; an event noun a verb acts
    with is the subject's ("Israel membalas dengan serangan ke Lebanon")."""
    doc = ctx.doc
    prev = doc[tok.i - 1] if tok.i > sent.start else None
    partner = next((j for j in (after, after - 1) if sent.start <= j < sent.end and
                    doc[j].lower_ in word_set(ctx.lang, "partner_preps")), None)
    if type_ in MUTUAL and partner is not None and prev is not None and \
            prev.lower_ in word_set(ctx.lang, "settings"):
        return setting(ctx, partner, sent)
    if type_ in MUTUAL and partner is not None and analysis.clitic:
        return own_meeting(ctx, tok, partner, sent)
    among = between_at(ctx, after, sent)
    if among is not None:
        parties = actors_in(ctx, coordinated_np(ctx, among + 1, sent.end))
        return (parties, []) if len(parties) > 1 else ([], [])
    if prev is not None and prev.lower_ in word_set(ctx.lang, "instrument_preps") and \
            prev.i > sent.start and \
            is_verb(doc[prev.i - 1], ctx.lang):
        sources = sources_before(ctx, sent, doc[prev.i - 1])
        return (sources, targets_after(ctx, after, sent.end)) if sources else ([], [])
    if (analysis.prefix and type_ not in MUTUAL) or (
            prev is not None and not prev.is_punct and prev.lower_ not in function_words(ctx.lang)
            and not condemning(ctx, prev)):
        return [], []  # but "pertemuan X dengan Y" names its parties
    while after < sent.end - 1 and after < tok.i + 3 and doc[after].lower_ in event_kinds(ctx.lang):
        after += 1
    sourced = after + 1 < sent.end and doc[after].lower_ in word_set(ctx.lang, "source_preps")
    start = after + 1 if sourced else after
    if start >= sent.end or not doc[start].text[:1].isupper():
        return [], []
    np = np_after(doc, start, sent.end, ctx.lang)
    sources = [k for k in actors_in(ctx, np) if ctx.table.actors[k].type in AGENTS]
    return (sources, targets_after(ctx, np.end, sent.end)) if sources else ([], [])


def own_meeting(ctx: Context, tok: Token, partner: int, sent: Span) -> tuple[list[str], list[str]]:
    """(sources, targets) of a meeting noun with -nya and its partner ("hasil pertemuannya
    dengan X"): the person last named before it in the sentence, else whom -nya refers to,
    meets X."""
    persons = [k for s, _, k in sorted(ctx.table.spans)
               if sent.start_char + ctx.offset <= s < tok.idx + ctx.offset
               and ctx.table.actors[k].type == ActorType.PERSON]
    owner = persons[-1] if persons else by_pronoun(ctx, "nya", tok.idx + ctx.offset)
    named = apposed_person(ctx, partner + 1, sent.end) or \
        actors_in(ctx, coordinated_np(ctx, partner + 1, sent.end))
    partners = [k for k in named if k != owner]  # "dengan pemimpin NLD ..., Aung San Suu Kyi"
    return ([owner], partners) if owner and partners else ([], [])


def condemning(ctx: Context, tok: Token) -> bool:
    """Whether a verb condemns or answers the event noun after it ("mengutuk serangan X",
    "merespons serangan X"): that event is reported as real."""
    if word_set(ctx.lang, "responses") & set(roots(tok.text)) and tok.text[:1].islower():
        return True
    found = entry_of(ctx, tok, frames=False)
    return found is not None and found[1].type == "ACCUSE" and bool(found[0].prefix)


def setting(ctx: Context, after: int, sent: Span) -> tuple[list[str], list[str]]:
    """(sources, targets) of an event noun setting the scene ("setelah pertemuan dengan X"):
    the "dengan" party met the sentence subject, who speaks after it as the host (the guest is
    the source, as for visits); in a sentence that quotes its subject ('"...," kata Putin
    setelah pembicaraan dengan X') the speaker is that subject."""
    doc = ctx.doc
    np = np_after(doc, opener_end(doc, sent, ctx.lang), sent.end, ctx.lang)
    sources = [k for k in actors_in(ctx, np) if ctx.table.actors[k].type in AGENTS] \
        if np.end <= after else []
    if not sources:
        spoken = [k for c, k in ctx.salience if sent.start_char <= c < doc[after].idx]
        sources = spoken[-1:]
    guests = targets_after(ctx, after, sent.end) if sources else []
    return (guests, sources) if guests else ([], [])


def protest_site(ctx: Context, after: int, sent: Span) -> list[str]:
    """The institutions a protest is held at ("unjuk rasa di Gedung DPR", past the rest of its
    noun: "menggelar aksi [unjuk rasa] di"), its bodies before their state ("Gedung DPR RI");
    a city standing for its state ("di Jakarta") is only the place."""
    doc = ctx.doc
    found = entry_of(ctx, doc[after], frames=False) if after < sent.end else None
    if found is not None and found[1].type == "PROTEST":
        after = trigger_end(ctx, doc[after], found[1], sent).i + 1
    for j in range(after, min(sent.end, after + SITE_REACH)):
        if j > after and (is_verb(doc[j], ctx.lang) or doc[j].text in ".;"):
            return []
        if doc[j].lower_ in word_set(ctx.lang, "locative_preps"):
            np = np_after(doc, j + 1, sent.end, ctx.lang)
            keys = [housed(ctx, start, end, key) for start, end, key in
                    ctx.table.within(np.start_char + ctx.offset, np.end_char + ctx.offset)
                    if not standing_for_state(ctx, start, end)]
            kinds = {k: ctx.table.actors[k].type for k in keys}
            bodies = [k for k in keys if kinds[k] == ActorType.ORGANIZATION]
            return list(dict.fromkeys(bodies or [k for k in keys if kinds[k] in INSTITUTIONS]))
    return []


def standing_for_state(ctx: Context, start: int, end: int) -> bool:
    """Whether an article span is a capital or seat of government named for its state."""
    entry = gazetteer_index(ctx.lang).get(ctx.article.text[start:end])
    return entry is not None and entry.stands_for is not None


def housed(ctx: Context, start: int, end: int, key: str) -> str:
    """The institution a building is named for ("Gedung DPR RI" -> DPR; "Gedung Kementerian
    Ketenagakerjaan" -> the ministry, named there first), else the actor itself."""
    words = ctx.article.text[start:end].split(maxsplit=1)
    if ctx.table.actors[key].type != ActorType.PLACE or len(words) < 2 or \
            words[0].lower() not in buildings(ctx.lang):
        return key
    named = start + len(words[0]) + 1
    body = next((k for s, _, k in ctx.table.spans if s == named and
                 ctx.table.actors[k].type == ActorType.ORGANIZATION),
                ctx.table.by_name(words[1]))
    if body is None and words[1].split()[0].lower() in org_words(ctx.lang):
        body = ctx.table.add(words[1], ActorType.ORGANIZATION)
        ctx.table.mention(body, named, end, words[1])
    return body or key


def envoy_state(ctx: Context, envoy: Token, sent: Span, sources: list[str]) -> list[str]:
    """Whom an act on envoys is aimed at: a foreign envoy named with the role ("memanggil
    Duta Besar Ukraina untuk Indonesia Vasyl Hamianin"), else the state they are posted to
    ("menarik Duta Besar Australia untuk RI" -> RI, "menarik pulang Duta Besarnya dari Phnom
    Penh" -> Kamboja) unless that is the actor's own ("mengusir diplomat Rusia di Chisinau"),
    else the one they represent ("mengusir diplomat Rusia")."""
    doc = ctx.doc
    named = ctx.table.around(envoy.idx + ctx.offset, envoy.idx + len(envoy) + ctx.offset)
    if named and ctx.table.actors[named].type == ActorType.PERSON:
        home = ctx.table.actors[named].affiliation
        if home not in sources and home not in {ctx.table.actors[k].affiliation for k in sources}:
            return [named]
    np = np_after(doc, envoy.i, sent.end, ctx.lang)
    end = np.end
    if end + 1 < sent.end and doc[end].lower_ in word_set(ctx.lang, "posting_preps"):
        posted = np_after(doc, end + 1, sent.end, ctx.lang)
        states = [s for s in dict.fromkeys(
            seat_state(ctx, k) for k in ctx.actors_within(posted.start_char, posted.end_char))
            if ctx.table.actors[s].type in INSTITUTIONS and s not in side_of(ctx, sources)]
        if states:
            return states
    return [k for k in ctx.actors_within(np.start_char, np.end_char)
            if ctx.table.actors[k].type in INSTITUTIONS]


def side_of(ctx: Context, sources: list[str]) -> set[str]:
    """Actors, the bodies they belong to and their states."""
    bodies = {ctx.table.actors[k].affiliation for k in sources}
    return (set(sources) | bodies | {state_of(ctx, k) for k in sources}) - {None}


def accusers(ctx: Context, events_so_far: list[Event], sources: list[str]) -> list[str]:
    """The sources of the latest accusation, demand or proposal addressed to these actors or
    their side."""
    side = side_of(ctx, sources)
    for evt in reversed(events_so_far):
        if evt.type in ("ACCUSE", "REQUEST") and set(evt.targets) & side:
            return list(evt.sources)
    return []


def speakers_of(
    ctx: Context, tok: Token, stmt: Statement, by_cue: dict[int, list[Statement]],
) -> list[str]:
    """The speakers of a statement whose content a predicate opens, unless its subject is a
    pronoun of another number ("Kedua negara mengatakan mereka akan ..." -> both states;
    not "Dia mengatakan mereka ...")."""
    said = [s for group in by_cue.values() for s in group if s.content == stmt.content]
    keys = list(dict.fromkeys(s.speaker for s in said or [stmt]))
    start = stmt.content.start - ctx.offset
    lead = [t.lower_ for t in ctx.doc[max(0, tok.i - 6) : tok.i] if t.idx >= start]
    number = next((pronouns(ctx.lang)[w] for w in lead if w in pronouns(ctx.lang)), None)
    single = len(keys) == 1 and ctx.table.actors[keys[0]].type == ActorType.PERSON
    if number is not None and (number == "pl") == single:
        return []
    return keys


def opens(ctx: Context, tok: Token, stmt: Statement) -> bool:
    """Whether a predicate opens a statement's content (after "bahwa", a pronoun, adverbs and
    modals): its subject is left out or a pronoun because it is the speaker."""
    lead = words_with_role(ctx.lang, "adv") | words_with_role(ctx.lang, "modal") | \
        words_with_role(ctx.lang, "neg") | words_with_role(ctx.lang, "intent") | \
        word_set(ctx.lang, "content_leads") | set(pronouns(ctx.lang))
    start = stmt.content.start - ctx.offset
    before = [t for t in ctx.doc[max(0, tok.i - 6) : tok.i] if t.idx >= start]
    return len(before) < 6 and all(t.lower_ in lead or t.is_punct for t in before)


def speaker_act(ctx: Context, tok: Token, stmts: list[Statement]) -> bool:
    """Whether a quoted predicate's subject is the speaker or its body: a first-person pronoun
    before it, or the speaker's investigators ("penyidik menetapkan ..."), past adverbs, modals
    and negation ("kami akan membebaskannya"), or the speaker's side by name ("Indonesia
    meminta Israel ..." in a quote of its foreign ministry)."""
    return quoted_subject(ctx, tok) is not None or own_side_subject(ctx, tok, stmts)


def own_side_subject(ctx: Context, tok: Token, stmts: list[Statement]) -> bool:
    """Whether a reported predicate's named subject is its speaker's own side."""
    within = reported_in(ctx, tok, stmts) if entry_of(ctx, tok) is not None else None
    content = ctx.tokens(within.content) if within is not None else None
    if within is None or content is None:
        return False
    region = subject_region(ctx.doc, content.start, tok.i, ctx.lang)
    key = resolve(ctx, region, create=False) if region is not None else None
    return key is not None and key in side_of(ctx, [within.speaker])


def quoted_subject(ctx: Context, tok: Token) -> str | None:
    """What the subject of a quoted predicate is: "self" for a first-person pronoun, "body"
    for bare investigators, else None."""
    lead = words_with_role(ctx.lang, "adv") | words_with_role(ctx.lang, "modal") | \
        words_with_role(ctx.lang, "neg")
    i = tok.i - 1
    while i >= 0 and ctx.doc[i].lower_ in lead:
        i -= 1
    if i < 0:
        return None
    if ctx.doc[i].lower_ in words_with_role(ctx.lang, "self"):
        return "self"
    return "body" if ctx.doc[i].lower_ in word_set(ctx.lang, "investigators") else None


def reported_in(ctx: Context, tok: Token, stmts: list[Statement]) -> Statement | None:
    """The statement whose content holds a token, if any."""
    return holding(stmts, tok.idx + ctx.offset)


def holding(stmts: list[Statement], char: int) -> Statement | None:
    """The statement whose content holds an article offset, if any."""
    return next((s for s in stmts if s.content.start <= char < s.content.end), None)


def cue_type(ctx: Context, stmt: Statement) -> str | None:
    """The event type of a statement's cue, if it has one."""
    found = entry_of(ctx, ctx.tokens(stmt.cue)[-1])
    return found[1].type if found is not None else None


def demander(ctx: Context, stmt: Statement | None) -> list[str]:
    """Who made a demand whose content an act coordinated after it follows: its speaker
    ("Mereka mendesak DPRD memproses ... dan menuding X": they accuse), not the subject of what
    was demanded; an act after what was asserted goes on asserting ("menegaskan bahwa serangan
    itu ... dan mengancam stabilitas")."""
    return [stmt.speaker] if stmt is not None and cue_type(ctx, stmt) == "REQUEST" else []


def claimed(ctx: Context, tok: Token, stmt: Statement) -> bool:
    """Whether a predicate lies in a claim in dispute (its cue accuses or denies), other than a
    speaker's claim of its own act ("Pakistan mengklaim telah menembak jatuh dua jet")."""
    kind = cue_type(ctx, stmt)
    return kind in ("ACCUSE", "REJECT") or (kind == "CLAIM" and not opens(ctx, tok, stmt))


def another(ctx: Context, end: Token, sent: Span) -> bool:
    """Whether an event noun is said to be another one than named before ("sanksi lain")."""
    return any(t.lower_ in word_set(ctx.lang, "another")
               for t in ctx.doc[end.i + 1 : min(sent.end, end.i + 3)])


def detaining_body(ctx: Context, after: int, sent: Span) -> list[str]:
    """The body running the place a detention names ("ditahan di Rutan KPK", "di Rumah Tahanan
    Salemba cabang Kejaksaan Agung"): the last organisation within its name."""
    doc, places = ctx.doc, word_set(ctx.lang, "detention_places")
    for i in range(after, min(sent.end - 1, after + 6)):
        two = f"{doc[i].lower_} {doc[i + 1].lower_}"
        if doc[i].lower_ in places or two in places:
            stop = min(sent.end, i + 8)
            span = doc[i:stop]
            end = next((t.i for t in span if t.is_punct or is_verb(t, ctx.lang) or
                        function_words(ctx.lang).get(t.lower_) is not None), stop)
            first, last = doc[i].idx + ctx.offset, doc[end - 1].idx + len(doc[end - 1]) + \
                ctx.offset
            found = [k for s, e, k in sorted(ctx.table.spans) if first < s and e <= last
                     and ctx.table.actors[k].type == ActorType.ORGANIZATION]  # not "Rutan KPK"
            return found[-1:]
    return []


def unsaid_agent(ctx: Context, stmt: Statement | None) -> list[str]:
    """Who arrests or charges where no agent is said: the investigating body that speaks or a
    speaker belongs to, else in the narration the one investigating body (police command,
    prosecutor, anti-graft commission) the story names."""
    bodies = {k for _, k in investigating_bodies(ctx)}
    if stmt is not None:
        body = stmt.speaker if stmt.speaker in bodies else \
            ctx.table.actors[stmt.speaker].affiliation  # the body itself, or its spokesperson's
        return [body] if body in bodies else []
    return list(bodies) if len(bodies) == 1 else []


def charged_by(ctx: Context, stmt: Statement, agents: list[str], victims: list[str],
               so_far: list[Event]) -> bool:
    """Whether force a speaker says another side used is a charge against that side: the
    speaker's own side suffered it ("Menurut Kementerian Pertahanan Kamboja, pasukan Thailand
    melepaskan tembakan ke pos militer Kamboja"), or the speaker is in a dispute, having
    accused or refused before ("X membantah tuduhan itu. Ia mengatakan pasukan Israel masih
    menembaki warga"); not the news an office reports ("melaporkan")."""
    cue = ctx.tokens(stmt.cue)
    reports = cue is not None and any(set(roots(t.text)) & word_set(ctx.lang, "report_cues")
                                      for t in cue)
    side = side_of(ctx, [stmt.speaker])
    disputing = any(e.type in ("ACCUSE", "REJECT") and stmt.speaker in e.sources
                    for e in so_far)
    return (disputing or bool(side & side_of(ctx, victims))) and not reports and \
        not side & side_of(ctx, agents)


def nominal(analysis: Analysis, entry: EventEntry) -> bool:
    """Whether a trigger ends in an event noun: a noun form, a light verb's object, or a bare
    compound ("unjuk rasa")."""
    return analysis.form == "N" or entry.root != analysis.root or (
        not analysis.prefix and bool(entry.objects))


def anaphoric(ctx: Context, end: Token, is_nominal: bool) -> bool:
    """Whether an event noun is a repeated mention ("unjuk rasa ini", "serangan tersebut"), or
    a bare one setting the scene ("Usai pertemuan, ...")."""
    doc, nxt = ctx.doc, end.i + 1
    return is_nominal and nxt < len(doc) and (
        doc[nxt].lower_ in words_with_role(ctx.lang, "det") or (
            doc[nxt].text == "," and end.i > 0
            and doc[end.i - 1].lower_ in word_set(ctx.lang, "settings")))


def seat_state(ctx: Context, key: str) -> str:
    """The state a capital or seat of government named as a target stands for ("mengirim
    delegasi ke Niamey" is aimed at Niger; Niamey stays the place)."""
    actor = ctx.table.actors[key]
    state = actor.affiliation
    if actor.type == ActorType.PLACE and state and \
            ctx.table.actors[state].type == ActorType.COUNTRY:
        return state
    return key


def refined_targets(
    ctx: Context, type_: str, sources: list[str], targets: list[str], trigger: Span,
    sent: Span, so_far: list[Event], stmts: list[Statement],
) -> list[str]:
    """Targets without the sources; a refusal of no agent, of an accusation, demand or offer,
    answers the latest accusers or requesters of its source, else the latest speaker who said
    something about it ("Armenia membantah tuduhan itu"), a denial else the latest other
    speaker (what is denied was said by someone); a refused or accepted proposal
    is aimed at whoever made it ("hak angket DPR yang diusulkan Ganjar"); a protest with no
    target is aimed at the institution it is held at, a threat with none at whoever its
    condition names (never the owner of the weapon it names: "roket Hamas"), an attack with
    none at the place it hits, a sanction with none at the first other party after it ("tarif
    tambahan terhadap produk China"), a call with none at whom its source speaks to in the
    sentence ("Dalam panggilan telepon, X mengatakan kepada Y"); a protest held for a party is
    not aimed at it ("aksi bela Palestina")."""
    after = trigger.end
    targets = [t for t in dict.fromkeys(seat_state(ctx, t) for t in targets) if t not in sources]
    own = side_of(ctx, sources) if type_ == "REJECT" else set()
    if type_ == "REJECT" and targets and set(targets) <= own:
        targets = answered(ctx, sources, trigger, so_far, stmts) or first_other(
            ctx, ctx.doc[after : sent.end], own)  # "membantah polisi bertindak represif"
    if type_ == "REJECT" and answers(ctx, trigger, sent) and (denies_act(ctx, trigger) or not any(
            ctx.table.actors[t].type in AGENTS - {ActorType.GROUP} for t in targets)):
        targets = answered(ctx, sources, trigger, so_far, stmts) or targets
    if type_ == "REJECT" and not targets and denies(ctx, ctx.doc[trigger.start]):
        targets = last_speaker(ctx, stmts, sources, trigger.start_char + ctx.offset)
    if type_ == "AGREE" or (type_ == "REJECT" and not denies_act(ctx, trigger)):
        targets = [t for t in proposer(ctx, after, sent) if t not in sources] or targets
    if type_ in ("ACCUSE", "REJECT", "SUPPORT") and not (
            type_ == "REJECT" and denies_act(ctx, trigger)):
        targets = [t for t in act_agents(ctx, after, sent) or referred_deed(
            ctx, after, sent, so_far, side_of(ctx, sources)) if t not in sources] or targets
    if type_ == "CONCEDE" and not targets and \
            set(roots(trigger[-1].text)) & word_set(ctx.lang, "ruling_roots"):
        targets = decider(ctx, so_far, sources)
    if type_ == "PROTEST" and after < sent.end and \
            ctx.doc[after].lower_ in word_set(ctx.lang, "solidarity_words"):
        targets = []  # "aksi bela Palestina": for whom it is held, not against
    if type_ == "PROTEST" and not targets:
        targets = [t for t in protest_site(ctx, after, sent) if t not in sources]
    if type_ == "THREATEN":
        targets = [t for t in targets if not armed(ctx, t, after, sent)]
        if targets and announcing(ctx, after, sent):
            targets = condition_subject(ctx, after, sent)  # "mengancam buruh akan mogok jika"
    if type_ == "THREATEN" and not targets:
        own = set(sources) | {ctx.table.actors[k].affiliation for k in sources}
        targets = [t for t in condition_subject(ctx, after, sent) + warned_subject(ctx, after, sent)
                   if t not in own][:1] or disputed_here(ctx, sources, so_far, sent)
    if type_ == "MOBILIZE" and not targets:
        targets = mobilized_against(ctx, sources, after, sent, so_far)
    if type_ == "SANCTION" and not targets:
        targets = first_other(ctx, ctx.doc[after : sent.end], side_of(ctx, sources), seats=True)
    if type_ == "ASSAULT":
        targets = killed_in(ctx, trigger, sent) or targets
    if type_ == "ASSAULT" and not targets:
        targets = aimed_at(ctx, after, sent) or struck_place(ctx, after, sent) or \
            struck_state(ctx, trigger[-1], sent, sources)
    if type_ == "CONSULT" and not targets:
        targets = [s.recipient for s in stmts if s.recipient and s.speaker in sources
                   and s.evidence.start == sent.start_char + ctx.offset] or \
            mediated(ctx, trigger, sources, so_far, sent)
    if type_ in ("REJECT", "AGREE"):
        targets = other_side(ctx, targets, sources, after, sent)
    if type_ == "REJECT":
        targets = with_bodies(ctx, targets, sources)
    if type_ in FORCE | {"ACCUSE", "SANCTION"}:
        targets = named_suspects(ctx, targets, so_far)
    return targets


def answered(ctx: Context, sources: list[str], trigger: Span, so_far: list[Event],
             stmts: list[Statement]) -> list[str]:
    """Whom a refusal answers: the latest accusers or requesters of its source, else the
    latest speaker who said something about it."""
    return [t for t in accusers(ctx, so_far, sources) if t not in sources] or critics(
        ctx, stmts, sources, trigger.start_char + ctx.offset)


def named_suspects(ctx: Context, targets: list[str], so_far: list[Event]) -> list[str]:
    """Bare suspects ("keempat tersangka ditahan") as the persons charged as suspects before."""
    table, words = ctx.table, word_set(ctx.lang, "suspects")
    bare = [k for k in targets if table.actors[k].type == ActorType.GROUP
            and unprefixed(table.actors[k].name, ctx.lang).lower() in words]
    charged = [k for e in so_far if e.type == "ACCUSE" and words & set(
        ctx.text[e.evidence.start - ctx.offset : e.evidence.end - ctx.offset].lower().split())
               for k in e.targets if table.actors[k].type == ActorType.PERSON]
    if not bare or not charged:
        return targets
    return list(dict.fromkeys([k for k in targets if k not in bare] + charged))


def disputed_here(ctx: Context, sources: list[str], so_far: list[Event], sent: Span) -> list[str]:
    """Whom the sources' side accused or refused earlier in the sentence: a threat named
    with no target answers them ("menyebut sanksi Uni Eropa ilegal dan menegaskan Rusia akan
    mengambil langkah balasan")."""
    side, start = side_of(ctx, sources), sent.start_char + ctx.offset
    return next((list(e.targets) for e in reversed(so_far) if e.evidence.start == start
                 and e.type in ("ACCUSE", "REJECT") and side & side_of(ctx, e.sources)), [])


def deed_agent(ctx: Context, key: str, stmt: Statement) -> str:
    """Who did a deed a speaker reports of its own side with no other agent ("mengatakan
    Kongo telah memutus hubungan diplomatik", "pihaknya telah menarik pasukan"): the body or
    state the speaking person belongs to, not the person."""
    actor = ctx.table.actors[key]
    if key != stmt.speaker or actor.type != ActorType.PERSON:
        return key
    return actor.affiliation or state_of(ctx, key) or key


def mediated(ctx: Context, trigger: Span, sources: list[str], so_far: list[Event],
             sent: Span) -> list[str]:
    """The parties of a mediated event ("pertukaran yang dimediasi UEA" after "Rusia dan
    Ukraina saling membebaskan tawanan"): the sources of the event before it in the sentence,
    else the sentence's opening subject."""
    if not set(roots(trigger[0].text)) & word_set(ctx.lang, "mediation_roots"):
        return []
    start = sent.start_char + ctx.offset
    before = next((e.sources for e in reversed(so_far) if e.evidence.start == start), None)
    parties = before or main_subject(ctx, sent, trigger[0]) or sources_before(
        ctx, sent, trigger[0])
    return [k for k in parties if k not in sources]


def with_bodies(ctx: Context, targets: list[str], sources: list[str]) -> list[str]:
    """Persons refused or denied with the body or state they speak for: a denial answers
    what the spokesperson said for it (not a body of the refusing side)."""
    side, table = side_of(ctx, sources), ctx.table
    bodies = [table.actors[k].affiliation or office_body(table, table.actors[k]) for k in targets
              if table.actors[k].type == ActorType.PERSON]
    return list(dict.fromkeys(targets + [b for b in bodies if b and b not in side]))




def act_roots(tok: Token, prefixes: tuple[str, ...]) -> set[str]:
    """The roots of a word read with one of these prefixes (three letters or more)."""
    return {a.root for a in analyses(tok.text) if a.prefix in prefixes and len(a.root) >= 3}


def act_agents(ctx: Context, after: int, sent: Span) -> list[str]:
    """Who did the act an object names by its noun: its agent after "oleh" ("mengecam
    penggunaan kekuatan berlebihan oleh aparat"), or, referred back to ("mengecam pengesahan
    tersebut" after "DPR mengesahkan revisi ..."), the subject, or the agent of a passive, of
    the last verb before it with the noun's root."""
    doc, lang = ctx.doc, ctx.lang
    np = np_after(doc, skip_adverbs(doc, after, lang), sent.end, lang)
    if len(np) > 1 and np[0].lower_ in word_set(lang, "incident_nouns"):
        np = np[1:]  # "insiden penembakan ... oleh X"
    nouns = act_roots(np[0], ("pe", "per", "ke")) if len(np) else set()
    by = next((j for j in range(np.end, min(sent.end - 1, np.end + 3))
               if doc[j].lower_ in word_set(lang, "agent_preps") or doc[j].is_punct), None)
    if nouns and by is not None and not doc[by].is_punct:
        agents = actors_in(ctx, np_after(doc, by + 1, sent.end, lang))
        return [k for k in agents if ctx.table.actors[k].type in AGENTS]
    if len(np) < 2 or not {t.lower_ for t in np[1:3]} & words_with_role(lang, "det"):
        return []
    nouns |= {r for r in act_roots(np[0], ("",)) if len(r) >= 5}  # "adopsi resolusi itu"
    verb = next((t for t in reversed(doc[: np.start]) if is_verb(t, lang)
                 and act_roots(t, ("me", "di")) & nouns), None) if nouns else None
    if verb is None:
        return []
    span = ctx.sent_span(ctx.sent_index(verb.idx))
    if any(a.passive for a in analyses(verb.text)):
        found = agent_after(ctx, verb.i + 1, span.end)
    else:
        region = subject_region(doc, span.start, verb.i, lang)
        found = actors_in(ctx, region) if region is not None else []
    return [k for k in found if ctx.table.actors[k].type in AGENTS]


def other_side(ctx: Context, targets: list[str], sources: list[str], after: int,
               sent: Span) -> list[str]:
    """Targets not on the sources' own side, else the next other party the clause names
    ("membantah pihaknya mengkhianati X", "berjanji Oman akan bekerja sama dengan X")."""
    own = side_of(ctx, sources)
    kept = [t for t in targets if t not in own]
    return kept if kept or not targets else first_other(ctx, ctx.doc[after : sent.end], own)


def first_other(ctx: Context, span: Span, own: set[str], seats: bool = False) -> list[str]:
    """The first agent a span names off a side, a seat of government as its state if asked."""
    keys = ctx.actors_within(span.start_char, span.end_char)
    keys = [seat_state(ctx, k) for k in keys] if seats else keys
    return [k for k in keys if k not in own and ctx.table.actors[k].type in AGENTS][:1]


def mobilized_against(ctx: Context, sources: list[str], after: int, sent: Span,
                      so_far: list[Event]) -> list[str]:
    """Whom forces massed or drilling are aimed at: the state they drill around ("di sekitar
    Taiwan"), else the other party their purpose names ("untuk memantau pergerakan militer
    China"), or the crowd of the protest it is to secure ("untuk mengamankan aksi tersebut")."""
    doc, own = ctx.doc, side_of(ctx, sources)
    marks = word_set(ctx.lang, "vicinity") | word_set(ctx.lang, "purpose_preps")
    at = next((t for t in doc[after : sent.end] if t.lower_ in marks), None)
    if at is None:
        return []
    rest = doc[at.i + 1 : sent.end]
    found = first_other(ctx, rest, own, seats=True)
    if found or not {t.lower_ for t in rest[:4]} & word_set(ctx.lang, "protest_nouns"):
        return found
    return next((list(e.sources) for e in reversed(so_far) if e.type == "PROTEST"), [])


def decider(ctx: Context, so_far: list[Event], sources: list[str]) -> list[str]:
    """The body that last ruled on someone (sanctioned, refused, granted): what a ruling
    referred back to ("menerima putusan tersebut") came from."""
    rulings = ("SANCTION", "REJECT", "AGREE")
    return next((list(e.sources) for e in reversed(so_far) if e.type in rulings and
                 not set(e.sources) & set(sources) and all(
                     ctx.table.actors[k].type == ActorType.ORGANIZATION for k in e.sources)), [])


def referred_deed(ctx: Context, after: int, sent: Span, so_far: list[Event],
                  own: set[str]) -> list[str]:
    """Who did the event an object, or what it is about, refers back to by its noun ("mengecam
    serangan itu" after "Rusia melancarkan serangan ..."): the sources of the latest event of
    the noun's type by another side than the speaker's, or of the latest use of force for an
    incident ("protes atas insiden itu"), or of the latest material act for a step ("mengecam
    langkah tersebut"); a ruling's is whoever last decided ("memuji putusan tersebut")."""
    doc, lang = ctx.doc, ctx.lang
    np = np_after(doc, skip_adverbs(doc, after, lang), sent.end, lang)
    if np.end + 1 < sent.end and doc[np.end].lower_ in word_set(lang, "affected"):
        np = np_after(doc, np.end + 1, sent.end, lang)  # "protes diplomatik atas insiden itu"
    if len(np) < 2 or not {t.lower_ for t in np[1:4]} & words_with_role(lang, "det"):
        return []
    found = entry_of(ctx, np[0], frames=False)
    if set(roots(np[0].text)) & word_set(lang, "ruling_roots"):
        return decider(ctx, so_far, list(own))  # "memuji putusan tersebut": the court's
    if np[0].lower_ in word_set(lang, "incident_nouns"):
        types = FORCE
    elif np[0].lower_ in word_set(lang, "deed_nouns"):
        types = MATERIAL | HOSTILE | {"SUPPORT"}
    elif found is not None and nominal(*found):
        types = frozenset({found[1].type})
    else:
        types = noun_types(ctx, np[0])
    return next((e.sources for e in reversed(so_far) if e.type in types and
                 not set(e.sources) <= own), []) or mentioned_doer(ctx, np[0], sent, own)


def mentioned_doer(ctx: Context, noun: Token, sent: Span, own: set[str]) -> list[str]:
    """Who did what a definite event noun refers back to when no event was coded for it: the
    agent its latest earlier mention that refers no further back names ("Beijing mengumumkan
    latihan gabungan", "serangan udara Israel", "diserang kelompok bersenjata")."""
    nouns = {a.root for a in analyses(noun.text) if a.form == "N" and
             any("N" in e.form for e in events(ctx.lang).get(a.root, ()))}
    dets = words_with_role(ctx.lang, "det")
    for tok in reversed(ctx.doc[: sent.start]):
        referring = {t.lower_ for t in ctx.doc[tok.i + 1 : tok.i + 3]} & dets
        if nouns & set(roots(tok.text)) and not referring:
            keys = mention_agents(ctx, tok, ctx.sent_span(ctx.sent_index(tok.idx)))
            keys = [k for k in keys if k not in own and ctx.table.actors[k].type in AGENTS]
            if keys:
                return keys
    return []


def mention_agents(ctx: Context, tok: Token, sent: Span) -> list[str]:
    """The agent a mention of an event names: after a passive verb, before an active one,
    after its noun ("serangan udara Israel"), or before the verb governing its noun."""
    doc = ctx.doc
    if is_verb(tok, ctx.lang):
        if any(a.passive for a in analyses(tok.text)):
            return agent_after(ctx, tok.i + 1, sent.end)
        return sources_before(ctx, sent, tok)
    after = tok.i + 1
    while after < sent.end - 1 and doc[after].lower_ in event_kinds(ctx.lang):
        after += 1
    if after < sent.end and doc[after].text[:1].isupper():
        return actors_in(ctx, np_after(doc, after, sent.end, ctx.lang))
    verb = doc[tok.i - 1] if tok.i > sent.start else None
    return sources_before(ctx, sent, verb) if verb is not None and is_verb(verb, ctx.lang) else []


def noun_types(ctx: Context, tok: Token) -> frozenset[str]:
    """The event types an event noun may have whatever follows it ("latihan itu": a drill,
    military or joint; "peluncuran itu": the launch a launching verb told)."""
    return frozenset(t for a in analyses(tok.text) if a.form == "N"
                     for e in events(ctx.lang).get(a.root, ())
                     if "N" in e.form or (e.type in LAUNCHES and a.prefix)
                     for t in LAUNCHES.get(e.type, (e.type,)))


def killed_in(ctx: Context, trigger: Span, sent: Span) -> list[str]:
    """The victims an attack noun is told the toll of before it ("67 warga Palestina tewas
    dalam serangan udara Israel"): the subject of the killing word before "dalam"."""
    doc, k = ctx.doc, trigger.start - 1
    if k - 1 <= sent.start or doc[k].lower_ not in word_set(ctx.lang, "toll_preps") or \
            not set(roots(doc[k - 1].text)) & word_set(ctx.lang, "casualty_roots"):
        return []
    return [t for t in sources_before(ctx, sent, doc[k - 1])
            if ctx.table.actors[t].type in AGENTS]


def aimed_at(ctx: Context, after: int, sent: Span) -> list[str]:
    """Whom an attack with no target is aimed at by a relative clause after it ("serangkaian
    pemboman yang menargetkan militan senior dari kelompok Jihad Islam"): the body a member
    comes from."""
    doc = ctx.doc
    for j in range(after, min(sent.end - 2, after + 4)):
        if doc[j].lower_ in word_set(ctx.lang, "relativizers") and \
                word_set(ctx.lang, "aiming") & set(roots(doc[j + 1].text)):
            np = np_after(doc, j + 2, sent.end, ctx.lang)
            if np.end + 1 < sent.end and doc[np.end].lower_ in word_set(ctx.lang, "origin_preps"):
                np = np_after(doc, np.end + 1, sent.end, ctx.lang)  # "militan dari Hamas"
            return [k for k in actors_in(ctx, np) if ctx.table.actors[k].type in AGENTS]
    return []


def struck_place(ctx: Context, after: int, sent: Span) -> list[str]:
    """The place an attack with no target hits ("serangan rudal Rusia di Kyiv")."""
    doc = ctx.doc
    at = word_set(ctx.lang, "locative_preps")
    j = next((j for j in range(after, min(sent.end, after + 3)) if doc[j].lower_ in at), None)
    if j is None:
        return []
    np = np_after(doc, j + 1, sent.end, ctx.lang)
    keys = ctx.actors_within(np.start_char, np.end_char)
    return [k for k in keys[:1] if ctx.table.actors[k].type == ActorType.PLACE]


def critics(ctx: Context, stmts: list[Statement], sources: list[str], before: int) -> list[str]:
    """The speaker of the latest statement before an offset that talks about the sources' side
    and is not of it."""
    side = side_of(ctx, sources)
    for stmt in reversed([s for s in stmts if s.content.end <= before]):
        mentioned = {state_of(ctx, k) or k for _, _, k in
                     ctx.table.within(stmt.content.start, stmt.content.end)}
        if stmt.speaker not in side and state_of(ctx, stmt.speaker) not in side and \
                mentioned & side:
            return [stmt.speaker]
    return []


def last_speaker(ctx: Context, stmts: list[Statement], sources: list[str],
                 before: int) -> list[str]:
    """The speaker of the latest statement before an offset who is not of the sources'
    side."""
    side = side_of(ctx, sources)
    return next(([s.speaker] for s in reversed(stmts) if s.content.end <= before and
                 s.speaker not in side and state_of(ctx, s.speaker) not in side), [])


def charged(
    ctx: Context, type_: str, tok: Token, stmts: list[Statement], sources: list[str],
) -> list[str]:
    """The speakers a denial answers when the narrator calls what they said a charge right
    before it ("X mengatakan ..., tuduhan yang dibantah Beijing")."""
    doc, k = ctx.doc, tok.i - 2
    if type_ != "REJECT" or k < 1 or doc[k - 1].text != "," or not apposed_charge(ctx, k, tok.i):
        return []
    end = doc[k - 1].idx + ctx.offset
    return list(dict.fromkeys(s.speaker for s in stmts if s.content.end == end
                              and s.speaker not in sources))


def proposer(ctx: Context, after: int, sent: Span) -> list[str]:
    """Who made what a refusal or acceptance is about: "dari X", or the agent of a passive
    relative clause ("usulan yang diajukan Mesir dan Qatar")."""
    doc = ctx.doc
    found = phrase_actors(ctx, after, sent.end, word_set(ctx.lang, "origin_preps"))
    for j in range(after, min(sent.end - 1, after + 14)):
        if found or ends_clause(doc[j], ctx.lang):
            break
        if doc[j].lower_ in word_set(ctx.lang, "relativizers") and \
                doc[j + 1].lower_.startswith("di"):
            found = agent_after(ctx, j + 2, sent.end)
    return found


ANSWERED = frozenset({"ACCUSE", "REQUEST", "AGREE", "CLAIM"})


def answers(ctx: Context, trigger: Span, sent: Span) -> bool:
    """Whether a refusal answers another party's act: a denial ("membantah keterlibatannya"),
    nothing follows it, or an accusation, demand, offer or claim comes before it in the
    sentence or right after it ("menolak tuduhan", "menolak semua proposal", "Tuduhan itu
    dibantah"), or one referred back to ("menolak hal itu"); not "menolak untuk menerima hasil
    pemilu"."""
    doc, table = ctx.doc, events(ctx.lang)
    after = [t for t in doc[trigger.end : min(sent.end, trigger.end + 4)] if not t.is_punct]
    if not after or denies(ctx, doc[trigger.start]):
        return True  # a denial answers whoever charged ("membantah keterlibatannya")
    window = after + list(doc[sent.start : trigger.start])
    return any(t.lower_ in words_with_role(ctx.lang, "det") or any(
        e.type in ANSWERED and not e.objects for r in roots(t.text) for e in table.get(r, ()))
        for t in window)


def denies(ctx: Context, tok: Token) -> bool:
    """Whether a word is a cue of denial ("membantah", "menampik")."""
    found = lookup(tok.text, cues(ctx.lang))
    return found is not None and found[1].negated


def denies_act(ctx: Context, trigger: Span) -> bool:
    """Whether a denial's object is an act ("membantah telah menghalang-halangi penyidikan kasus
    X"): the actors in it are not whom the denial answers."""
    i = skip_adverbs(ctx.doc, trigger.end, ctx.lang)
    return denies(ctx, ctx.doc[trigger.start]) and i < len(ctx.doc) and \
        is_verb(ctx.doc[i], ctx.lang)


def armed(ctx: Context, key: str, after: int, sent: Span) -> bool:
    """Whether an actor is named after the trigger only as the owner of a weapon ("menembakkan
    roket Hamas")."""
    doc = ctx.doc
    if after >= len(doc):
        return False
    mentions = [doc.char_span(s - ctx.offset, e - ctx.offset, alignment_mode="expand")
                for s, e, k in ctx.table.spans if k == key
                and doc[after].idx + ctx.offset <= s < sent.end_char + ctx.offset]
    return bool(mentions) and all(
        m is not None and m.start > 0 and doc[m.start - 1].lower_ in weapons(ctx.lang)
        for m in mentions)


def passive_after(ctx: Context, i: int, end: int) -> int | None:
    """The passive verb right after a noun phrase ending at i, adverbs and negators skipped
    ("tuntutan buruh [tidak] dipenuhi"), or None."""
    j = skip_adverbs(ctx.doc, i, ctx.lang)
    while j < end and ctx.doc[j].lower_ in words_with_role(ctx.lang, "neg"):
        j = skip_adverbs(ctx.doc, j + 1, ctx.lang)
    verb = j < end and is_verb(ctx.doc[j], ctx.lang) and any(
        a.passive for a in analyses(ctx.doc[j].text))
    return j if verb else None


def announcing(ctx: Context, after: int, sent: Span) -> bool:
    """Whether a threat's object is the subject of what it announces ("mengancam [buruh] akan
    menggelar aksi"): a noun phrase followed by a word of intent."""
    doc = ctx.doc
    np = np_after(doc, after, sent.end, ctx.lang) if after < sent.end else None
    return np is not None and any(
        t.i > np.start and t.lower_ in intentions(ctx.lang) and t.i + 1 < sent.end and
        is_verb(doc[t.i + 1], ctx.lang) for t in doc[np.start : min(np.end + 1, sent.end)])


def condition_subject(ctx: Context, after: int, sent: Span) -> list[str]:
    """The agents a threat is conditioned on ("mengancam akan membalas jika NATO mengirim
    pasukan" -> NATO; "Jika Filipina terus ..., kami akan mengambil tindakan tegas"), in a
    passive condition its agent ("jika tuntutan buruh diabaikan DPR" -> DPR, not the workers)."""
    doc, conds = ctx.doc, words_with_role(ctx.lang, "cond")
    j = next((t.i for t in [*doc[after : sent.end], *doc[sent.start : after]]
              if t.lower_ in conds), None)
    if j is None or j + 1 >= sent.end:
        return []
    np = np_after(doc, j + 1, sent.end, ctx.lang)
    if not len(np):
        return []
    verb = passive_after(ctx, np.end, sent.end)
    found = actors_in(ctx, np) if verb is None else agent_after(ctx, verb + 1, sent.end)
    return [k for k in found if ctx.table.actors[k].type in AGENTS]


def warned_subject(ctx: Context, after: int, sent: Span) -> list[str]:
    """Whom a warning foretells a cost ("memperingatkan bahwa Kiev akan menanggung
    konsekuensinya" -> Kiev, also "memperingatkan pada Sabtu bahwa ..."): the subject of its
    bahwa clause, or who it names, when the clause says "akan"."""
    doc = ctx.doc
    that = next((t.i for t in doc[after : min(after + 6, sent.end)]
                 if t.lower_ in word_set(ctx.lang, "complementizers")), None)
    if that is None or any(is_verb(t, ctx.lang) or t.text == "," for t in doc[after:that]):
        return []
    np = np_after(doc, that + 1, sent.end, ctx.lang)
    clause = doc[np.start : min(sent.end, skip_adverbs(doc, np.end, ctx.lang) + 5)]
    if not len(np) or not any(t.lower_ in intentions(ctx.lang) for t in clause):
        return []  # "bahwa kehadiran pasukan NATO [di Ukraina] akan ..."
    found = actors_in(ctx, np) or ctx.actors_within(np.start_char, np.end_char)
    return [seat_state(ctx, k) for k in found  # "kehadiran pasukan NATO": NATO
            if ctx.table.actors[k].type in AGENTS | {ActorType.PLACE}]


def predicted(
    ctx: Context, tok: Token, sent: Span, within: Statement | None, sources: list[str],
) -> bool:
    """Whether an announced act is another's prediction, not its agent's threat ("Analis itu
    mengatakan Turki akan menyerang"): reported by a speaker who is neither the agent nor of
    its state, or after a reporting verb whose speaker is unknown."""
    if within is None:
        return any(t.pos_ == "VERB" and lookup(t.text, cues(ctx.lang))
                   for t in ctx.doc[sent.start : tok.i])
    return not side_of(ctx, [within.speaker]) & set(sources)


def same_visit(so_far: list[Event], type_: str, sources: list[str], evidence: TextSpan) -> bool:
    """Whether a meeting repeats the last one, found in the same sentence by the same sources
    ("berkunjung ke Jakarta untuk bertemu Presiden X"), so its targets join that event."""
    last = so_far[-1] if so_far else None
    return type_ == "CONSULT" and last is not None and last.type == type_ and \
        last.sources == sources and last.evidence == evidence


ALLEGED = HOSTILE | {"REJECT", "THREATEN"}
"""Acts whose claim against another is an accusation ("Mesir mengklaim Ethiopia menolak
semua proposal" -> ACCUSE Mesir -> Ethiopia)."""


def allegations(ctx: Context, stmts: list[Statement]) -> list[Event]:
    """An ACCUSE of the speaker for each claim that another party did a hostile act."""
    out = []
    for stmt in stmts:
        content = ctx.tokens(stmt.content)
        if content is None or cue_type(ctx, stmt) != "CLAIM":
            continue
        act = next((t for t in content if (found := entry_of(ctx, t)) is not None
                    and found[1].type in ALLEGED and not opens(ctx, t, stmt)), None)
        region = subject_region(ctx.doc, content.start, act.i, ctx.lang) if act else None
        accused = [k for k in (actors_in(ctx, region) if region is not None else [])
                   if k != stmt.speaker and ctx.table.actors[k].type in AGENTS]
        if accused:
            out.append(Event(type="ACCUSE", trigger=stmt.cue, evidence=stmt.evidence,
                             sources=[stmt.speaker], targets=accused))
    return out


def housed_body(ctx: Context, key: str) -> str:
    """The body a building houses ("Gedung [DPR]"), else the actor itself."""
    spans = ctx.table.spans
    return next((k for s, e, k in spans for s2, e2, k2 in spans if k2 == key and k != key
                 and s2 <= s and e <= e2 and ctx.table.actors[k].type == ActorType.ORGANIZATION),
                key)


def aim_protests(evts: list[Event]) -> None:
    """A protest with no target is aimed at whom its protesters demand of or reject in the same
    sentence or the next, by some of its protesters ("berunjuk rasa ... untuk menuntut Bupati X
    mundur"; "Ribuan buruh berunjuk rasa ... Mereka menuntut Gubernur X ..."); of two protests
    by the same crowd in one sentence, the one aimed at no one is dropped."""
    for evt in evts:
        if evt.type == "PROTEST" and not evt.targets:
            evt.targets = next((list(o.targets) for o in evts if o.type in DEMANDS and
                                set(o.sources) & set(evt.sources) and (
                                    o.evidence == evt.evidence or
                                    0 <= o.evidence.start - evt.evidence.end <= 2)), [])
    evts[:] = [e for e in evts if e.type != "PROTEST" or e.targets or not any(
        o is not e and o.type == "PROTEST" and o.sources == e.sources and
        o.evidence == e.evidence for o in evts)]  # one protest ("turun ke jalan memprotes")


def merge_repeats(ctx: Context, evts: list[Event]) -> None:
    """Keep one event per real-world event told again on the same day (``repeats``): a meeting
    with the same parties ("sarapan bersama X ... pertemuannya dengan X"), a demand on the same
    party by the same side ("Washington mendesak Beijing ... 'Kami mendesak Beijing ...,' kata
    juru bicara X"), an act in the same word by and on the same parties."""
    kept: list[Event] = []
    for evt in evts:
        if not evt.negated and any(repeats(ctx, evt, k) for k in kept):
            continue
        kept.append(evt)
    evts[:] = kept


def lead_roots(evt: Event) -> set[str]:
    """The possible roots of an event's first trigger word."""
    return set(roots(evt.trigger.text.split()[0].lower()))


def repeats(ctx: Context, evt: Event, earlier: Event) -> bool:
    """Whether an event tells again a meeting, a demand (not a proposal) or an act in the same
    word by and on the same parties ("KPK menahan X ... 'Tim penyidik menahan tersangka X'")
    told before on the same day."""
    if evt.type != earlier.type or earlier.negated or evt.date != earlier.date:
        return False
    if evt.type == "CONSULT":
        return set(evt.sources) | set(evt.targets) == set(earlier.sources) | set(earlier.targets)
    if evt.sources and evt.targets and set(evt.sources) == set(earlier.sources) and \
            set(evt.targets) == set(earlier.targets) and evt.place in (None, earlier.place) and \
            lead_roots(evt) & lead_roots(earlier):
        return True
    demanding = word_set(ctx.lang, "demand_roots")
    return evt.type == "REQUEST" and bool(evt.targets) and evt.targets == earlier.targets and \
        bool(side_of(ctx, evt.sources) & side_of(ctx, earlier.sources)) and all(
            lead_roots(e) & demanding for e in (evt, earlier))


def drop_arrivals(ctx: Context, evts: list[Event]) -> None:
    """Leave out an arrival in a state its visitor meets someone of on the same day ("tiba di
    Kyiv ... bertemu Presiden Ukraina X"): the meeting is the event."""
    arriving = word_set(ctx.lang, "arrival_roots")

    def met_there(arrival: Event) -> bool:
        return any(e is not arrival and e.type == "CONSULT" and e.date == arrival.date
                   and set(e.sources) & set(arrival.sources) and set(arrival.targets) & {
                       state_of(ctx, k) for k in e.targets} for e in evts)

    evts[:] = [e for e in evts if not (
        e.type == "CONSULT" and lead_roots(e) & arriving
        and met_there(e))]


def drop_aimless_protests(evts: list[Event]) -> None:
    """Leave out protests aimed at no one once their crowds are named (a protest is always
    against someone: the guide codes none without a target)."""
    evts[:] = [e for e in evts if e.type != "PROTEST" or e.targets]


def extract(ctx: Context, stmts: list[Statement]) -> list[Event]:
    """Events of an article, one per (type, sources, targets) and predicate in each sentence
    and across the article."""
    by_cue: dict[int, list[Statement]] = {}
    for s in stmts:
        by_cue.setdefault(s.cue.end - len(s.cue.text.split()[-1]), []).append(s)
    out: list[Event] = []
    seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
    roots_seen: set[tuple[str, tuple[str, ...], tuple[str, ...], str]] = set()
    suspects = word_set(ctx.lang, "suspects")  # role nouns, though they look like passives
    for si in range(len(ctx.sents)):
        sent = ctx.sent_span(si)
        if sent is None:
            continue
        last_subject: list[str] = []
        subject_at = -1  # where last_subject was found (inside a content: that content's own)
        last_patients: list[str] = []
        seen_here: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
        consumed, claiming = -1, False
        said = charges(ctx, [s for s in stmts if s.evidence.start == sent.start_char + ctx.offset],
                       out)  # accusations in what this sentence says, for answers to find
        for tok in sent:
            claiming = claiming and tok.lower_ not in word_set(ctx.lang, "contrasts") | word_set(
                ctx.lang, "time_clause_openers") | {";"} and \
                not next_predicate(ctx, tok.i, sent.end)  # "memanggil diplomat setelah X ..."
            if (ctx.in_quote(tok) and not speaker_act(ctx, tok, stmts)) or \
                    (tok.is_title and tok.i != sent.start) or tok.i <= consumed:
                continue
            found = entry_of(ctx, tok) if tok.lower_ not in suspects else None  # "terdakwa"
            within = reported_in(ctx, tok, stmts) if found is not None else None
            if found is None or (within is not None and claimed(ctx, tok, within)):
                if found is None and is_verb(tok, ctx.lang) and \
                        subject_region(ctx.doc, sent.start, tok.i, ctx.lang) is not None:
                    last_subject = sources_before(ctx, sent, tok)  # a new subject, maybe none
                    subject_at = tok.idx + ctx.offset
                continue
            analysis, entry = found
            type_ = {"LAUNCH": "MOBILIZE", "BLOCK": "COERCE"}.get(entry.type, entry.type)
            end_tok = trigger_end(ctx, tok, entry, sent)
            consumed = end_tok.i + (type_ != "ACCUSE" and governs_event(ctx, end_tok))
            is_nominal = nominal(analysis, entry)
            if type_ in FRAMES or anaphoric(ctx, end_tok, is_nominal) or (
                    claiming and not is_nominal and sources_before(ctx, sent, tok)):
                claiming = claiming or type_ in UNREAL_COMPLEMENT
                continue
            claiming = type_ in UNREAL_COMPLEMENT and analysis.form == "T" and \
                entry.root not in word_set(ctx.lang, "condemnations") and not analysis.passive
            willing = unhesitating(ctx, tok)
            future = willing or preceding(ctx, tok, "modal") or preceding(ctx, tok, "intent") or \
                preceding_word(ctx, tok, obligations(ctx.lang)) or planned_purpose(ctx, tok, sent)
            negated = negator(ctx, tok) is not None and willing is None
            if negated and type_ == "REJECT" and denies(ctx, tok):
                continue  # "tidak membantah": not denying is no refusal
            if negated and future is not None and type_ in COOPERATIVE | {"AGREE", "CONCEDE"}:
                type_, negated = "REJECT", False  # "tidak akan menerima kesepakatan": a refusal
            pledged = future is not None or preceding_word(
                ctx, tok, word_set(ctx.lang, "purpose_preps"), window=4) is not None
            if negated and pledged and type_ in HOSTILE | {"THREATEN"}:
                continue  # "(sepakat untuk) tidak (akan) saling mengancam": a pledge, no threat
            if future is not None and type_ not in CONDITIONAL_OK:
                if negated or type_ not in COOPERATIVE | HOSTILE or \
                        future.lower_ in obligations(ctx.lang) or (
                        type_ in HOSTILE and future.lower_ not in intentions(ctx.lang)
                        and future is not willing):
                    continue
                type_ = "AGREE" if type_ in COOPERATIVE else "THREATEN"
            if (conditional(ctx, tok, sent) and type_ not in CONDITIONAL_OK) or \
                    asked_for(ctx, tok) or wished(ctx, tok, sent) or deemed(ctx, tok):
                continue
            if type_ == "AGREE" == entry.type and not negated and \
                    hostile_pledge(ctx, end_tok, sent):
                type_ = "THREATEN"  # "berjanji akan memberikan balasan": a promise to strike
            if within is None:
                lead = demander(ctx, holding(stmts, subject_at)) or last_subject
            else:
                lead = last_subject if subject_at >= within.content.start else []
            sources, targets = arguments(ctx, tok, found, sent, end_tok.i + 1, by_cue, lead,
                                         within)
            if type_ == "THREATEN" != entry.type:
                if predicted(ctx, tok, sent, within, sources):
                    continue
                if within is not None:
                    sources = [within.speaker]  # the speaker threatens for the side it speaks for
            if receives(ctx, analysis, entry):
                sources, targets = targets, sources
            if alleged(ctx, tok):
                if within is None or not sources:
                    continue  # an alleged act is no act; who alleges it accuses its subject
                type_, sources, targets = "ACCUSE", [within.speaker], sources
            if within is not None and type_ in FORCE and sources and charged_by(
                    ctx, within, sources, targets, out):
                type_, sources, targets = "ACCUSE", [within.speaker], sources
            if analysis.passive:
                joined = tok.i > sent.start and ctx.doc[tok.i - 1].lower_ in \
                    word_set(ctx.lang, "coordinators")
                targets = (last_patients if joined else []) or targets  # "... dan ditahan"
                last_patients = targets
            if sources:
                last_subject, subject_at = sources, tok.idx + ctx.offset
            if set(entry.objects) & word_set(ctx.lang, "envoys"):
                targets = envoy_state(ctx, end_tok, sent, sources) or targets
            here = tok.idx + ctx.offset
            earlier = [*out, *(e for e in said if e.trigger.start < here)]
            targets = charged(ctx, type_, tok, stmts, sources) or refined_targets(
                ctx, type_, sources, targets, ctx.doc[tok.i : end_tok.i + 1], sent, earlier,
                stmts)
            if within is not None and type_ in DEEDS:
                sources = [deed_agent(ctx, k, within) for k in sources]
            places = regions(ctx.lang)
            sources = [k for k in sources if ctx.table.actors[k].name not in places]
            if type_ not in PLACE_TARGETS or entry.type == "LAUNCH":
                targets = [k for k in targets if ctx.table.actors[k].name not in places
                           and ctx.table.actors[k].type != ActorType.PLACE]
            if preceding(ctx, tok, "recip") is not None and len(sources) > 1:
                targets = list(sources)  # "saling serang": each acts on the others
            if entry.type == "LAUNCH" and targets and type_ == "MOBILIZE":
                type_ = "ASSAULT"  # a launch at someone is an attack
            toll = type_ == "ASSAULT" and entry.root in word_set(ctx.lang, "casualty_roots")
            attack = next((e for e in out if e.type == "ASSAULT" and e.sources == (
                sources or e.sources) and e.evidence == ctx.span(*ctx.sents[si])),
                None) if toll else None  # "serangan Israel di Rafah menewaskan 67 warga"
            if attack is not None:
                attack.targets.extend(t for t in targets if t not in attack.targets and not (
                    attack.targets and counted(ctx, t)))  # not "36 orang" beside its state
                continue  # the toll of an attack told in its sentence: its victims
            if entry.root in word_set(ctx.lang, "arrival_roots") and any(
                    ctx.table.actors[k].type == ActorType.GROUP for k in sources):
                continue  # a crowd arriving pays no visit ("para awak tiba di Muskat")
            if entry.root in word_set(ctx.lang, "retaliation_roots") and \
                    not_by_force(ctx, end_tok.i + 1, sent):
                continue  # "membalas dengan mengumumkan kenaikan tarif": the tariff is the act
            if type_ == "REQUEST" and entry.root in word_set(ctx.lang, "prosecution_roots") and \
                    {t.lower_ for t in ctx.doc[tok.i + 1 : min(sent.end, tok.i + OBJECT_REACH)]} \
                    & word_set(ctx.lang, "penalties"):
                type_ = "ACCUSE"  # "jaksa menuntut X dihukum 12 tahun penjara": a charge
            if type_ == "ACCUSE" and entry.root in word_set(ctx.lang, "protest_roots") and \
                    sources and all(ctx.table.actors[k].type == ActorType.GROUP for k in sources):
                type_ = "PROTEST"  # a crowd protesting ("ribuan pendukung oposisi memprotes")
            if entry.type == "BLOCK" and type_ == "COERCE" and sources and all(
                    ctx.table.actors[k].type == ActorType.GROUP for k in sources):
                type_ = "PROTEST"  # protesters blocking a road (CAMEO 144)
                targets = [k for k in map(partial(housed_body, ctx), targets)
                           if ctx.table.actors[k].type in AGENTS]
            if type_ == "RETREAT" and not targets and entry.objects:
                released = np_after(ctx.doc, skip_quantity(ctx, tok.i + 1, sent.end), sent.end,
                                    ctx.lang)  # "membebaskan 17 awak kapal": the crew
                targets = [k for k in actors_in(ctx, released)
                           if ctx.table.actors[k].type == ActorType.GROUP]
            if not sources and analysis.passive and type_ in HOSTILE:
                sources = pursuer(ctx, out, targets)  # "KPK menetapkan X ... X langsung ditahan"
            if not sources and analysis.passive and type_ == "COERCE":
                sources = detaining_body(ctx, end_tok.i + 1, sent) or unsaid_agent(ctx, within)
            if not sources and analysis.passive and type_ == "ACCUSE" and \
                    {o.lstrip("~") for o in entry.objects} & word_set(ctx.lang, "suspects"):
                sources = unsaid_agent(ctx, within)  # "X telah ditetapkan sebagai tersangka"
            if not sources and analysis.passive and within is not None and \
                    type_ in MATERIAL and state_of(ctx, within.speaker) and \
                    ctx.doc[tok.i - 1].lower_ not in words_with_role(ctx.lang, "det"):
                sources = [state_of(ctx, within.speaker)]  # its own side's act, agent unsaid
                # (not "rudal itu diluncurkan": a launch told before, by whoever launched it)
            if len(sources) == 1:
                targets = [k for k in targets if k not in sources]  # no body acts on itself
            if type_ == "ACCUSE" and sources and not targets:
                targets = next((e.targets for e in reversed(out) if e.sources == sources and
                                e.evidence.start == sent.start_char + ctx.offset), [])
                # "memanggil Duta Besar X untuk menyampaikan protes keras": protested to X
            if not sources or (not targets and not (
                    type_ in NO_TARGET_OK or (type_ in RECIPROCAL and len(sources) > 1)
                    or (len(sources) > 1 and between(ctx, end_tok, sent))
                    or (type_ == "REJECT" and denies(ctx, tok))
                    or (type_ == "REQUEST" and called_for(ctx, end_tok, sent)))):
                continue
            if not promote_agents(ctx.table, sources, ctx.doc, ctx.offset):
                continue
            signature = (type_, tuple(sorted(sources)), tuple(sorted(targets)))
            if ((*signature, entry.root) in roots_seen and not another(ctx, end_tok, sent)) or \
                    signature in seen_here:
                continue  # one event per predicate ("sanksi lain" is another), and per sentence
            if same_visit(out, type_, sources, ctx.span(*ctx.sents[si])):
                out[-1].targets.extend(t for t in targets if t not in out[-1].targets)
                continue
            seen.add(signature)
            seen_here.add(signature)
            roots_seen.add((*signature, entry.root))
            out.append(Event(
                type=type_,
                trigger=ctx.span(tok.idx, end_tok.idx + len(end_tok)),
                evidence=ctx.span(*ctx.sents[si]),
                sources=sources, targets=targets, negated=negated,
            ))
    aim_protests(out)
    said = [*demands(ctx, stmts), *allegations(ctx, stmts), *charges(ctx, stmts, out),
            *praises(ctx, stmts, out)]
    for evt in said + threats(ctx, stmts, out + said):  # a threat backs what was pressed
        signature = (evt.type, tuple(sorted(evt.sources)), tuple(sorted(evt.targets)))
        if signature not in seen:
            seen.add(signature)
            out.append(evt)
    return out
