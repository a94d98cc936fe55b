"""Roles split from names and words that are not names (need the trained Indonesian pipeline)."""

import pytest

from graph.records import ActorType

from .helpers import actor_named, needs_model, run

pytestmark = needs_model()


def names(record):
    return {a.name for a in record.actors}


def test_office_inside_a_title_is_part_of_the_role():
    rec = run("Juru Bicara Kementerian Pertanian Hadi Kusuma mengatakan stok beras aman. "
              "Hadi Kusuma menambahkan harga akan turun.")
    persons = [a for a in rec.actors if a.type == ActorType.PERSON]
    assert [p.name for p in persons] == ["Hadi Kusuma"]


def test_sentence_initial_common_noun_is_not_a_name():
    rec = run("Warga memasang poster di jalan. Spanduk itu dipasang oleh warga di jalan utama, "
              "kata Ketua RT Joko Susilo.")
    assert "Spanduk" not in names(rec)


def test_conjunction_is_not_a_role():
    rec = run("Menteri Keuangan Rina Astuti dan Gubernur Bank Sentral Dedi Kurnia bertemu di "
              "Jakarta. Rina dan Dedi sepakat menjaga inflasi.")
    for actor in rec.actors:
        assert not any(t.lower().startswith("dan") for t in actor.job_titles)


def test_title_with_a_bracketed_acronym_stays_on_the_person():
    rec = run("Menteri Perdagangan Rina Astuti bertemu Direktur Badan Pangan Nasional (BPN) "
              "Dedi Kurnia di Jakarta. Rina mengaku berdiskusi dengan Bos BPN itu.")
    persons = sorted(a.name for a in rec.actors if a.type == ActorType.PERSON)
    assert persons == ["Dedi Kurnia", "Rina Astuti"]
    orgs = [a for a in rec.actors if a.type == ActorType.ORGANIZATION]
    assert [(o.name, "BPN" in o.aliases) for o in orgs] == [("Badan Pangan Nasional", True)]


def test_abbreviated_title_refers_to_the_person_holding_it():
    rec = run("Menteri Luar Negeri Malaysia Rina Astuti tiba di Jakarta pada Senin. "
              "Menlu mengatakan kunjungan itu penting bagi kedua negara.")
    persons = [a.name for a in rec.actors if a.type == ActorType.PERSON]
    assert persons == ["Rina Astuti"]
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Rina Astuti"]


def test_office_named_with_its_state_is_one_organisation_affiliated_with_it():
    rec = run("Dalam pernyataannya, Kementerian Luar Negeri Rusia menyebut sanksi itu ilegal.")
    [office] = [a for a in rec.actors if a.type == ActorType.ORGANIZATION]
    assert office.name == "Kementerian Luar Negeri Rusia"
    assert rec.actor(office.affiliation).name == "Rusia"
    assert [rec.actor(s.speaker).name for s in rec.statements] == [office.name]


def test_two_coordinated_titled_names_stay_two_persons():
    rec = run("Presiden Kenya Rina Astuti dan Presiden Uganda Dedi Kurnia bertemu di Nairobi.")
    persons = {a.name: a.job_titles for a in rec.actors if a.type == ActorType.PERSON}
    assert persons == {"Rina Astuti": ["Presiden Kenya"], "Dedi Kurnia": ["Presiden Uganda"]}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("\"Kami menolak rencana itu,\" kata juru bicara Kementerian Luar Negeri Malaysia Rina "
     "Astuti.", "Rina Astuti", "juru bicara Kementerian Luar Negeri Malaysia"),
    ("Menteri Perindustrian Korea Selatan Sung Yun-mo mengatakan kepada wartawan bahwa "
     "negaranya akan mengajukan keluhan.", "Sung Yun-mo", "Menteri Perindustrian Korea Selatan"),
])
def test_the_whole_role_before_a_name_a_lower_case_title_or_a_hyphenated_name(text, name, title):
    rec = run(text)
    [person] = [a for a in rec.actors if a.type == ActorType.PERSON]
    assert (person.name, person.job_titles) == (name, [title])
    assert [rec.actor(s.speaker).name for s in rec.statements] == [name]


