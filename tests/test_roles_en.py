"""The documented relations between the views of the English role lexicon (``generator.roles_en``)."""

from __future__ import annotations

from generator import name_lexicon, quote_clauses, quote_epithets, roles_en, sentence_subjects, speaker_check
from generator.quote_words import EN_CHARACTERISING, EN_CUES, ROLE_WORDS

POINT_BACK = roles_en.EPITHET_HEADS | roles_en.PERSON_EPITHETS


def test_trim_only_words_never_point_back() -> None:
    assert roles_en.TRIM_ONLY <= roles_en.TRIMMED_BEFORE_NAME
    assert not roles_en.TRIM_ONLY & POINT_BACK
    assert {"model", "sacked"} <= roles_en.TRIM_ONLY


def test_point_back_only_words_are_never_trimmed() -> None:
    assert roles_en.POINT_BACK_ONLY <= roles_en.EPITHET_HEADS
    assert not roles_en.POINT_BACK_ONLY & roles_en.TRIMMED_BEFORE_NAME
    assert {"champion", "singer"} <= roles_en.POINT_BACK_ONLY


def test_trimmed_positions_and_untrimmed_positions_split_the_positions() -> None:
    assert roles_en.UNTRIMMED_POSITIONS <= roles_en.SPORT_POSITIONS
    assert roles_en.TRIMMED_POSITIONS | roles_en.UNTRIMMED_POSITIONS == roles_en.SPORT_POSITIONS
    assert not roles_en.TRIMMED_BEFORE_NAME & roles_en.UNTRIMMED_POSITIONS


def test_trimmed_words_are_lower_case() -> None:
    assert all(w == w.lower() for w in roles_en.TRIMMED_BEFORE_NAME)


def test_offices_nest_in_the_epithet_heads_and_the_lead_roles() -> None:
    assert roles_en.CAPITALISED_OFFICES <= roles_en.OFFICES == roles_en.OFFICE_HEADS
    assert {w.lower() for w in roles_en.CAPITAL_HEADS} == roles_en.CAPITALISED_OFFICES
    assert roles_en.OFFICE_HEADS <= roles_en.EPITHET_HEADS <= roles_en.LEAD_ROLES
    assert ROLE_WORDS <= roles_en.LEAD_ROLES
    assert roles_en.POLITICAL_ROLES <= roles_en.LEAD_ROLES


def test_person_epithets_keep_their_written_case() -> None:
    assert roles_en.DEMONYMS | roles_en.ACRONYM_ROLES <= roles_en.PERSON_EPITHETS
    assert all(w[0].isupper() for w in roles_en.DEMONYMS | roles_en.ACRONYM_ROLES)
    assert all(w.islower() for w in roles_en.PERSON_EPITHETS - roles_en.DEMONYMS - roles_en.ACRONYM_ROLES)
    assert not roles_en.PERSON_EPITHETS & roles_en.EPITHET_HEADS


def test_organisation_heads_are_no_person_heads() -> None:
    assert not roles_en.ORG_EPITHET_HEADS & (POINT_BACK | roles_en.TRIMMED_BEFORE_NAME)


def test_the_modules_use_the_views() -> None:
    assert name_lexicon.EN_DESCRIPTORS is roles_en.TRIMMED_BEFORE_NAME
    assert quote_clauses.EN_EPITHET_HEADS is roles_en.EPITHET_HEADS
    assert quote_epithets.EN_PERSON_EPITHETS is roles_en.PERSON_EPITHETS
    assert quote_epithets.EN_OFFICE_HEADS is roles_en.OFFICE_HEADS
    assert sentence_subjects.EN_LEAD_ROLES is roles_en.LEAD_ROLES
    assert sentence_subjects.EN_ROLE_MODIFIERS is roles_en.ROLE_MODIFIERS
    assert quote_epithets.EN_ORG_EPITHET_HEADS is roles_en.ORG_EPITHET_HEADS


def test_speaker_check_cues_are_speech_cues() -> None:
    """Each cue list of the speaker checks is a part of ``EN_CUES``; none lost a word to the intersection."""
    common = {"said", "says", "told", "added", "adds", "announced", "claimed", "warned", "insisted"}
    before_the = {"said", "added", "says", "adds", "explained", "insisted", "admitted"}
    after_description = {"said", "says", "told", "added", "wrote", "writes", "asked"}
    assert common == speaker_check._CUE_VERBS
    assert before_the == speaker_check._CUES_BEFORE_THE
    assert after_description == speaker_check._CUES_AFTER_DESCRIPTION
    # the one documented difference: ``called`` ends a described name too, a characterising verb, no cue
    assert "called" not in EN_CUES and "called" in EN_CHARACTERISING
    assert speaker_check._NAMED_AFTER_OWNER.match(" uncle Lewis Champion called") is not None
