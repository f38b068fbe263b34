"""Sanity checks for DEVELOPMENT SET 9 (eval/gold/notes_dev9.md, "Development set 9").

eval/gold/quotes_id_dev9.jsonl labels 30 Indonesian articles (15 per corpus)
for direct quotes and speakers, by reading only. It is first used as a fresh,
unseen measurement of the quote extractor and is a development set afterwards.
These tests check shape, offsets, anchors and selection, and that no article
is shared with the twelve earlier gold files; they never run an extractor.
Tests that need the corpus skip when /work/shared is absent.
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

QUO_DEV9 = GOLD_DIR / "quotes_id_dev9.jsonl"
OTHER_GOLD = (
    GOLD_DIR / "quotes_id.jsonl",
    GOLD_DIR / "quotes_id_dev2.jsonl",
    GOLD_DIR / "quotes_id_dev3.jsonl",
    GOLD_DIR / "quotes_id_heldout.jsonl",
    GOLD_DIR / "entities.jsonl",
    GOLD_DIR / "entities_dev2.jsonl",
    GOLD_DIR / "entities_heldout.jsonl",
    GOLD_DIR / "quotes_id_dev4.jsonl",
    GOLD_DIR / "quotes_id_dev5.jsonl",
    GOLD_DIR / "quotes_id_dev6.jsonl",
    GOLD_DIR / "quotes_id_dev7.jsonl",
    GOLD_DIR / "quotes_id_dev8.jsonl",
)
ID_CORPORA = ("kompas-kontan-bisnis-2019", "indosum")
N_PER_CORPUS = 15

# Spans that, by decision (notes_dev9.md), are not followed by a double-quote mark:
# (corpus, id, end) -> the text that follows the span.
NOT_CLOSED_BY_DQ = {
    # Prabowo's second quote is opened and never closed; the next paragraph
    # is narration, so the quote ends at the end of its paragraph
    ("indosum", "1480847729-prabowo-buka-kejuaraan-silat-dunia-di-bali", 738): "\n\nHal senada diungkapkan",
}


def test_no_article_shared_with_other_gold_files() -> None:
    assert_no_shared_articles(gold_keys(QUO_DEV9), OTHER_GOLD)


def test_quotes_schema_and_sorting() -> None:
    assert_quote_file(_rows(QUO_DEV9), ID_CORPORA, N_PER_CORPUS)


def test_selection_excludes_all_earlier_gold_files() -> None:
    from eval import label_tool

    # the selection's skip list is exactly the union of the twelve earlier files
    union: set[tuple[str, str]] = set()
    for path in OTHER_GOLD:
        union |= gold_keys(path)
    assert label_tool.existing_gold_keys_dev9() == union


@needs_corpus
def test_selection_rule_is_reproducible() -> None:
    from eval import label_tool

    chosen = label_tool.select_dev9()
    assert len(chosen) == 2 * N_PER_CORPUS
    assert gold_keys(QUO_DEV9) == set(chosen)
    taken = label_tool.existing_gold_keys_dev9()
    for corpus in ID_CORPORA:
        ids = list(label_tool.load(corpus))
        n = len(ids)
        # re-derive independently: walk from three eighths of the way in (int(n * 0.375)), wrapping
        expected: list[str] = []
        for k in range(n):
            rid = ids[(int(n * 0.375) + k) % n]
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

    seen_exceptions = set()
    for r in _rows(QUO_DEV9):
        text = label_tool.text_of(r["corpus"], r["id"])
        # the span sits right after an opening double-quote mark
        assert_quote_spans(r["id"], text, r["quotes"], marks=label_tool.DQ_CHARS)
        # ... and right before a closing one, except for the documented case
        for q in r["quotes"]:
            key = (r["corpus"], r["id"], q["end"])
            if key in NOT_CLOSED_BY_DQ:
                assert text[q["end"]:].startswith(NOT_CLOSED_BY_DQ[key]), key
                # an unclosed quote runs to the end of its paragraph
                assert label_tool.paragraph_end(text, q["start"]) == q["end"], key
                seen_exceptions.add(key)
                continue
            after = text[q["end"]:].lstrip()
            assert after and after[0] in label_tool.DQ_CHARS, (r["id"], q["end"])
    assert seen_exceptions == set(NOT_CLOSED_BY_DQ)
    assert label_tool.check_gold(QUO_DEV9) == []
