"""The cross-index model of the site: who is where, who said what, what relates to what.

Everything here is computed once from the full list of articles, before any
page is written (gather, then write). Each structure is built in one pass
over the articles, so the work grows linearly with the number of briefings.

Page-count policy (keeps a 10,000-briefing build bounded): every entity gets
a page, most-mentioned first, up to a cap per kind (:data:`PAGE_CAPS`).
People are ranked by the number of their quotes, then by briefings, so
everyone who is quoted gets a page before people who are only mentioned.
A name without a page is shown as plain text: links only go to pages that exist.
Long lists are paginated (:data:`PER_PAGE` items a page).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from generator.records import Article, Quote
from generator.slug import slugify

#: Entity kinds, in display order, with the folder of their pages.
KINDS: dict[str, str] = {
    "person": "people",
    "organization": "organisations",
    "place": "places",
    "keyword": "keywords",
    "outlet": "outlets",
}

#: The most pages one kind of entity can have (beyond them, names are plain text).
PAGE_CAPS: dict[str, int] = {"person": 3000, "organization": 1000, "place": 1000, "keyword": 1000, "outlet": 1000}

#: Items on one page of a long list.
PER_PAGE = 50

#: Entities in more briefings than this are too common to make two briefings related.
RELATED_MAX_DF = 50
RELATED_TOP = 5
RELATED_WEIGHTS = {"person": 3.0, "place": 1.0, "keyword": 2.0}

#: Quotes about a place shown on its page (newest first).
PLACE_QUOTES_SHOWN = 30

_RESERVED_SLUG = re.compile(r"^(index|page-\d+)$")

#: Search bundles (see :func:`search_bundles`): the primary one, its language, and the most
#: briefings one Pagefind run indexes (its memory grows with the pages and text it holds).
PRIMARY_BUNDLE = "pagefind"
PRIMARY_LANGUAGE = "id"
BUNDLE_MAX_BRIEFINGS = 3000
_BUNDLE_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class QuoteRef:
    """One quote, where it was said: ``article`` and its position in ``article.quotes``."""

    article: Article
    index: int
    quote: Quote

    @property
    def anchor(self) -> str:
        return f"quote-{self.index + 1}"


@dataclass
class Entity:
    kind: str
    key: str
    name: str
    slug: str = ""
    briefings: list[Article] = field(default_factory=list)  # newest first
    quotes: list[QuoteRef] = field(default_factory=list)  # people: said by; places: said about
    roles: list[str] = field(default_factory=list)
    detail: str | None = None  # places: ISO code or kind

    @property
    def url(self) -> str:
        return f"{KINDS[self.kind]}/{self.slug}/"


@dataclass
class SiteIndex:
    articles: list[Article]  # newest first
    entities: dict[str, list[Entity]]  # kind -> entities with pages, ranked
    lookup: dict[tuple[str, str], Entity]  # (kind, normalised key) -> entity with a page
    related: dict[str, list[Article]]
    by_month: dict[str, list[Article]]  # "YYYY-MM" or "undated" -> newest first
    by_language: dict[str, list[Article]]
    #: article id -> the Pagefind bundle that indexes it; bundle -> its language (the primary first).
    search_bundle: dict[str, str] = field(default_factory=dict)
    search_languages: dict[str, str] = field(default_factory=lambda: {PRIMARY_BUNDLE: PRIMARY_LANGUAGE})

    @property
    def search_bundles(self) -> list[str]:
        """Every search bundle, the primary first."""
        return [PRIMARY_BUNDLE, *sorted(set(self.search_languages) - {PRIMARY_BUNDLE})]

    def url(self, kind: str, name: str | None) -> str | None:
        """The page of an entity, or None when it has none (then show plain text)."""
        if not name:
            return None
        entity = self.lookup.get((kind, _norm(name)))
        return entity.url if entity else None

    def place_url(self, code: str | None, name: str) -> str | None:
        """The page of a place: countries by ISO code, other places by name."""
        entity = self.lookup.get(("place", code.upper() if code else "city:" + _norm(name)))
        return entity.url if entity else None

    @property
    def total_quotes(self) -> int:
        return sum(len(a.quotes) for a in self.articles)


def _place_key(name: str) -> str:
    return "city:" + _norm(name)


def date_key(article: Article) -> tuple[bool, str, str]:
    """Sort key: dated articles newest first, then undated, ties by id (deterministic)."""
    date = article.date or ""
    inverted = "".join(chr(0x10FFFF - ord(c)) for c in date)
    return (not date, inverted, article.id)


def newest_first(articles: Iterable[Article]) -> list[Article]:
    return sorted(articles, key=date_key)


def article_entities(article: Article) -> dict[str, dict[str, str]]:
    """For each kind, normalised key -> display name of the entities one article mentions."""
    found: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for person in article.people:
        found["person"].setdefault(_norm(person.name), person.name)
    for quote in article.quotes:
        if quote.speaker:
            found["person"].setdefault(_norm(quote.speaker), quote.speaker)
    for org in article.organizations:
        found["organization"].setdefault(_norm(org.name), org.name)
    for place in article.places:
        key = place.code.upper() if place.code else _place_key(place.name)
        found["place"].setdefault(key, place.name)
    for keyword in article.keywords:
        found["keyword"].setdefault(_norm(keyword.phrase), keyword.phrase)
    if article.outlet:
        found["outlet"].setdefault(_norm(article.outlet), article.outlet)
    return {kind: {k: names[k] for k in sorted(names)} for kind, names in found.items()}


def _mentions_place(folded: str, names: list[str]) -> bool:
    """Whether the case-folded text names one of ``names`` as a whole word."""
    for name in names:
        form = name.casefold()
        if len(name) > 1 and form in folded and _whole_word(form).search(folded):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def _whole_word(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


def _gather(articles: list[Article], mentioned: dict[str, dict[str, dict[str, str]]]) -> dict[str, dict[str, Entity]]:
    """Every entity of every kind with its briefings and quotes (articles come newest first)."""
    table: dict[str, dict[str, Entity]] = {kind: {} for kind in KINDS}
    for article in articles:
        for kind, names in mentioned[article.id].items():
            for key, name in names.items():
                entity = table[kind].get(key)
                if entity is None:
                    entity = table[kind][key] = Entity(kind, key, name)
                entity.briefings.append(article)
        for index, quote in enumerate(article.quotes):
            if quote.speaker:
                person = table["person"][_norm(quote.speaker)]
                person.quotes.append(QuoteRef(article, index, quote))
                if quote.role and quote.role not in person.roles:
                    person.roles.append(quote.role)
        for p in article.people:
            person = table["person"][_norm(p.name)]
            if p.role and p.role not in person.roles:
                person.roles.append(p.role)
        quote_texts = [quote.text.casefold() for quote in article.quotes] if article.places else []
        for place in article.places:
            key = place.code.upper() if place.code else _place_key(place.name)
            entity = table["place"][key]
            entity.detail = place.code.upper() if place.code else place.kind
            forms = [place.name, *place.aliases]
            for index, (quote, folded) in enumerate(zip(article.quotes, quote_texts, strict=True)):
                if _mentions_place(folded, forms):
                    entity.quotes.append(QuoteRef(article, index, quote))
    return table


def _rank(kind: str, entity: Entity) -> tuple[int, int, str]:
    if kind == "person":
        return (-len(entity.quotes), -len(entity.briefings), entity.key)
    return (-len(entity.briefings), -len(entity.quotes), entity.key)


def _assign_slugs(entities: list[Entity]) -> None:
    """Unique, stable slugs: collisions get -2, -3 … in key order."""
    taken: set[str] = set()
    for entity in sorted(entities, key=lambda e: e.key):
        base = slugify(entity.name, fallback=entity.kind)
        if _RESERVED_SLUG.match(base):
            base += "-x"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        entity.slug = slug


def _related(articles: list[Article], entities: dict[str, dict[str, dict[str, str]]]) -> dict[str, list[Article]]:
    """Up to RELATED_TOP briefings sharing the most (weighted) people, places and keywords."""
    postings: dict[tuple[str, str], list[Article]] = defaultdict(list)
    for article in articles:
        for kind in RELATED_WEIGHTS:
            for key in entities[article.id][kind]:
                postings[(kind, key)].append(article)
    position = {article.id: n for n, article in enumerate(articles)}  # articles come newest first
    related: dict[str, list[Article]] = {}
    for article in articles:
        scores: dict[str, float] = defaultdict(float)
        by_id: dict[str, Article] = {}
        for kind, weight in RELATED_WEIGHTS.items():
            for key in entities[article.id][kind]:
                posting = postings[(kind, key)]
                if len(posting) > RELATED_MAX_DF:
                    continue
                idf = weight / math.log2(1 + len(posting))
                for other in posting:
                    if other.id != article.id:
                        scores[other.id] += idf
                        by_id[other.id] = other
        best = heapq.nsmallest(RELATED_TOP, scores.items(), key=lambda item: (-round(item[1], 9), position[item[0]]))
        related[article.id] = [by_id[i] for i, _ in best]
    return related


def _group(articles: list[Article], key: str) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if key == "month":
            date = article.date or ""
            group = date[:7] if re.match(r"^\d{4}-\d{2}", date) else "undated"
        else:
            group = article.language or "und"
        groups[group].append(article)
    return {k: groups[k] for k in sorted(groups, reverse=(key == "month"))}


def search_bundles(by_language: dict[str, list[Article]]) -> tuple[dict[str, str], dict[str, str]]:
    """Which Pagefind bundle indexes each briefing, and each bundle's language.

    One bundle per language, split into equal parts of at most :data:`BUNDLE_MAX_BRIEFINGS` briefings, so each
    indexing run (they run one after another) holds only its part, stemmed by its own
    language's rules. The first part of the primary language (or of the first language
    when it has none) is ``pagefind``, which also holds the person pages; the others are
    ``pagefind-<language>`` and ``pagefind-<language>-<n>``. The search page merges them.
    """
    groups: dict[str, list[Article]] = {}
    for code, articles in by_language.items():
        language = code if _BUNDLE_LANGUAGE.match(code) else "und"
        groups.setdefault(language, []).extend(articles)
    order = sorted(groups, key=lambda code: (code != PRIMARY_LANGUAGE, code))
    assigned: dict[str, str] = {}
    languages = {PRIMARY_BUNDLE: order[0] if order else PRIMARY_LANGUAGE}
    for rank, language in enumerate(order):
        articles = groups[language]
        parts = -(-len(articles) // BUNDLE_MAX_BRIEFINGS)  # parts of equal size, each within the cap
        size = -(-len(articles) // parts)
        for number, start in enumerate(range(0, len(articles), size), start=1):
            if rank == 0 and number == 1:
                name = PRIMARY_BUNDLE
            else:
                name = f"{PRIMARY_BUNDLE}-{language}" + (f"-{number}" if number > 1 else "")
            languages[name] = language
            assigned.update((a.id, name) for a in articles[start : start + size])
    return assigned, languages


def build_index(articles: list[Article]) -> SiteIndex:
    ordered = newest_first(articles)
    mentioned = {a.id: article_entities(a) for a in ordered}
    table = _gather(ordered, mentioned)
    chosen: dict[str, list[Entity]] = {}
    lookup: dict[tuple[str, str], Entity] = {}
    for kind in KINDS:
        ranked = sorted(table[kind].values(), key=lambda e, k=kind: _rank(k, e))[: PAGE_CAPS[kind]]  # type: ignore[misc]
        _assign_slugs(ranked)
        chosen[kind] = ranked
        lookup.update({(kind, e.key): e for e in ranked})
    by_language = _group(ordered, "language")
    bundle_of, bundle_languages = search_bundles(by_language)
    return SiteIndex(
        articles=ordered,
        entities=chosen,
        lookup=lookup,
        related=_related(ordered, mentioned),
        by_month=_group(ordered, "month"),
        by_language=by_language,
        search_bundle=bundle_of,
        search_languages=bundle_languages,
    )


@dataclass(frozen=True)
class Pagination:
    number: int  # 1-based
    count: int  # pages in all
    base: str  # URL of page 1, ending in "/"

    def url(self, number: int) -> str:
        return self.base if number == 1 else f"{self.base}page-{number}/"

    def path(self, number: int) -> str:
        """The Markdown file of page ``number`` (page 1 is ``<base>.md`` or ``index.md``)."""
        stem = self.base.rstrip("/") or "index"
        return f"{stem}.md" if number == 1 else f"{self.base}page-{number}.md"


def paginate(items: list[object], base: str, per_page: int = PER_PAGE) -> list[tuple[Pagination, list[object]]]:
    """Split ``items`` into pages; an empty list still makes one (empty) page."""
    count = max(1, math.ceil(len(items) / per_page))
    return [(Pagination(n, count, base), items[(n - 1) * per_page : n * per_page]) for n in range(1, count + 1)]
