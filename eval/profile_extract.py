"""Profile the extraction stages per article, against plain python YAKE in the same run.

Usage::

    .venv/bin/python -m eval.profile_extract [--articles N] [--repeat R] [--top 25]
                                             [--dump FILE] [--no-cprofile] [--json]

Articles (issue 7): the ``text`` field of the first N/2 rows of
``../shared/corpus/indosum/articles.jsonl`` and the first N/2 files (sorted)
of ``../shared/corpus/bbc-news/politics``, written as ``.txt`` files to a
temporary folder, so ``read_document`` reads real files.

Each stage function is timed separately on its own inputs (the outputs of
the stages before it, computed once beforehand): ``read_document``,
``extract_metadata``, ``extract_entities``, ``extract_quotes``,
``extract_keywords``, ``summarize``, and the whole of ``extract_article``.
For each, the median and the mean milliseconds per article over the
articles are printed (the best of ``--repeat`` passes, which damps noise on
a busy machine), measured in CPU time of the process (``--clock wall`` for
wall time). Plain YAKE is ``yake.KeywordExtractor(lan=<detected
language>, n=3, top=10).extract_keywords(<document text>)`` on the same
articles in the same run; the ratios are

* ``ratio_all`` = mean(read_document + extract_article) / mean(plain YAKE),
  the budget of issue 7 (at most 1.0, aim 0.5);
* ``ratio_median`` = the same with medians.

A cProfile of ``read_document`` + ``extract_article`` over all articles
follows (top ``--top`` functions by own time). ``--dump FILE`` writes every
Article (``to_dict()``) as JSON lines, to check that a speed change leaves
the output byte-identical (``cmp`` two dumps).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator.entities import extract_entities
from generator.extract import extract_article
from generator.keywords import extract_keywords
from generator.metadata import extract_metadata
from generator.quotes import extract_quotes
from generator.read import Document, read_document
from generator.summary import summarize

log = logging.getLogger(__name__)

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
INDOSUM = CORPUS / "indosum" / "articles.jsonl"
BBC_POLITICS = CORPUS / "bbc-news" / "politics"


def load_texts(n: int) -> list[tuple[str, str]]:
    """(file name, text): n/2 indosum texts then n/2 BBC politics texts."""
    half = n // 2
    out: list[tuple[str, str]] = []
    with INDOSUM.open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= half:
                break
            if line.strip():
                out.append((f"indosum-{len(out):03d}.txt", str(json.loads(line).get("text") or "")))
    for path in sorted(BBC_POLITICS.glob("*.txt"))[: n - half]:
        out.append((f"bbc-politics-{path.stem}.txt", path.read_bytes().decode("utf-8", errors="replace")))
    return out


#: The clock: CPU time of this process (``time.process_time``), not wall time,
#: because the machine is shared and wall time counts other processes' turns.
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


def _time_each(run: Callable[[Any], object], inputs: Sequence[Any], repeat: int, clock: str = "cpu") -> list[float]:
    """Seconds per input, the best of ``repeat`` passes for each input."""
    now = CLOCKS[clock]
    best = [float("inf")] * len(inputs)
    for _ in range(repeat):
        for i, item in enumerate(inputs):
            start = now()
            run(item)
            best[i] = min(best[i], now() - start)
    return best


def _plain_yake(docs: Sequence[tuple[str, str]]) -> Callable[[tuple[str, str]], object]:
    import yake

    def run(item: tuple[str, str]) -> object:
        text, lang = item
        return yake.KeywordExtractor(lan=lang, n=3, top=10).extract_keywords(text)

    del docs
    return run


def profile(articles: int, repeat: int, clock: str = "cpu") -> tuple[dict[str, Any], list[Path], Path]:
    tmp = Path(tempfile.mkdtemp(prefix="profile_extract_"))
    paths = []
    for name, text in load_texts(articles):
        path = tmp / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    docs: list[Document] = [read_document(p, tmp) for p in paths]
    for doc in docs[:3]:  # warm caches (models, stopword lists, imports)
        extract_article(doc)
    metas = [extract_metadata(d) for d in docs]
    bodies = [(m.body, m.language) for m in metas]
    ents = [extract_entities(b, lang) for b, lang in bodies]
    plain_inputs = [(d.text, m.language) for d, m in zip(docs, metas, strict=True)]
    stages: dict[str, list[float]] = {
        "read_document": _time_each(lambda p: read_document(p, tmp), paths, repeat, clock),
        "extract_metadata": _time_each(extract_metadata, docs, repeat, clock),
        "extract_entities": _time_each(lambda bl: extract_entities(*bl), bodies, repeat, clock),
        "extract_quotes": _time_each(
            lambda x: extract_quotes(x[0][0], x[0][1], x[1].people, x[1].organizations),
            list(zip(bodies, ents, strict=True)),
            repeat,
        ),
        "extract_keywords": _time_each(lambda bl: extract_keywords(*bl), bodies, repeat, clock),
        "summarize": _time_each(lambda bl: summarize(*bl), bodies, repeat, clock),
        "extract_article": _time_each(extract_article, docs, repeat, clock),
        "plain_python_yake": _time_each(_plain_yake(plain_inputs), plain_inputs, repeat, clock),
    }
    ours = [r + e for r, e in zip(stages["read_document"], stages["extract_article"], strict=True)]
    plain = stages["plain_python_yake"]
    result: dict[str, Any] = {
        "articles": len(paths),
        "repeat": repeat,
        "clock": clock,
        "ms_per_article": {
            name: {"median": round(1000 * statistics.median(t), 3), "mean": round(1000 * statistics.fmean(t), 3)}
            for name, t in stages.items()
        },
        "ratio_all": round(statistics.fmean(ours) / statistics.fmean(plain), 3),
        "ratio_median": round(statistics.median(ours) / statistics.median(plain), 3),
    }
    return result, paths, tmp


def cprofile_text(paths: Sequence[Path], root: Path, top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        extract_article(read_document(path, root))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def dump(paths: Sequence[Path], root: Path, target: Path) -> None:
    with target.open("w", encoding="utf-8") as fh:
        for path in paths:
            article = extract_article(read_document(path, root))
            fh.write(json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True, default=str) + "\n")


def _table(result: dict[str, Any]) -> str:
    lines = [f"{result['articles']} articles, best of {result['repeat']} passes, {result['clock']} ms per article"]
    lines.append(f"{'stage':<20}{'median':>10}{'mean':>10}")
    for name, t in result["ms_per_article"].items():
        lines.append(f"{name:<20}{t['median']:>10.3f}{t['mean']:>10.3f}")
    lines.append(f"ratio (read+extract_article) / plain python YAKE: mean {result['ratio_all']:.3f}, "
                 f"median {result['ratio_median']:.3f}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=25, help="cProfile rows (0: skip)")
    parser.add_argument("--dump", type=Path, help="write each Article as a JSON line to this file")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not INDOSUM.is_file() or not BBC_POLITICS.is_dir():
        log.error("corpus not found at %s", CORPUS)
        return 2
    result, paths, tmp = profile(args.articles, args.repeat, args.clock)
    try:
        sys.stdout.write(json.dumps(result, indent=2) + "\n" if args.json else _table(result))
        if args.top:
            sys.stdout.write(cprofile_text(paths, tmp, args.top))
        if args.dump:
            dump(paths, tmp, args.dump)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
