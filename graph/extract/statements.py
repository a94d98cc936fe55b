"""Statements: direct quotes with their cue and speaker, indirect speech, menurut X."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from graph.extract.actors import promote_agents
from graph.extract.clauses import (
    QUOTE_MARKS,
    is_temporal,
    is_verb,
    manner_adverbial,
    np_after,
    opener_end,
    past_acronym,
    skip_adverbs,
    subject_region,
)
from graph.extract.context import Context
from graph.extract.coref import (
    by_pronoun,
    collective_np,
    counted_states,
    description_end,
    qualifier_end,
    resolve,
    resolve_all,
)
from graph.extract.lexicon import (
    Cue,
    cues,
    events,
    obligations,
    org_words,
    word_set,
    words_with_role,
)
from graph.extract.morph import Analysis, analyses, lookup, roots
from graph.extract.salience import served_through
from graph.extract.segment import Quote
from graph.records import PLOVER_TYPES, ActorType, QuoteForm, Statement


@dataclass(slots=True)
class Found:
    """A cue token with its reading."""

    tok: Token
    analysis: Analysis
    cue: Cue


def cue_of(tok: Token, lang: str, passive: bool = False) -> Found | None:
    """The reporting cue a token is, in a form its frame allows (di- forms if asked)."""
    if tok.is_title and tok.i > 0 and not tok.is_sent_start and \
            not tok.doc[tok.i - 1].is_space and tok.text != "Menurut":
        return None
    found = lookup(tok.text, cues(lang))
    if not found:
        return None
    analysis, cue = found
    if analysis.prefix and cue.suffix not in ("", analysis.suffix):
        return None
    if cue.frame == "tail":
        if analysis.prefix:
            return None
        cue = replace(cue, frame="inverted")
    bare = analysis.prefix == "" and analysis.suffix == ""
    if bare and cue.frame != "inverted":
        return None
    allowed = ("", "me", "memper", "ber", "di", "diper") if passive else ("", "me", "memper", "ber")
    if analysis.prefix not in allowed or analysis.form == "N":
        return None
    return Found(tok, analysis, cue)


def inverted_at(ctx: Context, i: int) -> Found | None:
    """A cue right after a quote or a comma (", kata X", "tambahnya"), skipping a name."""
    doc = ctx.doc
    if i >= len(doc):
        return None
    found = cue_of(doc[i], ctx.lang) or bare_act(doc[i], ctx.lang)
    if found and (found.analysis.prefix == "" or found.cue.frame == "inverted"):
        return found
    return None


def bare_act(tok: Token, lang: str) -> Found | None:
    """A speech act's bare root right after a quote, said like "kata" ('"...," desak X',
    '"...!" seru X')."""
    found = lookup(tok.text, cues(lang))
    if found is None or found[1].frame != "act" or found[0].prefix or found[0].suffix or \
            not tok.is_lower:
        return None
    return Found(tok, found[0], replace(found[1], frame="inverted"))


def speaker_after(ctx: Context, found: Found, end: int) -> tuple[str | None, int]:
    """The speaker named after an inverted cue (or by its -nya clitic) and where it ends."""
    doc = ctx.doc
    i = found.tok.i + 1
    if found.analysis.clitic == "nya":
        return by_pronoun(ctx, "nya", found.tok.idx), i
    i = skip_adverbs(doc, i, ctx.lang)
    said = words_with_role(ctx.lang, "statement")
    if i < end and doc[i].lower_.endswith("nya") and doc[i].lower_[:-3] in said:
        return by_pronoun(ctx, "nya", doc[i].idx), i + 1  # "tambah pernyataannya"
    if i + 1 < end and doc[i].lower_ in said:
        i += 1  # "bunyi pernyataan kementerian itu": the issuer speaks
        if doc[i].lower_ in words_with_role(ctx.lang, "det"):
            return by_pronoun(ctx, "nya", doc[i].idx), i + 1  # "demikian pernyataan itu"
    named = mention_at(ctx, i, end)
    if named is not None:  # "kata X [di Jakarta] kepada wartawan"
        return named[0], min(end, located_end(ctx, doc[i : named[1]]))
    np = served_through(ctx, np_after(doc, i, end, ctx.lang), end)
    closing = max(description_end(np, ctx.lang), located_end(ctx, np))
    return (resolve(ctx, np) if len(np) else None), min(end, closing)


def located_end(ctx: Context, np: Span) -> int:
    """Where a speaker's noun phrase ends with the place that locates it ("seorang warga [di
    Khartoum utara]"), not with the phrase of its addressee ("di hadapan Dewan Keamanan")."""
    doc, j = ctx.doc, np.end
    if j + 1 < len(doc) and f"{doc[j].lower_} {doc[j + 1].lower_}" in \
            word_set(ctx.lang, "address_preps"):
        return j
    return qualifier_end(np, ctx.lang, word_set(ctx.lang, "locating"))


def mention_at(ctx: Context, i: int, end: int) -> tuple[str, int] | None:
    """The actor whose name starts at a token, and the token after it (a name the noun-phrase
    reading would cut: "Muhammed el-Sebai", "Kementerian Ekonomi, Perdagangan, dan Industri")."""
    if i >= end:
        return None
    start = ctx.doc[i].idx + ctx.offset
    found = [(e, k) for s, e, k in ctx.table.spans if s == start]
    if not found:
        return None
    stop, key = max(found)
    after = next((t.i for t in ctx.doc[i:end] if t.idx + ctx.offset >= stop), end)
    return key, after


