"""Quote extraction and speaker attribution on English text (made-up sentences): marks, cues and the
subject before or after a cue. Roles and descriptions: test_quotes_en_roles.py; he/she and inherited speakers:
test_quotes_en_chains.py."""

from __future__ import annotations

import pytest

from generator.quotes import extract_quotes
from generator.records import Organization, Person
from generator.registry import Registry
from tests.quote_helpers import (
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


def test_english_reported_speech() -> None:
    body = "Kirby said that North Korea sent rockets and missiles to Russia last year."
    (quote,) = extract_quotes(body, "en", [], [])
    assert quote.kind == "indirect"
    assert quote.speaker == "Kirby"
    assert quote.text.startswith("North Korea sent rockets")


def test_quote_inside_a_named_subjects_sentence() -> None:
    body = "Kasich thanked him for “stepping up and taking action when Congress won’t.”"
    (quote,) = direct_quotes(extract_quotes(body, "en", [], []))
    assert quote.speaker == "Kasich"


def test_short_cued_quote_after_comma_is_kept_scare_quote_is_not() -> None:
    body = 'Asked about it, Priebus said, "Probably." The plan is "ripe for abuse" and weak.'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [(q.text, q.speaker) for q in quotes] == [("Probably.", "Priebus")]


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


def test_english_participle_before_a_colon_needs_no_comma() -> None:
    people = [Person("Dan Pryce"), Person("Owen Hale")]
    body = (
        'Regulator chief Dan Pryce said calls were allowed. Earlier, Green Party chairman Owen Hale wrote to the '
        'regulator saying: "Such calls are illegal." "I hope you act swiftly," he tells the regulator.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # ``Green Party chairman Owen Hale``: the role noun between the party and the name is part of the subject
    assert [q.speaker for q in quotes] == ["Owen Hale", "Owen Hale"]


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


def test_english_name_after_a_mid_sentence_conjunction_and_a_speech_verb_is_a_subject() -> None:
    people = [Person("Ned Carver"), Person("Sam Ortiz")]
    body = (
        'Ned Carver said: "We were poor." Carver\'s side has shown little in attack, but Ortiz insisted the hosts '
        'will be hard to beat. "They are really brave opposition," he said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ned Carver", "Sam Ortiz"]


def test_english_long_participle_opener_before_the_sentence_subject() -> None:
    people = [Person("Alan Forde"), Person("Jim Harker")]
    body = (
        'Alan Forde said: "He was always kind." Born in 1912 and educated at Leeds Northern Grammar School, '
        "Lord Harker became a clerk. He joined the navy in 1942. In 1968, he said: \"I am not going to resign.\""
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Alan Forde", "Jim Harker"]


def test_english_analysts_from_a_firm_speak_for_the_firm() -> None:
    body = (
        'Bookings held up. "Cancellations are not unusual," wrote analysts from Harbour Row Securities in a note '
        'on Friday. "Such events have a limited impact."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Harbour Row Securities", "Harbour Row Securities"]


def test_english_period_after_the_closing_mark_ends_the_quote_sentence() -> None:
    people = [Person("Paul Tyne")]
    body = (
        'Paul Tyne backs reform. "There is no consensus that includes him," he said. "We are providing one". '
        "The Elect the Peers Campaign said the draft bill was an important contribution."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    # ``".`` ends the sentence as ``."`` does: the next sentence's subject is not the quote's speaker
    assert [q.speaker for q in quotes] == ["Paul Tyne", "Paul Tyne"]


def test_english_second_verb_after_but_takes_the_clause_subject() -> None:
    body = (
        'On Tuesday, Eurobourse said any offer was likely to be in cash, but added that: "There can be no '
        'assurances that any offer will be made."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Eurobourse"]


def test_english_n_time_winner_after_the_cue_points_back() -> None:
    people = [Person("Tom Banks")]
    body = (
        'Tom Banks visited the square. Banks said the film has an "elegant message". "Christmas is a special '
        'time," added the two-time Academy Award winner.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Banks"]


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


def test_english_infinitive_after_a_cue_verb_in_the_next_sentence_is_no_attribution() -> None:
    people = [Person("Lena Hart"), Person("Rosa Vale")]
    body = (
        'Lena Hart plays the singer Rosa Vale. "I knew nothing about her," said Hart, who attended with her '
        'brother.\n\n"It was a dream for me to land this part." Actress Rosa Vale continues to live in Paris.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Lena Hart", "Lena Hart"]


def test_english_commented_and_observes_are_cues() -> None:
    people = [Person("Hugo Brand"), Person("Ada Quist")]
    body = (
        '   \n\n"The airline has a mutiny on its hands," commented Hugo Brand, an industry consultant.\n\n'
        '"Prices will rise," observes Ada Quist.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [(q.speaker, q.cue) for q in quotes] == [("Hugo Brand", "commented"), ("Ada Quist", "observes")]


def test_english_it_stands_for_a_one_word_name_taken_for_a_person() -> None:
    # the people stage took the operator for a person: no first name, gender or title makes it one
    people = [Person("Telvix"), Person("Anna Berg")]
    body = (
        'Anna Berg, a judge, ruled against the deal. Telvix said the ruling would "hurt" its plans. '
        '"The project will become risky," it warned in a statement.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes if q.text.startswith("The project")] == ["Telvix"]


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


def test_en_passive_hearer_before_a_colon_is_not_the_speaker() -> None:
    # 'Wheelchair user Kevin Donnellon was asked: "..."': the subject hears the question
    people = [Person("Kevin Dell"), Person("Mary Olsen")]
    body = (
        "   \n\nThe judges were harsh. Kettle maker Kevin Dell was asked: \"Why on earth would anyone buy this?\" "
        'The audience laughed. Mary Olsen said: "It was cruel."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None, "Mary Olsen"]


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


def test_en_future_speech_cue_after_a_quote() -> None:
    # '"...," he will say.', '"...," the Tory leader will argue.': a speech the text announces is a cue
    people = [Person("Ralph Dunmore")]
    body = (
        "   \n\nRalph Dunmore will set out his plans on Monday. "
        '"We will cut taxes for families," he will say. "It is time to act," the party leader will argue.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ralph Dunmore", "Ralph Dunmore"]


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


def test_en_doubled_straight_marks_of_a_csv_export_are_one_mark_each() -> None:
    # a CSV export writes every '"' as '""': read as two marks, each doubled pair closes a quote and opens the
    # next, and no quote meets its tag. Offsets stay those of the text as given, doubled marks and all
    people = [Person("Larry Burcher", "detective", aliases=["Burcher"]), Person("Bruce Bochy", "manager")]
    body = (
        'Detective Larry Burcher said the search went on. ""We\'re very confident there were witnesses,"" '
        'Burcher said. Google""s ""Like"" button was new. ""It\'s sad,"" Giants manager Bruce Bochy said.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Larry Burcher", "We're very confident there were witnesses,"),
        ("Bruce Bochy", "It's sad,"),
    ]
    assert all(body[q.start : q.end] == q.text for q in quotes)


def test_en_a_doubled_mark_beside_single_marks_is_a_closing_and_an_opening_mark() -> None:
    # in a text that also writes single straight marks, '""' is a quote closed and the next opened with the
    # space lost ('... now.""We ...'), as before; only a text whose every straight mark is doubled is undoubled
    from generator.text import undouble_marks

    assert undouble_marks('He said: "We are ready now.""We will win," he said.') == (
        'He said: "We are ready now.""We will win," he said.',
        None,
    )
    text, where = undouble_marks('""We won,"" she said of Google""s ""Like"".')
    assert text == "\"We won,\" she said of Google's \"Like\"."
    assert where is not None and len(where) == len(text)
    body = '""We won,"" she said of Google""s ""Like"".'
    assert all(body[where[i]] == c for i, c in enumerate(text) if c not in "\"'")
    assert [body[where[i] : where[i] + 2] for i, c in enumerate(text) if c in "\"'"] == ['""'] * 5


def test_en_an_adverb_of_time_or_manner_between_the_name_and_the_cue_after_a_quote() -> None:
    # '"...," Bono recently said.' reads like '"...," Hailey later recalled.': the name before the adverb speaks
    people = [Person("Ola Brand", "singer", aliases=["Brand"]), Person("Kim Tell", "drummer")]
    for adverb in ("recently", "reportedly", "publicly", "often"):
        body = (
            f"The band has a new album out. \u201cThe challenge is to be bigger and better,\u201d Brand {adverb} said. "
            "Drummer Kim Tell agreed."
        )
        quotes = direct_quotes(extract_quotes(body, "en", people, []))
        assert [q.speaker for q in quotes] == ["Ola Brand"], adverb


def test_en_an_organiser_or_a_lawyer_set_off_before_the_name_after_a_quote() -> None:
    # '"...," the play's organiser, Sarah Mukasa, told the BBC.': organiser, organizer, producer, coordinator and
    # lawyer are role words like director or spokesman, so the name after the role and its comma speaks
    people = [Person("Ama Kessie")]
    for role in ("play's organiser", "festival's organizer", "film's producer", "campaign coordinator", "lawyer"):
        body = f"The show was banned. \u201cI am outraged at the hypocrisy,\u201d the {role}, Ama Kessie, told the BBC."
        quotes = direct_quotes(extract_quotes(body, "en", people, []))
        assert [q.speaker for q in quotes] == ["Ama Kessie"], role


def test_en_a_role_with_a_place_or_employer_after_its_head_then_the_name_set_off() -> None:
    # 'the play's organiser in Uganda, Sarah Mukasa, told' and 'the chairman of Migration Watch UK, Sir Andrew
    # Green, said': the role's head comes before 'in' / 'of' and a capitalised place or employer
    people = [Person("Ama Kessie"), Person("Tom Brill")]
    for role in ("play's organiser in Ghana", "chairman of Brill Holdings", "firm's director for Europe"):
        body = (
            "Tom Brill spoke first. "
            f"\u201cI am outraged at the hypocrisy,\u201d the {role}, Ama Kessie, told the BBC."
        )
        quotes = direct_quotes(extract_quotes(body, "en", people, []))
        assert [q.speaker for q in quotes] == ["Ama Kessie"], role


def test_en_bracketed_abbreviation_after_an_organisation_named_after_the_cue() -> None:
    # 'said the Daily Ledger (DL).': the abbreviation in brackets after the name is no word of the speaker's name
    # (it made the phrase unreadable, so the quote had no speaker)
    body = (
        "Harbour shares fell on Monday.\n\n"
        "The board met for two hours. \u201cNo director took part in the fraud at the firm,\u201d said the Daily "
        "Ledger (DL).\n\n"
        "Other directors declined to comment."
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Daily Ledger"]


def test_en_organisations_body_or_ruling_speaks_for_it() -> None:
    # 'the HFB jury declared' (a body named after its organisation's abbreviation), 'the council's ruling said' (the
    # ruling of the council named before) and 'Kelvo's statement said:' speak for the organisation; 'the board's
    # ruling' names no organisation known by that noun, so no one
    orgs = [Organization("Harbour Film Board", aliases=["HFB"]), Organization("Kampala Media Council")]
    body = (
        "The Harbour Film Board (HFB) praised two films on Monday.\n\n"
        "\u201cThe creative community has begun to censor its own shows,\u201d the HFB jury declared.\n\n"
        "The Kampala Media Council said the play would not be put on.\n\n"
        "\u201cThe play is hereby banned,\u201d the council\u2019s ruling said.\n\n"
        "Kelvo\u2019s statement said: \u201cWe have received a detailed proposal.\u201d\n\n"
        "\u201cThe fine stands,\u201d the board\u2019s ruling said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], [*orgs, Organization("Kelvo")]))
    assert [q.speaker for q in quotes] == ["Harbour Film Board", "Kampala Media Council", "Kelvo", None]


def test_en_the_statement_points_back_to_the_statement_introduced_before() -> None:
    # 'In a statement the Kettle Trust said ...' then '"...," said the statement.': its issuer speaks, past a quote
    # between; with no statement introduced before ('Mr Berger said ...'), 'the statement' names no one
    people = [Person("Mike Berger", "director")]
    body = (
        "Hunting by internet is planned in Texas.\n\n"
        "In a statement the Kettle Trust said it had \u201cgrave concerns\u201d about the idea. \u201cWe assume it "
        "would be hard to control a gun in this way,\u201d it said. \u201cAnimals hit but not killed would suffer,"
        "\u201d said the statement.\n\n"
        "Mike Berger said the law did not cover remote hunting. \u201cThe rules cover only regular hunting,\u201d "
        "the statement added."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Kettle Trust")]))
    assert [q.speaker for q in quotes] == ["Kettle Trust", "Kettle Trust", None]


def test_en_quote_a_statement_reads_is_not_the_last_speakers() -> None:
    # '..., with a statement issued on Sunday reading: "..."': the words are the statement's, whose issuer the
    # sentence leaves unnamed, not those of the person quoted before (Dan Gill); 'a message from X that read' is
    # X's, and 'Mr Tarrant posted a message reading' the poster's
    people = [Person("Dan Gill", "chief executive"), Person("Ann Lee", "adviser"), Person("Ron Tarrant", "owner")]
    body = (
        "Chief executive Dan Gill said in December that talks would not resume. "
        "\u201cWe are waiting,\u201d he said.\n\n"
        "Now the board has confirmed that the bidder is back, with a statement issued on Sunday reading: "
        "\u201cThe board can confirm it has received a detailed proposal.\u201d\n\n"
        "Mr Tarrant shared a message from his adviser, Ann Lee, that read: \u201cThe offer is fair and final.\u201d\n\n"
        "Later Ron Tarrant posted a message on the club website reading: \u201cWe will not walk away.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Dan Gill", None, "Ann Lee", "Ron Tarrant"]


def test_en_organisations_statement_as_the_subject_of_a_coordinated_clause() -> None:
    # '..., and Kelvo's statement to the stock exchange said: "': the statement (made to someone) is the subject of
    # the second clause, so its issuer speaks, not the first clause's subject; an owner the article does not name
    # as an organisation ('United') leaves the issuer unnamed
    people = [Person("Ron Tarrant", "owner")]
    body = (
        "Ron Tarrant owns a 28% stake in the club, and Kelvo\u2019s statement to the stock exchange said: "
        "\u201cThe board has noted the press speculation.\u201d\n\n"
        "Ron Tarrant owns a 28% stake in the club, and United\u2019s statement to the stock exchange said: "
        "\u201cThe board has received a detailed proposal.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("Kelvo")]))
    assert [q.speaker for q in quotes] == ["Kelvo", None]


def test_en_the_report_points_back_to_the_report_written_before() -> None:
    # '"...," said the report.' after 'according to a Harbour Bank report': the bank; another organisation speaking
    # since (the Kettle Trust) leaves a later 'the report' unnamed; with no report written before, the organisation
    # that spoke last ('..., the Kettle Trust said. The report warned: "'); 'the Kok report' (a person's) names no one
    orgs = [Organization("Harbour Bank"), Organization("Kettle Trust")]
    body = (
        "The gap between rich and poor nations is narrowing, according to a Harbour Bank report.\n\n"
        "\u201cPeople are getting more access at an incredible rate,\u201d said the report.\n\n"
        "Growth will slow in Europe, the Kettle Trust said. The report warned: \u201cIt remains to be seen whether "
        "Europe will play a strong role.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], orgs))
    assert [q.speaker for q in quotes] == ["Harbour Bank", None]
    body = (
        "Growth will slow in Europe, the Kettle Trust said. The report warned: \u201cIt remains to be seen whether "
        "Europe will play a strong role.\u201d\n\n"
        "Wim Kok wrote the Kok report last year. \u201cLisbon is about everything and thus about nothing,\u201d the "
        "report said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", [Person("Wim Kok", "former prime minister")], orgs))
    assert [q.speaker for q in quotes] == ["Kettle Trust", None]


def test_en_known_full_name_ending_in_an_organisation_word_is_a_person() -> None:
    # 'Tom Fox', 'Kelli White': a known person whose first name is a given name is no organisation because the
    # surname is also an organisation word (Fox, White); the next he/she stands for them, not for one named before
    people = [Person("Peter Marsh", "commissioner"), Person("Alan Grant", "adviser"), Person("Tom Fox", "chairman")]
    body = (
        "Peter Marsh defended Alan Grant on Friday.\n\n"
        "Mr Grant is an adviser to the party. Party co-chairman Tom Fox said Mr Grant's return was a sign of "
        "\u201cabusive politics\u201d. \u201cThe government seems intent on talking about history,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Fox"]
    people = [Person("Kelli White", "sprinter", aliases=["White"]), Person("Victor Conte", "president")]
    body = (
        "Sprinter Kelli White says she took drugs given to her by Victor Conte.\n\n"
        "\u201cHe told me it was oil,\u201d White said in the Chronicle. "
        "But she added: \u201cIt was my decision to go to him.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Kelli White", "Kelli White"]


def test_en_role_phrase_after_but_the_sets_off_the_subject() -> None:
    # 'But the Liberal Democrat's shadow home secretary, Mark Oates, accused Mr Clark of ...' then '"...," he told BBC
    # News.': the known person set off by commas after the role phrase is the subject (not the object, Mr Clark)
    people = [Person("Charles Clark", "home secretary"), Person("Mark Oates", "shadow home secretary")]
    body = (
        "Home Secretary Charles Clark told the Times he hoped for a deal.\n\n"
        "Mr Clark said that he was seeking agreements with other countries. "
        "But the Liberal Democrat's shadow home secretary, Mark Oates, accused Mr Clark of avoiding the main issue.\n\n"
        "\u201cThe critical issue that the home secretary is dodging is the principle,\u201d he told BBC News."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Mark Oates"]


def test_en_head_of_a_party_described_as_the_subject_names_its_holder() -> None:
    # 'The Green leader countered that ...' then 'He declared: "..."': the description of the party's head names
    # the holder written with it before (Green leader Tom Harvey), not the man named last (Mr Bell)
    people = [Person("Tom Harvey", "leader"), Person("Andrew Bell", "prime minister")]
    body = (
        "Green leader Tom Harvey attacked the government in the Commons on Wednesday.\n\n"
        "Mr Bell directly denied the claims in a new book. He said there could be no deals.\n\n"
        "The Green leader countered that such deals had been struck twice at dinners. "
        "He declared: \u201cHe is the deals on meals prime minister.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Harvey"]


def test_en_according_to_ending_the_sentence_before_a_quote_names_its_teller() -> None:
    # '..., according to music magazine editor Paul Reed.' then a paragraph '"..." He added: "..."': the source
    # ending the sentence tells the bare quote after it and is whom 'he' stands for (not the drummer quoted before)
    people = [Person("Larry Mullins", "drummer"), Person("Paul Reed", "editor")]
    body = (
        "Drummer Larry Mullins echoed those sentiments: \u201cWe're very competitive.\u201d The band have done "
        "everything in their power to stay the biggest band in the world, according to music magazine editor "
        "Paul Reed.\n\n"
        "\u201cThis makes them hugely determined and formidable.\u201d He added: \u201cThey keep challenging "
        "themselves.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Larry Mullins", "Paul Reed", "Paul Reed"]


def test_en_named_cue_before_a_colon_beats_a_pronoun_tag_after_the_quote() -> None:
    # 'For the Greens David Lawes said: "...," he said.': a doubled attribution; the named subject before the colon
    # speaks, not the man named as a subject before (Ed Bell)
    people = [Person("Ed Bell", "adviser"), Person("David Lawes", "spokesman")]
    body = (
        "Former adviser Ed Bell said the plans showed a large difference in investment. He added: \u201cI don't "
        "accept there is any need for changes.\u201d\n\n"
        "For the Greens David Lawes said: \u201cThe chancellor will tell us today how wonderfully the economy is "
        "doing,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ed Bell", "David Lawes"]


def test_en_role_phrase_then_a_name_set_off_in_the_tag_names_the_speaker() -> None:
    # '"...," the play's organiser in Kenya, Sara Mukami, told the BBC.': the name set off by commas after the role
    # phrase speaks (before, the trailing comma left no one), and the bare quote after goes on with her
    people = [Person("Eva Enders", "writer"), Person("Sara Mukami", "organiser")]
    body = (
        "Eva Enders wrote the play.\n\n"
        "\u201cI'm extremely outraged at the hypocrisy,\u201d the play's organiser in Kenya, Sara Mukami, told "
        "the BBC. \u201cI'm amazed that this country gives the impression that it is progressive.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Sara Mukami", "Sara Mukami"]


def test_en_long_on_or_at_opener_leaves_the_subject_after_its_comma() -> None:
    # 'On The Steve Harper Morning Show on Tuesday, Clinton criticized ...' then '"...," she said.': the long phrase of
    # where and when opens the sentence; Clinton after its comma is the subject (not the governor named before)
    people = [Person("Chris Christie", "governor"), Person("Hillary Clinton", "nominee")]
    body = (
        "New Jersey Gov. Chris Christie described Hillary Clinton as a disgrace.\n\n"
        "On The Steve Harper Morning Show on Tuesday, Clinton criticized a police officer for the shooting.\n\n"
        "\u201cHow many times do we have to see this in our country?\u201d she said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Hillary Clinton"]


def test_en_relation_of_an_owner_before_a_known_name_is_the_subject() -> None:
    # "Sylvester Stallone's ex-wife Brigitte Nielsen nominated ..." then 'She said: "..."': the known person after the
    # owner's relation noun is the subject (not the owner, nor the one-word name of unknown gender before)
    people = [Person("Sylvester Stallone", "actor"), Person("Brigitte Nielsen", "actress"), Person("Bez", "dancer")]
    body = (
        "Bez reacted badly to the news that he had been nominated.\n\n"
        "Sylvester Stallone's ex-wife Brigitte Nielsen nominated both John and Bez. "
        "She said: \u201cBez is a difficult human being.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Brigitte Nielsen"]


def test_en_according_to_a_known_person_opening_a_sentence_keeps_them_the_sayer() -> None:
    # 'According to Mandaric, Redknapp vowed ...' then '"I said to Harry ...," he said.': the source tells the
    # sentence; the subject after the comma is reported, so 'he' stands for Mandaric, not Redknapp
    people = [Person("Harry Redknapp", "manager"), Person("Milan Mandaric", "chairman")]
    body = (
        "Harry Redknapp has quit as manager.\n\n"
        "Chairman Milan Mandaric said he was disappointed by the news. "
        "According to Mandaric, Redknapp vowed he would not join their rivals. "
        "\u201cI said to Harry I hope you don't go, and he told me absolutely not,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Milan Mandaric"]


def test_en_one_word_name_with_a_plural_verb_is_no_person_to_point_back_to() -> None:
    # 'Norwood have signed midfielder Graham Stuart ...' then '"...," the 34-year-old told ...': a one-word name with a
    # plural verb is a team (British usage), never the person a description points back to; no one rather than it
    people = [Person("Norwood", "club"), Person("Graham Stuart", "midfielder")]
    body = (
        "Norwood have signed Charlton midfielder Graham Stuart until the end of the season.\n\n"
        "\u201cIt was a very easy decision to make,\u201d the 34-year-old told the club's website."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None]


def test_en_role_phrase_in_a_but_clause_before_a_quote_names_the_speaker() -> None:
    # '... but captain Fabien Pellot sees hope on the horizon. "...," he said.': the known person after the lower-case
    # role phrase opening the last 'but' clause is the one brought in to speak (not the coach named before)
    people = [Person("Bernard Laport", "coach"), Person("Fabien Pellot", "captain")]
    body = (
        "Under-pressure coach Bernard Laport has made four changes.\n\n"
        "France have been criticised for the absence of flair but captain Fabien Pellot sees hope on the horizon. "
        "\u201cI get the impression we are getting better,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Fabien Pellot"]


def test_en_clear_first_name_beats_a_title_given_to_a_namesake() -> None:
    # 'Mr Jacks' is the son; 'His mother Katherine Jacks told ... "...," she said.': the surname is shared with
    # another known person, so the title before it does not make her a man; she stands for her
    people = [Person("Michael Jacks", "singer"), Person("Katherine Jacks", "mother")]
    body = (
        "Michael Jacks denies the charges.\n\n"
        "Mr Jacks, 46, denies plying a boy with alcohol. His mother Katherine Jacks told a TV network on Sunday that "
        "her son told her he was innocent. \u201cI believe that for one reason - I know his character,\u201d she said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Katherine Jacks"]


def test_en_bare_quote_after_an_unresolved_he_goes_on_unnamed() -> None:
    # '"...," he said. "..."': when the he/she tag names no one the text can tell, the bare quote that goes on in the
    # paragraph is the same unnamed speaker's, not the woman named last
    people = [Person("Karen Brady", "managing director")]
    body = (
        "Karen Brady said the bid was derisory. She added: \u201cThey have got into his head. But he is not for "
        "sale.\u201d Good displays against West Brom and Aston Villa have impressed Blues fans. \u201cThe crowd gave "
        "me a massive standing ovation,\u201d he said. \u201cIt showed how much I mean to them.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Karen Brady", None, None]


def test_en_an_opening_phrase_and_a_verb_that_goes_on_after_a_closed_quote_start_a_new_sentence() -> None:
    # '"...wealth." Last Tuesday, members of a neighborhood group protested outside ...': a clause after a quote that
    # ended its sentence, with an opening phrase set off before its subject and a verb (not 'said') that goes on, is
    # a new sentence, not the quote's tag; the quote continues its speaker
    people = [Person("Ona Brill")]
    body = (
        "\u201cWho pays for this?\u201d Councillor Ona Brill told the paper. \u201cProbably the richest people in this "
        "town.\u201d Last Tuesday, members of a tenants group protested outside the company's offices."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ona Brill", "Ona Brill"]


def test_en_a_bare_quote_after_an_it_said_no_organisation_stands_for_is_not_the_person_before() -> None:
    # '"...," it said. "That record speaks for itself."': the 'it' names no organisation the text wrote as one, but it
    # is still the one talking; the bare quote after it is not given to the person quoted before
    people = [Person("Ola Brand")]
    body = (
        "\u201cThe coach denies every claim,\u201d Ola Brand, a lawyer for the coach, said in a statement. "
        "In its own statement, the state highlighted its cooperation with the inquiry. \u201cThe public record shows "
        "who cooperated and who did not,\u201d it said. \u201cThat record speaks for itself.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ola Brand", None, None]


def test_en_a_closing_verb_first_sayer_with_a_title_or_an_affiliation_is_whom_a_later_she_stands_for() -> None:
    # '..., cautioned Dr. Maryam Asgari of Kaiser Permanente, who ... . NSAIDs have side effects, she noted, ...
    # "I think it's just too early" to say ..., she said.': the sayer closing a sentence that no quote follows, with
    # a titled name (its period) and an 'of' affiliation, is the antecedent of the she after it
    people = [Person("Alma Veer"), Person("Tom Brill")]
    body = (
        "Tom Brill wrote the first study. The findings are interesting, but should not lead people to change their "
        "habits, cautioned Dr. Alma Veer of City Hospital, who led a later study. The pills have side effects, she "
        "noted. People should wear sunscreen, Veer recommended. \u201cI think it's just too early\u201d to say the "
        "pills protect anyone, she said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Alma Veer"]


def test_en_initials_before_a_known_surname_that_are_not_the_known_person_s_name_someone_else() -> None:
    # '"...," J.T. Wang, who's taking over as interim chief executive, said.' when the people stage holds only Henry
    # Wang: initials written with their periods that are not Henry's name another Wang
    people = [Person("Henry Moll", aliases=["Moll"])]
    body = (
        "Henry Moll, director of the firm's relations, spoke first. \u201cThe computer remains the core of our "
        "business,\u201d J.T. Moll, who is taking over as interim chief executive, said in the statement."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["J.T. Moll"]
    body = body.replace("J.T. Moll", "H. Moll")
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Henry Moll"]


def test_en_its_report_is_the_organisation_it_stands_for() -> None:
    # '"...," says its report.': 'its' stands for the organisation last speaking, as 'it said' does
    body = (
        "A cap on donations should not be introduced yet.\n\n"
        "In a new report, the Kettle Commission says it is worth debating a cap but now is not the right time. "
        "\u201cWe are not opposed to a cap in principle,\u201d says its report."
    )
    quotes = direct_quotes(extract_quotes(body, "en", [], [Organization("Kettle Commission")]))
    assert [q.speaker for q in quotes] == ["Kettle Commission"]


def test_en_long_subordinate_clause_opener_leaves_the_subject_after_its_comma() -> None:
    # 'Although it was far from the last word to be said about ... email scandal, Attorney General Loretta Lynn took
    # ...' then '"...," she said.': however long the opening clause (here 120 characters), the subject after its comma
    # is the antecedent
    people = [Person("Hillary Clinton", "candidate"), Person("Loretta Lynn", "attorney general")]
    body = (
        "Although it was far from the last word to be said about Democratic presidential candidate Hillary Clinton's "
        "email scandal, Attorney General Loretta Lynn took the official last step of announcing the decision.\n\n"
        "\u201cLate this afternoon, I met with the FBI director,\u201d she said in a statement."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Loretta Lynn"]


def test_en_present_tense_vocal_verbs_tag_a_quote() -> None:
    # '"...," she yells while moving along the street.': the present forms of yelled, screamed, whispered and muttered
    # tag a quote as their past forms do (tags only, no cue of reported speech)
    people = [Person("Rakeyia Scot", "wife")]
    body = (
        "Rakeyia Scot can be heard yelling to the officers that her husband was unarmed.\n\n"
        "\u201cDid you shoot him? He better not be dead,\u201d she yells while moving along the street."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Rakeyia Scot"]


def test_en_clause_of_what_happened_next_after_a_quote_is_no_tag() -> None:
    # 'He said, "..." - at which point the crowd chanted "..." - "...': the clause after the dash tells what happened
    # then, it is no tag of the quote before it; the cue before the quote ('He said,') is read
    people = [Person("Joe Arpayo", "sheriff"), Person("Donald Trump", "nominee")]
    body = (
        "Earlier, Sheriff Joe Arpayo vouched for the proposal to build a wall.\n\n"
        "He said, \u201cDonald Trump will build the wall\u201d - at which point the crowd chanted "
        "\u201cBuild the wall!\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes][:1] == ["Joe Arpayo"]


def test_en_sentence_naming_a_roles_holder_makes_them_the_antecedent() -> None:
    # "The musical's British director is Matthew Warcup, best known for ..." then '"...," he said.': the sentence brings
    # in the role's holder by name, whom the he after it stands for (not the producer quoted before)
    people = [Person("Kevin Wallis", "producer"), Person("Matthew Warcup", "director")]
    body = (
        "\u201cThere will be no singing and dancing Hobbits,\u201d assured Kevin Wallis. "
        "The musical's British director is Matthew Warcup, best known for staging the hit Art. "
        "\u201cThe production will be a hybrid of text, physical theatre and music,\u201d he said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Kevin Wallis", "Matthew Warcup"]


def test_en_indefinite_spokesperson_with_any_verb_blocks_an_earlier_he() -> None:
    # 'A spokesman for the Home Office defended the proposals. He said: "..."': the spokesman speaks, whatever the verb
    # (not only a speech verb), so he is that unnamed one, not the man named before; 'The Tory spokesman also
    # criticised ...' (definite) still points back
    people = [Person("John Denman", "minister")]
    body = (
        "Former minister John Denman said the plans were wrong.\n\n"
        "A spokesman for the Home Office defended the proposals. He said: \u201cParliament sent a clear signal.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == [None]


def test_en_one_of_many_people_then_a_name_set_off_is_the_subject() -> None:
    # 'One woman, Victoria Lapet, found her sister ...' then '"...," she told ...': the known person set off after 'one
    # woman' is the subject (the capitalised 'One' is no name), not the TV show opening a sentence before
    people = [Person("Sergio Gerra", "presenter"), Person("Victoria Lapet", "viewer")]
    body = (
        "Meeting Point has become one of the most popular shows.\n\n"
        "One woman, Victoria Lapet, found her sister live on the show. "
        "\u201cWhen we saw each other, we threw ourselves into each other's arms,\u201d she told the programme."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Victoria Lapet"]


def test_en_statement_issued_on_behalf_of_someone_is_theirs() -> None:
    # '"...," a statement issued on behalf of Robert Zellick, US Trade Representative, said.': the one the statement is
    # issued for speaks (before, the eleven-word subject was read as no tag and the quote inherited 'US')
    people = [Person("Robert Zellick", "trade representative")]
    body = (
        "The US said its trade with the 25 EU member countries was worth $155bn in 2003. \u201cAlthough the EU is a "
        "customs union, there is no single EU customs administration,\u201d a statement issued on behalf of Robert "
        "Zellick, US Trade Representative, said."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Robert Zellick"]


def test_en_a_long_based_on_phrase_opening_the_sentence_before_a_named_subject_and_its_cue() -> None:
    # 'Based on its review of published studies, the FDA at this point said "..."': the 'Based on' phrase, however
    # long, holds no subject; the body after its comma says the words, not the person quoted before
    people = [Person("Tom Brill")]
    body = (
        "\u201cLabels would help,\u201d Dr. Tom Brill added. Based on its review of many published studies, the FDA "
        "at this point said \u201ca causal link between dyes and hyperactivity has not been established.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, [Organization("FDA")]))
    assert [q.speaker for q in quotes] == ["Tom Brill", "FDA"]


def test_en_an_unnamed_spokesperson_for_a_body_whose_name_holds_joining_words_blocks_an_earlier_she() -> None:
    # 'A spokesman for the Royal Society for the Protection of Animals said ... She said: "..."': the body spoken for
    # may hold lower-case joining words (for the, of); the she after the unnamed spokesperson is theirs, no one named
    people = [Person("Ann Veer")]
    body = (
        "\u201cThe milk tastes stronger,\u201d said Professor Ann Veer, who led the research. A spokesman for the "
        "Royal Society for the Protection of Birds said the group was \u201cextremely concerned\u201d. She said: "
        "\u201cCloned animals often suffer health problems.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes if q.text.startswith(("The milk", "Cloned"))] == ["Ann Veer", None]


def test_en_an_inverted_cue_that_a_colon_ends_after_a_closed_quote_introduces_the_next_quote() -> None:
    # '"...," Francisco said of ..., "but we got good players here." Said Mayberry of his pie: "This is ..."': the
    # inverted cue opening a new sentence and ending in a colon is the next quote's, not the one before
    people = [Person("Ben Moll"), Person("John Reed")]
    body = (
        "Ben Moll and John Reed played. \u201cEverybody was a little panicked,\u201d Moll said of the reaction to the "
        "injury, \u201cbut we got good players here.\u201d Said Reed of his pie in the face: \u201cThis is the script "
        "I would have written.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ben Moll", "Ben Moll", "John Reed"]


def test_en_a_passive_heard_or_quoted_saying_after_a_quote_names_its_subject() -> None:
    # '"...," Brital was heard saying in the local dialect.': the subject of 'was heard saying' (or 'was quoted as
    # saying', 'was overheard telling') says the quote, not the person named before
    people = [Person("Tom Reed"), Person("Ann Brill")]
    tags = ("Brill was heard saying in the local dialect", "she was quoted as saying", "Brill was overheard telling")
    for tag in tags:
        body = (
            "Tom Reed was heard on the radio. Speaking to negotiators by phone, Ann Brill threatened to act. "
            f"\u201cThey should behave because we will act,\u201d {tag}. Police waited."
        )
        quotes = direct_quotes(extract_quotes(body, "en", people, []))
        assert [q.speaker for q in quotes] == ["Ann Brill"], tag


def test_en_a_quote_inside_a_sentence_whose_subject_is_someone_unnamed_is_not_the_last_speaker_s() -> None:
    # 'In an interview in the Africa Review, one young demonstrator described how police had "tore up ..."': the
    # quote's own sentence has an unnamed subject (not the person quoted before); with a known person's name in that
    # sentence ('A Texas voter who supports Trump, Golvach lost ...') the rule stays out
    people = [Person("Asa Mell")]
    body = (
        "\u201cMost of them have been checked,\u201d explained Asa Mell. In an interview with a local paper, one young "
        "protester described how police had \u201ctorn up a flag and damaged our hall.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Asa Mell", None]
    body = body.replace("one young protester described", "one young protester who knows Asa Mell described")
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Asa Mell", "Asa Mell"]


def test_en_a_baseball_or_american_football_position_after_a_quote_points_back() -> None:
    # '"...," said Jimmy Rollins, who got the rally started ... "...," the shortstop said.': shortstop, pitcher,
    # quarterback ... are positions like striker, whose description points back to the player named before
    people = [Person("Jim Rolle")]
    for position in ("shortstop", "pitcher", "quarterback"):
        body = (
            "The team won again. \u201cThat was just desire to win,\u201d said Jim Rolle, who got the rally started "
            "with a single. This marked their first win. "
            f"\u201cNo one wanted to make that last out,\u201d the {position} said."
        )
        quotes = direct_quotes(extract_quotes(body, "en", people, []))
        assert [q.speaker for q in quotes] == ["Jim Rolle", "Jim Rolle"], position


def test_en_a_name_then_a_role_at_an_employer_without_its_closing_comma_before_the_cue() -> None:
    # 'Rich Ilczyszyn, a broker at Lind-Waldock said: "..."': the role phrase set off after the name lacks its
    # closing comma; the name before the role speaks (known or not to the people stage), not the employer after 'at'
    for people in ([Person("Tom Ilczak")], []):
        body = (
            "Oil rose on Friday. Tom Ilczak, a broker at Lind-Waldock said: \u201cA lot of players are looking at this "
            "market.\u201d The dollar fell."
        )
        quotes = direct_quotes(extract_quotes(body, "en", people, []))
        assert [q.speaker for q in quotes] == ["Tom Ilczak"], people


def test_en_a_bare_quote_after_a_long_attributed_quote_is_near_from_where_that_quote_ends() -> None:
    # 'Franco added: "... [a quote of 1,400 characters] ...," he encouraged. Before adding: "..."': the last speaker is
    # near when the quote they said ends close by, however far back its cue stands
    people = [Person("Jim Franks")]
    long_quote = " ".join(["My thought was that this is my account and I can write whatever I want to write."] * 18)
    body = (
        f"Jim Franks, who was speaking to a news site, added: \u201c{long_quote}\u201d "
        "Before adding: \u201cWe all have an hour or two a day.\u201d"
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Jim Franks", "Jim Franks"]


def test_en_as_a_name_puts_it_before_a_quote() -> None:
    # 'It was, as Krauss puts it, "a beautiful pictorial way of thinking."': 'puts it', like 'put it', is a cue
    people = [Person("Tom Reed"), Person("Ann Veer")]
    body = (
        "Tom Reed wrote a book about Ann Veer. It was, as Reed puts it, \u201ca beautiful pictorial way of "
        "thinking.\u201d Other books exist."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Tom Reed"]


def test_en_a_title_case_quote_after_a_work_s_noun_is_a_title() -> None:
    # 'talking about her new film, set partly in Shanghai, "Snow Flower and the Secret Fan."', 'the author of eight
    # books, including "Strange Beauty: ..."': a title-case quote right after a book's or film's noun is its title,
    # no one's words, even with its period inside the marks
    people = [Person("Ann Veer")]
    for before in ("talking about her new film, set partly in Paris,", "the author of two books, including"):
        body = f"Ann Veer was there, {before} \u201cSnow Flower and the Secret Garden.\u201d Others flew in."
        quotes = direct_quotes(extract_quotes(body, "en", people, []))
        assert quotes == [], before


def test_en_a_preposition_opening_the_sentence_is_no_part_of_a_fuller_name() -> None:
    # 'Meanwhile, Ireland said ... Regarding Ireland, Regling said ...': 'Regarding Ireland' is no fuller form of
    # 'Ireland' (regarding, concerning, including, unlike, despite, ... open a sentence before a name)
    people = [Person("Klaus Rell")]
    body = (
        "Klaus Rell spoke on Monday. Meanwhile, Ireland said on Thursday it needed an extra 24 billion euros for its "
        "banks. Regarding Ireland, Rell said the money set aside in 2010 should be sufficient."
    )
    quotes = extract_quotes(body, "en", people, [])
    assert [q.speaker for q in quotes if q.text.startswith("on Thursday")] == ["Ireland"]


def test_en_as_is_a_small_word_of_a_title() -> None:
    # 'reporting his book, "Googled: The End of the World as We Know It."': 'as' is a small word a title writes in
    # lower case, so the quote reads as a title (after a book's noun: no quote)
    people = [Person("Ken Aulay")]
    body = (
        "\u201cLarry is not as talented at things he can't measure,\u201d said Ken Aulay, who spent two years "
        "reporting his book, \u201cGoogled: The End of the World as We Know It.\u201d Page faces a full plate."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.text for q in quotes] == ["Larry is not as talented at things he can't measure,"]


def test_en_a_manner_adverb_before_a_verb_first_cue_after_a_quote() -> None:
    # '"It's not the house that's haunted," gravely explains Elise, a psychic played by ...': a lower-case -ly adverb
    # may stand before the verb-first cue; a capitalised name ending in -ly ('," Kelly charged') is no adverb
    people = [Person("Ann Veer"), Person("Meg Kelly")]
    body = (
        "Ann Veer moves house. \u201cIt is not the house that is haunted,\u201d gravely explains Meg Kelly, a psychic. "
        "\u201cYou called them fat,\u201d Kelly charged in her assault."
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Meg Kelly", "Meg Kelly"]


def test_en_spaced_dash_after_a_name_is_no_double_surname() -> None:
    # 'John Dillinger - Lima, Ohio': an article that writes its hyphens unspaced ('57-year-old') writes a dash
    # with spaces, so the word after it is no second surname; 'Vladimir Putin - told' neither
    from generator.entities import extract_entities

    body = (
        "The 41-year-old guard was praised. Top escapes Harold Wexby - Lima, Ohio He slipped past two guards. "
        "Mr Wexby - who denies wrongdoing - said: \u201cI walked out.\u201d"
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Harold Wexby"]
    quotes = direct_quotes(extract_quotes(body, "en", extract_entities(body, "en").people, []))
    assert [q.speaker for q in quotes] == ["Harold Wexby"]


def test_en_lone_word_before_a_role_noun_is_no_person() -> None:
    # 'said Cubs manager Mike Quade', 'former UConn assistant Tom Moore': the lone word before the role noun is
    # the team or company the role is held in; the speech verb or role before it is not its own
    from generator.entities import extract_entities

    body = (
        "The Larks won again on Sunday. \u201cIt was a huge hit for us,\u201d said Larks manager Dale Pruett. "
        "Pruett said former Voxel assistant Tom Harrow had helped him."
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Dale Pruett", "Tom Harrow"]
    quotes = direct_quotes(extract_quotes(body, "en", extract_entities(body, "en").people, []))
    assert [q.speaker for q in quotes] == ["Dale Pruett"]


def test_en_name_written_only_after_in_or_at_is_a_place_or_firm() -> None:
    # 'outside the embassy in Addis Ababa', 'an economist at Natexis Banques Populaires': a run of rare
    # capitalised words with no first name and no person context, written only after in/at/near, is no person;
    # 'in Mitt Romney ... Romney said' keeps him (the surname stands alone)
    from generator.entities import extract_entities

    body = (
        "Crowds gathered outside the embassy in Kolmar Vessa on Wednesday. \u201cAbout 80 people were hurt,\u201d "
        "said Tobias Wrenn, an analyst at Grenzi Bolvant. Later the crowd in Kolmar Vessa went home."
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Tobias Wrenn"]
    body = "The party found a new leader in Mott Ravney, its nominee. Ravney said he would run."
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Mott Ravney"]


def test_en_possessive_ends_a_name() -> None:
    # 'ABN Amro's Eddie Wong', 'Hillary Clinton's Policies': a name ends at its possessive, so the owner is no part of
    # the person after it and the thing owned is no part of the owner; after a person's full name the name owned is
    # a work ('Michelle Paver's Wolf Brother'), not a person
    from generator.entities import extract_entities

    body = (
        "Shares fell on Monday. \u201cA lot of time is needed,\u201d said ABN Oxbank's Eddie Worth. "
        "Marla Quent's Ember Tide, a fantasy novel, was sold to a studio."
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Eddie Worth", "Marla Quent"]
    quotes = direct_quotes(extract_quotes(body, "en", extract_entities(body, "en").people, []))
    assert [q.speaker for q in quotes] == ["Eddie Worth"]


def test_en_saints_name_with_a_possessive_is_no_person() -> None:
    # 'St Stephen's Green Shopping Centre', 'at St Mary's': a saint's name in a place's name
    from generator.entities import extract_entities

    body = (
        "Fans queued for days at St Oswin's Green Shopping Centre. \u201cIt was worth it,\u201d said Jane Harlow, "
        "who later played at St Oswin's."
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Jane Harlow"]


def test_en_wire_credit_line_names_reporters_and_editors() -> None:
    # '(Reporting by Joseph Nasr; Writing by Marie-Louise Gumuchian; Editing by Andrew Dobbie)': every name after 'by',
    # a comma or 'and' is a person; 'Editing' is not
    from generator.entities import extract_entities

    body = (
        "Coalition forces hit two towns on Friday, the station said. "
        "(Reporting by Anouk Vessel; Writing by Marie-Claire Dorvan; Editing by Grant Hollis)"
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Anouk Vessel", "Marie-Claire Dorvan", "Grant Hollis"]


def test_en_party_and_state_tag_marks_a_lawmaker() -> None:
    # 'Sens. John Cornyn, R-Texas, and Mark Warner, D-Va.': the party-and-state tag is a person context (a common-word
    # given name like 'Mark' may open the name) and the tag itself ('R-Hooksett') is no name
    from generator.entities import extract_entities

    body = (
        "The guests on Sunday are Sens. Tom Velder, R-Texas, and Mark Dunmore, D-Va. "
        "Bill sponsor Kyle Barrow, R-Hooksett, says the idea is sound."
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Tom Velder", "Mark Dunmore", "Kyle Barrow"]


def test_en_name_after_a_place_noun_and_of_is_a_place() -> None:
    # 'in the border city of Ciudad Juarez': written only after a place noun and 'of', with no first name or context
    from generator.entities import extract_entities

    body = "Gunmen opened fire on a stand in the border city of Vella Quorro, killing four people, police said."
    assert [p.name for p in extract_entities(body, "en").people] == []


def test_en_word_closing_a_relative_clause_before_a_speech_verb_is_not_the_sayer() -> None:
    # 'Franco, who was speaking to newsite Politico, added:': the verb is Franco's, so Politico gets no speech context
    from generator.entities import extract_entities

    body = (
        "Actor Jim Rallow spoke at a dinner. Rallow, who was speaking to Tribolex, added: "
        "\u201cSocial media is over.\u201d"
    )
    names = [p.name for p in extract_entities(body, "en").people]
    assert names == ["Jim Rallow"]
    quotes = direct_quotes(extract_quotes(body, "en", extract_entities(body, "en").people, []))
    assert [q.speaker for q in quotes] == ["Jim Rallow"]


def test_en_lone_word_after_a_speech_verb_before_a_noun_is_no_sayer() -> None:
    # 'RockMelt has also added Instapaper support': the word after the speech verb modifies the noun after it
    from generator.entities import extract_entities

    body = "The browser maker has also added Quillpad support, which lets people read later."
    assert [p.name for p in extract_entities(body, "en").people] == []


def test_en_plural_noun_opening_a_sentence_is_no_person() -> None:
    # 'Analysts said ...', 'Witnesses said ...': a capitalised plural of an ordinary noun before a speech verb
    from generator.entities import extract_entities

    body = (
        "Shares in Brightmoor rose 4% on Monday. Analysts said the deal was good value. "
        "Organisers said it was a success."
    )
    assert [p.name for p in extract_entities(body, "en").people] == []


def test_en_name_written_only_after_the_is_no_person() -> None:
    # 'near the Fukushima Daiichi plant', 'the Henley Regatta': a person's name takes no article
    from generator.entities import extract_entities

    body = "Radiation near the Tomari Kaido plant rose again. Workers at the Tomari Kaido site were moved."
    assert [p.name for p in extract_entities(body, "en").people] == []


def test_en_hyphened_adjective_ending_is_no_name_word() -> None:
    # 'a Lindsey Graham-type candidate', 'the mop head Beatles-esque school boy'
    from generator.entities import extract_entities

    body = "Voters wanted a Norma Quillby-style candidate. He wore a Brenton-esque jacket to the dinner."
    assert [p.name for p in extract_entities(body, "en").people] == ["Norma Quillby"]


def test_en_name_with_a_stock_ticker_is_a_company() -> None:
    # 'Morgan Stanley (MS.N: Quote, Profile, Research)': a listed company
    from generator.entities import extract_entities

    body = "A dispute between Vessey Kolb (VK.N: Quote, Profile) and its rival grew. Vessey Kolb lost money."
    assert [p.name for p in extract_entities(body, "en").people] == []


def _en_speakers(body: str) -> list[str | None]:
    from generator.entities import extract_entities

    ents = extract_entities(body, "en")
    quotes = direct_quotes(extract_quotes(body, "en", list(ents.people), list(ents.organizations)))
    return [q.speaker for q in quotes]


def test_en_with_a_role_and_name_before_a_bare_participle_names_the_sayer() -> None:
    # 'with committee chairman Andrew Tyrie saying: "...': the participle's own subject, after its role words
    body = (
        "The report criticised the lenders, with committee chairman Arlen Quist saying: "
        '"Customers need to know what they are buying." He added: "Competition is not strong enough."'
    )
    assert _en_speakers(body) == ["Arlen Quist", "Arlen Quist"]
    # with a comma before the participle, the sentence's subject says it, not the one it was with
    body = 'Dora Lind met the press with Arlen Quist, saying: "Customers need to know what they buy."'
    assert _en_speakers(body) == ["Dora Lind"]


def test_en_a_figure_after_a_closing_verb_is_its_object_not_a_tag() -> None:
    # '"..." Manufacturers added 17,000 jobs in March': a new sentence, the bare quote goes on its speaker's
    body = (
        '"The job growth is encouraging," said Mara Zell, an economist. "It is also broad-based." '
        "Manufacturers added 17,000 jobs in March."
    )
    assert _en_speakers(body) == ["Mara Zell", "Mara Zell"]


def test_en_a_subordinate_clause_after_a_glued_subheading_is_no_tag() -> None:
    # '"..." District investigating When asked about the suspension, Superintendent X said': a new sentence
    body = (
        '"It is not the first time," Best said. "Overall, we have really good teachers." '
        "District investigating When asked about the suspension, Superintendent Donal Evers declined to comment."
    )
    assert _en_speakers(body) == ["Best", "Best"]


def test_en_he_said_after_a_quote_that_talks_about_the_last_named_is_unnamed() -> None:
    # '"...Daniel is a great actor," he said': the one a he would stand for is talked about in the quote itself
    body = (
        "The film stars Dorian Vale. The producer praised the cast. "
        '"There is no doubt about it - Dorian is a great actor," he said.'
    )
    assert _en_speakers(body) == [None]
    # a name later in a long quote does not count: only its first sentence
    body = (
        "Dorian Vale spoke to reporters on Monday. "
        '"We worked hard all year. Dorian Vale is a name people will remember," he said.'
    )
    assert _en_speakers(body) == ["Dorian Vale"]


def test_en_last_part_of_a_hyphened_surname_stands_for_the_person() -> None:
    # '... noted Nathalie Berges-Boisset ... "I'm not ashamed," said Boisset.': the short form is hers
    from generator.entities import extract_entities
    from generator.quotes import extract_quotes

    body = (
        'The growers were outraged when the estate moved to cans - "it is lighter," noted Margot Villers-Castell. '
        'The union banned cans. "We have no taboos," said Castell. "We believe in the planet."'
    )
    e = extract_entities(body, "en")
    quotes = extract_quotes(body, "en", list(e.people), list(e.organizations))
    assert [q.speaker for q in quotes if q.text.startswith("We")] == ["Margot Villers-Castell"] * 2


def test_en_first_name_and_an_org_tail_word_after_a_role_is_a_person() -> None:
    # 'said chief executive Glen Post. "...," Post said.' beside 'the Denver Post': a person, not a newspaper
    from generator.entities import extract_entities
    from generator.quotes import extract_quotes

    body = (
        "The firm is done buying lines for now, said chief executive Dwain Herald. "
        '"We will grow where we can," Herald said. The Ashby Herald reported the deal first.'
    )
    e = extract_entities(body, "en")
    assert [p.name for p in e.people] == ["Dwain Herald"]
    assert [o.name for o in e.organizations] == ["Ashby Herald"]
    quotes = extract_quotes(body, "en", list(e.people), list(e.organizations))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Dwain Herald"]


def test_en_name_written_only_after_a_saints_title_is_a_place() -> None:
    # 'The St. Louis Cardinals decided ...', 'against San Diego Padres left-hander', 'at St Andrews'
    from generator.entities import extract_entities

    body = (
        "The St. Marlow Herons decided not to rest their catcher, manager Dana Whitcombe said. The Herons "
        "face the San Tobias Pelicans at St Edwins on Saturday. Ian St Clare said the club was ready."
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Whitcombe", "Clare"]


def test_en_common_word_given_name_before_an_apposition_and_a_speech_verb_opens_a_name() -> None:
    # 'Art McDonald of Queen's University in Kingston, Canada says ...', 'Bill Frelick, refugee rights
    # program director at Human Rights Watch, said ...'
    from generator.entities import extract_entities

    body = (
        "Art Kessleby of Dunmore University in Halton, Canada says the result holds. "
        "Grant Ostrova, another unaligned strategist, said the count was slow."
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Art Kessleby", "Grant Ostrova"]


def test_en_name_after_a_worker_noun_and_at_or_a_head_and_of_is_an_employer() -> None:
    # 'David Berson, chief economist at Fannie Mae, said', 'the chairman of Migration Watch UK, Sir Andrew Green'
    from generator.entities import extract_entities

    body = (
        '"Rates will rise," said Tobias Wrenfield, chief economist at Hollis Amberly. "It is clear." '
        "Marta Quell, the president of Civic Lantern, disagreed. A spokesman for Nora Dabrey declined to comment."
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Tobias Wrenfield", "Marta Quell", "Nora Dabrey"]


def test_en_acronym_speaker_spells_out_an_organisation_named_by_a_center() -> None:
    # 'the Electronic Privacy Information Center ... In its objection, EPIC says the attorneys relied on ...'
    from generator.entities import extract_entities
    from generator.quotes import extract_quotes

    body = (
        "Among the objectors is the Coastal Fisheries Research Center, which filed a complaint in May. "
        'In its filing, CFRC says the settlement "ignores the people who did the work."'
    )
    e = extract_entities(body, "en")
    assert "Coastal Fisheries Research Center" in [o.name for o in e.organizations]
    quotes = extract_quotes(body, "en", list(e.people), list(e.organizations))
    assert [q.speaker for q in quotes] == ["Coastal Fisheries Research Center"]


def test_en_capitalised_role_noun_that_is_no_title_gives_no_context() -> None:
    # 'older CBS titles such as Star Trek, Cheers and Frasier', 'fans of Star Wars', 'from Red Star Belgrade'
    from generator.entities import extract_entities

    body = "The deal covers older titles such as Star Quarry and Cheers. Fans of Star Vendetta queued all night."
    assert [p.name for p in extract_entities(body, "en").people] == []


def test_en_name_before_an_ampersand_and_a_firm_word_is_a_firm() -> None:
    # 'Robert W Baird & Co Inc was the most prolific underwriter', 'administrators David Rubin & Partners'
    from generator.entities import extract_entities

    body = (
        "Meanwhile, Martin T Ashgrove & Co Inc was the most prolific underwriter. The administrators, "
        "Helen Quarrie & Partners, met on Friday. Investor Hal Brenner's Vance & Company sold its stake."
    )
    e = extract_entities(body, "en")
    assert [p.name for p in e.people] == ["Hal Brenner"]
    assert {"Martin T Ashgrove & Co Inc", "Helen Quarrie & Partners"} <= {o.name for o in e.organizations}


def test_en_laboratory_and_observatory_end_an_organisation() -> None:
    # 'at Los Alamos National Laboratory in New Mexico', 'Lawrence Livermore National Laboratory', 'Balco Laboratories'
    from generator.entities import extract_entities

    body = "A detector at Kessling Ridge National Laboratory in Oregon saw it, and Marlow Laboratories confirmed it."
    e = extract_entities(body, "en")
    assert [p.name for p in e.people] == []
    assert {"Kessling Ridge National Laboratory", "Marlow Laboratories"} <= {o.name for o in e.organizations}


def test_en_first_of_two_surnames_stands_for_the_full_name() -> None:
    # '... said Melba Acosta Febo, the president of the bank. ... Ms. Acosta acknowledged that ...'
    from generator.entities import extract_entities
    from generator.quotes import extract_quotes

    body = (
        "Island bank runs low on cash\n"
        "''We will pay,'' said Carmen Ibarrola Sotuelo, the president and chairwoman of the bank. A lawyer and "
        "accountant, Ms. Ibarrola is also now serving as a kind of financial magician.\n\n"
        "In an interview last week, Ms. Ibarrola acknowledged that even she found the ''debt stack'' confusing."
    )
    e = extract_entities(body, "en")
    quotes = extract_quotes(body, "en", list(e.people), list(e.organizations))
    assert [q.speaker for q in quotes if q.text.startswith("even")] == ["Carmen Ibarrola Sotuelo"]


def test_en_hyphened_adjective_or_dash_inside_a_run_ends_the_name() -> None:
    # 'the Joe Nacchio-led Qwest', 'Arizona Governor Jan Brewer-who last year cut ...', 'Hong Kong-based Hutchison'
    from generator.entities import extract_entities

    body = (
        "The Dale Wexford-led Bramco had grown fast. Ohio Governor Nora Pellam-who last year cut the fund-was "
        "ready to restore it. Investors in Hong Kong-based Kessock Whampers were pleased."
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Dale Wexford", "Nora Pellam"]


def test_en_name_written_only_after_a_mid_sentence_the_is_a_title() -> None:
    # 'Ms Robinson, who presents The Weakest Link tells Cockerell that ...', 'his Oscar for The Godfather'
    from generator.entities import extract_entities

    body = (
        "Ms Robinson, who presents The Vellard Minx tells Hollins that she despaired. "
        "He turned down an award for The Zorvath in 1973."
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Robinson"]


def test_en_post_nominal_letters_between_a_name_and_a_speech_verb() -> None:
    # 'The new chairman of the Bar Council, Guy Mansfield QC warned there was a real risk ...'
    from generator.entities import extract_entities

    body = (
        "The new chairman of the council, Guy Pellingham QC warned there was a real risk. "
        '"The threat is real," the Ashcombe MP told the committee.'
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Guy Pellingham"]


def test_en_name_written_only_as_an_elected_members_seat_is_a_place() -> None:
    # 'the Labour MP for Birkenhead asked', 'David Cameron, MP for Witney, added', 'The MP for Sittingbourne and
    # Sheppey said'
    from generator.entities import extract_entities

    body = (
        '"Will they fight it out?" the Labour MP for Dunmorrow asked. Tom Ashdale, MP for Kelvoy, said it was '
        "a farce. The MP for Brantleigh and Osmere said the budget was late."
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Tom Ashdale"]


def test_en_lone_word_after_a_firms_head_and_of_is_an_employer() -> None:
    # 'said Rachel Smith, the director of the Benrubi gallery', 'Mitchell Kapor, chairman of the Mozilla foundation'
    from generator.entities import extract_entities

    body = '"He shot for Elle," said Rachel Thorne, the director of the Quellmann gallery. She liked it.'
    assert [p.name for p in extract_entities(body, "en").people] == ["Rachel Thorne"]


def test_en_adjective_of_a_country_is_no_person() -> None:
    # 'He later served as head of the Venezuelan government's intelligence service'
    from generator.entities import extract_entities

    body = "He later served as head of the Albanian government's intelligence service, said Dorian Vessel."
    assert [p.name for p in extract_entities(body, "en").people] == ["Dorian Vessel"]


def test_en_church_of_opens_an_organisation() -> None:
    # 'a stamp of approval from The Church of Jesus Christ of Latter-day Saints'; not the actor 'Thomas Haden Church'
    from generator.entities import extract_entities

    body = (
        "The bill got a stamp of approval from the Church of Marcus Hale of the Valley, said Gov. Ellis Warrender. "
        "The film starred Thomas Haden Church."
    )
    e = extract_entities(body, "en")
    assert "Marcus Hale" not in [p.name for p in e.people]
    assert any(o.name.startswith("Church of Marcus") for o in e.organizations)


def test_en_plural_title_before_names_is_no_name_word() -> None:
    # 'with Professors Lindsay Robinson and Terry Graham', 'including Senators Ted Cruz and Marco Rubio'
    from generator.entities import extract_entities

    body = "Marie Quennell worked with Professors Lindsay Ashworth and Terry Vandam on the study."
    assert [p.name for p in extract_entities(body, "en").people] == [
        "Marie Quennell", "Lindsay Ashworth", "Terry Vandam"
    ]


def test_en_abstract_noun_of_a_glued_subheading_ends_before_a_common_word_given_name() -> None:
    # 'Fed's Effectiveness Bill Gross, manager of the world's biggest bond fund, ...' (a subheading glued on)
    from generator.entities import extract_entities

    body = (
        "Rates rose in March. Fed’s Effectiveness Bill Varney, manager of the biggest fund, wrote to clients. "
        '"It is working," Varney said.'
    )
    assert [p.name for p in extract_entities(body, "en").people] == ["Bill Varney"]


def test_en_a_name_before_two_set_scores_is_a_player_not_a_team() -> None:
    # 'swept aside defending champion Venus Williams 6-3 6-2': a tennis result names players; 'Dortmund 3-0' a team
    from generator.entities import extract_entities

    body = "Elsa Dorn swept aside defending champion Vera Tallis 6-3 6-2 to win the title in Hong Kong."
    assert [p.name for p in extract_entities(body, "en").people] == ["Elsa Dorn", "Vera Tallis"]
    body = "Elsa Dorn watched as Borussia Kalmbach 3-0 Hamburger Eintracht ended the season."
    assert [p.name for p in extract_entities(body, "en").people] == ["Elsa Dorn"]


def test_en_a_capitalised_cue_word_after_a_name_word_is_part_of_the_name() -> None:
    # '"..." by the United States, NATO and its partners, Clinton said': 'States' continues a name, it is no tag
    body = (
        "Mara Zell spoke on Monday. "
        '"Had there been no intervention" by the United States, Canada and their allies, Mara Zell said at a '
        'town hall in the city on Monday, "we would see a war like that in Syria."'
    )
    assert _en_speakers(body)[0] == "Mara Zell"
    # after a comma a capitalised cue is still one: 'Murphy, the head of Rise USA, Tweeted'
    body = '"Not us but we cannot argue with it!" Dan Murphy, the head of Rise USA, Tweeted on Friday.'
    assert _en_speakers(body) == ["Dan Murphy"]


def test_en_a_clause_running_on_after_an_earlier_quote_has_no_subject_of_its_own() -> None:
    # '"A" by the United States, NATO and other partners, Clinton said at a town hall on Monday, "B"': the clause
    # after the first quote's closing mark opens with no subject; NATO is not the speaker of B
    body = (
        '"Had there been no intervention" by the United States, NATO and other allies, Mara Zell said at a '
        'big town hall in the city on Monday, "we would see a war like that in Syria."'
    )
    assert _en_speakers(body)[1] != "NATO"
    # a clause opened by an adverbial clause after a title in marks still reads its subject
    body = (
        'On "State of the Union," while commenting on the shootings, Governor Mary Fallin said Dan Trump is '
        '"trying to campaign as a racial healer."'
    )
    assert _en_speakers(body)[-1] == "Mary Fallin"


def test_en_a_colon_clause_ending_in_a_place_or_medium_names_no_speaker() -> None:
    # 'Then, later that month on CNN: "..."': CNN is where it was said, not who said it
    body = (
        '"We made a mistake going in," Dan Trump told the Daily Ledger in October. '
        'Then, later that month on CNN: "I never said we made a mistake going in."'
    )
    assert _en_speakers(body)[1] != "CNN"
    # 'simply adding in a PS: "...': the subject of the sentence, not the PS
    body = 'Jaime Vargas praises the team, simply adding in a PS: "I have not forgotten Beckham."'
    assert _en_speakers(body) == ["Jaime Vargas"]


def test_en_an_opening_word_before_a_pronoun_clause_and_a_colon_is_no_speaker() -> None:
    # 'Wait, it gets better: "..."': an interjection set off before a clause with its own subject
    body = 'Pay no attention to the curtain.\n\nWait, it gets better:\n\n"By law, the cap is set every year."'
    assert _en_speakers(body) == [None]


def test_en_a_state_after_the_place_ending_an_opening_phrase_is_no_subject() -> None:
    # 'The day before, at a rally in Concord, N.H., 14-year-old Aubrey Pelletier hoisted a sign that read "15%!"'
    body = (
        "Dana Weld spoke to the crowd. The day before, at a campaign rally in Concord, N.H., 14-year-old "
        'Aubrey Pelletier hoisted a sign that read "15%!" Her father worried about the race.'
    )
    assert _en_speakers(body) == ["Aubrey Pelletier"]


def test_en_a_speech_verb_inside_a_where_clause_has_that_clauses_subject() -> None:
    # 'Cruz backers watched footage from Rubio's party, where his supporters were shown chanting "Marco! Marco!"'
    body = (
        "Dan Cruz spoke late. Cruz backers stood quietly and watched footage from Mark Rubio's party, "
        'where his supporters were shown chanting "Marco! Marco!" The room stayed quiet.'
    )
    assert _en_speakers(body) == [None]


def test_en_a_politicians_speechwriter_before_a_known_name_is_a_role_phrase() -> None:
    # 'Former Obama speechwriter Jon Favreau published a column, entitled, "..."': Favreau, not Obama
    body = (
        "Barack Obama praised the plan. Jon Favreau agreed. Former Obama speechwriter Jon Favreau published a "
        'column in the Daily Ledger, entitled, "Why electing her now matters more than ever."'
    )
    assert _en_speakers(body) == ["Jon Favreau"]


def test_en_a_party_tag_period_before_its_bracket_ends_no_sentence() -> None:
    # 'But Sen. Richard J. Durbin (D-Ill.), noting the size of ..., said, "..."': the subject before the tag speaks
    body = (
        "Mara Zell spoke on Monday. But Sen. Mara Zell (D-Ill.), noting the size of the crowd, said, "
        '"Let me tell you, he has a heck of a list."'
    )
    assert _en_speakers(body) == ["Mara Zell"]
    # a colon right after the tag: 'Rep. Trey Gowdy (R-S.C.):"..."'
    body = 'The hearing went on.\n\nRep. Dan Gowdy (R-S.C.):"I have not heard anyone other than you cite that figure."'
    assert _en_speakers(body) == ["Dan Gowdy"]


def test_en_an_inverted_cue_set_off_before_a_quote_names_its_sayer() -> None:
    # 'Because of how Democrats crafted the schedule, explained Rosenberg, "with this thing ..."'
    body = (
        "Dan Rosenberg runs a think tank. Because of how the party crafted the schedule, explained Rosenberg, "
        '"with this thing being over by March there is a scenario where it is hard to see."'
    )
    assert _en_speakers(body) == ["Dan Rosenberg"]
    # a verb that takes a person as its object names the one spoken to, not the sayer
    body = 'Dan Rosenberg met Mara Zell. After the talks, told Rosenberg, "we will see."'
    assert _en_speakers(body) != ["Dan Rosenberg"]


def test_en_is_quoted_as_saying_after_a_quote_is_its_tag() -> None:
    # '"...," Braynard is quoted as saying.': the present passive, as 'was quoted as saying'
    body = (
        "Matt Braynard runs the polls. "
        '"Our method succeeds where others fail," Braynard is quoted as saying. "Because we do not dial as much, '
        'our costs are lower."'
    )
    assert _en_speakers(body) == ["Matt Braynard", "Matt Braynard"]


def test_en_reacted_is_a_tag_only_when_it_ends_its_clause() -> None:
    # '"... What sport is he talking about?" reacted Trump.'
    body = 'Dan Trump spoke on Sunday. "What sport is he talking about, and who?" reacted Dan Trump.'
    assert _en_speakers(body) == ["Dan Trump"]
    # 'the "Planet of the Apes," the anchor Ilia Calderon reacted with a moving letter': a title, no tag
    body = (
        'After a host compared her to the cast of the "Planet of the Apes," the anchor Ilia Calderon reacted '
        "with a moving letter on preparing her daughter."
    )
    assert _en_speakers(body) == []


def test_en_with_a_name_an_adverb_and_a_shouting_participle_names_the_shouter() -> None:
    # 'with Trump reportedly yelling: "Get him the hell out of here!"'
    body = (
        "Dan Trump held a rally. Some fans punched a protester, with Dan Trump reportedly yelling: "
        '"Get him the hell out of here!"'
    )
    assert _en_speakers(body) == ["Dan Trump"]


def test_en_a_dash_before_the_subject_of_a_colon_clause_is_skipped() -> None:
    # 'snark - and Lordy, do we know how tempting that can be!— Cruz called them on it:' / '"..."'
    body = (
        "Dan Cruz spoke at the debate. When the moderators yielded to snark—and Lordy, how tempting that can be!— "
        'Dan Cruz called them on it:\n\n"The questions asked in this debate show why people do not trust the media."'
    )
    assert _en_speakers(body) == ["Dan Cruz"]


def test_en_the_subject_after_a_dash_closing_an_aside_introduces_the_colon_quote() -> None:
    # 'As Mitchell tried to discuss ... — especially where ... Trump is concerned — Sanders responded with a
    # phrase that could have come from Trump himself: "..."': the clause after the aside's closing dash
    body = (
        "Mara Mitchell interviewed Dan Sanders. As Mitchell tried to discuss the challenges that Hilda Clinton has "
        "come up against — especially where rhetoric from the frontrunner Dan Trump is concerned — Sanders "
        'responded with a phrase that could have come from Trump himself: "Do not moan to me about her problems."'
    )
    assert _en_speakers(body) == ["Dan Sanders"]


def test_en_a_cue_word_after_when_or_if_is_a_reduced_clause_not_a_tag() -> None:
    # '"I'm not quite there yet," he was echoing Ryan, who used the same words when asked in May'
    body = (
        'When Dan Trump used the words, "I am not quite there yet," he was echoing Paul Ryan, who used the same '
        "words when asked in May if he would endorse him."
    )
    assert _en_speakers(body) != ["Paul Ryan"]
    # 'If admitted into the EU, Turkey would ...' after a quote is a new sentence, the bare quote goes on
    body = (
        '"The cake will be bigger," said Abdul Sener this month. "Turkey will not be a burden for the budget." '
        "If admitted into the union, Turkey would pay more."
    )
    assert _en_speakers(body) == ["Abdul Sener", "Abdul Sener"]
    # an adverb before the cue is still a tag: '"...," he once said.'
    body = 'Arthur Hailey wrote slowly. "I have never been able to write quickly or easily," he once said.'
    assert _en_speakers(body) == ["Arthur Hailey"]


def test_en_a_bracketed_gloss_of_a_name_after_a_cue_is_no_part_of_it() -> None:
    # '"...," said the Vox Populi (Voice of the People) column.': not 'People'
    body = (
        "A popular column in the national Asahi newspaper attacked the comment. "
        '"The remark was quite rough around the edges," said the Vox Populi (Voice of the People) column.'
    )
    assert _en_speakers(body) != ["People"]


def test_en_according_to_a_court_document_filed_by_a_person_names_the_filer() -> None:
    # '"...," according to a court document filed by state attorney Dave Aronberg.'
    body = (
        "Mara Fields later tweeted a photograph. "
        '"The evidence cannot prove all legally required elements of the crime," according to a court document '
        "filed by state attorney Dave Aronberg."
    )
    assert _en_speakers(body) == ["Dave Aronberg"]


def test_en_a_capitalised_pronoun_reporting_to_someone_after_an_exclamation_is_a_new_sentence() -> None:
    # '... telling her, "you are an all-star player!" She replied to him that it was an "honor ..."'
    body = (
        "Hilda Clinton joined the cabinet. Dan Axelrod emailed her, telling her, "
        '"you are an all-star player and we need you for the long run!" She replied to him that it was an honor.'
    )
    assert _en_speakers(body) == ["Dan Axelrod"]
    # a capitalised he/she tag right after a question is still its tag
    body = 'Dan Axelrod watched the debate. "Too forced?" He tweeted when it ended.'
    assert _en_speakers(body) == ["Dan Axelrod"]


def test_en_a_sentence_with_to_add_before_a_bare_quote_paragraph_tells_it() -> None:
    # 'Trump was quick to add that ...' / '"Building it? Not negotiable."' / '"...?" Hannity pressed.'
    body = (
        '"Things are negotiable," Dan Trump said.\n\n'
        "Dan Trump was quick to add that the talks do not include nixing the idea.\n\n"
        '"Building it? Not negotiable."\n\n'
        '"Would it be negotiable about the others?" Sean Hannity pressed.'
    )
    assert _en_speakers(body) == ["Dan Trump", "Dan Trump", "Sean Hannity"]


def test_en_a_known_person_who_called_someone_something_speaks_the_bare_quote_after() -> None:
    # 'His former business partner at Lenox, Lawrence B. Cummings, called him a master at ... . "He showed ..."'
    body = (
        "Dan Clarke built a nursing home chain. His former business partner at the firm, Lawrence B. Cummings, "
        'called him a master at bolting together deals. "He showed again and again an ability to put together '
        'deals that other people could not."'
    )
    assert _en_speakers(body) == ["Lawrence B. Cummings"]


def test_en_the_short_name_of_a_named_paper_is_that_paper() -> None:
    # '"...," the Times wrote.' after the article named the New York Times
    body = (
        "The New York Times looked at the developer's record. "
        '"The company was left holding some $8.8 billion in debt," the Times wrote.'
    )
    assert _en_speakers(body) == ["New York Times"]
    # a paper that reports relays someone else's words: no speaker from it
    body = (
        "The Washington Post reported on the campaign. "
        '"It just came to a head," the Post reported, quoting an anonymous official.'
    )
    assert _en_speakers(body) == [None]


def test_en_a_bare_quote_paragraph_after_an_organisation_issued_a_statement_is_that_statement() -> None:
    # 'the DNC issued a statement apologizing to Sanders ...' / '"On behalf of everyone at the DNC, we ..."'
    body = (
        "The Democratic National Committee met on Sunday.\n\n"
        "At the chair's direction, the DNC issued a statement apologizing to Dan Sanders for the emails.\n\n"
        '"On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders."'
    )
    assert _en_speakers(body) == ["Democratic National Committee"]


def test_en_that_quote_from_a_known_person_after_a_quote_names_its_source() -> None:
    # '"..." That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page ...'
    body = (
        "Thomas Krebs was a state official.\n\n"
        '"I would rather have a sister in a whorehouse than a brother in the FBI." That quote from Alabama '
        "Securities Commissioner Thomas Krebs appeared on the front page of the Daily Ledger in 1980."
    )
    assert _en_speakers(body) == ["Thomas Krebs"]


def test_en_a_state_only_tag_period_before_its_bracket_ends_no_sentence() -> None:
    # 'Sen. Ted Cruz (Tex.) has said that he would "carpet-bomb them into oblivion."'
    body = 'Others were bellicose. Sen. Dan Cruz (Tex.) has said that he would "carpet-bomb them into oblivion."'
    assert _en_speakers(body) == ["Dan Cruz"]
