"""Quotes and reported statements, with their speakers, ranked.

``extract_quotes`` is the stage's one entry point. It runs, in order:

1. ``quote_marks.find_quote_spans``: every span between double quotation marks;
2. reported statements (``Kirby mengatakan bahwa ...``, ``X said that ...``,
   ``Menurut X, ...``, ``..., kata X.``), found from their cue words;
3. for each quoted span, the attribution right after it (``," kata Kirby``,
   ``," he said``), else right before it (``Kirby said: "``), else the
   reported statement it sits inside, else the speaker of the sentence just
   before it (a quote standing alone continues the last attributed speaker);
4. pronoun speakers (``katanya``, ``kata dia``, ``he said``) take the last
   named speaker before them;
5. scare quotes, titles, headlines, markup and short terms are dropped; a short
   quote is kept when it is what someone said: the object of a verb of saying
   (``chanted "Lock her up!"``, ``told reporters, "We lost."``), the moved object
   of a characterising verb (``which he called "a cartel."``), a sentence of its
   own, or a partial quote a speech cue introduces; such an object quote takes
   the subject of its verb as speaker;
6. the remaining quotes are ranked (``rank`` 1 = best key quote).

All offsets point into ``body``; ``body[q.start:q.end] == q.text``. The
stage never raises on odd input and looks only at bounded windows around
each mark or cue, so it is linear in the length of the body.
"""

from __future__ import annotations

import bisect
import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.abbreviations import (
    EN_COMPANY_SUFFIXES,
    EN_LIST_END,
    EN_MONTHS,
    EN_NAME_SUFFIXES,
    EN_NUMBER_WORDS,
    EN_OTHER,
    EN_PLACE_PREFIXES,
    EN_TITLES,
    alternation,
)
from generator.attribution import (
    COMPANY,
    EN_PERSON_ROLES,
    EN_RELATIVE_END,
    PRONOUN_GENDER,
    Registry,
    Speaker,
    company_name,
    en_gap_holder,
    names_place,
    one_edit,
    organisation_team,
    sentence_subject,
    speaker_after_cue,
    speaker_before_cue,
    subject_of,
)
from generator.credits import blank_related_blocks
from generator.name_agreement import agreed_speaker
from generator.people import en_descriptor_word, given_names, lexicon
from generator.quote_marks import (
    ATTRIBUTION_INSIDE,
    DOUBLE_MARKS,
    OPENERS,
    QuoteSpan,
    find_quote_spans,
    paragraph_spans,
)
from generator.quote_words import (
    EN_CHARACTERISING,
    EN_CUES,
    EN_FUNCTION,
    EN_ORG_TAILS,
    EN_PARTICIPLES,
    EN_SPEECH_OBJECT,
    EN_TAG_NOUNS,
    EN_TAG_ONLY,
    EN_VOCAL,
    EN_VOCAL_NOUNS,
    ID_STANCE_VERBS,
    ID_SUBJECT_FIRST,
    ID_TAG_ONLY,
    ID_VERB_FIRST,
    ORG_WORDS,
    PARTIAL_CUES_EN,
    PARTIAL_CUES_ID,
    ROLE_WORDS,
    THUS_MEDIUM,
)
from generator.records import Organization, Person, Quote, QuoteKind
from generator.roles_en import (
    CAPITAL_HEADS,
    DEMONYMS,
    EPITHET_HEADS,
    LEAD_ROLES,
    OFFICE_HEADS,
    ORG_EPITHET_HEADS,
    PERSON_EPITHETS,
    ROLE_MODIFIERS,
)
from generator.speaker_check import checked_speaker

log = logging.getLogger(__name__)

WINDOW = 260  # characters looked at on either side of a quote
MAX_INDIRECT = 600  # longest reported statement kept, in characters

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”»’')\]]|$)")

_ID_VERB = "|".join(sorted(ID_VERB_FIRST, key=lambda w: (-len(w), w)))
_ID_TAG = "|".join(sorted(ID_VERB_FIRST | ID_TAG_ONLY, key=lambda w: (-len(w), w)))
_ID_SUBJ = "|".join(sorted(ID_SUBJECT_FIRST, key=lambda w: (-len(w), w)))
_EN = "|".join(sorted(EN_CUES, key=lambda w: (-len(w), w)))
_EN_TAG = "|".join(sorted(EN_CUES | EN_TAG_NOUNS, key=lambda w: (-len(w), w)))  # right after a closing mark

#: ``sebut saja``, ``katakan saja`` ("let us say", "for example") introduce examples, not anyone's words
_NO_IDIOM = r"(?![ \u00a0]+saja\b)"

# right after a closing mark
_ID_AFTER_VERB = re.compile(
    rf"^[\s,.!?;—–-]*(?:(?:demikian|begitu|seperti)\s+)?(?P<cue>{_ID_TAG})(?P<nya>nya)?\b{_NO_IDIOM}(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_ID_AFTER_SUBJ = re.compile(rf"^[\s,.!?;—–-]*(?P<subj>[^.!?\"“”\n]{{1,160}}?)\s+(?P<cue>{_ID_SUBJ})\b", re.IGNORECASE)
_EN_AFTER_VERB = re.compile(rf"^[\s,.!?;—–-]*(?P<cue>{_EN_TAG})\s+(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
# an English subject may hold abbreviation periods: ``Sen. Chuck Schumer (D-N.Y.) said``
_EN_ABBR_WORDS = alternation(EN_TITLES, EN_NAME_SUFFIXES, EN_PLACE_PREFIXES, EN_NUMBER_WORDS, EN_COMPANY_SUFFIXES)
_EN_ABBR = rf"\b(?:{_EN_ABBR_WORDS}|[A-Z])\."
#: (English) a word whose period may end no sentence: a title or an initial before a capital (``Sen. Al Franken``,
#: ``George W. Bush``), a number word or month before a digit (``No. 2``, ``Jan. 5``), a dotted abbreviation or a
#: company suffix before a lower-case word (``U.S. officials``, ``Acme Inc. said``); see ``_en_abbreviation``
_EN_ABBR_PERIOD = re.compile(
    rf"(?<![\w.])(?:(?P<title>{alternation(EN_TITLES, EN_PLACE_PREFIXES)})|(?P<initial>[A-Z])"
    rf"|(?P<num>{alternation(EN_NUMBER_WORDS, EN_MONTHS)})"
    rf"|(?P<dotted>(?:[A-Za-z]\.)+[A-Za-z]"
    rf"|{alternation(EN_COMPANY_SUFFIXES, EN_NAME_SUFFIXES, EN_OTHER, EN_LIST_END)}))\.$"
)
#: (English) what shows a titled name is not the clause's subject: a preposition or a verb before the title, maybe
#: with a place between (``joined on stage by Minnesota Sen. Al Franken``, ``calling Indiana Gov. Mike Pence``)
_EN_TITLE_AS_OBJECT = re.compile(
    r"(?<![\w'’-])(?:by|with|to|for|from|behind|against|of|on|at|about|than|like|between|[a-z]{2,}(?:ed|ing))"
    r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+){0,2}$"
)
#: (English) a capitalised word right before an initial: a middle initial (``Michael J. Petrilli``)
_EN_BEFORE_INITIAL = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \u00a0]+$")


def _en_abbreviation(text: str, at: int) -> bool:
    """(English) Whether the period at ``at`` ends an abbreviation, not a sentence: ``_EN_ABBR_PERIOD`` before a
    space and the kind of word that continues it (a capital after a title that a preposition or verb governs or
    after a middle initial, a digit after ``No.``, a lower-case word after ``U.S.``)."""
    match = _EN_ABBR_PERIOD.search(text, max(0, at - 12), at + 1)
    if match is None:
        return False
    nxt = at + 1
    while nxt < len(text) and text[nxt] in " \u00a0":
        nxt += 1
    if nxt == at + 1 or nxt >= len(text):
        return False
    if match.group("title"):
        # a title opening the subject's words (``Former Rep. Jane Harman called it``) is cut as before: the
        # subject readers take the name after it
        lo = max(0, match.start() - 40)
        return text[nxt].isupper() and _EN_TITLE_AS_OBJECT.search(text, lo, match.start()) is not None
    if match.group("initial"):
        lo = max(0, match.start() - 30)
        return text[nxt].isupper() and _EN_BEFORE_INITIAL.search(text, lo, match.start()) is not None
    if match.group("num"):
        return text[nxt].isdigit()
    return text[nxt].islower()


_EN_SUBJ_CHAR = rf"(?:{_EN_ABBR}|[^.!?\"“”\n]|\.(?=[\w,;)’'-]))"
_EN_AFTER_SUBJ = re.compile(
    rf"^[\s,.!?;—–-]*(?P<subj>{_EN_SUBJ_CHAR}{{1,200}}?)\s+(?P<cue>{_EN_TAG})\b", re.IGNORECASE
)
#: (English) the subject of a noun-like tag (``remarks``): a name of up to four capitalised words, maybe after an
#: honorific, or he/she
_EN_TAG_NOUN_SUBJECT = re.compile(r"[Hh]e|[Ss]he|(?:[A-Z][\w'’.-]*[ \u00a0]+){0,3}[A-Z][\w'’-]*")
_EN_CUE_WORD = re.compile(rf"\b(?P<cue>{_EN})\b", re.IGNORECASE)
_EN_PARTICIPLE = re.compile(
    rf"(?:,\s*(?P<cue>{'|'.join(sorted(EN_PARTICIPLES))})\b(?P<tail>[^.!?\"“”]{{0,60}}?)[\s,:]*"
    rf"|[ \u00a0]+(?P<bare>{'|'.join(sorted(EN_PARTICIPLES))})[ \u00a0]*:[ \u00a0]*)$",
    re.IGNORECASE,
)
#: a byline after a quote: ``“...” ― Steve Quinlan`` (a short capitalised name ending its line or sentence)
_DASH_NAME = re.compile(
    r"^[\s\u00a0]*[―—][\s\u00a0]*(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){1,3})[\s\u00a0.]*$"
)
_EN_ACCORDING = re.compile(r"^[\s,.!?;—–-]*(?P<cue>according to)\s+(?P<rest>.*)", re.IGNORECASE | re.DOTALL)

# right before an opening mark (the text is the clause that ends at the mark)
_ID_BEFORE_SUBJ = re.compile(
    rf"(?P<subj>.*?)\s*\b(?P<cue>{_ID_SUBJ})\b(?P<tail>[^.!?\"“”]{{0,80}}?)[\s,:]*$", re.IGNORECASE | re.DOTALL
)
_ID_BEFORE_VERB = re.compile(
    rf"\b(?P<cue>{_ID_VERB}){_NO_IDIOM}\s+(?P<rest>[^.!?\"“”]{{1,160}}?)[\s:]*$", re.IGNORECASE
)
_EN_BEFORE_SUBJ = re.compile(
    rf"(?P<subj>.*?)\s*\b(?P<cue>{_EN})\b(?P<tail>[^.!?\"“”]{{0,80}}?)[\s,:]*$", re.IGNORECASE | re.DOTALL
)
_MENURUT = re.compile(r"\b(?P<cue>menurut|according to)\s+(?P<rest>[^,.!?\"“”]{1,160}),", re.IGNORECASE)
_COLON_NAME = re.compile(r"(?P<subj>[^.!?\"“”:]{1,120}):\s*$")

# reported statements, found anywhere
_CUE_CANDIDATE = re.compile(r"(?<!\w)[^\W\d_]{3,20}(?!\w)")
_ID_TRAILING = re.compile(
    rf",\s*(?P<cue>{_ID_VERB})(?P<nya>nya)?\b{_NO_IDIOM}(?P<rest>[^.!?\"“”\n]{{0,160}})", re.IGNORECASE
)
_THAT = re.compile(r"\b(bahwa|that)\b", re.IGNORECASE)
#: verbs whose bare clause is the statement; any other cue needs ``bahwa``/``that`` or a comma
_STRONG_CUES = frozenset({"mengatakan", "berkata", "menyatakan", "menegaskan", "said", "says"})


@dataclass
class _Found:
    start: int
    end: int
    kind: QuoteKind
    cue: str | None
    cue_at: int  # where the attribution was found (for pronoun order)
    speaker: Speaker | None
    cued: bool  # a cue stands right next to the quote
    span: QuoteSpan | None = None
    name: str | None = None
    via: str = ""  # which rule gave the quote its speaker (for evaluation)
    short: str = ""  # why a short quote was kept ("standalone", "partial", "object")
    again: bool = False  # ``ujarnya lagi``: continues the speaker of the quote before
    verb_subject: str | None = None  # the text before the speech verb a short quote is the object of


def _resolver() -> Callable[[str, list[Person]], Person | None] | None:
    """The people stage's surname resolver, when that module is present."""
    try:
        module = importlib.import_module("generator.entities")
    except Exception:
        return None
    resolver = getattr(module, "resolve_person", None)
    return resolver if callable(resolver) else None


def extract_quotes(body: str, language: str, people: list[Person], organizations: list[Organization]) -> list[Quote]:
    """Direct quotes and reported statements of ``body``, ranked, in text order."""
    return [quote for quote, _ in extract_quotes_traced(body, language, people, organizations)]


def extract_quotes_traced(
    body: str, language: str, people: list[Person], organizations: list[Organization]
) -> list[tuple[Quote, str]]:
    """``extract_quotes`` with, for each quote, the rule that gave its speaker (for evaluation).

    The rule is ``cue-after``, ``cue-before``, ``colon``, ``container``, ``subject``,
    ``last-same``, ``next``, ``last-prev``, ``verb`` (the subject of the speech verb a short
    quote is the object of) or ``""``; ``+pronoun`` marks a resolved pronoun and
    ``+standalone`` / ``+partial`` / ``+object`` a short quote kept by that rule.
    """
    try:
        return _extract(body, language, people, organizations)
    except Exception:
        log.exception("quote extraction failed; no quotes for this article")
        return []


def _extract(
    body: str, language: str, people: list[Person], organizations: list[Organization]
) -> list[tuple[Quote, str]]:
    if not body or not body.strip():
        return []
    lang = (language or "").lower()[:2]
    body = blank_related_blocks(body)  # a related story's title names no one in this article
    registry = Registry(people or [], organizations or [], _resolver())
    registry.read(body, lang)
    paragraphs = paragraph_spans(body)
    spans = _join_stray_mark(body, find_quote_spans(body, lang), lang, registry)
    quoted = [(s.open_at, (s.close_at + 1) if s.close_at is not None else s.end) for s in spans]
    found: list[_Found] = []
    for span in spans:
        registry.cursor = span.open_at
        found.append(_attribute(body, span, lang, registry))
    found.extend(_reported(body, lang, registry, quoted))
    found.sort(key=lambda f: (f.cue_at, f.start))
    pronouns = [f.cue_at for f in found if f.speaker is not None and f.speaker.pronoun]
    # sentence subjects only matter as antecedents of pronoun cues, and only before the last one
    mentions = _subject_mentions(body[: max(pronouns)], quoted, registry) if lang in ("id", "en") and pronouns else []
    _resolve_names(found, registry, mentions)
    direct = [f for f in found if f.kind == "direct"]
    indirect = [f for f in found if f.kind == "indirect"]
    _inherit(body, direct, indirect, paragraphs, registry, lang)
    kept = [f for f in direct if _is_quote(body, f, lang)]
    if lang == "en":
        kept = _split_paragraphs(body, kept, registry)
    _object_speakers(kept, registry, lang)
    kept += indirect
    return _agreed_speakers(_rank(body, kept), body, people or [], organizations or [], lang)


def _agreed_speakers(
    items: list[tuple[Quote, str]], body: str, people: list[Person], organizations: list[Organization], lang: str
) -> list[tuple[Quote, str]]:
    """Each speaker under the people list's name for the same person (``Komnas HAM Nurkholis`` ->
    ``Nurkholis``): see :func:`generator.name_agreement.agreed_speaker`."""
    out: list[tuple[Quote, str]] = []
    for quote, via in items:
        if quote.speaker:
            name: str | None = agreed_speaker(quote.speaker, people, organizations, body, lang)
            if lang == "en" and name and (people or organizations):  # the check reads the article's entities
                name = checked_speaker(name, body, quote.start, people, organizations, "pronoun" in via, quote.end)
            if name != quote.speaker:
                quote = replace(quote, speaker=name)
        out.append((quote, via))
    return out


# --- direct quotes ---------------------------------------------------------


#: an interview transcript's speaker label opening a paragraph (after its mark): ``WALLACE: ...``, ``GOV. PENCE: ...``
_TRANSCRIPT_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’-]+(?:[ \u00a0][A-Z][A-Z.'’-]+){0,3}):")


def _split_paragraphs(body: str, items: list[_Found], registry: Registry) -> list[_Found]:
    """A quote over several paragraphs, cut into one quote per paragraph (English) where each is a statement:

    * a transcript (``Partial transcript as follows:`` then ``"WALLACE: ...``, ``"PENCE: ...``, closed
      only at its end): each paragraph is the words of the all-caps speaker labelling it (an unlabelled
      paragraph continues the last label); the quote opens with a label and two paragraphs carry one;
    * two paragraphs, the second closed with the attribution right after it (``"A ...`` / ``"B ...," he
      said.``): the second is a quote of its own, the first an unclosed paragraph of the same speaker.
    """
    out: list[_Found] = []
    for item in items:
        span = item.span
        if span is None or span.paragraphs < 2:
            out.append(item)
            continue
        pieces = _paragraph_pieces(body, item.start, item.end)
        labels = [_TRANSCRIPT_LABEL.match(body, a) for a, _ in pieces]
        if labels and labels[0] is not None and sum(m is not None for m in labels) >= 2:
            name = None
            for (a, b), m in zip(pieces, labels, strict=True):
                if m is not None:
                    name = registry.canonical(m.group("label").title())
                    a = m.end()
                    while a < b and body[a].isspace():
                        a += 1
                if a < b:  # the label is the speaker: nothing of the cue that closed the whole transcript
                    out.append(replace(item, start=a, end=b, name=name, via="label", speaker=Speaker(name, None),
                                       verb_subject=None))
        elif span.paragraphs == 2 and item.via.startswith("cue-after") and len(pieces) == 2:
            out.extend(replace(item, start=a, end=b) for a, b in pieces)
        else:
            out.append(item)
    return out


def _paragraph_pieces(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty paragraphs of ``body[start:end]``, each trimmed of space and quotation marks."""
    pieces: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = body.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and (body[a].isspace() or body[a] in DOUBLE_MARKS):
            a += 1
        while b > a and (body[b - 1].isspace() or body[b - 1] in DOUBLE_MARKS):
            b -= 1
        if _WORD.search(body, a, b):
            pieces.append((a, b))
        pos = stop + 1
    return pieces


def _join_stray_mark(body: str, spans: list[QuoteSpan], lang: str, registry: Registry) -> list[QuoteSpan]:
    """One attributed statement that the mark scanner cut in two at a sentence end (Indonesian):

    * ``"A. B. "C," begitu tulisnya``: three straight marks, the middle one after a sentence end and
      before a short closing sentence (six words at most). The scanner reads the middle mark as a new
      quote opening and leaves the first unclosed; the attribution covers the whole run, the middle mark
      is a stray inside it;
    * ``“A.  “B,” kata dia`` (kompas scrape): the quote runs over a lost paragraph break (two spaces)
      and the next paragraph re-opens it, the usual continuation convention.

    The piece after the mark must be closed and attributed; the result is one quote from the first mark
    to the last."""
    if lang != "id" or len(spans) < 2:
        return spans
    out: list[QuoteSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.close_at is None
            and span.close_at is not None
            and span.paragraphs == 1
            and not body[prev.end : span.open_at].strip()
            and "\n" not in body[prev.open_at : span.open_at]
            and body[prev.end - 1 : prev.end] in ".!?"
            and (
                (body[span.open_at] == '"' and len(body[span.start : span.end].split()) <= 6)
                or "  " in body[prev.end : span.open_at]
                or (body[span.open_at] == body[prev.open_at] and body[span.open_at] in OPENERS)
            )
            and _after_cue(_after_window(body, span), lang, registry)[1] is not None
        ):
            out[-1] = QuoteSpan(prev.start, span.end, prev.open_at, span.close_at, prev.paragraphs)
            continue
        out.append(span)
    return out


def _paragraph_end(body: str, pos: int) -> int:
    nl = body.find("\n", pos, pos + WINDOW)
    return nl if nl >= 0 else min(len(body), pos + WINDOW)


def _paragraph_start(body: str, pos: int) -> int:
    nl = body.rfind("\n", max(0, pos - WINDOW), pos)
    return nl + 1 if nl >= 0 else max(0, pos - WINDOW)


def _after_window(body: str, span: QuoteSpan) -> str:
    if span.close_at is None:
        # ``"A B, kata Budi.``: an unclosed quote the scanner ended before its attribution
        return body[span.end : _paragraph_end(body, span.end)] if ATTRIBUTION_INSIDE.match(body, span.end) else ""
    start = span.close_at + 1
    end = _paragraph_end(body, start)
    text = body[start:end]
    for i, ch in enumerate(text):
        if ch in DOUBLE_MARKS:
            return text[:i]
    return text


#: (English) a short quoted title or scare-quoted word inside a sentence, ending the text: a word
#: (or a digit or a possessive) and a space before the opening mark, at most 41 characters without a sentence end,
#: maybe a comma, the closing mark (``a class called "Perception"``, ``the CNN "reporter,"``)
_EN_INLINE_TITLE = re.compile(
    r"(?<=[A-Za-z0-9’'][ \u00a0])[\"“](?P<title>[A-Za-z0-9][^.!?;:\"“”\n]{0,40}?(?<![ \u00a0]),?)[\"”]$"
)


def _before_window(body: str, span: QuoteSpan, lang: str = "", over_titles: bool = False) -> str:
    end = span.open_at
    start = _paragraph_start(body, end)
    text = body[start:end]
    if not text.strip() and start > 0:
        # a quote opening its paragraph: the previous paragraph may introduce it (``Cruz continued:``)
        prev_end = start - 1
        while prev_end > 0 and body[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end > 0 and body[prev_end - 1] == ":":
            text = body[_paragraph_start(body, prev_end) : prev_end]
    for i in range(len(text) - 1, -1, -1):
        if text[i] in DOUBLE_MARKS:
            inline = _EN_INLINE_TITLE.search(text, 0, i + 1) if over_titles else None
            if inline is not None:
                # (over_titles) ``Carson shared a syllabus for a class called "Perception" on his page, writing
                # "``, ``Kerpen needled the CNN "reporter," saying, "``: a short title or scare-quoted word inside
                # the sentence is no quote that ends the clause; the clause runs on over it (its marks dropped)
                head = text[: inline.start()]
                cut = max((j for j, ch in enumerate(head) if ch in DOUBLE_MARKS), default=-1)
                text = head[cut + 1 :] + inline.group("title") + text[i + 1 :]
                break
            text = text[i + 1 :]
            break
    # the clause: from the last sentence end (in English not an abbreviation's period: ``... joined on stage by
    # Sen. Al Franken and joked, "``)
    last = None
    for match in _SENTENCE_END.finditer(text):
        if lang == "en" and text[match.start()] == "." and _en_abbreviation(text, match.start()):
            continue
        last = match
    if last is not None:
        text = text[last.end() :]
    return text


#: (English) a participle cue ending the window, its comma maybe inside the title's closing mark before it
#: (``the CNN "reporter," saying, "``)
_EN_PARTICIPLE_AFTER_TITLE = re.compile(rf"(?:^|,)[ \u00a0]*(?:{'|'.join(sorted(EN_PARTICIPLES))})\b[^\"“”]{{0,60}}$")


def _en_participle_over_title(body: str, span: QuoteSpan, registry: Registry) -> tuple[Speaker, str] | None:
    """(English) ``Carson shared a syllabus for a class called "Perception" on his page, writing "``: the window
    before the quote stops at the short title's closing mark, so the participle finds no subject; read over the
    title to the sentence's named subject (a name only: no he/she, no subject-less clause)."""
    text = _before_window(body, span, "en", over_titles=True)
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
    rf"[ \u00a0]*(?P<subj>[A-Z][^.!?,;:\"“”\n]{{0,60}}?)[ \u00a0]+(?P<cue>{_EN})(?:[ \u00a0]+(?:back|in|on))?"
    r"[ \u00a0]*[,:][ \u00a0]*",
)


def _en_introduces_next(body: str, span: QuoteSpan, after: str) -> bool:
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
_EN_PERIOD_AFTER_MARK = re.compile(r"\.[ \u00a0]+[A-Z]")


def _attribute(body: str, span: QuoteSpan, lang: str, registry: Registry) -> _Found:
    after = _after_window(body, span)
    before = _before_window(body, span, lang)
    close = span.close_at if span.close_at is not None else span.end
    closed = lang == "en" and (
        (body[span.end - 1 : span.end] == "." and after.lstrip()[:1].isupper())
        or _EN_PERIOD_AFTER_MARK.match(after) is not None  # ``"We are providing a consensus". The ...``
    )
    tagged = lang == "en" and (body[span.end - 1 : span.end] == "," or after[:1] == ",")
    head = body[max(0, span.open_at - 4) : span.open_at].rstrip(" \u00a0")
    opens = lang == "en" and (not head or head[-1] in ".!?\n\"”’'")  # the quote opens its sentence
    if lang == "en" and span.close_at is not None and _en_introduces_next(body, span, after):
        # ``"...Libya?" Mills then writes back, "You look cute."``: the clause after a quote that ended its
        # sentence introduces the next quote by a comma or colon; it is not this quote's attribution
        after = ""
    speaker, cue = _after_cue(after, lang, registry, closed, tagged, opens)
    if speaker is None and cue is None and lang == "id" and body[span.start : span.end].endswith(","):
        speaker, cue = _misspelt_cue(after, registry)
        if speaker is None:
            speaker, cue = _name_verb_tag(after, registry)
    cue_at, via = close, "cue-after"
    if closed and cue is not None and (speaker is None or before.rstrip().endswith(":")):
        # ``Moya admitted: "...obsessed." Krasner revealed that his consortium has been asked ...``: the new
        # sentence names no speaker of this quote; an attribution before it does. After ``Souness added: "...."``
        # the colon's clause introduced the quote, whatever the next sentence names (``Souness joined ...``)
        named, named_cue = _before_cue(before, lang, registry)
        if named is not None and (named.name or named.pronoun):
            speaker, cue, cue_at, via = named, named_cue, span.open_at, ("colon" if named_cue == ":" else "cue-before")
    elif (
        lang == "en"
        and cue is not None
        and body[span.end - 1 : span.end] in "?!"
        and after.lstrip()[:1].isupper()
        and before.rstrip().endswith(":")
    ):
        # ``X asked of the Iraq war: "...?" On immigration, Y said: "``: a speech verb before the colon introduced
        # the quote that ends its sentence; a bare colon (``The question is: "...?"``) does not
        named, named_cue = _before_cue(before, lang, registry)
        if named is not None and (named.name or named.pronoun) and named_cue != ":":
            speaker, cue, cue_at, via = named, named_cue, span.open_at, "cue-before"
    if speaker is None and cue is None and lang == "en" and span.close_at is not None and not after.strip():
        credit = _dash_credit_line(body, span.close_at + 1, before, registry)
        if credit is not None:
            speaker, cue, cue_at, via = credit, "―", close, "cue-after"
    if speaker is None and cue is None:
        speaker, cue = _before_cue(before, lang, registry)
        cue_at, via = span.open_at, ("colon" if cue == ":" else "cue-before")
    if speaker is None and cue is None and lang == "en" and _EN_PARTICIPLE_AFTER_TITLE.search(before) is not None:
        titled = _en_participle_over_title(body, span, registry)
        if titled is not None:
            speaker, cue, cue_at, via = titled[0], titled[1], span.open_at, "cue-before"
    if speaker is None and lang == "en" and _EN_CONJOINED_ONLY.fullmatch(before):
        # ``Coria conceded that Rochus "played just too good," and added: "``: the window stops at the partial
        # quote; the subject of the sentence's first cue speaks
        conjoined = _conjoined_subject(body, span.open_at, registry)
        if conjoined is not None:
            speaker, cue, cue_at, via = conjoined[0], conjoined[1], span.open_at, "cue-before"
    if speaker is None and cue is None and lang == "id":
        speaker, cue = _subject_verb_before(before, registry)
    if speaker is None and cue is None and lang == "id":
        speaker, cue = _pronoun_sentence_before(body, span.open_at)
    if cue is None:
        via = ""
    found = _Found(span.start, span.end, "direct", cue, cue_at, speaker, cue is not None, span, via=via)
    found.again = via == "cue-after" and lang == "id" and bool(_AGAIN.match(after))
    return found


#: (English) a paragraph of its own that credits the quote paragraph before it: a dash, a name (maybe a comma and a
#: short description) and nothing else (``- Sanders.``, ``-Michelle Marks, Philadelphia.``, ``— President Obama,
#: tweeting after Clinton's speech.``)
_EN_DASH_CREDIT_LINE = re.compile(
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)+[-–—―][ \u00a0]*(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3})"
    r"(?:[ \u00a0]*,[^\n\"“”]{1,80})?[ \u00a0.]*(?:\n|$)"
)


