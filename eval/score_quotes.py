"""Score direct-quote extraction and speaker attribution, per language.

Usage::

    .venv/bin/python -m eval.score_quotes [--json] [--show N] [--lang en|id] [--split train|dev] [--rules]
        [--gold-id PATH] [--gold-en PATH]

``--rules`` prints, per language, the speaker accuracy of each attribution rule
(``generator.quotes.extract_quotes_traced``: ``cue-after``, ``subject``, ``last-same``, ...).

Gold
----
English: PolNeAR ``train`` and ``dev`` (``../shared/corpus/polnear``). Each
article's first annotation file (annotator ids sorted) is used. An
attribution's Content span is cut into its brat fragments; a fragment is a
*direct-quote* gold item when every word token of it lies inside one quoted
region of its paragraph. Quoted regions come from a deliberately naive
pairing, independent of the extractor: the double quotation marks of a
paragraph (any of ``" “ ” „ « »``) are paired in order, first with second,
third with fourth; an odd last mark opens a region that runs to the paragraph
end. The gold item's span is the fragment clipped to the region's inside.
Attributions whose content only *contains* a quoted part (``says the
candidate has “always run a lean campaign.”``) are not gold: PolNeAR did not
mark such partial quotes consistently, so predictions on them are read, not
counted (see ``--show``).

Indonesian: ``eval/gold/quotes_id.jsonl`` (see ``eval/gold/README.md``),
offsets into the corpus record's raw ``text``.

English, labelled like the Indonesian sets (``--gold-en eval/gold/quotes_en_bbc.jsonl``): bbc-news
articles, offsets into the whole file; the headline line is blanked before extraction.

Matching
--------
The extractor runs on the raw text (``language`` ``en`` or ``id``; people and
organisations from ``generator.entities`` when that module exists, else
none). Only ``kind == "direct"`` predictions count. Tokens are ``\\w+``
runs; a prediction and a gold quote match when the number of tokens they
share (same character offsets) is at least half the token count of the
longer one. Matching is one-to-one, greedy by shared tokens (ties: text
order). Precision = matched / predicted, recall = matched / gold.

Speaker accuracy is over matched pairs whose gold speaker is scorable. Two
speakers agree when their last name tokens are equal (case, possessive
``'s``, apostrophe style and punctuation ignored), so ``Kirby`` agrees with ``John Kirby``,
or when both are forms of one organisation the entities stage found (its
name or one of its ``aliases``: ``BEI`` agrees with ``Bursa Efek Indonesia``;
only with entities, since without them there are no organisations);
a gold null agrees only with a predicted null. PolNeAR sources that are
pronouns (``he``, ``she``) are excluded from the strict figure and counted;
a second figure resolves ``he``/``she`` to the nearest preceding annotated
source in the same article that has a capitalised name. Sources with no
capitalised word and no pronoun (``a spokesman``, ``officials``), and
sources that open with an indefinite (``a spokesman for Bernie Sanders``,
``a person close to the Clintons``: the capitalised name is not the
speaker) are excluded and counted as unnamed. A source head ``X Y of Z``
with a two-word capitalised name before ``of`` is cut there (``Stu
Rothenberg of the Rothenberg Report`` is Rothenberg, not Report).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.mentions import fold
from generator.person_aliases import known_aliases
from generator.quotes import extract_quotes_traced
from generator.records import Organization, Person, Quote

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CORPUS = SHARED / "corpus"
POLNEAR = CORPUS / "polnear"
GOLD_ID = ROOT / "eval" / "gold" / "quotes_id.jsonl"
ID_CORPORA = {
    "kompas-kontan-bisnis-2019": CORPUS / "kompas-kontan-bisnis-2019" / "articles.jsonl",
    "indosum": CORPUS / "indosum" / "articles.jsonl",
}

MARKS = frozenset('"“”„«»‟＂')
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "who"})
SINGULAR = frozenset({"he", "she"})
_TOKEN = re.compile(r"\w+")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass
class GoldQuote:
    start: int
    end: int
    speaker: str | None  # the source as annotated (a name, a pronoun, a description), or None
    resolved: str | None = None  # a pronoun source resolved to a named source
    scorable: str = "named"  # named | pronoun | unnamed | null


@dataclass
class Doc:
    corpus: str
    id: str
    language: str
    text: str
    gold: list[GoldQuote]


@dataclass
class Pair:
    doc: Doc
    gold: GoldQuote | None
    pred: Quote | None


@dataclass
class Result:
    language: str
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_scored: int = 0
    speaker_correct: int = 0
    speaker_resolved_scored: int = 0
    speaker_resolved_correct: int = 0
    excluded_pronoun: int = 0
    excluded_unnamed: int = 0
    pairs: list[Pair] = field(default_factory=list, repr=False)
    #: per attribution rule: [predicted, speaker scored, speaker correct]
    rules: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_scored if self.speaker_scored else 0.0

    @property
    def speaker_accuracy_resolved(self) -> float:
        n = self.speaker_resolved_scored
        return self.speaker_resolved_correct / n if n else 0.0

    def figures(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k not in ("pairs", "rules")}
        data.update(
            precision=round(self.precision, 4),
            recall=round(self.recall, 4),
            f1=round(self.f1, 4),
            speaker_accuracy=round(self.speaker_accuracy, 4),
            speaker_accuracy_resolved=round(self.speaker_accuracy_resolved, 4),
        )
        return data


# --- gold: PolNeAR -------------------------------------------------------------


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    """Naive quoted regions: marks paired in order within each paragraph."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        marks = [pos + i for i, ch in enumerate(line) if ch in MARKS]
        for k in range(0, len(marks) - 1, 2):
            regions.append((marks[k] + 1, marks[k + 1]))
        if len(marks) % 2:
            regions.append((marks[-1] + 1, pos + len(line)))
        pos += len(line) + 1
    return regions


