"""Indonesian NLP pipeline: tokenizer fixes, the shipped spaCy model and its gazetteer."""

from graph.nlp.pipeline import PipelineNotFoundError, load

__all__ = ["PipelineNotFoundError", "load"]
