"""Tokens and phrase look-up shared by the entity recognisers.

The entity stages (people, places, organisations) work on one list of word
tokens per article. Each token knows its character span, its case, whether
it starts a sentence and whether it is joined to the token before it by plain
spaces (so that capitalised sequences can be told apart from words separated
by punctuation). Gazetteers (countries, cities, organisations) are phrase
indexes keyed by lower-cased token tuples.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"

# A dotted abbreviation (U.S., A.S.) or a word: letters/digits with inner
# apostrophes and hyphens ("Thomas-Greenfield", "O'Brien", "Bangsa-Bangsa").
_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:[\w'’\-]*[^\W_])?")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_SENTENCE_GAP_RE = re.compile(r"[.!?\n\r“”\"‘«»:;—–•|()\[\]{}]|(?:^|\s)-(?:\s|$)")
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    text: str
    start: int
    end: int
    key: str  # case-folded, apostrophes folded
    cap: bool  # first character is an upper-case letter
    upper: bool  # an all-capitals acronym of two or more letters
    sent_start: bool  # first word of a sentence, a line or a quotation
    joined: bool  # separated from the previous token by plain spaces only


def fold(text: str) -> str:
    """Lower-case key used by every look-up table."""
    return text.casefold().replace("’", "'")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with case and phrase information."""
    tokens: list[Token] = []
    prev_end = 0
    prev_text = ""
    for match in _TOKEN_RE.finditer(text):
        word = match.group()
        start, end = match.span()
        if word.endswith(_POSSESSIVE) and len(word) > 2:
            word = word[:-2]
            end -= 2
        gap = text[prev_end:start]
        first = not tokens
        joined = not first and (
            bool(_SPACES_RE.fullmatch(gap)) or _is_initial_gap(prev_text, gap)
        )
        sent_start = first or (not joined and bool(_SENTENCE_GAP_RE.search(gap)))
        letters = [c for c in word if c.isalpha()]
        tokens.append(
            Token(
                index=len(tokens),
                text=word,
                start=start,
                end=end,
                key=fold(word),
                cap=word[0].isupper(),
                upper=len(letters) >= 2 and all(c.isupper() for c in letters),
                sent_start=sent_start,
                joined=joined,
            )
        )
        prev_end = match.end()
        prev_text = word
    return tokens


def _is_initial_gap(prev: str, gap: str) -> bool:
    """``George W. Bush``: a single capital letter, a full stop, one space."""
    return len(prev) == 1 and prev.isupper() and gap in (". ", ".\u00a0", " . ")


class _WordLoader(yaml.SafeLoader):
    """YAML 1.1 without implicit booleans: ``NO`` is Norway, ``no`` a word."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@cache
def load_data(name: str) -> Any:
    """Parsed YAML data file from generator/data/ (cached); words stay strings."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_WordLoader)  # noqa: S506 - a SafeLoader subclass


def word_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Phrase(Generic[T]):
    """One alias of a gazetteer entry, with the case it must be written in."""

    surface: tuple[str, ...]
    value: T


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    start: int  # token index
    stop: int  # token index one past the end
    value: T


class PhraseIndex(Generic[T]):
    """Longest-match look-up of multi-word aliases over a token list.

    An alias written in capitals (``PBB``, ``AS``) only matches the same
    capitals; a capitalised alias word needs a capitalised token; lower-case
    alias words (``of``, ``the``) match any case.
    """

    def __init__(self) -> None:
        self._table: dict[tuple[str, ...], list[Phrase[T]]] = {}
        self.max_len = 0

    def add(self, alias: str, value: T) -> None:
        words = tuple(m.group() for m in _TOKEN_RE.finditer(alias))
        if not words:
            return
        key = tuple(fold(w) for w in words)
        bucket = self._table.setdefault(key, [])
        if any(p.surface == words and p.value == value for p in bucket):
            return
        bucket.append(Phrase(words, value))
        self.max_len = max(self.max_len, len(words))

    def __len__(self) -> int:
        return len(self._table)

    def match_at(self, tokens: Sequence[Token], i: int) -> Hit[T] | None:
        """The longest alias starting at token ``i`` (None when none does)."""
        limit = min(self.max_len, len(tokens) - i)
        length = 1
        while length < limit and tokens[i + length].joined:
            length += 1
        for size in range(length, 0, -1):
            key = tuple(t.key for t in tokens[i : i + size])
            for phrase in self._table.get(key, ()):
                if _case_fits(phrase.surface, tokens[i : i + size]):
                    return Hit(i, i + size, phrase.value)
        return None


def _case_fits(surface: tuple[str, ...], tokens: Sequence[Token]) -> bool:
    for word, token in zip(surface, tokens, strict=True):
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            if token.text != word:
                return False
        elif word[:1].isupper() and not token.cap:
            return False
    return True