def addressee_after(ctx: Context, i: int, end: int) -> tuple[str | None, str | None, int]:
    """(recipient key, literal addressee, next index) for "kepada X" at or near a token."""
    doc = ctx.doc
    i = skip_adverbs(doc, i, ctx.lang)
    address = word_set(ctx.lang, "address_preps")
    if i + 1 < end and doc[i].text == ",":
        j = next((t.i for t in doc[i + 1 : min(end - 1, i + 10)] if t.text == "," or
                  is_verb(t, ctx.lang) or t.text in QUOTE_MARKS), None)  # "X, tokoh adat Y,"
        if j is not None and doc[j].text == "," and doc[j + 1].lower_ in address:
            i = j
    if i + 1 < end and doc[i].text == "," and doc[i + 1].lower_ in address:
        i += 1
    phrase = i + 1 < end and f"{doc[i].lower_} {doc[i + 1].lower_}" in address
    i += phrase  # "di hadapan Dewan Keamanan PBB"
    if i < end and (phrase or doc[i].lower_ in address):
        np = np_after(doc, i + 1, end, ctx.lang)
        if len(np):
            key = resolve(ctx, np, create=False)
            if key:
                return key, None, np.end
            comma = next((t.i for t in np if t.text == ","), np.end)
            words = [t.text for t in doc[np.start : comma]
                     if t.lower_ not in words_with_role(ctx.lang, "det")]
            return None, " ".join(words) or None, comma
    return None, None, i


def fronted_address(ctx: Context, sent: Span, cue: Token) -> tuple[str | None, str | None]:
    """(recipient key, literal addressee) of a sentence opened by whom it is said to
    ("Berbicara kepada wartawan, X menyebut ...", "Kepada wartawan, X mengatakan ...")."""
    doc, i, address = ctx.doc, sent.start, word_set(ctx.lang, "address_preps")
    if i + 1 < cue.i and doc[i].pos_ == "VERB" and doc[i + 1].lower_ in address:
        i += 1
    comma = next((t.i for t in doc[i : cue.i] if t.text == ","), None)
    if comma is None or doc[i].lower_ not in address:
        return None, None
    recipient, literal, _ = addressee_after(ctx, i, comma)
    return recipient, literal


def sentence_bounds(ctx: Context, tok: Token) -> tuple[int, int]:
    """Token bounds of the sentence holding a token."""
    span = ctx.sent_span(ctx.sent_index(tok.idx))
    return span.start, span.end


def evidence(ctx: Context, start: int, end: int):
    """The article span of the sentences covering body offsets."""
    first, last = ctx.sent_index(start), ctx.sent_index(max(start, end - 1))
    return ctx.span(ctx.sents[first][0], ctx.sents[last][1])


def content_span(ctx: Context, start: int, end: int):
    """An article span from body offsets, trimmed of spaces, commas and outer marks."""
    text = ctx.text
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:" or (
            text[end - 1] in QUOTE_MARKS and sum(text[start:end].count(q) for q in QUOTE_MARKS)
            % 2 == 1)):
        end -= 1  # a mark left unpaired closes the quote after it ("invasi.\"Itu ...")
    return ctx.span(start, end)


def direct_statements(ctx: Context) -> list[Statement]:
    """One statement per attributed quote segment; an unattributed quote continues the last."""
    out: list[Statement] = []
    doc, lang = ctx.doc, ctx.lang
    last: Statement | None = None
    for q in ctx.quotes:
        text = ctx.text[q.start : q.end]
        if len(text.split()) >= 3 and resumed(ctx, last, q):
            last = continued(ctx, last, q)
            out.append(last)
            continue
        if len(text.split()) < 2 or not starts_clause(ctx, q.outer[0]):
            continue
        after = doc.char_span(q.outer[1], len(ctx.text), alignment_mode="expand")
        i = after.start if after is not None else len(doc)
        while i < len(doc) and (doc[i].text in QUOTE_MARKS or doc[i].text in ",."):
            i += 1
        _, s_end = sentence_bounds(ctx, doc[min(i, len(doc) - 1)])
        found = inverted_at(ctx, i)
        if len(text.split()) < 3 and found is None:
            continue  # two words are a quote only before their cue ('"Kami menolak," kata X')
        speaker, recipient, literal, cue_tok = None, None, None, None
        if found is None and i + 1 < len(doc) and doc[i].is_title:
            np = np_after(doc, i, s_end, lang)
            if np.end < len(doc) and (inverted_at(ctx, np.end) or is_verb(doc[np.end], lang)):
                speaker, cue_tok = resolve(ctx, np), doc[np.end]
        if found is not None:
            speaker, j = speaker_after(ctx, found, s_end)
            if found.analysis.clitic == "nya" and follows(ctx, last, q):
                speaker = last.speaker
            recipient, literal, _ = addressee_after(ctx, j, s_end)
            cue_tok = found.tok
        if speaker is None and cue_tok is None:
            introduced = ctx.text[: q.outer[0]].rstrip().endswith(":")
            if last is not None and not introduced and ctx.sent_index(q.start) - ctx.sent_index(
                    last.content.start - ctx.offset) <= 2:
                stmt = continued(ctx, last, q)
                out.append(stmt)
                last = stmt
            continue
        if speaker is None:
            continue
        ctx.note(speaker, cue_tok.idx)
        stmt = Statement(
            speaker=speaker,
            content=content_span(ctx, q.start, q.end),
            cue=ctx.span(cue_tok.idx, cue_tok.idx + len(cue_tok)),
            form=QuoteForm.DIRECT,
            evidence=evidence(ctx, q.outer[0], cue_tok.idx + len(cue_tok)),
            recipient=recipient,
            addressee=literal,
        )
        out.append(stmt)
        last = stmt
    return out


def resumed(ctx: Context, last: Statement | None, q: Quote) -> bool:
    """Whether a quote resumes the one before it after its cue and a comma, in one sentence
    ('"...," ujar X dalam pidato video, "..."')."""
    if last is None or last.form != QuoteForm.DIRECT:
        return False
    cue = last.cue.start - ctx.offset
    return last.content.end - ctx.offset <= cue < q.outer[0] and \
        ctx.text[: q.outer[0]].rstrip().endswith(",") and \
        ctx.sent_index(cue) == ctx.sent_index(q.outer[0])


