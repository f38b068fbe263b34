"""Who said it: attribution cues and speaker names around a quote.

Everything here looks at a bounded window of text (a few hundred characters
around a quote or a cue), so the cost per quote is constant and the whole
stage stays linear in the body's length.

A speaker phrase is read in this order:

1. a pronoun (``dia``, ``ia``, ``beliau``, ``he``, ``she``, a ``-nya`` cue) refers
   back to the last-named speaker;
2. ``Role, Name`` (a role phrase, a comma, a short run of capitalised words)
   gives the name and the role;
3. otherwise the trailing run of capitalised words, minus the role and
   organisation words in front of it, is the name;
4. a name is then made canonical: a known person (from the people stage) whose
   full name or surname it is, or a full name seen earlier in the same body;
5. an organisation (known, or an all-capitals acronym) may be the speaker;
6. when none of this gives a name the speaker is None, never a guess.

What may not be a speaker name (Indonesian above all): a country or place (``AS``,
``Arab Saudi``, ``di Losail``), a verb or derived noun opening a phrase (``Mengutip X``,
``Pernyataan Wiranto``), a plain noun phrase's acronym (``laporan ... (LDP)``), the end of an
organisation's name (``Brigade Ezzedine``, ``Jasa Marga``) or an unnamed holder of a role in
one (``juru bicara Samsung``). ``Name, Role ... mengatakan`` names the person before the role;
epithets (``The Special One``, ``Guru Besar ... itu``) and bare titles (``Mendagri``) point
back to the speaker named before; an anonymous source (``sumber itu``) stays unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.dates import ID_MONTH_NAMES
from generator.mentions import tokenize
from generator.people import en_descriptor_word, given_names, listed_given_names
from generator.places import place_index
from generator.quote_words import (
    EN_FUNCTION,
    EN_ORG_TAILS,
    LOWER_ROLE,
    NAME_TITLES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_WORDS,
    TITLE_NOT_NAMES,
)
from generator.records import Organization, Person

# --- cue words ---------------------------------------------------------------


ID_PRONOUNS = frozenset({"dia", "ia", "beliau", "nya"})
EN_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they", "mereka", "we", "kami", "kita", "i", "saya", "aku", "it", "you"})

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

#: role words and name titles: a dotted one (``Dr.``, ``Kombes.``) ends no sentence inside a name run
_ROLE_OR_TITLE = ROLE_WORDS | NAME_TITLES
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”„«»]+")
#: a lower-case word of the body's prose; a handle or hashtag (``@andritany``, ``#bepe``) is no plain word
_LOWER_WORD = re.compile(r"(?<![\w@#-])[a-z][a-z-]*")
#: a whole handle or hashtag, dots included (``@massy.arias``: "arias" is no plain word either)
_HANDLE_OR_TAG = re.compile(r"[@#][\w.]+")
_UPPER_START = re.compile(r"^[^\W\d_]")


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the canonical name (None if unknown) and a role."""

    name: str | None
    role: str | None
    pronoun: bool = False  # the name came from resolving a pronoun
    gender: str | None = None  # of a pronoun: "male" (he) or "female" (she); None when it does not say
    epithet: bool = False  # a description pointing back (``kata pria berusia 46 tahun itu``), not a pronoun
    org_noun: str | None = None  # (English) ``the committee``: the organisation noun of the description


def _pronoun_speaker(pronoun: str) -> Speaker:
    """The speaker a subject pronoun stands for: a back-reference, or nobody for a plural."""
    if pronoun == "plural":
        return Speaker(None, None)
    if pronoun == "it":
        return Speaker(None, None, pronoun=True, gender=COMPANY)
    return Speaker(None, None, pronoun=True, gender=PRONOUN_GENDER.get(pronoun))


PRONOUN_GENDER = {"he": "male", "she": "female"}
_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
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
def _gender_detector() -> Callable[[str], str] | None:
    try:
        from gender_guesser.detector import Detector
    except Exception:
        return None
    detector = Detector(case_sensitive=False)

    def get_gender(name: str) -> str:
        return str(detector.get_gender(name))

    return get_gender


def _is_cap(token: str) -> bool:
    head = token.lstrip("'‘’(")
    return bool(head) and bool(_UPPER_START.match(head)) and head[0].isupper()


def _is_acronym(token: str) -> bool:
    core = token.strip(".")
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(core) <= 8


def _initials(token: str) -> bool:
    """``AS``, ``M.``, ``H.R.``: one to three capital letters, dots allowed (a name's initials)."""
    core = token.replace(".", "")
    return 0 < len(core) <= 3 and core.isalpha() and core.isupper()


def _clean(token: str) -> str:
    return token.strip(".,;:!?'’‘\"()")


