"""Event constructions on invented sentences: light verbs, event nouns, denials, protests and
complements that are not reported as happened (need the trained Indonesian pipeline)."""

from graph.records import ActorType

from .helpers import actor_named, needs_model, run

pytestmark = needs_model()


def pairs(record, type_):
    return [([record.actor(k).name for k in e.sources], [record.actor(k).name for k in e.targets])
            for e in record.events if e.type == type_]


def types(record):
    return {e.type for e in record.events}


def test_light_verb_takes_the_type_of_its_event_noun():
    rec = run("Uni Eropa menjatuhkan sanksi terhadap Belarus pada Senin.")
    assert pairs(rec, "SANCTION") == [(["Uni Eropa"], ["Belarus"])]
    assert rec.events[0].trigger.text == "menjatuhkan sanksi"


def test_criticism_launched_or_lodged_is_an_accusation():
    rec = run("Ketua DPR Rina Hartono melontarkan kritik terhadap Menteri Kesehatan Budi Santoso. "
              "Kementerian Luar Negeri Malaysia melayangkan protes kepada Singapura.")
    assert pairs(rec, "ACCUSE") == [(["Rina Hartono"], ["Budi Santoso"]),
                                    (["Kementerian Luar Negeri Malaysia"], ["Singapura"])]


def test_ordered_event_noun_is_the_event():
    rec = run("Kolombia memerintahkan pemutusan hubungan diplomatik dengan Nikaragua.")
    assert pairs(rec, "SANCTION") == [(["Kolombia"], ["Nikaragua"])]
    assert "REQUEST" not in types(rec)


def test_event_noun_with_its_agent():
    rec = run("Setelah serangan Israel ke Lebanon, ribuan warga mengungsi.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Lebanon"])]


def test_threatened_attack_is_not_an_attack():
    rec = run("Ancaman serangan Israel ke Lebanon membuat warga cemas.")
    assert "ASSAULT" not in types(rec)


def test_threatened_sanction_is_one_threat():
    rec = run("Kanada mengancam sanksi terhadap Iran.")
    assert types(rec) == {"THREATEN"}


def test_patient_of_a_process_noun_is_no_target():
    rec = run("Para buruh memprotes penangkapan Budi Santoso.")
    assert not [e for e in rec.events if e.targets]  # a crowd's protest, aimed at no one named


def test_denial_of_an_accusation_targets_the_accusers():
    rec = run("Filipina menuduh Tiongkok merusak terumbu karang. "
              "Tiongkok menolak tuduhan tersebut.")
    assert pairs(rec, "REJECT") == [(["Tiongkok"], ["Filipina"])]


def test_protest_at_an_institution_targets_it():
    rec = run("Ribuan buruh menggelar unjuk rasa di depan Kedutaan Besar Jepang.")
    assert pairs(rec, "PROTEST") == [(["buruh"], ["Jepang"])]


def test_repeated_mention_of_an_event_is_not_coded():
    rec = run("Polisi mengatakan unjuk rasa tersebut berlangsung damai.")
    assert "PROTEST" not in types(rec)


def test_claimed_act_is_not_coded():
    rec = run("Vietnam mengklaim Tiongkok menyerang kapal nelayan.")
    assert "ASSAULT" not in types(rec)


def test_requested_act_is_not_coded():
    rec = run("Jerman mendesak agar Serbia menarik pasukan dari perbatasan.")
    assert types(rec) == {"REQUEST"}
    assert pairs(rec, "REQUEST") == [(["Jerman"], ["Serbia"])]


def test_coordinated_predicate_keeps_the_first_subject():
    rec = run("Kenya menjatuhkan sanksi terhadap Sudan dan mengirim delegasi ke Ethiopia.")
    assert [s for s, _ in pairs(rec, "CONSULT")] == [["Kenya"]]


def test_questioning_is_criticism_asking_is_not():
    rec = run("Menteri Luar Negeri Brasil Mauro Vieira mempertanyakan keputusan Argentina. "
              "Wartawan menanyakan Vieira soal itu.")
    assert pairs(rec, "ACCUSE") == [(["Mauro Vieira"], ["Argentina"])]
    assert len(rec.events) == 1


def test_agent_inside_an_object_cut_short():
    rec = run("Malaysia mengkritik pihak berwenang Kamboja karena menahan nelayan.")
    assert pairs(rec, "ACCUSE") == [(["Malaysia"], ["Kamboja"])]


def test_refusal_of_a_proposal_answers_the_proposer():
    rec = run("Moskow mengusulkan agar Jepang mencabut larangan impor. "
              "Tokyo menolak proposal itu.")
    assert [t for _, t in pairs(rec, "REJECT")] == [["Rusia"]]


def test_speaker_is_the_subject_of_a_subjectless_report():
    rec = run("Perdana Menteri Thailand Srettha Thavisin mengatakan sempat menghubungi "
              "Perdana Menteri Kamboja Hun Manet pada Rabu.")
    assert pairs(rec, "CONSULT") == [(["Srettha Thavisin"], ["Hun Manet"])]


def test_meeting_setting_the_scene_joins_the_subject_as_host():
    rec = run("Menteri Luar Negeri Vietnam Bui Thanh Son memberi keterangan kepada wartawan "
              "setelah pertemuan dengan Menteri Luar Negeri Laos Saleumxay Kommasith. "
              '"Kami sepakat memperluas perdagangan," kata Presiden Kenya William Ruto setelah '
              "pembicaraan dengan Presiden Uganda Yoweri Museveni.")
    assert pairs(rec, "CONSULT") == [(["Saleumxay Kommasith"], ["Bui Thanh Son"]),
                                     (["Yoweri Museveni"], ["William Ruto"])]


def test_attack_setting_the_scene_has_no_partner():
    rec = run("Warga mengungsi setelah serangan dengan rudal.")
    assert not rec.events


def test_role_noun_set_beside_a_name_targets_the_person():
    rec = run("Albanese mengatakan sempat menghubungi rekannya dari Indonesia, Joko Widodo, "
              "pada Senin.")
    assert pairs(rec, "CONSULT") == [(["Albanese"], ["Joko Widodo"])]


def test_purpose_complement_gives_its_object_as_target():
    rec = run("Thailand telah setuju untuk menerima kembali Perdana Menteri Hun Sen.")
    assert pairs(rec, "AGREE") == [(["Thailand"], ["Hun Sen"])]


def test_protest_at_a_building_targets_the_institution_it_houses():
    rec = run("Ratusan buruh melakukan unjuk rasa di Gedung DPR, Jakarta, Senin. "
              "DPR belum menanggapi tuntutan itu.")
    assert pairs(rec, "PROTEST") == [(["buruh"], ["DPR"])]


def test_a_building_in_front_of_which_a_protest_is_held_is_its_place_and_dates_nothing_ahead():
    rec = run("Ratusan buruh berunjuk rasa di depan Gedung DPRD RI, Senin, menuntut "
              "kenaikan upah.", date="2021-03-10")
    protest = next(e for e in rec.events if e.type == "PROTEST")
    assert rec.actor(protest.place).name == "Gedung DPRD RI"
    assert [rec.actor(k).name for k in protest.targets] == ["DPRD"]
    assert protest.date == "2021-03-08"


def test_protest_in_a_capital_is_not_aimed_at_its_state():
    rec = run("Ribuan petani berunjuk rasa di Jakarta pada Selasa.")
    assert pairs(rec, "PROTEST") == []


def test_contacting_is_a_consultation_connecting_is_not():
    rec = run("Kanada menghubungkan jaringan listriknya dengan Amerika Serikat.")
    assert "CONSULT" not in types(rec)
    rec = run("Kanada menghubungi Amerika Serikat pada Senin.")
    assert pairs(rec, "CONSULT") == [(["Kanada"], ["Amerika Serikat"])]


def test_accusation_noun_with_its_agent():
    rec = run("Setelah tuduhan Iran terhadap Israel, harga minyak naik.")
    assert pairs(rec, "ACCUSE") == [(["Iran"], ["Israel"])]



def test_added_predicates_need_their_suffix_or_object():
    rec = run("Presiden Kenya William Ruto menyalahkan Uganda atas krisis itu. "
              "Jawaban Uganda salah, kata analis. Kenya menyeret Uganda ke Mahkamah Internasional.")
    assert pairs(rec, "ACCUSE") == [(["William Ruto"], ["Uganda"]), (["Kenya"], ["Uganda"])]


def test_subject_with_an_inserted_coordination_and_no_region_as_agent():
    rec = run("Sejauh ini lima negara di Afrika Timur, serta Kanada dan Norwegia, mendukung "
              "seruan Presiden Kenya William Ruto.")
    assert pairs(rec, "SUPPORT") == [(["lima negara di Afrika Timur", "Kanada", "Norwegia"],
                                      ["William Ruto"])]
    assert all(a.type.name != "PERSON" or a.name == "William Ruto" for a in rec.actors)


def test_definite_description_and_a_described_partner_named_after_a_comma():
    rec = run('"Kami siap berunding," kata Menteri Luar Negeri Musalia Mudavadi di Nairobi. '
              "Diplomat senior Kenya itu berbicara kepada wartawan setelah pertemuan dengan "
              "utusan Uganda untuk Nairobi, Jeje Odongo.")
    assert pairs(rec, "CONSULT") == [(["Jeje Odongo"], ["Musalia Mudavadi"])]


def test_plural_pronoun_after_an_object_and_envoys_aimed_at_their_host_state():
    rec = run("Keputusan pengadilan itu membuat Pemerintah Kenya geram. Mereka memprotes "
              "Pemerintah Uganda dengan menarik Duta Besar Kenya untuk Uganda, Peter Tum.")
    assert (["Kenya"], ["Uganda"]) in pairs(rec, "ACCUSE")
    assert pairs(rec, "SANCTION") == [(["Kenya"], ["Uganda"])]


def test_event_place_from_a_locative_phrase_of_its_clause():
    rec = run("Presiden Kenya William Ruto bertemu Presiden Uganda Yoweri Museveni di Nairobi "
              "pada Senin (8/3). Kenya menjatuhkan sanksi terhadap Somalia dan mengirim "
              "delegasi ke Mogadishu.")
    found = {(e.type, rec.actor(e.sources[0]).name, rec.actor(e.targets[0]).name,
              rec.actor(e.place).name if e.place else None) for e in rec.events}
    assert ("CONSULT", "Kenya", "Somalia", "Mogadishu") in found
    assert ("SANCTION", "Kenya", "Somalia", None) in found
    meeting = next(e for e in rec.events if e.type == "CONSULT" and
                   rec.actor(e.sources[0]).name == "William Ruto")
    assert rec.actor(meeting.place).name == "Nairobi"


def test_counted_states_located_by_a_region_are_one_group():
    rec = run("Sebanyak tujuh negara di Afrika Timur mengecam Kenya. Menurut laporan, pemerintah "
              "Kenya menolak tuduhan itu.")
    assert (["tujuh negara di Afrika Timur"], ["Kenya"]) in pairs(rec, "ACCUSE")


def test_a_statement_that_another_party_must_act_is_a_request():
    rec = run('"Komisi Pemilihan Umum harus segera menerbitkan aturan baru," kata Ketua BEM '
              'Wahyu Santoso. "Kami harus tetap turun ke jalan," tambahnya. Menteri Luar Negeri '
              'Kenya Musalia Mudavadi mengatakan Uganda tidak perlu khawatir.')
    assert pairs(rec, "REQUEST") == [(["Wahyu Santoso"], ["Komisi Pemilihan Umum"])]


def test_a_party_told_not_to_act_or_to_bear_a_quoted_cost_is_asked_or_threatened():
    rec = run('"DPR jangan main-main dengan putusan MK," kata Presiden Partai Buruh Said Iqbal. '
              'Wakil Menteri Luar Negeri Houthi Hussein al-Ezzi memperingatkan bahwa Amerika '
              'Serikat "harus bersiap membayar harga yang mahal".')
    assert pairs(rec, "REQUEST") == [(["Said Iqbal"], ["DPR"])]
    assert pairs(rec, "THREATEN") == [(["Hussein al-Ezzi"], ["Amerika Serikat"])]


def test_passive_with_its_agent_right_after_the_verb():
    rec = run("Uganda menuduh Kenya mendukung pemberontak. Tuduhan itu dibantah Kenya pada Senin.")
    assert (["Kenya"], ["Uganda"]) in pairs(rec, "REJECT")


def test_meetings_between_parties_received_visits_and_agreements_of_several():
    rec = run("Pertemuan antara Presiden Kenya William Ruto dan Presiden Uganda Yoweri Museveni "
              "berlangsung di Nairobi. Presiden Tanzania Samia Suluhu Hassan menerima kunjungan "
              "Presiden Rwanda Paul Kagame. Kenya dan Uganda sepakat membuka perbatasan.")
    assert pairs(rec, "CONSULT") == [(["William Ruto", "Yoweri Museveni"], []),
                                     (["Paul Kagame"], ["Samia Suluhu Hassan"])]
    assert pairs(rec, "AGREE") == [(["Kenya", "Uganda"], [])]


def test_meetings_over_a_meal_and_face_to_face():
    rec = run("Presiden Kenya William Ruto sarapan bersama Presiden Uganda Yoweri Museveni di "
              "Nairobi. Menteri Luar Negeri Kenya Musalia Mudavadi bertatap muka dengan Menteri "
              "Luar Negeri Uganda Jeje Odongo.")
    assert pairs(rec, "CONSULT") == [(["William Ruto"], ["Yoweri Museveni"]),
                                     (["Musalia Mudavadi"], ["Jeje Odongo"])]


def test_event_noun_voiced_by_a_passive_verb():
    rec = run("Kecaman keras dilontarkan oleh Malaysia terhadap Myanmar pada Senin.")
    assert pairs(rec, "ACCUSE") == [(["Malaysia"], ["Myanmar"])]
    rec = run("Menurut laporan itu, sanksi yang dijatuhkan Uni Eropa kepada Belarus "
              "berlaku sejak Mei.")
    assert pairs(rec, "SANCTION") == [(["Uni Eropa"], ["Belarus"])]


def test_subject_before_saat_ini_and_an_approximate_object():
    rec = run("Malaysia saat ini menampung lebih dari 100.000 orang Rohingya di kamp darurat.")
    assert pairs(rec, "AID") == [(["Malaysia"], ["Rohingya"])]


def test_delegation_to_a_summit_is_aimed_at_its_host():
    rec = run("Vietnam mengirim delegasi ke KTT COP30 di Brasil pekan lalu.")
    assert pairs(rec, "CONSULT") == [(["Vietnam"], ["Brasil"])]
    assert not any("COP30" in a.name for a in rec.actors)


def test_pronoun_opening_reported_content_is_its_speakers():
    rec = run("Laos dan Kamboja menggelar pertemuan di Vientiane. "
              "Kedua negara mengatakan mereka akan membela Thailand.")
    assert [(sorted(s), t) for s, t in pairs(rec, "AGREE")] == [(["Kamboja", "Laos"],
                                                                 ["Thailand"])]
    rec = run("Perdana Menteri Laos Rina Astuti mengatakan mereka akan membela Thailand.")
    assert "Rina Astuti" not in [n for s, _ in pairs(rec, "AGREE") for n in s]


def test_dateline_is_no_subject_and_a_collective_no_verb():
    rec = run("TEMPO.CO, Jakarta - Ratusan mahasiswa kembali melakukan unjuk rasa di Gedung "
              "DPR, Jakarta, Jumat 23 Agustus 2024.")
    assert [s for s, _ in pairs(rec, "PROTEST")] == [["mahasiswa"]]
    assert not any("TEMPO" in a.name for a in rec.actors)


def test_capital_after_a_place_head_stands_for_its_state():
    rec = run("ECOWAS mengirim delegasi ke Ibu Kota Niamey pada Kamis.")
    assert pairs(rec, "CONSULT") == [(["ECOWAS"], ["Niger"])]
    assert not any(a.name.startswith("Ibu") for a in rec.actors)


def test_event_noun_in_a_reason_phrase_has_no_subject_source():
    rec = run("Kanada menjatuhkan sanksi baru terhadap Belarus atas invasi ke Lituania.")
    assert types(rec) == {"SANCTION"}


def test_phone_call_apology_and_declared_support():
    rec = run("Presiden Kenya Rina Astuti menelepon Presiden Uganda Dedi Kurnia pada Jumat.")
    assert pairs(rec, "CONSULT") == [(["Rina Astuti"], ["Dedi Kurnia"])]
    rec = run("Belgia meminta maaf kepada Kongo atas kekerasan pada masa kolonial.")
    assert pairs(rec, "CONCEDE") == [(["Belgia"], ["Republik Demokratik Kongo"])]
    assert "REQUEST" not in types(rec)
    rec = run("Pemerintah Malaysia menyatakan dukungan penuh terhadap Palestina.")
    assert pairs(rec, "SUPPORT") == [(["Malaysia"], ["Palestina"])]


def test_summoned_ambassador_is_aimed_at_the_state_he_represents():
    rec = run("Kementerian Luar Negeri Malaysia memanggil Duta Besar Myanmar pada Senin.")
    [(_, targets)] = pairs(rec, "REQUEST")
    assert targets == ["Myanmar"]
    assert rec.events[0].trigger.text == "memanggil Duta Besar"


def test_receiving_a_person_or_a_delegation_is_their_visit():
    rec = run("Presiden Kenya Rina Astuti menerima Perdana Menteri Uganda Dedi Kurnia di Nairobi.")
    assert pairs(rec, "CONSULT") == [(["Dedi Kurnia"], ["Rina Astuti"])]
    rec = run("Ketua Parlemen Kenya Rina Astuti menerima delegasi parlemen Jepang di Nairobi.")
    assert pairs(rec, "CONSULT") == [(["Jepang"], ["Rina Astuti"])]


def test_signing_parties_are_all_sources_and_keduanya_is_both():
    rec = run("Kenya dan Uganda menandatangani perjanjian perbatasan di Nairobi.")
    assert [(sorted(s), t) for s, t in pairs(rec, "SUPPORT")] == [(["Kenya", "Uganda"], [])]
    rec = run("Presiden Kenya Rina Astuti bertemu Presiden Uganda Dedi Kurnia di Nairobi. "
              "Keduanya kemudian menandatangani perjanjian perbatasan.")
    assert [sorted(s) for s, _ in pairs(rec, "SUPPORT")] == [["Dedi Kurnia", "Rina Astuti"]]
    assert not any(a.name in ("Keduanya", "perbatasan") for a in rec.actors)


def test_threat_with_no_object_is_aimed_at_whoever_its_condition_names():
    rec = run("Iran mengancam akan membalas jika Israel menyerang fasilitas nuklirnya.")
    assert pairs(rec, "THREATEN") == [(["Iran"], ["Israel"])]
    assert "ASSAULT" not in types(rec)


def test_collective_named_after_a_former_state_is_a_group_not_the_place():
    rec = run("Rusia mengecam negara-negara bekas Soviet yang bergabung dengan NATO.")
    assert pairs(rec, "ACCUSE") == [(["Rusia"], ["negara-negara bekas Soviet"])]


def test_counted_leaders_and_an_attack_a_verb_acts_with():
    rec = run("Presiden Kenya Rina Astuti dan Presiden Uganda Dedi Kurnia bertemu di Nairobi. "
              "Kedua pemimpin itu berjanji memperdalam kerja sama.")
    assert [sorted(s) for s, _ in pairs(rec, "AGREE")] == [["Dedi Kurnia", "Rina Astuti"]]
    rec = run("Militer Israel membalas dengan serangan udara ke Lebanon selatan.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Lebanon"])]


