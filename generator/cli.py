"""Command line: ``python -m generator build|extract``. The CLI only translates.

Exit codes: 0 ok, 1 problems (bad inputs under --strict, or a failed build), 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.config import DEFAULT_MAX_BYTES, Settings
from generator.errors import GeneratorError

log = logging.getLogger("generator")

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    quiet = argparse.SUPPRESS  # so a subcommand's default never overrides the flag given before it
    common.add_argument("-v", "--verbose", action="store_true", default=quiet, help="debug logging on stderr")
    common.add_argument("-q", "--quiet", action="store_true", default=quiet, help="only warnings and errors on stderr")
    parser = argparse.ArgumentParser(
        prog="python -m generator", description=__doc__.splitlines()[0], parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser("build", parents=[common], help="build the whole site: seeds/ -> site_src/ -> site/")
    build.add_argument("--seeds", type=Path, default=None, help="input folder (default: ./seeds)")
    build.add_argument("--root", type=Path, default=Path(), help="project folder with mkdocs.yml (default: .)")
    build.add_argument("--site-src", type=Path, default=None, help="generated Markdown (default: ./site_src)")
    build.add_argument("--site", type=Path, default=None, help="static site output (default: ./site)")
    build.add_argument("--strict", action="store_true", help="any problem fails the build (after all are reported)")
    build.add_argument("--jobs", "-j", type=int, default=None, help="extraction processes (default: core count)")
    build.add_argument("--no-cache", action="store_true", help="re-extract every article")
    build.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"largest input file (default {DEFAULT_MAX_BYTES})"
    )

    extract = sub.add_parser("extract", parents=[common], help="print one JSON record per input article to stdout")
    extract.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="article files or folders")
    extract.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"largest input file (default {DEFAULT_MAX_BYTES})"
    )
    return parser


def _configure_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr, force=True)
    logging.getLogger("mkdocs").setLevel(logging.WARNING if not verbose else logging.DEBUG)


def cmd_build(args: argparse.Namespace) -> int:
    from generator.build import build

    settings = Settings.for_root(
        args.root,
        seeds=args.seeds,
        site_src=args.site_src,
        site=args.site,
        strict=args.strict,
        jobs=args.jobs,
        max_bytes=args.max_bytes,
        use_cache=not args.no_cache,
    )
    result = build(settings)
    if result.errors and settings.strict:
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from generator.errors import InputError
    from generator.extract import extract_article
    from generator.read import discover, read_document
    from generator.store import record_json

    status = EXIT_OK
    for given in args.paths:
        if given.is_dir():
            root = given
            files, skipped = discover(given)
            for problem in skipped:
                log.warning("%s", problem.line())
        else:
            root, files = given.parent, [given]
        for path in files:
            try:
                doc = read_document(path, root, args.max_bytes)
                article = extract_article(doc)
            except InputError as err:
                log.error("%s: %s", path, err)
                status = EXIT_PROBLEMS
                continue
            for warning in doc.warnings:
                log.warning("%s: %s", path, warning)
            sys.stdout.write(record_json(article) + "\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _configure_logging(getattr(args, "verbose", False), getattr(args, "quiet", False))
    try:
        if args.command == "build":
            return cmd_build(args)
        return cmd_extract(args)
    except GeneratorError as err:
        log.error("%s", err)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130
