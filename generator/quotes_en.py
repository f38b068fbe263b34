"""English attribution readers: who an English cue names.

The subject before a cue (``Mr Smith said``, ``the company's chief executive, Jane Doe, said``), the name after an
inverted cue (``said Jane Doe, the firm's chief``), appositions, roles and titles, colon cues (``He added:``),
credit lines and the English rules of what counts as a quote. The quote steps call them; they call only each
other, the descriptions of ``generator.quote_epithets`` (``the minister``, ``the company``, ``the statement``),
the sentence subjects of ``generator.sentence_subjects`` and the shared clause helpers of
``generator.quote_clauses``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from generator.abbreviations import (
    EN_COMPANY_SUFFIXES,
    EN_NAME_SUFFIXES,
    EN_NUMBER_WORDS,
    EN_PLACE_PREFIXES,
    EN_TITLES,
    alternation,
)
from generator.attribution import speaker_after_cue
from generator.quote_clauses import (
    EN,
    INDEFINITE_SUBJECT,
    NAME_RUN,
    SMALL_WORDS,
    SUBORDINATOR_EN,
    WORD,
    Found,
    before_window,
    embedded_person,
    first_cue_subject,
    indefinite_subject,
    paragraph_start,
    title_case,
)
from generator.quote_epithets import (
    EN_DOCUMENTS,
    EN_GROUP_HEADS,
    EN_ORG_EPITHET_HEADS,
    EN_STATEMENTS,
    en_document_owner,
    en_epithet_after,
    en_org_statement,
    en_role_epithet,
)
from generator.quote_marks import (
    DOUBLE_MARKS,
    QuoteSpan,
)
from generator.quote_words import (
    EN_CHARACTERISING,
    EN_CUES,
    EN_PARTICIPLES,
    EN_SPEECH_OBJECT,
    EN_TAG_NOUNS,
)
from generator.registry import (
    Registry,
)
from generator.speaker_before import (
    COMPANY,
    EN_RELATIVE_END,
    PRONOUN_GENDER,
    Speaker,
    sentence_subject,
    speaker_before_cue,
)

_EN_TAG = "|".join(sorted(EN_CUES | EN_TAG_NOUNS, key=lambda w: (-len(w), w)))  # right after a closing mark
#: (``," gravely explains Elise, a no-nonsense psychic``: a manner adverb may stand before the verb-first cue)
EN_AFTER_VERB = re.compile(
    rf"^[\s,.!?;—–-]*(?-i:(?!(?:only|family|early|daily|likely|rally|ally|belly)\b)[a-z]{{2,}}ly[ \u00a0]+(?=[a-z]))?"
    rf"(?P<cue>{_EN_TAG})\s+(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# an English subject may hold abbreviation periods: ``Sen. Chuck Schumer (D-N.Y.) said``
_EN_ABBR_WORDS = alternation(EN_TITLES, EN_NAME_SUFFIXES, EN_PLACE_PREFIXES, EN_NUMBER_WORDS, EN_COMPANY_SUFFIXES)
EN_ABBR = rf"\b(?:{_EN_ABBR_WORDS}|[A-Z])\."


_EN_SUBJ_CHAR = rf"(?:{EN_ABBR}|[^.!?\"“”\n]|\.(?=[\w,;)’'-]))"
#: (a cue word written with a capital right after a word is part of a name, not its verb: ``by the United States,
#: NATO and other world partners, Clinton said``; after a comma or bracket it may be one: ``Murphy, the head of
#: Right to Rise USA, Tweeted``)
EN_AFTER_SUBJ = re.compile(
    rf"^[\s,.!?;—–-]*(?P<subj>{_EN_SUBJ_CHAR}{{1,200}}?)\s+(?:(?=(?-i:[a-z]))|(?<=[,;)][ \u00a0]))"
    rf"(?P<cue>{_EN_TAG})\b",
    re.IGNORECASE,
)
#: (English) the subject of a noun-like tag (``remarks``): a name of up to four capitalised words, maybe after an
#: honorific, or he/she
EN_TAG_NOUN_SUBJECT = re.compile(r"[Hh]e|[Ss]he|(?:[A-Z][\w'’.-]*[ \u00a0]+){0,3}[A-Z][\w'’-]*")
EN_CUE_WORD = re.compile(rf"\b(?P<cue>{EN})\b", re.IGNORECASE)
_EN_PARTICIPLE = re.compile(
    rf"(?:,\s*(?P<cue>{'|'.join(sorted(EN_PARTICIPLES))})\b(?P<tail>[^.!?\"“”]{{0,60}}?)[\s,:]*"
    rf"|[ \u00a0]+(?P<bare>{'|'.join(sorted(EN_PARTICIPLES))})[ \u00a0]*:[ \u00a0]*)$",
    re.IGNORECASE,
)
EN_ACCORDING = re.compile(r"^[\s,.!?;—–-]*(?P<cue>according to)\s+(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_EN_BEFORE_SUBJ = re.compile(
    rf"(?P<subj>.*?)\s*\b(?P<cue>{EN})\b(?P<tail>[^.!?\"“”]{{0,80}}?)[\s,:]*$", re.IGNORECASE | re.DOTALL
)


#: (English) a participle cue ending the window, its comma maybe inside the title's closing mark before it
#: (``the CNN "reporter," saying, "``)
EN_PARTICIPLE_AFTER_TITLE = re.compile(rf"(?:^|,)[ \u00a0]*(?:{'|'.join(sorted(EN_PARTICIPLES))})\b[^\"“”]{{0,60}}$")


def en_participle_over_title(body: str, span: QuoteSpan, registry: Registry) -> tuple[Speaker, str] | None:
    """(English) ``Carson shared a syllabus for a class called "Perception" on his page, writing "``: the window
    before the quote stops at the short title's closing mark, so the participle finds no subject; read over the
    title to the sentence's named subject (a name only: no he/she, no subject-less clause)."""
    text = before_window(body, span, "en", over_titles=True)
    participle = _EN_PARTICIPLE.search(text)
    if participle is None or len((participle.group("tail") or "").split()) > 4:
        return None
    speaker = sentence_subject(text[: participle.start()], registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun:
        return None
    return speaker, (participle.group("cue") or participle.group("bare")).lower()


#: (English) a whole clause between two quotes: a capitalised subject, a speech verb (maybe ``back``/``in``) and a comma
#: or colon right before the next opening mark (``He answered, "``, ``Mills then writes back, "``)
_EN_NEXT_INTRODUCER = re.compile(
    rf"[ \u00a0]*(?P<subj>[A-Z][^.!?,;:\"“”\n]{{0,60}}?)[ \u00a0]+(?P<cue>{EN})(?:[ \u00a0]+(?:back|in|on))?"
    r"[ \u00a0]*[,:][ \u00a0]*",
)


def en_introduces_next(body: str, span: QuoteSpan, after: str) -> bool:
    """(English) Whether the clause right after a quote that ends its sentence (``?``, ``!``, ``.`` before the
    closing mark) is the attribution of the next quote of the paragraph: it opens with a capital, ends with a
    comma or colon and the next opening mark follows at once."""
    if body[span.end - 1 : span.end] not in ("?", "!", ".") or not after.strip():
        return False
    if _EN_NEXT_INTRODUCER.fullmatch(after) is None:
        return False
    nxt = span.close_at + 1 + len(after) if span.close_at is not None else -1
    return 0 <= nxt < len(body) and body[nxt] in DOUBLE_MARKS


#: (English) the period after the closing mark (``"...". The ...``): the quote ends its sentence all the same
EN_PERIOD_AFTER_MARK = re.compile(r"\.[ \u00a0]+[A-Z]")


#: (English) a paragraph of its own that credits the quote paragraph before it: a dash, a name (maybe a comma and a
#: short description) and nothing else (``- Sanders.``, ``-Michelle Marks, Philadelphia.``, ``— President Obama,
#: tweeting after Clinton's speech.``)
EN_DASH_CREDIT_LINE = re.compile(
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)+[-–—―][ \u00a0]*(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3})"
    r"(?:[ \u00a0]*,[^\n\"“”]{1,80})?[ \u00a0.]*(?:\n|$)"
)


#: (English) a subordinator opening the subject read after a quote, with no comma up to the cue: ``when Clinton``,
#: ``after Jones`` (``when asked, Smith said`` has its main clause after the comma)
EN_SUBORDINATE_SUBJ = re.compile(
    r"[\s,—–-]*(?:when|whenever|after|before|while|because|since|until|unless|if|although|though|once"
    r"|at[ \u00a0]+which[ \u00a0]+point|whereupon)[ \u00a0]+[^,]*$",
    re.IGNORECASE,
)
#: (English) a capitalised subordinator ending the subject read after a quote that ended its sentence, after other
#: words: ``"..." District investigating When asked about the suspension, ...`` (a subheading glued before a new
#: sentence that opens with a subordinate clause): the cue is that clause's, not the quote's tag
EN_SUBORDINATE_AFTER_HEADING = re.compile(
    r"\S[ \u00a0]+(?:When|Whenever|After|Before|While|If|Once|Although|Though|Unless|Until|Since|Because)[ \u00a0]*$"
)


