"""Knowledge-base benchmark: Oxigraph store against rdflib on ~1,000,000 contract triples.

A generated corpus (articles with actors, statements, events and evidence spans, built by the
real records-to-RDF mapping) is bulk-loaded into an on-disk store; then each named query runs,
plus stats, exports, replacing and removing one article. The same load and queries run on
rdflib's in-memory Dataset in another process, each query cut off after --timeout seconds.
Each engine runs in its own process so that peak memory (max RSS) is its own. Run from the
repository root:

    python benchmarks/kb_store.py [--triples 1000000] [--timeout 60]

It prints a table and writes benchmarks/results/kb_store.json. Targets: load <= 10 s, each
named query <= 1 s (resolving its actor parameters included), peak memory <= 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.config import DEFAULT_BASE_IRI  # noqa: E402
from graph.kb.iris import Minter  # noqa: E402
from graph.kb.rdf import article_graph  # noqa: E402
from graph.records import (  # noqa: E402
    PLOVER_TYPES,
    Actor,
    ActorType,
    Article,
    ArticleRecord,
    Event,
    Mention,
    QuoteForm,
    Span,
    Statement,
)

TARGETS = {"load_seconds": 10.0, "query_seconds": 1.0, "peak_memory_mb": 1024.0}
SYLLABLES = ["ka", "ru", "ma", "li", "to", "sa", "ne", "bo", "di", "ra", "an", "te", "mo", "su",
             "ga", "ri", "lo", "ve", "na", "pe"]
TRIGGERS = {t: f"meng{t.lower()}" for t in PLOVER_TYPES}
TOPICS = ["perbatasan", "sanksi", "perjanjian", "minyak", "pemilu", "bantuan", "senjata"]
FINGERPRINT = "<https://w3id.org/newsgraph/ns#fingerprint>"


@dataclass(frozen=True)
class PoolActor:
    """An actor of the generated world."""

    key: str
    name: str
    type: ActorType
    wikidata: str | None
    affiliation: int | None


def names(rng: random.Random, count: int, syllables: int) -> list[str]:
    """Distinct made-up capitalised names."""
    found: dict[str, None] = {}
    while len(found) < count:
        found["".join(rng.choices(SYLLABLES, k=syllables)).capitalize()] = None
    return list(found)


def actor_pool(rng: random.Random) -> list[PoolActor]:
    """200 states, 300 organisations, 2,500 people (most with QIDs, affiliated to states)."""
    states = [PoolActor(f"s{i}", n, ActorType.COUNTRY, f"Q{10_000 + i}", None)
              for i, n in enumerate(names(rng, 200, 3))]
    orgs = [PoolActor(f"o{i}", f"Partai {n}", ActorType.ORGANIZATION,
                      f"Q{20_000 + i}" if i % 2 else None, rng.randrange(200))
            for i, n in enumerate(names(rng, 300, 3))]
    firsts, lasts = names(rng, 400, 2), names(rng, 900, 3)
    people = [PoolActor(f"p{i}", f"{rng.choice(firsts)} {last}", ActorType.PERSON,
                        f"Q{30_000 + i}" if i % 5 != 4 else None, zipf(rng, 200))
              for i, last in enumerate(rng.sample(lasts, 900) + names(rng, 1600, 4))]
    return states + orgs + people


def zipf(rng: random.Random, size: int) -> int:
    """An index in range(size), small ones far more often (news favours a few actors)."""
    return min(int(size ** rng.random()) - 1, size - 1)


class Text:
    """An article text built sentence by sentence, with the spans of its parts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> Span:
        """Append a piece of text; its span."""
        span = Span(self.length, self.length + len(piece), piece)
        self.parts.append(piece)
        self.length += len(piece)
        return span

    def sentence(self, *pieces: str) -> tuple[list[Span], Span]:
        """Append a sentence from pieces; the pieces' spans and the sentence's span."""
        start = self.length
        spans = [self.add(p) for p in pieces]
        self.add(" ")
        return spans, Span(start, spans[-1].end, "".join(pieces))


