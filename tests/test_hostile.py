"""Issue 8, bad input: every broken file gets a one-line reason naming it, the build goes on,
every input is accounted for, the report page lists each problem, and paths stay inside the
output folders.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from generator.build import BuildResult, build
from generator.config import Settings
from generator.read import SUPPORTED

from .fixtures.hostile.corpus import (
    BENIGN_BODY,
    ROOT,
    bad_inputs,
    make_project,
    text_article,
    write,
    wrong_type_inputs,
)
from .test_injection import scan_html


class _Rows(HTMLParser):
    """The rows of the report page's problem table, as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows.append([])
        elif tag == "td" and self._in_body:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tbody":
            self._in_body = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def report_rows(site: Path) -> list[list[str]]:
    parser = _Rows()
    parser.feed((site / "report" / "index.html").read_text(encoding="utf-8"))
    return parser.rows


def run_cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(project), "--jobs", "2", *args],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=300,
    )


def inputs_of(seeds: Path) -> set[str]:
    return {p.relative_to(seeds).as_posix() for p in seeds.rglob("*") if p.is_file() or p.is_symlink()}


def assert_accounted(seeds: Path, result: BuildResult) -> None:
    """Every input file is a briefing or a listed problem (a test that sums them)."""
    inputs = inputs_of(seeds)
    published = {a.source.path for a in result.articles}
    listed = {p.path for p in result.problems if p.severity != "warning"}
    assert published.isdisjoint(listed), published & listed
    assert len(published) + len(listed) == len(inputs), (sorted(inputs - published - listed), sorted(listed - inputs))
    assert published | listed == inputs


# --- one build of every bad input, shared by the tests below ------------------------------------


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult, list[logging.LogRecord]]:
    root = make_project(tmp_path_factory.mktemp("bad") / "project")
    write(root / "seeds", {b.name: b.data for b in bad_inputs()})
    write(root / "seeds", wrong_type_inputs())
    (root / "seeds" / "good.txt").write_text("Good council story\n\n" + BENIGN_BODY, encoding="utf-8")
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(level=logging.WARNING)
    logging.getLogger().addHandler(handler)
    try:
        cwd = Path.cwd()
        os.chdir(root)  # a YAML tag that ran os.system would leave PWNED-BY-YAML here
        try:
            result = build(Settings.for_root(root, jobs=2))
        finally:
            os.chdir(cwd)
    finally:
        logging.getLogger().removeHandler(handler)
    return root, result, records


def test_the_build_goes_on_and_publishes_the_good_files(bad_build: Any) -> None:
    root, result, _logs = bad_build
    assert result.published
    assert "good.txt" in {a.source.path for a in result.articles}
    assert (root / "site" / "index.html").is_file()


@pytest.mark.parametrize("bad", bad_inputs(), ids=lambda b: b.name)
def test_each_bad_input_gets_a_one_line_reason_naming_it(bad_build: Any, bad: Any) -> None:
    _root, result, logs = bad_build
    problems = [p for p in result.problems if p.path == bad.name]
    published = [a for a in result.articles if a.source.path == bad.name]
    assert problems or published, f"{bad.name} vanished"
    for problem in problems:
        assert "\n" not in problem.line() and problem.line().startswith(f"{bad.name}: ")
        assert "extraction failed" not in problem.reason, f"an extractor crashed on {bad.name}: {problem.reason}"
        logged = [r.getMessage() for r in logs if bad.name in r.getMessage()]
        assert logged, f"no log line names {bad.name}"
    if bad.reason is not None:
        assert problems, f"{bad.name} should have been refused ({bad.reason})"
        assert bad.reason in problems[0].reason.lower(), problems[0]


def test_yaml_tags_are_never_constructed(bad_build: Any) -> None:
    root, result, _logs = bad_build
    assert not (root / "PWNED-BY-YAML").exists()
    assert any(p.path == "yaml-tag.md" for p in result.problems)


@pytest.mark.parametrize("name", sorted(wrong_type_inputs()))
def test_wrong_type_front_matter_is_dropped_with_a_warning_naming_the_file(bad_build: Any, name: str) -> None:
    _root, result, logs = bad_build
    [article] = [a for a in result.articles if a.source.path == name]
    warnings = [r.getMessage() for r in logs if r.levelno >= logging.WARNING and name in r.getMessage()]
    assert warnings, f"no warning names {name}"
    assert all("\n" not in w for w in warnings)
    if name.startswith("date-"):
        assert article.date is None or article.date.startswith(("19", "20")), article.date
    if name == "title-number.md":
        assert article.title != "12345" and article.author is None


@pytest.mark.parametrize("name", sorted(wrong_type_inputs()))
def test_wrong_type_front_matter_is_listed_on_the_report(bad_build: Any, name: str) -> None:
    root, _result, _logs = bad_build
    assert any(row and name in row[0] for row in report_rows(root / "site"))


def test_every_input_is_a_briefing_or_a_listed_problem(bad_build: Any) -> None:
    root, result, _logs = bad_build
    assert_accounted(root / "seeds", result)


