"""The word lists a name is told from: given names, common and rare words, role and organisation words.

``lexicon(language)`` loads ``generator/data/people.yaml`` once per language (organisation, place, role and
common words, honorifics, names that are not names); ``given_names()`` adds gender-guesser's dictionary to
``generator/data/given_names.yaml``; ``is_common_word`` and ``is_rare_word`` read wordfreq's frequencies where
the package is installed. The people stage, the speaker readers and the entity stage all ask these.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.mentions import fold, load_data, word_set
from generator.roles_en import TRIMMED_BEFORE_NAME

log = logging.getLogger(__name__)
# Zipf frequency (wordfreq) from which a capitalised word is taken for an
# ordinary word rather than a name when nothing else says it is a name.
COMMON_ZIPF = {"id": 4.0, "en": 4.3}
# Below this in both languages a word is rare enough to be a name on its own.
RARE_ZIPF = 3.5
RARE_ZIPF_ID = 4.0

try:  # wordfreq ships word frequencies for English and Indonesian
    from wordfreq import zipf_frequency as _zipf_frequency

    word_zipf: Callable[[str, str], float] | None = _zipf_frequency
except ImportError:  # pragma: no cover - optional dependency
    word_zipf = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    role_heads: dict[str, tuple[tuple[str, ...], ...]]  # last word -> heads ending in it
    role_keys: frozenset[str]  # words that are a role on their own (not "Agung" of "Jaksa Agung")
    role_prefixes: frozenset[str]
    role_words: frozenset[str]
    honorifics: frozenset[str]
    speech_after: frozenset[str]
    speech_before: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    stopwords: frozenset[str]
    given: frozenset[str]
    calendar: frozenset[str]  # month and day names
    org_before: frozenset[str]  # lower-case nouns that introduce an organisation or a work
    org_after: frozenset[str]  # lower-case nouns that follow an organisation's name
    places_before: frozenset[str]  # "of Torfaen", "dari Bogor": a place or body, not a person
    not_person_after: frozenset[str]  # "Novartis, which": a thing
    suffixes: frozenset[str]  # "Jr", "Sr": part of the name
    list_labels: frozenset[str]  # "Ref:", "Wasit:": one person named after the colon
    family: frozenset[str]  # "istrinya Teresa", "sang ayah, Glenn": a person follows
    region_titles: frozenset[str]  # "Bupati Banyuwangi": a region may follow
    team_roles: frozenset[str]  # "pemain Nantes": a lone word after one is a team

    def is_role_word(self, key: str) -> bool:
        return key in self.role_keys or key in self.role_prefixes


@lru_cache(maxsize=4)
def lexicon(language: str) -> Lexicon:
    data = load_data("people.yaml")
    heads: dict[str, list[tuple[str, ...]]] = {}
    for group in ("id", "en"):
        for head in data["role_heads"][group]:
            words = tuple(fold(w) for w in head.split())
            heads.setdefault(words[-1], []).append(words)
    lang = language if language in ("id", "en") else "en"
    honorifics = frozenset(fold(w).rstrip(".") for w in data["honorifics"])
    given = given_names()
    # the last word of a longer title is a role word unless it is also a first
    # name ("Jaksa Agung" vs "Agung Laksono")
    role_keys = frozenset(
        k for k, v in heads.items() if any(len(h) == 1 for h in v) or k not in given
    )
    return Lexicon(
        role_heads={k: tuple(sorted(v, key=len, reverse=True)) for k, v in heads.items()},
        role_keys=role_keys,
        role_prefixes=word_set(data["role_prefixes"]),
        role_words=word_set(data["role_words"]),
        honorifics=honorifics,
        speech_after=word_set(data["speech_after_name"][lang]),
        speech_before=word_set(data["speech_before_name"][lang]),
        particles=word_set(data["particles"]),
        not_names=word_set(data["not_names"]["common"]),
        stopwords=_stopwords(lang),
        given=given,
        calendar=word_set(data["calendar"]),
        org_before=word_set(data["org_before"]),
        org_after=word_set(data["org_after"]),
        places_before=word_set(data["places_before"]),
        not_person_after=word_set(data["not_person_after"]),
        suffixes=word_set(data["suffixes"]),
        list_labels=word_set(data["list_labels"]),
        family=word_set(data["family_before"]),
        region_titles=word_set(data["region_titles"]),
        team_roles=word_set(data["team_roles"]),
    )


def _stopwords(language: str) -> frozenset[str]:
    try:
        import stopwordsiso

        return word_set(stopwordsiso.stopwords(language))
    except (ImportError, LookupError, KeyError):  # pragma: no cover - optional
        log.warning("stopwordsiso has no list for %s", language)
        return frozenset()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names: gender-guesser's dictionary plus the project's own list."""
    data = load_data("given_names.yaml")
    names = set(word_set(data["names"]))
    names.update(_gender_guesser_names())
    names.difference_update(word_set(data["exclude"]))
    return frozenset(names)


