"""Fast unit tests of the benchmark's corpus generator and result writers (no timed builds)."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench import corpus, report
from bench.measure import descendants, parse_stages, process_memory, tree_size
from bench.run import parse_runs, parse_sizes, runs_for

KOMPAS_ROWS = [
    {"id": f"k{i}", "url": "", "source": "kompas", "title": f"Judul berita {i}", "date": "2019-01-21",
     "text": f"JAKARTA, KOMPAS.com - Bank itu mencatat 92 persen transaksi digital pada 2018 ke {i}. "
             "Peningkatan terjadi pada kanal m-banking."}
    for i in range(3)
]
INDOSUM_ROWS = [
    {"id": f"15049{i}-bocor-james-bond", "date_from_id": "2017-09-08T20:00:00Z",
     "title_from_slug": "bocor james bond", "source": "suara", "category": "showbiz",
     "text": f"Suara.com - Cerita sekuel {i} bocor.\n\nParagraf kedua.\n\nParagraf ketiga 2017.\n\nKeempat."}
    for i in range(3)
]
BBC = {
    "business/001.txt": "Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76% in 2004.\n\nMore.\n",
    "tech/002.txt": "Phones get smarter\n\nA first paragraph.\n\nA second one.\n\nA third, from 1999.\n",
}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A miniature ../shared with the three datasets the benchmark reads."""
    root = tmp_path / "shared"
    for rel, rows in ((corpus.KOMPAS, KOMPAS_ROWS), (corpus.INDOSUM, INDOSUM_ROWS)):
        path = root / "corpus" / rel
        path.parent.mkdir(parents=True)
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    for rel, text in BBC.items():
        path = root / "corpus" / corpus.BBC / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "corpus" / corpus.BBC / "sport").mkdir()
    (root / "corpus" / corpus.BBC / "sport" / "199.txt").write_bytes("Café title\n\nLatin-1 body é.\n".encode(
        "latin-1"))
    return root


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_sources_load_both_languages_and_latin1(shared: Path) -> None:
    sources = corpus.load_sources(shared)
    assert len(sources["id"]) == 6
    assert len(sources["en"]) == 3
    assert any("é" in s.text for s in sources["en"])
    assert {s.outlet for s in sources["id"]} == {"kompas", "suara"}


def test_missing_shared_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(corpus.CorpusUnavailable, match="benchmark corpus unavailable"):
        corpus.load_sources(tmp_path / "nowhere")


def test_generation_is_deterministic(shared: Path, tmp_path: Path) -> None:
    corpus.generate(120, tmp_path / "a", seed=3, shared=shared)
    corpus.generate(120, tmp_path / "b", seed=3, shared=shared)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    corpus.generate(120, tmp_path / "c", seed=4, shared=shared)
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_every_copy_has_its_own_path_and_hash(shared: Path, tmp_path: Path) -> None:
    entries = corpus.generate(300, tmp_path / "c", seed=1, shared=shared)
    files = _files(tmp_path / "c")
    assert len(files) == len(entries) == 300
    assert len({e.path for e in entries}) == 300
    assert len({hashlib.sha256(b).hexdigest() for b in files.values()}) == 300


def test_mix_of_languages_and_formats(shared: Path, tmp_path: Path) -> None:
    entries = corpus.generate(400, tmp_path / "c", seed=1, shared=shared)
    mix = corpus.mix(entries)
    assert 140 <= mix["language"]["id"] <= 260
    assert mix["language"]["id"] + mix["language"]["en"] == 400
    assert set(mix["format"]) == {"txt", "md", "html"}
    assert mix["format"]["txt"] > mix["format"]["md"] > mix["format"]["html"] > 0
    assert {e.variation for e in entries} == {"note", "shuffle", "number"}
    assert corpus.load_manifest(tmp_path / "c") == entries
    assert not (tmp_path / "c" / "manifest.json").exists()  # beside the corpus, not in it


def test_markdown_front_matter_and_html_shape(shared: Path, tmp_path: Path) -> None:
    entries = corpus.generate(200, tmp_path / "c", seed=2, shared=shared)
    md = next(e for e in entries if e.format == "md")
    text = (tmp_path / "c" / md.path).read_text(encoding="utf-8")
    _, header, body = text.split("---\n", 2)
    front = yaml.safe_load(header)
    assert front["title"] and front["date"] and front["outlet"]
    assert body.strip()
    page = next(e for e in entries if e.format == "html")
    html = (tmp_path / "c" / page.path).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>" in html and "<article>" in html and "<p>" in html and html.rstrip().endswith("</html>")


