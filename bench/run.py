"""The benchmark's recipe: make corpora, build each several times, measure, report.

For each corpus size: generate the corpus outside the repository, make a throwaway
project (the real mkdocs.yml and templates/, its own .cache), then time, each
``runs`` times, a full build from clean, a no-change rebuild and a rebuild after
editing one article. Then extraction alone beside plain Python YAKE alone on the
smallest corpus. Results go to ``bench/results.md`` and ``bench/results.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import corpus as corpus_mod
from bench import report
from bench.measure import RunResult, count_pages, run_measured, tree_size

log = logging.getLogger("bench")

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (1_000, 10_000)
DEFAULT_QUERY = "Jakarta"


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"--sizes wants numbers separated by commas: {text!r}") from err
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"--sizes wants positive numbers: {text!r}")
    return sizes


def parse_runs(text: str) -> dict[int, int]:
    """``3`` or ``3,10000=1``: runs for every size (key 0) and for given sizes."""
    runs: dict[int, int] = {}
    try:
        for part in filter(None, (p.strip() for p in text.split(","))):
            size, _, count = part.rpartition("=")
            runs[int(size.replace("_", "")) if size else 0] = int(count)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"--runs wants N or N,SIZE=N: {text!r}") from err
    if any(n < 1 for n in runs.values()):
        raise argparse.ArgumentTypeError(f"--runs wants at least one run: {text!r}")
    runs.setdefault(0, 3)
    return runs


def runs_for(runs: dict[int, int], size: int) -> int:
    return runs.get(size, runs[0])


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench", description="Speed benchmark of the site build.")
    p.add_argument("--sizes", type=parse_sizes, default=list(DEFAULT_SIZES),
                   help="corpus sizes, comma-separated (default 1000,10000)")
    p.add_argument("--runs", type=parse_runs, default={0: 3},
                   help="runs of each measure, medians are reported: N for every size, or per size as "
                        "N,SIZE=N,... (e.g. 3,10000=1; default 3)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="extraction processes for the builds (default: core count)")
    p.add_argument("--workdir", type=Path, default=None,
                   help="where corpora and throwaway projects go (default: a new folder in the temp dir)")
    p.add_argument("--keep", action="store_true", help="keep the workdir afterwards")
    p.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    p.add_argument("--query", default=DEFAULT_QUERY, help=f"first search query (default {DEFAULT_QUERY!r})")
    p.add_argument("--extract-sample", type=int, default=1000,
                   help="articles of the smallest corpus for extraction vs YAKE (default 1000; 0 skips)")
    p.add_argument("--profile", action="store_true",
                   help="also profile one clean single-process build of the smallest corpus with cProfile")
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                   help="folder for results.md and results.json (default: bench/)")
    p.add_argument("--timeout", type=float, default=3600.0, help="seconds before a build is killed")
    p.add_argument("--merge", type=Path, nargs="+", default=None, metavar="JSON",
                   help="measure nothing: combine saved results.json files (e.g. a 1,000 and a 10,000 run) "
                        "into one report")
    return p


def merge(paths: list[Path]) -> dict[str, Any]:
    """One results document from several saved runs; later files win for the same size."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    merged: dict[str, Any] = {k: v for k, v in docs[0].items() if k not in ("targets", "ratios")}
    merged["sizes"], merged["notes"] = {}, []
    for path, doc in zip(paths, docs, strict=True):
        merged["sizes"].update(doc.get("sizes", {}))
        if doc.get("extraction"):
            merged["extraction"] = doc["extraction"]
        merged["notes"].extend(doc.get("notes") or [])
        merged["notes"].append(
            f"merged from {path.name}: `{doc.get('command')}` run on {doc.get('date')}, "
            f"commit {str(doc.get('commit'))[:12]}, sizes {', '.join(doc.get('sizes', {}))}, "
            f"{doc.get('runs')} run(s) each"
        )
    merged["runs"] = ", ".join(sorted({str(d.get("runs")) for d in docs}))
    merged["command"] = shlex.join(["python", "-m", "bench", "--merge", *(p.name for p in paths)])
    return merged


def snapshot(dest: Path) -> Path:
    """Freeze generator/, templates/ and mkdocs.yml into ``dest`` for the whole run.

    Teammates edit the working tree while a long benchmark runs; and the record
    cache is keyed by a digest of generator/'s code, so an edit between a full
    build and a no-change rebuild would turn the rebuild into a full re-extraction.
    Every build and the in-process extraction run on this copy instead.
    """
    if dest.exists():
        shutil.rmtree(dest)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "generator", dest / "generator", ignore=ignore)
    shutil.copytree(REPO / "templates", dest / "templates", ignore=ignore)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


#: Where builds take the code, templates and mkdocs.yml from (set to a snapshot by ``run``).
SOURCE = REPO


