"""People named in an article, with the role that introduces them.

A name is a run of capitalised words that are not organisation, place, role
or common words (generator/data/people.yaml). A run of two or more words is
a name when it starts with a known first name, when its context says so (a
role before it, a speech verb beside it, an honorific) or, in Indonesian
text, by default; a single word needs such context or must repeat part of a
name already found ("Kirby" after "John Kirby"). First names come from the
gender-guesser package's dictionary when it is installed, plus
generator/data/given_names.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from generator.dates import EN_WEEKDAY_NAMES
from generator.mentions import Token, fold, tokenize
from generator.name_lexicon import (
    RARE_ZIPF,
    RARE_ZIPF_ID,
    Lexicon,
    frequent_anywhere,
    given_names,
    is_common_word,
    lexicon,
    word_zipf,
)
from generator.person_aliases import (
    Building,
    add_repeated_subjects,
    contains,
    known_aliases,
    lower_word_follows,
    merge_aliases,
    note_alias,
)
from generator.person_roles import (
    DIRECT_COMMON_ZIPF,
    Stretch,
    make_stretch,
    trim_leading,
)
from generator.places import place_index
from generator.quote_words import ID_TAG_ONLY, ID_VERB_FIRST
from generator.records import Person

# a stock ticker in brackets right after a name: "Goldman Sachs (GS.N: Quote ...)", "Apple (NASDAQ: AAPL)"
_TICKER_AFTER = re.compile(r" \((?:NYSE|NASDAQ|Nasdaq|[A-Z]{1,5}\.[A-Z]{1,2})[:)]")
# a match score right after or right before a name: the name is a team's
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}[ \t]*[-\u2013][ \t]*\d{1,2}(?![\d/])")
_SCORE_BEFORE = re.compile(r"(?<![\d/])\d{1,2}[ \t]*[-\u2013][ \t]*\d{1,2}[ \t]+$")
# two set scores in a row after a name ("swept aside Venus Williams 6-3 6-2", "beat Tim Henman 7-6 (7-5), 6-4"): a
# tennis or badminton result, whose sides are players, not teams
_SET_SCORES_AFTER = re.compile(
    r"[ \t]+\d{1,2}[ \t]*[-\u2013][ \t]*\d{1,2}(?:[ \t]*\(\d{1,2}[-\u2013]\d{1,2}\))?,?"
    r"[ \t]+\d{1,2}[ \t]*[-\u2013][ \t]*\d{1,2}(?![\d/])"
)
# A line-up or roll call: "Man City: James, Mills (Bradley Wright-Phillips 83), Dunne."
# A colon after one to four capitalised words, then two or more items of one to
# four capitalised words (a minute or a bracketed note may follow), then a full stop.
_ITEM = r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’-]*){0,3}(?: \d{1,3}(?: og)?)?(?: \([^()\n]{1,40}\))?"
_LINEUP_RE = re.compile(
    rf"(?:^|(?<=[.\n\"”] ))(?:[^\W\d_][\w'’-]* ){{0,3}}[^\W\d_][\w'’-]*(?: \([^()\n]{{1,24}}\))?: "
    rf"({_ITEM}(?: ?[,;] {_ITEM})+)(?=\.(?:\s|$))",
    re.MULTILINE,
)
# A reporter's name in brackets closing the article after its last sentence
# ("... lapangan. (Tri)", "(Antara/Budi Santoso)"); not "... Komoditi (Bappebti).")
_CLOSING_CREDIT_RE = re.compile(
    r"[.!?\"”\n][ \t]*\((?:[^()\n/]{1,30}/[ \t]*)?([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]*\)[ \t.]*$"
)
# (English) a wire service's credit line in brackets: "(Reporting by Chip Barnett in New York and Jim
# Christie in San Francisco; Editing by Leslie Adler)"; each name of two to four capitalised words
# after "by", a comma or "and" is a reporter's or an editor's
_EN_CREDIT_RE = re.compile(
    r"\((?:Additional |Further )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited|[Rr]eported|[Ww]ritten)"
    r" by [^()\n]{3,400}\)"
)
_EN_CREDIT_NAME = re.compile(r"(?:\bby|,|\band|&) ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?=[ ;,.)])")
_LABELLED_RE = re.compile(r"\b([^\W\d_][\w'’-]*): ([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’-]*){0,3})")


# (English) a US lawmaker's party and state or home town as one word ("R-Hooksett", "D-Ill"): no name
_EN_PARTY_WORD = re.compile(r"[RDI]-[A-Z][\w.]*")
# (English) a capitalised word made an adjective by a hyphened ending ("Beatles-esque", "Janet
# Jackson-style", "Japan-based", "PET-bottled", "Lindsey Graham-type"): no name word
_EN_COMPOUND_ADJECTIVE = re.compile(
    r"[^\W\d_][\w'’.]*-(?:style|type|esque|based|born|owned|led|run|backed|made|era|like|trained"
    r"|bottled|inspired|linked|funded|themed|focused|friendly|sized|shaped)"
)
def _en_demonym(word: str) -> bool:
    """(English) a word in -an or -ian that is the adjective of a country or a place the gazetteer knows
    ("Venezuelan" of Venezuela, "Albanian", "Namibian", "Texan" of Texas)."""
    if len(word) < 6 or not word.endswith("an") or not word[:1].isupper() or not word[1:].islower():
        return False
    stem = word[:-1]
    return _en_known_place(stem) or _en_known_place(stem + "s")


def _en_known_place(text: str) -> bool:
    """(English) the gazetteer knows ``text`` as a whole ("Hong Kong")."""
    words = tokenize(text)
    if not words:
        return False
    hit = place_index("en").match_at(words, 0)
    return hit is not None and hit.stop == len(words)


# (English) a dash written without spaces before a relative pronoun or a conjunction ("Jan Brewer-who last year")
_EN_DASH_CLAUSE = re.compile(r"[^\W\d_][\w'’.]*-(?:who|whose|which|whom|and|but|or|the|that)")
_HANDLE_RE = re.compile(r"(?<![\w@])@[\w.]+")


def _lower_vocab(body: str, tokens: Sequence[Token]) -> set[str]:
    """Words the article writes in lower case, leaving out social-media handles
    ("Massy Arias (@massy.arias)": the handle does not make "arias" a word)."""
    if "@" not in body:
        return {t.key for t in tokens if not t.cap and t.text[:1].isalpha()}
    handles = [m.span() for m in _HANDLE_RE.finditer(body)]
    vocab: set[str] = set()
    h = 0
    for t in tokens:
        if t.cap or not t.text[:1].isalpha():
            continue
        while h < len(handles) and handles[h][1] <= t.start:
            h += 1
        if h < len(handles) and handles[h][0] < t.start:
            continue
        vocab.add(t.key)
    return vocab


def find_people(
    body: str, tokens: Sequence[Token], labels: Sequence[str | None], language: str
) -> list[Person]:
    """People in order of first mention, with partial mentions merged in."""
    lex = lexicon(language)
    lower_vocab = _lower_vocab(body, tokens)
    namey = [_is_namey(t, labels[t.index], lex, lower_vocab) for t in tokens]
    if language == "en":
        namey = [0 if v and _EN_PARTY_WORD.fullmatch(t.text) else v for t, v in zip(tokens, namey, strict=True)]
    if language == "id":
        namey = [
            0 if v and (_id_common_noun(t.key, lex) or _id_tag_after_quote(body, t)) else v
            for t, v in zip(tokens, namey, strict=True)
        ]
    weak = _en_weak_given(body, tokens, labels, namey) if language == "en" else frozenset()
    if weak:
        namey = [2 if k in weak else v for k, v in enumerate(namey)]
    plain = _en_plain_surnames(body, tokens, labels, namey, lex) if language == "en" else frozenset()
    if plain:
        namey = [1 if k in plain else v for k, v in enumerate(namey)]
    stretches = _stretches(body, tokens, labels, namey, lex, language, weak, plain)
    listed = _listed_stretches(body, tokens, labels, lex, language)
    if listed:
        taken = {k for st in listed for k in range(st.start, st.stop)}
        stretches = [st for st in stretches if not any(k in taken for k in range(st.start, st.stop))]
        stretches = sorted(stretches + listed, key=lambda st: st.start)
    if language == "en":
        stretches = [_en_without_compound_ending(body, tokens, labels, lex, st) for st in stretches]
        ends = {st.stop - 1: st for st in stretches}
        said = {st.words for st in stretches if st.context}
        for st in stretches:
            if not st.thing and st.words not in said and _en_owned_thing(body, tokens, ends, st, lex):
                st.thing = True
    things = {st.words for st in stretches if st.thing}
    stretches = [st for st in stretches if not st.glued]
    people: list[Building] = []
    accepted: set[int] = set()  # token indices of accepted full names
    placed = _en_placed_names(tokens, stretches, lex) if language == "en" else frozenset()
    # (English) names the article writes only after a place opener, a mid-sentence "The", as a member's seat or
    # after an employer's role: a place's, a work's, a seat's or a firm's, never a person's
    named_as_thing: frozenset[tuple[str, ...]] = frozenset()
    if language == "en":
        named_as_thing = (
            _names_only_where(stretches, lambda st: _en_after_place_opener(body, tokens, st, lex))
            | _names_only_where(stretches, lambda st: _en_after_mid_the(tokens, st, lex))
            | _names_only_where(stretches, lambda st: _en_constituency(tokens, st))
            | _names_only_where(stretches, lambda st: _en_after_employer_role(body, tokens, st, lex))
        )
    placed |= named_as_thing
    for st in stretches:
        if st.words in things or st.words in placed:
            continue
        if st.start in weak:  # kept by _stretches: a full name ("Mark Oaten")
            _add_full(people, st)
            accepted.update(range(st.start, st.stop))
            continue
        if len(_name_words(st.words, lex)) >= 2 and _accept_full(st, tokens, lex, language):
            _add_full(people, st)
            accepted.update(range(st.start, st.stop))
    singles = {st.start for st in stretches if st.stop - st.start == 1}
    owners = _en_org_owners(body, tokens, stretches, lex) if language == "en" else frozenset()
    for st in stretches:
        if len(_name_words(st.words, lex)) >= 2 or st.words in things or st.words in named_as_thing:
            continue
        target = _resolve(st.words, people, lex)
        if target is not None:
            target.mentions += 1
            note_alias(target, st.surface)
            if target.role is None and st.role:
                target.role = st.role
        elif owners and st.words in owners and not st.listed:
            continue  # "said Telewest chief executive Eric Tveter": a company, not a person
        elif language == "en" and not st.listed and _en_noun_modifier(body, tokens, st, lex):
            continue  # "said Cubs manager Mike Quade", "former UConn assistant Tom Moore"
        elif language == "en" and _en_saints_place(body, tokens, st):
            continue  # "St Stephen's Green", "St. Ann's Episcopal Church": a place named after a saint
        elif language == "en" and not st.listed and _en_demonym(tokens[st.start].text):
            continue  # "the Venezuelan government's intelligence service": an adjective of a country
        elif st.listed or (
            st.strong_context
            and not st.local
            and not _is_single_noise(st, tokens, lex, language, lower_vocab)
        ) or (not st.local and _coordinated(tokens, st, accepted, singles, lex)):
            people.append(Building(st.surface, st.words, st.role))
    if language == "id":
        add_repeated_subjects(body, tokens, labels, stretches, things, people, lex, lower_vocab)
    people = merge_aliases(body, tokens, people, lex)
    return [
        Person(name=p.surface, role=p.role, mentions=p.mentions, aliases=p.aliases)
        for p in people
    ]


# (English) lower-case nouns for the people of a team, company or cast besides the role words
_EN_STAFF_NOUNS = frozenset({
    "man", "men", "woman", "women", "executives", "teammate", "teammates", "team-mate", "team-mates",
    "starter", "player", "players", "staff", "staffer", "staffers", "employee", "employees", "fans",
    "officials", "colleague", "colleagues", "assistant", "assistants", "co-founder", "cofounder",
})  # not a person's own aide or adviser ("former Obama adviser David Axelrod")


def _en_noun_modifier(body: str, tokens: Sequence[Token], st: Stretch, lex: Lexicon) -> bool:
    """(English) a lone capitalised word written right before a lower-case role or staff noun
    modifies that noun: it is the team, company, work or place the role is held in, and the
    speech verb or role before it belongs to the person named after the noun ("said Cubs
    manager Mike Quade", "former UConn assistant Tom Moore", "former Goldman executives",
    "The Prince Caspian star plays ..."). That mention alone makes it no person. Not after a
    possessive ("President Bush's economic policies") nor before a role's modifier alone
    ("economic", "senior": role prefixes)."""
    stop = st.stop
    if stop - st.start != 1 or stop >= len(tokens):
        return False
    nxt = tokens[stop]
    if nxt.cap or not nxt.joined or body[tokens[stop - 1].end : nxt.start] != " ":
        return False
    if _en_staff_noun(nxt.key, lex):
        return True
    # a role's modifier, then the noun ("Chelsea assistant manager", "Sunderland chief executive")
    after = tokens[stop + 1] if stop + 1 < len(tokens) else None
    return (
        nxt.key in lex.role_prefixes
        and after is not None
        and after.joined
        and not after.cap
        and _en_staff_noun(after.key, lex)
    )


def _en_staff_noun(key: str, lex: Lexicon) -> bool:
    return key in _EN_STAFF_NOUNS or (key in lex.role_keys and key not in lex.role_prefixes)


def _en_owned_thing(
    body: str, tokens: Sequence[Token], owners: dict[int, Stretch], st: Stretch, lex: Lexicon
) -> bool:
    """(English) a name written right after a person's possessive ("Michelle Paver's Wolf Brother",
    "Mike Leigh's Vera Drake", "Geoff Hoon's Ashfield", "Nora's Infinite Playlist") with no role,
    speech verb or honorific beside it (here or, as the caller checks, anywhere): the person's
    work, character, product or place, not a person. The owner is a full name that opens with a
    first name; after a country's, a band's, a team's or a show's possessive a name is often a
    person's ("Ethiopia's Tirunesh Dibaba", "Coldplay's Chris Martin", "Ray's Taylor Hackford")."""
    start = st.start
    if start == 0 or not st.words or st.context or not tokens[start].joined:
        return False
    prev = tokens[start - 1]
    if body[prev.end : prev.end + 1] not in _APOSTROPHES or not body[prev.end : tokens[start].start].endswith(" "):
        return False
    owner = owners.get(start - 1)
    return owner is not None and owner.stop - owner.start >= 2 and owner.words[0] in lex.given


