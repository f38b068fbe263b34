"""Where a clause or sentence starts, and who opens it: the helpers every quote reader shares.

Paragraph and sentence bounds around a point, the window before a quotation mark, the subject that opens a
clause (``Kirby mengatakan``, ``The minister, John Smith, said``), the nearest named person before a point, and
the English abbreviation periods that end no sentence. ``generator.quotes_en`` and the quote steps
(``quote_cues``, ``quote_names``, ``quote_inherit`` ...) import them; this module imports none of those.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from generator.abbreviations import (
    EN_COMPANY_SUFFIXES,
    EN_LIST_END,
    EN_MONTHS,
    EN_NAME_SUFFIXES,
    EN_NUMBER_WORDS,
    EN_OTHER,
    EN_PLACE_PREFIXES,
    EN_TITLES,
    alternation,
)
from generator.attribution import company_name
from generator.name_lexicon import en_descriptor_word, given_names
from generator.quote_marks import (
    DOUBLE_MARKS,
    QuoteSpan,
)
from generator.quote_words import (
    EN_CUES,
    EN_ORG_TAILS,
    ORG_WORDS,
    ROLE_WORDS,
)
from generator.records import QuoteKind
from generator.registry import (
    Registry,
)
from generator.roles_en import (
    EPITHET_HEADS,
)
from generator.speaker_before import (
    EN_PERSON_ROLES,
    Speaker,
    en_gap_holder,
    organisation_team,
    speaker_before_cue,
    subject_of,
)

WINDOW = 260  # characters looked at on either side of a quote

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”»’')\]]|$)")
EN = "|".join(sorted(EN_CUES, key=lambda w: (-len(w), w)))
#: (English) a word whose period may end no sentence: a title or an initial before a capital (``Sen. Al Franken``,
#: ``George W. Bush``), a number word or month before a digit (``No. 2``, ``Jan. 5``), a dotted abbreviation or a
#: company suffix before a lower-case word (``U.S. officials``, ``Acme Inc. said``); see ``en_abbreviation``
EN_ABBR_PERIOD = re.compile(
    rf"(?<![\w.])(?:(?P<title>{alternation(EN_TITLES, EN_PLACE_PREFIXES)})|(?P<initial>[A-Z])"
    rf"|(?P<num>{alternation(EN_NUMBER_WORDS, EN_MONTHS)})"
    rf"|(?P<dotted>(?:[A-Za-z]\.)+[A-Za-z]"
    rf"|{alternation(EN_COMPANY_SUFFIXES, EN_NAME_SUFFIXES, EN_OTHER, EN_LIST_END)}))\.$"
)
#: (English) what shows a titled name is not the clause's subject: a preposition or a verb before the title, maybe
#: with a place between (``joined on stage by Minnesota Sen. Al Franken``, ``calling Indiana Gov. Mike Pence``)
_EN_TITLE_AS_OBJECT = re.compile(
    r"(?<![\w'’-])(?:by|with|to|for|from|behind|against|of|on|at|about|than|like|between|[a-z]{2,}(?:ed|ing))"
    r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+){0,2}$"
)
#: (English) a capitalised word right before an initial: a middle initial (``Michael J. Petrilli``)
_EN_BEFORE_INITIAL = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \u00a0]+$")


#: (English) a party-and-state tag up to its last period: ``(D-Ill.``, ``(R-N.Y.``, ``(R-S.C.``
_EN_PARTY_TAG_END = re.compile(r"\((?:(?:[DRI]|Dem|Rep|Ind)-)?[A-Z][A-Za-z.]{0,8}\.$")


def en_abbreviation(text: str, at: int) -> bool:
    """(English) Whether the period at ``at`` ends an abbreviation, not a sentence: ``EN_ABBR_PERIOD`` before a
    space and the kind of word that continues it (a capital after a title that a preposition or verb governs or
    after a middle initial, a digit after ``No.``, a lower-case word after ``U.S.``), or a lawmaker's party-and-state
    tag's last period before its closing bracket (``Sen. Richard J. Durbin (D-Ill.), noting ...``)."""
    if text[at + 1 : at + 2] == ")" and _EN_PARTY_TAG_END.search(text, max(0, at - 14), at + 1) is not None:
        return True
    match = EN_ABBR_PERIOD.search(text, max(0, at - 12), at + 1)
    if match is None:
        return False
    nxt = at + 1
    while nxt < len(text) and text[nxt] in " \u00a0":
        nxt += 1
    if nxt == at + 1 or nxt >= len(text):
        return False
    if match.group("title"):
        # a title opening the subject's words (``Former Rep. Jane Harman called it``) is cut as before: the
        # subject readers take the name after it
        lo = max(0, match.start() - 40)
        return text[nxt].isupper() and _EN_TITLE_AS_OBJECT.search(text, lo, match.start()) is not None
    if match.group("initial"):
        lo = max(0, match.start() - 30)
        return text[nxt].isupper() and _EN_BEFORE_INITIAL.search(text, lo, match.start()) is not None
    if match.group("num"):
        return text[nxt].isdigit()
    return text[nxt].islower()


