"""How the quote scorer decides that a predicted speaker is the gold speaker (``eval.score_quotes.same_speaker``)."""

from __future__ import annotations

from eval.score_quotes import same_speaker


def test_surname_only_counts_as_the_same_person() -> None:
    assert same_speaker("John Kirby", "Kirby")
    assert same_speaker("Kirby", "John Kirby")


def test_different_people_and_a_missing_speaker_are_wrong() -> None:
    assert not same_speaker("John Kirby", "Antony Blinken")
    assert not same_speaker(None, "John Kirby")
    assert not same_speaker("John Kirby", None)
    assert same_speaker(None, None)


def test_a_known_nickname_is_the_person_it_stands_for() -> None:
    # the article writes only "Jokowi"; the canonical speaker is the full name
    assert same_speaker("Joko Widodo", "Jokowi")
    assert same_speaker("Jokowi", "Joko Widodo")
    assert same_speaker("Basuki Tjahaja Purnama", "Ahok")
    # a nickname is not anyone else
    assert not same_speaker("Jusuf Kalla", "Jokowi")
