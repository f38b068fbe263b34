"""Find the spans of text that stand between quotation marks.

One left-to-right pass over the body, so linear in its length. The scanner
knows the marks news text uses: straight and curly double quotes (also in
mismatched pairs such as ``“...“`` or ``"...”``), low-9 and reversed marks,
guillemets in either direction and full-width quotes. Single quotes are left
alone: inside a double-quoted span they are quotes within the quote, and
outside one they are far more often apostrophes than quotation marks.

Rules, in the order the scanner applies them:

* An opening mark is one with text right after it; a closing mark is one with
  text right before it (invisible format characters such as ``\u202a`` count as
  space). A directional mark (``“`` ``”``) is read in its own direction unless
  the context says otherwise (``“`` right after a word while a quote is open
  closes it; ``”`` before a word while none is open opens one).
* With a space after it, a mark opens a quote only as an isolated straight mark
  in re-tokenised text (`` " ``), or when another mark follows in its paragraph
  and it is an opening mark after a space (``“ You know``) or any mark opening
  its paragraph (``” … they are``).
* An opening-looking mark inside an open quote nests (a quote within a
  quote), except right after the end of a sentence, where it means the
  previous quote was never closed: that quote ends at the sentence end.
* A quote that runs to the end of its paragraph continues when the next
  paragraph opens with a quotation mark (the newspaper convention for a quote
  over several paragraphs); otherwise it ends at its paragraph. Where the
  paragraph breaks were lost (two or more spaces after a sentence, as in
  scraped text), an unclosed quote ends at the first such soft break.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.abbreviations import EN_TITLES, alternation
from generator.quote_words import EN_CUES, EN_PARTICIPLES, ID_VERB_FIRST

OPENERS = frozenset("“„‟«〝")
CLOSERS = frozenset("”»〞〟")
AMBIGUOUS = frozenset('"＂')
DOUBLE_MARKS = OPENERS | CLOSERS | AMBIGUOUS

_OPEN_CONTEXT = frozenset("([{—–-/:;")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-…")
_SENTENCE_END = frozenset(".!?…")
_SOFT_BREAK = re.compile(r"(?<=[.!?…\"”»])[ \t\u00a0]{2,}")
_TRAILING = " \t\r\n\u00a0"
#: (English) a sentence end then the capital opening the next sentence
_SENTENCE_START = re.compile(r"[.!?](?=['’]?[ \t\u00a0]+[A-Z])['’]?[ \t\u00a0]+")
#: (English) a period that ends no sentence: a title or an initial (``Mr. Smith``, ``J. Smith``)
_EN_ABBREVIATION = re.compile(rf"(?<![\w.])(?:[A-Z]|{alternation(EN_TITLES)})\.$")
_WORD = re.compile(r"[A-Za-z]+")
#: (English) first- and second-person words: a sentence holding one is the speaker's, not the writer's
_PERSONAL = frozenset(["I", "me", "my", "we", "us", "our", "you", "your"])


@dataclass(frozen=True)
class QuoteSpan:
    """Text between one pair of quotation marks (marks excluded)."""

    start: int  # first character of the quoted text (whitespace trimmed)
    end: int  # one past its last character (whitespace, , ; : trimmed)
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when unclosed
    paragraphs: int = 1  # how many paragraphs the quote runs over


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``body`` (a line is a paragraph)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(body)
    while pos <= n:
        nl = body.find("\n", pos)
        end = n if nl < 0 else nl
        if body[pos:end].strip():
            spans.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    return spans


def _is_space(ch: str) -> bool:
    """White space, the paragraph edge, or an invisible format character (``\u202a``, ``\u200b``)."""
    return ch == "" or ch.isspace() or unicodedata.category(ch) == "Cf"


def _prefers_open(left: str, right: str) -> bool:
    """Context says opening: space or opening punctuation before, text after."""
    return (_is_space(left) or left in _OPEN_CONTEXT or left in DOUBLE_MARKS) and not _is_space(right)


def _prefers_close(left: str, right: str) -> bool:
    """Context says closing: text before, space or punctuation (or end) after."""
    return not _is_space(left) and (_is_space(right) or right in _CLOSE_CONTEXT or right in DOUBLE_MARKS)


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in _TRAILING:
        end -= 1
    return start, end


_CUE_WORD = re.compile(r"[A-Z][a-z]{2,9}(?=[ \u00a0]+[A-Z])")
#: (Indonesian) a speech verb after a comma, then a name or ``-nya``: the attribution of a quote whose closing
#: mark was left out (``"Kami siap bekerja, kata Budi Santoso di Jakarta.``): the quote ends before it
ATTRIBUTION_INSIDE = re.compile(
    r",[ \u00a0]+(?:kata|ujar|ucap|tutur|ungkap|tegas|imbuh|papar|tukas|pungkas|tandas|sambung|jelas|terang|tambah"
    r"|lanjut|sebut|timpal|urai|cetus|beber|tulis|kilah|seloroh|sahut)"
    r"(?:[ \u00a0]+[A-Z]|nya[ \u00a0]*[.,])"
)


def _spaced_closer(body: str, i: int, floor: int) -> bool:
    """A mark with a space before it that still closes: ``, "katanya`` (token spacing), ``orang ", kata``
    (a comma right after it) or ``, "Kata Renhard.`` (a capitalised cue word, then a name)."""
    if body[i + 1 : i + 2] in (",", ";") and body[i - 1 : i] in (" ", "\t"):
        return True
    j = i - 1
    while j >= floor and body[j] in " \t":
        j -= 1
    if j < floor or j == i - 1 or body[j] not in ",.!?…":
        return False
    nxt = body[i + 1 : i + 2]
    if nxt.isalpha() and nxt.islower():
        return True
    cue = _CUE_WORD.match(body, i + 1)
    return body[j] == "," and cue is not None and cue.group().lower() in ID_VERB_FIRST


