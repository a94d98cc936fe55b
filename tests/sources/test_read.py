"""Reading articles: headers, sidecars, JSON Lines, directories, stdin and bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from graph.records import Article
from graph.sources import InputError, read_inputs
from graph.sources.text import parse_header

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_4bba2ba1a0214ded.txt"


def articles(paths: list[str]) -> list[Article | InputError]:
    return list(read_inputs(paths))


def test_seed_header_is_parsed_and_kept_out_of_the_body() -> None:
    [article] = articles([str(SEED)])
    assert isinstance(article, Article)
    assert article.id == "000_4bba2ba1a0214ded"
    assert article.date == "2022-02"
    assert article.publisher == "IslamTimes"
    assert article.body.startswith("Presiden Rusia Vladimir Putin mengatakan")
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.text[article.body_start :] == article.body


@pytest.mark.parametrize(
    ("text", "publisher", "body"),
    [
        ("Jakarta, Harian Kita -- Menteri berkata.", "Harian Kita", "Menteri berkata."),
        ("KABAR.CO, Medan - Gubernur tiba.", "KABAR.CO", "Gubernur tiba."),
        ("SURABAYA (Warta.id) \u2013 Polisi menangkap dua orang.", "Warta.id", "Polisi"),
        ("Berita.com - Presiden Brasil berkata.", "Berita.com", "Presiden Brasil"),
        ("KABAR.CO.ID, MEDAN\u2014 Bupati tiba.", "KABAR.CO.ID", "Bupati tiba."),
        ("MEDAN, iKabar.id - Gubernur berkata.", "iKabar.id", "Gubernur berkata."),
        ("Medan, kabarNews -- Gubernur berkata.", "kabarNews", "Gubernur berkata."),
        ("WARTA-KOTA.COM, PADANG - Wali kota hadir.", "WARTA-KOTA.COM", "Wali kota hadir."),
        ("Presiden Joko Widodo - yang baru tiba - berkata.", None, "Presiden Joko"),
        ("Perang dagang - pecah lagi.", None, "Perang dagang"),
    ],
)
def test_datelines(text: str, publisher: str | None, body: str) -> None:
    header = parse_header(text)
    assert header.publisher == publisher
    assert header.date is None and header.headline is None
    assert text[header.body_start :].startswith(body)


@pytest.mark.parametrize(
    ("text", "headline", "body"),
    [
        ("Menlu Minta Penjelasan Serangan Bom KBRI di Yaman\n\nJAKARTA, KOMPAS.com - Menteri "
         "tiba.", "Menlu Minta Penjelasan Serangan Bom KBRI di Yaman", "Menteri tiba."),
        ("Jaksa Agung: Jaksa Salah Jangan Dibela\nJaksa Agung berkata.",
         "Jaksa Agung: Jaksa Salah Jangan Dibela", "Jaksa Agung berkata."),
        ("Perang dagang pecah antara Korea dan Jepang\n\nKedua negara saling tuduh.", None,
         "Perang dagang"),
        ("Presiden Tiba Di Istana.\nIa disambut.", None, "Presiden Tiba"),
        ("Presiden Tiba Di Istana", None, "Presiden Tiba"),
    ],
)
def test_a_headline_line_is_kept_out_of_the_body(text: str, headline: str | None,
                                                 body: str) -> None:
    header = parse_header(text)
    assert header.headline == headline
    assert text[header.body_start :].startswith(body)


def test_sidecar_meta_gives_date_outlet_and_url(tmp_path: Path) -> None:
    (tmp_path / "007.txt").write_text("Menlu berkata hari ini.", encoding="utf-8")
    meta = {"published": "2015-04-29", "outlet": "Liputan6.com", "url": "https://x.test/a"}
    (tmp_path / "007.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    [article] = articles([str(tmp_path)])
    assert (article.id, article.date, article.publisher, article.url) == (
        "007", "2015-04-29", "Liputan6.com", "https://x.test/a",
    )


def test_jsonl_lines_and_errors_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        json.dumps({"id": "a1", "text": "Menlu berkata.", "date": "2022-02", "lang": "id"}),
        "{not json",
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"text": "Tanpa id.", "date": "2022-13-01"}),
        json.dumps({"text": "Tanpa id juga."}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = articles([str(path)])
    assert [type(i).__name__ for i in items] == [
        "Article", "InputError", "InputError", "InputError", "Article",
    ]
    assert items[0].date == "2022-02"
    assert str(items[1]).startswith(f"{path}:2: invalid JSON")
    assert str(items[2]) == f"{path}:3: missing or empty 'text'"
    assert "does not exist" in str(items[3])
    assert len(items[4].id) == 16  # content hash


def test_stdin_is_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    line = json.dumps({"id": "s1", "text": "Dia berkata."})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    [article] = articles(["-"])
    assert article.id == "s1"


def test_bad_files_are_reported_and_others_still_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Menlu berkata.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Menlu berkata caf\xe9.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    items = articles([str(tmp_path), str(tmp_path / "missing.txt")])
    messages = sorted(str(i) for i in items if isinstance(i, InputError))
    assert messages == [
        f"{tmp_path / 'empty.txt'}: empty article",
        f"{tmp_path / 'latin1.txt'}: not UTF-8 text (byte 17)",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]
    assert [i.id for i in items if isinstance(i, Article)] == ["good"]
