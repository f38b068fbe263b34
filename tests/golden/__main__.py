"""``python -m tests.golden [--update]``: compare (or, with --update, refresh) the golden output."""

from __future__ import annotations

import argparse
import logging
import sys

from tests.golden import EXPECTED, differences, fresh_build, read_expected, write_expected

log = logging.getLogger("golden")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite tests/golden/expected/ from a fresh build")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("golden").setLevel(logging.INFO)
    actual = fresh_build()
    if args.update:
        write_expected(actual)
        log.info("wrote %d files to %s", len(actual), EXPECTED)
        return 0
    diff = differences(actual, read_expected())
    for line in diff:
        log.info("%s", line)
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
