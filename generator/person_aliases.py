"""Aliases: one person, however the article writes them.

Folds surnames, given names, acronyms and short forms into the full name they stand for (``Kirby`` is John
Kirby, ``SBY`` is Susilo Bambang Yudhoyono when the article spells it out), adds subjects named again and
again, and resolves a mention to one known person (``resolve_person``), never to two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from generator.mentions import Token, fold, load_data
from generator.name_lexicon import (
    RARE_ZIPF,
    Lexicon,
    is_common_word,
    lexicon,
    word_zipf,
)
from generator.person_roles import (
    Stretch,
)
from generator.records import Person


@dataclass(slots=True)
class Building:
    surface: str
    words: tuple[str, ...]
    role: str | None
    mentions: int = 1
    aliases: list[str] = field(default_factory=list)


_SUBJECT_MIN_MENTIONS = 3  # lone mentions of a word before it counts as a name by repetition
_SUBJECT_MIN_CLAUSES = 2  # of which opening a clause, a lower-case verb after them


def add_repeated_subjects(
    body: str,
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    stretches: Sequence[Stretch],
    things: set[tuple[str, ...]],
    people: list[Building],
    lex: Lexicon,
    lower_vocab: set[str],
) -> None:
    """A lone capitalised word that the article keeps using as the subject of
    a clause ("Kaka menolak ...", "Sebelumnya, Kaka memang ..."), at least
    once inside a sentence, and never writes in lower case, is a one-word name
    ("Kaka", "Ramzi") even with no role or speech verb right beside it."""
    lone: dict[str, list[Stretch]] = {}
    for st in stretches:
        if st.stop - st.start == 1 and st.words not in things and not st.local:
            lone.setdefault(st.words[0], []).append(st)
    known = {w for p in people for w in p.words}
    for key, sts in lone.items():
        if len(sts) < _SUBJECT_MIN_MENTIONS or key in known or key in lower_vocab:
            continue
        if (
            len(key) < 4
            or key in lex.stopwords
            or key in lex.calendar
            or key in lex.role_words
            or key in lex.not_names
            or is_common_word(key, "id")
            or (word_zipf is not None and word_zipf(key, "en") >= RARE_ZIPF)
        ):
            continue
        toks = [tokens[st.start] for st in sts]
        if any(t.upper or labels[t.index] is not None for t in toks) or all(t.sent_start for t in toks):
            continue
        if sum(_opens_clause(body, tokens, t.index) for t in toks) < _SUBJECT_MIN_CLAUSES:
            continue
        if any(_in_longer_name(body, tokens, t.index) for t in tokens if t.key == key):
            continue  # "PT Investree Radhika Jaya", "CEO Upbit Apac": a company
        if not any(_person_follows(body, t.start, t.end) for t in toks):
            continue  # "Incubus", "Middlesbrough", "Inka": no "ia"/"dia"/"saya" speaks of or for it
        first = sts[0]
        people.append(Building(first.surface, first.words, first.role, mentions=len(sts)))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")


def _in_longer_name(body: str, tokens: Sequence[Token], k: int) -> bool:
    """The word stands beside another capitalised word, outside a headline in
    title case ("Setelah Andrea Pirlo, Kaka Isyaratkan Pensiun")."""
    n = len(tokens)
    if not (
        (tokens[k].joined and k > 0 and tokens[k - 1].cap)
        or (k + 1 < n and tokens[k + 1].joined and tokens[k + 1].cap)
    ):
        return False
    start = body.rfind("\n", 0, tokens[k].start) + 1
    end = body.find("\n", tokens[k].end)
    return _LOWER_WORD.search(body, start, len(body) if end < 0 else end) is not None


_PERSONAL = re.compile(r"(?<![\w'’-])(?:[Ii]a|[Dd]ia|[Bb]eliau|[Ss]aya)(?![\w'’-])")
_PERSONAL_WINDOW = 200


def _person_follows(body: str, start: int, end: int) -> bool:
    """A personal pronoun (``ia``, ``dia``, ``beliau``, ``saya``) soon after a mention outside a quotation."""
    line = body[body.rfind("\n", 0, start) + 1 : start]
    if line.count('"') % 2 == 1 or line.count("“") > line.count("”"):
        return False
    return _PERSONAL.search(body, end, end + _PERSONAL_WINDOW) is not None


def _opens_clause(body: str, tokens: Sequence[Token], k: int) -> bool:
    """The word starts a sentence or follows a comma, and a lower-case word follows it."""
    tok = tokens[k]
    if not tok.sent_start and (k == 0 or body[tokens[k - 1].end : tok.start].strip() != ","):
        return False
    return lower_word_follows(tokens, k)


# "Jusuf Kalla (JK)", "Ridwan Kamil, yang akrab disapa Emil": the article links a short form
_LINKED_ALIAS = re.compile(
    r"[ \t]*(?:\([ \t]*([^\W\d_][\w.]{1,15})[ \t]*\)"
    r"|,?[ \t]+(?:yang[ \t]+|atau[ \t]+)?(?:akrab|biasa|kerap|sering|karib)[ \t]+"
    r"(?:disapa|dipanggil|disebut)[ \t]+([^\W\d_][\w-]{1,20})"
    r"|[ \t]+alias[ \t]+(?:(?i:gus|kang|cak|mas|mbak|bang|kak|pak|bu)[ \t]+)?"
    r"([^\W\d_][\w-]{1,20}(?:[ \t]+[A-Z][\w'’-]{1,20}){0,2}))"  # ``Suryadi Mas'ud alias Abu Ridho``
)


@lru_cache(maxsize=1)
def known_aliases() -> dict[tuple[str, ...], str]:
    """Folded alias words -> full name (data/aliases.yaml)."""
    data = load_data("aliases.yaml") or {}
    honorifics = lexicon("id").honorifics
    table: dict[tuple[str, ...], str] = {}
    for alias, full in data.items():
        words = tuple(fold(w) for w in str(alias).split())
        table[words] = str(full)
        if len(words) == 2 and words[0] in honorifics:
            table.setdefault(words[1:], str(full))  # "Gus Ipul" is found as "Ipul"
    return table


def merge_aliases(
    body: str, tokens: Sequence[Token], people: list[Building], lex: Lexicon
) -> list[Building]:
    """Fold nicknames and initials into the person they stand for."""
    if not people:
        return people
    linked: dict[tuple[str, ...], Building] = {}
    for person in people:
        if len(person.words) < 2:
            continue
        start = body.find(person.surface)
        while start >= 0:
            match = _LINKED_ALIAS.match(body, start + len(person.surface))
            if match is not None:
                alias = match.group(1) or match.group(2) or match.group(3)
                if match.group(2) or match.group(3) or _abbreviates(alias, person.words):
                    linked.setdefault(tuple(fold(w) for w in alias.split()), person)
                    note_alias(person, alias)
            start = body.find(person.surface, start + 1)
    table = known_aliases()
    by_name = {p.words: p for p in people}
    out: list[Building] = []
    for person in people:
        target = linked.get(person.words)
        full = table.get(person.words)
        if target is None and full is not None:
            words = tuple(fold(w) for w in full.split())
            target = by_name.get(words)
            if target is None:  # the article uses only the nickname
                if person.surface not in person.aliases:
                    person.aliases.insert(0, person.surface)
                person.surface, person.words = full, words
                by_name[words] = person
        if target is not None and target is not person:
            target.mentions += person.mentions
            note_alias(target, person.surface)
            for alias in person.aliases:
                note_alias(target, alias)
            continue
        out.append(person)
    _note_acronym_aliases(tokens, out, table, lex)
    return out


def _abbreviates(alias: str, words: tuple[str, ...]) -> bool:
    """"JK" for Jusuf Kalla, "OSO" for Oesman Sapta Odang, "Djanur" for
    Djadjang Nurdjaman; not "(Indonesia)" after a player's name."""
    key = fold(alias).replace(".", "")
    initials = "".join(w[0] for w in words if w)
    if alias.isupper() and len(key) >= 2:
        return key == initials or (len(key) >= 2 and initials.startswith(key) and len(key) == len(words) - 1)
    return len(key) >= 4 and key[:3] == words[0][:3]


