"""English speakers named by a role, title, description, apposition or organisation (made-up sentences)."""

from __future__ import annotations

from generator.attribution import speaker_after_cue
from generator.quotes import extract_quotes
from generator.records import Organization, Person
from generator.registry import Registry
from tests.quote_helpers import (
    direct_quotes,
)


def test_headline_name_from_people_stage_is_not_the_speaker() -> None:
    body = (
        "Glenn Beck Blasts Drudge Over Fast Report\n\n"
        "Glenn Beck spoke on Monday.\n\n"
        '"We will keep fasting for the country," Beck said.'
    )
    people = [Person("Glenn Beck Blasts Drudge", aliases=["Glenn Beck", "Beck"])]
    (quote,) = direct_quotes(extract_quotes(body, "en", people, []))
    assert quote.speaker == "Glenn Beck"


def test_title_with_period_is_not_a_partial_quote() -> None:
    body = 'Ben Carson said on "Meet the Press." He left.'
    assert direct_quotes(extract_quotes(body, "en", [], [])) == []


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


def test_english_name_comma_organisation_before_the_cue_is_the_person() -> None:
    people = [Person("Dora Quill")]
    orgs = [Organization("Seaside Traders Guild")]
    body = 'The town lost the fair.\n\nDora Quill, Seaside Traders Guild said: "We tried very hard to keep it."'
    quotes = direct_quotes(extract_quotes(body, "en", people, orgs))
    assert [q.speaker for q in quotes] == ["Dora Quill"]


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


def test_english_title_and_surname_ending_the_sentence_credit_the_quote() -> None:
    people = [Person("Simon Bright"), Person("Ann Cole")]
    body = (
        'Simon Bright, an analyst at Numis, was calm. Ann Cole disagreed.\n\n'
        '"The firm has an incredibly strong record," Mr Bright.\n\nShares rose.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Simon Bright"]


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


def test_english_name_comma_role_of_employer_before_the_cue_is_the_person() -> None:
    people = [Person("Rosa Kettering")]
    body = (
        'The bank kept rates on hold. Rosa Kettering, chief economist at Halden Brothers said the decision was '
        '"widely expected". She added: "The next move is likely to be up."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [(q.text, q.speaker) for q in quotes] == [("The next move is likely to be up.", "Rosa Kettering")]


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


def test_english_role_with_its_owner_after_the_cue_gives_the_named_holder() -> None:
    people = [Person("Ray Tulloch"), Person("Nina Sorel")]
    body = (
        '   \n\n"It is only a scratch," said his coach Ray Tulloch. "She will run next week."\n\n'
        '"We nearly called it off," said the fair\'s artistic director, Nina Sorel.'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Ray Tulloch", "Ray Tulloch", "Nina Sorel"]


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



def test_en_description_before_a_subject_is_no_part_of_the_speaker() -> None:
    # "Distributor Sony Pictures said", "Paris-based Euronext said": the description is no part of the name
    body = 'Distributor Orbis Pictures said: "Filming starts next year."'
    quotes = direct_quotes(extract_quotes(body, "en", [], []))
    assert [q.speaker for q in quotes] == ["Orbis Pictures"]


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


def test_en_name_then_title_case_role_of_a_centre_at_a_university() -> None:
    # 'Name, Director of the X Centre at Y University, said:': the person speaks, not the university
    people = [Person("Morna Veitch")]
    body = (
        "   \n\nCouncils face cuts. Morna Veitch, Director of the Northern Public Finance Centre at Kelso "
        'University, said: "The burdens on councils are greater than they were."'
    )
    quotes = direct_quotes(extract_quotes(body, "en", people, []))
    assert [q.speaker for q in quotes] == ["Morna Veitch"]


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


def test_en_capitalised_cue_word_inside_a_sentence_is_a_title_word() -> None:
    # 'A BBC News Special: Asia Remembered, including ...': 'Remembered' written with a capital after a word is
    # part of a title, not a speech verb
    body = (
        "Aid began to arrive on Monday.\n\n"
        "A television special, Harbour Recalled, including a minute of silence, will be shown on Sunday evening."
    )
    quotes = extract_quotes(body, "en", [], [])
    assert not any(q.kind == "indirect" for q in quotes)


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


def test_en_a_place_closing_an_affiliation_set_off_after_the_name_is_no_subject() -> None:
    # 'Lead author Dr Matthew Hedman, from Cornell University, New York, said: "..."': the place after the
    # affiliation belongs to it; the known person before them speaks (and the same for a reported statement)
    people = [Person("Mara Hedley")]
    body = (
        "Scientists traced the ripples to a comet. Lead author Dr Mara Hedley, from Ostvale University, New York, "
        "said: \u201cThe solar system is a much more dynamic place than we gave it credit for.\u201d\n\n"
        "Mara Hedley, a physicist at Ostvale University, Canada, said the result was solid."
    )
    quotes = extract_quotes(body, "en", people, [])
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Mara Hedley"), ("indirect", "Mara Hedley")]
