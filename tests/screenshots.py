"""Refresh docs/screenshots/ from the seed site: ``python -m tests.screenshots``.

Builds seeds/ into a temporary project, serves it on 127.0.0.1 and photographs
a briefing, a person page and search results (desktop), and a briefing at 390 px.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

from generator.build import build
from generator.config import Settings

from .browser_support import browser_missing, chromium, serve

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
log = logging.getLogger("screenshots")


def _full_height(driver: object, width: int) -> None:
    height = driver.execute_script("return document.documentElement.scrollHeight")  # type: ignore[attr-defined]
    driver.set_window_size(width, min(int(height) + 40, 4000))  # type: ignore[attr-defined]


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    missing = browser_missing()
    if missing:
        log.error("%s", missing)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        project.mkdir()
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        shutil.copytree(ROOT / "templates", project / "templates")
        shutil.copytree(ROOT / "seeds", project / "seeds")
        result = build(Settings.for_root(project, jobs=1))
        [article] = result.articles[:1]
        OUT.mkdir(parents=True, exist_ok=True)
        shots = [
            ("briefing.png", f"briefings/{article.id}/", 1280),
            ("person.png", "people/john-kirby/", 1280),
            ("search.png", "search/?q=kesepakatan", 1280),
            ("briefing-phone.png", f"briefings/{article.id}/", 390),
        ]
        with serve(project / "site") as base, chromium(Path(tmp) / "profile") as driver:
            for name, path, width in shots:
                driver.set_window_size(width, 900)
                driver.get(base + path)
                time.sleep(1.5)  # let Pagefind load and render results
                _full_height(driver, width)
                time.sleep(0.3)
                driver.save_screenshot(str(OUT / name))
                log.info("wrote %s", (OUT / name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