def test_a_visit_to_meet_someone_is_one_meeting():
    rec = run("Perdana Menteri Jepang Rina Astuti berkunjung ke Jakarta untuk bertemu Presiden "
              "Indonesia Dedi Kurnia.")
    [(sources, targets)] = pairs(rec, "CONSULT")
    assert sources == ["Rina Astuti"] and "Dedi Kurnia" in targets


def test_investigations_and_naming_a_suspect_are_accusations():
    rec = run("KPK memeriksa mantan Menteri Pertanian Rina Astuti pada Senin.")
    assert pairs(rec, "ACCUSE") == [(["KPK"], ["Rina Astuti"])]
    rec = run("KPK menetapkan Gubernur Maluku Utara Dedi Kurnia sebagai tersangka.")
    assert pairs(rec, "ACCUSE") == [(["KPK"], ["Dedi Kurnia"])]


def test_first_person_act_in_a_quote_is_the_speakers():
    rec = run('"Kami menolak tuduhan Amerika Serikat itu," ujar juru bicara Kementerian Luar '
              'Negeri China Wang Wenbin.')
    assert pairs(rec, "REJECT") == [(["Wang Wenbin"], ["Amerika Serikat"])]


def test_quoted_promise_of_the_speaker_is_an_agreement():
    rec = run('"Kami akan mengirim bantuan kemanusiaan ke Palestina," kata Presiden Prabowo.')
    assert pairs(rec, "AGREE") == [(["Prabowo"], ["Palestina"])]


def test_third_party_act_in_a_quote_is_a_claim_not_an_event():
    rec = run('"Rusia telah menyerang rumah sakit di Kharkiv," kata Presiden Ukraina '
              'Volodymyr Zelensky.')
    assert "ASSAULT" not in types(rec)


def test_the_latter_is_the_second_of_the_pair_just_named():
    rec = run("Ketegangan antara Armenia dan Azerbaijan memuncak setelah yang terakhir mengklaim "
              "telah menembak jatuh sebuah drone Armenia.")
    assert pairs(rec, "ASSAULT") == [(["Azerbaijan"], ["Armenia"])]


def test_claim_of_another_partys_act_is_no_event():
    rec = run("Azerbaijan mengklaim Armenia telah menembaki desa-desa di perbatasan.")
    assert "ASSAULT" not in types(rec)


def test_event_noun_with_its_source_after_dari():
    rec = run("Kecaman dari PBB terhadap Israel semakin keras. "
              "Dukungan dari Jepang untuk Filipina terus mengalir.")
    assert pairs(rec, "ACCUSE") == [(["Perserikatan Bangsa-Bangsa"], ["Israel"])]
    assert pairs(rec, "SUPPORT") == [(["Jepang"], ["Filipina"])]


def test_preposition_before_a_verb_opens_a_clause_not_a_target():
    rec = run("Megawati Soekarnoputri memerintahkan kepada semua kader agar mendukung "
              "kebijakan Jokowi.")
    assert all("Jokowi" not in targets for _, targets in pairs(rec, "REQUEST"))


def test_dispersing_a_protest_is_coercion_of_the_protesters():
    rec = run("Polisi membubarkan unjuk rasa mahasiswa di depan Gedung DPR.")
    assert pairs(rec, "COERCE") == [(["Polisi"], ["mahasiswa"])]
    assert "PROTEST" not in types(rec)


def test_military_exercise_is_mobilisation_and_joint_one_cooperation():
    rec = run("China menggelar latihan militer besar-besaran di sekitar Taiwan. Indonesia dan "
              "Australia menggelar latihan militer bersama di Darwin.")
    assert pairs(rec, "MOBILIZE") == [(["Tiongkok"], ["Taiwan"])]
    assert pairs(rec, "COOPERATE") == [(["Indonesia", "Australia"], [])]


def test_withdrawal_needs_no_target():
    rec = run("Pasukan Israel menarik diri dari Jalur Gaza utara.")
    assert pairs(rec, "RETREAT") == [(["Israel"], [])]


def test_forceful_warning_is_a_threat_and_a_police_report_an_accusation():
    rec = run("Amerika Serikat memperingatkan Iran agar tidak menyerang Israel. "
              "Partai Demokrat melaporkan Moeldoko ke polisi.")
    assert pairs(rec, "THREATEN") == [(["Amerika Serikat"], ["Iran"])]
    assert pairs(rec, "ACCUSE") == [(["Partai Demokrat"], ["Moeldoko"])]


def test_accepted_or_refused_proposal_is_aimed_at_whoever_made_it():
    rec = run("Hamas menerima usulan gencatan senjata yang diajukan Mesir dan Qatar. "
              "Israel menolak usulan gencatan senjata dari Hamas.")
    assert pairs(rec, "AGREE") == [(["Hamas"], ["Mesir", "Qatar"])]
    assert pairs(rec, "REJECT") == [(["Israel"], ["Hamas"])]


def test_laws_are_no_actors_and_signing_a_regulation_is_no_support():
    rec = run("Fraksi PKS menolak Rancangan Undang-Undang Penyiaran. Presiden Jokowi "
              "menandatangani Peraturan Pemerintah tentang Tapera.")
    assert not [a for a in rec.actors if "Undang" in a.name]
    assert "SUPPORT" not in types(rec)


def test_terhadap_after_an_object_belongs_to_the_object():
    rec = run("PDI Perjuangan mengecam tindakan aparat terhadap mahasiswa.")
    assert pairs(rec, "ACCUSE") == [(["PDI Perjuangan"], ["aparat"])]


def test_place_phrase_after_a_named_subject_is_no_source():
    rec = run("Pasukan Belarus di Polandia menyerang Lituania pada Senin.")
    assert pairs(rec, "ASSAULT") == [(["Belarus"], ["Lituania"])]
    rec = run("Serangan udara Turki di Suriah menewaskan 12 warga Kurdi.")
    assert [s for s, _ in pairs(rec, "ASSAULT")] == [["Turki"]]
    assert "Suriah" not in {a.name for a in rec.actors if a.type.value == "Person"}


def test_event_noun_with_words_of_its_kind_before_its_agent():
    rec = run("Serangan udara Turki terhadap Irak utara menewaskan dua orang.")
    assert (["Turki"], ["Irak"]) in pairs(rec, "ASSAULT")
    rec = run("Bantuan kemanusiaan dari Qatar untuk Afganistan tiba pada Senin.")
    assert pairs(rec, "AID") == [(["Qatar"], ["Afganistan"])]


def test_missile_launch_is_mobilisation_and_a_sea_is_no_target():
    rec = run("Korea Utara meluncurkan dua rudal balistik ke arah Laut Jepang pada Kamis.")
    assert pairs(rec, "MOBILIZE") == [(["Korea Utara"], [])]
    rec = run("Iran meluncurkan serangan rudal ke Israel pada Selasa malam.")
    assert pairs(rec, "ASSAULT") == [(["Iran"], ["Israel"])]
    assert "MOBILIZE" not in types(rec)


def test_released_captives_and_a_summons_to_meet():
    rec = run("Taliban membebaskan dua tawanan asal Australia pada Rabu.")
    assert pairs(rec, "RETREAT") == [(["Taliban"], ["Australia"])]
    rec = run("Presiden Joko Widodo memanggil Kapolri Listyo Sigit untuk bertemu di Istana.")
    assert pairs(rec, "REQUEST") == [(["Joko Widodo"], ["Listyo Sigit"])]


def test_announced_hostile_act_is_a_threat_but_a_prediction_is_not():
    rec = run("Kanada akan menjatuhkan sanksi baru terhadap Belarus.")
    assert pairs(rec, "THREATEN") == [(["Kanada"], ["Belarus"])]
    assert "SANCTION" not in types(rec)
    rec = run("Menteri Perdagangan Sung Yun-mo mengumumkan rencana untuk menggugat Jepang.")
    assert pairs(rec, "THREATEN") == [(["Sung Yun-mo"], ["Jepang"])]
    rec = run("Analis itu mengatakan Turki akan menyerang Suriah.")
    assert "THREATEN" not in types(rec) and "ASSAULT" not in types(rec)
    rec = run("Turki bisa menyerang Suriah kapan saja.")
    assert not rec.events


def test_giving_aid_or_support_takes_the_type_of_the_noun():
    rec = run("Korea Selatan memberikan bantuan kemanusiaan kepada Myanmar.")
    assert pairs(rec, "AID") == [(["Korea Selatan"], ["Myanmar"])]
    rec = run("Kanada akan menyalurkan bantuan senilai 3 juta dolar kepada Haiti.")
    assert pairs(rec, "AGREE") == [(["Kanada"], ["Haiti"])]


def test_a_comma_before_the_next_predicate_ends_the_targets_of_the_first():
    rec = run("Partai Hijau mendukung rencana itu, bahkan terus mendesak agar Senat segera "
              "mengesahkannya.")
    assert "SUPPORT" not in types(rec)
    assert pairs(rec, "REQUEST") == [(["Partai Hijau"], ["Senat"])]


def test_each_other_makes_every_party_source_and_target():
    rec = run("Armenia dan Azerbaijan saling tuduh melanggar gencatan senjata.")
    assert pairs(rec, "ACCUSE") == [(["Armenia", "Azerbaijan"], ["Armenia", "Azerbaijan"])]


def test_event_noun_with_an_agent_after_oleh():
    rec = run("Setelah serangan oleh Hizbullah ke Israel, ribuan warga mengungsi.")
    assert pairs(rec, "ASSAULT") == [(["Hizbullah"], ["Israel"])]


def test_an_accusation_ends_at_the_next_predicate_and_a_plan_keeps_its_subject():
    rec = run('Kanselir Jerman Olaf Scholz menuduh Rusia "mengacaukan" kawasan itu, mengatakan '
              "Berlin berencana untuk menawarkan NATO tambahan pasukan.")
    assert pairs(rec, "ACCUSE") == [(["Olaf Scholz"], ["Rusia"])]
    assert pairs(rec, "AGREE") == [(["Jerman"], ["NATO"])]


def test_a_claim_that_another_did_a_hostile_act_is_an_accusation():
    rec = run("Azerbaijan mengklaim Armenia menyerang pos perbatasan dengan drone.")
    assert pairs(rec, "ACCUSE") == [(["Azerbaijan"], ["Armenia"])]
    assert "ASSAULT" not in types(rec)
    rec = run("Iran mengklaim telah menembak jatuh sebuah drone Amerika Serikat.")
    assert "ACCUSE" not in types(rec)


def test_subject_before_a_relative_clause_set_off_by_commas():
    rec = run("Kanselir Jerman Olaf Scholz, yang sebelumnya bertemu Presiden Prancis Emmanuel "
              "Macron, mengecam Rusia.")
    assert pairs(rec, "CONSULT") == [(["Olaf Scholz"], ["Emmanuel Macron"])]
    assert pairs(rec, "ACCUSE") == [(["Olaf Scholz"], ["Rusia"])]


def test_subject_before_an_inserted_place_phrase():
    rec = run("Presiden Filipina Ferdinand Marcos, di Manila setelah menerima para pengusaha, "
              "mengecam Tiongkok.")
    assert pairs(rec, "ACCUSE") == [(["Ferdinand Marcos"], ["Tiongkok"])]


def test_relative_clause_with_its_own_subject_keeps_it():
    from graph.extract.clauses import subject_region
    from graph.nlp import pipeline

    doc = pipeline.load("id")("Ia memuji Modi, yang partainya menyerang Kongres.")
    verb = next(t.i for t in doc if t.text == "menyerang")
    assert subject_region(doc, 0, verb, "id").text == "partainya"


def test_object_named_after_a_reduplicated_noun():
    rec = run("Tentara Israel menyerang fasilitas-fasilitas militer Suriah di perbatasan.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Suriah"])]


def test_manner_word_after_the_verb_is_skipped():
    rec = run("Uni Afrika mengecam keras penangkapan terhadap Ali Hassan.")
    assert not pairs(rec, "ACCUSE")


def test_memerintah_is_to_govern_not_to_order():
    rec = run("Partai Kongres memerintah India selama puluhan tahun.")
    assert "REQUEST" not in types(rec)


def test_fronted_setting_clause_takes_the_main_subject():
    rec = run("Seusai bertemu Presiden Vietnam To Lam, Perdana Menteri Jepang Fumio Kishida "
              "mengecam Korea Utara.")
    assert pairs(rec, "CONSULT") == [(["Fumio Kishida"], ["To Lam"])]


def test_fronted_clause_ends_at_its_comma():
    rec = run("Setelah Israel menyerang Beirut, Presiden Lebanon Joseph Aoun meminta bantuan "
              "Prancis.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Lebanon"])]


def test_setting_clause_inside_the_subject_takes_it():
    rec = run("Kanselir Jerman Olaf Scholz, di Berlin setelah melakukan pembicaraan dengan "
              "Presiden Polandia Andrzej Duda, mengecam Belarus.")
    assert pairs(rec, "CONSULT") == [(["Olaf Scholz"], ["Andrzej Duda"])]


def test_stance_prefix_names_no_actor():
    rec = run("Kelompok pro-Rusia di Moldova menuduh Chisinau menindas mereka.")
    assert "Rusia" not in {a.name for a in rec.actors}


def test_party_cadres_are_a_collective():
    rec = run("Ketua Umum Partai Golkar Airlangga Hartarto meminta seluruh kader mematuhi "
              "keputusan partai.")
    assert pairs(rec, "REQUEST") == [(["Airlangga Hartarto"], ["kader"])]


def test_what_must_be_done_is_no_promise_or_act():
    rec = run("Kebijakan Presiden Prabowo Subianto itu seharusnya didukung oleh para kader.")
    assert not rec.events


def test_temu_forms():
    rec = run("Menteri Kesehatan Budi Gunadi Sadikin menemui Presiden Joko Widodo di Istana. "
              "Kepala Badan Pangan Arief Prasetyo Adi berbicara dalam temu media bersama "
              "Menteri Pertanian Andi Amran Sulaiman.")
    assert pairs(rec, "CONSULT") == [(["Budi Gunadi Sadikin"], ["Joko Widodo"])]


def test_denial_of_a_charge_set_beside_what_was_said():
    rec = run("Para aktivis lingkungan mengatakan perusahaan tambang itu mencemari Sungai "
              "Citarum, tuduhan yang dibantah Kementerian Perindustrian.")
    assert pairs(rec, "REJECT") == [(["Kementerian Perindustrian"], ["aktivis lingkungan"])]
    assert not rec.statements[0].content.text.endswith("Perindustrian")


def test_an_unaffixed_event_word_used_as_a_noun_is_no_act_of_the_subject():
    rec = run("Menteri Luar Negeri Kanada Melanie Joly tiba di Jakarta setelah eksekusi mati dua "
              "warga Kanada.\n\nPolisi menyebut demo sudah disusupi kelompok anarko.")
    assert types(rec) <= {"CONSULT"}


def test_both_sides_accuse_each_other_after_a_pair_reference():
    rec = run("Armenia dan Azerbaijan kembali bersitegang. Kedua negara bulan lalu kembali "
              "saling menuduh bahwa masing-masing telah mengerahkan pasukan.")
    assert pairs(rec, "ACCUSE") == [(["Armenia", "Azerbaijan"], ["Armenia", "Azerbaijan"])]


def test_a_subject_after_a_fronted_adverbial_clause():
    rec = run("Setelah pertempuran enam minggu yang merenggut ribuan nyawa, Armenia dan "
              "Azerbaijan sepakat melakukan gencatan senjata.")
    assert pairs(rec, "AGREE") == [(["Armenia", "Azerbaijan"], [])]


def test_a_launch_at_a_target_is_an_attack_one_at_the_sea_a_show_of_force():
    rec = run("Kelompok Hamas meluncurkan roket ke Israel pada Rabu. Korea Utara meluncurkan "
              "rudal ke arah Laut Jepang.")
    assert pairs(rec, "ASSAULT") == [(["Hamas"], ["Israel"])]
    assert pairs(rec, "MOBILIZE") == [(["Korea Utara"], [])]


def test_a_denial_answers_the_last_speaker_who_charged_its_source():
    rec = run("Kementerian Pertahanan Azerbaijan mengatakan militer Armenia melanggar "
              "perbatasan. Di sisi lain, Armenia membantah tuduhan itu.")
    assert pairs(rec, "REJECT") == [(["Armenia"], ["Kementerian Pertahanan Azerbaijan"])]


def test_an_accusation_issued_in_a_statement_aims_at_the_subject_of_its_clause():
    rec = run("Kementerian Luar Negeri Serbia mengeluarkan pernyataan yang menuduh bahwa "
              "pemerintah Kroasia menyebarkan disinformasi.")
    assert pairs(rec, "ACCUSE") == [(["Kementerian Luar Negeri Serbia"], ["Kroasia"])]
    assert rec.statements[0].content.text == "pemerintah Kroasia menyebarkan disinformasi"


def test_a_border_where_states_meet_is_no_meeting():
    rec = run("Sengketa itu terjadi di Segitiga Zamrud, tempat perbatasan Thailand, Kamboja dan "
              "Laos bertemu.")
    assert "CONSULT" not in types(rec)


def test_recalling_an_ambassador_from_a_capital_is_aimed_at_its_state():
    rec = run("Bangkok juga menarik pulang utusan Duta Besarnya dari Phnom Penh.")
    assert pairs(rec, "SANCTION") == [(["Thailand"], ["Kamboja"])]


def test_the_purpose_of_an_announced_act_is_not_done_either():
    rec = run("Perdana Menteri Jepang Fumio Kishida berikrar akan bertindak bersama negara lain "
              "untuk menghalangi provokasi Korea Utara.")
    assert "COERCE" not in types(rec)


def test_an_event_noun_s_owner_on_the_speaker_s_side_is_no_target():
    rec = run("Juru bicara pemerintah Jepang Hirokazu Matsuno menyatakan protes Jepang terhadap "
              "peluncuran rudal Korea Utara.")
    assert pairs(rec, "ACCUSE") == [(["Hirokazu Matsuno"], ["Korea Utara"])]


def test_a_new_subject_that_names_no_actor_ends_the_last_one():
    rec = run("Menteri Luar Negeri Malaysia Mohamad Hasan menekankan bahwa serangan tersebut "
              "bertentangan dengan kemanusiaan dan mengancam stabilitas Indonesia.")
    assert "THREATEN" not in types(rec)


def test_a_statement_that_charges_another_party_is_an_accusation():
    rec = run('"Kejahatan Israel terhadap warga Palestina tidak akan dibiarkan," kata juru bicara '
              'Hamas Hazem Qassem. Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova '
              'mengatakan Amerika Serikat terus menyebarkan tuduhan yang dibuat-buat.')
    assert pairs(rec, "ACCUSE") == [(["Hazem Qassem"], ["Israel"]),
                                    (["Maria Zakharova"], ["Amerika Serikat"])]


def test_a_named_party_a_speaker_says_is_suspected_of_an_act_is_accused():
    rec = run("Menurut jaksa Rina Hartono, Ahmad Yusuf diduga menerima uang dari kontraktor. "
              "Juru bicara polisi Budi Santoso mengatakan petugas menangkap warga yang diduga "
              "merusak pagar.")
    assert pairs(rec, "ACCUSE") == [(["Rina Hartono"], ["Ahmad Yusuf"])]


def test_a_charge_that_is_only_talked_about_or_denied_accuses_no_one():
    rec = run("Menteri Luar Negeri Retno Marsudi mengatakan kasus pelanggaran di Myanmar "
              "dibahas ASEAN. Ia menegaskan langkah Indonesia bukan provokasi terhadap China.")
    assert "ACCUSE" not in types(rec)


