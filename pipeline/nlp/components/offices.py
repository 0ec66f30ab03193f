"""Offices with their jurisdiction: "Springfield's mayor" → Mayor of Springfield.

A role (``models/lexicons/roles.jsonl``) names the kind of office and the
level of place it belongs to (city, state, country). The jurisdiction comes,
in this order, from

1. the mention itself: a place or demonym before the role ("Springfield mayoral",
   "Ruritanian presidential", "U.S. Senator"), a possessive ("Springfield's mayor"),
   "of <place>" after it ("mayor of Springfield"), or "<election> in <place>"; a place with
   its administrative head ("Zembla Oblast governor", "governor of Zembla Oblast") or inside its
   country ("governor of the U.S. state of Ohio"); before the title of a city's, county's or state's
   office that titles a name, a capitalised run the KB does not know ("Zembla governor Ana Ruiz");
   "<country>'s <place>" after the title of an office below a country's level ("governor of
   Zembla's Kestrel region", "governor of the country's Kestrel State"); a party right before a country's
   office, its country ("Democratic presidential candidate" → President of the United States);
2. an anaphor ("the city's next mayor"), resolved like 3 at the anaphor's level, even for a title 3 alone never
   places ("the country's emir");
3. the places of the sentence, then of the document, walked up the knowledge
   base's ``part_of`` chain to the role's level ("state Sen." in a Springfield
   story → Illinois, because the KB says Springfield is in Illinois); an office placed so
   takes instead the place of an office of its role that 1 or the KB placed in the story,
   the nearest before, else after (one story, one premiership);
4. another office of the same role in the story, else the one office of that role
   the KB records for the story's people ("presidential elections ... Incumbent
   Ana Ruiz", whom the KB records as President of Freedonia: President of Freedonia);
5. in a story whose places and demonyms name no country, the last resorts of ``STORY_COUNTRY_RESORTS``: the one
   country of the KB's organisations, then that of the national outlet cited as the source ("the joint
   presidential candidate ... (Rappler)": President of the Philippines; a wire, a broadcaster or a US outlet names
   none).

A role that titles a name ("President Kim", "Sen. Anna Jones", "Gov. X"; the
roles marked ``titles`` in roles.jsonl: heads of government and legislators)
first asks the knowledge base which office of that role the person holds; a country's
office of no told place then takes the one country of the story's organisations ("Prime
Minister X's Zembla First party"). Without any of these, such a titled office keeps the role's bare name ("President", with
an empty jurisdiction): the person still holds an office. Any other role right before a
name ("Home Secretary X", "MP X") asks the knowledge base the same way, then takes the seat of its role
the story names, then the country of the story's organisations, and is left out without one; any other
office whose place cannot be told is left out.

Roles of level ``portfolio`` are named by the capitalised words after them, up to a name ("Secretary of
State for Work and Pensions Ana Ruiz"). Roles of level ``org`` take an organisation instead of a place: a party's leader
("Labour Party leader"), a legislature's members ("members of the Knesset", "a
seat in the Sejm", and the body itself before a race noun: "the Knesset election"); a chamber's common word there
("a seat in Congress", "eight House seats", "elections for Congress") is the story's country's chamber of that kind
(legislatures.jsonl), after a state's name the state's ("a member of the Kestrel House"), and a body joined to an
office after an election cue ("to elect the president and the National Assembly") or after "control of" in a sentence
about an election is its members' office too.
A role with ``seats`` names a member by constituency where the story's country
does so ("the Peterborough seat" → Member of Parliament for Peterborough).

A title that is also a common word, a first name or a surname (a monarch's: "King", "Queen", "Sultan") is placed
by its own words, a name it titles, or the KB (``story_place``), never read inside a name ("Stephen King":
``surname``), and where the office exists (``present_in``: "the queen of Sydney" is no monarch). An envoy's office
(``destination_before``) needs its country and its post both told by the mention ("Kazakhstan's Ambassador to
Japan"), or its post told and its country that of the story's envoys told in full to the same post or in a sentence
naming the same person ("X, Kazakhstan's Ambassador to Japan, ... X served as Ambassador to the United States"); a
chief justice takes the one place whose supreme court the story names (``story_bodies``). An office few countries have
(an opposition leader's: ``story_place`` nearest) takes only the story's nearest place, and only where it exists there
("Togolese opposition leader X ... Britain" holds none). A country's office followed by "in the
<country's> state of <place>" and titling no name is the state's ("Lawmakers in the U.S. state of Kestrel"), left out.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ...errors import DataError
from ..kb import PARTY_TYPE, Entity, KnowledgeBase, fold, word_key
from ..resources import Resources, Role, load_resources
from ..extensions import MENTIONS, get_span_value, plain_span_extensions, set_span_value
from .common import (ARTICLES, CONTEXT_PLACES, HYPHENS, PLURAL_POSSESSIVES, POSSESSIVE_ENDINGS, INSTITUTION_APPOSITION_RULE,
                     ORDINAL, phrase_end, SHORT_PARTY_RULE, add_mentions, default_models_dir, honorific_starts,
                     is_capital_abbreviation, is_party, mentions, party_entities, role_matcher, sentence_index,
                     sentence_of, span_text, surname_at, token_lowers, token_texts, is_acronym)

# The closed-class words come from models/lexicons/ (Resources): qualifiers looked through left of a
# role (qualifiers.tsv, use office_left), race nouns (race_nouns.tsv), place anaphors, stance prefixes.
#: A possessive after a place, a body or a holder, a plural's too ("the voters' choice").
_POSSESSIVE = POSSESSIVE_ENDINGS | PLURAL_POSSESSIVES
#: The words that join an envoy's further post to the one its role names ("to France and to Italy").
_POST_JOINERS = frozenset({"and", ","})
#: The preposition of an envoy's further post ("and to Italy"; "in" after a comma names the post's city).
_POST_TO = "to"
#: The race nouns a role's ``election_race_adjectives`` must stand right before ("the European election(s)").
ELECTION_NOUNS = frozenset({"election", "elections"})
#: Words that join offices in a list of what an election fills ("elect the president and the National Assembly").
_JOINERS = frozenset({"and", "&"})
#: At most this many words of a title part a division's name or possessive from the titled name joined by "and" to
#: an appointed office's title ("British Columbia's deputy provincial health officer Y and Health Minister X";
#: :meth:`OfficeRecognizer._shared_division`).
MAX_SHARED_DIVISION_WORDS = 6
#: The words that join two titles of one person ("president and CEO", "COO/president"; :meth:`_company_officer`).
_TITLE_JOINS = frozenset({"and", "&", "/"})
#: A share of a body's seats an election fills, looked through after an election cue to the body ("to elect a third
#: of the Senate", "elect half the National Assembly", "one-third of"): the count word, then the fraction.
_SHARE_COUNTS = frozenset({"a", "one", "two"})
_SHARE_FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters"})
#: ... the fractions that need no count word before them ("half the Senate"; "a third", never "third", does)
_SHARE_ALONE = frozenset({"half", "one-third", "two-thirds", "one-half"})
#: The KB's organisation types that own a head's bare title ahead of a country ("Velmar Motors fires President X");
#: a body the KB knows as a state's, a party's or an international one owns none (:meth:`OfficeRecognizer._title_owner`).
_TITLE_OWNER_TYPES = frozenset({"company", "sports_team"})
#: How many words may stand between a title's owner and its verb: a day, an auxiliary ("Velmar Motors on Monday
#: promoted Vice President X", "Kestrel University has named President X").
MAX_OWNER_VERB_GAP = 3
#: The words after a titled name that open its owner ("President X of Kestrel University", "Chancellor X at Y").
_OWNER_OPENERS = frozenset({"of", "at"})
#: Longest capitalised run after "of" taken as a place the KB does not know ("of Somaliland").
MAX_UNKNOWN_PLACE_TOKENS = 3
#: "a mission to the secretive Stalinist state": the words between "the" and a country's anaphor after an abroad
#: cue (roles.jsonl ``abroad_before``), and the anaphors' levels that name a country visited ("state" is one's too)
MAX_VISITED_MODIFIERS = 3
_VISITED_LEVELS = frozenset({"country", "state"})
#: "X, who leads the Labour Party,": a relative clause's verb of leading a party names the party's leader's office
#: (:meth:`OfficeRecognizer._led_parties`), the role of this id; an adverb of LEAD_ADVERBS may stand after "who".
LEAD_ROLE = "role.party_leader"
LEAD_VERBS = frozenset({"leads", "heads"})
LEAD_ADVERBS = frozenset({"also", "now", "currently", "still"})
#: The infinitives of LEAD_VERBS after "to" and a contest's noun: "a bid to lead the Conservative Party", "the race to
#: head Labour" name the party leader's office sought (a plain "to lead" names none: "returned to lead the campaign").
LEAD_INFINITIVES = frozenset({"lead", "head"})
LEAD_CONTESTS = frozenset({"race", "bid", "bids", "contest", "campaign", "run", "battle", "fight", "candidacy"})
_LEAD_WORDS = LEAD_VERBS | LEAD_INFINITIVES
#: ... where the contest's own verb may also end the party's name ("the race to lead Labour is between X and Y").
LEAD_CONTEST_ENDS = frozenset({"is", "was", "will", "has", "had"})
#: What may follow the party for the clause to end there ("who leads Fine Gael, ...", "who leads Labour and ...").
LEAD_CLAUSE_ENDS = frozenset({",", ".", ";", ")", "and", "since"})
#: At most this many capitalised words name the place whose possessive stands before the led party ("who leads New
#: Zealand's Labour Party").
MAX_PLACE_POSSESSIVE_WORDS = 3
#: How many lower-case words may stand between "leader of the" and the party ("the ruling socialist").
MAX_ORG_MODIFIERS = 3
#: The last resorts, in this order, for the country of a country's office of no told place that titles no name, read
#: only where the story's own places and demonyms name no country (a city or region named is walked up to its
#: country by step 3 already, so none is left to read): the one country of the KB's organisations (``part_of``),
#: then the country of the national outlet cited as the source at the end (outlets.tsv ``country``: "the joint
#: presidential candidate ... (Rappler)"). The first resort that names a country decides; one naming two tells
#: nothing, and the office is left out (:meth:`_story_country`). The KB's people are no resort beyond the office of
#: the same role they hold (:meth:`_held_in_story`): a story names foreign leaders ("EU chief X [a former Prime
#: Minister of Portugal] ... rebel legislators" are no Portuguese legislators).
STORY_COUNTRY_RESORTS = ("organisations", "outlet")
#: The parentheses that end a story: its source citations ("(Reuters) (AFP via Yahoo News)", "(X), (Y).").
_CITATION_TAIL = re.compile(r"(?:\s*\([^()]*\)\s*[.,;]?)+\s*$")
#: What joins a wire's name to the outlet that ran its story ("AFP via Yahoo News"): only the first, the source, tells
#: where the story is from (a national paper runs wires' stories of the world).
_CITATION_VIA = re.compile(r"\s+via\s+")
#: One citation of that tail, its parentheses' inside.
_CITATION_GROUP = re.compile(r"\(([^()]*)\)")
#: How many tokens before "the party's leader" the party may be named.
ANAPHOR_WINDOW = 40
#: At most this many words part a body from the verb by which it elects its post ("Parliament on Tuesday elected X as
#: speaker"; :meth:`OfficeRecognizer._electing_body`), and the pairs of a verb's winners and titles before a title
#: from that verb ("elected A as speaker and B as deputy speaker").
ELECTING_BODY_WINDOW = 4
ELECTED_TITLE_WINDOW = 14
#: At most this many words in an apposition between a verb's winner and "as" ("elected X, a former judge, as speaker").
MAX_ELECTED_APPOSITION = 6
#: The words that may join a verb's winners and their titles ("elected A, a lawyer, as its speaker and B as ...").
_ELECTED_JOINERS = frozenset({"as", "and", ",", "its", "their", "the", "a", "an"})
#: The words before an electing verb that make it no body's act: a passive, an infinitive, a hyphened form.
_NO_BODY_BEFORE = frozenset({"was", "were", "is", "are", "be", "been", "being", "to", "-", "–"})
#: At most this many words after a role's "of [the]" up to an organisation's lower-case head ("president of the
#: national Zemblan speed skating association"; :meth:`OfficeRecognizer._organisation_head_after`).
MAX_ORG_WORDS_AFTER_OF = 5
#: The words that open a firm's department after a role ("vice president of sales at Acme"; :meth:`_department_at`).
_DEPARTMENT_OPENERS = frozenset({"of", "for"})
#: At most this many lower-case words name the department ("advanced development programs", "space and launch").
MAX_DEPARTMENT_WORDS = 4
#: Determiners after a role's "of" before the organisation it heads ("president of that organization").
_DETERMINERS_AFTER_OF = frozenset({"that", "this", "its", "their", "his", "her", "a", "an"})
#: At most this many capitalised words between a role's word and a competition's head ("Premier Rugby League").
MAX_WORDS_BEFORE_COMPETITION = 1
#: At most this many capitalised words before a party's role are read as the party's short name
#: ("Democratic Unionist leader X"; :meth:`OfficeRecognizer._org_by_name_forms`).
MAX_NAME_FORM_WORDS = 3
#: Longest constituency name taken ("Mid Bedfordshire", "Brecon and Radnorshire", "Stoke-on-Trent Central").
MAX_SEAT_TOKENS = 6
#: Seat cues of several seats: the run after them joined by "and" names one seat a part ("flip the seats of
#: Wellingborough and Kingswood"), where after a singular cue "and" is inside one name ("the seat of Brecon and
#: Radnorshire").
PLURAL_SEAT_CUES = frozenset({"seats of", "constituencies of", "mps for"})
#: party and standing words looked through between a qualifier and an office ("former Kenyan opposition" has
#: at most two: "a former ruling party MP" is the party's word and the standing's)
MAX_PARTY_WORDS = 3
#: Most words of the place a member represents before "in" and the body ("represents Ohio's 9th congressional
#: district in the House": six)
MAX_REPRESENTED_WORDS = 7
#: How many lower-case words may stand before a subdivision's noun ("the Ruritanian breakaway state of X").
MAX_SUBDIVISION_MODIFIERS = 2
#: Place levels from the smallest up: a place of a higher level is never part of a lower one's name.
_LEVEL_RANK = {"city": 1, "county": 2, "state": 3, "country": 4}
#: Most lower-case words read through between "former" and an office ("former economic security minister X")
MAX_FORMER_MODIFIERS = 2
#: words that turn one role into another: the "former" before them is the earlier one's ("former rebel turned minister")
_ROLE_CHANGE_WORDS = frozenset({"turned", "became", "becomes", "now"})
#: Latin two-word modifiers of an office, looked through left of it as qualifiers are ("former de facto Bamban
#: mayor X" is a former mayor; :meth:`OfficeRecognizer._left_of_qualifiers`)
_LATIN_MODIFIERS = frozenset({("de", "facto"), ("de", "jure")})
#: Most words looked through between an election cue's article and the legislature it fills (:meth:`_past_body_modifiers`).
MAX_BODY_MODIFIERS = 4
#: role words that are a time of day's suffix too: after a number ("at 3 PM", "1:27 PM") they name no office
_CLOCK_SUFFIXES = frozenset({"pm"})
#: An auxiliary between a people's demonym and its verb of voting ("Zemblans have voted", "Zemblans will elect").
_VOTE_AUXILIARIES = frozenset({"have", "had", "will", "would", "are", "were"})
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?")
#: Levels of titling roles whose place may be a capitalised run the KB does not know, right before the
#: title ("Zembla governor Ana Ruiz"); a country the KB does not know is too rare to read one so.
_UNKNOWN_PLACE_BEFORE_LEVELS = frozenset({"city", "county", "state"})
#: The levels of a head's role that office_words.tsv ``subnational`` makes a region's ("regional president",
#: "state premier"), and the KB types of a region that holds such an office of its own.
_SUBNATIONAL_HEAD_LEVELS = frozenset({"country", "state"})
_SUBNATIONAL_HEAD_TYPES = frozenset({"state", "region"})
#: The lower-case word that makes a chamber's common word a state's ("a state House seat", "the state Senate race"):
#: no nation's chamber (:meth:`OfficeRecognizer._chamber_at`); a role with a ``state_role`` after it is that role
_STATE_WORD = "state"
#: The level of a role that a city standing for a division of its name (the KB's ``division``) holds: "Governor of
#: Jakarta" (:meth:`OfficeRecognizer._fits`)
_STATE_LEVEL = "state"
#: Levels of the offices a subdivision named after a titled holder places ("Governor X of the state of Kestrel"); a
#: country's office is no subdivision's ("President X of the state of Kestrel")
_SUBDIVISION_LEVELS = frozenset({"city", "county", "state"})
# words of a body's name between a state and the role word that ends it ("Ohio House of Representatives")
MAX_BODY_WORDS = 3

#: Words after a ``placed_forms`` role that may tell its country ("a deputy from the ruling Zembla First party",
#: "deputy in Venezuela"), and the lower-case words after it that leave it the role (they end its phrase)
_PLACED_TELLERS = frozenset({"from", "of", "in"})
_PLACED_AFTER = _PLACED_TELLERS | {"for", "and", "who", "since", "until"}

#: What sets off a party's letter and state after a titled name: "Sen. Ana Ruiz, D-Mass.", "Rep. Ana Ruiz (R-TX)"
_TAG_OPENERS = frozenset({",", "("})

#: Words between a listed plural of ``listed_after`` and the list's joiner before it: its count or share ("and 128
#: deputies", ", all 500 deputies", "and the deputies"); the joiners of a list of offices
_LIST_COUNT_WORDS = frozenset({"all", "the", "new", "some", "about", "around", "nearly", "over", "half", "third"})
_LIST_JOINERS = frozenset({",", "and"})
#: The most words between a list's office and a listed plural after it ("a president, three vice-presidents and 128
#: deputies"), and the marks that end a list
MAX_LIST_GAP = 8
_LIST_BREAKS = frozenset({".", ";", ":", "(", ")"})

#: Lower-case words between "from"/"of"/"in" and the party or place that tells a ``placed_forms`` role's country
#: ("a deputy from the ruling Zembla First party")
MAX_PLACED_GAP = 3
# Levels whose offices a place above them never holds: there is no mayor of a state or a country, while a
# territory the KB types as a country has a governor (Guam) and a country an attorney general
_NAMED_BY_LOWER_PLACE_ONLY = frozenset({"city"})
#: The entities stage's rule for a place the KB does not know written before its state or country ("in Jackson,
#: Mississippi,"): a town, the place of a local office.
_TOWN_BEFORE_PLACE_RULE = "shape.place_before_place"
#: Longest portfolio taken after "Secretary of State for" ("Justice, Equality and Law Reform").
MAX_PORTFOLIO_TOKENS = 8
#: A capitalised portfolio role's last run of capitalised words (after its last "and" or comma) this long or longer,
#: with no name found after it, ends in a two-word name the name shapes missed ("Minister of Public Service and
#: Administration Tomas Ferreira"); a portfolio's own run is shorter ("and Law Reform", "Economic Affairs")
MIN_PORTFOLIO_RUN_WITH_NAME = 3
#: KB organisation types whose country is their members' ("a legislature's", "a party's")
_MEMBERS_ORG_TYPES = frozenset({"legislature", PARTY_TYPE})
#: KB organisation types of a country's body named with its demonym ("Swiss Federal Council"), read so from its name
#: without it in a story on that country (:meth:`OfficeRecognizer._kb_orgs`)
_BODY_TYPES = frozenset({"legislature", "government_body"})
#: ... and an electoral body so named ("Russian Central Election Commission": "the head of the Central Election
#: Commission" in a story on Russia is its chairman), which is no legislature of the country's
_DEMONYM_BODY_TYPES = _BODY_TYPES | {"electoral_body"}
#: A KB name with a parenthesised qualifier: "Republican Party (United States)".
#: How far right of the role an "in <place>" may stand: the race noun and a short verb group between
#: ("the presidential election to be held in Chile").
RACE_IN_WINDOW = 6
#: Punctuation that an "in <place>" after a race noun may stand past ("the run-off - held in X"); any other mark
#: ends the race's phrase ("the presidential election, speaking in Lima": another clause's place).
_RACE_WINDOW_JOINERS = frozenset({"-", "–", "."})
#: Mentions of one country's parties that make a story's legislators that country's when its places alone would
#: place them elsewhere ("Labour ... Conservative ... air strikes on Syria ... MPs"); one party is too little
#: ("a by-election overshadowed by Hamas's war" is still the story's place's)
MIN_MEMBERS_PARTY_MENTIONS = 2


#: What ends a name set off after a title by commas ("the President, Ana Ruiz, said"): no name run on.
_APPOSITION_ENDS = (",", ".", ";", ")")
# the most words between an apposition's comma and its generic member noun ("X, a first-term state lawmaker")
_APPOSITION_SPAN = 6
#: The last words of a city council's name ("the Velmar City Council"): :meth:`OfficeRecognizer._story_council`.
_CITY_COUNCIL = "City Council"
#: A local body's member office, "Member of the {J} <body>": an organisation "<place> <body>" ("the Kestrel School
#: Board", "the Kestrel County Board of Commissioners") raced or cued is its seat
#: (:meth:`OfficeRecognizer._council_seat`).
_LOCAL_MEMBER_PREFIX = "Member of the {J} "
#: A member's words among a role's ``body_after`` cues that cue a local body only ("a member of the Velmar City
#: Council"): a legislature's members are its own member noun's ("members of the Knesset"), which leaves a numbered
#: body of no told country out ("the members of the 16th National Assembly").
_MEMBER_CUES = frozenset({("member", "of"), ("members", "of")})
#: The cue's mark in :meth:`OfficeRecognizer._bodies` for a body after a member's words: no role's race cue.
_LOCAL_CUE = "local"
_LOCAL_BODY_LEVELS = frozenset({"city", "county"})
#: Other names of a local body's kind another place's body goes by ("the Velmar School District"): several such
#: bodies in a story leave a lower-case one unplaced (:meth:`OfficeRecognizer._lowercase_bodies`).
_LOCAL_BODY_ALIASES = {"School Board": ("School District", "Board of Education")}
#: A chamber kind's word after a state's name ("the Kestrel Senate"): :meth:`OfficeRecognizer._story_state_chamber`.
_STATE_CHAMBER_WORDS = {"senate": "Senate"}
#: Place types that have no chamber of a legislature: a state's name that is also one of these ("New York") is the
#: state's before a chamber's word (:meth:`OfficeRecognizer._chamber_state`).
_CHAMBERLESS_PLACE_TYPES = frozenset({"city", "county"})
#: Chamber kinds a state elects statewide, so that "<state> <chamber> race" is the state's seat in the nation's chamber:
#: :meth:`OfficeRecognizer._statewide_race_chamber`.
_STATEWIDE_CHAMBERS = frozenset({"senate"})
#: Words of that race's sentence that name a state's legislative seat instead ("the Kestrel Senate race in the 9th
#: District", "Kestrel Senate candidates in Tuesday's legislative primaries").
_STATE_SEAT_WORDS = frozenset({"district", "legislative"})
#: A word that names a legislative district ("the 30th Senate district").
_DISTRICT_WORD = "district"
#: The most tokens a numbered district takes after a body's possessive ("12th state House district").
MAX_DISTRICT_TOKENS = 4
#: The legislatures.jsonl kind of a whole legislature: a region's one legislature (regional_legislatures.jsonl).
_WHOLE_LEGISLATURE = "legislature"
#: The most words of a chamber's common name before "district" ("the 30th House of Delegates district").
MAX_CHAMBER_WORDS = 3
#: Words after a legislative district before its state ("the 30th Senate district in Kestrel", "... of Kestrel").
_DISTRICT_PLACE_CONNECTORS = frozenset({"in", "of"})
#: Place types above a constituency: a seat's name is never a country, nor only a state ("a by-election in Ontario")
_ABOVE_SEAT_TYPES = frozenset({"state", "country"})
#: Words right after such a chamber, and right before its place, that name a seat in it.
_SEAT_AFTER_CHAMBER = frozenset({"district", "seat"})
_SEAT_BEFORE_CHAMBER = ("seat", "in", "the")
#: The slot of a ``seats`` template for the story's one state of the seat's country ("Member of the {J} Legislative
#: Assembly": a state assembly's seat names its state's body, not the seat): :meth:`OfficeRecognizer._seat_state`.
_STATE_SLOT = "{J}"

#: Word endings in "s" that are no plural's: "-ss" (Congress), "-us" (Previous), "-is" (Genesis), "-ics" (Politics).
_SINGULAR_S_ENDINGS = ("ss", "us", "is", "ics")


def _prefixed(doc: Doc, start: int, prefixes: frozenset[str]) -> bool:
    """A word of ``prefixes`` is joined by a hyphen to ``doc[start]`` ("Ex-president", "co-president",
    "pro-Russian"): the one reading of a prefix before an office or a place."""
    return start >= 2 and token_texts(doc)[start - 1] in HYPHENS and token_lowers(doc)[start - 2] in prefixes


def _plural_name(text: str) -> bool:
    """A capitalised word written as an English plural ("Comets", "Rangers"), not one of the adjectives and nouns
    ending so in the singular ("Previous", "Nervous", "Congress", "Genesis")."""
    return len(text) > 3 and text.isalpha() and text.endswith("s") and not text.endswith(_SINGULAR_S_ENDINGS)


#: The span extensions the stage's busiest paths read and write straight in the Doc's user data
#: (:func:`..extensions.get_span_value`: ``span._`` builds an Underscore on every use, ~20,000 per 3,000 documents).
_PLAIN_EXTENSIONS = ("rule", "role", "form", "qualifier", "jurisdiction", "entity", "bare")


@functools.lru_cache(maxsize=1024)
def _template_pattern(templates: tuple[str, ...]) -> re.Pattern:
    """The office names the role templates write, their place captured ("{J}"): escaped, joined and compiled once per
    role's templates (a bounded cache of the roles' few), not on every office the KB may hold."""
    return re.compile("|".join(re.escape(t).replace(re.escape("{J}"), "(?:the )?(.+)") for t in templates) + "$")


@dataclass(frozen=True)
class Jurisdiction:
    name: str
    entity: Entity | None


@Language.factory("newsfacts_offices", assigns=["doc.spans"], default_config={"models_dir": None})
def make_offices(nlp: Language, name: str, models_dir: str | None) -> "OfficeRecognizer":
    return OfficeRecognizer(nlp, name, load_resources(models_dir or default_models_dir()))



class OfficeRecognizer:
    """Adds OFFICE spans whose ``_.entity`` is the canonical office name."""

    def __init__(self, nlp: Language, name: str, res: Resources):
        self.name = name
        self.res = res
        if not plain_span_extensions(_PLAIN_EXTENSIONS):
            raise ValueError(f"{name}: the span extensions {_PLAIN_EXTENSIONS} must be registered with a plain default "
                             "(pipeline.nlp.extensions): the stage reads and writes them in Doc.user_data")
        self.kb: KnowledgeBase = res.kb
        self.roles = {r.id: r for r in res.roles}
        if LEAD_ROLE not in self.roles:
            raise DataError(f"roles.jsonl: no role {LEAD_ROLE!r}, the office of 'who leads' a party")
        # (portfolio role id, portfolio) -> the role of that portfolio's office at its place (:meth:`_placed_portfolio`)
        self._placed_roles: dict[tuple[str, str], Role] = {}
        # per role with a state_role: the word its state body's name starts with after the state, lower case
        # ("house" of "Speaker of the {J} House of Representatives"), read by _state_body
        self._body_words = {r.id: self.roles[r.state_role].template.partition("{J} ")[2].split(" ")[0].lower()
                            for r in res.roles if r.state_role is not None}
        self._generic_bodies = frozenset(fold(b) for r in res.roles for b in r.generic_bodies)
        # a country-level role: whose place a generic body's country is looked up as (any such role absent from no
        # country will do: a territory's "House of Assembly" is its own, though it has no president)
        self._country_role = next((r for r in res.roles if r.level == "country" and not r.absent_in), None)
        self.matcher = role_matcher(nlp, res.roles)
        # the nouns of the roles a portfolio's lower-case words after "minister for" name, read as after
        # "minister of" (:meth:`_lower_portfolio`): "the country's minister for foreign affairs"
        self._of_nouns = {n: r for r in res.roles if r.level not in ("portfolio", "org", "none") for n in r.nouns
                          if " of " in n}
        self._tokenizer = nlp.make_doc
        self._outlet_countries: dict[str, Entity] = {}  # a national outlet -> its country (:meth:`_cited_countries`)
        for outlet, (country, where) in res.outlet_countries.items():
            entity = next((e for e in self.kb.lookup("GPE", country) if e.type == "country"), None)
            if entity is None:
                raise DataError(f"{where}: outlet {outlet!r}: {country!r} is no country of the knowledge base")
            self._outlet_countries[outlet] = entity
        # office_words.tsv: a numbered seat's nouns, a legislature's size nouns, a count of terms' nouns, the
        # subdivision nouns of the story's region, the prefixes of a shared and of a former post
        words = res.office_words
        self._seat_nouns, self._size_nouns, self._tenure_nouns = words["seat"], words["size"], words["tenure"]
        self._region_nouns = words["region"]
        self._shared_prefixes, self._former_prefixes = words["shared_prefix"], words["former_prefix"]
        self._abroad_nouns, self._target_words = words["abroad"], words["target"]
        self._electorate_verbs = words["electorate"]
        self._administration_nouns = words["administration"]  # "the Bush administration": the holder's government
        self._own_country_words = words["own_country"]  # "the Presidency of the Republic": the story's country
        self._subnational_words = words["subnational"]  # "Lombardy's regional president": the region's own office
        # "his bid for the White House", "seeking the White House": a race word before what the race is for
        self._race_for_words, self._race_seek_words = words["race_for"], words["race_seek"]
        # "Zembla's parliament elected X as speaker": a body's verb that fills its own post, and a legislature's words
        self._electing_verbs, self._electing_bodies = words["electing_verb"], words["electing_body"]
        # "Kestrel University names President X": a verb by which an organisation fills or empties its head's post
        self._owner_verbs = words["owner_verb"] | self._electing_verbs
        self._title_owner_heads = res.title_owner_heads  # "University", "Motors", "Church": a non-state owner's head
        self._anaphor_cache: dict[str, list[tuple[str, ...]]] = {}
        self.definite = res.definite_places
        self._skip_left = res.qualifiers["office_left"]  # "Springfield's next mayor"
        self._standing = res.qualifiers["apposition"]  # "Venezuelan opposition deputy X"
        self._other_office = res.qualifiers["other_office"]  # "Deputy President X": another office
        self._honorifics = res.qualifiers["honorific"]  # "President General X", "Prime Minister Sir X"
        self._body_left = res.qualifiers["body_left"]  # "elections to its one-party parliament"
        self._qualifier = res.qualifier_values  # "former", "ex", "then" → "former"
        self._race_nouns = res.race_nouns["offices"]  # "mayoral race in Springfield"
        self._one_seat_words = res.race_nouns["one_seat"]  # "the Kestrel Senate race": the state's seat in the nation's
        self._party_picks = res.race_nouns["party_pick"]  # "the ruling party's presidential candidate"
        # "the Kestrel Senate vote on the treaty": a body's own vote, no race for its seats
        self._divisions, self._motion_words = res.race_nouns["division"], res.phrase_breaks["motion"]
        self._phrase_break_words = res.phrase_breaks["name"]  # "the head of the OAS in Caracas": its phrase ends
        self._modals = res.phrase_breaks["modal"]  # "the Knesset may vote again": a verb after it, no race noun
        self._place_anaphors = res.place_anaphors  # "the city's mayor" → the story's city
        self._stance_prefixes = res.stance_prefixes  # "pro-Russian": no place
        self._stance_suffixes = res.stance_suffixes  # "US-backed", "Moscow-oriented": no place
        self._counterparts = res.counterpart_nouns  # "his Afghan counterpart X": another country's holder
        self._org_heads = res.org_heads  # "Leader of the Labour Party", "Leader of Zembla First"
        self._heads_after_name = res.org_heads_lower  # "the Vamos party"
        self._institution_heads = res.institution_heads  # "Bank", "Association": no party's, no country's office
        self._institution_words = res.institution_words  # "Cricket Board", "Football Union": a sport's body
        self._head_levels = res.place_head_levels  # "Oblast" ends a state's name: "Zembla Oblast governor"
        # nouns of a subdivision before "of <place>": "the state of X", "the Ruritanian region of X"
        self._subdivisions = frozenset(self._place_anaphors) | frozenset(self._head_levels)
        self._race_roles = [r for r in res.roles if r.level == "org" and r.race]
        # the local bodies' member roles by their bodies' last words ("City Council", "School Board"): "the Velmar City
        # Council race" is its seat
        self._local_bodies = {r.template[len(_LOCAL_MEMBER_PREFIX):]: r for r in res.roles if r.member
                              and r.level in _LOCAL_BODY_LEVELS and r.template.startswith(_LOCAL_MEMBER_PREFIX)}
        # "is elected to the Knesset": the body after these words names its members' office
        self.body_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for r in res.roles:
            if r.body_after:
                self.body_cues.add(r.id, [nlp.make_doc(c) for c in r.body_after])
        # "take control of the Senate" names its members' office only in a sentence about an election
        self.election_body_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for r in res.roles:
            if r.election_body_after:
                self.election_body_cues.add(r.id, [nlp.make_doc(c) for c in r.election_body_after])
        self._election_words = res.race_nouns.get("election_sentence", frozenset()) | res.election_verbs
        # "who represents Ohio in the Senate": past the place, "in" names the body its members' office
        self.represent_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._represent_words: dict[str, frozenset[str]] = {}
        for r in res.roles:
            if r.represent_after:
                self.represent_cues.add(r.id, [nlp.make_doc(c) for c in r.represent_after])
                self._represent_words[r.id] = frozenset(r.represent_words)
        # a chamber's common word ("Congress", "the Senate"): (its lower-case words) -> the chamber kinds it names
        self._chamber_words = {tuple(w.lower().split()): kinds for r in res.roles for w, kinds in r.generic_chambers}
        self._chamber_any_case = {tuple(w.split()) for r in res.roles for w, _ in r.generic_chambers if w.islower()}
        self._named_chambers = {tuple(w.lower().split()) for r in res.roles for w in r.named_chambers}
        # "Sunday's upper house election": (a chamber's common word that names it before a race noun) -> its roles
        self._race_chambers: dict[tuple[str, ...], set[str]] = {}
        for r in res.roles:
            for w in r.race_chambers:
                self._race_chambers.setdefault(tuple(w.split()), set()).add(r.id)
        self._race_chamber_firsts = frozenset(w[0] for w in self._race_chambers)
        # "senate" -> role.senator: the role of a chamber's members (its default template), not its speaker's
        # a role named after another chamber first (roles.jsonl chamber_first: a deputy's lower house) is none
        self._chamber_roles = {r.chamber: r for r in res.roles
                               if r.chamber and r.chamber_first is None and r.chamber_template == Role.chamber_template}
        self._legislatures = res.legislatures
        self._regional_legislatures = res.regional_legislatures
        # the countries whose states' legislatures a state's name before a chamber's word names (roles.jsonl
        # state_before): "a member of the Kestrel House" (:meth:`OfficeRecognizer._state_chamber`)
        self._state_chamber_countries = frozenset(c for r in res.roles for c in r.state_before)
        self._nomination_roles = [r for r in res.roles if r.nominations]
        # "as his running mate": the nouns of a ticket's second place, by the role they name (roles.jsonl ticket_of)
        self.ticket_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._ticket_roles = frozenset(r.id for r in res.roles if r.ticket_nouns)
        for r in res.roles:
            if r.ticket_nouns:
                self.ticket_matcher.add(r.id, [nlp.make_doc(n) for n in r.ticket_nouns])
        self._nomination_words = frozenset(n for r in self._nomination_roles for n in r.nominations)
        self._member_roles = {r.id for r in self._race_roles}  # roles whose office is a body's membership
        self._wordy_roles = {r.id for r in res.roles if r.level == "none"}  # a title named by its words alone
        # a chamber's last word ("Senate", "House", "Knesset"): "Senate Republican leader X" leads a caucus, no party
        self._chamber_heads = frozenset(w[-1] for w in self._chamber_words) | frozenset(
            h for r in self._race_roles for h in r.org_heads)
        # Seats of a legislature named after a constituency ("MP for Eastleigh", "the Peterborough seat")
        self._seat_roles = {r.id: r for r in res.roles if r.seats}
        self.seat_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for r in self._seat_roles.values():
            for side, cues in (("before", r.seat_before), ("after", r.seat_after)):
                self.seat_cues.add(f"{r.id}|{side}", [nlp.make_doc(c) for c in cues])
        # Demonyms of one or more words ("Serbian", "Sri Lankan"), matched as written.
        self.demonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = sorted({d for e in self.kb.entities.values() for d in e.demonyms})
        # KB people with offices by folded surname: "President Putin" is the KB's Vladimir Putin when he is
        # the only president of that name the KB knows
        self._by_surname: dict[str, list[Entity]] = {}
        for e in self.kb.entities.values():
            if e.label == "PERSON" and e.offices and len(fold(e.name).split()) > 1:
                self._by_surname.setdefault(fold(e.name).split()[-1], []).append(e)
        self.demonyms.add("DEMONYM", [nlp.make_doc(d) for d in forms])
        # the lower-case first words of the cues of a body or a seat: a Doc with none of them holds no match of
        # those matchers (most Docs without a role word), which are then not run
        self._body_or_seat_cue_firsts = frozenset(
            nlp.make_doc(c)[0].lower_ for r in res.roles
            for c in (*r.body_after, *r.election_body_after, *r.represent_after, *(r.seat_before if r.seats else ()),
                      *(r.seat_after if r.seats else ())) if c.strip())

    def __call__(self, doc: Doc) -> Doc:
        readings: dict[tuple[int, int], list[tuple[Role, str]]] = {}
        lowers = token_lowers(doc)  # the Doc's cached words: no Token per match
        for match_id, start, end in self.matcher(doc):
            role_id, kind = doc.vocab.strings[match_id].split("|")
            if end < len(doc) and lowers[end] in self.roles[role_id].not_before:
                continue  # "U.S. Attorney General": another role's words
            if start > 0 and lowers[start - 1] in self.roles[role_id].not_after:
                continue  # "UN Security Council members": another body's members, no city council's
            if kind == "race_adjective":
                # "the European Parliament election" names the office; "the European Parliament voted" does not
                role = self.roles[role_id]
                if not self._race_noun_after(doc, end) and not self._race_object(doc, start, end, role):
                    continue
                # "the House race" names the office; "a house race at the county fair" does not
                if doc[start].is_lower and doc[start:end].text.lower() in role.capitalised_race_adjectives:
                    continue
                if doc[start:end].text.lower() in role.election_race_adjectives and (
                        end >= len(doc) or doc[end].lower_ not in ELECTION_NOUNS):
                    continue  # "the European election" names the office; "his first European campaign" does not
                kind = "adjective"
            readings.setdefault((start, end), []).append((self.roles[role_id], kind))
        if not readings and not self._may_name_body_or_seat(doc) and not self._lead_verbs(doc):
            # no role word, no race noun after a body, no seat cue: nothing below would find an office
            # (most documents outside politics); the mentions the entities stage left stand, in order already (a
            # group rebuilt and sorted again here cost a twentieth of the stage)
            if MENTIONS not in doc.spans:
                add_mentions(doc, [])
            return doc
        # "US-backed incumbent X", "pro-Kremlin": another country's stance or hand, not where the story is
        places = sorted((p for p in mentions(doc, "GPE") + list(doc.spans.get(CONTEXT_PLACES, []))
                         if not self._stance(doc, p.start, p.end)), key=lambda s: s.start)
        self._places = places
        self._in_names = {(p.start, p.end) for p in doc.spans.get(CONTEXT_PLACES, [])}
        # "pro-Russian", "anti-American": a stance, not where the story is
        # the longest demonym only: "Turkish Cypriot" is one, not "Turkish" and "Cypriot"
        demonyms = self.demonyms(doc)  # matched once for both readings
        self._demonym_spans = filter_spans([Span(doc, s, e) for _, s, e in demonyms if not self._stance(doc, s, e)])
        # "his Peruvian counterpart X": the demonym places no office, but it tells the country of X's own race
        self._counterpart_demonyms = [Span(doc, s, e) for _, s, e in demonyms
                                      if e < len(doc) and doc[e].lower_ in self._counterparts]
        self._demonym_at = {d.end: d for d in self._demonym_spans}
        self._demonym_start = {d.start: d for d in self._demonym_spans}
        self._named = {i for m in mentions(doc, "PERSON", "ORG") for i in range(m.start, m.end)}
        self._person_at_start = {m.start for m in mentions(doc, "PERSON")}
        self._person_at = {m.start: m for m in mentions(doc, "PERSON")}
        for m in list(self._person_at.values()):  # "President General Ana Ruiz": the title titles the name
            for k in honorific_starts(doc, m.start, self._honorifics)[1:]:  # "Governor-General Sir Ana Ruiz" too
                self._person_at.setdefault(k, m)
        self._context_indexes: dict[tuple, dict] = {}  # built on demand, for this document only
        self._holder_countries: dict[str, Jurisdiction | None] = {}  # role id -> :meth:`_holder_country`, this document
        self._members_countries: tuple[Entity | None] | None = None  # :meth:`_members_country`, this document
        self._countries_named: set[str] | None = None  # :meth:`_story_countries`, this document
        self._from_context: set[tuple[int, int]] = set()  # offices placed by the story's places alone
        self._untold: set[tuple[int, int]] = set()  # offices of an institution or subdivision the text does not name
        self._lower_units: set[tuple[int, int]] = set()  # untold offices of a unit below the role's level
        self._institutions: set[tuple[int, int]] = set()  # untold offices of an institution the text names
        self._body_heads: set[str] = set()  # :meth:`_body_story`: head words of the offices of a body the text names
        self._offices_country: Jurisdiction | None = None  # :meth:`_bodies`: the one country of the story's offices
        self._chamber_spans: set[tuple[int, int]] = set()  # :meth:`_chamber_member`: "a seat in the House of ..."
        self._seat_spans: list[tuple[int, int]] = []  # :meth:`_seats`: the seats' names, places the text names
        place_at = {}
        for p in places:
            if get_span_value(p, "rule") == "shape.dateline":
                continue  # "LONDON President Ana Ruiz of Velmar", "NEW YORK Iran's foreign minister": the wire's place
            place_at[p.end] = p  # a place ending right before a role
            place_at.setdefault(("start", p.start), p)
        for s, e in [k for k in readings if any(p.start < k[0] < p.end <= k[1] and self._same_reading(
                readings[k], readings.get((p.end, k[1]), ())) for p in places)]:
            # "Kestrel County Sheriff X": the place's head word is no part of "county sheriff"; another role's
            # longer noun stays ("New York state Sen.": a state's senator, no "Sen." of the nation)
            del readings[(s, e)]
        for (s, e), p in [(k, p) for k in readings for p in places if p.start < k[0] < p.end < k[1]]:
            # "Kestrel County Clerk X": a role whose noun alone is none ("clerk") keeps its words past the place's
            if (s, e) in readings and (p.end, e) not in readings:
                readings[(p.end, e)] = readings.pop((s, e))
        orgs = mentions(doc, "ORG")
        org_starts = {o.start for o in orgs}
        self._orgs_by_end: dict[int, list[Span]] = {}  # :meth:`_institution_before`, one look-up per role
        for o in orgs:
            self._orgs_by_end.setdefault(o.end, []).append(o)
        for s, e in [k for k in readings if k[1] in org_starts and doc[k[1] - 1].lower_ in self.res.org_leading]:
            del readings[(s, e)]  # "leader of the opposition Zembla First party": the party's leader (its "leader")
        # the role words of a country's office that title a name: :meth:`_other_holders_place`
        self._country_titles = [(k, {r.id for r, _ in rs}) for k, rs in readings.items() if k[1] in self._person_at
                                and any(r.level == "country" for r, _ in rs)]
        spans = []
        self._spans = spans  # the offices found so far, for :meth:`_chamber_name`
        self._portfolio_words: list[Span] = []  # :meth:`_placed_portfolio`: name shapes a portfolio's words are
        self._unsent_envoys: list[tuple[Span, Role, str]] = []  # envoys' offices with a post and no country told
        unplaced = []  # offices of a place-level role whose place neither the text nor the KB told
        # a role word inside an organisation's name is no office: "the U.S. House of Representatives"
        org_at = {i: o for o in orgs for i in range(o.start, o.end)}
        for span in filter_spans([Span(doc, s, e) for s, e in readings]):
            if any(s <= span.start and span.end <= e for s, e in self._chamber_spans):
                continue  # "Representatives" of "a seat in the House of Representatives": one office
            org = org_at.get(span.start)
            if org is not None and span.end <= org.end and (org.start, org.end) != (span.start, span.end) \
                    and not self._portfolio_in_shape(span, org, readings[(span.start, span.end)]):
                continue
            if self._deputy(doc, span.start):
                continue  # "Deputy President X", "Vice-Governor of X": an office the roles do not name
            if self._company_officer(doc, span):
                continue  # "president and CEO X", "COO and president Y": a company's officer
            if self._clock_time(doc, span):
                continue  # "at 3 PM Monday": a time of day, no prime minister
            if self._team(doc, span, readings[(span.start, span.end)], place_at):
                continue  # "the Ottawa Senators": a city's sports team, no senators
            if self._league(doc, span, readings[(span.start, span.end)]):
                continue  # "the Barclays Premiership", "Scottish Premiership": a competition, no premiership
            if self._competition_after(doc, span):
                continue  # "the Indian Premier League": a competition's name, no premier
            if any(r.surname for r, _ in readings[(span.start, span.end)]) and (span.start in self._named or surname_at(
                    doc, span.start, place_at, self.kb.demonym, self._skip_left, self.res.particles,
                    self.res.place_heads)):
                continue  # "Stephen King", "B.B. King", "King" for a Kevin King named before: a name, no title
            # A word such as "leader" or "chairman" is a party office only beside a party;
            # otherwise the other readings of the word stand.
            # organisation roles first, those bound to a kind of organisation ("a legislature's chairman")
            # before the others ("a party's chairman")
            for role, kind in sorted(readings[(span.start, span.end)],
                                     key=lambda rk: (rk[0].level != "org", not (rk[0].org_types or rk[0].org_heads),
                                                     not rk[0].org_heads)):
                if role.level == "country" and self._shared_post(doc, span.start):
                    continue  # "Acme co-president X": a firm's or a party's shared post, no country's
                if role.level == "portfolio":
                    shapes = self._portfolio_shapes(span, role)
                    through = frozenset(i for m in shapes for i in range(m.start, m.end))
                    office = self._portfolio(doc, span, role, through)
                    if office is not None and role.portfolio_place is not None:
                        office, role = self._placed_portfolio(doc, office, role, places, place_at, orgs)
                        if office is not None and get_span_value(office, "entity") is not None:
                            self._portfolio_words += [m for m in shapes
                                                      if office.start <= m.start and m.end <= office.end]
                    if office is None and (named := self._lower_portfolio(doc, span, role)) is not None:
                        role, end = named  # "Zembla's minister for foreign affairs": the cabinet's foreign minister
                        office = Span(doc, span.start, end, label="OFFICE")
                        set_span_value(office, "rule", f"{role.id}.noun")
                        set_span_value(office, "role", role.id)
                        set_span_value(office, "form", "noun")
                        office = self._office(doc, office, role, places, place_at, orgs)
                elif role.level == "org":
                    # "Republican president-elect X": a party's adjective before a word that names other
                    # offices too is the holder's party, not the office's
                    shared = len(readings[(span.start, span.end)]) > 1
                    office = self._org_office(
                        doc, span, role, kind,
                        [o for o in orgs if not (shared and get_span_value(o, "rule") == SHORT_PARTY_RULE)], place_at)
                    if office is None and not shared and role.name_forms:
                        office = self._org_by_name_forms(doc, span, role, kind, orgs)
                elif kind == "elected" and self._electing_body(doc, span, orgs) is not True:
                    # a role's elected noun (roles.jsonl elected_nouns: a bare "speaker") names its office only where
                    # a legislature named by its common words elects it; "a keynote speaker" names none
                    continue
                elif role.level == "country" and kind == "noun" and self._own_post_of_body(doc, span):
                    # "the federation elected X as its president": the body's post, no country's ("the party chose X
                    # as its presidential candidate": an adjective names the race the body's candidate runs in)
                    continue
                elif role.common_forms and self._common_word(doc, span, role, orgs, place_at):
                    continue  # "a Taliban representative", "representatives of the family": no legislator
                elif role.placed_forms and self._unplaced_form(doc, span, role, orgs, place_at) \
                        and not self._listed_member(doc, span, role):
                    continue  # "his deputy X", "the deputy director": someone's second, no legislator
                else:
                    kind = "noun" if kind == "elected" else kind
                    office = Span(doc, span.start, span.end, label="OFFICE")
                    set_span_value(office, "rule", f"{role.id}.{kind}")
                    set_span_value(office, "role", role.id)
                    set_span_value(office, "form", kind)
                    office = self._office(doc, office, role, places, place_at, orgs)
                if office is not None and (role.level == "org" and get_span_value(office, "entity") is not None
                                           or (office.start, office.end) in self._institutions) \
                        and not self._party_body(office, orgs):
                    self._body_heads.add(doc[span.end - 1].lower_)  # "president of FIFA", "the FIFA president"
                if office is not None:
                    if get_span_value(office, "entity") is not None:
                        spans.append(office)
                    elif role.level not in ("org", "none") and not role.destination_before \
                            and role.portfolio_place is None \
                            and (key := (office.start, office.end)) not in self._institutions \
                            and not (key in self._untold and office.end in self._person_at) \
                            and key not in self._lower_units:
                        # an envoy's post is its own: another envoy of the story is not this one; an institution's
                        # office is no office the story's others place, titling a name or not ("Academia Velmar
                        # President X", "X, the president of the Velmar Farm Bureau," in a story on Zembla's
                        # president), nor is an untold subdivision's title of a name, nor a region's office ("the
                        # region's assassinated president" in a story on Zembla's, titled or not)
                        unplaced.append((office, role))
                    break
        spans = self._owned_staff(doc, spans)
        spans += self._led_parties(doc, orgs, spans)
        self._told_role(doc, spans)
        spans = self._body_story(spans)
        placed = self._same_role(spans, unplaced)
        placed += self._held_in_story(doc, [(o, r) for o, r in unplaced if not any(o is p for p in placed)])
        placed += self._told_country([(o, r) for o, r in unplaced if not any(o is p for p in placed)], spans)
        placed += self._story_country(doc, [(o, r) for o, r in unplaced if not any(o is p for p in placed)], orgs)
        spans += placed
        spans += self._story_sender(doc, spans)
        spans += self._further_posts(doc, spans, place_at, orgs)
        spans += self._further_places(doc, spans, place_at)
        spans += self._bodies(doc, orgs, spans)
        spans += self._district_chambers(doc, spans)
        spans += self._nominations(doc, orgs, spans)
        spans = self._seats(doc, spans, places, orgs)
        spans += self._tickets(doc, spans)
        # a name's title still unplaced: the seat of its role the story names ("the Peterborough seat ... its MP
        # X"), else the country of the story's parties
        titling = [(o, r) for o, r in unplaced if o.end in self._person_at and not any(o is p for p in placed)]
        late = self._same_role(spans, titling)
        spans += late + self._party_country([(o, r) for o, r in titling if not any(o is p for p in late)], orgs)
        self._told_country_members(spans)
        self._shared_qualifiers(doc, spans)
        self._former_honorifics(doc, spans)
        self._own_chamber(doc, spans)
        # A body named only as the office it elects ("the National Assembly election") is no ORG mention
        # there; spaCy keeps one set of span extensions per offsets, so the two could not coexist anyway.
        taken = {(o.start, o.end) for o in spans}
        # ... nor is one named as its members' office ("members of the Knesset": Member of the Knesset)
        # each span's role read once, not per org
        members = [m for m in spans if get_span_value(m, "role") in self._member_roles]
        taken |= {(o.start, o.end) for o in orgs for m in members if m.start <= o.start and o.end <= m.end}
        # ... nor is a run of capitalised words inside a title the role's own words name, that the KB does not know
        # ("Former US District attorney X": United States Attorney, no "US District")
        own = [m for m in spans if get_span_value(m, "role") in self._wordy_roles]
        taken |= {(o.start, o.end) for o in orgs for m in own if m.start <= o.start and o.end <= m.end
                  and (o.start, o.end) != (m.start, m.end) and not self.kb.lookup("ORG", o.text)}
        taken |= {(m.start, m.end) for m in self._portfolio_words}  # "Economic Affairs": a portfolio's words
        if MENTIONS in doc.spans and any((m.start, m.end) in taken and m.label_ != "OFFICE" for m in doc.spans[MENTIONS]):
            doc.spans[MENTIONS] = [m for m in doc.spans[MENTIONS] if (m.start, m.end) not in taken or m.label_ == "OFFICE"]
        told = self._told_places(doc, spans, orgs)
        if told:  # a seat the KB knows as a place ("the Cardiff seat") is the entities component's mention already
            held = {(m.start, m.end) for m in mentions(doc, "GPE")}
            told = [t for t in told if (t.start, t.end) not in held]
        if told and MENTIONS in doc.spans:  # "Gorton and Denton": the seat, not the "Denton" inside its name
            doc.spans[MENTIONS] = [m for m in doc.spans[MENTIONS] if not (m.label_ == "GPE" and any(
                t.start <= m.start and m.end <= t.end and (t.start, t.end) != (m.start, m.end) for t in told))]
        add_mentions(doc, spans + told)
        return doc

    @staticmethod
    def _same_reading(longer: list[tuple[Role, str]], shorter: list[tuple[Role, str]] | tuple) -> bool:
        """A role's shorter noun inside a longer one of the same role ("sheriff" of "county sheriff")."""
        return bool({r.id for r, _ in longer} & {r.id for r, _ in shorter})

    def _shared_qualifiers(self, doc: Doc, spans: list[Span]) -> None:
        """Two titles joined right before one name share the first one's qualifier ("Former Senator and Vice
        President X" held both; "former minister and party leader X"): the second has none of its own and nothing
        but the joiner between them ("Senator and former Governor X" is a sitting senator; "former Mayor X and
        Governor Y" are two people)."""
        by_end = {o.end: o for o in spans}
        for office in sorted(spans, key=lambda o: o.start):
            first = by_end.get(office.start - 1)
            if get_span_value(office, "qualifier") or first is None or not get_span_value(first, "qualifier") \
                    or doc[office.start - 1].lower_ not in _TITLE_JOINS \
                    or self._person_at.get(office.end) is None:
                continue
            set_span_value(office, "qualifier", get_span_value(first, "qualifier"))

    def _former_honorifics(self, doc: Doc, spans: list[Span]) -> None:
        """A title whose honorific before the name makes it a past one ("Pope Emeritus X", "President Emeritus X":
        qualifiers.tsv honorific of qualifier ``former``) is a former holder's."""
        for office in spans:
            person = self._person_at.get(office.end)
            if person is None or get_span_value(office, "qualifier") or person.start <= office.end:
                continue
            if any(self._qualifier.get(t.lower_) == "former" for t in doc[office.end:person.start]):
                set_span_value(office, "qualifier", "former")

    def _apposed_before(self, doc: Doc, office: Span) -> Span | None:
        """The person an office stands in apposition after ("Ana Ruiz, a first-term lawmaker,"), if any."""
        k = office.start - 1
        while k >= 0 and office.start - k <= _APPOSITION_SPAN and doc[k].text != "," and not doc[k].is_sent_start:
            k -= 1
        if k < 1 or doc[k].text != "," or doc[k + 1].lower_ not in ARTICLES:
            return None
        return self._person_ending(k)

    def _person_ending(self, end: int) -> Span | None:
        """The person mention that ends at token ``end`` (``_person_at`` is keyed by starts), if any."""
        return next((p for p in self._person_at.values() if p.end == end), None)

    def _own_chamber(self, doc: Doc, spans: list[Span]) -> None:
        """A generic member noun set after a name ("State Sen. Ana Ruiz ..., a first-term lawmaker,") is the
        chamber seat a title of the story gives that person, not the country's legislature: the title names the
        body the writer means (a state senator is no member of Congress). A generic state noun takes only a state
        title; neither is "former" ("Sen. X, a former state lawmaker" held another seat); one person of two chamber
        titles, or of none, tells nothing."""
        titles: dict[str, set[tuple[str, str, str]]] = {}
        for office in spans:
            role = self.roles.get(get_span_value(office, "role"))
            person = self._person_at.get(office.end)
            if role is None or person is None or role.generic or not role.member \
                    or get_span_value(office, "entity") is None or get_span_value(office, "qualifier"):
                continue
            titles.setdefault(person[-1].lower_, set()).add(
                (office._.entity, office._.jurisdiction, role.level))
        for office in spans if titles else ():
            role = self.roles.get(get_span_value(office, "role"))
            if role is None or not role.generic or get_span_value(office, "form") != "noun":
                continue
            person = self._apposed_before(doc, office)
            held = titles.get(person[-1].lower_, set()) if person is not None else set()
            held = {h for h in held if role.level != "state" or h[2] == "state"}
            if len(held) != 1 or get_span_value(office, "qualifier"):
                continue
            office._.entity, office._.jurisdiction, _ = next(iter(held))

    def _told_places(self, doc: Doc, offices: list[Span], orgs: list[Span]) -> list[Span]:
        """GPE mentions for the places the offices' titles name that no GPE mention holds (the guidelines count a
        place inside an office's title as a GPE): a seat ("the Velmar seat", "MP for Velmar West"); the office's own
        place below a country's level the KB does not know, read inside the title or after the name it titles
        ("Kestrel state governor X", "governor of Kestrelia", "Mayor X of Velmar"); a place inside a legislature's or government body's name in
        the title ("Speaker of the Zembla House of Representatives", "Member of the Parliament of Zembla"), though
        never one inside a party's or a movement's name ("Leader of the Liberal Party of Zembla": the party's name)."""
        people = {i for m in mentions(doc, "PERSON") for i in range(m.start, m.end)}
        held = people | {i for m in mentions(doc, "GPE") for i in range(m.start, m.end)}
        org_at = {i: o for o in orgs for i in range(o.start, o.end)}
        found: dict[tuple[int, int], Span] = {}

        def add(start: int, end: int, taken: set[int]) -> None:
            if start < end and not any(i in taken for i in range(start, end)):
                found.setdefault((start, end), Span(doc, start, end, label="GPE"))

        for start, end in self._seat_spans:
            if not any(i in org_at for i in range(start, end)):
                add(start, end, people)  # over a place inside the seat's name, which the caller drops
        for office in offices:
            if get_span_value(office, "form") == "seat":
                continue
            for place in doc.spans.get(CONTEXT_PLACES, []):
                org = org_at.get(place.start)
                if office.start <= place.start and place.end <= office.end and org is not None \
                        and self._legislature(org):
                    add(place.start, place.end, held)
            role, jurisdiction = self.roles.get(get_span_value(office, "role")), get_span_value(office, "jurisdiction")
            if role is None or role.level not in _UNKNOWN_PLACE_BEFORE_LEVELS or not jurisdiction \
                    or self.kb.lookup("GPE", jurisdiction):
                # a portfolio, a party; a place the KB knows is the entities component's mention; a country the KB
                # does not know is too rare to be sure of ("president of Velmar Brands", "of FIFA": no country)
                continue
            limit = office.end
            person = self._person_at.get(office.end)
            if person is not None and person.end < len(doc) and doc[person.end].lower_ == "of":
                limit = min(len(doc), person.end + 2 + MAX_UNKNOWN_PLACE_TOKENS)  # "Mayor Ana Ruiz of Velmar"
            words = [t.lower_ for t in self._tokenizer(jurisdiction)]  # "Al-Qadarif": three tokens
            for k in range(office.start, limit - len(words) + 1):
                if [t.lower_ for t in doc[k:k + len(words)]] != words or not doc[k].text[:1].isupper() \
                        or k in org_at:
                    continue
                stop = k + len(words)
                if doc[stop - 1].is_lower and doc[stop - 1].lower_ in self._head_levels:
                    stop -= 1  # "Kestrel state governor": the place's name is "Kestrel"
                add(k, stop, held)
                break
        told = filter_spans(list(found.values()))  # "the United States" and "United States" in one title: one place
        for span in told:
            span._.rule = "office.told_place"
        return told

    def _legislature(self, org: Span) -> bool:
        """The organisation is a legislature the KB knows (no party, no liberation movement, no company)."""
        entity = self.kb.get(org._.kb_id) if org._.kb_id else None
        if entity is None:
            entity = next(iter(self.kb.lookup("ORG", org.text)), None)
        return entity is not None and entity.type == "legislature"

    def _stance(self, doc: Doc, start: int, end: int) -> bool:
        """The place or demonym ``doc[start:end]`` is joined by a hyphen to a stance: a prefix before it
        (stance_prefixes.tsv: "pro-Russian", "anti-American") or a participle after it (stance_suffixes.tsv:
        "US-backed incumbent", "Moscow-oriented Prime Minister"). It names another country's hand or a side,
        not where the story is, so it places no office. So does a demonym before a counterpart noun
        (counterpart_nouns.tsv: "his Afghan counterpart X" is another country's holder)."""
        if _prefixed(doc, start, self._stance_prefixes):
            return True
        lowers = token_lowers(doc)  # the Doc's cached words: no Token per place and demonym asked
        if end < len(doc) and lowers[end] in self._counterparts:
            return True
        return end + 1 < len(doc) and token_texts(doc)[end] in HYPHENS and lowers[end + 1] in self._stance_suffixes

    def _common_word(self, doc: Doc, span: Span, role: Role, orgs: list[Span], place_at: dict) -> bool:
        """The role is written as one of its ``common_forms`` in lower case ("representatives"), and nothing
        makes it the office: no place, demonym or political party right before it (qualifiers aside: "Ohio
        representative", "Republican representatives"), no name right after it, no word of ``common_after``
        after it ("64 representatives for the lower house"). "A Taliban representative", "industry
        representatives", "representatives of the family", "neither inclusive nor representative" name no
        legislator. A sentence's first word before a lower-case one is read in lower case ("Representatives will
        meet the envoy"), a capital there being the sentence's."""
        text = span.text
        if span[0].is_sent_start and len(span) == 1 and text[1:].islower() and span.end < len(doc) \
                and doc[span.end].is_lower:
            text = text.lower()
        if text not in role.common_forms:
            return False
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in self._skip_left:
            i -= 1
        if i >= 0 and doc[i].text in _POSSESSIVE:
            i -= 1
        if i >= 0 and ((i + 1) in place_at or (i + 1) in self._demonym_at
                       or any(o.end == i + 1 and self._party_countries(o) for o in orgs)):
            return False
        return not (span.end in self._person_at or span.end < len(doc) and doc[span.end].lower_ in role.common_after)

    def _unplaced_form(self, doc: Doc, span: Span, role: Role, orgs: list[Span], place_at: dict) -> bool:
        """The role is written as one of its ``placed_forms`` and no country is told beside it: no place, demonym or
        party right before it (qualifiers and a legislator's standing aside: "Venezuelan opposition deputy X"; a
        possessive is someone's: "Labour's deputy X"), none after "from", "of" or "in" right after it ("a deputy from
        the ruling Zembla First party", "an opposition deputy in Venezuela"); or a word right after it that starts no
        name makes it another's post ("the Chinese deputy director X", "French deputy coach X", "US Deputy Secretary
        of State X"; after the plural, a lower-case word is its verb: "Ukrainian deputies voted")."""
        if span.text.lower() not in role.placed_forms:
            return False
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.is_alpha and after.lower_ not in _PLACED_AFTER and span.end not in self._person_at \
                and not (after.is_lower and span.text.lower() in role.plural):
            return True  # "US Deputy Secretary of State X"; after a plural, a verb: "Ukrainian deputies voted"
        skip = self._skip_left | self._standing
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in skip:
            i -= 1
        if i >= 0 and ((i + 1) in place_at or (i + 1) in self._demonym_at
                       or any(o.end == i + 1 and self._party_countries(o) for o in orgs)):
            return False
        if after is None or after.lower_ not in _PLACED_TELLERS:
            return True
        for k in range(span.end + 1, min(span.end + 2 + MAX_PLACED_GAP, len(doc))):
            if ("start", k) in place_at or any(o.start == k and self._party_countries(o) for o in orgs):
                return False
            if not (doc[k].is_lower and doc[k].is_alpha):
                break  # only lower-case words before it: its article and the party's standing ("the ruling")
        return True

    def _listed_member(self, doc: Doc, span: Span, role: Role) -> bool:
        """The plural of a ``placed_forms`` role ends a list of offices an election fills: a joiner and its count
        before it, an office found at most :data:`MAX_LIST_GAP` words before ("elect a president, 30 senators and 64
        deputies", "to choose a president, three vice-presidents and 128 deputies"), and a word of the role's
        ``listed_after`` before that office in its sentence ("to choose", "a general election of"). The list places
        it as it places its other offices; a possessive before it ("the mayor and his deputies"), another's "of"
        after it ("two deputies of the minister") or no election ("senators and deputies voted") leaves it someone's
        seconds."""
        if not role.listed_after or span.text.lower() not in role.plural \
                or span.end < len(doc) and doc[span.end].lower_ == "of":
            return False
        i = span.start - 1
        while i >= 0 and (doc[i].like_num or doc[i].lower_ in _LIST_COUNT_WORDS):
            i -= 1
        if i < 1 or doc[i].lower_ not in _LIST_JOINERS:
            return False
        sent_start = span.sent.start
        siblings = [o for o in self._spans if sent_start <= o.start and o.end <= i
                    and span.start - o.end <= MAX_LIST_GAP
                    and not any(t.text in _LIST_BREAKS for t in doc[o.end:span.start])]
        return bool(siblings) and any(t.lower_ in role.listed_after for t in doc[sent_start:siblings[0].start])

    def _deputy(self, doc: Doc, start: int) -> bool:
        """A word of another office (qualifiers.tsv ``other_office``) right before the role, or before a
        hyphen before it: "Deputy President", "deputy foreign minister", "Vice-Governor"."""
        i = start - 1
        if i >= 1 and token_texts(doc)[i] in HYPHENS:
            i -= 1
        return i >= 0 and token_lowers(doc)[i] in self._other_office

    def _shared_post(self, doc: Doc, start: int) -> bool:
        """A prefix of a post shared by two (office_words.tsv ``shared_prefix``) joined by a hyphen before the role:
        "Acme co-president X", "co-president of Zembla Media"; no country has a co-president, so a country's reading
        is a firm's (or a party's) post."""
        return _prefixed(doc, start, self._shared_prefixes)

    @staticmethod
    def _league(doc: Doc, span: Span, readings: list[tuple[Role, str]]) -> bool:
        """The span is a role's ``league_forms`` word written capitalised inside a sentence, not before "of": a
        competition's name ("top of the English Premiership"), no office ("Premiership of Ana Ruiz" opening a
        title, "her premiership" are)."""
        texts, lowers = token_texts(doc), token_lowers(doc)  # a Token only for a capitalised word of one
        return len(span) == 1 and texts[span.start][:1].isupper() and not doc[span.start].is_sent_start \
            and not (span.end < len(doc) and lowers[span.end] == "of") \
            and all(lowers[span.start] in role.league_forms for role, _ in readings)

    def _competition_after(self, doc: Doc, span: Span) -> bool:
        """The role's capitalised word is followed by a competition's head (org_heads.tsv ``after_role``), written
        capitalised, right after it or after one more capitalised word: "the Indian Premier League", "the Russian
        Premier League" name a competition the recognisers left unnamed, no premier of India or Russia."""
        if not token_texts(doc)[span.start][:1].isupper():
            return False
        for k in range(span.end, min(span.end + MAX_WORDS_BEFORE_COMPETITION + 1, len(doc))):
            if not (doc[k].is_alpha and doc[k].is_title):
                return False
            if doc[k].lower_ in self.res.heads_after_role:
                return True
        return False

    def _portfolio(self, doc: Doc, span: Span, role: Role, through: frozenset[int] = frozenset()) -> Span | None:
        """"Secretary of State for Work and Pensions", "Minister for Justice, Equality and Law Reform": the
        office is named by the capitalised portfolio after the role's words (at most
        :data:`MAX_PORTFOLIO_TOKENS`, words joined by "and", "&" or commas), up to a name; none without one."""
        k = end = span.end
        while k < len(doc) and k - span.end < MAX_PORTFOLIO_TOKENS and (k not in self._named or k in through):
            t = doc[k]
            if t.text[:1].isupper() and t.is_alpha:
                end = k + 1
            elif not (t.lower_ in ("and", "&", ",") and end == k or self._portfolio_article(doc, k, end)):
                break
            k += 1
        if role.portfolio_place is not None:
            if end < k < len(doc) and k in self._named and doc[k - 1].lower_ in ("and", "&"):
                return None  # "the next Secretary of Housing and Urban Development" read as a name: no part of one
            if k == end < len(doc) and k in self._person_at_start and doc[k].text not in self.res.first_names:
                return None  # "Minister of Social Development Ana Ruiz" read as "Development Ana Ruiz": unsure
            last = next((j + 1 for j in range(end - 1, span.end - 1, -1) if not doc[j].text[:1].isupper()), span.end)
            if end - last >= MIN_PORTFOLIO_RUN_WITH_NAME and end not in self._named:
                end -= 2  # "Minister of Public Service and Administration Tomas Ferreira": a name no stage found
        if end <= span.end:
            return None
        start = span.start
        office = Span(doc, start, end, label="OFFICE")
        office._.rule = f"{role.id}.noun"
        office._.role, office._.form = role.id, "noun"
        office._.qualifier = self._left_qualifier(doc, start)
        office._.jurisdiction = doc[span.end:end].text
        office._.entity = canonical_office(role, office._.jurisdiction, self.definite)
        return office

    def _portfolio_in_shape(self, span: Span, org: Span, readings: list[tuple[Role, str]]) -> bool:
        """A capitalised portfolio role's words inside an organisation the name shapes alone made, one the KB does
        not know ("South African Minister of Public Service", read as a body by its head word "Service"): the
        minister's title, no body's name (:meth:`_portfolio_shapes`)."""
        return any(r.portfolio_place is not None for r, _ in readings) and org.start <= span.start \
            and (get_span_value(org, "rule") or "").startswith("shape.")

    def _portfolio_shapes(self, span: Span, role: Role) -> list[Span]:
        """The people and organisations that name shapes alone made of a capitalised portfolio role's words or its
        first portfolio words ("Minister of Economic Affairs, X": "Economic Affairs" joined to X as a person; "South
        African Minister of Public Service": a body): never a person right after the role's "of", nor a body holding
        "Minister" ("Secretary of Acme Corp" names the firm: no office); none for another role."""
        if role.portfolio_place is None:
            return []
        return [m for m in mentions(span.doc, "PERSON", "ORG") if (get_span_value(m, "rule") or "").startswith("shape.")
                and (m.start == span.end and m.label_ == "PERSON" or m.start <= span.start < m.end)]

    @staticmethod
    def _portfolio_article(doc: Doc, k: int, end: int) -> bool:
        """"the" after a portfolio's "and" before its last word, set off by punctuation ("Minister of Economic
        Affairs and the Interior, X"): a word of the portfolio; never before a run of capitalised words ("... and
        the Prime Minister X": another office)."""
        return doc[k].lower_ == "the" and end == k - 1 and doc[k - 1].lower_ in ("and", "&") \
            and k + 2 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha \
            and doc[k + 2].is_punct and doc[k + 2].text not in HYPHENS

    def _placed_portfolio(self, doc: Doc, office: Span, role: Role, places, place_at,
                          orgs: list[Span]) -> tuple[Span | None, Role]:
        """A capitalised role of a portfolio that a country's cabinet holds ("Minister of Public Service and
        Administration X", "the next Secretary of Housing and Urban Development"): the portfolio's office of the
        role's ``portfolio_place`` level, placed as that level's offices are (a demonym or possessive before it, "of
        <place>" after it, the story's places), and named "<role> <portfolio> of <place>" or by the place's
        established name in ``names`` ("United States Secretary of {P}"). One such role per portfolio is made and
        kept per component; the office's ``role`` stays the portfolio role's id, which the other stages know (an
        ``appointed`` role's office fills no election fact). Placed by no other office of the story: two portfolios
        share the role's id. The role's own word must be capitalised: "a minister of Grace Church" is a clergyman."""
        if not doc[office.start].text[:1].isupper() or any(
                t.lower_ in self.res.comma_heads for t in doc[office.start:office.end]):
            return None, role  # ... and "the Secretary of Acme Corp" a firm's
        portfolio = get_span_value(office, "jurisdiction")
        placed = self._placed_roles.get((role.id, portfolio))
        if placed is None:
            placed = self._placed_roles[(role.id, portfolio)] = replace(
                role, level=role.portfolio_place, template=role.template.replace("{J}", portfolio) + " of {J}",
                bare=role.template.replace("{J}", portfolio),
                names=tuple((place, name.replace("{P}", portfolio)) for place, name in role.names))
        span = Span(doc, office.start, office.end, label="OFFICE")
        set_span_value(span, "rule", f"{role.id}.noun")
        set_span_value(span, "role", role.id)
        set_span_value(span, "form", "noun")
        return self._office(doc, span, placed, places, place_at, orgs), placed

    def _lower_portfolio(self, doc: Doc, span: Span, role: Role) -> tuple[Role, int] | None:
        """A portfolio role ending in "for" followed by lower-case words that, after "of" instead, are another
        role's noun ("minister for foreign affairs" as "minister of foreign affairs"): that role and where its words
        end, the longest; none for a portfolio no role names ("the minister for sport") or a capitalised one
        (:meth:`_portfolio`: "Minister for Defence X" keeps its portfolio's name)."""
        words = span.text.lower().split()
        if words[-1] != "for" or not span.text.islower():
            return None
        head = " ".join(words[:-1] + ["of"])
        k = span.end
        while k < len(doc) and k - span.end < MAX_PORTFOLIO_TOKENS and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        for end in range(k, span.end, -1):
            named = self._of_nouns.get(f"{head} {doc[span.end:end].text.lower()}")
            if named is not None:
                return named, end
        return None

    @staticmethod
    def _lead_verbs(doc: Doc) -> list[int]:
        """The indexes of LEAD_VERBS right after "who" (one of LEAD_ADVERBS between at most): "who (also) leads";
        and of LEAD_INFINITIVES right after a contest's "to" ("the race to lead", LEAD_CONTESTS). Read from the Doc's
        cached lower-case words, after a set's test (every Doc asks it; few hold either verb)."""
        lowers = token_lowers(doc)
        if _LEAD_WORDS.isdisjoint(lowers):
            return []
        found = []
        for i, word in enumerate(lowers):
            if word in LEAD_INFINITIVES and i >= 2 and lowers[i - 1] == "to" and lowers[i - 2] in LEAD_CONTESTS:
                found.append(i)
            elif word in LEAD_VERBS and i >= 1:
                k = i - 1
                if lowers[k] in LEAD_ADVERBS and k >= 1:
                    k -= 1
                if lowers[k] == "who":
                    found.append(i)
        return found

    def _led_parties(self, doc: Doc, orgs: list[Span], spans: list[Span]) -> list[Span]:
        """"X, who leads Fine Gael,", "who also heads the Labour Party": the party's leader's office, over the verb and
        the party, which ends the clause (a party only: "who heads the commission" names no post the roles tell)."""
        role = self.roles[LEAD_ROLE]
        taken = {i for o in spans for i in range(o.start, o.end)}
        found = []
        for i in self._lead_verbs(doc):
            k = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
            place, k = k, self._past_place_possessive(doc, k)  # "who leads Italy's National Alliance"
            org = next((o for o in orgs if o.start == k and is_party(o, self.kb) and self._org_fits(o, role)), None)
            if org is None or any(j in taken for j in range(i, org.end)):
                continue
            ends = LEAD_CLAUSE_ENDS | LEAD_CONTEST_ENDS if doc[i].lower_ in LEAD_INFINITIVES else LEAD_CLAUSE_ENDS
            if org.end < len(doc) and doc[org.end].text not in ends and not doc[org.end].is_sent_start:
                continue  # "who leads the Labour Party in the polls": a lead over the party, not its leadership
            # "New Zealand's Labour Party": the KB's party of the place's name before the party's, if it knows one
            placed = self.kb.lookup("ORG", f"{doc[place:k - 1].text} {org.text}") if k > place else []
            known = placed or self._kb_orgs(org, org._.entity or org.text)
            name = known[0].name if known else self._body_name(org, org._.entity or org.text)
            found.append(self._org_role_office(doc, i, org.end, role, "noun", name))
        return found

    @staticmethod
    def _past_place_possessive(doc: Doc, k: int) -> int:
        """The token after a place's possessive that starts at ``k`` ("Italy's", "New Zealand's": capitalised words,
        at most MAX_PLACE_POSSESSIVE_WORDS, then "'s"), else ``k``: the party a leader's verb names after it."""
        j = k
        while j < len(doc) and j - k < MAX_PLACE_POSSESSIVE_WORDS and doc[j].is_title and doc[j].is_alpha:
            j += 1
        return j + 1 if k < j < len(doc) and doc[j].text in POSSESSIVE_ENDINGS else k

    def _may_name_body_or_seat(self, doc: Doc) -> bool:
        """Whether an office without a role word can be named: a body before a race noun
        ("the Knesset election", "Kestrel Senate nominee X", :meth:`_bodies`) or a seat by its cue (:meth:`_seats`)."""
        lowers = token_lowers(doc)
        return not self._race_nouns.isdisjoint(lowers) or not self._nomination_words.isdisjoint(lowers) \
            or not self._one_seat_words.isdisjoint(lowers) \
            or not self._body_or_seat_cue_firsts.isdisjoint(lowers) and (
                bool(self.seat_cues(doc)) or bool(self.body_cues(doc)) or bool(self.election_body_cues(doc))
                or bool(self.represent_cues(doc)))

    def _told_role(self, doc: Doc, spans: list[Span]) -> None:
        """An office the story's places alone placed takes the place of an office of the same role that its
        own words or the KB placed ("Former Prime Minister X [KB: of Zembla] loses her seat, ... the first
        former prime minister to lose it since Y in the Velmar election"): one story, one premiership, as in
        :meth:`_same_role`. Where the told offices of the role name two or more places ("President X [KB: of
        Zembla] ... his call with the Ruritanian president ... the president's wrongdoing"), the story's own is
        the one its people hold most often, counting each told office and each mention of a person the KB
        records in that role there; a tie keeps the nearest told office before, else after."""
        told = [o for o in spans if (o.start, o.end) not in self._from_context and get_span_value(o, "jurisdiction")]
        weights: dict[str, dict[str, int]] = {}  # role id -> jurisdiction -> told offices + its holders' mentions
        for office in spans:
            if (office.start, office.end) not in self._from_context \
                    or self.roles[get_span_value(office, "role")].story_place != "any":
                continue  # a story names several monarchs ("their King X ... former King of Spain Y")
            same = [o for o in told if o._.role == office._.role]
            before = [o for o in same if o.end <= office.start]
            after = [o for o in same if o.start >= office.end]
            source = before[-1] if before else (after[0] if after else None)
            if source is None:
                continue
            if len({o._.jurisdiction for o in same}) > 1:
                weight = weights.get(office._.role)
                if weight is None:
                    weight = weights[office._.role] = self._story_holders(doc, same, told)
                best = max(weight.values())
                leaders = [o for o in same if weight.get(o._.jurisdiction) == best]
                if len({o._.jurisdiction for o in leaders}) == 1:
                    source = leaders[0]
            office._.entity, office._.jurisdiction = source._.entity, source._.jurisdiction

    def _body_story(self, spans: list[Span]) -> list[Span]:
        """A story that names a body's head ("the next president of the Convention", "a federation president") and
        no country's office of that head word by its own words or the KB: the bare ones its places alone placed
        ("was named president", "the second presidential runoff", "first vice president") are the body's, no
        country's: left out, as an institution's untold office is. A capitalised title of a name ("Vice President Ana
        Ruiz visited Ohio. Tom Hart, vice president of the Kestrel Bank, ...") is a public office's and stays."""
        if not self._body_heads:
            return spans
        told = {self._role_head(o) for o in spans if (o.start, o.end) not in self._from_context
                or o.doc[o.start].is_title and o.end in self._person_at}
        return [o for o in spans if (o.start, o.end) not in self._from_context
                or (head := self._role_head(o)) not in self._body_heads or head in told]

    def _party_body(self, office: Span, orgs: list[Span]) -> bool:
        """The organisation of a body's office is a party, named right before it or after its "of [the]" ("the former
        Chief Minister of DMK", "Labour leader"): a party's office, in a story of public races."""
        return any(is_party(o, self.kb) and (o.end == office.start or office.end <= o.start <= office.end + 2
                                             or office.start <= o.start and o.end <= office.end) for o in orgs)

    def _role_head(self, office: Span) -> str:
        """The last word of the office's role's first noun: "president" for a (vice) president's noun or adjective;
        "" for a role named by no noun."""
        nouns = self.roles[get_span_value(office, "role")].nouns
        return nouns[0].split()[-1].lower() if nouns else ""

    def _framed_by_sentence(self, doc: Doc, start: int, role: Role, jur: Jurisdiction) -> bool:
        """The jurisdiction the story's places gave an office is a place of the role's own level named before it in
        its sentence ("Democrats in Mississippi made gains; their nominee for governor, X"): the sentence says where,
        as the office's own words would, so the story's other holders do not move it (a story of three states'
        races names each race's own). A place after the office, or a part of one walked up to it, may be another
        matter's ("the first former prime minister to lose since a vote held in France")."""
        sent = sentence_of(doc, start)
        for place in self._places:
            if sent.start <= place.start and place.end <= start:
                if any((fit := self._fits(e, role)) is not None and fit.id == e.id and fit.name == jur.name
                       for e in self.kb.lookup("GPE", place.text)):
                    return True
        return False

    def _story_holders(self, doc: Doc, same: list[Span], told: list[Span]) -> dict[str, int]:
        """Per jurisdiction of the told offices ``same`` (of one role): how many told offices of any role name
        it ("Vice President X", "U.S. senators": two for the United States), plus how many mentions of people
        the KB records in that role there the story has ("Trump" thrice: three more)."""
        role = self.roles[same[0]._.role]
        weight = {o._.jurisdiction: 0 for o in same}
        for o in told:
            if o._.jurisdiction in weight:
                weight[o._.jurisdiction] += 1
        for person in mentions(doc, "PERSON"):
            held = self._held(person, role)
            if held is not None and held[1] in weight:
                weight[held[1]] += 1
        return weight

    @staticmethod
    def _same_role(placed: list[Span], unplaced: list[tuple[Span, Role]]) -> list[Span]:
        """Offices of no told place take the place of another office of the same role in the document
        ("the presidential election ... current president Maia Sandu", whom the KB knows as President of
        Moldova): one story, one presidency. The nearest such office before, else after; an office that
        finds none is left out. A titled one ("President Tomas Brevik") stays bare: the president met
        in a story may be another country's."""
        out = []
        for office, role in unplaced:
            same = [o for o in placed if o._.role == role.id and o._.jurisdiction]
            before = [o for o in same if o.end <= office.start]
            after = [o for o in same if o.start >= office.end]
            source = before[-1] if before else (after[0] if after else None)
            if source is not None:
                office._.entity, office._.jurisdiction = source._.entity, source._.jurisdiction
                out.append(office)
        return out

    def _held_in_story(self, doc: Doc, unplaced: list[tuple[Span, Role]]) -> list[Span]:
        """Offices of no told place take the one office of that role the KB records for the story's people
        ("presidential elections ... Incumbent Ana Ruiz says she will run", and the KB records her as President of
        Freedonia: President of Freedonia).
        People of two such offices, or of none, tell nothing; a titled office stays bare as in
        :meth:`_same_role`."""
        out = []
        people = mentions(doc, "PERSON") if unplaced else []
        for office, role in unplaced:
            if office.end in self._person_at:
                continue  # a title ("Councilwoman X"): its own rules decide
            held = {h for p in people if (h := self._held(p, role)) is not None}
            if len(held) == 1:
                office._.entity, office._.jurisdiction = next(iter(held))
                out.append(office)
        return out

    def _told_country(self, unplaced: list[tuple[Span, Role]], spans: list[Span]) -> list[Span]:
        """A country's office of no told place that titles no name takes the one country the story's other country
        offices name by their own words ("Home Secretary X [of the United Kingdom] ... the next Prime Minister"),
        where the role exists there; offices of two countries, or placed by the story's places alone, tell nothing,
        and a title stays bare as in :meth:`_same_role` (the president met may be another country's)."""
        out = []
        todo = [(o, r) for o, r in unplaced if r.level == "country" and o.end not in self._person_at
                and r.story_place not in ("never", "nearest", "titled")]
        told = self._one_office_country(spans) if todo else None
        if told is None:
            return out
        for office, role in todo:
            if self._fits(told.entity, role) is None:
                continue
            office._.entity = canonical_office(role, told.name, self.definite)
            office._.jurisdiction = told.name
            out.append(office)
        return out

    def _story_country(self, doc: Doc, unplaced: list[tuple[Span, Role]], orgs: list[Span]) -> list[Span]:
        """A country's office of no told place that titles no name, in a story whose places and demonyms name no
        country, takes the country of :data:`STORY_COUNTRY_RESORTS` ("the opposition chooses X as its joint
        presidential candidate (Rappler)": President of the Philippines), where the role exists there; a title
        stays bare as in :meth:`_same_role`."""
        todo = [(o, r) for o, r in unplaced if r.level == "country" and o.end not in self._person_at
                and r.story_place not in ("never", "nearest", "titled") and not self._name_word(doc, o)]
        if not todo or self._story_countries(self._places):
            return []
        country = self._resort_country(doc, orgs)
        out = []
        for office, role in todo if country is not None else ():
            if self._fits(country, role) is None:
                continue  # "the presidential candidate (The Japan Times)": Japan has no president
            office._.entity = canonical_office(role, country.name, self.definite)
            office._.jurisdiction = country.name
            out.append(office)
        return out

    def _name_word(self, doc: Doc, office: Span) -> bool:
        """A capitalised adjective before a capitalised word that is no race noun is a name's word ("the Presidential
        Advisory Commission on Election Integrity"), no office a story's country may place."""
        end = office.end
        return get_span_value(office, "form") == "adjective" and doc[office.start].is_title and end < len(doc) \
            and doc[end].is_title and not self._race_noun_after(doc, end)

    def _resort_country(self, doc: Doc, orgs: list[Span]) -> Entity | None:
        """The country the first of :data:`STORY_COUNTRY_RESORTS` that names any names, if it names only one."""
        for resort in STORY_COUNTRY_RESORTS:
            if resort == "organisations":
                found = self._org_countries([o for o in orgs if o._.rule != SHORT_PARTY_RULE])
            else:
                found = self._cited_countries(doc)
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def _org_countries(self, orgs: list[Span]) -> dict[str, Entity]:
        """The countries (by id) the KB places the organisations ``orgs`` in (their ``part_of``)."""
        countries = {}
        for org in orgs:
            for entity in self.kb.lookup("ORG", org._.entity or org.text)[:1]:
                part = self.kb.get(entity.part_of)
                country = self.kb.at_level(part, "country") if part is not None else None
                if country is not None:
                    countries[country.id] = country
        return countries

    def _cited_countries(self, doc: Doc) -> dict[str, Entity]:
        """The countries of the national outlets the story's closing citations name as their source
        ("(Rappler)", "(Premium Times via AllAfrica)"); wires and broadcasters name none."""
        tail = _CITATION_TAIL.search(doc.text)
        countries = {}
        for group in _CITATION_GROUP.findall(tail.group(0)) if tail else ():
            source = _CITATION_VIA.split(group.strip())[0]
            country = self._outlet_countries.get(source)
            if country is not None:
                countries[country.id] = country
        return countries

    def _org_office(self, doc: Doc, span: Span, role: Role, kind: str, orgs: list[Span],
                    place_at: dict) -> Span | None:
        """"Labour Party leader", "leader of the Conservative Party", "AKP chairman", "members for a new
        Congress", "Knesset member" (a role's ``org_types``/``org_heads`` say which organisations it fits)."""
        start, end = span.start, span.end
        texts, lowers = token_texts(doc), token_lowers(doc)  # the Doc's cached strings: no Token per word read
        i, bracketed = start - 1, None
        if i >= 0 and texts[i] in _POSSESSIVE:
            i -= 1
        elif i >= 2 and texts[i] == ")" and (inner := place_at.get(i)) is not None and inner.start >= 1 \
                and texts[inner.start - 1] == "(":
            i = inner.start - 2  # "the Conservative Party (UK) leadership election": the party a place tells apart
        elif (bracketed := self._acronym_named_org(doc, i, role, orgs)) is not None:
            i = bracketed[0].end - 1  # "Zembla Electoral Commission (ZEC) chairman X": the body its acronym follows
        org = next((o for o in orgs if o.end == i + 1 and self._org_fits(o, role)), None)
        if org is None:  # "the Vamos party leader": the role's noun ("party leader") overlaps the name
            org = next((o for o in orgs if o.start < start < o.end and self._org_fits(o, role)), None)
        if org is not None:
            start = org.start if bracketed is None else bracketed[1]
        else:
            k = end
            # "the leadership race of Japan's ruling Zembla Party": the party after the race noun owns the race's
            # office, which stays the role's noun (a race noun after it names the race, :meth:`_race_noun_after`)
            race_of = span_text(doc, span.start, span.end).lower() in role.race_anaphor_nouns and k + 1 < len(doc) \
                and lowers[k] in self._race_nouns and lowers[k + 1] in role.connectors
            if race_of:
                k += 1
            if k < len(doc) and lowers[k] in role.connectors:
                k += 1
                # "members for a new Congress"; not a name's first word ("leader of the New Patriotic Party")
                while k < len(doc) and (lowers[k] in ARTICLES or lowers[k] in self._skip_left
                                        and not any(o.start == k for o in orgs)):
                    k += 1
                numbered = False
                if lowers[k - 1] in ARTICLES:
                    k0, k = k, self._past_modifiers(doc, k)  # "leader of the centre-right opposition Unity Party"
                    numbered = any(ORDINAL.fullmatch(t) for t in texts[k0:k])
                    if role.org_heads:
                        # "members of the 245-seat Rajya Sabha", "of the country's National Assembly"
                        k = max(k, self._past_body_modifiers(doc, k0))
                elif role.org_heads:
                    k = self._past_body_modifiers(doc, k)  # "members of its Legislative Council"
                for lead in (place_at.get(("start", k)), self._demonym_start.get(k)) if role.org_heads else ():
                    if lead is not None and any(o.start == lead.end for o in orgs):
                        k = lead.end  # "members of the United Kingdom House of Commons"
                        break
                owner = place_at.get(("start", k))
                if owner is not None and owner.end < len(doc) and texts[owner.end] in _POSSESSIVE:
                    k = owner.end + 1  # "leader of the United Kingdom's Conservative Party"
                    k = self._past_modifiers(doc, k)  # "chairman of Zembla's opposition Unity Party"
                org = next((o for o in orgs if o.start == k and self._org_fits(o, role)), None)
                if org is not None and numbered and not self.kb.lookup("ORG", org.text) \
                        and self._generic_body_name(org, org.text) == org.text:
                    # "the 16th Diet": a numbered body only as the KB knows it (its country), or as a body every
                    # country has, of the story's country ("the 16th National Assembly" in a story on France)
                    org = None
                if org is not None and not race_of:
                    end = org.end
                    if end < len(doc) and doc[end].text in self._heads_after_name:
                        end += 1  # "leader of the Vamos party": the lower-case head the name leaves out
        if org is None and role.generic_chambers:
            office = self._chamber_member(doc, span, role, kind, orgs)
            if office is not None:
                return office
        if org is None and role.anaphors:
            # "re-elected as the party's chairman", "elects X as its new leader": the party named before
            k = start - 1
            while k >= 0 and lowers[k] in self._skip_left:
                k -= 1
            words = lowers[max(0, k - 2):k + 1]
            if any(tuple(words[-len(a):]) == a for a in self._anaphors(role)):
                before = [o for o in orgs if o.end <= start and start - o.end <= ANAPHOR_WINDOW]
                # the organisation named before must be one that holds the role ("X, the city's transport company,
                # ... its chairman": no party's leader)
                org = before[-1] if before and self._org_fits(before[-1], role) else None
        if org is None and role.electing_body:
            # "the Knesset elected X as speaker and Y as deputy speaker": the body whose verb gives the winner the post
            body = self._electing_body(doc, span, orgs)
            org = body if body is not None and body is not True and self._org_fits(body, role) else None
        noun = " ".join(t.lower_ for t in span)
        if org is None and (noun in role.anaphor_nouns or (
                noun in role.race_anaphor_nouns and self._race_noun_after(doc, span.end))):
            # "Labour deputy leader Y demands party leader X": the one party the story names before the noun; so
            # does a race's ("... the Conservative Party of Zembla. X drops out of the leadership contest")
            before = [o for o in orgs if o.end <= start and is_party(o, self.kb) and self._org_fits(o, role)]
            if len({fold(o._.entity or o.text) for o in before}) == 1:
                org = before[-1]
        if org is None:
            return None
        if span.text.lower() in role.bounded_forms and not (
                self._phrase_ends(doc, span, org, role.connectors)
                and (is_party(org, self.kb) or self._kb_orgs(org, org._.entity or org.text))):
            # "the UN chief weapons inspector", "the head of the UN mission": another body's head; "the head of the
            # Senate Finance Committee": a common word's organisation is one the KB or a party's name tells
            return None
        known = self._kb_orgs(org, org._.entity or org.text)  # "AKP chairman": the party's own name
        name = known[0].name if known else self._body_name(org, org._.entity or org.text)
        if role.member:
            # "members of the Assembly of the Union" (Comoros); "elected to the Italian Chamber of Deputies": the
            # chamber by its legislatures.jsonl name, as "a seat in the lower house" in Italy names it
            name = (self._listed_chamber(known[0]) if known else None) or self._legislature_name(org, name) or name
            if org.end == span.start:  # "the Kestrel Senate seat": the state's seat in the nation's Senate
                name = self._statewide_race_chamber(doc, org) or name
        if role.names_only and name not in dict(role.names):
            return None  # "the head of the European Union": a body whose head no one title names
        return self._org_role_office(doc, start, end, role, kind, name)

    def _electing_body(self, doc: Doc, span: Span, orgs: list[Span]) -> Span | bool | None:
        """The body that elects the post a bare title names after its winner: "Zembla's National Assembly elected X
        as speaker", "Parliament on Tuesday re-elected X as its speaker", "lawmakers chose A as speaker and B as
        deputy speaker" (each title after its own winner). The ORG mention right before the electing verb
        (office_words.tsv electing_verb), True for a legislature's common word there (electing_body: "parliament",
        "lawmakers"), else None: a passive ("X was elected speaker") or another's choice names no body."""
        k = self._electing_verb(doc, span)
        if k is None:
            return None
        sent_start = span.sent.start
        for i in range(k - 1, max(sent_start, k - ELECTING_BODY_WINDOW) - 1, -1):
            org = next((o for o in orgs if o.end == i + 1), None)
            if org is not None:
                return org
            if doc[i].lower_ in self._electing_bodies:
                return True
            if doc[i].is_punct:
                return None
        return None

    def _electing_verb(self, doc: Doc, span: Span) -> int | None:
        """The electing verb (office_words.tsv electing_verb) whose winner a title after it follows ("elected X as
        speaker", "elected A as speaker and B as deputy speaker": pairs of winners and titles between), a body's act
        (no passive nor infinitive: "X was elected speaker", "to elect a speaker"); None without one."""
        k = span.start - 1
        while k >= 0 and (doc[k].lower_ in self._skip_left or doc[k].lower_ in ("its", "their", "the")):
            k -= 1
        if k >= 0 and doc[k].lower_ == "as":
            k -= 1
        if k >= 0 and doc[k].text == ",":  # "elected X, a former judge, as speaker": past the apposition
            j = k - 1
            while j > max(0, k - MAX_ELECTED_APPOSITION) and doc[j].text != ",":
                j -= 1
            k = j - 1 if doc[j].text == "," else k
        person = self._person_ending(k + 1)
        if person is None:
            return None
        sent_start, k = span.sent.start, person.start - 1
        while k >= max(sent_start, span.start - ELECTED_TITLE_WINDOW) and doc[k].lower_ not in self._electing_verbs:
            if not (doc[k].lower_ in _ELECTED_JOINERS or doc[k].lower_ in self._skip_left or k in self._named
                    or any(o.start <= k < o.end for o in self._spans)
                    or doc[k].is_lower and k + 1 < len(doc) and doc[k + 1].lower_ in ("and", ",")):
                return None  # "X, who sat in parliament, chose Y as speaker": no pairs of winners and titles
            k -= 1
        if k >= 2 and doc[k - 1].text in HYPHENS and doc[k - 2].lower_ == "re":
            k -= 2  # "re-elected", as the tokenizer splits it
        if k < max(sent_start, span.start - ELECTED_TITLE_WINDOW) or (k > 0 and doc[k - 1].lower_ in _NO_BODY_BEFORE):
            return None  # "X was elected speaker", "to elect a speaker": no body's choice told
        return k

    def _own_post_of_body(self, doc: Doc, span: Span) -> bool:
        """A country's title after "its" that a body named by a common noun elects is the body's own post, no
        country's: "Ghana's football federation elected X as its president", "Zembla's new parliament re-elected X as
        its president"; not where "its" is a place's ("The country elected X as its president", "Chile elected ...")."""
        k = span.start - 1
        while k >= 0 and doc[k].lower_ in self._skip_left:
            k -= 1
        if k < 0 or doc[k].lower_ != "its" or (verb := self._electing_verb(doc, span)) is None or verb == 0:
            return False
        body = doc[verb - 1]
        return body.is_alpha and body.is_lower and body.lower_ not in self._place_anaphors \
            and not any(p.start <= verb - 1 < p.end for p in self._places)

    def _acronym_named_org(self, doc: Doc, i: int, role: Role, orgs: list[Span]) -> tuple[Span, int] | None:
        """The organisation a role's noun at ``i + 1`` follows through its acronym in brackets, written as news
        introduces a body ("Zembla Electoral Commission (ZEC) chairman X", "the Unity Party (UP) leader"): the one
        named before the brackets when it fits the role and the KB knows it or not the acronym's body, else the
        acronym's own (a body named by its translation, the KB by its acronym: "Election Board (YSK) head"), with
        the first token of the name before the brackets; None unless ``doc[i]`` closes brackets round one acronym
        that an organisation's mention covers."""
        if i < 3 or doc[i].text != ")" or doc[i - 2].text != "(" or not is_acronym(doc[i - 1].text):
            return None
        inner = next((o for o in orgs if o.start == i - 1 and o.end == i), None)
        outer = next((o for o in orgs if o.end == i - 2), None)
        if inner is None or outer is None:
            return None
        fits_outer = self._org_fits(outer, role)
        if fits_outer and (self._kb_orgs(outer, outer._.entity or outer.text)
                           or not self._kb_orgs(inner, inner._.entity or inner.text)):
            return outer, outer.start
        if self._org_fits(inner, role) and self._kb_orgs(inner, inner._.entity or inner.text):
            return inner, outer.start
        return None

    def _phrase_ends(self, doc: Doc, span: Span, org: Span, role_connectors: tuple[str, ...]) -> bool:
        """Whether the phrase of a role's common noun ("head", "chief") and its organisation ends where they do:
        before a name, a punctuation mark, a capitalised word, the sentence's end, a verb of saying or a headline
        verb, or a word that breaks a phrase ("UN chief Kofi Annan", "the head of the OAS said", "the head of the
        Arab League, X,"); not before a possessive or another noun ("the head of the UN's nuclear watchdog", "the
        UN chief weapons inspector", "the head of the UN-AU mission"), nor, the organisation before the noun, before
        "of" ("UN chief of staff")."""
        k = max(span.end, org.end)
        if k >= len(doc) or doc[k].is_sent_start:
            return True
        word = doc[k]
        if word.text in _POSSESSIVE or word.text in HYPHENS or (org.end <= span.start and word.lower_ in role_connectors):
            return False  # "the head of the joint UN-African Union mission"
        return not (word.is_alpha and word.is_lower) or self._closes_phrase(word)

    def _closes_phrase(self, word) -> bool:
        """A lower-case word after a role's noun that ends its phrase: a verb of saying, a headline verb or a phrase
        break ("the head of the OAS said", "Italy's premier said"), unlike a noun the role's word modifies."""
        return word.lower_ in self.res.person_cues_after or word.lower_ in self.res.headline_verbs \
            or word.lower_ in self._phrase_break_words

    def _left_qualifier(self, doc: Doc, start: int) -> str | None:
        """The qualifier the words right before an office give ("former", "Ex-", "then" → "former"), read past the
        other words an office's left edge skips ("Springfield's next mayor", "former two-term"), if any."""
        if _prefixed(doc, start, self._former_prefixes):  # "Ex-Labour leader X"
            return "former"
        return self._left_of_qualifiers(doc, start - 1, "")[1] or self._former_past_modifiers(doc, start) or None

    def _former_past_modifiers(self, doc: Doc, start: int) -> str:
        """"former" (a qualifier of value "former": qualifiers.tsv) before at most :data:`MAX_FORMER_MODIFIERS`
        lower-case words that are no stop word nor :data:`_ROLE_CHANGE_WORDS` right before the office at ``start``:
        "former economic security minister X", "Former state Minister for Health X" held the office once; "" else
        ("a former rebel turned defence minister X" holds it)."""
        i = start - 1
        for _ in range(MAX_FORMER_MODIFIERS):
            t = doc[i] if i >= 0 else None
            if t is None or not (t.is_alpha and t.is_lower) or t.is_stop or t.lower_ in _ROLE_CHANGE_WORDS \
                    or t.lower_ in self._skip_left:
                return ""
            i -= 1
            if i >= 0 and self._qualifier.get(doc[i].lower_) == "former":
                return "former"
        return ""

    def _org_role_office(self, doc: Doc, start: int, end: int, role: Role, kind: str, name: str) -> Span:
        """The OFFICE mention ``doc[start:end]`` of an organisation's role, its jurisdiction the organisation's
        ``name`` ("Leader of the Labour Party")."""
        office = Span(doc, start, end, label="OFFICE")
        office._.rule = f"{role.id}.{kind}"
        office._.role, office._.form = role.id, kind
        office._.qualifier = self._left_qualifier(doc, start)  # "former Labour Party leader X"
        office._.jurisdiction = name
        office._.entity = canonical_office(role, name, self.definite, self._org_heads)
        return office

    def _org_by_name_forms(self, doc: Doc, span: Span, role: Role, kind: str, orgs: list[Span]) -> Span | None:
        """An organisation written before the noun in a short form no mention covers, read through the role's
        ``name_forms`` ("Democratic Unionist leader X": the Democratic Unionist Party; "Social Democrat leader X"
        in a story on Denmark: the Danish Social Democrats): the longest run of at most
        :data:`MAX_NAME_FORM_WORDS` capitalised words right before it, then shorter ones ("Federal Labor leader":
        "Labor"), each read with a demonym of the story's country (its places', else its bodies') first; with no
        country told, only a name the KB gives one organisation. Only one organisation of the role's
        ``org_types``, of the story's country where it has one, may fit. A single word opening its sentence may be
        any capitalised word ("New leader X"), a run the recognisers named is read by :meth:`_org_office`, and a
        party's leader after a chamber's word leads its caucus there ("Senate Republican leader X"), no party."""
        k = span.start
        while k > 0 and span.start - k < MAX_NAME_FORM_WORDS and doc[k - 1].is_alpha and doc[k - 1].is_title \
                and not doc[k - 1].is_stop and k - 1 not in self._named:
            k -= 1
        if k == span.start or (span.start - k == 1 and doc[k].is_sent_start):
            return None
        where = self._context(doc, span, self._country_role, self._places, None) if self._country_role else None
        if where is None:  # "Social Democrat leader X ... seats in the Folketing": the country of the story's bodies
            where = self._org_country([o for o in orgs if o._.rule != SHORT_PARTY_RULE])
        country = where.entity if where is not None else None
        for start in range(k, span.start):
            if any(t.lower_ in self._chamber_heads for t in doc[max(0, k - 1):start]):
                return None  # "Senate Republican leader X", "the House Democratic leader": a chamber's caucus
            words = doc[start:span.start].text
            names = [f.replace("{W}", words) for f in role.name_forms]
            if country is not None:
                names = [f"{d} {n}" for n in names for d in country.demonyms] + names
            for name in names:
                # a name several countries' parties share ("Labor Party") is one only in a story of one of them
                parties = self.kb.parties(name) if country is not None else self.kb.lookup("ORG", name)
                found = {e.id: e for e in parties if e.type in role.org_types}
                if country is not None:
                    found = {i: e for i, e in found.items() if (part := self.kb.get(e.part_of)) is not None
                             and self.kb.at_level(part, "country") == country}
                if len(found) == 1:
                    return self._org_role_office(doc, start, span.end, role, kind, next(iter(found.values())).name)
        return None

    @staticmethod
    def _past_modifiers(doc: Doc, k: int) -> int:
        """The token after up to :data:`MAX_ORG_MODIFIERS` lower-case words (hyphenated ones included)
        or ordinals that stand between an article and an organisation's name ("the ruling", "the far-right",
        "the 17th")."""
        j, words = k, 0
        while j < len(doc) and words < MAX_ORG_MODIFIERS:
            t = doc[j]
            if t.is_alpha and t.is_lower and not t.is_stop or ORDINAL.fullmatch(t.text):
                words += 1
                j += 1
            elif t.text == "-" and j > k and j + 1 < len(doc) and doc[j + 1].is_lower:
                j += 1
            else:
                break
        return j

    def _org_fits(self, org: Span, role: Role, story_legislature: bool = True) -> bool:
        """Whether an organisation can hold the role's office: of one of its KB types, or, unknown to
        the KB, ending in one of its head words ("Constitutional Assembly"), or, with ``story_legislature``, for a
        member role, naming a legislature of the story's country (:meth:`_legislature_name`)."""
        if not role.org_types and not role.org_heads:
            return True
        known = self._kb_orgs(org, org.text)
        if known:
            return any(e.type in role.org_types for e in known)
        if self._institution(org):
            return False  # a name it does not know fits no role when an institution's ("the Kestrel Cricket Board")
        if sum(not t.is_punct for t in org) < role.min_name_words:
            return False  # "Supreme Court justice X": a court named by its kind alone, no one court
        if role.org_heads:
            # ... or one the story's country's legislature is named after ("seats in the National Council" in a
            # story on Monaco: its National Council)
            return org[-1].lower_ in role.org_heads or _head(org) in role.org_heads \
                or story_legislature and role.member and self._legislature_name(org, org.text) is not None
        return True  # KB types only: a name it does not know fits

    def _legislature_name(self, org: Span, name: str) -> str | None:
        """The national legislature (legislatures.jsonl, or a KB body of the country) a body's ``name`` names in
        another form, or None: written with its country in another of the KB's names for it ("the National Assembly
        of the Republic of Belarus": National Assembly of Belarus), or without its country, that of the story ("the
        National Council" in a story on Monaco: National Council of Monaco; "the Assembly of the Union" in one on
        the Comoros: Assembly of the Union of the Comoros, not Myanmar's of that name)."""
        head, of, tail = name.partition(" of ")
        if of:
            place = tail.removeprefix("the ")
            for e in self.kb.lookup("GPE", place):
                if e.type == "country" and e.name != place:
                    return self._country_legislature(f"{head} of {self._definite_name(e.name)}", e)
        if self._country_role is None:
            return None
        where = self._context(org.doc, org, self._country_role, self._places, None) or self._offices_country
        if where is None or where.entity is None or where.entity.type != "country":
            return None
        return self._country_legislature(f"{name} of {self._definite_name(where.entity.name)}", where.entity)

    def _listed_chamber(self, org: Entity) -> str | None:
        """The legislatures.jsonl name of a KB legislature that file lists for its country under another of the
        KB's names for it ("Italian Chamber of Deputies": Chamber of Deputies of Italy), else None: one chamber, one
        name for its members' office, whichever words name it."""
        part = self.kb.get(org.part_of) if org.type == "legislature" and org.part_of else None
        country = self.kb.at_level(part, "country") if part is not None else None
        bodies = self._legislatures.get(country.name) if country is not None else None
        if not bodies or org.name in bodies.values():
            return None
        return next((b for b in bodies.values() if b in org.aliases), None)

    def _country_legislature(self, candidate: str, country: Entity) -> str | None:
        """``candidate`` if it names one of ``country``'s legislatures (legislatures.jsonl, else a KB legislature
        or government body of the country: its KB name), else None."""
        if candidate in (self._legislatures.get(country.name) or {}).values():
            return candidate
        return next((e.name for e in self.kb.lookup("ORG", candidate) if e.type in _BODY_TYPES
                     and (part := self.kb.get(e.part_of)) is not None and self.kb.at_level(part, "country") == country),
                    None)

    def _definite_name(self, place: str) -> str:
        """A place's name as it follows "of" in a body's name: "the Comoros", "the Gambia", "Monaco"."""
        if takes_definite(place, self.definite):
            return "the " + place
        return place

    def _kb_orgs(self, org: Span, name: str) -> list[Entity]:
        """The KB's organisations of the name; for a name it does not know, the body of the story's country that the
        KB names with the country's demonym before it ("the Federal Council" in a story on Switzerland: the Swiss
        Federal Council; "Federal Council" alone names Austria's as well)."""
        known = self.kb.lookup("ORG", name)
        if known or self._country_role is None or fold(name) in self._generic_bodies:
            return known  # a body every country has is named "<body> of <country>" (:meth:`_generic_body_name`)
        where = self._context(org.doc, org, self._country_role, self._places, None)
        if where is None or where.entity is None:
            return []
        for demonym in where.entity.demonyms:
            found = [e for e in self.kb.lookup("ORG", f"{demonym} {name}") if e.type in _DEMONYM_BODY_TYPES
                     and (part := self.kb.get(e.part_of)) is not None and self.kb.at_level(part, "country") == where.entity]
            if found:
                return found
        return []

    def _institution(self, org: Span) -> bool:
        """An organisation whose head (:func:`_head`) is an institution's (org_heads.tsv ``institution``):
        "Indiana State Teachers Association", "Federal Reserve Bank of New York"; with a word of a sport's or a
        trade's body in its name (org_modifiers.tsv ``institution``: "Zembla Football Union"); or that an apposition
        describes as one ("X, the city's transport company")."""
        return _head(org) in self._institution_heads or org._.rule == INSTITUTION_APPOSITION_RULE \
            or any(t.lower_ in self._institution_words for t in org)

    def _body_name(self, org: Span, name: str) -> str:
        """A body the KB does not know, named after a demonym, in the encyclopedia's form: "Bhutanese
        National Assembly" → "National Assembly of Bhutan" (so its members are "Member of the National
        Assembly of Bhutan", whatever way the text names the body). So is a body every country has named after
        its country ("the Zembla House of Commons" → "House of Commons of Zembla"). Any other name stays as it is,
        a party's first of all: a nation's branch of a party is named by its demonym ("Catalan Labour" is no
        "Labour of Catalonia")."""
        if is_party(org, self.kb):
            return name
        demonym = self._demonym_start.get(org.start)
        lead = demonym if demonym is not None else next(
            (p for p in self._places if p.start == org.start and p.end < org.end
             and fold(org.doc[p.end:org.end].text) in self._generic_bodies), None)
        if lead is None or lead.end >= org.end or name != org.text:
            return self._generic_body_name(org, name)
        country = next(iter(self.kb.demonym(lead.text) if demonym is not None else
                            (e for e in self.kb.lookup("GPE", lead.text) if e.type == "country")), None)
        if country is None or country.label != "GPE":
            return name
        place = country.name
        if takes_definite(place, self.definite):
            place = "the " + place
        rest = org.doc[lead.end:org.end].text
        return f"{rest} of {place}"

    def _generic_body_name(self, org: Span, name: str) -> str:
        """A body of a name every country has (roles.jsonl ``generic_bodies``), of the story's country where
        the story tells one: "elections to the National Assembly" in a story on Zembla → "National Assembly of Zembla"."""
        if fold(name) not in self._generic_bodies or self._country_role is None:
            return name
        where = self._context(org.doc, org, self._country_role, self._places, None) or self._offices_country
        if where is None:
            return name
        place = where.name
        if takes_definite(place, self.definite):
            place = "the " + place
        return f"{name} of {place}"

    def _chamber_at(self, doc: Doc, k: int) -> tuple[int, int, tuple[str, ...], Jurisdiction | None] | None:
        """(start, end, chamber kinds, country of a demonym or a possessive country before it) of a chamber's common
        word written as a name at token ``k`` ("Congress", "the Senate", "the Brazilian Congress", "the Czech
        Republic's Senate"; roles.jsonl ``generic_chambers``): never inside a longer name ("Congress Party", "Senate
        Foreign Relations Committee"), nor after "state" ("a Virginia state House seat": a state's chamber)."""
        if k > 0 and doc[k - 1].text == _STATE_WORD:
            return None
        country = None
        # "the Czech Republic's Senate": the place's possessive, not its first word's demonym
        owner = next((p for p in self._places if p.start == k and p.end < len(doc) and doc[p.end].text in _POSSESSIVE),
                     None)
        demonym = self._demonym_start.get(k) if owner is None else None
        if demonym is not None:
            country = next((Jurisdiction(e.name, e) for e in self.kb.demonym(demonym.text) if e.type == "country"), None)
            if country is None:
                return None
            k = demonym.end
        elif owner is not None:
            # "Catalonia's parliament": a region's own legislature (regional_legislatures.jsonl), the place kept as
            # the chamber's "country" for :meth:`_chamber_name`
            country = next((Jurisdiction(e.name, e) for e in self.kb.lookup("GPE", owner.text)[:1]
                            if e.type == "country" or e.name in self._regional_legislatures), None)
            if country is None:
                return None  # "Ohio's Senate": a state's chamber, not the country's
            k = owner.end + 1
        if k >= len(doc):
            return None
        lowers = token_lowers(doc)  # the Doc's cached words: no Token per word read
        for n in range(min(3, len(doc) - k), 0, -1):
            words = tuple(lowers[k:k + n])
            kinds = self._chamber_words.get(words)
            if kinds is None or words not in self._chamber_any_case and not (
                    doc[k].text[:1].isupper() and all(t.text[:1].isupper() or t.lower_ == "of" for t in doc[k:k + n])):
                continue
            end = k + n
            if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
                return None  # "Congress Party"
            if any(i in self._named for i in range(k, end)) and not any(
                    (m.start, m.end) == (k, end) for m in mentions(doc, "ORG")):
                return None  # inside a person's or organisation's longer name
            return k, end, kinds, country
        return None

    def _chamber_name(self, doc: Doc, body: tuple[int, int, tuple[str, ...], Jurisdiction | None], role: Role,
                      orgs: list[Span]) -> tuple[str, str] | None:
        """(the chamber's name, its members' office) for a chamber's common word: the story's country (a demonym
        before the word, else the story's places, else its organisations' one country), then the first of the
        word's chamber kinds that country has in legislatures.jsonl ("Congress": the lower house of a two-chamber
        Congress, the one chamber of Guatemala's); a country that file does not list tells nothing. The office is
        named as the chamber's role names its members ("Member of Parliament of the United Kingdom")."""
        start, end, kinds, country = body
        words = tuple(t.lower_ for t in doc[start:end])
        named = [o for o in orgs if o.end <= start and (o.start, o.end) != (start, end) and self._org_fits(o, role)
                 and tuple(_head(o).split()) == words[-1:] and len(o) > len(words) and self._placed_body(o)]
        if country is None and named:  # "members of the National Congress of Ecuador ... the members of Congress"
            known = self.kb.lookup("ORG", named[-1].text)
            name = known[0].name if known else self._body_name(named[-1], named[-1].text)
            return name, canonical_office(role, name, self.definite, self._org_heads)
        if country is None and self._country_role is not None:
            country = self._context(doc, Span(doc, start, end), self._country_role, self._places, None)
        if country is None:
            country = self._offices_country or self._one_office_country(self._spans) or self._org_country(orgs)
        if country is None:  # "Democrats ... Republican X": the one country whose parties both names may be
            sets = [c for o in orgs if (c := self._party_countries(o))]
            shared = set.intersection(*sets) if sets else set()
            entity = next(iter(self.kb.lookup("GPE", next(iter(shared)))), None) if len(shared) == 1 else None
            country = Jurisdiction(entity.name, entity) if entity is not None else None
        bodies = self._legislatures.get(country.name) if country is not None else None
        if country is not None and country.name in self._regional_legislatures:
            bodies = {_WHOLE_LEGISLATURE: self._regional_legislatures[country.name]}  # "Catalonia's parliament"
        if not bodies:
            return None
        for kind in kinds:
            if kind == "lower_house" and kind not in bodies:
                kind = "house_of_representatives"  # a two-chamber legislature's lower house is named so
            name = bodies.get(kind)
            if name is None or words in self._named_chambers and not self._chamber_named(name, words):
                continue  # "the Assembly" of a country whose legislature is its Congress: another body
            chamber_role = self._chamber_roles.get(kind)
            office = dict(chamber_role.names).get(country.name) if chamber_role is not None else None
            return name, office or canonical_office(role, name, self.definite, self._org_heads)
        return None

    def _chamber_named(self, name: str, words: tuple[str, ...]) -> bool:
        """The chamber ``name`` holds the common word ``words`` in its own name or in one of its KB aliases ("the
        Majlis" is Iran's Islamic Consultative Assembly, the KB's "Iranian Majlis"; France's National Assembly is an
        Assembly by name)."""
        word = " ".join(words)
        forms = [name] + [a for e in self.kb.lookup("ORG", name)[:1] for a in e.aliases]
        return any(word in form.lower().split() for form in forms)

    def _state_chamber(self, doc: Doc, k: int) -> tuple[Span, int, Role] | None:
        """(the state, the end, the state's role) of a chamber's common word after a state of a country of
        ``state_before`` at token ``k`` ("the Kestrel House", "the Kestrel state Senate", "the Kestrel House of
        Delegates"): the state's chamber of that kind, never the nation's; a name the KB also knows as a city or a
        country ("Washington", "Georgia") is none."""
        place = next((p for p in self._places if p.start == k), None)
        if place is None:
            return None
        j = place.end + (place.end < len(doc) and doc[place.end].lower_ == _STATE_WORD)  # "the Kestrel state Senate"
        found = next(((j + n, kinds) for n in range(min(3, len(doc) - j), 0, -1)
                      if (kinds := self._chamber_words.get(tuple(t.lower_ for t in doc[j:j + n]))) is not None
                      and all(t.is_title or t.lower_ == "of" for t in doc[j:j + n])), None)
        if found is None or found[0] < len(doc) and doc[found[0]].is_title and not (
                found[0] + 1 < len(doc) and doc[found[0] + 1].lower_ in self._one_seat_words):
            return None  # "the Kestrel House Appropriations Committee", not "the Kestrel Senate Republican runoff"
        if self._chamber_state(place.text, found[1]) is None:
            return None
        end = found[0]
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title \
                and not any(p.start == end + 1 for p in self._places):
            end += 2  # "the Kestrel House of Delegates": a state's own name of its chamber
        chamber_role = next((self._chamber_roles[kind] for kind in found[1] if kind in self._chamber_roles), None)
        if chamber_role is None or chamber_role.state_role is None:
            return None
        return place, end, self.roles[chamber_role.state_role]

    def _chamber_state(self, name: str, kinds) -> Entity | None:
        """The state of a country of ``state_before`` a place's ``name`` is before a chamber's common word of
        ``kinds``, or None: a name the KB also knows as another place is that state only where no other reading
        has a chamber of those kinds ("New York" and "Washington", cities, and "Georgia", a country with one
        parliament, before "Senate")."""
        entities = self.kb.lookup("GPE", name)
        states = [e for e in entities if e.type == "state"]
        if len(states) != 1 or getattr(self.kb.at_level(states[0], "country"), "name", None) \
                not in self._state_chamber_countries:
            return None
        for e in entities:
            if e is states[0] or e.type in _CHAMBERLESS_PLACE_TYPES:
                continue
            bodies = self._legislatures.get(e.name) if e.type == "country" else None
            if not bodies or any(kind in bodies for kind in kinds):
                return None  # a country whose chambers legislatures.jsonl does not list may have one
        return states[0]

    def _joined_state_chamber(self, doc: Doc, k: int, body: tuple, orgs: list[Span]) -> Span | None:
        """A chamber's common word at ``k`` (``body``: :meth:`_chamber_at`) joined to a state's chamber right before
        it ("control of the Kestrel Senate and House", "the Kestrel Senate and the House"): that state's chamber of its
        kind, never the nation's; else None."""
        j = k - 1 - (k > 0 and doc[k - 1].lower_ in ARTICLES)  # "the Kestrel Senate and the House"
        if j < 1 or doc[j].lower_ not in _JOINERS:
            return None
        before = next((o for o in orgs if o.end == j), None)
        state = self._state_chamber(doc, before.start) if before is not None else None
        if state is None or state[1] != before.end:
            return None
        chamber_role = next((self._chamber_roles[kind] for kind in body[2] if kind in self._chamber_roles), None)
        if chamber_role is None or chamber_role.state_role is None:
            return None
        return self._state_chamber_office(doc, Span(doc, k, body[1]), "race", state[0], body[1],
                                          self.roles[chamber_role.state_role])

    def _state_chamber_office(self, doc: Doc, span: Span, kind: str, place: Span, end: int, role: Role) -> Span:
        """A member's office of a state's chamber named after the member's noun ("a member of the Kestrel House"),
        as :meth:`_chamber_member` names the nation's."""
        office = Span(doc, span.start, end, label="OFFICE")
        office._.rule = f"{role.id}.{kind}"
        office._.role, office._.form = role.id, kind
        office._.jurisdiction = self._place(place.text, role).name
        office._.entity = canonical_office(role, office._.jurisdiction, self.definite, self._org_heads)
        office._.qualifier = self._left_qualifier(doc, span.start)
        self._chamber_spans.add((span.start, end))
        return office

    def _placed_body(self, org: Span) -> bool:
        """A legislature the KB knows, or one named after its country ("National Congress of Ecuador"): a body a
        chamber's common word may refer back to; not a headline read as a name ("Romania Faces Hung Parliament")."""
        if any(e.type == "legislature" for e in self.kb.lookup("ORG", org.text)):
            return True
        words = [t.lower_ for t in org]
        if "of" not in words[1:]:
            return False
        place = org.doc[org.start + words.index("of", 1) + 1:org.end].text
        return any(e.type == "country" for e in self.kb.lookup("GPE", place.removeprefix("the ")))

    def _chamber_member(self, doc: Doc, span: Span, role: Role, kind: str, orgs: list[Span]) -> Span | None:
        """A member noun beside a chamber's common word: "a seat in Congress", "members for a new Congress",
        "eight House seats", "Senate seats" (:meth:`_chamber_at`, :meth:`_chamber_name`)."""
        body = None
        for n in range(1, 4):  # "House seats": the word right before
            s = span.start - n
            if s >= 0 and (found := self._chamber_at(doc, s)) is not None and found[1] == span.start \
                    and not (s > 0 and doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper() and not doc[s - 1].is_sent_start):
                body, start, end = found, s, span.end  # not "the White House seats"
                break
        k = span.end
        if body is None and k < len(doc) and doc[k].lower_ in role.connectors:
            k += 1
            while k < len(doc) and (doc[k].lower_ in ARTICLES or doc[k].lower_ in self._skip_left):
                k += 1  # "members for a new Congress"
            # "members of the 141-seat parliament", "of the country's"; "members of its House of Representatives"
            k = self._past_body_modifiers(doc, k)
            found = self._chamber_at(doc, k)
            if found is not None:
                body, start, end = found, span.start, found[1]
            elif (state := self._state_chamber(doc, k)) is not None:
                return self._state_chamber_office(doc, span, kind, *state)
        if body is None:
            return None
        named = self._chamber_name(doc, body, role, orgs)
        if named is None:
            return None
        office = Span(doc, start, end, label="OFFICE")
        office._.rule = f"{role.id}.{kind}"
        office._.role, office._.form = role.id, kind
        office._.jurisdiction, office._.entity = named
        office._.qualifier = self._left_qualifier(doc, start)  # "former congress member X"
        self._chamber_spans.add((start, end))
        return office

    def _bodies(self, doc: Doc, orgs: list[Span], offices: list[Span]) -> list[Span]:
        """A body named before a race noun is the office its members hold ("the Knesset election",
        "the Constitutional Assembly election"), for the org roles marked ``race``, and so is one after
        a role's ``body_after`` words ("is elected to the Bundestag"), after those words and offices joined to it
        ("to elect the president and the National Assembly"), and, in a sentence about an election only, after its
        ``election_body_after`` words ("take control of the Senate after X defeated Y"); like "the National Assembly
        election", the span is then an office and no longer an organisation. A chamber's common word there
        ("elections for Congress") is the story's country's chamber (:meth:`_chamber_name`)."""
        covered = {i for o in offices for i in range(o.start, o.end)}
        office_at = {o.start: o for o in offices}
        self._offices_country = self._one_office_country(offices)
        cued: dict[int, set[str]] = {}  # token after "elected to [the]" -> the roles whose cue it was
        # a list after a cue joins offices and bodies: "served on the Velmar School Board, the Velmar City Council and
        # the Kestrel Senate" cues each body (an office's span is the office's)
        joinable = {o.start: o for o in orgs} | office_at
        matches = [(m, s, e) for m, s, e in self.body_cues(doc)
                   if not (s > 0 and doc[s - 1].text in HYPHENS)]  # "president- elect"
        matches += [(m, s, e) for m, s, e in self.election_body_cues(doc)
                    if not self._election_words.isdisjoint(t.lower_ for t in doc[s].sent)]
        for match_id, start, end in matches:
            k = self._past_articles(doc, self._past_share(doc, end))
            member = tuple(t.lower_ for t in doc[start:end]) in _MEMBER_CUES
            role_id = _LOCAL_CUE if member else doc.vocab.strings[match_id]
            cued.setdefault(k, set()).add(role_id)
            # "elections to its one-party parliament", "the nation's bicameral parliament", "the 17th National Assembly"
            cued.setdefault(self._past_body_modifiers(doc, k), set()).add(role_id)
            cued.setdefault(end, set()).add(role_id)  # a name with its article: "the United States Senate"
            # "elect the president, the vice president and the National Assembly": past the offices joined to it
            joined = 0
            while (k := self._past_new(doc, k)) in joinable:
                k = joinable[k].end
                if k < len(doc) and doc[k].text == ",":
                    k += 1
                    if not joined and k < len(doc) and doc[k].lower_ in _JOINERS:
                        break  # "elect the president, and the National Assembly meets": another clause
                joined += 1
                if k < len(doc) and doc[k].lower_ in _JOINERS:
                    k += 1
                elif k >= len(doc) or doc[k - 1].text != ",":
                    break
                k = self._past_new(doc, self._past_articles(doc, k))
                cued.setdefault(k, set()).add(role_id)
        for match_id, _, end in self.represent_cues(doc):
            role_id = doc.vocab.strings[match_id]
            k = self._past_represented(doc, end, self._represent_words[role_id])
            if k is not None:  # "who represents Ohio's 9th district in the U.S. House"
                cued.setdefault(k, set()).add(role_id)  # a name with its article: "the United States Senate"
                cued.setdefault(self._past_articles(doc, k), set()).add(role_id)
        for k, role_ids in self._raced_chambers(doc):
            cued.setdefault(k, set()).update(role_ids)
        out = []
        office_starts = {o.start for o in offices}
        orgs_at = {}
        named = {i for o in orgs for i in range(o.start, o.end)}
        orgs = orgs + [b for b in self._lowercase_bodies(doc, orgs) if named.isdisjoint(range(b.start, b.end))]
        for org in orgs:
            # ... unless another office stands between: "the post-Taliban presidential election" is the presidency's
            raced = (self._race_noun_after(doc, org.end) or self._statewide_race_chamber(doc, org) is not None) \
                and org.end not in office_starts and not self._division_after(doc, org.end)
            if any(i in covered for i in range(org.start, org.end)) or not (raced or org.start in cued):
                continue
            if not raced and org.end < len(doc) and doc[org.end].text in _POSSESSIVE \
                    and not self._district_after(doc, org.end + 1):
                continue  # "to elect the Assembly's speaker": another office; "the Senate's 35th district" a seat
            if tuple(t.lower_ for t in org) in self._chamber_words and not self.kb.lookup("ORG", org.text):
                continue  # "Congress": the story's country's chamber, below
            orgs_at[org.start] = org
            if (office := self._council_seat(doc, org, raced or org.start in cued)) is not None:
                out.append(office)
                continue
            if org.label_ != "ORG":
                continue  # a local body in lower case is no legislature
            for role in self._race_roles:
                # a body before a race noun is a legislature only by its own words ("the Supreme Council may vote
                # again": the body acts); one the story's country's legislature is named after only after a cue
                cue = role.id in cued.get(org.start, ())
                if (raced or cue) and self._org_fits(org, role, story_legislature=cue):
                    office = Span(doc, org.start, org.end, label="OFFICE")
                    office._.rule = f"{role.id}.race"
                    office._.role, office._.form = role.id, "race"
                    known = self._kb_orgs(org, org.text)
                    name = known[0].name if known else self._body_name(org, org.text)
                    if role.member:
                        name = (self._listed_chamber(known[0]) if known else None) \
                            or self._legislature_name(org, name) or name
                        if raced and not cue:
                            name = self._statewide_race_chamber(doc, org) or name
                    office._.jurisdiction = name
                    office._.entity = canonical_office(role, name, self.definite, self._org_heads)
                    out.append(office)
                    break
        for k, role_ids in sorted(cued.items()):
            if k in orgs_at or k in covered:
                continue
            body = self._chamber_at(doc, k)
            if body is None or any(i in covered for i in range(k, body[1])) or \
                    (body[1] < len(doc) and doc[body[1]].text in _POSSESSIVE
                     and not self._district_after(doc, body[1] + 1)):
                continue
            if any(o.start < body[1] and k < o.end for o in out):
                continue  # "a majority in Poland's Senate": cued at the country and past it, one chamber
            for role in self._race_roles:
                if role.id in role_ids and role.generic_chambers:
                    if body[3] is None and (office := self._joined_state_chamber(doc, k, body, orgs)) is not None:
                        out.append(office)  # "control of the Kestrel Senate and House": the state's House
                        break
                    named = self._chamber_name(doc, body, role, orgs)
                    if named is None:
                        break
                    office = Span(doc, k, body[1], label="OFFICE")
                    office._.rule = f"{role.id}.race"
                    office._.role, office._.form = role.id, "race"
                    office._.jurisdiction, office._.entity = named
                    out.append(office)
                    break
        return out

    def _district_chambers(self, doc: Doc, offices: list[Span]) -> list[Span]:
        """A state's legislative district ("the 30th Senate district in the US state of Kestrel", "Kestrel's 12th state
        House district") is a seat of that state's chamber: the office of its members, as "a member of the Kestrel
        Senate" names it; its state is the possessive before the ordinal or the place after "in"/"of" (a country's
        name and "state of" looked through), a state of a country of roles.jsonl ``state_before`` only."""
        covered = {i for o in offices for i in range(o.start, o.end)}
        lowers = token_lowers(doc)
        out = []
        for k in (k for k, word in enumerate(lowers) if word == _DISTRICT_WORD):
            found = next(((k - n, kinds) for n in range(MAX_CHAMBER_WORDS, 0, -1) if k - n >= 1
                          and (kinds := self._chamber_words.get(tuple(lowers[k - n:k]))) is not None
                          and all(t.is_title or t.lower_ == "of" for t in doc[k - n:k])), None)
            if found is None:
                continue
            start = found[0] - (lowers[found[0] - 1] == _STATE_WORD)  # "12th state House district"
            if start < 1 or not ORDINAL.fullmatch(lowers[start - 1]):
                continue
            start -= 1
            chamber_role = next((self._chamber_roles[kind] for kind in found[1] if kind in self._chamber_roles), None)
            state = self._district_state(doc, start, k + 1, found[1])
            if chamber_role is None or chamber_role.state_role is None or state is None \
                    or not covered.isdisjoint(range(start, k + 1)):
                continue
            out.append(self._state_chamber_office(doc, Span(doc, start, k + 1), "district", state, k + 1,
                                                  self.roles[chamber_role.state_role]))
        return out

    def _district_state(self, doc: Doc, start: int, end: int, kinds) -> Span | None:
        """The state of a legislative district at ``start:end`` whose chamber is of ``kinds``: a place and its
        possessive right before it ("Kestrel's 30th Senate district"), else one after "in" or "of" ("in the US state
        of Kestrel", "of Kestrel"), that is a state before such a chamber's word (:meth:`_chamber_state`); else
        None."""
        place = next((p for p in self._places if p.end == start - 1 and doc[start - 1].text in _POSSESSIVE), None)
        if place is None and end < len(doc) and doc[end].lower_ in _DISTRICT_PLACE_CONNECTORS:
            k = self._past_articles(doc, end + 1)
            country = next((p for p in self._places if p.start == k), None)
            if country is not None and any(e.type == "country" for e in self.kb.lookup("GPE", country.text)):
                k = country.end  # "the US state of Kestrel"
            if [t.lower_ for t in doc[k:k + 2]] == [_STATE_WORD, "of"]:
                k += 2
            place = next((p for p in self._places if p.start == k), None)
        if place is None or self._chamber_state(place.text, kinds) is None:
            return None
        return place

    def _statewide_race_chamber(self, doc: Doc, org: Span) -> str | None:
        """The nation's chamber a state's name before a chamber it elects statewide names before a word of its one
        seat there (race_nouns.tsv ``one_seat``: "the Kestrel Senate race", "the Kestrel Senate special election",
        "Kestrel Senate nominee X", "the Kestrel Senate seat"): the state's seat in the nation's Senate, as the news
        writes it; never with "state" ("the Kestrel state Senate race"), a chamber a state elects by district ("the
        Kestrel House race"), a district or legislative race in the sentence ("the Kestrel Senate race in the 9th
        District", "Kestrel Senate candidates in the legislative primaries"), a plural race noun ("the Kestrel Senate
        elections": the state chamber's many seats) or the chamber's possessive; else None."""
        state = self._state_chamber(doc, org.start)
        if state is None or state[1] != org.end or doc[state[0].end].lower_ == _STATE_WORD \
                or any(t.lower_ in _STATE_SEAT_WORDS for t in org.sent) \
                or not any(t.lower_ in self._one_seat_words for t in doc[org.end:org.end + 2]) \
                or org.end < len(doc) and doc[org.end].text in _POSSESSIVE:
            return None
        kinds = self._chamber_words.get(tuple(t.lower_ for t in doc[state[0].end:org.end]), ())
        kind = next((k for k in kinds if k in _STATEWIDE_CHAMBERS), None)
        entity = self._chamber_state(state[0].text, kinds)
        country = self.kb.at_level(entity, "country") if kind and entity is not None else None
        return (self._legislatures.get(country.name) or {}).get(kind) if country is not None else None

    def _council_seat(self, doc: Doc, org: Span, raced: bool) -> Span | None:
        """A local body ("<city> City Council", "<town> School Board", roles.jsonl's "Member of the {J} <body>") before
        a race noun or after an election cue is its members' office ("the Velmar City Council primary", "elected to the
        Velmar School Board"), as a legislature's is."""
        body = next((b for b in self._local_bodies if org.text.lower().endswith(" " + b.lower())), None)
        city = org.text[:-len(body)].strip() if body else ""
        role = self._local_bodies.get(body)
        if not raced or not city or role is None or city.lower() == "the":
            return None
        office = Span(doc, org.start, org.end, label="OFFICE")
        office._.rule = f"{role.id}.race"
        office._.role, office._.form = role.id, "race"
        office._.jurisdiction = city
        office._.entity = canonical_office(role, city, self.definite)
        return office

    def _lowercase_bodies(self, doc: Doc, orgs: list[Span]) -> list[Span]:
        """A place the text names before a local body's words ("the Kestrel school board", "the Kestrel city
        council", in lower case no organisation): that body, as its name is (labelled "BODY", no organisation); not
        in a story that names that kind of body of another place ("the Kestrel County school board elections ... the
        Velmar School Board's seat": the county's words stand for several boards)."""
        out = []
        lowers = token_lowers(doc)
        gpes = mentions(doc, "GPE")  # read once: the loop changes no mention
        for body in self._local_bodies:
            words = tuple(body.lower().split())
            found = [Span(doc, p.start, p.end + len(words), label="BODY") for p in gpes
                     if tuple(lowers[p.end:p.end + len(words)]) == words]
            if not found:
                continue  # no place before the body's words (most Docs): nothing to add, whatever the other names
            places = {b.text[:-len(name)].strip().lower() for name in (body, *_LOCAL_BODY_ALIASES.get(body, ()))
                      for b in found + orgs if b.text.lower().endswith(" " + name.lower())}
            if len(places) == 1:
                out += found
        return out

    def _raced_chambers(self, doc: Doc) -> list[tuple[int, set[str]]]:
        """(start, roles) of each chamber's common word of roles.jsonl ``race_chambers`` right before a race noun
        ("Sunday's upper house election", "the lower house polls"): the story's country's chamber of that kind, as
        after an election cue (:meth:`_chamber_name`; a country with no such chamber in legislatures.jsonl names
        none); not the chamber's own vote on a motion ("the upper house vote on the bill")."""
        out = []
        lowers = token_lowers(doc)  # the Doc's cached words: no Token per word of every Doc
        for k in (k for k, word in enumerate(lowers) if word in self._race_chamber_firsts):
            for words, role_ids in self._race_chambers.items():
                end = k + len(words)
                if tuple(lowers[k:end]) == words and self._race_noun_after(doc, end) \
                        and not self._division_after(doc, end):
                    out.append((k, role_ids))
        return out

    @staticmethod
    def _district_after(doc: Doc, k: int) -> bool:
        """A numbered district at token ``k`` ("35th district", "District 35", "12th House district"): after a body's
        possessive, one of its seats ("a special election for the Kestrel Senate's 35th district"), not another
        office."""
        words = [t.lower_ for t in doc[k:k + MAX_DISTRICT_TOKENS]]
        if words[:1] == [_DISTRICT_WORD]:
            return len(words) > 1 and (ORDINAL.fullmatch(words[1]) is not None or words[1].isdigit())
        return bool(words) and (ORDINAL.fullmatch(words[0]) is not None or words[0].isdigit()) \
            and _DISTRICT_WORD in words[1:]

    @staticmethod
    def _past_share(doc: Doc, k: int) -> int:
        """The token after a share of seats at ``k`` and its "of", if any ("elect half of the Senate", "a third of
        the Senate", "two-thirds of the assembly"): the body after it is still the one elected; else ``k``."""
        j = k + 1 if k < len(doc) and doc[k].lower_ in _SHARE_COUNTS else k
        if j > k and j < len(doc) and doc[j].text in HYPHENS:
            j += 1
        if j >= len(doc) or not (doc[j].lower_ in _SHARE_ALONE if j == k else doc[j].lower_ in _SHARE_FRACTIONS):
            return k
        j += 1
        return j + 1 if j < len(doc) and doc[j].lower_ == "of" else j

    def _past_body_modifiers(self, doc: Doc, k: int) -> int:
        """The token after the words at ``k`` that may stand between an election cue's article or "of" and the
        legislature it fills: qualifiers.tsv ``body_left`` ("its", "bicameral", "one-party"), the story's country's
        possessive ("the nation's"), a numbered legislature's ordinal ("the 17th National Assembly") and its size
        ("the 141-seat parliament"); at most :data:`MAX_BODY_MODIFIERS` of them, else ``k``."""
        for _ in range(MAX_BODY_MODIFIERS):
            if k >= len(doc):
                break
            word = doc[k].lower_
            hyphen = k + 2 < len(doc) and doc[k + 1].text in HYPHENS
            if word in self._body_left and doc[k].is_lower or ORDINAL.fullmatch(word):
                k += 1  # written lower case: "the National Assembly" is a name
            elif hyphen and doc[k].is_lower and f"{word}-{doc[k + 2].lower_}" in self._body_left:
                k += 3  # "one-party": three tokens
            elif hyphen and doc[k].like_num and doc[k + 2].lower_ in self._size_nouns:
                k += 3  # "141-seat"
            elif self._place_anaphors.get(word) == "country" and k + 1 < len(doc) and doc[k + 1].text in _POSSESSIVE:
                k += 2  # "the nation's"
            elif (after := self._country_possessive(doc, k)) is not None:
                k = after  # "a majority in Poland's Sejm": the country's own legislature
            else:
                break
        return k

    def _country_possessive(self, doc: Doc, k: int) -> int | None:
        """The token after a KB country's name and its possessive starting at ``k`` ("Poland's", "Costa Rica's"), of
        at most :data:`MAX_UNKNOWN_PLACE_TOKENS` capitalised words; else None."""
        for j in range(k + 1, min(k + MAX_UNKNOWN_PLACE_TOKENS, len(doc) - 1) + 1):
            if not doc[j - 1].text[:1].isupper():
                return None
            if doc[j].text in _POSSESSIVE:
                entities = self.kb.lookup("GPE", doc[k:j].text)
                return j + 1 if entities and entities[0].type == "country" else None
        return None

    def _past_new(self, doc: Doc, k: int) -> int:
        """The token after the qualifiers looked through left of a role at ``k`` ("a new National Assembly")."""
        while k < len(doc) and doc[k].is_lower and doc[k].lower_ in self._skip_left:
            k += 1
        return k

    def _one_office_country(self, offices: list[Span]) -> Jurisdiction | None:
        """The one country of the story's country-level offices that their own words or the KB placed ("to elect the
        president [KB: of Zembla] and the National Assembly": Zembla's); offices of two countries tell nothing."""
        countries: dict[str, Entity] = {}
        for o in offices:
            jurisdiction = get_span_value(o, "jurisdiction")
            if get_span_value(o, "bare") or not jurisdiction or (o.start, o.end) in self._from_context \
                    or self.roles[get_span_value(o, "role")].level != "country":
                continue
            for entity in self.kb.lookup("GPE", jurisdiction)[:1]:
                if entity.type == "country":
                    countries[entity.id] = entity
        if len(countries) != 1:
            return None
        country = next(iter(countries.values()))
        return Jurisdiction(country.name, country)

    @staticmethod
    def _past_represented(doc: Doc, end: int, words: frozenset[str]) -> int | None:
        """The token after "in" that ends the place a member represents, right after a verb of representing at
        ``end`` ("represents Ohio's 9th district in the House", "representing Kano Central in the Senate"): at most
        :data:`MAX_REPRESENTED_WORDS` capitalised words, numbers, possessives and the role's ``represent_words``
        before it, one capitalised among them; None where another word stands there ("represents the union in
        talks", "represents the plaintiffs in the case")."""
        k = end
        while k < len(doc) and k - end < MAX_REPRESENTED_WORDS and doc[k].lower_ != "in":
            word = doc[k]
            if not (word.text[:1].isupper() or word.like_num or ORDINAL.fullmatch(word.lower_)
                    or word.text in _POSSESSIVE or word.lower_ in words):
                return None
            k += 1
        if k == end or k >= len(doc) - 1 or doc[k].lower_ != "in" \
                or not any(t.text[:1].isupper() for t in doc[end:k]):
            return None
        return k + 1

    @staticmethod
    def _past_articles(doc: Doc, k: int) -> int:
        """The token after an article at ``k``, if any ("elected to the Knesset")."""
        return k + 1 if k < len(doc) and doc[k].lower_ in ARTICLES else k

    def _nominations(self, doc: Doc, orgs: list[Span], offices: list[Span]) -> list[Span]:
        """A party's nomination names the office its candidate runs for, in the countries a role's
        ``nomination_countries`` name: "seeks the Republican nomination", "the Democratic Party's nomination",
        "the nomination of the Republican Party" → President of the United States. The party's country is the
        KB's, its name read without a parenthesised qualifier ("Republican Party (United States)"); of a name
        several countries' parties share ("Democratic Party"), the story's. The noun becomes the
        office; the party stays an organisation. Not when "for" follows (the nomination names its office:
        "the Democratic nomination for governor"), nor before "papers" and the like (a filing)."""
        covered = {i for o in offices for i in range(o.start, o.end)}
        out = []
        for org in orgs:
            countries = self._party_countries(org)
            if len(countries) > 1 and self._country_role is not None:
                # a name several countries' parties share ("Democratic Party"): the story's country's
                where = self._context(doc, org, self._country_role, self._places, None)
                countries &= {where.name} if where is not None else set()
            if len(countries) != 1:
                continue
            country = next(iter(countries))
            after = org.end + (1 if org.end < len(doc) and doc[org.end].lower_ in _POSSESSIVE else 0)
            before = org.start - (1 if org.start > 0 and doc[org.start - 1].lower_ in ARTICLES else 0)
            at = [after] if after < len(doc) else []
            if before >= 2 and doc[before - 1].lower_ == "of":
                at.append(before - 2)  # "the nomination of the Republican Party"
            for k in at:
                if k in covered:
                    continue
                role = next((r for r in self._nomination_roles if doc[k].lower_ in r.nominations
                             and country in r.nomination_countries), None)
                if role is None or k + 1 < len(doc) and doc[k + 1].lower_ in role.nomination_stops:
                    continue
                office = Span(doc, k, k + 1, label="OFFICE")
                office._.rule = f"{role.id}.nomination"
                office._.role, office._.form = role.id, "race"
                office._.jurisdiction = country
                office._.entity = canonical_office(role, country, self.definite)
                covered.add(k)
                out.append(office)
        return out

    def _tickets(self, doc: Doc, offices: list[Span]) -> list[Span]:
        """A running mate's office: beside an office of a role a ticket's second place is picked for (roles.jsonl
        ``ticket_of``), its ``ticket_nouns`` name that place's office of the same jurisdiction ("picks Ana Ruiz as
        his running mate in the United States presidential election": Vice President of the United States). Of
        several such offices, the nearest in the noun's sentence, else the story's first; with none, the noun
        names no office ("his running mate on the relay team"). A title before a name ("Indiana governor X")
        is a head only where no race's office is ("the presidential election"): the running mate's own title is
        no ticket's. Its form ``ticket``: an office run for, never one held or a title."""
        if not offices or not len(self.ticket_matcher):
            return []
        _, sent_of = sentence_index(doc)
        covered = {i for o in offices for i in range(o.start, o.end)}
        ends = {o.end: o for o in offices}
        readings: dict[tuple[int, int], list[Role]] = {}
        for match_id, start, end in self.ticket_matcher(doc):
            deputy = self.roles[doc.vocab.strings[match_id]]
            before = ends.get(start)
            if covered.intersection(range(start, end)) or before is not None and before._.role in self._ticket_roles:
                continue  # "his vice presidential running mate": the office is named already
            readings.setdefault((start, end), []).append(deputy)
        out = []
        for (start, end), deputies in sorted(readings.items()):
            best = None  # (key, deputy role, head office): the same sentence first, then the nearest
            for deputy in deputies:
                for head in offices:
                    if head._.role != deputy.ticket_of or not head._.jurisdiction or head._.bare:
                        continue
                    key = (head.end in self._person_at, sent_of[head.start] != sent_of[start],
                           abs(head.start - start) if sent_of[head.start] == sent_of[start] else head.start)
                    if best is None or key < best[0]:
                        best = (key, deputy, head)
            if best is None:
                continue
            _, deputy, head = best
            office = Span(doc, start, end, label="OFFICE")
            office._.rule = f"{deputy.id}.ticket"
            office._.role, office._.form = deputy.id, "ticket"
            office._.jurisdiction = head._.jurisdiction
            office._.entity = canonical_office(deputy, head._.jurisdiction, self.definite)
            out.append(office)
        return out

    def _party_countries(self, org: Span) -> set[str]:
        """The KB countries of the political parties an organisation's name may be: the KB's party of that name,
        else those of its name read without a parenthesised qualifier ("Democratic Party": Cyprus, Italy, the
        United States, ...); none for an organisation that is no party."""
        return {c.name for e in party_entities(org, self.kb) if (part := self.kb.get(e.part_of)) is not None
                and (c := self.kb.at_level(part, "country")) is not None}

    def _party_before(self, doc: Doc, span: Span, end: int, role: Role, orgs: list[Span]) -> Jurisdiction | None:
        """The country of a party named right before a country's office ("Democratic presidential candidate
        X", "Conservative MPs"): the party's one country; of a name several countries' parties share, the
        story's country if it is one of them, else the one of the role's ``nomination_countries`` (or, for an
        office few countries have, ``present_in``) among them (a party's presidential candidate is a US notion:
        "Democratic presidential candidate" in a story that names Vietnam; "Democratic Senate Minority Leader X").
        None where that leaves no single country, or the role is absent there, or the role is placed by the story's
        nearest place alone (``story_place`` nearest: "Conservative opposition leader X" in a story on Zembla holds
        no office of the country of a Conservative Party the KB knows)."""
        if role.level != "country" or role.story_place == "nearest":
            return None
        org = next((o for o in orgs if o.end == end), None)
        if org is None:
            return None
        countries = self._party_countries_told(doc, span, org, role)
        if len(countries) != 1 or next(iter(countries)) in role.absent_in or (
                role.present_in and next(iter(countries)) not in role.present_in):
            return None
        return self._place(next(iter(countries)), role)

    def _party_countries_told(self, doc: Doc, span: Span, org: Span, role: Role) -> set[str]:
        """The countries of the party ``org`` for an office of ``role`` at ``span``: of a name several countries'
        parties share, the story's country if it is one of them, else those of the role's ``nomination_countries``,
        else of its ``present_in`` (the countries where the office exists)."""
        countries = self._party_countries(org)
        if len(countries) > 1 and self._country_role is not None:
            where = self._context(doc, span, self._country_role, self._places, None)
            countries = ({where.name} & countries if where is not None and where.name in countries
                         else countries & set(role.nomination_countries or role.present_in))
        return countries

    def _seats(self, doc: Doc, offices: list[Span], places: list[Span], orgs: list[Span]) -> list[Span]:
        """A legislator's seat named by its constituency ("wins the constituency of Ashby and Lyne",
        "the Peterborough seat", "the Eastleigh by-election", "MP for Bolton West") is the office
        "Member of Parliament for <seat>" in the countries whose ``seats`` the role names. The country
        is the one such country the story names (a place, a demonym, another office's country, a
        party's country); a seat of no such country, or of a story naming two, is left out. The seat's
        name is a capitalised run right after or before the cue, and no person's, party's or office's."""
        found, sides = [], []
        for match_id, start, end in self.seat_cues(doc):
            role_id, side = doc.vocab.strings[match_id].split("|")
            role = self._seat_roles[role_id]
            # "the Kestrel Assembly constituency": the seat's name and the cue's body word read as one ORG mention
            cue_org = {i for o in orgs if o.start < start < o.end <= end for i in range(o.start, start)}
            seat = self._seat_name(doc, end, +1) if side == "before" else self._seat_name(doc, start - 1, -1, cue_org)
            if seat is None:
                continue
            if side == "after" and end < len(doc) and doc[end].lower_ == "of" \
                    and self._seat_name(doc, end + 1, +1) is not None:
                continue  # "the Sydney seat of Kestrel": the seat is named after "of", its city before
            country = self._seat_country(doc, seat, role, offices, places, orgs)
            if country is None:
                continue
            if doc[start:end].text.lower() in _PLACE_SEAT_CUES and self._other_chamber_race(doc, start, offices):
                continue  # "In the Senedd election, X won the Arfon seat": the Senedd's, no MP's ("the MP for Arfon")
            # the cue after the seat's name is part of the office's mention ("the Velmar seat"): the seat's name is a
            # GPE mention of its own (:meth:`_told_places`), and spaCy keeps one set of extensions per offsets
            if side == "before" and start > 0 and any(e.name == country for e in self.kb.demonym(doc[start - 1].text)):
                start -= 1  # "the Kenyan member of parliament for Kestrel East": the demonym is the mention's
            template = dict(role.seats)[country]
            if _STATE_SLOT in template:  # "the Kestrel Assembly constituency": a seat in the story's one state's body
                state = self._seat_state(doc, seat, country, places)
                if state is None:
                    continue
                template = template.replace(_STATE_SLOT, state)
            parts = _seat_parts(doc, seat) if doc[start:end].text.lower() in PLURAL_SEAT_CUES else [seat]
            for k, part in enumerate(parts):
                # the cue belongs to the first seat's mention, the "and" before it to a later one's: never the
                # offsets of the seat's own GPE mention, whose extensions spaCy would share
                office = Span(doc, start if k == 0 else part[0] - 1, part[1], label="OFFICE") if side == "before" \
                    else Span(doc, part[0], end, label="OFFICE")
                office._.rule = f"{role.id}.seat"
                office._.role, office._.form = role.id, "seat"
                office._.jurisdiction = country
                office._.entity = template.replace("{S}", doc[part[0]:part[1]].text)
                # "former MP for Velmar", "Former Velmar MP X": the qualifier left of the whole mention
                office._.qualifier = self._left_qualifier(doc, office.start)
                found.append(office)
                sides.append((side, part))
        # "the Velmar and Denton by-election in Northshire": a cue that ends the seat named before it names
        # no second seat after it (the place it lies in)
        named_before = {i for o, (side, _) in zip(found, sides) if side == "after" for i in range(o.start, o.end)}
        kept = [k for k, (o, (side, _)) in enumerate(zip(found, sides))
                if side == "after" or o.start not in named_before]
        found = [found[k] for k in kept]
        self._seat_spans.extend(sides[k][1] for k in kept)
        if not found:
            return offices
        taken = {i for o in found for i in range(o.start, o.end)}
        # "MP for Bolton West": the seat's office replaces the country's
        return [o for o in offices if not any(i in taken for i in range(o.start, o.end))] + found

    def _other_chamber_race(self, doc: Doc, i: int, offices: list[Span]) -> bool:
        """The sentence of token ``i`` races for a KB legislature that is none of its country's national chambers
        (legislatures.jsonl): "In the Welsh Senedd election, X won the Arfon seat", "the Scottish Parliament
        election". A seat there is that body's, not the national parliament's constituency; the race names its office."""
        sent = doc[i].sent
        for o in offices:
            if o._.form != "race" or not sent.start <= o.start < sent.end:
                continue
            known = [e for e in self._kb_orgs(o, o.text) if e.type == "legislature"]
            if known and not self._national_chamber(known[0]):
                return True
        return False

    def _national_chamber(self, org: Entity) -> bool:
        """The KB legislature is one legislatures.jsonl lists for its country, by its name or an alias; so is any of a
        country that file does not list (no chamber of it is known to be another's)."""
        part = self.kb.get(org.part_of) if org.part_of else None
        country = self.kb.at_level(part, "country") if part is not None else None
        bodies = self._legislatures.get(country.name) if country is not None else None
        return not bodies or not {org.name, *org.aliases}.isdisjoint(bodies.values())

    def _seat_name(self, doc: Doc, i: int, step: int, cue_org: set[int] = frozenset()) -> tuple[int, int] | None:
        """The capitalised run (joined by "and" or hyphens) from token ``i`` on in direction ``step``; ``cue_org``:
        tokens of an ORG mention that runs on into the cue, which may be the seat's."""
        if step > 0 and i < len(doc) and doc[i].lower_ == "the":
            i += 1
        edge, k = None, i
        while 0 <= k < len(doc) and len(range(min(k, i), max(k, i) + 1)) <= MAX_SEAT_TOKENS:
            t = doc[k]
            if t.is_alpha and t.text[:1].isupper() and not t.is_stop and t.lower_ not in ARTICLES:
                edge = k
            elif not (t.lower_ == "and" or t.text == "-" or (t.is_lower and k - step >= 0 and doc[k - step].text == "-")):
                break
            k += step
        if edge is None:
            return None
        lo, hi = (i, edge + 1) if step > 0 else (edge, i + 1)
        if hi <= lo or not doc[lo].text[:1].isupper() or not doc[hi - 1].text[:1].isupper():
            return None
        if any((j in self._named and j not in cue_org) or self.kb.demonym(doc[j].text)
               or doc[j].text in self.res.party_short_names for j in range(lo, hi)):
            return None  # "his Labour seat", "a safe Conservative seat", "Anna Jones's seat", "a Velmar Green MP"
        if self.matcher(doc[lo:hi]):
            return None  # "his Senate seat": a body, not a constituency
        known = self.kb.lookup("GPE", doc[lo:hi].text)
        if any(e.type == "country" for e in known) or (known and all(e.type in _ABOVE_SEAT_TYPES for e in known)):
            return None  # "X, who represents Britain at the talks", "a by-election in Ontario": no constituency
        if self.kb.lookup("ORG", doc[lo:hi].text) or self.kb.parties(doc[lo:hi].text + " Party"):
            return None  # "a Labour MP", "a safe Conservative seat", "a Liberal electorate": a party's
        if any(self.kb.lookup("GPE", doc[lo:j].text) and self.kb.parties(doc[j:hi].text + " Party")
               for j in range(lo + 1, hi)):
            return None  # "a Toronto Liberal MP": a known place and the member's party ("Bethnal Green" is a seat)
        return lo, hi

    def _seat_country(self, doc: Doc, seat: tuple[int, int], role: Role, offices: list[Span],
                      places: list[Span], orgs: list[Span]) -> str | None:
        """The one country of the role's ``seats`` that the story names, if exactly one."""
        seats = dict(role.seats)
        countries = set()
        candidates = [e for p in places for e in self._district_city(p)[:1]]
        candidates += [e for d in self._demonym_spans for e in self.kb.demonym(d.text)[:1]]
        candidates += [e for o in offices if o._.jurisdiction for e in self.kb.lookup("GPE", o._.jurisdiction)[:1]]
        candidates += [self.kb.get(e.part_of) for o in orgs for e in self.kb.lookup("ORG", o.text)[:1]]
        for entity in candidates:
            country = self.kb.at_level(entity, "country") if entity is not None else None
            if country is not None and country.name in seats:
                countries.add(country.name)
        return next(iter(countries)) if len(countries) == 1 else None

    def _seat_state(self, doc: Doc, seat: tuple[int, int], country: str, places: list[Span]) -> str | None:
        """The one state of ``country`` that the seat's own place or the story's places lie in ("Kestrel (Odisha)
        ... the Kestrel Assembly constituency"), if exactly one: a state seat's office names its state's body."""
        states = set()
        spans = list(places) + [doc[seat[0]:seat[1]]]
        for place in spans:
            for entity in self.kb.lookup("GPE", place.text)[:1]:
                state = self.kb.at_level(entity, "state")
                nation = self.kb.at_level(state, "country") if state is not None else None
                if nation is not None and nation.name == country:
                    states.add(state.name)
        return next(iter(states)) if len(states) == 1 else None

    def _district_city(self, place: Span) -> list:
        """The KB's places of ``place``, or of the city whose name opens it where compass words close a district's
        name ("Kisumu East", "Bristol West": the entities stage's place_closers.tsv): the district lies where its city
        does."""
        found = self.kb.lookup("GPE", place.text)
        end = place.end
        while not found and end - 1 > place.start and place.doc[end - 1].text in self.res.place_closers:
            end -= 1
            found = self.kb.lookup("GPE", place.doc[place.start:end].text)
        return found

    def _anaphors(self, role: Role) -> list[tuple[str, ...]]:
        cached = self._anaphor_cache.get(role.id)
        if cached is None:
            cached = self._anaphor_cache[role.id] = [tuple(t.lower_ for t in self._tokenizer(a)) for a in role.anaphors]
        return cached

    # -- one office ----------------------------------------------------------
    def _race_noun_after(self, doc: Doc, end: int) -> bool:
        """A race noun (race_nouns.tsv ``offices``) is one of the two words from ``end``: "mayoral race",
        "presidential and legislative elections"; not a verb after a modal one ("the Knesset may vote again")."""
        lowers = token_lowers(doc)  # the Doc's cached words: no Token per word read
        if end < len(doc) and lowers[end] in self._modals:
            return False
        return any(w in self._race_nouns for w in lowers[end:end + 2])

    def _division_after(self, doc: Doc, end: int) -> bool:
        """The body ending at ``end`` votes on a bill or motion ("the Kestrel Senate vote to repeal the tax", "a
        House of Commons vote on the plans"): a division word (race_nouns.tsv ``division``) and a word of a motion
        after it (phrase_breaks.tsv ``motion``), so the body stays an organisation, not its members' office."""
        return end + 1 < len(doc) and doc[end].lower_ in self._divisions and doc[end + 1].lower_ in self._motion_words

    def _race_adjective(self, doc: Doc, end: int, role: Role, form: str) -> bool:
        """A country's contested role, or a ticket's second place on one (``ticket_of``: "vice presidential"), as
        an adjective right before a race or candidacy noun ("presidential candidate", "vice presidential
        candidate"): the office raced for."""
        return form == "adjective" and self._race_role(role).contested and role.level == "country" \
            and self._race_noun_after(doc, end)

    def _race_role(self, role: Role) -> Role:
        """The role whose race a role's candidates run in: a ticket's second place runs in its head's race (the
        presidency's parties and nominations place a vice presidential candidacy)."""
        return self.roles[role.ticket_of] if role.ticket_of is not None and not role.contested else role

    def _story_party_country(self, doc: Doc, span: Span, role: Role, orgs: list[Span]) -> Jurisdiction | None:
        """The one country of the story's political parties, each read as :meth:`_party_before` reads a party
        right before an office (a name several countries' parties share: the story's country, else the role's
        ``nomination_countries``); None where they name two countries, or none, or the role is absent there."""
        found = set()
        for org in orgs:
            countries = self._party_countries_told(doc, span, org, role)
            if len(countries) == 1:
                found |= countries
            elif countries:
                return None  # a party of several countries still: the story's country is not told
        if len(found) != 1 or next(iter(found)) in role.absent_in:
            return None
        return self._place(next(iter(found)), role)

    def _no_chamber(self, jur: Jurisdiction, role: Role) -> bool:
        """The country ``jur`` of the story's organisations lacks the chamber whose member or officer ``role`` is
        (legislatures.jsonl, joined to ``absent_in``): "Conservative House Speaker X" is no office of Britain, which
        has no House of Representatives. Other roles' ``present_in`` is a title's usual countries, which a party's
        country may still place ("Home Secretary X meets Fine Gael members")."""
        return role.chamber is not None and jur.entity is not None and self._fits(jur.entity, role) is None

    def _org_country(self, orgs: list[Span]) -> Jurisdiction | None:
        """The one country the story's organisations belong to (the KB's ``part_of``), for a title of a
        country's office that no place or demonym places: "Prime Minister Ana Ruiz's Green Party" is the
        prime minister of the Green Party's country (a story names its country's parties, not foreign
        ones). Organisations of two countries, or of none, tell nothing; the title then stays bare."""
        countries = self._org_countries(orgs)
        if len(countries) != 1:
            return None
        country = next(iter(countries.values()))
        return Jurisdiction(country.name, country)

    def _former_past_party(self, doc: Doc, start: int, orgs: list[Span]) -> str:
        """The qualifier of the words left of a party (a party mention or party_short_names.tsv word) and a
        legislator's standing (qualifiers.tsv ``apposition``: "opposition") right before the office at ``start``, and a
        demonym before those:
        "Former Democratic Senator X", "X, a former Labour MP,", "Ex-Labour MP X", "a former opposition MP" held the
        office once; "" where no party or standing word is there or nothing qualifies it. The office's span and
        jurisdiction stay as they were (the party is its own mention)."""
        i, moved = start - 1, 0
        while i >= 0 and moved < MAX_PARTY_WORDS:
            org = next((o for o in orgs if o.end == i + 1 and o.label_ == "ORG"
                        and (doc[i].text in self.res.party_short_names or self._party_countries(o))), None)
            demonym = self._demonym_at.get(i + 1) if moved else None  # keyed by its end
            if org is not None:
                i = org.start - 1
            elif demonym is not None:  # "Former Kenyan opposition MP X"
                i = demonym.start - 1
            elif doc[i].text in self.res.party_short_names \
                    or doc[i].lower_ in self._standing and doc[i].lower_ not in self._skip_left:  # not "former" itself
                i -= 1
            else:
                break
            moved += 1
        if not moved:
            return ""
        if _prefixed(doc, i + 1, self._former_prefixes):  # "Ex-Labour MP X"
            return "former"
        return self._left_of_qualifiers(doc, i, "")[1]

    def _left_of_qualifiers(self, doc: Doc, i: int, qualifier: str, numbered: bool = True) -> tuple[int, str]:
        """From ``doc[i]`` leftwards past qualifiers (qualifiers.tsv office_left), a holder's number ("23rd"), a count
        of terms ("five-term", "three-time": office_words.tsv ``tenure``) and a Latin modifier ("de facto"), so
        "Former five-term Bridgeport mayor X" and "former de facto Bamban mayor X" are former mayors: the index left
        of them and the first qualifier's value (``qualifier`` when it is set)."""
        lowers = token_lowers(doc)  # the Doc's cached words: no Token per word read
        while i >= 0:
            if lowers[i] in self._skip_left:
                qualifier = qualifier or self._qualifier.get(lowers[i], "")
                i -= 1
            elif numbered and ORDINAL.fullmatch(lowers[i]) and i + 1 < len(doc) and not doc[i + 1].is_punct:
                i -= 1  # "Zembla's 23rd president": a holder's number, as "first" (office_left)
            elif i >= 2 and lowers[i] in self._tenure_nouns and token_texts(doc)[i - 1] in HYPHENS and doc[i - 2].like_num:
                i -= 3
            elif i >= 1 and (lowers[i - 1], lowers[i]) in _LATIN_MODIFIERS:
                i -= 2  # "former de facto Bamban mayor X": the qualifier left of them
            else:
                break
        return i, qualifier

    def _office(self, doc: Doc, span: Span, role: Role, places, place_at, orgs: list[Span] = ()) -> Span | None:
        start, end = span.start, span.end
        texts, lowers = token_texts(doc), token_lowers(doc)  # the Doc's cached strings: no Token per word read
        rule, role_id, form = get_span_value(span, "rule"), get_span_value(span, "role"), get_span_value(span, "form")
        jur: Jurisdiction | None = None
        qualifier = ""
        anaphor_level = None
        # the office of an institution, or of a subdivision the text does not name: the story's places are not its
        untold = lower = institution = own_country = False
        body = self._state_body(doc, span, role, place_at)
        if body is not None:  # "the Ohio House of Representatives": the state's legislature, not the nation's
            role = self.roles[role.state_role]
            role_id, rule = role.id, f"{role.id}.{form}"
            jur, start = self._place(body.text, role), body.start
        elif self._chamber_name_end(doc, span, role, form):
            return None  # "the Senate and House of Representatives voted": the chamber, none of its members
        elif role.state_role and start > 0 and texts[start - 1] == _STATE_WORD:
            role = self.roles[role.state_role]  # "the state House race": the state's chamber, placed by the story
            role_id, rule = role.id, f"{role.id}.{form}"
        # Left: skip qualifiers and possessives; take a place, demonym or anaphor.
        i = start - 1
        post_before = self._destination_before_role(doc, start, role, place_at, orgs)
        if post_before is not None:  # "France's UN ambassador": the post before the role, its country before that
            i = post_before[1] - 1
        if _prefixed(doc, start, self._former_prefixes):  # "Ex-president"
            qualifier, i = "former", i - 2
        # a seat's number is no holder's ("Ohio's 12th congressional district": the district the story's places name)
        i, qualifier = self._left_of_qualifiers(doc, i, qualifier, numbered=lowers[end - 1] not in self._seat_nouns)
        if i >= 0 and texts[i] in _POSSESSIVE:
            i -= 1
        if jur is None and (sub := self._subnational(doc, i, end, role, place_at)) is not None:
            # "Lombardy's regional president", "Bavarian state premier": the region's own office, never its country's
            i, region = sub
            if region is not None and role.level == "country":
                jur, start = region
            elif region is None:
                untold = lower = True  # "the party's state president", "Spain's 17 regional presidents": no country's
                if end < len(doc) and lowers[end] == "of":
                    institution = True  # "regional president of the farmers' union": the body's post
        if jur is None and not untold:  # a state body named the place already
            if i >= 1 and i in place_at and self._head_of(doc, place_at[i], role):
                place = place_at[i]  # "Zembla Oblast governor": a place and its administrative head
                jur = Jurisdiction(doc[place.start:i + 1].text, None)
                start = place.start
            elif i >= 1 and (run := self._name_before_lower_head(doc, i, end, role, place_at)) is not None:
                # "Kano state governor Ana Ruiz": the place with its head, named as places of that level are
                jur, start = Jurisdiction(f"{doc[run:i].text} {texts[i].capitalize()}", None), run
            elif i >= 0 and self._institution_before(i + 1):
                untold = True  # "the Bank of Japan governor": the named institution's office, not the place's
            elif i >= 0 and (i + 1) in place_at and self._lower_unit(place_at[i + 1], role):
                pass  # "Maricopa County's presidential election": a county has no president; the story's country
            elif (div := self._division_before(doc, i, role, place_at)
                   or self._shared_division(doc, span.start, role, place_at)) is not None:
                # "Ontario Health Minister X", "British Columbia's deputy health officer Y and Health Minister X": the
                # division's own minister where its country's divisions have one, else untold; never the nation's
                if div[0] is None:
                    untold = lower = True
                else:
                    jur, start = div
            elif i >= 0 and (i + 1) in place_at and self._state_member(place_at[i + 1], role):
                # "California lawmaker X": a member of the state's legislature, never of the national body
                place, role = place_at[i + 1], self.roles[role.state_role]
                role_id, rule = role.id, f"{role.id}.{form}"
                jur = self._place(place.text, role)
                start = place.start
            elif i >= 0 and (i + 1) in place_at and not role.member and self._titled(doc, end, role) is not None \
                    and (own := self._division_of_its_own(place_at[i + 1], role)) is not None:
                jur, start = own, place_at[i + 1].start  # "Piedmont President X": the region's own, as "of Piedmont"
            elif i >= 0 and (i + 1) in place_at and not self._above_level(place_at[i + 1], role):
                place = place_at[i + 1]
                jur = self._place(place.text, role)
                start = place.start
            elif i >= 2 and (i + 1) in place_at and doc[place_at[i + 1].start - 1].text == "," \
                    and place_at[i + 1].start - 1 in place_at \
                    and not self._above_level(place_at[place_at[i + 1].start - 1], role):
                place = place_at[place_at[i + 1].start - 1]  # "Velmar, Kestrel Mayor": the city, not its state
                jur = self._place(place.text, role)
                start = place.start
            elif i >= 0 and (i + 1) in self._demonym_at and not self._above_level(self._demonym_at[i + 1], role) \
                    and not self._absent_demonym(self._demonym_at[i + 1].text, role):
                demonym = self._demonym_at[i + 1]
                jur = self._demonym(demonym.text, role)
                start = demonym.start
            elif i >= 0 and (party := self._party_before(doc, span, i + 1, role, orgs)) is not None:
                jur = party  # "Democratic presidential candidate X": the party's country, not the story's last place
            elif i >= 0 and role.nomination_countries and not (end < len(doc) and lowers[end] in role.connectors) \
                    and (pick := self._party_pick_end(doc, i, orgs)) is not None \
                    and (party := self._party_before(doc, span, pick, role, orgs)) is not None:
                # "X, the Democratic candidate for president,": likewise, for an office whose parties' nominees are a
                # country's notion (roles.jsonl nomination_countries), not the story's last place
                jur = party
            elif i >= 0 and self._below_level(doc[i], role):
                # "the region's president": a region's office, not its country's; the story's one region's
                if (jur := self._story_region(doc[i])) is None:
                    untold = lower = True
            elif i >= 0 and (k := self._modified_possessor(doc, i)) is not None and self._below_level(doc[k], role):
                # "the war-ravaged region's assassinated president": the region's, not its country's
                if (jur := self._story_region(doc[k])) is None:
                    untold = lower = True
            elif i >= 0 and role.level == "country" and self._organisation_head_before(doc, i) \
                    and not self._party_pick(doc, i, end, form) and not self._party_member(doc, i, role):
                untold = institution = True  # "federation president X", "union president X": the body's office
            elif i >= 1 and role.level == "country" and self._numbered_unit_before(doc, i, end):
                untold = institution = True  # "Local 150 president X": a union local's office, no country's
            elif i >= 0 and role.level == "country" and self._unknown_name_before(doc, i) and (
                    self._names_person(end, role) is not None
                    or is_capital_abbreviation(doc[i]) and (texts[i + 1][:1].isupper() or not role.member)) \
                    and not (role.member and is_capital_abbreviation(doc[i])):
                # "Velmar Air President Ana Ruiz", "CPUC President X", "runs for IOC President": an organisation's,
                # not a country's (an unknown word with no name after may be a place; an acronym before a capitalised
                # title, or before a head's word in lower case, is a body's name: "the new FIFA president"; one before
                # a legislator's common noun may describe: "the first LGBT senator"); an
                # acronym before a legislator's word is the member's party ("APC MP X": no body has MPs of its own)
                untold = institution = True
            elif i >= 0 and lowers[i] in self._place_anaphors:
                anaphor_level = self._place_anaphors[lowers[i]]
            elif i >= 0 and role.level in _UNKNOWN_PLACE_BEFORE_LEVELS and (i + 1) not in place_at \
                    and not (role.member and role.level == "state") and self._titled(doc, end, role) is not None:
                # a state legislator's unknown place is the member's constituency, not a state ("Kestrel MLA X")
                run = self._unknown_place_before(doc, i, role)
                if run is not None:  # "Zembla governor Ana Ruiz", "Zembla Oblast governor Ana Ruiz"
                    jur, start = Jurisdiction(doc[run:i + 1].text, None), run
        # Qualifiers further left: "former state Sen.".
        _, qualifier = self._left_of_qualifiers(doc, start - 1, qualifier)
        if not qualifier:
            qualifier = self._former_past_party(doc, start, orgs)  # "Former Democratic Senator X"
        if not qualifier:
            qualifier = self._former_past_modifiers(doc, start)  # "former economic security minister X"
        # Right: "of [the] <place>", or "<race noun> in <place>".
        if jur is None:
            k = end
            if self._department_at(doc, k):
                untold = institution = True  # "vice president of business development at Acme": a firm's post
            elif k < len(doc) and lowers[k] == "of":
                k += 1
                if k < len(doc) and lowers[k] == "the":
                    k += 1
                place = place_at.get(("start", k))
                inner = self._subdivision(doc, k, role, place_at) or self._possessed_place(doc, k, role, place_at)
                if inner is not None:  # "governor of the US state of Montana", "governor of Zembla's X region"
                    jur, end = inner
                elif role.story_bodies and any(o.start == k and self._story_body(o, role) for o in orgs):
                    # "an Associate Justice of the U.S. Supreme Court", "Chief Justice of the Supreme Court of
                    # Pakistan": the court's place, as the story names it, places the office
                    jur = self._story_body_place(doc, role, place_at)
                    untold = institution = jur is None
                elif place is not None and place.end < len(doc) and texts[place.end] in _POSSESSIVE \
                        and self._above_level(place, role):
                    untold = True  # "mayor of Ohio's largest city": a city of the state the text does not name
                elif place is not None and self._unit_noun_after(doc, place, role) and self._above_level(place, role):
                    untold = True  # "mayor of the Connecticut city": the state only describes a city it does not name
                elif place is not None and self._head_of(doc, place, role):
                    jur = Jurisdiction(doc[place.start:place.end + 1].text, None)  # "governor of Luhansk Oblast"
                    end = place.end + 1
                elif place is not None and any(o.start == k and o.end > place.end for o in orgs):
                    untold = institution = True  # "President of the Commonwealth Games Federation": the body's
                elif place is not None and (city := self._city_of_region(doc, place, role)) is not None:
                    jur = self._place(city.text, role)  # "mayor of Kursk Oblast": the city's, of the role's level
                    end = city.end
                elif place is not None and (own := self._division_of_its_own(place, role)) is not None:
                    jur, end = own, self._past_lower_head(doc, place.end)  # "President of Piedmont": the region's own
                elif place is not None:
                    jur = self._place(place.text, role)
                    end = self._past_lower_head(doc, place.end)
                elif (org := self._place_named_as_org(doc, k, role, orgs)) is not None:
                    jur, end = Jurisdiction(org.text, None), org.end  # "Governor of Kestrel Department"
                elif any(o.start == k for o in orgs):
                    untold = institution = True  # "vice president of the Kestrel Bank": the organisation's office
                elif self._organisation_head_after(doc, k):
                    untold = institution = True  # "president of the national Zemblan rowing association"
                elif self._below_level(doc[(n := self._past_region_modifiers(doc, k))], role) \
                        and not (n + 1 < len(doc) and lowers[n + 1] == "of"):
                    # "president of the region": a region's office, not its country's; the story's one region's
                    if (jur := self._story_region(doc[n])) is not None:
                        end = n + 1
                    else:
                        untold = lower = True
                elif self._own_country_after_of(doc, k, role):
                    end, own_country = k + 1, True  # "the Presidency of the Republic": as "the country's"
                elif k not in self._demonym_start and role.story_place == "any":
                    # "governor of the Ukrainian ...": no place of that name; a monarch's place the KB must know
                    # ("the King of All Media" is no king's)
                    # "president of Somaliland": a place the knowledge base does not know, named as such
                    run = self._unknown_place(doc, k)
                    if run is not None and (self._institution_name(doc, k, run)
                                            or self._organisation_run(doc, k, run, role)):
                        untold = institution = True  # "vice president of the Trade Partnership", "of FIFA"
                    elif run is not None:
                        jur, end = Jurisdiction(doc[k:run].text, None), run
            elif self._race_noun_after(doc, end):
                for t in doc[end:end + RACE_IN_WINDOW]:
                    if t.is_punct and t.text not in _RACE_WINDOW_JOINERS:
                        break  # "the presidential election, speaking in Lima": another clause's place
                    if t.lower_ == "in":
                        place = place_at.get(("start", t.i + 1))
                        if place is not None:
                            jur = self._place(place.text, role)
                        break
            elif role.level == "country" and end not in self._person_at and self._in_subdivision(doc, end, place_at):
                # "Leader of the Opposition in the Ruritanian state of Kestrel": the state's office, told where the
                # state's country gives its states an office of the role's title
                if (own := self._state_titled(doc, end, role, place_at)) is not None:
                    jur, end = own
                else:
                    untold = True
        if jur is not None and role.present_in and role.story_place != "any" and (
                jur.entity is None or self._fits(jur.entity, role) is None):
            jur, untold = None, True  # "the queen of Sydney", "King of All Media": a figure of speech, no monarch
        destination = None
        if role.destination_before:
            found = (post_before[0], end) if post_before is not None else self._destination(doc, end, role, place_at,
                                                                                            orgs)
            if found is None:
                untold = True  # "former U.S. Ambassador X", "a goodwill ambassador": no envoy's post told
            else:
                destination, end = found
        titled = self._titled(doc, end, role)
        # any role of a place right before a name asks the KB for the person's office, as a titling role does
        # ("Home Secretary X"); only a titling role stays bare without a place
        naming = titled if titled is not None else self._names_person(end, role)
        # "Kestrel University names President X", "President X of Velmar Motors": the organisation's head, no country's
        owned = jur is None and not untold and titled is not None and role.level == "country" and (
            any(self._owner_verb_before(doc, j) for j in range(span.start - 1, i - 1, -1))
            or self._owner_after_name(doc, titled, role, place_at))  # the verb may be a qualifier: "elected"
        if jur is None and naming is not None and not owned:
            jur = self._after_name(doc, naming, role, place_at)  # "Mayor Ana Ruiz of Lyon"
        # the KB's record of the person the title names, or of the one it is set off before by commas ("its
        # country's President, X, lets the ballet perform in Cuba": the anaphor's place is X's, whom the KB knows)
        holder = naming if naming is not None else self._apposed_person(doc, end, role)
        known = self._held(holder, role) if jur is None and holder is not None else None
        if owned and known is None:
            untold = institution = True  # a holder the KB knows keeps the office it records
        if jur is None and known is None and not untold and naming is None and role.contested:
            jur = self._electorate(doc, span, role)  # "Zemblans voted Sunday for a new president"
        if jur is None and known is None and not untold and role.story_bodies:
            jur = self._story_body_place(doc, role, place_at)  # "Alabama's Supreme Court ... Chief Justice X"
        if jur is None and known is None and not untold and naming is None and role.contested and form == "adjective":
            jur = self._counterpart_race(doc, span, role)
        if jur is None and known is None and not untold and (
                anaphor_level is not None or self._story_may_place(doc, span, role, naming)):
            # an anaphor tells the story's place even where the role's title alone may not ("the country's emir")
            if role.story_place == "nearest":
                jur = self._nearest(doc, span, role, places, anaphor_level, orgs)
            elif role.story_place == "single" and anaphor_level is None and (
                    len(self._story_countries(places)) > 1 or self._visited(doc, role, places)):
                jur = None  # "Foreign Minister X ... Iraq ... the Australian government": the visited or his own
            elif role.abroad_before and anaphor_level is None and self._visited(doc, role, places):
                jur = None  # "Finance Minister X ... the IMF meeting in Washington": the trip's place, not his
            else:
                found = self._context_source(doc, span, role, places, anaphor_level)
                jur = found[0] if found is not None else None
                if found is not None and naming is not None and self._other_holders_place(doc, found[1], naming, role):
                    jur = None  # "Russian President X congratulates President-elect Y": X's country, not Y's
            # a legislature's members stay those of the story's chamber ("The Zemblan Parliament votes to send troops
            # to Ruritania; 340 lawmakers"): only an elected office's race is framed by its sentence
            framed = jur is not None and role.contested and not role.chamber \
                and self._framed_by_sentence(doc, start, role, jur)
            if jur is not None and anaphor_level is None and not framed:
                # an anaphor names its place ("visits Ukraine days before the country's presidential election"):
                # no other told office of the role replaces it (:meth:`_told_role`)
                self._from_context.add((start, end))
            if jur is not None and not framed:
                if role.contested and naming is None and anaphor_level is None:
                    jur = self._holder_country(doc, role) or jur
                elif role.chamber and anaphor_level is None:
                    # a titled member too: "The Zemblan Parliament votes to send troops to Ruritania. Deputy speaker
                    # X said ..." is Zembla's deputy speaker, whichever place the story is about
                    jur = self._members_country(orgs, role) or jur
            elif role.chamber and naming is None and anaphor_level is None:
                # no place told: a legislature's members are the country's whose chamber the story names ("The
                # Zemblan Seimas votes ... MPs")
                jur = self._members_country(orgs, role)
        if jur is not None and (titled is not None or role.council_role == role.id) and known is None \
                and role.council_role and (start, end) in self._from_context \
                and (city := self._story_council(doc, orgs, role)) is not None:
            # "the Velmar City Council ... President X": the council's president, no nation's the KB does not know;
            # "... Council Members X and Y": that council's members, not the nearest town's
            role = self.roles[role.council_role]
            role_id, rule = role.id, f"{role.id}.{form}"
            jur = self._place(city, role)
            self._from_context.discard((start, end))
        if jur is not None and titled is not None and known is None and role.state_role \
                and (start, end) in self._from_context \
                and (state := self._story_state_chamber(doc, role, place_at)) is not None:
            # "the vacant seat in the Kestrel Senate ... Senator X": the state's senator, no nation's the KB knows
            role = self.roles[role.state_role]
            role_id, rule = role.id, f"{role.id}.{form}"
            jur = self._place(state, role)
            self._from_context.discard((start, end))
        if jur is None and known is None and titled is not None and role.level == "country" and not untold:
            jur = self._org_country(orgs)  # "Prime Minister Ana Ruiz's Green Party": the party's country
            if jur is not None and self._no_chamber(jur, role):
                jur = None  # "Conservative House Speaker X": Britain has no House of Representatives, no office
        if jur is None and known is None and own_country:
            jur = self._org_country(orgs)  # "the TSE ... the Presidency of the Republic": the story's bodies' country
        if jur is None and known is None and titled is None and not untold and self._race_adjective(doc, end, role, form):
            # "vice presidential candidate X ... the Democrats", "ended his presidential campaign ... Democratic
            # Party leaders": a race's adjective of no told place is of the one country the story's parties name
            jur = self._story_party_country(doc, span, self._race_role(role), orgs)
        if jur is None and known is None and not untold and (pick := self._party_pick_for(doc, i, orgs)) is not None:
            # "the CDU's candidate for chancellor, X,": where the story names no place, the party's country
            jur = self._party_before(doc, span, pick, role, orgs)
        if untold:
            self._untold.add((start, end))
        if lower:
            self._lower_units.add((start, end))
        if institution:
            self._institutions.add((start, end))
        office = Span(doc, start, end, label="OFFICE")
        set_span_value(office, "rule", rule)
        set_span_value(office, "role", role_id)
        set_span_value(office, "form", form)
        set_span_value(office, "qualifier", qualifier or None)
        set_span_value(office, "jurisdiction", jur.name if jur else (known[1] if known else None))
        if known is not None:
            set_span_value(office, "entity", known[0])  # the office the knowledge base says the titled person holds
        elif role.destination_before and (jur is None or destination is None or destination == jur.name):
            set_span_value(office, "entity", None)  # an envoy's office needs its country and a post abroad ("in
            # Ankara": at home)
            if jur is None and destination is not None and known is None:
                self._unsent_envoys.append((office, role, destination))  # :meth:`_story_sender`
        elif jur is not None and self._adjective_use(doc, end, role, jur, titled):
            return None  # "Indonesia's premier tourist island", "Australia's premier paceman": no office
        elif jur is not None or role.level == "none" or titled is not None and not untold:
            # an institution's or an untold subdivision's title before a name ("the Bank of Japan governor X",
            # "Academia Velmar President X") is no bare public office: left out as an untitled one is
            entity = canonical_office(self._national_role(doc, end, role, jur, titled), jur.name if jur else None,
                                      self.definite)
            if destination is not None:
                entity = entity.replace("{D}", _with_article(destination, self.definite))
            set_span_value(office, "entity", entity)
            set_span_value(office, "bare", jur is None and role.level != "none")
        else:
            set_span_value(office, "entity", None)  # an office whose place cannot be told is left out: "Mayor"
            # links to nothing
        return office

    def _story_state_chamber(self, doc: Doc, role: Role, place_at: dict) -> str | None:
        """The one state whose chamber of the role's kind the story names by its place with a seat in it ("Kestrel
        Senate District 30", "a seat in the Kestrel Senate"), in a story that names no country's chamber of that
        kind ("the U.S. Senate"), else None: the body acting alone ("the Kestrel Senate passed the bill. Senator X
        criticised it") tells nothing of X's seat."""
        word = _STATE_CHAMBER_WORDS.get(role.chamber or "")
        if word is None:
            return None
        states = set()
        for t in doc:
            place = place_at.get(t.i) if t.text == word else None
            if place is None:
                continue
            entities = self.kb.lookup("GPE", place.text)
            if any(e.type == "country" for e in entities):
                return None  # "the U.S. Senate": the nation's chamber is the story's too
            seat = t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SEAT_AFTER_CHAMBER \
                or [w.lower_ for w in doc[max(0, place.start - 3):place.start]] == list(_SEAT_BEFORE_CHAMBER)
            if seat:  # "Kestrel Senate District 30", "the vacant seat in the Kestrel Senate": a seat's race
                states |= {e.name for e in entities if e.type == "state"}
        return next(iter(states)) if len(states) == 1 else None

    @staticmethod
    def _story_council(doc: Doc, orgs: list[Span], role: Role) -> str | None:
        """The one city whose council the story names (an organisation "<city> City Council"), in a story that
        names no race of the role's own ("presidential"), else None."""
        if any(t.lower_ in role.adjectives for t in doc):
            return None
        cities = {o.text[:-len(_CITY_COUNCIL)].strip() for o in orgs if o.text.endswith(_CITY_COUNCIL)}
        cities.discard("")
        return next(iter(cities)) if len(cities) == 1 else None

    def _story_sender(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An envoy's office whose post its words tell but not its country: the country of the story's envoys of that
        role told in full to the same post ("Former U.S. ambassador to Ukraine X ... the former ambassador to
        Ukraine"), or in a sentence that names a person this office's sentence names too ("X, Kazakhstan's Ambassador
        to Japan, ... X previously served as Ambassador to the United States"): where those name one country and it
        is not the post's. Another envoy's post ("China's ambassador to Britain X ... the ambassador to France, Y,"),
        or two countries' envoys, leave it out."""
        placed = []
        for office, role, destination in self._unsent_envoys:
            told = [o for o in spans if get_span_value(o, "role") == role.id and get_span_value(o, "entity")]
            same_post = [o for o in told if get_span_value(o, "entity").endswith(
                " to " + _with_article(destination, self.definite))]
            senders = {get_span_value(o, "jurisdiction") for o in same_post or [
                o for o in told if self._sentence_surnames(doc, o) & self._sentence_surnames(doc, office)]}
            if len(senders) != 1 or None in senders or destination in senders:
                continue
            sender = senders.pop()
            set_span_value(office, "jurisdiction", sender)
            set_span_value(office, "entity", canonical_office(role, sender, self.definite).replace(
                "{D}", _with_article(destination, self.definite)))
            placed.append(office)
        return placed

    def _owned_staff(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """``spans`` without the offices of a role with ``owner_offices`` whose owner does not hold one: the role's
        words stand after a name's possessive (past qualifiers: "U.S. President X's former chief strategist") whose
        title right before the name names one of them; "her campaign's chief strategist" names none."""
        if not any((r := self.roles.get(get_span_value(o, "role") or "")) is not None and r.owner_offices
                   for o in spans):
            return spans  # most Docs: no staff role among their offices
        ends = {o.end: o for o in spans}
        people = {m.end: m for m in mentions(doc, "PERSON")}
        kept = []
        for office in spans:
            role = self.roles.get(get_span_value(office, "role") or "")
            if role is not None and role.owner_offices:
                i = office.start - 1
                while i >= 0 and doc[i].lower_ in self._skip_left:
                    i -= 1
                owner = people.get(i) if i > 0 and doc[i].text in _POSSESSIVE else None
                title = next((ends[k] for k in honorific_starts(doc, owner.start, self._honorifics) if k in ends),
                             None) if owner is not None else None
                if title is None or get_span_value(title, "entity") not in role.owner_offices:
                    continue
            kept.append(office)
        return kept

    def _further_posts(self, doc: Doc, spans: list[Span], place_at: dict, orgs) -> list[Span]:
        """An envoy's further posts coordinated after the one the role names, each an office of its own from its
        preposition on ("Ambassador to the United States and to the Republic of Korea": the Ambassador of
        Kazakhstan to South Korea too), of the same sender; a post that is the sender's own country is none."""
        out = []
        for office in spans:
            role = self.roles.get(get_span_value(office, "role") or "")
            sender = get_span_value(office, "jurisdiction")
            if role is None or not role.destination_before or sender is None or not get_span_value(office, "entity"):
                continue
            k = office.end
            while (k := _after_joiner(doc, k)) is not None:  # ", and to Y"
                found = self._destination(doc, k, role, place_at, orgs) if doc[k].lower_ == _POST_TO else None
                if found is None or found[0] == sender:
                    break  # "the ambassador to Germany, in Berlin,": the post's city, no second post
                destination, end = found
                entity = canonical_office(role, sender, self.definite).replace(
                    "{D}", _with_article(destination, self.definite))
                if entity == get_span_value(office, "entity"):
                    break
                out.append(_coordinated_office(office, k, end, sender, entity))
                k = end
        return out

    def _further_places(self, doc: Doc, spans: list[Span], place_at: dict) -> list[Span]:
        """The offices of the further places a plural role's "of" names ("the presidents of Russia and China": the
        President of China too), each from its joining word to the place's end, of the role's own level (a city after "the prime ministers
        of India and" is none); a singular role's places stay one ("the President of Russia and China's envoy")."""
        out = []
        for office in spans:
            role = self.roles.get(get_span_value(office, "role") or "")
            if role is None or get_span_value(office, "form") != "plural" or not get_span_value(office, "entity") \
                    or role.level == "none" or role.destination_before:
                continue
            k = office.end
            while (k := _after_joiner(doc, k)) is not None:  # ", and Y"
                place = place_at.get(("start", k))
                if place is None or place.end < len(doc) and doc[place.end].text in _POSSESSIVE:
                    break  # "the presidents of Russia and China's envoy": another's
                own = next((e for e in self.kb.lookup("GPE", place.text)
                            if (fit := self._fits(e, role)) is not None and fit.id == e.id), None)
                if own is None:
                    break  # "the presidents of Russia and Moscow": a city, no country's office
                # from its joining word: the place keeps a mention of its own (one set of extensions per offsets)
                out.append(_coordinated_office(office, k - 1, place.end, own.name,
                                               canonical_office(role, own.name, self.definite)))
                k = place.end
        return out

    @staticmethod
    def _sentence_surnames(doc: Doc, span: Span) -> set[str]:
        """The last words of the people named in ``span``'s sentence."""
        sent = sentence_of(doc, span.start)
        return {doc[p.end - 1].text for p in mentions(doc, "PERSON") if sent.start <= p.start < sent.end}

    def _destination(self, doc: Doc, k: int, role: Role, place_at: dict, orgs) -> tuple[str, int] | None:
        """An envoy's post after the role: a word of ``destination_before`` ("to", "in") and a place, named by its
        country ("ambassador to Washington": the United States; "in Baghdad": Iraq), or an international body the
        KB knows ("ambassador to the United Nations", "to NATO"); with the token the post's name ends at."""
        if k >= len(doc) or doc[k].lower_ not in role.destination_before:
            return None
        k += 1
        # a place's span may hold its article ("the United States") or leave it out ("the Holy See")
        place = place_at.get(("start", k))
        if place is None and k < len(doc) and doc[k].lower_ == "the":
            k += 1
            place = place_at.get(("start", k))
        if place is not None:
            for entity in self.kb.lookup("GPE", place.text)[:1]:
                country = self.kb.at_level(entity, "country")
                if country is not None:  # "to the Holy See": the name the post has (destination_names)
                    return dict(role.destination_names).get(country.name, country.name), place.end
            return None
        for org in orgs:
            if org.start == k:
                known = [e for e in self.kb.lookup("ORG", org.text) if e.type in role.destination_org_types]
                if not known:
                    return None
                name = known[0].name  # a body's name takes "the" as a party's does ("the United Nations")
                return ("the " + name if _takes_article(name, self._org_heads) else name), org.end
        return None

    def _destination_before_role(self, doc: Doc, start: int, role: Role, place_at: dict, orgs
                                 ) -> tuple[str, int] | None:
        """An envoy's post named by an international body right before the role, with a country before it ("France's
        UN ambassador", "the French U.N. ambassador"): the body's name and the token it starts at. A body with no
        country before it may be the envoy's sender ("the EU ambassador to Kyiv"): none."""
        if not role.destination_before or not role.destination_org_types:
            return None
        org = next((o for o in orgs if o.end == start), None)
        if org is None or org.start < 1:
            return None
        known = [e for e in self.kb.lookup("ORG", org.text) if e.type in role.destination_org_types]
        if not known:
            return None
        j = org.start - 1
        if doc[j].text in _POSSESSIVE:
            j -= 1
        if not ((j + 1) in place_at or (j + 1) in self._demonym_at):
            return None
        name = known[0].name
        return ("the " + name if _takes_article(name, self._org_heads) else name), org.start

    def _holder_country(self, doc: Doc, role: Role) -> Jurisdiction | None:
        """The one place where the KB records the story's people, named in full, in a contested role: a race
        the story's places alone would place is that of the people it is about ("Vietnamese ... presidential
        candidate Ivan Petrov ... in the United States" is the American presidency; "Presidential candidate
        Rodrigo Duterte said Australia and the United States ..." the Philippine one). A surname alone
        ("Marcos") may be another person of that name; people of two such places tell nothing. Read once per
        role and document."""
        if role.id not in self._holder_countries:
            held = {h[1] for p in mentions(doc, "PERSON") if len(p) > 1 and (h := self._held(p, role)) is not None}
            held |= self._administration_places(doc, role)
            self._holder_countries[role.id] = self._place(next(iter(held)), role) if len(held) == 1 else None
        return self._holder_countries[role.id]

    def _administration_places(self, doc: Doc, role: Role) -> set[str]:
        """The places where the KB's holders of ``role`` of a surname right before an administration noun held it
        ("the Bush administration": both KB presidents Bush, one country), if they agree on one; a surname of holders
        in two places, or of none, tells nothing."""
        out: set[str] = set()
        for p in mentions(doc, "PERSON"):
            if len(p) != 1 or p.end >= len(doc) or doc[p.end].lower_ not in self._administration_nouns:
                continue
            places = {place for e in self._by_surname.get(fold(p.text), [])
                      if (place := self._held_place(e, role)) is not None}
            if len(places) == 1:
                out |= places
        return out

    def _held_place(self, person: Entity, role: Role) -> str | None:
        """The one place where the KB records ``person`` holding ``role`` (its template's office), if any."""
        pattern = _template_pattern((role.template,))
        places = {next(g for g in m.groups() if g) for held in person.offices
                  if (m := pattern.match(held.get("office", "")))}
        return next(iter(places)) if len(places) == 1 else None

    def _electorate(self, doc: Doc, span: Span, role: Role) -> Jurisdiction | None:
        """The place of the people whose demonym stands right before a verb of voting (office_words.tsv
        ``electorate``) earlier in the office's sentence: they vote, so the race is theirs, whatever nearer place or
        dateline the sentence names ("ZEMBLA CITY, Ruritania - Zemblans voted Sunday for a new president" is
        Zembla's). The demonym's place at the role's level, else a KB region's own ("Chechens voted for a new
        president": the region's head, not Russia's); the nearest such demonym before the office counts."""
        sent = sentence_of(doc, span.start)
        for demonym in reversed(self._demonym_spans):
            if demonym.end > span.start or demonym.start < sent.start:
                continue
            k = demonym.end
            if k < span.start and doc[k].lower_ in _VOTE_AUXILIARIES:
                k += 1
            if k >= span.start or doc[k].lower_ not in self._electorate_verbs or self._in_name(doc, demonym):
                continue
            for entity in self.kb.demonym(demonym.text):
                if (fit := self._fits(entity, role)) is not None:
                    return Jurisdiction(fit.name, fit)
                if entity.type == "region":
                    return Jurisdiction(entity.name, None)
            return None
        return None

    def _counterpart_race(self, doc: Doc, span: Span, role: Role) -> Jurisdiction | None:
        """The country of a counterpart before the race adjective ``span`` in its sentence ("French President X
        congratulated his Peruvian counterpart Ana Ruiz for her victory in the presidential election"): the race is
        the counterpart's, not the congratulator's, whose title would otherwise place it. The nearest such demonym
        before the adjective counts; none after it, nor in another sentence."""
        sents, sent_of = sentence_index(doc)
        here = sent_of[span.start]
        before = [d for d in self._counterpart_demonyms if d.end < span.start and sent_of[d.start] == here]
        return self._demonym(before[-1].text, role) if before else None

    def _members_country(self, orgs: list[Span], role: Role) -> Jurisdiction | None:
        """The one country of the story's legislatures and parties (the KB's), for a legislature's members that only
        the story's places would place: legislators sit in their country's chamber and parties, whatever country the
        story is about ("Labour ... Conservative ... air strikes on Syria, to ensure MPs are given a free vote" are
        British MPs; "The Zemblan Parliament votes to send troops to Ruritania ... 340 lawmakers" are Zembla's). It
        takes a named legislature or :data:`MIN_MEMBERS_PARTY_MENTIONS` party mentions, and no legislature or party
        of another country. Read once per document."""
        if self._members_countries is None:
            countries: dict[str, Entity] = {}
            parties = bodies = 0
            for org in orgs:
                for entity in self.kb.lookup("ORG", org._.entity or org.text)[:1]:
                    part = self.kb.get(entity.part_of)
                    country = self.kb.at_level(part, "country") if part is not None else None
                    if country is None or entity.type not in _MEMBERS_ORG_TYPES:
                        continue
                    countries[country.id] = country
                    parties += entity.type == PARTY_TYPE
                    bodies += entity.type != PARTY_TYPE
            told = len(countries) == 1 and (bodies or parties >= MIN_MEMBERS_PARTY_MENTIONS)
            self._members_countries = (next(iter(countries.values())) if told else None,)
        country = self._members_countries[0]
        return self._place(country.name, role) if country is not None else None

    def _state_body(self, doc: Doc, span: Span, role: Role, place_at: dict) -> Span | None:
        """The state before a capitalised role word that ends a body's name, with at most
        :data:`MAX_BODY_WORDS` capitalised words or "of" between ("the New Mexico House of Representatives"),
        for a national role with a ``state_role``: a state's legislature is never the national body. A
        state right before the role ("Ohio Representative Ana Ruiz") is the member's, not the body's, unless the
        role's words start with the house's name ("the Indiana House Speaker", not "Ohio Congressional
        Representative")."""
        if role.state_role is None or not span[0].text[:1].isupper():
            return None
        j = span.start
        while j > 0 and j not in place_at and span.start - j < MAX_BODY_WORDS:
            t = doc[j - 1]
            if not (t.lower_ == "of" or (t.is_title and t.is_alpha)) or j - 1 in self._named:
                return None
            j -= 1
        place = place_at.get(j)
        # right before the role, the state names the body when the role's words start with the body's name after
        # the state in the state role's template: "House" of "Speaker of the {J} House of Representatives"
        body_word = self._body_words[role.id]
        if place is None or (j == span.start and (len(span) == 1 or span[0].lower_ != body_word)) \
                or not any(e.type == "state" for e in self.kb.lookup("GPE", place.text)):
            return None
        return place

    def _chamber_name_end(self, doc: Doc, span: Span, role: Role, form: str) -> bool:
        """A chamber role's plural written capitalised right after "<Capitalised word> of" ends the chamber's
        name ("the Senate and House of Representatives", "outside the House of Representatives in Jakarta"): it
        names no members, but in a sentence about an election, where the chamber is the office its members are
        elected to ("a special election to a vacancy in the House of Representatives"), as :meth:`_bodies` reads
        a body after ``election_body_after``. A state before the name is the state's body (:meth:`_state_body`)."""
        return (role.chamber is not None and form == "plural" and span[0].is_title and span.start >= 2
                and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].is_title
                and self._election_words.isdisjoint(t.lower_ for t in span.sent))

    def _modified_possessor(self, doc: Doc, i: int) -> int | None:
        """The possessor before up to :data:`MAX_SUBDIVISION_MODIFIERS` lower-case words ending at ``i``, right
        before a role ("the region's assassinated president" → "region"), if any."""
        j = i
        while j >= 0 and i - j < MAX_SUBDIVISION_MODIFIERS and doc[j].is_alpha and doc[j].is_lower \
                and not doc[j].is_stop:
            j -= 1
        return j - 1 if j < i and j >= 1 and doc[j].text in _POSSESSIVE else None

    def _story_region(self, noun) -> Jurisdiction | None:
        """The one region the story names (a KB place of type "region": Chechnya, Catalonia) that the subdivision
        noun ``noun`` ("region") points back at: "the war-ravaged region's assassinated president", "sworn in as
        president of the turbulent Russian region" in a story on Chechnya; none where the story names none or two."""
        if noun.lower_ not in self._region_nouns:
            return None
        regions = {e.name for p in self._places if (p.start, p.end) not in self._in_names
                   for e in self.kb.lookup("GPE", p._.entity or p.text) if e.type == "region"}
        return Jurisdiction(next(iter(regions)), None) if len(regions) == 1 else None

    def _past_region_modifiers(self, doc: Doc, k: int) -> int:
        """The token after up to :data:`MAX_SUBDIVISION_MODIFIERS` lower-case words or demonyms from ``k`` (after
        "of the"), where a subdivision's noun may stand: "president of the turbulent Russian region"."""
        j, words = k, 0
        while j < len(doc) - 1 and words < MAX_SUBDIVISION_MODIFIERS:
            if j in self._demonym_start:
                j = self._demonym_start[j].end
            elif doc[j].is_alpha and doc[j].is_lower and not doc[j].is_stop and not self._below_level_word(doc[j]):
                j += 1
            else:
                break
            words += 1
        return min(j, len(doc) - 1)

    def _below_level_word(self, token) -> bool:
        """A lower-case subdivision noun (place_anaphors.tsv, place_heads.tsv levels)."""
        return token.lower_ in self._place_anaphors or token.lower_ in self._head_levels

    def _below_level(self, token, role: Role) -> bool:
        """``token`` is a lower-case subdivision noun (place_anaphors.tsv, place_heads.tsv levels) of a level
        below the role's: "the region" has no president of its country."""
        level = self._place_anaphors.get(token.lower_) or self._head_levels.get(token.lower_)
        return token.is_lower and level in _LEVEL_RANK and role.level in _LEVEL_RANK \
            and _LEVEL_RANK[level] < _LEVEL_RANK[role.level]

    def _place_named_as_org(self, doc: Doc, k: int, role: Role, orgs) -> Span | None:
        """An organisation from token ``k`` whose last word is an administrative head of the role's level
        (place_heads.tsv, a word that also ends organisations' names: "Department"): a place, "Governor of
        Kestrel Department"; never after a lower-case word ("of the police department")."""
        org = next((o for o in orgs if o.start == k), None)
        if org is None or len(org) < 2 or not org[-1].text[:1].isupper():
            return None
        return org if self._head_levels.get(org[-1].lower_) == role.level else None

    def _company_officer(self, doc: Doc, span: Span) -> bool:
        """The role word is joined by "and", "&" or "/" to a company officer's title (``company_titles.tsv``) on
        either side: "president and CEO X", "COO and president Y", "X, president and chief executive of Acme"
        name a company's officer, no public office."""
        titles = self.res.company_titles
        if not titles:
            return False
        lowers = token_lowers(doc)
        if span.start >= 2 and lowers[span.start - 1] in _TITLE_JOINS:
            j = span.start - 1
            if any(j >= len(t) and tuple(lowers[j - len(t):j]) == t for t in titles):
                return True
        if span.end + 1 < len(doc) and lowers[span.end] in _TITLE_JOINS:
            if phrase_end(lowers, span.end + 1, titles):
                return True
        return False

    def _team(self, doc: Doc, span: Span, readings: list[tuple[Role, str]], place_at: dict) -> bool:
        """A role's plural written capitalised right after a city ("the Ottawa Senators", "the Velmar Governors"):
        a sports team's name, as a city's teams are named, no office; a state's or a country's ("the Ohio Senators",
        "Zemblan Senators") and a city's in lower case ("Velmar senators") keep theirs."""
        place = place_at.get(span.start)
        if place is None or not all(kind == "plural" for _, kind in readings) \
                or not all(t.is_title for t in span if t.is_alpha):
            return False
        return any(e.type == "city" for e in self.kb.lookup("GPE", place._.entity or place.text))

    @staticmethod
    def _clock_time(doc: Doc, span: Span) -> bool:
        """The role word is a time of day's suffix (:data:`_CLOCK_SUFFIXES`) right after the hour ("at 3 PM Monday",
        "1:27 PM"): no office."""
        return span_text(doc, span.start, span.end).lower() in _CLOCK_SUFFIXES and span.start > 0 \
            and _CLOCK_TIME.fullmatch(token_texts(doc)[span.start - 1]) is not None

    def _organisation_head_before(self, doc: Doc, i: int) -> bool:
        """``doc[i]``, right before a country's role word, is an organisation's head noun in lower case
        (``org_heads.tsv``: "the gymnastics federation president", "the teachers' union president"): the role is
        that body's, not the country's ("district council members" keep their council)."""
        return doc[i].is_lower and doc[i].lower_ in self._org_heads

    def _title_owner(self, org: Span) -> bool:
        """A non-state organisation that owns a head's bare title: a company or a team the KB knows
        (:data:`_TITLE_OWNER_TYPES`), or one the KB does not know whose head is a university's, a company's, a club's, a
        union's, a church's or a foundation's (org_heads.tsv ``owns_title``); a body the KB knows as a state's, a
        party's or an international one owns none ("the African Union suspends ...")."""
        known = self.kb.lookup("ORG", get_span_value(org, "entity") or org.text)
        if known:
            return any(e.type in _TITLE_OWNER_TYPES for e in known)
        return _head(org) in self._title_owner_heads

    def _race_object(self, doc: Doc, start: int, end: int, role: Role) -> bool:
        """A role's ``object_race_adjectives`` at ``doc[start:end]``, capitalised, as what a race is for: after "the"
        and a race word with "for" (office_words.tsv ``race_for``: "his bid for the White House", "running for the
        White House") or a verb of seeking (``race_seek``: "seeking the White House"); "the White House said" is the
        administration, no office, and so is one a possessive or a name's capitalised word follows ("a bid for the
        White House's backing", "the race for the White House Correspondents' prize")."""
        if start < 3 or not doc[start].is_title or doc[start:end].text.lower() not in role.object_race_adjectives:
            return False
        if end < len(doc) and (doc[end].text in _POSSESSIVE or doc[end].is_title):
            return False
        if doc[start - 1].lower_ != "the":
            return False
        if doc[start - 2].lower_ in self._race_seek_words:
            return True
        return doc[start - 2].lower_ == "for" and doc[start - 3].lower_ in self._race_for_words

    def _owner_verb_before(self, doc: Doc, i: int) -> bool:
        """``doc[i]``, right before a country's title of a name, is a verb by which an organisation fills or empties
        its own head's post (office_words.tsv ``owner_verb``, ``electing_verb``), and a title's owner
        (:meth:`_title_owner`) ends right before it, past at most :data:`MAX_OWNER_VERB_GAP` words of a day or an
        auxiliary: "The University of Kestrel reinstates President X", "Velmar Motors on Monday promoted Vice President
        X" name the organisation's head; "the company welcomed President X" names no owner, "Kestrel University
        students backed President X" no post's verb."""
        if i < 1 or not doc[i].is_lower or doc[i].lower_ not in self._owner_verbs:
            return False
        end = i
        if i >= 2 and doc[i - 1].text in HYPHENS and f"{doc[i - 2].lower_}-{doc[i].lower_}" in self._owner_verbs:
            end = i - 2  # "re-elects", three tokens
        for _ in range(MAX_OWNER_VERB_GAP + 1):
            if any(self._title_owner(o) for o in self._orgs_by_end.get(end, ())):
                return True
            end -= 1
            t = doc[end] if end >= 0 else None
            if t is None or t.is_sent_start or not (t.is_lower and t.is_stop or self.res.is_non_name(t.text)
                                                    and t.text[:1].isupper() and t.is_alpha):
                return False
        return False

    def _owner_after_name(self, doc: Doc, person: Span, role: Role, place_at: dict) -> bool:
        """Right after the titled name, "of" or "at" [the] and a title's owner (:meth:`_title_owner`), or after "of" a
        capitalised run no place that names a club or a firm (:meth:`_organisation_run`): "President X of Kestrel
        University", "Chancellor X of the University of Zembla", "President X of Atletico Velmar" hold the
        organisation's post; "President X of Peru" the country's."""
        k = person.end
        if k + 1 >= len(doc) or doc[k].lower_ not in _OWNER_OPENERS:
            return False
        opener, k = doc[k].lower_, k + 1
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
        if any(o.start == k and self._title_owner(o) for o in mentions(doc, "ORG")):
            return True
        if opener != "of" or ("start", k) in place_at or k in self._demonym_start:
            return False
        run = self._unknown_place(doc, k)
        return run is not None and self._organisation_run(doc, k, run, role)

    def _party_member(self, doc: Doc, i: int, role: Role) -> bool:
        """``doc[i]``, right before a legislator's role word (roles.jsonl ``member``), is a party's noun
        (``org_nouns.tsv`` ``party``): "ruling party MP X", "opposition party lawmaker X" sit in the country's
        legislature for the party (a body has no members of parliament of its own; "party president X" stays the party's
        post)."""
        return role.member and doc[i].lower_ in self.res.party_nouns

    def _party_pick(self, doc: Doc, i: int, end: int, form: str) -> bool:
        """``doc[i]``, right before a country's role adjective ending at ``end``, is a party's noun (``org_nouns.tsv``
        ``party``) and one a party puts up follows (race_nouns.tsv ``party_pick``): "the ruling party's presidential
        candidate", "opposition coalition presidential nominee X" run for the country's office, the party's pick
        for it; "the party's presidential election" stays the party's own (a leadership vote)."""
        return form == "adjective" and doc[i].lower_ in self.res.party_nouns and end < len(doc) \
            and doc[end].lower_ in self._party_picks

    def _party_pick_for(self, doc: Doc, i: int, orgs: list[Span]) -> int | None:
        """Where the name of a party of one country ends before "<candidacy noun> for" ending at ``doc[i]``
        (race_nouns.tsv ``party_pick``): "the CDU's candidate for chancellor"; None without those words, or where the
        party's name is many countries' ("the Labour Party's candidate for prime minister": the story's places
        tell which)."""
        k = self._party_pick_end(doc, i, orgs)
        return k if k is not None and len(self._party_countries(next(o for o in orgs if o.end == k))) == 1 else None

    def _party_pick_end(self, doc: Doc, i: int, orgs: list[Span]) -> int | None:
        """Where the name of any party ends before "<candidacy noun> for" ending at ``doc[i]`` (race_nouns.tsv
        ``party_pick``): "the Democratic candidate for president", "the CDU's candidate for chancellor"."""
        if i < 1 or doc[i].lower_ != "for" or doc[i - 1].lower_ not in self._party_picks:
            return None
        k = i - 1
        if k >= 1 and doc[k - 1].text in _POSSESSIVE:
            k -= 1
        return k if any(o.end == k for o in orgs) else None

    def _organisation_head_after(self, doc: Doc, k: int) -> bool:
        """After a role's "of [the]" at ``k``: an organisation written in lower case (``org_heads.tsv``), past a
        determiner (:data:`_DETERMINERS_AFTER_OF`) and the words describing it, demonyms among them, at most
        :data:`MAX_ORG_WORDS_AFTER_OF` words in all: "president of the national Zemblan speed skating association",
        "president of that organization" hold the organisation's office, not the story's country's."""
        if k < len(doc) and doc[k].lower_ in _DETERMINERS_AFTER_OF:
            k += 1
        for j in range(k, min(k + MAX_ORG_WORDS_AFTER_OF, len(doc))):
            t = doc[j]
            if t.is_lower and t.lower_ in self._org_heads:
                return True
            if not (t.is_alpha and t.is_lower or t.text in HYPHENS or t.text in _POSSESSIVE
                    or any(d.start <= j < d.end for d in self._demonym_spans)):
                return False
        return False

    @staticmethod
    def _department_at(doc: Doc, k: int) -> bool:
        """Right after the role at ``k``: "of" or "for", lower-case words with no determiner (a department, not a
        place: at most :data:`MAX_DEPARTMENT_WORDS`), then "at" and a capitalised word: "vice president of business
        development at Acme", "senior vice president for space and launch at Velmar Aerospace" name a firm's post,
        no country's ("president of the country at the time" has its article; "president for life" no "at")."""
        if k >= len(doc) or doc[k].lower_ not in _DEPARTMENT_OPENERS:
            return False
        j, words = k + 1, 0
        while j < len(doc) and words < MAX_DEPARTMENT_WORDS:
            t = doc[j]
            if t.is_alpha and t.is_lower and not t.is_stop:
                words += 1
            elif not (words and t.lower_ in _JOINERS):
                break
            j += 1
        return words > 0 and j + 1 < len(doc) and doc[j].lower_ == "at" and doc[j + 1].text[:1].isupper()

    def _numbered_unit_before(self, doc: Doc, i: int, end: int) -> bool:
        """A capitalised word and a cardinal end right at ``i`` before a role that titles a name ("Local 150 president
        X"): a numbered unit of an organisation (a union local, a chapter, a lodge); no country's name ends in a
        number. A date before a race's adjective is no unit ("the August 12 presidential election")."""
        return doc[i].like_num and doc[i].text[:1].isdigit() and not doc[i].is_alpha and doc[i - 1].text[:1].isupper() \
            and doc[i - 1].is_alpha and self._person_at.get(end) is not None

    def _unknown_name_before(self, doc: Doc, i: int) -> bool:
        """``doc[i]``, right before the title of a country's office that titles a name, is a capitalised word that
        no place, demonym or party took, no stop word and no word of ``non_names.tsv`` ("Republican", "Acting"),
        and that starts no sentence unless it is a plural (a team's or a club's: "Comets president X told
        reporters"; a capitalised adjective may start one, "Embattled president X"): a company's or body's name
        ("Velmar Air President Ana Ruiz", "CPUC President X"), as a country the KB does not know is rare."""
        t = doc[i]
        return t.text[:1].isupper() and (t.is_alpha or t.text.isupper()) \
            and (not t.is_sent_start or _plural_name(t.text)) \
            and not t.is_stop and not self.res.is_non_name(t.text) and t.lower_ not in self._skip_left \
            and not (i >= 1 and doc[i - 1].text in HYPHENS)

    def _institution_before(self, end: int) -> bool:
        """An organisation named "<head> of <name>", or with an institution's head, ends at ``end``, right before
        the role: "the Bank of Japan governor", "University of Zembla president", "Zembla Teachers Association
        President X" hold the institution's office, not its place's."""
        return any(any(t.lower_ == "of" for t in o[1:-1]) or self._institution(o) for o in self._orgs_by_end.get(end, ()))

    def _past_lower_head(self, doc: Doc, i: int) -> int:
        """The end of an office written "of" a place at ``i``, the place's end: past a lower-case administrative head
        right after the name (place_heads.tsv levels) that ends the phrase, "the president of the Zembla region,",
        "governor of Kestrel province said" (the office is the place's, the head only says what the place is); not
        a head that a lower-case word follows, another noun's modifier ("the governor of Ohio state budget"), unless
        a function word or a verb's form (headline_verbs.tsv): "the governor of Kestrel province resigned"."""
        if i >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in self._head_levels:
            return i
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.is_lower and not nxt.is_stop \
                and nxt.lower_ not in self.res.headline_verbs:
            return i
        return i + 1

    def _division_before(self, doc: Doc, i: int, role: Role, place_at: dict
                         ) -> tuple[Jurisdiction | None, int] | None:
        """A first-level division the KB knows (a reading of the name or demonym ending at ``doc[i]`` is a state
        or a province, none is a country) before the title of an ``appointed`` country's office ("Ontario Health
        Minister", "British Columbia's Health Minister", "Bavarian Interior Minister"): (the division's own office
        where its country's divisions hold one of the role's title, roles.jsonl ``state_titled``, else None; the
        start of the division's name). The nation's minister is never written so; None where no such division stands."""
        if i < 0 or not role.appointed or role.level != "country":
            return None
        found = place_at.get(i + 1)
        entities = self.kb.lookup("GPE", found.text) if found is not None else []
        if found is None and (i + 1) in self._demonym_at:
            found = self._demonym_at[i + 1]
            entities = self.kb.demonym(found.text)
        states = [e for e in entities if e.type == "state"]
        if found is None or not states or any(_LEVEL_RANK.get(e.type, 0) > _LEVEL_RANK["state"] for e in entities):
            return None  # "Georgia Health Minister": a country's name too; a city ("Quebec") has no such minister
        for entity in states:
            country = self.kb.at_level(entity, "country")
            if country is not None and country.name in role.state_titled:
                return Jurisdiction(entity.name, entity), found.start
        return None, found.start

    def _shared_division(self, doc: Doc, start: int, role: Role, place_at: dict
                         ) -> tuple[Jurisdiction | None, int] | None:
        """:meth:`_division_before` for a title joined by "and" to a titled name the division's possessive or name
        opens ("British Columbia's deputy health officer Y and Health Minister X", "Ontario Premier Y and Health
        Minister X"): one division owns both, where it holds such an office ("Texas Governor Y and Agriculture
        Secretary X" may be the nation's: no state has one, the reading is left alone). The words between are read as
        the first name's title: words, no punctuation, at most :data:`MAX_SHARED_DIVISION_WORDS`; "and federal Health
        Minister X" is the nation's (no word may part "and" from the title). No tagger has run at this stage, so a
        clause's verb among them is not seen (a GAP row of test_subnat37_leads)."""
        if start < 2 or doc[start - 1].lower_ not in _JOINERS or (person := self._person_ending(start - 1)) is None:
            return None
        for k in range(person.start - 1, max(-1, person.start - 2 - MAX_SHARED_DIVISION_WORDS), -1):
            if (k + 1) in place_at or (k + 1) in self._demonym_at:
                found = self._division_before(doc, k, role, place_at)
                return (found[0], start) if found is not None and found[0] is not None else None
            word = doc[k]
            if word.text in _POSSESSIVE:
                continue
            if not word.is_alpha or word.lower_ in _JOINERS:
                return None
        return None

    def _division_of_its_own(self, place: Span, role: Role) -> Jurisdiction | None:
        """A country's office written "of" a place the KB knows only as first-level divisions: the division's
        own office ("President of Piedmont", "President of Andalusia"), not its country's, which the
        division's name never stands for."""
        known = self.kb.lookup("GPE", place.text)
        if role.level != "country" or not known or any(e.type != "state" for e in known):
            return None
        return Jurisdiction(known[0].name, None)

    def _subnational(self, doc: Doc, i: int, end: int, role: Role, place_at: dict
                     ) -> tuple[int, tuple[Jurisdiction, int] | None] | None:
        """A word of office_words.tsv ``subnational`` at ``doc[i]`` before a head's title ("regional", "state",
        "provincial"): (the index left of it and its possessive, the region it names with the start of its name or
        demonym, or None where none stands before it or a body follows "of" the role). None where the word is no such
        modifier: a legislator's ("state senator": its own roles), or one after a place the KB knows below a state
        ("Kano state governor": the place's head, :meth:`_name_before_lower_head`), or no head's title follows."""
        if i < 1 or doc[i].lower_ not in self._subnational_words or not doc[i].is_lower or role.member \
                or role.level not in _SUBNATIONAL_HEAD_LEVELS or doc[i + 1].text in _POSSESSIVE:
            return None  # "the state's president": the anaphor's reading
        k = i - 1
        if doc[k].text in _POSSESSIVE:
            k -= 1
        found = place_at.get(k + 1)
        entities = self.kb.lookup("GPE", found.text) if found is not None else []
        named = found is not None
        if found is None and (k + 1) in self._demonym_at:
            found = self._demonym_at[k + 1]
            entities = self.kb.demonym(found.text)
        regions = [e for e in entities if e.type in _SUBNATIONAL_HEAD_TYPES]
        if found is not None and entities and not regions:
            if role.level != "country" or named or any(_LEVEL_RANK.get(e.type, 0) < _LEVEL_RANK["state"]
                                                       for e in entities):
                # "Kano state governor": a city's state, named by its head word; "Iraqi Kurdistan's regional
                # president": an autonomous region the KB keeps as a country, whose own office it is
                return None
            return k, None  # "French regional president X": a region of the country the text does not name
        if regions and not (end < len(doc) and doc[end].lower_ == "of"):
            return k, (Jurisdiction(regions[0].name, None), found.start)
        return (k, None) if role.level == "country" else None

    def _lower_unit(self, place: Span, role: Role) -> bool:
        """``place`` ends in a subdivision noun of a level below the role's ("Maricopa County", "Velmar District"
        before "presidential") and the KB knows no place of that name at the role's level: a part of the
        role's place, which holds no such office ("a county has no president")."""
        level = self._place_anaphors.get(place[-1].lower_) or self._head_levels.get(place[-1].lower_)
        if level not in _LEVEL_RANK or role.level not in _LEVEL_RANK or _LEVEL_RANK[level] >= _LEVEL_RANK[role.level]:
            return False
        return not any(self._fits(e, role) is not None for e in self.kb.lookup("GPE", place.text))

    def _state_member(self, place: Span, role: Role) -> bool:
        """A role with ``state_before`` written right after a place the KB knows only as a state of one of those
        countries ("California lawmaker", "Calif. legislators"): the state's legislator. A name the KB also knows as
        a city or a country ("Washington lawmakers", "Georgia") is left to the role's own reading."""
        if not role.state_before:
            return False
        entities = self.kb.lookup("GPE", place.text)
        if not entities or any(e.type != "state" for e in entities):
            return False
        country = self.kb.at_level(entities[0], "country")
        return country is not None and country.name in role.state_before

    def _unit_noun_after(self, doc: Doc, place: Span, role: Role) -> bool:
        """A lower-case unit noun of the role's level or below right after ``place`` (place_anaphors.tsv: "the
        Connecticut city", "the Ohio town"): the place is that unit's modifier, the unit its holder's place."""
        word = doc[place.end] if place.end < len(doc) else None
        level = self._place_anaphors.get(word.lower_) if word is not None and word.is_lower else None
        return level is not None and role.level in _LEVEL_RANK and _LEVEL_RANK[level] <= _LEVEL_RANK[role.level]

    def _above_level(self, place: Span, role: Role) -> bool:
        """For a role of a level in :data:`_NAMED_BY_LOWER_PLACE_ONLY`: the KB knows ``place`` (a name or a
        demonym) only as places above the role's level, none of which walks to it. Illinois (a state)
        before "Mayor" names no city ("the Zemblan mayor of Velmar", "Velmar, Kestrel Mayor")."""
        if role.level not in _NAMED_BY_LOWER_PLACE_ONLY:
            return False
        rank = _LEVEL_RANK[role.level]
        entities = self.kb.lookup("GPE", place.text) or self.kb.demonym(place.text)
        if not entities:
            return False
        return all(_LEVEL_RANK.get(e.type, 0) > rank and self._fits(e, role) is None for e in entities)

    def _region_name(self, place: Span, role: Role) -> bool:
        """``place`` is a name the KB does not know that ends in a capitalised administrative head of the role's
        level ("Kursk Oblast", "Velmar Province" for a governor)."""
        last = place[-1]
        return len(place) >= 2 and last.text[:1].isupper() and self._head_levels.get(last.lower_) == role.level

    def _city_of_region(self, doc: Doc, place: Span, role: Role) -> Span | None:
        """The KB city inside a region's name of a city and its administrative head ("Kursk Oblast"), when the
        head is of another level than the role's (a mayor's is the city's); None otherwise."""
        if len(place) < 2 or self._head_levels.get(doc[place.end - 1].lower_) in (None, role.level):
            return None
        city = doc[place.start:place.end - 1]
        known = self.kb.lookup("GPE", city.text)
        return city if known and all(e.type == "city" for e in known) else None

    def _head_of(self, doc: Doc, place: Span, role: Role) -> bool:
        """The token after ``place`` is a capitalised administrative head of the role's level ("Oblast",
        "Province": ``place_heads.tsv`` levels) that ends the name of a place of that level: "Luhansk Oblast"
        (the KB's Luhansk is a city), never "the U.S. State of ..." (a country is no part of a state's name)."""
        i = place.end
        if i >= len(doc) or not doc[i].text[:1].isupper() or self._head_levels.get(doc[i].lower_) != role.level:
            return False
        return not any(_LEVEL_RANK.get(e.type, 0) > _LEVEL_RANK[role.level] for e in self.kb.lookup("GPE", place.text))

    def _name_before_lower_head(self, doc: Doc, i: int, end: int, role: Role, place_at: dict) -> int | None:
        """The start of a place's name before ``doc[i]``, a lower-case administrative head of the role's level
        (place_heads.tsv: "state", "province"), right before the title of a role that titles a name: "Kano state
        governor Ana Ruiz" (the KB's Kano is a city), "Al-Qadarif state governor X" (a run the KB does not know, as
        in :meth:`_unknown_place_before`, hyphens inside). Not a place the KB knows at the role's level or above
        ("the Ohio state governor": Ohio's own, read as before)."""
        head = doc[i]
        if not head.is_lower or self._head_levels.get(head.lower_) != role.level or self._titled(doc, end, role) is None:
            return None
        place = place_at.get(i)
        if place is not None:
            known = self.kb.lookup("GPE", place.text)
            if any(_LEVEL_RANK.get(e.type, 0) >= _LEVEL_RANK[role.level] for e in known):
                return None
            return place.start
        j = i - 1
        while j >= 0 and i - j <= MAX_UNKNOWN_PLACE_TOKENS + 1 and j not in self._named and (
                doc[j].text[:1].isupper() and doc[j].is_alpha and not doc[j].is_stop
                and not self.res.is_non_name(doc[j].text) and doc[j].lower_ not in self._org_heads
                or doc[j].text in HYPHENS and j >= 1 and doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper()):
            j -= 1
        if j == i - 1 or doc[j + 1].text in HYPHENS or (
                j >= 0 and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].lower_ not in self._qualifier):
            return None  # no run, or a longer capitalised run than a place's name (a qualifier aside: "Former")
        if any(d.start <= k < d.end for d in self._demonym_spans for k in range(j + 1, i)):
            return None
        return j + 1

    def _own_country_after_of(self, doc: Doc, k: int, role: Role) -> bool:
        """``doc[k]``, after a country's role's "of the", is a capitalised word that names a country by its form of
        state alone (office_words.tsv ``own_country``: "President of the Republic", "the Presidency of the Republic",
        translated news' name for the head of state): the story's own country, not a place of that name; "of the
        Republic of X" names X."""
        return role.level == "country" and k >= 1 and doc[k - 1].lower_ == "the" and k < len(doc) \
            and doc[k].text[:1].isupper() and doc[k].lower_ in self._own_country_words \
            and not (k + 1 < len(doc) and (doc[k + 1].lower_ == "of" or doc[k + 1].text[:1].isupper()))

    def _unknown_place(self, doc: Doc, k: int) -> int | None:
        """The end of a capitalised run from ``k`` that no person or organisation takes, of at most
        :data:`MAX_UNKNOWN_PLACE_TOKENS` words: a place the knowledge base does not know ("Somaliland")."""
        j = k
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j not in self._named:
            j += 1
        return j if k < j and j - k <= MAX_UNKNOWN_PLACE_TOKENS else None

    def _institution_name(self, doc: Doc, k: int, run: int) -> bool:
        """The capitalised run ``doc[k:run]`` after "of" names an institution, not a place the KB does not
        know: a word of it is an organisation's head or its plural (org_heads.tsv: "Bank", "Programs"), or "the" stands
        before it and no word of it makes a place name take "the" (definite_places.tsv: "Republic",
        "Islands"): "president of the Trade Partnership", "vice president of the Zembla Bank", while
        "president of Somaliland" and "president of the Kestrel Republic" name places."""
        words = [t.lower_ for t in doc[k:run]]
        if any(w in self._org_heads or (w.endswith("s") and w[:-1] in self._org_heads) for w in words):
            return True
        return k >= 1 and doc[k - 1].lower_ == "the" and not any(fold(w) in self.definite for w in words)

    def _organisation_run(self, doc: Doc, k: int, run: int, role: Role) -> bool:
        """The capitalised run ``doc[k:run]`` after "of", no place the KB knows, names a club, a company or a
        federation, not an unknown state: an acronym ("vice-president of FIFA": the countries written in capitals, UK
        or UAE, are the KB's), or, after a country's office, a name of two words or more that neither starts with a
        compass word (non_names.tsv ``direction``) nor holds a word that makes a place take "the"
        (definite_places.tsv): "resigns as president of Dynamo Kestrel", "president of Kestrel United"; not
        "President of North Kestrel", "of the Kestrel Republic". Every country is in the KB (a de facto state as
        well), so a country's office of a longer name it does not know is nearly always a sports club's or a firm's
        post; a mayor's town of two words stays a town ("Mayor of Port Velmar")."""
        words = doc[k:run]
        if all(t.text.isupper() and len(t.text) > 1 for t in words):
            return True
        return role.level == "country" and len(words) > 1 and word_key(words[0].text) not in self.res.directions \
            and not any(fold(t.lower_) in self.definite for t in words)

    def _unknown_place_before(self, doc: Doc, i: int, role: Role) -> int | None:
        """The start of a capitalised run ending at ``i`` that names a place the knowledge base does not
        know, right before a title that titles a name ("former Zembla governor Ana Ruiz"): at most
        :data:`MAX_UNKNOWN_PLACE_TOKENS` words, none a name, a demonym, a stop word, an organisation's
        head ("Reserve Bank governor") or a word never in a name (non_names.tsv: "Republican",
        "Regional", "Deputy"), though it may end in an administrative head of the role's level ("Oblast")."""
        j = i
        if i >= 1 and doc[i].text[:1].isupper() and self._head_levels.get(doc[i].lower_) == role.level:
            j -= 1  # "Zembla Oblast governor": the head is part of the place's name
        while j >= 0 and i - j < MAX_UNKNOWN_PLACE_TOKENS and doc[j].text[:1].isupper() and doc[j].is_alpha \
                and not doc[j].is_stop and j not in self._named and not self.res.is_non_name(doc[j].text) \
                and doc[j].lower_ not in self._org_heads:
            j -= 1
        if j == i or doc[j + 1].lower_ in self._head_levels or (j >= 0 and doc[j].text[:1].isupper()
                                                                and doc[j].is_alpha):
            return None  # no run, or a longer capitalised run than a place name: a title or a name
        if any(d.start <= k < d.end for d in self._demonym_spans for k in range(j + 1, i + 1)):
            return None
        return j + 1

    def _subdivision(self, doc: Doc, k: int, role: Role, place_at: dict) -> tuple[Jurisdiction, int] | None:
        """(jurisdiction, end) of "<subdivision> of <place>" from token ``k`` (after "of the"), where a
        country or demonym and a few lower-case words may stand before the subdivision's noun (a place
        anaphor or an administrative head: "the state of Zembla", "the US state of Montana",
        "the Ukrainian region of Odesa", "the Ruritanian breakaway state of X", "the town of Santa Ana
        Huista"). The whole capitalised run after "of" is the name, even where the KB knows a shorter one."""
        j = self._past_lower_modifiers(doc, k)  # "the northern Ruritanian state of X": a direction before the country
        lead = place_at.get(("start", j)) or self._demonym_start.get(j)
        j = self._past_lower_modifiers(doc, lead.end if lead is not None else k)  # "breakaway" of "breakaway state"
        if j + 2 >= len(doc) or doc[j].lower_ not in self._subdivisions or doc[j + 1].lower_ != "of":
            return None
        target = j + 2
        place = place_at.get(("start", target))
        run = self._unknown_place(doc, target)
        if place is not None and (run is None or run <= place.end):
            return self._place(place.text, role), place.end
        if run is not None:
            return Jurisdiction(doc[target:run].text, None), run
        return None

    def _past_lower_modifiers(self, doc: Doc, k: int) -> int:
        """Past at most :data:`MAX_SUBDIVISION_MODIFIERS` lower-case words at ``k`` that are no subdivision's noun."""
        j = k
        while j < len(doc) and j - k < MAX_SUBDIVISION_MODIFIERS and doc[j].is_alpha and doc[j].is_lower \
                and doc[j].lower_ not in self._subdivisions:
            j += 1
        return j

    def _in_subdivision(self, doc: Doc, k: int, place_at: dict) -> bool:
        """"in [the] <country or demonym> <subdivision> of <place>" from token ``k``, right after a country's role
        that titles no name: "Leader of the Opposition in the Ruritanian state of Kestrel", "lawmakers in the U.S.
        state of Kestrel" name a state's office, not the country's. A place alone after "in" may be where a national
        office's holders sit or come from ("MPs in Scotland" are the United Kingdom's): it tells nothing."""
        if k >= len(doc) or doc[k].lower_ != "in" or self._country_role is None:
            return False
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        return self._subdivision(doc, k, self._country_role, place_at) is not None

    def _state_titled(self, doc: Doc, k: int, role: Role, place_at: dict) -> tuple[Jurisdiction, int] | None:
        """(the state, end) of "in [the] <country> state of <place>" from token ``k`` where the KB's state is of a
        country of the role's ``state_titled``, whose states hold an office of the role's own title ("Leader of
        the Opposition in the Australian state of Queensland"); None elsewhere (a state the KB does not know, a
        country whose states have no such office)."""
        if not role.state_titled:
            return None
        k += 2 if k + 1 < len(doc) and doc[k + 1].lower_ == "the" else 1
        found = self._subdivision(doc, k, role, place_at)
        if found is None:
            return None
        _, end = found
        place = place_at.get(end)
        for entity in self.kb.lookup("GPE", place.text) if place is not None else ():
            country = self.kb.at_level(entity, "country")
            if entity.type == "state" and country is not None and country.name in role.state_titled:
                return Jurisdiction(entity.name, entity), end
        return None

    def _possessed_place(self, doc: Doc, k: int, role: Role, place_at: dict) -> tuple[Jurisdiction, int] | None:
        """(jurisdiction, end) of "<country>'s <place>" from token ``k`` (after "of [the]"), for a role
        below a country's level: "governor of Zembla's Kestrel region", "the country's Kestrel State",
        "Zembla's North Kestrel Autonomous Region". The place is a known place or a capitalised run the
        KB does not know, of at most :data:`MAX_UNKNOWN_PLACE_TOKENS` words before an administrative
        head; a lower-case subdivision noun after it ("region") belongs to the office's words."""
        if _LEVEL_RANK.get(role.level, 0) >= _LEVEL_RANK["country"]:
            return None
        owner = place_at.get(("start", k))
        if owner is not None:
            if not any(e.type == "country" for e in self.kb.lookup("GPE", owner.text)):
                return None
            j = owner.end
        elif k < len(doc) and self._place_anaphors.get(doc[k].lower_) == "country" and doc[k - 1].lower_ == "the":
            j = k + 1  # "of the country's Kestrel State"
        else:
            return None
        if j + 1 >= len(doc) or doc[j].text not in _POSSESSIVE:
            return None
        j += 1
        place = place_at.get(("start", j))
        run = j
        while run < len(doc) and doc[run].text[:1].isupper() and doc[run].is_alpha and run not in self._named \
                and (run - j < MAX_UNKNOWN_PLACE_TOKENS or doc[run].lower_ in self._head_levels):
            run += 1
        if place is not None and run <= place.end:
            jur, end = self._place(place.text, role), place.end
        elif run > j and not (run < len(doc) and doc[run].text[:1].isupper() and doc[run].is_alpha):
            jur, end = Jurisdiction(doc[j:run].text, None), run
        else:
            return None
        if end < len(doc) and doc[end].is_lower and doc[end].lower_ in self._subdivisions:
            end += 1  # "Zembla's Kestrel region"
        return jur, end

    def _after_name(self, doc: Doc, person: Span, role: Role, place_at: dict) -> Jurisdiction | None:
        """The place after "of" right after the titled name: "Mayor Ana Ruiz of Lyon" (a place the KB may
        not know, named as such), "Gov. Ana Ruiz of Ohio"; never a party or a person ("of the Green Party", "of
        ZPK"); or the country of a party's letter and state set off after it (the role's ``party_tags``: "Sen. Ana
        Ruiz, D-Mass.")."""
        k = person.end
        if role.party_tags and k + 3 < len(doc) and doc[k].text in _TAG_OPENERS and doc[k + 2].text in HYPHENS \
                and doc[k + 3].text[:1].isupper() and (country := dict(role.party_tags).get(doc[k + 1].text)):
            return self._place(country, role)  # "Sen. Ana Ruiz, D-Mass.,", "Rep. Ana Ruiz (R-TX)": the party's country
        if k + 1 >= len(doc) or doc[k].lower_ != "of":
            return None
        # "Governor Ana Ruiz of the northern state of Kestrel": a subdivision's office (a country's, "President X of
        # the state of Kestrel", is no such subdivision's)
        inner = self._subdivision(doc, k + 1 + (doc[k + 1].lower_ == "the"), role, place_at) \
            if role.level in _SUBDIVISION_LEVELS else None
        if inner is not None:
            return inner[0]
        place = place_at.get(("start", k + 1))
        if place is not None:
            return self._place(place.text, role)
        if k + 1 in self._demonym_start:
            return None
        run = self._unknown_place(doc, k + 1)
        if run == k + 2 and is_capital_abbreviation(doc[k + 1]):
            return None  # "councillor Ana Ruiz of ZPK": an acronym the KB does not know as a place is her party's
        return Jurisdiction(doc[k + 1:run].text, None) if run is not None else None

    @staticmethod
    def _story_body(org: Span, role: Role) -> bool:
        """The organisation is one of the role's ``story_bodies`` ("the U.S. Supreme Court" of a justice)."""
        name = org.text.lower()
        return any(body in name for body in role.story_bodies)

    def _story_body_place(self, doc: Doc, role: Role, place_at: dict) -> Jurisdiction | None:
        """The one place the story writes before a body of the role's ``story_bodies`` ("Alabama's Supreme Court",
        "the U.S. Supreme Court") or after "<body> of" ("the Supreme Court of Pakistan"); none where it names the
        bodies of two places, or none."""
        lowers = token_lowers(doc)
        found: dict[str, Jurisdiction] = {}
        for body in role.story_bodies:
            words = body.split()
            n = len(words)
            for i in range(len(doc) - n + 1):
                if lowers[i:i + n] != words:
                    continue
                j = i - 1 if i >= 1 and doc[i - 1].text in _POSSESSIVE else i
                place = place_at.get(j)
                k = i + n + 1
                if place is None and i + n < len(doc) and lowers[i + n] == "of":
                    k += k < len(doc) and lowers[k] == "the"
                    place = place_at.get(("start", k))
                if place is not None:
                    jur = self._place(place.text, role)
                    found[jur.name] = jur
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _story_may_place(doc: Doc, span: Span, role: Role, naming: Span | None) -> bool:
        """The story's places may place the office (roles.jsonl ``story_place``): any role's, but a monarch's only
        where the title is written capitalised before a name ("King Abdullah" in a story on Jordan; "the king of
        clay" in one on Spain is no king's), and a title that is also a first name ("Sultan", "Emir") never."""
        if role.story_place == "titled":
            return naming is not None and doc[span.start].text[:1].isupper()
        return role.story_place in ("any", "nearest", "single")

    def _visited(self, doc: Doc, role: Role, places) -> bool:
        """A story's place is right after a word of the role's ``abroad_before`` ("Foreign Minister X, visiting
        Ruritania"), or a country's anaphor is ("Foreign Minister X's mission to the secretive Stalinist state" in a
        story on Zembla): a country its holder is away in, so the story's places do not tell the holder's own."""
        for p in places:
            for cue in role.abroad_before:
                n = cue.count(" ") + 1
                if p.start >= n and doc[p.start - n:p.start].text.lower() == cue:
                    return True
        lowers = token_lowers(doc)
        for cue in role.abroad_before:
            words = cue.split()
            for i in range(len(lowers) - len(words)):
                if lowers[i:i + len(words)] != words or lowers[i + len(words)] != "the":
                    continue
                for k in range(i + len(words) + 1, min(len(doc), i + len(words) + 2 + MAX_VISITED_MODIFIERS)):
                    if doc[k].is_punct:
                        break
                    if self._place_anaphors.get(lowers[k]) in _VISITED_LEVELS:
                        return True
        return False

    def _story_countries(self, places) -> set[str]:
        """The countries the story's places and demonyms name (outside longer names), for a role placed only by a
        story of one country (``story_place`` single). Read once per document."""
        if self._countries_named is None:
            named = [self.kb.lookup("GPE", p.text) for p in places if (p.start, p.end) not in self._in_names]
            named += [self.kb.demonym(d.text) for d in self._demonym_spans if not self._in_name(d.doc, d)]
            self._countries_named = set()
            for entities in named:  # a name's first reading that lies in a country, as _context reads it
                country = next((c for e in entities if (c := self.kb.at_level(e, "country")) is not None), None)
                if country is not None:
                    self._countries_named.add(country.name)
        return self._countries_named

    def _nearest(self, doc: Doc, span: Span, role: Role, places, anaphor_level, orgs) -> Jurisdiction | None:
        """For a role placed by the story's ``nearest`` place: the place the story's places give the role where
        every country counts (``present_in`` and ``absent_in`` aside), else, in a story that names no place, the one
        country of its organisations named in full (not by a party's adjective: "Conservative" is many countries');
        none where the office does not exist there. The nearest country of an opposition leader's story is his
        ("Togolese police arrest opposition leader X ... talks in London" names no British office)."""
        anywhere = replace(role, present_in=(), absent_in=())
        nearest = self._context(doc, span, anywhere, places, anaphor_level)
        if nearest is None:
            nearest = self._org_country([o for o in orgs if o._.rule != SHORT_PARTY_RULE])
        fit = self._fits(nearest.entity, role) if nearest is not None and nearest.entity is not None else None
        return Jurisdiction(fit.name, fit) if fit is not None else None

    def _other_holders_place(self, doc: Doc, start: int, person: Span, role: Role) -> bool:
        """The place or demonym at ``start`` stands right before (or before "'s" and) a title of the same country
        office that names another person than ``person`` ("Russian President X ... President-elect Y", "Zembla's
        President X ... President Y"): it tells X's country, not Y's; the same person's ("Chinese President X Y ...
        President Y", a word of the name shared, "President Hu") is his."""
        end = next((p.end for p in self._places if p.start == start), None)
        if end is None and start in self._demonym_start:
            end = self._demonym_start[start].end
        if end is None:
            return False
        if end < len(doc) and doc[end].text in _POSSESSIVE:
            end += 1
        for office, roles in self._country_titles:
            if office[0] != end or role.id not in roles:
                continue  # "Italian Prime Minister X hands his resignation to President Y": one country's two offices
            other = self._person_at.get(office[1])
            if other is not None and other.start != person.start \
                    and not {t.lower_ for t in other} & {t.lower_ for t in person}:
                return True
        return False

    def _titled(self, doc: Doc, end: int, role: Role) -> Span | None:
        """The person a titling role stands right before ("Sen. Anna Jones"), if any."""
        if not role.titles or role.level == "none":
            return None
        return self._person_at.get(end)

    def _apposed_person(self, doc: Doc, end: int, role: Role) -> Span | None:
        """The person set off by commas right after a role of a place ("the country's President, Ana Ruiz, said"),
        if any: whom the role names, though not as a title."""
        person = self._person_at.get(end + 1) if role.level != "none" and end < len(doc) and doc[end].text == "," \
            else None
        if person is None or (person.end < len(doc) and doc[person.end].text not in _APPOSITION_ENDS):
            return None
        return person

    def _names_person(self, end: int, role: Role) -> Span | None:
        """The person a role of a place stands right before ("Home Secretary Ana Ruiz"), if any."""
        return None if role.level == "none" else self._person_at.get(end)

    def _party_country(self, unplaced: list[tuple[Span, Role]], orgs: list[Span]) -> list[Span]:
        """A country's office that titles a name and that neither the text, the KB nor another office of its
        role places takes the one country of the story's organisations, as a titling role's does in
        :meth:`_office`: "Home Secretary Ana Ruiz ... Conservative members" (a story names its country's
        parties)."""
        out = []
        jur = self._org_country(orgs) if any(role.level == "country" for _, role in unplaced) else None
        for office, role in unplaced:
            if role.level != "country" or role.story_place in ("never", "nearest"):
                # "Sultan Ana Ruiz ... the Zembla First party": a first name, maybe; "Conservative opposition leader
                # X" in a story on Zembla: the story's place alone places an office few countries have
                continue
            if jur is not None and not self._no_chamber(jur, role):
                office._.entity = canonical_office(role, jur.name, self.definite)
                office._.jurisdiction = jur.name
                out.append(office)
        return out

    def _told_country_members(self, spans: list[Span]) -> None:
        """A legislature's member titled before a name ("Sen. Ana Ruiz") that neither the text, the KB nor the
        story's parties place is of the one country the story's other country offices name by their own words
        or the KB ("President Tomas Brevik [KB: of Zembla] and Sen. Ana Ruiz": Zembla's senate), where that
        country has the chamber; offices of two countries, or placed by the story's places alone, tell nothing."""
        bare = [o for o in spans if o._.bare and self.roles[o._.role].chamber and o.end in self._person_at
                and (o.start, o.end) not in self._untold]  # "US Trade Representative X": an agency's office
        if not bare:
            return
        told = self._one_office_country(spans)
        if told is None:
            return
        country = told.entity
        for office in bare:
            role = self.roles[office._.role]
            if self._fits(country, role) is None:
                continue  # no such chamber there: "President X of Zembla [no senate] and Sen. Y" stays bare
            office._.entity = canonical_office(role, country.name, self.definite)
            office._.jurisdiction, office._.bare = country.name, False

    def _adjective_use(self, doc: Doc, end: int, role: Role, jur: Jurisdiction, titled: Span | None) -> bool:
        """A state role's word that names a country's office only as its ``country_role`` ("premier"), written in
        lower case at a KB country outside ``country_titled`` and followed by another lower-case word that does not
        end its phrase (no verb of saying, headline verb or phrase break): an adjective, "Indonesia's premier
        tourist island", "Australia's premier paceman"; "Italy's premier said" keeps its office."""
        if role.country_role is None or titled is not None or jur.entity is None or jur.entity.type != "country" \
                or jur.name in role.country_titled or not doc[end - 1].is_lower or end >= len(doc):
            return False
        word = doc[end]
        return word.is_alpha and word.is_lower and not self._closes_phrase(word)

    def _national_role(self, doc: Doc, end: int, role: Role, jur: Jurisdiction | None,
                      titled: Span | None) -> Role:
        """The role whose office a state role's word names at ``jur``: its ``country_role`` at a KB country outside
        ``country_titled`` ("Italian Premier X": Prime Minister of Italy), written as a title (capitalised or
        before a name); else the role itself ("Ontario's premier", "Chinese Premier X", and "Zembla's premier
        resort", a lower-case word that may be an adjective)."""
        if role.country_role is None or jur is None or jur.entity is None or jur.entity.type != "country" \
                or jur.name in role.country_titled:
            return role
        word = doc[end - 1]
        return self.roles[role.country_role] if titled is not None or word.text[:1].isupper() else role

    def _held(self, person: Span, role: Role) -> tuple[str, str] | None:
        """(office, jurisdiction) of the role that the KB records for the person, if exactly one: an office the
        role's template writes, or one of its established names ("United States Secretary of State" for
        "Secretary of State X", "Member of the United States Senate" for "Senator X")."""
        templates = (role.template,) + ((self.roles[role.country_role].template,) if role.country_role else ())
        pattern = _template_pattern(templates)
        established = {name: place for place, name in role.names if "{" not in name}
        people = self.kb.lookup("PERSON", person.text)
        if not people and len(person) == 1:
            people = self._by_surname.get(fold(person.text), [])  # "President Putin"
        names = {(held["office"], next(g for g in m.groups() if g), entity.id) for entity in people
                 for held in entity.offices if held.get("office") not in established
                 and (m := pattern.match(held.get("office", "")))}  # an established name is read as such only
        names |= {(held["office"], established[held["office"]], entity.id) for entity in people
                  for held in entity.offices if held.get("office") in established}
        if len({n[2] for n in names}) > 1:
            return None  # two KB people of that name held the role: "Prime Minister Sharif"
        found = {(office, place) for office, place, _ in names}
        return next(iter(found)) if len(found) == 1 else None

    def _fits(self, entity: Entity, role: Role) -> Entity | None:
        """The place at the role's level that contains ``entity``, if any (none where the role does not exist:
        the place, or for a role below a country's level its country, is in ``absent_in``, or out of a
        ``present_in``: no US state has a premier, Iraq no defense secretary); a state role's country of its
        ``country_titled`` is its own ("Voters in Bermuda ... elect their Premier": Premier of Bermuda); a city
        that stands for a division of its name (the KB's ``division``) is a state role's ("Governor of Tokyo")."""
        fit = self.kb.at_level(entity, role.level)
        if fit is None and role.level == _STATE_LEVEL and entity.division is not None:
            fit = entity  # "the Indonesian capital Jakarta ... the governor": the city stands for its province
        if fit is None and role.country_titled and (country := self.kb.at_level(entity, "country")) is not None \
                and country.name in role.country_titled:
            return country
        if fit is None or not (role.absent_in or role.present_in):
            return fit
        if fit.name in role.absent_in:
            return None
        country = self.kb.at_level(fit, "country") if role.level != "country" else fit
        if role.present_in and (country is None or country.name not in role.present_in):
            return None
        return None if country is not None and country.name in role.absent_in else fit

    def _place(self, text: str, role: Role) -> Jurisdiction:
        """An explicit place: its KB entity at the role's level, else the place as written."""
        for entity in self.kb.lookup("GPE", text):
            fit = self._fits(entity, role)
            if fit is not None:
                return Jurisdiction(fit.name, fit)
        known = self.kb.lookup("GPE", text)
        if known:
            return Jurisdiction(known[0].name, known[0])
        return Jurisdiction(text, None)

    def _absent_demonym(self, word: str, role: Role) -> bool:
        """For a role below a country's level, every place of the demonym, or its country, is one where the role
        does not exist (``absent_in``): "Scottish Premier" names no office ("the Scottish Premier League"),
        "Scottish First Minister" does; a country's office stays as written ("Chilean Prime Minister-elect")."""
        if not role.absent_in or role.level == "country":
            return False
        places = self.kb.demonym(word)
        return bool(places) and all(
            e.name in role.absent_in or ((c := self.kb.at_level(e, "country")) is not None and c.name in role.absent_in)
            for e in places)

    def _demonym(self, word: str, role: Role) -> Jurisdiction | None:
        for entity in self.kb.demonym(word):
            fit = self._fits(entity, role) or entity
            return Jurisdiction(fit.name, fit)
        return None

    def _in_name(self, doc: Doc, demonym: Span) -> bool:
        """"Central American Parliament", "the Open Russia group": the demonym is inside a name."""
        if any(i in self._named for i in range(demonym.start, demonym.end)):
            return True
        k = demonym.start - 1
        return k >= 0 and doc[k].is_title and not doc[k].is_sent_start

    def _context(self, doc: Doc, span: Span, role: Role, places, anaphor_level) -> Jurisdiction | None:
        """The sentence's places first, then the document's, then demonyms; walked up to the level.

        Where the story has said it is before the office, nearest first; then what follows. A
        demonym says where as well as a name does ("Belarusian police ... Open Russia activists");
        a place or demonym inside a longer name ("Central American Parliament") counts last. The
        places that fit the role's level are indexed once per document and level, so each office
        is a lookup (``bisect``), not a sort of every place of the document.
        """
        found = self._context_source(doc, span, role, places, anaphor_level)
        return found[0] if found is not None else None

    def _context_source(self, doc: Doc, span: Span, role: Role, places,
                        anaphor_level) -> tuple[Jurisdiction, int] | None:
        """:meth:`_context`'s jurisdiction with the first token of the place or demonym that gave it."""
        index = self._context_index(doc, role, places, anaphor_level is None)
        for inside in (False, True):
            ends, before, after = index[inside]
            i = bisect.bisect_right(ends, span.start)  # candidates [0, i) end at or before the office
            if i and before[i - 1] is not None:
                return before[i - 1][2], -before[i - 1][0]
            if i < len(ends) and after[i] is not None:
                return after[i][2], after[i][0]
        return None

    def _paired_lookups(self, doc: Doc, places) -> list[list[Entity]]:
        """The KB places each of ``places`` may be, where two are written as a pair joined by a comma ("Kent,
        Washington", "Columbus, Georgia"): the first only those inside one the second may be, the second only those
        around one the first may be, the way news writes a town before its state or country (the linker's
        ``_written_beside``). A pair is one place, the first: "Kent, Washington, elects X as mayor" names no mayor
        of Washington, D.C."""
        found = [self.kb.lookup("GPE", p.text) for p in places]
        for n in range(len(places) - 1):
            a, b = places[n], places[n + 1]
            if b.start != a.end + 1 or doc[a.end].text != "," or not found[n] or not found[n + 1]:
                continue
            around = {x.id: x for x in found[n + 1]}
            inner = [e for e in found[n] if any(x.id in around for x in list(self.kb.ancestors(e))[1:])]
            outer = {x.id for e in inner for x in list(self.kb.ancestors(e))[1:]}
            if inner:
                found[n], found[n + 1] = inner, [x for x in found[n + 1] if x.id in outer]
        return found

    def _target_of(self, doc: Doc, start: int, end: int) -> bool:
        """A place or demonym at ``start`` right after a word of office_words.tsv ``target`` ("on", "against",
        "over"), an article between or not, and heading no noun of its own: what something is aimed at or about
        ("strikes on Zembla,"); one before a noun qualifies it ("restrictions on Zembla energy production", "the
        attack on the Zembla Capitol")."""
        k = start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 0 or doc[k].lower_ not in self._target_words:
            return False
        return end >= len(doc) or doc[end].text not in _POSSESSIVE and (
            not doc[end].is_alpha or doc[end].is_lower and self._closes_phrase(doc[end]))

    def _apposed_parent(self, doc: Doc, cand: Span, places) -> bool:
        """Place ``cand`` closes an apposition that describes the place before it as its part, "Abkhazia, a breakaway
        region of Georgia,", "Kestrel, the disputed province of Zembla,": the country it belongs to, never where the
        sentence's office is (the first place, whose own the apposition tells: a breakaway or disputed region elects
        its own president). Only a subdivision's noun (``_subdivisions``) and an article with at most
        :data:`MAX_SUBDIVISION_MODIFIERS` lower-case words lead from the comma to "of"."""
        k = cand.start - 1
        if k < 3 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in self._subdivisions:
            return False
        j, words = k - 2, 0
        while j > 0 and doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in ARTICLES \
                and words < MAX_SUBDIVISION_MODIFIERS:
            j, words = j - 1, words + 1
        if j < 2 or doc[j].lower_ not in ARTICLES or doc[j - 1].text != ",":
            return False
        return any(p.end == j - 1 for p in places)

    def _context_index(self, doc: Doc, role: Role, places, with_demonyms: bool) -> dict:
        """Per ``inside`` (a candidate inside a longer name): the fitting candidates' ends in order,
        the best one ending up to each (latest start, then first listed) and from each on (earliest
        start, then first listed), with the jurisdiction each gives."""
        key = (id(places), role.level, role.absent_in, role.present_in, with_demonyms)
        if key in self._context_indexes:
            return self._context_indexes[key]
        found = [(p, entities, (p.start, p.end) in self._in_names)
                 for p, entities in zip(places, self._paired_lookups(doc, places))]
        if with_demonyms:
            # "an Afghan national", "Zemblan refugees": where people away from home come from, not the story's place
            # (a capitalised word is a name's: "the Scottish National Party")
            found += [(d, self.kb.demonym(d.text), self._in_name(doc, d)) for d in self._demonym_spans
                      if not (d.end < len(doc) and doc[d.end].is_lower and doc[d.end].text in self._abroad_nouns)]
        index: dict = {}
        for inside in (False, True):
            fitting = []
            for order, (cand, entities, flag) in enumerate(found):
                if flag != inside:
                    continue
                if order < len(places) and self._apposed_parent(doc, cand, places):
                    continue  # "Abkhazia, a breakaway region of Georgia, elects a president": Abkhazia's
                if order < len(places) and self._head_of(doc, cand, role):
                    # "Sievierodonetsk, Luhansk Oblast. Governor X": the place with its administrative head
                    fitting.append((cand.end + 1, cand.start, order, Jurisdiction(doc[cand.start:cand.end + 1].text, None)))
                    continue
                if order < len(places) and not entities and self._region_name(cand, role):
                    fitting.append((cand.end, cand.start, order, Jurisdiction(cand.text, None)))  # "Kursk Oblast"
                    continue
                if order < len(places) and not entities and role.level in _NAMED_BY_LOWER_PLACE_ONLY \
                        and get_span_value(cand, "rule") == _TOWN_BEFORE_PLACE_RULE:
                    # "Voters in Jackson, Mississippi, elect X as mayor": a town the KB does not know, written before
                    # its state, is the place of a local office
                    fitting.append((cand.end, cand.start, order, Jurisdiction(cand.text, None)))
                    continue
                for entity in entities:
                    fit = self._fits(entity, role)
                    if fit is not None:
                        fitting.append((cand.end, cand.start, order, Jurisdiction(fit.name, fit)))
                        break
            fitting.sort(key=lambda f: (f[0], f[2]))
            before: list = []
            best = None
            for end, start, order, jur in fitting:
                if best is None or (-start, order) < best[:2]:
                    best = (-start, order, jur)
                before.append(best)
            after: list = [None] * len(fitting)
            best = None
            for k in range(len(fitting) - 1, -1, -1):
                end, start, order, jur = fitting[k]
                # a place named later as what an action or a dispute is aimed at ("PM X's proposed air strikes on
                # Zembla", "the rift over Zembla"): not where the office named before it is
                if (best is None or (start, order) < best[:2]) and not self._target_of(doc, start, end):
                    best = (start, order, jur)
                after[k] = best
            index[inside] = ([f[0] for f in fitting], before, after)
        self._context_indexes[key] = index
        return index


def _head(org: Span) -> str:
    """An organisation's head word, lower-cased: its last word, or the last before "of" ("Bank" of "Federal
    Reserve Bank of New York")."""
    words = [t.lower_ for t in org]
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1] if words else ""


