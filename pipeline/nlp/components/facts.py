"""The fact engine: one generic interpreter for the rules in ``models/facts/*.yml``.

For each trigger (words, or a structure such as a title before a name) the
engine looks in the trigger's sentence for the mentions each slot asks for,
checks the clause before the trigger for hedges ("is expected to") and
negation ("had not"), and emits :class:`Fact` objects onto ``doc._.facts``.
What a rule means lives in its YAML; this module knows only slots, sides,
windows and cues.
"""
from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..predicates import load_predicates
from ..rules import NOT_PRECEDED_THROUGH_MAX, Cues, Rule, RuleSet, Slot, load_rules
from ..extensions import MENTIONS, doc_value, get_span_value, plain_span_extensions, set_doc_values
from ..kb import PARTY_TYPE, KnowledgeBase
from ..resources import HOUSE_KINDS, MEMBER_PREFIX, Resources, load_resources, load_word_uses
from ..syntax import one_root, required_words
from .common import (ARTICLES, HYPHENS, KIN_GIVEN_RULE, MEMBER_OF, ORDINAL, POSSESSIVE_ENDINGS, default_models_dir, honorific_start,
                     honorific_starts, is_capital_abbreviation, is_party, mentions, sentence_index, sentence_of,
                     token_lowers, token_texts)
from .figures import (BARE_PAREN, BARE_RECEIVED, BARE_SCORE, CARRIED_FIGURE, COUNT_PROGRESS, PAIRED_FIGURE,
                      RESULT_FIGURE_USES, RIVAL_FIGURE, TALLY_FIGURE, place_before_winner)
from .paragraphs import paragraph_starts

#: The form of a running mate's office (offices.py ``_tickets``): the ticket's second place, run for beside the
#: story's race, never the race itself nor a title held ("running mate Ana Ruiz").
TICKET_FORM = "ticket"
#: Office forms that title no name: an adjective ("presidential"), a running mate's office.
_NO_TITLE_FORMS = frozenset({"adjective", TICKET_FORM})
#: roles.jsonl `level` of an organisation's roles ("president of the convention"): no public office (_public_office)
ORG_LEVEL = "org"
#: Auxiliaries that may stand between an interruption's closing comma and the verb it parts from its subject ("Ana
#: Ruiz, the Green candidate, will stand against Ivan Petrov"), at most AUXILIARY_MAX of them; an adverb of degree
#: after the auxiliary too ("Ana Ruiz, who has pushed for land reform, is virtually guaranteed victory").
_AUXILIARIES = frozenset({"will", "would", "has", "have", "had", "is", "was", "are", "were", "also", "now", "then",
                          "been", "be", "to", "again", "can", "did", "does", "not", "virtually", "almost", "nearly",
                          "widely", "already", "still", "narrowly", "easily", "comfortably"})
AUXILIARY_MAX = 3
#: The distance a slot search gives the name a relative clause running to the trigger hangs on: nearer than any name
#: an interruption brings to distance 0 ("Ana Ruiz was defeated by Ivan Petrov, who won with 53.7%": Petrov's win).
RELATIVE_HEAD_DISTANCE = -1
#: The negations an auxiliary takes before its participle, read through as a rule's ``not_preceded_through`` words.
_AUXILIARY_NEGATIONS = frozenset({"not", "n't", "never"})
#: A margin's noun and its "of", and how many words may describe it after its article ("won by the more modest but
#: still substantial margin of 20 points", "a razor-thin margin of 537 votes"): what follows "by" is the margin, no
#: passive's agent (FactEngine._figure_at).
_MARGIN_OF = ("margin", "of")
MARGIN_MODIFIERS = 6
#: How many words a name's bracketed party may have before the name's count ("X (Green Party) 12,345 votes").
PAREN_PARTY_MAX = 5
#: How many words a name's finishing place may have before its "with" ("X came in a distant third with 4,120").
FINISH_MAX = 6
#: How many words before a re-election's trigger a word of cues.yml ``reelection_lost`` marks it one lost before the
#: story ("who lost his re-election bid": "lost" before "his re-election bid"; FactEngine._note_reelected).
REELECTION_LOST_WINDOW = 3
#: The rule of the holds_office row a re-election's candidacy or win gives its subject (FactEngine._reelected_holders).
REELECTION_HOLDER_RULE = "holds_office.reelection"
#: The predicates whose re-election rows name an office their subject holds.
_REELECTION_PREDICATES = frozenset({"candidate", "won"})
#: The rule of a win of its winner's own office again ("Governor X wins re-election"): FactEngine._rewon_office.
REWON_RULE = "won.reelected"
#: The predicates whose office slot a re-election won names in its sentence (FactEngine._rewon_office).
_REWON_SLOTS = {"won": "object", "candidate": "object", "defeated": "office", "election": "subject"}
#: Tokens that join coordinated mentions ("Jones and Smith", "0.84 percent or 715 votes").
_COORD = frozenset({"and", ",", "&", "or"})
#: The last word of a candidacy cue that aims at the office after it ("candidate for", "nominee for the").
_CUE_FOR = frozenset({"for", "the"})
#: How many people of one sentence a party's name labels ("Republican X", "X, a Republican,") make it one about an
#: election, where no word of elections stands: a race's sides ("X, a Republican, won on Tuesday, beating Democrat Y");
#: one label alone is a politician's, whatever he won ("Democrat X won the county fair's pie contest").
PARTY_LABELLED_MIN = 2
#: A subject pronoun that stands for a person named before it (predicates.yml ``pronoun_subject``), and how far
#: after that name it may stand in one sentence ("X, the mayor of Lyon, announces that she will run").
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
PRONOUN_REACH = 8
#: The mark after which a pronoun opens a clause of its own, whose subject is the clause before's
#: ("X won over Y by 1,587 votes; he polled 534,239 votes").
_CLAUSE_BREAK = ";"
#: How many words (adverbs: "he narrowly defeated", "she then polled") may part a result's pronoun from its trigger
#: or from one of the verbs of a result whose clause holds the trigger ("He won the primary by four votes over Y").
RESULT_PRONOUN_GAP = 3
#: "announced on Monday that she would run": at most this many words between the word of reporting and the
#: reporter's pronoun before a reported "would" (cues.yml reported_future)
REPORTED_FUTURE_GAP = 3
#: the pronouns that make a reported "would" the reporter's own future
_REPORTED_FUTURE_PRONOUNS = frozenset({"he", "she", "they"})
#: Words before a clause's first name that make it no subject: a preposition's object, a possessor's head
#: ("In the race against X, Y won; he ...", "Unlike X, Y ...").
_TIED_BEFORE = frozenset({"against", "over", "to", "by", "with", "for", "unlike", "beat", "defeated", "of"})
#: How far after a vote's "on"/"to" an office or an electing word makes it an election after all ("vote on Sunday
#: to elect a new mayor"; FactEngine._decides).
DECISION_WINDOW = 5
#: ... and how many words (of time: "next week", "later this month") may stand between the vote and that "on"/"to".
DECISION_REACH = 3
#: How far before an election's words a word that demands it may stand (cues.yml ``election_demand``: "demanding the
#: government's resignation and snap elections").
DEMAND_WINDOW = 10
#: Words between a party's short name and the name of the person it says is of it ("Democratic Senate Minority
#: Leader X"; :meth:`_Context.people_parties`).
PARTY_CUE_WORDS = 3
#: The longest interruption set off by commas right after a name that its distance to a later trigger leaves out
#: (", the current President of the Senate,"), in tokens with both commas
INTERRUPTION_MAX = 14
#: The farthest a participle set off by a comma may stand from the name that opens its clause (Slot.clause_subject):
#: "X won presidential elections in the volatile West African state of Y, picking up 53.55 percent", in tokens
CLAUSE_SUBJECT_MAX = 24
#: A pronoun of one sex before a trigger ("her campaign", "asked him to run"), and how many words before the
#: trigger it may stand ("her mayoral campaign"): a name of the other sex is not the trigger's person.
_POSSESSIVE_SEX = {"his": "m", "him": "m", "her": "f"}
POSSESSIVE_PRONOUN_WINDOW = 3
#: Determiners looked through between two coordinated offices ("their president and the members of parliament").
_OFFICE_GAP_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "new", "next"})
#: The share of a body's seats an election fills, looked through between two coordinated offices as a count is
#: ("elect a president, 30 senators and 64 representatives", "renew half the Chamber and one third of the Senate");
#: "of" only right after one of them.
_OFFICE_GAP_SHARES = frozenset({"half", "third", "thirds", "quarter", "quarters", "all", "one", "two"})
#: A body's members' noun before its name, looked through as a share is ("elect a mayor and 50 members of the Velmar
#: City Council": the council's name alone is its members' office); "of" only right after it.
_OFFICE_GAP_MEMBERS = frozenset({"members", "seats"})
#: Tokens that join a figure to its pair ("53.7% to 45.0%").
_PAIR = frozenset({"to", "against", "versus", "vs.", "vs", "-", "–"})
#: What the first figure of a pair may say it is a share of before the joiner: "53.7% of the vote to 45.0%".
_PAIR_OF = frozenset({("of", "the", "vote"), ("of", "the", "votes"), ("of", "votes"), ("of", "the", "ballots"),
                      ("of", "ballots"), ("of", "the", "valid", "votes"), ("of", "valid", "votes")})
#: The cue of a margin's value slot ("won by 714 votes"): such a slot reads a figure that its own words make a margin
#: ("with a majority of 3,000 votes", "a 3,000-vote margin"), which no other value slot reads (FactEngine._margin_figure).
_MARGIN_CUE = "by"
#: The joins inside a seat's name a near_through_seats rule reads through between its capitalised words
#: ("Clyde-Kelvin", "Ohio's 19th district")
_SEAT_NAME_JOINS = frozenset({"-", "–", "'", "’"})
#: The verbs between a name and the score it owns when "for" names the other side's owner are cues.yml
#: ``score_owner_verbs``; besides them, these tokens may join a name to the figure right after it ("X with 41%",
#: "X, 41%", "X on 41%", "X's 11,002", "X (12,345)").
_FIGURE_JOINS = frozenset({"with", ",", "on", "at", "'s", "’s", "("})
#: The span extensions the stage reads from ``Doc.user_data`` (:func:`pipeline.nlp.extensions.get_span_value`) where it
#: reads them per mention and trigger: ``span._`` builds an Underscore on every read.
READ_EXTENSIONS = ("rule", "entity_id", "bare", "form", "role", "qualifier", "entity", "jurisdiction")
#: The rules of counts written without their unit, found only in a results sentence (a margin is no one's count), or
#: in a results list that a sentence before began (figures.CARRIED_FIGURE).
_BARE_COUNTS = frozenset({BARE_PAREN, BARE_RECEIVED, BARE_SCORE, RIVAL_FIGURE, CARRIED_FIGURE})
#: What opens a relative clause on a person, whose verb is that person's ("Y, who won with 52%", "X, whom Y defeated
#: in 2019", "X, whose party lost in 2019"): one set for every reading of such a clause.
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
#: A rule's ``through`` word that reads past an ordinal written in figures ("swears in X as its 28th governor-general",
#: "as the country's 23rd prime minister"; common.ORDINAL's form).
ORDINAL_THROUGH = "<ordinal>"
#: How many describing words (or hyphened modifiers) a slot's cue reads past before a name ("by US-backed incumbent X").
NAME_LEAD_MAX = 3
#: Most tokens between the last figure of a list and "respectively" ("29% and 27% of the vote, respectively")
RESPECTIVE_TAIL_MAX = 6
#: Most words between a list of names and its figures, a party attached to the last name aside ("X and Y received
#: a 19%", "X and Y with 204 votes", "X of the PDP and Y of the APGA, who scored")
RESPECTIVE_VERB_MAX = 3
#: Words read past between the last name and its verb: a party's attachment, a relative pronoun
_RESPECTIVE_ASIDE = frozenset({"of", "the", "(", ")", ",", "who", "which"})
#: Words that may part two figures of a list besides the joining ones ("204 votes and 193 votes", "a 19%, 17%")
_RESPECTIVE_FIGURE_GAP = _COORD | {"a", "an"}
#: Mentions whose words a near_through rule reads past as it would its own words: "lost the 2019 Chilean
#: presidential election to" (a date, a place, an office name the race)
_NEAR_THROUGH_NAMES = ("DATE", "GPE", "OFFICE")
#: ... and figures, where the rule reads a margin's cue through ("has lost the seat by just four votes to"): the margin
#: between the race and "to"
_NEAR_THROUGH_MARGINS = ("VOTES", "PERCENT")
_MARGIN_CUE = "by"
#: Mentions that name the race when "polls" follows them: "the 2019 Lok Sabha polls", "the December 7 polls" are the
#: vote itself (as cues.yml race_polls "assembly polls"), in South Asian, African and British reporting; a date only
#: with a number in it (a weekday's "the Monday polls" may be surveys)
_RACE_POLL_NAMES = ("DATE", "OFFICE")
#: A poll word as a result verb's object (cues.yml ``poll_won``): "won the March 4 poll", "won Sunday's poll"; and how
#: many words of its noun phrase may stand between them ("won the 2019 Lok Sabha poll").
_POLL_NOUNS = frozenset({"poll", "polls"})
POLL_OBJECT_REACH = 5
#: Words after which a trigger's object stands ("a candidate for", "re-election to"): with no office
#: found there, the trigger aims at something else.
_AIMING = frozenset({"for", "to"})
#: Longest aside between a race noun and a trigger read past (FactEngine._race_aside): a clause of why the race came.
RACE_ASIDE_TOKENS = 16
#: Words between a venue's preposition and its noun ("at a camp", "across the country"): FactEngine._past_venue.
_VENUE_DETERMINERS = ARTICLES | frozenset({"its", "their"})
#: Words read through between a result verb and the seat it aims at ("wins a seat", "elected to the Ohio Senate").
_SEAT_LEAD = frozenset({"to", "in", "a", "an", "the", "his", "her", "their", "its"})
#: How many tokens after a result verb its seat may stand ("is elected to the Ohio State Senate").
SEAT_AIM_WINDOW = 5
#: Lower-case words looked through between a name's "'s" and its organisation or party ("X's ruling Green Party", "X's ruling party").
_OWNED_MODIFIERS = 2
#: Longest ", from the …," attached to a name between coordinated names.
_ATTACHMENT_MAX = 12
#: How many tokens after a trigger the noun it takes may stand (rule ``exclude_object``): "wins the Green Party's
#: nomination".
OBJECT_NOUN_WINDOW = 6
#: How many tokens after a result verb the party contest it takes may stand (rule ``party_contest``): "wins a
#: landslide in the Green Party prime ministerial primary".
CONTEST_WINDOW = 12
#: Mentions whose words a contest's phrase holds ("the Vermont and Ohio Republican primaries", "the 2024 Green
#: Party presidential primary").
_CONTEST_MENTIONS = ("GPE", "ORG", "OFFICE", "DATE")
# The words that bound a trigger's phrase are cues.yml's ``object_stops``, ``contest_through``, ``contest_heads``
# and ``indirect_race_glue`` (:data:`pipeline.nlp.rules.ENGINE_WORD_LISTS`).

#: How many sentences away the story's race office still names an incumbent's race before the incumbent's own title
#: in the fact's sentence does: a news item is one paragraph, a long article's far sections may be about other races.
RACE_FALLBACK_SENTENCES = 3
#: :meth:`_Context._race_office`: a party's post its own words mark as raced ("the leadership race", "a tilt for
#: Labour's leadership") scores above every other race cue (2), even "the next prime minister" that the party's
#: winner becomes; the word before a party's post that makes it a race cue (2) as "next" does ("a new leader")
PARTY_CONTEST_SCORE = 3
NEW_LEADER_CUE = "new"
#: The word that, right before a person's title, says the title's office is the one its holder defends in the story's
#: race ("incumbent Sen. X defeated Y in the runoff", "Incumbent Sheriff X retained his seat"): :attr:`_Context.race`
#: takes it when the story names no race office of its own; a title with no such cue ("Governor X said") names none.
INCUMBENT_CUE = "incumbent"
#: How many places a story's offices of its race's role name for the story to be a roundup of several races of
#: that role (:attr:`_Context.roundup`): each sentence's race is then its paragraph's, not the story's first.
ROUNDUP_PLACES = 2
#: The role levels (roles.jsonl) whose races a story rounds up place by place: a nation's office of another country in a
#: presidential story is news of that country, no race of the story's.
ROUNDUP_LEVELS = frozenset({"city", "county", "state"})
#: Longest title looked through between "by" and a name ("led by Federal Chancellor X").
_TITLE_MAX = 5
#: Words that attach an organisation to the name before it ("X of the Y Party", "X (Y Party)").
_ATTACHING = frozenset({("of",), ("of", "the"), ("from",), ("from", "the"), ("(",), (",", "of", "the"),
                        ("for",), ("for", "the")})
#: Longest description between those words and the organisation ("X of the pro-independence Y party", "X of the
#: ruling Z"): lower-case words and hyphens, none of cues.yml ``object_stops`` ("of the party that backs Z" is no
#: description).
_ATTACH_DESCRIPTION_MAX = 4
#: "X, a senator in the late 1990s,": how far past an apposition's "in" a date or a decade is looked for
_TAIL_DATE_WINDOW = 3
_DECADE_OR_YEAR = re.compile(r"(?:1[89]|20)\d\ds?|'?\d0s")
#: Longest capitalised seat read after one of cues.yml ``seat_cues`` ("Kano North", "New South Wales").
_SEAT_MAX = 4
#: Shortest and longest acronym read between a title and its holder's name ("... Agency (IAEA) X").
_ACRONYM_MIN, _ACRONYM_MAX = 2, 8
#: doc.user_data key of :meth:`FactEngine._party_ends`.
_PARTY_ENDS = "facts.party_ends"
#: How many descriptor words ("actor", "lawyer") may stand between "<title> and" and a name.
_DESCRIPTOR_MAX = 2
#: Longest capitalised name (a show, an outlet, a firm) read before a descriptor after "<title> and".
_WORK_MAX = 5
#: The lower words a show's or a firm's name may hold ("Dancing with the Stars", "Bank of America").
_WORK_JOINERS = frozenset({"with", "the", "of", "in", "on"})
#: How many words describing the holder (cues.yml ``appositive_modifier_suffixes``; a hyphened compound counts as
#: one) may stand between an apposition's article and its office: "X, the newly appointed interim prime minister,".
APPOSITIVE_MODIFIER_MAX = 3
#: most words of an abbreviation in parentheses right after an apposition's office ("(KEC)", "(NEC-L)")
MAX_ABBREVIATION_WORDS = 3
#: The default emit: every slot fills the field of the same name.
_IDENTITY = {name: name for name in ("subject", "object", "office", "value", "date", "date_end", "kind", "qualifier")}
#: Slot fallbacks that read, after the race, the own title of the person in this slot (rules.py FALLBACKS).
_OWN_TITLE_FALLBACKS = {"subject_title": "subject", "object_title": "object"}
#: Most tokens between an election's date and another that offers a second date for it ("on August 9 or on August 16"):
#: a candidacy then takes neither (FactEngine._election_dated).
ALTERNATIVE_DATE_GAP = 3
#: Confidence lost when an office is taken from the document instead of the sentence.
FALLBACK_PENALTY = 0.1
#: How many tokens after the title a coordinated name may still share it.
COORD_MAX_GAP = 2
#: A document the election-context classifier scores at least this is election news as a whole
#: (chosen on dev_tune and AG News sports: 0.9/0.05 keeps every dev_tune fact and cuts the sports
#: stories' election facts from 5 to 2 per 1,900 against 0.5/0.15).
CONTEXT_MIN_SCORE = 0.9
#: ... and at least this, when its text also has a word of elections somewhere (the classifier vetoes).
CONTEXT_MIN_SCORE_WITH_CUE = 0.05
#: Tokens read from a name when looking for the next coordinated one (joining words and titles).
COORD_MAX_SCAN = 32
#: A share (percent) above this is a majority: "won 52% of the vote" says who won, "won 45%" does not.
MAJORITY_SHARE = 50.0
#: A subject at most this many tokens before its trigger shares its clause: the words before the
#: subject are read for hedges too ("will certify Ana Ruiz as the winner": "as" ends the clause).
SUBJECT_CLAUSE_GAP = 3
#: Words after an adjectival office searched for a race or candidacy word ("presidential and legislative elections").
RACE_ADJECTIVE_WINDOW = 3
#: Words before a trigger searched for the place it names itself: "Afghanistan's landmark election".
OWN_PLACE_WINDOW = 3
#: How many words before a day its clause's voting verb may stand ("Voting was held on March 5 in the runoff"); a
#: place and its preposition do not count ("Polls open across Ruritania today in a snap election").
DATE_CLAUSE_VOTING_WINDOW = 2
#: How many describing words may stand between a race's ``date_partner_glue`` word and the opponent's name that a
#: date after the name is read past ("a runoff with centre-left candidate Ana Ruiz on January 17": four).
PARTNER_DESCRIPTORS = 4
#: A conjunction between two race modifiers is no word between a date and its race ("votes on December 7 in
#: presidential and parliamentary elections": one election's words, as "in presidential elections")
RACE_COORDINATORS = frozenset({"and", "or", "&"})
#: The joiners of a place phrase's places ("the states of Durango and Veracruz"), no words between a race and its date.
_PLACE_JOINERS = frozenset({"and", ","})
_PARTNER_DETERMINERS = ARTICLES | frozenset({"his", "her", "their", "its"})
#: The prepositions of a place between a voting verb and its day ("Polls open across Ruritania today").
_PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout", "around"})
#: Most words of a demonym ("Papua New Guinean").
MAX_DEMONYM_WORDS = 3
#: How far either side of an election's trigger the words that deny a kind are read ("the first round of
#: the Zemblan presidential election": four tokens before "presidential election").
NOT_KIND_WINDOW = 5


#: The fields that identify a fact besides its predicate (:meth:`Fact.key`), and that two rows of one event
#: must not disagree on (:func:`_one_row`: each is empty in one of them, or equal).
_EVENT_FIELDS = ("subject", "object", "office", "value", "unit", "date", "date_end", "kind", "qualifier", "polarity")


@dataclass(frozen=True)
class Fact:
    """One fact. Every slot but ``predicate`` is optional: an ``election`` has no subject
    person, a ``won`` may name no office; :meth:`name` reads a slot that may be empty."""

    predicate: str
    subject: Span | None = None
    object: Span | None = None
    office: Span | None = None
    value: float | int | None = None
    unit: str | None = None
    date: str | None = None
    date_end: str | None = None
    kind: str | None = None
    qualifier: str | None = None
    polarity: str = "positive"
    confidence: float = 0.8
    rule: str = ""
    start: int = 0  # evidence: token offsets in the Doc
    end: int = 0
    # The kind the text says this event is not (rule key not_kinds: "the first round of the presidential
    # election" is no runoff): no output field, it only keeps the row apart from rows of that kind.
    not_kind: str | None = field(default=None, compare=False)
    # What seats an election fills, when its trigger says: "body" (an officeless "parliamentary election"),
    # "single" (a row of a one-person office, cues.yml single_seat_office) or "party" (a row of a party's office, its
    # leadership contest): no output field, it only keeps the rows of "2024 Zemblan presidential election, 2024
    # Zemblan parliamentary election" apart, and a party's contest apart from a general election.
    seat: str | None = field(default=None, compare=False)

    def name(self, slot: str) -> str | None:
        """The canonical name in ``slot`` ("subject", "object", "office"), or None when it is empty."""
        span = getattr(self, slot)
        return None if span is None else (span._.entity or span.text)

    def key(self) -> tuple:
        return (self.predicate, *(_field_key(self, name) for name in _EVENT_FIELDS))


@Language.factory("newsfacts_facts", assigns=["doc._.facts"],
                  default_config={"models_dir": None, "parser": True, "bare_offices": False,
                                  "context_min_score": CONTEXT_MIN_SCORE,
                                  "context_min_score_with_cue": CONTEXT_MIN_SCORE_WITH_CUE})
def make_facts(nlp: Language, name: str, models_dir: str | None, parser: bool, bare_offices: bool,
               context_min_score: float, context_min_score_with_cue: float) -> "FactEngine":
    """``parser``: run the rules' dependency patterns with the models folder's parser when it has one.
    ``bare_offices``: let an office of no known place ("President Kim" alone) be a fact's argument;
    off by default, as such a fact cannot say which office is meant."""
    res = load_resources(models_dir or default_models_dir())
    ruleset = load_rules(res.root / "facts", load_predicates(res.root / "predicates.yml"))
    syntax = None
    if parser and any(r.dependency for r in ruleset.rules):
        from ..syntax import load_sentence_parser

        syntax = load_sentence_parser(res.root, nlp.vocab)
    # the descriptors a title set off by a comma is looked through to its name ("the Ruritanian president, Ayatollah
    # X"): a verb's cue describes no one ("Ana Ruiz, the mayor of Velmar, endorsed Ben Cole")
    return FactEngine(nlp, name, ruleset, res.person_cues_before - res.person_cue_verbs, syntax, bare_offices,
                      (context_min_score, context_min_score_with_cue),
                      frozenset(r.id for r in res.roles if r.contested), lexicon=FactLexicon.of(res), kb=res.kb)


@dataclass(frozen=True)
class FactLexicon:
    """The closed-class words the engine takes from ``models/lexicons/`` (``qualifiers.tsv``, ``race_nouns.tsv``,
    ``phrase_breaks.tsv``, ``roles.jsonl``)."""

    title_qualifiers: frozenset[str]  # looked through inside a title: "led by former President X"
    office_lead: frozenset[str]  # may open the office of an apposition or title: "X, former Prime Minister,"
    race_nouns: frozenset[str]  # after an office, make it the race's: "the mayoral runoff"
    contested_forms: frozenset[str] = frozenset()  # the words of contested roles (roles.jsonl): "mayoral", "president"
    org_heads: frozenset[str] = frozenset()  # "Ana Ruiz's party", "the coalition of Ana Ruiz": not her own act
    appointed_roles: frozenset[str] = frozenset()  # roles never raced for (roles.jsonl `appointed`)
    indirect_roles: frozenset[str] = frozenset()  # roles no voter fills (roles.jsonl `indirect`)
    #: a legislature's seat: the nouns and body heads of the roles whose body names the office after "elected to"
    #: (roles.jsonl `body_after`): "wins a seat", "is elected to parliament", "the Senate seat"
    seat_words: frozenset[str] = frozenset()
    #: what an adjectival office stands before to name a race ("presidential hopeful"); before another lower-case
    #: word it names none ("the presidential palace"): race_nouns.tsv `offices` and `candidacy`
    race_words: frozenset[str] = frozenset()
    #: words that end a trigger's noun phrase on its left, where its own place is read ("Israel killed two ... before
    #: the election"): phrase_breaks.tsv `own_place`
    phrase_breaks: frozenset[str] = frozenset()
    #: written capitalised between a title and the name it titles: "President General X" (qualifiers.tsv honorific)
    honorifics: frozenset[str] = frozenset()
    #: first names of one sex only (first_names.tsv ``gender`` m, f): a "his" or "her" before a trigger is not theirs
    male_first_names: frozenset[str] = frozenset()
    female_first_names: frozenset[str] = frozenset()
    #: roles of a party's officers (roles.jsonl level org, org_types political_party): raced for by the party's own
    #: members only (:meth:`_Context._race_office`, :meth:`FactEngine._other_party`)
    party_roles: frozenset[str] = frozenset()
    #: looked through after ", a/an/the" before the office of an apposition, as the entities stage looks through
    #: them before the office that makes the name a person's: "X, a veteran lawmaker," (qualifiers.tsv apposition)
    apposition: frozenset[str] = frozenset()
    #: nouns that point back at the story's place (place_anaphors.tsv): "X, the country's deputy premier," is an
    #: apposition past "the country's", which the offices stage reads as the office's place
    place_anaphors: frozenset[str] = frozenset()
    #: roles one person holds at a time (no body's seat, roles.jsonl ``member``): a title set off by a comma
    #: before a name and a verb ("Zemblan PM, X open a pipeline", a headline's list) yields to another person the
    #: story titles so (:meth:`FactEngine._sole_title_of_another`)
    sole_roles: frozenset[str] = frozenset()
    #: roles of a seat in a body (roles.jsonl ``member``), whose office the offices stage may name by the body alone
    #: after "member of" ("X, a member of the Kestrel House of Representatives,": :meth:`FactEngine._member_of_body`)
    member_roles: frozenset[str] = frozenset()
    #: place nouns whose vote is won (result_figures.tsv ``won_place``): "a state X won by 30 points" describes the
    #: state by a past win, no race's result (:func:`figures.place_before_winner`)
    won_places: frozenset[str] = frozenset()
    #: the verbs that win a place's vote (result_figures.tsv ``win_verb``): "a state X won by 30 points"
    win_verbs: frozenset[str] = frozenset()
    #: the verbs of a result a "he" or "she" may stand a few words before (result_figures.tsv ``pronoun_result``):
    #: "she then polled 4,120 votes" (:data:`RESULT_PRONOUN_GAP`)
    pronoun_result_verbs: frozenset[str] = frozenset()
    #: a role's level (roles.jsonl ``level``): whether a contest a result verb takes can elect its title
    #: (cues.yml ``contest_levels``, :meth:`FactEngine._contest_levels`)
    role_levels: dict[str, str] = field(default_factory=dict)
    #: words that make an office a past one (qualifiers.tsv qualifier ``former``: "former", "ousted", "late"): one
    #: parted from the office by a description ("X, the ousted controversial governor,") leaves the office span
    #: unqualified, so the apposition names none (:meth:`FactEngine._appositive`)
    former_words: frozenset[str] = frozenset()
    #: the last words of the roles' nouns ("minister", "secretary", "president"): a second title the offices stage does
    #: not name still ends in one ("Zembla's deputy prime minister and Minister of Economic Affairs and the Interior,
    #: X,": :meth:`FactEngine._title_before_second`)
    role_heads: frozenset[str] = frozenset()
    #: prefixes that make a place joined by a hyphen a stance ("pro-Beijing", stance_prefixes.tsv): no place of the
    #: trigger's own (:meth:`FactEngine._place_before`)
    stance_prefixes: frozenset[str] = frozenset()
    #: the member offices of a whole two-chamber legislature whose chambers are elected apart (legislatures.jsonl: a
    #: ``legislature`` beside a ``senate`` and a house): "US lawmakers" are Members of the United States Congress, but
    #: no one runs for Congress as a whole, only for one of its chambers (FactEngine._emit), and no story's race is
    #: for it (:meth:`_Context._race_office`)
    whole_legislatures: frozenset[str] = frozenset()

    @classmethod
    def of(cls, res: Resources) -> "FactLexicon":
        figure_words = load_word_uses(res.root / "lexicons" / "result_figures.tsv", RESULT_FIGURE_USES)
        return cls(res.qualifiers["title"], res.qualifiers["office_lead"], res.race_nouns["race_office"],
                   frozenset(form for r in res.roles if r.contested for _, form in r.forms()), res.org_heads,
                   frozenset(r.id for r in res.roles if r.appointed), frozenset(r.id for r in res.roles if r.indirect),
                   frozenset(w for r in res.roles if r.body_after for w in (*r.nouns, *r.plural, *r.org_heads)),
                   res.race_nouns["offices"] | res.race_nouns["candidacy"], res.phrase_breaks["own_place"],
                   res.qualifiers["honorific"],
                   male_first_names=frozenset(n for n, g in res.first_name_genders.items() if g == "m"),
                   female_first_names=frozenset(n for n, g in res.first_name_genders.items() if g == "f"),
                   apposition=res.qualifiers["apposition"], place_anaphors=frozenset(res.place_anaphors),
                   party_roles=frozenset(r.id for r in res.roles if r.level == "org" and PARTY_TYPE in r.org_types),
                   sole_roles=frozenset(r.id for r in res.roles if r.chamber is None and not r.generic
                                        and not r.member),
                   member_roles=frozenset(r.id for r in res.roles if r.member),
                   won_places=frozenset(word for word, uses, _ in figure_words if "won_place" in uses),
                   pronoun_result_verbs=frozenset(word for word, uses, _ in figure_words if "pronoun_result" in uses),
                   win_verbs=frozenset(word for word, uses, _ in figure_words if "win_verb" in uses),
                   role_levels={r.id: r.level for r in res.roles},
                   former_words=frozenset(w for w, q in res.qualifier_values.items() if q == "former"),
                   role_heads=frozenset(n.split()[-1] for r in res.roles for n in r.nouns if n.split()[-1].isalpha()),
                   stance_prefixes=res.stance_prefixes,
                   whole_legislatures=frozenset(
                       f"{MEMBER_PREFIX}of the {bodies['legislature']}" for bodies in res.legislatures.values()
                       if "legislature" in bodies and "senate" in bodies
                       and any(kind in bodies for kind in HOUSE_KINDS)))


