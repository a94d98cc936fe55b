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
