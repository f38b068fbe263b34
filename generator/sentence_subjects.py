"""English sentence subjects a he/she or a bare quote may stand for.

Who a sentence before a quote is about: its named subject after a role lead (``captain Fabien Pelous sees
...``), after an opening phrase or an ``according to`` source, in a ``but`` clause, or a known person named as
the object of a sentence of speech; and the sayer a verb-first cue closing a sentence names (``..., said Mr
Jain.``). ``generator.quote_names`` collects these as the mentions pronouns resolve against, and
``generator.quote_inherit`` asks them for the teller of a bare quote.
"""

from __future__ import annotations

import re

from generator.attribution import speaker_after_cue
from generator.quote_clauses import (
    EN_POSTNOMINAL,
    add_mention,
    in_spans,
    opening_subject,
    sentence_before,
)
from generator.quote_words import (
    EN_FUNCTION,
)
from generator.registry import (
    Registry,
)
from generator.roles_en import (
    LEAD_ROLES,
    ROLE_MODIFIERS,
)

#: (English) relations and legal roles that head a role phrase set off before a name (``his lawyer, John Doe,``)
_EN_KIN_ROLES = frozenset(
    {"lawyer", "solicitor", "barrister", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister"}
)


#: (English) the agent of a passive verb, a known person's full name maybe after a role or title, as the last words
#: of a sentence (``The report was welcomed by Conservative shadow pensions secretary David Willetts.``)
_EN_OBJECT_NAME_END = re.compile(
    r"(?<![\w'’-])by[ \u00a0]+(?:[A-Za-z][\w'’-]*[ \u00a0]+){0,5}?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,2})"
    r"\.[ \u00a0]*$"
)
_EN_PRONOUN_OPENING = re.compile(r"(?:(?:But|And|Then|So)[ \u00a0]+)?(?:He|She|They|We|I|It)\b")


def _opened_by_someone(body: str, start: int, registry: Registry) -> bool:
    """(English) The sentence at ``start`` opens with a pronoun or a named subject of its own, who then is the one it
    is about, not a name later in it."""
    return _EN_PRONOUN_OPENING.match(body, start) is not None or opening_subject(body, start, registry) is not None


def en_object_mentions(
    body: str, quoted: list[tuple[int, int]], registry: Registry, out: list[tuple[int, str]]
) -> None:
    """(English) a known person named as the agent of a passive verb in the last words of the sentence right before
    a quote, in its paragraph, when no person or pronoun opens that sentence (``The report was welcomed by
    Conservative shadow pensions secretary David Willetts. "The pensioners' voice ...," he said.``): the one the
    quote's he/she stands for."""
    for open_at, _ in quoted:
        start = sentence_before(body, open_at, quoted, "en")
        if start is None:
            continue
        match = _EN_OBJECT_NAME_END.search(body, start, open_at)
        if match is None or _opened_by_someone(body, start, registry):
            continue
        registry.cursor = match.start("name")
        name = registry.canonical(match.group("name"))
        if registry.is_known_person(name):
            add_mention(out, match.start("name"), name, registry)


#: (English) a contrasting clause with a subject of its own (not ``while``: ``the public believe Labour are the
#: future while Michael Howard ...`` is the reported content): ``... but Tennis Australia's Geoff Pollard rejected``
#: (or a role phrase in lower case before the name: ``... but captain Fabien Pelous sees hope on the horizon``)
_EN_CONTRAST_CLAUSE = re.compile(r"(?<![\w'’-])but[ \u00a0]+(?=[A-Z]|(?:[a-z][a-z-]+[ \u00a0]+){1,4}[A-Z])")


def en_contrast_mentions(
    body: str, quoted: list[tuple[int, int]], registry: Registry, out: list[tuple[int, str]]
) -> None:
    """(English) a known person opening the last ``but`` clause of the sentence right before a quote, in
    its paragraph (``Hewitt said he had had a "gutful" ... but Tennis Australia's Geoff Pollard rejected his
    comments. "We did ask ...," he said.``): the last one the sentence brings in, whom the quote's he/she stands
    for."""
    for open_at, _ in quoted:
        start = sentence_before(body, open_at, quoted, "en")
        if start is None:
            continue
        last = max(_EN_CONTRAST_CLAUSE.finditer(body, start, open_at), key=lambda m: m.start(), default=None)
        if last is None or in_spans(last.start(), quoted):
            continue
        at = last.end()
        name = opening_subject(body, at, registry)
        if name is None:
            name, at = en_role_led(body, at, registry)
        if name is None:
            continue
        registry.cursor = at
        name = registry.canonical(name)
        if registry.is_known_person(name):
            add_mention(out, at, name, registry)


#: (English) a verb-first cue and its sayer ending a reported sentence (``..., said Mr Jain.``, ``..., said Sun's
#: chief operating officer Jonathan Schwartz.``), or the source ``according to`` names there (``..., according to Q
#: magazine editor Paul Rees.``)
_EN_CLOSING_SAYER = re.compile(
    r"[,”\"][ \u00a0]+(?:said|says|added|adds|explained|explains|warned|warns|argued|argues|insisted|insists|noted"
    r"|notes|observed|observes|claimed|claims|admitted|admits|commented|comments|remarked|concluded|suggested"
    r"|suggests|cautioned|cautions|stressed|stresses|pointed[ \u00a0]+out|points[ \u00a0]+out|according[ \u00a0]+to)"
    r"[ \u00a0]+(?P<agent>(?:[^.!?\"“”\n]|(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof)\.(?=[ \u00a0]+[A-Z])"
    r"|(?<![\w.])[A-Z]\.(?=[ \u00a0]*[A-Z])){2,160}?)\.[ \u00a0]*$"
)
#: (English) what may follow the sayer's name in a closing verb-first cue: an apposition after a comma, or the place
#: or employer they are of (``..., cautioned Dr. Maryam Asgari of Kaiser Permanente, who ...``)
_EN_CLOSING_SAYER_TAIL = re.compile(r",|[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
#: (English) a sentence end inside a paragraph (a period and space before a capital or a quote mark)
_EN_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.(?=[ \u00a0]+[A-Z\"“])")

#: (English) a verb-first cue and its sayer set off by commas after a sentence's short opening phrase (``Also,
#: said Mr Flynn, Vodafone has cut off ten sellers.``, ``For instance, said Mr Makower, credit cards are rare``)
_EN_PARENTHETICAL_SAYER = re.compile(
    r"[ \u00a0]*(?:[A-Z][\w'’-]*)(?:[ \u00a0]+[\w'’-]+){0,5},[ \u00a0]+"
    r"(?:said|says|added|adds|explained|explains|warned|argued|argues|insisted|noted)[ \u00a0]+"
    r"(?P<agent>(?:(?:Mr|Mrs|Ms|Dr|Prof)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,2}),[ \u00a0]+"
    r"[^.!?\"“”\n]+\.[ \u00a0]*$"
)


def en_closing_sayer_mentions(
    body: str, quoted: list[tuple[int, int]], registry: Registry, out: list[tuple[int, str]]
) -> None:
    """(English) a known person named by a verb-first cue as the last words of the sentence right before a quote, in
    its paragraph, when no person or pronoun opens that sentence (``The fact that ... adds to people's reluctance,
    said Mr Jain. "They ask themselves ...," he said.``): the sayer the quote's he/she stands for."""
    # (also a sentence that no quote follows: ``..., cautioned Dr. Maryam Asgari of ..., who ... . NSAIDs have side
    # effects, she noted``; its end is its period's position + 1)
    opens = {open_at for open_at, _ in quoted}
    ends = sorted(opens | {m.end() for m in _EN_SENTENCE_END.finditer(body)})
    for open_at in ends:
        if open_at > len(body):
            break  # (the body is cut after the last pronoun cue)
        end = open_at
        while end > 0 and body[end - 1] in " \u00a0\n":
            end -= 1
        if body.count("\n", end, open_at) > 2:
            continue
        # (the sentence may end the paragraph before the quote's: ``..., said James Henson, director of the Texas
        # Politics Project.\n\n"They've been very clever ...," he said.``)
        start = sentence_before(body, end, quoted, "en")
        if start is None:
            continue
        # ``Also, said Mr Flynn, Vodafone has cut off ten sellers. "We have strict contracts," he said.``
        match = _EN_PARENTHETICAL_SAYER.match(body, start, end)
        if match is None:
            match = _EN_CLOSING_SAYER.search(body, start, end)
            if match is None or _opened_by_someone(body, start, registry):
                continue
        registry.cursor = match.start("agent")
        speaker = speaker_after_cue(match.group("agent"), registry, "en")
        if speaker is None or speaker.pronoun or not speaker.name or not registry.is_known_person(speaker.name):
            continue
        agent = match.group("agent")
        # the name ends the clause or an apposition follows (``said Mr Jain.``, ``said Ben Wood, principal
        # analyst at Gartner.``); not a clause with the name as its subject (``said Melzer was an example ...``)
        last = speaker.name.split()[-1]
        at = agent.find(last)
        tail = agent[at + len(last) :] if at >= 0 else "?"
        if tail.strip() and not _EN_CLOSING_SAYER_TAIL.match(tail):
            continue
        if open_at not in opens and len(registry.canonical(speaker.name).split()) < 2:
            continue  # (``..., said Gartner. ... It says ...``: before no quote, only a person's full name)
        add_mention(out, match.start("agent"), speaker.name, registry)


#: (English) a later comma of a sentence before a capitalised word, or the end of the sentence
_EN_LATER_COMMA = re.compile(r",[ \u00a0]+(?=[A-Z])|[.!?;:\n\"“”]")


def en_later_subject(body: str, start: int, registry: Registry) -> tuple[str | None, int]:
    """(English) the known person whose name, and then a lower-case word, follows a later comma of the sentence
    whose clause opener ended at ``start`` (``While it has yet to match Hong Kong, Tokyo and Pusan, Mr Prater
    predicts ...``), and where the name starts; else (None, start). Only within 120 characters."""
    for match in _EN_LATER_COMMA.finditer(body, start, min(len(body), start + 120)):
        if not match.group().startswith(","):
            break  # the sentence ended
        name = opening_subject(body, match.end(), registry)
        registry.cursor = match.end()
        if name is not None and registry.is_known_person(registry.canonical(name)):
            return name, match.end()
    return None, start
#: (English) the role nouns that may close ``EN_ROLE_LEAD`` (``roles_en.LEAD_ROLES``)
EN_LEAD_ROLES = LEAD_ROLES
#: (English) a role before the subject's name: an owner's possessive or a capitalised modifier, then lower-case
#: role words ending in a role noun (``The Guardian's film critic Peter Bradshaw felt``, ``Outgoing Leeds chairman
#: Gerald Krasner``); ``As for Trump``, ``With septuagenarian Donald Trump`` end in no role noun
EN_ROLE_LEAD = re.compile(
    r"(?:(?:The|A|An)[ \u00a0]+)?(?:[A-Z][\w&.-]*[ \u00a0]+(?:(?:(?:of|the|and)[ \u00a0]+)+(?=[A-Z]))?){0,3}"
    r"(?:[A-Z][\w&.-]*['’]s[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?)?"  # ``Arsenal's Brazilian midfielder``
    r"(?:(?:[a-z][a-z-]+|\d{1,3}-year-old)[ \u00a0]+){1,4}(?=[A-Z])"  # an age for a role: ``83-year-old Yuji Shimizu``
)
_EN_AGE = re.compile(r"\d{1,3}-year-old")
#: (English) a player's national or world ranking after ``number`` (``British number one Tim Henman``, ``World
#: number one Lindsay Davenport``)
_EN_RANKS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "1", "2", "3", "4", "5"}
)
#: (English) prepositions that make the role phrase after them an object, not the sentence's subject
_EN_LEAD_PREPOSITIONS = frozenset(
    {"with", "as", "for", "like", "unlike", "after", "before", "against", "without", "despite", "under", "including"}
    | {"to", "from", "by", "of", "on", "at", "in", "behind", "alongside", "beside", "besides", "than", "about"}
)
#: (English) role words that head a role phrase with their complement after them: ``minister of sport``
_EN_ROLE_OF = frozenset({"of", "for", "at"})


def en_not_a_person(name: str, start: int, registry: Registry) -> bool:
    """(English) whether a sentence's opening run ``name`` is a possessive or a word no known person bears."""
    if "'s " in name or "’s " in name:
        return True
    registry.cursor = start
    return not registry.is_known_person(registry.canonical(name))


#: (English) a capitalised run, then a role phrase's first lower-case word: a role modifier or a role noun
#: (``Trump senior communications adviser Jason Miller``, ``Clinton campaign manager Robby Mook``); never a verb
#: (``Clinton told campaign manager Robby Mook ...``, ``Trump hired campaign chairman Paul Manafort``)
_EN_OWNER_RUN = re.compile(r"(?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}(?P<first>[a-z][a-z-]+)[ \u00a0]+")
EN_ROLE_MODIFIERS = ROLE_MODIFIERS


def en_owner_of_role(body: str, start: int) -> bool:
    """(English) whether the capitalised run opening the sentence at ``start`` is followed by a role phrase's
    first word (a role modifier or a role noun), so that the run may own the role rather than be the subject."""
    match = _EN_OWNER_RUN.match(body, start, min(len(body), start + 80))
    if match is None:
        return False
    first = match.group("first")
    return first in EN_ROLE_MODIFIERS or first in EN_LEAD_ROLES


def en_role_led(body: str, start: int, registry: Registry) -> tuple[str | None, int]:
    """(English) the known person after a role phrase opening the sentence at ``start`` (``Outgoing Leeds
    chairman Gerald Krasner``, ``Spain's minister of sport Jaime Lissavetzky was ...``, ``Tory frontbencher
    Andrew Tyrie MP demanded``), and where the name starts; else (None, start). The role noun ends the phrase
    or heads it before of/for/at and its complement."""
    lead = EN_ROLE_LEAD.match(body, start, min(len(body), start + 80))
    if lead is None or lead.group().split()[0].lower() in _EN_LEAD_PREPOSITIONS:
        return None, start  # ``With veteran Paul Lenz, the cast ...``: the name is a preposition's object
    words = [w.lower() for w in lead.group().split()]
    lower = [i for i, w in enumerate(words) if w[:1].islower() or w in ("the", "a", "an")]
    head = (
        words[-1] in EN_LEAD_ROLES
        or any(words[i] in EN_LEAD_ROLES and i + 1 < len(words) and words[i + 1] in _EN_ROLE_OF for i in lower)
        or (len(words) >= 2 and words[-2] == "number" and words[-1] in _EN_RANKS)  # ``British number one``
        or _EN_AGE.fullmatch(words[-1]) is not None  # ``On the outskirts of Kyoto, 83-year-old Yuji Shimizu ...``
        # ``Sylvester Stallone's ex-wife Brigitte Nielsen nominated ...``: a relation of the owner before
        or (len(words) >= 2 and words[-2].endswith(("'s", "’s")) and words[-1].removeprefix("ex-") in _EN_KIN_ROLES)
    )
    if not head:
        return None, start
    name = opening_subject(body, lead.end(), registry)
    registry.cursor = lead.end()
    if name is not None and registry.is_known_person(registry.canonical(name)):
        return name, lead.end()
    return None, start


#: (English) a sentence opened by a role phrase, its comma, a name and its comma: ``Director of Public
#: Prosecutions, Ken Macdonald QC, who sits on the SGC, said ...``, ``Computer specialist at the IAEA, Peter
#: Smith, would like ...``
_EN_ROLE_COMMA_NAME = re.compile(
    r"(?P<role>[A-Z][^,.!?;:\n\"“”]{2,60}),[ \u00a0]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){1,3}),[ \u00a0]+(?=[a-z])"
)
#: (English) role nouns that may head the role phrase of ``_EN_ROLE_COMMA_NAME``
_EN_COMMA_ROLES = frozenset({"specialist", "expert", "officer", "official", "head"})
#: (English) words opening a phrase that is no role: a preposition or conjunction (``Like his father, ...``)
_EN_NOT_ROLE_START = frozenset({"like", "unlike", "as", "despite", "besides", "including", "against", "to"})
#: (English) an indefinite determiner and a noun for one of many people, before a name set off by commas (``One woman,
#: Victoria Lapete, found ...``)
_EN_ONE_OF = frozenset({"one", "a", "an", "another"})
_EN_PEOPLE_NOUNS = frozenset(
    {"woman", "man", "girl", "boy", "resident", "mother", "father", "fan", "voter", "survivor", "victim", "student"}
    | {"worker", "parent", "pensioner", "shopper", "farmer", "teenager", "villager", "customer", "passenger"}
)
#: (English) linking words that may open a sentence before its role phrase (``But the ...``)
_EN_ROLE_LINKS = frozenset({"but", "and", "yet", "however"})


def en_role_comma_name(body: str, start: int, registry: Registry) -> str | None:
    """(English) the known person a role phrase and its comma open the sentence at ``start`` with, the name
    set off by commas and a lower-case word after it (``_EN_ROLE_COMMA_NAME``); None otherwise. The phrase
    holds a role noun and opens with no preposition (``In London, ...``, ``Like his father, ...``)."""
    match = _EN_ROLE_COMMA_NAME.match(body, start, min(len(body), start + 140))
    if match is None:
        return None
    words = [w.lower() for w in match.group("role").split()]
    # ``But the Liberal Democrats' home affairs spokesman, Mark Oaten, accused ...``: a linking word and the article
    # open the role phrase
    if len(words) > 2 and words[0].rstrip(",") in _EN_ROLE_LINKS:
        words = words[1:]
    if len(words) > 2 and words[0] == "the":
        words = words[1:]
    # ``One woman, Victoria Lapete, found her sister ...``: one of many people, then their name
    someone = len(words) == 2 and words[0] in _EN_ONE_OF and words[1] in _EN_PEOPLE_NOUNS
    if not someone and (len(words) > 8 or words[0] in EN_FUNCTION or words[0] in _EN_NOT_ROLE_START):
        return None
    if not someone and (
        words[0] in _EN_LEAD_PREPOSITIONS or not any(w in EN_LEAD_ROLES or w in _EN_COMMA_ROLES for w in words)
    ):
        return None
    name = EN_POSTNOMINAL.sub("", match.group("name")).strip()
    registry.cursor = start
    canonical = registry.canonical(name)
    return canonical if " " in name and registry.is_known_person(canonical) else None


def en_closing_sayer(body: str, start: int, end: int, registry: Registry) -> str | None:
    """(English) The known person a verb-first cue names as the last words of the sentence ``body[start:end]``
    (``Mr Livingstone "should have withdrawn the comment", said Mr Blair.``, ``..., says Mr Pearson.``); the name
    ends the sentence or an apposition follows it. Whoever the reported clause is about, the sayer tells it."""
    match = _EN_CLOSING_SAYER.search(body, start, end)
    if match is None:
        return None
    registry.cursor = match.start("agent")
    speaker = speaker_after_cue(match.group("agent"), registry, "en")
    if speaker is None or speaker.pronoun or not speaker.name or not registry.is_known_person(speaker.name):
        return None
    agent = match.group("agent")
    last = speaker.name.split()[-1]
    at = agent.find(last)
    tail = agent[at + len(last) :] if at >= 0 else "?"
    if tail.strip() and not tail.startswith(","):
        return None  # ``said Melzer was an example ...``: the name is a clause's subject
    return speaker.name
