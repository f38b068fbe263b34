"""Search: index the site with Pagefind, and measure what a first query downloads.

The index is built from the rendered pages (site_src), not from mkdocs' output:
only pages marked ``data-pagefind-body`` (briefings and people) are searchable,
and their marked part is the same in both, so the index is the same. That lets
:class:`BackgroundIndex` feed Pagefind while mkdocs builds the site (two cores
at work), then move the bundles into ``site/``.

Pagefind holds everything it indexes in memory until it writes the bundle, so
the index is split into bundles (``generator.indexes.search_bundles``: one per
language, in parts of at most 3,000 briefings; each briefing names its bundle in
``data-search-bundle``) and one Pagefind run builds each, one after the other:
the peak is one run's. ``site/pagefind`` is the primary bundle (with the UI and
the person pages); the search page merges the others (``site/pagefind-en`` …)
into it at query time (Pagefind UI's ``mergeIndex``), filters included.

Pagefind splits each bundle into chunks by word range, one fragment per page and
one file per filter, so a query loads only the chunks its words fall in.
Each bundle is indexed in its own language (``--force-language``): Indonesian
stemming makes ``kesepakatan`` find ``sepakat``, English stemming ``continuing``
find ``continue``. Pagefind searches a merged bundle with the primary bundle's
WebAssembly (Indonesian query stemming), but it also matches indexed words that a
query word contains, and English stems are nearly always prefixes of their words
(``tariff`` in ``tariffs``), so English queries find English briefings.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import BuildError
from generator.indexes import PRIMARY_BUNDLE
from generator.render import Page

log = logging.getLogger(__name__)

#: The language of a bundle that holds no briefing (person pages only).
INDEX_LANGUAGE = "id"
#: Pagefind's UI loads this many results' fragments for the first page of results.
RESULTS_SHOWN = 5
_SIGNATURE = b"pagefind_dcd"


@dataclass(frozen=True)
class IndexRun:
    """One Pagefind run: its bundle, the pages it indexed, seconds, and its peak memory."""

    bundle: str
    language: str
    pages: int
    seconds: float
    peak_rss: int  # bytes; 0 when unknown


def _pagefind_argv(site_dir: Path, bundle: Path, language: str) -> list[str]:
    # ``python -m pagefind`` execs the binary (the extended one when installed): its rusage is Pagefind's
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-path", str(bundle),
            "--force-language", language, "--silent"]


def _run_pagefind(
    site_dir: Path, bundle: Path, language: str, started: Callable[[subprocess.Popen[bytes]], None] | None = None
) -> int:
    """Run Pagefind; its peak resident memory in bytes (sampled; 0 when the system does not say)."""
    with tempfile.TemporaryFile() as output:
        with subprocess.Popen(_pagefind_argv(site_dir, bundle, language), stdout=output,
                              stderr=subprocess.STDOUT) as process:
            if started is not None:
                started(process)
            peak = _wait(process)
        output.seek(0)
        message = output.read().decode("utf-8", "replace")
    if process.returncode != 0 or not (bundle / "pagefind-entry.json").is_file():
        raise BuildError(f"pagefind failed ({process.returncode}): {message.strip()[:500]}")
    return peak


def _wait(process: subprocess.Popen[bytes], every: float = 0.1) -> int:
    """Wait for ``process``; its peak resident memory in bytes, sampled (0 where /proc is absent).

    The high-water mark of the process's own memory (``VmHWM``), read every ``every`` seconds:
    ``ru_maxrss`` would not do, since a child started by (v)fork inherits this process's.
    """
    status = Path(f"/proc/{process.pid}/status")
    peak = 0
    while True:
        try:
            process.wait(timeout=every)
            return peak
        except subprocess.TimeoutExpired:
            peak = max(peak, _high_water(status))


def _high_water(status: Path) -> int:
    try:
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


_BODY_MARK = "data-pagefind-body"
_BUNDLE_MARK = re.compile(r'data-search-bundle="(pagefind(?:-[a-z0-9]+)*)" data-search-language="([a-z]{2,3})"')


def search_entry(relpath: str, text: str) -> tuple[str, str | None, str, str] | None:
    """``(bundle, language, url, html)`` of a rendered page that marks a part for search, else None.

    A rendered page is YAML front matter and one raw HTML block, which mkdocs copies
    into its page as it is (see templates/mkdocs_hooks.py); the URL is mkdocs' own.
    The bundle and its language are the page's ``data-search-bundle`` and
    ``data-search-language`` (briefings); other pages go to the primary bundle (language None).
    """
    body = text.find(_BODY_MARK)
    if body < 0:
        return None
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        text = text[end + 5:] if end >= 0 else text
    mark = _BUNDLE_MARK.search(text, 0, text.find(">", text.find(_BODY_MARK)) + 1)
    bundle, language = (mark.group(1), mark.group(2)) if mark else (PRIMARY_BUNDLE, None)
    return bundle, language, Page(relpath, "").url, text


def searchable_pages(pages_dir: Path) -> Iterator[tuple[tuple[str, str | None], str, str]]:
    """``((bundle, language), url, html)`` of every rendered page under ``pages_dir`` marked for search."""
    for path in sorted(pages_dir.rglob("*.md")):
        entry = search_entry(path.relative_to(pages_dir).as_posix(), path.read_text(encoding="utf-8"))
        if entry is not None:
            bundle, language, url, html = entry
            yield (bundle, language), url, html


def write_search_page(out: Path, bundle: str, url: str, html: str) -> None:
    """One searchable page as a minimal HTML file at its URL under ``out/<bundle>``."""
    target = out / bundle / url / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f"<!doctype html>\n<html><body>\n{html}</body></html>\n", encoding="utf-8")


@dataclass
class BundlePages:
    """The pages written for one bundle, and the language its briefings are indexed as."""

    pages: int = 0
    language: str = INDEX_LANGUAGE


def count_bundles(out: Path, written: list[tuple[str, str | None]]) -> dict[str, BundlePages]:
    """The bundles of the pages written to ``out`` (as ``(bundle, language)`` each, in path order).

    The primary bundle is always there (with no page, Pagefind still writes an empty bundle).
    """
    bundles: dict[str, BundlePages] = {PRIMARY_BUNDLE: BundlePages()}
    (out / PRIMARY_BUNDLE).mkdir(parents=True, exist_ok=True)
    for bundle, language in written:
        entry = bundles.setdefault(bundle, BundlePages())
        entry.pages += 1
        if language is not None:
            entry.language = language
    return bundles


def write_search_pages(pages_dir: Path, out: Path) -> dict[str, BundlePages]:
    """The searchable pages of ``pages_dir`` written under ``out/<bundle>``, by bundle."""
    written: list[tuple[str, str | None]] = []
    for (bundle, language), url, html in searchable_pages(pages_dir):
        write_search_page(out, bundle, url, html)
        written.append((bundle, language))
    return count_bundles(out, written)


class BackgroundIndex:
    """Pagefind's index of the rendered pages, built in a thread while mkdocs runs.

    ``start()`` after rendering: the thread writes the searchable pages as small HTML
    files in a scratch folder (unless the renderer did), grouped by bundle, and runs Pagefind over each group,
    one run after the other. ``finish(site_dir)`` after mkdocs: it waits, moves each
    bundle to ``site_dir/<bundle>`` and makes it canonical.
    (Pagefind's Python API is not used: its service reads one answer per 0.1 s.)
    """

    def __init__(self, pages_dir: Path, work: Path, written: dict[str, BundlePages] | None = None,
                 search_pages: Path | None = None) -> None:
        self.pages_dir = pages_dir
        self.work = work
        self.search_pages = search_pages if search_pages is not None else work / "pages"
        self.written = written  # the pages already written to search_pages (by the renderer), or None
        self.pages = 0
        self.runs: list[IndexRun] = []
        self._error: BaseException | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pagefind-index", daemon=True)

    def start(self) -> BackgroundIndex:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            bundles = self.written
            if bundles is None:
                bundles = write_search_pages(self.pages_dir, self.search_pages)
            self.pages = sum(b.pages for b in bundles.values())
            for name in sorted(bundles, key=lambda name: (name != PRIMARY_BUNDLE, name)):
                if self._cancelled.is_set():
                    return
                began = time.perf_counter()
                peak = _run_pagefind(self.search_pages / name, self.work / "bundles" / name,
                                     bundles[name].language, self._started)
                shutil.rmtree(self.search_pages / name, ignore_errors=True)
                self.runs.append(IndexRun(name, bundles[name].language, bundles[name].pages,
                                          time.perf_counter() - began, peak))
        except BaseException as err:  # handed to finish(), which raises it in the building thread
            self._error = err

    def _started(self, process: subprocess.Popen[bytes]) -> None:
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
        for run in self.runs:
            target = site_dir / run.bundle
            if target.exists():
                shutil.rmtree(target)
            shutil.move(str(self.work / "bundles" / run.bundle), str(target))
            canonicalize_filters(target)
            log.debug("pagefind indexed %d page(s) into %s in %.1f s, peak %.0f MiB",
                      run.pages, target, run.seconds, run.peak_rss / 2**20)
        shutil.rmtree(self.work, ignore_errors=True)


def bundles(site_dir: Path) -> list[Path]:
    """The search bundles of a built site: ``pagefind/`` first, then the merged ones."""
    found = sorted(p.parent for p in site_dir.glob(f"{PRIMARY_BUNDLE}-*/pagefind-entry.json"))
    return [site_dir / PRIMARY_BUNDLE, *found]


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

    Adds up: Pagefind's UI script and stylesheet, ``pagefind.js`` and its web worker and
    the language's WebAssembly (once, from the primary bundle: merged bundles use them),
    then for every bundle (:func:`bundles`): the entry file, the language's metadata, every
    filter file (the UI loads them to show the filter panel), the index chunks whose word
    range holds each query word or its stem (Pagefind stems the query; here any indexed word
    that starts the query word or is contained in it counts as a possible stem, an upper
    bound), and the fragments of the ``results`` largest matching pages of all bundles (an
    upper bound on the first page of results).
    """
    primary = site_dir / PRIMARY_BUNDLE
    entry = json.loads((primary / "pagefind-entry.json").read_text(encoding="utf-8"))
    [language] = list(entry["languages"])[:1]
    total = sum(_size(primary / name) for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js",
                                                   "pagefind-worker.js", f"wasm.{language}.pagefind"))
    fragments: list[int] = []
    for bundle in bundles(site_dir):
        cost, sizes = _bundle_query_cost(bundle, query)
        total += cost
        fragments.extend(sizes)
    return total + sum(sorted(fragments, reverse=True)[:results])


def _bundle_query_cost(bundle: Path, query: str) -> tuple[int, list[int]]:
    """One bundle's share of a first query: its files loaded, and the fragment sizes of its matches."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    [info] = list(entry["languages"].values())[:1]
    total = _size(bundle / "pagefind-entry.json")
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
    fragments = [_size(bundle / "fragment" / f"{pages[n]}.pf_fragment") for n in matched_pages if n < len(pages)]
    return total, fragments


def _could_match(term: str, word: str) -> bool:
    return word.startswith(term) or (len(word) >= max(4, len(term) // 2) and word in term)
