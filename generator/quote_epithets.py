"""English descriptions that stand for a speaker: who ``the minister``, ``the 23-year-old``, ``the company`` or
``the statement`` is.

A description after a cue or as its subject points back to someone named before: a person by role, office,
nationality or age (``the prime minister said``, ``said the German``), an organisation by what it is (``the
firm said``, ``the AFI jury declared``), or a document by its issuer (``the council's ruling said``, ``Mr
Tanzi's statement said``, ``a statement ... reading:``). ``generator.quotes_en`` and the quote steps call these
readers; they call only each other and the shared clause helpers.
"""

from __future__ import annotations

import re

from generator.quote_clauses import (
    EN_ACRONYM,
    EN_EPITHET_HEADS,
    nearest_person_before,
    organisation_named,
    titled_holder,
)
from generator.registry import (
    Registry,
)
from generator.roles_en import (
    CAPITAL_HEADS,
    DEMONYMS,
    LEADER_HEADS,
    OFFICE_HEADS,
    ORG_EPITHET_HEADS,
    PERSON_EPITHETS,
)
from generator.speaker_before import (
    COMPANY,
    Speaker,
    speaker_before_cue,
)

#: (English) the written words a known person's possessive may own as the subject of a cue (also the role such a
#: quote gets, which ``It added:`` after it reads)
EN_OWNED_DOCUMENT_NOUNS = frozenset({"statement", "message", "letter", "email", "e-mail", "memo", "note", "blog"})
#: (English) a known person's written words as the whole subject before a cue: ``Mr Tanzi's statement``,
#: ``Morquendi's message``, ``Mr Crosby's written statement`` (not ``Mr Blair's spokesman``, another person)
_EN_OWNED_DOCUMENT = re.compile(
    r"(?:^[\s,]*|[.!?][\"”’']?[ \u00a0]+|\n[ \u00a0]*)(?:(?:But|And|Yet|However),?[ \u00a0]+)?"
    r"(?P<owner>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady)\.?[ \u00a0]+)?"
    r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,2})"
    r"['’]s[ \u00a0]+(?:(?:written|own|brief|short|official)[ \u00a0]+)?"
    rf"(?P<doc>{'|'.join(sorted(EN_OWNED_DOCUMENT_NOUNS, key=len, reverse=True))})[ \u00a0]*$"
)


#: (English) a document issued by someone as the whole subject of a cue: ``a statement issued on behalf of Robert
#: Zoellick, US Trade Representative,``, ``a letter from Mr Smith``
_EN_DOCUMENT_BY = re.compile(
    r"^[\s,]*(?:[Aa]|[Aa]n|[Tt]he)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?P<doc>statement|letter|message)[ \u00a0]+"
    r"(?:(?:issued|released|sent|written|signed)[ \u00a0]+)?(?:on[ \u00a0]+behalf[ \u00a0]+of|from|by)[ \u00a0]+"
    r"(?P<owner>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord)[ \u00a0]+)?[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){1,2})"
    r"(?:,[^,;:\"“”]{1,60},)?[ \u00a0]*$"
)


def en_document_owner(subject: str, registry: Registry) -> Speaker | None:
    """(English) ``Mr Tanzi's statement`` as the whole subject of a cue: the known person whose statement,
    letter or message it is speaks; any other owner (a company, a day: ``Wednesday's statement``) is left to
    the other rules. (Also ``a statement issued on behalf of Robert Zoellick, US Trade Representative,``.)"""
    match = _EN_OWNED_DOCUMENT.search(subject) or _EN_DOCUMENT_BY.match(subject)
    if match is None:
        return None
    name = registry.canonical(match.group("owner"))
    if not registry.is_known_person(name):
        return None
    return Speaker(name, match.group("doc"))