def _seat_parts(doc: Doc, seat: tuple[int, int]) -> list[tuple[int, int]]:
    """The seats a plural cue's run names, one a part between its "and"s ("the seats of Wellingborough and
    Kingswood"); a run with no "and", or with an empty part, is one seat."""
    bounds = [i for i in range(seat[0], seat[1]) if doc[i].lower_ == "and"]
    edges = [seat[0] - 1, *bounds, seat[1]]
    parts = [(a + 1, b) for a, b in zip(edges, edges[1:])]
    return parts if all(b > a for a, b in parts) else [seat]


#: The words that name a seat by its place alone, no member's noun ("the Arfon seat", "the constituency of Arfon"),
#: which a race for another chamber in the sentence makes that chamber's (:meth:`OfficeRecognizer._other_chamber_race`).
_PLACE_SEAT_CUES = frozenset({"seat", "seats", "constituency", "seat of", "constituency of", "electorate",
                              "electorate of"})


def canonical_office(role: Role, place: str | None, definite: frozenset[str] = frozenset(),
                     org_heads: frozenset[str] = frozenset()) -> str:
    """The encyclopedia-style office name for a role and a place name.

    After "of", a place whose name has a word of ``definite`` takes "the"
    ("President of the United States"); a name already starting "the" keeps it.
    An organisation role with ``article: head`` keeps the template's "the" only
    before a name with a head word of ``org_heads`` or a plural ("Leader of the
    Labour Party", "of the Liberal Democrats", but "Leader of Zembla First").
    """
    if role.level == "none":
        return role.template
    if not place:
        return role.bare
    established = dict(role.names).get(place)
    if established:
        return established
    if role.article == "head" and "the {J}" in role.template and not _takes_article(place, org_heads):
        return role.template.replace("the {J}", "{J}").replace("{J}", place)
    if "of {J}" in role.template and takes_definite(place, definite):
        place = "the " + place
    return role.template.replace("{J}", place)


