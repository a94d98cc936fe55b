"""The shipped pipeline: real behaviour of tokenizer, sentence splitter, gazetteer and NER."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from graph.nlp.pipeline import model_path

pytestmark = pytest.mark.skipif(
    not (model_path("id") / "config.cfg").exists(),
    reason="trained pipeline not shipped yet (graph/nlp/models/id)",
)


@pytest.fixture(scope="module")
def nlp():
    from graph.nlp import load

    return load("id")


def test_load_is_cached(nlp):
    from graph.nlp import load

    start = time.perf_counter()
    again = load("id")
    assert again is nlp
    assert time.perf_counter() - start < 0.01


def test_components(nlp):
    names = nlp.pipe_names
    assert names[0] == "gazetteer_ruler"
    for name in ("morphologizer", "parser", "trainable_lemmatizer", "ner"):
        assert name in names
    assert names.index("gazetteer_ruler") < names.index("ner")
    assert names.index("quote_sentences") == names.index("parser") + 1


def test_tokenizer_splits_quote_glued_to_next_word(nlp):
    doc = nlp.make_doc("kekhawatiran mendasar Rusia akhirnya diabaikan.”AS, sekutu NATO-nya")
    words = [t.text for t in doc]
    assert words[3:8] == ["akhirnya", "diabaikan", ".", "”", "AS"]
    doc = nlp.make_doc('Ia berkata:"tidak." Lalu "ya."')
    assert [t.text for t in doc] == ["Ia", "berkata", ":", '"', "tidak", ".", '"', "Lalu",
                                     '"', "ya", ".", '"']


def test_quote_and_cue_stay_one_sentence(nlp):
    text = (
        '"Kami dengan hati-hati menganalisis tanggapan tertulis yang diterima dari Amerika '
        'Serikat dan NATO," kata Putin kepada wartawan setelah pembicaraan dengan Perdana '
        "Menteri Hongaria Viktor Orban di Kremlin pada hari Selasa (1/2). "
        "“Tetapi sudah jelas bahwa kekhawatiran mendasar Rusia akhirnya diabaikan.”"
        "AS, sekutu NATO-nya, dan Ukraina menuduh Rusia mengumpulkan pasukan."
    )
    doc = nlp(text)
    sents = [s.text for s in doc.sents]
    assert sents[0].startswith('"Kami') and "kata Putin kepada wartawan" in sents[0]
    assert sents[0].endswith("(1/2).")
    # the closing quote belongs to the sentence it closes
    assert any(s.startswith("“Tetapi") and s.endswith("diabaikan.”") for s in sents), sents
    assert any(s.startswith("AS, sekutu") for s in sents), sents


def test_syntax_annotations(nlp):
    doc = nlp('"Kami tidak melihat pertimbangan yang memadai," kata pemimpin Rusia itu.')
    assert all(t.pos_ for t in doc)
    assert all(t.dep_ for t in doc)
    assert all(t.lemma_ for t in doc)
    kata = next(t for t in doc if t.text == "kata")
    assert kata.dep_ in {"parataxis", "ROOT"}
    verb = next(t for t in doc if t.text == "melihat")
    assert verb.pos_ == "VERB"
    assert any(t.dep_ == "nsubj" for t in doc)


GAZ_SENTENCE = (
    "Presiden Rusia bertemu pejabat Amerika Serikat di Moskow, sementara Gedung Putih, "
    "Kremlin, Beijing dan Kyiv menunggu sikap NATO, PBB, Uni Eropa, ASEAN, OKI dan Bank Dunia "
    "serta Dewan Keamanan PBB. Hongaria, Inggris, Tiongkok, Korut dan Korsel juga hadir."
)

EXPECTED = {
    "Rusia": ("GPE", "Q159"),
    "Amerika Serikat": ("GPE", "Q30"),
    "Moskow": ("LOC", "Q649"),
    "Gedung Putih": ("LOC", "Q35525"),
    "Kremlin": ("LOC", "Q133274"),
    "Beijing": ("LOC", "Q956"),
    "Kyiv": ("LOC", "Q1899"),
    "NATO": ("ORG", "Q7184"),
    "PBB": ("ORG", "Q1065"),
    "Uni Eropa": ("ORG", "Q458"),
    "ASEAN": ("ORG", "Q7768"),
    "OKI": ("ORG", "Q47543"),
    "Bank Dunia": ("ORG", "Q7164"),
    "Dewan Keamanan PBB": ("ORG", "Q37470"),
    "Hongaria": ("GPE", "Q28"),
    "Inggris": ("GPE", "Q145"),
    "Tiongkok": ("GPE", "Q148"),
    "Korut": ("GPE", "Q423"),
    "Korsel": ("GPE", "Q884"),
}


def test_gazetteer_entities(nlp):
    doc = nlp(GAZ_SENTENCE)
    found = {e.text: (e.label_, e.ent_id_) for e in doc.ents}
    for text, expected in EXPECTED.items():
        assert found.get(text) == expected, (text, found.get(text))


SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_4bba2ba1a0214ded.txt"
SEED_NAMES = {
    "Rusia": "GPE", "Amerika Serikat": "GPE", "AS": "GPE", "Ukraina": "GPE", "Inggris": "GPE",
    "Estonia": "GPE", "Polandia": "GPE", "Hongaria": "GPE", "Moskow": "LOC", "Kremlin": "LOC",
    "Washington": "LOC", "London": "LOC", "Kiev": "LOC", "NATO": "ORG", "Uni Eropa": "ORG",
}


def test_every_state_capital_and_international_organisation_of_the_seed(nlp):
    from graph.sources import read_inputs

    [article] = read_inputs([str(SEED)])
    found = {(e.text, e.label_) for e in nlp(article.body).ents}
    assert {(name, label) for name, label in SEED_NAMES.items()} <= found
    assert not {(name, label) for name, label in found if name in SEED_NAMES} - set(
        SEED_NAMES.items())


def test_entity_labels_and_person(nlp):
    doc = nlp(
        "Perdana Menteri Inggris Boris Johnson tiba di ibukota Ukraina, Kiev, untuk berdiskusi "
        "dengan Presiden Ukraina Volodymyr Zelenskyy."
    )
    labels = {e.label_ for e in doc.ents}
    assert labels <= {"PER", "ORG", "LOC", "GPE"}
    found = {e.text: e.label_ for e in doc.ents}
    assert found.get("Kiev") == "LOC"
    assert found.get("Ukraina") == "GPE"
    assert any(e.label_ == "PER" and "Johnson" in e.text for e in doc.ents), found


def test_numpy_blas_gives_the_annotations_of_blis(nlp):
    from thinc.api import NumpyOps

    from graph.nlp.pipeline import load_path, use_ops

    def nodes(pipeline):
        return [n for _, c in pipeline.pipeline if hasattr(c, "model") for n in c.model.walk()]

    def annotations(doc):
        return [(t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in doc]

    text = (
        "Menteri Luar Negeri AS Antony Blinken dan Sergei Lavrov berbicara melalui telepon pada "
        'hari Selasa. "Kami menolak tuduhan itu," kata juru bicara Kremlin Dmitry Peskov kepada '
        "wartawan di Moskow. Presiden Joko Widodo meminta para menteri mempercepat bantuan."
    )
    blis_nlp = load_path(model_path("id"))
    assert nodes(blis_nlp) and not any(node.ops.use_blis for node in nodes(blis_nlp))
    use_ops(blis_nlp, NumpyOps())
    assert annotations(nlp(text)) == annotations(blis_nlp(text))


def test_parse_reads_each_paragraph_apart_and_keeps_the_offsets(nlp):
    from graph.nlp.pipeline import paragraphs, parse

    text = "Presiden tiba di Jakarta.\n\nIa menegaskan bahwa kerja sama berlanjut.\nSelesai.\n"
    assert "".join(paragraphs(text)) == text
    doc = parse(nlp, text)
    assert doc.text == text
    breaks = [t.i for t in doc if t.is_space]
    # no word depends on a word of another paragraph, so a line break never heads the next one
    for tok in doc:
        assert sum(b < tok.i for b in breaks) == sum(b < tok.head.i for b in breaks) or \
            tok.is_space or tok.head.is_space
    ia = next(t for t in doc if t.text == "Ia")
    assert ia.head.text == "menegaskan"