def _seat_word(doc: Doc, k: int, named: "_Context") -> bool:
    """Token ``k`` may be a word of a seat's name the gazetteer does not know: a capitalised word (no word of a
    person's or a body's name: "lost the Democratic nomination to" names no seat), an ordinal ("34th"), or a hyphen
    or an apostrophe after a capitalised word ("Clyde-Kelvin", "Ohio's 19th")."""
    t = doc[k]
    if k in named.person_tokens or k in named.token_index("ORG"):
        return False
    if t.text in _SEAT_NAME_JOINS:
        return k > 0 and doc[k - 1].text[:1].isupper()
    return bool(ORDINAL.fullmatch(t.lower_)) or t.is_alpha and t.text[:1].isupper()


class FactEngine:
    def __init__(self, nlp: Language, name: str, ruleset: RuleSet, person_cues: frozenset[str] = frozenset(),
                 syntax=None, bare_offices: bool = False,
                 context_scores: tuple[float, float] = (CONTEXT_MIN_SCORE, CONTEXT_MIN_SCORE_WITH_CUE),
                 contested_roles: frozenset[str] = frozenset(), *, lexicon: FactLexicon,
                 kb: KnowledgeBase | None = None):
        self.name = name
        if not plain_span_extensions(READ_EXTENSIONS):
            raise ValueError(f"{name}: the span extensions {READ_EXTENSIONS} must be registered with a plain default "
                             "(pipeline.nlp.extensions): the stage reads them from Doc.user_data")
        self.kb = kb  # the places a demonym or a place name beside a trigger names (:meth:`_own_place_disagrees`)
        self.lexicon = lexicon
        self._contested_roles = contested_roles
        self.context_scores = context_scores
        self.bare_offices = bare_offices
        self.rules = ruleset.rules
        # Dependency patterns run only with a parser; without one their rules do nothing and the
        # window rules stand alone.
        self.syntax = syntax
        self.dep_matcher = syntax.matcher({r.id: [list(r.dependency)] for r in ruleset.rules if r.dependency}) \
            if syntax is not None else None
        # ... and each rule's pattern alone (:meth:`_dependency_matcher`)
        self._rule_dep_matchers = {r.id: syntax.matcher({r.id: [list(r.dependency)]}) for r in ruleset.rules
                                   if r.dependency} if syntax is not None else {}
        # per dependency rule, the word sets its pattern's nodes need in the sentence (checked before parsing)
        self._dep_words = {r.id: required_words(r.dependency) for r in ruleset.rules if r.dependency}
        self._two_people = frozenset(r.id for r in ruleset.rules if r.dependency and _needs_two_people(r))
        self.cues: Cues = ruleset.cues
        self._structure_rules = [r for r in self.rules if r.structure]
        self._share_ranks = {r.id: r.share_rank for r in self.rules if r.share_rank}  # :func:`_one_share`
        self._respective_ids = frozenset(r.id for r in self.rules if r.respective)  # :meth:`_respective_supersede`
        self._poll_suppressed = ruleset.predicates.names("poll_suppressed")
        self._needs_subject = ruleset.predicates.names("needs_subject")
        self._needs_object = ruleset.predicates.names("needs_object")
        self._object_unless_unnamed = ruleset.predicates.names("object_unless_unnamed")
        self._pronoun_subject = ruleset.predicates.names("pronoun_subject")
        self._needs_context = ruleset.predicates.names() - ruleset.predicates.names("off_topic_ok")
        self._one_row = ruleset.predicates.names("one_row")
        self._qualified = ruleset.predicates.names("qualified")
        self._whole_body = ruleset.predicates.names("whole_body")
        tok = lambda phrases: _Phrases(tuple(t.lower_ for t in nlp.make_doc(p)) for p in phrases)  # noqa: E731
        self._negation = tok(self.cues.negation)
        self._hedge = tok(self.cues.hedge)
        self._future = tok(self.cues.future)
        self._poll = tok(self.cues.poll)
        self._voting = tok(self.cues.voting)
        self._poll_reports = tok(self.cues.poll_reports)
        self._poll_conditional = tok(self.cues.poll_conditional)
        self._election = tok(self.cues.election)
        self._term_won = tok(self.cues.term_won)
        self._private_vote = tok(self.cues.private_vote)
        self._honour_vote = tok(self.cues.honour_vote)
        self._org_vote = tok(self.cues.org_vote)
        self._approximators = tok(self.cues.approximators)
        self._demand_phrases = tuple(tuple(t.lower_ for t in nlp.make_doc(p)) for p in self.cues.election_demand)
        self._demand_first = frozenset(p[0] for p in self._demand_phrases)  # :meth:`_demanded`'s quick test
        self._openers = tok(self.cues.interruption_openers)
        self._past_relatives = tok(self.cues.past_relatives)
        self._undecided = tok(self.cues.undecided)
        self._runoff = tok(self.cues.runoff)
        self._body_election = tok(self.cues.body_election)
        self._result = tok(self.cues.result)
        self._candidacy = tok(self.cues.candidacy)
        self._reelection = tok(self.cues.reelection)
        self._cue_cache: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        self._by_last_cache: dict[int, tuple] = {}  # id(phrase list) → (it, :meth:`_phrases_by_last`)
        self._structure_gates = True  # off only in the test that the gates change no fact
        self._person_cues = person_cues
        self._tok = tok
        self._contested = tok(sorted(lexicon.contested_forms))
        self.index_triggers(nlp)

    def index_triggers(self, nlp: Language) -> None:
        """What the trigger search reads of ``self.rules``, built again from them: the learn step's probe engine
        (:func:`pipeline.tools.learning.missed.engine_with`) is a copy with other rules."""
        self.by_id = {r.id: r for r in self.rules}
        self._near_first_cache: dict[str, frozenset[str]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        widths: dict[str, tuple[int, int]] = {}  # rule id → (shortest, longest) trigger in tokens
        for rule in self.rules:
            if rule.words:
                patterns = [nlp.make_doc(w) for w in rule.words]
                patterns += [nlp.make_doc(" ".join((*p[:gap], adverb, *p[gap:])))
                             for p in ([t.text for t in d] for d in patterns) for gap in range(1, len(p))
                             for adverb in rule.trigger_adverbs]
                self.matcher.add(rule.id, patterns)
                widths[rule.id] = (min(map(len, patterns)), max(map(len, patterns)))
        # the matcher's match ids are the rule ids' hashes: each match's rule without a string lookup
        self._rule_of_match = {nlp.vocab.strings[r.id]: r for r in self.rules if r.words}
        self._trigger_kind = {r.id: (r.predicate, bool(r.dependency)) for r in self.rules}  # triggers of one kind cover
        # the first words of the near phrases of the window rules that need one anywhere in the Doc (_trigger_facts)
        self._near_gated = {r.id: self._near_firsts(r) for r in self.rules
                            if r.words and r.near and not r.near_person and not r.dependency}
        self._droppable = self._droppable_triggers(nlp, widths)
        for phrases in self._phrase_lists():
            self._tokens(phrases)  # tokenised at load, not on a rule's first trigger in the run (the same cache)

    #: The rule and slot fields that hold cue phrases (read through :meth:`_tokens`).
    _RULE_PHRASES = ("near", "near_after", "exclude_near", "exclude_after", "between", "office_not", "with_not_after")
    _SLOT_PHRASES = ("cues", "exclude_cues", "not_after")

    def _phrase_lists(self) -> Iterator[tuple[str, ...]]:
        """The cue phrase lists of the rules and of the shared cues the engine reads (1,500 phrases): tokenising them
        is the engine's one costly step per list, paid once per process either way."""
        for rule in self.rules:
            yield from (v for f in self._RULE_PHRASES if (v := getattr(rule, f)))
            yield from (v for kinds in (rule.kinds, rule.not_kinds) for v in kinds.values() if v)
            yield from (v for slot in rule.slots.values() for f in self._SLOT_PHRASES if (v := getattr(slot, f)))
        yield from (v for f in ("race_relatives", "appositive_tail_not", "count_margin")
                    if (v := getattr(self.cues, f)))

    def _droppable_triggers(self, nlp: Language,
                            widths: dict[str, tuple[int, int]]) -> dict[int, tuple[frozenset[str], int]]:
        """Match id → (the first words of its near phrases, a width), for the near-gated rules whose matches of at most
        that many tokens :meth:`_word_triggers` drops in a Doc holding none of those words (three in four matches: "(",
        "in", "to"). Such a trigger gives no fact (:meth:`_trigger_facts` refuses it), binds no date (no ``adjacent``
        date slot: :meth:`_bound_dates`), backs no story (no ``story_needs``: :meth:`_story_backed`) and covers no other
        trigger (it is no longer than the shortest word of any other rule of its predicate and kind: :meth:`_covering`;
        its rule's longer matches are resolved as before, the longest first), so the triggers that stay and their order
        are those of the full search (test_facts_dropped_triggers_change_no_fact)."""
        shortest: dict[tuple[str, bool], list[tuple[int, str]]] = {}  # kind → its rules' (shortest word, rule id)
        for rule_id, (low, _) in widths.items():
            shortest.setdefault(self._trigger_kind[rule_id], []).append((low, rule_id))
        out = {}
        for rule in self.rules:
            firsts = self._near_gated.get(rule.id)
            date = rule.slots.get("date")
            if firsts is None or rule.story_needs or rule.structure or date is not None and date.mode == "adjacent":
                continue
            width = min((low for low, rid in shortest[self._trigger_kind[rule.id]] if rid != rule.id),
                        default=widths[rule.id][1])
            if width >= widths[rule.id][0]:
                out[nlp.vocab.strings[rule.id]] = (firsts, width)
        return out

    # -- entry point -----------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ctx = _Context(doc, self.lexicon, self.kb)
        triggers, covered = self._word_triggers(doc, ctx)
        ctx.bound = self._bound_dates(ctx, triggers)
        facts: list[Fact] = []
        gave: dict[tuple[str, int, int], list[Fact]] = {}  # (rule id, start, end) → the facts that trigger gave
        near_firsts = self._near_gated
        for rule, start, end in triggers:
            firsts = near_firsts.get(rule.id)
            if firsts is not None and firsts.isdisjoint(ctx.lowers()):
                continue  # :meth:`_trigger_facts` refuses it (no near phrase in the Doc): four in five triggers
            found = self._trigger_facts(ctx, rule, start, end)
            if found:
                gave[(rule.id, start, end)] = found
                facts.extend(found)
                self._note_reelected(ctx, rule, found, start, end)
        # a shorter trigger stands where the longer ones covering it gave nothing and a figure follows them:
        # "X won by 714 votes" is no passive "won by Y" ("by" cues the margin), so "won" is the win's trigger
        # after all; "the seat was won by an independent" stays a passive with no name
        # likewise where the longer ones open with the comma that closes a place's pair: "Birmingham, Alabama,
        # elected X as mayor" is no name's apposed participle (", elected"), the pair is the verb's subject
        for rule, start, end, over in covered:
            if not any(o in gave for o in over) and (all(self._figure_at(ctx, e2) for _, _, e2 in over)
                                                     or all(self._comma_after_place(ctx, s2) for _, s2, _ in over)):
                found = self._trigger_facts(ctx, rule, start, end)
                facts.extend(found)
                self._note_reelected(ctx, rule, found, start, end)
            # ... else the longer trigger's rows read its words too ("announces a bid for a second term": "announces a
            # bid for" covers "bid for a second term")
            for o in over:
                if o in gave:
                    self._note_reelected(ctx, self.by_id[o[0]], gave[o], min(start, o[1]), max(end, o[2]))
        if self._structure_rules and ctx.by_label("PERSON"):  # every structure starts from a person
            offices = ctx.by_label("OFFICE")
            ends: dict[int, Span] = {}
            for o in offices:
                # "President Kim" of no known place: no holds_office to trust
                if not get_span_value(o, "bare") or self.bare_offices:
                    ends.setdefault(o.end, o)
            starting = _by_start(offices)
            for rule in self._structure_rules:
                facts.extend(self._structure(ctx, rule, ends, starting))
        if not facts and not ctx.officeless:
            set_doc_values(doc, facts=[], race_facts=[])  # what the steps below make of no fact (most Docs)
            return doc
        facts = self._rewon_office(ctx, self._respective_supersede(ctx, self._contest_wins(ctx, facts)))
        facts += self._sibling_race(ctx, facts)
        anchor_year = _year_of(doc_value(doc, "anchor"))
        facts = self._election_dated(ctx, self._seat_election(ctx, self._sibling_election(ctx, facts)), anchor_year)
        facts = _dedupe(self._in_election_context(ctx, self._decided(ctx, facts)), anchor_year, self._one_row)
        if self._share_ranks:
            facts = _one_share(ctx.doc, facts, self._share_ranks)
        facts, race_facts = self._story_backed(ctx, triggers, facts)
        set_doc_values(doc, race_facts=race_facts)
        if self._one_row and any(f.predicate in self._one_row for f in facts):
            facts = _dedupe(_one_row(facts, self._one_row, anchor_year), anchor_year, self._one_row)
        if ctx.reelected and (holders := self._reelected_holders(ctx, facts)):
            facts = _dedupe(facts + holders, anchor_year, self._one_row)  # ... in the rows' order
        set_doc_values(doc, facts=facts)
        return doc

    def _note_reelected(self, ctx: "_Context", rule: Rule, found: list[Fact], start: int, end: int) -> None:
        """Keeps (subject, office) of the positive candidacies and wins of a trigger that says the office is sought or
        won again (cues.yml ``reelection``: "wins re-election as", "her re-election bid", "seeks a second term"), unless
        a word of ``reelection_lost`` stands right before it ("who lost his re-election bid in 2018"): the rows that
        stand of those are their holders' (:meth:`_reelected_holders`). Only the rule's own rows, of an office with a
        place (as holds_office.title's): the rival's candidacy a result's ``also`` gives ("was re-elected against
        challenger Y") is no holder's, and "Mayor X" of no known place holds nothing to trust."""
        if rule.predicate not in _REELECTION_PREDICATES:
            return
        rows = [f for f in found if f.predicate == rule.predicate and f.polarity == "positive"
                and f.subject is not None and f.object is not None
                and (self.bare_offices or not get_span_value(f.object, "bare"))]
        if not rows:
            return
        lowers = token_lowers(ctx.doc)
        floor = max(sentence_of(ctx.doc, start).start, start - REELECTION_LOST_WINDOW)
        if not self._has(lowers[start:end], self._reelection) \
                or any(w in self.cues.reelection_lost for w in lowers[floor:start]):
            return
        ctx.reelected.update((f.name("subject"), f.name("object")) for f in rows)

    @staticmethod
    def _reelected_holders(ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """One who seeks, wins or loses re-election to an office holds it (SPEC holds_office): a ``holds_office`` row
        from each candidacy or win that stands of those :meth:`_note_reelected` kept ("Ana Ruiz loses her re-election
        bid as Mayor of Lyon", "Ivan Petrov is re-elected President of Zembla"), after every check the row passed
        (an election's context, a hedge, a poll). None where the document already gives that person that office,
        held or former ("Former mayor X wants a second term as mayor": a comeback), nor twice."""
        held = {(f.name("subject"), f.name("object")) for f in facts if f.predicate == "holds_office"}
        out = []
        for f in facts:
            key = (f.name("subject"), f.name("object"))
            if f.predicate in _REELECTION_PREDICATES and f.polarity == "positive" and key in ctx.reelected \
                    and key not in held:
                held.add(key)
                out.append(Fact(predicate="holds_office", subject=f.subject, object=f.object, polarity="positive",
                                confidence=f.confidence, rule=REELECTION_HOLDER_RULE, start=f.start, end=f.end))
        return out

    @staticmethod
    def _rewon_office(ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """A re-election won to the office its winner's title names is the race of its sentence: "Kentucky Governor X
        wins re-election, beating the state's attorney general, Y" is a governorship won, contested and lost, never
        the loser's apposed title. The winner's rows there (won, candidate, defeated), the candidacies of those the
        winner defeated there, and the sentence's elections of the office those rows named instead take the
        winner's office."""
        rewon: dict[tuple[int, str], Span] = {}  # (sentence start, winner) → the office won again there
        for f in facts:
            if f.predicate == "won" and f.rule == REWON_RULE and f.polarity == "positive" and f.subject is not None \
                    and f.object is not None and ctx.title_of.get(id(f.subject)) is f.object:
                rewon.setdefault((sentence_of(ctx.doc, f.start).start, f.name("subject")), f.object)
        if not rewon:
            return facts
        name = lambda span: span._.entity or span.text  # noqa: E731
        sent_of = {id(f): sentence_of(ctx.doc, f.start).start for f in facts}
        losers = {(sent_of[id(f)], f.name("object")): rewon[key] for f in facts if f.predicate == "defeated"
                  and (key := (sent_of[id(f)], f.name("subject"))) in rewon}
        people = {**rewon, **losers}
        out, wrong = [], {}
        for f in facts:
            slot = _REWON_SLOTS.get(f.predicate)
            span = getattr(f, slot) if slot is not None and f.predicate != "election" else None
            office = people.get((sent_of[id(f)], f.name("subject"))) if span is not None else None
            if office is not None and span is not office and name(span) != name(office):
                wrong[(sent_of[id(f)], name(span))] = office
                f = replace(f, **{slot: office})
            out.append(f)
        return [replace(f, subject=wrong[key]) if f.predicate == "election" and f.subject is not None
                and (key := (sent_of[id(f)], name(f.subject))) in wrong else f for f in out]

    @staticmethod
    def _contest_wins(ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """A winner of a party's contest (rule ``party_contest``) won no office in that sentence: "Governor Ana Ruiz
        wins the Green Party primary in Ohio, defeating Ivan Petrov" gives her no win of the governorship by the
        defeat's rule either (its rival's candidacy keeps the office)."""
        if not ctx.contest_won:
            return facts
        out = []
        for f in facts:
            if f.predicate == "won" and f.object is not None and f.subject is not None \
                    and (sentence_of(ctx.doc, f.subject.start).start, f.subject.start) in ctx.contest_won:
                f = replace(f, object=None)
            out.append(f)
        return out

    def _sibling_race(self, ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """Candidacies that named no office take the one office the other candidacies of their sentence name
        ("Congressman X ends his campaign and endorses President Y": Y's race; "President X is re-elected after a
        run-off with challenger Y": Y's candidacy names it), never where those name two; where they name none, a rival's
        (cues.yml ``rivalry`` in its evidence) takes the one office all the document's other candidacies name
        ("President X ... his re-election drive. Some contend the party should ditch the controversy over rival Y's
        record": X's race, which no race word names); else those the document lets stand without one
        (FactEngine._emit) do."""
        if not ctx.officeless:
            return []
        _, sent_of = sentence_index(ctx.doc)
        out = []
        for f in ctx.officeless:
            k = sent_of[f.start]
            others = [g for g in facts if g.predicate == f.predicate and g.object is not None
                      and g.polarity == "positive" and not _same(g.subject, f.subject)]
            offices = {o._.entity: o for o in (g.object for g in others if sent_of[g.start] == k)
                       if o._.role in self._contested_roles}
            if not offices and any(t.lower_ in self.cues.rivalry for t in ctx.doc[f.start:f.end]):
                offices = {o._.entity: o for o in (g.object for g in others) if o._.role in self._contested_roles}
            if len(offices) == 1:
                out.append(replace(f, object=next(iter(offices.values()))))
            elif id(f) in ctx.officeless_kept:
                out.append(f)
        return out

    def _sibling_election(self, ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """An election that named no office takes the one office the wins and candidacies of its sentence name,
        of a contested role ("President X is re-elected after a second round run-off with challenger Y": the
        presidency's runoff; "President X is level with challenger Sen. Y for the Nov. 2 election"); never where
        they name two, nor an election of a body's seats ("Mayor X wins a second term as her party sweeps the 2023
        municipal elections") or of another country ("Peruvian hopeful X watches the Chilean runoff"). Where the
        sentence's name none and the story names no race, the one office all the wins and candidacies near it name
        is it ("incumbent President X ... won Sunday's runoff vote, beating Y")."""
        if not any(f.predicate == "election" and f.subject is None for f in facts):
            return facts
        sents, sent_of = sentence_index(ctx.doc)
        lowers = token_lowers(ctx.doc)

        def raced(k: int, near: bool = False) -> dict:
            """The contested offices the positive wins and candidacies of sentence ``k`` name (with ``near``, of
            any sentence within RACE_FALLBACK_SENTENCES of it: a long article's far sections tell other races)."""
            return {o._.entity: o for o in (g.object for g in facts if g.predicate in ("won", "candidate")
                                            and g.object is not None and g.polarity == "positive"
                                            and abs(sent_of[g.start] - k) <= (RACE_FALLBACK_SENTENCES if near else 0))
                    if o._.role in self._contested_roles and not o._.bare}
        out = []
        for f in facts:
            if f.predicate == "election" and f.subject is None and f.polarity == "positive" \
                    and not self._has(lowers[max(0, f.start - 1):f.end], self._body_election):
                k = sent_of[f.start]
                offices = raced(k)
                if not offices and ctx.race is None:
                    # "Turkey's incumbent President X ... after winning Sunday's runoff vote" where the story names
                    # no race of its own but the wins and candidacies near it all name one office: its election,
                    # unless the election's sentence names another contested office ("Mayor X, who won the poll")
                    # or a place of another country ("... is re-elected. A runoff is held in Lima")
                    offices = raced(k, near=True)
                    places = [found[0] for g in ctx.in_sentence(sents[k], "GPE")
                              if self.kb is not None and (found := self.kb.lookup("GPE", g._.entity or g.text))]
                    if any(o._.entity not in offices and o._.role in self._contested_roles and not o._.bare
                           for o in ctx.in_sentence(sents[k], "OFFICE")) \
                            or any(self._place_disagrees(o, p) for o in offices.values() for p in places):
                        offices = {}
                # ... whose place is the election's own ("Peruvian hopeful X watches the Chilean runoff": no)
                if len(offices) == 1 and not self._own_place_disagrees(ctx, sents[k], f.start,
                                                                       office := next(iter(offices.values()))):
                    f = replace(f, subject=office)
            out.append(f)
        return out

    @staticmethod
    def _seat_election(ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """A by-election is its seat's: where the story names one legislator's seat by its constituency (an office
        of form ``seat``, "Member of Parliament for Kestrel South"), a special election with no office, or with the
        same role's office of the seat's country, is that seat's ("A Conservative MP has resigned, triggering a
        by-election. X, who represents Kestrel South, said ..."; "the resignation of X, the MP for Kestrel South,
        will trigger a by-election"). A story naming two seats leaves its by-elections as they are."""
        seats = {o._.entity: o for o in ctx.by_label("OFFICE") if o._.form == "seat"}
        if len(seats) != 1 or not any(f.predicate == "election" and f.kind == "special" for f in facts):
            return facts
        seat = next(iter(seats.values()))

        def generic(office: Span | None) -> bool:
            return office is None or (office._.role == seat._.role and office._.form != "seat"
                                      and office._.jurisdiction == seat._.jurisdiction)
        return [replace(f, subject=seat) if f.predicate == "election" and f.kind == "special"
                and f.polarity == "positive" and generic(f.subject) else f for f in facts]

    @staticmethod
    def _election_dated(ctx: "_Context", facts: list[Fact], anchor_year: int | None) -> list[Fact]:
        """A candidacy its own words left undated takes the date of the election of the same office its sentence
        dates after those words ("front-runner X for the June 3 election", "X filed his nomination for the
        by-election to be held on May 10"): a candidacy's date is its election's (SPEC). Never an election told
        within the candidacy's words ("X, who lost the 2012 presidential election, is running for president"), one
        of a year before the story's, one whose date this sentence does not state after those words, nor where the
        sentence gives that office's election two dates or offers two ("on August 9 or on August 16")."""
        if not any(f.predicate == "candidate" and f.date is None for f in facts):
            return facts
        sents, sent_of = sentence_index(ctx.doc)
        dated: dict[tuple[int, str], list[Fact]] = collections.defaultdict(list)
        for f in facts:
            if f.predicate == "election" and f.subject is not None and f.date is not None \
                    and f.polarity == "positive":
                dated[(sent_of[f.start], f.name("subject"))].append(f)
        out = []
        for f in facts:
            elections = dated.get((sent_of[f.start], f.name("object"))) \
                if f.predicate == "candidate" and f.date is None and f.object is not None else None
            if elections and len({e.date for e in elections}) == 1 and all(e.end > f.end for e in elections) \
                    and (anchor_year is None or (_year_of(elections[0].date) or anchor_year) >= anchor_year):
                after = [d for d in ctx.in_sentence(sents[sent_of[f.start]], "DATE") if d.start >= f.end]
                own = [d for d in after if d._.value == elections[0].date]
                # ... stated after those words, and not as one of two ("on August 9 or on August 16")
                if own and not any(0 <= d.start - own[0].end <= ALTERNATIVE_DATE_GAP for d in after):
                    f = replace(f, date=elections[0].date)
            out.append(f)
        return out

    def _decided(self, ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """No ``won`` where its sentence or the next says the race goes on ("X defeated Y. As neither
        candidate received a majority, a run-off will be held"): a first round's leader has won nothing
        yet. A runoff its sentence names outside those phrases may be the round won ("X wins the
        runoff after no candidate won a majority in the first round"): those wins stay."""
        if not self._undecided or not any(f.predicate == "won" for f in facts):
            return facts
        sents, sent_of = sentence_index(ctx.doc)
        lowers = token_lowers(ctx.doc)
        undecided, runoff = [], []
        for s in sents:
            words = lowers[s.start:s.end]
            covered = _cover(words, self._undecided)
            undecided.append(bool(covered))
            rest = [w if i not in covered else "" for i, w in enumerate(words)]
            runoff.append(self._has(rest, self._runoff))
        return [f for f in facts if f.predicate != "won" or runoff[sent_of[f.start]]
                or not any(undecided[sent_of[f.start]:sent_of[f.start] + 2])]

    def _in_election_context(self, ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """Election facts only where there is an election: in the fact's sentence (a word of elections,
        a vote count, a count's progress, the office it is about) or in the document (the election-context classifier,
        with the words of elections when it is unsure, or the words alone without a classifier)."""
        if not any(f.predicate in self._needs_context for f in facts):
            return facts
        doc = ctx.doc
        sents, sent_of = sentence_index(doc)
        lowers = token_lowers(doc)
        cued = [self._has(lowers[s.start:s.end], self._election) for s in sents]
        for v in ctx.by_label("VOTES"):
            cued[sent_of[v.start]] = True
        # "With 98% of precincts reporting, X leads Y by 4 points": a count under way is an election's, no poll's
        for p in ctx.by_label("PERCENT"):
            if p._.rule == COUNT_PROGRESS:
                cued[sent_of[p.start]] = True
        for k in self._party_labelled_sentences(ctx, sent_of):
            cued[k] = True
        for o in ctx.by_label("OFFICE"):
            # "Governor X of Ohio wins a second term": a term beside a contested office (a title too)
            k = sent_of[o.start]
            if not cued[k] and o._.role in self._contested_roles and not o._.bare \
                    and self._has(lowers[sents[k].start:sents[k].end], self._term_won):
                cued[k] = True
        # "elected chair of the board at the annual meeting", "won the public vote": a vote that is no public
        # election (cues private_vote) gives no result in its sentence (the predicates a poll suppresses) unless
        # the fact names an office
        if any(f.predicate in self._poll_suppressed for f in facts):
            private = [self._has(lowers[s.start:s.end], self._private_vote) for s in sents]
            facts = [f for f in facts if not (f.predicate in self._poll_suppressed and private[sent_of[f.start]]
                                              and self._office_of(f) is None)]
        if self._has(lowers, self._honour_vote):
            # "Rivera received all 425 votes cast in this year's election" in a story of the Hall of Fame's ballot:
            # an honour's vote; a public race its story names has its office ("the senator, a Hall of Fame pitcher")
            facts = [f for f in facts if f.predicate not in self._needs_context or self._office_of(f) is not None]
        if self._has(lowers, self._org_vote):
            # "the messengers elected Ruiz president in a runoff" in a story of a church's, a federation's or a
            # students' union's vote: its "presidential runoff" is no country's; a public office must be named
            facts = [f for f in facts if f.predicate not in self._needs_context or self._public_office(f)]
        kept = []
        for f in facts:
            k = sent_of[f.start]
            office = self._office_of(f)
            if f.predicate not in self._needs_context or cued[k] or (
                    office is not None and sent_of[office.start] == k and id(office) not in ctx.titles):
                kept.append(f)
        if len(kept) == len(facts):
            return facts  # every fact stands on its sentence: the classifier (the costly part) is not asked
        score = doc._.election_score
        if score is None:
            doc_ok = any(cued)
        else:
            alone, with_cue = self.context_scores
            doc_ok = score >= alone or (score >= with_cue and any(cued))
        return facts if doc_ok else kept

    def _party_labelled_sentences(self, ctx: "_Context", sent_of: list[int]) -> set[int]:
        """The sentences where a party's name labels PARTY_LABELLED_MIN people or more, right before the name
        ("beating Democrat Y") or as its apposition ("X, a Republican,"): a race's sides."""
        doc = ctx.doc
        parties = [o for o in ctx.by_label("ORG") if is_party(o, self.kb)]
        if len(parties) < PARTY_LABELLED_MIN:
            return set()
        ends = {o.end for o in parties}
        starts = {o.start for o in parties}
        labelled: dict[int, set[int]] = {}
        for p in ctx.by_label("PERSON"):
            after = p.end + 2  # ", a Republican"
            if p.start in ends or (after < len(doc) and doc[p.end].text == ","
                                   and doc[p.end + 1].lower_ in ARTICLES and after in starts):
                labelled.setdefault(sent_of[p.start], set()).add(p.start)
        return {k for k, people in labelled.items() if len(people) >= PARTY_LABELLED_MIN}

    def _public_office(self, f: Fact) -> bool:
        """The fact names a public office as a noun: a place's role ("the governor", "mayor of Lyon"), no
        organisation's ("president of the convention"), no adjective ("presidential") nor a bare title."""
        office = self._office_of(f)
        return office is not None and office._.form == "noun" and not office._.bare \
            and office._.jurisdiction is not None and self.lexicon.role_levels.get(office._.role) != ORG_LEVEL

    @staticmethod
    def _office_of(f: Fact) -> Span | None:
        """The office a fact is about: a result's object or office, an election's subject ("the governor's race")."""
        return next((s for s in (f.object, f.office, f.subject) if s is not None and s.label_ == "OFFICE"), None)

    def _story_backed(self, ctx: "_Context", triggers, facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
        """(facts, race-only facts): the facts of a rule with ``story_needs`` stand only where the document
        shows one of them outside that rule's own trigger words: "President-elect" is a title, and a story
        that names no election, vote count or result ("President-elect X names his cabinet") reports no
        win. Such a fact still tells the race stage whose race the story is news of."""
        needy = {f.rule for f in facts if f.rule in self.by_id and self.by_id[f.rule].story_needs}
        if not needy:
            return facts, []
        doc = ctx.doc
        own = {i for rule, start, end in triggers if rule.id in needy for i in range(start, end)}
        shown = set()
        words = [w if i not in own else "" for i, w in enumerate(token_lowers(doc))]
        if self._has(words, self._election):
            shown.add("election_word")
        if self._has(words, self._result):
            shown.add("result_word")
        if ctx.by_label("VOTES"):
            shown.add("vote_figure")
        if any(f.predicate in self._needs_context and f.rule not in needy for f in facts):
            shown.add("election_fact")
        backed = [f.rule not in needy or bool(shown.intersection(self.by_id[f.rule].story_needs)) for f in facts]
        return [f for f, ok in zip(facts, backed) if ok], [f for f, ok in zip(facts, backed) if not ok]

    @staticmethod
    def _comma_after_place(ctx: "_Context", i: int) -> bool:
        """Token ``i`` is a comma right after a place mention ("Birmingham, Alabama, elected"), no name's."""
        return i >= 1 and ctx.doc[i].text == "," and any(p.end == i for p in ctx.by_label("GPE"))

    def _figure_at(self, ctx: "_Context", i: int) -> bool:
        """A vote figure starts at token ``i``, or after a run of approximators there ("a margin of 1,203"), or after
        an article, words that describe a margin and its "margin of" ("the slim but decisive margin of 537 votes")."""
        doc = ctx.doc
        if i >= len(doc):
            return False
        lowers = token_lowers(doc)
        starts = {f.start for lab in ("VOTES", "PERCENT") for f in ctx.in_sentence(sentence_of(doc, i), lab)}
        seen, todo = {i}, [i]
        while todo:
            j = todo.pop()
            if j in starts:
                return True
            for phrase in self._approximators:
                k = j + len(phrase)
                if k not in seen and tuple(lowers[j:k]) == phrase:
                    seen.add(k)
                    todo.append(k)
            if j < len(doc) and lowers[j] in ARTICLES:
                k = j + 1
                while k < min(len(doc), j + 1 + MARGIN_MODIFIERS) and tuple(lowers[k:k + 2]) != _MARGIN_OF \
                        and (doc[k].is_alpha or doc[k].text == "-"):
                    k += 1
                if tuple(lowers[k:k + 2]) == _MARGIN_OF and k + 2 not in seen:
                    seen.add(k + 2)
                    todo.append(k + 2)
        return False

    def _trigger_facts(self, ctx: "_Context", rule: Rule, start: int, end: int) -> list[Fact]:
        if not ctx.name_tokens.isdisjoint(range(start, end)):
            return []  # "Registrations and Elections office" is a name, not an election
        if rule.dependency:
            return list(self._apply_dependency(ctx, rule, start, end)) if self.dep_matcher is not None else []
        if rule.near and not rule.near_person and self._near_firsts(rule).isdisjoint(ctx.lowers()):
            return []  # no word that opens a near phrase anywhere in the Doc: :meth:`_gate` refuses every trigger
        return list(self._apply(ctx, rule, start, end))

    def _near_firsts(self, rule: Rule) -> frozenset[str]:
        """The first words of the rule's ``near`` phrases: a Doc without any of them holds none of the phrases, so a
        rule triggered by a common word ("to" of "lost the election to") is refused before any search."""
        firsts = self._near_first_cache.get(rule.id)
        if firsts is None:
            firsts = self._near_first_cache[rule.id] = frozenset(p[0] for p in self._tokens(rule.near) if p)
        return firsts

    def _word_triggers(self, doc: Doc, ctx: "_Context | None" = None) -> tuple[list[tuple[Rule, int, int]],
                                                                              list[tuple[Rule, int, int, list]]]:
        """(rule, start, end) per trigger, the longest match per rule where matches overlap; and the triggers a
        longer one of the same predicate covers, each with the (rule id, start, end) of those covering it. With ``ctx``,
        without the matches :meth:`_droppable_triggers` lets go in this Doc (they change none of that)."""
        matches = self.matcher(doc)
        if not matches:
            return [], []
        if ctx is not None and self._droppable:
            droppable, lowers = self._droppable, ctx.lowers()
            gone = {mid: gate[1] for mid in {m[0] for m in matches}
                    if (gate := droppable.get(mid)) is not None and gate[0].isdisjoint(lowers)}
            if gone:
                matches = [m for m in matches if m[0] not in gone or m[2] - m[1] > gone[m[0]]]
                if not matches:
                    return [], []
        rule_of = self._rule_of_match
        if len({m[0] for m in matches}) == len(matches):  # each rule matches once: nothing overlaps (most Docs)
            return self._covering([(rule_of[mid], start, end) for mid, start, end in matches])
        by_rule: dict[int, list[tuple[int, int]]] = {}  # match id (the rule id's hash) → spans, in matcher order
        for match_id, start, end in matches:
            spans = by_rule.get(match_id)
            if spans is None:
                by_rule[match_id] = [(start, end)]
            else:
                spans.append((start, end))
        out = []
        for mid, spans in by_rule.items():
            rule = rule_of[mid]
            if len(spans) == 1:  # most rules match once in a Doc: nothing overlaps
                out.append((rule, *spans[0]))
                continue
            kept: list[tuple[int, int]] = []
            used: set[int] = set()
            for start, end in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
                if used.isdisjoint(range(start, end)):
                    kept.append((start, end))
                    used.update(range(start, end))
            out.extend((rule, s, e) for s, e in sorted(kept))
        return self._covering(out)

    def _covering(self, out: list[tuple[Rule, int, int]]) -> tuple[list[tuple[Rule, int, int]],
                                                                     list[tuple[Rule, int, int, list]]]:
        """The triggers (one rule's overlapping matches resolved) in document order, and those a longer one of their
        predicate and kind covers (see :meth:`_word_triggers`)."""
        # A longer trigger of the same predicate wins: "was defeated by" over "defeated". Window and
        # dependency rules do not cover each other: the parse finds a subject the window misses ("X,
        # wanted by the court, is elected": "is elected" has no subject in its window, "elected" has one).
        # Only a trigger with another of its predicate and kind in the Doc may be covered: the others are kept as
        # they are.
        kind_of = self._trigger_kind
        groups: dict[tuple[str, bool], list[tuple[Rule, int, int]]] = {}  # the triggers of each kind
        for t in out:
            kind = kind_of[t[0].id]
            group = groups.get(kind)
            if group is None:
                groups[kind] = [t]
            else:
                group.append(t)
        over_of: dict[int, list] = {}  # id(trigger) → the (rule id, start, end) of the longer ones covering it
        if len(groups) < len(out):
            for group in groups.values():
                width = group[0][2] - group[0][1]
                if all(e - s == width for _, s, e in group):
                    continue  # one kind's triggers all as long: none covers another (most kinds)
                shortest = min(e - s for _, s, e in group)
                wide = [t for t in group if t[2] - t[1] > shortest]  # only these may cover another
                for t in group:
                    _, s, e = t
                    over = [(r2.id, s2, e2) for r2, s2, e2 in wide if s2 <= s and e <= e2 and (e2 - s2) > (e - s)]
                    if over:
                        over_of[id(t)] = over
        if not over_of:
            return sorted(out, key=_trigger_order), []
        kept = sorted((t for t in out if id(t) not in over_of), key=_trigger_order)
        return kept, [(*t, over_of[id(t)]) for t in out if id(t) in over_of]

    def _bound_dates(self, ctx: "_Context", triggers) -> dict[int, int]:
        """Dates standing right next to an event trigger belong to that trigger."""
        bound: dict[int, int] = {}
        if not ctx.by_label("DATE"):
            return bound  # no date to bind (as :meth:`_adjacent_dates` finds for each trigger)
        for rule, start, end in triggers:
            slot = rule.slots.get("date")
            if slot is None or slot.mode != "adjacent":
                continue
            for d in self._adjacent_dates(ctx, start, end, slot.window):
                bound.setdefault(d.start, start)
        return bound

    # -- one trigger -------------------------------------------------------------
    def _apply(self, ctx: "_Context", rule: Rule, start: int, end: int) -> Iterator[Fact]:
        sent = sentence_of(ctx.doc, start)
        if rule.respective:
            polarity = self._gate(ctx, rule, sent, start, end)
            if polarity is not None:
                yield from self._respective(ctx, rule, sent, start, end, polarity)
            return
        vslot = rule.slots.get("value")
        if vslot is not None and vslot.required and not any(
                ctx.in_sentence(sent, lab) for lab in (vslot.labels or ("VOTES", "PERCENT"))):
            return  # a rule that needs a figure gives nothing in a sentence without one: no argument search
        polarity = self._gate(ctx, rule, sent, start, end)
        if polarity is not None:
            yield from self._fill(ctx, rule, sent, start, end, polarity, {})

    def _respective(self, ctx: "_Context", rule: Rule, sent: Span, start: int, end: int,
                    polarity: str) -> Iterator[Fact]:
        """"X, Y and Z received 19%, 17% and 4.5%, respectively", "X and Y with 204 votes and 193 votes,
        respectively": the figures joined right before the trigger go to the names joined before them in order, as
        many names as figures (one each), all of one unit. The other rules' readings of those figures in the sentence
        give way (:meth:`_respective_supersede`)."""
        doc = ctx.doc
        figures = sorted((m for label in ("VOTES", "PERCENT") for m in ctx.in_sentence(sent, label) if m.end <= start),
                         key=lambda m: m.start)
        if not figures or start - figures[-1].end > RESPECTIVE_TAIL_MAX:
            return
        run = [figures[-1]]
        for m in reversed(figures[:-1]):
            gap = [t.lower_ for t in doc[m.end:run[0].start]]
            if not (0 < len(gap) <= 2 and all(w in _RESPECTIVE_FIGURE_GAP for w in gap)):
                break
            run.insert(0, m)
        if len(run) < 2 or len({m.label_ for m in run}) > 1:
            return
        people = [p for p in ctx.in_sentence(sent, "PERSON") if p.end <= run[0].start]
        if not people:
            return
        between = [t for t in doc[people[-1].end:run[0].start]
                   if t.i not in ctx.org_tokens and t.lower_ not in _RESPECTIVE_ASIDE]
        if len(between) > RESPECTIVE_VERB_MAX:
            return
        names = self._coordinated(ctx, people[-1], people)
        if len(names) != len(run):
            return
        for name, figure in zip(names, run):
            yield Fact(predicate=rule.predicate, subject=name, value=figure._.value, unit=figure._.unit,
                       polarity=polarity, confidence=rule.confidence, rule=rule.id, start=names[0].start, end=end)

    def _respective_supersede(self, ctx: "_Context", facts: list[Fact]) -> list[Fact]:
        """Where a respective rule paired names with figures, another rule's share of one of those names in that
        sentence with one of those figures goes ("X and Y received 380 and 32 votes respectively" is no 380 of Y's
        by nearness); a paired fact with no office takes the one the dropped readings named."""
        paired = [f for f in facts if f.rule in self._respective_ids]
        if not paired:
            return facts
        _, sent_of = sentence_index(ctx.doc)
        groups: dict[int, list[Fact]] = {}
        for f in paired:
            groups.setdefault(sent_of[f.start], []).append(f)
        drop: set[int] = set()
        offices: dict[int, Span] = {}
        for f in facts:
            group = groups.get(sent_of[f.start])
            if f.rule in self._respective_ids or f.predicate != SHARE_PREDICATE or not group or f.subject is None:
                continue
            if any(_same(f.subject, g.subject) for g in group) and any(
                    f.value == g.value and f.unit == g.unit for g in group):
                drop.add(id(f))
                if f.object is not None:
                    offices.setdefault(sent_of[f.start], f.object)
        out = []
        for f in facts:
            if id(f) in drop:
                continue
            if f.rule in self._respective_ids and f.object is None and sent_of[f.start] in offices:
                f = replace(f, object=offices[sent_of[f.start]])
            out.append(f)
        return out

    def _gate(self, ctx: "_Context", rule: Rule, sent: Span, start: int, end: int) -> str | None:
        """The fact's polarity, or None where the trigger gives no fact: its rule's ``near`` words
        are missing, an excluded word stands by, the clause hedges (or speaks of the future where the
        outcome must have happened), or the sentence reports a poll."""
        doc = ctx.doc
        # the clause's negation and hedges are read before the near phrase of a near_through rule: "will not seek a
        # fifth term" is denied, though "not" is more than three words before "term"
        clause_end = start
        # "the presidential election, brought forward after the impeachment of X, will take place": read past the aside
        aside = self._race_aside(doc, start, sent.start) if rule.near or rule.exclude_near else start
        if rule.near_through:
            clause_end = self._near_through(doc, start, rule, sent.start, ctx)
            if clause_end is None:
                return None
        elif rule.near and not (self._near_person(ctx, sent, rule, start) if rule.near_person
                                else self._phrase_before(doc, aside, rule.near, rule.near_window, sent.start)
                                or self._phrase_before(doc, start, rule.near, rule.near_window, sent.start)):
            return None  # ... with near_person, "the country's election": the possessive is no person's
        if rule.near_after and not self._phrase_before(doc, min(sent.end, end + rule.near_after_window),
                                                       rule.near_after, rule.near_after_window, end):
            return None
        if rule.not_followed_by and end < len(doc) and (
                doc[end].lower_ in rule.not_followed_by
                or (after := self._after_adjacent_date(ctx, end)) < len(doc)
                and doc[after].lower_ in rule.not_followed_by
                or self._glued_hyphen(doc, end) and doc[end + 1].lower_ in rule.not_followed_by):
            # ... also past a date written right after the trigger ("a poll on Monday showed") or a hyphen glued to
            # both words ("an election-year debate" as "an election year debate")
            return None
        if rule.not_preceded_by and start > 0 and (
                doc[start - 1].lower_ in rule.not_preceded_by
                or doc[start - 1].text[-1:] in HYPHENS and HYPHENS.intersection(rule.not_preceded_by)
                or rule.not_preceded_through and self._preceded_through(doc, start, rule, sent.start)):
            return None  # ... a hyphen glued to the word before counts: "Prime Minister- elect X"
        if rule.opens_sentence and start != sent.start:
            return None  # "Ana Ruiz is seeking re-election, Ivan Petrov said": no fronted clause, no subject after it
        if rule.not_titling and end in ctx.person_starts:
            return None  # "the manager of candidate Ana Ruiz": the word titles the name after it
        if rule.head_nouns and end < len(doc) and doc[end].is_alpha and not doc[end].is_stop \
                and doc[end].lower_ not in rule.head_nouns and (
                    doc[end].is_lower or doc[start].is_title and doc[end].is_title
                    and ctx.starting("DATE").get(end) is None):
            # "its primary enemy": an adjective of the noun after it; capitalised before a capitalised word other
            # than a date, a name's word ("Primary Global Research says", "the Primary Care Trust")
            return None
        # a vote's window after it opens past a date written right after it: "members vote on Sunday in the club's
        # election" is the club's as "the club's vote on Sunday" is (a scheduling trigger's date is its object: "to be
        # held on 12 February, as well as the referendum" keeps its election)
        dated = self._after_adjacent_date(ctx, end) if rule.decision_vote and end < sent.end else len(doc)
        past = dated if dated < len(doc) else end
        if rule.exclude_near and (
                self._phrase_before(doc, aside, rule.exclude_near, rule.exclude_window, sent.start)
                or self._phrase_before(doc, min(sent.end, past + rule.exclude_window), rule.exclude_near,
                                       rule.exclude_window, end)):
            return None
        if rule.exclude_after and self._starts_with(doc, end, rule.exclude_after):
            return None  # "wins the first round": what is won is no office
        if rule.predicate == "election" and (self._demanded(ctx, sent, start) or (
                rule.near and not rule.near_person
                and (at := self._near_start(ctx, rule, start, sent.start)) is not None
                and self._demanded(ctx, sent, at))):
            # "protesters demand early presidential elections": no election held; nor where the election's words are
            # the rule's near phrase ("the opposition demands that the election be held in May")
            return None
        if rule.exclude_object and self._takes_object(doc, end, rule.exclude_object):
            return None  # "wins the Democratic nomination", "won the right to run": no office either
        clause = self._clause(doc, clause_end, sent.start, ctx.clause_skip)
        if rule.predicate in self.cues.reported_future_predicates and not rule.future_is_hedge:
            clause = self._unreported_future(doc, clause_end, sent.start, clause)
        if self._hedged(rule, clause):
            return None
        if rule.poll_conditional_hedges and self._has(clause, self._poll_conditional) \
                and self._sentence_reports_poll(ctx, sent):
            return None  # "in a hypothetical runoff, X would defeat Y, a new poll shows": a poll's imagined contest
        if rule.decision_vote and self._decides(ctx, sent, end):
            return None  # "the commission will vote Wednesday to ban the trades": a body's decision, no election
        if rule.decision_vote and self._voters_choice(ctx, sent, end):
            return None  # "go out and vote Republican today": a voter's choice, no election of that day
        if rule.decision_vote and any(get_span_value(m, "rule") == TALLY_FIGURE and m.end == start
                                      for m in mentions(doc)):
            return None  # "the 90-8 vote Wednesday": a division's tally names a chamber's vote, no election
        if rule.share_needs_majority and self._minority_share(ctx, sent, end):
            return None  # "Ivan Petrov, who won 45 percent of the vote, concedes": a share, no win
        if rule.predicate in self._poll_suppressed and self._sentence_reports_poll(ctx, sent):
            rel = self._past_relative(doc, start, sent.start)
            if rel is None or self._reports_poll(doc[rel:sent.end]):
                return None
        denied = self._has(clause[-3:], self._negation) or (
            rule.near and not rule.near_through and not rule.near_person
            and self._denied_before_near(ctx, rule, start, sent.start))
        if denied and rule.negation_drops:
            return None  # "will not run for mayor": no candidacy, not a denied one
        return "negative" if rule.negatable and denied else "positive"

    @staticmethod
    def _preceded_through(doc: Doc, start: int, rule: Rule, floor: int) -> bool:
        """A ``not_preceded_by`` word stands before the trigger at ``start`` past ``not_preceded_through`` words only,
        at most :data:`NOT_PRECEDED_THROUGH_MAX` of them, or a negation's word: "was narrowly defeated", "is soundly
        beaten", "was not defeated by" (no active "defeated" either way)."""
        k = start - 1
        while k > floor and start - 1 - k < NOT_PRECEDED_THROUGH_MAX and (
                doc[k].lower_ in rule.not_preceded_through or doc[k].lower_ in _AUXILIARY_NEGATIONS):
            k -= 1
            if doc[k].lower_ in rule.not_preceded_by:
                return True
        return False

    def _demanded(self, ctx: "_Context", sent: Span, start: int) -> bool:
        """The election whose words start at ``start`` is what someone demands (cues.yml ``election_demand``): a
        demanding phrase stands right before its own phrase (articles, the race's modifiers, its office, date or
        place: ``election_demand_through``), before "that" there, or before an earlier conjunct its "and" or comma
        joins it to, within :data:`DEMAND_WINDOW` words ("demand early presidential elections", "demanding the
        government's resignation and snap elections"); "demanded a recount of the presidential election" demands
        the recount."""
        cues = self.cues
        if not cues.election_demand:
            return False
        doc = ctx.doc
        floor = max(sent.start, start - DEMAND_WINDOW)
        lowers = token_lowers(doc)
        if not any(lowers[j] in self._demand_first for j in range(floor, start)):
            return False  # no demanding phrase starts in reach: the common case, before any set is built
        inside = set(ctx.office_tokens) | {i for label in ("DATE", "GPE") for m in ctx.in_sentence(sent, label)
                                           for i in range(m.start, m.end)}
        k = start - 1
        while k >= floor and (k in inside or doc[k].lower_ in cues.election_demand_through
                              or doc[k].lower_ in cues.modifiers):
            k -= 1
        if k < floor:
            return False

        def demand_ends(e: int) -> bool:
            return any(e - len(p) + 1 >= floor and tuple(lowers[e - len(p) + 1:e + 1]) == p
                       for p in self._demand_phrases)

        if lowers[k] == "that":
            return demand_ends(k - 1)
        if lowers[k] in ("and", ","):  # an earlier conjunct of the demand: "the resignation of X and snap elections"
            # ... which stands between the demand and the joiner ("Despite opposition demands, the election will be
            # held": a noun that demands nothing ends its phrase)
            for j in range(k - 2, floor - 1, -1):
                if demand_ends(j):
                    return True
                if doc[j].is_punct and doc[j].text not in (",", "-") and doc[j].text not in HYPHENS:
                    return False
            return False
        return demand_ends(k)

    def _unreported_future(self, doc: Doc, end: int, floor: int, clause: list[str]) -> list[str]:
        """``clause`` without the reported "would" of "Ana Ruiz said on Monday that she would run" (cues.yml
        ``reported_future``): the word right after the reporter's pronoun, a word of reporting at most
        :data:`REPORTED_FUTURE_GAP` words before it, and none of ``reported_future_not`` after it."""
        lowers = token_lowers(doc)
        for i in range(end - 1, max(floor, end - self.cues.window) - 1, -1):
            if lowers[i] not in self.cues.reported_future or i - 1 < floor \
                    or lowers[i - 1] not in _REPORTED_FUTURE_PRONOUNS:
                continue
            if self._starts_with(doc, i + 1, self.cues.reported_future_not):
                return clause
            for k in range(i - 2, max(floor, i - 2 - REPORTED_FUTURE_GAP) - 1, -1):
                if doc[k].is_punct:
                    return clause  # "said the party, which she would lead"
                if lowers[k] in self.cues.reporting:
                    last = len(clause) - 1 - clause[::-1].index(lowers[i])  # the clause's last "would": this one
                    return clause[:last] + clause[last + 1:]
            return clause
        return clause

    def _hedged(self, rule: Rule, clause: list[str]) -> bool:
        """The clause hedges (unless the rule is ``hedge_ok``), or speaks of the future where the rule's
        outcome must have happened."""
        if rule.hedge_ok:
            return rule.future_is_hedge and self._has(clause, self._future)
        return self._has(clause, self._hedge) or (rule.future_is_hedge and self._has(clause, self._future))

    def _minority_share(self, ctx: "_Context", sent: Span, end: int) -> bool:
        """A share of at most :data:`MAJORITY_SHARE` percent, or a count of votes, follows the trigger,
        approximators aside: "won 48 votes" in a ballot of many states a tally, not who won."""
        doc = ctx.doc
        figures = sorted([*ctx.in_sentence(sent, "PERCENT"), *ctx.in_sentence(sent, "VOTES")], key=lambda f: f.start)
        for f in figures:
            if f.start < end or f._.value is None:
                continue
            j = f.start  # back over "just under", "about"
            while j > end:
                k = next((len(p) for p in self._approximators
                          if j - len(p) >= end and tuple(t.lower_ for t in doc[j - len(p):j]) == p), 0)
                if not k:
                    break
                j -= k
            if j == end:
                return f.label_ == "VOTES" or float(f._.value) <= MAJORITY_SHARE
        return False

    def _apply_dependency(self, ctx: "_Context", rule: Rule, start: int, end: int) -> Iterator[Fact]:
        """The rule's dependency pattern on the trigger's parsed sentence: each slot node names the
        mention that fills it, wherever it stands ("Ana Ruiz, who received 45% of the vote in the first
        round, lost to Ivan Petrov"); the slots without a node are searched in windows as usual. Only
        sentences that pass the rule's gate and name a person are parsed: the parser is the costly part."""
        sent = sentence_of(ctx.doc, start)
        people = ctx.in_sentence(sent, "PERSON")
        if not people or len(people) < 2 and rule.id in self._two_people:
            return  # ... nor one naming a single person, for a rule whose two people must differ (_needs_two_people)
        vslot = rule.slots.get("value")
        if vslot is not None and vslot.required and not any(
                ctx.in_sentence(sent, lab) for lab in (vslot.labels or ("VOTES", "PERCENT"))):
            return  # a required figure the sentence lacks: _fill would give nothing, so no parse (as in _apply)
        words = self._dep_words[rule.id]
        if words:
            present = set(token_lowers(ctx.doc)[sent.start:sent.end])
            if any(present.isdisjoint(w) for w in words):
                return  # a word a pattern node needs is not in the sentence: no match, no parse
        polarity = self._gate(ctx, rule, sent, start, end)
        if polarity is None:
            return
        names = [n["RIGHT_ID"] for n in rule.dependency]
        for key, tokens in self.syntax.match(sent, self._dependency_matcher(rule, sent)):
            if key != rule.id or not start <= tokens[0].i < end:
                continue
            preset: dict[str, list] = {}
            for name, token in zip(names[1:], tokens[1:]):
                slot = rule.slots.get(name)
                if slot is None:
                    continue  # a helper node
                hit = next((m for lab in slot.labels for m in ctx.in_sentence(sent, lab)
                            if m.start <= token.i < m.end), None)
                if hit is None:
                    break
                preset[name] = self._coordinated(ctx, hit, ctx.in_sentence(sent, hit.label_)) \
                    if slot.coordinate else [hit]
            else:
                yield from self._fill(ctx, rule, sent, start, end, polarity, preset)

    def _dependency_matcher(self, rule: Rule, sent: Span) -> DependencyMatcher:
        """The matcher of the rule's pattern alone where the sentence's parse has one root, else the shared one.

        spaCy's DependencyMatcher gives a key's matches root by root (in the order its node matcher first reaches
        each root: that order depends on the other patterns), and within a root by each node's positions in token
        order (which do not): under one root, the rule's own matcher gives the matches the shared one gives under
        the rule's key, in the same order (test_facts_rule_dependency_matcher_matches_as_the_shared_one). It skips
        the other rules' nodes: those that match any token ("_head": {}) made each call walk every token's
        ancestors, a third of the matching's time."""
        own = self._rule_dep_matchers.get(rule.id)
        if own is None or not one_root(self.syntax.parse(sent, tags=False)):
            return self.dep_matcher
        return own

    def _fill(self, ctx, rule: Rule, sent: Span, start: int, end: int, polarity: str,
              preset: dict[str, list]) -> Iterator[Fact]:
        found: dict[str, list] = dict(preset)
        fallback_used = False
        found.pop("value_span", None)
        seat = self._aims_at_seat(ctx.doc, sent, end)
        contest = bool(rule.party_contest) and self._party_contest(ctx, end, rule.party_contest)
        # the levels of the contest a result takes ("wins the regional elections"), read when a fallback is tried;
        # a result's predicates are those a poll suppresses (an election's own trigger takes no contest)
        levels: frozenset[str] | None | bool = False if rule.predicate in self._poll_suppressed else None
        for name in ("subject", "object", "office"):
            slot = rule.slots.get(name)
            if slot is None or name in found:
                continue
            if contest and name == "object":
                found[name] = [None]  # "Governor X wins the Green Party primary": no office won, not her own
                continue
            hits = self._mentions(ctx, slot, sent, start, end, found,
                                  appointed_ok=rule.predicate not in self._needs_context)
            if "OFFICE" in slot.labels and rule.predicate in self._poll_suppressed \
                    and (past := self._dated_relative(ctx, sent, start, end)) is not None:
                # "Ana Ruiz, who was defeated by Ivan Petrov in 2019, won the mayoral election": the relative's
                # result is an earlier race's, whose office only the relative clause may name (no story's race); a
                # result's predicates only (those a poll suppresses), the election's own row keeps its office
                hits = [m for m in hits if past[0] <= m.start and m.end <= past[1]][:1]
                if not hits and slot.required:
                    return
                found[name] = hits or [None]
                continue
            if hits and slot.side == "both" and "OFFICE" in slot.labels and hits[0].end <= start \
                    and levels is not None:
                # "X becomes Prime Minister after winning the Green Party leadership election": an office before the
                # result of another level than the contest it takes is the one it leads to; the contest's own office
                # after the verb, if any, is the one won
                if levels is False:
                    levels = self._contest_levels(ctx, end)
                fits = self._level_fits(levels)
                if not fits(hits[0]):
                    after = self._mentions(ctx, replace(slot, side="right"), sent, start, end, found,
                                           appointed_ok=rule.predicate not in self._needs_context)
                    hits = [m for m in after if fits(m)][:1]
            if hits and name == "subject" and rule.predicate == "election" and hits[0] is not None \
                    and self._indirect_apart(ctx, sent, hits[0], start):
                hits = []  # "reinstated as Prime Minister of Zembla following the election": the holder's office
            if hits and name == "object" and rule.predicate == "candidate" and hits[0] is not None:
                hits = [self._party_contest_post(ctx, sent, hits[0])]
            if slot.group and len(hits) < 2:
                return  # "both candidates": a pair named before, not one name
            if hits and name == "subject" and rule.predicate in self._pronoun_subject and hits[0] is not None \
                    and hits[0].end <= start and self._clause_pronoun(ctx.doc, hits[0].end, start) is not None:
                # "X beat Y by 1,587 votes; he polled 534,239": the pronoun that opens the clause is its subject,
                # never the name the clause before ends with
                hits = self._pronoun_antecedent(ctx, sent, start, slot.window, past=hits[0].end)
            if not hits and name == "subject" and rule.predicate in self._pronoun_subject \
                    and slot.side in ("left", "both") and "PERSON" in slot.labels:
                # a result's pronoun is its verb's own subject ("He defeated X"), never one far before ("He had been
                # expected to win following the ousting of X")
                hits = self._pronoun_antecedent(ctx, sent, start, slot.window,
                                                gap=RESULT_PRONOUN_GAP if rule.predicate in self._poll_suppressed
                                                else None)
            if not hits and slot.fallback is not None and levels is False:
                levels = self._contest_levels(ctx, end)
            fits = self._level_fits(levels) if not hits and slot.fallback is not None else None
            if not hits and slot.fallback in ("title", "own_title") and found.get("subject") and not seat:
                # "Governor Andy Beshear is re-elected": the office the subject's title names
                title = ctx.title_of.get(id(found["subject"][0])) if found["subject"][0] is not None else None
                hits = [title] if title is not None and fits(title) else []
            if not hits and slot.fallback == "next_title":
                # "Zembla re-elects President X": the winner's own title, right after the verb, is the office; not
                # where the name is a possessor ("re-elects President X's ally as speaker": the ally is elected)
                owners = {p.start for p in ctx.in_sentence(sent, "PERSON")
                          if p.end >= len(ctx.doc) or ctx.doc[p.end].text not in POSSESSIVE_ENDINGS}
                hits = [o for o in ctx.in_sentence(sent, "OFFICE") if o.start == end and id(o) in ctx.titles
                        and o.end in owners and not o._.bare and o._.qualifier is None
                        and o._.role in self._contested_roles][:1]
                if not hits and slot.required:
                    return
                found[name] = hits or [None]
                continue
            race, vote_race = ctx.races_in(sent) if not hits else (None, None)  # read only where nothing was found
            if fits is not None:
                # "Lima mayor X wins the regional elections": neither a title nor a story's race of another level
                race = race if race is None or fits(race) else None
                vote_race = vote_race if vote_race is None or fits(vote_race) else None
            if seat and not hits:
                # "X, already mayor of Lyon, is elected to the European Parliament": a seat won is a body's, never a
                # one-person office the sentence or the story races for
                race = race if race is None or race._.role in self.lexicon.member_roles else None
                vote_race = vote_race if vote_race is None or vote_race._.role in self.lexicon.member_roles else None
            # a long article's race far above names an incumbent's race less well than the incumbent's own title in
            # the sentence ("Gov. X, who lost his reelection bid": the governorship, not the story's first race)
            deferred = None
            if not hits and slot.fallback in ("incumbent", "vote_incumbent") and not seat:
                story = race if slot.fallback == "incumbent" else vote_race
                if story is not None and self._owner_holds_other(ctx, sent, start, story):
                    race = vote_race = story = None  # "Bush's re-election ... the French president": Bush's office
                if story is not None and not ctx.near(sent, story):
                    deferred, race, vote_race = story, None, None
            if not hits and slot.fallback in ("race", "title", "incumbent", *_OWN_TITLE_FALLBACKS) and race is not None \
                    and not self._own_place_disagrees(ctx, sent, start, race):
                hits, fallback_used = [race], True
            if not hits and slot.fallback in ("vote", "vote_incumbent") and vote_race is not None \
                    and not self._own_place_disagrees(ctx, sent, start, vote_race) \
                    and not (self._seat(ctx, rule.predicate, None, start, end) == "body"
                             and self._seat(ctx, rule.predicate, vote_race, start, end) in ("single", "party")):
                # ... never a one-person office to an election of a body's seats ("2024 Zemblan presidential
                # election, 2024 Zemblan parliamentary election": the second is no president's)
                # "Laschet is elected leader of the CDU ... candidate in the federal election in September":
                # the voters of an election that names no office elect no party leader or prime minister
                hits, fallback_used = [vote_race], True
            if not hits and slot.fallback in _OWN_TITLE_FALLBACKS and found.get(_OWN_TITLE_FALLBACKS[slot.fallback]):
                # "X endorses President Ana Ruiz", "incumbent President Ana Ruiz has won 90% of the vote": that
                # person's own title of a contested role is the office the race is for, when the story names no
                # other (a former or bare title names none)
                person = found[_OWN_TITLE_FALLBACKS[slot.fallback]][0]
                own = ctx.title_of.get(id(person)) if person is not None else None
                if own is not None and not own._.bare and own._.qualifier is None \
                        and own._.role in self._contested_roles and fits(own):
                    hits, fallback_used = [own], True
            if not hits and slot.fallback in ("incumbent", "vote_incumbent") and not seat:
                # "President Ana Ruiz faces challenger Ivan Petrov": the incumbent's office is the one contested;
                # the subject's own title first ("Russian President X congratulates President-elect Y": Y's)
                held = [o for o in ctx.in_sentence(sent, "OFFICE") if id(o) in ctx.titles and not o._.bare
                        and o._.qualifier is None and o._.role in self._contested_roles]
                subject = (found.get("subject") or [None])[0]
                if subject is not None and subject.end <= start:
                    # "Ana Ruiz, endorsed by Governor Ivan Petrov of Ohio, wins the primary", "X, an ally of President
                    # Y, is elected": a title between the winner and the verb describes the winner's ties, not the race
                    held = [o for o in held if not subject.end <= o.start < start]
                own = ctx.own_title(subject)
                if own is not None and own.start <= start and end <= own.end:
                    # ... the title the trigger is part of names the office won, whoever fills it
                    # ("Vice President-elect X": the ticket's second office, not contested on its own)
                    held = [own] if not own._.bare else []
                elif own is not None and own._.qualifier is None and (
                        own._.bare or own._.role not in self._contested_roles):
                    # ... a bare or unelected title says nothing of the race ("President X is level with challenger
                    # Sen. Y"): another's held title in the sentence names it
                    held = [o for o in held if o is not own]
                elif own is not None:
                    # ... not a title held before ("Former Governor X wins a special election for the House")
                    held = [own] if not own._.bare and own._.role in self._contested_roles \
                        and own._.qualifier is None else []
                hits, fallback_used = [o for o in held if fits(o)][:1], True
            if not hits and deferred is not None and not self._own_place_disagrees(ctx, sent, start, deferred):
                hits, fallback_used = [deferred], True
            rival = (found.get("object") or [None])[0] if slot.fallback == "incumbent" and not seat else None
            if not hits and rival is not None and rival.label_ == "PERSON":
                # "Councilman X, who is challenging Jackson in the primary": the rival's current title of a contested
                # role told elsewhere in the story ("Lyon Mayor Tom Jackson") is the office contested, when neither
                # the sentence nor the story names another
                held = [o for o in ctx.story_titles(rival) if not o._.bare and o._.qualifier is None
                        and o._.role in self._contested_roles and fits(o)]
                hits, fallback_used = held[:1], bool(held)
            if not hits and slot.required:
                return
            if hits and self._other_party(ctx, hits[0], found):
                if slot.required:
                    return
                hits = []  # "Republican challenger X wins" names no race for the leadership of the Democratic Party
            found[name] = hits or [None]
        if contest:
            ctx.contest_won.update((sent.start, p.start) for p in found.get("subject", []) if p is not None)
        pairs: list[tuple] = [(None, None)]
        vslot = rule.slots.get("value")
        if "value_span" in preset:
            pairs = [(preset["value_span"][0], None)]
        elif vslot is not None:
            pairs = self._values(ctx, vslot, sent, start, end)
            if not pairs and vslot.required:
                return
            pairs = pairs or [(None, None)]
        date, date_end = None, None
        dates = [(None, None)]
        dslot = rule.slots.get("date")
        if dslot is not None:
            d = self._date(ctx, dslot, sent, start, end)
            listed = self._listed_years(ctx, rule, dslot, start, end) if d is None else []
            if d is None and not listed and dslot.required:
                return
            if d is not None:
                date, date_end = d._.value, d._.value_end
                if "date_end" in rule.slots and date_end is None:
                    e = self._date_end(ctx, rule.slots["date_end"], sent, d)
                    date_end = e._.value if e is not None else None
                dates = [(date, date_end)]
            elif listed:
                # "runner-up in the 2007 and 2012 elections": one event per year of the list
                dates = [(y._.value, None) for y in listed]
        kind = rule.kind or self._kind(ctx.doc, rule, start, end)
        not_kind = None if kind else self._not_kind(ctx.doc, rule, start, end)
        conf = max(0.0, rule.confidence - (FALLBACK_PENALTY if fallback_used else 0.0))
        subjects = found.get("subject", [None])
        # "will certify Ana Ruiz as the winner": a subject right before the trigger shares its clause
        subjects = [p for p in subjects if p is None or not (p.end <= start and start - p.end <= SUBJECT_CLAUSE_GAP)
                    or not self._hedged(rule, self._clause(ctx.doc, p.start, sent.start, ctx.clause_skip))]
        if ctx.doc[end - 1].lower_ in self.lexicon.win_verbs:
            # "a state Ana Ruiz won by 30 points": a place described by a past win of its vote, no race's result
            subjects = [p for p in subjects if p is None or p.end != start
                        or not place_before_winner(ctx.doc, p.start, self.lexicon.won_places)]
        if not subjects:
            return
        objects = found.get("object", [None])
        offices = found.get("office", [None])
        ticket = rule.slots["subject"].ticket if "subject" in rule.slots and len(subjects) > 1 else None
        if ticket and not self._ticket(ctx, subjects):
            # "X defeated Y, and Z received 3%": not one ticket, the name nearest the verb alone
            ticket, subjects = None, [max(subjects, key=lambda p: p.end if p.end <= start else -p.start)]
        # "a candidate for the club's chair", "campaigns for the local candidates": the trigger aims at
        # something that is no office, so a fact that names no office would name the wrong race
        doc = ctx.doc
        aimed = doc[end - 1].lower_ in _AIMING or (end < len(doc) and doc[end].lower_ in _AIMING)
        if aimed and self._for_party(ctx, start, end):
            aimed = False  # "X, standing for Labour in Bolton West": the side, and the race is the story's
        for subj, obj, office, (value, value2), (date, date_end) in itertools.product(subjects, objects, offices,
                                                                                      pairs, dates):
            if ticket and subj is not subjects[0]:
                # a running mate: the office of its own title, else no fact (the figure is the ticket's)
                own = ctx.title_of.get(id(subj))
                if own is None:
                    continue
                obj, office = (own, office) if ticket == "object" else (obj, own)
            if subj is not None and obj is not None and _same(subj, obj):
                continue
            slots = {"subject": subj, "object": obj, "office": office, "value": value, "value2": value2,
                     "date": date, "date_end": date_end, "kind": kind}
            qualifier = next((q for s in (obj, office) if s is not None and s.label_ == "OFFICE"
                              and (q := get_span_value(s, "qualifier"))), rule.qualifier)
            slots["qualifier"] = qualifier
            slots["not_kind"] = not_kind
            # a date that an undated story cannot resolve ("next month's polls"): stated, though the row has no value
            slots["date_stated"] = date is not None or (dslot is not None and d is not None)
            spans = [s for s in (subj, obj, office, value, value2) if isinstance(s, Span) and sent.start <= s.start < sent.end]
            ev_start = min([start] + [s.start for s in spans])
            ev_end = max([end] + [s.end for s in spans])
            for mapping in (rule.emit or _IDENTITY, *rule.also):
                fact = self._emit(ctx, rule, mapping, slots, polarity, conf, ev_start, ev_end, aimed)
                if fact is not None:
                    yield fact

    def _for_party(self, ctx: "_Context", start: int, end: int) -> bool:
        """A trigger of standing or running (cues.yml ``party_side_verbs``) ending in "for" and right before a party
        ("standing for Labour", "is running for the Liberal Democrats"): British "stand" = run, the party the side
        one runs for, not what is run for ("campaigning for Labour" is a supporter's work)."""
        doc = ctx.doc
        if doc[end - 1].lower_ != "for" or doc[start].lower_ not in self.cues.party_side_verbs:
            return False
        at = end + 1 if end < len(doc) and doc[end].lower_ == "the" else end
        return any(o.start == at and is_party(o, self.kb) for o in ctx.by_label("ORG"))

    def _indirect_apart(self, ctx: "_Context", sent: Span, office: Span, start: int) -> bool:
        """An office no voter fills (roles.jsonl `indirect`) before an election's trigger names that election only
        as its modifier ("the Speaker of the House election", "the 2024 prime ministerial primary"); another word
        between, a date's and a place's aside, says it is its holder's ("is reinstated as Prime Minister of Zembla
        following the election on 22 October", "Zemblan PM calls election", "Prime Minister until the 2007
        election")."""
        if office._.role not in self.lexicon.indirect_roles or office.end > start:
            return False
        named = {i for label in ("DATE", "GPE") for m in ctx.in_sentence(sent, label) for i in range(m.start, m.end)}
        return any(t.is_alpha and t.lower_ not in self.cues.indirect_race_glue and t.i not in named
                   for t in ctx.doc[office.end:start])

    def _names_one(self, ctx: "_Context", rule: Rule, start: int) -> bool:
        """The words before the trigger name one election (Rule.bare_cues: "the recent parliamentary elections",
        "Zembla's latest election"), not elections in general or to come ("calls for new elections"); a trigger
        that itself says a vote is held names one whatever stands before it (Rule.bare_any: "go to the polls")."""
        if rule.bare_any:
            return True
        if not rule.bare_cues:
            return False
        lowers = token_lowers(ctx.doc)
        floor = max(sentence_of(ctx.doc, start).start, start - rule.bare_window)
        for i in range(start - 1, floor - 1, -1):
            word = lowers[i]
            if word in rule.bare_not:
                return False
            if word in rule.bare_cues:
                return True
            if word in rule.bare_stops:
                return i > floor and lowers[i - 1] in rule.bare_cues
            if ctx.doc[i].is_punct and word not in HYPHENS:
                return False
        return False

    def _emit(self, ctx, rule: Rule, mapping: dict, slots: dict, polarity: str, conf: float,
              start: int, end: int, aimed: bool = False) -> Fact | None:
        """One fact from the filled slots; ``mapping`` says which slot fills which field. ``aimed``: the
        trigger is followed by "for"/"to" (its object, when there is none, was something else)."""
        predicate = mapping.get("predicate", rule.predicate)
        # no one runs for a whole two-chamber legislature (FactLexicon.whole_legislatures): "Ana Ruiz, a five-term
        # lawmaker, is seeking re-election" names her title, not the chamber she runs for; a predicate marked
        # `whole_body` in predicates.yml (a title, an election its sentence names) keeps it
        whole = self.lexicon.whole_legislatures if predicate not in self._whole_body else frozenset()

        def field(name: str):
            span = slots.get(mapping[name]) if name in mapping else None
            return None if isinstance(span, Span) and span.label_ == "OFFICE" and span._.entity in whole else span
        value_span = field("value")
        if mapping.get("value") == "value2" and value_span is None:
            return None
        value = value_span._.value if isinstance(value_span, Span) else None
        unit = rule.unit or (value_span._.unit if isinstance(value_span, Span) else None)
        subj = field("subject")
        if predicate == "election" and subj is None and field("date") is None and field("kind") is None \
                and not (slots.get("date_stated") and "date" in mapping) and not self._names_one(ctx, rule, start):
            return None  # "an election" with no race, kind or date says nothing
        if subj is None and predicate in self._needs_subject:
            return None
        if field("object") is None and predicate in self._needs_object and not (
                predicate in self._object_unless_unnamed and not aimed and self._unnamed_race(ctx)):
            if subj is not None and not aimed and predicate in self._object_unless_unnamed:
                # kept aside: the other candidacies of its sentence may name its race (FactEngine._sibling_race)
                fact = Fact(
                    predicate=predicate, subject=subj, date=field("date"), kind=field("kind"), polarity=polarity,
                    confidence=round(max(0.0, conf - FALLBACK_PENALTY), 2), rule=rule.id, start=start, end=end)
                ctx.officeless.append(fact)
                if self._unnamed_race(ctx, titled=True) and self._has(
                        token_lowers(ctx.doc)[(sent := sentence_of(ctx.doc, start)).start:sent.end], self._candidacy):
                    ctx.officeless_kept.add(id(fact))  # ... else it stands with none
            return None
        return Fact(
            predicate=predicate, subject=subj, object=field("object"), office=field("office"),
            value=value, unit=unit if value is not None else None,
            date=field("date"), date_end=field("date_end"), kind=field("kind"),
            qualifier=field("qualifier") if predicate in self._qualified else None,
            polarity=polarity, confidence=round(conf, 2), rule=rule.id, start=start, end=end,
            not_kind=slots.get("not_kind"), seat=self._seat(ctx, predicate, subj, start, end) if predicate == "election"
            else None,
        )

    def _seat(self, ctx, predicate: str, subj: Span | None, start: int, end: int) -> str | None:
        """"single" for an election of a one-person office ("President of Zembla"), "party" for a party's own
        contest (an office of :attr:`FactLexicon.party_roles`: "the Green Party leadership contest"), "body" for one
        that names no office but a body's seats ("the parliamentary elections", "local elections", "the federal
        election"), else None."""
        if subj is not None:
            if subj._.role in self.lexicon.party_roles:
                return "party"
            name = (subj._.entity or subj.text).lower()
            return "single" if any(name == w or name.startswith(w + " ") for w in self.cues.single_seat_office) \
                else None
        return "body" if self._has(token_lowers(ctx.doc)[max(0, start - 1):end], self._body_election) else None

    def _owner_holds_other(self, ctx, sent: Span, start: int, office: Span) -> bool:
        """The trigger is a named person's ("George W. Bush's re-election by saying the French president is out of
        step"), and the KB records that person's offices, none of them ``office``: a re-election is its holder's
        own office again, so the story's race office is another's."""
        doc = ctx.doc
        if self.kb is None or start - 1 <= sent.start or doc[start - 1].lower_ not in POSSESSIVE_ENDINGS:
            return False
        owner = ctx.token_index("PERSON").get(start - 2)
        entity = self.kb.get(owner._.kb_id) if owner is not None and owner.end == start - 1 else None
        held = {o.get("office") for o in entity.offices} if entity is not None else set()
        return bool(held) and office._.entity not in held

    def _own_place_disagrees(self, ctx, sent: Span, start: int, office: Span) -> bool:
        """The trigger names its own place, and it is another country than the story's race office's: "the
        Palestinian elections" in a story whose "presidential" resolved to Israel, "Afghanistan's landmark
        election" beside a "US-backed" president. The story's office is then another election's; unknown
        places on either side never disagree, nor does a union's office with its members ("the Czech Republic
        votes" in a European Parliament election)."""
        return self.kb is not None and self._place_disagrees(office, self._place_before(ctx, sent, start))

    def _place_disagrees(self, office: Span, place) -> bool:
        """``place`` (a KB entity) is of another country than ``office`` (:meth:`_own_place_disagrees`)."""
        if place is None or self.kb is None or office._.jurisdiction is None \
                or office._.jurisdiction not in (office._.entity or ""):
            return False  # an office not named after its place ("Member of the European Parliament")
        held = self.kb.lookup("GPE", office._.jurisdiction)
        if not held:
            return False
        countries = lambda e: {c.name for c in self.kb.ancestors(e) if c.type == "country"}  # noqa: E731
        office_countries, place_countries = countries(held[0]), countries(place)
        # a union's office (no country above it: the European Parliament) is every member's election
        return bool(office_countries and place_countries) and not office_countries & place_countries

    def _place_before(self, ctx, sent: Span, start: int):
        """The place right before the trigger, within :data:`OWN_PLACE_WINDOW` words of the same noun phrase:
        a GPE mention ("Ukraine's presidential election", "the Iraqi election") or a demonym ("the American
        election"); a preposition, a verb or punctuation other than the possessive ends the phrase; a place made a
        stance by its prefix ("pro-Beijing") is none."""
        doc = ctx.doc
        gpes = ctx.token_index("GPE")
        for k in range(start - 1, max(sent.start, start - OWN_PLACE_WINDOW) - 1, -1):
            token = doc[k]
            if k in gpes:
                first = gpes[k].start
                if first >= 2 and doc[first - 1].text in HYPHENS \
                        and doc[first - 2].lower_ in self.lexicon.stance_prefixes:
                    return None  # "Other pro-Beijing elected were X": a stance, not the election's place
                found = self.kb.lookup("GPE", gpes[k]._.entity or gpes[k].text)
                return found[0] if found else None
            if token.lower_ in ("'s", "’s"):
                continue
            if token.is_punct or token.lower_ in self.lexicon.phrase_breaks or token.like_num:
                return None
            if token.is_title:
                # the longest demonym ending here: "Equatorial Guinean" is no "Guinean", "Northern Cypriot" no "Cypriot"
                for first in range(max(sent.start, k - MAX_DEMONYM_WORDS + 1), k + 1):
                    found = self.kb.demonym(doc[first:k + 1].text) if doc[first].is_title else []
                    if found:
                        return found[0]
        return None

    def _aims_at_seat(self, doc: Doc, sent: Span, end: int) -> bool:
        """The trigger's object is a legislature's seat ("wins a seat in Congress", "is elected to parliament",
        "wins the Ohio Senate seat"): the office won is that body's membership, never a title someone holds
        ("Mayor of Lyon X is elected to parliament" wins no mayoralty), so the title fallbacks stay empty."""
        lowers = token_lowers(doc)  # the Doc's cached words: a Token only where the word's case is asked
        for k in range(end, min(end + SEAT_AIM_WINDOW, sent.end)):
            if lowers[k] in self.lexicon.seat_words:
                return True
            if not (lowers[k] in _SEAT_LEAD or doc[k].is_title):
                return False
        return False

    def _pronoun_disagrees(self, doc: Doc, m: Span, start: int) -> bool:
        """A "his" or "her" opens the trigger at ``start`` ("her campaign") or stands within
        :data:`POSSESSIVE_PRONOUN_WINDOW` words before it (after the name ``m``: "launching her mayoral campaign",
        "asked her to run"), and ``m``'s first name is only the other sex's (first_names.tsv): the trigger's person
        is not ``m``. A name of either sex, or one the list does not know, always agrees, as does a name of one
        word ("Clinton": a surname, never a first name)."""
        if len(m) < 2:
            return False
        for k in range(start, max(m.end, start - POSSESSIVE_PRONOUN_WINDOW) - 1, -1):
            sex = _POSSESSIVE_SEX.get(doc[k].lower_)
            if sex is None:
                continue
            first = doc[m.start].text
            names = self.lexicon.male_first_names if sex == "f" else self.lexicon.female_first_names
            return first in names
        return False

    def _pronoun_antecedent(self, ctx, sent: Span, start: int, window: int, past: int | None = None,
                            gap: int | None = None) -> list[Span]:
        """The person a "he" or "she" before the trigger (within ``window`` words, no name between) stands for:
        the nearest name before it in its sentence (:data:`PRONOUN_REACH` words at most, not a possessor: "Ivan
        Petrov's wife says she will run"), else the one person the sentence before names ("Ana Ruiz resigns as
        Mayor of Lyon. She will run for President"); none where that sentence names two people or none. A pronoun
        that opens a clause after a semicolon stands for the subject of the clause before (:meth:`_clause_subject`).
        ``past``: the end of a name the slot found before the pronoun (the search stops there); ``gap``: how many
        words may part the pronoun from the trigger or from a verb of a result (result_figures.tsv ``pronoun_result``) after it."""
        doc = ctx.doc
        lowers = token_lowers(doc)
        people = ctx.in_sentence(sent, "PERSON")
        floor = max(sent.start, start - window - 1) if past is None else past
        for k in range(start - 1, floor - 1, -1):
            if any(p.start <= k < p.end for p in people):
                return []  # a name nearer than any pronoun: the slot's search refused it
            if lowers[k] not in _SUBJECT_PRONOUNS:
                continue
            if gap is not None and start - k - 1 > gap \
                    and self.lexicon.pronoun_result_verbs.isdisjoint(lowers[k + 1:min(start, k + gap + 2)]):
                return []  # "He had been expected to win following the ousting of X": no subject of the result
            if k > sent.start and lowers[k - 1] == _CLAUSE_BREAK:
                return self._clause_subject(doc, people, k - 1, sent.start)
            # "The former senator, who lost to Ivan Petrov, said he will run": a name inside a relative clause that
            # closes before the pronoun is the clause's, never the "he" of the clause it interrupts
            before = [p for p in people
                      if p.end <= k and not _in_closed_relative(doc, p, k, sent.start, ctx.person_tokens)]
            if before:
                p = before[-1]
                possessed = p.end < len(doc) and lowers[p.end] in ("'s", "’s")
                reach = k - p.end - self._interruption_after(ctx, p, k)
                return [p] if (reach <= PRONOUN_REACH or self._race_relative(lowers, k, sent.start)) \
                    and not possessed else []
            if k != sent.start:
                continue  # "She says that she will run": the sentence's first pronoun; "Later, she" stands for no one
            sents, sent_of = sentence_index(doc)
            i = sent_of[sent.start]
            prev = ctx.in_sentence(sents[i - 1], "PERSON") if i > 0 else []
            return prev[:1] if len({p._.entity_id or p.text for p in prev}) == 1 else []
        return []

    @staticmethod
    def _clause_pronoun(doc: Doc, after: int, start: int) -> int | None:
        """The "he" or "she" that opens a clause after a semicolon between token ``after`` and the trigger at
        ``start``, if any ("X won over Y by 1,587 votes; he polled 534,239 votes")."""
        return next((k for k in range(after + 1, start) if doc[k].lower_ in _SUBJECT_PRONOUNS
                     and doc[k - 1].text == _CLAUSE_BREAK), None)

    @staticmethod
    def _clause_subject(doc: Doc, people: list[Span], semicolon: int, floor: int) -> list[Span]:
        """The subject of the clause that ends at the ``semicolon``: its first name, where no preposition or
        possessive ties that name to something else ("In the race against X, Y won; he polled" names no one)."""
        opens = max((k for k in range(floor, semicolon) if doc[k].text == _CLAUSE_BREAK), default=floor - 1) + 1
        first = next((p for p in people if opens <= p.start and p.end <= semicolon), None)
        if first is None or first.end < len(doc) and doc[first.end].lower_ in POSSESSIVE_ENDINGS:
            return []
        if any(doc[k].lower_ in _TIED_BEFORE for k in range(opens, first.start)):
            return []
        return [first]

    def _race_relative(self, lowers: list[str], k: int, floor: int) -> bool:
        """The pronoun at ``k`` opens a race's relative clause (cues.yml ``race_relatives`` right after a word of
        a race: "an election in which he was the only candidate"): the race is the sentence's, and so is the
        name it stands for, however far before."""
        for phrase in self._tokens(self.cues.race_relatives):
            at = k - len(phrase)
            if at - 1 >= floor and tuple(lowers[at:k]) == phrase and lowers[at - 1] in self.lexicon.race_words:
                return True
        return False

    def _unnamed_race(self, ctx, titled: bool = False) -> bool:
        """The document has no word of a contested office anywhere ("presidential", "mayor"), placed or
        not: a race with no one office to name (a parliament's, a party's), where a candidacy may name
        none. Where such a word stands, the race has an office, and a fact that names none has missed it.
        ``titled``: such words stand only in people's placed titles, which name offices held, not the race
        ("Governor of Ohio X withdraws her candidacy", "Former U.S. President Y wins the caucus. X drops out of the
        race": had a title been the race's, the fallbacks would have read it); a bare one ("Mayor X faces challenger
        Y") may still be the race's, of no known place."""
        if ctx.unnamed_race is None:
            lowers = token_lowers(ctx.doc)
            ctx.unnamed_race = not self._has(lowers, self._contested)
            held = {i for o in ctx.by_label("OFFICE") if id(o) in ctx.titles and not o._.bare
                    for i in range(o.start, o.end)}
            ctx.titled_race = not self._has([w if i not in held else "" for i, w in enumerate(lowers)],
                                            self._contested)
        return ctx.titled_race if titled else ctx.unnamed_race

    # -- slots -------------------------------------------------------------------
    def _mentions(self, ctx, slot: Slot, sent: Span, start: int, end: int, found: dict,
                  appointed_ok: bool = True) -> list[Span]:
        """The mentions that fill ``slot``; an office of an ``appointed`` role (a minister) only where the
        predicate is said outside elections too (``holds_office``): no one runs for it."""
        pool = [m for lab in slot.labels for m in ctx.in_sentence(sent, lab)
                if appointed_ok or get_span_value(m, "role") not in self.lexicon.appointed_roles]
        avoid = {id(s) for hits in found.values() for s in hits if s is not None}
        if slot.distinct_from and slot.distinct_from in found:
            avoid_ids = {s._.entity_id for s in found[slot.distinct_from] if s is not None}
        else:
            avoid_ids = set()
        cands = []
        joinable = []  # on the slot's side at any distance: names coordinated with the chosen one stay in
        for m in pool:
            if id(m) in avoid or (avoid_ids and (eid := get_span_value(m, "entity_id")) and eid in avoid_ids) \
                    or id(m) in ctx.titles:
                continue
            if not self.bare_offices and get_span_value(m, "bare"):
                continue  # "President" of no known place: the mention stands, a fact about it would not
            if not slot.tickets and get_span_value(m, "form") == TICKET_FORM:
                continue  # a running mate's office: only the running mate's candidacy names it
            if m.label_ == "PERSON" and self._not_the_actor(ctx, m, start, slot):
                continue
            if m.label_ == "PERSON" and m.end <= start and _in_closed_relative(ctx.doc, m, start, sent.start,
                                                                                              ctx.person_tokens):
                continue  # "X, who lost to Ivan Petrov, won": the clause's name, never the verb's after it
            if m.label_ == "PERSON" and m.end < start and self._nested_apposition(ctx, m):
                continue  # "X, the son of the country's founding leader, Y, had won": Y names the leader, X acts
            if slot.not_followed_by and m.end < len(ctx.doc) and ctx.doc[m.end].lower_ in slot.not_followed_by:
                continue  # "was ahead of Ivan Petrov's campaign", "faces Ivan Petrov threat": the name modifies a noun
            if m.start < end and start < m.end:
                if not (m.label_ == "OFFICE" and m.start <= start and end <= m.end and m.end > end):
                    continue  # the trigger itself
                # ... unless the trigger is part of the office it names ("President-elect of the United States")
                cands.append((0, m.start, m))
                continue
            dist = self._distance(slot.side, m, start, end)
            if dist is not None and m.start >= end and _closes_parenthesis(ctx.doc, end, m.start):
                continue  # "(both elected MPs) and Tom Hart": a trigger in brackets reaches no name past them
            if dist is not None and dist <= slot.window and m.label_ == "PERSON" and m.end < start \
                    and _relative_to(ctx.doc, m.end, start):
                dist = RELATIVE_HEAD_DISTANCE  # "X was defeated by Y, who won with 53.7%": Y acts in the clause
            elif dist is not None and dist > 2 and m.end < start and self._interrupted(ctx, m.end,
                                                                            self._before_auxiliaries(ctx.doc, start)):
                dist = 0  # "Ana Ruiz, who received 45% of the vote, concedes": the name is the verb's
            elif dist is not None and dist > 2 and m.end < start and m.label_ == "PERSON":
                # "Ana Ruiz, a former mayor of Lyon, announces that she will stand as a candidate": the words set
                # off after the name describe it and put its verb no farther from it
                dist -= self._interruption_after(ctx, m, start)
            elif dist == AGE_ASIDE_TOKENS and m.end < start and m.label_ == "PERSON" and ctx.doc[m.end].text == "," \
                    and _age_aside(ctx.doc, m.end + 1):
                dist = 0  # "Ana Ruiz, 54, re-elected in March, resigned": the age parts no participle from its name
            if dist is not None and dist > slot.window and slot.clause_subject and m.label_ == "PERSON" \
                    and m.end < start and self._opens_participle_clause(ctx, m, start):
                dist = slot.window  # "X won elections in the volatile state of Y, picking up 53%": the clause's actor
            if dist is not None:
                joinable.append(m)
            if dist is not None and dist > slot.window and slot.through and m.start >= end \
                    and self._only_through(ctx, sent, slot, end, m.start, ctx.title_of.get(id(m)),
                                           parties=m.label_ == "OFFICE"):
                # "appointed as the country's acting Prime Minister": only modifiers between; an office's own
                # body before it is one ("confirmed as the first Palestinian Authority prime minister")
                dist = 0
            if dist is None or dist > slot.window:
                continue
            if slot.through_only and m.start >= end and not self._only_through(
                    ctx, sent, slot, end, max(end, self._name_lead(ctx, m)) if m.label_ == "PERSON" else m.start,
                    ctx.title_of.get(id(m)), parties=True):
                continue  # "stands against racism with Ivan Petrov": another word is the trigger's object; the
                # name's own descriptors are no other word ("re-election against former general Ivan Petrov")
            if slot.apposed and m.start >= end and m.end < len(ctx.doc) and not (
                    ctx.doc[m.end].is_punct or ctx.doc[m.end].lower_ in _COORD):
                continue  # "five candidates in the race, Ana Ruiz said": a speaker, no apposition
            if slot.cues and not self._cued(ctx.doc, m.start, slot.cues, slot.through) and not (
                    m.label_ == "PERSON" and self._cued(ctx.doc, self._name_lead(ctx, m), slot.cues)):
                continue  # ("won last month by US-backed incumbent X": the cue before the name's own modifiers)
            if slot.exclude_cues and self._excluded_cue(ctx, m, slot.exclude_cues):
                continue
            if slot.not_after and m.end <= start and self._phrase_before(
                    ctx.doc, min(m.start, getattr(ctx.title_of.get(id(m)), "start", m.start)), slot.not_after,
                    slot.not_after_window, sent.start):
                continue  # "X defeats incumbent Y, winning 52%": Y is the result's object, the share X's
            if slot.not_before and m.end <= start and self._passive_object(ctx.doc, m, slot, min(sent.end, start)):
                continue  # "X is defeated by Y, with 53.7% to 45.0%": X lost, the first share is not hers
            if m.label_ == "PERSON" and m.end < start and not slot.reported_ok \
                    and self._reports_another(ctx.doc, m.end, start, m):
                continue  # "Ana Ruiz says the councillors are re-elected": the reporter, not the act's
            if slot.exclude_cues and m.end <= start and self._appeal_between(ctx.doc, m.end, start, slot.exclude_cues):
                continue  # "Ana Ruiz urged Ivan Petrov to run", "Ana Ruiz asked to run": the appeal, no candidacy yet
            cands.append((dist, m.start, m))
        if not cands:
            return []
        if len(cands) > 1:
            # "Ana Ruiz met Ivan Petrov before launching her campaign": hers, not his, where another name agrees
            # (a lone name is kept: the names list's sex may be wrong for it, "Nana" in Ghana)
            agree = [c for c in cands if not (c[2].label_ == "PERSON" and c[2].end <= start
                                              and self._pronoun_disagrees(ctx.doc, c[2], start))]
            cands = agree or cands
        cands.sort(key=lambda c: (c[0], c[1]))
        if slot.side == "sentence" or slot.pick in ("first", "clause"):
            cands.sort(key=lambda c: c[1])
        if slot.pick == "clause":
            heads = [c for c in cands if c[2].end < start and _relative_to(ctx.doc, c[2].end, start)]
            if heads:  # "X congratulated Y, who won the runoff with 52%": the relative clause's name acts
                cands = [heads[-1]] + [c for c in cands if c is not heads[-1]]
        best = cands[0][2]
        if slot.blockers:
            # "Petrov's People's Party has claimed victory": the party stands between, so not Petrov;
            # "Ana Ruiz of the Green Party is elected": the party is Ruiz's own, so Ruiz.
            best_dist = cands[0][0]
            for lab in slot.blockers:
                for m in ctx.in_sentence(sent, lab):
                    d = self._distance(slot.side, m, start, end)
                    if d is not None and d < best_dist and not self._attached(ctx.doc, best, m):
                        return []
        if not slot.coordinate:
            return [best]
        chosen = self._coordinated(ctx, best, [c[2] for c in cands] + joinable)
        if slot.side == "both":
            # "X is in a runoff with Y": the nearest group on each side, the whole of it however far it reaches
            # ("X leads, followed by Y, Z and W")
            other = [c[2] for c in cands if (c[2].start >= end) != (best.start >= end)]
            if other:
                chosen += self._coordinated(ctx, other[0], other + [m for m in joinable
                                                                    if (m.start >= end) == (other[0].start >= end)])
        return sorted({id(c): c for c in chosen}.values(), key=lambda c: c.start)

    @staticmethod
    def _only_through(ctx, sent: Span, slot: Slot, a: int, b: int, own_title: Span | None = None,
                      parties: bool = False) -> bool:
        """Tokens ``a``..``b`` are all words of ``slot.through``, of a place's name ("Zembla's new"), of the
        mention's own title ("faces incumbent Governor of Ohio Ivan Petrov": a name is as near as its title) or, with
        ``parties``, of an organisation's name ("Green Party challenger X")."""
        places = {i for g in ctx.in_sentence(sent, "GPE") for i in range(g.start, g.end)}
        # a slot that reads through a race's adjective reads through the whole adjectival office, its country's
        # adjective too ("the two candidates in the Chilean presidential election, X and Y")
        places |= {i for o in ctx.in_sentence(sent, "OFFICE") if o._.form == "adjective"
                   and any(t.lower_ in slot.through for t in o) for i in range(o.start, o.end)}
        if own_title is not None:
            places |= set(range(own_title.start, own_title.end))
        if parties:
            places |= ctx.org_tokens
        # a word that opens with a hyphen stands for a compound's end: "-backed" passes "Kremlin-backed"
        ends = tuple(w for w in slot.through if len(w) > 1 and w[0] == "-")
        # a slot that reads through "first" reads through any holder's number ("the country's 23rd Prime Minister")
        ordinal = "first" in slot.through
        return all(t.lower_ in slot.through or t.i in places or ends and t.lower_.endswith(ends)
                   or ordinal and ORDINAL.fullmatch(t.lower_) for t in ctx.doc[a:b])

    @staticmethod
    def _ticket(ctx, people: list[Span]) -> bool:
        """Names joined by a bare "and" (their titles aside) are one ticket: "Biden and Harris",
        "President X and Vice President Y"; a comma or anything else between them is a list."""
        doc = ctx.doc
        for a, b in zip(people, people[1:]):
            words = [t.lower_ for t in doc[a.end:b.start] if t.i not in ctx.title_tokens]
            if words not in (["and"], ["&"]):
                return False
        return True

    @staticmethod
    def _without_attachment(ctx, words: list, places: bool = True) -> list:
        """Drop an organisation or a place attached to the name before it ("of the Green Party", ", from the
        PSRM,", "X of ZPK and Y", "Senator X of Ohio, Governor Y of Utah and Z") from a gap between coordinated
        names: the words left must still join them. ``places``: a place too (not for a shared title: "Mayor X of
        Lyon and Y" does not make Y a mayor)."""
        attached = ctx.attached_tokens if places else ctx.org_tokens
        if len(words) >= 4 and words[0].text == "," and words[1].lower_ in ("of", "from") and \
                len(words) <= _ATTACHMENT_MAX and sum(t.text == "," for t in words) == 2 and words[-2].text == ",":
            return words[-2:]  # ", from the pro-EU liberal PAS, and"
        if len(words) >= 3 and words[0].lower_ in ("of", "from") and is_capital_abbreviation(words[1]) \
                and words[1].i not in ctx.attached_tokens and words[2].lower_ in _COORD:
            return words[2:]  # "X of ZPK and Y": an acronym no mention holds after a name is the name's party
        if not words or not any(t.i in attached for t in words):
            return words
        i = 0
        if words[i].text == ",":
            i += 1
        if i < len(words) and words[i].lower_ in ("of", "from"):
            i += 1
            while i < len(words) and (words[i].i in attached
                                      or words[i].is_lower and words[i].lower_ not in _COORD):
                i += 1  # "of the socialist National People's Power"
            return words[i:]
        return words

    def _passive_object(self, doc: Doc, m: Span, slot: Slot, limit: int) -> bool:
        """One of ``slot.not_before`` starts within ``slot.not_before_window`` tokens after the name ``m``, before
        ``limit`` and no relative pronoun between: "X is defeated by Y", "X, 54, lost to Y" (not "X, who lost to Y in
        2019, wins": the clause's loss is an earlier one)."""
        for k in range(m.end, min(limit, m.end + slot.not_before_window + 1)):
            if doc[k].lower_ in _RELATIVE_PRONOUNS:
                return False
            if self._starts_with(doc, k, slot.not_before):
                return True
        return False

    def _not_the_actor(self, ctx, m: Span, start: int, slot: Slot) -> bool:
        """A name that only qualifies another actor: "Ana Ruiz's Green Party (wins)", "Ana Ruiz's ruling
        party", "the coalition of Ana Ruiz", or the agent of a passive before the verb ("the party, led by
        Ana Ruiz, wins")."""
        cached = ctx.actor_checks.get(id(m))
        if cached is None or cached[0] is not m:  # read once per mention and document: a long sentence has many
            cached = ctx.actor_checks[id(m)] = (m, *self._qualifies_other(ctx, m))  # triggers
        _, qualifies, agent = cached
        # ... a passive's agent heading a relative clause that runs to the trigger acts in it: "X was defeated by Y,
        # who won with 53.7%"
        return qualifies or (agent and slot.side in ("left", "both") and m.end <= start
                             and not _relative_to(ctx.doc, m.end, start)) \
            or m.end < start - 1 and self._unknown_actor(ctx, start)

    @staticmethod
    def _unknown_actor(ctx, start: int) -> bool:
        """A capitalised word no mention holds stands right before the trigger, after a lower-case word that is no
        stop word: a name the entity stages missed, the trigger's own actor in a clause of its own ("Ana Ruiz ran
        in a state Dorn won by 30 points"), so no name before it is."""
        doc = ctx.doc
        if start < 2:
            return False
        name, before = doc[start - 1], doc[start - 2]
        return name.is_title and name.is_alpha and start - 1 not in ctx.name_tokens \
            and start - 1 not in ctx.office_tokens and before.is_lower and before.is_alpha and not before.is_stop

    def _qualifies_other(self, ctx, m: Span) -> tuple[bool, bool]:
        """(``m`` only qualifies another actor, ``m`` is the agent of a passive: "led by X", or of an act another
        takes up: "X accepts the offer of Y to stand as a candidate"), for :meth:`_not_the_actor`."""
        doc = ctx.doc
        texts, lowers = token_texts(doc), token_lowers(doc)  # the Doc's cached strings: no Token per word read
        heads = ctx.lexicon.org_heads
        if m.end < len(doc) and texts[m.end] in ("'s", "’s", "'", "’"):
            k = m.end + 1  # "Ana Ruiz's ruling Green Party", "Ana Ruiz's ruling party": modifiers before it
            while k < len(doc) and k - m.end <= _OWNED_MODIFIERS and doc[k].is_lower and k not in ctx.org_starts \
                    and lowers[k] not in heads:
                k += 1
            if k < len(doc) and (k in ctx.org_starts or doc[k].is_lower and lowers[k] in heads
                                 and all(t.is_alpha and not t.is_stop for t in doc[m.end + 1:k])):
                return True, False
            if k > m.end + 1 and k in ctx.person_starts and all(
                    t.is_alpha and not t.is_stop and t.lower_ not in self.cues.race_pair_nouns for t in doc[m.end + 1:k]):
                # "defeating Ivan Petrov's nephew Tom Hart": the possessor says whose he is ("Major's rival Tony
                # Blair", "X's running mate Y": a rivalry or a ticket keeps both; "X's lead over Y": no one owned)
                return True, False
        if m.start >= 2 and lowers[m.start - 1] == "of" and doc[m.start - 2].is_lower \
                and lowers[m.start - 2] in heads:
            return True, False  # "the party of Ana Ruiz wins"
        k = m.start - 1
        qualifiers = ctx.lexicon.title_qualifiers
        while k >= 0 and m.start - k <= _TITLE_MAX and (k in ctx.office_tokens or lowers[k] in qualifiers
                                                        or (doc[k].is_title and k not in ctx.name_tokens)):
            k -= 1  # "led by Federal Chancellor Ana Ruiz"
        if k >= 1 and texts[k] in HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            # "the star power of actor-turned-California-governor X": the title's hyphenated word, however long
            while k >= 0 and (texts[k] in HYPHENS or k + 1 < len(doc) and texts[k + 1] in HYPHENS) \
                    and not doc[k].whitespace_:
                k -= 1
        if k >= 1 and lowers[k] == "of" and lowers[k - 1] in self.cues.agent_nouns:
            return False, True  # "accepts the offer of President Ivan Petrov to stand": the offer is his, the run hers
        return False, k >= 0 and lowers[k] == "by" and not (k > 0 and texts[k - 1] == ",")

    def _attached(self, doc: Doc, person: Span, org: Span) -> bool:
        """``org`` qualifies ``person``: "Ana Ruiz of the Green Party", "Ana Ruiz (Green Party)", "Ana Ruiz of the
        ruling Green Party"."""
        if org.start < person.end:
            return False
        gap = tuple(t.lower_ for t in doc[person.end:org.start])
        if gap in _ATTACHING:
            return True
        # "Ana Ruiz of the pro-independence Velmar Union party": a description of the party between
        for k in (2, 1):
            words = doc[person.end + k:org.start]
            if gap[:k] in _ATTACHING and gap[0] != "(" and 0 < len(words) <= _ATTACH_DESCRIPTION_MAX and all(
                    (t.is_lower and t.is_alpha or t.text in HYPHENS) and t.lower_ not in self.cues.object_stops
                    for t in words):
                return True
        return False

    @staticmethod
    def _before_auxiliaries(doc: Doc, start: int) -> int:
        """Where the auxiliaries right before token ``start`` begin: "X, the Green candidate, will stand against Y"
        (at most :data:`AUXILIARY_MAX` words of :data:`_AUXILIARIES`)."""
        k = start
        while k > 0 and start - k < AUXILIARY_MAX and doc[k - 1].lower_ in _AUXILIARIES:
            k -= 1
        return k

    def _interrupted(self, ctx, a: int, b: int) -> bool:
        """``doc[a:b]`` is one interruption: ", who …," / ", a former mayor," / ", mayor of X for
        many years," (an apposition that opens with an office)."""
        doc = ctx.doc
        if doc[a].text != "," or doc[b - 1].text != "," or any(t.text == "," for t in doc[a + 1:b - 1]):
            return False
        if a + 1 in ctx.office_tokens:
            return True
        words = tuple(t.lower_ for t in doc[a + 1:b - 1])
        return any(words[:len(p)] == p for p in self._openers)

    def _interruption_after(self, ctx, name: Span, limit: int) -> int:
        """The length of the interruption (:meth:`_interrupted`) that opens right after ``name`` and closes before
        ``limit``: ", a former mayor of Lyon," (at most :data:`INTERRUPTION_MAX` tokens); 0 where there is none, or
        where the name does not open its clause: "After a meeting with Ana Ruiz, the party said on Monday, ..." is
        the main clause, not words about her (a lower-case word before the name or its title, a descriptor aside)."""
        doc = ctx.doc
        a = name.end
        if a >= limit or doc[a].text != ",":
            return 0
        title = ctx.title_of.get(id(name))
        first = honorific_start(doc, title.start if title is not None and title.end <= name.start else name.start,
                                self.lexicon.honorifics)
        if first > 0 and doc[first - 1].is_lower and doc[first - 1].lower_ not in self.cues.descriptors:
            return 0
        close = self._aside_end(ctx, a, limit)  # "Ana Ruiz, 54, the Unity Party's candidate, is elected"
        return close + 1 - a if close > a else 0

    def _nested_apposition(self, ctx, name: Span) -> bool:
        """``name`` is set off by commas after a lower-case noun that closes an aside of another name: "X, the son
        of the country's founding leader, Y, had won" (Y is the leader's name, the apposition's, never the actor of
        the verb after it; not "X, a mayor, Y, the governor, and Z": a list's names are each their own)."""
        doc = ctx.doc
        lead = self._name_lead(ctx, name)
        if lead < 2 or name.end >= len(doc) or doc[name.end].text != "," or doc[lead - 1].text != ",":
            return False
        if not (doc[lead - 2].is_alpha and doc[lead - 2].is_lower) or lead - 2 in ctx.office_tokens:
            return False
        for a in range(lead - 2, max(0, lead - 1 - INTERRUPTION_MAX), -1):
            if doc[a].text == ",":
                return a > 0 and a - 1 in ctx.person_tokens and self._interrupted(ctx, a, lead)
        return False

    def _opens_participle_clause(self, ctx, name: Span, start: int) -> bool:
        """``name`` opens the clause that a participle at ``start``, set off by a comma, closes: no comma and no other
        name between them, at most :data:`CLAUSE_SUBJECT_MAX` tokens, and the name (or its title) opens its clause
        as in :meth:`_interruption_after`."""
        doc = ctx.doc
        if start - name.end > CLAUSE_SUBJECT_MAX or doc[start - 1].text != ",":
            return False
        if any(t.text == "," or t.i in ctx.person_tokens for t in doc[name.end:start - 1]):
            return False
        title = ctx.title_of.get(id(name))
        first = honorific_start(doc, title.start if title is not None and title.end <= name.start else name.start,
                                self.lexicon.honorifics)
        return not (first > 0 and doc[first - 1].is_lower and doc[first - 1].lower_ not in self.cues.descriptors)

    def _aside_end(self, ctx, a: int, limit: int) -> int:
        """Where the aside that opens with the comma at ``a`` closes (its closing comma), before ``limit``: an age
        (", 54,") or an interruption (:meth:`_interrupted`: ", a former mayor,"), one after the other; ``a`` itself
        where none opens there."""
        doc = ctx.doc
        if a >= limit or doc[a].text != ",":
            return a
        if _age_aside(doc, a + 1) and a + AGE_ASIDE_TOKENS < limit:
            return self._aside_end(ctx, a + AGE_ASIDE_TOKENS, limit)
        part = a  # where the aside's last conjunct opens: each of ", a former mayor and the head of X," may be long
        b = a + 2
        while b < min(limit, part + INTERRUPTION_MAX):
            if doc[b].text == ",":
                return b if self._interrupted(ctx, a, b + 1) else a
            if doc[b].lower_ == "and" and self._opens_aside(ctx, b + 1):
                part = b
            b += 1
        return a

    def _opens_aside(self, ctx, k: int) -> bool:
        """An aside's conjunct opens at ``k`` as an interruption does (:meth:`_interrupted`): an office or an opener
        ("and the head of the Unity Party")."""
        if k in ctx.office_tokens:
            return True
        words = tuple(t.lower_ for t in ctx.doc[k:k + 3])
        return any(words[:len(p)] == p for p in self._openers)

    def _takes_object(self, doc: Doc, end: int, nouns: tuple[str, ...]) -> bool:
        """The phrase the trigger ending at ``end`` takes holds one of ``nouns`` (any case: "the Right to
        Reply") before its first preposition or punctuation, within :data:`OBJECT_NOUN_WINDOW` tokens: "wins the
        Green Party's nomination", "wins the first televised debate"; not "wins the election for the party's
        nomination"."""
        for t in doc[end:min(len(doc), end + OBJECT_NOUN_WINDOW)]:
            if t.lower_ in nouns:
                return True
            if t.lower_ in self.cues.object_stops or t.is_punct and t.lower_ not in ("'s", "’s"):
                return False
        return False

    def _party_contest_post(self, ctx: "_Context", sent: Span, office: Span) -> Span:
        """The office a candidacy of ``sent`` is for, given the ``office`` its rule found: in a sentence that races
        for a party's post ("The Conservative Party leadership race heated up as X ... in her bid to become prime
        minister"), an office parliament fills (an indirect role) is where the party's winner goes next, and the
        candidacy is for the party's post, as :meth:`_Context._race_office` ranks a party's contest above it."""
        if office._.role not in self.lexicon.indirect_roles:
            return office
        race = ctx.races_in(sent)[0]
        if race is None or race._.role not in self.lexicon.party_roles or not sent.start <= race.start < sent.end:
            return office
        return race

    def _contest_levels(self, ctx: "_Context", end: int) -> frozenset[str] | None:
        """The levels of the one-person offices the contest the result verb ending at ``end`` takes may elect
        (cues.yml ``contest_levels``), within :data:`CONTEST_WINDOW` tokens of its phrase, read as a party's contest
        is (:meth:`_party_contest`, and past a place's anaphor: "the country's"): "wins the regional elections"
        elects a state's office, "won the country's top job" a country's, "wins the legislative election" no one-
        person office; None where the phrase names no such kind ("wins the election", "won by 300 votes")."""
        phrases = self.cues.contest_levels
        if not phrases:
            return None
        doc = ctx.doc
        lowers = token_lowers(doc)
        named = None
        for k in range(end, min(len(doc), end + CONTEST_WINDOW)):
            for words, levels in phrases:
                if tuple(lowers[k:k + len(words)]) == words and (
                        len(words) > 1 or words[0] in self.lexicon.race_words
                        or k + 1 < len(doc) and lowers[k + 1] in self.cues.contest_heads):
                    return levels  # a kind's adjective before a race noun ("regional elections"), or the noun itself
            t = doc[k]
            if lowers[k] in self.cues.contest_through or t.is_digit or lowers[k] in self.lexicon.place_anaphors:
                continue
            if named is None:
                named = [ctx.token_index(label) for label in _CONTEST_MENTIONS]
            if any(k in index for index in named) or t.is_alpha and not t.is_lower \
                    and lowers[k] not in self.cues.object_stops:
                continue  # a place's, a party's or a date's word ("the Bavarian regional election")
            return None
        return None

    def _level_fits(self, levels: frozenset[str] | None):
        """Whether an office a slot falls back on may be the one won or raced for: one of a contest of ``levels``
        (:meth:`_contest_levels`; any where None), and never a whole two-chamber legislature ("X, a five-term
        lawmaker, was pulling 60 percent": the race is for one chamber, which the story must name)."""
        whole = self.lexicon.whole_legislatures
        if levels is None:
            return lambda office: office is None or office._.entity not in whole
        return lambda office: office is None or (self.lexicon.role_levels.get(office._.role) in levels
                                                 and office._.entity not in whole)

    def _party_contest(self, ctx: "_Context", end: int, nouns: tuple[str, ...]) -> bool:
        """The phrase the result verb ending at ``end`` takes names one of ``nouns``, a party's contest, within
        :data:`CONTEST_WINDOW` tokens: "wins the Vermont, Texas and Ohio Republican primaries", "wins a landslide in
        the Green Party prime ministerial primary", "wins the Iowa caucus"; not "wins the general election after the
        primary", "won the primary vote" (a count of first preferences)."""
        doc = ctx.doc
        named = [ctx.token_index(label) for label in _CONTEST_MENTIONS]
        for k in range(end, min(len(doc), end + CONTEST_WINDOW)):
            t = doc[k]
            if t.lower_ in nouns:
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                return nxt is None or not (nxt.is_alpha and nxt.is_lower) or nxt.lower_ in self.cues.contest_heads \
                    or nxt.is_stop or nxt.lower_ in self.cues.object_stops
            if t.lower_ in self.cues.contest_through or t.is_digit or any(k in index for index in named):
                continue
            if t.is_alpha and not t.is_lower and t.lower_ not in self.cues.object_stops:
                continue  # a name's word no mention covers ("the Pangu Pati primary")
            return False
        return False

    @staticmethod
    def _distance(side: str, m: Span, start: int, end: int) -> int | None:
        left = start - m.end if m.end <= start else None
        right = m.start - end if m.start >= end else None
        if side in ("left", "adjacent_left"):
            return left
        if side in ("right", "adjacent_right"):
            return right
        if side == "both":
            return min(d for d in (left, right) if d is not None) if (left is not None or right is not None) else None
        return 0  # sentence

    def _coordinated(self, ctx, best: Span, cands: list[Span], skip_labels: bool = True,
                     places: bool = True) -> list[Span]:
        """``best`` and the mentions of its label joined to it by "and" / "," ; with ``skip_labels``, a party
        or an unknown title before a later name is no break (a slot's list; a title or cue before the first
        name is not shared with a name that has its own label); a party, or with ``places`` a place, attached
        by "of"/"from" to a name is none either ("Senator X of Ohio, Governor Y of Utah and Z").

        Only candidates at most :data:`COORD_MAX_SCAN` tokens from the edge are looked at (by
        position, with ``bisect``), so a step costs a few short gaps, never a pass over the document.
        """
        doc = ctx.doc
        chosen = [best]
        same = sorted({id(c): c for c in cands}.values(), key=lambda s: s.start)
        starts = [c.start for c in same]
        for direction in (-1, 1):
            edge = best
            while True:
                nxt = None
                if direction > 0:  # only candidates a gap of at most COORD_MAX_SCAN tokens away
                    near = same[bisect.bisect_left(starts, edge.end):
                                bisect.bisect_right(starts, edge.end + COORD_MAX_SCAN)]
                else:
                    near = [c for c in same if edge.start - COORD_MAX_SCAN <= c.end <= edge.start]
                for c in near:
                    gap = doc[c.end:edge.start] if direction < 0 else doc[edge.end:c.start]
                    # an aside after the earlier name is no break: "between Ana Ruiz, 54, and Ivo Petrov", "Ana
                    # Ruiz, a former teacher, and Ivo Petrov" (its closing comma stays, a list's comma); one that
                    # names an office is kept ("Ana Ruiz, a former mayor, and Ivo Petrov": the office is hers alone)
                    close = self._aside_end(ctx, gap.start, gap.end)
                    if not any(k in ctx.office_tokens for k in range(gap.start, close)):
                        gap = gap[close - gap.start:]
                    # titles between coordinated names do not break them: "X and former state Sen. Y"
                    words = [t for t in gap if t.i not in ctx.title_tokens and t.lower_ not in
                             self.lexicon.title_qualifiers and not self._qualifier_hyphen(doc, t.i)]  # "ex-general"
                    words = self._without_attachment(ctx, words, places)  # "X of the Green Party and Y"
                    # a party or an unknown title right before the later name: "Republican X and Democrat Y",
                    # "X and Rhone County Commissioner Y"
                    label_end = gap.end
                    if direction > 0 and c._.rule == KIN_GIVEN_RULE:  # "X and Gbagbo's wife Simone": whose wife
                        k = c.start - 3  # the possessor's last word, before "'s" and the family noun
                        while k >= gap.start and doc[k].is_title:
                            k -= 1
                        words, label_end = [t for t in words if t.i <= k], k + 1
                    while skip_labels and words and words[-1].i == label_end - 1:
                        if words[-1].i in ctx.org_tokens or words[-1].is_title and words[-1].lower_ not in _COORD:
                            words, label_end = words[:-1], label_end - 1
                        elif self._owner_before(ctx, words, label_end):  # "X, the Green Party's Y", "X and ANC's Y"
                            words, label_end = words[:-2], label_end - 2
                        else:
                            break
                    if label_end < gap.end and words and words[-1].i == label_end - 1 and words[-1].lower_ == "the":
                        words = words[:-1]  # the owner's article: ", the Green Party's Y"
                    if words and words[0].lower_ in _COORD:  # "and politician Y": a descriptor is no break
                        words = [t for t in words if t.lower_ not in self.cues.descriptors
                                 and not self._glued_compound(doc, t.i)]  # "and right-wing Y", "and pro-EU liberal Y"
                    lowers = [t.lower_ for t in words]
                    if best.label_ == "OFFICE":  # "their president and the members of parliament"
                        lowers = _office_join(lowers)
                    elif len(lowers) > 1 and lowers[-1] == "of":
                        lowers = lowers[:-1]  # "the candidatures of X and of Y": "of" said again before each name
                    if (direction < 0 and c.end <= edge.start or direction > 0 and c.start >= edge.end) \
                            and 0 < len(lowers) <= COORD_MAX_GAP and all(w in _COORD for w in lowers):
                        nxt = c
                        break
                if nxt is None:
                    break
                if direction > 0:
                    nxt = self._relative_named(nxt, same, starts)
                chosen.append(nxt)
                edge = nxt
        return sorted(chosen, key=lambda s: s.start)

    @staticmethod
    def _relative_named(name: Span, same: list[Span], starts: list[int]) -> Span:
        """The relative a listed possessor names ("X and Gbagbo's wife Simone": Simone is listed, Gbagbo only says
        whose wife she is), else ``name`` itself: a given name two tokens after the possessor's "'s" that the
        entities stage read as the possessor's relative (``KIN_GIVEN_RULE``)."""
        doc = name.doc
        if name.end + 2 >= len(doc) or doc[name.end].text not in POSSESSIVE_ENDINGS:
            return name
        k = bisect.bisect_left(starts, name.end + 2)
        if k < len(same) and same[k].start == name.end + 2 and same[k]._.rule == KIN_GIVEN_RULE:
            return same[k]
        return name

    @staticmethod
    def _owner_before(ctx, words: list, end: int) -> bool:
        """The last two words of a list's gap, right before the later name at ``end``, are a party's or another
        capitalised owner's "'s" ("X, the Green Party's Y and Z", "X and ANC's Y"): a label of Y's, as a party
        written before it is, no break of the list; a lower-case owner is none ("X and the party's Y")."""
        if len(words) < 2 or words[-1].lower_ not in POSSESSIVE_ENDINGS:
            return False
        owner = words[-2]
        return owner.i == end - 2 and (owner.i in ctx.org_tokens or owner.is_title
                                       or owner.is_upper and owner.is_alpha)

    def _values(self, ctx, slot: Slot, sent: Span, start: int, end: int) -> list[tuple]:
        doc = ctx.doc
        figures = [f for lab in (slot.labels or ("VOTES", "PERCENT")) for f in ctx.in_sentence(sent, lab)]
        figures.sort(key=lambda f: f.start)
        cands = []
        for f in figures:
            dist = self._distance(slot.side, f, start, end)
            if dist is None or dist > slot.window or f._.rule == COUNT_PROGRESS:
                continue  # "with 80% of precincts reporting" is how far the count has gone: no one's share
            margin = self._margin_figure(doc, f)
            if margin and _MARGIN_CUE not in slot.cues:
                continue  # "won the seat with a majority of 3,000 votes": a margin, no count she received
            if slot.cues and not margin and not self._cued(doc, f.start, slot.cues):
                continue
            if slot.exclude_cues and self._cued(doc, f.start, slot.exclude_cues):
                continue
            if slot.not_followed_by and f.end < len(doc) and doc[f.end].lower_ in slot.not_followed_by:
                continue  # "with a 41% turnout"
            if slot.cues and not slot.pair and self._opens_score(ctx, sent, f):
                continue  # "elected by 88 votes to 76": a score, no margin (votes_received.by_score gives it)
            cands.append((dist, f))
        if not cands:
            return []
        cands.sort(key=lambda c: (c[0], c[1].start))
        first = cands[0][1]
        chosen = [first]
        if slot.multi:
            edge = first
            for f in figures:
                gap = doc[edge.end:f.start]
                if f.start >= edge.end and 0 < len(gap) <= COORD_MAX_GAP and all(t.lower_ in _COORD for t in gap):
                    chosen.append(f)
                    edge = f
        out = []
        for f in chosen:
            partner = None
            if slot.pair:
                for g in figures:
                    gap = doc[f.end:g.start]
                    if g.start >= f.end and 0 < len(gap) and gap[-1].lower_ in _PAIR \
                            and (len(gap) == 1 or tuple(t.lower_ for t in gap[:-1]) in _PAIR_OF):
                        partner = g
                        break
                if partner is None and slot.pair_only:
                    continue  # "leads Y by 0.84 percent or 715 votes": a margin, no score
            out.append((f, partner))
        return out

    def _date(self, ctx, slot: Slot, sent: Span, start: int, end: int) -> Span | None:
        if slot.mode == "adjacent":
            # "the 2024 presidential election on March 5": of the dates beside the trigger, the day inside the year
            dates = [d for d in self._adjacent_dates(ctx, start, end, slot.window)
                     if not (d.end <= start and self._listed_year(ctx, d))]
            best = dates[0] if dates else None
            for d in dates[1:]:
                if _finer_date(d._.value, best._.value):
                    best = d
            return best
        best = None
        for d in ctx.in_sentence(sent, "DATE"):
            if d._.value is None and not ctx.undated:
                continue
            owner = ctx.bound.get(d.start)
            if owner is not None and owner != start and not slot.bound and not (
                    slot.bound_clause and owner < start and not any(t.is_punct for t in ctx.doc[owner:start])):
                continue
            dist = self._distance({"left": "left", "right": "right"}.get(slot.mode, "both"), d, start, end)
            if dist is None or dist > slot.window:
                continue
            if slot.cues and not self._cued(ctx.doc, d.start, slot.cues):
                continue  # "postpones the election from May 5 to June 9": only the date after "to" is the new one
            if best is None or dist < best[0]:
                best = (dist, d)
        return best[1] if best else None

    @staticmethod
    def _listed_year(ctx, d: Span) -> bool:
        """Year ``d`` ends a list of years ("the 2007 and 2012 elections", "the 2014, 2018 and 2022 races"): the
        trigger after it is several events, none of which the last year dates alone (nor the story's own race);
        :meth:`_listed_years` gives each year its event."""
        doc = ctx.doc
        if not _YEAR.fullmatch(str(d._.value or "")) or d.start < 2 or doc[d.start - 1].lower_ not in _YEAR_LIST_JOINERS:
            return False
        # one joiner or two ("the 2014, 2018, and 2022 races")
        ends = {d.start - 1} | ({d.start - 2} if doc[d.start - 2].lower_ in _YEAR_LIST_JOINERS else set())
        return any(p.end in ends and _YEAR.fullmatch(str(p._.value or "")) for p in ctx.by_label("DATE"))

    def _listed_years(self, ctx, rule: Rule, slot: Slot, start: int, end: int) -> list[Span]:
        """The years of a list right before an event's trigger, "the 2007 and 2012 elections", "in the 2014, 2018 and
        2022 races": each dates one event of the rule's ``one_row`` predicate (predicates.yml), where every year lies
        :data:`EARLIER_EVENT_YEARS` or more before the publication, so that no row of the list merges into the
        story's own undated race (``_one_row``); else none (a list with this year's race in it, "the 2020 and 2024
        elections" in 2024, or a story with no publication date)."""
        if slot.mode != "adjacent" or rule.predicate not in self._one_row:
            return []
        anchor = _year_of(doc_value(ctx.doc, "anchor"))
        if anchor is None:
            return []
        last = next((d for d in self._adjacent_dates(ctx, start, end, slot.window)
                     if d.end <= start and self._listed_year(ctx, d)), None)
        if last is None:
            return []
        years = {d.end: d for d in ctx.by_label("DATE") if _YEAR.fullmatch(str(d._.value or ""))}
        out = [last]
        while True:
            k = out[0].start
            joined = [j for j in (k - 1, k - 2) if j > 0 and all(t.lower_ in _YEAR_LIST_JOINERS
                                                                 for t in ctx.doc[j:k])]
            prev = next((years[j] for j in joined if j in years), None)
            if prev is None:
                break
            out.insert(0, prev)
        if len(out) < 2 or any(int(y._.value) > anchor - EARLIER_EVENT_YEARS for y in out):
            return []
        return out

    def _adjacent_dates(self, ctx, start: int, end: int, window: int) -> list[Span]:
        """Dates joined to the trigger by glue words, or by the words that name the race:
        "the Dec. 1 runoff", "runoff on December 1", "the 2012 US presidential election"."""
        doc = ctx.doc
        out = []
        sent = sentence_of(doc, start)
        dates = ctx.in_sentence(sent, "DATE")
        if not dates:
            return []  # most sentences name no date: nothing to bind, no words to read
        event_of = self._event_of(doc, sent, start)
        for d in dates:
            if d._.value is None and not ctx.undated:
                continue
            gap = doc[d.end:start] if d.end <= start else doc[end:d.start] if d.start >= end else None
            if gap is None or event_of and d.start >= end:
                continue  # ... "the first TV debate of the election on Tuesday": the debate's day
            if d.end <= start and len(gap) and gap[0].lower_ in self.cues.date_clause_glue \
                    and _DAY.fullmatch(d._.value or "") and not self._voting_before(ctx, sent, d):
                continue  # "took a lead Wednesday in the election": the clause's day ("voted Sunday in" is the vote's)
            words = [t for t in gap if t.i not in ctx.name_tokens and t.i not in ctx.office_tokens
                     and not (d.end <= start and t.text[:1].isupper())]
            if d.start >= end:
                words = self._past_aside(ctx, self._past_partner(ctx, words, d.start), d.start)
                words = self._past_venue(ctx, sent, words, start)
            words = self._uncoordinated(words)
            if len(words) > window or not all(t.lower_ in self.cues.date_glue or t.lower_ in self.cues.modifiers
                                              for t in words):
                continue
            out.append((len(words), d))
        return [d for _, d in sorted(out, key=lambda x: (x[0], x[1].start))]

    def _uncoordinated(self, words: list) -> list:
        """``words`` less each conjunction between two race modifiers, and the modifier after it ("presidential and
        parliamentary" reads as "presidential", which may be an office's word and so not among ``words``)."""
        mods = self.cues.modifiers
        drop = {t.i for t in words if t.lower_ in RACE_COORDINATORS and 0 < t.i < len(t.doc) - 1
                and t.doc[t.i - 1].lower_ in mods and t.doc[t.i + 1].lower_ in mods}
        return [t for t in words if t.i not in drop and t.i - 1 not in drop]

    def _past_aside(self, ctx, words: list, date_start: int) -> list:
        """``words`` between a race noun and a date after it, less an aside that names no time of the race: a dated
        event ("its first presidential election since the 2023 coup on Saturday": a ``date_aside_preps`` word, an
        article, another date and one lower-case noun, no race's, right before the date's own glue) and the division
        noun of a place phrase ("local elections in the states of Durango and Veracruz on June 1": a
        ``date_place_divisions`` word before "of" and a place, and the joiners between its places)."""
        doc, places = ctx.doc, ctx.token_index("GPE")
        drop: set[int] = set()
        k = date_start - 1
        while k >= 0 and doc[k].lower_ in self.cues.date_glue and doc[k].text != ",":
            k -= 1  # the date's own glue: "... coup on"
        inner = next((m for m in ctx.by_label("DATE") if m.end == k), None)
        if inner is not None and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in self.lexicon.race_words:
            # ... not another race's ("the runoff after the 2020 election on Sunday": the day may be that race's)
            p = inner.start - 1
            if p >= 0 and doc[p].lower_ in ARTICLES:
                p -= 1
            if p >= 0 and doc[p].lower_ in self.cues.date_aside_preps:
                drop |= set(range(p, k + 1))
        for t in words:
            if t.lower_ in self.cues.date_place_divisions and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" \
                    and t.i + 2 in places:
                drop |= {t.i, t.i + 1}
            elif t.lower_ in _PLACE_JOINERS and t.i - 1 in places and t.i + 1 in places:
                drop.add(t.i)  # "the states of Durango and Veracruz"
        return [t for t in words if t.i not in drop] if drop else words

    def _past_venue(self, ctx, sent: Span, words: list, start: int) -> list:
        """``words`` between a race noun at ``start`` and a date after it, less the venue phrases of a voting clause
        (a ``date_clause_voting`` word before the race noun): a ``date_venue_preps`` word and the articles and
        ``date_venue_nouns`` after it, with the venue's own name ("vote in the presidential election at Jallozai camp
        near Peshawar on Saturday": the vote's day, the race's); else ``words`` as they are. A venue of another noun
        keeps its words ("at a rally", "at Lincoln Center Gala")."""
        cues, doc = self.cues, ctx.doc
        if cues.date_venue_preps.isdisjoint(t.lower_ for t in words) \
                or not any(t.lower_ in cues.date_clause_voting for t in doc[sent.start:start]):
            return words
        drop: set[int] = set()
        for t in words:
            if t.lower_ not in cues.date_venue_preps:
                continue
            venue = [t.i]
            k = t.i + 1
            while k < len(doc) and (doc[k].lower_ in _VENUE_DETERMINERS or doc[k].lower_ in cues.date_venue_nouns
                                    or doc[k].is_alpha and doc[k].is_title and k not in ctx.name_tokens):
                venue.append(k)
                k += 1
            if any(doc[j].lower_ in cues.date_venue_nouns for j in venue) or k in ctx.token_index("GPE") \
                    or k in ctx.token_index("ORG"):
                drop.update(venue)  # "at polling stations", "across the country", "near Peshawar", "at Velmar School"
        return [t for t in words if t.i not in drop] if drop else words

    def _past_partner(self, ctx, words: list, date_start: int) -> list:
        """``words`` between a race noun and a date after it, less an opponent phrase: a ``date_partner_glue`` word
        and at most :data:`PARTNER_DESCRIPTORS` describing words before a person's name that ends right before the
        date's own glue ("a runoff with centre-left candidate Ana Ruiz on January 17"); else ``words`` as they are."""
        glue = next((k for k, t in enumerate(words) if t.lower_ in self.cues.date_partner_glue), None)
        if glue is None:
            return words
        k = date_start - 1
        while k >= 0 and ctx.doc[k].lower_ in self.cues.date_glue:
            k -= 1  # the date's own glue: "... Ana Ruiz on"
        person = next((m for m in ctx.by_label("PERSON") if m.end - 1 == k), None)
        if person is None or person.start <= words[glue].i:
            return words
        between = [t for t in words if words[glue].i < t.i < person.start]
        if len(between) > PARTNER_DESCRIPTORS or any(t.is_punct and t.text not in HYPHENS
                                                     or t.is_stop and t.lower_ not in _PARTNER_DETERMINERS
                                                     for t in between):
            return words  # "won the election with the support of Ana Ruiz on Monday": no opponent phrase
        return [t for t in words if not words[glue].i <= t.i < person.start]

    def _voting_before(self, ctx, sent: Span, d: Span) -> bool:
        """A voting verb (``date_clause_voting``) stands at most :data:`DATE_CLAUSE_VOTING_WINDOW` words before the
        day ``d``, not counting a place and its preposition: "voted Sunday in", "Polls open across Ruritania today
        in" (the day is the vote's); "took a lead Wednesday in" (none)."""
        doc = ctx.doc
        places = ctx.token_index("GPE")
        counted, k = 0, d.start - 1
        while k >= sent.start and counted < DATE_CLAUSE_VOTING_WINDOW:
            if k in places:
                while k >= sent.start and k in places:
                    k -= 1
                if k >= sent.start and doc[k].lower_ in _PLACE_PREPOSITIONS:
                    k -= 1
                continue
            if doc[k].lower_ in self.cues.date_clause_voting:
                return True
            counted += 1
            k -= 1
        return False

    def _event_of(self, doc: Doc, sent: Span, start: int) -> bool:
        """The race noun starting at ``start`` follows "of" (past "the", "this", race modifiers and capitalised words,
        a place's or its possessive) after a word of ``date_event_heads``: "the first TV debate of the presidential
        election", "a rally of Chile's presidential election"."""
        k = start - 1
        while k > sent.start and (doc[k].lower_ in ("the", "this", "that", "its", "their", "'s", "’s")
                                  or doc[k].lower_ in self.cues.modifiers or doc[k].text[:1].isupper()):
            k -= 1
        return k > sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in self.cues.date_event_heads

    def _date_end(self, ctx, slot: Slot, sent: Span, first: Span) -> Span | None:
        for d in ctx.in_sentence(sent, "DATE"):
            if d.start >= first.end and d.start - first.end <= slot.window and d._.value:
                if not slot.cues or self._cued(ctx.doc, d.start, slot.cues):
                    return d
        return None

    def _kind(self, doc: Doc, rule: Rule, start: int, end: int) -> str | None:
        """The kind named within ``kind_window`` words of the trigger; an election's in its own sentence: "Voters
        went to the polls on Sunday. The runoff is due in April." makes Sunday's vote no runoff (a candidacy's race
        may be the last sentence's: "X wins the Iowa caucus. Y drops out of the race")."""
        lo, hi = start - rule.kind_window, end + rule.kind_window
        if rule.predicate == "election":
            sent = sentence_of(doc, start)
            lo, hi = max(lo, sent.start), min(hi, sent.end)
        if rule.kind_stops:  # "took place on March 5 and a runoff on April 2": the runoff is another event
            hi = next((t.i for t in doc[end:min(len(doc), hi)] if t.lower_ in rule.kind_stops), hi)
        return self._kind_in(doc, rule.kinds, lo, hi)

    def _not_kind(self, doc: Doc, rule: Rule, start: int, end: int) -> str | None:
        """The kind the trigger's own words deny ("the first round of the presidential election": no runoff),
        read a little wider than its kind, as "the first round of the" stands before the whole race noun; an
        election's in its sentence, as its kind is."""
        lo, hi = start - NOT_KIND_WINDOW, end + NOT_KIND_WINDOW
        if rule.predicate == "election":
            sent = sentence_of(doc, start)
            lo, hi = max(lo, sent.start), min(hi, sent.end)
        return self._kind_in(doc, rule.not_kinds, lo, hi)

    def _kind_in(self, doc: Doc, kinds: dict[str, tuple[str, ...]], lo: int, hi: int) -> str | None:
        if not kinds:
            return None
        words = token_lowers(doc)[max(0, lo):min(len(doc), hi)]
        for kind, phrases in kinds.items():
            if self._tokens(phrases).found_in(words):
                return kind
        return None

    # -- structures ----------------------------------------------------------------
    def _structure(self, ctx, rule: Rule, ends: dict[int, Span], starting: dict[int, list[Span]]) -> Iterator[Fact]:
        """``ends``: the offices a fact may name, by end token; ``starting``: every office by start token
        (built once per document for all the structure rules)."""
        doc = ctx.doc
        people = ctx.by_label("PERSON")
        offices = ctx.by_label("OFFICE")
        # a title comes from ``ends``, an apposition from ``offices``, a person's figure from the figures: a Doc without
        # them gives the rule nothing (test_facts_structure_gates_change_no_fact)
        if self._structure_gates and (rule.structure == "title" and not ends
                                      or rule.structure == "appositive" and not offices
                                      or rule.structure == "person_figure"
                                      and not (ctx.by_label("VOTES") or ctx.by_label("PERCENT"))):
            return
        between = self._tokens(rule.between) if rule.between else []
        between_width = max(map(len, between), default=0)
        # the cue phrases by their last word: only those ending in the word before a position can end there
        by_last = self._phrases_by_last(between)
        if self._structure_gates and rule.structure == "cue_person" and by_last is not None \
                and by_last.keys().isdisjoint(ctx.lowers()):
            return  # no cue phrase's last word in the Doc: no cue before any name
        # a cue may stand before any title of the name's, one of no known place too ("challenger Sen. X")
        title_ends = {o.end: o for o in offices} if rule.through_title else ends
        done: set[int] = set()
        for p in people:
            if p.start in done:
                continue
            one_cue = False  # cue_person: the cue in the singular ("incumbent"), one person's
            office, cue_len, also = None, 0, None
            if rule.structure == "title":
                first = honorific_start(doc, p.start, self.lexicon.honorifics)  # "President General X": past "General"
                o = self._title_before(doc, p.start, ends) or self._title_past_seat(doc, first, p.end, ends)
                also = self._title_before_and(ctx, p, o, ends)  # "Governor of Ohio and actor X"
                if o is None and also is not None:
                    o, also = also, None
                if o is None:
                    # "Supreme Leader of Ruritania, Ayatollah Ali Karimi," / "the Ruritanian president, Ana Ruiz,"
                    k = first - 1
                    while k > 0 and doc[k].lower_ in self._person_cues:
                        k -= 1
                    if k > 0 and doc[k].text == "," and (p.end >= len(doc) or doc[p.end].text in (",", ".", ";")
                                                         or k == first - 1 and doc[p.end].is_lower
                                                         and doc[p.end].lower_ not in _COORD):
                        # "The current president, Ana Ruiz is seeking ...": a verb follows; not after a cue
                        # ("his term as Lyon's mayor, opponent Ana Ruiz still had not conceded")
                        o = ends.get(k) or self._title_before_second(doc, k, ends)
                        if o is not None and o is ends.get(k) and also is None:
                            # "Zembla's deputy prime minister and Minister of Economic Affairs, Ana Ruiz,": both held
                            also = self._title_before_and(ctx, p, o, ends)
                        if o is not None and doc[p.end].is_lower and self._sole_title_of_another(ctx, p, o, ends):
                            o = None  # "Zemblan PM, X open pipeline ... Prime Minister Y": a headline's list
                if o is not None and get_span_value(o, "form") != "adjective" and not (
                        rule.not_preceded_by and self._owned_title(doc, o.start, rule.not_preceded_by)):
                    office = o  # not "Walt Disney Co. president X", "Oracle co-president X": a company's title
            elif rule.structure == "cue_person":
                key = (p.start, p.end, rule.through_title)  # the same for each cue_person rule (title_ends too)
                positions = ctx.cue_positions.get(key)
                if positions is None:
                    positions = ctx.cue_positions[key] = self._cue_positions(ctx, rule, p, title_ends)
                for at in positions:
                    ending = between if by_last is None else by_last.get(token_lowers(doc)[at - 1], ()) if at > 0 else ()
                    if not ending:
                        continue  # no cue phrase ends right before the position
                    before = tuple(token_lowers(doc)[max(0, at - between_width):at])  # read once per position
                    # through a title, never a cue that ends in a comma: "after meeting the candidates, President
                    # X said" (the title opens the next clause), save one person's cue whose apposition the name's
                    # own comma closes: "his rival, Senator X, clashed"
                    apposed = self._closes_apposition(doc, p)
                    phrase = next((ph for ph in ending if (at == p.start or ph[-1] != ","
                                                            or apposed and _one_person_cue(ph))
                                   and len(ph) <= len(before) and before[len(before) - len(ph):] == ph), None)
                    if phrase is None:
                        continue
                    if doc[at].lower_ == "and" and (phrase[-1].endswith("s") or not phrase[-1].isalpha()):
                        continue  # "the candidates and lawyer X": the cue names a group, X one more person
                    cue_at = at - len(phrase)
                    if rule.not_preceded_by and self._owned_title(doc, cue_at, rule.not_preceded_by):
                        continue  # "MVP candidate X", "his long-time rival, X": the words before the cue say whose race
                    cue_len = len(phrase) + p.start - at
                    one_cue = not phrase[-1].endswith("s") and phrase[-1].isalpha()
                    office = ends.get(cue_at)
                    if at != p.start and phrase[-1] in _CUE_FOR:
                        # "candidate for Mayor of Lyon Ana Ruiz", "nominee for governor, X,": the title the cue
                        # reaches through is the office sought
                        office = self._title_before(doc, p.start, title_ends) or title_ends.get(p.start - 1) or office
                    break
                else:
                    continue
            elif rule.structure == "appositive":
                office = self._appositive(doc, p, offices, starting)
                if office is not None and not self._apposition_ends(doc, p, office):
                    also = self._appositive_also(doc, p, office, starting)  # "X, the mayor and party leader,"
            elif rule.structure == "person_figure":
                yield from self._person_figure(ctx, rule, p)
                continue
            if rule.office_not and rule.structure in ("title", "appositive"):
                office, also = (None if o is None or self._phrase_before(doc, o.end, rule.office_not, len(o), o.start)
                                else o for o in (office, also))
                if office is None and also is not None:
                    office, also = also, None
            if office is None and rule.structure != "cue_person":
                continue
            # "candidates X and Y" share the title; "Councilwoman X and former state Sen. Y" do not.
            sent = sentence_of(doc, p.start)
            # Names coordinated with p stand in its sentence (no joining word ends one).
            # ... nor does "current president X and politician Y": Y's own descriptor stands for the title.
            # ... nor does a title in the singular: "former President X and Y" names one president.
            # ... nor does a cue in the singular to a name with its own title: "incumbent X and Lyon Deputy Mayor Y".
            # ... nor to a name with its own office's cue: "Kano governor candidate X, Lamu MP candidate Y" (Y's own).
            group = [q for q in self._coordinated(ctx, p, [q for q in ctx.in_sentence(sent, "PERSON")
                                                            if q.start >= p.start], skip_labels=False,
                                                 places=rule.structure != "title")
                     if q is p or rule.structure != "title" and not (one_cue and q.start in ends)
                     and not (rule.structure == "cue_person" and self._own_office_cue(ctx, q, by_last)) or not (
                         q.start in ends or doc[q.start - 1].lower_ in self.cues.descriptors
                         or office is not None and office._.form != "plural")]
            done.update(q.start for q in group)
            for office in (office, also) if also is not None else (office,):
                ev_start = office.start if office is not None and office.start < p.start else p.start - cue_len
                for person in group:
                    if rule.exclude_near and self._phrase_before(
                            doc, min(sent.end, person.end + rule.exclude_window), rule.exclude_near,
                            rule.exclude_window, person.end):
                        continue  # "Incumbent X (R) is retiring": a phrase after the name undoes the cue
                    preset = {"subject": [person]}
                    if office is not None:
                        preset["object"] = [office]
                    clause = self._clause(doc, ev_start, sent.start, ctx.clause_skip)
                    if self._hedged(rule, clause):
                        continue
                    for fact in self._fill(ctx, rule, sent, ev_start, person.end, "positive", preset):
                        yield replace(fact, start=min(fact.start, ev_start), end=max(fact.end, person.end,
                                      office.end if office is not None else 0))

    def _title_before(self, doc: Doc, start: int, ends: dict[int, Span]) -> Span | None:
        """The title of ``ends`` (end -> span) that titles the name at ``start``: right before it or before any of its
        honorifics, the nearest first ("President General X" past "General"; "Attorney General Dr. X", a title whose
        last word is a style's)."""
        starts = honorific_starts(doc, start, self.lexicon.honorifics)
        return next((ends[k] for k in starts if k in ends), None) or next(
            (ends[k - 3] for k in starts if self._acronym_before(doc, k, ends)), None)

    @staticmethod
    def _acronym_before(doc: Doc, k: int, ends: dict[int, Span]) -> bool:
        """A title's own body's acronym in brackets stands right before token ``k`` ("Director General of the
        International Atomic Energy Agency (IAEA) X"): its letters are the initials of the title's last capitalised
        words, so a party tag or an outlet's ("Governor of Ohio (R) X", "(AP) President X") is none."""
        if k < 3 or doc[k - 1].text != ")" or doc[k - 3].text != "(" or k - 3 not in ends:
            return False
        acronym = doc[k - 2].text
        if not (_ACRONYM_MIN <= len(acronym) <= _ACRONYM_MAX and acronym.isalpha() and acronym.isupper()):
            return False
        initials = "".join(t.text[0] for t in ends[k - 3] if t.text[:1].isupper() and t.text.isalpha())
        return initials.endswith(acronym)

    def _own_office_cue(self, ctx, q: Span, by_last: dict[str, list[tuple[str, ...]]] | None) -> bool:
        """A listed name stands right after its own one-person cue of an office ("..., Lamu MP candidate Y", past
        honorifics): the list's first cue ("Kano governor candidate X, ...") names X's race, not Y's, who is read
        from that own cue."""
        doc = ctx.doc
        h = honorific_start(doc, q.start, self.lexicon.honorifics)
        if by_last is None or h < 2:
            return False
        cue = doc[h - 1].lower_
        return cue in by_last and cue.isalpha() and not cue.endswith("s") and h - 1 in self._office_ends(ctx)

    @staticmethod
    def _office_ends(ctx) -> set[int]:
        """The end tokens of the Doc's offices, a bare one too ("MP candidate Y": an office's cue all the same)."""
        return {o.end for o in ctx.by_label("OFFICE")}

    def _title_past_seat(self, doc: Doc, start: int, end: int, ends: dict[int, Span]) -> Span | None:
        """The title before the seat its holder represents, right before the name ``start``..``end``: "U.S.
        Representative from Hawaii Ana Ruiz", "Senator representing Kano North, Ana Ruiz," (a capitalised seat of at
        most :data:`_SEAT_MAX` words after one of cues.yml ``seat_cues``; a comma after it only with one after the name:
        "the senator came from Ohio, Ana Ruiz said" names none)."""
        k = start
        if start > 0 and doc[start - 1].text == ",":
            if end < len(doc) and doc[end].text != ",":
                return None
            k = start - 1
        j = k
        while j > 0 and k - j < _SEAT_MAX and doc[j - 1].is_title:
            j -= 1
        if j == k or j < 2 or doc[j - 1].lower_ not in self.cues.seat_cues:
            return None
        title = ends.get(j - 1)
        return title if title is not None and title._.form not in ("adjective", "plural") else None

    @staticmethod
    def _owned_title(doc: Doc, start: int, words: tuple[str, ...]) -> bool:
        """The word written before the title at ``start`` is one of ``words`` (lower case; "co-" for a prefix
        joined by a hyphen; several words, space-separated, for a phrase): "Oracle Corp. President X", "Oracle
        co-president X", "candidate for president X" (the office a candidate seeks, not one held)."""
        lowers = token_lowers(doc)
        if start > 0 and lowers[start - 1] in words:
            return True
        for phrase in _spaced_phrases(words):
            if start >= len(phrase) and lowers[start - len(phrase):start] == phrase:
                return True
        return start > 1 and lowers[start - 1] == "-" and not doc[start - 2].whitespace_ and \
            lowers[start - 2] + "-" in words

    @staticmethod
    def _closes_apposition(doc: Doc, p: Span) -> bool:
        """A comma, a semicolon or the sentence's end right after the name ``p`` closes an apposition before it
        ("his rival, Senator X, clashed"); a verb there makes the words before the name a clause of their own
        ("after meeting the candidates, President X said")."""
        return p.end >= len(doc) or doc[p.end].text in (",", ".", ";")

    @staticmethod
    def _listed_after(ctx, p: Span) -> Span:
        """The name ``p`` with the names listed after it by "and", "or" and commas ("X, Y and Z"): the span up to the
        last one's end (``p`` itself where none follows), whose commas close an apposition as one name's do ("the
        candidates for President of Chile, X and Y, hold a debate")."""
        doc, end = ctx.doc, p.end
        starts = ctx.person_starts
        while end + 1 < len(doc) and doc[end].lower_ in _COORD:
            k = end + 1 + (doc[end].text == "," and doc[end + 1].lower_ in ("and", "or"))  # ", and Z"
            if k not in starts:
                break
            end = next(q.end for q in ctx.by_label("PERSON") if q.start == k)
        return doc[p.start:end]

    def _cue_positions(self, ctx, rule: Rule, p: Span, ends: dict[int, Span]) -> list[int]:
        """Where a cue_person rule's cue may end: right before the name or its honorifics ("candidate Dr. Ana
        Ruiz"), and with ``through_title`` also before the name's own title and its qualifiers ("hopefuls former
        Ohio Senator Ana Ruiz"): the cue is the person's, the title only says what else the person is. The title
        may stand in apposition before a name that its commas close: "their nominee for governor, Ana Ruiz,
        lost"."""
        doc = ctx.doc
        h = honorific_start(doc, p.start, self.lexicon.honorifics)
        title = self._title_before(doc, p.start, ends) if rule.through_title else None
        if title is None and rule.through_title and p.start > 1 and doc[p.start - 1].text == "," \
                and self._closes_apposition(doc, self._listed_after(ctx, p)):
            title = ends.get(p.start - 1)
        if title is None or get_span_value(title, "form") == "adjective":
            return ([p.start] if h == p.start else [p.start, h]) + self._cue_and_descriptor(ctx, h)
        k = title.start
        while k > 0 and doc[k - 1].lower_ in ctx.lexicon.title_qualifiers:
            k -= 1
        return [p.start, k] + self._cue_and_descriptor(ctx, k, titled=True)

    def _name_lead(self, ctx, m: Span) -> int:
        """Where the words that describe the name ``m`` begin: its own title, title qualifiers, descriptors and
        hyphened modifiers ("US-backed incumbent", "veteran", "former Prime Minister") and a party's name before its
        title ("former GOP Rep."), at most :data:`NAME_LEAD_MAX` of them; ``m.start`` where there are none."""
        doc = ctx.doc
        title = ctx.title_of.get(id(m))
        k = title.start if title is not None and title.end <= m.start else m.start
        words = ctx.lexicon.title_qualifiers | self.cues.descriptors
        party_starts = {e: b for b, e in self._party_ends(doc).items()} if title is not None and k < m.start else {}
        for _ in range(NAME_LEAD_MAX):
            if k > 0 and doc[k - 1].lower_ in words:
                k -= 1
            elif k in party_starts:
                k = party_starts[k]
            elif k > 1 and self._qualifier_hyphen(doc, k - 1):
                k -= 2  # "ex - general"
            elif k > 2 and doc[k - 2].text in HYPHENS and doc[k - 1].is_alpha and doc[k - 1].is_lower:
                k -= 3  # "US - backed"
            else:
                break
        return k

    def _qualifier_hyphen(self, doc: Doc, i: int) -> bool:
        """``doc[i]`` is the hyphen glued after a title qualifier written as a prefix ("ex-general X", "ex-minister
        X"): part of the qualifier, no word of its own."""
        return 0 < i < len(doc) - 1 and token_texts(doc)[i] in HYPHENS and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and token_lowers(doc)[i - 1] in self.lexicon.title_qualifiers

    @classmethod
    def _glued_compound(cls, doc: Doc, i: int) -> bool:
        """``doc[i]`` is a word of a hyphenated compound glued on both sides ("right-wing", "pro-EU", "centre-left"):
        an adjective, read as a descriptor between a list's joining word and its next name."""
        def glued(h: int) -> bool:  # a glued hyphen (_glued_hyphen) between two words
            return 0 < h and cls._glued_hyphen(doc, h) and doc[h - 1].is_alpha and doc[h + 1].is_alpha
        return glued(i) or glued(i + 1) or glued(i - 1)

    def _cue_and_descriptor(self, ctx, start: int, titled: bool = False) -> list[int]:
        """The "and" before a descriptor or the title of the name at ``start``: "the former presidential candidate
        and movie actor X", "her challenger and fellow Senator X" (at most :data:`_DESCRIPTOR_MAX` descriptor words,
        the first may be any modifier of the second, and title qualifiers): the cue before "and" is that person's
        too (one person's cue only: _structure). [] where there is none."""
        doc = ctx.doc
        lowers = token_lowers(doc)  # the Doc's cached words: a Token only for the modifier's flags
        k = start
        while k > 0 and start - k < _DESCRIPTOR_MAX and lowers[k - 1] in self.cues.descriptors:
            k -= 1
        if k == start - 1 and k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_lower and not doc[k - 1].is_stop:
            k -= 1  # "movie actor"
        if k == start and not titled:
            return []
        while k > 0 and lowers[k - 1] in ctx.lexicon.title_qualifiers:
            k -= 1
        return [k - 1] if k > 1 and lowers[k - 1] == "and" else []

    def _title_before_second(self, doc: Doc, comma: int, ends: dict[int, Span]) -> Span | None:
        """The office before "and" and a second, capitalised title the offices stage does not name, set off by the
        comma at ``comma`` before a name: "Zembla's deputy prime minister and Minister of Economic Affairs and the
        Interior, Ana Ruiz," (the first office is held). The second title's words are capitalised or connectors
        (:data:`_SECOND_TITLE_JOINERS`), at most :data:`SECOND_TITLE_MAX`, one of them a role's last word; not
        "Chile's president and Congress, Ana Ruiz said" (no role's word), nor a lower-case phrase."""
        j = comma - 1
        headed = False
        while j > 0 and comma - j <= SECOND_TITLE_MAX:
            word = doc[j]
            if word.lower_ == "and" and j in ends and j + 1 < comma and doc[j + 1].is_title:
                return ends[j] if headed else None
            if not (word.is_title or word.lower_ in _SECOND_TITLE_JOINERS):
                return None
            headed = headed or word.lower_ in self.lexicon.role_heads
            j -= 1
        return None

    def _title_before_and(self, ctx, p: Span, title: Span | None, ends: dict[int, Span]) -> Span | None:
        """A title joined by "and" to the person's own title or descriptor: "Green Party leader and former
        Prime Minister X", "Governor of Ohio and actor X" (:data:`_DESCRIPTOR_MAX` descriptor words), the
        descriptor's race and party aside ("Defence minister and Green Party presidential candidate X")."""
        doc = ctx.doc
        k = (title.start if title is not None else p.start) - 1
        if title is None:
            j, words = k, 0
            while j >= 0 and words < _DESCRIPTOR_MAX and doc[j].lower_ in self.cues.descriptors:
                j, words = j - 1, words + 1
                if words == 1:
                    j = self._past_race_and_party(ctx, j)  # "Green Party presidential candidate X"
            if j == k:
                return None  # neither a title nor a descriptor before the name
            k = self._past_named_work(doc, j)  # "and former Dancing with the Stars contestant X"
        while k >= 0 and doc[k].lower_ in ctx.lexicon.title_qualifiers:
            k -= 1
        if k < 1 or doc[k].lower_ != "and":
            return None
        other = ends.get(k)
        return other if other is not None and other._.form != "adjective" else None

    @staticmethod
    def _past_named_work(doc: Doc, j: int) -> int:
        """The token before a capitalised name of at most :data:`_WORK_MAX` words that ends at ``j`` (a show's, an
        outlet's or a firm's before a descriptor: "Dancing with the Stars contestant", "Fox News host"), its lower
        joining words inside it only; ``j`` where none ends there."""
        k = j
        while k >= 0 and j - k < _WORK_MAX and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha
                                                 or k < j and doc[k].lower_ in _WORK_JOINERS):
            k -= 1
        while k < j and doc[k + 1].lower_ in _WORK_JOINERS:
            k += 1  # the name opens with a capital ("the Stars" alone is none)
        return k

    @staticmethod
    def _past_race_and_party(ctx, j: int) -> int:
        """The token before the race's adjectival office ("presidential") and the party's name ("Green Party") that
        end at token ``j``, in that order, each one at most; ``j`` without them."""
        adjective = next((o for o in ctx.by_label("OFFICE") if o.end == j + 1 and o._.form == "adjective"), None)
        if adjective is not None:
            j = adjective.start - 1
        party = next((o for o in ctx.by_label("ORG") if o.end == j + 1), None)
        return party.start - 1 if party is not None else j

    def _person_figure(self, ctx, rule: Rule, p: Span) -> Iterator[Fact]:
        """"John Smith takes 41 percent and Mary Jones 37 percent": a figure right after a name, in a
        sentence that reports a result (the rule's ``near`` words); never the second name of a ticket."""
        doc = ctx.doc
        sent = sentence_of(doc, p.start)
        k = p.end
        # "X, with 12,345 votes, defeated Y": the share set off after the name is the name's, as "X with 41%" is
        with_at = k + (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "with")
        placed = self._finishing_with(doc, k, sent)
        # "X with 41%", "X's 11,002", "X (12,345)"; "X was 8th with 15,673,393": after the name's finishing place
        if placed is not None:
            with_at, k = placed, placed + 1
        elif with_at > k:
            k += 2
        elif self._party_paren_end(doc, k, sent) is not None:
            k = self._party_paren_end(doc, k, sent)  # "X (Green) 12,345 votes, Y (Labour) 11,200 votes"
        elif k < len(doc) and (doc[k].lower_ in _FIGURE_JOINS or doc[k].lower_ in self.cues.score_owner_verbs):
            k += 1
        # "X with a total of 9,978,175 votes", "Y's approximately 1.7 million votes": approximators before the figure
        at = self._past_approximators(doc, k, sent.end)
        figure = next((f for lab in ("VOTES", "PERCENT") for f in ctx.in_sentence(sent, lab) if f.start == at), None)
        if figure is not None and any(q.end < p.start and self._ticket(ctx, [q, p])
                                      for q in ctx.in_sentence(sent, "PERSON")):
            return  # the running mate of "X and Y received 306 votes": the figure is the ticket's (its head's)
        # a bare count is one only in a results sentence (figures._BareCounts): its sentence needs no near word
        if figure is None or (rule.near and figure._.rule not in _BARE_COUNTS
                              and not self._phrase_before(doc, sent.end, rule.near, len(sent), sent.start)):
            return
        if figure._.rule == COUNT_PROGRESS or (figure._.rule == PAIRED_FIGURE or self._opens_score(ctx, sent, figure)) \
                and not (doc[p.end].lower_ in self.cues.score_owner_verbs
                         and self._score_owned_after(ctx, sent, figure)):
            return  # "X leads Y 49-48%", "X defeats Y, 52 percent to 48 percent": a score's two numbers, not Y's share
        if figure.end < len(doc) and doc[figure.end].lower_ in rule.not_followed_by:
            return  # "put Ana Ruiz 4,000 votes ahead": a margin, not what she received
        if k == with_at + 1 and doc[with_at].lower_ in ("with", ",") and rule.with_not_after and self._phrase_before(
                doc, p.start, rule.with_not_after, rule.with_window,
                max([sent.start] + [f.end for lab in ("VOTES", "PERCENT") for f in ctx.in_sentence(sent, lab)
                                    if f.end <= p.start])):
            # "X defeats Y and Z with 52 percent", "X defeated Y, 12,345 votes (52%) to 11,000": the share or count
            # is the winner's, not the last loser's (a figure between the verb and the name closes the winner's part:
            # "X defeats Y with 52%, Z with 10%")
            return
        if self._has(self._clause(doc, p.start, sent.start, ctx.clause_skip), self._hedge):
            return
        if rule.predicate in self._poll_suppressed and self._sentence_reports_poll(ctx, sent):
            return  # "X has 45 percent and Y 40 percent in the latest poll": a poll's numbers (as _gate says)
        yield from self._fill(ctx, rule, sent, p.start, figure.end, "positive",
                              {"subject": [p], "value_span": [figure]})

    def _finishing_with(self, doc: Doc, k: int, sent: Span) -> int | None:
        """Where "with" stands after the finishing place that opens at token ``k``, right after a name ("was 8th",
        ", in ninth place", "came in a distant third"; cues.yml ``finishing_links`` then ``finishing_places``, an
        ordinal in digits being one), else None: "X, first elected in 2010 with ..." has no place."""
        places, links = self.cues.finishing_places, self.cues.finishing_links
        placed = False
        for j in range(k, min(sent.end, k + FINISH_MAX + 1)):
            w = doc[j].lower_
            if w == "with":
                return j if placed else None
            if w in places or ORDINAL.fullmatch(w):
                placed = True
            elif placed or w not in links:
                return None
        return None

    def _past_approximators(self, doc: Doc, k: int, end: int) -> int:
        """Past the longest run of approximators (cues.yml ``approximators``) that starts at token ``k``, before
        ``end``: where a figure after them starts ("with a total of 9,978,175", "Y's approximately 1.7 million"). A
        lone article is none here: "X had a one-vote win" names a margin (it needs "a total of", "a mere")."""
        lowers = token_lowers(doc)
        while k < end:
            n = max((len(p) for p in self._approximators
                     if (len(p) > 1 or p[0] not in ARTICLES) and tuple(lowers[k:k + len(p)]) == p), default=0)
            if not n or k + n >= end:
                return k
            k += n
        return k

    @staticmethod
    def _party_paren_end(doc: Doc, k: int, sent: Span) -> int | None:
        """Where a name's bracketed party ends ("X (Green) 12,345 votes", "X (Green Party), 52%"): right after its
        ")" and a comma there, when the brackets hold at most :data:`PAREN_PARTY_MAX` words and no number."""
        if k >= sent.end or doc[k].text != "(":
            return None
        j = k + 1
        while j < sent.end and j - k <= PAREN_PARTY_MAX and doc[j].text != ")":
            if doc[j].like_num or doc[j].text == "(":
                return None
            j += 1
        if j >= sent.end or doc[j].text != ")" or j == k + 1:
            return None
        return j + 1 + (j + 1 < sent.end and doc[j + 1].text == ",")

    @staticmethod
    def _score_owned_after(ctx, sent: Span, figure: Span) -> bool:
        """The score ``figure`` opens names the owner of its second number after it ("X had 12,345 to 11,200 for Y",
        "X had 52 percent to 45 percent for Y"): the first number is the name's whose verb it follows
        (cues.yml ``score_owner_verbs``; "X defeats Y, 52 percent to 48 percent" is a score after the loser)."""
        doc = ctx.doc
        if figure.end + 1 >= len(doc) or doc[figure.end].lower_ not in _PAIR:
            return False
        second = next((f for f in ctx.in_sentence(sent, figure.label_) if f.start == figure.end + 1), None)
        if second is None or second.end + 1 >= sent.end or doc[second.end].lower_ != "for":
            return False
        return any(q.start == second.end + 1 for q in ctx.in_sentence(sent, "PERSON"))

    @staticmethod
    def _opens_score(ctx, sent: Span, figure: Span) -> bool:
        """``figure`` is the first of a score written with both units, "52 percent to 48 percent": a figure of
        its label follows it across one joining word (:data:`_PAIR`)."""
        doc = ctx.doc
        if figure.end + 1 >= len(doc) or doc[figure.end].lower_ not in _PAIR:
            return False
        return any(f.start == figure.end + 1 for f in ctx.in_sentence(sent, figure.label_))

    def _appositive(self, doc: Doc, p: Span, offices: list[Span],
                    starting: dict[int, list[Span]] | None = None) -> Span | None:
        """"Smith, a former state lawmaker," → the office. ``starting`` indexes ``offices`` by start, so
        only the offices right after the comma are looked at, never all of the document's. The office may
        follow the holder's party ("X, a Labour MP,", "X, the Republican congresswoman from Ohio,"); a
        chamber's abbreviation may follow the name with no comma ("Ana Ruiz MP", "Ana Ruiz TD")."""
        if starting is None:
            starting = _by_start(offices)
        i = p.end
        if i < len(doc) and doc[i].text != ",":
            return next((o for o in starting.get(i, ()) if is_capital_abbreviation(doc[o.start])), None)
        if i >= len(doc):
            return None
        i += 1
        if _age_aside(doc, i):
            i += 2  # "Ana Ruiz, 64, the mayor of Lyon,": the holder's age set off before the office
        if i < len(doc) and doc[i].lower_ in ARTICLES:
            i += 1
            i = self._past_place_anaphor(doc, i)
        parties = None
        k, modifiers = i, 0
        while True:
            for o in starting.get(k, ()):
                if self._apposition_ends(doc, p, o) or self._appositive_also(doc, p, o, starting) is not None:
                    if modifiers and o._.qualifier != "former" \
                            and any(t.lower_ in self.lexicon.former_words for t in doc[i:o.start]):
                        return None  # "X, the ousted controversial governor,": a past office the span does not say
                    return o
            if k >= len(doc):
                return None
            # the office may begin with a qualifier the office span leaves out ("former"), or the holder's party
            if doc[k].lower_ in self.lexicon.office_lead or doc[k].lower_ in self.lexicon.apposition:
                k += 1
                continue
            place = self._place_possessive_end(doc, k) if k == i else None
            if place is not None:
                k = place  # "X, Denmark's Social Democratic prime minister,": the office's place, then its holder's
                continue
            member = self._member_of_body(doc, k, starting)
            if member is not None:
                k = member  # "X, a member of the Kestrel House of Representatives,": the body's members' office
                continue
            if parties is None:
                parties = self._party_ends(doc)
            if k in parties:
                k = parties[k]
                continue
            if modifiers >= APPOSITIVE_MODIFIER_MAX:
                return None
            described = self._holder_modifier_end(doc, k)  # "X, the embattled governor of Y,"
            if described is None:
                return None
            k, modifiers = described, modifiers + 1

    def _apposition_ends(self, doc: Doc, p: Span, o: Span) -> bool:
        """The office ``o`` of the apposition of ``p`` ends it: a comma, a stop, a tail word or ``p``'s verb follows."""
        end = _past_abbreviation(doc, o.end)  # "X, chairman of the Kestrel Electoral Commission (KEC),"
        return end >= len(doc) or doc[end].text in (",", ".", ";", ")") or doc[end].is_sent_end \
            or (doc[end].lower_ in self.cues.appositive_tail and not self._dated_tail(doc, end)
                and not self._starts_with(doc, end, self.cues.appositive_tail_not)) \
            or self._open_apposition_verb(doc, p, end)

    def _appositive_also(self, doc: Doc, p: Span, o: Span, starting: dict[int, list[Span]]) -> Span | None:
        """"X, the First Minister of Wales and leader of Welsh Labour,": the second office of two the apposition of
        ``p`` joins by "and" (its article aside), which then ends the apposition; None where no such office does."""
        k = o.end
        if k >= len(doc) or doc[k].lower_ != "and":
            return None
        k += 1
        if k < len(doc) and doc[k].lower_ in ARTICLES:
            k += 1
        return next((o2 for o2 in starting.get(k, ()) if self._apposition_ends(doc, p, o2)), None)

    def _open_apposition_verb(self, doc: Doc, p: Span, k: int) -> bool:
        """``doc[k]``, right after the office of the apposition of ``p``, is the verb of ``p``'s sentence that the
        writer left the apposition unclosed before ("X, the Governor of the US state of Montana declares a state of
        emergency"): ``p`` starts its sentence and the word is a verb's form (cues.yml ``appositive_open_*``)."""
        if not doc[p.start].is_sent_start or k >= len(doc):
            return False
        t, cues = doc[k], self.cues
        if not (t.is_alpha and t.is_lower):
            return False
        word = t.lower_
        return word in cues.appositive_open_verbs or len(word) > 3 and word.endswith(cues.appositive_open_endings) \
            and not word.endswith(cues.appositive_open_not)

    def _holder_modifier_end(self, doc: Doc, k: int) -> int | None:
        """Past one word that describes an office's holder at ``k``, between an apposition's article and the office
        (cues.yml ``appositive_modifier_suffixes``): "embattled", "populist", "newly appointed" (an adverb in "-ly"
        before such a word), a hyphened compound ("pro-Russian", "56-year-old", "long-serving"). None where the word
        is none, or one of ``appositive_modifier_not`` (an office not held: "would-be", "incoming", "defeated")."""
        cues = self.cues
        j = k
        while j + 2 < len(doc) and doc[j + 1].text in HYPHENS and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha:
            j += 2  # "pro - Russian", "56 - year - old": one compound, written without spaces
        if j > k:
            word = "".join(t.lower_ for t in doc[k:j + 1]).replace("–", "-").replace("—", "-")
            if not doc[k].text.isalnum() or word in cues.appositive_modifier_not:
                return None
            return j + 1
        word = doc[k].lower_
        if not doc[k].is_alpha or word in cues.appositive_modifier_not:
            return None
        if word.endswith("ly") and k + 1 < len(doc) and doc[k + 1].is_alpha:
            after = self._holder_modifier_end(doc, k + 1)  # "newly appointed", "democratically elected"
            return after if after == k + 2 else None
        if len(word) > 4 and word.endswith(cues.appositive_modifier_suffixes):
            return k + 1
        return None

    @staticmethod
    def _place_possessive_end(doc: Doc, k: int) -> int | None:
        """Past "<place>'s" at ``k``, an apposition's first words, where words describing the holder or the holder's
        party stand between it and the office ("X, Denmark's Social Democratic prime minister,", "Y, Ohio's two-term
        Republican governor,"): the offices stage read the place as the office's and left it out of the office's
        span. None where no place mention starts at ``k`` with a possessive right after it."""
        for m in mentions(doc, "GPE"):
            if m.start == k and m.end < len(doc) and doc[m.end].text in POSSESSIVE_ENDINGS:
                return m.end + 1
        return None

    def _member_of_body(self, doc: Doc, k: int, starting: dict[int, list[Span]]) -> int | None:
        """Where a body's members' office starts after "member of [the]" at ``k`` ("a member of the Kestrel State
        Senate", whose office span is the body's name): the office's start, None if no such office starts there."""
        if k + 2 >= len(doc) or (doc[k].lower_, doc[k + 1].lower_) != MEMBER_OF:
            return None
        j = k + 2 + (doc[k + 2].lower_ == "the")
        members = self.lexicon.member_roles
        return j if any(o._.entity and o._.role in members for o in starting.get(j, ())) else None

    def _sole_title_of_another(self, ctx, p: Span, office: Span, ends: dict[int, Span]) -> bool:
        """``office``, of a role one person holds at a time, titles another person of the story right before the
        name ("Prime Minister Y"): the same office set off by a comma before ``p`` and a verb is a list's item,
        not ``p``'s title."""
        if office._.role not in self.lexicon.sole_roles or office._.entity is None:
            return False
        doc = ctx.doc
        for q in ctx.by_label("PERSON"):
            if q._.entity == p._.entity:
                continue
            t = self._title_before(doc, q.start, ends)
            if t is not None and t is not office and t._.entity == office._.entity:
                return True
        return False

    def _dated_tail(self, doc: Doc, i: int) -> bool:
        """The tail word at ``i`` says where (``appositive_tail_where``) but a date follows it, maybe past "the":
        "X, a senator in the 1990s," names a term then, not an office held now."""
        if doc[i].lower_ not in self.cues.appositive_tail_where:
            return False
        ahead = range(i + 1, min(i + 1 + _TAIL_DATE_WINDOW, len(doc)))
        return any(_DECADE_OR_YEAR.fullmatch(doc[k].text) for k in ahead) \
            or any(d.start in ahead for d in mentions(doc, "DATE"))

    def _past_place_anaphor(self, doc: Doc, i: int) -> int:
        """Past "country's" at ``i`` after an apposition's "the" ("X, the country's emir,", "Y, the city's mayor,"):
        the offices stage read the anaphor as the office's place, left out of the office's span."""
        if i + 1 < len(doc) and doc[i].lower_ in self.lexicon.place_anaphors and doc[i + 1].text in POSSESSIVE_ENDINGS:
            return i + 2
        return i

    def _party_ends(self, doc: Doc) -> dict[int, int]:
        """The party mentions' ends by their starts, read once per state of the document's mentions (an apposition
        is read for every name: a name list stays linear)."""
        group = doc.spans[MENTIONS] if MENTIONS in doc.spans else None
        cached = doc.user_data.get(_PARTY_ENDS)
        if cached is None or cached[0] is not group or cached[1] != len(group or ()):
            ends = {m.start: m.end for m in mentions(doc, "ORG") if is_party(m, self.kb)}
            cached = doc.user_data[_PARTY_ENDS] = (group, len(group or ()), ends)
        return cached[2]


    # -- cues ------------------------------------------------------------------------
    def _tokens(self, phrases: Iterable[str]) -> list[tuple[str, ...]]:
        key = tuple(phrases)
        if key not in self._cue_cache:
            self._cue_cache[key] = self._tok(key)
        return self._cue_cache[key]

    def _phrases_by_last(self, phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]] | None:
        """``phrases`` (from :meth:`_tokens`) by their last word, each list in their order; None where one is empty
        (it ends anywhere). Made once per phrase list."""
        key = id(phrases)
        got = self._by_last_cache.get(key)
        if got is None or got[0] is not phrases:
            index: dict[str, list[tuple[str, ...]]] | None = {}
            for ph in phrases:
                if not ph:
                    index = None
                    break
                index.setdefault(ph[-1], []).append(ph)
            got = self._by_last_cache[key] = (phrases, index)
        return got[1]

    def _starts_with(self, doc: Doc, start: int, phrases: tuple[str, ...]) -> bool:
        """One of ``phrases`` starts at token ``start``."""
        lowers = token_lowers(doc)
        return any(tuple(lowers[start:start + len(p)]) == p for p in self._tokens(phrases))

    def _other_party(self, ctx, office: Span | None, found: dict) -> bool:
        """``office`` is a party's (a leader's, roles of :attr:`FactLexicon.party_roles`) and a person the fact
        has found is said to be of another party: no one runs for another party's office."""
        if office is None or office.label_ != "OFFICE" or office._.role not in self.lexicon.party_roles:
            return False
        parties = ctx.people_parties()
        return any(p is not None and p.label_ == "PERSON" and parties.get(p.start, office._.jurisdiction)
                   != office._.jurisdiction for name in ("subject", "object") for p in found.get(name) or ())

    def _reports_another(self, doc: Doc, after: int, start: int, name: Span | None = None) -> bool:
        """A word of ``reporting`` stands right after a name ending at ``after`` ("Ana Ruiz says"), before the
        trigger at ``start``, and no pronoun of the reporter stands between them, nor opens the trigger as the
        name's own ("Ana Ruiz announces her candidacy"; "Ana Ruiz says his campaign ..." is another's): the act
        reported is another's."""
        if doc[after].lower_ not in self.cues.reporting:
            return False
        if any(doc[k].lower_ in self.cues.reporter_pronouns for k in range(after + 1, start)):
            return False
        opens = doc[start].lower_ in self.cues.reporter_pronouns
        return not opens or (name is not None and self._pronoun_disagrees(doc, name, start))

    def _appeal_between(self, doc: Doc, after: int, start: int, cues: tuple[str, ...]) -> bool:
        """A word of ``cues`` (an appeal: "urged", "asked") stands between a name ending at ``after`` and a trigger
        at ``start`` that is its infinitive ("urged Ivan Petrov to run", "asked to stand"), with no punctuation
        between: the name before it appeals or is appealed to, and runs for nothing yet. A clause apart ("Ana Ruiz,
        asked about the race, said she will run") or another verb's object ("urged X to back his campaign") is
        not such an appeal."""
        lowers = token_lowers(doc)
        if start < 1 or lowers[start - 1] != "to":
            return False
        for phrase in self._tokens(cues):
            for j in range(after, start - len(phrase)):
                if tuple(lowers[j:j + len(phrase)]) == phrase:
                    return not any(doc[k].is_punct for k in range(j + len(phrase), start))
        return False

    def _excluded_cue(self, ctx: "_Context", m: Span, cues: tuple[str, ...]) -> bool:
        """One of ``cues`` stands right before the mention, or before the name's own title before it ("to
        succeed incumbent mayor of Lyon Tom Hart": the cue is the title's, and so the name's), or before the
        qualifiers of a name with no title ("to succeed incumbent Tom Hart")."""
        if self._cued(ctx.doc, m.start, cues) or self._cued(ctx.doc, self._name_lead(ctx, m), cues):
            return True  # ... or before the name's descriptors: "called on former general X to run"
        title = ctx.title_of.get(id(m))
        if title is None or title.end != m.start:
            k = m.start  # qualifiers with no title: "to succeed incumbent X"
            while k > 0 and ctx.doc[k - 1].lower_ in self.lexicon.title_qualifiers:
                k -= 1
            return k != m.start and self._cued(ctx.doc, k, cues)
        k = title.start  # the title's own qualifiers: "succeed incumbent mayor X", "urged former Governor X"
        while k > 0 and ctx.doc[k - 1].lower_ in self.lexicon.title_qualifiers:
            k -= 1
        return self._cued(ctx.doc, title.start, cues) or self._cued(ctx.doc, k, cues)

    def _margin_figure(self, doc: Doc, f: Span) -> bool:
        """The figure is a margin by its words (cues.yml ``count_margin``, ``margin_nouns``): a count right after
        "majority of" ("with a majority of 3,000 votes"), or a figure whose unit word stands right before "margin" or
        "majority" ("with a 3,000-vote margin"). A margin's slot (cued by :data:`_MARGIN_CUE`) takes it as if cued;
        a count's or a share's slot leaves it."""
        if f.label_ == "VOTES" and self.cues.count_margin and self._cued(doc, f.start, self.cues.count_margin):
            return True
        return f.end < len(doc) and doc[f.end - 1].lower_ in self.cues.margin_units \
            and doc[f.end].lower_ in self.cues.margin_nouns

    def _cued(self, doc: Doc, start: int, cues: tuple[str, ...], through: tuple[str, ...] = ()) -> bool:
        """One of ``cues`` ends right before ``start``, or before a run of approximators
        ("by just under 2,000 votes" is cued by "by") or of the slot's ``through`` words ("inaugurates X as its
        first female elected President" is cued by "as its first")."""
        phrases = self._tokens(cues)
        lowers = token_lowers(doc)
        ends, seen = [start], {start}
        while ends:
            j = ends.pop()
            for phrase in phrases:
                k = len(phrase)
                if j - k >= 0 and tuple(lowers[j - k:j]) == phrase:
                    return True
            if j - 1 >= 0 and j - 1 not in seen and (lowers[j - 1] in through or ORDINAL_THROUGH in through
                                                     and ORDINAL.fullmatch(lowers[j - 1])):
                seen.add(j - 1)
                ends.append(j - 1)
            for phrase in self._approximators:
                k = len(phrase)
                if j - k >= 0 and j - k not in seen and tuple(lowers[j - k:j]) == phrase:
                    seen.add(j - k)
                    ends.append(j - k)
        return False

    def _voters_choice(self, ctx: "_Context", sent: Span, end: int) -> bool:
        """The vote ending at ``end`` takes a word of ``vote_choices`` right after it, then a date, a punctuation mark
        or the sentence's end: "vote Republican today", "vote Labour on Thursday"."""
        doc = ctx.doc
        if end >= sent.end or doc[end].lower_ not in self.cues.vote_choices:
            return False
        nxt = end + 1
        return nxt >= sent.end or doc[nxt].is_punct or self._after_adjacent_date(ctx, nxt) < len(doc)

    def _decides(self, ctx: "_Context", sent: Span, end: int) -> bool:
        """The vote ending at ``end`` takes, past a date written right after it, what it decides: a word of
        ``decision_joins`` before a word that starts no date ("a vote next week on a pullout plan", "vote on the
        merger"), or "to" before a verb ("expected to vote Wednesday to prohibit the trades"); not where an office or
        a word of ``electing`` follows within :data:`DECISION_WINDOW` ("vote on Sunday to elect a mayor", "a vote on
        a new president", "vote on whether to recall the governor")."""
        doc, cues = ctx.doc, self.cues
        if end >= sent.end:
            return False  # "... Will Win Vote": nothing follows the vote
        after = self._after_adjacent_date(ctx, end)
        lowers = token_lowers(doc)
        start = after if after < len(doc) else end
        for k in range(start, min(sent.end - 1, start + DECISION_REACH + 1)):
            if lowers[k] in cues.decision_joins or lowers[k] == "to":
                break  # "a vote next week on a pullout plan": a few words of time may come between
            if not doc[k].is_alpha:
                return False
        else:
            return False
        word, nxt = lowers[k], doc[k + 1]
        if word in cues.decision_joins:
            takes = nxt.i not in ctx.starting("DATE")
        elif word == "to":
            takes = nxt.is_alpha and nxt.is_lower and not nxt.is_stop
        else:
            return False
        if not takes:
            return False
        stop = min(sent.end, k + 1 + DECISION_WINDOW)
        return not (any(w in cues.electing for w in lowers[k + 1:stop])
                    or any(k < o.start < stop for o in ctx.in_sentence(sent, "OFFICE")))

    @staticmethod
    def _glued_hyphen(doc: Doc, end: int) -> bool:
        """A hyphen at ``end`` joins the trigger to the next word with no space either side ("election-year")."""
        return end + 1 < len(doc) and token_texts(doc)[end] in HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_

    @staticmethod
    def _after_adjacent_date(ctx: "_Context", end: int) -> int:
        """Where the text goes on after a date written right after the trigger ending at ``end`` ("poll on
        Monday", "vote Wednesday"), else ``len(doc)``."""
        k = end + 1 if ctx.doc[end].lower_ == "on" else end
        date = ctx.starting("DATE").get(k)
        return date.end if date is not None else len(ctx.doc)

    @staticmethod
    def _near_person(ctx: "_Context", sent: Span, rule: Rule, start: int) -> bool:
        """A word of the rule's ``near`` (one token each) stands within its window before ``start`` right after
        a person's name ("Ana Ruiz's hard-won re-election")."""
        lowers = token_lowers(ctx.doc)
        ends = {p.end for p in ctx.in_sentence(sent, "PERSON")}
        return any(k in ends and lowers[k] in rule.near
                   for k in range(max(sent.start, start - rule.near_window), start))

    def _near_through(self, doc: Doc, start: int, rule: Rule, floor: int, ctx: "_Context") -> int | None:
        """Where one of the rule's ``near`` phrases starts that ends before ``start`` with only ``near_through``
        words after it, at most ``near_window`` of them besides a place's, an office's or a date's own words: "seeking
        a fifth consecutive term", "lost the 2019 Chilean presidential election to", not "seeking talks this term";
        None where there is none."""
        lowers = token_lowers(doc)
        phrases = self._tokens(rule.near)
        named = [ctx.token_index(label) for label in _NEAR_THROUGH_NAMES
                 + (_NEAR_THROUGH_MARGINS if _MARGIN_CUE in rule.near_through else ())]
        k, words = start, 0
        while k > floor and words <= rule.near_window:
            p = next((p for p in phrases if k - len(p) >= floor and tuple(lowers[k - len(p):k]) == p), None)
            if p is not None:
                return k - len(p)
            if any(k - 1 in index for index in named):
                k -= 1
                continue
            if lowers[k - 1] not in rule.near_through and not (rule.near_through_seats and _seat_word(doc, k - 1, ctx)):
                return None
            k -= 1
            words += 1
        return None

    def _denied_before_near(self, ctx: "_Context", rule: Rule, start: int, floor: int) -> bool:
        """A negation cue in the three words before the ``near`` phrase nearest the trigger at ``start``: the phrase
        is part of the predicate the negation denies ("X will not run as a candidate", "did not become the
        nominee"), which puts the cue more than three words before the trigger, or past a clause boundary ("as")."""
        lowers = token_lowers(ctx.doc)
        lowest = max(floor, start - rule.near_window)
        if not self._has(lowers[max(floor, lowest - 3):start], self._negation):
            return False
        at = self._near_start(ctx, rule, start, floor)
        return at is not None and self._has(self._clause(ctx.doc, at, floor, ctx.clause_skip)[-3:], self._negation)

    def _near_start(self, ctx: "_Context", rule: Rule, start: int, floor: int) -> int | None:
        """Where the ``near`` phrase nearest before the trigger at ``start`` starts, within ``rule.near_window``."""
        lowers = token_lowers(ctx.doc)
        lowest = max(floor, start - rule.near_window)
        phrases = self._tokens(rule.near)
        for k in range(start, lowest, -1):
            p = next((p for p in phrases if k - len(p) >= lowest and tuple(lowers[k - len(p):k]) == p), None)
            if p is not None:
                return k - len(p)
        return None

    def _race_aside(self, doc: Doc, start: int, floor: int) -> int:
        """Where the words before a trigger at ``start`` are read from: the comma opening an aside of at most
        :data:`RACE_ASIDE_TOKENS` tokens that closes right before it and follows a race noun (cues.yml
        ``aside_race_nouns``: "the presidential election, brought forward after the impeachment of X, will take
        place": the aside says why the race came, no other vote's words); else ``start``."""
        texts, lowers = token_texts(doc), token_lowers(doc)  # the Doc's cached strings: no Token per word read
        if start - 1 <= floor or texts[start - 1] != ",":
            return start
        for p in range(start - 2, max(floor, start - 1 - RACE_ASIDE_TOKENS), -1):
            if texts[p] == ",":
                return p if p - 1 >= floor and lowers[p - 1] in self.cues.aside_race_nouns else start
        return start

    def _phrase_before(self, doc: Doc, start: int, phrases, window: int, floor: int) -> bool:
        return self._tokens(phrases).found_in(token_lowers(doc)[max(floor, start - window):start])

    def _clause(self, doc: Doc, start: int, floor: int, names: set[int] = frozenset()) -> list[str]:
        """Lower-case words before ``start`` back to a clause boundary, at most the cue window.

        Words inside names and dates are left out: "Anna May gets 165 votes" and "the election of last
        May, won by X" are not hedged by "may".
        """
        words: list[str] = []
        lowers = token_lowers(doc)
        i = start - 1
        while i >= floor and len(words) < self.cues.window:
            w = lowers[i]
            if w in self.cues.boundaries:
                break
            if i not in names:
                words.append(w)
            i -= 1
        return words[::-1]

    def mood(self, doc: Doc, start: int) -> str | None:
        """"future" or "modal" when the clause before token ``start`` holds a future or a hedge cue, else
        None: the construction a learned exception may name (:mod:`pipeline.nlp.learned`)."""
        sent = sentence_of(doc, start)
        names = {i for m in mentions(doc) if m.label_ in ("PERSON", "ORG", "GPE") for i in range(m.start, m.end)}
        clause = self._clause(doc, start, sent.start, names)
        if self._has(clause, self._future):
            return "future"
        return "modal" if self._has(clause, self._hedge) else None

    def _sentence_reports_poll(self, ctx: "_Context", sent: Span) -> bool:
        """:meth:`_reports_poll` of a whole sentence, once per sentence and Doc (each of its result triggers asks)."""
        got = ctx.poll_sentences.get(sent.start)
        if got is None:
            got = ctx.poll_sentences[sent.start] = self._reports_poll(sent)
        return got

    def _reports_poll(self, sent: Span) -> bool:
        """A poll word stands in the sentence outside the phrases that mean the vote itself:
        "voters go to the polls" reports no poll, "leads in the polls" does."""
        words = token_lowers(sent.doc)[sent.start:sent.end]
        present = set(words)  # blanking only takes words away: a phrase whose first word is absent never matches
        for phrase in self._voting:
            if phrase and phrase[0] not in present:
                continue
            k = len(phrase)
            for i in range(len(words) - k + 1):
                if tuple(words[i:i + k]) == phrase:
                    words[i:i + k] = [""] * k
        if self.cues.poll_participles and self.cues.poll_participles.intersection(words):
            # "won the by-election, polling 52% of the vote": a participle of what she received, no poll
            figures = [m for m in mentions(sent.doc)
                       if m.label_ in ("VOTES", "PERCENT") and sent.start <= m.start < sent.end]
            starts = {m.start - sent.start for m in figures}
            # "declared the winner after polling 478,112 votes", "Polling 478,112 votes, X was declared the winner" (the
            # participle that opens the sentence): a poll reports shares, never a count of votes
            counts = {m.start - sent.start for m in figures if m.label_ == "VOTES"}
            for i in range(len(words) - 1):
                if words[i] in self.cues.poll_participles \
                        and (i > 0 and words[i - 1] == "," and i + 1 in starts
                             or self._count_after(words, i + 1, counts)):
                    words[i] = ""
        if self.cues.race_polls and not self._has(words, self._poll_reports):
            # "after the landmark presidential polls in Afghanistan": the race's vote, no survey (a singular "a
            # presidential poll by the university gives X 45%" is one); so after an office's or a date's name ("In
            # the 2019 Lok Sabha polls, X defeated Y", "led his party into the December 7 polls")
            race_ends = {m.end - 1 - sent.start for m in mentions(sent.doc)
                         if m.label_ in _RACE_POLL_NAMES and sent.start <= m.start < sent.end
                         and (m.label_ != "DATE" or any(t.like_num for t in m))}
            for i in range(1, len(words)):
                if words[i] == "polls" and (words[i - 1] in self.cues.race_polls or i - 1 in race_ends):
                    words[i] = ""
        if self.cues.poll_won and not self.cues.poll_won_not.intersection(words):
            # "Ana Ruiz had won the March 4 poll with 50.07 percent", "lost Sunday's poll": a result's object is the
            # vote itself; no survey is won or lost
            for i in range(1, len(words)):
                if words[i] in _POLL_NOUNS and self._won_object(words, i):
                    words[i] = ""
        return self._has(words, self._poll)

    def _won_object(self, words: list[str], i: int) -> bool:
        """``words[i]`` ends the object of a verb of ``poll_won`` within :data:`POLL_OBJECT_REACH` words before it,
        across its own noun phrase only: words and numbers, a possessive's "'s", no other punctuation."""
        for k in range(i - 1, max(-1, i - 1 - POLL_OBJECT_REACH), -1):
            if words[k] in self.cues.poll_won:
                return True
            if not (words[k].isalnum() or words[k] in POSSESSIVE_ENDINGS):
                return False
        return False

    def _count_after(self, words: list[str], i: int, counts: set[int]) -> bool:
        """A vote count starts at ``i`` of ``words``, or after one approximator there ("polling over 2 lakh votes")."""
        return i in counts or any(tuple(words[i:i + len(p)]) == p and i + len(p) in counts
                                  for p in self._approximators)

    @staticmethod
    def _dated_relative(ctx, sent: Span, start: int, end: int) -> tuple[int, int] | None:
        """The extent of a relative clause set off by a comma (", who ...") that holds the trigger at ``start`` and a
        date of a year before the publication's ("Ana Ruiz, who was defeated by Ivan Petrov in 2019, won ..."): the
        relative's result is an earlier race's; None where the trigger stands in no such clause."""
        doc = ctx.doc
        k = start - 1
        while k > sent.start and not doc[k].is_punct and doc[k].lower_ not in _RELATIVE_PRONOUNS:
            k -= 1
        if k <= sent.start or doc[k].lower_ not in _RELATIVE_PRONOUNS or doc[k - 1].text != ",":
            return None
        hi = next((j for j in range(end, sent.end) if doc[j].is_punct and doc[j].text != "-"), sent.end)
        anchor = _year_of(doc_value(doc, "anchor"))
        if anchor is None:
            return None
        if any(k <= d.start and d.end <= hi and (year := _year_of(d._.value)) is not None and year < anchor
               for d in ctx.in_sentence(sent, "DATE")):
            return k, hi
        return None

    def _past_relative(self, doc: Doc, start: int, floor: int) -> int | None:
        """Where a relative clause of a past result (cues.yml ``past_relatives``: "who lost") opens that holds the
        trigger at ``start``, with no punctuation between; ``None`` where there is none."""
        lowers = token_lowers(doc)
        for k in range(start, floor - 1, -1):
            if k < start and doc[k].is_punct:
                return None
            for phrase in self._past_relatives:
                if tuple(lowers[k:k + len(phrase)]) == phrase and k + len(phrase) <= start + 1:
                    return k
        return None

    @staticmethod
    def _has(words: list, phrases: list[tuple[str, ...]]) -> bool:
        words = [w if isinstance(w, str) else w.lower_ for w in words]
        if isinstance(phrases, _Phrases):
            return phrases.found_in(words)
        return any(_contains(words, p) for p in phrases)


class _Phrases(list):
    """Tokenised cue phrases, indexed by their first word once: whether words hold one of them reads only the
    phrases whose first word they hold (cues are checked for every trigger: the engine's innermost loop)."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]):
        super().__init__(phrases)
        self._empty = any(not p for p in self)  # an empty phrase is in any words
        self._single = frozenset(p[0] for p in self if len(p) == 1)
        self._longer: dict[str, list[tuple[str, ...]]] = {}
        for p in self:
            if len(p) > 1:
                self._longer.setdefault(p[0], []).append(p)

    def found_in(self, words: list[str]) -> bool:
        """One of the phrases occurs in ``words`` (as ``any(_contains(words, p) for p in self)``)."""
        if self._empty:
            return True
        present = set(words)
        if not self._single.isdisjoint(present):
            return True
        return any(_contains(words, p) for first in self._longer.keys() & present for p in self._longer[first])


def _needs_two_people(rule: Rule) -> bool:
    """A dependency rule whose subject is a pattern node of a person and whose object is a person too, a node or a
    required window slot with no fallback: in a sentence with one person the two are that one mention (the object
    window leaves out the subject found first), so :meth:`FactEngine._fill` drops every fact ("X defeats X" is none),
    and the sentence need not be parsed (test_facts_two_people_gate_changes_no_fact)."""
    subject, obj = rule.slots.get("subject"), rule.slots.get("object")
    nodes = {node["RIGHT_ID"] for node in rule.dependency}
    return subject is not None and obj is not None and subject.labels == ("PERSON",) == obj.labels \
        and "subject" in nodes and ("object" in nodes or obj.required and obj.fallback is None)


@lru_cache(maxsize=256)
def _spaced_phrases(words: tuple[str, ...]) -> tuple[list[str], ...]:
    """The phrases of several words among ``words`` (a rule's word list: a few hundred lists at most), split once."""
    return tuple(w.split() for w in words if " " in w)


def _one_person_cue(phrase: tuple[str, ...]) -> bool:
    """A cue of one word in the singular and its comma ("rival ,", "challenger ,"): it names the one person in
    apposition after it; a plural one ("candidates ,") names a group, no one name after it."""
    return len(phrase) == 2 and phrase[-1] == "," and not phrase[0].endswith("s")


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    """``phrase`` occurs in ``words`` (scanned for its first word by ``list.index``: cues are
    checked for every trigger, so this is the engine's innermost loop)."""
    k = len(phrase)
    if k <= 1:
        return not phrase or phrase[0] in words
    last = len(words) - k + 1
    i = -1
    while True:
        try:
            i = words.index(phrase[0], i + 1, last)
        except ValueError:
            return False
        if tuple(words[i:i + k]) == phrase:
            return True


def _closes_parenthesis(doc: Doc, a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` close a bracket opened before ``a``."""
    depth = 0
    for t in token_texts(doc)[a:b]:  # the Doc's cached strings: no Token per word read
        if t == "(":
            depth += 1
        elif t == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


def _cover(words: list[str], phrases: list[tuple[str, ...]]) -> set[int]:
    """The positions of ``words`` inside an occurrence of one of ``phrases``."""
    out: set[int] = set()
    present = set(words)
    for p in phrases:
        if p and p[0] not in present:
            continue  # its first word is nowhere in ``words``: no occurrence (most phrases of most sentences)
        k = len(p)
        for i in range(len(words) - k + 1):
            if words[i] == p[0] and tuple(words[i:i + k]) == p:
                out.update(range(i, i + k))
    return out


#: Most words of a second title after "and" that the offices stage does not name, before the comma and the name
#: ("and Minister of Economic Affairs and the Interior, X": seven) (:meth:`FactEngine._title_before_second`)
SECOND_TITLE_MAX = 9
#: Lower-case words a second title's capitalised words may hold ("Minister of Economic Affairs and the Interior")
_SECOND_TITLE_JOINERS = frozenset({"of", "the", "and", "for", "&"})
#: Most digits of a person's age set off by commas after the name ("Ana Ruiz, 64, the mayor of Lyon,").
MAX_AGE_DIGITS = 3
#: The tokens of an age aside before its closing comma: ", 54" of "Ana Ruiz, 54, wins".
AGE_ASIDE_TOKENS = 2


def _age_aside(doc: Doc, i: int) -> bool:
    """``doc[i]`` is an age set off by commas after a name ("Ana Ruiz, 64, the mayor"): a number of at most
    :data:`MAX_AGE_DIGITS` digits with a comma after it."""
    return i + 1 < len(doc) and doc[i].text.isdigit() and len(doc[i].text) <= MAX_AGE_DIGITS \
        and doc[i + 1].text == ","


def _trigger_order(trigger: tuple[Rule, int, int]) -> tuple[int, int, str]:
    """Triggers in document order, then shorter first, then by rule id."""
    return trigger[1], trigger[2], trigger[0].id


def _past_abbreviation(doc: Doc, i: int) -> int:
    """Past a body's abbreviation in parentheses at ``i``, right after an office that ends in the body's name
    ("X, chairman of the Kestrel Electoral Commission (KEC), said"): where the apposition goes on, the office's
    own end is read after it; ``i`` where none stands there."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    for j in range(i + 2, min(i + 2 + MAX_ABBREVIATION_WORDS, len(doc))):
        if doc[j].text == ")":
            inside = doc[i + 1:j]
            return j + 1 if any(is_capital_abbreviation(t) for t in inside) \
                and all(is_capital_abbreviation(t) or t.text in HYPHENS for t in inside) else i
    return i


def _by_start(spans: list[Span]) -> dict[int, list[Span]]:
    """Spans by their start token, each list in the order of ``spans``."""
    out: dict[int, list[Span]] = {}
    for s in spans:
        out.setdefault(s.start, []).append(s)
    return out


def _same(a: Span, b: Span) -> bool:
    return (get_span_value(a, "entity_id") or a.text) == (get_span_value(b, "entity_id") or b.text) \
        and a.label_ == b.label_


def _office_join(lowers: list[str]) -> list[str]:
    """The gap between two coordinated offices without its determiners, "as well as" read as "and" ("elect
    their president and the members of the National Assembly", "their president as well as the members of
    parliament") and the counts or shares of seats ("a president, 30 senators and 64 representatives", "half the
    Chamber and one third of the Senate"); a gap with no joining word stays as it is."""
    for i in range(len(lowers) - 2):
        if lowers[i:i + 3] == ["as", "well", "as"]:
            lowers = lowers[:i] + ["and"] + lowers[i + 3:]
            break
    if not any(w in _COORD for w in lowers):
        return lowers
    kept = []
    for w in lowers:
        if w in _OFFICE_GAP_DETERMINERS or w in _OFFICE_GAP_SHARES or w in _OFFICE_GAP_MEMBERS or _is_count(w) \
                or w == "of" and kept and kept[-1] == "":
            kept.append("")  # looked through; marks what "of" may follow
            continue
        kept.append(w)
    return [w for w in kept if w]


def _is_count(word: str) -> bool:
    """A number of seats written in figures ("30", "1,200")."""
    return word.replace(",", "").isdigit()


def _relative_to(doc: Doc, k: int, start: int) -> bool:
    """A relative pronoun right after token ``k`` (a comma may come first) opens a clause that runs to ``start`` with no
    punctuation: "Y, who won the runoff with" (the clause holds "with"); "Y, who endorsed her, and won with" closed. A
    trigger that is the pronoun itself opens the clause ("is warned by Y, who leads the Labor Party")."""
    if k < start and doc[k].text == ",":
        k += 1
    if k > start or k >= len(doc) or doc[k].lower_ not in _RELATIVE_PRONOUNS:
        return False
    return not any(t.is_punct for t in doc[k + 1:start])


def _in_closed_relative(doc: Doc, p: Span, k: int, floor: int, people: set[int] = frozenset()) -> bool:
    """The name ``p`` stands in a relative clause (a comma, then a relative pronoun, no punctuation up to ``p`` but the
    commas of a list of names) whose closing comma is the first punctuation after it, before token ``k``: "X, who lost
    to Ivan Petrov, said he", "X, who had the support of Ana Ruiz, Tom Hart and Ivan Petrov, trailed Y" (``people``:
    the tokens of the document's names of people, which make a list's items)."""
    texts, lowers = token_texts(doc), token_lowers(doc)  # the Doc's cached strings: no Token per word read
    j, item_end = p.start - 1, p.end
    while True:
        while j > floor and not doc[j].is_punct:
            j -= 1
        if j < floor or texts[j] != ",":
            return False
        if j + 1 < p.start and lowers[j + 1] in _RELATIVE_PRONOUNS:
            break
        prev = j - 1
        while prev > floor and not doc[prev].is_punct:
            prev -= 1
        if not (any(i in people for i in range(j + 1, item_end)) and any(i in people for i in range(prev + 1, j))):
            return False  # no list's comma, which has a name on each side ("X, who is 49, and Y, 29, won": none)
        j, item_end = j - 1, j
    close = next((i for i in range(p.end, k) if doc[i].is_punct), None)
    return close is not None and texts[close] == ","


def _dedupe(facts: list[Fact], anchor_year: int | None = None, events: frozenset[str] = frozenset()) -> list[Fact]:
    """One fact per key (the most confident), and none that a more specific fact says already:
    "Smith won" goes when "Smith won by 620 votes" is there. Of the predicates in ``events`` (one row per event), a
    fact dated years before the publication says nothing of one that states no date (:func:`_earlier_event`)."""
    best: dict[tuple, Fact] = {}
    own: dict[tuple, tuple] = {}  # the key of best[k] as that fact made it (the dict keeps the first equal one)
    for f in facts:
        k = f.key()
        if k not in best or f.confidence > best[k].confidence:
            best[k] = f
            own[k] = k
    groups: dict[tuple, list[tuple]] = {}
    for k in best:  # subsumption only within one predicate and polarity: keeps this linear in practice
        groups.setdefault((k[0], k[-1]), []).append(k)
    # A key with a subject is subsumed only by keys with that subject: look there, not at every key.
    by_subject: dict[tuple, list[tuple]] = {}
    for k in best:
        by_subject.setdefault((k[0], k[-1], k[1]), []).append(k)
    kept = [k for ks in groups.values() for k in ks
            if not any(o != k and _subsumes(o, k) and not _apart(best[o], best[k])
                       and not (k[0] in events and _earlier_event(best[o], best[k], anchor_year))
                       for o in (ks if k[1] is None else by_subject[(k[0], k[-1], k[1])]))]
    # ordered as the facts by (start, end, predicate, rule, str(key)), each key made once (own)
    return [best[k] for k in sorted(kept, key=lambda k: (best[k].start, best[k].end, best[k].predicate, best[k].rule,
                                                         str(own[k])))]


#: The predicate a person's share of a vote is stated with (:func:`_one_share`).
SHARE_PREDICATE = "votes_received"


def _one_share(doc: Doc, facts: list[Fact], ranks: dict[str, int]) -> list[Fact]:
    """One share per person, unit, office and round in a sentence where two rules' constructions disagree: the reading
    of the higher ``share_rank`` (rules.Rule) stands, a different share from a lower one goes ("X is defeated by Y,
    with 53.7% to 45.0%": the passive's score gives Y 53.7, never the nearness of "with" X). Of equal ranks both
    stay: nothing in the construction tells them apart ("52% of the vote and 60% of the Hispanic vote")."""
    shares = [f for f in facts if f.predicate == SHARE_PREDICATE and f.subject is not None and f.value is not None]
    if len(shares) < 2:
        return facts
    best: dict[tuple, int] = {}
    keyed = []
    for f in shares:
        k = (sentence_of(doc, f.start).start, _field_key(f, "subject"), _field_key(f, "object"),
             _field_key(f, "office"), f.unit, f.kind, f.date, f.polarity)
        rank = ranks.get(f.rule, 0)
        best[k] = max(best.get(k, rank), rank)
        keyed.append((f, k, rank))
    drop = {id(f) for f, k, rank in keyed if rank < best[k]
            and any(g.value != f.value and r == best[k] for g, k2, r in keyed if k2 == k)}
    return [f for f in facts if id(f) not in drop] if drop else facts


def _one_row(facts: list[Fact], predicates: frozenset[str], anchor_year: int | None = None) -> list[Fact]:
    """One row per event for the ``one_row`` predicates (predicates.yml): a row that disagrees on no field
    with another row of its predicate in the document (each field empty in one of them, equal, or a date
    inside the other's) is merged into it: "the presidential election, a runoff …, with the vote set for
    December 14" is one election with office, kind and date, not a row for the kind and one for the date.
    Of several partners, the one sharing most filled fields takes it. (Merging only within a sentence
    scored the same on dev_tune and dev_test; the one merge across sentences among the 879 pool items was
    right: "Zemblan general elections: … will be next Sunday".) A row dated :data:`EARLIER_EVENT_YEARS` or more
    years before the publication (``anchor_year``) is an earlier event than a row that states no date: "X wins the
    presidential election, the first since the disputed 2016 election" are two elections, not one of 2016."""
    out: list[Fact] = []
    for f in sorted(facts, key=lambda f: (f.start, f.end)):
        best, best_shared = None, -1
        if f.predicate in predicates:
            for i, g in enumerate(out):
                if g.predicate != f.predicate or _earlier_event(f, g, anchor_year):
                    continue
                shared = _agreeing(f, g)
                if shared is not None and shared > best_shared:
                    best, best_shared = i, shared
        if best is None:
            out.append(f)
        else:
            out[best] = _union(out[best], f)
    return out


#: A row dated this many years or more before its document's publication is another, earlier event than the
#: document's row that states no date: an election of the same office is held again years later, while a story of
#: the following January still speaks of last year's vote ("the violence that followed the Kenyan presidential
#: election, 2007" in a story of 2008) as its own.
EARLIER_EVENT_YEARS = 2


def _year_of(value: object) -> int | None:
    """The year of TIMEX value ``value`` ("2016", "2016-05-01"), None when it states none ("XXXX-05-01")."""
    return int(value[:4]) if isinstance(value, str) and value[:4].isdigit() else None


def _earlier_event(a: Fact, b: Fact, anchor_year: int | None) -> bool:
    """One of ``a`` and ``b`` states no date and the other a year :data:`EARLIER_EVENT_YEARS` or more before the
    publication: "Ana Ruiz wins the presidential election. She lost the 2017 election to Tom Hart." (in 2025). A
    kind only the undated row states, after the dated row, is a round of that race: "In the 2004 presidential
    election, X defeats Y in the run-off" is one election, "the first mayoral runoff since switching to nonpartisan
    elections 20 years ago" two."""
    if anchor_year is None or (a.date is None) == (b.date is None):
        return False
    dated, undated = (a, b) if a.date is not None else (b, a)
    if undated.kind is not None and dated.kind is None and dated.end < undated.end:
        return False
    year = _year_of(dated.date)
    return year is not None and year <= anchor_year - EARLIER_EVENT_YEARS


def _field_key(fact: Fact, name: str):
    v = getattr(fact, name)
    return (get_span_value(v, "entity_id") or v.text) if isinstance(v, Span) else v


def _apart(a: Fact, b: Fact) -> bool:
    """One of the two is said not to be of the other's kind: a first round and its runoff are two events; nor is a
    body's election a one-person office's ("2024 Zemblan presidential election, 2024 Zemblan parliamentary
    election"), nor a party's own contest a body's or a general election ("Zemblan federal election, 2004: X enters
    the race to lead the Green Party ... the leadership contest": the party's voters elect no parliament)."""
    return (a.not_kind is not None and a.not_kind == b.kind) or (b.not_kind is not None and b.not_kind == a.kind) \
        or {a.seat, b.seat} == {"body", "single"} \
        or (a.seat == "party" and (b.seat == "body" or b.kind == "general")) \
        or (b.seat == "party" and (a.seat == "body" or a.kind == "general"))


def _agreeing(a: Fact, b: Fact) -> int | None:
    """How many filled fields ``a`` and ``b`` share, or None when one field differs."""
    if _apart(a, b):
        return None
    shared = 0
    for name in _EVENT_FIELDS:
        x, y = _field_key(a, name), _field_key(b, name)
        if x is None or y is None:
            continue
        if x == y:
            shared += 1
        elif not (name == "date" and (_finer_date(x, y) or _finer_date(y, x))):
            return None
    return shared


def _union(a: Fact, b: Fact) -> Fact:
    """``a`` with the fields it leaves empty filled from ``b`` (the finer of two dates); the rule of the
    fuller row, the evidence of both."""
    filled = lambda f: sum(getattr(f, n) is not None for n in _EVENT_FIELDS)  # noqa: E731
    base, other = (a, b) if filled(a) >= filled(b) else (b, a)
    fields = {n: getattr(other, n) for n in _EVENT_FIELDS if getattr(base, n) is None and getattr(other, n) is not None}
    if base.date is not None and other.date is not None and _finer_date(other.date, base.date):
        fields["date"] = other.date
    return replace(base, **fields, confidence=max(a.confidence, b.confidence),
                   start=min(a.start, b.start), end=max(a.end, b.end), not_kind=base.not_kind or other.not_kind,
                   seat=base.seat or other.seat)


def _subsumes(a: tuple, b: tuple) -> bool:
    """Fact key ``a`` says all that ``b`` says, and more (same predicate and polarity)."""
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    if not all(y is None or x == y or (i == _DATE_FIELD and _finer_date(x, y))
               for i, (x, y) in enumerate(zip(a[1:-1], b[1:-1]), 1)):
        return False
    return sum(x is not None for x in a) > sum(y is not None for y in b) or \
        any(i == _DATE_FIELD and _finer_date(x, y) for i, (x, y) in enumerate(zip(a, b)))


#: A date value that is a year alone, and the words that join years in a list before a race noun.
_YEAR = re.compile(r"\d{4}")
#: A date value that is a calendar day.
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_LIST_JOINERS = frozenset({"and", "or", ","})

#: Where the date stands in :meth:`Fact.key`.
_DATE_FIELD = 6


def _finer_date(x: object, y: object) -> bool:
    """TIMEX value ``x`` lies inside ``y`` and says more: "2022-10-30" inside "2022"."""
    return isinstance(x, str) and isinstance(y, str) and x.startswith(y + "-")


class _Context:
    """Per-document lookups the rules share: mentions by sentence and label, the race office."""

    def __init__(self, doc: Doc, lexicon: FactLexicon, kb: KnowledgeBase | None = None):
        self.doc = doc
        self.lexicon = lexicon
        self.kb = kb
        self._lowers: frozenset[str] | None = None
        # a division's tally ("passed in a 301-12 vote") is a figure of the chamber's vote: no rule reads it
        self.all = [m for m in mentions(doc) if get_span_value(m, "rule") != TALLY_FIGURE]
        self._by_label: dict[str, list[Span]] = {}
        for m in self.all:
            self._by_label.setdefault(m.label_, []).append(m)
        self._sent_cache: dict[str, dict[int, list[Span]]] = {}
        self._starting: dict[str, dict[int, Span]] = {}  # label → start token → mention (starting)
        self._covering: dict[str, dict[int, Span]] = {}  # label → token → mention (token_index)
        self.actor_checks: dict[int, tuple] = {}  # id(mention) → (mention, its checks): FactEngine._not_the_actor
        self.poll_sentences: dict[int, bool] = {}  # sentence start → FactEngine._reports_poll of the sentence
        # (person start, end, through_title) → FactEngine._cue_positions (the cue_person rules ask for each person)
        self.cue_positions: dict[tuple[int, int, bool], list[int]] = {}
        self.bound: dict[int, int] = {}
        # No publication date nor dateline: a relative date ("next month", "last week") has no value here, yet still
        # dates its event, so a rule whose date is required reads it as in a dated story (the row has no date)
        self.undated = doc_value(doc, "anchor") is None
        # (sentence start, winner's first token) of the party contests won there ("X wins the Green Party primary"):
        # FactEngine._contest_wins takes the office off that winner's other wins of the sentence
        self.contest_won: set[tuple[int, int]] = set()
        # (subject, office) of the candidacies and wins a re-election's trigger gives (FactEngine._note_reelected)
        self.reelected: set[tuple[str | None, str | None]] = set()
        # The token sets and the story's race below are read on first use (functools.cached_property): most
        # Docs' triggers end at a check that needs none of them, and a Doc with no trigger and no name needs none.
        self._parties: dict[int, str] | None = None  # :meth:`people_parties`
        self.unnamed_race: bool | None = None  # read on demand (FactEngine._unnamed_race)
        self.titled_race: bool | None = None  # ... and its words of a contested office all in placed titles
        self._sentence_races: dict[int, tuple] = {}  # sentence start → (race, vote race): races_in
        self.officeless: list[Fact] = []  # candidacies dropped for want of an office (FactEngine._sibling_race)
        self.officeless_kept: set[int] = set()  # ids of those that stand with no office if no sibling names one

    @cached_property
    def _title_index(self) -> tuple[set[int], dict[int, Span]]:
        """(:attr:`titles`, :attr:`title_of`), made together by :meth:`_titles` on first use."""
        return self._titles()

    @property
    def titles(self) -> set[int]:
        """ids of the offices that are a person's title or apposition."""
        return self._title_index[0]

    @property
    def title_of(self) -> dict[int, Span]:
        """person span id → its title office."""
        return self._title_index[1]

    @cached_property
    def title_tokens(self) -> set[int]:
        return {i for o in self.by_label("OFFICE") if id(o) in self.titles for i in range(o.start, o.end)}

    @cached_property
    def name_tokens(self) -> set[int]:
        return {i for m in self.all if m.label_ in ("PERSON", "ORG", "GPE") for i in range(m.start, m.end)}

    def story_titles(self, person: Span) -> list[Span]:
        """The titles the story gives ``person``'s entity at any of its mentions, in order."""
        eid = get_span_value(person, "entity_id")
        return [t for p in self.by_label("PERSON") if eid and get_span_value(p, "entity_id") == eid
                and (t := self.title_of.get(id(p))) is not None]

    @cached_property
    def person_tokens(self) -> set[int]:
        return {i for m in self.by_label("PERSON") for i in range(m.start, m.end)}

    @cached_property
    def office_tokens(self) -> set[int]:
        return {i for m in self.by_label("OFFICE") for i in range(m.start, m.end)}

    @cached_property
    def clause_skip(self) -> set[int]:
        """Words a hedge or negation cue is never read from: names ("Anna May") and dates ("last May")."""
        return self.name_tokens | {i for m in self.by_label("DATE") for i in range(m.start, m.end)}

    @cached_property
    def org_starts(self) -> set[int]:
        return {m.start for m in self.by_label("ORG")}

    @cached_property
    def person_starts(self) -> set[int]:
        return {m.start for m in self.by_label("PERSON")}

    @cached_property
    def org_tokens(self) -> set[int]:
        return {i for m in self.by_label("ORG") for i in range(m.start, m.end)}

    @cached_property
    def attached_tokens(self) -> set[int]:
        """What may be attached to a name by "of"/"from" between coordinated names: a party, a place."""
        return self.org_tokens | {i for m in self.by_label("GPE") for i in range(m.start, m.end)}

    @cached_property
    def race(self) -> Span | None:
        """The office the story's election is for (:meth:`_race_office`), else the office its incumbent defends
        (:meth:`_incumbent_race`)."""
        return self._race_office() or self._incumbent_race()

    def _incumbent_race(self) -> Span | None:
        """The first title the word INCUMBENT_CUE stands right before ("Democratic incumbent Sen. X defeated Y in
        the runoff election": the Senate seat), not one held once: in a story that names no race office, the seat
        its incumbent defends is the race (a member's seat too, which no other title names: "Sen. X said the vote
        ...")."""
        for o in self.by_label("OFFICE"):
            if id(o) in self.titles and o.start > 0 and self.doc[o.start - 1].lower_ == INCUMBENT_CUE \
                    and get_span_value(o, "qualifier") != "former" and get_span_value(o, "form") != TICKET_FORM:
                return o
        return None

    @cached_property
    def vote_race(self) -> Span | None:
        """The race office of the vote: the story's race unless no voter fills it (an indirect role)."""
        race = self.race
        return race if race is None or race._.role not in self.lexicon.indirect_roles \
            else self._race_office(self.lexicon.indirect_roles)

    def near(self, sent: Span, office: Span) -> bool:
        """``office`` stands within RACE_FALLBACK_SENTENCES sentences of ``sent`` (the document's sentence index)."""
        _, sent_of = sentence_index(self.doc)
        return abs(sent_of[sent.start] - sent_of[office.start]) <= RACE_FALLBACK_SENTENCES

    def races_in(self, sent: Span) -> tuple[Span | None, Span | None]:
        """The race office and vote race office a fact of ``sent`` falls back on: the sentence's own, chosen as the
        story's is, where the sentence names its place too ("Democrats in Mississippi ... their nominee for
        governor, X, lost ... when Y won": Mississippi's governorship, not the Louisiana one the story named
        first), or, more than RACE_FALLBACK_SENTENCES sentences from the story's race, where its own words name a
        race ("the presidential candidates ... the primary season"), else the story's. A long article may cover
        several races; an office the story's far places placed ("their first-team president" after a Russian one)
        names no race of its own sentence unless its words do, and the story's race in the sentence stays its race
        ("replace the mayor of X with the man who lost the presidential election")."""
        got = self._sentence_races.get(sent.start)
        if got is None:
            places = {get_span_value(g, "entity") or g.text for g in self.in_sentence(sent, "GPE")}
            own = self.in_sentence(sent, "OFFICE")
            offices = [o for o in own if get_span_value(o, "jurisdiction") in places]
            story_here = self.race is not None and sent.start <= self.race.start < sent.end
            race = self._race_office(offices=offices) if offices and not story_here else None
            own_words = race is None and not story_here and self.race is not None
            if own_words:
                # ... or where it names an office of the story race's role placed elsewhere ("the governor urged
                # supporters to back her in the November 5 vote" after "In Ohio, Governor X" in a story of Virginia's
                # governorship), or, far from the story's race, where its own words name a race, wherever its place was
                # told ("presidential candidates campaign through the primary season" many sentences below a
                # governor's race; near it, "Should X be elected president, ... a special election" is the story's)
                offices = own  # an indirect race below is then named by the sentence's own words too
                race = (self._race_office(offices=own, min_score=2) if not self.near(sent, self.race) else None) \
                    or self._race_office(offices=[o for o in own if o._.role == self.race._.role])
            vote = race if race is None or race._.role not in self.lexicon.indirect_roles \
                else self._race_office(self.lexicon.indirect_roles, offices, min_score=2 if own_words else 1)
            if race is None and self.roundup:
                # a roundup of one role's races in several places ("In Kano State, X won the governorship ...
                # In Oyo State, ..."): the race of the place the sentence names, else of its paragraph so far, else
                # none, never the story's first
                race = self._placed_race(sent, places) or self._paragraph_race(sent)
                vote = race if race is None or race._.role not in self.lexicon.indirect_roles else None
                got = self._sentence_races[sent.start] = (race, vote)
            else:
                got = self._sentence_races[sent.start] = (race or self.race, vote or self.vote_race)
        return got

    def _race_role_offices(self) -> list[Span]:
        """The offices of the story race's role that may be a race: no title, no office held once."""
        role = self.race._.role
        return [o for o in self.by_label("OFFICE") if o._.role == role and id(o) not in self.titles
                and get_span_value(o, "qualifier") != "former"]

    @cached_property
    def roundup(self) -> bool:
        """The story covers several races of its race's role, a one-person office, in several places: its offices
        of that role name at least ROUNDUP_PLACES places ("the Kano governorship ... the Oyo gubernatorial
        race"), or one is plural ("mayors in several cities won"). The story's race then
        names the race of no sentence that names none."""
        if self.race is None or self.race._.role in self.lexicon.member_roles \
                or self.lexicon.role_levels.get(self.race._.role) not in ROUNDUP_LEVELS:
            return False  # a body's seats, a party's or a nation's office: no places' races
        offices = self._race_role_offices()
        places = {get_span_value(o, "jurisdiction") for o in offices} - {None, ""}
        return len(places) >= ROUNDUP_PLACES or any(get_span_value(o, "form") == "plural" for o in offices)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        """Where the Doc's paragraphs after the first start: the paragraphs component's, else found here."""
        starts = doc_value(self.doc, "paragraph_starts")
        return paragraph_starts(self.doc) if starts is None else starts

    def paragraph_of(self, i: int) -> int:
        """The number of the paragraph of token ``i`` (0 for the first)."""
        return bisect.bisect_right(self._paragraph_starts, i)

    def _placed_race(self, sent: Span, places: set[str]) -> Span | None:
        """In a roundup, the office of the story race's role placed where ``sent`` names ("Y ran for re-election in
        Ohio"): the last one before its end, else the first after."""
        role = self.race._.role
        placed = [o for o in self.by_label("OFFICE")
                  if o._.role == role and get_span_value(o, "jurisdiction") in places]
        before = [o for o in placed if o.start < sent.end]
        return before[-1] if before else (placed[0] if placed else None)

    def _paragraph_race(self, sent: Span) -> Span | None:
        """In a roundup, the race of ``sent``: the last office of the story race's role in its paragraph and before
        its end, else none. A roundup's paragraph is one place's race, so even a title or an office held once there
        places it ("Mayor X won a third term", "when he replaced former mayor Y")."""
        para, role = self.paragraph_of(sent.start), self.race._.role
        before = [o for o in self.by_label("OFFICE") if o._.role == role and self.paragraph_of(o.start) == para
                  and o.start < sent.end]
        return before[-1] if before else None

    def _titles(self) -> tuple[set[int], dict[int, Span]]:
        """Offices that are a person's title or apposition ("Councilwoman X", "X, a former state lawmaker",
        "Merz, leader of the CDU,"): they say what someone holds, never which race a sentence is about. Returns
        their ids and, per person span id, its title office."""
        people = self.by_label("PERSON")
        by_start = {p.start: p for p in people}
        for p in people:  # "President General Ana Ruiz": the title titles the name past its honorifics
            for k in honorific_starts(self.doc, p.start, self.lexicon.honorifics)[1:]:  # "Governor-General Sir X"
                by_start.setdefault(k, p)
        by_end = {p.end: p for p in people}
        out: set[int] = set()
        title_of: dict[int, Span] = {}
        for o in self.by_label("OFFICE"):
            if get_span_value(o, "form") in _NO_TITLE_FORMS:
                continue
            if o.end in by_start:
                out.add(id(o))
                title_of[id(by_start[o.end])] = o
                continue
            k = o.start - 1
            if k >= 1 and self.doc[k].text in POSSESSIVE_ENDINGS \
                    and self.doc[k - 1].lower_ in self.lexicon.place_anaphors:
                k -= 2  # "X, the country's emir,": the anaphor placed the office (FactEngine._past_place_anaphor)
            while k >= 0 and (self.doc[k].lower_ in ARTICLES or self.doc[k].lower_ == "-"
                              or self.doc[k].lower_ in self.lexicon.office_lead):
                k -= 1
            if k >= 1 and self.doc[k].text == "," and k in by_end:
                out.add(id(o))
                title_of[id(by_end[k])] = o
        return out, title_of

    def own_title(self, person: Span | None) -> Span | None:
        """The person's title beside this mention, else the first one the story gives the same person ("President
        Ana Ruiz ... welcome the Ruiz win": hers, not the title of another name in the sentence)."""
        if person is None:
            return None
        own = self.title_of.get(id(person))
        if own is None and person._.entity:
            own = next((self.title_of[id(p)] for p in self.by_label("PERSON")
                        if p._.entity == person._.entity and id(p) in self.title_of), None)
        return own

    def lowers(self) -> frozenset[str]:
        """The Doc's lower-case words, as a set (made on first use)."""
        if self._lowers is None:
            self._lowers = frozenset(token_lowers(self.doc))
        return self._lowers

    def by_label(self, label: str) -> list[Span]:
        return self._by_label.get(label, [])

    def starting(self, label: str) -> dict[int, Span]:
        """The first mention of ``label`` that starts at each token, built once per label and document."""
        index = self._starting.get(label)
        if index is None:
            index = self._starting[label] = {}
            for m in self.by_label(label):
                index.setdefault(m.start, m)
        return index

    def token_index(self, label: str) -> dict[int, Span]:
        """Token → the last mention of ``label`` within one sentence that covers it, built once per label and
        document (read inside a sentence, it is that sentence's mention: a mention lies in one sentence)."""
        index = self._covering.get(label)
        if index is None:
            _, sent_of = sentence_index(self.doc)
            index = self._covering[label] = {i: m for m in self.by_label(label)
                                             if sent_of[m.start] == sent_of[m.end - 1] for i in range(m.start, m.end)}
        return index

    def in_sentence(self, sent: Span, label: str) -> list[Span]:
        """Mentions of ``label`` inside ``sent``, from an index built once per label."""
        index = self._sent_cache.get(label)
        sent_of = self.sent_of
        if index is None:
            index = self._sent_cache[label] = {}
            for m in self.by_label(label):
                if sent_of[m.start] == sent_of[m.end - 1]:
                    index.setdefault(sent_of[m.start], []).append(m)
        return index.get(sent_of[sent.start], [])

    @cached_property
    def sent_of(self) -> list[int]:
        """Per token, the number of its sentence (:func:`sentence_index`, read once per context: the stage asks ~6 times
        per trigger)."""
        return sentence_index(self.doc)[1]

    def _adjective_names_race(self, office: Span) -> bool:
        """An adjectival office names a race when a race or candidacy word follows within
        :data:`RACE_ADJECTIVE_WINDOW` words ("presidential hopeful", "presidential and legislative elections") or
        no lower-case word does ("U.S. Presidential Election", a headline's "presidential"); "the presidential
        palace", "a senatorial conviction" name none."""
        doc = self.doc
        nxt = doc[office.end] if office.end < len(doc) else None
        if nxt is None or not (nxt.is_lower and nxt.is_alpha):
            return True
        return any(t.lower_ in self.lexicon.race_words
                   for t in doc[office.end:min(len(doc), office.end + RACE_ADJECTIVE_WINDOW)])

    def people_parties(self) -> dict[int, str]:
        """The party each person's party name says they are of, by the name's start ("Republican challenger X",
        "Labour Party MP Y": a party's name or short name, then at most PARTY_CUE_WORDS words with no
        punctuation, then the name)."""
        if self._parties is None:
            starts = {p.start for p in self.by_label("PERSON")}
            self._parties = {}
            for o in self.by_label("ORG"):
                if not is_party(o, self.kb):
                    continue
                for k in range(PARTY_CUE_WORDS + 1):
                    if any(t.is_punct for t in self.doc[o.end:o.end + k]):
                        break
                    if o.end + k in starts:
                        self._parties.setdefault(o.end + k, o._.entity or o.text)
                        break
        return self._parties

    def _race_office(self, skip: frozenset[str] = frozenset(), offices: list[Span] | None = None,
                     min_score: int = 1) -> Span | None:
        """The office the story's election is for: adjectival or race-noun uses first, titles never, nor an
        office held once ("former mayor"), nor an office of a role in ``skip`` unless the vote is said to be
        for it ("a candidate for Prime Minister"); with ``min_score`` 2, only an office whose own words name a
        race ("presidential candidates", "the mayor's race", "running for governor")."""
        best = None
        for o in self.by_label("OFFICE") if offices is None else offices:
            form, role = get_span_value(o, "form"), get_span_value(o, "role")  # read per office and call
            adjectival = form == "adjective"
            nxt = self.doc[o.end].lower_ if o.end < len(self.doc) else ""
            prev = self.doc[o.start - 1].lower_ if o.start > 0 else ""
            if id(o) in self.titles or role in self.lexicon.appointed_roles or (role in skip and prev != "for") \
                    or form == TICKET_FORM:
                continue  # a title: "Councilwoman Mary Jones"; a minister is no race's office, nor a running mate's
            if get_span_value(o, "entity") in self.lexicon.whole_legislatures:
                continue  # "Ana Ruiz, a five-term lawmaker, ... the primary": a chamber's race, never Congress's
            if adjectival and not self._adjective_names_race(o):
                continue  # "the presidential palace", "a senatorial conviction": no race of the story
            if get_span_value(o, "qualifier") == "former" and not adjectival:
                # "Former New York City Mayor and lawyer X": an office held once names no race of the story
                # ("a former presidential candidate" may run again: its adjective still names the race)
                continue
            # a possessive ("the governor's mansion") names the story's race, not a sentence's: "the president's
            # spokesman" in one sentence of a governor's race
            score = 2 if adjectival or nxt in self.lexicon.race_nouns or prev in ("for", "elected", "next") \
                or (nxt in ("'s", "’s") and min_score < 2) else 1
            if role in self.lexicon.party_roles and (score == 2 or prev == NEW_LEADER_CUE):
                # "the leadership race of the Zembla Party to choose the next premier": a party's contest elects its
                # leader, the premiership only follows; "to select a new leader and the next prime minister" names
                # it first (a tie goes to the first), "a tilt for Labour's leadership" outranks "its new leader"
                score = PARTY_CONTEST_SCORE if score == 2 else 2
            if score == 1 and role in self.lexicon.party_roles and len(set(self.people_parties().values())) > 1:
                continue  # "Democratic Senator X concedes to Republican challenger Y ... leaving the leadership of the
                # Democratic Party open": people of two parties run in no race for one party's office
            if score >= min_score and (best is None or score > best[0]):
                best = (score, o)
        return best[1] if best else None
