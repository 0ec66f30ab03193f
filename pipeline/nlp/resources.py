"""Everything under ``models/`` that the components read, loaded and validated once.

Components ask :func:`load_resources` for the folder they were configured
with; the result is cached per folder, so five components (and the facts
engine) share one knowledge base and one set of lexicons per process. Below
that, the parsed data is kept by the bytes of its files, so a copy of a models
folder (each candidate ``newsfacts learn`` tries, a test's copy) shares it too.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import DataError
from .kb import KnowledgeBase, fold, load_kb, read_jsonl, word_key


#: On the first-name list's 1-13 frequency scale, how common a name that is also a word ("Mark",
#: "Dean", "Red", "El") must be to start a name without any other cue.
AMBIGUOUS_NAME_MIN_FREQUENCY = 5
#: ``person_cues.tsv`` positions: before/after a person's name, a verb before its object's name (a ``before`` cue that
#: is no descriptor of the name: "endorsed X"), an election verb's subject, before a thing's name, a headline's bare
#: participle before an office ("X elected President of Y"), a military rank in lower case before a name, a family
#: noun after a person's possessive before a given name ("Ruiz's wife Ana"), a capitalised noun that opens a thing's
#: name ("Storm Ciara") and a word before that noun ("Tropical Storm Gordon").
CUE_POSITIONS = ("before", "after", "verb_before", "election_verb", "thing_before", "owned_after", "participle_office",
                 "rank_before", "kin_after", "thing_head", "thing_head_modifier")
#: ``org_modifiers.tsv`` roles: a possessive inside a name, a word before one, a word of an institution's name.
ORG_MODIFIER_ROLES = ("possessive", "leading", "institution")
#: party_short_names.tsv: the party of a (word, country) row where the word names no party in that country's stories
#: ("Congress" in the United States: its legislature, read as before)
NOT_A_PARTY = "-"
#: roles.jsonl levels: the place an office is of, an organisation ("org"), a portfolio named after the role's
#: words ("portfolio": "Secretary of State for Work and Pensions"), or nothing ("none": "Pope").
ROLE_LEVELS = ("city", "county", "state", "country", "org", "portfolio", "none")
#: ``qualifiers.tsv`` uses: where a qualifier word is looked through (see the file's header).
QUALIFIER_USES = ("office_left", "apposition", "title", "office_lead", "other_office", "honorific", "body_left")
#: ``qualifiers.tsv`` qualifier values: what the word says of the office (empty: nothing).
QUALIFIER_VALUES = ("", "former")
#: The ``qualifiers.tsv`` uses that read a phrase of several words ("tan sri"); the others read one token.
QUALIFIER_PHRASE_USES = ("honorific",)
#: Role aliases ``newsfacts learn`` taught (another word for a known role), beside the hand-written roles.
LEARNED_ROLES = Path("learned") / "roles.jsonl"
#: ``race_nouns.tsv`` uses: the offices component's race nouns, the facts engine's race office.
RACE_NOUN_USES = ("offices", "race_office", "candidacy", "election_sentence", "division", "party_pick", "one_seat")
#: ``non_names.tsv`` categories whose abbreviations ("Jan.", "Jun.") are no name only with their period: without
#: it they may be first names ("Jan", "Jun"); a title's ("Gen", "Sen") is one either way in British style.
PERIOD_ABBREVIATION_CATEGORIES = ("month", "weekday")
#: ``phrase_breaks.tsv`` uses: where a word ends a noun phrase on its left (see the file's header).
#: ``office_words.tsv`` uses: the offices component's words around a role (see the file's header), each required.
OFFICE_WORD_USES = ("seat", "size", "tenure", "region", "shared_prefix", "former_prefix", "abroad", "target",
                    "electorate", "own_country", "electing_verb", "electing_body", "owner_verb",
                    "subnational", "race_for", "race_seek",
                    "administration")
PHRASE_BREAK_USES = ("own_place", "locative", "motion", "name", "headline_modal", "modal")
#: ``place_anaphors.tsv`` levels: the place levels of roles.jsonl an anaphor can point at.
ANAPHOR_LEVELS = ("city", "county", "state", "country")
#: roles.jsonl ``article``: "the" before an organisation's name always, or only before a name with a head word.
ROLE_ARTICLES = ("always", "head")
#: Which of a story's places may place a role's office (roles.jsonl ``story_place``): "any"; "titled", only one
#: written capitalised right before a name ("King Abdullah" in a story on Jordan, not "the king of clay");
#: "never", only the mention's own words or the knowledge base ("Sultan Ahmed" is as often a name as a title);
#: "nearest", only the story's nearest place, and only where the office exists there (``present_in``): an office
#: few countries have is no farther place's ("opposition leader X" in a story on Togo that names Britain is none);
#: "single", any place, but only in a story whose places and demonyms name one country: an office held at home and
#: exercised abroad (a foreign minister's) is as often in a story on the country visited ("Foreign Minister X
#: dismissed claims on Iraq ... the Australian government" names two, and neither is told to be the minister's)
ROLE_STORY_PLACES = ("any", "titled", "never", "nearest", "single")
#: The ``story_place`` values a role's ``abroad_before`` goes with: a place visited places no office of a role the
#: story's places may place ("single": a foreign minister's; "any": a portfolio minister's, at a summit abroad).
ABROAD_STORY_PLACES = ("single", "any")
#: ``legislatures.jsonl`` chamber kinds, and whether a country may lack one: every country has a legislature,
#: not every one a senate ("Member of the Senate of Ukraine" names no office).
CHAMBER_KINDS = {"senate": True, "house_of_representatives": True, "legislature": False, "lower_house": True}
#: The kinds of a two-chamber legislature's lower house, elected apart from its senate.
HOUSE_KINDS = ("house_of_representatives", "lower_house")
#: How the name of a body's members' office starts (roles.jsonl ``member``): "Member of the Zembla Senate".
MEMBER_PREFIX = "Member "
#: ``place_heads.tsv`` levels: the place levels of roles.jsonl an administrative head ("Oblast") names.
PLACE_HEAD_LEVELS = ANAPHOR_LEVELS


@dataclass(frozen=True)
class Role:
    """A kind of office: the words that name it and how its canonical name is built.

    ``template`` holds ``{J}`` for the jurisdiction (a GPE name at ``level``);
    ``bare`` is the name used when no jurisdiction can be found; such an
    office is kept only for a role that ``titles`` a name ("President Kim",
    "Sen. Anna Jones": a head of government or a legislator), where it still
    says the person holds an office.
    """

    id: str
    nouns: tuple[str, ...]
    adjectives: tuple[str, ...]
    level: str
    template: str
    bare: str
    title: bool = True
    generic: bool = False
    plural: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  # (place, the office's established name) where the template is not it
    race_adjectives: tuple[str, ...] = ()  # adjectives that name the office only before a race noun
    # ... of them, those that are common words too: the office only as written capitalised ("the House race"; "a
    # house race at the county fair" is none)
    capitalised_race_adjectives: tuple[str, ...] = ()
    # ... of them, those that name it only right before "election" or "elections": "the European election" is the
    # European Parliament's, "the club's first European campaign" no race at all
    election_race_adjectives: tuple[str, ...] = ()
    # ... of them, those that name it after a race word and "for the" too ("his bid for the White House", "running
    # for the White House"; office_words.tsv race_for, race_seek), where the residence can only be the office sought
    object_race_adjectives: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()  # org roles: words that point back at the organisation ("the party's")
    # org roles: with no organisation of its own, the noun after the winner of a body's electing verb is that body's
    # post ("the Knesset elected X as speaker", "... and Y as deputy speaker"; office_words.tsv electing_verb)
    electing_body: bool = False
    # nouns that name the role only as the post a legislature's electing verb gives its winner ("Zembla's parliament
    # elected X as speaker"; office_words.tsv electing_verb, electing_body): elsewhere a common word ("a keynote speaker")
    elected_nouns: tuple[str, ...] = ()
    titles: bool = False  # a role that titles a name ("Sen. X"): kept bare when no place is found
    contested: bool = False  # one holder, elected by the voters: a challenger of the holder runs for it
    appointed: bool = False  # never raced for (a minister, a governor-general): no election's office
    # filled by a legislature or a party, not by the voters (a prime minister, a party leader): never the office
    # a vote of the story is taken to be for when the vote names none (slot fallback "vote")
    indirect: bool = False
    # the office is a seat in a body, named "Member ..." of it (a senator, an MP, a council member): one of many
    # holders at once, and after "member of" the body's name alone names it ("a member of the Zembla Senate")
    member: bool = False
    # org roles: names of a body every country has ("National Assembly"): one the KB does not know is the story's
    # country's ("elections to the National Assembly" in a story on Zembla: National Assembly of Zembla)
    generic_bodies: tuple[str, ...] = ()
    org_types: tuple[str, ...] = ()  # org roles: the KB types the organisation must have (any when empty)
    org_heads: tuple[str, ...] = ()  # org roles: last words of a name the KB does not know ("... Assembly")
    connectors: tuple[str, ...] = ("of",)  # org roles: words between the role and the organisation after it
    race: bool = False  # org roles: the organisation before a race noun names the office ("Knesset election")
    body_after: tuple[str, ...] = ()  # org roles: words after which the organisation names the office ("elected to")
    # org roles: words after which the organisation names the office only in a sentence about an election ("the
    # Democrats take control of the Senate after X defeated Y"); elsewhere the body acts or is acted on, an ORG
    election_body_after: tuple[str, ...] = ()
    # org roles: verbs of a member's seat after which, past a place and the words of a district, "in" names the body
    # ("who represents Ohio's 9th district in the U.S. House"); represent_words: the lower-case words such a place may
    # have ("district", "congressional"; capitalised words, numbers and a possessive always)
    represent_after: tuple[str, ...] = ()
    represent_words: tuple[str, ...] = ()
    # org roles: (a chamber's common word, the legislatures.jsonl kinds it names, first the country has first): a
    # word every country's chamber may bear, named the story's country's chamber ("a seat in Congress" in a story on
    # Brazil → its lower house; in one on Guatemala, its one chamber); written capitalised, it names a chamber only
    # so written ("the Senate", not "the university senate"), in lower case, either way ("a seat in parliament")
    generic_chambers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # org roles: those of its lower-case ``generic_chambers`` words that name the story's country's chamber before a
    # race noun too ("Sunday's upper house election"); "parliament" there names no one chamber ("parliament elections")
    race_chambers: tuple[str, ...] = ()
    # org roles: those of its ``generic_chambers`` words that name only a chamber whose name holds them ("the
    # Assembly": Turkmenistan's Assembly, France's National Assembly; never the United States' Congress)
    named_chambers: tuple[str, ...] = ()
    seats: tuple[tuple[str, str], ...] = ()  # (country, "Member of Parliament for {S}"): members named by seat
    seat_before: tuple[str, ...] = ()  # words right before a seat's name ("constituency of", "MP for")
    seat_after: tuple[str, ...] = ()  # words right after it ("seat", "by-election")
    # (noun, countries): a party of one of these countries before the noun, or after "<noun> of", names the
    # office ("the Republican nomination", "the nomination of the Democratic Party": the presidency)
    nominations: tuple[str, ...] = ()  # single lower-case words ("nomination")
    nomination_countries: tuple[str, ...] = ()  # KB country names whose parties' nominations are for this office
    # words right after the noun that say it is no nomination for this office: it names its own ("the Democratic
    # nomination for governor") or is a filing ("nomination papers")
    nomination_stops: tuple[str, ...] = ()
    article: str = "always"  # org roles, "head": "the" before the name only when it has a head word ("Leader of Zembla First")
    # the role of the same seat in a state's legislature: "the Ohio House of Representatives" is no national body
    state_role: str | None = None
    # KB countries where a state of theirs right before the role's word names a member of the state's legislature,
    # the ``state_role``'s office ("California lawmaker X", "Michigan legislators"), not the national body's
    state_before: tuple[str, ...] = ()
    # state roles: the role of a country's office the same word names in the genre ("Italian Premier X", "Premier X"
    # whom the KB records as a prime minister): at a KB country the office is that role's ("Prime Minister of
    # Italy"), except in ``country_titled``, the countries whose own office bears this role's title ("Premier of
    # China"); a state role without a ``country_role``, or a city role: the territories whose own office bears the
    # role's title, having no division of that level the KB places it in ("Lieutenant Governor of the Isle of Man",
    # "Mayor of Pitcairn")
    country_role: str | None = None
    country_titled: tuple[str, ...] = ()
    # country roles: KB countries whose states hold an office of this role's own title, so that "the Leader of the
    # Opposition in the Australian state of X" is X's own office, not the country's (elsewhere it stays untold); for
    # an ``appointed`` role, also where the state's name stands before the title ("Ontario Health Minister X": the
    # province's; "California Health Secretary X": no state of that country has one, left out, never the nation's)
    state_titled: tuple[str, ...] = ()
    # country roles: the role of a city council's head the same title names in a story on one city's council
    # ("the Velmar City Council ... President X": the council's president, whom the KB does not record as the
    # nation's); a city council's own title names itself ("the Velmar City Council ... Council Member X" is that
    # council's member, whichever other town the story's places name nearer)
    council_role: str | None = None
    # KB countries where no such office exists (a monarchy has no president): the story's place there gives the
    # role no jurisdiction, the next place of the story does ("Canada ... the presidential election" in a story
    # on US tariffs); written out, "President of Canada" stays as written
    absent_in: tuple[str, ...] = ()
    # KB countries where alone the office exists (a department's secretary: "Defense Secretary X" in a story on
    # Iraq is no Iraqi office): a story's place elsewhere gives the role no jurisdiction, as ``absent_in`` does;
    # empty: every country
    present_in: tuple[str, ...] = ()
    # the national chamber (legislatures.jsonl kind) whose members or officer the role names: a country of that
    # file names the office after its chamber ("chamber_template" with {B}: "Member of the {B}"), and one that
    # has no such chamber is added to ``absent_in`` (Ukraine has no senate)
    chamber: str | None = None
    chamber_template: str = "Member of the {B}"
    # the chamber kind named before ``chamber`` where a country has one: a "deputy" sits in the lower house of a
    # two-chamber legislature ("Member of the Chamber of Deputies of Chile"), in the one chamber elsewhere
    chamber_first: str | None = None
    # plural ``placed_forms`` words that name the role where they end a list of offices an election fills, after one
    # of these words in the sentence ("Hondurans vote to choose a president, three vice-presidents and 128
    # deputies"): the list places it as its other offices are placed
    listed_after: tuple[str, ...] = ()
    # lower-case forms that are ordinary words too ("representatives of the family", "an industry representative"):
    # written so, they name the office only after a place, demonym or party, before a name, or before a word of
    # ``common_after`` ("64 representatives for the lower house", "a representative from Ohio")
    common_forms: tuple[str, ...] = ()
    common_after: tuple[str, ...] = ()
    # forms that name the role only where its country is told beside them, in any case: "deputy" is a legislator in
    # "Ukrainian deputy X", "X, an opposition deputy in Venezuela," or "a deputy from the ruling Zembla First party",
    # someone's second elsewhere ("his deputy X", "the Chinese deputy director X")
    placed_forms: tuple[str, ...] = ()
    # forms that name a competition too: written capitalised inside a sentence and not before "of", they are the
    # league's name ("the Barclays Premiership", "Scottish Premiership"), no office ("Premiership of X" still is)
    league_forms: tuple[str, ...] = ()
    # a ticket's second place: the role (id) whose candidate picks this role's candidate as a running mate, and the
    # nouns that name it so ("running mate"): beside that role's office, the office this role has there ("Ana Ruiz,
    # picked as his running mate in the presidential election": Vice President); never one held
    ticket_of: str | None = None
    ticket_nouns: tuple[str, ...] = ()
    # which of the story's places may place the office (ROLE_STORY_PLACES): a title that is also a common word or a
    # first name is placed by its own words ("Jordan's king", "Sultan X of Brunei") or, for "titled", a name it titles
    story_place: str = "any"
    # the role's word is a surname too ("Stephen King", "B.B. King"): capitalised right after a capitalised word
    # that is no place, demonym, qualifier or function word, it ends a name and is no title (:func:`surname_at`)
    surname: bool = False
    # the office is held "to" a country or an international body (``{D}`` in the template and names): an envoy's,
    # "Ambassador of Kazakhstan to Japan"; words of ``destination_before`` right after the role (or after its "of
    # <place>") lead to it, a country's place or a KB international organisation; without one, no office
    destination_before: tuple[str, ...] = ()
    #: KB organisation types that may be an envoy's destination
    destination_org_types: tuple[str, ...] = ()
    # (KB country, the post's name) where envoys are accredited to another name: Vatican City's are to "the Holy See"
    destination_names: tuple[tuple[str, str], ...] = ()
    # the bodies whose place is the office's ("supreme court" of a chief justice): the one place the story writes
    # before such a body or after "<body> of" ("Alabama's Supreme Court", "the Supreme Court of Pakistan") places an
    # office that its own words do not, whatever ``story_place`` says
    story_bodies: tuple[str, ...] = ()
    # for ``story_place`` single or any: words after which the story's place is one its holder visits ("visiting
    # Ruritania", "a trip to Zembla", "the IMF meeting in Washington"): the holder's own country is then not told,
    # whatever else the story names
    abroad_before: tuple[str, ...] = ()
    # (a party's letter, the country) written after the holder's name and joined by a hyphen to the holder's state
    # ("Sen. X, D-Mass.", "Rep. X (R-TX)"): the country whose chamber it is, where the story names none
    party_tags: tuple[tuple[str, str], ...] = ()
    # org roles: nouns that point back at the organisation by their own words, as "the party's leader" does
    # ("demands party leader X" after "Labour deputy leader Y"): the one organisation of its kind named before
    anaphor_nouns: tuple[str, ...] = ()
    # org roles: how a capitalised word run before the noun may write an organisation's name that no mention covers
    # ("Democratic Unionist leader X": "{W} Party"; "Social Democrat leader": "{W}s"), each form tried also after
    # a demonym of the story's country ("Labor leader X" in a story on Australia: the Australian Labor Party)
    name_forms: tuple[str, ...] = ()
    # org roles: nouns that are common words too ("head", "chief"): they name the office only where the phrase of
    # the organisation beside them ends there ("UN chief Kofi Annan", "the head of the OAS said"); "the UN chief
    # weapons inspector", "the head of the UN mission", "the head of the UN's nuclear watchdog" name none
    bounded_forms: tuple[str, ...] = ()
    # org roles: the office exists only for the organisations ``names`` lists, by its established name (the head of
    # an international body is titled by the body: "head of the Arab League" → Secretary-General of the Arab League)
    names_only: bool = False
    # org roles: nouns that point back at the one organisation of its kind named before, as ``anaphor_nouns`` do,
    # only right before a race noun: "drops out of the leadership contest" after "the race to lead the Zembla First
    # party"; "the country's leadership" names none
    race_anaphor_nouns: tuple[str, ...] = ()
    # org roles: a name the KB does not know fits only with at least this many words: a court named by its kind
    # alone ("the Supreme Court", "High Court") is no one court, its place untold ("Kestrel Supreme Court" is one)
    min_name_words: int = 0
    # words right after the role's words that make them part of another role's ("U.S. Attorney General": the attorney
    # general, no U.S. attorney)
    not_before: tuple[str, ...] = ()
    # words right before the role's words that make them another body's ("UN Security Council members", "the Iraqi
    # governing council president", "district councillor": no city council's)
    not_after: tuple[str, ...] = ()
    # portfolio roles: the level of place the office also belongs to ("country"): named by its capitalised portfolio
    # and that place, placed as an office of that level is ("South African Minister of Public Service and
    # Administration X": Minister of Public Service and Administration of South Africa); its ``names`` give a
    # country's established name with {P} for the portfolio ("United States Secretary of {P}")
    portfolio_place: str | None = None
    # the offices one of which the owner whose possessive stands before the role's words holds by a title right before
    # the owner's name: "U.S. President X's chief strategist" is the White House's; "her campaign's chief strategist"
    # and "Governor X's chief of staff" name none
    owner_offices: tuple[str, ...] = ()

    def forms(self) -> Iterator[tuple[str, str]]:
        """(kind, lower-case form) for every way the role is written: noun, adjective, plural."""
        for kind, forms in (("noun", self.nouns), ("adjective", self.adjectives), ("plural", self.plural),
                            ("race_adjective", self.race_adjectives), ("elected", self.elected_nouns)):
            for form in forms:
                yield kind, form


@dataclass
class Resources:
    root: Path
    kb: KnowledgeBase
    roles: list[Role]
    first_names: frozenset[str]
    ambiguous_first_names: frozenset[str]
    common_ambiguous_first_names: frozenset[str]  # ambiguous, yet frequent as names ("Mark", "Dean")
    #: "m" or "f" for a first name used for one sex only (first_names.tsv ``gender``; "u" names are left out)
    first_name_genders: dict[str, str]
    non_names: frozenset[str]
    non_name_titles: frozenset[str]  # the non-names that are titles ("Sen."): they may end a name ("Hun Sen")
    #: the compass words that start a place's name ("North", "Western"; non_names.tsv ``direction``)
    directions: frozenset[str]
    outlets: tuple[str, ...]
    person_cues_before: frozenset[str]
    person_cues_after: frozenset[str]
    #: the ``verb_before`` cues (also in :attr:`person_cues_before`): a verb ends the descriptors before a name
    person_cue_verbs: frozenset[str]
    election_verbs: frozenset[str]  # "Smith defeated Jones": a single capitalised subject is a person
    owned_nouns: frozenset[str]  # "the Ruiz administration": a known person's surname before it is the person
    #: a family noun between a person's possessive and a given name ("Ruiz's wife Ana"): Ana shares the surname
    kin_nouns: frozenset[str]
    #: a headline's bare participle after a name that opens a sentence, before an office ("X re-elected Mayor of Y")
    office_participles: frozenset[str]
    #: military ranks, a cue right before a name only as written, in lower case ("former general X"; "General
    #: Electric" is a company's name)
    rank_cues: frozenset[str]
    thing_cues_before: frozenset[str]  # "the novel X", "schools X": a capitalised run after it names no person
    #: a capitalised noun that opens a thing's name of one more word ("Storm Ciara", "Hurricane Maria"), and the words
    #: that may come before it there ("Tropical Storm Gordon"): a weather system, no person
    thing_heads: frozenset[str]
    thing_head_modifiers: frozenset[str]
    org_heads: frozenset[str]
    org_heads_lower: frozenset[str]  # heads that follow a name in lower case, outside it ("the Vamos party")
    # heads of institutions that are neither parties nor legislatures ("Bank", "Association"; org_heads.tsv)
    institution_heads: frozenset[str]
    # heads of non-state organisations that own a head's bare title ahead of a country ("Kestrel University names
    # President X"; org_heads.tsv ``owns_title``)
    title_owner_heads: frozenset[str]
    # words that make a name the KB does not know an institution's wherever they stand in it ("Cricket Board",
    # "Biotechnology Council": a sport's or a trade's body; org_modifiers.tsv ``institution``)
    institution_words: frozenset[str]
    place_heads: frozenset[str]
    place_head_levels: dict[str, str]  # "oblast" -> "state": the level of place an administrative head names
    particles: frozenset[str]
    definite_places: frozenset[str]
    place_openers: frozenset[str]  # "Greater Manchester", "New Taipei": a word that opens another place's name
    place_closers: frozenset[str]  # "Dublin Central", "Ottawa South": a compass word that closes a district's name
    org_possessives: frozenset[str]  # "People's Party": the possessive belongs to the name
    org_leading: frozenset[str]  # "the ruling X Party": not part of the name
    #: qualifiers.tsv: use → the words looked through there ("former", "longtime"); every word that has one → its
    #: OFFICE qualifier ("then" → "former")
    qualifiers: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    qualifier_values: dict[str, str] = dataclasses.field(default_factory=dict)
    race_nouns: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # race_nouns.tsv: use → nouns
    phrase_breaks: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # phrase_breaks.tsv: use → words
    office_words: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # office_words.tsv: use → words
    #: place_heads.tsv flags → their heads: "after_name" ("Kestrel province"), "ambiguous" ("Velmar State"),
    #: "feature" ("Velmar River")
    place_head_flags: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    place_anaphors: dict[str, str] = dataclasses.field(default_factory=dict)  # "the city's mayor": word → level
    stance_prefixes: frozenset[str] = frozenset()  # "pro-Russian": a stance, not a place
    stance_suffixes: frozenset[str] = frozenset()  # "US-backed", "Moscow-oriented": another's stance, not a place
    #: "X, the company leading the audit", "a party founded in May": may follow an organisation's apposition noun
    org_apposition_next: frozenset[str] = frozenset()
    city_compounds: frozenset[str] = frozenset()  # "London-based", "New York-bound": the best-known city of the name
    market_cues: frozenset[str] = frozenset()  # "a barrel in New York": a market's sentence names the city
    state_cues: frozenset[str] = frozenset()  # "legally ... in New York": a sentence of a state's laws or voters
    headline_verbs: frozenset[str] = frozenset()  # "Velmar Resigns": a verb form, in a headline no part of a name
    headline_words: frozenset[str] = frozenset()  # "Marin Jury Selection": common words a headline capitalises
    counterpart_nouns: frozenset[str] = frozenset()  # "his Afghan counterpart X": another country's holder
    name_trailers: frozenset[str] = frozenset()  # "Saddam Aide Held": a relation's noun, never a name's last word
    name_suffixes: frozenset[str] = frozenset()  # "King Jr.": as written
    party_short_names: dict[str, str] = dataclasses.field(default_factory=dict)  # "Tories" → Conservative Party
    #: party_short_names.tsv's rows with a country: "Congress" → {"India": "Indian National Congress"}; read only in a
    #: story of that country. ``party_common_words``: those also English words capitalised at a sentence's start
    party_country_names: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    party_common_words: frozenset[str] = frozenset()
    #: provincial_party_countries.tsv: ids of the KB countries whose provinces' parties are their own, no national one's
    provincial_party_countries: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()  # "Zembla Chronicle": an outlet's head noun, lower case
    #: a national outlet's name -> (its country's KB name, ``file:line``) (outlets.tsv ``country``): a story's last
    #: resort for its country (offices.py ``STORY_COUNTRY_RESORTS``); wires and broadcasters have none
    outlet_countries: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: treaty_heads.tsv: a treaty's head nouns after or before ("Treaty of") the city that names it ("Kyoto Protocol"),
    #: lower case; ``treaty_heads_lower``: those that name it written in lower case too ("the Lisbon treaty")
    treaty_heads: frozenset[str] = frozenset()
    #: org_nouns.tsv: lower-case nouns that describe an organisation in an apposition after its name ("X, a retail
    #: chain"); ``party_nouns``: those that describe a party ("X, a nationalist party")
    org_nouns: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    #: org_nouns.tsv ``before_name``: nouns written right before the name ("electronics retailer X")
    nouns_before_name: frozenset[str] = frozenset()
    treaty_heads_lower: frozenset[str] = frozenset()
    #: treaty_heads.tsv ``any_place``: heads of a document's or a war's title that any place names, a country too ("the
    #: Constitution of Japan", "the Vietnam War"), not a city alone
    treaty_heads_any_place: frozenset[str] = frozenset()
    #: company_titles.tsv: a company officer's titles as word tuples ("chief", "executive"); a role word joined to one
    #: is a company's ("president and CEO X")
    company_titles: tuple[tuple[str, ...], ...] = ()
    #: org_cues.tsv: position → cues as lower-case word tuples ("led", "by"): the genre's words around an unknown
    #: organisation's name ("X, led by Y", "a group named X", "Y of the X", "X leader Y")
    org_cues: dict[str, frozenset[tuple[str, ...]]] = dataclasses.field(default_factory=dict)
    #: org heads that also follow a person's name ("the Kowalski Administration"; org_heads.tsv ``after_person``)
    eponymous_heads: frozenset[str] = frozenset()
    #: the non-names of category "other" ("Hundreds", "Supporters"), unlike an institution's words ("House")
    non_name_others: frozenset[str] = frozenset()
    #: org heads that name a body only after a place or demonym ("the Zemblan Senate"; org_heads.tsv ``after_place``)
    place_bound_heads: frozenset[str] = frozenset()
    #: company suffixes that may follow the name after a comma ("Zembla Motors, Inc."; org_heads.tsv ``after_comma``)
    comma_heads: frozenset[str] = frozenset()
    #: lower-case heads written before a name after a word describing it ("Islamist party X"; ``before_name``)
    heads_before_name: frozenset[str] = frozenset()
    #: competitions' heads after a capitalised role word, which is then a name's word ("the Indian Premier League";
    #: org_heads.tsv ``after_role``)
    heads_after_role: frozenset[str] = frozenset()
    #: company heads that also modify a capitalised noun after them, which then ends the name ("Institute of
    #: Electrical and Electronics Engineers"; org_heads.tsv ``runs_on``)
    modifier_heads: frozenset[str] = frozenset()
    #: heads of bodies named after the place they work in, "in" and the place part of the name ("the United Nations
    #: Mission in Nepal"; org_heads.tsv ``before_in``)
    placed_heads: frozenset[str] = frozenset()
    #: event_heads.tsv: an event's, competition's or award's head → the words one of which must stand right before it
    #: (empty: any): "the Cannes Film Festival", "the Republican National Convention" name no body nor person
    event_heads: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    #: org head → the words one of which must stand right before it ("National Guard"; org_heads.tsv ``after_words``)
    head_words_before: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    #: heads of bodies named after their subject, a capitalised run after "on" ("the Commission on Presidential
    #: Debates"; org_heads.tsv ``before_on``)
    topic_heads: frozenset[str] = frozenset()
    #: (variant, form, position) rewrites that make transliteration variants of a name word agree
    transliterations: tuple[tuple[str, str, str], ...] = ()
    #: legislatures.jsonl: country → {chamber kind: the chamber's name}
    legislatures: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    #: regional_legislatures.jsonl: a region's, state's or province's name → its legislature's name
    regional_legislatures: dict[str, str] = dataclasses.field(default_factory=dict)
    #: the folded month and weekday abbreviations of non_names.tsv that are also first names not marked ambiguous
    #: in first_names.tsv ("jan", "jun"; not "sun", a common word) and that no entry without a period gives: no
    #: name only as written with the period (:meth:`is_non_name`)
    period_abbreviations: frozenset[str] = frozenset()

    def is_non_name(self, text: str) -> bool:
        """A word or phrase of ``non_names.tsv``, compared case- and punctuation-folded; a month's or weekday's
        abbreviation that is also a first name only as written with its period: "Jan." is the month, "Jan" opens
        a name ("Jan Kowal")."""
        key = word_key(text)
        return key in self.non_names and (key not in self.period_abbreviations or text.endswith("."))

    def name_key(self, word: str) -> str:
        """A folded name word with its transliteration variants rewritten ("yanukovych" → "yanukovich")."""
        key = fold(word)
        for variant, form, position in self.transliterations:
            if position == "end" and key.endswith(variant) and len(key) > len(variant) + 1:
                key = key[: -len(variant)] + form
            elif position == "start" and key.startswith(variant) and len(key) > len(variant) + 1:
                key = form + key[len(variant):]
        return key


def read_tsv(path: Path, required: tuple[str, ...] = ()) -> list[tuple[str, dict[str, str]]]:
    """Rows of a lexicon TSV as (``file:line``, {column: value}).

    Lines starting with ``#`` are comments (source and licence); the first
    other line is the header and must name the ``required`` columns.
    """
    rows: list[tuple[str, dict[str, str]]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cols
                missing = [c for c in required if c not in header]
                if missing:
                    raise DataError(f"{path}:{n}: header lacks column(s) {missing}")
                continue
            if len(cols) > len(header) or not cols[0]:
                raise DataError(f"{path}:{n}: expected at most {len(header)} tab-separated columns with a first value")
            rows.append((f"{path}:{n}", dict(zip(header, cols))))
    if header is None:
        raise DataError(f"{path}: empty lexicon (no header row)")
    return rows


def _choices(where: str, row: dict[str, str], column: str, allowed: tuple[str, ...], many: bool = False) -> list[str]:
    """A column's value(s), each one of ``allowed``; ``many``: a non-empty comma-separated list."""
    value = row.get(column, "")
    values = [v.strip() for v in value.split(",")] if many else [value]
    if not all(v in allowed for v in values) or (many and not value):
        raise DataError(f"{where}: {column} must be {'a comma-separated list of ' if many else ''}"
                        f"{', '.join(repr(a) for a in allowed)}, got {value!r}")
    return values


