"""Extraction gives the same record in every process (hash seeds differ per process).

yake_rust iterates Rust hash maps whose seed changes from process to process,
so determinism has to be checked across processes, not within one.
"""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT, SHARED, shared_or_skip

SCRIPT = """
import json, sys
from pathlib import Path
from generator.keywords import extract_keywords
texts = [("id", json.loads(line)["text"]) for line in open(sys.argv[1], encoding="utf-8")][:150]
texts += [("en", p.read_text(encoding="utf-8", errors="replace"))
          for p in sorted(Path(sys.argv[2]).glob("*.txt"))[:150]]
print(json.dumps([[(k.phrase, k.score) for k in extract_keywords(t, lang)] for lang, t in texts]))
"""


def _run() -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(SHARED / "corpus/indosum/articles.jsonl"),
         str(SHARED / "corpus/bbc-news/business")],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )
    return done.stdout


def test_keywords_are_identical_across_processes() -> None:
    shared_or_skip("corpus", "indosum", "articles.jsonl")
    first, second = _run(), _run()
    assert len(json.loads(first)) == 300
    assert first == second


def test_seed_record_is_identical_across_processes() -> None:
    argv = [sys.executable, "-m", "generator", "extract", "seeds/000_a39adbfaad0e280e.txt"]
    runs = {subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=True).stdout for _ in range(3)}
    assert len(runs) == 1
