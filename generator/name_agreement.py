"""One person, one name: where the people stage and the quote stage read a name differently.

The two stages read the words around a name on their own, and can disagree in two ways:

* a clipped name (people stage): ``Menteri Perhubungan Budi Karya Sumadi`` gave ``Sumadi``, the
  first names taken for the end of the title (``karya`` is a common word); ``Kombes M Iqbal`` gave
  ``Iqbal``. :func:`fuller_names` puts back the name-like words the text writes right before the name
  (first names, initials, rare words), stopping at a title, an organisation or a place;
* an affiliation before the name (quote stage): ``Gerindra Sareh Wiyono``, ``Komnas HAM Nurkholis``,
  ``Israel Benjamin Netanyahu``: the capitalised run before a speech verb starts with a word of an
  organisation the article names, a place or a role. :func:`agreed_speaker` drops those words when the
  rest is a person of the people list (or the fuller form of one), and gives that person's name.

The people stage calls :func:`fuller_names` on its list; the quote stage calls :func:`agreed_speaker`
on each speaker, so both hand the site the same name for a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.mentions import Token, fold
from generator.name_lexicon import (
    Lexicon,
    is_common_word,
    lexicon,
)
from generator.people import _derived_noun
from generator.places import place_index
from generator.records import Organization, Person

__all__ = ["affiliation_words", "agreed_speaker", "fuller_names"]

#: at most this many words are put back before a clipped name
_MAX_LEAD = 3


def affiliation_words(organizations: Sequence[Organization]) -> frozenset[str]:
    """The (folded) words of the organisations' names and written forms in one article."""
    words: set[str] = set()
    for org in organizations:
        for form in (org.name, *org.aliases):
            words.update(fold(w) for w in form.replace(",", " ").split() if len(w) > 1)
    return frozenset(words)


# --- the people stage: a clipped name ------------------------------------------------


def fuller_names(
    people: Sequence[Person],
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    organizations: Sequence[Organization],
    language: str,
    body: str = "",
) -> list[Person]:
    """``people`` with each clipped name given the name-like words written right before it.

    At each place the text writes a person's name, the words just before it (joined by spaces) are
    read right to left up to a title, an organisation or place (the entities stage's labels, a word
    of an organisation's name), a honorific, an acronym or a lower-case word. What lies between that
    boundary and the name is put back when it reads as the start of a name: it opens with a first
    name, an initial or a rare word, and a common word (``Karya``) stands only right after a first
    name (``Budi Karya Sumadi``). The longest such reading wins; a one-word person that is now the
    first or last word of exactly one fuller name joins it (``Budi`` and ``Sumadi``). In English
    (with ``body``) an owner written with a possessive before the name is no part of it
    (``ABN Amro's Eddie Wong``, ``Susanna Clarke's Jonathan Strange``).
    """
    if not people:
        return list(people)
    lex = lexicon(language)
    org_words = affiliation_words(organizations)
    owners = body if language == "en" else ""
    taken = {fold(p.name) for p in people}
    # where each name's first word is written (token indices), found in one pass
    at: dict[str, list[int]] = {fold(p.name.split()[0]): [] for p in people}
    for i, token in enumerate(tokens):
        if token.key in at:
            at[token.key].append(i)
    out: list[Person] = []
    changed: list[int] = []
    for person in people:
        words = tuple(fold(w) for w in person.name.split())
        lead = _longest_lead(tokens, labels, words, at.get(words[0], []), lex, org_words, language, owners)
        if lead and fold(" ".join(tokens[k].text for k in lead) + " " + person.name) in taken:
            lead = []  # another person of the list (``Lohan`` beside ``Lindsay Lohan``): the stage kept them apart
        if not lead:
            out.append(person)
            continue
        surface = " ".join(tokens[k].text for k in lead)
        role = person.role
        if role is not None and fold(role).endswith(fold(surface)):
            role = role[: len(role) - len(surface)].rstrip(" ,") or None
        aliases = [a for a in person.aliases if a != f"{surface} {person.name}"]
        if person.name not in aliases:
            aliases.append(person.name)
        changed.append(len(out))
        out.append(replace(person, name=f"{surface} {person.name}", role=role, aliases=aliases))
    if not changed:
        return out
    return _merge_same(out, changed)


def _longest_lead(
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    words: tuple[str, ...],
    starts: Sequence[int],
    lex: Lexicon,
    org_words: frozenset[str],
    language: str,
    owners: str = "",
) -> list[int]:
    """Token indices of the longest name-like lead found before any occurrence of ``words``
    (``starts``: the token indices where its first word is written)."""
    size = len(words)
    best: list[int] = []
    for i in starts:
        if tuple(t.key for t in tokens[i : i + size]) != words:
            continue
        if any(not tokens[k].joined for k in range(i + 1, i + size)):
            continue
        lead = _lead_before(tokens, labels, i, lex, org_words, language, owners)
        if len(lead) > len(best):
            best = lead
    return best


