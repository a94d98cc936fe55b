"""Job titles kept on a person: the most specific form of each role (no model)."""

from graph.extract.actors import add_title
from graph.records import Actor, ActorType


def test_bare_title_gives_way_to_the_fuller_one():
    actor = Actor("x", "Rina Astuti", ActorType.PERSON)
    add_title(actor, "Menteri")
    add_title(actor, "Menteri Keuangan Malaysia")
    add_title(actor, "Menteri")
    assert actor.job_titles == ["Menteri Keuangan Malaysia"]


def test_a_different_role_with_the_same_words_stays():
    actor = Actor("x", "Dedi Kurnia", ActorType.PERSON)
    add_title(actor, "Ketua Komisi II")
    add_title(actor, "Wakil Ketua Komisi II")
    assert actor.job_titles == ["Ketua Komisi II", "Wakil Ketua Komisi II"]
