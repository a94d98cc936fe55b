"""Second nodes for one entity merged after extraction (tables built by hand, no model)."""

from graph.extract.actors import (
    Table,
    acronym_part_for,
    apposed_groups,
    bare_words,
    branch_for,
    consolidate,
    region_for,
    rekey,
    seat_for,
)
from graph.records import ActorType, Event, Span


def table(*actors: tuple[str, ActorType]) -> Table:
    out = Table("id")
    for name, type_ in actors:
        out.add(name, type_)
    return out


def test_surname_tagged_as_place_joins_the_full_name():
    t = table(("Budi Hartono Wijaya", ActorType.PERSON), ("Hartono", ActorType.PLACE))
    merged = consolidate(t)
    assert merged == {"hartono": "budi-hartono-wijaya"}
    assert "Hartono" in t.actors["budi-hartono-wijaya"].aliases


def test_glued_title_and_titled_name_join_the_person():
    t = table(("Andi Wirawan", ActorType.PERSON), ("PresidenWirawan", ActorType.PERSON),
              ("Juru Bicara Kementerian Sosial Andi Wirawan", ActorType.PERSON))
    consolidate(t)
    assert list(t.actors) == ["andi-wirawan"]


def test_ambiguous_surname_stays_apart():
    t = table(("Budi Santoso", ActorType.PERSON), ("Agus Santoso", ActorType.PERSON),
              ("Santoso", ActorType.PERSON))
    assert consolidate(t) == {}


def test_organisation_named_like_a_person_is_not_a_surname():
    t = table(("Rudi Gunawan", ActorType.PERSON), ("Yayasan Gunawan", ActorType.ORGANIZATION))
    assert consolidate(t) == {}


def test_acronym_and_trailing_state_join_the_organisation():
    t = table(("Komisi Pemilihan Umum", ActorType.ORGANIZATION), ("KPU", ActorType.ORGANIZATION),
              ("Badan Pengawas", ActorType.ORGANIZATION),
              ("Badan Pengawas RI", ActorType.ORGANIZATION))
    consolidate(t)
    assert sorted(a.name for a in t.actors.values()) == ["Badan Pengawas RI",
                                                         "Komisi Pemilihan Umum"]
    assert "KPU" in t.actors["komisi-pemilihan-umum"].aliases


def test_events_point_at_the_merged_node():
    t = table(("Siti Rahmawati", ActorType.PERSON), ("Rahmawati", ActorType.ORGANIZATION))
    span = Span(0, 1, "x")
    event = Event("ACCUSE", span, span, sources=["rahmawati", "siti-rahmawati"])
    rekey([], [event], consolidate(t))
    assert event.sources == ["siti-rahmawati"]


def test_bare_words_split_glue_and_drop_roles():
    assert bare_words("PresidenTrump", "id") == (["Trump"], True)
    assert bare_words("Menteri Keuangan Sri Lestari", "id") == (["Sri", "Lestari"], True)
    assert bare_words("Sri Lestari", "id") == (["Sri", "Lestari"], False)


def test_english_order_acronym_and_cut_off_name_join_the_party():
    t = table(("Partai Rakyat Bersatu", ActorType.ORGANIZATION), ("RBP", ActorType.ORGANIZATION),
              ("Partai Rakyat", ActorType.ORGANIZATION))
    consolidate(t)
    assert list(t.actors) == ["partai-rakyat-bersatu"]
    assert set(t.actors["partai-rakyat-bersatu"].aliases) == {"RBP", "Partai Rakyat"}



def test_members_of_a_people_are_that_people():
    t = table(("Rohingya", ActorType.PERSON), ("para pengungsi Rohingya", ActorType.GROUP),
              ("pendukung Ruto", ActorType.GROUP), ("Ruto", ActorType.PERSON))
    merged = consolidate(t)
    assert merged == {"para-pengungsi-rohingya": "rohingya"}
    assert t.actors["rohingya"].type == ActorType.GROUP
    assert "para pengungsi Rohingya" in t.actors["rohingya"].aliases


def test_spellings_differing_in_doubled_letters_are_one_person():
    t = table(("Yasonna Laoly", ActorType.PERSON), ("Yasona Laoly", ActorType.PERSON),
              ("Yasin Laoly", ActorType.PERSON))
    merged = consolidate(t)
    assert merged == {"yasona-laoly": "yasonna-laoly"}
    assert "Yasona Laoly" in t.actors["yasonna-laoly"].aliases


def test_name_with_a_dropped_letter_joins_the_identified_state():
    t = table(("Australi", ActorType.PERSON), ("Kolumbia Utara", ActorType.PLACE))
    t.add("Australia", ActorType.COUNTRY, wikidata="Q408")
    t.add("Kolombia", ActorType.COUNTRY, wikidata="Q739")
    merged = consolidate(t)
    assert merged == {"australi": "Q408"}
    assert t.actors["Q408"].type == ActorType.COUNTRY
    assert "Kolumbia Utara" in {a.name for a in t.actors.values()}