_EN_CAPITAL_HEADS = "|".join(sorted(CAPITAL_HEADS))
EN_PERSON_EPITHETS = PERSON_EPITHETS
#: the capitalised ones, tried before a lower-case head noun
_EN_PERSON_EPITHET_ALT = "|".join(sorted(w for w in EN_PERSON_EPITHETS if w[0].isupper()))
_EN_EPITHET_NOUN = (
    rf"(?P<noun>{_EN_PERSON_EPITHET_ALT}|(?:{_EN_CAPITAL_HEADS})(?![\w-])|[a-z]+(?:-[a-z]+)?|\d{{1,2}}-year-old"
    r"|ex-[A-Z][a-z]+(?![\w'’-]))"
)
#: up to three modifiers of an epithet's head noun, none a preposition or article (``the head of the department``
#: is no department)
_EN_EPITHET_MODIFIERS = r"(?:(?!(?:of|at|for|in|on|from|with|and|or|to|the|a|an|by)[ \u00a0])[\w'’.-]+[ \u00a0]+){0,3}?"
#: ``The archbishop``, ``But the South African archbishop``, ``The Man Utd boss``, ``the 21-year-old`` as a
#: whole clause subject
_EN_ROLE_EPITHET = re.compile(
    r"(?:(?:But|And|Yet|However|Later|Earlier|Afterwards|Meanwhile|Then|Separately),?[ \u00a0]+)?(?:The|the)[ \u00a0]+"
    + _EN_EPITHET_MODIFIERS
    + _EN_EPITHET_NOUN
)
#: (English) the same description right after a verb-first cue, ending the clause: ``said the world indoor
#: champion, who ...``, ``added the Uruguayan-born researcher.``
_EN_ROLE_EPITHET_AFTER = re.compile(
    r"the[ \u00a0]+"
    + _EN_EPITHET_MODIFIERS
    + _EN_EPITHET_NOUN
    + r"(?:[ \u00a0]+in[ \u00a0]+a[ \u00a0]+statement)?(?=[ \u00a0]*(?:[.;]|,(?![ \u00a0]*[A-Z])|$))"
)


#: (English) the publisher's own reporter (``," our correspondent said``, ``said our political correspondent``):
#: the one last written after that role noun (``BBC correspondent James Hardy``), never anyone else
EN_OWN_REPORTERS = frozenset({"correspondent", "reporter"})
_EN_OWN_REPORTER = re.compile(
    r"(?:But[ \u00a0]+|And[ \u00a0]+)?[Oo]ur[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?P<noun>correspondent|reporter)"
)


def _en_own_reporter(phrase: str, after: bool) -> Speaker | None:
    match = _EN_OWN_REPORTER.match(phrase)
    if match is None:
        return None
    rest = phrase[match.end() :].lstrip()
    if (rest and not after) or (after and rest[:1] not in ("", ".", ";", ",")):
        return None
    return Speaker(None, match.group("noun"), pronoun=True, epithet=True)


#: (English) an opening phrase a description of the sentence's subject may follow: a participle or a preposition
#: (``Writing his Christmas message in the Northern Echo,``, ``Speaking to Le Matin,``, ``On Friday,``), not a
#: clause of its own (``When Lleyton Hewitt shook his hand ..., the Australian said``)
_EN_EPITHET_OPENING = re.compile(r"(?:(?:But|And)[ \u00a0]+)?(?:[A-Z][a-z]+ing|In|On|At|During|Later|Earlier)[ \u00a0]")


def en_role_epithet(clause: str) -> Speaker | None:
    """(English) The sentence before the cue is only ``the``, up to three modifiers and a role noun (``The Man
    Utd boss continued: "``): a description of someone named before, never the organisation in it. The role noun
    rides along so that a person introduced with it (``Archbishop Desmond Tutu``) can be found."""
    start = max(clause.rfind("\n"), *(clause.rfind(end + " ") for end in ".!?"))
    own = _en_own_reporter(clause[start + 1 :].strip(), after=False)
    if own is not None:
        return own
    text = clause[start + 1 :].strip()
    match = _EN_ROLE_EPITHET.fullmatch(text)
    comma = text.rfind(", the ")
    if match is None and comma > 0 and _EN_EPITHET_OPENING.match(text):
        # ``Writing his Christmas message in the Northern Echo, the Bishop said: "``: after an opening phrase
        match = _EN_ROLE_EPITHET.fullmatch(text[comma + 2 :])
        if match is not None and not _en_epithet_head(match.group("noun")):
            match = None  # only a person's description (an organisation's would need its own checks)
    joined = text.rfind(" and the ")
    if match is None and joined > 0 and "," not in text[joined:]:
        # ``Early talks have taken place and the defender said: "``: a coordinated clause of its own, a person's
        # description its whole subject
        match = _EN_ROLE_EPITHET.fullmatch(text[joined + 5 :])
        if match is not None and not _en_epithet_head(match.group("noun")):
            match = None  # only a person's description
    if match is not None and match.group("noun") in EN_ORG_EPITHET_HEADS:
        # ``The company said: "``: the organisation named before, never a person
        return _en_org_epithet(match)
    if match is None or not (
        _en_epithet_head(match.group("noun")) or match.group("noun") in EN_GROUP_HEADS | EN_DOCUMENTS | EN_STATEMENTS
    ):
        return None
    if match.group("noun") in EN_STATEMENTS and _en_named_document(match):
        return None  # ``the Budget report``: a report of its own name, not the one written before
    return Speaker(None, match.group("noun"), pronoun=True, epithet=True)


