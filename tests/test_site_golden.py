"""The golden corpus builds into exactly the stored site_src/ (refresh with `make golden`)."""

from __future__ import annotations

import difflib
from pathlib import Path

from tests.golden import EXPECTED, build_golden, differences, read_expected


def test_golden_output_is_unchanged(tmp_path: Path) -> None:
    assert EXPECTED.is_dir(), "no golden output stored: run `make golden`"
    actual, expected = build_golden(tmp_path), read_expected()
    diff = differences(actual, expected)
    if diff:
        first = next((line.split(": ", 1)[1] for line in diff if line.startswith("differs")), None)
        detail = ""
        if first:
            detail = "".join(difflib.unified_diff(expected[first].splitlines(True), actual[first].splitlines(True),
                                                  f"expected/{first}", f"actual/{first}", n=1))[:3000]
        raise AssertionError("golden output changed (refresh with `make golden` if intended):\n"
                             + "\n".join(diff[:30]) + "\n" + detail)
