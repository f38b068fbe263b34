"""Deterministic benchmark corpora built from the real articles in ``../shared/corpus``.

A corpus of ``size`` articles is drawn (with a seeded ``random.Random``) from
Indonesian texts (kompas-kontan-bisnis-2019 and indosum JSON lines) and English
texts (bbc-news), about half and half. Each copy is varied so that no two files
share an id or a content hash: a unique dateline sentence is always appended, and
some copies also have their later paragraphs shuffled or one number changed.
Most files are ``.txt``, about a quarter Markdown with YAML front matter and a
few saved HTML pages. The corpus goes into a folder outside the repository and
is never committed; a ``manifest.json`` beside it records each file's language.
"""

from __future__ import annotations

import html
import json
import logging
import random
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

#: ``../shared`` beside the project root.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

KOMPAS = Path("kompas-kontan-bisnis-2019") / "articles.jsonl"
INDOSUM = Path("indosum") / "articles.jsonl"
BBC = Path("bbc-news")

#: Share of each format; the rest is ``.txt``.
MD_SHARE = 0.25
HTML_SHARE = 0.05
#: Files per sub-folder, so discovery walks a tree rather than one flat folder.
PER_FOLDER = 500

_NUMBER = re.compile(r"\b\d{2,4}\b")
_UNSAFE = re.compile(r"[^a-z0-9]+")

_NOTE = {
    "id": "Catatan redaksi nomor {n}: naskah ini dimuat ulang pada {day} {month} {year}.",
    "en": "Editor's note number {n}: this story was republished on {day} {month} {year}.",
}
_MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


class CorpusUnavailable(RuntimeError):
    """``../shared/corpus`` (or a dataset in it) is absent."""


@dataclass(frozen=True)
class Source:
    """One real article to copy from."""

    key: str  # dataset/id, for the manifest
    language: str  # ISO 639-1
    title: str | None
    date: str | None  # ISO date
    outlet: str | None
    text: str  # body, paragraphs separated by blank lines when known


@dataclass(frozen=True)
class Entry:
    """One generated file."""

    path: str  # relative to the corpus folder, POSIX
    language: str
    format: str  # txt, md, html
    source: str  # Source.key
    variation: str  # how the copy was varied


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _str_or_none(value: object) -> str | None:
    return str(value) if value else None


def load_indonesian(corpus: Path) -> list[Source]:
    sources: list[Source] = []
    for row in _read_jsonl(corpus / KOMPAS):
        sources.append(Source(
            key=f"kompas/{row['id']}", language="id", title=_str_or_none(row.get("title")),
            date=_str_or_none(row.get("date")), outlet=_str_or_none(row.get("source")),
            text=str(row["text"]),
        ))
    for row in _read_jsonl(corpus / INDOSUM):
        slug = _str_or_none(row.get("title_from_slug"))
        date = _str_or_none(row.get("date_from_id"))
        sources.append(Source(
            key=f"indosum/{row['id']}", language="id", title=slug.capitalize() if slug else None,
            date=date[:10] if date else None, outlet=_str_or_none(row.get("source")),
            text=str(row["text"]),
        ))
    return [s for s in sources if s.text.strip()]


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # bbc-news/sport/199.txt


def load_english(corpus: Path) -> list[Source]:
    sources: list[Source] = []
    for path in sorted((corpus / BBC).glob("*/*.txt")):
        title, _, body = _decode(path.read_bytes()).strip().partition("\n")
        if body.strip():
            key = f"bbc/{path.parent.name}/{path.stem}"
            sources.append(Source(key, "en", title.strip() or None, None, "BBC News", body.strip()))
    return sources


def load_sources(shared: Path = SHARED) -> dict[str, list[Source]]:
    """The source articles by language; CorpusUnavailable when ``shared`` lacks them."""
    corpus = shared / "corpus"
    missing = [p for p in (KOMPAS, INDOSUM, BBC) if not (corpus / p).exists()]
    if missing:
        names = ", ".join(str(corpus / p) for p in missing)
        raise CorpusUnavailable(f"benchmark corpus unavailable: {names} not found "
                                "(../shared is only beside the project on dev and CI machines)")
    return {"id": load_indonesian(corpus), "en": load_english(corpus)}


def paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\n\s*\n", text)]
    return [p for p in parts if p]


def _note(rng: random.Random, language: str, n: int) -> str:
    month = _MONTHS[language][rng.randrange(12)]
    return _NOTE[language].format(n=n, day=rng.randint(1, 28), month=month, year=rng.randint(2015, 2024))