def test_definite_article_refers_back_and_makes_no_new_person():
    rec = run("Presiden Brasil Jair Bolsonaro meminta pendukungnya membuka jalan setelah "
              "sang petahana kalah dalam pemilihan. Sang presiden mengatakan ia akan "
              "mematuhi konstitusi.")
    assert {a.name for a in rec.actors if a.type == ActorType.PERSON} == {"Jair Bolsonaro"}
    assert [rec.actor(s.speaker).name for s in rec.statements][-1] == "Jair Bolsonaro"


def test_lower_case_role_before_a_name_is_its_title():
    rec = run("Pertemuan itu dipimpin oleh wakil menteri ekologi dan lingkungan Zhao Yingmin.")
    zhao = actor_named(rec, "Zhao Yingmin")
    assert zhao.job_titles == ["wakil menteri ekologi dan lingkungan"]


def test_unnamed_lead_speaker_is_the_holder_named_later():
    rec = run("Utusan pemerintah Jepang meminta negara-negara kaya membantu negara berkembang. "
              "Sementara itu, utusan Jepang untuk perubahan iklim Taro Yamada mengatakan "
              "pendanaan harus segera dicairkan.")
    assert {rec.actor(s.speaker).name for s in rec.statements} == {"Taro Yamada"}
    assert not [a for a in rec.actors if a.name.startswith("Utusan")]


def test_organisation_name_stops_before_lower_case_words_after_its_name():
    rec = run("Anggota DPR Habiburokhman menuding Kejaksaan Agung lamban menangani kasus itu.")
    assert "Kejaksaan Agung" in {a.name for a in rec.actors}


def test_a_rank_opens_a_person_and_a_weekday_closes_the_name():
    rec = run('"Ada empat atau lima orang," kata Kapolrestabes Makassar, Kombes Arya Perdana, '
              'Senin (1/9). "Semua sudah kami periksa," ujar Arya Perdana Senin (1/9).')
    speakers = {rec.actor(s.speaker).name for s in rec.statements}
    assert speakers == {"Arya Perdana"}
    assert rec.actor(rec.statements[0].speaker).type.name == "PERSON"


def test_an_organisation_word_is_no_title_and_the_west_is_capitalised():
    rec = run("Fraksi PDI Perjuangan mendesak pemerintah tetap berpijak pada aturan. Virus ebola "
              "menyebar di Afrika barat dan telah menewaskan hampir 1.000 orang.")
    assert not any(a.type == ActorType.PERSON for a in rec.actors)
    assert "barat" not in {a.name.lower() for a in rec.actors}


def test_an_unqualified_government_in_a_foreign_story_is_that_state_s():
    rec = run("Kerusuhan kembali terjadi di Xinjiang, Cina, pekan lalu. Ratusan orang tewas di "
              "Urumqi, Cina.\n\nAktivis Budi Santoso mengatakan pemerintah menahan ratusan "
              "aktivis.")
    china = next(a for a in rec.actors if a.name in ("Tiongkok", "Cina"))
    assert any(m.span.text == "pemerintah" for m in china.mentions)
    assert "Indonesia" not in {a.name for a in rec.actors}


def test_an_abbreviation_in_brackets_stays_in_the_role_and_names_its_holder_later():
    rec = run("Menteri Luar Negeri (Menlu) Iran, Abbas Araghchi mengklaim Teheran tidak memiliki "
              "rencana. Menlu Iran berujar, AS telah berkhianat.")
    persons = [a for a in rec.actors if a.type == ActorType.PERSON]
    assert [(p.name, p.job_titles) for p in persons] == [
        ("Abbas Araghchi", ["Menteri Luar Negeri (Menlu) Iran"])]
    assert {rec.actor(s.speaker).name for s in rec.statements} == {"Abbas Araghchi"}


def test_an_abbreviated_bureau_head_is_a_title_not_a_person():
    rec = run('"Lokasinya kebetulan ada di sana," kata Kabiro Humas KPK Febri Diansyah di Jakarta.')
    assert [a.name for a in rec.actors if a.type == ActorType.PERSON] == ["Febri Diansyah"]
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Febri Diansyah"]