def _dash_credit_line(body: str, at: int, before: str, registry: Registry) -> Speaker | None:
    """(English) The known person a dash credit line names right after a quote that is a whole paragraph
    (``"Boeing and GE ... pay zero taxes."`` then ``- Sanders.``), else None."""
    if before.strip():
        return None
    match = _EN_DASH_CREDIT_LINE.match(body, at)
    if match is None:
        return None
    speaker = speaker_after_cue(match.group("name").rstrip("."), registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun:
        return None
    return speaker


#: a clause of a subject (a pronoun, an epithet or a name), maybe an adverb, and an active verb, then a comma or
#: colon right before the quote: ``Ia kemudian melanjutkan, "...``, ``Dia pun bercerita: "...``,
#: ``Sang aktor melanjutkan, "...``, ``Manajer PT Maju Budi Santoso mengucapkan, "...``
_SUBJECT_VERB_COMMA = re.compile(
    r"[ \u00a0]*(?P<subj>[A-Z][^,.!?:;\"“”\n]{0,120}?)[ \u00a0]+"
    r"(?:(?:juga|pun|lalu|kemudian|sempat|lantas)[ \u00a0]+)?"
    r"(?P<cue>(?:me|ber)[a-z]{3,})[ \u00a0]*[,:][ \u00a0]*"
)
#: a pronoun subject: ``Ia``, ``Dia``, ``Beliau``
_PRONOUN_SUBJECT = re.compile(r"Dia|Ia|Beliau")
#: ``Sang aktor``, ``Sang pelatih muda``: ``sang`` and a plain lower-case noun (no kin noun: ``sang ayah`` is
#: somebody's father, often a new person) point back to someone named before
_SANG_EPITHET = re.compile(
    r"Sang[ \u00a0]+(?!(?:ayah|ibu|anak|istri|suami|adik|kakak|putra|putri|kakek|nenek)\b)[a-z][a-z-]{2,}"
    r"(?:[ \u00a0][a-z][a-z-]{2,}){0,2}"
)


def _subject_verb_before(before: str, registry: Registry) -> tuple[Speaker | None, str | None]:
    """A quote after a clause that is only a pronoun subject and an active verb (``Ia kemudian melanjutkan, "``),
    the verb no listed cue: the verb introduces the quote, so the pronoun speaks (resolved as ``katanya``). An
    epithet subject (``Sang aktor melanjutkan, "``, ``Pria asal Bandung itu menambahkan, "``) speaks as a
    description after a cue does (``kata pria itu``): it points back to someone named before. A named subject
    (``Manajer PT Maju Budi Santoso mengucapkan, "``) speaks."""
    match = _SUBJECT_VERB_COMMA.fullmatch(before)
    if match is None:
        return None, None
    subject, cue = match.group("subj"), match.group("cue").lower()
    if _PRONOUN_SUBJECT.fullmatch(subject):
        return Speaker(None, None, pronoun=True), cue
    if _SANG_EPITHET.fullmatch(subject):
        return Speaker(None, None, pronoun=True, epithet=True), cue
    described = speaker_after_cue(subject[:1].lower() + subject[1:], registry, "id")
    if described is None or not described.pronoun or not (described.epithet or described.gender == COMPANY):
        described = speaker_after_cue(subject, registry, "id")
    if described is not None and described.pronoun and (described.epithet or described.gender == COMPANY):
        return described, cue
    named = speaker_before_cue(subject, registry, "id")
    if named is None or not named.name:
        named = _known_before_setting(subject, registry)  # ``CEO Wavecell Olivier Gerhardt dalam rilisnya``
    if named is not None and named.name and not named.pronoun:
        return named, cue
    return None, None


#: a sentence that a pronoun subject and a speech verb open (``Dia menilai ...``, ``Ia juga menegaskan ...``)
_PRONOUN_SAYS = re.compile(
    rf"(?:Dia|Ia|Beliau)[ \u00a0]+(?:(?:juga|pun|lalu|kemudian|sempat)[ \u00a0]+)?(?P<cue>{_ID_SUBJ})\b"
)


def _pronoun_sentence_before(body: str, open_at: int) -> tuple[Speaker | None, str | None]:
    """A bare quote right after a sentence of the same paragraph whose subject is ``Dia``/``Ia`` and whose
    verb is a speech verb (``Dia menilai Indonesia perlu bersaing. "Reformasi diharapkan."``): that pronoun
    speaks, and it resolves as ``katanya`` does."""
    end = open_at
    while end > 0 and body[end - 1] in " \t\u00a0":
        end -= 1
    if end == 0 or body[end - 1] not in ".!?":
        return None, None
    start = _clause_start(body, end - 1)
    if body.find("\n", start, end) >= 0 or any(mark in body[start:end] for mark in DOUBLE_MARKS):
        return None, None
    match = _PRONOUN_SAYS.match(body, start, end)
    if match is None:
        return None, None
    return Speaker(None, None, pronoun=True), match.group("cue").lower()


#: ``"...," ujarnya lagi``: the speaker of the quote before, whoever was named in between
_AGAIN = re.compile(r"^[\s,.!?;—–-]*\w+(?:nya|[ \u00a0]+(?:dia|ia|beliau))[ \u00a0]+lagi\b", re.IGNORECASE)


#: a stray comma between a verb-first cue and a capitalised name: ``"...," ujar, Budi, yang juga ...``
_STRAY_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*(?=[A-Z])")


#: (English) a subordinator opening the subject read after a quote, with no comma up to the cue: ``when Clinton``,
#: ``after Jones`` (``when asked, Smith said`` has its main clause after the comma)
_EN_SUBORDINATE_SUBJ = re.compile(
    r"[\s,]*(?:when|whenever|after|before|while|because|since|until|unless|if|although|though|once)[ \u00a0]+[^,]*$",
    re.IGNORECASE,
)


def _after_cue(
    after: str, lang: str, registry: Registry, closed: bool = False, tagged: bool = False, opens: bool = False
) -> tuple[Speaker | None, str | None]:
    """The speaker and cue of the attribution right after a quote. ``closed`` (English): the quote ends
    its sentence (``."``) and a capital follows, so a subject-verb clause after it is a new sentence.
    ``tagged`` (English): the quote ends in a comma (``,"`` or ``",``), so the clause after it is its tag.
    ``opens`` (English): the quote opens its sentence."""
    if not after:
        return None, None
    dash = _DASH_NAME.match(after[:80]) if "\n" in after[:80] or len(after) <= 80 else None
    if dash is None:
        dash = _DASH_NAME.match(after.split("\n", 1)[0])
    if dash is not None:
        speaker = speaker_after_cue(dash.group("name").rstrip("."), registry, lang)
        if speaker is not None and speaker.name:
            return speaker, "―"
    if lang != "en":
        match = _ID_AFTER_VERB.match(after)
        if match and not _tag_only_in_place(match, after):
            match = None
        if match:
            cue = match.group("cue").lower()
            if match.group("nya"):
                return Speaker(None, None, pronoun=True), cue + "nya"
            rest = match.group("rest")
            stray = _STRAY_COMMA.match(rest)
            if stray is not None:
                rest = rest[stray.end() :]  # ``"...," ujar, Habiburokhman, yang juga ...``: a typo comma
            return speaker_after_cue(rest, registry, lang), cue
        match = _ID_AFTER_SUBJ.match(after)
        if match and len(match.group("subj").split()) <= 10:
            return speaker_before_cue(match.group("subj"), registry, lang), match.group("cue").lower()
        verbless = _verbless_credit(after, registry)
        if verbless is not None:
            return verbless, ","
        thus, cue = _thus_credit(after, registry)
        if cue is not None:
            return thus, cue
    if lang != "id":
        read = _en_statement_read(after, registry)
        if read is not None:
            return read, "read"  # ``," a BBC statement read.``, ``," read a statement from the firm.``
        match = _EN_AFTER_VERB.match(after) or _EN_ACCORDING.match(after)
        if match and closed and match.group("cue") == "Asked":
            # ``"...half-time." Asked if his honeymoon was over, Mourinho replied: "``: an opening participle
            # phrase of a new sentence, not this quote's attribution
            return None, None
        if match:
            statement = _en_org_statement(match.group("rest"), registry, after=True)
            if statement is not None and match.re is _EN_AFTER_VERB:
                return statement, match.group("cue").lower()  # ``," said an FA statement.``
            epithet = _en_epithet_after(match.group("rest")) if match.re is _EN_AFTER_VERB else None
            if epithet is not None:
                return epithet, match.group("cue").lower()  # ``," said the world indoor champion, who ...``
            return speaker_after_cue(match.group("rest"), registry, lang), match.group("cue").lower()
        titled = _EN_TITLED_CREDIT.match(after)
        if titled is not None:
            # ``"...," Mr Champion.``: a verbless credit, a title and a surname ending the sentence
            speaker = speaker_after_cue(titled.group("name"), registry, lang)
            if speaker is not None and speaker.name and not speaker.pronoun:
                return speaker, ","
        quoting = _en_quoted_as_saying(after, registry)
        if quoting is not None:
            return quoting
        match = _EN_FUTURE_AFTER.match(after) or _EN_AFTER_SUBJ.match(after)
        if match and closed and match.re is _EN_AFTER_SUBJ and _new_statement(after, match):
            match = None
        if (
            match
            and closed
            and match.group("cue").lower() in EN_TAG_ONLY | EN_TAG_NOUNS
            and after[match.end() :].lstrip(" \u00a0")[:1] not in (".", "")
        ):
            # ``"...merit." Aragones was fined after making racist remarks about Henry``: after a quote that ended its
            # sentence, a present-tense tag ends its clause (``Mr Hadi remarks.``); otherwise it is a noun or no tag
            match = None
        if match and match.re is _EN_AFTER_SUBJ:
            subject = match.group("subj").strip(" \u00a0,")
            if subject.endswith(("'s", "’s")):
                # ``"..." Souness joined Ferguson in backing Smith's claims.``, ``by condemning Clark's remarks``: a
                # possessive before the cue word makes it a noun, not a tag
                match = None
            elif match.group("cue").lower() in EN_TAG_NOUNS and not _EN_TAG_NOUN_SUBJECT.fullmatch(subject):
                match = None  # a noun-like tag's subject is a name or he/she
        if match and not closed and not tagged and after[match.end() :].lstrip(" \u00a0")[:1] == ":":
            # ``"...there?'" LTA chief executive, John Crowther, added: "``: a quote not closed by a comma, a
            # clause whose cue ends in a colon introduces the next quote, as after a full stop (_new_statement)
            match = None
        if match and match.re is _EN_AFTER_SUBJ and _EN_SUBORDINATE_SUBJ.match(match.group("subj")):
            # ``Trump saying during the debate, "That makes me smart," when Clinton blasted him for ...``: a
            # subordinate clause after the quote (no comma before its verb) tells when it was said, not who said it
            return None, None
        if match and match.re is _EN_AFTER_SUBJ and _EN_CONJUNCTION_ONLY.fullmatch(match.group("subj")):
            # ``he said "...", but stressed that ...``: a second verb of the subject before the quote, no tag of
            # its own; the cue before the quote is read
            return None, None
        if match and _short_subject(match.group("subj")):
            author = _en_document_owner(match.group("subj"), registry)
            if author is not None:
                return author, match.group("cue").lower()  # ``," Mr Tanzi's statement said.``: its author
            epithet = _en_org_statement(match.group("subj"), registry, after=False) or _en_role_epithet(
                match.group("subj")
            )
            if epithet is not None:
                return epithet, match.group("cue").lower()  # ``," the organisation said``, ``," the 21-year-old told``
            speaker = speaker_before_cue(match.group("subj"), registry, lang)
            if tagged and (speaker is None or not speaker.name):
                speaker = _en_name_apposed(match.group("subj"), match.group("cue"), registry) or speaker
            # after a quote that ended its sentence only a clause the cue ends (``"..." Hailey later recalled.``),
            # not one that reports more (``"..." Gerrard had said before the game he would ...``)
            ends = not closed or after[match.end() :].lstrip(" \u00a0")[:1] in (".", "")
            aux = _EN_AUXILIARY_TAIL.search(match.group("subj")) if speaker is None and (tagged or ends) else None
            if aux is not None:
                # ``"...," he had said on Thursday``, ``Reyes would later say``, ``"..." Hailey later recalled.``: the
                # subject before the auxiliary or adverb
                speaker = speaker_before_cue(match.group("subj")[: aux.start()], registry, lang)
            if speaker is None and opens and not closed and not tagged and match.re is _EN_AFTER_SUBJ:
                speaker = _en_tail_then_credit(match, registry) or speaker
            return speaker, match.group("cue").lower()
    return None, None


#: (English) the lower-case rest of the quote's sentence after its closing mark, ending in a comma: ``in 2005,``
_EN_SENTENCE_TAIL = re.compile(r"^[ \u00a0]*[a-z][a-z0-9' \u00a0-]{0,60},[ \u00a0]*$")


def _en_tail_then_credit(match: re.Match[str], registry: Registry) -> Speaker | None:
    """(English) ``"...to be the case" in 2005, said Kurt Karl, economist at Swiss Re.``: a quote opening its
    sentence runs on in lower case after the mark, then a verb-first credit; the known person after the verb
    speaks (or a description pointing back). Nobody else: the run before the comma holds no capitalised word
    (``shop owner Hayriye Evren, told Associated Press`` has its subject there). A phrase quoted inside the
    writer's own sentence (``Given the cost, "slowing supply growth" is a certainty, said X``) is not read so (the
    caller checks ``opens``): the credit is the whole sentence's."""
    if _EN_SENTENCE_TAIL.match(match.group("subj")) is None:
        return None
    rest = match.string[match.end() :].lstrip(" \u00a0")
    epithet = _en_epithet_after(rest)
    if epithet is not None:
        return epithet
    speaker = speaker_after_cue(rest, registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun or not registry.is_known_person(speaker.name):
        return None
    return speaker


#: (English) only a conjunction (maybe an adverb) between a quote and a verb: the verb has no subject of its own
_EN_CONJUNCTION_ONLY = re.compile(r"[\s,]*(?:but|and|yet)(?:[ \u00a0]+(?:also|then|later|quickly))?[ \u00a0]*")


#: (English) a medium that reports the quote and the one it quotes after it: ``"...," the newspaper quoted Qantas
#: chief executive Geoff Dixon as saying.``, ``AP quoted prosecutor Russell McGuire as saying.``
_EN_QUOTED_AS_SAYING = re.compile(
    r"^[\s,—–-]*(?P<subj>[^.!?\"“”\n]{1,60}?)[ \u00a0]+quoted[ \u00a0]+"
    r"(?P<obj>[^.!?\"“”\n,;:]{1,80}?)[ \u00a0]+as[ \u00a0]+saying\b"
)
#: the one quoted is someone the text leaves unnamed (``Reuters quoted a central bank official as saying``)
_EN_QUOTED_UNNAMED = re.compile(r"(?:a|an|one|two|three|several|some|many|unnamed|sources|officials)\b", re.IGNORECASE)


def _en_quoted_as_saying(after: str, registry: Registry) -> tuple[Speaker | None, str | None] | None:
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


def _en_name_apposed(subj: str, cue: str, registry: Registry) -> Speaker | None:
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
_EN_FUTURE_AFTER = re.compile(
    rf"^[\s,—–-]*(?P<subj>{_EN_SUBJ_CHAR}{{1,80}}?)[ \u00a0]+(?:will|is[ \u00a0]+(?:expected|due|set)[ \u00a0]+to)"
    r"[ \u00a0]+(?:also[ \u00a0]+)?(?P<cue>say|tell|ask|argue|add|warn|insist|claim|stress|urge|declare|admit)\b"
)
#: (English) a reporting hedge between a subject and its cue: ``is alleged to have``, ``was reported to have``
_EN_HEDGE_TAIL = re.compile(
    r"[ \u00a0]+(?:is|was|are|were)[ \u00a0]+(?:alleged|reported|said|understood|believed|thought|claimed)"
    r"[ \u00a0]+to[ \u00a0]+have[ \u00a0]*$"
)
#: (English) auxiliaries and time adverbs between a subject after the quote and its cue (``he had said``)
_EN_AUXILIARY_TAIL = re.compile(
    r"(?:[ \u00a0]+(?:had|has|have|would|will|could|might|may|should|must|also|later|then|earlier|previously|"
    r"once|again|just|too|quickly|simply|only))+[ \u00a0]*$"
)


#: (English) a verbless credit after a quote: a title and a surname (or full name), then the sentence ends
_EN_TITLED_CREDIT = re.compile(
    r"^[ \u00a0]*(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \u00a0]+[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+)?)\.(?:\s|$)"
)


#: words that open the content clause of a reported statement: ``Smith said he ...``, ``said the plan ...``
_EN_CONTENT_START = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "that", "there", "this", "these", "those"}
    | {"his", "her", "their", "our", "its", "some", "many", "no", "all", "most"}
)


def _new_statement(after: str, match: re.Match[str]) -> bool:
    """``"...dropped." Ioannidis also said he has ...`` or ``"..." House prices have risen, Nationwide said, ...``
    (English, after a quote that ended its sentence): the subject-verb clause is a new sentence, not the quote's
    attribution, when its subject holds a clause of four or more words before a comma (the sentence reports
    something before naming its source) or a statement follows the verb. ``"..." Smith said.``, ``"..." Smith
    said on Monday.`` and ``"..." Of course, Smith said ...`` still attribute."""
    subj = match.group("subj")
    if "," in subj and len(subj[: subj.rfind(",")].split()) >= 4:
        return True
    if _EN_PASSIVE_SUBJECT.search(subj) and match.group("cue").lower() not in _EN_PASSIVE_CREDITS:
        return True  # ``"..." Four movies have already been announced for PSP.``: a passive, its subject no speaker
    if after[match.end() :].lstrip(" \u00a0")[:1] == ":":
        return True  # ``"..." Spanish captain Jordi Arrese said: "..."``: the next quote's introduction
    rest = after[match.end() :].split(None, 2)
    word = rest[0].strip(".,;:!?").lower() if rest else ""
    if word == "to" and len(rest) > 1 and _EN_INFINITIVE.fullmatch(rest[1]) and rest[1] not in _EN_TO_OBJECT:
        return True  # ``"..." Actress Sandra Dee continues to live in Los Angeles``: an infinitive, no speech
    if word in _EN_CONTENT_START:
        return True
    if word == "and" and len(rest) > 1 and _EN_COORDINATED_SAY.match(rest[1]) and rest[1][-1:] not in ":,.":
        return True  # ``"..." Mr Wallace agreed and said the figures had to be ...``: a new sentence's own report
    if rest and _EN_POSSESSIVE_OBJECT.fullmatch(rest[0].rstrip(".,;:!?")):
        return True  # ``"..." Keeper Tony Bullock echoed McIntyre's sentiments.``: an object, no attribution
    cue = match.group("cue").lower()
    if (
        cue not in _EN_SAY_CUES
        and subj.strip(" \u00a0,.;").lower() not in _EN_SUBJECT_PRONOUNS
        and len(rest) > 1
        and _EN_LOWER_WORD.fullmatch(rest[0]) is not None
        and word not in _EN_AFTER_SAID
        and word not in _EN_TO_OBJECT
        and not word.endswith(("ly", "ing"))
    ):
        return True  # ``"..." The government has announced plans to cut ...``: a new sentence's verb and its object
    return (
        cue in _EN_SAY_CUES
        and _EN_LOWER_WORD.fullmatch(rest[0] if rest else "") is not None
        and word not in _EN_AFTER_SAID
        and not word.endswith(("ly", "ing"))
    )  # ``"..." Mr Hasson said games developers were ...``: the content clause of a new reported sentence


#: (English) a second speech verb coordinated after the cue of a new sentence (``agreed and said the ...``)
_EN_COORDINATED_SAY = re.compile(r"(?:said|added|insisted|argued|warned|stressed|claimed|explained)\b")
#: (English) a capitalised possessive right after the verb (``echoed McIntyre's sentiments``)
_EN_POSSESSIVE_OBJECT = re.compile(r"[A-Z][\w-]*['’]s")
_EN_SAY_CUES = frozenset({"said", "says", "say"})
#: (English) a subject ending in a passive auxiliary and maybe an adverb (``Four movies have already been``,
#: ``Those signing up will only be``); ``he was quoted as saying`` still credits the speaker
_EN_PASSIVE_SUBJECT = re.compile(
    r"\b(?:was|were|is|are|been|be|being)"
    r"(?:[ \u00a0]+(?:already|also|only|now|still|not|never|just|\w+ly))?[ \u00a0]*$",
    re.IGNORECASE,
)
_EN_PASSIVE_CREDITS = frozenset({"quoted", "reported", "quoting", "saying", "heard", "overheard", "recorded", "filmed"})
#: (English) a bare pronoun subject: ``"..." He urged politicians to ...`` goes on about the quote's speaker
_EN_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_EN_LOWER_WORD = re.compile(r"[a-z]+")
#: lower-case words that may follow ``said`` in a sentence that only attributes (``Smith said on Monday.``,
#: ``said afterwards``, ``said in a statement``)
_EN_AFTER_SAID = frozenset(
    {"on", "in", "at", "after", "before", "during", "of", "to", "from", "with", "about", "as", "when", "while"}
    | {"yesterday", "today", "tonight", "afterwards", "afterward", "later", "earlier", "then", "last", "next"}
    | {"previously", "once", "again", "also", "too", "just", "only", "recently", "ahead", "outside", "here"}
    | {"there", "via", "through", "upon", "following", "since", "until", "over", "into", "for", "by", "and"}
)


#: (English) a lower-case word right after ``to`` that may be an infinitive (``continues to live``), and the
#: words that make ``to`` a recipient instead (``said to reporters``, ``told to the BBC``)
_EN_INFINITIVE = re.compile(r"[a-z]+")
_EN_TO_OBJECT = _EN_CONTENT_START | frozenset(
    {"him", "me", "us", "them", "reporters", "journalists", "fans", "supporters", "delegates", "viewers"}
    | {"listeners", "readers", "members", "activists", "students", "staff", "workers", "colleagues"}
    # ``"..." He went on to speak about ...``: an infinitive of speech keeps the speaker talking
    | {"say", "speak", "add", "tell", "talk", "insist", "warn", "explain", "describe", "praise", "criticise"}
    | {"criticize", "claim", "admit", "ask", "answer", "reply", "comment", "suggest", "argue", "stress", "urge"}
)


def _tag_only_in_place(match: re.Match[str], after: str) -> bool:
    """A tag-only cue (``harap``, ``pesan``, ``cerita`` …) counts only as a lower-case word right after the
    quote, with no sentence end between: ``"...," harap dosen itu``, not ``"..." Pesan itu disampaikan``."""
    cue = match.group("cue")
    if cue.lower() not in ID_TAG_ONLY or cue.lower() in ID_VERB_FIRST:
        return True
    return cue.islower() and not any(c in ".!?" for c in after[: match.start("cue")])


#: ``” Ketua Bapilu PSI, Sumardi.``: a capitalised role, a comma and a name, then the sentence ends
_VERBLESS = re.compile(
    r"^[ \u00a0]*(?P<role>[A-Z][^.!?\n\"“”,]{2,80}),[ \u00a0]*(?P<name>[A-Z][^.!?\n\"“”,]{1,40})\.(?:\s|$)"
)


#: words that open a verbless credit line besides the role words: professions (``” Dokter asal Chicago, Genaro
#: Roma.``, ``” Pakar hukum tata negara, Refly Harun.``)
_CREDIT_HEADS = ROLE_WORDS | frozenset({"dokter", "pakar", "ahli", "dosen", "peneliti", "pengamat", "psikolog"})


def _verbless_credit(after: str, registry: Registry) -> Speaker | None:
    """A credit line with no verb after a quote: ``” Ketua Bapilu PSI, Sumardi.`` (a role word or a profession
    opens it). When the role phrase does not read as one (``Dokter asal Chicago``), the name after the comma is
    read alone."""
    match = _VERBLESS.match(after)
    if match is None or match.group("role").split()[0].lower() not in _CREDIT_HEADS:
        return None
    speaker = speaker_after_cue(f"{match.group('role')}, {match.group('name')}", registry, "id")
    if speaker is None or speaker.pronoun or not speaker.name or speaker.role is None:
        named = speaker_after_cue(match.group("name"), registry, "id")
        if named is None or named.pronoun or not named.name or named.role is not None:
            return None
        speaker = Speaker(named.name, match.group("role").strip())
    return speaker


#: ``"...," demikian Megawati.``: ``demikian``/``begitu`` ("thus") after a quote credits it, with no verb of
#: saying, to the name that follows, directly or through the words naming the medium (``demikian isi kicauan
#: McLaughlin``, ``demikian pernyataan tertulis Telkom``, ``begitu yang tertulis dalam akun instagram miliknya``)
_THUS = re.compile(r"^[\s,.!?;—–-]*(?P<cue>demikian|begitu)(?:lah)?[ \u00a0]+(?P<rest>[^\n]{1,200})", re.IGNORECASE)
_THUS_WORD = re.compile(r"\S+")
#: ``," demikian pernyataan tersebut``: a statement noun and a demonstrative point back to a statement
_THUS_BACK = re.compile(
    r"(?:pernyataan|keterangan|penjelasan|siaran[ \u00a0]+pers|rilis)[ \u00a0]+(?:tersebut|itu|ini)\b", re.IGNORECASE
)
#: a statement the narration introduced before (``Hal itu disampaikan X dalam keterangan tertulisnya``)
_STATEMENT_WORD = re.compile(
    r"\b(?:pernyataan|keterangan|penjelasan|siaran[ \u00a0]+pers|rilis)(?:nya)?\b", re.IGNORECASE
)


def _thus_credit(after: str, registry: Registry) -> tuple[Speaker | None, str | None]:
    """The speaker a verbless ``demikian``/``begitu`` credit names (``," demikian Andi Amran Sulaiman.``), or a
    pronoun for a medium the last speaker owns (``milik-nya``, ``kicauannya``). A statement noun with a
    demonstrative (``demikian pernyataan tersebut``) points back, as a pronoun does, to the statement the
    narration introduced before it (``... dalam keterangan tertulisnya``); with no statement before it, it names
    no one. Any other word in between (``demikian motto situs tersebut``, ``demikian pesan itu``) names no one:
    (None, None)."""
    match = _THUS.match(after)
    if match is None:
        return None, None
    rest = match.group("rest")
    cue = match.group("cue").lower()
    if _THUS_BACK.match(rest) and _STATEMENT_WORD.search(registry.body, 0, registry.cursor):
        return Speaker(None, None, pronoun=True), cue
    for count, token in enumerate(_THUS_WORD.finditer(rest)):
        word = token.group().rstrip(",.;:!?")
        low = word.lower()
        if count > 8:
            break
        if word[:1].isupper() or word[:1] == "@":
            speaker = speaker_after_cue(rest[token.start() :], registry, "id")
            if speaker is None or speaker.pronoun or not speaker.name:
                break
            return speaker, cue
        if low in ("-nya", "nya") or (low.endswith("nya") and low[:-3] in THUS_MEDIUM):
            return Speaker(None, None, pronoun=True), cue
        if low not in THUS_MEDIUM or word != token.group():
            break
    return None, None


#: ``"...," kara Ross``: a short lower-case word, then a capitalised name
_TYPO_CUE = re.compile(r"^[ \u00a0]*(?P<cue>[a-z]{4,6})[ \u00a0]+(?P<rest>[A-Z][^\n]*)")


def _misspelt_cue(after: str, registry: Registry) -> tuple[Speaker | None, str | None]:
    """A misspelt verb-first cue after a quote that ends in a comma (``," kara Ross``, for ``kata``).

    The word must be one letter off a cue of four letters or more, be no common word
    (``kita``), and be written only once in the article, as a typo is.
    """
    match = _TYPO_CUE.match(after)
    if match is None:
        return None, None
    word = match.group("cue")
    if registry.function_word(word) or len(_whole_word(re.escape(word)).findall(registry.body)) > 1:
        return None, None
    if not any(len(cue) >= 4 and cue[0] == word[0] and one_edit(word, cue) for cue in ID_VERB_FIRST):
        return None, None
    speaker = speaker_after_cue(match.group("rest"), registry, "id")
    if speaker is None or speaker.pronoun or not speaker.name:
        return None, None
    return speaker, word


#: ``," Wawan berasumsi.``: a name, then any active verb (meN-/ber-), then the sentence ends soon
_NAME_VERB = re.compile(
    r"^[ \u00a0]*(?P<subj>[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3})[ \u00a0]+"
    r"(?P<cue>(?:me|ber)[a-z]{3,})\b(?P<tail>[^.!?\"“”\n]{0,60})[.!?]"
)


