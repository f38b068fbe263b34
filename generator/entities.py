"""People, organisations and places named in an article (rule-based).

``extract_entities`` tokenises the body once, then runs in a fixed order:

1. gazetteers, longest match first: known organisations
   (data/organizations.yaml) and places (CLDR country names through babel,
   data/countries.yaml, cities.yaml, regions.yaml);
2. generic organisations, from the words that head or end their names
   (data/org_words.yaml);
3. people, from the capitalised runs left over (generator/people.py).

Everything is emitted in order of first mention. ``resolve_person`` maps a
partial mention ("Kirby") to the person it belongs to.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from generator.credits import blank_related_blocks
from generator.mentions import Hit, Token, load_data, tokenize, word_set
from generator.name_agreement import fuller_names
from generator.name_lexicon import Lexicon, given_names, lexicon
from generator.organizations import OrgEntry, generic_org_spans, org_index
from generator.people import find_people
from generator.person_aliases import resolve_person
from generator.person_roles import head_ending_at
from generator.places import PlaceEntry, country_names, place_index
from generator.records import Organization, Person, Place

__all__ = ["Entities", "extract_entities", "resolve_person"]

log = logging.getLogger(__name__)

# A related-story line ("SIMAK JUGA: ...", "Baca juga - ...") is navigation,
# not part of the article: its names are not mentions.
_NAVIGATION_RE = re.compile(
    r"(?im)^[ \t\[(]*(?:pilihan\s+editor|baca\s+juga|simak\s+juga|lihat\s+juga|artikel\s+terkait"
    r"|berita\s+terkait|read\s+more|read\s+also|also\s+read|see\s+also)[ \t]*[:\-\u2013\u2014][^\n]*"
)
# After a place word, an abbreviation's full stop may separate it from the name ("Kab. Ciamis").
_ABBREVIATION_GAP = re.compile(r"^ ?\. ?$")

@dataclass(frozen=True)
class Entities:
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)


def extract_entities(body: str, language: str) -> Entities:
    """People, organisations and places in ``body`` (``language``: "id" or "en")."""
    if not body or not body.strip():
        return Entities()
    lang = "id" if language == "id" else "en"
    tokens = tokenize(_blank_navigation(body))
    hits = _gazetteer_hits(body, tokens, lang)
    known_orgs = [h for h in hits if isinstance(h.value, OrgEntry)]
    generic = [
        (a, b)
        for a, b in generic_org_spans(tokens, lang, body)
        if not any(h.start < b and a < h.stop for h in known_orgs)
    ]
    if lang == "en":
        generic = [_en_owner_span(body, tokens, a, b) for a, b in generic]
        people_named = _en_people_with_org_tails(body, tokens, generic)
        if people_named:
            generic = [(a, b) for a, b in generic if (tokens[a].key, tokens[b - 1].key) not in people_named]
    # A country inside an organisation's name is not a mention of it
    # ("Bank Negara Indonesia", "British National Party").
    hits = [h for h in hits if not any(a <= h.start and h.stop <= b for a, b in generic)]
    labels: list[str | None] = [None] * len(tokens)
    for hit in hits:
        kind = "org" if isinstance(hit.value, OrgEntry) else "place"
        for k in range(hit.start, hit.stop):
            labels[k] = kind
    for a, b in generic:
        for k in range(a, b):
            labels[k] = labels[k] or "org"
    _label_named_places(body, tokens, labels)
    people = find_people(body, tokens, labels, lang)
    organizations = _organizations(body, tokens, hits, generic)
    people = fuller_names(people, tokens, labels, organizations, lang, body)
    places = _places(tokens, hits)
    return Entities(people=people, organizations=organizations, places=places)


def _en_owner_span(body: str, tokens: Sequence[Token], a: int, b: int) -> tuple[int, int]:
    """English: an organisation's name ends at a possessive before a person's first name
    and one more capitalised word that ends the run ("Deutsche Bank's Simon Champion": the
    bank, then its analyst), unless an organisation word follows ("Sainsbury's Bank")."""
    tails = _org_tails()
    given = given_names()
    for k in range(a, b - 2):
        if (
            body[tokens[k].end : tokens[k].end + 2] in ("'s", "’s")
            and tokens[k + 1].key in given
            and b - k == 3
            and tokens[k + 2].key not in tails
        ):
            return a, k + 1
    return a, b


# (English) given names that are also common words, which the given-name dictionary may lack ("Glen Post")
_EN_WEAK_GIVEN = frozenset({"mark", "bill", "will", "frank", "grant", "dean", "guy", "rich", "glen", "don", "art"})
_EN_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "professor", "prof"})


def _en_people_with_org_tails(
    body: str, tokens: Sequence[Token], spans: Sequence[tuple[int, int]]
) -> frozenset[tuple[str, str]]:
    """English: two words, a first name and an organisation's tail word that is also a surname ("chief
    executive Glen Post", "100m champion Dwain Chambers"), name a person, not a newspaper or a firm, when the
    article says so: a role noun or a personal title right before the pair somewhere, or the tail word
    written alone as a sayer elsewhere ("Post said", "said Post", "Mr Post") when no other two-word name ends
    in it ("Glen Post" beside "the Denver Post"). The first word must be no known place; with no evidence
    ("Clinton Foundation", "Warner Bros") the pair stays an organisation. Returns the (first, tail) keys of
    such pairs."""
    lex = lexicon("en")
    places = place_index("en")
    out: set[tuple[str, str]] = set()
    firsts: dict[str, set[str]] = {}  # tail word -> the first words written before it in two-word names
    for a, b in spans:
        if b - a == 2:
            firsts.setdefault(tokens[a + 1].key, set()).add(tokens[a].key)
    for a, b in spans:
        if b - a != 2:
            continue
        first, tail = tokens[a], tokens[a + 1]
        pair = (first.key, tail.key)
        if pair in out or not first.cap or first.upper or not tail.cap or tail.upper or not tail.joined:
            continue
        if body[first.end : tail.start] != " " or not (first.key in given_names() or first.key in _EN_WEAK_GIVEN):
            continue
        place = places.match_at(tokens, a)
        if place is not None:
            continue
        if (a > 0 and first.joined and _en_person_lead(tokens, a - 1, lex)) or (
            len(firsts[tail.key]) == 1 and _en_lone_sayer(body, tokens, tail.text)
        ):
            out.add(pair)
    return frozenset(out)


def _en_person_lead(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """English: token ``j`` is a personal title or ends a lower-case role noun ("chief executive", "champion";
    not a modifier alone: "former Cato Institute president")."""
    prev = tokens[j]
    if prev.key in _EN_PERSONAL_TITLES:
        return True
    if prev.cap:
        return False
    head = head_ending_at(tokens, j, lex)
    return head is not None and (head < j or prev.key not in lex.role_prefixes)


def _en_lone_sayer(body: str, tokens: Sequence[Token], word: str) -> bool:
    """English: ``word`` written alone (no capitalised word on either side) right before or after a speech
    verb, or after a personal title ("Post said", "said Post.", "Mr Post")."""
    lex = lexicon("en")
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.text != word or k == 0:
            continue
        prev = tokens[k - 1]
        nxt = tokens[k + 1] if k + 1 < n else None
        if nxt is not None and nxt.joined and nxt.cap:
            continue
        if tok.joined and prev.key in _EN_PERSONAL_TITLES:
            return True
        if prev.cap and tok.joined and not prev.sent_start and prev.key not in lex.speech_before:
            continue
        if nxt is not None and nxt.joined and not nxt.cap and nxt.key in lex.speech_after:
            return True
        if tok.joined and not prev.cap and prev.key in lex.speech_before:
            return True
    return False


@lru_cache(maxsize=1)
def _org_tails() -> frozenset[str]:
    data = load_data("org_words.yaml")
    return word_set(data["tails"]) | word_set(data["heads"])


def _blank_navigation(body: str) -> str:
    """``body`` with related-story lines and blocks replaced by spaces (offsets unchanged)."""
    body = blank_related_blocks(body)
    if not _NAVIGATION_RE.search(body):
        return body
    return _NAVIGATION_RE.sub(lambda m: " " * len(m.group()), body)


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    return word_set(load_data("place_words.yaml")["heads"])


def _label_named_places(body: str, tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Capitalised words after a place word ("Jalan Gatot Subroto", "Kabupaten
    Bogor", "Stadion Santiago Bernabeu") name a place, not a person."""
    heads = _place_heads()
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not (tok.cap and tok.key in heads) or labels[i] is not None or i + 1 >= n:
            i += 1
            continue
        j = i + 1
        first = tokens[j]
        gap_ok = first.joined or _ABBREVIATION_GAP.match(body[tok.end : first.start]) is not None
        if not gap_ok:
            i += 1
            continue
        given = given_names()
        while j < n and (j == i + 1 or tokens[j].joined):
            nxt = tokens[j]
            if not (nxt.cap or nxt.upper or nxt.text[:1].isdigit()) or labels[j] is not None:
                break
            if j > i + 1 and nxt.key in given:
                break  # "Kabupaten Sukabumi | Elis Nurbaeti"
            j += 1
        if j > i + 1:
            for k in range(i, j):
                labels[k] = "place"
        i = max(j, i + 1)


