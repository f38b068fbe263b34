"""Sanity checks for the hand-labelled Indonesian quote gold set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.gold_checks import assert_quote_rows, assert_quote_spans

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold" / "quotes_id.jsonl"
CORPUS_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPORA = ("kompas-kontan-bisnis-2019", "indosum")

pytestmark = pytest.mark.skipif(
    not CORPUS_ROOT.exists(), reason="/work/shared corpus not available"
)


def _load_texts() -> dict[tuple[str, str], str]:
    texts = {}
    for corpus in CORPORA:
        with (CORPUS_ROOT / corpus / "articles.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    texts[(corpus, rec["id"])] = rec["text"]
    return texts


def _rows() -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.fixture(scope="module")
def texts() -> dict[tuple[str, str], str]:
    return _load_texts()


def test_schema_and_sorting() -> None:
    rows = _rows()
    assert len(rows) >= 45
    assert_quote_rows(rows, CORPORA)


def test_offsets_anchor_and_no_overlap(texts: dict[tuple[str, str], str]) -> None:
    for r in _rows():
        assert_quote_spans(r["id"], texts[(r["corpus"], r["id"])], r["quotes"])


def test_selection_matches_documented_rule() -> None:
    from eval import label_tool
    selected = {(c, i) for c, i in label_tool.select()}
    labelled = {(r["corpus"], r["id"]) for r in _rows()}
    assert selected == labelled
