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

# Measured 2026-11-29 on 45 articles (25 id, 20 en):
# people P 0.852 R 0.825; countries P 0.989 R 0.968.
FLOORS = {
    ("people", "all"): (0.83, 0.80),
    ("people", "en"): (0.88, 0.81),
    ("people", "id"): (0.74, 0.78),
    ("countries", "all"): (0.97, 0.95),
    ("countries", "en"): (0.95, 0.92),
    ("countries", "id"): (0.97, 0.97),
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
    assert report.ms_per_doc < 100
