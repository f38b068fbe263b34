"""Unit tests for generator.quotes (direct quotes, reported speech, speakers, ranking)."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.quote_marks import find_quote_spans
from generator.quotes import extract_quotes
from generator.records import Organization, Person
from tests.quote_helpers import (
    FULL_NAME_PIECES,
    check_offsets,
    direct_quotes,
    old_full_name_pattern,
    old_honorific_pattern,
    pairs,
    speakers_with_orgs,
)


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    body = "Budi Santoso berkata: “Kami tidak akan menyerah begitu saja.\nParagraf berikutnya tanpa kutipan."
    spans = find_quote_spans(body)
    assert len(spans) == 1
    assert body[spans[0].start : spans[0].end] == "Kami tidak akan menyerah begitu saja."


@pytest.mark.parametrize(
    "body",
    [
        "",
        "   ",
        '"',
        "“",
        "”“”“",
        '"a" "b" "c',
        "\n\n\n“\n”\n",
        "kata" * 1000,
        "“" * 5000,
        '"x," kata ' * 2000,
    ],
)
def test_hostile_input_never_raises(body: str) -> None:
    quotes = extract_quotes(body, "id", [], [])
    check_offsets(body, quotes)
    check_offsets(body, extract_quotes(body, "en", [], []))


def test_long_single_line_is_fast() -> None:
    unit = '“Kami tetap khawatir soal itu,” kata Kirby. Ia "mengatakan" bahwa hal itu benar. '
    body = (unit * (200_000 // len(unit) + 1))[:200_000]
    started = time.perf_counter()
    quotes = extract_quotes(body, "id", [], [])
    elapsed = time.perf_counter() - started
    check_offsets(body, quotes)
    assert elapsed < 10
    no_marks = ("a" * 199_999) + '"'
    started = time.perf_counter()
    extract_quotes(no_marks, "en", [], [])
    assert time.perf_counter() - started < 5


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab K.\"“”„«»‘’',:\n kata said he dia")), max_size=300))
def test_property_offsets(body: str) -> None:
    for language in ("id", "en", "xx"):
        check_offsets(body, extract_quotes(body, language, [], []))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # right after a vocal verb, whoever the subject is (an unnamed crowd stays unnamed)
        ('Outside the hall, supporters chanted "Lock her up!" as she left.', [("Lock her up!", None)]),
        ('A man in the back shouted back, "No way!"', [("No way!", None)]),
        # a progressive form is active, and a vocal verb keeps a title-cased utterance
        ("Near the stage, protesters were chanting “Dump Trump.”", [("Dump Trump.", None)]),
        # a named subject is the speaker, even when a cue after the quote names no one
        ('Jane Roe had said, "We will see," when asked about the vote.', [("We will see,", "Jane Roe")]),
        # the verb, an addressee and a comma: the utterance follows (the subject needs no name)
        ('Later that day, the governor told reporters, "it starts to pay off."', [("it starts to pay off.", None)]),
        # the second half of a quote split by its attribution
        (
            '"Everything that you have said so far," the judge exclaimed, "has overlapped."',
            [("Everything that you have said so far,", None), ("has overlapped.", None)],
        ),
        # a noun of the voice and ``of``: the sentence's subject is not the one chanting
        ('Jane Roe was greeted with chants of "Four more years!" from the floor.', [("Four more years!", None)]),
    ],
)
def test_short_object_of_a_speech_verb_is_a_quote(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an adjective, not a verb of saying
        'The court examined the alleged "side deals" with care.',
        # passive: the writer's label
        'The practice is called "cross dressing" by some.',
        # a naming participle, with or without ``that``
        'She hosts a podcast called "the long game." He runs a group that called "the next step."',
        # a speech noun without ``of``, and a title after a verb whose object may be a title
        'He gave a "shout out" and told "Meet the Press" about it.',
    ],
)
def test_scare_quotes_near_speech_words_are_not_quotes(body: str) -> None:
    assert pairs(body) == []


def test_moved_object_of_a_characterising_verb_is_a_quote() -> None:
    body = 'The city sought the event to fix what Mayor Ann Lee called "a perception problem."'
    assert pairs(body) == [("a perception problem.", "Ann Lee")]
    # ``described as``
    body = 'It was an explosion that Mayor Bill Blasio described as "an intentional act."'
    assert pairs(body) == [("an intentional act.", "Bill Blasio")]
    # the speaker stands between the relative and the verb, past an apposition
    body = 'It was what Bay Brown, a former treasurer, called "hand-to-hand combat."'
    assert pairs(body) == [("hand-to-hand combat.", "Bay Brown")]
    # mid-sentence, the same words may be the writer's term
    body = 'It was what Mayor Ann Lee called "a problem" for the city and its people.'
    assert pairs(body) == []


def test_standalone_question_or_cry_is_a_quote() -> None:
    body = 'The judge then turned to me. "Mr. Smith?" I stood up and read my statement.'
    assert pairs(body) == [("Mr. Smith?", None)]
    body = '"Who is going to pay for it?" Trump asked.\n\n"Mexico!" the audience screamed back.'
    assert [text for text, _ in pairs(body)] == ["Who is going to pay for it?", "Mexico!"]


def test_as_x_put_it_attributes_the_quote() -> None:
    body = 'As Vulture put it, "Hello, it is the Biebs." The singer topped the chart.'
    assert pairs(body) == [("Hello, it is the Biebs.", "Vulture")]


def test_headlines_titles_and_markup_are_not_quotes() -> None:
    body = (
        'NOW OPEN—"Pop-up art show opens in the South Bronx this week," by DNAinfo\'s Eddie Small.\n'
        'One Sunday, according to "Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by'
        " George Anders, she sat in her study.\n"
        'Watch it at <a href="http://video.example.com/a-very-long-page-name">the site</a>.\n'
        '<tweet tweet-author="@someone" tweet-date="March 9, 2016">Stands empty in the whole stadium.<tweet/>.'
    )
    assert pairs(body) == []


# --- quotation marks with a space after the opener ---------------------------------------


@pytest.mark.parametrize(
    ("body", "inner"),
    [
        # a curly opener followed by a space
        ("Henry spoke. “ You know, that is what we found,” Henry said.", "You know, that is what we found,"),
        ("As Politico reported, “ … Trump would win, and handily.”", "… Trump would win, and handily."),
        # a closing-shaped mark that opens its paragraph, after a space or an invisible format mark
        ("Intro.\n\n” … they are so not like him,” she said.", "… they are so not like him,"),
        ("Intro.\n\n\u202a”Sorry, we lost the vote,” posted Jane Roe.", "Sorry, we lost the vote,"),
    ],
)
def test_spaced_or_reversed_opener_opens_a_quote(body: str, inner: str) -> None:
    spans = find_quote_spans(body)
    assert [body[s.start : s.end] for s in spans] == [inner]


def test_spaced_opener_without_a_later_mark_opens_nothing() -> None:
    assert find_quote_spans("Prices “ rose again today and nobody knows why.") == []


def test_reversed_opener_names_its_speaker() -> None:
    body = "Intro.\n\n\u202a”Sorry, we lost the vote,” posted Jane Roe."
    assert pairs(body) == [("Sorry, we lost the vote,", "Jane Roe")]


def test_paragraph_of_only_a_format_mark_after_an_open_quote() -> None:
    body = "“The quote runs on\n\u202a\n“and goes on.”"
    spans = find_quote_spans(body)
    # the invisible paragraph does not continue the quote; the next paragraph opens a new one
    assert [body[s.start : s.end] for s in spans] == ["The quote runs on", "and goes on."]


def test_known_company_before_a_name_is_not_part_of_it() -> None:
    body = '"Laba kami naik tahun ini berkat proyek baru," ungkap Direktur PT Indra Karya Milfan Rantawi.'
    assert speakers_with_orgs(body, [], [Organization("PT Indra Karya")]) == ["Milfan Rantawi"]


def test_mark_after_a_sentence_end_closes_when_nothing_closes_after_it() -> None:
    # ``... ini "bukan dari kanan maupun kiri. "Dahulu, ...`` and no later mark: the second mark closed the first
    body = 'Dia berujar, kabinetnya sejauh ini "bukan dari kanan maupun kiri. "Dahulu, dia sempat memilih wanita.'
    spans = find_quote_spans(body)
    assert [body[s.start : s.end] for s in spans] == ["bukan dari kanan maupun kiri."]
    # a mark after a sentence end that is closed later still opens a new quote
    body = 'Dia berkata "kami siap. "Kami juga tenang," katanya.'
    assert [body[s.start : s.end] for s in find_quote_spans(body)] == ["kami siap.", "Kami juga tenang,"]


def test_a_name_pattern_bounds_every_alternative() -> None:
    from generator.quote_cues import whole_word
    from generator.quote_names import name_pattern

    assert whole_word("Ali|Budi").findall("Kalimantan dan Budiman") == []
    assert whole_word("Ali|Budi").findall("Ali dan Budi") == ["Ali", "Budi"]
    assert name_pattern("Budi Santoso").findall("Santosoputra dan Budi") == ["Budi"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Dokter Budi Santoso, SpOG ", "Dokter Budi Santoso"),
        ("Ahli hukum Rina Wati, S.H., M.H., ", "Ahli hukum Rina Wati"),
        ("Peneliti Rina Wati, M.Si ", "Peneliti Rina Wati"),
        # no degree, or nothing like a name before it: unchanged
        ("Direktur Bank Mandiri, Kartika ", "Direktur Bank Mandiri, Kartika "),
        ("Sementara itu, SH ", "Sementara itu, SH "),
    ],
)
def test_degree_segments_are_cut_from_a_subject(phrase: str, expected: str) -> None:
    from generator.speaker_before import without_degrees

    assert without_degrees(phrase) == expected


def test_related_story_block_ends_at_the_article_text() -> None:
    from generator.credits import blank_related_blocks

    body = "Baca juga:\n\nJudul Berita Lain\n\n\"Saya senang,\" kata Andi.\n\nIa pulang."
    blanked = blank_related_blocks(body)
    assert len(blanked) == len(body)
    assert "Judul" not in blanked and "Baca" not in blanked
    assert blanked.endswith('"Saya senang," kata Andi.\n\nIa pulang.')


def test_a_stray_closing_mark_after_a_sentence_opens_nothing_without_a_closer_after_it() -> None:
    # no quote closed before it in the paragraph, or the next mark opens a quote: still a stray mark
    body = "Harga naik tajam.” Pedagang mengeluh. “Kami rugi,” kata Budi."
    assert [body[s.start : s.end] for s in find_quote_spans(body)] == ["Kami rugi,"]
    body = "“Kami rugi,” kata Budi.” Pedagang lain mengeluh, “Sama saja,” ujar Ani."
    assert [body[s.start : s.end] for s in find_quote_spans(body)] == ["Kami rugi,", "Sama saja,"]


def test_a_role_shared_by_two_named_people_names_neither() -> None:
    from generator.registry import Registry

    people = [
        Person(name="Andi Wijaya", role="Wakil Ketua DPR", mentions=1, aliases=[]),
        Person(name="Budi Santoso", role="Wakil Ketua DPR", mentions=1, aliases=[]),
    ]
    registry = Registry(people, [])
    assert registry.role_holder("Wakil Ketua DPR") is None
    assert registry.role_holder("Wakil") is None


@pytest.mark.parametrize(
    "body",
    [
        "“The Power of Giving”. Begitulah semboyan kampanye amal tahunan perusahaan itu di Jakarta.",
        'Film itu disutradarai Budi Santoso, pembuat serial "The Secret Life of Cats".',
    ],
)
def test_an_english_title_in_title_case_is_no_quote_in_indonesian_text(body: str) -> None:
    assert direct_quotes(extract_quotes(body, "id", [], [])) == []


def test_speaker_keeps_a_first_name_an_organisation_span_swallowed() -> None:
    from generator.name_agreement import agreed_speaker

    # "Lembaga Andi" is an over-long organisation; "Andi" is the speaker's first name, written alone too
    body = "Direktur Lembaga Andi Pratama Siregar mengatakan itu. Andi menambahkan hal lain."
    orgs = [Organization("Lembaga Andi")]
    speaker = "Andi Pratama Siregar"
    assert agreed_speaker(speaker, [Person("Pratama Siregar")], orgs, body, "id") == speaker
    # a place that is also a first name stays before a one-word name ("Jordan Coombe")
    body = "Jordan Coombe menulis di Instagram. Coombe tinggal di Jordan."
    assert agreed_speaker("Jordan Coombe", [Person("Coombe")], [], body, "en") == "Jordan Coombe"


def test_english_quote_reopened_after_a_sentence_end_continues() -> None:
    # lost paragraph breaks: ``"A. B. "C. D. "E."`` is one quote running over (former) paragraphs
    body = (
        'Coach Martin Pell said: "We played well. It was hard. "The second half was better. '
        '"Next week we go again." The club is third.'
    )
    spans = find_quote_spans(body, "en")
    assert [body[s.start : s.end] for s in spans] == [
        'We played well. It was hard. "The second half was better. "Next week we go again.'
    ]
    quotes = direct_quotes(extract_quotes(body, "en", [Person("Martin Pell")], []))
    assert len(quotes) == 1 and quotes[0].speaker == "Martin Pell"
    # Indonesian keeps its own reading (the mark after the sentence end starts a new quote)
    assert len(find_quote_spans(body, "id")) == 3
    # a different kind of mark after the sentence end does not continue the quote (the scanner's older reading)
    nested = 'He wrote: "The plan failed. “Nobody read it,” one aide said, and left."'
    assert [nested[s.start : s.end] for s in find_quote_spans(nested, "en")] == ["The plan failed.", "Nobody read it,"]
    # no later mark in the paragraph to close it: the mark closed the quote before it
    lone = 'She called it "a mess. "Then she left.'
    assert [lone[s.start : s.end] for s in find_quote_spans(lone, "en")] == ["a mess."]


def test_english_unclosed_quote_ends_before_the_writers_sentence_introducing_the_next() -> None:
    people = [Person("Anna Berg"), Person("Tom Reyes")]
    # the first quote is never closed; ``He added: "`` is the writer's sentence, not part of it
    body = (
        'Tom Reyes said: "The plan is wrong. It costs too much. He added: "We will vote against it." '
        "The vote is on Monday."
    )
    spans = find_quote_spans(body, "en")
    assert [body[s.start : s.end] for s in spans] == [
        "The plan is wrong. It costs too much.",
        "We will vote against it.",
    ]
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Reyes", "Tom Reyes"]
    # an opening clause and another named speaker: the same cut, and the second quote is his
    body = (
        'Anna Berg said: "The report is a step forward for everyone. '
        'Asked about the cost at a meeting in Leeds, Mr Reyes told reporters: "It is far too high." The end.'
    )
    spans = find_quote_spans(body, "en")
    assert [body[s.start : s.end] for s in spans] == [
        "The report is a step forward for everyone.",
        "It is far too high.",
    ]
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Anna Berg", "Tom Reyes"]
    # a sentence in the first person is the speaker's own: a quote within the quote, as before
    inside = 'Anna Berg said: "It was hard. I told them: "Stop." We went home." The end.'
    assert len(find_quote_spans(inside, "en")) == 1
    # no verb of saying before the colon: as before
    inside = 'Anna Berg said: "It was hard. The sign read: "Closed." We went home." The end.'
    assert len(find_quote_spans(inside, "en")) == 1
    # an abbreviation's period ends no sentence (``Mr. Reyes said:``): as before
    inside = 'Anna Berg said: "It was hard for Mr. Reyes said: "Closed." We went home." The end.'
    assert len(find_quote_spans(inside, "en")) == 1
    # Indonesian keeps its own reading
    body = 'Budi Santoso mengatakan: "Kami siap. Dia menambahkan: "Kami menang." Selesai.'
    assert [body[s.start : s.end] for s in find_quote_spans(body, "id")] == [
        'Kami siap. Dia menambahkan: "Kami menang." Selesai.'
    ]


def test_speaker_check_repairs_or_drops_garbage_names():
    """A final English speaker string that is no name: repaired when the text shows the whole name,
    else None (generator.speaker_check)."""
    from generator.speaker_check import checked_speaker

    body = (
        "The Institute of Rural Affairs Studies said costs rose. Analysts said it was bad. "
        "Labour MP Henry Smallbone said he would act. Chelmsbury's statement added that it would. "
        "Ahead of Mr Tolland's launch, a spokesman said it was over. Swiss Re. Tightly packed towns were hit."
    )
    people = [Person("Henry Smallbone")]
    assert checked_speaker("of Rural Affairs Studies", body, 40, [], []) == "Institute of Rural Affairs Studies"
    assert checked_speaker("Analysts", body, 80, [], []) == "Analysts"  # a group: kept (PolNeAR labels groups)
    assert checked_speaker("Labour MP Henry Smallbone", body, 120, people, []) == "Henry Smallbone"
    assert checked_speaker("Chelmsbury's", body, 170, [], []) == "Chelmsbury"
    assert checked_speaker("Tolland's", body, 230, [], []) is None
    assert checked_speaker("Swiss Re Tightly", body, 260, [], []) == "Swiss Re"
    assert checked_speaker("Separately", body, 10, [], []) is None
    assert checked_speaker("Australian", body, 10, [], []) is None
    assert checked_speaker("Henry Smallbone", body, 10, people, []) == "Henry Smallbone"
    assert checked_speaker("Apple", body, 10, [], [Organization("Apple")]) == "Apple"


def test_speaker_check_descriptions_and_titles_are_no_speakers():
    """``said the Oldcastle fly-half``: a word modifying a description; a he/she's antecedent written after
    ``the`` (a title) is no person; ``X's uncle, Name, told``: the name described (generator.speaker_check)."""
    from generator.speaker_check import checked_speaker

    body = '"It is a great honour," said the Oldcastle fly-half. Jo Vance presents The Brightest Hour on TV.'
    assert checked_speaker("Oldcastle", body, 1, [Person("Sam Tarrow")], [], end=body.index('"', 1)) is None
    body2 = 'Jo Vance presents The Brightest Hour on TV. Asked about it, she confesses: "Yes, it is fun."'
    at = body2.index('"')
    assert checked_speaker("Brightest Hour", body2, at, [Person("Jo Vance")], [], pronoun=True) is None
    body3 = "Marla's uncle, Kevin Dorrance, told the paper: \"It was wrong.\""
    assert checked_speaker("Marla's", body3, body3.index('"'), [Person("Kevin Dorrance")], []) == "Kevin Dorrance"