def test_a_day_or_a_function_word_opening_a_clause_is_no_name():
    rec = run("Pemilu belum selesai, kata Rudi Hartono saat dihubungi Harian Kita, Ahad (4/3). "
              "Demi menarik investor, Bursa Efek Jakarta menggelar pameran.")
    assert {"Ahad", "Demi"}.isdisjoint(names(rec))
    assert "Rudi Hartono" in names(rec)


def test_a_people_named_by_its_place_is_a_group_not_a_titled_person():
    rec = run("Tentara Elbonia menyerang warga Borduria, Minggu (24/8), di dekat perbatasan. "
              "Aktivis HAM Maria Santos mengecam serangan itu.")
    types = {a.name: a.type for a in rec.actors}
    assert types.get("warga Borduria") == ActorType.GROUP
    assert types.get("Maria Santos") == ActorType.PERSON
    named = {a.key: a.name for a in rec.actors}
    assert [[named[k] for k in e.targets] for e in rec.events if e.type == "ASSAULT"] == \
        [["warga Borduria"]]


def test_a_person_after_an_office_named_by_its_head_word_and_state():
    rec = run("Juru bicara Penjaga Pantai Filipina Rafael Domingo mengatakan kapal asing"
              " memblokade jalur pasokan.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Rafael Domingo"]


def test_an_organisation_keeps_the_cause_it_serves_in_its_name():
    rec = run("Koalisi Masyarakat Sipil untuk Reformasi Peradilan mendukung Hakim Agung Ahmad "
              "Fauzi.")
    assert [(rec.actor(e.sources[0]).name, e.type) for e in rec.events] == [
        ("Koalisi Masyarakat Sipil untuk Reformasi Peradilan", "SUPPORT")]


def test_a_capitalised_acronym_name_is_an_organisation():
    rec = run("Satuan tugas itu (NTF-WPS) menyatakan kapal pemasok rusak berat. NTF-WPS juga "
              "mengatakan dua awak terluka.")
    assert {a.type for a in rec.actors if "NTF" in a.name} <= {ActorType.ORGANIZATION}


def test_a_member_named_after_the_party_group_is_a_person():
    rec = run("Dalam rapat, anggota Komisi X dari Fraksi PDIP Mercy Chriesty Barends meminta "
              "menteri mencabut pernyataannya.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Mercy Chriesty Barends"]


def test_name_after_a_body_acronym_is_the_person_of_the_title():
    rec = run("Presiden Partai Tani sekaligus Presiden KSPI Agus Wiranto menyatakan bahwa upah "
              "harus naik. \"Kami akan mogok,\" ujar Wiranto.")
    persons = [a.name for a in rec.actors if a.type == ActorType.PERSON]
    assert persons == ["Agus Wiranto"]
    assert {rec.actor(s.speaker).name for s in rec.statements} == {"Agus Wiranto"}


def test_known_body_before_a_name_is_split_from_it():
    rec = run("Ketua Umum Apindo Ratna Sari Dewi menilai kenaikan upah akan memberatkan usaha.")
    assert {a.name for a in rec.actors if a.type == ActorType.PERSON} == {"Ratna Sari Dewi"}


def test_a_name_given_again_after_atau_is_the_same_person():
    rec = run("Kejaksaan Agung memeriksa Bambang Sutrisno Wijaya atau Bambang Jaya pada Senin. "
              "Bambang Jaya membantah tuduhan itu.")
    assert [a.name for a in rec.actors if a.type == ActorType.PERSON] == [
        "Bambang Sutrisno Wijaya"]


def test_a_portfolio_listed_with_commas_is_one_role_before_the_name():
    rec = run("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Dedi Kurnia mengatakan "
              "festival itu tetap digelar. Menteri Kelautan dan Perikanan Rina Astuti menolak "
              "usulan itu.")
    persons = {a.name: a.job_titles for a in rec.actors if a.type == ActorType.PERSON}
    assert set(persons) == {"Dedi Kurnia", "Rina Astuti"}
    assert persons["Rina Astuti"] == ["Menteri Kelautan dan Perikanan"]
    assert [s.speaker for s in rec.statements] == ["dedi-kurnia"]


