"""Step 5 of ``generator.quotes``: which quoted spans are quotes.

Scare quotes, titles, headlines, markup and short terms in marks are dropped. A short span is kept when it is what
someone said: the object of a verb of saying (``chanted "Lock her up!"``, ``told reporters, "We lost."``), the
moved object of a characterising verb (``which he called "a cartel."``), a sentence of its own, or a partial quote
a speech cue introduces.
"""

from __future__ import annotations

import re

from generator.quote_clauses import (
    WORD,
    Found,
    before_window,
    paragraph_start,
    title_case,
)
from generator.quote_marks import (
    DOUBLE_MARKS,
    QuoteSpan,
)
from generator.quote_words import (
    EN_CHARACTERISING,
    EN_SPEECH_OBJECT,
    EN_VOCAL,
    EN_VOCAL_NOUNS,
    ID_SUBJECT_FIRST,
    ID_VERB_FIRST,
    PARTIAL_CUES_EN,
    PARTIAL_CUES_ID,
)
from generator.quotes_en import (
    en_woven,
    english_title,
)

# --- which quoted spans are quotes -------------------------------------------


#: (Indonesian) a word naming a title right before the opening mark: the quoted words are that title (``Artikel
#: ini telah tayang di Kompas.com dengan judul "Yusril Optimistis ..."``, ``dalam bukunya “Soemitro dari ...”``)
_ID_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:ber)?judul|bertajuk|buku(?:nya)?|novel(?:nya)?)[ \u00a0]*[:,]?[ \u00a0]*$", re.I
)


def is_quote(body: str, item: Found, lang: str) -> bool:
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
    words = WORD.findall(text)
    if not words:
        return False
    span = item.span
    before = _char_before(body, span.open_at) if span is not None else ""
    embedded = (before.isalnum() and before.islower()) or before == ","
    title_like = all(w[:1].isupper() or w.isdigit() for w in words) and text[-1:] not in ".!?,"
    if title_like or (english_title(words, text, lang) and text.rstrip("’'\" ")[-1:] not in ".!?,"):
        return False  # ``"The Walking Dead"``, ``"Perfect Enough: Carly Fiorina and the Reinvention of HP"``
    if span is not None and (_markup(body, span, text) or _headline(body, span, text)):
        return False
    if lang == "id" and _woven_fragment(body, item, text):
        return False
    if lang == "id" and span is not None and _ID_TITLE_BEFORE.search(body, max(0, span.open_at - 20), span.open_at):
        return False  # a title, not anyone's words
    if lang == "en" and en_woven(body, item, text):
        return False
    if (
        lang == "en"
        and span is not None
        and title_case(words, text)
        and _EN_WORK_BEFORE.search(body, max(0, span.open_at - 120), span.open_at) is not None
    ):
        return False  # ``talking about her new film, set partly in Shanghai, "Snow Flower and the Secret Fan."``
    if item.cued:
        if len(words) >= 4 or not embedded:
            return True
    elif len(words) >= 6 or (len(words) >= 4 and not embedded):
        return True
    said_whole = item.cued and before in ",:" and text[-1:] in ".!?"  # ``Priebus said, "Probably."``
    if (item.name is not None or item.via == "unnamed-same") and (
        said_whole or (_standalone(before, text) and item.via in _CONTINUING)
    ):
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
    if verb is not None and (verb[1] in EN_VOCAL | EN_VOCAL_NOUNS or not title_case(words, text)):
        item.short, item.verb_subject = "object", verb[0]  # ``chanted "Lock her up!"``, ``which he called "..."``
        return True
    if (text[-1:] in ".!?" or before in ",:") and _partial(body, item, words, lang):
        # a clause-final utterance (``called their son "an American hero."``, ``said, "we were
        # floored."``); a mid-sentence term (``are "ripe for abuse" and``) stays out
        item.short = "partial"
        return True
    return False


#: (English) a work's noun right before a quote in title case, maybe with a short phrase set off after it, or
#: ``including``/``called``/``titled`` (``her new film, set partly in Shanghai, "``, ``the author of eight books,
#: including "``, ``reporting his book, "``): the quote is the work's title, no one's words
_EN_WORK_BEFORE = re.compile(
    r"(?<![\w'’-])(?:books?|films?|movies?|novels?|albums?|songs?|single|plays?|shows?|series|documentar(?:y|ies)"
    r"|memoirs?|biography|biographies)(?:,[^,.!?\"“”\n]{1,60})?"
    r"(?:,?[ \u00a0]+(?:including|called|titled|entitled))?[ \u00a0]*[,:]?[ \u00a0]*$"
)


#: rules by which an uncued quote continues an attributed speaker
_CONTINUING = frozenset({"last-same", "next", "last-prev", "unnamed-same"})
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
    return opens_sentence and text[-1:] in ".!?,…" and len(WORD.findall(text)) >= MIN_STANDALONE_WORDS


def _sentence_follows(body: str, span: QuoteSpan | None) -> bool:
    """After the quote, a new sentence, a line break or the end (not the rest of the writer's sentence)."""
    if span is None or span.close_at is None:
        return True
    after = body[span.close_at + 1 : span.close_at + 4].lstrip(" \t\u00a0")
    return not after or after[0] == "\n" or after[0].isupper() or after[0] in DOUBLE_MARKS


def _partial(body: str, item: Found, words: list[str], lang: str) -> bool:
    """A short quote inside a sentence whose named speaker a speech cue introduces.

    With no cue next to the quote, the clause before it must name the speaker and
    then hold a speech cue in the active voice: ``Trump called the system "rigged."``,
    not ``what is typically called "regenerative medicine."`` nor ``said that Rubio is
    "weak like a baby."`` (Rubio is not the one speaking).
    """
    if item.name is None or len(words) < MIN_PARTIAL_WORDS or item.span is None:
        return False
    if _POSSESSIVE_NAME.search(item.name) or title_case(words, body[item.start : item.end]):
        return False
    if item.cued:
        return True
    if item.via not in _PARTIAL_VIA:
        return False
    clause = before_window(body, item.span)
    cues = PARTIAL_CUES_EN if lang == "en" else PARTIAL_CUES_ID if lang == "id" else PARTIAL_CUES_EN | PARTIAL_CUES_ID
    tokens = [m.group().lower() for m in WORD.finditer(clause)]
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
    line = body[paragraph_start(body, span.open_at) : span.open_at]
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
    clause = before_window(body, span).rstrip()
    words = list(WORD.finditer(clause))
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
    clause = before_window(body, span).rstrip(" \t\u00a0,:")
    words = list(WORD.finditer(clause.replace("-", "_")))
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


def _woven_fragment(body: str, item: Found, text: str) -> bool:
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
    clause = before_window(body, span).rstrip()
    words = list(WORD.finditer(clause))
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


#: words before a naming verb that make it passive or impersonal (``is called``, ``so called``)
_PASSIVE_BEFORE = frozenset({"is", "was", "were", "are", "be", "been", "being", "so", "typically", "commonly", "often"})
