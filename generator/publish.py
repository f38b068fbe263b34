"""Turn a rendered site_src folder into a static site with mkdocs."""

from __future__ import annotations

import gc
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2

from generator.errors import BuildError
from generator.render import SiteOptions
from generator.search import BackgroundIndex, BundlePages

log = logging.getLogger(__name__)


def load_mkdocs_config(mkdocs_yml: Path, **overrides: Any) -> Any:
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        return load_config(str(mkdocs_yml), **overrides)
    except ConfigurationError as err:
        raise BuildError(f"{mkdocs_yml}: {err}") from err


def ui_language(mkdocs_yml: Path) -> str:
    return site_options(mkdocs_yml).ui_language


def site_options(mkdocs_yml: Path) -> SiteOptions:
    """The settings of mkdocs.yml the pages need: UI language, site name and URL."""
    with tempfile.TemporaryDirectory() as scratch:  # docs_dir need not exist before the first build
        Path(scratch, "docs").mkdir()
        config = load_mkdocs_config(mkdocs_yml, docs_dir=scratch + "/docs", site_dir=scratch + "/site")
    language = str((config.get("extra") or {}).get("ui_language", "en"))
    if language not in ("en", "id"):
        raise BuildError(f"{mkdocs_yml}: extra.ui_language must be 'en' or 'id', not {language!r}")
    theme_language = str(config["theme"].get("language", "en"))
    if theme_language != language:
        log.warning("%s: extra.ui_language is %r but theme.language is %r; the theme's own labels "
                    "follow theme.language", mkdocs_yml, language, theme_language)
    return SiteOptions(ui_language=language, site_name=str(config["site_name"]),
                       site_url=config.get("site_url") or None)


@contextmanager
def source_date_epoch(default: int) -> Iterator[None]:
    """Pin mkdocs' build date (sitemap, footers) unless the user set SOURCE_DATE_EPOCH.

    With the date pinned, mkdocs' build date is one value for the whole build, so it is
    read once here: mkdocs otherwise reads the environment and formats the date again
    for every page it creates and every page it renders.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        with _fixed_build_date():
            yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(default)
    try:
        with _fixed_build_date():
            yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


@contextmanager
def _fixed_build_date() -> Iterator[None]:
    """mkdocs' ``get_build_datetime``/``get_build_date`` answer what they gave on entry (SOURCE_DATE_EPOCH is set)."""
    import mkdocs.structure.pages
    import mkdocs.utils

    pages = mkdocs.structure.pages
    original_datetime, original_date = mkdocs.utils.get_build_datetime, getattr(pages, "get_build_date")  # noqa: B009
    when = original_datetime()
    day = original_date()
    mkdocs.utils.get_build_datetime = lambda: when
    setattr(pages, "get_build_date", lambda: day)  # noqa: B010 - imported by name there
    try:
        yield
    finally:
        mkdocs.utils.get_build_datetime = original_datetime
        setattr(pages, "get_build_date", original_date)  # noqa: B010