def test_full_name_matches_agree_with_the_per_token_pattern() -> None:
    # the full-name runs around a token are found without compiling a pattern per token; they must be the very
    # runs (leftmost, non-overlapping) that re.finditer of the old per-token pattern gives
    from generator.name_search import full_name_matches

    bodies = [
        "Yesterday Prime Minister Anna Maria van der Berg K. Lutz said so. Berg agreed, said Ana Berg-Lutz.",
        "Finance Minister Dr Ahmad bin Yusof Abdullah and Park Geun - hye met; Ahmadi and McAhmad came, as Ahmad did.",
        "O'Brien, MacBrien and Brien Jr. spoke; the Brien Brien Brien Brien Brien Brien family too.",
        "A B C D E F Lee G H I J. Lee K. L. Lee\u00a0Wong al Lee, de Lee van Lee",
    ]
    for body in bodies:
        for token in ("Berg", "Ahmad", "Brien", "Lee", "Lutz", "Park", "hye", "K.", "Wong"):
            expected = [(m.start(), m.end()) for m in old_full_name_pattern(token).finditer(body)]
            assert list(full_name_matches(body, token)) == expected, (body, token)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(FULL_NAME_PIECES), max_size=30).map("".join),
    st.sampled_from(["Ab", "A", "Abe", "b", "Ab ", "K.", "bA", "É", "Ab-", "van", "AbA"]),
)
def test_full_name_matches_agree_with_the_per_token_pattern_on_made_up_strings(body: str, token: str) -> None:
    from generator.name_search import full_name_matches

    expected = [(m.start(), m.end()) for m in old_full_name_pattern(token).finditer(body)]
    assert list(full_name_matches(body, token)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mr", "Mrs", "Ms", "Miss", "M", ".", " ", "\u00a0", "Lund", "Lundy", "Ana", "K.", "x", "'", "-"]
        ),
        max_size=20,
    ).map("".join),
    st.sampled_from(["Lund", "Ana", "Lund-Ana", "O'Lund", "Lund.", "Ms", "K."]),
)
def test_honorifics_agree_with_the_per_surname_pattern(body: str, surname: str) -> None:
    # ``Mr. Lund``, ``Ms Ana Lund``: the honorifics before a surname, found without compiling a pattern per
    # surname, are the group 1 of each match the old per-surname pattern's finditer gives
    from generator.name_search import honorifics_before

    expected = [m.group(1) for m in old_honorific_pattern(surname).finditer(body)]
    assert list(honorifics_before(body, surname)) == expected
    made_up = "Mr Lund met Mrs. Ana Lund and Ms Ana Bo Lund, not Miss Lundy; Mr Ms Lund, Mr.  K. Lund."
    reference = [m.group(1) for m in old_honorific_pattern("Lund").finditer(made_up)]
    assert list(honorifics_before(made_up, "Lund")) == reference


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["ab", "a", "b", " ", "-", "'", "’", "_", "é", "1", ".", "aba"]), max_size=15).map(
        "".join
    ),
    st.sampled_from(["a", "ab", "aba", "a b", "-a", "a-", "'a", "a'", "b.", "é", "", "aa"]),
    st.integers(min_value=-2, max_value=20),
)
def test_occurrence_agrees_with_the_per_text_pattern(body: str, text: str, at: int) -> None:
    # speaker_check._occurrence finds whole-word places with str.find, not a pattern per text: the last start
    # before ``at`` (a match may end right at ``at``), else the first after, as the old pattern gave
    from generator.speaker_check import _occurrence

    pattern = re.compile(r"(?<![\w'’-])" + re.escape(text) + r"(?![\w-])")
    expected = -1
    for found in pattern.finditer(body, 0, at if at > 0 else len(body)):
        expected = found.start()
    if expected < 0:
        after = pattern.search(body, max(at, 0))
        expected = after.start() if after else -1
    assert _occurrence(body, text, at) == expected
    assert _occurrence("Ana Bo said. Bo-Ana and Bo's aide Bo spoke", "Bo", 20) == 4


