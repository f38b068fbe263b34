"""Quote extraction and speaker attribution on English text (made-up sentences)."""

from __future__ import annotations

import pytest

from generator.attribution import speaker_after_cue
from generator.quote_marks import find_quote_spans
from generator.quotes import extract_quotes
from generator.records import Organization, Person
from generator.registry import Registry
from tests.quote_helpers import (
    check_offsets,
    direct_quotes,
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We will win this election," Trump said.', "Trump"),
        ('"We will win this election," said Hillary Clinton, the Democratic nominee.', "Hillary Clinton"),
        ('Senator Ted Cruz said: "We will win this election."', "Ted Cruz"),
        ('"We will win this election," according to Jeb Bush.', "Jeb Bush"),
        ('Sanders spoke first. "We will win this election," he said.', None),
        ('Cruz continued:\n\n"We will win this election, no matter what the polls say."', "Cruz"),
        ('"If they did, they should pay," Sen. Chuck Schumer (D-N.Y.) said Tuesday.', "Chuck Schumer"),
        ('"We will win this election," CNN\'s Gloria Borger said.', "Gloria Borger"),
        ('"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was polled, said.', "Harry Bond"),
        ('Hours later, Donald Trump praised him, saying, "He is an amazing man, truly."', "Donald Trump"),
        ('"We will win this election," said Virginia delegate Beau Correll.', "Beau Correll"),
        ('"The emails were sent or received in 2009," CBS News reported.', "CBS News"),
        ('"We will win this election," said a spokesman for Bernie Sanders.', None),
        ('"We will win this election," Brent Bozell III, founder of a group, tells us.', "Brent Bozell III"),
    ],
)
def test_english_attribution(body: str, speaker: str | None) -> None:
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_english_he_said_after_named_speaker() -> None:
    body = '"Taxes are too high," said Paul Ryan.\n"We will cut them," he said.'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Paul Ryan", "Paul Ryan"]


def test_english_reported_speech() -> None:
    body = "Kirby said that North Korea sent rockets and missiles to Russia last year."
    (quote,) = extract_quotes(body, "en", [], [])
    assert quote.kind == "indirect"
    assert quote.speaker == "Kirby"
    assert quote.text.startswith("North Korea sent rockets")


def test_headline_name_from_people_stage_is_not_the_speaker() -> None:
    body = (
        "Glenn Beck Blasts Drudge Over Fast Report\n\n"
        "Glenn Beck spoke on Monday.\n\n"
        '"We will keep fasting for the country," Beck said.'
    )
    people = [Person("Glenn Beck Blasts Drudge", aliases=["Glenn Beck", "Beck"])]
    (quote,) = direct_quotes(extract_quotes(body, "en", people, []))
    assert quote.speaker == "Glenn Beck"


