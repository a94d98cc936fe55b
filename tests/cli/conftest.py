"""A filled on-disk store for the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.kb.store import Store
from tests.kb.conftest import make_graph


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """An on-disk store with articles a1, a2, a3, closed again."""
    path = tmp_path / "kb"
    store = Store(path)
    for i, article_id in enumerate(("a1", "a2", "a3"), start=1):
        store.put_article(make_graph(article_id, i, date=f"2023-05-0{i}"), f"fp-{article_id}")
    store.flush()
    del store
    return path
