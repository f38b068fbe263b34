"""Read stage: discovery, formats, encodings and hostile input (one fixture per edge case)."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.metadata import extract_metadata
from generator.read import SUPPORTED, discover, read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"


def read(name: str, **kwargs: int) -> object:
    return read_document(FIXTURES / name, FIXTURES, **kwargs)


def test_supported_set() -> None:
    assert {".txt", ".md", ".markdown", ".html", ".htm"} == SUPPORTED


def test_discover_recursive_sorted_and_reports_skips(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b" / "a.HTML").write_text("x")
    (tmp_path / "c.htm").write_text("x")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "README").write_text("x")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    found, problems = discover(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "b/a.HTML", "b/z.md", "c.htm"]
    assert sorted(p.path for p in problems) == [".DS_Store", "README", "photo.jpg"]
    assert all(p.severity == "skipped" for p in problems)
    assert all(p.reason.startswith("skipped:") for p in problems)


@pytest.mark.parametrize(
    ("name", "fmt", "starts"),
    [
        ("plain.txt", "txt", "TEMPO.CO, Jakarta - Harga beras"),
        ("front_matter.txt", "txt", "JAKARTA, KOMPAS.com"),
        ("article.md", "md", "Heading\n\nHarga beras naik di pasar induk."),
        ("md_no_front.md", "md", "Harga beras naik"),
        ("bom_utf8.txt", "txt", "Café naik harga."),
        ("utf16.txt", "txt", "Café naik harga."),
        ("latin1.txt", "txt", "The £5m café deal"),
        ("mojibake.txt", "txt", "Café naik harga."),
    ],
)
def test_read_formats(name: str, fmt: str, starts: str) -> None:
    doc = read_document(FIXTURES / name, FIXTURES)
    assert doc.format == fmt
    assert doc.relpath == name
    assert doc.text.startswith(starts), doc.text[:60]
    assert len(doc.sha256) == 64


def test_front_matter_in_txt_is_honoured() -> None:
    doc = read_document(FIXTURES / "front_matter.txt", FIXTURES)
    assert doc.front_matter == {"title": "Judul dari Front Matter", "date": "2019-01-21"}
    meta = extract_metadata(doc)
    assert meta.title == "Judul dari Front Matter"
    assert meta.origins["title"] == "front_matter"
    assert meta.outlet == "Kompas.com"


def test_markdown_front_matter_fields() -> None:
    doc = read_document(FIXTURES / "article.md", FIXTURES)
    assert doc.front_matter == {
        "title": "Markdown Article",
        "date": "2020-03-04",
        "url": "https://example.org/a",
        "outlet": "kompas",
        "author": "Ani, Budi",
        "language": "id",
        "tags": ["ekonomi", "pangan"],
    }
    assert "**" not in doc.text and "](" not in doc.text
    meta = extract_metadata(doc)
    assert (meta.title, meta.outlet, meta.date, meta.language) == (
        "Markdown Article", "Kompas.com", "2020-03-04", "id",
    )
    assert meta.origins["outlet"] == "front_matter"


def test_html_page() -> None:
    doc = read_document(FIXTURES / "page.html", FIXTURES)
    assert doc.format == "html"
    assert "Pasar Induk Beras Cipinang" in doc.text
    assert "Copyright" not in doc.text
    assert doc.html_meta["title"] == "Harga Beras Naik di Pasar Induk"
    assert doc.html_meta["sitename"] == "Kompas.com"
    assert doc.html_meta["author"] == "Ani Wijaya"
    assert doc.html_meta["date"].startswith("2019-01-21")
    assert doc.html_meta["url"] == "https://ekonomi.kompas.com/read/2019/01/21/harga-beras"
    assert doc.html_meta["language"] == "id"
    meta = extract_metadata(doc)
    assert meta.origins["title"] == "html"
    assert meta.outlet == "Kompas.com"
    assert meta.dateline == "Jakarta"
    assert meta.body.startswith("Harga beras medium")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("whitespace.txt", "empty file"),
        ("empty_with_bom.txt", "empty file"),
        ("image.txt", "binary file (PNG image)"),
        ("undecodable.txt", "undecodable bytes"),
        ("bad_yaml.md", "front matter is not valid YAML"),
        ("yaml_tag.md", "YAML tag"),
        ("front_not_mapping.md", "front matter must be a mapping"),
        ("only_front.md", "no article text after the front matter"),
        ("no_sentences.txt", "no sentences"),
        ("no_article.html", "no article text"),
    ],
)
def test_hostile_input_raises_with_reason(name: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_document(FIXTURES / name, FIXTURES)


def test_over_max_bytes() -> None:
    with pytest.raises(InputError, match="over the 10-byte limit"):
        read_document(FIXTURES / "plain.txt", FIXTURES, max_bytes=10)


def test_unsupported_extension_raises() -> None:
    with pytest.raises(InputError, match="unsupported file type"):
        read_document(FIXTURES / "notes.docx", FIXTURES)


def test_wrong_typed_fields_dropped_with_warning() -> None:
    doc = read_document(FIXTURES / "wrong_types.md", FIXTURES)
    assert doc.front_matter == {"url": "https://example.org/ok"}
    for field in ("title", "date", "tags"):
        assert any(repr(field) in w for w in doc.warnings), doc.warnings


def test_impossible_year_dropped() -> None:
    doc = read_document(FIXTURES / "year_20190.md", FIXTURES)
    assert "date" not in doc.front_matter
    assert [w for w in doc.warnings if "'date'" in w], doc.warnings
    assert extract_metadata(doc).date is None


def test_long_single_line_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("JAKARTA, KOMPAS.com - " + ("kata lagi. " * 20_000)[:200_000])
    started = time.perf_counter()
    meta = extract_metadata(read_document(path, tmp_path))
    assert time.perf_counter() - started < 20
    assert meta.outlet == "Kompas.com"


def test_pathological_single_line_without_spaces(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Ab. " + "a." * 100_000)
    started = time.perf_counter()
    with contextlib.suppress(InputError):
        read_document(path, tmp_path)
    assert time.perf_counter() - started < 20
