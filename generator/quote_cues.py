"""Step 3 of ``generator.quotes``: the attribution of one quoted span from the cue beside it.

First the cue right after the closing mark (``," kata Kirby``, ``," he said``, ``," said Jane Doe``), then the cue
right before the opening mark (``Kirby said: "``, ``Menurut Kirby, "``), with the forms news gives them: credit
lines after a dash, verbless tags (``"...," Mr Champion.``), ``thus`` credits, coordinated subjects and misspelt
cues. A cue that begins a new statement rather than closing this one is left to the next quote.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.attribution import speaker_after_cue
from generator.quote_clauses import (
    SENTENCE_END,
    WINDOW,
    Found,
    before_window,
    clause_start,
)
from generator.quote_epithets import (
    en_document_owner,
    en_epithet_after,
    en_org_statement,
    en_role_epithet,
    en_short_org,
    en_statement_read,
)
from generator.quote_marks import (
    ATTRIBUTION_INSIDE,
    DOUBLE_MARKS,
    QuoteSpan,
)
from generator.quote_words import (
    EN_TAG_NOUNS,
    EN_TAG_ONLY,
    ID_SUBJECT_FIRST,
    ID_TAG_ONLY,
    ID_VERB_FIRST,
    ROLE_WORDS,
    THUS_MEDIUM,
)
from generator.quotes_en import (
    EN_ACCORDING,
    EN_AFTER_SAID,
    EN_AFTER_SUBJ,
    EN_AFTER_VERB,
    EN_APPOSITION_OPEN,
    EN_AUXILIARY_TAIL,
    EN_CONJOINED_ONLY,
    EN_CONJUNCTION_ONLY,
    EN_CONTENT_START,
    EN_COORDINATED_SAY,
    EN_CUE_WORD,
    EN_DASH_CREDIT_LINE,
    EN_FUTURE_AFTER,
    EN_INFINITIVE,
    EN_LOWER_WORD,
    EN_NOT_ACTIVE,
    EN_PARTICIPLE_AFTER_TITLE,
    EN_PASSIVE_CREDITS,
    EN_PASSIVE_SUBJECT,
    EN_PERIOD_AFTER_MARK,
    EN_POSSESSIVE_OBJECT,
    EN_PRONOUN_COLON,
    EN_PRONOUN_OPENER,
    EN_SAY_CUES,
    EN_SUBJECT_PRONOUNS,
    EN_SUBORDINATE_AFTER_HEADING,
    EN_SUBORDINATE_SUBJ,
    EN_TAG_NOUN_SUBJECT,
    EN_TITLED_CREDIT,
    EN_TO_OBJECT,
    en_addressee_end,
    en_before_cue,
    en_introduces_next,
    en_name_apposed,
    en_participle_over_title,
    en_quoted_as_saying,
    en_tail_then_credit,
)
from generator.registry import (
    Registry,
    one_edit,
)
from generator.speaker_before import (
    COMPANY,
    PRONOUN_GENDER,
    Speaker,
    sentence_subject,
    speaker_before_cue,
    subject_of,
)

MAX_INDIRECT = 600  # longest reported statement kept, in characters

ID_VERB = "|".join(sorted(ID_VERB_FIRST, key=lambda w: (-len(w), w)))
_ID_TAG = "|".join(sorted(ID_VERB_FIRST | ID_TAG_ONLY, key=lambda w: (-len(w), w)))
_ID_SUBJ = "|".join(sorted(ID_SUBJECT_FIRST, key=lambda w: (-len(w), w)))

#: ``sebut saja``, ``katakan saja`` ("let us say", "for example") introduce examples, not anyone's words
NO_IDIOM = r"(?![ \u00a0]+saja\b)"

# right after a closing mark
ID_AFTER_VERB = re.compile(
    rf"^[\s,.!?;—–-]*(?:(?:demikian|begitu|seperti)\s+)?(?P<cue>{_ID_TAG})(?P<nya>nya)?\b{NO_IDIOM}(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_ID_AFTER_SUBJ = re.compile(rf"^[\s,.!?;—–-]*(?P<subj>[^.!?\"“”\n]{{1,160}}?)\s+(?P<cue>{_ID_SUBJ})\b", re.IGNORECASE)
#: a byline after a quote: ``“...” ― Steve Quinlan`` (a short capitalised name ending its line or sentence)
_DASH_NAME = re.compile(
    r"^[\s\u00a0]*[―—][\s\u00a0]*(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){1,3})[\s\u00a0.]*$"
)

# right before an opening mark (the text is the clause that ends at the mark)
_ID_BEFORE_SUBJ = re.compile(
    rf"(?P<subj>.*?)\s*\b(?P<cue>{_ID_SUBJ})\b(?P<tail>[^.!?\"“”]{{0,80}}?)[\s,:]*$", re.IGNORECASE | re.DOTALL
)
_ID_BEFORE_VERB = re.compile(
    rf"\b(?P<cue>{ID_VERB}){NO_IDIOM}\s+(?P<rest>[^.!?\"“”]{{1,160}}?)[\s:]*$", re.IGNORECASE
)
MENURUT = re.compile(r"\b(?P<cue>menurut|according to)\s+(?P<rest>[^,.!?\"“”]{1,160}),", re.IGNORECASE)
#: (English) a clause with a pronoun subject read as the role set off after a word: ``it gets better``
_EN_CLAUSE_ROLE = re.compile(r"(?:it|he|she|they|we|I|you|there)[ \u00a0]+[a-z]")
#: (English) an addressee and ``that`` right after a cue: ``replied to him that``, ``told Smith that``
_EN_TO_SOMEONE_THAT = re.compile(
    r"[ \u00a0]+(?:to[ \u00a0]+)?(?:him|her|them|me|us|[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})[ \u00a0]+that\b"
)
#: (English) a sentence after a quote that points back to it and names its source: ``That quote from X appeared``
_EN_THAT_QUOTE_FROM = re.compile(
    r"[ \u00a0]*(?:That|This|The)[ \u00a0]+(?:quote|quotation|remark|comment|line)[ \u00a0]+(?:from|by)[ \u00a0]+"
    r"(?P<rest>[^.!?\"“”\n]{1,120})"
)
#: (English) cues by which a paper relays others' words: ``," the Post reported, quoting an official``
_EN_RELAY = frozenset({"reported", "reports"})
#: (English) a capitalised subject pronoun opening the text after a quote
_EN_CAPITAL_PRONOUN = re.compile(r"[ \u00a0]*(?:He|She|They|We|I)[ \u00a0]")
#: (English) a subordinator right before the cue word: ``when asked``, ``if pressed``, ``unless told``
_EN_REDUCED_CLAUSE_END = re.compile(r"(?<![\w'’-])(?:when|if|unless|until|whenever|though|although)$", re.IGNORECASE)
#: (English) the last spaced dash of a clause (an aside's end)
_EN_ASIDE_END = re.compile(r"[ \u00a0][—–-]{1,2}[ \u00a0]+(?!.*[ \u00a0][—–-]{1,2}[ \u00a0])")
#: (English) tags that after their subject must end the clause: ``"...?" Trump reacted.``
_EN_BARE_TAGS = frozenset({"reacted", "reacts"})
_COLON_NAME = re.compile(r"(?P<subj>[^.!?\"“”:]{1,120}):\s*$")


def paragraph_end_at(body: str, pos: int) -> int:
    nl = body.find("\n", pos, pos + WINDOW)
    return nl if nl >= 0 else min(len(body), pos + WINDOW)


def after_window(body: str, span: QuoteSpan) -> str:
    if span.close_at is None:
        # ``"A B, kata Budi.``: an unclosed quote the scanner ended before its attribution
        return body[span.end : paragraph_end_at(body, span.end)] if ATTRIBUTION_INSIDE.match(body, span.end) else ""
    start = span.close_at + 1
    end = paragraph_end_at(body, start)
    text = body[start:end]
    for i, ch in enumerate(text):
        if ch in DOUBLE_MARKS:
            return text[:i]
    return text


def attribute(body: str, span: QuoteSpan, lang: str, registry: Registry) -> Found:
    after = after_window(body, span)
    before = before_window(body, span, lang)
    close = span.close_at if span.close_at is not None else span.end
    closed = lang == "en" and (
        (body[span.end - 1 : span.end] == "." and after.lstrip()[:1].isupper())
        or EN_PERIOD_AFTER_MARK.match(after) is not None  # ``"We are providing a consensus". The ...``
        # ``"...for the long run!" She replied to him that ...``: a question or exclamation ending the sentence, a
        # capitalised pronoun after it (a tag's he/she is written in lower case)
        or (body[span.end - 1 : span.end] in "?!" and _EN_CAPITAL_PRONOUN.match(after) is not None)
    )
    tagged = lang == "en" and (body[span.end - 1 : span.end] == "," or after[:1] == ",")
    head = body[max(0, span.open_at - 4) : span.open_at].rstrip(" \u00a0")
    opens = lang == "en" and (not head or head[-1] in ".!?\n\"”’'")  # the quote opens its sentence
    if lang == "en" and span.close_at is not None and en_introduces_next(body, span, after):
        # ``"...Libya?" Mills then writes back, "You look cute."``: the clause after a quote that ended its
        # sentence introduces the next quote by a comma or colon; it is not this quote's attribution
        after = ""
    speaker, cue = after_cue(after, lang, registry, closed, tagged, opens)
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
    elif (
        lang == "en"
        and speaker is not None
        and speaker.pronoun
        and not speaker.name
        and not speaker.epithet
        and span.paragraphs == 1
        and before.rstrip().endswith(":")
    ):
        # ``For the Lib Dems David Laws said: "...," he said.``: a doubled attribution; the named subject of the
        # speech verb before the colon is whom the he/she after the quote stands for, when the subject's known sex
        # does not contradict the pronoun (not across paragraphs: ``X said: "A.`` / ``"B," he added.`` is cut into
        # one quote per paragraph by the cue after it)
        named, named_cue = _before_cue(before, lang, registry)
        if (
            named is not None
            and named.name
            and not named.pronoun
            and named_cue != ":"
            and registry.is_known_person(named.name)
            and registry.gender(named.name) in (None, speaker.gender)
        ):
            speaker, cue, cue_at, via = named, named_cue, span.open_at, "cue-before"
    if speaker is None and cue is None and lang == "en" and span.close_at is not None and not after.strip():
        credit = _dash_credit_line(body, span.close_at + 1, before, registry)
        if credit is not None:
            speaker, cue, cue_at, via = credit, "―", close, "cue-after"
    if speaker is None and cue is None:
        speaker, cue = _before_cue(before, lang, registry)
        cue_at, via = span.open_at, ("colon" if cue == ":" else "cue-before")
    if speaker is None and cue is None and lang == "en" and EN_PARTICIPLE_AFTER_TITLE.search(before) is not None:
        titled = en_participle_over_title(body, span, registry)
        if titled is not None:
            speaker, cue, cue_at, via = titled[0], titled[1], span.open_at, "cue-before"
    if speaker is None and lang == "en" and EN_CONJOINED_ONLY.fullmatch(before):
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
    found = Found(span.start, span.end, "direct", cue, cue_at, speaker, cue is not None, span, via=via)
    found.again = via == "cue-after" and lang == "id" and bool(_AGAIN.match(after))
    return found


def _dash_credit_line(body: str, at: int, before: str, registry: Registry) -> Speaker | None:
    """(English) The known person a dash credit line names right after a quote that is a whole paragraph
    (``"Boeing and GE ... pay zero taxes."`` then ``- Sanders.``), else None."""
    if before.strip():
        return None
    match = EN_DASH_CREDIT_LINE.match(body, at)
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
        named = known_before_setting(subject, registry)  # ``CEO Wavecell Olivier Gerhardt dalam rilisnya``
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
    start = clause_start(body, end - 1)
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


#: (English) the tag after a quote of one heard or quoted saying it: ``," Brital was heard saying``, ``," he was quoted
#: as saying``, ``," Ms Ray was overheard telling a friend``
_EN_PASSIVE_SAYING = re.compile(
    r"^[\s,—–-]*(?P<subj>[^.!?\"“”\n,;:]{1,60}?)[ \u00a0]+"
    r"(?:was|were|is|are|had[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+"
    r"(?:heard|overheard|quoted[ \u00a0]+as|recorded|filmed|caught[ \u00a0]+on[ \u00a0]+(?:tape|camera|video))"
    r"[ \u00a0]+(?P<cue>saying|telling|shouting|asking)\b"
)
#: (English) a clause that a colon ends right before the next quote mark (the window after a quote stops at that
#: mark): the rest of an inverted cue that introduces the next quote
_EN_COLON_INTRO = re.compile(r"[^.!?\"“”\n]{1,160}:[ \u00a0]*$")


def after_cue(
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
        match = ID_AFTER_VERB.match(after)
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
        read = en_statement_read(after, registry)
        if read is not None:
            return read, "read"  # ``," a BBC statement read.``, ``," read a statement from the firm.``
        match = EN_AFTER_VERB.match(after) or EN_ACCORDING.match(after)
        if match and closed and match.group("cue") == "Asked":
            # ``"...half-time." Asked if his honeymoon was over, Mourinho replied: "``: an opening participle
            # phrase of a new sentence, not this quote's attribution
            return None, None
        if match and closed and match.re is EN_AFTER_VERB and _EN_COLON_INTRO.match(match.group("rest")):
            # ``"...but we got good players here." Said Mayberry of his shaving-cream pie: "This is ..."``: an
            # inverted cue opening a new sentence that a colon ends introduces the next quote, not this one
            return None, None
        if match:
            statement = en_org_statement(match.group("rest"), registry, after=True)
            if statement is not None and match.re is EN_AFTER_VERB:
                return statement, match.group("cue").lower()  # ``," said an FA statement.``
            short_org = (
                en_short_org(match.group("rest").split("\n", 1)[0], registry)
                if match.re is EN_AFTER_VERB and match.group("cue").lower() not in _EN_RELAY
                else None
            )
            if short_org is not None:
                return short_org, match.group("cue").lower()  # ``," said the Post.``
            epithet = en_epithet_after(match.group("rest")) if match.re is EN_AFTER_VERB else None
            if epithet is not None:
                return epithet, match.group("cue").lower()  # ``," said the world indoor champion, who ...``
            return speaker_after_cue(match.group("rest"), registry, lang), match.group("cue").lower()
        titled = EN_TITLED_CREDIT.match(after)
        if titled is not None:
            # ``"...," Mr Champion.``: a verbless credit, a title and a surname ending the sentence
            speaker = speaker_after_cue(titled.group("name"), registry, lang)
            if speaker is not None and speaker.name and not speaker.pronoun:
                return speaker, ","
        quoting = en_quoted_as_saying(after, registry)
        if quoting is not None:
            return quoting
        pointed = _EN_THAT_QUOTE_FROM.match(after[:240]) if closed else None
        if pointed is not None:
            # ``"I'd rather have a sister in a whorehouse than a brother in the FBI." That quote from Alabama
            # Securities Commissioner Thomas Krebs appeared on the front page ...``: the next sentence names its source
            source = speaker_after_cue(pointed.group("rest"), registry, lang)
            if source is not None and source.name and registry.is_known_person(registry.canonical(source.name)):
                return source, "quote from"
        passive = _EN_PASSIVE_SAYING.match(after[:200])
        if passive is not None:
            # ``"...," Brital was heard saying in the local dialect.``, ``," Smith was quoted as saying.``: the subject
            # of the passive verb is the one heard or quoted saying it
            speaker = speaker_before_cue(passive.group("subj"), registry, lang)
            if speaker is not None and (speaker.name or speaker.pronoun):
                return speaker, passive.group("cue").lower()
        match = EN_FUTURE_AFTER.match(after) or EN_AFTER_SUBJ.match(after)
        if match and closed and match.re is EN_AFTER_SUBJ and _new_statement(after, match):
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
        if (
            match
            and match.re is EN_AFTER_SUBJ
            and match.group("cue").lower() in _EN_BARE_TAGS
            and after[match.end() :].lstrip(" \u00a0")[:1] not in (".", ",", "")
        ):
            # ``the "Planet of the Apes," the network's anchor Ilia Calderon reacted with a moving letter``: a verb of
            # reacting is a tag only when it ends its clause (``"...?" Trump reacted.``), not with an object after it
            match = None
        if match and match.re is EN_AFTER_SUBJ and _EN_REDUCED_CLAUSE_END.search(match.group("subj")):
            # ``"I'm not quite there yet," he was echoing Ryan, who used the same words when asked in May``: a cue
            # right after when/if/unless is a reduced clause's participle (``when asked``), no tag
            match = None
        if match and match.re is EN_AFTER_SUBJ:
            subject = match.group("subj").strip(" \u00a0,")
            if subject.endswith(("'s", "’s")):
                # ``"..." Souness joined Ferguson in backing Smith's claims.``, ``by condemning Clark's remarks``: a
                # possessive before the cue word makes it a noun, not a tag
                match = None
            elif match.group("cue").lower() in EN_TAG_NOUNS and not EN_TAG_NOUN_SUBJECT.fullmatch(subject):
                match = None  # a noun-like tag's subject is a name or he/she
        if match and not closed and not tagged and after[match.end() :].lstrip(" \u00a0")[:1] == ":":
            # ``"...there?'" LTA chief executive, John Crowther, added: "``: a quote not closed by a comma, a
            # clause whose cue ends in a colon introduces the next quote, as after a full stop (_new_statement)
            match = None
        if match and closed and match.re is EN_AFTER_SUBJ and EN_SUBORDINATE_AFTER_HEADING.search(match.group("subj")):
            return None, None
        if match and match.re is EN_AFTER_SUBJ and EN_SUBORDINATE_SUBJ.match(match.group("subj")):
            # ``Trump saying during the debate, "That makes me smart," when Clinton blasted him for ...``: a
            # subordinate clause after the quote (no comma before its verb) tells when it was said, not who said it
            return None, None
        if match and match.re is EN_AFTER_SUBJ and EN_CONJUNCTION_ONLY.fullmatch(match.group("subj")):
            # ``he said "...", but stressed that ...``: a second verb of the subject before the quote, no tag of
            # its own; the cue before the quote is read
            return None, None
        if match and (_short_subject(match.group("subj")) or len(match.group("subj").split()) <= 16):
            # ``," Mr Tanzi's statement said.``, ``," a statement issued on behalf of Robert Zoellick, US Trade
            # Representative, said.``: its author
            author = en_document_owner(match.group("subj"), registry)
            if author is not None:
                return author, match.group("cue").lower()
        if match and _short_subject(match.group("subj")):
            epithet = (
                en_org_statement(match.group("subj"), registry, after=False)
                or en_role_epithet(match.group("subj"))
                # ``," the Times wrote.`` (not ``," the Times reported``: a paper reports others' words)
                or (
                    en_short_org(match.group("subj"), registry)
                    if match.group("cue").lower() not in _EN_RELAY
                    else None
                )
            )
            if epithet is not None:
                return epithet, match.group("cue").lower()  # ``," the organisation said``, ``," the 21-year-old told``
            speaker = speaker_before_cue(match.group("subj"), registry, lang)
            if tagged and (speaker is None or not speaker.name):
                speaker = en_name_apposed(match.group("subj"), match.group("cue"), registry) or speaker
            # after a quote that ended its sentence only a clause the cue ends (``"..." Hailey later recalled.``),
            # not one that reports more (``"..." Gerrard had said before the game he would ...``)
            ends = not closed or after[match.end() :].lstrip(" \u00a0")[:1] in (".", "")
            aux = EN_AUXILIARY_TAIL.search(match.group("subj")) if speaker is None and (tagged or ends) else None
            if aux is not None:
                # ``"...," he had said on Thursday``, ``Reyes would later say``, ``"..." Hailey later recalled.``: the
                # subject before the auxiliary or adverb
                speaker = speaker_before_cue(match.group("subj")[: aux.start()], registry, lang)
            if speaker is None and opens and not closed and not tagged and match.re is EN_AFTER_SUBJ:
                speaker = en_tail_then_credit(match, registry) or speaker
            return speaker, match.group("cue").lower()
    return None, None


#: the first character of a figure: a digit or a currency sign
_FIGURE_START = frozenset("0123456789$£€¥")


def _new_statement(after: str, match: re.Match[str]) -> bool:
    """``"...dropped." Ioannidis also said he has ...`` or ``"..." House prices have risen, Nationwide said, ...``
    (English, after a quote that ended its sentence): the subject-verb clause is a new sentence, not the quote's
    attribution, when its subject holds a clause of four or more words before a comma (the sentence reports
    something before naming its source) or a statement follows the verb. ``"..." Smith said.``, ``"..." Smith
    said on Monday.`` and ``"..." Of course, Smith said ...`` still attribute."""
    subj = match.group("subj")
    if "," in subj and len(subj[: subj.rfind(",")].split()) >= 4:
        return True
    cue = match.group("cue").lower()
    if (
        "," in subj
        and cue not in EN_SAY_CUES
        and after[match.end() :].lstrip(" \u00a0")[:1] not in (".", ",", ":", "")
    ):
        # ``"...wealth." Last Tuesday, members of a neighborhood group protested outside ...``: an opening phrase set
        # off before the subject and a verb that goes on (not ``said``, and no full stop right after it): a new
        # sentence telling what happened, not the quote's attribution
        return True
    if EN_PASSIVE_SUBJECT.search(subj) and match.group("cue").lower() not in EN_PASSIVE_CREDITS:
        return True  # ``"..." Four movies have already been announced for PSP.``: a passive, its subject no speaker
    if after[match.end() :].lstrip(" \u00a0")[:1] == ":":
        return True  # ``"..." Spanish captain Jordi Arrese said: "..."``: the next quote's introduction
    rest = after[match.end() :].split(None, 2)
    word = rest[0].strip(".,;:!?").lower() if rest else ""
    if word == "to" and len(rest) > 1 and EN_INFINITIVE.fullmatch(rest[1]) and rest[1] not in EN_TO_OBJECT:
        return True  # ``"..." Actress Sandra Dee continues to live in Los Angeles``: an infinitive, no speech
    if word in EN_CONTENT_START:
        return True
    if _EN_TO_SOMEONE_THAT.match(after, match.end()):
        return True  # ``"...!" She replied to him that it was an "honor ..."``: a new reported sentence
    if rest and rest[0][:1] in _FIGURE_START:
        return True  # ``"..." Manufacturers added 17,000 jobs in March``: a figure is the verb's object, no speech
    if word == "and" and len(rest) > 1 and EN_COORDINATED_SAY.match(rest[1]) and rest[1][-1:] not in ":,.":
        return True  # ``"..." Mr Wallace agreed and said the figures had to be ...``: a new sentence's own report
    if rest and EN_POSSESSIVE_OBJECT.fullmatch(rest[0].rstrip(".,;:!?")):
        return True  # ``"..." Keeper Tony Bullock echoed McIntyre's sentiments.``: an object, no attribution
    cue = match.group("cue").lower()
    if (
        cue not in EN_SAY_CUES
        and subj.strip(" \u00a0,.;").lower() not in EN_SUBJECT_PRONOUNS
        and len(rest) > 1
        and EN_LOWER_WORD.fullmatch(rest[0]) is not None
        and word not in EN_AFTER_SAID
        and word not in EN_TO_OBJECT
        and not word.endswith(("ly", "ing"))
    ):
        return True  # ``"..." The government has announced plans to cut ...``: a new sentence's verb and its object
    return (
        cue in EN_SAY_CUES
        and EN_LOWER_WORD.fullmatch(rest[0] if rest else "") is not None
        and word not in EN_AFTER_SAID
        and not word.endswith(("ly", "ing"))
    )  # ``"..." Mr Hasson said games developers were ...``: the content clause of a new reported sentence


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
    if registry.function_word(word) or len(whole_word(re.escape(word)).findall(registry.body)) > 1:
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
def whole_word(word: str) -> re.Pattern[str]:
    """``word`` (a pattern, possibly ``A|B|C``) as a whole word: every alternative bounded on both sides."""
    return re.compile(rf"(?<!\w)(?:{word})(?!\w)")


def _short_subject(subj: str) -> bool:
    """A subject short enough to be a speaker phrase; an apposition (``X, a ... of Y,``, ``X - then adviser to
    Y -``) may run longer."""
    words = subj.split()
    if len(words) <= 10:
        return True
    head = subj.lstrip(" ,.;—–-")
    return len(words) <= 20 and EN_APPOSITION_OPEN.search(head[:40]) is not None and head[:1].isupper()


def _before_cue(before: str, lang: str, registry: Registry) -> tuple[Speaker | None, str | None]:
    text = before[-WINDOW:]
    if not text.strip():
        return None, None
    match = MENURUT.search(text)
    if match and not text[match.end() :].strip(" ,:"):
        return speaker_after_cue(match.group("rest"), registry, lang), match.group("cue").lower()
    if lang != "id":
        found = en_before_cue(text, registry, lang)
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
        pronoun = EN_PRONOUN_OPENER.match(match.group("subj").strip()) if lang == "en" else None
        if pronoun is not None:
            # ``He had told BBC Radio Wales:``, ``He apologised for not being in London, joking:``: the he/she
            # opening the clause speaks, not a name later in it
            speaker = speaker_before_cue(pronoun.group("pronoun"), registry, lang)
            if speaker is not None and speaker.pronoun:
                return speaker, ":"
        speaker = speaker_before_cue(match.group("subj"), registry, lang)
        if lang == "en" and speaker is not None and speaker.name and en_addressee_end(match.group("subj"), speaker):
            speaker = None  # ``McConnell delivered a blunt message to Trump:``: Trump is spoken to, not speaking
        if (
            lang == "en"
            and speaker is not None
            and speaker.name
            and speaker.role
            and _EN_CLAUSE_ROLE.match(speaker.role)
            and not registry.is_known_person(speaker.name)
        ):
            # ``Wait, it gets better:``: a capitalised word no person is known by, set off before a clause with its own
            # pronoun subject, is an interjection or an opening word, not the speaker with a role
            speaker = None
        if speaker is not None and (speaker.name or speaker.pronoun):
            return speaker, ":"
        if lang == "en":
            speaker = sentence_subject(match.group("subj"), registry, lang)
            aside = _EN_ASIDE_END.search(match.group("subj")) if speaker is None else None
            if aside is not None:
                # ``As Mitchell tried to discuss ... — especially where ... Donald Trump is concerned — Sanders
                # responded with a phrase that could have come from Trump himself:``: the subject after a spaced dash
                # that closes an aside
                speaker = sentence_subject(match.group("subj")[aside.end() :], registry, lang)
                speaker = speaker if speaker is not None and speaker.name and not speaker.pronoun else None
            pronoun = EN_PRONOUN_COLON.search(text) if speaker is None else None
            if pronoun is not None and pronoun.group("verb").lower() not in EN_NOT_ACTIVE:
                # ``He also praised the film director: "``: he/she opening the sentence, an active verb and its
                # object introduce his or her words, as a named subject does (``Foxx also praised ...:``)
                speaker = Speaker(None, None, pronoun=True, gender=PRONOUN_GENDER[pronoun.group("pro").lower()])
        else:
            speaker = subject_of(match.group("subj"), registry, lang)
        if speaker is not None:
            return speaker, ":"
    return None, None


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


def _conjoined_subject(body: str, open_at: int, registry: Registry) -> tuple[Speaker, str] | None:
    """The named or pronoun subject before the first cue of the sentence that ends at ``open_at``."""
    start, _ = sentence_bounds(body, open_at)
    sentence = body[start:open_at]
    first = EN_CUE_WORD.search(sentence)
    # the one ending the sentence, right before the quote
    last = max(EN_CONJOINED_ONLY.finditer(sentence), key=lambda m: m.start(), default=None)
    if first is None or last is None or first.start() >= last.start():
        return None
    speaker = speaker_before_cue(sentence[: first.start()], registry, "en")
    if speaker is None or not (speaker.name or speaker.pronoun):
        return None
    return speaker, last.group("cue").lower()


# --- reported statements ---------------------------------------------------


def sentence_bounds(body: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - MAX_INDIRECT)
    start = lo
    for match in SENTENCE_END.finditer(body, lo, pos):
        start = match.end()
    nl = body.rfind("\n", lo, pos)
    if nl + 1 > start:
        start = nl + 1
    after = SENTENCE_END.search(body, pos, pos + MAX_INDIRECT)
    end = after.end() if after else min(len(body), pos + MAX_INDIRECT)
    nl = body.find("\n", pos, end)
    if nl >= 0:
        end = nl
    return start, end


#: a trailing day (``, Senin``, ``, Kamis (25/1) sore,``) and a trailing setting after a name (``di Jakarta``,
#: ``dalam keterangannya``, ``saat dihubungi``)
_TRAILING_DAY = re.compile(
    r",[ \u00a0]*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:[ \u00a0]*\([\d/ ]{1,12}\))?"
    r"(?:[ \u00a0]+(?:pagi|siang|sore|malam))?[ \u00a0,]*$"
)
_TRAILING_SETTING = re.compile(
    r"(?<=[a-z'’])[ \u00a0]+(?:di|dalam|saat|ketika|usai|seusai|kepada)[ \u00a0][^,\"“”]{1,60}$"
)


def known_before_setting(subject: str, registry: Registry) -> Speaker | None:
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
