"""Count how many quote speakers a change moved on a gold set's articles, without reading the labels.

An unread gold set must stay unread, yet it is worth knowing whether a round of rules touched its
articles at all (an unchanged score may hide changes that cancel out). This tool reads only the
``corpus`` and ``id`` of each gold record, runs the quote stage of a base revision and of the working
tree on those articles, and prints counts, never text or names::

    python -m eval.speaker_changes --base 6c2a2a6 eval/gold/quotes_en_bbc6.jsonl eval/gold/quotes_en_bbc8.jsonl

The base revision's ``generator`` package is exported with ``git archive`` into a temporary directory
and run in a subprocess, so both versions see the same texts, with bbc-news headlines blanked as the
scorer blanks them.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("eval.speaker_changes")

ROOT = Path(__file__).resolve().parent.parent

#: run inside one code tree: reads [[key, language, text], ...] on stdin, writes
#: {key: [[start, end, speaker], ...]} (direct quotes only) on stdout
_CHILD = """
import json, sys
from generator.entities import extract_entities
from generator.quotes import extract_quotes
out = {}
for key, language, text in json.load(sys.stdin):
    ents = extract_entities(text, language)
    quotes = extract_quotes(text, language, list(ents.people), list(ents.organizations))
    out[key] = [[q.start, q.end, q.speaker] for q in quotes if q.kind == "direct"]
json.dump(out, sys.stdout)
"""


@dataclass
class Changes:
    articles: int = 0
    base_quotes: int = 0
    new_quotes: int = 0
    same_span: int = 0
    to_name: int = 0
    to_none: int = 0
    to_other: int = 0

    @property
    def changed(self) -> int:
        return self.to_name + self.to_none + self.to_other

    def line(self) -> str:
        return (
            f"{self.articles} articles; direct quotes {self.base_quotes} at base, {self.new_quotes} now, "
            f"{self.same_span} with the same span; speakers changed {self.changed} "
            f"(None -> a name {self.to_name}, a name -> None {self.to_none}, a name -> another {self.to_other})"
        )


def _articles(gold_paths: list[Path]) -> list[tuple[str, str, str]]:
    """(key, language, text) for every article the gold files name; only ``corpus`` and ``id`` are read."""
    from eval.label_tool import EN_CORPORA, headline_end, text_of
    from eval.score_quotes import ID_CORPORA

    wanted: list[tuple[str, str]] = []
    for path in gold_paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                wanted.append((rec["corpus"], rec["id"]))
    id_texts: dict[tuple[str, str], str] = {}
    for corpus in sorted({c for c, _ in wanted if c not in EN_CORPORA}):
        source = ID_CORPORA.get(corpus)
        if source is None or not source.exists():
            raise SystemExit(f"corpus {corpus} is absent")
        with source.open(encoding="utf-8") as handle:
            for line in handle:
                rec = json.loads(line)
                id_texts[(corpus, rec["id"])] = rec["text"]
    out = []
    for corpus, rid in wanted:
        if corpus in EN_CORPORA:
            text = text_of(corpus, rid)
            cut = headline_end(text)
            out.append((f"{corpus}/{rid}", "en", " " * cut + text[cut:]))
        else:
            out.append((f"{corpus}/{rid}", "id", id_texts[(corpus, rid)]))
    return out


def _run(tree: Path, articles: list[tuple[str, str, str]]) -> dict[str, list[list[object]]]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(articles),
        capture_output=True,
        text=True,
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: the quote stage failed: {proc.stderr.strip().splitlines()[-1:]}")
    result: dict[str, list[list[object]]] = json.loads(proc.stdout)
    return result


def _export(revision: str, into: Path) -> None:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "generator"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise SystemExit(f"git archive {revision}: {archive.stderr.decode(errors='replace').strip()}")
    # our own repository's archive: trusted; Python 3.11.2 has no extraction filters yet
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into)  # noqa: S202


def compare(base: dict[str, list[list[object]]], new: dict[str, list[list[object]]]) -> Changes:
    changes = Changes(articles=len(base))
    for key, base_quotes in base.items():
        new_spans = {(q[0], q[1]): q[2] for q in new.get(key, [])}
        changes.base_quotes += len(base_quotes)
        changes.new_quotes += len(new_spans)
        for start, end, speaker in base_quotes:
            if (start, end) not in new_spans:
                continue
            changes.same_span += 1
            now = new_spans[(start, end)]
            if now == speaker:
                continue
            if speaker is None:
                changes.to_name += 1
            elif now is None:
                changes.to_none += 1
            else:
                changes.to_other += 1
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="git revision to compare the working tree with")
    parser.add_argument("gold", nargs="+", type=Path, help="gold files whose articles to run (labels unread)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s", stream=sys.stderr)
    articles = _articles(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        _export(args.base, Path(tmp))
        base = _run(Path(tmp), articles)
    new = _run(ROOT, articles)
    print(compare(base, new).line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
