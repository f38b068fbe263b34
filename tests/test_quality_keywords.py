"""Quality floors for keywords, measured by eval.score_keywords on ../shared.

Floors sit a little below the figures measured when they were set (see the
report in eval/score_keywords.py's output); never lower them silently.
Measured with `python -m eval.score_keywords` (250 KPCrowd articles, 200+200 hygiene articles):
ours P@10 0.3400 R@10 0.0843 F1@10 0.1298, multi-word share 0.56;
plain YAKE P@10 0.21, F1@10 0.081; hygiene ours 1.000 (id) and 1.000 (en), plain YAKE 0.599 / 0.578.
"""

from __future__ import annotations

from typing import Any

import pytest

from eval.score_keywords import CORPUS

pytestmark = pytest.mark.skipif(not (CORPUS / "kpcrowd-dev").is_dir(), reason="../shared corpus is absent")


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    from eval.score_keywords import evaluate

    return evaluate(docs=250, per_language=200, baseline_engine="rust")


def test_accuracy_floors(result: dict[str, Any]) -> None:
    ours = result["accuracy"]["ours"]
    base = result["accuracy"]["plain_yake"]
    assert ours["p"] >= 0.32
    assert ours["f1"] >= 0.122
    assert ours["p"] >= 1.25 * base["p"]
    assert ours["f1"] >= 1.25 * base["f1"]


def test_keeps_multiword_phrases(result: dict[str, Any]) -> None:
    assert result["accuracy"]["ours"]["multiword"] >= 0.50


@pytest.mark.parametrize("language", ["id", "en"])
def test_hygiene_floors(result: dict[str, Any], language: str) -> None:
    assert result["hygiene"][language]["ours"]["clean"] >= 0.98
