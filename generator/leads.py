"""Outlet, dateline and wire from an article's lead ("TEMPO.CO, Jakarta - ").

Each convention is one anchored pattern tried on the start of the text only
(the first 240 characters), so the cost is constant whatever the length of
the article. A match must name an outlet we know or a domain
(``Foo.co.id``); an all-caps place with a dash and no outlet
(``SPANYOL - ``) gives a dateline only. Nothing is returned when no pattern
matches: no outlet or dateline is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.outlets import OUTLETS, canonical_outlet, is_domain, known_outlet, wire_of

HEAD = 240

_DASH = r"(?:-{1,2}|[\u2013\u2014\u2015])"
_KNOWN = "|".join(re.escape(k) for k in sorted(OUTLETS, key=len, reverse=True))
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,6}){1,2}"
_SOURCE = rf"(?:{_DOMAIN}|(?i:{_KNOWN}))"
_WORD = r"[A-Z][A-Za-z'\u2019.-]{0,24}"
_PLACE = rf"{_WORD}(?: (?:{_WORD}|de|del|da|di|es|el|la|le|am|upon|on)){{0,3}}"
_UPPER_WORD = r"[A-Z][A-Z'\u2019.-]{2,24}"
_UPPER_PLACE = rf"{_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}"
_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE if ignore else 0)
    for p, ignore in (
        # "TEMPO.CO, Jakarta - ", "Liputan6.com, Jakarta - ", "Bisnis.com, JAKARTA - "
        (rf"(?P<outlet>{_SOURCE})\s*,\s*(?P<dateline>{_PLACE})\s*{_DASH}\s*", False),
        # "KONTAN.CO.ID - JAKARTA. ", "KONTAN.CO.ID - WASHINGTON - "
        (rf"(?P<outlet>{_SOURCE})\s*{_DASH}\s*(?P<dateline>{_UPPER_PLACE})(?:\.|\s*{_DASH})\s*", False),
        # "Jakarta (ANTARA) - ", "KYIV, Ukraine (AP) -", "LONDON, Jan 21 (Reuters) -", "(Reuters) -"
        (
            rf"(?:(?P<dateline>{_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?"
            rf"(?:\s*,\s*{_MONTH_DAY})?\s*)?\(\s*(?P<outlet>{_SOURCE})(?:\s+[A-Za-z]{{2,10}})?\s*\)\s*{_DASH}\s*",
            False,
        ),
        # "JAKARTA, KOMPAS.com - ", "Jakarta, CNN Indonesia -- "
        (rf"(?P<dateline>{_PLACE})\s*,\s*(?P<outlet>{_SOURCE})\s*{_DASH}\s*", False),
        # "Suara.com - ", "Rimanews - "
        (rf"(?P<outlet>{_SOURCE})\s*{_DASH}\s+", False),
        # "SPANYOL - " (a dateline with no outlet)
        (rf"(?P<dateline>{_UPPER_PLACE})(?:\s*,\s*(?P<region>{_PLACE}))?\s+{_DASH}\s*", False),
    )
)

#: All-caps words that open a text with a dash but are not places.
_NOT_PLACES = frozenset(
    [
        "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "OPINION", "ANALYSIS", "EDITORIAL", "VIDEO",
        "FOTO", "PHOTO", "WATCH", "LIVE", "NEWS", "BERITA", "EKSKLUSIF", "OPINI", "ADVERTORIAL",
        "INFOGRAFIS",
    ]
)

_BYLINE = re.compile(
    r"^(?:By|Oleh|Oleh:)\s+(?P<author>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,4}"
    r"(?: (?:and|dan|&) [A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,4})?)"
    r"(?:\s*,\s*(?P<outlet>[^,\n]{2,40}))?\s*$"
)


@dataclass(frozen=True)
class Lead:
    """What a lead or byline says, and how much of the text it covers."""

    outlet: str | None = None
    dateline: str | None = None
    wire: list[str] = field(default_factory=list)
    author: str | None = None
    start: int = 0  # the prefix is text[start:end]
    end: int = 0


def parse_lead(text: str) -> Lead:
    """Outlet/dateline/wire from the lead prefix at the start of ``text``.

    ``text[lead.start:lead.end]`` is the prefix to remove; ``end == 0`` when
    there is none.
    """
    offset = len(text) - len(text.lstrip())
    head = text[offset : offset + HEAD]
    for pattern in _PATTERNS:
        match = pattern.match(head)
        if match is None:
            continue
        lead = _from_match(match, offset)
        if lead is not None:
            return lead
    return Lead()


def _from_match(match: re.Match[str], offset: int) -> Lead | None:
    groups = match.groupdict()
    raw_outlet = groups.get("outlet")
    raw_place = groups.get("dateline")
    outlet = None
    if raw_outlet is not None:
        if known_outlet(raw_outlet) is None and not is_domain(raw_outlet):
            return None
        outlet = canonical_outlet(raw_outlet)
    dateline = _place(raw_place) if raw_place else None
    if raw_place and dateline is None:
        return None
    if outlet is None and dateline is None:
        return None
    if outlet is None and not _body_follows(match):
        return None
    wire = [outlet] if outlet is not None and wire_of(outlet) else []
    return Lead(outlet=outlet, dateline=dateline, wire=wire, start=offset, end=offset + match.end())


def _body_follows(match: re.Match[str]) -> bool:
    rest = match.string[match.end() : match.end() + 2]
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"\u201c'")


def _place(raw: str) -> str | None:
    words = raw.split()
    if not words or words[0].upper() in _NOT_PLACES or known_outlet(raw) is not None:
        return None
    if any(ch.isdigit() for ch in raw):
        return None
    return raw.title() if raw.isupper() else raw


def parse_byline(text: str, max_lines: int = 3) -> Lead:
    """Author (and outlet) from a ``By Jane Doe, BBC News`` line near the top.

    Only the first ``max_lines`` lines are looked at; the whole line is the
    span to remove.
    """
    position = 0
    for _ in range(max_lines):
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        lead = _byline_at(text[position:end], position, end + 1 if newline >= 0 else end)
        if lead is not None:
            return lead
        if newline < 0:
            break
        position = newline + 1
    return Lead()


def _byline_at(line: str, start: int, end: int) -> Lead | None:
    if len(line) > 120:
        return None
    match = _BYLINE.match(line.strip())
    if match is None:
        return None
    raw_outlet = match.group("outlet")
    outlet = known_outlet(raw_outlet) if raw_outlet else None
    if raw_outlet and outlet is None:
        return None
    wire = [outlet] if outlet is not None and wire_of(outlet) else []
    return Lead(outlet=outlet, wire=wire, author=match.group("author"), start=start, end=end)