def load_word_uses(path: Path, uses: tuple[str, ...], column: str = "uses",
                   extra: dict[str, tuple[str, ...]] | None = None) -> list[tuple[str, list[str], dict[str, str]]]:
    """(word, its uses, row) for a lexicon of closed-class words, each listed once with where it applies.

    ``extra``: further columns and their allowed values (an empty string allows an empty cell)."""
    out, seen = [], {}
    for where, row in read_tsv(path, ("word", column, *(extra or {}))):
        word = row["word"]
        if word in seen:
            raise DataError(f"{where}: duplicate word {word!r}, first at {seen[word]}")
        seen[word] = where
        for name, allowed in (extra or {}).items():
            _choices(where, row, name, allowed)
        out.append((word, _choices(where, row, column, uses, many=True), row))
    return out


def load_qualifiers(path: Path) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """``qualifiers.tsv``: use → its words, and word → the qualifier it gives an office (words that give one)."""
    rows = load_word_uses(path, QUALIFIER_USES, extra={"qualifier": QUALIFIER_VALUES})
    for (where, _), (word, uses, _) in zip(read_tsv(path), rows):
        if " " in word and (wrong := [use for use in uses if use not in QUALIFIER_PHRASE_USES]):
            raise DataError(f"{where}: {word!r} is a phrase, which use(s) {wrong} never read (one token each)")
    by_use = {use: frozenset(w for w, uses, _ in rows if use in uses) for use in QUALIFIER_USES}
    return by_use, {w: row["qualifier"] for w, _, row in rows if row.get("qualifier")}