def test_a_role_field_before_a_body_and_a_rank_is_no_person():
    rec = run("Komisi Etik menjatuhkan sanksi kepada mantan Direktur Reserse Narkoba Polda Jawa "
              "Timur Kombes Dedi Kurnia. Polisi juga menetapkan Direktur Pengembangan Usaha PT "
              "Sinar Laut Makmur berinisial RA sebagai tersangka.")
    persons = {a.name for a in rec.actors if a.type == ActorType.PERSON}
    assert "Dedi Kurnia" in persons
    assert not persons & {"Reserse Narkoba", "Pengembangan Usaha"}


def test_a_capital_closing_an_address_is_no_state():
    rec = run("Ketua Komisi Etik Dedi Kurnia memberikan keterangan di Gedung Nusantara, "
              "Jakarta, Selasa. Ia membantah tuduhan itu.")
    assert "Indonesia" not in names(rec)


def test_a_capital_closing_a_long_address_is_no_state():
    rec = run("Ribuan mahasiswa berunjuk rasa di depan Gedung Dewan Perwakilan Rakyat (DPR), "
              "Senayan, Jakarta, Kamis. Ketua Komisi Etik Dedi Kurnia membantah tuduhan itu.")
    assert "Indonesia" not in names(rec)


def test_a_state_inside_a_bodys_name_in_a_role_is_not_the_persons_affiliation():
    rec = run("Koordinator Pusat Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI) Rizky "
              "Pratama mengatakan bahwa DPR harus mematuhi putusan itu.")
    person = next(a for a in rec.actors if a.name == "Rizky Pratama")
    assert rec.actor(person.affiliation).name == "Badan Eksekutif Mahasiswa Seluruh Indonesia"
    assert "Indonesia" not in names(rec)


def test_a_capital_listed_after_a_place_preposition_is_no_state():
    rec = run("Penyidik menangkap lima orang dalam operasi di Kabupaten Lembata dan Jakarta, "
              "Selasa. Ketua Komisi Etik Dedi Kurnia membantah tuduhan itu.")
    assert "Indonesia" not in names(rec)


def test_a_regional_office_without_a_name_is_an_unnamed_official_not_its_town():
    rec = run("Bupati Grobogan mengatakan jalan itu akan diperbaiki tahun ini.")
    [said] = rec.statements
    speaker = rec.actor(said.speaker)
    assert speaker.type == ActorType.PERSON and speaker.name == "Bupati Grobogan"


def test_a_single_name_after_a_regional_office_is_the_person():
    rec = run("Wakil Wali Kota Kediri Suwandi menegaskan bahwa pasar akan dibuka kembali.")
    [said] = rec.statements
    speaker = rec.actor(said.speaker)
    assert speaker.name == "Suwandi" and speaker.job_titles == ["Wakil Wali Kota Kediri"]


def test_an_office_of_another_town_is_not_the_official_named_before():
    rec = run("Wali Kota Malang Budi Santoso bertemu warga. Wali Kota Blitar mengatakan banjir "
              "sudah surut.")
    [said] = rec.statements
    assert rec.actor(said.speaker).name == "Wali Kota Blitar"


def test_a_police_command_named_by_its_town_is_an_organisation():
    rec = run("Polres Kendal menangkap Joko Susilo karena diduga menipu warga.")
    [coerce] = [e for e in rec.events if e.type == "COERCE"]
    assert [rec.actor(k).type for k in coerce.sources] == [ActorType.ORGANIZATION]


def test_a_police_command_named_by_a_province_abbreviation_is_one_organisation():
    rec = run("Dua tersangka kini ditahan di Polda Jatim. Polda Jatim menegaskan bahwa penyidikan "
              "terus berjalan.")
    assert "Polda Jatim" in names(rec)
    assert all(a.type != ActorType.PERSON for a in rec.actors)


def test_an_office_named_by_a_town_the_text_names_as_a_town_is_an_unnamed_official():
    rec = run("Polres Tanjung Harapan memeriksa lima saksi. Kapolres Tanjung Harapan mengatakan "
              "penyelidikan akan selesai pekan ini.")
    [said] = rec.statements
    assert rec.actor(said.speaker).name == "Kapolres Tanjung Harapan"
    assert "Tanjung Harapan" not in names(rec)