def _gazetteer_hits(
    body: str, tokens: Sequence[Token], language: str
) -> list[Hit[OrgEntry | PlaceEntry]]:
    orgs = org_index()
    places = place_index(language)
    hits: list[Hit[OrgEntry | PlaceEntry]] = []
    org_firsts = orgs.first_words()
    place_firsts = places.first_words()
    i = 0
    while i < len(tokens):
        key = tokens[i].key
        if key not in org_firsts and key not in place_firsts:
            i += 1  # (the common case: no alias of either index starts here)
            continue
        org_hit = orgs.match_at(tokens, i)
        place_hit = places.match_at(tokens, i)
        best: Hit[OrgEntry | PlaceEntry] | None = None
        if org_hit is not None and (place_hit is None or org_hit.stop >= place_hit.stop):
            best = Hit(org_hit.start, org_hit.stop, org_hit.value)
        elif place_hit is not None and _place_ok(body, tokens, place_hit, language):
            best = Hit(place_hit.start, place_hit.stop, place_hit.value)
        elif (
            place_hit is not None
            and place_hit.value.kind == "country"
            and _in_event_name(body, tokens, place_hit)
        ):
            # "Italia Terbuka": the name of a tournament, neither a country nor a person
            best = Hit(place_hit.start, place_hit.stop, PlaceEntry("block", place_hit.value.name, None))
        if best is None:
            i += 1
            continue
        hits.append(best)
        i = best.stop
    return hits


