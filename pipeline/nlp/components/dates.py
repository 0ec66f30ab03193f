"""The DATE stage: recognise date expressions with patterns, value them with TIMEX3.

Recognition is data: ``models/patterns/dates.jsonl`` holds regular expressions
(each with an ``id``) written over macros such as ``{MONTH}`` and ``{WEEKDAY}``
that are filled from ``models/lexicons/date_cues.tsv`` (month and weekday
names, relative days, tense cues, the words that make a date part of a name or
a number a count). All patterns are compiled once into one alternation and run
once over ``doc.text``; only the recognised spans are valued. The common shapes
are read field by field (:mod:`pipeline.nlp.timex`); shapes marked ``"parser":
"dateparser"`` go to one reused ``DateDataParser`` that only sees complete,
absolute dates, with a fixed ``RELATIVE_BASE`` so the clock is never read.

The anchor is ``doc._.published``, else a dateline at the head of the text
("Friday, July 21, 2017", "(Reuters) – Oct 3, 2019"); it is written to
``doc._.anchor``. The tense of the surrounding words picks past or future for
weekdays and year-less dates ("won Sunday" / "polls close Thursday"); a year-less date of an
event that a lead of the lexicon puts ahead ("before the January elections") is read as future whatever
the tense of a nearer clause.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import timex
from ...errors import DateDataError
from ..extensions import MENTIONS, SpanExtensions, doc_value, register, set_doc_values
from ..kb import read_jsonl
from .common import HYPHENS, POSSESSIVE_ENDINGS, doc_text, sentence_index, token_lowers
from ...settings import DEFAULT_MODELS

register()

CUES_FILE = "date_cues.tsv"
PATTERNS_FILE = "dates.jsonl"
LABEL = "DATE"

#: Mentions of these labels, found by earlier stages, are never (part of) a date.
BLOCKING_LABELS = frozenset({"PERSON", "ORG"})
#: A dateline anchors the text when it starts within this many characters.
DATELINE_CHARS = 300
#: Tense cues are looked for this many tokens either side of a date, in its sentence.
CONTEXT_TOKENS = 10
#: With no tense cue that near, the nearest cue this many tokens before the date, in its clause, gives its tense:
#: "X will face a runoff with the centre-left candidate of the opposition, Y, on January 17".
CLAUSE_CONTEXT_TOKENS = 25
#: How many following capitalised words may lead to a name head ("April 6 Youth Movement").
NAME_LOOKAHEAD = 3
#: How many words after "Sunday's" may reach the event it dates ("Sunday's closely watched presidential election").
EVENT_LOOKAHEAD = 4
#: How many words before "Sunday's election" a result of it may stand ("won the Democratic nomination for
#: governor in Tuesday's primary").
OUTCOME_LOOKBACK = 10
#: How many lower-case words (an article, a possessive) may stand between an upcoming lead and the year-less date of
#: the event it leads to ("before the January election", "to secure a Jan. 30 election").
UPCOMING_LEAD_GAP = 2
#: How many characters either side of a capitalised relative day its citation's parentheses may lie ("(AP via USA
#: Today)", "(Deutsche Welle via USA Today)").
CITATION_CHARS = 60
#: The lower-case words a source citation holds between its outlets' names ("(AP via USA Today)").
CITATION_JOINERS = frozenset({"via", "and", "of", "the", "de", "del", "la", "el"})
#: The words of a citation: a letter, then letters, digits and a name's inner marks ("Today's", "ABS-CBN").
_CITATION_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
#: A year written out takes a year-less date of its sentence only with none of these between them ("closed in
#: June 2018; ... as of March 20" are two clauses' dates).
YEAR_CLAUSE_SEPARATORS = frozenset({";"})
#: The word right before a date, up to :data:`NAME_LEAD_CHARS` characters back ("Black" of "Black Friday").
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
NAME_LEAD_CHARS = 30
#: Determiners before a year and a count's noun that names an event ("the 2019 vote"): the year's event.
_EVENT_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our"})
#: The word right after a number, with nothing but spaces (a wrapped line's break) between: a count's noun ("2000
#: people", "1990 votes"), unlike the word after a punctuation mark ("In 2004, voters", "election, 2007: Candidates").
_COUNT_NOUN = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?([\w%]+)")
#: How many words may part a year-less date from the year of its event written after it, and how many may follow
#: the year before the event's word ("on July 2 in Mexico's disputed 2006 presidential election"):
#: DateRecognizer._event_year_after.
EVENT_YEAR_GAP = 6
EVENT_YEAR_LOOKAHEAD = 3
#: A value that is a year alone ("2006").
_YEAR_ONLY = re.compile(r"\d{4}")
#: The preposition that joins a day to the event after it ("on July 2 in the 2006 election", "of the 2006 vote").
_EVENT_PREPOSITIONS = frozenset({"in", "of"})
#: Words that open another clause or a coordinate between a date and a later year ("on July 2 and said its 2006
#: election"): the year is another event's.
_CLAUSE_WORDS = frozenset({"and", "or", "but", "that", "which", "who", "while", "after", "before", "since", "as"})
#: dateparser only sees complete absolute dates; this base only satisfies its API.
FIXED_RELATIVE_BASE = dt.datetime(2000, 1, 1)

CATEGORIES = frozenset({
    "month", "weekday", "relative_day", "part_of_day", "number", "modifier",
    "future_cue", "past_cue", "present_cue", "ambiguous", "name_head", "quantity", "not_past", "month_preposition",
    "scheduled_event", "upcoming_lead", "outcome_cue", "outcome_stop", "clause_break",
    "reporting_cue", "reporting_tail", "later_event_lead", "name_lead", "voting_verb", "scheduled_passive",
})
VALUED = {"month": range(1, 13), "weekday": range(1, 8), "relative_day": range(-7, 8),
          "number": range(1, 100)}
MODIFIER_VALUES = {"past", "future", "this"}
PATTERN_KEYS = {"id", "regex", "parser", "reject_next", "reject_prev", "reject_prev_chars", "comment"}
GROUPS = {"weekday", "month", "day", "year", "year2", "month2", "day2", "mod", "part", "rel", "unit",
          "num", "span", "yearmod"}
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"


@dataclass
class Cues:
    """The contents of ``date_cues.tsv``."""

    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    future: set[tuple[str, ...]] = field(default_factory=set)
    past: set[tuple[str, ...]] = field(default_factory=set)
    present: set[tuple[str, ...]] = field(default_factory=set)  # no tense, but hides the past cue inside it
    ambiguous: set[str] = field(default_factory=set)
    name_heads: set[str] = field(default_factory=set)
    name_leads: set[str] = field(default_factory=set)  # before a weekday: a day's name ("Black Friday")
    quantities: set[str] = field(default_factory=set)
    not_past: set[str] = field(default_factory=set)
    month_prepositions: set[str] = field(default_factory=set)
    scheduled_events: set[str] = field(default_factory=set)
    upcoming_leads: set[tuple[str, ...]] = field(default_factory=set)
    outcomes: set[str] = field(default_factory=set)  # a result's word: the event it precedes is past
    outcome_stops: set[str] = field(default_factory=set)
    clause_breaks: set[str] = field(default_factory=set)
    reporting: set[str] = field(default_factory=set)  # after the date and a comma: the attribution's tense
    reporting_tails: set[str] = field(default_factory=set)  # what may follow it: where or when it was said
    later_leads: set[tuple[str, ...]] = field(default_factory=set)  # after the date: another event's tense
    voting_verbs: set[str] = field(default_factory=set)  # present tense after its subject: a scheduled vote
    # a present passive that is itself the event a weekday after it dates ("are elected on Sunday")
    scheduled_passives: set[tuple[str, ...]] = field(default_factory=set)

    def starters(self) -> set[str]:
        """Every word that may begin a date expression (digits aside)."""
        tables = (self.months, self.weekdays, self.relative_days, self.modifiers, self.numbers,
                  self.month_prepositions)
        return {phrase.split()[0] for table in tables for phrase in table}


def load_cues(path: Path) -> Cues:
    """Read and validate the cue lexicon; errors name the file and the line."""
    if not path.is_file():
        raise DateDataError(f"{path}: date cue lexicon not found")
    cues = Cues()
    targets = {"month": cues.months, "weekday": cues.weekdays, "relative_day": cues.relative_days,
               "part_of_day": cues.parts, "number": cues.numbers, "modifier": cues.modifiers}
    sets = {"ambiguous": cues.ambiguous, "name_head": cues.name_heads, "name_lead": cues.name_leads,
            "quantity": cues.quantities, "not_past": cues.not_past,
            "month_preposition": cues.month_prepositions, "scheduled_event": cues.scheduled_events,
            "outcome_cue": cues.outcomes, "outcome_stop": cues.outcome_stops, "clause_break": cues.clause_breaks,
            "reporting_cue": cues.reporting, "reporting_tail": cues.reporting_tails, "voting_verb": cues.voting_verbs}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise DateDataError(f"{path}:{n}: expected 3 tab-separated columns, got {len(cols)}")
        category, phrase, value = cols[0], cols[1].strip().lower(), cols[2].strip()
        if category not in CATEGORIES:
            raise DateDataError(f"{path}:{n}: unknown category {category!r}")
        if not phrase:
            raise DateDataError(f"{path}:{n}: empty phrase")
        if category in VALUED:
            try:
                number = int(value)
            except ValueError:
                raise DateDataError(f"{path}:{n}: {category} {phrase!r} needs an integer value, got {value!r}") from None
            if number not in VALUED[category]:
                raise DateDataError(f"{path}:{n}: {category} value {number} out of range")
            targets[category][phrase] = number
        elif category == "modifier":
            if value not in MODIFIER_VALUES:
                raise DateDataError(f"{path}:{n}: modifier value must be one of {sorted(MODIFIER_VALUES)}, got {value!r}")
            cues.modifiers[phrase] = value
        elif category == "part_of_day":
            if not value:
                raise DateDataError(f"{path}:{n}: part_of_day {phrase!r} needs a TIMEX suffix")
            cues.parts[phrase] = value
        elif category == "upcoming_lead":
            cues.upcoming_leads.add(tuple(phrase.split()))
        elif category == "later_event_lead":
            cues.later_leads.add(tuple(phrase.split()))
        elif category == "scheduled_passive":
            cues.scheduled_passives.add(tuple(phrase.split()))
        elif category in ("future_cue", "past_cue", "present_cue"):
            {"future_cue": cues.future, "past_cue": cues.past, "present_cue": cues.present}[category].add(
                tuple(phrase.split()))
        else:
            sets[category].add(phrase)
    for category, table in (("month", cues.months), ("weekday", cues.weekdays)):
        if not table:
            raise DateDataError(f"{path}: no {category} entries")
    return cues


@dataclass(frozen=True)
class DatePattern:
    id: str
    regex: str
    parser: str = "fields"
    reject_next: Optional[str] = None
    reject_prev_chars: str = ""
    reject_prev: Optional[str] = None


def load_patterns(path: Path) -> list[DatePattern]:
    """Read and validate the pattern file; errors name the file and the line."""
    if not path.is_file():
        raise DateDataError(f"{path}: date pattern file not found")
    patterns, seen = [], set()
    for where, record in read_jsonl(path, error=DateDataError):
        if not isinstance(record, dict):
            raise DateDataError(f"{where}: expected an object")
        unknown = set(record) - PATTERN_KEYS
        if unknown:
            raise DateDataError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("id", "regex"):
            if not isinstance(record.get(key), str) or not record[key]:
                raise DateDataError(f"{where}: {key!r} must be a non-empty string")
        if record["id"] in seen:
            raise DateDataError(f"{where}: duplicate id {record['id']!r}")
        seen.add(record["id"])
        if record.get("parser", "fields") not in ("fields", "dateparser"):
            raise DateDataError(f"{where}: parser must be 'fields' or 'dateparser'")
        if record.get("reject_next") not in (None, "name_head", "quantity"):
            raise DateDataError(f"{where}: reject_next must be 'name_head' or 'quantity'")
        if record.get("reject_prev") not in (None, "name_lead"):
            raise DateDataError(f"{where}: reject_prev must be 'name_lead'")
        names = set(re.findall(r"\(\?P<(\w+)>", record["regex"]))
        if names - GROUPS:
            raise DateDataError(f"{where}: unknown groups {sorted(names - GROUPS)}")
        patterns.append(DatePattern(record["id"], record["regex"], record.get("parser", "fields"),
                                    record.get("reject_next"), record.get("reject_prev_chars", ""),
                                    record.get("reject_prev")))
    if not patterns:
        raise DateDataError(f"{path}: no patterns")
    return patterns


def _alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    forms = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _cased(words: Iterable[str], ambiguous: set[str]) -> list[str]:
    """Title and upper case forms, and lower case unless the word is also a common word."""
    forms = []
    for w in words:
        forms += [w.title(), w.upper()] + ([] if w.rstrip(".") in ambiguous else [w])
    return forms


def build_macros(cues: Cues) -> dict[str, str]:
    full_months = [m for m in cues.months if len(m.rstrip(".")) > 3 or m == "may"]
    return {
        "MONTH": _alternation(_cased(cues.months, cues.ambiguous)),
        "MONTH_NAME": _alternation(_cased(full_months, cues.ambiguous)),
        "WEEKDAY": _alternation(_cased(cues.weekdays, set())),
        "RELATIVE_DAY": _alternation(cues.relative_days, ignore_case=True),
        "PART": _alternation(cues.parts, ignore_case=True),
        "NUMBER": _alternation(cues.numbers, ignore_case=True),
        "MODIFIER": _alternation(cues.modifiers, ignore_case=True),
        "MONTH_PREP": _alternation(cues.month_prepositions, ignore_case=True),
        "DAY": DAY,
        "YEAR": YEAR,
    }


def compile_patterns(patterns: list[DatePattern], macros: dict[str, str], source: Path,
                     starters: Optional[set[str]] = None) -> re.Pattern:
    """One alternation, in file order, each pattern's groups prefixed ``p<i>_``.

    ``starters`` (the words a date may begin with) become a lookahead: a digit, or one of those words
    whole, no letter after it, which rejects most word starts before the alternatives are tried (on news
    text, 3 in 4 of the word starts that a guard of their first three letters let through: "and", "for",
    "into"). Every pattern must therefore begin with a lexicon word or a digit; tests check that the
    lookahead changes no match.
    """
    parts = []
    for i, pattern in enumerate(patterns):
        try:
            body = re.sub(r"\{([A-Z_]+)\}", lambda m: macros[m.group(1)], pattern.regex)
        except KeyError as err:
            raise DateDataError(f"{source}: pattern {pattern.id!r} uses unknown macro {err}") from None
        body = body.replace("(?P<", f"(?P<p{i}_")
        try:
            re.compile(body)
        except re.error as err:
            raise DateDataError(f"{source}: pattern {pattern.id!r} does not compile: {err}") from None
        # with the guard, each pattern also looks at the first character before it is entered: the alternation tries
        # every pattern in turn at each word start the guard lets through, and a month's pattern at a digit (or a
        # year's at "after") then fails at once (the regex scan of 3,000 current-events items ~20% cheaper)
        firsts = _first_chars(body) if starters else None
        lead = "(?=(?i:[" + "".join(ch if ch == _DIGIT else re.escape(ch) for ch in sorted(firsts)) + "]))" \
            if firsts else ""
        parts.append(f"{lead}(?P<p{i}>{body})")
    guard = ""
    if starters:
        guard = r"(?=\d|(?i:" + _word_trie(starters) + r")(?![^\W\d_]))"
    return re.compile(r"(?<!\w)" + guard + "(?:" + "|".join(parts) + r")(?!\w)")


#: :func:`_first_chars`' name for "any digit" (``\d``), written as is in the lead's class.
_DIGIT = r"\d"


def _first_chars(regex: str) -> frozenset[str] | None:
    """The characters a match of ``regex`` may begin with (read from its parse: literals, classes of literals,
    ranges and digits, through groups, alternatives, optional parts and lookarounds), or None when it cannot tell
    (a class such as ``\\w``, a negated class, a back-reference, an empty match). Case is not read: the caller
    compares them ignoring case. Read with ``re``'s own parser, a private module: any surprise is None."""
    try:
        from re import _constants as c, _parser as parser

        def seq(items) -> tuple[set[str] | None, bool]:  # (first characters, may be empty)
            out: set[str] = set()
            for op, av in items:
                chars, empty = one(op, av)
                if chars is None:
                    return None, False
                out |= chars
                if not empty:
                    return out, False
            return out, True

        def one(op, av) -> tuple[set[str] | None, bool]:
            if op is c.LITERAL:
                return {chr(av)}, False
            if op is c.IN:
                chars: set[str] = set()
                for kind, value in av:
                    if kind is c.LITERAL:
                        chars.add(chr(value))
                    elif kind is c.RANGE and value[1] - value[0] < 128:
                        chars.update(map(chr, range(value[0], value[1] + 1)))
                    elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                        chars.add(_DIGIT)  # any digit, as the pattern reads \d (not only 0-9)
                    else:
                        return None, False
                return chars, False
            if op is c.BRANCH:
                chars, empty = set(), False
                for branch in av[1]:
                    got, may = seq(branch)
                    if got is None:
                        return None, False
                    chars, empty = chars | got, empty or may
                return chars, empty
            if op is c.SUBPATTERN:
                return seq(av[3])
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                got, may = seq(av[2])
                return got, may or av[0] == 0
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                return set(), True  # zero-width: the next item gives the first character
            return None, False

        chars, empty = seq(parser.parse(regex))
    except Exception:  # noqa: BLE001 - a private module: no lead rather than no dates
        return None
    return None if chars is None or empty or not chars else frozenset(chars)


