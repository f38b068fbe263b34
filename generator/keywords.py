"""Keyphrases an editor would accept, from YAKE plus tag hygiene.

Pipeline for one article (``extract_keywords``):

1. ``clean_body`` strips HTML tags, Markdown markup, URLs and control
   characters, and NFKC-normalises the text.
2. YAKE (n=3) runs in the article's language with a complete stopword list
   (``stopwords_for``: stopwords-iso ∪ YAKE's own list ∪ a small reviewed
   supplement in ``generator/data/stopwords/<lang>.txt``). The Rust engine
   ``yake_rust`` is used when installed; it gives the same candidates and
   scores as python ``yake`` for the same settings (see eval/bench_keywords.py)
   and python ``yake`` is the fallback.
3. ``select`` walks the candidates best first and keeps a phrase only when
   it neither starts nor ends with a stopword, holds a letter at both ends,
   does not cut a name (``cuts_name``), is not a case/stem duplicate and is
   neither a fragment nor a super-phrase of a phrase already kept.
4. The display form is the phrase's most frequent surface form in the text.
"""

from __future__ import annotations

import functools
import html
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.records import Keyword

log = logging.getLogger(__name__)

NGRAMS = 3
#: How many YAKE candidates the post-processing may choose from.
POOL = 60
#: Longest phrase that is not a name (names may have up to NGRAMS words).
MAX_PLAIN = 2
_DATA = Path(__file__).resolve().parent / "data" / "stopwords"

_TAG = re.compile(r"<[^>]{0,2000}>")
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MD_MARK = re.compile(r"(?m)^\s{0,3}(?:#{1,6}|>+|[*+-]|\d{1,3}[.)])\s+|[*_`~|]{1,3}")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CHUNK = re.compile(r"[^.,;:!?()\[\]{}\"“”‘«»/\\\n\r\t…—–]+")

Scorer = Callable[[str, int], list[tuple[str, float]]]


def clean_body(body: str) -> str:
    """Return ``body`` as plain prose: no tags, Markdown marks, URLs or controls."""
    text = unicodedata.normalize("NFKC", body)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _URL.sub(" ", text)
    text = _MD_MARK.sub(" ", text)
    text = "".join(
        ch if ch in "\n\t" or unicodedata.category(ch)[0] not in "CZ" or ch == " " else " "
        for ch in text
    )
    return re.sub(r"[ \t]+", " ", text).strip()


@functools.lru_cache(maxsize=32)
def stopwords_for(language: str) -> frozenset[str]:
    """Lower-cased stopwords for an ISO 639-1 code (empty set if unknown)."""
    lang = (language or "").strip().lower()[:2]
    words: set[str] = set()
    try:
        import stopwordsiso

        if stopwordsiso.has_lang(lang):
            words |= set(stopwordsiso.stopwords(lang))
    except ImportError:  # pragma: no cover - dependency of the project
        log.warning("stopwordsiso is not installed; stopword lists are incomplete")
    words |= _read_list(_yake_list(lang))
    words |= _read_list(_DATA / f"{lang}.txt")
    if not words:
        log.warning("no stopword list for language %r; keywords will be noisier", language)
    return frozenset(w.strip().lower() for w in words if w.strip())


def _yake_list(lang: str) -> Path | None:
    try:
        import yake
    except ImportError:
        return None
    return Path(yake.__file__).parent / "core" / "StopwordsList" / f"stopwords_{lang}.txt"


def _read_list(path: Path | None) -> set[str]:
    if path is None or not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def yake_scorer(stopwords: frozenset[str], engine: str = "auto") -> Scorer:
    """A function ``(text, n) -> [(phrase, score)]`` running YAKE with ``stopwords``.

    ``engine`` is ``"rust"``, ``"python"`` or ``"auto"`` (Rust when installed).
    """
    if engine in ("auto", "rust"):
        try:
            import yake_rust

            rust = yake_rust.Yake(stopwords=set(stopwords), ngrams=NGRAMS)
            return lambda text, n: [(p, float(s)) for p, s in rust.get_n_best(text, n=n)]
        except ImportError:
            if engine == "rust":
                raise
            log.info("yake_rust not installed; using python yake")
    import yake

    def run(text: str, n: int) -> list[tuple[str, float]]:
        extractor = yake.KeywordExtractor(n=NGRAMS, top=n, stopwords=set(stopwords))
        return [(p, float(s)) for p, s in extractor.extract_keywords(text)]

    return run


