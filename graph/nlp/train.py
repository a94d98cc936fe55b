"""The training recipe of the shipped Indonesian pipeline (``newsgraph train-pipeline``).

1. convert the corpora to DocBin files (:mod:`graph.nlp.corpora`) and write the raw text of
   the train parts for pretraining (``raw-text.jsonl``, dev/test near-duplicates removed);
2. train the UD pipeline (``training/configs/ud.cfg``: tok2vec, morphologizer, parser,
   trainable_lemmatizer), after ``spacy pretrain`` of its tok2vec if the config's
   ``[pretraining]`` block has ``max_epochs`` > 0 (the last epoch's weights become
   ``init_tok2vec``). The shipped recipe has ``max_epochs = 0``: 10 epochs (23 min) did not
   help (see the model card);
3. train the NER pipeline (``training/configs/ner.cfg``: ``ner`` with its own tok2vec; a
   config whose ``ner`` listens to a ``tok2vec`` component can be pretrained the same way, see
   ``training/configs/experiments/ner-pretrain.cfg``);
4. assemble: the UD pipeline's best model plus ``add_pipe("ner", source=ner_nlp)`` (a listener
   is first replaced by a copy of its tok2vec), with the tokenizer's quote infixes, licence
   and sources in ``meta.json``; write it with ``nlp.to_disk`` (an existing ``MODEL_CARD.md``
   in the output directory is kept).

Deterministic given ``seed`` (spaCy fixes the random seeds; CPU only).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.training.pretrain import pretrain as spacy_pretrain
from spacy.util import load_config

import graph.nlp.tokenizer  # noqa: F401  (registers newsgraph.fix_tokenizer.v1)
from graph.nlp import corpora
from graph.nlp.pipeline import MODELS_DIR
from graph.nlp.tokenizer import fix_tokenizer

REPO = Path(__file__).resolve().parents[2]
CONFIGS = REPO / "training" / "configs"
VERSION = "0.1.0"

META = {
    "name": "newsgraph_id",
    "version": VERSION,
    "description": (
        "Indonesian CNN pipeline for newsgraph: tokenizer with quote infixes, morphologizer "
        "(UPOS+features), dependency parser (UD relations, sentence boundaries), trainable "
        "lemmatizer, NER (PER/ORG/LOC). Trained on UD Indonesian CSUI/GSD/PUD and "
        "idner-news-2k, IndoLEM NER-UI, NERGrit. See MODEL_CARD.md."
    ),
    "license": "CC BY-SA 4.0",
    "author": "newsgraph",
    "sources": [
        {"name": "UD_Indonesian-CSUI", "license": "CC BY-SA 4.0",
         "url": "https://github.com/UniversalDependencies/UD_Indonesian-CSUI"},
        {"name": "UD_Indonesian-GSD (dev set)", "license": "CC BY-SA 4.0",
         "url": "https://github.com/UniversalDependencies/UD_Indonesian-GSD"},
        {"name": "UD_Indonesian-PUD", "license": "CC BY-SA 3.0",
         "url": "https://github.com/UniversalDependencies/UD_Indonesian-PUD"},
        {"name": "idner-news-2k", "license": "MIT",
         "url": "https://github.com/khairunnisaor/idner-news-2k"},
        {"name": "IndoLEM NER-UI (fold 01)", "license": "CC BY 4.0",
         "url": "https://github.com/indolem/indolem"},
        {"name": "NERGrit (IndoNLU)", "license": "MIT / see upstream",
         "url": "https://github.com/IndoNLP/indonlu"},
    ],
}


def pretrain_component(
    name: str, corpus: Path, workdir: Path, seed: int, log: Callable[[str], None]
) -> Path | None:
    """``spacy pretrain`` of the tok2vec named in the ``[pretraining]`` block of
    ``training/configs/<name>.cfg`` on ``raw-text.jsonl``; return the weights of its last
    epoch (None if the config has no pretraining epochs)."""
    config = load_config(
        CONFIGS / f"{name}.cfg",
        overrides={"paths.raw_text": str(corpus / "raw-text.jsonl"), "system.seed": seed},
        interpolate=False,
    ).interpolate()
    epochs = (config.get("pretraining") or {}).get("max_epochs", 0)
    if not epochs:
        return None
    out = workdir / f"{name}-pretrain"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    start = time.perf_counter()
    log(f"pretraining the {name} tok2vec ({epochs} epochs) ...")
    spacy_pretrain(config, out, use_gpu=-1, silent=True, skip_last=True)
    log(f"{name} pretraining: {time.perf_counter() - start:.0f} s")
    return out / f"model{epochs - 1}.bin"


def train_component(
    name: str,
    corpus: Path,
    workdir: Path,
    seed: int,
    log: Callable[[str], None],
    init_tok2vec: Path | None = None,
) -> Path:
    """Train ``training/configs/<name>.cfg``; return the path of its best model."""
    out = workdir / name
    prefix = "ud" if name == "ud" else "ner"
    overrides = {
        "paths.train": str(corpus / f"{prefix}-train.spacy"),
        "paths.dev": str(corpus / f"{prefix}-dev.spacy"),
        "system.seed": seed,
    }
    if init_tok2vec is not None:
        overrides["paths.init_tok2vec"] = str(init_tok2vec)
    start = time.perf_counter()
    log(f"training {name} pipeline ({CONFIGS / f'{name}.cfg'}) ...")
    spacy_train(CONFIGS / f"{name}.cfg", out, use_gpu=-1, overrides=overrides)
    log(f"{name}: {time.perf_counter() - start:.0f} s")
    return out / "model-best"


LEGACY_SOURCE = {
    "name": "UD_Indonesian-GSD r2.1 train (2017), relabelled, heads and relations only",
    "license": "CC BY-NC-SA 3.0 US as shipped in 2017; CC BY-SA 4.0 since 2019",
    "url": "https://github.com/UniversalDependencies/UD_Indonesian-GSD",
}


def assemble(ud_path: Path, ner_path: Path, out: Path, legacy: str = "none") -> Path:
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    if "tok2vec" in ner_nlp.pipe_names and (
        "ner" in ner_nlp.get_pipe("tok2vec").listening_components
    ):
        # trained with a listener (so its tok2vec could be pretrained): give ner its own copy
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    fix_tokenizer(nlp)
    nlp.config["initialize"]["before_init"] = None  # the infixes are in the saved tokenizer
    meta = dict(nlp.meta)
    meta.update(META)
    meta["sources"] = list(META["sources"]) + ([LEGACY_SOURCE] if legacy != "none" else [])
    meta["training"] = {"legacy_gsd_r2.1": legacy}
    meta["performance"] = {}
    nlp.meta.clear()
    nlp.meta.update(meta)
    card = out / "MODEL_CARD.md"
    saved_card = card.read_text(encoding="utf-8") if card.exists() else None
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    if saved_card is not None:
        (tmp / "MODEL_CARD.md").write_text(saved_card, encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return out


def train_pipeline(
    data: Path,
    out: Path | None = None,
    seed: int = 0,
    workdir: Path | None = None,
    legacy: str = "none",
    log: Callable[[str], None] = print,
) -> Path:
    """Run the whole recipe; returns the output directory (default graph/nlp/models/id)."""
    out = out or (MODELS_DIR / "id")
    workdir = workdir or (REPO / "training" / "output")
    corpus = REPO / "training" / "corpus"
    start = time.perf_counter()
    corpora.convert_ud(data, corpus, 10, legacy, log=log)
    corpora.convert_ner(data, corpus, 10, nerp=False, seed=seed, log=log)
    corpora.write_raw_text(data, corpus, seed, log=log)
    ud_t2v = pretrain_component("ud", corpus, workdir, seed, log)
    ud = train_component("ud", corpus, workdir, seed, log, init_tok2vec=ud_t2v)
    ner_t2v = pretrain_component("ner", corpus, workdir, seed, log)
    ner = train_component("ner", corpus, workdir, seed, log, init_tok2vec=ner_t2v)
    assemble(ud, ner, out, legacy=legacy)
    log(f"pipeline written to {out} in {time.perf_counter() - start:.0f} s")
    return out
