"""The recipe of a build: gather everything, then write, then swap into place.

1. discover the inputs in seeds/;
2. read and extract every article (in parallel, through the record cache);
3. drop duplicates, so each story is published once;
4. render site_src/ into a staging folder (pages and YAML records);
5. build the static site from it with mkdocs (and index the pages for search alongside);
6. swap the staged site_src/ and site/ into place, only if all went well.
"""

from __future__ import annotations

import calendar
import gc
import hashlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from generator import __version__
from generator.config import Settings
from generator.extract import EXTRACTOR_VERSION
from generator.pipeline import Job, process_all
from generator.publish import mkdocs_build, site_options, start_search_index
from generator.read import discover
from generator.records import Article, Problem
from generator.render import SiteOptions, render_site
from generator.scratch import estimate as scratch_estimate
from generator.scratch import scratch_folder
from generator.search import BackgroundIndex
from generator.writer import OutputTree, recover_interrupted_swap, replace_dirs

log = logging.getLogger(__name__)


STAGING_PREFIX = ".build-"

#: Under --strict these fail the build; "skipped" (a file that is not an article) stays a notice.
STRICT_SEVERITIES = frozenset({"error", "warning", "duplicate"})


@dataclass(frozen=True)
class BuildResult:
    articles: list[Article]
    problems: list[Problem]
    published: bool

    @property
    def errors(self) -> list[Problem]:
        """The problems that fail a ``--strict`` build: all but notices of skipped non-article files."""
        return [p for p in self.problems if p.severity in STRICT_SEVERITIES]


def _cpu_seconds() -> float:
    """CPU time of this process and of the child processes it has waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


@contextmanager
def stage(name: str) -> Iterator[None]:
    started, cpu = time.perf_counter(), _cpu_seconds()
    yield
    log.info("%-9s %6.2f s", name, time.perf_counter() - started)
    log.debug("%-9s %6.2f s of CPU (this process and the workers it waited for)", name, _cpu_seconds() - cpu)


def extract_all(paths: list[Path], settings: Settings) -> tuple[list[Article], list[Problem]]:
    cache = settings.cache / "records" if settings.use_cache else None
    jobs = [Job(path, settings.seeds, settings.max_bytes, cache) for path in paths]
    articles: list[Article] = []
    problems: list[Problem] = []
    for outcome in process_all(jobs, settings.jobs):
        if outcome.article is not None:
            articles.append(outcome.article)
        if outcome.problem is not None:
            problems.append(outcome.problem)
        problems.extend(outcome.warnings)
    return articles, problems


def drop_duplicates(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """Keep the first file of each content hash; list the others as duplicates."""
    seen: dict[str, Article] = {}
    kept: list[Article] = []
    problems: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.source.path):
        first = seen.get(article.source.sha256)
        if first is not None:
            problems.append(
                Problem(article.source.path, f"duplicate of {first.source.path}; published once", "duplicate")
            )
            continue
        seen[article.source.sha256] = article
        kept.append(article)
    return kept, problems


def build_epoch(articles: list[Article]) -> int:
    """A deterministic build date: the newest article date, or 0 when none is dated."""
    dates = sorted(a.date[:10] for a in articles if a.date and len(a.date) >= 10)
    if not dates:
        return 0
    try:
        return calendar.timegm(time.strptime(dates[-1], "%Y-%m-%d"))
    except ValueError:
        return 0


def build_fingerprint(settings: Settings, articles: list[Article], problems: list[Problem]) -> str:
    """Everything the published site depends on, known before anything is rendered.

    Each record is fixed by its source path, its content hash and the extractor
    version (which fingerprints all of the generator's code and data, rendering
    included); the rest is the problem list, the templates and theme overrides,
    the mkdocs config, the tool versions and the settings. Equal fingerprints
    give byte-identical sites, so an unchanged build can skip rendering and mkdocs.
    """
    sources = sorted(f"{a.source.path}\0{a.source.sha256}" for a in articles)
    parts = [
        EXTRACTOR_VERSION,
        hashlib.sha256("\n".join(sources).encode()).hexdigest(),
        hashlib.sha256("\n".join(f"{p.severity}\0{p.line()}" for p in problems).encode()).hexdigest(),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
        hashlib.sha256(settings.mkdocs_yml.read_bytes()).hexdigest(),
        _folder_digest(settings.root / "templates"),  # theme overrides and mkdocs hooks live there too
        str(settings.site),
        str(settings.site_src),
        str(settings.search),
        __version__,
        *(f"{name}={_version(name)}" for name in ("mkdocs", "mkdocs-material", "pagefind")),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def _fingerprint_file(settings: Settings) -> Path:
    return settings.cache / "last-build.txt"


def unchanged_since_last_build(settings: Settings, fingerprint: str) -> bool:
    if not (settings.site / "index.html").is_file() or not settings.site_src.is_dir():
        return False
    try:
        return _fingerprint_file(settings).read_text(encoding="utf-8").strip() == fingerprint
    except OSError:
        return False


def record_fingerprint(settings: Settings, fingerprint: str) -> None:
    path = _fingerprint_file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(fingerprint + "\n", encoding="utf-8")


def remove_stale_staging(parent: Path) -> None:
    """Staging folders a killed build left behind (a finished build removes its own)."""
    for stale in sorted(parent.glob(f"{STAGING_PREFIX}*")):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)


def build(settings: Settings) -> BuildResult:
    """Run the recipe (see the module's docstring); problems are listed, never raised."""
    try:
        return _build(settings)
    finally:
        gc.unfreeze()  # see long_lived()


def long_lived() -> None:
    """Move every object alive now (the articles, the page model) out of the garbage collector's reach.

    The build keeps them to its end. Left tracked, every full collection walks all of them
    again (seconds at 10,000 articles), and in a forked worker that walk writes to each object's
    header, copying nearly every page the worker shares with its parent. ``build`` unfreezes
    them when it returns.
    """
    gc.freeze()


def _build(settings: Settings) -> BuildResult:
    with stage("discover"):
        paths, problems = discover(settings.seeds)
    with stage("extract"):
        articles, extract_problems = extract_all(paths, settings)
        articles, duplicates = drop_duplicates(articles)
        long_lived()
    problems = sorted([*problems, *extract_problems, *duplicates], key=lambda p: (p.path, p.reason))
    for problem in problems:
        level = logging.ERROR if problem.severity == "error" else logging.WARNING
        log.log(level, "%s", problem.line())
    result = BuildResult(articles, problems, published=False)
    if settings.strict and result.errors:
        log.error("--strict: %d problem(s); the site was not replaced", len(result.errors))
        return result

    options = site_options(settings.mkdocs_yml)
    recover_interrupted_swap([settings.site_src, settings.site])
    settings.site.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(settings.site.parent)
    fingerprint = build_fingerprint(settings, articles, problems)
    if unchanged_since_last_build(settings, fingerprint):
        log.info("nothing changed since the last build: site/ and site_src/ left as they are")
        return BuildResult(articles, problems, published=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=settings.site.parent))
    try:
        with scratch_folder(_search_pages_need(articles), staging) as scratch:
            _render_and_publish(settings, articles, problems, options, staging, scratch)
        with stage("swap"):
            replace_dirs([(staging / "src", settings.site_src), (staging / "site", settings.site)],
                         background_cleanup=True)
        record_fingerprint(settings, fingerprint)
    except BaseException:
        log.error("build failed; the previous site/ and site_src/ are left in place")
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("published %d briefing(s), %d problem(s) listed", len(articles), len(problems))
    return BuildResult(articles, problems, published=True)


