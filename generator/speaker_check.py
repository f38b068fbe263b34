"""A last check of an English quote's speaker string: is it a usable name?

The attribution rules read a speaker from the capitalised words around a cue, and some of what they
read is no name: a possessive (``Tony Blair's`` of ``Tony Blair's official spokesman said``), an
organisation cut short at a lower-case word (``of Economic and Social Research``, ``for National
Statistics``) or after a first word (``Cent`` of ``50 Cent``), a role glued before a name (``Labour MP
Stephen Pound``), an unnamed group (``Analysts``, ``Prosecutors``), an opening word of the sentence
(``Furthermore``, ``Commenting``) or a nationality (``the Australian said``), a word of the next
sentence (``Swiss Re. Tightly``). :func:`checked_speaker` repairs the string when the text shows the
whole name (the organisation's full name, the name after the role, the possessor of a statement) and
otherwise gives None. Names of the article's people and organisations pass as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from generator.dates import EN_MONTH_NAMES, EN_WEEKDAY_NAMES
from generator.mentions import tokenize
from generator.name_lexicon import given_names, lexicon
from generator.places import place_index
from generator.quote_words import EN_CUES, ORG_WORDS
from generator.records import Organization, Person

__all__ = ["checked_speaker"]

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_OWNER = re.compile(r"['’]s$")
#: a noun after a possessive that is the possessor's own words: ``Chelsea's statement added``
_STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "statements",
        "report",
        "election",
        "headline",
        "slogan",
        "website",
        "letter",
        "study",
        "survey",
        "figures",
        "research",
        "data",
        "manifesto",
        "submission",
        "verdict",
        "ruling",
        "announcement",
    }
)
#: words that join the parts of an organisation's name
_JOINERS = frozenset({"of", "for", "and", "&", "on", "in", "the"})
#: a role written alone where a name would stand: ``the Bishop said``, ``The MEP said``
_ROLE_ALONE = frozenset(
    [
        "mp",
        "mep",
        "msp",
        "bishop",
        "archbishop",
        "chancellor",
        "minister",
        "president",
        "premier",
        "chairman",
        "chairwoman",
        "secretary",
        "governor",
        "mayor",
        "senator",
        "judge",
        "coach",
        "manager",
        "captain",
        "dj",
    ]
)
#: words that open a sentence or clause before a name, not part of it
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "then",
        "when",
        "while",
        "as",
        "if",
        "after",
        "before",
        "since",
        "because",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "with",
        "according",
    ]
)
#: The speech cues these checks look for, each a part of ``quote_words.EN_CUES``: those right after the name a
#: possessive's description ends in (``Plaid Cymru's local government spokesman Dai Lloyd said``), those before
#: ``the`` and a description after a quote (``," said the ``), and those right after a possessive speaker
_CUES_AFTER_DESCRIPTION = EN_CUES & frozenset({"said", "says", "told", "added", "wrote", "writes", "asked"})
_CUES_BEFORE_THE = EN_CUES & frozenset({"said", "added", "says", "adds", "explained", "insisted", "admitted"})
_CUE_VERBS = EN_CUES & frozenset(
    {"said", "says", "told", "added", "adds", "announced", "claimed", "warned", "insisted"}
)
#: after a possessive: lower-case words of a description, then the name it describes, then a comma or a cue;
#: ``called`` counts too, though it is no cue (``quote_words.EN_CHARACTERISING``) but ends the name as well
_NAMED_AFTER_OWNER = re.compile(
    r"(?:[ \u00a0]+[a-z][\w-]*){1,4},?[ \u00a0]+(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,3})"
    rf"(?=[ \u00a0]*(?:,|\b(?:{'|'.join(sorted(_CUES_AFTER_DESCRIPTION | {'called'}))})\b))"
)
#: the end of a quote, a cue verb and ``the``: ``," said the `` / ``, added the ``
_CUE_THE = re.compile(
    rf"[,.!?]?[\"”’']?[ \u00a0]*(?:{'|'.join(sorted(_CUES_BEFORE_THE))})[ \u00a0]+the[ \u00a0]+"
)
_HE_SHE = re.compile(r"\b(?:he|she|He|She)\b")
#: the capitalised words (or digits, ``&``, joiners) written right before a name
_RUN_BEFORE = re.compile(r"(?:(?:[A-Z0-9][\w'’&-]*|&|of|for|and)[ \u00a0]+)+$")
_CALENDAR = frozenset(EN_MONTH_NAMES + EN_WEEKDAY_NAMES)
_WORD = re.compile(r"[\w'’&-]+")


def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover
        return 0.0
    return float(zipf_frequency(word, "en"))


@lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    """An ordinary English word (not a first name)."""
    low = word.lower()
    zipf = _zipf(low)
    return zipf >= 5.0 or (low not in given_names() and zipf >= 3.0)


@lru_cache(maxsize=4096)
def _plural_common(word: str) -> bool:
    """``Analysts``, ``Companies``, ``Police``, ``Children``: a group written as a common noun."""
    low = word.lower()
    if low in ("police", "children", "people", "officials", "others"):
        return True
    if not low.endswith("s") or len(low) < 5 or _zipf(low) < 3.0:
        return False
    stems = [low[:-1]] + ([low[:-3] + "y"] if low.endswith("ies") else [])
    if low.endswith(("ses", "xes", "zes", "ches", "shes")):
        stems.append(low[:-2])
    given = given_names()
    return not any(s in given for s in stems) and any(_zipf(s) >= 3.0 for s in stems)


@lru_cache(maxsize=4096)
def _demonym(word: str) -> bool:
    """``Australian``, ``Dutchman``, ``Britons``: a nationality pointing back to a person (or a people)."""
    tokens = tokenize(word)
    if len(tokens) != 1:
        return False
    hit = place_index("en").match_at(tokens, 0)
    return hit is not None and hit.stop == 1 and hit.value.demonym


def _verb_stem(low: str) -> bool:
    """``having``, ``following``, ``commenting``: an -ing form of a common verb (not ``Boeing``)."""
    stem = low[:-3]
    forms = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return any(_zipf(f) >= 3.5 for f in forms)


@lru_cache(maxsize=4096)
def _whole_words(text: str) -> re.Pattern[str]:
    """``text`` as whole words (compiled once per text; only for an empty ``text``, see _whole_word_starts)."""
    return re.compile(r"(?<![\w'’-])" + re.escape(text) + r"(?![\w-])")


#: the two sides of ``text`` as whole words: no word character, apostrophe or hyphen before, none (but an
#: apostrophe) after
_WHOLE_BEFORE = re.compile(r"(?<![\w'’-])")
_WHOLE_AFTER = re.compile(r"(?![\w-])")


def _whole_word_starts(body: str, text: str, pos: int, endpos: int) -> Iterator[int]:
    """The starts of ``_whole_words(text).finditer(body, pos, endpos)`` (leftmost, non-overlapping; the text
    ends at ``endpos`` as at the end of the string), found with ``str.find`` instead of a pattern per text."""
    if not text:
        yield from (match.start() for match in _whole_words(text).finditer(body, pos, endpos))
        return
    at = body.find(text, pos, endpos)
    while at >= 0:
        end = at + len(text)
        if _WHOLE_BEFORE.match(body, at) is not None and _WHOLE_AFTER.match(body, end, endpos) is not None:
            yield at
            at = body.find(text, end, endpos)
        else:
            at = body.find(text, at + 1, endpos)


def _occurrence(body: str, text: str, at: int) -> int:
    """Where ``body`` writes ``text`` as whole words: the last time before ``at``, else the first after."""
    best = -1
    for found in _whole_word_starts(body, text, 0, at if at > 0 else len(body)):
        best = found
    if best < 0:
        best = next(_whole_word_starts(body, text, max(at, 0), len(body)), -1)
    return best


def _extended(body: str, speaker: str, at: int) -> str | None:
    """The whole name when the text writes capitalised words right before ``speaker``: ``Office`` before
    ``for National Statistics``, ``50`` before ``Cent``, ``Ernst &`` before ``Young``."""
    where = _occurrence(body, speaker, at)
    if where <= 0:
        return None
    run = _RUN_BEFORE.search(body, max(0, where - 80), where)
    if run is None:
        return None
    words = run.group().split()
    while words and (
        words[0].lower() in _JOINERS
        or words[0].lower() in _OPENERS
        or words[0].lower() in _CALENDAR
        or words[0].lower() in ("a", "an", "according", "when", "while", "as", "if")
        or ("-" in words[0] and any(c.islower() for c in words[0].split("-", 1)[1][:1]))
    ):
        words.pop(0)
    if not words or (words[0].lower() in given_names() and "of" in words):
        return None  # ``Lee Zeldin of New York``: a person of a place, not the place's own name
    return " ".join(words + speaker.split())


def _person_named(words: Sequence[str], people: Sequence[Person]) -> str | None:
    text = " ".join(words)
    for person in people:
        if person.name == text or text in person.aliases:
            return person.name
    if len(words) == 1:
        hits = [p.name for p in people if p.name.split()[-1] == text]
        if len(hits) == 1:
            return hits[0]
    return None


def _after_role(words: list[str], people: Sequence[Person]) -> str | None:
    """``Labour MP Stephen Pound`` -> ``Stephen Pound``; ``Writer Tony Cowell`` -> ``Tony Cowell``."""
    lex = lexicon("en")
    honorifics = lex.honorifics | {"lord", "lady", "sir", "dame", "baroness", "prince", "princess", "king", "queen"}
    given = given_names()
    for k in range(1, len(words)):
        lead, rest = words[:k], words[k:]
        person = _person_named(rest, people)
        if person is not None and len(rest) >= 2:
            return person
        if any(w.lower() in honorifics for w in lead):
            return None
        if not all(w.lower() in lex.role_keys or w.isupper() or _common(w) for w in lead):
            return None
        roles = any(w.lower() in lex.role_keys for w in lead)
        if len(rest) >= 2 and rest[0][:1].isupper() and (rest[0].lower() in given or (roles and not _common(rest[-1]))):
            return " ".join(rest)
    return None


def _modifier_after(body: str, speaker: str, end: int) -> bool:
    """``"...," said the Gloucester fly-half.``: the speaker is a word of a description after the cue."""
    tail = _CUE_THE.match(body, end)
    if tail is None:
        return False
    rest = body[tail.end() : tail.end() + len(speaker) + 2]
    return (
        rest.startswith(speaker + " ") and body[tail.end() + len(speaker) + 1 : tail.end() + len(speaker) + 2].islower()
    )


def _org_like(speaker: str) -> bool:
    """An organisation's name (``Environmental Audit Committee``, ``OECD``): an acronym or an organisation word."""
    words = speaker.split()
    return any(w.isupper() and len(w) > 1 for w in words) or any(w.lower() in ORG_WORDS for w in words)


