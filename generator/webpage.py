"""Saved web pages: main text and metadata via trafilatura.

trafilatura finds the article text and the title, author, date (through
htmldate, with extensive search off so a date is only taken from the page's
markup or URL, never guessed from the text or the file), site name and
canonical URL. The page language comes from ``<html lang>`` or a
``content-language``/``og:locale`` meta, which trafilatura does not report.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import trafilatura

from generator.dates import parse_iso_date

log = logging.getLogger(__name__)

_HTML_LANG = re.compile(r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)
_META_LANG = re.compile(
    r"<meta\b[^>]{0,300}?(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']?og:locale)"
    r"[^>]{0,300}?content\s*=\s*[\"']?([A-Za-z]{2,3})",
    re.I,
)


def extract_page(html: str) -> tuple[str, dict[str, Any]]:
    """``(main_text, meta)``; ``main_text`` is empty when there is no article."""
    result = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return "", _language_only(html)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta: dict[str, Any] = {}
    for key in ("title", "author", "sitename", "url"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            meta[key] = " ".join(value.split())
    date = data.get("date")
    if isinstance(date, str):
        iso = parse_iso_date(date)
        if iso is not None:
            meta["date"] = iso
    meta.update(_language_only(html))
    text = data.get("text") or ""
    return str(text), meta


def _language_only(html: str) -> dict[str, Any]:
    head = html[:20000]
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    return {"language": match.group(1).lower()} if match else {}
