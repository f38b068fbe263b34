"""Step 2 of ``generator.quotes``: reported statements, found from their cue words.

``Kirby mengatakan bahwa ...``, ``X said that ...``, ``Menurut X, ...`` and ``..., kata X.`` give ``indirect``
quotes: the statement's span, its speaker words and the cue. The speaker words are resolved to people in
``generator.quote_names`` like those of direct quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.attribution import speaker_after_cue
from generator.quote_clauses import (
    WORD,
    Found,
    in_spans,
    spans_starting_by,
)
from generator.quote_cues import (
    ID_AFTER_VERB,
    ID_VERB,
    MAX_INDIRECT,
    MENURUT,
    NO_IDIOM,
    sentence_bounds,
)
from generator.quote_epithets import en_person_epithet
from generator.quote_marks import (
    DOUBLE_MARKS,
)
from generator.quote_words import (
    EN_CUES,
    EN_TAG_ONLY,
    ID_SUBJECT_FIRST,
)
from generator.quotes_en import (
    EN_BARE_COORDINATE,
    EN_HEARER_ONLY,
    en_apposed_subject,
    en_coordinate_subject,
)
from generator.registry import (
    Registry,
    names_place,
)
from generator.speaker_before import (
    EN_PERSON_ROLES,
    Speaker,
    speaker_before_cue,
)

# reported statements, found anywhere
CUE_CANDIDATE = re.compile(r"(?<!\w)[^\W\d_]{3,20}(?!\w)")
_ID_TRAILING = re.compile(
    rf",\s*(?P<cue>{ID_VERB})(?P<nya>nya)?\b{NO_IDIOM}(?P<rest>[^.!?\"“”\n]{{0,160}})", re.IGNORECASE
)
_THAT = re.compile(r"\b(bahwa|that)\b", re.IGNORECASE)
#: verbs whose bare clause is the statement; any other cue needs ``bahwa``/``that`` or a comma
_STRONG_CUES = frozenset({"mengatakan", "berkata", "menyatakan", "menegaskan", "said", "says"})


def reported_statements(body: str, lang: str, registry: Registry, quoted: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    taken_until = -1
    cues: set[str] = set()
    if lang != "en":
        cues |= ID_SUBJECT_FIRST
    if lang != "id":
        cues |= EN_CUES - EN_TAG_ONLY
    hits: list[tuple[int, int, str]] = []
    # one scan over the words and a set look-up: much faster than a regex alternation of all cues
    for m in CUE_CANDIDATE.finditer(body):
        word = m.group().lower()
        if word in cues:
            at = m.start()
            if lang == "en" and m.group()[0].isupper() and at > 1 and body[at - 1] == " " and body[at - 2].isalpha():
                continue  # ``A BBC News Special: Asia Remembered, including ...``: a capital mid-sentence, a title word
            hits.append((m.start(), m.end(), word))
    for match in MENURUT.finditer(body):
        hits.append((match.start(), match.end(), match.group("cue").lower()))
    if lang != "en":
        for match in _ID_TRAILING.finditer(body):
            hits.append((match.start(), match.end(), match.group("cue").lower()))
    hits.sort()
    for cue_start, cue_end, cue in hits:
        if cue_start < taken_until or in_spans(cue_start, quoted):
            continue
        registry.cursor = cue_start
        found = _reported_one(body, cue_start, cue_end, cue, lang, registry)
        if found is None:
            continue
        ends = [found.start, found.end - 1]
        if lang == "id" and not in_spans(found.start, quoted) and in_spans(found.end - 1, quoted):
            closed = _closed_by_partial_quote(body, found, quoted)
            if closed is not found:
                found, ends = closed, [found.start]  # it now ends with the quote's closing mark
        if any(in_spans(p, quoted) for p in ends):
            continue
        out.append(found)
        taken_until = max(found.end, cue_end)
    return out


def _closed_by_partial_quote(body: str, found: Found, quoted: list[tuple[int, int]]) -> Found:
    """(Indonesian) ``Rajoy mengatakan bahwa ... tindakan pemerintah Katalan "bertentangan dengan hukum."``: a
    reported statement whose sentence ends inside a partial quote that opens within it, after a word (the
    period written before the closing mark): the statement runs on to the closing mark and holds the quote, as
    it does when the period follows the mark. Else ``found`` unchanged."""
    lo = spans_starting_by(quoted, found.end - 1)
    open_at, close_end = quoted[lo - 1]
    if not found.start < open_at < found.end - 1 or not body[found.start : open_at].rstrip()[-1:].isalpha():
        return found
    if body[found.end - 1 : close_end - 1].strip(" .!?\u00a0") or body[close_end - 1] not in DOUBLE_MARKS:
        return found  # the sentence end is not the quote's own end right before its closing mark
    return replace(found, end=close_end)


def _reported_one(body: str, cue_start: int, cue_end: int, cue: str, lang: str, registry: Registry) -> Found | None:
    s_start, s_end = sentence_bounds(body, cue_start)
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
        m = ID_AFTER_VERB.match(rest)
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
            if not WORD.search(subject):
                return None
        if not subject.strip():
            return None
        tail = body[cue_end:s_end]
        heard = lang == "en" and cue.lower() == "told" and EN_HEARER_ONLY.fullmatch(tail) is not None
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
                earlier = en_apposed_subject(subject, comma, registry)
                if earlier is not None:
                    speaker, comma = earlier
            content = (s_start, s_start + comma)
        else:
            # (not after a quote mark cut the subject: ``the Pro-Life Alliance "congratulated" Mr Howard on his new
            # stance, but said ...``, the sentence's subject is before the mark)
            coordinate = EN_BARE_COORDINATE.search(subject) if lang == "en" and whole else None
            if coordinate is not None:
                # ``Massie used to support fellow Kentuckian Rand Paul, but now said Trump had ...``: the sentence's
                # subject says it, not the object ending the first clause
                speaker = en_coordinate_subject(subject[: coordinate.start()], registry)
            else:
                speaker = speaker_before_cue(subject, registry, lang)
                if (
                    lang == "en"
                    and whole
                    and speaker is not None
                    and speaker.name is not None
                    and not speaker.pronoun
                    and not registry.is_known_person(speaker.name)
                ):
                    # ``The MEP said he was ashamed ...``: a person's description as the whole subject points back
                    # to the person named before; read as a name it gave ``MEP``, no one. (Only where a name was
                    # read: a subject read as no one, ``The prime minister said``, stays without a statement, since
                    # an office not written with its holder's name before points back to the wrong person.)
                    speaker = en_person_epithet(subject) or speaker
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
    if end - start < 12 or len(WORD.findall(body[start:end])) < 3:
        return None
    if body[start] in DOUBLE_MARKS or end - start > MAX_INDIRECT:
        return None
    return Found(start, end, "indirect", cue, cue_start, speaker, True)


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