def test_titled_starts_agree_with_the_per_role_and_name_pattern() -> None:
    # ``Archbishop Tom Wu``, ``club boss Sir Tom Wu``, ``The Bishop of Durham, the Rt Rev Tom Wu,``: the places a
    # role is followed by a known name are found piece by piece, as the old per-(role, name) pattern found them
    from generator.quote_clauses import titled_pattern, titled_starts

    bodies = [
        "Club boss Sir Tom Wu said so. The boss Wu agreed; bossy Wu and ex-boss Tom Wu did not.",
        "The Bishop of Durham, the Rt Rev Dr Tom Wu, spoke. The bishop of the North Riding, Tom Wu, too.",
        "BISHOP  Wu-Lee and Bishop\u00a0Wuz, Bishop of St.Ives,  Rt Rev Dr Ann Wu's view; Bishop Tom Wu",
        "boss boss Tom Wu, boss Ann Wu, Boss K. Wu, boss of Durham, the Ann Wu",
    ]
    for body in bodies:
        for role in ("boss", "Bishop", "bishop of"):
            for name in ("Tom Wu", "Ann Wu", "Tom Wuz", "Ann K."):
                expected = [m.start() for m in titled_pattern(role, name).finditer(body)]
                assert titled_starts(body, role, name) == expected, (body, role, name)
    assert titled_starts(bodies[0], "boss", "Tom Wu") == [5]  # ``Wu`` alone is too short a surname


