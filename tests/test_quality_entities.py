"""Quality floor for people and countries, scored against eval/gold/entities.jsonl.

Floors sit slightly below the measured values (see eval/score_entities.py);
raise them when the extractor improves, never lower them silently.
Skips when ../shared (the corpus) or the gold file is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.score_entities import DEFAULT_GOLD, DEFAULT_SHARED, Corpus, Report, load_gold, score

SHARED = Path(DEFAULT_SHARED)

# Measured 2026-11-29 on 45 articles (25 id, 20 en), after the issue-4 rules:
# people P 0.925 R 0.937 (en 0.972/0.972, id 0.847/0.878);
# countries P 0.989 R 0.968 (en 0.979/0.940, id 1.000/1.000).
# (Before: people P 0.852 R 0.825.) The people rules were tuned while reading
# this gold set's errors, so expect lower figures on unseen articles.
# Re-measured after the held-out generalisation pass (rules drawn from reading
# unlabelled indosum articles): people P 0.933 R 0.937 (id 0.868/0.878);
# countries unchanged. people.id precision floor raised 0.84 -> 0.86.
FLOORS = {
    ("people", "all"): (0.92, 0.93),
    ("people", "en"): (0.96, 0.96),
    ("people", "id"): (0.86, 0.87),
    ("countries", "all"): (0.98, 0.96),
    ("countries", "en"): (0.97, 0.93),
    ("countries", "id"): (0.99, 0.99),
}

pytestmark = pytest.mark.skipif(
    not (SHARED / "corpus").is_dir() or not DEFAULT_GOLD.is_file(),
    reason="needs ../shared/corpus and eval/gold/entities.jsonl",
)


@pytest.fixture(scope="module")
def report() -> Report:
    return score(load_gold(DEFAULT_GOLD), Corpus(SHARED))


@pytest.mark.parametrize(("kind", "language"), sorted(FLOORS))
def test_floor(report: Report, kind: str, language: str) -> None:
    counts = report.counts(kind, language)
    p_floor, r_floor = FLOORS[(kind, language)]
    assert counts.precision >= p_floor, f"{kind}.{language} precision {counts.precision:.3f}"
    assert counts.recall >= r_floor, f"{kind}.{language} recall {counts.recall:.3f}"


def test_every_gold_article_found(report: Report) -> None:
    assert report.docs == len(load_gold(DEFAULT_GOLD))


def test_speed(report: Report) -> None:
    # a few ms per article; generous to stay stable on a loaded CI machine
    assert report.ms_per_doc < 50


# Development set 2 (30 Indonesian articles, eval/gold/entities_dev2.jsonl).
# Measured after the dev2 pass of issue 4: people P 0.950 R 0.950; countries
# P 1.000 R 0.976 (before: people 0.747/0.775, countries 0.951/0.951). The
# rules were written while reading these misses, so this pins them, nothing more.
DEV2_GOLD = DEFAULT_GOLD.with_name("entities_dev2.jsonl")
DEV2_FLOORS = {
    ("people", "id"): (0.93, 0.93),
    ("countries", "id"): (0.98, 0.95),
}


@pytest.fixture(scope="module")
def dev2_report() -> Report:
    if not DEV2_GOLD.is_file():
        pytest.skip("no eval/gold/entities_dev2.jsonl")
    return score(load_gold(DEV2_GOLD), Corpus(SHARED))


@pytest.mark.parametrize(("kind", "language"), sorted(DEV2_FLOORS))
def test_dev2_floor(dev2_report: Report, kind: str, language: str) -> None:
    counts = dev2_report.counts(kind, language)
    p_floor, r_floor = DEV2_FLOORS[(kind, language)]
    assert counts.precision >= p_floor, f"dev2 {kind}.{language} precision {counts.precision:.3f}"
    assert counts.recall >= r_floor, f"dev2 {kind}.{language} recall {counts.recall:.3f}"
