"""Render records into mkdocs pages with Jinja2.

Every page is Markdown whose content is one raw HTML block produced by an
autoescaping Jinja2 environment, so article text is always inert: HTML is
escaped by Jinja2, and Markdown, link and macro syntax inside a raw HTML
block is not interpreted by Python-Markdown. Values that mkdocs itself puts
into its theme (the page title) go through :func:`inert_title`, because the
mkdocs theme environment does not autoescape.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import yaml

from generator.records import Article, Problem
from generator.store import record_yaml
from generator.writer import OutputTree

_TITLE_TABLE = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "'": "’", "\\": "＼", "`": "ʻ"})


def inert_title(text: str) -> str:
    """A one-line title with no character that HTML, Markdown or YAML could act on."""
    return " ".join(text.translate(_TITLE_TABLE).split())


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
    return table.get(language, table["en"])


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
    here = from_page.url or "."
    rel = posixpath.relpath(target or ".", here if here.endswith("/") else posixpath.dirname(here))
    if target.endswith("/") or target == "":
        rel = rel.rstrip("/") + "/"
    return rel


def briefing_url(article_id: str) -> str:
    return f"briefings/{article_id}/"


def record_url(article_id: str) -> str:
    return f"records/{article_id}.yaml"


class Renderer:
    def __init__(self, templates: Path, ui_language: str = "en") -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["inert_title"] = inert_title
        self.env.filters["safe_url"] = safe_url
        self.env.filters["front_matter"] = _front_matter
        self.labels = load_labels(ui_language)

    def render(self, page: Page) -> str:
        template = self.env.get_template(page.template)

        def link(target: str) -> str:
            return relative_url(page, target)

        return template.render(page.context, t=self.labels, link=link, page_url=page.url)


def _front_matter(values: dict[str, Any]) -> jinja2.utils.markupsafe.Markup:
    """YAML front matter for mkdocs; every string is made inert first."""
    clean = {k: inert_title(v) if isinstance(v, str) else v for k, v in values.items()}
    dumped = yaml.safe_dump(clean, allow_unicode=True, sort_keys=True, width=1000)
    return jinja2.utils.markupsafe.Markup(f"---\n{dumped}---\n")


def newest_first(articles: list[Article]) -> list[Article]:
    """Dated articles newest first, then undated ones, ties broken by id (deterministic)."""
    return sorted(articles, key=lambda a: (a.date is None, _neg_date(a.date), a.id))


def _neg_date(date: str | None) -> tuple[int, ...]:
    if not date:
        return ()
    digits = [int(part) for part in date[:10].split("-") if part.isdigit()]
    return tuple(-d for d in digits)


def site_pages(articles: list[Article], problems: list[Problem]) -> list[Page]:
    ordered = newest_first(articles)
    pages = [
        Page("index.md", "home.md.j2", {"articles": ordered, "problems": problems}),
        Page("report.md", "report.md.j2", {"articles": ordered, "problems": problems}),
    ]
    for article in ordered:
        key_quotes = sorted((q for q in article.quotes if q.rank), key=lambda q: q.rank)[:3]
        pages.append(
            Page(
                f"briefings/{article.id}.md",
                "briefing.md.j2",
                {"article": article, "key_quotes": key_quotes, "record": record_url(article.id)},
            )
        )
    return pages


def render_site(
    articles: list[Article], problems: list[Problem], templates: Path, tree: OutputTree, ui_language: str
) -> None:
    renderer = Renderer(templates, ui_language)
    for page in site_pages(articles, problems):
        tree.write_text(page.path, renderer.render(page))
    for article in articles:
        tree.write_text(record_url(article.id), record_yaml(article))