def test_a_bare_office_is_its_one_named_holder_and_a_rank_is_no_part_of_the_role():
    rec = run("Komisi III DPR mencecar Kapolda Jawa Tengah Irjen Budi Santoso pada Senin. "
              "Anggota Komisi III Rina Astuti menilai kasus itu janggal. Ia meminta Kapolda "
              "mencopot anak buahnya.")
    budi = actor_named(rec, "Budi Santoso")
    assert budi.job_titles == ["Kapolda Jawa Tengah"]
    [request] = [e for e in rec.events if e.type == "REQUEST"]
    assert [rec.actor(k).name for k in request.targets] == ["Budi Santoso"]


def test_a_lawyer_s_role_is_split_from_the_name_after_a_comma():
    rec = run("Kuasa hukum Darmawan, Yosef Hutagalung, menilai putusan itu janggal.")
    yosef = actor_named(rec, "Yosef Hutagalung")
    assert yosef.job_titles == ["Kuasa hukum Darmawan"]


def test_a_town_the_text_names_elsewhere_opens_no_name():
    rec = run("KPK menangkap pejabat di Tanjung Raya pada Selasa. KPK menetapkan Kepala Dinas PUPR "
              "Tanjung Raya Yusuf Maulana sebagai tersangka.")
    assert "Yusuf Maulana" in names(rec)
    assert not any("Tanjung" in n for n in names(rec) if n != "Tanjung Raya")


def test_a_two_word_acronym_names_the_body_in_a_role_before_a_name():
    rec = run("Koordinator Pusat Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI), Fadli "
              "Ramadhan, mengecam tindakan itu.")
    body = actor_named(rec, "Badan Eksekutif Mahasiswa Seluruh Indonesia")
    assert body.type == ActorType.ORGANIZATION and body.aliases == ["BEM SI"]
    fadli = actor_named(rec, "Fadli Ramadhan")
    assert fadli.job_titles == ["Koordinator Pusat Badan Eksekutif Mahasiswa Seluruh Indonesia "
                                "(BEM SI)"]


def test_a_two_word_naval_rank_after_a_comma_is_no_part_of_the_name():
    rec = run("Juru bicara Penjaga Pantai Filipina, Laksamana Muda Ramon Villanueva, mengatakan "
              "dua kapal China menabrak kapal pemasok.")
    [person] = [a for a in rec.actors if a.type == ActorType.PERSON]
    assert person.name == "Ramon Villanueva"
    assert "Juru bicara Penjaga Pantai Filipina" in person.job_titles


def test_a_weekday_set_off_by_commas_is_no_name_and_a_camel_case_first_name_is():
    rec = run("Departemen Luar Negeri AS, Kamis, meminta Pyongyang menghentikan uji coba rudal.")
    assert not any(a.type == ActorType.PERSON for a in rec.actors)
    rec = run("Duta Besar AS untuk Filipina MaryKay Carlson mengecam tindakan China.")
    assert [a.name for a in rec.actors if a.type == ActorType.PERSON] == ["MaryKay Carlson"]


def test_the_office_of_a_titled_holder_speaks_as_an_organisation_of_the_holders_side():
    rec = run("Kantor Presiden Ukraina Volodymyr Zelensky mengatakan serangan itu menewaskan "
              "tiga orang. Zelensky kemudian mengecam Rusia.")
    office = rec.actor(rec.statements[0].speaker)
    assert (office.name, office.type) == ("Kantor Presiden Ukraina", ActorType.ORGANIZATION)
    assert rec.actor(office.affiliation).name == "Ukraina"
    assert "Volodymyr Zelensky" in {a.name for a in rec.actors}


def test_a_one_word_name_after_a_numbered_unit_and_its_bodys_acronym_is_a_person():
    rec = run("Ketua Komisi IV DPR Sudarsono meminta pemerintah menunda impor beras. Sudarsono "
              "juga mengkritik Kementerian Perdagangan.")
    person = actor_named(rec, "Sudarsono")
    assert person.type == ActorType.PERSON and person.job_titles == ["Ketua Komisi IV DPR"]
    assert not [a for a in rec.actors if "Sudarsono" in a.name and a.name != "Sudarsono"]


def test_an_election_named_with_its_acronym_is_an_occasion_not_an_actor():
    rec = run("Mahkamah Konstitusi (MK) menolak seluruh permohonan sengketa hasil Pemilihan "
              "Legislatif (Pileg) 2019.")
    assert names(rec) == {"Mahkamah Konstitusi"}


