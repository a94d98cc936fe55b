"""Salience: the subjects of sentences, noted in text order so that pronouns can find them."""

from __future__ import annotations

from graph.extract.clauses import is_verb, np_after, opener_end, skip_adverbs
from graph.extract.context import Context
from graph.extract.coref import collective_np, pronoun_of, resolve
from graph.extract.lexicon import words_with_role

GAP = 12


def verb_follows(ctx: Context, i: int, end: int) -> bool:
    """Whether a verb comes next, after adverbs, prepositional and time phrases but no clause
    word ("Para petani di Jawa pada Senin (3/5) kembali berunjuk rasa")."""
    doc, stops = ctx.doc, words_with_role(ctx.lang, "stop") | words_with_role(ctx.lang, "cond")
    i = skip_adverbs(doc, i, ctx.lang)
    end = min(end, i + GAP)
    while i < end and not is_verb(doc[i], ctx.lang):
        if (doc[i].is_punct and doc[i].text not in ",()/") or doc[i].lower_ in stops:
            return False
        i += 1
    return i < end


def note_subjects(ctx: Context) -> None:
    """Note each sentence's opening noun phrase when a verb follows it (its subject)."""
    doc, lang = ctx.doc, ctx.lang
    for si in range(len(ctx.sents)):
        sent = ctx.sent_span(si)
        if sent is None:
            continue
        np = np_after(doc, opener_end(doc, sent, lang), sent.end, lang)
        if not len(np) or pronoun_of(np, lang) or not verb_follows(ctx, np.end, sent.end):
            continue
        key = resolve(ctx, np, create=collective_np(np, lang) is not None)
        if key:
            ctx.note(key, np.start_char)
