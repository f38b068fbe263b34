"""Checks shared by the gold-label tests: one definition of a well-formed quote label."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

QUOTE_FIELDS = {"start", "end", "anchor", "speaker", "role", "kind"}

GOLD_DIR = Path(__file__).resolve().parents[1] / "eval" / "gold"
SHARED = Path(os.environ.get("NEWS_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus (/work/shared) not available")


def gold_rows(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines gold file."""
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def gold_keys(path: Path) -> set[tuple[str, str]]:
    """The ``(corpus, id)`` of every article a gold file labels."""
    return {(r["corpus"], r["id"]) for r in gold_rows(path)}


def assert_no_shared_articles(keys: set[tuple[str, str]], others: Iterable[Path]) -> None:
    """No article of ``keys`` is labelled in any of the ``others`` gold files (each must exist)."""
    for path in others:
        assert path.exists(), path
        assert not (keys & gold_keys(path)), (path.name, sorted(keys & gold_keys(path)))


DOUBLE_MARKS = "\u201c\u201d\"\u00ab\u00bb\u201e\u201f"


def read_text(path: Path) -> str:
    """A corpus file's text: UTF-8, else Latin-1 (bbc-news ``sport/199.txt``)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def headline_end(text: str) -> int:
    """Where the first line (an English corpus file's headline, never labelled) ends."""
    return text.index("\n") if "\n" in text else len(text)


def quoted_below_headline(text: str) -> bool:
    """A double-quote mark below the headline: the English sets' candidate rule."""
    return any(c in DOUBLE_MARKS for c in text[headline_end(text) :])


def assert_headline_file_spans(rows: list[dict[str, Any]], text_of: Callable[[str], str]) -> None:
    """Offsets and anchors of an English set's labels, right after a double mark, never in the headline."""
    for r in rows:
        text = text_of(r["id"])
        assert_quote_spans(r["id"], text, r["quotes"], marks=DOUBLE_MARKS, closing=False)
        for q in r["quotes"]:
            assert q["start"] > headline_end(text), (r["id"], q["start"])


def assert_quote_file(
    rows: list[dict[str, Any]], corpora: tuple[str, ...], per_corpus: int | Mapping[str, int]
) -> None:
    """``per_corpus`` articles from each corpus (one count for all, or a count by corpus), well-formed
    quote labels, each article's quotes in order."""
    counts = per_corpus if isinstance(per_corpus, Mapping) else dict.fromkeys(corpora, per_corpus)
    assert len(rows) == sum(counts[corpus] for corpus in corpora)
    for corpus in corpora:
        assert sum(r["corpus"] == corpus for r in rows) == counts[corpus], corpus
    assert_quote_rows(rows, corpora)
    for r in rows:
        starts = [q["start"] for q in r["quotes"]]
        assert starts == sorted(starts), r["id"]


def assert_quote_rows(rows: list[dict[str, Any]], corpora: tuple[str, ...] | list[str]) -> None:
    """Rows sorted by corpus then id, unique, each a well-formed article of quote labels."""
    keys = [(list(corpora).index(r["corpus"]), r["id"]) for r in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    for r in rows:
        assert set(r) == {"corpus", "id", "quotes"}
        for q in r["quotes"]:
            assert set(q) == QUOTE_FIELDS
            assert isinstance(q["start"], int) and isinstance(q["end"], int)
            assert q["kind"] == "direct"
            assert q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"].strip())
            assert q["role"] is None or isinstance(q["role"], str)
            assert 0 < len(q["anchor"].split()) <= 8, q["anchor"]


def assert_quote_spans(
    rid: str, text: str, quotes: list[dict[str, Any]], *, marks: str = "", closing: bool = False
) -> None:
    """Each span lies in ``text``, starts with its anchor, is trimmed, and no two overlap.

    With ``marks``, a span must sit right after an opening mark (and, with ``closing``,
    right before a closing one).
    """
    spans = []
    for q in quotes:
        s, e = q["start"], q["end"]
        assert 0 <= s < e <= len(text), (rid, s, e)
        seg = text[s:e]
        assert seg.startswith(q["anchor"]), (rid, s, q["anchor"])
        assert not seg[0].isspace() and not seg[-1].isspace(), (rid, s, e)
        if marks:
            before = text[:s].rstrip()
            assert before and before[-1] in marks, (rid, s)
        if marks and closing:
            after = text[e:].lstrip()
            assert after and after[0] in marks, (rid, e)
        spans.append((s, e))
    spans.sort()
    for (a, b), (c, d) in pairwise(spans):
        assert c >= b, (rid, (a, b), (c, d))


def assert_entity_lists(rows: list[dict[str, Any]]) -> None:
    """People and country lists clean, sorted and unique; rows sorted by corpus, then id, and unique."""
    for r in rows:
        for key in ("people", "countries"):
            vals = r[key]
            assert isinstance(vals, list)
            assert all(isinstance(v, str) and v == v.strip() and v for v in vals)
            assert vals == sorted(vals) and len(set(vals)) == len(vals), (r["id"], key)
    keys = [(r["corpus"], r["id"]) for r in rows]
    assert keys == sorted(keys), "rows must be sorted by corpus, then id"
    assert len(set(keys)) == len(keys), "duplicate records"


def assert_iso_countries(rows: list[dict[str, Any]], territories: Any, not_iso: Iterable[str]) -> None:
    excluded = set(not_iso)
    for r in rows:
        for code in r["countries"]:
            assert re.fullmatch(r"[A-Z]{2}", code), (r["id"], code)
            assert code in territories and code not in excluded, (r["id"], code)


def surname_misses(
    rows: list[dict[str, Any]], article_text: Callable[[str, str], str | None], surname: Callable[[str], str]
) -> list[tuple[str, str]]:
    """(id, person) for every person whose surname is not in the article (indosum's ``Ji - hyun`` tidied)."""
    bad = []
    for r in rows:
        text = article_text(r["corpus"], r["id"])
        assert text is not None, (r["corpus"], r["id"])
        tidy = re.sub(r"\s+-\s+", "-", text)
        bad.extend((r["id"], person) for person in r["people"] if surname(person) not in tidy)
    return bad
