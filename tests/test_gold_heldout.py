"""Sanity checks for the HELD-OUT gold sets (eval/gold/README.md, "Held-out sets").

eval/gold/entities_heldout.jsonl and eval/gold/quotes_id_heldout.jsonl were
labelled by reading only, after the extractors were written, and are used for
reporting only. These tests check shape, offsets and selection; they never run
an extractor. Tests that need the corpus skip when /work/shared is absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.gold_checks import (
    assert_entity_lists,
    assert_iso_countries,
    assert_quote_rows,
    assert_quote_spans,
    surname_misses,
)
from tests.test_gold_entities import CORPORA as ENTITY_CORPORA
from tests.test_gold_entities import NON_ISO, _article_text, _surname

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "eval" / "gold"
ENT_HELDOUT = GOLD_DIR / "entities_heldout.jsonl"
QUO_HELDOUT = GOLD_DIR / "quotes_id_heldout.jsonl"
ENT_TUNING = GOLD_DIR / "entities.jsonl"
QUO_TUNING = GOLD_DIR / "quotes_id.jsonl"
SHARED = Path(os.environ.get("NEWS_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"
ID_CORPORA = ("kompas-kontan-bisnis-2019", "indosum")

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus (/work/shared) not available")


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _keys(path: Path) -> set[tuple[str, str]]:
    return {(r["corpus"], r["id"]) for r in _rows(path)}


# ------------------------------------------------------- both sets ------


def test_no_article_shared_with_tuning_sets() -> None:
    tuning = _keys(ENT_TUNING) | _keys(QUO_TUNING)
    assert not (_keys(ENT_HELDOUT) & tuning)
    assert not (_keys(QUO_HELDOUT) & tuning)


# -------------------------------------------------------- entities ------


def test_entities_shape() -> None:
    rows = _rows(ENT_HELDOUT)
    assert len(rows) >= 24
    langs = [r["language"] for r in rows]
    assert langs.count("id") >= 12 and langs.count("en") >= 12
    for r in rows:
        assert set(r) == {"corpus", "id", "language", "people", "countries"}, r.get("id")
        assert r["corpus"] in ENTITY_CORPORA and r["corpus"] != "seeds"
        assert r["language"] == ("id" if r["corpus"] in ID_CORPORA else "en")
    assert_entity_lists(rows)


def test_entities_country_codes_are_iso_alpha2() -> None:
    babel = pytest.importorskip("babel")
    assert_iso_countries(_rows(ENT_HELDOUT), babel.Locale("en").territories, NON_ISO)


@needs_corpus
def test_entities_articles_exist_and_surnames_occur() -> None:
    bad = surname_misses(_rows(ENT_HELDOUT), _article_text, _surname)
    assert not bad, bad


@needs_corpus
def test_entities_selection_rule_is_reproducible() -> None:
    from eval import label_tool

    assert _keys(ENT_HELDOUT) == set(label_tool.select_heldout_entities())


# ---------------------------------------------------------- quotes ------


def test_quotes_schema_and_sorting() -> None:
    rows = _rows(QUO_HELDOUT)
    assert len(rows) >= 24
    assert sum(r["corpus"] == "indosum" for r in rows) >= 12
    assert sum(r["corpus"] == "kompas-kontan-bisnis-2019" for r in rows) >= 12
    assert_quote_rows(rows, ID_CORPORA)


@needs_corpus
def test_quotes_offsets_anchor_and_no_overlap() -> None:
    from eval import label_tool

    for r in _rows(QUO_HELDOUT):
        text = label_tool.text_of(r["corpus"], r["id"])
        # the span sits right after an opening double-quote mark
        assert_quote_spans(r["id"], text, r["quotes"], marks=label_tool.DQ_CHARS)
    assert label_tool.check_gold(QUO_HELDOUT) == []


@needs_corpus
def test_quotes_selection_rule_is_reproducible() -> None:
    from eval import label_tool

    assert _keys(QUO_HELDOUT) == set(label_tool.select_heldout_quotes())