def article_record(n: int, pool: list[PoolActor], rng: random.Random) -> ArticleRecord:
    """One generated article: 8 statements and 8 events among Zipf-chosen actors."""
    text, used, date = Text(), {}, f"{2020 + n % 5}-{1 + n % 12:02d}-{1 + n % 28:02d}"
    states = [a for a in pool if a.type is ActorType.COUNTRY]
    people = [a for a in pool if a.type is not ActorType.COUNTRY]

    def mention(actor: PoolActor, span: Span) -> str:
        used.setdefault(actor.key, (actor, []))[1].append(Mention(span))
        if actor.affiliation is not None:
            used.setdefault(states[actor.affiliation].key, (states[actor.affiliation], []))
        return actor.key

    statements, events = [], []
    for _ in range(8):
        speaker, about = people[zipf(rng, len(people))], states[zipf(rng, len(states))]
        topic = rng.choice(TOPICS)
        (_, content, _, cue, sp, end), sentence = text.sentence(
            '"', f"Kami menolak sikap {about.name} soal {topic}", ',"', "kata", " ",
            speaker.name + ".")
        about_span = Span(content.start + 19, content.start + 19 + len(about.name), about.name)
        mention(about, about_span)
        statements.append(Statement(mention(speaker, Span(sp.end, end.end - 1, speaker.name)),
                                    content, cue, QuoteForm.DIRECT, sentence, about=[about.key],
                                    date=date))
    for _ in range(8):
        kind = rng.choice(PLOVER_TYPES)
        sources = rng.choice((states, people))
        source, target = sources[zipf(rng, len(sources))], states[zipf(rng, len(states))]
        if source == target:
            continue
        (src, _, trigger, _, tgt, _), sentence = text.sentence(
            source.name, " ", TRIGGERS[kind], " ", target.name, f" soal {rng.choice(TOPICS)}.")
        events.append(Event(kind, trigger, sentence, sources=[mention(source, src)],
                            targets=[mention(target, tgt)], date=date))
    actors = [Actor(a.key, a.name, a.type, aliases=[a.name.split()[-1]] if " " in a.name else [],
                    job_titles=["Menteri"] if a.type is ActorType.PERSON else [],
                    affiliation=states[a.affiliation].key if a.affiliation is not None else None,
                    wikidata=a.wikidata, mentions=m)
              for a, m in used.values()]
    article = Article(id=f"bench-{n:06d}", text="".join(text.parts), date=date,
                      publisher="Harian Uji")
    return ArticleRecord(article, actors, statements, events)


def write_corpus(path: Path, triples: int, seed: int = 5) -> dict[str, Any]:
    """Write N-Quads of generated article graphs (with fingerprints) until ``triples``."""
    rng = random.Random(seed)
    pool, written, articles = actor_pool(rng), 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < triples:
            graph = article_graph(article_record(articles, pool, rng), DEFAULT_BASE_IRI)
            name = f"<{graph.identifier}>"
            for line in graph.serialize(format="nt").splitlines():
                if line:
                    out.write(f"{line[:-1]}{name} .\n")
            out.write(f'{name} {FINGERPRINT} "bench" {name} .\n')
            written += len(graph) + 1
            articles += 1
    return {"quads": written, "articles": articles}


def named_query_params(pool: list[PoolActor]) -> dict[str, dict[str, str]]:
    """Parameters for the named queries: the most mentioned states and speaker, by IRI."""
    minter = Minter(DEFAULT_BASE_IRI, Article(id="any", text=""))
    state, other, person = (minter.actor(Actor(a.key, a.name, a.type, wikidata=a.wikidata))
                            for a in (pool[0], pool[1], pool[200]))
    return {
        "said-about": {"actor": state},
        "events-between": {"a": state, "b": other},
        "actors-by-statements": {},
        "evidence": {"source": person, "target": state},
    }


