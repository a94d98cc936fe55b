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


def _conllu(path, texts):
    """A CoNLL-U file of two-word sentences ("Word1 Word2": a subject and its verb)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    blocks = []
    for k, text in enumerate(texts):
        a, b = text.split()
        blocks.append(f"# sent_id = s{k}\n# text = {text}\n"
                      f"1\t{a}\t{a.lower()}\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                      f"2\t{b}\t{b.lower()}\tVERB\t_\t_\t0\troot\t_\t_\n")
    path.write_text("\n".join(blocks) + "\n", encoding="utf-8")


def test_ud_train_set_weights_the_gsd_dev_sentences(tmp_path):
    from spacy.tokens import DocBin

    from graph.nlp.corpora import GSD_COPIES, convert_ud

    data, out = tmp_path / "data", tmp_path / "out"
    _conllu(data / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu", ["Ani tidur", "Budi lari"])
    _conllu(data / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu", ["Citra makan"])
    _conllu(data / "UD_Indonesian-GSD" / "id_gsd-ud-dev.conllu", ["Dedi pergi", "Ani tidur"])
    _conllu(data / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu", ["Eka minum"])
    _conllu(data / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu",
            ["Fajar duduk", "Gita datang", "Hadi pulang", "Indra masak", "Joko tulis"])
    convert_ud(data, out, 10, "none", log=lambda m: None)
    docs = list(DocBin().from_disk(out / "ud-train.spacy").get_docs(spacy.blank("id").vocab))
    texts = [s.text for d in docs for s in d.sents]
    assert GSD_COPIES == 2 and texts.count("Dedi pergi") == 2
    assert "Joko tulis" not in texts and "Citra makan" not in texts  # dev and test held out
