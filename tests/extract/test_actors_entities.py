"""Entity spans cleaned before they become actors (hand-made docs, no model)."""

import spacy
from spacy.tokens import Doc, Span

from graph.extract.actors import (
    Table,
    build,
    foreign_acronym,
    located_name,
    name_words,
    paired_names,
    spelt_out_pairs,
    syllabic,
    title_at,
    titled_person,
    trimmed,
    verb_form,
    vessel,
    widened,
)
from graph.records import ActorType


def entity(words: list[str], start: int, end: int, label: str = "ORG"):
    doc = Doc(spacy.blank("id").vocab, words=words)
    doc.ents = [doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label=label)]
    return doc.ents[0]


def test_leading_lower_case_words_are_trimmed():
    ent = entity(["Ia", "yakin", "Negeri", "Singa", "setuju"], 1, 4)
    assert trimmed(ent, "id").text == "Negeri Singa"


def test_trailing_punctuation_is_trimmed():
    ent = entity(["Ia", "berteriak", "Curang", "!"], 2, 4)
    assert trimmed(ent, "id").text == "Curang"


def test_name_glued_to_a_verb_is_no_entity():
    ent = entity(["PresidenBudi", "menyambutTamu", "itu"], 0, 2, "PER")
    assert trimmed(ent, "id") is None


def test_lower_case_only_span_is_no_entity():
    ent = entity(["para", "pejabat", "datang"], 0, 2)
    assert trimmed(ent, "id") is None


def person(words: list[str], pos: list[str], ents: list[str]):
    doc = Doc(spacy.blank("id").vocab, words=words, pos=pos, ents=ents)
    return doc.ents[0]


def test_person_grows_over_left_out_name_words():
    ent = person(["Menteri", "Energi", "Park", "Ji-hoon", "berkata"],
                 ["NOUN", "NOUN", "PROPN", "PROPN", "VERB"], ["O", "O", "O", "B-PER", "O"])
    assert widened(ent, "id").text == "Park Ji-hoon"


def test_person_grows_over_the_lower_case_half_of_a_hyphenated_name():
    doc = Doc(spacy.blank("id").vocab, words=["Koo", "Byoung", "-", "sam", ",", "berkata"],
              spaces=[True, False, False, False, True, False],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"],
              ents=["B-PER", "I-PER", "O", "O", "O", "O"])
    assert widened(doc.ents[0], "id").text == "Koo Byoung-sam"


def test_person_grows_over_a_particle_inside_the_name():
    ent = person(["kandidat", ",", "Maria", "Costa", "da", "Rocha", "menang"],
                 ["NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
                 ["O", "O", "B-PER", "I-PER", "O", "O", "O"])
    assert widened(ent, "id").text == "Maria Costa da Rocha"


def test_prefixed_event_verb_is_no_entity_but_a_name_is():
    verb = person(["Ditangkap", "di", "rumahnya"], ["PROPN", "ADP", "NOUN"], ["B-PER", "O", "O"])
    name = person(["Dimas", "datang"], ["PROPN", "VERB"], ["B-PER", "O"])
    assert verb_form(verb, "id") and not verb_form(name, "id")


def test_a_bare_title_tagged_as_a_person_is_no_actor():
    from graph.extract.actors import Table, add_entity

    ent = entity(["Lalu", "Menteri", "berkata"], 1, 2, "PER")
    table = Table("id")
    assert add_entity(table, ent, 0) is None and not table.actors


def test_person_name_after_a_locative_or_an_area_noun_is_a_place():
    assert located_name(entity(["Bom", "meledak", "di", "kawasan", "Sarinah"], 4, 5, "PER"), "id")
    assert located_name(entity(["Massa", "berkumpul", "di", "Sudirman"], 3, 4, "PER"), "id")
    assert not located_name(entity(["Ia", "bertemu", "Budi"], 2, 3, "PER"), "id")


def test_a_name_after_a_crossing_camp_or_prison_is_a_place():
    sentences = (["truk", "melewati", "perlintasan", "Tarbela"],
                 ["dibawa", "ke", "penjara", "Kharbat"],
                 ["tinggal", "di", "kamp", "Zalingei"])
    for words in sentences:
        assert located_name(entity(words, 3, 4, "PER"), "id")


def test_acronym_whose_initials_fit_part_of_a_longer_name_joins_that_name():
    words = ["Gerakan", "Rakyat", "Bersatu", "Timur", "(", "RBT", ")", "menyerang", "pos", "itu"]
    ent = entity(words, 0, 4)
    table = build(ent.doc, 0, "id", [])
    assert [a.name for a in table.actors.values()] == ["Gerakan Rakyat Bersatu Timur"]
    assert table.actors["gerakan-rakyat-bersatu-timur"].aliases == ["RBT"]


def test_two_persons_joined_by_a_hyphen_name_no_third():
    table = Table("id")
    table.add("Prabowo Subianto", ActorType.PERSON)
    table.add("Gibran Rakabuming Raka", ActorType.PERSON)
    words = ["Koalisi", "Prabowo-Gibran", "menguat"]
    assert paired_names(table, entity(words, 1, 2, "PER"))
    assert not paired_names(table, entity(["Kim", "Yo-jong", "marah"], 1, 2, "PER"))


def test_a_name_after_a_hyphen_ending_another_name_is_not_grown_over_it():
    doc = Doc(spacy.blank("id").vocab, words=["Basuki", "Purnama", "-", "Djarot", "Hidayat"],
              spaces=[True, False, False, True, False])
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 3, 5, label="PER")]
    assert widened(doc.ents[1], "id").text == "Djarot Hidayat"