def _lower(token: str) -> str:
    return _clean(token).lower()


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
        self.people = [p for p in people if _name_length_ok(p.name) and not _org_named(p.name)]
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
                if titled not in self.body or next(_word_spans(self.body, titled), None) is None:
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
        return self._knights.get(f"{_clean(tokens[-2])} {_clean(tokens[-1])}".lower())

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
            if short not in match.group("full").split() and not _is_acronym(short):
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
            written = [a for a in org.aliases if len(a.split()) >= 2 and not _is_acronym(a) and a in self.body]
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
                if not _is_acronym(acronym) or len(acronym) < 3 or acronym not in self.body:
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
            if any(_lower(w) in ORG_WORDS or _lower(w) in _LEGAL_FORMS for w in [*now.split(), *old.split()]):
                continue
            if not self.is_person_like(old) or (self.common(now.split()[0]) and not _is_acronym(now)):
                continue
            out[old] = now
        return out

    def given_name(self, word: str) -> bool:
        """Whether ``word`` is a known first name (the gender guesser knows it), so a name starts with it."""
        detect = _gender_detector()
        return detect is not None and len(word) > 1 and detect(_clean(word)) not in ("unknown", "")

    def verb_form(self, word: str) -> bool:
        """(Indonesian) a frequent word built like a prefixed verb (``Mengutip``, ``Dilansir``), not a first name."""
        return self.language == "id" and _id_verb(_lower(word)) and not self.given_name(word)

    def plain_word(self, word: str) -> bool:
        """(Indonesian) a frequent word of the language (``Senada``, ``Sementara``), not a first name."""
        low = _lower(word)
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
        low = _lower(token)
        return (
            low in ROLE_WORDS
            or low in ORG_WORDS
            or low in NOT_NAMES
            or low in NAME_TITLES
            or low in CONNECTORS
            or _is_acronym(_clean(token))
            or _clean(token) in self._company_shorts
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
        if _is_acronym(token):
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
            alias = _alias_pattern(token).search(self.body) if _bracketed(token, self.body) else None
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
            if any(not self._in_title_line(m.start()) for m in _whole_word_pattern(alias).finditer(self.body)):
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
        return any(not self._in_title_line(m.start()) for m in _whole_word_pattern(last).finditer(self.body))

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
        for match_start, match_end in _full_name_matches(self.body, token):
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
            ends = [k for k, w in enumerate(words) if w[-1:] in ".!?" and not _is_initial(w)]
            before_at = [k for k in ends if k < at]
            if before_at:
                words = words[before_at[-1] + 1 :]
                at -= before_at[-1] + 1
            after_at = [k for k in ends if k >= at]
            if after_at:
                words = words[: after_at[0] + 1]
            lo, hi = at, at + 1
            while lo > 0 and (
                not self.common(words[lo - 1])
                or _month_between(words, lo - 1, self)
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
                if re.sub(r"['’]s?$", "", _clean(words[at])) != token:
                    continue
                hi = at + 1
                if hi < len(words) and _clean(words[hi]).lower() in ("jr", "sr", "ii", "iii"):
                    hi += 1
                titles = [k for k in range(lo + 1, at) if _clean(words[k]) in _PEERAGE]
                if titles:
                    lo = titles[-1]  # ``the Lord Chancellor Lord Falconer``: the office, then the peer's own name
            name = [_clean(w) for w in words[lo:hi]][:4]
            while name and name[0].lower() in NAME_PARTICLES:
                name.pop(0)
            if len(name) >= 2:
                found.append((match_start, " ".join(name)))
            if len(found) > 50:
                break
        return found

    def _person_after_org_word(self, words: list[str], at: int, hi: int) -> str | None:
        """``Sekretaris Perusahaan HRTA Abadi Mohammad Ath Thoriz`` (of PT Hartadinata Abadi Tbk): the token is a
        word of a known organisation's name and a known person's full name follows it, so the run is the
        company's word, then the person; a later ``kata Abadi`` (the writer reusing the word) is that person."""
        token = _clean(words[at]).lower()
        # inside the organisation's name, not its last word (``Lembaga Robert`` is the organisation stage
        # swallowing a first name), and no first name or known person itself
        if not any(token in form.split()[:-1] for form in self._org_names):
            return None
        if self.is_known_person(_clean(words[at])) or token in given_names():
            return None
        rest = [_clean(w) for w in words[at + 1 : hi]]
        for person in self.people:
            parts = person.name.split()
            if len(parts) >= 2 and rest[: len(parts)] == parts:
                return person.name
        return None

    def _name_tail(self, word: str) -> int:
        """1 when ``word``, capitalised before a comma after two name words, still ends the name (``Dalam`` of
        ``Aryan Warga Dalam, Ketua APKI``): a plain word of the language, but no role, organisation, title,
        connector or acronym. Indonesian only; else 0."""
        low = _lower(word)
        if self.language != "id" or not _is_cap(word) or _is_acronym(_clean(word)):
            return 0
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
        for count, match in enumerate(_expansion_pattern(acronym).finditer(self.body)):
            words = match.group(1).split()
            while words and _lower(words[0]) in (EN_FUNCTION | _id_stopwords() | NOT_NAMES):
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
            words = [_clean(t.group()) for t in tokens]
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
        for count, (start, end) in enumerate(_initials_matches(self.body, letters)):
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
        return bool(words) and not self.common(words[-1]) and not _is_acronym(_clean(words[-1]))

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
            self._org_tails = frozenset(
                " ".join(form.split()[k:]) for form in self._org_names for k in range(len(form.split()))
            )
        for k in range(len(words) - 1, 0, -1):
            prefix = " ".join(_clean(w) for w in words[:k])
            if prefix.lower() in self._org_tails and not self.common(words[k]) and self._from_people(prefix) is None:
                return k
        return 0

    def person_in(self, tokens: Sequence[str]) -> tuple[str, int] | None:
        """A known person whose name (or alias) ends the token run; (name, length)."""
        knight = self.knight(tokens)
        if knight is not None:
            return knight, 2  # ``Sir Elton`` for Sir Elton John
        words = [_lower(t) for t in tokens]
        best: tuple[str, int] | None = None
        for person, form, parts in self._person_forms():
            k = len(parts)
            if k == 0 or k > len(words):
                continue
            if words[-k:] == parts and (best is None or k > best[1]):
                consistent = self.language != "en" or _same_surname(form, person.name)
                best = (person.name if consistent else form, k)
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
        if found is not None and self.language == "en" and not _same_surname(name, found):
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

    def role_holder_before(self, word: str) -> str | None:
        """(Indonesian) the known person (two words or more) named within 80 characters after the last ``word``
        (a role noun: ``jaksa KPK, Ali Fikri``) written before the cursor, in the same sentence."""
        pattern = _role_word_pattern(word)
        last = None
        for match in pattern.finditer(self.body, 0, self.cursor):
            last_end = match.end()
            window = self.body[last_end : min(self.cursor, last_end + 80)]
            window = _SENTENCE_STOP.split(window, maxsplit=1)[0]
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
            named = self.is_known_person(token) or _lower(token) in given_names()
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
        if len(words) < 2 or _lower(words[-1]) in NOT_NAMES or not self.body:
            return name
        key = (name, -1)
        if key not in self._canonical_cache:
            month = _month_after(self.body, name)
            initial = None if month else _initial_after(self.body, name)
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
            counts = {w: sum(1 for _ in _word_spans(self.body, w)) for w in close | {token}}
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
        low = _clean(token).lower()
        if len(low) < 3 or not low.isalpha() or not token[:1].isupper() or self.common(token):
            return None
        key = (token, -2)
        if key in self._canonical_cache:
            return self._canonical_cache[key] or None
        candidates: set[str] = set()
        for person in self.people:
            words = [_clean(w).lower() for w in person.name.split()]
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
            longer = {self.body[a:b] for a, b in _word_spans(self.body, token, _HEAD_REST)}
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
        words = [_clean(w) for w in name.split()]
        words = [w for w in words if w and w.lower() not in _SUFFIXES]
        if words:
            honorifics = "Mr" in self.body or "Ms" in self.body or "Miss" in self.body
            found_honorifics = _honorifics(self.body, words[-1]) if honorifics else iter(())
            said = {_HONORIFIC_GENDER[h.lower()] for h in found_honorifics}
            if len(said) == 1:
                found = next(iter(said))
            elif not said and len(words) >= 2 and len(words[0]) > 1 and not words[0].endswith("."):
                detect = _gender_detector()
                guess = detect(words[0]) if detect is not None else "unknown"
                found = guess if guess in ("male", "female") else None
            if found is None and not said and self.language == "en" and self.is_known_person(name):
                found = self._text_gender(words[-1])  # a known person's: ``Stars In Their Eyes said she`` is a show
        self._genders[name] = found
        return found

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
    words = [_POSSESSIVE_END.sub("", _clean(w)).replace("’", "'").lower() for w in name.split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    return words[-1] if words else ""


def _same_surname(a: str, b: str) -> bool:
    """Both names end in the same word (``Beck`` / ``Glenn Beck``; ``Jr.`` and possessives ignored)."""
    key = _surname_key(a)
    return bool(key) and key == _surname_key(b)


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


@lru_cache(maxsize=4096)
def _alias_pattern(token: str) -> re.Pattern[str]:
    """``Jusuf Kalla (JK)``: two to four capitalised words, then ``token`` in brackets."""
    return re.compile(
        r"([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’.-]*){1,3})[ \u00a0]?\([ \u00a0]?" + re.escape(token) + r"[ \u00a0]?\)"
    )


@lru_cache(maxsize=4096)
def _expansion_pattern(acronym: str) -> re.Pattern[str]:
    """``Bursa Efek Indonesia (BEI)``: capitalised words (and connectors), then the acronym in brackets."""
    return re.compile(
        r"((?:[A-Z][\w.&'’-]*[ \u00a0](?:(?:dan|and|of|the|for|&)[ \u00a0])?){1,7})\([ \u00a0]?"
        + re.escape(acronym)
        + r"[ \u00a0]?\)"
    )


@lru_cache(maxsize=4096)
def _word_pattern(token: str) -> re.Pattern[str]:
    """``token`` as a whole word (no word character, apostrophe or hyphen on either side)."""
    return re.compile(r"(?<![\w'’-])" + re.escape(token) + r"(?![\w'’-])")


@lru_cache(maxsize=4096)
def _head_pattern(token: str) -> re.Pattern[str]:
    """``Rudy`` -> a word opening with it and three letters or more longer (``Rudyantho``)."""
    return re.compile(r"(?<![\w'’-])" + re.escape(token) + r"[a-z]{3,}(?![\w'’-])")


#: the pieces of _word_pattern and _head_pattern, compiled once: no word character, apostrophe or hyphen before
#: (or after) a word, and the three lower-case letters or more that lengthen a head (``Rudy`` -> ``Rudyantho``)
_NOT_AFTER_WORD = re.compile(r"(?<![\w'’-])")
_NOT_BEFORE_WORD = re.compile(r"(?![\w'’-])")
_HEAD_REST = re.compile(r"[a-z]{3,}(?![\w'’-])")


def _word_spans(body: str, token: str, rest: re.Pattern[str] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``_word_pattern(token)`` (or, with ``rest`` = _HEAD_REST, of
    ``_head_pattern(token)``) in ``body``, leftmost and non-overlapping as finditer gives them, found with
    ``str.find`` instead of a pattern per token."""
    if not token:
        pattern = _word_pattern(token) if rest is None else _head_pattern(token)
        yield from (match.span() for match in pattern.finditer(body))
        return
    at = body.find(token)
    while at >= 0:
        end = at + len(token)
        if _NOT_AFTER_WORD.match(body, at) is None:
            end = -1
        elif rest is None:
            end = end if _NOT_BEFORE_WORD.match(body, end) is not None else -1
        else:
            tail = rest.match(body, end)
            end = tail.end() if tail is not None else -1
        if end < 0:
            at = body.find(token, at + 1)
        else:
            yield at, end
            at = body.find(token, end)


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


@lru_cache(maxsize=1024)
def _initials_pattern(letters: str) -> re.Pattern[str]:
    """``J`` ``K`` -> two words starting with those capitals (``Jusuf Kalla``); the reference of _initials_matches
    (kept for the tests)."""
    return re.compile(
        r"(?<![\w.])" + r"[ \u00a0]".join(rf"{letter}[a-z'’-]+" for letter in letters) + r"(?![\w-])"
    )


#: the pieces of _initials_pattern, compiled once: no word character or full stop before the first capital, the
#: rest of a word and the space after it, and the rest of the last word (no word character or hyphen after it)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])")
_INITIALS_WORD_REST = re.compile(r"[a-z'’-]+[ \u00a0]")
_INITIALS_LAST_REST = re.compile(r"[a-z'’-]+(?![\w-])")


def _initials_matches(body: str, letters: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of words opening with ``letters`` (one letter, no regex character, each), leftmost
    and non-overlapping, as ``_initials_pattern(letters).finditer(body)`` gives, without compiling a pattern."""
    at = body.find(letters[0]) if letters else -1
    while at >= 0:
        end: int | None = None
        if _INITIALS_BEFORE.match(body, at) is not None:
            pos = at
            for k, letter in enumerate(letters):
                if not body.startswith(letter, pos):
                    break
                rest = (_INITIALS_LAST_REST if k == len(letters) - 1 else _INITIALS_WORD_REST).match(body, pos + 1)
                if rest is None:
                    break
                pos = rest.end()
            else:
                end = pos
        if end is None:
            at = body.find(letters[0], at + 1)
        else:
            yield at, end
            at = body.find(letters[0], end)


@lru_cache(maxsize=4096)
def _whole_word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")


#: an honorific and its spaces, a capitalised word and its spaces, and a word boundary: the pieces of the old
#: per-surname honorific pattern (``Mr. Kirby``, ``Ms. Hillary Clinton``), so no pattern is compiled per surname
_HONORIFIC_LEAD = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \u00a0]+")
_HONORIFIC_WORD = re.compile(r"[A-Z][\w'’-]*[ \u00a0]+")
_WORD_BOUNDARY = re.compile(r"\b")


def _honorific_surname_end(body: str, surname: str, pos: int, words: int) -> int | None:
    """Where ``surname`` (then a word boundary) ends after up to ``2 - words`` more capitalised words from
    ``pos``, more words tried first (a backtracking regex's order), or None."""
    if words < 2:
        word = _HONORIFIC_WORD.match(body, pos)
        if word is not None:
            found = _honorific_surname_end(body, surname, word.end(), words + 1)
            if found is not None:
                return found
    end = pos + len(surname)
    if body.startswith(surname, pos) and _WORD_BOUNDARY.match(body, end) is not None:
        return end
    return None


def _honorifics(body: str, surname: str) -> Iterator[str]:
    """The honorific (``Mr``, ``Mrs``, ``Ms``, ``Miss``) of each place ``body`` writes one, an optional full stop,
    up to two capitalised words, then ``surname`` as a word (``Mr. Kirby``, ``Ms. Hillary Clinton``): the group 1
    of each match, leftmost and non-overlapping, that ``re.finditer`` of the old per-surname pattern gives."""
    done = 0
    for lead in _HONORIFIC_LEAD.finditer(body):
        if lead.start() < done:
            continue
        end = _honorific_surname_end(body, surname, lead.end(), 0)
        if end is not None:
            yield lead.group(1)
            done = end


def _month_after(body: str, name: str) -> str | None:
    """The month word of ``_MONTH_TAIL`` right after the first place ``body`` writes ``name`` as a whole word
    start (not after a word character or a hyphen), or None."""
    pos = body.find(name)
    while pos >= 0:
        before = body[pos - 1] if pos > 0 else " "
        if not (before.isalnum() or before in ("_", "-")):
            match = _MONTH_TAIL_RE.match(body, pos + len(name))
            if match is not None:
                return match.group("month")
        pos = body.find(name, pos + 1)
    return None


def _initial_after(body: str, name: str) -> str | None:
    """``Renhard Ronald S, mengungkapkan``: a lone capital letter, then a comma, right after a name of
    two words or more the body writes; the initial ends the name (Indonesian), or None."""
    at = body.find(name)
    while at >= 0:  # the first place, as _initial_pattern(name).search gives it, without compiling it
        if _NOT_AFTER_NAME.match(body, at) is not None:
            match = _INITIAL_TAIL.match(body, at + len(name))
            if match is not None:
                return match.group("initial")
        at = body.find(name, at + 1)
    return None


@lru_cache(maxsize=1024)
def _initial_pattern(name: str) -> re.Pattern[str]:
    """The reference of _initial_after (kept for the tests)."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"[ \u00a0](?P<initial>[A-Z]),")


_NOT_AFTER_NAME = re.compile(r"(?<![\w-])")
_INITIAL_TAIL = re.compile(r"[ \u00a0](?P<initial>[A-Z]),")


#: the lower-case second syllable of an East Asian given name, its hyphen spaced out by the scrape (``Geun - hye``)
_HYPHEN_PART = r"(?:[ \u00a0]-[ \u00a0][a-z]{2,5}(?![\w'’-]))?"
_SPACED_HYPHEN = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,4})[ \u00a0]-[ \u00a0]([a-z]{2,5})(?![\w'’-])")
_PARTICLE_GAP = r"(?:(?:bin|binti|van|von|de|der|al)[ \u00a0])?"


_NOT_LETTER = re.compile(r"[^a-z]")
#: a web address written as a name (``CNNIndonesia.com``, ``Kompas.id``)
_WEB_ADDRESS = re.compile(r"\w\.(?:com|co|id|net|org)\b", re.IGNORECASE)
#: a noun that introduces the title of a show right before a capitalised run (``acara Jimmy Kimmel Live``,
#: ``program Mata Najwa``): the run is a title, not a person's full name (but ``pembawa acara Budi`` is the host)
_WORK_NOUN_BEFORE = re.compile(r"(?<!pembawa )\b(?:acara|program|tayangan)[ \u00a0]+$")


#: the pieces of the full-name run around a token, one generic pattern each (compiling a pattern per token cost
#: about a quarter of English extraction): a capitalised word before the token with its space, a particle after it,
#: and everything after the token (the rest of its word, a spaced hyphen part, up to three more capitalised words)
_FULL_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]")
_FULL_NAME_PARTICLE = re.compile(r"(?:bin|binti|van|von|de|der|al)[ \u00a0]")
_FULL_NAME_TAIL = re.compile(
    rf"\w*{_HYPHEN_PART}(?:[ \u00a0]{_PARTICLE_GAP}[A-Z](?:\.(?=[ \u00a0][A-Z])|[\w'’-]*){_HYPHEN_PART}){{0,3}}"
)
_FULL_NAME_SPACES = " \u00a0"
_FULL_NAME_WORD_MARKS = "_'’.-"


def _full_name_token_at(body: str, token: str, pos: int, words: int) -> int | None:
    """Where ``token`` starts after up to ``4 - words`` more capitalised words (each with an optional particle)
    from ``pos``, tried in the order a backtracking regex tries them (more words first, a particle before none),
    or None."""
    if words < 4:
        word = _FULL_NAME_WORD.match(body, pos)
        if word is not None:
            after = word.end()
            particle = _FULL_NAME_PARTICLE.match(body, after)
            if particle is not None:
                found = _full_name_token_at(body, token, particle.end(), words + 1)
                if found is not None:
                    return found
            found = _full_name_token_at(body, token, after, words + 1)
            if found is not None:
                return found
    return pos if body.startswith(token, pos) else None


def _full_name_matches(body: str, token: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each full-name run around ``token`` in ``body``: up to four capitalised words, ``token``
    (as a word start), up to three more (a middle initial with its full stop counts as a word: ``Moekti K.
    Gondosasmito``). The same runs, leftmost and non-overlapping, as ``re.finditer`` of the old per-token pattern
    (_FULL_NAME_WORD and its particle four times at most, ``token``, then _FULL_NAME_TAIL; kept in the tests)
    gives, without compiling a pattern per token: a run can start only at ``token`` or at a capital letter that
    a stretch of word characters with at most eight spaces joins to it, so only those places are tried."""
    if not token:
        return
    starts: set[int] = set()
    at = body.find(token)
    while at >= 0:
        starts.add(at)
        # the stretch before: word characters (and ' ’ . - _) with at most eight spaces (four words, four particles)
        k, spaces = at, 0
        while k > 0:
            char = body[k - 1]
            if char in _FULL_NAME_SPACES:
                spaces += 1
                if spaces > 8:
                    break
            elif not (char.isalnum() or char in _FULL_NAME_WORD_MARKS):
                break
            k -= 1
            if "A" <= char <= "Z":
                starts.add(k)
        at = body.find(token, at + 1)
    done = 0
    for start in sorted(starts):
        if start < done:
            continue
        found = _full_name_token_at(body, token, start, 0)
        if found is None:
            continue
        tail = _FULL_NAME_TAIL.match(body, found + len(token))
        end = tail.end() if tail is not None else found + len(token)
        yield start, end
        done = end


#: Indonesian nouns built with pe(N)-/per-/ke- ... -an (``Pernyataan``, ``Kedatangan``, ``Kepergian``)
_ID_DERIVED = re.compile(r"^(?:pe[mn]g?|peny|per|pe|ke)[a-z]{3,}an$")


def _derived_noun(word: str, language: str) -> bool:
    low = _lower(word)
    return language == "id" and len(low) >= 8 and _ID_DERIVED.match(low) is not None and low not in given_names()


def _without_lead_words(person: Person) -> Person:
    """``person`` without the verbs and derived nouns that open its name (``Menganggur Budi`` -> ``Budi``)."""
    words = person.name.split()
    k, end = 0, len(words)
    while k < end - 1 and (
        _derived_noun(words[k], "id") or _id_verb(_lower(words[k])) or _lower(words[k]) in _TITLES
    ):
        k += 1  # ``Menganggur Budi``, ``Menkominfo Rudiantara``
    while end - 1 > k and (_lower(words[end - 1]) in _ROLE_HEADS or _DEGREE.fullmatch(words[end - 1])):
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
#: a month word that ends a name (``Leong Sook Mei menjelaskan``), not one that starts a date
#: (``Mei 2019``, ``Mei lalu``) nor one after a day number (``Jumat (5/1) ... 28 Mei``)
_MONTH_TAIL = (
    r"[ \u00a0]+(?P<month>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
    r"(?![\w-])(?![ \u00a0]*(?:\d|lalu|mendatang|depan|ini|itu|silam|kemarin|nanti|tahun|hingga|sampai|dan|-|–))"
)


_MONTH_TAIL_RE = re.compile(_MONTH_TAIL)


def _name_from_run(tokens: list[str], registry: Registry) -> tuple[str | None, str | None]:
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
    if len(tokens) > 1 and _clean(tokens[-1]).lower() in _SUFFIXES:
        suffix = " " + _clean(tokens[-1]) + ("." if _clean(tokens[-1]).lower() in ("jr", "sr") else "")
        tokens = tokens[:-1]
    # the trailing capitalised run
    i = len(tokens)
    while i > 0 and (_is_cap(tokens[i - 1]) or (_lower(tokens[i - 1]) in NAME_PARTICLES and i < len(tokens))):
        i -= 1
    run = [_clean(t) for t in tokens[i:]]
    run = [t for t in run if t]
    if not run:
        return None, None
    # drop role and organisation words from the front of the run
    j = len(run)
    while j > 0:
        if registry.common(run[j - 1]) and not _month_between(run, j - 1, registry):
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
        and en_descriptor_word(name_tokens[0], _lower(name_tokens[0]), _lower(name_tokens[1]), given_names())
    ):
        name_tokens = name_tokens[1:]  # ``Midfielder Edu said``, ``Paris-based Euronext said``: a description
    after_role = any(_lower(t) in _ROLE_HEADS for t in [*tokens[:i], *run[: j - 1]])
    continues = 1 <= len(name_tokens) <= 2 and j > 0 and _org_continues(run[j - 1], name_tokens, registry, after_role)
    if not org_words and continues:
        name_tokens = []  # ``juru bicara Brigade Ezzedine``: the words end an organisation's name
    elif len(name_tokens) == 1 and _spokesperson_of(tokens[:i], name_tokens[0], registry):
        name_tokens = []  # ``juru bicara Samsung``: the spokesperson of an organisation goes unnamed
    role_tokens = tokens[: len(tokens) - len(name_tokens)]
    role = " ".join(_clean(t) for t in role_tokens).strip(" ,") or None
    if not name_tokens:
        if registry.language == "id" and _role_holder(tokens[:i], run):
            return None, role  # ``juru bicara Kementerian ...``, ``kata Direktur BEI``: the holder goes unnamed
        org = " ".join(run)
        known_org = registry.organization(org) or (registry.organization(run[-1]) if run else None)
        if known_org:
            return known_org, None
        if len(run) == 1 and _is_acronym(run[0]):
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
    return registry.canonical(name) + suffix, role


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _org_named(name: str) -> bool:
    """A two-word-or-longer name whose first word is a spelled-out organisation word (``Brigade Ezzedine``)."""
    words = name.split()
    return len(words) >= 2 and _lower(words[0]) in ORG_WORDS and not _is_acronym(_clean(words[0]))


def _role_holder(lead: list[str], run: list[str]) -> bool:
    """A role word stands before the organisation: the speaker is a person holding that role, not the body."""
    return any(_lower(t) in _ROLE_HEADS for t in lead) or (bool(run) and _lower(run[0]) in ROLE_WORDS)


def _spokesperson_of(lead: list[str], word: str, registry: Registry) -> bool:
    """``juru bicara Samsung``: a spokesperson's role, then one word that is an organisation or no person's name."""
    if not any(_lower(t) in _SPOKESPERSON for t in lead):
        return False
    if registry.organization(word):
        return True
    low = _lower(word)
    return not (registry.given_name(word) or low in given_names() or registry.is_known_person(_clean(word)))


def _name_word(word: str, registry: Registry) -> bool:
    """A first name or a known person's name, not a place (``Iran`` of ``Kementerian Telekomunikasi Iran``)."""
    if names_place(_clean(word), registry.language):
        return False
    return registry.given_name(word) or _lower(word) in given_names() or registry.is_known_person(_clean(word))


_SPOKESPERSON = frozenset({"bicara", "jubir", "spokesman", "spokeswoman", "spokesperson"})


def _org_continues(before: str, words: list[str], registry: Registry, after_role: bool) -> bool:
    """``Brigade Ezzedine``, ``Jasa Marga``, ``Kementerian Telekomunikasi Iran``: words right after an
    organisation word continue the organisation's name: one word that is no first name, or two that are
    places or plain words. In Indonesian an organisation's acronym with no role before it counts too
    (``DPP Golkar``; but ``Direktur SMF Heliantopo`` names a person)."""
    low = _lower(before)
    if registry.is_known_person(" ".join(_clean(w) for w in words)):
        return False
    if any(_name_word(w, registry) for w in words):
        return False
    if len(words) > 1 and not all(
        names_place(_clean(w), registry.language) or registry.plain_word(w) or registry.common(w) for w in words
    ):
        return False
    if _is_acronym(_clean(before)):
        return registry.language == "id" and not after_role and low not in ROLE_WORDS and low not in NOT_NAMES
    return low in ORG_WORDS


def _pronoun(tokens: list[str], language: str) -> str | None:
    if not tokens:
        return None
    if language != "en" and tokens[0] == "I" and len(tokens) > 1 and _is_cap(tokens[1]):
        return None  # ``kata I Made Adi Saputra``: the Balinese name prefix, not English 'I'
    first = _lower(tokens[0])
    if first in ID_PRONOUNS or first in EN_PRONOUNS:
        return first
    if first in PLURAL_PRONOUNS:
        return "plural"
    return None


#: (an owner may head it: ``cuit pemilik akun @budi_s``, the owner of the account)
_HANDLE = re.compile(
    r"^(?:(?:pemilik[ \u00a0]+)?(?:akun|account|pengguna|user|netizen|warganet)\b[ \u00a0]*"
    r"(?:(?:bernama|dengan[ \u00a0]+nama|milik|named)[ \u00a0]+(?=@))?)?"
    r"@?(?P<handle>[\w.]*[a-z_][\w.]*\w)\b(?P<under>[ \u00a0]_(?![\w.@]))?"
)
#: (an acronym in brackets may stand inside: ``dosen yang juga Tim Ahli Cagar Budaya (TACB) Kota Malang tersebut``)
#: (or a quoted title: ``kata pemain 'Zoolander' tersebut``)
_EPITHET = re.compile(
    r"^[a-z][\w -]{2,80}?(?:\([A-Za-z]{2,10}\)[\w -]{0,60}?|[ \u00a0]['‘][^'‘’\n]{1,60}['’][\w -]{0,60}?)?"
    r"\s(?:ini|itu|tersebut)\b"
)
#: an anonymous source pointed back to (``sumber itu``, ``sumber yang sama``, ``sumber tadi``)
#: a description of a person by sex, origin, age or nickname (``ujar pria asal Purworejo, Jawa Tengah``,
#: ``kata sosok yang karib disapa BTM``, ``ucap wanita kelahiran Medan``; a relative clause of any length closed by
#: a demonstrative that ends the clause: ``tambah perempuan yang dijadwalkan hadir pada ... Oktober mendatang ini.``):
#: it points back like ``itu``
_PERSON_EPITHET = re.compile(
    r"^(?:pria|wanita|perempuan|lelaki|laki-laki|sosok|pemuda|pemudi|gadis|remaja|bocah|nenek|kakek)[ \u00a0]+"
    r"(?:(?:asal|kelahiran|berusia|berumur"
    r"|yang[ \u00a0]+(?:(?:karib|akrab|biasa|kerap|juga)[ \u00a0]+)?(?:disapa|dipanggil))\b"
    r"|yang[ \u00a0][^\n.!?\"“”]{1,120}?[ \u00a0](?:ini|itu|tersebut)[ \u00a0]*(?:[.!?;]|$|,[ \u00a0]*[a-z]))"
)
#: a kinship noun heading the cue, closed by a demonstrative: the names inside are the speaker's relatives and
#: the phrase points back (``tandas cucu pendiri Pesantren Darul Ilmi, KH Ahmad Fauzi ini.``,
#: ``kata putri mendiang Wali Kota Surabaya itu``)
_KIN_EPITHET = re.compile(
    r"^(?:sang[ \u00a0]+)?(?:cucu|cicit|anak|putra|putri|istri|suami|adik|kakak|ayah|ibu|menantu|mertua|keponakan"
    r"|kemenakan|paman|bibi|sepupu|kakek|nenek)[ \u00a0]+[^\n.!?\"“”]{1,120}?[ \u00a0](?:ini|itu|tersebut)"
    r"[ \u00a0]*(?:[.!?;]|$|,[ \u00a0]*[a-z])"
)
#: a company pointed back to (``tulis perusahaan tersebut``, ``kata emiten ini``): its antecedent must be one
_COMPANY_EPITHET = re.compile(r"^(?:perusahaan|emiten|perseroan|korporasi)[ \u00a0]+(?:ini|itu|tersebut)\b")
#: the ``gender`` of a company epithet
COMPANY = "company"
#: a company's name: a legal form or a company word (``PT Sido Muncul``, ``Apple Inc``, ``Bank Mandiri``)
_COMPANY_NAME = re.compile(r"(?:^(?:PT|CV)\b|\b(?:Tbk|Inc|Corp|Corporation|Ltd|LLC|Co|Group|Bank)\.?$|^Bank\b)")


def company_name(name: str) -> bool:
    """Whether ``name`` is written as a company's (a legal form, ``Bank ...``)."""
    return bool(_COMPANY_NAME.search(name))


_ANONYMOUS = re.compile(r"^(?i:seorang[ \u00a0]+|sang[ \u00a0]+)?(?i:sumber)\b(?![ \u00a0]+[A-Z])")
_CAP_EPITHET = re.compile(r"^(?P<desc>[A-Z][\w -]{2,80}?)\s(?:ini|itu|tersebut)\b")
_ENGLISH_EPITHET = re.compile(r"^(?P<name>The[ \u00a0][A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3})(?![\w'’-])")


#: (English) a description of someone named before, ending the cue: ``the`` and a demonym (``the American``,
#: ``the Frenchman``), or ``the``, capitalised words (a place) and a person noun (``the Waterford man``,
#: ``the Dublin-born veteran``); the clause ends right after it
_EN_EPITHET = re.compile(
    r"^the[ \u00a0]+(?:[A-Z][a-z]+(?:an|ian|ese|man|woman|ard)(?=[ \u00a0]*(?:[.,;]|$))"
    r"|(?:[A-Z][\w-]*[ \u00a0]+){1,2}(?P<noun>man|woman|boy|girl|youngster|veteran|teenager)(?=[ \u00a0]*(?:[.,;]|$))"
    r"|[a-z]+-time[ \u00a0]+(?:[A-Z][\w-]*[ \u00a0]+){0,3}(?:winner|champion|nominee)(?=[ \u00a0]*(?:[.,;]|$)))"
)
#: (English) a document and its author: ``a report published by ...``, ``the latest survey by ...``
_EN_DOCUMENT_BY = re.compile(
    r"^(?:a|an|the)[ \u00a0]+(?:(?:new|latest|recent)[ \u00a0]+)?(?:report|study|survey|analysis|paper)"
    r"[ \u00a0]+(?:(?:published|released|issued|compiled)[ \u00a0]+)?by[ \u00a0]+(?P<rest>\S.*)",
    re.DOTALL,
)
#: (English) ``the influential Edge magazine``, ``the Daily Planet newspaper``: a publication speaks, by its name
_EN_PUBLICATION = re.compile(
    r"^the[ \u00a0]+(?:[a-z][a-z-]+[ \u00a0]+){0,2}(?P<name>[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3})"
    r"[ \u00a0]+(?P<noun>magazine|newspaper|paper|journal|website|weekly|daily|tabloid)(?![\w-])"
)
#: (English) ``analysts from Citigroup Smith Barney``, ``economists at Capital Economics``: unnamed staff
#: (in the plural) of a firm speak for it
_EN_ANALYSTS_FROM = re.compile(
    r"^(?:the[ \u00a0]+)?(?P<noun>analysts|economists|strategists|researchers)[ \u00a0]+(?:from|at)[ \u00a0]+"
    r"(?P<name>[A-Z][\w'’&.-]*(?:[ \u00a0](?:[A-Z][\w'’&.-]*|&))*)"
)
#: ``kata bintang '7 Manusia Harimau'``, ``ujar pelantun 'Sayang'``: a lower-case noun, then a quoted title
_TITLED = re.compile(
    r"^(?P<noun>[a-z]{3,}(?:[ \u00a0][a-z]{3,}){0,2})[ \u00a0]+['‘][^'‘’\n]{2,80}['’][ \u00a0]*[.,]?[ \u00a0]*$"
)


def _titled_epithet(phrase: str) -> bool:
    """A description by a work the speaker is known for, ending the cue: it points back, as ``itu`` does."""
    sentence = re.split(r"(?<=['’])[ \u00a0]*[.!?](?:\s|$)", phrase, maxsplit=1)[0]
    match = _TITLED.match(sentence.split("\n", 1)[0])
    return match is not None and match.group("noun").split()[0] not in ID_PRONOUNS


def _title_only(tokens: list[str]) -> bool:
    """Only title and role words, one of them a title such as ``Mendagri``, ``Kapolri``, ``Gubernur``."""
    lows = [_lower(t) for t in tokens]
    titles = TITLE_NOT_NAMES | ROLE_WORDS
    return bool(lows) and any(w in TITLE_NOT_NAMES for w in lows) and all(w in titles for w in lows)


def _role_epithet(phrase: str, registry: Registry) -> bool:
    """``Guru Besar Bidang Sosiolingustik ... Unnes itu``: a capitalised role phrase closed by a demonstrative
    and naming no known person points back to a speaker named before (a name is not followed by ``itu``)."""
    match = _CAP_EPITHET.match(phrase)
    if match is None:
        return False
    words, complete = _phrase_tokens(match.group("desc"))
    if not complete or not words or _lower(words[0]) not in ROLE_WORDS:
        return False
    known = registry.person_in([_clean(w) for w in words])
    return known is None or known[1] < 2


#: a two-word-or-longer capitalised name, then ``of``/``for``/``from`` and an organisation or place
_NAME_OF = re.compile(r"^(.*?\b[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*)+)[ \u00a0]+(?:of|for|from|at)[ \u00a0].*$")
#: a US party and state tag after a name: ``(D-N.Y.)``, ``(R)``, ``(Vt.)``, ``, R-Pa.`` (with the comma closing it when
#: it ends the phrase: ``Rep. Glenn Thompson, R-Pa.,``)
_PARTY = re.compile(
    r"\s*\((?:[DRI]|[DRI]-[A-Za-z. ]{1,14}|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.)\)"
    r"|,\s*[DRI]-[A-Z][A-Za-z.]{0,10}(?:\s*,\s*$|(?=,|\s|$))"
)
_POSSESSIVE = re.compile(r"\w['’]s?$")
#: (English) a title or rank written before a person's name, no part of it (``MP Edward Leigh``, ``Captain Ian
#: Farquhar``, ``Dr Jane Hill``)
_EN_NAME_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Captain|Capt|Colonel|Col|Major|General|Commander|"
    r"Admiral|Rev|Reverend|Father|Judge|Councillor|Cllr|MP|MEP|MSP)\.?"
)
#: (English) a role with its owner (``his``, ``the festival's``), maybe a comma, then a name ending the clause:
#: ``his coach Peter Stanley.``, ``the festival's executive director, Craig Prater.``
#: (English) a role run, then a known person's full name ending the clause after a verb-first cue (``said UK
#: Chancellor of the Exchequer Gordon Brown.``, ``said a proud coach Mike Ruddock.``, ``said one of their lawyers,
#: Michalis Dimitrakopoulos.``, ``said Richard and Judy executive producer Amanda Ross.``)
_EN_ROLE_RUN_NAME = re.compile(
    r"(?P<run>(?:[\w&.'’-]+[ \u00a0]+){1,8}?[\w&.'’-]+),?[ \u00a0]+"
    r"(?:(?P<title>" + _EN_NAME_TITLE + r")[ \u00a0]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){1,3})"
    r"(?=[ \u00a0]*(?:[.;:!?]|,[ \u00a0]+(?:who|whose|a|an|the|[a-z]+['’]s)\b|$))"
)
#: lower-case words that make the run something else than the name's role: the name is then a prepositional object
#: (``said a spokesman for Prime Minister Tony Blair``, ``said the report by John Smith``) or the clause goes on
#: words that open a second noun phrase after ``and`` (``said the minister and his deputy ...``)
_EN_SECOND_PHRASE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "other", "several", "two"})
_EN_RUN_NOT = frozenset(
    {"for", "to", "by", "with", "from", "at", "on", "in", "about", "behind", "against", "representing", "like"}
    | {"of", "that", "who", "which", "when", "while", "after", "before", "because", "as", "if", "than"}
    | {"and", "or", "but"}
    | {"he", "she", "it", "they", "we", "i", "you", "was", "is", "has", "had", "will", "would", "were", "are"}
    | {"told", "said", "says", "asked", "called", "named", "replaced", "beat", "met", "against", "versus", "v"}
)


