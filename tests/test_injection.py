"""Issue 8, injection: untrusted article text never becomes markup, script or a link.

A malicious corpus (tests/fixtures/hostile/corpus.py) is built once by the real pipeline and
mkdocs. Every payload carries a unique marker ``XSS<n>Q``; the tests parse every produced
HTML page, feed, JSON file and YAML record and assert that a marker only ever appears as
text: never in a tag or attribute name, never inside a script/style/comment or an element a
payload introduced, never in an event handler or a URL attribute.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.records import Article
from generator.store import load_record_yaml

from .fixtures.hostile.corpus import PAYLOAD_TAGS, Injection, injection_site

MARKER = re.compile(r"XSS\d{3}Q")
URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster", "background",
             "content", "ping", "cite"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
#: Elements of the theme and templates where article text legitimately appears as text.
RAW_TEXT = {"script", "style", "textarea", "title", "noscript", "template", "iframe", "xmp", "noembed"}


class Scan(HTMLParser):
    """Collects every way a marker could have escaped from text into markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.findings: list[str] = []
        self.scripts: list[tuple[str, str]] = []  # (src, inline text) of every <script>
        self.text: list[str] = []
        self._script: list[str] | None = None
        self._script_src = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_tag(tag, attrs)
        if tag == "script":
            self._script = []
            self._script_src = dict(attrs).get("src") or ""
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_tag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script_src, "".join(self._script)))
            self._script = None
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        self.text.append(data)
        if not MARKER.search(data):
            return
        raw = [t for t in self.stack if t in RAW_TEXT - {"title"}]
        if raw:
            self.findings.append(f"marker inside <{raw[-1]}>: {data.strip()[:80]!r}")
        introduced = [t for t in self.stack if t in PAYLOAD_TAGS - {"a", "div", "details"}]
        if introduced:
            self.findings.append(f"marker inside <{introduced[-1]}> (markup from content): {data.strip()[:80]!r}")

    def handle_comment(self, data: str) -> None:
        if MARKER.search(data):
            self.findings.append(f"marker inside an HTML comment: {data[:80]!r}")

    def handle_pi(self, data: str) -> None:
        if MARKER.search(data):
            self.findings.append(f"marker inside a processing instruction: {data[:80]!r}")

    def unknown_decl(self, data: str) -> None:
        if MARKER.search(data):
            self.findings.append(f"marker inside a declaration: {data[:80]!r}")

    def _check_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if MARKER.search(tag):
            self.findings.append(f"marker in a tag name: <{tag}>")
        for name, value in attrs:
            value = value or ""
            if MARKER.search(name):
                self.findings.append(f"marker in an attribute name: <{tag} {name}=...>")
            if name.startswith("on"):  # neither the theme nor the templates use inline handlers
                self.findings.append(f"event handler attribute: <{tag} {name}={value[:60]!r}>")
            if name in URL_ATTRS and value.strip().lower().replace("\t", "").startswith(BAD_SCHEMES):
                self.findings.append(f"dangerous URL: <{tag} {name}={value[:60]!r}>")
            if name == "style" and MARKER.search(value):
                self.findings.append(f"marker in a style attribute: <{tag} style={value[:60]!r}>")
            if name == "http-equiv" and tag == "meta" and value.lower() == "refresh":
                self.findings.append("a <meta http-equiv=refresh> from content")
        if tag in {"base", "iframe", "object", "embed", "frame", "applet"}:
            self.findings.append(f"<{tag}> element (no template emits one)")


def scan_html(text: str) -> Scan:
    scan = Scan()
    scan.feed(text)
    scan.close()
    return scan


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any, Injection]:
    root, result, corpus = injection_site(tmp_path_factory.getbasetemp())
    assert result.published, "the injection corpus must build"
    return root, result, corpus


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_input_of_the_malicious_corpus_is_published(built: tuple[Path, Any, Injection]) -> None:
    _root, result, corpus = built
    published = {a.source.path for a in result.articles}
    problems = {p.path: p.reason for p in result.problems}
    assert published | set(problems) == set(corpus.files)
    assert not [r for r in problems.values() if "extraction failed" in r]


