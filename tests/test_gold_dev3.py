"""Sanity checks for DEVELOPMENT SET 3 (eval/gold/README.md, "Development set 3").

eval/gold/quotes_id_dev3.jsonl labels 40 Indonesian articles (20 per corpus)
for direct quotes and speakers, by reading only. Like dev2 it is a development
set: developers may read it. These tests check shape, offsets, anchors and
selection, and that no article is shared with the six earlier gold files; they
never run an extractor. Tests that need the corpus skip when /work/shared is
absent.
"""

from __future__ import annotations

from tests.gold_checks import (
    GOLD_DIR,
    assert_no_shared_articles,
    assert_quote_file,
    assert_quote_spans,
    gold_keys,
    needs_corpus,
)
from tests.gold_checks import gold_rows as _rows

QUO_DEV3 = GOLD_DIR / "quotes_id_dev3.jsonl"
OTHER_GOLD = (
    GOLD_DIR / "quotes_id.jsonl",
    GOLD_DIR / "quotes_id_dev2.jsonl",
    GOLD_DIR / "quotes_id_heldout.jsonl",
    GOLD_DIR / "entities.jsonl",
    GOLD_DIR / "entities_dev2.jsonl",
    GOLD_DIR / "entities_heldout.jsonl",
)
ID_CORPORA = ("kompas-kontan-bisnis-2019", "indosum")
N_WITH = 17  # per corpus: records with a double-quote mark
N_WITHOUT = 3  # per corpus: records with none
N_PER_CORPUS = N_WITH + N_WITHOUT


def test_no_article_shared_with_other_gold_files() -> None:
    assert_no_shared_articles(gold_keys(QUO_DEV3), OTHER_GOLD)


def test_quotes_schema_and_sorting() -> None:
    assert_quote_file(_rows(QUO_DEV3), ID_CORPORA, N_PER_CORPUS)


@needs_corpus
def test_selection_rule_is_reproducible() -> None:
    from eval import label_tool

    chosen = label_tool.select_dev3()
    assert len(chosen) == 2 * N_PER_CORPUS
    assert gold_keys(QUO_DEV3) == set(chosen)
    for corpus in ID_CORPORA:
        marks = [bool(label_tool.DQ_RE.search(label_tool.text_of(c, rid))) for c, rid in chosen if c == corpus]
        assert marks.count(True) == N_WITH and marks.count(False) == N_WITHOUT, corpus


@needs_corpus
def test_quotes_offsets_anchor_and_no_overlap() -> None:
    from eval import label_tool

    for r in _rows(QUO_DEV3):
        text = label_tool.text_of(r["corpus"], r["id"])
        if not label_tool.DQ_RE.search(text):  # no-mark precision articles
            assert r["quotes"] == [], r["id"]
        # the span sits right inside a pair of double-quote marks
        assert_quote_spans(r["id"], text, r["quotes"], marks=label_tool.DQ_CHARS, closing=True)
    assert label_tool.check_gold(QUO_DEV3) == []