def test_org_used_agrees_with_the_per_name_pattern() -> None:
    # ``a spokesman for Ofcom``, ``the Ofcom spokesman``, ``Ofcom's report``: an organisation's usage of a name is
    # found piece by piece, as the old per-name pattern's search found it (or not)
    from generator.quote_names import org_usage, org_used

    bodies = [
        "A spokesman for the Zentra group said so.",
        "A spokeswoman for  Zentra said so; Zentra's report and Zentras staff.",
        "Employees of Zentrax and shares in theZentra; the xZentra staff; Zentra’s  shareholders.",
        "Zentra reports rose; Zentra-staff; spokesperson for the\u00a0Zentra.",
        "Zentra staffing; Zentra statements; Zentra",
    ]
    for body in bodies:
        for name in ("Zentra", "Zen", "tra", "A&B"):
            assert org_used(name, body) == (org_usage(name).search(body) is not None), (body, name)
    assert org_used("Zentra", bodies[1]) and not org_used("Zentra", bodies[4])


def test_initials_matches_agree_with_the_per_acronym_pattern() -> None:
    # ``JK`` for ``Jusuf Kalla``: the runs of words opening with the acronym's letters, without a pattern per
    # acronym, are the old pattern's (leftmost, non-overlapping; the last word may end before an apostrophe)
    from generator.name_search import initials_matches
    from tests.quote_helpers import old_initials_pattern

    bodies = [
        "Wakil Presiden Jusuf Kalla (JK) dan Joko Kurniawan; J. Kalla, xJusuf Kalla, Jusuf Kalla's, Jusuf Kalla'sX.",
        "Jo Ki Jo Ki Jo\u00a0Ki-Ko Jusuf Kalla-",
        "Éric Kamau and Jusuf Kalla Jusuf",
    ]
    for body in bodies:
        for letters in ("JK", "KJ", "JKJ", "ÉK"):
            expected = [(m.start(), m.end()) for m in old_initials_pattern(letters).finditer(body)]
            assert list(initials_matches(body, letters)) == expected, (body, letters)
    assert list(initials_matches(bodies[2], "ÉK")) == [(0, 10)]


