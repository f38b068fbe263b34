"""Read stage: find input articles and turn each into a :class:`Document`.

``discover`` walks the seeds folder (recursively, sorted by relative path,
so builds are deterministic) and reports every file it will not read as a
``Problem(severity="skipped")``, never silently. ``read_document`` reads one
file: size limit, binary sniffing, decoding (see :mod:`generator.encoding`),
front matter (see :mod:`generator.frontmatter`), HTML extraction (see
:mod:`generator.webpage`), normalisation; any reason the file cannot be used
is raised as :class:`errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.encoding import DecodeError, binary_kind, decode_bytes
from generator.errors import InputError
from generator.frontmatter import load_front_matter, split_front_matter
from generator.markdown_text import markdown_to_text
from generator.records import Problem
from generator.text import iter_sentences, normalize_text
from generator.webpage import extract_page

log = logging.getLogger(__name__)

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm"}
_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MIN_HTML_WORDS = 5  # fewer words than this is navigation chrome, not an article
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Document:
    path: Path
    relpath: str
    format: str  # "txt" | "md" | "html"
    sha256: str  # of the raw bytes
    text: str  # decoded, normalised, front matter removed; for HTML the main text
    front_matter: dict[str, Any] = field(default_factory=dict)
    html_meta: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # usable, but something was dropped (e.g. a wrong-typed field)


def discover(seeds: Path) -> tuple[list[Path], list[Problem]]:
    """Supported files under ``seeds`` (sorted) and a Problem for each skipped one."""
    found: list[Path] = []
    problems: list[Problem] = []
    entries = list(seeds.rglob("*"))
    candidates = sorted((p for p in entries if not p.is_dir()), key=lambda p: _relpath(p, seeds))
    root = seeds.resolve()
    for link in sorted((p for p in entries if p.is_symlink() and p.is_dir()), key=lambda p: _relpath(p, seeds)):
        rel = _relpath(link, seeds)
        if link.resolve().is_relative_to(root):
            reason = "skipped: a symlinked folder (its files are read where they really are)"
            problems.append(Problem(rel, reason, severity="skipped"))
        else:
            problems.append(Problem(rel, "refused: a symlinked folder that points outside the seeds folder"))
    for path in candidates:
        rel = _relpath(path, seeds)
        if any(part.startswith(".") for part in Path(rel).parts):
            problems.append(Problem(rel, "skipped: hidden file", severity="skipped"))
        elif not path.is_file():
            problems.append(Problem(rel, "skipped: not a regular file", severity="skipped"))
        elif path.suffix.lower() not in SUPPORTED:
            kinds = ", ".join(sorted(SUPPORTED))
            reason = f"skipped: unsupported file type {path.suffix or '(none)'!r} (supported: {kinds})"
            problems.append(Problem(rel, reason, severity="skipped"))
        else:
            found.append(path)
    for problem in problems:
        log.info("%s", problem.line())
    return found, problems


def _relpath(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_document(path: Path, root: Path, max_bytes: int = 5_000_000) -> Document:
    """Read, decode and normalise one input file; raise InputError if unusable."""
    relpath = _relpath(path, root)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unsupported file type {path.suffix or '(none)'!r}")
    data = _read_bytes(path, max_bytes)
    raw = _decode(data)
    if fmt == "html":
        text, html_meta = extract_page(raw)
        front: dict[str, Any] = {}
        warnings: list[str] = []
        if len(_WORD.findall(text)) < MIN_HTML_WORDS:
            raise InputError("HTML page has no article text that could be extracted")
    else:
        source, rest = split_front_matter(raw.lstrip("\ufeff"))
        front, warnings = load_front_matter(source, relpath) if source is not None else ({}, [])
        text = markdown_to_text(rest) if fmt == "md" else rest
        html_meta = {}
    text = normalize_text(text)
    _check_text(text, front)
    return Document(
        path=path,
        relpath=relpath,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        front_matter=front,
        html_meta=html_meta,
        warnings=tuple(warnings),
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}") from err
    if len(data) > max_bytes:
        raise InputError(f"file is over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise InputError("empty file")
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"binary file ({kind}), not text")
    return data


def _decode(data: bytes) -> str:
    try:
        text = decode_bytes(data)
    except DecodeError as err:
        raise InputError(str(err)) from err
    if not text.strip("\ufeff \t\r\n\x00"):
        raise InputError("empty file")
    return text


def _check_text(text: str, front: dict[str, Any]) -> None:
    if not text:
        raise InputError("no article text" + (" after the front matter" if front else ""))
    for start, end in iter_sentences(text):  # usually the first sentence will do
        if len(_WORD.findall(text[start:end])) >= 2:
            return
    raise InputError("text has no sentences (no run of two or more words)")
