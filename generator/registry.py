"""The registry of who an article names: the people and organisations a quote's speaker is resolved against.

``Registry`` holds one article's people (from ``generator.people``) and organisations (from
``generator.entities``), with their aliases, surnames, honorifics and sexes, and answers the questions the
speaker readers ask: is this run of words a known person, which full name does this surname stand for (``Kirby``
is John Kirby), is this word a common word, a role or a given name, is this line a headline. It reads the body
only through bounded, memoised searches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from generator.dates import ID_MONTH_NAMES
from generator.mentions import fold, tokenize
from generator.name_lexicon import given_names, lexicon, listed_given_names, word_zipf
from generator.name_search import (
    alias_pattern,
    expansion_pattern,
    full_name_matches,
    honorifics_before,
    initial_after,
    initials_matches,
    month_after,
    whole_word_pattern,
    word_spans,
)
from generator.places import place_index
from generator.quote_words import (
    EN_FUNCTION,
    LOWER_ROLE,
    NAME_TITLES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_WORDS,
    TITLE_NOT_NAMES,
)
from generator.records import Organization, Person

CONNECTORS = frozenset(
    {"dan", "and", "of", "the", "for", "&", "bin", "binti", "van", "von", "de", "der", "da", "al", "la", "le"}
)


@lru_cache(maxsize=1)
def _id_stopwords() -> frozenset[str]:
    try:
        import stopwordsiso

        return frozenset(stopwordsiso.stopwords("id"))
    except Exception:
        return frozenset()


NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "al", "la", "le", "del", "dos", "du"})
#: a lower-case word of the body's prose; a handle or hashtag (``@andritany``, ``#bepe``) is no plain word
_LOWER_WORD = re.compile(r"(?<![\w@#-])[a-z][a-z-]*")
#: a whole handle or hashtag, dots included (``@massy.arias``: "arias" is no plain word either)
_HANDLE_OR_TAG = re.compile(r"[@#][\w.]+")
_UPPER_START = re.compile(r"^[^\W\d_]")
_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
#: a capitalised word (a full stop allowed after it) and one space right before the end of the searched span
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)\.? $")
#: (English) a capitalised word (a surname), then a speech verb and he/she (``Sanders said he``, ``Ayotte told
#: reporters that she``), or a reflexive right after it (``Cruz himself``): the pronoun is the name's own
_EN_SAID_PRONOUN = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z][\w'’-]*)[ \u00a0]+(?:(?:also|later|then|has|had)[ \u00a0]+)?(?:"
    r"(?:said|says|added|insisted|insists|argued|argues|noted|stressed|claimed|claims|explained|acknowledged"
    r"|admitted|admits|conceded|replied|thinks|thought|believes|believed|hopes|hoped|feels|felt|knows|knew|vowed"
    r"|promised|pledged|recalled|recalls|wrote|writes|announced|declared|predicted|suggested|indicated"
    r"|told[ \u00a0]+(?:reporters|the[ \u00a0]+[a-z]+|[A-Z][\w'’-]*|[a-z]+))"
    r"[ \u00a0]+(?:that[ \u00a0]+)?(?P<pro>he|she)\b"
    r"|(?P<refl>himself|herself)\b)"
)


@lru_cache(maxsize=1)
def gender_detector() -> Callable[[str], str] | None:
    try:
        from gender_guesser.detector import Detector
    except Exception:
        return None
    detector = Detector(case_sensitive=False)

    def get_gender(name: str) -> str:
        return str(detector.get_gender(name))

    return get_gender


def is_cap(token: str) -> bool:
    head = token.lstrip("'‘’(")
    return bool(head) and bool(_UPPER_START.match(head)) and head[0].isupper()


def is_acronym(token: str) -> bool:
    core = token.strip(".")
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(core) <= 8


def _initials(token: str) -> bool:
    """``AS``, ``M.``, ``H.R.``: one to three capital letters, dots allowed (a name's initials)."""
    core = token.replace(".", "")
    return 0 < len(core) <= 3 and core.isalpha() and core.isupper()


#: (English) prepositions that open a sentence before a name and are no part of it (``Regarding Ireland, Regling
#: said ...`` gives no fuller form ``Regarding Ireland`` of ``Ireland``)
_EN_NAME_STOPS = frozenset(
    {"regarding", "concerning", "including", "unlike", "despite", "amid", "among", "against", "toward", "towards"}
)
#: (English) a person's initials as ``clean_word`` leaves them (``J.T``, ``J``)
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){0,2}")


def clean_word(token: str) -> str:
    return token.strip(".,;:!?'’‘\"()")


def lower_token(token: str) -> str:
    return clean_word(token).lower()


#: a company's legal form right before a name (``PT Sido Muncul``, ``CV. Maju``)
_COMPANY_FORM = re.compile(r"(?<![\w-])(?:PT|CV)\.?[ \u00a0]+$")


#: an acronym, or a short name with a capital inside it (``Kemenpan-RB``, ``KemenPAN``)
_ACRONYM_LIKE = re.compile(r"^(?:[A-Z]{2,}[\w.-]*|[A-Z][a-z]+-?[A-Z]{2,}[\w-]*)$")
#: a run of capitalised words that may name an organisation, its legal forms and ``dan`` included
_ORG_RUN = re.compile(
    r"(?<![\w-])[A-Z][\w&'’.-]*(?:[ \u00a0]+(?:(?:dan|and|of|&)[ \u00a0]+)?(?:\(Persero\)|[A-Z][\w&'’-]*)){1,9}"
)
_LEGAL_FORMS = frozenset({"pt", "cv", "tbk", "persero"})
_RUN_SKIP = _LEGAL_FORMS | frozenset({"dan", "and", "of", "&"})
#: (English) the function words an organisation's acronym skips (``EPIC``, ``ACLU``)
_INITIALS_SKIP = frozenset({"of", "and", "for", "the", "&", "on", "in"})


def _british(name: str) -> str:
    """``name`` in lower case, hyphens as spaces, the -ize spellings made -ise (``Organization`` and
    ``Organisation``, ``France-Presse`` and ``France Presse`` alike)."""
    return re.sub(r"iz(?=ation|e)", "is", name.lower().replace("-", " "))