@dataclass
class Found:
    start: int
    end: int
    kind: QuoteKind
    cue: str | None
    cue_at: int  # where the attribution was found (for pronoun order)
    speaker: Speaker | None
    cued: bool  # a cue stands right next to the quote
    span: QuoteSpan | None = None
    name: str | None = None
    via: str = ""  # which rule gave the quote its speaker (for evaluation)
    short: str = ""  # why a short quote was kept ("standalone", "partial", "object")
    again: bool = False  # ``ujarnya lagi``: continues the speaker of the quote before
    verb_subject: str | None = None  # the text before the speech verb a short quote is the object of


def paragraph_start(body: str, pos: int) -> int:
    nl = body.rfind("\n", max(0, pos - WINDOW), pos)
    return nl + 1 if nl >= 0 else max(0, pos - WINDOW)


#: (English) a short quoted title or scare-quoted word inside a sentence, ending the text: a word
#: (or a digit or a possessive) and a space before the opening mark, at most 41 characters without a sentence end,
#: maybe a comma, the closing mark (``a class called "Perception"``, ``the CNN "reporter,"``)
_EN_INLINE_TITLE = re.compile(
    r"(?<=[A-Za-z0-9’'][ \u00a0])[\"“](?P<title>[A-Za-z0-9][^.!?;:\"“”\n]{0,40}?(?<![ \u00a0]),?)[\"”]$"
)


def before_window(body: str, span: QuoteSpan, lang: str = "", over_titles: bool = False) -> str:
    end = span.open_at
    start = paragraph_start(body, end)
    text = body[start:end]
    if not text.strip() and start > 0:
        # a quote opening its paragraph: the previous paragraph may introduce it (``Cruz continued:``)
        prev_end = start - 1
        while prev_end > 0 and body[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end > 0 and body[prev_end - 1] == ":":
            text = body[paragraph_start(body, prev_end) : prev_end]
    for i in range(len(text) - 1, -1, -1):
        if text[i] in DOUBLE_MARKS:
            inline = _EN_INLINE_TITLE.search(text, 0, i + 1) if over_titles else None
            if inline is not None:
                # (over_titles) ``Carson shared a syllabus for a class called "Perception" on his page, writing
                # "``, ``Kerpen needled the CNN "reporter," saying, "``: a short title or scare-quoted word inside
                # the sentence is no quote that ends the clause; the clause runs on over it (its marks dropped)
                head = text[: inline.start()]
                cut = max((j for j, ch in enumerate(head) if ch in DOUBLE_MARKS), default=-1)
                text = head[cut + 1 :] + inline.group("title") + text[i + 1 :]
                break
            text = text[i + 1 :]
            break
    # the clause: from the last sentence end (in English not an abbreviation's period: ``... joined on stage by
    # Sen. Al Franken and joked, "``)
    last = None
    for match in SENTENCE_END.finditer(text):
        if lang == "en" and text[match.start()] == "." and en_abbreviation(text, match.start()):
            continue
        last = match
    if last is not None:
        text = text[last.end() :]
    return text


def embedded_person(name: str, registry: Registry) -> bool:
    """A known person, or a full name the article did not list: a given name and one or two more capitalised
    words, none of them common words."""
    if registry.is_known_person(registry.canonical(name)):
        return True
    words = name.split()
    return 2 <= len(words) <= 3 and registry.given_name(words[0]) and not any(registry.common(w) for w in words)


def first_cue_subject(
    text: str, cues: list[re.Match[str]], match: re.Match[str], registry: Registry, lang: str
) -> Speaker | None:
    sentence = max(text.rfind("\n", 0, match.start()), *(text.rfind(end + " ", 0, match.start()) for end in ".!?"))
    for earlier in cues:
        if sentence < earlier.start() < match.start():
            speaker = speaker_before_cue(text[sentence + 1 : earlier.start()], registry, lang)
            return speaker if speaker is not None and (speaker.name or speaker.pronoun) else None
    return None


#: (English) an indefinite subject opening its sentence: ``A spokesman``, ``But a Home Office spokeswoman``,
#: ``A spokesperson for Delta Airlines``; the head words run up to a preposition or comma
INDEFINITE_SUBJECT = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet),?[ \u00a0]+(?=[aA]|One|one)|(?:[A-Z][a-z]+ing|In|On|At|After|Asked|Later)"
    r"\b[^,.!?;:\"“”\n]{0,110},[ \u00a0]+(?=[aA]|One|one))?(?:[Aa]|[Aa]n|[Aa]nother|One|one)[ \u00a0]+(?!of\b)"
    r"(?P<head>[\w'’-]+(?:[ \u00a0]+(?!(?:for|of|at|from|with|in|on|to|close|who|which|said)\b)[\w'’-]+){0,5})"
)


