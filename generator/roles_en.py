"""One English lexicon of roles, positions and descriptions of a person, and the views the rules use.

The words are grouped once by what they mean (a position in sport, an office, a profession, a description
of a person, a nationality written as a person noun, an organisation noun); each list a rule reads is a
named *view*: a union of these groups, with its exceptions spelt out beside it. The people module trims a
view's words before a name (``Midfielder Edu``), the quote attributor reads others as the head of a
description pointing back to someone named before (``the archbishop``, ``the Dutchman``) or as the end of a
role phrase before a name (``Tory frontbencher Andrew Tyrie``). Everything here is built once, at import.

Words are lower-case unless they are only ever written capitalised (``Dutchman``) or as an acronym
(``DJ``, ``MP``); the views keep the spelling their rules compare against.
"""

from __future__ import annotations

from generator.quote_words import ROLE_WORDS

# --- the base vocabulary, grouped by meaning -------------------------------------------------------------

#: Positions on a team: football, rugby, cricket, baseball and American football, and the captaincy (``the
#: Gloucester fly-half``, ``the shortstop``).
SPORT_POSITIONS = frozenset(
    {"striker", "winger", "wing", "midfielder", "defender", "goalkeeper", "keeper", "forward", "centre"}
    | {"centre-back", "left-back", "right-back", "fullback", "full-back"}
    | {"flanker", "fly-half", "scrum-half", "prop", "hooker"}
    | {"batsman", "bowler", "all-rounder"}
    | {"shortstop", "pitcher", "outfielder", "infielder", "reliever", "quarterback", "linebacker"}
    | {"skipper", "captain"}
)
#: Sportspeople by their sport or standing (``the sprinter``, ``the Olympic champion``).
ATHLETES = frozenset(
    {"player", "athlete", "champion", "olympian", "matchwinner", "sprinter", "jumper", "hurdler", "runner"}
    | {"swimmer", "boxer", "golfer", "cyclist", "jockey"}
)
#: Who runs a team (``the Man Utd boss``).
TEAM_BOSSES = frozenset({"boss", "manager", "coach"})
#: Offices one person holds at a time: church, state and bench (``the Cardinal``, ``the foreign secretary``).
OFFICES = frozenset(
    {"archbishop", "bishop", "cardinal", "pope", "president", "chancellor", "premier", "minister", "secretary"}
    | {"mayor", "governor", "senator", "judge"}
)
#: Offices a text capitalises even as a bare head noun (``the Bishop said``, ``the Premier``).
CAPITALISED_OFFICES = frozenset({"archbishop", "bishop", "cardinal", "pope", "president", "chancellor", "premier"})
#: Who heads an organisation (``the chairwoman``, ``the founder``).
HEADS = frozenset({"chief", "chairman", "chairwoman", "leader", "director", "founder"})
#: Roles in politics and public office beside the offices (``Tory frontbencher``, ``the Salford MP``).
POLITICAL_ROLES = frozenset(
    {"frontbencher", "backbencher", "nominee", "front-runner", "frontrunner", "hopeful", "contender"}
    | {"challenger", "incumbent", "sheriff"}
)
#: Members of parliament and disc jockeys, written as acronyms.
ACRONYM_ROLES = frozenset({"MP", "DJ", "MEP"})
#: Professions of study, business and the press (``the economist``, ``the correspondent``).
PROFESSIONS = frozenset(
    {"professor", "economist", "analyst", "critic", "researcher", "scientist", "editor", "producer"}
    | {"investor", "consultant", "correspondent", "distributor", "organiser"}
)
#: Roles in music, film, letters, broadcasting and design (``the frontman``, ``the novelist``).
ARTS_ROLES = frozenset(
    {"singer", "actor", "actress", "star", "frontman", "guitarist", "drummer", "rapper", "musician", "composer"}
    | {"artist", "author", "writer", "novelist", "film-maker", "filmmaker", "presenter", "comedian", "designer"}
    | {"songwriter", "model"}
)
#: Who acts for one person in a deal (``the agent``, a player's or an actor's): a person's role, never
#: an organisation's, but one no rule trims before a name.
REPRESENTATIVES = frozenset({"agent"})
#: Descriptions of a person by age or experience (``the youngster``, ``Teenager Sania Mirza``).
PERSON_DESCRIPTIONS = frozenset({"youngster", "teenager", "newcomer", "veteran", "international"})
#: Nationalities written as a person noun (``the Dutchman``, ``the Scot``); always capitalised.
DEMONYMS = frozenset(
    {"Dutchman", "Irishman", "Frenchman", "Englishman", "Welshman", "Scotsman", "Yorkshireman", "Cornishman"}
    | {"Dutchwoman", "Irishwoman", "Frenchwoman", "Englishwoman", "Welshwoman", "Scotswoman"}
    | {"Scot", "Spaniard", "Briton", "Swede", "Dane", "Finn", "Kiwi", "Aussie", "Argentine", "Brazilian"}
    | {"Austrian", "Australian", "Italian", "German", "Croatian", "Serbian", "Russian", "Belgian", "Kenyan"}
    | {"Ethiopian", "Moroccan", "Portuguese", "Cameroonian", "Nigerian", "Ivorian", "Ghanaian", "Jamaican"}
    | {"Canadian", "Norwegian", "Swiss", "Chilean", "Colombian", "Uruguayan", "Paraguayan", "Egyptian"}
    | {"American", "Zealander", "Mexican", "Argentinian", "Venezuelan", "Peruvian", "Cuban", "Indian", "Pakistani"}
    | {"Israeli", "Iranian", "Iraqi", "Greek", "Pole", "Czech", "Romanian", "Bulgarian", "Ukrainian", "Hungarian"}
    | {"Zimbabwean", "Zambian", "Ugandan", "Tanzanian", "Korean", "Slovakian", "Slovenian", "Latvian", "Estonian"}
    | {"Lithuanian", "Belarusian", "Armenian", "Turk", "Algerian", "Tunisian", "Senegalese", "Icelander"}
)
#: Origins written before a name as a capitalised word (``Texan``, ``New Yorker``), lower-cased.
ORIGINS = frozenset({"texan", "yorker"})
#: Lower-case words that open a role phrase before its role noun: rank, field and house
#: (``Trump senior communications adviser``, ``Clinton campaign manager``).
ROLE_MODIFIERS = frozenset(
    {"senior", "campaign", "communications", "chief", "deputy", "press", "top", "national", "longtime", "policy"}
    | {"political", "foreign", "transition", "digital", "legal", "economic", "security", "media", "finance"}
    | {"senate", "house", "white", "state", "field", "research", "data", "polling", "speech", "staff"}
)
#: Nouns that describe an organisation (``the company``, ``the watchdog``, ``the committee``).
ORGANISATIONS = frozenset(
    {"company", "firm", "organisation", "organization", "corporation", "watchdog", "regulator", "retailer"}
    | {"carmaker", "airline", "bank", "broadcaster", "publisher", "developer", "charity", "agency"}
    | {"ministry", "department", "magazine", "newspaper", "consultancy"}
    | {"group", "committee", "club", "union", "council", "association", "federation", "commission", "body"}
)

