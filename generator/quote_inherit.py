"""The speaker a quote inherits when no cue stands beside it (end of step 3).

A bare quote continues the speaker of the sentence or paragraph just before it (``Kirby said the talks went well.
"We are hopeful,"``), a colon clause's teller or an Indonesian teller before it, unless someone else is named in
between or the text shows another voice. News writes a long quote as several bare paragraphs, so this is where
most English quotes get their speaker; the rules stay conservative because a wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from generator.quote_clauses import (
    EN_POSTNOMINAL,
    SENTENCE_END,
    SUBORDINATOR_EN,
    WORD,
    Found,
    before_window,
    clause_start,
    indefinite_subject,
    opening_subject,
    paragraph_start,
    spans_starting_by,
)
from generator.quote_cues import (
    MAX_INDIRECT,
    after_window,
    whole_word,
)
from generator.quote_epithets import en_epithet_subject
from generator.quote_marks import (
    DOUBLE_MARKS,
    QuoteSpan,
)
from generator.quote_words import (
    ID_STANCE_VERBS,
    ROLE_WORDS,
)
from generator.quotes_en import (
    EN_ABBR_END,
    EN_ANONYMOUS_AFTER,
    EN_ANY_MARK,
    EN_CUE_WORD,
    EN_DEFINITE_AFTER,
    EN_DOCUMENT_COLON,
    EN_FRAMED_TELLER,
    EN_INDEFINITE_AFTER,
    EN_INSTITUTION_COLON,
    EN_PRONOUN_OPENER,
    EN_SOURCE_LAST,
    EN_SPEAKING_PARTICIPLE,
    EN_UNNAMED_COLON,
    EN_UNNAMED_SAYER,
    EN_VIEW_NOUN,
    EN_WOVEN_LONG,
    EN_WOVEN_MARKS,
    en_pronoun_line_before,
    en_stance_next,
)
from generator.registry import (
    Registry,
)
from generator.sentence_subjects import (
    EN_LEAD_ROLES,
    EN_ROLE_LEAD,
    en_closing_sayer,
)
from generator.speaker_before import (
    COMPANY,
    PRONOUN_GENDER,
    sentence_subject,
)


def inherit(
    body: str,
    direct: list[Found],
    indirect: list[Found],
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
    last: Found | None = None
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
            clause = before_window(body, span, lang)
            if WORD.search(clause) and indefinite_subject(clause, registry) and not _names_person(clause, registry):
                # ``In an interview ..., one young demonstrator described how police had "tore up ..."``: the sentence
                # the quote stands inside has someone unnamed as its subject, not the person quoted before
                item.via = "indefinite-subject"
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
                # ``A spokesman for the British Casino Association, which represents ..., said ... "...," he said.
                # "We have ..."``: a he/she the text leaves unnamed goes on, unnamed
                or (prev.speaker.pronoun and not prev.speaker.epithet and prev.speaker.gender in ("male", "female"))
                # ``"...," it said. "That record speaks for itself."``: an ``it`` no organisation written before
                # stands for is still the one talking, not the person who spoke before it
                or (prev.speaker.pronoun and prev.speaker.gender == COMPANY)
            )
            and (
                "+other" in prev.via
                or EN_INDEFINITE_AFTER.match(body, prev.end, min(len(body), prev.end + 120)) is not None
                or EN_ANONYMOUS_AFTER.match(body, prev.end, min(len(body), prev.end + 120)) is not None
                or (
                    prev.via.startswith("cue-after")
                    and _unresolved_description(EN_DEFINITE_AFTER.match(body, prev.end, min(len(body), prev.end + 120)))
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
            item.via = "unnamed-same"
            continue
        if lang == "en" and span is not None:
            before = _sentence_just_before(body, open_at)
            if before is not None and EN_UNNAMED_SAYER.match(body, before, open_at) is not None:
                continue  # ``But her spokesman insisted she had ... . "The doctors are ..."``: the unnamed one's
            colon = _colon_before(body, open_at)
            if colon is not None and EN_UNNAMED_COLON.match(body, clause_start(body, colon, "en"), colon + 1):
                continue  # ``A club spokesperson denied it, insisting: "..."``: the unnamed one's words
            institution = (
                EN_INSTITUTION_COLON.match(body, clause_start(body, colon, "en"), colon + 1)
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
                and EN_DOCUMENT_COLON.match(body, clause_start(body, colon, "en"), colon + 1)
            ):
                continue  # ``"...," said Mark Croucher. ... The document reportedly said: "..."``: not his words
            if colon is not None:
                # ``The mayor then says: "..."``, ``The actor refused, throwing the book at her and saying: "..."``:
                # the clause the colon ends introduces the quote; its teller goes before the last speaker
                teller = _subject_just_before(body, open_at, registry, telling=True)
                if teller is not None:
                    item.name, item.via = teller, "subject-before"
                    continue
                clause_at = clause_start(body, colon, "en")
                if (
                    last is not None
                    and last.name
                    and EN_PRONOUN_OPENER.match(body, clause_at, colon) is not None
                    and whole_word(re.escape(last.name.split()[-1])).search(body, clause_at, colon) is not None
                ):
                    # ``He said Mr Blair had spoken with "such sincerity", adding: "..."``: the he/she telling the
                    # quote talks about the last speaker, so is someone else, whom the text leaves unnamed here
                    item.name, item.via = None, "pronoun-colon-other"
                    continue
        # (English: the distance from where the last attributed quote ends, not its cue: ``Franco added: "...` ...
        # ...," he encouraged. Before adding: "..."`` after a long quote the cue stands far back)
        since = max(last.cue_at, last.end) if lang == "en" and last is not None else (last.cue_at if last else 0)
        near = last is not None and last.name and open_at - since <= 700
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
            issuer = _org_statement_just_before(body, open_at, registry)
            if issuer is not None:
                # ``At Brazile's direction, the DNC issued a statement apologizing to Sanders ...`` / ``"On behalf of
                # everyone at the DNC, we ..."``: the statement the paragraph before says an organisation issued
                item.name, item.via = issuer, "statement-before"
                continue
            same = _of_gender(last, _pronoun_subject_just_before(body, open_at), registry)
            if same is not None and open_at - same.cue_at <= 1500:
                item.name, item.via = same.name, "pronoun-before"
                continue
            same = _of_gender(last, en_pronoun_line_before(body, open_at), registry)
            if same is not None and _paragraph_gap(paragraphs, same.cue_at, open_at) == 2:
                # ``"...," Miller said into the phone.`` / ``She pauses.`` / ``"Well, thank you so much."``: a
                # one-line paragraph of his or her action between keeps the speaker of that gender
                item.name, item.via = same.name, "pronoun-line"
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
            and not body[paragraph_start(body, open_at) : open_at].strip()
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
            and not body[paragraph_start(body, open_at) : open_at].strip()
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


def _unresolved_description(definite: re.Match[str] | None) -> bool:
    """(English) A quote's tag after it names no one the next bare quote could go back past: no definite description
    (``," said a spokesman``), or one headed by a role noun that resolved to nobody (``," said the adviser.`` after
    ``An adviser to Ouattara who asked not to be named said ...``: the unnamed adviser goes on talking)."""
    if definite is None:
        return True
    words = definite.group().split()
    return bool(words) and words[-1].strip(".,;:!?").lower() in EN_LEAD_ROLES


def _pronoun_paragraph_before(body: str, paragraphs: list[tuple[int, int]], open_at: int) -> bool:
    """(Indonesian) Whether the paragraph before the quote's opens with a pronoun subject and quotes nobody."""
    index = spans_starting_by(paragraphs, open_at) - 2
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
    start = clause_start(body, end - 1)
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
    start = clause_start(body, end - 1, "en")
    return None if body.find("\n", start, end) >= 0 else start


