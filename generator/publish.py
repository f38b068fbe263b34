"""Turn a rendered site_src folder into a static site with mkdocs."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator.errors import BuildError

log = logging.getLogger(__name__)


def load_mkdocs_config(mkdocs_yml: Path, **overrides: Any) -> Any:
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        return load_config(str(mkdocs_yml), **overrides)
    except ConfigurationError as err:
        raise BuildError(f"{mkdocs_yml}: {err}") from err


def ui_language(mkdocs_yml: Path) -> str:
    config = load_mkdocs_config(mkdocs_yml)
    language = str((config.get("extra") or {}).get("ui_language", "en"))
    if language not in ("en", "id"):
        raise BuildError(f"{mkdocs_yml}: extra.ui_language must be 'en' or 'id', not {language!r}")
    return language


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
    log.debug("mkdocs wrote %s", site_dir)