def _en_without_compound_ending(
    body: str, tokens: Sequence[Token], labels: Sequence[str | None], lex: Lexicon, st: Stretch
) -> Stretch:
    """(English) a name whose last word is made an adjective by a hyphened ending ("a Janet
    Jackson-style outfit", "a Lindsey Graham-type candidate") is the name without the ending; a
    lone such word ("Beatles-esque", "Japan-based") is no name (a thing). Such a word inside the run
    ends the name, and the words after it name the thing it describes ("the Joe Nacchio-led Qwest":
    Joe Nacchio). A dash written without spaces before a relative pronoun or a conjunction ("Governor
    Jan Brewer-who last year cut ...") is no part of the name either."""
    for k in range(st.start, st.stop - 1):
        text = tokens[k].text
        if "-" in text and (_EN_COMPOUND_ADJECTIVE.fullmatch(text) or _EN_DASH_CLAUSE.fullmatch(text)):
            cut_st = make_stretch(body, tokens, labels, st.start, k + 1, lex)
            cut_st.listed, cut_st.glued = st.listed, st.glued
            # what is left names a person only when it opens with a first name and is no known place ("Hong
            # Kong-based Hutchison Whampoa": a place, then the firm)
            cut_st.thing = (
                st.thing
                or cut_st.words[0] not in lex.given
                or _en_known_place(body[tokens[st.start].start : tokens[k].start + text.rfind("-")])
            )
            return _en_without_compound_ending(body, tokens, labels, lex, cut_st)
    last = tokens[st.stop - 1].text
    if "-" not in last:
        return st
    if _EN_DASH_CLAUSE.fullmatch(last):
        cut = len(last) - last.rfind("-")
        return replace(
            st, words=(*st.words[:-1], st.words[-1][: len(st.words[-1]) - cut]),
            surface=st.surface[: len(st.surface) - cut],
        )
    if not _EN_COMPOUND_ADJECTIVE.fullmatch(last):
        return st
    if st.stop - st.start == 1:
        st.thing = True
        return st
    cut = len(last) - last.rfind("-")
    return replace(
        st, words=(*st.words[:-1], st.words[-1][: len(st.words[-1]) - cut]), surface=st.surface[: len(st.surface) - cut]
    )


