"""Sanity checks for DEVELOPMENT SET 4 (eval/gold/README.md, "Development set 4").

eval/gold/quotes_id_dev4.jsonl labels 30 Indonesian articles (15 per corpus)
for direct quotes and speakers, by reading only. It was first used as a fresh,
unseen measurement of speaker attribution and is a development set afterwards.
These tests check shape, offsets, anchors and selection, and that no article
is shared with the seven earlier gold files; they never run an extractor.
Tests that need the corpus skip when /work/shared is absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.gold_checks import assert_quote_rows, assert_quote_spans

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "eval" / "gold"
QUO_DEV4 = GOLD_DIR / "quotes_id_dev4.jsonl"
OTHER_GOLD = (
    GOLD_DIR / "quotes_id.jsonl",
    GOLD_DIR / "quotes_id_dev2.jsonl",
    GOLD_DIR / "quotes_id_dev3.jsonl",
    GOLD_DIR / "quotes_id_heldout.jsonl",
    GOLD_DIR / "entities.jsonl",
    GOLD_DIR / "entities_dev2.jsonl",
    GOLD_DIR / "entities_heldout.jsonl",
)
SHARED = Path(os.environ.get("NEWS_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"
ID_CORPORA = ("kompas-kontan-bisnis-2019", "indosum")
N_PER_CORPUS = 15

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus (/work/shared) not available")


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _keys(path: Path) -> set[tuple[str, str]]:
    return {(r["corpus"], r["id"]) for r in _rows(path)}


def test_no_article_shared_with_other_gold_files() -> None:
    dev4 = _keys(QUO_DEV4)
    for path in OTHER_GOLD:
        assert path.exists(), path
        assert not (dev4 & _keys(path)), (path.name, sorted(dev4 & _keys(path)))


def test_quotes_schema_and_sorting() -> None:
    rows = _rows(QUO_DEV4)
    assert len(rows) == 2 * N_PER_CORPUS
    for corpus in ID_CORPORA:
        assert sum(r["corpus"] == corpus for r in rows) == N_PER_CORPUS
    assert_quote_rows(rows, ID_CORPORA)
    for r in rows:
        starts = [q["start"] for q in r["quotes"]]
        assert starts == sorted(starts), r["id"]


def test_selection_excludes_all_earlier_gold_files() -> None:
    from eval import label_tool

    # the selection's skip list is exactly the union of the seven earlier files
    union: set[tuple[str, str]] = set()
    for path in OTHER_GOLD:
        union |= _keys(path)
    assert label_tool.existing_gold_keys_dev4() == union


@needs_corpus
def test_selection_rule_is_reproducible() -> None:
    from eval import label_tool

    chosen = label_tool.select_dev4()
    assert len(chosen) == 2 * N_PER_CORPUS
    assert _keys(QUO_DEV4) == set(chosen)
    taken = label_tool.existing_gold_keys_dev4()
    for corpus in ID_CORPORA:
        ids = list(label_tool.load(corpus))
        n = len(ids)
        # re-derive independently: walk from the middle (N // 2), wrapping
        expected: list[str] = []
        for k in range(n):
            rid = ids[(n // 2 + k) % n]
            if (corpus, rid) in taken:
                continue
            if label_tool.dev4_candidate(label_tool.text_of(corpus, rid)):
                expected.append(rid)
            if len(expected) == N_PER_CORPUS:
                break
        assert sorted(expected) == sorted(rid for c, rid in chosen if c == corpus), corpus
        for rid in expected:
            text = label_tool.text_of(corpus, rid)
            assert label_tool.DQ_RE.search(text) and label_tool.DEV4_ATTRIB_RE.search(text), rid


@needs_corpus
def test_quotes_offsets_anchor_and_no_overlap() -> None:
    from eval import label_tool

    for r in _rows(QUO_DEV4):
        text = label_tool.text_of(r["corpus"], r["id"])
        # the span sits right inside a pair of double-quote marks
        assert_quote_spans(r["id"], text, r["quotes"], marks=label_tool.DQ_CHARS, closing=True)
    assert label_tool.check_gold(QUO_DEV4) == []