def test_word_spans_and_initial_after_agree_with_the_per_token_patterns() -> None:
    # ``Rudy`` as a whole word, ``Rudy`` as the head of ``Rudyantho``, ``Renhard Ronald S,``: found with str.find
    # and precompiled checks, as the old per-token patterns found them (leftmost, non-overlapping)
    from generator.name_search import (
        head_pattern,
        initial_after,
        word_pattern,
        word_spans,
    )
    from generator.registry import HEAD_REST
    from tests.quote_helpers import old_initial_pattern

    bodies = [
        "Rudy dan Rudyantho, Rudy's, Rudy-an, xRudy, Rudyan, Rudyantho_ dan Rudy\u00a0S, kata Rudy S, lagi.",
        "Sir Rudy Lane, Sir Rudy Laney and Sir Rudy Lane's aide; Rudy Lane K, Rudy Lane K,",
        "Ru Ru Rudydy'dy Rudyabc' Rudyabc-",
    ]
    for body in bodies:
        for token in ("Rudy", "Ru", "Sir Rudy Lane", "Rudy Lane", "dy"):
            assert list(word_spans(body, token)) == [m.span() for m in word_pattern(token).finditer(body)]
            heads = [m.span() for m in head_pattern(token).finditer(body)]
            assert list(word_spans(body, token, HEAD_REST)) == heads
            found = old_initial_pattern(token).search(body)
            assert initial_after(body, token) == (found.group("initial") if found else None)
    assert initial_after(bodies[0], "Rudy") == "S"
    assert [bodies[0][a:b] for a, b in word_spans(bodies[0], "Rudy", HEAD_REST)] == ["Rudyantho"]