def follows(ctx: Context, last: Statement | None, q: Quote) -> bool:
    """Whether a quote comes in the sentence right after the previous quote's (its "-nya" cue
    then refers to that quote's speaker, an organisation too: '"...," kata Kementerian X.
    "...," ucapnya.')."""
    return last is not None and last.form == QuoteForm.DIRECT and \
        ctx.sent_index(q.start) - ctx.sent_index(last.evidence.end - 1 - ctx.offset) <= 1


def continued(ctx: Context, last: Statement, q) -> Statement:
    """A quote with no cue of its own: the previous speaker and cue go on."""
    return Statement(
        speaker=last.speaker,
        content=content_span(ctx, q.start, q.end),
        cue=last.cue,
        form=QuoteForm.DIRECT,
        evidence=evidence(ctx, q.outer[0], q.outer[1]),
        recipient=last.recipient,
        addressee=last.addressee,
    )


def starts_clause(ctx: Context, char: int) -> bool:
    """Whether a quote opens a sentence or follows a colon or a cue and comma."""
    before = ctx.text[:char].rstrip()
    return not before or before[-1] in ".!?:\n\"”" or ctx.sents[ctx.sent_index(char)][0] >= char


def complement_ok(ctx: Context, i: int, end: int, frame: str, denial: bool = False) -> bool:
    """Whether what follows a cue is a clause (bahwa/agar, or a subject and a verb; a bare verb
    phrase after a denial: "membantah terlibat dalam serangan itu"), not a relative clause
    ("melaporkan pada hari Kamis, yang menghubungkan ...")."""
    doc = ctx.doc
    if frame == "judge":
        return characterised(ctx, i, end) or refused_claim(ctx, i)
    if i >= end or doc[i].lower_ in word_set(ctx.lang, "relativizers") or \
            referring_object(ctx, i, end):
        return False
    if doc[i].lower_ in word_set(ctx.lang, "clause_markers") or doc[i].text == ":":
        return True
    if denial and end - i > 2 and is_verb(doc[i], ctx.lang):
        return True
    if frame == "act":
        if characterised(ctx, i, end):
            return True
        np = np_after(doc, i, end, ctx.lang)
        k = skip_adverbs(doc, past_acronym(doc, np.end, end), ctx.lang)
        k = skip_adverbs(doc, past_time(doc, k, end, ctx.lang), ctx.lang)
        k = past_modifying_phrases(ctx, k, end)  # "membantah putusan [soal X] dibuat ..."
        negators = words_with_role(ctx.lang, "neg")
        if k + 1 < end and doc[k].lower_ in negators and (  # not "meminta namanya tidak ..."
                collective_np(np, ctx.lang) is not None or np[0].lower_ in org_words(ctx.lang)
                or ctx.actors_within(np.start_char, np.end_char)):
            return True  # "meminta publik [tidak lagi] ...", "kementerian tidak alergi"
        if k + 2 < end and manner_adverbial(doc, k, ctx.lang):
            k += 2  # "menuduh militer Israel dengan sengaja menembaki"
        if k < end and doc[k].lower_ in word_set(ctx.lang, "relativizers"):
            k = next((t.i for t in doc[k : min(end, k + 6)]  # "pihak yang bertikai untuk"
                      if t.lower_ in word_set(ctx.lang, "directive_markers") or (
                          t.lower_ in negators and t.i + 1 < end and
                          is_verb(doc[t.i + 1], ctx.lang))), k)
            if doc[k].lower_ in negators:
                return True  # "meminta pemerintah daerah yang ... tidak berlindung"
        coordinated = len(np) > 0 and np[-1].lower_ in words_with_role(ctx.lang, "conj")
        if not len(np) or k >= end or coordinated:
            return False
        if doc[k].lower_ in word_set(ctx.lang, "directive_markers"):
            return collective_np(np, ctx.lang) is not None or resolve(ctx, np) is not None
        return is_verb(doc[k], ctx.lang) or doc[k].lower_ in word_set(ctx.lang, "clause_markers")
    if frame == "verb" or (frame == "inverted" and doc[i].lower_ in word_set(
            ctx.lang, "act_nouns")):  # "mengucapkan selamat kepada X"
        return not event_np(ctx, i, end) and not bare_object(ctx, i, end)
    return True


def bare_object(ctx: Context, i: int, end: int) -> bool:
    """Whether all a cue is followed by is a short noun phrase, no clause ("menyatakan
    [pikir-pikir].", "menyampaikan [hal serupa]."): what was said is not told."""
    np = np_after(ctx.doc, i, end, ctx.lang)
    rest = [t for t in ctx.doc[np.end : end] if not t.is_punct]
    return 0 < len(np) <= 3 and not rest and not any(is_verb(t, ctx.lang) for t in np)


def past_modifying_phrases(ctx: Context, k: int, end: int) -> int:
    """Where an object goes on past the prepositional phrases that qualify it ("putusan [soal
    batas usia calon presiden] dibuat ..."), when a verb follows them."""
    doc, j = ctx.doc, k
    while j < end and doc[j].lower_ in words_with_role(ctx.lang, "prep") and \
            doc[j].lower_ not in word_set(ctx.lang, "clause_markers"):
        phrase = np_after(doc, j + 1, end, ctx.lang)
        if not len(phrase):
            break
        j = phrase.end
    acting = j < end and is_verb(doc[j], ctx.lang) and any(
        a.passive or a.prefix == "me" for a in analyses(doc[j].text))  # not "negara berkembang"
    return j if j > k and acting else k


