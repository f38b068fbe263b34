"""Golden output: the whole generated site_src/ of a small fixed corpus, stored and compared.

The inputs in tests/golden/inputs/ are synthetic articles written for this test
(plus an empty file and an unsupported one, for the build report). The expected
output in tests/golden/expected/ is refreshed only by ``make golden``
(``python -m tests.golden --update``); ``tests/test_site_golden.py`` compares.
Stored: every file of site_src/ (pages, records, feeds, briefings.json, assets),
and the list of files of site/ (mkdocs' HTML itself is the theme's, not ours).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.build import build
from generator.config import Settings

GOLDEN = Path(__file__).resolve().parent
ROOT = GOLDEN.parents[1]
INPUTS = GOLDEN / "inputs"
EXPECTED = GOLDEN / "expected"
SITE_FILES = "site-files.txt"


def build_golden(workdir: Path) -> dict[str, str]:
    """Build the golden corpus in ``workdir``; return {path: text} of what is compared."""
    project = workdir / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copytree(INPUTS, project / "seeds")
    result = build(Settings.for_root(project, jobs=1, use_cache=False))
    if not result.published:
        raise RuntimeError("the golden corpus did not build")
    src = project / "site_src"
    out = {p.relative_to(src).as_posix(): p.read_text(encoding="utf-8") for p in sorted(src.rglob("*")) if p.is_file()}
    site = project / "site"
    out[SITE_FILES] = "".join(p.relative_to(site).as_posix() + "\n" for p in sorted(site.rglob("*")) if p.is_file())
    return out


def read_expected() -> dict[str, str]:
    return {p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(EXPECTED.rglob("*")) if p.is_file()}


def write_expected(files: dict[str, str]) -> None:
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    for rel, text in files.items():
        target = EXPECTED / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")


def differences(actual: dict[str, str], expected: dict[str, str]) -> list[str]:
    """One line per differing, missing or unexpected file."""
    lines = [f"missing: {k}" for k in sorted(expected.keys() - actual.keys())]
    lines += [f"unexpected: {k}" for k in sorted(actual.keys() - expected.keys())]
    lines += [f"differs: {k}" for k in sorted(actual.keys() & expected.keys()) if actual[k] != expected[k]]
    return lines


def fresh_build() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        return build_golden(Path(tmp))
