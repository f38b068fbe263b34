"""Extraction alone beside plain Python YAKE alone, on the same articles, in one process.

* extraction alone: ``read_document`` + ``extract_article`` (every extraction stage)
  for each article, single-threaded, no cache;
* plain YAKE alone: ``yake.KeywordExtractor(lan=<language>, n=3, top=10)`` on the
  text ``read_document`` returned for the same article, single-threaded;
* parallel extraction: the same articles through ``generator.pipeline.process_all``
  with ``jobs`` worker processes and no cache (wall time).

One untimed warm-up call of each goes first, so one-off costs (imports, model and
stopword loading) do not land on the first article.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import Entry

log = logging.getLogger(__name__)


@dataclass
class ExtractionResult:
    articles: int
    extraction_total: float
    yake_total: float
    extraction_median_ms: float
    yake_median_ms: float
    parallel_seconds: float | None
    parallel_jobs: int
    failures: int

    @property
    def ratio(self) -> float | None:
        """Total extraction time over total YAKE time (the issue's ratio ≤ 1.0)."""
        return self.extraction_total / self.yake_total if self.yake_total else None

    @property
    def median_ratio(self) -> float | None:
        return self.extraction_median_ms / self.yake_median_ms if self.yake_median_ms else None


def _timed(func: Callable[[], Any]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def _yake_runner() -> Callable[[str, str], Any]:
    import yake

    def run(text: str, language: str) -> Any:
        return yake.KeywordExtractor(lan=language, n=3, top=10).extract_keywords(text)

    return run


def compare(corpus: Path, entries: list[Entry], jobs: int) -> ExtractionResult:
    """Time extraction and plain YAKE over ``entries`` (files below ``corpus``)."""
    from generator.errors import InputError
    from generator.extract import extract_article
    from generator.read import read_document

    yake_run = _yake_runner()
    paths = [corpus / e.path for e in entries]
    # warm-up, untimed: the first article of each language
    for language in sorted({e.language for e in entries}):
        i = next(i for i, e in enumerate(entries) if e.language == language)
        try:
            first = read_document(paths[i], corpus)
            yake_run(first.text, language)
            extract_article(first)
        except Exception as err:  # counted again (and reported) in the timed pass
            log.warning("warm-up on %s failed: %s: %s", entries[i].path, type(err).__name__, err)

    extract_times: list[float] = []
    texts: list[tuple[str, str]] = []
    failures = 0
    log.info("extraction alone: %d articles, one process", len(paths))
    for path, entry in zip(paths, entries, strict=True):
        started = time.perf_counter()
        try:
            doc = read_document(path, corpus)
            extract_article(doc)
        except InputError:
            failures += 1
            continue
        except Exception as err:  # an extractor bug: count it, keep benchmarking
            log.warning("%s: extraction failed: %s: %s", entry.path, type(err).__name__, err)
            failures += 1
            continue
        extract_times.append(time.perf_counter() - started)
        texts.append((doc.text, entry.language))

    log.info("plain python YAKE alone: %d articles, one process", len(texts))
    yake_times: list[float] = []
    for text, language in texts:
        started = time.perf_counter()
        yake_run(text, language)
        yake_times.append(time.perf_counter() - started)

    parallel = parallel_extraction(corpus, paths, jobs) if jobs > 1 else None
    return ExtractionResult(
        articles=len(texts),
        extraction_total=sum(extract_times),
        yake_total=sum(yake_times),
        extraction_median_ms=statistics.median(extract_times) * 1000 if extract_times else 0.0,
        yake_median_ms=statistics.median(yake_times) * 1000 if yake_times else 0.0,
        parallel_seconds=parallel,
        parallel_jobs=jobs,
        failures=failures,
    )


def parallel_extraction(corpus: Path, paths: list[Path], jobs: int) -> float:
    """Wall time of reading and extracting ``paths`` with ``jobs`` processes, no cache."""
    from generator.config import DEFAULT_MAX_BYTES
    from generator.pipeline import Job, process_all

    log.info("parallel extraction: %d articles, %d processes", len(paths), jobs)
    work = [Job(path, corpus, DEFAULT_MAX_BYTES, None) for path in paths]
    return _timed(lambda: process_all(work, jobs))