def _lead_before(
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    start: int,
    lex: Lexicon,
    org_words: frozenset[str],
    language: str,
    owners: str = "",
) -> list[int]:
    """The name-like words written right before token ``start`` (see :func:`fuller_names`); with
    ``owners`` (the English body) none written with a possessive after it."""
    lead: list[int] = []
    j = start - 1
    while j >= 0 and tokens[j + 1].joined and len(lead) <= _MAX_LEAD:
        if owners and owners[tokens[j].end : tokens[j].end + 1] in ("'", "\u2019"):
            break
        if _boundary(tokens[j], labels[j], lex, org_words) and not _title_as_first_name(tokens, labels, j, lex):
            break
        lead.insert(0, j)
        j -= 1
    if not lead or len(lead) > _MAX_LEAD:
        return []  # nothing, or a long capitalised run: a headline or a title, not first names
    if j >= 0 and tokens[lead[0]].joined and not _boundary(tokens[j], labels[j], lex, org_words):
        return []
    # the end of a title not in the lexicon (``Menteri Kelautan``): common words before the first name
    while len(lead) > 1 and not _initial(tokens[lead[0]]) and tokens[lead[0]].key not in lex.given and (
        is_common_word(tokens[lead[0]].key, language) or _derived_noun(tokens[lead[0]].key, language)
    ):
        lead.pop(0)
    opener = tokens[lead[0]]
    if not (_initial(opener) or _first_name(tokens, lead, start, lex)):
        return []
    # after the first name: initials, first names, rare words, a common word right after a first name
    for pos in range(1, len(lead)):
        key = tokens[lead[pos]].key
        if _initial(tokens[lead[pos]]) or key in lex.given:
            continue
        common = is_common_word(key, language) or key in lex.not_names
        if common and (tokens[lead[pos - 1]].key not in lex.given or _derived_noun(key, language)):
            return []  # ``Bina Pelayanan Medik``: a common noun after a first name is a title's
    return lead


def _first_name(tokens: Sequence[Token], lead: list[int], start: int, lex: Lexicon) -> bool:
    """The lead's first word is a first name the article uses for this person only: every other
    place it is written, the same next word follows (``Budi Karya``) or it stands alone as the
    person's short name, never at the end of another capitalised name (``AC Milan``)."""
    first = tokens[lead[0]]
    if first.key not in lex.given or first.key in lex.not_names:
        return False  # ``pemenang Oscar Dustin Hoffman``: an award, a month, a brand
    following = tokens[lead[1]].key if len(lead) > 1 else tokens[start].key
    for tok in tokens:
        if tok.key != first.key or tok.index == first.index:
            continue
        k = tok.index
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.joined and nxt.key == following:
            continue
        before = tokens[k - 1] if k > 0 else None
        if before is not None and tok.joined and before.cap and not before.sent_start:
            return False
        if nxt is not None and nxt.joined and nxt.cap:
            return False
    return True


def _initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isalpha() and tok.text.isupper()


def _boundary(tok: Token, label: str | None, lex: Lexicon, org_words: frozenset[str]) -> bool:
    """A word that no name starts before: a title, an organisation, a place, an honorific, an acronym,
    a lower-case or function word (of either language)."""
    key = tok.key
    if _initial(tok):
        return key in lex.honorifics  # ``H.``: Haji, dropped with the titles
    if label is not None or tok.upper or not tok.cap:
        return True
    if lex.is_role_word(key) or key in lex.role_words or key in lex.honorifics:
        return True
    return key in org_words or key in lexicon("id").stopwords or key in lexicon("en").stopwords


def _title_as_first_name(tokens: Sequence[Token], labels: Sequence[str | None], j: int, lex: Lexicon) -> bool:
    """A title that is also a first name (``Raja``) opens the name right after an organisation's acronym
    or an appositive comma (``Juru Bicara KOI Raja Parlindungan Pane``, ``Sekjen PSI, Raja Juli Antoni``):
    the title slot is already filled. Not at a sentence start (``Raja Salman``)."""
    tok = tokens[j]
    if labels[j] is not None or tok.upper or not tok.cap or tok.sent_start or j == 0:
        return False
    if tok.key not in lex.given or tok.key in lex.honorifics or not lex.is_role_word(tok.key):
        return False
    return tokens[j - 1].upper if tok.joined else True


def _merge_same(people: list[Person], changed: list[int]) -> list[Person]:
    """Fold together a person whose fuller name is now another's (``Lohan`` put back to ``Lindsay Lohan``
    beside ``Lindsay Lohan``), and a one-word person that is the first or last word of exactly one fuller
    name and of no other name (``Budi`` beside ``Budi Karya Sumadi``)."""
    out: list[Person] = []
    index: dict[str, int] = {}
    for person in people:
        key = fold(person.name)
        if key in index:
            out[index[key]] = _joined(out[index[key]], person)
            continue
        index[key] = len(out)
        out.append(person)
    fuller = {fold(people[k].name) for k in changed}
    keep: list[Person] = []
    absorbed: dict[str, Person] = {}
    for person in out:
        words = person.name.split()
        if len(words) == 1 and fold(person.name) not in fuller:
            word = fold(words[0])
            holders = [p for p in out if p is not person and word in {fold(w) for w in p.name.split()}]
            if len(holders) == 1 and fold(holders[0].name) in fuller and word in (
                fold(holders[0].name.split()[0]), fold(holders[0].name.split()[-1])
            ):
                owner = fold(holders[0].name)
                absorbed[owner] = _joined(absorbed.get(owner, holders[0]), person)
                continue
        keep.append(person)
    return [absorbed.get(fold(p.name), p) for p in keep]


