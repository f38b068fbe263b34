"""URLs from untrusted input: only plain http(s) links survive."""

from __future__ import annotations

from urllib.parse import urlsplit

_FORBIDDEN = frozenset("\"'<> \n\r\t\\`")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) URL, else None: never a javascript: or data: link."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in _FORBIDDEN for ch in url):
        return None
    return url