def _search_pages_need(articles: list[Article]) -> int:
    """About what the search pages take: each briefing's text and quotes (bodies twice over, for
    the markup), and a page for each briefing and, at most, each of as many people."""
    text = sum(len(a.body) for a in articles) * 2 * 2  # UTF-8 takes up to twice the characters here
    return scratch_estimate(text, 2 * len(articles) + 1)


def _render_and_publish(settings: Settings, articles: list[Article], problems: list[Problem],
                        options: SiteOptions, staging: Path, scratch: Path) -> None:
    """Render site_src into ``staging/src``, build ``staging/site`` with mkdocs and index it for search.

    The pages Pagefind reads are written to ``scratch`` (in memory when there is room).
    """
    search: BackgroundIndex | None = None
    try:
        with stage("render"):
            tree = OutputTree(staging / "src")
            search_pages = scratch / "pages" if settings.search else None
            written = render_site(articles, problems, settings.root / "templates", tree, options,
                                  jobs=settings.jobs, search_pages=search_pages)
        search = (start_search_index(staging / "src", staging / "search", written, search_pages)
                  if settings.search else None)
        with stage("mkdocs"):  # the search index is built alongside, from the rendered pages
            mkdocs_build(settings.mkdocs_yml, staging / "src", staging / "site", build_epoch(articles),
                         jobs=settings.jobs)
        if search is not None:
            with stage("search"):
                search.finish(staging / "site")
    except BaseException:
        if search is not None:
            search.cancel()  # before the scratch folder goes: nothing may write into it afterwards
        raise

