from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.writer import OutputTree, replace_dir


@pytest.mark.parametrize("bad", ["../x.md", "/etc/x", "a/../../x", ".hidden/x.md", "a/./b", ""])
def test_refuses_paths_outside_or_hidden(tmp_path: Path, bad: str) -> None:
    tree = OutputTree(tmp_path / "out")
    with pytest.raises(BuildError):
        tree.write_text(bad, "x")
    assert not (tmp_path / "x").exists()


def test_refuses_second_write(tmp_path: Path) -> None:
    tree = OutputTree(tmp_path)
    tree.write_text("a/b.md", "one")
    with pytest.raises(BuildError, match="twice"):
        tree.write_text("a/b.md", "two")
    assert (tmp_path / "a" / "b.md").read_text() == "one"


def test_unicode_and_spaces_are_fine(tmp_path: Path) -> None:
    tree = OutputTree(tmp_path)
    tree.write_text("dir with space/ünï.md", "ok")
    assert (tmp_path / "dir with space" / "ünï.md").read_text() == "ok"
    assert tree.written == ["dir with space/ünï.md"]


def test_replace_dir_swaps_and_removes_old(tmp_path: Path) -> None:
    current, new = tmp_path / "site", tmp_path / "new"
    current.mkdir()
    (current / "old.html").write_text("old")
    new.mkdir()
    (new / "new.html").write_text("new")
    replace_dir(new, current)
    assert sorted(p.name for p in current.iterdir()) == ["new.html"]
    assert not new.exists()
    assert not (tmp_path / ".site.old").exists()
