"""Countries, cities and regions named in an article.

Country names come from CLDR (babel's ``Locale('en').territories`` and
``Locale('id').territories``) and are normalised to ISO 3166-1 alpha-2 codes;
generator/data/countries.yaml adds the aliases CLDR lacks (``AS``,
``Korut``, ``U.S.``), English demonyms (``Russian``) and removes ambiguous
names; cities.yaml lists cities (capitals also count as a mention of their
country: ``Pyongyang`` -> KP); regions.yaml lists provinces, states and
continents, which keep their words from being read as people.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from babel import Locale

from generator.mentions import PhraseIndex, fold, load_data

log = logging.getLogger(__name__)

PlaceKind = Literal["country", "city", "region", "block"]
CLDR_LANGUAGES = ("en", "id")


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """What a place alias stands for."""

    kind: PlaceKind  # "block": a CLDR macro-region that is never emitted
    name: str  # English display name
    code: str | None  # the country's ISO code (for cities and regions too)
    capital: bool = False  # a capital city counts as a mention of its country
    weak: bool = False  # counts only in a place context ("in Jordan")
    demonym: bool = False  # "Russian": never part of a person's name


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO code -> English display name (CLDR, with the data file's overrides)."""
    data = load_data("countries.yaml")
    excluded = set(data["exclude_codes"])
    names = {
        code: _clean(name)
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in excluded
    }
    names.update(data.get("display") or {})
    return names


def _clean(name: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", name).strip()


def _variants(name: str) -> list[str]:
    """Usable alias forms of a CLDR name ('St. Lucia' -> 'Saint Lucia' ...)."""
    base = _clean(name)
    if " - " in base or not base:
        return []
    forms = [base]
    if "&" in base:
        forms += [base.replace("&", "and"), base.replace("&", "dan")]
    if base.startswith("St. "):
        forms.append("Saint " + base[4:])
    return forms


@lru_cache(maxsize=4)
def place_index(language: str) -> PhraseIndex[PlaceEntry]:
    """Alias index of countries, cities and regions for one language."""
    data = load_data("countries.yaml")
    names = country_names()
    excluded_names = {fold(n) for n in (data["exclude_names"].get(language) or [])}
    index: PhraseIndex[PlaceEntry] = PhraseIndex()
    _add_regions(index)
    for cldr_language in CLDR_LANGUAGES:
        for code, name in Locale(cldr_language).territories.items():
            if code.isdigit():
                for form in _variants(name):
                    index.add(form, PlaceEntry("block", _clean(name), None))
                continue
            if code not in names:
                continue
            entry = PlaceEntry("country", names[code], code)
            for form in _variants(name):
                if fold(form) not in excluded_names:
                    index.add(form, entry)
    aliases = data["aliases"]
    for group in ("any", language):
        for code, forms in (aliases.get(group) or {}).items():
            for form in forms:
                index.add(form, PlaceEntry("country", names[code], code))
    for code, forms in ((data.get("weak") or {}).get(language) or {}).items():
        for form in forms:
            index.add(form, PlaceEntry("country", names[code], code, weak=True))
    for code, forms in ((data.get("demonyms") or {}).get(language) or {}).items():
        for form in forms:
            index.add(form, PlaceEntry("country", names[code], code, demonym=True))
    _add_cities(index)
    return index


def _add_regions(index: PhraseIndex[PlaceEntry]) -> None:
    for group in load_data("regions.yaml"):
        for name in group["names"]:
            index.add(name, PlaceEntry("region", name, group.get("country")))


def _add_cities(index: PhraseIndex[PlaceEntry]) -> None:
    data = load_data("cities.yaml")
    for group, capital in (("capitals", True), ("cities", False)):
        for city in data[group]:
            entry = PlaceEntry("city", city["name"], city["country"], capital=capital)
            for form in [city["name"], *(city.get("aliases") or [])]:
                index.add(form, entry)
