"""Sanity checks for the ENGLISH SETS OF KPCROWD-DEV (eval/gold/quotes_en_kp1.jsonl to quotes_en_kp5.jsonl;
eval/gold/README.md, "English sets of kpcrowd-dev").

Thirty kpcrowd-dev articles each, labelled for direct quotes and speakers by reading only, chosen by one rule
(``eval/label_tool.py select-kp1`` to ``select-kp5``), re-derived here independently: of the articles, sorted
by file stem, that have a double-quote mark below the headline and are in no entity gold file (C of them,
step = C // 30), set 1 takes candidate index k * step, set 2 step // 2 + k * step, set 3 step // 4 + k * step,
set 4 3 * step // 5 + k * step and set 5 4 * step // 5 + k * step.
These tests check shape,
offsets, anchors, that no label touches the headline, the selections and that the sets share no article with
each other; they never run an extractor. Tests that need the corpus skip when /work/shared is absent.
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

KP1 = GOLD_DIR / "quotes_en_kp1.jsonl"
KP2 = GOLD_DIR / "quotes_en_kp2.jsonl"
KP3 = GOLD_DIR / "quotes_en_kp3.jsonl"
KP4 = GOLD_DIR / "quotes_en_kp4.jsonl"
KP5 = GOLD_DIR / "quotes_en_kp5.jsonl"
#: each set and the fraction of a step its picks are offset by, as (numerator, denominator)
SETS = {KP1: (0, 1), KP2: (1, 2), KP3: (1, 4), KP4: (3, 5), KP5: (4, 5)}
each_set = pytest.mark.parametrize("path", list(SETS), ids=["kp1", "kp2", "kp3", "kp4", "kp5"])


def _text(rid: str) -> str:
    return read_text(CORPUS / "kpcrowd-dev" / "docs" / f"{rid}.txt")


@each_set
def test_shape(path: Path) -> None:
    assert_quote_file(gold_rows(path), ("kpcrowd-dev",), 30)


@needs_corpus
@each_set
def test_offsets_anchors_no_overlap_and_never_in_the_headline(path: Path) -> None:
    assert_headline_file_spans(gold_rows(path), _text)


@needs_corpus
@each_set
def test_the_selection_is_reproduced(path: Path) -> None:
    taken = gold_keys(GOLD_DIR / "entities.jsonl") | gold_keys(GOLD_DIR / "entities_heldout.jsonl")
    ids = sorted(p.stem for p in (CORPUS / "kpcrowd-dev" / "docs").glob("*.txt"))
    candidates = [
        rid
        for rid in ids
        if ("kpcrowd-dev", rid) not in taken and quoted_below_headline(_text(rid))
    ]
    step = len(candidates) // 30
    numerator, denominator = SETS[path]
    first = numerator * step // denominator
    assert [r["id"] for r in gold_rows(path)] == [candidates[first + k * step] for k in range(30)]


def test_the_kpcrowd_sets_share_no_article() -> None:
    seen: set[tuple[str, str]] = set()
    for path in SETS:
        keys = gold_keys(path)
        assert len(keys) == 30, path.name
        assert not seen & keys, path.name
        seen |= keys