def test_no_page_has_markup_script_handler_or_js_url_from_content(built: tuple[Path, Any, Injection]) -> None:
    root, _result, _corpus = built
    site = root / "site"
    pages = html_pages(site)
    assert len(pages) > 20
    findings = []
    for page in pages:
        for finding in scan_html(page.read_text(encoding="utf-8")).findings:
            findings.append(f"{page.relative_to(site)}: {finding}")
    assert not findings, "\n".join(findings[:40])


def test_markers_reach_the_pages_as_text(built: tuple[Path, Any, Injection]) -> None:
    """The scan above is only meaningful if the payloads were published at all."""
    root, _result, corpus = built
    seen: set[str] = set()
    for page in html_pages(root / "site"):
        seen.update(MARKER.findall(" ".join(scan_html(page.read_text(encoding="utf-8")).text)))
    missing = [m for m in corpus.markers if m not in seen]
    # Speaker-name payloads may be dropped by the extractors; body and front matter ones may not.
    assert len(missing) < len(corpus.markers) // 4, f"markers never shown: {missing}"


def test_body_payloads_render_verbatim_as_text(built: tuple[Path, Any, Injection]) -> None:
    root, result, corpus = built
    by_path = {a.source.path: a for a in result.articles}
    failures = []
    for i in range(len(corpus.files)):
        name = f"body-{i:02d}.txt"
        if name not in by_path:
            continue
        article = by_path[name]
        page = root / "site" / "briefings" / article.id / "index.html"
        text = " ".join(" ".join(scan_html(page.read_text(encoding="utf-8")).text).split())
        for marker, payload in corpus.literal_checks.items():
            if marker in article.body and " ".join(payload.split()) not in text:
                failures.append(f"{name}: {payload!r} is not shown verbatim")
    assert not failures, "\n".join(failures)


def test_template_syntax_is_not_evaluated(built: tuple[Path, Any, Injection]) -> None:
    root, _result, _corpus = built
    texts = [" ".join(scan_html(p.read_text(encoding="utf-8")).text) for p in html_pages(root / "site" / "briefings")]
    joined = "\n".join(texts)
    assert "{{ 7*7 }}" in joined and "{% include 'mkdocs.yml' %}" in joined
    assert "site_dir:" not in joined, "a Jinja include of mkdocs.yml was evaluated"


def test_briefing_pages_carry_the_same_scripts_as_a_benign_one(built: tuple[Path, Any, Injection]) -> None:
    root, result, corpus = built
    ids = {a.source.path: a.id for a in result.articles}
    site = root / "site" / "briefings"

    def scripts(article_id: str) -> set[tuple[str, str]]:
        return set(scan_html((site / article_id / "index.html").read_text(encoding="utf-8")).scripts)

    reference = scripts(ids[corpus.benign_name])
    odd = {path: scripts(aid) ^ reference for path, aid in ids.items() if scripts(aid) != reference}
    assert not odd, f"scripts differ from the benign page: {odd}"


def test_no_dangerous_link_anywhere_even_without_markers(built: tuple[Path, Any, Injection]) -> None:
    root, _result, _corpus = built
    bad = []
    for page in html_pages(root / "site"):
        for finding in scan_html(page.read_text(encoding="utf-8")).findings:
            if finding.startswith("dangerous URL"):
                bad.append(f"{page}: {finding}")
    assert not bad, "\n".join(bad)


# --- feeds, JSON, records -----------------------------------------------------------------------


def _xml_findings(element: ET.Element, where: str) -> list[str]:
    findings = []
    atom = "{http://www.w3.org/2005/Atom}"
    for el in element.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if MARKER.search(tag) or not (tag.startswith(atom) or not tag.startswith("{")):
            findings.append(f"{where}: element {tag!r} from content")
        for name, value in el.attrib.items():
            if MARKER.search(name):
                findings.append(f"{where}: attribute name {name!r}")
            if name == "href" and value.strip().lower().startswith(BAD_SCHEMES):
                findings.append(f"{where}: {tag} href={value!r}")
        if tag.endswith("content") and el.get("type") in ("html", "xhtml") and el.text:
            findings.extend(f"{where}: in <content>: {f}" for f in scan_html(el.text).findings)
    return findings