def _note_acronym_aliases(
    tokens: Sequence[Token], people: list[Building], table: dict[tuple[str, ...], str], lex: Lexicon
) -> None:
    """Initials in capitals (JK, SBY) never form a name; note them as aliases of
    the full name, or take the person when a title or speech verb marks them."""
    by_name = {p.words: p for p in people}
    for k, tok in enumerate(tokens):
        if not tok.upper:
            continue
        full = table.get((tok.key,))
        if full is None:
            continue
        words = tuple(fold(w) for w in full.split())
        person = by_name.get(words)
        if person is not None:
            person.mentions += 1
            note_alias(person, tok.text)
            continue
        prev = tokens[k - 1] if k > 0 else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        marked = (prev is not None and (prev.key in lex.speech_before or (
            tok.joined and lex.is_role_word(prev.key)))) or (
            nxt is not None and not nxt.cap and nxt.key in lex.speech_after
        )
        if marked:
            person = Building(full, words, None, aliases=[tok.text])
            people.append(person)
            by_name[words] = person


def lower_word_follows(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is followed, after plain spaces, by a lower-case word (a verb, ``yang`` ...)."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.joined and not nxt.cap and nxt.text[:1].isalpha()


def contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def note_alias(person: Building, surface: str) -> None:
    if surface != person.surface and surface not in person.aliases:
        person.aliases.append(surface)


def resolve_person(name: str, people: list[Person]) -> Person | None:
    """Map a full or partial mention ("Kirby", "Mr Kirby") to one known person.

    Returns None when no person matches or when several do equally well.
    """
    lex = lexicon("en")
    words = tuple(
        w for w in (fold(x) for x in re.findall(r"[^\W_](?:[\w'’\-]*[^\W_])?", name))
        if w not in lex.honorifics
    )
    if not words:
        return None
    exact = [p for p in people if _person_words(p) == words]
    if len(exact) == 1:
        return exact[0]
    candidates = [p for p in people if contains(_person_words(p), words)]
    if len(candidates) == 1:
        return candidates[0]
    by_surname = [p for p in candidates if _person_words(p)[-len(words) :] == words]
    if len(by_surname) == 1:
        return by_surname[0]
    alias_hits = [p for p in people if any(fold(a) == fold(name.strip()) for a in p.aliases)]
    return alias_hits[0] if len(alias_hits) == 1 else None


def _person_words(person: Person) -> tuple[str, ...]:
    return tuple(fold(w) for w in re.findall(r"[^\W_](?:[\w'’\-]*[^\W_])?", person.name))
