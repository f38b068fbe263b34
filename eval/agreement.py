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

from eval.score_quotes import Doc, GoldQuote, Result, indonesian_docs, labelled_quotes, match, same_speaker


@dataclass(frozen=True)
class Agreement:
    """The second labelling's figures against the first (``result.gold``: the first's quotes,
    ``result.predicted``: the second's), and the quotes whose speakers differ."""

    result: Result
    differences: tuple[tuple[str, str, str | None, str | None], ...]  # (id, excerpt, first, second)


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
    result = Result("id")
    differences: list[tuple[str, str, str | None, str | None]] = []
    for doc in indonesian_docs(first):
        theirs = others.get((doc.corpus, doc.id))
        if theirs is None:
            continue
        labels = labelled_quotes(theirs)
        result.docs += 1
        result.gold += len(doc.gold)
        result.predicted += len(labels)
        for pair in match(doc, labels):  # type: ignore[arg-type]  # a label has the fields match reads
            if pair.gold is None or pair.pred is None:
                continue
            result.matched += 1
            gold: GoldQuote = pair.gold
            if gold.scorable not in ("named", "null"):
                continue
            result.speaker_scored += 1
            if same_speaker(pair.pred.speaker, gold.speaker):
                result.speaker_correct += 1
            else:
                differences.append((doc.id, _excerpt(doc, gold), gold.speaker, pair.pred.speaker))
    return Agreement(result, tuple(differences))


def _excerpt(doc: Doc, gold: GoldQuote) -> str:
    return doc.text[gold.start : min(gold.end, gold.start + 60)].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--show", action="store_true", help="list the quotes whose speakers differ")
    args = parser.parse_args(argv)
    found = agreement(args.first, args.second)
    r = found.result
    sys.stdout.write(
        f"quotes {r.gold} / {r.predicted}, matched {r.matched}: "
        f"P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}; "
        f"speaker agreement {r.speaker_accuracy:.3f} ({r.speaker_correct}/{r.speaker_scored})\n"
    )
    if args.show:
        for rid, excerpt, a, b in found.differences:
            sys.stdout.write(f"- {rid}: {excerpt!r}: {a!r} / {b!r}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
