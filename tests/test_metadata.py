"""Metadata: the labelled leads in eval/gold/leads.yaml, the seed, precedence."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.metadata import derive_title, extract_metadata, is_headline
from generator.read import Document, read_document
from generator.text import normalize_text

ROOT = Path(__file__).resolve().parents[1]
GOLD = yaml.safe_load((ROOT / "eval" / "gold" / "leads.yaml").read_text(encoding="utf-8"))["cases"]
SEED = ROOT / "seeds" / "000_a39adbfaad0e280e.txt"


def make_doc(
    text: str, front: dict[str, Any] | None = None, html: dict[str, Any] | None = None
) -> Document:
    return Document(
        path=Path("x.txt"),
        relpath="x.txt",
        format="txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=normalize_text(text),
        front_matter=front or {},
        html_meta=html or {},
    )


def test_gold_has_enough_cases() -> None:
    assert len(GOLD) >= 60
    assert len({case["id"] for case in GOLD}) == len(GOLD)


@pytest.mark.parametrize("case", GOLD, ids=[case["id"] for case in GOLD])
def test_gold_leads(case: dict[str, Any]) -> None:
    meta = extract_metadata(make_doc(case["text"]))
    assert meta.outlet == case["outlet"]
    assert meta.dateline == case["dateline"]
    assert meta.wire == case["wire"]
    if "author" in case:
        assert meta.author == case["author"]
    if "related" in case:
        assert meta.related == case["related"]
    if "body_starts" in case:
        assert meta.body.startswith(case["body_starts"]), meta.body[:80]
    if "body_ends" in case:
        assert meta.body.endswith(case["body_ends"]), meta.body[-80:]
    for excluded in case.get("body_excludes", []):
        assert excluded not in meta.body
    if meta.outlet is not None:
        assert meta.origins["outlet"] == "text"


def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip("seed not in seeds/")
    meta = extract_metadata(read_document(SEED, SEED.parent))
    assert meta.outlet == "Tempo.co"
    assert meta.dateline == "Jakarta"
    assert meta.wire == ["Reuters"]
    assert meta.language == "id"
    assert meta.related == ["RI Komentari Soal Peta Baru Cina yang Diprotes Malaysia hingga India"]
    assert meta.body.startswith("Hubungan antara Rusia dan Korea Utara kian dekat.")
    assert "REUTERS" not in meta.body
    assert "Pilihan Editor" not in meta.body
    assert "TEMPO.CO" not in meta.body
    assert meta.body.endswith("resolusi Dewan Keamanan PBB.")
    assert meta.title == "Hubungan antara Rusia dan Korea Utara kian dekat"
    assert meta.origins["title"] == "derived"
    assert meta.date is None
    assert meta.word_count > 250
    assert meta.reading_minutes >= 1


# --- precedence -------------------------------------------------------------

LEAD = "JAKARTA, KOMPAS.com - Pemerintah menaikkan harga, Senin (21/1/2019). Warga protes."


@pytest.mark.parametrize(
    ("front", "html", "field", "value", "origin"),
    [
        ({"title": "FM"}, {"title": "HTML"}, "title", "FM", "front_matter"),
        ({}, {"title": "HTML"}, "title", "HTML", "html"),
        ({}, {}, "title", "Pemerintah menaikkan harga, Senin (21/1/2019)", "derived"),
        ({"outlet": "tempo"}, {"sitename": "Kompas"}, "outlet", "Tempo.co", "front_matter"),
        ({}, {"sitename": "kompas.com"}, "outlet", "Kompas.com", "html"),
        ({}, {}, "outlet", "Kompas.com", "text"),
        ({"date": "2020-02-02"}, {"date": "2021-01-01"}, "date", "2020-02-02", "front_matter"),
        ({}, {"date": "2021-01-01"}, "date", "2021-01-01", "html"),
        ({}, {}, "date", "2019-01-21", "text"),
        ({"language": "en"}, {"language": "fr"}, "language", "en", "front_matter"),
        ({}, {"language": "en"}, "language", "id", "detected"),
        ({"author": "A"}, {"author": "B"}, "author", "A", "front_matter"),
        ({}, {"author": "B"}, "author", "B", "html"),
        ({"url": "https://a"}, {"url": "https://b"}, "url", "https://a", "front_matter"),
        ({"tags": ["x", "y"]}, {}, "tags", ["x", "y"], "front_matter"),
        ({"dateline": "Bandung"}, {}, "dateline", "Bandung", "front_matter"),
        ({"wire": ["reuters"]}, {}, "wire", ["Reuters"], "front_matter"),
    ],
)
def test_precedence(
    front: dict[str, Any], html: dict[str, Any], field: str, value: Any, origin: str
) -> None:
    meta = extract_metadata(make_doc(LEAD, front, html))
    assert getattr(meta, field) == value
    assert meta.origins[field] == origin


def test_missing_fields_are_empty_not_guessed() -> None:
    meta = extract_metadata(make_doc("Warga memprotes kenaikan harga di pasar. Pedagang diam."))
    assert meta.outlet is None
    assert meta.dateline is None
    assert meta.date is None
    assert meta.author is None
    assert meta.url is None
    assert meta.wire == []
    assert meta.related == []
    assert meta.tags == []
    for name in ("outlet", "dateline", "date", "author", "url", "wire", "related", "tags"):
        assert name not in meta.origins


def test_headline_first_line_is_title_and_lead_still_parsed() -> None:
    text = "Harga Tiket Pesawat Turun\n\nJAKARTA, KOMPAS.com - Maskapai menurunkan harga tiket. Rute padat."
    meta = extract_metadata(make_doc(text))
    assert meta.title == "Harga Tiket Pesawat Turun"
    assert meta.origins["title"] == "text"
    assert meta.outlet == "Kompas.com"
    assert meta.body.startswith("Maskapai menurunkan")


def test_front_matter_title_line_removed_from_body() -> None:
    text = "Harga Tiket Turun.\n\nMaskapai menurunkan harga tiket."
    meta = extract_metadata(make_doc(text, {"title": "Harga Tiket Turun."}))
    assert meta.body == "Maskapai menurunkan harga tiket."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harga Tiket Pesawat Turun", True),
        ("Jokowi soal Beras: Jangan Sampai Petani Enggak Senang...", True),
        ("Why did the minister resign?", True),
        ("This is a sentence that ends with a full stop.", False),
        ("REUTERS", False),
        ("Word", False),
        ("x" * 250, False),
    ],
)
def test_is_headline(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Short lead sentence here. Second one.", "Short lead sentence here"),
        ("", None),
        (
            "Pemerintah pusat memutuskan untuk menunda kenaikan harga bahan bakar minyak bersubsidi "
            "hingga akhir tahun depan demi menjaga daya beli masyarakat.",
            "Pemerintah pusat memutuskan untuk menunda kenaikan harga bahan bakar minyak bersubsidi",
        ),
    ],
)
def test_derive_title(body: str, expected: str | None) -> None:
    title = derive_title(body)
    assert title == expected
    if title is not None:
        assert len(title) <= 90


def test_english_language_detected() -> None:
    meta = extract_metadata(make_doc("WASHINGTON (Reuters) - The Senate passed the bill on Thursday."))
    assert meta.language == "en"
    assert meta.origins["language"] == "detected"


def test_text_date_forms() -> None:
    meta = extract_metadata(make_doc("NEW YORK (AP) — Stocks fell on Jan. 21, 2019, as oil slid."))
    assert meta.date == "2019-01-21"
    assert meta.origins["date"] == "text"


def test_long_single_line_does_not_hang() -> None:
    text = ("JAKARTA, KOMPAS.com - " + "kata " * 40_000)[:200_000]
    meta = extract_metadata(make_doc(text))
    assert meta.outlet == "Kompas.com"


def test_a_derived_title_skips_a_lead_sentence_without_words() -> None:
    # found by hypothesis: the first "sentence" of "? Budi Santoso" is a lone "?"
    assert derive_title("? Budi Santoso") == "Budi Santoso"
    assert derive_title("... !") is None
