"""The speaker named before a cue: the subject of the clause that holds it.

``speaker_before_cue`` reads the words before a cue verb (``Kirby mengatakan``, ``Juru bicara Gedung Putih John
Kirby menuturkan``, ``The minister, John Smith, said``) and ``sentence_subject`` / ``subject_of`` the subject a
sentence opens with: a known person, a role and the person who holds it, a spokesperson of an organisation, an
organisation, or a pronoun for the chains of ``generator.quotes`` to resolve. The people and organisations come
from ``generator.registry``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.name_lexicon import en_descriptor_word, given_names
from generator.quote_words import (
    EN_FUNCTION,
    EN_ORG_TAILS,
    LOWER_ROLE,
    NAME_TITLES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_WORDS,
)
from generator.registry import (
    CONNECTORS,
    NAME_PARTICLES,
    ROLE_HEADS,
    SUFFIXES,
    Registry,
    clean_word,
    is_acronym,
    is_cap,
    is_initial,
    lower_token,
    month_between,
    names_place,
)

# --- cue words ---------------------------------------------------------------


ID_PRONOUNS = frozenset({"dia", "ia", "beliau", "nya"})
EN_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they", "mereka", "we", "kami", "kita", "i", "saya", "aku", "it", "you"})
TOKEN = re.compile(r"[^\s,;:()\[\]\"“”„«»]+")


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the canonical name (None if unknown) and a role."""

    name: str | None
    role: str | None
    pronoun: bool = False  # the name came from resolving a pronoun
    gender: str | None = None  # of a pronoun: "male" (he) or "female" (she); None when it does not say
    epithet: bool = False  # a description pointing back (``kata pria berusia 46 tahun itu``), not a pronoun
    org_noun: str | None = None  # (English) ``the committee``: the organisation noun of the description


def pronoun_speaker(pronoun: str) -> Speaker:
    """The speaker a subject pronoun stands for: a back-reference, or nobody for a plural."""
    if pronoun == "plural":
        return Speaker(None, None)
    if pronoun == "it":
        return Speaker(None, None, pronoun=True, gender=COMPANY)
    return Speaker(None, None, pronoun=True, gender=PRONOUN_GENDER.get(pronoun))


PRONOUN_GENDER = {"he": "male", "she": "female"}


def name_from_run(tokens: list[str], registry: Registry) -> tuple[str | None, str | None]:
    """Split a token run ``[role words..., Name]`` into (name, role)."""
    if not tokens:
        return None, None
    while registry.language == "id" and len(tokens) > 2 and _DEGREE_TOKEN.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # ``kata Prof. Dr. Fathur Rokhman M.Hum.``: a degree after the name, no comma
    known = registry.person_in(tokens)
    if known is not None:
        name, k = known
        role = " ".join(tokens[:-k]).strip() or None
        return name, role
    suffix = ""
    if len(tokens) > 1 and clean_word(tokens[-1]).lower() in SUFFIXES:
        suffix = " " + clean_word(tokens[-1]) + ("." if clean_word(tokens[-1]).lower() in ("jr", "sr") else "")
        tokens = tokens[:-1]
    # the trailing capitalised run
    i = len(tokens)
    while i > 0 and (is_cap(tokens[i - 1]) or (lower_token(tokens[i - 1]) in NAME_PARTICLES and i < len(tokens))):
        i -= 1
    run = [clean_word(t) for t in tokens[i:]]
    run = [t for t in run if t]
    if not run:
        return None, None
    # drop role and organisation words from the front of the run
    j = len(run)
    while j > 0:
        if registry.common(run[j - 1]) and not month_between(run, j - 1, registry):
            break
        j -= 1
    name_tokens = run[j:][-4:]
    while name_tokens and name_tokens[0].lower() in NAME_PARTICLES:
        name_tokens = name_tokens[1:]
    org_words = registry.org_prefix(name_tokens)
    if org_words:
        name_tokens = name_tokens[org_words:]  # ``Direktur PT Indra Karya Milfan Rantawi``: the company, then the name
    while (
        registry.language == "en"
        and len(name_tokens) >= 2
        and en_descriptor_word(name_tokens[0], lower_token(name_tokens[0]), lower_token(name_tokens[1]), given_names())
    ):
        name_tokens = name_tokens[1:]  # ``Midfielder Edu said``, ``Paris-based Euronext said``: a description
    after_role = any(lower_token(t) in ROLE_HEADS for t in [*tokens[:i], *run[: j - 1]])
    continues = 1 <= len(name_tokens) <= 2 and j > 0 and _org_continues(run[j - 1], name_tokens, registry, after_role)
    if not org_words and continues:
        name_tokens = []  # ``juru bicara Brigade Ezzedine``: the words end an organisation's name
    elif len(name_tokens) == 1 and _spokesperson_of(tokens[:i], name_tokens[0], registry):
        name_tokens = []  # ``juru bicara Samsung``: the spokesperson of an organisation goes unnamed
    role_tokens = tokens[: len(tokens) - len(name_tokens)]
    role = " ".join(clean_word(t) for t in role_tokens).strip(" ,") or None
    if not name_tokens:
        if registry.language == "id" and _role_holder(tokens[:i], run):
            return None, role  # ``juru bicara Kementerian ...``, ``kata Direktur BEI``: the holder goes unnamed
        org = " ".join(run)
        known_org = registry.organization(org) or (registry.organization(run[-1]) if run else None)
        if known_org:
            return known_org, None
        if len(run) == 1 and is_acronym(run[0]):
            return registry.canonical(run[0]), None  # an organisation speaking (``ungkap BEI``)
        if registry.language == "en" and len(run) >= 2 and run[-1].lower() in EN_ORG_TAILS:
            while run and run[0].lower() in ROLE_WORDS:
                run = run[1:]
            return (" ".join(run) if len(run) >= 2 else None), None  # ``CBS News reported``
        return None, role
    name = " ".join(name_tokens)
    known_org = registry.organization(name)
    if known_org:
        return known_org, None
    if registry.language == "id" and len(name_tokens) >= 2 and not registry.is_known_person(registry.canonical(name)):
        lead = registry.org_lead(name)  # ``kata Konsul Jenderal RI Jeddah M. Hery Saripudin``: the city, then the name
        if lead:
            role = " ".join(filter(None, [role, *name_tokens[:lead]])) or None
            name = " ".join(name_tokens[lead:])
    return registry.canonical(name) + suffix, role


def _role_holder(lead: list[str], run: list[str]) -> bool:
    """A role word stands before the organisation: the speaker is a person holding that role, not the body."""
    return any(lower_token(t) in ROLE_HEADS for t in lead) or (bool(run) and lower_token(run[0]) in ROLE_WORDS)