def test_she_skips_back_over_a_man() -> None:
    body = (
        '"We will win," said Hillary Clinton.\n'
        '"Not a chance," said Donald Trump.\n'
        '"Taxes must rise for the richest," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Hillary Clinton", "Donald Trump", "Hillary Clinton"]


def test_he_with_only_women_before_is_none() -> None:
    body = '"We will win," said Hillary Clinton.\n"Taxes must rise for the richest," he said.'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Hillary Clinton", None]


def test_quote_inside_a_named_subjects_sentence() -> None:
    body = "Kasich thanked him for “stepping up and taking action when Congress won’t.”"
    (quote,) = direct_quotes(extract_quotes(body, "en", [], []))
    assert quote.speaker == "Kasich"


def test_bare_quote_paragraph_after_narrative_is_none() -> None:
    body = (
        '"We will win this state," said Paul Ryan.\n'
        "The crowd later moved to the hall, where a band played for an hour.\n"
        '"Nobody expected the numbers we saw tonight at all."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Paul Ryan", None]


def test_bare_quote_paragraph_continues_previous_speaker() -> None:
    body = '"We will win this state," said Paul Ryan.\n"Nobody expected the numbers we saw tonight at all."'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Paul Ryan", "Paul Ryan"]


def test_short_rest_of_a_split_quote_is_kept() -> None:
    body = '"There was carnage on the road," Bouhlel said. "Bodies everywhere."'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.text for q in quotes] == ["There was carnage on the road,", "Bodies everywhere."]
    assert {q.speaker for q in quotes} == {"Bouhlel"}


def test_short_cued_quote_after_comma_is_kept_scare_quote_is_not() -> None:
    body = 'Asked about it, Priebus said, "Probably." The plan is "ripe for abuse" and weak.'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [(q.text, q.speaker) for q in quotes] == [("Probably.", "Priebus")]


def test_title_with_period_is_not_a_partial_quote() -> None:
    body = 'Ben Carson said on "Meet the Press." He left.'
    assert direct_quotes(extract_quotes(body, "en", [], [])) == []


def test_dash_byline_names_the_speaker() -> None:
    body = "\u201cThe most unqualified child to ever run for president.\u201d \u2015 Francisco Herrero\nNext line."
    (quote,) = direct_quotes(extract_quotes(body, "en", [], []))
    assert quote.speaker == "Francisco Herrero"


def test_name_of_place_after_cue_is_the_name() -> None:
    body = '"It is a smart move," said Representative Charles B. Rangel of New York.'
    (quote,) = direct_quotes(extract_quotes(body, "en", [], []))
    assert quote.speaker is not None and quote.speaker.endswith("Rangel")


def test_traced_gives_a_rule_per_quote() -> None:
    from generator.quotes import extract_quotes_traced

    body = '"We will win this state," said Paul Ryan.'
    assert [via for _, via in extract_quotes_traced(body, "en", [], [])] == ["cue-after"]


def test_interview_transcript_is_one_quote_per_labelled_paragraph() -> None:
    body = (
        "Fox News host Chris Wallace pressed Gov. Mike Pence on Sunday about the wall.\n\n"
        "Partial transcript as follows:\n\n"
        '"WALLACE: Governor, who is going to pay for the wall on the southern border?\n\n'
        '"PENCE: Mexico will pay for it, one way or another, and the people of this country know that.\n\n'
        '"We are going to get it done in the first year of this administration.\n\n'
        '"WALLACE: And if Mexico refuses to pay for any of it?"\n\n'
        "The interview went on for twenty minutes."
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    check_offsets(body, quotes)
    assert [q.text.split()[0] for q in quotes] == ["Governor,", "Mexico", "We", "And"]
    assert [q.speaker for q in quotes] == ["Chris Wallace", "Mike Pence", "Mike Pence", "Chris Wallace"]


def test_two_paragraph_quote_closed_and_attributed_is_two_quotes() -> None:
    body = (
        "Omar Haddad, a teller at the branch, laughed about his customers.\n\n"
        '"They think every bank is the same and that all the bankers are crooks.\n\n'
        '"And they still believe that we keep all the cash in the vault," Haddad said with a grin.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    check_offsets(body, quotes)
    assert [q.text.split()[:2] for q in quotes] == [["They", "think"], ["And", "they"]]
    assert quotes[1].text.endswith("vault,")
    assert [(q.speaker or "").split()[-1:] for q in quotes] == [["Haddad"], ["Haddad"]]


def test_english_quote_reopened_before_a_paragraph_that_opens_with_a_mark_continues() -> None:
    # ``"A. "B.`` ends its paragraph unclosed and the next paragraph re-opens with a mark: one quote over both
    body = (
        'Manager Tom Reyes said: "We lost the game. "The referee was poor today.\n\n'
        '"We go again on Saturday. "The fans deserve better." The club is tenth.'
    )
    spans = find_quote_spans(body, "en")
    assert [body[s.start : s.end] for s in spans] == [
        'We lost the game. "The referee was poor today.\n\n"We go again on Saturday. "The fans deserve better.'
    ]
    # no mark opening the next paragraph: the mark after the sentence end closed the quote before it (as before)
    lone = 'She called it "a mess. "Then she left.\n\nThe talks ended.'
    assert [lone[s.start : s.end] for s in find_quote_spans(lone, "en")] == ["a mess."]


def test_english_thing_promised_in_marks_is_woven_not_a_quote() -> None:
    people = [Person("Anna Berg")]
    # the object of promised/demanded is a thing, woven into the writer's sentence
    for verb, phrase in (("promised", "several new measures"), ("demanded", "an urgent review")):
        body = f'In a speech in Leeds, Anna Berg {verb} "{phrase}". The plan is due in May.'
        assert direct_quotes(extract_quotes(body, "en", people, [])) == []
    # a clause after the same verbs stays a quote, and so does a thing said (said is a verb of the voice)
    body = 'Anna Berg promised "we will not raise taxes". The plan is due in May.'
    assert len(direct_quotes(extract_quotes(body, "en", people, []))) == 1
    body = 'Anna Berg said: "Several new measures will follow." The plan is due in May.'
    assert len(direct_quotes(extract_quotes(body, "en", people, []))) == 1


def test_english_new_sentence_after_a_closed_quote_is_not_its_attribution() -> None:
    people = [Person("Maria Costa"), Person("Tom Reyes")]
    # a reported statement after the quote's sentence end names another source: not this quote's speaker
    body = (
        'Analyst Maria Costa said: "We expect a small rise in rates." '
        "Prices have gone up 2% this year, Tom Reyes said, and may rise again."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Maria Costa"]
    body = 'But Costa said: "The charges should be dropped." Reyes also said he had new evidence.'
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Maria Costa"]
    # a bare attribution after the sentence end still counts
    body = 'The vote was close. "We won the argument." Tom Reyes said on Monday.'
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Reyes"]


def test_english_pronoun_points_back_to_the_newest_sentence_subject() -> None:
    people = [Person("Mark Dunn"), Person("Tom Reyes"), Person("Paul Lenz")]
    first = 'Critic Mark Dunn praised the film. "It is a fine piece of work," he said.\n\n'
    quote = '"I hope the jury sees past the hype," he said.'
    # a named person opening a sentence after the last speaker is whom a later ``he said`` refers to
    for sentence in (
        "Tom Reyes felt that the film was too long. ",
        "But Tom Reyes felt that the film was too long. ",
        "The Daily Post's film critic Tom Reyes felt that the film was too long. ",
    ):
        quotes = direct_quotes(extract_quotes(first + sentence + quote, "en", people, []))
        assert [q.speaker for q in quotes] == ["Mark Dunn", "Tom Reyes"], sentence
    # an opening phrase that ends in no role noun does not make the name after it the subject
    body = first + "With veteran Paul Lenz, the cast is strong. " + quote
    assert [q.speaker for q in direct_quotes(extract_quotes(body, "en", people, []))] == ["Mark Dunn", "Mark Dunn"]


def test_english_epithet_after_the_cue_points_back() -> None:
    people = [Person("Sean Walsh"), Person("Kim Lopez")]
    body = (
        'Sean Walsh was hurt in a crash last year. "I was in a lot of pain," says the Cork man. '
        '"I could not walk for weeks."\n\nKim Lopez lost in the final. "I had my chances," said the American.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Sean Walsh", "Sean Walsh", "Kim Lopez"]
    # the newspaper is not an epithet
    newspaper = speaker_after_cue("the Guardian.", Registry([], []), "en")
    assert newspaper is None or not newspaper.epithet


def test_english_colon_clause_after_a_closed_quote_introduces_the_next_one() -> None:
    people = [Person("Carl Moss"), Person("Jordi Vila"), Person("Ken Bright")]
    body = (
        'And Moss admitted: "The cup is my dream. "It is really something." Team captain Jordi Vila said: '
        '"Carl played a great game."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Carl Moss", "Jordi Vila"]
    # a new sentence with a cue but no named speaker: the attribution before the quote stands
    body = (
        'Chairman Ken Bright said: "We came to a deal. "It is good." '
        "Bright revealed that his board has been asked to stay."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ken Bright"]


def test_english_bare_first_person_quote_takes_the_sole_speaker() -> None:
    people = [Person("Sean Walsh")]
    body = (
        'Sean Walsh was hurt in a crash. "I was in a lot of pain," says Walsh.\n\n'
        'He spent weeks in hospital. "Walking again felt like real progress for my recovery." Doctors are pleased.'
        '\n\nThe club wrote to the league. "We are seeking a review of the case." The league made no comment.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # the bare first-person sentence is the article's one speaker's; the ``we`` statement stays open
    assert [q.speaker for q in quotes] == ["Sean Walsh", "Sean Walsh", None]


def test_english_name_comma_organisation_before_the_cue_is_the_person() -> None:
    people = [Person("Dora Quill")]
    orgs = [Organization("Seaside Traders Guild")]
    body = 'The town lost the fair.\n\nDora Quill, Seaside Traders Guild said: "We tried very hard to keep it."'
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Dora Quill"]


def test_english_indefinite_subject_before_the_cue_is_nobody() -> None:
    people = [Person("Ruth Ambler"), Person("Tony Marsh")]
    orgs = [Organization("Harbour Ferries")]
    body = (
        'Bishop Ruth Ambler said: "This is wrong." But the ministry defended the plan. A spokesman said: '
        '"The rules are clear."\n\nA spokesperson for Harbour Ferries told reporters: "We do not comment."'
        '\n\nA weary Tony Marsh said: "I am done."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    # an unnamed spokesman speaks: no earlier speaker, and not the organisation he speaks for
    assert [q.speaker for q in quotes] == ["Ruth Ambler", None, None, "Tony Marsh"]


def test_english_colon_clause_before_a_closed_quote_wins_over_the_next_sentence() -> None:
    people = [Person("Neil Barra"), Person("Walt Kemp")]
    body = (
        'Neil Barra backs Walt Kemp. Barra added: "Walt is a real football person. "He would be right." '
        "Barra joined the pundits in backing Kemp's claims."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Neil Barra"]


def test_english_role_epithet_before_the_cue_points_back() -> None:
    people = [Person("Ray Hollis"), Person("Jack Dunmore")]
    orgs = [Organization("Redport United")]
    body = (
        'Archbishop Ray Hollis called for the camp to close. Foreign Secretary Jack Dunmore told MPs the four '
        'would be freed. The archbishop added: "What about those left behind?"\n\n'
        'Jack Dunmore backs the plan. "It is a good deal," he said. The Redport United boss continued: '
        '"I know the job."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    # the role noun finds the person introduced with it; the club boss is a person, not the club
    assert [q.speaker for q in quotes] == ["Ray Hollis", "Jack Dunmore", "Jack Dunmore"]


def test_english_participle_before_a_colon_needs_no_comma() -> None:
    people = [Person("Dan Pryce"), Person("Owen Hale")]
    body = (
        'Regulator chief Dan Pryce said calls were allowed. Earlier, Green Party chairman Owen Hale wrote to the '
        'regulator saying: "Such calls are illegal." "I hope you act swiftly," he tells the regulator.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # ``Green Party chairman Owen Hale``: the role noun between the party and the name is part of the subject
    assert [q.speaker for q in quotes] == ["Owen Hale", "Owen Hale"]


def test_english_capitalised_modifier_of_a_role_noun_is_an_epithet() -> None:
    people = [Person("Carla Nunez")]
    body = (
        'Senator Carla Nunez spoke in Reno. "We will win," she said.\n\n'
        'The Nevada senator then emailed supporters saying: "The fight goes on."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Carla Nunez", "Carla Nunez"]


def test_english_publication_and_organisation_team_speak() -> None:
    orgs = [Organization("Orbix")]
    body = (
        'The game sold well. "It is the best launch game ever," wrote the respected Pixel magazine in its review.'
        "\n\nA note sent to a security firm by Orbix's security team said: \"We can do better.\" "
        '"We will review our procedures," the Orbix team said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], orgs))
    assert [q.speaker for q in quotes] == ["Pixel", "Orbix", "Orbix"]


def test_english_subject_forms_before_the_cue() -> None:
    people = [Person("Lena Marsh"), Person("Otto Brand"), Person("Ivy Stone")]
    orgs = [Organization("Kelvo")]
    body = (
        "Kelvo's plans may be more than users need, but Otto Brand, head of the networks division at the firm "
        'says that: "Demand will rise tenfold."\n\n'
        '"You want to be sure you can validate yourself," Kelvo\'s CEO, Lena Marsh, told the BBC.\n\n'
        'Ivy Stone welcomed the ruling. In a statement, detainee \'B\' in Elmwood Prison said: "I hope to go home."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    # a conjunction before the name; a role then a name set off by commas; a place after ``in`` is nobody
    assert [q.speaker for q in quotes] == ["Otto Brand", "Lena Marsh", None]


def test_english_according_to_a_report_by_gives_its_author() -> None:
    people = [Person("Alan Brice")]
    orgs = [Organization("Telemetrix")]
    body = (
        'Alan Brice runs the lab. "Fast networks will be vital for video," according to a report published by '
        "UK-based consultancy Telemetrix."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Telemetrix"]


def test_english_role_then_name_opening_a_sentence_is_its_subject() -> None:
    people = [Person("Kim Bowden"), Person("Marla Finch")]
    body = (
        '"This is a great day," said campaigner Kim Bowden. Harlow Industries chairwoman, Marla Finch, said the '
        'deal was "affordable and workable". "We are dealing with people who are ill," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # the partial quote in her sentence is hers, and so is the ``she said`` after it (not the campaigner's)
    assert quotes[0].speaker == "Kim Bowden"
    assert [q.speaker for q in quotes[1:]] == ["Marla Finch"] * (len(quotes) - 1) and len(quotes) >= 2


def test_english_name_after_a_mid_sentence_conjunction_and_a_speech_verb_is_a_subject() -> None:
    people = [Person("Ned Carver"), Person("Sam Ortiz")]
    body = (
        'Ned Carver said: "We were poor." Carver\'s side has shown little in attack, but Ortiz insisted the hosts '
        'will be hard to beat. "They are really brave opposition," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ned Carver", "Sam Ortiz"]


def test_english_bare_quote_after_a_sentence_opened_by_a_newly_named_person() -> None:
    people = [Person("Rafa Molina"), Person("Pete Crane")]
    body = (
        '"What a great way to finish," said Molina afterwards. US coach Pete Crane wants his team to play more on '
        'clay. "I think it will help these guys."\n\n"Fine," said Crane. Crane praised Sen. Rafa Molina for his '
        'work. "It was a good day."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # the sentence before the bare quote is about the coach; a title's period (``Sen.``) opens no sentence
    assert [q.speaker for q in quotes] == ["Rafa Molina", "Pete Crane", "Pete Crane", "Pete Crane"]


def test_english_long_participle_opener_before_the_sentence_subject() -> None:
    people = [Person("Alan Forde"), Person("Jim Harker")]
    body = (
        'Alan Forde said: "He was always kind." Born in 1912 and educated at Leeds Northern Grammar School, '
        "Lord Harker became a clerk. He joined the navy in 1942. In 1968, he said: \"I am not going to resign.\""
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Alan Forde", "Jim Harker"]


def test_english_bare_quote_after_a_sentence_of_a_named_teller() -> None:
    people = [Person("Mark Heron")]
    body = (
        "Pupils use handheld computers.\n\nMark Heron from EduLink told the BBC how the group uses slates. "
        '"The slates connect to a base station."\n\nThe system is cheap. Heron visited the school. '
        '"The content is split into pictures, text and questions for the pupils."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # the teller's sentence gives the bare quote's speaker; a sentence with no speech verb does not
    assert [q.speaker for q in quotes] == ["Mark Heron", None]


def test_english_he_or_she_never_resolves_to_an_organisation() -> None:
    people = [Person("Tom Reeve"), Person("Radiocom"), Person("Leeds-based Sensix")]
    body = (
        'Tom Reeve chairs the group. "We are happy," he said.\n\n'
        '"We want views," said a spokesman for Radiocom. Radiocom wants to regulate the band. '
        '"We would want strict controls," he said.\n\n'
        'Leeds-based Sensix has 40 customers. "It is like a 3D mouse," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # the ``he`` after ``said a spokesman for Radiocom`` is that unnamed spokesman: no name, never Tom Reeve
    assert [q.speaker for q in quotes] == ["Tom Reeve", None, None, None]
    body = body.replace('"We want views," said a spokesman for Radiocom.', "Radiocom's staff were not available.")
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # the watchdog and the company are organisations: he/she skips back to the person named before them
    assert [q.speaker for q in quotes] == ["Tom Reeve", "Tom Reeve", "Tom Reeve"]


def test_english_title_and_surname_ending_the_sentence_credit_the_quote() -> None:
    people = [Person("Simon Bright"), Person("Ann Cole")]
    body = (
        'Simon Bright, an analyst at Numis, was calm. Ann Cole disagreed.\n\n'
        '"The firm has an incredibly strong record," Mr Bright.\n\nShares rose.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Simon Bright"]


def test_english_analysts_from_a_firm_speak_for_the_firm() -> None:
    body = (
        'Bookings held up. "Cancellations are not unusual," wrote analysts from Harbour Row Securities in a note '
        'on Friday. "Such events have a limited impact."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Harbour Row Securities", "Harbour Row Securities"]


def test_english_the_company_said_points_back_to_the_organisation() -> None:
    people = [Person("Doug Lambert")]
    body = (
        "Game maker Vantix closed 20,000 accounts. In a statement Vantix said this system caught pirates. "
        'Doug Lambert said sales were strong. The company said: "The hack came from the community."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # Doug Lambert spoke last, but ``the company`` is an organisation: Vantix
    assert [q.speaker for q in quotes] == ["Vantix"]


def test_english_it_added_points_back_to_the_organisation() -> None:
    people = [Person("Jean Morel")]
    body = (
        'Jean Morel, the OEDC\'s chief economist, said: "Growth will pick up." Cheap money would help, the OEDC '
        'said. "Investment should continue in earnest," it added. As Morel put it: "We are hopeful."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # ``it`` skips back over the person to the organisation; ``put it:`` has the person as subject
    assert [q.speaker for q in quotes] == ["Jean Morel", "OEDC", "Jean Morel"]


def test_english_period_after_the_closing_mark_ends_the_quote_sentence() -> None:
    people = [Person("Paul Tyne")]
    body = (
        'Paul Tyne backs reform. "There is no consensus that includes him," he said. "We are providing one". '
        "The Elect the Peers Campaign said the draft bill was an important contribution."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # ``".`` ends the sentence as ``."`` does: the next sentence's subject is not the quote's speaker
    assert [q.speaker for q in quotes] == ["Paul Tyne", "Paul Tyne"]


def test_english_bare_quote_after_an_indefinite_speaker_stays_unnamed() -> None:
    people = [Person("Carl Dyson")]
    body = (
        'The Muslim Forum of Britain said Carl Dyson\'s comments were "reckless". The plan starts in May. '
        '"It moves away from one size for all," said a Home Office spokesman. "It is not right to say that."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # the unnamed spokesman goes on: the second quote is not that of whoever spoke before him
    assert [q.speaker for q in quotes][-2:] == [None, None]


def test_english_second_verb_after_but_takes_the_clause_subject() -> None:
    body = (
        'On Tuesday, Eurobourse said any offer was likely to be in cash, but added that: "There can be no '
        'assurances that any offer will be made."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Eurobourse"]


def test_english_acronym_with_its_full_name_opening_a_sentence_is_the_organisation_said() -> None:
    people = [Person("Steve Dyer")]
    body = (
        'Steve Dyer warned of risks. "It would be a mistake," he said. EDRA, the Council of Domain Registries, '
        'agrees. "A rush to act will harm confidence," the organisation said in a statement.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Steve Dyer", "Council of Domain Registries"]


def test_english_role_lead_of_four_lower_case_words_before_the_subject() -> None:
    people = [Person("Tom Fenner"), Person("Ruth Kellan")]
    body = (
        '"Wall Street got ahead of itself," said analyst Tom Fenner. Shares fell. BayMart president and chief '
        'executive Ruth Kellan called 2004 an "outstanding success". "I am more confident than ever," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Fenner", "Ruth Kellan"]


def test_english_n_time_winner_after_the_cue_points_back() -> None:
    people = [Person("Tom Banks")]
    body = (
        'Tom Banks visited the square. Banks said the film has an "elegant message". "Christmas is a special '
        'time," added the two-time Academy Award winner.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Banks"]


def test_english_role_epithet_after_the_cue_points_back() -> None:
    people = [Person("Marta Velez"), Person("Lou Carne")]
    body = (
        "Marta Velez won the 400m in Leeds ahead of Lou Carne's rival. Her time was a season's best. "
        '"I felt strong from the gun," said the European indoor champion, who hopes to race in Madrid. '
        '"My coach will be pleased."\n\nLou Carne finished third. "We were not fast enough," the 24-year-old '
        'told reporters. "Next time," added the Leeds-born sprinter.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Marta Velez", "Marta Velez", "Lou Carne", "Lou Carne"]


def test_english_epithet_with_an_apposed_name_is_not_an_epithet() -> None:
    people = [Person("Ann Rigby"), Person("Ed Leigh")]
    body = 'Ann Rigby spoke first. "We need scrutiny," said the committee chairman, MP Ed Leigh.'
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert quotes[0].speaker != "Ann Rigby"  # the name after the comma is the speaker, not a description


def test_english_person_epithet_skips_a_club_subject() -> None:
    people = [Person("Dan Moss")]
    body = (
        'Harbour City midfielder Dan Moss has no plans to coach. "I would like to open a school," the '
        "England captain said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Harbour City")]))
    assert quotes[0].speaker != "Harbour City"  # ``the England captain`` is a person


def test_english_the_ministry_and_the_magazine_point_back() -> None:
    body = (
        '"Growth will slow," the Trade Ministry said in a statement. Retail fell. "Exports will '
        'suffer," the ministry said.\n\nThe gadget list was chosen by US magazine Pocket Tech. The magazine staff '
        'ranked 100 devices. "We looked only at mobile items," said the magazine.\n\n"In the end it was easy," '
        'it concluded. "Sales slowed," the Daily Ledger newspaper said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], [Organization("Trade Ministry")]))
    expected = ["Trade Ministry", "Trade Ministry", "Pocket Tech", "Pocket Tech", "Daily Ledger"]
    assert [q.speaker for q in quotes] == expected


def test_english_head_of_a_department_is_no_department() -> None:
    people = [Person("Joan Pike")]
    body = 'Valtro said profits fell. Joan Pike left the firm. "It was time," said the head of the department.'
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Valtro")]))
    assert quotes[0].speaker != "Valtro"  # ``the head of the department`` is a person, not ``the department``


def test_english_it_opening_the_sentence_before_the_cue_is_the_organisation() -> None:
    people = [Person("John Smith")]
    body = (
        "Heater maker Vantix recalled 10,000 units. In a statement Vantix said this step was a precaution. "
        'Later, it added: "No one was hurt."\n\n'
        'John Smith, a buyer, was pleased. As he put it: "It was wise."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Vantix")]))
    assert [q.speaker for q in quotes] == ["Vantix", "John Smith"]


def test_english_role_phrase_comma_name_after_the_cue() -> None:
    people = [Person("Helen Marsh")]
    body = (
        'The ferry line will close. "It is a hard decision to make," said FerryCo director of route planning, '
        'Helen Marsh. "The crossings have not paid for years."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Helen Marsh", "Helen Marsh"]


def test_english_unnamed_spokesman_after_but_or_an_opening_clause_or_with_stays_unnamed() -> None:
    people = [Person("Carl Denton")]
    body = (
        'Carl Denton criticised the plan. "It is a mess," he said. But a Harbour Club spokesman told City News: '
        '"We will not act." Responding to the row, a Trade Office spokeswoman said: "The scheme has ended." '
        'Carl Denton defended the award, with a spokesperson saying: "Look at the whole career."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Carl Denton", None, None, None]


def test_english_indefinite_subject_before_a_clause_with_a_named_subject_is_not_the_speaker() -> None:
    people = [Person("Dora Blake")]
    body = 'Dora Blake met voters. At one point, a woman asked for a photo and Dora Blake said: "Only if it is legal."'
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Dora Blake"]


def test_english_auxiliary_between_the_subject_and_the_cue_after_a_quote() -> None:
    people = [Person("Nina Varga")]
    body = (
        'Nina Varga played down the reports. "I have read the stories," she had said on Monday. "But I am happy '
        'here." The club is top of the league. "We expect to win," Varga once said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Nina Varga", "Nina Varga", "Nina Varga"]


def test_english_name_comma_role_of_employer_before_the_cue_is_the_person() -> None:
    people = [Person("Rosa Kettering")]
    body = (
        'The bank kept rates on hold. Rosa Kettering, chief economist at Halden Brothers said the decision was '
        '"widely expected". She added: "The next move is likely to be up."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [(q.text, q.speaker) for q in quotes] == [("The next move is likely to be up.", "Rosa Kettering")]


def test_english_speech_verb_colon_before_a_question_wins_over_the_next_sentence() -> None:
    people = [Person("Owen Marley"), Person("Jane Pike")]
    body = (
        'Viewers put questions to the minister. Driver Owen Marley, from Kent, asked of the war: "How do you '
        'sleep at night?" On schools, nurse Jane Pike said: "Where will the children go?"'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Owen Marley", "Jane Pike"]


def test_english_second_verb_after_a_partial_quote_takes_the_sentence_subject() -> None:
    people = [Person("Marta Ruiz"), Person("Lena Hoff")]
    body = (
        'Marta Ruiz lost to Lena Hoff. Ruiz conceded that Hoff "simply served better," and added: "On a day like '
        'this you cannot be too sad about it."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes][-1] == "Marta Ruiz"


def test_english_bare_quote_after_a_sentence_ending_with_its_named_source() -> None:
    people = [Person("Karim Sadeq")]
    body = (
        'Karim Sadeq runs a shipping firm in Basra. Traders still visit the port office to settle disputes, '
        'Mr Sadeq points out. "These people are trying to work. Life goes on here."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Karim Sadeq"]


def test_english_named_subject_of_the_verb_nearest_the_colon_speaks() -> None:
    people = [Person("Paul Hendry"), Person("Maria Costa")]
    body = (
        'Paul Hendry has written his memoirs. Mr Hendry recalls how Maria Costa once warned him: "Never '
        'believe your own press."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Maria Costa"]


def test_english_with_a_named_subject_and_an_ing_verb_before_saying() -> None:
    people = [Person("Gina Folley")]
    body = (
        'The minister was heckled on the morning show, with Gina Folley walking up to him, saying "Frank, '
        'that is nonsense and you know it" as she tried to complain about her school.'
    )
    quotes = extract_quotes(body, "en", people, [])
    assert [q.speaker for q in quotes if q.text.startswith("Frank")] == ["Gina Folley"]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # woven: the mark opens after a word of the writer's clause and the fragment has no full stop inside
        ('The council said in a statement that it would "keep working for all the families of the valley".', []),
        ('It blamed "rising fuel costs and a long spell of wet weather in the north" for the fall.', []),
        ('The mayor said she will ask landlords to "freeze rents for the first six months of the year" .', []),
        ('The rail line closed after a warning about a "risk to passengers on the northern routes".', []),
        ('The coach described his new striker as "the best finisher I have worked with".', []),
        ('Ms Reyes said the Harbour Board "may well change its mind on the merger".', []),
        # whole utterances: after a verb of saying or that, a colon, in capitals, a full stop or its own cue inside
        ('The mayor said "we will freeze rents for six months" and left.', ["we will freeze rents for six months"]),
        (
            'Polls suggest that "voters still want a change of course", Ms Grant says.',
            ["voters still want a change of course"],
        ),
        ('The mayor added: "We will freeze rents for six months."', ["We will freeze rents for six months."]),
        (
            'The council said it would "keep working for all the families here."',
            ["keep working for all the families here."],
        ),
        ('Her view was "we have done all we can for them," she said.', ["we have done all we can for them,"]),
        (
            'The minister told Reuters "we have no plans to raise taxes this year".',
            ["we have no plans to raise taxes this year"],
        ),
    ],
)
def test_english_fragment_woven_into_the_writers_clause(body: str, kept: list[str]) -> None:
    assert [q.text for q in direct_quotes(extract_quotes(body, "en", [], []))] == kept


def test_english_organisation_description_points_to_the_one_introduced() -> None:
    bodies = [
        "Brindle has said its yearly profit will fall because its winter sale went badly.\n\n"
        '"Sales have been below our hopes," the company said. Shoppers stayed away.',
        "Ships were seized, according to the shipping watchdog, Sailors For Safety. Ports are busy.\n\n"
        '"The ships were taken unlawfully," said the group in a statement. "Crews are at risk," it said.',
        "The rules were drafted by the transport select committee after long hearings. "
        '"The law must be clearer," the committee added.',
    ]
    speakers = [q.speaker for body in bodies for q in direct_quotes(extract_quotes(body, "en", [], []))]
    assert speakers == ["Brindle", "Sailors For Safety", "Sailors For Safety", "transport select committee"]


def test_english_sentence_subject_after_a_role_phrase_an_opener_or_an_appositive_is_the_pronouns_antecedent() -> None:
    people = [Person("Tom Varga"), Person("Ivo Marek"), Person("Rosa Tell"), Person("Dan Pell")]
    body = (
        'Coach Tom Varga was fined. "I meant no harm," he said.\n\n'
        "Norland's minister of transport Ivo Marek was quick to back the ruling. "
        '"We will not tolerate it," he said.\n\n'
        "In the Assembly, Green backbencher Rosa Tell MP demanded a statement. "
        'She said: "This is a grave matter."\n\n'
        "Dan Pell, FundCo research director, said its figures showed a rise. "
        '"People will live longer than planned," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Varga", "Ivo Marek", "Rosa Tell", "Dan Pell"]


def test_english_unnamed_sayer_before_a_pronoun_or_a_bare_quote_stays_unnamed() -> None:
    people = [Person("Ben Rusk"), Person("Paul Okafor")]
    body = (
        '"It was a good result," said Ben Rusk, an analyst at Brightside. However, one dealer, who asked not to '
        'be named, told Reuters the figures were weak. "Christmas was hard for everyone," he said.\n\n'
        'Open chief Paul Okafor had said: "Her knee will not heal in time." But her spokesman insisted she had '
        'only delayed her entry. "The doctors will decide next week."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ben Rusk", None, "Paul Okafor", None]


def test_english_title_epithet_prefers_the_subject_of_its_own_paragraph_over_an_earlier_holder() -> None:
    people = [Person("Abel Tesfaye"), Person("Nora Quist")]
    body = (
        "He hopes to beat world champion Abel Tesfaye in March.\n\n"
        " - Britain's Nora Quist has also not ruled out racing. "
        '"It is a definite possibility," said the two-time champion.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Nora Quist"]


def test_english_bare_quote_after_a_named_subjects_viewpoint() -> None:
    people = [Person("Mark Lane"), Person("Ian Rook")]
    body = (
        '"It is a good little machine," said Mark Lane, an editor at Disk Weekly.\n\n'
        "So is it a revolution? Ian Rook, editor of Mac World, understandably has a rather partisan viewpoint. "
        '"It is just a Mac, but we should be very excited."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Mark Lane", "Ian Rook"]


def test_english_title_epithet_goes_to_the_holder_named_last_by_title_and_surname() -> None:
    people = [Person("Oskar Velde"), Person("Piet Mahler")]
    body = (
        "The tax was set under former president Oskar Velde.\n\n"
        "The new president, Piet Mahler, has urged parliament to act.\n\n"
        "The government will destroy old records, "
        'two days before President Mahler took office. "People are afraid to show their money," '
        "the president told a cabinet session."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Piet Mahler"]


def test_english_hyphenated_or_arts_role_epithet_after_the_cue_points_back_to_a_person() -> None:
    people = [Person("Dan Holt"), Person("Mara Quill")]
    body = (
        'Dan Holt, who will captain the side this season, was pleased with his award. "It is a genuine honour," '
        "said the Ashford fly-half.\n\n"
        'Mara Quill also spoke. "We were just laughing at each other," said the 64-year-old comedian. '
        '"I have had a great few years," the presenter said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Dan Holt", "Mara Quill", "Mara Quill"]


def test_english_infinitive_after_a_cue_verb_in_the_next_sentence_is_no_attribution() -> None:
    people = [Person("Lena Hart"), Person("Rosa Vale")]
    body = (
        'Lena Hart plays the singer Rosa Vale. "I knew nothing about her," said Hart, who attended with her '
        'brother.\n\n"It was a dream for me to land this part." Actress Rosa Vale continues to live in Paris.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Lena Hart", "Lena Hart"]


def test_english_bare_quote_after_a_named_subjects_sentence_with_a_woven_fragment() -> None:
    people = [Person("Victor Hale"), Person("Ruth Penn")]
    body = (
        'Victor Hale told his party that his rivals were worried. "Something tells me they are a bit rattled." '
        "Health Secretary Ruth Penn rejected the claim, telling a radio programme that her party was not "
        '"rattled". "We have a real duty to look at his record."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Victor Hale", "Ruth Penn"]


def test_english_bare_quote_after_a_he_sentence_goes_to_the_last_named_speaker_of_that_gender() -> None:
    people = [Person("Peter Dorn"), Person("Anna Blye")]
    body = (
        'Mr Dorn said his party\'s plans were not "racist" but "common sense". Ms Blye disagreed.\n\n'
        'He pledged cleaner hospitals and a "decent" state education for all. "I come from an ordinary family."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes if q.text.startswith("I come")] == ["Peter Dorn"]


def test_english_group_epithet_points_back_to_the_group_named_with_that_noun() -> None:
    people = [Person("Tom Reed")]
    body = (
        'Tom Reed said the show would open in May. Award-winning artists Hollis & Crane have built a model of '
        'the old harbour. "The river was vital to the city," said the artists. "We hope to show the past."\n\n'
        'Indie band The Lanterns will play at the opening. "We are thrilled," the band said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Hollis & Crane", "Hollis & Crane", "The Lanterns"]


def test_english_document_epithet_gives_its_author() -> None:
    people = [Person("Ray Kessler"), Person("Ann Tobin")]
    body = (
        "Local trader Ray Kessler filed the suit in a federal court on Monday.\n\n"
        '"The firm has abused its position in the market," the lawsuit states. "It was a bold move," '
        "said Ann Tobin, a law professor.\n\n"
        '"The lawsuit will fail," an unnamed source said. "Prices were fair," the letter said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ray Kessler", "Ann Tobin", None, None]


def test_english_sentence_subject_after_a_sports_or_news_epithet_head_or_an_owner_and_a_modifier() -> None:
    people = [Person("Leon Farrow"), Person("Ivan Dukic"), Person("Lena Voss")]
    body = (
        "   \n\nWessex prop Leon Farrow is staying upbeat despite a broken wrist.\n\n"
        'The 29-year-old was hurt on Saturday. He said: "It is not the end of the world."\n\n'
        "Norland's Croatian midfielder Ivan Dukic has hit out at the club. "
        '"I do not know if I will stay," he told reporters.\n\n'
        "Long jumper Lena Voss has cut her schedule. "
        '"It is nothing serious," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Leon Farrow", "Ivan Dukic", "Lena Voss"]


def test_english_possessive_role_and_name_set_off_before_a_cue_is_the_sentence_subject() -> None:
    people = [Person("Rory Blake"), Person("Simon T Harker")]
    body = (
        "   \n\nSinger Rory Blake will not face a retrial.\n\n"
        "Blake's lawyer, Simon T Harker, said the singer was relieved. "
        '"He wants to get back to work," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Simon T Harker"]


def test_english_known_person_whose_surname_is_an_organisation_word_is_still_a_pronouns_antecedent() -> None:
    people = [Person("Colin Fox", aliases=["Fox"])]
    body = (
        "   \n\nPolice federation head Colin Fox spoke on Monday.\n\n"
        'Mr Fox said the industry was not regulating itself. "It is making money from misery," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Colin Fox"]


def test_english_role_with_its_owner_after_the_cue_gives_the_named_holder() -> None:
    people = [Person("Ray Tulloch"), Person("Nina Sorel")]
    body = (
        '   \n\n"It is only a scratch," said his coach Ray Tulloch. "She will run next week."\n\n'
        '"We nearly called it off," said the fair\'s artistic director, Nina Sorel.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ray Tulloch", "Ray Tulloch", "Nina Sorel"]


def test_english_commented_and_observes_are_cues() -> None:
    people = [Person("Hugo Brand"), Person("Ada Quist")]
    body = (
        '   \n\n"The airline has a mutiny on its hands," commented Hugo Brand, an industry consultant.\n\n'
        '"Prices will rise," observes Ada Quist.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [(q.speaker, q.cue) for q in quotes] == [("Hugo Brand", "commented"), ("Ada Quist", "observes")]


def test_english_nationality_and_person_descriptions_point_back() -> None:
    people = [Person("Piet Vandam"), Person("Conor Keogh"), Person("Ruth Marley"), Person("Lars Holm")]
    body = (
        'Redport manager Piet Vandam praised his side after the 2-0 win. "We were patient," the Dutchman said.\n\n'
        'Striker Conor Keogh scored twice. "It was not pretty," the Irishman said.\n\n'
        'Ruth Marley spoke to the committee on Tuesday. "The risk is real," the Hull MP told it.\n\n'
        'But centre Lars Holm is pleased with his first call-up. "It is a dream," the youngster said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Piet Vandam", "Conor Keogh", "Ruth Marley", "Lars Holm"]


def test_english_it_stands_for_a_one_word_name_taken_for_a_person() -> None:
    # the people stage took the operator for a person: no first name, gender or title makes it one
    people = [Person("Telvix"), Person("Anna Berg")]
    body = (
        'Anna Berg, a judge, ruled against the deal. Telvix said the ruling would "hurt" its plans. '
        '"The project will become risky," it warned in a statement.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes if q.text.startswith("The project")] == ["Telvix"]


def test_english_our_correspondent_is_the_reporter_named_with_that_role() -> None:
    people = [Person("Tom Rudd"), Person("Jane Ashby")]
    body = (
        'Tom Rudd will speak on Monday. "We are ready," he said.\n\n'
        "BBC correspondent Jane Ashby said the speech would be his longest. "
        '"Mr Rudd will set out his plans," our correspondent said.\n\n'
        '"He has no choice," our political correspondent added, without naming the reporter.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Rudd", "Jane Ashby", "Jane Ashby"]
    body2 = 'Tom Rudd will speak on Monday. "He will set out his plans," our correspondent said.'
    quotes = direct_quotes(extract_quotes(body2, "en", people, []))
    assert [q.speaker for q in quotes] == [None]  # no correspondent named: not the last person


def test_english_name_then_apposition_before_the_cue_after_a_quote_gives_the_name() -> None:
    people = [Person("Tom Varley"), Person("Lena Ostrova"), Person("Gus Miro"), Person("Ida Penn")]
    body = (
        '   \n\nRates fell. "The market is turning," Tom Varley, BHA deputy director, told the BBC.\n\n'
        '"Hustlers do this kind of thing," Lena Ostrova - then adviser to the mayor - told reporters.\n\n'
        '"Everything is going digital," Gus Miro from the Consumer Group, said.\n\n'
        '"We will appeal," Ida Penn was told by her lawyers.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Tom Varley", "BHA deputy director"),
        ("Lena Ostrova", "then adviser to the mayor"),
        ("Gus Miro", "the Consumer Group"),
        (None, None),
    ]


def test_english_subject_with_an_aside_between_dashes_is_a_pronouns_antecedent() -> None:
    people = [Person("Igor Belov", aliases=["Belov"]), Person("Ray Osgood")]
    body = (
        "   \n\nMr Igor Belov began his testimony on Friday.\n\n"
        'Mr Belov - who has been in jail for a year - pleaded not guilty. "I built good companies," he told the court.'
        '\n\n"It is a lot of money," Ray Osgood is reported as saying.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Igor Belov", "Ray Osgood"]


def test_english_person_named_in_an_opening_for_phrase_is_a_pronouns_antecedent() -> None:
    people = [Person("Nadia Crane"), Person("Otto Brisk")]
    body = (
        "   \n\nFor Nadia Crane, head of research at a small fund, the new rules are welcome. "
        '"We have waited years for this," she said.\n\n'
        "But for Otto Brisk, a trader who has watched the market for decades, the change is late. "
        '"It comes too late," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Nadia Crane", "Otto Brisk"]


def test_english_new_sentence_after_a_closed_quote_is_no_attribution() -> None:
    people = [Person("Ada Quint"), Person("Brendan Lowe"), Person("Carl Hesketh"), Person("Dora Pike")]
    body = (
        '   \n\n"We want him to stay," said Ada Quint. "He deserves another chance." '
        "Brendan Lowe echoed Quint's sentiments.\n\n"
        '"The grants are far too small," added Carl Hesketh. "Students will simply go elsewhere." '
        "And Dora Pike said grant levels were already too low."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ada Quint", "Ada Quint", "Carl Hesketh", "Carl Hesketh"]


def test_english_asked_opening_a_new_sentence_after_a_quote_is_no_attribution() -> None:
    people = [Person("Hugo Mertz", aliases=["Mertz"]), Person("Dana Volk", aliases=["Volk"])]
    body = (
        "   \n\nMertz said the club was calm. "
        '"Nobody here is under pressure," he warned. "We lost one game and we are only a goal behind." '
        'Asked if the good times were over, Mertz replied: "Not at all."\n\n'
        'Dana Volk disagreed. "It is worse than it looks," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Hugo Mertz", "Hugo Mertz", "Hugo Mertz", "Dana Volk"]


def test_english_subject_after_an_opening_speech_participle_phrase_is_a_mention() -> None:
    from generator.quote_names import subject_mentions

    body = (
        "   \n\nSpeaking at a trade event, Karl Dunst predicted demand would soar.\n\n"
        "Asked about the plant, Mira Holt refused to comment. Talking to the BBC, Ian Pole said no more."
    )
    registry = Registry([Person("Karl Dunst"), Person("Mira Holt"), Person("Ian Pole")], [])
    registry.read(body, "en")
    assert [name for _, name in subject_mentions(body, [], registry)] == ["Karl Dunst", "Mira Holt", "Ian Pole"]


def test_english_passive_agent_ending_the_sentence_before_a_quote_is_a_pronouns_antecedent() -> None:
    people = [Person("Lou Granger"), Person("Ben Ashdown")]
    body = (
        "   \n\nLou Granger, of the Retired Persons Trust, published the survey on Monday.\n\n"
        "The findings were welcomed by Liberal shadow pensions spokesman Ben Ashdown. "
        '"Older voters must be heard," he said.\n\n'
        'The trust was pleased. "We did our work," Lou Granger said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ben Ashdown", "Lou Granger"]


def test_english_name_of_an_organisation_before_the_cue_gives_the_person() -> None:
    people = [Person("Rhona Blyth"), Person("Dev Anand")]
    body = (
        "   \n\nThe rules were changed on Monday. Rhona Blyth of Help the Aged said there were grave concerns. "
        '"We will fight this," she said.\n\n'
        '"We are a nation of savers," Dev Anand from Intervoice said.'
    )
    quotes = extract_quotes(body, "en", people, [Organization("Help the Aged"), Organization("Intervoice")])
    assert [(q.speaker, q.role) for q in direct_quotes(quotes)] == [("Rhona Blyth", None), ("Dev Anand", "Intervoice")]
    assert [q.speaker for q in quotes if q.kind == "indirect"] == ["Rhona Blyth"]


def test_english_sayer_ending_the_sentence_before_a_quote_is_a_pronouns_antecedent() -> None:
    people = [Person("Nora Pike"), Person("Owen Tull")]
    body = (
        "   \n\nNora Pike, of the Kettle Trade Group, released the figures on Monday.\n\n"
        "Shoppers are wary of smart kettles that will not talk to each other, said Kettle Trade Group's chief analyst "
        'Owen Tull. "They ask themselves whether it will work," he said.\n\n'
        "And Nora Pike said Tull was an example of a careful buyer. "
        '"Prices will fall," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Kettle Trade Group")]))
    assert [q.speaker for q in quotes] == ["Owen Tull", "Nora Pike"]



def test_en_description_before_a_subject_is_no_part_of_the_speaker() -> None:
    # "Distributor Sony Pictures said", "Paris-based Euronext said": the description is no part of the name
    body = 'Distributor Orbis Pictures said: "Filming starts next year."'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Orbis Pictures"]


def test_en_next_sentence_verb_with_an_object_is_no_attribution_of_a_closed_quote() -> None:
    # '"...bureaucratic Britain." The government has announced plans to cut ...': a new sentence, so the
    # continuation keeps the speaker of the quote before; '"..." He urged voters to ...' still goes on about him
    people = [Person("Tilda Marsh"), Person("Owen Tull")]
    body = (
        '   \n\n"Rents keep rising," Tilda Marsh said. "Families cannot keep up." '
        "The council has announced plans to build 500 homes.\n\n"
        'Owen Tull spoke at the meeting. "We must act now." He urged members to back the plan.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tilda Marsh", "Tilda Marsh", "Owen Tull"]


def test_en_passive_clause_after_a_closed_quote_is_no_attribution() -> None:
    # '"..." Four movies have already been announced for PSP.': the passive subject is no speaker
    people = [Person("Rena Holt")]
    body = (
        '   \n\n"Sales will double," Rena Holt said. "Buyers want smaller machines." '
        "Three new models have already been announced for spring."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rena Holt", "Rena Holt"]


def test_en_person_a_source_quoted_is_the_antecedent_of_he() -> None:
    # "London's Evening Standard quoted Mr Clarke telling activists ... "...," he said.": he is the person quoted
    people = [Person("Colin Vane")]
    body = (
        "   \n\nThe Northern Courier quoted Mr Vane telling party members that the plan would go ahead. "
        '"It is the right thing to do," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Northern Courier")]))
    assert [q.speaker for q in quotes] == ["Colin Vane"]


def test_en_role_run_then_a_known_name_after_a_verb_first_cue() -> None:
    # '"...," said one of their lawyers, Michalis Dimitrakopoulos.', 'said a proud coach Mike Ruddock.': the
    # person ending the clause speaks; 'said a friend of X' and 'said a spokesman for X' give nobody
    people = [Person("Ivo Strand"), Person("Lena Moss"), Person("Carl Deane")]
    body = (
        '   \n\n"A ruling is due in May," said one of their lawyers, Ivo Strand. '
        '"We are ready," said a proud coach Lena Moss. '
        '"He is fine," said a friend of Carl Deane. '
        '"No comment," said a spokesman for Mayor Carl Deane.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ivo Strand", "Lena Moss", None, None]


def test_en_role_phrase_between_an_owner_and_a_known_name_gives_the_holder() -> None:
    # "Oxfam senior policy adviser Max Lawson welcomed ...", "Scissor Sisters frontwoman Ana Matronic collected ...":
    # the holder of the lower-case role speaks, not the organisation that opens the run
    people = [Person("Tilda Marsh"), Person("Rob Penner")]
    body = (
        "   \n\nThe awards were handed out on Monday. Glass Owls frontwoman Tilda Marsh collected the prize. "
        'She told the crowd: "You made this happen."\n\n'
        'Kettle Aid senior policy adviser Rob Penner welcomed the plan and said it was "a good start". '
        'But he added: "Now the money must follow."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Glass Owls"), Organization("Kettle Aid")]))
    assert [q.speaker for q in quotes if len(q.text) > 20] == ["Tilda Marsh", "Rob Penner"]
    # a clause between the owner and the name is no role phrase: the owner stays the subject
    body = 'Rovers have signed Rob Penner. "He is a fine player," the club said.'
    quotes = direct_quotes(extract_quotes(body, "en", [Person("Rob Penner")], [Organization("Rovers")]))
    assert all(q.speaker != "Rob Penner" for q in quotes)


def test_en_he_after_an_unnamed_speaker_is_not_the_person_named_before() -> None:
    # '"...," said a Juventus official. "...," he added.' / 'A Home Office spokesman said ... He added':
    # the pronoun stands for the unnamed speaker, so no name rather than the last person named
    people = [Person("Ivo Marten"), Person("Edna Leighs")]
    body = (
        "   \n\nFormer Rovers striker Ivo Marten is to begin talks with Albion.\n\n"
        '"Marten will watch the match from the stand," said an Albion official, who declined to be named. '
        '"Then he will meet the coach," he added.\n\n'
        "Edna Leighs said the scheme was a mess. A Foreign Office spokesman said the rules had been tightened. "
        'He added: "The new checks are simpler."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None, None, None]


def test_en_he_she_skips_an_acronym_or_a_name_ending_in_an_organisation_noun() -> None:
    # "It has value, according to IBM, ... "...," he says": an acronym is no he; "Santa Barbara County Superior
    # Court" is no she, whatever first name it holds
    people = [Person("Tom Rudd")]
    body = (
        "   \n\nTom Rudd runs the lab at Vexo. Fast chips matter, according to ZYX, because they save power. "
        '"We will grow," he says.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Rudd"]
    body = (
        "   \n\nThe case opens on Monday. Santa Barbara County Superior Court has set aside a room for it. "
        'The singer denies the charges. "I know his character," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [Person("Santa Barbara County Superior Court")], []))
    assert [q.speaker for q in quotes] == [None]


def test_en_role_phrase_comma_and_a_known_name_open_the_sentence_of_a_pronouns_antecedent() -> None:
    # "Director of Public Prosecutions, Ken Macdonald QC, who sits on the SGC, said ... "...," he said":
    # the person set off by commas after the role phrase is the sentence's subject
    people = [Person("Lord Ashby"), Person("Colin Marsh")]
    body = (
        "   \n\nLord Ashby said the guidelines were clearer. \"Judges will welcome them,\" he said.\n\n"
        "Head of the kettle division, Colin Marsh QC, who joined in May, said the rules were simple. "
        '"They will cut costs," he said.\n\n'
        "In London, Colin Marsh, it seems, was unknown. Like his father, Lord Ashby, he was busy. "
        '"No comment," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes][:2] == ["Lord Ashby", "Colin Marsh"]


def test_en_passive_hearer_before_a_colon_is_not_the_speaker() -> None:
    # 'Wheelchair user Kevin Donnellon was asked: "..."': the subject hears the question
    people = [Person("Kevin Dell"), Person("Mary Olsen")]
    body = (
        "   \n\nThe judges were harsh. Kettle maker Kevin Dell was asked: \"Why on earth would anyone buy this?\" "
        'The audience laughed. Mary Olsen said: "It was cruel."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None, "Mary Olsen"]


def test_en_pronouns_the_body_gives_a_name_sex_it() -> None:
    # "Kelly" names men and women alike; "Vance said he would ..." says this one is a man, so the "she" after
    # "Vance held a rally ... while Lind hosted a dinner" is not his
    people = [Person("Mara Lind", aliases=["Lind"]), Person("Kelly Vance", aliases=["Vance"])]
    body = (
        "   \n\nMara Lind and Kelly Vance are running for mayor.\n\n"
        "Kelly Vance said he would cut the city's taxes.\n\n"
        "Vance held a rally on Saturday while Lind hosted a dinner, during which she thanked volunteers. "
        '"We did it together," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Mara Lind"]


def test_en_campaign_role_before_a_subject_names_a_pronouns_antecedent() -> None:
    # "Republican presidential nominee Donald Trump has ...": nominee, front-runner, hopeful head a role phrase
    people = [Person("Ada Quill", aliases=["Quill"]), Person("Tom Bexley", aliases=["Bexley"])]
    body = (
        '   \n\n"We will win the county," Tom Bexley said on Monday.\n\n'
        "Green Party front-runner Ada Quill answered him at a rally in the evening. "
        '"The county has heard enough promises," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Bexley", "Ada Quill"]


def test_en_sayer_ending_the_paragraph_before_a_quote_is_a_pronouns_antecedent() -> None:
    # "..., said Jeremy Flynn, head of X.\n\n"...," he said": the sayer closing the paragraph before the quote's
    people = [Person("Lars Odden", aliases=["Odden"]), Person("Piet Harrow", aliases=["Harrow"])]
    body = (
        "   \n\nLars Odden opened the trade fair on Monday.\n\n"
        "Sales of smart kettles have stalled this winter, said Piet Harrow, head of research at Kettle Watch.\n\n"
        '"Buyers want kettles that talk to each other," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Kettle Watch")]))
    assert [q.speaker for q in quotes] == ["Piet Harrow"]


def test_en_name_owning_a_role_before_the_subject_is_no_antecedent() -> None:
    # "Trump senior communications adviser Jason Miller said ...": the subject is the adviser, not Trump
    people = [Person("Vera Stone", aliases=["Stone"]), Person("Hal Brandt", aliases=["Brandt"])]
    body = (
        "   \n\nVera Stone toured three states on Tuesday.\n\n"
        "Stone campaign manager Hal Brandt welcomed the new poll numbers. "
        '"The voters are listening," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Hal Brandt"]


def test_en_person_named_in_full_only_in_the_headline_keeps_the_surname_in_the_body() -> None:
    # "Hillary Clinton Goes After ..." as the headline, then only "Clinton" in the body: still a known person
    people = [Person("Nina Castell", aliases=["Castell"]), Person("Omar Pike", aliases=["Pike"])]
    body = (
        "Nina Castell Goes After Omar Pike On Taxes\n\n"
        '"His plan is a gift to the rich," Pike\'s rival said in a statement, quoting a voter.\n\n'
        "On Monday night, Castell leaned in hard at the town hall, painting Pike as a tax dodger. "
        '"Why won\'t he release his tax returns?" she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert quotes[-1].speaker == "Nina Castell"


def test_en_subject_after_an_opening_during_clause_is_a_pronouns_antecedent() -> None:
    # "During an interview with X that aired Wednesday night, Donald Trump discussed ...": the subject after it
    people = [Person("Lena Marsh", aliases=["Marsh"]), Person("Ivo Krall", aliases=["Krall"])]
    body = (
        '   \n\n"The bridge is safe," Ivo Krall said on Monday.\n\n'
        "But after touring the flooded towns of the north for a week, Lena Marsh called for a new bridge. "
        '"We cannot wait another winter," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ivo Krall", "Lena Marsh"]


def test_en_headline_taken_for_a_name_gives_way_to_its_alias_in_the_body() -> None:
    # the people stage's "Nora Vale Slams Rivals" (from the headline) with the alias "Nora Vale"
    people = [Person("Nora Vale Slams Rivals", aliases=["Nora Vale", "Vale"]), Person("Otto Brix")]
    body = (
        "Nora Vale Slams Rivals Over Taxes\n\n"
        '"Taxes must fall," Otto Brix said on Monday.\n\n'
        "Green Party front-runner Nora Vale answered him on Tuesday. "
        '"Taxes will fall when spending falls," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Otto Brix", "Nora Vale"]


def test_en_bare_quote_after_a_sentence_telling_a_persons_words_or_stance() -> None:
    # a bare quote right after a sentence in which one named person tells something or takes a stance: '...,
    # said Mr Blair.' (a partial quote in it included), 'X criticised the system.', 'X, a former director,
    # insists ...' (also after an unnamed spokesman's quote), a paragraph ending 'X has accused both parties of
    # "..."'; a bare quote after a narrative sentence stays None
    people = [Person("Ned Dole"), Person("Omar Parr"), Person("Vera Lund"), Person("Hugo Bell"), Person("Ada Kite")]
    body = (
        '   \n\nMr Dole "should resign at once if the figures turn out to be wrong", said Mr Parr. '
        '"I am sure he knows it."\n\n'
        "Housing charity director Vera Lund criticised the new rules. "
        '"There is no logic to them."\n\n'
        '"We back the club," said a league spokesman on Monday. Hugo Bell, a former director of the league, '
        'insists the club was right. "They are sending a clear message."\n\n'
        'Former minister Sir Hugo Bell has also accused both parties of "a race to the bottom on housing '
        'for young families".\n\n"My concern is simple."\n\n'
        'Ms Kite visited the plant on Monday. "The machines are old."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Omar Parr", "Vera Lund", None, "Hugo Bell", "Hugo Bell", None]


def test_en_role_run_after_a_cue_does_not_cross_a_sentence_end() -> None:
    # '"...," said a Fifa spokesman. Hugo Bell, a former director, insists ...': the next sentence's subject is
    # not the role run's name
    people = [Person("Hugo Bell")]
    body = (
        '   \n\n"We back the club," said a league spokesman. Hugo Bell, a former director of the league, '
        "insists the club was right."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None]


def test_en_future_speech_cue_after_a_quote() -> None:
    # '"...," he will say.', '"...," the Tory leader will argue.': a speech the text announces is a cue
    people = [Person("Ralph Dunmore")]
    body = (
        "   \n\nRalph Dunmore will set out his plans on Monday. "
        '"We will cut taxes for families," he will say. "It is time to act," the party leader will argue.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ralph Dunmore", "Ralph Dunmore"]


def test_en_epithets_capitalised_titles_opening_phrases_and_office_holders() -> None:
    # 'Writing in the parish magazine, the Bishop said:' (a capitalised title after an opening participle
    # phrase), 'The prop said:'; not after a clause of its own ('When Ivo Brandt lost to Sam Leto, the
    # Australian said:'); 'On Friday, the Cardinal will ask ...' names the cardinal for the he after it, though
    # another person was named in between
    people = [Person("Tom Carne"), Person("Ivo Brandt"), Person("Sam Leto"), Person("Enzo Ruffo"), Person("Paul Hale")]
    body = (
        "   \n\nBishop Tom Carne spoke at the synod. "
        'Writing in the parish magazine, the Bishop said: "Hope is not lost."\n\n'
        'When Ivo Brandt lost to Sam Leto, the Australian said: "You are the best."\n\n'
        "Cardinal Enzo Ruffo spoke on Sunday. Dr Paul Hale spoke too. On Friday, the Cardinal will ask for calm. "
        '"Peace is possible," he will say.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Carne", None, "Enzo Ruffo"]


def test_en_bare_quote_after_a_framed_sentence_telling_a_persons_words() -> None:
    # 'Writing in the Guardian, Mr Brown outlined his view ...', 'The woman's lawyer, Dolores M Troiani, said
    # ...': a phrase and its comma, then a known person and a speech or stance verb, right before a bare quote
    people = [Person("Gordon Brook"), Person("Dana M Troy")]
    body = (
        "   \n\nWriting in a Sunday newspaper, Mr Brook outlined his view of the party's future. "
        '"We must govern for everyone."\n\n'
        "The injured woman's lawyer, Dana M Troy, said her client would sue. "
        '"It is the only avenue open to her."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Gordon Brook", "Dana M Troy"]


def test_en_office_description_opening_a_sentence_names_its_holder() -> None:
    # 'The mayor said he had ... . "..."' (a bare quote) and 'The home secretary said ... . He said: "..."':
    # the known person last written right after that office (two-word offices too)
    people = [Person("Karl Lindqvist"), Person("Carl Vance"), Person("Mike Hobb")]
    body = (
        "   \n\nMayor Karl Lindqvist met the assembly on Monday. "
        'The mayor said he had given examples of intrusion. "I did nothing wrong."\n\n'
        "Home Secretary Carl Vance replied to Mike Hobb. Mr Hobb had criticised the bill. "
        'But the home secretary said the critics were wrong. He said: "The law is fair."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Karl Lindqvist", "Carl Vance"]


def test_en_quote_after_a_colon_sentence_whose_cue_names_no_one_itself() -> None:
    # 'Scottish Finance Minister, Tom McCabe MSP, said: "..."', 'X, one of the so-called "Blair Babes" elected in
    # 1997, told researchers: "..."': the sentence ending in the colon tells of the person's speech
    people = [Person("Rob Tennant"), Person("Sue Pell")]
    body = (
        '   \n\nScottish Housing Minister, Rob Tennant MSP, said: "Last week I announced more money."\n\n'
        'Sue Pell, one of the so-called "Class of 97" elected that year, told researchers: "I remember the jeers."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rob Tennant", "Sue Pell"]


def test_en_name_then_title_case_role_of_an_employer_names_the_person() -> None:
    # 'Tim Crawford, Group Economist at Halifax, said: "..."': a role in title case with 'at/of/for' and an
    # organisation between commas after the name; the person speaks, not the organisation
    people = [Person("Nora Pike")]
    orgs = [Organization("Dunmore Bank")]
    body = (
        "   \n\nFigures from Dunmore Bank show prices rising. "
        'Nora Pike, Senior Analyst at Dunmore Bank, said: "Demand remains strong across the country."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [(q.speaker, q.role) for q in quotes] == [("Nora Pike", "Senior Analyst at Dunmore Bank")]


def test_en_he_after_a_reported_clause_is_not_that_clauses_subject() -> None:
    # 'Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution" to them.':
    # the named subject of the reported clause is what the sayer talks about, not the he of its inverted cue
    people = [Person("Dan Whitcombe"), Person("Ray Holden")]
    body = (
        "   \n\nRay Holden gave his annual speech on Monday. "
        '"Our towns deserve better," he said.\n\n'
        "Mr Whitcombe has ignored the rural vote, he claimed, saying he had the \"wrong plan\" for farmers.\n\n"
        '"We will put it right," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes if len(q.text) > 15] == ["Ray Holden", "Ray Holden"]
    reported = [q for q in extract_quotes(body, "en", people, []) if q.kind == "indirect"]
    assert [q.speaker for q in reported] == ["Ray Holden"]


def test_en_sayer_ending_a_reported_sentence_is_the_mention_not_its_subject() -> None:
    # 'Tony Blair has had the chance ... and has failed, Michael Howard has said. "...", the Conservative leader
    # said.': the named sayer ending the sentence is whom the next he/she stands for, not the clause's subject
    people = [Person("Dan Whitcombe"), Person("Ray Holden")]
    body = (
        "   \n\nDan Whitcombe has had years to fix the railways and has failed, Ray Holden has said.\n\n"
        'Mr Whitcombe\'s plan was "a waste of everyone\'s money," he added.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ray Holden"]


def test_en_name_inside_a_whose_clause_of_the_description_is_not_the_speaker() -> None:
    # 'The Oscar-nominated actor, whose films include ... Star Wars: The Phantom Menace, said: "..."': a work's
    # title in the who/whose clause describing the subject is not the subject; the description points back
    people = [Person("Owen Marsh"), Person("Silver Harbour")]
    body = (
        "   \n\nOwen Marsh visited the theatre on Monday. Mr Marsh said it needed repairs.\n\n"
        "The award-winning actor, whose films include Dark Tides and Moon Quest: The Silver Harbour, said: "
        '"The theatre gave me my start."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Owen Marsh"]


def test_en_nationality_description_of_someone_else_is_unnamed() -> None:
    # 'Conchita Martinez won ... over Anna-Lena Groenefeld. The 32-year-old Spaniard came through ... "...," said
    # the German.': the known person the text describes as Spanish is not the German; the German goes unnamed
    people = [Person("Lucia Ferrer")]
    body = (
        "   \n\nLucia Ferrer won the final over Marta-Lena Kloss on Sunday.\n\n"
        'The 29-year-old Spaniard came through in three sets. "It feels great," said Ferrer. '
        'Kloss hit harder but made errors. "It was a new experience for me," said the German.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Lucia Ferrer", None]


def test_en_nationality_description_agreeing_with_the_last_speaker_points_back() -> None:
    # '"...," the Dutchman said.' with no other nationality given to the person: the description points back
    people = [Person("Karel Visser")]
    body = '   \n\nCoach Karel Visser praised his players.\n\n"It was a professional display," the Dutchman said.'
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Karel Visser"]


def test_en_acronym_speaks_for_the_organisation_the_text_spells_out() -> None:
    # 'the World Tourism Organisation figures ... "...," the WTO said.': the acronym is the body's own
    # organisation, not the gazetteer's World Trade Organization the text never writes
    orgs = [Organization("International Sailing Federation", aliases=["ISF"])]
    body = (
        "   \n\nResorts are busy again, with International Ski Federation figures showing more visitors.\n\n"
        '"Bookings are up by a third," the ISF said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], orgs))
    assert [q.speaker for q in quotes] == ["International Ski Federation"]
    written = '   \n\nThe International Sailing Federation met on Monday.\n\n"Bookings are up," the ISF said.'
    quotes = direct_quotes(extract_quotes(written, "en", [], orgs))
    assert [q.speaker for q in quotes] == ["International Sailing Federation"]


def test_en_he_after_a_sentence_of_an_owners_unnamed_spokesman_is_unnamed() -> None:
    # 'Lord Butler said ... The prime minister's official spokesman said the Cabinet was still used ... But he
    # added: "..."': the he is the unnamed spokesman, not the person named before
    people = [Person("Roger Dalton")]
    body = (
        "   \n\nRoger Dalton said the minister ignored the board. The minister's official spokesman said the board"
        ' was still consulted. But he added: "You cannot ask the board about every decision."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None]


def test_en_bare_quote_after_a_quote_of_someone_else_does_not_jump_back() -> None:
    # '"...," Tevfik Aksoy ... told AP. "..." However, some are unhappy. "...," shop owner Hayriye Evren, told AP.
    # "..."': the bare quote goes on with the one credited right before it, not the speaker before them
    people = [Person("Karl Wendt")]
    body = (
        "   \n\nThe new coin was welcomed.\n\n"
        '"It is like real money now," Karl Wendt, an economist at Ostbank, told reporters. '
        'Some are unhappy. "My savings look smaller," baker Ilse Marr, told reporters. "People will feel poorer."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    speakers = [q.speaker for q in quotes]
    assert (speakers[0], speakers[2]) == ("Karl Wendt", None)
    # '"...," said the spokesman. "..."': a definite description points back to the one named before, so the
    # bare quote may still take that speaker
    body2 = (
        "   \n\nA spokesman for Ostbank said the coin was safe. "
        '"We have no concerns," said the spokesman. "Customers can relax."'
    )
    orgs = [Organization("Ostbank")]
    spoken = [q.speaker for q in direct_quotes(extract_quotes(body2, "en", [], orgs))]
    assert spoken[1] == "Ostbank"


def test_en_colon_cue_after_a_quote_not_closed_by_a_comma_introduces_the_next_quote() -> None:
    # '"...there?'" LTA chief executive, John Crowther, added: "...': a clause after a quote that ends in a
    # question (not a comma) whose cue ends in a colon belongs to the next quote, not this one
    people = [Person("Nora Bell"), Person("Alan Price")]
    body = (
        "   \n\nThe club signed a new coach. "
        '"The team is ready," said Nora Bell. "The fans will ask: \'Where were you?\'" '
        'Club chairman, Alan Price, added: "We are delighted with the deal."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes][-2:] == ["Nora Bell", "Alan Price"]
    assert quotes[1].speaker != "Alan Price"


def test_en_new_sentence_with_a_coordinated_speech_verb_is_no_cue() -> None:
    # '"...study." Mr Wallace agreed and said the figures ...': after a quote that ended its sentence, a subject,
    # a verb and a second speech verb with its own report is a new sentence, not the quote's attribution
    people = [Person("Mary Stone"), Person("Jim Croft")]
    body = (
        "   \n\nMary Stone, the director, spoke on the radio. "
        'She told listeners: "Students like the courses here." '
        "Mr Croft agreed and said the numbers were small."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Mary Stone"]


def test_en_post_nominal_between_name_and_apposition_is_not_part_of_the_name() -> None:
    # 'Paul Boateng MP, Labour's Chief Secretary to the Treasury, said: "..."': the post-nominal does not hide
    # the name, so the organisation in the apposition does not speak instead
    people = [Person("Helen Marsh")]
    orgs = [Organization("Treasury")]
    body = (
        "   \n\nThe plan was criticised. "
        'Helen Marsh MP, Labour\'s Chief Secretary to the Treasury, said: "These sums do not add up."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Helen Marsh"]
    body2 = '   \n\nThe plan was criticised. The Tory finance spokesman, Owen Pryce MSP, said: "It is a poor plan."'
    quotes2 = direct_quotes(extract_quotes(body2, "en", [Person("Owen Pryce")], []))
    assert [q.speaker for q in quotes2] == ["Owen Pryce"]


def test_en_lone_word_owning_a_company_post_is_no_person() -> None:
    # 'said Telewest chief executive Eric Tveter', 'Fiat boss': a lone capitalised word the article writes as
    # the owner of a company post, and never after an honorific, is a company, not a person (people._en_org_owners)
    from generator.entities import extract_entities

    body = (
        "   \n\nThe deal was agreed on Monday. "
        '"It is a big step for us," said Brindlecast chief executive Omar Field. '
        "Brindlecast said the service would reach every region."
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert "Omar Field" in names
    assert "Brindlecast" not in names


def test_en_spokesperson_of_a_named_body_is_left_unnamed() -> None:
    # 'The Bat spokeswoman said: "..."': a spokesperson whose capitalised modifier names a body the article does
    # not otherwise know is someone left unnamed, not a description of the person named before
    people = [Person("Lin Wei")]
    body = (
        "   \n\nOfficials will ban new factories, Lin Wei said on Monday. "
        "Korvex has declined to comment. "
        'The Korvex spokeswoman said: "There is nothing for us to add."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None]


def test_en_subject_after_with_opener_is_the_pronoun_antecedent() -> None:
    # 'With both services on offer from Telewest, Mr Tveter is confident ...' then '"...," he said': the subject
    # after a 'With ...,' opening phrase is the he/she antecedent, not the person named inside the phrase
    people = [Person("Dora Pell"), Person("Marek Olsen")]
    body = (
        "   \n\nThe firm hired Dora Pell last year to run its shops. "
        "With the new plan backed by Dora Pell, Mr Olsen is sure sales will rise.\n\n"
        '"We have the best range in the country," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Marek Olsen"]


def test_en_unnamed_subject_of_a_colon_clause_keeps_the_quote_unnamed() -> None:
    # 'An All England club spokesperson denied Phillips made the remark, insisting: "..."': an unnamed sayer opening
    # the sentence whose colon introduces a bare quote speaks it, whatever the verb; not the person named before
    people = [Person("Petra Lund"), Person("Oskar Vane")]
    body = (
        "   \n\nThe row began on Friday. "
        '"It was a cheap remark," Petra Lund said of Oskar Vane. '
        'A club spokesperson denied Mr Vane made the remark, insisting: "He never said it."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Petra Lund", None]


def test_en_document_colon_after_a_person_keeps_the_quote_unnamed() -> None:
    # '"...," said Mark Croucher. ... The document reportedly said: "..."': a document opening the sentence whose
    # colon introduces a bare quote is not the words of the person who spoke last
    people = [Person("Ivo Marsh")]
    body = (
        "   \n\nThe party has dropped its candidate. "
        '"Nobody who chose him had read it," said Ivo Marsh. '
        'The document reportedly said: "We want a new empire."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ivo Marsh", None]


def test_en_owned_post_then_apposed_name_is_the_subject() -> None:
    # 'The United Nations' emergency relief coordinator, Jan Egeland, said that "...': a post marked by its owner's
    # possessive, whatever its noun, then a known name set off by commas: the name is the subject, not the owner
    people = [Person("Mara Tull")]
    body = (
        "   \n\nAid agencies met in Geneva on Monday. "
        "The Northern Relief Services' flood coordinator, Mara Tull, said that \"this is the worst flood in "
        'a century."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Mara Tull"]


def test_en_parenthetical_sayer_is_the_pronoun_antecedent() -> None:
    # 'Also, said Mr Flynn, Vodafone has cut off ten sellers. "...," he said.': a verb-first cue and its sayer set
    # off by commas after a sentence's short opening phrase name the one the next he/she stands for
    people = [Person("Jonah Reeve"), Person("Colin Prest")]
    body = (
        "   \n\nThe new rules came in on Monday, said Jonah Reeve, who runs the regulator. "
        "Colin Prest, of the traders' group, said the rules were fair. "
        '"The rules must apply to everyone," he said. '
        "The rules came into force in January. Some firms have been told to change their websites, said Mr Reeve. "
        "Also, said Mr Reeve, Vodafone has briefly cut off ten sellers. "
        '"Our contracts are strict," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Colin Prest", "Jonah Reeve"]


def test_en_colon_clause_teller_goes_before_the_last_speaker() -> None:
    # 'Mr Finegold replies: "..." The mayor then says: "..."': the clause a colon ends introduces the bare quote
    # after it; its teller (here the holder of the office the description names) speaks, not the last speaker
    people = [Person("Ada Brisk"), Person("Tom Weller")]
    body = (
        "   \n\nCity mayor Ada Brisk was taped at a party. "
        'On the tape, reporter Tom Weller replies: "No, I was only doing my job." '
        'The mayor then says: "Well, you are just doing it because you are paid to."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Weller", "Ada Brisk"]


def test_en_generic_plural_colon_clause_keeps_the_quote_unnamed() -> None:
    # 'Users will also be able to ... by asking: "What is this?"': a plural of anyone at all opening the sentence
    # whose colon introduces a bare quote: no one in particular speaks, not the person quoted before
    people = [Person("Rhea Dorn")]
    body = (
        "   \n\nThe radio can be run by voice. "
        '"Speech is a natural fit for small devices," said Rhea Dorn, who leads the project. '
        'Users will also be able to find the name of a song by asking: "What is this?"'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rhea Dorn", None]


def test_en_medium_quoting_someone_as_saying_credits_the_one_quoted() -> None:
    # '"...," the newspaper quoted Qantas chief executive Geoff Dixon as saying.': the one quoted speaks, not the
    # medium; someone the text leaves unnamed ('Reuters quoted a bank official as saying') stays unnamed
    people = [Person("Rina Castell"), Person("Tom Abbot")]
    body = (
        "   \n\nTom Abbot said the airline would cut costs. "
        '"We will have to buy more parts abroad," the Daily Courier quoted airline chief Rina Castell as saying. '
        "The unions were angry. "
        '"It is a matter of pride," Reuters quoted a union official as saying.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rina Castell", None]


def test_en_joined_posts_before_a_known_name_after_the_cue() -> None:
    # 'said chairman and chief executive officer Bill Ford.': 'and' joining a role word to the rest of one
    # person's posts keeps the run a role; 'and' opening a second noun phrase ('the minister and his deputy
    # Tom Abbot') still gives nobody
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nThe firm made a profit. "
        '"We did well this year," said chairman and chief executive officer Olaf Brandt. '
        "Shares fell. "
        '"We will cut jobs," said the minister and his deputy Tom Abbot.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Olaf Brandt", None]


def test_en_title_before_an_apposed_name_is_no_part_of_it() -> None:
    # 'said the committee chairman, MP Edward Leigh.', '"...," hunt spokesman, Captain Ian Farquhar, said.': a title
    # or rank between the role and the known name is dropped before the name is read
    people = [Person("Hester Quayle"), Person("Olaf Brandt")]
    body = (
        "   \n\nThe audit committee met on Monday. "
        '"We want the figures," said the committee chairman, MP Hester Quayle. '
        "The club disagreed. "
        '"We will not go away," the club spokesman, Captain Olaf Brandt, said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Hester Quayle", "Olaf Brandt"]


def test_en_adverb_between_subject_and_cue_after_a_closed_quote() -> None:
    # '"... years... " Hailey later recalled.': after a quote that ended its sentence, a subject, an adverb or
    # auxiliary and a cue ending the clause credit the subject; a clause that reports more ('"..." Abbot had said
    # before the game he would ...') is a new sentence and names nobody
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nOlaf Brandt began to write in his thirties. Tom Abbot was his editor.\n\n"
        '"I sat on the plane and thought of a story. " Brandt later recalled. Critics were kind.\n\n'
        '"We will stay here for good." Abbot had said before the game he would leave.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Olaf Brandt", None]


def test_en_long_dash_apposition_after_the_name_in_the_tag() -> None:
    # '"...," Andrei Illarionov - then economic adviser to President Vladimir Putin - told a press conference.': an
    # apposition set off by dashes may run longer than a plain subject, as one set off by commas may
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nThe sale of the mill went ahead on Friday. "
        '"We used to see this kind of thing on the street," Olaf Brandt - then the chief financial adviser to '
        "President Tom Abbot and his cabinet - told a press conference."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Olaf Brandt"]


def test_en_sentence_tail_after_the_mark_then_verb_first_credit() -> None:
    # '"...to be the case" in 2005, said Kurt Karl, economist at Swiss Re.': the quote's sentence runs on in lower
    # case after the mark, then a verb-first credit names the speaker; a capitalised subject before the comma
    # ('" shop owner Tom Abbot, told Associated Press.') is not read that way
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nJobs data came out on Friday. "
        '"It just keeps getting stronger and I expect that to be the case" in 2006, said Olaf Brandt, economist at '
        "Mill Bank in London. Prices rose.\n\n"
        '"If a person has savings they will lose" shop owner Tom Abbot, told Associated Press.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert quotes[0].speaker == "Olaf Brandt"
    assert "Associated Press" not in [q.speaker for q in quotes]


def test_en_known_persons_statement_speaks_for_its_author() -> None:
    # '"...," Mr Tanzi's statement said.', 'Mr Crosby's statement said: "..." It added: "...": a known person's
    # statement speaks for that person ('it' is the statement); a spokesman of theirs is someone else
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nThe mill owner Olaf Brandt has apologised to his staff. "
        '"I am sorry for what happened at the mill," Mr Brandt\'s statement said.\n\n'
        "Tom Abbot was sacked. Mr Abbot's statement said: \"I did nothing wrong.\" It added: \"I will appeal.\"\n\n"
        "Mr Abbot's spokesman said: \"He is ill.\""
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Olaf Brandt", "Tom Abbot", "Tom Abbot", None]


def test_en_implored_is_a_speech_cue() -> None:
    # '"Don't you care about the Inuit?", implored guitar-toting campaigner Barry Lim.': 'implored' credits its
    # subject as 'pleaded' does
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nTom Abbot answered questions from the audience. "
        '"Don\'t you care about the whales?", implored bearded environmental campaigner Olaf Brandt.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Olaf Brandt"]


def test_en_owned_role_then_apposed_name_before_the_cue() -> None:
    # 'Cosby's lawyer, Walter M Phillips Jr, said the comedian was pleased.', 'His mother, Giselle, said ...': a
    # role noun that stands with its owner (lawyer, mother, deputy ...) and a known name set off by commas: the
    # name speaks, and a 'he said' after it is theirs
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nOlaf Brandt was cleared on Monday. "
        "Mr Brandt's lawyer, Tom Abbot, said the singer was pleased with the decision. "
        '"He looks forward to moving on with his life," he said.'
    )
    found = extract_quotes(body, "en", people, [])
    assert [q.speaker for q in found] == ["Tom Abbot", "Tom Abbot"]


def test_en_statement_then_subject_with_its_own_commas() -> None:
    # 'The woman waited two years to sue, her lawyer, Perry Wander, said.', 'BT is moving to ..., Andrew Burke,
    # chief of BT's new unit told the IPTV World Forum.': the speaker phrase after the statement holds commas of
    # its own; '..., his family said' does not reach back to a name inside the statement
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nThe woman waited two years to sue the firm, her lawyer, Olaf Brandt, said. "
        "The mill is moving to a new market, Tom Abbot, chief of the mill's new unit told the Mill Gazette.\n\n"
        "The former manager of the band, Tom Abbot, has died at the age of 79, his family said."
    )
    found = [q for q in extract_quotes(body, "en", people, []) if q.kind == "indirect"]
    assert [(q.text[:9], q.speaker) for q in found] == [("The woman", "Olaf Brandt"), ("The mill ", "Tom Abbot")]


def test_en_epithet_names_the_holder_of_an_office_of_a_place() -> None:
    # 'The Bishop of Durham, the Rt Rev Dr Tom Wright, described ...' then 'Writing his Christmas message in the
    # Northern Echo, the Bishop said: "': the office of a place, a comma and up to three titles before the name
    # make that person the office's holder
    people = [Person("Olaf Brandt"), Person("Tom Abbot")]
    body = (
        "   \n\nThe Bishop of Riverton, the Rt Rev Dr Olaf Brandt, described the novel as a thriller. "
        "Tom Abbot, its author, disagreed.\n\n"
        'Writing in the Riverton Echo, the Bishop said: "The history in it is laughable."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Olaf Brandt"]


def test_en_long_in_an_interview_opener_is_no_subject() -> None:
    # 'In an interview published in the Radio Times in January, Victoria Wood slated comedian Sacha Baron Cohen
    # ...' then '"...," she said': however long, the 'In an interview ...,' phrase is an opener; the subject after
    # its comma is the she/he antecedent
    people = [Person("Dora Pell"), Person("Marek Olsen")]
    body = (
        "   \n\nMarek Olsen is the latest star to complain. "
        "In an interview published in the Weekly Listener magazine in January, Dora Pell slated comedian Marek "
        "Olsen for his jokes.\n\n"
        '"It is a shame people cannot just write a script," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Dora Pell"]


def test_en_pronoun_active_verb_and_colon_introduce_the_quote() -> None:
    # 'He also praised the film director: "...': he/she opening the sentence, an active verb and a short object
    # before the colon introduce his or her words, as a named subject does; 'He was asked: "' does not
    people = [Person("Marek Olsen")]
    body = (
        "   \n\nMarek Olsen won the award on Saturday. \"Thank you all,\" said Olsen.\n\n"
        'He also praised his mother: "You are my hero."\n\n'
        'He was asked: "Will you stay?"'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Marek Olsen", "Marek Olsen", None]


def test_en_conjunction_then_verb_after_quote_is_no_tag() -> None:
    # 'he said "economic migrants are of great value", but stressed that ...': a verb after the quote with only a
    # conjunction before it is the subject's second verb, not a tag naming nobody; the cue before the quote speaks
    people = [Person("Marek Olsen")]
    body = (
        "   \n\nHome Secretary Marek Olsen spoke on Sunday. "
        'Speaking on the radio, he said "migrants are of great value to this country", but stressed that '
        "proper policing was needed."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Marek Olsen"]


def test_en_reporting_hedge_between_subject_and_cue() -> None:
    # 'In Mr Peston's book Mr Brown is alleged to have told the prime minister: "': a reporting hedge ('is alleged
    # to have', 'was reported to have') between the subject and the cue is dropped before the subject is read
    people = [Person("Marek Olsen"), Person("Dora Pell")]
    body = (
        "   \n\nDora Pell has written a book about the government. "
        'In Ms Pell\'s book Mr Olsen is alleged to have told the prime minister: "I could never believe you."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Marek Olsen"]


def test_en_possessive_owner_role_comma_name_is_the_subject() -> None:
    # 'Ms Jowell's deputy, Richard Caborn, said ... "...," he said.': the possessive owner opening the sentence is
    # not its subject; the known person the role is set off with is, and the he/she after stands for them
    people = [Person("Nora Lund"), Person("Mark Hale"), Person("Victor Ames")]
    body = (
        "   \n\nHousing secretary Nora Lund has cut the number of new towers. "
        'But Conservative spokesman Mark Hale said it was "a climbdown". '
        "Ms Lund's deputy, Victor Ames, said the plan had been changed after talks. "
        '"This is a careful step," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Victor Ames"]


def test_en_clause_opener_holding_a_list_gives_the_later_subject() -> None:
    # 'And while it has yet to match the festivals of Rome, Oslo and Lima, Mr Prater is sure ... "...," he
    # concedes': the opener's list has commas; the known person after a later comma is the sentence's subject
    people = [Person("Owen Prater"), Person("Ben Quill")]
    body = (
        "   \n\nFestival director Owen Prater has run the event for three years. "
        "It opened with a film by Ben Quill. "
        '"I am glad to be here," Ben Quill said. '
        "And while it has yet to match the festivals of Rome, Oslo and Lima, Mr Prater is sure it soon will. "
        '"It has grown very fast," he concedes.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ben Quill", "Owen Prater"]


def test_en_unnamed_sayer_after_opening_phrase_leaves_he_unnamed() -> None:
    # 'In a live broadcast announcing the tax, President Vale's chief aide said ... "...," he said': an unnamed sayer
    # after a sentence's opening phrase is the one the he/she stands for, not the man named before
    people = [Person("Tomas Vale"), Person("Rui Bento")]
    body = (
        "   \n\nPresident Tomas Vale has banned cash deals in dollars. "
        '"It is a step back," said economist Rui Bento. '
        "In a live broadcast announcing the tax, President Vale's chief aide said it was needed. "
        '"The tax applies only to the dollar," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rui Bento", None]


def test_en_institution_colon_is_not_the_last_speaker() -> None:
    # '"...," said Hugh Lanning. ... The Welsh Assembly Government said: "..."': an institution's name and a speech
    # verb before the colon: the institution speaks (unnamed here), not the person who spoke last
    people = [Person("Kay Lanner")]
    body = (
        "   \n\nStaff walked out on Monday. "
        '"We want them to talk to us," said union leader Kay Lanner. '
        '"No further action is planned." The Northern Regional Government said: "This is about national issues."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Kay Lanner", "Kay Lanner", None]


def test_en_name_with_particle_opens_the_sentence() -> None:
    # 'Aviation analyst Nick Van den Brul of BNP Paribas described ... "...," he said': a known full name holding a
    # lower-case particle is the sentence's subject, and the he after it stands for them
    people = [Person("Paul Brough"), Person("Jan van der Mark")]
    body = (
        "   \n\nThe airline raised its forecast. "
        '"The outlook is better," chairman Paul Brough said. '
        'Aviation analyst Jan van der Mark of City Bank described the results as "modest". '
        '"Costs are still very high," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Paul Brough", "Jan van der Mark"]


def test_en_pronoun_opening_colon_clause_speaks_not_a_later_name() -> None:
    # 'He had told BBC Radio Wales: "..."', 'He apologised for not being in London, joking: "..."': the he/she
    # opening the clause a colon ends is the speaker, not a capitalised name later in the clause
    people = [Person("Owen Rees")]
    body = (
        "   \n\nThe hospital has stopped treating patients from the county. "
        'Owen Rees, head of the county board, said it was "unacceptable". '
        'He had told BBC Radio Cymru: "I have written straight back to the trust." '
        'He apologised for not being in Cardiff, joking: "I am stuck in traffic in London."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Owen Rees", "Owen Rees"]


def test_en_pronoun_colon_clause_about_the_last_speaker_is_someone_else() -> None:
    # 'He said Mr Blair had spoken with "such sincerity", adding: "..."': the he telling the quote talks about the
    # last speaker, so the quote is not the last speaker's; the text does not name its teller here
    people = [Person("Tom Blake")]
    body = (
        "   \n\nTom Blake has apologised to the families. "
        'Mr Blake said: "I am very sorry." '
        "However, one of the men freed in 1989 said the families were delighted. "
        'He said Mr Blake had spoken with "real warmth", adding: "He went further than we thought he would."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Blake", None]


def test_en_ranking_lead_names_the_subject() -> None:
    # 'British number one Tim Henman, who ..., believes Britain can win. "...," he said': a player's ranking before
    # the name is a role lead like 'US coach'; the name after it is the subject the he stands for
    people = [Person("Andy Moor"), Person("Tim Hale")]
    body = (
        "   \n\nAndy Moor will make his debut in the doubles on Saturday. "
        "Moor is the brightest young hope in the sport. "
        "British number one Tim Hale, who retired from the team this year, believes Britain can win. "
        '"It is going to be a really tough match," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tim Hale"]


def test_en_according_to_source_is_no_he_antecedent() -> None:
    # 'According to PC Pro, a print costs ... "...," he said': a source credited only by 'according to' and known as
    # no person is not whom a later he/she stands for; the person named before is
    people = [Person("Nick Rowe")]
    body = (
        "   \n\nPrinting photos at home is now cheaper, a test has found. "
        '"Home printing is worth it," said Nick Rowe, chief tester at the magazine Snap Weekly. '
        "According to Snap Weekly, printing a large photo at home costs less than two pounds. "
        '"We are sure that it is now better to print at home," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Nick Rowe", "Nick Rowe"]


def test_en_closing_sayer_with_observed_is_the_he_antecedent() -> None:
    # 'Real losses have been suffered, observed Jack Boorman, adviser to ... "...," he said': a verb-first closing
    # sayer with any speech verb (observed, points out, notes ...) names the one the next he/she stands for
    people = [Person("Nestor Kane"), Person("Jack Boone")]
    body = (
        "   \n\nPresident Nestor Kane's government is still trying to reach a deal with its lenders. "
        '"We will pay what we can," Mr Kane said. '
        "Real losses have been suffered and somebody has to pay, observed Jack Boone, adviser to the fund. "
        '"Everyone needs to keep the cost in mind," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Nestor Kane", "Jack Boone"]


def test_en_organisation_description_points_to_the_one_organisation_written_before() -> None:
    # '"...," the organisation said in a statement' after 'press group Writers At Risk' and 'A spokesman for
    # Writers At Risk': the one organisation written before, which no other rule had introduced
    body = (
        "   \n\nA poet has been jailed in Norland. The sentence was criticised by press group Writers At Risk. "
        "A spokesman for Writers At Risk called for his release. "
        '"The court wants to silence him," the organisation said in a statement.\n\n'
        '"This sentence must be overturned."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Writers At Risk", "Writers At Risk"]


def test_en_organisation_description_with_two_candidates_stays_unnamed() -> None:
    # two clubs written before 'the club said': either may be meant
    body = (
        "   \n\nThe takeover of Dalton Rovers is in doubt. Rival club Hexham Town has made an offer too, and "
        "shares in Dalton Rovers rose on Monday after Dalton Rovers confirmed talks. "
        '"Any offer will be considered," the club said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == [None]


def test_en_statement_of_an_organisation_is_its_words() -> None:
    # 'said an FFA statement', 'An FFA statement said:', 'said an agency statement' (the agency written before)
    body = (
        "   \n\nThe Federal Football Association (FFA) has fined the club. "
        '"The referee acted correctly," said an FFA statement.\n\n'
        'An FFA statement said: "The fine will be paid within a month."\n\n'
        "The International Weather Agency says its computers are old. "
        '"Replacing the hardware will take years," said an agency statement.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes][:2] in (["FFA", "FFA"], ["Federal Football Association"] * 2)
    assert quotes[2].speaker == "International Weather Agency"


def test_en_knight_called_by_title_and_given_name_is_the_known_person() -> None:
    # 'Sir Rowan said' after 'Sir Rowan Ashdale': a knight is called by the title and the given name
    people = [Person("Rowan Ashdale"), Person("Tessa Brill")]
    body = (
        "   \n\nComposer Sir Rowan Ashdale will play a concert in Leeds with singer Tessa Brill. "
        'Sir Rowan said: "It is the best hall in the country."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rowan Ashdale"]
    # a given name two known people share names neither
    people = [Person("Rowan Ashdale"), Person("Rowan Pike")]
    body = body.replace("singer Tessa Brill", "singer Rowan Pike")
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] != ["Rowan Ashdale"] and [q.speaker for q in quotes] != ["Rowan Pike"]


def test_en_continuation_after_the_source_stays_unnamed() -> None:
    # '"...," the source told the paper. "..."': a source is unnamed by definition, so the bare quote after it is
    # the source's, not the speaker named before
    people = [Person("Mara Quell")]
    body = (
        '   \n\n"We are ready for the campaign," Mara Quell told reporters. Party aides told the paper he would '
        'be "let loose" on his rivals. "We will remind people of the old days," the source told the paper. '
        '"It is our turn now."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes][-2:] == [None, None]


def test_en_name_then_title_case_role_of_a_centre_at_a_university() -> None:
    # 'Name, Director of the X Centre at Y University, said:': the person speaks, not the university
    people = [Person("Morna Veitch")]
    body = (
        "   \n\nCouncils face cuts. Morna Veitch, Director of the Northern Public Finance Centre at Kelso "
        'University, said: "The burdens on councils are greater than they were."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Morna Veitch"]


def test_en_conjoined_cue_after_a_partial_quote_credits_a_name_ending_in_and() -> None:
    # 'spokeswoman Ann Holland-Marland conceded there were "grey areas" but said "...": the subject of the
    # sentence's first cue speaks; 'Marland' ends in 'and' but is no conjunction
    people = [Person("Ann Holland-Marland")]
    body = (
        '   \n\nThe rules are unclear. Commission spokeswoman Ann Holland-Marland conceded there were "grey areas" '
        'but said "these are smaller than the airlines claim". Talks go on.'
    )
    quotes = [q for q in extract_quotes(body, "en", people, []) if q.text.startswith("these")]
    assert [q.speaker for q in quotes] == ["Ann Holland-Marland"]


def test_en_ex_member_of_a_side_is_a_description_of_the_person() -> None:
    # 'And the ex-Kiwi added: "..."': a former member of a national side, written ex- and a capitalised noun, is a
    # description of the person named before, as 'the former captain' is
    people = [Person("Dean Marlowe")]
    body = (
        "   \n\nFormer New Zealand wing Dean Marlowe has backed Wales to win the title. "
        '"They play the best rugby," Marlowe said.\n\n'
        'And the ex-Kiwi added: "England will struggle."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Dean Marlowe", "Dean Marlowe"]


def test_en_subject_with_age_and_role_apposition_is_the_pronoun_antecedent() -> None:
    # 'Hazel Gilbert, 23, an information manager from Newcastle, gave up ...' then '"...," she said': the
    # sentence's subject, set off with an age and a role, is whom the she stands for, not the teacher before
    people = [Person("Edna Trowe"), Person("Lucy Harlow")]
    body = (
        "   \n\nDance teacher Edna Trowe said fewer children now stay. "
        '"They have other hobbies," she said.\n\n'
        "Lucy Harlow, 23, an engineer from Leeds, gave up ballet at 10 and is typical of the problem. "
        '"It was not a cool thing to do at big school," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Edna Trowe", "Lucy Harlow"]


def test_en_statement_read_is_the_issuing_organisation() -> None:
    # '"...," a BBC statement read.' and '"...," read a statement from the firm.': 'read' cues a statement's words
    body = (
        "   \n\nComplaints about the show were upheld by the broadcaster. "
        '"The performer ignored the request," a BBC statement read. "His gestures went too far."\n\n'
        'In another case the ITV response was short. "We regret the error," read an ITV statement.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["BBC", "BBC", "ITV"]


def test_en_two_word_demonym_is_a_description_not_a_name() -> None:
    # '"...," said the New Zealander.': a nationality description (New Zealander), not a person named 'Zealander'
    people = [Person("Rhys Tane")]
    body = (
        "   \n\nDirector Rhys Tane has said the sequel is years away. "
        '"It will be a lot of lawyers in a room first," said the New Zealander.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] != ["Zealander"]
    assert all(q.speaker in (None, "Rhys Tane") for q in quotes)


def test_en_role_owner_with_of_the_before_a_name_opens_a_mention() -> None:
    # 'Lord of the Rings director Peter Jackson has said ...': an owner written with of/the, a role, then a known
    # person is the sentence's subject mention, which a later description ('said the New Zealander') points to
    people = [Person("Rhys Tane")]
    body = (
        "   \n\nHouse of the Dragon director Rhys Tane has said the sequel is years away. "
        '"It will be a lot of lawyers in a room first," said the New Zealander.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rhys Tane"]


def test_en_ranking_before_a_name_opens_a_mention() -> None:
    # 'British number one Tim Henman, who ..., believes ...' then '"...," he said': a ranking is a role phrase
    people = [Person("Tom Hale"), Person("Andy Marr")]
    body = (
        "   \n\nAndy Marr will play in the doubles on Saturday. "
        "British number one Tom Hale, who retired from the team this year, believes Britain can win. "
        '"I fancy our chances," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Hale"]


def test_en_office_before_a_peer_is_not_part_of_the_name() -> None:
    # 'the Lord Chancellor Lord Varley said': the office, then the peer's own name; the fullest form of 'Varley'
    # the body writes starts at the peer's title
    people = [Person("Varley")]
    body = (
        "   \n\nA senior judge has died. Paying tribute, the Lord Chancellor Lord Varley said he was "
        '"a great advocate". "His legacy is substantial," he added.'
    )
    speakers = [q.speaker for q in extract_quotes(body, "en", people, [])]
    assert "Lord Chancellor Lord Varley" not in speakers and speakers[0] in ("Varley", "Lord Varley")


def test_en_company_description_ignores_a_firm_written_once_in_passing() -> None:
    # '"...," the company said' after 'the Acme chain' and 'research firm Gartner' (written once, for its analysts):
    # Gartner is no more likely the company meant than Acme, so no one is named
    body = (
        "   \n\nOn Monday the Acme chain reported higher profits. Analysts at research firm "
        'Gartner expect growth to continue. "Demand was strong in every region," the company said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == [None]


def test_en_statement_named_by_its_kind_has_no_issuer() -> None:
    # '"...," the Budget statement said.': 'Budget' names the kind of statement, no organisation issuing it
    body = (
        "   \n\nThe chancellor spoke in the Commons. "
        '"Growth will be strong next year," the Budget statement said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] != ["Budget"]


def test_en_knight_given_name_shared_by_two_knights_is_not_resolved() -> None:
    # 'Sir Bobby Robson and Sir Bobby Charlton': 'Sir Bobby' may be either, even when only one is a known person
    body = (
        "   \n\nSir Bobby Rowley and Sir Bobby Chalk attended the dinner. "
        'Sir Bobby said: "It was a great night."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [Person("Bobby Rowley")], []))
    assert [q.speaker for q in quotes] != ["Bobby Rowley"]


def test_en_name_in_an_opening_place_phrase_is_no_subject() -> None:
    # 'In Serbia, for example, church leaders said ...': a subject never opens with 'In'; the place named in the
    # opening phrase does not speak
    from generator.entities import extract_entities

    body = (
        "Voting ink is used in many countries.\n\n"
        "In Moldavia, for example, both Catholic and Orthodox leaders told their flocks that the ink was harmless. "
        "Other rumours spread quickly."
    )
    ents = extract_entities(body, "en")
    quotes = extract_quotes(body, "en", ents.people, ents.organizations)
    assert not any(q.speaker == "Moldavia" for q in quotes)


def test_en_capitalised_cue_word_inside_a_sentence_is_a_title_word() -> None:
    # 'A BBC News Special: Asia Remembered, including ...': 'Remembered' written with a capital after a word is
    # part of a title, not a speech verb
    body = (
        "Aid began to arrive on Monday.\n\n"
        "A television special, Harbour Recalled, including a minute of silence, will be shown on Sunday evening."
    )
    quotes = extract_quotes(body, "en", [], [])
    assert not any(q.kind == "indirect" for q in quotes)


def test_en_more_speech_verbs_credit_a_quote() -> None:
    # 'concludes', 'remembered', 'questioned', 'repeated', 'proclaimed', 'assured' (with its hearer) are cues
    people = [Person("Ilona Varga", "politician"), Person("Tomas Brede", "mayor")]
    body = (
        "Ilona Varga met the mayor on Monday.\n\n"
        '"The bridge will be finished in May," Ilona Varga assured Brede.\n\n'
        '"We have waited long enough," remembered Tomas Brede, the town\'s mayor.\n\n'
        '"Why now?" Varga questioned.\n\n'
        '"It is time," Brede concludes.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ilona Varga", "Tomas Brede", "Ilona Varga", "Tomas Brede"]


def test_en_dash_credit_line_after_a_quote_paragraph() -> None:
    # a quote that is a whole paragraph, then a paragraph of a dash and a name ('- Sanders.', '-Helena Marks,
    # Philadelphia.'): the credit line names the speaker; a dash line naming no one ('- The match will be shown
    # on Saturday.') does not
    people = [Person("Walter Brandt", "senator"), Person("Helena Marks", "")]
    body = (
        "The candidates spoke on Thursday.\n\n"
        '"Big companies pay zero taxes."\n\n'
        "- Brandt.\n\n"
        "This is a complex issue.\n\n"
        '"I will look into it."\n\n'
        "-Helena Marks, Philadelphia.\n\n"
        '"We play at home."\n\n'
        "- The match will be shown on Saturday.\n"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Walter Brandt", "Helena Marks", None]


def test_en_pointed_out_is_a_cue() -> None:
    # 'But as The Ledger pointed out, "..."', '"...," points out former champion Mara Lind': a two-word cue
    people = [Person("Mara Lind", "pundit")]
    orgs = [Organization("Ledger")]
    body = (
        "The filing was late again.\n\n"
        'But as The Ledger pointed out, "The company has still not released its accounts."\n\n'
        '"It is a lot easier to talk than to train," points out former champion Mara Lind.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Ledger", "Mara Lind"]


def test_en_colon_clause_ending_in_an_addressee_names_no_speaker() -> None:
    # 'McConnell delivered a blunt message to Trump: "..."': the name after 'to' ending the colon clause is the one
    # spoken to; the clause's subject speaks
    people = [Person("Dora Kessler", "senator"), Person("Victor Amsel", "candidate")]
    body = (
        "Victor Amsel attacked his rivals again.\n\n"
        'Senate leader Dora Kessler delivered a blunt message to Amsel: "It is time to stop attacking people."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Dora Kessler"]


def test_en_party_tag_closed_by_a_comma_before_the_cue() -> None:
    # '"...!" Rep. Glenn Thompson, R-Pa., said of ...': the party and state tag between commas is dropped with
    # its closing comma, so the name ends the subject
    people = [Person("Walt Hendry", "congressman")]
    body = 'The museum waived its fee.\n\n"Perpetual motion!" Rep. Walt Hendry, R-Pa., said of the busy week.'
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Walt Hendry"]


def test_en_lower_case_role_of_role_before_a_name_after_the_cue() -> None:
    # '"...," said former secretary of state Hillary Clinton, who ...', 'said master of ceremonies X, a ...': a
    # lower-case role noun, 'of' and a lower-case noun make one role before the known name
    people = [Person("Nora Quist", "politician"), Person("Ilias Berk", "engineer")]
    body = (
        "The town held a dinner for the new arrivals.\n\n"
        '"Thanks for welcoming these families," said master of ceremonies Ilias Berk, a local engineer.\n\n'
        '"The first line of defence is the community," said former secretary of state Nora Quist, who spoke last.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ilias Berk", "Nora Quist"]


def test_en_what_a_named_person_called_is_their_words() -> None:
    # 'what Newt Gingrich called "the loudest ... election"': the person who called it so said those words
    people = [Person("Otto Rendell", "politician")]
    body = (
        "The race is tightening.\n\n"
        'As the country prepares for what Otto Rendell called "the loudest, most contentious election in modern '
        'history," the former speaker is weighing a role in it.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Otto Rendell"]


def test_en_clause_between_two_quotes_introduces_the_next() -> None:
    # '"...Libya?" Mills then writes back, "You look cute."': after a quote that ends its sentence, a capitalised
    # clause ending in a comma right before the next quote is the next quote's attribution, not this one's
    people = [Person("Hanna Vell", "minister"), Person("Rosa Timms", "aide")]
    body = (
        "Rosa Timms forwarded a photo to the minister.\n\n"
        'Hanna Vell responds to Timms with, "Why now? That was on my way to the summit?" '
        'Timms then writes back, "You look great."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Hanna Vell", "Rosa Timms"]


def test_en_honorific_surname_of_an_organisation_is_the_person() -> None:
    # '"...," Mr. Morgan of the Sierra Club said.': an honorific and a known surname, then of/from and the
    # organisation: the person speaks, the organisation is the role
    people = [Person("Gil Arkwright", "lawyer")]
    orgs = [Organization("Prairie Fund")]
    body = (
        "Gil Arkwright, a lawyer for the Prairie Fund, said the deal was weak.\n\n"
        '"It was the least bad outcome," Mr. Arkwright of the Prairie Fund said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Gil Arkwright"]


def test_en_long_opening_phrase_before_the_subject_of_a_participle() -> None:
    # 'During a national security speech earlier in the day, Trump attacked ..., saying, "..."': an opening phrase
    # that starts with a preposition or subordinator holds no subject, however long
    people = [Person("Bruno Ketch", "candidate"), Person("Alma Ruiz", "candidate")]
    body = (
        "The candidates met veterans on Wednesday.\n\n"
        "During a national security speech earlier in the day, Ketch attacked Ruiz for her support of the war, "
        'saying, "She is reckless."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Bruno Ketch"]


def test_en_named_sayer_of_an_inverted_cue_before_a_participle() -> None:
    # 'Ryan and Trump will meet next week, Spicer said, adding, "..."': the participle's subject is the named
    # sayer of the inverted cue, not the subject of the reported clause
    people = [Person("Tom Spence", "spokesman"), Person("Lena Ruhl", "speaker")]
    body = (
        "Tom Spence spoke to reporters on Thursday.\n\n"
        'Ruhl will meet the candidate next week, Spence said, adding, "They need to have a good talk."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Spence"]


def test_en_double_space_before_a_lower_case_word_is_no_paragraph_break() -> None:
    # 'said Nicky Driscoll, 24,  from Manchester, who said ...': a double space before a lower-case word is a typo,
    # not a lost paragraph break, so 'from Manchester' is not read as the subject of the indirect statement
    people = [Person("Nina Dorsey", "voter")]
    body = (
        "Voters gathered in the hall.\n\n"
        '"I have never voted in a primary before," said Nina Dorsey, 24,  from Lowell, who said the senator is best '
        'suited to the job. "It is supposed to be for the people."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Nina Dorsey", "Nina Dorsey"]


def test_en_name_comma_role_acronym_of_an_employer() -> None:
    # 'Anthony Anton, president and CEO of Washington Restaurant Association stated, "..."': a role that ends in an
    # executive acronym, then of and the employer, after the name and its comma: the person speaks
    people = [Person("Arno Tallis", "executive")]
    orgs = [Organization("Oregon Grocers Association")]
    body = (
        "Wages rose again this year.\n\n"
        'Arno Tallis, president and CEO of Oregon Grocers Association stated, "It is a math problem."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Arno Tallis"]


def test_en_as_name_of_org_observed_gives_the_person() -> None:
    # 'Of course, as Joel Pollak of Breitbart California observed, ...:' then the quote: the person of the
    # organisation is the sayer, not the organisation
    people = [Person("Joel Pardo", "writer")]
    orgs = [Organization("Harbor Review")]
    body = (
        "Joel Pardo writes for the Harbor Review.\n\n"
        "Of course, as Joel Pardo of Harbor Review observed, the biggest winner was the network itself:\n\n"
        '"The clear winner of the debate was the network, which ran two lively sessions."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Joel Pardo"]


def test_en_title_after_a_preposition_ends_no_sentence() -> None:
    # '... was joined on stage by Minnesota Sen. Al Franken and joked, "..."': the period of a title after a
    # preposition ends no sentence, so the clause's subject speaks, not the titled name after it; and 'the No. 2
    # in the party' keeps the name before it
    people = [Person("Dana Holt", "comedian"), Person("Carl Brenner", "senator"), Person("Ruth Ames", "senator")]
    body = (
        "The crowd was restless.\n\n"
        'As the chant began, Dana Holt was joined on stage by Ohio Sen. Carl Brenner and joked, "You are all '
        'being unreasonable."\n\n'
        'As Ruth Ames, the No. 2 in the party leadership, put it: "This nominee will not be confirmed."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Dana Holt", "Ruth Ames"]


def test_en_title_opening_the_subject_still_gives_the_name() -> None:
    # 'Former Rep. Jane Harman called it "..."': a title opening the subject is read as before
    people = [Person("Lena Marsh", "politician")]
    body = "The plan drew mixed reviews.\n\nFormer Rep. Lena Marsh called it \"the least bad option we have.\""
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Lena Marsh"]


def test_en_clause_start_skips_a_governed_title() -> None:
    # the English sentence splitter of the clause before a quote skips a title a preposition governs ('backed by
    # Sen. Carl Brenner'), a middle initial and 'U.S.' before a lower-case word; a title opening the subject and
    # a real sentence end still cut, and Indonesian is read as before
    from generator.quote_clauses import clause_start

    body = "It rained. The bill was backed by Sen. Carl Brenner and the U.S. delegation, who said"
    assert body[clause_start(body, len(body) - 1, "en") :].startswith("The bill")
    assert body[clause_start(body, len(body) - 1) :].startswith("Carl Brenner")
    body = "It rained. Sen. Carl Brenner said"
    assert body[clause_start(body, len(body) - 1, "en") :].startswith("Carl Brenner")


def test_en_participle_reads_over_a_short_quoted_title() -> None:
    # 'X shared a flyer for a class called "Perception" on her page, writing "...': the short title's closing mark
    # ends no clause; the participle's subject is the sentence's named subject. A he/she subject stays unnamed
    people = [Person("Lena Marsh", "teacher"), Person("Carl Brenner", "senator")]
    body = (
        "The course drew complaints.\n\n"
        "Later on Sunday, Lena Marsh posted a flyer for a 2002 class called \u201cPerception\u201d on her "
        "Facebook page, writing \u201cHere is the class you claim never existed.\u201d\n\n"
        "He said Carl Brenner had spoken with \u201cgreat care\u201d, adding: \u201cHe listened to everyone.\u201d"
    )
    quotes = [q for q in direct_quotes(extract_quotes(body, "en", people, [])) if len(q.text.split()) > 3]
    assert [q.speaker for q in quotes] == ["Lena Marsh", None]


def test_en_participle_after_a_scare_quoted_word_with_its_comma() -> None:
    # 'X mocked the TV "expert," saying, "...': the comma before the participle stands inside the closing mark of
    # the scare-quoted word; the participle's subject is still the sentence's named subject
    people = [Person("Ruth Ames", "commentator")]
    body = (
        "The clip spread fast.\n\n"
        "Ames mocked the TV \u201cexpert,\u201d saying, \u201cAn expert who reads the autocue!\u201d"
    )
    quotes = [q for q in direct_quotes(extract_quotes(body, "en", people, [])) if len(q.text.split()) > 3]
    assert [q.speaker for q in quotes] == ["Ruth Ames"]


def test_en_writer_sentence_between_a_quote_without_comma_and_the_next_is_no_title() -> None:
    # '"The obvious choice is Bramley" Hollis said. "Especially ...': the quote closes without a comma, and the
    # marks around the writer's sentence 'Hollis said.' look like a title set between inverted marks (a
    # re-tokenised Indonesian form); in English a 'title' ending at a sentence end is the writer's sentence
    people = [Person("Tom Hollis", "pundit")]
    body = (
        "Tom Hollis backed the scrum-half on Sunday. "
        '"The obvious choice is Bramley" Hollis said. "Especially given that Ellis did not have his best game."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The obvious choice is Bramley", "Tom Hollis"),
        ("Especially given that Ellis did not have his best game.", "Tom Hollis"),
    ]


def test_en_present_tense_tags_stresses_and_acknowledges() -> None:
    # '"...," stresses Nora Quint of ...' and 'Ms Quint acknowledges.': present-tense tags of a quote beside it (the
    # past forms were cues already); they are no cue of reported speech ('France maintains close ties')
    people = [Person("Nora Quint", "analyst")]
    body = (
        "Call centres are busier than ever. "
        '"Customers expect an answer at any hour," stresses Nora Quint of research firm Dialwise. '
        '"Queues will get longer before they get shorter," Ms Quint acknowledges. '
        "France maintains close ties with the region."
    )
    quotes = extract_quotes(body, "en", people, [])
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Nora Quint"), ("direct", "Nora Quint")]


def test_en_an_age_before_a_name_after_an_opening_phrase_is_the_subject() -> None:
    # 'On the outskirts of Leeds, 83-year-old Alma Brightwell watches ...' then '"...," she said': the age opens the
    # subject as a role does ('British number one Tim Henman'), so she is the antecedent, not the person before
    people = [Person("Edna Fairclough", "pensioner"), Person("Alma Brightwell", "pensioner")]
    body = (
        "The 101-year-old Edna Fairclough still walks every day. Mrs Fairclough wants to outlive everyone.\n\n"
        "On the outskirts of Leeds, 83-year-old Alma Brightwell watches her friends play bowls.\n\n"
        '"I think the food has simply got better," she said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Alma Brightwell"]


def test_en_remarks_is_a_tag_only_right_after_a_quote() -> None:
    # '"...," remarks Nora Quint.' and '"...," Ms Quint remarks.' are tags; 'condemning Clark's remarks' after a quote,
    # or '"..." Aragones was fined after racist remarks about Henry', is the noun
    people = [Person("Nora Quint", "analyst"), Person("Luis Arbeloa", "coach")]
    body = (
        "Call centres are busier than ever. "
        '"Customers expect an answer at any hour," remarks Nora Quint of research firm Dialwise. '
        '"Queues will get longer," Ms Quint remarks.\n\n'
        '"I am not a racist," Luis Arbeloa said. "I have medals for sporting merit." Arbeloa was fined after racist '
        "remarks about a player.\n\n"
        'It was time to show "that such proposals are not welcome here" by condemning Quint\'s remarks.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes][:4] == ["Nora Quint", "Nora Quint", "Luis Arbeloa", "Luis Arbeloa"]
    assert all(q.speaker != "Nora Quint" for q in quotes[4:])


def test_en_unclosed_quote_ends_before_a_writer_cue_with_a_comma() -> None:
    # '"A ... promoted. He added, "B."': the first quote was never closed; the writer's sentence 'He added,' (the
    # American comma where BBC writes a colon) introduces the next quote, as 'He added:' does. A 'says,' inside the
    # quote after no name ('So if somebody walks in and says, "...') is the quote's own words
    people = [Person("Mark Tolley", "singer")]
    body = (
        'Mark Tolley said: "I was with that label for a year and it released just one record. He added, "The whole '
        'world is waiting for this album. No judge will stop it." The case will be heard in December.\n\n'
        'Tolley went on: "So if somebody walks in and says, "I want a refund," you know, we would give it." '
        "The label declined to comment."
    )
    quotes = [q for q in direct_quotes(extract_quotes(body, "en", people, [])) if len(q.text.split()) > 4]
    assert [(q.text[:12], q.speaker) for q in quotes] == [
        ("I was with t", "Mark Tolley"),
        ("The whole wo", "Mark Tolley"),
        ("So if somebo", "Mark Tolley"),
    ]


def test_en_a_possessive_before_a_cue_word_makes_it_a_noun() -> None:
    # '"Walt is ...," Dunmore added, "...him." Dunmore joined Fergus in backing Hale's claims.': 'Hale's claims' is a
    # noun phrase, no tag of the quote before it; that quote keeps its own cue ('Dunmore added, "')
    people = [Person("Ian Dunmore", "manager"), Person("Walt Hale", "coach"), Person("Alec Fergus", "manager")]
    body = (
        "Ian Dunmore backed Walt Hale for the job. Dunmore added, \"Walt is a real football person, as I know from "
        "working with him.\" Dunmore joined Alec Fergus in backing Hale's claims."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ian Dunmore"]


def test_en_second_verb_after_but_shares_the_sentence_subject() -> None:
    # 'X once backed Y, but now says "...': the second verb after ', but' has no subject of its own; the sentence's
    # subject speaks, not the name ending the first clause (its object); a subject that is no name gives None
    people = [Person("Tom Baxter", "councillor"), Person("Jane Miller", "mayor")]
    body = (
        "Tom Baxter once backed Jane Miller, but now says \u201cthe party has lost its way completely\u201d.\n\n"
        "The minister met Jane Miller on Friday, and added: \u201cWe will talk again next week.\u201d\n\n"
        "Tom Baxter praised Jane Miller, but said the budget was still far too small."
    )
    found = extract_quotes(body, "en", people, [])
    assert [q.speaker for q in direct_quotes(found)] == ["Tom Baxter", None]
    assert [q.speaker for q in found if q.kind == "indirect"] == ["Tom Baxter"]


def test_en_description_after_an_adverb_and_another_office() -> None:
    # 'Later the prime minister said: "...': a description after a short adverb with no comma is read as one; it
    # never stands for a person the people stage gives another office (a mayor is no minister): None, not a guess
    people = [Person("Ken Dunn", "mayor"), Person("Ray Holt", "coach")]
    body = (
        "Mayor Ken Dunn says he will not apologise for the remark about the reporter.\n\n"
        "Later the prime minister said: \u201cHe should say sorry and move on.\u201d\n\n"
        "Coach Ray Holt watched the game.\n\n"
        "Later the coach said: \u201cWe were poor in the first half.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None, "Ray Holt"]


def test_en_contest_role_between_party_and_name() -> None:
    # 'Green Party presidential nominee Ann Lee issued the following statement:' then the quote paragraph: a
    # contest's lower-case role noun (nominee, hopeful, challenger ...) between the party and a known name
    people = [Person("Ann Lee", "nominee")]
    body = (
        "The attack shocked the city.\n\n"
        "In response to the loss of life, Green Party presidential nominee Ann Lee issued the following "
        "statement:\n\n"
        "\u201cOur thoughts are with everyone affected by this terrible attack.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ann Lee"]


def test_en_long_apposition_of_two_roles_before_the_cue() -> None:
    # 'X, a delegate from the county and the president of the locally based Y Institute, said:': a long apposition
    # closed by a comma right before the cue describes the name before it; the organisation at its end is no speaker
    people = [Person("Omar Haddad", "president")]
    body = (
        "The vote was close.\n\n"
        "Omar Haddad, a party delegate from the county and the president of the locally based Arab Heritage "
        "Institute, said: \u201cI do not think he can simply walk away from this now.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Arab Heritage Institute")]))
    assert [q.speaker for q in quotes] == ["Omar Haddad"]


def test_en_organisation_report_as_the_subject_after_a_quote() -> None:
    # '"...," the Ferland Institute report said.': a report an organisation issued speaks for it, as its statement
    # does; a capitalised word that names no organisation ('the Budget report') gives no one
    body = (
        "The forecast was cut on Tuesday.\n\n"
        "\u201cThe outlook for growth remains very unclear this year,\u201d the Ferland Institute report said.\n\n"
        "\u201cSpending will have to rise again next year,\u201d the Budget report said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], [Organization("Ferland Institute")]))
    assert [q.speaker for q in quotes] == ["Ferland Institute", None]


def test_en_subordinate_clause_after_a_quote_is_no_tag() -> None:
    # '..., "That makes me smart," when Jones attacked him ...': a clause opened by when/after/because ... after
    # the quote (no comma before its verb) says when it was said, not who said it: never Jones
    people = [Person("Ray Smith", "candidate"), Person("Ann Jones", "candidate")]
    body = (
        "The advert ran on Monday.\n\n"
        "Ray Smith said during the debate, \u201cThat makes me smart,\u201d when Ann Jones blasted him for not "
        "paying tax."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ray Smith"]


def test_en_name_shown_speaking_before_the_quote() -> None:
    # 'The ad uses footage of Jane Miller asking, "...': the known person shown or heard speaking right before
    # the quote (of/shows/heard + name + participle) says it, not the sentence's subject (the ad)
    people = [Person("Jane Miller", "candidate"), Person("Tom Hale", "candidate")]
    body = (
        "Tom Hale released a new advert on Friday.\n\n"
        "The ad uses footage of Jane Miller asking, \u201cWhy am I not fifty points ahead, you might ask?\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Jane Miller"]


def test_en_passive_asked_by_a_named_agent() -> None:
    # 'X was asked by host Y, who ..., "...?"': the asker (the agent after 'by', a known person) says the question,
    # not the subject who was asked; an unnamed agent ('by reporters') gives no one
    people = [Person("Tom Hale", "senator"), Person("Bill Maher", "host")]
    body = (
        "The show aired on Friday.\n\n"
        "Tom Hale was asked by host Bill Maher, who backs him, "
        "\u201cHas that story moved a little, has it not?\u201d\n\n"
        "Later Tom Hale was asked by reporters: \u201cWill you stand again next year or not?\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Bill Maher", None]


def test_en_relative_which_x_calls() -> None:
    # 'a policy which historian Ann Roe calls "..."': a relative which/that, a named subject and a verb of naming
    # right before the quote: that subject said the words (as in 'what X called'), not the sentence's subject
    people = [Person("Ann Roe", "historian")]
    body = (
        "Containment shaped the party.\n\n"
        "Containment is a doctrine which university historian Ann Roe calls \u201ca foundation of our politics.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ann Roe"]


def test_en_place_before_an_aside_is_no_subject() -> None:
    # 'Officials in Tarnow, however, said ...': the capitalised run after 'in' before a short lower-case aside is
    # a place, not the subject (as it already was without the aside): no one, not 'Tarnow'
    people = [Person("Eva Nowak", "mayor")]
    body = (
        "The row grew on Monday.\n\n"
        "Officials in Tarnow, however, said the attack had been planned for several weeks by the group.\n\n"
        "Eva Nowak said the town would recover from the damage quickly."
    )
    found = [q for q in extract_quotes(body, "en", people, []) if q.kind == "indirect"]
    assert [q.speaker for q in found] == ["Eva Nowak"]


def test_en_one_line_pronoun_paragraph_keeps_the_speaker() -> None:
    # '"...," Eva Miller said into the phone.' / 'She pauses.' / '"Well, thank you so much."': a one-line paragraph of
    # her action between keeps the speaker of that gender; a he-line does not give her quote to her
    people = [Person("Eva Miller", "volunteer")]
    body = (
        "Volunteers phoned voters all evening.\n\n"
        "\u201cI am calling from the campaign. How are you today?\u201d Ms Miller said into the phone.\n\n"
        "She pauses.\n\n"
        "\u201cWell, thank you so much for your time today.\u201d\n\n"
        "He hangs up.\n\n"
        "\u201cThat was the last call of the night for the whole team.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Eva Miller", "Eva Miller", None]


def test_en_continuation_after_joint_sayers_does_not_take_the_next_speaker() -> None:
    # '"...," experts Ann Roe and Ben Cole wrote. "..."' then a new paragraph '"...," Jeff Lake said.': the second
    # quote goes on after the first in its paragraph; never the next paragraph's speaker (here: no one)
    people = [Person("Ann Roe", "expert"), Person("Ben Cole", "expert"), Person("Jeff Lake", "analyst")]
    body = (
        "Experts doubted the claim.\n\n"
        "\u201cTritium would allow designs with a greater yield than plutonium alone,\u201d nuclear experts Ann Roe "
        "and Ben Cole of the Institute for Science wrote in September. \u201cWhether the North can make such "
        "weapons is unknown to us.\u201d\n\n"
        "\u201cBuilding a staged weapon would be a stretch for the North,\u201d Jeff Lake said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert quotes[1].speaker is None and quotes[2].speaker == "Jeff Lake"


def test_en_unnamed_spokesperson_with_the_or_for_blocks_an_earlier_he_or_she() -> None:
    # 'The museum spokeswoman said ...' / 'A spokesman for the Harbour Trust said: "..."' name no one: a she/he right
    # after them is theirs (no one), not the person named before them
    people = [Person("Mary Dunn", "curator"), Person("Tom Reed", "director")]
    body = (
        "Mary Dunn said the gallery would reopen. \u201cWe are ready for the visitors,\u201d she said.\n\n"
        "The museum spokeswoman said the date had not been fixed. She said: \u201cWe will tell the public "
        "as soon as the builders have finished.\u201d\n\n"
        "Tom Reed said the harbour was busy. \u201cThe boats are back,\u201d he said. A spokesman for the Harbour "
        "Trust said: \u201cThe season has started well for everyone.\u201d He added: \u201cWe expect a record "
        "summer at the quay.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Mary Dunn", None, "Tom Reed", None, None]


def test_en_she_never_stands_for_a_name_opened_by_a_plain_word() -> None:
    # 'Coast Watch says ...' (a body the people stage does not list, opened by a word the text writes in lower
    # case, 'coast') is no antecedent of 'she': she is the woman named before it
    people = [Person("Helen Marsh", "councillor")]
    body = (
        "Helen Marsh said the beach should be cleaned every week and that the coast needs more wardens. "
        "Coast Watch says the beach is clean enough already.\n\n"
        "She said: \u201cWe cannot leave the sand like this for the whole summer.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Helen Marsh"]


def test_en_short_second_part_of_a_split_quote_keeps_its_speaker() -> None:
    # '"...," said Ms Vale, "they just wait."': the verb between the parts tags the first part (its subject after
    # it), so the short second part is not the object of a verb with no subject; it keeps Ms Vale
    people = [Person("Nora Vale", "researcher")]
    body = (
        "Nora Vale studies burglars for a living.\n\n"
        "\u201cIf you think of thieves they do not plan very much,\u201d said Ms Vale, \u201cthey just wait.\u201d\n\n"
        "Police forces agree with the findings."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Nora Vale", "Nora Vale"]


def test_en_time_adverb_without_comma_before_the_subject() -> None:
    # 'Earlier Ann Lowe defended the plans.' then a new paragraph '"...," he/she told MPs': the subject after the
    # adverb (no comma) is the last one mentioned, not the minister who spoke before
    people = [Person("Rob Hart", "minister"), Person("Ann Lowe", "prime minister")]
    body = (
        "Minister Rob Hart said the plans would cut crime in town centres. Earlier Ann Lowe defended the plans "
        "against criticism from her own backbenchers.\n\n"
        "\u201cWe should have the same flexibility that other countries have,\u201d she told MPs."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ann Lowe"]


def test_en_known_person_opening_a_but_clause_before_a_quote() -> None:
    # 'Hart said ... but Tennis Wales's Ann Ross rejected his comments. "...," she said.': the but-clause brings in the
    # last one the sentence names; the quote's she/he stands for her, not the sentence's first subject
    people = [Person("Tim Hart", "player"), Person("Ann Ross", "chief")]
    body = (
        "Tim Hart criticised the new pitch.\n\n"
        "Hart said he was tired of asking for a faster surface but Tennis Wales's Ann Ross rejected his comments. "
        "\u201cWe did ask for it to be made faster than last year,\u201d she said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ann Ross"]


def test_en_indefinite_role_set_off_with_a_known_name_names_the_speaker() -> None:
    # 'A lawyer for the families, Rosa Lind, told Reuters: "..."': the indefinite role is set off with a known
    # person's name, so the sentence names its speaker (not an unnamed lawyer)
    people = [Person("Rosa Lind", "lawyer")]
    body = (
        "The bank agreed to pay the families on Friday.\n\n"
        "A lawyer for the families, Rosa Lind, told Reuters: \u201cThis shows that the whole world knows what "
        "happened to them.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rosa Lind"]


def test_en_person_description_as_the_subject_of_a_coordinated_clause() -> None:
    # 'Talks have taken place and the defender said: "..."': the description is the whole subject of the clause
    # after 'and', pointing back to the player named before
    people = [Person("Rick Dunn", "defender")]
    body = (
        "Rick Dunn is ready to commit his future to the club.\n\n"
        "Early talks have taken place and the defender said: \u201cHopefully something will be sorted out as soon "
        "as possible.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rick Dunn"]


def test_en_two_letter_name_word_and_a_period_end_the_speaker_phrase() -> None:
    # '"...," said Munich Re. Tightly packed towns ...': the period after a two-letter capitalised word ends the
    # sentence when a new one (a capitalised word, then a lower-case one) follows; 'Mr. Smith' is left alone
    body = (
        "Storms made 2004 an expensive year for insurers.\n\n"
        "\u201cThe year reinforces the trend towards higher losses,\u201d said Munich Re. Tightly packed towns were "
        "partly to blame for the rise in claims."
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Munich Re"]


def test_en_titled_subject_before_a_dash_aside_is_the_antecedent() -> None:
    # 'Governor Chris Kent - a Dallas fan - gave ...' then '"...," he answered.': the known person the capitalised
    # run ends in (after its title) is the subject the aside sets off, not the person named before
    people = [Person("Tom Baxter", "senator"), Person("Chris Kent", "governor")]
    body = (
        "Tom Baxter spoke first at the forum.\n\n"
        "Governor Chris Kent \u2013 a Dallas fan \u2013 gave a one word answer on the question. "
        "\u201cDenver,\u201d he answered."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Chris Kent"]


def test_en_name_after_an_opening_preposition_is_no_antecedent() -> None:
    # 'Like Baxter, the former customer, Roffman doesn't ...' then '"...," he said.': Baxter is the preposition's
    # object; the subject is the known person after the later comma
    people = [Person("Tom Baxter", "customer"), Person("Ed Roffman", "broker")]
    body = (
        "Tom Baxter settled his case last year.\n\n"
        "Like Baxter, the former customer, Roffman doesn't want to tangle with the company anymore.\n\n"
        "\u201cI'm 76, and I don't feel like going through that again,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ed Roffman"]


def test_en_meanwhile_before_a_name_keeps_the_subject() -> None:
    # 'Meanwhile Ms Hale hoped ...' with no comma after 'Meanwhile': Ms Hale is the sentence's subject, whom the
    # next 'she said' stands for (not the woman quoted before)
    people = [Person("Kirsty Wills", "member"), Person("Jane Hale", "minister")]
    body = (
        "The reshuffle drew criticism.\n\n"
        "Kirsty Wills, for the opposition, added: \u201cChanging the minister will serve no purpose at all.\u201d\n\n"
        "Meanwhile Ms Hale hoped people would benefit from her five years of work. "
        "\u201cWaiting times are only ten per cent of the health agenda,\u201d she said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Kirsty Wills", "Jane Hale"]


def test_en_party_tag_after_a_subject_keeps_it_the_antecedent() -> None:
    # 'House Speaker Paul Rand, R-Wis., despite ..., believes ...' then '"...," he said.': the US party tag set off
    # by commas is an apposition; Paul Rand is the subject, not the senator named before
    people = [Person("Tom Baxter", "senator"), Person("Paul Rand", "speaker")]
    body = (
        "Senate leader Tom Baxter, R-Ky., said the vote would pass.\n\n"
        "House Speaker Paul Rand, R-Wis., despite his doubts about lawyers, believes the votes are there.\n\n"
        "\u201cI do think the votes are there for the override,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Paul Rand"]


def test_en_title_with_a_period_opens_a_named_subject() -> None:
    # 'Mr. Obrin dismissed ...' (the American title with its period; the people stage does not list him) then
    # '"...," he said.': Mr. Obrin is the sentence's subject, not the critic named before
    people = [Person("Larry Tribble", "scholar")]
    body = (
        "Another critic, Larry Tribble, likened the rules to burning the constitution.\n\n"
        "Mr. Obrin dismissed the criticism as the voice of a coal company. \u201cYou know, I love Larry,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Obrin"]


def test_en_opener_of_someones_assessment_is_no_subject() -> None:
    # 'In his assessment of the magnate, Calder intimated ...' then '"...," he said.': the opener says where the words
    # came from, the subject after its comma is the antecedent (not the man named inside the sentence or before it)
    people = [Person("Tom Baxter", "candidate"), Person("Felipe Calder", "former president")]
    body = (
        "Tom Baxter spoke first.\n\n"
        "In his assessment of the real estate magnate, Calder intimated disappointment that voters have given "
        "Baxter a real shot at the office.\n\n"
        "\u201cIt is incredible that a society could produce such candidates,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Felipe Calder"]


def test_en_to_someone_opening_a_sentence_gives_their_view() -> None:
    # 'To Florida consultant Wilson, the party line ... is silly.' then '"...," he said.': the sentence gives Wilson's
    # view, so he stands for Wilson; 'To stop Ted Cruz, ...' (a purpose) names no one whose view it is
    people = [Person("Reince Pryce", "chairman"), Person("Rick Wilson", "consultant")]
    body = (
        "Reince Pryce defended the party line.\n\n"
        "To Florida consultant Wilson, the official party line on the nominee is just plain silly.\n\n"
        "\u201cThis is them trying to whistle past the graveyard,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rick Wilson"]
    body = (
        "Reince Pryce defended the party line.\n\n"
        "To stop Rick Wilson, the party spent millions.\n\n"
        "\u201cThis is them trying to whistle past the graveyard,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Reince Pryce"]


def test_en_title_period_mid_sentence_starts_no_sentence_and_who_said_names_a_sayer() -> None:
    # 'The support of Sen. Jon Tate ...': the period of 'Sen.' starts no sentence, so Jon Tate is no sentence subject
    # the next he could stand for; '..., Sen. Diane Fenn of California, the ranking Democrat, who said ...' names a
    # sayer, whom the next she stands for
    people = [Person("Paul Rand", "speaker"), Person("Jon Tate", "senator")]
    body = (
        "Paul Rand backed the plan on Monday.\n\n"
        "The plan won praise from Sen. Jon Tate, a veteran of the committee.\n\n"
        "\u201cWe need a hearing before anything else happens here,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Paul Rand"]
    people = [Person("Hilda Crane", "secretary"), Person("Diane Fenn", "senator")]
    body = (
        "Hilda Crane asked for the emails to be released.\n\n"
        "Her position was supported on Friday by Sen. Diane Fenn of California, the ranking Democrat on the "
        "committee, who said none of the emails began with Crane.\n\n"
        "\u201cIt has never made sense to me that she can be held responsible,\u201d she said in a statement."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Diane Fenn"]


def test_en_object_quote_after_a_pronoun_clause_is_not_the_opener_s() -> None:
    # 'On Twitter, she responded ... by saying, "..."': she is the subject of the verb whose object the quote is;
    # 'Twitter' before the comma is where, never the speaker (here no one: the object quote keeps what it had)
    people = [Person("Michelle Fields", "reporter"), Person("Corey Lewan", "manager")]
    body = (
        "Corey Lewan denied the charge.\n\n"
        "Fields did not reply to a request for comment. She resigned from her job in March.\n\n"
        "On Twitter, she responded Tuesday to one of the messages by saying, \u201cSeriously, just stop lying.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None]


def test_en_agent_or_mep_after_a_quote_points_back_to_the_person_named_before() -> None:
    # 'the agent added', 'said the MEP': a person's role that heads no role phrase before a name, pointing back
    # to the one introduced with it
    people = [Person("Tom Varley", "agent"), Person("Jack Hume", None)]
    body = (
        "Hume's agent Tom Varley said the talks had stalled. The club would not comment.\n\n"
        '"Jack has been here for six years and wants to stay," the agent added.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Varley"]
    people = [Person("Rhona Galt", "MEP")]
    body = (
        "Rhona Galt has left the party she helped to found. The vote will go ahead.\n\n"
        '"I was proud to stand for it once," said the MEP.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rhona Galt"]


def test_en_person_description_as_a_reported_subject_points_back() -> None:
    # 'The Norwegian said she ...': a person's description as the whole subject of a reported statement is the
    # person named before, never a name 'Norwegian'
    people = [Person("Ingrid Sollie", None), Person("Marc Petit", "promoter")]
    body = (
        "Promoter Marc Petit says the sample was positive. Sollie says the drug came from a cold remedy she took.\n\n"
        "The Norwegian said she did nothing wrong by taking the medicine before the race."
    )
    reported = [q for q in extract_quotes(body, "en", people, []) if q.kind == "indirect"]
    assert [(q.text[:24], q.speaker) for q in reported][-1] == ("she did nothing wrong by", "Ingrid Sollie")


def test_en_another_first_name_before_a_known_surname_is_someone_else() -> None:
    # the people stage may drop a first name that is also a plain word ('Bill') and keep only the namesake
    # ('Hilary Vance', with the alias 'Vance'): 'Bill Vance said' is not Hilary Vance's cue but Bill Vance's
    people = [Person("Hilary Vance", "candidate", aliases=["Vance"])]
    body = (
        "Hilary Vance wants fewer tests in schools, her husband said on Monday.\n\n"
        "\u201cShe thinks they are just too much for the children,\u201d Bill Vance said at a rally in the city.\n\n"
        "\u201cWe will keep the tests we need,\u201d Vance told reporters later."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Bill Vance", "Hilary Vance"]