def test_report_page_lists_every_problem_with_its_reason(bad_build: Any) -> None:
    root, result, _logs = bad_build
    rows = report_rows(root / "site")
    listed = result.problems
    assert len(rows) >= len(listed)
    for problem in listed:
        assert any(row[0] == problem.path and problem.reason in " ".join(row) for row in rows), problem


def test_long_single_line_builds_or_is_refused_quickly(bad_build: Any) -> None:
    _root, result, _logs = bad_build
    [article] = [a for a in result.articles if a.source.path == "long-line.txt"] or [None]
    if article is not None:
        assert len(article.title) <= 300
        for q in article.quotes:
            assert article.body[q.start : q.end] == q.text


def test_unbalanced_quotes_keep_offsets_inside_the_body(bad_build: Any) -> None:
    _root, result, _logs = bad_build
    [article] = [a for a in result.articles if a.source.path == "unbalanced-quotes.txt"]
    for q in article.quotes:
        assert 0 <= q.start < q.end <= len(article.body) and article.body[q.start : q.end] == q.text


# --- size limit ---------------------------------------------------------------------------------


def test_file_over_the_default_5_mb_limit_is_refused(project: Path) -> None:
    big = project / "seeds" / "big.txt"
    with big.open("wb") as handle:
        handle.write(BENIGN_BODY.encode())
        handle.truncate(5_000_001)  # sparse: the size is checked before anything is read
    (project / "seeds" / "ok.txt").write_text("Ok story\n\n" + BENIGN_BODY, encoding="utf-8")
    result = build(Settings.for_root(project, jobs=1))
    [problem] = [p for p in result.problems if p.path == "big.txt"]
    assert "limit" in problem.reason and "5,000,000" in problem.reason
    assert_accounted(project / "seeds", result)


def test_size_limit_is_configurable_on_the_command_line(project: Path) -> None:
    (project / "seeds" / "article.txt").write_text("A story\n\n" + BENIGN_BODY, encoding="utf-8")
    done = run_cli(project, "--max-bytes", "100", "--strict")
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if "article.txt" in line]
    assert lines and "limit" in lines[0]
    assert build(Settings.for_root(project, jobs=1, max_bytes=100_000, strict=True)).published


# --- --strict, exit codes -----------------------------------------------------------------------


def test_strict_reports_every_problem_then_exits_1_without_publishing(project: Path) -> None:
    seeds = project / "seeds"
    write(seeds, {b.name: b.data for b in bad_inputs() if b.reason is not None})  # the slow ones are elsewhere
    (seeds / "good.txt").write_text("Good story\n\n" + BENIGN_BODY, encoding="utf-8")
    done = run_cli(project, "--strict")
    assert done.returncode == 1, done.stderr[-2000:]
    for bad in bad_inputs():
        if bad.reason is not None:
            assert any(line for line in done.stderr.splitlines() if bad.name in line), f"{bad.name} not reported"
    assert "Traceback" not in done.stderr
    assert not (project / "site").exists(), "--strict must not publish a site with problems"


def test_strict_without_problems_exits_0_and_the_report_says_so(project: Path) -> None:
    (project / "seeds" / "good.txt").write_text("Good story\n\n" + BENIGN_BODY, encoding="utf-8")
    done = run_cli(project, "--strict")
    assert done.returncode == 0, done.stderr[-2000:]
    assert report_rows(project / "site") == []


def test_non_strict_build_with_problems_exits_0_and_lists_them(project: Path) -> None:
    (project / "seeds" / "good.txt").write_text("Good story\n\n" + BENIGN_BODY, encoding="utf-8")
    (project / "seeds" / "empty.txt").write_bytes(b"")
    done = run_cli(project)
    assert done.returncode == 0, done.stderr[-2000:]
    assert [row[0] for row in report_rows(project / "site")] == ["empty.txt"]
    assert [line for line in done.stderr.splitlines() if "empty.txt: empty file" in line]


# --- slugs and duplicates -------------------------------------------------------------------------


def test_same_slug_gives_two_pages_with_distinct_stable_ids(project: Path) -> None:
    seeds = project / "seeds"
    (seeds / "one.md").write_text(text_article("Same Title!", BENIGN_BODY + "First version.\n"), encoding="utf-8")
    (seeds / "two.md").write_text(text_article("same title", BENIGN_BODY + "Second version.\n"), encoding="utf-8")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "one.md").write_text(text_article("Same title", BENIGN_BODY + "Third.\n"), encoding="utf-8")
    settings = Settings.for_root(project, jobs=1)
    first = build(settings)
    ids = {a.source.path: a.id for a in first.articles}
    assert len(ids) == 3 and len(set(ids.values())) == 3
    for article_id in ids.values():
        assert (project / "site" / "briefings" / article_id / "index.html").is_file()
    again = build(Settings.for_root(project, jobs=1, use_cache=False))
    assert {a.source.path: a.id for a in again.articles} == ids


