"""Extraction constructions on invented sentences (need the trained Indonesian pipeline)."""

from graph.records import ActorType, QuoteForm

from .helpers import actor_named, needs_model, run

pytestmark = needs_model()


def speaker_names(record):
    return [record.actor(s.speaker).name for s in record.statements]


def test_direct_quote_inverted_cue_with_title_and_addressee():
    rec = run('"Kami akan membangun jembatan baru," kata Gubernur Jawa Barat Ridwan Kamil '
              "kepada wartawan pada Senin (8/3).")
    stmt = rec.statements[0]
    assert rec.actor(stmt.speaker).name == "Ridwan Kamil"
    assert stmt.form == QuoteForm.DIRECT and stmt.addressee == "wartawan"
    assert stmt.date == "2021-03-08"
    assert "Gubernur Jawa Barat" in rec.actor(stmt.speaker).job_titles


def test_split_quote_continues_speaker_and_clitic_cue():
    rec = run('"Harga beras naik," ujar Budi Santoso. "Petani kami rugi besar."\n'
              '"Pemerintah harus turun tangan," tambahnya.')
    assert speaker_names(rec) == ["Budi Santoso"] * 3


def test_indirect_speech_with_bahwa_and_surname():
    rec = run("Menteri Perdagangan Andi Wijaya mengatakan bahwa ekspor kopi meningkat tajam. "
              "Wijaya menegaskan pemerintah tidak akan menaikkan pajak.")
    assert speaker_names(rec) == ["Andi Wijaya", "Andi Wijaya"]
    assert all(s.form == QuoteForm.INDIRECT for s in rec.statements)


def test_denial_is_negated_and_menurut():
    rec = run("Polisi membantah bahwa petugas memukul warga. Menurut Siti Aminah, unjuk rasa "
              "berlangsung damai sejak pagi.")
    assert rec.statements[0].negated
    assert speaker_names(rec)[-1] == "Siti Aminah"


def test_sentence_opened_by_a_passive_cue_and_its_agent():
    rec = run("Sidang dipimpin hakim Budi Santoso.\n\nDituturkan Budi, terdakwa terbukti "
              "menerima suap dari kontraktor. Ditanya wartawan, ia mengatakan putusan akan "
              "dibacakan besok, ujar Siti.")
    assert next((rec.actor(s.speaker).name, s.content.text) for s in rec.statements) == (
        "Budi Santoso", "terdakwa terbukti menerima suap dari kontraktor")
    assert all(s.cue.text != "Ditanya" for s in rec.statements)


def test_menurut_speaker_ends_at_its_comma_or_after_a_named_apposition():
    rec = run("Menurut Haposan, Susno meminta uang ke Sjahril. Menurut anggota Dewan Pembina "
              "Partai Demokrat, Ahmad Mubarok, pihaknya sudah mengetahui permainan itu.")
    assert [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements] == [
        ("Haposan", "Susno meminta uang ke Sjahril"),
        ("Ahmad Mubarok", "pihaknya sudah mengetahui permainan itu")]


def test_accusation_is_statement_and_event_with_compound_source():
    rec = run("Jepang dan Korea Selatan menuduh Rusia melanggar wilayah udara mereka.")
    events = [e for e in rec.events if e.type == "ACCUSE"]
    assert events and len(events[0].sources) == 2
    assert rec.actor(events[0].targets[0]).name == "Rusia"


def test_conditional_attack_is_not_coded():
    rec = run("Kanada akan memberlakukan embargo jika Rusia menyerang Georgia.")
    assert not [e for e in rec.events if e.type == "ASSAULT"]


def event_pairs(record, type_):
    return [([record.actor(k).name for k in e.sources], [record.actor(k).name for k in e.targets])
            for e in record.events if e.type == type_]


def test_threat_target_after_relative_clause():
    rec = run("Kanada dan Jepang telah mengancam sanksi yang berat terhadap Rusia.")
    assert event_pairs(rec, "THREATEN") == [(["Kanada", "Jepang"], ["Rusia"])]


def test_purpose_clause_takes_main_subject():
    rec = run("Presiden Prancis Emmanuel Macron tiba di Berlin pada Senin untuk berdiskusi "
              "dengan Kanselir Jerman Olaf Scholz.")
    assert event_pairs(rec, "CONSULT") == [(["Emmanuel Macron"], ["Olaf Scholz"])]


def test_apposition_is_one_source_and_agar_clause_gives_target():
    rec = run("Presiden Peru, Pedro Castillo, mendesak Kongres agar segera bersidang.")
    sources, targets = event_pairs(rec, "REQUEST")[0]
    assert sources == ["Pedro Castillo"] and targets == ["Kongres"]


def test_reduplicated_plural_is_a_group_and_pronoun_refers_to_it():
    rec = run("Kelompok-kelompok tani di Bandung berkumpul di alun-alun. Mereka menuduh "
              "Gubernur Ridwan Kamil mengabaikan upah minimum.")
    sources, targets = event_pairs(rec, "ACCUSE")[0]
    assert sources == ["Kelompok-kelompok tani di Bandung"] and targets == ["Ridwan Kamil"]


def test_act_reported_in_neutral_speech_is_an_event_but_not_in_an_accusation():
    rec = run("Pemerintah Chili mengatakan Bolivia telah menyerang Peru. Kolombia menuduh "
              "Ekuador menyerang Panama.")
    assert (["Bolivia"], ["Peru"]) in event_pairs(rec, "ASSAULT")
    assert (["Ekuador"], ["Panama"]) not in event_pairs(rec, "ASSAULT")


def test_quote_takes_the_date_of_the_sentence_that_introduced_its_speaker():
    rec = run("Menteri Pertanian Siti Rahayu meninjau sawah di Karawang pada Senin (8/3). "
              "Panen tahun ini diperkirakan naik.\n"
              '"Kami akan menambah pupuk bersubsidi bagi petani," kata Siti.')
    assert rec.statements[-1].date == "2021-03-08"


def test_addressee_after_apposition_comma_and_own_government():
    rec = run("Presiden Kenya William Ruto mengatakan kepada pemerintahnya untuk menyiapkan "
              'bantuan pangan. "Kami siap membantu," kata Menteri Pertanian Kenya, '
              "Mithika Linturi, kepada wartawan pada Jumat (5/3).")
    first, second = rec.statements
    assert rec.actor(first.recipient).name == "Kenya"
    assert rec.actor(second.speaker).name == "Mithika Linturi"
    assert second.addressee == "wartawan"


def test_report_day_carries_on_until_another_occasion_opens():
    rec = run("Gubernur Jawa Barat Ridwan Hakim meresmikan jembatan di Bandung pada Senin (8/3). "
              '"Jembatan ini memangkas waktu tempuh," kata Ridwan. '
              "Sebelumnya, Bupati Garut Asep Sunarya mengatakan bahwa jalan desa rusak parah.")
    said = {rec.actor(s.speaker).name: s.date for s in rec.statements}
    assert said["Ridwan Hakim"] == "2021-03-08"
    assert said["Asep Sunarya"] is None


def test_an_aside_keeps_its_day_to_its_paragraph_and_its_quotes():
    rec = run("Gubernur Jawa Barat Ridwan Hakim meresmikan jembatan di Bandung, Senin (8/3).\n\n"
              "Sebelumnya, Bupati Garut Asep Sunarya meninjau jalan desa pada Kamis (4/3).\n\n"
              '"Jalan ini rusak parah," ujar Asep.\n\n'
              "Kepala Dinas Pekerjaan Umum Dedi Rusdiana mengatakan jembatan itu dibangun "
              "dua tahun.")
    said = {rec.actor(s.speaker).name: s.date for s in rec.statements}
    assert said == {"Asep Sunarya": "2021-03-04", "Dedi Rusdiana": "2021-03-08"}


def test_a_day_inside_what_is_reported_is_not_carried_to_the_next_report():
    rec = run("Menteri Luar Negeri Retno Marsudi bertemu Duta Besar Malaysia Ahmad Zahid di "
              "Jakarta, Selasa (21/4/2015). Retno mengatakan, pada 26 Maret lalu, pemerintah "
              "sudah memberikan koordinat kedutaan kepada Malaysia. Ahmad Zahid menyebut "
              "serangan itu tidak ditujukan ke kedutaan.", date="2015-04-22")
    assert [(n, s.date) for n, s in zip(speaker_names(rec), rec.statements, strict=True)] == [
        ("Retno Marsudi", "2015-04-21"), ("Ahmad Zahid", "2015-04-21")]


def test_dayless_time_leaves_the_date_empty():
    rec = run("Menteri Kesehatan Budi Santoso pada Senin (8/3) meninjau rumah sakit. "
              "Pekan lalu, Budi mengatakan bahwa vaksin sudah tiba.")
    assert rec.statements[-1].date is None


def test_indirect_content_starts_after_the_cue_time_setting():
    rec = run("Menteri Luar Negeri Norwegia Anniken Huitfeldt mengatakan Kamis, "
              "perundingan akan dilanjutkan bulan depan.")
    (stmt,) = rec.statements
    assert stmt.content.text.startswith("perundingan")


def test_a_sentence_opening_abstract_noun_is_no_part_of_a_name():
    rec = run("Anggota DPR Wahyu Santoso mengkritik rencana itu. "
              "Kekesalan Wahyu memuncak saat rapat berlangsung. "
              '"Ini tidak masuk akal," kata Wahyu.')
    assert all("Kekesalan" not in a.name for a in rec.actors)
    assert rec.actor(rec.statements[-1].speaker).name == "Wahyu Santoso"


def test_unqualified_government_is_the_home_state_or_the_speakers_state():
    home = run("Anggota DPR Wahyu Santoso mengkritik pemerintah karena menaikkan harga BBM.")
    assert (["Wahyu Santoso"], ["Indonesia"]) in event_pairs(home, "ACCUSE")
    abroad = run("Presiden Kenya William Ruto mengatakan pemerintah akan membantu petani. "
                 "Pemerintah juga mengecam Uganda.")
    assert (["Kenya"], ["Uganda"]) in event_pairs(abroad, "ACCUSE")


def test_role_with_a_bracketed_acronym_and_a_state_inside_a_longer_name():
    rec = run("Gubernur Bank Sentral Kenya (BSK) Patrick Njoroge bertemu Menteri Keuangan "
              "Uganda Matia Kasaija. Bank Indonesia mendukung Kenya.")
    njoroge = actor_named(rec, "Patrick Njoroge")
    assert njoroge.job_titles == ["Gubernur Bank Sentral Kenya (BSK)"]
    assert "Bank Indonesia" in {a.name for a in rec.actors}
    assert "Indonesia" not in {a.name for a in rec.actors}


def test_meeting_partner_after_dengan_past_an_object():
    rec = run("Menteri Luar Negeri Kenya Musalia Mudavadi berdiskusi banyak hal dengan "
              "Menteri Luar Negeri Uganda Jeje Odongo.")
    assert (["Musalia Mudavadi"], ["Jeje Odongo"]) in event_pairs(rec, "CONSULT")


def test_a_collective_is_named_with_its_location_and_found_again_by_its_head():
    rec = run("Partai-partai oposisi di Kenya menuduh Presiden William Ruto mencurangi pemilu. "
              "Partai-partai oposisi juga mengecam Uganda.")
    groups = [a for a in rec.actors if a.type.name == "GROUP"]
    assert [g.name for g in groups] == ["Partai-partai oposisi di Kenya"]
    assert "Partai-partai oposisi" in groups[0].aliases


def test_a_possessed_collective_is_the_group_of_its_possessor():
    rec = run("Massa pendukung Ruto memblokir jalan di Nairobi. Presiden Kenya William Ruto "
              "meminta para pendukungnya membuka jalan itu.")
    groups = {a.key for a in rec.actors if a.type.name == "GROUP"}
    assert len(groups) == 1
    assert any(e.targets == list(groups) for e in rec.events if e.type == "REQUEST")


def test_collective_led_by_its_head_is_the_group_not_the_person_inside():
    rec = run("Presiden Kenya William Ruto meminta para pendukungnya membuka jalan. Para "
              "pendukung garis keras Ruto menolak untuk menerima hasil pemilu. Polisi "
              "mengimbau pendukungnya pulang.")
    groups = [a for a in rec.actors if a.type.name == "GROUP"]
    assert [g.name for g in groups] == ["pendukung Ruto"]
    assert {"para pendukungnya", "Para pendukung garis keras Ruto", "pendukungnya"} <= set(
        groups[0].aliases)
    assert not [e for e in rec.events if e.type == "REJECT"]


def test_names_with_an_arabic_article_and_a_first_name_left_out_of_an_organisation():
    rec = run('"Perundingan itu macet sejak pekan lalu," kata Muhammed el-Sebai, juru bicara '
              "kementerian. "
              "Kritik dilontarkan oleh anggota DPR, Dolfie Othniel Frederic Palit. "
              '"Ini belum jelas," tegas Dolfie.')
    assert [rec.actor(s.speaker).name for s in rec.statements] == [
        "Muhammed el-Sebai", "Dolfie Othniel Frederic Palit"]


def test_speaker_set_off_by_commas_before_an_act_with_a_clause():
    rec = run("Presiden Kenya, William Ruto, meminta para pendukungnya membuka kembali jalan "
              "yang diblokir sejak pekan lalu.")
    (stmt,) = rec.statements
    assert rec.actor(stmt.speaker).name == "William Ruto"
    assert stmt.content.text.startswith("para pendukungnya membuka")


def test_coordinated_cue_keeps_the_first_subject_and_counted_states():
    rec = run("Junta mengecam campur tangan pihak luar dan mengatakan akan melawan. "
              "Kenya dan Uganda mendukung junta. Kedua negara mengatakan mereka akan "
              "membela Somalia.")
    said = [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements]
    assert any(n == "Junta" and c.endswith("melawan") for n, c in said)
    assert not any(c.startswith("campur tangan") for _, c in said)
    assert {n for n, c in said if c.startswith("mereka akan membela")} == {"Kenya", "Uganda"}


def test_an_organisation_that_lists_its_fields_and_its_acronym():
    rec = run('"Ekspor dibatasi mulai Juli," kata Kementerian Pertanian, Perikanan, dan Kehutanan '
              'Kenya (MAFF) dalam sebuah pernyataan. "Kami menunggu jawaban," tambah MAFF. '
              "Kementerian Luar Negeri, Kanada, dan Norwegia hadir.")
    speakers = {rec.actor(s.speaker).name for s in rec.statements}
    assert speakers == {"Kementerian Pertanian, Perikanan, dan Kehutanan Kenya"}
    assert "Kementerian Luar Negeri, Kanada, dan Norwegia" not in {a.name for a in rec.actors}


def test_surname_tagged_as_a_noun_and_content_ending_at_the_narrators_contrast():
    rec = run("Menteri Keuangan Kenya Wanjiru Kamau bertemu Gubernur Bank Sentral. "
              "Wanjiru juga menegaskan urusan nilai tukar merupakan tugas bank sentral. "
              "Pemerintah Kenya mengklaim telah menghemat anggaran, namun defisit justru "
              "membengkak.")
    said = [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements]
    assert ("Wanjiru Kamau", "urusan nilai tukar merupakan tugas bank sentral") in said
    assert any(c.endswith("menghemat anggaran") for _, c in said)


def test_an_organisation_only_mentioned_is_no_actor():
    rec = run("Harga beras yang dicatat Badan Pusat Statistik naik. Presiden Kenya William Ruto "
              "mengkritik Uganda.")
    names = {a.name for a in rec.actors}
    assert "Badan Pusat Statistik" not in names
    assert {"William Ruto", "Kenya", "Uganda"} <= names


def test_addressee_is_the_object_of_an_act_or_a_counterpart_from_a_state():
    rec = run("Menteri Luar Negeri Uganda Jeje Odongo tiba di Nairobi. Presiden Kenya William Ruto "
              "mendesak negara-negara tetangga agar menutup perbatasan. Menteri Luar Negeri Kenya "
              "Musalia Mudavadi mengatakan kepada rekannya dari Uganda bahwa perbatasan akan "
              "dibuka kembali.")
    first, second = rec.statements
    assert rec.actor(first.recipient).name == "negara-negara tetangga"
    assert rec.actor(second.recipient).name == "Jeje Odongo"


def test_not_statements_continuing_without_saying_and_acts_on_things():
    rec = run("Ketiga negara akan melanjutkan konsultasi tanpa memberikan jadwal. Kenya menyerukan "
              "mediasi internasional untuk membantu mencapai kesepakatan. Presiden Kenya William "
              "Ruto pergi tanpa menjelaskan lebih lanjut. Ruto mengimbau pendukungnya untuk "
              "pulang.")
    said = [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements]
    assert said == [("William Ruto", "pendukungnya untuk pulang")]


def test_subject_before_an_inserted_adverbial():
    rec = run("Kementerian Luar Negeri Kenya, sementara itu, mengatakan perundingan dengan Uganda "
              "telah macet sejak pekan lalu.")
    (stmt,) = rec.statements
    assert rec.actor(stmt.speaker).name == "Kementerian Luar Negeri Kenya"


