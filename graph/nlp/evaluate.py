"""Accuracy and speed of the shipped Indonesian pipeline on the held-out sets.

* UD: UPOS, morphological features, lemma accuracy, UAS, LAS and sentence-boundary F on
  UD_Indonesian-CSUI test and UD_Indonesian-GSD test. Documents of 10 sentences, tokenized by
  the pipeline's own tokenizer and aligned to the gold tokens (multiword tokens merged as in
  training), so tokenization errors count.
* NER: precision / recall / F on idner-news-2k test, IndoLEM NER-UI test fold 01 and NERGrit
  test, twice: the ``ner`` model alone, and the full pipeline with the gazetteer ruler (its
  ``GPE`` spans scored as ``LOC``, since the gold sets have no GPE).
* words/s of the full pipeline in one process (``nlp.pipe``), load time in a fresh process,
  size of the model directory.

Used by ``newsgraph nlp-eval --data ../shared/data``; the model card's numbers come from it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example

from graph.nlp import corpora
from graph.nlp.pipeline import FILTER_NAME, RULER_NAME, load, load_path, model_path

UD_SETS = {
    "CSUI test": ("UD_Indonesian-CSUI", "id_csui-ud-test.conllu"),
    "GSD test": ("UD_Indonesian-GSD", "id_gsd-ud-test.conllu"),
}
NER_SETS = {
    "idner-news-2k test": ("idner-news-2k", "test.txt", None),
    "NER-UI test (fold 01)": ("indolem-nerui", "test.01.tsv", "\t"),
    "NERGrit test": ("indonlu-nergrit", "test_preprocess.txt", "\t"),
}
DEP_TYPES = ("nsubj", "obj", "obl", "ccomp", "parataxis", "flat:name")


def ud_references(nlp: Language, path: Path) -> list[Doc]:
    sents = corpora.read_sentences(path)
    return list(
        corpora.group_docs((corpora.sentence_doc(nlp.vocab, s) for s in sents), 10)
    )


def ner_references(nlp: Language, path: Path, sep: str | None) -> list[Doc]:
    sents = corpora.read_iob(path, sep)
    return list(
        corpora.group_docs((corpora.ner_doc(nlp.vocab, w, t) for w, t in sents), 10)
    )


def evaluate_ud(nlp: Language, refs: list[Doc]) -> dict:
    examples = [Example(nlp.make_doc(ref.text), ref) for ref in refs]
    skip = (RULER_NAME, FILTER_NAME, "ner")
    with nlp.select_pipes(disable=[n for n in skip if n in nlp.pipe_names]):
        scores = nlp.evaluate(examples)
    per_type = scores.get("dep_las_per_type") or {}
    return {
        "tokens": sum(len(r) for r in refs),
        "token_acc": scores["token_acc"],
        "upos": scores["pos_acc"],
        "morph": scores["morph_acc"],
        "lemma": scores["lemma_acc"],
        "uas": scores["dep_uas"],
        "las": scores["dep_las"],
        "sents_f": scores["sents_f"],
        "las_per_type": {t: per_type.get(t, {}).get("f") for t in DEP_TYPES},
    }


def _relabel(doc: Doc, mapping: dict[str, str]) -> Doc:
    doc.ents = [
        Span(doc, e.start, e.end, label=mapping.get(e.label_, e.label_), kb_id=e.kb_id_)
        for e in doc.ents
    ]
    return doc


def evaluate_ner(nlp: Language, refs: list[Doc], use_gazetteer: bool) -> dict:
    gazetteer = (RULER_NAME, FILTER_NAME)
    disable = [n for n in nlp.pipe_names if n != "ner" and n not in gazetteer]
    if not use_gazetteer:
        disable += [n for n in gazetteer if n in nlp.pipe_names]
    with nlp.select_pipes(disable=disable):
        preds = list(nlp.pipe(ref.text for ref in refs))
    examples = [Example(_relabel(p, {"GPE": "LOC"}), r) for p, r in zip(preds, refs, strict=True)]
    prf = get_ner_prf(examples)
    return {"p": prf["ents_p"], "r": prf["ents_r"], "f": prf["ents_f"], "n": len(examples)}


def words_per_second(nlp: Language, texts: list[str], repeat: int = 2) -> float:
    list(nlp.pipe(texts[:20]))  # warm-up
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        best = max(best, n_words / (time.perf_counter() - start))
    return best


def load_time(path: Path, lang: str = "id") -> tuple[float, float]:
    """(load only, import + load) in seconds, measured in a fresh Python process."""
    code = (
        "import time; t0 = time.perf_counter(); import spacy; t1 = time.perf_counter(); "
        "from graph.nlp.pipeline import load_path; "
        f"load_path({str(path)!r}, {lang!r}); t2 = time.perf_counter(); "
        "print(t2 - t1, t2 - t0)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=str(Path(__file__).resolve().parents[2]),
    ).stdout.split()
    return float(out[-2]), float(out[-1])


def model_size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def evaluate(
    data: Path,
    lang: str = "id",
    model: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Evaluate the shipped pipeline (or the pipeline directory ``model``)."""
    path = Path(model) if model else model_path(lang)
    nlp = load_path(path, lang) if model else load(lang)
    results: dict = {"ud": {}, "ner": {}, "ner_gazetteer": {}}
    texts: list[str] = []
    for name, (folder, fname) in UD_SETS.items():
        log(f"evaluating {name} ...")
        refs = ud_references(nlp, data / folder / fname)
        texts += [r.text for r in refs]
        results["ud"][name] = evaluate_ud(nlp, refs)
    for name, (folder, fname, sep) in NER_SETS.items():
        log(f"evaluating {name} ...")
        refs = ner_references(nlp, data / folder / fname, sep)
        results["ner"][name] = evaluate_ner(nlp, refs, use_gazetteer=False)
        results["ner_gazetteer"][name] = evaluate_ner(nlp, refs, use_gazetteer=True)
    log("measuring speed ...")
    results["words_per_second"] = words_per_second(nlp, texts)
    results["load_seconds"], results["import_and_load_seconds"] = load_time(path, lang)
    results["size_bytes"] = model_size(path)
    results["model"] = str(path)
    results["pipeline"] = nlp.pipe_names
    results["meta"] = {k: nlp.meta.get(k) for k in ("name", "version", "spacy_version")}
    return results


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def format_table(results: dict) -> str:
    lines = [
        "| UD set | tokens | token acc | UPOS | morph | lemma | UAS | LAS | sentence F |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results["ud"].items():
        lines.append(
            f"| {name} | {r['tokens']} | {_pct(r['token_acc'])} | {_pct(r['upos'])} | "
            f"{_pct(r['morph'])} | {_pct(r['lemma'])} | {_pct(r['uas'])} | {_pct(r['las'])} | "
            f"{_pct(r['sents_f'])} |"
        )
    lines += ["", "| LAS F per relation | " + " | ".join(DEP_TYPES) + " |",
              "|---|" + "---:|" * len(DEP_TYPES)]
    for name, r in results["ud"].items():
        cells = " | ".join(_pct(r["las_per_type"][t]) for t in DEP_TYPES)
        lines.append(f"| {name} | {cells} |")
    lines += [
        "",
        "| NER set | ner P | ner R | ner F | +gazetteer P | +gazetteer R | +gazetteer F |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results["ner"].items():
        g = results["ner_gazetteer"][name]
        lines.append(
            f"| {name} | {_pct(r['p'])} | {_pct(r['r'])} | {_pct(r['f'])} | "
            f"{_pct(g['p'])} | {_pct(g['r'])} | {_pct(g['f'])} |"
        )
    lines += [
        "",
        f"- speed: {results['words_per_second']:,.0f} words/s (full pipeline, one process, "
        "nlp.pipe)",
        f"- load: {results['load_seconds']:.2f} s (spaCy imported; "
        f"{results['import_and_load_seconds']:.2f} s with the import), fresh process",
        f"- size: {results['size_bytes'] / 1e6:.1f} MB (model directory)",
        f"- pipeline: {', '.join(results['pipeline'])}",
    ]
    return "\n".join(lines)
