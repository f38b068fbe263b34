"""Metadata stage: one small function per field, tried in a fixed order.

Precedence, first that has a value wins, recorded in ``Metadata.origins``:

===========  =====================================================================
field        order
===========  =====================================================================
title        front_matter > html > text (a headline first line) > derived (lead sentence)
outlet       front_matter > html (site name) > text (lead prefix, byline)
dateline     front_matter > text (lead prefix)
wire         front_matter > text (lead prefix, credit lines)
date         front_matter > html > text (a date the text states); never the mtime
language     front_matter > detected (py3langid) > html (``<html lang>``)
author       front_matter > html > text (byline)
url          front_matter > html
tags         front_matter
related      text (related-story lines)
===========  =====================================================================

``body`` is the text with the headline line, byline, lead prefix, credit lines
and related-story lines removed. Fields that cannot be told are None or [].
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.credits import remove_credit_lines, remove_related
from generator.dates import find_text_date
from generator.language import detect_language
from generator.leads import Lead, parse_byline, parse_lead
from generator.outlets import canonical_outlet, known_outlet
from generator.read import Document
from generator.records import FieldOrigin
from generator.text import count_words, reading_minutes, split_paragraphs, split_sentences, tidy_whitespace

TITLE_MAX = 90
HEADLINE_MAX = 200
FALLBACK_LANGUAGE = "und"


@dataclass
class Metadata:
    title: str
    outlet: str | None
    dateline: str | None
    wire: list[str]
    date: str | None
    language: str
    author: str | None
    related: list[str]
    tags: list[str]
    url: str | None
    origins: dict[str, FieldOrigin]
    body: str
    word_count: int = 0
    reading_minutes: int = 1


@dataclass
class _Text:
    """What the text itself says, and the cleaned body."""

    body: str
    headline: str | None = None
    lead: Lead = field(default_factory=Lead)
    byline: Lead = field(default_factory=Lead)
    wire: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)


def extract_metadata(doc: Document) -> Metadata:
    """All metadata of ``doc`` and its cleaned body."""
    fm, html = doc.front_matter, doc.html_meta
    parsed = _parse_text(doc.text, fm.get("title") or html.get("title"))
    origins: dict[str, FieldOrigin] = {}

    def pick(name: str, *candidates: tuple[Any, FieldOrigin]) -> Any:
        for value, origin in candidates:
            if value not in (None, "", []):
                origins[name] = origin
                return value
        return None

    text_outlet = parsed.lead.outlet or parsed.byline.outlet
    title = pick(
        "title",
        (fm.get("title"), "front_matter"),
        (html.get("title"), "html"),
        (parsed.headline, "text"),
        (derive_title(parsed.body), "derived"),
    )
    outlet = pick(
        "outlet",
        (canonical_outlet(fm.get("outlet")), "front_matter"),
        (canonical_outlet(html.get("sitename")), "html"),
        (text_outlet, "text"),
    )
    dateline = pick("dateline", (fm.get("dateline"), "front_matter"), (parsed.lead.dateline, "text"))
    wire = pick("wire", (_wire_list(fm.get("wire")), "front_matter"), (parsed.wire, "text"))
    date = pick(
        "date",
        (fm.get("date"), "front_matter"),
        (html.get("date"), "html"),
        (find_text_date(doc.text), "text"),
    )
    language = pick(
        "language",
        (fm.get("language"), "front_matter"),
        (detect_language(parsed.body or doc.text), "detected"),
        (html.get("language"), "html"),
    )
    author = pick(
        "author",
        (fm.get("author"), "front_matter"),
        (html.get("author"), "html"),
        (parsed.byline.author, "text"),
    )
    url = pick("url", (fm.get("url"), "front_matter"), (html.get("url"), "html"))
    tags = pick("tags", (fm.get("tags"), "front_matter"))
    related = pick("related", (parsed.related, "text"))
    words = count_words(parsed.body)
    return Metadata(
        title=title or "",
        outlet=outlet,
        dateline=dateline,
        wire=list(wire or []),
        date=date,
        language=language or FALLBACK_LANGUAGE,
        author=author,
        related=list(related or []),
        tags=list(tags or []),
        url=url,
        origins=origins,
        body=parsed.body,
        word_count=words,
        reading_minutes=reading_minutes(words),
    )


def _parse_text(text: str, known_title: str | None) -> _Text:
    headline, text = _split_headline(text, known_title)
    byline = parse_byline(text)
    if byline.end:
        text = text[: byline.start] + text[byline.end :]
    lead = parse_lead(text)
    if lead.end:
        text = text[: lead.start] + text[lead.end :]
    related = remove_related(text)
    credits = remove_credit_lines(related.text)
    wire = list(lead.wire) + [w for w in byline.wire + credits.items if w not in lead.wire]
    return _Text(
        # doc.text is normalised already (read_document); cutting lines out only needs a whitespace tidy
        body=tidy_whitespace(credits.text),
        headline=headline,
        lead=lead,
        byline=byline,
        wire=sorted(set(wire), key=wire.index),
        related=related.items,
    )


def _split_headline(text: str, known_title: str | None) -> tuple[str | None, str]:
    """A first paragraph that is a headline (BBC-style first line), and the rest."""
    paragraphs = split_paragraphs(text)
    if len(paragraphs) < 2:
        return None, text
    start, end = paragraphs[0]
    first = text[start:end]
    rest = text[paragraphs[1][0] :]
    if known_title and " ".join(first.split()).casefold() == " ".join(known_title.split()).casefold():
        return first, rest
    if not is_headline(first) or parse_lead(first).end or parse_byline(first).end:
        return None, text
    return " ".join(first.split()), rest


def is_headline(line: str) -> bool:
    """Short, one line, several words, not ending like a sentence or a credit."""
    if "\n" in line or len(line) > HEADLINE_MAX or len(line.split()) < 2:
        return False
    stripped = line.rstrip()
    if stripped[-1] in ".,;:\u2014-" and not stripped.endswith(("...", "\u2026")):
        return False
    if known_outlet(line) is not None or (line.isupper() and len(line.split()) <= 3):
        return False
    return any(ch.isalpha() for ch in line)


_TRAILING_PUNCT = re.compile(r"[\s,;:\u2013\u2014-]+$")


def derive_title(body: str, limit: int = TITLE_MAX) -> str | None:
    """A headline from the lead sentence, cut at a word boundary (<= ``limit``)."""
    for start, end in split_sentences(body[:2000]):  # the first sentence with words (not a lone "?")
        sentence = " ".join(body[start:end].split()).rstrip(".!?")
        if len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit + 1)
            sentence = sentence[: cut if cut > limit // 2 else limit]
        title = _TRAILING_PUNCT.sub("", sentence)
        if any(ch.isalnum() for ch in title):
            return title
    return None


def _wire_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return None
    names = [canonical_outlet(v) for v in value if isinstance(v, str)]
    return [n for n in names if n] or None
