"""Criticisms voiced in statements are accusations (need the trained Indonesian pipeline)."""

from .helpers import needs_model, run

pytestmark = needs_model()


def accusations(record):
    return [([record.actor(k).name for k in e.sources], [record.actor(k).name for k in e.targets])
            for e in record.events if e.type == "ACCUSE"]


def test_a_party_said_to_do_wrong_is_accused_by_the_speaker():
    rec = run("Dewan Perwakilan Rakyat (DPR) mengesahkan revisi undang-undang itu. \"DPR "
              "mengabaikan suara publik,\" kata aktivis Siti Aminah.")
    assert accusations(rec) == [(["Siti Aminah"], ["Dewan Perwakilan Rakyat"])]


def test_a_negated_evaluation_or_one_of_the_speaker_itself_accuses_no_one():
    rec = run("Menteri Luar Negeri Retno Marsudi mengatakan Indonesia tidak melanggar hukum "
              "internasional. Juru bicara Partai Hijau Rudi Hartono mengatakan Malaysia tidak "
              "curang.")
    assert accusations(rec) == []


def test_an_act_done_wrongly_accuses_its_doer_not_the_place_it_names():
    rec = run("Juru bicara Penjaga Pantai China Gan Yu mengatakan kapal-kapal Filipina memasuki "
              "perairan China secara ilegal.")
    assert accusations(rec) == [(["Gan Yu"], ["Filipina"])]
