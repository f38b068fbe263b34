"""Dates: ISO strings from metadata, and the date an article's text states.

Nothing here guesses: a date needs a day, a month and a four-digit year, and
a weekday next to it must agree with the calendar. The file's mtime is never
used.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Indonesian
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "agu": 8, "agt": 8, "okt": 10, "oktober": 10,
    "nopember": 11, "desember": 12, "des": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2,
    "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}  # fmt: skip

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$"
)

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

#: "Senin (21/1/2019)", "Senin, 21/1/2019"
_ID_NUMERIC = re.compile(
    rf"\b({_WEEKDAY_NAMES})\s*[,(]\s*(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b", re.IGNORECASE
)
#: "Senin, 21 Januari 2019", "Monday, 21 January 2019", "21 Jan 2019"
_DAY_MONTH_YEAR = re.compile(
    rf"(?:\b({_WEEKDAY_NAMES})\.?,?\s*(?:\(\s*)?)?\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?,?\s+(\d{{4}})\b",
    re.IGNORECASE,
)
#: "Jan. 21, 2019", "Monday, January 21, 2019"
_MONTH_DAY_YEAR = re.compile(
    rf"(?:\b({_WEEKDAY_NAMES})\.?,?\s*)?\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b",
    re.IGNORECASE,
)

MIN_YEAR, MAX_YEAR = 1800, 2200


def parse_iso_date(value: str) -> str | None:
    """Normalise an ISO 8601 or common metadata date string; None if not one.

    ``"2019-01-21"`` stays a date; a timestamp keeps its time and offset.
    Also accepts "21 January 2019" and "Jan. 21, 2019".
    """
    match = _ISO.match(value)
    if match is None:
        found = _first_named_date(value[:200])
        return found
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    date = _make_date(year, month, day)
    if date is None:
        return None
    if match.group(4) is None:
        return date.isoformat()
    hour, minute, second = int(match.group(4)), int(match.group(5)), int(match.group(6) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return date.isoformat()
    stamp = f"{date.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    zone = match.group(7)
    if zone:
        zone = "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
        stamp += zone
    return stamp


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_text_date(text: str, window: int = 3000) -> str | None:
    """The date the article's text states, as ``YYYY-MM-DD``, or None.

    Looks at the first ``window`` characters. A date with a weekday that
    agrees with the calendar (``Senin (21/1/2019)``, ``Monday, Jan. 21,
    2019``) wins; failing that, the first complete date in the first
    paragraph (``Jan. 21, 2019``, ``21 Januari 2019``). Dates whose weekday
    disagrees with the calendar are typos and are skipped.
    """
    head = text[:window]
    candidates: list[tuple[int, dt.date, bool]] = []
    for match in _ID_NUMERIC.finditer(head):
        _add(candidates, match.start(), match.group(1), match.group(4), match.group(3), match.group(2))
    for match in _DAY_MONTH_YEAR.finditer(head):
        month = str(MONTHS[match.group(3).lower()])
        _add(candidates, match.start(), match.group(1), match.group(4), month, match.group(2))
    for match in _MONTH_DAY_YEAR.finditer(head):
        month = str(MONTHS[match.group(2).lower()])
        _add(candidates, match.start(), match.group(1), match.group(4), month, match.group(3))
    candidates.sort(key=lambda c: c[0])
    for _, date, with_weekday in candidates:
        if with_weekday:
            return date.isoformat()
    first_paragraph = len(head.split("\n", 1)[0])
    for start, date, _ in candidates:
        if start < min(first_paragraph, 600):
            return date.isoformat()
    return None


def _add(
    out: list[tuple[int, dt.date, bool]],
    start: int,
    weekday: str | None,
    year: str,
    month: str,
    day: str,
) -> None:
    date = _make_date(int(year), int(month), int(day))
    if date is None:
        return
    if weekday is None:
        out.append((start, date, False))
        return
    if WEEKDAYS.get(weekday.lower()) == date.weekday():
        out.append((start, date, True))


def _first_named_date(text: str) -> str | None:
    for pattern, month_group, day_group in ((_DAY_MONTH_YEAR, 3, 2), (_MONTH_DAY_YEAR, 2, 3)):
        match = pattern.search(text)
        if match is not None:
            date = _make_date(
                int(match.group(4)), MONTHS[match.group(month_group).lower()], int(match.group(day_group))
            )
            if date is not None:
                return date.isoformat()
    return None