def referring_object(ctx: Context, i: int, end: int) -> bool:
    """Whether a cue's object is only a noun phrase that refers back to what was said, with a
    setting after it ("menyampaikan hal itu saat bertemu X"), not a clause, nor people who are
    its subject ("memastikan kedua prajurit itu dalam kondisi stabil")."""
    doc = ctx.doc
    np = np_after(doc, i, end, ctx.lang)
    k = np.end
    return len(np) >= 2 and np[-1].lower_ in words_with_role(ctx.lang, "det") and \
        not is_verb(np[0], ctx.lang) and collective_np(np, ctx.lang) is None and (
        k >= end or doc[k].text in ",." or doc[k].lower_ in word_set(ctx.lang, "settings") |
        words_with_role(ctx.lang, "prep")) and not characterised(ctx, i, end)


def refused_claim(ctx: Context, i: int) -> bool:
    """Whether a refusal's clause is the claim it refuses ("menolak tudingan [bahwa] X ..."):
    what is denied."""
    doc, that = ctx.doc, word_set(ctx.lang, "complementizers")
    j = i if i < len(doc) and doc[i].lower_ in that else i - 1
    return 0 < j < len(doc) and doc[j].lower_ in that and \
        doc[j - 1].lower_ in word_set(ctx.lang, "claim_nouns")


def characterised(ctx: Context, i: int, end: int) -> bool:
    """Whether a speech act's object is characterised in the speaker's words ("mengecam
    serangan itu sebagai \"pelanggaran ...\"", "mengutuk apa yang mereka sebut sebagai
    bombardir ..."): "sebagai" and a predicate before any verb or comma of the clause."""
    doc = ctx.doc
    relative = i + 1 < end and doc[i].lower_ in word_set(ctx.lang, "free_relatives") and \
        doc[i + 1].lower_ in word_set(ctx.lang, "relativizers")
    for j in range(i + 2 * relative, min(end - 1, i + 15)):
        if doc[j].lower_ in word_set(ctx.lang, "characterising"):
            return j > i
        if doc[j].text in ",.;" or (is_verb(doc[j], ctx.lang) and not relative):
            return False
    return False


def event_noun(tok: Token, lang: str) -> bool:
    """Whether a word is an event noun of the lexicon ("kecaman", "penolakan", "protes")."""
    return any((a.form == "N" or not a.prefix) and any(
        e.type in PLOVER_TYPES and a.form and a.form in e.form
        for e in events(lang).get(a.root, ())) for a in analyses(tok.text))


def event_np(ctx: Context, i: int, end: int) -> bool:
    """Whether a cue's object is only a noun phrase naming an event ("menyampaikan kecaman
    kepada X") or an act of saying with no clause or quote of what was said ("menyampaikan
    pendapat berbeda"): an event, not a statement."""
    doc = ctx.doc
    if doc[i].lower_ in word_set(ctx.lang, "act_nouns"):
        return not any(t.lower_ in word_set(ctx.lang, "clause_markers") or t.text in ":" or
                       t.text in QUOTE_MARKS for t in doc[i:end])
    if not event_noun(doc[i], ctx.lang):
        return False
    k = skip_adverbs(doc, np_after(doc, i, end, ctx.lang).end, ctx.lang)
    return k >= end or doc[k].is_punct or doc[k].lower_ in words_with_role(ctx.lang, "prep")


def clause_start(ctx: Context, i: int, end: int) -> int:
    """Where a reported clause starts after the cue's setting: a later bahwa ("mengatakan dalam
    sebuah pernyataan pada hari Selasa bahwa ..."), or past a time and comma ("mengatakan
    Kamis, ...")."""
    doc, lang = ctx.doc, ctx.lang
    for k in range(i, min(end, i + 12)):
        if doc[k].lower_ in word_set(ctx.lang, "complementizers"):
            return k
        if (is_verb(doc[k], lang) and not is_temporal(doc[k], lang)) or \
                doc[k].text in QUOTE_MARKS or doc[k].lower_ in word_set(ctx.lang, "clause_markers"):
            break
    j = past_time(doc, i, end, lang)
    return j + 1 if i < j < end and doc[j].text == "," else i


def past_time(doc: Doc, i: int, end: int, lang: str) -> int:
    """The index after a time phrase starting at i ("pada hari Selasa lalu itu"), or i."""
    j = i
    while j < end and (is_temporal(doc[j], lang) or
                       doc[j].lower_ in word_set(lang, "date_preps") or (
            j > i and doc[j].lower_ in words_with_role(lang, "det"))):
        j += 1
    return j


def content_end(ctx: Context, i: int, end: int) -> int:
    """The token index where a reported clause ends: sentence end, a new cue or source, the
    narrator's contrast (", namun ...") or the day closing the sentence (", Senin (3/6).")."""
    doc = ctx.doc
    for j in range(i + 1, end):
        tok = doc[j]
        prev = doc[j - 1]
        if prev.text == "," and tok.lower_ in word_set(ctx.lang, "attribution_tails"):
            return j - 1
        listed = prev.lower_ in word_set(ctx.lang, "list_conjunctions") | {","}
        found = cue_of(tok, ctx.lang) if listed else None
        if found and not ctx.in_quote(tok) and (prev.text == "," or found.analysis.prefix):
            return j - 1  # not "cepat dan tegas"
        if (prev.text == "," and tok.lower_ in word_set(ctx.lang, "contrasts")) or tok.text == ";":
            return j - 1 if prev.text == "," else j
        if prev.text == "," and j > i + 1 and apposed_charge(ctx, j, end):
            return j - 1
        if prev.text == "," and j > i + 1 and is_temporal(tok, ctx.lang) and \
                past_time(doc, j, end, ctx.lang) >= end - 1:
            return j - 1  # "..., Minggu (20/10) malam.": when it was said
    return end


