"""The writer owns an output folder: nothing is written outside it, nothing twice."""

from __future__ import annotations

import hashlib
import shutil
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
        self._hashes: dict[str, str] = {}

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
        if not target.resolve().is_relative_to(self.root.resolve()):
            raise BuildError(f"refusing to write outside the output folder: {relpath!r}")
        return target

    def write_text(self, relpath: str, content: str) -> None:
        self.write_bytes(relpath, content.encode("utf-8"))

    def write_bytes(self, relpath: str, content: bytes) -> None:
        target = self._check(relpath)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        self._hashes[relpath] = hashlib.sha256(content).hexdigest()

    def digest(self) -> str:
        """One hash of every path and content written: equal digests, identical trees."""
        whole = hashlib.sha256()
        for relpath in sorted(self._hashes):
            whole.update(f"{relpath}\0{self._hashes[relpath]}\n".encode())
        return whole.hexdigest()

    @property
    def written(self) -> list[str]:
        return sorted(self._written)


def replace_dir(new: Path, current: Path) -> None:
    """Swap the finished folder ``new`` into the place of ``current``.

    The old folder is renamed aside first and removed only after the new one
    is in place, so an interruption leaves either the old or the new tree.
    """
    old = current.with_name(f".{current.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if current.exists():
        current.replace(old)
    new.replace(current)
    if old.exists():
        shutil.rmtree(old)