_EN_SAINTS = frozenset({"st", "saint"})


def _en_saints_place(body: str, tokens: Sequence[Token], st: Stretch) -> bool:
    """(English) a lone word after "St"/"St."/"Saint" and written with a possessive is a saint's
    name in a church's, a school's or a place's name ("St Stephen's Green Shopping Centre", "St
    David's Hall"), no person of the article."""
    start = st.start
    if st.stop - start != 1 or start == 0 or tokens[start - 1].key not in _EN_SAINTS:
        return False
    gap = body[tokens[start - 1].end : tokens[start].start]
    return gap in (" ", ". ") and body[tokens[start].end : tokens[start].end + 1] in _APOSTROPHES


# a saint's title or a place word that opens a place's, a team's or a church's name ("St. Louis Cardinals",
# "San Diego Padres", "Santa Cruz Sentinel", "Fort Pierce")
_EN_PLACE_OPENERS = frozenset({"st", "saint", "san", "santa", "santo", "são", "sao", "fort", "ft"})


def _names_only_where(
    stretches: Sequence[Stretch], test: Callable[[Stretch], bool]
) -> frozenset[tuple[str, ...]]:
    """The names (word tuples) of ``stretches`` for which ``test`` holds at every place the article writes them."""
    seen: dict[tuple[str, ...], bool] = {}
    for st in stretches:
        seen[st.words] = seen.get(st.words, True) and test(st)
    return frozenset(w for w, held in seen.items() if held)


def _en_after_place_opener(body: str, tokens: Sequence[Token], st: Stretch, lex: Lexicon) -> bool:
    """(English) a name written right after a capitalised "St", "Saint", "San", "Santa" or "Fort" ("The St. Louis
    Cardinals decided", "against San Diego Padres left-hander", "at St Andrews", "in St Helens", "the Santa Cruz
    Sentinel"): the rest of a place's, a team's or a church's name, not a person, where the article writes it
    only so. Not when a capitalised word other than a function word stands right before the opener ("Ian St
    John", "Aung San Suu Kyi", "Yves Saint Laurent"): the opener may then be inside a person's name."""
    start = st.start
    if start == 0 or st.listed:
        return False
    opener = tokens[start - 1]
    gap = body[opener.end : tokens[start].start]
    return (
        opener.cap
        and not opener.upper
        and opener.key in _EN_PLACE_OPENERS
        and (gap == " " or (gap == ". " and opener.key in ("st", "ft")))
        and not (
            start >= 2
            and opener.joined
            and tokens[start - 2].cap
            and tokens[start - 2].key not in lex.stopwords
        )
    )


def _en_after_mid_the(tokens: Sequence[Token], st: Stretch, lex: Lexicon) -> bool:
    """(English) a name written right after "The" capitalised in mid-sentence ("who presents The Weakest Link tells
    ...", "the film adaptation of The Da Vinci Code", "supporting The Stone Roses", "think-tank The Brookings
    Institution says"): the title of a work, a band or a body, no person, even beside a speech verb, where the
    article writes it only so. Not a name that opens with a first name ("on The Laura Ingraham Show")."""
    start = st.start
    return (
        start > 0
        and not st.listed
        and tokens[start].joined
        and tokens[start - 1].text == "The"
        and not tokens[start - 1].sent_start
        and st.words[0] not in lex.given
    )


# lower-case nouns for the people who work at a firm or a body ("chief economist at Fannie Mae", "a fund
# manager at Perpetual Trustees"), besides the role words; not a person's own (rival, colleague: "a rival of")
_EN_WORKER_NOUNS = frozenset({
    "strategist", "researcher", "fellow", "adviser", "advisor", "lawyer", "editor", "reporter", "correspondent",
    "consultant", "scientist", "engineer", "lecturer", "employee", "economist", "analyst", "professor",
})
_EN_NOT_EMPLOYER_ROLES = frozenset({"rival", "colleague", "team-mate", "teammate", "compatriot", "head", "star"})
# the heads of a firm or a body that name it after "of" ("chairman of Migration Watch", "president of
# Judicial Watch", "director of Gotham Ghostwriters")
_EN_HEADS_OF = frozenset({
    "chairman", "chairwoman", "president", "director", "founder", "co-founder", "ceo", "executive", "officer",
    "treasurer", "spokesman", "spokeswoman", "spokesperson",
})


# (English) an elected member and "for", then the seat ("the Labour MP for Birkenhead", "AM for Aberavon")
_EN_SEAT_HOLDERS = frozenset({"MP", "MEP", "MSP", "MLA", "AM", "TD"})
_EN_SEAT_NOUNS = frozenset({"member", "candidate", "councillor", "senator", "congressman", "congresswoman"})


def _en_constituency(tokens: Sequence[Token], st: Stretch) -> bool:
    """(English) a name right after an elected member's title and "for", or after another place and "and"
    there ("the Labour MP for Birkenhead asked", "David Cameron, MP for Witney, added", "The MP for
    Sittingbourne and Sheppey said"): the seat, not a person, where the article writes it only so; the speech
    verb is the member's."""
    k = st.start - 1
    if k < 1 or st.listed or st.direct or not tokens[st.start].joined:
        return False
    if tokens[k].key == "and" and not tokens[k].cap:
        j = k - 1
        while j > 0 and tokens[j].cap and tokens[j].joined and k - j <= 3:
            j -= 1
        k = j
    if k < 1 or tokens[k].key != "for" or tokens[k].cap or not tokens[k].joined:
        return False
    holder = tokens[k - 1]
    return holder.text in _EN_SEAT_HOLDERS or (not holder.cap and holder.key in _EN_SEAT_NOUNS)


def _en_after_employer_role(body: str, tokens: Sequence[Token], st: Stretch, lex: Lexicon) -> bool:
    """(English) a name written right after a lower-case role or worker noun and "at" ("chief economist at Fannie
    Mae", "analyst at Troika Dialog", "chief economist at Raymond James & Associates") or a firm's head and "of"
    ("the chairman of Migration Watch UK", "president of the Zionist Organization of America"), "the" allowed
    between, and never with a possessive after it: the firm or body the person before works for, not a person,
    where the article writes it only so. "a spokesman for Bernie Sanders", "best actor for Jamie Foxx", "over
    the head of Roger Johnson", "chairman of Hillary Clinton's campaign" are left as they were."""
    k = st.start - 1
    if k < 2 or st.direct or st.listed or not tokens[st.start].joined:
        return False
    if tokens[k].key == "the" and not tokens[k].cap:
        if not tokens[k].joined:
            return False
        k -= 1
    prep, role = tokens[k], tokens[k - 1]
    if prep.cap or role.cap or not prep.joined or prep.key not in ("at", "of"):
        return False
    if body[tokens[st.stop - 1].end : tokens[st.stop - 1].end + 1] in _APOSTROPHES:
        return False  # "chairman of Hillary Clinton's presidential campaign"
    if prep.key == "of":
        return role.key in _EN_HEADS_OF
    return role.key not in _EN_NOT_EMPLOYER_ROLES and (role.key in _EN_WORKER_NOUNS or role.key in lex.role_keys)


_EN_AT_PLACE = frozenset({"in", "at", "near", "the"})
# "the border city of Ciudad Juarez", "the northern suburb of San Lorenzo del Escorial"
_EN_PLACE_NOUNS = frozenset({
    "city", "town", "village", "suburb", "province", "state", "region", "district", "county", "island",
    "capital", "port", "borough", "municipality", "neighbourhood", "neighborhood", "enclave", "township",
})