def labelled(words: list[str], ents: list[str], pos: list[str] | None = None):
    return Doc(spacy.blank("id").vocab, words=words, ents=ents, pos=pos)


def test_person_closing_a_place_after_a_title_keeps_only_the_name():
    doc = labelled(["Bupati", "Pemalang", "Mukti", "Agung", "Wibowo", "ditangkap"],
                   ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"])
    assert titled_person(doc.ents[0], "id").text == "Mukti Agung Wibowo"
    doc = labelled(["Gubernur", "Jawa", "Tengah", "Ganjar", "Pranowo", "hadir"],
                   ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"])
    assert titled_person(doc.ents[0], "id").text == "Ganjar Pranowo"


def test_person_closing_an_organisation_after_its_title_field_or_a_rank():
    doc = labelled(["mantan", "Menteri", "Pertanian", "Rina", "Astuti", "diperiksa"],
                   ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert titled_person(doc.ents[0], "id").text == "Rina Astuti"
    doc = labelled(["Kepala", "Kepolisian", "Resor", "Kota", "Komisaris", "Besar", "Harry",
                    "Kurniawan", "berkata"], ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC",
                                              "I-LOC", "I-LOC", "O"])
    assert titled_person(doc.ents[0], "id").text == "Harry Kurniawan"
    doc = labelled(["Menteri", "Pertahanan", "Chad", ",", "Jenderal", "Daoud", "Yaya", "Brahim"],
                   ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"])
    assert titled_person(doc.ents[0], "id").text == "Daoud Yaya Brahim"


def test_person_after_the_acronym_of_the_office_of_a_two_word_title():
    doc = labelled(["Juru", "bicara", "KBS", "Lina", "Marpaung", "menyatakan"],
                   ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert titled_person(doc.ents[0], "id").text == "Lina Marpaung"
    doc = labelled(["bersama", "KBS", "Lina", "Marpaung", "menyatakan"],
                   ["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert titled_person(doc.ents[0], "id") is None


def test_organisation_names_after_a_title_are_no_persons():
    doc = labelled(["Ketua", "Umum", "Partai", "Nasional", "Demokrat", "Surya", "Paloh"],
                   ["O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"])
    assert titled_person(doc.ents[0], "id") is None
    doc = labelled(["Kepala", "Badan", "Pertanahan", "Nasional", "(", "BPN", ")"],
                   ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert titled_person(doc.ents[0], "id") is None
    doc = labelled(["Ketua", "Partai", "Hijau", "Raya", "Utama", "hadir"],
                   ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert titled_person(doc.ents[0], "id") is None
    doc = labelled(["Modi", "dan", "Partai", "Bharatiya", "Janata", "menyangkal"],
                   ["B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert titled_person(doc.ents[1], "id") is None


def test_title_word_inside_a_name_is_a_name():
    doc = labelled(["Kombes", "Arya", "Perdana", "dan", "Perdana", "Menteri", "Budi"],
                   ["O"] * 7)
    assert [title_at(doc, i, "id") for i in (0, 2, 4)] == [True, False, True]


def test_acronym_spelt_out_in_brackets_after_it():
    doc = labelled(["MAW", "(", "Mukti", "Agung", "Wibowo", ")", "dan", "KPK", "(", "Komisi",
                    ")"], ["O"] * 11)
    assert [(n.text, a.text) for n, a in spelt_out_pairs(doc)] == [("Mukti Agung Wibowo", "MAW")]


def test_acronym_of_a_name_in_another_language():
    doc = labelled(["Kepala", "Staf", "Gabungan", "Korea", "Selatan", "(", "JCS", ")"], ["O"] * 8)
    assert foreign_acronym(doc[0:5], doc[6], "id")
    doc = labelled(["di", "Jakarta", "Pusat", "(", "AFP", ")"], ["O"] * 6)
    assert not foreign_acronym(doc[1:3], doc[4], "id")


def test_first_name_after_a_bracketed_acronym_joins_the_person():
    doc = labelled(["Gubernur", "Bank", "Sentral", "(", "BSK", ")", "Patrick", "Njoroge", "tiba"],
                   ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-PER", "O"],
                   ["NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"])
    assert widened(doc.ents[1], "id").text == "Patrick Njoroge"


def test_first_name_after_the_number_of_a_role_joins_the_person():
    doc = labelled(["Deputi", "IV", "Yohanes", "Joko", "tiba"], ["O", "O", "O", "B-PER", "O"],
                   ["NOUN", "PROPN", "PROPN", "PROPN", "VERB"])
    assert widened(doc.ents[0], "id").text == "Yohanes Joko"


def test_organisation_grows_over_the_cause_it_serves():
    doc = labelled(["menarik", "diri", "Koalisi", "Perubahan", "untuk", "Persatuan", "itu"],
                   ["O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O"])
    assert widened(doc.ents[0], "id").text == "Koalisi Perubahan untuk Persatuan"
    table = build(doc, 0, "id", [])
    assert [a.name for a in table.actors.values()] == ["Koalisi Perubahan untuk Persatuan"]


def test_an_arabic_article_stays_on_the_name():
    doc = Doc(spacy.blank("id").vocab, words=["kelompok", "seperti", "al", "-", "Qaeda", "itu"],
              spaces=[True, True, False, False, True, False], ents=["O", "O", "B-ORG", "I-ORG",
                                                                  "I-ORG", "O"])
    assert trimmed(doc.ents[0], "id").text == "al-Qaeda"


def test_mentions_within_keep_two_actors_of_one_span_and_leave_out_nested_ones():
    table = Table("id")
    long_name = table.add("Dewan Perwakilan Rakyat", ActorType.ORGANIZATION)
    acronym = table.add("DPR", ActorType.ORGANIZATION)
    state = table.add("Aceh", ActorType.PLACE)
    table.mention(long_name, 10, 13, "DPR")
    table.mention(acronym, 10, 13, "DPR")
    table.mention(long_name, 20, 40, "Dewan Perwakilan Rakyat Aceh")
    table.mention(state, 36, 40, "Aceh")
    assert [k for _, _, k in table.within(0, 50)] == [*sorted([long_name, acronym]), long_name]


def test_title_case_acronym_built_from_syllables_of_the_name():
    assert syllabic("Bappenas", ["Badan", "Perencanaan", "Pembangunan", "Nasional"])
    assert syllabic("Hiswana Migas", ["Himpunan", "Wiraswasta", "Nasional", "Minyak", "dan",
                                      "Gas", "Bumi"])
    assert not syllabic("Persero", ["PT", "Pertamina"])
    assert not syllabic("Jawa Barat", ["Gubernur", "Jakarta", "Barat"])
    assert not syllabic("K3", [])


def test_an_acronym_after_lower_case_words_names_nothing():
    words = ["Ia", "memeriksa", "keselamatan", "kerja", "(", "K3", ")", "pabrik", "itu", "."]
    table = build(labelled(words, ["O"] * len(words)), 0, "id", [])
    assert not any(a.name.endswith("K3") for a in table.actors.values())


def test_pieces_of_a_name_before_its_title_case_acronym_join_one_organisation():
    words = ["Ketua", "Himpunan", "Pedagang", "Pasar", "dan", "Grosir", "(", "Hipas", ")",
             "Budi", "Santoso", "hadir", ".", "Hipas", "menolak", "."]
    doc = labelled(words, ["O", "O", "B-PER", "I-PER", "O", "B-PER", "O", "O", "O", "B-PER",
                           "I-PER", "O", "O", "O", "O", "O"])
    table = build(doc, 0, "id", [])
    names = {a.name: a.type for a in table.actors.values()}
    assert names["Himpunan Pedagang Pasar dan Grosir"] == ActorType.ORGANIZATION
    assert "Pedagang Pasar" not in names and "Grosir" not in names
    org = table.by_name("Hipas")
    assert sum(k == org for *_, k in table.spans) == 3


def test_title_case_abbreviation_of_a_title_is_no_organisation():
    words = ["Kepala", "Pusat", "Penerangan", "Hukum", "(", "Kapuspenkum", ")", "Kejagung",
             "Hendro", "Wicaksono", "hadir", "."]
    doc = labelled(words, ["O"] * 7 + ["B-ORG", "B-PER", "I-PER", "O", "O"])
    table = build(doc, 0, "id", [])
    assert "Kepala Pusat Penerangan Hukum" not in {a.name for a in table.actors.values()}


def test_a_body_named_with_its_acronym_then_a_place_is_its_branch_there():
    words = ["Lembaga", "Bantuan", "Hukum", "(", "LBH", ")", "Medan", "mengecam", "polisi", ".",
             "Direktur", "LBH", "Medan", "hadir", "."]
    doc = labelled(words, ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-LOC"] +
                   ["O"] * 4 + ["B-ORG", "I-ORG", "O", "O"])
    table = build(doc, 0, "id", [])
    key = table.by_name("LBH Medan")
    assert key is not None and table.actors[key].name == "Lembaga Bantuan Hukum Medan"


def test_a_name_after_an_institution_head_is_the_institution_not_a_person():
    ent = entity(["Ketua", "BEM", "Universitas", "Cendana", ",", "Rina", "Sari"], 3, 4, "PER")
    grown = widened(ent, "id")
    assert (grown.text, grown.label_) == ("Universitas Cendana", "ORG")



def test_a_rank_closing_a_bodys_entity_is_trimmed_off():
    ent = entity(["Kabid", "Humas", "Polda", "Metro", "Jaya", "Kombes", "Ade", "Ary"], 2, 6)
    assert trimmed(ent, "id").text == "Polda Metro Jaya"


def test_a_common_word_opening_a_sentence_is_no_person_but_a_name_is():
    words = ["Kecaman", "datang", "dari", "Joko", ".", "Klaim", "itu", "belum", "dikonfirmasi",
             "Joko", ",", "kata", "klaim", "resmi", ".", "Sutrisno", "hadir", "."]
    ents = ["B-PER", "O", "O", "B-PER", "O", "B-PER"] + ["O"] * 3 + ["B-PER"] + ["O"] * 5 + \
        ["B-PER", "O", "O"]
    table = build(labelled(words, ents), 0, "id", [])
    assert {a.name for a in table.actors.values()} == {"Joko", "Sutrisno"}


def test_a_number_word_is_in_no_persons_name():
    words = ["KTT", "ASEAN", "Plus", "Tiga", "digelar", "Rabu", ".", "Dewi", "Lestari", "hadir"]
    ents = ["O", "B-ORG", "B-PER", "I-PER", "O", "O", "O", "B-PER", "I-PER", "O"]
    table = build(labelled(words, ents), 0, "id", [])
    persons = {a.name for a in table.actors.values() if a.type == ActorType.PERSON}
    assert persons == {"Dewi Lestari"}


def test_a_number_word_makes_no_name_after_a_body():
    doc = Doc(spacy.blank("id").vocab, words=["ASEAN", "Plus", "Tiga", "Dewi", "Lestari"])
    assert not name_words(doc[1:3], "id")
    assert name_words(doc[3:5], "id")


def test_a_name_listed_among_persons_is_a_person():
    words = ["Ada", "Budi", "Santoso", ",", "Rina", "Wulan", ",", "dan", "Agus", "Salim",
             "berbeda", "pendapat", ".", "Jepang", ",", "Korea", ",", "dan", "Dewi", "Lestari"]
    ents = ["O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O", "O",
            "O", "B-GPE", "O", "B-GPE", "O", "O", "B-PER", "I-PER"]
    table = build(labelled(words, ents), 0, "id", [])
    types = {a.name: a.type for a in table.actors.values()}
    assert types["Budi Santoso"] == ActorType.PERSON
    assert types["Korea"] == ActorType.COUNTRY


def test_a_name_after_a_ship_word_is_a_ship_but_not_past_a_preposition():
    ship = entity(["kapal", "pemasok", "Unaiza", "May", "menepi"], 2, 4)
    sea = entity(["puluhan", "kapal", "di", "Laut", "Merah"], 3, 5, "LOC")
    assert vessel(ship, "id") and not vessel(sea, "id")


def test_a_name_that_holds_an_office_is_a_persons_whatever_its_tag():
    words = ["MKMK", "memerintahkan", "Budi", "Santoso", "yang", "menjabat", "Wakil", "Ketua",
             ".", "Bank", "Mandiri", "yang", "menjabat", "kreditur", "."]
    ents = ["B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O",
            "O", "O"]
    table = build(labelled(words, ents), 0, "id", [])
    types = {a.name: a.type for a in table.actors.values()}
    assert types["Budi Santoso"] == ActorType.PERSON
    assert types["Bank Mandiri"] == ActorType.ORGANIZATION


def test_a_body_grows_over_its_first_word_left_between_a_title_and_it():
    words = ["Direktur", "Eksekutif", "Amnesty", "International", "Indonesia", "Usman", "Hamid"]
    doc = labelled(words, ["O", "O", "O", "B-ORG", "I-ORG", "B-PER", "I-PER"], ["PROPN"] * 7)
    assert widened(doc.ents[0], "id").text == "Amnesty International Indonesia"
    doc = labelled(["Kata", "Rina", "Bank", "Dunia"], ["O", "O", "B-ORG", "I-ORG"],
                   ["PROPN"] * 4)
    assert widened(doc.ents[0], "id").text == "Bank Dunia"


def test_title_words_the_tagger_took_for_a_name_stay_in_the_role():
    words = ["kata", "Direktur", "Reserse", "Kriminal", "Khusus", "Polda", "Metro", "Jaya",
             "Kombes", "Ade", "Safri", "Simanjuntak"]
    ents = ["O", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER",
            "I-PER"]
    table = build(labelled(words, ents, ["PROPN"] * 12), 0, "id", [])
    persons = [a for a in table.actors.values() if a.type == ActorType.PERSON]
    assert [(a.name, a.job_titles) for a in persons] == [
        ("Ade Safri Simanjuntak", ["Direktur Reserse Kriminal Khusus Polda Metro Jaya"])]


def test_a_foreign_acronym_names_the_whole_body_with_its_cause():
    words = ["pemimpin", "Liga", "Nasional", "untuk", "Demokrasi", "(", "NLD", ")", "ditahan"]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    table = build(labelled(words, ents, ["NOUN"] + ["PROPN"] * 7 + ["VERB"]), 0, "id", [])
    assert table.actors[table.by_name("NLD") or table.by_name("Liga Nasional untuk Demokrasi")
                        ].name == "Liga Nasional untuk Demokrasi"


def test_a_person_grows_over_a_first_name_the_tagger_left_after_a_verb():
    words = ["timsus", "menetapkan", "Kuat", "Ma'ruf", "sebagai", "tersangka"]
    doc = labelled(words, ["O", "O", "O", "B-PER", "O", "O"],
                   ["NOUN", "VERB", "PROPN", "PROPN", "ADP", "NOUN"])
    assert widened(doc.ents[0], "id").text == "Kuat Ma'ruf"


def test_a_foreign_name_before_its_acronym_is_one_organisation():
    words = ["Direktur", "Center", "of", "Rural", "and", "Fiscal", "Studies", "(", "Cerfis", ")",
             "Budi", "Santoso", "menilai", "."]
    doc = labelled(words, ["O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "B-PER",
                           "I-PER", "O", "O"])
    table = build(doc, 0, "id", [])
    names = {a.name: a.type for a in table.actors.values()}
    assert names["Center of Rural and Fiscal Studies"] == ActorType.ORGANIZATION
    assert "Fiscal Studies" not in names
    words = ["Peneliti", "Institute", "for", "Policy", "Research", "(", "IPR", ")", "Ani", "Rahma"]
    doc = labelled(words, ["O"] * 8 + ["B-PER", "I-PER"])
    assert {a.name for a in build(doc, 0, "id", []).actors.values()} >= {
        "Institute for Policy Research", "Ani Rahma"}


def test_a_region_body_the_tagger_took_for_a_person_is_an_organisation():
    doc = labelled(["Pemprov", "Sulteng", "menolak", "."], ["B-PER", "I-PER", "O", "O"])
    table = build(doc, 0, "id", [])
    assert [(a.name, a.type) for a in table.actors.values()] == [
        ("Pemprov Sulteng", ActorType.ORGANIZATION)]
