"""YAML front matter: split it off, load it safely, check each field's type.

Policy for a field of the wrong type (a list where a date belongs, the year
20190, a number as a title): the field is dropped and a warning naming the
file is logged; the article is still read, and the value is then looked for
in the HTML or the text as if the field were absent. Invalid YAML, YAML tags
(``!!python/object``) and front matter that is not a mapping are errors
(:class:`errors.InputError`), because nothing in them can be trusted.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

import yaml

from generator.dates import parse_iso_date
from generator.errors import InputError

log = logging.getLogger(__name__)

#: libyaml's safe loader when PyYAML has it (the same values, several times faster).
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)

#: Fields that must be a string (lists of strings are joined for author).
_STRING_FIELDS = ("title", "url", "outlet", "author", "language", "dateline", "summary")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def split_front_matter(text: str) -> tuple[str | None, str]:
    """``(yaml_source, rest)``; ``yaml_source`` is None when there is none."""
    opening = _OPEN.match(text)
    if opening is None:
        return None, text
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        return None, text
    rest = text[closing.end() :]
    return text[opening.end() : closing.start()], rest.lstrip("\n")


def load_front_matter(source: str, relpath: str) -> tuple[dict[str, Any], list[str]]:
    """Parse front matter with ``yaml.safe_load`` and validate field types.

    Returns the well-typed fields and one warning line for each field dropped.
    """
    try:
        data = yaml.load(source, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader (libyaml's when present)
    except yaml.constructor.ConstructorError as err:
        raise InputError(
            f"front matter uses a YAML tag that safe loading refuses ({_first_line(err)})"
        ) from err
    except yaml.YAMLError as err:
        raise InputError(f"front matter is not valid YAML ({_first_line(err)})") from err
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        raise InputError(f"front matter must be a mapping of fields, not a {type(data).__name__}")
    return clean_fields(data, relpath)


def _first_line(err: Exception) -> str:
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    return "; ".join(lines[:2]) if lines else type(err).__name__


def clean_fields(data: dict[Any, Any], relpath: str) -> tuple[dict[str, Any], list[str]]:
    """Keep well-typed fields, normalised; drop the others, each with a warning line."""
    cleaned: dict[str, Any] = {}
    warnings: list[str] = []
    for raw_key, value in data.items():
        key = str(raw_key).strip().lower()
        if value is None:
            continue
        fixed = _clean_value(key, value)
        if fixed is None:
            warnings.append(f"front matter field {key!r} ignored: {_describe(value)} is not a valid {key}")
            log.debug("%s: %s", relpath, warnings[-1])
            continue
        cleaned[key] = fixed
    return cleaned, warnings


def _clean_value(key: str, value: Any) -> Any:
    if key == "date":
        return _clean_date(value)
    if key == "tags":
        return _clean_tags(value)
    if key == "author" and isinstance(value, list):
        names = [str(v).strip() for v in value if isinstance(v, str) and v.strip()]
        return ", ".join(names) if names and len(names) == len(value) else None
    if key in _STRING_FIELDS:
        if not isinstance(value, str) or not value.strip():
            return None
        text = " ".join(value.split())
        if key == "language":
            return text.lower().replace("_", "-") if _LANGUAGE.match(text) else None
        return text
    return value


def _clean_date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat() if 1800 <= value.year <= 2200 else None
    if isinstance(value, str):
        return parse_iso_date(value)
    return None


def _clean_tags(value: Any) -> list[str] | None:
    if isinstance(value, str):
        items = [part.strip() for part in value.split(",")]
    elif isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        items = [str(v).strip() for v in value]
    else:
        return None
    return [item for item in items if item]


def _describe(value: Any) -> str:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{type(value).__name__} {shown}"
