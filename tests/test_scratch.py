"""Scratch folders for the search pages: in memory when there is room, always removed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import generator.scratch as scratch
import generator.search as search
from generator.build import build
from generator.config import Settings

from .test_atomic import BIG, good_site, synthetic_article


def test_the_folder_goes_to_the_memory_root_when_there_is_room(tmp_path: Path) -> None:
    memory, disk = tmp_path / "memory", tmp_path / "disk"
    memory.mkdir()
    with scratch.scratch_folder(1000, disk, root=memory) as folder:
        assert folder.parent == memory and folder.name.startswith(f"{scratch.PREFIX}{os.getpid()}-")
        assert folder.stat().st_mode & 0o777 == 0o700  # private
        (folder / "a" / "b").mkdir(parents=True)
        (folder / "a" / "b" / "index.html").write_text("x", encoding="utf-8")
    assert list(memory.iterdir()) == []


def test_the_folder_falls_back_to_disk_without_room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memory, disk = tmp_path / "memory", tmp_path / "disk"
    memory.mkdir()
    monkeypatch.setattr(scratch, "_free_bytes", lambda folder: 1999)  # twice the need is 2000
    with scratch.scratch_folder(1000, disk, root=memory) as folder:
        assert folder.parent == disk
    assert list(disk.iterdir()) == [] and list(memory.iterdir()) == []


def test_without_a_memory_root_the_folder_is_on_disk(tmp_path: Path) -> None:
    with scratch.scratch_folder(10, tmp_path / "disk", root=tmp_path / "absent") as folder:
        assert folder.parent == tmp_path / "disk"


def test_the_folder_is_removed_when_the_block_fails(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), scratch.scratch_folder(10, tmp_path, root=tmp_path / "m") as folder:
        (folder / "page.html").write_text("x", encoding="utf-8")
        raise RuntimeError("the build failed")
    assert not folder.exists()


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_folders_of_finished_builds_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = tmp_path / f"{scratch.PREFIX}{_dead_pid()}-abc"
    live = tmp_path / f"{scratch.PREFIX}{os.getppid()}-abc"
    other = tmp_path / "someone-elses"
    for folder in (dead, live, other):
        (folder / "x").mkdir(parents=True)
    scratch.remove_stale(tmp_path)
    assert not dead.exists() and live.exists() and other.exists()


def test_a_build_indexes_its_search_pages_in_the_memory_root_and_leaves_nothing(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = tmp_path / "memory"
    memory.mkdir()
    monkeypatch.setattr(scratch, "MEMORY_ROOT", memory)
    used: list[Path] = []
    real = scratch.scratch_folder

    def spy(need: int, fallback_parent: Path, root: Path | None = None):  # type: ignore[no-untyped-def]
        manager = real(need, fallback_parent, root)
        folder = manager.__enter__()
        used.append(folder)
        return _Entered(manager, folder)

    monkeypatch.setattr("generator.build.scratch_folder", spy)
    indexed: list[Path] = []
    run_pagefind = search._run_pagefind

    def recording(site_dir: Path, *args: Any, **kwargs: Any) -> int:
        indexed.append(site_dir)
        assert any((site_dir / "briefings").iterdir())  # the pages Pagefind reads are there
        return run_pagefind(site_dir, *args, **kwargs)

    monkeypatch.setattr(search, "_run_pagefind", recording)
    good_site(project)
    for n in range(BIG // 4):
        (project / "seeds" / f"story-{n:03d}.txt").write_text(synthetic_article(n), encoding="utf-8")
    result = build(Settings.for_root(project, jobs=2))
    assert result.published and len(result.articles) == BIG // 4 + 1
    assert [folder.parent for folder in used] == [memory, memory]
    assert indexed and all(path.is_relative_to(used[-1]) for path in indexed[-1:])
    assert list(memory.iterdir()) == []  # removed after each build
    assert (project / "site" / "pagefind" / "pagefind-entry.json").is_file()
    assert not [p for p in project.iterdir() if p.name.startswith(".build-")]


class _Entered:
    """A context manager already entered (so the test can see the folder it gave)."""

    def __init__(self, manager, folder: Path) -> None:  # type: ignore[no-untyped-def]
        self.manager, self.folder = manager, folder

    def __enter__(self) -> Path:
        return self.folder

    def __exit__(self, *exc: object) -> None:
        self.manager.__exit__(*exc)
