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
from collections.abc import Container, Iterable, Sequence
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


@dataclass(slots=True)
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


_FOLDED: dict[str, str] = {}
_FOLD_CACHE_MAX = 200_000


def fold(text: str) -> str:
    """Lower-case key used by every look-up table."""
    key = _FOLDED.get(text)
    if key is None:
        key = text.casefold().replace("’", "'")
        if len(_FOLDED) < _FOLD_CACHE_MAX:
            _FOLDED[text] = key
    return key


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with case and phrase information."""
    tokens: list[Token] = []
    append = tokens.append
    spaces = _SPACES_RE.fullmatch
    sentence_gap = _SENTENCE_GAP_RE.search
    folded = _FOLDED
    prev_end = 0
    prev_text = ""
    for index, match in enumerate(_TOKEN_RE.finditer(text)):
        word = match.group()
        start = match.start()
        end = token_end = match.end()
        if len(word) > 2 and word[-2:] in _POSSESSIVE:
            word = word[:-2]
            token_end -= 2
        if index == 0:
            joined = False
            sent_start = True
        elif start == prev_end + 1 and text[prev_end] == " ":  # the common case: one plain space
            joined = True
            sent_start = False
        else:
            gap = text[prev_end:start]
            joined = spaces(gap) is not None or _is_initial_gap(prev_text, gap)
            sent_start = not joined and sentence_gap(gap) is not None
        key = folded.get(word)
        if key is None:
            key = fold(word)
        append(Token(index, word, start, token_end, key, word[0].isupper(),
                     word.isupper() and _is_acronym(word), sent_start, joined))
        prev_end = end
        prev_text = word
    return tokens


def _is_acronym(word: str) -> bool:
    """Two or more letters, all of them capitals (``word.isupper()`` already holds)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


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
    alias words (``of``, ``the``) match any case. Aliases are found through
    their first word, so a token that starts no alias costs one dict look-up.
    """

    def __init__(self) -> None:
        self._table: dict[tuple[str, ...], list[Phrase[T]]] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}  # first word -> alias lengths, longest first
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
        lengths = set(self._lengths.get(key[0], ()))
        lengths.add(len(key))
        self._lengths[key[0]] = tuple(sorted(lengths, reverse=True))

    def __len__(self) -> int:
        return len(self._table)

    def starts(self, key: str) -> bool:
        """Whether some alias begins with the folded word ``key``."""
        return key in self._lengths

    def first_words(self) -> Container[str]:
        """The folded words some alias begins with (a token whose key is not here starts no match)."""
        return self._lengths

    def match_at(self, tokens: Sequence[Token], i: int) -> Hit[T] | None:
        """The longest alias starting at token ``i`` (None when none does)."""
        lengths = self._lengths.get(tokens[i].key)
        if lengths is None:
            return None
        n = len(tokens)
        run = 1  # tokens from i joined by plain spaces
        while run < lengths[0] and i + run < n and tokens[i + run].joined:
            run += 1
        for size in lengths:
            if size > run:
                continue
            window = tokens[i : i + size]
            bucket = self._table.get(tuple(t.key for t in window))
            if bucket is None:
                continue
            for phrase in bucket:
                if _case_fits(phrase.surface, window):
                    return Hit(i, i + size, phrase.value)
        return None


@cache
def _word_case(word: str) -> int:
    """2: an acronym that must match exactly; 1: needs a capital; 0: any case."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 2
    return 1 if word[:1].isupper() else 0


def _case_fits(surface: tuple[str, ...], tokens: Sequence[Token]) -> bool:
    for word, token in zip(surface, tokens, strict=True):
        case = _word_case(word)
        if case == 2:
            if token.text != word:
                return False
        elif case == 1 and not token.cap:
            return False
    return True