def _en_placed_names(
    tokens: Sequence[Token], stretches: Sequence[Stretch], lex: Lexicon
) -> frozenset[tuple[str, ...]]:
    """(English) names of two words or more that open with no first name, that no role, speech
    verb or honorific stands beside, and that the article writes only right after "in", "at",
    "near", "the" or a place noun and "of": a place, a firm, an event or a product ("outside the
    embassy in Addis Ababa", "an economist at Natexis Banques Populaires", "the border city of
    Ciudad Juarez", "the Fukushima Daiichi plant", "the Henley Regatta"), not a person."""
    seen: dict[tuple[str, ...], bool] = {}
    lone = {st.words[0] for st in stretches if st.stop - st.start == 1}
    for st in stretches:
        if st.stop - st.start < 2:
            continue
        if st.words[-1] in lone:
            seen[st.words] = False  # "in Mitt Romney ... Romney said": its surname stands alone
            continue
        prev = tokens[st.start - 1] if st.start > 0 else None
        placed = (
            prev is not None
            and tokens[st.start].joined
            and not prev.cap
            and (
                prev.key in _EN_AT_PLACE
                or (
                    prev.key == "of"
                    and st.start >= 2
                    and tokens[st.start - 1].joined
                    and tokens[st.start - 2].key in _EN_PLACE_NOUNS
                    and not tokens[st.start - 2].cap
                )
            )
            and not st.context
            and st.words[0] not in lex.given
        )
        seen[st.words] = seen.get(st.words, True) and placed
    return frozenset(w for w, placed in seen.items() if placed)


# A capitalised word right before the head of a company's staff or owners ("Telewest chief
# executive", "Fiat boss", "Apacs spokeswoman"; with a possessive only company-only heads:
# "Turkcell's chief operating officer", "Xstrata's shareholders", not "Blair's spokesman").
_EN_ORG_OWNER = re.compile(
    r"\b([A-Z][\w-]*)(?:'s|’s|')? (?:chief (?:executive|operating officer|financial officer)"
    r"|chairman|chairwoman|managing director|finance director|founder|shareholders)\b"
    r"|\b([A-Z][\w-]*) (?:boss|spokesman|spokeswoman|spokesperson)\b"
)


def _en_org_owners(
    body: str, tokens: Sequence[Token], stretches: Sequence[Stretch], lex: Lexicon
) -> frozenset[tuple[str, ...]]:
    """Lone words the article writes as the owner of a company post ("Telewest chief executive
    Eric Tveter", "Fiat boss", "Xstrata's shareholders") and never after an honorific
    ("Mr Telewest"): a company, a team or a body, not a person."""
    found = {fold(m.group(1) or m.group(2) or "") for m in _EN_ORG_OWNER.finditer(body)}
    if not found:
        return frozenset()
    titled = {
        st.words
        for st in stretches
        if st.stop - st.start == 1 and st.start > 0 and tokens[st.start - 1].key in lex.honorifics
    }
    return frozenset((w,) for w in found if (w,) not in titled)


# English given names that are also ordinary words of English or Indonesian, or month
# abbreviations, which the common-word filters drop ("Mark", "Bill", "Will", "Grant", "Tim"
# = Indonesian team, "Dan" = and, "Des"/"Jan" = months, "Ed"/"Jo" = stopwords)
_EN_WEAK_GIVEN = frozenset({
    "mark", "bill", "will", "frank", "grant", "dean", "guy", "rich", "glen", "don", "art",
    "tim", "dan", "ed", "jo", "jan", "des", "milan", "gus",
})


def _en_weak_given(
    body: str, tokens: Sequence[Token], labels: Sequence[str | None], namey: Sequence[int]
) -> frozenset[int]:
    """English: a given name that is also a common word ("Mark", "Bill", "Tim") standing
    right before a capitalised name word ("Mark Oaten", "Tim Henman") may open a full
    name; whether it does is decided by _weak_given_names."""
    out: set[int] = set()
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if (
            tok.key in _EN_WEAK_GIVEN
            and not _in_capitalised_run(tokens, k)
            and tok.cap
            and not tok.upper
            and labels[k] is None
            and k + 1 < n
            and tokens[k + 1].joined
            and body[tok.end : tokens[k + 1].start] == " "
            and namey[k + 1] == 2
            and len(tokens[k + 1].text) > 1
            and tokens[k + 1].key not in _EN_WEAK_GIVEN
            and not (tok.key == "will" and tok.sent_start and _question_follows(body, tok.end))
        ):
            out.add(k)
    return frozenset(out)


def _in_capitalised_run(tokens: Sequence[Token], k: int) -> bool:
    """The word goes on a capitalised name that began before it ("AC Milan", "Quai Des
    Orfevres"); a role word or honorific before it is no such run ("spokesman Mark")."""
    if k == 0 or not tokens[k].joined or tokens[k].sent_start:
        return False
    prev = tokens[k - 1]
    return (
        prev.cap
        and not prev.upper
        and prev.key not in lexicon("en").honorifics
        and not lexicon("en").is_role_word(prev.key)
        and not _en_abstract_noun(prev.key)
    )


# (English) endings of abstract nouns, which end a subheading glued before the next sentence ("Fed's
# Effectiveness Bill Gross, manager of ..."), not a name that goes on
_EN_ABSTRACT_ENDING = re.compile(r"[a-z]{3,}(?:ness|ment|tion|sion|ity|ance|ence|ism)")


def _en_abstract_noun(key: str) -> bool:
    return (
        _EN_ABSTRACT_ENDING.fullmatch(key) is not None
        and key not in given_names()
        and word_zipf is not None
        and word_zipf(key, "en") >= 3.0
    )


def _en_plain_surnames(
    body: str, tokens: Sequence[Token], labels: Sequence[str | None], namey: Sequence[int], lex: Lexicon
) -> frozenset[int]:
    """English: a capitalised word of the common-word list (not_names: "Pound", "Law",
    "Lake"; not a month or weekday) right after a given name that opens a name ("Dick
    Pound", "Mike Lake") may be its surname, unless the name goes on (a capitalised word or
    a role noun after it: "Davis Cup player") or the given name goes on a capitalised run
    ("Prince Edward Theatre", "Labour's Fabian Society"); _stretches keeps it only beside a
    speech verb, an honorific or a role word right before it."""
    out: set[int] = set()
    for k in range(1, len(tokens)):
        tok = tokens[k]
        prev = tokens[k - 1]
        if (
            namey[k] == 0
            and namey[k - 1] == 2  # (cheap tests first: most tokens fail here)
            and tok.cap
            and (tok.key in lex.not_names or lex.is_role_word(tok.key) or labels[k] == "place")
            and (tok.key not in lex.calendar or tok.key in _WEEKDAYS)
            and not tok.upper
            and (labels[k] is None or _lone_label(labels, k))
            and len(tok.text) > 2
            and tok.joined
            and body[prev.end : tok.start] == " "
            and (prev.key in lex.given or prev.key in _EN_WEAK_GIVEN)
            and k >= 2
            and not (tokens[k - 1].joined and _run_before(tokens[k - 2], lex))
            and (
                k + 1 >= len(tokens)
                or not tokens[k + 1].joined
                or not (tokens[k + 1].cap or lex.is_role_word(tokens[k + 1].key))
            )
        ):
            out.add(k)
    return frozenset(out)


def _lone_label(labels: Sequence[str | None], k: int) -> bool:
    """A one-word place ("France", "Holland"), not part of a longer labelled name."""
    return (
        labels[k] == "place"
        and labels[k - 1] is None
        and (k + 1 >= len(labels) or labels[k + 1] is None)
    )


# honorifics only a person's name follows ("Dame Barbara Castle"; not "St", "Lady", "Prince")
_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "professor", "prof"})


def _run_before(tok: Token, lex: Lexicon) -> bool:
    """The word before a given name makes it part of a capitalised run or an owner's
    name ("Prince Edward Theatre", "Labour's Fabian Society", "St James Park"); an
    acronym title or a personal title does not ("Labour MP Stephen Pound", "Dame Barbara
    Castle")."""
    if tok.key in ("'s", "’s"):
        return True
    return tok.cap and not (tok.upper and lex.is_role_word(tok.key)) and tok.key not in _PERSONAL_TITLES


_SENTENCE_END = re.compile(r"[.?!\n]")


def _question_follows(body: str, start: int) -> bool:
    """The sentence going on at start ends with a question mark ("Will Blair survive?")."""
    m = _SENTENCE_END.search(body, start, start + 300)
    return m is not None and m.group() == "?"