#: (English) a coordinated clause with a capitalised subject of its own: ``... and Clinton`` (a known person)
_EN_SECOND_SUBJECT = re.compile(r"(?<![\w'’-])(?:and|but|while|as|when)[ \u00a0]+[A-Z]")


def indefinite_subject(clause: str, registry: Registry) -> bool:
    """(English) The sentence that ends in a cue opens with an unnamed subject (``A spokesman said: "``,
    ``A spokesperson for Delta Airlines told``): nobody is named as speaker, and no earlier speaker is meant.
    A known person among the head words (``A defiant Tony Blair said``) is named."""
    start = max(clause.rfind("\n"), *(clause.rfind(end + " ") for end in ".!?"))
    sentence = clause[start + 1 :].strip()
    match = INDEFINITE_SUBJECT.match(sentence)
    if match is None or organisation_team(sentence, registry):
        return False
    second = _EN_SECOND_SUBJECT.search(sentence, match.end())
    after = sentence[second.end() - 1 :].split()[:3] if second is not None else []
    if any(registry.person_in(after[: k + 1]) for k in range(len(after))):
        return False  # ``A woman asked for a photo and Clinton said, "``: a later clause has a named subject
    words = match.group("head").split()
    if any(registry.person_in(words[: k + 1]) for k in range(len(words))):
        return False
    for named in _EN_APPOSED_NAME.finditer(sentence, match.end()):
        # ``A lawyer for the victims, Eduardo Contreras, told Reuters``: the role is set off with a known name
        if registry.is_known_person(registry.canonical(named.group("name"))):
            return False
    return True


#: (English) a capitalised name of two to four words set off by commas: ``, Eduardo Contreras,``
_EN_APPOSED_NAME = re.compile(r",[ \u00a0]+(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,3}),")


#: (English) the views of the role lexicon (``generator.roles_en``) the epithet rules read: the heads of a
#: description of someone named before, the capitalised office titles, and the person descriptions
EN_EPITHET_HEADS = EPITHET_HEADS


def organisation_named(name: str, registry: Registry) -> bool:
    """(English) ``name`` is an organisation's by itself: known as one, a company's legal name, an acronym, or
    holding an organisation word (not by its usage in the text)."""
    words = name.split()
    return bool(
        registry.organization(name) is not None
        or company_name(name)
        or EN_ACRONYM.fullmatch(name)
        or any(w.lower() in ORG_WORDS for w in words)
        or (len(words) > 1 and words[-1].lower() in EN_ORG_TAILS)
    )


@lru_cache(maxsize=4096)
def titled_pattern(role: str, name: str) -> re.Pattern[str]:
    """``role`` then ``name`` or its surname (see titled_holder), compiled once per pair."""
    surname = name.split()[-1]
    written = re.escape(name) if len(surname) < 3 else f"(?:{re.escape(name)}|{re.escape(surname)})"
    # ``The Bishop of Durham, the Rt Rev Dr Tom Wright,``: the office of a place, a comma and up to three titles
    of_place = r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2},[ \u00a0]+"
    return re.compile(
        rf"(?<![\w-])(?i:{re.escape(role)})(?:[ \u00a0]+(?:[A-Z][\w'’.-]*[ \u00a0]+)?"
        rf"|{of_place}(?:the[ \u00a0]+)?(?:[A-Z][\w'’.-]*[ \u00a0]+){{0,3}}?){written}(?![\w-])"
    )


