"""Score generator.entities against the hand-labelled gold set.

Usage::

    .venv/bin/python -m eval.score_entities [--gold eval/gold/entities.jsonl]
        [--shared ../shared] [--raw] [--details] [--json]

For every gold article the text is looked up in the shared corpus by corpus
and id, turned into a body the way the pipeline does it (read + metadata:
headline, dateline, credit and related-story lines removed; ``--raw`` skips
that and uses the text as stored) and given to ``extract_entities``. People
are compared by canonical full name (case-folded, whitespace and dots tidied)
and countries by ISO code. Precision and recall are micro-averaged over
(article, entity) pairs, overall and per language; a per-article macro
average is reported too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "eval" / "gold" / "entities.jsonl"
DEFAULT_SHARED = ROOT / ".." / "shared"

log = logging.getLogger("eval.score_entities")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], found: set[str]) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    people: dict[str, Counts] = field(default_factory=dict)  # language or "all" -> counts
    countries: dict[str, Counts] = field(default_factory=dict)
    macro: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    docs: int = 0
    seconds: float = 0.0
    details: list[dict[str, Any]] = field(default_factory=list)

    def counts(self, kind: str, language: str) -> Counts:
        table = self.people if kind == "people" else self.countries
        return table.setdefault(language, Counts())

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"docs": self.docs, "ms_per_doc": self.ms_per_doc}
        for kind, table in (("people", self.people), ("countries", self.countries)):
            for language, c in sorted(table.items()):
                out[f"{kind}.{language}"] = {
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
        for key, pairs in sorted(self.macro.items()):
            if pairs:
                out[f"macro.{key}"] = {
                    "precision": round(sum(p for p, _ in pairs) / len(pairs), 4),
                    "recall": round(sum(r for _, r in pairs) / len(pairs), 4),
                }
        return out

    @property
    def ms_per_doc(self) -> float:
        return round(1000 * self.seconds / self.docs, 3) if self.docs else 0.0


def norm_name(name: str) -> str:
    """Comparison key of a person's name: case-folded, dots and spacing tidied."""
    text = name.replace("’", "'").replace(".", " ")
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.casefold().split())


def load_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Corpus:
    """Article texts of ../shared by (corpus, id)."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self._jsonl: dict[str, dict[str, str]] = {}

    def text(self, corpus: str, rid: str) -> str | None:
        base = self.shared / "corpus" / corpus
        if corpus in ("kompas-kontan-bisnis-2019", "indosum"):
            return self._records(corpus).get(rid)
        if corpus == "seeds":
            path = self.shared / "seeds" / f"{rid}.txt"
        elif corpus == "bbc-news":
            path = base / f"{rid}.txt"
        elif corpus == "polnear":
            split, _, stem = rid.partition("/")
            path = base / split / "text" / f"{stem}.txt"
        elif corpus == "kpcrowd-dev":
            path = base / "docs" / f"{rid}.txt"
        else:
            return None
        if not path.is_file():
            return None
        data = path.read_bytes()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("latin-1")

    def _records(self, corpus: str) -> dict[str, str]:
        if corpus not in self._jsonl:
            table: dict[str, str] = {}
            with (self.shared / "corpus" / corpus / "articles.jsonl").open(encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    table[str(rec["id"])] = rec["text"]
            self._jsonl[corpus] = table
        return self._jsonl[corpus]


def pipeline_body(text: str, name: str) -> str:
    """The body the pipeline would give the entity stage (metadata cleaning)."""
    try:
        from generator.metadata import extract_metadata
        from generator.read import Document
        from generator.text import normalize_text
    except ImportError:  # metadata stage not there yet: score the raw text
        return text
    normal = normalize_text(text)
    doc = Document(
        path=Path(name),
        relpath=name,
        format="txt",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=normal,
    )
    try:
        return extract_metadata(doc).body
    except Exception as exc:
        log.warning("%s: metadata failed (%s); scoring the raw text", name, exc)
        return normal


def score(
    gold: Iterable[dict[str, Any]],
    corpus: Corpus,
    raw: bool = False,
    extract: Callable[[str, str], Any] | None = None,
) -> Report:
    if extract is None:
        from generator.entities import extract_entities

        extract = extract_entities
    report = Report()
    for language in ("id", "en"):  # load lexicons and gazetteers outside the timing
        extract("Warm-up text by John Smith.", language)
    for row in gold:
        text = corpus.text(row["corpus"], row["id"])
        if text is None:
            log.warning("%s %s: not found in the corpus; skipped", row["corpus"], row["id"])
            continue
        name = f"{row['corpus']}/{row['id']}"
        body = text if raw else pipeline_body(text, name)
        language = row["language"]
        started = time.perf_counter()
        entities = extract(body, language)
        report.seconds += time.perf_counter() - started
        report.docs += 1
        found_people = {norm_name(p.name) for p in entities.people}
        found_countries = {p.code for p in entities.places if p.kind == "country" and p.code}
        gold_people = {norm_name(p) for p in row["people"]}
        gold_countries = set(row["countries"])
        for language_key in (language, "all"):
            report.counts("people", language_key).add(gold_people, found_people)
            report.counts("countries", language_key).add(gold_countries, found_countries)
        for kind, g, f in (
            ("people", gold_people, found_people),
            ("countries", gold_countries, found_countries),
        ):
            c = Counts()
            c.add(g, f)
            report.macro.setdefault(kind, []).append((c.precision, c.recall))
        report.details.append(
            {
                "doc": name,
                "language": language,
                "people_missed": sorted(gold_people - found_people),
                "people_extra": sorted(found_people - gold_people),
                "countries_missed": sorted(gold_countries - found_countries),
                "countries_extra": sorted(found_countries - gold_countries),
            }
        )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--raw", action="store_true", help="score the stored text, no metadata cleaning")
    parser.add_argument("--details", action="store_true", help="list misses and extras per article")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    if not args.gold.is_file():
        log.error("no gold file at %s", args.gold)
        return 2
    if not (args.shared / "corpus").is_dir():
        log.error("no corpus at %s", args.shared / "corpus")
        return 2
    report = score(load_gold(args.gold), Corpus(args.shared), raw=args.raw)
    summary = report.summary()
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        _print_table(summary)
    if args.details:
        for row in report.details:
            if any(row[k] for k in row if k not in ("doc", "language")):
                print(json.dumps(row, ensure_ascii=False))
    return 0


def _print_table(summary: dict[str, Any]) -> None:
    print(f"docs: {summary['docs']}  ({summary['ms_per_doc']} ms per article)")
    print(f"{'':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for key, value in summary.items():
        if isinstance(value, dict) and "f1" in value:
            print(
                f"{key:16} {value['precision']:6.3f} {value['recall']:6.3f} {value['f1']:6.3f}"
                f" {value['tp']:5d} {value['fp']:5d} {value['fn']:5d}"
            )
    for key, value in summary.items():
        if key.startswith("macro."):
            print(f"{key:16} {value['precision']:6.3f} {value['recall']:6.3f}")


if __name__ == "__main__":
    sys.exit(main())