def _en_role_of_role(head: str, tail: str) -> bool:
    """(English) ``secretary of state``, ``master of ceremonies``, ``director of communications``: a lower-case role
    noun, ``of`` and a lower-case noun (no article, preposition or clause word) make one role."""
    low_tail = tail.lower().strip(",")
    return (
        head[:1].islower()
        and (_lower(head) in ROLE_WORDS or head == "master")
        and tail[:1].islower()
        and low_tail not in _EN_RUN_NOT
        and low_tail not in ("the", "a", "an", "his", "her", "their", "its")
    )


def _en_role_run_speaker(phrase: str, registry: Registry) -> Speaker | None:
    """(English) After a verb-first cue, a role run with no preposition, clause word or second person before a
    known person's full name ending the clause gives that person, the run as role. ``of`` joins only a
    capitalised title (``Chancellor of the Exchequer``) or opens ``one of their lawyers``; ``and`` joins only
    capitalised words (``Richard and Judy``) or a lower-case role word to the next lower-case word of a joined post
    (``chairman and chief executive officer``), not a second noun phrase (``the minister and his deputy``)."""
    match = _EN_ROLE_RUN_NAME.match(phrase)
    if match is None:
        return None
    words = match.group("run").split()
    if any(word[:1].islower() and word.endswith(".") for word in words):
        return None  # ``said a Fifa spokesman. Hugo Bell, a former director, insists ...``: a sentence ends in it
    for k, word in enumerate(words):
        low = word.lower().strip(",")
        if word[:1].isupper() and low not in ("the", "a", "an"):
            continue
        if low == "and" and 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper():
            continue
        if (
            low == "and"
            and 0 < k < len(words) - 1
            and _lower(words[k - 1]) in ROLE_WORDS
            and words[k - 1][:1].islower()
            and words[k + 1][:1].islower()
            and words[k + 1].lower() not in _EN_SECOND_PHRASE
        ):
            continue  # ``said chairman and chief executive officer Bill Ford``: one person's joined posts
        if low == "of" and k > 0 and (words[k - 1][:1].isupper() or (k == 1 and words[0].lower() == "one")):
            continue
        if low == "of" and 0 < k < len(words) - 1 and _en_role_of_role(words[k - 1], words[k + 1]):
            continue  # ``said former secretary of state Hillary Clinton``, ``said master of ceremonies X``
        if low in _EN_RUN_NOT or "," in word:
            return None
    name = registry.canonical(match.group("name"))
    if match.group("title") and registry.is_known_person(
        registry.canonical(match.group("title") + " " + match.group("name"))
    ):
        name = registry.canonical(match.group("title") + " " + match.group("name"))  # ``Sir Alex Ferguson``
    if not registry.is_known_person(name) or any(
        registry.is_known_person(other) and other != name
        for other in (registry.canonical(w) for w in words if w[:1].isupper() and len(w) > 2)
    ):
        return None
    return Speaker(name, match.group("run"))


