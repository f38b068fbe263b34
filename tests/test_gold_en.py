"""Sanity checks for ENGLISH SET 1 (eval/gold/quotes_en_bbc.jsonl; eval/gold/README.md, "English set 1").

Thirty bbc-news articles labelled for direct quotes and speakers by reading only, chosen by one rule
(``eval/label_tool.py select-en1``), re-derived here independently: of the articles, in sorted
``category/NNN`` order, that have a double-quote mark below the headline and are in no entity gold
file, those at candidate index 5 + k * (C // 30). These tests check shape, offsets, anchors, that no
label touches the headline, and the selection; they never run an extractor. Tests that need the
corpus skip when /work/shared is absent.
"""

from __future__ import annotations

from pathlib import Path

from tests.gold_checks import (
    CORPUS,
    GOLD_DIR,
    assert_quote_file,
    assert_quote_spans,
    gold_keys,
    gold_rows,
    needs_corpus,
)

EN1 = GOLD_DIR / "quotes_en_bbc.jsonl"
DOUBLE = "\u201c\u201d\"\u00ab\u00bb\u201e\u201f"


def _text(rid: str) -> str:
    data = (CORPUS / "bbc-news" / f"{rid}.txt").read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _headline_end(text: str) -> int:
    return text.index("\n") if "\n" in text else len(text)


def test_shape() -> None:
    assert_quote_file(gold_rows(EN1), ("bbc-news",), 30)


@needs_corpus
def test_offsets_anchors_no_overlap_and_never_in_the_headline() -> None:
    for r in gold_rows(EN1):
        text = _text(r["id"])
        assert_quote_spans(r["id"], text, r["quotes"], marks=DOUBLE, closing=False)
        for q in r["quotes"]:
            assert q["start"] > _headline_end(text), (r["id"], q["start"])


@needs_corpus
def test_the_selection_is_reproduced() -> None:
    taken = gold_keys(GOLD_DIR / "entities.jsonl") | gold_keys(GOLD_DIR / "entities_heldout.jsonl")
    ids = sorted(f"{p.parent.name}/{p.stem}" for p in (CORPUS / "bbc-news").glob("*/*.txt"))
    candidates = [
        rid
        for rid in ids
        if ("bbc-news", rid) not in taken and any(c in DOUBLE for c in _text(rid)[_headline_end(_text(rid)) :])
    ]
    step = len(candidates) // 30
    assert [r["id"] for r in gold_rows(EN1)] == sorted(candidates[5 + k * step] for k in range(30))


def test_no_article_is_in_an_entity_gold_file() -> None:
    keys = gold_keys(EN1)
    for name in ("entities.jsonl", "entities_heldout.jsonl"):
        assert not keys & gold_keys(Path(GOLD_DIR / name)), name
