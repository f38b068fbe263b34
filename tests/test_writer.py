from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.writer import OutputTree, recover_interrupted_swap, replace_dir, replace_dirs


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


def _tree(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "f.txt").write_text(name)
    return folder


def test_replace_dirs_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, site = _tree(tmp_path / "src", "old-src"), _tree(tmp_path / "site", "old-site")
    new_src, new_site = _tree(tmp_path / "n1", "new-src"), _tree(tmp_path / "n2", "new-site")
    real_replace = Path.replace

    def failing(self: Path, target: Path) -> Path:
        if self == new_site:
            raise OSError("disk full (simulated)")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    with pytest.raises(OSError):
        replace_dirs([(new_src, src), (new_site, site)])
    monkeypatch.undo()
    assert (src / "f.txt").read_text() == "old-src"
    assert (site / "f.txt").read_text() == "old-site"
    assert (new_src / "f.txt").read_text() == "new-src"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n1", "n2", "site", "src"]


def test_recover_restores_a_half_done_swap(tmp_path: Path) -> None:
    # killed after src was swapped but before site was: src is new, both olds remain
    _tree(tmp_path / ".src.old", "old-src")
    _tree(tmp_path / ".site.old", "old-site")
    _tree(tmp_path / "src", "new-src")
    recover_interrupted_swap([tmp_path / "src", tmp_path / "site"])
    assert (tmp_path / "src" / "f.txt").read_text() == "old-src"
    assert (tmp_path / "site" / "f.txt").read_text() == "old-site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "src"]


def test_recover_finishes_an_interrupted_clean_up(tmp_path: Path) -> None:
    _tree(tmp_path / "src", "new-src")
    _tree(tmp_path / ".src.trash", "old-src")
    recover_interrupted_swap([tmp_path / "src"])
    assert (tmp_path / "src" / "f.txt").read_text() == "new-src"
    assert not (tmp_path / ".src.trash").exists()


def test_a_symlink_planted_after_the_check_is_not_written_through(tmp_path: Path) -> None:
    from generator.writer import write_file

    tree = OutputTree(tmp_path / "out")
    [target] = tree.reserve(["a/page.md"])
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    target.parent.mkdir(parents=True)
    target.symlink_to(outside)
    with pytest.raises(OSError):
        write_file(target, b"overwrite")
    assert outside.read_text() == "keep"