#: (English) a lower-case agent noun heading a descriptive lead before a name: ``devotee``, ``shopper``, ``resident``
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:ee|er|or|ist|ian|ant|ent)")


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
    start = clause_start(body, end - 1, "en")
    if body.find("\n", start, end) >= 0:
        return None
    if EN_ABBR_END.search(body, max(0, start - 12), start):
        return None  # ``... backed Sen. Marco Rubio of Florida.``: a title's period starts no sentence
    if telling:
        # ``Mr Livingstone "should have withdrawn the comment immediately" ..., said Mr Blair.``: the sayer tells
        # the sentence, a partial quote in it included
        sayer = en_closing_sayer(body, start, end, registry)
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
        tail = EN_SOURCE_LAST.search(body, start, end)
        if tail is not None:
            full = registry.canonical(tail.group("name"))
            if len(full.split()) >= 2 and registry.is_known_person(full):
                return full
        framed = EN_FRAMED_TELLER.match(body, start, end)
        if framed is not None:
            # ``Writing in the Guardian newspaper, Mr Brown outlined his view ...``, ``The unidentified woman's
            # lawyer, Dolores M Troiani, said ...``: a phrase, its comma, then the known person and the verb
            registry.cursor = framed.start("name")
            full = registry.canonical(EN_POSTNOMINAL.sub("", framed.group("name")))
            if len(full.split()) >= 2 and registry.is_known_person(full):
                return full
    lead = EN_ROLE_LEAD.match(body, start, end)
    if lead is not None and (
        lead.group().split()[-1].lower() in EN_LEAD_ROLES
        or (not telling and _AGENT_NOUN.fullmatch(lead.group().split()[-1]) is not None)
    ):
        # ``Silk shirt devotee Bridget Cass, a 58-year-old charity worker, yesterday confirmed ...``: a descriptive
        # lead whose head is an agent noun (devotee, shopper, owner, resident) before a newcomer's name
        start = lead.end()
    if partial and not en_stance_next(body, start, end):
        return None
    if (
        telling
        and EN_CUE_WORD.search(body, start, end) is None
        and EN_VIEW_NOUN.search(body, start, end) is None
        and EN_SPEAKING_PARTICIPLE.search(body, start, end) is None
        and _EN_TO_SAY.search(body, start, end) is None
        and not en_stance_next(body, start, end)
    ):
        return None
    registry.cursor = start
    name = opening_subject(body, start, registry)
    if name is None:
        # ``The mayor said he had recounted ...``: the holder of the office the description names
        return en_epithet_subject(body, start, registry) if telling else None
    full = registry.canonical(name)
    return full if len(full.split()) >= 2 and registry.is_known_person(full) else None