def _place_ok(body: str, tokens: Sequence[Token], hit: Hit[PlaceEntry], language: str) -> bool:
    """Guard against places that are part of a person's name or ambiguous."""
    entry = hit.value
    if entry.kind == "country" and _in_event_name(body, tokens, hit):
        return False  # "AS Terbuka", "Prancis Terbuka", "French Open": a tournament
    first = tokens[hit.start]
    prev = tokens[hit.start - 1] if hit.start > 0 else None
    nxt = tokens[hit.stop] if hit.stop < len(tokens) else None
    features = _features()
    if prev is not None and first.joined and prev.key in features[0]:
        return False  # "Laut Filipina": the name of a sea, not the country
    if nxt is not None and nxt.joined and nxt.key in features[1]:
        return False  # "Philippine Sea", "Norway spruce"
    if hit.stop - hit.start > 1 or (entry.kind == "country" and not entry.weak and not entry.demonym):
        return True
    lex = lexicon(language)
    if prev is not None and first.joined and prev.cap and (
        prev.key in lex.honorifics
        or (
            prev.key in given_names()
            and prev.key not in lex.not_names
            and not lex.is_role_word(prev.key)
        )
    ):
        return False  # "Denzel Washington", "Mike German", "Mr German"
    if entry.weak:
        return prev is not None and prev.key in _context_words()[0] and not prev.cap
    return True


def _in_event_name(body: str, tokens: Sequence[Token], hit: Hit[PlaceEntry]) -> bool:
    """A country name that is part of an event's name: a word before it
    ("Grand Prix Argentina", "Piala Indonesia") or after it, possibly past an
    abbreviation in brackets ("Amerika Serikat (AS) Terbuka", "US Open")."""
    before, after = _event_words()
    if hit.start > 0 and tokens[hit.start].joined:
        prev = tokens[hit.start - 1]
        if prev.cap and prev.key in before:
            return True
    end = tokens[hit.stop - 1].end
    return after.match(body, end, min(len(body), end + 40)) is not None


@lru_cache(maxsize=1)
def _event_words() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load_data("countries.yaml")
    words = "|".join(re.escape(w) for w in sorted(data["event_after"], key=len, reverse=True))
    after = re.compile(rf"[ \t]*\)?[ \t]*(?:\([ \t]*[^\W\d_][\w.]{{0,6}}[ \t]*\)[ \t]*)?(?:{words})\b")
    return word_set(data["event_before"]), after


@lru_cache(maxsize=1)
def _features() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("countries.yaml")
    return word_set(data["feature_before"]), word_set(data["feature_after"])