def en_person_epithet(subject: str) -> Speaker | None:
    """(English) ``The MEP``, ``The Russian``, ``The DJ``: the whole subject ``subject`` (the words of its sentence
    before the cue) is a person's description (``en_role_epithet``), never an organisation's, a group's or a
    document's; else None."""
    epithet = en_role_epithet(subject)
    if epithet is None or not epithet.epithet or epithet.gender == COMPANY or epithet.role is None:
        return None
    if epithet.role in EN_GROUP_HEADS | EN_DOCUMENTS | EN_OWN_REPORTERS or not _en_epithet_head(epithet.role):
        return None
    return epithet


#: (English) a statement standing for the organisation that issued it, as the whole subject of a cue or right
#: after a verb-first cue: ``said an FA statement``, ``A BBC statement read``, ``said an agency statement`` (an
#: organisation noun: the one named before, as with ``the agency said``); its ruling or verdict, with the
#: organisation or its noun owning it (``the council's ruling said``, ``United's statement said``); or a body of the
#: organisation speaking for it (``the AFI jury declared``, ``the 13-strong AFI jury``, ``said the club board``)
_EN_ORG_HEADS_ALT = "|".join(sorted(ORG_EPITHET_HEADS, key=len, reverse=True))
_EN_ORG_CAPITALS = r"[A-Z][\w&.-]*(?:[ \u00a0][A-Z][\w&.-]*){0,3}"
_EN_ORG_STATEMENT = re.compile(
    r"(?:(?:But|And|However),?[ \u00a0]+)?"
    r"(?:(?:[Aa]n?|[Tt]he)[ \u00a0]+"
    rf"(?:(?:[a-z\d][\w-]*[ \u00a0]+){{0,2}}?(?P<org>{_EN_ORG_CAPITALS})(?P<org_s>['’]s)?[ \u00a0]+"
    rf"|(?:[a-z][\w-]*[ \u00a0]+){{0,2}}?(?P<noun>{_EN_ORG_HEADS_ALT})(?P<noun_s>['’]s)?[ \u00a0]+)?"
    rf"|(?P<owner>{_EN_ORG_CAPITALS})['’]s[ \u00a0]+"
    r"|(?P<its>[Ii]ts)[ \u00a0]+)"
    r"(?:(?:official|joint|written|annual|latest|new)[ \u00a0]+)?"
    r"(?:statement|report|(?P<ruling>ruling|verdict|judgement|judgment)|(?P<body>jury|panel|board))(?![\w'’-])"
    # ``United's statement to the stock exchange``: whom it was made to
    r"(?:[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w&.-]+[ \u00a0]+){0,2}?[\w&.-]+(?<!\.))?"
    # ``a statement from the discount phone firm``, ``a statement from Chelsea``: the issuer after the noun
    r"(?:[ \u00a0]+(?:from|by|issued[ \u00a0]+by)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:(?P<from_org>[A-Z][\w&.-]*(?:[ \u00a0][A-Z][\w&.-]*){0,3})(?![\w'’-])"
    rf"|(?:[a-z][\w-]*[ \u00a0]+){{0,3}}?(?P<from_noun>{_EN_ORG_HEADS_ALT})(?![\w'’-])))?"
)
_EN_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.;]|,(?![ \u00a0]*[A-Z])|$)")


#: (English) ``read`` as the cue of a statement after a quote, either order: ``," read a statement from the firm``,
#: ``," a BBC statement read.``; before a quote: ``An IAAF statement read: "``
_EN_READ_AFTER = re.compile(r"[\s,]*read[ \u00a0]+(?P<rest>[^\n]*)")
_EN_READ_BEFORE = re.compile(r"[\s,]*(?P<subj>[^.!?\"“”\n]{1,100}?)[ \u00a0]+read(?=[ \u00a0]*[.,;:])")


