"""Where an article writes a name: whole-word, alias, initials, honorific and full-name searches in a body.

The registry asks, for a token of a name, where the body writes it as a whole word, as the head of a longer word,
after an honorific (``Mr Kirby``), as the initials of a name (``SBY``) or inside a run of capitalised words (the
full name around ``Kirby``). Each search is a few precompiled patterns plus ``str.find``, not a pattern compiled
per token; the per-token patterns kept here are the reference the tests compare the searches with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=4096)
def alias_pattern(token: str) -> re.Pattern[str]:
    """``Jusuf Kalla (JK)``: two to four capitalised words, then ``token`` in brackets."""
    return re.compile(
        r"([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’.-]*){1,3})[ \u00a0]?\([ \u00a0]?" + re.escape(token) + r"[ \u00a0]?\)"
    )


@lru_cache(maxsize=4096)
def expansion_pattern(acronym: str) -> re.Pattern[str]:
    """``Bursa Efek Indonesia (BEI)``: capitalised words (and connectors), then the acronym in brackets."""
    return re.compile(
        r"((?:[A-Z][\w.&'’-]*[ \u00a0](?:(?:dan|and|of|the|for|&)[ \u00a0])?){1,7})\([ \u00a0]?"
        + re.escape(acronym)
        + r"[ \u00a0]?\)"
    )


@lru_cache(maxsize=4096)
def word_pattern(token: str) -> re.Pattern[str]:
    """``token`` as a whole word (no word character, apostrophe or hyphen on either side)."""
    return re.compile(r"(?<![\w'’-])" + re.escape(token) + r"(?![\w'’-])")


@lru_cache(maxsize=4096)
def head_pattern(token: str) -> re.Pattern[str]:
    """``Rudy`` -> a word opening with it and three letters or more longer (``Rudyantho``)."""
    return re.compile(r"(?<![\w'’-])" + re.escape(token) + r"[a-z]{3,}(?![\w'’-])")


#: the pieces of word_pattern and head_pattern, compiled once: no word character, apostrophe or hyphen before
#: (or after) a word, and the three lower-case letters or more that lengthen a head (``Rudy`` -> ``Rudyantho``)
_NOT_AFTER_WORD = re.compile(r"(?<![\w'’-])")
_NOT_BEFORE_WORD = re.compile(r"(?![\w'’-])")


def word_spans(body: str, token: str, rest: re.Pattern[str] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``word_pattern(token)`` (or, with ``rest`` = HEAD_REST, of
    ``head_pattern(token)``) in ``body``, leftmost and non-overlapping as finditer gives them, found with
    ``str.find`` instead of a pattern per token."""
    if not token:
        pattern = word_pattern(token) if rest is None else head_pattern(token)
        yield from (match.span() for match in pattern.finditer(body))
        return
    at = body.find(token)
    while at >= 0:
        end = at + len(token)
        if _NOT_AFTER_WORD.match(body, at) is None:
            end = -1
        elif rest is None:
            end = end if _NOT_BEFORE_WORD.match(body, end) is not None else -1
        else:
            tail = rest.match(body, end)
            end = tail.end() if tail is not None else -1
        if end < 0:
            at = body.find(token, at + 1)
        else:
            yield at, end
            at = body.find(token, end)


#: the pieces of the per-acronym pattern initials_matches replaced, compiled once: no word character or full
#: stop before the first capital, the rest of a word and the space after it, and the rest of the last word (no
#: word character or hyphen after it)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])")
_INITIALS_WORD_REST = re.compile(r"[a-z'’-]+[ \u00a0]")
_INITIALS_LAST_REST = re.compile(r"[a-z'’-]+(?![\w-])")


