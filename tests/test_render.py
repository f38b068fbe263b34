from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from generator import feeds
from generator.indexes import build_index
from generator.records import Article, Keyword, Person, Quote, Source
from generator.render import Page, Renderer, briefing_pages, inert_title, relative_url, safe_url

from .conftest import ROOT

EVIL = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) {{ 7*7 }} {% include "x" %}'


def make_article(**overrides: object) -> Article:
    values: dict[str, object] = {
        "id": "a-title-0123abcd",
        "source": Source("a.txt", "0123abcd" * 8, "txt", None),
        "title": "A title",
        "outlet": "Tempo.co",
        "dateline": "Jakarta",
        "wire": ["Reuters"],
        "date": "2023-09-01",
        "language": "id",
        "author": None,
        "word_count": 3,
        "reading_minutes": 1,
        "related": [],
        "tags": [],
        "origins": {"outlet": "text"},
        "summary": ["First sentence of the story."],
        "keywords": [Keyword("Korea Utara", 0.01)],
        "quotes": [Quote("Kami tetap khawatir", "John Kirby", None, "kata", "direct", 0, 19, 1)],
        "people": [Person("John Kirby", "Juru bicara")],
        "organizations": [],
        "places": [],
        "body": "Kami tetap khawatir.",
    }
    values.update(overrides)
    return Article(**values)  # type: ignore[arg-type]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def to_html(page_source: str) -> str:
    body = page_source.split("---\n", 2)[2]
    return markdown.markdown(body)


def render_briefing(article: Article) -> str:
    index = build_index([article])
    renderer = Renderer(ROOT / "templates", "en", index)
    [page] = list(briefing_pages(index))
    page.context["record"] = "records/x.yaml"
    return renderer.render(page)


def test_briefing_shows_meta_quotes_and_inferred_marks() -> None:
    html = to_html(render_briefing(make_article()))
    assert "Tempo.co" in html and "Jakarta" in html and "Reuters" in html
    assert "<blockquote>Kami tetap khawatir</blockquote>" in html
    assert 'href="../../people/john-kirby/"' in html
    assert 'class="meta-outlet inferred"' in html
    assert 'href="../../records/x.yaml"' in html


@pytest.mark.parametrize("field", ["title", "body", "outlet", "summary", "speaker"])
def test_untrusted_text_stays_inert(field: str) -> None:
    overrides: dict[str, object] = {}
    if field == "summary":
        overrides["summary"] = [EVIL]
    elif field == "speaker":
        overrides["quotes"] = [Quote(EVIL, EVIL, EVIL, "said", "direct", 0, 5, 1)]
    else:
        overrides[field] = EVIL
    source = render_briefing(make_article(**overrides))
    html = to_html(source)
    parser = _Collector()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert not any(name.startswith("on") for name, _ in parser.attrs)
    assert not any(value and "javascript:" in value for _, value in parser.attrs)
    assert "{{ 7*7 }}" in html.replace("&#123;", "{")  # shown as text, not evaluated
    assert "49" not in html
    assert "\n\n" not in source.split("---\n", 2)[2].strip("\n"), "a blank line would end the raw HTML block"


