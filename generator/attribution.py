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

This module reads the speaker named after a cue (``speaker_after_cue``); ``generator.speaker_before`` reads the
subject before a cue, and ``generator.registry`` holds the people and organisations both resolve names against.
"""

from __future__ import annotations

import re

from generator.quote_words import (
    EN_FUNCTION,
    LOWER_ROLE,
    NAME_TITLES,
    NOT_NAMES,
    ROLE_WORDS,
    TITLE_NOT_NAMES,
)
from generator.registry import (
    CONNECTORS,
    MONTHS_ID,
    SENTENCE_STOP,
    SUFFIXES,
    Registry,
    clean_word,
    is_cap,
    is_initial,
    lower_token,
    names_place,
    org_named,
)
from generator.speaker_before import (
    COMPANY,
    EN_NAME_TITLE,
    EN_OWNED_ROLES,
    ID_PRONOUNS,
    TOKEN,
    Speaker,
    dehyphen,
    en_drop_abbreviation,
    is_possessive,
    name_from_run,
    phrase_word,
    pronoun_of,
    pronoun_speaker,
)

#: role words and name titles: a dotted one (``Dr.``, ``Kombes.``) ends no sentence inside a name run
_ROLE_OR_TITLE = ROLE_WORDS | NAME_TITLES


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
    r"^(?:a|an|the)[ \u00a0]+(?:(?:new|latest|recent)[ \u00a0]+)?(?:report|study|survey|analysis|paper"
    # ``according to a court document filed by state attorney Dave Aronberg``
    r"|(?:court[ \u00a0]+)?(?:document|filing|memo|motion|brief))"
    r"[ \u00a0]+(?:(?:published|released|issued|compiled|filed|written|signed|sent)[ \u00a0]+)?"
    r"by[ \u00a0]+(?P<rest>\S.*)",
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
    lows = [lower_token(t) for t in tokens]
    titles = TITLE_NOT_NAMES | ROLE_WORDS
    return bool(lows) and any(w in TITLE_NOT_NAMES for w in lows) and all(w in titles for w in lows)


def _role_epithet(phrase: str, registry: Registry) -> bool:
    """``Guru Besar Bidang Sosiolingustik ... Unnes itu``: a capitalised role phrase closed by a demonstrative
    and naming no known person points back to a speaker named before (a name is not followed by ``itu``)."""
    match = _CAP_EPITHET.match(phrase)
    if match is None:
        return False
    words, complete = _phrase_tokens(match.group("desc"))
    if not complete or not words or lower_token(words[0]) not in ROLE_WORDS:
        return False
    known = registry.person_in([clean_word(w) for w in words])
    return known is None or known[1] < 2


#: a two-word-or-longer capitalised name, then ``of``/``for``/``from`` and an organisation or place
_NAME_OF = re.compile(r"^(.*?\b[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*)+)[ \u00a0]+(?:of|for|from|at)[ \u00a0].*$")
#: (English) a role with its owner (``his``, ``the festival's``), maybe a comma, then a name ending the clause:
#: ``his coach Peter Stanley.``, ``the festival's executive director, Craig Prater.``
#: (English) a role run, then a known person's full name ending the clause after a verb-first cue (``said UK
#: Chancellor of the Exchequer Gordon Brown.``, ``said a proud coach Mike Ruddock.``, ``said one of their lawyers,
#: Michalis Dimitrakopoulos.``, ``said Richard and Judy executive producer Amanda Ross.``)
_EN_ROLE_RUN_NAME = re.compile(
    r"(?P<run>(?:[\w&.'’-]+[ \u00a0]+){1,8}?[\w&.'’-]+),?[ \u00a0]+"
    r"(?:(?P<title>" + EN_NAME_TITLE + r")[ \u00a0]+)?"
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
        and (lower_token(head) in ROLE_WORDS or head == "master")
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
            and lower_token(words[k - 1]) in ROLE_WORDS
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
    r"(?:(?P<title>" + EN_NAME_TITLE + r")[ \u00a0]+)?"
    # after a title a surname alone is a name (``said his lawyer, Mr Smith``)
    r"(?P<name>[A-Z][\w'’-]*(?(title)(?:[ \u00a0]+[A-Z][\w'’-]*){0,3}|(?:[ \u00a0]+[A-Z][\w'’-]*){1,3}))"
    r"(?=[ \u00a0]*(?:[.,;:!?]|$))"
)
_UNNAMED_START = frozenset({"a", "an", "another", "one", "two", "three", "several", "some", "many", "other"})


def _descriptor_name(segment: str, registry: Registry) -> tuple[str, str | None] | None:
    """``Virginia delegate Beau Correll``, ``CNN's Gloria Borger``: descriptors, then the name at the end."""
    tokens = TOKEN.findall(segment)[:14]
    if tokens and lower_token(tokens[0]) == "the":
        tokens = tokens[1:]
    out: list[str] = []
    for token in tokens:
        low = lower_token(token)
        if not low:
            continue
        if (low in EN_FUNCTION and low != "former") or low in NOT_NAMES:
            break
        out.append(token)
        if token.endswith(".") and not is_initial(token) and low not in ROLE_WORDS:
            break  # the sentence ends here
    while out and lower_token(out[-1]) in CONNECTORS:
        out.pop()
    i = len(out)
    while i > 0 and is_cap(out[i - 1]) and not is_possessive(out[i - 1]):
        i -= 1
    run = out[i:]
    lead = out[:i]
    if not run or not lead or not any(not is_cap(t) or is_possessive(t) for t in lead):
        return None
    name, role = name_from_run(run, registry)
    if name is None:
        return None
    return name, " ".join(clean_word(t) for t in lead).strip() or role


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
    for token in TOKEN.findall(phrase.split("\n", 1)[0])[:8]:
        if not is_cap(token):
            break
        run.append(clean_word(token))
        if token.endswith(".") and not is_initial(token):
            break
    if not run:
        return None
    whole = " ".join(run)
    known = registry.organization(whole)
    if known or (len(run) >= 2 and org_named(whole) and not names_place(whole, registry.language)):
        return Speaker(known or whole, None)
    author = speaker_after_cue(phrase, registry, registry.language)
    return author if author is not None and author.name and not author.pronoun else None


