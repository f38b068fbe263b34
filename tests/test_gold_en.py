"""Sanity checks for ENGLISH SETS 1 to 14 (eval/gold/quotes_en_bbc.jsonl, quotes_en_bbc2.jsonl …
quotes_en_bbc14.jsonl; eval/gold/README.md, "English set 1" onwards).

Thirty bbc-news articles each, labelled for direct quotes and speakers by reading only, chosen by one
rule (``eval/label_tool.py select-en1`` … ``select-en4``), re-derived here independently: of the
articles, in sorted ``category/NNN`` order, that have a double-quote mark below the headline and are in
no entity gold file (C of them, step = C // 30), set 1 takes candidate index 5 + k * step, set 2
5 + step // 2 + k * step, set 3 5 + step // 4 + k * step, set 4 5 + 3 * step // 4 + k * step, set 5
5 + step // 8 + k * step, set 6 5 + 3 * step // 8 + k * step, set 7 5 + 5 * step // 8 + k * step, set 8
5 + 7 * step // 8 + k * step, set 9 5 + step // 16 + k * step, set 10 5 + 9 * step // 16 + k * step, set 11
5 + 5 * step // 16 + k * step, set 12 5 + 13 * step // 16 + k * step, set 13 5 + 3 * step // 16 + k * step and
set 14 5 + 11 * step // 16 + k * step.
These tests check shape, offsets, anchors, that no label touches the headline, the selections and that
the sets share no article; they never run an extractor. Tests that need the corpus skip when /work/shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gold_checks import (
    CORPUS,
    GOLD_DIR,
    assert_headline_file_spans,
    assert_quote_file,
    gold_keys,
    gold_rows,
    needs_corpus,
    quoted_below_headline,
    read_text,
)

EN1 = GOLD_DIR / "quotes_en_bbc.jsonl"
EN2 = GOLD_DIR / "quotes_en_bbc2.jsonl"
EN3 = GOLD_DIR / "quotes_en_bbc3.jsonl"
EN4 = GOLD_DIR / "quotes_en_bbc4.jsonl"
EN5 = GOLD_DIR / "quotes_en_bbc5.jsonl"
EN6 = GOLD_DIR / "quotes_en_bbc6.jsonl"
EN7 = GOLD_DIR / "quotes_en_bbc7.jsonl"
EN8 = GOLD_DIR / "quotes_en_bbc8.jsonl"
EN9 = GOLD_DIR / "quotes_en_bbc9.jsonl"
EN10 = GOLD_DIR / "quotes_en_bbc10.jsonl"
EN11 = GOLD_DIR / "quotes_en_bbc11.jsonl"
EN12 = GOLD_DIR / "quotes_en_bbc12.jsonl"
EN13 = GOLD_DIR / "quotes_en_bbc13.jsonl"
EN14 = GOLD_DIR / "quotes_en_bbc14.jsonl"
#: each set and the fraction of a step its picks are offset by, as (numerator, denominator)
SETS = {
    EN1: (0, 1), EN2: (1, 2), EN3: (1, 4), EN4: (3, 4), EN5: (1, 8), EN6: (3, 8), EN7: (5, 8), EN8: (7, 8),
    EN9: (1, 16), EN10: (9, 16), EN11: (5, 16), EN12: (13, 16), EN13: (3, 16), EN14: (11, 16),
}  # fmt: skip
each_set = pytest.mark.parametrize("path", list(SETS), ids=[f"en{k}" for k in range(1, 15)])


def _text(rid: str) -> str:
    return read_text(CORPUS / "bbc-news" / f"{rid}.txt")


@each_set
def test_shape(path: Path) -> None:
    assert_quote_file(gold_rows(path), ("bbc-news",), 30)


@needs_corpus
@each_set
def test_offsets_anchors_no_overlap_and_never_in_the_headline(path: Path) -> None:
    assert_headline_file_spans(gold_rows(path), _text)


@needs_corpus
@each_set
def test_the_selection_is_reproduced(path: Path) -> None:
    taken = gold_keys(GOLD_DIR / "entities.jsonl") | gold_keys(GOLD_DIR / "entities_heldout.jsonl")
    ids = sorted(f"{p.parent.name}/{p.stem}" for p in (CORPUS / "bbc-news").glob("*/*.txt"))
    candidates = [
        rid
        for rid in ids
        if ("bbc-news", rid) not in taken and quoted_below_headline(_text(rid))
    ]
    step = len(candidates) // 30
    numerator, denominator = SETS[path]
    first = 5 + numerator * step // denominator
    assert [r["id"] for r in gold_rows(path)] == sorted(candidates[first + k * step] for k in range(30))


@each_set
def test_no_article_is_in_an_entity_gold_file(path: Path) -> None:
    keys = gold_keys(path)
    for name in ("entities.jsonl", "entities_heldout.jsonl"):
        assert not keys & gold_keys(Path(GOLD_DIR / name)), name


def test_the_english_sets_share_no_article() -> None:
    seen: set[tuple[str, str]] = set()
    for path in SETS:
        keys = gold_keys(path)
        assert len(keys) == 30, path.name
        assert not seen & keys, path.name
        seen |= keys