def _he_or_she(body: str, at: int, end: int | None) -> bool:
    """The quote's cue is a he/she (``she confesses: "``, ``"...," he said``), not an ``it``."""
    stop = end if end is not None else at
    return _HE_SHE.search(body[max(0, at - 60) : at]) is not None or _HE_SHE.search(body[stop : stop + 30]) is not None


def _after_article(body: str, speaker: str, at: int) -> bool:
    """The text writes ``speaker`` after ``the`` (``who presents The Weakest Link``), nearest the quote."""
    where = _occurrence(body, speaker, at)
    return where >= 4 and body[where - 4 : where].lower() == "the "


def checked_speaker(
    speaker: str,
    body: str,
    at: int,
    people: Sequence[Person],
    organizations: Sequence[Organization],
    pronoun: bool = False,
    end: int | None = None,
) -> str | None:
    """``speaker`` when it reads as a name, its repaired form when the text shows the whole name, else None.

    ``at`` is where the quote starts (the repair reads the text's nearest writing of the speaker).
    ``pronoun``: the speaker is a he/she's antecedent, so a possessive (``Hillary Clinton's campaign``)
    points to its possessor, a person, rather than to no one; and one written after ``the`` (``who
    presents The Weakest Link``) is a title or a thing, never a he/she. ``end``: where the quote ends
    (``"...," said the Gloucester fly-half``: a word modifying a description is no name).
    """
    names = {p.name for p in people}
    orgs = {o.name for o in organizations} | {a for o in organizations for a in o.aliases}
    if speaker in names:
        return speaker
    if end is not None and _modifier_after(body, speaker, end):
        return None
    orgs = {o.name for o in organizations} | {a for o in organizations for a in o.aliases}
    if (
        pronoun
        and speaker not in orgs
        and not _org_like(speaker)
        and _he_or_she(body, at, end)
        and _after_article(body, speaker, at)
    ):
        return None
    words = speaker.split()
    if not words:
        return None
    # a possessive: the possessor of a statement speaks; of a spokesman, a launch, comments: no one named
    if len(words) >= 2 and any(_OWNER.search(w) for w in words[:-1]):
        k = next(i for i, w in enumerate(words[:-1]) if _OWNER.search(w))
        rest = words[k + 1 :]
        person = _person_named(rest, people)
        if person is not None:
            return person
        if " ".join(rest) in orgs or (len(rest) >= 2 and rest[0].lower() in given_names() and not _common(rest[0])):
            return " ".join(rest)
        if all(w[:1].isupper() and not _common(w) and not _demonym(w) for w in rest):
            return checked_speaker(" ".join(rest), body, at, people, organizations)
        return None
    if _POSSESSIVE.search(words[-1]):
        where = _occurrence(body, speaker, at)
        after = body[where + len(speaker) : where + len(speaker) + 30] if where >= 0 else ""
        nxt = _WORD.search(after)
        bare = re.sub(r"['’]s?$", "", speaker)
        if pronoun and bare and (bare in names or bare.split()[0].lower() in given_names()):
            return bare
        if after[:1] in (",", ";") or (nxt is not None and nxt.start() <= 1 and nxt.group().lower() in _CUE_VERBS):
            whole = _extended(body, speaker, at)
            return whole if whole is not None and whole.split()[-len(words) - 1] == "&" else speaker
        if after.lstrip().startswith("(") or (nxt is not None and nxt.group().lower() in _STATEMENT_NOUNS):
            return checked_speaker(bare, body, at, people, organizations) if bare else None
        # ``Plaid Cymru's local government spokesman Dai Lloyd``, ``Amanda's uncle, Lewis Champion``
        described = _NAMED_AFTER_OWNER.match(body, where + len(speaker)) if where >= 0 else None
        if described is not None and (
            len(described.group("name").split()) >= 2 or not _common(described.group("name"))
        ):
            return described.group("name")
        return None
    if speaker in orgs:
        return speaker
    # a word of the next sentence glued on: ``Swiss Re Tightly`` (``... said Swiss Re. Tightly packed``)
    if len(words) >= 2 and len(words[-2]) > 1 and _common(words[-1]) and _occurrence(body, speaker, at) < 0:
        head = " ".join(words[:-1])
        if _occurrence(body, head, at) >= 0 and re.search(
            re.escape(head) + r"\.[ \u00a0]+" + re.escape(words[-1]), body
        ):
            return checked_speaker(head, body, at, people, organizations)
        return speaker
    first = words[0]
    if len(words) == 1 and first.lower() in _ROLE_ALONE:
        return None  # ``the Bishop said``, ``The MEP said``: a description, no name
    if len(words) > 1 and words[0][:1].isupper():
        after_role = _after_role(words, people)
        if after_role is not None:
            return after_role
    if first.isupper():
        pass
    elif (
        first[:1].islower()
        or first == "&"
        or (len(words) == 1 and _common(first))
        or (len(words) > 1 and _plural_common(first))
    ):
        whole = _extended(body, speaker, at)
        if whole is not None and len(whole.split()) > len(words) and (whole[:1].isupper() or whole[:1].isdigit()):
            return whole if whole.split()[0].lower() not in ("the",) else None
        if first[:1].islower() and first.lower() in _JOINERS | {"&"}:
            return None
    if len(words) == 1:
        low = first.lower()
        if first[:1].isupper() and (
            _demonym(first)
            or (low.endswith("ly") and _common(first))
            or (low.endswith("ing") and _common(first) and _verb_stem(low))
        ):
            return None
        return speaker
    return speaker
