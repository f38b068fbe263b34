"""Score metadata extraction on the shared corpora.

Run: ``.venv/bin/python -m eval.score_metadata [--json]``

Corpora (``../shared/corpus``, never copied into the repo):

* ``kompas-kontan-bisnis-2019`` (gold: source, title, date)
* ``indosum`` (gold: source; ``date_from_id`` is a crawl timestamp, reported
  loosely)

Each article is fed to :func:`generator.metadata.extract_metadata` twice: as
its raw text (how the corpus stores it: no title) and, for kompas-kontan, as a
text file whose first line is the gold title (how users save articles), which
measures headline recognition. Figures:

* ``outlet_acc_shown``: outlet correct among articles whose lead shows an
  outlet (an alias of the gold outlet in the first 80 characters);
* ``outlet_invented``: an outlet given for an article whose lead shows none
  (``outlet_other``: one whose lead shows an outlet other than the gold
  one, e.g. a syndicated ``Malang (Kabarpas.com) -``, given as shown);
* ``dateline_found`` / ``dateline_grounded``: a dateline given when the lead
  shows an outlet, and the dateline literally present in the lead;
  ``dateline_invented``: a dateline given, for an article whose lead shows no
  outlet, that is not written in its first 60 characters;
* ``title_acc``: exact title (case- and space-insensitive) with the title line;
  ``title_overlap``: mean word-overlap F1 of the derived title without it;
* ``date_acc_stated``: date correct among articles whose text states the gold
  date (``d/m/yyyy`` or ``d Month yyyy``); ``date_wrong``: dates given that
  differ from gold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.metadata import Metadata, extract_metadata
from generator.outlets import OUTLETS, canonical_outlet
from generator.read import Document
from generator.text import normalize_text

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
KOMPAS_KONTAN = "kompas-kontan-bisnis-2019/articles.jsonl"
INDOSUM = "indosum/articles.jsonl"
_ID_MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_WORDS = re.compile(r"\w+")


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, ok: bool = True, example: str | None = None) -> None:
        self.counts[name] = self.counts.get(name, 0) + (1 if ok else 0)
        if not ok and example is not None:
            self.errors.setdefault(name, []).append(example)

    def ratio(self, hits: str, total: str) -> float | None:
        denominator = self.counts.get(total, 0)
        return round(self.counts.get(hits, 0) / denominator, 4) if denominator else None


def gold_outlet(source: str) -> str | None:
    """Canonical display form of a dataset ``source`` value."""
    return canonical_outlet(source) if source else None


def _aliases(outlet: str) -> list[str]:
    names = {key for key, value in OUTLETS.items() if value == outlet}
    names.add(outlet.lower())
    return sorted(n for n in names if len(n) >= 4 or n in {"ap", "afp"})


def shows_outlet(text: str, outlet: str | None) -> bool:
    if outlet is None:
        return False
    head = text[:80]
    return any(
        re.search(rf"(?<![\w.])(?i:{re.escape(alias)})(?:\s+[A-Za-z]{{2,10}}\))?\s*[-\u2013\u2014,)]", head)
        for alias in _aliases(outlet)
    )


def shows_dateline(text: str, outlet: str) -> bool:
    """A capitalised word next to the outlet's name in the lead (``X, KOMPAS.com``)."""
    head = text[:80]
    for alias in _aliases(outlet):
        name = re.escape(alias)
        before = rf"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*\s*[,(]\s*(?i:{name})"
        after = rf"^(?i:{name})\s*(?:,|-+|[\u2013\u2014])\s*[A-Z]{{3,}}(?: [A-Z]{{2,}})*\s*[.,\u2013\u2014-]"
        if re.search(before, head) or re.search(after, head):
            return True
    return False


