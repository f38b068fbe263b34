"""Scratch folders: throwaway files of one build, kept in memory (tmpfs) when there is room.

Pagefind indexes the searchable pages from small HTML files written for it (one folder
per page, as the site's URLs). They are read once and deleted: on a disk file system,
creating and deleting some 20,000 folders and files costs seconds of journal work
that a memory file system does not. So they go to ``/dev/shm`` when it is a tmpfs
with room to spare (twice the estimate), and beside the staged site otherwise.

The folder is private (``mkdtemp``: mode 0700), named with the build's process id,
and removed when the build ends; one a killed build left behind is removed by the next
build, once its process is gone.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

MEMORY_ROOT = Path("/dev/shm")  # noqa: S108 - used only through mkdtemp (a new folder, mode 0700)
PREFIX = "briefings-scratch-"
#: What tmpfs takes per file and per folder at least (a page), on top of the text.
PER_FILE = 4096


def estimate(text_bytes: int, files: int) -> int:
    """Bytes a scratch folder of ``files`` files (each in its own folder) holding ``text_bytes`` needs."""
    return text_bytes + 2 * PER_FILE * files


def _free_bytes(folder: Path) -> int:
    try:
        stats = os.statvfs(folder)
    except OSError:
        return 0
    return stats.f_bavail * stats.f_frsize


def _usable(root: Path, need: int) -> bool:
    return (root.is_dir() and not root.is_symlink() and os.access(root, os.W_OK | os.X_OK)
            and _free_bytes(root) >= 2 * need)


def remove_stale(root: Path | None = None) -> None:
    """Scratch folders of builds whose process is gone (in ``root``, default :data:`MEMORY_ROOT`)."""
    root = root if root is not None else MEMORY_ROOT
    if not root.is_dir():
        return
    for folder in sorted(root.glob(f"{PREFIX}*")):
        pid = folder.name.removeprefix(PREFIX).split("-", 1)[0]
        if not pid.isdigit() or folder.is_symlink() or not folder.is_dir() or folder.stat().st_uid != os.getuid():
            continue
        if int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def scratch_folder(need: int, fallback_parent: Path, root: Path | None = None) -> Iterator[Path]:
    """A new empty private folder for about ``need`` bytes: in memory (``root``, default
    :data:`MEMORY_ROOT`) when there is room, else in ``fallback_parent``; removed with everything
    in it when the block ends."""
    root = root if root is not None else MEMORY_ROOT
    remove_stale(root)
    parent = root if _usable(root, need) else fallback_parent
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
    log.debug("scratch folder %s (about %.0f MiB)", folder, need / 2**20)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
