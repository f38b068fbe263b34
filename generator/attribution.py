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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.quote_words import (
    EN_FUNCTION,
    EN_ORG_TAILS,
    LOWER_ROLE,
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

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”„«»]+")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*")
_UPPER_START = re.compile(r"^[^\W\d_]")


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the canonical name (None if unknown) and a role."""

    name: str | None
    role: str | None
    pronoun: bool = False  # the name came from resolving a pronoun
    gender: str | None = None  # of a pronoun: "male" (he) or "female" (she); None when it does not say


def _pronoun_speaker(pronoun: str) -> Speaker:
    """The speaker a subject pronoun stands for: a back-reference, or nobody for a plural."""
    if pronoun == "plural":
        return Speaker(None, None)
    return Speaker(None, None, pronoun=True, gender=PRONOUN_GENDER.get(pronoun))


PRONOUN_GENDER = {"he": "male", "she": "female"}
_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


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


class Registry:
    """Names known in one body: the people stage's, then those seen so far."""

    def __init__(
        self,
        people: Sequence[Person],
        organizations: Sequence[Organization],
        resolver: Callable[[str, list[Person]], Person | None] | None = None,
    ) -> None:
        # a "name" of five or more words is a headline the people stage took for a name
        self.people = [p for p in people if 0 < len(p.name.split()) <= 4]
        self.organizations = list(organizations)
        self.resolver = resolver
        self.seen: list[str] = []  # full names met so far, in order
        self.body = ""
        self.lower_words: frozenset[str] = frozenset()
        self._fullest: dict[str, list[tuple[int, str]]] = {}
        self._expanded: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}
        self._people_cache: dict[str, str | None] = {}  # name -> the people stage's name for it
        self.cursor = 0  # where in the body the name being resolved stands
        self.language = ""
        self._org_names: dict[str, str] = {}
        self._nicknames: dict[str, str] = {}  # ``Tiko`` -> ``Kartiko Wirjoatmodjo`` (``akrab disapa Tiko``)
        self._canonical_cache: dict[tuple[str, int], str] = {}
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
        # a "name" the people stage took from a headline (``Donald Trump Praises Breitbart``)
        self.people = [p for p in self.people if self._written_outside_titles(p.name)]
        self._people_cache.clear()
        if language == "id":
            self.lower_words = frozenset(m.group() for m in _LOWER_WORD.finditer(body)) | _id_stopwords()
            self._nicknames = self._read_nicknames()
        else:
            self.lower_words = EN_FUNCTION

    def _read_nicknames(self) -> dict[str, str]:
        """``Kartiko Wirjoatmodjo ... bankir yang akrab disapa Tiko``: the short name the article links.

        The nickname belongs to the person the people stage knows (by a name of two words
        or more) who is written last before the phrase, within a few sentences.
        """
        out: dict[str, str] = {}
        full_names = sorted({p.name for p in self.people if len(p.name.split()) >= 2}, key=len, reverse=True)
        if not full_names:
            return out
        for count, match in enumerate(_NICKNAME.finditer(self.body)):
            nick = match.group("nick")
            if count > 20 or nick in out or any(nick in name.split() for name in full_names):
                continue
            window = self.body[max(0, match.start() - 400) : match.start()]
            best: tuple[int, str] | None = None
            for name in full_names:
                at = window.rfind(name)
                if at >= 0 and (best is None or at > best[0]):
                    best = (at, name)
            if best is not None:
                out[nick] = best[1]
        return out

    def given_name(self, word: str) -> bool:
        """Whether ``word`` is a known first name (the gender guesser knows it), so a name starts with it."""
        detect = _gender_detector()
        return detect is not None and len(word) > 1 and detect(_clean(word)) not in ("unknown", "")

    def function_word(self, word: str) -> bool:
        """A stop word of the body's language (``kita``, ``the``)."""
        low = word.lower()
        return low in EN_FUNCTION or (self.language != "en" and low in _id_stopwords())

    def common(self, token: str) -> bool:
        """A capitalised word that is a role, an organisation word, or a plain word of the body."""
        low = _lower(token)
        return (
            low in ROLE_WORDS
            or low in ORG_WORDS
            or low in NOT_NAMES
            or low in CONNECTORS
            or _is_acronym(_clean(token))
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
                self._expanded[token] = self._expand(token) or self._initials_of(token) or ""
            return self._expanded[token] or None
        if len(token) < 3:
            return None
        if token not in self._fullest:
            alias = re.search(
                r"([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’.-]*){1,3})[ \u00a0]?\([ \u00a0]?"
                + re.escape(token)
                + r"[ \u00a0]?\)",
                self.body,
            )
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
        pattern = re.compile(
            r"(?:[A-Z][\w'’.-]*[ \u00a0](?:(?:bin|binti|van|von|de|der|al)[ \u00a0])?){0,4}"
            + re.escape(token)
            + r"\w*(?:[ \u00a0](?:(?:bin|binti|van|von|de|der|al)[ \u00a0])?[A-Z][\w'’-]*){0,3}"
        )
        found: list[tuple[int, str]] = []
        for match in pattern.finditer(self.body):
            if match.start() > 0 and self.body[match.start() - 1].isalnum():
                continue
            if self._in_title_line(match.start()):
                continue
            words = match.group().split()
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
                or (lo > 1 and _initials(words[lo - 1]) and not self.common(words[lo - 2]))
            ):
                lo -= 1
            while hi < len(words) and (
                not self.common(words[hi])
                or (hi + 1 < len(words) and _initials(words[hi]) and not self.common(words[hi + 1]))
            ):
                hi += 1  # ``Dody AS Dalimunthe``: initials between two name words belong to the name
            lo, hi = max(lo, at - 3), min(hi, at + 3)
            if hi - lo >= 5 and hi - at >= 2:
                lo = at  # ``Analis Asia Tradepoint Futures Deddy Yusuf Siregar``: the name starts at the token
            if self.language == "en":
                # an English full name ends at the surname (``Trump Tower`` is not Trump)
                if re.sub(r"['’]s?$", "", _clean(words[at])) != token:
                    continue
                hi = at + 1
                if hi < len(words) and _clean(words[hi]).lower() in ("jr", "sr", "ii", "iii"):
                    hi += 1
            name = [_clean(w) for w in words[lo:hi]][:4]
            while name and name[0].lower() in NAME_PARTICLES:
                name.pop(0)
            if len(name) >= 2:
                found.append((match.start(), " ".join(name)))
            if len(found) > 50:
                break
        return found

    def _expand(self, acronym: str) -> str | None:
        """``Bursa Efek Indonesia (BEI)`` in the body: the name an acronym stands for."""
        pattern = re.compile(
            r"((?:[A-Z][\w.&'’-]*[ \u00a0](?:(?:dan|and|of|the|for|&)[ \u00a0])?){1,7})\([ \u00a0]?"
            + re.escape(acronym)
            + r"[ \u00a0]?\)"
        )
        for count, match in enumerate(pattern.finditer(self.body)):
            words = match.group(1).split()
            while words and _lower(words[0]) in (EN_FUNCTION | _id_stopwords() | NOT_NAMES):
                words.pop(0)
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if words and initials[-len(acronym) :].upper() == acronym.upper().replace(".", ""):
                return " ".join(words[-len(acronym) :]) if len(words) > len(acronym) else " ".join(words)
            if count > 20:
                break
        return None

    def _initials_of(self, acronym: str) -> str | None:
        """``JK`` for ``Jusuf Kalla``: the one person name in the body whose initials the acronym is."""
        letters = acronym.replace(".", "")
        if not 2 <= len(letters) <= 4 or not letters.isalpha() or not letters.isupper():
            return None
        pattern = re.compile(
            r"(?<![\w.])" + r"[ \u00a0]".join(rf"{letter}[a-z'’-]+" for letter in letters) + r"(?![\w-])"
        )
        names: set[str] = set()
        for count, match in enumerate(pattern.finditer(self.body)):
            words = match.group().split()
            if not any(self.common(w) for w in words) and not self._in_title_line(match.start()):
                names.add(" ".join(words))
            if count > 50 or len(names) > 1:
                break
        return next(iter(names)) if len(names) == 1 else None

    def is_known_person(self, name: str) -> bool:
        """Whether the people stage lists ``name`` (or has it as an alias)."""
        low = name.lower()
        return any(p.name.lower() == low or low in (a.lower() for a in p.aliases) for p in self.people)

    def is_person_like(self, name: str) -> bool:
        """A name that ends in a name word (not a role, organisation, plain word or acronym)."""
        words = name.split()
        return bool(words) and not self.common(words[-1]) and not _is_acronym(_clean(words[-1]))

    def organization(self, phrase: str) -> str | None:
        return self._org_names.get(phrase.strip().lower())

    def person_in(self, tokens: Sequence[str]) -> tuple[str, int] | None:
        """A known person whose name (or alias) ends the token run; (name, length)."""
        words = [_lower(t) for t in tokens]
        best: tuple[str, int] | None = None
        for person in self.people:
            for form in [person.name, *person.aliases]:
                parts = [p.lower() for p in form.split()]
                k = len(parts)
                if k == 0 or k > len(words):
                    continue
                if words[-k:] == parts and (best is None or k > best[1]):
                    consistent = self.language != "en" or _same_surname(form, person.name)
                    best = (person.name if consistent else form, k)
        return best

    def canonical(self, name: str) -> str:
        """The canonical full name for ``name`` (itself when nothing better).

        Tried in order: a nickname the article links to a full name (Indonesian),
        the people stage (its resolver, then names and aliases, then a unique
        person with that word in their name), a full name already met as a
        speaker, the fullest form the body writes, and (Indonesian) a known name
        the word is a misspelling or a Javanese short form of. A one-word answer
        from the people stage still gives way to a fuller form in the body.
        """
        full = self._canonical(name)
        return self._month_tail(full) if self.language == "id" else full

    def _canonical(self, name: str) -> str:
        if name in self._nicknames:
            return self._nicknames[name]
        found = self._from_people(name)
        if found is not None and self.language == "en" and not _same_surname(name, found):
            # ``Beck`` -> ``Glenn Beck Blasts Drudge``: a people-stage name that does not end in
            # the cue's surname is a mis-read; keep only a form of it that does (``Glenn Beck``)
            found = self._consistent_form(name)
        if found is not None and len(found.split()) > 1:
            return found
        base = found or name
        if len(base.split()) == 1:
            token = base.lower()
            seen = sorted({full for full in self.seen if len(full.split()) > 1 and token in full.lower().split()})
            if len(seen) == 1:
                return seen[0]
            full = self.fullest(base)
            if full:
                return full
            if self.language == "id":
                return self._variant_of(base) or base
        return base

    def _month_tail(self, name: str) -> str:
        """``Leong Sook`` -> ``Leong Sook Mei``: a month word right after the name, not in a date, ends it."""
        words = name.split()
        if len(words) < 2 or _lower(words[-1]) in NOT_NAMES or not self.body:
            return name
        key = (name, -1)
        if key not in self._canonical_cache:
            match = re.search(r"(?<![\w-])" + re.escape(name) + _MONTH_TAIL, self.body)
            self._canonical_cache[key] = f"{name} {match.group('month')}" if match else name
        return self._canonical_cache[key]

    def _variant_of(self, token: str) -> str | None:
        """The one known person whose name word ``token`` misspells or shortens.

        ``Riwdan`` / ``Ridwan Soetedja`` and ``Gantosari`` / ``Gantosori Tanjung``: one letter
        changed, added, dropped or two swapped (words of five letters or more, same first
        letter). ``Tiko`` / ``Kartiko Wirjoatmodjo`` and ``Ryan`` / ``Kiryanto``: a Javanese short
        name, the end or middle of the name word (four letters or more; a prefix is already
        handled by ``fullest``). More than one candidate person gives None.
        """
        low = _clean(token).lower()
        if len(low) < 4 or not low.isalpha() or not token[:1].isupper() or self.common(token):
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
                short = len(word) > len(low) and low in word[1:]
                if typo or short:
                    candidates.add(person.name)
        found = next(iter(candidates)) if len(candidates) == 1 else ""
        self._canonical_cache[key] = found
        return found or None

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
            said = {
                _HONORIFIC_GENDER[m.group(1).lower()]
                for m in re.finditer(
                    r"\b(Mr|Mrs|Ms|Miss)\.?[ \u00a0]+(?:[A-Z][\w'’-]*[ \u00a0]+){0,2}" + re.escape(words[-1]) + r"\b",
                    self.body,
                )
            }
            if len(said) == 1:
                found = next(iter(said))
            elif not said and len(words) >= 2 and len(words[0]) > 1 and not words[0].endswith("."):
                detect = _gender_detector()
                guess = detect(words[0]) if detect is not None else "unknown"
                found = guess if guess in ("male", "female") else None
        self._genders[name] = found
        return found

    def remember(self, name: str) -> None:
        if name and name not in self.seen:
            self.seen.append(name)


