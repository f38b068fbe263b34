"""Checks shared by the gold-label tests: one definition of a well-formed quote label."""

from __future__ import annotations

from typing import Any

QUOTE_FIELDS = {"start", "end", "anchor", "speaker", "role", "kind"}


def assert_quote_rows(rows: list[dict[str, Any]], corpora: tuple[str, ...] | list[str]) -> None:
    """Rows sorted by corpus then id, unique, each a well-formed article of quote labels."""
    keys = [(list(corpora).index(r["corpus"]), r["id"]) for r in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    for r in rows:
        assert set(r) == {"corpus", "id", "quotes"}
        for q in r["quotes"]:
            assert set(q) == QUOTE_FIELDS
            assert isinstance(q["start"], int) and isinstance(q["end"], int)
            assert q["kind"] == "direct"
            assert q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"].strip())
            assert q["role"] is None or isinstance(q["role"], str)
            assert 0 < len(q["anchor"].split()) <= 8, q["anchor"]