#: (English) the lower-case rest of the quote's sentence after its closing mark, ending in a comma: ``in 2005,``
_EN_SENTENCE_TAIL = re.compile(r"^[ \u00a0]*[a-z][a-z0-9' \u00a0-]{0,60},[ \u00a0]*$")


def en_tail_then_credit(match: re.Match[str], registry: Registry) -> Speaker | None:
    """(English) ``"...to be the case" in 2005, said Kurt Karl, economist at Swiss Re.``: a quote opening its
    sentence runs on in lower case after the mark, then a verb-first credit; the known person after the verb
    speaks (or a description pointing back). Nobody else: the run before the comma holds no capitalised word
    (``shop owner Hayriye Evren, told Associated Press`` has its subject there). A phrase quoted inside the
    writer's own sentence (``Given the cost, "slowing supply growth" is a certainty, said X``) is not read so (the
    caller checks ``opens``): the credit is the whole sentence's."""
    if _EN_SENTENCE_TAIL.match(match.group("subj")) is None:
        return None
    rest = match.string[match.end() :].lstrip(" \u00a0")
    epithet = en_epithet_after(rest)
    if epithet is not None:
        return epithet
    speaker = speaker_after_cue(rest, registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun or not registry.is_known_person(speaker.name):
        return None
    return speaker


#: (English) only a conjunction (maybe an adverb) between a quote and a verb: the verb has no subject of its own
EN_CONJUNCTION_ONLY = re.compile(r"[\s,]*(?:but|and|yet)(?:[ \u00a0]+(?:also|then|later|quickly))?[ \u00a0]*")


#: (English) a medium that reports the quote and the one it quotes after it: ``"...," the newspaper quoted Qantas
#: chief executive Geoff Dixon as saying.``, ``AP quoted prosecutor Russell McGuire as saying.``
_EN_QUOTED_AS_SAYING = re.compile(
    r"^[\s,—–-]*(?P<subj>[^.!?\"“”\n]{1,60}?)[ \u00a0]+quoted[ \u00a0]+"
    r"(?P<obj>[^.!?\"“”\n,;:]{1,80}?)[ \u00a0]+as[ \u00a0]+saying\b"
)
#: the one quoted is someone the text leaves unnamed (``Reuters quoted a central bank official as saying``)
_EN_QUOTED_UNNAMED = re.compile(r"(?:a|an|one|two|three|several|some|many|unnamed|sources|officials)\b", re.IGNORECASE)


def en_quoted_as_saying(after: str, registry: Registry) -> tuple[Speaker | None, str | None] | None:
    """(English) After a quote, ``<medium> quoted <someone> as saying``: the one quoted speaks, not the medium
    (the subject): a known person (maybe after a role), or nobody when the text leaves them unnamed. ``None``
    when the clause is not of that form or names someone the people stage does not know (left to the rules)."""
    if "quoted" not in after[:150]:
        return None
    match = _EN_QUOTED_AS_SAYING.match(after[:200])
    if match is None:
        return None
    obj = match.group("obj").strip()
    if _EN_QUOTED_UNNAMED.match(obj):
        return Speaker(None, None), "quoted"
    speaker = speaker_after_cue(obj, registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun or not registry.is_known_person(speaker.name):
        return None
    return speaker, "quoted"


#: (English) a name opening the tag clause after a quote, then an apposition: a comma (``Rob McIvor, FSA
#: spokesman,``), a dash (``Andrei Illarionov - then economic adviser to ... -``), ``from`` (``Kirsten Pfeifer from
#: the Consumer Electronics Association,``) or a lower-case role run (``Dr Mike Watts head of exploration``)
_EN_NAME_APPOSED = re.compile(
    r"^[\s,]*(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,5})"
    r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+[-–—][ \u00a0]+|[ \u00a0]+from[ \u00a0]+|[ \u00a0]+(?=[a-z]))"
    r"(?P<rest>[^\"“”:;]+)$"
)
#: an apposition that coordinates a second subject (``Smith and Jones``) or opens a clause of its own
_EN_APPOSED_NOT = re.compile(r"^(?:and|or|&|nor|but|who|which|whose|he|she|they|it|if|when|as)\b")

_EN_HEARER_CUES = frozenset({"told", "asked", "warned", "urged", "reminded", "assured", "advised", "informed"})
_EN_PASSIVE_END = re.compile(r"(?<!\w)(?:was|were|is|are|been|be|being|got|gets|get)[ \u00a0,]*$", re.IGNORECASE)


def en_name_apposed(subj: str, cue: str, registry: Registry) -> Speaker | None:
    """(English) The tag clause after a quote ending in a comma is a known person's name and an apposition
    before the cue (``"...," Rob McIvor, FSA spokesman, told BBC News``, ``Armando Falcon, OFHEO director
    said``, ``Dr Mark Tuffy games systems director at THX told``): that person speaks. The name part alone must
    read as a known person; an apposition coordinating another subject (``and``) or opening a clause gives nobody."""
    match = _EN_NAME_APPOSED.match(subj)
    if match is None or _EN_APPOSED_NOT.match(match.group("rest").strip()):
        return None
    if cue.lower() in _EN_HEARER_CUES and _EN_PASSIVE_END.search(subj):
        return None  # ``Smith was told``: the name is the hearer (``Mr Kapor is reported as saying`` speaks)
    speaker = speaker_before_cue(match.group("name"), registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun or not registry.is_known_person(speaker.name):
        return None
    role = match.group("rest").strip(" \u00a0,-–—")
    return replace(speaker, role=role) if speaker.role is None and role and len(role.split()) <= 12 else speaker


#: (English) a speech the text announces: a short subject, ``will`` (``is expected to``, ``is due to``) and a
#: speech verb's base form after a quote (``," he will say.``, ``," the cardinal will ask.``)
EN_FUTURE_AFTER = re.compile(
    rf"^[\s,—–-]*(?P<subj>{_EN_SUBJ_CHAR}{{1,80}}?)[ \u00a0]+(?:will|is[ \u00a0]+(?:expected|due|set)[ \u00a0]+to)"
    r"[ \u00a0]+(?:also[ \u00a0]+)?(?P<cue>say|tell|ask|argue|add|warn|insist|claim|stress|urge|declare|admit)\b"
)
#: (English) a reporting hedge between a subject and its cue: ``is alleged to have``, ``was reported to have``
_EN_HEDGE_TAIL = re.compile(
    r"[ \u00a0]+(?:is|was|are|were)[ \u00a0]+(?:alleged|reported|said|understood|believed|thought|claimed)"
    r"[ \u00a0]+to[ \u00a0]+have[ \u00a0]*$"
)
#: (English) auxiliaries and time adverbs between a subject after the quote and its cue (``he had said``)
EN_AUXILIARY_TAIL = re.compile(
    r"(?:[ \u00a0]+(?:had|has|have|would|will|could|might|may|should|must|also|later|then|earlier|previously|"
    r"once|again|just|too|quickly|simply|only|recently|repeatedly|subsequently|initially|originally|privately|"
    r"publicly|reportedly|famously|often|always|already|now|still|first|finally))+[ \u00a0]*$"
)


#: (English) a verbless credit after a quote: a title and a surname (or full name), then the sentence ends
EN_TITLED_CREDIT = re.compile(
    r"^[ \u00a0]*(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \u00a0]+[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+)?)\.(?:\s|$)"
)


#: words that open the content clause of a reported statement: ``Smith said he ...``, ``said the plan ...``
EN_CONTENT_START = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "that", "there", "this", "these", "those"}
    | {"his", "her", "their", "our", "its", "some", "many", "no", "all", "most"}
)


#: (English) a second speech verb coordinated after the cue of a new sentence (``agreed and said the ...``)
EN_COORDINATED_SAY = re.compile(r"(?:said|added|insisted|argued|warned|stressed|claimed|explained)\b")
#: (English) a capitalised possessive right after the verb (``echoed McIntyre's sentiments``)
EN_POSSESSIVE_OBJECT = re.compile(r"[A-Z][\w-]*['’]s")
EN_SAY_CUES = frozenset({"said", "says", "say"})
#: (English) a subject ending in a passive auxiliary and maybe an adverb (``Four movies have already been``,
#: ``Those signing up will only be``); ``he was quoted as saying`` still credits the speaker
EN_PASSIVE_SUBJECT = re.compile(
    r"\b(?:was|were|is|are|been|be|being)"
    r"(?:[ \u00a0]+(?:already|also|only|now|still|not|never|just|\w+ly))?[ \u00a0]*$",
    re.IGNORECASE,
)
EN_PASSIVE_CREDITS = frozenset({"quoted", "reported", "quoting", "saying", "heard", "overheard", "recorded", "filmed"})
#: (English) a bare pronoun subject: ``"..." He urged politicians to ...`` goes on about the quote's speaker
EN_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
EN_LOWER_WORD = re.compile(r"[a-z]+")
#: lower-case words that may follow ``said`` in a sentence that only attributes (``Smith said on Monday.``,
#: ``said afterwards``, ``said in a statement``)
EN_AFTER_SAID = frozenset(
    {"on", "in", "at", "after", "before", "during", "of", "to", "from", "with", "about", "as", "when", "while"}
    | {"yesterday", "today", "tonight", "afterwards", "afterward", "later", "earlier", "then", "last", "next"}
    | {"previously", "once", "again", "also", "too", "just", "only", "recently", "ahead", "outside", "here"}
    | {"there", "via", "through", "upon", "following", "since", "until", "over", "into", "for", "by", "and"}
)