def load_race_nouns(path: Path) -> dict[str, frozenset[str]]:
    """``race_nouns.tsv``: use → its nouns."""
    rows = load_word_uses(path, RACE_NOUN_USES)
    return {use: frozenset(w for w, uses, _ in rows if use in uses) for use in RACE_NOUN_USES}


def load_phrase_breaks(path: Path) -> dict[str, frozenset[str]]:
    """``phrase_breaks.tsv``: use → its words."""
    rows = load_word_uses(path, PHRASE_BREAK_USES)
    return {use: frozenset(w for w, uses, _ in rows if use in uses) for use in PHRASE_BREAK_USES}


def load_office_words(path: Path) -> dict[str, frozenset[str]]:
    """``office_words.tsv``: use → its words, every use with at least one (a use with none is an error, not a
    silently empty set)."""
    rows = load_word_uses(path, OFFICE_WORD_USES)
    _require_lower_case(path)
    by_use = {use: frozenset(w for w, uses, _ in rows if use in uses) for use in OFFICE_WORD_USES}
    if empty := [use for use, words in by_use.items() if not words]:
        raise DataError(f"{path}: no word for use(s) {empty}")
    return by_use


def load_place_anaphors(path: Path) -> dict[str, str]:
    """``place_anaphors.tsv``: anaphor ("city", "nation") → the place level it points at."""
    out: dict[str, str] = {}
    for where, row in read_tsv(path, ("word", "level")):
        if row["word"] in out:
            raise DataError(f"{where}: duplicate word {row['word']!r}")
        out[row["word"]] = _choices(where, row, "level", ANAPHOR_LEVELS)[0]
    return out


