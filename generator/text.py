"""Text hygiene: decoding, normalisation, paragraph and sentence spans.

Every function here is total on arbitrary Unicode input (it never raises on
odd text) and linear in the length of its input: the regular expressions
have no nested quantifiers, so a 200,000-character single line is cheap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import ftfy

from generator.abbreviations import ALL_LOWER

#: ftfy settings: repair mojibake but keep typographic quotes, which the
#: quote extractor relies on.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, explain=False)

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
#: A run of whitespace other than newline, unless it is already one plain space.
_SPACES = re.compile(r"(?: [^\S\n]|[^\S\n ])[^\S\n]*")
_TRAILING = re.compile(r" +\n")
_LEADING = re.compile(r"\n +")
_MANY_BREAKS = re.compile(r"\n{3,}")


def normalize_text(s: str) -> str:
    """Repair mojibake, NFC-normalise and tidy whitespace.

    Line endings become ``\\n``; runs of spaces and tabs become one space;
    more than one blank line becomes one; zero-width characters go.
    Idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.
    """
    if not s:
        return ""
    text = _normalize_once(s)
    if text != s and _FTFY_MAY_CHANGE.search(text) is not None:
        # ftfy judges a line by the characters around a suspect sequence, and one pass can change them (a
        # leading no-break space tidied away, a soft hyphen removed): repeat until nothing changes
        for _ in range(3):
            again = _normalize_once(text)
            if again == text:
                break
            text = again
    undoubled, where = undouble_marks(text)
    # a CSV export's doubled marks read as one (``Facebook's ""Like"" button``); kept when the result would
    # still hold a doubled mark (``""""``), so that a second pass changes nothing
    return undoubled if where is not None and '""' not in undoubled else text


def _normalize_once(s: str) -> str:
    """One pass of :func:`normalize_text`."""
    text = s.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = fix_mojibake(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(_ZERO_WIDTH))  # a removed mark may let two compose
    return tidy_whitespace(text)


#: a straight double quote written twice, the escaping of a CSV export (``""Like"" button``)
_DOUBLED = re.compile('""')


def undouble_marks(body: str) -> tuple[str, list[int] | None]:
    """``body`` with each doubled straight quote (``""``) read as one mark, and where each of its
    characters stands in ``body`` (``None`` when nothing was doubled, the text then being ``body``).

    Text exported through CSV writes every ``"`` as ``""``. Read as two marks, a doubled pair closes and
    reopens a quote at every mark, so no quote meets its tag. Only a text whose every straight mark is
    doubled is read so; elsewhere ``""`` is a closing mark and an opening one with the space lost. A doubled
    mark between two letters or digits stands for an apostrophe (``Google""s``) and reads as ``'``.
    """
    if '""' not in body or body.count('"') != 2 * len(_DOUBLED.findall(body)):
        return body, None
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _DOUBLED.finditer(body):
        start = m.start()
        parts.append(body[pos:start])
        where.extend(range(pos, start))
        inside_word = start > 0 and m.end() < len(body) and body[start - 1].isalnum() and body[m.end()].isalnum()
        parts.append("'" if inside_word else '"')
        where.append(start)
        pos = m.end()
    parts.append(body[pos:])
    where.extend(range(pos, len(body)))
    return "".join(parts), where


#: A character that ftfy might change: anything but printable ASCII, tab and newline.
_FTFY_MAY_CHANGE = re.compile(r"[^\t\n\x20-\x7e]")


def fix_mojibake(text: str) -> str:
    """``ftfy.fix_text(text)`` with our settings, at a fraction of the cost.

    ftfy fixes a text line by line (each segment ends at a ``\\n``) and leaves
    a line of printable ASCII, tabs and newline as it is (none of its fixes
    applies: mojibake, C1 controls, ligatures, wide forms, line breaks,
    surrogates, terminal escapes and control characters all need another
    character), so only the other lines are handed to it.
    """
    if _FTFY_MAY_CHANGE.search(text) is None:
        return text
    segments = text.split("\n")
    last = len(segments) - 1
    out: list[str] = []
    for i, segment in enumerate(segments):
        if i < last:
            segment += "\n"
        out.append(ftfy.fix_text(segment, _FTFY) if _FTFY_MAY_CHANGE.search(segment) else segment)
    return "".join(out)


