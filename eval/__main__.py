"""``python -m eval`` (``make eval``): every quality scorer, one after the other.

Each scorer prints its own table; all need ../shared/corpus and skip with a
message when it is absent. Exit status is non-zero if any scorer failed to run.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from eval import score_entities, score_keywords, score_metadata, score_quotes

SCORERS: list[tuple[str, Callable[[list[str]], int]]] = [
    ("metadata (issue 3)", score_metadata.main),
    ("keywords (issue 4)", score_keywords.main),
    ("people and countries (issue 4)", score_entities.main),
    ("quotes and speakers (issue 5)", score_quotes.main),
]


def main() -> int:
    status = 0
    for title, run in SCORERS:
        print(f"\n## {title}\n", flush=True)
        started = time.perf_counter()
        code = run([])
        print(f"\n({time.perf_counter() - started:.1f} s)", flush=True)
        status = status or code
    return status


if __name__ == "__main__":
    sys.exit(main())