def test_counted_victims_are_a_group_and_a_missile_fired_at_no_one_a_show_of_force():
    rec = run("Serangan udara Israel pada Minggu menewaskan sedikitnya 14 orang. Korea Utara "
              "menembakkan apa yang terlihat sebagai rudal balistik pada Senin.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["14 orang"])]
    assert pairs(rec, "MOBILIZE") == [(["Korea Utara"], [])]


def test_an_organisation_named_with_a_conjunction_stays_whole():
    rec = run("Kementerian Hukum dan Hak Asasi Manusia menolak mengesahkan kepengurusan "
              "Partai Demokrat versi KLB.")
    assert [rec.actor(k).name for e in rec.events for k in e.sources] == [
        "Kementerian Hukum dan Hak Asasi Manusia"]


def test_an_obligation_a_party_undergoes_is_no_demand_and_filing_a_report_no_complaint():
    rec = run("Hasto mengatakan sikap Megawati tersebut harus dicontoh oleh seluruh kader. "
              "Menurut Taufik, DPR perlu mendengar pandangan pemerintah. Menteri Retno melapor "
              "LHKPN ke KPK.")
    assert pairs(rec, "REQUEST") == [(["Taufik"], ["DPR"])]
    assert "ACCUSE" not in types(rec)
    assert all(s.cue.text != "melapor" for s in rec.statements)


def test_a_cited_outlet_is_no_actor():
    rec = run("Teroris, mengutip NDTV, yang menembakkan ribuan roket dari Jalur Gaza, melarikan "
              "diri dengan sekitar 100 sandera.")
    assert "NDTV" not in {a.name for a in rec.actors}


def test_sanctions_passed_and_diplomats_restricted():
    rec = run("Uni Eropa mengesahkan paket sanksi baru terhadap Belarus. Uni Eropa juga "
              "membatasi pergerakan diplomat Iran di Brussel.")
    assert pairs(rec, "SANCTION") == [(["Uni Eropa"], ["Belarus"]), (["Uni Eropa"], ["Iran"])]


def test_a_condemned_attack_is_reported_with_the_place_it_hits():
    rec = run("Suriah mengutuk serangan udara Turki di Aleppo pada Senin. Yordania mengecam "
              "serangan Israel ke Lebanon.")
    assert pairs(rec, "ACCUSE") == [(["Suriah"], ["Turki"]), (["Yordania"], ["Israel"])]
    assert pairs(rec, "ASSAULT") == [(["Turki"], ["Aleppo"]), (["Israel"], ["Lebanon"])]


def test_a_condemned_threat_of_attack_is_no_attack():
    rec = run("Yordania mengecam ancaman serangan Israel ke Lebanon.")
    assert "ASSAULT" not in types(rec)


def test_a_visit_completed_and_a_meeting_target_not_sought_past_tanpa():
    rec = run("Menteri Luar Negeri Jepang Taro Kono menyelesaikan kunjungan ke Seoul. Para menteri "
              "menyelesaikan pertemuan di Kairo tanpa menyelesaikan perbedaan atas bendungan "
              "Ethiopia.")
    assert pairs(rec, "CONSULT") == [(["Taro Kono"], ["Korea Selatan"])]


def test_two_acts_of_one_type_by_different_predicates_stay_two_events():
    rec = run("Uni Eropa mengesahkan paket sanksi baru terhadap Belarus. Uni Eropa juga "
              "membatasi pergerakan diplomat Belarus. Sanksi Uni Eropa terhadap Belarus itu "
              "berlaku mulai Senin.")
    assert pairs(rec, "SANCTION") == [(["Uni Eropa"], ["Belarus"])] * 2


def test_an_announced_refusal_of_a_proposal_answers_its_proposer():
    rec = run("Ketua Umum Partai Golkar Budi Santoso memastikan Golkar akan menolak hak angket "
              "DPR yang diusulkan Rina Hartono. Partai Demokrat secara terbuka menentang usulan "
              "Rina Hartono itu.")
    assert pairs(rec, "REJECT") == [(["Partai Golkar"], ["Rina Hartono"]),
                                    (["Partai Demokrat"], ["Rina Hartono"])]


def test_calling_a_named_party_s_act_improper_accuses_it_not_the_generic_person():
    rec = run("Juru bicara Kementerian Luar Negeri Rina Hartono mengatakan tindakan Duta Besar "
              "Malaysia Ahmad Fadil itu sangat tidak patut dilakukan oleh seorang duta besar.")
    assert pairs(rec, "ACCUSE") == [(["Rina Hartono"], ["Ahmad Fadil"])]


def test_a_joint_exercise_is_cooperation():
    rec = run("Amerika Serikat dan Korea Selatan menggelar latihan gabungan di Laut Kuning.")
    assert pairs(rec, "COOPERATE") == [(["Amerika Serikat", "Korea Selatan"], [])]


def test_a_counted_group_of_victims_keeps_its_number():
    rec = run("Serangan udara Israel menewaskan lebih dari 14 ribu orang.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["14 ribu orang"])]


def test_a_place_inside_what_a_proposal_asks_is_not_where_it_is_made():
    rec = run("Rusia mengusulkan agar Amerika Serikat tidak mendirikan pangkalan militer di "
              "Polandia.")
    assert pairs(rec, "REQUEST") == [(["Rusia"], ["Amerika Serikat"])]
    assert rec.events[0].place is None


def test_ships_hit_by_an_attack_stand_for_their_owner_who_charges_the_attacker():
    rec = run("Vietnam mengatakan kapal-kapalnya terkena tembakan meriam air Tiongkok pada hari "
              "Sabtu. Vietnam telah mengajukan protes diplomatik kepada Tiongkok.")
    assert pairs(rec, "ASSAULT") == []  # the victim's account is its charge (guide §3)
    assert pairs(rec, "ACCUSE")[0] == (["Vietnam"], ["Tiongkok"])


def test_a_summit_spelled_out_with_its_acronym_is_no_actor():
    rec = run("Min Aung Hlaing akan menghadiri Konferensi Tingkat Tinggi (KTT) ASEAN di Jakarta.")
    assert not [a for a in rec.actors if a.name.startswith("Konferensi")]


def test_a_possible_act_is_not_coded():
    rec = run("Pemerintah Myanmar yang digulingkan kemungkinan akan mengecam Thailand.")
    assert not rec.events


def test_an_act_claimed_by_its_own_agent_after_berhasil():
    rec = run("Presiden Rina Hartono mengklaim telah berhasil menangkap pemimpin pemberontak Budi "
              "Santoso. Polisi berhasil menangkap Ahmad Fadil di Medan.")
    assert pairs(rec, "COERCE") == [(["Rina Hartono"], ["Budi Santoso"]),
                                    (["Polisi"], ["Ahmad Fadil"])]


def test_an_attack_aimed_by_a_relative_clause():
    rec = run("Militer Turki melakukan serangkaian pemboman yang menargetkan militan senior dari "
              "kelompok Hamas. Rusia melancarkan serangan yang menyasar warga sipil di Kharkiv.")
    assert pairs(rec, "ASSAULT") == [(["Turki"], ["Hamas"]),
                                     (["Rusia"], ["warga sipil di Kharkiv"])]


def test_an_overthrow_is_coercion():
    rec = run("Militer Niger menggulingkan Presiden Mohamed Bazoum pada Rabu.")
    assert pairs(rec, "COERCE") == [(["Niger"], ["Mohamed Bazoum"])]


def test_hostages_taken_and_a_person_jailed():
    rec = run("Hamas menyandera 200 warga Israel. Pengadilan memenjarakan Budi Santoso.")
    assert pairs(rec, "ASSAULT") == [(["Hamas"], ["warga Israel"])]
    assert pairs(rec, "COERCE") == [(["Pengadilan"], ["Budi Santoso"])]


def test_a_warning_of_a_cost_threatens_the_party_named_in_it_not_one_s_own_side():
    rec = run("Juru bicara Kremlin Dmitry Peskov memperingatkan bahwa Kiev akan menanggung "
              "konsekuensinya. Menteri Luar Negeri Iran Hossein Amirabdollahian memperingatkan "
              "bahwa Republik Iran akan memberikan respons yang cepat.")
    assert pairs(rec, "THREATEN") == [(["Dmitry Peskov"], ["Ukraina"])]
    assert not [a for a in rec.actors if a.name == "Republik Iran"]


def test_missiles_fired_into_a_sea_are_a_launch_at_no_one():
    rec = run("Korea Utara menembakkan dua peluru kendali balistik ke Laut Jepang pada Jumat.")
    assert pairs(rec, "MOBILIZE") == [(["Korea Utara"], [])]
    assert pairs(rec, "ASSAULT") == []


def test_a_violated_resolution_is_not_the_party_charged():
    rec = run('"Peluncuran itu adalah pelanggaran yang jelas terhadap resolusi PBB," kata juru '
              "bicara Kementerian Luar Negeri Jepang Hiro Tanaka.")
    assert pairs(rec, "ACCUSE") == []


def test_a_protest_named_after_a_speech_verb_is_not_the_speakers():
    rec = run("Kapolres Budi Santoso mengatakan demonstrasi mahasiswa di depan Gedung DPR telah "
              "berizin.")
    assert all(rec.actor(s).name != "Budi Santoso" for e in rec.events for s in e.sources)


def test_groups_blocking_a_road_protest_and_states_blocking_coerce():
    rec = run("Mahasiswa menutup Jalan Gatot Subroto dan menuntut DPR membatalkan revisi "
              "undang-undang. Massa juga memblokade Jalan Medan Merdeka Barat.")
    assert pairs(rec, "PROTEST") == [(["Mahasiswa"], ["DPR"])] and "COERCE" not in types(rec)
    assert not any(a.name in ("Gatot Subroto", "Barat") for a in rec.actors)
    assert pairs(run("Israel memblokade Jalur Gaza."), "COERCE") == [(["Israel"], ["Jalur Gaza"])]


def test_leaving_a_coalition_is_no_military_withdrawal():
    assert pairs(run("Partai Hijau menarik diri dari koalisi pemerintah."), "RETREAT") == []
    assert pairs(run("Pasukan Rusia menarik diri dari Kherson pada Rabu."), "RETREAT") == [
        (["Rusia"], [])]


def test_the_party_an_attack_is_aimed_at_is_not_charged_with_it():
    rec = run('"Serangan Israel terhadap Rafah adalah kejahatan perang," kata Menteri Luar Negeri '
              "Yordania Ayman Safadi.")
    assert pairs(rec, "ACCUSE") == [(["Ayman Safadi"], ["Israel"])]


def test_a_fronted_comparison_is_no_subject_and_tel_aviv_stands_for_israel():
    rec = run("Sama seperti Mesir, Yordania juga menyatakan kecamannya terhadap Israel. Amman "
              "menuduh Tel Aviv melakukan kejahatan perang.")
    assert pairs(rec, "ACCUSE") == [(["Yordania"], ["Israel"])] * 2


def test_an_adverb_after_a_collective_is_not_part_of_it():
    rec = run("Dalam aksinya, mahasiswa sampai menutup Jalan Gatot Subroto dan menuntut DPR "
              "membatalkan revisi undang-undang.")
    assert pairs(rec, "PROTEST") == [(["mahasiswa"], ["DPR"])]


def test_summons_for_questioning_and_the_adverb_tetap():
    rec = run("KPK tetap memanggil Hasto untuk diperiksa sebagai tersangka.")
    assert [(e.type, e.trigger.text) for e in rec.events] == [("REQUEST", "memanggil")]


def test_withdrawn_support_and_cut_contacts_are_sanctions():
    assert pairs(run("Partai Demokrat resmi mencabut dukungan terhadap Anies Baswedan."),
                 "SANCTION") == [(["Partai Demokrat"], ["Anies Baswedan"])]
    assert pairs(run("Inggris memutus kontak diplomatik dengan Rusia."), "SANCTION") == [
        (["Inggris"], ["Rusia"])]


def test_an_attack_on_locations_in_a_state_is_aimed_at_the_state():
    rec = run("Militer India menyerang sembilan lokasi di Pakistan pada Rabu.")
    assert pairs(rec, "ASSAULT") == [(["India"], ["Pakistan"])]


def test_a_denial_answers_the_accuser():
    rec = run("India menuduh Pakistan mendukung kelompok militan. Pakistan membantah "
              "keterlibatannya.")
    assert pairs(rec, "REJECT") == [(["Pakistan"], ["India"])]


def test_a_statement_whose_content_calls_on_a_party_is_its_issuers_request():
    rec = run("Kementerian Luar Negeri Mesir merilis pernyataan yang isinya menyerukan Israel "
              "untuk menghentikan operasi militer di Rafah.")
    assert pairs(rec, "REQUEST") == [(["Kementerian Luar Negeri Mesir"], ["Israel"])]


def test_questioning_and_a_pretrial_challenge_are_accusations():
    assert pairs(run("KPK masih melakukan pemeriksaan terhadap Bupati Budi Santoso."),
                 "ACCUSE") == [(["KPK"], ["Budi Santoso"])]
    assert pairs(run("Hasto Kristiyanto kembali mengajukan praperadilan terhadap KPK."),
                 "ACCUSE") == [(["Hasto Kristiyanto"], ["KPK"])]
    assert run("Pemeriksaan kesehatan dilakukan di rumah sakit.").events == []


def test_a_call_or_meeting_in_a_fronted_setting_joins_the_main_subject_and_its_partner():
    rec = run("Dalam panggilan telepon pada Minggu, Presiden Erdogan mengatakan kepada Presiden "
              "Vladimir Putin bahwa gencatan senjata harus dicapai.")
    assert pairs(rec, "CONSULT") == [(["Erdogan"], ["Vladimir Putin"])]
    rec = run("Dalam percakapan telepon dengan Putin, Erdogan meminta gencatan senjata.")
    assert pairs(rec, "CONSULT") == [(["Erdogan"], ["Putin"])]
    assert pairs(run("Polisi menerima panggilan telepon dari warga."), "CONSULT") == []


def test_talks_held_past_a_counted_unit_and_annexations():
    rec = run("Sejauh ini, Rusia dan Ukraina telah mengadakan tiga putaran pembicaraan langsung di "
              "Belarus. Krimea dianeksasi oleh Rusia pada 2014.")
    assert pairs(rec, "CONSULT") == [(["Rusia", "Ukraina"], [])]
    assert pairs(rec, "COERCE") == [(["Rusia"], ["Krimea"])]


def test_criticising_charging_and_a_quoted_protest_noun():
    assert pairs(run('China mengajukan "protes serius" kepada Uni Eropa atas sanksi itu.'),
                 "ACCUSE") == [(["Tiongkok"], ["Uni Eropa"])]
    assert pairs(run("Mahasiswa mengkritisi putusan Mahkamah Konstitusi."), "ACCUSE") == [
        (["Mahasiswa"], ["Mahkamah Konstitusi"])]
    assert pairs(run("KPK menjerat Hasto Kristiyanto sebagai tersangka."), "ACCUSE") == [
        (["KPK"], ["Hasto Kristiyanto"])]


def test_the_owner_of_the_weapon_a_threat_names_is_not_its_target():
    rec = run("Juru bicara Hamas Abu Ubaida hadir. Dia mengancam akan menembakkan roket Hamas yang "
              "akan mencapai seluruh Israel jika Israel melanggar gencatan senjata.")
    assert pairs(rec, "THREATEN") == [(["Abu Ubaida"], ["Israel"])]
    assert pairs(run("Israel menyerang gudang senjata Hizbullah."), "ASSAULT") == [
        (["Israel"], ["Hizbullah"])]


def test_the_zionist_regime_is_israel():
    rec = run("Iran menuduh rezim Zionis melanggar gencatan senjata.")
    assert pairs(rec, "ACCUSE") == [(["Iran"], ["Israel"])]


def test_a_charge_word_naming_the_party_itself_charges_no_one():
    rec = run('"Para penjajah hanya akan mendapatkan hukuman yang adil," tulis Presiden Ukraina '
              "Volodymyr Zelensky.")
    assert pairs(rec, "ACCUSE") == []


def test_an_accusation_of_a_passive_clause_targets_its_agent_and_is_dated_as_said():
    rec = run("Pemerintah Kenya menuding serangan bom pada hari Senin lalu itu dilakukan oleh "
              "kelompok Al-Shabaab.")
    assert pairs(rec, "ACCUSE") == [(["Kenya"], ["Al-Shabaab"])]
    assert [s.date for s in rec.statements] == [e.date for e in rec.events] == [None]


def test_condemning_an_attack_accuses_its_agent_never_its_victim():
    rec = run("Malaysia mengecam keras serangan udara Israel terhadap warga Palestina di Gaza. "
              "Kanada mengutuk serangan terhadap Istana Yamamah.")
    assert pairs(rec, "ACCUSE") == [(["Malaysia"], ["Israel"])]


def test_an_attack_answered_is_real_and_a_light_verb_governs_no_noun_past_a_verb():
    rec = run("Hal itu disampaikan merespons serangan Israel terhadap Iran.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Iran"])]


def test_a_protest_is_aimed_at_whom_its_protesters_demand_of():
    rec = run("Ribuan warga Kabupaten Blora berunjuk rasa di depan kantor bupati untuk menuntut "
              "Bupati Arief Rahman mundur dari jabatannya.")
    assert pairs(rec, "PROTEST") == [(["warga Kabupaten Blora"], ["Arief Rahman"])]


def test_what_a_condemnation_reports_happened_but_not_what_an_accusation_claims():
    rec = run("Pemerintah Vietnam mengecam tindakan kapal Penjaga Pantai China yang menembakkan "
              "meriam air ke kapal nelayan Vietnam. Rusia menuduh Ukraina menyerang Kursk.")
    assert pairs(rec, "ASSAULT") == [(["Penjaga Pantai China"], ["Vietnam"])]


def test_a_condemned_act_referred_back_to_by_its_noun_accuses_who_did_it():
    rec = run("Komisi Pemberantasan Korupsi (KPK) resmi menangkap Bupati Joko Susilo pada Senin. "
              "Partai Buruh mengecam penangkapan tersebut.")
    assert pairs(rec, "ACCUSE") == [(["Partai Buruh"], ["Komisi Pemberantasan Korupsi"])]


def test_a_quoted_first_person_demand_with_a_degree_adverb_is_the_speakers():
    rec = run('"Kami sangat mendesak pihak Vietnam untuk menghentikan patroli itu," kata juru '
              "bicara Kementerian Luar Negeri China, Lin Jian.")
    assert pairs(rec, "REQUEST") == [(["Lin Jian"], ["Vietnam"])]


def test_the_act_condemned_comes_before_what_the_condemnation_calls_it():
    rec = run("Korea Utara kembali meluncurkan rudal balistik pada Kamis. Juru bicara Gedung "
              "Putih Sean Savett mengecam keras peluncuran tersebut dan menyebutnya pelanggaran "
              "terhadap resolusi Dewan Keamanan PBB.")
    assert pairs(rec, "ACCUSE") == [(["Sean Savett"], ["Korea Utara"])]


def test_a_denial_with_no_accuser_named_is_a_refusal_aimed_at_no_one():
    rec = run("Menteri Perdagangan Rudi Hartono menampik anggapan bahwa harga beras naik.")
    assert pairs(rec, "REJECT") == [(["Rudi Hartono"], [])]


def test_a_condemned_act_names_its_agent_after_oleh():
    rec = run("Lembaga Bantuan Hukum Jakarta mengecam penangkapan sewenang-wenang oleh aparat "
              "kepolisian.")
    assert pairs(rec, "ACCUSE") == [(["Lembaga Bantuan Hukum Jakarta"], ["aparat kepolisian"])]


def test_a_declared_support_is_support():
    rec = run("Partai Hijau resmi mendeklarasikan dukungan kepada Gubernur Ahmad Fauzi sebagai "
              "calon presiden.")
    assert pairs(rec, "SUPPORT") == [(["Partai Hijau"], ["Ahmad Fauzi"])]


