"""Annotator helper for the hand-labelled Indonesian quote gold set.

This is NOT an extractor: it never decides what is a quote or who said it.
It only (a) prints an article with character offsets and the positions of
every quotation-mark character, and (b) turns offsets/strings chosen by a
human annotator into exact ``start``/``end`` values following the
conventions in ``eval/gold/README.md``.

Usage (run with /work/main/.venv/bin/python):

    python eval/label_tool.py select                 # list the selected articles
                                                     # (stage 1 + stage 2, see README)
    python eval/label_tool.py show CORPUS ID         # text with offsets + marks
    python eval/label_tool.py find CORPUS ID STRING  # offsets of STRING in text
    python eval/label_tool.py span CORPUS ID OPEN CLOSE
        # content span between an opening mark at offset OPEN and a closing
        # mark at offset CLOSE (CLOSE may be -1 = unclosed: end of paragraph)
    python eval/label_tool.py check [GOLD]           # validate gold file
    python eval/label_tool.py select-heldout         # held-out quote selection
    python eval/label_tool.py select-heldout-entities  # held-out entity selection
    python eval/label_tool.py select-dev2            # development set 2 selection
    python eval/label_tool.py select-dev3            # development set 3 selection
    python eval/label_tool.py select-dev4            # development set 4 selection
    python eval/label_tool.py select-dev5            # development set 5 selection
    python eval/label_tool.py select-dev6            # development set 6 selection
    python eval/label_tool.py select-dev7            # development set 7 selection
    python eval/label_tool.py select-dev8            # development set 8 selection
    python eval/label_tool.py select-dev9            # development set 9 selection
    python eval/label_tool.py select-dev10           # development set 10 selection
    python eval/label_tool.py select-dev11           # development set 11 selection
    python eval/label_tool.py select-dev12           # development set 12 selection
    python eval/label_tool.py select-dev13           # development set 13 selection
    python eval/label_tool.py select-dev14           # development set 14 selection
    python eval/label_tool.py select-dev15           # development set 15 selection
    python eval/label_tool.py select-dev16           # development set 16 selection
    python eval/label_tool.py select-dev17           # development set 17 selection
    python eval/label_tool.py select-dev18           # development set 18 selection

Corpus names: ``kompas-kontan-bisnis-2019`` and ``indosum``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

CORPUS_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPORA = ("kompas-kontan-bisnis-2019", "indosum")
GOLD = Path(__file__).resolve().parent / "gold" / "quotes_id.jsonl"

# Double-quote characters of any kind (the selection rule uses these).
DQ_CHARS = "\u201c\u201d\"\u00ab\u00bb\u201e\u201f"
# All quote-ish characters shown by ``show`` (single quotes included so the
# annotator sees nested/odd usage too).
MARK_CHARS = DQ_CHARS + "'\u2018\u2019"
DQ_RE = re.compile("[" + re.escape(DQ_CHARS) + "]")

# Selection rule (see README): per corpus, the first N_WITH records in file
# order whose text contains a double-quote character, plus the first
# N_WITHOUT records in file order whose text contains none.
N_WITH = 20
N_WITHOUT = 3

N_SPLIT = 3
N_SHORT = 3
SPLIT_RE = re.compile(
    r'[,.?!]\s*["\u201d]\s*(kata|ujar|ucap|tutur|jelas|tambah|lanjut|ungkap|imbuh|terang|tegas)'
    r'\w*[^"\u201c\u201d\n]{0,80}?\.\s*["\u201c\u201d]\s*[A-Z]'
)
SHORT_RE = re.compile(r'[\u201c"]([^\u201c\u201d"\n]{1,30})[\u201d"]')

SPACE = " \t\r\n\u00a0"


@cache
def load(corpus: str) -> dict[str, dict[str, Any]]:
    path = CORPUS_ROOT / corpus / "articles.jsonl"
    out: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def text_of(corpus: str, rid: str) -> str:
    text: str = load(corpus)[rid]["text"]
    return text


def select() -> list[tuple[str, str]]:
    chosen: list[tuple[str, str]] = []
    for corpus in CORPORA:
        with_q: list[str] = []
        without_q: list[str] = []
        for rid, rec in load(corpus).items():  # dicts keep file order
            if DQ_RE.search(rec["text"]):
                if len(with_q) < N_WITH:
                    with_q.append(rid)
            elif len(without_q) < N_WITHOUT:
                without_q.append(rid)
        chosen += [(corpus, r) for r in with_q + without_q]
        # Variety supplement (stage 2): first N_SPLIT further records whose
        # text looks like it has a quote split by its attribution, then the
        # first N_SHORT further records holding a short (1-3 word) quoted
        # span, i.e. likely scare quotes / names / titles.
        taken = set(with_q + without_q)
        split: list[str] = []
        short: list[str] = []
        for rid, rec in load(corpus).items():
            if rid in taken:
                continue
            if len(split) < N_SPLIT and SPLIT_RE.search(rec["text"]):
                split.append(rid)
                taken.add(rid)
        for rid, rec in load(corpus).items():
            if rid in taken or len(short) >= N_SHORT:
                continue
            for m in SHORT_RE.finditer(rec["text"]):
                inner = m.group(1).strip()
                if 1 <= len(inner.split()) <= 3 and not inner.endswith((",", ".", "?", "!")):
                    short.append(rid)
                    break
        chosen += [(corpus, r) for r in split + short]
    return chosen


# --- held-out sets (see README, "Held-out sets") -----------------------------

GOLD_DIR = Path(__file__).resolve().parent / "gold"
HELDOUT_QUOTES = GOLD_DIR / "quotes_id_heldout.jsonl"
HELDOUT_ENTITIES = GOLD_DIR / "entities_heldout.jsonl"
HO_EVERY = 3  # quotes: every 3rd record with a double-quote mark ...
HO_WITH = 9  # ... 9 of them per corpus
HO_WITHOUT = 3  # plus the first 3 with no double-quote mark
HO_ENT_START = 11  # entities: index 11 + k * (N // n), k = 0 .. n-1
HO_ENT_PLAN = (  # (corpus, split or None, n)
    ("kompas-kontan-bisnis-2019", None, 6),
    ("indosum", None, 6),
    ("bbc-news", None, 6),
    ("polnear", "train", 3),
    ("polnear", "dev", 3),
)


def _gold_keys(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            keys.add((row["corpus"], row["id"]))
    return keys


def tuning_keys() -> set[tuple[str, str]]:
    """Articles of the two tuning gold sets (never reused for held-out)."""
    return _gold_keys(GOLD) | _gold_keys(GOLD_DIR / "entities.jsonl")


def select_heldout_quotes() -> list[tuple[str, str]]:
    """Per corpus, in file order, only records after the last one in
    quotes_id.jsonl and in neither tuning set: of those with a double-quote
    mark the 1st, 4th, 7th, ... (every HO_EVERY-th) until HO_WITH, plus the
    first HO_WITHOUT with none."""
    tuning = tuning_keys()
    chosen: list[tuple[str, str]] = []
    for corpus in CORPORA:
        ids = list(load(corpus))
        last = max(i for i, rid in enumerate(ids) if (corpus, rid) in _gold_keys(GOLD))
        with_q: list[str] = []
        without_q: list[str] = []
        seen_with = 0
        for rid in ids[last + 1:]:
            if (corpus, rid) in tuning:
                continue
            if DQ_RE.search(load(corpus)[rid]["text"]):
                if seen_with % HO_EVERY == 0 and len(with_q) < HO_WITH:
                    with_q.append(rid)
                seen_with += 1
            elif len(without_q) < HO_WITHOUT:
                without_q.append(rid)
        chosen += [(corpus, r) for r in sorted(with_q + without_q, key=ids.index)]
    return chosen


def _entity_ids(corpus: str, split: str | None) -> list[str]:
    base = CORPUS_ROOT / corpus
    if corpus in CORPORA:
        return list(load(corpus))
    if corpus == "bbc-news":
        return sorted(
            f"{d.name}/{f.stem}" for d in base.iterdir() if d.is_dir() for f in d.glob("*.txt")
        )
    if corpus == "polnear":
        return [f"{split}/{f.stem}" for f in sorted((base / str(split) / "text").glob("*.txt"))]
    raise ValueError(corpus)


def select_heldout_entities() -> list[tuple[str, str]]:
    """Per corpus (polnear: per split), n records spread evenly: 0-based
    index 11 + k * (N // n) for k = 0 .. n-1, where N is the number of
    records (bbc: sorted ``category/NNN``; polnear: sorted file names).
    A record already in a tuning set (or already picked) is replaced by the
    next record in order that is not."""
    tuning = tuning_keys()
    chosen: list[tuple[str, str]] = []
    for corpus, split, n in HO_ENT_PLAN:
        ids = _entity_ids(corpus, split)
        step = len(ids) // n
        for k in range(n):
            i = HO_ENT_START + k * step
            while (corpus, ids[i]) in tuning or (corpus, ids[i]) in chosen:
                i += 1
            chosen.append((corpus, ids[i]))
    return chosen


# --- development set 2 (see README, "Development set 2") --------------------

DEV2_QUOTES = GOLD_DIR / "quotes_id_dev2.jsonl"
DEV2_ENTITIES = GOLD_DIR / "entities_dev2.jsonl"
DEV2_EVERY = 2  # every 2nd record with a double-quote mark ...
DEV2_N = 15  # ... 15 per corpus


def existing_gold_keys() -> set[tuple[str, str]]:
    """Articles of the four earlier gold files (tuning + held-out)."""
    return (
        tuning_keys()
        | _gold_keys(HELDOUT_QUOTES)
        | _gold_keys(HELDOUT_ENTITIES)
    )


def select_dev2() -> list[tuple[str, str]]:
    """Per corpus, walk the file BACKWARDS from the last record, skipping
    records in any of the four earlier gold files; of the records whose text
    contains a double-quote character take the 1st, 3rd, 5th, ... (every
    DEV2_EVERY-th) until DEV2_N. Returned in file order, kompas first."""
    taken = existing_gold_keys()
    chosen: list[tuple[str, str]] = []
    for corpus in CORPORA:
        ids = list(load(corpus))
        picked: list[str] = []
        seen_with = 0
        for rid in reversed(ids):
            if len(picked) >= DEV2_N:
                break
            if (corpus, rid) in taken:
                continue
            if DQ_RE.search(load(corpus)[rid]["text"]):
                if seen_with % DEV2_EVERY == 0:
                    picked.append(rid)
                seen_with += 1
        chosen += [(corpus, r) for r in sorted(picked, key=ids.index)]
    return chosen


# --- development set 3 (see README, "Development set 3") --------------------

DEV3_QUOTES = GOLD_DIR / "quotes_id_dev3.jsonl"
DEV3_WITH = 17  # per corpus: records with a double-quote mark ...
DEV3_WITHOUT = 3  # ... plus records with none (precision)


def existing_gold_keys_dev3() -> set[tuple[str, str]]:
    """Articles of the six gold files before dev3 (tuning, held-out, dev2)."""
    return existing_gold_keys() | _gold_keys(DEV2_QUOTES) | _gold_keys(DEV2_ENTITIES)


def select_dev3() -> list[tuple[str, str]]:
    """Per corpus, walk the file BACKWARDS from the last record, skipping
    records in any of the six earlier gold files; take the first DEV3_WITH
    records whose text contains a double-quote character and the first
    DEV3_WITHOUT whose text contains none. Returned in file order, kompas
    first."""
    taken = existing_gold_keys_dev3()
    chosen: list[tuple[str, str]] = []
    for corpus in CORPORA:
        ids = list(load(corpus))
        with_q: list[str] = []
        without_q: list[str] = []
        for rid in reversed(ids):
            if len(with_q) >= DEV3_WITH and len(without_q) >= DEV3_WITHOUT:
                break
            if (corpus, rid) in taken:
                continue
            if DQ_RE.search(load(corpus)[rid]["text"]):
                if len(with_q) < DEV3_WITH:
                    with_q.append(rid)
            elif len(without_q) < DEV3_WITHOUT:
                without_q.append(rid)
        chosen += [(corpus, r) for r in sorted(with_q + without_q, key=ids.index)]
    return chosen


# --- development set 4 (see README, "Development set 4") --------------------

DEV4_QUOTES = GOLD_DIR / "quotes_id_dev4.jsonl"
DEV4_N = 15  # per corpus
# An "attribution-looking" word: a word (case-insensitive) that BEGINS with
# one of these stems, e.g. "kata", "katanya", "ujarnya", "jelasnya",
# "menurut". Matching is at a word start only ("mengatakan" does not match
# by itself).
DEV4_ATTRIB_RE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|imbuh|lanjut|terang|sebut|menurut)",
    re.IGNORECASE,
)


def existing_gold_keys_dev4() -> set[tuple[str, str]]:
    """Articles of the seven gold files before dev4 (tuning, held-out, dev2, dev3)."""
    return existing_gold_keys_dev3() | _gold_keys(DEV3_QUOTES)


def dev4_candidate(text: str) -> bool:
    """A double-quote character of any kind AND an attribution-looking word."""
    return bool(DQ_RE.search(text)) and bool(DEV4_ATTRIB_RE.search(text))


def select_dev4() -> list[tuple[str, str]]:
    """Per corpus, walk the file in order starting at the MIDDLE record
    (0-based index N // 2) and wrapping around to the start, skipping records
    in any of the seven earlier gold files; take the first DEV4_N records
    whose text passes ``dev4_candidate``. Returned in file order, kompas
    first."""
    return _walk_from(0.5, existing_gold_keys_dev4())  # int(N * 0.5) == N // 2


# --- development sets 5 and 6 (see README, "Development sets 5 and 6") -----

DEV5_QUOTES = GOLD_DIR / "quotes_id_dev5.jsonl"
DEV6_QUOTES = GOLD_DIR / "quotes_id_dev6.jsonl"


def existing_gold_keys_dev5() -> set[tuple[str, str]]:
    """Articles of the eight gold files before dev5 (the seven before dev4, and dev4)."""
    return existing_gold_keys_dev4() | _gold_keys(DEV4_QUOTES)


def _walk_from(start_of: float, taken: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Per corpus, walk the file from 0-based index ``int(N * start_of)``, wrapping
    around, skipping ``taken``; the first DEV4_N records passing ``dev4_candidate``."""
    chosen: list[tuple[str, str]] = []
    for corpus in CORPORA:
        ids = list(load(corpus))
        n = len(ids)
        picked: list[str] = []
        for k in range(n):
            if len(picked) >= DEV4_N:
                break
            rid = ids[(int(n * start_of) + k) % n]
            if (corpus, rid) in taken:
                continue
            if dev4_candidate(load(corpus)[rid]["text"]):
                picked.append(rid)
        chosen += [(corpus, r) for r in sorted(picked, key=ids.index)]
    return chosen


def select_dev5() -> list[tuple[str, str]]:
    """Like dev4 (same candidate test, 15 per corpus) but starting at the
    record a QUARTER of the way in (0-based index ``N // 4``), skipping the
    eight earlier gold files."""
    return _walk_from(0.25, existing_gold_keys_dev5())


def select_dev6() -> list[tuple[str, str]]:
    """Like dev5 but starting THREE QUARTERS of the way in (index ``int(N * 0.75)``),
    skipping the eight earlier gold files and dev5's selection."""
    return _walk_from(0.75, existing_gold_keys_dev5() | set(select_dev5()))


# --- development sets 7 and 8 (see README, "Development sets 7 and 8") -----

DEV7_QUOTES = GOLD_DIR / "quotes_id_dev7.jsonl"
DEV8_QUOTES = GOLD_DIR / "quotes_id_dev8.jsonl"


def existing_gold_keys_dev7() -> set[tuple[str, str]]:
    """Articles of the ten gold files before dev7 (the eight before dev5, dev5 and dev6)."""
    return existing_gold_keys_dev5() | _gold_keys(DEV5_QUOTES) | _gold_keys(DEV6_QUOTES)


def select_dev7() -> list[tuple[str, str]]:
    """Like dev5 but starting an EIGHTH of the way in (index ``int(N * 0.125)``), skipping the
    ten earlier gold files."""
    return _walk_from(0.125, existing_gold_keys_dev7())


def select_dev8() -> list[tuple[str, str]]:
    """Like dev7 but starting FIVE EIGHTHS of the way in (index ``int(N * 0.625)``), skipping
    the ten earlier gold files and dev7's selection."""
    return _walk_from(0.625, existing_gold_keys_dev7() | set(select_dev7()))


# --- development sets 9 and 10 (see README, "Development sets 9 and 10") ---

DEV9_QUOTES = GOLD_DIR / "quotes_id_dev9.jsonl"
DEV10_QUOTES = GOLD_DIR / "quotes_id_dev10.jsonl"


def existing_gold_keys_dev9() -> set[tuple[str, str]]:
    """Articles of the twelve gold files before dev9 (the ten before dev7, dev7 and dev8)."""
    return existing_gold_keys_dev7() | _gold_keys(DEV7_QUOTES) | _gold_keys(DEV8_QUOTES)


def select_dev9() -> list[tuple[str, str]]:
    """Like dev7 but starting THREE EIGHTHS of the way in (index ``int(N * 0.375)``), skipping
    the twelve earlier gold files."""
    return _walk_from(0.375, existing_gold_keys_dev9())


def select_dev10() -> list[tuple[str, str]]:
    """Like dev9 but starting SEVEN EIGHTHS of the way in (index ``int(N * 0.875)``), skipping
    the twelve earlier gold files and dev9's selection."""
    return _walk_from(0.875, existing_gold_keys_dev9() | set(select_dev9()))


# --- development sets 11 and 12 (see README, "Development sets 11 and 12") -

DEV11_QUOTES = GOLD_DIR / "quotes_id_dev11.jsonl"
DEV12_QUOTES = GOLD_DIR / "quotes_id_dev12.jsonl"


def existing_gold_keys_dev11() -> set[tuple[str, str]]:
    """Articles of the fourteen gold files before dev11 (the twelve before dev9, dev9 and dev10)."""
    return existing_gold_keys_dev9() | _gold_keys(DEV9_QUOTES) | _gold_keys(DEV10_QUOTES)


def select_dev11() -> list[tuple[str, str]]:
    """Like dev9 but starting a SIXTEENTH of the way in (index ``int(N * 0.0625)``), skipping
    the fourteen earlier gold files."""
    return _walk_from(0.0625, existing_gold_keys_dev11())


def select_dev12() -> list[tuple[str, str]]:
    """Like dev11 but starting NINE SIXTEENTHS of the way in (index ``int(N * 0.5625)``), skipping
    the fourteen earlier gold files and dev11's selection."""
    return _walk_from(0.5625, existing_gold_keys_dev11() | set(select_dev11()))


# --- development sets 13 and 14 (see README, "Development sets 13 and 14") -


def existing_gold_keys_dev13() -> set[tuple[str, str]]:
    """Articles of the sixteen gold files before dev13 (the fourteen before dev11, dev11 and dev12)."""
    return existing_gold_keys_dev11() | _gold_keys(DEV11_QUOTES) | _gold_keys(DEV12_QUOTES)


def select_dev13() -> list[tuple[str, str]]:
    """Like dev11 but starting FIVE SIXTEENTHS of the way in (index ``int(N * 0.3125)``), skipping
    the sixteen earlier gold files."""
    return _walk_from(0.3125, existing_gold_keys_dev13())


def select_dev14() -> list[tuple[str, str]]:
    """Like dev13 but starting THIRTEEN SIXTEENTHS of the way in (index ``int(N * 0.8125)``),
    skipping the sixteen earlier gold files and dev13's selection."""
    return _walk_from(0.8125, existing_gold_keys_dev13() | set(select_dev13()))


# --- development sets 15 and 16 (see README, "Development sets 15 and 16") -

DEV13_QUOTES = GOLD_DIR / "quotes_id_dev13.jsonl"
DEV14_QUOTES = GOLD_DIR / "quotes_id_dev14.jsonl"


def existing_gold_keys_dev15() -> set[tuple[str, str]]:
    """Articles of the eighteen gold files before dev15 (the sixteen before dev13, dev13 and dev14)."""
    return existing_gold_keys_dev13() | _gold_keys(DEV13_QUOTES) | _gold_keys(DEV14_QUOTES)


def select_dev15() -> list[tuple[str, str]]:
    """Like dev13 but starting THREE SIXTEENTHS of the way in (index ``int(N * 0.1875)``), skipping
    the eighteen earlier gold files."""
    return _walk_from(0.1875, existing_gold_keys_dev15())


def select_dev16() -> list[tuple[str, str]]:
    """Like dev15 but starting ELEVEN SIXTEENTHS of the way in (index ``int(N * 0.6875)``),
    skipping the eighteen earlier gold files and dev15's selection."""
    return _walk_from(0.6875, existing_gold_keys_dev15() | set(select_dev15()))


# --- development sets 17 and 18 (see README, "Development sets 17 and 18") -

DEV15_QUOTES = GOLD_DIR / "quotes_id_dev15.jsonl"
DEV16_QUOTES = GOLD_DIR / "quotes_id_dev16.jsonl"


def existing_gold_keys_dev17() -> set[tuple[str, str]]:
    """Articles of the twenty gold files before dev17 (the eighteen before dev15, dev15 and dev16)."""
    return existing_gold_keys_dev15() | _gold_keys(DEV15_QUOTES) | _gold_keys(DEV16_QUOTES)


def select_dev17() -> list[tuple[str, str]]:
    """Like dev15 but starting SEVEN SIXTEENTHS of the way in (index ``int(N * 0.4375)``), skipping
    the twenty earlier gold files."""
    return _walk_from(0.4375, existing_gold_keys_dev17())


def select_dev18() -> list[tuple[str, str]]:
    """Like dev17 but starting FIFTEEN SIXTEENTHS of the way in (index ``int(N * 0.9375)``),
    skipping the twenty earlier gold files and dev17's selection."""
    return _walk_from(0.9375, existing_gold_keys_dev17() | set(select_dev17()))


def paragraph_end(text: str, pos: int) -> int:
    """End (exclusive) of the paragraph containing ``pos``.

    A paragraph ends at a newline, or (kompas/kontan scrapes, which lost
    their newlines) at a run of >= 2 spaces.
    """
    m = re.compile(r"\n|\s{2,}").search(text, pos)
    return m.start() if m else len(text)


def content_span(text: str, open_pos: int, close_pos: int) -> tuple[int, int]:
    """Quote content between marks, per README convention.

    start = first non-space char after the opening mark;
    end   = just after the last non-space char before the closing mark
            (or before the paragraph end when ``close_pos`` is -1).
    """
    start = open_pos + 1
    end = close_pos if close_pos >= 0 else paragraph_end(text, start)
    while start < end and text[start] in SPACE:
        start += 1
    while end > start and text[end - 1] in SPACE:
        end -= 1
    return start, end


def anchor_of(text: str, start: int, end: int, n: int = 8) -> str:
    words = text[start:end].split()
    anchor = " ".join(words[:n])
    # keep the anchor an exact prefix of text[start:end] (whitespace runs
    # inside the first words are collapsed by split/join, so re-cut)
    seg = text[start:end]
    if not seg.startswith(anchor):
        # fall back to raw prefix up to the n-th word boundary
        cut = 0
        for count, m in enumerate(re.finditer(r"\S+", seg), 1):
            cut = m.end()
            if count == n:
                break
        anchor = seg[:cut]
    return anchor


def cmd_show(corpus: str, rid: str) -> None:
    rec = load(corpus)[rid]
    text = rec["text"]
    print(f"== {corpus} {rid} len={len(text)} title={rec.get('title')!r}")
    step = 100
    for i in range(0, len(text), step):
        print(f"{i:6d} | {text[i:i + step]!r}")
    print("-- marks:")
    for m in re.finditer("[" + re.escape(MARK_CHARS) + "]", text):
        p = m.start()
        print(f"  {p:6d} {text[p]!r:6} ...{text[max(0, p - 30):p]!r} ^ {text[p + 1:p + 31]!r}")


def cmd_find(corpus: str, rid: str, needle: str) -> None:
    text = text_of(corpus, rid)
    for m in re.finditer(re.escape(needle), text):
        print(m.start(), m.end())


def cmd_span(corpus: str, rid: str, o: int, c: int) -> None:
    text = text_of(corpus, rid)
    s, e = content_span(text, o, c)
    print(s, e, repr(anchor_of(text, s, e)), "...", repr(text[max(s, e - 40):e]))


def check_gold(path: Path = GOLD) -> list[str]:
    errors: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        text = text_of(row["corpus"], row["id"])
        spans = []
        for q in row["quotes"]:
            s, e = q["start"], q["end"]
            if not (0 <= s < e <= len(text)):
                errors.append(f"line {n}: bad offsets {s},{e}")
                continue
            if not text[s:e].startswith(q["anchor"]):
                errors.append(f"line {n}: anchor mismatch at {s}")
            if text[s] in SPACE or text[e - 1] in SPACE:
                errors.append(f"line {n}: untrimmed span {s},{e}")
            spans.append((s, e))
        spans.sort()
        for (a, b), (c, d) in pairwise(spans):
            if c < b:
                errors.append(f"line {n}: overlap {a},{b} / {c},{d}")
    return errors


#: ``select-devN`` commands of the sets drawn by walking from a fraction of each corpus (dev4 onwards)
_WALKED_SELECTIONS: dict[str, Callable[[], list[tuple[str, str]]]] = {
    "select-dev4": select_dev4, "select-dev5": select_dev5, "select-dev6": select_dev6,
    "select-dev7": select_dev7, "select-dev8": select_dev8, "select-dev9": select_dev9,
    "select-dev10": select_dev10, "select-dev11": select_dev11, "select-dev12": select_dev12,
    "select-dev13": select_dev13, "select-dev14": select_dev14,
    "select-dev15": select_dev15, "select-dev16": select_dev16,
    "select-dev17": select_dev17, "select-dev18": select_dev18,
}


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "select":
        for corpus, rid in select():
            has = bool(DQ_RE.search(text_of(corpus, rid)))
            print(corpus, rid, "quotes-marks" if has else "NO-MARKS")
    elif cmd == "show":
        cmd_show(args[0], args[1])
    elif cmd == "find":
        cmd_find(args[0], args[1], args[2])
    elif cmd == "span":
        cmd_span(args[0], args[1], int(args[2]), int(args[3]))
    elif cmd == "select-heldout":
        for corpus, rid in select_heldout_quotes():
            has = bool(DQ_RE.search(text_of(corpus, rid)))
            print(corpus, rid, "quotes-marks" if has else "NO-MARKS")
    elif cmd == "select-heldout-entities":
        for corpus, rid in select_heldout_entities():
            print(corpus, rid)
    elif cmd == "select-dev2":
        for corpus, rid in select_dev2():
            rec = load(corpus)[rid]
            print(corpus, rid, list(load(corpus)).index(rid), rec.get("category", ""), len(rec["text"]))
    elif cmd == "select-dev3":
        for corpus, rid in select_dev3():
            rec = load(corpus)[rid]
            has = bool(DQ_RE.search(rec["text"]))
            print(
                corpus,
                rid,
                list(load(corpus)).index(rid),
                rec.get("category", ""),
                len(rec["text"]),
                "quotes-marks" if has else "NO-MARKS",
            )
    elif cmd in _WALKED_SELECTIONS:
        for corpus, rid in _WALKED_SELECTIONS[cmd]():
            rec = load(corpus)[rid]
            print(corpus, rid, list(load(corpus)).index(rid), rec.get("category", ""), len(rec["text"]))
    elif cmd == "check":
        errs = check_gold(Path(args[0]) if args else GOLD)
        print("\n".join(errs) or "OK")
        return 1 if errs else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