def _word_trie(words: Iterable[str]) -> str:
    """A regex of ``words`` written as a trie ("a(?:fter|n)?|by"): the guard is tried at every word start, and a
    flat alternation tries each word in turn. A word that is the start of another is an optional tail, so the
    longest one that fits is tried first and the shorter ones on backtracking ("a" of "a week", "an" of "an
    hour")."""
    first: dict[str, set[str]] = {}
    for w in words:
        if w:
            first.setdefault(w[0], set()).add(w[1:])
    out = []
    for c in sorted(first):
        tails = first[c]
        rest = _word_trie(tails)
        if not rest:
            out.append(re.escape(c))
        else:
            out.append(re.escape(c) + f"(?:{rest})" + ("?" if "" in tails else ""))
    return "|".join(out)


@dataclass(frozen=True)
class Recognised:
    pattern: int
    start: int  # characters in doc.text
    end: int
    groups: tuple[tuple[str, str], ...]


class DateRecognizer:
    """The ``newsfacts_dates`` component."""

    def __init__(self, nlp: Language, name: str, cues_path: Path, patterns_path: Path,
                 context_tokens: int = CONTEXT_TOKENS, cache_size: int = 4096):
        self.name = name
        self.cues = load_cues(cues_path)
        self.patterns = load_patterns(patterns_path)
        self.regex = compile_patterns(self.patterns, build_macros(self.cues), patterns_path,
                                      self.cues.starters())
        self.group_names = [
            [g for g in self.regex.groupindex if g.startswith(f"p{i}_")] for i in range(len(self.patterns))
        ]
        self.context_tokens = context_tokens
        self.max_cue = max((len(c) for c in self.cues.future | self.cues.past | self.cues.present), default=1)
        # the first words of the tense cues: a word that opens none is looked up no further (:meth:`_cues_in`)
        self._cue_firsts = frozenset(c[0] for c in self.cues.future | self.cues.past | self.cues.present if c)
        self._value = lru_cache(maxsize=cache_size)(self._value_uncached)
        self._dateparser = None

    # -- recognition -------------------------------------------------------
    def find(self, text: str) -> list[Recognised]:
        found = []
        for m in self.regex.finditer(text):
            index = int(m.lastgroup[1:])
            pattern = self.patterns[index]
            groups = tuple((g.split("_", 1)[1], m.group(g)) for g in self.group_names[index]
                           if m.group(g) is not None)
            start, end = m.span(f"p{index}_span") if f"p{index}_span" in self.regex.groupindex else m.span()
            if pattern.reject_prev_chars and start and text[start - 1] in pattern.reject_prev_chars:
                continue
            if pattern.reject_next and self._rejected_by_next(text, start, end, pattern.reject_next):
                continue
            if pattern.reject_prev and self._named_day(text, start):
                continue
            found.append(Recognised(index, start, end, groups))
        return found

    def _named_day(self, text: str, start: int) -> bool:
        """The word right before the date makes it a day's name, a holiday or a shopping day whose date is not the
        nearest such weekday ("Black Friday deals", "the Easter Sunday outbreak")."""
        before = _WORD_BEFORE.search(text[max(0, start - NAME_LEAD_CHARS):start])
        # capitalised only: "stocks had a good Friday" is a weekday
        return bool(before) and before.group(1)[:1].isupper() and before.group(1).lower() in self.cues.name_leads

    def _year_of_event(self, text: str, start: int) -> bool:
        """A determiner or possessive before the number: with a count's noun that names an event too after it
        (``quantity`` and ``scheduled_event``: "vote") it is the year's event ("the 2019 vote", "Britain's 2016
        vote"), not a count ("2019 votes", "a 1990 vote margin")."""
        before = _WORD_BEFORE.search(text[max(0, start - NAME_LEAD_CHARS):start])
        return text[max(0, start - 3):start] in ("'s ", "’s ") or (
            bool(before) and before.group(1).lower() in _EVENT_DETERMINERS)

    def _rejected_by_next(self, text: str, start: int, end: int, kind: str) -> bool:
        words = re.findall(r"[\w%]+", text[end:end + 60])
        if kind == "quantity":
            # a count's noun follows its number: "2007: Candidates ..." after a title's year is a year
            follows = _COUNT_NOUN.match(text, end, min(len(text), end + 60))
            noun = follows.group(1).lower() if follows else ""
            return noun in self.cues.quantities and not (
                noun in self.cues.scheduled_events and self._year_of_event(text, start))
        for word in words[:NAME_LOOKAHEAD]:
            if not word[:1].isupper():
                return False
            if word.lower() in self.cues.name_heads:
                return True
        return False

    # -- values ------------------------------------------------------------
    def fields(self, groups: dict[str, str]) -> tuple[timex.Fields, Optional[timex.Fields]]:
        c = self.cues

        def lookup(table: dict, word: str) -> Optional[int]:
            key = re.sub(r"\s+", " ", word.lower())
            return table.get(key, table.get(key.rstrip(".")))

        def number(word: Optional[str]) -> Optional[int]:
            return int(re.match(r"\d+", word).group()) if word else None

        modifier = c.modifiers.get(re.sub(r"\s+", " ", groups["mod"].lower())) if "mod" in groups else None
        if "rel" in groups:
            return timex.Fields(unit="day", shift=lookup(c.relative_days, groups["rel"])), None
        if "unit" in groups:
            unit = groups["unit"].lower().rstrip("s")
            if "num" in groups:  # "two years ago"
                n = int(groups["num"]) if groups["num"].isdigit() else lookup(c.numbers, groups["num"])
                return timex.Fields(unit=unit, shift=-n), None
            shift = {"past": -1, "future": 1, "this": 0}[modifier]
            return timex.Fields(unit=unit, shift=shift), None
        if "year2" in groups:  # "2023–24": the last year in the first's century, or the next one's ("1999–00")
            first, last = number(groups["year"]), number(groups["year2"])
            if last < 100:
                last += first // 100 * 100 + (100 if last < first % 100 else 0)
            return timex.Fields(year=first), timex.Fields(year=last)
        month = lookup(c.months, groups["month"]) if "month" in groups else None
        weekday = lookup(c.weekdays, groups["weekday"]) if "weekday" in groups else None
        year = number(groups.get("year"))
        day = number(groups.get("day"))
        if "month" in groups and groups["month"].isdigit():
            month = int(groups["month"])
        year_shift = None
        if "yearmod" in groups:  # "September 16 next year"
            year_shift = {"past": -1, "future": 1, "this": 0}[c.modifiers[groups["yearmod"].lower()]]
        start = timex.Fields(year=None if "day2" in groups else year, month=month, day=day,
                             weekday=weekday, modifier=modifier, year_shift=year_shift)
        if "day2" in groups:
            month2 = lookup(c.months, groups["month2"]) if "month2" in groups else None
            return start, timex.Fields(year=year, month=month2, day=number(groups["day2"]))
        return start, None

    def _value_uncached(self, index: int, text: str, groups: tuple, anchor: Optional[dt.date],
                        direction: timex.Direction) -> tuple[Optional[str], Optional[str]]:
        if self.patterns[index].parser == "dateparser":
            return self._parse_absolute(text), None
        try:
            start, end = self.fields(dict(groups))
        except ValueError:  # a day 31 matched where no month has it, and similar
            return None, None
        if end is not None:
            return timex.resolve_range(start, end, anchor, direction)
        return timex.resolve(start, anchor, direction), None

    def _parse_absolute(self, text: str) -> Optional[str]:
        if self._dateparser is None:
            from dateparser.date import DateDataParser

            self._dateparser = DateDataParser(languages=["en"], settings={
                "RELATIVE_BASE": FIXED_RELATIVE_BASE,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "DATE_ORDER": "MDY",
                "PARSERS": ["absolute-time"],
                "RETURN_TIME_AS_PERIOD": False,
            })
        data = self._dateparser.get_date_data(text)
        return data.date_obj.date().isoformat() if data and data.date_obj else None

    # -- context -----------------------------------------------------------
    def direction(self, doc: Doc, span: Span, has_sents: bool | None = None,
                  date_tokens: frozenset[int] = frozenset(), weekday: bool = False) -> timex.Direction:
        """Past or future from the nearest tense cue around the span, in its sentence.

        ``has_sents`` is ``doc.has_annotation("SENT_START")``, which walks the whole
        document: the caller computes it once per document, not once per date.
        ``date_tokens``: the tokens of every date of the document; a future cue
        among them after the span is another date's ("next year's").
        ``weekday``: the span is a bare weekday, which a voting verb in the present schedules ("Iceland votes on
        Saturday": the coming one); a month and day keeps its tense (a summary's present: "Voters in X vote on May
        24", a day that may be past).
        """
        lo = max(0, span.start - self.context_tokens)
        hi = min(len(doc), span.end + self.context_tokens)
        sent_start = 0
        if has_sents is None:
            has_sents = doc.has_annotation("SENT_START")
        if has_sents:  # stay in the sentence (span.sent walks the doc; the Doc's sentence index is cached)
            sents, sent_of = sentence_index(doc)
            sent_start = sents[sent_of[span.start]].start
            lo = max(lo, sent_start)
            hi = min(hi, sents[sent_of[span.end - 1]].end)
        words = token_lowers(doc)[lo:hi]  # the Doc's cached words: no Token per word
        best: tuple[int, timex.Direction] | None = None
        for first, last, kind in self._cues_in(words, lambda i: doc[lo + i].is_lower):
            first, last = lo + first, lo + last
            if first < span.end and last >= span.start:
                continue  # a cue inside the date itself ("last Tuesday")
            if _in_compound(doc, first):
                continue  # "the centre-left candidate": no verb
            if kind == "scheduled":
                if not weekday:
                    continue
                kind = "future"
            distance = span.start - last if last < span.start else first - span.end + 1
            between = words[last + 1 - lo:span.start - lo] if last < span.start else words[span.end - lo:first - lo]
            if first >= span.end and "," in between and self._attribution(doc, first):
                continue  # "... on 11 October, the prime minister announced": the report's tense
            if first >= span.end and kind == "future" and (
                    tuple(words[first - lo:last + 1 - lo]) in self.cues.later_leads or first in date_tokens):
                continue  # "accepted new members on Thursday ahead of a summit": the summit's future
            if self._leads_other_date(words, first - lo, last - lo, lo, span, date_tokens):
                continue  # "holds its first election since the 2023 coup on Saturday": the 2023 date's "since"
            if self.cues.clause_breaks.intersection(between):
                distance += self.context_tokens  # another clause's tense: "on November 23 after X was stripped"
            if best is None or distance < best[0]:
                best = (distance, kind)
        if best is None:
            return self._clause_direction(doc, span, sent_start, date_tokens, weekday)
        return best[1]

    def _clause_direction(self, doc: Doc, span: Span, sent_start: int, date_tokens: frozenset[int],
                          weekday: bool) -> timex.Direction:
        """The tense of the nearest cue up to ``CLAUSE_CONTEXT_TOKENS`` before the span, in its sentence (from
        ``sent_start``), when no clause break or other date lies between: a clause's verb governs a date at its end
        however long its object ("X will face a runoff with the centre-left candidate of the opposition, Y, on
        January 17"). ``"nearest"`` without one."""
        if span.start - self.context_tokens <= sent_start:
            return "nearest"  # the sentence starts within the near window: it was read whole
        first_word = max(sent_start, span.start - CLAUSE_CONTEXT_TOKENS)
        words = token_lowers(doc)[first_word:span.start]
        cues = self._cues_in(words, lambda i: doc[first_word + i].is_lower)
        for first, last, kind in reversed(cues):
            if _in_compound(doc, first_word + first):
                continue
            between = range(first_word + last + 1, span.start)
            if any(i in date_tokens for i in between) or self.cues.clause_breaks.intersection(
                    words[last + 1:]):
                return "nearest"
            if kind == "scheduled":
                if not weekday:
                    continue
                kind = "future"
            if self._leads_other_date(words, first, last, first_word, span, date_tokens):
                continue
            return kind
        return "nearest"

    def _leads_other_date(self, words: list[str], first: int, last: int, lo: int, span: Span,
                          date_tokens: frozenset[int]) -> bool:
        """The one-word cue at ``first`` (offsets in ``words``, which start at token ``lo``) is a preposition of a
        month (``month_preposition`` of the lexicon) right before another date, past an article at most: "since the
        2023 coup", "since 2019", "until March" say when that date's event was or will be, not the tense of the
        clause of ``span`` ("holds its first election since the 2023 coup on Saturday")."""
        if first != last or words[first] not in self.cues.month_prepositions:
            return False
        for k in range(last + 1, min(len(words), last + 3)):
            i = lo + k
            if span.start <= i < span.end:
                return False  # the cue leads to this very date ("since Monday")
            if i in date_tokens:
                return True
            if words[k] not in ("the", "a", "an"):
                return False
        return False

    def _dates_event(self, doc: Doc, span: Span) -> bool:
        """The weekday names the day of a scheduled event: "Sunday's presidential election",
        "the runoff on Monday" (an event word of ``scheduled_event`` in the lexicon)."""
        events = self.cues.scheduled_events
        end = span.end
        if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            return any(t.lower_ in events for t in doc[end + 1:min(len(doc), end + 1 + EVENT_LOOKAHEAD)])
        k = span.start - 1
        return k >= 1 and doc[k].lower_ == "on" and doc[k - 1].lower_ in events

    def _passive_event(self, doc: Doc, span: Span) -> bool:
        """A present passive of electing stands right before the weekday, "on" between or not: "Members of the
        Assembly are elected on Sunday" dates the election as "the vote on Sunday" does (``scheduled_passive``), its
        participle no result that makes the day past."""
        k = span.start - 1
        if k >= 0 and doc[k].lower_ == "on":
            k -= 1
        return any(k + 1 >= len(p) and tuple(t.lower_ for t in doc[k + 1 - len(p):k + 1]) == p
                   for p in self.cues.scheduled_passives)

    def _attribution(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is a verb of saying that ends its sentence, or is followed only by where or when it was said:
        "..., officials said.", "..., X said in the email" (not "announced it will invest")."""
        if doc[i].lower_ not in self.cues.reporting:
            return False
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is None or nxt.is_sent_start or nxt.is_punct or nxt.lower_ in self.cues.reporting_tails

    def _outcome_before(self, doc: Doc, span: Span) -> bool:
        """A result of the event stands before its weekday, in its clause: "won Tuesday's primary", "held the seat
        in Thursday's by-election", "certified X's victory in Sunday's runoff" (``outcome_cue`` of the lexicon;
        ``outcome_stop`` ends the search: "held a rally before Sunday's election")."""
        words = token_lowers(doc)
        for k in range(span.start - 1, max(-1, span.start - 1 - OUTCOME_LOOKBACK), -1):
            if words[k] in self.cues.outcome_stops:
                return False
            if words[k] in self.cues.outcomes:
                return True
            if doc[k].is_sent_start:
                return False
        return False

    def _upcoming_event(self, doc: Doc, span: Span) -> bool:
        """The year-less date names the day or month of an event that an ``upcoming_lead`` of the lexicon says is
        still ahead: "before the January elections", "to secure a Jan. 30 election", "ahead of the election on
        March 3". A tense cue nearer the date is often another clause's ("a bomb killed 22 on Sunday before
        January elections"); the lead is the event's own."""
        start = self._event_phrase_start(doc, span)
        if start is None:
            return False
        words = token_lowers(doc)
        for gap in range(UPCOMING_LEAD_GAP + 1):
            last = start - 1 - gap
            if last < 0 or not all(t.is_alpha and t.is_lower for t in doc[last + 1:start]):
                break
            if any(last + 1 >= len(lead) and tuple(words[last + 1 - len(lead):last + 1]) == lead
                   for lead in self.cues.upcoming_leads):
                return True
        return False

    def _event_phrase_start(self, doc: Doc, span: Span) -> int | None:
        """Where the phrase of the event the date at ``span`` dates begins: the date itself before the event word
        ("the January 30 polls", "January's presidential election"), or the event word's adjectives before "on"
        or "in" and the date ("the presidential election in January"); None when the date dates no event. Only
        adjectives (lower-case words that are no function words) may stand between: "the January 30 deadline for
        the election" dates the deadline."""
        end = span.end + (1 if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s") else 0)
        k = end
        while k < min(len(doc), end + EVENT_LOOKAHEAD) and doc[k].lower_ not in self.cues.scheduled_events:
            if not (doc[k].is_alpha and doc[k].is_lower and not doc[k].is_stop):
                break
            k += 1
        if k < len(doc) and doc[k].lower_ in self.cues.scheduled_events:
            return span.start
        k = span.start - 1
        if k < 1 or doc[k].lower_ not in ("on", "in") or doc[k - 1].lower_ not in self.cues.scheduled_events:
            return None
        k -= 1
        while k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_lower and not doc[k - 1].is_stop:
            k -= 1
        return k

    def _cues_in(self, words: list[str], is_lower: Callable[[int], bool]) -> list[tuple[int, int, str]]:
        """Tense cues as (first, last) token offsets in lower-cased ``words``; the
        "-ed" heuristic only reads words written in lower case (``is_lower`` of the word's offset: "Mahmoud" is no
        past tense); a cue inside a longer one is dropped
        ("held" inside "to be held"). A voting verb after its subject is "scheduled": a future cue of a weekday only."""
        found = []
        for i in range(len(words)):
            # a word that opens no cue starts none: the phrases after it are not built (most words of a window)
            for length in range(min(self.max_cue, len(words) - i) if words[i] in self._cue_firsts else 0, 0, -1):
                phrase = tuple(words[i:i + length])
                if phrase in self.cues.future:
                    found.append((i, i + length - 1, "future"))
                    break
                if phrase in self.cues.past:
                    found.append((i, i + length - 1, "past"))
                    break
                if phrase in self.cues.present:
                    found.append((i, i + length - 1, "present"))
                    break
            else:
                word = words[i]
                if (len(word) > 3 and word.endswith("ed") and word.isalpha()
                        and word not in self.cues.not_past and is_lower(i)):
                    found.append((i, i, "past"))
                elif word in self.cues.voting_verbs and i and self._subject_before(words[i - 1], is_lower(i - 1)):
                    found.append((i, i, "scheduled"))  # "Iceland votes on Saturday": a vote's present is its schedule
        found = [c for c in found
                 if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in found)]
        # a participle right after a future auxiliary is part of the future: "will be held" (up to the
        # participle, so the cue is as near its date as the "-ed" word on the other side: "will be held on
        # November 6 if needed")
        out: list[tuple[int, int, str]] = []
        future_at: dict[int, int] = {}  # last token of a future cue -> its index in out
        for c in found:
            k = future_at.get(c[0] - 1) if c[2] == "past" else None
            if k is not None:
                c = out[k] = (out[k][0], c[1], "future")
            else:
                out.append(c)
                k = len(out) - 1
            if c[2] == "future":
                future_at[c[1]] = k
        return [c for c in out if c[2] != "present"]

    @staticmethod
    def _subject_before(word: str, lower: bool) -> bool:
        """``word`` (lower-cased; ``lower``: written in lower case) may be the subject of the present-tense verb after
        it, so the verb is no noun: a name or a people ("Iceland votes", "Belgians vote"), or a plural noun ("residents
        vote"); not a determiner, a possessive or an adjective ("the vote", "their votes", "postal votes")."""
        return word.isalpha() and word not in STOP_WORDS and (not lower or word.endswith("s"))

    def find_anchor(self, doc: Doc, found: list[Recognised]) -> Optional[dt.date]:
        published = timex.parse_iso(doc_value(doc, "published"))  # ``doc._`` builds an Underscore per read
        if published:
            return published
        text = doc_text(doc)
        for rec in found:
            if rec.start > DATELINE_CHARS:
                break
            groups = dict(rec.groups)
            if "year" not in groups or "day" not in groups or "day2" in groups:
                continue
            line_start = text.rfind("\n", 0, rec.start) + 1
            prefix = text[line_start:rec.start]
            if any(w[:1].islower() for w in re.findall(r"[^\W\d_][\w'’-]*", prefix)):
                continue
            value, _ = self._value(rec.pattern, text[rec.start:rec.end], rec.groups, None, "nearest")
            anchor = timex.parse_iso(value)
            if anchor:
                return anchor
        return None

    # -- the component -----------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # Doc.text joins every token: read it once, not once per date
        found = self.find(text)
        anchor = self.find_anchor(doc, found)
        set_doc_values(doc, anchor=anchor.isoformat() if anchor else None)
        if MENTIONS not in doc.spans:
            doc.spans[MENTIONS] = []
        if not found:
            return doc
        group = doc.spans[MENTIONS]
        blocked_chars = {c for s in group if s.label_ in BLOCKING_LABELS for c in range(s.start_char, s.end_char)}
        has_sents = doc.has_annotation("SENT_START")
        date_tokens = frozenset(t.i for rec in found
                                for t in doc.char_span(rec.start, rec.end, alignment_mode="expand") or ())
        new = []
        extensions = SpanExtensions(("value", "value_end", "rule"))  # in Doc.user_data, as ``span._`` keeps them
        yearless: list[tuple[Span, Recognised, timex.Direction]] = []
        stated: list[Span] = []
        for rec in found:
            if blocked_chars.intersection(range(rec.start, rec.end)):
                continue
            if "rel" in dict(rec.groups) and _outlet_name(text, rec.start, rec.end):
                continue
            span = doc.char_span(rec.start, rec.end, label=LABEL, alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            weekday = set(dict(rec.groups)) == {"weekday"}
            direction = self.direction(doc, span, has_sents, date_tokens, weekday)
            if direction != "future" and weekday and self._passive_event(doc, span):
                direction = "closest"  # "are elected on Sunday": the election's day, its eve or its morrow
            elif direction != "future" and weekday and self._dates_event(doc, span):
                # "Sunday's election": its eve or its morrow, whatever past tense; its result makes it past
                direction = "past" if self._outcome_before(doc, span) else "closest"
            elif direction != "future" and _yearless_month(rec) and self._upcoming_event(doc, span):
                direction = "future"  # "killed 20 before the January election": the killing's tense is not the vote's
            value, value_end = self._value(rec.pattern, text[rec.start:rec.end], rec.groups,
                                           anchor, direction)
            extensions.set(span, value=value, value_end=value_end, rule=self.patterns[rec.pattern].id)
            new.append(span)
            groups = dict(rec.groups)
            if value and "month" in groups and not {"year", "weekday", "day2", "yearmod"} & groups.keys():
                yearless.append((span, rec, direction))
            elif value and "year" in groups:
                stated.append(span)  # a year written out ("2022", "October 2022"), not "next year"
        if yearless and stated and has_sents:
            self._years_from_sentence(stated, yearless, anchor)
        group.extend(new)
        return doc

    def _years_from_sentence(self, stated: list[Span], yearless: list[tuple[Span, Recognised, timex.Direction]],
                             anchor: Optional[dt.date] = None) -> None:
        """"The 2022 general election runoff is held on October 30": a month and day without a
        year take the one year its sentence writes out before them, in their clause, not the publication's.
        A year written after the date is as often another event's ("in October, ... since the war began in
        2018", "sold in October, up from a price in October 2015"), unless it is the year of the date's own event
        (:meth:`_event_year_after`: "the votes cast on July 2 in the 2006 presidential election"), and one across a
        semicolon another clause's ("closed in June 2018; ... as of March 20"). A year its tense rules out is another
        event's too: "X, elected in 2019, will seek a second term in the election on April 7" (a future date in no
        past year, a past one in no year to come)."""
        for span, rec, direction in yearless:
            sent = span.sent
            years = {s._.value[:4] for s in stated
                     if s.sent.start == sent.start and s.end <= span.start
                     and not YEAR_CLAUSE_SEPARATORS & {t.text for t in span.doc[s.end:span.start]}
                     and not _since_year(s)}
            if not years:
                years = {s._.value[:4] for s in stated if self._event_year_after(span, s)}
            if len(years) != 1:
                continue
            year = int(next(iter(years)))
            # ... the tense as its value from the anchor has it: "the 2006 election held on July 2 begins" is past
            ahead = str(span._.value) > anchor.isoformat() if anchor is not None else None
            if anchor is not None and (direction == "future" and ahead and year < anchor.year
                                       or direction == "past" and not ahead and year > anchor.year):
                continue
            start, _ = self.fields(dict(rec.groups))
            value = timex.resolve(timex.Fields(year=year, month=start.month, day=start.day), None)
            if value:
                span._.value = value

    def _event_year_after(self, span: Span, year: Span) -> bool:
        """Year ``year``, after the year-less date ``span`` in its clause, is the year of the event the date is a day
        of: "the votes cast on July 2 in Mexico's disputed 2006 presidential election". "in" or "of" opens what parts
        them, and no punctuation but a possessive nor a clause's or a coordinate's word stands there ("sold in October,
        up from a price in October 2015", "on July 2 and said its 2006 election" are another time), and an event word
        (``scheduled_event``) follows the year within :data:`EVENT_YEAR_LOOKAHEAD` words."""
        doc = span.doc
        if year.sent.start != span.sent.start or year.start < span.end or year.start - span.end > EVENT_YEAR_GAP:
            return False
        if _YEAR_ONLY.fullmatch(str(year._.value or "")) is None:
            return False
        gap = doc[span.end:year.start]
        if not len(gap) or gap[0].lower_ not in _EVENT_PREPOSITIONS or any(
                t.is_punct and t.lower_ not in POSSESSIVE_ENDINGS or t.lower_ in _CLAUSE_WORDS for t in gap):
            return False
        for t in doc[year.end:min(len(doc), year.end + EVENT_YEAR_LOOKAHEAD)]:
            if t.lower_ in self.cues.scheduled_events:
                return True
            if t.is_punct:
                return False
        return False


def _in_compound(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a hyphenated word ("centre-left", "far-left", "run-off"): a part of a modifier or noun, no
    tense of its own."""
    return i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _since_year(span: Span) -> bool:
    """A year after "since" ("the first election since the 2020 coup, held on April 14", "the first vote since 2005")
    is the point the story counts from, never the year of a date after it."""
    k = span.start - 1
    if k >= 0 and span.doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and span.doc[k].lower_ == "since"


def _yearless_month(rec: Recognised) -> bool:
    """A month, or a month and day, written without a year or a weekday ("January", "Jan. 30")."""
    groups = dict(rec.groups)
    return "month" in groups and not {"year", "weekday", "day2", "mod", "yearmod"} & groups.keys()


def _outlet_name(text: str, start: int, end: int) -> bool:
    """The capitalised relative day at ``text[start:end]`` is part of an outlet's name in a source citation: the
    parenthesis around it holds capitalised words and citation joiners only ("(USA Today)", "(AP via Japan
    Today)", "(Today's Zaman)", "(Today Online)"). A lower-case "(today)", a sentence's "Today, voters ..." and a
    headline's "Zembla Votes Today" stay dates (the entity stage blocks only the outlets it knows, and these
    were read as the publication day)."""
    if not text[start:start + 1].isupper():
        return False
    opening = text.rfind("(", max(0, start - CITATION_CHARS), start)
    closing = text.find(")", end, end + CITATION_CHARS)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return False
    after = re.sub(r"^['’]s\b", "", text[end:closing])  # "Today's Zaman"
    words = _CITATION_WORD.findall(text[opening + 1:start]) + _CITATION_WORD.findall(after)
    return bool(words) and all(w[:1].isupper() or w.lower() in CITATION_JOINERS for w in words)


@Language.factory(
    "newsfacts_dates",
    assigns=["doc.spans"],
    default_config={"lexicon_dir": None, "patterns_path": None, "context_tokens": CONTEXT_TOKENS},
)
def make_dates(nlp: Language, name: str, lexicon_dir: Optional[str], patterns_path: Optional[str],
               context_tokens: int) -> DateRecognizer:
    """``lexicon_dir`` holds ``date_cues.tsv`` (default ``models/lexicons``);
    ``patterns_path`` is the pattern file (default ``patterns/dates.jsonl`` beside
    the lexicon folder)."""
    lexicons = Path(lexicon_dir) if lexicon_dir else DEFAULT_MODELS / "lexicons"
    patterns = Path(patterns_path) if patterns_path else lexicons.parent / "patterns" / PATTERNS_FILE
    return DateRecognizer(nlp, name, lexicons / CUES_FILE, patterns, context_tokens)