def test_an_alleged_act_is_no_act_but_an_accusation_by_who_reports_it():
    rec = run("Menurut Ketua Komisi Antikorupsi Setyo Budiman, Hasto Wibowo diduga memerintahkan "
              "Harun Masiku merendam telepon genggamnya. Polisi diduga menangkap tiga aktivis.")
    assert pairs(rec, "REQUEST") == [] and pairs(rec, "COERCE") == []
    assert pairs(rec, "ACCUSE") == [(["Setyo Budiman"], ["Hasto Wibowo"])]


def test_a_joint_exercise_with_a_partner_named_later_is_cooperation():
    rec = run("Amerika Serikat menggelar latihan penerbangan militer bersama Guyana pekan lalu. "
              "Perjanjian itu berlaku untuk serangan bersenjata terhadap kapal Filipina.")
    assert types(rec) == {"COOPERATE"}


def test_welcoming_an_act_referred_back_to_supports_who_did_it():
    rec = run("Dewan Keamanan PBB akhirnya mengadopsi resolusi gencatan senjata di Gaza. "
              "Kementerian Luar Negeri RI menyambut baik adopsi resolusi itu.")
    assert pairs(rec, "SUPPORT") == [(["Kementerian Luar Negeri RI"], ["Dewan Keamanan PBB"])]


def test_a_party_said_to_do_wrong_is_accused_by_the_speaker():
    rec = run("Dewan Perwakilan Rakyat (DPR) mengesahkan revisi undang-undang itu. \"DPR "
              "mengabaikan suara publik,\" kata aktivis Siti Aminah.")
    assert pairs(rec, "ACCUSE") == [(["Siti Aminah"], ["Dewan Perwakilan Rakyat"])]


def test_a_negated_evaluation_or_one_of_the_speaker_itself_accuses_no_one():
    rec = run("Menteri Luar Negeri Retno Marsudi mengatakan Indonesia tidak melanggar hukum "
              "internasional. Juru bicara Partai Hijau Rudi Hartono mengatakan Malaysia tidak "
              "curang.")
    assert pairs(rec, "ACCUSE") == []


def test_an_act_done_wrongly_accuses_its_doer_not_the_place_it_names():
    rec = run("Penjaga Pantai China menampik tuduhan tersebut. Juru bicaranya, Gan Yu, mengatakan "
              "bahwa kapal-kapal Filipina telah memasuki perairan China secara ilegal.")
    assert pairs(rec, "ACCUSE") == [(["Gan Yu"], ["Filipina"])]


def test_counted_sides_are_the_pair_named_together_not_the_speakers_state():
    rec = run("Delegasi Armenia dan Azerbaijan bertemu di Almaty pada Senin. Menteri Luar Negeri "
              "Kazakhstan Nurlan Ermek mendesak kedua pihak segera menyepakati gencatan senjata. "
              "Ia mengatakan kedua negara sepakat melanjutkan pembicaraan.")
    assert pairs(rec, "REQUEST") == [(["Nurlan Ermek"], ["Armenia", "Azerbaijan"])]
    assert pairs(rec, "AGREE") == [(["Armenia", "Azerbaijan"], [])]
    assert "kedua pihak" not in {a.name for a in rec.actors}


def test_an_attack_reported_by_a_trailing_according_to_keeps_its_nominal_agent():
    rec = run("Serangan udara Rusia ke sebuah apartemen di Kharkiv menewaskan tujuh warga "
              "sipil, menurut Gubernur Kharkiv Oleh Syniehubov.")
    assert pairs(rec, "ASSAULT") == [(["Rusia"], ["warga sipil"])]


def test_a_place_named_with_its_direction_before_the_verb_is_no_subject():
    rec = run("Serangan udara Israel ke sebuah desa di Lebanon selatan menewaskan tujuh warga "
              "Lebanon pada Senin.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Lebanon", "warga Lebanon"])]


def test_a_quoted_demand_by_the_speakers_own_state_is_the_speakers_act():
    rec = run("Kementerian Luar Negeri Malaysia mengecam serangan itu. \u201cMalaysia meminta "
              "Myanmar segera membebaskan para tahanan politik,\u201d tulis kementerian itu "
              "dalam pernyataannya. \u201cMyanmar telah menolak semua usulan ASEAN,\u201d "
              "tambahnya.")
    assert pairs(rec, "REQUEST") == [(["Kementerian Luar Negeri Malaysia"], ["Myanmar"])]
    assert pairs(rec, "REJECT") == []


def test_counted_states_described_by_a_noun_after_are_the_states_named_before():
    rec = run("Turki, Arab Saudi, dan Yordania menengahi perundingan itu. Ketiga negara mediator "
              "menyebut kesepakatan sudah dekat.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == [
        "Turki", "Arab Saudi", "Yordania"]


def test_a_meeting_set_after_a_cue_with_a_referring_object_is_the_speakers():
    rec = run("Menteri Luar Negeri Jepang Yoko Kamikawa menyampaikan hal itu saat bertemu Menteri "
              "Luar Negeri Korea Selatan Cho Tae-yul di Tokyo.")
    assert rec.statements == []
    assert pairs(rec, "CONSULT") == [(["Yoko Kamikawa"], ["Cho Tae-yul"])]
    rec = run("Hal itu disampaikan Menteri Luar Negeri Jepang Yoko Kamikawa saat bertemu Menteri "
              "Luar Negeri Korea Selatan Cho Tae-yul di Tokyo.")
    assert pairs(rec, "CONSULT") == [(["Yoko Kamikawa"], ["Cho Tae-yul"])]


def test_all_sides_are_the_pair_named_together_or_a_group_when_none_was():
    rec = run("Delegasi Armenia dan Azerbaijan bertemu di Almaty pada Senin. Menteri Luar Negeri "
              "Kazakhstan Nurlan Ermek mendesak semua pihak menahan diri.")
    assert pairs(rec, "REQUEST") == [(["Nurlan Ermek"], ["Armenia", "Azerbaijan"])]
    rec = run("Menteri Luar Negeri Kazakhstan Nurlan Ermek mendesak seluruh pihak menahan diri.")
    assert pairs(rec, "REQUEST") == [(["Nurlan Ermek"], ["seluruh pihak"])]
    assert rec.actor(rec.events[0].targets[0]).type is ActorType.GROUP


def test_an_agentless_detention_continues_who_charged_the_detainee():
    rec = run("Kejaksaan Tinggi Banten menetapkan Bupati Lebak Rudi Hartono sebagai tersangka "
              "pada Senin. Rudi langsung ditahan selama 20 hari.")
    assert pairs(rec, "COERCE") == [(["Kejaksaan Tinggi Banten"], ["Rudi Hartono"])]


def test_an_agentless_detention_of_someone_never_charged_is_no_event():
    rec = run("Rudi Hartono ditahan selama 20 hari di Serang.")
    assert pairs(rec, "COERCE") == []


def test_a_clash_is_an_attack_on_the_other_side_or_between_both():
    rec = run("Ratusan warga bentrok dengan aparat keamanan pada Selasa malam. "
              "Bentrokan antara Armenia dan Azerbaijan kembali pecah di perbatasan.")
    assert pairs(rec, "ASSAULT") == [(["warga"], ["aparat keamanan"]),
                                      (["Armenia", "Azerbaijan"], [])]


def test_police_holding_people_is_coercion_securing_things_is_not():
    rec = run("Polisi mengamankan 12 orang yang diduga provokator pada Senin. Petugas juga "
              "mengamankan barang bukti berupa senjata tajam.")
    assert pairs(rec, "COERCE") == [(["Polisi"], ["12 orang"])]


def test_summoning_a_charge_d_affaires_is_a_request_to_the_state_they_represent():
    rec = run("Kementerian Luar Negeri Malaysia memanggil kuasa usaha Kedutaan Besar Israel.")
    assert pairs(rec, "REQUEST") == [(["Kementerian Luar Negeri Malaysia"], ["Israel"])]


def test_raising_alert_and_sharing_intelligence_are_two_acts_with_their_own_partners():
    rec = run("Militer Korea Selatan meningkatkan kewaspadaan dan berbagi informasi dengan Amerika "
              "Serikat serta Jepang, Selasa.")
    by_type = {e.type: [rec.actor(k).name for k in e.targets] for e in rec.events}
    assert by_type == {"MOBILIZE": [], "COOPERATE": ["Amerika Serikat", "Jepang"]}


def test_urging_two_states_targets_both():
    rec = run("Amerika Serikat mendesak India dan Pakistan menahan diri.")
    [request] = [e for e in rec.events if e.type == "REQUEST"]
    assert [rec.actor(k).name for k in request.targets] == ["India", "Pakistan"]


def test_readiness_or_promise_to_help_is_an_offer_not_aid_given():
    rec = run("Norwegia siap membantu Sudan. Kanada berjanji memberikan bantuan kepada Haiti.")
    assert pairs(rec, "AGREE") == [(["Norwegia"], ["Sudan"]), (["Kanada"], ["Haiti"])]
    assert "AID" not in types(rec)


def test_both_sides_are_the_parties_not_the_mediators_between_them():
    rec = run("Armenia dan Azerbaijan berunding di Abu Dhabi yang difasilitasi Uni Emirat Arab "
              "dan Turki. Kedua pihak sepakat membuka perbatasan.")
    assert pairs(rec, "AGREE") == [(["Armenia", "Azerbaijan"], [])]


def test_troops_of_a_spokesperson_or_ministry_are_those_of_its_state():
    rec = run("Kementerian Pertahanan Azerbaijan mengatakan pasukannya menembak jatuh dua drone "
              "Armenia pada Senin.")
    assert pairs(rec, "ASSAULT") == [(["Azerbaijan"], ["Armenia"])]


def test_unnamed_suspects_arrested_are_a_group_target():
    rec = run("Polda Metro Jaya menangkap empat tersangka kasus penipuan daring pada Selasa.")
    [event] = rec.events
    assert event.type == "COERCE" and rec.actor(event.sources[0]).name == "Polda Metro Jaya"
    assert rec.actor(event.targets[0]).type == ActorType.GROUP


def test_a_minister_denying_a_charge_against_the_ministry_answers_the_accuser():
    rec = run("Anggota DPR Rina Sulastri menuding Kementerian Pertanian menimbun pupuk. "
              "Menteri Pertanian Hadi Kusuma membantah pupuk ditimbun.")
    [minister] = [a for a in rec.actors if a.name == "Hadi Kusuma"]
    assert rec.actor(minister.affiliation).name == "Kementerian Pertanian"
    assert pairs(rec, "REJECT") == [(["Hadi Kusuma"], ["Rina Sulastri", "DPR"])]


def test_force_a_partisan_says_the_other_side_used_is_a_charge():
    rec = run("Juru bicara Front Pembebasan, Omar Dabbagh, membantah tuduhan Sudan. Ia mengatakan "
              "pasukan Sudan menembaki warga sipil di Kassala. Kementerian Kesehatan Eritrea "
              "melaporkan pasukan Sudan menembaki warga sipil di Tessenei. Menurut Kementerian "
              "Pertahanan Chad, pasukan Sudan menembaki pos militer Chad.")
    assert pairs(rec, "ACCUSE") == [(["Omar Dabbagh"], ["Sudan"]),
                                    (["Kementerian Pertahanan Chad"], ["Sudan"])]
    assert [s for s, _ in pairs(rec, "ASSAULT")] == [["Sudan"]]


def test_suspending_talks_sanctions_the_other_party_and_both_sides_are_the_parties():
    rec = run("Pemerintah Filipina menangguhkan perundingan damai dengan Front Pembebasan Moro. "
              "Malaysia dan Jepang, yang menjadi penjamin perundingan, meminta kedua pihak "
              "menahan diri.")
    assert pairs(rec, "SANCTION") == [(["Filipina"], ["Front Pembebasan Moro"])]
    assert pairs(rec, "REQUEST") == [(["Malaysia", "Jepang"],
                                      ["Filipina", "Front Pembebasan Moro"])]


def test_bare_military_is_the_speakers_state_and_a_counted_group_keeps_its_number():
    rec = run("Menteri Pertahanan Peru Luis Varela mengatakan militer telah menangkap tiga "
              "tersangka pelaku pengeboman.")
    [event] = rec.events
    assert event.type == "COERCE" and rec.actor(event.sources[0]).name == "Peru"
    assert "tiga tersangka pelaku pengeboman" in rec.actor(event.targets[0]).aliases


def test_rammings_water_cannon_and_protest_notes():
    rec = run("Kapal Penjaga Pantai Vietnam menembakkan meriam air dan menabrak kapal nelayan "
              "Kamboja. Kamboja mengirimkan nota protes kepada Vietnam.")
    assert pairs(rec, "ASSAULT") == [(["Penjaga Pantai Vietnam"], ["Kamboja"])]
    assert pairs(rec, "ACCUSE") == [(["Kamboja"], ["Vietnam"])]


def test_a_denial_with_no_charge_found_answers_the_last_speaker_of_the_other_side():
    rec = run("Kapolres Bima Ajun Komisaris Besar Dedi Kurnia mengatakan massa mulai melempari "
              "petugas dengan batu. Koordinator aksi, Rahmat Hidayat, membantah bahwa mahasiswa "
              "yang memulai kericuhan.")
    assert pairs(rec, "REJECT") == [(["Rahmat Hidayat"], ["Dedi Kurnia", "Polres Bima"])]


def test_a_bare_crowd_word_is_the_collective_that_was_the_subject_before():
    rec = run("Ratusan mahasiswa kembali turun ke jalan menolak kenaikan harga BBM. Polisi "
              "membubarkan massa dengan gas air mata.")
    assert pairs(rec, "COERCE") == [(["Polisi"], ["mahasiswa"])]


def test_a_panel_of_a_court_within_another_court_sentences_in_the_first_courts_name():
    rec = run("Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri "
              "Bandung menjatuhkan vonis tujuh tahun penjara kepada Bupati Garut Asep Sunarya.")
    assert pairs(rec, "SANCTION") == [(["Pengadilan Tindak Pidana Korupsi"], ["Asep Sunarya"])]


def test_expelling_envoys_posted_at_home_and_a_quick_dismissal():
    rec = run("Pemerintah Latvia mengusir dua diplomat Kedutaan Besar Belarus di Riga. Kementerian "
              "Luar Negeri Latvia menuduh Belarus memata-matai pangkalan NATO. Minsk dengan cepat "
              "menepis tuduhan tersebut.")
    assert pairs(rec, "SANCTION") == [(["Latvia"], ["Belarus"])]
    assert pairs(rec, "REJECT") == [(["Belarus"], ["Kementerian Luar Negeri Latvia"])]


def test_officials_of_both_states_a_scheduled_meeting_and_a_passive_own_deployment():
    rec = run("Laos dan Myanmar saling menuduh. Sekretaris Jenderal ASEAN Ruben Tan dijadwalkan "
              "bertemu dengan para menteri luar negeri kedua negara pekan depan. Seorang pejabat "
              "militer Laos mengatakan bahwa dua batalion telah dikerahkan ke perbatasan.")
    assert pairs(rec, "AGREE") == [(["Ruben Tan"], ["Laos", "Myanmar"])]
    assert [s for s, _ in pairs(rec, "MOBILIZE")] == [["Laos"]]


def test_a_body_with_its_acronym_before_its_verb_and_another_sanction():
    rec = run("Komisi III Dewan Perwakilan Rakyat (DPR) mencecar Jaksa Agung Arman "
              "Sitorus dalam rapat kerja. Komisi itu juga menjatuhkan sanksi kepada Arman. "
              "Ketua komisi menyebut dua sanksi lain yang dijatuhkan Komisi III kepada Arman.")
    assert pairs(rec, "ACCUSE")[0] == (["Komisi III Dewan Perwakilan Rakyat"], ["Arman Sitorus"])
    assert len(pairs(rec, "SANCTION")) == 2


def test_naming_suspects_reaches_past_a_listed_object():
    rec = run("KPK juga menetapkan Kepala Dinas Pekerjaan Umum Batu Lintang, Rusdi Halim, dan "
              "Gunawan Tedja sebagai tersangka.")
    assert [s for s, _ in pairs(rec, "ACCUSE")] == [["KPK"]]


def test_a_bare_acronym_is_its_one_body_and_police_arrest_where_no_agent_is_said():
    rec = run("Ratusan mahasiswa menolak rencana DPRD Jawa Timur menaikkan tunjangan, Senin. "
              "Polrestabes Surabaya menjaga aksi itu. Sebanyak 12 mahasiswa diamankan. Mahasiswa "
              "meminta DPRD membatalkan rencana itu.")
    assert [t for _, t in pairs(rec, "REQUEST")] == [["DPRD Jawa Timur"]]
    assert [s for s, _ in pairs(rec, "COERCE")] == [["Polrestabes Surabaya"]]


def test_detaining_a_former_director_set_off_by_commas_after_a_long_role():
    rec = run("Kejaksaan Agung (Kejagung) menahan mantan Direktur Utama PT Sarana Laut Nusantara "
              "(Persero), Hendra Wijayakusuma, terkait dugaan korupsi.")
    assert pairs(rec, "COERCE") == [(["Kejaksaan Agung"], ["Hendra Wijayakusuma"])]


def test_bare_investigators_are_the_investigating_body_named_before():
    rec = run("KPK menangkap Bupati Lembah Hijau Ahmad Fauzi dalam operasi tangkap tangan. "
              "Penyidik kemudian menangkap ajudannya, Rudi Hartono, di Jakarta.")
    assert pairs(rec, "COERCE") == [(["KPK"], ["Ahmad Fauzi"]), (["KPK"], ["Rudi Hartono"])]


def test_a_crowd_protesting_an_official_arriving_and_a_crowd_arriving():
    rec = run("Ribuan pendukung oposisi Armenia turun ke jalan untuk memprotes hasil pemilu yang "
              "dimenangi Partai Kontrak Sipil. Presiden Kazakhstan Nurlan Abenov tiba di Yerevan "
              "kemarin. Para pengungsi tiba di Yerevan pada Selasa.")
    assert [t for _, t in pairs(rec, "PROTEST")] == [["Partai Kontrak Sipil"]]
    assert pairs(rec, "CONSULT") == [(["Nurlan Abenov"], ["Armenia"])]


def test_a_release_is_aimed_at_the_released_crowd():
    rec = run("Kelompok Al-Shabaab membebaskan 12 awak kapal ikan MV Bahari Jaya pada Senin.")
    [event] = rec.events
    assert event.type == "RETREAT"
    assert rec.actor(event.targets[0]).name.startswith("awak kapal")


def test_a_veto_rejects_the_proposers_draft():
    rec = run("Amerika Serikat memveto rancangan resolusi Aljazair di Dewan Keamanan PBB.")
    assert pairs(rec, "REJECT") == [(["Amerika Serikat"], ["Aljazair"])]


def test_a_capital_written_for_its_government_is_no_second_node_where_it_is_a_place():
    rec = run("Pemerintah Filipina memanggil duta besar China di Manila pada Selasa. "
              "Manila juga mengirimkan nota protes kepada Beijing.")
    assert not any(a.name == "Manila" for a in rec.actors)
    assert {rec.actor(e.place).name for e in rec.events if e.place} <= {"Filipina"}
    rec = run("Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Mesir Sameh "
              "Shoukry di Kairo pada Selasa.")
    assert [rec.actor(e.place).name for e in rec.events] == ["Kairo"]


def test_a_seat_stands_for_the_organisation_named_there_else_for_its_state():
    rec = run("Uni Eropa menjatuhkan sanksi baru terhadap Rusia dalam pertemuan di Brussel. "
              '"Brussel sekali lagi menembak kakinya sendiri," ujar Maria Zakharova.')
    assert {a.name for a in rec.actors} >= {"Uni Eropa", "Rusia"}
    assert not {"Belgia", "Brussel"} & {a.name for a in rec.actors}
    rec = run("Brussel memanggil duta besar Rusia pada Senin.")
    assert "Belgia" in {a.name for a in rec.actors}