#: (English) a speech verb's base form after ``to``: ``Trump was quick to add that ...``, ``went on to say``
_EN_TO_SAY = re.compile(
    r"(?<![\w'’-])to[ \u00a0]+(?:say|add|tell|insist|argue|warn|note|explain|stress|claim|declare|announce)(?![\w'’-])"
)


#: (English) an organisation issuing a statement in the last sentence before a quote's paragraph: ``the DNC issued a
#: statement apologizing to Sanders ...``
_EN_ORG_ISSUED = re.compile(
    r"(?:(?<![^\n])|[,;][ \u00a0]+|[.!?][ \u00a0]+)(?:[Tt]he[ \u00a0]+)?"
    r"(?P<org>[A-Z][\w&'’-]*(?:[ \u00a0][A-Z][\w&'’-]*){0,4})"
    r"[ \u00a0]+(?:issued|released|put[ \u00a0]+out|published|sent[ \u00a0]+out)[ \u00a0]+(?:a|an)[ \u00a0]+"
    r"(?:[a-z]+[ \u00a0]+){0,2}?(?:statement|letter)\b[^.!?\"“”\n]*[.:][ \u00a0]*$"
)


def _org_statement_just_before(body: str, open_at: int, registry: Registry) -> str | None:
    """(English) The organisation the last sentence of the paragraph before a quote's paragraph says issued a
    statement or letter (the quote opens its paragraph): its name as the article writes it in full, an acronym
    matched by the initials of exactly one named organisation (``DNC``, ``Democratic National Committee``)."""
    start = paragraph_start(body, open_at)
    if body[start:open_at].strip() or start < 2:
        return None
    end = start
    while end > 0 and body[end - 1].isspace():
        end -= 1
    prev_start = paragraph_start(body, end)
    issued = _EN_ORG_ISSUED.search(body, prev_start, end)
    if issued is None:
        return None
    org = issued.group("org")
    if registry.is_known_person(registry.canonical(org)):
        return None
    if any(o.name == org for o in registry.organizations):
        return org
    return registry.org_of_initials(org, shortest=2) if len(org) <= 6 else None


def _of_gender(last: Found | None, gender: str | None, registry: Registry) -> Found | None:
    """``last`` when it names a known person of ``gender`` (what a he/she between stands for), else None."""
    if gender is None or last is None or not last.name or not registry.is_known_person(last.name):
        return None
    return last if registry.gender(last.name) == gender else None


def _pronoun_subject_just_before(body: str, open_at: int) -> str | None:
    """(English) The gender of he/she opening the sentence that ends right before a quote's mark, in the quote's
    paragraph, when that sentence quotes nobody at length; else None."""
    start = _sentence_just_before(body, open_at)
    if start is None:
        return None
    match = EN_PRONOUN_OPENER.match(body, start, open_at)
    if match is None:
        return None
    sentence = body[start:open_at]
    if any(mark in sentence for mark in DOUBLE_MARKS) and not _woven_only(sentence):
        return None
    return PRONOUN_GENDER[match.group("pronoun").lower()]


def _woven_only(sentence: str, most: int = 5) -> bool:
    """(English) Every pair of quote marks in ``sentence`` holds a fragment of up to ``most`` words ending in no
    punctuation of its own (``that Labour was not "rattled".``): the sentence quotes nobody at length, so its
    subject may still be the one who says the bare quote after it."""
    rest = (EN_WOVEN_MARKS if most <= 5 else EN_WOVEN_LONG).sub(
        lambda m: ""
        if len(m.group("inner").split()) <= most and m.group("inner").rstrip()[-1:] not in ".,!?;:"
        else '"',
        sentence,
    )
    return EN_ANY_MARK.search(rest) is None