#: (English) a lower-case word right after ``to`` that may be an infinitive (``continues to live``), and the
#: words that make ``to`` a recipient instead (``said to reporters``, ``told to the BBC``)
EN_INFINITIVE = re.compile(r"[a-z]+")
EN_TO_OBJECT = EN_CONTENT_START | frozenset(
    {"him", "me", "us", "them", "reporters", "journalists", "fans", "supporters", "delegates", "viewers"}
    | {"listeners", "readers", "members", "activists", "students", "staff", "workers", "colleagues"}
    # ``"..." He went on to speak about ...``: an infinitive of speech keeps the speaker talking
    | {"say", "speak", "add", "tell", "talk", "insist", "warn", "explain", "describe", "praise", "criticise"}
    | {"criticize", "claim", "admit", "ask", "answer", "reply", "comment", "suggest", "argue", "stress", "urge"}
)


#: (English) what sets off an apposition after a name: a comma or a spaced dash
EN_APPOSITION_OPEN = re.compile(r",|[ \u00a0][-–—][ \u00a0]")


#: (English) he/she opening the sentence, maybe an adverb, a verb and a short object, then the colon before a quote
EN_PRONOUN_COLON = re.compile(
    r"(?:^|[.!?][\"”’']?[ \u00a0]+|\n[ \u00a0]*)(?:(?:But|And|Yet|Then|Later),?[ \u00a0]+)?(?P<pro>He|She)[ \u00a0]+"
    r"(?:(?:also|later|then|even|again|simply)[ \u00a0]+)?(?P<verb>[a-z]+)\b[^.!?;\"“”:\n]{0,60}:[ \u00a0]*$"
)
#: words after he/she that make no active clause of his or her own words (``He was asked:``, ``She has a sign:``)
EN_NOT_ACTIVE = frozenset(
    {"was", "is", "were", "are", "had", "has", "have", "would", "could", "will", "can", "may", "might", "must"}
    | {"should", "did", "does", "got", "gets", "showed", "shows", "held", "holds", "read", "reads", "wore"}
    | {"heard", "hears", "received", "receives", "saw", "sees", "found", "finds", "signed", "signs"}
)


#: (English) a clause ending in a preposition of address and its capitalised object, right before a colon: ``a blunt
#: message to Trump``, ``what was wrong with the image to the Dutch newspaper NRC Handelsblad``
_EN_ADDRESSEE_END = re.compile(
    r"(?<![\w'’-])(?<!according )(?:to|with|toward|towards|against|on|in|at)[ \u00a0]+(?:[\w'’.&-]+[ \u00a0]+){0,4}?"
    r"(?P<run>[A-Z][\w'’.&-]*(?:[ \u00a0]+[A-Z][\w'’.&-]*){0,4})[ \u00a0,]*$"
)