def _after_sentence_end(body: str, i: int, floor: int) -> int | None:
    """If only whitespace stands between a sentence end and ``i``, its offset + 1."""
    j = i - 1
    if j < floor or not body[j].isspace():
        return None
    while j >= floor and body[j].isspace():
        j -= 1
    if j >= floor and body[j] in _SENTENCE_END:
        return j + 1
    return None


def _next_mark(body: str, start: int, stop: int) -> int | None:
    """The position of the first double quotation mark in ``body[start:stop]``, or None."""
    return next((j for j in range(start, stop) if body[j] in DOUBLE_MARKS), None)


class _Scanner:
    def __init__(self, body: str, reopen_continues: bool = False) -> None:
        self.body = body
        # (English) a mark re-opening after a sentence end inside an open quote continues that quote when a
        # later mark of the paragraph can close it: see ``_continues``
        self.reopen_continues = reopen_continues
        self.spans: list[QuoteSpan] = []
        self.open_at: int | None = None
        self.depth = 0
        self.paragraphs = 1
        self.para_end = len(body)
        # whether the next paragraph opens with a double mark (a quote running to the paragraph's end goes on)
        self.next_opens = False
        # an unclosed quote ended at a sentence end because a mark re-opened there: (its open_at, that end,
        # the re-opening mark, its paragraph count), held until the re-opened quote shows whether it closes
        self.pending: tuple[int, int, int, int] | None = None

    def _flush_pending(self) -> None:
        if self.pending is not None:
            open_at, end, _, paragraphs = self.pending
            self.pending = None
            start, stop = _trim(self.body, open_at + 1, end)
            if stop > start:
                self.spans.append(QuoteSpan(start, stop, open_at, None, paragraphs))

    def _emit(self, close_at: int | None, end: int) -> None:
        self._flush_pending()
        if self.open_at is None:
            return
        start, stop = _trim(self.body, self.open_at + 1, end)
        if stop > start:
            self.spans.append(QuoteSpan(start, stop, self.open_at, close_at, self.paragraphs))
        self.open_at = None
        self.depth = 0
        self.paragraphs = 1

    def mark(self, i: int, para_start: int) -> None:
        body = self.body
        ch = body[i]
        left = body[i - 1] if i > para_start else ""
        right = body[i + 1] if i + 1 < len(body) else ""
        if right == "\n":
            right = ""
        if self.open_at is None:
            if _is_space(right):
                if (
                    not (_is_space(left) and ch in AMBIGUOUS)
                    and not self._spaced_opener(i, para_start)
                    and not self._split_rest_opener(i, para_start)
                ):
                    return
                # an isolated straight mark ( " ) in re-tokenised text, or a spaced opener: opens
            elif ch in CLOSERS and not _prefers_open(left, right) and not self._glued_opener(i, left, right):
                return  # a stray closing mark
            elif ch in AMBIGUOUS and _prefers_close(left, right) and not _prefers_open(left, right):
                return  # a stray closing straight mark
            self.open_at = i
            return
        if self._doubled_opener(i):
            self.open_at = i  # ``"" Tidak ada, ..."``: a mark typed twice opens one quote, from the second
            return
        opening = _prefers_open(left, right) and not _prefers_close(left, right)
        if opening and _spaced_closer(body, i, para_start):
            opening = False  # re-tokenised text: ``tinggi, "katanya``
        if opening and ch not in CLOSERS:
            cut = self._writer_cue_before(i) if self.reopen_continues and self.depth == 0 else None
            if cut is not None:
                # ``"A. B. He added: "C."``: the open quote was never closed; the writer's sentence introducing
                # the next quote ends it at the sentence end before that sentence
                self._emit(None, cut)
                self.open_at = i
                return
            sentence_end = _after_sentence_end(body, i, self.open_at + 1)
            if sentence_end is not None and self.depth == 0 and self._continues(i):
                return  # ``"A. B. "C. D."``: one quote run over a lost paragraph break; the mark is part of it
            if sentence_end is not None and self.depth == 0:
                # the previous quote was never closed; a new one starts here (unless that one never
                # closes either: see ``end_paragraph``)
                if self._paraphrase_after_closer(i):
                    self._close_pending()  # the quote before ends at its mark; a new one opens here
                    self.open_at = i
                    return
                self._flush_pending()
                self.pending = (self.open_at, sentence_end, i, self.paragraphs)
                self.open_at = i
                self.depth = 0
                self.paragraphs = 1
                return
            self.depth += 1  # a quote within the quote
            return
        if self.depth > 0:
            self.depth -= 1
            return
        self._emit(i, i)

    def title(self, open_at: int, close_at: int) -> None:
        """A title between marks set the wrong way round (``film" Hunger Games "baru``): its own span when no
        quote is open; inside an open quote it is a title within the quote and leaves that quote open."""
        if self.open_at is not None:
            return
        self._flush_pending()
        start, stop = _trim(self.body, open_at + 1, close_at)
        if stop > start:
            self.spans.append(QuoteSpan(start, stop, open_at, close_at))

    def _continues(self, i: int) -> bool:
        """``"A. B. "C. D. "E."`` (English): an opening mark after a sentence end while a quote is still
        open, capital after it. Where paragraph breaks were lost, this is the continuation convention (a
        quote running over paragraphs re-opens each paragraph with a mark): the quote goes on. Only when
        another double mark follows in the paragraph (the one that will close it), and the mark is of the same
        kind as the one that opened the quote (straight after straight, an opener after an opener): a
        different one (``"A. “B,” C."``) rather sets off a quote within the quote."""
        if not self.reopen_continues or self.pending is not None or self.open_at is None:
            return False
        first = self.body[self.open_at]
        if (first in AMBIGUOUS) != (self.body[i] in AMBIGUOUS):
            return False
        nxt = self.body[i + 1 : i + 2]
        if not (nxt.isupper() or nxt.isdigit() or nxt in ("'", "‘")):
            return False
        # the mark that will close it later in the paragraph, or the next paragraph re-opening with a mark
        # (``"A. "B.`` / ``"C. "D."``: the quote runs on over the paragraph break too)
        return self.next_opens or _next_mark(self.body, i + 1, self.para_end) is not None

    def _writer_cue_before(self, i: int) -> int | None:
        """``"A ... country. In reference to ..., Mr Milburn said: "B`` (English): an opening mark right after a
        colon whose sentence, started after a sentence end inside the open quote, is the writer's and holds a
        verb of saying (``He added:``, ``X said:``, ``..., Mr Y told BBC Sport:``) and no first- or second-person
        word: the open quote was never closed. Where it ends (the sentence end before that sentence), or None."""
        body = self.body
        open_at = self.open_at
        if open_at is None:
            return None
        j = i - 1
        while j > open_at and body[j] in " \t\u00a0":
            j -= 1
        if j <= open_at or body[j] not in ":,":
            return None
        floor = max(open_at + 1, j - 300)
        end = None
        for match in _SENTENCE_START.finditer(body, floor, j):
            end = match
        if end is None or _next_mark(body, end.end(), j) is not None:
            return None
        if _EN_ABBREVIATION.search(body, max(0, end.start() - 5), end.start() + 1):
            return None
        words = _WORD.findall(body, end.end(), j)
        if not words or any(w in _PERSONAL for w in words):
            return None
        if not any(w.lower() in EN_CUES or w.lower() in EN_PARTICIPLES for w in words):
            return None
        if body[j] == "," and not _cue_ends(words):
            return None  # a comma ends a writer's cue only right after its verb (``He added, "``)
        return end.start() + 1

    def _glued_opener(self, i: int, left: str, right: str) -> bool:
        """A closing-shaped mark glued between a sentence end and a capital while no quote is open
        (``dibenarkan oleh Kombes Martinus.”Besok Syahrini akan hadir,” kata ...``): a missing space turned an
        opening mark round. It opens when the next double mark in the paragraph closes (text before it)."""
        if left not in _SENTENCE_END or not right.isupper():
            return False
        nxt = _next_mark(self.body, i + 1, self.para_end)
        if nxt is None or self.body[nxt] not in CLOSERS | AMBIGUOUS:
            return False
        after = self.body[nxt + 1 : nxt + 2]
        return _prefers_close(self.body[nxt - 1], "" if after == "\n" else after)

    def _doubled_opener(self, i: int) -> bool:
        """The same mark right after the one that opened the quote, with text after it in the paragraph
        (``"" Tidak ada``): a doubled opening mark, not an empty quote."""
        if self.open_at is None or i != self.open_at + 1 or self.depth > 0 or self.body[i] != self.body[i - 1]:
            return False
        return _first_non_space(self.body, i + 1, self.para_end) < self.para_end

    def _close_pending(self) -> None:
        """The mark that seemed to re-open a quote after a sentence end closed the quote before it: that quote
        ends at the mark, and the text after the mark is no quote."""
        if self.pending is None:
            return
        open_at, _, close_at, paragraphs = self.pending
        self.pending = None
        self.open_at, self.paragraphs = open_at, paragraphs
        self._emit(close_at, close_at)

    def _paraphrase_after_closer(self, i: int) -> bool:
        """``"A lebih manis. "Hanya ada satu, kata Budi, tapi ... "B," kata ...``: the quote re-opened after a
        sentence end never closes before the next one opens (at ``i``), and an attribution stands inside it:
        the writer's paraphrase, so the mark after ``manis.`` closed the quote before it."""
        if self.pending is None or self.pending[2] != self.open_at or self.open_at is None or self.paragraphs > 1:
            return False
        match = ATTRIBUTION_INSIDE.search(self.body, self.open_at + 1, i)
        return match is not None and _next_mark(self.body, self.open_at + 1, i) is None

    def _attribution_inside(self, para_end: int) -> int | None:
        """Where an unclosed quote ends because its attribution follows in its paragraph (``"A B, kata Budi.``):
        the comma before the speech verb, when no other mark stands between the opening mark and it. Such a
        quote does not run on into a next paragraph that opens with a mark: that one is a new quote."""
        if self.open_at is None or (self.pending is not None and self.pending[2] == self.open_at):
            return None
        if self.paragraphs > 1:
            return None  # a quote run on over several paragraphs
        start = self.open_at + 1
        match = ATTRIBUTION_INSIDE.search(self.body, start, para_end)
        if match is None or _next_mark(self.body, start, match.start()) is not None:
            return None
        return match.start()

    def _spaced_opener(self, i: int, para_start: int) -> bool:
        """``“ You know`` or ``” … they are``: a mark with a space after it that opens a quote closed later.

        An opening mark after a space (or opening the paragraph), or any double mark opening
        the paragraph, opens when another double mark follows in the same paragraph.
        """
        body = self.body
        ch = body[i]
        first = _first_non_space(body, para_start, self.para_end) == i
        left = body[i - 1] if i > para_start else ""
        if not (first or (ch in OPENERS and (_is_space(left) or left in _OPEN_CONTEXT))):
            return False
        return _next_mark(body, i + 1, self.para_end) is not None

    def _split_rest_opener(self, i: int, para_start: int) -> bool:
        """``“A,” kata X.” B.”``: a quote split by its attribution whose second part a mark glued to the
        attribution's full stop opens (a closing-looking mark set like an opening one).

        A quote closed earlier in the same paragraph, the mark right after a sentence end with a space after
        it, and the next double mark of the paragraph a closing one (text before it, nothing but space or
        punctuation after it)."""
        body = self.body
        last = self.spans[-1] if self.spans else None
        if last is None or last.close_at is None or last.close_at < para_start:
            return False
        if body[i - 1 : i] not in _SENTENCE_END or i - 1 <= last.close_at:
            return False
        nxt = _next_mark(body, i + 1, self.para_end)
        if nxt is None:
            return False
        left = body[nxt - 1]
        right = body[nxt + 1] if nxt + 1 < self.para_end else ""
        return _prefers_close(left, right) and not _prefers_open(left, right)

    def end_paragraph(self, para_end: int, next_para_start: int | None) -> None:
        if self.open_at is None:
            return
        cut = self._attribution_inside(para_end)
        if cut is not None:
            self._emit(None, cut)
            return
        if next_para_start is not None and self.body[next_para_start : next_para_start + 1] in DOUBLE_MARKS:
            self.paragraphs += 1
            self.depth = 0
            return  # the quote continues in the next paragraph
        if self.pending is not None and self.pending[2] == self.open_at and self.paragraphs == 1:
            # ``sejauh ini "bukan berasal dari sayap kanan maupun kiri. "Dahulu, Macron ...`` and no mark after:
            # the mark after the sentence end closed the quote before it (a closing mark set like an opening
            # one); it opened nothing
            self._close_pending()
            return
        soft = _SOFT_BREAK.search(self.body, self.open_at + 1, para_end)
        self._emit(None, soft.start() if soft else para_end)