def vary(source: Source, rng: random.Random, n: int) -> tuple[str, str]:
    """A varied copy of ``source.text`` and the name of the variation.

    The appended note carries ``n``, so every copy differs from every other.
    """
    paras = paragraphs(source.text)
    how = rng.choice(("note", "shuffle", "number"))
    if how == "shuffle" and len(paras) > 2:
        rest = paras[1:]
        rng.shuffle(rest)
        paras = [paras[0], *rest]
    elif how == "number":
        body = "\n\n".join(paras)
        numbers = list(_NUMBER.finditer(body))
        if numbers:
            m = rng.choice(numbers)
            body = body[: m.start()] + str(int(m.group()) + rng.randint(1, 9)) + body[m.end() :]
            paras = paragraphs(body)
        else:
            how = "note"
    else:
        how = "note"
    paras.append(_note(rng, source.language, n))
    return "\n\n".join(paras), how


def _date(source: Source, rng: random.Random) -> str:
    if source.date:
        return source.date
    return f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def as_txt(source: Source, text: str) -> str:
    return f"{source.title}\n\n{text}\n" if source.title else f"{text}\n"


def as_markdown(source: Source, text: str, date: str) -> str:
    front = {"title": source.title or text.split("\n", 1)[0][:80], "date": date, "outlet": source.outlet}
    header = yaml.safe_dump({k: v for k, v in front.items() if v}, allow_unicode=True, sort_keys=False)
    return f"---\n{header}---\n\n{text}\n"


def as_html(source: Source, text: str, date: str) -> str:
    esc = html.escape
    title = esc(source.title or text.split("\n", 1)[0][:80])
    metas = [f'<meta property="article:published_time" content="{esc(date)}">']
    if source.outlet:
        metas.append(f'<meta property="og:site_name" content="{esc(source.outlet)}">')
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(text))
    return (
        f'<!DOCTYPE html>\n<html lang="{source.language}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{''.join(metas)}</head>\n"
        f"<body><article><h1>{title}</h1>\n{body}\n</article></body></html>\n"
    )


def _slug(key: str) -> str:
    return _UNSAFE.sub("-", key.lower()).strip("-")[:40]


def render(source: Source, rng: random.Random, n: int) -> tuple[str, str, str]:
    """(format, file content, variation) of copy number ``n`` of ``source``."""
    text, how = vary(source, rng, n)
    roll = rng.random()
    date = _date(source, rng)
    if roll < HTML_SHARE:
        return "html", as_html(source, text, date), how
    if roll < HTML_SHARE + MD_SHARE:
        return "md", as_markdown(source, text, date), how
    return "txt", as_txt(source, text), how


def plan(size: int, sources: dict[str, list[Source]], seed: int) -> list[tuple[Entry, str]]:
    """The ``size`` files of a corpus (entry, content), determined by ``seed`` alone."""
    rng = random.Random(f"bench:{seed}:{size}")
    files: list[tuple[Entry, str]] = []
    for n in range(size):
        language = "id" if rng.random() < 0.5 else "en"
        source = rng.choice(sources[language])
        fmt, content, how = render(source, rng, n)
        path = f"{language}/{n // PER_FOLDER:03d}/{n:05d}_{_slug(source.key)}.{fmt}"
        files.append((Entry(path, language, fmt, source.key, how), content))
    return files


def generate(size: int, dest: Path, seed: int = 7, shared: Path = SHARED) -> list[Entry]:
    """Write a corpus of ``size`` articles into ``dest`` (emptied first) and its manifest beside it."""
    files = plan(size, load_sources(shared), seed)
    if dest.exists():
        shutil.rmtree(dest)
    for entry, content in files:
        target = dest / entry.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    entries = [entry for entry, _ in files]
    manifest_path(dest).write_text(json.dumps([asdict(e) for e in entries], indent=0), encoding="utf-8")
    log.info("corpus of %d articles written to %s", size, dest)
    return entries


def manifest_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".manifest.json")


def load_manifest(dest: Path) -> list[Entry]:
    rows = json.loads(manifest_path(dest).read_text(encoding="utf-8"))
    return [Entry(**row) for row in rows]


def mix(entries: list[Entry]) -> dict[str, dict[str, int]]:
    """Counts by language and by format."""
    out: dict[str, dict[str, int]] = {"language": {}, "format": {}}
    for e in entries:
        out["language"][e.language] = out["language"].get(e.language, 0) + 1
        out["format"][e.format] = out["format"].get(e.format, 0) + 1
    return {k: dict(sorted(v.items())) for k, v in out.items()}


def edit_one(corpus: Path, entries: list[Entry], rng: random.Random, n: int) -> str:
    """Append a sentence to one article (chosen by ``rng``); return its relative path."""
    entry = rng.choice(entries)
    path = corpus / entry.path
    sentence = _NOTE[entry.language].format(n=f"E{n}-{rng.randrange(10**6)}", day=1,
                                            month=_MONTHS[entry.language][0], year=2025)
    content = path.read_text(encoding="utf-8")
    if entry.format == "html":
        content = content.replace("</article>", f"<p>{html.escape(sentence)}</p>\n</article>", 1)
    else:
        content = content.rstrip("\n") + f"\n\n{sentence}\n"
    path.write_text(content, encoding="utf-8")
    return entry.path