def _surname_key(name: str) -> str:
    words = [re.sub(r"['’]s?$", "", _clean(w)).replace("’", "'").lower() for w in name.split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    return words[-1] if words else ""


def _same_surname(a: str, b: str) -> bool:
    """Both names end in the same word (``Beck`` / ``Glenn Beck``; ``Jr.`` and possessives ignored)."""
    key = _surname_key(a)
    return bool(key) and key == _surname_key(b)


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


#: ``... disapa Tiko``, ``akrab dipanggil Emil``, ``sapaan akrabnya Ipul``
_NICKNAME = re.compile(
    r"\b(?:(?:akrab|biasa|kerap|karib)[ \u00a0]+)?(?:disapa|dipanggil|sapaan(?:[ \u00a0]+akrab)?(?:nya)?)"
    r"[ \u00a0]+(?P<nick>[A-Z][a-z'’-]{2,20})\b"
)
#: a month word that ends a name (``Leong Sook Mei menjelaskan``), not one that starts a date
#: (``Mei 2019``, ``Mei lalu``) nor one after a day number (``Jumat (5/1) ... 28 Mei``)
_MONTH_TAIL = (
    r"[ \u00a0]+(?P<month>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
    r"(?![\w-])(?![ \u00a0]*(?:\d|lalu|mendatang|depan|ini|itu|silam|kemarin|nanti|tahun|hingga|sampai|dan|-|–))"
)


def _name_from_run(tokens: list[str], registry: Registry) -> tuple[str | None, str | None]:
    """Split a token run ``[role words..., Name]`` into (name, role)."""
    if not tokens:
        return None, None
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
        if registry.common(run[j - 1]):
            break
        j -= 1
    name_tokens = run[j:][-4:]
    while name_tokens and name_tokens[0].lower() in NAME_PARTICLES:
        name_tokens = name_tokens[1:]
    role_tokens = tokens[: len(tokens) - len(name_tokens)]
    role = " ".join(_clean(t) for t in role_tokens).strip(" ,") or None
    if not name_tokens:
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


def _pronoun(tokens: list[str], language: str) -> str | None:
    if not tokens:
        return None
    first = _lower(tokens[0])
    if first in ID_PRONOUNS or first in EN_PRONOUNS:
        return first
    if first in PLURAL_PRONOUNS:
        return "plural"
    return None


_HANDLE = re.compile(
    r"^(?:(?:akun|account|pengguna|user|netizen|warganet)\b[ \u00a0]*"
    r"(?:(?:bernama|dengan[ \u00a0]+nama|milik|named)[ \u00a0]+(?=@))?)?"
    r"@?(?P<handle>[\w.]*[a-z_][\w.]*\w)\b(?P<under>[ \u00a0]_(?![\w.@]))?"
)
_EPITHET = re.compile(r"^[a-z][\w -]{2,80}?\s(?:ini|itu|tersebut)\b")


#: a two-word-or-longer capitalised name, then ``of``/``for``/``from`` and an organisation or place
_NAME_OF = re.compile(r"^(.*?\b[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*)+)[ \u00a0]+(?:of|for|from|at)[ \u00a0].*$")
_PARTY = re.compile(r"\s*\((?:[DRI]|[DRI]-[A-Za-z. ]{1,14})\)|,\s*[DRI]-[A-Z][A-Za-z.]{0,10}(?=,|\s|$)")
_POSSESSIVE = re.compile(r"\w['’]s?$")
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


#: a sentence end that lost its space in scraped text: ``kata Sigit.Adapun, ...``
_GLUED_END = re.compile(r"(?<=[a-z\d)])[.!?](?=[A-Z][a-z])")


def speaker_after_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker named right after a verb-first cue (``kata <phrase>``)."""
    phrase = _dehyphen(phrase[:240]).lstrip()
    glued = _GLUED_END.search(phrase)
    if glued is not None:
        phrase = phrase[: glued.start()]
    low = phrase.lower()
    if low.startswith(("akun ", "account ", "@")):
        handle = _HANDLE.match(phrase)
        if handle:
            # ``@geraldinelynn _``: indosum's token spacing split a trailing underscore off the handle
            return Speaker(handle.group("handle") + ("_" if handle.group("under") else ""), None)
    if language != "en" and _EPITHET.match(phrase):
        # ``kata mantan pelatih timnas itu``: a description pointing back
        return Speaker(None, None, pronoun=True)
    segments = [seg.strip() for seg in re.split(r"[,;]", phrase)]
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
    if name is None and language != "en" and not complete:
        # ``ujar kepala global strategi mata uang Win Thin``: the role phrase runs on in lower case
        by_description = _described_name(segments, registry, allow_unknown=True)
        if by_description is not None:
            return by_description
    if complete and len(segments) > 1:
        # ``kata Deputi Komisioner ... OJK, Sarjito``: a role, a comma, the name
        second, _ = _phrase_tokens(segments[1])
        starts_with_role = _lower(first[0]) in ROLE_WORDS or _lower(first[0]) in LOWER_ROLE
        clean_name = 0 < len(second) <= 4 and all(_is_cap(t) and not registry.common(t) for t in second)
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


#: ``salah satu keluarga korban``: a description, even when capitalised
_ONE_OF = re.compile(r"salah[ \u00a0]+(?:satu|seorang)\b", re.IGNORECASE)


def _described_name(segments: list[str], registry: Registry, allow_unknown: bool = False) -> Speaker | None:
    """A description, then the name: ``kata ayah seorang pasien, Vijay``, ``kata pemenang Nobel ... K. Satyarthi``.

    The name is the next comma segment when that segment is nothing but a name, else
    a person the people stage knows, ending the first capitalised run of the
    description. Anything else (``kata bintang '7 Manusia Harimau'``) gives None.
    """
    head = segments[0]
    tokens = _TOKEN.findall(head)[:16]
    if not tokens or len(tokens) > 12:
        return None
    if len(segments) > 1:
        second, _ = _phrase_tokens(segments[1])
        if 0 < len(second) <= 4 and all(_is_cap(t) and not registry.common(t) for t in second):
            name, _ = _name_from_run(second, registry)
            if name is not None:
                return Speaker(name, head or None)
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
    known = registry.person_in(run) if run else None
    if known is None and allow_unknown and 2 <= len(run) <= 3 and all(not registry.common(t) for t in run):
        # an unknown name: two or three name words, none a role, organisation or plain word
        name = registry.canonical(" ".join(_clean(t) for t in run))
        return Speaker(name, " ".join(tokens[:i]) or None)
    if known is None:
        return None
    name, k = known
    return Speaker(name, " ".join([*tokens[:i], *run[: len(run) - k]]) or None)


def _phrase_word(token: str, low: str) -> bool:
    """A word that can stand in a speaker phrase: a capitalised word, a lower-case role, a connector or a pronoun."""
    return (
        _is_cap(token)
        or low in LOWER_ROLE
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
        if low in NOT_NAMES and low not in TITLE_NOT_NAMES and out:
            complete = False
            break
        if _possessive(token) and _is_cap(token) and match.end() < len(segment.rstrip()):
            out = []  # ``CNN's Gloria Borger``: the possessive names the employer
            continue
        if _phrase_word(token, low):
            out.append(token)
            if token.endswith(".") and not _is_initial(token) and low not in ROLE_WORDS:
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


def _is_initial(token: str) -> bool:
    core = token.rstrip(".")
    return (len(core) <= 2 and core[:1].isupper()) or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", core))


def speaker_before_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker that ends ``phrase``, which stands right before a cue verb."""
    text = _dehyphen(phrase[-240:])
    soft = text.rfind("  ")
    if soft >= 0:
        text = text[soft + 2 :]  # a lost paragraph break (scraped text)
    segments = [s.strip() for s in re.split(r"[,;]", text)]
    last = segments[-1] if segments else ""
    tokens = _tail_tokens(last)
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
    # ``Kirby, the spokesman, said``: an appositive between name and cue
    if len(segments) >= 3 and last == "":
        segments = segments[:-1]
    if len(segments) >= 2:
        apposition = segments[-1]
        head = apposition.split()[0] if apposition.split() else ""
        if apposition and (not _is_cap(head) or _possessive(head)) and len(apposition.split()) <= 14:
            k = len(segments) - 2
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


def subject_of(clause: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker who opens ``clause`` (``Cruz continued:``, ``Reporter Jo Smith says:``)."""
    tokens = _TOKEN.findall(_dehyphen(clause[-240:]))
    while (
        tokens
        and (_lower(tokens[0]) in EN_FUNCTION or tokens[0][:1].isdigit() or not _lower(tokens[0]))
        and _lower(tokens[0]) not in EN_PRONOUNS
    ):
        tokens.pop(0)
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
        break
    if not run or not any(_is_cap(t) for t in run):
        return None
    name, role = _name_from_run(run, registry)
    return Speaker(name, role) if name else None


#: words that open a subordinate clause: its subject is not the sentence's
_SUBORDINATORS = frozenset(
    {"after", "as", "although", "because", "before", "if", "once", "since", "though", "until", "when", "while"}
)


def sentence_subject(clause: str, registry: Registry, language: str) -> Speaker | None:
    """The named subject of the sentence ``clause`` opens, skipping a short opening phrase.

    ``Hours later, Trump returned the compliment`` gives Trump; ``Silverman, herself a
    supporter, incurred`` gives Silverman; a clause whose subject is not a name gives None.
    """
    segments = [seg for seg in _dehyphen(clause[-300:]).split(",")]
    opening = segments[0].split()[:1] if segments else []
    if len(segments) > 1 and opening and _lower(opening[0]) in _SUBORDINATORS:
        segments = segments[1:]  # ``After Brown criticized Clinton, Hillary shot back``: the main clause's subject
    for index, segment in enumerate(segments[:3]):
        speaker = subject_of(segment, registry, language)
        if speaker is not None:
            if speaker.name is not None and " " not in speaker.name and _common_english(speaker.name):
                speaker = None
            else:
                return speaker
        if len(segment.split()) > 4 or index + 1 >= len(segments):
            return None
    return None
