"""Time keyword extraction per article: ours vs plain python YAKE, in one run.

Usage::

    .venv/bin/python -m eval.bench_keywords [--articles N] [--json]

Runs on N/2 Indonesian and N/2 English articles from ``../shared/corpus``
(the same selection as the hygiene score) and reports the median seconds per
article for: plain python ``yake`` (n=3, top 10, defaults), plain
``yake_rust`` (same settings), ours on ``yake_rust`` (the default engine)
and ours forced onto python ``yake``. It also checks, article by article,
that ``yake_rust`` and python ``yake`` return the same top-20 phrases in the
same order with scores equal to 1e-9 when given the same stopword set, the
check that lets us rely on the Rust engine. ``bench()`` returns the figures
as a dict for ``make bench``.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from eval.score_keywords import CORPUS, english_texts, indonesian_texts, plain_yake
from generator.keywords import NGRAMS, clean_body, extract_with_engine, stopwords_for

log = logging.getLogger(__name__)


def _median_seconds(run: Callable[[str, str], object], docs: Sequence[tuple[str, str]]) -> float:
    times = []
    for text, lang in docs:
        start = time.perf_counter()
        run(text, lang)
        times.append(time.perf_counter() - start)
    return statistics.median(times) if times else 0.0


def engines_agree(docs: Sequence[tuple[str, str]], n: int = 20) -> dict[str, int]:
    """How often yake_rust and python yake agree, given the same stopword set.

    ``raw_same``: identical top-``n`` lists (phrases, order, scores to 1e-9);
    ``raw_same_set``: the same (phrase, score) pairs once ties are ordered by
    phrase; ``ours_same_phrases``: identical ``extract_keywords`` phrases (in
    order) on either engine; ``ours_same_exact``: identical scores too (the
    engines split sentences slightly differently, so scores can differ in the
    third significant digit).
    """
    import yake
    import yake_rust

    raw = raw_set = ours = same_set = exact = 0
    for text, lang in docs:
        stop = set(stopwords_for(lang))
        body = clean_body(text)
        extractor = yake.KeywordExtractor(n=NGRAMS, top=n, stopwords=stop)
        py = [(p, round(float(s), 9)) for p, s in extractor.extract_keywords(body)]
        rust = yake_rust.Yake(stopwords=stop, ngrams=NGRAMS)
        rs = [(p, round(s, 9)) for p, s in rust.get_n_best(body, n=n)]
        raw += py == rs
        raw_set += sorted(py, key=lambda x: (x[1], x[0])) == sorted(rs, key=lambda x: (x[1], x[0]))
        fast = extract_with_engine(text, lang, 10, "rust")
        slow = extract_with_engine(text, lang, 10, "python")
        ours += [k.phrase for k in fast] == [k.phrase for k in slow]
        same_set += {k.phrase for k in fast} == {k.phrase for k in slow}
        exact += fast == slow
    return {
        "raw_same": raw,
        "raw_same_set": raw_set,
        "ours_same_phrases": ours,
        "ours_same_phrase_set": same_set,
        "ours_same_exact": exact,
        "compared": len(docs),
    }


def bench(articles: int = 100) -> dict[str, float | int]:
    half = articles // 2
    docs = [(t, "id") for t in indonesian_texts(half)] + [(t, "en") for t in english_texts(articles - half)]
    for text, lang in docs[:3]:  # warm caches (stopword lists, imports)
        extract_with_engine(text, lang, 10, "auto")
        extract_with_engine(text, lang, 10, "python")
    plain_py = _median_seconds(plain_yake("python"), docs)
    plain_rs = _median_seconds(plain_yake("rust"), docs)
    ours_rs = _median_seconds(lambda t, lang: extract_with_engine(t, lang, 10, "auto"), docs)
    ours_py = _median_seconds(lambda t, lang: extract_with_engine(t, lang, 10, "python"), docs)
    agree = engines_agree(docs)
    return {
        "articles": len(docs),
        "plain_python_yake_s": round(plain_py, 5),
        "plain_yake_rust_s": round(plain_rs, 5),
        "ours_rust_s": round(ours_rs, 5),
        "ours_python_s": round(ours_py, 5),
        "speedup_ours_vs_plain_python": round(plain_py / ours_rs, 2) if ours_rs else 0.0,
        **{f"engines_{k}": v for k, v in agree.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if not CORPUS.is_dir():
        log.error("corpus not found at %s", CORPUS)
        return 2
    result = bench(args.articles)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write("".join(f"{k:<32}{v}\n" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