def emit(**fields: Any) -> None:
    """One line of JSON to the parent process."""
    print(json.dumps(fields), flush=True)


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds an action took, and its value."""
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def oxigraph_phase(corpus: Path, work: Path) -> None:
    """Load into an on-disk store; time the named queries, stats, exports, replace, remove."""
    import io

    import pyoxigraph as ox

    from graph.kb.export import write_export
    from graph.kb.queries import NamedQuery, named_queries, prepare
    from graph.kb.store import Store

    store = Store(work / "store")
    seconds, _ = timed(lambda: store.ox.bulk_load(path=str(corpus), format=ox.RdfFormat.N_QUADS))
    emit(step="load", seconds=seconds)
    pool = actor_pool(random.Random(5))
    for name, params in named_query_params(pool).items():
        named = named_queries()[name]

        def answer(named: NamedQuery = named, params: dict[str, str] = params) -> int:
            return len(list(store.query(prepare(store, named, params))))

        runs = [timed(answer) for _ in range(3)]
        emit(step="query", name=name, text=prepare(store, named, params),
             rows=runs[0][1], seconds=statistics.median(s for s, _ in runs),
             first_seconds=runs[0][0])
    seconds, counts = timed(store.stats)
    emit(step="stats", seconds=seconds, counts=counts)
    for fmt in ("trig", "ttl"):
        seconds, _ = timed(lambda f=fmt: write_export(store, io.BytesIO(), f))
        emit(step=f"export_{fmt}", seconds=seconds)
    graph = article_graph(article_record(7, pool, random.Random(99)), DEFAULT_BASE_IRI)
    emit(step="replace_article", seconds=timed(lambda: store.put_article(graph, "changed"))[0])
    seconds, _ = timed(lambda: store.remove_article(str(graph.identifier)))
    emit(step="remove_article", seconds=seconds)


def rdflib_phase(corpus: Path, queries: dict[str, str]) -> None:
    """Load into rdflib's Dataset (union default graph) and run the same queries."""
    from rdflib import Dataset

    from graph.kb.vocabulary import PREFIXES

    dataset = Dataset(default_union=True)
    emit(step="load", seconds=timed(lambda: dataset.parse(str(corpus), format="nquads"))[0])
    for name, text in queries.items():
        emit(step="started", name=name)
        seconds, rows = timed(lambda t=text: len(list(dataset.query(t, initNs=PREFIXES))))
        emit(step="query", name=name, rows=rows, seconds=seconds)


def child(
    args: list[str], steps: Callable[[dict[str, Any]], float | None], limit: float | None = None
) -> float:
    """Run a phase in a child process; ``steps`` sees each line and returns the time limit
    for the next one (``limit`` for the first). On a time-out the child is killed. Returns
    the child's peak RSS in MB."""
    process = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE,
                               text=True, cwd=ROOT)
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    while True:
        try:
            line = lines.get(timeout=limit)
        except queue.Empty:
            steps({"step": "timeout"})
            os.kill(process.pid, signal.SIGKILL)
            break
        if line is None:
            break
        limit = steps(json.loads(line))
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, -signal.SIGKILL):
        raise SystemExit(f"the {args[1]} phase failed (exit code {process.returncode})")
    return usage.ru_maxrss / 1024


def run_oxigraph(corpus: Path, work: Path) -> dict[str, Any]:
    """The Oxigraph figures."""
    found: dict[str, Any] = {"queries": {}}

    def step(line: dict[str, Any]) -> None:
        if line["step"] == "query":
            found["queries"][line["name"]] = line
        else:
            found[line["step"]] = line

    found["peak_rss_mb"] = child(["--phase", "oxigraph", "--corpus", str(corpus),
                                  "--work", str(work)], step)
    return found


def run_rdflib(corpus: Path, queries: dict[str, str], timeout: float,
               load_timeout: float) -> dict[str, Any]:
    """The rdflib figures; a query past the time limit is reported as not finished."""
    found: dict[str, Any] = {"queries": {}, "peak_rss_mb": 0.0}
    remaining = dict(queries)
    while remaining:
        current: dict[str, Any] = {}

        def step(line: dict[str, Any], current: dict[str, Any] = current) -> float:
            if line["step"] == "load":
                found["load"] = line
            elif line["step"] == "started":
                current["name"] = line["name"]
            elif line["step"] == "query":
                found["queries"][line["name"]] = line
                remaining.pop(line["name"])
            elif line["step"] == "timeout":
                name = current.get("name")
                if name is None:
                    found["load"] = {"seconds": None, "timed_out": load_timeout}
                    remaining.clear()
                else:
                    found["queries"][name] = {"seconds": None, "timed_out": timeout}
                    remaining.pop(name)
            return timeout if line["step"] in ("started", "query") else load_timeout

        peak = child(["--phase", "rdflib", "--corpus", str(corpus), "--queries",
                      json.dumps(remaining)], step, load_timeout)
        found["peak_rss_mb"] = max(found["peak_rss_mb"], peak)
    return found


def shown(entry: dict[str, Any] | None) -> str:
    """Seconds, or "> N s" for a step cut off."""
    if not entry:
        return "-"
    if entry.get("seconds") is None:
        return f"> {entry['timed_out']:g} s"
    return f"{entry['seconds']:.3f} s"