@lru_cache(maxsize=1)
def listed_given_names() -> frozenset[str]:
    """The project's own list of (mostly Indonesian) first names, without gender-guesser's large dictionary."""
    data = load_data("given_names.yaml")
    return frozenset(word_set(data["names"]) - word_set(data["exclude"]))


def _gender_guesser_names() -> set[str]:
    try:
        import gender_guesser  # no stubs; pyproject lets mypy skip it
    except ImportError:
        log.info("gender-guesser not installed: using the project's first names only")
        return set()
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or len(line) < 30:
                    continue
                for part in re.split(r"[+ \-]", line[3:29].strip()):
                    if len(part) > 1:
                        names.add(fold(part))
    except OSError as exc:  # pragma: no cover - broken install
        log.warning("cannot read %s: %s", path, exc)
    return names


@lru_cache(maxsize=65536)
def is_common_word(key: str, language: str) -> bool:
    """A frequent ordinary word of the language (wordfreq), not a first name."""
    if key in given_names():
        return False
    if language == "id" and len(key) >= 7 and key.endswith("nya"):
        return True  # "Sayangnya", "Rencananya": suffixed common words
    if word_zipf is None:
        return False
    threshold = COMMON_ZIPF.get(language, 4.3)
    return word_zipf(key, language) >= threshold


# (English) a description, position or origin written before a name (roles_en.TRIMMED_BEFORE_NAME)
EN_DESCRIPTORS = TRIMMED_BEFORE_NAME
# "Paris-based Euronext", "Film-maker Spike Lee", "Tunisian-born Abdellatif Kechiche"
_EN_HYPHEN_DESCRIPTOR = re.compile(r"[A-Z][a-z]+-(?:based|born|owned|nominated|published|maker|run|led|backed)")


def en_descriptor_word(text: str, key: str, following: str, given: frozenset[str]) -> bool:
    """(English) the capitalised word ``text`` (folded ``key``) before a name word (folded ``following``) is a
    description, position or origin ("Midfielder", "Paris-based"), not a first name."""
    if _EN_HYPHEN_DESCRIPTOR.fullmatch(text):
        return True
    if key not in EN_DESCRIPTORS:
        return False
    # a descriptor that is also a first name ("Wing") only before another first name
    return key not in given or following in given


def is_rare_word(key: str) -> bool:
    """Neither a frequent English nor a frequent Indonesian word (or a first name)."""
    return not frequent_anywhere(key)


def frequent_anywhere(key: str) -> bool:
    """An ordinary word in English or Indonesian (wordfreq counts names too,
    and Indonesian names are frequent in Indonesian text, hence the higher bar)."""
    if word_zipf is None or key in given_names():
        return False
    return word_zipf(key, "en") >= RARE_ZIPF or word_zipf(key, "id") >= RARE_ZIPF_ID