def tidy_whitespace(text: str) -> str:
    """Runs of spaces/tabs to one space, no spaces at line edges, at most one blank line, stripped.

    The whitespace half of :func:`normalize_text`, for text that is already
    normalised and has had pieces cut out of it.
    """
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    text = _LEADING.sub("\n", text)
    text = _MANY_BREAKS.sub("\n\n", text)
    return text.strip()


_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n")


def split_paragraphs(body: str) -> list[tuple[int, int]]:
    """Spans of paragraphs in ``body``.

    Paragraphs are separated by blank lines; a text with no blank line at all
    (scraped text with one paragraph a line, like the seed) is split at every
    line break. Spans are trimmed of surrounding whitespace; empty ones are
    dropped.
    """
    separator = _BLANK_LINE if _BLANK_LINE.search(body) else _LINE
    spans: list[tuple[int, int]] = []
    start = 0
    for match in separator.finditer(body):
        _append_trimmed(body, start, match.start(), spans)
        start = match.end()
    _append_trimmed(body, start, len(body), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# --- sentences -------------------------------------------------------------

#: Abbreviations (lower case, without the final dot) after which a full stop
#: does not end a sentence, in Indonesian and English news.
ABBREVIATIONS = ALL_LOWER

_TERMINAL = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*")
_WORD_BEFORE = re.compile(r"[\w.]{1,12}$")
_OPENERS = "\"'\u201c\u2018([{"


def split_sentences(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Spans of sentences in ``text`` (offsets into ``text``).

    Paragraph breaks always end a sentence. Inside a paragraph a sentence ends
    at ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes) followed by
    a space and an upper-case letter, digit or opening quote, unless the word
    before the stop is a known abbreviation (``Jl.``, ``No.``, ``Dr.``) or a
    single letter (``U.S.``, ``John F. Kennedy``). A stop glued between two
    words, lower case before and capitalised word after (``Tanah Air.Pada``),
    is a break too; a decimal point (``Rp 1.5 juta``) and a domain
    (``Kompas.com``) are not.
    """
    del language  # the rules are shared by Indonesian and English
    return list(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The spans of :func:`split_sentences`, lazily (a paragraph at a time): for a caller that may
    stop at the first few."""
    for p_start, p_end in split_paragraphs(text):
        spans: list[tuple[int, int]] = []
        start = p_start
        for match in _TERMINAL.finditer(text, p_start, p_end):
            cut = _boundary(text, match.start(), match.end(), p_end)
            if cut is not None:
                _append_trimmed(text, start, cut, spans)
                start = cut
        _append_trimmed(text, start, p_end, spans)
        yield from spans


def _boundary(text: str, stop: int, end: int, limit: int) -> int | None:
    """Where the sentence ends if the terminal run ``text[stop:end]`` ends one."""
    if end >= limit:
        return None
    nxt = text[end]
    if nxt.isspace():
        after = end
        while after < limit and text[after].isspace():
            after += 1
        if after >= limit:
            return None
        first = text[after]
        if not (first.isupper() or first.isdigit() or first in _OPENERS):
            return None
        if text[stop] == "." and _is_abbreviation(text, stop):
            return None
        return end
    # Glued: "Tanah Air.Pada 2019" - only a full stop between letters.
    if text[stop] != "." or end - stop != 1:
        return None
    if not (nxt.isupper() and end + 1 < limit and text[end + 1].islower()):
        return None
    if stop < 2 or not (text[stop - 1].islower() and text[stop - 2].isalpha()):
        return None
    return None if _is_abbreviation(text, stop) else end


def _is_abbreviation(text: str, stop: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if match is None:
        return False
    word = match.group(0).lstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "John F. Kennedy", "U.S."
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True  # "U.S", "a.m", "S.H"
    lowered = word.lower()
    # "No. 1", "Jl. Sudirman", "Dr. Tirta": the next word belongs here.
    return lowered in ABBREVIATIONS


def count_words(text: str) -> int:
    """Number of words (runs of letters or digits) in ``text``."""
    return len(_WORDS.findall(text))


_WORDS = re.compile(r"\w+(?:[-'\u2019.]\w+)*")


def reading_minutes(words: int, per_minute: int = 200) -> int:
    """Whole minutes to read ``words`` words, at least 1."""
    return max(1, -(-words // per_minute))