def test_variations_keep_the_text(shared: Path) -> None:
    source = corpus.load_sources(shared)["id"][3]  # four paragraphs
    rng = random.Random(0)
    for n in range(30):
        text, how = corpus.vary(source, rng, n)
        paras = corpus.paragraphs(text)
        assert f"nomor {n}:" in paras[-1]
        assert len(paras) == len(corpus.paragraphs(source.text)) + 1
        if how == "shuffle":
            assert paras[0] == corpus.paragraphs(source.text)[0]


def test_edit_one_changes_exactly_one_file(shared: Path, tmp_path: Path) -> None:
    entries = corpus.generate(50, tmp_path / "c", seed=2, shared=shared)
    before = _files(tmp_path / "c")
    edited = corpus.edit_one(tmp_path / "c", entries, random.Random(1), 0)
    after = _files(tmp_path / "c")
    assert [k for k in before if before[k] != after[k]] == [edited]


def test_parse_stages_and_sizes() -> None:
    log = "INFO: discover    0.01 s\nINFO: extract    12.34 s\nWARNING: x\nINFO: published 3 briefing(s)\n"
    assert parse_stages(log) == {"discover": 0.01, "extract": 12.34}
    assert parse_sizes("10000,1_000") == [1000, 10000]
    runs = parse_runs("3,10000=1")
    assert (runs_for(runs, 1000), runs_for(runs, 10000)) == (3, 1)
    assert runs_for(parse_runs("5"), 10000) == 5


def test_tree_size_and_own_memory(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 10)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b").write_bytes(b"y" * 5)
    apparent, disk, count = tree_size(tmp_path)
    assert (apparent, count) == (15, 2)
    assert disk >= 0
    if Path("/proc/self").exists():
        import os

        assert os.getpid() in descendants(os.getpid())
        assert process_memory(os.getpid())[0] > 0


def _run(seconds: float, rss: int = 100 * report.MIB, code: int = 0) -> dict[str, Any]:
    return {"seconds": seconds, "returncode": code, "peak_tree_pss": rss, "peak_tree_rss": 2 * rss,
            "maxrss_single": rss // 2,
            "stages": {"extract": seconds / 2, "mkdocs": seconds / 3}}


def _results(full_10k: float, nochange_10k: float, rss_10k: int) -> dict[str, Any]:
    return {
        "date": "2025-01-01T00:00:00+00:00", "cpu_count": 2, "python": "3.11.7", "platform": "Linux",
        "runs": 3, "command": "python -m bench",
        "sizes": {
            "1000": {"articles": 1000, "mix": {"language": {"en": 500, "id": 500}},
                     "full": [_run(7.0), _run(6.0), _run(8.0)], "nochange": [_run(2.0)], "edit": [_run(2.5)],
                     "site": {"disk_bytes": 50 * report.MIB, "files": 2000, "pages": 1003},
                     "search_payload": 40_960},
            "10000": {"articles": 10000, "mix": {},
                      "full": [_run(full_10k, rss_10k), _run(full_10k + 5, rss_10k), _run(9.0, code=1)],
                      "nochange": [_run(nochange_10k)], "edit": [_run(nochange_10k + 1)],
                      "site": {}, "search_payload": None},
        },
        "extraction": {"articles": 1000, "extraction_total": 12.0, "yake_total": 15.0,
                       "extraction_median_ms": 11.0, "yake_median_ms": 14.0, "parallel_seconds": 7.0,
                       "parallel_jobs": 2, "failures": 0, "ratio": 0.8, "median_ratio": 11 / 14},
    }


