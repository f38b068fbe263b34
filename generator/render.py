"""Render records into mkdocs pages with Jinja2.

Every page is Markdown whose content is one raw HTML block produced by an
autoescaping Jinja2 environment, so article text is always inert: HTML is
escaped by Jinja2, and Markdown, link and macro syntax inside a raw HTML
block is not interpreted by Python-Markdown. Values that mkdocs itself puts
into its theme (the page title) go through :func:`inert_title`, because the
mkdocs theme environment does not autoescape.

The pages, their URLs and what each shows:

- ``index.md`` (home): totals, the latest briefings, top people, countries, keywords;
- ``briefings/<id>.md``: one briefing; ``records/<id>.yaml`` its record;
- ``people.md``, ``organisations.md``, ``places.md``, ``keywords.md``, ``outlets.md``:
  every entity with a page, with counts; ``<kind>/<slug>.md`` one entity;
- ``archive.md``, ``archive/<yyyy>/<mm>.md``, ``archive/undated.md``, ``languages/<code>.md``;
- ``search.md`` (Pagefind), ``report.md`` (inputs that did not become briefings);
- ``feed.xml``, ``feed.json``, ``briefings.json`` (see :mod:`generator.feeds`).

Long lists are paginated: page n of ``X.md`` is ``X/page-n.md``.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import jinja2
import yaml
from markupsafe import Markup, escape

from generator import feeds
from generator.indexes import (
    KINDS,
    PAGE_CAPS,
    PER_PAGE,
    PLACE_QUOTES_SHOWN,
    PRIMARY_BUNDLE,
    PRIMARY_LANGUAGE,
    QuoteRef,
    SiteIndex,
    build_index,
    paginate,
)
from generator.records import Article, Problem
from generator.store import record_yaml
from generator.writer import OutputTree, write_file

if TYPE_CHECKING:
    from generator.search import BundlePages

#: libyaml's emitter when PyYAML has it (same output, several times faster).
_FAST_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

_TITLE_TABLE = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "'": "’", "\\": "＼", "`": "ʻ"})

#: Briefings on the home page; people, countries and keywords in its side lists.
HOME_LATEST = 20
HOME_TOP = 10
#: Briefings listed on page 1 of a person's page, under their quotes.
PERSON_BRIEFINGS_SHOWN = 20
#: Entities listed on one page of a kind's index.
INDEX_PER_PAGE = 200
#: Below this many files, rendering in one process beats forking workers.
PARALLEL_MIN_FILES = 500
#: Slices per worker: small enough to balance heavy briefings against light list pages.
SLICES_PER_WORKER = 8


def inert_title(text: object) -> str:
    """A one-line title with no character that HTML, Markdown or YAML could act on."""
    return " ".join(str(text).translate(_TITLE_TABLE).split())


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) URL, else None: never a javascript: or data: link."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\"'<> \n\r\t\\`"):
        return None
    return url.strip()


def load_labels(language: str) -> dict[str, str]:
    text = resources.files("generator").joinpath("data/labels.yaml").read_text(encoding="utf-8")
    table: dict[str, dict[str, str]] = yaml.safe_load(text)
    return {**table["en"], **table.get(language, {})}


@cache
def _language_names(ui_language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(ui_language).languages)


def language_name(code: str, ui_language: str = "en") -> str:
    """The name of a language in the UI language ("Indonesian"), or the code when unknown."""
    name = _language_names(ui_language).get(code)
    return name[:1].upper() + name[1:] if name else code


@dataclass(frozen=True)
class SiteOptions:
    """What the pages need from mkdocs.yml."""

    ui_language: str = "en"
    site_name: str = "News briefings"
    site_url: str | None = None  # absolute URLs in the feeds when set


@dataclass(frozen=True)
class Page:
    """One file of site_src: where it goes, which template, with what."""

    path: str  # relative to site_src, POSIX
    template: str
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The page's URL relative to the site root (mkdocs ``use_directory_urls``)."""
        stem = self.path.removesuffix(".md")
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem.removesuffix("index")
        return stem + "/"


def relative_url(from_page: Page, target: str) -> str:
    """A link from ``from_page`` to ``target`` (a site-root-relative URL or file)."""
    return _relative(from_page.url, target)