def _with_article(name: str, definite: frozenset[str]) -> str:
    """A place's or body's name after a preposition, with "the" where a word of ``definite`` asks for it ("to the
    United States", "to the United Nations"; "to Japan", "to NATO")."""
    return "the " + name if takes_definite(name, definite) else name


def _after_joiner(doc: Doc, k: int) -> int | None:
    """Where the next coordinate of a list starts after the joining word at ``k`` ("and", ",", ", and"), or None
    where none joins there: the further posts and places after an office."""
    if k + 1 >= len(doc) or doc[k].lower_ not in _POST_JOINERS:
        return None
    return k + 1 + (doc[k].text == "," and doc[k + 1].lower_ in _POST_JOINERS)


def _coordinated_office(office: Span, start: int, end: int, jurisdiction: str, entity: str) -> Span:
    """A further office coordinated after ``office`` (another post, another place), with ``office``'s rule, role,
    form and qualifier and its own jurisdiction and name."""
    post = Span(office.doc, start, end, label="OFFICE")
    for key in ("rule", "role", "form", "qualifier"):
        set_span_value(post, key, get_span_value(office, key))
    set_span_value(post, "jurisdiction", jurisdiction)
    set_span_value(post, "entity", entity)
    return post


def takes_definite(name: str, definite: frozenset[str]) -> bool:
    """A place's name takes "the" after "of" or "to": one not opening with it that holds a word of ``definite``
    ("the United States", "the Netherlands") or opens with one of its phrases ending in "of" ("the State of
    Mexico": a phrase, as "Lagos State" takes none)."""
    words = fold(name).split()
    return words[:1] != ["the"] and (any(w in definite for w in words) or " ".join(words[:2]) in definite)


def _takes_article(name: str, org_heads: frozenset[str]) -> bool:
    """An organisation's name read with "the": one with a head word ("Party", "Union", "Front") or a
    plural before any "of" ("Liberal Democrats"); a parenthesis ("(Italy)") aside."""
    name = re.sub(r"\s*\(.*?\)", "", name)
    words = re.split(r"[\s\-–]+", name)
    if any(w.lower() in org_heads for w in words):
        return True
    last = name.split(" of ")[0].split()[-1:] or [""]
    return len(last[0]) > 3 and last[0].endswith("s") and not last[0].endswith("ss")
