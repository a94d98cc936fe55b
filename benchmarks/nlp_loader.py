"""What the pipeline loader's two speed choices buy, and a check that they change nothing.

1. Matrix products: GFLOPS of thinc's bundled BLIS against numpy's BLAS on one tok2vec-sized
   product, and words/s of each component of the shipped pipeline on UD CSUI test with each
   backend (the loader uses numpy's, ``graph.nlp.pipeline.use_numpy_blas``); the annotations
   of the two runs are compared.
2. Tokenizer: the load-time factory (hyphenated exceptions as one ``token_match`` set) against
   spaCy's ``id`` tokenizer with the same infixes, on every text of the corpora (``# text``
   lines of the treebanks, the NER files joined as they are, the eval articles, the seeds);
   the factory also keeps every reduplicated word whole, so texts that differ only there are
   counted apart.

Run from the repository root:

    python benchmarks/nlp_loader.py [--data ../shared/data] [--eval ../shared/eval]

It prints the figures and writes benchmarks/results/nlp_loader.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import numpy
import spacy
from thinc.api import NumpyOps

from graph.nlp.pipeline import load_path, model_path, use_ops
from graph.nlp.tokenizer import fix_tokenizer, joined_reduplications

ROOT = Path(__file__).resolve().parents[1]


def gflops(ops: NumpyOps, rows: int = 2000, width: int = 384, repeat: int = 20) -> float:
    """GFLOPS of ``ops.gemm`` on a (rows x width) by (width x width) float32 product."""
    rng = numpy.random.default_rng(0)
    a = rng.random((rows, width), dtype="float32")
    b = rng.random((width, width), dtype="float32")
    ops.gemm(a, b)
    start = time.perf_counter()
    for _ in range(repeat):
        ops.gemm(a, b)
    return 2 * rows * width * width * repeat / (time.perf_counter() - start) / 1e9


def ud_texts(path: Path) -> list[str]:
    """The ``# text =`` lines of a CoNLL-U file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line[len("# text ="):].strip() for line in lines if line.startswith("# text =")]


def component_speed(ops: NumpyOps, texts: list[str]) -> tuple[dict[str, int], list]:
    """Words/s of each component of a freshly loaded pipeline on ``ops``, and its annotations."""
    nlp = use_ops(load_path(model_path("id")), ops)
    docs = [nlp.make_doc(t) for t in texts]
    words = sum(len(d) for d in docs)
    speed = {}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") \
            else [component(d) for d in docs]
        speed[name] = round(words / (time.perf_counter() - start))
    return speed, [[(t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in d] for d in docs]


def corpus_texts(data: Path, eval_dir: Path) -> list[str]:
    """Every text the tokenizers are compared on."""
    texts = [t for f in sorted(data.rglob("*.conllu")) for t in ud_texts(f)]
    for f in sorted(data.rglob("*")):
        if f.suffix in {".txt", ".tsv", ".conll", ".bio"} and f.is_file():
            texts.append(f.read_text(encoding="utf-8", errors="replace"))
    texts += [f.read_text(encoding="utf-8") for f in sorted(eval_dir.rglob("*.txt"))]
    return texts + [f.read_text(encoding="utf-8") for f in sorted((ROOT / "seeds").glob("*.txt"))]


def tokenizer_check(texts: list[str]) -> dict[str, object]:
    """Build time of both tokenizers, tokens compared and texts that differ."""
    start = time.perf_counter()
    reference = fix_tokenizer(spacy.blank("id")).tokenizer
    built_reference = time.perf_counter() - start
    start = time.perf_counter()
    config = {"nlp": {"tokenizer": {"@tokenizers": "newsgraph.id_tokenizer.v1"}}}
    factory = spacy.blank("id", config=config).tokenizer
    built_factory = time.perf_counter() - start
    tokens = differ = reduplicated = 0
    for text in texts:
        doc = reference(text)
        ref, got = [t.text for t in doc], [t.text for t in factory(text)]
        same = joined_reduplications(doc) == got
        tokens += len(ref)
        reduplicated += ref != got and same
        differ += not same
    return {"texts": len(texts), "tokens": tokens, "texts_that_differ": differ,
            "texts_that_differ_by_reduplications_only": reduplicated,
            "seconds_blank_pipeline_spacy_tokenizer": round(built_reference, 2),
            "seconds_blank_pipeline_factory_tokenizer": round(built_factory, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    texts = ud_texts(next(args.data.glob("UD_Indonesian-CSUI/*test*.conllu")))
    blis_speed, blis_ann = component_speed(NumpyOps(), texts)
    numpy_speed, numpy_ann = component_speed(NumpyOps(use_blis=False), texts)
    result = {
        "gemm_gflops": {"blis": round(gflops(NumpyOps()), 1),
                        "numpy": round(gflops(NumpyOps(use_blis=False)), 1)},
        "component_words_per_second": {"blis": blis_speed, "numpy": numpy_speed},
        "csui_test_annotations_identical": blis_ann == numpy_ann,
        "tokenizer": tokenizer_check(corpus_texts(args.data, args.eval)),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}",
    }
    print(json.dumps(result, indent=2))
    out = ROOT / "benchmarks" / "results" / "nlp_loader.json"
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    tmp.replace(out)


if __name__ == "__main__":
    main()
