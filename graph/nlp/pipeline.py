"""Load the shipped Indonesian spaCy pipeline (offline), once per process.

The trained pipeline lives in ``graph/nlp/models/<lang>/`` (written by ``nlp.to_disk`` from
``newsgraph train-pipeline``). ``load`` adds the gazetteer entity ruler from
``graph/lang/<lang>/gazetteer.jsonl`` as the *first* component, so ``ner`` respects its spans:
states get ``GPE``, capitals and seats of government ``LOC``, international organisations
``ORG``; ``ent.ent_id_`` is the entry's Wikidata QID (for a seat without a verified QID, the
QID of the state it stands for). It also adds ``quote_sentences`` (graph/nlp/components.py)
right after the parser: it repairs sentence boundaries around quotation marks. Every layer's
matrix products run on numpy's BLAS (``use_numpy_blas``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

import graph.nlp.components
import graph.nlp.tokenizer  # noqa: F401  (registers newsgraph.id_tokenizer.v1)
from graph.config import lang_gazetteer, lang_names

PACKAGE_DIR = Path(__file__).resolve().parent
MODELS_DIR = PACKAGE_DIR / "models"
LANG_DIR = PACKAGE_DIR.parent / "lang"

RULER_NAME = "gazetteer_ruler"
QUOTES_NAME = "quote_sentences"
FILTER_NAME = "gazetteer_filter"
ENT_LABELS = ("PER", "ORG", "LOC", "GPE")
PARAGRAPH = re.compile(r"[^\n]*\n*")
"""A line with the line breaks after it."""


class PipelineNotFoundError(FileNotFoundError):
    """The trained pipeline for a language is not shipped in ``graph/nlp/models/``."""


def model_path(lang: str = "id") -> Path:
    return MODELS_DIR / lang


def gazetteer_path(lang: str = "id") -> Path:
    return LANG_DIR / lang / "gazetteer.jsonl"


def read_gazetteer(lang: str = "id") -> list[dict]:
    """The gazetteer rows of ``lang`` (aliases in every spelling)."""
    return lang_gazetteer(lang)


def read_people(lang: str = "id") -> list[tuple[str, ...]]:
    """Well-known persons: each row the canonical name and then its aliases."""
    return lang_names(lang, "people.tsv")


def read_organisations(lang: str = "id") -> list[tuple[str, ...]]:
    """Well-known non-state organisations: each row the canonical name and then its aliases."""
    return lang_names(lang, "organisations.tsv")


def read_regions(lang: str = "id") -> list[str]:
    """Places without agency: world regions, seas, the home state's provinces and cities."""
    path = LANG_DIR / lang / "regions.txt"
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def name_patterns(rows: list[tuple[str, ...]], label: str) -> list[dict]:
    """Entity-ruler phrase patterns giving every name and alias of the rows one label."""
    return [{"label": label, "pattern": form} for row in rows for form in row]


def gazetteer_patterns(rows: list[dict]) -> list[dict]:
    """Entity-ruler phrase patterns (one per name and alias) with the entry's QID as id."""
    patterns = []
    for row in rows:
        ent_id = row.get("qid") or row.get("stands_for")
        for form in [row["name"], *row.get("aliases", [])]:
            pattern = {"label": row["label"], "pattern": form}
            if ent_id:
                pattern["id"] = ent_id
            patterns.append(pattern)
    return patterns


def add_gazetteer(nlp: Language, lang: str = "id") -> Language:
    """Add the gazetteer ``entity_ruler`` as the first component, followed by
    ``gazetteer_filter`` (drops matches inside a longer name), no-op if present."""
    if RULER_NAME in nlp.pipe_names:
        return nlp
    rows = read_gazetteer(lang)
    names = name_patterns(read_people(lang), "PER") + \
        name_patterns(read_organisations(lang), "ORG")
    if not rows and not names:
        return nlp
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        first=True,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False},
    )
    # first in the pipeline: adding phrase patterns only runs the tokenizer
    regions = [{"label": "LOC", "pattern": name} for name in read_regions(lang)]
    ruler.add_patterns(gazetteer_patterns(rows) + names + regions)
    nlp.add_pipe("gazetteer_filter", name=FILTER_NAME, after=RULER_NAME)
    return nlp


def add_quote_sentences(nlp: Language) -> Language:
    """Add the quote-aware sentence-boundary repair right after the parser (no-op if present)."""
    if QUOTES_NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(QUOTES_NAME, name=QUOTES_NAME, after="parser")
    return nlp


def use_ops(nlp: Language, ops: NumpyOps) -> Language:
    """Run every layer of every component on ``ops``."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
    return nlp


def use_numpy_blas(nlp: Language) -> Language:
    """Run the matrix products of every component's layers on numpy's BLAS, not thinc's BLIS.

    The BLIS that thinc bundles falls back to its generic kernel on CPUs it does not recognise
    (this 2-core AMD EPYC: 15 GFLOPS against numpy's OpenBLAS at 114, see
    ``benchmarks/nlp_loader.py``); the annotations are the same (``tests/nlp/test_pipeline.py``),
    the pipeline about twice as fast.
    """
    return use_ops(nlp, NumpyOps(use_blis=False))


def load_path(path: Path, lang: str = "id") -> Language:
    """A pipeline directory plus the sentence repair and the gazetteer of ``lang`` (no cache)."""
    if not (Path(path) / "config.cfg").exists():
        raise PipelineNotFoundError(
            f"no trained spaCy pipeline for {lang!r} at {path}; it ships with the package "
            "(build it with `newsgraph train-pipeline --data ../shared/data`)"
        )
    # the saved tokenizer holds the same rules; the registered factory builds them in a
    # fraction of the time deserialising takes (see graph/nlp/tokenizer.py)
    nlp = spacy.load(
        path,
        exclude=["tokenizer"],
        config={"nlp": {"tokenizer": {"@tokenizers": "newsgraph.id_tokenizer.v1"}}},
    )
    add_quote_sentences(nlp)
    return add_gazetteer(use_numpy_blas(nlp), lang)


@lru_cache(maxsize=8)
def load(lang: str = "id") -> Language:
    """The shipped pipeline for ``lang`` plus the gazetteer ruler, loaded once per process."""
    return load_path(model_path(lang), lang)


def paragraphs(text: str) -> list[str]:
    """The lines of a text, each with the line breaks that follow it (joined: the text)."""
    return [p for p in PARAGRAPH.findall(text) if p]


def parse(nlp: Language, text: str) -> Doc:
    """A text parsed one paragraph at a time, as one Doc over the whole text.

    The treebanks hold no line breaks, so a line break inside a parsed text is a token the
    models never saw: it takes part in the parse of the paragraph after it (often as its
    subject). Each paragraph ends with its own line breaks instead.
    """
    docs = list(nlp.pipe(paragraphs(text)))
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc(text)