def test_the_same_article_twice_is_published_once_and_reported(project: Path) -> None:
    seeds = project / "seeds"
    data = ("Duplicate story\n\n" + BENIGN_BODY).encode()
    (seeds / "a.txt").write_bytes(data)
    (seeds / "copies").mkdir()
    (seeds / "copies" / "a copy.txt").write_bytes(data)
    result = build(Settings.for_root(project, jobs=1))
    assert len(result.articles) == 1
    [dup] = [p for p in result.problems if p.severity == "duplicate"]
    published = result.articles[0].source.path
    assert dup.path != published and published in dup.reason
    assert_accounted(seeds, result)
    assert any(row[0] == dup.path for row in report_rows(project / "site"))
    assert len(list((project / "site" / "briefings").glob("*/index.html"))) == 1


# --- paths --------------------------------------------------------------------------------------

ODD_NAMES = [
    "with spaces in it.txt",
    "berita ñ 日本語 عربي.txt",
    "a..b.txt",
    "..starts-with-dots.txt",
    ".hidden.txt",
    "back\\..\\..\\slash.txt",
    "%2e%2e%2fencoded.txt",
    "-rf.txt",
    "new\nline.txt",
    "XSS900Q<img src=x onerror=alert(1)>.txt",
    "XSS901Q\"'><script>alert(1)<\\script>.md",
    "sub dir/.. /x.txt",
    "site/index.txt",
    "site_src/index.txt",
    "deep/ü/…/final.htm",
]


def _snapshot(folder: Path, skip: set[str]) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.relative_to(folder).parts[0] not in skip
    }


def test_odd_file_names_never_write_outside_the_output_folders(project: Path) -> None:
    seeds = project / "seeds"
    for i, name in enumerate(ODD_NAMES):
        body = BENIGN_BODY.replace("three new", f"{i + 3} new")
        if name.endswith(".htm"):
            write(seeds, {name: f"<html><body><article><p>{body}</p></article></body></html>".encode()})
        else:
            write(seeds, {name: f"Story number {i}\n\n{body}".encode()})
    outside_before = _snapshot(project.parent, {project.name})
    inside_before = _snapshot(project, {"seeds"})
    result = build(Settings.for_root(project, jobs=1))
    assert result.published
    assert _snapshot(project.parent, {project.name}) == outside_before
    new = _snapshot(project, {"seeds", "site", "site_src", ".cache"}) - inside_before
    assert not new, f"written outside site/, site_src/ and .cache/: {sorted(new)}"
    assert_accounted(seeds, result)
    assert any(p.path == ".hidden.txt" for p in result.problems)
    findings = []
    for page in (project / "site").rglob("*.html"):
        findings += [f"{page.name}: {f}" for f in scan_html(page.read_text(encoding="utf-8")).findings]
    assert not findings, findings[:10]


def test_symlinked_file_pointing_outside_the_seeds_is_refused(project: Path) -> None:
    outside = project.parent / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Secret story SECRETMARKER\n\n" + BENIGN_BODY, encoding="utf-8")
    (project / "seeds" / "good.txt").write_text("Good story\n\n" + BENIGN_BODY, encoding="utf-8")
    (project / "seeds" / "link.txt").symlink_to(secret)
    result = build(Settings.for_root(project, jobs=1))
    published = _published_text(project)
    assert "SECRETMARKER" not in published, "a file outside seeds/ was published through a symlink"
    assert any(p.path == "link.txt" for p in result.problems), "the symlink is not listed as refused"


def test_symlinked_folder_pointing_outside_the_seeds_is_refused_and_listed(project: Path) -> None:
    outside = project.parent / "outside-dir"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret story SECRETMARKER\n\n" + BENIGN_BODY, encoding="utf-8")
    (project / "seeds" / "good.txt").write_text("Good story\n\n" + BENIGN_BODY, encoding="utf-8")
    (project / "seeds" / "linked").symlink_to(outside, target_is_directory=True)
    result = build(Settings.for_root(project, jobs=1))
    assert "SECRETMARKER" not in _published_text(project)
    assert any(p.path.startswith("linked") for p in result.problems), "the symlinked folder vanished silently"


def test_symlink_inside_the_seeds_does_not_publish_twice(project: Path) -> None:
    (project / "seeds" / "good.txt").write_text("Good story\n\n" + BENIGN_BODY, encoding="utf-8")
    (project / "seeds" / "alias.txt").symlink_to(project / "seeds" / "good.txt")
    result = build(Settings.for_root(project, jobs=1))
    assert len(result.articles) == 1
    assert_accounted(project / "seeds", result)


def _published_text(project: Path) -> str:
    chunks = []
    for folder in (project / "site", project / "site_src"):
        if folder.exists():
            for p in folder.rglob("*"):
                if p.is_file() and p.suffix in {".html", ".md", ".yaml", ".json", ".xml"}:
                    chunks.append(p.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(chunks)


def test_supported_extensions_are_the_documented_ones() -> None:
    assert {".txt", ".md", ".html", ".htm"} <= SUPPORTED