def en_addressee_end(subject: str, speaker: Speaker) -> bool:
    """(English) Whether the name read from a colon clause is the object of a preposition of address ending the
    clause (``... delivered a blunt message to Trump:``): the one spoken to, not the speaker; or of a preposition of
    place or medium (``Then, later that month on CNN:``, ``At a rally in Ohio:``): where it was said."""
    match = _EN_ADDRESSEE_END.search(subject)
    if match is None or speaker.name is None:
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(speaker.name.split()[-1])}(?![\w'’-])", match.group("run")) is not None


#: (English) a comma, then he/she and a cue ending the text: ``..., he claimed`` before ``, saying``
_EN_INVERTED_PRONOUN_END = re.compile(rf",[ \u00a0]+(?P<pro>[Hh]e|[Ss]he)[ \u00a0]+(?:{EN})[ \u00a0]*$")
#: (English) the same with a name: ``Ryan and Trump will meet next week, Spicer said, adding, "``
_EN_INVERTED_NAME_END = re.compile(
    rf",[ \u00a0]+(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){{0,3}})[ \u00a0]+(?:{EN})[ \u00a0]*$"
)


#: (English) ``what`` + a subject + a verb of naming, right before a quote: ``what Newt Gingrich called "``, ``what aide
#: Kevin Phillips called "``, ``what Mr Reid has described as "`` (a named subject only: ``what it calls "`` is left
#: to the other paths)
_EN_WHAT_X_CALLED = re.compile(
    r"(?<![\w'’-])(?:what|which|that)[ \u00a0]+(?P<subj>[^,.;:!?\"“”()\n]{1,60}?)[ \u00a0]+"
    r"(?:has[ \u00a0]+|had[ \u00a0]+|once[ \u00a0]+)?"
    r"(?P<verb>called|calls|dubbed|dubs|termed|terms|described[ \u00a0]+as|describes[ \u00a0]+as)[ \u00a0]*$"
)


#: (English) a name shown or heard speaking, right before the quote: ``footage of Hillary Clinton asking, "``, ``The
#: clip shows Jane Miller saying: "`` (the participle's own subject, not the sentence's)
_EN_SHOWN_SPEAKING = re.compile(
    r"(?<![\w'’-])(?:of|shows?|showed|showing|features?|featured|featuring|heard|hears?|caught|captured)[ \u00a0]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,2})[ \u00a0]+"
    rf"(?P<cue>{'|'.join(sorted(EN_PARTICIPLES))})[ \u00a0]*[,:][ \u00a0]*$"
)


#: (English) a passive verb of asking and its agent right before a quote, maybe a who-clause after the agent:
#: ``was asked by host Bill Maher, who is supporting Sanders, "``, ``was pressed by Jo Lee: "``
_EN_ASKED_BY = re.compile(
    r"(?<![\w'’-])(?:was|were|is|are|been|being)[ \u00a0]+(?:(?:also|then|later|again)[ \u00a0]+)?"
    r"(?P<cue>asked|questioned|pressed|challenged)[ \u00a0]+by[ \u00a0]+(?P<agent>[^,:;.!?\"“”\n]{1,80}?)"
    r"(?:,[ \u00a0]+(?:who|whose)[ \u00a0][^\"“”.!?;:\n]{1,160})?[ \u00a0]*[,:][ \u00a0]*$"
)


#: (English) written words introduced by what they read right before a quote: ``with a statement issued on Sunday
#: reading: "``, ``a message from her adviser, Ann Lee, that read: "``, ``Trump posted a message on Twitter reading "``
_EN_DOCUMENT_READING = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)[ \u00a0]+(?:[\w&'’.-]+[ \u00a0]+){0,3}?"
    r"(?:statement|message|letter|note|notice|sign|banner|placard|card|e-?mail|tweet|post)(?![\w'’-])"
    r"(?P<tail>[^.!?;:\"“”\n]{0,80}?)[ \u00a0,]*(?P<cue>reading|(?:which|that)[ \u00a0]+read)[ \u00a0]*[:,]?[ \u00a0]*$"
)
#: (English) the issuer after the written words: ``from Chelsea``, ``issued by the club``
_EN_DOCUMENT_FROM = re.compile(r"^[ \u00a0]*(?:(?:issued|released|sent)[ \u00a0]+)?(?:from|by)[ \u00a0]+(?P<rest>.+)$")
#: (English) the verb by which the sentence's subject produced the written words, right before them
_EN_DOCUMENT_VERB = re.compile(
    r"(?<![\w'’-])(?:posted|issued|released|sent|published|tweeted|wrote|signed|put[ \u00a0]+out)[ \u00a0]*$"
)


def _en_document_reading(text: str, registry: Registry) -> tuple[Speaker, str] | None:
    """(English) A quote introduced as what a statement, message or sign reads (``..., with a statement issued on
    Sunday reading: "``): its issuer named after it (``a message from X that read``), else the subject that
    posted, issued or sent it (``Trump posted a message on Twitter reading "``), else someone left unnamed (None):
    never the last one who spoke."""
    match = _EN_DOCUMENT_READING.search(text, max(0, len(text) - 200))
    if match is None:
        return None
    cue = match.group("cue").split()[-1].lower()
    issuer = _EN_DOCUMENT_FROM.match(match.group("tail"))
    if issuer is not None:
        speaker = speaker_after_cue(issuer.group("rest"), registry, "en")
        if speaker is not None and speaker.name and not speaker.pronoun:
            return speaker, cue
        return Speaker(None, None), cue
    verb = _EN_DOCUMENT_VERB.search(text, max(0, match.start() - 40), match.start())
    if verb is not None:
        speaker = speaker_before_cue(text[: verb.start()], registry, "en")
        if speaker is not None and (speaker.name or speaker.pronoun):
            return speaker, cue
    return Speaker(None, None), cue


#: (English) an inverted cue set off by commas right before a quote: ``, explained Rosenberg, "`` (verbs that take
#: no person as their object: not told, asked, urged, ...)
_EN_INVERTED_BEFORE = re.compile(
    r"(?:^|,)[ \u00a0]*(?P<cue>said|says|added|adds|explained|explains|noted|notes|argued|argues|insisted|insists"
    r"|continued|continues|recalled|recalls|observed|observes|acknowledged|admitted|admits|conceded|concedes"
    r"|wrote|writes|declared|declares|claimed|claims|remarked|suggested|suggests|stated|states|joked|quipped)"
    r"[ \u00a0]+(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3}),[ \u00a0]*$"
)


def en_before_cue(text: str, registry: Registry, lang: str) -> tuple[Speaker, str] | None:
    """``X said, "`` / ``X told Reuters: "`` / ``X urged ..., saying, "``: the last cue of the clause wins."""
    reading = _en_document_reading(text, registry)
    if reading is not None:
        return reading
    inverted = _EN_INVERTED_BEFORE.search(text, max(0, len(text) - 80))
    if inverted is not None and registry.is_known_person(registry.canonical(inverted.group("name"))):
        # ``Because of how Democrats crafted the primary schedule, explained Rosenberg, "with this thing ...``: an
        # inverted cue set off by commas right before the quote, its sayer a known person
        return Speaker(registry.canonical(inverted.group("name")), None), inverted.group("cue").lower()
    asked = _EN_ASKED_BY.search(text, max(0, len(text) - 240))
    if asked is not None:
        agent = speaker_after_cue(asked.group("agent"), registry, lang)
        if agent is not None and agent.name and not agent.pronoun and registry.is_known_person(agent.name):
            # ``Sanders was asked by host Bill Maher, who is supporting Sanders, "``: the asker says the question
            return agent, asked.group("cue").lower()
    shown = _EN_SHOWN_SPEAKING.search(text, max(0, len(text) - 120))
    if shown is not None and registry.is_known_person(registry.canonical(shown.group("name"))):
        # ``The ad uses footage of Hillary Clinton asking, "``: the one shown speaking says it
        return Speaker(registry.canonical(shown.group("name")), None), shown.group("cue").lower()
    named_it = _EN_WHAT_X_CALLED.search(text, max(0, len(text) - 120))
    if named_it is not None:
        # ``what Newt Gingrich called "the loudest ... election"``: the one who called it so said those words
        speaker = speaker_before_cue(named_it.group("subj"), registry, lang)
        if speaker is not None and speaker.name and not speaker.pronoun:
            return speaker, named_it.group("verb").lower()
    participle = _EN_PARTICIPLE.search(text)
    # ``X urged ..., saying, "``; without the comma only right before a colon (``X wrote to the watchdog saying:``)
    if participle and len((participle.group("tail") or "").split()) <= 4:
        absolute = _EN_WITH_SUBJECT.search(text, 0, participle.start())
        if absolute is not None and INDEFINITE_SUBJECT.fullmatch(absolute.group("subj")):
            # ``X defended the decision, with a spokesperson saying: "``: the participle's own subject, unnamed
            return Speaker(None, None), (participle.group("cue") or participle.group("bare")).lower()
        named = _EN_WITH_NAMED.search(text, max(0, participle.start() - 120), participle.start())
        if (
            named is not None
            and (named.end("name") < named.end() or participle.group("bare") is not None)
            and registry.is_known_person(registry.canonical(named.group("name")))
        ):
            # ``..., with Maria Hutchings marching up to him, saying "``: the participles' own subject
            return Speaker(registry.canonical(named.group("name")), None), (
                participle.group("cue") or participle.group("bare")
            ).lower()
        named_end = _EN_INVERTED_NAME_END.search(text, max(0, participle.start() - 60), participle.start())
        if named_end is not None and registry.is_known_person(registry.canonical(named_end.group("name"))):
            # ``Mateen didn't mingle ..., Nefzi said, adding, "``: the participle's subject is the sayer of the
            # inverted cue, not the subject of the clause it reports
            return Speaker(registry.canonical(named_end.group("name")), None), (
                participle.group("cue") or participle.group("bare")
            ).lower()
        inverted = _EN_INVERTED_PRONOUN_END.search(text, max(0, participle.start() - 40), participle.start())
        if inverted is not None:
            # ``Mr Blair has failed ..., he claimed, saying he has the "``: the participle's subject is the he/she
            # of the inverted cue, not the subject of the clause it reports
            gender = PRONOUN_GENDER[inverted.group("pro").lower()]
            return Speaker(None, None, pronoun=True, gender=gender), (
                participle.group("cue") or participle.group("bare")
            ).lower()
        speaker = sentence_subject(text[: participle.start()], registry, lang)
        if speaker is not None:
            return speaker, (participle.group("cue") or participle.group("bare")).lower()
    read = _EN_READ_COLON.search(text, max(0, len(text) - 20))
    statement = en_org_statement(text[: read.start()], registry, after=False) if read is not None else None
    if statement is not None:
        return statement, "read"  # ``An IAAF statement read: "``
    embedded = _EN_EMBEDDED_SPEAKER.search(text, max(0, len(text) - 160))
    if embedded is not None and embedded_person(embedded.group("name"), registry):
        # ``Mr Blair recalls how Bill Clinton once advised him: "``: the subject of the verb nearest the colon
        return Speaker(registry.canonical(embedded.group("name")), None), embedded.group("verb").lower()
    cues = list(EN_CUE_WORD.finditer(text, max(0, len(text) - 240)))
    for match in reversed(cues[-4:]):
        tail = text[match.end() :]
        if len(tail.split()) > 6 or any(ch in tail for ch in ".!?"):
            continue
        statement = en_org_statement(text[: match.start()], registry, after=False)
        if statement is not None:
            return statement, match.group("cue").lower()  # ``An IAAF statement said: "``
        if indefinite_subject(text[: match.start()], registry):
            return Speaker(None, None), match.group("cue").lower()
        owned = _EN_OWNED_SPOKESPERSON.search(text, max(0, match.start() - 80), match.start())
        if owned is not None and registry.organization(owned.group("owner").strip()) is None:
            # ``The Bat spokeswoman said: "``: the spokesperson of a body the article names no further, left
            # unnamed (not a description of the person named before)
            return Speaker(None, None), match.group("cue").lower()
        if match.group("cue").lower() in _EN_HEARER_CUES and _EN_PASSIVE_END.search(text, 0, match.start()):
            # ``Wheelchair user Kevin Donnellon was asked: "``: the subject hears the words; who spoke goes unnamed
            return Speaker(None, None), match.group("cue").lower()
        epithet = en_role_epithet(text[: match.start()])
        relative = EN_RELATIVE_END.search(text, 0, match.start()) if epithet is None else None
        if relative is not None:
            # ``The Oscar-nominated actor, whose films include ..., said: "``: the description before the clause
            epithet = en_role_epithet(text[: relative.start()])
        if epithet is not None:
            return epithet, match.group("cue").lower()
        author = en_document_owner(text[: match.start()], registry)
        if author is not None:
            return author, match.group("cue").lower()  # ``Mr Crosby's statement said: "``: its author
        if _EN_IT_SUBJECT.search(text, 0, match.start()) is not None:
            # ``In a statement, it added: "``: the organisation named before
            return Speaker(None, None, pronoun=True, gender=COMPANY), match.group("cue").lower()
        coordinate = EN_BARE_COORDINATE.search(text, 0, match.start())
        if coordinate is not None:
            # ``Massie used to support fellow Kentuckian Rand Paul, but now said: "``: a second verb with no subject
            # of its own shares the sentence's subject; the name ending the first clause is its object
            speaker = first_cue_subject(text, cues, match, registry, lang) or en_coordinate_subject(
                text[: coordinate.start()], registry
            )
            if speaker is None:
                return Speaker(None, None), match.group("cue").lower()  # ``The minister met Y, but added:``
        else:
            speaker = speaker_before_cue(text[: match.start()], registry, lang)
        hedge = _EN_HEDGE_TAIL.search(text, 0, match.start()) if speaker is None else None
        if hedge is not None:
            # ``Mr Brown is alleged to have told the prime minister: "``: the subject before the hedge
            speaker = speaker_before_cue(text[: hedge.start()], registry, lang)
        if speaker is None and _EN_CONJOINED_VERB.search(text, 0, match.start()) is not None:
            # ``Euronext said any offer ..., but added that: "``: the subject of the clause's first cue
            speaker = first_cue_subject(text, cues, match, registry, lang)
        if speaker is None and match.start() > 0 and not text[: match.start()].rstrip().endswith(","):
            # ``Trump jokingly said, "``: an adverb between the subject and the cue
            speaker = sentence_subject(text[: match.start()], registry, lang)
        if speaker is not None:
            return speaker, match.group("cue").lower()
    return None


#: (English) ``The Bat spokeswoman`` opening its sentence as the whole subject before a cue: a spokesperson whose
#: capitalised modifier names the body spoken for is someone the report leaves unnamed, not a description of
#: the person named before
_EN_OWNED_SPOKESPERSON = re.compile(
    r"(?:^[ \u00a0]*|[.!?][\"”’']?[ \u00a0]+|\n[ \u00a0]*)(?:(?:But|And|Yet|However),?[ \u00a0]+)?The[ \u00a0]+"
    r"(?P<owner>(?:[A-Z][\w&'’-]*[ \u00a0]+){1,3})spokes(?:man|woman|person)[ \u00a0]*$"
)


#: (English) ``It`` opening its sentence as the whole subject before the cue of a quote, maybe after a short
#: adverbial opener (``In a statement, it added: "``, ``Later, it said: "``); ``put it`` and ``made it`` are no subject
_EN_IT_SUBJECT = re.compile(
    r"(?:^[ \u00a0]*|[.!?][\"”’']?[ \u00a0]+|\n[ \u00a0]*)"
    r"(?:(?:In|On|At|Later|Earlier|Separately|Meanwhile|Elsewhere|Afterwards|Previously)\b[^.!?\n,\"“”]{0,60},"
    r"[ \u00a0]*)?[Ii]t[ \u00a0]*$"
)


#: (English) ``..., with a spokesperson``: ``with`` and a short noun phrase right before a participle cue
_EN_WITH_SUBJECT = re.compile(r"(?<![\w'’-])with[ \u00a0]+(?P<subj>[^,.!?;:\"“”\n]{1,60}?)[ \u00a0]*$")


#: (English) a clause after a cue that has its own named subject and verb before the colon: ``recalls how Bill
#: Clinton once advised him:``
_EN_EMBEDDED_SPEAKER = re.compile(
    rf"\b(?:{EN})[ \u00a0]+(?:how|that|when)[ \u00a0]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})"
    r"(?:[ \u00a0]+(?:once|had|has|have|later|then|also))?[ \u00a0]+(?P<verb>[a-z]+ed|told|wrote|said)"
    r"(?:[ \u00a0]+(?:him|her|them|me|us|it))?[ \u00a0]*:[ \u00a0]*$"
)


#: (English) a window before a quote that is only a second verb: ``," and added: "`` (the window stops at a mark)
EN_CONJOINED_ONLY = re.compile(
    rf"[\s,]*(?<![\w'’-])(?:and|but)(?:[ \u00a0]+also)?[ \u00a0]+(?P<cue>{EN})(?:[ \u00a0]+that)?[\s,:]*",
    re.IGNORECASE,
)


#: (English) ``with Maria Hutchings marching up to him``: ``with``, a name and an -ing verb before a participle; or
#: the name right before the participle, maybe after lower-case role words (``with committee chairman Andrew Tyrie
#: saying: "``)
_EN_WITH_NAMED = re.compile(
    r"(?<![\w'’-])with[ \u00a0]+(?:(?!(?:of|from|by|to|for|and|or|as|at|in|on)[ \u00a0])[a-z][\w'’-]*[ \u00a0]+){0,3}"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})(?:[ \u00a0]+[a-z]+ing\b[^,.!?;:\"“”\n]{0,60})?"
    r"(?:[ \u00a0]+[a-z]{2,}ly)?$"  # ``with Trump reportedly yelling: "``: an adverb before the participle
)


#: (English) a second verb of the same subject: ``..., but added that``, ``and also said``
_EN_CONJOINED_VERB = re.compile(r",?[ \u00a0]+(?:but|and)(?:[ \u00a0]+also)?[ \u00a0]*$")
#: (English) a comma, ``but``/``and``/``yet`` and maybe one adverb right before a cue: the cue's verb has no subject
#: of its own (``X backed Y, but now says``), so it shares the subject of the sentence
EN_BARE_COORDINATE = re.compile(
    r",[ \u00a0]+(?:but|and|yet)(?:[ \u00a0]+(?:also|now|later|then|still|again|simply|quickly|instead))?[ \u00a0]*$"
)


def en_coordinate_subject(clause: str, registry: Registry) -> Speaker | None:
    """(English) The subject of the sentence ``clause`` opens, whose verb a second, subject-less verb after ``, but``
    shares: a named subject (``sentence_subject``) or he/she opening it; else None."""
    speaker = sentence_subject(clause, registry, "en")
    if speaker is not None:
        return speaker
    pronoun = EN_PRONOUN_OPENER.match(clause.lstrip())
    if pronoun is None:
        return None
    return Speaker(None, None, pronoun=True, gender=PRONOUN_GENDER[pronoun.group("pronoun").lower()])
_EN_READ_COLON = re.compile(r"[ \u00a0]+read[ \u00a0]*:[ \u00a0]*$")
_EN_GROUP_NAME = r"[A-Z][\w'’.-]*(?:[ \u00a0](?:&|and|of|the)?[ \u00a0]?[A-Z][\w'’.-]*){0,3}"
EN_GROUP_NAMED = {
    noun: re.compile(rf"(?<![\w-]){noun}[ \u00a0]+(?P<name>{_EN_GROUP_NAME})") for noun in EN_GROUP_HEADS
}
#: (English) the narration around a cue that introduces a statement or report: ``In a statement(,) X said``, ``X said
#: in its statement``, ``X issued a statement``, ``Oxfam says in a report``
EN_STATEMENT_INTRO = {
    noun: re.compile(
        rf"(?<![\w-])(?:[Ii]n[ \u00a0]+(?:a|an|its|his|her|their|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?{noun}"
        rf"|(?:issued|published|released)[ \u00a0]+(?:a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?{noun})(?![\w-])"
    )
    for noun in EN_STATEMENTS
}
#: (English) a report written before, with its issuer when it names one: ``a World Bank report``, ``The NAO's annual
#: report``, ``a report by the IMF``; ``the report`` (definite, pointing back further) or ``a new report`` (no issuer)
_EN_REPORT_ISSUER = r"[A-Z][\w&.-]*(?:[ \u00a0](?:of[ \u00a0]|for[ \u00a0]|and[ \u00a0])?[A-Z][\w&.-]*){0,5}"
EN_REPORT_MENTION = re.compile(
    r"(?:(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \u00a0]+)?"
    rf"(?:(?P<owner>{_EN_REPORT_ISSUER})(?:['’]s)?[ \u00a0]+)?"
    r"(?:(?:new|latest|annual|recent|first|final|interim|official)[ \u00a0]+)?report(?![\w-])"
    r"(?:[ \u00a0]+(?:(?:published|released|compiled|commissioned|issued)[ \u00a0]+)?(?:by|from)[ \u00a0]+"
    rf"(?:the[ \u00a0]+)?(?P<by>{_EN_REPORT_ISSUER}))?"
)
_EN_DOCUMENT_KIN = {"lawsuit": "lawsuit|suit", "suit": "lawsuit|suit"}
EN_DOCUMENT_AUTHOR = {
    noun: re.compile(
        r"(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,3})[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?"
        r"(?:filed|wrote|brought|lodged|sent|signed|issued)[ \u00a0]+(?:the|a|an|his|her|their)[ \u00a0]+"
        rf"(?:[a-z-]+[ \u00a0]+){{0,2}}?(?:{_EN_DOCUMENT_KIN.get(noun, noun)})\b"
    )
    for noun in EN_DOCUMENTS
}
#: organisation nouns whose lower-case description is the organisation's name (``the environment select
#: committee``)
_EN_DESCRIBED_ORGS = frozenset({"committee", "commission", "council"})
_EN_ORG_HEAD_ALT = "|".join(sorted(EN_ORG_EPITHET_HEADS | {"watchdog", "pressure group"}, key=len, reverse=True))
_EN_ORG_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
_EN_ORG_NAME = rf"{_EN_ORG_WORD}(?:[ \u00a0](?:(?:of|for|and|the|de)[ \u00a0])?{_EN_ORG_WORD}){{0,4}}"
#: (English) where an organisation is named before a description of it points back: ``the media watchdog,
#: Reporters Without Borders``, ``Next, the High Street retailer``, ``Next has said``, ``the environment select
#: committee`` (a committee, commission or council: its description is its name)
EN_ORG_INTRODUCED = re.compile(
    rf"(?<![\w-])the[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}?(?:{_EN_ORG_HEAD_ALT}),[ \u00a0]+(?P<appos>{_EN_ORG_NAME})"
    r"(?=[ \u00a0]*[.,;:]|[ \u00a0]+[a-z])"
    rf"|(?:^|(?<=[.!?][ \u00a0])|(?<=\n))(?P<subj>{_EN_ORG_NAME})"
    rf"(?:,[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}?"
    rf"(?:{_EN_ORG_HEAD_ALT}),|[ \u00a0]+(?:has|have|had)?[ \u00a0]*(?:said|says|announced|warned|reported))(?![\w-])"
    r"|(?<![\w-])the[ \u00a0]+(?P<described>(?:[a-z][\w-]*[ \u00a0]+){1,3}?(?:committee|commission|council))(?![\w-])"
)
EN_NOT_ORG_SUBJECT = frozenset({"It", "He", "She", "They", "We", "I", "The", "This", "That", "But", "And", "Mr", "Ms"})


#: (English) where an organisation is written before a description of it may point back: after an organisation
#: noun (``human rights watchdog Reporters Without Borders``, ``Monitoring firm Netcraft``), as the body a
#: spokesperson speaks for (``A spokesman for Reporters Without Borders``), or with an organisation noun ending its
#: name (``the International Atomic Energy Agency``)
EN_ORG_WRITTEN = re.compile(
    rf"(?<![\w-])(?P<head>{_EN_ORG_HEAD_ALT})[ \u00a0]+(?P<after>{_EN_ORG_NAME})"
    rf"|spokes(?:man|woman|person)[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?(?P<spoken>{_EN_ORG_NAME})"
    rf"|(?<![\w-])the[ \u00a0]+(?P<named>{_EN_ORG_NAME})"
)
#: organisation nouns that may describe any organisation (``the organisation``, ``the body``, ``the group``)
EN_ANY_ORG = frozenset({"organisation", "organization", "body", "group"})
#: organisation nouns for a business: ``the company`` may be the ``firm`` or ``carmaker`` named before
EN_BUSINESS_ORGS = frozenset(
    {"company", "firm", "corporation", "carmaker", "retailer", "airline", "bank", "broadcaster", "publisher"}
    | {"developer", "consultancy"}
)


#: a run of capitalised words inside a sentence (not its first word)
EN_MID_RUN = re.compile(
    r"(?<=[a-z,;:)][ \u00a0])[A-Z][\w&'’-]*(?:[ \u00a0](?:(?:of|for|and)[ \u00a0])?[A-Z][\w&'’-]*)*"
)


#: (English) the hearer alone after ``told`` ending the sentence: ``told the IPTV World Forum.``, ``told BBC News.``
EN_HEARER_ONLY = re.compile(
    r"[ \u00a0]*(?:the[ \u00a0]+)?[A-Z][\w'’&-]*(?:[ \u00a0]+[A-Z][\w'’&-]*){0,4}[ \u00a0]*\.?\s*"
)


def en_apposed_subject(subject: str, comma: int, registry: Registry) -> tuple[Speaker, int] | None:
    """(English) A subject with commas of its own after a statement (``..., her lawyer, Perry Wander,``): the
    speaker read after one of the two commas before ``comma``, the nearest first, and where it starts; only a
    known person."""
    for _ in range(2):
        comma = subject.rfind(",", 0, comma)
        if comma < 0:
            return None
        speaker = speaker_before_cue(subject[comma + 1 :], registry, "en")
        if speaker is not None and speaker.name and not speaker.pronoun and registry.is_known_person(speaker.name):
            return speaker, comma
    return None


#: (English) a sentence opened by ``For`` or ``To`` and a name (maybe a role before it, an apposition after it), then
#: a comma: whose view the sentence gives (``To Florida consultant Wilson, the party line is just plain silly.``;
#: after ``To`` a capitalised word or ``the``, not a verb: ``To stop Ted Cruz, ...`` is a purpose)
#: (English) a source quoting a person's words: ``London's Evening Standard quoted Mr Clarke telling Labour
#: activists ...``, ``Reuters quoted Mr Smith as saying ...``; the person, not the source, is whom a following he/she
#: stands for
EN_QUOTED_PERSON = re.compile(
    r"\bquoted[ \u00a0]+(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3})"
    r"[ \u00a0]+(?:as[ \u00a0]+)?(?:saying|telling|warning|adding)\b"
)
EN_FOR_VIEW = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))"
    r"(?:(?:But|And)[ \u00a0]+for|For|(?:(?:But|And)[ \u00a0]+to|To)(?=[ \u00a0]+(?:[A-Z]|the[ \u00a0])))[ \u00a0]+"
    r"(?:[a-z][\w-]*[ \u00a0]+|[A-Z][\w'’-]*[ \u00a0]+(?=[a-z])){0,3}"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2}),"
)
#: (English) a reported sentence ending in an inverted cue and a name (maybe its apposition): ``..., said
#: Jeremy Flynn, head of third party services at Vodafone.``, ``... the iceberg thinks Tim Danton, editor of X.``
_EN_TAIL_SAYER = re.compile(
    r"[,]?[ \u00a0]+(?:said|says|thinks|believes|argues|argued|explains|explained|added|adds|told|warned|warns)"
    r"[ \u00a0]+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})"
    r"(?:,[^.!?\"“”\n]{2,120})?\.(?=\s)"
)
#: (English) ``, but Johnson insisted``: a conjunction, a name and a speech verb in mid-sentence
EN_CONJOINED_SAYER = re.compile(
    rf"[,;][ \u00a0]+(?:but|and|while|although|though|whereas)[ \u00a0]+"
    rf"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){{0,2}})[ \u00a0]+(?:{EN})\b"
)

