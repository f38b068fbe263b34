"""Helpers shared by the quote tests (tests/test_quotes*.py)."""

from __future__ import annotations

import re

from generator.quotes import extract_quotes
from generator.records import Organization, Person, Quote


def direct_quotes(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def check_offsets(body: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(body)
        assert body[q.start : q.end] == q.text


# --- Indonesian speakers: full names, aliases, descriptions, antecedents -----------------------


def speakers_id(body: str, people: list[Person] | None = None) -> list[str | None]:
    quotes = direct_quotes(extract_quotes(body, "id", people or [], []))
    check_offsets(body, quotes)
    return [q.speaker for q in quotes]


def named(*names: str) -> list[Person]:
    return [Person(name=name, aliases=[], mentions=1) for name in names]


# --- short quotes that are what someone said (English) -------------------------------------


def pairs(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in direct_quotes(extract_quotes(body, "en", [], []))]


# --- Indonesian speakers: what may be a speaker name (issue #5, dev3 causes) -------------------------


def speakers_with_orgs(body: str, people: list[Person], orgs: list[Organization]) -> list[str | None]:
    quotes = direct_quotes(extract_quotes(body, "id", people, orgs))
    check_offsets(body, quotes)
    return [q.speaker for q in quotes]


def old_full_name_pattern(token: str) -> re.Pattern[str]:
    """The per-token pattern full_name_matches replaced (the reference it must agree with)."""
    from generator.name_search import HYPHEN_PART, PARTICLE_GAP

    return re.compile(
        rf"(?:[A-Z][\w'’.-]*[ \u00a0]{PARTICLE_GAP}){{0,4}}"
        + re.escape(token)
        + rf"\w*{HYPHEN_PART}(?:[ \u00a0]{PARTICLE_GAP}[A-Z](?:\.(?=[ \u00a0][A-Z])|[\w'’-]*){HYPHEN_PART}){{0,3}}"
    )


FULL_NAME_PIECES = [
    "Ab", "Abe", "K.", "K", "van", "de ", "der", "bin", "binti", "al", " ", "\u00a0", " - ", "-", "hye", "x", "'",
    "’", ".", ",", "Ab-Cd", "É", "é", "_", "1", "AbAb", "Abx", " Ab ",
]


def old_honorific_pattern(surname: str) -> re.Pattern[str]:
    """The per-surname pattern honorifics_before replaced (the reference it must agree with)."""
    return re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \u00a0]+(?:[A-Z][\w'’-]*[ \u00a0]+){0,2}" + re.escape(surname) + r"\b")


def old_initials_pattern(letters: str) -> re.Pattern[str]:
    """``J`` ``K`` -> two words starting with those capitals (``Jusuf Kalla``): the per-acronym pattern
    initials_matches replaced (the reference it must agree with)."""
    return re.compile(r"(?<![\w.])" + r"[ \u00a0]".join(rf"{letter}[a-z'’-]+" for letter in letters) + r"(?![\w-])")


def old_initial_pattern(name: str) -> re.Pattern[str]:
    """The per-name pattern initial_after replaced (the reference it must agree with)."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"[ \u00a0](?P<initial>[A-Z]),")