@lru_cache(maxsize=1 << 16)
def _relative(here: str, target: str) -> str:
    """``posixpath.relpath`` for site-root-relative URLs, without touching the file system."""
    start = [part for part in (here if here.endswith("/") else posixpath.dirname(here)).split("/") if part]
    parts = [part for part in (target or ".").split("/") if part and part != "."]
    common = 0
    while common < min(len(start), len(parts)) and start[common] == parts[common]:
        common += 1
    rel = "/".join([".."] * (len(start) - common) + parts[common:]) or "."
    if target.endswith("/") or target == "":
        rel = rel.rstrip("/") + "/"
    return rel


def briefing_url(article_id: str) -> str:
    return f"briefings/{article_id}/"


def record_url(article_id: str) -> str:
    return f"records/{article_id}.yaml"


class Renderer:
    """One Jinja2 environment for the whole build; templates are compiled once and cached."""

    def __init__(self, templates: Path, ui_language: str = "en", index: SiteIndex | None = None) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        self.env.filters["inert_title"] = inert_title
        self.env.filters["safe_url"] = safe_url
        self.env.filters["front_matter"] = _front_matter
        self.env.globals["language_name"] = lambda code: language_name(code, ui_language)
        self.env.globals["ix"] = index if index is not None else build_index([])
        self.env.globals["entity_link"] = _entity_link
        self.env.globals["place_link"] = _place_link
        self.env.globals["briefing_meta"] = _briefing_meta
        self.env.globals["briefing_item"] = _briefing_item
        self.labels = load_labels(ui_language)
        self.ui_language = ui_language

    def render(self, page: Page) -> str:
        template = self.env.get_template(page.template)

        def link(target: str) -> str:
            return relative_url(page, target)

        return template.render(page.context, t=self.labels, link=link, page_url=page.url)


# Each value goes through markupsafe's ``escape`` (C), exactly as ``Markup.format`` or an autoescaping
# template would escape it (a value that is already Markup is kept); the rest is constant markup.
# f-strings rather than ``Markup.format``, whose Python formatter is a third of these functions' time.


def _name_html(context: jinja2.runtime.Context, kind: str, url: str | None, name: str) -> Markup:
    """A named entity of ``kind``: a link to ``url`` (site-root relative), or plain text without one."""
    if url:
        return Markup(  # noqa: S704 - every value escaped
            f'<a class="entity entity-{escape(kind)}" href="{escape(context["link"](url))}">{escape(name)}</a>')
    return Markup(f'<span class="entity entity-{escape(kind)}">{escape(name)}</span>')  # noqa: S704 - escaped


@jinja2.pass_context
def _entity_link(context: jinja2.runtime.Context, kind: str, name: str) -> Markup:
    """A person, organisation, keyword or outlet: a link to its page, or plain text without one.

    Called for every name on every page, so it is Python rather than a template macro.
    """
    return _name_html(context, kind, context["ix"].url(kind, name), name)


@jinja2.pass_context
def _place_link(context: jinja2.runtime.Context, place: Any) -> Markup:
    """A place: a link to its page (countries by ISO code, other places by name), or plain text."""
    return _name_html(context, "place", context["ix"].place_url(place.code, place.name), place.name)


@jinja2.pass_context
def _briefing_meta(context: jinja2.runtime.Context, article: Article) -> Markup:
    """``outlet · date · language`` of a briefing in a list (each part escaped)."""
    parts = [escape(article.outlet)] if article.outlet else []
    if article.date:
        parts.append(escape(article.date[:10]))
    parts.append(escape(context["language_name"](article.language)))
    return Markup(" · ".join(parts))  # noqa: S704 - every part escaped


@jinja2.pass_context
def _briefing_item(context: jinja2.runtime.Context, article: Article) -> Markup:
    """One briefing in a list: its linked title, meta line and first summary sentence.

    Python rather than a template macro for the same reason as :func:`_entity_link`:
    every list page calls it for every briefing it lists.
    """
    summary = (f'<br><span class="briefing-item-summary">{escape(article.summary[0])}</span>'
               if article.summary else "")
    return Markup(  # noqa: S704 - every value escaped
        f'<li class="briefing-item"><a href="{escape(context["link"](briefing_url(article.id)))}">'
        f'{escape(article.title)}</a> <small class="briefing-item-meta">{_briefing_meta(context, article)}</small>'
        f"{summary}</li>")