@lru_cache(maxsize=1)
def _context_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that make a weak country name a place, words that make a capital a location)."""
    data = load_data("countries.yaml")
    return word_set(data["weak_context"]), word_set(data["locative"])


def _organizations(
    body: str,
    tokens: Sequence[Token],
    hits: Sequence[Hit[OrgEntry | PlaceEntry]],
    generic: Sequence[tuple[int, int]],
) -> list[Organization]:
    found: list[tuple[int, str, str]] = []  # (first token, canonical, surface)
    for hit in hits:
        if isinstance(hit.value, OrgEntry):
            found.append((hit.start, hit.value.name, _surface(body, tokens, hit.start, hit.stop)))
    for a, b in generic:
        surface = _surface(body, tokens, a, b)
        found.append((a, surface, surface))
    found.sort(key=lambda item: item[0])
    order: list[str] = []
    aliases: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for _, name, surface in found:
        if name not in counts:
            order.append(name)
            counts[name] = 0
            aliases[name] = []
        counts[name] += 1
        if surface != name and surface not in aliases[name]:
            aliases[name].append(surface)
    return [Organization(name=n, aliases=aliases[n], mentions=counts[n]) for n in order]


def _places(tokens: Sequence[Token], hits: Sequence[Hit[OrgEntry | PlaceEntry]]) -> list[Place]:
    names = country_names()
    order: list[tuple[str, str | None, str, str | None]] = []  # kind, code, name, country
    aliases: dict[tuple[str, str], list[str]] = {}
    counts: dict[tuple[str, str], int] = {}

    def note(kind: str, name: str, code: str | None, country: str | None, surface: str) -> None:
        key = (kind, name)
        if key not in counts:
            order.append((kind, code, name, country))
            counts[key] = 0
            aliases[key] = []
        counts[key] += 1
        if surface != name and surface not in aliases[key]:
            aliases[key].append(surface)

    located_until = -1  # a list of places that started with "di"/"in" runs to here
    for hit in hits:
        entry = hit.value
        if not isinstance(entry, PlaceEntry) or entry.kind == "block":
            continue
        surface = " ".join(t.text for t in tokens[hit.start : hit.stop])
        in_list = located_until >= 0 and _listed_after(tokens, located_until, hit.start)
        if entry.kind == "country" and entry.code:
            note("country", entry.name, entry.code, None, surface)
            located_until = -1
        elif entry.kind == "city":
            note("city", entry.name, None, entry.code, surface)
            state = not in_list and _stands_for_state(tokens, hit)
            if entry.capital and entry.code in names and state:
                note("country", names[entry.code], entry.code, None, surface)
            located_until = -1 if state else hit.stop
        elif entry.kind == "region":
            note("region", entry.name, None, entry.code, surface)
            located_until = hit.stop
    places: list[Place] = []
    for kind, code, name, country in order:
        key = (kind, name)
        if kind == "country":
            places.append(
                Place(name=name, code=code, kind="country", aliases=aliases[key], mentions=counts[key])
            )
        elif kind == "city":
            places.append(
                Place(name=name, code=None, kind="city", country=country,
                      aliases=aliases[key], mentions=counts[key])
            )
        else:
            places.append(
                Place(name=name, code=None, kind="region", country=country,
                      aliases=aliases[key], mentions=counts[key])
            )
    return places


def _stands_for_state(tokens: Sequence[Token], hit: Hit[OrgEntry | PlaceEntry]) -> bool:
    """A capital names its government unless it is a location ("di Manila")."""
    if hit.stop < len(tokens):
        nxt = tokens[hit.stop]
        if nxt.joined and nxt.cap and not nxt.upper:
            return False  # part of another name: "Paris Fashion Week"
    if hit.start == 0:
        return True
    prev = tokens[hit.start - 1]
    if tokens[hit.start].joined and prev.cap and not prev.upper and not prev.sent_start:
        return False  # the end of another name: "Real Madrid", "Atletico Madrid"
    return not (prev.key in _context_words()[1] and not prev.cap)


_LIST_LINKS = frozenset({"dan", "and", "serta", "atau", "or"})


def _listed_after(tokens: Sequence[Token], stop: int, start: int) -> bool:
    """Token ``start`` follows the place that ends at ``stop`` in a list
    ("di London, Berlin, dan Paris"): it shares that place's location reading."""
    if start - stop > 2:
        return False
    if start >= len(tokens) or tokens[start].sent_start:
        return False
    between = tokens[stop:start]
    return all(t.key in _LIST_LINKS and not t.cap and not t.sent_start for t in between)


def _surface(body: str, tokens: Sequence[Token], start: int, stop: int) -> str:
    return " ".join(body[tokens[start].start : tokens[stop - 1].end].split())