#: the pieces of titled_pattern, compiled once (a pattern per role and name cost a compile each): the spaces
#: after the role, a capitalised word with its spaces, the office of a place up to its comma and spaces, ``the``,
#: and the end of the name (no word character or hyphen after it)
_TITLED_SPACES = re.compile(r"[ \u00a0]+")
_TITLED_WORD = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]+")
_TITLED_OF_PLACE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2},[ \u00a0]+"
)
_TITLED_THE = re.compile(r"the[ \u00a0]+")
_TITLED_NAME_END = re.compile(r"(?![\w-])")


@lru_cache(maxsize=1024)
def _role_pattern(role: str) -> re.Pattern[str]:
    """``role`` in any case, no word character or hyphen before it (one pattern per role, not per role and name)."""
    return re.compile(rf"(?<![\w-])(?i:{re.escape(role)})")


def _titled_name_end(body: str, forms: tuple[str, ...], pos: int) -> int | None:
    for form in forms:
        end = pos + len(form)
        if body.startswith(form, pos) and _TITLED_NAME_END.match(body, end) is not None:
            return end
    return None


def _titled_end(body: str, forms: tuple[str, ...], pos: int) -> int | None:
    """Where the name (a form of ``forms``, tried in order) ends after the role ending at ``pos``, tried in the
    order the backtracking titled_pattern tries it; None when it does not follow the role."""
    spaces = _TITLED_SPACES.match(body, pos)
    if spaces is not None:
        word = _TITLED_WORD.match(body, spaces.end())
        end = _titled_name_end(body, forms, word.end()) if word is not None else None
        if end is None:
            end = _titled_name_end(body, forms, spaces.end())
        if end is not None:
            return end
    place = _TITLED_OF_PLACE.match(body, pos)
    if place is None:
        return None
    the = _TITLED_THE.match(body, place.end())
    for start in ([the.end()] if the is not None else []) + [place.end()]:
        at = start
        for count in range(4):  # up to three titles, fewest first
            end = _titled_name_end(body, forms, at)
            if end is not None:
                return end
            word = _TITLED_WORD.match(body, at) if count < 3 else None
            if word is None:
                break
            at = word.end()
    return None


def titled_starts(body: str, role: str, name: str) -> list[int]:
    """The starts of ``titled_pattern(role, name).finditer(body)`` (leftmost, non-overlapping), without
    compiling a pattern per role and name: the role is found with its own pattern, the rest piece by piece."""
    surname = name.split()[-1]
    if not role or not name or name[0] in " \u00a0":
        return [match.start() for match in titled_pattern(role, name).finditer(body)]
    forms = (name,) if len(surname) < 3 else (name, surname)
    role_at = _role_pattern(role)
    starts: list[int] = []
    pos = 0
    while (found := role_at.search(body, pos)) is not None:
        end = _titled_end(body, forms, found.end())
        if end is None:
            pos = found.start() + 1
        else:
            starts.append(found.start())
            pos = end
    return starts


def titled_holder(registry: Registry, role: str, pos: int) -> str | None:
    """(English) The known person (two words or more) last written right after ``role`` before ``pos``
    (``Archbishop Desmond Tutu``, ``Man Utd boss Sir Alex Ferguson``: one word may stand between; ``The Bishop of
    Durham, the Rt Rev Dr Tom Wright``: the office of a place, a comma and up to three titles)."""
    body = registry.body[:pos]
    if role.isascii() and role.lower() not in body.lower():
        return None  # the pattern needs the role word: no need to compile one per person
    best: tuple[int, str] | None = None
    for person in registry.people:
        if len(person.name.split()) < 2 or person.name not in body:
            continue
        # ``President Saakashvili``: the surname alone after the title names the holder too
        for start in titled_starts(body, role, person.name):
            if best is None or start > best[0]:
                best = (start, person.name)
    return registry.canonical(best[1]) if best else None