def test_a_named_day_is_an_occasion_not_a_person():
    rec = run("Ribuan petani menggelar aksi peringatan Hari Tani Nasional di depan Gedung DPR, "
              "Selasa. Ketua Serikat Petani Budi Santoso mengatakan tanah harus dibagi.")
    assert not [a for a in rec.actors if "Tani" in a.name]


def test_a_pair_named_in_a_role_takes_no_role_of_its_own():
    rec = run("Ketua Tim Pemenangan Anies-Imin, Thomas Lembong, menyebut putusan itu keliru. "
              "Anies Baswedan belum berkomentar.")
    assert not [a for a in rec.actors if a.name.startswith("Anies") and a.job_titles]


def test_a_constitutional_judge_is_a_title_even_in_lower_case():
    rec = run("Hakim konstitusi Arief Hidayat menyampaikan pendapat berbeda. Menurut Arief, "
              "Bawaslu tidak menindaklanjuti laporan itu.")
    judge = actor_named(rec, "Arief Hidayat")
    assert judge.type == ActorType.PERSON and judge.job_titles == ["Hakim konstitusi"]


def test_arabic_names_after_a_title_are_one_person():
    rec = run("Pemimpin Hamas Khalil al-Hayya menuduh Israel menghambat perundingan. "
              "Al-Hayya mengatakan kepada wartawan bahwa Hamas siap. Menteri Luar Negeri Oman "
              "Badr bin Hamad Al-Busaidi tiba di Kairo. Al-Busaidi menambahkan perundingan "
              "akan berlanjut.")
    persons = sorted(a.name for a in rec.actors if a.type == ActorType.PERSON)
    assert persons == ["Badr bin Hamad Al-Busaidi", "Khalil al-Hayya"]
    assert actor_named(rec, "Khalil al-Hayya").job_titles == ["Pemimpin Hamas"]
    assert actor_named(rec, "Badr bin Hamad Al-Busaidi").job_titles == [
        "Menteri Luar Negeri Oman"]


def test_a_region_kind_and_its_name_end_before_the_person_after_the_body():
    rec = run("Ketua KPU Kepulauan Meranti Rusdi Halawa memastikan pleno tetap dilanjutkan. "
              "Ketua KPU Kabupaten Tanjung Raya Nurhayati Simbolon membantah ada kecurangan. "
              "Bupati Kepulauan Meranti meminta warga tenang.")
    persons = sorted(a.name for a in rec.actors if a.type == ActorType.PERSON)
    assert persons == ["Bupati Kepulauan Meranti", "Nurhayati Simbolon", "Rusdi Halawa"]
    assert actor_named(rec, "Rusdi Halawa").job_titles == ["Ketua KPU Kepulauan Meranti"]


def test_a_counted_crowd_is_not_the_pair_named_after_it():
    rec = run("Ratusan pendukung pasangan calon nomor urut 2, Hamid Lamarang-Yulius Dowa, "
              "mengepung kantor KPU di Sanana, Senin (2/12). Hamid Lamarang membantah "
              "menggerakkan massa.")
    hamid = actor_named(rec, "Hamid Lamarang")
    assert not any("pendukung" in alias for alias in hamid.aliases)
    assert any(a.type == ActorType.GROUP and "pendukung" in a.name for a in rec.actors)


def test_a_ministry_whose_name_lists_its_fields_is_one_body_speaking_through_its_spokesperson():
    rec = run("Kementerian Pendidikan Tinggi, Sains, dan Teknologi melalui juru bicaranya, "
              "Sri Wahyuningsih, menyatakan siap memenuhi undangan Komisi X DPR.")
    body = "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"
    orgs = {a.name for a in rec.actors if a.type == ActorType.ORGANIZATION}
    assert body in orgs and "Sains" not in names(rec) and "Teknologi" not in names(rec)
    speaker = actor_named(rec, "Sri Wahyuningsih")
    assert speaker.job_titles == [f"juru bicara {body}"]
    assert actor_named(rec, body).affiliation is None
    assert [s.speaker for s in rec.statements] == [speaker.key]


