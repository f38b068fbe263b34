"""Keyphrases an editor would accept, from YAKE plus tag hygiene.

Pipeline for one article (``extract_keywords``):

1. ``clean_body`` strips HTML tags, Markdown markup, URLs and control
   characters, and NFKC-normalises the text.
2. YAKE (n=3) runs in the article's language with a complete stopword list
   (``stopwords_for``: stopwords-iso ∪ YAKE's own list ∪ a small reviewed
   supplement in ``generator/data/stopwords/<lang>.txt``). The Rust engine
   ``yake_rust`` is used when installed and python ``yake`` is the fallback.
   yake_rust runs without its own de-duplication and its candidates are put in
   a stable order (``deterministic``), because its hash-map order changes per
   process. The engines are NOT identical: sentence splitting differs, so scores differ
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
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
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
#: A word (group 1), or a mark that ends a phrase chunk (no group: ``""``).
_PIECE = re.compile(r"([^\W_]+(?:[-'’][^\W_]+)*)|[.,;:!?()\[\]{}\"“”‘«»/\\\n\r\t…—–]")

_KEEP = frozenset("\n\t ")
#: A run of spaces and tabs that is not already a single space.
_BLANKS = re.compile(r"(?: [ \t]|\t)[ \t]*")

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
    table = _blanks(text)
    if table:
        text = text.translate(table)
    return _BLANKS.sub(" ", text).strip()


def _blanks(text: str) -> dict[int, str]:
    """A table turning every control, format, separator or unassigned character into a space.

    Newline, tab and space stay. Each distinct character is looked at once.
    """
    return {ord(ch): " " for ch in set(text) if ch not in _KEEP and unicodedata.category(ch)[0] in "CZ"}


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

            # remove_duplicates=False: yake_rust's own de-duplication depends on the order in
            # which it meets tied candidates, which changes from run to run; select() de-duplicates.
            rust = yake_rust.Yake(stopwords=set(stopwords), ngrams=NGRAMS, remove_duplicates=False)
            return lambda text, n: deterministic(rust.get_n_best(text, n=n), n)
        except ImportError:
            if engine == "rust":
                raise
            log.info("yake_rust not installed; using python yake")
    import yake

    def run(text: str, n: int) -> list[tuple[str, float]]:
        extractor = yake.KeywordExtractor(n=NGRAMS, top=n, stopwords=set(stopwords))
        return [(p, float(s)) for p, s in extractor.extract_keywords(text)]

    return run


def deterministic(pairs: Iterable[tuple[str, float]], n: int) -> list[tuple[str, float]]:
    """Candidates in a stable order: by score (to 10 significant digits), then phrase.

    yake_rust iterates hash maps, so tied candidates come in a different order on
    each run and scores differ in the last bits. When the engine returned a full
    pool of ``n``, candidates tied with the last one are dropped too, because which
    of them made the pool was down to that order.
    """
    ranked = sorted((float(f"{float(score):.10g}"), phrase) for phrase, score in pairs)
    if len(ranked) >= n > 0:
        cutoff = ranked[-1][0]
        ranked = [item for item in ranked if item[0] < cutoff]
    return [(phrase, score) for score, phrase in ranked]


class TextStats:
    """Token statistics of one text, for the name and display-form rules.

    The text is kept as one flat list of word tokens in which ``""`` marks
    every chunk boundary (punctuation that ends a phrase, a line break, both
    ends of the text), with an index from each lower-cased word to its
    positions. Each question (how often does a word occur, which words follow
    it, how is a phrase usually written) is answered by visiting only the
    positions of its first word, so building the statistics costs one regex
    pass and one loop over the tokens, and no n-gram tables are built.

    A token's ``weight`` is 3 when it stands inside a chunk of a line that is
    not a headline, else 1 (a chunk start or a headline may be capitalised by
    position); it ranks surface forms and counts capitalised uses.
    """

    __slots__ = ("_index", "_lowered", "_proper", "max_n", "tokens", "weights")

    def __init__(self, tokens: list[str], weights: list[int], max_n: int = NGRAMS) -> None:
        self.tokens = tokens
        self.weights = weights
        self.max_n = max_n
        self._lowered = [t.lower() for t in tokens]
        index: dict[str, list[int]] = {}
        for i, low in enumerate(self._lowered):
            if low:
                index.setdefault(low, []).append(i)
        self._index = index
        self._proper: dict[str, bool] = {}

    @classmethod
    def of(cls, text: str, max_n: int = NGRAMS) -> TextStats:
        tokens: list[str] = [""]
        weights: list[int] = [1]
        for line in text.splitlines():
            found = _PIECE.findall(line)  # words, and "" for each chunk-ending mark
            if not any(found):
                continue
            tokens += found
            tokens.append("")
            if _is_headline(line):
                weights += [1] * (len(found) + 1)
            else:
                weights += [3 if previous else 1 for previous in ["", *found]]
        return cls(tokens, weights, max_n)

    def _at(self, tokens: Sequence[str]) -> Iterator[int]:
        """Positions where ``tokens`` occurs inside one chunk, ignoring case."""
        n = len(tokens)
        if not n or n > self.max_n:
            return
        key = [t.lower() for t in tokens]
        lowered = self._lowered
        for p in self._index.get(key[0], ()):
            if n == 1 or lowered[p : p + n] == key:
                yield p

    def unigram(self, token: str) -> int:
        """How often ``token`` occurs, exactly as written."""
        tokens = self.tokens
        return sum(1 for p in self._index.get(token.lower(), ()) if tokens[p] == token)

    def after(self, token: str) -> dict[str, int]:
        """Words that follow ``token`` (exactly as written) in a chunk, with counts."""
        return self._neighbours(token, 1)

    def before(self, token: str) -> dict[str, int]:
        """Words that precede ``token`` (exactly as written) in a chunk, with counts."""
        return self._neighbours(token, -1)

    def _neighbours(self, token: str, step: int) -> dict[str, int]:
        tokens = self.tokens
        seen: dict[str, int] = {}
        for p in self._index.get(token.lower(), ()):
            other = tokens[p + step]
            if other and tokens[p] == token:
                seen[other] = seen.get(other, 0) + 1
        return seen

    def display(self, tokens: Sequence[str]) -> str:
        """The most frequent mid-sentence surface form of ``tokens``."""
        n = len(tokens)
        seen: dict[str, int] = {}
        for p in self._at(tokens):
            form = " ".join(self.tokens[p : p + n])
            seen[form] = seen.get(form, 0) + self.weights[p]
        if not seen:
            return " ".join(tokens)
        return min(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    def count(self, tokens: Sequence[str]) -> int:
        """How often ``tokens`` occurs in the text, ignoring case."""
        return sum(1 for _ in self._at(tokens))

    def is_proper(self, token: str) -> bool:
        """True when the text writes ``token`` capitalised mid-sentence more than lower-case."""
        key = token.lower()
        known = self._proper.get(key)
        if known is None:
            capital = lower = 0
            for p in self._index.get(key, ()):
                first = self.tokens[p][:1]
                if first.islower():
                    lower += 1
                elif self.weights[p] == 3 and first.isupper():
                    capital += 1
            known = self._proper[key] = capital > lower
        return known or (token.isupper() and len(token) > 1)


def _is_headline(line: str) -> bool:
    if line.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _follower(token: str, stats: TextStats) -> str | None:
    """The capitalised word that (almost) always follows ``token``, if any."""
    if not _capitalised(token):
        return None
    total = stats.unigram(token)
    for b, n in sorted(stats.after(token).items()):
        if _capitalised(b) and n >= 0.8 * total:
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
    total = stats.unigram(first)
    for a, n in stats.before(first).items():
        if _capitalised(a) and n >= need and n >= 0.8 * total and n >= 0.5 * stats.unigram(a):
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
    """Whether ``small`` occurs in ``big`` as a run of consecutive words (called for every pair of tags)."""
    n, m = len(small), len(big)
    if n > m:
        return False
    if n == 1:
        return small[0] in big
    if n == m or n == 0:
        return big == small or n == 0
    first = small[0]
    return any(big[i] == first and big[i : i + n] == small for i in range(m - n + 1))


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