#: (English) a named person whom a relative clause of speech follows, maybe after a place and an apposition
#: (``... was supported by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said
#: ...``): a sayer, whom a following he/she stands for
EN_WHO_SAID = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})"
    r"(?:[ \u00a0]+of[ \u00a0]+[A-Z][\w.-]+(?:[ \u00a0][A-Z][\w.-]+)?)?"
    r"(?:,[ \u00a0]+[^,.!?;:\n\"“”()]{2,90})?,[ \u00a0]+who[ \u00a0]+"
    r"(?:said|says|told|added|argued|noted|warned|insisted|wrote)\b"
)


#: (English) ``CENTR, the Council of European National Top Level Domain Registries, agrees``
EN_ACRONYM_APPOSED = re.compile(
    r"(?:(?<=[.!?][ \u00a0])|(?<=\n))[A-Z]{2,8},[ \u00a0]+the[ \u00a0]+"
    r"(?P<full>[A-Z][\w'’-]*(?:[ \u00a0]+(?:of|for|and|on|[A-Z][\w'’-]*)){1,9}),[ \u00a0]+[a-z]"
)


#: (English) a reported clause without quote marks, then a comma and a he/she cue: ``Mr Blair has failed to tackle
#: these problems, he claimed``
#: that ends the clause (a full stop, or a comma and a speech participle), not a parenthetical in a relative or
#: content clause (``the prime minister who, he claims, is ramming ...``)
EN_PRONOUN_SAYER_AFTER = re.compile(
    rf"[^.!?;:\"“”\n]{{2,280}}?(?<![\w'’-]who)(?<![\w'’-]which)(?<![\w'’-]that),[ \u00a0]+(?:he|she)[ \u00a0]+"
    rf"(?:{EN})(?![\w-])[ \u00a0]*(?:[.;]|,[ \u00a0]+(?:saying|adding|insisting|arguing|warning|claiming)\b)"
)

