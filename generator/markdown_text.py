"""Markdown body to plain text, keeping paragraphs.

Rendered with Python-Markdown, then the HTML is flattened with the standard
library's parser: block elements become paragraphs separated by blank lines,
inline markup disappears, images and code blocks are dropped.
"""

from __future__ import annotations

from html.parser import HTMLParser

import markdown

_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "tr", "hr", "br"})
_SKIP = frozenset({"pre", "script", "style", "img"})


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag != "img":
            self.skipping += 1
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "img" and self.skipping:
            self.skipping -= 1
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def markdown_to_text(source: str) -> str:
    """Plain text of a Markdown document, paragraphs separated by blank lines."""
    html = markdown.markdown(source, output_format="html")
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.parts)