def test_a_subject_after_a_fronted_dated_time_phrase_is_what_they_refers_to():
    rec = run("Kigali membantah tuduhan tersebut. Pada Selasa (28/01) pagi, ratusan pengunjuk "
              "rasa membakar gedung Kedutaan Besar Rwanda dan Amerika Serikat di Kinshasa. "
              "Mereka menuding Prancis melindungi Rwanda.")
    assert [s for s, _ in pairs(rec, "ACCUSE")] == [["pengunjuk rasa"]]


def test_a_subject_with_a_relative_clause_ending_in_a_place_acts_itself():
    rec = run("Pemerintah Sudan yang berbasis di Port Sudan memutuskan hubungan diplomatik dengan "
              "Uni Emirat Arab pada Selasa.")
    assert pairs(rec, "SANCTION") == [(["Sudan"], ["Uni Emirat Arab"])]


def test_a_seat_written_with_its_state_after_a_comma_is_a_place():
    rec = run("Serangan drone menghantam pelabuhan Port Sudan, Sudan, pada Selasa. Uni Emirat Arab "
              "membantah terlibat.")
    assert "Port Sudan" not in actor_named(rec, "Sudan").aliases


def test_a_denial_answers_the_accusing_spokesperson_and_the_body_she_speaks_for():
    rec = run("Juru bicara Komisi Pemberantasan Korupsi (KPK), Laksmi Purnamasari, mengatakan "
              "Markus Silalahi menerima suap dari kontraktor. Markus Silalahi membantah "
              "tuduhan tersebut.")
    targets = {n for _, t in pairs(rec, "REJECT") for n in t}
    assert targets == {"Laksmi Purnamasari", "Komisi Pemberantasan Korupsi"}


def test_a_seat_said_to_be_something_is_the_place():
    rec = run("Port Sudan merupakan pintu masuk utama bantuan. Sudan menuduh Uni Emirat Arab "
              "memasok senjata.")
    assert "Port Sudan" not in actor_named(rec, "Sudan").aliases


def test_the_command_a_named_police_chief_heads_is_the_police_of_the_story():
    rec = run("Polisi membubarkan ratusan mahasiswa dengan gas air mata pada Rabu. Kapolrestabes "
              "Semarang Kombes Pol Hadi Prasetyo mengatakan 27 mahasiswa diamankan. Raka, "
              "koordinator aksi, membantah tudingan itu.")
    [chief] = [a for a in rec.actors if a.name == "Hadi Prasetyo"]
    assert rec.actor(chief.affiliation).name == "Polrestabes Semarang"
    assert pairs(rec, "COERCE")[0] == (["Polrestabes Semarang"], ["mahasiswa"])
    rec = run("Mahasiswa menuntut Kapolda Sulawesi Selatan mencopot kepala polisi itu.")
    assert not any(a.name.startswith("Polda") for a in rec.actors)


def test_a_vague_quantity_opens_no_object_of_its_own():
    rec = run("Polisi membubarkan ratusan mahasiswa pada Rabu.")
    assert pairs(rec, "COERCE") == [(["Polisi"], ["mahasiswa"])]


def test_a_negated_hesitation_announces_a_hostile_act_as_a_threat():
    rec = run("Menteri Dalam Negeri Arifin Setiabudi tidak akan segan menjatuhkan sanksi kepada "
              "Bupati Halmahera Selatan Yohanis Lahati.")
    assert pairs(rec, "THREATEN") == [(["Arifin Setiabudi"], ["Yohanis Lahati"])]
    assert not rec.events[0].negated


def test_a_quoted_retaliation_on_a_condition_before_it_threatens_its_subject():
    rec = run('"Jika Filipina terus melakukan provokasi, kami akan mengambil tindakan tegas '
              'lebih lanjut," kata juru bicara Kementerian Luar Negeri China, Liu Dehai.')
    assert pairs(rec, "THREATEN") == [(["Liu Dehai"], ["Filipina"])]
    rec = run("Polisi mengambil tindakan tegas terhadap para demonstran.")
    assert "THREATEN" not in types(rec)


def test_a_spokesperson_announcing_retaliation_threatens_whom_she_accused():
    rec = run("Uni Eropa menyetujui paket sanksi baru terhadap Rusia pada Senin. Juru bicara "
              'Kementerian Luar Negeri Rusia, Irina Volkova, menyebut sanksi itu "ilegal" dan '
              "menegaskan Rusia akan mengambil langkah balasan yang setimpal.")
    assert pairs(rec, "SANCTION") == [(["Uni Eropa"], ["Rusia"])]
    assert pairs(rec, "THREATEN") == [(["Irina Volkova"], ["Uni Eropa"])]
    assert pairs(rec, "ACCUSE") == [(["Irina Volkova"], ["Uni Eropa"])]


def test_a_detention_with_no_agent_is_by_the_body_running_the_detention_place():
    rec = run("Irawan Prasetyo, yang sempat dua kali mangkir dari panggilan penyidik, langsung "
              "ditahan di Rumah Tahanan Salemba cabang Kejaksaan Agung pada Rabu.")
    assert [s for s, _ in pairs(rec, "COERCE")] == [["Kejaksaan Agung"]]


def test_a_meeting_noun_opening_a_sentence_names_its_parties():
    rec = run("Rapat kerja Komisi V DPR dengan Menteri Perhubungan Yulius Hendrawan pada Rabu "
              "diwarnai hujan interupsi.")
    assert pairs(rec, "CONSULT") == [(["Komisi V DPR"], ["Yulius Hendrawan"])]
    rec = run("Pertemuan Prabowo dengan Jokowi berlangsung tertutup pada Rabu.")
    assert pairs(rec, "CONSULT") == [(["Prabowo"], ["Jokowi"])]


def test_counted_suspects_are_the_persons_charged_and_a_denied_act_answers_the_accuser():
    rec = run("KPK menetapkan Bupati Tanjung Alam, Rusdi Hamzah, sebagai tersangka kasus suap. "
              "Keempat tersangka langsung ditahan di Rutan KPK untuk 20 hari pertama. Rusdi "
              "membantah menerima uang dari para kontraktor.")
    assert pairs(rec, "COERCE") == [(["KPK"], ["Rusdi Hamzah"])]
    assert pairs(rec, "REJECT") == [(["Rusdi Hamzah"], ["KPK"])]


def test_begging_pardon_is_an_apology():
    rec = run("Wali Kota Medan Rico Waas memohon maaf kepada warga Medan atas banjir kemarin.")
    assert [t for _, t in pairs(rec, "CONCEDE")] == [["warga Medan"]]


def test_a_deed_a_spokesperson_reports_of_her_side_is_her_states():
    rec = run("Menteri Luar Negeri Republik Demokratik Kongo Therese Kayikwamba Wagner mengatakan "
              "negaranya telah memutus hubungan diplomatik dengan Rwanda.")
    assert pairs(rec, "SANCTION") == [(["Republik Demokratik Kongo"], ["Rwanda"])]


def test_a_charge_or_detention_with_no_agent_is_by_the_speakers_investigating_body():
    rec = run("Kapolda Sulawesi Tengah Irjen Yudhi Kurniawan menyebut Polda Sulteng telah "
              "memeriksa 12 saksi. Ia menyebut Bripka Rudi Santoso telah ditetapkan sebagai "
              "tersangka dan ditahan sejak Jumat.")
    assert pairs(rec, "ACCUSE") == [(["Polda Sulteng"], ["Rudi Santoso"])]
    assert pairs(rec, "COERCE") == [(["Polda Sulteng"], ["Rudi Santoso"])]


def test_a_protest_is_aimed_at_whom_the_protesters_demand_of_in_the_next_sentence():
    rec = run("Ribuan buruh berunjuk rasa di depan Gedung Negara Grahadi, Surabaya, Selasa "
              "(26/11). Mereka menuntut Penjabat Gubernur Jawa Timur Adhy Karyono menaikkan "
              "upah minimum.")
    assert pairs(rec, "PROTEST") == [(["buruh"], ["Adhy Karyono"])]


def test_a_court_named_with_its_acronym_and_town_passes_sentence():
    rec = run("Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Samarinda menjatuhkan "
              "vonis tujuh tahun penjara kepada Hendra Saputra Wibisono.")
    assert pairs(rec, "SANCTION") == [(["Pengadilan Tindak Pidana Korupsi Samarinda"],
                                       ["Hendra Saputra Wibisono"])]
    assert not any(a.name == "Samarinda" for a in rec.actors)


def test_a_lead_in_capitals_names_a_branch_with_its_acronym_and_province():
    rec = run("KEJAKSAAN Tinggi (Kejati) Nusa Tenggara Barat menahan Bupati Dompu, Syahrial Ahmad "
              "Mawardi, pada Rabu (15/1). Kepala Seksi Penerangan Hukum Kejati NTB, Rina "
              "Kartikasari, mengatakan penahanan dilakukan untuk 20 hari pertama.")
    assert pairs(rec, "COERCE") == [(["Kejaksaan Tinggi Nusa Tenggara Barat"],
                                     ["Syahrial Ahmad Mawardi"])]
    assert sum(a.name.startswith("Kej") for a in rec.actors) == 1


def test_a_mediation_with_no_party_after_it_is_between_the_parties_before_it():
    rec = run("Rusia dan Ukraina saling membebaskan 115 tawanan perang dalam pertukaran yang "
              "dimediasi Uni Emirat Arab (UEA), Sabtu (24/8/2024).")
    assert pairs(rec, "CONSULT") == [(["Uni Emirat Arab"], ["Rusia", "Ukraina"])]


def test_support_for_a_state_after_bagi_is_aimed_at_it():
    rec = run("Jepang dan Amerika Serikat menyatakan dukungan penuh bagi Filipina.")
    assert pairs(rec, "SUPPORT") == [(["Jepang", "Amerika Serikat"], ["Filipina"])]


def test_bare_police_abroad_are_their_state_and_at_home_stay_the_police():
    rec = run("Republik Demokratik Kongo menuduh Rwanda mendukung pemberontak. Ratusan pengunjuk "
              "rasa membakar gedung Kedutaan Besar Rwanda di ibu kota Kongo. Polisi membubarkan "
              "pengunjuk rasa dengan gas air mata.")
    assert [s for s, _ in pairs(rec, "COERCE")] == [["Republik Demokratik Kongo"]]
    rec = run("Ratusan mahasiswa berunjuk rasa di Bandung. Polisi membubarkan mahasiswa dengan gas "
              "air mata.")
    assert [s for s, _ in pairs(rec, "COERCE")] == [["Polisi"]]


def test_investigators_in_a_spokespersons_quote_act_for_the_body_on_the_one_concerned():
    rec = run('Kejagung memeriksa Hendra Wijayakusuma. "Penyidik menetapkan yang bersangkutan '
              'sebagai tersangka," kata Kepala Pusat Penerangan Hukum Kejagung, Teguh Prasetyadi.')
    charged = [e for e in rec.events if e.trigger.text == "menetapkan"]
    assert [(rec.actor(e.sources[0]).name, rec.actor(e.targets[0]).name) for e in charged] == [
        ("Kejagung", "Hendra Wijayakusuma")]


def test_taking_to_the_streets_is_a_protest_and_lowering_prices_is_not():
    assert types(run("Ratusan mahasiswa turun ke jalan menuntut Presiden Prabowo Subianto "
                     "menurunkan harga BBM.")) >= {"PROTEST"}
    assert "PROTEST" not in types(run("Pemerintah menurunkan harga BBM pada Senin."))


def test_a_counter_accusation_after_a_denial_is_its_own_and_names_no_second_charge():
    rec = run("Kinshasa selama ini menuding Kigali mendukung kelompok pemberontak M23. Rwanda "
              "membantah tuduhan tersebut dan balik menuduh militer Kongo bekerja sama dengan "
              "milisi FDLR, kelompok yang didirikan oleh pelaku genosida 1994.")
    assert pairs(rec, "REJECT") == [(["Rwanda"], ["Republik Demokratik Kongo"])]
    assert pairs(rec, "ACCUSE") == [(["Republik Demokratik Kongo"], ["Rwanda"]),
                                    (["Rwanda"], ["Republik Demokratik Kongo"])]


def test_a_named_force_with_its_acronym_and_state_is_the_body_not_the_state():
    rec = run("Pasukan Dukungan Cepat (RSF) Sudan melancarkan serangan drone ke Port Sudan pada "
              "Senin.")
    assert [s for s, _ in pairs(rec, "ASSAULT")] == [["Pasukan Dukungan Cepat"]]


def test_a_definite_possessed_member_is_the_person_named_before():
    rec = run("KPK menahan Bupati Sleman Agustinus Dohong pada Rabu. Partai Nusantara Bersatu, "
              "yang mengusung Agustinus Dohong dalam pilkada, menyatakan telah menonaktifkan "
              "kadernya itu dari kepengurusan partai.")
    assert [t for _, t in pairs(rec, "SANCTION")] == [["Agustinus Dohong"]]


def test_thanks_commend_the_party_thanked_and_a_prisoner_swap_is_a_release():
    rec = run("Presiden Ukraina Volodymyr Zelensky berterima kasih kepada Turki atas bantuannya. "
              "Rusia dan Ukraina bertukar tawanan perang pada Senin.")
    assert pairs(rec, "SUPPORT") == [(["Volodymyr Zelensky"], ["Turki"])]
    assert pairs(rec, "RETREAT") == [(["Rusia", "Ukraina"], [])]


def test_drones_launched_at_a_country_are_an_assault():
    rec = run("Rusia meluncurkan 72 drone ke berbagai wilayah Ukraina pada Minggu malam.")
    assert pairs(rec, "ASSAULT") == [(["Rusia"], ["Ukraina"])]


def test_an_attack_on_towns_of_a_state_is_one_attack_on_that_state():
    rec = run("Israel melancarkan salah satu serangan udara terbesar ke sejumlah desa di Lebanon "
              "pada Senin, menewaskan sedikitnya 40 orang.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Lebanon"])]


def test_condemning_an_attack_referred_back_to_accuses_who_launched_it():
    rec = run("Israel melancarkan serangan udara ke Gaza pada Senin. Presiden Mesir Abdel Fattah "
              "el-Sisi mengecam keras serangan tersebut.")
    assert (["Abdel Fattah el-Sisi"], ["Israel"]) in pairs(rec, "ACCUSE")


def test_tear_gas_fired_at_a_crowd_is_coercion_of_the_protesters():
    rec = run("Warga Kabupaten Garut berunjuk rasa di depan kantor bupati. Aparat kepolisian "
              "kemudian menembakkan gas air mata untuk membubarkan massa. Polisi juga "
              "menembakkan gas air mata ke arah para mahasiswa.")
    assert pairs(rec, "COERCE") == [(["Aparat kepolisian"], ["Warga Kabupaten Garut"]),
                                    (["Polisi"], ["para mahasiswa"])]
    assert "ASSAULT" not in types(rec)


def test_the_public_asked_or_apologised_to_is_a_collective():
    rec = run("Gubernur Jawa Tengah Ahmad Lutfi meminta masyarakat tetap tenang. Bupati Garut "
              "Rudi Hartono meminta maaf kepada masyarakat.")
    assert pairs(rec, "REQUEST") == [(["Ahmad Lutfi"], ["masyarakat"])]
    assert pairs(rec, "CONCEDE") == [(["Rudi Hartono"], ["masyarakat"])]


def test_accepting_a_ruling_referred_back_to_concedes_to_the_body_that_ruled():
    rec = run("Mahkamah Agung menolak kasasi yang diajukan Bupati Garut Rudi Hartono. Usai "
              "sidang, Rudi mengatakan pihaknya menerima putusan tersebut.")
    assert pairs(rec, "CONCEDE") == [(["Rudi Hartono"], ["Mahkamah Agung"])]


def test_denying_ones_own_side_did_something_answers_the_other_party():
    rec = run("Sekjen Partai Golkar Budi Santoso membantah pihaknya mengkhianati Partai "
              "Demokrat.")
    assert pairs(rec, "REJECT") == [(["Budi Santoso"], ["Partai Demokrat"])]


def test_a_promise_that_ones_own_state_will_act_is_aimed_at_the_other_party():
    rec = run("Menteri Luar Negeri Malaysia Anwar Hasan berjanji Malaysia akan terus membantu "
              "Filipina.")
    assert (["Anwar Hasan"], ["Filipina"]) in pairs(rec, "AGREE")
    assert not any("Malaysia" in targets for _, targets in pairs(rec, "AGREE"))


def test_a_protest_aimed_at_no_one_is_not_reported_but_one_with_a_demand_is():
    rec = run("Ribuan buruh berunjuk rasa di Jakarta pada Senin. Di Bandung, ratusan mahasiswa "
              "berunjuk rasa menuntut Gubernur Jawa Barat Dedi Mulyadi mundur.")
    assert pairs(rec, "PROTEST") == [(["mahasiswa"], ["Dedi Mulyadi"])]


def test_forces_drilling_around_a_state_or_sent_to_watch_one_are_aimed_at_it():
    rec = run("Rusia menggelar latihan militer di sekitar Finlandia pada Senin. Kementerian "
              "Pertahanan Finlandia mengerahkan pasukan untuk memantau pergerakan militer Rusia.")
    assert pairs(rec, "MOBILIZE") == [(["Rusia"], ["Finlandia"]),
                                      (["Kementerian Pertahanan Finlandia"], ["Rusia"])]


def test_the_allies_of_a_side_are_a_collective_named_with_it():
    rec = run("Presiden Ukraina Volodymyr Zelensky mendesak sekutu-sekutu Barat untuk segera "
              "mengirimkan sistem pertahanan udara.")
    assert pairs(rec, "REQUEST") == [(["Volodymyr Zelensky"], ["sekutu-sekutu Barat"])]


def test_refusing_to_accept_or_talk_is_a_rejection_not_a_negated_agreement():
    rec = run("Hamas tidak akan menerima kesepakatan yang diajukan Israel. Iran tidak akan "
              "bernegosiasi dengan Amerika Serikat di bawah tekanan.")
    assert pairs(rec, "REJECT") == [(["Hamas"], ["Israel"]), (["Iran"], ["Amerika Serikat"])]
    assert "AGREE" not in types(rec) and not any(e.negated for e in rec.events)


def test_judging_a_party_heavy_handed_or_hasty_accuses_it():
    rec = run("Komisioner Komnas HAM Anis Hidayah menilai Polri bertindak berlebihan. Pengamat "
              "hukum Budi Santoso menilai DPR terburu-buru membahas revisi itu.")
    assert pairs(rec, "ACCUSE") == [(["Anis Hidayah"], ["Polri"]), (["Budi Santoso"], ["DPR"])]


def test_ordering_an_inquiry_into_a_death_asks_nothing_of_the_dead():
    rec = run("Presiden Prabowo Subianto memerintahkan pengusutan tuntas atas tewasnya dua "
              "pengemudi ojek online di Jakarta.")
    assert not any("pengemudi" in t for _, targets in pairs(rec, "REQUEST") for t in targets)


def test_lawmakers_asked_by_a_court_are_a_group():
    rec = run("Dalam putusannya, Mahkamah Konstitusi meminta pembentuk undang-undang menyusun "
              "undang-undang baru dalam dua tahun.")
    assert pairs(rec, "REQUEST") == [(["Mahkamah Konstitusi"], ["pembentuk undang-undang"])]


def test_a_qualifier_after_a_noun_does_not_end_the_clause_of_the_target():
    rec = run("Bupati Lembah Hijau, Arman Wijaya, pergi ke Jepang. Menteri Dalam Negeri Tito "
              "Karnavian menjatuhkan sanksi pemberhentian sementara kepada Arman.")
    assert pairs(rec, "SANCTION") == [(["Tito Karnavian"], ["Arman Wijaya"])]