def test_collective_words_and_fronted_descriptions_are_no_persons():
    rec = run("Massa pendukung Ruto memblokir jalan. Sebagai Ketua Komisi, KPU memerintahkan "
              "kepada Wafula Chebukati untuk memimpin rapat. Para pendukungnya belum "
              "sepenuhnya percaya.")
    names = {a.name: a.type.name for a in rec.actors}
    assert "Massa" not in names and "Ketua Komisi KPU" not in names
    assert (["KPU"], ["Wafula Chebukati"]) in [
        ([rec.actor(k).name for k in e.sources], [rec.actor(k).name for k in e.targets])
        for e in rec.events if e.type == "REQUEST"]


def test_content_after_a_past_time_phrase_and_reciprocal_act_with_an_adverb():
    rec = run("Juru bicara Rina Astuti mengungkapkan pada akhir bulan lalu bahwa Jepang dan "
              "Vietnam sudah diam-diam bertukar pesan.")
    [stmt] = rec.statements
    assert stmt.content.text == "Jepang dan Vietnam sudah diam-diam bertukar pesan"
    [event] = rec.events
    assert event.type == "CONSULT"
    assert sorted(rec.actor(k).name for k in event.sources) == ["Jepang", "Vietnam"]


def test_subject_after_a_fronted_verbal_phrase_is_what_a_later_pronoun_refers_to():
    rec = run("Menteri Keuangan Dedi Kurnia hadir dalam rapat itu. Anggota DPR Rina Astuti "
              "mengecam rencana anggaran. \"Rencana anggaran itu keliru,\" tegas Rina. "
              "Menghadapi kecaman bertubi-tubi, Dedi hanya tersenyum. "
              "Menurutnya, anggaran negara masih aman.")
    [stmt] = [s for s in rec.statements if s.content.text.startswith("anggaran negara")]
    assert rec.actor(stmt.speaker).name == "Dedi Kurnia"


def test_an_ordered_noun_phrase_or_a_relative_clause_is_no_statement():
    rec = run("Presiden Kolombia Rina Astuti memerintahkan pemutusan hubungan diplomatik "
              "dengan Nikaragua.")
    assert not rec.statements
    rec = run("Peru menolak tawaran itu, media lokal Andina melaporkan pada hari Kamis, yang "
              "mengutip sumber pemerintah.")
    assert not [s for s in rec.statements if s.content.text.startswith("yang")]


def test_cue_before_a_whole_quote_is_direct_and_a_purpose_cue_is_no_statement():
    rec = run("Menteri Luar Negeri Rina Astuti memastikan perundingan akan dilanjutkan. "
              "Ia menambahkan, \"Tidak ada pemenang dalam perang.\"")
    assert [(s.form, s.content.text) for s in rec.statements] == [
        (QuoteForm.INDIRECT, "perundingan akan dilanjutkan"),
        (QuoteForm.DIRECT, "Tidak ada pemenang dalam perang"),
    ]
    rec = run("Kenya bekerja sama dengan Uganda untuk memastikan kembalinya pengungsi ke Sudan.")
    assert not rec.statements


def test_speaker_before_a_setting_and_a_bracketed_date_and_an_instruction():
    rec = run("Wakil Ketua Komisi Rina Astuti dalam keterangan tertulisnya, Kamis (4/7/2024), "
              "menyatakan pihaknya akan memanggil saksi lain.", date="2024-07-05")
    [stmt] = rec.statements
    assert rec.actor(stmt.speaker).name == "Rina Astuti" and stmt.date == "2024-07-04"
    rec = run("Kepala Polisi Kenya Dedi Kurnia menginstruksikan jajarannya untuk menindak tegas "
              "para pelaku.")
    assert [rec.actor(e.sources[0]).name for e in rec.events if e.type == "REQUEST"] == [
        "Dedi Kurnia"]


def test_vague_quantity_is_no_name_and_a_coordinating_minister_keeps_his_title():
    rec = run("Ratusan buruh berunjuk rasa di depan Gedung Sate menuntut Gubernur Dedi Mulyadi "
              "mundur. Menko Polhukam Budi Gunawan membantah tuduhan itu.")
    names = {a.name for a in rec.actors}
    assert "Ratusan" not in names and "Gedung Sate" not in speaker_names(rec)
    demands = [e for e in rec.events if e.type == "REQUEST"]
    assert [[rec.actor(k).name for k in e.sources] for e in demands] == [["buruh"]]
    minister = actor_named(rec, "Budi Gunawan")
    assert minister.job_titles == ["Menko Polhukam"]


def test_fronted_phrase_is_no_subject_and_a_report_opener_is_no_name():
    rec = run("Menurut Hamdan, serangan yang menewaskan Yusuf Qasim ditujukan ke sebuah mobil. "
              "Dalam acara yang sama, politisi Golkar Dedi Mulyana membantah penilaian Hamdan. "
              "Diketahui, Partai Buruh mendukung penuh pencalonan Andi Gani.")
    assert not [e for e in rec.events if e.type == "ASSAULT"]
    assert [([rec.actor(k).name for k in e.sources], [rec.actor(k).name for k in e.targets])
            for e in rec.events if e.type == "REJECT"] == [(["Dedi Mulyana"], ["Hamdan"])]
    assert "Diketahui" not in {a.name for a in rec.actors}


def test_reduplicated_things_are_no_groups_but_reduplicated_roles_are():
    rec = run("Polisi Malaysia menyita foto-foto itu dari wartawan. Laporan-laporan menyebutkan "
              "tiga orang tewas. Menteri-menteri ASEAN mengecam kudeta di Myanmar.")
    names = {a.name for a in rec.actors}
    assert "foto-foto" not in names and "Laporan-laporan" not in names
    assert not [s for s in rec.statements if rec.actor(s.speaker).name == "Laporan-laporan"]


def test_a_lexicon_verb_the_tagger_does_not_know_still_has_a_subject():
    rec = run("Menteri Luar Negeri Retno Marsudi mengutuk serangan itu. Ia mengatakan serangan "
              "itu merupakan kejahatan perang.")
    assert [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements] == [
        ("Retno Marsudi", "serangan itu merupakan kejahatan perang")]


def test_an_organisation_named_with_its_state_is_the_organisation_of_that_state():
    rec = run("DPR RI mengundang Kapolri untuk rapat. Ketua DPR RI Puan Maharani mengatakan "
              "rapat itu penting.")
    dpr = actor_named(rec, "DPR")
    assert "DPR RI" in dpr.aliases and rec.actor(dpr.affiliation).name == "Indonesia"
    assert [rec.actor(k).name for e in rec.events for k in e.sources] == ["DPR"]


def test_an_unquoted_clause_attributed_by_a_cue_after_its_comma():
    rec = run("Tidak ada korban jiwa dalam kebakaran itu, kata polisi Chili dalam sebuah "
              "pernyataan. Sebagai tanggapan, ujar Menteri Dalam Negeri Chili Carolina Toha, "
              "pemerintah akan menambah petugas pemadam.")
    assert [(rec.actor(s.speaker).name, s.content.text, s.form) for s in rec.statements] == [
        ("Cile", "Tidak ada korban jiwa dalam kebakaran itu", QuoteForm.INDIRECT),
        ("Carolina Toha", "pemerintah akan menambah petugas pemadam", QuoteForm.INDIRECT)]


def test_a_speaker_named_after_a_bracketed_role_and_a_citation_before_the_cue():
    rec = run("Perdana Menteri (PM) Malaysia, Anwar Ibrahim, seperti dilansir Reuters, Kamis "
              "(24/7/2025), menyebut penyelidikan polisi menemukan bukti baru.")
    assert [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements] == [
        ("Anwar Ibrahim", "penyelidikan polisi menemukan bukti baru")]
    assert "Perdana Menteri" not in [a.name for a in rec.actors]


def test_a_nya_cue_after_an_organisation_s_quote_is_the_organisation_s():
    rec = run('"Pasukan mereka sudah ditarik keluar dari wilayah kami," kata Kementerian '
              'Pertahanan Azerbaijan dalam sebuah pernyataan. "Tidak ada senjata yang '
              'digunakan," ucapnya.')
    assert speaker_names(rec) == ["Kementerian Pertahanan Azerbaijan"] * 2


def test_a_quote_a_cue_and_colon_introduce_is_no_continuation_of_the_last():
    rec = run('"Situasi di perbatasan tegang," kata Menteri Luar Negeri Kosovo Donika Gervalla. '
              'Dia menambahkan: "Kami tidak akan mundur."')
    assert [(s.cue.text, s.content.text) for s in rec.statements] == [
        ("kata", "Situasi di perbatasan tegang"), ("menambahkan", "Kami tidak akan mundur")]


def test_menurut_closing_its_sentence_without_a_comma():
    rec = run("Rudal itu terbang sekitar 450 kilometer menurut militer Korea Selatan dalam "
              "pernyataannya yang dikutip Reuters. Harga beras naik menurut data yang dirilis "
              "pemerintah.")
    assert [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements] == [
        ("Korea Selatan", "Rudal itu terbang sekitar 450 kilometer")]


def test_statement_issued_by_an_organisation_named_before():
    rec = run('Kementerian Perdagangan Malaysia menolak tuduhan itu. "Kami selalu mematuhi aturan '
              'perdagangan dunia," bunyi pernyataan kementerian tersebut.')
    assert speaker_names(rec) == ["Kementerian Perdagangan Malaysia"]


def test_quote_opened_by_a_closing_shaped_mark_glued_to_the_sentence_before():
    rec = run("Menteri Pertanian Budi Santoso tiba di Medan.”Kami akan membeli seluruh panen "
              "petani,” kata Budi.")
    assert speaker_names(rec) == ["Budi Santoso"]
    assert rec.statements[0].content.text == "Kami akan membeli seluruh panen petani"


def test_subject_named_before_its_capacity_selaku_juru_bicara():
    rec = run("Rina Hartono selaku juru bicara Partai Hijau mengatakan bahwa partainya menolak "
              "rancangan anggaran itu.")
    assert speaker_names(rec) == ["Rina Hartono"]


def test_menurut_a_role_then_the_name_between_commas():
    rec = run("Menurut juru bicara Kementerian Luar Negeri Malaysia, Ahmad Fadil, Kuala Lumpur "
              "menolak tuduhan itu.")
    assert speaker_names(rec) == ["Ahmad Fadil"]
    assert rec.statements[0].content.text == "Kuala Lumpur menolak tuduhan itu"


def test_atau_names_one_speaker_twice_not_two():
    rec = run("Kepala Badan Komunikasi Nasional atau Bakom Nasional Partai Hijau, Rina Hartono, "
              "mengungkapkan sejumlah kader partainya telah mundur.")
    assert speaker_names(rec) == ["Rina Hartono"]


def test_a_definite_description_of_a_former_office_is_the_person_just_speaking():
    rec = run("Gubernur Jawa Tengah Budi Santoso mengatakan tuduhan itu tidak benar. Menurut "
              "mantan Kepala Staf TNI ini, setiap partai memiliki aturan yang jelas.")
    assert speaker_names(rec) == ["Budi Santoso", "Budi Santoso"]


def test_a_cue_whose_object_only_names_an_event_gives_the_event_not_a_statement():
    rec = run("Menteri Luar Negeri Rina Hartono menyampaikan kecaman kepada Singapura atas "
              "insiden itu. Ia menyampaikan keprihatinan Indonesia atas meningkatnya ketegangan.")
    assert [s.content.text for s in rec.statements] == [
        "keprihatinan Indonesia atas meningkatnya ketegangan"]
    assert [e.type for e in rec.events] == ["ACCUSE"]


def test_a_named_foreign_envoy_summoned_is_the_target():
    rec = run("Kementerian Luar Negeri memanggil Duta Besar Ukraina untuk Indonesia Vasyl "
              "Hamianin pada Kamis.")
    envoy = rec.actor(rec.events[0].targets[0])
    assert envoy.name == "Vasyl Hamianin" and rec.actor(envoy.affiliation).name == "Ukraina"


def test_a_role_coordinated_inside_runs_to_the_person_it_names():
    rec = run("Direktur Jenderal Asia dan Afrika Kemenlu Budi Santoso mengatakan Indonesia "
              "menolak usulan itu.")
    assert speaker_names(rec) == ["Budi Santoso"]


def test_memper_cue_with_the_party_warned_before_agar():
    rec = run("Korea Selatan memperingatkan Jepang agar tidak membuang limbah nuklir ke laut.")
    stmt = rec.statements[0]
    assert rec.actor(stmt.speaker).name == "Korea Selatan"
    assert rec.actor(stmt.recipient).name == "Jepang"
    assert stmt.content.text == "agar tidak membuang limbah nuklir ke laut"


def test_cue_with_its_statement_noun_and_a_hyphenated_surname():
    rec = run('"Kami siap berunding," kata Kim Sung-min. "Kami tidak takut," tegas Sung-Min. '
              '"Semua pihak harus tenang," tambah pernyataannya.')
    assert speaker_names(rec) == ["Kim Sung-min"] * 3


def test_a_paraphrase_with_a_quoted_fragment_attributed_after_its_comma():
    rec = run('Malaysia "dengan tegas" menolak keputusan itu dan telah mengajukan "protes keras '
              'kepada Singapura," kata juru bicara Kementerian Luar Negeri Malaysia, Ahmad '
              "Fadil, dalam konferensi pers di Kuala Lumpur.")
    stmt = rec.statements[0]
    assert rec.actor(stmt.speaker).name == "Ahmad Fadil"
    assert stmt.form == QuoteForm.INDIRECT
    assert stmt.content.text.startswith('Malaysia "dengan tegas" menolak')


def test_a_denial_with_a_bare_verb_phrase_and_an_adjective_cue_word_inside_content():
    rec = run("Republik Islam membantah terlibat dalam serangan terhadap kapal itu. Menteri "
              "Pertahanan Malaysia Ahmad Fadil menyatakan bahwa respons Malaysia akan cepat dan "
              "tegas terhadap setiap ancaman.")
    first, second = rec.statements
    assert rec.actor(first.speaker).name == "Iran" and first.negated
    assert first.content.text == "terlibat dalam serangan terhadap kapal itu"
    assert second.content.text.endswith("cepat dan tegas terhadap setiap ancaman")


def test_menurut_a_name_then_the_clause_without_a_comma():
    rec = run("Massa buruh sudah bertemu pimpinan DPR. Namun menurut Budi Santoso "
              "tuntutan-tuntutan buruh akan lebih dulu ditampung.")
    stmt = rec.statements[0]
    assert rec.actor(stmt.speaker).name == "Budi Santoso"
    assert stmt.content.text == "tuntutan-tuntutan buruh akan lebih dulu ditampung"


def test_the_party_warned_or_urged_before_an_acronym_in_brackets():
    rec = run("Menteri Luar Negeri Iran Hossein Amirabdollahian mendesak Amerika Serikat (AS) "
              "untuk berhenti mengancam. Korea Utara memperingatkan Jepang bahwa respons Korea "
              "Utara akan cepat.")
    first, second = rec.statements
    assert rec.actor(first.recipient).name == "Amerika Serikat"
    assert rec.actor(second.recipient).name == "Jepang"
    assert second.content.text == "respons Korea Utara akan cepat"


def test_an_agency_in_capitals_told_before_a_comma_is_the_addressee_not_the_content():
    rec = run("Duta Besar Elbonia Hakan Demir mengatakan kepada ANTARA, kedua pihak harus "
              "menahan diri.")
    stmt = rec.statements[0]
    assert rec.actor(stmt.recipient).name == "ANTARA"  # the agency is an actor
    assert stmt.content.text == "kedua pihak harus menahan diri"


def test_a_role_tagged_as_an_organisation_and_a_rank_spelled_out():
    rec = run('"Sampaikan aspirasi secara tertib," ucap Kapolres Metro Jakarta Pusat, Komisaris '
              "Besar Polisi Budi Santoso kepada wartawan, Jumat 20 Oktober 2023.")
    stmt = rec.statements[0]
    assert rec.actor(stmt.speaker).name == "Budi Santoso"
    assert stmt.addressee == "wartawan"
    assert not [a for a in rec.actors if a.name.startswith("Kapolres")]


def test_a_name_after_a_role_and_comma_is_a_person_and_a_planned_day_dates_no_report():
    rec = run("Kepala junta Myanmar Min Aung Hlaing akan menghadiri pertemuan di Jakarta pada 24 "
              'Maret. "Kami sudah menerima konfirmasinya," kata juru bicara Thailand, Tanee '
              "Sangrat.", date="2021-03-10")
    stmt = rec.statements[0]
    speaker = rec.actor(stmt.speaker)
    assert speaker.name == "Tanee Sangrat" and speaker.type == ActorType.PERSON
    assert stmt.date is None


