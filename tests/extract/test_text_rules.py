"""Sentence, quote and date rules on invented sentences (no pipeline needed)."""

from datetime import date

from graph.extract.segment import quotes, sentences
from graph.extract.time import anchor, sentence_date, shifts


def test_sentence_split_keeps_abbreviations_and_glued_quotes():
    body = "Dr. Ani tiba di Bandung.”Kami siap,” katanya. Ia pulang."
    texts = [body[s:e] for s, e in sentences(body)]
    assert texts[0] == "Dr. Ani tiba di Bandung.”"
    assert texts[-1] == "Ia pulang."


def test_quotes_curly_straight_mixed_and_missing_marks():
    body = '"Harga naik," kata Budi. “Kami rugi."\nsemua petani mengeluh," ujar Sari.'
    found = [body[q.start:q.end] for q in quotes(body)]
    assert found == ["Harga naik,", "Kami rugi.", "semua petani mengeluh,"]
    assert not quotes(body)[-1].opened


def test_closing_shaped_mark_glued_to_a_sentence_opens_a_quote():
    body = "Ia tiba di Medan.”Kami siap,” katanya. ”Sudah lama,” ujar Sari tadi.”Itu benar."
    found = [body[q.start:q.end] for q in quotes(body)]
    assert found == ["Kami siap,", "Sudah lama,", "Itu benar."]


def test_straight_mark_glued_between_sentences_opens_when_no_quote_is_open():
    body = 'Ia marah."Kami siap," katanya, Senin."Kami tidak takut," ujarnya.'
    found = [body[q.start:q.end] for q in quotes(body)]
    assert found == ["Kami siap,", "Kami tidak takut,"]


def test_dates_numeric_weekday_relative_and_report_lines():
    ref = date(2021, 3, 10)  # a Wednesday
    assert sentence_date("rapat pada Senin (8/3)", "2021-03-10", ref) == "2021-03-08"
    assert sentence_date("ia berkata pada hari Senin", "2021-03-10", ref) == "2021-03-08"
    assert sentence_date("kemarin ia berkata", "2021-03-10", ref) == "2021-03-09"
    assert sentence_date("dilansir Antara, Selasa (9/3/2021).", "2021-03-10", ref) is None
    assert sentence_date("ditangkap pada 2 Februari 2020", None, None) == "2020-02-02"
    assert sentence_date("akan bertemu pada Jumat depan", "2021-03-10", ref) is None
    assert sentence_date("bulan lalu ia berkata", "2021-03-10", ref) is None
    assert sentence_date("diunggah pada Minggu malam", "2021-03-10", ref) == "2021-03-07"
    assert sentence_date("dua minggu lalu ia berkata", "2021-03-10", ref) is None
    assert sentence_date("kata X di New York, Minggu.", "2021-03-10", ref) == "2021-03-07"
    assert sentence_date("harga naik, minggu ini", "2021-03-10", ref) is None


def test_the_start_of_a_span_is_not_the_day_told_of():
    ref = date(2021, 3, 10)
    assert sentence_date("kapal terdeteksi sejak Senin pagi", "2021-03-10", ref) is None
    assert sentence_date("perang berlangsung sejak 7 Oktober", "2021-03-10", ref) is None
    assert sentence_date("sejak Senin, katanya pada Selasa (9/3)", "2021-03-10", ref) == \
        "2021-03-09"


def test_a_day_counted_from_the_one_told_of_before():
    ref, base = date(2021, 3, 10), date(2021, 3, 5)
    assert sentence_date("Sehari sebelumnya, ia bertemu Rina.", "2021-03-10", ref, "id",
                         base) == "2021-03-04"
    assert sentence_date("Keesokan harinya ia pulang.", "2021-03-10", ref, "id",
                         base) == "2021-03-06"
    assert sentence_date("Pada hari yang sama, polisi menahan Rudi.", "2021-03-10", ref, "id",
                         base) == "2021-03-05"
    assert sentence_date("Sehari sebelumnya, ia bertemu Rina.", "2021-03-10", ref) is None


def test_the_day_referred_to_is_the_one_told_of_before():
    ref, base = date(2021, 3, 10), date(2021, 3, 5)
    for text in ("Pada hari pertama, Rudi menuduh Rina.", "Hari itu juga polisi menahan Rudi.",
                 "Pada hari tersebut, Rina membantah."):
        assert sentence_date(text, "2021-03-10", ref, "id", base) == "2021-03-05"


def test_a_sentence_turning_to_another_occasion_after_its_subject():
    assert shifts("Rusia sebelumnya memperingatkan eskalasi.")
    assert shifts("Sebelumnya, Rusia memperingatkan eskalasi.")
    assert not shifts("Rusia memperingatkan eskalasi pada hari Senin, sehari sebelumnya.")


def test_anchor_from_text_when_article_date_has_no_day():
    assert anchor("2021-03", "Ia bicara Rabu (10/3) di Solo.") == date(2021, 3, 10)


def test_abstract_noun_shapes():
    from graph.extract.morph import abstract_noun

    assert abstract_noun("Kekesalan") and abstract_noun("Pernyataan")
    assert not abstract_noun("Dian") and not abstract_noun("Pekan") and not abstract_noun("Kenan")