def test_a_parliamentary_body_written_short_is_not_glued_to_the_name_after_it():
    rec = run("Ketua Banggar Hendra Wicaksana kemudian menskors rapat selama 30 menit.")
    assert "Hendra Wicaksana" in names(rec)


def test_initials_marked_as_a_suspects_are_a_person_and_may_be_a_named_ones_first_names():
    rec = run("Kejaksaan Agung menahan Direktur Utama PT Sarana Logam Nusantara, Agus Prasetyo "
              "Nugroho. \"Penyidik menetapkan saudara AP sebagai tersangka,\" kata Ardiansyah. "
              "Direktur PT Mitra Alat Berat berinisial RW juga ditahan.")
    persons = sorted(a.name for a in rec.actors if a.type == ActorType.PERSON)
    assert persons == ["Agus Prasetyo Nugroho", "Ardiansyah", "RW"]
    assert "AP" in actor_named(rec, "Agus Prasetyo Nugroho").aliases


def test_an_outlet_a_speaker_talks_to_is_an_actor_however_it_is_spelt():
    rec = run("Kami keluar karena tidak ada itikad baik, kata Ahmad Syaifullah kepada detikcom. "
              "\"Kami siap,\" kata Budi Santoso kepada ANTARA. \"Kondisi di kamp "
              "memprihatinkan,\" ujar Arief Nugroho kepada Media Indonesia.")
    orgs = sorted(a.name for a in rec.actors if a.type == ActorType.ORGANIZATION)
    assert orgs == ["ANTARA", "Media Indonesia", "detikcom"]
    assert [rec.actor(s.recipient).name for s in rec.statements] == [
        "detikcom", "ANTARA", "Media Indonesia"]


def test_a_name_the_tagger_split_around_a_middle_word_is_one_person():
    rec = run("Juru bicara kelompok paramiliter tersebut, Mousa Khamis Adam, mengatakan kepada "
              "wartawan bahwa pasukannya tidak pernah menargetkan permukiman warga sipil.")
    assert [a.name for a in rec.actors if a.type == ActorType.PERSON] == ["Mousa Khamis Adam"]


def test_a_state_head_before_a_state_is_that_state_and_bare_military_abroad_is_not_home():
    rec = run("Presiden Joko Widodo mengecam serangan terhadap konvoi bantuan di Myanmar. Junta "
              "Myanmar membantah terlibat. Sebaliknya, kelompok oposisi Myanmar menuding militer "
              "sendiri yang berada di balik penembakan.")
    assert "Junta Myanmar" not in names(rec)
    assert [a.name for a in rec.actors if "militer" in a.aliases] == ["Myanmar"]


def test_a_spokesperson_named_after_whom_they_speak_for_leaves_that_person_their_own_title():
    rec = run("Di Kyiv, juru bicara Presiden Volodymyr Zelensky, Serhii Nykyforov, mengatakan "
              "koridor itu tetap dibuka. Zelensky sebelumnya mengecam Rusia.")
    assert actor_named(rec, "Volodymyr Zelensky").job_titles == ["Presiden"]
    assert actor_named(rec, "Serhii Nykyforov").job_titles == [
        "juru bicara Presiden Volodymyr Zelensky"]


def test_bodies_listed_with_commas_stay_bodies_of_their_own():
    rec = run("Demo itu buntut bentrokan antara warga dan tim gabungan TNI, Polri, dan Direktorat "
              "Pengamanan BP Batam pada Kamis. Polri menangkap 12 warga.")
    types = {a.name: a.type for a in rec.actors}
    assert types.get("Polri") == ActorType.ORGANIZATION
    assert not any(n.startswith("Polri,") for n in types)


def test_an_ordinal_and_a_named_field_stay_in_the_role():
    rec = run("Partai itu memecat Presiden ke-7 RI Joko Widodo. Keputusan itu diumumkan Ketua DPP "
              "Bidang Kehormatan Komarudin Watubun pada Senin.")
    assert actor_named(rec, "Joko Widodo").job_titles == ["Presiden ke-7 RI"]
    assert actor_named(rec, "Komarudin Watubun").job_titles == ["Ketua DPP Bidang Kehormatan"]
    assert "Presiden" not in names(rec)


