"""Search: index the site with Pagefind, and measure what a first query downloads.

The index is built from the rendered pages (site_src), not from mkdocs' output:
only pages marked ``data-pagefind-body`` (briefings and people) are searchable,
and their marked part is the same in both, so the index is the same. That lets
:class:`BackgroundIndex` feed Pagefind's indexing service while mkdocs builds
the site (two cores at work), then move the bundle into ``site/pagefind``.
:func:`index_site` still indexes a built site with the Pagefind command.

Pagefind splits its index into chunks by word range, one fragment per page and
one file per filter, so a query loads only the chunks its words fall in.
The whole site is indexed as one language, Indonesian (``--force-language id``):
one search box then finds briefings in both languages, and Indonesian
stemming makes ``kesepakatan`` find ``sepakat``. English words are stemmed
with the Indonesian rules too (which leave most English words whole), the
price of a single index.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generator.errors import BuildError
from generator.render import Page

log = logging.getLogger(__name__)

#: The language every page is indexed as (see the module's docstring).
INDEX_LANGUAGE = "id"
#: Pagefind's UI loads this many results' fragments for the first page of results.
RESULTS_SHOWN = 5
_SIGNATURE = b"pagefind_dcd"


def index_site(site_dir: Path, language: str = INDEX_LANGUAGE) -> None:
    """Run Pagefind over ``site_dir``; the bundle goes to ``site_dir/pagefind``."""
    _run_pagefind(site_dir, site_dir / "pagefind", language)
    canonicalize_filters(site_dir / "pagefind")
    log.debug("pagefind indexed %s", site_dir)


def _run_pagefind(
    site_dir: Path, bundle: Path, language: str, started: Callable[[subprocess.Popen[str]], None] | None = None
) -> None:
    argv = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-path", str(bundle),
            "--force-language", language, "--silent"]
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        if started is not None:
            started(process)
        out, err = process.communicate()
    if process.returncode != 0 or not (bundle / "pagefind-entry.json").is_file():
        raise BuildError(f"pagefind failed ({process.returncode}): {(err or out).strip()[:500]}")


_BODY_MARK = "data-pagefind-body"


def searchable_pages(pages_dir: Path) -> Iterator[tuple[str, str]]:
    """``(url, html)`` of every rendered page that marks a part for search, in path order.

    A rendered page is YAML front matter and one raw HTML block, which mkdocs copies
    into its page as it is (see templates/mkdocs_hooks.py); the URL is mkdocs' own.
    """
    for path in sorted(pages_dir.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if _BODY_MARK not in text:
            continue
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            text = text[end + 5:] if end >= 0 else text
        yield Page(path.relative_to(pages_dir).as_posix(), "").url, text


def write_search_pages(pages_dir: Path, out: Path) -> int:
    """The searchable pages as minimal HTML files at their URLs under ``out``; how many."""
    count = 0
    for url, html in searchable_pages(pages_dir):
        target = out / url / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"<!doctype html>\n<html><body>\n{html}</body></html>\n", encoding="utf-8")
        count += 1
    return count


class BackgroundIndex:
    """Pagefind's index of the rendered pages, built in a thread while mkdocs runs.

    ``start()`` after rendering: the thread writes the searchable pages as small HTML
    files beside the staged site and runs Pagefind over them. ``finish(site_dir)`` after
    mkdocs: it waits, moves the bundle to ``site_dir/pagefind`` and makes it canonical.
    (Pagefind's Python API is not used: its service reads one answer per 0.1 s.)
    """

    def __init__(self, pages_dir: Path, work: Path, language: str = INDEX_LANGUAGE) -> None:
        self.pages_dir = pages_dir
        self.work = work
        self.language = language
        self.pages = 0
        self._error: BaseException | None = None
        self._process: subprocess.Popen[str] | None = None
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pagefind-index", daemon=True)

    def start(self) -> BackgroundIndex:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self.pages = write_search_pages(self.pages_dir, self.work / "pages")
            if not self._cancelled.is_set():
                _run_pagefind(self.work / "pages", self.work / "pagefind", self.language, self._started)
        except BaseException as err:  # handed to finish(), which raises it in the building thread
            self._error = err

    def _started(self, process: subprocess.Popen[str]) -> None:
        self._process = process
        if self._cancelled.is_set():
            process.kill()

    def cancel(self) -> None:
        """Stop indexing (the build failed) and wait, so nothing writes into staging afterwards."""
        self._cancelled.set()
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
        self._thread.join()

    def finish(self, site_dir: Path) -> None:
        self._thread.join()
        if isinstance(self._error, BuildError):
            raise self._error
        if self._error is not None:
            raise BuildError(f"search index failed: {self._error!r}") from self._error
        target = site_dir / "pagefind"
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(self.work / "pagefind"), str(target))
        shutil.rmtree(self.work, ignore_errors=True)
        canonicalize_filters(target)
        log.debug("pagefind indexed %d page(s) into %s", self.pages, target)


def canonicalize_filters(bundle: Path) -> None:
    """Make Pagefind's filter files and metadata byte-identical from run to run.

    Pagefind 1.5 writes the values of each filter, and the filters in its metadata,
    in hash-map order, which changes between runs. Each filter file is rewritten
    with its values sorted, named by its own digest; the metadata lists the filters
    sorted by name and is renamed the same way; the entry file points to it.
    """
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read_pf(meta_path)
        if len(meta) < 4:
            continue
        filters = []
        for name, digest in meta[3]:
            old = bundle / "filter" / f"{digest}.pf_filter"
            content = _read_pf(old)
            content[1] = sorted(content[1], key=lambda value: value[0])
            payload = _pf_bytes(content)
            new_digest = f"{language}_{hashlib.sha256(payload).hexdigest()[:7]}"
            old.unlink()
            (bundle / "filter" / f"{new_digest}.pf_filter").write_bytes(payload)
            filters.append([name, new_digest])
        meta[3] = sorted(filters)
        payload = _pf_bytes(meta)
        info["hash"] = f"{language}_{hashlib.sha256(payload).hexdigest()[:10]}"
        meta_path.unlink()
        (bundle / f"pagefind.{info['hash']}.pf_meta").write_bytes(payload)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _pf_bytes(value: Any) -> bytes:
    """Pagefind's file format: the signature and CBOR, gzipped (with no timestamp)."""
    return gzip.compress(_SIGNATURE + _cbor_encode(value), compresslevel=9, mtime=0)


def _cbor_head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise ValueError("integer too large for CBOR")


def _cbor_encode(value: Any) -> bytes:
    """Encode the subset Pagefind uses: unsigned/negative ints, text, bytes, arrays, maps, bools, None."""
    if isinstance(value, bool):
        return bytes([0xF5 if value else 0xF4])
    if value is None:
        return bytes([0xF6])
    if isinstance(value, int):
        return _cbor_head(0, value) if value >= 0 else _cbor_head(1, -1 - value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _cbor_head(3, len(raw)) + raw
    if isinstance(value, bytes):
        return _cbor_head(2, len(value)) + value
    if isinstance(value, list):
        return _cbor_head(4, len(value)) + b"".join(_cbor_encode(v) for v in value)
    if isinstance(value, dict):
        return _cbor_head(5, len(value)) + b"".join(_cbor_encode(k) + _cbor_encode(v) for k, v in value.items())
    raise TypeError(f"cannot encode {type(value).__name__} as CBOR")


# --- reading Pagefind's bundle: gzip, a signature, then CBOR ---------------------------------


def _read_pf(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if raw.startswith(_SIGNATURE):
        raw = raw[len(_SIGNATURE):]
    value, _ = _cbor(raw, 0)
    return value


def _cbor(data: bytes, pos: int) -> tuple[Any, int]:
    """Decode one CBOR item at ``pos`` (the subset Pagefind writes)."""
    head = data[pos]
    major, info = head >> 5, head & 0x1F
    pos += 1
    if info < 24:
        arg = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(data[pos:pos + size], "big")
        if major == 7 and info in (26, 27):
            return struct.unpack(">f" if size == 4 else ">d", data[pos:pos + size])[0], pos + size
        pos += size
    elif info == 31:
        items: list[Any] = []
        while data[pos] != 0xFF:
            item, pos = _cbor(data, pos)
            items.append(item)
        return items, pos + 1
    else:
        raise ValueError(f"unsupported CBOR header {head:#x}")
    if major == 0:
        return arg, pos
    if major == 1:
        return -1 - arg, pos
    if major in (2, 3):
        chunk = data[pos:pos + arg]
        return (chunk.decode("utf-8") if major == 3 else chunk), pos + arg
    if major == 4:
        out = []
        for _ in range(arg):
            item, pos = _cbor(data, pos)
            out.append(item)
        return out, pos
    if major == 5:
        mapping = {}
        for _ in range(arg):
            key, pos = _cbor(data, pos)
            mapping[key], pos = _cbor(data, pos)
        return mapping, pos
    if major == 6:
        return _cbor(data, pos)
    return {20: False, 21: True, 22: None}.get(arg), pos


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def first_query_payload(site_dir: Path, query: str, results: int = RESULTS_SHOWN) -> int:
    """Bytes the search page downloads for its first query (files as stored, gzip-compressed).

    Adds up: Pagefind's UI script and stylesheet, ``pagefind.js`` and its web worker, the entry file,
    the language's WebAssembly and metadata, every filter file (the UI loads them
    to show the filter panel), the index chunks whose word range holds each query
    word or its stem (Pagefind stems the query; here any indexed word that starts
    the query word or is contained in it counts as a possible stem, an upper bound),
    and the fragments of the ``results`` largest matching pages (an upper bound on
    the first page of results).
    """
    bundle = site_dir / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    [(language, info)] = list(entry["languages"].items())[:1]
    total = sum(_size(bundle / name) for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js",
                                                  "pagefind-worker.js", "pagefind-entry.json",
                                                  f"wasm.{language}.pagefind"))
    meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
    total += _size(meta_path)
    meta = _read_pf(meta_path)
    pages = [page[0] for page in meta[1]]
    chunks = meta[2]
    filters = meta[3] if len(meta) > 3 else []
    total += sum(_size(bundle / "filter" / f"{f[1]}.pf_filter") for f in filters)
    matched_pages: set[int] = set()
    for term in {w.casefold() for w in query.split() if w.strip()}:
        for start, end, chunk_hash in chunks:
            chunk_path = bundle / "index" / f"{chunk_hash}.pf_index"
            words = _read_pf(chunk_path)[0]
            hits = [w for w in words if _could_match(term, w[0])]
            in_range = start <= term <= end or any(start <= w[0] <= end for w in hits)
            if in_range:
                total += _size(chunk_path)
                for word in hits:
                    matched_pages.update(p[0] for p in word[1])
    fragments = sorted((_size(bundle / "fragment" / f"{pages[n]}.pf_fragment") for n in matched_pages
                        if n < len(pages)), reverse=True)
    return total + sum(fragments[:results])


def _could_match(term: str, word: str) -> bool:
    return word.startswith(term) or (len(word) >= max(4, len(term) // 2) and word in term)