def _joined(person: Person, other: Person) -> Person:
    """``person`` with ``other``'s mentions and written forms."""
    aliases = list(person.aliases)
    for alias in (other.name, *other.aliases):
        if alias != person.name and alias not in aliases:
            aliases.append(alias)
    return replace(
        person, mentions=person.mentions + other.mentions, aliases=aliases, role=person.role or other.role
    )


# --- the quote stage: an affiliation before a speaker's name ---------------------------


def agreed_speaker(
    speaker: str,
    people: Sequence[Person],
    organizations: Sequence[Organization],
    body: str,
    language: str,
) -> str:
    """The people list's name for ``speaker`` when the speaker is a person's name after affiliation words.

    ``Gerindra Sareh Wiyono`` (``Sareh`` in the list, ``Partai Gerindra`` an organisation) gives
    ``Sareh Wiyono``; ``Israel Benjamin Netanyahu`` gives ``Benjamin Netanyahu``; ``Habib Rizieq``
    gives ``Rizieq``. The leading words dropped must each be a word of an organisation the article
    names, an acronym, a title, rank or honorific, or a place; the rest must be a listed person's name,
    or open with one (the fuller form: then the speaker keeps it). Each dropped word must also be
    written somewhere else in ``body`` than before the next word of the speaker, and be no first name
    nor a one-word person of the list: an organisation span that swallowed a first name
    (``Kementerian ESDM Andy``) does not make ``Andy`` an affiliation. A speaker already in the list is
    returned as it is.
    """
    names = {p.name for p in people}
    if not speaker or speaker in names:
        return speaker
    words = speaker.split()
    if len(words) < 2:
        return speaker
    lex = lexicon(language)
    # a first name, or a word the list holds as a person's whole name (``Chiefy``), is the speaker's own
    # even when an organisation's span swallowed it (``Lembaga Robert`` before ``Robert Leonard Marbun``)
    own = {fold(p.name) for p in people if len(p.name.split()) == 1}
    org_words = frozenset(w for w in affiliation_words(organizations) if w not in own and w not in lex.given)
    for k in range(1, len(words)):
        rest = words[k:]
        person = _person_for(rest, people)
        if person is None:
            continue
        if all(
            _affiliation(w, lex, org_words, language, len(rest)) and _written_apart(body, w, words[i + 1])
            for i, w in enumerate(words[:k])
        ):
            return person.name if len(person.name.split()) >= len(rest) else " ".join(rest)
        return speaker
    return speaker


def _person_for(rest: Sequence[str], people: Sequence[Person]) -> Person | None:
    """The one person whose name is ``rest`` or ends ``rest`` (a person's name the speaker writes fuller:
    ``Sareh`` for ``Sareh Wiyono``; ``Arie Setiadi Moerwanto`` for a list name with the same ending)."""
    folded = [fold(w) for w in rest]
    exact = [p for p in people if [fold(w) for w in p.name.split()] == folded]
    if len(exact) == 1:
        return exact[0]
    opening = [
        p for p in people
        if 1 <= len(p.name.split()) < len(folded) and [fold(w) for w in p.name.split()] == folded[: len(p.name.split())]
    ]
    return opening[0] if len(opening) == 1 else None


def _affiliation(word: str, lex: Lexicon, org_words: frozenset[str], language: str, rest: int) -> bool:
    """``word`` before a name is an affiliation: a word of one of the article's organisations, an acronym,
    a title or rank, or a place before a full name of two words or more (``Israel Benjamin Netanyahu``; a
    place name can be a first name before a surname: ``Jordan Coombe``)."""
    key = fold(word)
    if key in org_words:
        return True
    if len(word) >= 2 and word.isupper():
        return True  # an acronym: ``Komnas HAM``, ``BNI``
    if lex.is_role_word(key) or key in lex.role_words or key in lex.honorifics:
        return True
    return rest >= 2 and _is_place(word, language)


def _written_apart(body: str, word: str, following: str) -> bool:
    """``body`` writes ``word`` at least once other than right before ``following``."""
    if len(word) >= 2 and word.isupper():
        return True  # an acronym stands for its organisation wherever it is
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])(?![ \t\u00a0]+{re.escape(following)}(?![\w'’-]))")
    return pattern.search(body) is not None


def _is_place(word: str, language: str) -> bool:
    from generator.mentions import tokenize

    tokens = tokenize(word)
    if len(tokens) != 1:
        return False
    hit = place_index(language).match_at(tokens, 0)
    return hit is not None and hit.stop == 1