def test_a_protest_about_an_incident_is_aimed_at_who_used_force_in_it():
    rec = run("Kapal penjaga pantai Vietnam menembakkan meriam air ke arah kapal Malaysia. "
              "Malaysia menyampaikan protes diplomatik atas insiden itu.")
    assert (["Malaysia"], ["Penjaga Pantai Vietnam"]) in pairs(rec, "ACCUSE")


def test_a_counterpart_set_before_its_name_is_that_person_and_a_bare_setting_no_new_event():
    rec = run("Menteri Luar Negeri Armenia Ararat Mirzoyan dan mitranya dari Azerbaijan, Jeyhun "
              "Bayramov, bertemu di Jenewa pada Senin. Usai pertemuan, Mirzoyan mengatakan "
              "perundingan berjalan baik.")
    assert pairs(rec, "CONSULT") == [(["Ararat Mirzoyan", "Jeyhun Bayramov"], [])]


def test_a_threat_is_not_aimed_at_whose_demands_a_passive_condition_names():
    rec = run("Presiden KSPI Said Iqbal mengancam akan menggelar mogok nasional jika tuntutan "
              "buruh diabaikan.")
    assert all(rec.actor(k).name != "buruh" for e in rec.events for k in e.targets)
    rec = run("Presiden KSPI Said Iqbal mengancam akan menggelar mogok nasional jika tuntutan "
              "buruh diabaikan oleh DPR.")
    assert pairs(rec, "THREATEN") == [(["Said Iqbal"], ["DPR"])]


def test_a_detention_house_or_hospital_named_after_di_is_the_place():
    rec = run("Kejaksaan Agung menahan Budi Santoso di Rutan Salemba pada Senin. Polisi "
              "menangkap Dedi Kurnia di Rumah Sakit Polri.")
    assert {rec.actor(e.place).name for e in rec.events if e.place} == {
        "Rutan Salemba", "Rumah Sakit Polri"}


def test_an_obligation_to_bear_the_cost_is_a_threat_and_one_in_a_relative_clause_no_demand():
    rec = run("Juru bicara Houthi Yahya Saree mengatakan, \"Amerika dan Inggris harus siap "
              "menanggung semua konsekuensi dari agresi ini.\"")
    assert pairs(rec, "THREATEN") == [(["Yahya Saree"], ["Amerika Serikat", "Inggris"])]
    rec = run("Ketua KPK mengatakan praktik itu terjadi di Kementerian Ketenagakerjaan yang "
              "seharusnya melindungi pekerja.")
    assert pairs(rec, "REQUEST") == []


def test_calling_on_a_party_is_a_request_and_granting_a_petition_an_agreement():
    rec = run("Presiden Prabowo Subianto mengajak pendukung ketiga pasangan calon untuk bersatu.")
    assert pairs(rec, "REQUEST") == [(["Prabowo Subianto"], ["pendukung ketiga pasangan calon"])]
    rec = run("Mahkamah Konstitusi mengabulkan sebagian permohonan yang diajukan Partai Buruh.")
    assert pairs(rec, "AGREE") == [(["Mahkamah Konstitusi"], ["Partai Buruh"])]


def test_a_description_by_another_known_form_of_a_name_is_that_body():
    rec = run("Komisi Pemberantasan Korupsi (KPK) menahan Bupati Lembah Hijau, Arman Wijaya. "
              "Wakil Ketua Komisi III DPR Ahmad Sahroni meminta lembaga antirasuah itu "
              "menelusuri aliran dana ke pihak lain.")
    assert pairs(rec, "REQUEST") == [(["Ahmad Sahroni"], ["Komisi Pemberantasan Korupsi"])]


def test_deploring_accuses_and_an_incident_of_an_act_by_an_agent_is_aimed_at_the_agent():
    rec = run("Kuasa hukum Arman, Febri Diansyah, menyayangkan sikap KPK.")
    assert pairs(rec, "ACCUSE") == [(["Febri Diansyah"], ["KPK"])]
    rec = run("Malaysia memprotes insiden penembakan meriam air oleh kapal penjaga pantai "
              "Vietnam.")
    assert pairs(rec, "ACCUSE") == [(["Malaysia"], ["Penjaga Pantai Vietnam"])]


def test_dismissing_from_office_is_a_sanction():
    rec = run("DKPP memberhentikan Ketua KPU Hasyim Asy'ari dari jabatannya.")
    assert pairs(rec, "SANCTION") == [(["DKPP"], ["Hasyim Asy'ari"])]


def test_both_sides_are_the_pair_named_with_their_acronyms():
    rec = run("Pertempuran antara Angkatan Bersenjata Sudan (SAF) dan Pasukan Dukungan Cepat "
              "(RSF) pecah di El Fasher. Utusan PBB untuk Sudan, Ramtane Lamamra, mendesak kedua "
              "pihak menghentikan pertempuran.")
    assert pairs(rec, "REQUEST") == [(["Ramtane Lamamra"],
                                      ["Angkatan Bersenjata Sudan", "Pasukan Dukungan Cepat"])]


def test_forces_sent_to_secure_a_protest_face_its_crowd():
    rec = run("Ribuan buruh menggelar unjuk rasa di depan Gedung DPR, Selasa. Kapolres Metro "
              "Jakarta Pusat Kombes Susatyo Purnomo mengatakan pihaknya mengerahkan 2.300 personel "
              "gabungan untuk mengamankan aksi tersebut.")
    assert [t for _, t in pairs(rec, "MOBILIZE")] == [["buruh"]]


def test_a_threat_is_not_aimed_at_whose_demands_a_negated_passive_condition_names():
    rec = run("Ketua KSPI Said Iqbal mengancam akan menggelar mogok nasional jika tuntutan buruh "
              "tidak dipenuhi.")
    assert all(rec.actor(k).name != "buruh" for e in rec.events for k in e.targets)


def test_condemning_a_step_referred_back_to_accuses_who_took_it():
    rec = run("Amerika Serikat menjatuhkan sanksi terhadap Iran. Iran mengecam langkah tersebut.")
    assert (["Iran"], ["Amerika Serikat"]) in pairs(rec, "ACCUSE")


def test_an_event_noun_in_a_setting_after_the_verb_is_not_the_subjects():
    rec = run("Komisi III DPR mencecar Kapolri Listyo Sigit Prabowo soal kekerasan aparat terhadap "
              "mahasiswa dalam unjuk rasa menolak revisi undang-undang.")
    assert pairs(rec, "PROTEST") == []


def test_an_event_word_after_a_setting_word_is_a_noun_whatever_its_tag():
    rec = run("Polda Jawa Barat menahan 30 orang usai demonstrasi menentang revisi Undang-Undang "
              "Penyiaran di depan Gedung DPRD Jawa Barat, Jumat.")
    assert pairs(rec, "PROTEST") == []


def test_a_protest_at_a_ministrys_building_is_aimed_at_the_ministry():
    rec = run("Ratusan guru honorer menggelar aksi unjuk rasa di depan Gedung Kementerian "
              "Pendidikan, Jakarta, Selasa.")
    assert pairs(rec, "PROTEST") == [(["guru honorer"], ["Kementerian Pendidikan"])]


def test_an_act_coordinated_after_a_demands_content_is_the_demanders():
    rec = run("Puluhan petani berunjuk rasa di depan kantor DPRD. Mereka mendesak DPRD segera "
              "memproses pemberhentian bupati dan menuding partai pengusungnya, Partai Maju Jaya, "
              "ikut menikmati dana proyek.")
    assert pairs(rec, "ACCUSE") == [(["petani"], ["Partai Maju Jaya"])]


def test_an_act_aimed_at_no_one_after_a_content_stays_in_it():
    rec = run("Menteri Pertahanan Jepang Minoru Kihara menyebut tindakan Korut melanggar resolusi "
              "Dewan Keamanan PBB dan mengancam perdamaian kawasan.")
    assert pairs(rec, "THREATEN") == []


def test_agreeing_on_widening_or_extending_sanctions_imposes_them():
    for text in ("Uni Eropa menyepakati perluasan sanksi terhadap Iran di Brussels, Selasa.",
                 "Uni Eropa memperluas sanksi terhadap Iran, Selasa.",
                 "Amerika Serikat memperpanjang sanksi terhadap Rusia, Selasa."):
        assert len(pairs(run(text), "SANCTION")) == 1, text


def test_a_planned_talk_about_an_attack_is_no_threat():
    rec = run("Juru bicara Gedung Putih John Kirby mengatakan bahwa Amerika Serikat akan berbicara "
              "dengan Ukraina untuk memahami tujuan serangan tersebut.")
    assert "THREATEN" not in types(rec)


def test_a_speech_act_takes_the_place_the_next_sentence_gives_when_it_refers_back():
    rec = run("Komisi II DPR meminta KPU mengulang pemungutan suara di Kabupaten Sleman. "
              "Permintaan itu disampaikan dalam rapat dengar pendapat di Kompleks Parlemen, "
              "Senayan, Jakarta, Rabu.")
    asked = next(e for e in rec.events if e.type == "REQUEST")
    assert rec.actor(asked.place).name == "Kompleks Parlemen"


def test_a_subject_shot_dead_is_the_target_not_the_place():
    rec = run("Budi Santoso tewas ditembak anggota TPNPB di Intan Jaya.")
    assert pairs(rec, "ASSAULT") == [(["TPNPB"], ["Budi Santoso"])]


def test_a_toll_counted_beside_an_attacked_state_adds_no_count_as_target():
    rec = run("Rusia melancarkan serangan rudal ke Ukraina pada Senin, menewaskan 36 orang.")
    assert pairs(rec, "ASSAULT") == [(["Rusia"], ["Ukraina"])]
    assert not any(a.type == ActorType.GROUP for a in rec.actors)


def test_retaliation_is_an_attack_and_announced_a_threat():
    rec = run("\"Kami akan membalas serangan Israel,\" kata juru bicara Hizbullah Mohammad Afif.")
    assert pairs(rec, "THREATEN") == [(["Mohammad Afif"], ["Israel"])]
    rec = run("Iran membalas serangan Israel dengan meluncurkan ratusan rudal.")
    assert pairs(rec, "ASSAULT") == [(["Iran"], ["Israel"])]


def test_what_belongs_to_a_party_must_be_done_is_no_demand_on_it():
    rec = run('"Kepentingan rakyat Myanmar harus selalu menjadi prioritas," kata Presiden Joko '
              'Widodo. "Pemerintah Myanmar harus membebaskan para tahanan," tambahnya.')
    assert pairs(rec, "REQUEST") == [(["Joko Widodo"], ["Myanmar"])]
    assert [e.trigger.text for e in rec.events if e.type == "REQUEST"] == ["harus"]
    assert "Pemerintah Myanmar" in rec.events[0].evidence.text


def test_a_bare_protest_noun_is_done_by_the_crowd_after_it_at_the_site_named_later():
    rec = run("Pengesahan itu diwarnai unjuk rasa ratusan buruh di depan Gedung DPR.")
    assert pairs(rec, "PROTEST") == [(["buruh"], ["DPR"])]


def test_the_subject_of_a_passive_is_the_head_before_a_long_relative_clause():
    rec = run("Ribuan buruh berunjuk rasa di depan Gedung DPR. Menjelang petang, massa yang "
              "membakar ban dan berupaya merobohkan pagar Gedung DPR dibubarkan aparat Polda "
              "Metro Jaya.")
    assert pairs(rec, "COERCE") == [(["Polda Metro Jaya"], ["buruh"])]


def test_condemning_violence_against_a_crowd_accuses_not_the_crowd():
    rec = run('"Kami mengecam keras penggunaan kekerasan yang meluas terhadap para pengunjuk '
              'rasa damai," ujar Josep Borrell kepada wartawan. Uni Eropa juga mengecam '
              'tindakan Iran terhadap para jurnalis.')
    assert pairs(rec, "ACCUSE") == [(["Uni Eropa"], ["Iran"])]


def test_a_verb_after_a_conjunction_has_no_subject_of_its_own():
    from graph.extract.clauses import subject_region
    from graph.nlp import pipeline

    doc = pipeline.load("id")("Jakarta terus mendorong solusi dua negara dan siap mengirimkan "
                              "bantuan bagi warga Gaza.")
    verb = next(t.i for t in doc if t.text == "mengirimkan")
    assert subject_region(doc, 0, verb, "id") is None


def test_a_verb_citing_a_claim_has_no_subject_before_it():
    from graph.extract.clauses import subject_region
    from graph.nlp import pipeline

    doc = pipeline.load("id")("Anwar semestinya diberhentikan sebagai hakim konstitusi, "
                              "sebagaimana dituntut sejumlah pelapor.")
    verb = next(t.i for t in doc if t.text == "dituntut")
    assert subject_region(doc, 0, verb, "id") is None


def test_bare_police_at_home_stay_the_police_though_a_foreign_leader_spoke_last():
    rec = run("Perdana Menteri Malaysia Muhyiddin Yassin mengatakan junta harus menghentikan "
              "kekerasan. Di luar gedung pertemuan di Jakarta, puluhan aktivis berunjuk rasa. "
              "Polisi membubarkan para aktivis.")
    assert [s for s, _ in pairs(rec, "COERCE")] == [["Polisi"]]


def test_a_denial_for_ones_own_side_is_not_aimed_at_that_side():
    rec = run("KontraS menuduh Polri bertindak represif terhadap mahasiswa. Kepala Divisi Humas "
              "Polri Irjen Sandi Nugroho membantah Polri bertindak represif terhadap mahasiswa.")
    assert pairs(rec, "REJECT") == [(["Sandi Nugroho"], ["KontraS"])]
    assert pairs(rec, "ACCUSE") == [(["KontraS"], ["Polri"])]
    assert actor_named(rec, "Sandi Nugroho").affiliation == "polri"


def test_a_pledge_not_to_threaten_is_no_threat():
    rec = run("Presiden Venezuela Nicolas Maduro dan Presiden Guyana Mohamed Irfaan Ali sepakat "
              "untuk tidak saling mengancam dalam sengketa wilayah Essequibo.")
    assert types(rec) == {"AGREE"}


def test_a_counted_crowd_of_members_names_its_body_not_a_person():
    rec = run("Puluhan aktivis Koalisi Masyarakat Sipil Antikorupsi berunjuk rasa di depan "
              "Gedung KPK. Mereka membentangkan spanduk dan mendesak KPK menelusuri aliran dana.")
    assert pairs(rec, "REQUEST") == [(["Koalisi Masyarakat Sipil Antikorupsi"], ["KPK"])]


def test_an_attack_named_by_its_kinds_strikes_the_party_after_terhadap():
    rec = run("Amerika Serikat dan Inggris melancarkan serangan udara dan rudal terhadap lebih "
              "dari selusin sasaran milik kelompok Houthi di Yaman. Ukraina melancarkan serangan "
              "drone terhadap sejumlah pangkalan udara di dalam wilayah Rusia.")
    assert pairs(rec, "ASSAULT") == [(["Amerika Serikat", "Inggris"], ["Houthi"]),
                                     (["Ukraina"], ["Rusia"])]


def test_the_people_of_a_state_are_a_group_and_a_toll_joins_its_attack():
    rec = run("Menurut Kementerian Kesehatan Gaza, serangan udara Israel di Rafah pada Senin "
              "menewaskan sedikitnya 67 warga Palestina. Israel menangkap tiga warga Palestina.")
    assert actor_named(rec, "warga Palestina").type == ActorType.GROUP
    assert len(pairs(rec, "ASSAULT")) == 1
    assert "warga Palestina" in pairs(rec, "ASSAULT")[0][1]
    assert pairs(rec, "COERCE") == [(["Israel"], ["warga Palestina"])]


def test_security_forces_abroad_are_their_state_whatever_place_was_named_before():
    rec = run("Uni Eropa menjatuhkan sanksi terhadap Iran. Menurut kelompok Iran Human Rights "
              "yang berbasis di Oslo, ratusan orang tewas. Pemerintah Iran belum mengonfirmasi "
              "angka tersebut. Di kota Sanandaj, aparat keamanan membubarkan ratusan demonstran "
              "dengan gas air mata.")
    assert [s for s, _ in pairs(rec, "COERCE")] == [["Iran"]]
    assert "aparat keamanan" not in {a.name for a in rec.actors}


def test_a_prosecutors_demand_for_a_penalty_is_a_charge():
    rec = run("Jaksa penuntut umum KPK menuntut Bambang Sutedja dihukum 12 tahun penjara. Buruh "
              "menuntut Gubernur Anies Baswedan merevisi upah minimum.")
    assert pairs(rec, "ACCUSE") == [(["KPK"], ["Bambang Sutedja"])]
    assert pairs(rec, "REQUEST") == [(["Buruh"], ["Anies Baswedan"])]


def test_a_retaliation_done_with_no_force_is_no_attack():
    rec = run("Presiden AS Donald Trump membalas dengan mengumumkan kenaikan tarif atas "
              "barang-barang China. Israel membalas dengan serangan rudal ke Iran.")
    assert pairs(rec, "ASSAULT") == [(["Israel"], ["Iran"])]


def test_a_warning_dated_before_its_clause_threatens_the_clause_subject():
    rec = run("Adik pemimpin Korea Utara, Kim Yo Jong, memperingatkan pada Sabtu bahwa Korea "
              "Selatan akan membayar harga yang mahal.")
    assert pairs(rec, "THREATEN") == [(["Kim Yo Jong"], ["Korea Selatan"])]


def test_deploying_ships_jets_or_police_is_mobilizing():
    rec = run("TNI Angkatan Laut mengerahkan dua kapal perang ke perairan Natuna. Di Polandia, "
              "militer mengerahkan jet tempur pada Senin pagi.")
    assert pairs(rec, "MOBILIZE") == [(["TNI Angkatan Laut"], []), (["Polandia"], [])]


def test_a_crowd_besieging_an_office_protests_and_pelting_it_assaults():
    rec = run("Ratusan mahasiswa mengepung kantor DPRD Jambi pada Senin. Mereka juga melempari "
              "kantor DPRD Jambi dengan batu.")
    assert types(rec) == {"PROTEST", "ASSAULT"}


def test_airdropping_aid_is_aid():
    rec = run("Pesawat TNI AU menerjunkan bantuan kemanusiaan untuk warga Gaza pada Selasa.")
    assert types(rec) == {"AID"}


def test_a_coast_guard_condemning_an_act_accuses_who_did_it():
    rec = run("Kapal China menembakkan meriam air ke arah kapal Filipina pada Selasa. Penjaga "
              "Pantai Filipina mengecam tindakan itu.")
    assert pairs(rec, "ACCUSE") == [(["Penjaga Pantai Filipina"], ["Tiongkok"])]


def test_a_ministry_summoning_a_mission_official_requests_and_is_referred_to_as_kementerian():
    rec = run("Rabu pagi, Departemen Luar Negeri Filipina memanggil wakil kepala misi Kedutaan "
              "Besar China di Manila. Dalam pernyataannya, kementerian itu menuntut agar "
              "kapal-kapal China segera meninggalkan beting tersebut.")
    requests = pairs(rec, "REQUEST")
    assert [sources for sources, _ in requests] == [["Departemen Luar Negeri Filipina"]] * 2
    assert [rec.actor(s.speaker).name for s in rec.statements] == [
        "Departemen Luar Negeri Filipina"]


def test_a_tariff_on_another_states_goods_is_a_sanction_and_a_domestic_tariff_is_not():
    rec = run("Presiden AS Donald Trump mengenakan tarif tambahan 10 persen terhadap produk China "
              "pada Selasa. China menetapkan tarif 15 persen atas batu bara dari AS. Tarif "
              "listrik naik pekan depan.")
    assert pairs(rec, "SANCTION") == [(["Donald Trump"], ["Tiongkok"]),
                                      (["Tiongkok"], ["Amerika Serikat"])]


