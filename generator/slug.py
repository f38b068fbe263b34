"""URL-safe, stable identifiers."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60, fallback: str = "item") -> str:
    """ASCII slug of ``text``: lowercase words joined by '-', cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or fallback


def article_id(title: str, sha256: str) -> str:
    """Slug of the title plus a short content hash: stable, and unique unless the content repeats."""
    return f"{slugify(title, fallback='article')}-{sha256[:8]}"
