"""Keyphrases an editor would accept, from YAKE plus tag hygiene.

Pipeline for one article (``extract_keywords``):

1. ``clean_body`` strips HTML tags, Markdown markup, URLs and control
   characters, and NFKC-normalises the text.
2. YAKE (n=3) runs in the article's language with a complete stopword list
   (``stopwords_for``: stopwords-iso ∪ YAKE's own list ∪ a small reviewed
   supplement in ``generator/data/stopwords/<lang>.txt``). The Rust engine
   ``yake_rust`` is used when installed and python ``yake`` is the fallback.
   They are NOT identical: sentence splitting differs, so scores differ
   slightly and our top 10 is the same phrase set on about half of articles
   (eval/bench_keywords.py); on eval/score_keywords.py both engines score the
   same (P@10 0.340, hygiene 1.000).
3. ``select`` walks the candidates best first. A phrase is made whole
   (``complete_name``: ``Kim Jong`` -> ``Kim Jong Un``; a piece cut out of a
   longer name such as ``Utara Kim Jong`` is dropped) and kept only when it
   neither starts nor ends with a stopword and holds a letter at both ends;
   when, unless it is a name, it has at most two words, no inner stopword,
   and (if it joins a proper noun with a lower-case word) occurs twice; and
   when it is neither a case/stem duplicate, nor a fragment, nor a
   super-phrase of a phrase already kept, except that a name may replace
   its own surname (``Kirby`` -> ``John Kirby``).
4. The display form is the phrase's most frequent surface form in the text.
"""

from __future__ import annotations

import functools
import html
import itertools
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
_SPACED_DASH = re.compile(r"\s[-‐‑‒]+\s")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CHUNK = re.compile(r"[^.,;:!?()\[\]{}\"“”‘«»/\\\n\r\t…—–]+")

Scorer = Callable[[str, int], list[tuple[str, float]]]


def clean_body(body: str) -> str:
    """Return ``body`` as plain prose: no tags, Markdown marks, URLs or controls."""
    text = unicodedata.normalize("NFKC", body)
    text = _SPACED_DASH.sub(" — ", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _URL.sub(" ", text)
    text = _MD_MARK.sub(" ", text)
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] not in "CZ" or ch == " " else " " for ch in text)
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
    after: dict[str, Counter[str]]  # word -> words that follow it
    before: dict[str, Counter[str]]  # word -> words that precede it
    forms: dict[tuple[str, ...], Counter[str]]
    capital: Counter[str]  # lower-cased word -> capitalised mid-sentence uses
    lower: Counter[str]  # lower-cased word -> lower-case uses
    grams: Counter[tuple[str, ...]]  # lower-cased n-gram -> occurrences

    @classmethod
    def of(cls, text: str, max_n: int = NGRAMS) -> TextStats:
        stats = cls(Counter(), {}, {}, {}, Counter(), Counter(), Counter())
        for line in text.splitlines():
            headline = _is_headline(line)
            for chunk in _CHUNK.findall(line):
                stats._add(_WORD.findall(chunk), max_n, headline)
        return stats

    def _add(self, toks: list[str], max_n: int, headline: bool) -> None:
        self.unigrams.update(toks)
        for a, b in itertools.pairwise(toks):
            self.after.setdefault(a, Counter())[b] += 1
            self.before.setdefault(b, Counter())[a] += 1
        for i, tok in enumerate(toks):
            if tok[:1].islower():
                self.lower[tok.lower()] += 1
            elif i > 0 and not headline and tok[:1].isupper():
                self.capital[tok.lower()] += 1
        for n in range(1, max_n + 1):
            for i in range(len(toks) - n + 1):
                gram = toks[i : i + n]
                key = tuple(t.lower() for t in gram)
                self.grams[key] += 1
                # a form at a chunk start or in a headline may be capitalised by position
                weight = 0 if i == 0 or headline else 2
                self.forms.setdefault(key, Counter())[" ".join(gram)] += weight + 1

    def display(self, tokens: Sequence[str]) -> str:
        """The most frequent mid-sentence surface form of ``tokens``."""
        seen = self.forms.get(tuple(t.lower() for t in tokens))
        if not seen:
            return " ".join(tokens)
        return sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def count(self, tokens: Sequence[str]) -> int:
        """How often ``tokens`` occurs in the text, ignoring case."""
        return self.grams[tuple(t.lower() for t in tokens)]

    def is_proper(self, token: str) -> bool:
        """True when the text writes ``token`` capitalised mid-sentence more than lower-case."""
        key = token.lower()
        return self.capital[key] > self.lower[key] or (token.isupper() and len(token) > 1)


