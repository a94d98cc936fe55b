"""End-to-end build benchmark: articles per hour, words per second, peak memory, time per stage.

The corpus is the seed plus the dev articles of ../shared/eval/dev, repeated under distinct ids
until it holds --articles articles. Run from the repository root:

    python benchmarks/build.py [--articles 204] [--eval-dir ../shared/eval/dev]

It prints a table and writes benchmarks/results/build.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from graph.build import STAGES, build
from graph.config import DEFAULT_BASE_IRI
from graph.kb.store import Store
from graph.records import Article
from graph.sources import read_inputs

ROOT = Path(__file__).resolve().parents[1]


def corpus_rows(sources: list[Path], size: int) -> list[dict[str, str | None]]:
    """JSONL rows for ``size`` articles cycling through the source texts under new ids."""
    base = [a for a in read_inputs(str(p) for p in sources) if isinstance(a, Article)]
    return [
        {"id": f"bench-{n:05d}-{a.id}", "text": a.text, "date": a.date, "lang": a.lang}
        for n, a in ((n, base[n % len(base)]) for n in range(size))
    ]


def run(articles: int, eval_dir: Path) -> dict[str, object]:
    """Build the generated corpus into a fresh store and return the measurements."""
    rows = corpus_rows([ROOT / "seeds", eval_dir], articles)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        start = time.perf_counter()
        store, out = Store(Path(tmp) / "store"), Path(tmp) / "out"
        report = build([str(corpus)], store, out, DEFAULT_BASE_IRI)
        total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": len(report.built),
        "errors": len(report.errors),
        "words": report.words,
        "seconds_total": round(total, 2),
        "seconds_by_stage": {s: round(report.seconds[s], 2) for s in STAGES},
        "articles_per_hour": round(len(report.built) / total * 3600),
        "words_per_second": round(report.words / total),
        "peak_memory_mb": round(peak_mb),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
                   f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}",
    }


def main() -> None:
    """Run the benchmark, print a table, write benchmarks/results/build.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=204)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    args = parser.parse_args()
    result = run(args.articles, args.eval_dir)
    out = ROOT / "benchmarks" / "results" / "build.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for key, value in result.items():
        print(f"{key:20} {value}")


if __name__ == "__main__":
    main()