def load_place_heads(path: Path) -> tuple[frozenset[str], dict[str, str]]:
    """``place_heads.tsv``: the head nouns that end a place's name, and the level of place an
    administrative one names ("oblast" -> "state"; an empty ``level`` for the others)."""
    heads: set[str] = set()
    levels: dict[str, str] = {}
    for where, row in read_tsv(path, ("word",)):
        word = row["word"].lower()
        heads.add(word)
        if row.get("level"):
            levels[word] = _choices(where, row, "level", PLACE_HEAD_LEVELS)[0]
    return frozenset(heads), levels


#: ``place_heads.tsv`` flags (1 or empty), each set for at least one head: ``after_name``, a lower-case head written
#: after a place's name that no adjective takes ("Kestrel province"); ``ambiguous``, an administrative head that also
#: ends a university's name ("Velmar State"), a place's only where the KB knows the name with it; ``feature``, the
#: head of a river's, a road's or a building's name ("Velmar River", "Kestrel Airport"): no person, and no GPE.
PLACE_HEAD_FLAGS = ("after_name", "ambiguous", "feature")


def load_place_head_flags(path: Path) -> dict[str, frozenset[str]]:
    """``place_heads.tsv``: flag (:data:`PLACE_HEAD_FLAGS`) → the heads that have it."""
    out: dict[str, set[str]] = {flag: set() for flag in PLACE_HEAD_FLAGS}
    for where, row in read_tsv(path, ("word", *PLACE_HEAD_FLAGS)):
        for flag in PLACE_HEAD_FLAGS:
            value = row.get(flag, "")
            if value not in ("", "1"):
                raise DataError(f"{where}: {flag} must be 1 or empty, got {value!r}")
            if value:
                out[flag].add(row["word"].lower())
    if empty := [flag for flag, words in out.items() if not words]:
        raise DataError(f"{path}: no head has {empty} set to 1")
    return {flag: frozenset(words) for flag, words in out.items()}


def load_company_titles(path: Path) -> tuple[tuple[str, ...], ...]:
    """``company_titles.tsv``: lower-case titles, as word tuples (longest first); optional (an older models copy).
    A title with a capital or a hyphen could never match the lower-cased tokens it is compared with: an error."""
    if not path.is_file():
        return ()
    out: set[tuple[str, ...]] = set()
    for where, row in read_tsv(path, ("word",)):
        title = row["word"]
        if title != title.lower() or "-" in title or not title.split():
            raise DataError(f"{where}: {title!r}: a title is lower case, with no hyphen")
        if tuple(title.split()) in out:
            raise DataError(f"{where}: duplicate title {title!r}")
        out.add(tuple(title.split()))
    return tuple(sorted(out, key=lambda t: (-len(t), t)))


def _owner_offices(value, where: str) -> tuple[str, ...]:
    """A role's ``owner_offices``: a list of office names, each non-empty."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{where}: 'owner_offices' must be a list of office names")
    return tuple(value)


#: org_cues.tsv positions (see its header)
ORG_CUE_POSITIONS = ("after_comma", "after_noun", "after_person", "before_person", "before_plural", "not_last",
                     "not_after", "before_name", "not_before")


def load_org_cues(path: Path) -> dict[str, frozenset[tuple[str, ...]]]:
    """``org_cues.tsv``: position → the cues written there, as lower-case word tuples; optional (an older models
    copy). A cue with a capital could never match the lower-cased tokens it is compared with: an error."""
    out: dict[str, set[tuple[str, ...]]] = {p: set() for p in ORG_CUE_POSITIONS}
    if not path.is_file():
        return {p: frozenset() for p in ORG_CUE_POSITIONS}
    seen: set[tuple[str, ...]] = set()
    for where, row in read_tsv(path, ("cue", "position")):
        cue = tuple(row["cue"].split())
        if not cue or row["cue"] != row["cue"].lower():
            raise DataError(f"{where}: {row['cue']!r}: a cue is lower case")
        if row["position"] not in ORG_CUE_POSITIONS:
            raise DataError(f"{where}: position must be one of {', '.join(ORG_CUE_POSITIONS)}")
        if cue in seen:
            raise DataError(f"{where}: duplicate cue {row['cue']!r}")
        seen.add(cue)
        out[row["position"]].add(cue)
    return {p: frozenset(c) for p, c in out.items()}


def load_party_short_names(path: Path) -> dict[str, str]:
    """``party_short_names.tsv``: short name as written → the party's name, of the rows of no ``country`` (the
    short names read in every story); optional (an older models copy)."""
    out: dict[str, str] = {}
    if not path.is_file():
        return out
    for where, row in read_tsv(path, ("word", "party")):
        if row.get("country"):
            continue
        if row["word"] in out or not row.get("party"):
            raise DataError(f"{where}: each word once, with its party")
        out[row["word"]] = row["party"]
    return out


def load_party_country_names(path: Path, kb: KnowledgeBase) -> tuple[dict[str, dict[str, str]], frozenset[str]]:
    """``party_short_names.tsv``'s rows with a ``country`` (a KB country): short name as written → {country → the
    party's name, or ``NOT_A_PARTY`` where the word names no party there}, and the words flagged ``common`` (an
    English word capitalised at a sentence's start). Each (word, country) once."""
    out: dict[str, dict[str, str]] = {}
    common: set[str] = set()
    if not path.is_file():
        return out, frozenset()
    for where, row in read_tsv(path, ("word", "party")):
        country = row.get("country", "")
        if not country:
            continue
        if not row.get("party") or country in out.get(row["word"], {}):
            raise DataError(f"{where}: each word once per country, with its party")
        if not any(e.type == "country" for e in kb.lookup("GPE", country)):
            raise DataError(f"{where}: country {country!r} is no country of the KB")
        if row.get("common", "") not in ("", "1"):
            raise DataError(f"{where}: common must be 1 or empty, got {row['common']!r}")
        out.setdefault(row["word"], {})[country] = row["party"]
        if row.get("common") == "1":
            common.add(row["word"])
    return out, frozenset(common)


