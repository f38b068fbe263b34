"""Time the site stages (render, mkdocs, search) on N synthetic briefings.

    .venv/bin/python -m eval.scale_site 1000 [--keep DIR] [--jobs N]

Builds N fake Article records (deterministic, seed 1) and runs the same stage
functions as ``generator.build``: render site_src, then mkdocs with Pagefind
indexing alongside (``search_wait`` is the time left after mkdocs). Prints
seconds per stage, pages, peak RSS (this process and its children), site size,
each Pagefind run's pages, seconds and peak RSS, and what a first query downloads for
``Kirby`` and ``kesepakatan``.
"""

from __future__ import annotations

import argparse
import logging
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from generator.publish import mkdocs_build, start_search_index
from generator.records import Article, Keyword, Organization, Person, Place, Quote, Source
from generator.render import SiteOptions, render_site
from generator.search import bundles, first_query_payload
from generator.writer import OutputTree

ROOT = Path(__file__).resolve().parents[1]
log = logging.getLogger(__name__)


def synthetic_articles(n: int, seed: int = 1) -> list[Article]:
    rng = random.Random(seed)
    vocab = [f"kata{i}" for i in range(20000)] + ["sepakat", "kesepakatan", "Kirby", "rusia", "harga"]
    names = [f"Tokoh {i}" for i in range(n // 2)] + ["John Kirby"]
    countries = [("Indonesia", "ID"), ("Malaysia", "MY"), ("Russia", "RU"), ("United States", "US"),
                 ("Japan", "JP")] + [(f"Land {i}", f"X{i:02d}"[:3]) for i in range(40)]
    articles = []
    for i in range(n):
        body = " ".join(rng.choice(vocab) for _ in range(300))
        people = rng.sample(names, 4)
        quotes = [Quote(" ".join(rng.choice(vocab) for _ in range(15)), p, None, "kata", "direct", 0, 5, k + 1)
                  for k, p in enumerate(people[:3])]
        articles.append(Article(
            id=f"story-{i}-{i:08x}", source=Source(f"s{i}.txt", f"{i:064x}", "txt"),
            title=f"Story {i} {rng.choice(vocab)}",
            outlet=rng.choice(["Tempo.co", "Kompas", "Antara", "BBC"]), dateline="Jakarta", wire=[],
            date=f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            language=rng.choice(["id", "en"]), author=None, word_count=300, reading_minutes=2, related=[],
            tags=[], origins={}, summary=[body[:200]],
            keywords=[Keyword(rng.choice(vocab[:3000]), 0.1) for _ in range(10)], quotes=quotes,
            people=[Person(p) for p in people],
            organizations=[Organization(f"Org {rng.randint(0, n // 3)}") for _ in range(3)],
            places=[Place(c, code, "country") for c, code in rng.sample(countries, 3)], body=body))
    return articles


def _peak_rss_mib() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=None, help="render processes (default: core count)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    articles = synthetic_articles(args.n)
    work = args.keep or Path(tempfile.mkdtemp(prefix="scale-site-"))
    shutil.rmtree(work / "src", ignore_errors=True)
    shutil.rmtree(work / "site", ignore_errors=True)
    started = time.perf_counter()
    render_site(articles, [], ROOT / "templates", OutputTree(work / "src"), SiteOptions(), jobs=args.jobs)
    rendered = time.perf_counter()
    search = start_search_index(work / "src", work / "pagefind")
    mkdocs_build(ROOT / "mkdocs.yml", work / "src", work / "site", 0)
    built = time.perf_counter()
    search.finish(work / "site")
    indexed = time.perf_counter()
    own, children = _peak_rss_mib()
    pages = sum(1 for _ in (work / "src").rglob("*.md"))
    print(f"N={args.n} pages={pages} render={rendered - started:.1f}s mkdocs={built - rendered:.1f}s "
          f"search_wait={indexed - built:.1f}s total={indexed - started:.1f}s")
    print(f"peak_rss_self={own:.0f}MiB peak_rss_children={children:.0f}MiB "
          f"site={_size_mib(work / 'site'):.0f}MiB pagefind={sum(_size_mib(b) for b in bundles(work / 'site')):.1f}MiB")
    for run in search.runs:
        print(f"pagefind_run {run.bundle} ({run.language}): pages={run.pages} {run.seconds:.1f}s "
              f"peak_rss={run.peak_rss / 2**20:.0f}MiB")
    for query in ("Kirby", "kesepakatan"):
        print(f"first_query_payload {query}: {first_query_payload(work / 'site', query)} bytes")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