_EN_OWNED_ROLE_NAME = re.compile(
    r"(?:his|her|their|the[ \u00a0]+[A-Z]?[\w&.-]*['’]s?|[A-Z][\w&.-]*['’]s?)[ \u00a0]+"
    r"(?P<role>(?:[a-z][a-z-]+[ \u00a0]+){0,2}[a-z][a-z-]+),?[ \u00a0]+"
    r"(?:(?P<title>" + _EN_NAME_TITLE + r")[ \u00a0]+)?"
    # after a title a surname alone is a name (``said his lawyer, Mr Smith``)
    r"(?P<name>[A-Z][\w'’-]*(?(title)(?:[ \u00a0]+[A-Z][\w'’-]*){0,3}|(?:[ \u00a0]+[A-Z][\w'’-]*){1,3}))"
    r"(?=[ \u00a0]*(?:[.,;:!?]|$))"
)
#: (English) role nouns that may stand with their owner before a holder's name
_EN_OWNED_ROLES = ROLE_WORDS | frozenset(
    {"coach", "lawyer", "agent", "solicitor", "trainer", "wife", "husband", "brother", "sister", "son", "daughter"}
    | {"father", "mother", "colleague", "partner", "team-mate", "captain", "boss", "economist", "analyst", "editor"}
)
_UNNAMED_START = frozenset({"a", "an", "another", "one", "two", "three", "several", "some", "many", "other"})