class Project:
    """A throwaway project folder for one corpus size."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.root = base / "project"
        self.seeds = base / "corpus"
        self.site = self.root / "site"
        self.site_src = self.root / "site_src"
        self.cache = self.root / ".cache"

    def create(self) -> None:
        """mkdocs.yml and templates/ copied; generator/ linked, for hooks mkdocs.yml may name there."""
        self.root.mkdir(parents=True, exist_ok=True)
        shutil.copy(SOURCE / "mkdocs.yml", self.root / "mkdocs.yml")
        if (self.root / "templates").exists():
            shutil.rmtree(self.root / "templates")
        shutil.copytree(SOURCE / "templates", self.root / "templates")
        link = self.root / "generator"
        if link.is_symlink():
            link.unlink()
        link.symlink_to(SOURCE / "generator", target_is_directory=True)

    def clean(self) -> None:
        for folder in (self.site, self.site_src, self.cache, *self.root.glob(".build-*")):
            if folder.exists():
                shutil.rmtree(folder)

    def build_argv(self, jobs: int, extra: tuple[str, ...] = ()) -> list[str]:
        return [sys.executable, *extra, "-m", "generator", "build", "--root", str(self.root),
                "--seeds", str(self.seeds), "--site-src", str(self.site_src), "--site", str(self.site),
                "--jobs", str(jobs)]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH")]))
    return env


def _build(project: Project, args: argparse.Namespace, label: str) -> dict[str, Any]:
    logfile = project.base / f"{label}.log"
    argv = project.build_argv(args.jobs)
    load_before = os.getloadavg()[0]
    result: RunResult = run_measured(argv, project.root, logfile, args.timeout, _env())
    status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode}), see {logfile}"
    log.info("  %-12s %7.2f s  tree PSS %5.0f MiB  RSS %5.0f MiB  %s", label, result.seconds,
             result.peak_tree_pss / report.MIB, result.peak_tree_rss / report.MIB, status)
    if result.returncode != 0:
        log.error("%s", result.stderr_tail)
    # the machine's 1-minute load before and after: other work on it inflates the timings
    return {**asdict(result), "load_before": load_before, "load_after": os.getloadavg()[0]}


def measure_size(size: int, base: Path, args: argparse.Namespace,
                 data: dict[str, Any], saved: Callable[[], object]) -> None:
    """Fill ``data`` with the measures of one size, calling ``saved`` after each build."""
    project = Project(base)
    log.info("corpus of %d articles in %s", size, project.seeds)
    entries = corpus_mod.generate(size, project.seeds, seed=args.seed)
    project.create()
    data.update({"articles": size, "mix": corpus_mod.mix(entries),
                 "full": [], "nochange": [], "edit": [], "edited": []})
    runs = runs_for(args.runs, size)
    data["runs"] = runs
    for i in range(runs):
        project.clean()
        data["full"].append(_build(project, args, f"full-{i + 1}"))
        saved()
    if any(r["returncode"] != 0 for r in data["full"]):
        log.error("full build of %d failed; skipping the rebuilds", size)
        return
    for i in range(runs):
        data["nochange"].append(_build(project, args, f"nochange-{i + 1}"))
        saved()
    rng = random.Random(f"edit:{args.seed}:{size}")
    for i in range(runs):
        data["edited"].append(corpus_mod.edit_one(project.seeds, entries, rng, i))
        data["edit"].append(_build(project, args, f"edit-{i + 1}"))
        saved()
    apparent, disk, files = tree_size(project.site)
    data["site"] = {"bytes": apparent, "disk_bytes": disk, "files": files, "pages": count_pages(project.site)}
    data["site_src_files"] = tree_size(project.site_src)[2]
    data["search_query"] = args.query
    data["search_payload"], data["search_note"] = search_payload(project.site, args.query)
    saved()


def search_payload(site: Path, query: str) -> tuple[int | None, str]:
    """Bytes a browser fetches for a first query, from generator.search when it exists."""
    try:
        from generator.search import first_query_payload  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None, "generator.search.first_query_payload is not available"
    try:
        return int(first_query_payload(site, query)), "generator.search.first_query_payload"
    except Exception as err:  # a report, not a test: note the failure and go on
        log.warning("first_query_payload failed: %s: %s", type(err).__name__, err)
        return None, f"first_query_payload failed: {type(err).__name__}: {err}"


def measure_extraction(base: Path, sample: int, jobs: int) -> tuple[dict[str, Any] | None, str]:
    try:
        from bench.extraction import compare
    except ImportError as err:
        return None, f"not measured: {err}"
    seeds = base / "corpus"
    entries = corpus_mod.load_manifest(seeds)[:sample]
    try:
        result = compare(seeds, entries, jobs)
    except ImportError as err:
        return None, f"not measured: the pipeline is incomplete ({err})"
    out = asdict(result)
    out["ratio"], out["median_ratio"] = result.ratio, result.median_ratio
    out["mix"] = corpus_mod.mix(entries)
    log.info("extraction %.2f s, plain YAKE %.2f s: ratio %.2f", result.extraction_total,
             result.yake_total, result.ratio or 0.0)
    return out, ""


def profile_build(base: Path, args: argparse.Namespace) -> str:
    """One clean build with --jobs 1 under cProfile; the top of the profile as text."""
    import io
    import pstats

    project = Project(base)
    project.clean()
    out = base / "build.prof"
    argv = project.build_argv(1, extra=("-m", "cProfile", "-o", str(out)))
    result = run_measured(argv, project.root, base / "profile.log", args.timeout, _env())
    if result.returncode != 0 or not out.exists():
        return f"profiled build failed (exit {result.returncode})"
    text = io.StringIO()
    stats = pstats.Stats(str(out), stream=text)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(30)
    summary = f"clean build, --jobs 1, {result.seconds:.1f} s under cProfile; stages {result.stages}\n"
    return summary + text.getvalue()


MEMORY_MEASURE = (
    "Peak tree PSS is the largest sum of the proportional set size (Pss in /proc/PID/smaps_rollup) over the "
    "build process and all its descendants, sampled every 0.1 s: a page shared by n processes counts 1/n in "
    "each, so the sum is the memory the build really holds; the target uses it. Peak tree RSS sums VmRSS "
    "instead, counting every shared page once per process that maps it: since mkdocs' pages are written by "
    "a process forked from the build (copy-on-write), this counts the build's own memory twice and is an "
    "upper bound. Peak single RSS is ru_maxrss from os.wait4: the largest single process (a lower bound)."
)


def source_state() -> dict[str, Any]:
    """The commit measured and how many files differ from it (read-only git calls)."""
    git = shutil.which("git")
    if git is None:
        return {"commit": None, "changed_files": None}
    try:
        head = subprocess.run([git, "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True)
        status = subprocess.run([git, "status", "--porcelain"], cwd=REPO, capture_output=True, text=True,
                                check=True)
    except (OSError, subprocess.CalledProcessError):
        return {"commit": None, "changed_files": None}
    return {"commit": head.stdout.strip(), "changed_files": len(status.stdout.splitlines())}


def run(args: argparse.Namespace) -> dict[str, Any]:
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-"))
    workdir = workdir.resolve()
    if workdir.is_relative_to(REPO):
        raise SystemExit(f"--workdir must be outside the repository ({REPO}): {workdir}")
    workdir.mkdir(parents=True, exist_ok=True)
    log.info("workdir %s", workdir)
    global SOURCE
    SOURCE = snapshot(workdir / "source")
    sys.path.insert(0, str(SOURCE))  # the in-process extraction imports the snapshot too
    results: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "command": shlex.join(["python", "-m", "bench", *sys.argv[1:]]),
        "runs": ", ".join(f"{runs_for(args.runs, n)} at {n:,}" for n in args.sizes),
        "jobs": args.jobs,
        "seed": args.seed,
        "memory_measure": MEMORY_MEASURE,
        **source_state(),
        "sizes": {},
        "notes": [],
    }
    try:
        for size in args.sizes:
            data: dict[str, Any] = {}
            results["sizes"][str(size)] = data
            # partial results survive an interrupted run
            measure_size(size, workdir / f"size-{size}", args, data, lambda: report.write(results, args.out))
        if args.extract_sample > 0:
            smallest = workdir / f"size-{args.sizes[0]}"
            results["extraction"], note = measure_extraction(smallest, args.extract_sample, args.jobs)
            if note:
                results["extraction_note"] = note
        if args.profile:
            profile = profile_build(workdir / f"size-{args.sizes[0]}", args)
            (args.out / "profile.txt").write_text(profile, encoding="utf-8")
            results["notes"].append(f"cProfile of one clean --jobs 1 build of {args.sizes[0]}: "
                                    f"{args.out / 'profile.txt'}")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="bench: %(message)s", stream=sys.stderr)
    if args.jobs < 1:
        log.error("--jobs must be at least 1")
        return 2
    if args.merge:
        results = merge(args.merge)
        report.write(results, args.out)
        sys.stdout.write(report.markdown(results) + "\n")
        return 0
    try:
        corpus_mod.load_sources()
    except corpus_mod.CorpusUnavailable as err:
        log.error("%s; nothing to benchmark", err)
        return 0  # a benchmark, not a test: a machine without ../shared skips it
    results = run(args)
    md, js = report.write(results, args.out)
    sys.stdout.write(report.markdown(results) + "\n")
    log.info("wrote %s and %s", md, js)
    return 0