def apposed_charge(ctx: Context, j: int, end: int) -> bool:
    """Whether the narrator names what was said as a charge set beside it (", tuduhan yang
    dibantah Beijing"): the reported clause ends before it."""
    doc = ctx.doc
    return j + 1 < end and doc[j + 1].lower_ in word_set(ctx.lang, "relativizers") and any(
        e.type == "ACCUSE" and a.form == "N"
        for a in analyses(doc[j].text) for e in events(ctx.lang).get(a.root, ()))


def quote_opening(ctx: Context, i: int, end: int) -> Quote | None:
    """The quote a reported clause consists of ('Ia menambahkan, "..."'), not one that only
    opens it ('mengatakan "tidak ada kesepakatan" pada ...')."""
    doc = ctx.doc
    while i < end and doc[i].text == ",":
        i += 1
    if i + 1 >= end or doc[i].text not in QUOTE_MARKS:
        return None
    quote = ctx.quote_at(doc[i + 1].idx)
    rest = [t for t in doc[i + 1 : end] if quote is not None and t.idx >= quote.end]
    return quote if quote is not None and all(t.is_punct for t in rest) else None


def indirect_statements(ctx: Context, taken: set[int]) -> list[Statement]:
    """Reported speech: "X mengatakan (bahwa) ...", act cues with a clause, "menurut X, ..."."""
    out: list[Statement] = []
    doc, lang = ctx.doc, ctx.lang
    for si in range(len(ctx.sents)):
        sent = ctx.sent_span(si)
        if sent is None:
            continue
        subject_keys: list[str] = []
        for tok in sent:
            if tok.i in taken or ctx.in_quote(tok):
                continue
            if tok.lower_ in word_set(ctx.lang, "according_to"):
                out += attributed(ctx, tok, sent)
                continue
            found = cue_of(tok, lang)
            if tok.i > sent.start and (doc[tok.i - 1].lower_ in word_set(ctx.lang, "purpose") or
                                       doc[tok.i - 1].lower_ in obligations(lang)):
                continue  # "untuk memastikan", "MK semestinya memerintahkan": nothing said
            if found is not None and found.analysis.prefix == "" and tok.i > sent.start + 1 and \
                    (doc[tok.i - 1].text == "," or (doc[tok.i - 1].text in QUOTE_MARKS and
                                                    doc[tok.i - 2].text == ",")) and \
                    inverted_at(ctx, tok.i) is not None:
                out += tail_attributed(ctx, found, sent)
                continue
            if tok.i > sent.start and doc[tok.i - 1].lower_ in word_set(ctx.lang, "relativizers"):
                out += characterised_by(ctx, tok, sent)
            opens = all(t.is_space for t in doc[sent.start : tok.i])
            passive = cue_of(tok, lang, passive=True) if opens else None
            if passive is not None and passive.analysis.prefix == "di":
                out += attribution_first(ctx, tok, sent)
                continue
            if found is None or (found.analysis.prefix not in ("me", "memper", "ber") and not (
                    found.cue.frame == "inverted" and tok.i == sent.start)):
                continue
            coordinated = tok.i > sent.start and \
                doc[tok.i - 1].lower_ in word_set(ctx.lang, "coordinators")
            first = next((t for t in doc[sent.start : tok.i] if is_verb(t, lang)), None) \
                if coordinated else None
            shared = speakers_before(ctx, sent, first) if first is not None \
                else []  # "X mengapresiasi Y dan menyebut ...": X speaks
            adverbial = tok.i > sent.start and \
                doc[tok.i - 1].lower_ in word_set(ctx.lang, "adverbial_openers")
            keys = relayed_source(ctx, sent, tok) or relative_head(ctx, tok) or \
                ((coordinated or adverbial) and (subject_keys or shared)) or \
                speakers_before(ctx, sent, tok) or subject_keys  # "..., meski menilai ..."
            if not keys or not promote_agents(ctx.table, keys, ctx.doc, ctx.offset) or \
                    asked_to(ctx, sent, tok) or deemed(ctx, tok):
                continue
            subject_keys = keys
            negated = found.cue.negated and not (tok.i > 0 and doc[tok.i - 1].lower_ in
                                                 words_with_role(lang, "neg"))
            recipient, literal, i = addressee_after(ctx, tok.i + 1, sent.end)
            if found.cue.frame == "act" and recipient is None and \
                    found.analysis.form != "B" and \
                    not characterised(ctx, i, sent.end):
                obj = np_after(doc, i, sent.end, lang)
                if len(obj) and counted_states(ctx, obj):
                    literal = obj.text  # "mendesak kedua pihak": the parties are the targets
                elif len(obj):
                    recipient = resolve(ctx, obj)
            elif recipient is None and literal is None:
                recipient, i = warned(ctx, i, sent.end)
            if recipient is None and literal is None:
                recipient, literal = fronted_address(ctx, sent, tok)
            i = clause_start(ctx, i, sent.end)
            if doc[i].text == ":" or (doc[i].lower_ in word_set(ctx.lang, "complementizers") and
                                       found.cue.frame != "act"):
                i += 1
            if not complement_ok(ctx, i, sent.end, found.cue.frame, found.cue.negated):
                continue
            negated = negated or (found.cue.frame == "judge" and refused_claim(ctx, i))
            i += doc[i].lower_ in word_set(ctx.lang, "complementizers")
            end = content_end(ctx, i, sent.end)
            if end - i < 2 or doc[i:end].text.lower().rstrip(".") in word_set(
                    ctx.lang, "echoed_contents"):
                continue  # "menyampaikan hal senada": what was said is told elsewhere
            content = content_span(ctx, doc[i].idx, doc[end - 1].idx + len(doc[end - 1]))
            quoted = quote_opening(ctx, i, end)
            form = QuoteForm.INDIRECT
            if quoted is not None:
                content, form = content_span(ctx, quoted.start, quoted.end), QuoteForm.DIRECT
            cue_span = ctx.span(tok.idx, tok.idx + len(tok))
            if tok.i > 0 and doc[tok.i - 1].lower_ in words_with_role(lang, "neg"):
                cue_span = ctx.span(doc[tok.i - 1].idx, tok.idx + len(tok))
            for key in keys:
                ctx.note(key, tok.idx)
                out.append(Statement(
                    speaker=key, content=content, cue=cue_span, form=form,
                    evidence=ctx.span(*ctx.sents[si]), addressee=literal, negated=negated,
                    recipient=recipient if recipient != key else None,  # not its own speaker
                ))
    return out


