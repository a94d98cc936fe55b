"""Build gold-annotated articles into a scratch store and score them layer by layer."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from graph.build import build
from graph.evaluate.score import Layer, score_file
from graph.evaluate.system import system_annotation
from graph.kb.iris import Minter
from graph.kb.store import Store
from graph.records import Article
from graph.sources import read_inputs

LAYERS = ("actors", "statements", "events", "events (untyped)")


@dataclass
class Evaluation:
    """Summed layer counts over the scored files, and per-file figures."""

    layers: dict[str, Layer] = field(default_factory=lambda: {n: Layer() for n in LAYERS})
    files: dict[str, dict[str, Layer]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def dates(self) -> tuple[int, int]:
        """Exact dates over matched statements and events whose gold date is day-precise."""
        parts = (self.layers["statements"], self.layers["events"])
        return sum(p.attributes["date"] for p in parts), sum(
            p.attribute_totals["date"] for p in parts
        )


def gold_pairs(gold: Path, text: Path | None) -> list[tuple[Path, Path]]:
    """(text, gold) file pairs: a directory of NNN.txt + NNN.gold.json, or one given pair."""
    if gold.is_dir():
        return [
            (g.with_name(g.name.removesuffix(".gold.json") + ".txt"), g)
            for g in sorted(gold.glob("*.gold.json"))
        ]
    if text is None:
        raise ValueError(f"{gold}: a single gold file needs --text")
    return [(text, gold)]


def evaluate(gold: Path, text: Path | None, base: str) -> Evaluation:
    """Score the build of every gold-annotated text."""
    result = Evaluation()
    store = Store()
    for text_path, gold_path in gold_pairs(gold, text):
        [article] = [a for a in read_inputs([str(text_path)]) if isinstance(a, Article)] or [None]
        if article is None:
            result.errors.append(f"{text_path}: cannot read the article")
            continue
        report = build([str(text_path)], store, None, base)
        result.errors.extend(report.errors)
        system = system_annotation(store, Minter(base, article).article())
        scores = score_file(json.loads(gold_path.read_text(encoding="utf-8")), system)
        result.files[article.id] = scores
        for name, layer in scores.items():
            result.layers[name].add(layer)
    return result