def _heads_spell(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` split, in order, into a non-empty head of each of ``words``."""
    if not words:
        return not letters
    word = words[0]
    for k in range(min(len(letters), len(word)), 0, -1):
        if word.startswith(letters[:k]) and len(letters) - k >= len(words) - 1 and _heads_spell(letters[k:], words[1:]):
            return True
    return False


_NAME_PARTS = re.compile(r"[ \u00a0]*-[ \u00a0]*|[ \u00a0]+")


class Registry:
    """Names known in one body: the people stage's, then those seen so far."""

    def __init__(
        self,
        people: Sequence[Person],
        organizations: Sequence[Organization],
        resolver: Callable[[str, list[Person]], Person | None] | None = None,
    ) -> None:
        # a "name" of five or more words is a headline the people stage took for a name
        # (and a "name" that opens with an organisation word is an organisation: ``Brigade Ezzedine``)
        # (five words are a name when the first is a first name: ``Muhammad Nafan Aji Gusta Utama``)
        self.people = [p for p in people if _name_length_ok(p.name) and not org_named(p.name)]
        self.organizations = list(organizations)
        self.resolver = resolver
        self.seen: list[str] = []  # full names met so far, in order
        self.body = ""
        self.lower_words: frozenset[str] = frozenset()
        self._fullest: dict[str, list[tuple[int, str]]] = {}
        self._expanded: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}
        self._said_genders: dict[str, str] | None = None  # (English) surname -> the gender its pronouns give
        self._people_cache: dict[str, str | None] = {}  # name -> the people stage's name for it
        self.cursor = 0  # where in the body the name being resolved stands
        self.language = ""
        self._org_names: dict[str, str] = {}
        self._nicknames: dict[str, str] = {}  # ``Tiko`` -> ``Kartiko Wirjoatmodjo`` (``akrab disapa Tiko``)
        self._company_shorts: frozenset[str] = frozenset()  # ``Indana`` (``PT Inti Daya ... (Indana)``)
        self._renamed: dict[str, str] = {}  # ``Rap Monster`` -> ``RM`` (``RM (yang sebelumnya ... Rap Monster)``)
        self._canonical_cache: dict[tuple[str, int], str] = {}
        # (name, cursor, names seen so far) -> canonical(name): what ``canonical`` reads besides the state
        # ``read`` sets (the body, the people, nicknames, renames) and its own lazily filled caches
        self._canon_memo: dict[tuple[str, int, int], str] = {}
        self._knights: dict[str, str] = {}  # (English) ``sir paul`` -> ``Paul McCartney`` (``Sir Paul McCartney``)
        self._forms_cache: tuple[list[Person], list[tuple[Person, str, list[str]]]] | None = None
        self._org_tails: frozenset[str] = frozenset()
        self._org_lead_memo: dict[str, int] = {}
        self._org_word_cache: tuple[int, frozenset[str]] = (-1, frozenset())
        self._flat_body = ""  # the body in lower case, hyphens and runs of spaces as one space
        for org in self.organizations:
            for form in [org.name, *org.aliases]:
                if form:
                    self._org_names.setdefault(form.lower(), org.name)

    def read(self, body: str, language: str) -> None:
        """Learn the body, and (Indonesian) which words it also writes in lower case.

        A capitalised word that the same article also writes in lower case is a
        plain word (``Modal Kerja``), not a name. English names are too often
        plain words (Rose, Price, Bush) for this test, so it is Indonesian only.
        """
        self.body = body
        self.language = language
        self._flat_body = ""
        self._said_genders = None
        self._canon_memo.clear()
        self._org_lead_memo.clear()
        if language == "en":
            # ``Dorothy Woods Defends Trump Amid ...`` (a headline) with the alias ``Dorothy Woods`` the body writes:
            # the person is the alias's
            self.people = [self._headline_name_to_alias(p) for p in self.people]
        # a "name" the people stage took from a headline (``Donald Trump Praises Breitbart``)
        self.people = [
            p
            for p in self.people
            if self._written_outside_titles(p.name) or (language == "en" and self._surname_outside_titles(p))
        ]
        self._people_cache.clear()
        if language == "id":
            # ``Menganggur Budi`` (a headline's last word before a lost paragraph break): the name is ``Budi``
            self.people = [self._after_break(_without_lead_words(p)) for p in self.people]
            # ``PT Sido Muncul``: a "name" the article writes after a company form is the company, not a person
            self.people = [p for p in self.people if not self._company_named(p.name)]
            # ``Dikelola Taspen  Iqbal menjelaskan`` (a lost break): ``Taspen Iqbal`` is a company word and a name
            self.people = [p for p in self.people if not self._org_glued(p.name)]
            # ``PT Inti Daya Guna Aneka Warna (Indana) ... Vice President Indana Steven``: a company's short name
            # before a person's name is the company, not a first name
            # ``Bupati Poso mengatakan`` next to ``Bupati Poso Darmin A. Sigilipu``: the word after the title is the
            # region of a known person's role, not a person of its own
            self.people = [p for p in self.people if not self._region_of_role(p)]
            # ``CEO Urban Quarter Adelaide Chintara``: the company's words before the person's own name
            self.people = [self._without_org_lead(p) for p in self.people]
            # ``Jaksa Agung M Prasetyo`` (role ``Jaksa``): the word that completes the title is no first name
            self.people = [self._without_title_end(p) for p in self.people]
            self._company_shorts = self._company_short_names()
            if self._company_shorts:
                self.people = [_without_company_word(p, self._company_shorts) for p in self.people]
            prose = _HANDLE_OR_TAG.sub(" ", body) if "@" in body or "#" in body else body
            self.lower_words = frozenset(m.group() for m in _LOWER_WORD.finditer(prose)) | _id_stopwords()
            self._nicknames = self._read_nicknames()
            self._renamed = self._read_renames()
            self._local_org_names()
        else:
            self.lower_words = EN_FUNCTION
            if language == "en":
                self._local_acronyms()
        self._knights = self._read_knights() if language == "en" else {}
        self._canon_memo.clear()  # whatever was resolved while reading the body was resolved against partial state

    def _read_knights(self) -> dict[str, str]:
        """(English) ``Sir Paul`` and ``Dame Judi`` for the known person the body writes as ``Sir Paul McCartney``,
        ``Dame Judi Dench``: a British knight or dame is called by the title and the given name, so the two words
        are that person when no other known person has that given name."""
        knights: dict[str, str] = {}
        if "Sir " not in self.body and "Dame " not in self.body:
            return knights
        firsts: dict[str, set[str]] = {}
        for person in self.people:
            words = person.name.split()
            if len(words) >= 2:
                firsts.setdefault(words[0].lower(), set()).add(person.name)
        for person in self.people:
            words = person.name.split()
            if len(words) < 2 or len(firsts.get(words[0].lower(), ())) != 1:
                continue
            for title in ("Sir", "Dame"):
                titled = f"{title} {person.name}"
                if titled not in self.body or next(word_spans(self.body, titled), None) is None:
                    continue
                others = {
                    m.group(1)
                    for m in re.finditer(rf"\b{title} {re.escape(words[0])} ([A-Z][\w'’-]+)", self.body)
                    if m.group(1) not in words
                }
                if not others:  # ``Sir Bobby Robson`` and ``Sir Bobby Charlton``: ``Sir Bobby`` is either
                    knights[f"{title} {words[0]}".lower()] = person.name
        return knights

    def knight(self, tokens: Sequence[str]) -> str | None:
        """(English) the known person the last two tokens (``Sir Elton``) stand for, when the body knights them."""
        if not self._knights or len(tokens) < 2:
            return None
        return self._knights.get(f"{clean_word(tokens[-2])} {clean_word(tokens[-1])}".lower())

    def _org_glued(self, name: str) -> bool:
        """(Indonesian) a two-word "name" whose first word is the last word of a known organisation's name
        (``PT Taspen``) and whose second opens another known person's name of two words or more."""
        words = name.split()
        if len(words) != 2:
            return False
        if not any(org.name.split()[-1] == words[0] for org in self.organizations if len(org.name.split()) > 1):
            return False
        return any(
            len(other := p.name.split()) >= 2 and other[0] == words[1] and p.name != name for p in self.people
        )

    def _company_named(self, name: str) -> bool:
        """(Indonesian) whether the body writes ``name`` (two words or more) right after ``PT``/``CV``/``Tbk``
        (``PT Sido Muncul``): a company's name, whatever the people stage made of it."""
        if len(name.split()) < 2:
            return False
        pos = self.body.find(name)
        for _ in range(50):
            if pos < 0:
                return False
            if _COMPANY_FORM.search(self.body, max(0, pos - 6), pos):
                return True
            pos = self.body.find(name, pos + 1)
        return False

    def _company_short_names(self) -> frozenset[str]:
        """(Indonesian) the short names the body gives companies in brackets right after their full name
        (``PT Inti Daya Guna Aneka Warna (Indana)``): one capitalised word, not an acronym, not a word
        of the full name."""
        out = set()
        for count, match in enumerate(_COMPANY_SHORT.finditer(self.body)):
            short = match.group("short")
            if count > 20:
                break
            if short not in match.group("full").split() and not is_acronym(short):
                out.add(short)
        return frozenset(out)

    def _local_org_names(self) -> None:
        """(Indonesian) an organisation speaks under the full name the article writes, not the gazetteer's
        English one: ``ungkap BEI`` in an article that writes ``Bursa Efek Indonesia`` gives that name,
        not ``Indonesia Stock Exchange``. The organisations stage and the site keep the canonical name;
        only the speaker takes the article's own (longest written full form of two words or more)."""
        for org in self.organizations:
            if not org.name or org.name in self.body:
                continue
            written = [a for a in org.aliases if len(a.split()) >= 2 and not is_acronym(a) and a in self.body]
            if not written:
                continue
            local = max(written, key=len)
            for form in [org.name, *org.aliases]:
                if form and self._org_names.get(form.lower()) == org.name:
                    self._org_names[form.lower()] = local

    def _local_acronyms(self) -> None:
        """(English) an acronym speaks for the organisation the article itself spells out, not the gazetteer's
        one of the same letters: ``the WTO said`` in an article that writes ``the World Tourism Organisation``
        (and never ``World Trade Organization``) gives that name. The spelled-out name is a run of capitalised
        words whose initials (``of``/``and``/``&`` skipped) are the acronym's letters, one run only."""
        for org in self.organizations:
            if not org.name or org.name in self.body:
                continue
            for acronym in org.aliases:
                if not is_acronym(acronym) or len(acronym) < 3 or acronym not in self.body:
                    continue
                local = self._spelled_out(acronym)
                if local is None or _british(local) in {_british(f) for f in (org.name, *org.aliases)}:
                    continue
                if self._org_names.get(acronym.lower()) == org.name:
                    self._org_names[acronym.lower()] = local

    def _spelled_out(self, acronym: str) -> str | None:
        """(English) the one run of capitalised words the body writes whose initials spell ``acronym``."""
        letters = acronym.replace(".", "").upper()
        found: set[str] = set()
        for count, match in enumerate(_ORG_RUN.finditer(self.body)):
            if count > 400:
                break
            words = match.group().split()
            core = [k for k, w in enumerate(words) if w.lower() not in _RUN_SKIP]
            for a in range(len(core) - len(letters) + 1):
                picked = core[a : a + len(letters)]
                if "".join(words[k][0] for k in picked) == letters:
                    found.add(" ".join(words[picked[0] : picked[-1] + 1]).strip(".,;:'’"))
        return next(iter(found)) if len(found) == 1 else None

    def _after_break(self, person: Person) -> Person:
        """``Milenial  Heliantopo``: a "name" the body writes only across a lost paragraph break (two spaces or
        more) is the words after the break (``Heliantopo``), the end of a headline before it."""
        words = person.name.split()
        if len(words) < 2 or person.name in self.body:
            return person
        gaps = r"([ \u00a0]+|[ \u00a0]*\n\s*)".join(re.escape(w) for w in words)
        match = re.search(gaps, self.body)
        if match is None:
            return person
        breaks = [k for k, gap in enumerate(match.groups()) if gap != " "]
        if not breaks:
            return person
        return replace(person, name=" ".join(words[breaks[-1] + 1 :]))

    def _without_org_lead(self, person: Person) -> Person:
        """(Indonesian) ``person`` without the leading words of its name that name an organisation or a place
        (``_org_lead``)."""
        k = self._org_lead(person.name)
        if not k:
            return person
        words = person.name.split()
        name = " ".join(words[k:])
        # its aliases stay (``Urban Quarter`` of ``pihak Urban Quarter menegaskan`` still points to the person)
        return replace(person, name=name, aliases=[a for a in person.aliases if a != name])

    def org_lead(self, name: str) -> int:
        """(Indonesian) how many leading words of ``name`` are an organisation's or a place's (``_org_lead``)."""
        return self._org_lead(name) if self.language == "id" else 0

    def _org_lead(self, name: str) -> int:
        """(Indonesian) how many leading words of a name of two to six words are an organisation's or a place's,
        written between a role and the person's own name (``CEO Urban Quarter Adelaide Chintara``, ``Bupati
        Lamongan Fadeli``, ``pelatih Arema Aji Santoso``): the most leading words that ``_lead_stands_apart``
        takes; 0 when none."""
        memo = self._org_lead_memo.get(name)
        if memo is not None:
            return memo
        words = name.split()
        found = 0
        if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words):
            for k in range(len(words) - 1, 0, -1):
                if self._lead_stands_apart(words[:k], words[k:]):
                    found = k
                    break
        self._org_lead_memo[name] = found
        return found

    def _without_title_end(self, person: Person) -> Person:
        """(Indonesian) ``person`` without a first word that, after the last word of its role, completes a
        title of two words or more that the lexicon knows (``Jaksa`` + ``Agung`` of ``Jaksa Agung M Prasetyo``;
        ``Agung`` is also a first name, so the people stage kept it in the name). The rest holds two words or
        more, and the body writes the title elsewhere not before the rest (``Jaksa Agung mengatakan``)."""
        words = person.name.split()
        if not person.role or len(words) < 3 or not person.role.split()[-1][:1].isupper():
            return person
        last_role, first = fold(person.role.split()[-1]), fold(words[0])
        heads = lexicon("id").role_heads.get(first, ())
        if not any(len(h) >= 2 and h[-2:] == (last_role, first) for h in heads):
            return person
        title = f"{person.role.split()[-1]} {words[0]}"
        apart = any(
            (nxt := _NEXT_WORD.match(self.body, m.end())) is None or nxt.group(1) != words[1]
            for m in whole_word_pattern(title).finditer(self.body)
        )
        if not apart:
            return person  # the title is written only before this name: nothing shows its last word is no name
        name = " ".join(words[1:])
        aliases = [a for a in person.aliases if a != name]
        return replace(person, name=name, role=f"{person.role} {words[0]}", aliases=aliases)

    def _org_words(self) -> frozenset[str]:
        """The words of the known organisations' names, lower-cased (cached while the names stay the same)."""
        if self._org_word_cache[0] != len(self._org_names):
            words = frozenset(w for form in self._org_names for w in form.split())
            self._org_word_cache = (len(self._org_names), words)
        return self._org_word_cache[1]

    def _lead_stands_apart(self, lead: list[str], rest: list[str]) -> bool:
        """(Indonesian) ``lead`` (words opening a name, then ``rest``) names an organisation or a place: the
        body writes it on its own (not before ``rest``) at least once, never right after a speech word (``kata
        Budi``, ``menurut Budi``) or an honorific (``Pak Budi``), and it is an acronym's, a known organisation
        or place, or written after ``di``/``ke``/``pihak``/``PT``/``Kabupaten``/... or a known organisation's
        word, before ``FC``/``Tbk``/``Air``, or in brackets after an organisation's name (``Kementerian Keuangan
        (Kemkeu)``). The words are no initials, listed first names or words of another known person's name
        (one glued alike aside); the rest opens with no role, organisation or plain word, and a one-word rest is
        a person the people stage lists on its own or a long word after an acronym. (An organisation may speak
        after its name: ``pihak Urban Quarter menegaskan`` is no sign of a person.)"""
        whole = " ".join(lead + rest)
        if len(rest) == 1 and not any(p.name == rest[0] for p in self.people) and not (
            is_acronym(lead[-1]) and len(rest[0]) >= 5
        ):
            # a one-word rest is a person the people stage lists on its own, or a long word after an acronym
            # (``Divisi Tresuri BNI Legendariah``)
            return False
        # ``PT Indra Karya`` written elsewhere without the rest: the words are a company's name, though ``Indra`` is
        # also a first name and the company's words, learned with the name glued on, hold the rest
        firm = self._firm_written_apart(lead, rest[0])
        if self.common(rest[0]) or (rest[0].lower() in self._org_words() and not firm) or any(
            len(w) < 3
            or w.endswith(".")
            or lower_token(w) in _SPEECH_NEAR_NAME
            or (w.lower() in listed_given_names() and not firm)
            for w in lead
        ):
            return False  # ``Adaro Power Dharma ...``, ``M Nur Khabsyin``, ``I Made ...``, ``Hariyadi B. Sukamdani``
        lead_text = " ".join(lead)
        others = {
            w
            for p in self.people
            if p.name != whole and not p.name.startswith(lead_text + " ")  # (``Jeddah Gunawan``, glued alike)
            # (``Komnas`` listed on its own from ``Komnas HAM``: the lead's opening before its acronym)
            and not (is_acronym(lead[-1]) and (lead_text + " ").startswith(p.name + " "))
            for form in [p.name, *p.aliases]
            for w in form.split()
        }
        if others & set(lead) and not firm:
            # ``Sukamdani Sahid ...`` beside ``Hariyadi Bidisantoso Sukamdani``: a person's word (not when the body
            # writes the words as a firm's, ``PT Ramayana Lestari Sentosa``, beside ``Toiletris Ramayana``)
            return False
        # the words are an organisation's or a place's by themselves (``Komnas HAM``, ``Tresuri BNI``, a known
        # organisation or place), or the body writes them so elsewhere (``di Arema``, ``pihak Urban Quarter``,
        # ``Kabupaten Jayawijaya``, ``PT Marga Abhinaya Abadi``, ``Arema FC``)
        placed = (
            is_acronym(lead[-1])
            or lead_text.lower() in self._org_names
            or (names_place(lead_text, "id") and not any(w.lower() in given_names() for w in lead))
        )
        body = self.body
        alone = False
        for match in whole_word_pattern(lead_text).finditer(body):
            after = body[match.end() : match.end() + 40]
            before = body[max(0, match.start() - 30) : match.start()]
            nxt = _NEXT_WORD.match(after)
            if nxt is not None and nxt.group(1) == rest[0]:
                if _NAMED_BEFORE.search(before):
                    return False  # ``seorang penggemar bernama Jordan Coombe``: the whole is a name
                continue  # the name itself
            if _SPEECH_BEFORE_NAME.search(before) or _HONORIFIC_BEFORE_NAME.search(before):
                return False  # ``kata Budi``, ``Pak Budi``: the words stand for a person
            alone = True
            prev = _PREVIOUS_WORD.search(before)
            if (
                (prev is not None and lower_token(prev.group(1)) in _ORG_CONTEXT_BEFORE)
                or (nxt is not None and lower_token(nxt.group(1)) in _ORG_TAIL_AFTER)
                # ``Kementerian Keuangan (Kemkeu)``: the short name of the organisation written before
                or (body[match.start() - 1 : match.start()] == "(" and body[match.end() : match.end() + 1] == ")"
                    and _ORG_LED_BEFORE.search(body, max(0, match.start() - 80), match.start() - 1) is not None)
                # ``PT Sigap Prima Astrea`` (``PT Sigap Prima`` known): the words go on with an organisation's name
                or (prev is not None and prev.group(1)[:1].isupper() and prev.group(1).lower() in self._org_words())
            ):
                placed = True
        if not alone and len(lead) >= 2 and is_acronym(lead[-1]):
            # ``General Manager Divisi Tresuri BNI Legendariah``: a unit or office word and an organisation's acronym
            # that the body writes on its own elsewhere (``(BNI)``, ``BNI mencatatkan``) hold the organisation, though
            # the two together are written only before the name
            alone = any(
                (nxt := _NEXT_WORD.match(body, m.end())) is None or nxt.group(1) != rest[0]
                for m in whole_word_pattern(lead[-1]).finditer(body)
            )
        return alone and placed

    def _firm_written_apart(self, lead: list[str], after: str) -> bool:
        """(Indonesian) the body writes ``lead`` right after a company form (``PT``, ``CV``, ``Perum``) and not
        before ``after`` (``PT Indra Karya, BUMN yang ...``): the words are a company's name."""
        body = self.body
        for match in whole_word_pattern(" ".join(lead)).finditer(body):
            prev = _PREVIOUS_WORD.search(body, max(0, match.start() - 12), match.start())
            if prev is None or prev.group(1).lower() not in _COMPANY_FORMS:
                continue
            nxt = _NEXT_WORD.match(body, match.end())
            if nxt is None or nxt.group(1) != after:
                return True
        return False

    def _region_of_role(self, person: Person) -> bool:
        """(Indonesian) a one-word "name" with a role before it that, with the role, is another known person's
        whole role (``Poso``, role ``Bupati``, beside ``Darmin A. Sigilipu``, role ``Bupati Poso``)."""
        if person.role is None or len(person.name.split()) != 1:
            return False
        whole = f"{person.role} {person.name}".lower()
        return any(
            other is not person and len(other.name.split()) >= 2 and (other.role or "").lower() == whole
            for other in self.people
        )

    def role_holder(self, phrase: str) -> Person | None:
        """(Indonesian) the one known person whose role (two words or more) is exactly ``phrase``, its words
        compared without case (``Bupati Poso mengatakan`` after ``Bupati Poso Darmin A. Sigilipu``)."""
        words = phrase.lower().split()
        if len(words) < 2:
            return None
        holders = [
            p
            for p in self.people
            if len(p.name.split()) >= 2 and p.role is not None and p.role.lower().split() == words
        ]
        return holders[0] if len({p.name for p in holders}) == 1 else None

    def _read_nicknames(self) -> dict[str, str]:
        """``Kartiko Wirjoatmodjo ... bankir yang akrab disapa Tiko``: the short name the article links.

        The nickname belongs to the person the people stage knows (by a name of two words
        or more, or by one word of six letters or more other than the nickname) who is written
        last before the phrase, within a few sentences, by that name or by one of its aliases
        (``Tontowi Ahmad / Liliyana Natsir ... Lee Yang / Hsu Ya Ching ... Liliyana atau yang
        akrab disapa Butet``: Liliyana, the nearer full name is someone else). A nickname written first
        (``kata Ucok -- begitulah ia akrab disapa --``) may point further back, to the sole full name before it.
        """
        out: dict[str, str] = {}
        full_names = sorted({p.name for p in self.people if len(p.name.split()) >= 2}, key=len, reverse=True)
        if not full_names and not any(_single_name(p.name) for p in self.people):
            return out
        matches = [*_NICKNAME.finditer(self.body), *_NICKNAME_BEFORE.finditer(self.body)]
        if not matches:
            return out
        # ``Kepala BPS Suhariyanto ... pria yang disapa Ketjuk``: a one-word name stands for a person too
        single = [(p.name, p.name) for p in self.people if _single_name(p.name) and not self.common(p.name)]
        if not full_names and not single:
            return out
        forms = [(name, name) for name in full_names] + [
            (alias, p.name)
            for p in self.people
            if len(p.name.split()) >= 2
            for alias in p.aliases
            if len(alias) >= 3 and alias[:1].isupper() and not self.common(alias)
        ]
        for count, match in enumerate(matches):
            nick = match.group("nick")
            if count > 20 or nick in out or any(nick in name.split() for name in full_names):
                continue
            window = self.body[max(0, match.start() - 400) : match.start()]
            best: tuple[int, str] | None = None
            for form, name in forms + [(form, name) for form, name in single if name != nick]:
                at = _last_whole_word(window, form)
                if at >= 0 and (best is None or at > best[0]):
                    best = (at, name)
            if best is None and match.re is _NICKNAME_BEFORE:
                best = self._sole_full_name_before(match.start(), full_names)
            if best is not None:
                out[nick] = best[1]
        return out

    def _sole_full_name_before(self, pos: int, full_names: list[str]) -> tuple[int, str] | None:
        """``Pelatih Budi Santoso ... (far on) ... kata Ucok -- begitulah ia akrab disapa --``: an aside that
        names the speaker's nickname points to the article's person; when one full name only is written
        anywhere before it, that person is the one."""
        before = [name for name in full_names if _last_whole_word(self.body[:pos], name) >= 0]
        return (0, before[0]) if len(before) == 1 else None

    def _read_renames(self) -> dict[str, str]:
        """``RM (yang sebelumnya dikenal dengan nama Rap Monster)``: a person's former name, mapped to the name
        they go by now (the one the article writes first). Both are the same person; the current name is
        the canonical one, even when the former is longer. No organisation or place on either side."""
        out: dict[str, str] = {}
        for count, match in enumerate(_RENAMED.finditer(self.body)):
            words = match.group("now").split()
            while len(words) > 1 and (self.common(words[0]) or self.plain_word(words[0])):
                words.pop(0)  # ``Penyanyi BW (dulu bernama ...)``: a role word before the name
            now, old = " ".join(words), match.group("old")
            if count > 20 or old in out:
                continue
            if any(self.organization(n) or names_place(n, self.language) for n in (now, old)):
                continue
            if any(lower_token(w) in ORG_WORDS or lower_token(w) in _LEGAL_FORMS for w in [*now.split(), *old.split()]):
                continue
            if not self.is_person_like(old) or (self.common(now.split()[0]) and not is_acronym(now)):
                continue
            out[old] = now
        return out

    def given_name(self, word: str) -> bool:
        """Whether ``word`` is a known first name (the gender guesser knows it), so a name starts with it."""
        detect = gender_detector()
        return detect is not None and len(word) > 1 and detect(clean_word(word)) not in ("unknown", "")

    def verb_form(self, word: str) -> bool:
        """(Indonesian) a frequent word built like a prefixed verb (``Mengutip``, ``Dilansir``), not a first name."""
        return self.language == "id" and _id_verb(lower_token(word)) and not self.given_name(word)

    def plain_word(self, word: str) -> bool:
        """(Indonesian) a frequent word of the language (``Senada``, ``Sementara``), not a first name."""
        low = lower_token(word)
        return self.language == "id" and _zipf_id(low) >= 4.0 and not self.given_name(word) and low not in given_names()

    def lead_word(self, word: str) -> bool:
        """(Indonesian) a word that cannot open a name: a prefixed verb or a derived noun
        (``Mengutip``, ``Kedatangan``, ``Pernyataan``) that is no first name."""
        return self.verb_form(word) or _derived_noun(word, self.language)

    def function_word(self, word: str) -> bool:
        """A stop word of the body's language (``kita``, ``the``)."""
        low = word.lower()
        return low in EN_FUNCTION or (self.language != "en" and low in _id_stopwords())

    def common(self, token: str) -> bool:
        """A capitalised word that is a role, an organisation word (or a company's short name), or a plain word
        of the body."""
        low = lower_token(token)
        return (
            low in ROLE_WORDS
            or low in ORG_WORDS
            or low in NOT_NAMES
            or low in NAME_TITLES
            or low in CONNECTORS
            or is_acronym(clean_word(token))
            or clean_word(token) in self._company_shorts
            or (low in self.lower_words and low not in NAME_PARTICLES)
            or (self.language == "id" and len(low) >= 7 and low.endswith("nya"))  # ``Menurutnya``, ``Pihaknya``
        )

    def fullest(self, token: str) -> str | None:
        """The fullest name in the body that contains ``token`` as a word (or word start).

        When the body holds several different full names for it (two Nguyens),
        the one written nearest before ``self.cursor`` wins, else the first.
        """
        if not self.body or not token or not token[:1].isupper():
            return None
        if is_acronym(token):
            if token not in self._expanded:
                # ``AS`` (Amerika Serikat) is a country, not ``Arab Saudi`` nor a person's initials
                place = names_place(token, self.language)
                self._expanded[token] = (
                    "" if place else self.org_full_form(token) or self._expand(token) or self._initials_of(token) or ""
                )
            return self._expanded[token] or None
        if len(token) < 3:
            return None
        if token not in self._fullest:
            alias = alias_pattern(token).search(self.body) if _bracketed(token, self.body) else None
            if alias:
                words = alias.group(1).split()
                while words and self.common(words[0]):
                    words.pop(0)
                if len(words) >= 2:
                    self._fullest[token] = [(-1, " ".join(words))]
        if token not in self._fullest:
            self._fullest[token] = self._full_names(token)
        candidates = self._fullest[token]
        if not candidates:
            return None
        longest = max((name for _, name in candidates), key=len)
        if all(_subsequence(name.split(), longest.split()) for _, name in candidates):
            return longest
        before = [name for pos, name in candidates if pos <= self.cursor]
        return before[-1] if before else candidates[0][1]

    def _written_outside_titles(self, name: str) -> bool:
        """Whether ``name`` stands in the body outside headline-like lines (or not at all as written)."""
        if len(name.split()) < 2:
            return True
        pos = self.body.find(name)
        if pos < 0:
            return True  # the people stage tidied the spelling: nothing to check against
        for _ in range(50):
            if pos < 0:
                return False
            if not self._in_title_line(pos):
                return True
            pos = self.body.find(name, pos + 1)
        return True

    def _headline_name_to_alias(self, person: Person) -> Person:
        """(English) a person whose name the body writes only on headline-like lines, renamed to its longest alias of
        two or three words opening with a first name that the body writes outside them; else unchanged."""
        if len(person.name.split()) < 4 or self._written_outside_titles(person.name):
            return person
        for alias in sorted(person.aliases, key=lambda a: -len(a.split())):
            words = alias.split()
            if len(words) not in (2, 3) or not self.given_name(words[0]):
                continue
            if any(not self._in_title_line(m.start()) for m in whole_word_pattern(alias).finditer(self.body)):
                return replace(person, name=alias, aliases=[a for a in person.aliases if a != alias])
        return person

    def _surname_outside_titles(self, person: Person) -> bool:
        """(English) whether the body writes the last word of a name it gives only in a headline as the person's
        alias outside headline-like lines: ``Hillary Clinton Goes After ...`` then ``Clinton leaned in ...``
        (``Bernie Sanders Promises ...`` has no ``Promises`` of its own); the name opens with a first name."""
        words = person.name.split()
        last = words[-1]
        if last not in person.aliases or not last[:1].isupper():
            return False
        if len(words) not in (2, 3) or not self.given_name(words[0]):
            return False  # ``Ted Cruz Hints Trump``, ``Nominates Jim Yong Kim``: a headline's words, not a name
        return any(not self._in_title_line(m.start()) for m in whole_word_pattern(last).finditer(self.body))

    def _in_title_line(self, pos: int) -> bool:
        """Whether ``pos`` is on a headline-like line (most words capitalised)."""
        start = self.body.rfind("\n", max(0, pos - 300), pos) + 1
        end = self.body.find("\n", pos, pos + 300)
        words = self.body[start : end if end >= 0 else pos + 300].split()
        if len(words) < 4 or len(words) > 30:
            return False
        caps = sum(1 for w in words if w[:1].isupper())
        return caps >= 0.7 * len(words)

    def _full_names(self, token: str) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for match_start, match_end in full_name_matches(self.body, token):
            if match_start > 0 and self.body[match_start - 1].isalnum():
                continue
            if self.language == "id" and self.body[match_start - 1 : match_start] == "@":
                continue  # ``@TelkomCare Min``: a handle and the words after it, no name
            if self.language == "id" and _WORK_NOUN_BEFORE.search(self.body, max(0, match_start - 20), match_start):
                continue  # ``dalam acara Jimmy Kimmel Live``: the title of a show, not the host's full name
            if self._in_title_line(match_start):
                continue
            words = self._join_hyphens(self.body[match_start:match_end]).split()
            # the run of name words (no role, organisation or plain word) holding the token
            at = next((k for k, w in enumerate(words) if w.startswith(token)), None)
            if at is None or self.common(words[at]):
                continue
            # a sentence ends inside the run (``kata Paul Petrone. Baca juga``): keep the token's sentence
            ends = [k for k, w in enumerate(words) if w[-1:] in ".!?" and not is_initial(w)]
            before_at = [k for k in ends if k < at]
            if before_at:
                words = words[before_at[-1] + 1 :]
                at -= before_at[-1] + 1
            after_at = [k for k in ends if k >= at]
            if after_at:
                words = words[: after_at[0] + 1]
            lo, hi = at, at + 1
            while lo > 0 and (words[lo - 1].lower() not in _EN_NAME_STOPS or self.language != "en") and (
                not self.common(words[lo - 1])
                or month_between(words, lo - 1, self)
                or (lo > 1 and _initials(words[lo - 1]) and not self.common(words[lo - 2]))
            ):
                lo -= 1
            while hi < len(words) and (
                not self.common(words[hi])
                or (hi + 1 < len(words) and _initials(words[hi]) and not self.common(words[hi + 1]))
            ):
                hi += 1  # ``Dody AS Dalimunthe``: initials between two name words belong to the name
            if hi - lo >= 2 and hi == len(words) - 1 and self.body[match_end : match_end + 1] == ",":
                hi += self._name_tail(words[hi])
            named = self._person_after_org_word(words, at, hi)
            if named is not None:
                found.append((match_start, named))
                continue
            lo, hi = max(lo, at - 3), min(hi, at + 3)
            if self.language == "id":
                # ``kepada CNNIndonesia.com Telkom menerangkan``: an outlet's web address is no name word
                lo = max([lo, *(k + 1 for k in range(lo, at) if _WEB_ADDRESS.search(words[k]))])
            while lo < at and self.lead_word(words[lo]):
                lo += 1  # ``Pernyataan Wiranto``, ``Kedatangan Nolito``: a noun or verb before the name
            if hi - lo >= 5 and hi - at >= 2:
                lo = at  # ``Analis Asia Tradepoint Futures Deddy Yusuf Siregar``: the name starts at the token
            if self.language == "en":
                # an English full name ends at the surname (``Trump Tower`` is not Trump)
                if re.sub(r"['’]s?$", "", clean_word(words[at])) != token:
                    continue
                hi = at + 1
                if hi < len(words) and clean_word(words[hi]).lower() in ("jr", "sr", "ii", "iii"):
                    hi += 1
                titles = [k for k in range(lo + 1, at) if clean_word(words[k]) in _PEERAGE]
                if titles:
                    lo = titles[-1]  # ``the Lord Chancellor Lord Falconer``: the office, then the peer's own name
            name = [clean_word(w) for w in words[lo:hi]][:4]
            while name and name[0].lower() in NAME_PARTICLES:
                name.pop(0)
            if self.language == "id" and len(name) >= 2:
                lead = self._org_lead(" ".join(name))
                if lead and not any(w.startswith(token) for w in name[lead:]):
                    continue  # the token is the organisation's or place's word (``Arema`` of ``Arema Aji Santoso``)
                name = name[lead:]  # ``Bupati Lamongan Fadeli``: the region, then the name
            if len(name) >= 2:
                found.append((match_start, " ".join(name)))
            if len(found) > 50:
                break
        return found

    def _person_after_org_word(self, words: list[str], at: int, hi: int) -> str | None:
        """``Sekretaris Perusahaan HRTA Abadi Mohammad Ath Thoriz`` (of PT Hartadinata Abadi Tbk): the token is a
        word of a known organisation's name and a known person's full name follows it, so the run is the
        company's word, then the person; a later ``kata Abadi`` (the writer reusing the word) is that person."""
        token = clean_word(words[at]).lower()
        # inside the organisation's name, not its last word (``Lembaga Robert`` is the organisation stage
        # swallowing a first name), and no first name or known person itself
        if not any(token in form.split()[:-1] for form in self._org_names):
            return None
        if self.is_known_person(clean_word(words[at])) or token in given_names():
            return None
        rest = [clean_word(w) for w in words[at + 1 : hi]]
        for person in self.people:
            parts = person.name.split()
            if len(parts) >= 2 and rest[: len(parts)] == parts:
                return person.name
        return None

    def _name_tail(self, word: str) -> int:
        """1 when ``word``, capitalised before a comma after two name words, still ends the name (``Dalam`` of
        ``Aryan Warga Dalam, Ketua APKI``): a plain word of the language, but no role, organisation, title,
        connector or acronym; an organisation word only when the body writes it capitalised nowhere else.
        Indonesian only; else 0."""
        low = lower_token(word)
        if self.language != "id" or not is_cap(word) or is_acronym(clean_word(word)):
            return 0
        if low in ORG_WORDS and low not in ROLE_WORDS | NOT_NAMES | CONNECTORS and not low.endswith("nya"):
            # ``Ngakan Timur Antara, menjelaskan``: an organisation word (the news agency) that the body writes
            # capitalised nowhere else ends the name too
            return int(len(whole_word_pattern(clean_word(word)).findall(self.body)) == 1)
        return int(low not in ROLE_WORDS | ORG_WORDS | NOT_NAMES | CONNECTORS and not low.endswith("nya"))

    def _join_hyphens(self, text: str) -> str:
        """``Park Geun - hye`` (indosum's spaced hyphen) as ``Park Geun-hye``; a dash before a plain word ends it."""
        joined = _SPACED_HYPHEN.sub(
            lambda m: m.group(0) if self.function_word(m.group(2)) else f"{m.group(1)}-{m.group(2)}", text
        )
        dash = re.search(r"[ \u00a0]-[ \u00a0]", joined)
        return joined[: dash.start()] if dash else joined  # ``Budi Santoso - yang``: a dash, then the writer's words

    def _expand(self, acronym: str) -> str | None:
        """``Bursa Efek Indonesia (BEI)`` in the body: the name an acronym stands for."""
        if not _bracketed(acronym, self.body):
            return None  # the pattern needs ``(ACRONYM)``
        for count, match in enumerate(expansion_pattern(acronym).finditer(self.body)):
            words = match.group(1).split()
            while words and lower_token(words[0]) in (EN_FUNCTION | _id_stopwords() | NOT_NAMES):
                words.pop(0)
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if words and initials[-len(acronym) :].upper() == acronym.upper().replace(".", ""):
                if self.language == "en":
                    # ``North American Court of Arbitration for Sport (CAS)``: from the capitalised word giving the
                    # first letter, the connectors between them kept (not the last three words)
                    capitals = [k for k, w in enumerate(words) if w[:1].isupper()]
                    return " ".join(words[capitals[-len(acronym)] :]) if len(capitals) >= len(acronym) else None
                return " ".join(words[-len(acronym) :]) if len(words) > len(acronym) else " ".join(words)
            if count > 20:
                break
        return None

    def org_full_form(self, token: str) -> str | None:
        """(Indonesian) the fullest name the body writes for an acronym, with its legal forms: ``BNI`` ->
        ``PT Bank Negara Indonesia (Persero) Tbk``, ``Kemenpan-RB`` -> ``Kementerian Pendayagunaan Aparatur
        Negara dan Reformasi Birokrasi``. The acronym's letters, in order, must split into the heads of every
        word of a run of capitalised words (``dan``, ``&`` between them skipped), each word giving its first
        letter and maybe more (``Kemen`` of ``Kementerian``). Three letters or more, two words or more; a
        token in mixed case counts only with a capital inside it (``Kemenpan-RB``, not ``Rudy``)."""
        if self.language != "id" or not _ACRONYM_LIKE.match(token):
            return None
        letters = "".join(c for c in token.lower() if c.isalnum())
        if len(letters) < 3 or len(letters) > 12:
            return None
        key = (token, -3)
        if key not in self._canonical_cache:
            self._canonical_cache[key] = self._aligned_run(letters)
        return self._canonical_cache[key] or None

    def _aligned_run(self, letters: str) -> str:
        best = ""
        for count, match in enumerate(_ORG_RUN.finditer(self.body)):
            if count > 400:
                break
            tokens = list(re.finditer(r"\S+", match.group()))
            words = [clean_word(t.group()) for t in tokens]
            core = [k for k, w in enumerate(words) if w.lower() not in _RUN_SKIP and w.isalpha()]
            if len(core) < 2 or not any(w[:1].lower() == letters[0] for w in words):
                continue
            for a in range(len(core) - 1):
                if words[core[a]][:1].lower() != letters[0]:
                    continue
                for b in range(a + 2, len(core) + 1):
                    if not _heads_spell(letters, [words[k].lower() for k in core[a:b]]):
                        continue
                    lo, hi = core[a], core[b - 1]
                    while lo > 0 and words[lo - 1].lower() in _LEGAL_FORMS:
                        lo -= 1
                    while hi + 1 < len(words) and words[hi + 1].lower() in _LEGAL_FORMS:
                        hi += 1
                    text = match.group()[tokens[lo].start() : tokens[hi].end()].strip(".,;:")
                    if len(text) > len(best):
                        best = text
        return best

    def _initials_of(self, acronym: str) -> str | None:
        """``JK`` for ``Jusuf Kalla``: the one person name in the body whose initials the acronym is."""
        letters = acronym.replace(".", "")
        if not 2 <= len(letters) <= 4 or not letters.isalpha() or not letters.isupper():
            return None
        names: set[str] = set()
        for count, (start, end) in enumerate(initials_matches(self.body, letters)):
            words = self.body[start:end].split()
            if (
                not any(self.common(w) for w in words)
                and not self._in_title_line(start)
                and not names_place(" ".join(words), self.language)
                and not _FORMER_NAME.search(self.body, max(0, start - 60), start)
            ):
                names.add(" ".join(words))
            if count > 50 or len(names) > 1:
                break
        return next(iter(names)) if len(names) == 1 else None

    def is_known_person(self, name: str) -> bool:
        """Whether the people stage lists ``name`` (or has it as an alias), or the article gives a former name
        for it (``RM (yang sebelumnya dikenal dengan nama Rap Monster)``)."""
        if name in self._renamed.values():
            return True
        low = name.lower()
        return any(p.name.lower() == low or low in (a.lower() for a in p.aliases) for p in self.people)

    def is_person_like(self, name: str) -> bool:
        """A name that ends in a name word (not a role, organisation, plain word or acronym), or a name the
        article gives a person's former name for (``RM (yang sebelumnya ... Rap Monster)``)."""
        if name in self._renamed.values():
            return True
        words = name.split()
        return bool(words) and not self.common(words[-1]) and not is_acronym(clean_word(words[-1]))

    def learn_organization(self, name: str) -> None:
        """(English) an organisation the quote stage found introduced (``the media watchdog, Reporters Without
        Borders``): a later ``it`` may point back to it."""
        self._org_names.setdefault(name.lower(), name)

    def organization(self, phrase: str) -> str | None:
        return self._org_names.get(phrase.strip().lower())

    def org_prefix(self, words: Sequence[str]) -> int:
        """How many of ``words`` (at most all but one) end the name of a known organisation, a name word
        following (``Indra Karya`` of ``PT Indra Karya`` in ``Indra Karya Milfan Rantawi``); 0 when none do."""
        if len(words) < 2 or not self._org_names:
            return 0
        if not self._org_tails:
            forms = list(self._org_names)
            if self.language == "id":
                # ``Agro Lestari`` of ``PT Astra Agro Lestari Tbk``: the tails of the name without its company suffix
                forms += [_COMPANY_SUFFIX_END.sub("", form) for form in forms if _COMPANY_SUFFIX_END.search(form)]
            self._org_tails = frozenset(" ".join(form.split()[k:]) for form in forms for k in range(len(form.split())))
        for k in range(len(words) - 1, 0, -1):
            prefix = " ".join(clean_word(w) for w in words[:k])
            if prefix.lower() in self._org_tails and not self.common(words[k]) and self._from_people(prefix) is None:
                return k
        return 0

    def person_in(self, tokens: Sequence[str]) -> tuple[str, int] | None:
        """A known person whose name (or alias) ends the token run; (name, length)."""
        knight = self.knight(tokens)
        if knight is not None:
            return knight, 2  # ``Sir Elton`` for Sir Elton John
        words = [lower_token(t) for t in tokens]
        best: tuple[str, int] | None = None
        for person, form, parts in self._person_forms():
            k = len(parts)
            if k == 0 or k > len(words):
                continue
            if words[-k:] == parts and (best is None or k > best[1]):
                consistent = (
                    self.language != "en" or _same_surname(form, person.name) or self._middle_surname(form, person.name)
                )
                best = (person.name if consistent else form, k)
        if best is not None and best[1] == 1 and len(tokens) > 1 and self.language == "en":
            other = self._other_first_name(clean_word(tokens[-2]), best[0], tokens[-2].endswith("."))
            if other is not None:
                return f"{other} {clean_word(tokens[-1])}", 2
        return best

    def _person_forms(self) -> list[tuple[Person, str, list[str]]]:
        """(person, form, its lower-case words) for every name and alias of ``self.people`` (cached while the
        list object stays the same)."""
        cached = self._forms_cache
        if cached is None or cached[0] is not self.people:
            forms = [(p, form, [w.lower() for w in form.split()]) for p in self.people for form in [p.name, *p.aliases]]
            cached = self._forms_cache = (self.people, forms)
        return cached[1]

    def canonical(self, name: str) -> str:
        """The canonical full name for ``name`` (itself when nothing better).

        Tried in order: a nickname the article links to a full name (Indonesian),
        the people stage (its resolver, then names and aliases, then a unique
        person with that word in their name), a full name already met as a
        speaker, the fullest form the body writes, and (Indonesian) a known name
        the word is a misspelling or a Javanese short form of. A one-word answer
        from the people stage still gives way to a fuller form in the body.
        """
        key = (name, self.cursor, len(self.seen))
        memo = self._canon_memo.get(key)
        if memo is not None:
            return memo
        full = self._canonical(name)
        result = self._month_tail(full) if self.language == "id" else full
        self._canon_memo[key] = result
        return result

    def _canonical(self, name: str) -> str:
        knight = self.knight(name.split()) if self._knights and len(name.split()) == 2 else None
        if knight is not None:
            return knight
        if name in self._nicknames:
            return self._nicknames[name]
        if name in self._renamed:
            return self._renamed[name]
        if name in self._renamed.values():
            return name  # the name the person goes by now: not expanded (``RM`` stays ``RM``)
        found = self._from_people(name)
        if (
            found is not None
            and self.language == "en"
            and not _same_surname(name, found)
            and not self._first_name_alias(name, found)
            and not self._middle_surname(name, found)
        ):
            # ``Beck`` -> ``Glenn Beck Blasts Drudge``: a people-stage name that does not end in
            # the cue's surname is a mis-read; keep only a form of it that does (``Glenn Beck``)
            found = self._consistent_form(name)
        if found is not None and len(found.split()) > 1:
            if self.language == "id":
                found = self._clipped_surname(found)
            return (self._respelt(found, found) or found) if self.language == "id" else found
        if found is None and self.language == "id" and len(_NAME_PARTS.split(name)) > 1:
            respelt = self._respelt(name, None)
            if respelt:
                return respelt
        base = found or name
        if found is None and self.language == "en" and self.organization(name) == name:
            return name  # ``Google`` stays itself, not ``Once Google`` from a sentence opening
        if found is None and self.language == "en" and self.organization(name) is None:
            spelled = self.org_of_initials(name)
            if spelled is not None:
                return spelled  # ``EPIC says`` after ``the Electronic Privacy Information Center``
        if len(base.split()) == 1:
            token = base.lower()
            seen = sorted({full for full in self.seen if len(full.split()) > 1 and token in full.lower().split()})
            if len(seen) == 1:
                return seen[0]
            full = self.fullest(base)
            if full:
                return full
            if self.language == "id":
                usual = self._usual_spelling(base)
                if usual is not None:
                    return self._canonical(usual)  # ``Haryadi`` once, ``Hariyadi`` (a known name) more often
                return (
                    self._variant_of(base)
                    or self.org_full_form(base)
                    or self._nickname_of(base)
                    or self._national_company(base)
                    or base
                )
        return base

    def _middle_surname(self, name: str, found: str) -> bool:
        """(English) ``name`` is the middle word of ``found``, a three-word name whose last word is a rare word
        the body writes in full outside headline-like lines: a Spanish double surname (``Ms. Acosta`` for Melba
        Acosta Febo, ``Posada`` for Luis Posada Carriles) or a name with a second surname, which goes by the
        first. Not ``Sanders`` of ``Bernie Sanders Promises`` (a headline's verb glued to the name)."""
        parts = found.split()
        if len(parts) != 3 or " " in name.strip() or clean_word(name) != parts[1]:
            return False
        last = parts[2].lower()
        if last in given_names() or word_zipf is None or word_zipf(last, "en") >= 3.0 or self.common(parts[2]):
            return False
        for match in whole_word_pattern(parts[1]).finditer(self.body):
            before = _CAPITALISED_BEFORE.search(self.body, max(0, match.start() - 40), match.start())
            if before is not None and before.group(1) != parts[0] and before.group(1).lower() not in _HONORIFIC_GENDER:
                return False  # ``Yuvraj Singh`` beside ``Mahendra Singh Dhoni``: the word is someone else's too
        return any(not self._in_title_line(m.start()) for m in whole_word_pattern(found).finditer(self.body))

    def org_of_initials(self, name: str, shortest: int = 3) -> str | None:
        """(English) the one organisation of the article whose name's initials (``of``/``and``/``for``/``the``/``&``
        skipped) spell ``name``, an acronym of ``shortest`` letters or more the organisations stage holds as no
        alias (``EPIC`` for the ``Electronic Privacy Information Center``)."""
        if len(name) < shortest or not name.isalpha() or not name.isupper():
            return None
        found = {
            org.name
            for org in self.organizations
            if "".join(w[0] for w in org.name.split() if w.lower() not in _INITIALS_SKIP).upper() == name
        }
        return next(iter(found)) if len(found) == 1 else None

    def _other_first_name(self, word: str, found: str, dotted: bool = False) -> str | None:
        """(English) ``word`` when it is a first name written right before the surname of ``found``, the known
        person the bare surname gives, and not that person's own (``Bill`` before ``Clinton`` when the
        people stage holds only ``Hillary Clinton``, having dropped ``Bill`` as a plain word): the run names
        someone else who shares the surname. ``dotted``: the word was written with a period after it."""
        parts = found.split()
        if dotted and len(parts) >= 2 and _INITIALS.fullmatch(word) and word[0] != parts[0][0]:
            # ``J.T. Wang`` when the people stage holds only ``Henry Wang``: initials written with their periods that
            # are not the known person's
            return word + "."
        if len(parts) < 2 or not word[:1].isupper() or not word[1:2].islower() or word in parts:
            return None
        if len(word) > 2 and len(parts[0]) > 2 and word[:3] == parts[0][:3]:
            return None  # the known person's short form (``Ken`` for Kenneth)
        return word if self.given_name(word) and not self.common(word) else None

    def role_holder_before(self, word: str) -> str | None:
        """(Indonesian) the known person (two words or more) named within 80 characters after the last ``word``
        (a role noun: ``jaksa KPK, Ali Fikri``) written before the cursor, in the same sentence."""
        pattern = _role_word_pattern(word)
        last = None
        for match in pattern.finditer(self.body, 0, self.cursor):
            last_end = match.end()
            window = self.body[last_end : min(self.cursor, last_end + 80)]
            window = SENTENCE_STOP.split(window, maxsplit=1)[0]
            hits = [p.name for p in self.people if len(p.name.split()) >= 2 and p.name in window]
            if len(hits) == 1:
                last = hits[0]
        return self.canonical(last) if last else None

    def handle_owner(self, handle: str) -> str | None:
        """(Indonesian) the one known person (two words or more) whose name the handle spells, letters only,
        up to one letter more or less (``@ahmad_sopandii`` / ``Ahmad Sopandi``)."""
        letters = _NOT_LETTER.sub("", handle.lower())
        if len(letters) < 6:
            return None
        hits = set()
        for person in self.people:
            if len(person.name.split()) < 2:
                continue
            spelt = _NOT_LETTER.sub("", person.name.lower())
            if spelt == letters or (spelt[:1] == letters[:1] and one_edit(spelt, letters)):
                hits.add(person.name)
        return next(iter(hits)) if len(hits) == 1 else None

    def _national_company(self, token: str) -> str | None:
        """(Indonesian) ``kata Telkom`` -> ``Telkom Indonesia``: a word no known person bears that the body writes
        at least twice as ``<word> Indonesia`` (a company's national name)."""
        key = (token, -6)
        if key not in self._canonical_cache:
            full = f"{token} Indonesia"
            named = self.is_known_person(token) or lower_token(token) in given_names()
            self._canonical_cache[key] = full if not named and self.body.count(full) >= 2 else ""
        return self._canonical_cache[key] or None

    def _clipped_surname(self, name: str) -> str:
        """(Indonesian) ``Agus Marto`` -> ``Agus Martowardojo``: the one other known person with the same first
        name whose last name the last word opens (four letters or more, three letters or more left over)."""
        key = (name, -5)
        if key not in self._canonical_cache:
            words = name.split()
            found = ""
            if len(words) == 2 and len(words[1]) >= 4:
                head, tail = words[0].lower(), words[1].lower()
                hits = {
                    p.name
                    for p in self.people
                    if (other := p.name.lower().split())[0] == head
                    and len(other) >= 2
                    and len(other[-1]) >= len(tail) + 3
                    and other[-1].startswith(tail)
                }
                found = next(iter(hits)) if len(hits) == 1 else ""
            self._canonical_cache[key] = found
        return self._canonical_cache[key] or name

    def _respelt(self, name: str, default: str | None) -> str | None:
        """(Indonesian) the one known person that ``name`` (two parts or more, hyphens splitting) respells:
        ``Jun - Jin`` / ``Lee Jung-Jin``, ``Lee Min Hoo`` / ``Lee Min Ho``. The parts match the end of the
        person's name part for part, each the same or one letter off (same first letter, three letters or
        more), one at least the same and one not. A name the people stage lists itself gives way only to a
        form of as many parts that the body writes more often (the writer's slip is the rarer form)."""
        key = (name, -4)
        if key not in self._canonical_cache:
            parts = [w.lower() for w in _NAME_PARTS.split(name) if w]
            if not parts:  # separators only (``" - "``)
                self._canonical_cache[key] = ""
                return default
            if not self._flat_body:
                self._flat_body = _NAME_PARTS.sub(" ", self.body).lower()
            count = self._flat_body.count(" ".join(parts))
            found: set[str] = set()
            for person in self.people:
                other = [w.lower() for w in _NAME_PARTS.split(person.name) if w]
                if person.name == name or len(other) < len(parts) or (default and len(other) != len(parts)):
                    continue
                pairs = list(zip(parts, other[-len(parts) :], strict=True))
                same = sum(a == b for a, b in pairs)
                close = all(a == b or (len(a) >= 3 and a[0] == b[0] and one_edit(a, b)) for a, b in pairs)
                if close and 0 < same < len(pairs) and (not default or self._flat_body.count(" ".join(other)) > count):
                    found.add(person.name)
            self._canonical_cache[key] = next(iter(found)) if len(found) == 1 else ""
        return self._canonical_cache[key] or default

    def _month_tail(self, name: str) -> str:
        """``Leong Sook`` -> ``Leong Sook Mei``: a month word right after the name, not in a date, ends it."""
        words = name.split()
        if len(words) < 2 or lower_token(words[-1]) in NOT_NAMES or not self.body:
            return name
        key = (name, -1)
        if key not in self._canonical_cache:
            month = month_after(self.body, name)
            initial = None if month else initial_after(self.body, name)
            tail = month or initial
            self._canonical_cache[key] = f"{name} {tail}" if tail else name
        return self._canonical_cache[key]

    def _usual_spelling(self, token: str) -> str | None:
        """(Indonesian) ``Haryadi`` / ``Hariyadi``: the one capitalised word, a word of a known person's name,
        one letter off ``token`` (both six letters or more, same first letter) that the body writes more often
        than ``token``: the writer's slip is the rarer spelling. More than one such word gives None."""
        if len(token) < 6 or not token.isalpha() or not token[:1].isupper() or self.common(token):
            return None
        key = (token, -8)
        if key not in self._canonical_cache:
            low = token.lower()
            name_words = {w for p in self.people for w in p.name.split() if len(w) >= 6 and w[:1] == token[:1]}
            close = {w for w in name_words if w != token and w.isalpha() and one_edit(w.lower(), low)}
            counts = {w: sum(1 for _ in word_spans(self.body, w)) for w in close | {token}}
            usual = [w for w in close if counts[w] > counts[token]]
            self._canonical_cache[key] = usual[0] if len(close) == 1 and usual else ""
        return self._canonical_cache[key] or None

    def _variant_of(self, token: str) -> str | None:
        """The one known person whose name word ``token`` misspells or shortens.

        ``Riwdan`` / ``Ridwan Soetedja`` and ``Gantosari`` / ``Gantosori Tanjung``: one letter
        changed, added, dropped or two swapped (words of five letters or more, same first
        letter). ``Tiko`` / ``Kartiko Wirjoatmodjo`` and ``Ryan`` / ``Kiryanto``: a Javanese short
        name, the end or middle of the name word (four letters or more). ``Kus`` / ``Kuseryansyah``:
        a clipped name, the head of a name word at least three letters longer (``fullest`` finds
        it only in names of two words or more). More than one candidate person gives None.
        """
        low = clean_word(token).lower()
        if len(low) < 3 or not low.isalpha() or not token[:1].isupper() or self.common(token):
            return None
        key = (token, -2)
        if key in self._canonical_cache:
            return self._canonical_cache[key] or None
        candidates: set[str] = set()
        for person in self.people:
            words = [clean_word(w).lower() for w in person.name.split()]
            if low in words:
                continue
            for word in words:
                typo = len(low) >= 5 and word[:1] == low[:1] and one_edit(low, word)
                # ``Arif`` / ``Arief Budiman``: a four-letter word missing one inner letter of the name word
                typo = typo or (
                    len(low) == 4 and len(word) == 5 and word[0] + word[-1] == low[0] + low[-1] and one_edit(low, word)
                )
                short = len(low) >= 4 and len(word) > len(low) and low in word[1:]
                # ``Kus`` / ``Kuseryansyah``: a clipped name, the head of a much longer name word
                clipped = len(word) >= len(low) + 3 and word.startswith(low)
                if typo or short or clipped:
                    candidates.add(person.name)
        found = next(iter(candidates)) if len(candidates) == 1 else ""
        self._canonical_cache[key] = found
        return found or None

    def _nickname_of(self, token: str) -> str | None:
        """(Indonesian) ``Rudy`` / ``Rudyantho``: a short name the body also writes as the head of one longer
        capitalised word (three letters longer or more) that is no plain, role or organisation word, no place
        and no word of an organisation's name; the one such word, else None."""
        if not token.isalpha() or len(token) < 3 or self.common(token):
            return None
        key = (token, -7)
        if key not in self._canonical_cache:
            longer = {self.body[a:b] for a, b in word_spans(self.body, token, HEAD_REST)}
            org_words = {w for form in self._org_names for w in form.split()}
            fits = {
                w for w in longer
                if not self.common(w) and w.lower() not in org_words and not names_place(w, self.language)
            }
            self._canonical_cache[key] = next(iter(fits)) if len(fits) == 1 else ""
        return self._canonical_cache[key] or None

    def _from_people(self, name: str) -> str | None:
        if name not in self._people_cache:
            person = self._person(name)
            self._people_cache[name] = person.name if person is not None else None
        return self._people_cache[name]

    def _person(self, name: str) -> Person | None:
        if self.resolver is not None and self.people:
            try:
                person = self.resolver(name, self.people)
            except Exception:
                person = None
            if person is not None:
                return person
        lowered = name.lower()
        for person in self.people:
            if person.name.lower() == lowered or lowered in (a.lower() for a in person.aliases):
                return person
        tokens = lowered.split()
        if len(tokens) == 1:
            matches = {p.name: p for p in self.people if tokens[0] in p.name.lower().split()}
            if len(matches) == 1:
                return next(iter(matches.values()))
        return None

    def _first_name_alias(self, name: str, found: str) -> bool:
        """``name`` is the first name of ``found``, which the people stage lists as that person's alias: the
        text calls them by it (``film producer Soren Staermose has said. ... ," Soren continued.``)."""
        if " " in name or found.split()[0] != name:
            return False
        person = self._person(name)
        return person is not None and person.name == found and name in person.aliases

    def _consistent_form(self, name: str) -> str | None:
        """The fullest form (name or alias) of the people-stage person that ends in ``name``'s surname."""
        person = self._person(name)
        if person is None:
            return None
        forms = [f for f in [person.name, *person.aliases] if f and _same_surname(name, f)]
        if not forms:
            return None
        return max(forms, key=lambda f: (len(f.split()), f))

    def gender(self, name: str) -> str | None:
        """``male``/``female`` when the body says so (``Mr. Kirby``, ``Ms. Clinton``) or the first name does.

        Only unambiguous answers count: ``mostly_male`` or ``andy`` give None.
        """
        if name in self._genders:
            return self._genders[name]
        found: str | None = None
        words = [clean_word(w) for w in name.split()]
        words = [w for w in words if w and w.lower() not in SUFFIXES]
        if words:
            honorifics = "Mr" in self.body or "Ms" in self.body or "Miss" in self.body
            found_honorifics = honorifics_before(self.body, words[-1]) if honorifics else iter(())
            said = {_HONORIFIC_GENDER[h.lower()] for h in found_honorifics}
            if len(said) == 1:
                found = next(iter(said))
                if self.language == "en" and len(words) >= 2 and self._shares_surname(name, words[-1]):
                    # ``Mr Jackson`` is the son; ``His mother Katherine Jackson`` is a woman: with the surname
                    # shared by another known person, a clear first name of the other gender wins
                    detect = gender_detector()
                    guess = detect(words[0]) if detect is not None and len(words[0]) > 1 else "unknown"
                    found = guess if guess in ("male", "female") else found
            elif not said and len(words) >= 2 and len(words[0]) > 1 and not words[0].endswith("."):
                detect = gender_detector()
                guess = detect(words[0]) if detect is not None else "unknown"
                found = guess if guess in ("male", "female") else None
            if found is None and not said and self.language == "en" and self.is_known_person(name):
                found = self._text_gender(words[-1])  # a known person's: ``Stars In Their Eyes said she`` is a show
        self._genders[name] = found
        return found

    def _shares_surname(self, name: str, surname: str) -> bool:
        """(English) whether another known person's name ends in ``surname`` too (``Michael Jackson`` for
        ``Katherine Jackson``)."""
        return any(p.name != name and p.name.split()[-1:] == [surname] for p in self.people)

    def _text_gender(self, surname: str) -> str | None:
        """(English) the gender the body's own pronouns give a surname that neither a title nor a clear first
        name sexes: ``Sanders said he ...``, ``Sanders himself``, ``Ayotte told reporters she ...``; one gender
        at least twice as often as the other, plus one, else None."""
        if self._said_genders is None:
            votes: dict[str, list[int]] = {}
            for match in _EN_SAID_PRONOUN.finditer(self.body):
                pronoun = (match.group("pro") or match.group("refl")).lower()
                counts = votes.setdefault(match.group("name"), [0, 0])
                counts[pronoun.startswith("s") or pronoun.startswith("her")] += 1
            self._said_genders = {
                word: ("male" if male > female else "female")
                for word, (male, female) in votes.items()
                if max(male, female) >= 2 * min(male, female) + 1
            }
        return self._said_genders.get(surname)

    def remember(self, name: str) -> None:
        if name and name not in self.seen:
            self.seen.append(name)


#: a company's full name after ``PT``/``CV`` (up to seven capitalised words), then its short name in brackets
_COMPANY_SHORT = re.compile(
    r"(?<![\w-])(?:PT|CV)\.?[ \u00a0]+(?P<full>[A-Z][\w&.'’-]*(?:[ \u00a0]+[A-Z][\w&.'’-]*){0,6})[ \u00a0]*"
    r"\([ \u00a0]*(?P<short>[A-Z][A-Za-z]{2,15})[ \u00a0]*\)"
)


def _without_company_word(person: Person, shorts: frozenset[str]) -> Person:
    """``Indana Steven`` -> ``Steven`` when ``Indana`` is a company's short name: the words of the people
    stage's name (two words or more) after a leading company short name, aliases naming the company dropped."""
    words = person.name.split()
    if len(words) < 2 or words[0] not in shorts:
        return person
    name = " ".join(words[1:])
    aliases = [a for a in person.aliases if a != name and not set(a.split()) & shorts]
    return replace(person, name=name, aliases=aliases)


def _single_name(name: str) -> bool:
    """A one-word name of six letters or more (``Suhariyanto``): long enough to stand for a person alone."""
    return " " not in name and len(name) >= 6 and name.isalpha() and name[:1].isupper()


def _name_length_ok(name: str) -> bool:
    """One to four words, or five opening with a listed first name (long Indonesian and Arabic names,
    ``Muhammad Nafan Aji Gusta Utama``; gender-guesser's dictionary is too wide: ``Bina Marga ...``)."""
    words = name.split()
    return 0 < len(words) <= 4 or (len(words) == 5 and words[0].lower() in listed_given_names())


_POSSESSIVE_END = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def _surname_key(name: str) -> str:
    words = [_POSSESSIVE_END.sub("", clean_word(w)).replace("’", "'").lower() for w in name.split()]
    words = [w for w in words if w and w not in SUFFIXES]
    return words[-1] if words else ""


def _same_surname(a: str, b: str) -> bool:
    """Both names end in the same word (``Beck`` / ``Glenn Beck``; ``Jr.`` and possessives ignored), or ``a`` is
    one word, the last part of ``b``'s hyphened surname (``Boisset`` / ``Nathalie Berges-Boisset``, ``Assad`` /
    ``Bashar al-Assad``): the short form the article calls that person by."""
    key = _surname_key(a)
    if not key:
        return False
    other = _surname_key(b)
    return key == other or ("-" in other and " " not in a.strip() and other.rsplit("-", 1)[1] == key)


def _last_whole_word(text: str, form: str) -> int:
    """Where ``text`` last writes ``form`` as whole words (no word character on either side), or -1."""
    at = text.rfind(form)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(form)] if at + len(form) < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            return at
        at = text.rfind(form, 0, at)
    return -1


# --- patterns built from a name, compiled once per name (there are too many for ``re``'s own cache) ---


#: (English) the title of a peer or knight, which opens the name it is written with (``Attorney General Lord
#: Goldsmith``: the name is ``Lord Goldsmith``)
_PEERAGE = frozenset({"Lord", "Lady", "Baroness", "Baron", "Sir", "Dame"})


def _bracketed(token: str, body: str) -> bool:
    """Whether ``body`` writes ``(token`` (a space allowed after the bracket): the patterns below need it."""
    return f"({token}" in body or f"( {token}" in body or f"(\u00a0{token}" in body
HEAD_REST = re.compile(r"[a-z]{3,}(?![\w'’-])")


#: a phrase that gives a former name (``RM (yang sebelumnya dikenal dengan nama Rap Monster)``, ``dulu bernama``,
#: ``formerly known as``): the name after it is no longer the person's, so an acronym does not stand for it
_FORMER = (
    r"(?i:\b(?:sebelumnya|dulu(?:nya)?|dahulu(?:nya)?|semula|awalnya)[ \u00a0]+(?:juga[ \u00a0]+)?"
    r"(?:dikenal(?:[ \u00a0]+(?:dengan[ \u00a0]+nama|sebagai))?|bernama|memakai[ \u00a0]+nama|disebut)"
    r"|\bnama[ \u00a0]+(?:lama|sebelumnya)(?:nya)?|\bformerly[ \u00a0]+(?:known[ \u00a0]+as|called|named))"
    r"[ \u00a0]*:?[ \u00a0]*"
)
_FORMER_NAME = re.compile(_FORMER + "$")


#: a current name, then the former name in brackets or after a comma: ``RM (yang sebelumnya dikenal dengan nama
#: Rap Monster)``, ``Nadia, yang dulu bernama Nadia Putri,``
_RENAMED = re.compile(
    r"(?<![\w'’-])(?P<now>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3})[ \u00a0]*(?:\(|,)[ \u00a0]*"
    r"(?:yang[ \u00a0]+)?" + _FORMER +
    r"(?P<old>[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3})(?=[ \u00a0]*[),])"
)
_SPACED_HYPHEN = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,4})[ \u00a0]-[ \u00a0]([a-z]{2,5})(?![\w'’-])")


_NOT_LETTER = re.compile(r"[^a-z]")
#: a web address written as a name (``CNNIndonesia.com``, ``Kompas.id``)
_WEB_ADDRESS = re.compile(r"\w\.(?:com|co|id|net|org)\b", re.IGNORECASE)
#: (Indonesian) speech words written right before a name (``kata Budi``): words so placed stand for a person
_SPEECH_NEAR_NAME = frozenset(
    [
        "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "terang", "imbuh", "tambah", "sebut", "papar",
        "lanjut", "menurut", "tulis", "tukas", "timpal", "pungkas", "tandas", "sambung", "urai", "akui", "kilah",
        "cetus", "beber",
    ]
)
_SPEECH_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_SPEECH_NEAR_NAME)) + r")(?:nya)?[ \u00a0]+$", re.IGNORECASE
)
#: (Indonesian) a word right before an organisation's or a place's name (``di Arema``, ``pihak Urban Quarter``,
#: ``Kabupaten Jayawijaya``, ``PT Marga Abhinaya``) and one right after it (``Arema FC``)
_ORG_CONTEXT_BEFORE = frozenset(
    [
        "di", "ke", "pihak", "pt", "cv", "klub", "tim", "skuat", "kubu", "markas", "perusahaan", "maskapai", "bank",
        "grup", "group", "kabupaten", "kota", "provinsi", "pemkab", "pemkot", "pemprov", "divisi", "manajemen",
        "emiten", "perseroan",
    ]
)
#: (Indonesian) the legal forms written before a company's name (``PT Indra Karya``, ``Perum Bulog``)
_COMPANY_FORMS = frozenset(["pt", "cv", "perum"])
_ORG_TAIL_AFTER = frozenset(["fc", "tbk", "group", "grup", "inc", "ltd", "corp", "co", "air", "airlines", "airways"])
#: a run of capitalised words opened by an organisation word (``Kementerian Keuangan``) right before a bracket
_ORG_LED_BEFORE = re.compile(
    r"(?<![\w-])(?:Kementerian|Badan|Dinas|Komisi|Lembaga|Otoritas|Bank|Bursa|Perusahaan|PT|Direktorat|Majelis|Dewan)"
    r"(?:[ \u00a0]+[A-Z][\w-]*){1,5}[ \u00a0]*$"
)
#: a company's legal suffix closing its name (``PT Astra Agro Lestari Tbk``)
_COMPANY_SUFFIX_END = re.compile(r"[ \u00a0]+(?:tbk|persero|\(persero\))\.?$", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?:bernama|sapaan|disapa|dipanggil)[ \u00a0]+$", re.IGNORECASE)
_HONORIFIC_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:pak|bu|bapak|ibu|mas|mbak|bung|kak|almarhum|almarhumah|mendiang|sang|si)[ \u00a0]+$", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+$")
#: a noun that introduces the title of a show right before a capitalised run (``acara Jimmy Kimmel Live``,
#: ``program Mata Najwa``): the run is a title, not a person's full name (but ``pembawa acara Budi`` is the host)
_WORK_NOUN_BEFORE = re.compile(r"(?<!pembawa )\b(?:acara|program|tayangan)[ \u00a0]+$")


#: Indonesian nouns built with pe(N)-/per-/ke- ... -an (``Pernyataan``, ``Kedatangan``, ``Kepergian``)
_ID_DERIVED = re.compile(r"^(?:pe[mn]g?|peny|per|pe|ke)[a-z]{3,}an$")


def _derived_noun(word: str, language: str) -> bool:
    low = lower_token(word)
    return language == "id" and len(low) >= 8 and _ID_DERIVED.match(low) is not None and low not in given_names()


def _without_lead_words(person: Person) -> Person:
    """``person`` without the verbs and derived nouns that open its name (``Menganggur Budi`` -> ``Budi``)."""
    words = person.name.split()
    k, end = 0, len(words)
    while k < end - 1 and (
        _derived_noun(words[k], "id") or _id_verb(lower_token(words[k])) or lower_token(words[k]) in _TITLES
    ):
        k += 1  # ``Menganggur Budi``, ``Menkominfo Rudiantara``
    while end - 1 > k and (lower_token(words[end - 1]) in ROLE_HEADS or _DEGREE.fullmatch(words[end - 1])):
        end -= 1  # ``Gunawan Effendi CEO``, ``Fathur Rokhman M.Hum``; not ``Utama``, which heads no role
    if (k, end) == (0, len(words)):
        return person
    name = " ".join(words[k:end])
    return replace(person, name=name, aliases=[a for a in person.aliases if a != name])


_TITLES = ROLE_WORDS | TITLE_NOT_NAMES
#: an academic degree after a name (``M.Hum``, ``S.H.``, ``M.Si.``, ``Ph.D``)
_DEGREE = re.compile(r"[A-Z][a-z]{0,3}\.(?:[A-Z][A-Za-z]{0,3}\.?){1,2}")


#: the prefixes of Indonesian verbs (meN-, ber-, ter-, di-, per-), with the sound rules of meN-
_ID_VERB_SHAPE = re.compile(
    r"^(?:meng[aeiouhgk]|meny[aeiou]|mem[bpfaeiou]|men[dtcjsz aeiou]|me[lrwy][aeiou]|ber[a-z]|ter[a-z]|di[a-z]{4}"
    r"|memper|diper)[a-z]{2,}$"
)


def _id_verb(low: str) -> bool:
    """A frequent Indonesian word built like a prefixed verb (``mengutip``, ``menganggur``, ``dikutip``).

    Role, organisation and title words (``menteri``, ``direktur``) and first names are not;
    a ``di-`` word counts only when the rest is itself a word (``di-kutip``, not ``di-rektur``).
    """
    if _ID_VERB_SHAPE.match(low) is None or low in ROLE_WORDS | ORG_WORDS | NOT_NAMES or low in given_names():
        return False
    if low.startswith("di") and not low.startswith("diper") and not (len(low) >= 6 and _zipf_id(low[2:]) >= 3.0):
        return False
    return _zipf_id(low) >= 3.3


@lru_cache(maxsize=8192)
def _zipf_id(word: str) -> float:
    """How frequent ``word`` is in Indonesian (wordfreq's Zipf scale; 0 without wordfreq)."""
    try:
        from wordfreq import zipf_frequency
    except Exception:
        return 0.0
    return float(zipf_frequency(word, "id"))


@lru_cache(maxsize=4096)
def names_place(phrase: str, language: str) -> bool:
    """Whether ``phrase`` is, word for word, a country, city or region (``Arab Saudi``, ``AS``, ``Jerman``)."""
    tokens = tokenize(phrase)
    if not tokens:
        return False
    hit = place_index("en" if language == "en" else "id").match_at(tokens, 0)
    return hit is not None and hit.stop == len(tokens) and hit.value.kind != "block"


def _subsequence(short: list[str], long: list[str]) -> bool:
    """``short`` is ``long`` with some words left out (case-insensitive)."""
    it = iter(w.lower() for w in long)
    return all(any(x == w.lower() or x.startswith(w.lower()) for x in it) for w in short)


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added or dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


#: ``... disapa Tiko``, ``akrab dipanggil Emil``, ``sapaan akrabnya Ipul``; also an alias the article gives
#: (``pemain beralias Bepe``, ``Bambang alias Bepe``, ``dikenal dengan nama Bepe``): a second name for the
#: same person, so a later ``tutur Bepe`` is the full name written before it
_NICKNAME = re.compile(
    r"\b(?:(?:(?:akrab|biasa|kerap|karib)[ \u00a0]+)?(?:disapa|dipanggil|sapaan(?:[ \u00a0]+akrab)?(?:nya)?)"
    r"|(?:ber)?alias|(?:lebih[ \u00a0]+)?dikenal[ \u00a0]+dengan[ \u00a0]+(?:nama|sapaan|panggilan))"
    r"[ \u00a0]+(?P<nick>[A-Z][a-z'’-]{2,20})\b"
)
#: the nickname written first, then an aside saying it is one: ``kata Ucok -- begitulah ia akrab disapa --``,
#: ``Ucok, begitu dia biasa dipanggil,``
_NICKNAME_BEFORE = re.compile(
    r"\b(?P<nick>[A-Z][a-z'’-]{2,20})[ \u00a0]*(?:-{1,2}|[—–,(])[ \u00a0]*(?:begitu|demikian)(?:lah)?[ \u00a0]+"
    r"(?:ia|dia|beliau)[ \u00a0]+(?:(?:akrab|biasa|kerap|karib|sering)[ \u00a0]+)?(?:disapa|dipanggil)\b"
)


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def org_named(name: str) -> bool:
    """A two-word-or-longer name whose first word is a spelled-out organisation word (``Brigade Ezzedine``)."""
    words = name.split()
    return len(words) >= 2 and lower_token(words[0]) in ORG_WORDS and not is_acronym(clean_word(words[0]))


@lru_cache(maxsize=256)
def _role_word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)


#: ``salah satu keluarga korban``: a description, even when capitalised
#: a sentence end or a colon inside a phrase (a long description does not cross it)
SENTENCE_STOP = re.compile(r"[.!?:](?=[ \u00a0\n])")


MONTHS_ID = frozenset(ID_MONTH_NAMES)


def month_between(words: list[str], k: int, registry: Registry) -> bool:
    """``Raja Juli Antoni``: the month word ``words[k]`` stands between two name words (Indonesian)."""
    return (
        registry.language == "id"
        and 0 < k < len(words) - 1
        and lower_token(words[k]) in MONTHS_ID
        and not registry.common(words[k - 1])
        and not registry.common(words[k + 1])
    )


def is_initial(token: str) -> bool:
    core = token.rstrip(".")
    return (len(core) <= 2 and core[:1].isupper()) or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", core))


#: words that open a role phrase (``Sekjen``, ``Corporate Secretary``, ``juru bicara``), not its middle
ROLE_HEADS = (ROLE_WORDS | LOWER_ROLE) - CONNECTORS - frozenset(
    {"besar", "bicara", "bidang", "nasional", "utama", "senior", "keamanan", "khusus", "urusan", "press", "public"}
)
