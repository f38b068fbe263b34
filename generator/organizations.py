"""Organisations named in an article.

Known organisations and their aliases across languages (``PBB`` = United
Nations, ``Gedung Putih`` = White House) come from
generator/data/organizations.yaml. Other organisations are recognised by the
words that head or end their names (``PT ...``, ``Kementerian ...``,
``... Tbk``, ``... Party``), listed in generator/data/org_words.yaml.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.mentions import PhraseIndex, Token, load_data, word_set
from generator.name_lexicon import (
    given_names,
    is_rare_word,
    lexicon,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str  # canonical English name, or the surface form for a generic one
    known: bool = True


@lru_cache(maxsize=1)
def org_index() -> PhraseIndex[OrgEntry]:
    index: PhraseIndex[OrgEntry] = PhraseIndex()
    for org in load_data("organizations.yaml"):
        entry = OrgEntry(org["name"])
        for form in [org["name"], *(org.get("aliases") or [])]:
            index.add(form, entry)
    return index


@lru_cache(maxsize=1)
def _org_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("org_words.yaml")
    return (
        word_set(data["heads"]),
        word_set(data["tails"]),
        word_set(data["inner"]),
        word_set(data["stop"]),
    )


#: (English) tail words read in English text only ("Electronic Privacy Information Center", "AG Edwards & Sons",
#: "Los Alamos National Laboratory")
#: (English) head words read in English text only, before "of" ("the Church of Jesus Christ of Latter-day Saints";
#: not the actor "Thomas Haden Church")
_EN_HEADS = frozenset({"church"})
_EN_TAILS = frozenset({"center", "centre", "associates", "sons", "laboratory", "laboratories", "observatory"})


def generic_org_spans(tokens: Sequence[Token], language: str = "id", body: str = "") -> list[tuple[int, int]]:
    """Token spans of capitalised sequences that an org word heads or ends.

    A generic organisation may swallow a known place ("Bank Rakyat
    Indonesia"); a head-started one ends at its last tail word ("PT Bank
    Central Asia Tbk") when it has one.
    """
    heads, tails, inner, blockers = _org_words()
    if language == "en":
        tails = tails | _EN_TAILS
        heads = heads | _EN_HEADS
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.key in heads and (tok.cap or tok.upper) and not (
            tok.key in _EN_HEADS and (i + 1 >= n or tokens[i + 1].key != "of")
        ):
            stop = _extend_right(tokens, i + 1, inner, given_names())
            if stop > i + 1:
                stop = _trim_tail(tokens, i, stop, tails)
                spans.append((i, stop))
                i = stop
                continue
        if tok.key in tails and tok.cap and i > 0 and (
            tok.joined or (language == "en" and body[tokens[i - 1].end : tok.start] == " & ")
        ):
            start = _extend_left(tokens, i, inner, blockers, body if language == "en" else None)
            if start < i and not (tok.key in _EN_TAILS and _cut_at_and(tokens, start)):
                spans.append((start, i + 1))
        i += 1
    return _merge(spans)


def _cut_at_and(tokens: Sequence[Token], start: int) -> bool:
    """The name read leftwards stopped at an "and" inside a longer capitalised name ("Natural Hazards Research
    and Applications Information Center"): the part after it is no name of its own."""
    return (
        start >= 2
        and tokens[start].joined
        and tokens[start - 1].key == "and"
        and tokens[start - 1].joined
        and tokens[start - 2].cap
    )


def _extend_right(
    tokens: Sequence[Token], j: int, inner: frozenset[str], given: frozenset[str]
) -> int:
    """End of a head-started name; it stops before a first name that follows
    two or more organisation words ("PT Transportasi Jakarta | Budi Kaliwono")."""
    n = len(tokens)
    first = j
    while j < n and tokens[j].joined:
        tok = tokens[j]
        if tok.key in given and j - first >= 2:
            break
        word = tok.cap or tok.upper or tok.text[:1].isdigit()
        linked = tok.key in inner and j + 1 < n and tokens[j + 1].joined and tokens[j + 1].cap
        if not (word or linked):
            break
        j += 1
    return _drop_speaker(tokens, first, j, given)


def _drop_speaker(tokens: Sequence[Token], first: int, j: int, given: frozenset[str]) -> int:
    """End a name before the two rare words of a speaker it ran into
    ("Kementerian Ketenagakerjaan | Soes Hindharno mengatakan", "Bank Mandiri |
    Kartika Wirjoatmodjo mengatakan"): a speech verb follows the run."""
    if j - first < 3 or j >= len(tokens):
        return j
    verb = tokens[j]
    if verb.cap or not (verb.key in lexicon("id").speech_after or verb.key in lexicon("en").speech_after):
        return j
    a, b = tokens[j - 2], tokens[j - 1]
    if not (a.cap and b.cap) or a.upper or b.upper:
        return j
    if (a.key in given or is_rare_word(a.key)) and is_rare_word(b.key) and b.key not in given:
        return j - 2
    return j


def _trim_tail(tokens: Sequence[Token], start: int, stop: int, tails: frozenset[str]) -> int:
    """End a head-started organisation at its last tail word when it has one."""
    for j in range(stop - 1, start, -1):
        if tokens[j].key in tails:
            return j + 1
    return stop


def _extend_left(
    tokens: Sequence[Token], i: int, inner: frozenset[str], blockers: frozenset[str], body: str | None = None
) -> int:
    """Start of a tail-ended name. (English, ``body`` given) an ampersand between capitalised words is part of
    it ("Robert W Baird & Co Inc", "David Rubin & Partners", "AG Edwards & Sons")."""
    start = i
    amp = False  # an ampersand has been crossed
    while start > 0:
        if not tokens[start].joined:
            if body is None or body[tokens[start - 1].end : tokens[start].start] != " & " or not tokens[start].cap:
                break
            amp = True
        prev = tokens[start - 1]
        if prev.key in blockers:
            break
        if amp and body is not None and body[prev.end : prev.end + 2] in ("'s", "’s"):
            break  # "Hank Greenberg's C. V. Starr & Company": the owner is no part of the name
        if prev.cap or prev.upper:
            start -= 1
            if prev.sent_start:
                break
        elif prev.key in inner and start >= 2 and prev.joined and tokens[start - 2].cap:
            start -= 1
        else:
            break
    return start


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, stop in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
        else:
            merged.append((start, stop))
    return merged