def _dehyphen(text: str) -> str:
    """``Oviedo - Joekes`` (re-tokenised text) becomes ``Oviedo-Joekes``; party tags (``(D-N.Y.)``) go."""
    return _PARTY.sub("", re.sub(r"(?<=\w) - (?=[A-Z])", "-", text))


def _possessive(token: str) -> bool:
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


def _descriptor_name(segment: str, registry: Registry) -> tuple[str, str | None] | None:
    """``Virginia delegate Beau Correll``, ``CNN's Gloria Borger``: descriptors, then the name at the end."""
    tokens = _TOKEN.findall(segment)[:14]
    if tokens and _lower(tokens[0]) == "the":
        tokens = tokens[1:]
    out: list[str] = []
    for token in tokens:
        low = _lower(token)
        if not low:
            continue
        if (low in EN_FUNCTION and low != "former") or low in NOT_NAMES:
            break
        out.append(token)
        if token.endswith(".") and not _is_initial(token) and low not in ROLE_WORDS:
            break  # the sentence ends here
    while out and _lower(out[-1]) in CONNECTORS:
        out.pop()
    i = len(out)
    while i > 0 and _is_cap(out[i - 1]) and not _possessive(out[i - 1]):
        i -= 1
    run = out[i:]
    lead = out[:i]
    if not run or not lead or not any(not _is_cap(t) or _possessive(t) for t in lead):
        return None
    name, role = _name_from_run(run, registry)
    if name is None:
        return None
    return name, " ".join(_clean(t) for t in lead).strip() or role


#: a written statement and its author after a cue: ``tulis pernyataan Juventus``, ``ungkap keterangan resmi
#: Polda Metro Jaya``, ``kata siaran pers Kemenkeu``; the author (a capitalised name) speaks; a lower-case
#: institution word may open it (``bunyi pernyataan pemerintah Spanyol``: the Spanish government)
_STATEMENT_OF = re.compile(
    r"^(?:(?:dalam|melalui|lewat)[ \u00a0]+)?(?:pernyataan|keterangan|rilis|siaran[ \u00a0]+pers|surat|pengumuman)"
    r"(?:[ \u00a0]+(?:resmi|tertulis|pers))*[ \u00a0]+"
    r"(?P<author>(?:pemerintah|kementerian|kepolisian|kejaksaan|kedutaan|militer|otoritas)[ \u00a0]+[A-Z].*|[A-Z].*)",
    re.DOTALL,
)


def _statement_author(phrase: str, registry: Registry) -> Speaker | None:
    """The author of ``pernyataan <phrase>``: an organisation named by the whole capitalised run
    (known, or opening with an organisation word: ``Polda Metro Jaya``, ``Kementerian Luar Negeri``),
    else the person or organisation the run names as after any cue."""
    run: list[str] = []
    for token in _TOKEN.findall(phrase.split("\n", 1)[0])[:8]:
        if not _is_cap(token):
            break
        run.append(_clean(token))
        if token.endswith(".") and not _is_initial(token):
            break
    if not run:
        return None
    whole = " ".join(run)
    known = registry.organization(whole)
    if known or (len(run) >= 2 and _org_named(whole) and not names_place(whole, registry.language)):
        return Speaker(known or whole, None)
    author = speaker_after_cue(phrase, registry, registry.language)
    return author if author is not None and author.name and not author.pronoun else None


#: a sentence end that lost its space in scraped text: ``kata Sigit.Adapun, ...``, ``ASEAN.Melanjutkan``, or before a
#: capitalised cross-head: ``kata dia.KEMUDAHANPerencana ...``
_GLUED_END = re.compile(r"(?:(?<=[a-z\d)])|(?<=[A-Z]{3}))[.!?](?=[A-Z][a-z]|[A-Z]{2,})")


#: a social-media handle in brackets after a name (``Anna Victoria (@annavictoria)``)
_BRACKETED_HANDLE = re.compile(r"[ \u00a0]*\(@[\w.]{1,40}\)")


#: the voice of a named person heading the cue (``ucap suara Budi dalam rekaman itu``)
_VOICE_OF = re.compile(r"^suara[ \u00a0]+(?=[A-Z])")