def _front_matter(values: dict[str, Any]) -> Markup:
    """YAML front matter for mkdocs; every string is made inert first."""
    clean: dict[str, Any] = {k: inert_title(v) if isinstance(v, str) else v for k, v in values.items()}
    clean.setdefault("hide", ["navigation", "toc"])  # Material: the content takes the width
    clean["generated"] = True  # one raw HTML block: templates/mkdocs_hooks.py skips the Markdown pass
    dumped = yaml.dump(clean, Dumper=_FAST_DUMPER, allow_unicode=True, sort_keys=True, width=1000)
    return Markup(f"---\n{dumped}---\n")  # noqa: S704 - every string was made inert, then YAML-dumped


def key_quotes(article: Article, count: int = 3) -> list[QuoteRef]:
    """The ranked quotes, best first; without ranks, the first attributed direct quotes."""
    refs = [QuoteRef(article, i, q) for i, q in enumerate(article.quotes)]
    ranked = sorted((r for r in refs if r.quote.rank), key=lambda r: (r.quote.rank, r.index))
    if ranked:
        return ranked[:count]
    return [r for r in refs if r.quote.kind == "direct" and r.quote.speaker][:count]


def _briefing_filters(article: Article, ix: SiteIndex) -> dict[str, Any]:
    """Values for Pagefind's filters: people with a page, countries, the year."""
    people = {p.name for p in article.people} | {q.speaker for q in article.quotes if q.speaker}
    return {
        "person": sorted(name for name in people if ix.url("person", name)),
        "country": sorted({p.name for p in article.places if p.code and p.kind == "country"}),
        "year": article.date[:4] if article.date and article.date[:4].isdigit() else None,
    }


def briefing_pages(ix: SiteIndex) -> Iterator[Page]:
    for article in ix.articles:
        bundle = ix.search_bundle.get(article.id, PRIMARY_BUNDLE)
        yield Page(
            f"briefings/{article.id}.md",
            "briefing.md.j2",
            {
                "article": article,
                "key_quotes": key_quotes(article),
                "quotes": [QuoteRef(article, i, q) for i, q in enumerate(article.quotes)],
                "related": ix.related.get(article.id, []),
                "record": record_url(article.id),
                "filters": _briefing_filters(article, ix),
                "search_bundle": bundle,
                "search_language": ix.search_languages.get(bundle, PRIMARY_LANGUAGE),
            },
        )


def entity_pages(ix: SiteIndex) -> Iterator[Page]:
    for kind, folder in KINDS.items():
        entities = ix.entities[kind]
        for pagination, chunk in paginate(list(entities), f"{folder}/", INDEX_PER_PAGE):
            yield Page(
                pagination.path(pagination.number),
                "entity_index.md.j2",
                {"kind": kind, "items": chunk, "pagination": pagination, "total": len(entities),
                 "capped": len(entities) >= PAGE_CAPS[kind]},
            )
        for entity in entities:
            items: list[Any] = list(entity.quotes) if kind == "person" else list(entity.briefings)
            for pagination, chunk in paginate(items, entity.url, PER_PAGE):
                yield Page(
                    pagination.path(pagination.number),
                    "entity.md.j2",
                    {"entity": entity, "items": chunk, "pagination": pagination, "kind_url": f"{folder}/",
                     "shown": PERSON_BRIEFINGS_SHOWN, "quotes_shown": PLACE_QUOTES_SHOWN},
                )


def month_url(month: str) -> str:
    return "archive/undated/" if month == "undated" else f"archive/{month[:4]}/{month[5:7]}/"