def test_checks_pass_and_fail() -> None:
    ok = {c.name: c for c in report.checks(_results(60.0, 10.0, report.GIB))}
    assert all(c.status == "pass" for c in ok.values())
    assert ok["full build of 10,000 from clean"].value == 62.5  # the failed run is left out
    assert ok["full build 10,000 / full build 1,000"].value == pytest.approx(62.5 / 7.0)
    bad = {c.name: c.status for c in report.checks(_results(100.0, 50.0, 2 * report.GIB))}
    assert bad == {
        "full build of 10,000 from clean": "FAIL",
        "no-change rebuild of 10,000 / full build": "FAIL",
        "full build 10,000 / full build 1,000": "FAIL",
        "extraction / plain python YAKE": "pass",
        "peak memory at 10,000 (tree PSS)": "FAIL",
    }


def test_checks_without_the_large_size_are_not_applicable() -> None:
    results = _results(60.0, 10.0, report.GIB)
    del results["sizes"]["10000"]
    del results["extraction"]
    assert {c.status for c in report.checks(results)} == {"n/a"}
    assert "n/a" in report.markdown(results)


def test_markdown_and_json_writers(tmp_path: Path) -> None:
    results = _results(60.0, 10.0, report.GIB)
    md_path, json_path = report.write(results, tmp_path)
    md = md_path.read_text(encoding="utf-8")
    assert "2 cores" in md
    assert "| 1,000 | 7.00 | 2.00 | 2.50 | 100 | 200 | 50 | 50 | 2000 | 1003 | 40.0 |" in md  # PSS, RSS, single
    assert "| full build of 10,000 from clean | 62.50 s | 90 s | pass |" in md
    assert "9.00!" in md  # a failed run is marked
    assert "| 1,000 | full | 3.50 | 2.33 |" in md  # stage medians
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert doc["cpu_count"] == 2
    assert doc["ratios"]["extraction_over_yake"] == 0.8
    assert doc["ratios"]["nochange_over_full_10000"] == pytest.approx(10.0 / 62.5)
    assert [t["status"] for t in doc["targets"]] == ["pass"] * 5
    assert doc["sizes"]["1000"]["full"][0]["seconds"] == 7.0  # raw runs kept


def test_throwaway_project_and_build_command(tmp_path: Path) -> None:
    from bench.run import REPO, Project

    project = Project(tmp_path / "size-5")
    project.create()
    assert (project.root / "mkdocs.yml").read_bytes() == (REPO / "mkdocs.yml").read_bytes()
    assert (project.root / "templates").is_dir()
    assert (project.root / "generator").resolve() == (REPO / "generator").resolve()
    (project.cache / "records").mkdir(parents=True)
    (project.site / "x").mkdir(parents=True)
    project.clean()
    assert not project.cache.exists() and not project.site.exists()
    assert not project.site_src.exists()
    argv = project.build_argv(2)
    assert argv[1:4] == ["-m", "generator", "build"]
    assert argv[argv.index("--seeds") + 1] == str(project.seeds)
    assert argv[-2:] == ["--jobs", "2"]


def test_merge_saved_runs(tmp_path: Path) -> None:
    from bench.run import merge

    small, big = _results(60.0, 10.0, report.GIB), _results(60.0, 10.0, report.GIB)
    del small["sizes"]["10000"]
    del big["sizes"]["1000"]
    del big["extraction"]
    (tmp_path / "a.json").write_text(report.to_json(small), encoding="utf-8")
    (tmp_path / "b.json").write_text(report.to_json(big), encoding="utf-8")
    merged = merge([tmp_path / "a.json", tmp_path / "b.json"])
    assert sorted(merged["sizes"]) == ["1000", "10000"]
    assert merged["extraction"]["ratio"] == 0.8
    assert len(merged["notes"]) == 2
    assert [c.status for c in report.checks(merged)] == ["pass"] * 5


def test_compare_report_gives_medians_and_the_ratio() -> None:
    import argparse

    from bench.compare import report

    args = argparse.Namespace(size=1000, pairs=2, jobs=2, old="aeadfff", new="WORKTREE")
    runs = {"old": [{"seconds": 30.0, "cpu": 50.0}, {"seconds": 34.0, "cpu": 54.0}],
            "new": [{"seconds": 20.0, "cpu": 40.0}, {"seconds": 24.0, "cpu": 42.0}]}
    text = report(args, runs, 2)  # type: ignore[arg-type]
    assert "| old | `aeadfff` | 32.0 s | 52.0 s | 30.0, 34.0 |" in text
    assert "new / old: wall 0.688, CPU 0.788" in text
