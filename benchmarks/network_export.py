"""Network export benchmark: a 50k-node, 500k-edge actor network written in every format.

The network is generated (seeded) with the attributes the projection gives actors and
relations, so the writers do the same work as on a real store. Analytics (PageRank, Louvain)
and writing are timed apart, in wall-clock and CPU seconds (CPU time shows the cost when other
processes share the machine); the target is writing in under 30 s of wall-clock time.
Run from the repository root:

    python benchmarks/network_export.py [--nodes 50000] [--edges 500000]

It prints the figures and writes benchmarks/results/network_export.json. ``write_network``
does the same steps (one schema, then each writer) after projecting the store.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from graph.network.analytics import add_analytics
from graph.network.attributes import Schema, schema
from graph.network.gexf import write_gexf
from graph.network.graphml import write_graphml
from graph.network.preview import write_preview
from graph.network.tables import write_tables
from graph.records import ActorType

ROOT = Path(__file__).resolve().parents[1]
RELATIONS = ("speaksTo", "speaksAbout", "respondsTo", "accuses", "consultsWith", "supports",
             "rejects", "threatens", "requests", "agreesWith")
TARGET_SECONDS = 30.0


def actor(number: int, rng: random.Random) -> dict[str, object]:
    """Attributes of a generated actor, shaped like the projection's."""
    type_ = rng.choice(list(ActorType)).value
    attributes: dict[str, object] = {
        "label": f"Aktor {number} {rng.choice(('Putra', 'Sari', 'Wijaya', 'Ibu Kota'))}",
        "node_kind": "actor", "type": type_,
        "mentions": rng.randint(1, 40), "statements": rng.randint(0, 10),
        "first_seen": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "last_seen": "2024-06-30",
        "iri": f"https://w3id.org/newsgraph/id/actor/Aktor_{number}",
    }
    if type_ == "Person":
        attributes |= {"country": "Indonesia", "job_title": "Menteri"}
    if number % 3 == 0:
        attributes["wikidata"] = f"Q{1000 + number}"
    return attributes


def relation(rng: random.Random) -> dict[str, object]:
    """Attributes of a generated aggregated relation."""
    weight = min(int(rng.paretovariate(1.5)), 50)
    month = rng.randint(1, 12)
    return {
        "label": rng.choice(RELATIONS), "weight": weight,
        "first_seen": f"2023-{month:02d}-01", "last_seen": f"2024-{month:02d}-15",
        "negated_share": round(rng.random() * 0.2, 4),
        "evidence": " ".join(f"https://w3id.org/newsgraph/id/event/gen-{rng.randint(0, 99999)}"
                             f"/ACCUSE-{i}-{i + 7}" for i in range(min(weight, 3))),
    }


def generated(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A seeded network with a skewed degree distribution, ids and order as the projection's."""
    rng = random.Random(seed)
    ids = [f"actor:Aktor_{n}" for n in range(nodes)]
    graph = nx.MultiDiGraph()
    for number in sorted(range(nodes), key=ids.__getitem__):
        graph.add_node(ids[number], **actor(number, rng))
    pairs = sorted(
        (ids[int(nodes * rng.random() ** 2)], ids[rng.randrange(nodes)], rng.random())
        for _ in range(edges)
    )
    for number, (source, target, _) in enumerate(pairs):
        graph.add_edge(source, target, key=f"e{number}", **relation(rng))
    return graph


def timed(step: str, seconds: dict[str, dict[str, float]], action: Callable[[], object]) -> None:
    """Run a zero-argument callable, recording its wall and CPU time under ``step``."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    seconds["wall"][step] = round(time.perf_counter() - wall, 2)
    seconds["cpu"][step] = round(time.process_time() - cpu, 2)


def run(nodes: int, edges: int) -> dict[str, object]:
    """Generate, analyse and write the network; the measurements."""
    seconds: dict[str, dict[str, float]] = {"wall": {}, "cpu": {}}
    graphs: list[nx.MultiDiGraph] = []
    timed("generate", seconds, lambda: graphs.append(generated(nodes, edges)))
    graph = graphs[0]
    timed("analytics", seconds, lambda: add_analytics(graph))
    declared: list[Schema] = []
    timed("write_schema", seconds, lambda: declared.append(schema(graph)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        steps: dict[str, Callable[[], object]] = {
            "graphml": lambda: write_graphml(graph, out / "graph.graphml", declared[0]),
            "gexf": lambda: write_gexf(graph, out / "graph.gexf", "benchmark", declared[0]),
            "csv": lambda: write_tables(graph, out / "nodes.csv", out / "edges.csv", declared[0]),
            "png": lambda: write_preview(graph, out / "graph.png"),
        }
        for name, step in steps.items():
            timed(f"write_{name}", seconds, step)
        sizes = {p.name: round(p.stat().st_size / 2**20, 1) for p in sorted(out.iterdir())}
    writing = {clock: round(sum(v for k, v in by_step.items() if k.startswith("write_")), 2)
               for clock, by_step in seconds.items()}
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "seconds": seconds,
        "seconds_writing": writing,
        "under_target": writing["wall"] < TARGET_SECONDS,
        "file_mb": sizes,
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "machine": f"{platform.machine()}, {platform.python_version()}, networkx {nx.__version__}",
    }


def main() -> None:
    """Run the benchmark, print the figures and save them under benchmarks/results/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    args = parser.parse_args()
    figures = run(args.nodes, args.edges)
    text = json.dumps(figures, indent=2)
    print(text)
    results = ROOT / "benchmarks" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "network_export.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
