"""Agreement between two independent labellings of the same Indonesian articles.

Usage::

    .venv/bin/python -m eval.agreement FIRST.jsonl SECOND.jsonl [--show]

Both files use the gold format of ``eval/gold/quotes_id*.jsonl``. The second labelling is scored
against the first exactly as the extractor is scored (``eval.score_quotes``): a quote matches when
the two spans share at least half of the longer one's tokens, and the speakers agree by the same
``same_speaker`` test (surname-only counts). The figures say how far two careful readers agree, so
they bound what the extractor's scores can mean.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.score_quotes import Doc, GoldQuote, indonesian_docs, match, same_speaker


@dataclass(frozen=True)
class Label:
    """One labelled quote of the second file, in the shape ``match`` expects of a prediction."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True)
class Agreement:
    first: int  # quotes in the first labelling
    second: int  # quotes in the second labelling
    matched: int
    speakers_scored: int  # matched quotes whose first speaker is a name or null
    speakers_same: int
    differences: tuple[tuple[str, str, str | None, str | None], ...]  # (id, excerpt, first, second)

    @property
    def precision(self) -> float:
        return self.matched / self.second if self.second else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.first if self.first else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_agreement(self) -> float:
        return self.speakers_same / self.speakers_scored if self.speakers_scored else 1.0


def _rows(path: Path) -> dict[tuple[str, str], list[dict[str, Any]]]:
    rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            rows[(rec["corpus"], rec["id"])] = rec["quotes"]
    return rows


def agreement(first: Path, second: Path) -> Agreement:
    """Score ``second`` against ``first`` on the articles both files label."""
    others = _rows(second)
    n_first = n_second = matched = scored = same = 0
    differences: list[tuple[str, str, str | None, str | None]] = []
    for doc in indonesian_docs(first):
        theirs = others.get((doc.corpus, doc.id))
        if theirs is None:
            continue
        labels = [Label(q["start"], q["end"], q.get("speaker")) for q in theirs if q.get("kind", "direct") == "direct"]
        n_first += len(doc.gold)
        n_second += len(labels)
        for pair in match(doc, labels):  # type: ignore[arg-type]  # Label has the fields match reads
            if pair.gold is None or pair.pred is None:
                continue
            matched += 1
            gold: GoldQuote = pair.gold
            if gold.scorable not in ("named", "null"):
                continue
            scored += 1
            if same_speaker(pair.pred.speaker, gold.speaker):
                same += 1
            else:
                differences.append((doc.id, _excerpt(doc, gold), gold.speaker, pair.pred.speaker))
    return Agreement(n_first, n_second, matched, scored, same, tuple(differences))


def _excerpt(doc: Doc, gold: GoldQuote) -> str:
    return doc.text[gold.start : min(gold.end, gold.start + 60)].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--show", action="store_true", help="list the quotes whose speakers differ")
    args = parser.parse_args(argv)
    result = agreement(args.first, args.second)
    sys.stdout.write(
        f"quotes {result.first} / {result.second}, matched {result.matched}: "
        f"P {result.precision:.3f} R {result.recall:.3f} F1 {result.f1:.3f}; "
        f"speaker agreement {result.speaker_agreement:.3f} ({result.speakers_same}/{result.speakers_scored})\n"
    )
    if args.show:
        for rid, excerpt, a, b in result.differences:
            sys.stdout.write(f"- {rid}: {excerpt!r}: {a!r} / {b!r}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