def _only_quoted_between(text: str, regions: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether every word between ``a`` and ``b`` lies inside a quoted region."""
    for match in _TOKEN.finditer(text, a, b):
        if not any(r0 <= match.start() and match.end() <= r1 for r0, r1 in regions):
            return False
    return True


def _parse_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            head = parts[1].split(" ", 1)
            if len(head) != 2:
                continue
            kind, offsets = head
            frags = []
            for frag in offsets.split(";"):
                a, b = frag.split()
                frags.append((int(a), int(b)))
            spans[parts[0]] = (kind, frags, parts[2] if len(parts) > 2 else "")
        elif parts[0].startswith("E") and len(parts) >= 2:
            rel: dict[str, str] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                rel[role] = ref
            relations.append(rel)
    return spans, relations


UNNAMED_START = frozenset({"a", "an", "another", "one", "two", "three", "several", "some", "many", "other"})


def _source_head(source: str) -> str:
    """The naming part of a source span: before an appositive, a clause or brackets.

    ``Stu Rothenberg of the Rothenberg Report`` is cut at ``of`` when a name of two
    capitalised words stands before it (``Secretary of State John Kerry`` is not cut).
    """
    head = re.split(r",|\(|\bwho\b|\bwhich\b|—|–", source, maxsplit=1)[0].strip()
    head = head or source.strip()
    before, sep, _ = head.partition(" of ")
    if sep and len([w for w in before.split()[-2:] if w[:1].isupper()]) == 2:
        head = before
    return head


def _classify_source(source: str | None) -> str:
    """named (its head word is capitalised), pronoun, unnamed (``a spokesman``) or null."""
    if not source:
        return "null"
    words = source.split()
    if len(words) <= 2 and words and words[-1].lower().strip("’'s") in PRONOUNS:
        return "pronoun"
    head = _source_head(source).split()
    if head and head[0].lower() in UNNAMED_START:
        return "unnamed"  # ``a spokesman for Bernie Sanders``, ``a person close to the Clintons``
    last = head[-1] if head else ""
    if last[:1].isupper() and not re.search(r"['’]s?$", last):
        return "named"
    return "unnamed"


def polnear_docs(split: str) -> Iterator[Doc]:
    base = POLNEAR / split
    ann_dir = base / "attributions"
    anns: dict[str, list[Path]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, []).append(path)
    for text_path in sorted((base / "text").glob("*.txt")):
        paths = anns.get(text_path.stem)
        if not paths:
            continue
        text = text_path.read_text(encoding="utf-8")
        yield Doc("polnear", f"{split}/{text_path.stem}", "en", text, _polnear_gold(text, paths[0]))


def _polnear_gold(text: str, ann: Path) -> list[GoldQuote]:
    spans, relations = _parse_ann(ann)
    regions = _quoted_regions(text)
    found: list[tuple[int, GoldQuote]] = []  # (source position, quote)
    named_sources: list[tuple[int, str]] = []
    for rel in relations:
        src = spans.get(rel.get("Source", ""))
        if src and _classify_source(src[2]) == "named":
            named_sources.append((src[1][0][0], src[2]))
    named_sources.sort()
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        src = spans.get(rel.get("Source", ""))
        source = src[2] if src else None
        src_pos = src[1][0][0] if src else content[1][0][0]
        pieces: list[tuple[int, int]] = []
        for a, b in content[1]:
            tokens = [m.span() for m in _TOKEN.finditer(text, a, b)]
            if not tokens:
                continue
            for r0, r1 in regions:
                if r0 <= tokens[0][0] and tokens[-1][1] <= r1:
                    start, end = max(a, r0), min(b, r1)
                    while start < end and text[start].isspace():
                        start += 1
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    pieces.append((start, end))
                    break
        # fragments of one attribution with only quoted text (or marks) between them are one quote
        merged: list[tuple[int, int]] = []
        for start, end in sorted(pieces):
            if merged and _only_quoted_between(text, regions, merged[-1][1], start):
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        kind = _classify_source(source)
        for start, end in merged:
            quote = GoldQuote(start, end, source, scorable=kind)
            if kind == "pronoun" and source and source.split()[-1].lower() in SINGULAR:
                before = [name for pos, name in named_sources if pos < src_pos]
                quote.resolved = before[-1] if before else None
            found.append((start, quote))
    found.sort(key=lambda x: x[0])
    return [q for _, q in found]


# --- gold: Indonesian ------------------------------------------------------------


def labelled_quotes(quotes: list[dict[str, Any]]) -> list[GoldQuote]:
    """The direct quotes of one article of a hand-labelled gold file (``eval/gold/quotes_*.jsonl``): a named
    speaker, or null (scored too: the quote's speaker is nobody)."""
    return [
        GoldQuote(q["start"], q["end"], q.get("speaker"), scorable="named" if q.get("speaker") else "null")
        for q in quotes
        if q.get("kind", "direct") == "direct"
    ]


def indonesian_docs(gold_path: Path | None = None) -> Iterator[Doc]:
    gold_path = GOLD_ID if gold_path is None else gold_path
    if not gold_path.exists():
        return
    wanted: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            wanted.setdefault(rec["corpus"], {})[rec["id"]] = rec["quotes"]
    for corpus in sorted(wanted):
        path = ID_CORPORA.get(corpus)
        if path is None or not path.exists():
            log.warning("corpus %s absent; its gold is skipped", corpus)
            continue
        ids = wanted[corpus]
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                rec = json.loads(line)
                if rec["id"] not in ids:
                    continue
                yield Doc(corpus, rec["id"], "id", rec["text"], labelled_quotes(ids[rec["id"]]))


def bbc_docs(gold_path: Path) -> Iterator[Doc]:
    """English articles of bbc-news or kpcrowd-dev labelled in ``gold_path`` (the format of the Indonesian
    gold files; ids ``category/NNN`` or the kpcrowd-dev file stem). The headline (the file's first line) is
    never labelled, so it is blanked with spaces: offsets stay those of the file, and no quote is looked for
    there."""
    from eval.label_tool import EN_CORPORA, headline_end, text_of

    if not gold_path.exists():
        return
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["corpus"] not in EN_CORPORA:
            continue
        text = text_of(rec["corpus"], rec["id"])
        cut = headline_end(text)
        yield Doc(rec["corpus"], rec["id"], "en", " " * cut + text[cut:], labelled_quotes(rec["quotes"]))


# --- matching ----------------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in _TOKEN.finditer(text, start, end)}


def _surname(name: str | None) -> str | None:
    if not name:
        return None
    words = [w for w in _NAME_TOKEN.findall(name)]
    words = [re.sub(r"['’]s$", "", w).strip(".'’-").replace("’", "'").lower() for w in words]
    words = [w for w in words if w and w not in {"jr", "sr", "ii", "iii"}]
    return words[-1] if words else None


def _same_organization(pred: str, gold: str, organizations: list[Organization]) -> bool:
    """Both names are forms (name or alias) of one organisation: ``BEI`` = ``Bursa Efek Indonesia``."""
    p, g = pred.strip().lower(), _source_head(gold).strip().lower()
    g = re.sub(r"^the\s+", "", g)
    for org in organizations:
        forms = {f.strip().lower() for f in [org.name, *org.aliases] if f}
        forms |= {re.sub(r"^the\s+", "", f) for f in forms}
        if p in forms and g in forms:
            return True
    return False


def _alias_full_name(name: str) -> str:
    """The full name a nationally known nickname stands for (``Jokowi`` -> ``Joko Widodo``), else the name."""
    return known_aliases().get(tuple(fold(w) for w in name.split()), name).strip().lower()


def same_speaker(pred: str | None, gold: str | None, organizations: list[Organization] | None = None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if pred.strip().lower() == gold.strip().lower():
        return True
    if _alias_full_name(pred) == _alias_full_name(gold):
        return True  # one person: the article writes only "Jokowi", the speaker is "Joko Widodo"
    if organizations and _same_organization(pred, gold, organizations):
        return True
    gold_caps = [w for w in _NAME_TOKEN.findall(_source_head(gold)) if w[:1].isupper()]
    pred_last = _surname(pred)
    gold_last = _surname(" ".join(gold_caps) if gold_caps else gold)
    return pred_last is not None and pred_last == gold_last


def match(doc: Doc, preds: list[Quote]) -> list[Pair]:
    gold_tokens = [_tokens(doc.text, g.start, g.end) for g in doc.gold]
    pred_tokens = [_tokens(doc.text, p.start, p.end) for p in preds]
    candidates: list[tuple[int, int, int]] = []
    for gi, gt in enumerate(gold_tokens):
        for pi, pt in enumerate(pred_tokens):
            shared = len(gt & pt)
            if shared and shared * 2 >= max(len(gt), len(pt)):
                candidates.append((-shared, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[Pair] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append(Pair(doc, doc.gold[gi], preds[pi]))
    pairs.extend(Pair(doc, g, None) for i, g in enumerate(doc.gold) if i not in used_g)
    pairs.extend(Pair(doc, None, p) for i, p in enumerate(preds) if i not in used_p)
    return pairs


def _entities() -> Callable[[str, str], tuple[list[Person], list[Organization]]] | None:
    try:
        module = importlib.import_module("generator.entities")
    except Exception:
        return None
    fn = getattr(module, "extract_entities", None)
    if not callable(fn):
        return None

    failures = [0]

    def run(text: str, language: str) -> tuple[list[Person], list[Organization]]:
        try:
            ents = fn(text, language)
            return list(ents.people), list(ents.organizations)
        except Exception as exc:
            failures[0] += 1
            if failures[0] == 1:
                log.warning("generator.entities failed (%s: %s); those articles get no people", type(exc).__name__, exc)
            return [], []

    return run


def score(docs: Iterator[Doc], language: str, use_entities: bool = True) -> Result:
    result = Result(language)
    entities = _entities() if use_entities else None
    for doc in docs:
        people, orgs = entities(doc.text, doc.language) if entities else ([], [])
        traced = [
            (q, via) for q, via in extract_quotes_traced(doc.text, doc.language, people, orgs) if q.kind == "direct"
        ]
        preds = [q for q, _ in traced]
        vias = {id(q): via or "none" for q, via in traced}
        for via in vias.values():
            result.rules.setdefault(via, [0, 0, 0])[0] += 1
        result.docs += 1
        result.gold += len(doc.gold)
        result.predicted += len(preds)
        for pair in match(doc, preds):
            result.pairs.append(pair)
            if pair.gold is None or pair.pred is None:
                continue
            result.matched += 1
            gold = pair.gold
            if gold.scorable in ("named", "null"):
                ok = same_speaker(pair.pred.speaker, gold.speaker, orgs)
                counts = result.rules[vias[id(pair.pred)]]
                counts[1] += 1
                counts[2] += ok
                result.speaker_scored += 1
                result.speaker_correct += ok
                result.speaker_resolved_scored += 1
                result.speaker_resolved_correct += ok
            elif gold.scorable == "pronoun":
                result.excluded_pronoun += 1
                if gold.resolved:
                    result.speaker_resolved_scored += 1
                    result.speaker_resolved_correct += same_speaker(pair.pred.speaker, gold.resolved, orgs)
            else:
                result.excluded_unnamed += 1
    return result


def run_all(
    langs: tuple[str, ...] = ("en", "id"),
    splits: tuple[str, ...] = ("train", "dev"),
    use_entities: bool = True,
    gold_id: Path | None = None,
    gold_en: Path | None = None,
) -> dict[str, Result]:
    """Score each language: English on PolNeAR (or, with ``gold_en``, on that labelled bbc-news file),
    Indonesian on ``gold_id``."""
    gold_id = GOLD_ID if gold_id is None else gold_id
    results: dict[str, Result] = {}
    if "en" in langs and gold_en is not None:
        results["en"] = score(bbc_docs(gold_en), "en", use_entities)
    elif "en" in langs and POLNEAR.exists():

        def en_docs() -> Iterator[Doc]:
            for split in splits:
                yield from polnear_docs(split)

        results["en"] = score(en_docs(), "en", use_entities)
    if "id" in langs and gold_id.exists() and CORPUS.exists():
        results["id"] = score(indonesian_docs(gold_id), "id", use_entities)
    return results


def _show(result: Result, n: int) -> None:
    misses = [p for p in result.pairs if p.pred is None and p.gold is not None]
    extras = [p for p in result.pairs if p.gold is None and p.pred is not None]
    wrong = [
        p
        for p in result.pairs
        if p.gold is not None
        and p.pred is not None
        and p.gold.scorable in ("named", "null")
        and not same_speaker(p.pred.speaker, p.gold.speaker)
    ]
    for title, items in (("missed", misses), ("extra", extras), ("wrong speaker", wrong)):
        sys.stderr.write(f"\n== {result.language}: {title} ({len(items)}) ==\n")
        for pair in items[:n]:
            text = pair.doc.text
            if pair.gold is not None:
                g = pair.gold
                ctx = text[max(0, g.start - 80) : g.end + 80].replace("\n", " / ")
                sys.stderr.write(f"- {pair.doc.id} gold[{g.speaker}] {ctx!r}\n")
            if pair.pred is not None:
                p = pair.pred
                ctx = text[max(0, p.start - 80) : p.end + 80].replace("\n", " / ")
                sys.stderr.write(f"  pred[{p.speaker} / {p.cue}] {ctx!r}\n")


def _show_rules(result: Result) -> None:
    sys.stdout.write(f"{result.language}: speaker accuracy per rule (predicted, scored, accuracy)\n")
    for via, (predicted, scored, correct) in sorted(result.rules.items(), key=lambda kv: (-kv[1][0], kv[0])):
        accuracy = f"{correct / scored:.3f}" if scored else "  -  "
        sys.stdout.write(f"    {via:32} {predicted:5} {scored:5}  {accuracy}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--rules", action="store_true", help="print speaker accuracy per attribution rule")
    parser.add_argument("--show", type=int, default=0, help="print N misses, extras and wrong speakers per language")
    parser.add_argument("--lang", choices=["en", "id"], action="append", help="only this language (repeatable)")
    parser.add_argument("--split", choices=["train", "dev"], action="append", help="PolNeAR split (repeatable)")
    parser.add_argument(
        "--no-entities", action="store_true", help="do not pass people/organisations from generator.entities"
    )
    parser.add_argument(
        "--gold-id", type=Path, default=None, help=f"Indonesian gold file (default {GOLD_ID.relative_to(ROOT)})"
    )
    parser.add_argument(
        "--gold-en", type=Path, default=None, help="English gold file on bbc-news or kpcrowd-dev (instead of PolNeAR)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not CORPUS.exists():
        log.error("%s is absent; nothing to score", CORPUS)
        return 1
    results = run_all(
        tuple(args.lang or ("en", "id")),
        tuple(args.split or ("train", "dev")),
        not args.no_entities,
        args.gold_id,
        args.gold_en,
    )
    figures = {lang: r.figures() for lang, r in results.items()}
    if args.json:
        sys.stdout.write(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    else:
        for lang, f in figures.items():
            sys.stdout.write(
                f"{lang}: docs {f['docs']}  gold {f['gold']}  predicted {f['predicted']}  matched {f['matched']}\n"
                f"    P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}\n"
                f"    speaker accuracy {f['speaker_accuracy']:.3f} ({f['speaker_correct']}/{f['speaker_scored']})"
                f"  with he/she resolved {f['speaker_accuracy_resolved']:.3f}"
                f" ({f['speaker_resolved_correct']}/{f['speaker_resolved_scored']})"
                f"  excluded: pronoun {f['excluded_pronoun']}, unnamed {f['excluded_unnamed']}\n"
            )
    for result in results.values():
        if args.rules:
            _show_rules(result)
        if args.show:
            _show(result, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
