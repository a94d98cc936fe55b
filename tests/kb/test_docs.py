"""The example queries of docs/vocabulary.md run on a store and find what they promise."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from graph.kb.store import Store

DOC = Path(__file__).resolve().parents[2] / "docs" / "vocabulary.md"
EXAMPLES = re.findall(r"```sparql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_every_example_query_runs_and_answers(filled: Store) -> None:
    assert len(EXAMPLES) >= 5
    for sparql in EXAMPLES:
        result = filled.query(sparql)
        if isinstance(result, ox.QueryBoolean):
            assert not result, sparql  # the evidence check: no span is wrong
        else:
            assert list(result), sparql