def en_statement_read(after: str, registry: Registry) -> Speaker | None:
    """(English) the organisation (or organisation noun) of a statement that ``read`` the quote before ``after``."""
    match = _EN_READ_AFTER.match(after)
    if match is not None:
        return en_org_statement(match.group("rest"), registry, after=True)
    match = _EN_READ_BEFORE.match(after)
    if match is not None:
        return en_org_statement(match.group("subj"), registry, after=False)
    return None


def en_org_statement(phrase: str, registry: Registry, after: bool) -> Speaker | None:
    """(English) ``said an FA statement.`` (``after``: the words right after a verb-first cue, ending the clause)
    or ``A BBC statement`` (the whole subject of the sentence before a cue): the organisation that issued it, when
    the capitalised words name one (no known person); an organisation noun (``an agency statement``) points back
    as ``the agency`` does. None when the phrase is no such statement."""
    coordinated = False
    if after:
        match = _EN_ORG_STATEMENT.match(phrase)
        if match is None or _EN_CLAUSE_END.match(phrase, match.end()) is None:
            return None
    else:
        start = max(phrase.rfind("\n"), *(phrase.rfind(end + " ") for end in ".!?"))
        match = _EN_ORG_STATEMENT.fullmatch(phrase[start + 1 :].strip())
        joined = max(phrase.rfind(", and "), phrase.rfind(", but "))
        coordinated = match is None and joined > start
        if coordinated:
            # ``Glazer owns a 28.1% stake, and United's statement to the stock exchange said:``: the subject of a
            # coordinated clause of its own
            match = _EN_ORG_STATEMENT.fullmatch(phrase[joined + 6 :].strip())
        if match is None:
            return None
    if (match.group("org") or match.group("noun") or match.group("owner")) and (
        match.group("from_org") or match.group("from_noun")
    ):
        return None  # ``the BBC statement from ...``: two issuers
    if match.group("its"):
        if match.group("body") or match.group("from_org") or match.group("from_noun"):
            return None
        # ``"...," says its report.``: the organisation ``it`` stands for, as with ``it said``
        return Speaker(None, None, pronoun=True, gender=COMPANY)
    if match.group("body") and (match.group("from_org") or match.group("from_noun")):
        return None  # ``the panel from ...``: a body is read only with its organisation before it
    noun = match.group("noun") or match.group("from_noun")
    if noun is not None:
        return Speaker(None, None, pronoun=True, gender=COMPANY, org_noun=noun)
    org = match.group("org") or match.group("owner") or match.group("from_org")
    if org is None or org.split()[0] in ("The", "But", "And"):
        return None
    speaker = speaker_before_cue(org, registry, "en")
    if (
        speaker is None
        or not speaker.name
        or speaker.pronoun
        or registry.is_known_person(speaker.name)
        or not (EN_ACRONYM.fullmatch(org) or organisation_named(speaker.name, registry))
    ):
        if (
            coordinated
            and match.group("owner")
            and registry.person_in(org.split()) is None
            and not registry.is_known_person(registry.canonical(org))
        ):
            # ``Glazer owns a stake, and United's statement to the stock exchange said:``: an owner no person's name
            # and no organisation the article names in full; the issuer is left unnamed, not the first clause's
            # subject
            return Speaker(None, None)
        return None  # ``the Budget statement``: a kind of statement, no issuer
    return Speaker(speaker.name, None)


def en_epithet_after(rest: str) -> Speaker | None:
    """(English) ``said the Uruguayan-born researcher, who ...``, ``asked the magazine.``: a description after a
    verb-first cue, pointing back to the person (or organisation) named before."""
    own = _en_own_reporter(rest, after=True)
    if own is not None:
        return own
    match = _EN_ROLE_EPITHET_AFTER.match(rest)
    if match is None:
        return None
    if match.group("noun") in EN_ORG_EPITHET_HEADS:
        return _en_org_epithet(match)
    if not _en_epithet_head(match.group("noun")) and match.group("noun") not in (
        EN_GROUP_HEADS | EN_DOCUMENTS | EN_STATEMENTS
    ):
        return None
    if match.group("noun") in EN_STATEMENTS and _en_named_document(match):
        return None  # ``the Budget report``: a report of its own name, not the one written before
    return Speaker(None, match.group("noun"), pronoun=True, epithet=True)