def archive_pages(ix: SiteIndex, labels: dict[str, str], ui_language: str) -> Iterator[Page]:
    years: dict[str, list[tuple[str, int, str]]] = {}
    for month, articles in ix.by_month.items():
        year = labels["undated"] if month == "undated" else month[:4]
        years.setdefault(year, []).append((month[5:7] or labels["undated"], len(articles), month_url(month)))
    languages = [(code, len(articles)) for code, articles in ix.by_language.items()]
    yield Page("archive.md", "archive.md.j2", {"years": list(years.items()), "languages": languages})
    for month, articles in ix.by_month.items():
        heading = labels["undated"] if month == "undated" else month
        yield from _list_pages(list(articles), month_url(month), heading)
    for code, articles in ix.by_language.items():
        yield from _list_pages(list(articles), f"languages/{code}/", language_name(code, ui_language))


def _list_pages(articles: list[Any], base: str, heading: str) -> Iterator[Page]:
    for pagination, chunk in paginate(articles, base, PER_PAGE):
        yield Page(pagination.path(pagination.number), "list.md.j2",
                   {"items": chunk, "pagination": pagination, "heading": heading, "total": len(articles)})


def home_page(ix: SiteIndex, problems: list[Problem], labels: dict[str, str]) -> Page:
    countries = [e for e in ix.entities["place"] if e.detail and len(e.detail) == 2]
    totals = [
        (labels["briefings_lc"], len(ix.articles), "archive/"),
        (labels["quotes_lc"], ix.total_quotes, None),
        (labels["people_lc"], len(ix.entities["person"]), "people/"),
        (labels["places_lc"], len(ix.entities["place"]), "places/"),
        (labels["organizations_lc"], len(ix.entities["organization"]), "organisations/"),
        (labels["outlets_lc"], len(ix.entities["outlet"]), "outlets/"),
        (labels["languages_lc"], len(ix.by_language), "archive/"),
    ]
    tops = [
        ("person", labels["top_people"], ix.entities["person"][:HOME_TOP]),
        ("place", labels["top_countries"], countries[:HOME_TOP]),
        ("keyword", labels["top_keywords"], ix.entities["keyword"][:HOME_TOP]),
    ]
    return Page("index.md", "home.md.j2", {
        "latest": ix.articles[:HOME_LATEST], "tops": tops, "totals": totals, "problems": problems,
        "kind_urls": {kind: f"{folder}/" for kind, folder in KINDS.items()},
    })


def site_pages(articles: list[Article], problems: list[Problem], labels: dict[str, str],
               ui_language: str = "en", ix: SiteIndex | None = None) -> Iterator[Page]:
    """Every Markdown page of the site, in a fixed order."""
    ix = ix if ix is not None else build_index(articles)
    yield home_page(ix, problems, labels)
    yield Page("report.md", "report.md.j2", {"articles": ix.articles, "problems": problems})
    yield Page("search.md", "search.md.j2", {})
    yield from archive_pages(ix, labels, ui_language)
    yield from briefing_pages(ix)
    yield from entity_pages(ix)


def copy_assets(templates: Path, tree: OutputTree) -> None:
    """The site's own CSS and JS (templates/assets/) into site_src/assets/."""
    folder = templates / "assets"
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            tree.write_bytes("assets/" + path.relative_to(folder).as_posix(), path.read_bytes())


def render_site(
    articles: list[Article], problems: list[Problem], templates: Path, tree: OutputTree,
    options: SiteOptions | str = "en", jobs: int | None = None, search_pages: Path | None = None,
) -> dict[str, BundlePages] | None:
    """Render every page, record and feed of the site into ``tree``.

    The page model is built here; the pages and records are then rendered by ``jobs``
    forked worker processes (default: the core count; one process for small sites),
    each writing the slices it is given to paths this process checked and claimed first
    (:meth:`OutputTree.reserve`). The output is the same, byte for byte, either way.

    With ``search_pages``, each page marked for search is also written there as the small
    HTML file Pagefind indexes (:func:`generator.search.write_search_page`), in page order,
    so the index can start at once; the bundles they fill are returned.
    """
    if isinstance(options, str):
        options = SiteOptions(ui_language=options)
    ix = build_index(articles)
    renderer = Renderer(templates, options.ui_language, ix)
    items: list[Page | Article] = [*site_pages(articles, problems, renderer.labels, options.ui_language, ix),
                                   *ix.articles]
    targets = tree.reserve([_output_path(item) for item in items])
    searched, records = _render_all(renderer, items, targets, _workers(jobs, len(items)),
                                    search=search_pages is not None)
    copy_assets(templates, tree)
    feed_items = ix.articles[: feeds.FEED_SIZE]
    tree.write_text("feed.xml", feeds.atom_feed(feed_items, options.site_name, options.site_url, options.ui_language))
    tree.write_text("feed.json", feeds.json_feed(feed_items, options.site_name, options.site_url,
                                                 options.ui_language))
    tree.write_text("briefings.json", feeds.join_briefings(records))
    if search_pages is None:
        return None
    from generator.search import count_bundles, write_search_page

    # Written here, one by one in page order, not by the workers as they go: Pagefind numbers the
    # pages in the order it lists them, and a memory file system lists them in creation order.
    for bundle, _, url, html in searched:
        write_search_page(search_pages, bundle, url, html)
    return count_bundles(search_pages, [(bundle, language) for bundle, language, _, _ in searched])