def speaker_after_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker named right after a verb-first cue (``kata <phrase>``)."""
    phrase = _dehyphen(phrase[:240]).lstrip()
    if language != "en" and "(@" in phrase:
        phrase = _BRACKETED_HANDLE.sub("", phrase)  # ``kata Massy Arias (@massy.arias), pelatih ...``
    glued = _GLUED_END.search(phrase)
    if glued is not None:
        phrase = phrase[: glued.start()]
    if language != "en":
        phrase = _VOICE_OF.sub("", phrase)  # ``ucap suara Ford dalam rekaman``: the voice of X is X speaking
    low = phrase.lower()
    if low.startswith(("akun ", "account ", "@", "pemilik akun ")):
        handle = _HANDLE.match(phrase)
        if handle:
            owner = registry.handle_owner(handle.group("handle")) if language == "id" else None
            if owner is not None:
                return Speaker(owner, handle.group().strip())  # ``Akun Ahmad Sopandi ...``: the article names them
            # ``@geraldinelynn _``: indosum's token spacing split a trailing underscore off the handle
            return Speaker(handle.group("handle") + ("_" if handle.group("under") else ""), None)
    if language != "en" and _ANONYMOUS.match(phrase):
        return Speaker(None, None)  # ``ujar sumber itu``, ``kata sumber tadi``: an unnamed source stays unnamed
    bare = _BARE_ROLE.match(phrase) if language != "en" else None
    if bare is not None and _lower(bare.group("role").split()[0]) in ROLE_WORDS:
        holder = registry.role_holder_before(bare.group("role").split()[-1].lower())
        if holder is not None:
            return Speaker(holder, bare.group("role"))  # ``ujar Jaksa.``: the prosecutor named before
    if language != "en" and (
        _EPITHET.match(phrase)
        or _PERSON_EPITHET.match(phrase)
        or _KIN_EPITHET.match(phrase)
        or _role_epithet(phrase, registry)
        or _titled_epithet(phrase)
    ):
        # ``kata mantan pelatih timnas itu``, ``kata Guru Besar ... Unnes itu``: a description pointing back
        # (``tulis perusahaan tersebut`` points back to a company only)
        company = _COMPANY_EPITHET.match(phrase) is not None
        return Speaker(None, None, pronoun=True, gender=COMPANY if company else None, epithet=not company)
    statement = _STATEMENT_OF.match(phrase) if language != "en" else None
    if statement is not None:
        written = statement.group("author")
        author = _statement_author(written[:1].upper() + written[1:], registry)
        if author is not None:
            return author
    if language == "en":
        owned = _EN_OWNED_ROLE_NAME.match(phrase)
        if owned is not None and _lower(owned.group("role").split()[-1]) in _EN_OWNED_ROLES:
            # ``said his coach Peter Stanley``, ``said the festival's executive director, Craig Prater``: a role
            # with its owner, then the known person holding it
            held = registry.canonical(owned.group("name"))
            if owned.group("title") and registry.is_known_person(
                registry.canonical(owned.group("title") + " " + owned.group("name"))
            ):
                held = registry.canonical(owned.group("title") + " " + owned.group("name"))  # ``Lord Goldsmith``
            if registry.is_known_person(held):
                return Speaker(held, owned.group("role"))
        run = _en_role_run_speaker(phrase, registry)
        if run is not None:
            return run
        document = _EN_DOCUMENT_BY.match(phrase)
        if document is not None:
            # ``according to a report published by UK-based research consultancy Analysys``: its author
            return speaker_after_cue(document.group("rest"), registry, language)
        analysts = _EN_ANALYSTS_FROM.match(phrase)
        if analysts is not None:
            # ``wrote analysts from Citigroup Smith Barney in a note``: a firm's analysts speak for the firm
            return Speaker(analysts.group("name"), analysts.group("noun"))
        publication = _EN_PUBLICATION.match(phrase)
        if publication is not None:
            # ``wrote the influential Edge magazine``: the publication speaks
            return Speaker(publication.group("name"), publication.group("noun"))
        epithet = _EN_EPITHET.match(phrase)
        if (
            epithet is not None
            and not registry.organization(epithet.group().strip()[4:])
            and not epithet.group().endswith("Guardian")  # the newspaper
        ):
            # ``says the Waterford man``, ``said the American``: a description pointing back to someone named
            noun = (epithet.group("noun") or "").lower()
            gender = "male" if noun in ("man", "boy") else "female" if noun in ("woman", "girl") else None
            return Speaker(None, None, pronoun=True, gender=gender, epithet=True)
    nickname = _ENGLISH_EPITHET.match(phrase) if language != "en" else None
    if nickname is not None:
        # ``sambung The Special One``: an English nickname in Indonesian text points back, unless an organisation
        org = registry.organization(nickname.group("name"))
        return Speaker(org, None) if org else Speaker(None, None, pronoun=True)
    segments = [seg.strip() for seg in re.split(r"[,;]", phrase)]
    if language != "en" and segments:
        joint = _joint_speakers(segments, registry)
        if joint is not None:
            return joint
    if language == "en" and segments:
        # ``Charles B. Rangel of New York``, ``Cameron Easley for Morning Consult``: the name ends before
        segments[0] = _NAME_OF.sub(r"\1", segments[0])
        words = segments[0].split()
        if words and words[0].lower() in _UNNAMED_START:
            return None  # ``said a spokesman for Y``: the speaker is not named
        described = _descriptor_name(segments[0], registry)
        if described is not None:
            return Speaker(described[0], described[1])
    first, complete = _phrase_tokens(segments[0]) if segments else ([], False)
    if language != "en" and segments and (not first or _ONE_OF.match(segments[0])):
        return _described_name(segments, registry, allow_unknown=True)
    if not first:
        return None
    pronoun = _pronoun(first, language)
    if pronoun is not None:
        return _pronoun_speaker(pronoun)
    name, role = _name_from_run(first, registry)
    if language != "en" and not complete and (name is None or not registry.is_known_person(name)):
        # (a run read as an unknown name, ``Head of Sales & Marketing``, yields to a known name further on)
        placed = _name_past_place(segments[0], registry)
        if placed is not None:
            return placed
    if name is None and language != "en" and _title_only(first) and not (complete and len(segments) > 1):
        # ``kata Mendagri usai acara ...``: a bare title stands for the holder named before, as an epithet does
        return Speaker(None, None, pronoun=True)
    if name is None and language != "en" and not complete:
        # ``ujar kepala global strategi mata uang Win Thin``: the role phrase runs on in lower case
        by_description = _described_name(segments, registry, allow_unknown=True)
        if by_description is not None:
            return by_description
    if language == "en" and name is None and not complete and len(segments) > 1:
        role_named = _en_role_comma_name(segments, registry)
        if role_named is not None:
            return role_named
    if complete and len(segments) > 1:
        # ``kata Deputi Komisioner ... OJK, Sarjito``: a role, a comma, the name
        second, _ = _phrase_tokens(segments[1])
        # ``Kabid Humas Polda Metro Jaya, Kombes Awi Setiyono``: a rank may open the name
        person = second[next((k for k, t in enumerate(second) if _lower(t) not in ROLE_WORDS), len(second)) :]
        starts_with_role = (
            _lower(first[0]) in ROLE_WORDS
            or _lower(first[0]) in LOWER_ROLE
            or _lower(first[0]) in TITLE_NOT_NAMES
            or (name is not None and language != "en" and not registry.is_known_person(name))
        )
        clean_name = 0 < len(person) <= 4 and all(_is_cap(t) and not registry.common(t) for t in person)
        if name is None or (starts_with_role and clean_name):
            sname, _ = _name_from_run(second, registry) if second and _is_cap(second[0]) else (None, None)
            if sname is not None:
                return Speaker(sname, " ".join(_clean(t) for t in first) or None)
    if name is None:
        return None
    if role is None and len(segments) > 1:
        second_words = segments[1].split()
        if second_words and not _is_cap(second_words[0]) and _lower(second_words[0]) in LOWER_ROLE:
            role = " ".join(second_words[:8]) or None
    return Speaker(name, role)


#: (English) a whole segment that is only a name: two to four capitalised words, maybe ending the sentence
_EN_CLEAN_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’.-]*){1,3}?\.?")


def _en_role_comma_name(segments: list[str], registry: Registry) -> Speaker | None:
    """(English) ``said BA director of commercial planning, Robert Boyle.``: a role phrase that runs on in
    lower case (a role word among its first words), a comma, and a segment that is only a name: the name."""
    words = segments[0].split()
    if not 1 < len(words) <= 8 or not any(_lower(w) in ROLE_WORDS for w in words[:4]):
        return None
    if _EN_CLEAN_NAME.fullmatch(segments[1]) is None:
        return None
    second, _ = _phrase_tokens(segments[1].rstrip("."))
    if not second or any(registry.common(t) for t in second):
        return None
    sname, _ = _name_from_run(second, registry)
    return Speaker(sname, segments[0]) if sname is not None else None


_JOINT = re.compile(
    r"^(?P<a>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,3})[ \u00a0]+dan[ \u00a0]+"
    r"(?P<b>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,3})[ \u00a0]*(?:[.(]|$)"
)
_LOWER_DESCRIPTION = re.compile(r"^[a-z][a-z -]{2,60}$")


def _joint_speakers(segments: list[str], registry: Registry) -> Speaker | None:
    """(Indonesian) two people the article names in full, speaking together: ``kata Eric Corngold dan
    Mary Mulligan``, ``kata pengacaranya, Eric Corngold dan Mary Mulligan``. The speaker is both names
    joined with ``dan`` (the gold convention for a joint statement)."""
    role = None
    match = _JOINT.match(segments[0])
    if match is None and len(segments) > 1 and _LOWER_DESCRIPTION.match(segments[0]):
        role = segments[0]
        match = _JOINT.match(segments[1])
    if match is None:
        return None
    a, b = match.group("a"), match.group("b")
    if not (registry.is_known_person(a) and registry.is_known_person(b)):
        return None
    return Speaker(f"{a} dan {b}", role)


#: a bare role noun of one or two words closing the cue (``ujar Jaksa.``, ``ujar pemimpin sidang.``)
_BARE_ROLE = re.compile(r"^(?P<role>[A-Za-z][a-z]{3,}(?:[ \u00a0][a-z]{4,})?)[ \u00a0]*(?:[.!?](?:\s|$)|$)")


@lru_cache(maxsize=256)
def _role_word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)


#: a token of an organisation's name inside a role phrase that is no word: ``99.co``, ``4W``, ``&``
_ORG_TOKEN = re.compile(r"&|(?=[\w.]*\d)\w[\w.]*\w")


def _name_past_place(segment: str, registry: Registry) -> Speaker | None:
    """``kata Koordinator Divisi Hukum ... Bawaslu DKI Jakarta Muhammad Jufri``: a capitalised role phrase that
    runs through a place word (where ``_phrase_tokens`` stops) and ends in a person the people stage knows.
    The run must open with a role or plain word and the known name must end it at a sentence end or a plain word.
    An organisation token that is no word (``kata CEO 99.co Darius Cheung``, ``Head of Brand Development &
    Marketing Research 4W PTSIS Harold Donnel``: a digit, a dotted domain, ``&``) stays inside the run."""
    tokens: list[str] = []
    for match in _TOKEN.finditer(segment[:200]):
        token = match.group()
        if not (_phrase_word(token, _lower(token)) or _ORG_TOKEN.fullmatch(token)) or len(tokens) >= 16:
            break
        tokens.append(token)
        if token.endswith(".") and not _is_initial(token) and _lower(token) not in _ROLE_OR_TITLE:
            break
    if len(tokens) < 3 or not registry.common(tokens[0]):
        return None
    known = registry.person_in([_clean(t) for t in tokens])
    if known is None or known[1] < 2:
        return None
    name, k = known
    return Speaker(name, " ".join(_clean(t) for t in tokens[:-k]) or None)


#: ``salah satu keluarga korban``: a description, even when capitalised
#: a sentence end or a colon inside a phrase (a long description does not cross it)
_SENTENCE_STOP = re.compile(r"[.!?:](?=[ \u00a0\n])")
_ONE_OF = re.compile(r"salah[ \u00a0]+(?:satu|seorang)\b", re.IGNORECASE)


def _described_name(segments: list[str], registry: Registry, allow_unknown: bool = False) -> Speaker | None:
    """A description, then the name: ``kata ayah seorang pasien, Vijay``, ``kata pemenang Nobel ... K. Satyarthi``.

    The name is the next comma segment when that segment is nothing but a name, else
    a person the people stage knows, ending the first capitalised run of the
    description. Anything else (``kata bintang '7 Manusia Harimau'``) gives None.
    """
    head = segments[0]
    tokens = _TOKEN.findall(head)[:26]
    # a long description set off by a comma before a bare name still describes it (``kata salah satu aktivis
    # dari kelompok ... yang juga pakar hidrologi dari Universitas ..., Ercan Ayboga``): up to 24 words
    if not tokens or len(tokens) > 24:
        return None
    if len(segments) > 1 and (len(tokens) <= 12 or not _SENTENCE_STOP.search(head)):
        second, _ = _phrase_tokens(segments[1])
        if registry.language == "id" and len(second) >= 2 and _lower(second[0]) in ROLE_WORDS:
            second = second[1:]  # ``kata pensiunan Panglima ..., Jenderal Soemitro``: a rank opens the name
        if 0 < len(second) <= 4 and all(_is_cap(t) and not registry.common(t) for t in second):
            name, _ = _name_from_run(second, registry)
            if name is not None:
                return Speaker(name, head or None)
    if len(tokens) > 12:
        return None
    i = 0
    while i < len(tokens) and not _is_cap(tokens[i]):
        if not tokens[i].isalpha() or not tokens[i].islower():
            return None  # a quoted or numbered title, not a description
        i += 1
    if not 0 < i <= 7:
        return None
    run: list[str] = []
    for token in tokens[i:]:
        if not _is_cap(token):
            break
        run.append(token)
        if token.endswith(".") and not _is_initial(token):
            break
    suffix = ""
    if len(run) > 2 and _clean(run[-1]).lower() in _SUFFIXES:
        suffix = " " + _clean(run[-1])  # ``kata pemilik nama asli Marshall Bruce Mathers III``
        run = run[:-1]
    known = registry.person_in(run) if run else None
    if known is None:
        past = _name_past_organization(tokens, i + len(run), registry)
        if past is not None:
            return past
    if known is None and allow_unknown and 2 <= len(run) <= 3 and all(not registry.common(t) for t in run):
        # an unknown name: two or three name words, none a role, organisation or plain word
        name = registry.canonical(" ".join(_clean(t) for t in run))
        return Speaker(name + suffix, " ".join(tokens[:i]) or None)
    if known is None:
        return None
    name, k = known
    return Speaker(name + suffix, " ".join([*tokens[:i], *run[: len(run) - k]]) or None)


def _name_past_organization(tokens: list[str], j: int, registry: Registry) -> Speaker | None:
    """``kata pelatih ... kreator Body Guides creator Anna Victoria soal ...``: the first capitalised run names
    no person (an organisation or a product); one lower-case word on, a person the people stage knows in full."""
    if j + 2 >= len(tokens) or _is_cap(tokens[j]) or not tokens[j].isalpha():
        return None
    run: list[str] = []
    for token in tokens[j + 1 :]:
        if not _is_cap(token):
            break
        run.append(token)
    known = registry.person_in(run) if len(run) >= 2 else None
    if known is None or known[1] < 2 or known[1] != len(run):
        return None
    return Speaker(known[0], " ".join(tokens[: j + 1]))


#: a brand written with a lower-case prefix before a capital (``aCommerce``, ``iPhone``, ``eFishery``): a name of
#: an organisation or a product inside a role phrase (``CEO aCommerce Paul Srivorakul``)
_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-z][A-Za-z]*")


def _phrase_word(token: str, low: str) -> bool:
    """A word that can stand in a speaker phrase: a capitalised word (or a brand such as ``aCommerce``), a
    lower-case role, a connector or a pronoun."""
    return (
        _is_cap(token)
        or _CAMEL_BRAND.fullmatch(_clean(token)) is not None
        or low in LOWER_ROLE
        or low in NAME_TITLES  # ``Kombes drg. Raymond``: a degree or title before the name, even in lower case
        or low in CONNECTORS
        or low in ID_PRONOUNS
        or low in EN_PRONOUNS
        or low in PLURAL_PRONOUNS
    )


def _phrase_tokens(segment: str) -> tuple[list[str], bool]:
    """Tokens of a speaker phrase (role words and names) up to the first plain word.

    The flag says whether the phrase ran to the end of ``segment``.
    """
    out: list[str] = []
    complete = True
    for match in _TOKEN.finditer(segment):
        token = match.group()
        low = _lower(token)
        if not low:
            continue
        if low in NOT_NAMES and low not in TITLE_NOT_NAMES and out and not _month_in_name(segment, match, out):
            # ``Asisten Manajer Persija Jakarta``: a place (or date word) closing the segment leaves it complete
            complete = match.end() >= len(segment.rstrip(" .")) and _is_cap(token)
            break
        if out and _clean(token) == _clean(out[-1]) and _is_cap(token):
            complete = False  # ``ujar Jonan   Jonan mengatakan``: the next sentence opens with the name again
            break
        if _possessive(token) and _is_cap(token) and match.end() < len(segment.rstrip()):
            out = []  # ``CNN's Gloria Borger``: the possessive names the employer
            continue
        if _phrase_word(token, low):
            out.append(token)
            if token.endswith(".") and not _is_initial(token) and low not in _ROLE_OR_TITLE:
                complete = match.end() >= len(segment.rstrip())
                break
            if len(out) >= 14:
                complete = False
                break
            continue
        complete = False
        break
    while out and _lower(out[-1]) in CONNECTORS:
        out.pop()
    return out, complete


_MONTHS_ID = frozenset(ID_MONTH_NAMES)


def _month_in_name(segment: str, match: re.Match[str], out: list[str]) -> bool:
    """``Raja Juli Antoni``: a month word between two capitalised name words is part of the name."""
    if _lower(match.group()) not in _MONTHS_ID or not _is_cap(out[-1]) or _lower(out[-1]) in ROLE_WORDS:
        return False
    following = _TOKEN.search(segment, match.end())
    if following is None or segment[match.end() : following.start()].strip():
        return False
    nxt = following.group()
    return _is_cap(nxt) and _lower(nxt) not in NOT_NAMES and not nxt[:1].isdigit()


def _month_between(words: list[str], k: int, registry: Registry) -> bool:
    """``Raja Juli Antoni``: the month word ``words[k]`` stands between two name words (Indonesian)."""
    return (
        registry.language == "id"
        and 0 < k < len(words) - 1
        and _lower(words[k]) in _MONTHS_ID
        and not registry.common(words[k - 1])
        and not registry.common(words[k + 1])
    )


def _is_initial(token: str) -> bool:
    core = token.rstrip(".")
    return (len(core) <= 2 and core[:1].isupper()) or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", core))


def speaker_before_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker that ends ``phrase``, which stands right before a cue verb."""
    text = _dehyphen(phrase[-240:])
    soft = text.rfind("  ")
    if soft >= 0 and language == "en" and text[soft + 2 : soft + 3].islower():
        soft = -1  # ``Nicky Driscoll, 24,  from Manchester, who``: a double space before a lower-case word, no break
    if soft >= 0:
        text = text[soft + 2 :]  # a lost paragraph break (scraped text)
    if language == "en":
        # ``Paul Boateng MP, Labour's Chief Secretary to the Treasury,``, ``Peter Ainsworth MP,``: a post-nominal
        # between a name and its comma is no part of the name
        return _en_speaker_before(_EN_POSTNOMINAL_COMMA.sub("", text), registry)
    text = _after_glued_end(_unglue(text, registry))
    # ``RM (yang sebelumnya dikenal dengan nama Rap Monster) mengaku``: a lower-case aside in brackets between
    # the subject and the verb describes the subject; the name in it is not the subject
    text = _LOWER_ASIDE.sub("", text)
    text = _without_degrees(text)
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


