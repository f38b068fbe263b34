"""Dates: ISO strings from metadata, and the date an article's text states.

Nothing here guesses: a date needs a day, a month and a four-digit year, and
a weekday next to it must agree with the calendar. The file's mtime is never
used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

#: the English month and weekday names written in full, in calendar order (also the calendar words that the
#: people stage and the speaker check keep out of names)
EN_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
#: the Indonesian month names written in full, in calendar order
ID_MONTH_NAMES = (
    "januari", "februari", "maret", "april", "mei", "juni",
    "juli", "agustus", "september", "oktober", "november", "desember",
)  # fmt: skip
EN_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTHS: dict[str, int] = {
    # English
    **{name: number for number, name in enumerate(EN_MONTH_NAMES, start=1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # Indonesian: the full names, old spellings and abbreviations
    **{name: number for number, name in enumerate(ID_MONTH_NAMES, start=1)},
    "pebruari": 2, "agu": 8, "agt": 8, "okt": 10, "nopember": 11, "des": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    **{name: number for number, name in enumerate(EN_WEEKDAY_NAMES)},
    "mon": 0, "tue": 1, "tues": 1, "wed": 2,
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

    Looks at the first ``window`` characters and ranks what it finds:

    1. a date with a weekday that agrees with the calendar (``Senin
       (21/1/2019)``, ``Monday, Jan. 21, 2019``), the first one;
    2. a numeric date in parentheses (``sore (29/1/2019)``), the first one;
    3. a written-out date (``Jan. 21, 2019``, ``21 Januari 2019``) on a short
       line of its own (``Published: Jan. 21, 2019``) or in the first sentence.

    A date whose weekday disagrees with the calendar is a typo and skipped; a
    date without a year (``Selasa (22/1)``) is not completed by guessing.
    """
    head = text[:window]
    # Every date pattern ends with a four-digit year (and a word boundary), so
    # nothing can match past the last one: scanning stops there, and a text
    # without one is done. This keeps the scan cheap; the matches are the same.
    # The long patterns are only tried in the stretch before each year (merged where they meet).
    windows: list[list[int]] = []
    for end_match in _YEAR_END.finditer(head):
        start, end = max(0, end_match.end() - DATE_SPAN), end_match.end()
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    if not windows:
        return None
    weekday: list[tuple[int, dt.date]] = []
    numeric: list[tuple[int, dt.date]] = []
    named: list[tuple[int, int, dt.date]] = []
    for match in _in_windows(_ID_NUMERIC, head, windows):
        date = _checked(match.group(1), match.group(4), match.group(3), match.group(2))
        if date is not None:
            weekday.append((match.start(), date))
    for match in _PAREN_NUMERIC.finditer(head):
        date = _make_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if date is not None:
            numeric.append((match.start(), date))
    for pattern, month_group, day_group in ((_DAY_MONTH_YEAR, 3, 2), (_MONTH_DAY_YEAR, 2, 3)):
        for match in _in_windows(pattern, head, windows):
            month = str(MONTHS[match.group(month_group).lower()])
            date = _checked(match.group(1), match.group(4), month, match.group(day_group))
            if date is None:
                continue
            if match.group(1):
                weekday.append((match.start(), date))
            else:
                named.append((match.start(), match.end(), date))
    for found in (sorted(weekday), sorted(numeric)):
        if found:
            return found[0][1].isoformat()
    first_stop = _first_sentence_end(head)
    for start, end, date in sorted(named):
        if start < first_stop or _own_line(head, start, end):
            return date.isoformat()
    return None


_YEAR_END = re.compile(r"\d{4}\b")

#: The longest written date the patterns are tried over, in characters, ending at its year
#: (``Wednesday, 21 September 2019`` is 28): a date spread wider by runs of spaces is not read.
DATE_SPAN = 80


def _in_windows(pattern: re.Pattern[str], text: str, windows: list[list[int]]) -> Iterator[re.Match[str]]:
    for start, end in windows:
        yield from pattern.finditer(text, start, end)
_PAREN_NUMERIC = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"\u201c])")
_LINE_PREFIX = re.compile(
    r"^(?:(?:published|updated|posted|diterbitkan|diperbarui|dipublikasikan|tanggal|date)\b[^\n]{0,12})?$",
    re.IGNORECASE,
)


def _first_sentence_end(text: str) -> int:
    match = _SENTENCE_END.search(text, 0, 400)
    return match.start() if match else min(len(text), 400)


def _own_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start].strip()
    after = text[end:line_end].strip(" .,")
    return not after and len(before) <= 20 and bool(_LINE_PREFIX.match(before))


def _checked(weekday: str | None, year: str, month: str, day: str) -> dt.date | None:
    """The date, or None when it is invalid or its weekday disagrees."""
    date = _make_date(int(year), int(month), int(day))
    if date is None or weekday is None:
        return date
    return date if WEEKDAYS.get(weekday.lower()) == date.weekday() else None


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
