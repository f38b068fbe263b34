"""Score keyphrase extraction: ours vs plain YAKE, in one run.

Usage::

    .venv/bin/python -m eval.score_keywords [--json] [--docs N] [--hygiene N]

Accuracy (KPCrowd dev, 250 English news articles, ``../shared/corpus/kpcrowd-dev``):
the input is the whole ``docs/<id>.txt`` file (title line + body) for both
systems. A phrase is normalised by lower-casing, deleting hyphens and apostrophes
inside words (the gold files write ``Lace-Making`` as ``LaceMaking``),
splitting into word tokens (``[^\\W_]+``, other punctuation separates words)
and Porter-stemming each token (nltk). A predicted phrase is correct when its normalised form
equals the normalised form of one gold phrase of that article; each gold
phrase can be matched once. Per article, P@10 = correct / 10 (the k, not the
number returned), R@10 = correct / number of distinct normalised gold phrases,
F1@10 = 2PR / (P + R) (0 when both are 0); the figures reported are the means
over articles (macro average).

Hygiene (200 Indonesian: 100 kompas-kontan-bisnis-2019 + 100 indosum; 200
English: bbc-news, 40 from each category; chosen by a fixed stride): the
share of top-10 phrases that (a) do not start or end with a stopword of the
article's language (``generator.keywords.stopwords_for``, the same list for
both systems), (b) are not a token-contiguous part of another phrase in the
same top 10 (case-insensitive), and (c) are not a case-insensitive duplicate
of another phrase in it.

Plain YAKE is ``yake.KeywordExtractor(lan=..., n=3, top=10)`` with its
defaults; ``--baseline-engine rust`` runs the identical configuration on
``yake_rust`` (shown equal by ``eval.bench_keywords``) to save time.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.keywords import extract_keywords, stopwords_for

log = logging.getLogger(__name__)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus"
K = 10
_TOKEN = re.compile(r"[^\W_]+")

Extractor = Callable[[str, str], list[str]]


@dataclass(frozen=True)
class Accuracy:
    p: float
    r: float
    f1: float
    multiword: float  # share of returned phrases with two or more words
    returned: float  # mean number of phrases returned per article


@dataclass(frozen=True)
class Hygiene:
    language: str
    articles: int
    phrases: int
    clean: float  # share of clean phrases
    stopword_edge: int
    fragment: int
    case_duplicate: int
    multiword: float


def _stem() -> Callable[[str], str]:
    from nltk.stem import PorterStemmer

    stemmer = PorterStemmer()
    return stemmer.stem


_STEM = _stem()


_JOINERS = re.compile(r"(?<=\w)[-'’](?=\w)")


def normalise(phrase: str) -> str:
    """Lower-case, delete in-word hyphens/apostrophes, split on the rest, stem."""
    joined = _JOINERS.sub("", phrase.lower())
    return " ".join(_STEM(t) for t in _TOKEN.findall(joined))


def load_kpcrowd(root: Path = CORPUS / "kpcrowd-dev") -> list[tuple[str, str, list[str]]]:
    """(id, text, gold phrases) per article, sorted by id."""
    out = []
    for doc in sorted((root / "docs").glob("*.txt")):
        key = root / "keys" / f"{doc.stem}.key"
        if not key.is_file():
            continue
        text = doc.read_text(encoding="utf-8", errors="replace")
        gold = [g.strip() for g in key.read_text(encoding="utf-8", errors="replace").splitlines()]
        out.append((doc.stem, text, [g for g in gold if g]))
    return out


def score_article(predicted: Sequence[str], gold: Sequence[str], k: int = K) -> tuple[float, float, float]:
    golds = {normalise(g) for g in gold} - {""}
    hits = 0
    for phrase in predicted[:k]:
        norm = normalise(phrase)
        if norm in golds:
            hits += 1
            golds.discard(norm)  # each gold phrase matches once
    total_gold = len({normalise(g) for g in gold} - {""})
    p = hits / k
    r = hits / total_gold if total_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def accuracy(extract: Extractor, articles: Sequence[tuple[str, str, list[str]]]) -> Accuracy:
    ps, rs, fs, multi, total = [], [], [], 0, 0
    for _, text, gold in articles:
        pred = extract(text, "en")[:K]
        p, r, f = score_article(pred, gold)
        ps.append(p)
        rs.append(r)
        fs.append(f)
        total += len(pred)
        multi += sum(1 for ph in pred if len(ph.split()) > 1)
    n = max(len(articles), 1)
    return Accuracy(
        round(sum(ps) / n, 4),
        round(sum(rs) / n, 4),
        round(sum(fs) / n, 4),
        round(multi / total, 4) if total else 0.0,
        round(total / n, 2),
    )


def _contains(big: Sequence[str], small: Sequence[str]) -> bool:
    n = len(small)
    return len(big) > n and any(list(big[i : i + n]) == list(small) for i in range(len(big) - n + 1))


def phrase_faults(phrases: Sequence[str], language: str) -> list[set[str]]:
    """For each phrase, the set of hygiene faults it has (empty when clean)."""
    stop = stopwords_for(language)
    toks = [p.lower().split() for p in phrases]
    faults: list[set[str]] = []
    for i, t in enumerate(toks):
        f: set[str] = set()
        if not t or t[0] in stop or t[-1] in stop:
            f.add("stopword_edge")
        others = [o for j, o in enumerate(toks) if j != i]
        if any(_contains(o, t) for o in others):
            f.add("fragment")
        if any(o == t for o in others):
            f.add("case_duplicate")
        faults.append(f)
    return faults


def hygiene(extract: Extractor, texts: Sequence[str], language: str) -> Hygiene:
    phrases = clean = edge = frag = dup = multi = 0
    for text in texts:
        pred = extract(text, language)[:K]
        for ph, f in zip(pred, phrase_faults(pred, language), strict=True):
            phrases += 1
            clean += not f
            edge += "stopword_edge" in f
            frag += "fragment" in f
            dup += "case_duplicate" in f
            multi += len(ph.split()) > 1
    return Hygiene(
        language,
        len(texts),
        phrases,
        round(clean / phrases, 4) if phrases else 0.0,
        edge,
        frag,
        dup,
        round(multi / phrases, 4) if phrases else 0.0,
    )


def _stride(items: Sequence[str], n: int) -> list[str]:
    if n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def _jsonl_texts(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(str(json.loads(line).get("text") or ""))
    return texts


def indonesian_texts(n: int = 200) -> list[str]:
    half = n // 2
    kk = _jsonl_texts(CORPUS / "kompas-kontan-bisnis-2019" / "articles.jsonl")
    ind = _jsonl_texts(CORPUS / "indosum" / "articles.jsonl")
    return _stride(kk, half) + _stride(ind, n - half)


def english_texts(n: int = 200) -> list[str]:
    cats = sorted(p for p in (CORPUS / "bbc-news").iterdir() if p.is_dir())
    per = max(n // max(len(cats), 1), 1)
    out: list[str] = []
    for cat in cats:
        files = [str(f) for f in sorted(cat.glob("*.txt"))]
        for f in _stride(files, per):
            out.append(Path(f).read_bytes().decode("utf-8", errors="replace"))
    return out[:n]


def ours(text: str, language: str) -> list[str]:
    return [k.phrase for k in extract_keywords(text, language, K)]


def plain_yake(engine: str = "python") -> Extractor:
    """Plain YAKE with its defaults and its own stopword list (n=3, top 10)."""
    if engine == "rust":
        import yake_rust

        cache: dict[str, yake_rust.Yake] = {}

        def run_rust(text: str, language: str) -> list[str]:
            if language not in cache:
                cache[language] = yake_rust.Yake(language=language, ngrams=3)
            return [p for p, _ in cache[language].get_n_best(text, n=K)]

        return run_rust
    import yake

    def run(text: str, language: str) -> list[str]:
        return [p for p, _ in yake.KeywordExtractor(lan=language, n=3, top=K).extract_keywords(text)]

    return run


def evaluate(docs: int = 250, per_language: int = 200, baseline_engine: str = "python") -> dict[str, object]:
    articles = load_kpcrowd()[:docs]
    base = plain_yake(baseline_engine)
    result: dict[str, object] = {
        "kpcrowd_articles": len(articles),
        "accuracy": {"plain_yake": asdict(accuracy(base, articles)), "ours": asdict(accuracy(ours, articles))},
    }
    hyg: dict[str, dict[str, object]] = {}
    if per_language:
        for lang, texts in (("id", indonesian_texts(per_language)), ("en", english_texts(per_language))):
            hyg[lang] = {
                "plain_yake": asdict(hygiene(base, texts, lang)),
                "ours": asdict(hygiene(ours, texts, lang)),
            }
    result["hygiene"] = hyg
    return result


def _table(result: dict[str, object]) -> Iterator[str]:
    acc = result["accuracy"]
    assert isinstance(acc, dict)
    yield f"KPCrowd dev, {result['kpcrowd_articles']} articles, k={K}"
    yield f"{'system':<12}{'P@10':>8}{'R@10':>8}{'F1@10':>8}{'multi':>8}{'n/doc':>8}"
    for name in ("plain_yake", "ours"):
        a = acc[name]
        yield f"{name:<12}{a['p']:>8.4f}{a['r']:>8.4f}{a['f1']:>8.4f}{a['multiword']:>8.4f}{a['returned']:>8}"
    b, o = acc["plain_yake"], acc["ours"]
    for m in ("p", "f1"):
        if b[m]:
            yield f"relative change {m}: {100 * (o[m] - b[m]) / b[m]:+.1f}%"
    hyg = result["hygiene"]
    assert isinstance(hyg, dict)
    for lang, pair in hyg.items():
        for name in ("plain_yake", "ours"):
            h = pair[name]
            yield (
                f"hygiene {lang} {name:<11} clean={h['clean']:.4f} phrases={h['phrases']} "
                f"edge={h['stopword_edge']} fragment={h['fragment']} dup={h['case_duplicate']} "
                f"multi={h['multiword']:.4f}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--docs", type=int, default=250, help="KPCrowd articles to score")
    parser.add_argument("--hygiene", type=int, default=200, help="articles per language (0: skip)")
    parser.add_argument("--baseline-engine", choices=("python", "rust"), default="python")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not (CORPUS / "kpcrowd-dev").is_dir():
        log.error("corpus not found at %s", CORPUS)
        return 2
    result = evaluate(args.docs, args.hygiene, args.baseline_engine)
    lines = [json.dumps(result, indent=2)] if args.json else list(_table(result))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
