"""Emitted actors cover every key that statements and events refer to (no pipeline needed)."""

from graph.extract.actors import Table, emitted
from graph.records import ActorType, Article, Event, QuoteForm, Statement


def test_every_referenced_actor_is_emitted():
    text = "Pengadilan meminta perusahaan membayar ganti rugi kepada para korban di Kota Lama."
    article = Article(id="t", text=text)
    table = Table("id")
    court = table.add("Pengadilan", ActorType.ORGANIZATION)
    firm = table.add("perusahaan", ActorType.GROUP)
    victims = table.add("para korban", ActorType.GROUP)
    town = table.add("Kota Lama", ActorType.PLACE)
    whole = article.span(0, len(text))
    stmt = Statement(speaker=court, content=whole, cue=article.span(11, 18),
                     form=QuoteForm.INDIRECT, evidence=whole, about=[firm, victims])
    event = Event(type="REQUEST", trigger=article.span(11, 18), evidence=whole,
                  sources=[court], targets=[firm], place=town, responds_to=[victims])
    keys = {a.key for a in emitted(table, [stmt], [event], article)}
    assert {court, firm, victims, town} <= keys


def test_an_organisation_named_twice_is_a_party_once_only_mentioned():
    text = "Partai Hijau dan Partai Biru hadir. Partai Hijau menolak."
    article = Article(id="t", text=text)
    table = Table("id")
    green = table.add("Partai Hijau", ActorType.ORGANIZATION)
    blue = table.add("Partai Biru", ActorType.ORGANIZATION)
    table.mention(green, 0, 12, "Partai Hijau")
    table.mention(blue, 17, 28, "Partai Biru")
    table.mention(green, 36, 48, "Partai Hijau")
    keys = {a.key for a in emitted(table, [], [], article)}
    assert green in keys and blue not in keys


def test_a_state_named_only_inside_another_name_is_no_party():
    text = "Mahasiswa Universitas Indonesia dan warga Malaysia hadir."
    article = Article(id="t", text=text)
    table = Table("id")
    campus = table.add("Universitas Indonesia", ActorType.ORGANIZATION)
    home = table.add("Indonesia", ActorType.COUNTRY)
    other = table.add("Malaysia", ActorType.COUNTRY)
    table.mention(campus, 10, 31, "Universitas Indonesia")
    table.mention(home, 22, 31, "Indonesia")
    table.mention(other, 42, 50, "Malaysia")
    keys = {a.key for a in emitted(table, [], [], article)}
    assert other in keys and home not in keys


def test_a_body_named_only_in_a_members_role_is_no_party():
    text = "Anggota Fraksi Partai Hijau Budi Santoso menolak. Ketua Partai Biru Rina Wati setuju."
    article = Article(id="t", text=text)
    table = Table("id")
    green = table.add("Partai Hijau", ActorType.ORGANIZATION)
    blue = table.add("Partai Biru", ActorType.ORGANIZATION)
    member = table.add("Budi Santoso", ActorType.PERSON)
    head = table.add("Rina Wati", ActorType.PERSON)
    table.actors[member].job_titles, table.actors[member].affiliation = ["Anggota Fraksi"], green
    table.actors[head].job_titles, table.actors[head].affiliation = ["Ketua"], blue
    table.mention(green, 15, 27, "Partai Hijau")
    table.mention(member, 0, 40, text[:40])
    table.mention(blue, 56, 67, "Partai Biru")
    table.mention(head, 50, 77, text[50:77])
    keys = {a.key for a in emitted(table, [], [], article)}
    assert blue in keys and green not in keys