def test_recalling_ones_envoy_is_a_sanction_and_summoning_anothers_a_request():
    rec = run("Kongo memanggil pulang duta besarnya dari Kigali pada Rabu. Kementerian Luar Negeri "
              "Elbonia memanggil Duta Besar Rwanda.")
    assert types(rec) == {"SANCTION", "REQUEST"}
    assert pairs(rec, "SANCTION") == [(["Republik Demokratik Kongo"], ["Rwanda"])]


def test_arresting_a_counted_crowd_of_persons_is_coercion_of_that_group():
    rec = run("Polres Kupang menangkap 12 pria dan empat remaja pada Kamis malam. "
              "Kejaksaan menahan dua wartawan lokal.")
    assert pairs(rec, "COERCE") == [(["Polres Kupang"], ["12 pria", "empat remaja"]),
                                    (["Kejaksaan"], ["dua wartawan lokal"])]


def test_a_passive_accusation_followed_by_what_was_done_names_no_agent_there():
    rec = run("Polres Bima menahan 20 mahasiswa yang dituduh merusak pagar kantor DPRD Kota Bima.")
    assert all("DPRD Kota Bima" not in sources for sources, _ in pairs(rec, "ACCUSE"))


def test_a_bare_or_definite_company_noun_refers_back_to_the_company_named():
    rec = run("PT Borneo Sawit Lestari membuka kebun di Ketapang. Petani menuding perusahaan "
              "merampas lahan desa. Bupati Ketapang juga mengecam perusahaan itu.")
    assert pairs(rec, "ACCUSE") == [(["Petani"], ["PT Borneo Sawit Lestari"]),
                                    (["Bupati Ketapang"], ["PT Borneo Sawit Lestari"])]


def test_layoffs_are_no_sanction_but_cutting_diplomatic_ties_is():
    rec = run("PT Tekstil Raya melakukan pemutusan hubungan kerja terhadap 300 karyawan. Niger "
              "memutuskan hubungan diplomatik dengan Prancis.")
    assert pairs(rec, "SANCTION") == [(["Niger"], ["Prancis"])]


def test_a_thing_named_with_a_title_word_is_no_unnamed_person():
    rec = run("Tambang itu mengancam sumber air warga, kata Kepala Desa Lamboya.")
    assert not any(a.name.startswith("sumber") for a in rec.actors)


def test_a_referred_drill_is_the_latest_drill_by_another_side_whatever_its_kind():
    rec = run("Rusia menggelar latihan militer di Laut Baltik pada Senin. Lituania lalu "
              "mengerahkan kapal perang ke perairannya. Menteri Pertahanan Lituania mengecam "
              "latihan itu.")
    assert pairs(rec, "ACCUSE") == [(["Menteri Pertahanan Lituania"], ["Rusia"])]


def test_a_movement_word_names_an_organisation_the_tagger_left_out():
    rec = run("Kepolisian Pakistan menuding kelompok Tehrik-e-Labbaik berada di balik "
              "kerusuhan itu. Presiden Meksiko menuding geng Los Lobos del Norte menyerang warga.")
    assert [targets for _, targets in pairs(rec, "ACCUSE")] == [["Tehrik-e-Labbaik"],
                                                              ["Los Lobos del Norte"]]


def test_unidentified_gunmen_attack_and_armed_groups_are_collectives():
    rec = run("Orang-orang bersenjata tak dikenal menembaki pos polisi di Poso pada Senin. "
              "Kapolda Sulteng meminta semua kelompok bersenjata menyerahkan senjata.")
    [attack] = [e for e in rec.events if e.type == "ASSAULT"]
    assert not attack.negated
    assert rec.actor(attack.sources[0]).name == "Orang-orang bersenjata tak dikenal"
    [request] = [e for e in rec.events if e.type == "REQUEST"]
    assert "semua kelompok bersenjata" in rec.actor(request.targets[0]).aliases


def test_releasing_counted_fishermen_is_a_retreat_and_repressing_a_crowd_coercion():
    rec = run("India membebaskan 17 nelayan Sri Lanka pada Kamis. Aparat keamanan menindas para "
              "demonstran di Kathmandu.")
    assert types(rec) == {"RETREAT", "COERCE"}
    assert pairs(rec, "RETREAT")[0][0] == ["India"]



def test_a_warning_threatens_who_its_clause_names_before_the_akan():
    rec = run("Kementerian Luar Negeri Iran memperingatkan bahwa kehadiran kapal perang Inggris "
              "di Selat Hormuz akan dianggap sebagai provokasi.")
    assert pairs(rec, "THREATEN") == [(["Kementerian Luar Negeri Iran"], ["Inggris"])]


def test_a_possessed_body_word_is_the_body_of_its_possessor():
    rec = run("Juru bicara Hizbullah, Ali Fayyad, mengatakan kelompoknya akan terus menyerang "
              "Israel.")
    assert pairs(rec, "THREATEN") == [(["Ali Fayyad"], ["Israel"])]


def test_enforcement_against_someone_is_coercion_but_a_crime_is_no_event():
    rec = run("Polda Metro Jaya menindak 20 anggota ormas pada Sabtu. Pelaku tindak pidana itu "
              "belum diketahui.")
    assert pairs(rec, "COERCE") == [(["Polda Metro Jaya"], ["20 anggota ormas"])]


def test_readiness_to_negotiate_or_cooperate_is_an_offer():
    rec = run("Juru bicara Hamas, Basem Naim, menyatakan kelompoknya siap berunding langsung "
              "dengan Israel, tetapi menolak usulan Mesir.")
    assert pairs(rec, "AGREE") == [(["Basem Naim"], ["Israel"])]


def test_a_host_entertaining_guests_is_the_target_of_their_visit():
    rec = run("Perdana Menteri Jepang Shigeru Ishiba menjamu Presiden Filipina Ferdinand Marcos "
              "Jr. di Tokyo pada Selasa.")
    assert pairs(rec, "CONSULT") == [(["Ferdinand Marcos Jr."], ["Shigeru Ishiba"])]


def test_speaking_on_condition_of_anonymity_is_no_meeting():
    rec = run("Seorang pejabat militer Thailand yang berbicara dengan syarat anonim mengatakan "
              "kepada Reuters bahwa pasukan telah ditarik. Perdana Menteri Thailand Anutin "
              "Charnvirakul berbicara dengan Perdana Menteri Kamboja Hun Manet.")
    assert pairs(rec, "CONSULT") == [(["Anutin Charnvirakul"], ["Hun Manet"])]


def test_a_ballot_number_closing_a_crowd_name_is_no_date():
    rec = run("Ratusan pendukung pasangan nomor urut 3 menggelar aksi di depan kantor Bawaslu "
              "Kota Ambon pada Kamis.")
    assert [sources for sources, _ in pairs(rec, "PROTEST")] == [
        ["pendukung pasangan nomor urut 3"]]


def test_a_referred_act_no_event_was_coded_for_accuses_who_its_first_mention_names():
    rec = run("Moskow mengumumkan latihan gabungan di Laut Jepang pada Selasa. Media pemerintah "
              "menyebut latihan tersebut sukses. Kementerian Pertahanan Jepang mengecam latihan "
              "itu.")
    assert pairs(rec, "ACCUSE") == [(["Kementerian Pertahanan Jepang"], ["Rusia"])]


def test_relief_goods_sent_after_their_amount_are_aid():
    rec = run("Palang Merah Thailand menyalurkan 15 ton obat-obatan kepada pengungsi Sudan. "
              "Malaysia mengirimkan 40 ton bantuan kepada Palestina.")
    assert pairs(rec, "AID") == [(["Palang Merah Thailand"], ["pengungsi Sudan"]),
                                 (["Malaysia"], ["Palestina"])]


def test_no_single_body_acts_on_itself():
    rec = run("Ribuan buruh berunjuk rasa di depan Balai Kota. Polisi kemudian mengamankan 14 "
              "orang. Kapolres Metro Jakarta Pusat Kombes Andri Kurniawan mengatakan mereka yang "
              "diamankan masih diperiksa.")
    assert all(set(e.targets) != set(e.sources) for e in rec.events)


def test_a_crowd_besieging_or_thronging_a_building_protests_against_the_body_it_houses():
    rec = run("Ratusan petani menggeruduk Gedung DPRD pada Senin. Sehari kemudian, ribuan buruh "
              "mengepung Kantor KPU di Makassar.")
    assert pairs(rec, "PROTEST") == [(["petani"], ["DPRD"]), (["buruh"], ["KPU"])]


def test_officers_raiding_an_office_coerce_its_body():
    rec = run("Penyidik Kejaksaan Agung menggeruduk kantor Kementerian Perdagangan pada Selasa.")
    assert pairs(rec, "COERCE") == [(["Kejaksaan Agung"], ["Kementerian Perdagangan"])]


def test_the_police_no_command_names_are_a_body_of_their_own():
    rec = run("Ratusan pengunjuk rasa melempari polisi dengan batu di depan kantor gubernur.")
    assert pairs(rec, "ASSAULT") == [(["pengunjuk rasa"], ["polisi"])]
    assert actor_named(rec, "polisi").type == ActorType.ORGANIZATION


def test_an_act_a_request_noun_asks_for_is_not_done():
    rec = run("Pemerintah Korea Utara menolak permintaan Jepang untuk bertemu keluarga korban "
              "penculikan.")
    assert types(rec) == {"REJECT"}


def test_people_counted_vaguely_are_a_collective_also_known_with_their_relative_clause():
    rec = run("Polisi mengamankan puluhan orang yang diduga menjadi penyusup. Mereka kini "
              "diperiksa di Polres Bogor.")
    assert pairs(rec, "COERCE")[0][1] == ["orang"]
    assert "puluhan orang yang diduga menjadi penyusup" in actor_named(rec, "orang").aliases


def test_a_law_named_for_a_body_is_no_target_of_its_rejection():
    rec = run("Ribuan buruh menolak UU Cipta Kerja dan revisi UU KPK. Mereka juga menolak DPR.")
    assert pairs(rec, "REJECT") == [(["buruh"], ["DPR"])]


def test_taking_to_court_is_an_accusation_but_a_case_implicating_someone_is_no_act():
    rec = run("Nikaragua menyeret Jerman ke Mahkamah Internasional pada Senin. Hasto diperiksa "
              "dalam kasus suap anggota DPR yang menyeret buronan Harun Masiku.")
    assert pairs(rec, "ACCUSE") == [(["Nikaragua"], ["Jerman"])]


def test_running_over_water_cannon_and_questioning_a_decision_are_in_the_lexicon():
    rec = run("Kendaraan taktis Brimob melindas seorang pengemudi ojek online hingga tewas. Kapal "
              "Penjaga Pantai China menyemprotkan meriam air ke kapal Filipina. Anggota Komisi XI "
              "DPR Dolfie Palit mempertanyakan keputusan sepihak pemerintah.")
    assert [(e.type, e.trigger.text) for e in rec.events] == [
        ("ASSAULT", "melindas"), ("ASSAULT", "menyemprotkan meriam air"),
        ("ACCUSE", "mempertanyakan")]


def test_calling_a_body_unprofessional_or_a_crowd_anarchic_accuses_it():
    rec = run("Kuasa hukum terdakwa, Rudi Hartono, menilai Kejaksaan Agung tidak profesional. "
              "Kapolres Bogor AKBP Iman Santoso menyebut massa bertindak anarkis.")
    assert pairs(rec, "ACCUSE") == [(["Rudi Hartono"], ["Kejaksaan Agung"]),
                                    (["Iman Santoso"], ["massa"])]


def test_the_same_day_is_no_relative_clause_so_the_detained_are_the_reported_subject():
    rec = run("Kapolresta Solo Kombes Budi Hartono saat dihubungi pada hari yang sama menyebut "
              "puluhan pemuda diamankan.")
    assert pairs(rec, "COERCE") == [(["Polresta Solo"], ["pemuda"])]


def test_an_act_in_a_clause_of_what_is_wanted_is_not_done():
    rec = run("Moskow mengajukan tuntutan yang berat, termasuk agar Kiev menarik pasukannya dari "
              "empat wilayah.")
    assert "RETREAT" not in types(rec)


def test_all_holders_of_an_office_are_a_collective():
    rec = run("Ketua Umum Partai Gerindra Prabowo Subianto menginstruksikan seluruh kepala daerah "
              "dari partainya untuk menunda perjalanan ke Bali.")
    assert pairs(rec, "REQUEST") == [(["Prabowo Subianto"], ["kepala daerah"])]


def test_a_person_pronoun_with_no_person_salient_is_the_person_just_named_not_the_body():
    rec = run("Komisi Pemberantasan Korupsi menetapkan Bupati Sidoarjo Ahmad Muhdlor sebagai "
              "tersangka. Ia langsung ditahan usai diperiksa.")
    assert pairs(rec, "COERCE") == [(["Komisi Pemberantasan Korupsi"], ["Ahmad Muhdlor"])]


def test_a_party_told_it_must_pay_dearly_is_threatened():
    rec = run("Juru bicara Hamas Abu Obeida mengatakan Israel harus siap membayar mahal atas "
              "serangan itu.")
    assert pairs(rec, "THREATEN") == [(["Abu Obeida"], ["Israel"])]


def test_talks_continued_are_a_meeting_and_promised_they_are_an_agreement():
    rec = run("Mesir melanjutkan perundingan dengan Ethiopia pada Senin. Sudan akan "
              "melanjutkan konsultasi dengan Mesir.")
    assert [(e.type, e.trigger.text) for e in rec.events] == [
        ("CONSULT", "melanjutkan perundingan"), ("AGREE", "melanjutkan konsultasi")]


def test_the_bare_cue_seru_after_a_quote_exclaims_and_calls_on_no_one():
    rec = run('"Kami datang untuk mengawal putusan MK. DPR jangan mengkhianati konstitusi!" seru '
              "Presiden Partai Buruh Said Iqbal dari atas mobil komando.\n\nMassa bertahan "
              "hingga malam.")
    assert [e.trigger.text for e in rec.events if e.type == "REQUEST"] == ["jangan"]


def test_a_bare_title_owning_the_object_is_its_holder_but_not_an_aide_s():
    rec = run("Kapolri Jenderal Listyo Sigit Prabowo memberi keterangan pada Selasa. Menko "
              "Polhukam Mahfud MD mengapresiasi langkah Kapolri. Ketua DPR Puan Maharani "
              "mengkritik ajudan Kapolri.")
    assert pairs(rec, "SUPPORT") == [(["Mahfud MD"], ["Listyo Sigit Prabowo"])]
    assert pairs(rec, "ACCUSE") == []


def test_a_meeting_noun_with_nya_is_the_last_named_person_s_meeting_with_its_partner():
    rec = run("Menteri Luar Negeri Thailand Don Pramudwinai memaparkan hasil pertemuannya dengan "
              "pemimpin NLD yang digulingkan, Aung San Suu Kyi, di Naypyidaw pada Minggu. Dewan "
              "Pengawas KPK memeriksa Firli Bahuri terkait pertemuannya dengan Syahrul Yasin "
              "Limpo di Jakarta.")
    assert pairs(rec, "CONSULT") == [(["Don Pramudwinai"], ["Aung San Suu Kyi"]),
                                     (["Firli Bahuri"], ["Syahrul Yasin Limpo"])]


def test_an_act_a_party_is_judged_to_have_done_in_what_is_said_is_an_accusation():
    rec = run("Juru bicara militer Israel Daniel Hagari mengatakan Hamas dinilai menyerang warga "
              "sipil di Rafah.")
    assert pairs(rec, "ASSAULT") == []
    assert pairs(rec, "ACCUSE") == [(["Daniel Hagari"], ["Hamas"])]


def test_a_promise_to_strike_back_is_a_threat_and_one_to_help_an_agreement():
    rec = run("Presiden Rusia Vladimir Putin berjanji akan memberikan balasan atas serangan "
              "Ukraina ke Jembatan Krimea. Kepala BP Batam Muhammad Rudi menjanjikan setiap "
              "kepala keluarga akan mendapat rumah.")
    assert pairs(rec, "THREATEN") == [(["Vladimir Putin"], ["Ukraina"])]
    assert [e.sources for e in rec.events if e.type == "AGREE"] == [["muhammad-rudi"]]


def test_police_dispersing_a_crowd_after_a_place_phrase_are_the_command_the_text_names():
    rec = run("Ribuan mahasiswa berunjuk rasa di depan Gedung DPR pada Kamis. Kepala Bidang Humas "
              "Polda Metro Jaya Komisaris Besar Ade Ary Syam Indradi mengatakan massa bertahan "
              "hingga malam. Sebagian pengunjuk rasa merobohkan pagar di sisi belakang kompleks "
              "parlemen, dan polisi membalas dengan menembakkan gas air mata untuk membubarkan "
              "mereka.")
    assert actor_named(rec, "Ade Ary Syam Indradi").affiliation == "polda-metro-jaya"
    assert pairs(rec, "COERCE") == [(["Polda Metro Jaya"], ["mahasiswa"])]


def test_a_clause_joined_by_a_comma_and_dan_after_an_object_has_its_own_subject():
    rec = run("Ribuan mahasiswa berunjuk rasa di depan gedung DPR pada Kamis. Sebagian massa "
              "menjebol pagar gedung parlemen, dan polisi menembakkan gas air mata untuk "
              "membubarkan mereka. Kepolisian Daerah Metro Jaya mengatakan puluhan demonstran "
              "diamankan.")
    assert (["Kepolisian Daerah Metro Jaya"], ["mahasiswa"]) in pairs(rec, "COERCE")


def test_people_held_by_no_agent_in_what_a_police_command_says_are_held_by_it():
    rec = run("Ribuan mahasiswa berunjuk rasa di depan gedung DPR pada Kamis. Kepolisian Daerah "
              "Metro Jaya mengatakan puluhan demonstran diamankan.")
    assert pairs(rec, "COERCE") == [(["Kepolisian Daerah Metro Jaya"], ["mahasiswa"])]


def test_mereka_is_the_crowd_before_and_a_counted_day_in_a_relative_clause_dates_only_it():
    rec = run("Ribuan demonstran berunjuk rasa di depan Gedung DPR, Senayan, pada Kamis, 22 "
              "Agustus 2024. Mereka menolak revisi undang-undang yang dikebut Badan Legislasi "
              "DPR sehari sebelumnya.", date="2024-08-23")
    reject = next(e for e in rec.events if e.type == "REJECT")
    assert [rec.actor(k).name for k in reject.sources] == ["demonstran"]
    assert reject.date == "2024-08-22"


def test_a_refused_petition_named_at_length_answers_who_filed_it():
    rec = run("Mahkamah Konstitusi (MK) menolak seluruh permohonan sengketa hasil Pemilihan "
              "Presiden (Pilpres) 2024 yang diajukan Partai Buruh terhadap Komisi Pemilihan Umum.")
    assert pairs(rec, "REJECT") == [(["Mahkamah Konstitusi"], ["Partai Buruh"])]


def test_praising_a_ruling_referred_back_to_supports_whoever_ruled():
    rec = run("Mahkamah Konstitusi (MK) menolak permohonan yang diajukan Partai Buruh. Kuasa "
              "hukum pemerintah, Yusril Ihza Mahendra, memuji putusan tersebut.")
    assert pairs(rec, "SUPPORT") == [(["Yusril Ihza Mahendra"], ["Mahkamah Konstitusi"])]


def test_a_threat_whose_object_announces_an_act_is_aimed_at_its_condition():
    rec = run("Presiden Partai Buruh Said Iqbal mengancam buruh akan mogok nasional jika DPR "
              "tetap mengesahkan revisi itu.")
    assert pairs(rec, "THREATEN") == [(["Said Iqbal"], ["DPR"])]