#: (English) a post-nominal right after a name and before a comma (``Andrew Tyrie MP,``, ``Ken Macdonald QC,``)
_EN_POSTNOMINAL_COMMA = re.compile(r"(?<=[a-z])[ \u00a0]+(?:MP|MEP|MSP|QC|KC)(?=[ \u00a0]*,)")
#: a conjunction opening a clause (English)
_EN_CONJUNCTION = re.compile(r"^(?:but|and|yet|while|although|though|whereas)[ \u00a0]+(?=[A-Z])")
#: ``Authenti-corp's CEO, Cynthia Musselman,``: a role phrase, then a name set off by commas, ending the subject
_EN_ROLE_THEN_NAME = re.compile(r"(?P<role>[^,;]{2,80}),[ \u00a0]*(?P<name>[A-Z][^,;]{2,60}?)[ \u00a0]*,[ \u00a0]*$")
#: (English) a name after a title (``Captain Ian Farquhar``, ``Mr Smith``)
_EN_TITLED_NAME = re.compile(_EN_NAME_TITLE + r"[ \u00a0]+(?P<name>[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,3})")
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
    # ``her lawyer, Perry Wander,``: the role nouns that stand with an owner before a name count as well
    if apposed is not None and _lower(apposed.group("role").split()[-1]) in EN_PERSON_ROLES | _EN_OWNED_ROLES:
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
        tokens = _TOKEN.findall(affiliated.group("name"))
        known = registry.person_in([_clean(t) for t in tokens]) if tokens else None
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
        if tokens and registry.person_in([_clean(t) for t in tokens]) is None and speaker.name.endswith(tokens[-1]):
            at = segment.rfind(tokens[0])
            if at > 0 and _EN_LOCATIVE.search(segment[:at]):
                return Speaker(None, None)
    return speaker


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
    if titled is not None and registry.person_in([_clean(t) for t in _TOKEN.findall(titled.group("org"))]) is None:
        # ``Tim Crawford, Group Economist at Halifax, said``: a role of an employer in title case; the
        # employer names no person (``President of France Jacques Chirac`` is no such phrase)
        role = titled
    if role is not None and _lower(role.group("role")) in ROLE_WORDS:
        # ``Peter Misselbrook, executive partner of Tods Murray said``: a lower-case role of an employer
        tokens = _TOKEN.findall(re.split(r"[.!?:\"“”]\s", segments[-2])[-1])
        known = registry.person_in([_clean(t) for t in tokens]) if tokens else None
        return Speaker(known[0], segments[-1]) if known is not None and known[1] == len(tokens) else None
    if not registry.organization(segments[-1]):
        return None
    tokens = _TOKEN.findall(segments[-2])
    known = registry.person_in([_clean(t) for t in tokens]) if tokens else None
    if known is None or known[1] != len(tokens):
        return None
    return Speaker(known[0], segments[-1])


def _role_subject(text: str, registry: Registry) -> Speaker | None:
    """(Indonesian) ``Bupati Poso mengatakan``: a subject that is only the role the article gave one named
    person (``Bupati Poso Darmin A. Sigilipu``) is that person. Only lower-case words may stand before it in
    its clause (``namun, Bupati Poso``); a capitalised word there would be part of another name."""
    segment = re.split(r"[,;:]", text)[-1]
    words = _TOKEN.findall(segment)
    for k in range(len(words) - 1):
        if k and any(_is_cap(w) for w in words[1:k]):
            break
        if k and _is_cap(words[0]) and not registry.function_word(words[0]) and not registry.lead_word(words[0]):
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


def _without_degrees(text: str) -> str:
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
    first = _lower(role_words[0]) if role_words else ""
    if not first or len(role_words) > 12 or first not in _ROLE_HEADS:
        return None
    if _own_name(role_words, registry):
        return None  # ``Senada, analis Erdhika Sekuritas Hendri Widiantoro``: the role phrase names its holder
    name = _apposed_name(_TOKEN.findall(head), registry)
    return Speaker(name, role) if name else None


def _own_name(words: list[str], registry: Registry) -> bool:
    """A role phrase that ends in a full name: two name words or more, or a known person of two words or more."""
    known = registry.person_in([_clean(w) for w in words])
    if known is not None and known[1] >= 2:
        return True
    run = 0
    for word in reversed(words):
        if not _is_cap(word) or registry.common(word) or _lower(word) in ORG_WORDS:
            break
        run += 1
    return run >= 2


#: words that open a role phrase (``Sekjen``, ``Corporate Secretary``, ``juru bicara``), not its middle
_ROLE_HEADS = (ROLE_WORDS | LOWER_ROLE) - CONNECTORS - frozenset(
    {"besar", "bicara", "bidang", "nasional", "utama", "senior", "keamanan", "khusus", "urusan", "press", "public"}
)


