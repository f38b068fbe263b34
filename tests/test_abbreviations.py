"""The shared abbreviation lexicon: every reader of a period takes its words from one place."""

from __future__ import annotations

import re

from generator import abbreviations, quote_clauses, quote_marks, quotes_en
from generator.text import ABBREVIATIONS, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, "en")]


def test_the_splitter_keeps_a_plural_title_with_its_names() -> None:
    text = "The bill was backed by Sens. Warren and Sanders. It failed."
    assert _sentences(text) == ["The bill was backed by Sens. Warren and Sanders.", "It failed."]


def test_the_splitter_keeps_messrs_and_atty_with_the_name() -> None:
    text = "Messrs. Clarke and Dunn wrote to Atty. Gen. Holmes. He replied."
    assert _sentences(text) == ["Messrs. Clarke and Dunn wrote to Atty. Gen. Holmes.", "He replied."]


def test_etc_before_a_capital_still_ends_a_sentence() -> None:
    text = "They sold apples, pears, plums etc. The market closed at noon."
    assert _sentences(text) == ["They sold apples, pears, plums etc.", "The market closed at noon."]


def test_every_title_is_known_to_every_reader() -> None:
    for title in abbreviations.EN_TITLES:
        assert title.lower() in ABBREVIATIONS
        assert quote_marks._EN_ABBREVIATION.search(f"met {title}.") is not None
        assert re.search(quotes_en.EN_ABBR, f"met {title}.") is not None
        match = quote_clauses.EN_ABBR_PERIOD.search(f"met {title}.")
        assert match is not None and match.group("title") == title


def test_kinds_decide_what_may_follow_the_period() -> None:
    assert quote_clauses.en_abbreviation("joined by Sen. Al Franken", len("joined by Sen"))
    assert quote_clauses.en_abbreviation("ranked No. 2 in", len("ranked No"))
    assert not quote_clauses.en_abbreviation("ranked No. Two", len("ranked No"))
    assert quote_clauses.en_abbreviation("fruit etc. and more", len("fruit etc"))
    assert not quote_clauses.en_abbreviation("fruit etc. The end", len("fruit etc"))


def test_the_alternation_tries_longer_words_first() -> None:
    assert abbreviations.alternation(("Sen", "Sens"), ("Rep",)).split("|") == ["Sens", "Rep", "Sen"]
