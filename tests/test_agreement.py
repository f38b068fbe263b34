"""eval.agreement: a second labelling scored against a first, as the extractor is scored."""

from __future__ import annotations

import json
from pathlib import Path

from eval.agreement import agreement
from tests.gold_checks import GOLD_DIR, gold_rows, needs_corpus

FIRST = GOLD_DIR / "quotes_id_dev21.jsonl"


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@needs_corpus
def test_a_labelling_agrees_with_itself() -> None:
    found = agreement(FIRST, FIRST)
    result = found.result
    assert result.gold == result.predicted == result.matched > 0
    assert result.speaker_accuracy == 1.0 and found.differences == ()


@needs_corpus
def test_a_changed_speaker_and_a_dropped_quote_are_counted(tmp_path: Path) -> None:
    rows = gold_rows(FIRST)
    total = sum(len(r["quotes"]) for r in rows)
    labelled = [r for r in rows if len(r["quotes"]) >= 2]
    changed = labelled[0]["quotes"][0]
    changed["speaker"] = "Someone Else Entirely"
    labelled[1]["quotes"].pop()  # the second labeller missed a quote
    found = agreement(FIRST, _write(tmp_path / "second.jsonl", rows))
    result = found.result
    assert (result.gold, result.predicted, result.matched) == (total, total - 1, total - 1)
    assert result.speaker_scored == total - 1 and result.speaker_correct == total - 2
    assert [d[3] for d in found.differences] == ["Someone Else Entirely"]
    assert result.precision == 1.0
    assert result.recall == (total - 1) / total