def test_known_forms_of_one_person_or_organisation_are_one_node():
    t = table(("Muhaimin Iskandar", ActorType.PERSON), ("Cak Imin", ActorType.PERSON),
              ("Komisi Pemberantasan Korupsi", ActorType.ORGANIZATION),
              ("KPK", ActorType.ORGANIZATION), ("Budi Santoso", ActorType.PERSON))
    merged = consolidate(t)
    assert sorted(a.name for a in t.actors.values()) == [
        "Budi Santoso", "Komisi Pemberantasan Korupsi", "Muhaimin Iskandar"]
    assert set(merged) == {"cak-imin", "kpk"}


def test_an_abbreviated_ministry_is_the_ministry_spelt_out():
    t = table(("Kementerian Pertahanan Azerbaijan", ActorType.ORGANIZATION),
              ("Kemhan Azerbaijan", ActorType.ORGANIZATION),
              ("Kemhan Armenia", ActorType.ORGANIZATION))
    consolidate(t)
    assert sorted(a.name for a in t.actors.values()) == [
        "Kementerian Pertahanan Azerbaijan", "Kemhan Armenia"]


def test_an_organisation_named_without_its_head_joins_the_full_name():
    t = table(("Partai Demokrat", ActorType.ORGANIZATION), ("Demokrat", ActorType.ORGANIZATION))
    merged = consolidate(t)
    assert merged == {"demokrat": "partai-demokrat"}
    assert t.actors["partai-demokrat"].aliases == ["Demokrat"]


def test_last_part_of_a_hyphenated_name_joins_it():
    t = table(("Nagorno-Karabakh", ActorType.PLACE), ("Karabakh", ActorType.PERSON),
              ("Miguel Díaz-Canel", ActorType.PERSON), ("Canel", ActorType.PLACE))
    assert consolidate(t) == {"karabakh": "nagorno-karabakh", "canel": "miguel-díaz-canel"}


def test_part_of_a_hyphenated_pair_of_places_stays_apart():
    t = table(("Nagorno-Karabakh", ActorType.PLACE), ("Karabakh Selatan", ActorType.PLACE),
              ("Rusia-Ukraina Timur", ActorType.PLACE), ("Timur", ActorType.PLACE))
    assert consolidate(t) == {}


def test_two_abbreviations_and_the_full_name_of_one_ministry_are_one_node():
    t = table(("Kementerian Luar Negeri", ActorType.ORGANIZATION),
              ("Kemlu", ActorType.ORGANIZATION), ("Kemenlu", ActorType.ORGANIZATION))
    consolidate(t)
    assert list(t.actors) == ["kementerian-luar-negeri"]


def test_initials_of_one_person_join_that_person():
    t = table(("Bambang Widjojanto", ActorType.PERSON), ("BW", ActorType.ORGANIZATION),
              ("KPK", ActorType.ORGANIZATION))
    assert consolidate(t) == {"bw": "bambang-widjojanto"}
    t = table(("Budi Wibowo", ActorType.PERSON), ("Bayu Wijaya", ActorType.PERSON),
              ("BW", ActorType.ORGANIZATION))
    assert consolidate(t) == {}


def test_a_place_named_with_and_without_its_kind_of_region_is_one_place():
    table = Table("id")
    short = table.add("Gaza", ActorType.PLACE)
    long_name = table.add("Jalur Gaza", ActorType.PLACE)
    table.add("Kota Gaza Baru", ActorType.PLACE)
    assert region_for(table, short) == long_name
    assert region_for(table, long_name) is None


def test_a_one_word_name_tagged_a_person_after_a_kind_of_region_is_that_place():
    table = Table("id")
    shoal = table.add("Beting Scarborough", ActorType.PLACE)
    tagged = table.add("Scarborough", ActorType.PERSON)
    table.add("Pulau Teodoro", ActorType.PLACE)
    minister = table.add("Teodoro", ActorType.PERSON)
    table.actors[minister].job_titles.append("Menteri Pertahanan")
    assert region_for(table, tagged) == shoal
    assert region_for(table, minister) is None


def test_a_body_named_by_one_word_is_its_one_branch_in_the_story():
    out = table(("Bawaslu", ActorType.ORGANIZATION),
                ("Bawaslu Kabupaten Sleman", ActorType.ORGANIZATION))
    assert branch_for(out, "bawaslu") == "bawaslu-kabupaten-sleman"
    out.add("Bawaslu Kota Yogyakarta", ActorType.ORGANIZATION)
    assert branch_for(out, "bawaslu") is None


