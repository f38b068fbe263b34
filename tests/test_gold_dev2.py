"""Sanity checks for DEVELOPMENT SET 2 (eval/gold/README.md, "Development set 2").

eval/gold/quotes_id_dev2.jsonl and eval/gold/entities_dev2.jsonl label the
same 30 Indonesian articles, by reading only. Unlike the held-out sets this is
a development set: developers may read it. These tests check shape, offsets,
ISO codes and selection, and that no article is shared with the four earlier
gold files; they never run an extractor. Tests that need the corpus skip when
/work/shared is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gold_checks import (
    assert_entity_lists,
    assert_iso_countries,
    assert_no_shared_articles,
    assert_quote_rows,
    assert_quote_spans,
    surname_misses,
)
from tests.gold_checks import gold_keys as _keys
from tests.gold_checks import gold_rows as _rows
from tests.test_gold_entities import NON_ISO, _article_text, _surname

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "eval" / "gold"
ENT_DEV2 = GOLD_DIR / "entities_dev2.jsonl"
QUO_DEV2 = GOLD_DIR / "quotes_id_dev2.jsonl"
OTHER_GOLD = (
    GOLD_DIR / "quotes_id.jsonl",
    GOLD_DIR / "quotes_id_heldout.jsonl",
    GOLD_DIR / "entities.jsonl",
    GOLD_DIR / "entities_heldout.jsonl",
)
SHARED = Path(os.environ.get("NEWS_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"
ID_CORPORA = ("kompas-kontan-bisnis-2019", "indosum")
N_PER_CORPUS = 15

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus (/work/shared) not available")


# ------------------------------------------------------- both files -----


def test_no_article_shared_with_other_gold_files() -> None:
    assert_no_shared_articles(_keys(ENT_DEV2) | _keys(QUO_DEV2), OTHER_GOLD)


def test_both_files_label_the_same_articles() -> None:
    assert _keys(ENT_DEV2) == _keys(QUO_DEV2)
    for corpus in ID_CORPORA:
        assert sum(c == corpus for c, _ in _keys(QUO_DEV2)) == N_PER_CORPUS


@needs_corpus
def test_selection_rule_is_reproducible() -> None:
    from eval import label_tool

    chosen = label_tool.select_dev2()
    assert len(chosen) == 2 * N_PER_CORPUS
    assert _keys(QUO_DEV2) == set(chosen)
    for corpus, rid in chosen:  # every picked article has a double-quote mark
        assert label_tool.DQ_RE.search(label_tool.text_of(corpus, rid))


# -------------------------------------------------------- entities ------


def test_entities_shape() -> None:
    rows = _rows(ENT_DEV2)
    assert len(rows) == 2 * N_PER_CORPUS
    for r in rows:
        assert set(r) == {"corpus", "id", "language", "people", "countries"}, r.get("id")
        assert r["corpus"] in ID_CORPORA and r["language"] == "id"
    assert_entity_lists(rows)


def test_entities_country_codes_are_iso_alpha2() -> None:
    babel = pytest.importorskip("babel")
    assert_iso_countries(_rows(ENT_DEV2), babel.Locale("en").territories, NON_ISO)


@needs_corpus
def test_entities_articles_exist_and_surnames_occur() -> None:
    bad = surname_misses(_rows(ENT_DEV2), _article_text, _surname)
    assert not bad, bad


# ---------------------------------------------------------- quotes ------


def test_quotes_schema_and_sorting() -> None:
    rows = _rows(QUO_DEV2)
    assert len(rows) == 2 * N_PER_CORPUS
    assert_quote_rows(rows, ID_CORPORA)
    for r in rows:
        starts = [q["start"] for q in r["quotes"]]
        assert starts == sorted(starts), r["id"]


@needs_corpus
def test_quotes_offsets_anchor_and_no_overlap() -> None:
    from eval import label_tool

    for r in _rows(QUO_DEV2):
        text = label_tool.text_of(r["corpus"], r["id"])
        # the span sits right inside a pair of double-quote marks
        assert_quote_spans(r["id"], text, r["quotes"], marks=label_tool.DQ_CHARS, closing=True)
    assert label_tool.check_gold(QUO_DEV2) == []
