from graph.config import lang_gazetteer, spellings


def test_a_reduplicated_word_is_spelt_with_either_case_of_its_second_half():
    assert spellings("Negara-Negara Afrika Barat") == ["Negara-Negara Afrika Barat",
                                                      "Negara-negara Afrika Barat"]
    assert spellings("negara-negara") == ["negara-negara", "negara-Negara"]
    assert spellings("Guinea-Bissau") == ["Guinea-Bissau"]


def test_gazetteer_aliases_hold_both_spellings_and_never_the_name():
    ecowas = next(row for row in lang_gazetteer("id") if row["name"] == "ECOWAS")
    assert {"Masyarakat Ekonomi Negara-Negara Afrika Barat",
            "Masyarakat Ekonomi Negara-negara Afrika Barat"} <= set(ecowas["aliases"])
    assert "ECOWAS" not in ecowas["aliases"]
