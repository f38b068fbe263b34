"""One input document in, one :class:`Article` record out.

Each stage is a function of the stages before it, in this order:
metadata (and the cleaned body) -> entities -> quotes (which resolve
speakers against the entities) -> keywords -> summary.
"""

from __future__ import annotations

import hashlib
import math
from importlib import metadata
from pathlib import Path

from generator.entities import extract_entities
from generator.keywords import extract_keywords
from generator.metadata import extract_metadata
from generator.quotes import extract_quotes
from generator.read import Document
from generator.records import SCHEMA_VERSION, Article, Source
from generator.slug import article_id
from generator.summary import summarize
from generator.urls import safe_url

#: Libraries whose version can change an extracted record.
_EXTRACTION_LIBRARIES = (
    "yake", "yake-rust", "trafilatura", "py3langid", "babel", "stopwordsiso", "ftfy",
    "charset-normalizer", "gender-guesser", "wordfreq", "pyyaml", "markdown",
)


def extractor_version() -> str:
    """A fingerprint of everything that shapes a record: the package's code and data, and library versions.

    Any change to them gives a new version, which invalidates the record cache:
    nobody has to remember to bump a number.
    """
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION}".encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and (path.suffix == ".py" or "data" in path.relative_to(package).parts):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in _EXTRACTION_LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=absent".encode())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = extractor_version()

WORDS_PER_MINUTE = 200


def extract_article(doc: Document) -> Article:
    meta = extract_metadata(doc)
    body = meta.body
    language = meta.language
    entities = extract_entities(body, language)
    quotes = extract_quotes(body, language, entities.people, entities.organizations)
    keywords = extract_keywords(body, language)
    word_count = len(body.split())
    return Article(
        id=article_id(meta.title, doc.sha256),
        source=Source(path=doc.relpath, sha256=doc.sha256, format=doc.format, url=safe_url(meta.url)),
        title=meta.title,
        outlet=meta.outlet,
        dateline=meta.dateline,
        wire=list(meta.wire),
        date=meta.date,
        language=language,
        author=meta.author,
        word_count=word_count,
        reading_minutes=max(1, math.ceil(word_count / WORDS_PER_MINUTE)),
        related=list(meta.related),
        tags=list(meta.tags),
        origins=dict(meta.origins),
        summary=summarize(body, language),
        keywords=keywords,
        quotes=quotes,
        people=entities.people,
        organizations=entities.organizations,
        places=entities.places,
        body=body,
    )
