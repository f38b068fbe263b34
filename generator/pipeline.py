"""Per-file work, run in worker processes: read one input, extract its record (or use the cache)."""

from __future__ import annotations

import gc
import hashlib
import logging
import sys
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InputError
from generator.extract import EXTRACTOR_VERSION, extract_article
from generator.read import Document, read_document
from generator.records import Article, Problem
from generator.store import RecordCache

log = logging.getLogger(__name__)

#: Below this many files, worker processes cost more than they save.
PARALLEL_THRESHOLD = 16


@dataclass(frozen=True)
class Job:
    path: Path
    root: Path
    max_bytes: int
    cache: Path | None


@dataclass(frozen=True)
class Outcome:
    relpath: str
    article: Article | None
    problem: Problem | None  # why there is no article
    cached: bool = False
    warnings: tuple[Problem, ...] = ()  # the article is published, but something in it was dropped


def _relpath(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def process(job: Job) -> Outcome:
    """Read and extract one file; every failure becomes a Problem, never an exception."""
    relpath = _relpath(job.path, job.root)
    if not job.path.resolve().is_relative_to(job.root.resolve()):
        return Outcome(relpath, None, Problem(relpath, "refused: a symlink that points outside the seeds folder"))
    try:
        cache = RecordCache(job.cache, EXTRACTOR_VERSION) if job.cache else None
        if cache is not None:
            hit = _cached(job, relpath, cache)
            if hit is not None:
                article, notes = hit
                return Outcome(relpath, article, None, cached=True, warnings=_warnings(relpath, notes))
        doc = read_document(job.path, job.root, job.max_bytes)
        article = extract_article(doc)
        if cache is not None:
            try:
                cache.put(article, doc.warnings)
            except OSError as err:  # a cache that cannot be written costs speed, not the article
                log.warning("%s: cannot write the cache entry (%s)", relpath, err)
        return Outcome(doc.relpath, article, None, warnings=_warnings(doc.relpath, doc.warnings))
    except InputError as err:
        return Outcome(relpath, None, Problem(relpath, str(err)))
    except Exception as err:  # an extractor bug must not lose the file: report it
        log.debug("%s", traceback.format_exc())
        reason = f"extraction failed: {type(err).__name__}: {err}".splitlines()[0]
        return Outcome(relpath, None, Problem(relpath, reason))


def _warnings(relpath: str, notes: tuple[str, ...]) -> tuple[Problem, ...]:
    return tuple(Problem(relpath, note, "warning") for note in notes)


def _cached(job: Job, relpath: str, cache: RecordCache) -> tuple[Article, tuple[str, ...]] | None:
    """The cached record for this file's exact bytes, looked up before any decoding work."""
    try:
        if job.path.stat().st_size > job.max_bytes:
            return None
        data = job.path.read_bytes()
    except OSError:
        return None  # read_document will report it
    return cache.get(relpath, hashlib.sha256(data).hexdigest())


_WARM_UP_TEXTS = {
    "id": 'JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan ekonomi tumbuh. "Kami optimistis '
    'pertumbuhan berlanjut tahun ini," kata Sri Mulyani di Jakarta, Senin (21/1/2019).',
    "en": 'LONDON (Reuters) - Prime Minister Tony Blair said the talks with France would go on. "We remain '
    'hopeful about the outcome," he told reporters on Monday.',
}


def warm_up() -> None:
    """Load every model and word list once, in the parent, before worker processes are forked.

    Workers forked afterwards share these pages instead of each paying the loading
    (py3langid's model alone takes about a second to decompress).
    """
    for language, text in _WARM_UP_TEXTS.items():
        doc = Document(Path(f"warm-up.{language}.txt"), f"warm-up.{language}.txt", "txt", "0" * 64, text)
        extract_article(doc)


def _needs_extraction(job: Job) -> bool:
    if job.cache is None:
        return True
    try:
        sha = hashlib.sha256(job.path.read_bytes()).hexdigest()
    except OSError:
        return False  # read_document will report it
    return not RecordCache(job.cache, EXTRACTOR_VERSION).has(_relpath(job.path, job.root), sha)


def process_all(jobs: list[Job], workers: int) -> list[Outcome]:
    """Outcomes in the order of ``jobs``, in parallel when it pays."""
    if workers <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        return list(_progress(map(process, jobs), len(jobs)))
    if sum(_needs_extraction(job) for job in jobs) >= PARALLEL_THRESHOLD:
        warm_up()
    chunksize = max(1, min(64, len(jobs) // (workers * 8)))
    gc.freeze()  # the models loaded above are shared with the workers: keep their collector off them
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(_progress(pool.map(process, jobs, chunksize=chunksize), len(jobs)))
    finally:
        gc.unfreeze()


def _progress(outcomes: Iterator[Outcome], total: int) -> Iterator[Outcome]:
    """A progress bar on stderr when it is a terminal; nothing in CI logs."""
    if total < PARALLEL_THRESHOLD or not sys.stderr.isatty():
        return outcomes
    from tqdm import tqdm

    return iter(tqdm(outcomes, total=total, desc="extract", unit="article", file=sys.stderr, leave=False))
