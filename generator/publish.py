"""Turn a rendered site_src folder into a static site with mkdocs."""

from __future__ import annotations

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
from generator.search import BackgroundIndex

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
    """Pin mkdocs' build date (sitemap, footers) unless the user set SOURCE_DATE_EPOCH."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(default)
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def mkdocs_build(mkdocs_yml: Path, docs_dir: Path, site_dir: Path, epoch: int) -> None:
    """``mkdocs build --strict`` from ``docs_dir`` into ``site_dir``."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    config = load_mkdocs_config(mkdocs_yml, docs_dir=str(docs_dir), site_dir=str(site_dir), strict=True)
    with source_date_epoch(epoch):
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


def start_search_index(pages_dir: Path, bundle: Path) -> BackgroundIndex:
    """Index the rendered pages for search while mkdocs runs; call ``finish(site_dir)`` after it.

    ``bundle`` is a scratch folder; the bundles land in ``site_dir/pagefind`` (and ``pagefind-<lang>``).
    """
    return BackgroundIndex(pages_dir, bundle).start()
