"""Typed records shared by every stage of the build.

The :class:`Article` record is what one input article becomes. Its
``to_dict`` form is exactly what ``python -m generator extract`` prints as
one JSON line and what the store writes as one YAML file, so the field
order here is the field order users see.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

#: Bumped whenever the record's shape changes.
SCHEMA_VERSION = 1

#: Where a metadata value came from, in precedence order (first wins).
FieldOrigin = Literal["front_matter", "html", "text", "derived", "detected"]
QuoteKind = Literal["direct", "indirect"]


@dataclass(frozen=True)
class Source:
    path: str  # path relative to the seeds folder, POSIX separators
    sha256: str  # of the raw input bytes
    format: str  # "txt" | "md" | "html"
    url: str | None = None


@dataclass(frozen=True)
class Keyword:
    phrase: str  # display form
    score: float  # YAKE score, lower is better, rounded to 6 places


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # canonical full name, or None when it cannot be told
    role: str | None
    cue: str | None  # the attribution verb or phrase ("kata", "said", "menurut")
    kind: QuoteKind
    start: int  # character offset of ``text`` in Article.body
    end: int  # body[start:end] == text
    rank: int = 0  # 1 = best key quote; 0 = unranked


@dataclass(frozen=True)
class Person:
    name: str  # canonical full name
    role: str | None = None
    mentions: int = 1
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Organization:
    name: str  # canonical (English) name
    aliases: list[str] = field(default_factory=list)  # forms seen in the text
    mentions: int = 1


@dataclass(frozen=True)
class Place:
    name: str  # English display name (CLDR for countries)
    code: str | None  # ISO 3166-1 alpha-2 for countries; None for cities
    kind: Literal["country", "city", "region"] = "country"
    country: str | None = None  # for cities: the ISO code of their country
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1


@dataclass
class Article:
    id: str
    source: Source
    title: str
    outlet: str | None
    dateline: str | None
    wire: list[str]
    date: str | None  # ISO 8601, never invented
    language: str  # ISO 639-1
    author: str | None
    word_count: int
    reading_minutes: int
    related: list[str]
    tags: list[str]
    origins: dict[str, FieldOrigin]  # metadata field -> where its value came from
    summary: list[str]  # 2-3 extractive sentences
    keywords: list[Keyword]
    quotes: list[Quote]
    people: list[Person]
    organizations: list[Organization]
    places: list[Place]
    body: str
    schema: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        ordered: dict[str, Any] = {"schema": data.pop("schema")}
        ordered.update(data)
        return ordered

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            source=Source(**data["source"]),
            title=data["title"],
            outlet=data["outlet"],
            dateline=data["dateline"],
            wire=list(data["wire"]),
            date=data["date"],
            language=data["language"],
            author=data["author"],
            word_count=data["word_count"],
            reading_minutes=data["reading_minutes"],
            related=list(data["related"]),
            tags=list(data["tags"]),
            origins=dict(data["origins"]),
            summary=list(data["summary"]),
            keywords=[Keyword(**k) for k in data["keywords"]],
            quotes=[Quote(**q) for q in data["quotes"]],
            people=[Person(**p) for p in data["people"]],
            organizations=[Organization(**o) for o in data["organizations"]],
            places=[Place(**p) for p in data["places"]],
            body=data["body"],
            schema=data.get("schema", SCHEMA_VERSION),
        )


@dataclass(frozen=True)
class Problem:
    """One input that could not become a briefing, or a warning about one."""

    path: str
    reason: str
    severity: Literal["error", "warning", "skipped", "duplicate"] = "error"

    def line(self) -> str:
        return f"{self.path}: {self.reason}"