def _spokesperson_of(lead: list[str], word: str, registry: Registry) -> bool:
    """``juru bicara Samsung``: a spokesperson's role, then one word that is an organisation or no person's name."""
    if not any(lower_token(t) in _SPOKESPERSON for t in lead):
        return False
    if registry.organization(word):
        return True
    low = lower_token(word)
    return not (registry.given_name(word) or low in given_names() or registry.is_known_person(clean_word(word)))


def _name_word(word: str, registry: Registry) -> bool:
    """A first name or a known person's name, not a place (``Iran`` of ``Kementerian Telekomunikasi Iran``)."""
    if names_place(clean_word(word), registry.language):
        return False
    return registry.given_name(word) or lower_token(word) in given_names() or registry.is_known_person(clean_word(word))


_SPOKESPERSON = frozenset({"bicara", "jubir", "spokesman", "spokeswoman", "spokesperson"})


def _org_continues(before: str, words: list[str], registry: Registry, after_role: bool) -> bool:
    """``Brigade Ezzedine``, ``Jasa Marga``, ``Kementerian Telekomunikasi Iran``: words right after an
    organisation word continue the organisation's name: one word that is no first name, or two that are
    places or plain words. In Indonesian an organisation's acronym with no role before it counts too
    (``DPP Golkar``; but ``Direktur SMF Heliantopo`` names a person)."""
    low = lower_token(before)
    if registry.is_known_person(" ".join(clean_word(w) for w in words)):
        return False
    if any(_name_word(w, registry) for w in words):
        return False
    if len(words) > 1 and not all(
        names_place(clean_word(w), registry.language) or registry.plain_word(w) or registry.common(w) for w in words
    ):
        return False
    if is_acronym(clean_word(before)):
        return registry.language == "id" and not after_role and low not in ROLE_WORDS and low not in NOT_NAMES
    return low in ORG_WORDS


def pronoun_of(tokens: list[str], language: str) -> str | None:
    if not tokens:
        return None
    if language != "en" and tokens[0] == "I" and len(tokens) > 1 and is_cap(tokens[1]):
        return None  # ``kata I Made Adi Saputra``: the Balinese name prefix, not English 'I'
    first = lower_token(tokens[0])
    if first in ID_PRONOUNS or first in EN_PRONOUNS:
        return first
    if first in PLURAL_PRONOUNS:
        return "plural"
    return None
#: the ``gender`` of a company epithet
COMPANY = "company"
#: a US party and state tag after a name: ``(D-N.Y.)``, ``(R)``, ``(Vt.)``, ``, R-Pa.`` (with the comma closing it when
#: it ends the phrase: ``Rep. Glenn Thompson, R-Pa.,``)
_PARTY = re.compile(
    r"\s*\((?:[DRI]|[DRI]-[A-Za-z. ]{1,14}|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.)\)"
    r"|,\s*[DRI]-[A-Z][A-Za-z.]{0,10}(?:\s*,\s*$|(?=,|\s|$))"
)
_POSSESSIVE = re.compile(r"\w['’]s?$")
#: (English) a title or rank written before a person's name, no part of it (``MP Edward Leigh``, ``Captain Ian
#: Farquhar``, ``Dr Jane Hill``)
EN_NAME_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Captain|Capt|Colonel|Col|Major|General|Commander|"
    r"Admiral|Rev|Reverend|Father|Judge|Councillor|Cllr|MP|MEP|MSP)\.?"
)
#: (English) role nouns that may stand with their owner before a holder's name
EN_OWNED_ROLES = ROLE_WORDS | frozenset(
    {"coach", "lawyer", "agent", "solicitor", "trainer", "wife", "husband", "brother", "sister", "son", "daughter"}
    | {"father", "mother", "colleague", "partner", "team-mate", "captain", "boss", "economist", "analyst", "editor"}
)


def dehyphen(text: str) -> str:
    """``Oviedo - Joekes`` (re-tokenised text) becomes ``Oviedo-Joekes``; party tags (``(D-N.Y.)``) go."""
    return _PARTY.sub("", re.sub(r"(?<=\w) - (?=[A-Z])", "-", text))


def is_possessive(token: str) -> bool:
    """``Clinton’s``, ``Sanders’``: a name used as a modifier, not the speaker."""
    core = token.rstrip('.,;:!?"”)')
    return bool(_POSSESSIVE.search(core)) and (core.endswith(("'s", "’s")) or core[-2:-1].lower() == "s")


@lru_cache(maxsize=4096)
def _common_english(word: str) -> bool:
    """A frequent English word (``Hours``, ``Wait``, ``Estimates``) rather than a name."""
    try:
        from wordfreq import zipf_frequency
    except Exception:
        return False
    return zipf_frequency(word.lower(), "en") >= 4.2 and word.lower() not in _NAME_LIKE


_NAME_LIKE = frozenset({"trump", "bush", "clinton", "rose", "price", "may", "king", "young", "black", "white", "brown"})


#: a brand written with a lower-case prefix before a capital (``aCommerce``, ``iPhone``, ``eFishery``): a name of
#: an organisation or a product inside a role phrase (``CEO aCommerce Paul Srivorakul``)
_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-z][A-Za-z]*")


def phrase_word(token: str, low: str) -> bool:
    """A word that can stand in a speaker phrase: a capitalised word (or a brand such as ``aCommerce``), a
    lower-case role, a connector or a pronoun."""
    return (
        is_cap(token)
        or _CAMEL_BRAND.fullmatch(clean_word(token)) is not None
        or low in LOWER_ROLE
        or low in NAME_TITLES  # ``Kombes drg. Raymond``: a degree or title before the name, even in lower case
        or low in CONNECTORS
        or low in ID_PRONOUNS
        or low in EN_PRONOUNS
        or low in PLURAL_PRONOUNS
    )


