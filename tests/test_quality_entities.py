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