def asked_to(ctx: Context, sent: Span, tok: Token) -> bool:
    """Whether a cue is what its subject is asked to do ("meminta Uni Eropa memastikan ..."):
    a request's content, not a statement of the one asked."""
    region = subject_region(ctx.doc, sent.start, tok.i, ctx.lang)
    if region is None or region.start == sent.start:
        return False
    verb = ctx.doc[region.start - 1]
    return any(e.type == "REQUEST" and a.prefix for a in analyses(verb.text)
               for e in events(ctx.lang).get(a.root, ()))


def deemed(ctx: Context, tok: Token) -> bool:
    """Whether a cue completes a passive verb of a relative clause ("orang yang dianggap
    mengancam"): what someone is held to do, not something said."""
    doc = ctx.doc
    return tok.i > 1 and doc[tok.i - 2].lower_ in word_set(ctx.lang, "relativizers") and \
        is_verb(doc[tok.i - 1], ctx.lang) and any(a.passive for a in analyses(doc[tok.i - 1].text))


def characterised_by(ctx: Context, tok: Token, sent: Span) -> list[Statement]:
    """A relative passive cue naming its speaker and what they call something ("dalam apa
    yang dikatakan Baku sebagai serangan dari wilayah pegunungan"): the speaker's words after
    "sebagai", to the end of the clause."""
    doc = ctx.doc
    found = cue_of(tok, ctx.lang, passive=True)
    if found is None or found.analysis.prefix != "di" or \
            found.cue.frame not in ("inverted", "verb"):
        return []
    np = np_after(doc, tok.i + 1, sent.end, ctx.lang)
    if not len(np) or np.end + 2 >= sent.end or \
            doc[np.end].lower_ not in word_set(ctx.lang, "characterising"):
        return []
    key = resolve(ctx, np)
    if key is None:
        return []
    end = content_end(ctx, np.end + 1, sent.end)
    end = next((t.i for t in doc[np.end + 1 : end] if t.text in ",;"), end)
    return attribution(ctx, key, tok, sent, np.end + 1, end)


def warned(ctx: Context, i: int, end: int) -> tuple[str | None, int]:
    """The party warned or told, named before "agar" or "bahwa" ("memperingatkan AS agar tidak
    ..."), and where the content starts."""
    obj = np_after(ctx.doc, i, end, ctx.lang)
    after = past_acronym(ctx.doc, obj.end, end)
    if len(obj) and after < end and ctx.doc[after].lower_ in word_set(ctx.lang, "complements"):
        key = resolve(ctx, obj, create=False)
        if key is not None:
            return key, after
    return None, i


def tail_attributed(ctx: Context, found: Found, sent: Span) -> list[Statement]:
    """An unquoted clause attributed by a cue after its comma ("Tidak ada korban, kata polisi
    dalam sebuah pernyataan."), or a cue set in the middle of one ("Sebagai respons, sebut X,
    pemerintah menyetujui ..."): the clause, said by the speaker after the cue."""
    doc, tok = ctx.doc, found.tok
    first = opener_end(doc, sent, ctx.lang)
    if first >= tok.i or doc[first].text in QUOTE_MARKS or ctx.in_quote(doc[first]):
        return []  # a quote opening the sentence is a direct statement
    key, j = speaker_after(ctx, found, sent.end)
    recipient, literal, j = addressee_after(ctx, j, sent.end)
    if key is None or not promote_agents(ctx.table, [key], ctx.doc, ctx.offset):
        return []
    rest = next((t.i for t in doc[j : min(sent.end, j + 8)] if t.text == ","), None)
    start, end = first, tok.i - 1 - (doc[tok.i - 2].text == ",")
    if rest is not None and sent.end - rest > 4 and tok.i - first <= 6 and \
            doc[rest + 1].lower_ not in words_with_role(ctx.lang, "prep"):
        start, end = rest + 1, sent.end  # "Sebagai respons, sebut X, pemerintah ..."
    end = next((j for j in range(start, end - 1) if doc[j].text in (".", "!", "?") and
                doc[j + 1].text in QUOTE_MARKS), end)  # not the quote after: "Filipina. ”Mereka"
    if end - start < 3:
        return []
    ctx.note(key, tok.idx)
    last = doc[end - 1]
    return [Statement(
        speaker=key, content=content_span(ctx, doc[start].idx, last.idx + len(last)),
        cue=ctx.span(tok.idx, tok.idx + len(tok)), form=QuoteForm.INDIRECT,
        evidence=ctx.span(sent.start_char, sent.end_char), recipient=recipient, addressee=literal,
    )]


def speakers_before(ctx: Context, sent: Span, tok: Token) -> list[str]:
    """The subject actors of a verb (compound subjects give several); the issuer of a statement
    noun that a verb governs ("X mengeluarkan pernyataan yang menuduh ...", "X merilis
    pernyataan yang isinya menyerukan ...")."""
    doc = ctx.doc
    region = subject_region(doc, sent.start, tok.i, ctx.lang)
    if region is not None and len(region) == 1 and region.start > sent.start + 1 and \
            region[0].lower_ in words_with_role(ctx.lang, "content") and \
            doc[region.start - 1].lower_ in word_set(ctx.lang, "relativizers"):
        # "pernyataan yang isinya menyerukan"
        region = subject_region(doc, sent.start, region.start - 1, ctx.lang)
    if region is None:
        return []
    issued = region.start - 1
    if region[0].lower_ in words_with_role(ctx.lang, "statement") and issued > sent.start and \
            is_verb(doc[issued], ctx.lang):
        return speakers_before(ctx, sent, doc[issued])
    return resolve_all(ctx, region)