#: (English) nouns for a named group of people (``said the artists``, ``the band added``): they point back to
#: the name written right after the same noun (``Bafta-winning artists Langlands & Bell``, ``boy band Westlife``)
EN_GROUP_HEADS = frozenset({"artists", "band", "duo", "trio", "quartet"})


#: (English) documents whose words are their author's (``"...," the lawsuit states``): the one who filed, wrote,
#: lodged or sent it (``Californian Thomas Slattery filed the suit``)
EN_DOCUMENTS = frozenset({"lawsuit", "suit", "complaint", "petition", "letter"})
#: (English) ``"...," said the statement.``, ``The statement continued: "``: the statement the narration introduced
#: just before (``In a statement, the RSPCA said ...``), whose issuer speaks
EN_STATEMENTS = frozenset({"statement", "report"})


def _en_org_epithet(match: re.Match[str]) -> Speaker:
    noun = match.group("noun")
    if noun not in EN_PRESS:
        return Speaker(None, None, pronoun=True, gender=COMPANY, org_noun=noun)
    named = EN_PRESS_NAMED.search(match.group())
    if named is not None and named.group("before"):
        return Speaker(named.group("before"), noun)  # ``the China Daily newspaper said``: named, no epithet
    # ``the magazine`` keeps its noun: the publication named with it is looked up, not the last organisation
    return Speaker(None, noun, pronoun=True, gender=COMPANY)


def _en_named_document(match: re.Match[str]) -> bool:
    """(English) Whether a capitalised word stands between the article and the statement or report noun of a
    description (``the Budget report``, ``the Kok report``): one named so, not one pointing back."""
    words = match.group()[: match.start("noun") - match.start()].split()
    at = next((k for k, w in enumerate(words) if w in ("the", "The")), -1)
    return any(w[:1].isupper() for w in words[at + 1 :])


def _en_epithet_head(noun: str) -> bool:
    return (
        noun in EN_EPITHET_HEADS
        or noun in EN_PERSON_EPITHETS
        or noun.endswith("-year-old")
        or (noun.startswith("ex-") and noun[3:4].isupper())  # ``the ex-Wallaby``: a former member of a side
        or (noun[:1].isupper() and noun.lower() in EN_EPITHET_HEADS)
    )


#: (English) nouns that head a description of an organisation named before (``roles_en.ORG_EPITHET_HEADS``)
EN_ORG_EPITHET_HEADS = ORG_EPITHET_HEADS


#: (English) ``the magazine``, ``the newspaper``: the publication named with that noun before
EN_PRESS = frozenset({"magazine", "newspaper"})
_EN_PRESS_NAME = r"[A-Z][\w&'’-]*(?:[ \u00a0][A-Z][\w&'’-]*){0,3}"
EN_PRESS_NAMED = re.compile(
    rf"(?<![\w-])(?:magazine|newspaper)[ \u00a0]+(?P<after>{_EN_PRESS_NAME})"
    rf"|(?<![\w'’-])(?P<before>(?:The[ \u00a0])?(?!The[ \u00a0])(?!(?:magazine|newspaper)\b){_EN_PRESS_NAME})"
    r"[ \u00a0]+(?:magazine|newspaper)\b(?![ \u00a0]+[A-Z])"
)


#: (English) a person described by nationality: ``the``, up to three modifiers and a demonym (``The
#: 32-year-old Spaniard``), ending a clause or followed by a verb (not ``the German government``)
_EN_DEMONYM_DESCRIPTION = re.compile(
    r"\b[Tt]he[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?(?P<demonym>"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r")(?![\w-])(?=[ \u00a0]*[.,;:]|[ \u00a0]+(?:[a-z]+ed|[a-z]+s|was|is|has|had|came|won|took|beat|made|will|would|"
    r"could|can|told|said)\b)"
)


#: (English) public offices no holder of another of them holds too: a description by one of them (``the prime
#: minister``, read as its noun ``minister``) never stands for a person the people stage gives another as role
#: (``mayor``); a chancellor or premier is a minister too, so they are left out
_EN_SOLE_OFFICES = ("minister", "president", "mayor", "governor", "senator", "pope")