#: (English) the same with a known person's name as the sayer, maybe after ``has``/``had``: ``..., Michael Howard has
#: said.``
EN_NAMED_SAYER_AFTER = re.compile(
    rf"[^.!?;:\"“”\n]{{2,280}}?(?<![\w'’-]who)(?<![\w'’-]which)(?<![\w'’-]that),[ \u00a0]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})"
    rf"[ \u00a0]+(?:(?:has|had)[ \u00a0]+)?(?:{EN})(?![\w-])[ \u00a0]*[.;]"
)
EN_CLAUSE_OPENER = re.compile(rf"(?P<open>{SUBORDINATOR_EN}[ \u00a0][^,.!?;:\n\"“”]{{1,180}}),[ \u00a0]+(?=[A-Z])")
#: (English) a list item's dash or bullet at the start of a line (`` - Britain's Paula Radcliffe has ...``)
EN_BULLET = re.compile(r"[ \u00a0]*[-–•*][ \u00a0]+(?=[A-Z])")


#: (English) a name written as an organisation's: ``Cambridge-based Ubisense``, or somewhere in the body
#: ``a spokesman for Ofcom``, ``The Ofcom spokesman``, ``Ofcom's spokeswoman``, ``an Ofcom report``
EN_BASED = re.compile(r"^[A-Z][\w'’.-]*-based[ \u00a0]")
EN_ORG_NOUNS = r"(?:spokes(?:man|woman|person)|report|statement|staff|employees|shareholders)"


#: the pieces of org_usage, compiled once: ``a spokesman for`` (``employees of``, ``shares in``) and its spaces,
#: ``the``, a word boundary, and an organisation noun after the name (``Ofcom's spokeswoman``, ``an Ofcom report``)
EN_ORG_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)[ \u00a0]+for|employees[ \u00a0]+of|shares[ \u00a0]+in)[ \u00a0]+"
)
EN_ORG_THE = re.compile(r"the[ \u00a0]+")
EN_WORD_BOUNDARY = re.compile(r"\b")
EN_ORG_NOUN_AFTER = re.compile(rf"(?:['’]s)?[ \u00a0]+{EN_ORG_NOUNS}\b")


@lru_cache(maxsize=4096)
def en_title_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?[ \u00a0]+{re.escape(surname)}\b")


#: (English) an indefinite speaker credited right after a quote: ``," said a Home Office spokesman``,
#: ``," one aide said``
EN_INDEFINITE_AFTER = re.compile(
    rf"[”\"’'\s,]*(?:(?i:{EN})[ \u00a0]+(?:a|an|one|another)[ \u00a0]"
    rf"|(?:a|an|one|another)[ \u00a0][^.!?\"“”\n]{{1,80}}?[ \u00a0](?i:{EN})\b)"
)