def in_spans(pos: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls inside one of the ``quoted`` spans (sorted by start)."""
    lo = spans_starting_by(quoted, pos)
    return lo > 0 and quoted[lo - 1][0] <= pos < quoted[lo - 1][1]


def spans_starting_by(spans: list[tuple[int, int]], pos: int) -> int:
    """How many of ``spans`` (sorted by start) start at or before ``pos``."""
    return bisect.bisect_right(spans, pos, key=lambda span: span[0])


def nearest_person_before(registry: Registry, pos: int) -> str | None:
    """(English) The known person whose name (whole, or its last word) is written last before ``pos``."""
    body = registry.body
    best: tuple[int, str] | None = None
    for person in registry.people:
        words = person.name.split()
        forms = {person.name} | ({words[-1]} if len(words) >= 2 and len(words[-1]) >= 3 else set())
        for form in forms:
            at = body.rfind(form, 0, pos)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, person.name)
    if best is None:
        return None
    registry.cursor = best[0]
    return registry.canonical(best[1])


#: where a sentence may start: after a sentence end, a line break, a scraped paragraph gap
#: (two spaces) or a sentence end that lost its space (``... 2019.Deputi Bidang ...``)
SENTENCE_START = re.compile(r"(?:^|\n|[.!?…][\s\"”’']+|  +|(?<=[a-z\d)])[.!?](?=[A-Z][a-z]))", re.MULTILINE)
#: a run of capitalised words opening a sentence (an acronym in brackets may stand inside it: ``Ketua Dewan
#: Kehormatan ... Pemilu (DKPP) Jimly Asshiddiqie``)
NAME_RUN = re.compile(
    r"(?:(?:[A-Z]\.|[A-Z][\w'’-]*|\([A-Z][A-Za-z&.-]{1,14}\))[ \u00a0]+){0,8}[A-Z][\w'’-]*(?![\w.])"
)
#: lower-case words that may follow a sentence's named subject (a verb, ``yang``, ``juga``, ``dari``...)
_SUBJECT_NEXT = re.compile(r"[ \u00a0]*(?:\([^()\n]{0,40}\)[ \u00a0]*)?(?:,[ \u00a0]*)?[a-z]")


DEMONSTRATIVE = re.compile(r"[ \u00a0]+(?:ini|itu|tersebut)\b")
#: (English) the same: a subordinator or a participle of a life event opens it (``Born in 1912 and educated at
#: Portsmouth Northern Secondary School, Lord Callaghan became ...``, ``After serving as ..., he ...``), or a
#: participle of speech (``Speaking at a BMW event ..., Helmut Panke predicted ...``, ``Asked about ..., Mr Ode said``)
SUBORDINATOR_EN = (
    r"(?:After|Before|When|While|Since|Although|Though|Despite|Having|Born|Educated|Elected|Raised|Appointed"
    r"|Speaking|Talking|Writing|Asked|Commenting|Responding|Addressing|Answering|Replying|Interviewed"
    # ``During an interview with Sean Hannity ..., Donald Trump discussed ...``, ``Following Sanders on MSNBC,
    # Clinton seemed ...``, ``But after focusing her attention on ..., Clinton delivered ...``
    r"|During|Following|Amid|Upon"
    # ``With both services on offer from Telewest, Mr Tveter is confident ...``: a circumstance, not the subject
    r"|With|Without"
    # ``On The Steve Harvey Morning Show on Tuesday, Clinton criticized ...``, ``At a rally in Ohio on Monday, ...``:
    # where and when, however long
    r"|On|At"
    # ``In an interview published in the Radio Times in January, Victoria Wood slated ...``: where someone's words
    # appeared, however long, is no subject
    r"|In[ \u00a0]+(?:an?|his|her|their|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
    r"(?:interview|statement|letter|speech|article|column|message|address|e-?mail|blog|essay"
    # ``In his assessment of the real estate magnate, Calderon intimated ...``: or what they said there
    r"|assessment|remarks|comments|response|reply|testimony|tweet|post|book|memoir|op-ed|appearance|briefing)\b"
    r"|(?:But|And|Yet)[ \u00a0]+(?:after|before|when|while|since|although|though|despite|during|following))"
)


#: (English) a role noun after a sentence-opening run, then a name set off by commas
#: (English) a person who speaks for another: ``Cosby's lawyer, Walter M Phillips Jr, said``
_EN_COUNSEL = frozenset({"lawyer", "solicitor", "agent", "attorney", "barrister", "representative"})
#: (English) a speech cue right after an appositive's closing comma: ``, said``
_EN_CUE_NEXT = re.compile(rf"[ \u00a0]+(?:{EN})\b")
_EN_ROLE_NAME_AFTER = re.compile(r"[ \u00a0]+(?P<role>[a-z]+),[ \u00a0]*(?P<name>[A-Z][^,;.!?]{2,60}?),")


#: (English) an appositive role phrase set off by commas after a sentence's named subject, then a lower-case
#: word (``, PPI research director, said``, ``, editor of Mac Format, understandably has``): the phrase holds
#: a lower-case word and no verb-like ``who``/``which``/``and``
_EN_APPOSITION = (
    r"(?=[^,\n]{0,50}?\b[a-z])(?![^,\n]{0,60}?\b(?:and|or|who|which|whose|where|when)\b)"
    r"[^,.;:!?\"“”()\n]{2,60},[ \u00a0]+"
)
#: (an age may come first: ``Hazel Gilbert, 23, an information manager from Newcastle, gave up ...``)
#: (or a US party tag, ``Paul Ryan, R-Wis., despite ...``, ``Bernie Sanders, I-Vt., a ...``)
_EN_APPOSITIVE_NEXT = re.compile(
    rf",[ \u00a0]+(?:(?:\d{{1,3}}|[RDI]-[A-Z][A-Za-z.]{{1,6}}(?:[ \u00a0][A-Z][A-Za-z.]{{1,6}})?),[ \u00a0]+"
    rf"(?:{_EN_APPOSITION})?|{_EN_APPOSITION})[a-z]"
)
#: (English) an aside between spaced dashes after a name, then a lower-case word (the verb)
_EN_DASH_ASIDE_NEXT = re.compile(
    r"[ \u00a0]+[-–—][ \u00a0]+[^-–—.;:!?\"“”()\n]{2,120}?[ \u00a0]+[-–—][ \u00a0]+[a-z]"
)
#: (English) prepositions (beyond the function words) that can open a sentence before a name: the name after one
#: is its object, never the sentence's subject
EN_PREPOSITIONS = frozenset(
    {
        "like", "unlike", "despite", "against", "among", "amid", "amidst", "alongside", "besides", "beyond", "behind",
        "toward", "towards", "including", "except", "excluding", "regarding", "concerning", "beside", "between",
        "across", "along", "through", "throughout", "within", "upon", "past",
    }
)
#: (English) a post-nominal after a name (``Andrew Tyrie MP``, ``Michael Mansfield QC``)
EN_POSTNOMINAL = re.compile(r"(?<=[a-z])[ \u00a0]+(?:MP|MEP|MSP|AM|QC|KC)$")


#: (English) a lower-case name particle inside a full name (``Nick Van den Brul``, ``Jeroen van der Veer``)
_EN_NAME_PARTICLE = re.compile(r"[ \u00a0](?:van|den|der|de|da|di|von|le|la|du|dos|del|ter)[ \u00a0][A-Z]")


@lru_cache(maxsize=1024)
def _en_particle_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """(English) the known people's full names that hold a lower-case particle, longest first."""
    return tuple(sorted((n for n in names if _EN_NAME_PARTICLE.search(n)), key=len, reverse=True))


def opening_subject(body: str, start: int, registry: Registry) -> str | None:
    """The person whose name opens the sentence at ``start`` and whom a lower-case word follows, or None."""
    clause = body[start : start + 120]
    if registry.language == "en" and clause[:1].isupper():
        for full in _en_particle_names(tuple(p.name for p in registry.people)):
            if clause.startswith(full) and _SUBJECT_NEXT.match(clause, len(full)):
                # ``Aviation analyst Nick Van den Brul of BNP Paribas described ...``: a known full name whose
                # lower-case particle the capitalised run would stop at
                return full
    titled = _EN_TITLE_DOT.match(clause) if registry.language == "en" else None
    # (English) ``Mr. Obama dismissed ...``: the name after a personal title written with its period
    run = NAME_RUN.match(clause, titled.end()) if titled is not None else NAME_RUN.match(clause)
    if run is None:
        return None
    if not _SUBJECT_NEXT.match(clause, run.end()):
        if registry.language != "en" or not (
            _EN_APPOSITIVE_NEXT.match(clause, run.end()) or _EN_DASH_ASIDE_NEXT.match(body, start + run.end())
        ):
            return None
        # ``Chris Curry, PPI research director, said ...``: a known person set off with a role phrase;
        # ``Mr Khodorkovsky - who has been in jail for a year - pleaded ...``: or with an aside between dashes
        registry.cursor = start
        apposed_words = run.group().split()
        for cut in range(max(1, len(apposed_words) - 1) if registry.language == "en" else 1):
            # ``House Speaker Paul Ryan, R-Wis., ...``, ``Governor Chris Christie - a Dallas Cowboys fan - gave ...``:
            # the known person the run ends in, after the title or role words before the name
            apposed_subject = registry.canonical(" ".join(apposed_words[cut:]))
            if registry.is_known_person(apposed_subject):
                return apposed_subject
        return None
    if registry.language == "en":
        holder = en_gap_holder(clause[run.end() :].split()[:10], 0, registry)
        if holder is not None:
            # ``Scissor Sisters frontwoman Ana Matronic collected ...``: the holder of the role, not its owner
            registry.cursor = start
            return registry.canonical(holder[0])
        apposed = _EN_ROLE_NAME_AFTER.match(clause, run.end())
        # not after a possessive (``Trump's attorney, Alan Garten, said``): right too, but on PolNeAR it met a
        # gold pair whose coreference is wrong (``Bloomberg's pollster, Douglas Schoen`` labelled Walter Stone)
        # (unless a cue follows the name's closing comma: ``Cosby's lawyer, Walter M Phillips Jr, said``)
        possessive = run.group().endswith(("'s", "’s"))
        cued = apposed is not None and _EN_CUE_NEXT.match(clause, apposed.end()) is not None
        if apposed is not None and (
            (not possessive and apposed.group("role") in EN_PERSON_ROLES)
            or (cued and apposed.group("role") in EN_PERSON_ROLES | EN_EPITHET_HEADS | _EN_COUNSEL)
        ):
            registry.cursor = start
            apposed_name = registry.canonical(apposed.group("name"))
            if registry.is_known_person(apposed_name):
                return apposed_name  # ``James Hardie chairwoman, Meredith Hellicar, said``: the name after the role
    first = run.group().split()[0]
    if first.lower().endswith("nya") or (first.lower() in registry.lower_words and first.lower() not in ROLE_WORDS):
        return None  # ``Selain Dwi, ...``, ``Datangnya Dwi ...``: the name is not the subject
    if registry.language == "en" and first.lower() in EN_PREPOSITIONS:
        return None  # ``Like Makaeff, the former customer, Roffman doesn't ...``: the name is a preposition's object
    if registry.lead_word(first) or first == "The":
        return None  # ``Mengutip Science Alert, ...``, ``Kepergian Advent ...``, ``The Last Jedi``: no person
    if DEMONSTRATIVE.match(clause, run.end()):
        return None  # ``Politisi Gerindra ini ...``, ``Guru Besar ... Kepolisian itu``: an epithet, not a name
    words = run.group() if titled is None else titled.group().replace(".", "") + run.group()
    if registry.language == "en":
        words = EN_POSTNOMINAL.sub("", words)  # ``Andrew Tyrie MP demanded``
        parts = words.split()
        while len(parts) >= 2 and en_descriptor_word(parts[0], parts[0].lower(), parts[1].lower(), given_names()):
            parts = parts[1:]  # ``Midfielder Edu reduced ...``, ``Paris-based Euronext, owner of ...``: a description
        words = " ".join(parts)
    name = _subject_name(words, start, registry)
    if name is not None and registry.plain_word(first) and first.lower() not in ROLE_WORDS:
        registry.cursor = start
        if not registry.is_known_person(registry.canonical(name)):
            return None  # ``Maklum Viking juga ...``: a plain word opens the sentence
    return name


def _subject_name(run: str, pos: int, registry: Registry) -> str | None:
    """The person a sentence-opening run of capitalised words names, or None.

    A run the people stage does not know is read with care, since a sentence's first
    word is capitalised whatever it is: ``Catatan Mahelan, ...`` (a plain noun, then a
    known name) gives the known name, and a lone unknown word (``Upbit sejauh ini ...``)
    gives None rather than the longest capitalised run that holds it.
    """
    speaker = subject_of(run, registry, "id")
    if speaker is None or speaker.pronoun or not speaker.name or registry.organization(speaker.name):
        return None
    registry.cursor = pos
    words = run.split()
    if registry.is_known_person(registry.canonical(speaker.name)):
        return speaker.name
    if len(words) >= 2:
        rest = registry.canonical(" ".join(words[1:]))
        if registry.is_known_person(rest):
            return rest
    if len(words) == 1 and not registry.given_name(registry.canonical(speaker.name).split()[0]):
        return None  # the full form the body gives does not start with a first name (``Grand Launching Upbit``)
    return speaker.name


#: a title abbreviation or an initial whose period ends no sentence (``Plt. Direktur``, ``Ir. Joko``), or a
#: degree after a name (``Sp. Rad``, ``S.H.``, ``M.Si.``)
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:[A-Z]|Plt|Plh|Pjs|Pj|Dr|Drs|Dra|Ir|Prof|Hj|Kol|Jl|St|Sp)\.$|(?<![\w.])(?:[A-Z][a-z]{0,2}\.){2,}$"
)


