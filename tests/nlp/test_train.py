"""The training recipe's plumbing (no corpora, no real training)."""

from __future__ import annotations

import spacy
from spacy.training import Example

from graph.nlp import train


def test_shipped_recipe_does_not_pretrain(tmp_path):
    # pretraining was tried and did not help: both configs have no pretraining epochs
    for name in ("ud", "ner"):
        assert train.pretrain_component(name, tmp_path, tmp_path, 0, lambda m: None) is None


def test_shipped_configs_average_parameters():
    for name in ("ud", "ner"):
        config = spacy.util.load_config(train.CONFIGS / f"{name}.cfg", interpolate=False)
        assert config["training"]["optimizer"]["use_averages"] is True


def _tiny_ner(listener: bool) -> spacy.Language:
    nlp = spacy.blank("id")
    t2v = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 16,
            "attrs": ["NORM", "SHAPE"],
            "rows": [100, 50],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 16,
            "depth": 1,
            "window_size": 1,
            "maxout_pieces": 2,
        },
    }
    if listener:
        nlp.add_pipe("tok2vec", config={"model": t2v})
        t2v = {"@architectures": "spacy.Tok2VecListener.v1", "width": 16, "upstream": "tok2vec"}
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 8,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": t2v,
    }})
    doc = nlp.make_doc("Joko Widodo ke Jakarta")
    example = Example.from_dict(doc, {"entities": ["B-PER", "L-PER", "O", "U-LOC"]})
    nlp.initialize(lambda: [example])
    return nlp


def test_assemble_replaces_a_ner_listener(tmp_path):
    spacy.blank("id").to_disk(tmp_path / "ud")
    _tiny_ner(listener=True).to_disk(tmp_path / "ner")
    train.assemble(tmp_path / "ud", tmp_path / "ner", tmp_path / "out")
    nlp = spacy.load(tmp_path / "out")
    assert nlp.pipe_names == ["ner"]
    config = nlp.config["components"]["ner"]["model"]["tok2vec"]
    assert config["@architectures"] == "spacy.Tok2Vec.v2"
    nlp("Joko Widodo ke Jakarta")