#: (English) a definite description credited right after a quote, pointing back to someone named before:
#: ``," said the spokesman.``, ``," the agent added.``, ``," the source told the paper``; not one that goes on
#: to a name (``," said the committee chairman, MP Edward Leigh``)
EN_DEFINITE_AFTER = re.compile(
    rf"[”\"’'\s,]*(?:(?i:{EN})[ \u00a0]+)?[Tt]he(?:[ \u00a0]+[a-z0-9][\w'’-]*){{1,4}}?"
    rf"(?=[ \u00a0]*(?:[.;:!?]|$)|[ \u00a0]*,(?![ \u00a0]*[A-Z])|[ \u00a0]+(?i:{EN})\b)"
)


#: (English) ``," the source told the paper``: a source is unnamed by definition, so a definite description of one
#: points back to no named speaker
EN_ANONYMOUS_AFTER = re.compile(
    rf"[”\"’'\s,]*(?:(?i:{EN})[ \u00a0]+)?[Tt]he[ \u00a0]+(?:[A-Za-z][\w'’-]*[ \u00a0]+){{0,2}}?"
    rf"(?:sources?|insiders?)(?:[ \u00a0]+(?i:{EN})\b|(?![\w'’-]))"
)


EN_ABBR_END = re.compile(rf"{EN_ABBR}[ \u00a0]*$")
#: (English) a sentence that characterises its subject's view (``... has a rather partisan viewpoint.``)
EN_VIEW_NOUN = re.compile(r"\b(?:viewpoint|view|views|opinion|verdict|perspective|outlook)[ \u00a0]*\.$")


#: (English) a sentence ending in its source: ``..., Mr Hadi points out.``, ``..., Smith argues.``
EN_SOURCE_LAST = re.compile(
    r",[ \u00a0]+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?|[A-Z][\w'’-]+)(?:[ \u00a0][A-Z][\w'’-]+){0,2})[ \u00a0]+"
    rf"(?:{EN}|points[ \u00a0]+out|pointed[ \u00a0]+out|observes)[ \u00a0]*\.$"
)


#: (English) a sentence opened by an unnamed person who speaks: a determiner (a, one, another, her, his, their,
#: its) or a possessive owner (``The prime minister's``, ``Mr Blair's``), up to three modifiers, a noun for
#: someone a report leaves unnamed, maybe a relative clause set off by commas, then a speech verb (``But her
#: spokesman insisted ...``, ``However, one dealer, who asked not to be named, told Reuters ...``)
_EN_UNNAMED_SUBJECT = (
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),?[ \u00a0]+)?"
    r"(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts"
    r"|(?:[Tt]he[ \u00a0]+)?(?:[A-Za-z][\w&-]*[ \u00a0]+){0,3}?[A-Za-z][\w&-]*['’]s)"
    r"[ \u00a0]+(?:[A-Za-z][\w'’&-]*[ \u00a0]+){0,3}?"
    r"(?:spokes(?:man|woman|person)|source|official|dealer|trader|insider|aide|diplomat|witness|friend|relative)"
    r"(?:,[ \u00a0]+(?:who|whose)\b[^,.!?;:\"“”\n]{1,60},)?"
)
#: (English) the same unnamed spokesperson, also after ``The`` and one to three modifiers (``The executive
#: spokeswoman said ...``, ``The Ofcom spokesman said ...``) or with the body spoken for after it (``A spokesman for
#: the UK Film Council said:``): a role the article gives no name, so a ``she``/``he`` after it is theirs
_EN_UNNAMED_SPOKESPERSON = (
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),?[ \u00a0]+)?"
    r"(?:(?:[Aa]|[Aa]n|[Aa]nother)[ \u00a0]+(?:[A-Za-z][\w'’&-]*[ \u00a0]+){0,3}?"
    r"|[Tt]he[ \u00a0]+(?:[A-Za-z][\w'’&-]*[ \u00a0]+){1,3}?)"
    r"spokes(?:man|woman|person)"
    r"(?:[ \u00a0]+(?:for|at|of)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w&'’-]*"
    # (the body's name may hold lower-case joining words: ``the Royal Society for the Protection of Animals``)
    r"(?:[ \u00a0]+(?:(?:of|for|and|on|the)[ \u00a0]+){0,2}[A-Z][\w&'’-]*){0,7})?"
)
#: (an indefinite spokesperson with any verb in the past or present: ``A spokesman for the Home Office defended the
#: proposals. He said: "..."``, someone speaking whatever the verb; not ``The Tory spokesman also criticised ...``, a
#: description of the person named before)
_EN_INDEFINITE_SPOKESPERSON = (
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),?[ \u00a0]+)?(?:[Aa]|[Aa]n|[Aa]nother)[ \u00a0]+"
    r"(?:[A-Za-z][\w'’&-]*[ \u00a0]+){0,3}?spokes(?:man|woman|person)"
    r"(?:[ \u00a0]+(?:for|at|of)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w&'’-]*[ \u00a0]+){0,5}?[A-Z][\w&'’-]*)?"
)
#: (English) an indefinite someone who asked not to be named, whatever the noun (``An adviser to Ouattara who asked
#: not to be named because he is not authorized to speak to the press said ...``)
_EN_ANONYMOUS_SAYER = (
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),?[ \u00a0]+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]+"
    r"[^.!?;:\"“”\n]{1,60}?,?[ \u00a0]+who[ \u00a0]+(?:asked|requested|spoke|declined|insisted)\b"
    r"[^.!?;:\"“”\n]{0,60}?\b(?:named|identified|anonymity)\b[^.!?;:\"“”\n]{0,80}?"
)
EN_UNNAMED_SAYER = re.compile(
    rf"(?:{_EN_UNNAMED_SUBJECT}|{_EN_UNNAMED_SPOKESPERSON}|{_EN_ANONYMOUS_SAYER})"
    rf"[ \u00a0]+(?:also[ \u00a0]+)?(?:{EN})\b"
    rf"|{_EN_INDEFINITE_SPOKESPERSON}[ \u00a0]+(?:also[ \u00a0]+)?[a-z]{{3,}}(?:ed|es)\b"
)
#: (English) a sentence's opening phrase and its comma (``In a live television broadcast announcing the measure, ``)
EN_OPENING_PHRASE = re.compile(r"[^,.!?;:\n\"“”]{1,110},[ \u00a0]+")
#: (English) the same unnamed subject opening a sentence that a colon ends right before a quote, whatever its
#: verb (``An All England club spokesperson denied Phillips made the remark, insisting: "``, ``The prime
#: minister's official spokesman also rejected the claims, saying: "``): the quote is that unnamed one's.
#: A sentence opened by a plural of anyone at all does the same (``Users will be able to ask: "What is this?"``,
#: ``Fans chanted: "..."``): no one in particular speaks.
_EN_GENERIC_PLURAL = (
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),?[ \u00a0]+)?(?:(?:Many|Some|Most|Other|Such)[ \u00a0]+)?"
    r"(?:Users|People|Fans|Customers|Consumers|Viewers|Listeners|Readers|Voters|Residents|Shoppers|Visitors"
    r"|Parents|Pupils|Students|Passengers|Motorists|Drivers|Callers|Subscribers|Supporters|Protesters"
    r"|Demonstrators|Crowds|Onlookers|Bystanders|Gamers|Surfers|Bloggers)"
)
EN_UNNAMED_COLON = re.compile(
    rf"(?:{_EN_UNNAMED_SUBJECT}|{_EN_GENERIC_PLURAL})[ \u00a0]+[a-z][^.!?;\"“”\n]*:[ \u00a0]*\Z"
)
#: (English) a sentence opened by ``The`` and an institution's capitalised name, its last word an institution
#: noun, then a speech verb and a colon right before a quote (``The Welsh Assembly Government said:``)
EN_INSTITUTION_COLON = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet|Still|Later|Earlier),?[ \u00a0]+)?The[ \u00a0]+"
    r"(?P<body>(?:[A-Z][\w&'’-]*[ \u00a0]+){0,4}(?:Government|Executive|Council|Office|Department|Ministry|Agency"
    r"|Commission|Authority|Board|Union|Party|Association|Federation|Committee|Service|Trust|Institute"
    r"|Foundation|Society|Organisation|Organization|Corporation|Company|Group|Bank))"
    rf"[ \u00a0]+(?:also[ \u00a0]+|later[ \u00a0]+|earlier[ \u00a0]+)?(?:{EN})[ \u00a0]*:[ \u00a0]*\Z"
)
#: (English) a sentence opened by a document (``The report said:``, ``The statement added:``, ``The document
#: reportedly said:``) that a colon ends right before a quote: the words are the document's author's, who is not
#: the person who spoke last (an organisation that spoke last may be that author: ``..., the OECD said. However,
#: the report warned: "``)
EN_DOCUMENT_COLON = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),?[ \u00a0]+)?(?:The|A|An|This)[ \u00a0]+"
    r"(?:[A-Za-z][\w'’&-]*[ \u00a0]+){0,2}?"
    r"(?:statement|report|document|letter|paper|study|survey|memo|leaflet|lawsuit|complaint|filing|ruling"
    r"|judgement|judgment|verdict|release|announcement|website|e-mail|email|article|note)"
    r"[ \u00a0]+[a-z][^.!?;\"“”\n]*:[ \u00a0]*\Z"
)