def test_a_doubled_space_before_the_cue_keeps_its_subject():
    rec = run("Pemimpin Partai Hijau, Budi Santoso, dalam pidatonya pada Selasa (9/3),  "
              "memperingatkan Malaysia bahwa tindakan tersebut sangat kejam.")
    stmt = rec.statements[0]
    assert rec.actor(stmt.speaker).name == "Budi Santoso"
    assert rec.actor(stmt.recipient).name == "Malaysia"


def test_regret_with_a_clause_is_a_statement_and_an_accusation():
    rec = run("Ketua Partai Biru Budi Santoso menyayangkan bahwa kegiatan Partai Hijau lebih "
              "sering dipermasalahkan dibandingkan partai lain.")
    assert [s.content.text for s in rec.statements] == [
        "kegiatan Partai Hijau lebih sering dipermasalahkan dibandingkan partai lain"]
    assert [e.type for e in rec.events] == ["ACCUSE"]


def test_a_subject_inside_a_menurut_clause_is_no_antecedent():
    rec = run("Ketua Partai Golkar Budi Santoso hadir di Medan. Menurut dia, kegiatan Rina Hartono "
              "di sebuah masjid sudah jelas merupakan kampanye. Dia pun menyayangkan bahwa "
              "kegiatan partainya lebih sering dipermasalahkan.")
    assert speaker_names(rec) == ["Budi Santoso", "Budi Santoso"]


def test_a_single_capital_initial_is_part_of_the_name_not_the_role():
    rec = run("Direktur Jenderal Kemenlu I Gede Ngurah Swajaya mengatakan Indonesia menolak "
              "tuduhan itu.")
    speaker = rec.actor(rec.statements[0].speaker)
    assert speaker.name == "I Gede Ngurah Swajaya"
    assert speaker.job_titles == ["Direktur Jenderal Kemenlu"]


def test_a_bare_head_word_is_the_organisation_named_before_with_it():
    rec = run("Kementerian Pertahanan Azerbaijan mengatakan operasi itu sah. Kementerian "
              "menyatakan bahwa pihaknya telah memberi tahu Rusia.")
    assert speaker_names(rec) == ["Kementerian Pertahanan Azerbaijan"] * 2


def test_a_name_after_a_title_and_a_place_is_the_person():
    rec = run("Ketua Menteri Delhi Arvind Kejriwal ditangkap polisi pada Kamis. Kejriwal "
              "membantah tuduhan itu.")
    [person] = [a for a in rec.actors if a.type == ActorType.PERSON]
    assert (person.name, person.job_titles) == ("Arvind Kejriwal", ["Ketua Menteri Delhi"])


def test_an_act_characterising_its_object_is_also_a_statement():
    rec = run('Kementerian Luar Negeri Jepang mengecam peluncuran rudal itu sebagai "pelanggaran '
              'berat". Pemerintah Korea Selatan mengutuk apa yang mereka sebut sebagai provokasi '
              "yang disengaja. Korea Utara menolak pernyataan itu sebagai fitnah.")
    assert [(rec.actor(s.speaker).name, s.cue.text, s.content.text) for s in rec.statements] == [
        ("Kementerian Luar Negeri Jepang", "mengecam",
         'peluncuran rudal itu sebagai "pelanggaran berat"'),
        ("Korea Selatan", "mengutuk", "apa yang mereka sebut sebagai provokasi yang disengaja"),
        ("Korea Utara", "menolak", "pernyataan itu sebagai fitnah"),
    ]
    assert all(s.recipient is None for s in rec.statements)


def test_refusing_or_condemning_without_a_characterisation_is_no_statement():
    rec = run("Israel menolak untuk berkomentar. Pemerintah selalu menolak hadir dalam rapat "
              "bersama DPR. Mesir mengutuk serangan itu.")
    assert rec.statements == []


def test_a_named_force_with_its_acronym_is_an_organisation_not_its_state():
    rec = run("Angkatan Bersenjata Israel (IDF) mengklaim pesawatnya menyerang kompleks Hamas. "
              "Pasukan Israel juga menembaki Rafah.")
    idf = actor_named(rec, "Angkatan Bersenjata Israel")
    assert idf.type == ActorType.ORGANIZATION and "IDF" in idf.aliases
    assert speaker_names(rec) == ["Angkatan Bersenjata Israel"]


def test_officers_residents_and_refugees_of_a_place_are_collectives():
    rec = run("Petugas medis Palestina menyebutkan serangan itu menghantam tenda pengungsi di "
              "Rafah. Penduduk desa mengatakan pertempuran terus meletus.")
    assert speaker_names(rec) == ["Petugas medis Palestina", "Penduduk desa"]
    groups = {a.name for a in rec.actors if a.type == ActorType.GROUP}
    assert {"Petugas medis Palestina", "Penduduk desa"} <= groups and "Rafah" not in groups


def test_a_singular_pronoun_cue_after_an_institution_speaking_is_the_institution():
    rec = run("Dalam sebuah pernyataan, pemerintah India mengatakan militernya telah menyerang "
              "infrastruktur teroris. “Tindakan kami telah terfokus dan terukur,” klaimnya.")
    assert speaker_names(rec) == ["India", "India"]
    rec = run("Menteri Luar Negeri India Subrahmanyam Jaishankar mengatakan India siap. “Kami "
              "tidak takut,” katanya.")
    assert speaker_names(rec) == ["Subrahmanyam Jaishankar"] * 2


def test_a_relative_passive_cue_attributes_what_its_agent_calls_something():
    rec = run("Azerbaijan memulai operasi pada Selasa setelah beberapa tentaranya tewas dalam apa "
              "yang dikatakan Baku sebagai serangan dari wilayah pegunungan.")
    assert [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements] == [
        ("Azerbaijan", "serangan dari wilayah pegunungan")]


def test_the_press_epithet_of_an_organisation_is_an_alias_not_its_name():
    rec = run("KPK menahan Hasto Kristiyanto. Lembaga antirasuah itu menegaskan praperadilan "
              "tidak menghalangi proses penyidikan.")
    [kpk] = [a for a in rec.actors if a.type == ActorType.ORGANIZATION]
    assert kpk.name == "KPK" and "Lembaga antirasuah" in kpk.aliases
    assert speaker_names(rec) == ["KPK"]


def test_an_adverb_between_a_pronoun_and_its_cue_is_skipped():
    rec = run("Kapolres Budi Santoso mengatakan unjuk rasa itu telah berizin. Meski begitu, ia "
              "tetap mengimbau para mahasiswa menjaga ketertiban.")
    assert speaker_names(rec) == ["Budi Santoso", "Budi Santoso"]


def test_a_cue_opening_a_relative_clause_is_said_by_the_person_it_follows():
    rec = run("Araghchi membantah pernyataan Presiden AS, Donald Trump yang menyebut Washington "
              "dan Teheran akan mengadakan pembicaraan.")
    assert speaker_names(rec) == ["Donald Trump"]


def test_a_place_named_only_after_a_locative_never_speaks():
    rec = run("Kamboja menolak putusan pengadilan internasional yang bermarkas di Rotterdam pada "
              "tahun 2010 yang menyatakan klaim itu tidak sah.")
    assert all(a.type != ActorType.PERSON for a in rec.actors)
    assert "Rotterdam" not in speaker_names(rec)


def test_a_sentence_opened_by_speaking_to_someone_names_the_addressee():
    rec = run("Berbicara kepada wartawan tak lama setelah itu, Perdana Menteri Fumio Kishida "
              "menyebut tindakan Korea Utara barbar.")
    assert [(n, s.addressee) for n, s in zip(speaker_names(rec), rec.statements, strict=True)] \
        == [("Fumio Kishida", "wartawan")]


def test_a_palace_with_a_name_of_its_own_is_a_place_not_the_government():
    rec = run("Kanada mengutuk serangan rudal ke Istana Yamamah di Riyadh. Istana menyatakan "
              "Presiden Joko Widodo akan menelepon Raja Salman.")
    names = {a.name: a.type for a in rec.actors}
    assert names.get("Istana Yamamah", ActorType.PLACE) == ActorType.PLACE
    assert "Yamamah" not in names
    assert speaker_names(rec)[0] == "Indonesia"


def test_an_institution_the_tagger_missed_is_named_by_its_head_word():
    rec = run("Beijing menolak keputusan Pengadilan Arbitrase Permanen. Anggota Komisi III itu "
              "menilai putusan itu tepat. Pemerintah Filipina menyambut putusan itu.")
    names = {a.name: a.type for a in rec.actors}
    assert names["Pengadilan Arbitrase Permanen"] == ActorType.ORGANIZATION
    assert "Komisi III" not in names and "Pemerintah Filipina" not in names


def test_a_source_quoted_by_an_intermediary_speaks_and_an_unnamed_one_is_nobody_named():
    rec = run('"Kami memantau situasi," kata juru bicara pemerintah Jepang, Hirokazu Matsuno. '
              "TV Asahi, mengutip sumber pemerintah yang tidak disebutkan namanya, mengatakan "
              "Korea Utara mungkin telah menembakkan rudal antarbenua.")
    assert speaker_names(rec) == ["Hirokazu Matsuno",
                                  "sumber pemerintah yang tidak disebutkan namanya"]


def test_a_state_naming_a_currency_is_no_actor():
    rec = run("Tiongkok mengklaim jalur perdagangan senilai 3 triliun dolar AS. Penyidik KPK "
              "menemukan uang sebesar 200 dollar Amerika Serikat (AS) di ruang kerjanya.")
    assert "Amerika Serikat" not in {a.name for a in rec.actors}


def test_a_linking_adverbial_opener_is_no_subject():
    rec = run("Sementara itu, Kementerian Perhubungan Malaysia menyebut kapal itu telah berlayar.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == [
        "Kementerian Perhubungan Malaysia"]


def test_an_adverb_after_the_addressee_ends_its_name():
    rec = run("Menteri Luar Negeri Elbonia Hakan Demir mendesak kedua pihak segera menyepakati "
              "gencatan senjata.")
    assert [[rec.actor(k).name for k in e.targets] for e in rec.events] == [["kedua pihak"]]


def test_an_unnamed_source_reached_by_the_reporter_keeps_its_description():
    rec = run("Dihubungi terpisah pada Selasa, seorang pengurus Partai Hijau yang enggan disebut "
              "namanya mengatakan kepada Harian Kita bahwa partainya sudah lama memperkirakan "
              "langkah itu.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == [
        "pengurus Partai Hijau yang enggan disebut namanya"]


def test_a_setting_clause_between_subject_and_verb_is_left_out():
    rec = run("Komisi Antikorupsi menetapkan Rudi Hartono sebagai tersangka. Rudi sendiri, saat "
              "ditemui di kantor Partai Hijau, Jakarta, Selasa malam, membantah telah "
              "menghalangi penyidikan kasus Joko Susilo.")
    said = [rec.actor(s.speaker).name for s in rec.statements]
    assert said == ["Rudi Hartono"]
    rejects = [e for e in rec.events if e.type == "REJECT"]
    assert [[rec.actor(k).name for k in e.targets] for e in rejects] == [["Komisi Antikorupsi"]]


def test_a_quote_resumed_after_its_cue_and_a_comma_is_the_same_speakers():
    rec = run('"Operasi ini akan berlanjut selama berhari-hari," ujar Perdana Menteri Rudi Hartono '
              'dalam pidato video, "sebanyak yang diperlukan untuk menghilangkan ancaman ini."')
    assert [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements] == [
        ("Rudi Hartono", "Operasi ini akan berlanjut selama berhari-hari"),
        ("Rudi Hartono", "sebanyak yang diperlukan untuk menghilangkan ancaman ini")]


def test_a_vow_is_said_to_no_one_it_names():
    rec = run("Pemimpin Tertinggi Iran Ali Khamenei bersumpah Israel akan menerima hukuman berat "
              "atas serangan itu.")
    [said] = rec.statements
    assert rec.actor(said.speaker).name == "Ali Khamenei" and said.recipient is None


def test_an_undated_lead_takes_the_day_of_the_sentence_that_refers_back_to_it():
    rec = run("Presiden Elbonia dan Presiden Borduria sepakat untuk tidak menggunakan kekuatan. "
              "Kesepakatan itu dicapai dalam pertemuan di Jakarta, Kamis (4/3). Sebelumnya, "
              "Elbonia menggelar referendum pada 1 Maret lalu.")
    assert [e.date for e in rec.events if e.type == "AGREE"] == ["2021-03-04"]


def test_a_bare_crowd_word_is_the_collective_that_protested():
    rec = run("Ribuan petani berunjuk rasa di depan Kantor Gubernur pada Senin. Massa menuntut "
              "gubernur mencabut izin tambang. Polisi kemudian membubarkan para demonstran.")
    groups = [a for a in rec.actors if a.type == ActorType.GROUP]
    assert [g.name for g in groups] == ["petani"]
    assert "Ribuan petani" in groups[0].aliases
    coerced = [e for e in rec.events if e.type == "COERCE"]
    assert [rec.actor(k).name for k in coerced[0].targets] == ["petani"]


def test_listed_common_nouns_name_one_crowd():
    rec = run("Ribuan petani dan elemen masyarakat adat berunjuk rasa di depan Kantor Bupati "
              "pada Senin. Massa menuntut bupati mencabut izin tambang.")
    groups = [a for a in rec.actors if a.type == ActorType.GROUP]
    assert len(groups) == 1
    [protest] = [e for e in rec.events if e.type == "PROTEST"]
    assert protest.sources == [groups[0].key]


def test_people_counted_and_a_throng_after_a_protest_are_its_crowd():
    rec = run("Ratusan buruh berunjuk rasa di depan Kantor Gubernur pada Senin. Polisi "
              "mengamankan puluhan orang dalam aksi tersebut. Polisi juga menahan 23 orang dan "
              "menembakkan gas air mata untuk membubarkan kerumunan.")
    coerced = [e for e in rec.events if e.type == "COERCE"]
    assert {rec.actor(k).name for e in coerced for k in e.targets} == {"buruh"}
    assert not {a.name for a in rec.actors} & {"orang", "23 orang", "kerumunan"}
    assert any(e.trigger.text == "membubarkan" for e in coerced)


def test_a_role_of_a_body_named_after_dari_is_an_unnamed_speaker_who_goes_on():
    rec = run("Ketua DPR Budi Santoso menyatakan rapat ditunda. Koordinator lapangan dari Aliansi "
              "Buruh Bersatu (ABB) menegaskan pihaknya akan kembali berunjuk rasa. \"Kami tidak "
              "percaya,\" katanya.")
    speakers = [rec.actor(s.speaker) for s in rec.statements]
    assert speakers[0].name == "Budi Santoso"
    assert speakers[1].key == speakers[2].key and speakers[1].type == ActorType.PERSON
    assert speakers[1].name.startswith("Koordinator lapangan")


def test_a_crowd_that_joined_a_body_speaks_as_the_body():
    rec = run("Massa yang tergabung dalam Serikat Petani Nusantara (SPN) mendesak DPR membatalkan "
              "revisi itu.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Serikat Petani Nusantara"]


def test_initials_that_abbreviate_a_state_are_the_suspect_wherever_they_recur():
    rec = run("Menurut polisi, salah satu tersangka berinisial AS (34) berperan sebagai perakit "
              "bom. Kuasa hukum AS, Rahmat Hidayat, membantah bahwa kliennya merupakan perakit "
              "bom.")
    names = {a.name: a for a in rec.actors}
    assert "Amerika Serikat" not in names
    assert names["AS"].type == ActorType.PERSON and names["Rahmat Hidayat"].affiliation is None


def test_a_collective_named_with_all_of_it_is_named_without_the_quantifier():
    rec = run("Ketua KPK Setyo Budiyanto mengingatkan seluruh kepala daerah agar tidak "
              "bermain-main dengan pengadaan barang. Ia meminta semua pihak menahan diri.")
    groups = {a.name for a in rec.actors if a.type == ActorType.GROUP}
    assert groups == {"kepala daerah", "semua pihak"}


