"""Sanity checks for the hand-labelled people/countries gold set.

eval/gold/entities.jsonl is labelled by hand, independently of any extractor
code (see eval/gold/README.md, section "Entities gold set").  These tests only
check the file's shape and that it still points at real articles; they do not
(and must not) run any extractor.

Tests that need the corpus skip when /work/shared is absent.
"""
import json
import os
import re
from pathlib import Path

import pytest

from tests.gold_checks import assert_entity_lists, assert_iso_countries

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold" / "entities.jsonl"
SHARED = Path(os.environ.get("NEWS_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"

CORPORA = {"bbc-news", "indosum", "kompas-kontan-bisnis-2019", "polnear", "seeds"}
KEYS = {"corpus", "id", "language", "people", "countries"}
# babel's territory table also holds CLDR-only/macro-region codes that are not
# ISO 3166-1 alpha-2 country codes.
NON_ISO = {"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"}
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="shared corpus (/work/shared) not available"
)


def _rows():
    with GOLD.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # e.g. bbc-news/sport/199.txt is Latin-1
        return data.decode("latin-1")


_JSONL_CACHE = {}


def _jsonl_texts(name):
    if name not in _JSONL_CACHE:
        texts = {}
        with (CORPUS / name / "articles.jsonl").open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                texts[rec["id"]] = rec["text"]
        _JSONL_CACHE[name] = texts
    return _JSONL_CACHE[name]


def _article_path(corpus, rid):
    if corpus == "bbc-news":
        return CORPUS / "bbc-news" / f"{rid}.txt"
    if corpus == "polnear":
        split, stem = rid.split("/", 1)
        return CORPUS / "polnear" / split / "text" / f"{stem}.txt"
    if corpus == "seeds":
        return SHARED / "seeds" / f"{rid}.txt"
    raise ValueError(corpus)


def _article_text(corpus, rid):
    if corpus in ("indosum", "kompas-kontan-bisnis-2019"):
        return _jsonl_texts(corpus).get(rid)
    path = _article_path(corpus, rid)
    return _decode(path.read_bytes()) if path.is_file() else None


def _surname(name):
    toks = [t for t in name.split() if t.lower() not in NAME_SUFFIXES]
    return toks[-1]


# ---------------------------------------------------------------- shape ----


def test_gold_file_shape():
    rows = _rows()
    assert len(rows) >= 36
    langs = [r["language"] for r in rows]
    assert langs.count("id") >= 15 and langs.count("en") >= 15
    for r in rows:
        assert set(r) == KEYS, r.get("id")
        assert r["corpus"] in CORPORA
        assert r["language"] in ("id", "en")
        assert isinstance(r["id"], str) and r["id"]
    assert_entity_lists(rows)


def test_country_codes_are_iso_alpha2():
    babel = pytest.importorskip("babel")
    assert_iso_countries(_rows(), babel.Locale("en").territories, NON_ISO)


def test_id_formats():
    for r in _rows():
        if r["corpus"] == "bbc-news":
            assert re.fullmatch(r"[a-z]+/\d{3}", r["id"]), r["id"]
        elif r["corpus"] == "polnear":
            assert r["id"].startswith(("train/", "dev/")), r["id"]


# --------------------------------------------------------------- corpus ----


@needs_corpus
def test_every_referenced_article_exists():
    missing = [
        (r["corpus"], r["id"])
        for r in _rows()
        if _article_text(r["corpus"], r["id"]) is None
    ]
    assert not missing, missing


@needs_corpus
def test_people_surnames_occur_in_article():
    bad = []
    for r in _rows():
        text = _article_text(r["corpus"], r["id"])
        if text is None:
            continue
        for person in r["people"]:
            if _surname(person) not in text:
                bad.append((r["corpus"], r["id"], person))
    assert not bad, bad


@needs_corpus
def test_selection_rule_is_reproducible():
    """Re-derive the fixed selection documented in eval/gold/README.md and
    check that every selected article is labelled."""
    ids = {(r["corpus"], r["id"]) for r in _rows()}
    want = set()

    def jl(name):
        with (CORPUS / name / "articles.jsonl").open(encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    kk = jl("kompas-kontan-bisnis-2019")
    want |= {("kompas-kontan-bisnis-2019", kk[i]["id"]) for i in range(2, len(kk), 25)}

    ind = jl("indosum")
    picked = set(range(2, len(ind), 50))
    want |= {("indosum", ind[i]["id"]) for i in picked}
    foreign = re.compile(
        r"\b(Amerika Serikat|Rusia|Korea Utara|Tiongkok|China|Inggris|Jepang|"
        r"Australia|Malaysia|Arab Saudi|Iran|Suriah|Israel|Palestina|Myanmar)\b"
    )
    extra = [
        i
        for i, rec in enumerate(ind)
        if i not in picked
        and rec.get("category") == "tajuk utama"
        and len(set(foreign.findall(rec["text"]))) >= 2
    ][:3]
    want |= {("indosum", ind[i]["id"]) for i in extra}

    for cat in ("business", "entertainment", "politics", "sport", "tech"):
        for num in ("001", "101", "201"):
            want.add(("bbc-news", f"{cat}/{num}"))

    files = sorted(p.name for p in (CORPUS / "polnear" / "train" / "text").iterdir())
    want |= {("polnear", "train/" + files[i][:-4]) for i in range(2, len(files), 168)}

    want.add(("seeds", "000_a39adbfaad0e280e"))
    assert want <= ids, sorted(want - ids)
