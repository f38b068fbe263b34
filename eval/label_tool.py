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
    python eval/label_tool.py select-devN            # development set N selection (4 to 28: WALKS)
    python eval/label_tool.py select-dev29           # development set 29: every candidate left (no walk)
    python eval/label_tool.py select-enN             # English set N (bbc-news) selection (1 to 14: EN_OFFSETS)
    python eval/label_tool.py select-kpN             # English set N of kpcrowd-dev (1 to 5: KP_OFFSETS)

Corpus names: ``kompas-kontan-bisnis-2019``, ``indosum``, ``bbc-news`` (ids ``category/NNN``) and
``kpcrowd-dev`` (ids the file stems under ``docs/``, ``crime-20934843``). The first line of a bbc-news or
kpcrowd-dev text is its headline and is never labelled.
"""

from __future__ import annotations

import json
import re
import sys
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
    if corpus == BBC:
        return _load_bbc()
    if corpus == KP:
        return _load_kp()
    path = CORPUS_ROOT / corpus / "articles.jsonl"
    out: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


#: the English corpus of one text file per article (``business/001.txt``; the first line is the headline)
BBC = "bbc-news"


def _load_bbc() -> dict[str, dict[str, Any]]:
    """bbc-news as records ``{"id": "business/001", "text": <the whole file>}``, sorted by id. The files
    are UTF-8 but one, which is read as Latin-1 (as ``eval/score_entities.py`` does)."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((CORPUS_ROOT / BBC).glob("*/*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        rid = f"{path.parent.name}/{path.stem}"
        out[rid] = {"id": rid, "text": text}
    return out


#: the second English corpus of one text file per article (``docs/crime-20934843.txt``; the first line is
#: the headline). US and world news of 2011 and 2012, mostly wire copy, its paragraph breaks lost
KP = "kpcrowd-dev"
#: the English corpora whose texts open with a headline line
EN_CORPORA = (BBC, KP)


def _load_kp() -> dict[str, dict[str, Any]]:
    """kpcrowd-dev as records ``{"id": "crime-20934843", "text": <the whole file>}``, sorted by id."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((CORPUS_ROOT / KP / "docs").glob("*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        out[path.stem] = {"id": path.stem, "text": text}
    return out


def headline_end(text: str) -> int:
    """Where the first line (a bbc-news file's headline, never labelled) ends."""
    end = text.find("\n")
    return len(text) if end < 0 else end


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


# --- development sets 5 to 18 (see README, "Development set 5" onwards) ------------


def dev_quotes(number: int) -> Path:
    """The gold file of development set ``number``."""
    return GOLD_DIR / f"quotes_id_dev{number}.jsonl"


#: Every development set drawn by the shared walk (:func:`_walk_from`): its start, as a fraction of
#: each corpus, and the set drawn beside it, whose selection it skips too (``None`` for the first of
#: a pair). A pair skips every gold file made before its first set (:func:`existing_gold_keys_before`).
WALKS: dict[int, tuple[float, int | None]] = {
    4: (0.5, None),
    5: (0.25, None), 6: (0.75, 5),
    7: (0.125, None), 8: (0.625, 7),
    9: (0.375, None), 10: (0.875, 9),
    11: (0.0625, None), 12: (0.5625, 11),
    13: (0.3125, None), 14: (0.8125, 13),
    15: (0.1875, None), 16: (0.6875, 15),
    17: (0.4375, None), 18: (0.9375, 17),
    19: (0.03125, None), 20: (0.53125, 19),
    21: (0.28125, None), 22: (0.78125, 21),
    23: (0.15625, None), 24: (0.65625, 23),
    25: (0.40625, None), 26: (0.90625, 25),
    27: (0.21875, None), 28: (0.71875, 27),
}


def existing_gold_keys_before(number: int) -> set[tuple[str, str]]:
    """Articles of the gold files made before development set ``number``'s pair: the seven
    before dev4 (:func:`existing_gold_keys_dev4`) and every development set from 4 up to the pair."""
    first = WALKS[number][1] or number
    keys = existing_gold_keys_dev4()
    for earlier in range(4, first):
        # a set still being labelled has no gold file yet: its selection stands for it
        path = dev_quotes(earlier)
        keys |= _gold_keys(path) if path.exists() else set(select_dev(earlier))
    return keys


def select_dev(number: int) -> list[tuple[str, str]]:
    """The selection of development set ``number`` (see :data:`WALKS`): per corpus, the first
    DEV4_N records passing ``dev4_candidate`` from the set's start, wrapping around, skipping the
    earlier gold files and the partner's selection. Returned in file order, kompas first."""
    start, partner = WALKS[number]
    taken = existing_gold_keys_before(number)
    if partner is not None:
        taken |= set(select_dev(partner))
    return _walk_from(start, taken)


def select_dev29() -> list[tuple[str, str]]:
    """Development set 29, drawn at the start of stop 19 when the walks had used up the corpora: every record
    passing ``dev4_candidate`` that no Indonesian quote gold file (sets 1 to 28, tuning and held-out) holds, in
    file order, kompas first. These articles were in the audit dumps the rule rounds sampled, so the set is
    fresh to labels, not to the audits."""
    taken: set[tuple[str, str]] = set()
    for path in sorted(GOLD_DIR.glob("quotes_id*.jsonl")):
        if path.name != "quotes_id_dev29.jsonl":
            taken |= _gold_keys(path)
    return [
        (corpus, rid)
        for corpus in CORPORA
        for rid, rec in load(corpus).items()
        if (corpus, rid) not in taken and dev4_candidate(rec["text"])
    ]


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



# --- English sets: bbc-news (see README, "English set 1" onwards) --------------------------------

EN_N = 30  # articles per set
EN_FIRST = 5  # 0-based index of set 1's first pick among the candidates
#: each English set's offset from set 1's picks, as a fraction of the step (numerator, denominator): set 2,
#: drawn after set 1 was read, half a step on; set 3 a quarter; set 4 three quarters; sets 5 and 6 (drawn
#: together, before set 4 was read) an eighth and three eighths; sets 7 and 8 (drawn together, after set 5
#: was read and before set 6 was) five and seven eighths; sets 9 and 10 one and nine sixteenths; sets 11 and 12
#: (drawn together at the end of round 33, after every earlier set was read) five and thirteen sixteenths; sets 13
#: and 14 (drawn together in stop 19, before any of their articles was labelled) three and eleven sixteenths. No
#: two sets share a pick.
EN_OFFSETS: dict[int, tuple[int, int]] = {
    1: (0, 1), 2: (1, 2), 3: (1, 4), 4: (3, 4), 5: (1, 8), 6: (3, 8), 7: (5, 8), 8: (7, 8),
    9: (1, 16), 10: (9, 16), 11: (5, 16), 12: (13, 16), 13: (3, 16), 14: (11, 16),
}


def en_candidate(text: str) -> bool:
    """A double-quote character of any kind below the headline."""
    return bool(DQ_RE.search(text, headline_end(text)))


def _en_candidates() -> list[str]:
    """The bbc-news articles (sorted ``category/NNN``) that have a double-quote mark below the headline and
    are in no entity gold file."""
    taken = _gold_keys(GOLD_DIR / "entities.jsonl") | _gold_keys(HELDOUT_ENTITIES)
    return [rid for rid, rec in load(BBC).items() if (BBC, rid) not in taken and en_candidate(rec["text"])]


def select_en(number: int) -> list[tuple[str, str]]:
    """English set ``number``: of the candidates (:func:`_en_candidates`, C of them; ``step = C // EN_N``), the
    ones at index ``EN_FIRST + numerator * step // denominator + k * step`` for ``k = 0 .. EN_N - 1``
    (:data:`EN_OFFSETS`): spread evenly over the five categories."""
    numerator, denominator = EN_OFFSETS[number]
    candidates = _en_candidates()
    step = len(candidates) // EN_N
    first = EN_FIRST + numerator * step // denominator
    return [(BBC, candidates[first + k * step]) for k in range(EN_N)]


# --- English sets of kpcrowd-dev (see README, "English sets of kpcrowd-dev") ------------------------

#: each kpcrowd-dev set's offset from set 1's picks, as a fraction of the step: sets 1 and 2 were drawn
#: together, before either was labelled, and before any quote rule had been worked from this corpus; set 3 (a
#: quarter step on) after set 1 was read and before any of set 3's articles was; sets 4 and 5 (three and four
#: fifths of a step on; with 153 candidates the step is 5, so sets 1 to 5 take indices 0 to 4 of each step)
#: were drawn together at the start of stop 19, after sets 1 to 3 were read and before any of theirs was
KP_OFFSETS: dict[int, tuple[int, int]] = {1: (0, 1), 2: (1, 2), 3: (1, 4), 4: (3, 5), 5: (4, 5)}
KP_N = 30  # articles per set


def _kp_candidates() -> list[str]:
    """The kpcrowd-dev articles (sorted by file stem) with a double-quote mark below the headline that are in
    no entity gold file."""
    taken = _gold_keys(GOLD_DIR / "entities.jsonl") | _gold_keys(HELDOUT_ENTITIES)
    return [rid for rid, rec in load(KP).items() if (KP, rid) not in taken and en_candidate(rec["text"])]


def select_kp(number: int) -> list[tuple[str, str]]:
    """kpcrowd-dev set ``number``: of the candidates (:func:`_kp_candidates`, C of them; ``step = C // KP_N``),
    the ones at index ``numerator * step // denominator + k * step`` for ``k = 0 .. KP_N - 1``
    (:data:`KP_OFFSETS`): spread evenly over the ten categories."""
    numerator, denominator = KP_OFFSETS[number]
    candidates = _kp_candidates()
    step = len(candidates) // KP_N
    first = numerator * step // denominator
    return [(KP, candidates[first + k * step]) for k in range(KP_N)]


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
    elif cmd == "select-dev29":
        for corpus, rid in select_dev29():
            print(corpus, rid, len(load(corpus)[rid]["text"]), sep="\t")
    elif cmd.startswith("select-dev") and cmd.removeprefix("select-dev").isdigit() \
            and int(cmd.removeprefix("select-dev")) in WALKS:
        for corpus, rid in select_dev(int(cmd.removeprefix("select-dev"))):
            rec = load(corpus)[rid]
            print(corpus, rid, list(load(corpus)).index(rid), rec.get("category", ""), len(rec["text"]))
    elif cmd.startswith("select-en") and cmd.removeprefix("select-en").isdigit() \
            and int(cmd.removeprefix("select-en")) in EN_OFFSETS:
        for corpus, rid in select_en(int(cmd.removeprefix("select-en"))):
            print(corpus, rid, len(text_of(corpus, rid)))
    elif cmd.startswith("select-kp") and cmd.removeprefix("select-kp").isdigit() \
            and int(cmd.removeprefix("select-kp")) in KP_OFFSETS:
        for corpus, rid in select_kp(int(cmd.removeprefix("select-kp"))):
            print(corpus, rid, len(text_of(corpus, rid)))
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
