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

The steps live in modules named for them: ``quote_marks`` (1), ``quote_reported`` (2), ``quote_cues`` (3, the
cue beside a quote), ``quote_inherit`` (3, the speaker a bare quote inherits), ``quote_names`` (3 and 4, speaker
words to people and the antecedent of a pronoun) and ``quote_filter`` (5); ``quotes_en`` holds the English
readers they call, ``quote_epithets`` the English descriptions that stand for a speaker (``the minister``, ``the
company``, ``the statement``), ``sentence_subjects`` the English sentence subjects a he/she may stand for, and
``quote_clauses`` the clause and sentence helpers all of them share. This module keeps the pipeline, the
paragraph handling and the ranking.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import replace

from generator.credits import blank_related_blocks
from generator.name_agreement import agreed_speaker
from generator.quote_clauses import (
    EN,
    WORD,
    Found,
)
from generator.quote_cues import (
    after_cue,
    after_window,
    attribute,
)
from generator.quote_filter import (
    is_quote,
)
from generator.quote_inherit import (
    inherit,
)
from generator.quote_marks import (
    DOUBLE_MARKS,
    OPENERS,
    QuoteSpan,
    find_quote_spans,
    paragraph_spans,
)
from generator.quote_names import (
    resolve_names,
    subject_mentions,
)
from generator.quote_reported import (
    reported_statements,
)
from generator.quote_words import (
    EN_FUNCTION,
)
from generator.records import Organization, Person, Quote
from generator.registry import (
    Registry,
)
from generator.speaker_before import (
    Speaker,
    sentence_subject,
    speaker_before_cue,
)
from generator.speaker_check import checked_speaker
from generator.text import undouble_marks

log = logging.getLogger(__name__)


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
        text, where = undouble_marks(body)
        items = _extract(text, language, people, organizations)
        return items if where is None else [(_in_body(q, where, body), rule) for q, rule in items]
    except Exception:
        log.exception("quote extraction failed; no quotes for this article")
        return []


def _in_body(quote: Quote, where: list[int], body: str) -> Quote:
    """``quote``, found in the text :func:`undouble_marks` made of ``body``, with offsets into ``body``."""
    start = where[quote.start] if quote.start < len(where) else len(body)
    end = where[quote.end - 1] + 1 if quote.end > quote.start else start
    return replace(quote, start=start, end=end, text=body[start:end])


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
    found: list[Found] = []
    for span in spans:
        registry.cursor = span.open_at
        found.append(attribute(body, span, lang, registry))
    found.extend(reported_statements(body, lang, registry, quoted))
    found.sort(key=lambda f: (f.cue_at, f.start))
    pronouns = [f.cue_at for f in found if f.speaker is not None and f.speaker.pronoun]
    # sentence subjects only matter as antecedents of pronoun cues, and only before the last one
    mentions = subject_mentions(body[: max(pronouns)], quoted, registry) if lang in ("id", "en") and pronouns else []
    resolve_names(found, registry, mentions)
    direct = [f for f in found if f.kind == "direct"]
    indirect = [f for f in found if f.kind == "indirect"]
    inherit(body, direct, indirect, paragraphs, registry, lang)
    kept = [f for f in direct if is_quote(body, f, lang)]
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


def _split_paragraphs(body: str, items: list[Found], registry: Registry) -> list[Found]:
    """A quote over several paragraphs, cut into one quote per paragraph (English) where each is a statement:

    * a transcript (``Partial transcript as follows:`` then ``"WALLACE: ...``, ``"PENCE: ...``, closed
      only at its end): each paragraph is the words of the all-caps speaker labelling it (an unlabelled
      paragraph continues the last label); the quote opens with a label and two paragraphs carry one;
    * two paragraphs, the second closed with the attribution right after it (``"A ...`` / ``"B ...," he
      said.``): the second is a quote of its own, the first an unclosed paragraph of the same speaker.
    """
    out: list[Found] = []
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
        if WORD.search(body, a, b):
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
            and after_cue(after_window(body, span), lang, registry)[1] is not None
        ):
            out[-1] = QuoteSpan(prev.start, span.end, prev.open_at, span.close_at, prev.paragraphs)
            continue
        out.append(span)
    return out


#: (English) a clause opened by he/she after the last comma of a verb's subject (``On Twitter, she responded ...``)
_EN_PRONOUN_CLAUSE_END = re.compile(r",[ \u00a0]+(?:he|she)[ \u00a0][^,;]*$")


#: (English) the last clause of the text before a speech verb set off by a comma and opened by a subordinator that
#: brings its own subject: ``, where his supporters were shown chanting``
_EN_SUBORDINATE_LAST = re.compile(
    r",[ \u00a0]+(?:where|when|while|as|because|since|whereas|until)[ \u00a0]+[^,;:—–]*$", re.IGNORECASE
)


def _object_speakers(items: list[Found], registry: Registry, lang: str) -> None:
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
        if (
            lang == "en"
            and item.name
            and item.span is not None
            and _EN_TAG_BETWEEN.search(registry.body, max(0, item.span.open_at - 120), item.span.open_at)
        ):
            # ``"If you think of criminals ...," said Mr King, "they just do what works."``: the verb is the tag of
            # the quote before it, its subject after it; the second part goes on with the speaker it inherited
            # from that quote
            continue
        registry.cursor = item.start
        pronoun_clause = lang == "en" and _EN_PRONOUN_CLAUSE_END.search(subject) is not None
        # (English) ``On Twitter, she responded ... by saying, "..."``: the he/she opening the verb's clause is its
        # subject, not an apposition of the capitalised word before the comma
        speaker = None if pronoun_clause else speaker_before_cue(subject, registry, lang)
        if speaker is None and not (lang == "en" and _EN_SUBORDINATE_LAST.search(subject)):
            # (English) ``Cruz backers ... watched footage from Rubio's party, where his supporters were shown
            # chanting "``: a verb inside a clause set off by where/when/while/as ... has that clause's own subject,
            # not the sentence's
            speaker = sentence_subject(subject, registry, lang)
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


#: (English) a verb-first tag between two parts of one quote: ``," said Mr King, "`` right before the second mark
_EN_TAG_BETWEEN = re.compile(
    rf"[,.!?][\"”][ \u00a0]+(?:{EN})[ \u00a0]+[A-Z][^\"“”.!?;:\n]{{0,80}},[ \u00a0]*\Z", re.IGNORECASE
)


def _names_no_one(phrase: str) -> bool:
    """No capitalised word in ``phrase`` but a function word opening it (``The crowd``, ``a man``)."""
    words = WORD.findall(phrase)
    while words and words[0].lower() in EN_FUNCTION:
        words.pop(0)
    return not any(w[:1].isupper() for w in words)


# --- ranking -----------------------------------------------------------------


def _score(body: str, item: Found) -> float:
    words = len(WORD.findall(body[item.start : item.end]))
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


def _rank(body: str, items: list[Found]) -> list[tuple[Quote, str]]:
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