def _is_headline(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    if len(words) < 3 or line.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    return sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _follower(token: str, stats: TextStats) -> str | None:
    """The capitalised word that (almost) always follows ``token``, if any."""
    if not _capitalised(token):
        return None
    for b, n in sorted(stats.after.get(token, Counter()).items()):
        if _capitalised(b) and n >= 0.8 * stats.unigrams[token]:
            return b
    return None


def _bound_left(tokens: Sequence[str], stats: TextStats) -> bool:
    """True when the first word is (almost) always preceded by one capitalised word.

    The preceding word must itself mostly lead into it, and the pair must
    recur, except in phrases of three words or more, where a single
    occurrence already marks the phrase as cut out of a longer run.
    """
    first = tokens[0]
    if not _capitalised(first):
        return False
    need = 1 if len(tokens) >= NGRAMS else 2
    for a, n in stats.before.get(first, Counter()).items():
        if _capitalised(a) and n >= need and n >= 0.8 * stats.unigrams[first] and n >= 0.5 * stats.unigrams[a]:
            return True
    return False


def complete_name(tokens: Sequence[str], stats: TextStats) -> list[str] | None:
    """``tokens`` made whole, or None when it is a cut-out piece of a longer name.

    A phrase whose last word is (almost) always followed by the same
    capitalised word is extended (``Kim Jong`` -> ``Kim Jong Un``, which YAKE
    itself cannot propose because it treats two-letter words as stopwords)
    up to NGRAMS words; a phrase whose first word is bound to the word before
    it (``Utara`` after ``Korea``) is dropped.
    """
    whole = list(tokens)
    while (nxt := _follower(whole[-1], stats)) is not None:
        if len(whole) >= NGRAMS:
            return None
        whole.append(nxt)
    return None if _bound_left(whole, stats) else whole


def is_name(tokens: Sequence[str], stats: TextStats, stopwords: frozenset[str]) -> bool:
    """True when every content word of ``tokens`` is written as a proper noun."""
    content = [t for t in tokens if t.lower() not in stopwords]
    return bool(content) and all(stats.is_proper(t) for t in content)


def _mixed(tokens: Sequence[str], stats: TextStats) -> bool:
    """True when the phrase joins a proper noun with a lower-case word."""
    proper = [stats.is_proper(t) for t in tokens]
    return any(proper) and not all(proper)


def _clean_edges(tokens: Sequence[str], stopwords: frozenset[str]) -> bool:
    """True when the phrase starts and ends with a content word holding a letter."""
    first, last = tokens[0], tokens[-1]
    if first.lower() in stopwords or last.lower() in stopwords:
        return False
    return any(c.isalpha() for c in first) and any(c.isalpha() for c in last)


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
        whole = complete_name(tokens, stats)
        if whole is None or not _clean_edges(whole, stopwords):
            continue
        tokens, lower = whole, [t.lower() for t in whole]
        if len(tokens) > 1 and not is_name(tokens, stats, stopwords):
            if len(tokens) > MAX_PLAIN or any(t in stopwords for t in lower):
                continue
            if _mixed(tokens, stats) and stats.count(tokens) < 2:
                continue  # "Indonesia menilai", "German arrested": a clause, not a term
        key = _stem_key(tokens, language)
        clash = [i for i, (k, _) in enumerate(chosen) if _contains(k, key) or _contains(key, k)]
        keyword = Keyword(stats.display(tokens), round(score, 6))
        if not clash:
            chosen.append((key, keyword))
        elif len(clash) == 1 and _surname_of(chosen[clash[0]][0], key, tokens, stats, stopwords):
            chosen[clash[0]] = (key, keyword)  # "Kirby" becomes "John Kirby"
    return sorted((kw for _, kw in chosen), key=lambda k: (k.score, k.phrase))


def _surname_of(
    old: tuple[str, ...],
    new: tuple[str, ...],
    tokens: Sequence[str],
    stats: TextStats,
    stopwords: frozenset[str],
) -> bool:
    """True when ``new`` is a name that ends with the whole of ``old``."""
    return len(new) > len(old) and new[-len(old) :] == old and is_name(tokens, stats, stopwords)


def extract_keywords(body: str, language: str, top: int = 10) -> list[Keyword]:
    """Top ``top`` keyphrases of ``body`` (YAKE scores, lower is better)."""
    return extract_with_engine(body, language, top, "auto")


def extract_with_engine(body: str, language: str, top: int, engine: str) -> list[Keyword]:
    """``extract_keywords`` on a chosen YAKE engine (``auto``, ``rust``, ``python``)."""
    if top <= 0 or not isinstance(body, str):
        return []
    text = clean_body(body)
    if not _WORD.search(text):
        return []
    lang = (language or "").strip().lower()[:2]
    stopwords = stopwords_for(lang)
    try:
        candidates = _scorer(stopwords, engine)(text, max(POOL, top * 6))
    except Exception:  # a third-party engine must not stop the build
        log.exception("YAKE failed on a text of %d characters", len(text))
        return []
    return select(candidates, TextStats.of(text), stopwords, lang, top)


@functools.lru_cache(maxsize=32)
def _scorer(stopwords: frozenset[str], engine: str) -> Scorer:
    return yake_scorer(stopwords, engine)
