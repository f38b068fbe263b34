"""Unit tests for generator.keywords (table-driven, no corpus needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.keywords import clean_body, extract_keywords, stopwords_for
from generator.records import Keyword

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds" / "000_a39adbfaad0e280e.txt"

BODY_ID = (
    "Hubungan antara Rusia dan Korea Utara kian dekat. Presiden Rusia Vladimir Putin dan "
    "pemimpin Korea Utara Kim Jong Un telah bertukar surat. Korea Utara untuk pertama kali "
    "mengirim senjata ke Rusia. Kirby mengatakan Korea Utara terus mengirim senjata ke Rusia, "
    "kata Kirby. Juru bicara Gedung Putih John Kirby mengatakan Korea Utara dapat memberikan "
    "senjata kepada Rusia. Amerika Serikat khawatir Korea Utara dan Rusia akan sepakat."
)


def _phrases(body: str, language: str = "id") -> list[str]:
    return [k.phrase for k in extract_keywords(body, language)]


def test_returns_keywords_rounded_and_sorted() -> None:
    out = extract_keywords(BODY_ID, "id")
    assert out and all(isinstance(k, Keyword) for k in out)
    assert all(k.score == round(k.score, 6) for k in out)
    assert [k.score for k in out] == sorted(k.score for k in out)
    assert len(extract_keywords(BODY_ID, "id", top=3)) == 3


def test_no_stopword_edges_fragments_or_case_duplicates() -> None:
    out = _phrases(BODY_ID)
    stop = stopwords_for("id")
    lowered = [p.lower().split() for p in out]
    for words in lowered:
        assert words[0] not in stop and words[-1] not in stop
        others = [o for o in lowered if o is not words]
        assert words not in others
        assert not any(
            len(o) > len(words) and any(o[i : i + len(words)] == words for i in range(len(o))) for o in others
        )
    assert "Korea Utara kian" not in out and "Korea Utara untuk" not in out


def test_names_kept_whole() -> None:
    out = _phrases(BODY_ID)
    assert "Korea Utara" in out
    assert "Utara Kim Jong" not in out and "Utara" not in out and "Korea" not in out
    assert not any(p.endswith("Kim Jong") for p in out)


@pytest.mark.skipif(not SEED.is_file(), reason="../shared is absent")
def test_seed_article() -> None:
    body = SEED.read_text(encoding="utf-8").replace("TEMPO.CO, Jakarta - ", "", 1)
    out = _phrases(body)
    assert out[0] == "Korea Utara"
    assert {"Kim Jong Un", "John Kirby", "Rusia"} <= set(out)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("", "id"),
        ("   \n\t", "en"),
        ("<p></p>", "en"),
        ("12345 678 !!!", "en"),
        ("\x00\ud7ff\ufeff\u200b", "id"),
        ("word", "xx"),
    ],
)
def test_odd_input_gives_list(body: str, language: str) -> None:
    assert isinstance(extract_keywords(body, language), list)


def test_markup_is_stripped() -> None:
    text = clean_body('<p class="x">The <b>central bank</b> [rates](http://x.io/a) **rose**</p>')
    assert "<" not in text and "http" not in text and "*" not in text
    out = _phrases(
        "<div>The central bank raised rates. The central bank said rates would rise. "
        "See https://example.com/page for **more**.</div>",
        "en",
    )
    assert out and not any("<" in p or "http" in p or "div" in p.lower() for p in out)


def test_deterministic() -> None:
    assert extract_keywords(BODY_ID, "id") == extract_keywords(BODY_ID, "id")


def test_stopword_lists_are_complete() -> None:
    ids = stopwords_for("id")
    assert {"untuk", "kian", "yang", "dan"} <= ids
    assert {"the", "of", "and"} <= stopwords_for("en")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["id", "en", "", "zz"]))
def test_never_raises(body: str, language: str) -> None:
    out = extract_keywords(body, language)
    assert len(out) <= 10