def load(name: str) -> Iterator[dict[str, Any]]:
    with (CORPUS / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def as_document(key: str, text: str) -> Document:
    return Document(
        path=Path(key),
        relpath=key,
        format="txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=normalize_text(text),
    )


def states_date(text: str, iso: str) -> bool:
    date = dt.date.fromisoformat(iso[:10])
    forms = [
        f"{date.day}/{date.month}/{date.year}",
        f"{date.day:02d}/{date.month:02d}/{date.year}",
        f"{date.day} {_ID_MONTHS[date.month - 1]} {date.year}",
    ]
    return any(form in text for form in forms)


def _overlap(a: str, b: str) -> float:
    left, right = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    if not left or not right:
        return 0.0
    common = len(left & right)
    return 0.0 if common == 0 else 2 * common / (len(left) + len(right))


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def score_lead(tally: Tally, row: dict[str, Any], meta: Metadata) -> None:
    text = normalize_text(row["text"])
    gold = gold_outlet(row["source"])
    tag = f"{row['id']}: {text[:60]!r}"
    if shows_outlet(text, gold):
        tally.add("shown")
        tally.add("outlet_ok", meta.outlet == gold, f"{tag} -> {meta.outlet!r} (gold {gold!r})")
        if gold is not None and shows_dateline(text, gold):
            tally.add("dateline_shown")
            tally.add("dateline_found", meta.dateline is not None, tag)
        if meta.dateline is not None:
            tally.add("dateline_given")
            grounded = meta.dateline.lower() in text[:120].lower()
            tally.add("dateline_grounded", grounded, f"{tag} -> {meta.dateline!r}")
    else:
        tally.add("not_shown")
        invented = meta.outlet is not None and not shows_outlet(text, meta.outlet)
        tally.add("outlet_invented", invented)
        tally.add("outlet_other", meta.outlet is not None and not invented)
        if meta.outlet is not None:
            kind = "outlet_invented" if invented else "outlet_other"
            tally.errors.setdefault(kind, []).append(f"{tag} -> {meta.outlet!r}")
        if meta.dateline is not None:
            invented_place = meta.dateline.lower() not in text[:60].lower()
            tally.add("dateline_invented", invented_place)
            if invented_place:
                tally.errors.setdefault("dateline_invented", []).append(f"{tag} -> {meta.dateline!r}")


def score_dates(tally: Tally, row: dict[str, Any], meta: Metadata) -> None:
    gold = row.get("date")
    if not gold:
        return
    tag = f"{row['id']}"
    if states_date(row["text"], gold):
        tally.add("date_stated")
        tally.add("date_ok_stated", meta.date == gold, f"{tag}: {meta.date!r} (gold {gold})")
    if meta.date is not None:
        tally.add("date_given")
        tally.add("date_wrong", meta.date[:10] != gold[:10])
        if meta.date[:10] != gold[:10]:
            tally.errors.setdefault("date_wrong", []).append(f"{tag}: {meta.date!r} (gold {gold})")


def score_corpus(root: Path = CORPUS) -> dict[str, Any]:
    """All figures, per corpus, plus error examples."""
    del root  # CORPUS is fixed; kept for a future --corpus option
    results: dict[str, Any] = {}
    kk = Tally()
    overlaps: list[float] = []
    for row in load(KOMPAS_KONTAN):
        meta = extract_metadata(as_document(row["id"], row["text"]))
        score_lead(kk, row, meta)
        score_dates(kk, row, meta)
        overlaps.append(_overlap(meta.title, row["title"]))
        titled = extract_metadata(as_document(row["id"], f"{row['title']}\n\n{row['text']}"))
        kk.add("titled")
        kk.add("title_ok", _same_title(titled.title, row["title"]), f"{row['id']}: {titled.title!r}")
        kk.add("titled_outlet_ok", titled.outlet == meta.outlet)
    results["kompas-kontan"] = _figures(kk) | {
        "title_acc": kk.ratio("title_ok", "titled"),
        "titled_outlet_same": kk.ratio("titled_outlet_ok", "titled"),
        "title_overlap": round(sum(overlaps) / len(overlaps), 4) if overlaps else None,
        "date_acc_stated": kk.ratio("date_ok_stated", "date_stated"),
        "date_stated": kk.counts.get("date_stated", 0),
        "date_given": kk.counts.get("date_given", 0),
        "date_wrong": kk.counts.get("date_wrong", 0),
        "_errors": kk.errors,
    }
    ind = Tally()
    for row in load(INDOSUM):
        meta = extract_metadata(as_document(row["id"], row["text"]))
        score_lead(ind, row, meta)
    results["indosum"] = _figures(ind) | {"_errors": ind.errors}
    return results


def _figures(tally: Tally) -> dict[str, Any]:
    return {
        "articles": tally.counts.get("shown", 0) + tally.counts.get("not_shown", 0),
        "shown": tally.counts.get("shown", 0),
        "outlet_acc_shown": tally.ratio("outlet_ok", "shown"),
        "outlet_invented": tally.counts.get("outlet_invented", 0),
        "outlet_other": tally.counts.get("outlet_other", 0),
        "not_shown": tally.counts.get("not_shown", 0),
        "dateline_found": tally.ratio("dateline_found", "dateline_shown"),
        "dateline_grounded": tally.ratio("dateline_grounded", "dateline_given"),
        "dateline_invented": tally.counts.get("dateline_invented", 0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, help="show up to N error examples per figure")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        sys.stderr.write(f"corpus not found at {CORPUS}\n")
        return 2
    results = score_corpus()
    if args.json:
        shown = {k: {f: v for f, v in r.items() if f != "_errors"} for k, r in results.items()}
        sys.stdout.write(json.dumps(shown, indent=2) + "\n")
        return 0
    for corpus, figures in results.items():
        sys.stdout.write(f"== {corpus}\n")
        for name, value in figures.items():
            if name != "_errors":
                sys.stdout.write(f"  {name:22} {value}\n")
        for name, examples in sorted(figures["_errors"].items()):
            for example in examples[: args.errors]:
                sys.stdout.write(f"  ! {name}: {example}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