def _en_office(role: str | None) -> str | None:
    """(English) The office ``role`` ends in (``London mayor`` -> mayor), else None."""
    if not role:
        return None
    low = role.lower().strip()
    return next((office for office in _EN_SOLE_OFFICES if low == office or low.endswith(" " + office)), None)


def en_office_conflict(registry: Registry, name: str, role: str | None) -> bool:
    """(English) Whether the description's noun ``role`` (``minister``) names an office other than the one the
    people stage gives ``name`` as role (``mayor``)."""
    office = _en_office(role)
    if office is None:
        return False
    known = next((p for p in registry.people if p.name == name), None)
    other = _en_office(known.role) if known is not None else None
    return other is not None and other != office


def en_demonym_conflict(registry: Registry, name: str, role: str | None) -> bool:
    """(English) Whether a nationality description (``said the German``) cannot stand for ``name``: the text
    describes that person by another nationality (``The 32-year-old Spaniard came through ...`` with ``name``
    the known person written last before that description)."""
    if role is None or role not in DEMONYMS:
        return False
    body = registry.body
    for match in _EN_DEMONYM_DESCRIPTION.finditer(body):
        if match.group("demonym") == role:
            continue
        if nearest_person_before(registry, match.start()) == name:
            return True
    return False


#: (English) offices one person holds at a time, whose description names that holder (``roles_en.OFFICE_HEADS``)
EN_OFFICE_HEADS = OFFICE_HEADS
_EN_THE = re.compile(r"\b[Tt]he[ \u00a0]+")
#: (English) a description opening a sentence and a lower-case verb after it (``the Cardinal will ask``)
_EN_EPITHET_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|However),?[ \u00a0]+)?[Tt]he[ \u00a0]+"
    + _EN_EPITHET_MODIFIERS
    + rf"(?P<noun>(?i:{'|'.join(sorted(EN_OFFICE_HEADS))}))(?![\w-])[ \u00a0]+[a-z]"
)
#: (English) the same with the head of a party, body or team after one to three modifiers (``The Tory leader
#: countered ...``, ``The England coach will ...``): what they head is written, as with the holder's name before
_EN_LEADER_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|However),?[ \u00a0]+)?[Tt]he[ \u00a0]+"
    + r"(?:(?!(?:of|at|for|in|on|from|with|and|or|to|the|a|an|by)[ \u00a0])[\w'’.-]+[ \u00a0]+){1,3}?"
    + rf"(?P<noun>{'|'.join(sorted(LEADER_HEADS))})(?![\w-])[ \u00a0]+[a-z]"
)


def en_epithet_subject(body: str, start: int, registry: Registry) -> str | None:
    """(English) The known person last written right after the whole description that opens the sentence at
    ``start`` (``the Cardinal`` after ``Cardinal Cormac Murphy-O'Connor``; ``the Olympic champion`` not after
    ``world champion Kim Collins``), or None."""
    match = _EN_EPITHET_SUBJECT.match(body, start, min(len(body), start + 80))
    if match is None:
        match = _EN_LEADER_SUBJECT.match(body, start, min(len(body), start + 80))
    if match is None:
        return None
    the = _EN_THE.search(body, match.start(), match.start("noun"))
    if the is None:
        return None
    return titled_holder(registry, body[the.end() : match.end("noun")], start)


#: (English) ``the`` and the last one or two capitalised words of an organisation's name as a whole subject or speaker
#: phrase: ``the Times``, ``the Post``
_EN_THE_SHORT_ORG = re.compile(
    r"[\s,]*[Tt]he[ \u00a0]+(?P<tail>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+)?)[ \u00a0]*[.,]?[ \u00a0]*"
)


def en_short_org(phrase: str, registry: Registry) -> Speaker | None:
    """(English) ``"...," the Times wrote.`` / ``said the Post.``: ``the`` and the end of the name of exactly one
    organisation the article names (``New York Times``), no known person's name, is that organisation."""
    match = _EN_THE_SHORT_ORG.fullmatch(phrase)
    if match is None:
        return None
    tail = " ".join(match.group("tail").split())
    if registry.is_known_person(registry.canonical(tail)):
        return None
    owners = {org.name for org in registry.organizations if org.name.endswith(" " + tail)}
    if len(owners) != 1:
        return None
    return Speaker(owners.pop(), None)
