"""The main job: articles in, named graphs into the store, exports out."""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from graph import __version__
from graph.config import PACKAGE_DIR
from graph.extract import extract
from graph.kb.export import export
from graph.kb.iris import Minter
from graph.kb.rdf import article_graph
from graph.kb.store import Store
from graph.network import write_network
from graph.nlp.pipeline import load, parse
from graph.records import Article
from graph.sources import InputError, read_inputs

STAGES = ("read", "nlp", "extract", "rdf", "write")
RDF_EXPORTS = (("graph.trig", "trig"), ("graph.ttl", "ttl"))


@dataclass
class BuildReport:
    """What a build did, with time spent per stage."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    words: int = 0
    seconds: Counter[str] = field(default_factory=Counter)

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        """Add the time spent in the block to a stage."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] += time.perf_counter() - start

    def as_dict(self) -> dict[str, object]:
        """The report as plain data."""
        return asdict(self)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A digest of the code, data and model metadata that turn an article into its graph."""
    digest = hashlib.sha256(__version__.encode())
    patterns = (
        "records.py", "sources/*.py", "nlp/*.py", "nlp/models/*/meta.json", "extract/*.py",
        "lang/**/*", "kb/iris.py", "kb/rdf.py", "kb/vocabulary.py", "kb/vocabulary.ttl",
    )
    files = sorted({p for pattern in patterns for p in PACKAGE_DIR.glob(pattern) if p.is_file()})
    for path in files:
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(article: Article, base: str) -> str:
    """Identifies an article's input, metadata, base IRI and pipeline version."""
    fields = asdict(article) | {"source": None, "base": base, "pipeline": pipeline_version()}
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:32]


def timed_inputs(paths: Iterable[str], report: BuildReport) -> Iterator[Article | InputError]:
    """Read the inputs, counting the reading time in the report."""
    items = iter(read_inputs(paths))
    while True:
        with report.timing("read"):
            item = next(items, None)
        if item is None:
            return
        yield item


def add_article(article: Article, store: Store, base: str, report: BuildReport) -> None:
    """Parse, extract and store one article, unless it is stored unchanged."""
    iri = Minter(base, article).article()
    stamp = fingerprint(article, base)
    if store.fingerprint(iri) == stamp:
        report.unchanged.append(article.id)
        return
    with report.timing("nlp"):
        doc = parse(load(article.lang), article.body)
    with report.timing("extract"):
        record = extract(article, doc)
    with report.timing("rdf"):
        store.put_article(article_graph(record, base), stamp)
    report.built.append(article.id)
    report.words += sum(1 for token in doc if not token.is_punct and not token.is_space)


def build(
    paths: Iterable[str],
    store: Store,
    out_dir: Path | None,
    base: str,
    on_error: Callable[[str], None] = lambda message: None,
) -> BuildReport:
    """Add every readable article to the store, then write the exports into ``out_dir``."""
    report = BuildReport()
    seen: set[str] = set()
    for item in timed_inputs(paths, report):
        if isinstance(item, InputError):
            report.errors.append(str(item))
            on_error(str(item))
            continue
        if item.id in seen:
            message = f"{item.source}: duplicate article id {item.id!r} (skipped)"
            report.errors.append(message)
            on_error(message)
            continue
        seen.add(item.id)
        try:
            add_article(item, store, base, report)
        except Exception as err:  # one broken article must not stop the others
            message = f"{item.source}: {item.id}: {type(err).__name__}: {err}"
            report.errors.append(message)
            on_error(message)
    store.flush()
    if out_dir is not None:
        with report.timing("write"):
            report.outputs = [str(p) for p in write_exports(store, out_dir)]
    return report


def write_exports(store: Store, out_dir: Path) -> list[Path]:
    """The RDF exports and the network projection of everything in the store."""
    written = []
    for name, fmt in RDF_EXPORTS:
        export(store, out_dir / name, fmt)
        written.append(out_dir / name)
    return written + write_network(store, out_dir)
