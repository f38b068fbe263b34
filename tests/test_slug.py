from __future__ import annotations

import pytest

from generator.slug import article_id, slugify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hubungan Rusia dan Korea Utara", "hubungan-rusia-dan-korea-utara"),
        ("Café déjà vu!", "cafe-deja-vu"),
        ("../../etc/passwd", "etc-passwd"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("日本語", "item"),
        ("", "item"),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


def test_slugify_cuts_at_word_boundary() -> None:
    slug = slugify("word " * 40, max_length=22)
    assert slug == "word-word-word-word"


def test_article_id_is_stable_and_hash_suffixed() -> None:
    assert article_id("A title", "abcdef0123456789") == "a-title-abcdef01"
    assert article_id("", "abcdef0123456789") == "article-abcdef01"