def speaker_before_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker that ends ``phrase``, which stands right before a cue verb."""
    text = dehyphen(phrase[-240:])
    soft = text.rfind("  ")
    if soft >= 0 and language == "en" and text[soft + 2 : soft + 3].islower():
        soft = -1  # ``Nicky Driscoll, 24,  from Manchester, who``: a double space before a lower-case word, no break
    if soft >= 0:
        text = text[soft + 2 :]  # a lost paragraph break (scraped text)
    if language == "en":
        # ``Paul Boateng MP, Labour's Chief Secretary to the Treasury,``, ``Peter Ainsworth MP,``: a post-nominal
        # between a name and its comma is no part of the name
        text = _EN_POSTNOMINAL_COMMA.sub("", text)
        speaker = _en_speaker_before(text, registry)
        if speaker is None or not (speaker.name or speaker.pronoun) or not registry.is_known_person(speaker.name or ""):
            # ``Dr Matthew Hedman, from Cornell University, New York, said:``: the place closing the affiliation set
            # off after a known person's name is no part of the subject
            placed = _EN_AFFILIATION_PLACE.search(text)
            if placed is not None and names_place(placed.group("place"), "en"):
                named = _en_speaker_before(text[: placed.start()] + ",", registry)
                if named is not None and named.name and registry.is_known_person(named.name):
                    return named
        return speaker
    text = _after_glued_end(_unglue(text, registry))
    # ``RM (yang sebelumnya dikenal dengan nama Rap Monster) mengaku``: a lower-case aside in brackets between
    # the subject and the verb describes the subject; the name in it is not the subject
    text = _LOWER_ASIDE.sub("", text)
    text = without_degrees(text)
    # ``... laporan dugaan pelanggaran (LDP) menyatakan``: the acronym of a plain noun phrase names no one
    text = _GLOSSED_ACRONYM.sub(r"\g<word>", text)
    affiliation = _AFFILIATION.search(text)
    if affiliation is not None and all(
        names_place(place.strip(), language) for place in affiliation.group("places").split(",")[1:]
    ):
        # ``Dr Lea Weber dari Universitas Ruhr di Bochum, Jerman, menyatakan``: the name before ``dari``
        speaker = _speaker_before(text[: affiliation.start()], registry, language)
        if speaker is not None and (speaker.name or speaker.pronoun):
            return speaker
    holder = _role_subject(text, registry)
    if holder is not None:
        return holder
    return _role_apposition(text, registry) or _speaker_before(text, registry, language)


#: (English) an affiliation set off after a name (``, from Cornell University``, ``, a scientist at NASA``), then a
#: place and the comma closing the subject: ``, New York,``
_EN_AFFILIATION_PLACE = re.compile(
    r"(?<=[\w.)]),[ \u00a0]*(?P<place>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,3})[ \u00a0]*,[ \u00a0]*$"
)


#: (English) an organisation's abbreviation in brackets right after its name, ending the speaker phrase: ``said the
#: Wall Street Journal (WSJ).``, ``said the Office for National Statistics (ONS), which ...``; before a cue, ending
#: the subject: ``The Daily Ledger (DL) said``
_EN_BRACKETED_ABBREVIATION = re.compile(
    r"(?<=[\w.])[ \u00a0]+\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)(?=[ \u00a0]*(?:[.,;]|$))"
)


def en_drop_abbreviation(phrase: str, before: bool = False) -> str:
    """(English) ``the Wall Street Journal (WSJ).`` -> ``the Wall Street Journal.``: the bracketed abbreviation of the
    capitalised name right before it (its first letter that of one of the name's words) is no word of the name.
    The phrase follows a cue (the first such bracket, before any comma), or ``before`` one (a bracket ending it)."""
    if before:
        match = _EN_BRACKETED_ABBREVIATION.search(phrase, max(0, len(phrase) - 16))
        if match is None or phrase[match.end() :].strip():
            return phrase
        head = phrase[: match.start()]
        head = head[max(head.rfind(c) for c in ",;:.\n") + 1 :]
    else:
        match = _EN_BRACKETED_ABBREVIATION.search(phrase, 0, 160)
        if match is None or any(c in phrase[: match.start()] for c in ",;:\n"):
            return phrase
        head = phrase[: match.start()]
    if match.group("abbr")[0] not in {w[0] for w in head.split() if w[:1].isupper()}:
        return phrase
    return phrase[: match.start()] + phrase[match.end() :]


#: (English) a post-nominal right after a name and before a comma (``Andrew Tyrie MP,``, ``Ken Macdonald QC,``)
_EN_POSTNOMINAL_COMMA = re.compile(r"(?<=[a-z])[ \u00a0]+(?:MP|MEP|MSP|QC|KC)(?=[ \u00a0]*,)")
#: a conjunction opening a clause (English)
_EN_CONJUNCTION = re.compile(r"^(?:but|and|yet|while|although|though|whereas)[ \u00a0]+(?=[A-Z])")
#: ``Authenti-corp's CEO, Cynthia Musselman,``: a role phrase, then a name set off by commas, ending the subject
_EN_ROLE_THEN_NAME = re.compile(r"(?P<role>[^,;]{2,80}),[ \u00a0]*(?P<name>[A-Z][^,;]{2,60}?)[ \u00a0]*,[ \u00a0]*$")
#: (English) a place or employer after a role's head: ``in Uganda``, ``of the Sierra Club``, ``for Europe``
_EN_ROLE_PLACE_TAIL = re.compile(
    r"[ \u00a0]+(?:in|at|for|of|from|with)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"[A-Z][\w'’.&-]*(?:[ \u00a0]+[A-Z][\w'’.&-]*){0,3}$"
)

#: (English) a name after a title (``Captain Ian Farquhar``, ``Mr Smith``)
_EN_TITLED_NAME = re.compile(EN_NAME_TITLE + r"[ \u00a0]+(?P<name>[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,3})")
#: ``the Google team``, ``Google's security team``: an organisation's team ending the subject
_EN_ORG_TEAM = re.compile(
    r"(?<![\w'’-])(?P<org>[A-Z][\w.-]*(?:[ \u00a0][A-Z][\w.-]*){0,3})(?:['’]s)?[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}"
    r"team[ \u00a0,]*$"
)
#: a place word before a capitalised run: ``detainee 'A' in Woodhill Prison``: the run is no subject
_EN_LOCATIVE = re.compile(r"(?<![\w'’-])(?:in|at|inside|near)[ \u00a0]+$")


def organisation_team(text: str, registry: Registry) -> str | None:
    """(English) The known organisation whose team ends ``text`` (``by Google's security team``)."""
    team = _EN_ORG_TEAM.search(text)
    return registry.organization(team.group("org")) if team is not None else None


def _en_subject_forms(text: str, registry: Registry) -> Speaker | None:
    """(English) subjects ``speaker_before`` reads wrongly: an organisation's team (the organisation speaks),
    a role phrase then a known name set off by commas (the person), a place after ``in``/``at`` (nobody,
    as Speaker(None, None)), a known person, a comma and an organisation (the person)."""
    team = organisation_team(text, registry)
    if team is not None:
        return Speaker(team, "team")
    apposed = _EN_ROLE_THEN_NAME.search(text)
    # ``her lawyer, Perry Wander,``: the role nouns that stand with an owner before a name count as well; the
    # role's head may have a place or employer after it (``the play's organiser in Uganda, Sarah Mukasa,``)
    head = _EN_ROLE_PLACE_TAIL.sub("", apposed.group("role")) if apposed is not None else ""
    if apposed is not None and head.split() and lower_token(head.split()[-1]) in EN_PERSON_ROLES | EN_OWNED_ROLES:
        name = registry.canonical(apposed.group("name"))
        titled = _EN_TITLED_NAME.fullmatch(apposed.group("name")) if not registry.is_known_person(name) else None
        if titled is not None:
            # ``The Tory spokesman, Dr Liam Fox,``: a title before the name is no part of it
            name = registry.canonical(titled.group("name"))
        if registry.is_known_person(name):
            return Speaker(name, apposed.group("role").strip())
    return _person_of_affiliation(text, registry)


#: (English) a subject of a name, ``of``/``from`` and an organisation: ``Laura Brownlees of Save the Children``, maybe
#: after a conjunction or ``as`` (``as Joel Pollak of Breitbart California observed, ...``)
_EN_NAME_OF_ORG = re.compile(
    r"(?:(?:But|And|However|Meanwhile|[Aa]s|but|and)[ \u00a0]+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){1,3})"
    r"[ \u00a0]+(?:of|from)[ \u00a0]+(?P<org>(?:the[ \u00a0]+)?[A-Z][\w'’&.-]*"
    r"(?:[ \u00a0]+(?:(?:of|and|the|for|&)[ \u00a0]+)?[A-Z][\w'’&.-]*){0,5})"
)

#: (English) the same with an honorific before a surname alone: ``Mr. Morgan of the Sierra Club``
_EN_TITLED_NAME_OF_ORG = re.compile(
    r"(?:(?:But|And|However|Meanwhile|[Aa]s|but|and)[ \u00a0]+)?(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,2})"
    r"[ \u00a0]+(?:of|from)[ \u00a0]+(?P<org>(?:the[ \u00a0]+)?[A-Z][\w'’&.-]*"
    r"(?:[ \u00a0]+(?:(?:of|and|the|for|&)[ \u00a0]+)?[A-Z][\w'’&.-]*){0,5})"
)

#: (English) a relative clause set off by commas right before the cue: ``, whose films include X and Y,``
EN_RELATIVE_END = re.compile(r",[ \u00a0]+(?:who|whose)[ \u00a0][^\"“”.!?;\n]{2,200},[ \u00a0]*$")


#: (English) a sentence's opening place phrase and its comma: ``In Serbia,``, ``At the UN in Geneva,``
_EN_PLACE_OPENER = re.compile(
    r"(?:^|(?<=[.!?\n])[ \u00a0]*)(?:In|At|Across|Throughout|Outside|Inside|Near|Within)[ \u00a0][^,;.!?\"“”\n]{1,80},"
)


def _in_place_opener(text: str, name: str) -> bool:
    """(English) Whether ``name`` (its last word) is read only from a place phrase opening the clause that ends
    ``text`` (``In Serbia, for example, both Christian and Islamic leaders``): a subject never opens with ``In``."""
    openers = list(_EN_PLACE_OPENER.finditer(text))
    if not openers:
        return False
    opener = openers[-1]
    if re.search(r"[.!?]", text[opener.end() :]):
        return False
    last = re.escape(name.split()[-1])
    word = rf"(?<![\w'’-]){last}(?![\w'’-])"
    return re.search(word, opener.group()) is not None and re.search(word, text[opener.end() :]) is None


def _en_speaker_before(text: str, registry: Registry) -> Speaker | None:
    """(English) ``speaker_before_cue``: the special subject forms first, then ``_speaker_before``; a name it
    reads from the run after ``in``/``at`` ending the phrase is a place (``detainee 'A' in Woodhill Prison``),
    so nobody is named (Speaker(None, None)). A name read from inside a who/whose clause ending the phrase is not
    the subject: the phrase before that clause is read instead."""
    speaker = _en_speaker_before_plain(text, registry)
    if speaker is not None and speaker.name and not speaker.pronoun and _in_place_opener(text, speaker.name):
        return Speaker(None, None)  # ``In Serbia, for example, church leaders said``: Serbia is no subject
    relative = EN_RELATIVE_END.search(text) if speaker is not None and speaker.name else None
    if speaker is not None and speaker.name and relative is not None and relative.start() > 0:
        last = speaker.name.split()[-1]
        if re.search(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", text[relative.start() :]):
            # ``The Oscar-nominated actor, whose films include ... Star Wars: The Phantom Menace, said``
            return _en_speaker_before_plain(text[: relative.start()], registry)
    return speaker


def _en_speaker_before_plain(text: str, registry: Registry) -> Speaker | None:
    """``_en_speaker_before`` without the check of a who/whose clause ending ``text``."""
    special = _en_subject_forms(text, registry)
    if special is not None:
        return special
    segment = re.split(r"[,;]", text)[-1].strip()
    affiliated = _EN_TITLED_NAME_OF_ORG.fullmatch(segment) or _EN_NAME_OF_ORG.fullmatch(segment)
    if affiliated is not None:
        # ``Laura Brownlees of Save the Children said``: a known person's whole name, then ``of``/``from`` and a
        # capitalised organisation: the person speaks, not the organisation's last word
        tokens = TOKEN.findall(affiliated.group("name"))
        known = registry.person_in([clean_word(t) for t in tokens]) if tokens else None
        if known is not None and known[1] == len(tokens):
            return Speaker(known[0], affiliated.group("org"))
        if affiliated.re is _EN_TITLED_NAME_OF_ORG:
            # ``Mr. Morgan of the Sierra Club said``: the honorific makes a lone surname a person's
            held = registry.canonical(affiliated.group("name"))
            if registry.is_known_person(held):
                return Speaker(held, affiliated.group("org"))
    speaker = _speaker_before(text, registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun:
        return speaker
    segments = re.split(r"[,;]", text)
    # the segment the name ends: the last, or (an aside after it: ``Officials in Baghdad, however, said``) the last
    # one written before a short lower-case aside
    parts = [segments[-1]]
    if len(segments) >= 3 and not segments[-1].strip() and segments[-2].strip()[:1].islower():
        parts.append(segments[-3])
    for segment in parts:
        tokens = _tail_tokens(segment)
        if tokens and registry.person_in([clean_word(t) for t in tokens]) is None and speaker.name.endswith(tokens[-1]):
            at = segment.rfind(tokens[0])
            if at > 0 and _EN_LOCATIVE.search(segment[:at]):
                return _apposed_before_role(segments, registry) or Speaker(None, None)
    return speaker


#: (English) a role phrase of an employer set off after a name, maybe after an article: ``a broker at Lind-Waldock``
_EN_ARTICLE = re.compile(r"(?:an?|the)[ \u00a0]+")


def _apposed_before_role(segments: list[str], registry: Registry) -> Speaker | None:
    """(English) ``Rich Ilczyszyn, a broker at Lind-Waldock said``: the role phrase of an employer after the last
    comma has no comma of its own before the cue; the known person's whole name (or a name of two or three
    capitalised words read as a person's) right before that comma speaks, not the employer after ``at``."""
    if len(segments) < 2:
        return None
    role = segments[-1].strip()
    article = _EN_ARTICLE.match(role)
    if article is None or _EN_ROLE_OF.fullmatch(role[article.end() :]) is None:
        return None
    tokens = TOKEN.findall(segments[-2].strip())
    if len(tokens) < 2 or not all(t[:1].isupper() for t in tokens):
        return None
    known = registry.person_in([clean_word(t) for t in tokens])
    if known is not None and known[1] == len(tokens):
        return Speaker(known[0], role)
    # (a name the people stage missed, ``Rich Ilczyszyn``: two or three capitalised words read as a person's)
    name = " ".join(clean_word(t) for t in tokens)
    if len(tokens) <= 3 and registry.is_person_like(name) and registry.organization(name) is None:
        return Speaker(name, role)
    return None


#: (English) the employer's name in a role phrase, maybe with the body it belongs to (``the Scottish Local
#: Authority Management Centre at Strathclyde University``)
_EN_EMPLOYER = (
    r"[A-Z][\w'’&.-]*(?:[ \u00a0]+(?:of[ \u00a0]+|and[ \u00a0]+|&[ \u00a0]+)?[A-Z][\w'’&.-]*){0,5}"
    r"(?:[ \u00a0]+(?:at|of|in)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"[A-Z][\w'’&.-]*(?:[ \u00a0]+(?:of[ \u00a0]+|and[ \u00a0]+|&[ \u00a0]+)?[A-Z][\w'’&.-]*){0,5})?"
)
#: (English) a lower-case role phrase of an employer: ``executive partner of Tods Murray``, ``head of news at X``
_EN_ROLE_OF = re.compile(
    r"(?:[a-z][\w-]*[ \u00a0]+){0,3}(?P<role>[a-z][\w-]*|CEO|CFO|COO|CTO)[ \u00a0]+(?:of|at|for|with)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?" + _EN_EMPLOYER
)
#: (English) the same role phrase written in title case: ``Group Economist at Halifax``, ``Chief Executive of X``
_EN_TITLED_ROLE_OF = re.compile(
    r"(?:[A-Z][\w-]*[ \u00a0]+){0,3}(?P<role>[A-Z][a-z][\w-]*)[ \u00a0]+(?:of|at|for|with)[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"(?P<org>{_EN_EMPLOYER})"
)


def _person_of_affiliation(text: str, registry: Registry) -> Speaker | None:
    """(English) ``Colin Asplin, Blackpool Hotel Association said``: a known person's name, a comma, then an
    organisation the article names (its whole segment): the person speaks, the organisation is the role."""
    segments = [seg.strip() for seg in re.split(r"[,;]", text)]
    if segments and segments[-1] == "":
        segments = segments[:-1]
    if len(segments) < 2:
        return None
    role = _EN_ROLE_OF.fullmatch(segments[-1])
    titled = _EN_TITLED_ROLE_OF.fullmatch(segments[-1]) if role is None else None
    if titled is not None and registry.person_in([clean_word(t) for t in TOKEN.findall(titled.group("org"))]) is None:
        # ``Tim Crawford, Group Economist at Halifax, said``: a role of an employer in title case; the
        # employer names no person (``President of France Jacques Chirac`` is no such phrase)
        role = titled
    if role is not None and lower_token(role.group("role")) in ROLE_WORDS:
        # ``Peter Misselbrook, executive partner of Tods Murray said``: a lower-case role of an employer
        tokens = TOKEN.findall(re.split(r"[.!?:\"“”]\s", segments[-2])[-1])
        known = registry.person_in([clean_word(t) for t in tokens]) if tokens else None
        return Speaker(known[0], segments[-1]) if known is not None and known[1] == len(tokens) else None
    if not registry.organization(segments[-1]):
        return None
    tokens = TOKEN.findall(segments[-2])
    known = registry.person_in([clean_word(t) for t in tokens]) if tokens else None
    if known is None or known[1] != len(tokens):
        return None
    return Speaker(known[0], segments[-1])


def _role_subject(text: str, registry: Registry) -> Speaker | None:
    """(Indonesian) ``Bupati Poso mengatakan``: a subject that is only the role the article gave one named
    person (``Bupati Poso Darmin A. Sigilipu``) is that person. Only lower-case words may stand before it in
    its clause (``namun, Bupati Poso``); a capitalised word there would be part of another name."""
    segment = re.split(r"[,;:]", text)[-1]
    words = TOKEN.findall(segment)
    for k in range(len(words) - 1):
        if k and any(is_cap(w) for w in words[1:k]):
            break
        if k and is_cap(words[0]) and not registry.function_word(words[0]) and not registry.lead_word(words[0]):
            break
        holder = registry.role_holder(" ".join(words[k:]))
        if holder is not None:
            return Speaker(registry.canonical(holder.name), holder.role)
    return None


#: an academic or medical degree written after a name and its comma (``S.H.``, ``M.Si``, ``Sp.PD``, ``Sp. Rad``,
#: ``SpOG``, ``Ph.D``, ``MBA``)
_DEGREE_WORD = (
    r"(?:Sp\.?[ \u00a0]?[A-Z][A-Za-z]{0,4}\.?|[SMD][ \u00a0]?\.[ \u00a0]?[A-Z][A-Za-z]{0,3}\.?(?:[A-Z][a-z]{0,3}\.?)?"
    r"|Ph\.?[ \u00a0]?D\.?|(?:SH|SE|MH|MM|MBA|MSi|MSc|BSc|SIP|SKom|SPd|MPd|SSos|MKes|MPH|LLM|Lc|SKM|Apt)\.?)"
    r"(?![\w'’-])"
)
#: the last comma segment of a phrase when it is a degree and what trails it (``, Sp. Rad (K) OnkRad``)
_DEGREE_TAIL = re.compile(
    r",[ \u00a0]*" + _DEGREE_WORD + r"(?:[ \u00a0]*(?:\([A-Za-z]{1,4}\)|[A-Z][A-Za-z.]{0,7}(?![\w'’-])))*[ \u00a0,]*$"
)
#: one token that is an academic degree written with its dots (``M.Hum.``, ``S.Sos``, ``Ph.D``)
_DEGREE_TOKEN = re.compile(r"(?:[SMD]\.[A-Z][A-Za-z]{0,3}\.?(?:[A-Z][a-z]{0,3}\.?)?|Ph\.D\.?)")
#: a name word ending a phrase
_NAME_END = re.compile(r"[A-Z][\w'’-]*\.?$")


def without_degrees(text: str) -> str:
    """``Prof. Dr. Budi Santoso, Sp. Rad (K) OnkRad menyebut``: the degrees after the name's comma are no name;
    the phrase ends with the name. Only when a name word stands before the degrees."""
    stripped = text
    for _ in range(4):
        match = _DEGREE_TAIL.search(stripped)
        if match is None:
            break
        stripped = stripped[: match.start()].rstrip(" \u00a0")
    return stripped if stripped != text and _NAME_END.search(stripped) else text


#: a bracketed aside opening with a lower-case word, ending the phrase (``RM (yang dulu bernama ...)``)
_LOWER_ASIDE = re.compile(r"[ \u00a0]*\([ \u00a0]*[a-z][^()\n]{0,150}\)[ \u00a0,]*$")
#: a sentence end that lost its space (``... tahun depan.Saleh Abdurrahman, ...``)
_GLUED_SENTENCE = re.compile(r"(?<=[a-z\d)])[.!?](?=[A-Z][A-Za-z])")
#: an acronym in brackets right after a lower-case word, ending the phrase
_GLOSSED_ACRONYM = re.compile(
    r"(?P<word>(?<![\w'’-])[a-z][a-z-]*)[ \u00a0]*\([ \u00a0]*[A-Z][A-Za-z]{1,7}[ \u00a0]*\)[\s,]*$"
)
#: ``dari``/``asal`` and a capitalised affiliation (then places after commas) ending the phrase; not an
#: epithet that ends in a lower-case word (``Pelatih asal Brasil itu``)
_AFFILIATION = re.compile(
    r"[ \u00a0]+(?:dari|asal)[ \u00a0]+(?P<places>[A-Z][\w'’-]*(?:[^,;.!?]{0,80}?[ \u00a0][A-Z][\w'’-]*)?"
    r"(?:,[ \u00a0]*[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)?)*)[\s,]*$"
)
#: a capitalised word glued to the word before it (``Kerja SamaTaufik Ariyanto``): a lost space
_GLUED_WORD = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+)([A-Z][a-z]{2,})(?![\w'’-])")


def _after_glued_end(text: str) -> str:
    """``text`` from its last sentence end that lost its space."""
    ends = [match.end() for match in _GLUED_SENTENCE.finditer(text)]
    return text[ends[-1] :] if ends else text


def _unglue(text: str, registry: Registry) -> str:
    """Put back the space a scrape lost between a plain word and a name (``SamaTaufik`` -> ``Sama Taufik``).

    Only a left part that the body also writes in lower case (or a stop word) counts, so
    ``YouTube`` or ``MacArthur`` stay whole.
    """
    if not _GLUED_WORD.search(text):
        return text
    return _GLUED_WORD.sub(
        lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1).lower() in registry.lower_words else m.group(0), text
    )


#: ``Plt.``/``Plh.``/``Pj.``: an acting holder, before the role word
_ACTING = re.compile(r"^(?:Plt|Plh|Pjs|Pj)\.?[ \u00a0]+(?=[A-Z])")


def _role_apposition(text: str, registry: Registry) -> Speaker | None:
    """``Saleh Abdurrahman, Sekjen Dewan Energi Nasional mengatakan``: a name, a comma, a role phrase.

    The clause is exactly two comma segments (a trailing comma allowed): a run of capitalised
    name words, then a phrase that opens with a role word. The name is the first segment, even
    when the role phrase ends in a word that looks like a name (``Corporate Secretary Jasa Marga``).
    """
    segments = [seg.strip() for seg in re.split(r"[,;]", text)]
    if segments and segments[-1] == "":
        segments = segments[:-1]
    if len(segments) != 2:
        return None
    head, role = segments
    role = _ACTING.sub("", role)  # ``Plt. Direktur Jenderal ...``: an acting holder of the role
    role_words = role.split()
    first = lower_token(role_words[0]) if role_words else ""
    if not first or len(role_words) > 12 or first not in ROLE_HEADS:
        return None
    if _own_name(role_words, registry):
        return None  # ``Senada, analis Erdhika Sekuritas Hendri Widiantoro``: the role phrase names its holder
    name = _apposed_name(TOKEN.findall(head), registry)
    return Speaker(name, role) if name else None


def _own_name(words: list[str], registry: Registry) -> bool:
    """A role phrase that ends in a full name: two name words or more, or a known person of two words or more."""
    known = registry.person_in([clean_word(w) for w in words])
    if known is not None and known[1] >= 2:
        return True
    run = 0
    for word in reversed(words):
        if not is_cap(word) or registry.common(word) or lower_token(word) in ORG_WORDS:
            break
        run += 1
    return run >= 2


def _apposed_name(tokens: list[str], registry: Registry) -> str | None:
    """The name a segment of nothing but capitalised name words gives (``Aryan Warga Dalam``), else None.

    The first word must be a name word; a later one may be a plain word capitalised inside the
    name (``Dalam``), but no role, organisation or title word, acronym or place.
    """
    if not 1 <= len(tokens) <= 5 or not all(is_cap(t) for t in tokens) or registry.common(tokens[0]):
        return None
    if registry.lead_word(tokens[0]) or (len(tokens) == 1 and registry.plain_word(tokens[0])):
        return None  # ``Mengutip ZDnet, ...``, ``Senada, ...``
    words = [clean_word(t) for t in tokens]
    if any(lower_token(w) in ROLE_WORDS | ORG_WORDS | NOT_NAMES or is_acronym(w) for w in words):
        return None
    phrase = " ".join(words)
    if names_place(phrase, registry.language) or registry.organization(phrase):
        return None
    known = registry.person_in(words)
    if known is not None and known[1] == len(words):
        return known[0]
    return registry.canonical(phrase)


def _speaker_before(text: str, registry: Registry, language: str) -> Speaker | None:
    """``speaker_before_cue`` on the cleaned ``text``: the name ending it, else an appositive's name."""
    segments = [s.strip() for s in re.split(r"[,;]", text)]
    last = segments[-1] if segments else ""
    tokens = _tail_tokens(last)
    if language != "en" and tokens and _object_of_preposition(last, tokens) and registry.person_in(tokens) is None:
        # ``Pria yang ... juara di Losail mengatakan``: the name is a place or object, not the subject
        if _relative_epithet(last, registry):
            return Speaker(None, None, pronoun=True)
        tokens = []
    if language == "en" and len(segments) == 1 and last in ("it", "It"):
        return pronoun_speaker("it")  # ``," it added``: the organisation named before (never ``put it:``)
    if tokens:
        pronoun = pronoun_of(tokens[-1:], language)
        if pronoun is not None:
            return pronoun_speaker(pronoun)
        name, role = name_from_run(tokens, registry)
        if name is not None and language != "en" and names_place(name, language) and _UNNAMED_OF_PLACE.search(last):
            return Speaker(None, None)  # ``pejabat Israel``, ``sumber pemerintah AS``: someone of that country, unnamed
        if name is not None:
            return Speaker(name, role)
    if language != "en" and len(segments) >= 2 and last:
        words = TOKEN.findall(last)
        if words and lower_token(words[0]) in ID_PRONOUNS:
            # ``..., ia juga enggan menjawab``: a pronoun opens the clause of the cue, so it is the subject
            return pronoun_speaker(lower_token(words[0]))
    if language != "en" and len(segments) >= 3 and last == "" and segments[-3]:
        # ``Kuasa korban yang melaporkan perkara ini, Sudarso Arief Bakuma, mengaku``: a lower-case role
        # phrase, then the name set off by commas; the name is the subject when the people stage knows it
        run = TOKEN.findall(segments[-2])
        if run and all(is_cap(w) or is_initial(w) for w in run):
            name, _ = name_from_run(run, registry)
            if name is not None and registry.is_known_person(registry.canonical(name)):
                return Speaker(name, segments[-3])
    # ``Kirby, the spokesman, said``: an appositive between name and cue
    closed = len(segments) >= 3 and last == ""
    if closed:
        segments = segments[:-1]
    if len(segments) >= 2:
        apposition = segments[-1]
        head = apposition.split()[0] if apposition.split() else ""
        # (English) a longer apposition when a comma closes it right before the cue, as two roles joined by ``and``:
        # ``James Zogby, a superdelegate from the District and the president of the D.C.-based Arab American
        # Institute, said``
        longest = 20 if language == "en" and closed else 14
        if apposition and (not is_cap(head) or is_possessive(head)) and len(apposition.split()) <= longest:
            k = len(segments) - 2
            if language == "en":
                # ``..., but Christoph Caselitz, president of ...``: a conjunction opens the name's clause
                segments[k] = _EN_CONJUNCTION.sub("", segments[k])
            # ``Harry Bond, 30, of Raleigh, N.C., who ...``: age, place and state are not the name
            while k > 0 and (
                not segments[k] or not is_cap(segments[k].split()[0]) or (len(segments[k]) <= 6 and "." in segments[k])
            ):
                k -= 1
            tokens = _tail_tokens(segments[k])
            if tokens and pronoun_of(tokens[-1:], language) is None:
                name, _ = name_from_run(tokens, registry)
                if name is not None:
                    return Speaker(name, apposition)
    return None


#: (Indonesian) a person's noun in lower case before a place ending the subject: an official, source or officer of
#: that country speaks, unnamed (``pejabat Israel``, ``Sumber pemerintah AS``, ``Petugas keamanan AS``)
_UNNAMED_OF_PLACE = re.compile(
    r"(?<![\w-])(?:[Pp]ejabat|[Pp]etugas|[Ss]umber|[Aa]parat|[Dd]iplomat|[Pp]erwira|[Aa]gen)(?:[ \u00a0]+[a-z]+){0,2}"
    r"[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*)?[ \u00a0]*$"
)
_PREPOSITIONS = frozenset(
    {"di", "ke", "dari", "pada", "kepada", "dalam", "untuk", "bagi", "oleh", "dengan", "atas", "terhadap", "antara"}
)


def _object_of_preposition(segment: str, tail: list[str]) -> bool:
    """The short name run (two words or fewer) ending ``segment`` follows a preposition (``di Losail``)."""
    words = TOKEN.findall(segment)
    k = len(words) - len(tail)
    return k > 0 and lower_token(words[k - 1]) in _PREPOSITIONS and len(tail) <= 2


def _relative_epithet(segment: str, registry: Registry) -> bool:
    """``Pria yang tahun lalu ...``: a plain noun or a role, then ``yang``: a description of a person named before."""
    words = segment.split()
    return (
        len(words) >= 3
        and words[1] == "yang"
        and is_cap(words[0])
        and (registry.plain_word(words[0]) or lower_token(words[0]) in ROLE_WORDS)
    )


def _tail_tokens(segment: str) -> list[str]:
    """The role-and-name tokens that end ``segment`` (read backwards)."""
    tokens = TOKEN.findall(segment)
    out: list[str] = []
    for token in reversed(tokens):
        low = lower_token(token)
        if not low:
            continue
        if low in NOT_NAMES:
            break
        if is_possessive(token) and out:
            break  # ``Clinton’s aide Jake Sullivan``: the possessive is not part of the name
        if phrase_word(token, low):
            out.append(token)
            if len(out) >= 14:
                break
            if low in ID_PRONOUNS or low in EN_PRONOUNS or low in PLURAL_PRONOUNS:
                break  # a pronoun subject ends the phrase
            continue
        break
    out.reverse()
    while out and lower_token(out[0]) in CONNECTORS:
        out.pop(0)
    return out


#: (English) person nouns that may head a lower-case role phrase between an owner and a holder's name
#: (``Oxfam senior policy adviser Max Lawson``, ``Palace stadium manager Kevin Corner``, ``Scissor Sisters
#: frontwoman Ana Matronic``)
_EN_GAP_HEADS = EN_OWNED_ROLES | frozenset(
    {"fan", "user", "supporter", "member", "frontman", "frontwoman", "singer", "star", "player", "founder"}
    | {"owner", "manager", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "guitarist"}
    | {"drummer", "presenter", "producer", "director", "researcher", "scientist", "campaigner", "activist"}
    | {"candidate", "leader", "worker", "resident", "doctor", "officer", "official", "expert", "consultant"}
    # a contest's candidates: ``Republican presidential nominee Donald Trump``, ``Democratic hopeful John Kerry``
    | {"nominee", "hopeful", "challenger", "contender", "frontrunner", "front-runner"}
    # a politician's people: ``Former Obama speechwriter Jon Favreau``, ``Trump surrogate Katrina Pierson``
    | {"speechwriter", "writer", "operative", "surrogate", "ally", "donor", "backer", "loyalist", "confidant"}
    | {"staffer", "delegate", "critic", "biographer", "fundraiser"}
)
#: (English) lower-case words that make a gap a clause, not a role phrase (``Chelsea have sacked Adrian Mutu``)
_EN_GAP_VERBS = frozenset(
    {"has", "have", "had", "is", "was", "are", "were", "be", "been", "being", "will", "would", "can", "could"}
    | {"may", "might", "must", "shall", "should", "do", "does", "did", "to", "and", "or"}
)


def en_gap_holder(tokens: Sequence[str], k: int, registry: Registry) -> tuple[str, str, int] | None:
    """(English) ``tokens[k:]`` open with one to four lower-case words headed by a person noun, then a known
    person's whole name (two words or more): ``[Oxfam] senior policy adviser Max Lawson``. Returns the name,
    the role words and the index after the name; None when the words are a clause or the name is unknown."""
    gap: list[str] = []
    j = k
    while j < len(tokens) and len(gap) <= 4 and tokens[j][:1].islower():
        gap.append(tokens[j])
        j += 1
    if not gap or len(gap) > 4 or j >= len(tokens) or not is_cap(tokens[j]):
        return None
    words = [lower_token(t) for t in gap]
    if any(t != clean_word(t) for t in gap) or words[-1] not in _EN_GAP_HEADS:
        return None
    for low in words:
        if low in EN_FUNCTION or low in _EN_GAP_VERBS or low in EN_PRONOUNS:
            return None
        if low not in _EN_GAP_HEADS and low.endswith(("ed", "ly")):
            return None
    run: list[str] = []
    for token in tokens[j : j + 4]:
        if not is_cap(token):
            break
        run.append(clean_word(token))
        if token != clean_word(token):
            break  # ``Max Lawson,``: the name ends at its punctuation
    for n in range(len(run), 1, -1):
        known = registry.person_in(run[:n])
        if known is not None and known[1] == n:
            return known[0], " ".join(words), j + n
    return None


def subject_of(clause: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker who opens ``clause`` (``Cruz continued:``, ``Reporter Jo Smith says:``)."""
    tokens = TOKEN.findall(dehyphen(clause[-240:]))
    definite = False  # the last word dropped is ``the`` (``The Vermont senator``)
    while (
        tokens
        and (
            lower_token(tokens[0]) in EN_FUNCTION
            or tokens[0][:1].isdigit()
            or not lower_token(tokens[0])
            # (English) ``— Cruz called them on it:``: a dash closing an aside before the subject
            or (language == "en" and not any(ch.isalnum() for ch in tokens[0]))
        )
        and lower_token(tokens[0]) not in EN_PRONOUNS
    ):
        definite = lower_token(tokens.pop(0)) == "the"
    run: list[str] = []
    for k, token in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if run and lower_token(token) in ("of", "the") and is_cap(following):
            run.append(token)  # ``Secretary of State Madeleine Albright``
            continue
        if is_possessive(token) and is_cap(token) and is_cap(following):
            run = []  # ``CNN's Gloria Borger``
            continue
        if is_cap(token) or (run and lower_token(token) in NAME_PARTICLES):
            run.append(token)
            if len(run) >= 8:
                break
            continue
        if not run and lower_token(token) in (ID_PRONOUNS | EN_PRONOUNS):
            return pronoun_speaker(lower_token(token))
        if not run and lower_token(token) in LOWER_ROLE:
            run.append(token)
            continue
        if run and language == "en" and lower_token(token) in ROLE_WORDS and is_cap(following):
            run.append(token)  # ``Lib Dem chairman Matthew Taylor``: a role noun between an owner and the name
            continue
        if run and language == "en" and token[:1].islower() and all(is_cap(t) for t in run):
            holder = en_gap_holder(tokens, k, registry)
            if holder is not None:
                # ``Oxfam senior policy adviser Max Lawson welcomed``: the holder speaks, not the owner
                return Speaker(holder[0], " ".join([*run, holder[1]]))
        if definite and run and language == "en" and lower_token(token) in EN_PERSON_ROLES and not is_cap(following):
            # ``The Vermont senator emailed``: the capitalised words modify a role noun; an epithet, not a name
            return Speaker(None, lower_token(token), pronoun=True, epithet=True)
        break
    if not run or not any(is_cap(t) for t in run):
        return None
    name, role = name_from_run(run, registry)
    return Speaker(name, role) if name else None


#: (English) role words that name a person, not a body or a function (``campaign``, ``staff``, ``press``)
EN_PERSON_ROLES = ROLE_WORDS - frozenset(
    {"campaign", "communication", "communications", "operations", "corporate", "public", "relations", "press"}
    | {"staff", "senior", "former", "deputy", "vice", "general", "majority", "minority", "conservative", "liberal"}
)

#: words that open a subordinate clause: its subject is not the sentence's
_SUBORDINATORS = frozenset(
    {"after", "as", "although", "because", "before", "if", "once", "since", "though", "until", "when", "while"}
)


#: (English) the first words of an opening phrase before a sentence's subject (prepositions and subordinators)
_EN_OPENING_PREPOSITIONS = _SUBORDINATORS | frozenset(
    {"during", "on", "in", "at", "amid", "following", "despite", "throughout", "earlier", "later", "last"}
    | {"based"}  # ``Based on its review of published studies, the FDA at this point said "``
)


#: (English) a post marked by its owner's possessive: maybe ``The``, capitalised words ending in ``'s`` or ``'``,
#: then one to four lower-case words (``The United Nations' emergency relief coordinator``)
_EN_OWNED_POST = re.compile(
    r"(?:The[ \u00a0]+)?(?:[A-Z][\w&.-]*[ \u00a0]+){0,4}[A-Z][\w&.-]*(?:['’]s|s['’])(?:[ \u00a0]+[a-z][\w-]*){1,4}"
)


#: (English) a segment that may be the state or country after a place: one to three capitalised words or an
#: abbreviation with periods (``N.H.``, ``Calif.``, ``New York``)
_EN_PLACE_TAIL = re.compile(r"[ \u00a0]*[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,2}[ \u00a0]*")


def sentence_subject(clause: str, registry: Registry, language: str) -> Speaker | None:
    """The named subject of the sentence ``clause`` opens, skipping a short opening phrase.

    ``Hours later, Trump returned the compliment`` gives Trump; ``Silverman, herself a
    supporter, incurred`` gives Silverman; a clause whose subject is not a name gives None.
    """
    segments = [seg for seg in dehyphen(clause[-300:]).split(",")]
    if language == "en" and len(segments) >= 2 and segments[0].split():
        # ``James Hardie chairwoman, Meredith Hellicar, said``: a role phrase, then a known name set off by commas
        name = registry.canonical(segments[1].strip()) if segments[1].strip() else ""
        if name and registry.is_known_person(name) and (
            lower_token(segments[0].split()[-1]) in EN_PERSON_ROLES or _EN_OWNED_POST.fullmatch(segments[0].strip())
        ):
            # ``The United Nations' emergency relief coordinator, Jan Egeland, said``: a post its owner's
            # possessive marks as one, whatever its noun
            return Speaker(name, segments[0].strip())
    opening = segments[0].split()[:1] if segments else []
    if len(segments) > 1 and opening and lower_token(opening[0]) in _SUBORDINATORS:
        segments = segments[1:]  # ``After Brown criticized Clinton, Hillary shot back``: the main clause's subject
    after_opening, limit = False, 3
    for index, segment in enumerate(segments[:4]):
        if index >= limit:
            break
        first = segment.split()[:1]
        opening_phrase = first and lower_token(first[0]) in _EN_OPENING_PREPOSITIONS
        if language == "en" and opening_phrase and index + 1 < len(segments):
            # ``During a national security speech earlier in the day, Trump attacked ...``, ``On Thursday, after
            # remaining neutral ..., Warren ... endorsed``: an opening phrase, however long, holds no subject
            after_opening = True
            continue
        if (
            language == "en"
            and after_opening
            and index + 1 < len(segments)
            and _EN_PLACE_TAIL.fullmatch(segment)
            and not registry.is_known_person(registry.canonical(segment.strip()))
        ):
            # ``The day before, at a rally in Concord, N.H., Aubrey Pelletier hoisted ...``: the state or country set
            # off after the place that ends an opening phrase belongs to that phrase
            limit += 1
            continue
        after_opening = False
        speaker = subject_of(segment, registry, language)
        if speaker is not None:
            if speaker.name is not None and " " not in speaker.name and _common_english(speaker.name):
                speaker = None
            else:
                return speaker
        if len(segment.split()) > 4 or index + 1 >= len(segments):
            return None
    return None
