"""Noun phrases and subjects from token sequences, using the parse only as a hint."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from graph.extract.lexicon import (
    abbreviations,
    alternatives,
    collectives,
    cues,
    events,
    function_words,
    gatherings,
    gazetteer_index,
    org_words,
    pronouns,
    province_forms,
    regions,
    time_forms,
    time_words,
    title_words,
    titles,
    word_set,
    words_with_role,
)
from graph.extract.morph import active_shape, analyses, roots

QUOTE_MARKS = frozenset("\"“”„«»'\u2019\u2018")


def pair_reference(word: str, lang: str) -> int | None:
    """The index in the pair just named that a word after a relativizer refers to, or None."""
    if word in word_set(lang, "pair_former"):
        return 0
    return -1 if word in word_set(lang, "pair_latter") else None


VERBAL_PREFIXES = ("me", "ber", "di", "memper")
LOANWORD_ENDING = re.compile(r"(?:ik|is|al|si)$")
"""Endings of loanwords that start like a di- passive (diplomatik, dinamis, digital, diskusi)."""

AGENT_NOUN_ENDING = re.compile(r"..tor$")
"""The ending of loanword agent nouns the tagger may take for verbs (mediator, koordinator)."""
RELATIVE_REACH = 5
"""Lower-case words a relative clause may run before the verb that closes it."""


def is_verb(tok: Token, lang: str) -> bool:
    """A lower-case verb form (by tag, by a verbal prefix the lemmatizer strips: not
    "diplomatik", or by a verbal prefix on a root of the cue and event lexicons, which the
    tagger may not know: "mengutuk"), not a name nor a collective noun the tagger took for a
    verb ("mahasiswa"), nor the end of a title ("juru bicara")."""
    if tok.is_title or tok.is_upper or tok.lower_ in function_words(lang) or \
            tok.lower_ in collectives(lang) or tok.lower_ in titles(lang):
        return False  # nor a role ("diplomat" is no passive)
    if tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in titles(lang):
        return False
    if tok.pos_ in ("VERB", "AUX"):
        bare = tok.lemma_.lower() == tok.lower_
        return not (bare and ((tok.lower_.startswith("di") and LOANWORD_ENDING.search(
            tok.lower_)) or AGENT_NOUN_ENDING.search(tok.lower_)))  # "diplomatik", "mediator"
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() == tok.lower_ and active_shape(
            tok.lower_) and tok.lower_ not in word_set(lang, "prefix_lookalikes"):
        return True  # an active verb the tagger did not know ("Hamas menunda pembebasan")
    if tok.pos_ == "ADJ" and any("T" in e.form for e in events(lang).get(tok.lower_, ())):
        return True  # a bare event verb the tagger took for an adjective ("bentrok dengan")
    verbal = [a for a in analyses(tok.text) if a.prefix in VERBAL_PREFIXES and a.form in "TB"
              and a.form]
    return bool(verbal) and (tok.lemma_.lower() != tok.lower_ or any(
        a.root in cues(lang) or a.root in events(lang) for a in verbal))


def se_nya(tok: Token) -> bool:
    """An adverb of the form se-...-nya ("sepenuhnya", "sebenarnya", "secepatnya")."""
    return tok.is_lower and re.fullmatch(r"se[a-z]{3,}nya", tok.text) is not None


def ballot_number(doc: Doc, i: int, lang: str) -> bool:
    """Whether a number closes a numbered name, no date ("pasangan nomor urut 2")."""
    return i > 0 and doc[i].like_num and doc[i - 1].lower_ in word_set(lang, "numbering")


def unidentified(doc: Doc, i: int, lang: str) -> bool:
    """Whether a negator at a token opens a description, not a denial ("[tak] dikenal")."""
    return i + 1 < len(doc) and doc[i].lower_ in words_with_role(lang, "neg") and \
        doc[i + 1].lower_ in word_set(lang, "unidentified")


def is_temporal(tok: Token, lang: str) -> bool:
    """A word of a time expression (pada hari Selasa (1/2), akhir bulan lalu)."""
    kinds = time_words(lang)
    return (
        (tok.lower_ in kinds and kinds[tok.lower_][0] in ("weekday", "month", "past"))
        or tok.lower_ in word_set(lang, "time_nouns")
        or bool(re.fullmatch(r"[\d/()]+|\(\d.*|.*\d\)", tok.text))
    )


def np_after(doc: Doc, i: int, end: int, lang: str) -> Span:
    """The noun phrase starting at a token: up to a preposition, clause word, verb or stop."""
    stops = {w for w, r in function_words(lang).items() if r in ("prep", "stop", "cond")}
    adverbs = words_with_role(lang, "adv") | words_with_role(lang, "neg")
    j = i
    while j < end:
        tok = doc[j]
        if j > i and ((role_modifier(doc, j, lang) and doc[j - 1].is_title) or
                      abbreviated(doc, j, lang)):
            j += 1  # "Perdana Menteri sementara Lebanon", "Ferdinand Marcos Jr."
            continue
        if tok.text == "," and j + 1 < end and doc[j + 1].is_title and j > i:
            j += 1
            continue
        if j > i and second_role(doc, j, end, lang):
            j += 2  # "Presiden KSPI [yang juga] Presiden Partai Buruh, Said Iqbal"
            continue
        if j > i and j + 1 < end and unidentified(doc, j, lang):
            j += 2  # "orang bersenjata tak dikenal"
            continue
        if tok.text == "-" and j > i and j + 1 < end and not doc[j - 1].whitespace_ and \
                not tok.whitespace_ and doc[j + 1].is_alpha:
            j += 2  # a hyphenated name ("Yo-Jong")
            continue
        inside = tok.is_title and j > i and doc[j - 1].is_title and j + 1 < end and \
            doc[j + 1].is_title  # "Kementerian [Dalam] Negeri"
        if tok.is_punct or tok.text in QUOTE_MARKS or (tok.lower_ in stops and not (
                tok.is_upper and len(tok) > 1) and not inside):  # "kepada ANTARA": a name
            break
        if j > i and (is_verb(tok, lang) or tok.lower_ in adverbs or se_nya(tok)) and \
                f"{doc[j - 1].lower_} {tok.lower_}" not in titles(lang) | collectives(lang) and \
                doc[max(i, j - 2) : j + 1].text.lower() not in collectives(lang):
            break  # not "Menteri Luar Negeri", "kelompok (kriminal) bersenjata"
        j += 1
    return doc[i:j]


def second_role(doc: Doc, j: int, end: int, lang: str) -> bool:
    """Whether a relative word and an adverb of addition join a second role of the same person
    to the first ("Ketua DPR yang juga Ketua DPP PDI-P ...")."""
    return j + 2 < end and doc[j].lower_ in word_set(lang, "relativizers") and \
        doc[j + 1].lower_ in word_set(lang, "role_joiners") and \
        doc[j + 2].lower_ in title_words(lang) and doc[j - 1].text[:1].isupper()


def role_modifier(doc: Doc, j: int, lang: str) -> bool:
    """Whether a lower-case word qualifies the role whose title word it follows ("Perdana
    Menteri [sementara] Lebanon")."""
    return j > 0 and doc[j].lower_ in word_set(lang, "role_modifiers") and \
        doc[j - 1].lower_ in title_words(lang)


def ends_clause(tok: Token, lang: str) -> bool:
    """Whether a word ends the stretch where an event's target can be named: a subordinating
    word, but not one that qualifies the noun right before it ("sanksi pemberhentian
    [sementara] kepada X")."""
    doc = tok.doc
    return tok.lower_ in word_set(lang, "clause_ends") and not (
        tok.lower_ in word_set(lang, "role_modifiers") and tok.i > 0
        and doc[tok.i - 1].pos_ == "NOUN" and doc[tok.i - 1].is_lower)


def abbreviated(doc: Doc, i: int, lang: str) -> bool:
    """Whether a period closes an abbreviation written before it ("Jr.")."""
    return doc[i].text == "." and i > 0 and not doc[i - 1].whitespace_ and \
        f"{doc[i - 1].text}." in abbreviations(lang)


def bracketed_acronym(doc: Doc, i: int) -> bool:
    """Whether an acronym in brackets starts at a token ("(PM)", "(Plt)")."""
    return i >= 0 and i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and \
        doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()


def acronym_opening(doc: Doc, i: int) -> int | None:
    """Where the brackets open of an acronym of one or two words closing at a token ("(DPR)",
    "(BEM SI)"), if they do."""
    if i < 0 or doc[i].text != ")":
        return None
    return next((o for o in (i - 2, i - 3) if o >= 0 and doc[o].text == "(" and all(
        t.is_alpha and t.text[:1].isupper() for t in doc[o + 1 : i])), None)


def past_acronym(doc: Doc, i: int, end: int) -> int:
    """The index after an acronym in brackets at a token ("Amerika Serikat (AS) agar",
    "Kementerian Dalam Negeri (Kemendagri) menegur"), else the token's."""
    return i + 3 if i + 2 < end and bracketed_acronym(doc, i) else i


def skip_adverbs(doc: Doc, i: int, lang: str) -> int:
    """The index after adverbs, modals and manner words following a token index."""
    skip = words_with_role(lang, "adv") | words_with_role(lang, "modal") | \
        words_with_role(lang, "manner")
    while i < len(doc) and doc[i].lower_ in skip:
        i += 1
    return i










def verbal_opener(tok: Token, lang: str) -> bool:
    """Whether a capitalised word outside any entity is a prefixed verb opening a phrase
    ("Menghadapi", "Menanggapi"), or a passive of reaching a source ("Dihubungi terpisah,"),
    not a name, title or common noun ("Menteri", "Media")."""
    if tok.is_title and tok.lower_ in word_set(lang, "contacted"):
        return True
    return tok.is_title and not tok.ent_type_ and tok.lower_ not in title_words(lang) and \
        (tok.pos_ == "VERB" or tok.lemma_.lower() != tok.lower_) and any(
            a.prefix in ("me", "ber", "di") and a.form in ("T", "B") for a in analyses(tok.text))


def fronted_end(doc: Doc, start: int, cue: int, lang: str) -> int:
    """Where a fronted prepositional, verbal or adverbial phrase and its comma end ("Menurut
    Shalicar, ...", "Di Jakarta, ...", "Setelah pertempuran itu, ...", "Menghubungkan langkah
    itu dengan ..., X"), or ``start`` when the words from ``start`` open none."""
    comma = next((t.i for t in doc[start:cue] if t.text == ","), None)
    timed = comma is not None and comma - start <= 4 and any(
        t.lower_ in word_set(lang, "time_clause_openers") for t in doc[start:comma]) and (
        doc[start].pos_ != "PROPN" or doc[start:comma].text.lower() in time_words(lang))
    # "Sehari sebelumnya, ...", but not "Komarudin sebelumnya, pada April lalu, ..."
    if start >= cue or (function_words(lang).get(doc[start].lower_) != "prep" and
                        doc[start].lower_ not in word_set(lang, "adverbial_openers") and
                        not verbal_opener(doc[start], lang) and not timed):
        return start  # but "Sehari sebelumnya, ..."
    return settings_after(doc, comma + 1, cue, lang) if comma is not None else start


def settings_after(doc: Doc, i: int, cue: int, lang: str) -> int:
    """Where the places, times and discourse adverbials that follow a fronted phrase, each
    closed by a comma, end ("Kepada wartawan di Lebak Bulus, [Jakarta Selatan, kemarin,] X
    mengatakan"; "Dalam perkara itu, [misalnya,] Mahkamah menilai")."""
    while True:
        comma = next((t.i for t in doc[i:cue] if t.text == ","), None)
        if comma is None or comma == i or not (inserted_adverbial(doc[i:comma], lang) or all(
                (t.is_title and t.ent_type_ in ("LOC", "GPE")) or is_temporal(t, lang) or
                t.lower_ in time_words(lang) for t in doc[i:comma])):
            return i
        i = comma + 1


def manner_adverbial(doc: Doc, i: int, lang: str) -> bool:
    """Whether a manner preposition and a lower-case adjective or adverb open at a token
    ("dengan cepat", "dengan sengaja")."""
    return i + 1 < len(doc) and doc[i].lower_ in word_set(lang, "manner_preps") and \
        doc[i + 1].is_lower and doc[i + 1].pos_ in ("ADJ", "ADV")


def past_modifiers(doc: Doc, start: int, i: int, cue: int, lang: str) -> int:
    """The last word before i, going back, that is no adverb, modal, negator, time word
    ("sebelumnya") or time phrase between a subject and its verb."""
    skip = words_with_role(lang, "adv") | words_with_role(lang, "modal") | \
        words_with_role(lang, "neg") | words_with_role(lang, "recip") | \
        word_set(lang, "alleging") | word_set(lang, "unhesitating") | word_set(lang, "outcomes")
    while i >= start and (doc[i].lower_ in skip or doc[i].is_space or se_nya(doc[i]) or
                          doc[i].lower_ in time_forms(lang, "shift") or
                          (is_temporal(doc[i], lang) and not ballot_number(doc, i, lang)) or
                          (doc[i].lower_ in word_set(lang, "time_preps") and i + 1 < cue
                           and is_temporal(doc[i + 1], lang)) or
                          (doc[i].lower_ in word_set(lang, "purpose_preps") and i > start and
                           doc[i - 1].lower_ in skip)):
        i -= 1
    zone = local_time(doc, start, i, lang)
    return past_modifiers(doc, start, zone - 1, cue, lang) if zone is not None else i


def local_time(doc: Doc, start: int, i: int, lang: str) -> int | None:
    """Where a local time written after a time word starts ("malam [waktu Washington]",
    "pukul 09.00 [waktu setempat]"), if a place's local time ends at i."""
    for j in range(i - 1, max(start, i - 3), -1):
        if doc[j].lower_ in word_set(lang, "zone_words") and j > start and \
                is_temporal(doc[j - 1], lang) and all(
                    t.is_title or t.is_lower for t in doc[j + 1 : i + 1]):
            return j
    return None


def subject_region(doc: Doc, start: int, cue: int, lang: str) -> Span | None:
    """The subject noun phrase(s) right before a verb, after a fronted prepositional phrase or
    adverbial clause, time words, adverbs, "saling", "diduga" and modals (with their "untuk":
    "berencana untuk"), a setting after a name and a place phrase after a name; a hyphen inside
    a name is part of it ("Sung Yun-mo"); a pronoun right before the verb is the whole subject
    ("... itu ilegal dan dia mendesak"); an outcome before a passive is skipped ("X tewas
    ditembak")."""
    fw, relative = function_words(lang), word_set(lang, "relativizers")
    start = fronted_end(doc, start, cue, lang)
    i = cue - 1
    if i - 1 > start and manner_adverbial(doc, i - 1, lang):
        i -= 2  # "Moskow dengan cepat menepis"
    opening = acronym_opening(doc, i)
    if opening is not None and opening - 1 >= start and doc[opening - 1].is_title:
        i = opening - 1  # "Komisi III Dewan Perwakilan Rakyat (DPR) mencecar", "(BEM SI)"
    i = past_modifiers(doc, start, i, cue, lang)
    if i >= start and (doc[i].lower_ in words_with_role(lang, "conj") or
                       doc[i].lower_ in word_set(lang, "citation_openers")):
        return None  # "solusi dua negara dan siap mengirimkan", "..., sebagaimana dituntut"
    end = i + 1
    setting = setting_start(doc, start, end, lang)
    if setting is not None:
        end, i = setting, setting - 1  # "X dalam pernyataan tertulis menuduh"
    if i >= start and doc[i].lower_ in pronouns(lang):
        return doc[i:end]
    if i >= start and doc[i].text == ",":
        channel = spokesperson(doc, start, i, lang)
        if channel is not None:
            return channel
        end = insertions_end(doc, start, i, lang)
        if end is None:
            return None
        i = past_modifiers(doc, start, end - 1, end, lang)  # "X [sebelumnya], pada April lalu,"
        end = i + 1
    while i >= start:
        tok = doc[i]
        role = fw.get(tok.lower_)
        if role == "prep" and (locates_collective(doc, start, i, lang) or (
                i > start and doc[i - 1].lower_ in word_set(lang, "counterparts"))):
            i -= 1  # "tujuh negara di Afrika Timur", "mitranya dari Azerbaijan, X"
            continue
        if role == "prep" and i - 1 > start and fw.get(doc[i - 1].lower_) == "prep" and \
                locates_collective(doc, start, i - 1, lang):
            i -= 2  # two prepositions: "seorang orator dari atas mobil komando"
            continue
        if role == "prep" and tok.lower_ in word_set(lang, "origin_preps") and \
                unnamed_role(doc[start:i], lang):
            i -= 1  # "Koordinator aksi dari Badan Eksekutif Mahasiswa": the coordinator
            continue
        if tok.lower_ in word_set(lang, "body_links") and i > start and i + 1 < end and (
                doc[i - 1].is_title or doc[i - 1].text == ")") and \
                doc[i + 1].lower_ in org_words(lang):
            i -= 1  # "Pengadilan Tipikor pada Pengadilan Negeri Jakarta Pusat": one body
            continue
        if tok.text == ")" and i - 2 > start and bracketed_acronym(doc, i - 2) and \
                doc[i - 3].is_title and (doc[i + 1].lower_ in word_set(lang, "body_links") or
                                         doc[i + 1].lower_ in words_with_role(lang, "conj") or
                                         getattr(gazetteer_index(lang).get(doc[i + 1].text),
                                                 "label", None) in ("GPE", "LOC") or
                                         doc[i + 1 : i + 3].text in regions(lang) or
                                         doc[i + 1].text.lower() in province_forms(lang)):
            i -= 3  # "Pengadilan Tindak Pidana Korupsi (Tipikor) pada ...", "(RSF) Sudan",
            continue  # "(Apindo) DKI Jakarta", "(LBH) Jakarta", "Angkatan ... (SAF) dan RSF"
        if tok.lower_ in word_set(lang, "locatives") and locates_name(doc, start, i, end):
            end, i = i, i - 1
            continue
        capacity = tok.lower_ in word_set(lang, "capacity_preps") and \
            not any(t.text == "," for t in doc[i:end])
        if (tok.lower_ in word_set(lang, "setting_preps") or capacity) and i > start and \
                tok.is_lower and (doc[i - 1].is_title or doc[i - 1].is_upper or
                                  doc[i - 1].ent_type_):  # not "Kementerian [Dalam] Negeri"
            end, i = i, i - 1
            continue
        if tok.text == "-" and i > start and not tok.whitespace_ and not doc[i - 1].whitespace_:
            i -= 1
            continue
        if i > start + 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
                not doc[i - 2].whitespace_:
            i -= 1  # the second half of a hyphenated name, whatever its tag ("Yun-mo")
            continue
        if tok.text == "," and fronted_phrase(doc, start, i, lang):
            break  # "Hal yang memberatkan, menurut jaksa, [terdakwa] tidak mendukung"
        if role == "prep":
            y = relative_start(doc, start, i, lang)
            counted = any(fw.get(t.lower_) == "quant" or t.like_num for t in doc[start:y or start])
            if y is not None and i + 1 < end and not counted and any(
                    word_set(lang, "joining_roots") & set(roots(t.text)) for t in doc[y + 1 : i]):
                return doc[i + 1 : end]  # "Massa yang tergabung dalam [BEM SI]": the body
            if y is not None and any(is_verb(t, lang) for t in doc[y + 1 : i]):
                return subject_region(doc, start, y - (y > start and doc[y - 1].text == ","),
                                      lang)  # "diplomat [yang terlibat dalam perundingan]"
        if i > start and second_role(doc, i, end, lang):
            i -= 1  # "Presiden KSPI yang juga Presiden Partai Buruh, Said Iqbal": one person
            continue
        if tok.text in QUOTE_MARKS or (tok.is_punct and tok.text != ",") or role in (
                "prep", "stop", "cond") or is_verb(tok, lang):
            if tok.lower_ in relative and end == i + 2 and \
                    pair_reference(doc[i + 1].lower_, lang) is not None:
                return doc[i:end]
            y = relative_start(doc, start, i, lang) if is_verb(tok, lang) else None
            if (tok.lower_ in relative and not own_subject(doc, i + 1, end)) or y is not None:
                y = i if y is None else y
                return subject_region(doc, start, y - (y > start and doc[y - 1].text == ","),
                                      lang)
            if tok.lower_ in word_set(lang, "locatives") and end == cue and \
                    place_phrase(doc[i + 1 : end], lang):
                y = relative_start(doc, start, i, lang)
                return subject_region(doc, start, y, lang) if y is not None else None
            break
        i -= 1
    region = doc[i + 1 : end]
    commas = [t.i for t in region[:-1] if t.text == ","]
    if i >= start and (fw.get(doc[i].lower_) == "prep" or is_verb(doc[i], lang)) and \
            len(commas) == 1 and doc[commas[0] + 1].lower_ in words_with_role(lang, "conj"):
        region = doc[commas[0] + 2 : end]  # "merobohkan pagar [di sisi ...], dan polisi"
    while (len(region) and region[0].text in (",",)) or (len(region) and region[0].lower_ in
                                                      words_with_role(lang, "conj")):
        region = region[1:]
    return region if len(region) else None


def vague_quantity(tok: Token, lang: str) -> bool:
    """Whether a word is an approximate quantity before a counted noun ("ratusan", "sekitar",
    "sejumlah")."""
    return tok.lower_ in word_set(lang, "quantifiers") or \
        function_words(lang).get(tok.lower_) == "quant"


def spokesperson(doc: Doc, start: int, comma: int, lang: str) -> Span | None:
    """The titled person a subject speaks through, set off by commas before the verb
    ("Amerika Serikat, lewat Duta Besar Linda Thomas-Greenfield, menyatakan"), or the name
    set after such a role ("Kementerian X melalui juru bicaranya, Sri Wahyuni, menyatakan"),
    or None."""
    opener = next((t.i for t in reversed(doc[max(start, comma - 12) : comma]) if t.text == ","),
                  None)
    if opener is None or opener <= start or opener + 1 >= comma:
        return None
    if doc[opener + 1].lower_ not in word_set(lang, "setting_preps"):
        return doc[opener + 1 : comma] if named_channel(doc, start, opener, comma, lang) else None
    person = doc[opener + 2 : comma]
    titled = len(person) > 1 and (
        person[0].lower_ in titles(lang) or person[:2].text.lower() in titles(lang))
    return person if titled and person[-1].is_title else None


def named_channel(doc: Doc, start: int, opener: int, comma: int, lang: str) -> bool:
    """Whether a name between two commas follows a lower-case role introduced by "lewat" or
    "melalui" ("melalui juru bicaranya, [Sri Wahyuni],")."""
    prep = next((t.i for t in doc[start:opener] if t.lower_ in word_set(lang, "setting_preps")),
                None)
    role = " ".join(t.lower_.removesuffix("nya") for t in doc[prep + 1 : opener]) \
        if prep is not None and prep > start else ""
    return role in titles(lang) and all(t.is_title for t in doc[opener + 1 : comma])


def fronted_phrase(doc: Doc, start: int, comma: int, lang: str) -> bool:
    """Whether a comma closes a prepositional phrase set before the subject ("menurut jaksa,",
    "di Jakarta,"): a preposition opens the few words before it, with no comma between."""
    for k in range(comma - 1, max(start, comma - 6) - 1, -1):
        if doc[k].is_punct:
            return False
        if function_words(lang).get(doc[k].lower_) == "prep":
            return k == start or doc[k - 1].text == ","
    return False


def setting_start(doc: Doc, start: int, end: int, lang: str) -> int | None:
    """Where a setting phrase between a named subject and its verb starts ("dalam pernyataan
    tertulis", "melalui akun resminya", "saat dihubungi kemarin"): a setting preposition, or
    a when-word and a passive verb, after a name (and its comma), then up to five words with
    no active verb or punctuation but commas."""
    for p in range(end - 2, max(start, end - 7), -1):
        asked = doc[p].lower_ in word_set(lang, "inserted_whiles") and (
            (doc[p + 1].lower_.startswith("di") and is_verb(doc[p + 1], lang)) or
            doc[p + 1].lower_ in gatherings(lang))  # "seusai sidang"
        named = doc[p - 2 if doc[p - 1].text == "," and p - 2 >= start else p - 1]
        if (doc[p].lower_ in word_set(lang, "setting_preps") or asked) and doc[p].is_lower and (
                named.is_title or named.is_upper or named.ent_type_):
            between = doc[p + 1 : end]
            if not any((t.is_punct and t.text != ",") or active_shape(t.lower_)
                       for t in between):
                return named.i + 1
    return None


def own_subject(doc: Doc, i: int, end: int) -> bool:
    """Whether a relative clause opens with its own subject, a possessed noun ("Gandhi, yang
    partainya memerintah India"), so "yang" does not stand for the subject of its verb."""
    return i < end and doc[i].lower_.endswith("nya") and doc[i].pos_ in ("NOUN", "PROPN")


def place_phrase(span: Span, lang: str) -> bool:
    """Whether a span is lower-case words then one place name that ends it, a direction word
    aside ("depan Istana Negara", "Jakarta", "Lebanon selatan"; not "Brussels Eurocontrol",
    "pengasingan dan para pegiat")."""
    while len(span) > 1 and span[-1].is_lower and \
            span[-1].lower_ in words_with_role(lang, "compass"):
        span = span[:-1]
    named = [t for t in span if t.ent_type_]
    return bool(named) and named[-1].i == span.end - 1 and \
        sum(t.ent_iob_ == "B" for t in named) == 1 and \
        all(t.ent_type_ in ("LOC", "GPE") for t in named) and \
        all(t.is_lower for t in span if not t.ent_type_) and \
        all(not t.ent_type_ for t in span[: len(span) - len(named)])


def locates_name(doc: Doc, start: int, i: int, end: int) -> bool:
    """Whether a "di"/"ke" at ``i`` places the name before it and runs to the end of the subject
    without a comma or a conjunction ("Pasukan Rusia di Ukraina", not "Kelompok Uighur di
    pengasingan dan para pegiat")."""
    before = doc[i - 1] if i > start else None
    return before is not None and before.ent_type_ != "" and not any(
        t.text == "," or t.pos_ == "CCONJ" for t in doc[i + 1 : end])


def unnamed_role(span: Span, lang: str) -> bool:
    """Whether a span is a role named by no name, a title word and lower-case words
    ("Koordinator aksi", "Ketua umum")."""
    return 0 < len(span) <= 3 and span[0].lower_ in title_words(lang) and \
        all(t.is_lower for t in span[1:])


def locates_collective(doc: Doc, start: int, i: int, lang: str) -> bool:
    """Whether a "di"/"dari" at ``i`` locates a collective or counted subject just before it,
    with no verb between ("tujuh negara di Afrika Timur", "para petani di Jawa", not "mahasiswa
    berunjuk rasa di depan Istana")."""
    if doc[i].lower_ not in word_set(lang, "locating"):
        return False
    before = list(doc[max(start, i - 3) : i])
    verbs = [k for k, t in enumerate(before) if is_verb(t, lang)]
    before = before[verbs[-1] + 1 :] if verbs else before
    return any(t.pos_ == "NUM" or t.lower_ in collectives(lang) or
               (t.lower_.count("-") == 1 and len(set(t.lower_.split("-"))) == 1) for t in before)


def relative_start(doc: Doc, start: int, verb: int, lang: str) -> int | None:
    """The relativizer opening the clause a verb closes, a few lower-case words before it
    ("pejabat [yang] enggan disebut namanya mengatakan", "massa [yang] membakar ban dan berupaya
    merobohkan pagar ... dibubarkan"), or None."""
    relative = word_set(lang, "relativizers")
    for y in range(verb - 1, max(start, verb - RELATIVE_REACH - 1) - 1, -1):
        if doc[y].lower_ in relative and doc[y + 1].lower_ not in word_set(lang, "set_relatives"):
            return y if y > start else None
        if not doc[y].is_lower:
            return None
    return None


def insertions_end(doc: Doc, start: int, comma: int, lang: str) -> int | None:
    """Where a subject ends before a comma that closes one or more things set beside it, one
    after the other ("X, seperti dilansir AFP, Kamis (24/7), menyebut"); see insertion_end."""
    end = insertion_end(doc, start, comma, lang)
    while end is not None and end != comma and doc[end].text == ",":
        earlier = insertion_end(doc, start, end, lang)
        if earlier is None:
            break
        comma, end = end, earlier
    return end


def insertion_end(doc: Doc, start: int, comma: int, lang: str) -> int | None:
    """Where a subject ends when a comma before its verb closes something set beside it: a
    coordination or a name (with the one it goes by), kept ("tujuh negara, serta Kanada dan
    Inggris, mendukung"; "Presiden Brasil, Jair Bolsonaro, meminta"; "Pemimpin RSF, Mohamed
    Hamdan Dagalo atau Hemedti, menulis"), or a discourse adverbial, left out ("Kementerian X,
    sementara itu, mengatakan"), a relative clause or a prepositional phrase, left out
    ("Beshir, yang bertemu Richardson, menyetujui"; "Abbas, di Kairo, mendesak"); None if it
    closes nothing of the kind."""
    conj = words_with_role(lang, "conj")
    opener = next((t.i for t in reversed(doc[max(start, comma - 20) : comma]) if t.text == ","),
                  None)
    if opener is not None and opener > start and (
            doc[opener + 1].lower_ in word_set(lang, "relativizers") or
            function_words(lang).get(doc[opener + 1].lower_) == "prep"):
        return opener
    window = doc[max(start, comma - 10) : comma]
    for t in window:
        if t.text != "," or t.i + 1 >= comma or t.i == start:
            continue
        inside = doc[t.i + 1 : comma]
        if inserted_adverbial(inside, lang):
            return t.i
        if doc[t.i + 1].lower_ in conj or (name_token(inside[-1], lang) and all(
                name_token(w, lang) or w.lower_ in word_set(lang, "alias_joints")
                for w in inside)):  # "Presiden Brasil, Jair Bolsonaro,", "X atau Hemedti,"
            return comma
    return None


def name_token(tok: Token, lang: str) -> bool:
    """Whether a token can be part of a name: capitalised, upper case, a hyphen, an Arabic
    article or a patronymic joint ("Khaled al-Maqtari", "Faisal bin Farhan")."""
    return tok.is_title or tok.is_upper or tok.text == "-" or \
        tok.lower_ in word_set(lang, "name_articles") | word_set(lang, "name_joints")


def inserted_adverbial(words: Span, lang: str) -> bool:
    """Whether words set off by commas are discourse adverbials, times or a media citation, one
    or several ("Kementerian X, sementara itu, mengatakan"; "X, Kamis (4/7/2024), menyatakan";
    "X, seperti dilansir AFP, Kamis (24/7), menyebut"), or an adverbial clause with the place
    and time of its setting ("X, saat ditemui di kantornya, Jakarta, Selasa malam, membantah")."""
    parts = [p for p in split_at_commas(words) if len(p)]
    if parts and len(parts[0]) > 1 and parts[0][0].lower_ in word_set(lang, "adverbial_openers"):
        return True
    return bool(parts) and all(
        p.text.lower() in word_set(lang, "inserted") or citation(p, lang) or (
            len(p) == 1 and p[0].lower_ in words_with_role(lang, "adv") |
            words_with_role(lang, "open")) or all(is_temporal(t, lang) for t in p)
        for p in parts)


def split_at_commas(words: Span) -> list[Span]:
    """The parts of a span between its commas."""
    cuts = [words.start - 1, *(t.i for t in words if t.text == ","), words.end]
    return [words.doc[a + 1 : b] for a, b in pairwise(cuts)]


def citation(words: Span, lang: str) -> bool:
    """Whether words cite a medium ("seperti dilansir AFP", "mengutip Reuters")."""
    report = time_forms(lang, "report")
    first = 1 if len(words) > 1 and words[0].lower_ in word_set(lang, "citation_openers") else 0
    return len(words) > first + 1 and words[first].lower_ in report


def field_joint(doc: Doc, j: int, lang: str) -> bool:
    """Whether a comma or conjunction at j lists one field of a role after another
    ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"), not a second role or name."""
    before = j - 2 if j > 1 and doc[j - 1].text == "," else j - 1
    joint = doc[j].text == "," or doc[j].lower_ in word_set(lang, "list_conjunctions")
    return joint and 0 < j < len(doc) - 1 and doc[before].lower_ in title_words(lang) and \
        doc[j + 1].lower_ not in titles(lang) and (
            doc[j + 1].lower_ in title_words(lang) or
            doc[j + 1].lower_ in word_set(lang, "list_conjunctions"))


def split_conjuncts(region: Span, lang: str) -> list[Span]:
    """Parts of a coordinated noun phrase (A, B, dan C); commas alone mark an apposition
    ("Presiden Brasil, Jair Bolsonaro") and do not split, nor does "atau" naming one thing
    twice, nor the listed fields of one role; a counterpart set before its name is that name
    ("X dan mitranya dari Y, [Z]")."""
    conj = words_with_role(lang, "conj") - alternatives(lang)
    listed = any(tok.lower_ in conj for tok in region)
    parts, begin = [], region.start
    counterparts = word_set(lang, "counterparts")
    for tok in region:
        if tok.text == "," and region.doc[begin].lower_ in counterparts:
            begin = tok.i + 1  # "mitranya dari Azerbaijan, [X]": the counterpart is X
            continue
        if ((tok.text == "," and listed) or tok.lower_ in conj) and \
                not field_joint(region.doc, tok.i, lang):
            if tok.i > begin:
                parts.append(region.doc[begin : tok.i])
            begin = tok.i + 1
    if begin < region.end:
        parts.append(region.doc[begin : region.end])
    return parts


def opener_end(doc: Doc, sent: Span, lang: str) -> int:
    """The first token of a sentence after discourse openers ("Sebelumnya,", "Namun",
    "Adapun", "Sementara itu,")."""
    fw, openers = function_words(lang), ("open", "stop", "adv", "conj")
    i = sent.start
    while i < sent.end and (fw.get(doc[i].lower_) in openers or doc[i].text == "," or (
            fw.get(doc[i].lower_) == "det" and i > sent.start and
            fw.get(doc[i - 1].lower_) in openers)):
        i += 1
    return i
