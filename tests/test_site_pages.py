"""Every page of a site made of hand-made records: links, pagination, page policy, feeds, safety."""

from __future__ import annotations

import json
import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from generator import feeds, indexes
from generator.indexes import build_index, paginate
from generator.records import Article, Keyword, Person, Place, Quote, Source
from generator.render import Page, Renderer, load_labels, site_pages

from .conftest import ROOT
from .test_render import EVIL, make_article


def article(n: int, **overrides: object) -> Article:
    values: dict[str, object] = {
        "id": f"story-{n:04d}-{n:08x}",
        "source": Source(f"s{n}.txt", f"{n:064x}", "txt", None),
        "title": f"Story {n}",
        "date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "places": [Place("Indonesia", "ID", "country", None, ["Indonesia"])],
        "keywords": [Keyword("beras", 0.1), Keyword(f"topic {n % 7}", 0.2)],
        "quotes": [Quote(f"Indonesia siap, kata {n}", "John Kirby", "juru bicara", "kata", "direct", 0, 5, 1)],
        "people": [Person("John Kirby", "Juru bicara"), Person(f"Person {n}")],
    }
    values.update(overrides)
    return make_article(**values)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links.extend(v for k, v in attrs if k == "href" and v and tag == "a")


def render_all(articles: list[Article]) -> dict[str, str]:
    index = build_index(articles)
    renderer = Renderer(ROOT / "templates", "en", index)
    return {p.path: renderer.render(p) for p in site_pages(articles, [], renderer.labels, "en", index)}


def url_of(path: str) -> str:
    stem = path.removesuffix(".md")
    return "" if stem == "index" else stem + "/"


def test_every_internal_link_goes_to_a_page_that_exists() -> None:
    pages = render_all([article(n) for n in range(120)])
    urls = {url_of(p) for p in pages}
    for path, source in pages.items():
        body = source.split("---\n", 2)[2]
        assert "\n\n" not in body.strip("\n"), f"{path}: a blank line would end the raw HTML block"
        parser = _Links()
        parser.feed(markdown.markdown(body))
        for href in parser.links:
            if href.startswith(("http:", "https:")) or href.endswith((".yaml", ".xml", ".json")):
                continue
            joined = posixpath.normpath(posixpath.join(Page(path, "x").url or ".", href.split("#")[0]))
            joined = "" if joined == "." else joined.rstrip("/") + "/"
            assert joined in urls, f"{path} links to {href} ({joined}), which is not a page"


def test_long_lists_are_paginated() -> None:
    pages = render_all([article(n) for n in range(120)])
    assert "places/indonesia.md" in pages and "places/indonesia/page-3.md" in pages
    assert "places/indonesia/page-4.md" not in pages
    assert "people/john-kirby/page-3.md" in pages  # 120 quotes, 50 a page
    assert pages["index.md"].count('class="briefing-item"') == 20


def test_page_policy_caps_each_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(indexes.PAGE_CAPS, "person", 3)
    index = build_index([article(n) for n in range(10)])
    people = index.entities["person"]
    assert len(people) == 3 and people[0].name == "John Kirby"  # the quoted person comes first
    assert index.url("person", "John Kirby") == "people/john-kirby/"
    assert sum(index.url("person", f"Person {n}") is None for n in range(10)) == 8  # plain text, no link


def test_quotes_link_back_and_country_gathers_what_was_said() -> None:
    index = build_index([article(1), article(2)])
    kirby = index.entities["person"][0]
    assert [ref.anchor for ref in kirby.quotes] == ["quote-1", "quote-1"]
    [indonesia] = [e for e in index.entities["place"] if e.key == "ID"]
    assert len(indonesia.quotes) == 2 and len(indonesia.briefings) == 2
    assert index.related["story-0001-00000001"][0].id == "story-0002-00000002"


def test_slugs_are_unique_and_never_reserved() -> None:
    people = [Person("Page 2"), Person("Ana"), Person("ANA."), Person("index")]
    index = build_index([article(1, people=people, quotes=[])])
    slugs = [e.slug for e in index.entities["person"]]
    assert len(set(slugs)) == len(slugs)
    assert not {"page-2", "index"} & set(slugs)


def test_paginate() -> None:
    [(first, items)] = paginate([], "x/")
    assert first.count == 1 and items == [] and first.path(1) == "x.md"
    pages = paginate(list(range(101)), "people/a/")
    assert [p.path(p.number) for p, _ in pages] == ["people/a.md", "people/a/page-2.md", "people/a/page-3.md"]


def test_feeds_escape_untrusted_text() -> None:
    evil = article(1, title=EVIL, summary=[EVIL + " ]]> </script>"], keywords=[Keyword(EVIL, 0.1)])
    atom = feeds.atom_feed([evil], "Site", None, "en")
    root = ET.fromstring(atom.split("\n", 1)[1])  # noqa: S314 - our own output, parsed to check it
    entry = root.find("{http://www.w3.org/2005/Atom}entry")
    assert entry is not None and entry.findtext("{http://www.w3.org/2005/Atom}title") == EVIL
    data = json.loads(feeds.json_feed([evil], "Site", "https://example.org/b/", "en"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["items"][0]["title"] == EVIL
    assert data["items"][0]["url"] == "https://example.org/b/briefings/story-0001-00000001/"
    dump = feeds.briefings_json([evil])
    assert "</script>" not in dump and "<" not in dump
    assert json.loads(dump)["briefings"][0]["title"] == EVIL


def test_rfc3339() -> None:
    assert feeds.rfc3339("2024-05-14") == "2024-05-14T00:00:00Z"
    assert feeds.rfc3339("2024-06-02T08:30:00+07:00") == "2024-06-02T01:30:00Z"
    assert feeds.rfc3339("14 Mei") is None and feeds.rfc3339(None) is None


def test_labels_have_the_same_keys_in_both_languages() -> None:
    table = yaml.safe_load((ROOT / "generator" / "data" / "labels.yaml").read_text(encoding="utf-8"))
    assert set(table["en"]) == set(table["id"])
    assert load_labels("id")["search"] == "Cari"


def test_indonesian_labels_render() -> None:
    index = build_index([article(1)])
    renderer = Renderer(ROOT / "templates", "id", index)
    pages = {p.path: renderer.render(p) for p in site_pages(index.articles, [], renderer.labels, "id", index)}
    assert "Ringkasan terbaru" in pages["index.md"]
    assert "Siapa berkata apa" in pages["people/john-kirby.md"]


def test_assets_exist() -> None:
    for name in ("assets/briefings.css", "assets/search.js", "overrides/partials/header.html", "overrides/main.html"):
        assert Path(ROOT / "templates" / name).is_file()