def ratio(rdflib: dict[str, Any] | None, oxigraph: dict[str, Any]) -> str:
    """rdflib's time over Oxigraph's ("> N x" when rdflib did not finish)."""
    if not rdflib:
        return "-"
    if rdflib.get("seconds") is None:
        return f"> {rdflib['timed_out'] / oxigraph['seconds']:.0f}x"
    return f"{rdflib['seconds'] / oxigraph['seconds']:.1f}x"


def report(corpus: dict[str, Any], ox: dict[str, Any], rd: dict[str, Any]) -> dict[str, Any]:
    """The results document."""
    rows = {"load": (ox["load"], rd.get("load"))}
    rows |= {f"query {n}": (q, rd["queries"].get(n)) for n, q in ox["queries"].items()}
    slowest = max(q["seconds"] for q in ox["queries"].values())
    return {
        "corpus": corpus | {"counts": ox["stats"]["counts"]},
        "oxigraph": {
            "load_seconds": round(ox["load"]["seconds"], 2),
            "queries": {n: {"seconds": round(q["seconds"], 3), "rows": q["rows"],
                            "first_run_seconds": round(q["first_seconds"], 3)}
                        for n, q in ox["queries"].items()},
            **{f"{k}_seconds": round(ox[k]["seconds"], 3)
               for k in ("stats", "export_trig", "export_ttl", "replace_article",
                         "remove_article")},
            "peak_rss_mb": round(ox["peak_rss_mb"]),
        },
        "rdflib": {
            "load": shown(rd.get("load")),
            "queries": {n: shown(q) for n, q in rd["queries"].items()},
            "peak_rss_mb": round(rd["peak_rss_mb"]),
        },
        "rdflib_over_oxigraph": {k: ratio(r, o) for k, (o, r) in rows.items()},
        "targets": TARGETS,
        "targets_met": {
            "load": ox["load"]["seconds"] <= TARGETS["load_seconds"],
            "queries": slowest <= TARGETS["query_seconds"],
            "peak_memory": ox["peak_rss_mb"] <= TARGETS["peak_memory_mb"],
        },
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
                   f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}",
    }


def main() -> None:
    """Generate, run both engines, print a table, write benchmarks/results/kb_store.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=60.0, help="rdflib time per query")
    parser.add_argument("--load-timeout", type=float, default=600.0, help="rdflib load time")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/kb_store.json")
    parser.add_argument("--phase", choices=("oxigraph", "rdflib"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "oxigraph":
        oxigraph_phase(args.corpus, args.work)
        return
    if args.phase == "rdflib":
        rdflib_phase(args.corpus, json.loads(args.queries))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.nq"
        seconds, generated = timed(lambda: write_corpus(corpus, args.triples))
        print(f"generated {generated['quads']:,} quads in {generated['articles']:,} articles "
              f"({seconds:.0f} s)", file=sys.stderr)
        oxigraph = run_oxigraph(corpus, Path(tmp))
        queries = {n: q["text"] for n, q in oxigraph["queries"].items()}
        rdflib = run_rdflib(corpus, queries, args.timeout, args.load_timeout)
    result = report(generated, oxigraph, rdflib)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for line in table(result):
        print(line)


def table(result: dict[str, Any]) -> Iterator[str]:
    """The figures as aligned lines."""
    ox, rd = result["oxigraph"], result["rdflib"]
    yield f"{'':28}{'oxigraph':>12}{'rdflib':>14}{'ratio':>10}"
    yield (f"{'load':28}{ox['load_seconds']:>10.2f} s{rd['load']:>14}"
           f"{result['rdflib_over_oxigraph']['load']:>10}")
    for name, q in ox["queries"].items():
        yield (f"{'query ' + name:28}{q['seconds']:>10.3f} s{rd['queries'].get(name, '-'):>14}"
               f"{result['rdflib_over_oxigraph']['query ' + name]:>10}")
    yield f"{'peak memory':28}{ox['peak_rss_mb']:>9} MB{rd['peak_rss_mb']:>11} MB"
    for key in ("stats", "export_trig", "export_ttl", "replace_article", "remove_article"):
        yield f"{key:28}{ox[key + '_seconds']:>10.3f} s"
    yield f"counts: {json.dumps(result['corpus']['counts'])}"
    yield f"targets met: {json.dumps(result['targets_met'])}"


if __name__ == "__main__":
    main()
