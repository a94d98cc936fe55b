"""Helpers of the extraction tests: run the Indonesian pipeline on invented text."""

import pytest

from graph.nlp import pipeline
from graph.records import Article


def needs_model():
    """Skip marker for tests that need the trained Indonesian pipeline."""
    return pytest.mark.skipif(
        not (pipeline.model_path("id") / "config.cfg").exists(),
        reason="trained Indonesian pipeline absent",
    )


def run(text: str, date: str = "2021-03-10"):
    """The extraction record of an invented article."""
    from graph.extract import extract

    article = Article(id="t", text=text, date=date)
    return extract(article, pipeline.parse(pipeline.load("id"), article.body))


def actor_named(record, name: str):
    """The actor of an extraction record with this canonical name."""
    return next(a for a in record.actors if a.name == name)
