"""Media cited as a source are no actors; a person quoted by name is (trained pipeline)."""

from graph.extract.actors import citation_spans

from .helpers import needs_model, run


def cited(text: str) -> list[str]:
    return [text[s:e] for s, e in citation_spans(text, "id")]


def test_citation_covers_the_outlet_only():
    assert cited("Dilansir dari kantor berita Antara pada Senin, ia pergi.") == [
        "Dilansir dari kantor berita Antara"]
    assert cited("kata juru bicara itu seperti dikutip oleh Kyodo News.") == [
        "dikutip oleh Kyodo News"]


def test_person_quoted_by_name_is_no_citation():
    assert cited("Ia mengutip Budi Santoso yang mengatakan bantuan tiba.") == []


@needs_model()
def test_cited_outlet_is_neither_actor_nor_role():
    rec = run("Seperti diberitakan Reuters, Hendra mengatakan bahwa harga beras naik. "
              "Seorang pejabat senior mengutip Budi Santoso yang mengatakan bahwa bantuan "
              "akan dikirim.")
    names = {a.name for a in rec.actors}
    assert "Reuters" not in names and "Budi Santoso" in names
    assert all("Reuters" not in alias for a in rec.actors for alias in a.aliases)
