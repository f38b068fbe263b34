"""Run one build as a subprocess and measure it: wall time, peak memory, stage timings.

Memory is measured two ways, and the report says which is which:

* ``maxrss_single``: ``ru_maxrss`` from ``os.wait4`` on the build process. Linux
  reports the largest resident set of any *single* process in the tree (the build
  or one of its reaped workers), not their sum: a lower bound for the tree.
* ``peak_tree_rss``: the largest *sum* of VmRSS over the build process and all its
  descendants, sampled from ``/proc`` every ``interval`` seconds. Pages shared by
  forked workers are counted once per process, so this is an upper bound; a
  very short spike between two samples can be missed. ``peak_tree_pss`` (the
  proportional set size, shared pages split between sharers) is sampled beside it.

The memory target is checked against ``peak_tree_pss``: forked workers share most of their
pages with the process they were forked from, and RSS counts each shared page once per process.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

_STAGE = re.compile(r"^INFO: (\w+)\s+(\d+(?:\.\d+)?) s\s*$", re.MULTILINE)
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class RunResult:
    seconds: float
    returncode: int
    maxrss_single: int  # bytes
    peak_tree_rss: int  # bytes, 0 when /proc is unavailable
    peak_tree_pss: int  # bytes, 0 when unavailable
    peak_processes: int
    stages: dict[str, float] = field(default_factory=dict)
    #: the largest RSS seen of each process (bytes), largest first: which process holds the memory
    peak_by_process: list[tuple[str, int]] = field(default_factory=list)
    stderr_tail: str = ""


def parse_stages(stderr: str) -> dict[str, float]:
    """Stage timings from the build's INFO log (``INFO: extract   12.34 s``)."""
    stages: dict[str, float] = {}
    for name, seconds in _STAGE.findall(stderr):
        stages[name] = stages.get(name, 0.0) + float(seconds)
    return stages


def _children_map() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # the command name (field 2) may hold spaces and parentheses: split after the last ')'
        fields = stat[stat.rfind(")") + 2 :].split()
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from one scan of /proc."""
    tree = _children_map()
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(tree.get(current, []))
    return out


def command_line(pid: int) -> str:
    """A short label of a process: its command line, cut to 120 characters."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return f"pid {pid}"
    return raw.replace(b"\0", b" ").decode(errors="replace").strip()[:120] or f"pid {pid}"


def process_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes; PSS is 0 when smaps_rollup is unreadable."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1]) * 1024
            elif line.startswith("Pss:"):
                pss = int(line.split()[1]) * 1024
        return rss, pss
    except (OSError, ValueError, IndexError):
        pass
    try:
        rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        rss = 0
    return rss, 0


class TreeSampler(threading.Thread):
    """Samples the summed RSS/PSS of a process tree until stopped."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_processes = 0
        self.per_process: dict[int, tuple[str, int]] = {}
        self._stop_event = threading.Event()

    def sample(self) -> None:
        pids = descendants(self.pid)
        total_rss = total_pss = 0
        for pid in pids:
            rss, pss = process_memory(pid)
            total_rss += rss
            total_pss += pss
            if rss > self.per_process.get(pid, ("", 0))[1]:
                # read the command line again at each new peak: a wrapper may have exec'd a binary
                self.per_process[pid] = (command_line(pid), rss)
        self.peak_rss = max(self.peak_rss, total_rss)
        self.peak_pss = max(self.peak_pss, total_pss)
        self.peak_processes = max(self.peak_processes, len(pids))

    def run(self) -> None:
        if not Path("/proc").is_dir():
            return
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def run_measured(argv: list[str], cwd: Path, stderr_path: Path, timeout: float = 3600.0,
                 env: dict[str, str] | None = None) -> RunResult:
    """Run ``argv``, wait for it with ``os.wait4`` and sample its tree's memory meanwhile."""
    started = time.perf_counter()
    with stderr_path.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
    stderr = stderr_path.read_text(encoding="utf-8", errors="replace")
    return RunResult(
        seconds=seconds,
        returncode=proc.returncode,
        maxrss_single=usage.ru_maxrss * 1024,  # Linux reports kilobytes
        peak_tree_rss=sampler.peak_rss,
        peak_tree_pss=sampler.peak_pss,
        peak_processes=sampler.peak_processes,
        stages=parse_stages(stderr),
        peak_by_process=sorted(sampler.per_process.values(), key=lambda kv: -kv[1])[:5],
        stderr_tail="\n".join(stderr.splitlines()[-15:]),
    )


def tree_size(folder: Path) -> tuple[int, int, int]:
    """(bytes of file contents, disk usage like ``du -s`` in bytes, number of files)."""
    apparent = disk = count = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            st = (Path(dirpath) / name).lstat()
            apparent += st.st_size
            disk += st.st_blocks * 512
            count += 1
    return apparent, disk, count


def count_pages(site: Path) -> int:
    """HTML pages of the built site."""
    return sum(1 for _ in site.rglob("*.html")) if site.is_dir() else 0


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None
