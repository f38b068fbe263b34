"""Text hygiene: normalisation, paragraphs, sentences, decoding."""

from __future__ import annotations

import codecs
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.encoding import DecodeError, binary_kind, decode_bytes
from generator.text import count_words, normalize_text, reading_minutes, split_paragraphs, split_sentences


def sentences(text: str, language: str = "id") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("  a \t  b  ", "a b"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("a \nb", "a\nb"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("non\u00a0breaking", "non breaking"),
        ("cafÃ©", "café"),  # mojibake repaired
        ("\u201cquoted\u201d", "\u201cquoted\u201d"),  # curly quotes kept
        ("e\u0301", "\u00e9"),  # NFC
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "\xad\u00c2\x80",  # a soft hyphen hid mojibake from the first repair
        "\xa0\u00e0\u00a1\u00b8",  # a leading no-break space changed ftfy's judgement of the line
    ],
)
def test_normalize_is_idempotent_where_one_pass_was_not(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_normalize_is_total_and_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_spans_are_inside_text(raw: str) -> None:
    for start, end in split_sentences(raw) + split_paragraphs(raw):
        assert 0 <= start < end <= len(raw)
        assert raw[start:end].strip() == raw[start:end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satu.\nDua.\nTiga.", ["Satu.", "Dua.", "Tiga."]),
        ("Satu dua.\n\nTiga\nempat.", ["Satu dua.", "Tiga\nempat."]),
        ("  \n\n ", []),
        ("Hanya satu", ["Hanya satu"]),
    ],
)
def test_split_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_paragraphs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dia datang. Kami pergi.", ["Dia datang.", "Kami pergi."]),
        (
            "Produk ini terkenal di Tanah Air.Pada 2019 penjualan naik.",
            ["Produk ini terkenal di Tanah Air.", "Pada 2019 penjualan naik."],
        ),
        ("Harganya Rp 1.5 juta per unit. Murah.", ["Harganya Rp 1.5 juta per unit.", "Murah."]),
        ("Dia juara No. 1 di dunia.", ["Dia juara No. 1 di dunia."]),
        ("Kantornya di Jl. Sudirman No. 5 Jakarta.", ["Kantornya di Jl. Sudirman No. 5 Jakarta."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("Dr. Tirta hadir. Prof. Budi juga.", ["Dr. Tirta hadir.", "Prof. Budi juga."]),
        ("Buka KOMPAS.com setiap hari.", ["Buka KOMPAS.com setiap hari."]),
        ("Saham PT Bank Mandiri (Persero) Tbk. naik.", ["Saham PT Bank Mandiri (Persero) Tbk. naik."]),
        ('"Kami siap," katanya. "Ayo."', ['"Kami siap," katanya.', '"Ayo."']),
        ("\u201cKami siap.\u201d Dia tersenyum.", ["\u201cKami siap.\u201d", "Dia tersenyum."]),
        ("Benarkah? Ya! Tentu saja...", ["Benarkah?", "Ya!", "Tentu saja..."]),
        ("Stocks fell on Jan. 21, 2019, analysts said.", ["Stocks fell on Jan. 21, 2019, analysts said."]),
        ("Suhu 36.5 derajat. Panas.", ["Suhu 36.5 derajat.", "Panas."]),
        ("Angka 3,5 persen. Naik.", ["Angka 3,5 persen.", "Naik."]),
        ("Pukul 10.00 WIB rapat dimulai.", ["Pukul 10.00 WIB rapat dimulai."]),
        ("Baris satu\nBaris dua", ["Baris satu", "Baris dua"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_split_is_linear_on_a_long_line() -> None:
    hostile = ("a." * 50_000) + ("A " * 50_000)
    started = time.perf_counter()
    split_sentences(hostile[:200_000])
    normalize_text(hostile[:200_000])
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("text", "words", "minutes"),
    [("", 0, 1), ("satu dua tiga", 3, 1), ("kata " * 450, 450, 3), ("Rp 1.500 dan U.S. dan Ma'ruf", 6, 1)],
)
def test_counts(text: str, words: int, minutes: int) -> None:
    assert count_words(text) == words
    assert reading_minutes(count_words(text)) == minutes


# --- decoding -----------------------------------------------------------------

TEXT = "Café Jakarta – “kutipan” résumé"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "cp1252"],
)
def test_decode_bytes(data: bytes) -> None:
    assert binary_kind(data) is None
    assert decode_bytes(data) == TEXT


def test_decode_latin1_pound_sign() -> None:
    assert decode_bytes("£5m deal".encode("latin-1")) == "£5m deal"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "JPEG image"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n\x00", "PDF document"),
        (b"PK\x03\x04\x14\x00", "ZIP archive (or DOCX/XLSX/EPUB)"),
        (b"hello\x00world\x00\x01\x02\x03binary", "binary data (NUL bytes)"),
    ],
)
def test_binary_kind(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind


def test_text_starting_like_a_magic_number_is_text() -> None:
    assert binary_kind(b"PK said the deal was done.") is None
    assert binary_kind(b"GIF89a is a format name.") is None


def test_undecodable_bytes_raise() -> None:
    noise = bytes(range(0x80, 0xA0)) * 20
    with pytest.raises(DecodeError):
        decode_bytes(noise)


def test_a_removed_zero_width_space_lets_the_letters_compose_in_one_pass() -> None:
    # found by hypothesis: "A", ZWSP, combining acute; dropping the ZWSP first makes NFC give "Á" at once
    once = normalize_text("A\u200b\u0301")
    assert once == "\u00c1" and normalize_text(once) == once


def test_normalize_text_reads_the_doubled_marks_of_a_csv_export_as_one() -> None:
    # a text whose every straight double quote is doubled was escaped for CSV: on the page it reads as written
    # before; a doubled mark between letters stood for an apostrophe
    assert normalize_text('Facebook\'s ""Like"" button. Google""s plan: ""We won,"" he said.') == (
        'Facebook\'s "Like" button. Google\'s plan: "We won," he said.'
    )
    # a text that also writes single marks closes and opens a quote with the space lost: left alone
    assert normalize_text('"We won."" We lost," he said.') == '"We won."" We lost," he said.'
    # four in a row would leave a doubled mark: left alone, so a second pass changes nothing
    once = normalize_text('He wrote """"x"" there.')
    assert once == 'He wrote """"x"" there.' and normalize_text(once) == once