# (English) after a name: an apposition set off by commas, or an "of" affiliation, then a speech verb ("Tim
# Dean, director of the venue, said", "Art McDonald of Queen's University in Kingston, Canada says")
_EN_APPOSED_SAYER = re.compile(
    r"(?:,[ \t]+[^.;:!?\"“”\n]{1,120}?,|[ \t]+of[ \t]+[A-Z][^.;:!?\"“”\n]{0,100}?)[ \t]+"
    r"(?:said|says|told|tells|added|adds|explained|noted|stressed|argued|argues|insisted|insists|warned|warns"
    r"|claimed|claims|admitted|agreed|replied|commented|wrote|writes)\b"
)


def _weak_given_names(
    stretches: Sequence[Stretch], weak: frozenset[int], body: str = "", tokens: Sequence[Token] = ()
) -> set[tuple[str, ...]]:
    """The full names opened by such a given name that are taken as people: two words (the
    given name and a surname), with a person context (a role, speech verb or honorific
    beside some mention: "spokesman Mark Oaten said"), a speech verb after an apposition or an
    "of" affiliation that follows the name ("Tim Dean, director of the Arkansas State University
    venue, said"; _EN_APPOSED_SAYER) or a surname the article also writes alone ("Tim Henman ...
    Henman said"). Not when another full name has the same surname ("Bill Clinton" beside "Hillary
    Clinton"): the lone surname would then be ambiguous, so the article keeps its reading without
    this given name."""
    lone = {st.words[0] for st in stretches if st.stop - st.start == 1}
    ok: set[tuple[str, ...]] = set()
    for st in stretches:
        if st.start in weak and len(st.words) in (2, 3) and (
            st.context
            or st.words[-1] in lone
            or (tokens and _EN_APPOSED_SAYER.match(body, tokens[st.stop - 1].end) is not None)
        ):
            ok.add(st.words)
    if ok:
        others = {
            st.words[-1]: st.words for st in stretches if st.stop - st.start >= 2 and st.words not in ok
        }
        ok = {w for w in ok if others.get(w[-1], w) == w}
    return ok


def _listed_stretches(
    body: str, tokens: Sequence[Token], labels: Sequence[str | None], lex: Lexicon, language: str = "en"
) -> list[Stretch]:
    """Names in line-ups and roll calls ("Man City: James, Mills, Dunne.", "Ref: S Bennett"), and
    (English) in a wire service's credit line ("(Reporting by Joseph Nasr; Editing by Andrew Dobbie)")."""
    spans: list[tuple[int, int]] = []
    for match in _LINEUP_RE.finditer(body):
        spans.extend(_item_spans(body, match.start(1), match.end(1)))
    if language == "en" and "by " in body:
        for match in _EN_CREDIT_RE.finditer(body):
            spans.extend(m.span(1) for m in _EN_CREDIT_NAME.finditer(body, match.start(), match.end()))
    for match in _LABELLED_RE.finditer(body):
        if fold(match.group(1)) in lex.list_labels:
            spans.append(match.span(2))
    tail = len(body.rstrip())
    credit = _CLOSING_CREDIT_RE.search(body, max(0, tail - 80), tail)
    if credit is not None and not (language == "en" and _EN_CREDIT_RE.match(body, credit.start(1) - 1)):
        spans.append(credit.span(1))  # (the wire credit's names are read above, not "Editing")
    if not spans:
        return []
    starts = {t.start: t.index for t in tokens}
    out: list[Stretch] = []
    for a, b in spans:
        first = starts.get(a)
        if first is None:
            continue
        stop = first
        while stop < len(tokens) and tokens[stop].end <= b and (stop == first or tokens[stop].joined):
            tok = tokens[stop]
            if not tok.cap or tok.upper or labels[stop] is not None or tok.key in lex.not_names:
                break
            if len(tok.text) > 1 and tok.key in lex.stopwords:
                break
            stop += 1
        if stop > first:
            st = make_stretch(body, tokens, labels, first, stop, lex)
            st.listed = st.context = st.strong_context = True
            out.append(st)
    return out


def _item_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the items of a list (the name before any minute or bracket)."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^,;()]+", body[start:end]):
        text = match.group()
        name = re.match(r"\s*([^\W\d_][^\d]*?)\s*(?:\d.*)?$", text)
        if name is not None and name.group(1):
            spans.append((start + match.start() + name.start(1), start + match.start() + name.end(1)))
    return spans


#: an Indonesian ministry's short name, Kemen-/Kemn- and its field (Kemenpora, Kemenkeu, Kemnaker), and
#: the word kemenangan (victory): never a person's name word
_ID_MINISTRY = re.compile(r"kem(?:en|n)[a-z]{2,}$")


def _id_kan_verb(key: str, lex: Lexicon) -> bool:
    """An Indonesian verb or conjunction in -kan whose stem is a frequent Indonesian word (Isyaratkan,
    Gunakan, Sedangkan, Berdasarkan): never a name word, though a headline capitalises it."""
    return (
        len(key) >= 7
        and key.endswith("kan")
        and key not in lex.given
        and word_zipf is not None
        and word_zipf(key[:-3], "id") >= RARE_ZIPF_ID
    )


def _is_namey(tok: Token, label: str | None, lex: Lexicon, lower_vocab: set[str]) -> int:
    """2: can be a name word; 1: only after a first name ("Theresa May"); 0: not."""
    if label is not None or not tok.cap or tok.upper:
        return 0
    key = tok.key
    if len(tok.text) == 1:
        return 0 if tok.text.isdigit() else 2  # an initial; kept only inside a longer name
    if _camel_case(tok.text):
        return 0  # "MyNurz", "DailySocial", "WhatsApp": a brand, not a name
    if any(c.isdigit() for c in key) or key in lex.not_names or key in lex.honorifics:
        return 0
    if _ID_MINISTRY.match(key):
        return 0  # "Kepala Humas Kemenpora Gatot S Dewa Broto": a ministry, not the name's first word
    if _id_kan_verb(key, lex):
        return 0  # "Setelah Andrea Pirlo, Kaka Isyaratkan Pensiun": a headline's verb, not a surname
    if lex.is_role_word(key):
        return 0
    if tok.sent_start and key in lex.stopwords and key not in lex.given:
        return 0
    if key in lower_vocab and (key not in lex.given or tok.sent_start):
        return 1
    return 2


# Name prefixes that may be followed by a capital inside one word ("McGregor",
# "DiCaprio", "LeBron", "MacArthur", "O'Brien").
_CAMEL_NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "du", "le", "la", "van", "von", "fitz"})


def _camel_case(text: str) -> bool:
    """A word with a capital after a lower-case letter that is not a name prefix."""
    for k in range(1, len(text)):
        if text[k].isupper() and text[k - 1].islower():
            return text[:k].casefold() not in _CAMEL_NAME_PREFIXES
    return False


