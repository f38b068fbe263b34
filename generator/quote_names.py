"""Speaker words to people and organisations, and the antecedent of a pronoun (steps 3 and 4).

Resolves what a cue names to the canonical person or organisation the people and entities stages found: a
surname, a description (``the company``, ``sang menteri``), an organisation by its kind, the article's topic
person. Collects the subjects a text mentions, in order, for the he/she and ``katanya`` chains, and picks the
antecedent of a pronoun speaker among them. A speaker that cannot be told stays ``None``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.attribution import company_name, speaker_after_cue
from generator.name_lexicon import lexicon
from generator.quote_clauses import (
    DEMONSTRATIVE,
    EN_ACRONYM,
    EN_PREPOSITIONS,
    NAME_RUN,
    SENTENCE_START,
    Found,
    abbreviation_end,
    add_mention,
    clause_start,
    in_spans,
    opening_subject,
    organisation_named,
    sentence_before,
    titled_holder,
)
from generator.quote_cues import (
    known_before_setting,
    paragraph_end_at,
    whole_word,
)
from generator.quote_epithets import (
    EN_DOCUMENTS,
    EN_GROUP_HEADS,
    EN_ORG_EPITHET_HEADS,
    EN_OWN_REPORTERS,
    EN_OWNED_DOCUMENT_NOUNS,
    EN_PRESS,
    EN_PRESS_NAMED,
    EN_STATEMENTS,
    en_demonym_conflict,
    en_epithet_subject,
    en_office_conflict,
)
from generator.quote_marks import (
    DOUBLE_MARKS,
)
from generator.quote_reported import (
    CUE_CANDIDATE,
)
from generator.quote_words import (
    EN_ORG_TAILS,
    ID_STANCE_VERBS,
    ID_SUBJECT_FIRST,
    ORG_WORDS,
    ROLE_WORDS,
)
from generator.quotes_en import (
    EN_ACRONYM_APPOSED,
    EN_ANY_ORG,
    EN_BASED,
    EN_BULLET,
    EN_BUSINESS_ORGS,
    EN_CLAUSE_OPENER,
    EN_CONJOINED_SAYER,
    EN_DOCUMENT_AUTHOR,
    EN_FOR_VIEW,
    EN_GROUP_NAMED,
    EN_MID_RUN,
    EN_NAMED_SAYER_AFTER,
    EN_NOT_ORG_SUBJECT,
    EN_OPENING_PHRASE,
    EN_ORG_FOR,
    EN_ORG_INTRODUCED,
    EN_ORG_NOUN_AFTER,
    EN_ORG_NOUNS,
    EN_ORG_THE,
    EN_ORG_WRITTEN,
    EN_PRONOUN_SAYER_AFTER,
    EN_QUOTED_PERSON,
    EN_REPORT_MENTION,
    EN_STATEMENT_INTRO,
    EN_UNNAMED_AFTER,
    EN_UNNAMED_SAYER,
    EN_WHO_SAID,
    EN_WORD_BOUNDARY,
    en_title_pattern,
)
from generator.registry import (
    Registry,
    names_place,
)
from generator.roles_en import PROFESSIONS
from generator.sentence_subjects import (
    EN_LEAD_ROLES,
    en_closing_sayer_mentions,
    en_contrast_mentions,
    en_later_subject,
    en_not_a_person,
    en_object_mentions,
    en_owner_of_role,
    en_role_comma_name,
    en_role_led,
)
from generator.speaker_before import (
    COMPANY,
    Speaker,
    speaker_before_cue,
)


def _group_named(registry: Registry, noun: str, pos: int) -> str | None:
    """(English) The group last written right after ``noun`` before ``pos`` (``artists Langlands & Bell``)."""
    best = None
    for match in EN_GROUP_NAMED[noun].finditer(registry.body, max(0, pos - 3000), pos):
        best = match
    return best.group("name").rstrip(".") if best is not None else None


def _document_author(registry: Registry, noun: str, pos: int) -> str | None:
    """(English) The known person who last filed, wrote, lodged or sent the document before ``pos``."""
    best = None
    for match in EN_DOCUMENT_AUTHOR[noun].finditer(registry.body, max(0, pos - 3000), pos):
        best = match
    if best is None:
        return None
    words = best.group("name").split()
    for k in range(len(words) - 1):  # ``Californian Thomas Slattery``: an adjective may lead the name
        name = registry.canonical(" ".join(words[k:]))
        if registry.is_known_person(name):
            return name
    return None


#: a quoted stretch inside the narration around a quote or reported statement
_QUOTED_STRETCH = re.compile(r"[\"“][^\"“”\n]*[\"”]")
#: (English) the subject of a cue is a statement: ``An IAAF statement said: "``, ``The statement also added:``
_STATEMENT_SUBJECT = {
    noun: re.compile(rf"{noun}[ \u00a0]+(?:also[ \u00a0]+)?[a-z]+[ \u00a0]*[:,]?[ \u00a0]*[\"“]?$")
    for noun in EN_STATEMENTS
}
_SENTENCE_END = re.compile(r"[.!?](?=[ \u00a0\n\"”]|$)|\n")


def _statement_issuer(registry: Registry, found: list[Found], index: int, noun: str = "statement") -> str | None:
    """(English) ``"...," said the statement.``: the speaker of the nearest quote or reported statement before
    ``found[index]`` (within 1,500 characters) whose own sentence introduces a statement (``In a statement the
    RSPCA said ...``, ``X said in its statement``, ``An IAAF statement said:``); None when it has no name, when
    someone else speaks between (a quote or reported statement of another name), or no statement was introduced."""
    item = found[index]
    body = registry.body
    skipped: set[str] = set()  # the speakers of the quotes between: another one speaking ends the statement
    for prev in reversed(found[:index]):
        if prev.start >= item.start:
            continue
        if item.start - prev.end > 1500:
            break
        lo = max(0, prev.start - 250)
        before = body[lo : prev.start]
        cut = max((m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 2))), default=0)
        before = before[cut:]
        after = body[prev.end : prev.end + 250]
        end = _SENTENCE_END.search(after, 2)
        after = after[: end.start()] if end is not None else after
        narration = _QUOTED_STRETCH.sub(" ", before + " " + after)
        if EN_STATEMENT_INTRO[noun].search(narration) or _STATEMENT_SUBJECT[noun].search(before):
            return prev.name if prev.name is not None and skipped <= {prev.name} else None
        if prev.name is not None:
            skipped.add(prev.name)
    return None


def _report_issuer(registry: Registry, found: list[Found], index: int) -> str | None:
    """(English) ``"...," said the report.``: the organisation whose report the narration last wrote, within 1,500
    characters before (``a World Bank report``, ``The NAO's annual report``, ``a report by the IMF``), past mentions of
    ``the report`` itself; a report with no issuer written (``a new report``) is the one introduced by a quote or
    reported statement (``Oxfam says in a report``, _statement_issuer), else no one. An issuer no organisation
    (``the Kok report``, ``Monday's report``) names no one. With no report written before, the organisation that
    spoke last (never a person)."""
    item = found[index]
    lo = max(0, item.start - 1500)
    window = _QUOTED_STRETCH.sub(lambda m: " " * len(m.group()), registry.body[lo : item.start])
    for match in reversed(list(EN_REPORT_MENTION.finditer(window))):
        owner = match.group("owner") or match.group("by")
        if owner is not None and owner.split()[0] in EN_NOT_ORG_SUBJECT:
            owner = " ".join(owner.split()[1:]) or None  # ``The NAO's annual report``: the article opens the name
        if owner is None and match.group("det") is None:
            continue  # ``failing to report fraud``: the verb
        if owner is None:
            if (match.group("det") or "").lower() in ("the", "its", "their"):
                continue  # ``the report said``: the same report, written before
            return _statement_issuer(registry, found, index, "report")
        name = registry.organization(owner) or owner
        if registry.is_known_person(registry.canonical(owner)) or registry.person_in(owner.split()):
            return None
        if not organisation_named(name, registry) or names_place(name, "en"):
            return None
        issuer = registry.organization(owner) or registry.canonical(owner)
        at = lo + match.start()
        for prev in found[:index]:
            if (
                at <= prev.start < item.start
                and prev.name is not None
                and prev.name != issuer
                and not registry.is_known_person(prev.name)
                and organisation_named(prev.name, registry)
            ):
                return None  # another organisation spoke since: its report may be meant
        return issuer
    for prev in reversed(found[:index]):
        # no report written before: an organisation that spoke last may be its author (``..., the OECD said. However,
        # the report warned: "``), never a person
        if prev.start < item.start and prev.name is not None:
            known = registry.is_known_person(prev.name)
            return prev.name if not known and organisation_named(prev.name, registry) else None
    return None


def _org_introduced(registry: Registry, pos: int, noun: str) -> str | None:
    """(English) ``"...," the committee added.`` with no organisation among the speakers before: the last
    organisation introduced in the 2,000 characters before ``pos`` (an appositive with an organisation noun, a
    sentence subject saying something, a described committee); not a known person or a place."""
    best = None
    for match in EN_ORG_INTRODUCED.finditer(registry.body, max(0, pos - 2000), pos):
        if match.group("described") is not None:
            if match.group("described").split()[-1] != noun:
                continue
            best = match.group("described")
            continue
        name = match.group("appos") or match.group("subj")
        name = re.sub(r"['’]s$", "", name.strip())
        if name.split()[0] in EN_NOT_ORG_SUBJECT or names_place(name, "en") or _person_named(name, registry):
            continue
        if registry.person_in(name.split()) or (
            " " not in name and _plural_noun(name) and re.search(rf"\b{name.lower()}\b", registry.body)
        ):
            continue  # a person, or ``Experts said`` (a plural the article also writes in lower case)
        best = name
    return best


def _org_kinds(noun: str) -> frozenset[str]:
    return EN_BUSINESS_ORGS if noun in EN_BUSINESS_ORGS else frozenset({noun})


def _org_of_kind(registry: Registry, pos: int, noun: str) -> str | None:
    """(English) ``"...," the organisation said`` when no organisation was introduced in a form _org_introduced
    reads: the one organisation of that kind written in the 3,000 characters before ``pos`` (after an organisation
    noun of the kind, with its noun ending its name, or any organisation for ``the organisation``, ``the body``,
    ``the group``); an organisation of no known kind (``a spokesman for X``, one the entities stage knows) may be
    of any. None when two may be meant, or none."""
    lo = max(0, pos - 3000)
    window = registry.body[lo:pos]
    kinds: dict[str, set[str]] = {}
    for match in EN_ORG_WRITTEN.finditer(window):
        name = re.sub(r"['’]s$", "", (match.group("after") or match.group("spoken") or match.group("named")).strip())
        last = name.split()[-1].lower()
        if match.group("named") is not None and last not in EN_ORG_EPITHET_HEADS:
            continue  # ``the Premiership``: no organisation noun ends it
        if name.split()[0] in EN_NOT_ORG_SUBJECT or names_place(name, "en") or _person_named(name, registry):
            continue
        if registry.person_in(name.split()):
            continue
        key = registry.organization(name) or name
        found = kinds.setdefault(key, set())
        if match.group("head") is not None:
            found.add(match.group("head"))
        if last in EN_ORG_EPITHET_HEADS:
            found.add(last)
    for org in registry.organizations:
        for form in (org.name, *org.aliases):
            if form and _word_in(form, window):
                kinds.setdefault(registry.organization(form) or org.name, set())
    wanted = _org_kinds(noun)
    fits = [name for name, heads in kinds.items() if noun in EN_ANY_ORG or not heads or heads & wanted]
    if len(fits) != 1 or not (noun in EN_ANY_ORG or kinds[fits[0]] & wanted):
        return None
    if _other_names(registry, window, fits[0], kinds):
        return None  # ``the screensaver that Lycos Europe offered``: a name written twice, maybe the one meant
    if _times_written(registry, window, fits[0]) < 2:
        return None  # ``Analysts at research firm Gartner ...``: written once, in passing, not what the text is about
    return fits[0]


def _times_written(registry: Registry, window: str, org: str) -> int:
    """(English) How often ``window`` writes ``org``, by its name or a short form standing for it (``IAEA``)."""
    count = len(_word_at(org).findall(window))
    for match in EN_MID_RUN.finditer(window):
        name = re.sub(r"['’]s$", "", match.group())
        if name != org and org not in name and (registry.organization(name) == org or registry.canonical(name) == org):
            count += 1
    return count


def _other_names(registry: Registry, window: str, org: str, kinds: dict[str, set[str]]) -> bool:
    """(English) Whether ``window`` writes inside sentences a capitalised name (two words or more, or an acronym;
    a single word twice) that is none of the organisations read (``kinds``), ``org``'s acronym or words, a person
    or a place: an organisation written in a form no rule reads, which a description may mean as well."""
    seen: set[str] = set()
    for match in EN_MID_RUN.finditer(window):
        name = re.sub(r"['’]s$", "", match.group())
        once = name not in seen
        seen.add(name)
        if once and " " not in name and not EN_ACRONYM.fullmatch(name):
            continue  # a single word written once (``the Gilan area``): maybe a place; twice, it may be meant
        if name in kinds or name in org.split() or name in org or names_place(name, "en"):
            continue
        if registry.canonical(name) == org or registry.organization(name) == org:
            continue  # ``IAEA`` for the International Atomic Energy Agency
        words = name.split()
        if words[0] in EN_NOT_ORG_SUBJECT or registry.is_known_person(name) or registry.person_in(words):
            continue
        return True
    return False


@lru_cache(maxsize=4096)
def _word_at(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])")


def _word_in(form: str, text: str) -> bool:
    return _word_at(form).search(text) is not None


def _publication_before(registry: Registry, pos: int) -> str | None:
    """(English) ``"...," said the magazine.``: the last publication written before ``pos`` as ``US magazine
    Mobile PC`` or ``the Rolling Stone magazine``; None when the article names none (not some organisation)."""
    best = None
    for match in EN_PRESS_NAMED.finditer(registry.body, max(0, pos - 3000), pos):
        best = match
    if best is None:
        return None
    name = best.group("after") or best.group("before")
    return re.sub(r"['’]s$", "", name)


# --- speakers ----------------------------------------------------------------


def resolve_names(found: list[Found], registry: Registry, mentions: list[tuple[int, str]] | None = None) -> None:
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
    last_quote: Found | None = None
    main: str | bool | None = False  # the article's most-named person, looked up at the first epithet
    sourced: set[str] = set()  # (English) names credited only as a source (``according to``), no known person
    k = 0
    for index, item in enumerate(found):
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
            publication = registry.language == "en" and speaker.gender == COMPANY and speaker.role in EN_PRESS
            if (
                registry.language == "en"
                and speaker.gender == COMPANY
                and speaker.role is None
                and not speaker.epithet
                and last_quote is not None
                and last_quote.speaker is not None
                and last_quote.speaker.role in EN_OWNED_DOCUMENT_NOUNS
                and last_quote.name is not None
                and "\n" not in registry.body[last_quote.end : item.start]
            ):
                # ``Mr Crosby's statement said: "..." It added: "``: ``it`` is the statement, its author speaks
                item.name = last_quote.name
                item.via += "+pronoun"
                last_quote = item if item.kind == "direct" else last_quote
                continue
            if registry.language == "en" and speaker.epithet and speaker.role in EN_STATEMENTS:
                # ``"...," said the statement.``: the issuer of the statement introduced just before, else no one
                if speaker.role == "report":
                    item.name = _report_issuer(registry, found, index)
                else:
                    item.name = _statement_issuer(registry, found, index)
                item.via += "+pronoun"
                last_quote = item if item.kind == "direct" else last_quote
                continue
            if registry.language == "en" and speaker.epithet and speaker.role in EN_GROUP_HEADS | EN_DOCUMENTS:
                # ``said the artists``: the group named with that noun, never one person of those before;
                # ``the lawsuit states``: its author
                if speaker.role in EN_DOCUMENTS:
                    item.name = _document_author(registry, speaker.role, item.cue_at)
                else:
                    item.name = _group_named(registry, speaker.role, item.cue_at)
                item.via += "+pronoun"
                last_quote = item if item.kind == "direct" else last_quote
                continue
            if registry.language == "en" and speaker.epithet and speaker.role in EN_OWN_REPORTERS:
                # ``our correspondent``: the reporter named with that role, else no one (not the last speaker)
                item.name = titled_holder(registry, speaker.role, item.cue_at)
                item.via += "+pronoun"
                last_quote = item if item.kind == "direct" else last_quote
                continue
            if registry.language == "en" and speaker.epithet and speaker.role:
                holder = titled_holder(registry, speaker.role, item.cue_at)
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
                    item.name is not None
                    and personal
                    and registry.language == "en"
                    and item.kind == "direct"
                    and _talked_about(item.name, _first_chunk(registry.body, item))
                ):
                    # ``"...Daniel is a great actor," he said``: the one a he/she would stand for is talked about
                    # in the quote itself; whoever spoke was named further back or not at all: no one, not a guess
                    item.name = None
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
                    lead = paragraph_end_at(registry.body, last_quote.end) if last_quote is not None else 0
                    if main is False:
                        main = _most_named(registry)
                    if isinstance(main, str):
                        item.name = _salient_before(registry, main, item.start, lead, said) or item.name
                if person and item.name is not None and en_office_conflict(registry, item.name, speaker.role):
                    # ``London mayor Mr Livingstone ... Later the prime minister said: "``: one the people stage
                    # gives another sole office as role is not the holder the description names
                    item.name = None
                    item.via += "+other"
                if person and item.name is not None and en_demonym_conflict(registry, item.name, speaker.role):
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


#: a cue after a quote whose speaker is someone left unnamed: ``," ucap seorang juru bicara ...``,
#: ``," kata salah satu warga``, ``," ujar sumber tersebut``
_UNNAMED_AFTER = re.compile(
    r"[\s,.\"”“'’]*[a-z]+[ \u00a0]+(?:seorang|salah[ \u00a0]+(?:satu|seorang)|sumber|narasumber)\b"
)


def _unnamed_after(body: str, item: Found, lang: str) -> bool:
    """A quote attributed by the cue after it to an unnamed person (``," ucap seorang juru bicara``; English
    ``," said a Juventus official``, ``," a spokesman added``)."""
    span = item.span
    if span is None or span.close_at is None:
        return False
    if lang == "en":
        return EN_UNNAMED_AFTER.match(body, span.close_at + 1, min(len(body), span.close_at + 90)) is not None
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
    named = [p.name for p in registry.people if name_pattern(p.name).search(gap)]
    return main if named == [main] else None


def _most_named(registry: Registry) -> str | None:
    """The known person the whole article names most often, strictly more than anyone else."""
    tally = sorted(
        ((len(name_pattern(p.name).findall(registry.body)), p.name) for p in registry.people), reverse=True
    )
    best = None
    if tally and tally[0][0] >= 2 and (len(tally) == 1 or tally[1][0] < tally[0][0]):
        best = tally[0][1]
    return best


@lru_cache(maxsize=4096)
def name_pattern(name: str) -> re.Pattern[str]:
    """The full name, its first or its last word (three letters or more), as whole words."""
    words = [w for w in name.split() if len(w) >= 3 and w[:1].isupper()] or [name]
    forms = sorted({name, words[0], words[-1]}, key=len, reverse=True)
    return whole_word("|".join(re.escape(f) for f in forms))


#: a capitalised word (a name word candidate)
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]+")
#: a word before a name that makes it a place, an object or a body, not the person talked about (``di Daan Mogot``,
#: ``anggota Timsus Satpas``: a member of a unit)
_PLACE_BEFORE = re.compile(r"(?:\b(?:di|ke|dari|jalan|jl|kota|klub|tim|anggota)\.?)[ \u00a0]+$", re.IGNORECASE)


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
        pattern = name_pattern(person.name)
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
#: a dateline before the first sentence: ``Solo (ANTARA News) - ``, ``Jakarta, CNN Indonesia -- ``, ``JAKARTA—``
_DATELINE = re.compile(r"^[^\n]{0,80}?(?:[ \u00a0][-–—]{1,2}[ \u00a0]+|—[ \u00a0]*)(?=[A-Z])")


#: (Indonesian) a named subject whose verb makes them the one acted on by the law (``Markus sendiri telah
#: ditetapkan sebagai tersangka``): the sentence is about them, not said by them, so a ``tuturnya`` after it
#: goes back to the last speaker
_PATIENT_SUBJECT = re.compile(
    NAME_RUN.pattern
    + r"[ \u00a0]+(?:(?:sendiri|juga|pun|telah|sudah|kini|sempat|pernah|resmi)[ \u00a0]+){0,3}"
    r"(?:ditetapkan|ditangkap|ditahan|divonis|dijerat|dituntut|didakwa|dituduh|diduga|dihukum|dijatuhi)\b"
)

def subject_mentions(body: str, quoted: list[tuple[int, int]], registry: Registry) -> list[tuple[int, str]]:
    """(position, name) of the sentences that open with a named person (Indonesian).

    ``Ratu Maxima yang diterima Presiden ... mengatakan ia ...`` and ``Leslie juga sempat
    menyinggung ...``: the subject a following ``katanya`` / ``ujarnya`` refers back to.
    Only a run of capitalised words that ``name_from_run`` reads as a person's name (not a
    role, an organisation or a plain word) and that a lower-case word follows counts.
    """
    out: list[tuple[int, str]] = []
    dateline = _DATELINE.match(body)
    # (``RS Dr. Kariadi (Semarang) dan ...``: the period of an abbreviation starts no sentence; in English also a
    # title's, ``taking on the state's GOP Sen. Kelly Ayotte, who's ...``)
    abbreviation_lang = "en" if registry.language == "en" else ""
    starts = ([dateline.end()] if dateline else []) + [
        m.end() for m in SENTENCE_START.finditer(body) if not abbreviation_end(body, m, abbreviation_lang)
    ]
    for start in starts:
        if start >= len(body) or in_spans(start, quoted) or body[start] in DOUBLE_MARKS:
            continue
        if registry.language == "en" and _en_person_source(body, start, registry):
            # ``According to Mandaric, Redknapp vowed he would not join ...``: the known person the sentence is
            # according to tells it (the reported statement names them); the subject after the comma is reported
            continue
        name = opening_subject(body, start, registry)
        if name is not None and registry.language == "en" and en_owner_of_role(body, start):
            # ``Trump senior communications adviser Jason Miller said ...``: a person's name used as the owner of
            # a role, the subject the name after the role
            led, led_at = en_role_led(body, start, registry)
            if led is not None and led != name:
                name, start = led, led_at
        if name is not None and registry.language == "en" and en_not_a_person(name, start, registry):
            # ``Arsenal's Brazilian midfielder Edu has ...``, ``Long jumper Chris Tomlinson has ...``: an owner and a
            # modifier or a capitalised word that is no known person, then the role and the name
            led, led_at = en_role_led(body, start, registry)
            if led is not None:
                name, start = led, led_at
            elif name.endswith(("'s", "’s")) or " " not in name:
                # ``Ms Jowell's deputy, Richard Caborn, said ...``: not the owner of the possessive but the known
                # person its role is set off with is the subject (``One woman, Victoria Lapete, found ...``: nor a
                # capitalised word no known person bears)
                name = en_role_comma_name(body, start, registry) or name
        linked = _CONNECTIVE.match(body, start, min(len(body), start + 20)) if name is None else None
        if linked is not None:
            # ``Adapun Komisaris Utama Tokopedia Agus Marto memandang ...``: a linking word with no comma
            name = opening_subject(body, linked.end(), registry)
            if name is not None and _person_after_opener(body, linked.end(), name, registry):
                start = linked.end()
            else:
                name = None
        english_open = name is None and registry.language == "en"
        prep = _EN_PREPOSITION_LED.match(body, start, start + 20) if english_open else None
        if prep is not None and prep.group("prep").lower() in EN_PREPOSITIONS:
            # ``Like Makaeff, the former customer, Roffman doesn't want ...``: the name after the preposition is its
            # object; the subject is the known person after a later comma, if any
            name, start = en_later_subject(body, start, registry)
        if name is None and registry.language == "en":
            bullet = EN_BULLET.match(body, start, min(len(body), start + 8))
            if bullet is not None:
                start = bullet.end()  # `` - Britain's Paula Radcliffe has ...``: a list item's dash
                name = opening_subject(body, start, registry)
        if name is None and registry.language == "en":
            name, start = en_role_led(body, start, registry)
        if name is None and registry.language == "en":
            name = en_role_comma_name(body, start, registry)
        if name is None and registry.language == "en" and EN_UNNAMED_SAYER.match(body, start, start + 160):
            out.append((start, UNNAMED))  # ``However, one dealer, who asked not to be named, told Reuters ...``
            continue
        english = name is None and registry.language == "en"
        lead = EN_OPENING_PHRASE.match(body, start, min(len(body), start + 130)) if english else None
        if lead is not None and EN_UNNAMED_SAYER.match(body, lead.end(), lead.end() + 160):
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
            opener = EN_CLAUSE_OPENER.match(body, start, min(len(body), start + 200)) or opener
        if opener is not None and (
            _plain_opener(opener.group("open"), registry) or opener.re is EN_CLAUSE_OPENER
        ):
            # ``Sementara pada 2014, Leslie juga sempat ...``: the subject after a short opening phrase
            start = opener.end()
            name = opening_subject(body, start, registry)
            if name is not None and not _person_after_opener(body, start, name, registry):
                name = None
            if name is None and opener.re is EN_CLAUSE_OPENER:
                # ``And while it has yet to match events held in Hong Kong, Tokyo and Pusan, Mr Prater predicts
                # ...``: a clause opener that holds a list; the known person after a later comma of the sentence
                name, start = en_later_subject(body, start, registry)
            if name is None and registry.language == "en":
                # ``In the Commons, Tory frontbencher Andrew Tyrie MP demanded ...``
                name, start = en_role_led(body, start, registry)
        if name is None and opener is None:
            lowered = _OPENER_LOWER.match(body, start, min(len(body), start + 80))
            if lowered is not None and _plain_opener(lowered.group("open"), registry):
                opener = lowered
                start = lowered.end()
                name = _role_led_subject(body, start, registry)
        if name is None and registry.language == "en":
            # ``On Friday, the Cardinal will ask the congregation ...``: a description of a titled holder as the
            # subject (``Cardinal Cormac Murphy-O'Connor`` written before) names them
            name = en_epithet_subject(body, start, registry)
        if name is None and registry.language == "en":
            # ``The musical's British director is Matthew Warchus, best known for ...``: the role's holder, named
            name = _en_named_holder(body, start, registry)
        if name is not None and registry.language == "en" and EN_PRONOUN_SAYER_AFTER.match(body, start, start + 300):
            # ``Mr Blair has failed to tackle these problems, he claimed``: the subject of the reported clause is
            # what the sayer talks about; the he/she ending it is someone else
            continue
        named_sayer = (
            EN_NAMED_SAYER_AFTER.match(body, start, start + 300)
            if name is not None and registry.language == "en"
            else None
        )
        if named_sayer is not None:
            # ``Tony Blair has had the chance ... and has failed, Michael Howard has said.``: the known sayer
            # ending the sentence is its mention, not the subject of the clause reported
            registry.cursor = named_sayer.start("name")
            sayer = registry.canonical(named_sayer.group("name"))
            if registry.is_known_person(sayer) and sayer != name:
                add_mention(out, named_sayer.start("name"), sayer, registry)
                continue
        if name is not None and registry.language == "id" and _PATIENT_SUBJECT.match(body, start, start + 160):
            out.append((start, ANOTHER))  # ``Markus sendiri telah ditetapkan sebagai tersangka``: not a sayer
        elif name is not None and registry.language == "en" and _EN_PLURAL_ONE_WORD.match(body, start, start + 40):
            # ``Norwich have signed Charlton midfielder Graham Stuart ...``: a one-word name with a plural verb is a
            # team or a body (British usage), no person a he/she or ``the 34-year-old`` stands for
            pass
        elif name is not None:
            add_mention(out, start, name, registry)
        elif opener is None and _noun_subject(body, start, registry):
            out.append((start, ANOTHER))
        if len(out) > 400:
            break
    # ``Deputi Bidang ..., Gatot Trihargo mengungkapkan ...``: the subject of a verb of speech or stance
    for match in CUE_CANDIDATE.finditer(body):
        if match.group().lower() not in ID_STANCE_VERBS or in_spans(match.start(), quoted):
            continue
        s_start = clause_start(body, match.start())
        subject = body[s_start : match.start()]
        if not subject.strip() or any(mark in subject for mark in DOUBLE_MARKS) or _after_source(subject):
            continue
        registry.cursor = match.start()
        speaker = _verb_subject_id(subject, registry)
        if speaker is not None and not speaker.pronoun and speaker.name:
            add_mention(out, match.start(), speaker.name, registry)
        elif speaker is None and _unnamed_role(body, s_start, subject, registry):
            out.append((match.start(), UNNAMED))
        if len(out) > 800:
            break
    if registry.language == "en":
        # ``CENTR, the Council of European National Top Level Domain Registries, agrees.``: an organisation
        # (an acronym set off with its full name, an organisation word in it) opening a sentence
        for match in EN_ACRONYM_APPOSED.finditer(body):
            full = match.group("full")
            if not in_spans(match.start(), quoted) and any(w.lower() in ORG_WORDS for w in full.split()):
                out.append((match.start(), full))
        # ``Williams' side has shown little, but Johnson insisted the Scots ...``: a named subject of a speech
        # verb after a conjunction in mid-sentence; ``..., who said`` after a named person; ``For Rick Dean,
        # director of ..., a high-definition future is an exciting prospect.``: the person whose view an opening
        # ``For`` phrase gives; ``..., said Jeremy Flynn, head of ... at Vodafone.``: the sayer ending a reported
        # sentence. Each is whom the next he/she stands for
        for pattern in (EN_CONJOINED_SAYER, EN_WHO_SAID, EN_FOR_VIEW, EN_QUOTED_PERSON):
            for match in pattern.finditer(body):
                if in_spans(match.start(), quoted):
                    continue
                registry.cursor = match.start("name")
                name = registry.canonical(match.group("name"))
                if registry.is_known_person(name):
                    add_mention(out, match.start("name"), name, registry)
    # ``Hal itu diungkapkan langsung oleh Presiden Ferrari, Sergio Marchionne.``: the agent of a passive speech verb
    _aged_mentions(body, quoted, registry, out)
    if registry.language == "en":
        en_object_mentions(body, quoted, registry, out)
        en_closing_sayer_mentions(body, quoted, registry, out)
        en_contrast_mentions(body, quoted, registry, out)
    passives = [*_PASSIVE_AGENT.finditer(body), *_PASSIVE_BARE.finditer(body)]
    if registry.language == "id":
        passives += _PASSIVE_OPENING.finditer(body)  # ``Padahal diakui ketua umum X, ...``
    for match in passives:
        if in_spans(match.start(), quoted):
            continue
        registry.cursor = match.start()
        speaker = speaker_after_cue(match.group("agent"), registry, "id")
        if speaker is not None and not speaker.pronoun and speaker.name:
            add_mention(out, match.start(), speaker.name, registry)
    out.sort()
    return out


#: (English) a one-word name opening a sentence and a plural verb after it (``Norwich have signed ...``)
_EN_PLURAL_ONE_WORD = re.compile(r"[A-Z][\w'’-]+[ \u00a0]+(?:have|are|were)[ \u00a0]")
#: (English) a sentence that names the holder of a role after ``is``/``was``: ``The musical's British director is
#: Matthew Warchus, ...``
_EN_NAMED_HOLDER = re.compile(
    r"(?:(?:But|And)[ \u00a0]+t|T)he[ \u00a0]+(?:[\w'’.-]+[ \u00a0]+){0,5}?(?P<role>[a-z][a-z-]+)[ \u00a0]+(?:is|was)"
    r"[ \u00a0]+(?P<name>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,2})(?=[,.;])"
)


def _en_named_holder(body: str, start: int, registry: Registry) -> str | None:
    """(English) the known person (two words or more) a sentence names as the holder of a role (``The musical's
    British director is Matthew Warchus, ...``), else None."""
    match = _EN_NAMED_HOLDER.match(body, start, min(len(body), start + 120))
    if match is None or not (match.group("role") in EN_LEAD_ROLES or match.group("role") in PROFESSIONS):
        return None
    registry.cursor = match.start("name")
    name = registry.canonical(match.group("name"))
    return name if registry.is_known_person(name) and " " in name else None


#: (English) a sentence opened by ``According to`` and its source, then a comma
_EN_ACCORDING_OPENER = re.compile(
    r"(?:(?:But|And)[ \u00a0]+a|A)ccording[ \u00a0]+to[ \u00a0]+(?P<source>[^,.!?;:\"“”\n]{2,60}),"
)


def _en_person_source(body: str, start: int, registry: Registry) -> bool:
    """(English) whether the sentence at ``start`` opens with ``According to`` and a known person's name (``According
    to Mandaric, ...``; not a publication, ``According to the Times, Mr Blair told ...``)."""
    match = _EN_ACCORDING_OPENER.match(body, start, min(len(body), start + 80))
    if match is None:
        return False
    registry.cursor = start
    speaker = speaker_after_cue(match.group("source"), registry, "en")
    return (
        speaker is not None
        and not speaker.pronoun
        and speaker.name is not None
        and registry.is_known_person(registry.canonical(speaker.name))
    )


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
        start = sentence_before(body, open_at, quoted)
        if start is None:
            continue
        match = _AGED_NAME_END.search(body, start, open_at)
        if match is not None:
            registry.cursor = match.start()
            add_mention(out, match.start(), match.group("name"), registry)


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
#: (English) a sentence opened by a preposition and a capitalised word (``Like Makaeff, ...``)
_EN_PREPOSITION_LED = re.compile(r"(?P<prep>[A-Z][a-z]+)[ \u00a0]+(?=[A-Z])")
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
    return known_before_setting(bare, registry) or speaker


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
    if "," in bare or DEMONSTRATIVE.search(bare) or registry.person_in(words) is not None:
        return False
    return " ".join(words[:3]) not in body[:start]
#: a short opening phrase and its comma (``Sementara pada 2014, ``), before the subject
#: (an English age may open the subject: ``On the outskirts of Kyoto, 83-year-old Yuji Shimizu ...``)
_OPENER = re.compile(r"(?P<open>[^,.!?;:\n\"“”]{1,50}),[ \u00a0]+(?=[A-Z]|\d{1,3}-year-old[ \u00a0]+[A-Z])")


#: an adverbial clause opening the sentence (``Setelah dibantah oleh Nufransa melalui cuitan di Twitter, Rizal
#: Ramli segera mengoreksi ...``): a subordinator starts it and its comma ends it. Whoever it names, the
#: subject of the sentence is the name after the comma, however long the clause. A linking word may open the
#: sentence before it (``Namun saat dicecar siapa inisial SN dan RA, Farhat malah melemparkan ...``)
_SUBORDINATORS_ID = (
    "Setelah|Sebelum|Usai|Seusai|Sesudah|Selepas|Ketika|Saat|Sejak|Meski|Meskipun|Walau|Walaupun|Kendati"
    "|Karena|Lantaran|Jika|Apabila|Bila|Sebab|Selama|Sembari|Seiring"
)
_SUBORDINATOR_ID = (
    rf"(?:(?:Namun|Tetapi|Tapi|Lalu|Kemudian|Bahkan|Dan)[ \u00a0]+(?:{_SUBORDINATORS_ID.lower()})"
    rf"|{_SUBORDINATORS_ID})"
)
_CLAUSE_OPENER = re.compile(rf"(?P<open>{_SUBORDINATOR_ID}[ \u00a0][^,.!?;:\n\"“”]{{1,110}}),[ \u00a0]+(?=[A-Z])")
_SUBORDINATOR_START = re.compile(rf"{_SUBORDINATOR_ID}[ \u00a0]")


#: an opening phrase that names the source of the sentence (``Menurut Budi``, ``Menurut dia``, ``Menurutnya``)
_SOURCE_OPENER = re.compile(r"Menurut(?:nya\b|[ \u00a0]+(?:[A-Z]|(?:dia|ia|beliau|mereka)\b))")


def _after_source(subject: str) -> bool:
    """A subject that a source phrase and its comma open (``Menurut Budi, Andi``): Andi is reported, not speaking."""
    head = subject.lstrip()
    return "," in head and _SOURCE_OPENER.match(head) is not None


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
    run = NAME_RUN.match(body, pos, min(len(body), pos + 120))
    words = full.split()
    if run is not None and len(words) >= 2 and run.group().split()[0].lower() in ROLE_WORDS:
        return True  # ``Sementara itu, Komisaris PT Maju Budi Santoso pun ...``: a role heads a full name
    return run is not None and " " not in run.group() and len(words) >= 2 and words[-1] == run.group()


#: a linking word that opens a sentence with no comma before its subject (``Adapun Agus Marto memandang ...``)
#: (English: also a time adverb, ``Earlier Tony Blair defended the plans``, ``Meanwhile Mr Brown ...``)
_CONNECTIVE = re.compile(
    r"(?:Adapun|Sedangkan|Sementara(?:[ \u00a0]+itu)?|But|And|Yet"
    r"|Earlier|Later|Meanwhile|Now|Then|Yesterday|Afterwards|Previously|Separately)[ \u00a0]+(?=[A-Z])"
)


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
    name = opening_subject(body, head.end(), registry)
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


#: the end of a sentence inside a quote: a full stop, ``?`` or ``!`` before a capital
_QUOTE_SENTENCE_END = re.compile(r"[.!?][ \u00a0]+(?=[A-Z\"“])")


def _first_chunk(body: str, item: Found) -> str:
    """(English) The quote's first sentence, up to its first closing double mark at the latest (a quote left
    unclosed or run over paragraphs may hold narration after it), at most 400 characters."""
    said = body[item.start : item.end][:400]
    end = _QUOTE_SENTENCE_END.search(said)
    cut = min((i for i in (said.find('"'), said.find("”"), end.start() if end else -1) if i >= 0), default=len(said))
    return said[:cut]


def _talked_about(name: str, said: str) -> bool:
    """(English) Whether a word of three letters or more of ``name`` is a capitalised name word of ``said``."""
    named = _named_in(said)
    return any(len(w) >= 3 and w in named for w in name.split())


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
        if registry.language == "en" and gender in ("male", "female") and _plain_led_name(name, registry):
            continue  # ``she``: a person, not ``Migration Watch`` or ``Finding Neverland`` named before
        if gender is None or registry.gender(name) in (gender, None):
            return name
    return None


def _plain_led_name(name: str, registry: Registry) -> bool:
    """(English) A name of two or more words the people stage does not list, opened by a plain word of the body
    (not a title or role) and holding no first name (``Migration Watch``, ``Finding Neverland``, ``Age Concern``;
    not ``Writer Tony Cowell``): a body or a title, never the person a ``he``/``she`` stands for."""
    words = name.split()
    return (
        len(words) >= 2
        and not registry.is_known_person(name)
        and (registry.common(words[0]) or words[0].lower() in _lower_words_en(registry.body))
        and words[0].lower() not in ROLE_WORDS
        and words[0].lower() not in _EN_PERSON_TITLES
        and not any(registry.given_name(w) for w in words)
    )


#: (English) titles that open a person's name (``Lord Falconer``, ``Sir Alan Budd``), plain words in the body too
_EN_PERSON_TITLES = frozenset(
    {
        "lord", "lady", "sir", "dame", "baroness", "baron", "earl", "viscount", "duke", "duchess", "prince", "princess",
        "king", "queen", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "judge", "justice", "rev", "father",
        "sister", "brother", "saint", "st",
    }
)


_EN_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


@lru_cache(maxsize=8)
def _lower_words_en(body: str) -> frozenset[str]:
    """(English) the words ``body`` writes in lower case somewhere (``migration``), once per body."""
    return frozenset(_EN_LOWER_WORD.findall(body))


def _one_word_company(name: str, registry: Registry) -> bool:
    """(English) a one-word name the people stage took for a person's (``Turkcell``, ``Contrack``) that no
    first name, gender or personal title (``Mr Turkcell``) makes one: ``it said`` may stand for it."""
    return " " not in name and registry.gender(name) is None and en_title_pattern(name).search(registry.body) is None


@lru_cache(maxsize=4096)
def org_usage(name: str) -> re.Pattern[str]:
    """The per-name pattern of org_used (compiled only for a name that is empty or opens with a space)."""
    word = re.escape(name)
    return re.compile(
        rf"\b(?:spokes(?:man|woman|person)[ \u00a0]+for|employees[ \u00a0]+of|shares[ \u00a0]+in)"
        rf"[ \u00a0]+(?:the[ \u00a0]+)?{word}\b"
        rf"|\b{word}(?:['’]s)?[ \u00a0]+{EN_ORG_NOUNS}\b"
    )


def org_used(name: str, body: str) -> bool:
    """Whether ``body`` writes ``name`` as an organisation's (``a spokesman for Ofcom``, ``The Ofcom spokesman``):
    ``org_usage(name).search(body) is not None``, without compiling a pattern per name."""
    if not name or name[0] in " \u00a0":
        return org_usage(name).search(body) is not None
    if name not in body:
        return False  # both readings need the name

    def named_at(pos: int) -> bool:
        end = pos + len(name)
        return body.startswith(name, pos) and EN_WORD_BOUNDARY.match(body, end) is not None

    for lead in EN_ORG_FOR.finditer(body):
        the = EN_ORG_THE.match(body, lead.end())
        if (the is not None and named_at(the.end())) or named_at(lead.end()):
            return True
    at = body.find(name)
    while at >= 0:
        if EN_WORD_BOUNDARY.match(body, at) is not None and EN_ORG_NOUN_AFTER.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1)
    return False


def _plural_noun(name: str) -> bool:
    last = name.split()[-1]
    return last.endswith("s") and not last.endswith("ss") and last[:1].isupper() and last[1:].islower()


def _person_named(name: str, registry: Registry) -> bool:
    return registry.is_known_person(name) or registry.gender(name) is not None


def _titled_person(name: str, registry: Registry) -> bool:
    """(English) a known person the body also writes with a personal title and their surname (``Mr Fox``)."""
    return registry.is_known_person(name) and en_title_pattern(name.split()[-1]).search(registry.body) is not None


def _first_named_person(words: list[str], registry: Registry) -> bool:
    """(English) a known person of two words whose first is a first name of one gender and no plain word of the body
    (``Liam Fox``, ``Kelli White``): a surname that is also an organisation word (``Fox``, ``White``) makes it no
    organisation's name."""
    name = " ".join(words)
    return (
        len(words) == 2
        and registry.is_known_person(name)
        and registry.given_name(words[0])
        and not registry.common(words[0])
        and registry.gender(name) in ("male", "female")
    )


def _written_as_organisation(name: str, registry: Registry) -> bool:
    if EN_BASED.match(name) or company_name(name) or registry.organization(name) is not None:
        return True
    if len(name.split()) != 1:
        # a full name (``John Smith's spokesman``) is a person's, one with an organisation word is not, unless
        # it is a known person written with a title (``Mr Fox said`` for Chris Fox)
        # (or an English organisation noun ends it: ``Santa Barbara County Superior Court``)
        words = name.split()
        return (any(w.lower() in ORG_WORDS for w in words) or words[-1].lower() in EN_ORG_TAILS) and not (
            _titled_person(name, registry) or _first_named_person(words, registry)
        )
    if EN_ACRONYM.fullmatch(name) and not registry.is_known_person(name):
        return True  # ``according to IBM``: an acronym no person is known by
    return org_used(name, registry.body)