#: a sentence end that lost its space in scraped text: ``kata Sigit.Adapun, ...``, ``ASEAN.Melanjutkan``, or before a
#: capitalised cross-head: ``kata dia.KEMUDAHANPerencana ...``
_GLUED_END = re.compile(r"(?:(?<=[a-z\d)])|(?<=[A-Z]{3}))[.!?](?=[A-Z][a-z]|[A-Z]{2,})")


#: (English) a two-letter capitalised word and a period, then a new sentence (a capitalised word, a lower-case word):
#: ``Swiss Re. Tightly packed ...``; an initial is one capital letter, an abbreviation is left alone (``Mr. Smith``)
_EN_SHORT_WORD_END = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][a-z])\.[ \u00a0]+(?=[A-Z][a-z]+[ \u00a0]+[a-z])")
_EN_SHORT_ABBREVIATIONS = frozenset(
    {"Mr", "Ms", "Dr", "St", "Jr", "Sr", "Mt", "Lt", "Co", "Rd", "Av", "Fr", "Sq", "No", "Vs", "Gp", "Wg", "Cr", "Br"}
)


#: a social-media handle in brackets after a name (``Anna Victoria (@annavictoria)``)
_BRACKETED_HANDLE = re.compile(r"[ \u00a0]*\(@[\w.]{1,40}\)")


#: the voice of a named person heading the cue (``ucap suara Budi dalam rekaman itu``)
_VOICE_OF = re.compile(r"^suara[ \u00a0]+(?=[A-Z])")


#: (English) a bracketed gloss of capitalised words (maybe with of/the/and) right after a capitalised word and before
#: a lower-case noun: ``the Vox Populi (Voice of the People) column``
_EN_BRACKETED_GLOSS = re.compile(
    r"(?<=[A-Za-z])[ \u00a0]+\((?:[A-Z][\w'’-]*|of|the|and|for|in)(?:[ \u00a0]+(?:[A-Z][\w'’-]*|of|the|and|for|in))*\)"
    r"(?=[ \u00a0]+[a-z])"
)