def test_a_military_spokesperson_role_runs_over_the_forces_word():
    rec = run("Juru bicara militer Thailand Laksamana Muda Somchai Srisuk mengatakan patroli "
              "akan ditambah.")
    assert "Juru bicara militer Thailand" in actor_named(rec, "Somchai Srisuk").job_titles


def test_a_person_after_a_rank_title_and_a_body_named_alone_elsewhere():
    rec = run("Kasus itu terjadi di lingkungan Kementerian Pertanian. KPK juga menahan Sekretaris "
              "Jenderal Kementerian Pertanian Hendra Wijaya.")
    person = actor_named(rec, "Hendra Wijaya")
    assert person.job_titles == ["Sekretaris Jenderal Kementerian Pertanian"]
    assert not any("Hendra" in a.name and a is not person for a in rec.actors)


def test_two_titled_names_joined_by_dan_are_two_persons():
    rec = run("KPK memeriksa Bendahara Dinas Pekerjaan Umum Andi Saputra dan Kepala Seksi "
              "Anggaran Budi Hartanto pada Senin.")
    assert actor_named(rec, "Andi Saputra").type == ActorType.PERSON
    assert actor_named(rec, "Budi Hartanto").type == ActorType.PERSON


def test_ajun_komisaris_besar_written_out_is_a_rank():
    rec = run("Kepala Bidang Humas Polda Papua Ajun Komisaris Besar Bayu Suseno mengatakan "
              "tersangka ditangkap tanpa perlawanan.")
    assert actor_named(rec, "Bayu Suseno").job_titles[0] == "Kepala Bidang Humas Polda Papua"


def test_a_list_of_towns_is_no_persons_name():
    rec = run("Amerika Serikat dan Inggris melancarkan serangan udara terhadap kelompok Houthi di "
              "Yaman pada Jumat. Juru bicara militer Houthi Yahya Saree mengatakan lima anggotanya "
              "tewas akibat 73 serangan yang menghantam Sanaa, Hodeidah, Taiz, Hajjah, dan Saada.")
    assert not any("," in a.name for a in rec.actors)



def test_a_short_name_of_several_words_is_the_body_inside_a_role():
    rec = run("Ratusan mahasiswa yang tergabung dalam Badan Eksekutif Mahasiswa Seluruh Indonesia "
              "(BEM SI) berunjuk rasa di depan Gedung DPR. Koordinator Pusat BEM SI Fadli "
              "Ramadhan mendesak DPR menghentikan pembahasan.")
    names = {a.name: a for a in rec.actors}
    assert "BEM" not in names and "Pusat BEM" not in names
    fadli = names["Fadli Ramadhan"]
    assert rec.actor(fadli.affiliation).name == "Badan Eksekutif Mahasiswa Seluruh Indonesia"


def test_a_lower_case_role_of_a_party_named_with_its_determiner_precedes_a_person():
    rec = run("Tudingan itu disampaikan kuasa hukum pasangan tersebut, Irwan Batubara, dalam "
              "sidang di Mahkamah Konstitusi. Irwan meminta MK membatalkan keputusan KPU.")
    irwan = next(a for a in rec.actors if a.name == "Irwan Batubara")
    assert irwan.type.name == "PERSON"
    assert [rec.actor(s.speaker).name for s in rec.statements][:1] == ["Irwan Batubara"]


def test_a_description_followed_by_marked_initials_is_that_person():
    rec = run("Kejaksaan Negeri Sleman menetapkan Kepala Dinas Perhubungan Sleman berinisial AW "
              "sebagai tersangka. AW langsung ditahan.")
    persons = {a.name for a in rec.actors if a.type.name == "PERSON"}
    assert persons == {"AW"}


def test_one_name_word_after_the_acronym_of_the_body_someone_is_from_is_a_person():
    rec = run("Anggota Komisi I DPR dari Fraksi PKS Sukamta menilai Dewan Keamanan PBB gagal "
              "meredam krisis. Sekretaris Jenderal PKB Jazilul Fawaid membantah partainya keluar "
              "dari Koalisi Indonesia Maju.")
    persons = {a.name for a in rec.actors if a.type.name == "PERSON"}
    assert persons == {"Sukamta", "Jazilul Fawaid"}
    assert "Fraksi PKS Sukamta" not in {a.name for a in rec.actors}