#: a title between straight marks that re-tokenised text set the wrong way round, each glued to the word
#: outside and spaced from the title: ``dalam film" Hunger Games "baru-baru ini`` (``film "Hunger Games" baru``);
#: the title opens with a capital or a digit and runs at most six words
_INVERTED_TITLE = re.compile(
    r"(?<=\w)\"[ \u00a0]+[A-Z0-9][\w'’.:&-]*(?:[ \u00a0]+[\w'’.:&-]+){0,5}[ \u00a0]+\"(?=\w)"
)


def _ends_sentence(title: re.Match[str]) -> bool:
    """(English) the 'title' between inverted marks ends at a sentence end: it is the writer's sentence between a
    quote closed without a comma and the next quote (``"The obvious choice is Dawson" Guscott said. "Especially
    ...``), not a title. (Indonesian re-tokenised text writes ``film" Don't Look Now "dan" Klute. "Sutherland``.)"""
    return title.group()[1:-1].rstrip(" \u00a0")[-1:] in _SENTENCE_END


def _cue_ends(words: list[str]) -> bool:
    """(English) the words of a sentence end in its speech verb right after a name or he/she (``He added``,
    ``Mr Milburn said``), or in ``told`` after one and a capitalised object (``Mr Y told BBC Sport``): the American
    comma before a quote ends such a cue. (``So if somebody walks in and says, "...`` inside a quote is no cue.)"""
    told = [k for k, w in enumerate(words) if w in ("told", "tells") and k >= len(words) - 4]
    if told and all(w[:1].isupper() for w in words[told[-1] + 1 :]):
        verb = told[-1]
    elif words[-1].lower() in EN_CUES:
        verb = len(words) - 1
    else:
        return False
    return verb > 0 and (words[verb - 1][:1].isupper() or words[verb - 1].lower() in ("he", "she", "they"))


