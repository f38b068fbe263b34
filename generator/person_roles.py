"""The role around a name, and where a name starts and ends.

A run of capitalised words becomes a ``Stretch`` once role words, honorifics, lead words and initials are trimmed
from its front (``Menteri Keuangan Sri Mulyani`` is Sri Mulyani, with the role ``Menteri Keuangan``), and the role
that introduces the person is read from the words before or after it (``juru bicara ...``, ``..., the company's
chief executive``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.mentions import Token
from generator.name_lexicon import (
    Lexicon,
    en_descriptor_word,
    frequent_anywhere,
    is_common_word,
    lexicon,
    word_zipf,
)

MAX_ROLE_TOKENS = 8
# With an honorific or a role word right before it ("President Obama"), a lone
# word is an ordinary word only from this Zipf frequency on.
DIRECT_COMMON_ZIPF = 5.0
_COMMA_GAP = re.compile(r"^\s*,\s*$")
_HONORIFIC_GAP = re.compile(r"^ ?\.? $")  # "Mr Kirby", "Mr. Kirby", "Mr . Kirby"


# (English) a US lawmaker's party and state written right after the name: ", D-Va.", ", R-Texas",
# " (R-TX)", " (D., N.Y.)"
_EN_PARTY_TAG = re.compile(r"(?:, | \()[RDI](?:-|\., )[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*)?(?=[,;)]|\.?\s)")


@dataclass(slots=True)
class Stretch:
    """One candidate name: token span [start, stop) and what surrounds it."""

    start: int
    stop: int
    words: tuple[str, ...]  # folded name words (particles included)
    surface: str
    role: str | None
    context: bool  # a role, speech verb or honorific stands beside it
    strong_context: bool = False  # a speech verb, honorific or role word right beside it
    direct: bool = False  # an honorific or a role word right before it ("President Obama")
    thing: bool = False  # its context makes it an organisation, a work or a place
    glued: bool = False  # part of a longer capitalised name ("Catherine Tate Show")
    listed: bool = False  # an item of a line-up or roll call
    local: bool = False  # a lone word after "of"/"di"/"dari": no new person from it


_FREE_PAIRS: list[tuple[Sequence[Token], frozenset[tuple[str, str]]]] = []


def _free_pairs(tokens: Sequence[Token], lex: Lexicon) -> frozenset[tuple[str, str]]:
    """Two capitalised words the text writes side by side as a speaker, right after a speech word ("kata
    Kinanti Pandu") or right before one ("Kinanti Pandu mengatakan"), with no third capitalised word
    beside them. Built once per token list (a one-entry cache that holds the list, so its id is not reused)."""
    if _FREE_PAIRS and _FREE_PAIRS[0][0] is tokens:
        return _FREE_PAIRS[0][1]
    pairs = set()
    for i in range(1, len(tokens) - 2):
        a, b, before, after = tokens[i], tokens[i + 1], tokens[i - 1], tokens[i + 2]
        if not (a.cap and b.cap and b.joined) or a.upper or b.upper:
            continue
        said_before = a.joined and not before.cap and before.key in lex.speech_before
        said_after = after.joined and not after.cap and after.key in lex.speech_after and not (a.joined and before.cap)
        if (said_before and not (after.cap and after.joined)) or said_after:
            pairs.add((a.key, b.key))
    _FREE_PAIRS[:] = [(tokens, frozenset(pairs))]
    return _FREE_PAIRS[0][1]


def trim_leading(
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    start: int,
    stop: int,
    lex: Lexicon,
    language: str,
) -> int:
    """Drop leading words that belong to a title or sentence, not the name.

    "Perdagangan Enggartiasto Lukita" (the end of "Menteri Perdagangan"),
    "Investree Adrian Gunadi" (a company before its chief's name).
    """
    while stop - start >= 2 and (
        is_common_word(tokens[start].key, language) or tokens[start].key in lex.stopwords
    ) and not _after_honorific(tokens, start, lex, language):
        start += 1
    while language == "en" and stop - start >= 2 and (
        _en_descriptor(tokens, start, lex) or _en_plural_title(tokens, start, lex)
    ):
        start += 1
    acronym_before = (
        start > 0 and tokens[start].joined and tokens[start - 1].upper and not lex.is_role_word(tokens[start - 1].key)
    )
    after_acronym = acronym_before and not frequent_anywhere(tokens[start].key)
    if acronym_before and language == "id" and stop - start >= 3 and _acronym_word(tokens, start):
        # "CEO EV Hive Carlson Lau" where the article writes "EV Hive" on its own again and again: the word
        # after the acronym is the organisation's, the name starts after it
        return start + 1
    if stop - start >= 2 and tokens[start].key not in lex.given and not after_acronym:
        # "BNI Anggoro Eko Cahyo": after a company's acronym the name starts at once
        for k in range(start + 1, stop):
            if tokens[k].key in lex.given:
                pair = (tokens[start].key, tokens[k].key)
                if language == "id" and k == start + 1 and pair in _free_pairs(tokens, lex):
                    break  # "Menteri Keuangan Kinanti Pandu Wiranegara" where "kata Kinanti Pandu" stands elsewhere
                role = _role_context_before(tokens, start, lex)
                # a name right after an organisation's "Ltd." is no sentence start
                after_org = start > 0 and labels[start - 1] == "org"
                if stop - k >= 2 and (role or (tokens[start].sent_start and not after_org)):
                    return k
                break
    return start


def _en_descriptor(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """(English) ``tokens[start]`` describes the person or firm named after it, it is no part of the name."""
    tok, following = tokens[start], tokens[start + 1]
    if not following.cap or not following.joined:
        return False
    return en_descriptor_word(tok.text, tok.key, following.key, lex.given)


def _en_plural_title(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """(English) ``tokens[start]`` is the plural of a title or a role noun written before the names it
    covers ("with Professors Lindsay Robinson and Terry Graham", "Judges Ann Cole and ..."), a first name
    after it."""
    tok, following = tokens[start], tokens[start + 1]
    key = tok.key
    if not tok.cap or tok.upper or not following.joined or following.key not in lex.given or len(key) < 4:
        return False
    if not key.endswith("s") or key in lex.given:
        return False
    singular = key[:-1]
    return singular in lex.role_keys or singular in lex.honorifics


def _acronym_word(tokens: Sequence[Token], start: int) -> bool:
    """(Indonesian) the acronym before ``tokens[start]`` and that word are written together at least twice
    elsewhere, never followed by the name's next word there: an organisation's two-word name ("EV Hive")."""
    acronym, word, following = tokens[start - 1].key, tokens[start].key, tokens[start + 1].key
    seen = 0
    for k in range(1, len(tokens) - 1):
        if k != start and tokens[k].key == word and tokens[k - 1].key == acronym and tokens[k].joined:
            if tokens[k + 1].key == following:
                return False
            seen += 1
    return seen >= 2


# Clergy titles: a role that, like an honorific, is followed by the name itself, never by
# a department or a region as "Menteri Perdagangan" is ("Pendeta Yohanes Sinaga")
_CLERGY_TITLES = frozenset({"pendeta", "pdt", "pastor", "romo", "uskup", "kardinal", "bhikkhu", "biksu"})


def _after_honorific(tokens: Sequence[Token], start: int, lex: Lexicon, language: str) -> bool:
    """In Indonesian, a capitalised honorific or clergy title right before a word makes it the
    first name even when it is also a fairly common word ("Ustaz Yohanes Sinaga", "Pak Budi
    Santoso", "Pendeta Yohanes Sinaga"); not a very common one ("Bapak Bangsa Soekarno": an
    epithet)."""
    if language != "id" or start == 0 or not tokens[start].joined or word_zipf is None:
        return False
    prev = tokens[start - 1]
    key = tokens[start].key
    return (
        prev.cap
        and len(prev.text) > 1
        and (prev.key in lex.honorifics or prev.key in _CLERGY_TITLES)
        and key not in lex.stopwords
        and word_zipf(key, "id") < DIRECT_COMMON_ZIPF
    )


def _role_context_before(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    j = start - 1
    while j >= 0 and tokens[j + 1].joined and start - j <= MAX_ROLE_TOKENS:
        if lex.is_role_word(tokens[j].key):
            return True
        j -= 1
    return False


def make_stretch(
    body: str,
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    start: int,
    stop: int,
    lex: Lexicon,
) -> Stretch:
    surface = " ".join(body[tokens[start].start : tokens[stop - 1].end].split()).replace(" - ", "-")
    words = tuple(t.key for t in tokens[start:stop])
    before = start - 1
    honorific = (
        before >= 0
        and tokens[before].key in lex.honorifics
        and (
            tokens[start].joined
            or _HONORIFIC_GAP.match(body[tokens[before].end : tokens[start].start]) is not None
        )
    )
    titled = stop - start == 1 and _en_title_word_before(tokens, start, lex)
    role = None if titled else _role_before(body, tokens, labels, start - 1 if honorific else start, lex)
    if role is None:
        role = _role_after(body, tokens, stop, lex)
    speech = _speech_beside(body, tokens, start, stop, lex, honorific)
    direct = honorific or (not titled and _head_right_before(tokens, start, lex)) or _family_before(
        body, tokens, start, lex
    )
    # a lone word after a longer role ("Menteri Koordinator ... Keamanan Wiranto")
    # unless it is an ordinary word that ends the title ("... Bidang Perekonomian")
    role_named = role is not None and stop - start == 1 and not frequent_anywhere(words[0])
    strong = speech or direct or role_named
    # a US lawmaker's party and state after a full name ("Mark Warner, D-Va.", "Ted Cruz (R-TX)")
    party = stop - start >= 2 and _EN_PARTY_TAG.match(body, tokens[stop - 1].end) is not None
    return Stretch(
        start, stop, words, surface, role, bool(role or strong or party), strong_context=strong,
        direct=direct,
    )


# (English) role nouns that are no title: written with a capital in mid-sentence right before a word, they
# are part of a title or a name ("Star Wars", "Star Trek", "Rising Star", "Champion Hurdle")
_EN_NOT_TITLES = frozenset({
    "star", "player", "actor", "actress", "singer", "rapper", "producer", "presenter", "host", "author",
    "writer", "novelist", "comedian", "designer", "veteran", "rival", "partner", "champion",
})


def _en_title_word_before(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """(English) a lone word right after such a capitalised role noun in mid-sentence ("fans of Star Wars",
    "such as Star Trek, Cheers and Frasier"): the two words are a title, the role gives the word no context."""
    if start == 0 or not tokens[start].joined or lex is not lexicon("en"):
        return False
    prev = tokens[start - 1]
    return prev.cap and not prev.upper and not prev.sent_start and prev.key in _EN_NOT_TITLES


def _head_right_before(tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """A role word stands right before the name ("Presiden Jokowi")."""
    return start > 0 and tokens[start].joined and lex.is_role_word(tokens[start - 1].key)


def _family_before(body: str, tokens: Sequence[Token], start: int, lex: Lexicon) -> bool:
    """A kinship word right before the name, or before it and a comma
    ("istrinya Teresa", "sang ayah, Glenn")."""
    if start == 0:
        return False
    prev = tokens[start - 1]
    if prev.key not in lex.family:
        return False
    return tokens[start].joined or _COMMA_GAP.match(body[prev.end : tokens[start].start]) is not None


def _role_before(
    body: str,
    tokens: Sequence[Token],
    labels: Sequence[str | None],
    first: int,
    lex: Lexicon,
) -> str | None:
    """The role phrase that ends just before token ``first``, if any."""
    j = first - 1
    steps = 0
    while j >= 0 and tokens[j + 1].joined and steps < MAX_ROLE_TOKENS:
        tok = tokens[j]
        head = head_ending_at(tokens, j, lex)
        if head is not None:
            k = _extend_prefixes(tokens, head, lex)
            return _clean_role(body[tokens[k].start : tokens[first].start])
        if not (tok.cap or labels[j] is not None or tok.key in lex.role_words):
            return None
        if tok.cap and tok.key in lex.stopwords and tok.key not in lex.role_words:
            return None
        j -= 1
        steps += 1
    return None


def head_ending_at(tokens: Sequence[Token], j: int, lex: Lexicon) -> int | None:
    """Index of the first word of a role head that ends at token ``j``."""
    for head in lex.role_heads.get(tokens[j].key, ()):
        start = j - len(head) + 1
        if start < 0:
            continue
        if all(tokens[start + k].key == w for k, w in enumerate(head)) and all(
            tokens[k].joined for k in range(start + 1, j + 1)
        ):
            return start
    return None


def _extend_prefixes(tokens: Sequence[Token], k: int, lex: Lexicon) -> int:
    while k > 0 and tokens[k].joined:
        prev = tokens[k - 1]
        if prev.key in lex.role_prefixes or (
            prev.cap and prev.key in lex.role_words and prev.key not in lex.stopwords
        ):
            k -= 1
        else:
            break
    return k


def _role_after(body: str, tokens: Sequence[Token], stop: int, lex: Lexicon) -> str | None:
    """An appositive role: ``Sarjito, Direktur Keuangan PT X, ...``."""
    if stop >= len(tokens) or stop == 0:
        return None
    if not _COMMA_GAP.match(body[tokens[stop - 1].end : tokens[stop].start]):
        return None
    j = stop
    if tokens[j].key in ("the", "a", "sang"):
        j += 1
    if j >= len(tokens) or not lex.is_role_word(tokens[j].key):
        return None
    end = j
    while end + 1 < len(tokens) and tokens[end + 1].joined and end - j < MAX_ROLE_TOKENS:
        end += 1
    return _clean_role(body[tokens[stop].start : tokens[end].end])


def _clean_role(text: str) -> str | None:
    role = " ".join(text.split()).strip(" ,;:-")
    return role or None


def _speech_beside(
    body: str,
    tokens: Sequence[Token],
    start: int,
    stop: int,
    lex: Lexicon,
    honorific: bool,
) -> bool:
    before = start - 2 if honorific else start - 1
    if before >= 0:
        gap = body[tokens[before].end : tokens[before + 1].start]
        if tokens[before].key in lex.speech_before and gap.strip(" ,") == "" and not (
            stop - start == 1 and _noun_follows(body, tokens, stop, lex)
        ):
            return True
    if (
        stop - start >= 2
        and stop + 1 < len(tokens)
        and tokens[stop].upper
        and tokens[stop].key in _EN_POST_NOMINALS
        and body[tokens[stop - 1].end : tokens[stop].start] == " "
        and lex is lexicon("en")
    ):
        stop += 1  # "Guy Mansfield QC warned", "Frank Field MP said": the letters after a full name are its own
    if stop < len(tokens):
        nxt = tokens[stop]
        gap = body[tokens[stop - 1].end : nxt.start]
        if not nxt.cap and nxt.key in lex.speech_after and gap.strip(" ,") == "":
            # "Franco, who was speaking to newsite Politico, added:": the verb is the sayer's
            # before the relative clause the name closes
            return not ("," in gap and _closes_relative_clause(body, tokens[start].start))
    return False


# (English) letters written after a person's name: a rank, an office or an honour ("Guy Mansfield QC")
_EN_POST_NOMINALS = frozenset({"qc", "kc", "mp", "mep", "msp", "obe", "cbe", "mbe", "kbe", "dbe"})


def _noun_follows(body: str, tokens: Sequence[Token], stop: int, lex: Lexicon) -> bool:
    """(English) a lone word after a speech verb is followed right away (one space) by a lower-case
    word that is no function word, speech verb or adverb in -ly: it modifies that noun ("RockMelt has
    also added Instapaper support"), it is no sayer."""
    if stop >= len(tokens) or lex is not lexicon("en"):
        return False
    nxt = tokens[stop]
    return (
        not nxt.cap
        and nxt.text.isalpha()
        and body[tokens[stop - 1].end : nxt.start] == " "
        and nxt.key not in lex.stopwords
        and nxt.key not in lex.speech_after
        and not nxt.key.endswith("ly")
    )


_RELATIVE_OPENER = re.compile(r', (?:who|whose|which|whom) [^,.;:!?\n"\u201c\u201d]*$')


def _closes_relative_clause(body: str, start: int) -> bool:
    """(English) the text before ``start`` ends in a relative clause opened after a comma in the
    same stretch of the sentence (", who was speaking to newsite "), with no comma since."""
    return _RELATIVE_OPENER.search(body, max(0, start - 160), start) is not None