def initials_matches(body: str, letters: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of words opening with ``letters`` (one letter, no regex character, each), leftmost
    and non-overlapping, as a pattern compiled per acronym gave them (``tests.quote_helpers.old_initials_pattern``)."""
    at = body.find(letters[0]) if letters else -1
    while at >= 0:
        end: int | None = None
        if _INITIALS_BEFORE.match(body, at) is not None:
            pos = at
            for k, letter in enumerate(letters):
                if not body.startswith(letter, pos):
                    break
                rest = (_INITIALS_LAST_REST if k == len(letters) - 1 else _INITIALS_WORD_REST).match(body, pos + 1)
                if rest is None:
                    break
                pos = rest.end()
            else:
                end = pos
        if end is None:
            at = body.find(letters[0], at + 1)
        else:
            yield at, end
            at = body.find(letters[0], end)


@lru_cache(maxsize=4096)
def whole_word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")


#: an honorific and its spaces, a capitalised word and its spaces, and a word boundary: the pieces of the old
#: per-surname honorific pattern (``Mr. Kirby``, ``Ms. Hillary Clinton``), so no pattern is compiled per surname
_HONORIFIC_LEAD = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \u00a0]+")
_HONORIFIC_WORD = re.compile(r"[A-Z][\w'’-]*[ \u00a0]+")
_WORD_BOUNDARY = re.compile(r"\b")


def _honorific_surname_end(body: str, surname: str, pos: int, words: int) -> int | None:
    """Where ``surname`` (then a word boundary) ends after up to ``2 - words`` more capitalised words from
    ``pos``, more words tried first (a backtracking regex's order), or None."""
    if words < 2:
        word = _HONORIFIC_WORD.match(body, pos)
        if word is not None:
            found = _honorific_surname_end(body, surname, word.end(), words + 1)
            if found is not None:
                return found
    end = pos + len(surname)
    if body.startswith(surname, pos) and _WORD_BOUNDARY.match(body, end) is not None:
        return end
    return None


def honorifics_before(body: str, surname: str) -> Iterator[str]:
    """The honorific (``Mr``, ``Mrs``, ``Ms``, ``Miss``) of each place ``body`` writes one, an optional full stop,
    up to two capitalised words, then ``surname`` as a word (``Mr. Kirby``, ``Ms. Hillary Clinton``): the group 1
    of each match, leftmost and non-overlapping, that ``re.finditer`` of the old per-surname pattern gives."""
    done = 0
    for lead in _HONORIFIC_LEAD.finditer(body):
        if lead.start() < done:
            continue
        end = _honorific_surname_end(body, surname, lead.end(), 0)
        if end is not None:
            yield lead.group(1)
            done = end


def month_after(body: str, name: str) -> str | None:
    """The month word of ``_MONTH_TAIL`` right after the first place ``body`` writes ``name`` as a whole word
    start (not after a word character or a hyphen), or None."""
    pos = body.find(name)
    while pos >= 0:
        before = body[pos - 1] if pos > 0 else " "
        if not (before.isalnum() or before in ("_", "-")):
            match = _MONTH_TAIL_RE.match(body, pos + len(name))
            if match is not None:
                return match.group("month")
        pos = body.find(name, pos + 1)
    return None


def initial_after(body: str, name: str) -> str | None:
    """``Renhard Ronald S, mengungkapkan``: a lone capital letter, then a comma, right after a name of
    two words or more the body writes; the initial ends the name (Indonesian), or None."""
    at = body.find(name)
    while at >= 0:  # the first place, as a pattern compiled per name gave it (tests.quote_helpers)
        if _NOT_AFTER_NAME.match(body, at) is not None:
            match = _INITIAL_TAIL.match(body, at + len(name))
            if match is not None:
                return match.group("initial")
        at = body.find(name, at + 1)
    return None


_NOT_AFTER_NAME = re.compile(r"(?<![\w-])")
_INITIAL_TAIL = re.compile(r"[ \u00a0](?P<initial>[A-Z]),")


#: the lower-case second syllable of an East Asian given name, its hyphen spaced out by the scrape (``Geun - hye``)
HYPHEN_PART = r"(?:[ \u00a0]-[ \u00a0][a-z]{2,5}(?![\w'’-]))?"
PARTICLE_GAP = r"(?:(?:bin|binti|van|von|de|der|al)[ \u00a0])?"


#: the pieces of the full-name run around a token, one generic pattern each (compiling a pattern per token cost
#: about a quarter of English extraction): a capitalised word before the token with its space, a particle after it,
#: and everything after the token (the rest of its word, a spaced hyphen part, up to three more capitalised words)
_FULL_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]")
_FULL_NAME_PARTICLE = re.compile(r"(?:bin|binti|van|von|de|der|al)[ \u00a0]")
_FULL_NAME_TAIL = re.compile(
    rf"\w*{HYPHEN_PART}(?:[ \u00a0]{PARTICLE_GAP}[A-Z](?:\.(?=[ \u00a0][A-Z])|[\w'’-]*){HYPHEN_PART}){{0,3}}"
)
_FULL_NAME_SPACES = " \u00a0"
_FULL_NAME_WORD_MARKS = "_'’.-"


def _full_name_token_at(body: str, token: str, pos: int, words: int) -> int | None:
    """Where ``token`` starts after up to ``4 - words`` more capitalised words (each with an optional particle)
    from ``pos``, tried in the order a backtracking regex tries them (more words first, a particle before none),
    or None."""
    if words < 4:
        word = _FULL_NAME_WORD.match(body, pos)
        if word is not None:
            after = word.end()
            particle = _FULL_NAME_PARTICLE.match(body, after)
            if particle is not None:
                found = _full_name_token_at(body, token, particle.end(), words + 1)
                if found is not None:
                    return found
            found = _full_name_token_at(body, token, after, words + 1)
            if found is not None:
                return found
    return pos if body.startswith(token, pos) else None


def full_name_matches(body: str, token: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each full-name run around ``token`` in ``body``: up to four capitalised words, ``token``
    (as a word start), up to three more (a middle initial with its full stop counts as a word: ``Moekti K.
    Gondosasmito``). The same runs, leftmost and non-overlapping, as ``re.finditer`` of the old per-token pattern
    (_FULL_NAME_WORD and its particle four times at most, ``token``, then _FULL_NAME_TAIL; kept in the tests)
    gives, without compiling a pattern per token: a run can start only at ``token`` or at a capital letter that
    a stretch of word characters with at most eight spaces joins to it, so only those places are tried."""
    if not token:
        return
    starts: set[int] = set()
    at = body.find(token)
    while at >= 0:
        starts.add(at)
        # the stretch before: word characters (and ' ’ . - _) with at most eight spaces (four words, four particles)
        k, spaces = at, 0
        while k > 0:
            char = body[k - 1]
            if char in _FULL_NAME_SPACES:
                spaces += 1
                if spaces > 8:
                    break
            elif not (char.isalnum() or char in _FULL_NAME_WORD_MARKS):
                break
            k -= 1
            if "A" <= char <= "Z":
                starts.add(k)
        at = body.find(token, at + 1)
    done = 0
    for start in sorted(starts):
        if start < done:
            continue
        found = _full_name_token_at(body, token, start, 0)
        if found is None:
            continue
        tail = _FULL_NAME_TAIL.match(body, found + len(token))
        end = tail.end() if tail is not None else found + len(token)
        yield start, end
        done = end
#: a month word that ends a name (``Leong Sook Mei menjelaskan``), not one that starts a date
#: (``Mei 2019``, ``Mei lalu``) nor one after a day number (``Jumat (5/1) ... 28 Mei``)
_MONTH_TAIL = (
    r"[ \u00a0]+(?P<month>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
    r"(?![\w-])(?![ \u00a0]*(?:\d|lalu|mendatang|depan|ini|itu|silam|kemarin|nanti|tahun|hingga|sampai|dan|-|–))"
)


_MONTH_TAIL_RE = re.compile(_MONTH_TAIL)
