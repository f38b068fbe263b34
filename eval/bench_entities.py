"""Time entity extraction per article.

Usage::

    .venv/bin/python -m eval.bench_entities [--articles N] [--repeat R] [--json]

Takes the first N/2 Indonesian texts of ``../shared/corpus/indosum/articles.jsonl``
and the first N/2 English files of ``../shared/corpus/bbc-news/politics``
(sorted), runs ``extract_entities`` once over all of them to warm the
look-up tables, then times R passes and reports the median milliseconds per
article (per language and overall) and the median for the seed article.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

from generator.entities import extract_entities

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SEED = ROOT / "seeds" / "000_a39adbfaad0e280e.txt"

log = logging.getLogger(__name__)


def sample(n: int) -> list[tuple[str, str]]:
    """``n/2`` indosum texts and ``n/2`` bbc-news politics texts."""
    half = n // 2
    docs: list[tuple[str, str]] = []
    with (SHARED / "corpus" / "indosum" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if len(docs) >= half:
                break
            docs.append((json.loads(line)["text"], "id"))
    for path in sorted((SHARED / "corpus" / "bbc-news" / "politics").glob("*.txt"))[:half]:
        docs.append((path.read_bytes().decode("utf-8", errors="replace"), "en"))
    return docs


def _time_ms(text: str, language: str) -> float:
    start = time.perf_counter()
    extract_entities(text, language)
    return 1000 * (time.perf_counter() - start)


def bench(n: int = 200, repeat: int = 3) -> dict[str, float]:
    docs = sample(n)
    for text, lang in docs:  # warm-up: lexicons, gazetteers, caches
        extract_entities(text, lang)
    per_doc: dict[str, list[float]] = {"id": [], "en": []}
    for text, lang in docs:
        per_doc[lang].append(statistics.median(_time_ms(text, lang) for _ in range(repeat)))
    seed = SEED.read_text(encoding="utf-8")
    every = per_doc["id"] + per_doc["en"]
    return {
        "articles": len(every),
        "median_ms": round(statistics.median(every), 3) if every else 0.0,
        "median_ms_id": round(statistics.median(per_doc["id"]), 3) if per_doc["id"] else 0.0,
        "median_ms_en": round(statistics.median(per_doc["en"]), 3) if per_doc["en"] else 0.0,
        "mean_ms": round(statistics.fmean(every), 3) if every else 0.0,
        "seed_ms": round(statistics.median(_time_ms(seed, "id") for _ in range(20)), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    if not (SHARED / "corpus").is_dir():
        log.error("no corpus at %s", SHARED / "corpus")
        return 2
    result = bench(args.articles, args.repeat)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:14} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