def test_an_act_in_a_time_clause_after_a_request_is_no_part_of_what_is_asked():
    rec = run("Pemerintah Filipina memanggil diplomat China di Manila setelah kapal Penjaga Pantai "
              "China menembakkan meriam air ke kapal pemasok Filipina.")
    assert pairs(rec, "ASSAULT") == [(["Penjaga Pantai China"], ["Filipina"])]


def test_a_bare_word_for_parliament_is_the_legislature_named_before():
    rec = run("Dewan Perwakilan Rakyat (DPR) batal mengesahkan revisi itu pada Kamis. Presiden "
              "Partai Buruh Said Iqbal mengancam buruh akan mogok nasional jika parlemen tetap "
              "mengesahkannya.")
    assert pairs(rec, "THREATEN") == [(["Said Iqbal"], ["Dewan Perwakilan Rakyat"])]


def test_a_building_a_crowd_besieges_is_where_it_protests():
    rec = run("Ribuan mahasiswa dan buruh mengepung Gedung DPR di Senayan, Jakarta, pada Kamis.")
    protest = next(e for e in rec.events if e.type == "PROTEST")
    assert rec.actor(protest.place).name == "Gedung DPR"


def test_a_building_named_in_lower_case_after_a_preposition_is_where_a_crowd_protests():
    rec = run("Ribuan mahasiswa berunjuk rasa di depan gedung DPR pada Kamis.")
    protest = next(e for e in rec.events if e.type == "PROTEST")
    assert rec.actor(protest.place).name == "gedung DPR"


def test_standing_with_an_ally_is_support():
    rec = run("Jepang menyatakan berdiri bersama Filipina dalam sengketa itu. Kanada juga "
              "berdiri di samping Ukraina.")
    assert pairs(rec, "SUPPORT") == [(["Jepang"], ["Filipina"]), (["Kanada"], ["Ukraina"])]


def test_the_clitic_object_of_an_active_verb_is_the_party_named_before_it():
    rec = run("Kejaksaan Agung menahan Ahmad Yusuf setelah memeriksanya selama delapan jam.")
    assert pairs(rec, "COERCE") == [(["Kejaksaan Agung"], ["Ahmad Yusuf"])]
    assert pairs(rec, "ACCUSE") == [(["Kejaksaan Agung"], ["Ahmad Yusuf"])]


def test_deployment_of_an_approximate_number_of_personnel():
    rec = run("Polda Metro Jaya mengerahkan sekitar 300 personel gabungan untuk mengamankan "
              "jalannya sidang.")
    assert pairs(rec, "MOBILIZE") == [(["Polda Metro Jaya"], [])]


def test_a_visit_received_from_the_head_of_another_party():
    rec = run("Ketua Umum Partai Golkar Hartono Wibisono menerima kunjungan Ketua Umum Partai "
              "Kebangkitan Bangsa (PKB) Andi Mappasessu di kediamannya di kawasan Menteng, Senin "
              "malam.")
    assert pairs(rec, "CONSULT") == [(["Andi Mappasessu"], ["Hartono Wibisono"])]


def test_a_meeting_told_again_is_one_event():
    rec = run("Menteri Keuangan Sri Wahyuni sarapan bersama Gubernur Bank Indonesia Budi Santoso "
              "di Jakarta, Rabu (21/1). Sri mengatakan pertemuannya dengan Budi membahas rupiah. "
              "Keduanya juga berdiskusi tentang suku bunga.")
    assert pairs(rec, "CONSULT") == [(["Sri Wahyuni"], ["Budi Santoso"])]


def test_a_demand_made_again_by_the_same_side_is_one_event_but_a_proposal_is_another():
    rec = run('Washington mendesak Beijing untuk menahan diri. "Kami mendesak Beijing bertindak '
              'dengan menahan diri," kata juru bicara Departemen Luar Negeri AS Matthew Miller. '
              "Amerika Serikat juga mengusulkan Beijing membuka jalur komunikasi militer.")
    assert pairs(rec, "REQUEST") == [(["Amerika Serikat"], ["Tiongkok"]),
                                     (["Amerika Serikat"], ["Tiongkok"])]
    assert [e.trigger.text for e in rec.events if e.type == "REQUEST"] == ["mendesak",
                                                                          "mengusulkan"]


def test_a_verb_joined_after_an_adverb_in_a_statement_keeps_its_subject():
    rec = run("Kementerian Pertahanan Taiwan mengatakan pihaknya mendeteksi 49 pesawat militer "
              "China dan telah mengerahkan pasukan.")
    assert pairs(rec, "MOBILIZE") == [(["Taiwan"], [])]


def test_an_arrival_where_the_visitor_meets_a_leader_is_the_meeting():
    rec = run("Menteri Luar Negeri Jepang Yoko Kamikawa tiba di Manila, Senin (8/7). Kamikawa "
              "bertemu Presiden Filipina Ferdinand Marcos pada hari yang sama. Kamikawa juga tiba "
              "di Jakarta pada Rabu (10/7).")
    assert pairs(rec, "CONSULT") == [(["Yoko Kamikawa"], ["Ferdinand Marcos"]),
                                     (["Yoko Kamikawa"], ["Indonesia"])]


def test_parties_named_with_acronyms_sign_a_ceasefire_together():
    rec = run("Angkatan Bersenjata Sudan (SAF) dan Pasukan Dukungan Cepat (RSF) menandatangani "
              "perjanjian gencatan senjata di Jeddah pada Sabtu.")
    assert pairs(rec, "AGREE") == [(["Angkatan Bersenjata Sudan", "Pasukan Dukungan Cepat"], [])]


def test_the_dead_told_before_an_attack_noun_are_its_target():
    rec = run("Sedikitnya 20 warga sipil tewas dalam serangan udara Rusia ke Kharkiv pada Senin.")
    assert pairs(rec, "ASSAULT") == [(["Rusia"], ["warga sipil"])]


def test_a_rally_for_a_party_is_aimed_at_whom_it_demands_of():
    rec = run("Di Jakarta, ribuan mahasiswa menggelar aksi bela Palestina di depan Kedutaan Besar "
              "Amerika Serikat. Massa menuntut Washington menghentikan pasokan senjata kepada "
              "Israel.")
    assert pairs(rec, "PROTEST") == [(["mahasiswa"], ["Amerika Serikat"])]


def test_a_launch_referred_back_to_is_its_launchers_and_not_relaunched_by_the_reporter():
    rec = run("Korea Utara menembakkan rudal balistik pada Senin. Kepala Staf Gabungan Korea "
              "Selatan menyatakan rudal itu diluncurkan dari kawasan Pyongyang. Presiden Korea "
              "Selatan Yoon Suk Yeol mengecam peluncuran itu.")
    assert pairs(rec, "MOBILIZE") == [(["Korea Utara"], [])]
    assert pairs(rec, "ACCUSE") == [(["Yoon Suk Yeol"], ["Korea Utara"])]


def test_a_demand_that_an_act_be_ended_or_a_person_dismissed_or_a_clause_revoked():
    rec = run('"Pendudukan Israel jelas ilegal dan harus segera diakhiri," kata Menteri Luar '
              "Negeri Retno Marsudi. Anggota majelis Bintan Saragih mengatakan Ahmad Yusuf "
              "semestinya diberhentikan secara tidak hormat. "
              '"Pasal ini harus dicabut," kata Sugiarto Halim kepada Menteri Hukum Yusuf Pradana. '
              "Menurut Rina Hartono, sikap Megawati harus dicontoh.")
    assert pairs(rec, "REQUEST") == [(["Retno Marsudi"], ["Israel"]),
                                     (["Bintan Saragih"], ["Ahmad Yusuf"]),
                                     (["Sugiarto Halim"], ["Yusuf Pradana"])]


def test_a_statement_that_commends_another_party_is_support_unless_negated():
    rec = run("Menteri Koordinator Politik Rina Hartono menilai langkah Polda Metro Jaya sudah "
              "sesuai prosedur. Menteri Luar Negeri Inggris Budi Santoso mengatakan Inggris "
              "meyakini Juan Guaido adalah orang yang tepat untuk memimpin Venezuela. Ketua DPR "
              "Ahmad Yusuf mengatakan langkah Kejaksaan Agung tidak tepat.")
    assert pairs(rec, "SUPPORT") == [(["Rina Hartono"], ["Polda Metro Jaya"]),
                                     (["Budi Santoso"], ["Juan Guaido"])]


def test_fighting_is_an_assault_but_a_fighter_jet_is_none():
    rec = run("Angkatan Bersenjata Sudan bertempur dengan Pasukan Dukungan Cepat di Khartoum. "
              "Rusia mengirim pesawat tempur ke Suriah.")
    assert pairs(rec, "ASSAULT") == [(["Angkatan Bersenjata Sudan"], ["Pasukan Dukungan Cepat"])]


def test_the_parties_of_a_fight_after_a_modifier_and_antara():
    rec = run("Pertempuran sengit antara Angkatan Bersenjata Sudan dan Pasukan Dukungan Cepat "
              "kembali pecah di Khartoum pada Minggu.")
    assert pairs(rec, "ASSAULT") == [(["Angkatan Bersenjata Sudan", "Pasukan Dukungan Cepat"],
                                      [])]
    rec = run("Angkatan Bersenjata Sudan dan Pasukan Dukungan Cepat menandatangani gencatan "
              "senjata pada Sabtu. Namun, pertempuran sengit antara kedua pihak kembali pecah di "
              "Khartoum pada Minggu.")
    assert pairs(rec, "ASSAULT") == [(["Angkatan Bersenjata Sudan", "Pasukan Dukungan Cepat"],
                                      [])]


def test_a_call_for_an_act_named_by_its_noun_is_a_request_on_no_one_in_particular():
    rec = run("Sekretaris Jenderal PBB Antonio Guterres menyerukan penyelidikan independen atas "
              "penembakan itu. Menteri Keuangan Rina Hartono meminta waktu dua pekan.")
    assert pairs(rec, "REQUEST") == [(["Antonio Guterres"], [])]


def test_a_crowd_with_a_relative_clause_is_the_subject_mereka_refers_to():
    rec = run("Ratusan buruh yang tergabung dalam Konfederasi Serikat Pekerja Indonesia (KSPI) "
              "berunjuk rasa di depan Gedung DPR pada Senin. Mereka menuntut DPR membatalkan "
              "revisi undang-undang itu.")
    assert pairs(rec, "REQUEST") == [(["buruh"], ["DPR"])]
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["buruh"]


def test_initials_after_a_description_are_the_person_named_before():
    rec = run("Kejaksaan Agung menahan bekas Gubernur Jawa Timur Bambang Adi Santoso pada Senin. "
              "\"Tim penyidik menahan tersangka BAS untuk 20 hari pertama,\" kata Kepala Pusat "
              "Penerangan Hukum Kejaksaan Agung Rudi Hartono.")
    assert pairs(rec, "COERCE") == [(["Kejaksaan Agung"], ["Bambang Adi Santoso"])]
    assert not any("BAS" in a.name for a in rec.actors)


def test_counted_suspects_spelt_out_after_a_phrase_are_the_targets():
    rec = run("Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka lain dalam perkara ini, "
              "yaitu Bendahara Dinas Pekerjaan Umum Andi Saputra dan Kepala Seksi Anggaran Budi "
              "Hartanto.")
    assert pairs(rec, "COERCE") == [(["Komisi Pemberantasan Korupsi"],
                                     ["Andi Saputra", "Budi Hartanto"])]


def test_an_unqualified_junta_is_the_state_the_story_opens_on():
    rec = run("Blok ECOWAS menjatuhkan sanksi terhadap Niger setelah kudeta di Niamey. Nigeria "
              "memimpin blok itu. Junta menolak menerima delegasi ECOWAS pada Selasa. Presiden "
              "Nigeria Bola Tinubu mengatakan semua opsi terbuka bagi Niger.")
    assert pairs(rec, "REJECT")[0][0] == ["Niger"]


def test_what_a_relative_clause_holds_someone_to_do_is_neither_said_nor_done():
    rec = run("Juru bicara kepolisian Andi Wibowo mengakui petugas menembakkan gas air mata ke "
              "arah massa yang dianggap mengancam petugas, tetapi mengatakan tidak ada korban "
              "jiwa dalam insiden itu.")
    assert [rec.actor(s.speaker).name for s in rec.statements] == ["Andi Wibowo"] * 2
    assert not {"THREATEN", "ACCUSE"} & types(rec)


def test_an_attack_with_no_named_victim_strikes_the_state_it_lands_in():
    rec = run("Dua rudal Rusia menghantam sebuah pusat perbelanjaan di Kharkiv, Ukraina, pada "
              "Sabtu. Sejak Maret, Rusia melancarkan serangan darat di wilayah timur laut Ukraina.")
    assert pairs(rec, "ASSAULT") == [(["Rusia"], ["Ukraina"])] * 2


def test_calling_an_act_a_provocation_accuses_its_agent():
    rec = run("Korea Utara meluncurkan sebuah rudal balistik ke Laut Jepang pada Senin. "
              "Kementerian Pertahanan Korea Selatan menyebut peluncuran itu sebagai provokasi "
              "serius.")
    assert pairs(rec, "ACCUSE") == [(["Kementerian Pertahanan Korea Selatan"], ["Korea Utara"])]


def test_bare_words_for_the_security_forces_are_the_task_force_named():
    rec = run("Satuan Tugas Operasi Damai Cartenz menangkap seorang tersangka di Ilaga pada Senin. "
              "Juru bicara kelompok itu, Sebby Sambom, menuding aparat salah tangkap dan meminta "
              "polisi membebaskan tersangka.")
    assert [t for _, t in pairs(rec, "ACCUSE") + pairs(rec, "REQUEST")] == [
        ["Satuan Tugas Operasi Damai Cartenz"]] * 2


def test_an_act_named_again_by_its_noun_takes_that_sentences_day():
    rec = run("Polres Bogor menangkap pengusaha Budi Santoso di Cibinong. Penangkapan "
              "dilakukan pada Senin malam, 7 Oktober 2024, di rumahnya.", date="2024-10-09")
    assert [e.date for e in rec.events if e.type == "COERCE"] == ["2024-10-07"]


def test_a_protest_is_aimed_at_whom_some_of_its_crowd_demand_of():
    rec = run("Ribuan mahasiswa, buruh, dan elemen masyarakat sipil berunjuk rasa sejak Kamis "
              "siang. Mereka menuntut DPR mematuhi putusan Mahkamah Konstitusi.")
    assert [t for _, t in pairs(rec, "PROTEST")] == [["DPR"]]


def test_a_body_named_with_its_acronym_and_city_is_one_subject():
    rec = run("Polisi menangkap 301 orang di Jakarta. Lembaga Bantuan Hukum (LBH) Jakarta mengecam "
              "penangkapan tersebut.")
    assert pairs(rec, "ACCUSE")[0][0] == ["Lembaga Bantuan Hukum Jakarta"]


def test_a_protest_delivered_at_a_summons_is_aimed_at_the_summoned():
    rec = run("Kementerian Luar Negeri Filipina memanggil Duta Besar China Huang Xilian untuk "
              "menyampaikan protes keras.")
    assert pairs(rec, "ACCUSE") == [(["Kementerian Luar Negeri Filipina"], ["Huang Xilian"])]


def test_calling_a_body_defiant_of_the_constitution_accuses_it():
    rec = run("Presiden Partai Buruh Said Iqbal menilai DPR telah membangkang terhadap konstitusi.")
    assert pairs(rec, "ACCUSE") == [(["Said Iqbal"], ["DPR"])]


def test_reminding_a_party_to_act_requests_it_and_a_bare_reminder_does_not():
    rec = run("Menteri Dalam Negeri Budi Santoso mengingatkan para bupati agar segera mencairkan "
              "dana pemilu. Ia juga mengingatkan bahwa tahun depan anggaran akan dipotong.")
    assert pairs(rec, "REQUEST") == [(["Budi Santoso"], ["para bupati"])]


def test_a_body_a_statute_is_named_for_is_no_target():
    rec = run("Ratusan mahasiswa berunjuk rasa di depan Gedung DPR, Senayan, menolak pengesahan "
              "revisi Undang-Undang TNI. Mereka menilai revisi UU Polri juga bermasalah.")
    assert not {"TNI", "Polri"} & {a.name for a in rec.actors}
    assert not pairs(rec, "REJECT")


def test_a_memper_verb_is_no_form_of_its_root():
    rec = run("Presiden Marcos mempertahankan Menteri Pertahanan Gilberto Teodoro. Kementerian "
              "Pertahanan mempersiapkan latihan itu.")
    assert not rec.events


def test_commemorating_a_day_is_no_warning():
    rec = run("Ratusan petani memperingati Hari Tani Nasional di Jakarta. Amerika Serikat "
              "memperingatkan Iran agar tidak menyerang Israel.")
    assert pairs(rec, "THREATEN") == [(["Amerika Serikat"], ["Iran"])]


def test_a_collective_right_after_a_passive_is_its_agent_but_a_charge_is_not():
    rec = run("Seorang polisi, Bripda Joko Susanto, tewas ditembak kelompok kriminal bersenjata "
              "pada Senin. Polisi kemudian menetapkan Budi sebagai tersangka. Budi "
              "ditetapkan tersangka pada Selasa.")
    assert pairs(rec, "ASSAULT") == [(["kelompok kriminal bersenjata"], ["Joko Susanto"])]
    assert not any(rec.actor(k).name == "tersangka" for e in rec.events for k in e.sources)


def test_an_allegation_of_a_crowd_or_its_pronoun_accuses_it_and_codes_no_act():
    rec = run("Ribuan buruh berunjuk rasa di depan Kantor Bupati. Polisi menyebut mereka diduga "
              "merusak pagar dan melempari petugas dengan batu.")
    assert pairs(rec, "ACCUSE") == [(["Polisi"], ["buruh"])]
    assert not pairs(rec, "ASSAULT")
    rec = run("Juru bicara polisi Arief Nugroho mengatakan para tersangka diduga tengah "
              "merencanakan serangan terhadap kantor polisi.")
    assert pairs(rec, "ACCUSE") == [(["Arief Nugroho"], ["para tersangka"])]


def test_an_announced_punishment_threatens_whom_it_is_aimed_at_or_who_was_pressed():
    rec = run("Presiden Amerika Serikat Joe Biden mengatakan ia tidak akan ragu memerintahkan "
              "langkah lanjutan terhadap Houthi.")
    assert pairs(rec, "THREATEN") == [(["Joe Biden"], ["Houthi"])]
    rec = run("Menteri Dalam Negeri Budi Santoso mengingatkan para bupati agar segera mencairkan "
              "dana pemilu. \"Kalau tidak, akan kami beri teguran keras,\" kata Budi.")
    assert pairs(rec, "THREATEN") == [(["Budi Santoso"], ["para bupati"])]


def test_a_denied_punishment_or_a_follow_up_threatens_no_one():
    rec = run("Menteri Luar Negeri Retno Marsudi mengatakan Indonesia tidak akan menjatuhkan "
              "sanksi kepada Myanmar. Menteri Hukum Budi Santoso mengatakan pemerintah akan "
              "membahas tindak lanjutnya bersama DPR.")
    assert not pairs(rec, "THREATEN")


def test_a_counted_crowd_that_joined_a_body_acts_itself():
    rec = run("Ratusan mahasiswa yang tergabung dalam Aliansi Mahasiswa Nusantara menggelar aksi "
              "di depan Gedung DPR sambil membakar ban pada Senin.")
    [protest] = rec.events
    assert [rec.actor(k).type for k in protest.sources] == [ActorType.GROUP]
