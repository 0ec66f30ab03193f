"""People, places and organisations: knowledge base, ruler patterns and name shapes.

Three sources, in order of trust:

1. the knowledge base (``models/kb``): every name and alias, matched on exact
   spelling;
2. the span ruler patterns (``models/patterns/*.jsonl``), each with an id;
3. capitalised runs ("name shapes") that the genre's cues make a person:
   a first name from the gazetteer, a title or role right before ("challenger
   X", "Councilwoman X"), a verb right after ("X wins"), or a surname of a
   person already found in the document; an acronym in parentheses after an
   organisation's or place's full name names it in the rest of the document.

Outlet citations ("(Reuters) (BBC News)") and whatever the parentheses that end
a paragraph after its last sentence cite ("... wins. (The Ruritanian Council)"), months, weekdays and capitalised
common words never become names (``models/lexicons``).
"""
from __future__ import annotations

import functools
import re
from itertools import chain, compress, count
from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..kb import PARTY_TYPE, Entity, fold, word_key
from ..extensions import get_span_value, plain_span_extensions, set_span_value
from ..resources import NOT_A_PARTY, Resources, load_resources
from .common import (ARTICLES, CONTEXT_PLACES, HYPHENS, INSTITUTION_APPOSITION_RULE, KIN_GIVEN_RULE, MEMBER_OF,
                     SHARED_SURNAME_RULE,
                     MIN_ACRONYM_CAPITALS, NATIONAL_PARTY_RULE, is_acronym,
                     PERSON_CANDIDATES, PLURAL_POSSESSIVES, POSSESSIVE_ENDINGS, SHORT_PARTY_RULE, PatternGate,
                     add_mentions, family_name_first, phrase_end, MAX_HONORIFICS, default_models_dir,
                     honorific_opening, load_patterns, lone_surname_person, role_matcher, story_places,
                     sentence_index, span_text, surname_at, token_lowers, token_texts)
from .dates import CUES_FILE, load_cues

#: The tokens of an age after its number, "41-year-old", in an apposition's descriptor ("X, a 41-year-old lawyer,").
_AGE_WORDS = ("-", "year", "-", "old")
#: A capitalised run needs this many tokens to be a person on a verb cue alone.
MIN_TOKENS_VERB_CUE = 2
#: Tokens a run needs after a cue's "for"/"of" to hold the cue's one-word field and a name of two words ("Laureate for
#: Literature Wole Adeyemi")
MIN_FIELD_CUE_NAME = 3
#: Words between a person's cue and its field ("laureate for literature", "professor of economics").
_FIELD_JOINERS = frozenset({"for", "of", "in"})
#: Modifier words between the article and the noun of an organisation's apposition ("X, a United States retail chain").
MAX_APPOSITION_MODIFIERS = 4
#: Modifier words between the article and a party's name before its lower-case head ("the newly formed X party").
MAX_PARTY_MODIFIERS = 3
#: Most words of a possessive name opening an apposition ("X, Zembla City's largest transport company").
MAX_APPOSITION_POSSESSOR_TOKENS = 3
#: Tokens that may end an organisation's apposition after its noun ("X, a retail chain, ...").
_APPOSITION_END = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?"})
#: Most compass words that close a district's name after a city's ("Cork South Central"; place_closers.tsv).
MAX_PLACE_CLOSERS = 2
#: Longest source citation in parentheses read as one ("(Associated Press via Yahoo! News)").
MAX_CITATION_TOKENS = 12
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’", "'"})
#: The longest acronym that opens a company's name before its capitalised words ("LG Electronics", "GOME Electrical
#: Appliances"); longer capitals are a dateline's or a shouted headline's.
MAX_COMPANY_ACRONYM_CHARS = 4
#: Shortest word in capitals read as a dateline's place ("ROME"; not "UN").
MIN_DATELINE_CHARS = 3
#: Most tokens of a dateline's place ("PORT-AU-PRINCE": five).
MAX_DATELINE_TOKENS = 5
#: What follows a dateline's place: "BAGHDAD (Reuters) -", "KABUL, Afghanistan", "JERUSALEM --", "BANGKOK :".
_DATELINE_AFTER = frozenset({",", "(", "-", "--", "—", "–", ":"})
#: Dashes between a wire's credit and its dateline ("Canadian Press - OTTAWA (CP) -").
_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
#: Most words of a wire's credit that opens a line before the dateline ("Canadian Press", "AFP").
MAX_CREDIT_TOKENS = 3
#: Most tokens of the known place after a dateline's unknown one ("ZNAMENSKOYE, Russia", "FORT PIERCE, Fla.").
MAX_DATELINE_REGION_TOKENS = 3
#: KB types of that known place: a city after a comma is a second dateline's place, not the first's country.
_DATELINE_REGION_TYPES = frozenset({"country", "state", "region"})
#: The KB types of a place below a country: a body every country has, named after one, is the place's own ("the Lagos
#: State House of Assembly"), no country's.
_SUBNATIONAL_TYPES = frozenset({"state", "county"})
#: Most tokens of a cue after a name ("has been re-elected": has, been, re, -, elected).
MAX_CUE_TOKENS = 5
#: Most tokens of a headline's participle before an office ("re-elected": re, -, elected).
MAX_PARTICIPLE_TOKENS = 3
#: An adverb of manner a verb cue after a name may hold, right after the name or after its auxiliary ("X narrowly
#: wins", "X is officially elected"): a lower-case word of at least this many letters ending in "ly" ...
MIN_CUE_ADVERB_LETTERS = 5
#: ... that is none of these nouns and adjectives ("X ally wins" names the ally, no adverb)
#: A day of the month as written after its month: "14", "3rd", "14-15" (the tokenizer keeps a range in one token).
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[-–](?:[1-9]|[12]\d|3[01]))?$")
#: Articles before a capitalised run: no person's name listed beside another ("at the Velmar Bar, Ana Ruiz").
_LIST_NO_PERSON_BEFORE = frozenset({"the", "a", "an"})
NOT_CUE_ADVERBS = frozenset({"ally", "rally", "family", "assembly", "supply", "daily", "weekly", "monthly", "yearly",
                             "early", "only", "holy", "likely", "unlikely", "friendly", "elderly", "lonely", "costly"})
#: The auxiliaries after which such an adverb may stand ("is narrowly elected"; "has been" reads as "has" "been").
CUE_AUXILIARIES = frozenset({"is", "was", "has", "had", "been"})
#: Longest title of several words read before a name ("Leader of the Opposition").
MAX_TITLE_TOKENS = 4
#: the shortest surname after initials that makes them a person's ("R. V. Rao"; "J. Fox" too short to tell)
MIN_INITIALLED_SURNAME = 3
#: Longest run of name tokens considered one name.
MAX_NAME_TOKENS = 6
#: Most middle names between a first name and a city read as the person's surname ("Domingos Simões Pereira").
MAX_MIDDLE_NAMES = 1
#: Longest parenthesis read as a source citation ("(AP via Zembla Chronicle)") when it ends in an outlet head.
MAX_OUTLET_CITATION_TOKENS = 8
#: The KB type of a company (models/kb/companies.jsonl).
COMPANY_TYPE = "company"
#: The KB's clash of a company whose name holds a place's name (companies.jsonl ``clashes``: "Banco Santander").
PLACE_CLASH = "place"
#: KB types of a body whose name opens the name of its unit written right after it ("the White House Coronavirus Task
#: Force", "the U.S. Senate Budget Committee"); a party's or company's name before an organisation's is left apart.
UNIT_PARENT_TYPES = frozenset({"legislature", "executive", "international_organisation", "government_body",
                               "armed_group"})
#: KB types of a body whose organ is named "of (the)" it: "the Central Committee of the Communist Party of Vietnam",
#: "the Agriculture Committee of the U.S. House of Representatives". A party owns no unit named before it ("the EU
#: Velmar Party" is the party's), but one after "of"; a building's executive ("the Oval Office of the White House")
#: names a room.
UNIT_OWNER_TYPES = frozenset({"legislature", "international_organisation", "government_body", "armed_group",
                              PARTY_TYPE})
_ORG_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "de", "del", "des", "la", "el", "du"})
#: Words that join a longer name around a capitalised run ("Church of Jesus Christ of ..."), unlike "and" or ",".
_NAME_INSIDE = frozenset({"of", "for", "the", "de", "del", "des", "la", "el", "du"})
#: possessive determiners before a party's name written with its head in lower case: "his Velmar coalition"
_POSSESSIVE_DET = frozenset({"his", "her", "their", "its", "our"})
#: The org_cues.tsv positions whose cues :meth:`EntityRecognizer._cued_orgs` reads a name around (``cue_at``); the
#: others (``not_last``, ``not_after``, ``not_before``) only stop a reading.
_OPENING_CUE_POSITIONS = ("after_comma", "after_noun", "after_person", "before_name", "before_person", "before_plural")
#: the longest acronym a member's noun after it names as an organisation ("ZPK leader X"; "YORK" of a dateline is longer
#: than most)
MAX_CUED_ACRONYM = 6
#: endings of adjectives of peoples, faiths and creeds ("Kurdish", "Islamic", "Shiite", "Socialist"): no party's name
#: of one word before its head ("the main Kurdish alliance")
_ADJECTIVE_ENDINGS = ("ish", "ic", "ian", "ean", "ese", "ist", "ite", "ern", "al")
#: words between a party's name and a place inside it: "the Unity for Zembla coalition", "Change for Zembla"
_PLACE_INSIDE_JOINERS = frozenset({"for", "of", "and"})
#: Most capitalised words of a place's name or demonym looked through before an apposition's office ("X, the
#: South African minister of ...").
MAX_APPOSITION_PLACE_TOKENS = 3
#: Words inside a title that a capitalised run may follow ("Minister for Energy Anna Jones").
_TITLE_JOINERS = frozenset({"for", "of", "and", "&"})
#: The words after an event's or an award's head that name its category or its field, inside the name ("the Pulitzer
#: Prize for Public Service", "the Gulf Cup of Nations"): the name is the event's, not the body's its last word heads.
_EVENT_CATEGORY_JOINERS = frozenset({"for", "of"})
#: The title joiners that also join a list of names ("Ana Ruiz and Leung Chun-ying"): after a person's name, no title's.
_NAME_LIST_JOINERS = frozenset({"and", "&"})
#: Words between a title and its place, after which a capitalised run is the holder ("Governor of Texas X").
_TITLE_PLACE_JOINERS = frozenset({"of", "from"})
#: Tokens after a title in an apposition without an article ("X, Governor of Zembla, ..."), unlike a name.
_APPOSITION_TITLE_NEXT = frozenset({"of", "for", "from", ",", "."})
#: Oldest age read in an apposition set off by commas after a name ("Ana Ruiz, 54, is elected").
MAX_APPOSITION_AGE = 120
#: Nouns of a party's members and leaders after its short name ("Labor leader X", "National MPs"): with a verb form,
#: what makes a short name that is also an English word the party at a sentence's start.
_PARTY_MEMBER_NOUNS = frozenset({"leader", "leaders", "candidate", "candidates", "MP", "MPs", "member", "members",
                                 "senator", "senators", "government", "voters", "supporters", "chief", "president"})
#: Function words that are in the first-name gazetteer yet never start a name ("The Crown", "My Santorum").
_NOT_FIRST = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "its", "their", "this", "that", "these",
                        "those", "in", "on", "at", "of", "and", "or", "to", "for", "from", "with", "by", "as", "an",
                        "no", "so", "all", "any", "some", "one", "i", "we", "he", "she", "it", "they", "you"})
#: Function words that never end a name: a capitalised one after a name starts the next clause or
#: headline ("Elizabeth Quat In the New Territories ..."). Not those that are surnames too: "James To", "Wilson Or"
#: (inside a run, before another capital, phrase_breaks.tsv's ``name`` words still end a name: "Ruiz Or Petrov?").
_NEVER_LAST = frozenset({"in", "on", "at", "of", "the", "a", "an", "and", "for", "from", "with", "by",
                         "as", "after", "before", "over", "into"})
#: Tokens that may join listed names ("X, Y and Z", "X (and) Y"), and how many may stand between two.
#: Tokens after which a capitalised "The" may start a quotation or heading rather than a title.
_QUOTE_OR_OPEN = frozenset({'"', "“", "‘", "'", "(", "[", ":", "—", "–", "-"})
_COORD_SEPARATORS = frozenset({",", "and", "&", "(", ")"})
#: Quote marks around a nickname inside a name ('Ana "Nena" Ruiz').
_NICKNAME_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
COORD_GAP = 3
#: Most words of a name written after its lower-case head ("the separatist group Velmar Liberation Front").
MAX_NAMED_AFTER_TOKENS = 4
#: Most words of the last field of a ministry's list after "and" ("... Food and Rural Affairs").
MAX_LAST_FIELD_TOKENS = 2
#: Longest name of a place the KB does not know read before ", <place>" ("in Santa Ana Huista, Guatemala").
MAX_PLACE_TOKENS = 3
#: How many such places may stand between the first and the known place ("in Velmar, Kestrel, Zembla": one).
MAX_PLACE_CHAIN = 1
#: English endings of nouns that describe a person ("Goaltender", "Scientologist", "Ulsterman", "Resurgent"): a
#: capitalised word no list knows with one of them, before a name, describes the person; it is no given name.
_DESCRIPTOR_ENDINGS = ("er", "ers", "ist", "ists", "man", "men", "ian", "ians", "ent", "ents")
#: A short abbreviation's full stop inside a KB name ("St. Lucia", "Mt. Kenya"): British usage leaves it out, "St Lucia".
_ABBREVIATION_STOP = re.compile(r"\b([A-Z][a-z]{1,2})\.(?= )")
#: Words that join the words of a place's name ("Santo Domingo de los Tsáchilas", "Sistan and Baluchestan").
_PLACE_NAME_JOINERS = frozenset({"and", "&", "de", "del", "la", "las", "los", "y", "do", "da", "di", "of"})
#: A sentence is set in headline case when every lower-case word in it is a function word ("Senator Criticizes
#: Europe on Airbus Aid", not "At Camp David, President Bush met Blair") and it has this many capitalised words.
HEADLINE_MIN_WORDS = 3
#: Shortest capitalised word of a headline read as a common word where the story writes it in lower case.
MIN_HEADLINE_WORD_CHARS = 3
#: The word that opens a byline ("By Ana Block in Velmar."), a sentence in headline case that names its writer.
_BYLINE = "By"


_INNER_WORDS = "newsfacts.entities.inner_words"
_CAPITALISED = "newsfacts.entities.capitalised"
_HEADLINES = "newsfacts.entities.headlines"


def _inner_sentences(doc: Doc) -> dict[str, frozenset[int]]:
    """Per word written inside a sentence (not at its start), the numbers of those sentences; computed once per
    Doc, as a headline's every capitalised word asks it."""
    cached = doc.user_data.get(_INNER_WORDS)
    if cached is not None and cached[1] == len(doc):
        return cached[0]
    of, texts = sentence_index(doc)[1], token_texts(doc)
    seen: dict[str, set[int]] = {}
    for k in range(1, len(doc)):
        if of[k - 1] == of[k]:
            seen.setdefault(texts[k], set()).add(of[k])
    out = {w: frozenset(n) for w, n in seen.items()}
    doc.user_data[_INNER_WORDS] = (out, len(doc))
    return out


def _capitalised(doc: Doc) -> list[int]:
    """The positions of the tokens whose first character is a capital (``text[:1].isupper()``), found in one pass
    per Doc: the scans for a name's words (runs, surnames, the KB's surnames) read these alone."""
    cached = doc.user_data.get(_CAPITALISED)
    if cached is not None and cached[1] == len(doc):
        return cached[0]
    out = [k for k, word in enumerate(token_texts(doc)) if word[:1].isupper()]
    doc.user_data[_CAPITALISED] = (out, len(doc))
    return out


def _headline_case(doc: Doc, texts: list[str], start: int, end: int) -> bool:
    """Every content word of the sentence ``doc[start:end]`` is capitalised: a headline, where capitals mark no name.
    Read from the token texts (``Token.is_alpha`` is ``str.isalpha``), with a Token only for a lower-case word, to
    ask whether it is a stop word: the first that is not ends the scan of most sentences."""
    capitalised = 0
    for k in range(start, end):
        text = texts[k]
        if text.isalpha():
            if text[:1].isupper():
                capitalised += 1
            elif not doc[k].is_stop:
                return False
    return capitalised >= HEADLINE_MIN_WORDS


