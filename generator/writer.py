"""The writer owns an output folder: nothing is written outside it, nothing twice."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path, PurePosixPath

from generator.errors import BuildError


class OutputTree:
    """Collects files for one output folder and writes them with checks.

    Paths are POSIX-style and relative; absolute paths, ``..`` parts, hidden
    parts and a second write to the same path are refused with BuildError.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._written: set[str] = set()
        self._safe_dirs: set[Path] = set()  # folders already resolved inside the root

    def _check(self, relpath: str) -> Path:
        raw_parts = relpath.split("/")
        pure = PurePosixPath(relpath)
        if pure.is_absolute() or not relpath or any(p in ("", ".", "..") for p in raw_parts):
            raise BuildError(f"refusing to write outside the output folder: {relpath!r}")
        if any(part.startswith(".") for part in pure.parts):
            raise BuildError(f"refusing to write a hidden path: {relpath!r}")
        key = pure.as_posix()
        if key in self._written:
            raise BuildError(f"refusing to write the same file twice in one build: {relpath!r}")
        self._written.add(key)
        target = self.root.joinpath(*pure.parts)
        # a symlinked folder or file inside the tree could lead out of it: resolve each folder
        # once (thousands of pages share one), and check the file itself is no symlink
        if target.parent not in self._safe_dirs:
            if not target.parent.resolve().is_relative_to(self.root.resolve()):
                raise BuildError(f"refusing to write outside the output folder: {relpath!r}")
            self._safe_dirs.add(target.parent)
        if target.is_symlink():
            raise BuildError(f"refusing to write through a symlink: {relpath!r}")
        return target

    def reserve(self, relpaths: list[str]) -> list[Path]:
        """Check every path now (the same checks as a write) and claim it; their targets, in order.

        For writing in worker processes: they write only the targets they were given.
        """
        return [self._check(relpath) for relpath in relpaths]

    def write_text(self, relpath: str, content: str) -> None:
        self.write_bytes(relpath, content.encode("utf-8"))

    def write_bytes(self, relpath: str, content: bytes) -> None:
        write_file(self._check(relpath), content)

    @property
    def written(self) -> list[str]:
        return sorted(self._written)


def write_file(target: Path, content: bytes) -> None:
    """Write ``content`` to a checked target (see :meth:`OutputTree.reserve`).

    A build writes tens of thousands of files into a few hundred folders: each folder is
    made once per process (remembered), and each file written with one ``open`` and ``write``.
    """
    make_folder(target.parent)
    try:
        fd = os.open(target, _CREATE, 0o666)
    except FileNotFoundError:  # the folder was removed since (another build in this process)
        make_folder(target.parent, again=True)
        fd = os.open(target, _CREATE, 0o666)
    try:
        write_all(fd, content)
    finally:
        os.close(fd)


def make_folder(folder: Path, again: bool = False) -> None:
    """Make ``folder`` and its parents, once per process; ``again`` when it was removed since."""
    if again or folder not in _MADE:
        folder.mkdir(parents=True, exist_ok=True)
        _MADE.add(folder)


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the open file ``fd`` (``os.write`` may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)  # checked targets: no symlink
#: Folders this process has made (or found) already.
_MADE: set[Path] = set()


def _aside(current: Path, kind: str) -> Path:
    return current.with_name(f".{current.name}.{kind}")


def replace_dirs(pairs: list[tuple[Path, Path]], background_cleanup: bool = False) -> None:
    """Swap finished folders ``(new, current)`` into place together: all of them, or none.

    Each current folder is first renamed aside to ``.NAME.old``; then the new
    folders are renamed into place. If anything fails, what was done is undone.
    Only when all are in place are the old folders renamed to ``.NAME.trash``
    and removed, so :func:`recover_interrupted_swap` can tell an unfinished
    swap (``.old`` left: restore it) from an unfinished clean-up (``.trash``).
    """
    aside: list[tuple[Path, Path]] = []
    placed: list[tuple[Path, Path]] = []
    try:
        for _new, current in pairs:
            old = _aside(current, "old")
            if old.exists():
                shutil.rmtree(old)
            if current.exists():
                current.replace(old)
                aside.append((current, old))
        for new, current in pairs:
            new.replace(current)
            placed.append((new, current))
    except BaseException:
        for new, current in reversed(placed):
            current.replace(new)
        for current, old in reversed(aside):
            old.replace(current)
        raise
    trash = []
    for current, old in aside:
        bin_ = _aside(current, "trash")
        if bin_.exists():
            shutil.rmtree(bin_)
        old.replace(bin_)
        trash.append(bin_)
    for bin_ in trash:
        if background_cleanup:
            remove_in_background(bin_)
        else:
            shutil.rmtree(bin_, ignore_errors=True)


def remove_in_background(folder: Path) -> None:
    """Delete ``folder`` in a detached process, so a big old site does not hold up the build.

    The folder is already out of the way (``.NAME.trash``); if the deletion is cut
    short, the next build's :func:`recover_interrupted_swap` removes what is left.
    """
    rm = shutil.which("rm")
    if rm is None:
        shutil.rmtree(folder, ignore_errors=True)
        return
    subprocess.Popen(
        [rm, "-rf", "--", str(folder)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


def replace_dir(new: Path, current: Path) -> None:
    """Swap one finished folder into place (see :func:`replace_dirs`)."""
    replace_dirs([(new, current)])


def recover_interrupted_swap(folders: list[Path]) -> None:
    """Undo a swap that a killed build left half done, and finish an interrupted clean-up."""
    if any(_aside(folder, "old").exists() for folder in folders):
        for folder in folders:
            old = _aside(folder, "old")
            if old.exists():
                if folder.exists():
                    shutil.rmtree(folder)
                old.replace(folder)
    for folder in folders:
        shutil.rmtree(_aside(folder, "trash"), ignore_errors=True)
