"""Feeds and data files: Atom, JSON Feed 1.1 and briefings.json.

XML is built with :mod:`xml.etree.ElementTree` and JSON with :func:`json.dumps`,
never by string concatenation, so article text cannot break either format.
Links are absolute when mkdocs.yml sets ``site_url``, else relative to the
site root (Atom's ``xml:base`` makes them resolvable against the feed's URL).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

from generator.records import Article
from generator.store import record_dict

#: Newest briefings in each feed.
FEED_SIZE = 50

ATOM_NS = "http://www.w3.org/2005/Atom"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
EPOCH = "1970-01-01T00:00:00Z"


def rfc3339(date: str | None) -> str | None:
    """An ISO 8601 date or date-time as RFC 3339 in UTC; None when it cannot be read."""
    if not date:
        return None
    try:
        parsed = datetime.fromisoformat(date)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _absolute(site_url: str | None, path: str) -> str:
    return site_url.rstrip("/") + "/" + path if site_url else path


def _entry_id(article: Article, site_url: str | None) -> str:
    if site_url:
        return _absolute(site_url, f"briefings/{article.id}/")
    return f"urn:sha256:{article.source.sha256}"


def _summary_text(article: Article) -> str:
    return " ".join(article.summary) or article.body[:300]


def atom_feed(articles: list[Article], title: str, site_url: str | None, language: str) -> str:
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": language})
    if site_url:
        feed.set("{http://www.w3.org/XML/1998/namespace}base", site_url.rstrip("/") + "/")
    dates = [d for d in (rfc3339(a.date) for a in articles) if d]
    sub(feed, "title", title)
    sub(feed, "id", _absolute(site_url, "") if site_url else "urn:briefings:feed")
    sub(feed, "updated", max(dates) if dates else EPOCH)
    sub(feed, "link", href=_absolute(site_url, "feed.xml"), rel="self")
    sub(feed, "link", href=_absolute(site_url, ""), rel="alternate")
    sub(feed, "generator", "briefing-generator")
    for article in articles:
        entry = sub(feed, "entry")
        sub(entry, "title", article.title)
        sub(entry, "id", _entry_id(article, site_url))
        sub(entry, "link", href=_absolute(site_url, f"briefings/{article.id}/"), rel="alternate")
        sub(entry, "updated", rfc3339(article.date) or EPOCH)
        if rfc3339(article.date):
            sub(entry, "published", rfc3339(article.date))
        author = sub(entry, "author")
        sub(author, "name", article.author or article.outlet or "unknown")
        sub(entry, "summary", _summary_text(article))
        for keyword in article.keywords:
            sub(entry, "category", term=keyword.phrase)
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def json_feed(articles: list[Article], title: str, site_url: str | None, language: str) -> str:
    items: list[dict[str, Any]] = []
    for article in articles:
        item: dict[str, Any] = {
            "id": _entry_id(article, site_url),
            "url": _absolute(site_url, f"briefings/{article.id}/"),
            "title": article.title,
            "summary": _summary_text(article),
            "content_text": "\n\n".join(article.summary) or article.body,
            "language": article.language,
            "tags": [k.phrase for k in article.keywords],
            "_briefing": {"record": _absolute(site_url, f"records/{article.id}.yaml"), "outlet": article.outlet},
        }
        if rfc3339(article.date):
            item["date_published"] = rfc3339(article.date)
        if article.author or article.outlet:
            item["authors"] = [{"name": article.author or article.outlet}]
        items.append(item)
    feed: dict[str, Any] = {"version": JSON_FEED_VERSION, "title": title, "language": language, "items": items}
    if site_url:
        feed["home_page_url"] = _absolute(site_url, "")
        feed["feed_url"] = _absolute(site_url, "feed.json")
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def briefings_json(articles: list[Article]) -> str:
    """Every record, as ``extract`` prints them, for downstream tools (ordered by id).

    ``<``, ``>`` and ``&`` are written as \\u escapes, so the file can be embedded in an
    HTML ``<script>`` element without a ``</script>`` in an article ending it.
    """
    return join_briefings([(a.id, briefing_json(a)) for a in articles])


def briefing_json(article: Article) -> str:
    """One record's part of ``briefings.json`` (computed where the record is written, in parallel)."""
    text = json.dumps(record_dict(article), ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def join_briefings(parts: list[tuple[str, str]]) -> str:
    """``briefings.json`` from ``(id, briefing_json(article))`` pairs: the records ordered by id."""
    records = ",".join(text for _, text in sorted(parts))
    return f'{{"count":{len(parts)},"briefings":[{records}]}}\n'