def speaker_after_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker named right after a verb-first cue (``kata <phrase>``)."""
    phrase = dehyphen(phrase[:240]).lstrip()
    if language != "en" and "(@" in phrase:
        phrase = _BRACKETED_HANDLE.sub("", phrase)  # ``kata Massy Arias (@massy.arias), pelatih ...``
    glued = _GLUED_END.search(phrase)
    if glued is not None:
        phrase = phrase[: glued.start()]
    short = _EN_SHORT_WORD_END.search(phrase) if language == "en" else None
    if short is not None and short.group("word") not in _EN_SHORT_ABBREVIATIONS:
        phrase = phrase[: short.end("word")]  # ``said Swiss Re. Tightly packed populations ...``: the sentence ends
    if language == "en" and "(" in phrase:
        phrase = en_drop_abbreviation(phrase)  # ``said the Wall Street Journal (WSJ).``
        # ``said the Vox Populi (Voice of the People) column.``: a bracketed gloss of the name before it, a lower-case
        # noun after it, is no word of the name
        phrase = _EN_BRACKETED_GLOSS.sub("", phrase, count=1)
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
    if bare is not None and lower_token(bare.group("role").split()[0]) in ROLE_WORDS:
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
        if owned is not None and lower_token(owned.group("role").split()[-1]) in EN_OWNED_ROLES:
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
    pronoun = pronoun_of(first, language)
    if pronoun is not None:
        return pronoun_speaker(pronoun)
    name, role = name_from_run(first, registry)
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
        person = second[next((k for k, t in enumerate(second) if lower_token(t) not in ROLE_WORDS), len(second)) :]
        starts_with_role = (
            lower_token(first[0]) in ROLE_WORDS
            or lower_token(first[0]) in LOWER_ROLE
            or lower_token(first[0]) in TITLE_NOT_NAMES
            or (name is not None and language != "en" and not registry.is_known_person(name))
        )
        clean_name = 0 < len(person) <= 4 and all(is_cap(t) and not registry.common(t) for t in person)
        if name is None or (starts_with_role and clean_name):
            sname, _ = name_from_run(second, registry) if second and is_cap(second[0]) else (None, None)
            if sname is not None:
                return Speaker(sname, " ".join(clean_word(t) for t in first) or None)
    if name is None:
        return None
    if role is None and len(segments) > 1:
        second_words = segments[1].split()
        if second_words and not is_cap(second_words[0]) and lower_token(second_words[0]) in LOWER_ROLE:
            role = " ".join(second_words[:8]) or None
    return Speaker(name, role)


#: (English) a whole segment that is only a name: two to four capitalised words, maybe ending the sentence
_EN_CLEAN_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’.-]*){1,3}?\.?")


def _en_role_comma_name(segments: list[str], registry: Registry) -> Speaker | None:
    """(English) ``said BA director of commercial planning, Robert Boyle.``: a role phrase that runs on in
    lower case (a role word among its first words), a comma, and a segment that is only a name: the name."""
    words = segments[0].split()
    if not 1 < len(words) <= 8 or not any(lower_token(w) in ROLE_WORDS for w in words[:4]):
        return None
    if _EN_CLEAN_NAME.fullmatch(segments[1]) is None:
        return None
    second, _ = _phrase_tokens(segments[1].rstrip("."))
    if not second or any(registry.common(t) for t in second):
        return None
    sname, _ = name_from_run(second, registry)
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


#: a token of an organisation's name inside a role phrase that is no word: ``99.co``, ``4W``, ``&``
_ORG_TOKEN = re.compile(r"&|(?=[\w.]*\d)\w[\w.]*\w")


def _name_past_place(segment: str, registry: Registry) -> Speaker | None:
    """``kata Koordinator Divisi Hukum ... Bawaslu DKI Jakarta Muhammad Jufri``: a capitalised role phrase that
    runs through a place word (where ``_phrase_tokens`` stops) and ends in a person the people stage knows.
    The run must open with a role or plain word and the known name must end it at a sentence end or a plain word.
    An organisation token that is no word (``kata CEO 99.co Darius Cheung``, ``Head of Brand Development &
    Marketing Research 4W PTSIS Harold Donnel``: a digit, a dotted domain, ``&``) stays inside the run."""
    tokens: list[str] = []
    for match in TOKEN.finditer(segment[:200]):
        token = match.group()
        if not (phrase_word(token, lower_token(token)) or _ORG_TOKEN.fullmatch(token)) or len(tokens) >= 16:
            break
        tokens.append(token)
        if token.endswith(".") and not is_initial(token) and lower_token(token) not in _ROLE_OR_TITLE:
            break
    if len(tokens) < 3 or not registry.common(tokens[0]):
        return None
    known = registry.person_in([clean_word(t) for t in tokens])
    if known is None or known[1] < 2:
        return None
    name, k = known
    return Speaker(name, " ".join(clean_word(t) for t in tokens[:-k]) or None)
_ONE_OF = re.compile(r"salah[ \u00a0]+(?:satu|seorang)\b", re.IGNORECASE)


def _described_name(segments: list[str], registry: Registry, allow_unknown: bool = False) -> Speaker | None:
    """A description, then the name: ``kata ayah seorang pasien, Vijay``, ``kata pemenang Nobel ... K. Satyarthi``.

    The name is the next comma segment when that segment is nothing but a name, else
    a person the people stage knows, ending the first capitalised run of the
    description. Anything else (``kata bintang '7 Manusia Harimau'``) gives None.
    """
    head = segments[0]
    tokens = TOKEN.findall(head)[:26]
    # a long description set off by a comma before a bare name still describes it (``kata salah satu aktivis
    # dari kelompok ... yang juga pakar hidrologi dari Universitas ..., Ercan Ayboga``): up to 24 words
    if not tokens or len(tokens) > 24:
        return None
    if len(segments) > 1 and (len(tokens) <= 12 or not SENTENCE_STOP.search(head)):
        second, _ = _phrase_tokens(segments[1])
        if registry.language == "id" and len(second) >= 2 and lower_token(second[0]) in ROLE_WORDS:
            second = second[1:]  # ``kata pensiunan Panglima ..., Jenderal Soemitro``: a rank opens the name
        if 0 < len(second) <= 4 and all(is_cap(t) and not registry.common(t) for t in second):
            name, _ = name_from_run(second, registry)
            if name is not None:
                return Speaker(name, head or None)
    if len(tokens) > 12:
        return None
    i = 0
    while i < len(tokens) and not is_cap(tokens[i]):
        if not tokens[i].isalpha() or not tokens[i].islower():
            return None  # a quoted or numbered title, not a description
        i += 1
    if not 0 < i <= 7:
        return None
    run: list[str] = []
    for token in tokens[i:]:
        if not is_cap(token):
            break
        run.append(token)
        if token.endswith(".") and not is_initial(token):
            break
    suffix = ""
    if len(run) > 2 and clean_word(run[-1]).lower() in SUFFIXES:
        suffix = " " + clean_word(run[-1])  # ``kata pemilik nama asli Marshall Bruce Mathers III``
        run = run[:-1]
    known = registry.person_in(run) if run else None
    if known is None:
        past = _name_past_organization(tokens, i + len(run), registry)
        if past is not None:
            return past
    if known is None and allow_unknown and 2 <= len(run) <= 3 and all(not registry.common(t) for t in run):
        # an unknown name: two or three name words, none a role, organisation or plain word
        name = registry.canonical(" ".join(clean_word(t) for t in run))
        return Speaker(name + suffix, " ".join(tokens[:i]) or None)
    if known is None:
        return None
    name, k = known
    return Speaker(name + suffix, " ".join([*tokens[:i], *run[: len(run) - k]]) or None)


def _name_past_organization(tokens: list[str], j: int, registry: Registry) -> Speaker | None:
    """``kata pelatih ... kreator Body Guides creator Anna Victoria soal ...``: the first capitalised run names
    no person (an organisation or a product); one lower-case word on, a person the people stage knows in full."""
    if j + 2 >= len(tokens) or is_cap(tokens[j]) or not tokens[j].isalpha():
        return None
    run: list[str] = []
    for token in tokens[j + 1 :]:
        if not is_cap(token):
            break
        run.append(token)
    known = registry.person_in(run) if len(run) >= 2 else None
    if known is None or known[1] < 2 or known[1] != len(run):
        return None
    return Speaker(known[0], " ".join(tokens[: j + 1]))


def _phrase_tokens(segment: str) -> tuple[list[str], bool]:
    """Tokens of a speaker phrase (role words and names) up to the first plain word.

    The flag says whether the phrase ran to the end of ``segment``.
    """
    out: list[str] = []
    complete = True
    for match in TOKEN.finditer(segment):
        token = match.group()
        low = lower_token(token)
        if not low:
            continue
        if low in NOT_NAMES and low not in TITLE_NOT_NAMES and out and not _month_in_name(segment, match, out):
            # ``Asisten Manajer Persija Jakarta``: a place (or date word) closing the segment leaves it complete
            complete = match.end() >= len(segment.rstrip(" .")) and is_cap(token)
            break
        if out and clean_word(token) == clean_word(out[-1]) and is_cap(token):
            complete = False  # ``ujar Jonan   Jonan mengatakan``: the next sentence opens with the name again
            break
        if is_possessive(token) and is_cap(token) and match.end() < len(segment.rstrip()):
            out = []  # ``CNN's Gloria Borger``: the possessive names the employer
            continue
        if phrase_word(token, low):
            out.append(token)
            if token.endswith(".") and not is_initial(token) and low not in _ROLE_OR_TITLE:
                complete = match.end() >= len(segment.rstrip())
                break
            if len(out) >= 14:
                complete = False
                break
            continue
        complete = False
        break
    while out and lower_token(out[-1]) in CONNECTORS:
        out.pop()
    return out, complete


def _month_in_name(segment: str, match: re.Match[str], out: list[str]) -> bool:
    """``Raja Juli Antoni``: a month word between two capitalised name words is part of the name."""
    if lower_token(match.group()) not in MONTHS_ID or not is_cap(out[-1]) or lower_token(out[-1]) in ROLE_WORDS:
        return False
    following = TOKEN.search(segment, match.end())
    if following is None or segment[match.end() : following.start()].strip():
        return False
    nxt = following.group()
    return is_cap(nxt) and lower_token(nxt) not in NOT_NAMES and not nxt[:1].isdigit()
