"""Two versions of the generator built side by side on one corpus: ``python -m bench.compare OLD NEW``.

This machine is shared and its speed drifts over a day, so a change is judged by
building the same corpus with both versions in turn, in one run: OLD, NEW, OLD,
NEW … (``--pairs``), each a full build from clean in a throwaway project, and
reporting each build's wall time, CPU time (the build and its workers) and
stage timings, with the medians and the ratio NEW / OLD.

OLD and NEW are git revisions (checked out with ``git worktree`` into the
workdir, removed afterwards) or ``WORKTREE`` for the working tree as it is.
The corpus is the benchmark's (``bench.corpus.generate``, same seed), made once.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import corpus as corpus_mod
from bench.measure import parse_stages
from bench.run import REPO

log = logging.getLogger("bench.compare")

WORKTREE = "WORKTREE"


def checkout(revision: str, dest: Path) -> Path:
    """The code of ``revision``: the working tree itself, or a detached worktree at ``dest``."""
    if revision == WORKTREE:
        return REPO
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(dest), revision], check=True)
    return dest


def build_once(code: Path, corpus: Path, project: Path, jobs: int) -> dict[str, object]:
    """One full build from clean of ``corpus`` by the generator in ``code``."""
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(code / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(code / "templates", project / "templates")
    env = dict(os.environ, PYTHONPATH=str(code))
    argv = [sys.executable, "-m", "generator", "build", "--root", str(project), "--seeds", str(corpus),
            "--jobs", str(jobs)]
    before, started = os.times(), time.perf_counter()
    done = subprocess.run(argv, cwd=project, env=env, stderr=subprocess.PIPE, text=True, check=False)
    seconds, after = time.perf_counter() - started, os.times()
    cpu = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    shutil.rmtree(project, ignore_errors=True)
    return {"seconds": seconds, "cpu": cpu, "returncode": done.returncode, "stages": parse_stages(done.stderr),
            "load": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__.splitlines()[0])
    parser.add_argument("old", help="git revision, or WORKTREE")
    parser.add_argument("new", help="git revision, or WORKTREE")
    parser.add_argument("--size", type=int, default=10_000, help="articles in the corpus (default 10000)")
    parser.add_argument("--pairs", type=int, default=2, help="builds of each version, alternating (default 2)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None, help="default: a new temporary folder")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="compare: %(message)s", stream=sys.stderr)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus-{args.size}"
    if not corpus.is_dir():
        corpus_mod.generate(args.size, corpus, seed=args.seed)
    versions = {"old": checkout(args.old, work / "old"), "new": checkout(args.new, work / "new")}
    runs: dict[str, list[dict[str, object]]] = {"old": [], "new": []}
    try:
        for pair in range(args.pairs):
            for name, code in versions.items():
                run = build_once(code, corpus, work / "project", args.jobs)
                runs[name].append(run)
                log.info("pair %d %-3s %7.1f s wall %7.1f s CPU  exit %s  %s", pair + 1, name, run["seconds"],
                         run["cpu"], run["returncode"], run["stages"])
    finally:
        for code in versions.values():
            if code != REPO:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(code)], check=False)
    print(report(args, runs, os.cpu_count() or 1))
    failed = any(r["returncode"] != 0 for rs in runs.values() for r in rs)
    return 1 if failed else 0


def report(args: argparse.Namespace, runs: dict[str, list[dict[str, object]]], cores: int) -> str:
    def median(name: str, key: str) -> float:
        return statistics.median(float(r[key]) for r in runs[name])  # type: ignore[arg-type]

    lines = [f"{args.size:,} articles, {args.pairs} alternating pairs, --jobs {args.jobs}, {cores} cores",
             "", "| version | revision | wall (median) | CPU (median) | wall of each build |",
             "| --- | --- | ---: | ---: | --- |"]
    for name, revision in (("old", args.old), ("new", args.new)):
        each = ", ".join(f"{float(r['seconds']):.1f}" for r in runs[name])  # type: ignore[arg-type]
        lines.append(f"| {name} | `{revision}` | {median(name, 'seconds'):.1f} s | {median(name, 'cpu'):.1f} s "
                     f"| {each} |")
    lines += ["", f"new / old: wall {median('new', 'seconds') / median('old', 'seconds'):.3f}, "
                  f"CPU {median('new', 'cpu') / median('old', 'cpu'):.3f}"]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
