"""End to end: a throwaway project with the seed, built by the real pipeline and mkdocs."""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.build import build
from generator.config import Settings

from .conftest import ROOT, SEED


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.links: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href" and v)


def parse(path: Path) -> _Text:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def seed_project(project: Path) -> Settings:
    shutil.copy(SEED, project / "seeds" / SEED.name)
    return Settings.for_root(project, jobs=1)


def test_seed_builds_into_a_site_with_its_briefing(project: Path) -> None:
    result = build(seed_project(project))
    assert result.published and not result.problems
    [article] = result.articles
    site = project / "site"
    home = parse(site / "index.html")
    assert f"briefings/{article.id}/" in home.links
    page = site / "briefings" / article.id / "index.html"
    text = " ".join(parse(page).chunks)
    assert "Tempo.co" in text and "Jakarta" in text and "Reuters" in text
    assert "Kami tetap khawatir" in text and "John Kirby" in text
    record = yaml.safe_load((project / "site_src" / "records" / f"{article.id}.yaml").read_text())
    assert record["outlet"] == "Tempo.co" and record["language"] == "id"
    assert "Pilihan Editor" not in record["body"] and "REUTERS" not in record["body"]
    assert (site / "records" / f"{article.id}.yaml").is_file(), "the record is downloadable from the site"


def test_two_builds_are_byte_identical(project: Path) -> None:
    settings = seed_project(project)
    build(settings)
    first = (tree_digest(project / "site"), tree_digest(project / "site_src"))
    shutil.rmtree(project / ".cache")
    build(settings)
    assert (tree_digest(project / "site"), tree_digest(project / "site_src")) == first


def test_internal_links_resolve(project: Path) -> None:
    build(seed_project(project))
    site = project / "site"
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue  # mkdocs writes the 404 page with root-absolute links on purpose
        for href in parse(page).links:
            if href.startswith(("http:", "https:", "#", "mailto:")) or href.startswith("javascript:"):
                continue
            target = (page.parent / href.split("#")[0]).resolve()
            if href.endswith("/") or target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(site)} links to missing {href}"


def test_cli_build_and_extract(project: Path) -> None:
    shutil.copy(SEED, project / "seeds" / SEED.name)
    env_python = sys.executable
    done = subprocess.run(
        [env_python, "-m", "generator", "build", "--root", str(project), "--strict"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (project / "site" / "index.html").is_file()
    out = subprocess.run(
        [env_python, "-m", "generator", "extract", str(SEED)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    record = yaml.safe_load(lines[0])  # JSON is YAML
    assert set(record) >= {"schema", "id", "source", "title", "outlet", "dateline", "wire", "date", "language",
                           "word_count", "related", "body", "keywords", "quotes", "people", "organizations", "places"}


def test_cli_usage_errors_exit_2() -> None:
    for argv in ([], ["nonsense"], ["build", "--jobs", "x"]):
        done = subprocess.run([sys.executable, "-m", "generator", *argv], capture_output=True, cwd=ROOT, check=False)
        assert done.returncode == 2


def test_strict_build_with_a_bad_file_exits_1_and_keeps_the_old_site(project: Path) -> None:
    shutil.copy(SEED, project / "seeds" / SEED.name)
    ok = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(project)],
                        capture_output=True, text=True, cwd=ROOT, check=False)
    assert ok.returncode == 0, ok.stderr
    before = tree_digest(project / "site")
    (project / "seeds" / "empty.txt").write_text("")
    bad = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(project), "--strict"],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert bad.returncode == 1
    assert "empty.txt" in bad.stderr
    assert tree_digest(project / "site") == before


def test_an_unchanged_rebuild_skips_rendering_and_a_change_does_not(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = seed_project(project)
    build(settings)
    index = project / "site" / "index.html"
    stamp = index.stat().st_mtime_ns
    with caplog.at_level(logging.INFO, logger="generator"):
        build(settings)
    assert "nothing changed since the last build" in caplog.text
    assert index.stat().st_mtime_ns == stamp
    caplog.clear()
    css = next((project / "templates").rglob("*.css"))
    css.write_text(css.read_text(encoding="utf-8") + "\n/* edited */\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="generator"):
        build(settings)
    assert "nothing changed" not in caplog.text
    assert index.stat().st_mtime_ns != stamp


def test_pages_written_by_forked_processes_are_the_same_as_by_one(project: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs' page loop split over two forked processes (generator.publish._PageForker) changes no byte."""
    from generator import publish

    monkeypatch.setattr(publish, "FORK_MIN_PAGES", 1)  # the seed site is small: fork anyway
    shutil.copy(SEED, project / "seeds" / SEED.name)
    build(Settings.for_root(project, jobs=1))
    one = tree_digest(project / "site")
    shutil.rmtree(project / ".cache")
    shutil.rmtree(project / "site")
    build(Settings.for_root(project, jobs=2))
    assert tree_digest(project / "site") == one
    assert len(one) > 20


def test_a_warning_in_a_forked_page_process_fails_the_build(project: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import publish
    from generator.errors import BuildError

    monkeypatch.setattr(publish, "FORK_MIN_PAGES", 1)
    shutil.copy(SEED, project / "seeds" / SEED.name)
    settings = Settings.for_root(project, jobs=2)
    build(settings)
    before = tree_digest(project / "site")
    from mkdocs.commands import build as mkdocs_commands

    original = mkdocs_commands._build_page

    def warn_on_odd_pages(page, config, doc_files, nav, env, dirty=False, excluded=False):  # type: ignore[no-untyped-def]
        if [f.page for f in doc_files].index(page) % 2 == 1:
            logging.getLogger("mkdocs.commands.build").warning("a warning while writing %s", page.file.src_uri)
        return original(page, config, doc_files, nav, env, dirty, excluded)

    monkeypatch.setattr(mkdocs_commands, "_build_page", warn_on_odd_pages)
    (project / ".cache" / "last-build.txt").unlink()
    with pytest.raises(BuildError, match="page-writing process"):
        build(settings)
    assert tree_digest(project / "site") == before, "the failed build left the last good site in place"


def test_rendered_static_files_are_linked_not_copied_and_theme_files_are_copied(project: Path) -> None:
    result = build(seed_project(project))
    [article] = result.articles
    published = project / "site" / "records" / f"{article.id}.yaml"
    rendered = project / "site_src" / "records" / f"{article.id}.yaml"
    assert published.read_bytes() == rendered.read_bytes()
    assert published.stat().st_ino == rendered.stat().st_ino  # one file, two names
    theme_css = next((project / "site" / "assets" / "stylesheets").glob("main.*.min.css"))
    assert theme_css.stat().st_nlink == 1, "a theme file must not share its inode with the installed package"
