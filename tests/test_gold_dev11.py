"""Sanity checks for DEVELOPMENT SET 11 (eval/gold/notes_dev11.md, "Development set 11").

eval/gold/quotes_id_dev11.jsonl labels 22 Indonesian articles (7 kompas-kontan,
15 indosum: the kompas corpus is nearly exhausted by the earlier gold files) for
direct quotes and speakers, by reading only. It is first used as a fresh,
unseen measurement of the quote extractor and is a development set afterwards.
These tests check shape, offsets, anchors and selection, and that no article
is shared with the fourteen earlier gold files; they never run an extractor.
Tests that need the corpus skip when /work/shared is absent.
"""

from __future__ import annotations

from tests.gold_checks import (
    GOLD_DIR,
    assert_no_shared_articles,
    assert_quote_rows,
    assert_quote_spans,
    gold_keys,
    needs_corpus,
)
from tests.gold_checks import gold_rows as _rows

QUO_DEV11 = GOLD_DIR / "quotes_id_dev11.jsonl"
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
    GOLD_DIR / "quotes_id_dev9.jsonl",
    GOLD_DIR / "quotes_id_dev10.jsonl",
)
ID_CORPORA = ("kompas-kontan-bisnis-2019", "indosum")
MAX_PER_CORPUS = 15
# The kompas walk wraps around the whole file and finds only 7 candidates
# that are not in an earlier gold file; indosum gives the full 15.
N_BY_CORPUS = {"kompas-kontan-bisnis-2019": 7, "indosum": 15}


def test_no_article_shared_with_other_gold_files() -> None:
    assert_no_shared_articles(gold_keys(QUO_DEV11), OTHER_GOLD)


def test_quotes_schema_and_sorting() -> None:
    rows = _rows(QUO_DEV11)
    assert len(rows) == sum(N_BY_CORPUS.values())
    for corpus, n in N_BY_CORPUS.items():
        assert sum(r["corpus"] == corpus for r in rows) == n, corpus
    assert_quote_rows(rows, ID_CORPORA)
    for r in rows:
        starts = [q["start"] for q in r["quotes"]]
        assert starts == sorted(starts), r["id"]


def test_selection_excludes_all_earlier_gold_files() -> None:
    from eval import label_tool

    # the selection's skip list is exactly the union of the fourteen earlier files
    union: set[tuple[str, str]] = set()
    for path in OTHER_GOLD:
        union |= gold_keys(path)
    assert label_tool.existing_gold_keys_dev11() == union


@needs_corpus
def test_selection_rule_is_reproducible() -> None:
    from eval import label_tool

    chosen = label_tool.select_dev11()
    assert len(chosen) == sum(N_BY_CORPUS.values())
    assert gold_keys(QUO_DEV11) == set(chosen)
    taken = label_tool.existing_gold_keys_dev11()
    for corpus in ID_CORPORA:
        ids = list(label_tool.load(corpus))
        n = len(ids)
        # re-derive independently: walk from a sixteenth of the way in (int(n * 0.0625)), wrapping
        expected: list[str] = []
        for k in range(n):
            rid = ids[(int(n * 0.0625) + k) % n]
            if (corpus, rid) in taken:
                continue
            if label_tool.dev4_candidate(label_tool.text_of(corpus, rid)):
                expected.append(rid)
            if len(expected) == MAX_PER_CORPUS:
                break
        assert len(expected) == N_BY_CORPUS[corpus], corpus
        assert sorted(expected) == sorted(rid for c, rid in chosen if c == corpus), corpus
        for rid in expected:
            text = label_tool.text_of(corpus, rid)
            assert label_tool.DQ_RE.search(text) and label_tool.DEV4_ATTRIB_RE.search(text), rid


@needs_corpus
def test_quotes_offsets_anchor_and_no_overlap() -> None:
    from eval import label_tool

    for r in _rows(QUO_DEV11):
        text = label_tool.text_of(r["corpus"], r["id"])
        # every span sits right after an opening double-quote mark and right
        # before a closing one (no unclosed or multi-paragraph quote in this set)
        assert_quote_spans(r["id"], text, r["quotes"], marks=label_tool.DQ_CHARS, closing=True)
    assert label_tool.check_gold(QUO_DEV11) == []