def test_counted_citizens_of_a_state_are_a_collective_not_the_state():
    rec = run("Sejumlah warga negara Jepang mengeluhkan pungutan liar di bandara.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["warga negara Jepang"]
    assert rec.actor(rec.statements[0].speaker).type == ActorType.GROUP


def test_a_broadcaster_named_with_its_country_edition_is_one_organisation():
    rec = run('"Kami tidak pernah menerima uang itu," kata Dedi Kurnia kepada BBC News Indonesia, '
              'Senin.')
    assert "BBC News Indonesia" in {a.name for a in rec.actors}
    assert "Indonesia" not in {a.name for a in rec.actors}


def test_a_protest_at_the_office_of_a_town_body_targets_that_body():
    rec = run("Ratusan buruh berunjuk rasa di depan Kantor Pemkot Tegal, Senin.")
    [protest] = [e for e in rec.events if e.type == "PROTEST"]
    assert [rec.actor(k).name for k in protest.targets] == ["Pemkot Tegal"]
    assert rec.actor(protest.place).name == "Kantor Pemkot Tegal"


def test_a_bare_ministry_abbreviation_beside_a_foreign_ministry_is_the_home_ministry():
    rec = run("Kementerian Luar Negeri RI mengecam serangan itu. Kementerian Luar Negeri Jepang "
              "juga mengecamnya. Kemlu menegaskan bahwa Indonesia akan membawa masalah ini ke PBB.")
    [said] = rec.statements
    assert rec.actor(said.speaker).name == "Kementerian Luar Negeri RI"
    assert "Kemlu" not in {a.name for a in rec.actors}


def test_a_name_near_which_something_happens_is_a_place():
    rec = run("Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina di dekat "
              "Scarborough Shoal, Selasa.")
    [attack] = [e for e in rec.events if e.type == "ASSAULT"]
    assert rec.actor(attack.place).name == "Scarborough Shoal"
    assert rec.actor(attack.place).type == ActorType.PLACE


def test_drivers_holding_an_action_protest():
    rec = run("Ribuan pengemudi ojek online menggelar aksi di depan Gedung DPR, Senin. Mereka "
              "mendesak DPR mengesahkan aturan tarif baru.")
    [protest] = [e for e in rec.events if e.type == "PROTEST"]
    assert [rec.actor(k).name for k in protest.sources] == ["pengemudi ojek online"]
    assert rec.actor(protest.sources[0]).type == ActorType.GROUP


def test_a_bare_collective_head_is_the_collective_named_before_and_no_time_joins_it():
    rec = run("Ribuan nelayan tradisional Indramayu berunjuk rasa di depan Kantor Bupati, Senin. "
              "Menteri Kelautan Rina Astuti berjanji akan menemui perwakilan nelayan pekan depan.")
    [agree] = [e for e in rec.events if e.type == "AGREE"]
    assert [rec.actor(k).name for k in agree.targets] == ["nelayan tradisional Indramayu"]


def test_a_town_in_the_object_is_no_target_of_a_rejection():
    rec = run("Mahkamah Konstitusi menolak gugatan sengketa Pilkada Kabupaten Grobogan, Kamis.")
    assert all(rec.actor(k).type != ActorType.PLACE for e in rec.events for k in e.targets)


def test_a_hearing_abbreviated_in_brackets_is_no_organisation_and_grilling_accuses():
    rec = run("Komisi III DPR mencecar Jaksa Agung Budi Santoso dalam rapat dengar pendapat (RDP) "
              "di Gedung DPR, Senin.")
    assert "RDP" not in {a.name for a in rec.actors}
    assert not rec.statements
    [accuse] = [e for e in rec.events if e.type == "ACCUSE"]
    assert [rec.actor(k).name for k in accuse.targets] == ["Budi Santoso"]


def test_an_apology_to_the_victims_family_concedes_to_them():
    rec = run("Kepala Dinas Kesehatan Joko Susilo meminta maaf kepada keluarga korban, Selasa.")
    [concede] = [e for e in rec.events if e.type == "CONCEDE"]
    assert [rec.actor(k).name for k in concede.targets] == ["keluarga korban"]


def test_a_person_who_accused_them_is_not_who_named_them_suspects():
    rec = run("Anggota DPR Rina Astuti menuding Polres Kendal menutupi kasus itu. Menurut Kapolda "
              "Jawa Tengah Budi Santoso, tiga personel Polres Kendal telah ditetapkan sebagai "
              "tersangka.")
    assert not [e for e in rec.events if e.trigger.text == "ditetapkan"
                and "Rina Astuti" in {rec.actor(k).name for k in e.sources}]


def test_a_junta_is_the_state_it_rules_and_its_denial_answers_who_demanded():
    rec = run("Militer Myanmar menyerang sebuah desa di Sagaing. ASEAN mendesak junta menghentikan "
              "kekerasan. Junta membantah telah menyasar warga sipil. Myanmar juga menolak hadir.")
    assert "Junta" not in {a.name for a in rec.actors}
    [reject] = [e for e in rec.events if e.trigger.text == "membantah"]
    assert [rec.actor(k).name for k in reject.sources] == ["Myanmar"]
    assert [rec.actor(k).name for k in reject.targets] == ["ASEAN"]


def test_a_lead_in_capitals_and_lower_case_abbreviations_name_no_new_actor():
    rec = run("MAHKAMAH Konstitusi (MK) memerintahkan pemungutan suara ulang (PSU) di Kabupaten "
              "Grobogan. MK juga mendiskualifikasi calon bupati Joko Susilo. KPU Kabupaten "
              "Grobogan menyatakan PSU akan digelar bulan depan.")
    names = {a.name for a in rec.actors}
    assert "Mahkamah Konstitusi" in names and "PSU" not in names
    assert "KPU Kabupaten Grobogan" in names
    [sanction] = [e for e in rec.events if e.type == "SANCTION"]
    assert [rec.actor(k).name for k in sanction.targets] == ["Joko Susilo"]


def test_an_unnamed_source_keeps_its_relative_clause_and_is_the_anonymous_one_after():
    rec = run("Perundingan itu berakhir tanpa kesepakatan menjelang Ramadhan, kata seorang pejabat "
              "Mesir yang mengetahui jalannya pembicaraan, Minggu. Pejabat Mesir yang meminta "
              "namanya tidak disebut itu mengatakan kedua pihak masih berjauhan.")
    speakers = {rec.actor(s.speaker).name for s in rec.statements}
    assert speakers == {"pejabat Mesir yang mengetahui jalannya pembicaraan"}
    assert "Ramadhan" not in {a.name for a in rec.actors}


def test_a_first_name_tagged_as_an_organisation_after_a_lower_case_role_is_the_person():
    rec = run("Delegasi Hamas yang dipimpin anggota biro politik Khalil Mansour meninggalkan "
              "Kairo. Mansour, dalam pernyataan tertulis, menuding Israel menggagalkan "
              "perundingan.")
    [said] = rec.statements
    assert rec.actor(said.speaker).name == "Khalil Mansour"


def test_after_sementara_itu_the_role_and_name_set_off_by_commas_is_the_subject():
    rec = run("Sementara itu, Menteri Negara Qatar untuk Urusan Luar Negeri, Faisal Al-Kuwari, "
              "berbicara melalui telepon dengan Menteri Luar Negeri Mesir Samir Fathy pada Sabtu.")
    [consult] = [e for e in rec.events if e.type == "CONSULT"]
    assert [rec.actor(k).name for k in consult.sources] == ["Faisal Al-Kuwari"]


def test_states_counted_inside_a_modifier_are_no_collective():
    rec = run('"Hubungan baik antar kedua negara sangat dibutuhkan," kata Menteri Luar Negeri '
              'Retno Marsudi tentang Indonesia dan Australia.')
    assert all(a.type != ActorType.GROUP for a in rec.actors)


def test_a_definite_group_description_is_the_body_named_before_with_that_word():
    rec = run("Sedikitnya 40 warga tewas dalam serangan itu, menurut Jaringan Dokter Sudan. "
              "Dalam pernyataan pada Minggu, kelompok dokter itu mengatakan para pejuang RSF "
              "menembaki warga. “Ini pembantaian yang disengaja,” tulis kelompok tersebut.")
    speakers = [rec.actor(s.speaker).name for s in rec.statements]
    assert speakers == ["Jaringan Dokter Sudan"] * 3
    assert all(a.type != ActorType.PERSON for a in rec.actors)


def test_a_two_word_quote_before_its_cue_is_a_statement_but_not_a_scare_quote():
    rec = run('"Kami menolak," kata Ketua KSPI Said Iqbal. Ia menyebut aturan itu "tidak adil".')
    direct = [s for s in rec.statements if s.form == QuoteForm.DIRECT]
    assert [s.content.text for s in direct] == ["Kami menolak"]


def test_a_body_abbreviated_in_brackets_is_no_person_even_with_a_title_word():
    rec = run("Korea Utara menembakkan rudal balistik, menurut Kepala Staf Gabungan (JCS) Korea "
              "Selatan. JCS menyatakan rudal itu jatuh di laut.")
    jcs = next(a for a in rec.actors if "JCS" in a.aliases)
    assert jcs.type == ActorType.ORGANIZATION
    assert all(a.type != ActorType.PERSON for a in rec.actors)


def test_bare_words_for_the_security_forces_are_the_police_command_named():
    rec = run("Aparat Polda Jawa Tengah membubarkan massa petani di Semarang, Senin. Ketua "
              "serikat tani Budi Santoso mengecam tindakan aparat. Ia juga meminta polisi segera "
              "membebaskan petani yang ditahan.")
    targets = {e.type: [rec.actor(k).name for k in e.targets] for e in rec.events
               if e.type in ("ACCUSE", "REQUEST")}
    assert targets == {"ACCUSE": ["Polda Jawa Tengah"], "REQUEST": ["Polda Jawa Tengah"]}
    assert "aparat" not in {a.name for a in rec.actors}


def test_a_minister_s_portfolio_abbreviated_in_brackets_and_a_fuel_are_no_actors():
    rec = run("Menteri Energi dan Sumber Daya Mineral (ESDM) Surya Adiwinata mengatakan pasokan "
              "LPG aman. Hiswana Migas mendukung penataan distribusi LPG bersubsidi.")
    names = {a.name for a in rec.actors}
    assert "LPG" not in names and not any(n.startswith("Energi") for n in names)
    assert "Surya Adiwinata" in names


def test_abbreviated_body_named_before_an_adjective_keeps_its_name():
    rec = run("Bappenas menuduh Kemenkeu lambat mencairkan dana desa.")
    [event] = rec.events
    assert [rec.actor(k).name for k in event.targets] == ["Kemenkeu"]


def test_one_member_of_a_collective_is_no_group():
    rec = run("Diwawancarai di rumahnya, Kamara mengatakan bahwa dia adalah seorang sandera dan "
              "membutuhkan bantuan Prancis.")
    assert not [a for a in rec.actors if a.type == ActorType.GROUP]


def test_name_set_off_by_commas_after_its_role():
    rec = run("Juru bicara Partai Buruh, Rizal Siregar, membantah tuduhan itu. Komisaris PT Sinar "
              "Tani Makmur, Herman Saragih, ditetapkan sebagai tersangka.")
    persons = {a.name: a for a in rec.actors if a.type == ActorType.PERSON}
    assert set(persons) == {"Rizal Siregar", "Herman Saragih"}
    assert persons["Rizal Siregar"].job_titles == ["Juru bicara Partai Buruh"]
    assert rec.actor(persons["Rizal Siregar"].affiliation).name == "Partai Buruh"


def test_arabic_article_joined_by_a_hyphen_stays_in_the_name():
    rec = run("Menteri Luar Negeri Oman Badr al-Busaidi mengatakan perundingan berlangsung baik.")
    assert speaker_names(rec) == ["Badr al-Busaidi"]


def test_unnamed_source_after_a_closing_menurut_is_the_one_described_again():
    rec = run("Kedua delegasi kembali berunding di Wina pada Senin (8/3), menurut seorang diplomat "
              "Austria yang mengikuti pembicaraan. Menteri Luar Negeri Austria Klaus Berger "
              "mengatakan kepada wartawan bahwa suasananya baik. Menurut diplomat Austria "
              "tersebut, kedua delegasi sepakat bertemu lagi bulan depan.")
    unnamed = [a.key for a in rec.actors if a.name.startswith("diplomat Austria")]
    assert [s.speaker for s in rec.statements] == [unnamed[0], "klaus-berger", unnamed[0]]


def test_cue_after_a_setting_phrase_and_a_complement_verb_the_tagger_missed():
    rec = run("Kantor Presiden Kenya dalam pernyataan tertulis menuduh oposisi menunda "
              "pembahasan anggaran.")
    assert speaker_names(rec) == ["Kantor Presiden Kenya"]
    assert rec.statements[0].content.text == "oposisi menunda pembahasan anggaran"


def test_quote_closed_by_demikian_and_the_statement_noun_is_its_issuers():
    rec = run("Kantor Perdana Menteri Thailand dalam pernyataan tertulis menuduh Kamboja melanggar "
              'gencatan senjata. "Thailand tidak akan mundur," demikian pernyataan tersebut.')
    assert speaker_names(rec) == ["Kantor Perdana Menteri Thailand"] * 2


def test_bare_abbreviated_head_is_the_one_body_it_heads():
    rec = run("Polda Bali menangkap dua tersangka. Ketua Komisi A DPRD Bali, Made Sudarta, "
              "mengapresiasi langkah Polda.")
    assert [[rec.actor(k).name for k in e.targets] for e in rec.events
            if e.type == "SUPPORT"] == [["Polda Bali"]]


def test_a_when_clause_between_the_subject_and_its_cue():
    rec = run("Kuasa hukum Bupati Gowa, Rudi Hartawan, saat dihubungi kemarin membantah kliennya "
              "menerima suap. Gubernur Sulawesi Selatan Andi Pawero saat dikonfirmasi Rabu "
              "malam mengatakan pemerintah provinsi menghormati proses hukum.")
    assert speaker_names(rec) == ["Rudi Hartawan", "Andi Pawero"]


def test_name_after_a_regency_is_where_the_text_names_the_person_again():
    rec = run("KPK menahan Bupati Kapuas Hulu Fransiskus Adi Nugraha, Rabu. Tersangka lain adalah "
              "Direktur PT Borneo Karya Persada Yohanes Tanjung. Uang itu diserahkan kepada "
              "Fransiskus melalui ajudannya.")
    persons = {a.name: a.job_titles for a in rec.actors if a.type == ActorType.PERSON}
    assert persons.get("Fransiskus Adi Nugraha") == ["Bupati Kapuas Hulu"]


def test_lawyer_named_with_whose_lawyer_and_a_setting_after_the_name():
    rec = run("Pengacara Rusdi, Teddy Kusumahadi, seusai sidang menilai majelis hakim "
              "mengabaikan fakta persidangan.")
    assert speaker_names(rec) == ["Teddy Kusumahadi"]
    lawyer = actor_named(rec, "Teddy Kusumahadi")
    assert lawyer.job_titles == ["Pengacara Rusdi"]
    assert all("Pengacara" not in a.job_titles for a in rec.actors)


def test_an_apposed_name_closing_with_a_list_and_the_role_words_it_replaces():
    rec = run("KPK juga menetapkan Kepala Dinas Pekerjaan Umum Batu Lintang, Rusdi Halim, dan "
              "Gunawan Tedja sebagai tersangka. Ketiganya ditahan di Rumah Tahanan KPK.")
    persons = {a.name: a.job_titles for a in rec.actors if a.type == ActorType.PERSON}
    assert persons["Rusdi Halim"] == ["Kepala Dinas Pekerjaan Umum Batu Lintang"]
    assert "Kepala Dinas Pekerjaan Umum" not in [t for ts in persons.values() for t in ts]


def test_a_lead_written_in_capitals_names_the_body_in_title_case():
    rec = run("BADAN Pengawas Pemilu (Bawaslu) Provinsi Gorontalo menyatakan calon bupati Hasan "
              "Mooduto terbukti melanggar aturan kampanye.")
    assert "Badan Pengawas Pemilu Provinsi Gorontalo" in [a.name for a in rec.actors]


def test_an_apposed_name_the_tagger_took_for_a_place_is_a_person_but_a_province_is_not():
    rec = run("Juru bicara politik Houthi, Abdulmalik al-Hamdani, mengatakan pembebasan itu "
              "merupakan isyarat kemanusiaan. Bawaslu Kabupaten Kupang, Nusa Tenggara Timur, "
              "merekomendasikan pemungutan suara ulang.")
    persons = [a.name for a in rec.actors if a.type == ActorType.PERSON]
    assert "Abdulmalik al-Hamdani" in persons and "Nusa Tenggara Timur" not in persons


def test_a_hyphenated_surname_set_off_by_commas_after_an_inverted_cue():
    rec = run('"Ini paket terkuat," kata Kepala Kebijakan Luar Negeri Uni Eropa, Helena '
              "Vasquez-Moreau, kepada wartawan.")
    assert speaker_names(rec) == ["Helena Vasquez-Moreau"]


def test_a_cue_coordinated_after_an_act_is_said_by_the_acts_subject():
    rec = run("Menteri Luar Negeri Yordania Ayman Haddad mengapresiasi kontribusi Indonesia dan "
              "menyebut kerja sama kedua negara sebagai bukti solidaritas.")
    assert speaker_names(rec) == ["Ayman Haddad"]


def test_a_bare_role_noun_is_the_one_holder_of_that_role():
    rec = run("Kemendagri memanggil Gubernur Maluku Utara Ridwan Hasanuddin dan Bupati Teluk Weda "
              "Salmah Alkatiri. Salmah menuding Ridwan menahan dana. Ia mengancam akan "
              "melaporkan gubernur ke Komisi Pemberantasan Korupsi (KPK).")
    assert not [a for a in rec.actors if a.name.lower() == "gubernur"]


def test_insisting_is_a_reporting_cue_and_an_adverb_after_the_subject_is_skipped():
    rec = run("Bupati Lembah Hijau, Suryo Atmojo, menaikkan pajak. Suryo awalnya bersikukuh "
              "kenaikan itu diperlukan untuk membiayai pembangunan jalan.")
    assert speaker_names(rec) == ["Suryo Atmojo"]
    assert rec.statements[0].content.text.startswith("kenaikan itu diperlukan")


def test_a_bare_defendant_is_the_one_person_the_article_sentences():
    rec = run("Pengadilan Tipikor Samarinda menjatuhkan vonis tujuh tahun penjara kepada Hendra "
              "Saputra Wibisono. Hakim ketua Ratna Dewi menyatakan terdakwa terbukti menerima "
              "suap.")
    assert not any(a.name == "terdakwa" for a in rec.actors)


def test_a_possessed_role_set_before_a_name_belongs_to_its_owners_state():
    rec = run("Presiden Azerbaijan Ilham Aliyev menolak bertemu Pashinyan. Namun, penasihatnya, "
              'Hikmet Hajiyev, mengatakan Baku "tidak akan menoleransi provokasi apa pun".')
    [adviser] = [a for a in rec.actors if a.name == "Hikmet Hajiyev"]
    assert rec.actor(adviser.affiliation).name == "Azerbaijan"
    assert not any(e.type == "ACCUSE" for e in rec.events)


def test_a_quote_said_before_a_body_is_addressed_to_it():
    rec = run("“Ini adalah deklarasi perang,” kata Menteri Luar Negeri Kongo Therese Kayikwamba "
              "Wagner di hadapan Dewan Keamanan PBB di New York.")
    assert rec.actor(rec.statements[0].recipient).name == "Dewan Keamanan PBB"


def test_a_defendant_is_no_charge_and_a_fronted_attribution_is_no_part_of_the_subject():
    rec = run("Hal yang memberatkan, menurut jaksa, terdakwa tidak mendukung program pemerintah.")
    assert not any(" " in a.name and "jaksa" in a.name for a in rec.actors)
    assert not any(e.trigger.text == "terdakwa" for e in rec.events)


def test_a_counted_collective_keeps_its_count_but_not_its_demonstrative_as_an_alias():
    from graph.extract.coref import counted_form
    from graph.nlp import pipeline

    doc = pipeline.parse(pipeline.load("id"), "Menurut dia, dua guru honorer itu ditembak.")
    start = next(t.i for t in doc if t.text == "guru")
    assert counted_form(doc[start : start + 3], "id") == "dua guru honorer"


def test_a_definite_noun_for_a_man_or_woman_is_the_last_person_spoken_of():
    rec = run("Aktivis HAM Rina Kusuma menuduh polisi menyiksa para tahanan. Perempuan itu "
              "mendesak Kapolri membuka penyelidikan. Menurut wanita berusia 52 tahun tersebut, "
              "para korban masih dirawat di rumah sakit. Seorang pria ditangkap di Bekasi.")
    assert speaker_names(rec) == ["Rina Kusuma"] * 3
    assert rec.statements[2].content.text == "para korban masih dirawat di rumah sakit"
    assert "pria" not in {a.name for a in rec.actors}


def test_a_count_of_people_hit_is_no_actor_but_the_people_spoken_of_are():
    rec = run("Kepala Dinas Kesehatan Sumatra Barat Rudi Hartono mengatakan sedikitnya 14 orang "
              "tewas dan ratusan warga mengungsi. Ia menyebut para petani di Agam juga dirugikan.")
    names = {a.name for a in rec.actors}
    assert "Rudi Hartono" in names and any("petani" in n for n in names)
    assert not any(n.startswith(("14", "ratusan")) for n in names)


def test_a_field_word_of_a_body_starts_no_second_role():
    rec = run("Kepala Dinas Pendidikan Sumatra Barat Rudi Hartono mengatakan sekolah dibuka.")
    assert speaker_names(rec) == ["Rudi Hartono"]


def test_a_regional_body_written_out_and_abbreviated_is_one_actor():
    rec = run("Kepolisian Resor Garut menahan dua pemuda. Kapolres Garut AKBP Rudi Santoso "
              "mengatakan Polres Garut masih memeriksa mereka.")
    assert [a.name for a in rec.actors if "Garut" in a.name] == ["Kepolisian Resor Garut"]


def test_a_role_listing_its_fields_and_a_name_ending_in_initials():
    rec = run("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Hendra Wijaya MD meminta "
              "polisi menahan diri. Di Surabaya, Menteri Koordinator Bidang Politik, Hukum, dan "
              "Keamanan Rudi Hartono, Jumat (12/3), meminta petani menanam jagung.")
    role = "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"
    persons = {(a.name, tuple(a.job_titles)) for a in rec.actors if a.type == ActorType.PERSON}
    assert persons == {("Hendra Wijaya MD", (role,)), ("Rudi Hartono", (role,))}


def test_codes_glued_by_a_hyphen_name_no_actor():
    rec = run("Korea Utara menguji coba Hwasong-18 pada Rabu. Warga memprotes kenaikan tarif "
              "PBB-P2 di Kabupaten Garut.")
    names = {a.name for a in rec.actors}
    assert not any(n.startswith("Hwasong") for n in names)
    assert "Perserikatan Bangsa-Bangsa" not in names and "PBB" not in names


def test_the_perpetrators_of_a_deed_are_not_named_after_the_speaker():
    rec = run("Menteri Luar Negeri Retno Marsudi mengutuk serangan itu dan menyerukan agar para "
              "pelakunya dihukum.")
    assert not any("Retno" in a.name or "Marsudi" in a.name
                   for a in rec.actors if a.type == ActorType.GROUP)


def test_the_head_of_state_is_the_president_spoken_of():
    rec = run("Presiden Joko Widodo membuka pertemuan itu pada Selasa (9/3). Kepala Negara juga "
              "meminta para menteri segera menyalurkan bantuan.")
    assert speaker_names(rec) == ["Joko Widodo"]
    assert "Kepala Negara" not in {a.name for a in rec.actors}


def test_a_role_in_a_numbered_unit_of_a_body_belongs_to_the_body():
    rec = run('Ketua Komisi III DPR Budi Santoso meminta polisi mengusut kasus itu. "Ini '
              'memalukan," tegas politikus Partai Golkar itu.')
    budi = actor_named(rec, "Budi Santoso")
    assert budi.job_titles == ["Ketua Komisi III DPR"]
    assert rec.actor(budi.affiliation).name == "DPR"
    assert speaker_names(rec) == ["Budi Santoso", "Budi Santoso"]


def test_a_name_shared_by_two_persons_is_the_one_named_before_it():
    rec = run('Presiden Budi Santoso meminta kasus itu diusut. "Saya kecewa," kata Budi. '
              'Kapolri Jenderal Agus Budi Hartono meminta maaf. "Kami menyesal," ujar Agus.')
    assert speaker_names(rec)[:2] == ["Budi Santoso", "Budi Santoso"]


def test_a_role_named_by_the_party_it_serves_sets_off_the_name_after_it():
    rec = run("Kuasa hukum pelapor, Sari Wulandari, menyambut baik putusan itu. Menurut dia, "
              "putusan itu adil.")
    assert speaker_names(rec) == ["Sari Wulandari"]
    assert rec.actor(rec.statements[0].speaker).job_titles == ["Kuasa hukum pelapor"]


def test_an_interim_role_keeps_its_qualifier_and_its_holder_is_the_next_ia():
    rec = run("Dari Beirut, Perdana Menteri sementara Lebanon Najib Mikati menyambut baik "
              "kesepakatan itu dan berterima kasih kepada Prancis atas upaya mediasi mereka. Ia "
              "menyebut gencatan senjata itu sebagai langkah penting.")
    mikati = actor_named(rec, "Najib Mikati")
    assert mikati.job_titles == ["Perdana Menteri sementara Lebanon"]
    assert speaker_names(rec) == ["Najib Mikati"]


def test_a_name_closing_with_an_abbreviation_keeps_its_period_and_its_sentence():
    rec = run("Presiden Filipina Ferdinand Marcos Jr. menyampaikan terima kasih kepada ASEAN. Ia "
              "berjanji Manila akan memperkuat kerja sama maritim.")
    assert speaker_names(rec) == ["Ferdinand Marcos Jr."]


def test_a_name_after_a_role_tagged_as_a_place_is_a_person():
    rec = run('Hakim konstitusi Saldi Isra, saat membacakan pertimbangan, menilai aturan itu '
              'membatasi hak pemilih. "Itu tidak adil," kata Saldi.')
    assert speaker_names(rec) == ["Saldi Isra", "Saldi Isra"]


def test_a_nickname_the_person_is_called_by_names_that_person():
    rec = run("KPK menetapkan Wakil Menteri Ketenagakerjaan Immanuel Ebenezer Gerungan sebagai "
              "tersangka. Pria yang akrab disapa Noel itu ditahan. Ketua KPK Setyo Budiyanto "
              "mengatakan, Noel menerima aliran uang.")
    assert "Noel" not in {a.name for a in rec.actors}
    person = actor_named(rec, "Immanuel Ebenezer Gerungan")
    assert "Noel" in person.aliases


def test_a_ministry_whose_name_joins_two_fields_is_one_body():
    rec = run("Presiden Prabowo menginstruksikan Kementerian Energi dan Sumber Daya Mineral "
              "(ESDM) untuk mengizinkan pengecer menjual elpiji.")
    assert "Kementerian Energi dan Sumber Daya Mineral" in {a.name for a in rec.actors}


def test_a_name_with_an_apostrophe_is_whole_and_its_holder_is_the_subject_after_a_time_clause():
    rec = run("Dewan etik memberhentikan Hasyim Asy'ari dari jabatannya. Anggota majelis Ratna "
              "Dewi menyebut teradu melanggar etik. Ini bukan kali pertama Hasyim dijatuhi sanksi. "
              "Tak lama setelah putusan dibacakan, Hasyim menggelar jumpa pers. Ia menyatakan "
              "menerima putusan tersebut.")
    hasyim = actor_named(rec, "Hasyim Asy'ari")
    assert hasyim.job_titles == []
    assert speaker_names(rec) == ["Ratna Dewi", "Hasyim Asy'ari"]


def test_a_treaty_is_no_actor():
    rec = run("Juru bicara Departemen Luar Negeri AS Matthew Miller menegaskan bahwa Perjanjian "
              "Pertahanan Bersama 1951 berlaku bagi serangan terhadap kapal Filipina.")
    assert not any(a.name.startswith("Perjanjian") for a in rec.actors)


def test_a_town_an_election_and_a_crowds_clause_are_no_persons():
    rec = run("Serangan udara menghantam Kota Kanbalu di wilayah Sagaing. MK menolak permohonan "
              "sengketa hasil Pemilihan Presiden (Pilpres) 2024. Ribuan orang berunjuk rasa di "
              "Yerevan. Massa menuntut Pashinyan mundur.")
    persons = {a.name for a in rec.actors if a.type == ActorType.PERSON}
    assert not persons & {"Kanbalu", "Kota Kanbalu", "Pilpres", "Massa menuntut Pashinyan"}


def test_a_plural_description_spelt_out_after_yakni_is_its_members():
    rec = run("Tiga negara pesisir yang bertetangga, yakni Ghana, Benin, dan Togo, mengumumkan "
              "bahwa mereka menutup perbatasan.")
    assert sorted(speaker_names(rec)) == ["Benin", "Ghana", "Togo"]
    assert not any(a.type == ActorType.GROUP for a in rec.actors)


def test_a_definite_body_description_is_the_body_sharing_its_word_or_that_acted_last():
    def pairs(text: str) -> set[tuple[str, str, str]]:
        rec = run(text)
        return {(e.type, rec.actor(e.sources[0]).name, rec.actor(e.targets[0]).name)
                for e in rec.events if e.sources and e.targets}

    assert ("ACCUSE", "Yayasan Lembaga Pemantau Hukum", "Kejaksaan Agung") in pairs(
        "Kritik datang dari Yayasan Lembaga Pemantau Hukum (YLPH). Lembaga itu menuduh "
        "Kejaksaan Agung menutupi perkara.")
    assert ("ACCUSE", "Ghana", "ECOWAS") in pairs(
        "ECOWAS menjatuhkan sanksi kepada Ghana. Ghana menuding blok regional itu mengkhianati "
        "rakyat.")


def test_a_collective_ends_at_a_conjunction_before_a_name():
    rec = run("Presiden Venezuela Nicolas Maduro menuduh oposisi dan Washington berupaya "
              "melancarkan kudeta.")
    assert not any(" dan " in a.name for a in rec.actors)
    accused = {rec.actor(k).name for e in rec.events for k in e.targets}
    assert {"oposisi", "Amerika Serikat"} <= accused


def test_hingga_ends_a_noun_phrase():
    rec = run("Ketua DPR Puan Maharani tidak menemui massa hingga aksi berakhir.")
    assert {a.name for a in rec.actors if a.type == ActorType.GROUP} == {"massa"}


def test_students_named_with_their_university_are_a_group_not_the_university():
    rec = run("Polisi menangkap tiga mahasiswa Universitas Nusantara. MK menolak permohonan yang "
              "diajukan empat mahasiswa Universitas Gadjah Mada. Ketua Partai Buruh Said Iqbal "
              "menolak putusan itu.")
    groups = {a.name for a in rec.actors if a.type == ActorType.GROUP}
    assert {"mahasiswa Universitas Nusantara", "mahasiswa Universitas Gadjah Mada"} <= groups
    assert "Buruh" not in " ".join(groups)


def test_an_indirect_content_ends_where_its_speaker_makes_another_speech_act():
    rec = run("Kementerian Pertahanan Azerbaijan menyebut laporan itu bohong dan balik menuduh "
              "pasukan Armenia menembaki desa mereka.")
    contents = sorted(s.content.text for s in rec.statements)
    assert contents == ["laporan itu bohong", "pasukan Armenia menembaki desa mereka"]


def test_menurut_set_inside_a_clause_attributes_the_whole_clause_or_relays_a_speaker():
    rec = run("Presiden Guyana Irfaan Ali marah. Kapal patroli itu, menurut Ali, melanggar "
              "wilayah perairan Guyana.")
    assert [(rec.actor(s.speaker).name, s.content.text) for s in rec.statements] == [
        ("Irfaan Ali", "Kapal patroli itu, menurut Ali, melanggar wilayah perairan Guyana")]
    rec = run("Presiden Guyana Irfaan Ali marah. Awak kapal itu, menurut Ali, menyatakan "
              "bahwa mereka berada di perairan sengketa.")
    assert "Irfaan Ali" not in speaker_names(rec)


def test_a_narrated_earlier_day_does_not_carry_to_later_reports_but_to_later_deeds():
    rec = run("KPK menetapkan Bupati Lembah Hijau Arman Wijaya sebagai tersangka, Jumat (22/8). "
              "Arman ditangkap penyidik KPK pada Rabu malam. Polisi juga menangkap Budi Santoso."
              "\n\nSaat digiring ke mobil tahanan, Arman membantah menerima suap.",
              date="2025-08-22")
    assert [s.date for s in rec.statements] == ["2025-08-22"]
    seized = next(e for e in rec.events if e.trigger.text == "menangkap")
    assert seized.date == "2025-08-20"


def test_a_day_told_with_the_speaker_named_goes_on_to_the_next_sentences_report():
    rec = run("Gencatan senjata mulai berlaku pada Rabu (27/11). Kesepakatan itu diumumkan "
              "Presiden Ruritania Joko Santoso pada Selasa (26/11). Joko menyebut kedua pihak "
              "sudah menerima proposal itu.", date="2024-11-27")
    assert [s.date for s in rec.statements] == ["2024-11-26"]


def test_a_speakers_undated_statement_takes_the_day_their_next_statement_states():
    rec = run("Ribuan warga berunjuk rasa di depan kantor bupati, Rabu (13/8).\n\nMenteri Dalam "
              "Negeri Tito Karnavian meminta semua pihak menahan diri. \"Kepala daerah jangan "
              "membuat kebijakan yang membebani rakyat,\" kata Tito, Kamis (14/8).",
              date="2025-08-14")
    assert [s.date for s in rec.statements] == ["2025-08-14", "2025-08-14"]


def test_a_report_takes_the_day_of_the_next_sentence_that_refers_back_to_its_announcement():
    rec = run("Tiga negara Eropa mengumumkan akan mengakui negara Palestina mulai 28 Mei 2024. "
              "Pengumuman yang disampaikan secara terkoordinasi pada Rabu (22/5/2024) itu memicu "
              "kemarahan Israel. Spanyol menyatakan langkah itu menyelamatkan solusi dua negara.",
              date="2024-05-23")
    assert rec.statements[0].date == "2024-05-22"


def test_a_statement_takes_an_earlier_day_its_quote_in_the_same_paragraph_states():
    rec = run("Juru bicara Kremlin Dmitry Peskov, Rabu (26/3), mengatakan Moskow tidak akan "
              "terburu-buru.\n\nPresiden Ukraina Volodymyr Zelensky menuding Rusia berusaha "
              "memanipulasi perundingan. \"Mereka sudah mulai memutarbalikkan kesepakatan,\" "
              "ujarnya dalam pidato video, kemarin malam.", date="2025-03-26")
    dates = {(rec.actor(s.speaker).name, s.date) for s in rec.statements}
    assert ("Volodymyr Zelensky", "2025-03-25") in dates
    assert ("Volodymyr Zelensky", "2025-03-26") not in dates


def test_a_quote_right_after_goes_on_speaking_to_whom_the_speaker_spoke():
    rec = run("Pejabat senior Hamas, Osama Hamdan, mengatakan kepada BBC bahwa kelompoknya tidak "
              "akan menerima kesepakatan itu. \"Kami tidak akan menyerah,\" tegasnya.")
    assert [rec.actor(s.recipient).name for s in rec.statements] == ["BBC", "BBC"]


def test_an_english_broadcaster_named_as_addressee_is_whole():
    rec = run("Seorang saksi mata mengatakan kepada Radio Free Asia bahwa jet tempur menjatuhkan "
              "bom ke desa itu.")
    assert [rec.actor(s.recipient).name for s in rec.statements] == ["Radio Free Asia"]


def test_a_region_named_with_a_direction_and_a_reduplicated_plural_are_no_persons():
    rec = run("Pertempuran pecah di kota El Fasher, Darfur Utara, pada Senin. \"Anak-anak "
              "meninggal karena kami tidak punya obat,\" kata seorang dokter.")
    persons = {a.name for a in rec.actors if a.type == ActorType.PERSON}
    assert not persons & {"Darfur Utara", "Anak-anak"}


def test_the_name_of_an_exercise_is_no_actor():
    rec = run("Korea Utara menembakkan rudal setelah Korea Selatan dan Amerika Serikat menutup "
              "latihan militer gabungan tahunan Freedom Shield.")
    assert "Freedom Shield" not in {a.name for a in rec.actors}


def test_a_patronymic_joins_the_parts_of_one_name():
    rec = run("Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan mengatakan negaranya "
              "siap menjadi tuan rumah perundingan.")
    assert speaker_names(rec) == ["Faisal bin Farhan"]


def test_a_subject_with_a_relative_clause_between_commas_is_what_a_pronoun_refers_to():
    rec = run("Kepala delegasi Ukraina Rustem Umerov mengatakan Kyiv menyerahkan usulan. Penasihat "
              "Kremlin Vladimir Medinsky, yang memimpin delegasi Moskow, membantah tuduhan itu. "
              "Menurut dia, Rusia siap membahas gencatan senjata.")
    assert speaker_names(rec) == ["Rustem Umerov", "Vladimir Medinsky"]


def test_a_possessed_collective_after_dan_belongs_to_the_collective_before_it():
    rec = run("Kapolri Listyo Sigit Prabowo menyampaikan permintaan maaf kepada para korban dan "
              "keluarganya.")
    groups = {a.name for a in rec.actors if a.type == ActorType.GROUP}
    assert "keluarga korban" in groups and "keluarga Prabowo" not in groups


def test_a_name_given_by_another_side_is_the_same_place():
    rec = run("Kapal China menembakkan meriam air di dekat Scarborough Shoal. Juru bicara Penjaga "
              "Pantai China Liu Dejun menyatakan kapal Filipina memasuki perairan di sekitar "
              "Huangyan Dao, nama yang digunakan China untuk Scarborough.")
    shoal = actor_named(rec, "Scarborough Shoal")
    assert "Huangyan Dao" in shoal.aliases
    assert "Huangyan Dao" not in {a.name for a in rec.actors}


def test_a_ship_is_no_actor():
    rec = run("Kapal penjaga pantai China menyemprot kapal pemasok Unaiza May 4 yang mengirim "
              "logistik ke BRP Sierra Madre.")
    names = {a.name for a in rec.actors}
    assert not names & {"Unaiza May 4", "BRP", "Sierra Madre", "BRP Sierra Madre"}


def test_a_name_going_on_after_an_institutions_bracketed_acronym_is_no_person():
    rec = run("MK menolak permohonan yang diajukan empat mahasiswa Universitas Islam Negeri (UIN) "
              "Sunan Kalijaga Yogyakarta.")
    assert not any(a.type == ActorType.PERSON for a in rec.actors)


def test_a_summit_named_with_a_number_word_makes_no_person():
    rec = run("Rangkaian KTT ASEAN akan berlanjut pada Rabu dengan KTT ASEAN Plus Tiga dan KTT "
              "Asia Timur, yang juga akan dihadiri para mitra wicara ASEAN.")
    assert not any(a.type == ActorType.PERSON for a in rec.actors)


def test_a_treaty_named_for_a_city_is_no_actor():
    rec = run("AS merupakan negara penyimpan Traktat Washington, perjanjian pendirian aliansi itu.")
    assert "Traktat Washington" not in {a.name for a in rec.actors}


def test_a_collective_ends_before_what_befell_it():
    rec = run("Tiga awak kapal terluka akibat pecahan kaca, kata juru bicara Penjaga Pantai "
              "Filipina.")
    assert "awak kapal terluka akibat pecahan kaca" not in {a.name for a in rec.actors}


def test_a_national_council_is_not_the_un_security_council():
    rec = run("Presiden Yoon Suk Yeol memimpin rapat darurat Dewan Keamanan Nasional. Dewan "
              "Keamanan Nasional menyatakan rudal itu jatuh di laut.")
    assert "Dewan Keamanan PBB" not in {a.name for a in rec.actors}


def test_an_office_named_by_its_building_speaks_and_authorities_are_a_body():
    rec = run("Kantor Kepresidenan Azerbaijan menyatakan pembicaraan itu membahas reintegrasi "
              "penduduk. Otoritas Karabakh menyatakan sedikitnya 200 orang tewas.")
    assert speaker_names(rec)[0] == "Kantor Kepresidenan Azerbaijan"
    assert not any(a.type == ActorType.PERSON for a in rec.actors)


def test_menurut_set_after_a_subject_with_a_relative_clause_attributes_the_whole_clause():
    rec = run("Sasaran yang dibidik, menurut militer AS, mencakup pusat komando dan gudang senjata "
              "Houthi.")
    assert [s.content.text for s in rec.statements] == [
        "Sasaran yang dibidik, menurut militer AS, mencakup pusat komando dan gudang senjata "
        "Houthi"]


def test_an_honorific_before_a_short_name_is_no_part_of_it():
    rec = run("Wali Kota Solo Gibran Rakabuming Raka hadir. \"Saya siap,\" kata Mas Gibran.")
    assert speaker_names(rec) == ["Gibran Rakabuming Raka"]


def test_a_name_after_a_lower_case_kind_of_region_is_a_place():
    rec = run("Pasukan Dukungan Cepat (RSF) menyerang kota El Fasher pada Senin.")
    assert actor_named(rec, "El Fasher").type == ActorType.PLACE


def test_an_unnamed_source_described_through_a_named_boss_is_not_the_boss():
    rec = run("Seorang penasihat Presiden Rusia Vladimir Putin, yang meminta namanya tidak "
              "disebutkan, mengatakan Moskow siap berunding. Seorang ajudan Joe Biden yang "
              "enggan disebut namanya menuduh Rusia berbohong.")
    speakers = speaker_names(rec)
    assert len(speakers) == 2 and not set(speakers) & {"Vladimir Putin", "Joe Biden"}
    assert all("namanya" in name for name in speakers)


def test_a_gazetteer_name_written_with_a_lower_case_reduplication_is_that_entry():
    rec = run("Mali keluar dari Masyarakat Ekonomi Negara-negara Afrika Barat (ECOWAS). ECOWAS "
              "menyatakan belum menerima pemberitahuan resmi.")
    assert [a.name for a in rec.actors if a.type == ActorType.ORGANIZATION] == ["ECOWAS"]


def test_members_spelt_out_after_a_relative_clause_with_commas_are_the_speakers():
    rec = run("Tiga negara yang dipimpin junta militer di kawasan Sahel, Afrika Barat, yakni Mali, "
              "Burkina Faso, dan Niger, mengumumkan bahwa mereka keluar dari ECOWAS.")
    assert sorted(speaker_names(rec)) == ["Burkina Faso", "Mali", "Niger"]


def test_the_office_of_a_titled_holder_speaks_in_lower_case_and_by_the_holders_name():
    rec = run("Namun, kantor Perdana Menteri Israel Benjamin Netanyahu pada Kamis menyatakan "
              "rincian akhir belum selesai. Kantor Netanyahu juga menuduh Hamas berusaha "
              "menarik kembali kesepahaman.")
    assert speaker_names(rec) == ["Kantor Perdana Menteri Israel"] * 2
    assert "Kantor Netanyahu" in actor_named(rec, "Kantor Perdana Menteri Israel").aliases


def test_a_town_after_a_regional_title_is_no_first_name():
    rec = run("Sebelumnya, Bupati Pemalang Asep Sunarya mengatakan bahwa jalan desa rusak parah.")
    assert speaker_names(rec) == ["Asep Sunarya"]


def test_a_titled_spokesperson_set_off_after_lewat_is_the_speaker():
    rec = run("Amerika Serikat, lewat Duta Besar Linda Thomas-Greenfield, menyatakan bahwa "
              "Washington siap menjatuhkan sanksi tambahan.")
    assert speaker_names(rec) == ["Linda Thomas-Greenfield"]


def test_a_province_abbreviation_after_a_body_is_no_part_of_the_name_after_it():
    rec = run("Sementara itu, Wakil Ketua DPRD Sulsel Syamsul Bahri menemui perwakilan mahasiswa.")
    assert actor_named(rec, "Syamsul Bahri").type == ActorType.PERSON


def test_where_a_crowd_comes_from_is_no_part_of_its_name_unless_it_is_named():
    rec = run("Ratusan mahasiswa dari sejumlah kampus, antara lain Universitas Hasanuddin dan "
              "Universitas Muslim Indonesia, menuntut pemerintah membatalkan kenaikan harga "
              "Pertalite yang diumumkan Presiden Joko Widodo pada Sabtu (3/9/2022).",
              date="2022-09-07")
    groups = [a.name for a in rec.actors if a.type == ActorType.GROUP]
    assert groups == ["mahasiswa"]


def test_a_company_after_a_title_is_no_person():
    rec = run("Hakim menjatuhkan vonis kepada mantan Direktur Utama PT Sarana Logistik Nusantara "
              "(Persero), Bambang Hermawan Sutedja.")
    assert actor_named(rec, "PT Sarana Logistik Nusantara").type == ActorType.ORGANIZATION
    assert actor_named(rec, "Bambang Hermawan Sutedja").type == ActorType.PERSON


def test_a_body_the_text_names_alone_ends_before_the_name_after_a_title():
    rec = run("Dewan Pers sebelumnya menolak draf tersebut. Ketua Dewan Pers Ninik Rahayu "
              "mengatakan draf itu berbahaya.")
    assert speaker_names(rec) == ["Ninik Rahayu"]
    assert actor_named(rec, "Ninik Rahayu").affiliation == "dewan-pers"


def test_a_politician_described_by_a_nickname_is_the_person_before_and_hears_the_press():
    rec = run("Wakil Ketua Baleg DPR Achmad Baidowi menyatakan draf tersebut belum final. "
              "\u201cKami akan mengundang Dewan Pers,\u201d kata politikus yang akrab disapa "
              "Awiek itu kepada wartawan.")
    assert speaker_names(rec) == ["Achmad Baidowi"] * 2
    assert rec.statements[1].addressee == "wartawan"


def test_a_police_rank_written_with_pol_and_a_period_stays_a_rank():
    rec = run("Kapolrestabes Makassar Kombes Pol. Arif Wicaksono mengatakan pihaknya mengamankan "
              "17 orang yang diduga sebagai provokator.")
    assert [[rec.actor(k).name for k in e.sources] for e in rec.events] == [
        ["Polrestabes Makassar"]]


def test_a_definite_organisation_described_refers_to_the_body_that_spoke_and_asks():
    rec = run("Greenpeace Indonesia menyambut baik kebijakan itu. Meski begitu, organisasi "
              "lingkungan itu meminta Uni Eropa memastikan petani kecil tidak dikorbankan.")
    assert speaker_names(rec) == ["Greenpeace"]
    assert [(e.type, rec.actor(e.targets[0]).name) for e in rec.events] == [
        ("REQUEST", "Uni Eropa")]


def test_a_collective_ends_before_the_predicate_a_conjunction_or_aspect_word_opens():
    rec = run("RSF membantah menargetkan warga sipil dan menuding militer Sudan menggunakan "
              "penduduk sebagai tameng. Jet tempur menjatuhkan bom ketika warga tengah berkumpul.")
    groups = {a.name for a in rec.actors if a.type == ActorType.GROUP}
    assert "warga sipil dan" not in groups and "warga tengah" not in groups


def test_bare_prosecutors_are_the_prosecuting_body_named_before():
    rec = run("Kejaksaan Agung menangkap buronan Hartono Gunawan di Kuala Lumpur. Kepala Pusat "
              "Penerangan Hukum Kejaksaan Agung I Made Suarjana mengatakan jaksa eksekutor "
              "langsung membawa Hartono ke lapas.")
    assert "jaksa eksekutor" not in {a.name for a in rec.actors}


def test_rights_are_no_collective_of_people():
    rec = run("Josep Borrell mengatakan blok itu berdiri bersama rakyat Iran yang menuntut "
              "hak-hak dasarnya.")
    assert "hak-hak dasarnya" not in {a.name for a in rec.actors}


def test_a_subject_after_a_fronted_time_adverbial_is_the_one_a_description_points_to():
    rec = run("Wakil Koordinator KontraS Andi Prasetya mendesak Polri membebaskan mahasiswa.\n\n"
              "Sehari sebelumnya, Ketua DPR Puan Maharani menegaskan bahwa revisi itu menjunjung "
              "supremasi sipil. \u201cKami pastikan tidak ada dwifungsi,\u201d ujar politikus PDI "
              "Perjuangan itu.")
    assert speaker_names(rec)[-1] == "Puan Maharani"


def test_saying_the_same_thing_is_no_statement_of_its_own():
    rec = run("Ketua Umum PAN Zulkifli Hasan menyampaikan hal senada. Menurut dia, keputusan "
              "partainya diambil setelah pertimbangan matang.")
    assert [s.content.text for s in rec.statements] == [
        "keputusan partainya diambil setelah pertimbangan matang"]


def test_a_counted_set_of_governments_is_the_states_named_before():
    rec = run("Tiga negara yang dipimpin junta, yakni Mali, Burkina Faso, dan Niger, mengumumkan "
              "keluar dari ECOWAS. Dalam pernyataan itu, ketiga pemerintahan menuduh ECOWAS "
              "telah menyimpang dari cita-cita para pendirinya.")
    assert sorted(speaker_names(rec)[3:]) == ["Burkina Faso", "Mali", "Niger"]


def test_an_attribution_opening_the_clause_after_a_contrast_is_a_statement():
    rec = run("Juru Bicara Kementerian Luar Negeri Iran Nasser Kanaani menolak sanksi itu. Kanaani "
              "tidak membantah bahwa aparat telah menahan ratusan demonstran, tetapi menurutnya "
              "penahanan itu dilakukan sesuai hukum.")
    assert [s.content.text for s in rec.statements][-1] == \
        "penahanan itu dilakukan sesuai hukum"
    assert speaker_names(rec)[-1] == "Nasser Kanaani"


def test_a_subject_with_a_relative_clause_ending_in_a_phrase_is_its_head():
    rec = run("Seorang diplomat Arab yang terlibat dalam perundingan, yang enggan disebutkan "
              "namanya, mengatakan kepada ANTARA bahwa tim teknis akan bertemu lagi di Kairo.")
    assert speaker_names(rec) == ["diplomat Arab yang terlibat dalam perundingan"]
    assert rec.actor(rec.statements[0].recipient).name == "ANTARA"


def test_an_arabic_name_set_off_by_commas_is_the_speaker():
    rec = run("Menteri Informasi Yaman, Khaled al-Maqtari, menyatakan blokade itu memperparah "
              "penderitaan rakyat Yaman.")
    assert speaker_names(rec) == ["Khaled al-Maqtari"]


def test_an_accusation_with_a_manner_adverbial_before_its_verb_is_a_statement():
    rec = run("Pasukan Sementara PBB di Lebanon (UNIFIL) menuduh militer Israel dengan sengaja "
              "menembaki markas besarnya di Naqoura.")
    [stmt] = rec.statements
    body = rec.actor(stmt.speaker)
    assert {body.name, *body.aliases} == {"UNIFIL", "Pasukan Sementara PBB di Lebanon"}
    assert event_pairs(rec, "ACCUSE") == [([body.name], ["Israel"])]


def test_not_denying_is_a_statement_addressed_to_no_one_and_no_refusal():
    rec = run("Militer Israel tidak membantah pasukannya beroperasi di sekitar Naqoura.")
    [stmt] = rec.statements
    assert stmt.recipient is None and not stmt.negated
    assert event_pairs(rec, "REJECT") == []


def test_people_described_by_a_definite_phrase_can_be_the_subject_of_what_is_said():
    rec = run("Kepala Pusat Penerangan TNI Hadi Santoso memastikan kedua mahasiswa itu dalam "
              "kondisi stabil dan tengah dirawat di rumah sakit.")
    assert speaker_names(rec) == ["Hadi Santoso"]


def test_an_indefinite_official_is_someone_new_not_the_named_official_of_that_state():
    rec = run("Penasihat Keamanan Nasional AS Jake Sullivan bertemu Wang Yi di Beijing pada "
              "Selasa. Kedua pihak sepakat menggelar pembicaraan telepon, kata seorang pejabat "
              "senior pemerintahan AS kepada wartawan. Pejabat itu menambahkan bahwa kedua "
              "presiden akan bertemu.")
    assert speaker_names(rec) == ["pejabat senior pemerintahan AS"] * 2


def test_menurut_reads_its_speaker_through_a_relative_clause_up_to_the_comma():
    rec = run("Menurut sejumlah diplomat yang mengetahui jalannya perundingan, Orban melunak "
              "setelah bertemu Scholz.")
    [stmt] = rec.statements
    assert rec.actor(stmt.speaker).name == "diplomat yang mengetahui jalannya perundingan"
    assert stmt.content.text == "Orban melunak setelah bertemu Scholz"


def test_a_ticket_of_two_full_names_is_two_persons():
    rec = run("Pasangan calon nomor urut 1, Rizal Lamadjido-Hendra Tompunu, mendaftarkan gugatan "
              "ke Mahkamah Konstitusi. Duta Besar Linda Thomas-Greenfield berbicara.")
    persons = sorted(a.name for a in rec.actors if a.type == ActorType.PERSON)
    assert persons == ["Hendra Tompunu", "Linda Thomas-Greenfield", "Rizal Lamadjido"]


def test_a_call_on_parties_described_by_a_relative_clause_is_a_statement_dating_the_quote_after():
    rec = run("Koordinator Kemanusiaan PBB untuk Sudan, Annalisa Corradini, pada Selasa menyerukan "
              "kedua pihak yang bertikai untuk menghentikan pertempuran. \"Dunia tidak boleh "
              "berpaling dari warga El Fasher,\" kata Corradini.", date="2024-06-12")
    assert speaker_names(rec) == ["Annalisa Corradini"] * 2
    assert [s.date for s in rec.statements] == ["2024-06-11"] * 2


def test_a_body_with_its_acronym_and_region_speaks_and_is_named_without_the_acronym():
    rec = run("Di sisi lain, Asosiasi Pengusaha Indonesia (Apindo) DKI Jakarta menilai tuntutan "
              "kenaikan 10,5 persen tidak realistis di tengah lesunya daya beli.")
    assert speaker_names(rec) == ["Asosiasi Pengusaha Indonesia DKI Jakarta"]


def test_a_definite_count_refers_back_to_the_crowd_counted_before():
    rec = run("Densus 88 menangkap empat pria di Solo pada Selasa. Keempat pria itu membantah "
              "terlibat jaringan teror.")
    [group] = [a for a in rec.actors if a.type == ActorType.GROUP]
    assert "Keempat pria itu" in group.aliases
    assert [rec.actor(e.sources[0]).name for e in rec.events if e.type == "REJECT"] == [group.name]


def test_office_holders_under_a_plural_article_are_a_group_of_their_body():
    rec = run("Para menteri pertahanan NATO mengecam Rusia di Brussel pada Kamis.")
    [group] = [a for a in rec.actors if a.type == ActorType.GROUP]
    assert "Para menteri pertahanan NATO" in [group.name, *group.aliases]
    assert rec.actor(group.affiliation).name == "NATO"
    assert [rec.actor(e.sources[0]).name for e in rec.events] == [group.name]


def test_a_quantity_word_before_a_countable_noun_makes_a_collective():
    rec = run("Sejumlah faksi oposisi menolak rencana Presiden Lukashenko.")
    assert [a.name for a in rec.actors if a.type == ActorType.GROUP] == ["faksi oposisi"]


def test_a_consensus_code_or_tax_named_with_capitals_is_no_actor():
    rec = run("Junta Myanmar menolak Konsensus Lima Poin. Pemerintah menaikkan Pajak Pertambahan "
              "Nilai dan memangkas Anggaran Pendapatan dan Belanja Daerah.")
    assert not [a.name for a in rec.actors if a.name.split()[0] in ("Konsensus", "Pajak",
                                                                     "Anggaran")]


def test_an_office_of_a_state_is_not_the_anonymous_official_of_that_state():
    rec = run("Seorang pejabat militer Thailand yang berbicara dengan syarat anonim mengatakan "
              "pasukan telah ditarik. Menteri Luar Negeri Thailand menyatakan bahwa perundingan "
              "akan berlanjut.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == [
        "pejabat militer Thailand yang berbicara dengan syarat anonim",
        "Menteri Luar Negeri Thailand"]


def test_a_titled_arabic_name_runs_on_over_its_hyphened_article():
    rec = run("Penasihat Kementerian Luar Negeri Qatar Hamad Al-Kuwari mengatakan kepada ANTARA "
              "di Doha, Selasa, bahwa pembahasan kali ini berkonsentrasi pada tahap pertama. "
              "Menurut Al-Kuwari, kedua pihak sudah dekat.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Hamad Al-Kuwari"] * 2


def test_a_body_named_only_in_a_title_gives_way_to_its_state():
    rec = run("Juru bicara Kementerian Luar Negeri Jepang Hiroshi Tanaka mengatakan Tokyo menolak "
              "tuduhan Korea Utara. Kementerian Luar Negeri Filipina memanggil duta besar China.")
    names = {a.name for a in rec.actors}
    assert "Kementerian Luar Negeri Jepang" not in names
    assert "Kementerian Luar Negeri Filipina" in names
    assert rec.actor(actor_named(rec, "Hiroshi Tanaka").affiliation).name == "Jepang"


def test_a_police_chief_of_a_capital_district_belongs_to_the_command_not_the_state():
    rec = run("Kapolres Metro Jakarta Selatan Kombes Budi Hartono mengatakan pihaknya menangkap "
              "dua tersangka.")
    chief = actor_named(rec, "Budi Hartono")
    assert rec.actor(chief.affiliation).name == "Polres Metro Jakarta Selatan"
    assert [[rec.actor(k).name for k in e.sources] for e in rec.events] == [
        ["Polres Metro Jakarta Selatan"]]


def test_a_local_government_is_no_mention_of_the_state():
    rec = run("Ratusan nelayan meminta pemerintah daerah mencabut izin tambang pasir itu.")
    assert "Indonesia" not in {a.name for a in rec.actors}
    assert [[rec.actor(k).name for k in e.targets] for e in rec.events] == [["pemerintah daerah"]]


def test_the_public_and_representatives_of_a_crowd_are_collectives():
    rec = run("Kapolda Papua Irjen Mathius Fakhiri meminta publik tidak terprovokasi. Bupati "
              "Mimika Johannes Rettob menemui perwakilan buruh pada Senin.")
    assert [[rec.actor(k).name for k in e.targets] for e in rec.events] == [
        ["publik"], ["perwakilan buruh"]]


def test_a_states_coast_guard_or_navy_is_a_body_of_that_state_also_on_its_ships():
    rec = run("Kapal Penjaga Pantai Vietnam menembakkan meriam air ke kapal nelayan Filipina. "
              "Manila menuding kapal-kapal penjaga pantai Vietnam mengganggu nelayan. Angkatan "
              "Laut Malaysia mengecam Vietnam.")
    guard = actor_named(rec, "Penjaga Pantai Vietnam")
    assert rec.actor(guard.affiliation).name == "Vietnam"
    assert rec.actor(actor_named(rec, "Angkatan Laut Malaysia").affiliation).name == "Malaysia"
    assert rec.actor(rec.events[0].sources[0]).name == "Penjaga Pantai Vietnam"
    assert len([a for a in rec.actors if "Penjaga" in a.name]) == 1


def test_the_outlet_that_reached_a_speaker_is_the_addressee():
    rec = run("\"Kami tidak pernah menerima uang itu,\" ucap Hendra saat dihubungi Kompas, Senin. "
              "Rina mengatakan ketika ditemui wartawan bahwa ia akan mengajukan banding.")
    assert [(s.addressee or rec.actor(s.recipient).name) for s in rec.statements] == [
        "Kompas", "wartawan"]


def test_a_collective_is_also_known_as_written_with_its_count_and_qualifying_phrase():
    rec = run("Junta menangkap sedikitnya 40 pemuda di Mandalay. Wang Yi meminta negara-negara di "
              "luar kawasan tidak ikut campur.")
    aliases = {alias for a in rec.actors for alias in a.aliases}
    assert {"sedikitnya 40 pemuda", "negara-negara di luar kawasan"} <= aliases


def test_a_name_after_a_titled_body_and_its_place_or_acronym_is_the_person_of_that_body():
    rec = run("Bentrokan kembali pecah di Darfur pada Senin. Kepala Dinas Kesehatan Darfur Adam "
              "Musa Khalil mengatakan 40 orang tewas. Sementara itu, Sekretaris Jenderal Presidium "
              "KNPB-X Yulianus Wenda menegaskan pihaknya menolak tuduhan itu.")
    assert speaker_names(rec) == ["Adam Musa Khalil", "Yulianus Wenda"]
    assert actor_named(rec, "Adam Musa Khalil").affiliation == "dinas-kesehatan-darfur"
    assert actor_named(rec, "Yulianus Wenda").job_titles == [
        "Sekretaris Jenderal Presidium KNPB-X"]
    assert actor_named(rec, "Presidium KNPB-X").type == ActorType.ORGANIZATION


def test_a_degree_adverb_ends_the_noun_phrase_so_a_judged_event_noun_is_a_clause():
    rec = run("Pengacara keluarga korban Rudi Hartono menilai hukuman tersebut semakin tidak adil."
              " Aktivis HAM Maria Ulfa menilai sanksi itu terlalu ringan bagi pelaku.")
    assert speaker_names(rec) == ["Rudi Hartono", "Maria Ulfa"]
    assert [s.content.text for s in rec.statements][1] == "sanksi itu terlalu ringan bagi pelaku"


def test_a_definite_kin_description_is_the_person_spoken_of_not_the_relative_it_names():
    rec = run("Gubernur Lampung Arinal Djunaidi mendatangi Gedung KPK pada Senin. Menantu "
              "Presiden Susilo Bambang Yudhoyono itu menyebut dirinya menjadi korban fitnah.")
    assert speaker_names(rec) == ["Arinal Djunaidi"]


def test_a_nickname_the_tagger_found_only_later_is_the_person_described():
    rec = run("Ketua MPR Bambang Soesatyo mengundang pimpinan partai ke Senayan. Politikus "
              "Partai Golkar yang akrab disapa Bamsoet itu mengatakan amendemen belum dibahas. "
              "\u201cKami masih menyerap aspirasi,\u201d kata Bamsoet.")
    assert speaker_names(rec) == ["Bambang Soesatyo"] * 2


def test_a_guarantee_with_a_clause_is_reported_speech_but_not_with_a_noun_phrase():
    rec = run("Menteri Sosial Tri Rismaharini menjamin pemerintah akan menanggung biaya "
              "pengobatan korban. Kapolda Jawa Timur Irjen Nico Afinta menjamin keamanan warga.")
    assert [(s.speaker, s.content.text) for s in rec.statements] == [
        ("tri-rismaharini", "pemerintah akan menanggung biaya pengobatan korban")]


def test_a_speaker_located_by_a_place_still_speaks_to_the_addressee_after_it():
    rec = run("\u201cKami mendengar ledakan sepanjang malam,\u201d ujar seorang pengungsi di Gaza "
              "utara kepada wartawan. \u201cSituasi di perbatasan tetap tenang,\u201d kata "
              "Menteri Luar Negeri Mesir Sameh Shoukry di Kairo kepada wartawan.")
    assert [s.addressee for s in rec.statements] == ["wartawan", "wartawan"]
    assert "seorang pengungsi di Gaza utara" in rec.actor(rec.statements[0].speaker).aliases


def test_a_since_phrase_between_subject_and_cue_leaves_the_subject_speaking():
    rec = run("Kementerian Luar Negeri Malaysia sejak awal menyatakan kapal itu melanggar "
              "perairan mereka.")
    assert speaker_names(rec) == ["Kementerian Luar Negeri Malaysia"]
    assert rec.statements[0].content.text == "kapal itu melanggar perairan mereka"


def test_a_fronted_counted_time_phrase_is_no_part_of_the_subject_after_its_comma():
    rec = run("Kementerian Luar Negeri Jepang mengumumkan sanksi baru. Dua hari sebelumnya, "
              "kementerian itu mendesak Rusia menarik pasukannya.")
    assert speaker_names(rec) == ["Kementerian Luar Negeri Jepang"]


def test_an_aide_described_by_the_leader_they_serve_is_the_person_spoken_of_before():
    rec = run("Kepala delegasi Rusia Vladimir Medinsky tiba di Istanbul pada Jumat. \u201cKami "
              "siap melanjutkan kontak,\u201d ujar ajudan Presiden Vladimir Putin itu kepada "
              "wartawan.")
    assert speaker_names(rec) == ["Vladimir Medinsky"]


def test_a_general_described_by_rank_is_the_person_spoken_of_before():
    rec = run("Panglima TNI Jenderal Agus Subiyanto menuduh kelompok itu menyerang pos militer. "
              "Jenderal bintang empat itu menuntut pelaku menyerahkan diri.")
    assert speaker_names(rec) == ["Agus Subiyanto"] * 2


def test_a_cue_whose_object_only_names_the_act_of_saying_reports_no_statement():
    rec = run("Kapolda Jawa Tengah Irjen Ahmad Luthfi menyampaikan permohonan maaf kepada keluarga "
              "korban. Ia juga menyampaikan belasungkawa.")
    assert rec.statements == []


def test_an_act_of_saying_named_only_by_its_kind_reports_no_statement():
    rec = run("Hakim Budi Santoso menyampaikan pendapat berbeda. Rina Wulan mengucapkan selamat "
              "kepada Joko melalui keterangan tertulis.")
    assert rec.statements == []
    assert [e.type for e in rec.events] == ["SUPPORT"]


def test_asking_a_party_not_to_act_is_reported_speech_addressed_to_it():
    rec = run("Kapolda Metro Jaya Irjen Karyoto meminta warga tidak terprovokasi oleh kabar "
              "bohong.")
    assert [(s.content.text, rec.actor(s.recipient).name) for s in rec.statements] == [
        ("warga tidak terprovokasi oleh kabar bohong", "warga")]


def test_a_speech_acts_bare_root_after_a_quote_is_its_inverted_cue():
    rec = run("\u201cIsrael harus segera mundur dari Gaza,\u201d desak Menteri Luar Negeri Retno "
              "Marsudi. \u201cKami menolak semua pelanggaran!\u201d seru Ketua KSPI Said Iqbal.")
    assert speaker_names(rec) == ["Retno Marsudi", "Said Iqbal"]



def test_a_collective_is_not_known_by_a_phrase_that_qualifies_something_else():
    from graph.extract.coref import qualified
    from graph.extract.lexicon import word_set
    from graph.nlp import pipeline

    doc = pipeline.parse(pipeline.load("id"), "ketegangan dengan Barat atas Ukraina dan "
                         "negara-negara di luar kawasan")
    preps = word_set("id", "qualifying_preps")
    assert qualified(doc[2:3], "id", preps) == "Barat"
    assert qualified(doc[6:7], "id", preps) == "negara-negara di luar kawasan"


def test_a_cue_after_a_word_of_obligation_reports_nothing_said():
    rec = run("Agus Salim berpendapat MK semestinya memerintahkan pemungutan suara ulang di "
              "sejumlah daerah.")
    assert speaker_names(rec) == ["Agus Salim"]


def test_a_cue_opening_an_adverbial_clause_is_the_subject_s_own():
    rec = run("Ganjar Pranowo menyatakan menghormati putusan MK, meski menilai ada persoalan "
              "etika dalam penyelenggaraan pemilu.")
    assert [(speaker_names(rec)[i], s.content.text) for i, s in enumerate(rec.statements)] == [
        ("Ganjar Pranowo", "menghormati putusan MK"),
        ("Ganjar Pranowo", "ada persoalan etika dalam penyelenggaraan pemilu")]


def test_a_time_adverb_after_the_subject_and_a_time_phrase_set_off_leave_the_subject():
    rec = run("Komarudin Watubun hadir pada Senin.\n\nKomarudin sebelumnya, pada April lalu, "
              "menyebut Jokowi sudah tidak lagi menjadi bagian dari partai.")
    assert speaker_names(rec) == ["Komarudin Watubun"]


def test_bare_forces_are_the_state_named_with_them_though_another_is_named_more():
    rec = run("Pemerintah China mengumumkan militer Myanmar dan kelompok pemberontak sepakat "
              "berdamai setelah perundingan di Beijing. China siap membantu. Kelompok pemberontak "
              "menuduh militer menyerang desa pada Jumat.")
    assert "militer" in actor_named(rec, "Myanmar").aliases
    assert "militer" not in actor_named(rec, "Tiongkok").aliases


def test_a_denied_clause_whose_subject_a_phrase_qualifies_is_a_statement():
    rec = run("Anwar Usman membantah putusan soal batas usia calon presiden dan wakil presiden "
              "dibuat untuk kepentingan keluarganya.")
    assert [(s.content.text, s.negated) for s in rec.statements] == [
        ("putusan soal batas usia calon presiden dan wakil presiden dibuat untuk kepentingan "
         "keluarganya", True)]
    assert all(a.name != "wakil presiden" for a in rec.actors)


def test_a_call_for_help_to_a_party_a_stative_verb_describes_is_no_statement():
    rec = run("Utusan iklim China Xie Zhenhua menyerukan adanya bantuan kepada negara berkembang "
              "untuk menghadapi perubahan iklim.")
    assert rec.statements == []


def test_refusing_a_claim_with_its_clause_is_a_negated_statement():
    rec = run("Anwar Usman menolak tudingan bahwa dirinya memiliki konflik kepentingan dalam "
              "memutus perkara itu.")
    assert [(s.content.text, s.negated) for s in rec.statements] == [
        ("dirinya memiliki konflik kepentingan dalam memutus perkara itu", True)]


def test_the_addressee_after_a_speaker_s_apposed_description_is_found():
    rec = run('"Kami tidak menolak pembangunan," kata Gerisman Ahmad, tokoh masyarakat adat '
              "Rempang, kepada BBC News Indonesia.")
    assert [rec.actor(s.recipient).name for s in rec.statements] == ["BBC News Indonesia"]


def test_an_unnamed_orator_placed_by_two_prepositions_speaks_and_shouts():
    rec = run("Ribuan buruh berunjuk rasa di depan Gedung DPRD Jawa Barat pada Senin. Seorang "
              "orator dari atas mobil komando menuding gubernur mengabaikan nasib buruh. \"Kami "
              "akan kembali dengan massa yang lebih besar!\" teriaknya.")
    speakers = [rec.actor(s.speaker).name for s in rec.statements]
    assert len(speakers) == 2 and len(set(speakers)) == 1 and "orator" in speakers[0]


def test_a_subject_whose_role_serves_a_body_is_what_ia_refers_to_next():
    rec = run("Menteri Luar Negeri Retno Marsudi mendesak Dewan Keamanan PBB segera bertindak. "
              "Duta Besar Israel untuk PBB Gilad Erdan, yang berbicara dalam sesi yang sama, "
              "menolak seruan tersebut. Ia menyebut gencatan senjata hanya menguntungkan Hamas.\n\n"
              "Di sela debat, Retno bertemu Sekretaris Jenderal PBB Antonio Guterres.")
    said = [s for s in rec.statements if s.cue.text == "menyebut"]
    assert [rec.actor(s.speaker).name for s in said] == ["Gilad Erdan"]


def test_names_joined_by_a_slash_are_one_name():
    rec = run("Ribuan mahasiswa berunjuk rasa di depan Gedung DPR/MPR RI, Senayan, Jakarta, pada "
              "Kamis. Adapun Kodam XVII/Cenderawasih pekan lalu mengirim pasukan ke Ilaga.")
    names = {a.name for a in rec.actors}
    assert {"Gedung DPR/MPR RI", "Kodam XVII/Cenderawasih", "DPR"} <= names
    assert not names & {"MPR", "Cenderawasih", "Gedung DPR"}


def test_a_capital_with_a_compass_word_or_after_a_branch_acronym_is_no_state():
    rec = run("Kapolres Metro Jakarta Pusat Kombes Rudi Hartono mengatakan pihaknya mengamankan "
              "20 orang. Lembaga Bantuan Hukum (LBH) Jakarta mengecam penangkapan itu. Polisi "
              "juga berjaga di depan Gedung DPR, Senayan, Jakarta.")
    assert "Indonesia" not in {a.name for a in rec.actors}


def test_a_bare_word_for_the_judges_is_the_bench_named_before():
    rec = run("Majelis Hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri "
              "Jakarta Pusat menjatuhkan vonis 10 tahun penjara kepada mantan Menteri Pertanian "
              "Rudi Hartono. Hakim menyatakan Rudi terbukti melakukan pemerasan.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == [
        "Majelis Hakim Pengadilan Tindak Pidana Korupsi"]
    assert "Hakim" not in {a.name for a in rec.actors}


def test_a_bodys_short_name_closing_a_role_is_not_in_the_persons_name():
    rec = run("Pemeriksaan berlangsung di Kementerian Pertanian (Kementan). Dalam perkara yang "
              "sama, mantan Sekretaris Jenderal Kementan Hendra Wijaya divonis empat tahun "
              "penjara.")
    assert "Hendra Wijaya" in {a.name for a in rec.actors}


def test_a_plural_pronoun_refers_to_the_agent_of_a_passive_after_a_subject_no_actor():
    rec = run("Polisi menangkap 12 orang setelah bentrokan di depan balai kota, Senin. Aksi itu "
              "diikuti ratusan petani dari tiga kecamatan. Mereka menilai harga pupuk terlalu "
              "mahal.")
    said = [s for s in rec.statements if s.cue.text == "menilai"]
    assert [rec.actor(s.speaker).name for s in said] == ["petani"]


def test_forced_is_no_part_of_a_collective():
    rec = run("Menurut badan pengungsi, ribuan warga desa terpaksa mengungsi ke kota. Pejabat "
              "setempat mengatakan warga desa terpaksa meninggalkan ternak mereka.")
    assert not any("terpaksa" in a.name for a in rec.actors)


def test_a_second_role_joined_by_yang_juga_belongs_to_the_person_named_after_it():
    rec = run("Ketua Umum Serikat Tani yang juga Ketua Partai Hijau, Bambang Wiratno, mengatakan "
              "harga pupuk terlalu mahal.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Bambang Wiratno"]
    assert rec.actor(rec.statements[0].speaker).type.name == "PERSON"
    assert {a.name for a in rec.actors if a.type.name == "PERSON"} == {"Bambang Wiratno"}


def test_a_demand_that_a_body_not_be_something_is_a_statement():
    rec = run("Anggota DPR Budi Santoso meminta kementerian tidak alergi terhadap kritik.")
    assert [s.content.text for s in rec.statements] == ["kementerian tidak alergi terhadap kritik"]


def test_a_body_described_as_an_ngo_is_the_one_named_before():
    rec = run("Menteri Desa Rahmat Hidayat menepis kritik Indonesia Corruption Watch (ICW) yang "
              "menyebut pengawasan dana desa lemah. Rahmat menuding lembaga swadaya masyarakat "
              "itu hanya mengutip data lama.")
    accused = [[rec.actor(k).name for k in e.targets] for e in rec.events if e.type == "ACCUSE"]
    assert accused == [["Indonesia Corruption Watch"]]


def test_a_person_opening_a_sentence_with_an_apposed_role_is_whom_ia_means_next():
    rec = run('"Data itu sudah lama," kata peneliti ICW Nadia Rosalina.\n\nAnggota Komisi V DPR '
              "dari Fraksi PKS, Andi Syamsul Rijal, justru sependapat dengan ICW. Ia meminta "
              'kementerian membuka data penyaluran dana desa. "Temuan itu harus dievaluasi," '
              "tuturnya.")
    said = [s for s in rec.statements if s.cue.text in ("meminta", "tuturnya")]
    assert [rec.actor(s.speaker).name for s in said] == ["Andi Syamsul Rijal"] * 2


def test_the_day_closing_a_reported_clause_is_when_it_was_said():
    rec = run("Gubernur Jawa Tengah Ahmad Lutfi menyatakan harga beras akan turun pekan depan, "
              "Minggu (20/10) malam. Ia juga meminta pedagang tidak menimbun beras. Sebelumnya, "
              "Lutfi mengunjungi Pasar Gede di Solo, Rabu (16/10).", "2024-10-21")
    said = next(s for s in rec.statements if s.cue.text == "menyatakan")
    assert said.content.text == "harga beras akan turun pekan depan"
    assert said.date == "2024-10-20"


def test_a_statement_made_in_an_occasion_told_before_takes_its_day_not_the_reports():
    rec = run("Menteri Luar Negeri Malaysia Mohamad Hasan melakukan pembicaraan telepon dengan "
              "Menteri Luar Negeri Mesir pada Minggu (15/6) malam.\n\n"
              '"Kami mengecam keras serangan itu," kata Mohamad dalam percakapan itu, sebagaimana '
              "tertuang dalam keterangan tertulis yang diterima di Kuala Lumpur, Senin.",
              "2025-06-16")
    said = next(s for s in rec.statements if s.cue.text == "kata")
    assert said.date == "2025-06-15"


def test_an_inverted_cue_names_a_speaker_whose_role_serves_a_body():
    rec = run('"Hari ini kami memilih perdamaian," kata Duta Besar Inggris untuk PBB Barbara '
              "Woodward usai pemungutan suara.")
    assert speaker_names(rec) == ["Barbara Woodward"]


def test_a_capitalised_preposition_inside_a_body_name_opens_no_setting():
    rec = run("Adapun Kementerian Dalam Negeri menyatakan mendukung langkah Kejaksaan Agung.")
    assert speaker_names(rec) == ["Kementerian Dalam Negeri"]


def test_a_response_word_in_a_quote_answers_no_one_named_after_the_quote():
    rec = run('"Serangan ini tidak akan dibiarkan tanpa balasan," kata Ahmad Yusuf dalam '
              "pernyataan yang disiarkan stasiun televisi Al-Nahar pada Jumat (5/3).")
    assert [a.name for a in rec.actors] == ["Ahmad Yusuf"]
    assert rec.statements[0].responds_to == []


def test_names_listed_after_a_place_head_are_places_not_persons():
    rec = run("Juru bicara militer Houthi Yahya Saree mengatakan serangan menghantam provinsi "
              "Marib, Taiz, Bayda, dan Saada, menewaskan lima anggota mereka.")
    names = {a.name for a in rec.actors}
    assert not names & {"Marib", "Taiz", "Bayda", "Saada"}
    assert all(a.type != ActorType.PERSON or a.name == "Yahya Saree" for a in rec.actors)


def test_a_local_time_before_the_verb_is_no_subject():
    rec = run("Perdana Menteri Jepang Fumio Kishida dalam pernyataan pada Kamis (4/3) malam "
              "waktu Tokyo menyebut uji coba rudal itu sebagai ancaman serius.")
    assert speaker_names(rec) == ["Fumio Kishida"]


def test_a_statement_made_at_the_same_occasion_takes_its_day():
    rec = run('"Tarif tidak naik untuk bahan pokok," kata Menteri Keuangan Rina Astuti dalam '
              "konferensi pers di Jakarta, Senin (16/12).\n\n"
              "Petisi penolakan telah diteken 50 ribu orang hingga Selasa (17/12).\n\n"
              "Dalam konferensi pers yang sama, Menteri Perdagangan Budi Santoso mengatakan "
              "harga beras stabil.", "2024-12-17")
    said = next(s for s in rec.statements if s.cue.text == "mengatakan")
    assert said.date == "2024-12-16"


def test_an_act_takes_the_place_where_the_next_sentence_says_it_was_held():
    rec = run("Partai Hijau resmi mendeklarasikan dukungan kepada Budi Santoso untuk Pilkada "
              "2024. Deklarasi digelar di Hotel Mulia, Jakarta, Senin (8/3).")
    support = next(e for e in rec.events if e.type == "SUPPORT")
    assert rec.actor(support.place).name == "Hotel Mulia"
    rec = run("Komisi Pemberantasan Korupsi (KPK) menahan Bupati Kota Lama Budi Santoso, Rabu "
              "(10/3). Penahanan itu merupakan tindak lanjut operasi tangkap tangan yang digelar "
              "di Kota Baru pada Senin (8/3).")
    assert next(e for e in rec.events if e.type == "COERCE").place is None


def test_places_and_times_after_a_fronted_phrase_are_no_subject():
    rec = run("Mantan Gubernur Jawa Barat Budi Santoso memilih tidak banyak berkomentar. Kepada "
              "wartawan di rumahnya di Lembang, Bandung Barat, kemarin, politikus itu hanya "
              "mengatakan menghormati keputusan partai.")
    said = next(s for s in rec.statements if s.cue.text == "mengatakan")
    assert rec.actor(said.speaker).name == "Budi Santoso" and said.addressee == "wartawan"


def test_a_request_to_a_body_with_a_capitalised_preposition_and_its_acronym_is_a_statement():
    rec = run("Ketua Bawaslu Rahmat Bagja meminta Kementerian Dalam Negeri (Kemendagri) menegur "
              "kepala daerah yang membiarkan bawahannya berkampanye.")
    assert [s.content.text.split()[:4] for s in rec.statements] == [
        ["Kementerian", "Dalam", "Negeri", "(Kemendagri)"]]


def test_a_subject_set_off_with_the_name_it_goes_by_speaks():
    rec = run("Pemimpin milisi itu, Ahmad Yusuf Harun atau Abu Harun, menulis bahwa pihaknya "
              "siap menyepakati gencatan senjata.")
    assert speaker_names(rec) == ["Ahmad Yusuf Harun"]


def test_a_clause_around_its_cue_ends_before_the_quote_after_it():
    rec = run("Kepala staf militer Budi Santoso menyebut pasukan lawan membawa pisau. Mereka, "
              "katanya, juga merampas tujuh senapan milik pasukan kami. ”Mereka bertindak "
              "seperti bajak laut,” ujar Budi di Palawan, Selasa.")
    said = next(s for s in rec.statements if s.cue.text == "katanya")
    assert said.content.text == "juga merampas tujuh senapan milik pasukan kami"


def test_a_cue_followed_by_a_short_noun_phrase_alone_tells_no_statement():
    rec = run("Kuasa hukum terdakwa, Rina Wati, menyatakan pikir-pikir. Jaksa penuntut umum Budi "
              "Santoso menyampaikan hal serupa.")
    assert rec.statements == []
    rec = run("Jaksa penuntut umum Budi Santoso menyatakan terdakwa bersalah.")
    assert [s.content.text for s in rec.statements] == ["terdakwa bersalah"]


def test_a_discourse_adverbial_after_a_fronted_phrase_is_no_subject():
    rec = run("Mahkamah Agung (MA) menolak kasasi itu. Dalam perkara Kota Lama, misalnya, "
              "Mahkamah menilai terdapat keterlibatan aparatur desa.")
    said = next(s for s in rec.statements if s.cue.text == "menilai")
    assert rec.actor(said.speaker).name == "Mahkamah Agung"


def test_a_demand_that_a_party_described_by_a_clause_not_do_something_is_a_statement():
    rec = run("Menteri Dalam Negeri Budi Santoso meminta pemerintah daerah yang wilayahnya "
              "terdampak banjir tidak berlindung di balik alasan keterbatasan anggaran.")
    assert [s.content.text.split()[:2] for s in rec.statements] == [["pemerintah", "daerah"]]


def test_names_in_the_title_of_a_cited_statute_are_no_actors():
    rec = run("Juru bicara Kementerian ESDM Budi Santoso menjelaskan izin itu diterbitkan sesuai "
              "Undang-Undang Nomor 3 Tahun 2020 tentang Mineral dan Batu Bara, yang memang "
              "mengalihkan kewenangan perizinan dari daerah ke pusat.")
    assert "Batu Bara" not in {a.name for a in rec.actors}


def test_a_name_after_an_enlisted_rank_is_a_person():
    rec = run("Ia menyebut prajurit yang gugur, Pratu Andreas Wenda, tertembak di bagian dada dan "
              "sempat dievakuasi ke puskesmas sebelum meninggal dunia.")
    assert [(a.name, a.job_titles) for a in rec.actors] == [("Andreas Wenda", ["Pratu"])]


def test_giving_a_reason_or_an_excuse_reports_a_statement():
    rec = run("Menteri Budi Santoso berkilah bahwa anggaran belum cair. Polisi beralasan massa "
              "sudah melewati batas waktu unjuk rasa.")
    assert [s.cue.text for s in rec.statements] == ["berkilah", "beralasan"]


def test_they_after_a_sentence_opened_by_a_body_is_that_body_not_the_last_named():
    rec = run("Junta yang dipimpin Jenderal Ahmad Yusuf pada Selasa (08/08) menolak menerima "
              "delegasi gabungan ECOWAS, PBB, dan Uni Afrika di Niamey. Mereka menilai kemarahan "
              "rakyat membuat keamanan delegasi tidak dapat dijamin.", "2023-08-10")
    assert speaker_names(rec) == ["Junta"]
