"""Credit lines (``REUTERS``, ``Reuters | AFP``) and related-story lines.

Related-story lines (``Pilihan Editor:``, ``Baca juga:``, ``Read more:``,
``Related:``) are removed wherever they stand. On a line of their own the
whole line is the related title. Inline, in scraped text whose paragraph
breaks were lost, the title runs until a double space, an opening quote, a
stop followed by a capital, or a capitalised word followed by two
lower-case words (the first words of the next paragraph's sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.outlets import is_domain, known_outlet, wire_of

_RELATED = re.compile(
    r"(?:Pilihan\s+Editor|Baca\s+[Jj]uga|BACA\s+JUGA|Baca|BACA|Simak\s+[Jj]uga|Lihat\s+[Jj]uga"
    r"|Artikel\s+[Tt]erkait|Berita\s+[Tt]erkait|Read\s+[Mm]ore|READ\s+MORE|Read\s+[Aa]lso"
    r"|Also\s+[Rr]ead|Related|RELATED|See\s+[Aa]lso)[ \t]*:[ \t]*"
)
_TOKEN = re.compile(r"\S+")
_MAX_TITLE_WORDS = 30
_OPEN_QUOTES = "\"\u201c\u2018'"

_CREDIT_SPLIT = re.compile(r"\s*(?:\||/|,|&|\band\b|\bdan\b)\s*")
_CREDIT_LINE = re.compile(
    r"^[\s(\[\u2014\u2013-]*(?:(?:Sumber|Source)\s*:\s*)?(?P<body>[^()\[\]\n]{2,80}?)[\s)\]]*$"
)
_TRAILING_CREDIT = re.compile(r"\s*[(\[](?P<body>[A-Za-z][A-Za-z .|/&,-]{0,60})[)\]]\s*$")


@dataclass(frozen=True)
class Removed:
    text: str
    items: list[str]


def remove_related(text: str) -> Removed:
    """Cut related-story lines out of ``text``; return the rest and titles."""
    related: list[str] = []
    pieces: list[str] = []
    position = 0
    separator = "\n" if "\n" in text and "\n\n" not in text else "\n\n"
    for match in _RELATED.finditer(text):
        if match.start() < position:
            continue
        if not _at_boundary(text, match.start()):
            continue
        title_end, cut_end = _title_extent(text, match.end())
        title = " ".join(text[match.end() : title_end].split())
        if not title:
            continue
        related.append(title)
        pieces.append(text[position : match.start()].rstrip(" \t"))
        pieces.append(separator)
        position = cut_end
    pieces.append(text[position:])
    return Removed("".join(pieces), related)


def _at_boundary(text: str, start: int) -> bool:
    """A marker stands at a line start or after a sentence or double space."""
    if start == 0:
        return True
    before = text[max(0, start - 3) : start]
    stripped = before.rstrip(" \t")
    return not stripped or stripped[-1] in "\n.!?\"\u201d')" or before.endswith("  ")


def _title_extent(text: str, start: int) -> tuple[int, int]:
    """(end of the related title, end of what to cut) from ``start``."""
    newline = text.find("\n", start)
    line_end = len(text) if newline < 0 else newline
    tokens = [m for _, m in zip(range(_MAX_TITLE_WORDS + 3), _TOKEN.finditer(text, start, line_end), strict=False)]
    end = _inline_end(text, tokens)
    if end is None:
        end = line_end if len(tokens) <= _MAX_TITLE_WORDS else tokens[_MAX_TITLE_WORDS - 1].end()
    cut = end
    while cut < len(text) and text[cut] in " \t\n":
        cut += 1
    return end, cut


def _inline_end(text: str, tokens: list[re.Match[str]]) -> int | None:
    for i in range(1, len(tokens)):
        previous, token = tokens[i - 1], tokens[i]
        word = token.group(0)
        gap = text[previous.end() : token.start()]
        if len(gap) >= 2:
            return previous.end()
        if word[0] in _OPEN_QUOTES and i >= 2:
            return previous.end()
        if previous.group(0)[-1] in ".!?" and word[0].isupper() and i >= 2:
            return previous.end()
        if word[0].isupper() and i >= 2 and _lower_run(tokens, i + 1):
            return previous.end()
    return None


def _lower_run(tokens: list[re.Match[str]], start: int) -> bool:
    following = [t.group(0) for t in tokens[start : start + 2]]
    return len(following) == 2 and all(w[0].islower() for w in following)


def remove_credit_lines(text: str) -> Removed:
    """Drop trailing credit lines and a trailing ``(Reuters)``; list wires.

    A credit line is a short line (at the end of the text, up to three of
    them) made only of known outlet or wire names, or of all-caps names with
    at least one known among them (``REUTERS | SCMP``).
    """
    wires: list[str] = []
    lines = text.rstrip().split("\n")
    for _ in range(3):
        if not lines:
            break
        names = _credit_names(lines[-1])
        if names is None:
            break
        wires.extend(w for w in (wire_of(n) for n in names) if w)
        lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
    body = "\n".join(lines)
    trailing = _TRAILING_CREDIT.search(body[-80:]) if body else None
    if trailing is not None:
        names = _split_names(trailing.group("body"))
        if names and all(known_outlet(n) for n in names):
            wires.extend(w for w in (wire_of(n) for n in names) if w)
            body = body[: len(body) - len(trailing.group(0))]
    return Removed(body, sorted(set(wires), key=wires.index))


def _credit_names(line: str) -> list[str] | None:
    match = _CREDIT_LINE.match(line.strip())
    if match is None:
        return None
    names = _split_names(match.group("body"))
    if not names:
        return None
    known = [n for n in names if known_outlet(n)]
    if len(known) == len(names):
        return names
    if known and "|" in line and all(n.isupper() or is_domain(n) for n in names):
        return names
    return None


def _split_names(body: str) -> list[str]:
    return [part.strip(" .-\u2014\u2013") for part in _CREDIT_SPLIT.split(body) if part.strip(" .-")]


#: a related-story label alone on its line (``Baca juga:``), its titles in the paragraphs below
_RELATED_LABEL = re.compile(
    r"(?im)^[ \t]*(?:baca\s+juga|simak\s+juga|lihat\s+juga|artikel\s+terkait|berita\s+terkait|read\s+more"
    r"|read\s+also|also\s+read|see\s+also|related)[ \t]*[:\-\u2013\u2014]?[ \t]*$"
)
#: most related titles a label heads, and most words in one
_MAX_BLOCK_TITLES = 5
_MAX_BLOCK_TITLE_WORDS = 16


def blank_related_blocks(body: str) -> str:
    """``body`` with each related-story block blanked by spaces (offsets unchanged): a label alone on its line
    (``Baca juga:``) and the title paragraphs under it (``Chicco Jerikho di Atas Moge: Cool Banget!``).

    A title paragraph is short, opens with no quotation mark and ends in no full stop; the block ends at the
    first paragraph that is not one (the article goes on)."""
    if not _RELATED_LABEL.search(body):
        return body
    chars = list(body)
    for match in _RELATED_LABEL.finditer(body):
        stop = match.end()
        pos = stop
        for _ in range(_MAX_BLOCK_TITLES):
            while pos < len(body) and body[pos] in " \t\r\n\u00a0":
                pos += 1
            if pos >= len(body):
                break
            newline = body.find("\n", pos)
            end = len(body) if newline < 0 else newline
            line = body[pos:end].strip()
            if (
                body[pos] in _OPEN_QUOTES + "\u201d\u00ab"
                or line.endswith((".", ",", ":", ";", "\"", "\u201d"))
                or len(line.split()) > _MAX_BLOCK_TITLE_WORDS
            ):
                break
            stop = pos = end
        if stop > match.end():
            for i in range(match.start(), stop):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)