def abbreviation_end(body: str, match: re.Match[str], lang: str = "") -> bool:
    """Whether the sentence end ``match`` found is the period of an abbreviation (``Dr. Kariadi``; in English also
    ``en_abbreviation``: ``joined by Sen. Al Franken``)."""
    at = match.start()
    if body[at : at + 1] != ".":
        return False
    return _ABBREVIATION.search(body, max(0, at - 6), at + 1) is not None or (
        lang == "en" and en_abbreviation(body, at)
    )


def clause_start(body: str, pos: int, lang: str = "") -> int:
    """Where the sentence holding ``pos`` starts (a sentence end, a line break or a glued end)."""
    lo = max(0, pos - 240)
    start = lo
    for match in SENTENCE_START.finditer(body, lo, pos):
        if abbreviation_end(body, match, lang):
            continue
        start = match.end()
    return start


def sentence_before(body: str, end: int, quoted: list[tuple[int, int]], lang: str = "") -> int | None:
    """Where the sentence that ends at ``end`` (right before a quote's mark, or at a sentence's end) starts, when it
    lies within one paragraph and starts outside every ``quoted`` stretch; else None."""
    start = clause_start(body, max(0, end - 1), lang)
    if body.find("\n", start, end) >= 0 or in_spans(start, quoted):
        return None
    return start


