"""Search: index the built site with Pagefind, and measure what a first query downloads.

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
import json
import logging
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.errors import BuildError

log = logging.getLogger(__name__)

#: The language every page is indexed as (see the module's docstring).
INDEX_LANGUAGE = "id"
#: Pagefind's UI loads this many results' fragments for the first page of results.
RESULTS_SHOWN = 5
_SIGNATURE = b"pagefind_dcd"


def index_site(site_dir: Path, language: str = INDEX_LANGUAGE) -> None:
    """Run Pagefind over ``site_dir``; the bundle goes to ``site_dir/pagefind``."""
    argv = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--force-language", language, "--silent"]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not (site_dir / "pagefind" / "pagefind-entry.json").is_file():
        raise BuildError(f"pagefind failed ({done.returncode}): {(done.stderr or done.stdout).strip()[:500]}")
    log.debug("pagefind indexed %s", site_dir)


# --- reading Pagefind's bundle: gzip, a signature, then CBOR ---------------------------------


def _read_pf(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if raw.startswith(_SIGNATURE):
        raw = raw[len(_SIGNATURE):]
    value, _ = _cbor(raw, 0)
    return value


def _cbor(data: bytes, pos: int) -> tuple[Any, int]:  # noqa: PLR0911 - one branch per CBOR major type
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

    Adds up: Pagefind's UI script and stylesheet, ``pagefind.js``, the entry file,
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
                                                  "pagefind-entry.json", f"wasm.{language}.pagefind"))
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