# --- the views ---------------------------------------------------------------------------------------------

#: Words that are only trimmed before a name (``Model Kate Moss``, ``Sacked MP Howard Flight``) and head no
#: description pointing back in the quote rules: ``model``, ``sacked`` (no noun at all), ``songwriter``, the
#: business and press roles, the origins and the lower-cased ``mp`` (the quote rules spell it ``MP``).
TRIM_ONLY = frozenset({"model", "sacked", "songwriter", "distributor", "organiser", "correspondent", "mp"}) | ORIGINS
#: Positions not trimmed before a name, as the people module has always had it: ``Captain`` is a title (one
#: of ``ROLE_WORDS``), ``Forward``, ``Keeper``, ``Prop``, ``Hooker``, ``Centre`` are plain words or surnames,
#: and the cricket and compound back positions were never on its list (adding one would change output).
UNTRIMMED_POSITIONS = frozenset({"captain", "forward", "keeper", "prop", "hooker", "centre"}) | {
    "batsman",
    "bowler",
    "all-rounder",
    "centre-back",
    "left-back",
    "right-back",
}
#: Positions trimmed before a name (``Midfielder Edu``, ``Skipper Martin Johnson``).
TRIMMED_POSITIONS = SPORT_POSITIONS - UNTRIMMED_POSITIONS