def find_quote_spans(body: str, lang: str = "") -> list[QuoteSpan]:
    """Every double-quoted span of ``body``, in order, marks excluded. In English (``lang="en"``) a mark
    that re-opens after a sentence end inside an open quote continues that quote (lost paragraph breaks)."""
    scanner = _Scanner(body, reopen_continues=lang == "en")
    paragraphs = paragraph_spans(body)
    titles = (
        {m.start(): m.end() - 1 for m in _INVERTED_TITLE.finditer(body) if not (lang == "en" and _ends_sentence(m))}
        if '" ' in body
        else {}
    )
    closing_title = -1
    for index, (start, end) in enumerate(paragraphs):
        continuing = scanner.open_at is not None
        scanner.para_end = end
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        scanner.next_opens = nxt is not None and body[_first_non_space(body, nxt[0], nxt[1])] in DOUBLE_MARKS
        for i in range(start, end):
            if body[i] in DOUBLE_MARKS:
                if continuing and i == _first_non_space(body, start, end):
                    continue  # the mark that re-opens a continued quote
                if i in titles:
                    closing_title = titles[i]
                    scanner.title(i, closing_title)
                    continue
                if i == closing_title:
                    continue
                scanner.mark(i, start)
        scanner.end_paragraph(end, _first_non_space(body, nxt[0], nxt[1]) if nxt else None)
    return scanner.spans


def _first_non_space(body: str, start: int, end: int) -> int:
    i = start
    while i < end and _is_space(body[i]):
        i += 1
    return i