def test_atom_feed_is_well_formed_and_inert(built: tuple[Path, Any, Injection]) -> None:
    root, _result, _corpus = built
    feed = root / "site" / "feed.xml"
    if not feed.exists():
        pytest.skip("no Atom feed in this build")
    tree = ET.fromstring(feed.read_bytes())  # noqa: S314 - our own output, parsed to check it is well formed
    findings = _xml_findings(tree, "feed.xml")
    assert not findings, "\n".join(findings[:30])
    assert "XSS" in feed.read_text(encoding="utf-8"), "the feed carries the (escaped) payloads"


def _walk_json(value: Any, path: str = "$") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [item for k, v in value.items() for item in _walk_json(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [item for i, v in enumerate(value) for item in _walk_json(v, f"{path}[{i}]")]
    return [(path, value)]


URL_KEYS = ("url", "external_url", "href", "image", "home_page_url", "feed_url", "record", "page", "link")


def _json_files(root: Path) -> dict[str, Any]:
    found = {}
    for name in ("feed.json", "briefings.json"):
        path = root / "site" / name
        if path.exists():
            found[name] = json.loads(path.read_text(encoding="utf-8"))  # valid JSON, or this raises
    assert found, "neither feed.json nor briefings.json was produced"
    return found


def test_json_feed_and_briefings_json_are_valid_and_their_html_inert(built: tuple[Path, Any, Injection]) -> None:
    root, _result, _corpus = built
    findings = []
    for name, data in _json_files(root).items():
        for where, value in _walk_json(data):
            if isinstance(value, str) and where.rsplit(".", 1)[-1].endswith("html"):
                findings.extend(f"{name} {where}: {f}" for f in scan_html(value).findings)
    assert not findings, "\n".join(findings[:30])


def test_data_files_carry_no_javascript_url(built: tuple[Path, Any, Injection]) -> None:
    root, result, _corpus = built
    findings = [f"record {a.id}: source.url={a.source.url!r}" for a in result.articles
                if (a.source.url or "").strip().lower().startswith(BAD_SCHEMES)]
    for name, data in _json_files(root).items():
        for where, value in _walk_json(data):
            key = where.rsplit(".", 1)[-1]
            if isinstance(value, str) and key in URL_KEYS and value.strip().lower().startswith(BAD_SCHEMES):
                findings.append(f"{name} {where}: {value!r}")
    assert not findings, "\n".join(findings[:30])


def test_json_feed_html_has_no_markup_from_content(built: tuple[Path, Any, Injection]) -> None:
    root, _result, _corpus = built
    path = root / "site" / "feed.json"
    if not path.exists():
        pytest.skip("no JSON feed in this build")
    for item in json.loads(path.read_text(encoding="utf-8")).get("items", []):
        html = item.get("content_html") or item.get("summary_html") or ""
        scan = scan_html(html)
        assert not scan.findings, scan.findings
        assert not any(tag for tag in ("<script", "<img", "<svg", "<iframe") if tag in html.lower()), html[:200]


def test_no_script_end_tag_inside_an_inline_script(built: tuple[Path, Any, Injection]) -> None:
    """Embedded JSON (if any) must escape ``</script``; a marker in a script means it did not."""
    root, _result, _corpus = built
    for page in html_pages(root / "site"):
        for src, inline in scan_html(page.read_text(encoding="utf-8")).scripts:
            assert not MARKER.search(inline), f"{page}: content inside an inline script {src!r}"


def test_records_load_safely_and_round_trip_exactly(built: tuple[Path, Any, Injection]) -> None:
    root, result, _corpus = built
    by_id: dict[str, Article] = {a.id: a for a in result.articles}
    for folder in (root / "site_src" / "records", root / "site" / "records"):
        files = sorted(folder.glob("*.yaml"))
        assert {f.stem for f in files} == set(by_id)
        for f in files:
            text = f.read_text(encoding="utf-8")
            assert isinstance(yaml.safe_load(text), dict)
            assert load_record_yaml(text).to_dict() == by_id[f.stem].to_dict(), f"{f.name} does not round-trip"


def test_front_matter_payloads_round_trip_in_records(built: tuple[Path, Any, Injection]) -> None:
    """A title full of markup is stored exactly as written (it is made inert only when rendered)."""
    _root, result, _corpus = built
    titles = [a.title for a in result.articles if a.source.path.startswith("front-")]
    assert any("<script>" in t for t in titles), titles