def _headline_sentences(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per sentence and per token, whether the sentence is set in headline case (:func:`_headline_case`); computed
    once per Doc, as every capitalised word of a run asks it."""
    cached = doc.user_data.get(_HEADLINES)
    if cached is not None and cached[2] == len(doc):
        return cached[0], cached[1]
    sents, of = sentence_index(doc)
    texts = token_texts(doc)
    by_sentence = [_headline_case(doc, texts, sent.start, sent.end) for sent in sents]
    by_token: list[bool] = []
    for sent, headline in zip(sents, by_sentence):  # the sentences split the Doc in order
        by_token.extend([headline] * (sent.end - sent.start))
    doc.user_data[_HEADLINES] = (by_sentence, by_token, len(doc))
    return by_sentence, by_token


def _headline_tokens(doc: Doc) -> list[bool]:
    """Per token, whether its sentence is set in headline case (:func:`_headline_sentences`)."""
    return _headline_sentences(doc)[1]


def _positions(texts: list[str], word: str, start: int = 0, end: int | None = None) -> list[int]:
    """The indexes ``k`` of ``texts[start:end]`` where ``texts[k] == word``, found by ``list.index`` (a scan in C: a
    Doc holds few commas or parentheses among ~10^2 tokens, and a comprehension reads every token in Python)."""
    out: list[int] = []
    end = len(texts) if end is None else end
    k = start - 1
    try:
        while True:
            k = texts.index(word, k + 1, end)
            out.append(k)
    except ValueError:
        return out


def _span_key(span: Span) -> tuple:
    """What ``Span.__eq__`` compares (besides the Doc), as a hashable key."""
    return span.start_char, span.end_char, span.label, span.kb_id, span.id



def _opening(texts: list[str], close: int, limit: int) -> int | None:
    """The "(" that opens the parenthesis closed by token ``close``, at most ``limit`` tokens before
    it with no other parenthesis between (one reading of a citation's extent for both citation rules;
    ``texts``: the token texts)."""
    for j in range(close - 1, max(-1, close - limit - 1), -1):
        if texts[j] in ("(", ")"):
            return j if texts[j] == "(" else None
    return None


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is an acronym of the name ``full`` (Schwartz & Hearst 2003, "A simple algorithm for
    identifying abbreviation definitions"): its letters occur in the name in order, matched from the end, and its
    first letter starts the name's first word ("Tokyo Electric Power Company": TEPCO; "Kenya African National
    Union": KANU, not ANU). A leading "the" is no part of the name, and a one-word name is abbreviated by no
    acronym: its letters spell too much ("Indianapolis (IL)": the International League, not the city)."""
    letters = [c.lower() for c in short if c.isalnum()]
    name = full.lower()
    if name.startswith("the "):
        name = name[4:]
    if " " not in name:
        return False
    k = len(name) - 1
    for n, c in enumerate(reversed(letters)):
        first = n == len(letters) - 1
        while k >= 0 and (name[k] != c or (first and k > 0)):
            k -= 1
        if k < 0:
            return False
        k -= 1
    return True


def _is_capitals(token: Token) -> bool:
    """An acronym written in capitals ("MAS", "PUV"): a name, though no name token of a person."""
    return len(token.text) >= MIN_ACRONYM_CAPITALS and token.text.isupper() and token.is_alpha


def _is_cap(token: Token) -> bool:
    return _cap_text(token.text)


@functools.lru_cache(maxsize=65536)
def _cap_text(text: str) -> bool:
    """A name token: capitalised, with a letter; acronyms (BBC, UN, NATO) are organisations, not names.

    Cached: the name scans ask it of every token of every Doc (~10^5 calls per 3,000 documents), of few distinct
    words."""
    if not text or not text[0].isupper() or not any(c.isalpha() for c in text):
        return False
    return not (len(text) > 1 and text.isupper() and "." not in text)


def _glued_after_name(doc: Doc, start: int) -> bool:
    """A capitalised word and a hyphen are written tight before ``start``: what starts there ends a longer name
    ("Jean-Paul Martin" holds no "Paul Martin" of the KB)."""
    return start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper()


def _covered(people: list[Span], taken: set[int]) -> set[int]:
    """The tokens of the taken mentions and of the people found so far: a one-word name stands outside them."""
    covered = set(taken)
    for p in people:
        covered.update(range(p.start, p.end))
    return covered


def _surname(span: Span, suffixes: frozenset[str] = frozenset()) -> str:
    """The last word of a name, when it is one capitalised token ("Smith"; not "Li-wen"), before a suffix of
    ``suffixes`` and its comma ("James P. Kennedy Jr.", "Ana Ruiz, Sr.": Kennedy, Ruiz); the first of a name written
    family name first ("Moon Jae-in": Moon; :func:`family_name_first`). Read from the Doc's strings (``span.text``
    builds a Token per word)."""
    doc = span.doc
    texts = token_texts(doc)
    if family_name_first(span_text(doc, span.start, span.end)):
        return texts[span.start]
    end = span.end
    while end - span.start > 2 and (texts[end - 1] in suffixes or texts[end - 1] == "," and end < span.end):
        end -= 1
    last = texts[end - 1]
    return last if last[:1].isupper() and span_text(doc, span.start, end).split()[-1] == last else ""


def _is_initial(token: Token) -> bool:
    return _initial_text(token.text)


def _initial_text(t: str) -> bool:
    """An initial ("J.")."""
    return len(t) == 2 and t[0].isupper() and t[1] == "."


#: The span extensions the stage sets, straight in the Doc's user data (:func:`..extensions.set_span_value`; the
#: stage sets ~5 per mention, and ``span._`` builds an Underscore on every use).
_WRITTEN_EXTENSIONS = ("rule", "kb_id", "entity")


@Language.factory(
    "newsfacts_entities",
    assigns=["doc.spans"],
    default_config={"models_dir": None},
)
def make_entities(nlp: Language, name: str, models_dir: str | None) -> "EntityRecognizer":
    return EntityRecognizer(nlp, name, load_resources(models_dir or default_models_dir()))


class EntityRecognizer:
    """Adds PERSON, GPE and ORG spans to ``doc.spans["mentions"]``."""

    def __init__(self, nlp: Language, name: str, res: Resources):
        self.name = name
        self.res = res
        if not plain_span_extensions(_WRITTEN_EXTENSIONS):
            raise ValueError(f"{name}: the span extensions {_WRITTEN_EXTENSIONS} must be registered with a plain "
                             "default (pipeline.nlp.extensions): the stage writes them to Doc.user_data")
        self._honorifics = res.qualifiers["honorific"]  # "Prime Minister General Ana Ruiz" (:meth:`_past_honorifics`)
        # One match key per label, and the aliases of a label indexed by their words: PhraseMatcher.add makes a
        # lexeme of every key, and a key per alias spent half a second of each start-up on ~10^4 lexemes no text
        # holds. (The aliases' own words are tokenised as before: their lexemes and tokenizer cache entries, made
        # at start-up, outside any memory zone, serve every zone of a long run.)
        self.kb_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._kb_entities: dict[str, list] = {}  # "label|alias" -> the KB's entities of that label and alias
        for alias, entity in res.kb.surface_forms():
            if entity.label != "OFFICE":
                self._kb_entities.setdefault(f"{entity.label}|{alias}", []).append(entity)
        by_label: dict[str, list] = {}
        self._kb_keys: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # (label, token texts) -> "label|alias" keys
        for key in sorted(self._kb_entities):
            label, alias = key.split("|", 1)
            forms = dict.fromkeys((alias, _ABBREVIATION_STOP.sub(r"\1", alias)))  # "St. Lucia", "St Lucia"
            for form in forms:
                words = nlp.make_doc(form)
                if len(words):
                    by_label.setdefault(label, []).append(words)
                    self._kb_keys.setdefault((label, tuple(t.text for t in words)), []).append(key)
        for label in sorted(by_label):
            self.kb_matcher.add(label, by_label[label])
        # per match id its label, per key its label and KB id (one entity's, else None): read per match, not rebuilt
        self._kb_labels = {nlp.vocab.strings[label]: label for label in by_label}
        self._kb_key_info = {key: (key.split("|", 1)[0], entities[0].id if len(entities) == 1 else None)
                             for key, entities in self._kb_entities.items()}
        self.outlets = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.outlets.add("OUTLET", [nlp.make_doc(o) for o in res.outlets])
        # bodies every country has ("House of Commons", "National Assembly"): a place before one is its country,
        # not part of its name ("the United Kingdom House of Commons")
        self._generic_bodies = frozenset(fold(b) for r in res.roles for b in r.generic_bodies)
        # the head nouns that end an organisation's capitalised name ("Los Angeles Times" in running text too), and
        # with those written in lower case after a name ("the Vamos party"): the words :meth:`_org_spans` starts from
        self._org_name_heads = res.org_heads | res.outlet_heads
        self._org_head_words = self._org_name_heads | res.org_heads_lower
        #: lower-case nouns written right before an organisation's name: heads ("the Islamist party X") and nouns
        #: that describe one ("electronics retailer X", "polling firm X")
        self._nouns_before_name = res.heads_before_name | res.nouns_before_name
        #: those of them that describe a party: only they may name what the KB knows only as a party
        self._party_nouns_before_name = (res.heads_before_name & res.org_heads_lower) | res.party_nouns
        self.outlet_names = frozenset(res.outlets)
        self.ruler = SpanRuler(nlp, name=f"{name}_ruler", spans_key=None, annotate_ents=False,
                               overwrite=False, validate=True)
        patterns = load_patterns(res.root / "patterns" / "entities.jsonl")
        self.ruler.add_patterns(patterns)
        self.ruler_gate = PatternGate(nlp.vocab, [p["pattern"] for p in patterns])
        # a legislature's name before "election" ("National Assembly election") is still the body's name
        self.roles = role_matcher(nlp, [r for r in res.roles if r.title], kinds=("noun", "adjective", "plural"))
        # roles whose word is a surname too: "Stephen King" is one name, not a title before "Stephen"'s next word
        self._surname_roles = frozenset(r.id for r in res.roles if r.surname)
        # an envoy's noun and the word that leads to the post ("ambassador to", "high commissioner in"), by word count:
        # a place after it ends the title, as after "of" ("Ambassador to India Kenji Sato": India is the post)
        joins = [f"{noun} {word}" for r in res.roles for noun in r.nouns for word in r.destination_before]
        self._envoy_joins = {n: frozenset(j for j in joins if len(j.split()) == n)
                             for n in {len(j.split()) for j in joins}}
        self.first_names = res.first_names
        # a name word's transliteration key (:meth:`_surnames` asks it of every capitalised word of most Docs; a
        # bounded cache, as few distinct words recur)
        self._name_key = functools.lru_cache(maxsize=65536)(res.name_key)
        # a word never a name or a demonym (the trim drops it; bounded caches of few distinct words, asked per run)
        self._common_or_demonym = functools.lru_cache(maxsize=65536)(
            lambda text: res.is_non_name(text) or bool(res.kb.demonym(text)))
        # the first words of the titles of several words (:meth:`_title_words` reads no longer phrase without one)
        self._title_firsts = frozenset(title.split(" ")[0] for title in res.non_name_titles)
        self.party_short = PhraseMatcher(nlp.vocab, attr="ORTH")
        # the first token of each short name: a Doc with none of them is not matched (most Docs)
        party_short_firsts = set()
        for word in sorted(set(res.party_short_names) | set(res.party_country_names)):
            words = nlp.make_doc(word)
            self.party_short.add(word, [words])
            if len(words):
                party_short_firsts.add(words[0].text)
        self._party_short_firsts = frozenset(party_short_firsts)
        self.ambiguous_first = res.ambiguous_first_names
        # the verb forms that start a cue after a name ("is" of "is re-elected"): in a headline they end the name
        self.verb_forms = frozenset(cue.split()[0] for cue in res.person_cues_after)
        # closed-class words that, capitalised inside a run, end a name ("Ana Velmar To Perform"; phrase_breaks.tsv)
        self._name_breaks = res.phrase_breaks["name"]
        # modal verbs that are names too ("May", "Will"): in a headline after a word that is no first name, the verb
        self._headline_modals = res.phrase_breaks["headline_modal"]
        # the lower-case nouns of a kind of place before "of <name>": "the town of Velmar", "the province of Kestrel"
        self._subdivision_nouns = frozenset(res.place_anaphors) | frozenset(res.place_head_levels)
        # place_heads.tsv: lower-case heads after a place's name that no adjective takes ("Kestrel province"), and
        # heads that end a university's name too ("Velmar State"), a place's only where the KB knows the name with it
        self._heads_after_name = res.place_head_flags["after_name"]
        # the words without which no place names a treaty (:meth:`_names_treaty`) or a city a region
        # (:meth:`_city_region`): a Doc holding none is not read place by place
        self._treaty_words = res.treaty_heads | res.treaty_heads_lower
        self._event_words = frozenset(res.event_heads)  # most Docs hold none: their bodies are not read one by one
        self._state_heads = frozenset(head for head, level in res.place_head_levels.items() if level == "state")
        self._ambiguous_place_heads = res.place_head_flags["ambiguous"]
        self._feature_heads = res.place_head_flags["feature"]  # "Velmar River", "Kestrel Airport": no GPE
        # the surnames of the KB's people, as written ("Ruiz" of "Ana Ruiz", not "Jr." of "Ivan Petrov Jr.")
        self._kb_surnames = frozenset(
            words[-1] for alias, e in res.kb.surface_forms() if e.label == "PERSON"
            for words in [[w for w in alias.split() if w not in res.name_suffixes]]
            if len(words) > 1 and words[-1][:1].isupper())
        # month and weekday names (date_cues.tsv), no surnames where they stand: "the election of past May"
        calendar = load_cues(res.root / "lexicons" / CUES_FILE)
        self._calendar_words = frozenset(calendar.months) | frozenset(calendar.weekdays)
        self._months = frozenset(calendar.months)
        # org_cues.tsv by position and first word, longest first (:meth:`_cued_orgs` asks at every token)
        self._org_cues_by_word: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
            position: {word: tuple(sorted((c for c in cues if c[0] == word), key=lambda c: (-len(c), c)))
                       for word in {c[0] for c in cues}}
            for position, cues in res.org_cues.items()}
        self._org_nouns_and_heads = res.org_nouns | res.org_heads_lower
        # the cues that open a reading (the ``not_*`` positions only stop one), and the lengths of those that open on
        # each word: where none stands whole, no cue; an ``after_person`` cue ("of the", in most Docs) opens one only
        # where a person's name ends
        opening_cues = {p: res.org_cues.get(p, frozenset()) for p in _OPENING_CUE_POSITIONS}
        self._org_cue_firsts = frozenset(cue[0] for cues in opening_cues.values() for cue in cues)
        self._org_cue_set = frozenset(cue for p, cues in opening_cues.items() if p != "after_person" for cue in cues)
        self._org_cues_after_person = opening_cues["after_person"]
        self._org_cue_lengths: dict[str, tuple[int, ...]] = {}
        for cue in sorted(self._org_cue_set | self._org_cues_after_person):
            if len(cue) not in self._org_cue_lengths.get(cue[0], ()):
                self._org_cue_lengths[cue[0]] = self._org_cue_lengths.get(cue[0], ()) + (len(cue),)

    # -- the component -------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        # one pass over the token ids each: spaCy builds a Token object on every doc[i]
        texts, lowers = token_texts(doc), token_lowers(doc)
        blocked, cited = self._outlets(doc)
        blocked |= self._citations(doc)
        matched = list(self.ruler.match(doc)) if self.ruler_gate.may_match(doc) else []
        for span in matched:  # the other sources name their rule as they make a span
            if not get_span_value(span, "rule"):
                set_span_value(span, "rule", span.id_ or "pattern")
        found = self._kb_spans(doc) + matched + cited
        found += self._datelines(doc, texts)
        # each reading of the places below needs its word in the Doc (a set's test in C): most Docs hold no treaty's
        # head, no head of a region and no word that opens a place's name, and their places are not read one by one
        if not self._treaty_words.isdisjoint(lowers):
            blocked.update(i for s in found if s.label_ == "GPE" and self._names_treaty(doc, s, texts)
                           for i in range(s.start, s.end))
        unfiltered = [s for s in found if not any(i in blocked for i in range(s.start, s.end))]
        found = filter_spans(unfiltered)
        if not self._state_heads.isdisjoint(lowers):
            found = [self._city_region(doc, s, texts) for s in found]
        if self.res.place_openers and not self.res.place_openers.isdisjoint(texts):
            ends = {s.end for s in found}
            found = [self._opened_place(doc, s, texts, ends) for s in found]
        if not self.res.place_closers.isdisjoint(texts):
            covered = {i for s in found for i in range(s.start, s.end)}
            found = [self._closed_place(doc, s, texts, covered) for s in found]
        # Indexes, not scans of ``found`` per span: filter_spans leaves no overlaps, so one span covers a token.
        kept = {_span_key(s) for s in found}
        covering = {i: s for s in found for i in range(s.start, s.end)}
        kb_org_places = [g for g in unfiltered if g.label_ == "GPE" and _span_key(g) not in kept and (
            (o := covering.get(g.start)) is not None and o.label_ == "ORG" and o.start <= g.start and g.end <= o.end)]
        place_ends = {s.end for s in found if s.label_ == "GPE"}
        # a word that is a surname too is a title only before a capitalised name or its place ("King Abdullah",
        # "Queen of the Netherlands Beatrix"); "Stephen King", and "King said" after "Kevin King", are a person's
        roles = [(start, end) for match_id, start, end in self.roles(doc)
                 if not (self._surname_roles and doc.vocab.strings[match_id].split("|")[0] in self._surname_roles
                         and (end >= len(doc) or not (_is_cap(doc[end]) or doc[end].lower_ in _TITLE_PLACE_JOINERS)
                              or surname_at(
                                 doc, start, place_ends, self.res.kb.demonym, self.res.qualifiers["office_left"],
                                 self.res.particles, self.res.place_heads)))]
        role_starts: dict[int, int] = {}  # start -> end of the longest role there
        for start, end in roles:
            role_starts[start] = max(end, role_starts.get(start, end))
        role_ends = {end for _, end in roles}
        found = self._people_over_places(doc, found, role_ends, role_starts)
        # a dateline's place opens no name after it ("DUBAI Hyundai Heavy Industries": the wire's place, then the firm)
        places = {i: s for s in found if s.label_ == "GPE" and get_span_value(s, "rule") != "shape.dateline"
                  for i in range(s.start, s.end)}
        taken = set(blocked) | {i for start, end in roles for i in range(start, end)}
        taken.update(i for s in found if s.label_ != "GPE" for i in range(s.start, s.end))
        headline_words: set[int] = set()
        # an office's word no other mention or citation covers may stand in a body's subject ("the Commission on
        # Presidential Debates")
        role_only = frozenset(i for start, end in roles for i in range(start, end)) - set(blocked) \
            - {i for s in found for i in range(s.start, s.end)}
        orgs = self._org_spans(doc, taken, places, texts, headline_words, role_only)
        orgs += self._named_after_head(doc, taken | {i for o in orgs for i in range(o.start, o.end)}, places, texts)
        orgs = self._units_of_bodies(doc, found, orgs)
        # an event's or an award's name ("the Cannes Film Festival", "the Pulitzer Prize for Public Service") is no
        # body: no mention, but its words stay taken, so no place, person or body is read inside it
        has_events = not self._event_words.isdisjoint(lowers)
        events = [o for o in orgs if self._event_name(doc, o.start, o.end, texts, lowers)] if has_events else []
        org_tokens = {i for o in orgs for i in range(o.start, o.end)}
        if events:
            orgs = [o for o in orgs if not any(o is e for e in events)]
        org_starts = {o.start for o in orgs} | {s.start for s in found if s.label_ == "ORG"}
        # a place inside an organisation's name is no place mention, even where its article stays outside the name
        # ("the United States Federal Bureau of Investigation": "the United States" ends inside it)
        doc.spans[CONTEXT_PLACES] = [s for s in found if s.label_ == "GPE" and (s.end - 1) in org_tokens] \
            + kb_org_places
        found = [s for s in found if not (s.label_ == "GPE" and (s.end - 1) in org_tokens)]
        taken |= org_tokens | headline_words
        taken.update(i for s in found for i in range(s.start, s.end))
        party_ends = self._party_ends(doc, found + orgs)
        people: list[Span] = []
        pending: list[Span] = []
        run_places: set[int] = set()  # the ends of runs read as places before a place ("in Velmar, Kestrel, Zembla")
        for start, end in self._runs(doc, taken, texts):
            if self._titled_thing(doc, start, texts) or (start > 0 and texts[start - 1].lower() in self.res.thing_cues_before
                                                         and not self._headline_common_word(doc, texts, start - 1)):
                continue  # "bands such as The Velvet Underground", "the novel Angel Rook": a work, band or ship; not
                # a headline's noun before a name ("Film Director Ivo Ruiz Dies")
            if self._weather_system(doc, start, end, texts, lowers, role_ends, role_starts, org_starts):
                continue  # "Tropical Storm Gordon makes landfall", "Storm Ciara kills six": a storm, no one
            s, e, cued = self._trim(doc, start, end, texts, lowers)
            if texts[end - 1].lower() in self.res.place_heads and (self._headline_verb_opens(doc, texts, start) or (
                    start > 0 and self._headline_common_word(doc, texts, start - 1))):
                continue  # "Storm Hits Velmar Island", "Sex Toy Shuts Down Kestrel Airport", "Faces Long Road": a
                # headline's nouns
            if e < end and texts[end - 1].lower() in self.res.place_heads:
                if s < e and _cap_text(texts[end - 1]) and texts[end - 1].lower() not in self._ambiguous_place_heads:
                    # "dismisses Kestrel Oblast governor": a place's name, no person's; the head is a common word
                    # the trim left out, and so may be a direction that opens the name ("North Velmar Region")
                    while s > start and _cap_text(texts[s - 1]) and self.res.is_non_name(texts[s - 1]) \
                            and word_key(texts[s - 1]) not in self.res.non_name_titles \
                            and not self.res.kb.demonym(texts[s - 1]):
                        s -= 1
                    if not self._name_goes_on_before(doc, s, texts):
                        place = Span(doc, s, end, label="GPE")
                        set_span_value(place, "rule", "shape.place_head")
                        people.append(place)
                continue
            if s >= e:
                continue
            if has_events and self._event_name(doc, s, e, texts, lowers):
                taken.update(range(start, end))
                continue  # "the London Marathon", "the Golden Globe Award": an event or an award, no one
            name = span_text(doc, s, e)
            if self.res.is_non_name(name) or self.res.kb.demonym(name) \
                    or name in self.outlet_names:  # "according to Yonhap": a news agency
                continue
            if e - s >= 2 and texts[e - 1].lower() in self.res.place_heads:
                if self._headline_common_word(doc, texts, s) or (
                        end < len(doc) and self._headline_common_word(doc, texts, end)):
                    continue  # "Toll Bridge Fees Rise", "Democrats Seek Road Forward", "Velmar Space Station Launch
                    # Delayed": a headline's nouns
                place = Span(doc, s, e, label="GPE")  # "Banská Bystrica Region", "Rakhine State"
                set_span_value(place, "rule", "shape.place_head")
                people.append(place)
                continue
            if self._subdivision_name(doc, s, e, texts, places):
                place = Span(doc, s, e, label="GPE")  # "the eastern province of Velmar", "Kestrel province"
                set_span_value(place, "rule", "shape.subdivision")
                people.append(place)
                run_places.add(e)
                continue
            if self._place_before_place(doc, s, e, places, taken, texts, run_places):
                place = Span(doc, s, e, label="GPE")  # "in Velmar, Zembla": a city written before its country
                set_span_value(place, "rule", "shape.place_before_place")
                people.append(place)
                run_places.add(e)
                continue
            if start in role_ends and (k := self._past_honorifics(doc, start, e)) > start:
                person = Span(doc, k, e, label="PERSON")  # "Prime Minister General Ana Ruiz": the title's name
                set_span_value(person, "rule", "shape.cue_before")
                people.append(person)
                continue
            first_name = self._is_first_name_at(doc, s)
            inner = None if first_name else self._inner_name(doc, s, e)
            # "Secretary for Work and Pensions X"; not a list of people: "Ana Ruiz and Leung Chun-ying" is two names
            after_title = s > 0 and texts[s - 1].lower() in _TITLE_JOINERS and not (
                texts[s - 1].lower() in _NAME_LIST_JOINERS and self._person_ends_at(people, found, s - 1))
            if inner is not None and inner.start > s and e - inner.start >= 2 and (after_title or all(
                    self.res.is_non_name(texts[k]) for k in range(s, inner.start))):
                people.append(inner)  # "Defence Peter Smith": the title word is no name
                continue
            span = Span(doc, s, e, label="PERSON")
            # ... of two words at least, or one word of first names glued by hyphens ("Rose-Lynn"): a first name's
            # spelling opens many compounds ("Asia-Pacific", "Anti-Doping", "Joy-Cons")
            if e - s >= 2 and (first_name or self._ambiguous_but_named(doc, s, e)) \
                    and (any(doc[k].whitespace_ for k in range(s, e - 1)) or all(
                        texts[k] in HYPHENS or self._is_first_name_word(doc[k]) for k in range(s, e))):
                set_span_value(span, "rule", "shape.first_name")
            elif cued or s in role_ends or self._cue_before(doc, s) \
                    or self._set_off_after_title(doc, s, e, role_ends, places) \
                    or self._party_member(doc, s, e, texts, party_ends) or self._initialled(doc, s, e, texts):
                if self._headline_word_after_title(doc, s, texts):
                    continue  # "Senator Criticizes Europe", "Lawmakers Grill Citigroup": headline casing, no name
                if self._plural_cue_noun(doc, s, e, texts):
                    continue  # "the Candidates Tournament", "the Candidates Debate": an event's name, no one
                set_span_value(span, "rule", "shape.cue_before")
            elif e - s >= MIN_TOKENS_VERB_CUE and (self._cue_after(doc, e, role_starts, org_starts)
                                                  or self._office_participle(doc, s, e, role_starts)) and \
                    not any(self.res.is_non_name(texts[k]) for k in range(s, e)) \
                    and not (s > 0 and lowers[s - 1] == "the") \
                    and not self._headline_common_word(doc, texts, s):  # "Deadly Explosion Hits": no one
                set_span_value(span, "rule", "shape.cue_after")  # never after "the": "The Kestrel Rovers, who won"
            else:
                inner = self._inner_name(doc, s, e)
                if inner is not None and inner.start == s + 1 and self._unlisted_given_name(doc, texts, s):
                    # "Aung San Suu Kyi", "Coretta Scott King": the whole run
                    set_span_value(span, "rule", "shape.first_name")
                    people.append(span)
                elif inner is not None:
                    people.append(inner)  # "Minister of State for Energy Anna Jones"
                elif self._after_titled_place(doc, s, role_ends, places) and not (
                        e - s == 1 and texts[s].lower() in self.res.place_heads):  # "mayor of Pitcairn Island"
                    set_span_value(span, "rule", "shape.cue_before")  # "Prime Minister of Freedonia X"
                    people.append(span)
                elif e - s >= 2:
                    pending.append(span)
                continue
            people.append(span)
        people += self._capitalised_leads(doc, taken | {i for p in people for i in range(p.start, p.end)}, texts)
        joined = self._coordinated_people(doc, pending, [p for p in people + found if p.label_ == "PERSON"]) \
            if pending else []  # no name left to join (most Docs)
        people += joined
        joined_keys = {_span_key(s) for s in joined}
        doc.spans[PERSON_CANDIDATES] = [s for s in pending if _span_key(s) not in joined_keys and self._name_like(s)]
        # A surname alone is known once named in full, or once after an office's title ("President Ruiz ... the Ruiz
        # win", "Senator Ivan Petrov ... Petrov"): news names a leader by title and surname, then by surname alone.
        known = {_surname(s, self.res.name_suffixes) for s in found + people
                 if s.label_ == "PERSON" and (len(s) >= 2 or s.start in role_ends)} - {""}
        # A known surname is the person, even where it is also a place ("Lima's supporters" when a Lima was named in full).
        released = [s for s in found if s.label_ == "GPE" and len(s) == 1 and texts[s.start] in known]  # its text
        released_keys = {_span_key(s) for s in released}
        found = [s for s in found if _span_key(s) not in released_keys]
        for s in released:
            taken.discard(s.start)
        orgs += self._described_as_org(doc, taken, found + orgs + people)
        people = self._surnames(doc, people, taken, known, texts)
        people = self._election_subjects(doc, people, taken, texts)
        people = self._owned_surnames(doc, people, taken, texts)
        people = self._context_surnames(doc, found, people, taken, texts, role_ends)
        if not self.res.kin_nouns.isdisjoint(lowers):  # a set's test in C: most Docs name no one's wife or son
            people = self._kin_given_names(doc, found + people, people, taken, texts)
        if "and" in lowers:
            people = self._shared_surnames(doc, found + people, people, taken, texts)
        orgs += self._party_short_names(doc, taken, found + orgs + people)
        orgs += self._defined_acronyms(doc, found + orgs + people, blocked, texts)
        cued, inside = self._cued_orgs(doc, taken, found + orgs + people, texts)
        if cued:
            found = [s for s in found if _span_key(s) not in inside]
            people = [s for s in people if _span_key(s) not in inside]
            orgs += cued
        if self.res.comma_heads.intersection(lowers):
            people = self._company_short_names(doc, people, found + orgs, lowers)
        found = self._company_places(doc, found, found + orgs)
        add_mentions(doc, found + orgs + [p for p in people if not self._feature_name(p)])
        return doc

    def _feature_name(self, span: Span) -> bool:
        """A name read by its head that ends a river's, a road's or a building's (place_heads.tsv ``feature``:
        "the Velmar River", "Kestrel Boulevard", "Wall Street") and that the KB knows as no place: no GPE. The span
        stays a place until here, so that no rule reads its words as a person's name. A lower-case head is part of
        a town's name ("Chandipur-on-sea")."""
        return span.label_ == "GPE" and get_span_value(span, "rule") == "shape.place_head" \
            and span[-1].lower_ in self._feature_heads and _cap_text(span[-1].text) \
            and not self.res.kb.lookup("GPE", span.text)

    def _company_short_names(self, doc: Doc, people: list[Span], orgs: list[Span], lowers: list[str]) -> list[Span]:
        """A company named in full with its legal suffix is the company where the story writes its name without
        the suffix, never a person ("Velmar Fields wins appeal ... Velmar Fields Ltd. won an appeal"); an "and" or
        "&" before the suffix goes with it ("Oscar Pellham and Co. ... Oscar Pellham said")."""
        names = set()
        for o in orgs:
            end = o.end - 1
            if o.label_ == "ORG" and lowers[end] in self.res.comma_heads:
                end -= lowers[end - 1] == ","
                end -= lowers[end - 1] in _NAME_LIST_JOINERS
                if end - o.start >= 1:
                    names.add(tuple(lowers[o.start:end]))
        out = []
        for p in people:
            if p.label_ == "PERSON" and tuple(lowers[p.start:p.end]) in names:
                p = Span(doc, p.start, p.end, label="ORG")
                set_span_value(p, "rule", "shape.company_short")
            out.append(p)
        return out

    def _company_places(self, doc: Doc, found: list[Span], spans: list[Span]) -> list[Span]:
        """A KB company whose name holds a place's (its ``clashes`` has "place"), named in full, is that company where
        the story writes the place's name alone ("Santander sells stake ... Santander Central Hispano said": the bank,
        not the Colombian department); the place stays where the story names no such company, and a company without
        the clash ("Air France") leaves its country alone."""
        words: dict[str, Span] = {}
        for o in spans:
            if o.label_ == "ORG" and len(o) > 1 and (e := self.res.kb.get(get_span_value(o, "kb_id"))) is not None \
                    and e.type == COMPANY_TYPE and PLACE_CLASH in e.clashes:
                for t in o:
                    words.setdefault(t.text, o)
        if not words:  # most stories name no KB company in full
            return found
        out = []
        for p in found:
            full = words.get(p.text) if p.label_ == "GPE" and len(p) == 1 else None
            if full is not None:
                p = Span(doc, p.start, p.end, label="ORG")
                set_span_value(p, "rule", "shape.company_short")
                set_span_value(p, "kb_id", get_span_value(full, "kb_id"))
                set_span_value(p, "entity", get_span_value(full, "entity") or full.text)
            out.append(p)
        return out

    def _subdivision_name(self, doc: Doc, s: int, e: int, texts: list[str], places: dict[int, Span]) -> bool:
        """The run ``doc[s:e]`` names a place by the lower-case noun of its kind: after "<noun> of" (a place anaphor's
        or an administrative head's noun, place_anaphors.tsv and place_heads.tsv levels: "the town of Velmar", "the
        eastern province of Kestrel") or before a head that is never an adjective's noun (place_heads.tsv ``after_name``:
        "Kestrel province"; a demonym is no run: "the Peruvian province"). No run of a word never a name, none
        right before a known place, whose name it begins ("the region of Inner Zembla")."""
        if e - s > MAX_PLACE_TOKENS or any(self.res.is_non_name(texts[k]) for k in range(s, e)) \
                or e in places:
            return False
        before = s >= 2 and texts[s - 1] == "of" and texts[s - 2] in self._subdivision_nouns
        return before or e < len(doc) and texts[e] in self._heads_after_name

    def _place_before_place(self, doc: Doc, s: int, e: int, places: dict[int, Span], taken: set[int],
                            texts: list[str], run_places: set[int]) -> bool:
        """The run ``doc[s:e]`` is a place the KB does not know, written as a city before its region or country: after
        a preposition of place (phrase_breaks.tsv ``locative``: "in", "near") or after such a place and a comma, and
        before a comma and a place the KB knows, past at most :data:`MAX_PLACE_CHAIN` more such runs ("in Velmar,
        Zembla", "near Velmar, Kestrel, Zembla"). No run of a word that is never a name ("in January, Zembla"), nor an
        opening phrase before the subject ("In Formula One, Zembla's driver wins")."""
        if not (s >= 1 and texts[s - 1].lower() in self.res.phrase_breaks["locative"]
                or s >= 2 and texts[s - 1] == "," and (s - 1) in run_places):
            return False  # asked first: the cheaper test, false for most runs
        if e - s > MAX_PLACE_TOKENS or any(self.res.is_non_name(texts[k]) for k in range(s, e)):
            return False
        # a given name's word ("in Jackson, Mississippi,", "in Warren, Ohio,") is a town's only before a state or a
        # country set off by commas on both sides, the way news writes a town with its state
        first_name = any(self._is_first_name_at(doc, k) for k in range(s, e))
        k = e
        for _ in range(MAX_PLACE_CHAIN + 1):
            if k + 1 >= len(doc) or texts[k] != ",":
                return False
            place = places.get(k + 1)
            if place is not None:
                # a sentence's opening "In X, Zembla ..." may front a phrase before its subject ("In Formula One,
                # Zembla's driver wins"): there the place must close the phrase with a comma ("In Velmar, Zembla, ...")
                opening = texts[s - 1][:1].isupper() and texts[s - 2] != "," if s >= 2 else texts[s - 1][:1].isupper()
                if first_name and not (k == e and place.end < len(doc) and texts[place.end] == "," and any(
                        x.type in _DATELINE_REGION_TYPES for x in self.res.kb.lookup("GPE", place.text))):
                    return False
                return place.start == k + 1 and place.label_ == "GPE" and not (
                    opening and (place.end >= len(doc) or texts[place.end] != ","))
            j = k + 1
            while j < len(doc) and j - (k + 1) < MAX_PLACE_TOKENS and j not in taken and _cap_text(texts[j]):
                j += 1
            if j == k + 1 or any(self.res.is_non_name(texts[i]) for i in range(k + 1, j)):
                return False
            k = j
        return False

    # -- sources -------------------------------------------------------------
    def _kb_spans(self, doc: Doc) -> list[Span]:
        spans = []
        texts, labels = token_texts(doc), self._kb_labels
        matches = sorted((start, end, key) for match_id, start, end in self.kb_matcher(doc)
                         for key in self._kb_keys[(labels[match_id], tuple(texts[start:end]))])
        covered = {i for start, end, _ in matches for i in range(start, end)}
        for start, end, key in matches:
            label, kb_id = self._kb_key_info[key]
            if label == "ORG" and (self._inside_longer_name(doc, start, end, covered)
                                   or (end := self._company_end(doc, start, end, texts, self._kb_entities[key]))
                                   is None) \
                    or label == "PERSON" and _glued_after_name(doc, start):
                continue
            span = Span(doc, start, end, label=label)
            set_span_value(span, "rule", "kb")
            set_span_value(span, "kb_id", kb_id)
            spans.append(span)
        return spans

    def _company_end(self, doc: Doc, start: int, end: int, texts: list[str], entities: list) -> int | None:
        """Where a company's KB name ends: past its legal suffix ("General Electric Co.", "Zembla Motors, Inc."),
        or nowhere when a capitalised word after it starts a longer name ("Kestrel Motors", a club's "Bayer Velmar"),
        which the other rules read whole or leave, or a model's number or a name glued by a hyphen makes it a
        product's name ("Boeing 777", "the Kestrel–Pfizer vaccine"), or a given name before a one-word name makes it a
        surname ("Rob Sears"). A month or weekday after it ends the name
        ("Boeing Tuesday said"), and so does a headline's verb ("Google Lowers Its IPO Price Range") or common noun
        (:meth:`_headline_break`), where a first name would make a person of the run ("Morgan Stanley Profit Falls"); a
        name of any other type ends where the KB's does."""
        if not all(e.type == COMPANY_TYPE for e in entities):
            return end
        if start > 1 and texts[start - 1] in HYPHENS and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and _cap_text(texts[start - 2]) or end + 1 < len(doc) \
                and texts[end] in HYPHENS and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and _cap_text(texts[end + 1]):
            return None
        if end - start == 1 and start > 0 and texts[start - 1] in self.first_names \
                and texts[start - 1].lower() not in self._calendar_words \
                and texts[start - 1].lower() not in self._headline_modals:
            return None  # "Rob Sears", "Ana Ericsson": a surname a company's one-word name shares, the person's
        if end >= len(doc):
            return end
        comma = texts[end] == "," and end + 1 < len(doc)
        word = texts[end + 1] if comma else texts[end]
        if word.lower() in self.res.comma_heads and word[:1].isupper() \
                and not self._glued_prefix(doc, end + comma, texts):
            return end + 1 + comma  # not "Viacom co-president", "Kestrel Co-Founder": a prefix
        if any(c.isdigit() for c in word):
            return None  # a model's number after it names a product ("a Kestrel 777 jet", "an Airbus A380")
        if comma or not _cap_text(word) or word.lower() in self._calendar_words \
                or self._headline_verb_opens(doc, texts, end) or self._headline_break(doc, texts, end):
            return end  # a headline's verb or common noun ends it too ("Kestrel Motors Profit Falls")
        return None

    @staticmethod
    def _glued_prefix(doc: Doc, i: int, texts: list[str]) -> bool:
        """``doc[i]`` is glued to a hyphen after it: a prefix ("Co-operative", "co-president"), no word of its own."""
        return i + 1 < len(doc) and texts[i + 1] in HYPHENS and not doc[i].whitespace_

    def _units_of_bodies(self, doc: Doc, found: list[Span], orgs: list[Span]) -> list[Span]:
        """An organisation read by its head right after the name of a body the KB knows, a space between them, is
        that body's unit, named with it: one mention ("the White House Coronavirus Task Force", "the U.S. Senate
        Budget Committee"), no body's; a party's name after a body's is the party's ("the EU Velmar Party"), and a
        stance's body stays apart ("the pro-EU Party of ..."). So is one named "of (the)" such a body or a party
        (:meth:`_owner_after_of`). ``found`` loses the body's span."""
        known = [(s, e.type) for s in found if s.label_ == "ORG" and get_span_value(s, "rule") == "kb"
                 and (e := self.res.kb.get(get_span_value(s, "kb_id"))) is not None]
        bodies = {s.end: s for s, kind in known if kind in UNIT_PARENT_TYPES}
        # "the Central Committee of the Communist Party of Vietnam": an organ "of (the)" a body or a party the KB knows
        owners = {s.start: s for s, kind in known if kind in UNIT_OWNER_TYPES}
        if not bodies and not owners:
            return orgs
        out, dropped = [], set()
        for org in orgs:
            owner = self._owner_after_of(doc, org, owners)
            if owner is not None:
                unit = Span(doc, org.start, owner.end, label="ORG")
                set_span_value(unit, "rule", get_span_value(org, "rule"))
                out.append(unit)
                dropped.add(_span_key(owner))
                continue
            body = bodies.get(org.start)
            if body is None or not doc[body.end - 1].whitespace_ or any(
                    t.lower_ in self.res.party_nouns for t in org) or (
                    body.start > 0 and doc[body.start - 1].text in HYPHENS and not doc[body.start - 1].whitespace_):
                # a party's name ("the pro-EU Party of Velmar Renewal") is no body's unit
                out.append(org)
                continue
            unit = Span(doc, body.start, org.end, label="ORG")
            set_span_value(unit, "rule", get_span_value(org, "rule"))
            out.append(unit)
            dropped.add(_span_key(body))
        found[:] = [s for s in found if _span_key(s) not in dropped]
        return out

    def _owner_after_of(self, doc: Doc, org: Span, owners: dict[int, Span]) -> Span | None:
        """The KB body right after ``org``'s "of" (and "the") whose organ ``org`` is: "the Central Committee of the
        Communist Party of Vietnam", "the National Executive Committee of the Labour Party"; None for a party's own
        name ("the Party of Regions of ..."), a name holding a place ("the Velmar Council of ...": the place's body),
        a counted meeting ("the 6th Ordinary Congress of the ... Party": an event), or no such body."""
        k = org.end
        if k + 1 >= len(doc) or doc[k].lower_ != "of":
            return None
        k += 1
        if doc[k].lower_ == "the":
            k += 1
        owner = owners.get(k)
        if owner is None or (org.start > 0 and doc[org.start - 1].like_num) \
                or any(t.lower_ in self.res.party_nouns for t in org) \
                or any(self.res.kb.lookup("GPE", t.text) or self.res.kb.demonym(t.text) for t in org):
            return None
        return owner

    def _name_goes_on_before(self, doc: Doc, s: int, texts: list[str]) -> bool:
        """A name word stands before ``s``, right before it or across joining words ("Santo Domingo de los Velmar
        Province", "Sistan and Velmar Province", a demonym-like "Lào Kestrel Province"): ``doc[s:]`` would be the end
        of a longer name. A function word, a title or a person cue ("In", "Governor") ends no name."""
        k = s - 1
        while k > 0 and texts[k].lower() in _PLACE_NAME_JOINERS:
            k -= 1
        return k >= 0 and _cap_text(texts[k]) and not doc[k].is_stop \
            and word_key(texts[k]) not in self.res.non_name_titles and texts[k].lower() not in self.res.person_cues_before

    def _city_region(self, doc: Doc, place: Span, texts: list[str]) -> Span:
        """"Kestrel Oblast", "Velmar Province": a city the KB knows before a capitalised administrative head
        (``place_heads.tsv`` of level state) names the region, a place of its own, also before a person's first name
        or a title ("Governor of Kestrel Oblast Ivan Petrenko", "Kestrel Oblast Governor"); a region the KB knows
        by its bare name is named with its head as the text writes it ("Albay Province", "Gisborne Region": the golds
        name the place so), but not before a body's "of" ("the Ohio Department of Health"); a country never (its
        name opens a region's: "East Azerbaijan Province"); any other span as it is."""
        end = place.end
        if place.label_ != "GPE" or end >= len(doc) or not _cap_text(texts[end]) or texts[end].lower() in \
                self._ambiguous_place_heads \
                or self.res.place_head_levels.get(texts[end].lower()) != "state" \
                or (end + 1 < len(doc) and _cap_text(texts[end + 1]) and not self._is_first_name_at(doc, end + 1)
                    and word_key(texts[end + 1]) not in self.res.non_name_titles) \
                or (texts[end].lower() in self.res.org_heads and end + 1 < len(doc) and texts[end + 1] == "of"):
            return place  # "the Ohio Department of Health": a head that ends a body's name too, and its subject
        known = self.res.kb.lookup("GPE", place.text)
        if not known or any(e.type == "country" for e in known):
            return place  # "East Azerbaijan Province" is no country's
        region = Span(doc, place.start, end + 1, label="GPE")
        set_span_value(region, "rule", "shape.place_head")
        return region

    def _opened_place(self, doc: Doc, place: Span, texts: list[str], ends: set[int]) -> Span:
        """"Greater Manchester", "New Taipei", "Upper Austria": a word that opens a place's own name
        (place_openers.tsv) right before a place the KB knows makes the two one place (the KB would have matched a
        pair it knows whole), unless it opens the sentence, where any word is capitalised ("New Iraq blast kills
        five"), or ends another name; any other span as it is."""
        s = place.start
        if place.label_ != "GPE" or s == 0 or texts[s - 1] not in self.res.place_openers or s in ends \
                or not doc[s - 1].whitespace_ or doc[s - 1].is_sent_start:
            return place
        opened = Span(doc, s - 1, place.end, label="GPE")
        set_span_value(opened, "rule", "shape.place_opener")
        return opened

    def _closed_place(self, doc: Doc, place: Span, texts: list[str], covered: set[int]) -> Span:
        """"Dublin Central", "Ottawa South", "Cork South Central": compass words (place_closers.tsv) right after a
        city or region the KB knows close an electoral district's name, one place with the city's, unless another
        capitalised word follows ("Dublin South Africa"), a mention covers them ("Texas North Carolina") or the
        sentence is set in headline case, where every word is capitalised; any other span as it is."""
        end = place.end
        while end < len(doc) and end - place.end < MAX_PLACE_CLOSERS and texts[end] in self.res.place_closers \
                and end not in covered and doc[end - 1].whitespace_:
            end += 1
        if place.label_ != "GPE" or end == place.end or (end < len(doc) and _cap_text(texts[end])) \
                or self._in_headline(doc, place.end):
            return place
        known = self.res.kb.lookup("GPE", place.text)
        if not known or any(e.type == "country" for e in known):
            return place
        closed = Span(doc, place.start, end, label="GPE")
        set_span_value(closed, "rule", "shape.place_closer")
        return closed

    def _names_treaty(self, doc: Doc, place: Span, texts: list[str]) -> bool:
        """The city ``place`` names a treaty or accord ("the Kyoto Protocol", "the Treaty of Lisbon", "the Lisbon
        treaty"; ``treaty_heads.tsv``): where it was signed, no place the story is about. Only a city the KB knows (a
        country or state there is a party: "the Iran agreement"), but any place before an ``any_place`` head, a
        document's or a war's title ("the Constitution of Kenya", "the Vietnam War"), and a head ending the name ("the
        Geneva Convention Centre" is a building in the city)."""
        heads = self.res.treaty_heads
        if not heads:
            return False
        end, start = place.end, place.start
        head_after = end < len(doc) and (texts[end].lower() in self.res.treaty_heads_lower
                                         or _cap_text(texts[end]) and texts[end].lower() in heads)
        if not head_after and not (start >= 2 and texts[start - 1] == "of" and _cap_text(texts[start - 2])
                                   and texts[start - 2].lower() in heads):
            return False  # no treaty's head by the place: the KB is not asked (most places of most Docs)
        head = texts[end].lower() if head_after else texts[start - 2].lower()
        known = self.res.kb.lookup("GPE", place.text)
        if not known or (head not in self.res.treaty_heads_any_place and any(e.type != "city" for e in known)):
            return False
        return not head_after or end + 1 == len(doc) or not _cap_text(texts[end + 1])

    def _datelines(self, doc: Doc, texts: list[str]) -> list[Span]:
        """"BAGHDAD (Reuters) -", "KABUL, Afghanistan -", "NEW DELHI :": a wire story's dateline, a place in capitals
        at a sentence's start before a comma, a parenthesis, a dash or a colon, is the KB's place of that name (matched
        case-folded; the KB's matcher reads names as written)."""
        out = []
        n = len(doc)
        # the words written in capitals, found in C (``str.isupper`` mapped over the strings): a Python loop over
        # every token cost more than the rest of the rule, and most Docs hold no such word of three letters
        for i in compress(count(), map(str.isupper, texts)):
            text = texts[i]
            if not (text.isalpha() and len(text) >= MIN_DATELINE_CHARS) or (
                    i > 0 and texts[i - 1] not in _SENTENCE_ENDS and "\n" not in doc[i - 1].whitespace_
                    and not texts[i - 1].isspace() and not self._after_credit(doc, i, texts)):
                continue
            j = i + 1  # "NEW DELHI", "PORT-AU-PRINCE": more words in capitals, or hyphens written tight
            while j < n and j - i < MAX_DATELINE_TOKENS and (texts[j].isupper() and texts[j].isalpha() or (
                    texts[j] == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_)):
                j += 1
            if j >= n or texts[j - 1] == "-" or (
                    texts[j] not in _DATELINE_AFTER and not self._bare_dateline(doc, i, j, texts)):
                continue
            if self.res.kb.lookup("GPE", doc[i:j].text) or self._placed_dateline(doc, i, j, texts):
                span = Span(doc, i, j, label="GPE")
                set_span_value(span, "rule", "shape.dateline")
                if not self.res.kb.lookup("GPE", doc[i:j].text):  # "ZNAMENSKOYE": named as the place is spelt
                    set_span_value(span, "entity", " ".join(w.capitalize() for w in doc[i:j].text.split(" ")))
                out.append(span)
        return out

    def _bare_dateline(self, doc: Doc, i: int, j: int, texts: list[str]) -> bool:
        """"LONDON President Vladimir Putin ...", "BAGHDAD Iraq promised ...", "FLORENCE Interior ministers ...": a
        feed's dateline with neither wire nor dash, a KB place in capitals that opens a paragraph before a sentence's
        first word. A first name in capitals opens a name there as often ("SYDNEY Sons of ..." but "TONY Blair was
        ..."): one stands for its place only before a word no name continues with: a function or common word, a
        title, a place, a month or a number."""
        written = doc[i:j].text
        known = self.res.kb.lookup("GPE", written)
        if not (i == 0 or "\n" in doc[i - 1].whitespace_ or texts[i - 1].isspace()) or not known \
                or any(written in (e.name, *e.aliases) for e in known):
            return False  # "UAE President Ana Ruiz": initials the place is written in, no dateline's capitals
        after = texts[j]
        if not (after[:1].isupper() or after[:1].isdigit()) or after.isupper() and len(after) > 1:
            return False  # "NEW YORK Sept. 15", "LONDON With its ..."; not "BAE SYSTEMS": capitals go on
        if j - i > 1 or not self._is_first_name(doc[i]) and fold(texts[i]).title() not in self.first_names:
            return True
        return doc[j].is_stop or after[:1].isdigit() or self.res.is_non_name(after) \
            or bool(self.res.kb.lookup("GPE", after)) or self._headline_common_word(doc, texts, j)

    @staticmethod
    def _after_credit(doc: Doc, i: int, texts: list[str]) -> bool:
        """"Canadian Press - OTTAWA (CP) -": a dateline after a wire's credit, a few capitalised words that open the
        line and a dash."""
        if i < 2 or texts[i - 1] not in _DATELINE_DASHES:
            return False
        k = i - 2
        while k >= 0 and i - 1 - k <= MAX_CREDIT_TOKENS and texts[k][:1].isupper() and texts[k].isalpha():
            if k == 0 or "\n" in doc[k - 1].whitespace_ or texts[k - 1].isspace():
                return True
            k -= 1
        return False

    def _placed_dateline(self, doc: Doc, start: int, j: int, texts: list[str]) -> bool:
        """"ZNAMENSKOYE, Russia (Reuters) -", "FORT PIERCE, Fla. -": a place the KB lacks that opens a line is a
        dateline's when a comma and a KB country, state or region follow it, then the wire's parenthesis or a dash."""
        if texts[j] != "," or texts[start].lower() in _NOT_FIRST or any(
                t.lower() in self._org_name_heads for t in texts[start:j]):
            return False  # "THE WINNER, Russia -", "VELMAR GROUP, Paris -": a title or a company in capitals
        if start > 0 and texts[start - 1] in _SENTENCE_ENDS and "\n" not in doc[start - 1].whitespace_:
            return False  # "ST. JOSEPH, Mich. -": the line opens the dateline; a full stop inside is an abbreviation's
        for end in range(j + 2, min(j + 2 + MAX_DATELINE_REGION_TOKENS, len(doc))):
            if texts[end] in _DATELINE_DASHES or texts[end] == "(":
                return any(e.type in _DATELINE_REGION_TYPES for e in self.res.kb.lookup("GPE", doc[j + 1:end].text))
        return False

    def _inside_longer_name(self, doc: Doc, start: int, end: int, covered: set[int]) -> bool:
        """A KB organisation's name that is only the end of a longer one: a capitalised word of no place, demonym
        or other KB name before it in running text ("the National Assembly of the Republic of Zembla" is no
        "Assembly of the Republic"; "the Progressive Conservative Party of Kestrel" no "Conservative Party of
        Kestrel"), or a word hyphens glue on both sides ("PORT-AU-PRINCE" holds no "AU"). A demonym, a place, a
        possessive or an article before it leaves it whole ("Scottish Labour Party", "Blair's Labour Party"), and
        so does a headline's casing ("Sudan Says U.N. Sanctions ..."). Nor is it the start of a longer one: a
        capitalised head and "of" after it ("the Federal Reserve Bank of Kestrel", "the Zemblan Union Council of
        Ministers")."""
        texts, lowers = token_texts(doc), token_lowers(doc)  # a Token only past the tests on the strings
        if start >= 2 and end < len(doc) and texts[start - 1] in HYPHENS and texts[end] in HYPHENS \
                and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ and not doc[end - 1].whitespace_:
            return True
        if end + 1 < len(doc) and lowers[end] in self.res.org_heads and lowers[end + 1] == "of" \
                and doc[end].is_title and not self._in_headline(doc, start) \
                and not (start > 0 and texts[start - 1] in HYPHENS and not doc[start - 1].whitespace_):
            return True  # "a Federal Reserve Bank of Kestrel forecast": a longer name's start, no "Federal Reserve";
            # a stance's "pro-EU Party of ..." keeps its KB name
        k = start - 1
        if k < 0 or k in covered or not doc[start].is_title or not doc[k].is_title or not doc[k].is_alpha \
                or doc[k].is_sent_start or doc[k].is_stop:
            return False
        word = doc[k].text
        if self.res.kb.demonym(word) or self.res.kb.lookup("GPE", word) or self._is_first_name_at(doc, k):
            return False
        return not self._in_headline(doc, start)

    def _outlets(self, doc: Doc) -> tuple[set[int], list[Span]]:
        """Outlet citations in parentheses are blocked ("(Reuters) (BBC News)"), and so is a parenthesis
        that ends in an outlet's head noun ("(AP via Zembla Chronicle)", "(The Ruritania Times)"); a multi-word
        outlet named in running text ("told Fox News") is an organisation."""
        blocked: set[int] = self._cited_outlets(doc)
        cited: list[Span] = []
        texts = token_texts(doc)
        for _, start, end in self.outlets(doc):
            in_parens = (start > 0 and texts[start - 1] == "(") or (end < len(doc) and texts[end] == ")")
            if in_parens:
                blocked.update(range(start, end))
            elif end - start >= 2 and not (end < len(doc) and _cap_text(texts[end])):
                span = Span(doc, start, end, label="ORG")  # not "The Australian Labor Party"
                set_span_value(span, "rule", "lexicon.outlet")
                cited.append(span)
        return blocked, cited

    @staticmethod
    def _citations(doc: Doc) -> set[int]:
        """The tokens of the source citations that end a paragraph after its last sentence ("... wins.
        (The Ruritanian Council) (Zembla Info)"): they name where the story was read, not who is in it."""
        out: set[int] = set()
        texts = token_texts(doc)  # a Token object only for a ")": doc[i] builds one per call
        if ")" not in texts:
            return out  # no parenthesis closes: no citation (most Docs)
        ends = [i for i in _positions(texts, ")") if (
            i + 1 == len(doc) or "\n" in doc[i].whitespace_ or (texts[i + 1].isspace() and "\n" in texts[i + 1]))]
        for end in ends:
            groups: list[tuple[int, int]] = []
            k = end
            while k >= 0 and texts[k] == ")":
                j = _opening(texts, k, MAX_CITATION_TOKENS + 1)
                if j is None:
                    break
                groups.append((j, k))
                k = j - 1
                while k >= 0 and texts[k] == ",":
                    k -= 1
            if groups and k >= 0 and texts[k] in _SENTENCE_ENDS:
                out.update(i for j, e in groups for i in range(j, e + 1))
        return out
    def _cited_outlets(self, doc: Doc) -> set[int]:
        """The tokens inside a parenthesis of at most :data:`MAX_OUTLET_CITATION_TOKENS` tokens whose last word
        is a capitalised outlet head ("(Int'l Herald Tribune)"): a source citation, not a name in the story."""
        heads = self.res.outlet_heads
        blocked: set[int] = set()
        if not heads:
            return blocked
        texts = token_texts(doc)
        if ")" not in texts:
            return blocked  # no parenthesis closes: no citation (most Docs)
        for close in _positions(texts, ")", 2):
            last = texts[close - 1]
            if not last[:1].isupper() or last.lower() not in heads:
                continue
            open_ = _opening(texts, close, MAX_OUTLET_CITATION_TOKENS + 1)
            if open_ is not None:
                blocked.update(range(open_ + 1, close))
        return blocked

    def _people_over_places(self, doc: Doc, found: list[Span], role_ends: set[int],
                            role_starts: dict[int, int]) -> list[Span]:
        """Places that are part of a person's name: a city right after a first name ("Prime Minister
        Pedro Lima"), after a first name and a middle name ("Ana Maria Lima"), or after an ambiguous
        first name right after a title ("Governor Mark Dayton"); or a place that is also a first name
        right before a capitalised word ("Kent Kowal"), unless the place ends a title ("Mayor of Lyon
        Ana Ruiz", an envoy's post: "Ambassador to Jordan Mark Dell") or the capitalised word starts one
        ("Georgia Governor Ana Ruiz": the place of the title, not a first name); or a place after a name's particle
        and a hyphen ("al-Sabah"), or one that is a first name too before them ("Sabah al-Ahmad")."""
        out = []
        texts = token_texts(doc)  # strings: ``s.text`` and ``doc[i]`` build a Token per word
        for s in found:
            if s.label_ == "GPE" and self._may_join_name(texts, s.start, s.end) and get_span_value(s, "rule") == "kb" \
                    and not self._title_place(doc, s, role_ends) and not self._after_envoy(doc, s.start - 1):
                entities = self.res.kb.lookup("GPE", span_text(doc, s.start, s.end))
                city = all(e.type == "city" for e in entities)
                after_first = s.start > 0 and (self._is_first_name_at(doc, s.start - 1) and (city or len(s) == 1) or (
                    city and self._named_before(doc, s.start, role_ends))) and \
                    not self.res.kb.lookup("GPE", texts[s.start - 1])  # "George Washington"
                # a headline's verb after it is no surname ("Israel Kills Five in Raid", "Iran Says ..."): the place
                # is the headline's subject
                before_surname = len(s) == 1 and s.end < len(doc) and s.end not in role_starts and \
                    all("first_name" in e.clashes for e in entities) and (
                        _cap_text(texts[s.end]) and not self.res.kb.lookup("GPE", texts[s.end])
                        and self._may_be_surname_after_place(doc, s)
                        and not self._headline_verb_opens(doc, texts, s.end)
                        or self._particle_hyphen(doc, s.end))  # "Sabah al-Ahmad": a first name, then a particle
                # "Sheikh Ahmad al-Fahd al-Sabah": a name's particle written tight before the place with a hyphen
                after_particle = s.start >= 2 and self._particle_hyphen(doc, s.start - 2)
                if after_first or before_surname or after_particle:
                    continue
            out.append(s)
        return out

    def _may_be_surname_after_place(self, doc: Doc, place: Span) -> bool:
        """The capitalised word after a place that is a first name too may be its surname ("Kent Kowal"): not a
        common word ("the slogan Kenya First"), nor a name's own first name after "of" or "from" ("Ambassador of
        France Alexandre Ziegler": the place ends a title and the person's name follows it)."""
        k, texts = place.end, token_texts(doc)
        if doc[k].is_stop or self.res.is_non_name(texts[k]):
            return False
        return not (place.start > 0 and doc[place.start - 1].lower_ in _TITLE_PLACE_JOINERS
                    and self._is_first_name_at(doc, k) and k + 1 < len(doc) and _cap_text(texts[k + 1]))

    def _after_envoy(self, doc: Doc, k: int) -> bool:
        """Token ``k`` is the word after an envoy's noun that leads to the post ("ambassador to", roles.jsonl
        ``destination_before``): the place after it completes the title, as a place after "of" does."""
        lowers = token_lowers(doc)
        return k >= 0 and any(k + 1 >= n and " ".join(lowers[k + 1 - n:k + 1]) in joins
                              for n, joins in self._envoy_joins.items())

    def _may_join_name(self, texts: list[str], start: int, end: int) -> bool:
        """What every check of :meth:`_people_over_places` needs beside the place ``doc[start:end]``, read from the
        strings: a capitalised word (a first name) or a hyphen (after a particle) right before it, or, for a place of
        one word, a capitalised word or a name's particle right after it. Most places have neither ("in Velmar,"):
        they stay places with no lookup of the KB's entries."""
        before = texts[start - 1] if start else ""
        if before[:1].isupper() or before == "-":
            return True
        return end - start == 1 and end < len(texts) and (texts[end][:1].isupper() or texts[end] in self.res.particles)

    def _particle_hyphen(self, doc: Doc, k: int) -> bool:
        """``doc[k:k + 3]`` is a name's particle, a hyphen and a capitalised word, written tight ("al-Sabah")."""
        texts = token_texts(doc)  # a Token only for a particle and a hyphen
        return k + 2 < len(doc) and texts[k] in self.res.particles and texts[k + 1] == "-" \
            and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and _cap_text(texts[k + 2])

    def _named_before(self, doc: Doc, k: int, role_ends: set[int]) -> bool:
        """A person's given names end right before token ``k``: a first name and at most
        :data:`MAX_MIDDLE_NAMES` capitalised names ("Domingos Simões"), or a first name that is also a
        common word right after a title ("Governor Mark"), so a city at ``k`` is the surname. A headline's
        capitals mark no middle name ("Abbas Escapes Gaza Shooting")."""
        j = k - 1
        if j >= 1 and j in role_ends and doc[j].text in self.ambiguous_first and \
                self._is_first_name_word(doc[j]):
            return True  # "Governor Mark Dayton"
        if not _cap_text(token_texts(doc)[j]) or self._in_headline(doc, k):
            return False  # no capitalised name right before (most places: "in Velmar"), or a headline's capitals
        for first in range(j - 1, max(j - 1 - MAX_MIDDLE_NAMES, -1), -1):
            middle = doc[first + 1:k]
            if not all(_is_cap(t) and not t.is_stop and not self.res.is_non_name(t.text)
                       and not self.res.kb.lookup("GPE", t.text) and not self.res.kb.demonym(t.text) for t in middle):
                return False
            if self._is_first_name_at(doc, first):
                return True
        return False

    def _is_first_name_word(self, token: Token) -> bool:
        """A capitalised first name, ambiguous ones ("Mark", "Will") included."""
        text = token.text
        return text[:1].isupper() and (text in self.first_names or fold(text).title() in self.first_names)

    def _subnational(self, place: Span) -> bool:
        """Whether every place the KB may read ``place`` as lies below a country (a state, a county)."""
        found = self.res.kb.lookup("GPE", place.text)
        return bool(found) and all(e.type in _SUBNATIONAL_TYPES for e in found)

    def _org_spans(self, doc: Doc, taken: set[int], places: dict[int, Span], texts: list[str],
                   headline_words: set[int], role_only: frozenset[int] = frozenset()) -> list[Span]:
        """Organisation names ending in a head noun: "Ruritanian People's Party",
        "Election Commission of Ruritania", "Justice and Development Party". The tokens of the runs left out as a
        headline's words (:meth:`_headline_only`) are added to ``headline_words``: no other name starts there."""
        heads = self._org_name_heads
        out: list[Span] = []
        used: set[int] = set()
        # Only a head's word starts a name: the loop visits those tokens alone (a Doc holds a few among ~10^2 words).
        lowers = token_lowers(doc)
        if self._org_head_words.isdisjoint(lowers):
            return out
        # Right to left, so "United Nations Security Council" is one name, not two.
        for i in reversed([k for k, w in enumerate(lowers) if w in self._org_head_words]):
            text = texts[i]
            if i in places and places[i].end == i + 1 and places[i].start < i:
                continue  # "the Russian Federation": a place's own last word, a country's name, no organisation
            if i in places and places[i].start == i < places[i].end - 1:
                continue  # "the District of Columbia", "the Union of the Comoros": a place's own first word
            if text in self.res.org_heads_lower and i not in used and i not in taken:
                span = self._named_before_head(doc, i, taken | used, places)
                if span is not None:
                    out.append(span)
                    used.update(range(span.start, span.end))
                continue
            if not text[:1].isupper() or text.lower() not in heads or i in used or i in taken:
                continue
            if text.lower() in self.res.comma_heads and self._glued_prefix(doc, i, texts):
                continue  # "Velmar Co-operative", "Kestrel Co-Founder": a prefix, no company's suffix
            before = self.res.head_words_before.get(text.lower())
            if before is not None and (i == 0 or texts[i - 1] not in before):
                continue  # "Kestrel Guard", "Save Guard Jobs": a player, a headline's word; not "Coast Guard"
            start, j = i, i - 1
            while j >= 0:
                t = texts[j]  # the word's string: ``doc[j]`` builds a Token
                if j in places and fold(span_text(doc, j + 1, i + 1)) in self._generic_bodies \
                        and not self._subnational(places[j]):
                    break  # "the Zembla National Assembly": the country's body; the place stays a place (a state's
                    # name is its own body's: "the Lagos State House of Assembly", "the Kerala Legislative Assembly")
                if j in places:  # a place inside the name: "Springfield University"
                    start = places[j].start
                    j = start - 1
                elif j in taken or j in used:
                    break
                elif start in places and j == start - 1 and t in self.res.party_short_names:
                    break  # "Ohio's Democratic U.S. Senate primary": the party's race, no part of the body's name
                elif t in POSSESSIVE_ENDINGS or t in PLURAL_POSSESSIVES:
                    # "Ruritanian People's Party", "Workers' Party" but not "Anna Jones's Labour Party"
                    if j > 0 and lowers[j - 1] in self.res.org_possessives:
                        start, j = j - 1, j - 2
                    else:
                        break
                elif j >= 2 and texts[j - 1] == "-" and lowers[j - 2] in self.res.stance_prefixes and (
                        texts[j - 2].islower() or self.res.kb.demonym(t) or self.res.kb.lookup("GPE", t)):
                    # "the pro-Russian Party of Socialists", "Pro-Zemblan Party Wins": a stance, not part of the name;
                    # a capitalised prefix before a common noun is ("the Velmar Anti-Corruption Commission")
                    break
                elif _cap_text(t) or self._hyphen_inside(doc, j) or (j == i - 1 and t.isupper() and t.isalpha()):
                    start = j  # an acronym right before the head belongs too: "AK Party"; a spaced dash ends the name
                    j -= 1
                elif self._company_acronym(t, i, j, text, texts):
                    start = j  # "LG Electronics Inc.", "GOME Electrical Appliances": a company's short name opens it
                    j -= 1
                    break
                elif j == i - 1 and t == "," and text.lower() in self.res.comma_heads and j > 0 \
                        and _cap_text(texts[j - 1]):
                    j -= 1  # "Zembla Motors, Inc.": a company's suffix after a comma
                elif t == "," and self._listed_field(j, start, i, texts, lowers, taken | used, places):
                    start, j = j - 1, j - 2  # "the Culture, Media and Sport Committee": a list of fields before it
                elif lowers[j] in _ORG_CONNECTORS and j > 0 and (_cap_text(texts[j - 1]) or (j - 1) in places):
                    if lowers[j] == "of" and self._person_before(doc, j):
                        break  # "Eunice Lam of New People's Party": a person of the party, not part of it
                    if lowers[j] in ("and", "&") and texts[j - 1].lower() in self.res.org_heads:
                        break  # "Police and National Guard troops": two bodies, not one name
                    j -= 1
                else:
                    break
            # a stop word's spelling that is a place ("US" of "the US Army") opens the name
            # ... but a stop word joined by a tight hyphen opens it: "the All-Zemblan People's Assembly"
            while start < i and (lowers[start] in _ORG_CONNECTORS
                                 or (doc[start].is_stop and start not in places
                                     and not (start + 1 < i and self._hyphen_inside(doc, start + 1)))
                                 or texts[start] == "-"
                                 or texts[start] in POSSESSIVE_ENDINGS | PLURAL_POSSESSIVES
                                 or lowers[start] in self.res.org_leading
                                 or self._counted_of(start, i, texts)):
                start += 1  # "VELMAR - A Senate panel", "Hundreds of Zembla National Guard"
            end = self._of_extension(doc, i + 1, taken | used, places, text.lower() in self.res.topic_heads, role_only)
            if start in places and self._place_after_of(doc, i + 1, end, places, places[start]):
                end = i + 1  # "Sevilla FC of Spain": a name that opens with its city takes no country after "of"
            if text.lower() in self.res.placed_heads:
                end = self._place_in(doc, end, taken | used, places)
            if end - start < 2:
                continue
            if end == i + 1 < len(doc) and _cap_text(texts[end]) and texts[end].lower() in self.res.place_heads:
                continue  # "Cape Kestrel Air Force Station", "Velmar Army Airport": a place's name goes on past the head
            if end == i + 1 < len(doc) and _cap_text(texts[end]) and text.lower() in self.res.modifier_heads \
                    and texts[end].lower() not in heads:
                continue  # "Institute of Electrical and Electronics Engineers": a modifier inside a longer name
            if text.lower() in self.res.eponymous_heads and (
                    sum(texts[k] != "-" for k in range(start, i)) < 2 or self._is_first_name_at(doc, start)):
                continue  # "the Kowalski Administration", "the Anna Kowalski Administration": a person's government
            if text.lower() in self.res.place_bound_heads and not any(
                    k in places or self.res.kb.demonym(texts[k]) for k in range(start, i)):
                continue  # "Ruiz Gets Senate Nod", "Republican Senate": no chamber's place, no chamber's name
            if self._headline_only(doc, start, end, texts):
                headline_words.update(range(start, end))  # nor a person's name: "Velmar Forum Grows"
                continue  # "Regulators Probe Mutual Fund Fees": a headline's capitals, no name the story repeats
            span = Span(doc, start, end, label="ORG")
            set_span_value(span, "rule", "shape.org_head")
            out.append(span)
            used.update(range(start, end))
        return out

    def _place_after_of(self, doc: Doc, k: int, end: int, places: dict[int, Span], opening: Span) -> bool:
        """``doc[k:end]`` is "of", an optional "the" and one place ending at ``end``, nothing else, that holds the
        place ``opening`` opening the name: where the body is, said twice ("Sevilla FC of Spain"; not "Commonwealth
        Bank of Australia", whose first word lies in no Australia)."""
        if end <= k + 1 or doc[k].lower_ != "of":
            return False
        k += 1
        if doc[k].lower_ == "the" and k + 1 < end:
            k += 1
        if k not in places or places[k].start != k or places[k].end != end:
            return False
        kb = self.res.kb
        outer = {e.id for e in kb.lookup("GPE", places[k].text)}
        return any(a.id in outer for e in kb.lookup("GPE", opening.text) for a in kb.ancestors(e) if a.id != e.id)

    def _listed_field(self, comma: int, start: int, head: int, texts: list[str], lowers: list[str],
                      blocked: set[int], places: dict[int, Span]) -> bool:
        """The comma at ``comma`` lists a body's first field ("the Culture, Media and Sport Committee"): the name read
        so far joins its last fields with "and", and one capitalised common word (headline_words.tsv), no place or
        other name's, stands between "the" and the comma (not "In Paris, Media and Sport Committee members", "the
        Louvre, Velmar and Kestrel Museum")."""
        return comma >= 2 and start == comma + 1 and ("and" in lowers[start:head] or "&" in lowers[start:head]) \
            and lowers[comma - 2] == "the" and _cap_text(texts[comma - 1]) and comma - 1 not in blocked \
            and comma - 1 not in places and lowers[comma - 1] in self.res.headline_words

    def _company_acronym(self, t: str, head: int, j: int, head_text: str, texts: list[str]) -> bool:
        """``t`` at ``j`` is a short acronym (at most :data:`MAX_COMPANY_ACRONYM_CHARS` capitals) that opens a
        company's name two words or more before an institution's head ("LG Electronics Inc.", "GOME Electrical
        Appliances"): a capitalised word follows it, and none precedes it (no dateline's or headline's capitals run on
        into the name: "KESTREL, Velmar Bank", "BBC Velmar Chemicals")."""
        return j < head - 1 and t.isupper() and t.isalpha() and MIN_ACRONYM_CAPITALS <= len(t) <= \
            MAX_COMPANY_ACRONYM_CHARS and head_text.lower() in self.res.institution_heads and _cap_text(texts[j + 1]) \
            and (j == 0 or not (_cap_text(texts[j - 1]) or texts[j - 1].isupper()))

    def _headline_only(self, doc: Doc, start: int, end: int, texts: list[str]) -> bool:
        """``doc[start:end]`` stands in the headline above a story (the document's first sentence, in headline case)
        and the story never writes it again as it is: in a headline every word is capitalised, so a head noun ends a
        run of verbs and nouns ("Congress Asks SEC for Mutual Fund Study", "Velmar Says Sanctions Would Destroy
        Society"), while a real organisation's name recurs in the story ("Velmar Realty Trust Buys Stake. Velmar Realty
        Trust said ..."). A headline standing alone keeps its names: there is no story to check them against; so does
        a capitalised line further down (a list of venues, "Reuters - Velmar Inc." cut at "Inc.")."""
        sents, of = sentence_index(doc)
        sent = sents[of[start]]
        if sent.start != 0 or sent.end == len(doc) or not self._in_headline(doc, start):
            return False
        name = texts[start:end]
        width = end - start
        # the words are compared only where the name's first word stands (list.index: a scan in C)
        return not any(texts[k:k + width] == name for k in _positions(texts, name[0], 0, len(doc) - width + 1)
                       if k + width <= sent.start or k >= sent.end)

    def _counted_of(self, start: int, head: int, texts: list[str]) -> bool:
        """``texts[start]`` is a word never a name nor an institution's ("Hundreds", "Supporters"; not "House" of "House
        of Commons") before "of": a count of the organisation's members, not the first word of its name."""
        return start + 1 < head and texts[start + 1] == "of" and word_key(texts[start]) in self.res.non_name_others \
            and texts[start].lower() not in self.res.org_heads

    def _named_before_head(self, doc: Doc, head: int, taken: set[int], places: dict[int, Span]) -> Span | None:
        """"the Engagement for Citizenship and Development party": a capitalised name before a head noun
        written in lower case is the organisation's name without it; a single word only when the name
        with the head is one the KB knows ("the Democratic party": Democratic Party)."""
        start = j = head - 1
        while j >= 0 and j not in taken and (j not in places or self._place_inside(doc, j, places, taken)) and (
                _is_cap(doc[j]) and doc[j].lower_ not in ARTICLES  # a sentence's "The" opens no name
                or _is_capitals(doc[j]) or self._hyphen_inside(doc, j)
                or (doc[j].lower_ in _ORG_CONNECTORS and j > 0 and _is_cap(doc[j - 1]) and doc[j - 1].lower_ != "the")):
            start = j
            j -= 1
        j = self._skip_party_modifiers(doc, j)  # "the ruling MAS party", "the far-right Velmar Dawn party"
        if start >= head or not (_is_cap(doc[start]) or _is_capitals(doc[start])) or doc[start].is_sent_start or \
                (j >= 0 and doc[j].lower_ not in ARTICLES | _POSSESSIVE_DET
                 and doc[j].text not in POSSESSIVE_ENDINGS):
            return None  # "... of the Vamos party", "Ruritania's Green party", "his Velmar coalition"; not "Voters
            # party" (a sentence start)
        name = doc[start:head]
        if doc[head - 1].lower_ in self.res.place_heads and not self.res.kb.lookup("ORG", f"{name.text} {doc[head].text}"):
            return None  # "a new Kestrel Valley alliance": a place's name before the head, no party's
        if self.res.kb.lookup("ORG", f"{name.text} {doc[head].text}"):
            span = Span(doc, start, head + 1, label="ORG")  # "The Canadian Liberal party": the KB's alias
        elif head - start >= 2 and (party := self._nation_party(doc, start, head)) is not None:
            span = Span(doc, start, head + 1, label="ORG")  # "the Japanese Liberal Democratic party"
            set_span_value(span, "kb_id", party.id)
            set_span_value(span, "entity", party.name)
        elif (head - start >= 2 or _is_capitals(doc[start])) and not all(
                self.res.kb.demonym(t.text) or self.res.is_non_name(t.text) for t in name if t.text != "-"):
            # several words ("the Ata-Zhurt party", "the Velmar Unity party"; not "the Zemblan Socialist party"), or
            # an acronym ("the ruling MAS party"): a name, not an adjective
            span = Span(doc, start, head, label="ORG")
        elif head - start == 1 and self._unknown_name_word(doc[start]) and (
                j < start - 1 or j >= 0 and doc[j].lower_ in _POSSESSIVE_DET):
            # one word no list knows, after a modifier or a possessive: a name ("the far-right Zorblat party", "the
            # opposition Zorblat bloc", "his Zorblat coalition"); after a bare "the" too little ("the Zorblat party",
            # "the Soviet bloc", "the Christmas party")
            span = Span(doc, start, head, label="ORG")
        else:
            return None
        set_span_value(span, "rule", "shape.org_head_lower")
        return span

    def _unknown_name_word(self, token: Token) -> bool:
        """``token`` is a capitalised word that no list gives another reading: no demonym, place, first name, word
        never a name or common noun of the treebanks ("Velmar", "Zorblat"; not "Kurdish", "Christmas", "Unite")."""
        text = token.text
        if text.lower().endswith(_ADJECTIVE_ENDINGS):
            return False  # "the main Kurdish alliance", "the rival Islamist movement": an adjective
        return _is_cap(token) and text.replace("'", "").replace("’", "").isalpha() and not self.res.kb.demonym(text) and not self.res.is_non_name(text) \
            and not self._is_first_name(token) and text.lower() not in self.res.headline_words \
            and not self.res.kb.lookup("GPE", text)

    def _skip_party_modifiers(self, doc: Doc, j: int) -> int:
        """The token before up to :data:`MAX_PARTY_MODIFIERS` modifier words that end at ``j`` before a party's name:
        lower-case words ("the ruling", "the small", "the newly formed") and hyphenated ones ("the far-right",
        "the pro-independence"); ``j`` itself when none."""
        k, words = j, 0
        while k > 0 and words < MAX_PARTY_MODIFIERS:
            t = doc[k]
            if t.is_alpha and t.is_lower and not (t.is_stop and t.lower_ not in self.res.org_leading) \
                    and t.lower_ not in ARTICLES:
                words += 1
                k -= 1
            elif self._hyphen_inside(doc, k) and doc[k - 1].is_lower and doc[k + 1].is_lower:
                k -= 1
            else:
                break
        return k

    def _nation_party(self, doc: Doc, start: int, head: int) -> Entity | None:
        """The KB party named by the words after a demonym at ``start`` and the head at ``head`` ("Japanese Liberal
        Democratic party": the Liberal Democratic Party of Japan), one of that nation's own; None if none or several."""
        nations = {e.id for e in self.res.kb.demonym(doc[start].text)}
        if not nations:
            return None
        known = [e for e in self.res.kb.lookup("ORG", f"{doc[start + 1:head].text} {doc[head].text}")
                 if e.part_of in nations]
        return known[0] if len(known) == 1 else None

    def _named_after_head(self, doc: Doc, taken: set[int], places: dict[int, Span], texts: list[str]) -> list[Span]:
        """"the Islamist party Velmar Unity", "separatist group ZLF", "utility company Kestrel Power", "electronics
        retailer Zorbo": a lower-case head or noun (org_heads.tsv and org_nouns.tsv ``before_name``) after a word
        that describes it, then a capitalised name of at most :data:`MAX_NAMED_AFTER_TOKENS` words, none taken, the
        first no title, demonym or common word (nor a first name before another word: a person), and no capitalised
        word after it. An article right before the head ("the company Kowalski founded") starts a clause, not a
        name."""
        out = []
        n = len(doc)
        if self._nouns_before_name.isdisjoint(texts):
            return out  # no such noun (most Docs): a set's test in C, not the loop's over every word
        for h in range(1, n - 1):
            if texts[h] not in self._nouns_before_name or h + 1 in taken or h + 1 in places:
                continue
            before = doc[h - 1]
            if not before.is_alpha or before.is_stop or before.lower_ in self.res.org_leading and h < 2:
                continue
            k = words = h + 1
            while k < n and k not in taken and k not in places and (
                    _cap_text(texts[k]) or texts[k].isupper() and texts[k].isalpha()
                    or doc[k - 1].whitespace_ == "" and (texts[k] == "-" or texts[k - 1] == "-")):
                words += texts[k] != "-" and texts[k - 1] != "-"  # "Jamaat-e-Islami" is one word
                k += 1
            while k > h + 1 and texts[k - 1] == "-":
                k -= 1
            first = texts[h + 1]
            if k == h + 1 or words - (h + 1) > MAX_NAMED_AFTER_TOKENS or (k < n and _cap_text(texts[k])) \
                    or not (_cap_text(texts[h + 1]) or _is_capitals(doc[h + 1])) \
                    or (k - h > 2 and self._is_first_name_at(doc, h + 1)) or self.res.is_non_name(first) \
                    or self.res.kb.demonym(first) or self._in_headline(doc, h):
                continue  # "party Ana Ruiz" is a person; "company Vale" one word, a name; "fund-raising" no name
            if k < n and texts[k] in POSSESSIVE_ENDINGS and self._name_goes_on(doc, k + 1, texts):
                continue  # "retailer Zorbo's Stores Inc.": the name goes on past its possessive
            name = span_text(doc, h + 1, k)
            if texts[h].lower() not in self._party_nouns_before_name and (known := self.res.kb.lookup("ORG", name)) \
                    and all(e.type == PARTY_TYPE for e in known):
                continue  # "Scandinavian airline SAS": a company whose name the KB knows only as a party's
            span = Span(doc, h + 1, k, label="ORG")
            set_span_value(span, "rule", "shape.org_named_after_head")
            out.append(span)
        return out

    def _cued_orgs(self, doc: Doc, taken: set[int], spans: list[Span], texts: list[str]
                   ) -> tuple[list[Span], set[tuple]]:
        """An unknown capitalised name that the genre's words around it (``org_cues.tsv``) make an organisation:
        "facing Velmar Unida, led by Ana Ruiz" (a person's name after the cue), "a group named Kestrel Dawn", "Ana
        Ruiz of the Alianza Velmar Unida" (several words, none a mention), "ZPK leader Ana Ruiz", "Velmar Unida
        candidate Ivan Petrov", "three Kestrel Dawn activists" (several words, or an acronym, the last no common
        noun: not "Zembla Cup leader X"). A place the name ends with is part of it where a word no mention covers
        stands before ("Open Zembla activists"). Returns the organisations and the keys of the places they take in.
        A person stays a person ("the team, led by coach X" names no organisation: the cue needs a name before)."""
        cues = self.res.org_cues
        if not cues or not any(cues.values()):
            return [], set()
        lowers = token_lowers(doc)
        n = len(doc)
        if self._org_cue_firsts.isdisjoint(lowers):
            return [], set()  # no word that opens a cue: a set's test in C, not a scan of the words in Python
        # every cue opens on one of a few words: the tokens that can open one, found in C (a set's ``__contains__``
        # mapped over the strings), most Docs none
        opening = list(compress(range(1, n - 1), map(self._org_cue_firsts.__contains__, lowers[1:n - 1])))
        if not opening:
            return [], set()
        by_word = self._org_cues_by_word

        def cue_at(k: int, position: str) -> int:
            """The end of the longest cue of ``position`` that starts at ``k``, else -1."""
            for cue in by_word.get(position, {}).get(lowers[k], ()):
                if tuple(lowers[k:k + len(cue)]) == cue:
                    return k + len(cue)
            return -1

        # the tokens where a whole cue stands (most of the words that open one open none here): the indexes of the
        # mentions below are built only for them
        person_ends = {s.end for s in spans if s.label_ == "PERSON"}
        opening = [k for k in opening if self._cue_stands(lowers, k, k in person_ends)]
        if not opening:
            return [], set()
        people_at = {s.start: s for s in spans if s.label_ == "PERSON"}
        places = {i: s for s in spans if s.label_ == "GPE" for i in range(s.start, s.end)}
        # a person's name that only a verb after it gave ("Kestrel Dawn claims the attack") yields to these cues
        weak = {i: s for s in spans if s.label_ == "PERSON" and get_span_value(s, "rule") == "shape.cue_after"
                for i in range(s.start, s.end)}
        covered = (set(taken) | {i for s in spans for i in range(s.start, s.end)}) - set(weak)
        out: list[Span] = []
        inside: set[tuple] = set()

        def breaks(k: int) -> bool:
            """``doc[k]`` ends a name: a month or weekday, or a closed-class word ("On Monday Velmar leader X")."""
            return lowers[k] in self._calendar_words or (lowers[k] in self._name_breaks and lowers[k] not in _NAME_INSIDE)

        def name_before(end: int) -> int:
            """The start of the capitalised run that ends at ``end`` (uncovered words, then a place they open)."""
            k = end
            while k > 0 and end - k < MAX_NAME_TOKENS and (k - 1) in places:
                k -= 1
            place_start = k
            while k > 0 and end - k < MAX_NAME_TOKENS and (k - 1) not in covered and not breaks(k - 1) and (
                    _cap_text(texts[k - 1]) or _is_capitals(doc[k - 1]) or self._hyphen_inside(doc, k - 1)
                    or (lowers[k - 1] in _NAME_INSIDE and k > 1 and _cap_text(texts[k - 2]) and lowers[k - 2] != "the")):
                k -= 1
            if k == place_start:
                return end  # a place alone ("Zembla leader X") or nothing
            while k < place_start and (doc[k].is_sent_start and lowers[k] in self.res.headline_words
                                       and not texts[k].isupper() or lowers[k] in ARTICLES):
                k += 1  # "Jailed Velmar Dawn leader X": a sentence's first common word
            return k

        def name_after(start: int) -> int:
            k = start
            while k < n and k - start < MAX_NAME_TOKENS and k not in covered and not breaks(k) and (
                    _cap_text(texts[k]) or _is_capitals(doc[k]) or self._hyphen_inside(doc, k)
                    or (lowers[k] in _NAME_INSIDE and k + 1 < n and _cap_text(texts[k + 1]))):
                if lowers[k] == "of" and k > start and k + 1 in places:
                    k = places[k + 1].end  # "the Skating Club of Velmar": the place ends the name
                    break
                k += 1
            while k > start and (lowers[k - 1] in _NAME_INSIDE or texts[k - 1] == "-"):
                k -= 1
            return k

        def keep(start: int, end: int, rule: str, several: bool) -> None:
            words = [texts[k] for k in range(start, end) if texts[k] != "-"]
            if not words or all(self.res.is_non_name(w) or self.res.kb.demonym(w) for w in words) \
                    or any(k in covered and k not in places for k in range(start, end)) \
                    or all(k in places for k in range(start, end)) or words[0].lower() in self._calendar_words \
                    or (several and len(words) < 2 and not (is_acronym(words[0]) and 2 < len(words[0]) <= MAX_CUED_ACRONYM)) \
                    or any(o.start < end and start < o.end for o in out) or self._in_headline(doc, start) \
                    or (len(words) > 1 and all(w.isupper() for w in words)):
                return  # ... nor a dateline's or headline's capitals ("NEW YORK leader X")
            span = Span(doc, start, end, label="ORG")
            set_span_value(span, "rule", rule)
            out.append(span)
            inside.update(_span_key(p) for k in range(start, end) if k in places for p in [places[k]])
            inside.update(_span_key(p) for k in range(start, end) if k in weak for p in [weak[k]])

        for k in opening:
            if texts[k - 1] == "," and (e := cue_at(k, "after_comma")) > 0 and e in people_at:
                keep(name_before(k - 1), k - 1, "shape.org_led_by", False)  # "Velmar Unida, led by Ana Ruiz"
            if lowers[k - 1] in self._org_nouns_and_heads and doc[k - 1].is_lower \
                    and (e := cue_at(k, "after_noun")) > 0:
                e += e < n and lowers[e] == "the"
                keep(e, name_after(e), "shape.org_named", False)  # "a group named Kestrel Dawn"
            if k in person_ends and (e := cue_at(k, "after_person")) > 0:
                end = name_after(e)
                if end == n or not (_cap_text(texts[end]) or texts[end] in HYPHENS
                                    or (lowers[end],) in cues.get("not_after", ())):
                    keep(e, end, "shape.org_of_person", True)  # "Ana Ruiz of the Alianza Velmar Unida"
            if lowers[k - 1] == "the" and (e := cue_at(k, "before_name")) > 0:
                end = name_after(e)
                if not self._name_runs_on(lowers, texts, end):
                    keep(e, end, "shape.org_described", True)  # "the ruling Velmar Unida", "the opposition ZPK"
            singular = (e := cue_at(k, "before_person")) > 0 and e in people_at
            if singular or cue_at(k, "before_plural") > 0:
                start = name_before(k)
                if start < k and lowers[k - 1] not in self.res.headline_words and len(texts[k - 1]) > 1 \
                        and (lowers[k - 1],) not in cues.get("not_last", ()) and (singular or k - start > 1):
                    # "ZPK leader Ana Ruiz", "Kestrel Dawn activists"; not "Zembla Cup leader X", "Serie A leader X",
                    # nor an acronym before a plural ("AIDS activists": a cause, no organisation)
                    keep(start, k, "shape.org_member", True)
        return out, inside

    def _name_runs_on(self, lowers: list[str], texts: list[str], end: int) -> bool:
        """The name that a ``before_name`` cue opens does not end at ``end``: a noun of ``not_before`` follows ("the
        ruling Velmar Castro family"), or a comma or "and" before another capitalised word, a longer name's list
        ("the ruling Kestrel Peace, Unity and Development Party")."""
        if end >= len(lowers):
            return False
        if (lowers[end],) in self.res.org_cues.get("not_before", ()):
            return True
        return lowers[end] in (",", "and", "&") and end + 1 < len(lowers) and _cap_text(texts[end + 1])

    def _cue_stands(self, lowers: list[str], k: int, after_person: bool) -> bool:
        """A whole cue of org_cues.tsv that opens a reading of :meth:`_cued_orgs` (:data:`_OPENING_CUE_POSITIONS`)
        starts at token ``k`` (``lowers``: the lower-case texts); an ``after_person`` cue only where ``after_person``
        says a person's name ends at ``k``."""
        for m in self._org_cue_lengths.get(lowers[k], ()):
            cue = tuple(lowers[k:k + m])
            if cue in self._org_cue_set or after_person and cue in self._org_cues_after_person:
                return True
        return False

    def _name_goes_on(self, doc: Doc, k: int, texts: list[str]) -> bool:
        """The capitalised words from ``k`` end in an organisation's head: a name that goes on past a possessive
        ("Zorbo's Stores Inc.", "Kestrel's Cos."), unlike an organisation's member ("group Velmar Now's Ana Ruiz")."""
        while k < len(doc) and _cap_text(texts[k]):
            if texts[k].lower() in self.res.org_heads:
                return True
            k += 1
        return False

    @staticmethod
    def _hyphen_inside(doc: Doc, j: int) -> bool:
        """``doc[j]`` is a hyphen written tight between two words ("Kara-Tash"); a name must still start with a
        capitalised word ("the pro-Velmar party" is a stance)."""
        return token_texts(doc)[j] == "-" and 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_ \
            and not doc[j].whitespace_  # a Token only at a hyphen

    @staticmethod
    def _place_inside(doc: Doc, j: int, places: dict[int, Span], taken: set[int]) -> bool:
        """The place at ``j`` is a word inside a party's name, not where it is: a capitalised word no mention covers
        stands right before the place ("the Forward Ukraine party"; not "the Ukraine Green party" or "the Ukraine
        party")."""
        k = places[j].start - 1
        if k >= 1 and doc[k].lower_ in _PLACE_INSIDE_JOINERS:  # "the Unity for Zembla coalition"
            k -= 1
        return k >= 0 and k not in taken and k not in places and _is_cap(doc[k]) and not doc[k].is_sent_start

    def _described_as_org(self, doc: Doc, taken: set[int], spans: list[Span]) -> list[Span]:
        """"Ataka, a nationalist party founded ...", "Kestrel Ninjas, the company leading ...", "the VTB, Zembla's
        largest transport company": a capitalised name in apposition with an article (or a possessive name), up to
        :data:`MAX_APPOSITION_MODIFIERS` modifier words (lower case, a demonym or a place: "a Ruritanian retail
        chain") and a noun that describes an organisation (``org_nouns.tsv``, and the heads written after names,
        ``org_heads.tsv`` ``after_name``) is that organisation. The noun must end the description: a punctuation mark
        or a word of ``org_apposition_next.tsv`` after it ("Zorblat, a party member", "X, the company's founder" and "X, the
        group said" describe a person or start a clause). An organisation no party noun describes is an institution
        (:data:`INSTITUTION_APPOSITION_RULE`)."""
        texts, lowers = token_texts(doc), token_lowers(doc)  # the scan reads strings: doc[i] builds a Token
        n = len(doc)
        out: list[Span] = []
        nouns = self._org_nouns_and_heads
        commas = _positions(texts, ",", 1, n - 2)
        if not commas or nouns.isdisjoint(lowers):
            return out  # no apposition without its comma and its noun (most Docs: a set's test in C)
        covered = set(taken) | {i for s in spans for i in range(s.start, s.end)}  # people stay people
        places = {i for s in spans if s.label_ == "GPE" for i in range(s.start, s.end)}
        for comma in commas:
            k = self._apposition_opening(doc, comma + 1, texts, lowers)
            if k is None:
                continue
            words = 0
            while k < n and lowers[k] not in nouns and words < MAX_APPOSITION_MODIFIERS and (
                    texts[k].islower() and texts[k].isalpha() or k in places or self.res.kb.demonym(texts[k])
                    or self._hyphen_inside(doc, k)):
                words += texts[k] != "-"
                k += 1
            if k >= n or lowers[k] not in nouns or not texts[k].islower():
                continue
            if k + 1 < n and texts[k + 1] not in _APPOSITION_END and lowers[k + 1] not in self.res.org_apposition_next:
                continue  # "a party member", "the company's founder", "the group said"
            start = comma
            while start > 0 and comma - start < MAX_NAME_TOKENS and (start - 1) not in covered and (
                    _cap_text(texts[start - 1]) or texts[start - 1].isupper() and texts[start - 1].isalpha()):
                start -= 1
            if start < comma and lowers[start] in ARTICLES:
                start += 1  # "The Velmar Greens, a party ...": a sentence's article
            if start == comma or self._inside_longer_name_before(doc, start, lowers):
                continue  # no name, or the end of a longer one
            if doc[start].is_stop or all(self.res.is_non_name(texts[i]) for i in range(start, comma)):
                continue  # "Meanwhile, the ruling party, ...", "Greens, ..."; not "Velmar Greens"
            span = Span(doc, start, comma, label="ORG")
            party = lowers[k] in self.res.org_heads_lower or lowers[k] in self.res.party_nouns
            set_span_value(span, "rule", "shape.org_apposition" if party else INSTITUTION_APPOSITION_RULE)
            out.append(span)
        return out

    @staticmethod
    def _apposition_opening(doc: Doc, k: int, texts: list[str], lowers: list[str]) -> int | None:
        """Where an apposition's description starts after its article ("X, a ...", "X, the ...") or a possessive name
        of up to :data:`MAX_APPOSITION_POSSESSOR_TOKENS` words ("X, Zembla City's largest ..."); None if neither."""
        if k < len(doc) and lowers[k] in ARTICLES:
            return k + 1
        j = k
        while j < len(doc) and j - k < MAX_APPOSITION_POSSESSOR_TOKENS and _cap_text(texts[j]):
            j += 1
        return j + 1 if k < j < len(doc) and texts[j] in POSSESSIVE_ENDINGS else None

    @staticmethod
    def _inside_longer_name_before(doc: Doc, start: int, lowers: list[str]) -> bool:
        """The words before ``start`` join it to a longer name ("Church of Jesus Christ", "Union of the Velmar
        Greens", "Liberals and Democrats"), unlike "workers of the VTB", "Workers of the VTB" opening a sentence, or
        "the Greens"."""
        if start == 0:
            return False
        before = lowers[start - 1]
        if before == "the":
            return start >= 3 and lowers[start - 2] in _NAME_INSIDE and _is_cap(doc[start - 3]) \
                and not doc[start - 3].is_sent_start
        return before in _NAME_INSIDE | {"and", "&"}

    def _party_short_names(self, doc: Doc, taken: set[int], spans: list[Span]) -> list[Span]:
        """"the Democratic primary", "Labour leader X", "the Conservatives": a party named by its short name
        or adjective (``party_short_names.tsv``) is that party, unless the word is part of another name
        (covered by a mention, or beside a capitalised word no mention covers: "Democratic Unionist", "Christian
        Democrat")."""
        if self._party_short_firsts.isdisjoint(token_texts(doc)):
            return []  # no short name's first word: the matcher could match nothing (a set's test in C)
        covered = set(taken) | {i for s in spans for i in range(s.start, s.end)}
        out = []
        countries: set[str] | None = None  # the story's countries, read at the first short name bound to countries
        for match_id, start, end in self.party_short(doc):
            if any(i in covered for i in range(start, end)):
                continue
            if end < len(doc) and _is_cap(doc[end]) and end not in covered:
                continue
            k = start - 1
            if k > 0 and doc[k].lower_ in ("and", "&"):
                k -= 1  # "the Flemish Liberals and Democrats"
            word = doc.vocab.strings[match_id]
            party = self.res.party_short_names.get(word)
            if word in self.res.party_country_names:
                if countries is None:
                    countries = self._story_countries(doc, spans)
                party = self._country_party(doc, word, start, end, countries) or party
            if party is None:
                continue
            if k == start - 1 >= 0 and k not in covered and self.res.kb.demonym(doc[k].text):
                out.append(self._national_party(doc, k, end, party))  # "the Scottish Conservatives"
                continue
            if k >= 0 and _is_cap(doc[k]) and doc[k].lower_ not in _NOT_FIRST and k not in covered:
                continue  # "Christian Democrat X", "Social Democrats": the end of a longer name
            span = Span(doc, start, end, label="ORG")
            set_span_value(span, "rule", SHORT_PARTY_RULE)
            set_span_value(span, "entity", party)
            if end < len(doc) and doc[end].lower_ in self.res.org_heads_lower and doc[end].is_lower \
                    and span.text.endswith("s"):
                set_span_value(span, "entity", span.text)  # "the opposition Democrats party": a party so named, not the US one
            out.append(span)
        return out

    def _story_countries(self, doc: Doc, spans: list[Span]) -> set[str]:
        """The KB countries of the story's places (each place's first reading that lies in a country; a dateline is
        one) and of its demonyms ("Indian", "Australia's" and "Canberra" all name Australia or India)."""
        readings = [self.res.kb.lookup("GPE", s.text) for s in spans if s.label_ == "GPE"]
        readings += [self.res.kb.demonym(t.text) for t in doc if t.text[:1].isupper()]
        countries = set()
        for entities in readings:
            country = next((c for e in entities if (c := self.res.kb.at_level(e, "country")) is not None), None)
            if country is not None:
                countries.add(country.name)
        return countries

    def _country_party(self, doc: Doc, word: str, start: int, end: int, countries: set[str]) -> str | None:
        """The party a short name bound to countries (``party_short_names.tsv``'s ``country``) names in this story:
        that of the one country of its rows the story names ("Congress" in a story on India), none where the story
        names none of them or several, or where the word names no party there. A ``common`` word at a sentence's
        start is the party only before a verb form or a party member's noun ("National wins", not "National
        elections")."""
        told = [c for c in self.res.party_country_names[word] if c in countries]
        if len(told) != 1:
            return None
        party = self.res.party_country_names[word][told[0]]
        if party == NOT_A_PARTY:
            return None
        if word in self.res.party_common_words and doc[start].is_sent_start:
            after = doc[end].text if end < len(doc) else ""
            if after.lower() not in self.res.headline_verbs and after not in _PARTY_MEMBER_NOUNS:
                return None
        return party

    def _national_party(self, doc: Doc, start: int, end: int, party: str) -> Span:
        """"the Scottish Conservatives", "Welsh Labour", "Israeli Labour": a demonym before a party's short name names
        the party of that nation or region: the short name's own party where the demonym is of its country ("British
        Labour", "American Republicans"), else the KB's party of that name or of the name with "Party", else itself."""
        span = Span(doc, start, end, label="ORG")
        set_span_value(span, "rule", NATIONAL_PARTY_RULE)
        nations = self.res.kb.demonym(doc[start].text)
        own = {e.id: e for name in [party] + [f"{party} ({n.name})" for n in nations]
               for e in self.res.kb.lookup("ORG", name) if e.part_of in {n.id for n in nations}}
        if len(own) == 1:  # the short name's party, named as the short name alone names it
            set_span_value(span, "entity", party)
            return span
        for name in (span.text, f"{span.text} Party"):
            known = self.res.kb.lookup("ORG", name)
            if len(known) == 1:
                set_span_value(span, "kb_id", known[0].id)
                set_span_value(span, "entity", known[0].name)
                return span
        set_span_value(span, "entity", span.text)
        return span

    @staticmethod
    def _defined_acronyms(doc: Doc, spans: list[Span], blocked: set[int], texts: list[str]) -> list[Span]:
        """"the Independent National Electoral Commission (INEC) ... INEC said": an organisation or place named in
        full and followed by its acronym in parentheses is named by that acronym, there and in the rest of the
        document. The acronym must spell the name (`abbreviates`), so "the Labour Party (AP)" defines nothing.
        Only words no mention covers become mentions; each is the full name's entity, and so is a KB acronym of the
        same letters (the text's "Arcadian Electoral Commission (AEC)" is not the KB's Australian one)."""
        defined: dict[str, Span] = {}
        place_ends: dict[int, int] | None = None  # read from the Doc at the first acronym in parentheses
        for span in spans:
            end = span.end
            if end + 2 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" and span.label_ in ("ORG", "GPE") \
                    and is_acronym(texts[end + 1]) and texts[end + 1] not in defined:
                if place_ends is None:
                    # where a place begins an organisation's name, the acronym may leave it out ("the Zembla Food
                    # Agency (FA)")
                    place_ends = {p.start: p.end for p in doc.spans[CONTEXT_PLACES]} \
                        if CONTEXT_PLACES in doc.spans else {}
                if abbreviates(texts[end + 1], span.text) or span.label_ == "ORG" \
                        and place_ends.get(span.start, end) < end \
                        and abbreviates(texts[end + 1], doc[place_ends[span.start]:end].text):
                    defined[texts[end + 1]] = span
        if not defined:
            return []
        for span in spans:  # the text's own definition outranks the KB's body of the same letters
            full = defined.get(span.text) if len(span) == 1 and get_span_value(span, "rule") == "kb" else None
            if full is not None and span.label_ == full.label_ and get_span_value(span, "kb_id") != get_span_value(full, "kb_id"):
                set_span_value(span, "rule", "shape.defined_acronym")
                set_span_value(span, "kb_id", get_span_value(full, "kb_id"))
                set_span_value(span, "entity", get_span_value(full, "entity") or full.text)
        covered = set(blocked) | {i for s in spans for i in range(s.start, s.end)}
        out = []
        for i, text in enumerate(texts):
            full = defined.get(text)
            if full is None or i in covered:
                continue
            span = Span(doc, i, i + 1, label=full.label_)
            set_span_value(span, "rule", "shape.defined_acronym")
            set_span_value(span, "kb_id", get_span_value(full, "kb_id"))
            set_span_value(span, "entity", get_span_value(full, "entity") or full.text)
            out.append(span)
        return out

    def _person_before(self, doc: Doc, of: int) -> bool:
        """The capitalised run right before ``of`` is a whole name that starts with a first name and
        stands after a lower-case word or a comma ("..., Anna Lam of X Party")."""
        k = of
        while k > 0 and _is_cap(doc[k - 1]) and of - k < MAX_NAME_TOKENS:
            k -= 1
        return 2 <= of - k <= 3 and self._is_first_name_at(doc, k) and (
            k == 0 or not (_is_cap(doc[k - 1]) or doc[k - 1].lower_ in _NAME_INSIDE))

    def _of_extension(self, doc: Doc, end: int, taken: set[int], places: dict[int, Span], topic: bool = False,
                      free: frozenset[int] = frozenset()) -> int:
        """"… of Ruritania", "… of Guardians", "Party of Action and Solidarity", "Party of Socialists of
        the Republic of Moldova", "Ministry of Trade, Industry and Energy" belong to the name; after a head of
        ``topic_heads`` (``topic``), so does a subject after "on" (:meth:`_topic_after`), where an office's word
        (``free``) may stand: "the Commission on Presidential Debates"."""
        while end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "on"):
            if doc[end].lower_ == "on":
                subject = self._topic_after(doc, end + 1, taken - free) if topic else -1
                if subject < 0:
                    break
                end = subject  # "the Commission on Presidential Debates" ("Presidential" an office's word too)
                continue
            k = end + 1
            if doc[k].lower_ == "the" and k + 1 < len(doc):
                k += 1
            if k in places:
                end = places[k].end
            elif _is_cap(doc[k]) and k not in taken:
                first = k
                while k < len(doc) and k not in taken and (_is_cap(doc[k]) or (
                        doc[k].lower_ in ("and", "&") and k + 1 < len(doc) and _is_cap(doc[k + 1])
                        and k + 1 not in taken)):  # not "Department of Justice and [the FBI]"
                    if k > first and k + 1 < len(doc) and doc[k + 1].like_num:
                        break  # "the Chamber of Deputies April 17 vote": a date after the name
                    k += 1
                # one field so far ("Ministry of Trade"): a list of fields may go on after a comma
                end = self._listed_fields(doc, k, taken, places) if k == first + 1 and doc[end + 1].lower_ != "the" \
                    else k
            else:
                break
        return end

    def _place_in(self, doc: Doc, end: int, taken: set[int], places: dict[int, Span]) -> int:
        """The end of "in" and a country right after ``end`` ("the United Nations Mission in Nepal", "in the Central
        African Republic"), the end of a body named after the country it works in; ``end`` itself when none follows
        (a city is where a body meets: "the Velmar Trade Mission in Paris")."""
        k = end + 1
        if end < len(doc) and doc[end].lower_ == "in" and k < len(doc):
            if doc[k].lower_ == "the" and k + 1 < len(doc):
                k += 1
            if k in places and k not in taken and any(
                    e.type == "country" for e in self.res.kb.lookup("GPE", places[k].text)):
                return places[k].end
        return end

    def _topic_after(self, doc: Doc, k: int, blocked: set[int]) -> int:
        """The end of the capitalised run at ``doc[k]`` (past "the") that is a body's subject, else -1: free words
        (a hyphen inside one, "American-Islamic"), none a month, a weekday or a number, neither end a first name, the
        whole no day or event of non_names.tsv: "on Foreign Relations", not "on Monday", "on 12 May", "on Election
        Day", "on Christmas Eve", "on Ana Ruiz's nomination"."""
        n = len(doc)
        if k < n and doc[k].lower_ == "the":
            k += 1
        start = k
        while k < n and k not in blocked and (_is_cap(doc[k]) or (k > start and (self._hyphen_inside(doc, k) or (
                doc[k].lower_ in ("and", "&") and k + 1 < n and k + 1 not in blocked and _is_cap(doc[k + 1]))))):
            if doc[k].lower_ in self._calendar_words or any(c.isdigit() for c in doc[k].text):
                return -1
            k += 1
        if k == start or self._is_first_name_word(doc[start]) or self._is_first_name_word(doc[k - 1]) \
                or (k < n and (doc[k].lower_ in ("'s", "’s") or doc[k].text in HYPHENS)) \
                or word_key(span_text(doc, start, k)) in self.res.non_name_others:
            return -1  # ... nor a run cut by a spaced dash ("on American - Islamic Relations")
        # one field so far ("Council on Energy"): a list of fields may go on after a comma
        return self._listed_fields(doc, k, blocked, {}) if k == start + 1 else k

    def _listed_fields(self, doc: Doc, comma: int, taken: set[int], places: dict[int, Span]) -> int:
        """The end of a list of a ministry's fields that goes on after its first word at ``comma`` ("Ministry of
        Trade, Industry and Energy", "Department for Environment, Food and Rural Affairs"): single words between
        commas, closed by "and" and at most :data:`MAX_LAST_FIELD_TOKENS` words, none a first name or a place, so
        "Ministry of Defence, Anna Jones and Lena Novak" lists people, not fields; ``comma`` where none goes on."""
        k = comma
        n = len(doc)
        while k + 2 < n and doc[k].text == "," and self._field_word(doc, k + 1, taken, places):
            k += 2
            if doc[k].lower_ in ("and", "&"):
                last = k + 1
                while last < n and last - k <= MAX_LAST_FIELD_TOKENS and self._field_word(doc, last, taken, places):
                    last += 1
                return last if last > k + 1 and not (last < n and _is_cap(doc[last])) else comma
        return comma

    def _field_word(self, doc: Doc, k: int, taken: set[int], places: dict[int, Span]) -> bool:
        """``doc[k]`` may be a word of a ministry's field: capitalised, free, no place and no first name."""
        return k not in taken and k not in places and _is_cap(doc[k]) and not self._is_first_name_at(doc, k)

    # -- people --------------------------------------------------------------
    def _runs(self, doc: Doc, taken: set[int], texts: list[str]) -> Iterable[tuple[int, int]]:
        """Maximal runs of name tokens not already covered by a span (``texts``: the token texts; ``taken`` does not
        change while the runs are read)."""
        n = len(doc)
        particles = self.res.particles
        breaks = self._name_breaks
        in_headline = _headline_tokens(doc)
        # The words that may open a run, found in one pass over the strings: most tokens are lower case or taken.
        # :meth:`_dated_month` is written out here, on the lower-case word already made (a call per capital costs
        # more than the test)
        months, last = self._months, len(texts) - 1
        opening = [k for k in _capitalised(doc)
                   if k not in taken and _cap_text(word := texts[k]) and (lower := word.lower()) not in breaks
                   and not (k < last and lower in months and _DAY_NUMBER.match(texts[k + 1]) is not None)]
        i = 0
        for first in opening:
            if first < i:
                continue  # inside the run before
            if in_headline[first] and (self._headline_modal(doc, texts, first)
                                       or self._headline_common_opener(doc, texts, first)):
                continue  # a closed-class word opens no name ("... Delay May Be Plus for Pitt"), nor a headline's noun
            i = first
            j = i + 1
            while j < n and (j - i < MAX_NAME_TOKENS or self._hyphen_syllable(doc, j, taken)) and j not in taken:
                text = texts[j]
                if not text[:1].isupper() and text not in particles and text != "-" and text not in _NICKNAME_QUOTES \
                        and text not in self.res.name_suffixes:
                    break  # a lower-case word, sign or number, which none of the checks below takes into a name
                if self._headline_verb(text) or self._hyphened_headline_verb(doc, texts, j) \
                        or self._headline_break(doc, texts, j) or self._headline_modal(doc, texts, j):
                    break  # headline casing: "Kerry Widens Lead", "Smith Campaigns in Ohio", "Ruiz Re-elected"
                if self._dated_month(texts, j):
                    break  # "elected party president June 14": the date, after the name or title
                if _cap_text(text) or _initial_text(text) or text in self.res.name_suffixes:
                    j += 1
                elif text in particles:
                    k = j
                    while k < n and texts[k] in particles:  # "van der Bellen", "de la Cruz"
                        k += 1
                    if k < n and _cap_text(texts[k]) and k not in taken:
                        j = k + 1
                    elif k < n and texts[k] == "-" and k + 1 < n and _cap_text(texts[k + 1]):
                        j = k + 2  # "Omar Karim al-Haddad"
                    else:
                        break
                elif text == "-" and j + 1 < n and doc[j + 1].is_alpha and (j + 1) not in taken \
                        and doc[j - 1].whitespace_ == "" and doc[j].whitespace_ == "" \
                        and not (doc[j + 1].is_lower and doc[j + 1].text in self.res.stance_suffixes):
                    j += 2  # "Jean-Paul Martin", "Anna Jones-Smith", "Wang Li-wen"; not "the Ana Ruiz-led cabinet"
                elif self._nickname(doc, j, taken, texts):
                    j += 4  # 'Ana "Nena" Ruiz': a quoted nickname between the name's words
                else:
                    break
            yield i, j
            i = j

    def _dated_month(self, texts: list[str], k: int) -> bool:
        """``texts[k]`` is a month's name followed by a day's number ("June 14", "June 14-15", "May 3rd"): a date,
        never a name's word, though many months are also given names ("June Carter")."""
        return k + 1 < len(texts) and texts[k].lower() in self._months and _DAY_NUMBER.match(texts[k + 1]) is not None

    @staticmethod
    def _hyphen_syllable(doc: Doc, j: int, taken: set[int]) -> bool:
        """``doc[j:j + 2]`` is a hyphen and a lower-case syllable written tight to the word before ("Ban
        Ki-moon"): the end of that word, even where the run reached its longest, never cut off there."""
        return j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].is_lower and doc[j + 1].is_alpha \
            and (j + 1) not in taken and doc[j - 1].whitespace_ == "" and doc[j].whitespace_ == ""

    @staticmethod
    def _nickname(doc: Doc, j: int, taken: set[int], texts: list[str]) -> bool:
        """``doc[j:j + 3]`` is one capitalised word in quotes, written tight ('"Nena"'), between two
        name words: a nickname inside the name, not a quotation that follows it."""
        if j + 3 >= len(doc) or any(k in taken for k in range(j, j + 4)):
            return False
        if texts[j] not in _NICKNAME_QUOTES or texts[j + 2] not in _NICKNAME_QUOTES:
            return False  # the usual case, read from the texts before building any Token
        open_, word, close, after = doc[j], doc[j + 1], doc[j + 2], texts[j + 3]
        return open_.text in _NICKNAME_QUOTES and close.text in _NICKNAME_QUOTES and not open_.whitespace_ \
            and not word.whitespace_ and bool(close.whitespace_) and bool(doc[j - 1].whitespace_) \
            and word.is_alpha and _is_cap(word) and _cap_text(after)

    def _hyphened_headline_verb(self, doc: Doc, texts: list[str], j: int) -> bool:
        """``doc[j:j + 3]`` is a capitalised verb form written with a hyphen, three tokens ("Ana Ruiz Re-elected
        President", "Re-Elected As"): no part of the name before it, which would otherwise run on through the
        hyphen as a double-barrelled surname does ("Anna Jones-Smith")."""
        return j + 2 < len(doc) and texts[j + 1] == "-" and doc[j].whitespace_ == "" \
            and doc[j + 1].whitespace_ == "" and self._headline_verb(f"{texts[j]}-{texts[j + 2]}")

    def _headline_break(self, doc: Doc, texts: list[str], j: int) -> bool:
        """``doc[j]``, capitalised inside a run, ends the name: a closed-class word before another capital or in a
        headline ("Ana Velmar To Perform", "Velmar Retires From Racing"; the surname of "James To of the party"
        stays), or in a headline an inflected verb ("Velmar Resigns", "Kestrel Traded to Rivals") that is no first
        name and not written capitalised inside another sentence, as a surname that is a verb too ("Burns") is."""
        word = texts[j]
        if not word[:1].isupper():
            return False
        lower = word.lower()
        if lower in self._name_breaks:  # standing alone: "In-Soo" of "Kim In-Soo" is no preposition
            return bool(doc[j].whitespace_) and (j + 1 < len(doc) and texts[j + 1][:1].isupper()
                                                 or self._in_headline(doc, j))
        if lower in self.res.headline_verbs and word not in self.first_names and self._in_headline(doc, j):
            return not self._written_elsewhere(doc, word, j)
        return self._headline_common_word(doc, texts, j)

    def _headline_common_word(self, doc: Doc, texts: list[str], j: int) -> bool:
        """``doc[j]`` is a common word that a headline capitalises: one of headline_words.tsv (built from the
        treebanks: "Marin Jury Selection Begins", "Kestrels Try to Sweep") or one the story writes in lower case
        ("Ruiz Prosecutors Say ... prosecutors said"), in a headline over a story that never writes it capitalised
        inside a sentence: no name's word. A surname that is a word too ("Brown", "Banks") recurs so in the story, or
        is a KB person's; a first name ("Mark", "Grace") is a name; a byline ("By Ana Block.") names its writer; a
        headline standing alone keeps its capitals, there being no story to check them against."""
        word = texts[j]
        lower = word.lower()
        if not word[:1].isupper() or len(word) < MIN_HEADLINE_WORD_CHARS or word in self.first_names \
                or word in self._kb_surnames or lower in self.res.particles or lower in self.res.place_heads \
                or not self._in_headline(doc, j):
            return False  # "Ivo Von Kestrel Wins ... Ivo von Kestrel", "Lead at Velmar Island": the name's word
        inner = _inner_sentences(doc)
        sents, of = sentence_index(doc)
        return (lower in self.res.headline_words or (lower in inner and not doc[j].is_stop)) \
            and texts[sents[of[j]].start] != _BYLINE \
            and self._has_story(doc) and not self._written_elsewhere(doc, word, j)

    def _headline_common_opener(self, doc: Doc, texts: list[str], i: int) -> bool:
        """``doc[i]`` is a headline's common word (:meth:`_headline_common_word`) that opens no name: the word after
        it is no capitalised name word ("Deadly Explosion Hits", "Big Tax Cut"), unlike "Page Velmar Leads"."""
        return self._headline_common_word(doc, texts, i) and not (
            i + 1 < len(doc) and _cap_text(texts[i + 1]) and not self._headline_break(doc, texts, i + 1))

    @staticmethod
    def _written_elsewhere(doc: Doc, word: str, j: int) -> bool:
        """``word`` is written, as it is, inside (not at the start of) a sentence other than ``doc[j]``'s."""
        return bool(_inner_sentences(doc).get(word, frozenset()) - {sentence_index(doc)[1][j]})

    def _has_story(self, doc: Doc) -> bool:
        """Some sentence of the document is not set in headline case: a story under the headline."""
        return not all(self._headlines(doc))

    def _headline_modal(self, doc: Doc, texts: list[str], j: int) -> bool:
        """``doc[j]`` is a modal verb that is a name too (phrase_breaks.tsv ``headline_modal``), capitalised after a
        capitalised word that is no first name, in a headline: the verb ("Iran May Soon Resume Talks"), not a
        surname ("Theresa May Resigns") or a given name ("Will Velder Wins")."""
        return j > 0 and texts[j].lower() in self._headline_modals and texts[j][:1].isupper() \
            and texts[j - 1][:1].isupper() and texts[j - 1] not in self.first_names \
            and not doc[j].is_sent_start and self._in_headline(doc, j)

    def _headline_verb_opens(self, doc: Doc, texts: list[str], start: int) -> bool:
        """The run at ``start`` opens with a headline's verb ("Hits", "Shuts"; headline_verbs.tsv or a person cue's
        verb) that is no first name, in a sentence set in headline case: the capitals after it are the headline's,
        so a place head there ("Island", "Airport") is a common noun."""
        word = texts[start]
        return (word.lower() in self.res.headline_verbs or self._headline_verb(word)) and word not in self.first_names \
            and self._in_headline(doc, start)

    def _in_headline(self, doc: Doc, j: int) -> bool:
        """``doc[j]``'s sentence is set in headline case (:meth:`_headline_case`); read from the Doc's sentence index,
        as ``Token.sent`` walks the Doc on every call."""
        return _headline_tokens(doc)[j]

    @staticmethod
    def _headlines(doc: Doc) -> list[bool]:
        """Per sentence, whether it is set in headline case; computed once per Doc, as every capitalised word of a
        run may ask it."""
        return _headline_sentences(doc)[0]

    def _headline_verb(self, text: str) -> bool:
        """A capitalised verb form that follows a name ("Widens", "Campaigns", "Is"): not part of the
        name, unless it is also a first name ("George Will")."""
        return text[:1].isupper() and text.lower() in self.verb_forms and \
            text not in self.first_names and text.lower() not in self.res.person_cues_before

    def _trim(self, doc: Doc, start: int, end: int, texts: list[str], lowers: list[str]) -> tuple[int, int, bool]:
        """Drop leading function words, cues, demonyms and common words; say whether a cue was seen (``texts``,
        ``lowers``: the token strings, read once per Doc by the caller)."""
        cued = False
        while start < end:
            text, lower = texts[start], lowers[start]
            title = self._title_words(doc, start, end, texts)
            if title:
                cued, start = True, start + title  # "Foreign Secretary Ivan Petrov": a title of several words
            elif lower in self.res.person_cues_before:
                cued = True
                start += 1
            elif (doc[start].is_stop and not (text in self.first_names and lower not in _NOT_FIRST
                                              and start + 1 < end and _cap_text(texts[start + 1])
                                              and not doc[start + 1].is_stop)) \
                    or self._common_or_demonym(text):
                start += 1  # but "Will Rogers": a first name that is also a function word
            elif text == "-" and start > 0 and not doc[start - 1].whitespace_:
                # a hyphen glued to a word the trim dropped: a double given name ("May-Lin Chen": both parts first
                # names); a compound modifier, after which the name starts ("Australian-born X", "Singer-songwriter
                # X", "the Republican-controlled House", "All-Star Ivo Karst": a first name follows); else a
                # thing's name, no one's ("Zembla-Mogul May Sell Velmar Assets", "the Not-So-Civil War")
                if start + 1 < end and texts[start - 1] in self.first_names \
                        and texts[start + 1] in self.first_names:
                    start -= 1
                elif start + 1 < end and (doc[start + 1].is_lower or (
                        start + 2 < end and self._is_first_name_at(doc, start + 2))):
                    start += 2
                else:
                    start = end
                break
            elif start + 2 < end and texts[start + 1] == "-" and doc[start + 2].is_lower and (
                    lowers[start + 2] in self.res.person_cues_before or self.res.is_non_name(texts[start + 2])):
                cued, start = True, start + 3  # "Pan-democrat Lam ...": a compound cue, not a name
            else:
                break
        while end > start and (texts[end - 1] in self.res.particles or lowers[end - 1] in _NEVER_LAST or (
                self.res.is_non_name(texts[end - 1]) and word_key(texts[end - 1]) not in self.res.non_name_titles)):
            if end - start >= 3 and texts[end - 2] == "-" and texts[end - 1] in self.res.particles:
                break  # "Hau Lung-bin": a syllable after a hyphen, not a particle
            end -= 1  # "Anna Jones Image:" is Anna Jones
        while end > start and texts[end - 1] == "-":
            end -= 1
        if end - start >= 2 and lowers[end - 1] in self.res.name_trailers:
            end -= 1  # "Saddam Aide Held", "Former Saddam Deputy Arrested": the other's name (name_trailers.tsv)
        for k in range(end - 3, start, -1):  # "conservative Christian Chief Justice Tom Hart": after the title
            title = self._title_words(doc, k, end, texts)
            if title:
                return k + title, end, True
        # "Nobel Laureate Wole Adeyemi": a capitalised cue inside the run, no honorific ("Notre Dame Fighting Irish")
        for k in range(end - 3, start, -1):
            if lowers[k] in self.res.person_cues_before and texts[k][:1].isupper() \
                    and lowers[k] not in self._honorifics and not any(
                    self._is_first_name_word(doc[i]) for i in range(start, k)):
                return k + 1, end, True
        if end - start >= MIN_FIELD_CUE_NAME and start >= 2 and lowers[start - 1] in _FIELD_JOINERS \
                and lowers[start - 2] in self.res.person_cues_before and not self._is_first_name_at(doc, start):
            return start + 1, end, True  # "Laureate for Literature Wole Adeyemi": the cue's field, then the name
        for k in range(end - 2, start - 1, -1):  # "Undersecretary for Education Mr. Rossi": the name follows the title
            if len(texts[k]) > 2 and texts[k].endswith(".") and lowers[k] in self.res.person_cues_before:
                return k + 1, end, True
        return start, end, cued

    def _title_words(self, doc: Doc, start: int, end: int, texts: list[str]) -> int:
        """How many tokens from ``start`` make a title of several words listed as a non-name ("Foreign
        Secretary", "Leader of the Opposition") with a capitalised word left after it; 0 if none."""
        if start + 2 >= end:
            return 0
        first = word_key(texts[start])
        if first and first.split(" ")[0] not in self._title_firsts and doc[start].whitespace_:
            return 0  # the phrases' keys all begin with this word's, written apart: none is a title (most words)
        for n in range(MAX_TITLE_TOKENS, 1, -1):
            if start + n < end and word_key(span_text(doc, start, start + n)) in self.res.non_name_titles:
                return n
        return 0

    def _name_like(self, span: Span) -> bool:
        """A run a statistical model may call a person: no common word, verb form, place or demonym in
        it ("Widens Lead", "Google Science Fair" are not)."""
        res, texts = self.res, token_texts(span.doc)
        return texts[span.start].isalpha() and all(  # Token.is_alpha is str.isalpha
            not self._common_or_demonym(text) and text.lower() not in self.verb_forms
            and not res.kb.lookup("GPE", text) for text in texts[span.start:span.end] if text != "-")

    def _weather_system(self, doc: Doc, start: int, end: int, texts: list[str], lowers: list[str],
                        role_ends: set[int], role_starts: dict[int, int], org_starts: set[int]) -> bool:
        """The run ``doc[start:end]`` is a storm named by its kind (person_cues.tsv ``thing_head``, capitalised, after
        only its modifiers: ``thing_head_modifier``) and one name word, or a hyphened one ("Storm Ciara", "Tropical
        Storm Gordon", "Tropical Depression Twenty-One"): a weather system, no person; storms' names are one word, so
        "Hurricane Survivor Ana Ruiz" is none. A kind that is a given name too ("Storm") opening the run names a storm
        only before a given name, as storms are named ("Storm Thorgerson" is a person), and neither right after a
        title or a cue ("Senator Storm Halvorsen") nor before a title or a person's cue set off by a comma ("Storm
        Reid, the actress,", "Storm Reid, who"; a storm is "which")."""
        heads, modifiers = self.res.thing_heads, self.res.thing_head_modifiers
        h = start
        while h < end - 1 and (lowers[h] in modifiers or texts[h] in HYPHENS) and lowers[h] not in heads:
            h += 1
        if h >= end - 1 or lowers[h] not in heads or not texts[h][:1].isupper():
            return False
        name = range(h + 1, end)  # one word, or words glued by hyphens: "Twenty-One"
        if len(name) > 1 and not (len(name) % 2 == 1 and all((texts[k] in HYPHENS) == ((k - h) % 2 == 0) for k in name)
                                  and not any(doc[k].whitespace_ for k in name[:-1])):
            return False
        return not (h == start and texts[h] in self.first_names and (
            len(name) > 1 or texts[h + 1] not in self.first_names or start in role_ends or self._cue_before(doc, start)
            or (end < len(doc) and texts[end] == "," and self._cue_after(doc, end, role_starts, org_starts))))

    def _event_head_at(self, k: int, texts: list[str], lowers: list[str]) -> bool:
        """``texts[k]`` is an event's or an award's head written capitalised (event_heads.tsv), after one of the
        words it needs before it, if any ("National Convention")."""
        before = self.res.event_heads.get(lowers[k])
        return before is not None and texts[k][:1].isupper() and (not before or (k > 0 and texts[k - 1] in before))

    def _event_name(self, doc: Doc, start: int, end: int, texts: list[str], lowers: list[str]) -> bool:
        """``doc[start:end]`` names an event, a competition or an award, no body or person: it ends in an event's
        head ("the Wimbledon Championships", "the London Marathon"), one follows it ("the Golden Globe Award", "the
        American League Championship Series"), or one inside it takes a category ("the Pulitzer Prize for Public
        Service", "the Gulf Cup of Nations"). A head that only modifies a body's head is the body's ("the
        Commonwealth Games Federation", "the International Olympic Committee")."""
        if self._event_head_at(end - 1, texts, lowers) or (end < len(doc) and self._event_head_at(end, texts, lowers)):
            return True
        return any(lowers[k + 1] in _EVENT_CATEGORY_JOINERS and self._event_head_at(k, texts, lowers)
                   for k in range(start + 1, end - 1))

    @staticmethod
    def _titled_thing(doc: Doc, start: int, texts: list[str]) -> bool:
        """A capitalised "The" inside a sentence starts the name of a thing ("such bands as The Velvet
        Underground", "the novel The Testaments"); people's names do not take it."""
        return texts[start] == "The" and start > 0 and not doc[start].is_sent_start and \
            texts[start - 1] not in _QUOTE_OR_OPEN and "\n" not in texts[start - 1]

    def _capitalised_leads(self, doc: Doc, taken: set[int], texts: list[str]) -> list[Span]:
        """A name that opens a sentence in capitals, the lead-in convention of British and Australian papers
        ("GORDON BROWN faces a new warning", "JOHN Howard's plea"): a first name in capitals and a surname in
        capitals or capitalised, then a lower-case word or a possessive. Not a dateline ("GEORGE TOWN, Cayman
        Islands -", "PARIS The ..."), not capitals that go on ("JOHN LEWIS PARTNERSHIP")."""
        out = []
        # the words in capitals, found in one pass over the strings: most Docs hold none before two more words
        capitals = [k for k, t in enumerate(texts[:-2])
                    if len(t) >= MIN_ACRONYM_CAPITALS and t.isupper() and t.isalpha()]
        for i in capitals:
            last, after = texts[i + 1], texts[i + 2]
            if not (last.isalpha() and last[:1].isupper() and (after[:1].islower() and after.isalpha()
                                                                or after in POSSESSIVE_ENDINGS)) \
                    or i in taken or i + 1 in taken or not doc[i].is_sent_start:
                continue
            given = texts[i].title()
            listed = given in self.first_names or fold(given).title() in self.first_names
            if given in self.ambiguous_first or not listed or doc[i + 1].is_stop or self.res.kb.lookup("GPE", given):
                continue  # a dateline with no dash: "PARIS The open-source system"
            person = Span(doc, i, i + 2, label="PERSON")
            set_span_value(person, "rule", "shape.capitalised_lead")
            out.append(person)
        return out

    def _is_first_name_at(self, doc: Doc, k: int) -> bool:
        """:meth:`_is_first_name` of ``doc[k]``, a Token built only for a capitalised word (its first test)."""
        return token_texts(doc)[k][:1].isupper() and self._is_first_name(doc[k])

    def _is_first_name(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or token.is_stop or text in self.ambiguous_first:
            return False
        return text in self.first_names or fold(text).title() in self.first_names

    def _past_honorifics(self, doc: Doc, start: int, end: int) -> int:
        """Past the capitalised honorifics (qualifiers.tsv ``honorific``, at most :data:`MAX_HONORIFICS`) that open
        the run ``doc[start:end]`` right after a title, where at least two words of a name follow ("Prime Minister
        General Ana Ruiz", "President Sir Ivan Petrov"); else ``start`` ("Attorney General Ana" stays a run)."""
        k = start
        for _ in range(MAX_HONORIFICS):
            n = honorific_opening(doc, k, end, self._honorifics)
            if not n:
                break
            k += n
        return k if end - k >= 2 else start

    @staticmethod
    def _person_ends_at(people: list[Span], found: list[Span], end: int) -> bool:
        """A person's name found so far (by the runs before, or the knowledge base) ends right before token ``end``."""
        return any(p.end == end and p.label_ == "PERSON" for p in chain(people, found))

    def _inner_name(self, doc: Doc, start: int, end: int) -> Span | None:
        """A first name inside a longer capitalised run starts the name: "Energy Anna Jones"; not one a hyphen glues
        to the word before, which it ends ("Wal-Mart Stores", "Jan-Mike Gambill"); initials before the run's last word
        start it too ("Returning Officer G. Mabaso")."""
        for k in range(start + 1, end - 1):
            if _initial_text(doc[k].text) and self._initialled(doc, k, end, token_texts(doc)):
                span = Span(doc, k, end, label="PERSON")
                set_span_value(span, "rule", "shape.initials")
                return span
            if self._is_first_name_at(doc, k) and not (
                    doc[k - 1].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_):
                span = Span(doc, k, end, label="PERSON")
                set_span_value(span, "rule", "shape.first_name")
                return span
        return None

    def _unlisted_given_name(self, doc: Doc, texts: list[str], k: int) -> bool:
        """``doc[k]``, right before a first name that would start the name, is a given name no list holds ("Aung San
        Suu Kyi", "Coretta Scott King", "Nguyễn Phú Trọng"): written as a name (a capital, then lower-case letters),
        no first name that is a word too (the first-name list holds "Royal", "Grace"; headline_words.tsv does not),
        no common word of the treebanks (headline_words.tsv: "Energy Anna Jones"), no word that is never a name,
        no place, demonym, organisation, cue or head word, no noun describing a person (:data:`_DESCRIPTOR_ENDINGS`:
        "Goaltender Ana Jones"); not opening a sentence, whose first word may be any noun
        ("Rookie Ana Jones", "Unseeded Ana Jones"), nor in a headline, whose capitals say nothing."""
        word, res = texts[k], self.res
        lower = word.lower()
        return word.isalpha() and word[:1].isupper() and word[1:].islower() and not doc[k].is_stop \
            and not lower.endswith(_DESCRIPTOR_ENDINGS) and lower not in res.particles \
            and lower not in res.headline_words and word not in self.first_names and not res.is_non_name(word) and not res.kb.demonym(word) \
            and not res.kb.lookup("GPE", word) and not res.kb.lookup("ORG", word) \
            and lower not in res.person_cues_before and lower not in res.org_heads and lower not in res.place_heads \
            and not doc[k].is_sent_start and not self._in_headline(doc, k)

    def _ambiguous_but_named(self, doc: Doc, start: int, end: int) -> bool:
        """A first name that is also a word ("Mark", "Dean", "Park") followed by a surname that is no
        common word and no place: "Mark Rathbun", "Dean Kamen"; not where a headline's break cut the run there
        (:meth:`_headline_break`), whose capitals say nothing ("Jupiter's Moon Kestrel Are Spewing Vapor")."""
        first = doc[start].text
        if first not in self.res.common_ambiguous_first_names or start == 0 or doc[start - 1].is_sent_end \
                or end < len(doc) and self._headline_break(doc, token_texts(doc), end) \
                or self._headline_common_word(doc, token_texts(doc), start - 1):
            return False  # nor right after a headline's common word ("First Moon Probe Nears Orbit")
        rest = doc[start + 1:end]
        return all(not t.is_stop and not self.res.is_non_name(t.text) and not self.res.kb.lookup("GPE", t.text)
                   and not self.res.kb.demonym(t.text) for t in rest)

    def _coordinated_people(self, doc: Doc, pending: list[Span], people: list[Span]) -> list[Span]:
        """Names listed with a person are people: "Ivo Petrov, Dragan Horvat, and Lena Novak".

        A pending name joins when at most :data:`COORD_GAP` separator tokens stand between it and
        a person (known, or joined before). Neighbours are looked up by position from each person
        (a worklist), never by comparing every pair of mentions, so the work grows with the
        document's length, not its square.
        """
        by_start: dict[int, list[Span]] = {}
        by_end: dict[int, list[Span]] = {}
        for span in pending:
            if span.start > 0 and doc[span.start - 1].lower_ in _LIST_NO_PERSON_BEFORE:
                continue  # "the Annual Meeting of the Velmar Bar, Ana Ruiz said": a thing's name, no one's
            by_start.setdefault(span.start, []).append(span)
            by_end.setdefault(span.end, []).append(span)
        joined: set[int] = set()
        texts = token_texts(doc)
        work = list(people)
        n = len(doc)
        while work and len(joined) < len(pending):
            p = work.pop()
            for k in range(1, COORD_GAP + 1):  # after p: doc[p.end:span.start] all separators
                i = p.end + k - 1
                if i >= n or texts[i] not in _COORD_SEPARATORS:
                    break
                for span in by_start.get(i + 1, ()):
                    if id(span) not in joined:
                        joined.add(id(span))
                        work.append(span)
            for k in range(1, COORD_GAP + 1):  # before p: doc[span.end:p.start] all separators
                i = p.start - k
                if i < 0 or texts[i] not in _COORD_SEPARATORS:
                    break
                for span in by_end.get(i, ()):
                    if id(span) not in joined:
                        joined.add(id(span))
                        work.append(span)
        added = [span for span in pending if id(span) in joined]
        for span in added:
            set_span_value(span, "rule", "shape.coordinated")
        return added

    def _plural_cue_noun(self, doc: Doc, s: int, e: int, texts: list[str]) -> bool:
        """One common word (headline_words.tsv) right after a plural cue written capitalised, with no list after it
        ("the Candidates Tournament", "Challengers Cup"): the cue and the noun name an event or a thing; a plural
        cue titles people only in a list ("Candidates Ruiz and Petrov"), a singular one may title a surname that is
        a common word ("Candidate Brown")."""
        if e - s != 1 or s < 1 or not texts[s - 1][:1].isupper() or self._is_first_name_at(doc, s):
            return False
        cue = texts[s - 1].lower()
        if not (cue.endswith("s") and cue in self.res.person_cues_before and cue[:-1] in self.res.person_cues_before):
            return False
        return texts[s].lower() in self.res.headline_words and (
            e >= len(doc) or texts[e].lower() not in _NAME_LIST_JOINERS and texts[e] != ",")

    def _headline_word_after_title(self, doc: Doc, start: int, texts: list[str]) -> bool:
        """A run after a title in a headline ("Fed Governor Speaks", "Philippine President Says Country")
        whose first word is no first name and is not written again, capitalised, outside the headline:
        a headline's verb or noun, not the holder's name (a real holder's name recurs in the story)."""
        sents, of = sentence_index(doc)
        sent = sents[of[start]]
        if self._is_first_name_at(doc, start) or not self._in_headline(doc, start):
            return False
        word = texts[start]
        return not any(texts[k] == word for k in range(len(doc)) if k < sent.start or k >= sent.end)

    def _party_ends(self, doc: Doc, spans: list[Span]) -> set[int]:
        """The ends of the parties named so far, by the knowledge base or by a short name ("Labour")."""
        ends = {s.end for s in spans if s.label_ == "ORG" and (
            e := self.res.kb.get(get_span_value(s, "kb_id"))) is not None and e.type == PARTY_TYPE}
        if not self._party_short_firsts.isdisjoint(token_texts(doc)):
            ends.update(end for _, _, end in self.party_short(doc))
        return ends

    def _party_member(self, doc: Doc, s: int, e: int, texts: list[str], party_ends: set[int]) -> bool:
        """A party's possessive right before a name of two words or more names one of its people ("Labour's Ana
        Ruiz", "the Velmar Party's Ivo Karst"), news's way of giving a candidate's party; never in a headline's
        casing ("Labour's Tax Plan"), nor with a common word inside ("Labour's Health Policy")."""
        return e - s >= 2 and s >= 2 and texts[s - 1] in POSSESSIVE_ENDINGS and (s - 1) in party_ends \
            and not self._in_headline(doc, s) and not any(self.res.is_non_name(texts[k]) for k in range(s, e))

    def _initialled(self, doc: Doc, s: int, e: int, texts: list[str]) -> bool:
        """Initials before one capitalised word name a person ("R. V. Kanagaraj", "G. Mabaso"): the way much of
        South Asia's press writes a given name, which no list of first names holds."""
        last = texts[e - 1]
        if s > 0 and _initial_text(texts[s - 1].capitalize()) and texts[s - 1][0].islower():
            return False  # "z. B. Arztbriefe", "u. A. Kohl": a lower-case abbreviation's second letter, no initial
        return e - s >= 2 and all(_initial_text(texts[k]) for k in range(s, e - 1)) \
            and len(last) >= MIN_INITIALLED_SURNAME and last[1:].isalpha() and last[1:].islower() \
            and not self.res.is_non_name(last) and not self.res.kb.lookup("ORG", span_text(doc, s, e))

    def _cue_before(self, doc: Doc, start: int) -> bool:
        """A cue right before the name: one word ("challenger X") or more ("led by X"), or a military rank in lower
        case ("former general X"). One word in capitals is an acronym, no cue ("MS Exchange" is no "Ms Exchange")."""
        lowers = token_lowers(doc)
        for k in (1, 2, 3):
            if start - k >= 0 and " ".join(lowers[start - k:start]) in self.res.person_cues_before and not (
                    k == 1 and len(word := token_texts(doc)[start - 1]) > 1 and word.isupper() and word.isalpha()):
                return True
        return start > 0 and token_texts(doc)[start - 1] in self.res.rank_cues  # "former general X", as written

    @staticmethod
    def _title_place(doc: Doc, place: Span, role_ends: set[int]) -> bool:
        """The place completes a title before it ("Governor of Texas", "Representative from Hawaii")."""
        k, lowers = place.start - 1, token_lowers(doc)
        if k > 0 and lowers[k] == "the":
            k -= 1  # "Prime Minister of the Netherlands"
        return k > 0 and lowers[k] in _TITLE_PLACE_JOINERS and k in role_ends

    def _after_titled_place(self, doc: Doc, start: int, role_ends: set[int], places: dict[int, Span]) -> bool:
        """The run follows a title and its place ("Prime Minister of Freedonia X", "Former Governor of
        Massachusetts X", "U.S. Representative from Hawaii X"): the place ends the title, the name follows."""
        place = places.get(start - 1)
        return place is not None and place.end == start and self._title_place(doc, place, role_ends)

    def _set_off_after_title(self, doc: Doc, s: int, e: int, role_ends: set[int], places: dict[int, Span]) -> bool:
        """A name of two words or more set off by commas right after a title ("Zembla's health minister, Ana Ruiz,
        said", "the chairman of the Zembla First party, Ana Ruiz, called"), a title's place ("the governor of
        Velmar, Ana Ruiz, said") or a cue noun ("his only rival, Ana Ruiz, conceded"; a cue noun's name may end the
        sentence: "congratulated the winner, Ana Ruiz."): the title's holder, as one written right before it is."""
        texts, lowers = token_texts(doc), token_lowers(doc)
        if not (e - s >= MIN_TOKENS_VERB_CUE and s >= 2 and texts[s - 1] == "," and e < len(doc)
                and texts[e] in (",", ".") and not any(self.res.is_non_name(texts[k]) for k in range(s, e))):
            return False
        if texts[e] == "," and ((s - 1) in role_ends or (
                (place := places.get(s - 2)) is not None and place.end == s - 1
                and self._title_place(doc, place, role_ends))):
            return True
        return lowers[s - 2] in self.res.person_cues_before and lowers[s - 2] not in self.res.person_cue_verbs \
            and texts[s - 2].islower()

    @staticmethod
    def _cue_adverb_at(doc: Doc, end: int) -> int | None:
        """Where an adverb of manner stands right after the name ending at ``end`` or after one or two auxiliaries
        there ("X narrowly wins", "X is officially elected", "X has been formally elected"), else None."""
        k = end
        while k < len(doc) and k - end < 2 and doc[k].lower_ in CUE_AUXILIARIES:
            k += 1
        if k >= len(doc):
            return None
        word = doc[k].text
        if word.islower() and word.isalpha() and word.endswith("ly") and len(word) >= MIN_CUE_ADVERB_LETTERS \
                and word not in NOT_CUE_ADVERBS:
            return k
        return None

    def _cue_after(self, doc: Doc, end: int, role_starts: dict[int, int], org_starts: set[int]) -> bool:
        """A verb right after the name ("X wins", "X was born"), or an apposition ("X, a Democrat from",
        "X, the mayor")."""
        if end >= len(doc):
            return False
        texts, lowers = token_texts(doc), token_lowers(doc)  # strings: ``doc[k]`` builds a Token
        for k in range(1, MAX_CUE_TOKENS + 1):  # the words as written: "is re-elected" is four tokens
            if end + k <= len(doc) and span_text(doc, end, end + k).lower() in self.res.person_cues_after:
                return True
        adverb = self._cue_adverb_at(doc, end)
        if adverb is not None:  # "X narrowly wins", "X is officially elected": the cue without its adverb
            for k in range(adverb + 2, min(len(doc), adverb + 1 + MAX_CUE_TOKENS) + 1):
                cue = (span_text(doc, end, adverb) + " " + span_text(doc, adverb + 1, k)).strip().lower()
                if cue in self.res.person_cues_after:
                    return True
        if lowers[end] == "of":  # "Ram Thapa of the (socialist) Unified Party"
            k = end + 1 + (end + 1 < len(doc) and lowers[end + 1] == "the")
            hyphens = 0  # a compound's hyphen is no word of its own: "of the left-wing Unified Party"
            while k < len(doc) and k not in org_starts and (texts[k].islower() or texts[k] in HYPHENS) \
                    and k - end - hyphens <= 4:
                hyphens += texts[k] in HYPHENS
                k += 1
            if k in org_starts:
                return True
        if texts[end] in POSSESSIVE_ENDINGS and end + 1 in org_starts:  # "Anna Jones's Labour Party"
            return True
        if texts[end] == "," and end + 1 < len(doc) and not doc[end + 1].is_punct:
            # "X, Governor of Zembla", "X, leader of the Unity Party, is elected", "X, former head of ...": a title in
            # apposition, without an article, in either case; not a title that starts the next clause with its
            # holder ("At Camp David, President Bush met ...", "In Velmar, mayor Ana Ruiz said")
            k = self._past_apposition_qualifiers(doc, end + 1)
            after = role_starts.get(k) or (k + 1 if k < len(doc) and lowers[k] in self.res.person_cues_before
                                           and texts[k].islower() else 0) \
                or phrase_end(lowers, k, self.res.company_titles)  # "X, CEO of Acme"
            if after and after < len(doc) and lowers[after] in _APPOSITION_TITLE_NEXT:
                return True
            if end + 3 < len(doc) and texts[end + 2] == "," and texts[end + 1].isdigit() \
                    and 0 < int(texts[end + 1]) <= MAX_APPOSITION_AGE and texts[end + 3].islower():
                return True  # "Ana Ruiz, 54, is elected": an age set off by commas; not a score ("Rovers, 3, Town, 1")
        if texts[end] == "," and end + 2 < len(doc):
            # "X, a former minister", "X, the French minister of culture", "X, Zembla's health minister", "X, the
            # country's health minister", "X, a member of Zembla's National Assembly": an article or a place's
            # possessive, then the office; a place or demonym after the article is looked through
            k = end + 1
            article = lowers[k] in ARTICLES
            k = self._past_apposition_qualifiers(doc, k + article)
            j = self._past_place_words(doc, k)
            if j == k and article and lowers[k] in self.res.place_anaphors:
                j += 1  # "the country's"
            possessive = k < j < len(doc) and texts[j] in POSSESSIVE_ENDINGS
            if not (article or possessive):
                return False
            k = self._past_apposition_qualifiers(doc, j + possessive)
            return k < len(doc) and (lowers[k] in self.res.person_cues_before or k in role_starts or (
                k + 1 < len(doc) and (lowers[k], lowers[k + 1]) == MEMBER_OF))
        return False

    def _office_participle(self, doc: Doc, s: int, e: int, role_starts: dict[int, int]) -> bool:
        """The run opens a sentence and a headline's bare participle follows it, then an office's title, after "as"
        or not (person_cues.tsv ``participle_office``: "Ray Velmar elected President of Peru", "Ray Velmar sworn in
        as mayor"): the office's new holder, even where no cue before the name nor its first name says so."""
        if not self.res.office_participles or not doc[s].is_sent_start:
            return False
        lowers = token_lowers(doc)
        for k in range(1, MAX_PARTICIPLE_TOKENS + 1):  # "re-elected" is three tokens, "sworn in" two
            if e + k < len(doc) and span_text(doc, e, e + k).lower() in self.res.office_participles:
                j = e + k + (lowers[e + k] == "as")
                return j in role_starts
        return False

    def _past_apposition_qualifiers(self, doc: Doc, k: int) -> int:
        """Past the words an apposition's office may open with at ``k`` (qualifiers.tsv ``apposition``: "X, a veteran
        lawmaker", "X, Zembla's veteran health minister"); ``k`` itself if none is there."""
        lowers = token_lowers(doc)
        while k < len(doc):
            if lowers[k] in self.res.qualifiers["apposition"]:
                k += 1
            elif tuple(lowers[k + 1:k + len(_AGE_WORDS) + 1]) == _AGE_WORDS and lowers[k].isdigit():
                k += len(_AGE_WORDS) + 1  # "X, a 41-year-old lawyer": an age before the descriptor
            else:
                break
        return k

    def _past_place_words(self, doc: Doc, k: int) -> int:
        """Past a place's name or demonym of up to :data:`MAX_APPOSITION_PLACE_TOKENS` capitalised words at ``k``
        ("South African", "Vermont", "U.S.") in an apposition before its office; ``k`` itself if none is there."""
        for j in range(min(len(doc), k + MAX_APPOSITION_PLACE_TOKENS), k, -1):
            if not all(_is_cap(t) for t in doc[k:j]):
                continue
            name = doc[k:j].text
            if self.res.kb.demonym(name) or self.res.kb.lookup("GPE", name):
                return j
        return k

    def _named_otherwise(self, text: str) -> bool:
        """One capitalised word is a common word, a demonym, a place or an organisation: no person on its own."""
        return self.res.is_non_name(text) or bool(self.res.kb.demonym(text)) \
            or bool(self.res.kb.lookup("GPE", text)) or bool(self.res.kb.lookup("ORG", text))

    def _election_subjects(self, doc: Doc, people: list[Span], taken: set[int], texts: list[str]) -> list[Span]:
        """One capitalised word right before a verb of an election result is its subject, a person
        ("Smith defeated Jones by 3 million votes"), unless it is a common word, a demonym or known
        as something else."""
        if not self.res.election_verbs:
            return people
        verbs, lowers = self.res.election_verbs, token_lowers(doc)
        if verbs.isdisjoint(lowers):
            return people  # no such verb (most Docs): a set's test in C, not a scan of the words in Python
        # the words right before such a verb, in one pass over the strings
        before_verb = [i for i in range(len(texts) - 1) if lowers[i + 1] in verbs]
        if not before_verb:
            return people
        covered = _covered(people, taken)
        extra = []
        for i in before_verb:
            text = texts[i]
            if i in covered or not (
                    text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) > 2):
                continue
            if self._named_otherwise(text):
                continue
            span = Span(doc, i, i + 1, label="PERSON")
            set_span_value(span, "rule", "shape.election_subject")
            extra.append(span)
        return people + extra

    def _owned_surnames(self, doc: Doc, people: list[Span], taken: set[int], texts: list[str]) -> list[Span]:
        """One capitalised word that is the surname of a person the knowledge base knows is that person before a
        noun of what a person leads or has (person_cues.tsv ``owned_after``: "the Ruiz administration", "Ruiz's
        campaign") or after a stance prefix ("anti-Ruiz protests"), where it does not open a sentence (any word is
        capitalised there: "Key allies reject the plan"), and before a person's verb (person_cues.tsv ``after``:
        "Ruiz says", "Ruiz wins a second term") wherever it stands, unless it is also a place, an organisation, a
        common word ("the Jordan government") or a month's or weekday's name ("the election of past May")."""
        if not self.res.owned_nouns or self._kb_surnames.isdisjoint(texts):
            return people  # no surname of the KB's people in the Doc (most Docs: a set's test in C)
        # the KB's surnames, all capitalised, among the capitalised words
        named = [i for i in _capitalised(doc) if texts[i] in self._kb_surnames]
        if not named:
            return people
        covered = _covered(people, taken)
        extra = []
        for i in named:
            text = texts[i]
            if i in covered:
                continue
            k = i + 1 + (i + 1 < len(texts) and texts[i + 1] in POSSESSIVE_ENDINGS)
            owned = k < len(texts) and texts[k].lower() in self.res.owned_nouns
            stance = i >= 2 and texts[i - 1] in HYPHENS and texts[i - 2].lower() in self.res.stance_prefixes
            # ... the whole name, not the end of a longer one ("General Mills announced")
            verb = self._cue_after(doc, i + 1, {}, set()) and not (i > 0 and _cap_text(texts[i - 1]))
            if not (verb or (owned or stance) and not doc[i].is_sent_start) or self._named_otherwise(text) \
                    or text.lower() in self._calendar_words:
                continue
            span = Span(doc, i, i + 1, label="PERSON")
            set_span_value(span, "rule", "shape.owned_surname")
            extra.append(span)
        return people + extra

    def _context_surnames(self, doc: Doc, found: list[Span], people: list[Span], taken: set[int],
                          texts: list[str], role_ends: set[int]) -> list[Span]:
        """One capitalised word that is the surname of one KB person, standing alone in a story that names a place of
        one of their offices, is that person (:func:`lone_surname_person`: "Mattarella dissolves the Parliament of
        Italy", "Venezuela prepares for Chavez recall vote"): news names a head of state or government so. Not a
        common word, place, organisation or month ("Brown sugar", "Paris", "May elections"); not beside another
        capitalised word (a longer name's: "Maria Putin", "Duterte Youth") or a hyphen ("the Clinton-Lewinsky
        scandal"), though a headline's capitalised word may follow it ("Chavez Recall Vote"); not written elsewhere in
        the story after a capitalised word that is no title nor function word (another person's or a place's name:
        "Bill Gates ... Gates", "Mount Aso ... Aso"); at a sentence's start only before a possessive, a punctuation
        mark or a verb (any word is capitalised there: "Key figures in the party"; :meth:`_rare_verb_form`)."""
        named = [i for i in _capitalised(doc) if texts[i] in self._kb_surnames]
        if not named:
            return people  # no surname of the KB's people in the Doc (most Docs)
        covered = _covered(people, taken)
        places: set[str] | None = None
        extra = []
        for i in named:
            text = texts[i]
            if i in covered or not (text.isalpha() and text[1:].islower() and len(text) > 2) \
                    or self._named_otherwise(text) or text.lower() in self._calendar_words \
                    or text.lower() in self.res.headline_words:
                continue
            start = doc[i].is_sent_start
            if not start and i > 0 and _cap_text(texts[i - 1]):
                continue  # the end of a longer name
            after = texts[i + 1] if i + 1 < len(texts) else ""
            if after in HYPHENS or i > 0 and texts[i - 1] in HYPHENS:
                continue
            if _cap_text(after) and not (after.lower() in self.res.headline_verbs or (
                    after.lower() in self.res.headline_words and _headline_tokens(doc)[i])):
                continue  # the start of a longer name; not before a headline's capitalised word ("Chavez Recall")
            if any(j != i and j > 0 and j not in role_ends and _cap_text(texts[j - 1]) and (
                    not doc[j - 1].is_sent_start or not doc[j - 1].is_stop)
                   for j in named if texts[j] == text):
                continue  # another name of that surname, or a place's ("Bill Gates", "Mount Aso")
            if start and not (after in POSSESSIVE_ENDINGS or not after[:1].isalnum()
                              or after.lower() in self.res.headline_verbs or self._cue_after(doc, i + 1, {}, set())
                              or self._rare_verb_form(after)):
                continue
            if places is None:
                places = story_places(self.res.kb, doc, (s.text for s in found if s.label_ == "GPE"))
            if lone_surname_person(self.res.kb, fold(text), places) is None:
                continue
            span = Span(doc, i, i + 1, label="PERSON")
            set_span_value(span, "rule", "shape.context_surname")
            extra.append(span)
        return people + extra

    def _rare_verb_form(self, word: str) -> bool:
        """A lower-case word in "-s" that the treebanks' word lists never saw (headline_words.tsv holds their common
        nouns and verbs, "figures", "calls"): a present-tense verb a summary writes after its subject ("Mattarella
        dissolves the Parliament"), where a plural noun would be a common one."""
        return word.islower() and word.isalpha() and word.endswith("s") and not word.endswith("ss") \
            and word not in self.res.headline_words

    def _kin_given_names(self, doc: Doc, persons: list[Span], people: list[Span], taken: set[int],
                         texts: list[str]) -> list[Span]:
        """A given name alone after a person's possessive and a family noun (person_cues.tsv ``kin_after``) is a
        person of that surname: "Gbagbo's wife Simone" is Simone Gbagbo, news names a relative so once the family is
        named; an ambiguous given name too ("widow Grace"): the family noun says a person follows. Its canonical
        name is set here (the linker keeps it): the text holds the given name only. A name that goes on ("Gbagbo's son Michel Gbagbo") is read as any full name."""
        covered = _covered(people, taken)
        extra = []
        for person in persons:
            i = person.end
            j = i + 2
            if person.label_ != "PERSON" or j >= len(texts) or texts[i] not in POSSESSIVE_ENDINGS \
                    or texts[i + 1].lower() not in self.res.kin_nouns or j in covered or not _cap_text(texts[j]) \
                    or (j + 1 < len(texts) and _cap_text(texts[j + 1])) or doc[j].is_stop \
                    or not (texts[j] in self.first_names or fold(texts[j]).title() in self.first_names):
                continue
            span = self._given_name_of(doc, j, person, KIN_GIVEN_RULE)
            if span is not None:
                extra.append(span)
                covered.add(j)
        return people + extra

    def _shared_surnames(self, doc: Doc, persons: list[Span], people: list[Span], taken: set[int],
                         texts: list[str]) -> list[Span]:
        """A given name alone right before "and" and a person's full name that opens with a given name shares its
        surname: "Ray and Eleanor Heald" are Ray Heald and Eleanor Heald (news names a couple so). Not after another
        capitalised word ("Ohio State and Ana Ruiz"), nor a function word ("Will and Grace Smith")."""
        covered = _covered(people, taken)
        extra = []
        for person in persons:
            j = person.start - 2
            if person.label_ != "PERSON" or len(person) < 2 or j < 0 or texts[j + 1] != "and" or j in covered \
                    or not self._is_first_name_word(doc[j]) or doc[j].is_stop \
                    or not self._is_first_name_word(doc[person.start]) \
                    or (j > 0 and _cap_text(texts[j - 1]) and not doc[j - 1].is_sent_end and texts[j - 1] != ","):
                continue
            span = self._given_name_of(doc, j, person, SHARED_SURNAME_RULE)
            if span is not None:
                extra.append(span)
                covered.add(j)
        return people + extra

    def _given_name_of(self, doc: Doc, j: int, person: Span, rule: str) -> Span | None:
        """The given name at token ``j`` as a PERSON named with ``person``'s surname (a relative's, a couple's), or
        None when ``person`` has no surname to share."""
        surname = _surname(person, self.res.name_suffixes)
        if not surname:
            return None
        span = Span(doc, j, j + 1, label="PERSON")
        set_span_value(span, "rule", rule)
        set_span_value(span, "entity", f"{doc[j].text} {surname}")
        return span

    def _surnames(self, doc: Doc, people: list[Span], taken: set[int], surnames: set[str],
                  texts: list[str]) -> list[Span]:
        """Single capitalised tokens that repeat a known person's surname ("Smith leads Jones")."""
        if not surnames:
            return people
        name_key = self._name_key
        keys = {name_key(n) for n in surnames}  # "Yanukovich" repeats "Viktor Yanukovych"
        covered = _covered(people, taken)
        # the words that repeat one, in one pass over the strings (a surname is capitalised: :func:`_surname`)
        repeats = [i for i in _capitalised(doc) if i not in covered and (
            texts[i] in surnames or len(texts[i]) > 3 and name_key(texts[i]) in keys)]
        extra = []
        for i in repeats:
            span = Span(doc, i, i + 1, label="PERSON")
            set_span_value(span, "rule", "shape.surname")
            extra.append(span)
        return people + extra