#: (English) a personal title written with its period, then a capitalised word (``Mr. Obama``)
_EN_TITLE_DOT = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.[ \u00a0]+(?=[A-Z][a-z])")
#: (English) a personal title written with its period and a capitalised word, not a possessive (``Mr. Obama``)
_EN_TITLED_AT = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.[ \u00a0]+[A-Z][\w-]*(?![\w'’-])")


def add_mention(out: list[tuple[int, str]], pos: int, name: str, registry: Registry) -> None:
    """Keep a sentence subject that is a person: a known one, or a name of two words or more."""
    registry.cursor = pos
    full = registry.canonical(name)
    if not registry.is_person_like(full) or registry.organization(full):
        return
    known = registry.is_known_person(full) or registry.is_known_person(name)
    # (English) ``Mr. Obama dismissed ...``: a personal title before the one word makes it a person's name (the
    # American form with a period, which ``opening_subject`` reads only since this rule; without the period the
    # title is part of the name run)
    # (only a surname no known person's name holds: ``Mr Johnson`` with Alan and Boris Johnson known is left alone)
    titled = (
        registry.language == "en"
        and _EN_TITLED_AT.match(registry.body, pos) is not None
        and " " not in full
        and not any(full in p.name.split() or full in p.aliases for p in registry.people)
    )
    if not (known or titled or (len(name.split()) > 1 and len(full.split()) > 1)):
        return  # ``Keterangan itu ...``, ``Polisi langsung ...``: a plain word opening the sentence
    if not out or out[-1][0] != pos:
        out.append((pos, full))


#: an organisation's acronym (``IBM``, ``BSkyB``'s form aside): two to six capitals
EN_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
#: the small words a title writes in lower case (``Googled: The End of the World as We Know It``)
SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "to", "in", "for", "on", "with", "at", "by", "or", "from", "as"}
)


def title_case(words: list[str], text: str) -> bool:
    """``Meet the Press.``: a title even with its period; exclamations (``You lie!``) are not."""
    if len(words) < 2 or text.rstrip("”’\"' ")[-1:] in "!?":
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.isdigit() or w in SMALL_WORDS for w in words)