def _output_path(item: Page | Article) -> str:
    return item.path if isinstance(item, Page) else record_url(item.id)


def _render_one(renderer: Renderer, item: Page | Article) -> str:
    return renderer.render(item) if isinstance(item, Page) else record_yaml(item)


#: What writing one item gives back: its search page ``(bundle, language, url, html)`` and, for a
#: record, its part of briefings.json ``(id, json)``; ``None`` for what it does not have.
_Searched = tuple[str, str | None, str, str] | None
_Record = tuple[str, str] | None


def _write_one(renderer: Renderer, item: Page | Article, target: Path,
               search: bool) -> tuple[_Searched, _Record]:
    """Render and write one item; with ``search``, also what its search page holds, when it has one."""
    text = _render_one(renderer, item)
    write_file(target, text.encode("utf-8"))
    if not isinstance(item, Page):
        return None, (item.id, feeds.briefing_json(item))
    if not search:
        return None, None
    from generator.search import search_entry  # search imports this module

    return search_entry(item.path, text), None


def _workers(jobs: int | None, files: int) -> int:
    if "fork" not in multiprocessing.get_all_start_methods() or files < PARALLEL_MIN_FILES:
        return 1
    wanted = jobs if jobs is not None else (os.cpu_count() or 1)
    return max(1, min(wanted, files // (PARALLEL_MIN_FILES // 2)))


#: What forked workers render: set just before the fork, inherited (never pickled).
_FORKED: tuple[Renderer, Sequence[Page | Article], Sequence[Path], bool] | None = None


def _render_slice(bounds: tuple[int, int]) -> list[tuple[_Searched, _Record]]:
    """In a worker: render and write ``items[start:stop]``; what each gave back, in order."""
    assert _FORKED is not None
    renderer, items, targets, search = _FORKED
    return [_write_one(renderer, items[n], targets[n], search) for n in range(*bounds)]


def _render_all(renderer: Renderer, items: Sequence[Page | Article], targets: Sequence[Path],
                workers: int, search: bool = False
                ) -> tuple[list[tuple[str, str | None, str, str]], list[tuple[str, str]]]:
    """Render every item and write it to its target, in ``workers`` processes.

    Returns the search pages ``(bundle, language, url, html)`` (with ``search``) and the
    records' parts of briefings.json ``(id, json)``, each in item order.
    """
    global _FORKED
    if workers <= 1:
        results = [_write_one(renderer, item, target, search)
                   for item, target in zip(items, targets, strict=True)]
    else:
        for name in renderer.env.list_templates(filter_func=lambda name: name.endswith(".j2")):
            renderer.env.get_template(name)  # compiled once here, inherited by every worker
        for code in {getattr(item, "language", "") for item in items} - {""}:
            language_name(str(code), renderer.ui_language)  # babel loaded before the fork
        size = max(1, -(-len(items) // (workers * SLICES_PER_WORKER)))
        slices = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
        _FORKED = (renderer, items, targets, search)
        gc.freeze()  # the page model is shared with the workers: keep their collector off it (see build.long_lived)
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = [result for part in pool.map(_render_slice, slices) for result in part]
        finally:
            _FORKED = None
    searched = [entry for entry, _ in results if entry is not None]
    records = [(record[0], str(record[1])) for _, record in results if record is not None]
    return searched, records
