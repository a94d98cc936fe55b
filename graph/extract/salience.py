"""Salience: the subjects of sentences, noted in text order so that pronouns can find them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.actors import is_title_word
from graph.extract.clauses import is_verb, np_after, opener_end, skip_adverbs, verbal_opener
from graph.extract.context import Context
from graph.extract.coref import collective_np, pronoun_of, resolve
from graph.extract.lexicon import function_words, org_words, word_set, words_with_role
from graph.extract.morph import analyses
from graph.records import ActorType

GAP = 12


def verb_follows(ctx: Context, i: int, end: int) -> bool:
    """Whether a verb comes next, after a relative clause set off by commas, adverbs,
    prepositional and time phrases but no clause word ("Para petani di Jawa pada Senin (3/5)
    kembali berunjuk rasa")."""
    doc, stops = ctx.doc, words_with_role(ctx.lang, "stop") | words_with_role(ctx.lang, "cond")
    i = skip_adverbs(doc, relative_end(ctx, i, end), ctx.lang)
    end = min(end, i + GAP)
    while i < end and not is_verb(doc[i], ctx.lang):
        if (doc[i].is_punct and doc[i].text not in ",()/") or doc[i].lower_ in stops:
            return False
        i += 1
    return i < end




def relative_end(ctx: Context, i: int, end: int) -> int:
    """Past a relative clause set off by commas after a subject ("X, yang memimpin delegasi
    Moskow, membantah ..."), or up to the verb after one without commas ("Ratusan buruh yang
    tergabung dalam KSPI berunjuk rasa"), else ``i``."""
    doc = ctx.doc
    relative = word_set(ctx.lang, "relativizers")
    if i + 2 < end and doc[i].lower_ in relative and is_verb(doc[i + 1], ctx.lang):
        return next((t.i for t in doc[i + 2 : min(end, i + GAP)] if is_verb(t, ctx.lang)), i)
    if i + 1 >= end or doc[i].text != "," or doc[i + 1].lower_ not in relative:
        return i
    comma = next((t.i for t in doc[i + 2 : end] if t.text == "," or t.is_sent_end), None)
    return comma + 1 if comma is not None and doc[comma].text == "," else i


def opens_verbally(ctx: Context, tok: Token) -> bool:
    """Whether a capitalised sentence-initial word is a prefixed verb that names no actor."""
    return verbal_opener(tok, ctx.lang) and ctx.actor_at(tok.idx, tok.idx + len(tok)) is None


def fronted_end(ctx: Context, i: int, end: int) -> int:
    """Where the subject starts after a fronted verbal, prepositional or time phrase and its
    comma ("Menghadapi serangan itu, Sri Mulyani ...", "Pada Selasa (28/1) pagi, X ...", "Tak
    lama setelah putusan dibacakan, X ..."), else ``i``."""
    doc = ctx.doc
    timed = any(t.lower_ in word_set(ctx.lang, "time_clause_openers") for t in doc[i : i + 3])
    if i >= end or not (is_verb(doc[i], ctx.lang) or opens_verbally(ctx, doc[i]) or timed or
                        function_words(ctx.lang).get(doc[i].lower_) == "prep"):
        return i
    comma = next((t.i for t in doc[i + 1 : min(end, i + 10)]
                  if t.is_punct and t.text not in "()/"), None)
    return comma + 1 if comma is not None and doc[comma].text == "," else i


def served_through(ctx: Context, np: Span, end: int) -> Span:
    """A noun phrase run on over the state its role serves, to the name after it ("[Duta Besar
    Israel untuk PBB Gilad Erdan], yang ... menolak")."""
    doc = ctx.doc
    if not len(np) or np.end + 1 >= end or doc[np.end].lower_ not in word_set(
            ctx.lang, "serving_preps") or not is_title_word(np[0].text, ctx.lang):
        return np
    served = np_after(doc, np.end + 1, end, ctx.lang)
    return doc[np.start : served.end] if len(served) else np


def note_subjects(ctx: Context) -> None:
    """Note each sentence's opening noun phrase when a verb follows it (its subject), unless
    the sentence opens with its attribution or a quote."""
    doc, lang = ctx.doc, ctx.lang
    for si in range(len(ctx.sents)):
        sent = ctx.sent_span(si)
        if sent is None:
            continue
        first = opener_end(doc, sent, lang)
        if first < sent.end and doc[first].lower_ in word_set(lang, "according_to"):
            continue  # "Menurut dia, X ...": X is said, not the story's subject
        opening = opening_person(ctx, first)
        if opening is not None:
            ctx.note(opening, doc[first].idx)
            continue
        np = served_through(ctx, np_after(doc, fronted_end(ctx, first, sent.end), sent.end,
                                          lang), sent.end)
        if not len(np) or pronoun_of(np, lang) or not verb_follows(ctx, np.end, sent.end) or \
                ctx.in_quote(np[0]):
            continue  # a quote's subject is the speaker's word, not the story's
        named_body = len(np) > 1 and np[0].lower_ in org_words(lang) and all(
            t.is_title or t.is_upper for t in np)  # "Kantor Perdana Menteri Israel"
        key = resolve(ctx, np, create=collective_np(np, lang) is not None or named_body)
        agent = passive_agent(ctx, np.end, sent.end) if key is None else None
        if key:
            ctx.note(key, np.start_char)
        elif agent is not None:
            ctx.note(*agent)


def opening_person(ctx: Context, i: int) -> str | None:
    """The person whose name with its role opens a sentence, set off by commas or not
    ("Anggota Komisi V DPR dari Fraksi PKS, Andi Syamsul Rijal, justru sependapat ...")."""
    if ctx.in_quote(ctx.doc[i]):
        return None
    start = ctx.doc[i].idx + ctx.offset
    found = [(e, k) for s, e, k in ctx.table.spans
             if s == start and ctx.table.actors[k].type == ActorType.PERSON]
    return max(found)[1] if found else None


def passive_agent(ctx: Context, i: int, end: int) -> tuple[str, int] | None:
    """The agent right after the passive verb of a subject that names no actor, and where it
    stands: who does what the sentence tells ("Aksi tersebut diikuti ribuan mahasiswa")."""
    doc, lang = ctx.doc, ctx.lang
    verb = skip_adverbs(doc, i, lang)
    if verb >= end or not is_verb(doc[verb], lang) or not any(
            a.passive for a in analyses(doc[verb].text)):
        return None
    start = verb + 1 + (verb + 1 < end and doc[verb + 1].lower_ in word_set(lang, "agent_preps"))
    np = np_after(doc, start, end, lang)
    key = resolve(ctx, np, create=collective_np(np, lang) is not None) if len(np) else None
    return (key, np.start_char) if key else None