def _stretches(
    body: str,
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    namey: Sequence[int],
    lex: Lexicon,
    language: str,
    weak: frozenset[int] = frozenset(),
    plain: frozenset[int] = frozenset(),
) -> list[Stretch]:
    out: list[Stretch] = []
    i, n = 0, len(tokens)
    dashes = language == "en" and _UNSPACED_HYPHEN.search(body) is not None
    possessives = language == "en"
    while i < n:
        if namey[i] < 2:
            i += 1
            continue
        j = i + 1
        while j < n:
            if j in weak and _en_abstract_noun(tokens[j - 1].key):
                break  # "Fed's Effectiveness | Bill Gross, manager of ...": a glued subheading ends
            if possessives and body[tokens[j - 1].end : tokens[j - 1].end + 1] in _APOSTROPHES:
                break  # "Hillary Clinton's Policies", "Breitbart's Joel Pollak": the owner's name ends
            if not tokens[j].joined:
                hyphen = _hyphen_part(body, tokens, namey, i, j, lex, dashes)
                if hyphen == 0:
                    break
                if hyphen == 2:  # "Ji - hyun": a lower-case second syllable
                    j += 1
                    continue
            if namey[j] == 2 or (namey[j] == 1 and tokens[j - 1].key in lex.given):
                j += 1
            elif (
                tokens[j].key in lex.particles
                and j + 1 < n
                and tokens[j + 1].joined
                and namey[j + 1] == 2
            ):
                j += 2
            elif language == "en" and (
                particles := _en_particles(tokens, namey, j, lex)
            ):
                j += particles + 1  # "Jeroen van der Veer", "Luca di Montezemolo"
            elif language == "id" and _arabic_article(tokens, labels, j, lex):
                j += 2  # "Muchsin Al Atas", "Salim Al Jufri": a family name, even a common word
            elif j - i >= 2 and _month_as_name(tokens, labels, j, lex):
                j += 1  # "Leong Sook Mei menjelaskan"
            elif j - i >= 2 and _role_tail_as_name(tokens, labels, i, j, lex):
                j += 1  # "Muhammad Nafan Aji Gusta Utama mengatakan"
            else:
                break
        if j < n and j - i >= 2 and tokens[j].joined and tokens[j].key in lex.suffixes:
            j += 1  # "Donald Trump Jr."
        start, stop = _trim_initials(tokens, i, j, lex)
        if start not in weak:  # "Mark Oaten": the given name is no leading common word
            start = trim_leading(tokens, labels, start, stop, lex, language)
        if start < stop:
            out.append(_built(body, tokens, labels, namey, start, stop, lex))
        i = j
    if weak:
        # a full name opened by a common-word given name that is not taken as one is
        # read as before, without that word ("Frank Allan Bruvik" -> "Allan Bruvik")
        keep = _weak_given_names(out, weak, body, tokens)
        for k, st in enumerate(out):
            if st.start in weak and st.words not in keep:
                start = trim_leading(tokens, labels, st.start, st.stop, lex, language)
                out[k] = _built(body, tokens, labels, namey, start, st.stop, lex)
    if plain:
        # a surname that is a listed common word ("Dick Pound", "Mike Lake") only beside a
        # speech verb or right after a role word; otherwise the name ends before it, as before
        for k, st in enumerate(out):
            if st.stop - 1 in plain and not _plain_context(st, tokens, labels, lex):
                start = st.start
                if st.stop - 1 - start >= 1 and start not in weak:
                    start = trim_leading(tokens, labels, start, st.stop - 1, lex, language)
                out[k] = _built(body, tokens, labels, namey, start, st.stop - 1, lex)
    return out


_WEEKDAYS = frozenset(EN_WEEKDAY_NAMES)
_TIME_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "nights", "mornings"})


def _plain_context(st: Stretch, tokens: Sequence[Token], labels: Sequence[str | None], lex: Lexicon) -> bool:
    """A given name and a surname that is a common word, a role word or a place (see
    _en_plain_surnames) make a full name beside a speech verb, after a role word or
    honorific, or with a role phrase before it or in an apposition after it ("Dick Pound,
    the chairman of ..."); a role word or place as surname needs a speech verb, a role
    word or an honorific right beside it ("Telecoms ombudsman Elizabeth France said")."""
    if st.stop - st.start != 2:
        return False
    last = st.stop - 1
    if tokens[last].key in _WEEKDAYS:
        # "England sevens coach Mike Friday": a role word or honorific right before, no time
        # word after ("Mike Friday night")
        nxt = tokens[st.stop] if st.stop < len(tokens) else None
        return st.direct and not (nxt is not None and nxt.joined and nxt.key in _TIME_OF_DAY)
    if tokens[last].key in lex.not_names and labels[last] is None and not lex.is_role_word(tokens[last].key):
        return st.context
    return st.strong_context


def _en_particles(tokens: Sequence[Token], namey: Sequence[int], j: int, lex: Lexicon) -> int:
    """English: the number of lower-case particles at ``j`` that go on a name before a
    capitalised name word: two ("van der Veer", "van den Bergh", "de la Rosa") or the Italian
    "di" ("Paolo di Canio"), which the shared particle list leaves out (Indonesian "di" is
    a preposition)."""
    n = len(tokens)
    tok = tokens[j]
    if not tok.joined or tok.cap:
        return 0
    if tok.key == "di" and j + 1 < n and tokens[j + 1].joined and namey[j + 1] == 2:
        return 1
    if (
        tok.key in lex.particles
        and j + 2 < n
        and tokens[j + 1].key in lex.particles
        and not tokens[j + 1].cap
        and tokens[j + 1].joined
        and tokens[j + 2].joined
        and namey[j + 2] == 2
    ):
        return 2
    return 0


def _built(
    body: str,
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    namey: Sequence[int],
    start: int,
    stop: int,
    lex: Lexicon,
) -> Stretch:
    st = make_stretch(body, tokens, labels, start, stop, lex)
    st.thing = _thing_context(body, tokens, labels, namey, st, lex)
    st.glued = _glued(tokens, labels, namey, st, lex)
    st.local = stop - start == 1 and _local_context(tokens, start, lex)
    return st


_ARABIC_ARTICLES = frozenset({"Al", "El"})


def _arabic_article(tokens: Sequence[Token], labels: Sequence[str | None], j: int, lex: Lexicon) -> bool:
    """A capitalised Arabic article after a name word, then a capitalised word: the family name
    goes on ("Habib Muchsin Al Atas"), even when that word is also a common word ("atas")."""
    if tokens[j].text not in _ARABIC_ARTICLES or labels[j] is not None or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    key = nxt.key
    return (
        nxt.joined
        and nxt.cap
        and not nxt.upper
        and labels[j + 1] is None
        and len(nxt.text) >= 3
        and key not in lex.calendar
        and key not in lex.honorifics
        and not lex.is_role_word(key)
        and not any(c.isdigit() for c in key)
    )


def _role_tail_as_name(
    tokens: Sequence[Token], labels: Sequence[str | None], i: int, j: int, lex: Lexicon
) -> bool:
    """A word that only qualifies a title ("Utama" of "Direktur Utama", "Muda", "Besar") ends a name that
    opens with a first name, when a lower-case word follows it (no organisation or role goes on):
    "Muhammad Nafan Aji Gusta Utama mengatakan". With no title before it, it qualifies nothing."""
    tok = tokens[j]
    key = tok.key
    if not tok.cap or tok.upper or labels[j] is not None or not tok.joined or tokens[i].key not in lex.given:
        return False
    if key not in lex.role_words or lex.is_role_word(key) or key in lex.stopwords or key in lex.calendar:
        return False
    return lower_word_follows(tokens, j)


_MONTHS = frozenset({"mei", "juni", "juli", "april", "may", "june"})
_TIME_AFTER = frozenset({
    "lalu", "ini", "itu", "depan", "mendatang", "nanti", "kemarin", "tahun", "silam",
    "last", "this", "next", "ago", "of", "to", "hingga", "sampai", "dan", "and", "atau", "or",
})


def _month_as_name(tokens: Sequence[Token], labels: Sequence[str | None], j: int, lex: Lexicon) -> bool:
    """A month word that ends a name of two or more words ("Leong Sook Mei"):
    a lower-case word that is no time word follows it, and no number."""
    tok = tokens[j]
    if tok.key not in _MONTHS or not tok.cap or labels[j] is not None or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return (
        nxt.joined
        and not nxt.cap
        and nxt.text[:1].isalpha()
        and nxt.key not in _TIME_AFTER
        and (nxt.key in lex.speech_after or nxt.key in lex.stopwords)
    )


_APOSTROPHES = frozenset({"'", "\u2019"})
# a hyphen written between two letters or digits ("57-year-old", "Frito-Lay"): the article
# does not space its hyphens out, so a hyphen with a space on each side is a dash (English:
# the tokenised Indonesian corpora space most hyphens, "Tsai Ing - wen", yet not all)
_UNSPACED_HYPHEN = re.compile(r"[^\W_]-[^\W_]")


def _hyphen_part(
    body: str,
    tokens: Sequence[Token],
    namey: Sequence[int],
    i: int,
    j: int,
    lex: Lexicon,
    dashes: bool = False,
) -> int:
    """Whether token ``j`` continues a name across a hyphen spaced out by
    tokenisation: 1 for a capitalised part ("Marc - Andre ter Stegen",
    "Kevin - Prince Boateng", "Linda Thomas - Greenfield"), 2 for the
    lower-case second syllable of an East Asian given name ("Sung Ji - hyun",
    "Kim Ha - na"), 0 when it does not. With ``dashes`` (the article writes its
    hyphens unspaced elsewhere) a hyphen spaced on both sides is a dash between
    a name and what follows it ("John Dillinger - Lima, Ohio", "Putin - told")."""
    gap = body[tokens[j - 1].end : tokens[j].start]
    if gap not in (" - ", "-", " -", "- ") or (dashes and gap == " - "):
        return 0
    left, tok = tokens[j - 1], tokens[j]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if tok.cap:
        if namey[j] == 0:
            return 0
        follows = nxt is not None and nxt.joined and (namey[j + 1] == 2 or nxt.key in lex.particles)
        if j - 1 > i:
            # a double surname ends the name; a longer name after the hyphen
            # is a second person ("Ridwan Kamil - Uu Ruzhanul Ulum")
            return 0 if follows else 1
        return 1 if follows and left.key in lex.given else 0
    if (
        j - 1 > i
        and 2 <= len(left.text) <= 5
        and 2 <= len(tok.text) <= 5
        and tok.text.isalpha()
        and tok.text.islower()
        and tok.key != left.key
        and tok.key not in lex.stopwords
    ):
        return 2
    return 0