def test_front_matter_title_is_inert() -> None:
    source = render_briefing(make_article(title="</title><script>x</script> & \"q\""))
    front = source.split("---\n", 2)[1]
    assert "<" not in front and ">" not in front and "&" not in front


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a?b=1", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<x>", False),
        ("https://exa mple.com", False),
        ('https://example.com/"onmouseover=x', False),
        ("//example.com", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_inert_title() -> None:
    assert inert_title('a <b> & "c"\n d') == "a ‹b› ＆ ”c” d"


@pytest.mark.parametrize(
    ("page", "target", "expected"),
    [
        ("index.md", "briefings/x/", "briefings/x/"),
        ("briefings/x.md", "briefings/y/", "../y/"),
        ("briefings/x.md", "records/x.yaml", "../../records/x.yaml"),
        ("report.md", "", "../"),
        ("people/index.md", "briefings/x/", "../briefings/x/"),
    ],
)
def test_relative_url(page: str, target: str, expected: str) -> None:
    assert relative_url(Page(page, "t"), target) == expected


def test_templates_exist() -> None:
    for name in ("briefing.md.j2", "home.md.j2", "report.md.j2", "entity.md.j2", "entity_index.md.j2",
                 "list.md.j2", "archive.md.j2", "search.md.j2"):
        assert (Path(ROOT / "templates") / name).is_file()


def _rendered(folder: Path, jobs: int, articles: list[Article]) -> dict[str, bytes]:
    from generator.render import SiteOptions, render_site
    from generator.writer import OutputTree

    tree = OutputTree(folder)
    render_site(articles, [], ROOT / "templates", tree, SiteOptions(), jobs=jobs)
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    return files


def test_parallel_rendering_writes_the_same_bytes_as_serial(tmp_path: Path) -> None:
    from eval.scale_site import synthetic_articles
    from generator.render import PARALLEL_MIN_FILES, _workers

    articles = synthetic_articles(300)
    serial = _rendered(tmp_path / "serial", 1, articles)
    assert len(serial) >= PARALLEL_MIN_FILES and _workers(2, len(serial)) == 2  # really forks
    parallel = _rendered(tmp_path / "parallel", 2, articles)
    assert parallel.keys() == serial.keys()
    assert [path for path in serial if serial[path] != parallel[path]] == []
    # briefings.json is assembled from the parts the workers serialised: the same as in one piece
    assert parallel["briefings.json"].decode("utf-8") == feeds.briefings_json(articles)


def test_render_workers_write_the_search_pages_a_second_pass_would(tmp_path: Path) -> None:
    from eval.scale_site import synthetic_articles
    from generator.render import SiteOptions, render_site
    from generator.search import write_search_pages
    from generator.writer import OutputTree

    articles = synthetic_articles(300)
    bundles = render_site(articles, [], ROOT / "templates", OutputTree(tmp_path / "src"), SiteOptions(), jobs=2,
                          search_pages=tmp_path / "by-workers")
    again = write_search_pages(tmp_path / "src", tmp_path / "by-pass")
    assert bundles == again and sum(b.pages for b in again.values()) >= 300

    def tree(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert tree(tmp_path / "by-workers") == tree(tmp_path / "by-pass")


def test_small_sites_and_one_job_render_in_one_process() -> None:
    from generator.render import PARALLEL_MIN_FILES, _workers

    assert _workers(4, PARALLEL_MIN_FILES - 1) == 1
    assert _workers(1, 100_000) == 1
    assert _workers(2, 100_000) == 2


def test_every_output_path_is_checked_before_any_worker_writes(tmp_path: Path) -> None:
    from generator.errors import BuildError
    from generator.writer import OutputTree

    tree = OutputTree(tmp_path)
    with pytest.raises(BuildError, match="twice"):
        tree.reserve(["a.md", "b.md", "a.md"])
    with pytest.raises(BuildError, match="outside"):
        OutputTree(tmp_path).reserve(["ok.md", "../evil.md"])
    assert not any(tmp_path.iterdir())


_TEXT = ["", " ", "null", "~", "123", "1.5", "true", "no", "- a", "a: b", "# x", "'q'", '"q"', "a\nb", "a\n", "\n",
         "  lead", "trail  ", "tab\tx", "ünï ☃ 𝄞", "\x85nel", "\u2028ls", "\ufeffbom", "a" * 150, "x\r\ny", "&a *b !c"]


def _old_record_yaml(article: Article) -> str:
    import yaml

    from generator.store import _RecordDumper

    return yaml.dump(article.to_dict(), Dumper=_RecordDumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


@pytest.mark.parametrize("text", _TEXT)
def test_record_yaml_and_json_are_what_pyyaml_and_to_dict_give(text: str) -> None:
    import json

    from generator.records import Organization, Place
    from generator.store import record_json, record_yaml

    article = make_article(title=text, author=text or None, body=f"{text}\n\n{text}", summary=[text, text],
                           related=[text], tags=[text], origins={"title": "derived"},
                           keywords=[Keyword(text or "k", 0.1), Keyword("x", 1e-7), Keyword("y", float("inf"))],
                           quotes=[Quote(text, text or None, text, "kata", "direct", 0, len(text), None)],
                           people=[Person(text or "p", None, 2, [text])],
                           organizations=[Organization(text or "o", [text], 1)],
                           places=[Place(text or "p", "ID", "country", "ID", [text], 0)])
    assert record_yaml(article) == _old_record_yaml(article)
    assert record_json(article) == json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=False)