#: a first-person-singular word (English)
_FIRST_PERSON_EN = re.compile(r"\b(?:I|me|my|mine|myself)\b")


def _bare_sentence(body: str, span: QuoteSpan) -> bool:
    """(English, where paragraph breaks were lost) a quote that is a sentence of its own: a sentence end right
    before its mark and after it nothing or a new sentence."""
    before = body[paragraph_start(body, span.open_at) : span.open_at].rstrip()
    if before and before[-1] not in ".!?":
        return False
    after = after_window(body, span).lstrip()
    return not after or after[0].isupper()


def _bare_paragraph(body: str, span: QuoteSpan) -> bool:
    """A quote that is a sentence of its own opening its paragraph: nothing before it, and after it nothing or
    a new sentence (``” demikian pernyataan tersebut`` ties it to something else)."""
    if body[paragraph_start(body, span.open_at) : span.open_at].strip():
        return False
    after = after_window(body, span).lstrip()
    return not after or after[0].isupper()


#: a sentence whose subject is a role or person noun (``Pelatih tim itu lalu ...``), a possible other speaker
_PERSON_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?P<head>[A-Z][a-z]+)[ \u00a0]", re.MULTILINE)


def _someone_else_between(body: str, start: int, end: int) -> bool:
    """Whether the narration between the quote before and a bare quote has a sentence whose subject is a role
    (``Pelatih tim itu lalu memberi komentar lain.``): someone other than the sole speaker may be talking."""
    return any(m.group("head").lower() in ROLE_WORDS for m in _PERSON_SENTENCE.finditer(body, start, end))


def _sole_speaker(direct: list[Found]) -> str | None:
    """The one speaker of an article whose attributed quotes all have the same, named speaker.

    A bare quote paragraph in such an article (6. in ``inherit``) can only be theirs: the text
    quotes no one else (``“Isu kesetaraan gender ... Indonesia.”`` among James Cousins's quotes).
    One attributed quote with no name (an unnamed source) leaves it open.
    """
    names = {f.name for f in direct if f.cued}
    if len(names) != 1:
        return None
    return next(iter(names))


def _only_space_between(body: str, prev: Found, item: Found) -> bool:
    """Nothing but white space between the closing mark of ``prev`` and the opening mark of ``item``."""
    if prev.span is None or prev.span.close_at is None or item.span is None:
        return False
    return not body[prev.span.close_at + 1 : item.span.open_at].strip()


#: a capitalised word (a name's part), without its possessive ending
_CAPITALISED = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w-]+)(?:['’]s?)?(?![\w'’-])")


def _names_person(clause: str, registry: Registry) -> bool:
    """(English) Whether the sentence ending ``clause`` writes a known person's name or part of it (``A Texas voter
    who supports Trump, Golvach lost ...``)."""
    start = max(clause.rfind("\n"), *(clause.rfind(end + " ") for end in ".!?"))
    return any(
        registry.is_known_person(registry.canonical(m.group("word")))
        for m in _CAPITALISED.finditer(clause, start + 1)
    )


#: (English) a clause that runs on after an earlier quote of its sentence: a lower-case first word that opens no
#: adverbial clause
_RUNS_ON = re.compile(rf"[\s,;—–-]*(?!(?i:{SUBORDINATOR_EN})\b)[a-z]")


def _embedding_subject(body: str, span: QuoteSpan, registry: Registry, lang: str) -> str | None:
    """The named subject of the sentence a quote stands inside (None when the quote opens it)."""
    clause = before_window(body, span, lang)
    if not WORD.search(clause):
        return None
    if lang == "en" and _RUNS_ON.match(clause):
        # ``"If there had not been that intervention" by the United States, NATO and other world partners, Clinton
        # said at a Fox News town hall on Monday, "we would be ..."``: the clause runs on after an earlier quote in
        # its sentence (the window starts at its closing mark with a lower-case word that opens no adverbial clause
        # of its own, as ``while commenting on ..., Governor Mary Fallin said`` does), so it opens with no subject
        return None
    speaker = sentence_subject(clause, registry, lang)
    if speaker is None or speaker.pronoun or not speaker.name:
        return None
    registry.cursor = span.open_at
    return registry.canonical(speaker.name)


def _same_sentence(body: str, a: int, b: int) -> bool:
    if b - a > MAX_INDIRECT:
        return False
    return SENTENCE_END.search(body, a, b) is None and body.find("\n", a, b) < 0


def _paragraph_gap(paragraphs: list[tuple[int, int]], a: int, b: int) -> int:
    return spans_starting_by(paragraphs, b) - spans_starting_by(paragraphs, a)
