"""Issue 8, atomic and recoverable output: a build that is killed, or fails in mkdocs, leaves
the previous site/ and site_src/ byte-identical; a damaged cache entry is never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import generator.build as build_module
from generator.build import build
from generator.config import Settings

from .fixtures.hostile.corpus import BENIGN_BODY, ROOT

BIG = 80  # articles: enough that a build takes a few seconds
CITIES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar", "Padang"]
GIVEN = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Wati", "Joko", "Rina", "Andi", "Putri"]
FAMILY = ["Santoso", "Wijaya", "Hartono", "Lestari", "Saputra", "Kusuma", "Halim", "Gunawan"]


def synthetic_article(n: int) -> str:
    """A distinct, plausible article (made up) so every file is a briefing."""
    city = CITIES[n % len(CITIES)]
    person = f"{GIVEN[n % len(GIVEN)]} {FAMILY[(n // len(GIVEN)) % len(FAMILY)]}"
    other = f"{GIVEN[(n + 3) % len(GIVEN)]} {FAMILY[(n + 5) % len(FAMILY)]}"
    return (
        f"Council story number {n} from {city}\n\n"
        f"{city.upper()} - The city council of {city} approved budget plan {n} for public transport on "
        f"Monday, officials said.\n"
        f"\u201cWe will build {n % 7 + 2} new bus lines before the end of the year,\u201d said {person}, head of the "
        f"transport agency in {city}.\n"
        f"{other}, a member of the council, said the plan still needs approval from the national government.\n"
        f"Critics say the budget of {n * 13 % 900 + 100} billion rupiah is too small for a city of this size, "
        "and that commuters will keep waiting for years.\n"
    )


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def snapshot(project: Path) -> tuple[dict[str, str], dict[str, str]]:
    return tree_digest(project / "site"), tree_digest(project / "site_src")


def cli(project: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "generator", "build", "--root", str(project), *args]


def good_site(project: Path) -> tuple[dict[str, str], dict[str, str]]:
    (project / "seeds" / "first.txt").write_text("First story\n\n" + BENIGN_BODY, encoding="utf-8")
    result = build(Settings.for_root(project, jobs=1))
    assert result.published
    return snapshot(project)


# --- killed builds --------------------------------------------------------------------------------


def _kill_after(project: Path, wait_for: str | None, delay: float) -> str:
    """Start a build, wait for a stage's log line (or a delay), SIGKILL its process group."""
    proc = subprocess.Popen(
        cli(project, "--no-cache", "--jobs", "2"),
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True,
    )
    seen = []
    try:
        if wait_for is not None:
            assert proc.stderr is not None
            for line in proc.stderr:
                seen.append(line)
                if wait_for in line:
                    break
        time.sleep(delay)
        assert proc.poll() is None, "the build finished before it could be killed: make the corpus bigger\n" + (
            "".join(seen))
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    return "".join(seen)


@pytest.fixture
def big_project(project: Path) -> tuple[Path, tuple[dict[str, str], dict[str, str]]]:
    before = good_site(project)
    for n in range(BIG):
        (project / "seeds" / f"story-{n:03d}.txt").write_text(synthetic_article(n), encoding="utf-8")
    return project, before


@pytest.mark.parametrize(("wait_for", "delay"), [(None, 1.5), ("extract", 0.3)], ids=["in-extract", "in-render"])
def test_sigkill_mid_build_leaves_the_previous_site_byte_identical(
    big_project: tuple[Path, Any], wait_for: str | None, delay: float
) -> None:
    project, before = big_project
    _kill_after(project, wait_for, delay)
    assert snapshot(project) == before
    if wait_for is not None:  # and the next build recovers: it publishes everything
        again = build(Settings.for_root(project, jobs=2))
        assert again.published and len(again.articles) == BIG + 1


def test_a_killed_builds_staging_folder_is_cleaned_up_by_the_next_build(project: Path) -> None:
    good_site(project)
    stale = project / ".build-killed0"  # what a SIGKILLed build leaves (see _kill_after)
    (stale / "site").mkdir(parents=True)
    (stale / "site" / "index.html").write_text("half", encoding="utf-8")
    build(Settings.for_root(project, jobs=1))
    assert not stale.exists()


# --- failures inside mkdocs --------------------------------------------------------------------


def _break_nav(project: Path) -> None:
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("nav:\n", "nav:\n  - Missing: no-such-page.md\n", 1)
    assert "no-such-page.md" in config
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")


def _break_template(project: Path) -> None:
    (project / "templates" / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block extrahead %}{{ broken( }}{% endblock %}\n', encoding="utf-8"
    )


def _break_plugin(project: Path) -> None:
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config + "\nmarkdown_extensions:\n  - no_such_extension_xyz\n",
                                        encoding="utf-8")