@dataclass(frozen=True)
class TextStats:
    """Token statistics of one text, for the name and display-form rules."""

    unigrams: Counter[str]
    bigrams: Counter[tuple[str, str]]
    forms: dict[tuple[str, ...], Counter[str]]
    capital: Counter[str]  # lower-cased word -> capitalised mid-sentence uses
    lower: Counter[str]  # lower-cased word -> lower-case uses

    @classmethod
    def of(cls, text: str, max_n: int = NGRAMS) -> TextStats:
        stats = cls(Counter(), Counter(), {}, Counter(), Counter())
        for line in text.splitlines():
            headline = _is_headline(line)
            for chunk in _CHUNK.findall(line):
                stats._add(_WORD.findall(chunk), max_n, headline)
        return stats

    def _add(self, toks: list[str], max_n: int, headline: bool) -> None:
        self.unigrams.update(toks)
        self.bigrams.update(zip(toks, toks[1:]))
        for i, tok in enumerate(toks):
            if tok[:1].islower():
                self.lower[tok.lower()] += 1
            elif i > 0 and not headline and tok[:1].isupper():
                self.capital[tok.lower()] += 1
        for n in range(1, max_n + 1):
            for i in range(len(toks) - n + 1):
                gram = toks[i : i + n]
                key = tuple(t.lower() for t in gram)
                # a form at a chunk start or in a headline may be capitalised by position
                weight = 0 if i == 0 or headline else 2
                self.forms.setdefault(key, Counter())[" ".join(gram)] += weight + 1

    def display(self, tokens: Sequence[str]) -> str:
        """The most frequent mid-sentence surface form of ``tokens``."""
        seen = self.forms.get(tuple(t.lower() for t in tokens))
        if not seen:
            return " ".join(tokens)
        return sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def is_proper(self, token: str) -> bool:
        """True when the text writes ``token`` capitalised mid-sentence more than lower-case."""
        key = token.lower()
        return self.capital[key] > self.lower[key] or (token.isupper() and len(token) > 1)


def _is_headline(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    if len(words) < 3 or line.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def cuts_name(tokens: Sequence[str], stats: TextStats) -> bool:
    """True when ``tokens`` is part of a longer capitalised name in the text.

    The phrase cuts a name at its end when its last word is (almost) always
    followed by the same capitalised word (``Kim Jong`` + ``Un``), and at its
    start when its first word is (almost) always preceded by a capitalised
    word that is itself mostly followed by it (``Korea`` + ``Utara``).
    """
    first, last = tokens[0], tokens[-1]
    if _capitalised(last):
        for (a, b), n in stats.bigrams.items():
            if a == last and _capitalised(b) and n >= 0.8 * stats.unigrams[last]:
                return True
    if _capitalised(first):
        for (a, b), n in stats.bigrams.items():
            if (
                b == first
                and _capitalised(a)
                and n >= 2
                and n >= 0.8 * stats.unigrams[first]
                and n >= 0.5 * stats.unigrams[a]
            ):
                return True
    return False


def is_name(tokens: Sequence[str], stats: TextStats, stopwords: frozenset[str]) -> bool:
    """True when every content word of ``tokens`` is written as a proper noun."""
    content = [t for t in tokens if t.lower() not in stopwords]
    return bool(content) and all(stats.is_proper(t) for t in content)


def _stem_key(tokens: Iterable[str], language: str) -> tuple[str, ...]:
    words = [t.lower() for t in tokens]
    if language == "en":
        stem = _porter()
        return tuple(stem(w) for w in words)
    return tuple(words)


@functools.lru_cache(maxsize=1)
def _porter() -> Callable[[str], str]:
    try:
        from nltk.stem import PorterStemmer
    except ImportError:  # pragma: no cover
        return lambda w: w
    stemmer = PorterStemmer()
    return functools.lru_cache(maxsize=65536)(stemmer.stem)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def select(
    candidates: Iterable[tuple[str, float]],
    stats: TextStats,
    stopwords: frozenset[str],
    language: str,
    top: int,
) -> list[Keyword]:
    """Keep the best candidates that make clean, distinct, whole tags."""
    chosen: list[tuple[tuple[str, ...], Keyword]] = []
    for phrase, score in sorted(candidates, key=lambda c: (c[1], c[0])):
        if len(chosen) >= top:
            break
        tokens = _WORD.findall(phrase)
        if not tokens or " ".join(tokens) != " ".join(phrase.split()):
            continue
        lower = [t.lower() for t in tokens]
        if lower[0] in stopwords or lower[-1] in stopwords:
            continue
        if not (any(c.isalpha() for c in tokens[0]) and any(c.isalpha() for c in tokens[-1])):
            continue
        if cuts_name(tokens, stats):
            continue
        if len(tokens) > 1 and not is_name(tokens, stats, stopwords):
            if len(tokens) > MAX_PLAIN or any(t in stopwords for t in lower):
                continue
        key = _stem_key(tokens, language)
        if any(_contains(k, key) or _contains(key, k) for k, _ in chosen):
            continue
        chosen.append((key, Keyword(stats.display(tokens), round(score, 6))))
    return [kw for _, kw in chosen]


def extract_keywords(body: str, language: str, top: int = 10) -> list[Keyword]:
    """Top ``top`` keyphrases of ``body`` (YAKE scores, lower is better)."""
    if top <= 0 or not isinstance(body, str):
        return []
    text = clean_body(body)
    if not _WORD.search(text):
        return []
    lang = (language or "").strip().lower()[:2]
    stopwords = stopwords_for(lang)
    try:
        candidates = _scorer(stopwords)(text, max(POOL, top * 6))
    except Exception:  # noqa: BLE001 - a third-party engine must not stop the build
        log.exception("YAKE failed on a text of %d characters", len(text))
        return []
    return select(candidates, TextStats.of(text), stopwords, lang, top)


@functools.lru_cache(maxsize=32)
def _scorer(stopwords: frozenset[str]) -> Scorer:
    return yake_scorer(stopwords)