def _apposed_name(tokens: list[str], registry: Registry) -> str | None:
    """The name a segment of nothing but capitalised name words gives (``Aryan Warga Dalam``), else None.

    The first word must be a name word; a later one may be a plain word capitalised inside the
    name (``Dalam``), but no role, organisation or title word, acronym or place.
    """
    if not 1 <= len(tokens) <= 5 or not all(_is_cap(t) for t in tokens) or registry.common(tokens[0]):
        return None
    if registry.lead_word(tokens[0]) or (len(tokens) == 1 and registry.plain_word(tokens[0])):
        return None  # ``Mengutip ZDnet, ...``, ``Senada, ...``
    words = [_clean(t) for t in tokens]
    if any(_lower(w) in ROLE_WORDS | ORG_WORDS | NOT_NAMES or _is_acronym(w) for w in words):
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
        return _pronoun_speaker("it")  # ``," it added``: the organisation named before (never ``put it:``)
    if tokens:
        pronoun = _pronoun(tokens[-1:], language)
        if pronoun is not None:
            return _pronoun_speaker(pronoun)
        name, role = _name_from_run(tokens, registry)
        if name is not None:
            return Speaker(name, role)
    if language != "en" and len(segments) >= 2 and last:
        words = _TOKEN.findall(last)
        if words and _lower(words[0]) in ID_PRONOUNS:
            # ``..., ia juga enggan menjawab``: a pronoun opens the clause of the cue, so it is the subject
            return _pronoun_speaker(_lower(words[0]))
    if language != "en" and len(segments) >= 3 and last == "" and segments[-3]:
        # ``Kuasa korban yang melaporkan perkara ini, Sudarso Arief Bakuma, mengaku``: a lower-case role
        # phrase, then the name set off by commas; the name is the subject when the people stage knows it
        run = _TOKEN.findall(segments[-2])
        if run and all(_is_cap(w) or _is_initial(w) for w in run):
            name, _ = _name_from_run(run, registry)
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
        if apposition and (not _is_cap(head) or _possessive(head)) and len(apposition.split()) <= longest:
            k = len(segments) - 2
            if language == "en":
                # ``..., but Christoph Caselitz, president of ...``: a conjunction opens the name's clause
                segments[k] = _EN_CONJUNCTION.sub("", segments[k])
            # ``Harry Bond, 30, of Raleigh, N.C., who ...``: age, place and state are not the name
            while k > 0 and (
                not segments[k] or not _is_cap(segments[k].split()[0]) or (len(segments[k]) <= 6 and "." in segments[k])
            ):
                k -= 1
            tokens = _tail_tokens(segments[k])
            if tokens and _pronoun(tokens[-1:], language) is None:
                name, _ = _name_from_run(tokens, registry)
                if name is not None:
                    return Speaker(name, apposition)
    return None


_PREPOSITIONS = frozenset(
    {"di", "ke", "dari", "pada", "kepada", "dalam", "untuk", "bagi", "oleh", "dengan", "atas", "terhadap", "antara"}
)


def _object_of_preposition(segment: str, tail: list[str]) -> bool:
    """The short name run (two words or fewer) ending ``segment`` follows a preposition (``di Losail``)."""
    words = _TOKEN.findall(segment)
    k = len(words) - len(tail)
    return k > 0 and _lower(words[k - 1]) in _PREPOSITIONS and len(tail) <= 2


def _relative_epithet(segment: str, registry: Registry) -> bool:
    """``Pria yang tahun lalu ...``: a plain noun or a role, then ``yang``: a description of a person named before."""
    words = segment.split()
    return (
        len(words) >= 3
        and words[1] == "yang"
        and _is_cap(words[0])
        and (registry.plain_word(words[0]) or _lower(words[0]) in ROLE_WORDS)
    )


def _tail_tokens(segment: str) -> list[str]:
    """The role-and-name tokens that end ``segment`` (read backwards)."""
    tokens = _TOKEN.findall(segment)
    out: list[str] = []
    for token in reversed(tokens):
        low = _lower(token)
        if not low:
            continue
        if low in NOT_NAMES:
            break
        if _possessive(token) and out:
            break  # ``Clinton’s aide Jake Sullivan``: the possessive is not part of the name
        if _phrase_word(token, low):
            out.append(token)
            if len(out) >= 14:
                break
            if low in ID_PRONOUNS or low in EN_PRONOUNS or low in PLURAL_PRONOUNS:
                break  # a pronoun subject ends the phrase
            continue
        break
    out.reverse()
    while out and _lower(out[0]) in CONNECTORS:
        out.pop(0)
    return out


#: (English) person nouns that may head a lower-case role phrase between an owner and a holder's name
#: (``Oxfam senior policy adviser Max Lawson``, ``Palace stadium manager Kevin Corner``, ``Scissor Sisters
#: frontwoman Ana Matronic``)
_EN_GAP_HEADS = _EN_OWNED_ROLES | frozenset(
    {"fan", "user", "supporter", "member", "frontman", "frontwoman", "singer", "star", "player", "founder"}
    | {"owner", "manager", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "guitarist"}
    | {"drummer", "presenter", "producer", "director", "researcher", "scientist", "campaigner", "activist"}
    | {"candidate", "leader", "worker", "resident", "doctor", "officer", "official", "expert", "consultant"}
    # a contest's candidates: ``Republican presidential nominee Donald Trump``, ``Democratic hopeful John Kerry``
    | {"nominee", "hopeful", "challenger", "contender", "frontrunner", "front-runner"}
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
    if not gap or len(gap) > 4 or j >= len(tokens) or not _is_cap(tokens[j]):
        return None
    words = [_lower(t) for t in gap]
    if any(t != _clean(t) for t in gap) or words[-1] not in _EN_GAP_HEADS:
        return None
    for low in words:
        if low in EN_FUNCTION or low in _EN_GAP_VERBS or low in EN_PRONOUNS:
            return None
        if low not in _EN_GAP_HEADS and low.endswith(("ed", "ly")):
            return None
    run: list[str] = []
    for token in tokens[j : j + 4]:
        if not _is_cap(token):
            break
        run.append(_clean(token))
        if token != _clean(token):
            break  # ``Max Lawson,``: the name ends at its punctuation
    for n in range(len(run), 1, -1):
        known = registry.person_in(run[:n])
        if known is not None and known[1] == n:
            return known[0], " ".join(words), j + n
    return None


def subject_of(clause: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker who opens ``clause`` (``Cruz continued:``, ``Reporter Jo Smith says:``)."""
    tokens = _TOKEN.findall(_dehyphen(clause[-240:]))
    definite = False  # the last word dropped is ``the`` (``The Vermont senator``)
    while (
        tokens
        and (_lower(tokens[0]) in EN_FUNCTION or tokens[0][:1].isdigit() or not _lower(tokens[0]))
        and _lower(tokens[0]) not in EN_PRONOUNS
    ):
        definite = _lower(tokens.pop(0)) == "the"
    run: list[str] = []
    for k, token in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if run and _lower(token) in ("of", "the") and _is_cap(following):
            run.append(token)  # ``Secretary of State Madeleine Albright``
            continue
        if _possessive(token) and _is_cap(token) and _is_cap(following):
            run = []  # ``CNN's Gloria Borger``
            continue
        if _is_cap(token) or (run and _lower(token) in NAME_PARTICLES):
            run.append(token)
            if len(run) >= 8:
                break
            continue
        if not run and _lower(token) in (ID_PRONOUNS | EN_PRONOUNS):
            return _pronoun_speaker(_lower(token))
        if not run and _lower(token) in LOWER_ROLE:
            run.append(token)
            continue
        if run and language == "en" and _lower(token) in ROLE_WORDS and _is_cap(following):
            run.append(token)  # ``Lib Dem chairman Matthew Taylor``: a role noun between an owner and the name
            continue
        if run and language == "en" and token[:1].islower() and all(_is_cap(t) for t in run):
            holder = en_gap_holder(tokens, k, registry)
            if holder is not None:
                # ``Oxfam senior policy adviser Max Lawson welcomed``: the holder speaks, not the owner
                return Speaker(holder[0], " ".join([*run, holder[1]]))
        if definite and run and language == "en" and _lower(token) in EN_PERSON_ROLES and not _is_cap(following):
            # ``The Vermont senator emailed``: the capitalised words modify a role noun; an epithet, not a name
            return Speaker(None, _lower(token), pronoun=True, epithet=True)
        break
    if not run or not any(_is_cap(t) for t in run):
        return None
    name, role = _name_from_run(run, registry)
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
)


#: (English) a post marked by its owner's possessive: maybe ``The``, capitalised words ending in ``'s`` or ``'``,
#: then one to four lower-case words (``The United Nations' emergency relief coordinator``)
_EN_OWNED_POST = re.compile(
    r"(?:The[ \u00a0]+)?(?:[A-Z][\w&.-]*[ \u00a0]+){0,4}[A-Z][\w&.-]*(?:['’]s|s['’])(?:[ \u00a0]+[a-z][\w-]*){1,4}"
)


def sentence_subject(clause: str, registry: Registry, language: str) -> Speaker | None:
    """The named subject of the sentence ``clause`` opens, skipping a short opening phrase.

    ``Hours later, Trump returned the compliment`` gives Trump; ``Silverman, herself a
    supporter, incurred`` gives Silverman; a clause whose subject is not a name gives None.
    """
    segments = [seg for seg in _dehyphen(clause[-300:]).split(",")]
    if language == "en" and len(segments) >= 2 and segments[0].split():
        # ``James Hardie chairwoman, Meredith Hellicar, said``: a role phrase, then a known name set off by commas
        name = registry.canonical(segments[1].strip()) if segments[1].strip() else ""
        if name and registry.is_known_person(name) and (
            _lower(segments[0].split()[-1]) in EN_PERSON_ROLES or _EN_OWNED_POST.fullmatch(segments[0].strip())
        ):
            # ``The United Nations' emergency relief coordinator, Jan Egeland, said``: a post its owner's
            # possessive marks as one, whatever its noun
            return Speaker(name, segments[0].strip())
    opening = segments[0].split()[:1] if segments else []
    if len(segments) > 1 and opening and _lower(opening[0]) in _SUBORDINATORS:
        segments = segments[1:]  # ``After Brown criticized Clinton, Hillary shot back``: the main clause's subject
    for index, segment in enumerate(segments[:3]):
        first = segment.split()[:1]
        if language == "en" and first and index + 1 < len(segments) and _lower(first[0]) in _EN_OPENING_PREPOSITIONS:
            # ``During a national security speech earlier in the day, Trump attacked ...``, ``On Thursday, after
            # remaining neutral ..., Warren ... endorsed``: an opening phrase, however long, holds no subject
            continue
        speaker = subject_of(segment, registry, language)
        if speaker is not None:
            if speaker.name is not None and " " not in speaker.name and _common_english(speaker.name):
                speaker = None
            else:
                return speaker
        if len(segment.split()) > 4 or index + 1 >= len(segments):
            return None
    return None