@pytest.mark.parametrize("breaker", [_break_nav, _break_template, _break_plugin], ids=lambda f: f.__name__[1:])
def test_failing_mkdocs_leaves_the_previous_site_and_exits_1(project: Path, breaker: Any) -> None:
    before = good_site(project)
    (project / "seeds" / "second.txt").write_text("Second story\n\n" + BENIGN_BODY + "More.\n", encoding="utf-8")
    breaker(project)
    done = subprocess.run(cli(project), cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 1, done.stderr[-3000:]
    assert snapshot(project) == before
    assert not [p for p in project.iterdir() if p.name.startswith(".build-")], "staging folder left behind"


def test_a_broken_theme_template_is_a_one_line_error(project: Path) -> None:
    good_site(project)
    _break_template(project)
    done = subprocess.run(cli(project), cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr[-1500:]
    assert "theme template error" in done.stderr


def test_a_failure_during_the_swap_leaves_both_folders_as_they_were(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = good_site(project)
    (project / "seeds" / "second.txt").write_text("Second story\n\n" + BENIGN_BODY + "More.\n", encoding="utf-8")
    real_replace = Path.replace

    def flaky(self: Path, target: Path) -> Path:
        # the staged site/ is the second folder moved into place: fail exactly there
        if self.name == "site" and self.parent.name.startswith(build_module.STAGING_PREFIX):
            raise OSError("disk full (simulated)")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", flaky)
    with pytest.raises(OSError):
        build(Settings.for_root(project, jobs=1))
    monkeypatch.undo()
    assert snapshot(project) == before


# --- the record cache -----------------------------------------------------------------------------


def _cache_entries(project: Path) -> list[Path]:
    return sorted(p for p in (project / ".cache" / "records").rglob("*.json") if not p.name.startswith("."))


def test_a_truncated_cache_entry_is_detected_and_rebuilt(project: Path) -> None:
    good_site(project)
    first = tree_digest(project / "site_src")
    [entry] = _cache_entries(project)
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) // 2])
    result = build(Settings.for_root(project, jobs=1))
    assert result.published and len(result.articles) == 1 and not result.problems
    assert tree_digest(project / "site_src") == first
    json.loads(entry.read_text(encoding="utf-8"))  # rewritten whole


def test_a_tampered_cache_entry_is_not_trusted(project: Path) -> None:
    good_site(project)
    first = tree_digest(project / "site_src")
    [entry] = _cache_entries(project)
    payload = json.loads(entry.read_text(encoding="utf-8"))
    payload["record"]["title"] = "<script>alert('poisoned cache')</script>"
    entry.write_text(json.dumps(payload), encoding="utf-8")
    build(Settings.for_root(project, jobs=1))
    assert tree_digest(project / "site_src") == first


@pytest.mark.parametrize("damage", ["empty", "binary", "not-an-object", "directory"])
def test_a_damaged_cache_entry_never_loses_the_article(project: Path, damage: str) -> None:
    good_site(project)
    first = tree_digest(project / "site_src")
    [entry] = _cache_entries(project)
    if damage == "empty":
        entry.write_bytes(b"")
    elif damage == "binary":
        entry.write_bytes(b"\xff\xfe\x00garbage\x89PNG")
    elif damage == "not-an-object":
        entry.write_text("[1, 2, 3]", encoding="utf-8")
    else:
        entry.unlink()
        entry.mkdir()
    result = build(Settings.for_root(project, jobs=1))
    assert len(result.articles) == 1, result.problems
    assert tree_digest(project / "site_src") == first


def test_no_temporary_files_are_left_in_the_cache(project: Path) -> None:
    good_site(project)
    shutil.rmtree(project / "site")
    build(Settings.for_root(project, jobs=1, use_cache=False))
    entries = list((project / ".cache").rglob("*.json"))
    leftovers = [p for p in (project / ".cache" / "records").rglob("*") if p.is_file() and p.suffix != ".json"]
    assert entries and not leftovers


def test_a_cache_entry_is_private_and_replaces_a_stale_temporary_file(tmp_path: Path) -> None:
    from generator.extract import extract_article
    from generator.read import Document
    from generator.store import RecordCache

    text = 'JAKARTA - Menteri mengatakan ekonomi tumbuh. "Kami optimistis," kata Sri Mulyani.'
    article = extract_article(Document(Path("a.txt"), "a.txt", "txt", "0" * 64, text))
    cache = RecordCache(tmp_path / "cache", "v1")
    entry = cache._path(cache.key(article.source.path, article.source.sha256))
    entry.parent.mkdir(parents=True)
    stale = Path(f"{entry}.{os.getpid()}.tmp")
    stale.write_text("left by a crash")
    cache.put(article)
    assert not stale.exists()
    assert entry.stat().st_mode & 0o777 == 0o600
    hit = cache.get(article.source.path, article.source.sha256)
    assert hit is not None and hit[0] == article
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]
