"""Sanity checks for DEVELOPMENT SET 29 (eval/gold/quotes_id_dev29.jsonl; eval/gold/README.md, "Development set 29").

The walks of sets 4 to 28 had used up the Indonesian corpora; set 29 holds every record left that has a
double-quote mark and an attribution-looking word and that no Indonesian quote gold file holds
(``eval/label_tool.py select-dev29``), labelled for direct quotes and speakers by reading only. These tests
re-derive the selection independently and check shape, offsets and anchors; they never run an extractor. Tests
that need the corpus skip when /work/shared is absent.
"""

from __future__ import annotations

import pytest

from tests.gold_checks import GOLD_DIR, assert_quote_file, assert_quote_spans, gold_keys, needs_corpus
from tests.gold_checks import gold_rows as _rows

DEV29 = GOLD_DIR / "quotes_id_dev29.jsonl"
ID_CORPORA = ("kompas-kontan-bisnis-2019", "indosum")
#: double quote marks of any kind (the spans sit right after an opening one)
MARKS = '"“”«»„'


def test_shape_and_counts() -> None:
    rows = _rows(DEV29)
    counts = {corpus: sum(r["corpus"] == corpus for r in rows) for corpus in ID_CORPORA}
    assert counts == {"kompas-kontan-bisnis-2019": 13, "indosum": 18}
    assert_quote_file(rows, ID_CORPORA, counts)


def test_no_article_shared_with_another_indonesian_quote_gold_file() -> None:
    keys = gold_keys(DEV29)
    others = [p for p in sorted(GOLD_DIR.glob("quotes_id*.jsonl")) if p != DEV29]
    assert len(others) >= 29
    for path in others:
        assert not keys & gold_keys(path), path.name


@needs_corpus
def test_the_selection_is_every_candidate_left() -> None:
    from eval import label_tool

    taken: set[tuple[str, str]] = set()
    for path in GOLD_DIR.glob("quotes_id*.jsonl"):
        if path != DEV29:
            taken |= gold_keys(path)
    expected = {
        (corpus, rid)
        for corpus in ID_CORPORA
        for rid in label_tool.load(corpus)
        if (corpus, rid) not in taken
        and label_tool.DQ_RE.search(label_tool.text_of(corpus, rid))
        and label_tool.DEV4_ATTRIB_RE.search(label_tool.text_of(corpus, rid))
    }
    assert gold_keys(DEV29) == expected
    assert sorted(label_tool.select_dev29()) == sorted((r["corpus"], r["id"]) for r in _rows(DEV29))


@needs_corpus
@pytest.mark.parametrize("row", _rows(DEV29), ids=lambda r: r["id"][:40])
def test_offsets_anchors_and_opening_marks(row: dict) -> None:
    from eval import label_tool

    text = label_tool.text_of(row["corpus"], row["id"])
    assert_quote_spans(row["id"], text, row["quotes"], marks=MARKS)