def test_an_abbreviated_ministry_is_the_one_named_with_its_state():
    out = table(("Kemlu", ActorType.ORGANIZATION),
                ("Kementerian Luar Negeri RI", ActorType.ORGANIZATION))
    merged = consolidate(out)
    assert [a.name for a in out.actors.values()] == ["Kementerian Luar Negeri RI"]
    assert merged == {"kemlu": "kementerian-luar-negeri-ri"}


def test_a_short_first_name_with_the_same_surname_joins_the_full_name():
    t = table(("Thomas Trikasih Lembong", ActorType.PERSON), ("Tom Lembong", ActorType.PERSON))
    assert consolidate(t) == {"tom-lembong": "thomas-trikasih-lembong"}


def test_another_first_name_with_the_same_surname_is_another_person():
    t = table(("Thomas Trikasih Lembong", ActorType.PERSON), ("Rina Lembong", ActorType.PERSON))
    assert consolidate(t) == {}


def test_a_capital_as_a_place_joins_its_state_only_where_it_also_stands_for_it():
    out = Table("id")
    state = out.add("Filipina", ActorType.COUNTRY, "Q928")
    seat = out.add("Manila", ActorType.PLACE, "Q1461")
    out.actors[seat].affiliation = state
    assert seat_for(out, seat) is None
    out.mention(state, 80, 86, "Manila")
    assert seat_for(out, seat) == state


def test_a_movement_word_and_an_organisation_name_are_that_organisation():
    out = table(("Pemberontak M23", ActorType.GROUP), ("M23", ActorType.ORGANIZATION),
                ("warga Palestina", ActorType.GROUP), ("Palestina", ActorType.COUNTRY))
    assert consolidate(out) == {"pemberontak-m23": "m23"}
    assert "Pemberontak M23" in out.actors["m23"].aliases


def test_a_collective_word_set_beside_a_name_is_that_person_and_titled_initials_stay_apart():
    text = "Ia menyebut pelaku, Bripka RS, telah ditahan. Anggota DPR Rahmat Siregar bertanya."
    out = Table("id")
    group = out.add("pelaku", ActorType.GROUP)
    out.mention(group, 12, 18, "pelaku")
    rs = out.add("RS", ActorType.PERSON)
    out.actors[rs].job_titles.append("Bripka")
    out.mention(rs, 20, 30, "Bripka RS")
    out.add("Rahmat Siregar", ActorType.PERSON)
    assert apposed_groups(out, text) == {"pelaku": "rs"}
    assert consolidate(out) == {}


def test_a_body_with_its_province_abbreviated_is_the_one_written_out():
    out = table(("Polda Sumut", ActorType.ORGANIZATION),
                ("Polda Sumatera Utara", ActorType.ORGANIZATION))
    assert consolidate(out) == {"polda-sumut": "polda-sumatera-utara"}
    assert out.by_name("Polda Sumut") == "polda-sumatera-utara"


def test_a_states_police_or_army_named_with_it_is_that_state():
    out = table(("Polisi Georgia", ActorType.ORGANIZATION), ("Georgia", ActorType.COUNTRY),
                ("Polisi Pamong Praja", ActorType.ORGANIZATION))
    assert consolidate(out) == {"polisi-georgia": "georgia"}


def test_a_one_word_name_opening_a_place_name_is_that_place():
    t = table(("Karang Tiram Shoal", ActorType.PLACE), ("Karang", ActorType.PERSON),
              ("Selat Tiram", ActorType.PLACE), ("Selat", ActorType.ORGANIZATION),
              ("Selat Besar", ActorType.PLACE), ("Eropa Timur", ActorType.PLACE),
              ("Eropa", ActorType.PLACE))
    assert consolidate(t) == {"karang": "karang-tiram-shoal"}


def test_a_one_word_name_shortening_a_word_of_one_persons_name_is_that_person():
    t = table(("Muhammad Rifqinizamy Karsayuda", ActorType.PERSON), ("Rifqi", ActorType.PERSON),
              ("Budimansyah Putra", ActorType.PERSON), ("Budiman Jaya", ActorType.PERSON),
              ("Budi", ActorType.PERSON))
    assert consolidate(t) == {"rifqi": "muhammad-rifqinizamy-karsayuda"}


def test_an_acronym_opening_a_hyphenated_acronym_is_that_organisation():
    table = Table("id")
    full = table.add("Front Pembebasan Kepulauan Selatan-Gerakan Rakyat", ActorType.ORGANIZATION)
    table.actors[full].aliases.append("FPKS-GR")
    short = table.add("FPKS", ActorType.ORGANIZATION)
    other = table.add("GR", ActorType.ORGANIZATION)
    assert acronym_part_for(table, short) == full
    assert acronym_part_for(table, other) is None

