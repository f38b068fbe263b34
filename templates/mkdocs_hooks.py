"""mkdocs hooks (``hooks:`` in mkdocs.yml) that keep the build of the generated pages linear and cheap.

1. **No Markdown pass over generated pages.** Every page that :mod:`generator.render` writes is
   front matter marked ``generated: true`` followed by one raw HTML block from an autoescaping
   Jinja2 environment. Python-Markdown would copy such a block through unchanged, after parsing
   it with ``html.parser`` (half of mkdocs' time). Here the block is taken as it is:
   :func:`on_page_markdown` sets it aside and hands mkdocs an empty page, :func:`on_page_content`
   puts it back. Pages without the mark (a hand-written page) are converted as usual.
   Security is unchanged: Markdown never interpreted anything inside the raw block.
2. **The theme's navigation rendered once per folder depth.** Material renders the tabs and the
   sidebar navigation on every page; for a page outside ``nav`` they depend only on the page's
   top folder and depth (relative URLs) and on what the page hides, so ``theme_cache`` (used by
   templates/overrides/main.html) keeps one copy per such key.

mkdocs loads this file by its path (mkdocs.yml `hooks:`), once per build; it lives beside the
templates because a project is mkdocs.yml + templates/ + seeds/, and imports only the stdlib.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Raw HTML of generated pages between on_page_markdown and on_page_content, by source path.
_raw_html: dict[str, str] = {}
#: Rendered theme fragments (tabs, sidebars) by (block, top folder and base_url, hidden parts).
_fragments: dict[tuple[str, str, tuple[str, ...]], str] = {}
#: Source paths of the pages listed in the nav (their navigation marks them active: never cached).
_nav_pages: set[str] = set()


def on_pre_build(config: Any) -> None:
    _raw_html.clear()
    _fragments.clear()
    _nav_pages.clear()


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    _nav_pages.update(page.file.src_uri for page in nav.pages)
    return nav


def on_env(env: Any, config: Any, files: Any) -> Any:
    env.globals["theme_cache"] = theme_cache
    return env


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if page.meta.get("generated") is True:
        _raw_html[page.file.src_uri] = markdown.strip("\n")
        return ""
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    raw = _raw_html.pop(page.file.src_uri, None)
    return html if raw is None else raw


def theme_cache(name: str, page: Any, base_url: str, caller: Callable[[], str]) -> str:
    """``{% call theme_cache("tabs", page, base_url) %}…{% endcall %}``: the block, rendered once per key.

    Only pages outside the nav whose table of contents is empty share a copy: for them the
    block's output depends on nothing but the relative base URL and the parts the page hides.
    """
    if page is None or page.file.src_uri in _nav_pages or page.toc:
        return caller()
    top = page.url.split("/", 1)[0]  # nav links are top-level: relative URLs depend on depth and folder
    key = (name, f"{top}|{base_url}", tuple(sorted(page.meta.get("hide") or ())))
    fragment = _fragments.get(key)
    if fragment is None:
        fragment = _fragments[key] = caller()
    return fragment