def load_provincial_party_countries(path: Path, kb: KnowledgeBase) -> frozenset[str]:
    """``provincial_party_countries.tsv``: the ids of its KB countries (optional: an older models copy has none)."""
    if not path.is_file():
        return frozenset()
    out: set[str] = set()
    for where, row in read_tsv(path, ("country",)):
        found = [e for e in kb.lookup("GPE", row["country"]) if e.type == "country"]
        if len(found) != 1:
            raise DataError(f"{where}: country {row['country']!r} is no one country of the KB")
        if found[0].id in out:
            raise DataError(f"{where}: duplicate country {row['country']!r}")
        out.add(found[0].id)
    return frozenset(out)


def load_flagged_words(path: Path, flag: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """A word list with one flag column (optional: an older copy of models/ has none, then None): (every word,
    the words whose ``flag`` is 1), lower-cased; the flag is empty or 1, a word is listed once."""
    if not path.is_file():
        return None
    words: set[str] = set()
    flagged: set[str] = set()
    for where, row in read_tsv(path, ("word",)):
        word = row["word"].lower()
        if word in words:
            raise DataError(f"{where}: duplicate word {row['word']!r}")
        if row.get(flag, "") not in ("", "1"):
            raise DataError(f"{where}: {flag} must be empty or 1")
        words.add(word)
        if row.get(flag) == "1":
            flagged.add(word)
    return frozenset(words), frozenset(flagged)


def load_event_heads(path: Path) -> dict[str, frozenset[str]]:
    """``event_heads.tsv``: head word (lower case) → the words one of which must stand right before it (empty: any
    word); absent file: no event heads."""
    if not path.is_file():
        return {}
    heads: dict[str, frozenset[str]] = {}
    for where, row in read_tsv(path, ("word", "after_words")):
        word = row["word"].lower()
        if word in heads:
            raise DataError(f"{where}: duplicate word {row['word']!r}")
        if " " in word or not word.isalpha():
            raise DataError(f"{where}: a head is one word of letters, not {row['word']!r}")
        heads[word] = frozenset(row.get("after_words", "").split())
    return heads


def load_treaty_heads(path: Path) -> dict[str, frozenset[str]]:
    """``treaty_heads.tsv``: the ``treaty_heads``, ``treaty_heads_lower`` and ``treaty_heads_any_place`` fields of
    :class:`Resources`."""
    found = load_flagged_words(path, "lower")
    if found is None:
        return {}
    _, any_place = load_flagged_words(path, "any_place") or (None, frozenset())
    return dict(zip(("treaty_heads", "treaty_heads_lower"), found), treaty_heads_any_place=any_place)


def load_org_nouns(path: Path) -> dict[str, frozenset[str]]:
    """``org_nouns.tsv``: the ``org_nouns``, ``party_nouns`` and ``nouns_before_name`` fields of :class:`Resources`."""
    found = load_flagged_words(path, "party")
    if found is None:
        return {}
    _, before = load_flagged_words(path, "before_name") or (None, frozenset())
    return dict(zip(("org_nouns", "party_nouns", "nouns_before_name"), (*found, before)))


def load_words(path: Path) -> frozenset[str]:
    """A one-column word list (``word``), as written; a duplicate is an error."""
    out: set[str] = set()
    for where, row in read_tsv(path, ("word",)):
        if row["word"] in out:
            raise DataError(f"{where}: duplicate word {row['word']!r}")
        out.add(row["word"])
    return frozenset(out)


def _require_lower_case(path: Path) -> None:
    """Every ``word`` of a lexicon compared with lower-cased tokens is lower case: a capital could never match."""
    for where, row in read_tsv(path, ("word",)):
        if row["word"] != row["word"].lower():
            raise DataError(f"{where}: {row['word']!r} must be lower case")


def load_lower_words(path: Path) -> frozenset[str]:
    """:func:`load_words` of a list read against lower-cased tokens: each word lower case, at least one word."""
    words = load_words(path)
    _require_lower_case(path)
    if not words:
        raise DataError(f"{path}: no word")
    return words


def _optional_words(path: Path) -> frozenset[str]:
    """:func:`load_words` of a word list an older copy of ``models/`` may lack (none then)."""
    return load_words(path) if path.is_file() else frozenset()


def load_headline_words(path: Path) -> frozenset[str]:
    """headline_words.tsv (built from the treebanks by models/build/build_lexicons.py): lower-case words of letters
    only, compared with a token's lower case; none where an older copy of ``models/`` lacks the file."""
    words = _optional_words(path)
    for word in words:
        if not (word.isalpha() and word.islower()):
            raise DataError(f"{path}: {word!r} is not a lower-case word of letters")
    return words


def _phrases(values: object, where: str, key: str, keep_case: bool = False) -> tuple[str, ...]:
    """A list of non-empty strings, stripped and lower-cased (``keep_case``: as written, for names)."""
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise DataError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(v.strip() if keep_case else v.lower().strip() for v in values)


def _count(value: object, where: str, key: str) -> int:
    """A non-negative whole number (a bool is none)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DataError(f"{where}: {key!r} must be a whole number, 0 or more")
    return value


def _names(value: object, where: str) -> tuple[tuple[str, str], ...]:
    """A role's ``names``: {place: office name} for offices whose name the template does not give
    ("Member of the Australian Senate", not "Member of the Senate of Australia")."""
    if not isinstance(value, dict) or not all(isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip()
                                              for k, v in value.items()):
        raise DataError(f"{where}: 'names' must map place names to office names (non-empty strings)")
    return tuple(sorted((k.strip(), v.strip()) for k, v in value.items()))


def _member_named(role: Role) -> bool | None:
    """Whether every name the role gives its office starts with :data:`MEMBER_PREFIX` (True), none does (False), or
    they disagree (None): a body's members' office is named so, and no other office is."""
    names = [role.template, *(v for _, v in role.names), *(v for _, v in role.seats)]
    if role.chamber is not None:
        names.append(role.chamber_template)
    named = {n.startswith(MEMBER_PREFIX) for n in names}
    return named.pop() if len(named) == 1 else None


def _party_tags(value, where: str) -> tuple[tuple[str, str], ...]:
    """A role's ``party_tags``: {country: [a party's letter, ...]}, as (letter, country) pairs; a letter of one
    country only."""
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and v and all(isinstance(x, str) and x for x in v)
            for k, v in value.items()):
        raise DataError(f"{where}: 'party_tags' must map a country to a non-empty list of letters")
    pairs = [(letter, country) for country, letters in value.items() for letter in letters]
    if len({letter for letter, _ in pairs}) != len(pairs):
        raise DataError(f"{where}: a letter of 'party_tags' names one country")
    return tuple(pairs)


def load_roles(path: Path) -> list[Role]:
    roles, seen = [], set()
    state_roles: list[tuple[str, str]] = []  # (where, id): checked once every role is read
    council_roles: list[tuple[str, str]] = []  # (where, id): checked once every role is read
    country_roles: list[tuple[str, str]] = []  # (where, id): checked once every role is read
    tickets: list[tuple[str, str, str]] = []  # (where, head role id, level): checked once every role is read
    for where, rec in read_jsonl(path):
        if not isinstance(rec, dict):
            raise DataError(f"{where}: a role must be a JSON object")
        for key in ("id", "template", "bare", "level"):
            if not isinstance(rec.get(key), str):
                raise DataError(f"{where}: {key!r} is required and must be a string")
        if rec["id"] in seen:
            raise DataError(f"{where}: duplicate role id {rec['id']!r}")
        if rec["level"] not in ROLE_LEVELS:
            raise DataError(f"{where}: level {rec['level']!r} must be one of {', '.join(ROLE_LEVELS)}")
        if rec["level"] != "none" and "{J}" not in rec["template"]:
            raise DataError(f"{where}: template of a role with a level must contain {{J}}")
        unknown = set(rec) - {"id", "nouns", "adjectives", "plural", "level", "template", "bare", "title", "generic",
                              "names", "race_adjectives", "capitalised_race_adjectives", "election_race_adjectives",
                              "object_race_adjectives", "anaphors", "note", "titles", "member",
                              "contested", "appointed", "org_types", "org_heads", "connectors", "race", "seats",
                              "seat_before", "seat_after", "article", "body_after", "indirect", "generic_bodies",
                              "election_body_after", "generic_chambers", "race_chambers", "named_chambers",
                              "represent_after", "represent_words",
                              "nominations", "nomination_countries", "nomination_stops", "state_role", "state_before", "absent_in", "present_in",
                              "chamber", "chamber_template", "chamber_first", "listed_after", "common_forms",
                              "common_after", "placed_forms", "league_forms", "ticket_of",
                              "ticket_nouns", "story_place", "surname", "destination_before", "destination_org_types",
                              "destination_names", "story_bodies", "abroad_before", "party_tags", "anaphor_nouns",
                              "name_forms", "country_role", "country_titled", "state_titled", "bounded_forms",
                              "names_only",
                              "race_anaphor_nouns", "min_name_words", "not_before", "not_after", "portfolio_place",
                              "council_role", "electing_body", "elected_nouns", "owner_offices"}
        if unknown:
            raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
        seen.add(rec["id"])
        roles.append(Role(
            id=rec["id"],
            nouns=_phrases(rec.get("nouns", []), where, "nouns"),
            adjectives=_phrases(rec.get("adjectives", []), where, "adjectives"),
            plural=_phrases(rec.get("plural", []), where, "plural"),
            level=rec["level"],
            template=rec["template"],
            bare=rec["bare"],
            title=bool(rec.get("title", True)),
            generic=bool(rec.get("generic", False)),
            names=_names(rec.get("names", {}), where),
            race_adjectives=_phrases(rec.get("race_adjectives", []), where, "race_adjectives"),
            capitalised_race_adjectives=_phrases(rec.get("capitalised_race_adjectives", []), where,
                                                 "capitalised_race_adjectives"),
            election_race_adjectives=_phrases(rec.get("election_race_adjectives", []), where,
                                              "election_race_adjectives"),
            object_race_adjectives=_phrases(rec.get("object_race_adjectives", []), where, "object_race_adjectives"),
            anaphors=_phrases(rec.get("anaphors", []), where, "anaphors"),
            electing_body=bool(rec.get("electing_body", False)),
            elected_nouns=_phrases(rec.get("elected_nouns", []), where, "elected_nouns"),
            titles=bool(rec.get("titles", False)),
            contested=bool(rec.get("contested", False)),
            appointed=bool(rec.get("appointed", False)),
            indirect=bool(rec.get("indirect", False)),
            member=bool(rec.get("member", False)),
            generic_bodies=_phrases(rec.get("generic_bodies", []), where, "generic_bodies"),
            org_types=_phrases(rec.get("org_types", []), where, "org_types"),
            org_heads=_phrases(rec.get("org_heads", []), where, "org_heads"),
            connectors=_phrases(rec.get("connectors", ["of"]), where, "connectors"),
            race=bool(rec.get("race", False)),
            body_after=_phrases(rec.get("body_after", []), where, "body_after"),
            election_body_after=_phrases(rec.get("election_body_after", []), where, "election_body_after"),
            represent_after=_phrases(rec.get("represent_after", []), where, "represent_after"),
            represent_words=_phrases(rec.get("represent_words", []), where, "represent_words"),
            generic_chambers=tuple((word, tuple(kinds.split()))
                                   for word, kinds in _names(rec.get("generic_chambers", {}), where)),
            race_chambers=_phrases(rec.get("race_chambers", []), where, "race_chambers"),
            named_chambers=_phrases(rec.get("named_chambers", []), where, "named_chambers", keep_case=True),
            seats=_names(rec.get("seats", {}), where),
            seat_before=_phrases(rec.get("seat_before", []), where, "seat_before"),
            seat_after=_phrases(rec.get("seat_after", []), where, "seat_after"),
            nominations=_phrases(rec.get("nominations", []), where, "nominations"),
            nomination_countries=_phrases(rec.get("nomination_countries", []), where, "nomination_countries",
                                          keep_case=True),
            nomination_stops=_phrases(rec.get("nomination_stops", []), where, "nomination_stops"),
            article=_choices(where, {"article": rec.get("article", "always")}, "article", ROLE_ARTICLES)[0],
            state_role=rec.get("state_role"),
            state_before=_phrases(rec.get("state_before", []), where, "state_before", keep_case=True),
            country_role=rec.get("country_role"),
            council_role=rec.get("council_role"),
            country_titled=_phrases(rec.get("country_titled", []), where, "country_titled", keep_case=True),
            state_titled=_phrases(rec.get("state_titled", []), where, "state_titled", keep_case=True),
            absent_in=_phrases(rec.get("absent_in", []), where, "absent_in", keep_case=True),
            present_in=_phrases(rec.get("present_in", []), where, "present_in", keep_case=True),
            chamber=rec.get("chamber"),
            chamber_template=rec.get("chamber_template", "Member of the {B}"),
            chamber_first=rec.get("chamber_first"),
            listed_after=_phrases(rec.get("listed_after", []), where, "listed_after"),
            common_forms=_phrases(rec.get("common_forms", []), where, "common_forms"),
            common_after=_phrases(rec.get("common_after", []), where, "common_after"),
            placed_forms=_phrases(rec.get("placed_forms", []), where, "placed_forms"),
            league_forms=_phrases(rec.get("league_forms", []), where, "league_forms"),
            ticket_of=rec.get("ticket_of"),
            ticket_nouns=_phrases(rec.get("ticket_nouns", []), where, "ticket_nouns"),
            story_place=_choices(where, {"story_place": rec.get("story_place", "any")}, "story_place",
                                 ROLE_STORY_PLACES)[0],
            surname=bool(rec.get("surname", False)),
            destination_before=_phrases(rec.get("destination_before", []), where, "destination_before"),
            destination_org_types=_phrases(rec.get("destination_org_types", []), where, "destination_org_types"),
            destination_names=_names(rec.get("destination_names", {}), where),
            story_bodies=_phrases(rec.get("story_bodies", []), where, "story_bodies"),
            abroad_before=_phrases(rec.get("abroad_before", []), where, "abroad_before"),
            party_tags=_party_tags(rec.get("party_tags", {}), where),
            anaphor_nouns=_phrases(rec.get("anaphor_nouns", []), where, "anaphor_nouns"),
            name_forms=_phrases(rec.get("name_forms", []), where, "name_forms", keep_case=True),
            bounded_forms=_phrases(rec.get("bounded_forms", []), where, "bounded_forms"),
            names_only=bool(rec.get("names_only", False)),
            race_anaphor_nouns=_phrases(rec.get("race_anaphor_nouns", []), where, "race_anaphor_nouns"),
            min_name_words=_count(rec.get("min_name_words", 0), where, "min_name_words"),
            not_before=_phrases(rec.get("not_before", []), where, "not_before"),
            not_after=_phrases(rec.get("not_after", []), where, "not_after"),
            portfolio_place=_choices(where, {"portfolio_place": rec.get("portfolio_place", "")}, "portfolio_place",
                                     ("", "country"))[0] or None,
            owner_offices=_owner_offices(rec.get("owner_offices", []), where),
        ))
        if (roles[-1].bounded_forms or roles[-1].names_only) and rec["level"] != "org" or \
                not set(roles[-1].bounded_forms) <= set(roles[-1].nouns) or (roles[-1].names_only and not roles[-1].names):
            raise DataError(f"{where}: 'bounded_forms' (nouns of the role) and 'names_only' (with 'names') are for "
                            f"roles of level 'org'")
        if roles[-1].electing_body and not roles[-1].org_types:
            raise DataError(f"{where}: 'electing_body' is for roles with 'org_types'")
        if roles[-1].elected_nouns and roles[-1].level != "country":
            raise DataError(f"{where}: 'elected_nouns' are for roles of level 'country' (a body's post: electing_body)")
        anaphor_nouns = roles[-1].anaphor_nouns + roles[-1].race_anaphor_nouns
        if not set(anaphor_nouns) <= set(roles[-1].nouns) or (
                (anaphor_nouns or roles[-1].name_forms) and not roles[-1].org_types):
            raise DataError(f"{where}: 'anaphor_nouns' must be nouns of the role (so must 'race_anaphor_nouns'); it "
                            f"and 'name_forms' are for roles with 'org_types'")
        if any(f.count("{W}") != 1 or f == "{W}" for f in roles[-1].name_forms):
            raise DataError(f"{where}: each of 'name_forms' holds {{W}} once, with more than it")
        if roles[-1].abroad_before and roles[-1].story_place not in ABROAD_STORY_PLACES:
            raise DataError(f"{where}: 'abroad_before' goes with story_place {' or '.join(ABROAD_STORY_PLACES)}")
        envoy = roles[-1]
        if bool(envoy.destination_before) != ("{D}" in rec["template"]) or (
                (envoy.destination_org_types or envoy.destination_names) and not envoy.destination_before) or (
                envoy.destination_before and rec["level"] != "country"):
            raise DataError(f"{where}: 'destination_before' goes with {{D}} in the template, for roles of level "
                            f"'country'; 'destination_org_types' and 'destination_names' only with it")
        if (roles[-1].ticket_of is None) != (not roles[-1].ticket_nouns) or (
                roles[-1].ticket_of is not None and not isinstance(roles[-1].ticket_of, str)):
            raise DataError(f"{where}: 'ticket_of' (a role id) and 'ticket_nouns' go together")
        if roles[-1].ticket_of is not None:
            tickets.append((where, roles[-1].ticket_of, rec["level"]))
        if not set(roles[-1].common_forms) <= set(roles[-1].nouns + roles[-1].plural) or (
                roles[-1].common_after and not roles[-1].common_forms):
            raise DataError(f"{where}: 'common_forms' must be nouns or plurals of the role; 'common_after' goes with them")
        if not set(roles[-1].capitalised_race_adjectives) <= set(roles[-1].race_adjectives):
            raise DataError(f"{where}: 'capitalised_race_adjectives' must be race_adjectives of the role")
        if not set(roles[-1].election_race_adjectives) <= set(roles[-1].race_adjectives):
            raise DataError(f"{where}: 'election_race_adjectives' must be race_adjectives of the role")
        if not set(roles[-1].object_race_adjectives) <= set(roles[-1].race_adjectives):
            raise DataError(f"{where}: 'object_race_adjectives' must be race_adjectives of the role")
        if not set(roles[-1].placed_forms) <= set(roles[-1].nouns + roles[-1].plural):
            raise DataError(f"{where}: 'placed_forms' must be nouns or plurals of the role")
        if not set(roles[-1].league_forms) <= set(roles[-1].nouns + roles[-1].plural) or any(
                " " in f for f in roles[-1].league_forms):
            raise DataError(f"{where}: 'league_forms' must be one-word nouns or plurals of the role")
        if "chamber" in rec and (rec["level"] != "country" or rec["chamber"] not in CHAMBER_KINDS):
            raise DataError(f"{where}: 'chamber' is for roles of level 'country' and must be one of "
                            f"{', '.join(CHAMBER_KINDS)}")
        if "chamber_first" in rec and ("chamber" not in rec or rec["chamber_first"] not in CHAMBER_KINDS
                                       or rec["chamber_first"] == rec["chamber"]):
            raise DataError(f"{where}: 'chamber_first' goes with a 'chamber' and must be another of "
                            f"{', '.join(CHAMBER_KINDS)}")
        if roles[-1].listed_after and not set(roles[-1].placed_forms) & set(roles[-1].plural):
            raise DataError(f"{where}: 'listed_after' goes with a plural among 'placed_forms'")
        if not isinstance(roles[-1].chamber_template, str) or "{B}" not in roles[-1].chamber_template:
            raise DataError(f"{where}: 'chamber_template' must be a string with {{B}} for the chamber's name")
        if _member_named(roles[-1]) != roles[-1].member:
            raise DataError(f"{where}: 'member' (a seat in a body) goes with offices named {MEMBER_PREFIX!r}...: its "
                            f"template, names, seats and chamber_template (if it has a chamber) all, and no other "
                            f"role's template")
        if roles[-1].state_role is not None and (rec["level"] != "country" or not isinstance(rec["state_role"], str)):
            raise DataError(f"{where}: 'state_role' (a role id) is for roles of level 'country'")
        if roles[-1].state_role is not None:
            state_roles.append((where, roles[-1].state_role))
        if roles[-1].state_before and roles[-1].state_role is None:
            raise DataError(f"{where}: 'state_before' (country names) goes with a 'state_role'")
        if roles[-1].country_role is not None and (rec["level"] != "state" or not isinstance(rec["country_role"], str)):
            raise DataError(f"{where}: 'country_role' (a role id) is for roles of level 'state'")
        if roles[-1].country_titled and rec["level"] not in ("state", "city"):
            raise DataError(f"{where}: 'country_titled' (country names) is for roles of level 'state' or 'city'")
        if roles[-1].state_titled and (rec["level"] != "country" or roles[-1].present_in
                                       and not set(roles[-1].state_titled) <= set(roles[-1].present_in)):
            raise DataError(f"{where}: 'state_titled' (country names) is for roles of level 'country', and only "
                            f"of countries of its 'present_in'")
        if roles[-1].country_role is not None:
            country_roles.append((where, roles[-1].country_role))
        if roles[-1].council_role is not None and (not isinstance(rec["council_role"], str) or not (
                rec["level"] == "country" or rec["level"] == "city" and rec["council_role"] == rec["id"])):
            raise DataError(f"{where}: 'council_role' (a role id) is for roles of level 'country', or a city "
                            f"role's own")
        if roles[-1].council_role is not None:
            council_roles.append((where, roles[-1].council_role))
        if bool(roles[-1].nominations) != bool(roles[-1].nomination_countries) or any(
                " " in n for n in roles[-1].nominations + roles[-1].nomination_stops) or (
                roles[-1].nomination_stops and not roles[-1].nominations):
            raise DataError(f"{where}: 'nominations' (single words) and 'nomination_countries' (country names) "
                            f"go together; 'nomination_stops' (single words) only with them")
        # a state's body's seats name the state ({J}: "Member of the {J} Legislative Assembly"), a nation's the seat
        slot = {"country": "{S}", "state": "{J}"}.get(rec["level"])
        if roles[-1].seats and (slot is None or not all(slot in t for _, t in roles[-1].seats)):
            raise DataError(f"{where}: 'seats' are for roles of level 'country', each name with {{S}} for the seat, "
                            f"or of level 'state', each with {{J}} for the seat's state")
        if (roles[-1].org_types or roles[-1].org_heads or roles[-1].race or "connectors" in rec or "article" in rec
                or roles[-1].body_after or roles[-1].generic_bodies or roles[-1].election_body_after
                or roles[-1].generic_chambers or roles[-1].represent_after) and rec["level"] != "org":
            raise DataError(f"{where}: org_types, org_heads, connectors, race, article, body_after, election_body_after, "
                            f"generic_bodies, generic_chambers and represent_after are for roles of level 'org'")
        if bool(roles[-1].represent_after) != bool(roles[-1].represent_words):
            raise DataError(f"{where}: 'represent_after' and 'represent_words' go together")
        if any(not kinds or set(kinds) - set(CHAMBER_KINDS) for _, kinds in roles[-1].generic_chambers):
            raise DataError(f"{where}: 'generic_chambers' maps a word to chamber kinds among {', '.join(CHAMBER_KINDS)}")
        if not set(roles[-1].race_chambers) <= {w for w, _ in roles[-1].generic_chambers if w.islower()}:
            raise DataError(f"{where}: 'race_chambers' must be lower-case words of the role's 'generic_chambers'")
        if not set(roles[-1].named_chambers) <= {w for w, _ in roles[-1].generic_chambers}:
            raise DataError(f"{where}: 'named_chambers' must be words of the role's 'generic_chambers'")
    levels = {r.id: r.level for r in roles}
    for where, head, level in tickets:
        if levels.get(head) != level:
            raise DataError(f"{where}: 'ticket_of' {head!r} must name a role of the same level")
    for where, state_role in state_roles:
        if levels.get(state_role) != "state":
            raise DataError(f"{where}: 'state_role' {state_role!r} must name a role of level 'state'")
    for where, country_role in country_roles:
        if levels.get(country_role) != "country":
            raise DataError(f"{where}: 'country_role' {country_role!r} must name a role of level 'country'")
    for where, council_role in council_roles:
        if levels.get(council_role) != "city":
            raise DataError(f"{where}: 'council_role' {council_role!r} must name a role of level 'city'")
    return roles


def load_legislatures(path: Path, kb: KnowledgeBase) -> dict[str, dict[str, str]]:
    """``legislatures.jsonl``: {country: {chamber kind: the chamber's name}}, one line per country listing
    every national chamber of the kinds of :data:`CHAMBER_KINDS` it has; a line of only ``note`` is a comment.
    The country must be a country of the knowledge base, named as it names it."""
    countries = {e.name for e in kb.entities.values() if e.label == "GPE" and e.type == "country"}
    out: dict[str, dict[str, str]] = {}
    for where, rec in read_jsonl(path):
        if isinstance(rec, dict) and set(rec) == {"note"}:
            continue
        if not isinstance(rec, dict) or set(rec) - {"country", "bodies", "note"} or not isinstance(rec.get("bodies"), dict):
            raise DataError(f"{where}: a legislature record is {{\"country\", \"bodies\": {{kind: name}}, \"note\"}}")
        country = rec.get("country")
        if country not in countries:
            raise DataError(f"{where}: country {country!r} is not a country of the knowledge base")
        if country in out:
            raise DataError(f"{where}: duplicate country {country!r}")
        for kind, name in rec["bodies"].items():
            if kind not in CHAMBER_KINDS:
                raise DataError(f"{where}: chamber kind {kind!r} must be one of {', '.join(CHAMBER_KINDS)}")
            if not isinstance(name, str) or not name.strip():
                raise DataError(f"{where}: the name of the {kind} must be a non-empty string")
        out[country] = dict(rec["bodies"])
    return out


def load_regional_legislatures(path: Path, kb: KnowledgeBase) -> dict[str, str]:
    """``regional_legislatures.jsonl``: {place: its legislature's name}, one line per region, state or province (a
    knowledge-base GPE that is no country, named as the KB names it); a line of only ``note`` is a comment."""
    places = {e.name for e in kb.entities.values() if e.label == "GPE" and e.type != "country"}
    out: dict[str, str] = {}
    for where, rec in read_jsonl(path):
        if isinstance(rec, dict) and set(rec) == {"note"}:
            continue
        if not isinstance(rec, dict) or set(rec) - {"place", "legislature", "note"} \
                or not isinstance(rec.get("legislature"), str) or not rec["legislature"].strip():
            raise DataError(f"{where}: a regional legislature record is {{\"place\", \"legislature\", \"note\"}}")
        place = rec.get("place")
        if place not in places:
            raise DataError(f"{where}: place {place!r} is not a place of the knowledge base below a country")
        if place in out:
            raise DataError(f"{where}: duplicate place {place!r}")
        out[place] = rec["legislature"]
    return out


def with_legislatures(roles: list[Role], legislatures: dict[str, dict[str, str]]) -> list[Role]:
    """Roles of a ``chamber`` named after each listed country's chamber of that kind ("Member of the United
    States Congress", "Member of the Knesset"), or of its ``chamber_first`` kind where the country has one, a
    role's own ``names`` winning; a listed country without one
    (where a country may lack it) joins ``absent_in``: the role never resolves to it."""
    out = []
    for role in roles:
        if role.chamber is None:
            out.append(role)
            continue
        own = dict(role.names)
        names = dict(own)
        absent = list(role.absent_in)
        for country, bodies in legislatures.items():
            body = bodies.get(role.chamber_first) or bodies.get(role.chamber)
            if body is not None:
                names.setdefault(country, role.chamber_template.replace("{B}", body))
            elif CHAMBER_KINDS[role.chamber] and country not in absent:
                absent.append(country)
        out.append(dataclasses.replace(role, names=tuple(sorted(names.items())), absent_in=tuple(absent)))
    return out


def parse_learned_role(rec: object, where: str, roles: dict[str, Role],
                       taken: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """One record of ``learned/roles.jsonl``: ``{"id", "role", "nouns", "taught_by"}``, more nouns for a
    hand-written role ("opposition leader" for ``role.opposition_leader``). Returns (role id, nouns). A noun
    that is already a form of any role is refused: an alias never moves a word from one role to another."""
    if not isinstance(rec, dict):
        raise DataError(f"{where}: a learned role must be a JSON object")
    unknown = set(rec) - {"id", "role", "nouns", "taught_by", "note"}
    if unknown:
        raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in ("id", "role"):
        if not isinstance(rec.get(key), str) or not rec[key]:
            raise DataError(f"{where}: {key!r} is required and must be a non-empty string")
    if rec["role"] not in roles:
        raise DataError(f"{where}: role {rec['role']!r} is not a role of lexicons/roles.jsonl")
    nouns = _phrases(rec.get("nouns"), where, "nouns")
    if not nouns:
        raise DataError(f"{where}: 'nouns' must be a list of non-empty strings (one at least)")
    for noun in nouns:
        if noun in taken:
            raise DataError(f"{where}: {noun!r} already names {taken[noun]}")
        taken[noun] = rec["role"]
    return rec["role"], nouns


def with_learned_roles(roles: list[Role], path: Path) -> list[Role]:
    """``roles`` with the nouns of ``learned/roles.jsonl`` added to theirs (absent file: unchanged)."""
    if not path.is_file():
        return roles
    by_id = {r.id: r for r in roles}
    taken = {form: r.id for r in roles for _, form in r.forms()}
    extra: dict[str, list[str]] = {}
    seen: set[str] = set()
    for where, rec in read_jsonl(path):
        role, nouns = parse_learned_role(rec, where, by_id, taken)
        if rec["id"] in seen:
            raise DataError(f"{where}: duplicate id {rec['id']!r}")
        seen.add(rec["id"])
        extra.setdefault(role, []).extend(nouns)
    return [dataclasses.replace(r, nouns=r.nouns + tuple(extra[r.id])) if r.id in extra else r for r in roles]


#: Parsed resources kept by :func:`_content_key` (a few: each holds a whole knowledge base).
CONTENT_CACHE_SIZE = 4
_BY_CONTENT: OrderedDict[str, Resources] = OrderedDict()


def _content_key(root: Path) -> str:
    """A hash of the names and bytes of every file :func:`_parse_resources` may read (``kb/``, ``lexicons/``)."""
    h = hashlib.sha256()
    paths = [p for folder in ("kb", "lexicons") for p in sorted((root / folder).rglob("*"))] + [root / LEARNED_ROLES]
    for path in paths:
        if path.is_file():
            h.update(f"{path.relative_to(root).as_posix()}\0{path.stat().st_size}\0".encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@functools.lru_cache(maxsize=8)
def load_resources(models_dir: str | Path) -> Resources:
    """Load every data file of a models folder; errors name the file and line.

    Files with the same bytes as a folder loaded before give that folder's parsed data (nothing in it
    is changed after loading); a load that fails is never kept, so its error names this folder's file."""
    root = Path(models_dir).resolve()
    key = _content_key(root)
    parsed = _BY_CONTENT.get(key)
    if parsed is None:
        parsed = _parse_resources(root)
        _BY_CONTENT[key] = parsed
        while len(_BY_CONTENT) > CONTENT_CACHE_SIZE:
            _BY_CONTENT.popitem(last=False)
    else:
        _BY_CONTENT.move_to_end(key)
    return dataclasses.replace(parsed, root=root)


def _parse_resources(root: Path) -> Resources:
    lex = root / "lexicons"
    kb_files = sorted((root / "kb").glob("*.jsonl"))
    if not kb_files:
        raise DataError(f"{root / 'kb'}: no knowledge-base files (*.jsonl)")
    for required in ("roles.jsonl", "first_names.tsv", "non_names.tsv", "outlets.tsv", "person_cues.tsv",
                     "org_heads.tsv", "particles.tsv", "definite_places.tsv", "org_modifiers.tsv",
                     "place_heads.tsv", "qualifiers.tsv", "race_nouns.tsv", "phrase_breaks.tsv", "place_anaphors.tsv",
                     "stance_prefixes.tsv", "stance_suffixes.tsv", "name_suffixes.tsv", "place_openers.tsv",
                     "place_closers.tsv",
                     "office_words.tsv", "org_apposition_next.tsv", "city_compounds.tsv",
                     "market_cues.tsv", "state_cues.tsv"):
        if not (lex / required).is_file():
            raise DataError(f"{lex / required}: missing lexicon")
    first = read_tsv(lex / "first_names.tsv", ("name",))
    particles = frozenset(r["word"] for _, r in read_tsv(lex / "particles.tsv", ("word",)))
    phrase_breaks = load_phrase_breaks(lex / "phrase_breaks.tsv")
    if clash := sorted(phrase_breaks["name"] & particles):
        raise DataError(f"{lex / 'phrase_breaks.tsv'}: {clash} end a name ('name') but stand inside names "
                        "(particles.tsv)")
    non_names = read_tsv(lex / "non_names.tsv", ("text", "category"))
    outlet_rows = read_tsv(lex / "outlets.tsv", ("name",))
    org_mods = read_tsv(lex / "org_modifiers.tsv", ("word", "role"))
    place_heads = load_place_heads(lex / "place_heads.tsv")
    for where, row in org_mods:
        if row.get("role") not in ORG_MODIFIER_ROLES:
            raise DataError(f"{where}: role must be one of {', '.join(ORG_MODIFIER_ROLES)}, got {row.get('role')!r}")
    transliterations = []
    if (lex / "transliteration.tsv").is_file():  # optional: an older copy of models/ has none
        for where, row in read_tsv(lex / "transliteration.tsv", ("variant", "form", "position")):
            if row.get("position") not in ("start", "end") or not row.get("form"):
                raise DataError(f"{where}: needs a form and position 'start' or 'end'")
            transliterations.append((row["variant"].lower(), row["form"].lower(), row["position"]))
    org_heads = read_tsv(lex / "org_heads.tsv", ("word",))
    for where, row in org_heads:
        if any(row.get(col, "") not in ("", "1")
               for col in ("after_name", "institution", "after_person", "after_place", "after_comma", "before_name",
                           "after_role", "before_on", "runs_on", "before_in")):
            raise DataError(f"{where}: after_name, institution, after_person, after_place, after_comma, before_name, "
                            "after_role, before_on, runs_on and before_in must be 1 or empty")
    cues = read_tsv(lex / "person_cues.tsv", ("cue", "position"))
    for where, row in cues:
        if row.get("position") not in CUE_POSITIONS:
            raise DataError(f"{where}: position must be one of {', '.join(CUE_POSITIONS)}, got {row.get('position')!r}")
    qualifiers, qualifier_values = load_qualifiers(lex / "qualifiers.tsv")
    kb = load_kb(kb_files)
    party_country_names, party_common_words = load_party_country_names(lex / "party_short_names.tsv", kb)
    unambiguous_first = frozenset(r["name"] for _, r in first if r.get("ambiguous") != "1")
    roles = load_roles(lex / "roles.jsonl")
    legislatures: dict[str, dict[str, str]] = {}
    if (lex / "legislatures.jsonl").is_file():  # optional: an older copy of models/ has none
        legislatures = load_legislatures(lex / "legislatures.jsonl", kb)
        roles = with_legislatures(roles, legislatures)
    regional_legislatures: dict[str, str] = {}
    if (lex / "regional_legislatures.jsonl").is_file():  # optional: an older copy of models/ has none
        regional_legislatures = load_regional_legislatures(lex / "regional_legislatures.jsonl", kb)
    return Resources(
        root=root,
        kb=kb,
        roles=with_learned_roles(roles, root / LEARNED_ROLES),
        first_names=frozenset(r["name"] for _, r in first),
        ambiguous_first_names=frozenset(r["name"] for _, r in first if r.get("ambiguous") == "1"),
        first_name_genders={r["name"]: r["gender"] for _, r in first if r.get("gender") in ("m", "f")},
        common_ambiguous_first_names=frozenset(
            r["name"] for _, r in first
            if r.get("ambiguous") == "1" and int(r.get("frequency") or 0) >= AMBIGUOUS_NAME_MIN_FREQUENCY),
        non_names=frozenset(word_key(r["text"]) for _, r in non_names),
        non_name_titles=frozenset(word_key(r["text"]) for _, r in non_names if r.get("category") == "title"),
        non_name_others=frozenset(word_key(r["text"]) for _, r in non_names if r.get("category") == "other"),
        period_abbreviations=frozenset(
            word_key(r["text"]) for _, r in non_names
            if r["text"].endswith(".") and r.get("category") in PERIOD_ABBREVIATION_CATEGORIES
            and r["text"][:-1] in unambiguous_first)
        - frozenset(word_key(r["text"]) for _, r in non_names if not r["text"].endswith(".")),
        directions=frozenset(word_key(r["text"]) for _, r in non_names if r.get("category") == "direction"),
        outlets=tuple(sorted(r["name"] for _, r in outlet_rows)),
        outlet_countries={r["name"]: (r["country"], where) for where, r in outlet_rows if r.get("country")},
        person_cues_before=frozenset(r["cue"].lower() for _, r in cues if r["position"] in ("before", "verb_before")),
        person_cue_verbs=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "verb_before"),
        person_cues_after=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "after"),
        election_verbs=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "election_verb"),
        owned_nouns=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "owned_after"),
        kin_nouns=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "kin_after"),
        office_participles=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "participle_office"),
        rank_cues=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "rank_before"),
        thing_cues_before=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "thing_before"),
        thing_heads=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "thing_head"),
        thing_head_modifiers=frozenset(r["cue"].lower() for _, r in cues if r["position"] == "thing_head_modifier"),
        org_heads=frozenset(r["word"].lower() for _, r in org_heads),
        party_short_names=load_party_short_names(lex / "party_short_names.tsv"),
        party_country_names=party_country_names,
        party_common_words=party_common_words,
        provincial_party_countries=load_provincial_party_countries(lex / "provincial_party_countries.tsv", kb),
        org_heads_lower=frozenset(r["word"].lower() for _, r in org_heads if r.get("after_name") == "1"),
        institution_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("institution") == "1"),
        title_owner_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("owns_title") == "1"),
        eponymous_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("after_person") == "1"),
        place_bound_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("after_place") == "1"),
        comma_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("after_comma") == "1"),
        topic_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("before_on") == "1"),
        heads_before_name=frozenset(r["word"].lower() for _, r in org_heads if r.get("before_name") == "1"),
        heads_after_role=frozenset(r["word"].lower() for _, r in org_heads if r.get("after_role") == "1"),
        modifier_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("runs_on") == "1"),
        placed_heads=frozenset(r["word"].lower() for _, r in org_heads if r.get("before_in") == "1"),
        head_words_before={r["word"].lower(): frozenset(r["after_words"].split()) for _, r in org_heads
                           if r.get("after_words", "").strip()},
        place_heads=place_heads[0],
        place_head_levels=place_heads[1],
        place_head_flags=load_place_head_flags(lex / "place_heads.tsv"),
        particles=particles,
        org_possessives=frozenset(r["word"] for _, r in org_mods if r.get("role") == "possessive"),
        org_leading=frozenset(r["word"] for _, r in org_mods if r.get("role") == "leading"),
        institution_words=frozenset(r["word"] for _, r in org_mods if r.get("role") == "institution"),
        transliterations=tuple(transliterations),
        legislatures=legislatures,
        regional_legislatures=regional_legislatures,
        qualifiers=qualifiers,
        qualifier_values=qualifier_values,
        race_nouns=load_race_nouns(lex / "race_nouns.tsv"),
        phrase_breaks=phrase_breaks,
        office_words=load_office_words(lex / "office_words.tsv"),
        place_anaphors=load_place_anaphors(lex / "place_anaphors.tsv"),
        stance_prefixes=load_words(lex / "stance_prefixes.tsv"),
        stance_suffixes=load_words(lex / "stance_suffixes.tsv"),
        org_apposition_next=load_lower_words(lex / "org_apposition_next.tsv"),
        city_compounds=load_lower_words(lex / "city_compounds.tsv"),
        market_cues=load_lower_words(lex / "market_cues.tsv"),
        state_cues=load_lower_words(lex / "state_cues.tsv"),
        headline_verbs=_optional_words(lex / "headline_verbs.tsv"),
        headline_words=load_headline_words(lex / "headline_words.tsv"),
        counterpart_nouns=_optional_words(lex / "counterpart_nouns.tsv"),
        name_trailers=load_lower_words(lex / "name_trailers.tsv") if (lex / "name_trailers.tsv").is_file()
        else frozenset(),
        name_suffixes=load_words(lex / "name_suffixes.tsv"),
        outlet_heads=frozenset(w.lower() for w in _optional_words(lex / "outlet_heads.tsv")),
        company_titles=load_company_titles(lex / "company_titles.tsv"),
        org_cues=load_org_cues(lex / "org_cues.tsv"),
        **load_treaty_heads(lex / "treaty_heads.tsv"),
        event_heads=load_event_heads(lex / "event_heads.tsv"),
        **load_org_nouns(lex / "org_nouns.tsv"),
        definite_places=frozenset(r["word"].lower() for _, r in read_tsv(lex / "definite_places.tsv", ("word",))),
        place_openers=frozenset(r["word"] for _, r in read_tsv(lex / "place_openers.tsv", ("word",))),
        place_closers=frozenset(r["word"] for _, r in read_tsv(lex / "place_closers.tsv", ("word",))),
    )