def _name_verb_tag(after: str, registry: Registry) -> tuple[Speaker | None, str | None]:
    """A tag clause after a quote that ends in a comma (the sentence goes on): a name, then an active verb
    that is no listed cue (``," Wawan berasumsi.``, ``," Budi menimpali dengan tegas.``). The comma
    inside the quote says the clause after it is the attribution, so its subject speaks."""
    match = _NAME_VERB.match(after)
    if match is None or len(match.group("tail").split()) > 6:
        return None, None
    subj = match.group("subj")
    if registry.function_word(subj.split()[0]) or registry.lead_word(subj.split()[0]):
        return None, None
    speaker = speaker_before_cue(subj, registry, "id")
    if speaker is None or speaker.pronoun or not speaker.name:
        return None, None
    return speaker, match.group("cue").lower()


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` (a pattern, possibly ``A|B|C``) as a whole word: every alternative bounded on both sides."""
    return re.compile(rf"(?<!\w)(?:{word})(?!\w)")


def _short_subject(subj: str) -> bool:
    """A subject short enough to be a speaker phrase; an apposition (``X, a ... of Y,``, ``X - then adviser to
    Y -``) may run longer."""
    words = subj.split()
    if len(words) <= 10:
        return True
    head = subj.lstrip(" ,.;—–-")
    return len(words) <= 20 and _EN_APPOSITION_OPEN.search(head[:40]) is not None and head[:1].isupper()


#: (English) what sets off an apposition after a name: a comma or a spaced dash
_EN_APPOSITION_OPEN = re.compile(r",|[ \u00a0][-–—][ \u00a0]")


def _before_cue(before: str, lang: str, registry: Registry) -> tuple[Speaker | None, str | None]:
    text = before[-WINDOW:]
    if not text.strip():
        return None, None
    match = _MENURUT.search(text)
    if match and not text[match.end() :].strip(" ,:"):
        return speaker_after_cue(match.group("rest"), registry, lang), match.group("cue").lower()
    if lang != "id":
        found = _en_before_cue(text, registry, lang)
        if found is not None:
            return found
    patterns = [_ID_BEFORE_SUBJ] if lang != "en" else []
    for pattern in patterns:
        match = pattern.fullmatch(text)
        if match and len(match.group("tail").split()) <= 6:
            speaker = speaker_before_cue(match.group("subj"), registry, lang)
            if speaker is not None:
                return speaker, match.group("cue").lower()
    if lang != "en":
        speaker, cue = _coordinated_subject(text, registry)
        if speaker is not None:
            return speaker, cue
        match = _ID_BEFORE_VERB.search(text)
        if match:
            return speaker_after_cue(match.group("rest"), registry, lang), match.group("cue").lower()
    match = _COLON_NAME.search(text)
    if match and lang == "id" and _ID_TITLE_READS.search(text, 0, match.end("subj")):
        return None, None  # the words of a work whose title ends the clause: its author is not named here
    if match:
        pronoun = _EN_PRONOUN_OPENER.match(match.group("subj").strip()) if lang == "en" else None
        if pronoun is not None:
            # ``He had told BBC Radio Wales:``, ``He apologised for not being in London, joking:``: the he/she
            # opening the clause speaks, not a name later in it
            speaker = speaker_before_cue(pronoun.group("pronoun"), registry, lang)
            if speaker is not None and speaker.pronoun:
                return speaker, ":"
        speaker = speaker_before_cue(match.group("subj"), registry, lang)
        if lang == "en" and speaker is not None and speaker.name and _en_addressee_end(match.group("subj"), speaker):
            speaker = None  # ``McConnell delivered a blunt message to Trump:``: Trump is spoken to, not speaking
        if speaker is not None and (speaker.name or speaker.pronoun):
            return speaker, ":"
        if lang == "en":
            speaker = sentence_subject(match.group("subj"), registry, lang)
            pronoun = _EN_PRONOUN_COLON.search(text) if speaker is None else None
            if pronoun is not None and pronoun.group("verb").lower() not in _EN_NOT_ACTIVE:
                # ``He also praised the film director: "``: he/she opening the sentence, an active verb and its
                # object introduce his or her words, as a named subject does (``Foxx also praised ...:``)
                speaker = Speaker(None, None, pronoun=True, gender=PRONOUN_GENDER[pronoun.group("pro").lower()])
        else:
            speaker = subject_of(match.group("subj"), registry, lang)
        if speaker is not None:
            return speaker, ":"
    return None, None


#: (English) he/she opening the sentence, maybe an adverb, a verb and a short object, then the colon before a quote
_EN_PRONOUN_COLON = re.compile(
    r"(?:^|[.!?][\"”’']?[ \u00a0]+|\n[ \u00a0]*)(?:(?:But|And|Yet|Then|Later),?[ \u00a0]+)?(?P<pro>He|She)[ \u00a0]+"
    r"(?:(?:also|later|then|even|again|simply)[ \u00a0]+)?(?P<verb>[a-z]+)\b[^.!?;\"“”:\n]{0,60}:[ \u00a0]*$"
)
#: words after he/she that make no active clause of his or her own words (``He was asked:``, ``She has a sign:``)
_EN_NOT_ACTIVE = frozenset(
    {"was", "is", "were", "are", "had", "has", "have", "would", "could", "will", "can", "may", "might", "must"}
    | {"should", "did", "does", "got", "gets", "showed", "shows", "held", "holds", "read", "reads", "wore"}
    | {"heard", "hears", "received", "receives", "saw", "sees", "found", "finds", "signed", "signs"}
)


#: (English) a clause ending in a preposition of address and its capitalised object, right before a colon: ``a blunt
#: message to Trump``, ``what was wrong with the image to the Dutch newspaper NRC Handelsblad``
_EN_ADDRESSEE_END = re.compile(
    r"(?<![\w'’-])(?<!according )(?:to|with|toward|towards|against)[ \u00a0]+(?:[\w'’.&-]+[ \u00a0]+){0,4}?"
    r"(?P<run>[A-Z][\w'’.&-]*(?:[ \u00a0]+[A-Z][\w'’.&-]*){0,4})[ \u00a0,]*$"
)


def _en_addressee_end(subject: str, speaker: Speaker) -> bool:
    """(English) Whether the name read from a colon clause is the object of a preposition of address ending the
    clause (``... delivered a blunt message to Trump:``): the one spoken to, not the speaker."""
    match = _EN_ADDRESSEE_END.search(subject)
    if match is None or speaker.name is None:
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(speaker.name.split()[-1])}(?![\w'’-])", match.group("run")) is not None


#: (Indonesian) a title in marks, then ``yang berbunyi`` (or ``berisi``, ``bertuliskan``) ending the clause before
#: a colon: ``lewat bukunya berjudul ‘White Hart Lane – The Spurs Glory Years’, yang berbunyi: “...”``
_ID_TITLE_READS = re.compile(r"[’”\"],?[ \u00a0]+yang[ \u00a0]+(?:berbunyi|berisi|bertuliskan)[ \u00a0]*$")


#: a clause ending in a coordinator, the subject of a second speech verb: ``X menyampaikan bahwa ..., dan``
_COORDINATED = re.compile(r"[ \u00a0]*,?[ \u00a0]+(?:dan|serta|lalu|kemudian)[ \u00a0]*$")
_ID_SUBJ_WORD = re.compile(rf"(?<!\w)(?:{_ID_SUBJ})(?!\w)", re.IGNORECASE)


def _coordinated_subject(text: str, registry: Registry) -> tuple[Speaker | None, str | None]:
    """The subject of a speech verb coordinated with an earlier one of the same clause: in ``Jordan Reiss
    menyampaikan bahwa ... jitu, dan menyatakan timnya siap ..., "``, the last speech verb (a short tail after
    it) follows ``dan``, so the subject before the clause's first speech verb speaks."""
    cues = list(_ID_SUBJ_WORD.finditer(text))
    if len(cues) < 2 or cues[0].start() == 0:
        return None, None
    last = cues[-1]
    if len(text[last.end() :].split()) > 6 or _COORDINATED.search(text, 0, last.start()) is None:
        return None, None
    return speaker_before_cue(text[: cues[0].start()], registry, "id"), last.group().lower()


#: (English) a comma, then he/she and a cue ending the text: ``..., he claimed`` before ``, saying``
_EN_INVERTED_PRONOUN_END = re.compile(rf",[ \u00a0]+(?P<pro>[Hh]e|[Ss]he)[ \u00a0]+(?:{_EN})[ \u00a0]*$")
#: (English) the same with a name: ``Ryan and Trump will meet next week, Spicer said, adding, "``
_EN_INVERTED_NAME_END = re.compile(
    rf",[ \u00a0]+(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){{0,3}})[ \u00a0]+(?:{_EN})[ \u00a0]*$"
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


def _en_before_cue(text: str, registry: Registry, lang: str) -> tuple[Speaker, str] | None:
    """``X said, "`` / ``X told Reuters: "`` / ``X urged ..., saying, "``: the last cue of the clause wins."""
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
        if absolute is not None and _INDEFINITE_SUBJECT.fullmatch(absolute.group("subj")):
            # ``X defended the decision, with a spokesperson saying: "``: the participle's own subject, unnamed
            return Speaker(None, None), (participle.group("cue") or participle.group("bare")).lower()
        named = _EN_WITH_NAMED.search(text, max(0, participle.start() - 120), participle.start())
        if named is not None and registry.is_known_person(registry.canonical(named.group("name"))):
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
    statement = _en_org_statement(text[: read.start()], registry, after=False) if read is not None else None
    if statement is not None:
        return statement, "read"  # ``An IAAF statement read: "``
    embedded = _EN_EMBEDDED_SPEAKER.search(text, max(0, len(text) - 160))
    if embedded is not None and _embedded_person(embedded.group("name"), registry):
        # ``Mr Blair recalls how Bill Clinton once advised him: "``: the subject of the verb nearest the colon
        return Speaker(registry.canonical(embedded.group("name")), None), embedded.group("verb").lower()
    cues = list(_EN_CUE_WORD.finditer(text, max(0, len(text) - 240)))
    for match in reversed(cues[-4:]):
        tail = text[match.end() :]
        if len(tail.split()) > 6 or any(ch in tail for ch in ".!?"):
            continue
        statement = _en_org_statement(text[: match.start()], registry, after=False)
        if statement is not None:
            return statement, match.group("cue").lower()  # ``An IAAF statement said: "``
        if _indefinite_subject(text[: match.start()], registry):
            return Speaker(None, None), match.group("cue").lower()
        owned = _EN_OWNED_SPOKESPERSON.search(text, max(0, match.start() - 80), match.start())
        if owned is not None and registry.organization(owned.group("owner").strip()) is None:
            # ``The Bat spokeswoman said: "``: the spokesperson of a body the article names no further, left
            # unnamed (not a description of the person named before)
            return Speaker(None, None), match.group("cue").lower()
        if match.group("cue").lower() in _EN_HEARER_CUES and _EN_PASSIVE_END.search(text, 0, match.start()):
            # ``Wheelchair user Kevin Donnellon was asked: "``: the subject hears the words; who spoke goes unnamed
            return Speaker(None, None), match.group("cue").lower()
        epithet = _en_role_epithet(text[: match.start()])
        relative = EN_RELATIVE_END.search(text, 0, match.start()) if epithet is None else None
        if relative is not None:
            # ``The Oscar-nominated actor, whose films include ..., said: "``: the description before the clause
            epithet = _en_role_epithet(text[: relative.start()])
        if epithet is not None:
            return epithet, match.group("cue").lower()
        author = _en_document_owner(text[: match.start()], registry)
        if author is not None:
            return author, match.group("cue").lower()  # ``Mr Crosby's statement said: "``: its author
        if _EN_IT_SUBJECT.search(text, 0, match.start()) is not None:
            # ``In a statement, it added: "``: the organisation named before
            return Speaker(None, None, pronoun=True, gender=COMPANY), match.group("cue").lower()
        coordinate = _EN_BARE_COORDINATE.search(text, 0, match.start())
        if coordinate is not None:
            # ``Massie used to support fellow Kentuckian Rand Paul, but now said: "``: a second verb with no subject
            # of its own shares the sentence's subject; the name ending the first clause is its object
            speaker = _first_cue_subject(text, cues, match, registry, lang) or _en_coordinate_subject(
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
            speaker = _first_cue_subject(text, cues, match, registry, lang)
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


#: (English) the written words a known person's possessive may own as the subject of a cue (also the role such a
#: quote gets, which ``It added:`` after it reads)
_EN_OWNED_DOCUMENT_NOUNS = frozenset({"statement", "message", "letter", "email", "e-mail", "memo", "note", "blog"})
#: (English) a known person's written words as the whole subject before a cue: ``Mr Tanzi's statement``,
#: ``Morquendi's message``, ``Mr Crosby's written statement`` (not ``Mr Blair's spokesman``, another person)
_EN_OWNED_DOCUMENT = re.compile(
    r"(?:^[\s,]*|[.!?][\"”’']?[ \u00a0]+|\n[ \u00a0]*)(?:(?:But|And|Yet|However),?[ \u00a0]+)?"
    r"(?P<owner>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady)\.?[ \u00a0]+)?"
    r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,2})"
    r"['’]s[ \u00a0]+(?:(?:written|own|brief|short|official)[ \u00a0]+)?"
    rf"(?P<doc>{'|'.join(sorted(_EN_OWNED_DOCUMENT_NOUNS, key=len, reverse=True))})[ \u00a0]*$"
)


def _en_document_owner(subject: str, registry: Registry) -> Speaker | None:
    """(English) ``Mr Tanzi's statement`` as the whole subject of a cue: the known person whose statement,
    letter or message it is speaks; any other owner (a company, a day: ``Wednesday's statement``) is left to
    the other rules."""
    match = _EN_OWNED_DOCUMENT.search(subject)
    if match is None:
        return None
    name = registry.canonical(match.group("owner"))
    if not registry.is_known_person(name):
        return None
    return Speaker(name, match.group("doc"))


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
    rf"\b(?:{_EN})[ \u00a0]+(?:how|that|when)[ \u00a0]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})"
    r"(?:[ \u00a0]+(?:once|had|has|have|later|then|also))?[ \u00a0]+(?P<verb>[a-z]+ed|told|wrote|said)"
    r"(?:[ \u00a0]+(?:him|her|them|me|us|it))?[ \u00a0]*:[ \u00a0]*$"
)


def _embedded_person(name: str, registry: Registry) -> bool:
    """A known person, or a full name the article did not list: a given name and one or two more capitalised
    words, none of them common words."""
    if registry.is_known_person(registry.canonical(name)):
        return True
    words = name.split()
    return 2 <= len(words) <= 3 and registry.given_name(words[0]) and not any(registry.common(w) for w in words)


#: (English) a window before a quote that is only a second verb: ``," and added: "`` (the window stops at a mark)
_EN_CONJOINED_ONLY = re.compile(
    rf"[\s,]*(?<![\w'’-])(?:and|but)(?:[ \u00a0]+also)?[ \u00a0]+(?P<cue>{_EN})(?:[ \u00a0]+that)?[\s,:]*",
    re.IGNORECASE,
)


def _conjoined_subject(body: str, open_at: int, registry: Registry) -> tuple[Speaker, str] | None:
    """The named or pronoun subject before the first cue of the sentence that ends at ``open_at``."""
    start, _ = _sentence_bounds(body, open_at)
    sentence = body[start:open_at]
    first = _EN_CUE_WORD.search(sentence)
    # the one ending the sentence, right before the quote
    last = max(_EN_CONJOINED_ONLY.finditer(sentence), key=lambda m: m.start(), default=None)
    if first is None or last is None or first.start() >= last.start():
        return None
    speaker = speaker_before_cue(sentence[: first.start()], registry, "en")
    if speaker is None or not (speaker.name or speaker.pronoun):
        return None
    return speaker, last.group("cue").lower()


#: (English) ``with Maria Hutchings marching up to him``: ``with``, a full name and an -ing verb before a participle
_EN_WITH_NAMED = re.compile(
    r"(?<![\w'’-])with[ \u00a0]+(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,2})[ \u00a0]+[a-z]+ing\b"
    r"[^,.!?;:\"“”\n]{0,60}$"
)


#: (English) a second verb of the same subject: ``..., but added that``, ``and also said``
_EN_CONJOINED_VERB = re.compile(r",?[ \u00a0]+(?:but|and)(?:[ \u00a0]+also)?[ \u00a0]*$")
#: (English) a comma, ``but``/``and``/``yet`` and maybe one adverb right before a cue: the cue's verb has no subject
#: of its own (``X backed Y, but now says``), so it shares the subject of the sentence
_EN_BARE_COORDINATE = re.compile(
    r",[ \u00a0]+(?:but|and|yet)(?:[ \u00a0]+(?:also|now|later|then|still|again|simply|quickly|instead))?[ \u00a0]*$"
)


def _en_coordinate_subject(clause: str, registry: Registry) -> Speaker | None:
    """(English) The subject of the sentence ``clause`` opens, whose verb a second, subject-less verb after ``, but``
    shares: a named subject (``sentence_subject``) or he/she opening it; else None."""
    speaker = sentence_subject(clause, registry, "en")
    if speaker is not None:
        return speaker
    pronoun = _EN_PRONOUN_OPENER.match(clause.lstrip())
    if pronoun is None:
        return None
    return Speaker(None, None, pronoun=True, gender=PRONOUN_GENDER[pronoun.group("pronoun").lower()])


def _first_cue_subject(
    text: str, cues: list[re.Match[str]], match: re.Match[str], registry: Registry, lang: str
) -> Speaker | None:
    sentence = max(text.rfind("\n", 0, match.start()), *(text.rfind(end + " ", 0, match.start()) for end in ".!?"))
    for earlier in cues:
        if sentence < earlier.start() < match.start():
            speaker = speaker_before_cue(text[sentence + 1 : earlier.start()], registry, lang)
            return speaker if speaker is not None and (speaker.name or speaker.pronoun) else None
    return None


#: (English) an indefinite subject opening its sentence: ``A spokesman``, ``But a Home Office spokeswoman``,
#: ``A spokesperson for Delta Airlines``; the head words run up to a preposition or comma
_INDEFINITE_SUBJECT = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet),?[ \u00a0]+(?=[aA]|One|one)|(?:[A-Z][a-z]+ing|In|On|At|After|Asked|Later)"
    r"\b[^,.!?;:\"“”\n]{0,110},[ \u00a0]+(?=[aA]|One|one))?(?:[Aa]|[Aa]n|[Aa]nother|One|one)[ \u00a0]+(?!of\b)"
    r"(?P<head>[\w'’-]+(?:[ \u00a0]+(?!(?:for|of|at|from|with|in|on|to|close|who|which|said)\b)[\w'’-]+){0,5})"
)


#: (English) a coordinated clause with a capitalised subject of its own: ``... and Clinton`` (a known person)
_EN_SECOND_SUBJECT = re.compile(r"(?<![\w'’-])(?:and|but|while|as|when)[ \u00a0]+[A-Z]")


def _indefinite_subject(clause: str, registry: Registry) -> bool:
    """(English) The sentence that ends in a cue opens with an unnamed subject (``A spokesman said: "``,
    ``A spokesperson for Delta Airlines told``): nobody is named as speaker, and no earlier speaker is meant.
    A known person among the head words (``A defiant Tony Blair said``) is named."""
    start = max(clause.rfind("\n"), *(clause.rfind(end + " ") for end in ".!?"))
    sentence = clause[start + 1 :].strip()
    match = _INDEFINITE_SUBJECT.match(sentence)
    if match is None or organisation_team(sentence, registry):
        return False
    second = _EN_SECOND_SUBJECT.search(sentence, match.end())
    after = sentence[second.end() - 1 :].split()[:3] if second is not None else []
    if any(registry.person_in(after[: k + 1]) for k in range(len(after))):
        return False  # ``A woman asked for a photo and Clinton said, "``: a later clause has a named subject
    words = match.group("head").split()
    return not any(registry.person_in(words[: k + 1]) for k in range(len(words)))


#: (English) the views of the role lexicon (``generator.roles_en``) the epithet rules read: the heads of a
#: description of someone named before, the capitalised office titles, and the person descriptions
_EN_EPITHET_HEADS = EPITHET_HEADS
_EN_CAPITAL_HEADS = "|".join(sorted(CAPITAL_HEADS))
_EN_PERSON_EPITHETS = PERSON_EPITHETS
#: the capitalised ones, tried before a lower-case head noun
_EN_PERSON_EPITHET_ALT = "|".join(sorted(w for w in _EN_PERSON_EPITHETS if w[0].isupper()))
_EN_EPITHET_NOUN = (
    rf"(?P<noun>{_EN_PERSON_EPITHET_ALT}|(?:{_EN_CAPITAL_HEADS})(?![\w-])|[a-z]+(?:-[a-z]+)?|\d{{1,2}}-year-old"
    r"|ex-[A-Z][a-z]+(?![\w'’-]))"
)
#: up to three modifiers of an epithet's head noun, none a preposition or article (``the head of the department``
#: is no department)
_EN_EPITHET_MODIFIERS = r"(?:(?!(?:of|at|for|in|on|from|with|and|or|to|the|a|an|by)[ \u00a0])[\w'’.-]+[ \u00a0]+){0,3}?"
#: ``The archbishop``, ``But the South African archbishop``, ``The Man Utd boss``, ``the 21-year-old`` as a
#: whole clause subject
_EN_ROLE_EPITHET = re.compile(
    r"(?:(?:But|And|Yet|However|Later|Earlier|Afterwards|Meanwhile|Then|Separately),?[ \u00a0]+)?(?:The|the)[ \u00a0]+"
    + _EN_EPITHET_MODIFIERS
    + _EN_EPITHET_NOUN
)
#: (English) the same description right after a verb-first cue, ending the clause: ``said the world indoor
#: champion, who ...``, ``added the Uruguayan-born researcher.``
_EN_ROLE_EPITHET_AFTER = re.compile(
    r"the[ \u00a0]+"
    + _EN_EPITHET_MODIFIERS
    + _EN_EPITHET_NOUN
    + r"(?:[ \u00a0]+in[ \u00a0]+a[ \u00a0]+statement)?(?=[ \u00a0]*(?:[.;]|,(?![ \u00a0]*[A-Z])|$))"
)


#: (English) the publisher's own reporter (``," our correspondent said``, ``said our political correspondent``):
#: the one last written after that role noun (``BBC correspondent James Hardy``), never anyone else
_EN_OWN_REPORTERS = frozenset({"correspondent", "reporter"})
_EN_OWN_REPORTER = re.compile(
    r"(?:But[ \u00a0]+|And[ \u00a0]+)?[Oo]ur[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?P<noun>correspondent|reporter)"
)


def _en_own_reporter(phrase: str, after: bool) -> Speaker | None:
    match = _EN_OWN_REPORTER.match(phrase)
    if match is None:
        return None
    rest = phrase[match.end() :].lstrip()
    if (rest and not after) or (after and rest[:1] not in ("", ".", ";", ",")):
        return None
    return Speaker(None, match.group("noun"), pronoun=True, epithet=True)


#: (English) an opening phrase a description of the sentence's subject may follow: a participle or a preposition
#: (``Writing his Christmas message in the Northern Echo,``, ``Speaking to Le Matin,``, ``On Friday,``), not a
#: clause of its own (``When Lleyton Hewitt shook his hand ..., the Australian said``)
_EN_EPITHET_OPENING = re.compile(r"(?:(?:But|And)[ \u00a0]+)?(?:[A-Z][a-z]+ing|In|On|At|During|Later|Earlier)[ \u00a0]")


def _en_role_epithet(clause: str) -> Speaker | None:
    """(English) The sentence before the cue is only ``the``, up to three modifiers and a role noun (``The Man
    Utd boss continued: "``): a description of someone named before, never the organisation in it. The role noun
    rides along so that a person introduced with it (``Archbishop Desmond Tutu``) can be found."""
    start = max(clause.rfind("\n"), *(clause.rfind(end + " ") for end in ".!?"))
    own = _en_own_reporter(clause[start + 1 :].strip(), after=False)
    if own is not None:
        return own
    text = clause[start + 1 :].strip()
    match = _EN_ROLE_EPITHET.fullmatch(text)
    comma = text.rfind(", the ")
    if match is None and comma > 0 and _EN_EPITHET_OPENING.match(text):
        # ``Writing his Christmas message in the Northern Echo, the Bishop said: "``: after an opening phrase
        match = _EN_ROLE_EPITHET.fullmatch(text[comma + 2 :])
        if match is not None and not _en_epithet_head(match.group("noun")):
            match = None  # only a person's description (an organisation's would need its own checks)
    if match is not None and match.group("noun") in _EN_ORG_EPITHET_HEADS:
        # ``The company said: "``: the organisation named before, never a person
        return _en_org_epithet(match)
    if match is None or not (
        _en_epithet_head(match.group("noun")) or match.group("noun") in _EN_GROUP_HEADS | _EN_DOCUMENTS
    ):
        return None
    return Speaker(None, match.group("noun"), pronoun=True, epithet=True)


#: (English) a statement standing for the organisation that issued it, as the whole subject of a cue or right
#: after a verb-first cue: ``said an FA statement``, ``A BBC statement read``, ``said an agency statement`` (an
#: organisation noun: the one named before, as with ``the agency said``)
_EN_ORG_HEADS_ALT = "|".join(sorted(ORG_EPITHET_HEADS, key=len, reverse=True))
_EN_ORG_STATEMENT = re.compile(
    r"(?:(?:But|And|However),?[ \u00a0]+)?(?:[Aa]n?|[Tt]he)[ \u00a0]+"
    r"(?:(?P<org>[A-Z][\w&.-]*(?:[ \u00a0][A-Z][\w&.-]*){0,3})[ \u00a0]+"
    rf"|(?:[a-z][\w-]*[ \u00a0]+){{0,2}}?(?P<noun>{_EN_ORG_HEADS_ALT})[ \u00a0]+)?"
    r"(?:(?:official|joint|written|annual|latest|new)[ \u00a0]+)?(?:statement|report)"
    # ``a statement from the discount phone firm``, ``a statement from Chelsea``: the issuer after the noun
    r"(?:[ \u00a0]+(?:from|by|issued[ \u00a0]+by)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:(?P<from_org>[A-Z][\w&.-]*(?:[ \u00a0][A-Z][\w&.-]*){0,3})(?![\w'’-])"
    rf"|(?:[a-z][\w-]*[ \u00a0]+){{0,3}}?(?P<from_noun>{_EN_ORG_HEADS_ALT})(?![\w'’-])))?"
)
_EN_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.;]|,(?![ \u00a0]*[A-Z])|$)")


#: (English) ``read`` as the cue of a statement after a quote, either order: ``," read a statement from the firm``,
#: ``," a BBC statement read.``; before a quote: ``An IAAF statement read: "``
_EN_READ_AFTER = re.compile(r"[\s,]*read[ \u00a0]+(?P<rest>[^\n]*)")
_EN_READ_BEFORE = re.compile(r"[\s,]*(?P<subj>[^.!?\"“”\n]{1,100}?)[ \u00a0]+read(?=[ \u00a0]*[.,;:])")
_EN_READ_COLON = re.compile(r"[ \u00a0]+read[ \u00a0]*:[ \u00a0]*$")


def _en_statement_read(after: str, registry: Registry) -> Speaker | None:
    """(English) the organisation (or organisation noun) of a statement that ``read`` the quote before ``after``."""
    match = _EN_READ_AFTER.match(after)
    if match is not None:
        return _en_org_statement(match.group("rest"), registry, after=True)
    match = _EN_READ_BEFORE.match(after)
    if match is not None:
        return _en_org_statement(match.group("subj"), registry, after=False)
    return None


def _en_org_statement(phrase: str, registry: Registry, after: bool) -> Speaker | None:
    """(English) ``said an FA statement.`` (``after``: the words right after a verb-first cue, ending the clause)
    or ``A BBC statement`` (the whole subject of the sentence before a cue): the organisation that issued it, when
    the capitalised words name one (no known person); an organisation noun (``an agency statement``) points back
    as ``the agency`` does. None when the phrase is no such statement."""
    if after:
        match = _EN_ORG_STATEMENT.match(phrase)
        if match is None or _EN_CLAUSE_END.match(phrase, match.end()) is None:
            return None
    else:
        start = max(phrase.rfind("\n"), *(phrase.rfind(end + " ") for end in ".!?"))
        match = _EN_ORG_STATEMENT.fullmatch(phrase[start + 1 :].strip())
        if match is None:
            return None
    if (match.group("org") or match.group("noun")) and (match.group("from_org") or match.group("from_noun")):
        return None  # ``the BBC statement from ...``: two issuers
    noun = match.group("noun") or match.group("from_noun")
    if noun is not None:
        return Speaker(None, None, pronoun=True, gender=COMPANY, org_noun=noun)
    org = match.group("org") or match.group("from_org")
    if org is None or org.split()[0] in ("The", "But", "And"):
        return None
    speaker = speaker_before_cue(org, registry, "en")
    if speaker is None or not speaker.name or speaker.pronoun or registry.is_known_person(speaker.name):
        return None
    if not (_EN_ACRONYM.fullmatch(org) or _organisation_named(speaker.name, registry)):
        return None  # ``the Budget statement``: a kind of statement, no issuer
    return Speaker(speaker.name, None)


def _organisation_named(name: str, registry: Registry) -> bool:
    """(English) ``name`` is an organisation's by itself: known as one, a company's legal name, an acronym, or
    holding an organisation word (not by its usage in the text)."""
    words = name.split()
    return bool(
        registry.organization(name) is not None
        or company_name(name)
        or _EN_ACRONYM.fullmatch(name)
        or any(w.lower() in ORG_WORDS for w in words)
        or (len(words) > 1 and words[-1].lower() in EN_ORG_TAILS)
    )


def _en_epithet_after(rest: str) -> Speaker | None:
    """(English) ``said the Uruguayan-born researcher, who ...``, ``asked the magazine.``: a description after a
    verb-first cue, pointing back to the person (or organisation) named before."""
    own = _en_own_reporter(rest, after=True)
    if own is not None:
        return own
    match = _EN_ROLE_EPITHET_AFTER.match(rest)
    if match is None:
        return None
    if match.group("noun") in _EN_ORG_EPITHET_HEADS:
        return _en_org_epithet(match)
    if not _en_epithet_head(match.group("noun")) and match.group("noun") not in _EN_GROUP_HEADS | _EN_DOCUMENTS:
        return None
    return Speaker(None, match.group("noun"), pronoun=True, epithet=True)


#: (English) nouns for a named group of people (``said the artists``, ``the band added``): they point back to
#: the name written right after the same noun (``Bafta-winning artists Langlands & Bell``, ``boy band Westlife``)
_EN_GROUP_HEADS = frozenset({"artists", "band", "duo", "trio", "quartet"})
_EN_GROUP_NAME = r"[A-Z][\w'’.-]*(?:[ \u00a0](?:&|and|of|the)?[ \u00a0]?[A-Z][\w'’.-]*){0,3}"
_EN_GROUP_NAMED = {
    noun: re.compile(rf"(?<![\w-]){noun}[ \u00a0]+(?P<name>{_EN_GROUP_NAME})") for noun in _EN_GROUP_HEADS
}


def _group_named(registry: Registry, noun: str, pos: int) -> str | None:
    """(English) The group last written right after ``noun`` before ``pos`` (``artists Langlands & Bell``)."""
    best = None
    for match in _EN_GROUP_NAMED[noun].finditer(registry.body, max(0, pos - 3000), pos):
        best = match
    return best.group("name").rstrip(".") if best is not None else None


#: (English) documents whose words are their author's (``"...," the lawsuit states``): the one who filed, wrote,
#: lodged or sent it (``Californian Thomas Slattery filed the suit``)
_EN_DOCUMENTS = frozenset({"lawsuit", "suit", "complaint", "petition", "letter"})
_EN_DOCUMENT_KIN = {"lawsuit": "lawsuit|suit", "suit": "lawsuit|suit"}
_EN_DOCUMENT_AUTHOR = {
    noun: re.compile(
        r"(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,3})[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?"
        r"(?:filed|wrote|brought|lodged|sent|signed|issued)[ \u00a0]+(?:the|a|an|his|her|their)[ \u00a0]+"
        rf"(?:[a-z-]+[ \u00a0]+){{0,2}}?(?:{_EN_DOCUMENT_KIN.get(noun, noun)})\b"
    )
    for noun in _EN_DOCUMENTS
}


def _document_author(registry: Registry, noun: str, pos: int) -> str | None:
    """(English) The known person who last filed, wrote, lodged or sent the document before ``pos``."""
    best = None
    for match in _EN_DOCUMENT_AUTHOR[noun].finditer(registry.body, max(0, pos - 3000), pos):
        best = match
    if best is None:
        return None
    words = best.group("name").split()
    for k in range(len(words) - 1):  # ``Californian Thomas Slattery``: an adjective may lead the name
        name = registry.canonical(" ".join(words[k:]))
        if registry.is_known_person(name):
            return name
    return None


def _en_org_epithet(match: re.Match[str]) -> Speaker:
    noun = match.group("noun")
    if noun not in _EN_PRESS:
        return Speaker(None, None, pronoun=True, gender=COMPANY, org_noun=noun)
    named = _EN_PRESS_NAMED.search(match.group())
    if named is not None and named.group("before"):
        return Speaker(named.group("before"), noun)  # ``the China Daily newspaper said``: named, no epithet
    # ``the magazine`` keeps its noun: the publication named with it is looked up, not the last organisation
    return Speaker(None, noun, pronoun=True, gender=COMPANY)


def _en_epithet_head(noun: str) -> bool:
    return (
        noun in _EN_EPITHET_HEADS
        or noun in _EN_PERSON_EPITHETS
        or noun.endswith("-year-old")
        or (noun.startswith("ex-") and noun[3:4].isupper())  # ``the ex-Wallaby``: a former member of a side
        or (noun[:1].isupper() and noun.lower() in _EN_EPITHET_HEADS)
    )


#: (English) nouns that head a description of an organisation named before (``roles_en.ORG_EPITHET_HEADS``)
_EN_ORG_EPITHET_HEADS = ORG_EPITHET_HEADS
#: organisation nouns whose lower-case description is the organisation's name (``the environment select
#: committee``)
_EN_DESCRIBED_ORGS = frozenset({"committee", "commission", "council"})
_EN_ORG_HEAD_ALT = "|".join(sorted(_EN_ORG_EPITHET_HEADS | {"watchdog", "pressure group"}, key=len, reverse=True))
_EN_ORG_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
_EN_ORG_NAME = rf"{_EN_ORG_WORD}(?:[ \u00a0](?:(?:of|for|and|the|de)[ \u00a0])?{_EN_ORG_WORD}){{0,4}}"
#: (English) where an organisation is named before a description of it points back: ``the media watchdog,
#: Reporters Without Borders``, ``Next, the High Street retailer``, ``Next has said``, ``the environment select
#: committee`` (a committee, commission or council: its description is its name)
_EN_ORG_INTRODUCED = re.compile(
    rf"(?<![\w-])the[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}?(?:{_EN_ORG_HEAD_ALT}),[ \u00a0]+(?P<appos>{_EN_ORG_NAME})"
    r"(?=[ \u00a0]*[.,;:]|[ \u00a0]+[a-z])"
    rf"|(?:^|(?<=[.!?][ \u00a0])|(?<=\n))(?P<subj>{_EN_ORG_NAME})"
    rf"(?:,[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,3}}?"
    rf"(?:{_EN_ORG_HEAD_ALT}),|[ \u00a0]+(?:has|have|had)?[ \u00a0]*(?:said|says|announced|warned|reported))(?![\w-])"
    r"|(?<![\w-])the[ \u00a0]+(?P<described>(?:[a-z][\w-]*[ \u00a0]+){1,3}?(?:committee|commission|council))(?![\w-])"
)
_EN_NOT_ORG_SUBJECT = frozenset({"It", "He", "She", "They", "We", "I", "The", "This", "That", "But", "And", "Mr", "Ms"})


def _org_introduced(registry: Registry, pos: int, noun: str) -> str | None:
    """(English) ``"...," the committee added.`` with no organisation among the speakers before: the last
    organisation introduced in the 2,000 characters before ``pos`` (an appositive with an organisation noun, a
    sentence subject saying something, a described committee); not a known person or a place."""
    best = None
    for match in _EN_ORG_INTRODUCED.finditer(registry.body, max(0, pos - 2000), pos):
        if match.group("described") is not None:
            if match.group("described").split()[-1] != noun:
                continue
            best = match.group("described")
            continue
        name = match.group("appos") or match.group("subj")
        name = re.sub(r"['’]s$", "", name.strip())
        if name.split()[0] in _EN_NOT_ORG_SUBJECT or names_place(name, "en") or _person_named(name, registry):
            continue
        if registry.person_in(name.split()) or (
            " " not in name and _plural_noun(name) and re.search(rf"\b{name.lower()}\b", registry.body)
        ):
            continue  # a person, or ``Experts said`` (a plural the article also writes in lower case)
        best = name
    return best


#: (English) where an organisation is written before a description of it may point back: after an organisation
#: noun (``human rights watchdog Reporters Without Borders``, ``Monitoring firm Netcraft``), as the body a
#: spokesperson speaks for (``A spokesman for Reporters Without Borders``), or with an organisation noun ending its
#: name (``the International Atomic Energy Agency``)
_EN_ORG_WRITTEN = re.compile(
    rf"(?<![\w-])(?P<head>{_EN_ORG_HEAD_ALT})[ \u00a0]+(?P<after>{_EN_ORG_NAME})"
    rf"|spokes(?:man|woman|person)[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?(?P<spoken>{_EN_ORG_NAME})"
    rf"|(?<![\w-])the[ \u00a0]+(?P<named>{_EN_ORG_NAME})"
)
#: organisation nouns that may describe any organisation (``the organisation``, ``the body``, ``the group``)
_EN_ANY_ORG = frozenset({"organisation", "organization", "body", "group"})
#: organisation nouns for a business: ``the company`` may be the ``firm`` or ``carmaker`` named before
_EN_BUSINESS_ORGS = frozenset(
    {"company", "firm", "corporation", "carmaker", "retailer", "airline", "bank", "broadcaster", "publisher"}
    | {"developer", "consultancy"}
)


def _org_kinds(noun: str) -> frozenset[str]:
    return _EN_BUSINESS_ORGS if noun in _EN_BUSINESS_ORGS else frozenset({noun})


def _org_of_kind(registry: Registry, pos: int, noun: str) -> str | None:
    """(English) ``"...," the organisation said`` when no organisation was introduced in a form _org_introduced
    reads: the one organisation of that kind written in the 3,000 characters before ``pos`` (after an organisation
    noun of the kind, with its noun ending its name, or any organisation for ``the organisation``, ``the body``,
    ``the group``); an organisation of no known kind (``a spokesman for X``, one the entities stage knows) may be
    of any. None when two may be meant, or none."""
    lo = max(0, pos - 3000)
    window = registry.body[lo:pos]
    kinds: dict[str, set[str]] = {}
    for match in _EN_ORG_WRITTEN.finditer(window):
        name = re.sub(r"['’]s$", "", (match.group("after") or match.group("spoken") or match.group("named")).strip())
        last = name.split()[-1].lower()
        if match.group("named") is not None and last not in _EN_ORG_EPITHET_HEADS:
            continue  # ``the Premiership``: no organisation noun ends it
        if name.split()[0] in _EN_NOT_ORG_SUBJECT or names_place(name, "en") or _person_named(name, registry):
            continue
        if registry.person_in(name.split()):
            continue
        key = registry.organization(name) or name
        found = kinds.setdefault(key, set())
        if match.group("head") is not None:
            found.add(match.group("head"))
        if last in _EN_ORG_EPITHET_HEADS:
            found.add(last)
    for org in registry.organizations:
        for form in (org.name, *org.aliases):
            if form and _word_in(form, window):
                kinds.setdefault(registry.organization(form) or org.name, set())
    wanted = _org_kinds(noun)
    fits = [name for name, heads in kinds.items() if noun in _EN_ANY_ORG or not heads or heads & wanted]
    if len(fits) != 1 or not (noun in _EN_ANY_ORG or kinds[fits[0]] & wanted):
        return None
    if _other_names(registry, window, fits[0], kinds):
        return None  # ``the screensaver that Lycos Europe offered``: a name written twice, maybe the one meant
    if _times_written(registry, window, fits[0]) < 2:
        return None  # ``Analysts at research firm Gartner ...``: written once, in passing, not what the text is about
    return fits[0]


def _times_written(registry: Registry, window: str, org: str) -> int:
    """(English) How often ``window`` writes ``org``, by its name or a short form standing for it (``IAEA``)."""
    count = len(_word_at(org).findall(window))
    for match in _EN_MID_RUN.finditer(window):
        name = re.sub(r"['’]s$", "", match.group())
        if name != org and org not in name and (registry.organization(name) == org or registry.canonical(name) == org):
            count += 1
    return count


#: a run of capitalised words inside a sentence (not its first word)
_EN_MID_RUN = re.compile(
    r"(?<=[a-z,;:)][ \u00a0])[A-Z][\w&'’-]*(?:[ \u00a0](?:(?:of|for|and)[ \u00a0])?[A-Z][\w&'’-]*)*"
)


def _other_names(registry: Registry, window: str, org: str, kinds: dict[str, set[str]]) -> bool:
    """(English) Whether ``window`` writes inside sentences a capitalised name (two words or more, or an acronym;
    a single word twice) that is none of the organisations read (``kinds``), ``org``'s acronym or words, a person
    or a place: an organisation written in a form no rule reads, which a description may mean as well."""
    seen: set[str] = set()
    for match in _EN_MID_RUN.finditer(window):
        name = re.sub(r"['’]s$", "", match.group())
        once = name not in seen
        seen.add(name)
        if once and " " not in name and not _EN_ACRONYM.fullmatch(name):
            continue  # a single word written once (``the Gilan area``): maybe a place; twice, it may be meant
        if name in kinds or name in org.split() or name in org or names_place(name, "en"):
            continue
        if registry.canonical(name) == org or registry.organization(name) == org:
            continue  # ``IAEA`` for the International Atomic Energy Agency
        words = name.split()
        if words[0] in _EN_NOT_ORG_SUBJECT or registry.is_known_person(name) or registry.person_in(words):
            continue
        return True
    return False


@lru_cache(maxsize=4096)
def _word_at(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])")


def _word_in(form: str, text: str) -> bool:
    return _word_at(form).search(text) is not None


#: (English) ``the magazine``, ``the newspaper``: the publication named with that noun before
_EN_PRESS = frozenset({"magazine", "newspaper"})
_EN_PRESS_NAME = r"[A-Z][\w&'’-]*(?:[ \u00a0][A-Z][\w&'’-]*){0,3}"
_EN_PRESS_NAMED = re.compile(
    rf"(?<![\w-])(?:magazine|newspaper)[ \u00a0]+(?P<after>{_EN_PRESS_NAME})"
    rf"|(?<![\w'’-])(?P<before>(?:The[ \u00a0])?(?!The[ \u00a0])(?!(?:magazine|newspaper)\b){_EN_PRESS_NAME})"
    r"[ \u00a0]+(?:magazine|newspaper)\b(?![ \u00a0]+[A-Z])"
)


def _publication_before(registry: Registry, pos: int) -> str | None:
    """(English) ``"...," said the magazine.``: the last publication written before ``pos`` as ``US magazine
    Mobile PC`` or ``the Rolling Stone magazine``; None when the article names none (not some organisation)."""
    best = None
    for match in _EN_PRESS_NAMED.finditer(registry.body, max(0, pos - 3000), pos):
        best = match
    if best is None:
        return None
    name = best.group("after") or best.group("before")
    return re.sub(r"['’]s$", "", name)


@lru_cache(maxsize=4096)
def _titled_pattern(role: str, name: str) -> re.Pattern[str]:
    """``role`` then ``name`` or its surname (see _titled_holder), compiled once per pair."""
    surname = name.split()[-1]
    written = re.escape(name) if len(surname) < 3 else f"(?:{re.escape(name)}|{re.escape(surname)})"
    # ``The Bishop of Durham, the Rt Rev Dr Tom Wright,``: the office of a place, a comma and up to three titles
    of_place = r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2},[ \u00a0]+"
    return re.compile(
        rf"(?<![\w-])(?i:{re.escape(role)})(?:[ \u00a0]+(?:[A-Z][\w'’.-]*[ \u00a0]+)?"
        rf"|{of_place}(?:the[ \u00a0]+)?(?:[A-Z][\w'’.-]*[ \u00a0]+){{0,3}}?){written}(?![\w-])"
    )


#: the pieces of _titled_pattern, compiled once (a pattern per role and name cost a compile each): the spaces
#: after the role, a capitalised word with its spaces, the office of a place up to its comma and spaces, ``the``,
#: and the end of the name (no word character or hyphen after it)
_TITLED_SPACES = re.compile(r"[ \u00a0]+")
_TITLED_WORD = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]+")
_TITLED_OF_PLACE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2},[ \u00a0]+"
)
_TITLED_THE = re.compile(r"the[ \u00a0]+")
_TITLED_NAME_END = re.compile(r"(?![\w-])")


@lru_cache(maxsize=1024)
def _role_pattern(role: str) -> re.Pattern[str]:
    """``role`` in any case, no word character or hyphen before it (one pattern per role, not per role and name)."""
    return re.compile(rf"(?<![\w-])(?i:{re.escape(role)})")


def _titled_name_end(body: str, forms: tuple[str, ...], pos: int) -> int | None:
    for form in forms:
        end = pos + len(form)
        if body.startswith(form, pos) and _TITLED_NAME_END.match(body, end) is not None:
            return end
    return None


def _titled_end(body: str, forms: tuple[str, ...], pos: int) -> int | None:
    """Where the name (a form of ``forms``, tried in order) ends after the role ending at ``pos``, tried in the
    order the backtracking _titled_pattern tries it; None when it does not follow the role."""
    spaces = _TITLED_SPACES.match(body, pos)
    if spaces is not None:
        word = _TITLED_WORD.match(body, spaces.end())
        end = _titled_name_end(body, forms, word.end()) if word is not None else None
        if end is None:
            end = _titled_name_end(body, forms, spaces.end())
        if end is not None:
            return end
    place = _TITLED_OF_PLACE.match(body, pos)
    if place is None:
        return None
    the = _TITLED_THE.match(body, place.end())
    for start in ([the.end()] if the is not None else []) + [place.end()]:
        at = start
        for count in range(4):  # up to three titles, fewest first
            end = _titled_name_end(body, forms, at)
            if end is not None:
                return end
            word = _TITLED_WORD.match(body, at) if count < 3 else None
            if word is None:
                break
            at = word.end()
    return None


def _titled_starts(body: str, role: str, name: str) -> list[int]:
    """The starts of ``_titled_pattern(role, name).finditer(body)`` (leftmost, non-overlapping), without
    compiling a pattern per role and name: the role is found with its own pattern, the rest piece by piece."""
    surname = name.split()[-1]
    if not role or not name or name[0] in " \u00a0":
        return [match.start() for match in _titled_pattern(role, name).finditer(body)]
    forms = (name,) if len(surname) < 3 else (name, surname)
    role_at = _role_pattern(role)
    starts: list[int] = []
    pos = 0
    while (found := role_at.search(body, pos)) is not None:
        end = _titled_end(body, forms, found.end())
        if end is None:
            pos = found.start() + 1
        else:
            starts.append(found.start())
            pos = end
    return starts


def _titled_holder(registry: Registry, role: str, pos: int) -> str | None:
    """(English) The known person (two words or more) last written right after ``role`` before ``pos``
    (``Archbishop Desmond Tutu``, ``Man Utd boss Sir Alex Ferguson``: one word may stand between; ``The Bishop of
    Durham, the Rt Rev Dr Tom Wright``: the office of a place, a comma and up to three titles)."""
    body = registry.body[:pos]
    if role.isascii() and role.lower() not in body.lower():
        return None  # the pattern needs the role word: no need to compile one per person
    best: tuple[int, str] | None = None
    for person in registry.people:
        if len(person.name.split()) < 2 or person.name not in body:
            continue
        # ``President Saakashvili``: the surname alone after the title names the holder too
        for start in _titled_starts(body, role, person.name):
            if best is None or start > best[0]:
                best = (start, person.name)
    return registry.canonical(best[1]) if best else None


# --- reported statements ---------------------------------------------------


def _sentence_bounds(body: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - MAX_INDIRECT)
    start = lo
    for match in _SENTENCE_END.finditer(body, lo, pos):
        start = match.end()
    nl = body.rfind("\n", lo, pos)
    if nl + 1 > start:
        start = nl + 1
    after = _SENTENCE_END.search(body, pos, pos + MAX_INDIRECT)
    end = after.end() if after else min(len(body), pos + MAX_INDIRECT)
    nl = body.find("\n", pos, end)
    if nl >= 0:
        end = nl
    return start, end


def _inside(pos: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls inside one of the ``quoted`` spans (sorted by start)."""
    lo = _spans_starting_by(quoted, pos)
    return lo > 0 and quoted[lo - 1][0] <= pos < quoted[lo - 1][1]


def _spans_starting_by(spans: list[tuple[int, int]], pos: int) -> int:
    """How many of ``spans`` (sorted by start) start at or before ``pos``."""
    return bisect.bisect_right(spans, pos, key=lambda span: span[0])


def _reported(body: str, lang: str, registry: Registry, quoted: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    taken_until = -1
    cues: set[str] = set()
    if lang != "en":
        cues |= ID_SUBJECT_FIRST
    if lang != "id":
        cues |= EN_CUES - EN_TAG_ONLY
    hits: list[tuple[int, int, str]] = []
    # one scan over the words and a set look-up: much faster than a regex alternation of all cues
    for m in _CUE_CANDIDATE.finditer(body):
        word = m.group().lower()
        if word in cues:
            at = m.start()
            if lang == "en" and m.group()[0].isupper() and at > 1 and body[at - 1] == " " and body[at - 2].isalpha():
                continue  # ``A BBC News Special: Asia Remembered, including ...``: a capital mid-sentence, a title word
            hits.append((m.start(), m.end(), word))
    for match in _MENURUT.finditer(body):
        hits.append((match.start(), match.end(), match.group("cue").lower()))
    if lang != "en":
        for match in _ID_TRAILING.finditer(body):
            hits.append((match.start(), match.end(), match.group("cue").lower()))
    hits.sort()
    for cue_start, cue_end, cue in hits:
        if cue_start < taken_until or _inside(cue_start, quoted):
            continue
        registry.cursor = cue_start
        found = _reported_one(body, cue_start, cue_end, cue, lang, registry)
        if found is None:
            continue
        if any(_inside(p, quoted) for p in (found.start, found.end - 1)):
            continue
        out.append(found)
        taken_until = max(found.end, cue_end)
    return out


#: (English) the hearer alone after ``told`` ending the sentence: ``told the IPTV World Forum.``, ``told BBC News.``
_EN_HEARER_ONLY = re.compile(
    r"[ \u00a0]*(?:the[ \u00a0]+)?[A-Z][\w'’&-]*(?:[ \u00a0]+[A-Z][\w'’&-]*){0,4}[ \u00a0]*\.?\s*"
)


def _en_apposed_subject(subject: str, comma: int, registry: Registry) -> tuple[Speaker, int] | None:
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


def _reported_one(body: str, cue_start: int, cue_end: int, cue: str, lang: str, registry: Registry) -> _Found | None:
    s_start, s_end = _sentence_bounds(body, cue_start)
    if cue in ("menurut", "according to"):
        rest = body[cue_start + len(cue) : cue_end - 1]
        speaker = speaker_after_cue(rest, registry, lang)
        content = (cue_end, s_end)
        if lang != "en" and (speaker is None or speaker.pronoun):
            named = _name_after_description(body, rest, cue_end, registry)
            if named is not None:
                speaker, content = named[0], (named[1], s_end)
    elif body[cue_start] == ",":
        # ``..., kata Kirby.``: the statement stands before the cue
        word_end = cue_start + 1
        while word_end < cue_end and body[word_end].isspace():
            word_end += 1
        tail = body[cue_end:s_end]
        if tail.strip(" .!?") and len(tail.split()) > 4:
            return None
        rest = body[word_end:cue_end]
        m = _ID_AFTER_VERB.match(rest)
        if m is None:
            return None
        if m.group("nya"):
            speaker = Speaker(None, None, pronoun=True)
        else:
            speaker = speaker_after_cue(m.group("rest"), registry, lang)
        content = (s_start, cue_start)
        cue = m.group("cue").lower() + (m.group("nya") or "").lower()
    else:
        subject = body[s_start:cue_start]
        mark = max(subject.rfind(m) for m in DOUBLE_MARKS)
        # whether the subject starts the sentence: no mark, or the closing mark of a whole quoted sentence
        whole = mark < 0 or not subject[:mark].strip() or subject[mark - 1] in ".!?"
        if mark >= 0:
            # ``"...," said X`` / ``"...," X said``: the cue of a direct quote, not a reported statement
            s_start += mark + 1
            subject = subject[mark + 1 :]
            if not _WORD.search(subject):
                return None
        if not subject.strip():
            return None
        tail = body[cue_end:s_end]
        heard = lang == "en" and cue.lower() == "told" and _EN_HEARER_ONLY.fullmatch(tail) is not None
        if not tail.strip(" .!?,") or len(tail.split()) <= 3 or heard:
            # ``Statement, X said.``: the statement stands before the subject
            comma = subject.rfind(",")
            if comma < 0:
                return None
            speaker = speaker_before_cue(subject[comma + 1 :], registry, lang)
            last = subject[comma + 1 :].split()
            if (
                lang == "en"
                and (speaker is None or speaker.name is None)
                and (not last or last[0] in EN_PERSON_ROLES)
            ):
                # ``Statement, her lawyer, Perry Wander, said.``, ``Statement, Andrew Burke, chief of X told the
                # IPTV World Forum.``: the subject holds commas of its own (it ends in one, or its last part opens
                # with a lower-case role word); the nearest earlier comma after which a known person is read starts
                # it (not ``Statement, it was confirmed``, ``..., his family said``)
                earlier = _en_apposed_subject(subject, comma, registry)
                if earlier is not None:
                    speaker, comma = earlier
            content = (s_start, s_start + comma)
        else:
            # (not after a quote mark cut the subject: ``the Pro-Life Alliance "congratulated" Mr Howard on his new
            # stance, but said ...``, the sentence's subject is before the mark)
            coordinate = _EN_BARE_COORDINATE.search(subject) if lang == "en" and whole else None
            if coordinate is not None:
                # ``Massie used to support fellow Kentuckian Rand Paul, but now said Trump had ...``: the sentence's
                # subject says it, not the object ending the first clause
                speaker = _en_coordinate_subject(subject[: coordinate.start()], registry)
            else:
                speaker = speaker_before_cue(subject, registry, lang)
            if speaker is not None and not speaker.pronoun and speaker.name is not None:
                # the subject must end right at the cue (no object in between)
                tail_subject = subject.rstrip()
                if tail_subject.endswith(","):
                    pass
            that = _THAT.search(body, cue_end, min(s_end, cue_end + 80))
            if that is not None:
                start = that.end()
            elif body[cue_end : cue_end + 3].lstrip()[:1] in (",", ":"):
                start = cue_end  # ``Kirby mengatakan, ...``: a comma-introduced clause
            elif cue in _STRONG_CUES:
                start = cue_end  # ``Kirby mengatakan Korea Utara ...`` / ``Trump said he ...``
            else:
                return None  # ``menyampaikan pernyataan atas nama ...``: an object, not a statement
            content = (start, s_end)
    if speaker is None or (speaker.name is None and not speaker.pronoun):
        return None
    start, end = _trim_statement(body, *content)
    if end - start < 12 or len(_WORD.findall(body[start:end])) < 3:
        return None
    if body[start] in DOUBLE_MARKS or end - start > MAX_INDIRECT:
        return None
    return _Found(start, end, "indirect", cue, cue_start, speaker, True)


#: a name of two to four capitalised words, maybe a place or time phrase, then a comma
_NAME_THEN_COMMA = re.compile(
    r"[ \u00a0]*(?P<name>[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){1,3})"
    r"(?:[ \u00a0]+(?:di|saat|ketika|kepada|dalam|pada|usai|seusai)[ \u00a0][^,.!?\"“”\n]{1,40})?[ \u00a0]*,"
)


#: one or two capitalised words (a place, a day), maybe a bracketed date, then a comma
_SHORT_CAPITAL_SEGMENT = re.compile(
    r"[ \u00a0]*[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)?(?:[ \u00a0]*\([\d/ ]{1,12}\))?[ \u00a0]*,"
)


def _name_after_description(body: str, rest: str, at: int, registry: Registry) -> tuple[Speaker, int] | None:
    """``Menurut dosen pembimbing kedua mahasiswa itu, Lukito Prasetyo di Malang, Senin, jembatan ...``: a
    lower-case description, its comma, then the name of a person (two words or more, or one the people stage
    knows), maybe a place or time, and a comma. (speaker, where the statement starts), else None."""
    words = rest.split()
    if not words or not words[0][:1].islower():
        return None
    match = _NAME_THEN_COMMA.match(body, at, min(len(body), at + 120))
    if match is None:
        return None
    speaker = speaker_after_cue(match.group("name"), registry, "id")
    if speaker is None or not speaker.name or speaker.pronoun or registry.organization(speaker.name):
        return None
    full = registry.canonical(speaker.name)
    if names_place(full, "id") or not registry.is_person_like(full):
        return None
    if len(full.split()) < 2 and not registry.is_known_person(full):
        return None
    end = match.end()
    for _ in range(3):  # ``..., Jawa Timur, Senin (9/10), jembatan ...``: place and day segments before the statement
        segment = _SHORT_CAPITAL_SEGMENT.match(body, end, min(len(body), end + 40))
        if segment is None:
            break
        end = segment.end()
    return Speaker(speaker.name, rest.strip() or None), end


def _trim_statement(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (body[start].isspace() or body[start] in ",:;"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;:"):
        end -= 1
    return start, end


# --- speakers ----------------------------------------------------------------


def _resolve_names(found: list[_Found], registry: Registry, mentions: list[tuple[int, str]] | None = None) -> None:
    """Give pronoun speakers the last named speaker of their gender, in text order.

    ``he``/``she`` skips back over speakers known to be of the other gender
    (``Mr.``/``Ms.`` in the body, else an unambiguous first name); when every
    recent speaker is of the other gender the quote gets None, not a guess.
    ``mentions`` (Indonesian: named sentence subjects, ``Ratu Maxima ... mengatakan ia``)
    count as recent speakers from where they stand.
    """
    recent: list[str] = []  # named speakers, most recent last
    pending = list(mentions or [])
    topic = False  # whether recent[-1] is a sentence subject only, not a speaker
    topic_at: int | None = None  # where that sentence subject stands
    last_quote: _Found | None = None
    main: str | bool | None = False  # the article's most-named person, looked up at the first epithet
    sourced: set[str] = set()  # (English) names credited only as a source (``according to``), no known person
    k = 0
    for item in found:
        while k < len(pending) and pending[k][0] < item.cue_at:
            registry.cursor = pending[k][0]
            name = pending[k][1]
            k += 1
            if name == ANOTHER:
                if topic:
                    recent.pop()
                topic = False
                continue
            name = registry.canonical(name) if name != UNNAMED else UNNAMED
            if not recent or recent[-1] != name:
                recent.append(name)
                del recent[:-4]
                topic = True
                topic_at = pending[k - 1][0]
        speaker = item.speaker
        if speaker is None or (speaker.name is None and not speaker.pronoun):
            if item.via == "cue-after" and _unnamed_after(registry.body, item, registry.language):
                # ``," ucap seorang juru bicara ...``: the last one talking has no name, so a ``tuturnya``
                # after it is theirs (None), not that of a person named before them
                if not recent or recent[-1] != UNNAMED:
                    recent.append(UNNAMED)
                    del recent[:-4]
                topic = False
                last_quote = item if item.kind == "direct" else last_quote
            continue
        if speaker.pronoun:
            holder = None
            publication = registry.language == "en" and speaker.gender == COMPANY and speaker.role in _EN_PRESS
            if (
                registry.language == "en"
                and speaker.gender == COMPANY
                and speaker.role is None
                and not speaker.epithet
                and last_quote is not None
                and last_quote.speaker is not None
                and last_quote.speaker.role in _EN_OWNED_DOCUMENT_NOUNS
                and last_quote.name is not None
                and "\n" not in registry.body[last_quote.end : item.start]
            ):
                # ``Mr Crosby's statement said: "..." It added: "``: ``it`` is the statement, its author speaks
                item.name = last_quote.name
                item.via += "+pronoun"
                last_quote = item if item.kind == "direct" else last_quote
                continue
            if registry.language == "en" and speaker.epithet and speaker.role in _EN_GROUP_HEADS | _EN_DOCUMENTS:
                # ``said the artists``: the group named with that noun, never one person of those before;
                # ``the lawsuit states``: its author
                if speaker.role in _EN_DOCUMENTS:
                    item.name = _document_author(registry, speaker.role, item.cue_at)
                else:
                    item.name = _group_named(registry, speaker.role, item.cue_at)
                item.via += "+pronoun"
                last_quote = item if item.kind == "direct" else last_quote
                continue
            if registry.language == "en" and speaker.epithet and speaker.role in _EN_OWN_REPORTERS:
                # ``our correspondent``: the reporter named with that role, else no one (not the last speaker)
                item.name = _titled_holder(registry, speaker.role, item.cue_at)
                item.via += "+pronoun"
                last_quote = item if item.kind == "direct" else last_quote
                continue
            if registry.language == "en" and speaker.epithet and speaker.role:
                holder = _titled_holder(registry, speaker.role, item.cue_at)
                if holder is not None and topic and recent[-1] != holder and topic_at is not None:
                    # `` - Britain's Paula Radcliffe has ... "...," said the two-time champion.``: a holder of the
                    # title written in an earlier paragraph loses to the known person opening a sentence in this one
                    lead = registry.body.rfind("\n", 0, item.cue_at) + 1
                    here = registry.body[lead : item.cue_at]
                    if (
                        topic_at >= lead
                        and registry.is_known_person(recent[-1])
                        and "'s " not in recent[-1]
                        and "’s " not in recent[-1]
                        and not any(len(w) >= 3 and w in here for w in holder.split())
                    ):
                        holder = recent[-1]
            elif publication:
                holder = _publication_before(registry, item.cue_at)
            if holder is not None:
                item.name = holder
                if publication and (not recent or recent[-1] != holder):
                    recent.append(holder)  # ``," it concluded``: the magazine again
                    del recent[:-4]
            elif item.again and last_quote is not None:
                item.name = last_quote.name
            else:
                direct = item.kind == "direct" and registry.language == "id"
                said = registry.body[item.start : item.end] if direct else ""
                person = registry.language == "en" and speaker.epithet
                personal = speaker.gender in ("male", "female")
                among = [n for n in recent if n not in sourced] if sourced and personal else recent
                item.name = _antecedent(among, speaker.gender, registry, said, person=person)
                if (
                    speaker.org_noun
                    and registry.language == "en"
                    and (item.name is None or not _written_as_organisation(item.name, registry))
                ):
                    # ``the company said`` with no organisation written as one among the speakers: the one
                    # introduced before
                    intro = _org_introduced(registry, item.cue_at, speaker.org_noun)
                    if intro is None and item.name is None:
                        intro = _org_of_kind(registry, item.cue_at, speaker.org_noun)
                    item.name = intro or item.name
                    if intro is not None:
                        registry.learn_organization(intro)
                    if intro is not None and (not recent or recent[-1] != intro):
                        recent.append(intro)  # a later ``it said`` is that organisation again
                        del recent[:-4]
                if not recent and direct and speaker.gender != COMPANY:  # a company is never the topic person
                    item.name = _topic_person(registry, item.cue_at, said)
                elif direct and speaker.epithet and item.name is not None and speaker.gender != COMPANY:
                    # the narration after the paragraph of the quote before
                    lead = _paragraph_end(registry.body, last_quote.end) if last_quote is not None else 0
                    if main is False:
                        main = _most_named(registry)
                    if isinstance(main, str):
                        item.name = _salient_before(registry, main, item.start, lead, said) or item.name
                if person and item.name is not None and _en_office_conflict(registry, item.name, speaker.role):
                    # ``London mayor Mr Livingstone ... Later the prime minister said: "``: one the people stage
                    # gives another sole office as role is not the holder the description names
                    item.name = None
                    item.via += "+other"
                if person and item.name is not None and _en_demonym_conflict(registry, item.name, speaker.role):
                    # ``The 32-year-old Spaniard came through ... "...," said the German.``: the one the text
                    # describes by another nationality is not the German; someone it does not know speaks
                    item.name = None
                    item.via += "+other"
                if direct and item.name is None and recent and recent[-1] != UNNAMED and speaker.gender != COMPANY:
                    # ``"... dengan Yoo Jae ...," kata sosok yang karib disapa BTM``: the one talking is someone
                    # the pronoun or description could not name, so a ``tambahnya`` after it is theirs (None),
                    # not that of a person named before them
                    recent.append(UNNAMED)
                    del recent[:-4]
                    topic = False
                elif direct and item.name is not None and recent and recent[-1] != item.name:
                    # the pronoun skipped back over someone the quote talks about: the one it names is now the
                    # last one talking, so a ``tambahnya`` after it is theirs too
                    recent.append(item.name)
                    del recent[:-4]
                    topic = False
            item.via += "+pronoun"
            last_quote = item if item.kind == "direct" else last_quote
            continue
        last_quote = item if item.kind == "direct" else last_quote
        if speaker.name:
            registry.cursor = item.cue_at
            name = registry.canonical(speaker.name)
            registry.remember(name)
            item.name = name
            if registry.language == "en" and item.cue == "according to" and not _person_named(name, registry):
                sourced.add(name)  # ``According to PC Pro, ...``: a source no he/she can stand for
            if (recent and recent[-1] == name) or names_place(name, registry.language):
                topic = topic and recent[-1] != name
                continue  # ``AS menuding ...``: a country may state something, but ``katanya`` is not it
            recent.append(name)
            del recent[:-4]
            topic = False
    # a second pass: names seen later make earlier surnames canonical
    for item in found:
        if item.name is not None:
            registry.cursor = item.cue_at
            item.name = registry.canonical(item.name)


#: (English) a person described by nationality: ``the``, up to three modifiers and a demonym (``The
#: 32-year-old Spaniard``), ending a clause or followed by a verb (not ``the German government``)
_EN_DEMONYM_DESCRIPTION = re.compile(
    r"\b[Tt]he[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?(?P<demonym>"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r")(?![\w-])(?=[ \u00a0]*[.,;:]|[ \u00a0]+(?:[a-z]+ed|[a-z]+s|was|is|has|had|came|won|took|beat|made|will|would|"
    r"could|can|told|said)\b)"
)


#: (English) public offices no holder of another of them holds too: a description by one of them (``the prime
#: minister``, read as its noun ``minister``) never stands for a person the people stage gives another as role
#: (``mayor``); a chancellor or premier is a minister too, so they are left out
_EN_SOLE_OFFICES = ("minister", "president", "mayor", "governor", "senator", "pope")


def _en_office(role: str | None) -> str | None:
    """(English) The office ``role`` ends in (``London mayor`` -> mayor), else None."""
    if not role:
        return None
    low = role.lower().strip()
    return next((office for office in _EN_SOLE_OFFICES if low == office or low.endswith(" " + office)), None)


def _en_office_conflict(registry: Registry, name: str, role: str | None) -> bool:
    """(English) Whether the description's noun ``role`` (``minister``) names an office other than the one the
    people stage gives ``name`` as role (``mayor``)."""
    office = _en_office(role)
    if office is None:
        return False
    known = next((p for p in registry.people if p.name == name), None)
    other = _en_office(known.role) if known is not None else None
    return other is not None and other != office


def _en_demonym_conflict(registry: Registry, name: str, role: str | None) -> bool:
    """(English) Whether a nationality description (``said the German``) cannot stand for ``name``: the text
    describes that person by another nationality (``The 32-year-old Spaniard came through ...`` with ``name``
    the known person written last before that description)."""
    if role is None or role not in DEMONYMS:
        return False
    body = registry.body
    for match in _EN_DEMONYM_DESCRIPTION.finditer(body):
        if match.group("demonym") == role:
            continue
        if _nearest_person_before(registry, match.start()) == name:
            return True
    return False


def _nearest_person_before(registry: Registry, pos: int) -> str | None:
    """(English) The known person whose name (whole, or its last word) is written last before ``pos``."""
    body = registry.body
    best: tuple[int, str] | None = None
    for person in registry.people:
        words = person.name.split()
        forms = {person.name} | ({words[-1]} if len(words) >= 2 and len(words[-1]) >= 3 else set())
        for form in forms:
            at = body.rfind(form, 0, pos)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, person.name)
    if best is None:
        return None
    registry.cursor = best[0]
    return registry.canonical(best[1])


#: a cue after a quote whose speaker is someone left unnamed: ``," ucap seorang juru bicara ...``,
#: ``," kata salah satu warga``, ``," ujar sumber tersebut``
_UNNAMED_AFTER = re.compile(
    r"[\s,.\"”“'’]*[a-z]+[ \u00a0]+(?:seorang|salah[ \u00a0]+(?:satu|seorang)|sumber|narasumber)\b"
)


def _unnamed_after(body: str, item: _Found, lang: str) -> bool:
    """A quote attributed by the cue after it to an unnamed person (``," ucap seorang juru bicara``; English
    ``," said a Juventus official``, ``," a spokesman added``)."""
    span = item.span
    if span is None or span.close_at is None:
        return False
    if lang == "en":
        return _EN_UNNAMED_AFTER.match(body, span.close_at + 1, min(len(body), span.close_at + 90)) is not None
    if lang != "id":
        return False
    return _UNNAMED_AFTER.match(body, span.close_at + 1, min(len(body), span.close_at + 60)) is not None


def _salient_before(registry: Registry, main: str, start: int, lead: int, said: str) -> str | None:
    """(Indonesian) the person a description after a cue (``ucap pria berusia 46 tahun itu``) points to
    when it is not the last speaker: the person the article names most often, strictly more than anyone
    else, provided the narration between the previous quote and this one names them and no other
    known person (``... Iwa, apakah menerima keputusan majelis hakim. "...," ucap pria ... itu``)."""
    if any(len(w) >= 3 and w in _named_in(said) for w in main.split()):
        return None
    gap = registry.body[min(lead, start) : start]
    named = [p.name for p in registry.people if _name_pattern(p.name).search(gap)]
    return main if named == [main] else None


def _most_named(registry: Registry) -> str | None:
    """The known person the whole article names most often, strictly more than anyone else."""
    tally = sorted(
        ((len(_name_pattern(p.name).findall(registry.body)), p.name) for p in registry.people), reverse=True
    )
    best = None
    if tally and tally[0][0] >= 2 and (len(tally) == 1 or tally[1][0] < tally[0][0]):
        best = tally[0][1]
    return best


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    """The full name, its first or its last word (three letters or more), as whole words."""
    words = [w for w in name.split() if len(w) >= 3 and w[:1].isupper()] or [name]
    forms = sorted({name, words[0], words[-1]}, key=len, reverse=True)
    return _whole_word("|".join(re.escape(f) for f in forms))


#: a capitalised word (a name word candidate)
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]+")
#: a word before a name that makes it a place or an object, not the person talked about (``di Daan Mogot``)
_PLACE_BEFORE = re.compile(r"(?:\b(?:di|ke|dari|jalan|jl|kota|klub|tim)\.?)[ \u00a0]+$", re.IGNORECASE)


def _topic_person(registry: Registry, pos: int, said: str) -> str | None:
    """(Indonesian) the person a ``katanya`` that has no antecedent at all refers to.

    No speaker and no named sentence subject stands before it, so the pronoun points to the
    person the article is about so far: the known person (people stage) the text before it names
    most often, strictly more than anyone else, not after a preposition or a place word
    (``di Daan Mogot``). A capitalised word that names no known person but is written more
    often (``Nolito``, whom the people stage missed) means the topic is someone else: None.
    ``Seniman Butet Kartaredjasa ... akan memamerkan ... "...," ujar dia``. A person the quote
    itself names is talked about, not talking.
    """
    before = registry.body[:pos]
    named = _named_in(said)
    tally: list[tuple[int, str]] = []
    for person in registry.people:
        words = [w for w in person.name.split() if len(w) >= 3 and w[:1].isupper()]
        if not words or any(w in named for w in words):
            continue
        pattern = _name_pattern(person.name)
        count = sum(
            1 for m in pattern.finditer(before) if not _PLACE_BEFORE.search(before, max(0, m.start() - 10), m.start())
        )
        if count:
            tally.append((count, person.name))
    tally.sort(reverse=True)
    if not tally or (len(tally) > 1 and tally[1][0] == tally[0][0]):
        return None
    count, name = tally[0]
    owned = {w for p in registry.people for w in p.name.split()}
    others: dict[str, int] = {}
    for match in _CAP_WORD.finditer(before):
        word = match.group()
        if word not in owned and not registry.common(word) and not registry.function_word(word):
            others[word] = others.get(word, 0) + 1
    return None if any(n > count for n in others.values()) else name


#: where a sentence may start: after a sentence end, a line break, a scraped paragraph gap
#: (two spaces) or a sentence end that lost its space (``... 2019.Deputi Bidang ...``)
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?…][\s\"”’']+|  +|(?<=[a-z\d)])[.!?](?=[A-Z][a-z]))", re.MULTILINE)
#: a dateline before the first sentence: ``Solo (ANTARA News) - ``, ``Jakarta, CNN Indonesia -- ``, ``JAKARTA—``
_DATELINE = re.compile(r"^[^\n]{0,80}?(?:[ \u00a0][-–—]{1,2}[ \u00a0]+|—[ \u00a0]*)(?=[A-Z])")
#: a run of capitalised words opening a sentence (an acronym in brackets may stand inside it: ``Ketua Dewan
#: Kehormatan ... Pemilu (DKPP) Jimly Asshiddiqie``)
_NAME_RUN = re.compile(
    r"(?:(?:[A-Z]\.|[A-Z][\w'’-]*|\([A-Z][A-Za-z&.-]{1,14}\))[ \u00a0]+){0,8}[A-Z][\w'’-]*(?![\w.])"
)
#: lower-case words that may follow a sentence's named subject (a verb, ``yang``, ``juga``, ``dari``...)
_SUBJECT_NEXT = re.compile(r"[ \u00a0]*(?:\([^()\n]{0,40}\)[ \u00a0]*)?(?:,[ \u00a0]*)?[a-z]")


#: (English) a sentence opened by ``For`` and a name (maybe a role before it, an apposition after it), then a comma
#: (English) a source quoting a person's words: ``London's Evening Standard quoted Mr Clarke telling Labour
#: activists ...``, ``Reuters quoted Mr Smith as saying ...``; the person, not the source, is whom a following he/she
#: stands for
_EN_QUOTED_PERSON = re.compile(
    r"\bquoted[ \u00a0]+(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3})"
    r"[ \u00a0]+(?:as[ \u00a0]+)?(?:saying|telling|warning|adding)\b"
)
_EN_FOR_VIEW = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:(?:But|And)[ \u00a0]+for|For)[ \u00a0]+"
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
_EN_CONJOINED_SAYER = re.compile(
    rf"[,;][ \u00a0]+(?:but|and|while|although|though|whereas)[ \u00a0]+"
    rf"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){{0,2}})[ \u00a0]+(?:{_EN})\b"
)


#: (English) ``CENTR, the Council of European National Top Level Domain Registries, agrees``
_EN_ACRONYM_APPOSED = re.compile(
    r"(?:(?<=[.!?][ \u00a0])|(?<=\n))[A-Z]{2,8},[ \u00a0]+the[ \u00a0]+"
    r"(?P<full>[A-Z][\w'’-]*(?:[ \u00a0]+(?:of|for|and|on|[A-Z][\w'’-]*)){1,9}),[ \u00a0]+[a-z]"
)


#: (Indonesian) a named subject whose verb makes them the one acted on by the law (``Markus sendiri telah
#: ditetapkan sebagai tersangka``): the sentence is about them, not said by them, so a ``tuturnya`` after it
#: goes back to the last speaker
_PATIENT_SUBJECT = re.compile(
    _NAME_RUN.pattern
    + r"[ \u00a0]+(?:(?:sendiri|juga|pun|telah|sudah|kini|sempat|pernah|resmi)[ \u00a0]+){0,3}"
    r"(?:ditetapkan|ditangkap|ditahan|divonis|dijerat|dituntut|didakwa|dituduh|diduga|dihukum|dijatuhi)\b"
)


#: (English) offices one person holds at a time, whose description names that holder (``roles_en.OFFICE_HEADS``)
_EN_OFFICE_HEADS = OFFICE_HEADS
_EN_THE = re.compile(r"\b[Tt]he[ \u00a0]+")
#: (English) a description opening a sentence and a lower-case verb after it (``the Cardinal will ask``)
_EN_EPITHET_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|However),?[ \u00a0]+)?[Tt]he[ \u00a0]+"
    + _EN_EPITHET_MODIFIERS
    + rf"(?P<noun>(?i:{'|'.join(sorted(_EN_OFFICE_HEADS))}))(?![\w-])[ \u00a0]+[a-z]"
)


def _en_epithet_subject(body: str, start: int, registry: Registry) -> str | None:
    """(English) The known person last written right after the whole description that opens the sentence at
    ``start`` (``the Cardinal`` after ``Cardinal Cormac Murphy-O'Connor``; ``the Olympic champion`` not after
    ``world champion Kim Collins``), or None."""
    match = _EN_EPITHET_SUBJECT.match(body, start, min(len(body), start + 80))
    if match is None:
        return None
    the = _EN_THE.search(body, match.start(), match.start("noun"))
    if the is None:
        return None
    return _titled_holder(registry, body[the.end() : match.end("noun")], start)


#: (English) a reported clause without quote marks, then a comma and a he/she cue: ``Mr Blair has failed to tackle
#: these problems, he claimed``
#: that ends the clause (a full stop, or a comma and a speech participle), not a parenthetical in a relative or
#: content clause (``the prime minister who, he claims, is ramming ...``)
_EN_PRONOUN_SAYER_AFTER = re.compile(
    rf"[^.!?;:\"“”\n]{{2,280}}?(?<![\w'’-]who)(?<![\w'’-]which)(?<![\w'’-]that),[ \u00a0]+(?:he|she)[ \u00a0]+"
    rf"(?:{_EN})(?![\w-])[ \u00a0]*(?:[.;]|,[ \u00a0]+(?:saying|adding|insisting|arguing|warning|claiming)\b)"
)

#: (English) the same with a known person's name as the sayer, maybe after ``has``/``had``: ``..., Michael Howard has
#: said.``
_EN_NAMED_SAYER_AFTER = re.compile(
    rf"[^.!?;:\"“”\n]{{2,280}}?(?<![\w'’-]who)(?<![\w'’-]which)(?<![\w'’-]that),[ \u00a0]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})"
    rf"[ \u00a0]+(?:(?:has|had)[ \u00a0]+)?(?:{_EN})(?![\w-])[ \u00a0]*[.;]"
)

def _subject_mentions(body: str, quoted: list[tuple[int, int]], registry: Registry) -> list[tuple[int, str]]:
    """(position, name) of the sentences that open with a named person (Indonesian).

    ``Ratu Maxima yang diterima Presiden ... mengatakan ia ...`` and ``Leslie juga sempat
    menyinggung ...``: the subject a following ``katanya`` / ``ujarnya`` refers back to.
    Only a run of capitalised words that ``_name_from_run`` reads as a person's name (not a
    role, an organisation or a plain word) and that a lower-case word follows counts.
    """
    out: list[tuple[int, str]] = []
    dateline = _DATELINE.match(body)
    # (``RS Dr. Kariadi (Semarang) dan ...``: the period of an abbreviation starts no sentence)
    starts = ([dateline.end()] if dateline else []) + [
        m.end() for m in _SENTENCE_START.finditer(body) if not _abbreviation_end(body, m)
    ]
    for start in starts:
        if start >= len(body) or _inside(start, quoted) or body[start] in DOUBLE_MARKS:
            continue
        name = _opening_subject(body, start, registry)
        if name is not None and registry.language == "en" and _en_owner_of_role(body, start):
            # ``Trump senior communications adviser Jason Miller said ...``: a person's name used as the owner of
            # a role, the subject the name after the role
            led, led_at = _en_role_led(body, start, registry)
            if led is not None and led != name:
                name, start = led, led_at
        if name is not None and registry.language == "en" and _en_not_a_person(name, start, registry):
            # ``Arsenal's Brazilian midfielder Edu has ...``, ``Long jumper Chris Tomlinson has ...``: an owner and a
            # modifier or a capitalised word that is no known person, then the role and the name
            led, led_at = _en_role_led(body, start, registry)
            if led is not None:
                name, start = led, led_at
            elif name.endswith(("'s", "’s")):
                # ``Ms Jowell's deputy, Richard Caborn, said ...``: not the owner of the possessive but the known
                # person its role is set off with is the subject
                name = _en_role_comma_name(body, start, registry) or name
        linked = _CONNECTIVE.match(body, start, min(len(body), start + 20)) if name is None else None
        if linked is not None:
            # ``Adapun Komisaris Utama Tokopedia Agus Marto memandang ...``: a linking word with no comma
            name = _opening_subject(body, linked.end(), registry)
            if name is not None and _person_after_opener(body, linked.end(), name, registry):
                start = linked.end()
            else:
                name = None
        if name is None and registry.language == "en":
            bullet = _EN_BULLET.match(body, start, min(len(body), start + 8))
            if bullet is not None:
                start = bullet.end()  # `` - Britain's Paula Radcliffe has ...``: a list item's dash
                name = _opening_subject(body, start, registry)
        if name is None and registry.language == "en":
            name, start = _en_role_led(body, start, registry)
        if name is None and registry.language == "en":
            name = _en_role_comma_name(body, start, registry)
        if name is None and registry.language == "en" and _EN_UNNAMED_SAYER.match(body, start, start + 160):
            out.append((start, UNNAMED))  # ``However, one dealer, who asked not to be named, told Reuters ...``
            continue
        english = name is None and registry.language == "en"
        lead = _EN_OPENING_PHRASE.match(body, start, min(len(body), start + 130)) if english else None
        if lead is not None and _EN_UNNAMED_SAYER.match(body, lead.end(), lead.end() + 160):
            # ``In a live television broadcast, President Castro's chief aide said ...``: the same unnamed sayer
            # after an opening phrase and its comma
            out.append((lead.end(), UNNAMED))
            continue
        opener = _OPENER.match(body, start, min(len(body), start + 60)) if name is None else None
        if opener is None and name is None:
            opener = _CLAUSE_OPENER.match(body, start, min(len(body), start + 130))
        if name is None and registry.language == "en" and (
            opener is None or not _plain_opener(opener.group("open"), registry)
        ):
            # ``Speaking at a trade event, Karl Dunst predicted ...``: a short phrase no plain opener
            opener = _EN_CLAUSE_OPENER.match(body, start, min(len(body), start + 130)) or opener
        if opener is not None and (
            _plain_opener(opener.group("open"), registry) or opener.re is _EN_CLAUSE_OPENER
        ):
            # ``Sementara pada 2014, Leslie juga sempat ...``: the subject after a short opening phrase
            start = opener.end()
            name = _opening_subject(body, start, registry)
            if name is not None and not _person_after_opener(body, start, name, registry):
                name = None
            if name is None and opener.re is _EN_CLAUSE_OPENER:
                # ``And while it has yet to match events held in Hong Kong, Tokyo and Pusan, Mr Prater predicts
                # ...``: a clause opener that holds a list; the known person after a later comma of the sentence
                name, start = _en_later_subject(body, start, registry)
            if name is None and registry.language == "en":
                # ``In the Commons, Tory frontbencher Andrew Tyrie MP demanded ...``
                name, start = _en_role_led(body, start, registry)
        if name is None and opener is None:
            lowered = _OPENER_LOWER.match(body, start, min(len(body), start + 80))
            if lowered is not None and _plain_opener(lowered.group("open"), registry):
                opener = lowered
                start = lowered.end()
                name = _role_led_subject(body, start, registry)
        if name is None and registry.language == "en":
            # ``On Friday, the Cardinal will ask the congregation ...``: a description of a titled holder as the
            # subject (``Cardinal Cormac Murphy-O'Connor`` written before) names them
            name = _en_epithet_subject(body, start, registry)
        if name is not None and registry.language == "en" and _EN_PRONOUN_SAYER_AFTER.match(body, start, start + 300):
            # ``Mr Blair has failed to tackle these problems, he claimed``: the subject of the reported clause is
            # what the sayer talks about; the he/she ending it is someone else
            continue
        named_sayer = (
            _EN_NAMED_SAYER_AFTER.match(body, start, start + 300)
            if name is not None and registry.language == "en"
            else None
        )
        if named_sayer is not None:
            # ``Tony Blair has had the chance ... and has failed, Michael Howard has said.``: the known sayer
            # ending the sentence is its mention, not the subject of the clause reported
            registry.cursor = named_sayer.start("name")
            sayer = registry.canonical(named_sayer.group("name"))
            if registry.is_known_person(sayer) and sayer != name:
                _add_mention(out, named_sayer.start("name"), sayer, registry)
                continue
        if name is not None and registry.language == "id" and _PATIENT_SUBJECT.match(body, start, start + 160):
            out.append((start, ANOTHER))  # ``Markus sendiri telah ditetapkan sebagai tersangka``: not a sayer
        elif name is not None:
            _add_mention(out, start, name, registry)
        elif opener is None and _noun_subject(body, start, registry):
            out.append((start, ANOTHER))
        if len(out) > 400:
            break
    # ``Deputi Bidang ..., Gatot Trihargo mengungkapkan ...``: the subject of a verb of speech or stance
    for match in _CUE_CANDIDATE.finditer(body):
        if match.group().lower() not in ID_STANCE_VERBS or _inside(match.start(), quoted):
            continue
        s_start = _clause_start(body, match.start())
        subject = body[s_start : match.start()]
        if not subject.strip() or any(mark in subject for mark in DOUBLE_MARKS) or _after_source(subject):
            continue
        registry.cursor = match.start()
        speaker = _verb_subject_id(subject, registry)
        if speaker is not None and not speaker.pronoun and speaker.name:
            _add_mention(out, match.start(), speaker.name, registry)
        elif speaker is None and _unnamed_role(body, s_start, subject, registry):
            out.append((match.start(), UNNAMED))
        if len(out) > 800:
            break
    if registry.language == "en":
        # ``CENTR, the Council of European National Top Level Domain Registries, agrees.``: an organisation
        # (an acronym set off with its full name, an organisation word in it) opening a sentence
        for match in _EN_ACRONYM_APPOSED.finditer(body):
            full = match.group("full")
            if not _inside(match.start(), quoted) and any(w.lower() in ORG_WORDS for w in full.split()):
                out.append((match.start(), full))
        # ``Williams' side has shown little, but Johnson insisted the Scots ...``: a named subject of a speech
        # verb after a conjunction in mid-sentence
        for match in _EN_CONJOINED_SAYER.finditer(body):
            if _inside(match.start(), quoted):
                continue
            registry.cursor = match.start("name")
            name = registry.canonical(match.group("name"))
            if registry.is_known_person(name):
                _add_mention(out, match.start("name"), name, registry)
        # ``For Rick Dean, director of ..., a high-definition future is an exciting prospect.``: the person whose
        # view an opening ``For`` phrase gives; ``..., said Jeremy Flynn, head of ... at Vodafone.``: the sayer
        # ending a reported sentence. Either is whom the next he/she stands for
        for pattern in (_EN_FOR_VIEW, _EN_QUOTED_PERSON):
            for match in pattern.finditer(body):
                if _inside(match.start(), quoted):
                    continue
                registry.cursor = match.start("name")
                name = registry.canonical(match.group("name"))
                if registry.is_known_person(name):
                    _add_mention(out, match.start("name"), name, registry)
    # ``Hal itu diungkapkan langsung oleh Presiden Ferrari, Sergio Marchionne.``: the agent of a passive speech verb
    _aged_mentions(body, quoted, registry, out)
    if registry.language == "en":
        _en_object_mentions(body, quoted, registry, out)
        _en_closing_sayer_mentions(body, quoted, registry, out)
    passives = [*_PASSIVE_AGENT.finditer(body), *_PASSIVE_BARE.finditer(body)]
    if registry.language == "id":
        passives += _PASSIVE_OPENING.finditer(body)  # ``Padahal diakui ketua umum X, ...``
    for match in passives:
        if _inside(match.start(), quoted):
            continue
        registry.cursor = match.start()
        speaker = speaker_after_cue(match.group("agent"), registry, "id")
        if speaker is not None and not speaker.pronoun and speaker.name:
            _add_mention(out, match.start(), speaker.name, registry)
    out.sort()
    return out


#: a name and its age ending a sentence (``... penggemar seperti Rina Dewi yang berusia 22 tahun.``,
#: ``... Rina Dewi (22).``, ``... Rina Dewi, 22.``), then only space before the next quote's mark
_AGED_NAME_END = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3})"
    r"(?:[ \u00a0]+yang[ \u00a0]+berusia[ \u00a0]+\d{1,3}[ \u00a0]+tahun"
    r"|[ \u00a0]*\(\d{1,3}\)|,[ \u00a0]*\d{1,3}(?:[ \u00a0]+tahun)?)"
    r"[.!?][ \u00a0]*$"
)


def _aged_mentions(body: str, quoted: list[tuple[int, int]], registry: Registry, out: list[tuple[int, str]]) -> None:
    """A person the sentence right before a quote, in its paragraph, introduces with an age, as its last words
    (``... menarik penggemar seperti Rina Dewi yang berusia 22 tahun. "Saya ingin ...," katanya.``): a new
    person brought in to speak, so the antecedent of the quote's ``katanya`` even outside the subject."""
    for open_at, _ in quoted:
        start = _clause_start(body, max(0, open_at - 1))
        if body.find("\n", start, open_at) >= 0 or _inside(start, quoted):
            continue
        match = _AGED_NAME_END.search(body, start, open_at)
        if match is not None:
            registry.cursor = match.start()
            _add_mention(out, match.start(), match.group("name"), registry)


#: (English) the agent of a passive verb, a known person's full name maybe after a role or title, as the last words
#: of a sentence (``The report was welcomed by Conservative shadow pensions secretary David Willetts.``)
_EN_OBJECT_NAME_END = re.compile(
    r"(?<![\w'’-])by[ \u00a0]+(?:[A-Za-z][\w'’-]*[ \u00a0]+){0,5}?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,2})"
    r"\.[ \u00a0]*$"
)
_EN_PRONOUN_OPENING = re.compile(r"(?:(?:But|And|Then|So)[ \u00a0]+)?(?:He|She|They|We|I|It)\b")


def _en_object_mentions(
    body: str, quoted: list[tuple[int, int]], registry: Registry, out: list[tuple[int, str]]
) -> None:
    """(English) a known person named as the agent of a passive verb in the last words of the sentence right before
    a quote, in its paragraph, when no person or pronoun opens that sentence (``The report was welcomed by
    Conservative shadow pensions secretary David Willetts. "The pensioners' voice ...," he said.``): the one the
    quote's he/she stands for."""
    for open_at, _ in quoted:
        start = _clause_start(body, max(0, open_at - 1), "en")
        if body.find("\n", start, open_at) >= 0 or _inside(start, quoted):
            continue
        match = _EN_OBJECT_NAME_END.search(body, start, open_at)
        if match is None or _EN_PRONOUN_OPENING.match(body, start) is not None:
            continue
        if _opening_subject(body, start, registry) is not None:
            continue
        registry.cursor = match.start("name")
        name = registry.canonical(match.group("name"))
        if registry.is_known_person(name):
            _add_mention(out, match.start("name"), name, registry)


#: (English) a verb-first cue and its sayer ending a reported sentence (``..., said Mr Jain.``, ``..., said Sun's
#: chief operating officer Jonathan Schwartz.``)
_EN_CLOSING_SAYER = re.compile(
    r"[,”\"][ \u00a0]+(?:said|says|added|adds|explained|explains|warned|warns|argued|argues|insisted|insists|noted"
    r"|notes|observed|observes|claimed|claims|admitted|admits|commented|comments|remarked|concluded|suggested"
    r"|suggests|pointed[ \u00a0]+out|points[ \u00a0]+out)[ \u00a0]+"
    r"(?P<agent>[^.!?\"“”\n]{2,160}?)\.[ \u00a0]*$"
)

#: (English) a verb-first cue and its sayer set off by commas after a sentence's short opening phrase (``Also,
#: said Mr Flynn, Vodafone has cut off ten sellers.``, ``For instance, said Mr Makower, credit cards are rare``)
_EN_PARENTHETICAL_SAYER = re.compile(
    r"[ \u00a0]*(?:[A-Z][\w'’-]*)(?:[ \u00a0]+[\w'’-]+){0,5},[ \u00a0]+"
    r"(?:said|says|added|adds|explained|explains|warned|argued|argues|insisted|noted)[ \u00a0]+"
    r"(?P<agent>(?:(?:Mr|Mrs|Ms|Dr|Prof)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,2}),[ \u00a0]+"
    r"[^.!?\"“”\n]+\.[ \u00a0]*$"
)


def _en_closing_sayer_mentions(
    body: str, quoted: list[tuple[int, int]], registry: Registry, out: list[tuple[int, str]]
) -> None:
    """(English) a known person named by a verb-first cue as the last words of the sentence right before a quote, in
    its paragraph, when no person or pronoun opens that sentence (``The fact that ... adds to people's reluctance,
    said Mr Jain. "They ask themselves ...," he said.``): the sayer the quote's he/she stands for."""
    for open_at, _ in quoted:
        if open_at > len(body):
            break  # (the body is cut after the last pronoun cue)
        end = open_at
        while end > 0 and body[end - 1] in " \u00a0\n":
            end -= 1
        if body.count("\n", end, open_at) > 2:
            continue
        # (the sentence may end the paragraph before the quote's: ``..., said James Henson, director of the Texas
        # Politics Project.\n\n"They've been very clever ...," he said.``)
        start = _clause_start(body, max(0, end - 1), "en")
        if body.find("\n", start, end) >= 0 or _inside(start, quoted):
            continue
        # ``Also, said Mr Flynn, Vodafone has cut off ten sellers. "We have strict contracts," he said.``
        match = _EN_PARENTHETICAL_SAYER.match(body, start, end)
        if match is None:
            match = _EN_CLOSING_SAYER.search(body, start, end)
            if match is None or _EN_PRONOUN_OPENING.match(body, start) is not None:
                continue
            if _opening_subject(body, start, registry) is not None:
                continue
        registry.cursor = match.start("agent")
        speaker = speaker_after_cue(match.group("agent"), registry, "en")
        if speaker is None or speaker.pronoun or not speaker.name or not registry.is_known_person(speaker.name):
            continue
        agent = match.group("agent")
        # the name ends the clause or an apposition follows (``said Mr Jain.``, ``said Ben Wood, principal
        # analyst at Gartner.``); not a clause with the name as its subject (``said Melzer was an example ...``)
        last = speaker.name.split()[-1]
        at = agent.find(last)
        tail = agent[at + len(last) :] if at >= 0 else "?"
        if tail.strip() and not tail.startswith(","):
            continue
        _add_mention(out, match.start("agent"), speaker.name, registry)


#: a passive speech or disclosure verb (``diungkapkan``, ``disampaikan``, ``ditegaskan``), maybe an adverb after it
_PASSIVE_SPEECH = (
    r"\bdi(?:ungkap|sampai|kata|jelas|tegas|nyata|umum|bocor|tulis|unggah|cuit|sebut|tutur|ucap)(?:kan|i)?"
    r"[ \u00a0]+(?:(?:langsung|pula|juga|sendiri)[ \u00a0]+)?"
)
#: a passive speech or disclosure verb and its agent: ``diungkapkan (langsung) oleh <agent>``
_PASSIVE_AGENT = re.compile(rf"{_PASSIVE_SPEECH}oleh[ \u00a0]+(?P<agent>[^.!?\"“”\n]{{1,120}})")
#: the same with no ``oleh`` after an anaphoric subject (``Hal itu``, ``Pernyataan tersebut``, ``Hal senada``):
#: ``Pernyataan tersebut disampaikan Ketua Tim Ahli Budi Santoso di Jakarta``
_PASSIVE_BARE = re.compile(
    rf"\b(?:itu|tersebut|ini|serupa|senada)[ \u00a0]+(?:(?:pun|juga|pula)[ \u00a0]+)?{_PASSIVE_SPEECH}"
    r"(?P<agent>[A-Z][^.!?\"“”\n]{0,119})"
)
#: a sentence opened by a passive speech verb and its agent, then a comma and the reported clause (``Seperti
#: dikatakan Kepala BPS Suhariyanto, ...``, ``Padahal diakui ketua umum Persipura Benhur Tommy Mano, kiper ...``):
#: the agent is the source of what the sentence says
_PASSIVE_OPENING = re.compile(
    r"(?:^|(?<=[.!?])[ \u00a0]+|(?<=\n))(?:(?:Seperti|Sebagaimana|Padahal|Namun|Bahkan)[ \u00a0]+)?"
    r"(?i:d)i(?:akui|(?:ungkap|sampai|kata|jelas|tegas|tutur|ucap)kan)[ \u00a0]+(?:(?:langsung|pula|juga)[ \u00a0]+)?"
    r"(?P<agent>(?:[a-z][\w-]*[ \u00a0]+){0,6}[A-Z][^.!?,\"“”\n]{0,100}),",
    re.MULTILINE,
)


#: adverbs between a subject and its speech verb (``Moenardji Soedargo sebelumnya menyatakan``)
_SUBJECT_ADVERB = re.compile(r"[ \u00a0]+(?:sebelumnya|juga|pun|kemudian|sempat|telah|lalu|pernah)[ \u00a0]*$")
#: an opening phrase and its comma before a capitalised subject (``Terkait program ... tersebut, Ketua ...``)
_LEAD_PHRASE = re.compile(r"^[^,]{1,120},[ \u00a0]+(?=[A-Z])")


def _verb_subject_id(subject: str, registry: Registry) -> Speaker | None:
    """The speaker a subject before an Indonesian speech verb names; failing that, the same subject
    without a trailing adverb (``sebelumnya``) and without a plain opening phrase before its comma."""
    speaker = speaker_before_cue(subject, registry, "id")
    if speaker is not None and speaker.name:
        return speaker
    bare = _SUBJECT_ADVERB.sub("", subject)
    lead = _LEAD_PHRASE.match(bare)
    if lead is not None and _plain_opener(lead.group().rstrip(" ,\u00a0"), registry):
        bare = bare[lead.end() :]
    if bare != subject:
        speaker = speaker_before_cue(bare, registry, "id")
        if speaker is not None and speaker.name:
            return speaker
    return _known_before_setting(bare, registry) or speaker


#: a trailing day (``, Senin``, ``, Kamis (25/1) sore,``) and a trailing setting after a name (``di Jakarta``,
#: ``dalam keterangannya``, ``saat dihubungi``)
_TRAILING_DAY = re.compile(
    r",[ \u00a0]*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:[ \u00a0]*\([\d/ ]{1,12}\))?"
    r"(?:[ \u00a0]+(?:pagi|siang|sore|malam))?[ \u00a0,]*$"
)
_TRAILING_SETTING = re.compile(
    r"(?<=[a-z'’])[ \u00a0]+(?:di|dalam|saat|ketika|usai|seusai|kepada)[ \u00a0][^,\"“”]{1,60}$"
)


def _known_before_setting(subject: str, registry: Registry) -> Speaker | None:
    """``Wasit ... Ir. H. Budi Santoso dalam keterangannya, Senin mengungkapkan``: a known person (two words
    or more) whose name ends the subject once a trailing day and a setting after the name are cut."""
    bare = _TRAILING_DAY.sub("", subject)
    setting = _TRAILING_SETTING.search(bare)
    if setting is None:
        return None
    speaker = speaker_before_cue(bare[: setting.start()], registry, "id")
    if speaker is None or not speaker.name or len(speaker.name.split()) < 2:
        return None
    return speaker if registry.is_known_person(speaker.name) else None


#: a mention that stands for a speaker the article never names (``Ketua ALFI ... menilai``)
UNNAMED = ""
#: a sentence whose subject is a plain noun (``Polisi langsung merespon ...``): the person a sentence
#: before opened with is no longer the topic, so a later ``katanya`` goes back to the last speaker
ANOTHER = "\x00"
_NOUN_SUBJECT = re.compile(
    r"(?P<noun>[A-Z][a-z]{3,})[ \u00a0]+(?:(?:langsung|kemudian|lalu|pun|juga|segera|sudah|telah)[ \u00a0]+)?"
    r"(?:me|ber)[a-z]{3,}(?<!nya)\b"
)


def _noun_subject(body: str, start: int, registry: Registry) -> bool:
    """A sentence that opens with a plain noun and then an active verb: ``Polisi langsung merespon ...``."""
    match = _NOUN_SUBJECT.match(body, start, min(len(body), start + 60))
    if match is None:
        return False
    noun = match.group("noun")
    return registry.plain_word(noun) and not registry.function_word(noun) and not registry.lead_word(noun)


def _unnamed_role(body: str, start: int, subject: str, registry: Registry) -> bool:
    """A subject that is a role phrase naming no one, written here for the first time: ``Sementara itu, Ketua
    Asosiasi Logistik ... (ALFI) Soekarno-Hatta, menilai``. A later ``ujarnya`` is that unnamed holder's."""
    bare = _SUBJECT_ADVERB.sub("", subject).strip(" ,\u00a0")
    lead = _LEAD_PHRASE.match(bare)
    if lead is not None and _plain_opener(lead.group().rstrip(" ,\u00a0"), registry):
        bare = bare[lead.end() :]
    words = bare.split()
    if not 3 <= len(words) <= 14 or not words[0][:1].isupper() or words[0].lower() not in ROLE_WORDS:
        return False
    if "," in bare or _DEMONSTRATIVE.search(bare) or registry.person_in(words) is not None:
        return False
    return " ".join(words[:3]) not in body[:start]


_DEMONSTRATIVE = re.compile(r"[ \u00a0]+(?:ini|itu|tersebut)\b")
#: a short opening phrase and its comma (``Sementara pada 2014, ``), before the subject
#: (an English age may open the subject: ``On the outskirts of Kyoto, 83-year-old Yuji Shimizu ...``)
_OPENER = re.compile(r"(?P<open>[^,.!?;:\n\"“”]{1,50}),[ \u00a0]+(?=[A-Z]|\d{1,3}-year-old[ \u00a0]+[A-Z])")


#: an adverbial clause opening the sentence (``Setelah dibantah oleh Nufransa melalui cuitan di Twitter, Rizal
#: Ramli segera mengoreksi ...``): a subordinator starts it and its comma ends it. Whoever it names, the
#: subject of the sentence is the name after the comma, however long the clause
_SUBORDINATOR_ID = (
    r"(?:Setelah|Sebelum|Usai|Seusai|Sesudah|Selepas|Ketika|Saat|Sejak|Meski|Meskipun|Walau|Walaupun|Kendati"
    r"|Karena|Lantaran|Jika|Apabila|Bila|Sebab|Selama|Sembari|Seiring)"
)
_CLAUSE_OPENER = re.compile(rf"(?P<open>{_SUBORDINATOR_ID}[ \u00a0][^,.!?;:\n\"“”]{{1,110}}),[ \u00a0]+(?=[A-Z])")
_SUBORDINATOR_START = re.compile(rf"{_SUBORDINATOR_ID}[ \u00a0]")
#: (English) the same: a subordinator or a participle of a life event opens it (``Born in 1912 and educated at
#: Portsmouth Northern Secondary School, Lord Callaghan became ...``, ``After serving as ..., he ...``), or a
#: participle of speech (``Speaking at a BMW event ..., Helmut Panke predicted ...``, ``Asked about ..., Mr Ode said``)
_SUBORDINATOR_EN = (
    r"(?:After|Before|When|While|Since|Although|Though|Despite|Having|Born|Educated|Elected|Raised|Appointed"
    r"|Speaking|Talking|Writing|Asked|Commenting|Responding|Addressing|Answering|Replying|Interviewed"
    # ``During an interview with Sean Hannity ..., Donald Trump discussed ...``, ``Following Sanders on MSNBC,
    # Clinton seemed ...``, ``But after focusing her attention on ..., Clinton delivered ...``
    r"|During|Following|Amid|Upon"
    # ``With both services on offer from Telewest, Mr Tveter is confident ...``: a circumstance, not the subject
    r"|With|Without"
    # ``In an interview published in the Radio Times in January, Victoria Wood slated ...``: where someone's words
    # appeared, however long, is no subject
    r"|In[ \u00a0]+(?:an?|his|her|their|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
    r"(?:interview|statement|letter|speech|article|column|message|address|e-?mail|blog|essay)\b"
    r"|(?:But|And|Yet)[ \u00a0]+(?:after|before|when|while|since|although|though|despite|during|following))"
)
_EN_CLAUSE_OPENER = re.compile(rf"(?P<open>{_SUBORDINATOR_EN}[ \u00a0][^,.!?;:\n\"“”]{{1,110}}),[ \u00a0]+(?=[A-Z])")


#: an opening phrase that names the source of the sentence (``Menurut Budi``, ``Menurut dia``, ``Menurutnya``)
_SOURCE_OPENER = re.compile(r"Menurut(?:nya\b|[ \u00a0]+(?:[A-Z]|(?:dia|ia|beliau|mereka)\b))")


def _after_source(subject: str) -> bool:
    """A subject that a source phrase and its comma open (``Menurut Budi, Andi``): Andi is reported, not speaking."""
    head = subject.lstrip()
    return "," in head and _SOURCE_OPENER.match(head) is not None


#: (English) a later comma of a sentence before a capitalised word, or the end of the sentence
_EN_LATER_COMMA = re.compile(r",[ \u00a0]+(?=[A-Z])|[.!?;:\n\"“”]")


def _en_later_subject(body: str, start: int, registry: Registry) -> tuple[str | None, int]:
    """(English) the known person whose name, and then a lower-case word, follows a later comma of the sentence
    whose clause opener ended at ``start`` (``While it has yet to match Hong Kong, Tokyo and Pusan, Mr Prater
    predicts ...``), and where the name starts; else (None, start). Only within 120 characters."""
    for match in _EN_LATER_COMMA.finditer(body, start, min(len(body), start + 120)):
        if not match.group().startswith(","):
            break  # the sentence ended
        name = _opening_subject(body, match.end(), registry)
        registry.cursor = match.end()
        if name is not None and registry.is_known_person(registry.canonical(name)):
            return name, match.end()
    return None, start


def _plain_opener(phrase: str, registry: Registry) -> bool:
    """An opening phrase of at most six words that starts with a plain word (``Sementara``, ``Pada``, ``Namun``)
    and holds no speech verb; an adverbial clause (``Setelah ...``) may be longer, up to sixteen words.

    A source phrase (``Menurut Budi, Andi menegaskan ...``) is no plain opener: the one it names is the
    speaker, and the subject after its comma is only reported, no antecedent of a later ``kata dia``."""
    if _SOURCE_OPENER.match(phrase):
        return False
    words = phrase.split()
    limit = 16 if _SUBORDINATOR_START.match(phrase) else 6
    if not 0 < len(words) <= limit or any(w.lower() in ID_SUBJECT_FIRST for w in words):
        return False
    return words[0].lower() in registry.lower_words and words[0].lower() not in ROLE_WORDS


def _person_after_opener(body: str, pos: int, name: str, registry: Registry) -> bool:
    """A subject after an opening phrase counts when it is a person the people stage knows, or a lone
    surname of a full name the body writes (``Leslie`` of ``Rose Leslie``), or a full name a role word heads
    (``Komisaris PT Maju Budi Santoso``); not ``Lion Air``, ``Pulau Bintan``."""
    registry.cursor = pos
    full = registry.canonical(name)
    if registry.is_known_person(full) or _extends_known(full, registry):
        return True
    run = _NAME_RUN.match(body, pos, min(len(body), pos + 120))
    words = full.split()
    if run is not None and len(words) >= 2 and run.group().split()[0].lower() in ROLE_WORDS:
        return True  # ``Sementara itu, Komisaris PT Maju Budi Santoso pun ...``: a role heads a full name
    return run is not None and " " not in run.group() and len(words) >= 2 and words[-1] == run.group()


#: a linking word that opens a sentence with no comma before its subject (``Adapun Agus Marto memandang ...``)
_CONNECTIVE = re.compile(r"(?:Adapun|Sedangkan|Sementara(?:[ \u00a0]+itu)?|But|And|Yet)[ \u00a0]+(?=[A-Z])")
#: (English) the role nouns that may close ``_EN_ROLE_LEAD`` (``roles_en.LEAD_ROLES``)
_EN_LEAD_ROLES = LEAD_ROLES
#: (English) a role before the subject's name: an owner's possessive or a capitalised modifier, then lower-case
#: role words ending in a role noun (``The Guardian's film critic Peter Bradshaw felt``, ``Outgoing Leeds chairman
#: Gerald Krasner``); ``As for Trump``, ``With septuagenarian Donald Trump`` end in no role noun
_EN_ROLE_LEAD = re.compile(
    r"(?:(?:The|A|An)[ \u00a0]+)?(?:[A-Z][\w&.-]*[ \u00a0]+(?:(?:(?:of|the|and)[ \u00a0]+)+(?=[A-Z]))?){0,3}"
    r"(?:[A-Z][\w&.-]*['’]s[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?)?"  # ``Arsenal's Brazilian midfielder``
    r"(?:(?:[a-z][a-z-]+|\d{1,3}-year-old)[ \u00a0]+){1,4}(?=[A-Z])"  # an age for a role: ``83-year-old Yuji Shimizu``
)
_EN_AGE = re.compile(r"\d{1,3}-year-old")
#: (English) a list item's dash or bullet at the start of a line (`` - Britain's Paula Radcliffe has ...``)
_EN_BULLET = re.compile(r"[ \u00a0]*[-–•*][ \u00a0]+(?=[A-Z])")
#: (English) a player's national or world ranking after ``number`` (``British number one Tim Henman``, ``World
#: number one Lindsay Davenport``)
_EN_RANKS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "1", "2", "3", "4", "5"}
)
#: (English) prepositions that make the role phrase after them an object, not the sentence's subject
_EN_LEAD_PREPOSITIONS = frozenset(
    {"with", "as", "for", "like", "unlike", "after", "before", "against", "without", "despite", "under", "including"}
    | {"to", "from", "by", "of", "on", "at", "in", "behind", "alongside", "beside", "besides", "than", "about"}
)
#: (English) role words that head a role phrase with their complement after them: ``minister of sport``
_EN_ROLE_OF = frozenset({"of", "for", "at"})


def _en_not_a_person(name: str, start: int, registry: Registry) -> bool:
    """(English) whether a sentence's opening run ``name`` is a possessive or a word no known person bears."""
    if "'s " in name or "’s " in name:
        return True
    registry.cursor = start
    return not registry.is_known_person(registry.canonical(name))


#: (English) a capitalised run, then a role phrase's first lower-case word: a role modifier or a role noun
#: (``Trump senior communications adviser Jason Miller``, ``Clinton campaign manager Robby Mook``); never a verb
#: (``Clinton told campaign manager Robby Mook ...``, ``Trump hired campaign chairman Paul Manafort``)
_EN_OWNER_RUN = re.compile(r"(?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}(?P<first>[a-z][a-z-]+)[ \u00a0]+")
_EN_ROLE_MODIFIERS = ROLE_MODIFIERS


def _en_owner_of_role(body: str, start: int) -> bool:
    """(English) whether the capitalised run opening the sentence at ``start`` is followed by a role phrase's
    first word (a role modifier or a role noun), so that the run may own the role rather than be the subject."""
    match = _EN_OWNER_RUN.match(body, start, min(len(body), start + 80))
    if match is None:
        return False
    first = match.group("first")
    return first in _EN_ROLE_MODIFIERS or first in _EN_LEAD_ROLES


def _en_role_led(body: str, start: int, registry: Registry) -> tuple[str | None, int]:
    """(English) the known person after a role phrase opening the sentence at ``start`` (``Outgoing Leeds
    chairman Gerald Krasner``, ``Spain's minister of sport Jaime Lissavetzky was ...``, ``Tory frontbencher
    Andrew Tyrie MP demanded``), and where the name starts; else (None, start). The role noun ends the phrase
    or heads it before of/for/at and its complement."""
    lead = _EN_ROLE_LEAD.match(body, start, min(len(body), start + 80))
    if lead is None or lead.group().split()[0].lower() in _EN_LEAD_PREPOSITIONS:
        return None, start  # ``With veteran Paul Lenz, the cast ...``: the name is a preposition's object
    words = [w.lower() for w in lead.group().split()]
    lower = [i for i, w in enumerate(words) if w[:1].islower() or w in ("the", "a", "an")]
    head = (
        words[-1] in _EN_LEAD_ROLES
        or any(words[i] in _EN_LEAD_ROLES and i + 1 < len(words) and words[i + 1] in _EN_ROLE_OF for i in lower)
        or (len(words) >= 2 and words[-2] == "number" and words[-1] in _EN_RANKS)  # ``British number one``
        or _EN_AGE.fullmatch(words[-1]) is not None  # ``On the outskirts of Kyoto, 83-year-old Yuji Shimizu ...``
    )
    if not head:
        return None, start
    name = _opening_subject(body, lead.end(), registry)
    registry.cursor = lead.end()
    if name is not None and registry.is_known_person(registry.canonical(name)):
        return name, lead.end()
    return None, start


#: (English) a sentence opened by a role phrase, its comma, a name and its comma: ``Director of Public
#: Prosecutions, Ken Macdonald QC, who sits on the SGC, said ...``, ``Computer specialist at the IAEA, Peter
#: Smith, would like ...``
_EN_ROLE_COMMA_NAME = re.compile(
    r"(?P<role>[A-Z][^,.!?;:\n\"“”]{2,60}),[ \u00a0]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){1,3}),[ \u00a0]+(?=[a-z])"
)
#: (English) role nouns that may head the role phrase of ``_EN_ROLE_COMMA_NAME``
_EN_COMMA_ROLES = frozenset({"specialist", "expert", "officer", "official", "head"})
#: (English) words opening a phrase that is no role: a preposition or conjunction (``Like his father, ...``)
_EN_NOT_ROLE_START = frozenset({"like", "unlike", "as", "despite", "besides", "including", "against", "to"})


def _en_role_comma_name(body: str, start: int, registry: Registry) -> str | None:
    """(English) the known person a role phrase and its comma open the sentence at ``start`` with, the name
    set off by commas and a lower-case word after it (``_EN_ROLE_COMMA_NAME``); None otherwise. The phrase
    holds a role noun and opens with no preposition (``In London, ...``, ``Like his father, ...``)."""
    match = _EN_ROLE_COMMA_NAME.match(body, start, min(len(body), start + 140))
    if match is None:
        return None
    words = [w.lower() for w in match.group("role").split()]
    if len(words) > 8 or words[0] in EN_FUNCTION or words[0] in _EN_NOT_ROLE_START:
        return None
    if words[0] in _EN_LEAD_PREPOSITIONS or not any(w in _EN_LEAD_ROLES or w in _EN_COMMA_ROLES for w in words):
        return None
    name = _EN_POSTNOMINAL.sub("", match.group("name")).strip()
    registry.cursor = start
    canonical = registry.canonical(name)
    return canonical if " " in name and registry.is_known_person(canonical) else None


#: a short opening phrase and its comma before a lower-case word and a name (``Di samping Bepe, kiper Andritany``)
_OPENER_LOWER = re.compile(r"(?P<open>[^,.!?;:\n\"“”]{1,50}),[ \u00a0]+(?=[a-z]{3,15}[ \u00a0]+[A-Z])")
#: a lower-case word, then a capitalised one (``kiper Andritany Ardhiyasa``)
_LOWER_HEAD = re.compile(r"(?P<head>[a-z]{3,15})[ \u00a0]+(?=[A-Z])")


def _role_led_subject(body: str, start: int, registry: Registry) -> str | None:
    """``Di samping Bepe dan Ryuji, kiper Andritany Ardhiyasa juga berkeinginan.``: after an opening phrase the
    subject may be a lower-case role noun (a one-word role head: ``kiper``, ``pelatih``, ``pemain``) and then a
    name. The role says the name is a person's, so a full name of two words counts even when the people stage
    missed it."""
    head = _LOWER_HEAD.match(body, start, min(len(body), start + 20))
    if head is None or (head.group("head"),) not in lexicon("id").role_heads.get(head.group("head"), ()):
        return None
    name = _opening_subject(body, head.end(), registry)
    if name is None:
        return None
    registry.cursor = start
    full = registry.canonical(name)
    if len(full.split()) < 2 and not registry.is_known_person(full):
        return None
    return name


def _extends_known(name: str, registry: Registry) -> bool:
    """``Dennies Christoper Jordan`` when the people stage knows ``Dennies Christoper``: a name of three words
    or more that opens with a known person's full name (two words or more) is that person's fuller form."""
    words = name.split()
    if len(words) < 3:
        return False
    return any(
        len(parts) >= 2 and words[: len(parts)] == parts for parts in (p.name.split() for p in registry.people)
    )


#: (English) a role noun after a sentence-opening run, then a name set off by commas
#: (English) a person who speaks for another: ``Cosby's lawyer, Walter M Phillips Jr, said``
_EN_COUNSEL = frozenset({"lawyer", "solicitor", "agent", "attorney", "barrister", "representative"})
#: (English) a speech cue right after an appositive's closing comma: ``, said``
_EN_CUE_NEXT = re.compile(rf"[ \u00a0]+(?:{_EN})\b")
_EN_ROLE_NAME_AFTER = re.compile(r"[ \u00a0]+(?P<role>[a-z]+),[ \u00a0]*(?P<name>[A-Z][^,;.!?]{2,60}?),")


#: (English) an appositive role phrase set off by commas after a sentence's named subject, then a lower-case
#: word (``, PPI research director, said``, ``, editor of Mac Format, understandably has``): the phrase holds
#: a lower-case word and no verb-like ``who``/``which``/``and``
_EN_APPOSITION = (
    r"(?=[^,\n]{0,50}?\b[a-z])(?![^,\n]{0,60}?\b(?:and|or|who|which|whose|where|when)\b)"
    r"[^,.;:!?\"“”()\n]{2,60},[ \u00a0]+"
)
#: (an age may come first: ``Hazel Gilbert, 23, an information manager from Newcastle, gave up ...``)
_EN_APPOSITIVE_NEXT = re.compile(
    rf",[ \u00a0]+(?:\d{{1,3}},[ \u00a0]+(?:{_EN_APPOSITION})?|{_EN_APPOSITION})[a-z]"
)
#: (English) an aside between spaced dashes after a name, then a lower-case word (the verb)
_EN_DASH_ASIDE_NEXT = re.compile(
    r"[ \u00a0]+[-–—][ \u00a0]+[^-–—.;:!?\"“”()\n]{2,120}?[ \u00a0]+[-–—][ \u00a0]+[a-z]"
)
#: (English) a post-nominal after a name (``Andrew Tyrie MP``, ``Michael Mansfield QC``)
_EN_POSTNOMINAL = re.compile(r"(?<=[a-z])[ \u00a0]+(?:MP|MEP|MSP|AM|QC|KC)$")


#: (English) a lower-case name particle inside a full name (``Nick Van den Brul``, ``Jeroen van der Veer``)
_EN_NAME_PARTICLE = re.compile(r"[ \u00a0](?:van|den|der|de|da|di|von|le|la|du|dos|del|ter)[ \u00a0][A-Z]")


@lru_cache(maxsize=1024)
def _en_particle_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """(English) the known people's full names that hold a lower-case particle, longest first."""
    return tuple(sorted((n for n in names if _EN_NAME_PARTICLE.search(n)), key=len, reverse=True))


def _opening_subject(body: str, start: int, registry: Registry) -> str | None:
    """The person whose name opens the sentence at ``start`` and whom a lower-case word follows, or None."""
    clause = body[start : start + 120]
    if registry.language == "en" and clause[:1].isupper():
        for full in _en_particle_names(tuple(p.name for p in registry.people)):
            if clause.startswith(full) and _SUBJECT_NEXT.match(clause, len(full)):
                # ``Aviation analyst Nick Van den Brul of BNP Paribas described ...``: a known full name whose
                # lower-case particle the capitalised run would stop at
                return full
    run = _NAME_RUN.match(clause)
    if run is None:
        return None
    if not _SUBJECT_NEXT.match(clause, run.end()):
        if registry.language != "en" or not (
            _EN_APPOSITIVE_NEXT.match(clause, run.end()) or _EN_DASH_ASIDE_NEXT.match(body, start + run.end())
        ):
            return None
        # ``Chris Curry, PPI research director, said ...``: a known person set off with a role phrase;
        # ``Mr Khodorkovsky - who has been in jail for a year - pleaded ...``: or with an aside between dashes
        registry.cursor = start
        apposed_subject = registry.canonical(run.group())
        return apposed_subject if registry.is_known_person(apposed_subject) else None
    if registry.language == "en":
        holder = en_gap_holder(clause[run.end() :].split()[:10], 0, registry)
        if holder is not None:
            # ``Scissor Sisters frontwoman Ana Matronic collected ...``: the holder of the role, not its owner
            registry.cursor = start
            return registry.canonical(holder[0])
        apposed = _EN_ROLE_NAME_AFTER.match(clause, run.end())
        # not after a possessive (``Trump's attorney, Alan Garten, said``): right too, but on PolNeAR it met a
        # gold pair whose coreference is wrong (``Bloomberg's pollster, Douglas Schoen`` labelled Walter Stone)
        # (unless a cue follows the name's closing comma: ``Cosby's lawyer, Walter M Phillips Jr, said``)
        possessive = run.group().endswith(("'s", "’s"))
        cued = apposed is not None and _EN_CUE_NEXT.match(clause, apposed.end()) is not None
        if apposed is not None and (
            (not possessive and apposed.group("role") in EN_PERSON_ROLES)
            or (cued and apposed.group("role") in EN_PERSON_ROLES | _EN_EPITHET_HEADS | _EN_COUNSEL)
        ):
            registry.cursor = start
            apposed_name = registry.canonical(apposed.group("name"))
            if registry.is_known_person(apposed_name):
                return apposed_name  # ``James Hardie chairwoman, Meredith Hellicar, said``: the name after the role
    first = run.group().split()[0]
    if first.lower().endswith("nya") or (first.lower() in registry.lower_words and first.lower() not in ROLE_WORDS):
        return None  # ``Selain Dwi, ...``, ``Datangnya Dwi ...``: the name is not the subject
    if registry.lead_word(first) or first == "The":
        return None  # ``Mengutip Science Alert, ...``, ``Kepergian Advent ...``, ``The Last Jedi``: no person
    if _DEMONSTRATIVE.match(clause, run.end()):
        return None  # ``Politisi Gerindra ini ...``, ``Guru Besar ... Kepolisian itu``: an epithet, not a name
    words = run.group()
    if registry.language == "en":
        words = _EN_POSTNOMINAL.sub("", words)  # ``Andrew Tyrie MP demanded``
        parts = words.split()
        while len(parts) >= 2 and en_descriptor_word(parts[0], parts[0].lower(), parts[1].lower(), given_names()):
            parts = parts[1:]  # ``Midfielder Edu reduced ...``, ``Paris-based Euronext, owner of ...``: a description
        words = " ".join(parts)
    name = _subject_name(words, start, registry)
    if name is not None and registry.plain_word(first) and first.lower() not in ROLE_WORDS:
        registry.cursor = start
        if not registry.is_known_person(registry.canonical(name)):
            return None  # ``Maklum Viking juga ...``: a plain word opens the sentence
    return name


def _subject_name(run: str, pos: int, registry: Registry) -> str | None:
    """The person a sentence-opening run of capitalised words names, or None.

    A run the people stage does not know is read with care, since a sentence's first
    word is capitalised whatever it is: ``Catatan Mahelan, ...`` (a plain noun, then a
    known name) gives the known name, and a lone unknown word (``Upbit sejauh ini ...``)
    gives None rather than the longest capitalised run that holds it.
    """
    speaker = subject_of(run, registry, "id")
    if speaker is None or speaker.pronoun or not speaker.name or registry.organization(speaker.name):
        return None
    registry.cursor = pos
    words = run.split()
    if registry.is_known_person(registry.canonical(speaker.name)):
        return speaker.name
    if len(words) >= 2:
        rest = registry.canonical(" ".join(words[1:]))
        if registry.is_known_person(rest):
            return rest
    if len(words) == 1 and not registry.given_name(registry.canonical(speaker.name).split()[0]):
        return None  # the full form the body gives does not start with a first name (``Grand Launching Upbit``)
    return speaker.name


#: a title abbreviation or an initial whose period ends no sentence (``Plt. Direktur``, ``Ir. Joko``), or a
#: degree after a name (``Sp. Rad``, ``S.H.``, ``M.Si.``)
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:[A-Z]|Plt|Plh|Pjs|Pj|Dr|Drs|Dra|Ir|Prof|Hj|Kol|Jl|St|Sp)\.$|(?<![\w.])(?:[A-Z][a-z]{0,2}\.){2,}$"
)


def _abbreviation_end(body: str, match: re.Match[str], lang: str = "") -> bool:
    """Whether the sentence end ``match`` found is the period of an abbreviation (``Dr. Kariadi``; in English also
    ``_en_abbreviation``: ``joined by Sen. Al Franken``)."""
    at = match.start()
    if body[at : at + 1] != ".":
        return False
    return _ABBREVIATION.search(body, max(0, at - 6), at + 1) is not None or (
        lang == "en" and _en_abbreviation(body, at)
    )


def _clause_start(body: str, pos: int, lang: str = "") -> int:
    """Where the sentence holding ``pos`` starts (a sentence end, a line break or a glued end)."""
    lo = max(0, pos - 240)
    start = lo
    for match in _SENTENCE_START.finditer(body, lo, pos):
        if _abbreviation_end(body, match, lang):
            continue
        start = match.end()
    return start


def _add_mention(out: list[tuple[int, str]], pos: int, name: str, registry: Registry) -> None:
    """Keep a sentence subject that is a person: a known one, or a name of two words or more."""
    registry.cursor = pos
    full = registry.canonical(name)
    if not registry.is_person_like(full) or registry.organization(full):
        return
    known = registry.is_known_person(full) or registry.is_known_person(name)
    if not (known or (len(name.split()) > 1 and len(full.split()) > 1)):
        return  # ``Keterangan itu ...``, ``Polisi langsung ...``: a plain word opening the sentence
    if not out or out[-1][0] != pos:
        out.append((pos, full))


#: a quote nested in single marks inside a quote (``tanya, ' Irfan sakit? '``): someone else's words
_NESTED = re.compile(r"(?<!\w)['‘][^'‘’\n]{1,120}['’](?!\w)")
#: a capitalised word, and the capitalised words right around it
_CAP_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)*")


def _named_in(said: str) -> frozenset[str]:
    """The words of the names a quote mentions in the third person (Indonesian): capitalised runs of one or
    two words outside a nested quote, not a title (``Jaksa Agung``), nor the start of a longer name
    (``Ed Sheeran Divide World Tour``)."""
    if not said:
        return frozenset()
    words: set[str] = set()
    heads = lexicon("id").role_heads
    for run in _CAP_RUN.finditer(_NESTED.sub(" ", said)):
        parts = run.group().split()
        keys = tuple(_lower_key(p) for p in parts)
        if len(parts) > 2 or keys in heads.get(keys[-1], ()):
            continue  # a longer name or title, or a title of its own (``Jaksa Agung``)
        words.update(p for p, key in zip(parts, keys, strict=True) if key not in ROLE_WORDS)
    return frozenset(words)


def _lower_key(word: str) -> str:
    return word.strip(".,;:!?'’\"()").lower()


def _shared_name_words(registry: Registry) -> frozenset[str]:
    """A family name two known people share, the one word their full names (two words or more) have in
    common, ending one of them (a father's name his son carries: ``Sukamto Hadi`` and ``Budi Sukamto``):
    a quote naming it does not tell which of them it talks about."""
    names = sorted({tuple(p.name.split()) for p in registry.people if len(p.name.split()) >= 2})
    shared: set[str] = set()
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            common = set(a) & set(b)
            if len(common) == 1 and (a[-1] in common or b[-1] in common):
                shared |= common
    return frozenset(shared)


def _antecedent(
    recent: list[str], gender: str | None, registry: Registry, said: str = "", person: bool = False
) -> str | None:
    """The most recent speaker a pronoun of ``gender`` can refer to.

    A person the quote itself names (``"Kit adalah pria yang menyenangkan," katanya``) is talked
    about, not talking: the pronoun skips back over them.
    """
    named = _named_in(said) - _shared_name_words(registry)
    candidates = [name for name in recent if not any(len(w) >= 3 and w in named for w in name.split())]
    if not candidates or candidates[-1] == UNNAMED:
        return None  # the last subject is a role the article never names
    if gender == COMPANY and registry.language == "en":
        # ``The company said``: the last organisation, skipping back over people
        for name in reversed(candidates):
            if name == UNNAMED:
                return None
            if _written_as_organisation(name, registry):
                return name
            if not _person_named(name, registry) and not _plural_noun(name):  # ``Democrats``: not ``it``
                return name
            if name == candidates[-1] and _one_word_company(name, registry):
                return name  # ``Turkcell said ... "...," it warned``: a one-word name is no person's
        return None
    if gender == COMPANY:
        # ``tulis perusahaan tersebut``: a company, not the chamber or person that spoke last
        return candidates[-1] if company_name(candidates[-1]) else None
    if gender is None and not person:
        return candidates[-1]
    for name in reversed(candidates):
        if name == UNNAMED:
            return None
        if registry.language == "en" and _written_as_organisation(name, registry):
            continue  # ``he``/``she`` is a person: ``Cambridge-based Ubisense has ...``, ``a spokesman for Ofcom``
        if person and gender is None and not _person_named(name, registry):
            continue  # ``the 21-year-old``: a person, not ``Real Madrid midfielder ...``'s club
        if gender is None or registry.gender(name) in (gender, None):
            return name
    return None


def _one_word_company(name: str, registry: Registry) -> bool:
    """(English) a one-word name the people stage took for a person's (``Turkcell``, ``Contrack``) that no
    first name, gender or personal title (``Mr Turkcell``) makes one: ``it said`` may stand for it."""
    return " " not in name and registry.gender(name) is None and _en_title_pattern(name).search(registry.body) is None


#: (English) a name written as an organisation's: ``Cambridge-based Ubisense``, or somewhere in the body
#: ``a spokesman for Ofcom``, ``The Ofcom spokesman``, ``Ofcom's spokeswoman``, ``an Ofcom report``
_EN_BASED = re.compile(r"^[A-Z][\w'’.-]*-based[ \u00a0]")
_EN_ORG_NOUNS = r"(?:spokes(?:man|woman|person)|report|statement|staff|employees|shareholders)"


@lru_cache(maxsize=4096)
def _org_usage(name: str) -> re.Pattern[str]:
    """The per-name pattern of _org_used (compiled only for a name that is empty or opens with a space)."""
    word = re.escape(name)
    return re.compile(
        rf"\b(?:spokes(?:man|woman|person)[ \u00a0]+for|employees[ \u00a0]+of|shares[ \u00a0]+in)"
        rf"[ \u00a0]+(?:the[ \u00a0]+)?{word}\b"
        rf"|\b{word}(?:['’]s)?[ \u00a0]+{_EN_ORG_NOUNS}\b"
    )


#: the pieces of _org_usage, compiled once: ``a spokesman for`` (``employees of``, ``shares in``) and its spaces,
#: ``the``, a word boundary, and an organisation noun after the name (``Ofcom's spokeswoman``, ``an Ofcom report``)
_EN_ORG_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)[ \u00a0]+for|employees[ \u00a0]+of|shares[ \u00a0]+in)[ \u00a0]+"
)
_EN_ORG_THE = re.compile(r"the[ \u00a0]+")
_EN_WORD_BOUNDARY = re.compile(r"\b")
_EN_ORG_NOUN_AFTER = re.compile(rf"(?:['’]s)?[ \u00a0]+{_EN_ORG_NOUNS}\b")


def _org_used(name: str, body: str) -> bool:
    """Whether ``body`` writes ``name`` as an organisation's (``a spokesman for Ofcom``, ``The Ofcom spokesman``):
    ``_org_usage(name).search(body) is not None``, without compiling a pattern per name."""
    if not name or name[0] in " \u00a0":
        return _org_usage(name).search(body) is not None
    if name not in body:
        return False  # both readings need the name

    def named_at(pos: int) -> bool:
        end = pos + len(name)
        return body.startswith(name, pos) and _EN_WORD_BOUNDARY.match(body, end) is not None

    for lead in _EN_ORG_FOR.finditer(body):
        the = _EN_ORG_THE.match(body, lead.end())
        if (the is not None and named_at(the.end())) or named_at(lead.end()):
            return True
    at = body.find(name)
    while at >= 0:
        if _EN_WORD_BOUNDARY.match(body, at) is not None and _EN_ORG_NOUN_AFTER.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1)
    return False


def _plural_noun(name: str) -> bool:
    last = name.split()[-1]
    return last.endswith("s") and not last.endswith("ss") and last[:1].isupper() and last[1:].islower()


def _person_named(name: str, registry: Registry) -> bool:
    return registry.is_known_person(name) or registry.gender(name) is not None


@lru_cache(maxsize=4096)
def _en_title_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?[ \u00a0]+{re.escape(surname)}\b")


def _titled_person(name: str, registry: Registry) -> bool:
    """(English) a known person the body also writes with a personal title and their surname (``Mr Fox``)."""
    return registry.is_known_person(name) and _en_title_pattern(name.split()[-1]).search(registry.body) is not None


def _written_as_organisation(name: str, registry: Registry) -> bool:
    if _EN_BASED.match(name) or company_name(name) or registry.organization(name) is not None:
        return True
    if len(name.split()) != 1:
        # a full name (``John Smith's spokesman``) is a person's, one with an organisation word is not, unless
        # it is a known person written with a title (``Mr Fox said`` for Chris Fox)
        # (or an English organisation noun ends it: ``Santa Barbara County Superior Court``)
        words = name.split()
        return (any(w.lower() in ORG_WORDS for w in words) or words[-1].lower() in EN_ORG_TAILS) and not (
            _titled_person(name, registry)
        )
    if _EN_ACRONYM.fullmatch(name) and not registry.is_known_person(name):
        return True  # ``according to IBM``: an acronym no person is known by
    return _org_used(name, registry.body)


#: an organisation's acronym (``IBM``, ``BSkyB``'s form aside): two to six capitals
_EN_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


#: (English) an indefinite speaker credited right after a quote: ``," said a Home Office spokesman``,
#: ``," one aide said``
_EN_INDEFINITE_AFTER = re.compile(
    rf"[”\"’'\s,]*(?:(?i:{_EN})[ \u00a0]+(?:a|an|one|another)[ \u00a0]"
    rf"|(?:a|an|one|another)[ \u00a0][^.!?\"“”\n]{{1,80}}?[ \u00a0](?i:{_EN})\b)"
)

#: (English) a definite description credited right after a quote, pointing back to someone named before:
#: ``," said the spokesman.``, ``," the agent added.``, ``," the source told the paper``; not one that goes on
#: to a name (``," said the committee chairman, MP Edward Leigh``)
_EN_DEFINITE_AFTER = re.compile(
    rf"[”\"’'\s,]*(?:(?i:{_EN})[ \u00a0]+)?[Tt]he(?:[ \u00a0]+[a-z0-9][\w'’-]*){{1,4}}?"
    rf"(?=[ \u00a0]*(?:[.;:!?]|$)|[ \u00a0]*,(?![ \u00a0]*[A-Z])|[ \u00a0]+(?i:{_EN})\b)"
)


#: (English) ``," the source told the paper``: a source is unnamed by definition, so a definite description of one
#: points back to no named speaker
_EN_ANONYMOUS_AFTER = re.compile(
    rf"[”\"’'\s,]*(?:(?i:{_EN})[ \u00a0]+)?[Tt]he[ \u00a0]+(?:[A-Za-z][\w'’-]*[ \u00a0]+){{0,2}}?"
    rf"(?:sources?|insiders?)(?:[ \u00a0]+(?i:{_EN})\b|(?![\w'’-]))"
)


def _inherit(
    body: str,
    direct: list[_Found],
    indirect: list[_Found],
    paragraphs: list[tuple[int, int]],
    registry: Registry,
    lang: str,
) -> None:
    """Quotes without a cue take a speaker from their neighbours, in this order.

    1. the reported statement they sit inside (``Morris says he has “...”``);
    2. (English) the named subject of the sentence they sit inside
       (``Moore thanked him for “...”``);
    3. the last attributed speaker, when that attribution is in the same
       paragraph (``“A,” said X. “B.”``);
    4. the quote right after them, when only white space stands between and
       that quote is attributed (``“A.”`` / ``“B,” kata X``);
    5. the last attributed speaker, when the quote opens its paragraph and
       that attribution is in the previous paragraph (a bare quote paragraph
       continues the speaker of the paragraph before). Otherwise None.
    """
    events = sorted([(f.cue_at, f) for f in direct + indirect if f.name], key=lambda x: x[0])
    ordered = sorted(direct, key=lambda f: f.start)
    j = 0
    last: _Found | None = None
    for index, item in enumerate(ordered):
        span = item.span
        open_at = span.open_at if span is not None else item.start
        while j < len(events) and events[j][0] < open_at:
            last = events[j][1]
            j += 1
        if item.cued:
            continue
        for container in indirect:
            if container.cue_at <= open_at and container.name and _same_sentence(body, container.cue_at, open_at):
                item.name, item.cue, item.via = container.name, container.cue, "container"
                break
        if item.name:
            continue
        if lang == "en" and span is not None:
            subject = _embedding_subject(body, span, registry, lang)
            if subject is not None:
                item.name, item.via = subject, "subject"
                continue
        prev = ordered[index - 1] if index else None
        if (
            lang == "en"
            and prev is not None
            and prev.cued
            and not prev.name
            and (
                prev.speaker is None
                or not (prev.speaker.name or prev.speaker.pronoun)
                or (prev.speaker.pronoun and "+other" in prev.via)
            )
            and (
                "+other" in prev.via
                or _EN_INDEFINITE_AFTER.match(body, prev.end, min(len(body), prev.end + 120)) is not None
                or _EN_ANONYMOUS_AFTER.match(body, prev.end, min(len(body), prev.end + 120)) is not None
                or (
                    prev.via.startswith("cue-after")
                    and _EN_DEFINITE_AFTER.match(body, prev.end, min(len(body), prev.end + 120)) is None
                )
            )
            and (last is None or prev.cue_at > last.cue_at)
            and _paragraph_gap(paragraphs, prev.cue_at, open_at) == 0
            and _subject_just_before(body, open_at, registry, telling=True) is None
        ):
            # ``"...," said a Home Office spokesman. "It is not right ..."``, ``"...," shop owner Ilse Marr, told AP.
            # "..."``, ``"...," said the German.`` (another person than the one named before): the one credited
            # right before goes on, unnamed, rather than a speaker before them (only a definite description after
            # the quote, ``," said the spokesman``, may point back to that speaker)
            continue
        if lang == "en" and span is not None:
            before = _sentence_just_before(body, open_at)
            if before is not None and _EN_UNNAMED_SAYER.match(body, before, open_at) is not None:
                continue  # ``But her spokesman insisted she had ... . "The doctors are ..."``: the unnamed one's
            colon = _colon_before(body, open_at)
            if colon is not None and _EN_UNNAMED_COLON.match(body, _clause_start(body, colon, "en"), colon + 1):
                continue  # ``A club spokesperson denied it, insisting: "..."``: the unnamed one's words
            institution = (
                _EN_INSTITUTION_COLON.match(body, _clause_start(body, colon, "en"), colon + 1)
                if colon is not None
                else None
            )
            if institution is not None:
                # ``The Welsh Assembly Government said: "..."``: an institution speaks, the one the registry knows
                # by that name, else no one named; never the person who spoke last
                item.name = registry.organization(institution.group("body"))
                item.via = "institution-colon"
                continue
            if (
                colon is not None
                and last is not None
                and last.name
                and registry.is_known_person(last.name)
                and _EN_DOCUMENT_COLON.match(body, _clause_start(body, colon, "en"), colon + 1)
            ):
                continue  # ``"...," said Mark Croucher. ... The document reportedly said: "..."``: not his words
            if colon is not None:
                # ``The mayor then says: "..."``, ``The actor refused, throwing the book at her and saying: "..."``:
                # the clause the colon ends introduces the quote; its teller goes before the last speaker
                teller = _subject_just_before(body, open_at, registry, telling=True)
                if teller is not None:
                    item.name, item.via = teller, "subject-before"
                    continue
                clause_at = _clause_start(body, colon, "en")
                if (
                    last is not None
                    and last.name
                    and _EN_PRONOUN_OPENER.match(body, clause_at, colon) is not None
                    and _whole_word(re.escape(last.name.split()[-1])).search(body, clause_at, colon) is not None
                ):
                    # ``He said Mr Blair had spoken with "such sincerity", adding: "..."``: the he/she telling the
                    # quote talks about the last speaker, so is someone else, whom the text leaves unnamed here
                    item.name, item.via = None, "pronoun-colon-other"
                    continue
        near = last is not None and last.name and open_at - last.cue_at <= 700
        if lang == "en" and near and last is not None and _paragraph_gap(paragraphs, last.cue_at, open_at) == 0:
            # ``"...," said Nadal. US coach Patrick McEnroe wants his team to play more. "I think it will help."``
            newcomer = _subject_just_before(body, open_at, registry)
            if newcomer is not None and newcomer != last.name and last.cue_at < open_at - 1:
                item.name, item.via = newcomer, "subject-before"
                continue
        if near and last is not None and _paragraph_gap(paragraphs, last.cue_at, open_at) == 0:
            item.name, item.via = last.name, "last-same"  # ``“A,” said X. “B.”``
            continue
        if lang == "en" and span is not None:
            # ``Matthew Herren from EduVision told the BBC how the group uses E-slates. "The E-slates connect ..."``:
            # no attribution in the paragraph; the sentence before, opened by a known person, tells of speech
            teller = _subject_just_before(body, open_at, registry, telling=True)
            if teller is not None:
                item.name, item.via = teller, "subject-before"
                continue
            # ``He pledged cleaner hospitals and a "decent" state education. "I come from an ordinary family."``:
            # the sentence before is about he/she, the last named speaker of that gender
            gender = _pronoun_subject_just_before(body, open_at)
            if (
                gender is not None
                and last is not None
                and last.name
                and open_at - last.cue_at <= 1500
                and registry.is_known_person(last.name)
                and registry.gender(last.name) == gender
            ):
                item.name, item.via = last.name, "pronoun-before"
                continue
            gender = _en_pronoun_line_before(body, open_at)
            if (
                gender is not None
                and last is not None
                and last.name
                and _paragraph_gap(paragraphs, last.cue_at, open_at) == 2
                and registry.is_known_person(last.name)
                and registry.gender(last.name) == gender
            ):
                # ``"...," Miller said into the phone.`` / ``She pauses.`` / ``"Well, thank you so much."``: a
                # one-line paragraph of his or her action between keeps the speaker of that gender
                item.name, item.via = last.name, "pronoun-line"
                continue
        nxt = ordered[index + 1] if index + 1 < len(ordered) else None
        # (English) not for a quote that goes on a paragraph after other words (``"...," X and Y wrote. "..."`` /
        # ``"...," Z said.``): it continues what stands before it, not the next paragraph's speaker
        before_quote = ordered[index - 1] if index else None
        midway = (
            lang == "en"
            and before_quote is not None
            and _paragraph_gap(paragraphs, before_quote.start, open_at) == 0
        )
        if nxt is not None and nxt.cued and nxt.name and span is not None and span.close_at is not None and not midway:
            gap = body[span.close_at + 1 : nxt.span.open_at if nxt.span is not None else nxt.start]
            if not gap.strip():
                item.name, item.via = nxt.name, "next"
                continue
        if lang == "id" and span is not None:
            # ``Kepada kuasa usaha itu, Soemitro menyampaikan kekecewaannya ... . “Kalian harus ingat ini.”``:
            # no attribution in the paragraph; the sentence before has a named person telling something
            spoken = {e[1].name for e in events[:j] if e[1].name}
            teller = _id_teller_before(body, open_at, registry, spoken)
            if teller is not None:
                item.name, item.via = teller, "teller-before"
                continue
        if (
            near
            and last is not None
            and _paragraph_gap(paragraphs, last.cue_at, open_at) == 1
            and not body[_paragraph_start(body, open_at) : open_at].strip()
        ):
            # a paragraph that opens with a bare quote continues the speaker of the paragraph before
            item.name, item.via = last.name, "last-prev"
            continue
        if (
            lang == "id"
            and last is not None
            and last.name
            and open_at - last.cue_at <= 1000
            and _paragraph_gap(paragraphs, last.cue_at, open_at) == 2
            and not body[_paragraph_start(body, open_at) : open_at].strip()
            and _pronoun_paragraph_before(body, paragraphs, open_at)
        ):
            # ``“...,” ujar Prabowo.`` / ``Pihaknya juga berterimakasih kepada ...`` / ``“Saya juga ...”``: a
            # paragraph about the speaker as ia/dia/beliau/pihaknya between keeps the speaker
            item.name, item.via = last.name, "last-pronoun"
            continue
        prev = ordered[index - 1] if index > 0 else None
        if prev is not None and prev.name and _only_space_between(body, prev, item):
            # ``“A,” kata X.`` / ``“B.”`` / ``“C.”``: a run of bare quote paragraphs keeps X
            item.name, item.via = prev.name, "last-prev"
            continue
        # (English) only a quote in the first person singular: documents and statements of a body (``we``) are
        # quoted bare too
        sole = _sole_speaker(ordered) if lang == "id" or _FIRST_PERSON_EN.search(body, item.start, item.end) else None
        # not right after a quote of no one (``"...," demikian motto situs itu.`` / ``"..."``: the motto goes on)
        unnamed_before = prev is not None and not prev.name and _paragraph_gap(paragraphs, prev.start, open_at) <= 1
        if (
            sole is not None
            and span is not None
            and not unnamed_before
            and (_bare_paragraph(body, span) or (lang == "en" and _bare_sentence(body, span)))
            and not _someone_else_between(body, prev.end if prev is not None else 0, open_at)
        ):
            item.name, item.via = sole, "sole"


#: (Indonesian) a paragraph opened by a pronoun subject standing for the last speaker: ``Ia juga ...``,
#: ``Pihaknya kemudian ...``, ``Dia pun ...`` (maybe after ``Menurut dia,``/``Selain itu,``)
_ID_PRONOUN_PARAGRAPH = re.compile(
    r"(?:(?:Selain[ \u00a0]+itu|Namun|Menurutnya|Menurut[ \u00a0]+(?:dia|ia|beliau)),?[ \u00a0]+)?"
    r"(?:Ia|Dia|Beliau|Pihaknya)[ \u00a0]+[a-z]"
)


def _pronoun_paragraph_before(body: str, paragraphs: list[tuple[int, int]], open_at: int) -> bool:
    """(Indonesian) Whether the paragraph before the quote's opens with a pronoun subject and quotes nobody."""
    index = _spans_starting_by(paragraphs, open_at) - 2
    if index < 0:
        return False
    start, end = paragraphs[index]
    text = body[start:end].lstrip()
    return _ID_PRONOUN_PARAGRAPH.match(text) is not None and not any(mark in text for mark in DOUBLE_MARKS)


#: (Indonesian) verbs of telling a named subject uses for the words quoted bare right after its sentence
_ID_TELLING = "|".join(
    sorted(
        ID_STANCE_VERBS
        | {"memerintahkan", "berpesan", "menggambarkan", "menulis", "menuliskan", "mencuit", "berteriak", "bertanya"},
        key=lambda w: (-len(w), w),
    )
)
#: (Indonesian) a named subject and a verb of telling, opening the sentence (maybe after a conjunction, the name
#: maybe followed by ``yang``) or its main clause after an opening phrase's comma:
#: ``Tapi Soemitro yang menggambarkan ...``, ``Setelah itu, Soemitro memerintahkan ...``, ``Sorvino pun mengatakan``
_ID_TELLER = re.compile(
    r"(?:(?:Tapi|Namun|Lalu|Kemudian|Sementara(?:[ \u00a0]+itu)?|Di[ \u00a0]+sisi[ \u00a0]+lain),?[ \u00a0]+"
    r"|[^\n\"“”]{3,160}?,[ \u00a0]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,3})[ \u00a0]+"
    r"(?:yang[ \u00a0]+)?(?:(?:pun|juga|kemudian|lalu|lantas|sempat)[ \u00a0]+)?"
    rf"(?:{_ID_TELLING})\b"
)


def _id_teller_before(body: str, open_at: int, registry: Registry, spoken: set[str]) -> str | None:
    """(Indonesian) The person who tells something in the sentence ending right before a bare quote's mark
    (``Kepada kuasa usaha Jepang itu, Soemitro menyampaikan kekecewaannya ... . “Kalian harus ingat ini.”``,
    ``Sorvino pun mengatakan dalam Twitter, bahwa ...`` / ``“Wawancara itu ...”``), when that sentence quotes
    nobody: its named subject, a person the people stage knows or one already credited with a quote."""
    end = open_at
    while end > 0 and body[end - 1] in " \t\u00a0\n":
        end -= 1
    if end == 0 or body[end - 1] not in ".!?":
        return None
    start = _clause_start(body, end - 1)
    if any(mark in body[start:end] for mark in DOUBLE_MARKS):
        return None
    match = _ID_TELLER.match(body, start, end)
    if match is None:
        return None
    registry.cursor = start
    full = registry.canonical(match.group("name"))
    if registry.is_known_person(full) or full in spoken:
        return full
    return None


_EN_ABBR_END = re.compile(rf"{_EN_ABBR}[ \u00a0]*$")
#: (English) a sentence that characterises its subject's view (``... has a rather partisan viewpoint.``)
_EN_VIEW_NOUN = re.compile(r"\b(?:viewpoint|view|views|opinion|verdict|perspective|outlook)[ \u00a0]*\.$")


#: (English) a sentence ending in its source: ``..., Mr Hadi points out.``, ``..., Smith argues.``
_EN_SOURCE_LAST = re.compile(
    r",[ \u00a0]+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?|[A-Z][\w'’-]+)(?:[ \u00a0][A-Z][\w'’-]+){0,2})[ \u00a0]+"
    rf"(?:{_EN}|points[ \u00a0]+out|pointed[ \u00a0]+out|observes)[ \u00a0]*\.$"
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
_EN_UNNAMED_SAYER = re.compile(rf"{_EN_UNNAMED_SUBJECT}[ \u00a0]+(?:also[ \u00a0]+)?(?:{_EN})\b")
#: (English) a sentence's opening phrase and its comma (``In a live television broadcast announcing the measure, ``)
_EN_OPENING_PHRASE = re.compile(r"[^,.!?;:\n\"“”]{1,110},[ \u00a0]+")
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
_EN_UNNAMED_COLON = re.compile(
    rf"(?:{_EN_UNNAMED_SUBJECT}|{_EN_GENERIC_PLURAL})[ \u00a0]+[a-z][^.!?;\"“”\n]*:[ \u00a0]*\Z"
)
#: (English) a sentence opened by ``The`` and an institution's capitalised name, its last word an institution
#: noun, then a speech verb and a colon right before a quote (``The Welsh Assembly Government said:``)
_EN_INSTITUTION_COLON = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet|Still|Later|Earlier),?[ \u00a0]+)?The[ \u00a0]+"
    r"(?P<body>(?:[A-Z][\w&'’-]*[ \u00a0]+){0,4}(?:Government|Executive|Council|Office|Department|Ministry|Agency"
    r"|Commission|Authority|Board|Union|Party|Association|Federation|Committee|Service|Trust|Institute"
    r"|Foundation|Society|Organisation|Organization|Corporation|Company|Group|Bank))"
    rf"[ \u00a0]+(?:also[ \u00a0]+|later[ \u00a0]+|earlier[ \u00a0]+)?(?:{_EN})[ \u00a0]*:[ \u00a0]*\Z"
)
#: (English) a sentence opened by a document (``The report said:``, ``The statement added:``, ``The document
#: reportedly said:``) that a colon ends right before a quote: the words are the document's author's, who is not
#: the person who spoke last (an organisation that spoke last may be that author: ``..., the OECD said. However,
#: the report warned: "``)
_EN_DOCUMENT_COLON = re.compile(
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
_EN_UNNAMED_AFTER = re.compile(
    rf"[\s,.\"”“'’]*(?:(?:{_EN})[ \u00a0]+{_EN_UNNAMED_NOUN}"
    rf"|{_EN_UNNAMED_NOUN}[ \u00a0]+(?:also[ \u00a0]+)?(?:{_EN})\b)"
)


def _colon_before(body: str, open_at: int) -> int | None:
    """(English) Where the colon that ends the text right before a quote's mark is, in the same line; else None."""
    end = open_at
    while end > 0 and body[end - 1] in " \t\u00a0":
        end -= 1
    return end - 1 if end > 0 and body[end - 1] == ":" else None


def _sentence_just_before(body: str, open_at: int) -> int | None:
    """(English) Where the sentence that ends with a full stop right before a quote's mark starts, when it is in
    the quote's paragraph; else None."""
    end = open_at
    while end > 0 and body[end - 1] in " \t\u00a0":
        end -= 1
    if end == 0 or body[end - 1] != ".":
        return None
    start = _clause_start(body, end - 1, "en")
    return None if body.find("\n", start, end) >= 0 else start


#: (English) verbs of a stance a subject takes in words (``criticised the existing system``, ``accused both parties
#: of ...``, ``outlined his view``, ``believes the plan will fail``)
_EN_STANCE_VERBS = (
    r"accused|criticised|criticized|condemned|attacked|praised|defended|welcomed|dismissed|denied|rejected|blamed"
    r"|hailed|questioned|outlined|believes|thinks|feels|accuses|criticises|criticizes|condemns|attacks|praises"
    r"|defends|welcomes|dismisses|denies|rejects|blames|hails|questions"
)
#: (English) right after a sentence's named subject (maybe an apposition between commas, auxiliaries or adverbs):
#: a stance verb (``Robert Tapsfield criticised ...``, ``Verroken, a former director of ..., insists ...``)
_EN_STANCE_NEXT = re.compile(
    r"(?:,[ \u00a0]+[^,.;:!?\"“”()\n]{2,80},)?"
    r"(?:[ \u00a0]+(?:has|have|had|will|would|also|then|later|again|already|now|strongly|publicly|repeatedly))*"
    rf"[ \u00a0]+(?:{_EN_STANCE_VERBS}|{_EN})\b"
)


#: (English) a participle of speech after a comma (``Liam Fox derided the photo call, saying:``)
_EN_SPEAKING_PARTICIPLE = re.compile(r",[ \u00a0]+(?:saying|adding|insisting|arguing|warning|claiming|explaining)\b")
#: (English) a sentence framed by one phrase and its comma before its subject, a name (maybe a title before it, an
#: apposition after it, the comma that closes an apposition), then a speech or stance verb: ``At the turn of the
#: year, Kapranos told ...``, ``The unidentified woman's lawyer, Dolores M Troiani, said ...``
_EN_FRAMED_TELLER = re.compile(
    r"[^,.;:!?\"“”()\n]{2,90},[ \u00a0]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)[ \u00a0]+)?[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]*){0,3}),?"
    + _EN_STANCE_NEXT.pattern
)


def _en_stance_next(body: str, start: int, end: int) -> bool:
    """(English) Whether the name opening the sentence ``body[start:end]`` is followed by a stance or speech verb."""
    run = _NAME_RUN.match(body, start, end)
    return run is not None and _EN_STANCE_NEXT.match(body, run.end(), end) is not None


def _en_closing_sayer(body: str, start: int, end: int, registry: Registry) -> str | None:
    """(English) The known person a verb-first cue names as the last words of the sentence ``body[start:end]``
    (``Mr Livingstone "should have withdrawn the comment", said Mr Blair.``, ``..., says Mr Pearson.``); the name
    ends the sentence or an apposition follows it. Whoever the reported clause is about, the sayer tells it."""
    match = _EN_CLOSING_SAYER.search(body, start, end)
    if match is None:
        return None
    registry.cursor = match.start("agent")
    speaker = speaker_after_cue(match.group("agent"), registry, "en")
    if speaker is None or speaker.pronoun or not speaker.name or not registry.is_known_person(speaker.name):
        return None
    agent = match.group("agent")
    last = speaker.name.split()[-1]
    at = agent.find(last)
    tail = agent[at + len(last) :] if at >= 0 else "?"
    if tail.strip() and not tail.startswith(","):
        return None  # ``said Melzer was an example ...``: the name is a clause's subject
    return speaker.name


def _subject_just_before(body: str, open_at: int, registry: Registry, telling: bool = False) -> str | None:
    """(English) The known person who opens the sentence that ends right before a quote's mark (a full name,
    maybe after a role lead: ``US coach Patrick McEnroe wants ...``), when that sentence holds no quote."""
    end = open_at
    while end > 0 and body[end - 1] in " \t\u00a0":
        end -= 1
    if telling and end > 0 and body[end - 1] == "\n":
        # a quote opening its paragraph: the last sentence of the paragraph before (``At the turn of the year,
        # Kapranos told BBC News Online the band were fed up ...`` / ``"We want people to go away ..."``)
        while end > 0 and body[end - 1] in " \t\u00a0\n\r":
            end -= 1
    colon = telling and end > 0 and body[end - 1] == ":" and body.find("\n", end, open_at) < 0
    if end == 0 or (body[end - 1] != "." and not colon):
        return None
    start = _clause_start(body, end - 1, "en")
    if body.find("\n", start, end) >= 0:
        return None
    if _EN_ABBR_END.search(body, max(0, start - 12), start):
        return None  # ``... backed Sen. Marco Rubio of Florida.``: a title's period starts no sentence
    if telling:
        # ``Mr Livingstone "should have withdrawn the comment immediately" ..., said Mr Blair.``: the sayer tells
        # the sentence, a partial quote in it included
        sayer = _en_closing_sayer(body, start, end, registry)
        if sayer is not None:
            return sayer
    partial = False
    if any(mark in body[start:end] for mark in DOUBLE_MARKS) and not _woven_only(body[start:end]):
        if not telling or not _woven_only(body[start:end], 40):
            return None
        # ``Sir Bill Morris has already accused both parties of a "bidding war about who can be nastiest to asylum
        # seekers".``: a longer fragment of the subject's own words, when a speech or stance verb follows the name
        partial = True
    if telling:
        # ``..., Mr Hadi points out.``: the sentence ends with its source, a name and a speech verb
        tail = _EN_SOURCE_LAST.search(body, start, end)
        if tail is not None:
            full = registry.canonical(tail.group("name"))
            if len(full.split()) >= 2 and registry.is_known_person(full):
                return full
        framed = _EN_FRAMED_TELLER.match(body, start, end)
        if framed is not None:
            # ``Writing in the Guardian newspaper, Mr Brown outlined his view ...``, ``The unidentified woman's
            # lawyer, Dolores M Troiani, said ...``: a phrase, its comma, then the known person and the verb
            registry.cursor = framed.start("name")
            full = registry.canonical(_EN_POSTNOMINAL.sub("", framed.group("name")))
            if len(full.split()) >= 2 and registry.is_known_person(full):
                return full
    lead = _EN_ROLE_LEAD.match(body, start, end)
    if lead is not None and lead.group().split()[-1].lower() in _EN_LEAD_ROLES:
        start = lead.end()
    if partial and not _en_stance_next(body, start, end):
        return None
    if (
        telling
        and _EN_CUE_WORD.search(body, start, end) is None
        and _EN_VIEW_NOUN.search(body, start, end) is None
        and _EN_SPEAKING_PARTICIPLE.search(body, start, end) is None
        and not _en_stance_next(body, start, end)
    ):
        return None
    registry.cursor = start
    name = _opening_subject(body, start, registry)
    if name is None:
        # ``The mayor said he had recounted ...``: the holder of the office the description names
        return _en_epithet_subject(body, start, registry) if telling else None
    full = registry.canonical(name)
    return full if len(full.split()) >= 2 and registry.is_known_person(full) else None


#: (English) a sentence opened by he/she as its subject: ``He pledged ...``, ``And she then stressed ...``
_EN_PRONOUN_OPENER = re.compile(
    r"(?:(?:And|But|Then|So|Yet),?[ \u00a0]+)?(?P<pronoun>He|She)[ \u00a0]+(?:(?:also|then|later)[ \u00a0]+)?[a-z]"
)


#: (English) a paragraph of one short sentence of he/she's action: ``She pauses.``, ``He laughs and shakes his head.``
_EN_PRONOUN_LINE = re.compile(r"(?:He|She)[ \u00a0]+[a-z][^.!?\"“”\n]{0,60}[.!?]")


def _en_pronoun_line_before(body: str, open_at: int) -> str | None:
    """(English) The gender of he/she in the one-line paragraph right before the paragraph a quote opens
    (``She pauses.``), else None."""
    start = _paragraph_start(body, open_at)
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


def _pronoun_subject_just_before(body: str, open_at: int) -> str | None:
    """(English) The gender of he/she opening the sentence that ends right before a quote's mark, in the quote's
    paragraph, when that sentence quotes nobody at length; else None."""
    start = _sentence_just_before(body, open_at)
    if start is None:
        return None
    match = _EN_PRONOUN_OPENER.match(body, start, open_at)
    if match is None:
        return None
    sentence = body[start:open_at]
    if any(mark in sentence for mark in DOUBLE_MARKS) and not _woven_only(sentence):
        return None
    return PRONOUN_GENDER[match.group("pronoun").lower()]


#: (English) a short fragment in quote marks woven into the writer's sentence (``Labour was not "rattled".``)
_EN_WOVEN_MARKS = re.compile(r"[\"“”](?P<inner>[^\"“”\n]{1,60})[\"“”]")
_EN_WOVEN_LONG = re.compile(r"[\"“”](?P<inner>[^\"“”\n]{1,300})[\"“”]")
_EN_ANY_MARK = re.compile(r"[\"“”]")


def _woven_only(sentence: str, most: int = 5) -> bool:
    """(English) Every pair of quote marks in ``sentence`` holds a fragment of up to ``most`` words ending in no
    punctuation of its own (``that Labour was not "rattled".``): the sentence quotes nobody at length, so its
    subject may still be the one who says the bare quote after it."""
    rest = (_EN_WOVEN_MARKS if most <= 5 else _EN_WOVEN_LONG).sub(
        lambda m: ""
        if len(m.group("inner").split()) <= most and m.group("inner").rstrip()[-1:] not in ".,!?;:"
        else '"',
        sentence,
    )
    return _EN_ANY_MARK.search(rest) is None


#: a first-person-singular word (English)
_FIRST_PERSON_EN = re.compile(r"\b(?:I|me|my|mine|myself)\b")


def _bare_sentence(body: str, span: QuoteSpan) -> bool:
    """(English, where paragraph breaks were lost) a quote that is a sentence of its own: a sentence end right
    before its mark and after it nothing or a new sentence."""
    before = body[_paragraph_start(body, span.open_at) : span.open_at].rstrip()
    if before and before[-1] not in ".!?":
        return False
    after = _after_window(body, span).lstrip()
    return not after or after[0].isupper()


def _bare_paragraph(body: str, span: QuoteSpan) -> bool:
    """A quote that is a sentence of its own opening its paragraph: nothing before it, and after it nothing or
    a new sentence (``” demikian pernyataan tersebut`` ties it to something else)."""
    if body[_paragraph_start(body, span.open_at) : span.open_at].strip():
        return False
    after = _after_window(body, span).lstrip()
    return not after or after[0].isupper()


#: a sentence whose subject is a role or person noun (``Pelatih tim itu lalu ...``), a possible other speaker
_PERSON_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?P<head>[A-Z][a-z]+)[ \u00a0]", re.MULTILINE)


def _someone_else_between(body: str, start: int, end: int) -> bool:
    """Whether the narration between the quote before and a bare quote has a sentence whose subject is a role
    (``Pelatih tim itu lalu memberi komentar lain.``): someone other than the sole speaker may be talking."""
    return any(m.group("head").lower() in ROLE_WORDS for m in _PERSON_SENTENCE.finditer(body, start, end))


def _sole_speaker(direct: list[_Found]) -> str | None:
    """The one speaker of an article whose attributed quotes all have the same, named speaker.

    A bare quote paragraph in such an article (6. in ``_inherit``) can only be theirs: the text
    quotes no one else (``“Isu kesetaraan gender ... Indonesia.”`` among James Cousins's quotes).
    One attributed quote with no name (an unnamed source) leaves it open.
    """
    names = {f.name for f in direct if f.cued}
    if len(names) != 1:
        return None
    return next(iter(names))


def _only_space_between(body: str, prev: _Found, item: _Found) -> bool:
    """Nothing but white space between the closing mark of ``prev`` and the opening mark of ``item``."""
    if prev.span is None or prev.span.close_at is None or item.span is None:
        return False
    return not body[prev.span.close_at + 1 : item.span.open_at].strip()


def _embedding_subject(body: str, span: QuoteSpan, registry: Registry, lang: str) -> str | None:
    """The named subject of the sentence a quote stands inside (None when the quote opens it)."""
    clause = _before_window(body, span, lang)
    if not _WORD.search(clause):
        return None
    speaker = sentence_subject(clause, registry, lang)
    if speaker is None or speaker.pronoun or not speaker.name:
        return None
    registry.cursor = span.open_at
    return registry.canonical(speaker.name)


def _same_sentence(body: str, a: int, b: int) -> bool:
    if b - a > MAX_INDIRECT:
        return False
    return _SENTENCE_END.search(body, a, b) is None and body.find("\n", a, b) < 0


def _paragraph_gap(paragraphs: list[tuple[int, int]], a: int, b: int) -> int:
    return _spans_starting_by(paragraphs, b) - _spans_starting_by(paragraphs, a)


# --- which quoted spans are quotes -------------------------------------------


#: (Indonesian) a word naming a title right before the opening mark: the quoted words are that title (``Artikel
#: ini telah tayang di Kompas.com dengan judul "Yusril Optimistis ..."``, ``dalam bukunya “Soemitro dari ...”``)
_ID_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:ber)?judul|bertajuk|buku(?:nya)?|novel(?:nya)?)[ \u00a0]*[:,]?[ \u00a0]*$", re.I
)


def _is_quote(body: str, item: _Found, lang: str) -> bool:
    """Drop scare quotes, titles and short terms; keep short quotes someone is said to have said.

    A quoted span of four words or more is a quote unless it is a title, a headline
    credited with ``by``, markup, or (uncued) a short term inside the author's sentence.
    A shorter span is kept only when it is attributed speech: a cued quote that stands
    as its own sentence (``Priebus said, "Probably."``), the short rest of a quote split
    by its attribution (``"...," X said. "Big time."``), a question or cry standing as a
    sentence (``"Mr. Smith?"``), the object of a verb of saying (``a man yelled "Stay
    there!"``, ``the judge exclaimed, "has overlapped."``), the moved object of a
    characterising verb (``what Gilbert called "a perception problem."``), or a partial
    quote inside a sentence that names who said it (``Trumka said the council would
    "continue ..."``).
    """
    text = body[item.start : item.end]
    words = _WORD.findall(text)
    if not words:
        return False
    span = item.span
    before = _char_before(body, span.open_at) if span is not None else ""
    embedded = (before.isalnum() and before.islower()) or before == ","
    title_like = all(w[:1].isupper() or w.isdigit() for w in words) and text[-1:] not in ".!?,"
    if title_like or (_english_title(words, text, lang) and text.rstrip("’'\" ")[-1:] not in ".!?,"):
        return False  # ``"The Walking Dead"``, ``"Perfect Enough: Carly Fiorina and the Reinvention of HP"``
    if span is not None and (_markup(body, span, text) or _headline(body, span, text)):
        return False
    if lang == "id" and _woven_fragment(body, item, text):
        return False
    if lang == "id" and span is not None and _ID_TITLE_BEFORE.search(body, max(0, span.open_at - 20), span.open_at):
        return False  # a title, not anyone's words
    if lang == "en" and _en_woven(body, item, text):
        return False
    if item.cued:
        if len(words) >= 4 or not embedded:
            return True
    elif len(words) >= 6 or (len(words) >= 4 and not embedded):
        return True
    said_whole = item.cued and before in ",:" and text[-1:] in ".!?"  # ``Priebus said, "Probably."``
    if item.name is not None and (said_whole or (_standalone(before, text) and item.via in _CONTINUING)):
        item.short = "standalone"
        return True
    if _standalone(before, text) and text[-1:] in "?!" and _sentence_follows(body, span):
        item.short = "standalone"  # ``The judge turned to me. "Mr. D'Souza?" I had ...``: a question or cry
        return True
    if lang == "id" and span is not None and text[-1:] in ".!?":
        shouted = _id_shouted_object(body, span)
        if shouted is not None:
            item.short, item.verb_subject = "object", shouted  # ``Penonton berteriak "we want more."``
            return True
    verb = (_speech_object(body, span) or _characterised(body, span, text)) if lang != "id" and span else None
    if verb is not None and (verb[1] in EN_VOCAL | EN_VOCAL_NOUNS or not _title_case(words, text)):
        item.short, item.verb_subject = "object", verb[0]  # ``chanted "Lock her up!"``, ``which he called "..."``
        return True
    if (text[-1:] in ".!?" or before in ",:") and _partial(body, item, words, lang):
        # a clause-final utterance (``called their son "an American hero."``, ``said, "we were
        # floored."``); a mid-sentence term (``are "ripe for abuse" and``) stays out
        item.short = "partial"
        return True
    return False


#: rules by which an uncued quote continues an attributed speaker
_CONTINUING = frozenset({"last-same", "next", "last-prev"})
#: uncued rules whose speaker a partial quote may take (see ``_partial``)
_PARTIAL_VIA = frozenset({"container"})
#: fewest words of a partial quote inside a sentence (one word is most often a scare term)
MIN_PARTIAL_WORDS = 2
#: fewest words of a short quote standing as its own sentence
MIN_STANDALONE_WORDS = 1


_POSSESSIVE_NAME = re.compile(r"['’]s?$")


def _char_before(body: str, pos: int) -> str:
    j = pos - 1
    while j >= 0 and body[j] in " \t\u00a0":
        j -= 1
    return body[j] if j >= 0 else "\n"


def _standalone(before: str, text: str) -> bool:
    """A quote that is a sentence of its own: after a sentence end or a paragraph break, ending in ``.!?,``."""
    opens_sentence = before in "\n.!?…:" or before in DOUBLE_MARKS
    return opens_sentence and text[-1:] in ".!?,…" and len(_WORD.findall(text)) >= MIN_STANDALONE_WORDS


def _sentence_follows(body: str, span: QuoteSpan | None) -> bool:
    """After the quote, a new sentence, a line break or the end (not the rest of the writer's sentence)."""
    if span is None or span.close_at is None:
        return True
    after = body[span.close_at + 1 : span.close_at + 4].lstrip(" \t\u00a0")
    return not after or after[0] == "\n" or after[0].isupper() or after[0] in DOUBLE_MARKS


def _partial(body: str, item: _Found, words: list[str], lang: str) -> bool:
    """A short quote inside a sentence whose named speaker a speech cue introduces.

    With no cue next to the quote, the clause before it must name the speaker and
    then hold a speech cue in the active voice: ``Trump called the system "rigged."``,
    not ``what is typically called "regenerative medicine."`` nor ``said that Rubio is
    "weak like a baby."`` (Rubio is not the one speaking).
    """
    if item.name is None or len(words) < MIN_PARTIAL_WORDS or item.span is None:
        return False
    if _POSSESSIVE_NAME.search(item.name) or _title_case(words, body[item.start : item.end]):
        return False
    if item.cued:
        return True
    if item.via not in _PARTIAL_VIA:
        return False
    clause = _before_window(body, item.span)
    cues = PARTIAL_CUES_EN if lang == "en" else PARTIAL_CUES_ID if lang == "id" else PARTIAL_CUES_EN | PARTIAL_CUES_ID
    tokens = [m.group().lower() for m in _WORD.finditer(clause)]
    at = next((k for k, w in enumerate(tokens) if w in cues), None)
    if at is None or (at > 0 and tokens[at - 1] in _PASSIVE_BEFORE):
        return False
    surname = item.name.split()[-1].lower()
    return surname in tokens[:at]


_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>|\"\s*>")


def _markup(body: str, span: QuoteSpan, text: str) -> bool:
    """An attribute value or a stretch of markup (``<a href="...">``, ``tweet-date="...">...<tweet/>``)."""
    return _char_before(body, span.open_at) == "=" or _TAG.search(text) is not None


_BYLINE = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*by[\s\u00a0]+(?:the[\s\u00a0]+)?[A-Z]")


def _headline(body: str, span: QuoteSpan, text: str) -> bool:
    """A headline credited to its writer: ``NOW OPEN—"Pop-up art show opens," by DNAinfo's Eddie Small``.

    The quote opens its line (only a capitalised label may stand before it) and ``by`` and a
    name follow it.
    """
    if span.close_at is None or not text.rstrip().endswith(","):
        return False
    line = body[_paragraph_start(body, span.open_at) : span.open_at]
    if any(ch.islower() for ch in line):
        return False
    return _BYLINE.match(body, span.close_at + 1) is not None


#: most words between a speech verb and the comma before its quote (``told the Reuters news agency simply, "``)
MAX_SPEECH_GAP = 6
#: particles that may follow a verb of saying before its quote (``shouted back "``, ``called out "``)
_SPEECH_PARTICLES = frozenset({"back", "out"})


def _speech_object(body: str, span: QuoteSpan) -> tuple[str, str] | None:
    """The verb of saying a quote is the object of (the words someone said), or None.

    The verb stands right before the mark (``chanted "Lock her up!"``, ``said, "We'll see,"``,
    ``shouted back, "No!"``), or a few words (addressee, time, manner) and a comma or colon
    stand between (``told reporters Sunday, "We lost."``, ``the judge exclaimed, "...``).
    A passive or impersonal verb (``is said``) and an adjective (``the alleged "..."``) do not count.
    The verb comes as (the text before it, the verb in lower case).
    """
    clause = _before_window(body, span).rstrip()
    words = list(_WORD.finditer(clause))
    while words and words[-1].group().lower() in _SPEECH_PARTICLES:
        words.pop()
    if not words:
        return None
    last = len(words) - 1
    adjacent = not clause[words[last].end() :].strip(" ,:\u00a0")
    if adjacent and words[last].group().lower() in EN_SPEECH_OBJECT:
        return _verb_subject(clause, words, last)
    if adjacent and last > 0 and words[last].group().lower() == "of":
        noun = words[last - 1].group().lower()
        if noun in EN_VOCAL_NOUNS:  # ``greeted with chants of "Bobby!"``: the chanters go unnamed
            return "", noun
    if clause[-1:] not in ",:":
        return None
    for k in range(last, max(-1, last - MAX_SPEECH_GAP - 1), -1):
        if "," in clause[words[k].end() : -1]:
            return None  # the gap holds a clause of its own
        if words[k].group().lower() in EN_SPEECH_OBJECT:
            return _verb_subject(clause, words, k)
    return None


#: Indonesian verbs of shouting whose object is the words cried (``berteriak "Tolong!"``)
ID_SHOUTS = frozenset(
    {"berteriak", "meneriakkan", "berseru", "menyerukan", "bersorak", "menjerit", "memekik", "berteriak-teriak"}
)


def _id_shouted_object(body: str, span: QuoteSpan) -> str | None:
    """(Indonesian) the text before a verb of shouting that a whole quoted utterance is the object of
    (``Penonton kemudian berteriak "we want more."``, ``warga berseru, "Tangkap!"``), or None."""
    clause = _before_window(body, span).rstrip(" \t\u00a0,:")
    words = list(_WORD.finditer(clause.replace("-", "_")))
    if not words or clause[words[-1].end() :].strip():
        return None
    if words[-1].group().replace("_", "-").lower() not in ID_SHOUTS:
        return None
    return clause[: words[-1].start()]


#: a lower-case word of the author's sentence, then a space before the opening mark: ``selama "``
_WOVEN_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[a-z][\w-]*)[ \u00a0]+$")
#: words that introduce a quoted utterance as a whole (``pernyataan "negara anda ..."``, ``berbunyi "..."``)
_INTRODUCING = ID_SHOUTS | ID_SUBJECT_FIRST | ID_VERB_FIRST | frozenset(
    {"pernyataan", "berbunyi", "bertuliskan", "tulisan", "bunyi", "kalimat", "ucapan", "pesan", "seperti"}
)


#: an active verb (``menulis``, ``berkata``, ``mencantumkan``): its object may be the quoted words as a whole
_ACTIVE_VERB = re.compile(r"(?:me|ber)[a-z]{3,}")


def _woven_fragment(body: str, item: _Found, text: str) -> bool:
    """(Indonesian) a quote that opens in lower case right after a lower-case word of the author's sentence, the
    mark spaced from that word and glued to the quote: ``selama "kebijakan ... terus berlanjut".``, ``bahwa
    resolusi tersebut "merupakan pelanggaran ..."``. It is a fragment woven into the writer's sentence, not
    labelled, unless the word before introduces the words as a whole (an active verb such as ``menulis``, a verb of
    speech or shouting, a statement noun: ``berteriak "we want more."``, ``pernyataan "negara anda ..."``) or a tag
    after it ends a quote that closes on a comma (``... itu "tapi upaya itu harus dihargai," kata Ida``)."""
    span = item.span
    if span is None or not text[:1].islower() or item.start != span.open_at + 1:
        return False
    if body[span.open_at - 1 : span.open_at] not in (" ", "\u00a0"):
        return False
    match = _WOVEN_BEFORE.search(body, max(0, span.open_at - 40), span.open_at)
    if match is None or match.group("word") in _INTRODUCING or _ACTIVE_VERB.fullmatch(match.group("word")):
        return False
    return not (item.via.startswith("cue-after") and text.rstrip()[-1:] == ",")


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


def _en_woven(body: str, item: _Found, text: str) -> bool:
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
    first = _WORD.match(text)
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
    words = _WORD.findall(text)
    return 0 < len(words) <= 5 and words[0].lower() in _EN_THING_OPENERS


def _verb_subject(clause: str, words: list[re.Match[str]], k: int) -> tuple[str, str] | None:
    """(the text before the verb ``words[k]``, the verb), None when it is passive or an adjective (``the alleged``).

    ``were chanting`` is active: only a past form after ``is``/``was``/... is passive.
    """
    verb = words[k].group().lower()
    blocking = _DETERMINERS if verb.endswith("ing") else _PASSIVE_BEFORE | _DETERMINERS
    if k > 0 and words[k - 1].group().lower() in blocking:
        return None
    return clause[: words[k].start()], verb


#: words before a verb form that make it an adjective: ``the alleged "..."``, ``his stated "..."``
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})


def _characterised(body: str, span: QuoteSpan, text: str) -> tuple[str, str] | None:
    """The characterising verb whose moved object a quote is (the speaker's own words), or None.

    ``which he called "a cartel for higher education."``, ``what Gilbert called "a perception
    problem."``, ``whom she described as "volatile,"``. A naming participle (``a website called
    "X"``, ``the so-called "X"``, ``is called "X"``) has no relative and subject before the verb;
    and the quote must end its clause (``called "rigged" in a tweet`` may be the writer's term).
    """
    clause = _before_window(body, span).rstrip()
    words = list(_WORD.finditer(clause))
    if not words or clause[words[-1].end() :].strip(" ,:\u00a0") or not _closes_clause(body, span, text):
        return None
    if words[-1].group().lower() == "as":
        words.pop()  # ``described as "..."``
    if not words:
        return None
    at = len(words) - 1
    if words[at].group().lower() not in EN_CHARACTERISING:
        return None
    rel = next((k for k in range(at - 1, -1, -1) if words[k].group().lower() in _RELATIVES), None)
    if rel is None or rel >= at - 1:
        return None  # no subject between the relative and the verb: ``a group that called "..."``
    verb = _verb_subject(clause, words, at)
    return None if verb is None else (verb[0][words[rel].end() :], verb[1])


_RELATIVES = frozenset({"which", "that", "what", "who", "whom"})


def _closes_clause(body: str, span: QuoteSpan, text: str) -> bool:
    """The quote ends its clause: it ends in punctuation, or punctuation (or the line end) follows it."""
    if text.rstrip()[-1:] in ".!?,;:…":
        return True
    if span.close_at is None:
        return True
    after = body[span.close_at + 1 : span.close_at + 3].lstrip(" \t\u00a0")
    return not after or after[0] in ".,;:!?)—–\n…"


def _object_speakers(items: list[_Found], registry: Registry, lang: str) -> None:
    """A short quote kept as the object of a speech verb takes that verb's subject as its speaker.

    ``When someone in the audience shouted, "Cruz," Beck joked``: not Beck. A named subject
    replaces the speaker the quote got from a cue after it or from its neighbours; a subject with
    no capitalised word (``a man yelled "..."``, ``supporters chanted "..."``) leaves it unnamed;
    a pronoun or an unreadable subject keeps what the quote had.
    """
    for item in items:
        subject = item.verb_subject
        if subject is None or (item.via.startswith(("cue-before", "colon")) and item.name):
            continue
        registry.cursor = item.start
        speaker = speaker_before_cue(subject, registry, lang) or sentence_subject(subject, registry, lang)
        # (Indonesian) a shouter is named only as a person the people stage knows (``Penonton`` opening a
        # sentence is not)
        if (
            lang == "id"
            and speaker is not None
            and speaker.name
            and not speaker.pronoun
            and not registry.is_known_person(registry.canonical(speaker.name))
        ):
            item.name, item.via = None, "verb"
            continue
        if speaker is not None and speaker.name and not speaker.pronoun:
            item.name, item.via = registry.canonical(speaker.name), "verb"
        elif speaker is None and _names_no_one(re.split(r"[,;:—–]", subject)[-1]):
            item.name, item.via = None, "verb"


def _names_no_one(phrase: str) -> bool:
    """No capitalised word in ``phrase`` but a function word opening it (``The crowd``, ``a man``)."""
    words = _WORD.findall(phrase)
    while words and words[0].lower() in EN_FUNCTION:
        words.pop(0)
    return not any(w[:1].isupper() for w in words)


#: words before a naming verb that make it passive or impersonal (``is called``, ``so called``)
_PASSIVE_BEFORE = frozenset({"is", "was", "were", "are", "be", "been", "being", "so", "typically", "commonly", "often"})
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "to", "in", "for", "on", "with", "at", "by", "or", "from"})


def _english_title(words: list[str], text: str, lang: str) -> bool:
    """A title in title case; in Indonesian text, an English one only, with an English small word
    (``“The Power of Giving”``, a slogan or title the article quotes, no one's words)."""
    if not _title_case(words, text):
        return False
    return lang != "id" or any(w in _SMALL_WORDS for w in words)


def _title_case(words: list[str], text: str) -> bool:
    """``Meet the Press.``: a title even with its period; exclamations (``You lie!``) are not."""
    if len(words) < 2 or text.rstrip("”’\"' ")[-1:] in "!?":
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.isdigit() or w in _SMALL_WORDS for w in words)


# --- ranking -----------------------------------------------------------------


def _score(body: str, item: _Found) -> float:
    words = len(_WORD.findall(body[item.start : item.end]))
    score = 0.0
    if item.kind == "direct":
        score += 3.0
    if item.name:
        score += 2.0
    if item.speaker is not None and item.speaker.role:
        score += 0.3
    if 8 <= words <= 45:
        score += 1.0
    elif words < 5:
        score -= 1.0
    elif words > 80:
        score -= 0.5
    score -= 0.5 * item.start / max(1, len(body))
    return score


def _rank(body: str, items: list[_Found]) -> list[tuple[Quote, str]]:
    quotes: list[Quote] = []
    for item in items:
        role = item.speaker.role if item.speaker is not None and item.name else None
        quotes.append(
            Quote(
                text=body[item.start : item.end],
                speaker=item.name,
                role=role,
                cue=item.cue,
                kind=item.kind,
                start=item.start,
                end=item.end,
            )
        )
    scores = {id(q): _score(body, item) for q, item in zip(quotes, items, strict=True)}
    order = sorted(quotes, key=lambda q: (-scores[id(q)], q.start, q.end))
    seen: set[str] = set()
    ranked: dict[int, int] = {}
    rank = 1
    duplicates = []
    for q in order:
        key = " ".join(q.text.lower().split())
        if key in seen:
            duplicates.append(q)
            continue
        seen.add(key)
        ranked[id(q)] = rank
        rank += 1
    for q in duplicates:
        ranked[id(q)] = rank
        rank += 1
    out = [
        (replace(q, rank=ranked[id(q)]), item.via + (f"+{item.short}" if item.short else ""))
        for q, item in zip(quotes, items, strict=True)
    ]
    out.sort(key=lambda pair: (pair[0].start, pair[0].end, pair[0].kind))
    return out