#: (people) a description, position or origin written before a name, capitalised only by where it stands
#: (``Midfielder Edu``, ``Teenager Sania Mirza``, ``New Yorker Dick Morris``, ``Sacked MP Howard Flight``),
#: lower-cased; trimmed, never part of the name
TRIMMED_BEFORE_NAME = (
    TRIMMED_POSITIONS | {"olympian", "matchwinner"} | (PERSON_DESCRIPTIONS - {"youngster", "international"}) | TRIM_ONLY
)

#: Role nouns that head a description pointing back to someone named before but only ever as its head, not as
#: a trimmed word: ``champion`` and ``singer`` (``the Olympic champion``, ``the singer``; before a name they
#: may be part of it, ``Lewis Champion``).
POINT_BACK_ONLY = frozenset({"champion", "singer"})

#: (quotes) role nouns that head a description of someone named before (``The archbishop``, ``The Man Utd
#: boss``): the team bosses, offices and heads; the positions but ``wing``, ``fullback`` and ``centre``; the
#: athletes of team sports and sprints (the other athletes close only a role phrase, ``LEAD_ROLES``); the
#: arts roles but the trim-only ones; ``veteran``; and the professions of study and the press.
EPITHET_HEADS = (
    TEAM_BOSSES
    | OFFICES
    | HEADS
    | (SPORT_POSITIONS - {"wing", "fullback", "centre"})
    | {"player", "athlete", "sprinter", "jockey"}
    | POINT_BACK_ONLY
    | (ARTS_ROLES - TRIM_ONLY - POINT_BACK_ONLY)
    | {"veteran"}
    | {"professor", "economist", "analyst", "critic", "researcher", "scientist", "editor", "producer"}
)
#: (quotes) person descriptions that head no role phrase before a name but point back to someone named before:
#: ``the youngster``, ``the teenager``, ``the DJ``, ``the Salford MP``, ``the MEP``, ``the agent``, ``the Holland
#: international`` (not ``the top seed``: ``seventh seed X`` holds another seed), and a nationality written as a
#: person noun (``the Dutchman``, ``the Irishman``, ``the Scot``). ``newcomer`` and ``veteran`` are left out
#: (``veteran`` is an epithet head).
PERSON_EPITHETS = (PERSON_DESCRIPTIONS - {"newcomer", "veteran"}) | ACRONYM_ROLES | DEMONYMS | REPRESENTATIVES
#: (quotes) offices one person holds at a time, whose description names that holder (``the Cardinal``, ``the
#: chancellor``, ``the foreign secretary``); not ``the Olympic champion``, one of many in a round-up
OFFICE_HEADS = OFFICES
#: (quotes) who heads a party, a body or a team, written with what they head (``the Tory leader``, ``the BBC
#: chairman``, ``the England coach``): that description names the holder written with it before
LEADER_HEADS = HEADS | TEAM_BOSSES
#: (quotes) titles a text capitalises as a head noun too (``the Bishop said``, ``the Cardinal will ask``),
#: capitalised
CAPITAL_HEADS = frozenset(w.capitalize() for w in CAPITALISED_OFFICES)
#: (quotes) the role nouns that may close a role phrase before a name (``critic``, ``chairman``, ``captain``,
#: ``But centre Jamie Noon``, ``Republican presidential nominee Donald Trump``): every role word and epithet
#: head, the athletes of single events, investors and consultants, and the roles of politics.
LEAD_ROLES = (
    ROLE_WORDS
    | EPITHET_HEADS
    | {"centre"}
    | {"jumper", "hurdler", "runner", "swimmer", "boxer", "golfer", "cyclist"}
    | {"investor", "consultant"}
    | POLITICAL_ROLES
)
#: (quotes) nouns that head a description of an organisation named before (``The company``, ``the firm``)
ORG_EPITHET_HEADS = ORGANISATIONS