def _thing_context(
    body: str,
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    namey: Sequence[int],
    st: Stretch,
    lex: Lexicon,
) -> bool:
    """Whether the words around a candidate make it an organisation, a work or a place."""
    start, stop, n = st.start, st.stop, len(tokens)
    single = stop - start == 1
    end = tokens[stop - 1].end
    if (
        _SCORE_AFTER.match(body, end, min(len(body), end + 12)) is not None
        and _SET_SCORES_AFTER.match(body, end, min(len(body), end + 30)) is None
    ) or _SCORE_BEFORE.search(body, max(0, tokens[start].start - 12), tokens[start].start) is not None:
        return True  # "Borussia Dortmund 3 - 0 Hamburger SV": teams in a result line
    if start > 0 and tokens[start].joined:
        prev = tokens[start - 1]
        if not prev.cap and prev.key in lex.org_before:
            return True  # "drugmaker Novartis", "kapal induk Ronald Reagan"
    if _named_after(body, tokens, start, lex):
        return True  # "RSUP Dr. Kariadi", "Jl. Prof. Dr. Soepomo": a hospital, a street
    if _TICKER_AFTER.match(body, end) is not None:
        return True  # "Morgan Stanley (MS.N: Quote, Profile ...)": a listed company's stock ticker
    if stop < n:
        nxt = tokens[stop]
        gap = body[tokens[stop - 1].end : nxt.start]
        if nxt.joined and not nxt.cap and nxt.key in lex.org_after:
            return True  # "Sal Oppenheim investment bank"
        if gap.strip() == "," and nxt.key in lex.not_person_after:
            return True  # "Novartis, which"
        if (
            single
            and st.direct
            and nxt.joined
            and nxt.key in ("dan", "and", "&", "of", "untuk", "for")
            and stop + 1 < n
            and tokens[stop + 1].joined
            and tokens[stop + 1].cap
        ):
            return True  # "Menteri Agraria dan Tata Ruang": a title, not a name
    return False


# Places named after a titled person: hospitals (RS, RSUD, RSUP ...), streets, campuses, airports.
_NAMED_PLACE_HEADS = frozenset({
    "rs", "rsu", "rsud", "rsup", "rspad", "rsal", "rsau", "rsia", "rsj", "rsk", "rsd", "rsgm", "sakit",
    "jalan", "jl", "jln", "universitas", "bandara", "stadion", "gedung", "museum", "kri", "puskesmas",
})
_TITLE_GAP = re.compile(r"^\.? ?$")