def relayed_source(ctx: Context, sent: Span, tok: Token) -> list[str]:
    """The source an intermediary quotes between commas before the cue: the words are the
    source's ("TV Asahi, mengutip sumber pemerintah yang tidak disebutkan namanya, mengatakan
    ..." -> the unnamed source)."""
    doc = ctx.doc
    if tok.i - 2 <= sent.start or doc[tok.i - 1].text != ",":
        return []
    comma = next((t.i for t in reversed(doc[sent.start : tok.i - 1]) if t.text == ","), None)
    if comma is None or comma + 2 >= tok.i - 1 or \
            not word_set(ctx.lang, "relays") & set(roots(doc[comma + 1].text)):
        return []
    key = resolve(ctx, doc[comma + 2 : tok.i - 1])
    return [key] if key else []


def relative_head(ctx: Context, tok: Token) -> list[str]:
    """The named person a relative clause opened by a cue belongs to ("pernyataan Presiden AS,
    Donald Trump yang menyebut ..." -> Trump)."""
    doc = ctx.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ not in word_set(ctx.lang, "relativizers"):
        return []
    end = doc[tok.i - 2].idx + len(doc[tok.i - 2]) + ctx.offset
    return [k for _, e, k in ctx.table.spans
            if e == end and ctx.table.actors[k].type == ActorType.PERSON][:1]


def attributed(ctx: Context, tok: Token, sent: Span) -> list[Statement]:
    """"Menurut X, ...", "..., menurut X" and "... menurut X." closing its sentence, or
    opening the clause after a contrast ("..., tetapi menurutnya ..."): the clause attributed
    to X."""
    doc, lang = ctx.doc, ctx.lang
    if tok.i == sent.start or doc[tok.i - 1].is_sent_start or doc[tok.i - 1].is_space or (
            tok.i - 2 > sent.start and doc[tok.i - 1].lower_ in word_set(lang, "contrasts") and
            doc[tok.i - 2].text == ","):
        return attribution_first(ctx, tok, sent)  # also "..., tetapi menurutnya ..."
    if tok.lower_ in word_set(lang, "pronoun_attributions") or \
            any(cue_of(t, lang) for t in doc[sent.start : tok.i]):
        return []
    np = np_after(doc, tok.i + 1, sent.end, lang)
    rest = doc[np.end : sent.end]
    stop = next((t.i for t in rest if t.lower_ in word_set(lang, "relativizers") or t.text == ","),
                sent.end)
    closing = not any(is_verb(t, lang) for t in doc[np.end : stop])
    if doc[tok.i - 1].text != "," and not (len(np) and closing):
        return []
    end = tok.i - (doc[tok.i - 1].text == ",")
    predicate = [t for t in rest[1:] if is_verb(t, lang)] if len(rest) and \
        rest[0].text == "," else []
    head = next((t.i for t in doc[sent.start : end]
                 if t.lower_ in word_set(lang, "relativizers")), end)  # "Sasaran [yang dibidik]"
    if predicate and not any(is_verb(t, lang) for t in doc[sent.start : head]):
        if cue_of(predicate[0], lang):
            return []  # "Awak kapal itu, menurut Ali, menyatakan ...": Ali relays their words
        end = sent.end - (doc[sent.end - 1].is_punct)  # "X, menurut Ali, melanggar ...": all
    return attribution(ctx, resolve(ctx, np) if len(np) else None, tok, sent, sent.start, end)


def attribution_first(ctx: Context, tok: Token, sent: Span) -> list[Statement]:
    """A sentence opened by its attribution ("Menurut X, ...", "Menurutnya, ...", a passive
    cue and its agent: "Dituturkan Jimly, ..."): the clause after the comma, unless a cue
    after a comma attributes it to someone else (", ujar Fernita")."""
    doc = ctx.doc
    if tok.lower_ in word_set(ctx.lang, "pronoun_attributions"):
        key, end = by_pronoun(ctx, "nya", tok.idx), tok.i + 1
    else:
        np = attributed_np(ctx, tok.i + 1, sent.end)
        np = relative_through(ctx, np, sent.end)
        key, end = (resolve(ctx, np) if len(np) else None), description_end(np, ctx.lang)
    start = end + 1 if end < sent.end and doc[end].text == "," else end
    named = name_between_commas(ctx, start, sent.end) if start > end else None
    if named and (key in (None, named[0]) or ctx.table.actors[key].local or
                  ctx.table.actors[key].type != ActorType.PERSON):
        key, start = named  # "Menurut juru bicara X, Budi Santoso, ..."
    if start == end and tok.lower_ not in word_set(ctx.lang, "according_to"):
        return []
    if any(inverted_at(ctx, t.i + 1) for t in doc[start : sent.end - 1] if t.text == ","):
        return []
    return attribution(ctx, key, tok, sent, start, sent.end)


def relative_through(ctx: Context, np: Span, end: int) -> Span:
    """A speaker's noun phrase with the relative clause that describes it up to its comma
    ("Menurut [sejumlah diplomat yang mengetahui jalannya perundingan], ...")."""
    doc = ctx.doc
    if not len(np) or np.end >= end or description_end(np, ctx.lang) > np.end or \
            doc[np.end].lower_ not in word_set(ctx.lang, "relativizers"):
        return np  # or closed by a demonstrative ("pejabat yang enggan disebut namanya itu")
    comma = next((t.i for t in doc[np.end : min(end, np.end + 10)] if t.text == ","), None)
    return doc[np.start : comma] if comma is not None else np