def mkdocs_build(mkdocs_yml: Path, docs_dir: Path, site_dir: Path, epoch: int, jobs: int = 1) -> None:
    """``mkdocs build --strict`` from ``docs_dir`` into ``site_dir``, its pages written by ``jobs`` processes."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    config = load_mkdocs_config(mkdocs_yml, docs_dir=str(docs_dir), site_dir=str(site_dir), strict=True)
    with source_date_epoch(epoch), lean_generated_pages(), linked_static_files(docs_dir), forked_pages(jobs):
        try:
            build(config)
        except MkDocsException as err:
            raise BuildError(f"mkdocs build failed: {err}") from err
        except jinja2.TemplateError as err:  # a broken theme override: one line, not a traceback
            where = f" ({err.filename}:{err.lineno})" if isinstance(err, jinja2.TemplateSyntaxError) else ""
            raise BuildError(f"mkdocs build failed: theme template error{where}: {err.message}") from err
        except OSError as err:
            raise BuildError(f"mkdocs build failed: {err}") from err
    log.debug("mkdocs wrote %s", site_dir)


#: Below this many pages, forking costs more than it saves.
FORK_MIN_PAGES = 400


class _PageForker:
    """Stands in for mkdocs' ``_build_page``: the theme renders the pages in ``jobs`` processes.

    mkdocs reads every page, builds the navigation and the theme environment in one process,
    then renders and writes the pages one by one in a loop (``_build_page``), which is most of
    its time. At the loop's first call this forks ``jobs - 1`` children, each given every
    ``jobs``-th page; the parent renders the rest in mkdocs' own loop and, at its last page,
    waits for the children before mkdocs goes on (anchor checks, ``post_build``, the strict
    warning count). Every page is rendered from the same state by the same code, so the output
    is the same as in one process. A child that logs a warning or fails makes the build fail
    (mkdocs runs strict here), naming its first error on stderr as mkdocs would.
    """

    def __init__(self, original: Any, jobs: int) -> None:
        self.original = original
        self.jobs = jobs
        self.calls = 0
        self.children: list[int] = []

    def __call__(self, page: Any, config: Any, doc_files: Any, nav: Any, env: Any,
                 dirty: bool = False, excluded: bool = False) -> None:
        total = len(doc_files)
        workers = self.jobs if total >= FORK_MIN_PAGES else 1
        if self.calls == 0 and workers > 1:
            self._fork(config, doc_files, nav, env, dirty, workers)
        number = self.calls
        self.calls += 1
        if number % workers == 0:
            self.original(page, config, doc_files, nav, env, dirty, excluded)
        if self.calls == total and self.children:
            self._wait()

    def _fork(self, config: Any, doc_files: Any, nav: Any, env: Any, dirty: bool, workers: int) -> None:
        gc.freeze()  # mkdocs' pages are shared with the children: keep their collector off them
        for share in range(1, workers):
            pid = os.fork()
            if pid == 0:  # the child: render its share, then leave without running the parent's cleanup
                os._exit(self._child(share, workers, config, doc_files, nav, env, dirty))
            self.children.append(pid)

    def _child(self, share: int, workers: int, config: Any, doc_files: Any, nav: Any, env: Any,
               dirty: bool) -> int:
        import logging as logging_

        counter = _WarningCount()
        logging_.getLogger("mkdocs").addHandler(counter)
        try:
            for number, file in enumerate(doc_files):
                if number % workers == share:
                    self.original(file.page, config, doc_files, nav, env, dirty,
                                  excluded=file.inclusion.is_excluded())
        except BaseException:  # mkdocs has logged which page and why
            return 1
        finally:
            logging_.shutdown()
        return 1 if counter.count else 0

    def _wait(self) -> None:
        failed = 0
        for pid in self.children:
            _, status = os.waitpid(pid, 0)
            failed += os.waitstatus_to_exitcode(status) != 0
        self.children = []
        if failed:
            raise BuildError(f"mkdocs build failed: {failed} page-writing process(es) met errors or warnings "
                             "(see the log above)")

    def abandon(self) -> None:
        """The build failed before the last page: stop and reap the children."""
        import signal

        for pid in self.children:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
        self.children = []


class _WarningCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def forked_pages(jobs: int) -> Iterator[None]:
    """Within this block, mkdocs writes its pages in ``jobs`` forked processes (see :class:`_PageForker`)."""
    from mkdocs.commands import build as mkdocs_commands

    if jobs <= 1 or not hasattr(os, "fork"):
        yield
        return
    original = mkdocs_commands._build_page
    forker = _PageForker(original, jobs)
    mkdocs_commands._build_page = forker
    try:
        yield
    finally:
        mkdocs_commands._build_page = original
        forker.abandon()


@contextmanager
def lean_generated_pages() -> Iterator[None]:
    """Within this block, mkdocs makes no Markdown converter for the pages the generator rendered.

    templates/mkdocs_hooks.py hands mkdocs an empty Markdown text for every page marked
    ``generated: true`` (and puts the page's HTML back afterwards). Converting an empty text
    still costs mkdocs a new ``markdown.Markdown`` with every extension loaded, per page; here
    such a page gets what that conversion gives (no content, no table of contents, no title,
    anchors or links) directly. Hand-written pages are converted as usual.
    """
    from mkdocs.structure.pages import Page as MkdocsPage
    from mkdocs.structure.toc import get_toc

    original = MkdocsPage.render

    def render(self: Any, config: Any, files: Any) -> None:
        if self.markdown != "" or self.meta.get("generated") is not True:
            original(self, config, files)
            return
        self.content = ""
        self.toc = get_toc([])
        self._title_from_render = None
        self.present_anchor_ids = set()
        if logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = {}

    MkdocsPage.render = render  # type: ignore[method-assign]
    try:
        yield
    finally:
        MkdocsPage.render = original  # type: ignore[method-assign]


@contextmanager
def linked_static_files(docs_dir: Path) -> Iterator[None]:
    """Within this block, mkdocs hard-links the static files of ``docs_dir`` into the site instead of copying.

    The rendered folder is a build output (records, briefings.json, feeds, assets), staged
    beside the site on the same file system: a link costs one directory entry, where copying
    10,000 records and a 50 MB JSON file costs a second or two. Files from elsewhere (the
    theme's own assets) are copied as usual, and so is anything a link cannot be made for.
    """
    from mkdocs.structure.files import File

    original = File.copy_file
    root = docs_dir.resolve()

    def copy_file(self: Any, dirty: bool = False) -> None:
        source = self.abs_src_path
        if dirty or self._content is not None or source is None or not Path(source).is_relative_to(root):
            original(self, dirty)
            return
        target = Path(self.abs_dest_path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.hardlink_to(source)
        except OSError:
            original(self, dirty)

    File.copy_file = copy_file  # type: ignore[method-assign]
    try:
        yield
    finally:
        File.copy_file = original  # type: ignore[method-assign]


def start_search_index(pages_dir: Path, bundle: Path, written: dict[str, BundlePages] | None = None,
                       search_pages: Path | None = None) -> BackgroundIndex:
    """Index the rendered pages for search while mkdocs runs; call ``finish(site_dir)`` after it.

    ``bundle`` is a scratch folder; the bundles land in ``site_dir/pagefind`` (and ``pagefind-<lang>``).
    ``search_pages``: where the small pages Pagefind reads are (default ``bundle/pages``);
    ``written``: the ones the renderer already wrote there (else they are written here).
    """
    return BackgroundIndex(pages_dir, bundle, written, search_pages).start()