def _named_after(body: str, tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """One or more titles ("Dr.", "Prof.", "Ir.", "H.") between a place word and the name: the name
    is a hospital's, a street's or a campus's ("RSUP Dr. Kariadi", "Jl. Prof. Dr. Soepomo")."""
    k = start - 1
    while k >= 0 and start - k <= 3 and tokens[k].cap and tokens[k].key in lex.honorifics:
        if not _TITLE_GAP.match(body[tokens[k].end : tokens[k + 1].start]):
            return False
        k -= 1
    if k == start - 1 or k < 0:
        return False
    if not _TITLE_GAP.match(body[tokens[k].end : tokens[k + 1].start]):
        return False
    return tokens[k].key in _NAMED_PLACE_HEADS


def _glued(
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    namey: Sequence[int],
    st: Stretch,
    lex: Lexicon,
) -> bool:
    """This mention is the start or end of a longer proper name, not a person's name."""
    start, stop = st.start, st.stop
    single = stop - start == 1
    if (
        single
        and st.role is None
        and start > 0
        and tokens[start].joined
        and _glue(tokens[start - 1], labels[start - 1], lex)
    ):
        return True  # "Time Warner"
    if stop < len(tokens):
        nxt = tokens[stop]
        if nxt.joined and nxt.cap and not nxt.upper and namey[stop] == 0:
            if labels[stop] is None and _glue(nxt, None, lex):
                return True  # "Santiago Bernabeu Stadium", "Panin Asset Management"
            if single and labels[stop] is not None:
                return True  # "pejabat Kemlu Jepang"
        if (
            nxt.joined
            and nxt.upper
            and stop + 1 < len(tokens)
            and tokens[stop + 1].joined
            and tokens[stop + 1].cap
            and not tokens[stop + 1].upper
            and (namey[stop + 1] == 0 or frequent_anywhere(tokens[stop + 1].key))
        ):
            return True  # "Bahana TCW Investment Management": a company's name
    return False


def _glue(tok: Token, label: str | None, lex: Lexicon) -> bool:
    """A capitalised neighbour that makes a name part of a longer proper name."""
    key = tok.key
    return (
        tok.cap
        and not tok.upper
        and label is None
        and not (tok.sent_start and key in lex.stopwords)
        and key not in lex.calendar
        and key not in lex.honorifics
        and key not in lex.role_words
        and key not in lex.suffixes
        and not lex.is_role_word(key)
    )


def _local_context(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    if start == 0 or not tokens[start].joined:
        return False
    prev = tokens[start - 1]
    return not prev.cap and prev.key in lex.places_before


def _trim_initials(
    tokens: Sequence[Token], start: int, stop: int, lex: Lexicon
) -> tuple[int, int]:
    while stop > start and len(tokens[stop - 1].text) == 1:
        stop -= 1
    while stop - start >= 2 and len(tokens[start].text) == 1 and tokens[start].key in lex.honorifics:
        start += 1  # "H. Abdul Somad": Haji
    while start < stop and len(tokens[start].text) == 1 and stop - start == 1:
        start += 1
    return start, stop


def _name_words(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    return tuple(w for w in words if w not in lex.particles and len(w) > 1)


def _accept_full(st: Stretch, tokens: Sequence[Token], lex: Lexicon, language: str) -> bool:
    """A run of two or more name words with neither a first name nor context
    is taken only when none of its words is a frequent word in English or
    Indonesian ("Lifestyle Expo", "Satu Pintu" are not people)."""
    if st.context:
        return True
    if st.words[0] in lex.given:
        # "Nusa Dua": a first name followed by an ordinary word of the language
        return language != "id" or not any(
            w in lex.stopwords and w not in lex.given for w in st.words[1:]
        )
    if language == "id" and any(w in lex.given for w in st.words[1:]) and not any(
        w in lex.particles for w in st.words
    ):
        # "Miley Cyrus": a first name inside, the other words rare in Indonesian
        return not any(
            w in lex.stopwords or (w not in lex.given and _frequent_in(w, "id"))
            for w in st.words
        )
    # a middle initial ("Moekti K. Gondosasmito") is no ordinary word
    return not any(frequent_anywhere(w) for w in st.words if len(w) > 1)


def _frequent_in(key: str, language: str) -> bool:
    threshold = RARE_ZIPF_ID if language == "id" else RARE_ZIPF
    return word_zipf is not None and word_zipf(key, language) >= threshold


def _is_single_noise(
    st: Stretch, tokens: Sequence[Token], lex: Lexicon, language: str, lower_vocab: set[str]
) -> bool:
    """A lone capitalised word that is more likely a word than a name.

    After an honorific or a role word ("President Obama") only a very frequent
    word, or a frequent one that the article also writes in lower case or that
    is built like an Indonesian derived noun ("Menteri Perdagangan"), is taken
    for a word."""
    tok = tokens[st.start]
    if tok.key in lex.stopwords or len(tok.text) < 3:
        return True
    if st.direct:
        if word_zipf is None or tok.key in lex.given:
            return False
        if language == "id" and _title_word(tokens, st, lex):
            return True
        if st.start > 0 and tokens[st.start - 1].key in lex.team_roles:
            return True  # "pemain Nantes": the player's team
        if any(word_zipf(tok.key, lang) >= DIRECT_COMMON_ZIPF for lang in ("en", "id")):
            return True
        return is_common_word(tok.key, language) and (
            tok.key in lower_vocab or _derived_noun(tok.key, language)
        )
    if is_common_word(tok.key, language):
        return True
    if language == "en" and tok.sent_start and _en_plural_noun(tok.key, lex):
        return True  # "Analysts said ...", "Witnesses said ...", "Organisers said ..."
    return language != "en" and word_zipf is not None and word_zipf(tok.key, "en") >= RARE_ZIPF


def _en_plural_noun(key: str, lex: Lexicon) -> bool:
    """(English) a plural of an ordinary noun ("analysts", "witnesses", "aides", "colleagues"): the
    plural and its singular are both frequent words and neither is a first name ("Andrews",
    "Phillips", "Hughes", "Collins" are surnames made from one)."""
    if word_zipf is None or len(key) < 5 or not key.endswith("s") or key in lex.given:
        return False
    if word_zipf(key, "en") < 3.0:
        return False
    singulars = [key[:-1]]
    if key.endswith("es"):
        singulars.append(key[:-2])
    if key.endswith("ies"):
        singulars.append(key[:-3] + "y")
    if any(s in lex.given for s in singulars):
        return False
    return any(word_zipf(s, "en") >= 3.0 for s in singulars)


_COORDINATORS = frozenset({"dan", "and", "serta", "&"})


def _coordinated(
    tokens: Sequence[Token], st: Stretch, accepted: set[int], singles: set[int], lex: Lexicon
) -> bool:
    """A lone first name joined by "dan"/"and" to a person's full name
    ("Madonna dan juga Miley Cyrus", "Oscar dan Jon Obi Mikel"), or two lone
    first names joined to each other ("Pedro dan Willian")."""
    k = st.start
    key = tokens[k].key
    if key not in lex.given or len(key) < 3 or key in lex.stopwords or _frequent_in(key, "id"):
        return False
    n = len(tokens)
    j = k + 1
    if j < n and tokens[j].joined and tokens[j].key in _COORDINATORS:
        j += 1
        if j < n and tokens[j].joined and tokens[j].key in ("juga", "also"):
            j += 1
        if j < n and tokens[j].joined and (j in accepted or _lone_given(tokens, j, singles, lex)):
            return True
    j = k - 1
    if j >= 1 and tokens[k].joined and tokens[j].key in _COORDINATORS and tokens[j].joined:
        return j - 1 in accepted or _lone_given(tokens, j - 1, singles, lex)
    return False


def _lone_given(tokens: Sequence[Token], k: int, singles: set[int], lex: Lexicon) -> bool:
    key = tokens[k].key
    return k in singles and key in lex.given and len(key) >= 3 and not _frequent_in(key, "id") and (
        word_zipf is None or word_zipf(key, "en") < 4.0
    )


def _title_word(tokens: Sequence[Token], st: Stretch, lex: Lexicon) -> bool:
    """An Indonesian word after a role word that continues the title, not a name:
    a region after a regional title ("Bupati Banyuwangi tersebut"), or an
    ordinary Indonesian word (rare in English) before more title words
    ("Direktur Strategi Investasi", "Direktur Resiko, Strategi dan Kepatuhan")."""
    if word_zipf is None:
        return False
    tok = tokens[st.start]
    key = tok.key
    if word_zipf(key, "id") < RARE_ZIPF_ID or word_zipf(key, "en") >= 3.0 or (key,) in known_aliases():
        return False
    prev = tokens[st.start - 1] if st.start > 0 else None
    if prev is not None and prev.key in lex.region_titles:
        return True
    if st.stop < len(tokens):
        nxt = tokens[st.stop]
        return nxt.cap and not nxt.sent_start and nxt.key not in lex.calendar and not nxt.upper
    return False


_SUFFIXES = frozenset({"jr", "sr"})
_ID_NOUN_PREFIXES = ("pe", "ke", "ber", "ter")
# pe(N)-...-an, per-...-an, ke-...-an nouns ("Pemberhentian", "Pengkajian",
# "Penegakan", "Kebudayaan"): never a personal name
_ID_CIRCUMFIX = re.compile(r"^(?:pe[mn]g?|peny|per|pe|ke)[a-z]{3,}an$")
# pe- + a noun names a person by occupation ("Pesinetron", "Petenis", "Pebulu tangkis")
_ID_AGENT = re.compile(r"^pe([a-z]{4,})$")


def _id_tag_after_quote(body: str, tok: Token) -> bool:
    """(Indonesian) a capitalised speech-tag root right after a quote mark is the tag, not a name's first
    word: ``menyelesaikan, "Imbuh Renhard.`` (a closing mark typed on the wrong side of its space),
    ``"...," Papar Budi.``. Elsewhere such a word may open a name or a title (``Sesi Tanya Jawab``)."""
    if tok.key not in ID_VERB_FIRST and tok.key not in ID_TAG_ONLY:
        return False
    before = body[max(0, tok.start - 3) : tok.start].rstrip(" ")
    return before[-1:] in ('"', "”", "“") and tok.key not in given_names()


def _id_common_noun(key: str, lex: Lexicon) -> bool:
    """An Indonesian derived noun that is not a first name."""
    if key in lex.given or len(key) < 8:
        return False
    if _ID_CIRCUMFIX.match(key) is not None:
        return True
    agent = _ID_AGENT.match(key)
    return (
        agent is not None
        and word_zipf is not None
        and agent.group(1) not in lex.given
        and word_zipf(agent.group(1), "id") >= 4.0
    )


def _derived_noun(key: str, language: str) -> bool:
    """An Indonesian pe-/per-/ke-...-an noun ("perdagangan", "kesehatan")."""
    return language == "id" and len(key) >= 8 and key.endswith("an") and key.startswith(
        _ID_NOUN_PREFIXES
    )


def _add_full(people: list[Building], st: Stretch) -> None:
    for person in people:
        if (person.words[-1] in _SUFFIXES) != (st.words[-1] in _SUFFIXES):
            continue  # "Donald Trump Jr." is not "Donald Trump"
        if contains(person.words, st.words) or _short_form(st.words, person.words):
            person.mentions += 1
            note_alias(person, st.surface)
            if person.role is None and st.role:
                person.role = st.role
            return
        if contains(st.words, person.words):
            note_alias(person, person.surface)
            person.surface, person.words = st.surface, st.words
            person.mentions += 1
            person.aliases = [a for a in person.aliases if a != st.surface]
            if person.role is None and st.role:
                person.role = st.role
            return
    people.append(Building(st.surface, st.words, st.role))


def _short_form(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """"Sutan Zico" for "Sutan Diego Armando Zico": same first and last word, fewer between."""
    return (
        2 <= len(part) < len(whole)
        and part[0] == whole[0]
        and part[-1] == whole[-1]
        and _contains_in_order(whole, part)
    )


def _contains_in_order(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    rest = iter(whole)
    return all(word in rest for word in part)


def _resolve(words: tuple[str, ...], people: Sequence[Building], lex: Lexicon) -> Building | None:
    """The one person whose name contains ``words`` (surname preferred)."""
    if not words:
        return None
    matches = [p for p in people if contains(p.words, words)]
    if len(matches) == 1:
        return matches[0]
    by_surname = [p for p in matches if p.words[-len(words) :] == words]
    if len(by_surname) == 1:
        return by_surname[0]
    if not matches and len(words) == 1 and len(words[0]) >= 4:
        # a short form of one name word: "Enggar" for "Enggartiasto Lukita"
        short = [p for p in people if any(w.startswith(words[0]) for w in p.words)]
        if len(short) == 1:
            return short[0]
        # "Tiko" for "Kartiko"; a misspelling ("Gantosari" for "Gantosori")
        word = words[0]
        near = [
            p for p in people
            if any(w.endswith(word) or (len(word) >= 5 and _one_edit(word, w)) for w in p.words)
        ]
        if len(near) == 1:
            return near[0]
    return None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one substituted, inserted or deleted letter (same first letter)."""
    if a == b or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = 0
    while k < len(short) and short[k] == long_[k]:
        k += 1
    return short[k:] == long_[k + 1 :]