def name_between_commas(ctx: Context, i: int, end: int) -> tuple[str, int] | None:
    """A person's name set between commas from a token on, and the index after its comma."""
    doc = ctx.doc
    comma = next((t.i for t in doc[i : min(end, i + 5)] if t.text == ","), None)
    if comma is None or comma == i or not all(t.is_title for t in doc[i:comma]):
        return None
    key = ctx.table.around(doc[i].idx + ctx.offset, doc[comma - 1].idx + len(doc[comma - 1]) +
                           ctx.offset)
    if key is None or ctx.table.actors[key].type != ActorType.PERSON:
        return None
    return key, comma + 1


def attributed_np(ctx: Context, i: int, end: int) -> Span:
    """The speaker's noun phrase after an attribution: up to its first comma unless a named
    apposition closes with a second one ("anggota Dewan Pembina Partai Demokrat, Ahmad
    Mubarok, ...", not "Jimly, Anwar Usman melakukan ..."); a name followed by a lower-case
    word ends there ("menurut Said tuntutan-tuntutan itu ...")."""
    doc = ctx.doc
    np = np_after(doc, i, end, ctx.lang)
    named = mention_at(ctx, i, end)
    if named and named[1] < np.end and doc[named[1]].is_lower:
        return doc[i : named[1]]
    commas = [t.i for t in np if t.text == ","]
    if commas and not (np.end < end and doc[np.end].text == ","):
        return doc[i : commas[0]]
    return np


def attribution(ctx: Context, key: str | None, tok: Token, sent: Span, start: int,
                end: int) -> list[Statement]:
    """The statement of a speaker whose cue stands apart from the clause it attributes."""
    doc = ctx.doc
    if key is None or end - start < 3:
        return []
    ctx.note(key, tok.idx)
    return [Statement(
        speaker=key,
        content=content_span(ctx, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])),
        cue=ctx.span(tok.idx, tok.idx + len(tok)),
        form=QuoteForm.INDIRECT,
        evidence=ctx.span(sent.start_char, sent.end_char),
    )]


def cue_tokens(statements: list[Statement], ctx: Context) -> set[int]:
    """Token indices of the cues already used by statements."""
    out = set()
    for s in statements:
        span = ctx.tokens(s.cue)
        if span is not None:
            out.update(t.i for t in span)
    return out


def extract(ctx: Context) -> list[Statement]:
    """All statements of an article, in text order."""
    taken = cue_tokens(direct_statements(ctx), ctx)
    indirect = indirect_statements(ctx, taken)
    direct = direct_statements(ctx)  # again, now that the reports have named their speakers
    return addressed_on(ctx, sorted(direct + [cut_before_next(ctx, s, indirect) for s in indirect],
                                    key=lambda s: (s.evidence.start, s.content.start)))


def addressed_on(ctx: Context, stmts: list[Statement]) -> list[Statement]:
    """Statements that go on speaking to whom the speaker's statement just before spoke,
    in the next sentence ("X mengatakan kepada BBC bahwa ... . "...," tegasnya.")."""
    out: list[Statement] = []
    for stmt in stmts:
        last = out[-1] if out else None
        near = last is not None and ctx.sent_index(stmt.evidence.start - ctx.offset) <= \
            ctx.sent_index(last.evidence.end - 1 - ctx.offset) + 1
        if near and last.speaker == stmt.speaker and not (stmt.recipient or stmt.addressee):
            stmt = replace(stmt, recipient=last.recipient, addressee=last.addressee)
        out.append(stmt)
    return out


def cut_before_next(ctx: Context, stmt: Statement, others: list[Statement]) -> Statement:
    """An indirect content cut where it runs into the next cue of its speaker, with the
    conjunction, adverbs and clause openers before it ("menyebut laporan itu bohong [dan balik
    menuduh] ...", "menghormati putusan itu[, meski menilai] ...")."""
    inside = [o.cue.start for o in others if o is not stmt and o.speaker == stmt.speaker
              and stmt.content.start < o.cue.start < stmt.content.end]
    cue = ctx.doc.char_span(min(inside) - ctx.offset, min(inside) - ctx.offset + 1,
                            alignment_mode="expand") if inside else None
    if cue is None:
        return stmt
    skip = words_with_role(ctx.lang, "conj") | words_with_role(ctx.lang, "adv") | \
        word_set(ctx.lang, "adverbial_openers")
    i = cue.start
    while i > 0 and (ctx.doc[i - 1].lower_ in skip or ctx.doc[i - 1].text == ","):
        i -= 1
    end = ctx.doc[i - 1].idx + len(ctx.doc[i - 1]) + ctx.offset
    if end <= stmt.content.start:
        return stmt
    return replace(stmt, content=ctx.article.span(stmt.content.start, end))


def about(ctx: Context, stmt: Statement) -> list[str]:
    """Agents the content of a statement mentions (other than its speaker; places only locate
    what is said, and are actors only as an event's place or target; an unnamed person or
    description is an actor only when it speaks, acts or is acted on)."""
    keys = [k for _, _, k in ctx.table.within(stmt.content.start, stmt.content.end)
            if ctx.table.actors[k].type != ActorType.PLACE and not counted(ctx, k)
            and not ctx.table.actors[k].local]
    return [k for k in dict.fromkeys(keys) if k != stmt.speaker]


def counted(ctx: Context, key: str) -> bool:
    """Whether an actor is a collective named by a number ("22 orang", "puluhan orang"), a
    count that says how many were hit, not a party that is spoken of."""
    actor = ctx.table.actors[key]
    first = actor.name.split()[0].lower()
    return actor.type == ActorType.GROUP and (
        ctx.doc.vocab[first].like_num or first in words_with_role(ctx.lang, "quant"))
