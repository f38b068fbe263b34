"""One input document in, one :class:`Article` record out.

Each stage is a function of the stages before it, in this order:
metadata (and the cleaned body) -> entities -> quotes (which resolve
speakers against the entities) -> keywords -> summary.
"""

from __future__ import annotations

import math

from generator.entities import extract_entities
from generator.keywords import extract_keywords
from generator.metadata import extract_metadata
from generator.quotes import extract_quotes
from generator.read import Document
from generator.records import Article, Source
from generator.slug import article_id
from generator.summary import summarize
from generator.urls import safe_url

#: Bump when any extraction stage changes its output: it invalidates the record cache.
EXTRACTOR_VERSION = "1"

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