#: (English) a cue after a quote whose speaker is someone left unnamed, either order: ``," said a Juventus
#: official``, ``," a Home Office spokesman added``
_EN_UNNAMED_NOUN = (
    r"(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)[ \u00a0]+(?:[A-Za-z][\w'’&-]*[ \u00a0]+){0,3}?"
    r"(?:spokes(?:man|woman|person)|source|official|dealer|trader|insider|aide|diplomat|witness|friend|relative)"
    r"(?![\w'’-])"
)
EN_UNNAMED_AFTER = re.compile(
    rf"[\s,.\"”“'’]*(?:(?:{EN})[ \u00a0]+{_EN_UNNAMED_NOUN}"
    rf"|{_EN_UNNAMED_NOUN}[ \u00a0]+(?:also[ \u00a0]+)?(?:{EN})\b)"
)


#: (English) verbs of a stance a subject takes in words (``criticised the existing system``, ``accused both parties
#: of ...``, ``outlined his view``, ``believes the plan will fail``)
_EN_STANCE_VERBS = (
    r"accused|criticised|criticized|condemned|attacked|praised|defended|welcomed|dismissed|denied|rejected|blamed"
    r"|hailed|questioned|outlined|believes|thinks|feels|accuses|criticises|criticizes|condemns|attacks|praises"
    r"|defends|welcomes|dismisses|denies|rejects|blames|hails|questions"
    # ``Lawrence B. Cummings, called him a master at bolting together impossible business transactions.``
    r"|called|calls|described|describes"
)
#: (English) right after a sentence's named subject (maybe an apposition between commas, auxiliaries or adverbs):
#: a stance verb (``Robert Tapsfield criticised ...``, ``Verroken, a former director of ..., insists ...``)
_EN_STANCE_NEXT = re.compile(
    r"(?:,[ \u00a0]+[^,.;:!?\"“”()\n]{2,80},)?"
    r"(?:[ \u00a0]+(?:has|have|had|will|would|also|then|later|again|already|now|strongly|publicly|repeatedly))*"
    rf"[ \u00a0]+(?:{_EN_STANCE_VERBS}|{EN})\b"
)


#: (English) a participle of speech after a comma (``Liam Fox derided the photo call, saying:``)
EN_SPEAKING_PARTICIPLE = re.compile(r",[ \u00a0]+(?:saying|adding|insisting|arguing|warning|claiming|explaining)\b")
#: (English) a sentence framed by one phrase and its comma before its subject, a name (maybe a title before it, an
#: apposition after it, the comma that closes an apposition), then a speech or stance verb: ``At the turn of the
#: year, Kapranos told ...``, ``The unidentified woman's lawyer, Dolores M Troiani, said ...``
EN_FRAMED_TELLER = re.compile(
    r"[^,.;:!?\"“”()\n]{2,90},[ \u00a0]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]*\.?){0,3}),?"
    + _EN_STANCE_NEXT.pattern
)


def en_stance_next(body: str, start: int, end: int) -> bool:
    """(English) Whether the name opening the sentence ``body[start:end]`` is followed by a stance or speech verb."""
    run = NAME_RUN.match(body, start, end)
    return run is not None and _EN_STANCE_NEXT.match(body, run.end(), end) is not None


#: (English) a sentence opened by he/she as its subject: ``He pledged ...``, ``And she then stressed ...``
EN_PRONOUN_OPENER = re.compile(
    r"(?:(?:And|But|Then|So|Yet),?[ \u00a0]+)?(?P<pronoun>He|She)[ \u00a0]+(?:(?:also|then|later)[ \u00a0]+)?[a-z]"
)


#: (English) a paragraph of one short sentence of he/she's action: ``She pauses.``, ``He laughs and shakes his head.``
_EN_PRONOUN_LINE = re.compile(r"(?:He|She)[ \u00a0]+[a-z][^.!?\"“”\n]{0,60}[.!?]")


def en_pronoun_line_before(body: str, open_at: int) -> str | None:
    """(English) The gender of he/she in the one-line paragraph right before the paragraph a quote opens
    (``She pauses.``), else None."""
    start = paragraph_start(body, open_at)
    if body[start:open_at].strip() or start == 0:
        return None
    end = start - 1
    while end > 0 and body[end - 1].isspace():
        end -= 1
    line_start = body.rfind("\n", 0, end) + 1
    line = body[line_start:end].strip()
    match = _EN_PRONOUN_LINE.fullmatch(line)
    if match is None or len(line.split()) > 10:
        return None
    return PRONOUN_GENDER[line.split()[0].lower()]


#: (English) a short fragment in quote marks woven into the writer's sentence (``Labour was not "rattled".``)
EN_WOVEN_MARKS = re.compile(r"[\"“”](?P<inner>[^\"“”\n]{1,60})[\"“”]")
EN_WOVEN_LONG = re.compile(r"[\"“”](?P<inner>[^\"“”\n]{1,300})[\"“”]")
EN_ANY_MARK = re.compile(r"[\"“”]")


#: English words after which a quote opening in lower case may be the words said as a whole: verbs of saying
#: and characterising (``said "the win was ..."``, ``warned "we will ..."``, ``called "a cartel"``) and the
#: complementisers of reported speech (``argued that "we must not allow ..."``); not ``as``: ``described him as
#: "the best finisher ..."`` is the writer's noun phrase
_EN_INTRODUCING = EN_SPEECH_OBJECT | EN_CHARACTERISING | frozenset({"that", "if", "whether", "because"})


#: a quote ending in one of these inside its marks is a sentence or a clause closing on its own punctuation
#: (British usage leaves a fragment's full stop and comma outside the marks; American usage puts them inside
#: any quote, so there the fragment is kept, as before)
_EN_WOVEN_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Za-z][\w-]*)[ \u00a0]+$")
#: words opening a clause with a subject of its own (``told Reuters "we have no plans ..."``, ``telling the BBC
#: "there is ..."``, ``with the Lib Dems "what you see is what you get"``)
_EN_SUBJECT_OPENERS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "there", "what", "this", "these", "those", "my", "our", "your"}
    | {"their"}
)
_EN_CLOSING_INSIDE = frozenset(".!?…,")


def en_woven(body: str, item: Found, text: str) -> bool:
    """(English) a quote that opens in lower case right after a word of the author's clause that does not
    introduce speech, and holds no punctuation of its own at its end (``said in a statement that it would
    "continue to act ..."``, ``It blamed "continuing uncertainties ..."``, ``will ask firms to "roll over ..."``,
    ``a warning about a "threat to ..."``): a fragment woven into the writer's sentence, not a quote (gold
    README: it works inside the author's own sentence). A quote after a verb of saying or characterising or
    after ``that``, after a colon or comma, opening in capitals, or ending in ``.!?,`` inside its marks
    (``said it would "act for everyone."``, ``"is not right," he said``) is not touched. After a capitalised
    word (a name, a sentence's first word) the quote is its predicate or noun phrase (``said the MPC "may well
    consider ..."``, ``A "taxpayer subsidised ..."``) unless it opens with a subject of its own (``told Reuters
    "we have no plans ..."``)."""
    span = item.span
    if span is None or not text[:1].islower() or item.start != span.open_at + 1:
        return False
    if body[span.open_at - 1 : span.open_at] not in (" ", "\u00a0") or text.rstrip()[-1:] in _EN_CLOSING_INSIDE:
        return False
    match = _EN_WOVEN_BEFORE.search(body, max(0, span.open_at - 40), span.open_at)
    word = match.group("word") if match is not None else ""
    if not word:
        return False
    if word.lower() in _EN_INTRODUCING:
        return word.lower() in _EN_THING_OBJECT and _en_thing_phrase(text)
    if word[0].islower():
        return True
    first = WORD.match(text)
    return first is None or first.group().lower() not in _EN_SUBJECT_OPENERS


#: (English) cues whose object may be a thing rather than words: ``promised "several initiatives".``,
#: ``demanded "an apology".``, ``vowed "more help"``
_EN_THING_OBJECT = frozenset(
    {"promised", "promises", "pledged", "pledges", "vowed", "vows", "demanded", "demands", "urged", "urges"}
    | {"predicted", "predicts", "announced", "announces", "offered", "offers"}
)
#: (English) first words of a noun phrase of quantity or an indefinite one (not a clause's subject)
_EN_THING_OPENERS = frozenset(
    {"a", "an", "some", "several", "more", "no", "any", "many", "much", "few", "further", "greater", "better"}
    | {"new", "urgent", "immediate", "tough", "tougher", "real", "major", "significant", "substantial"}
)


def _en_thing_phrase(text: str) -> bool:
    """A short noun phrase (at most five words) opening with a quantity or an indefinite article: the
    object of ``promised``/``demanded``/``vowed`` woven into the writer's sentence, not the words said."""
    words = WORD.findall(text)
    return 0 < len(words) <= 5 and words[0].lower() in _EN_THING_OPENERS


def english_title(words: list[str], text: str, lang: str) -> bool:
    """A title in title case; in Indonesian text, an English one only, with an English small word
    (``“The Power of Giving”``, a slogan or title the article quotes, no one's words)."""
    if not title_case(words, text):
        return False
    return lang != "id" or any(w in SMALL_WORDS for w in words)
