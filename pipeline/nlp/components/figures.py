"""Vote figures: votes, ballots and percentages with parsed numeric values.

The shapes ("714 votes", "84,383 ballots", "0.84 percent", "52%", "per cent",
"a 3,000-vote margin", "three thousand votes") are token patterns in
``models/patterns/figures.jsonl``; this module only turns the number words
into values. A number that is part of a date ("Dec. 1 vote") is not a figure.
A count written without its unit is one only in the shapes of a results
sentence (:class:`_BareCounts`, words in ``models/lexicons/result_figures.tsv``).
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from typing import NamedTuple

from spacy.attrs import LIKE_NUM, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ...errors import DataError
from ..kb import read_jsonl
from ..resources import load_resources, load_word_uses, read_tsv
from ..rules import load_fact_cues
from .common import (HYPHENS, ORDINAL, PLURAL_POSSESSIVES, POSSESSIVE_ENDINGS, PatternGate, add_mentions, needs_number,
                     default_models_dir, mentions, pattern_anchor, sentence_index, token_lowers, token_texts)
from .dates import CUES_FILE, load_cues

_UNITS = {"VOTES": ("votes", "ballots"), "PERCENT": ("percent",)}
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           # "1.2m votes", "3.4bn", "12k", wire style "1.3 mln": the tokenizer splits the letters off; only a pattern
           # puts them in a run
           "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "k": 1_000,
           # South Asian English: a lakh is 100,000, a crore 10 million ("by over 2 lakh votes", "1.2 crore votes")
           "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
#: What may follow a bare number that repeats an earlier figure's frame ("... while Y received 232."):
#: a clause ends there, so no noun ("232 letters") gives the number another unit.
_ELLIPSIS_END = frozenset({"and", "while", "whereas", "but", "each"})
#: ... or "in" before an article or a name ("compared to Y's 60,399 in an election with a high turnout", "... in
#: Lyon"), the race's or the place's phrase; "received 20 in donations" is money.
_ELLIPSIS_IN, _ELLIPSIS_IN_BEFORE = "in", frozenset({"the", "a", "an", "this", "that", "last"})
#: What stands before a name that continues a results list ("X won 5,432 votes, Y 4,321 and Z 1,200").
_LIST_JOINS = frozenset({",", ";", "and", "while", "whereas"})
#: Words that join the two numbers of a score: "57-43%", "49–48 percent", "52 to 48 percent", "12,345 votes to 11,002".
_PAIR_JOINS = frozenset({"-", "–", "to"})
#: What may follow the second number of "N votes to M" for M to be a count of the same kind: its clause ends.
_PAIR_END = _ELLIPSIS_END | {"for", "against", "over", "in"}
#: Words that join a vote count to the count after it: "12,345 votes to 11,002", "52,000 votes against 48,000 for Y".
_PAIR_AFTER = frozenset({"to", "against", "versus", "vs", "vs."})
#: The words of a number's half after its whole: "two and a half million", "five-and-a-half points".
_HALF = ("and", "a", "half")
#: What joins a rival's name to its count in "..., ahead of Ivan Petrov with 402,889" / "... on 40%".
_RIVAL_WITH = frozenset({"with", "on"})
#: How many sentences a results list carries its unit of votes on to bare counts (grouped by thousands) of its
#: entries (:func:`_carried`), and what ends an entry's clause
CARRY_SENTENCES = 2
CARRIED_FIGURE = "figure.carried"
_GROUPED_COUNT = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_CLAUSE_MARKS = frozenset({";", ".", ":"})
#: What may stand between a name and its unit-less count in a results list whose unit an earlier count named: its
#: possessive or its comma ("compared to Y's 60,399", "Senator Y, 5,416,140;"; FigureMatcher._elliptic).
_COUNT_AFTER_NAME = frozenset({",", "'s", "’s"})
#: The possessive after the rival's name in "12,345 votes to Ivan Petrov's 11,002".
_POSSESSIVE = POSSESSIVE_ENDINGS | PLURAL_POSSESSIVES
#: The rule id of the first number of a score ("57" of "57-43%"): fact rules do not read it as one name's figure.
PAIRED_FIGURE = "figure.paired"
#: The rule id of the rival's number in "12,345 votes to Ivan Petrov's 11,002": the name before it owns it.
RIVAL_FIGURE = "figure.rival"
#: The least sum of the two shares of "a 52-48 margin" (third candidates take a few points): "a 3-1 win", "a 5-4
#: ruling" are a game's or a court's, no two shares of a vote.
SHARE_PAIR_MIN = 90
#: The rule id of each count of a division's tally ("passed in a 301-12 vote", "confirmed by a vote of 52-48"): a
#: vote figure of a chamber, court or council, no one's count, so no fact rule reads it (nor as an election's cue).
TALLY_FIGURE = "figure.tally"
#: What may follow a tally joined by "to" ("votes 121 to 11 to approve", "votes 334 to 292 in favour"): its clause ends.
_TALLY_END = _PAIR_END | {"to", "with", "on"}
#: The least sum of a tally's counts: a court's or a council's handful ("a 5-4 ruling", "voted 7-2") is left out,
#: as a bench is no chamber and a small score may be a game's; a chamber's division adds up to more.
TALLY_MIN = 20
#: The rule id of the first of two counts or shares the unit after the second serves ("received 380 and 32 votes",
#: "80,191 and 52,189 votes"): a figure of its own, of the second's unit (:func:`_coordinated_at`).
COORDINATED_FIGURE = "figure.coordinated"
#: Words before "N and M votes" that make it a range, one figure's bounds, no two figures ("between 30 and 40 votes").
_RANGE_OPENERS = frozenset({"between", "from"})
#: The rule id of the whole of "5,112 of the 9,870 votes cast": the votes counted in the race, no one's share.
TOTAL_FIGURE = "figure.total"
#: The words that part a figure's part from its whole ("5,112 of 9,870 votes", "812 out of 1,530 votes").
_TOTAL_JOINS = frozenset({"of", "out"})
#: ``result_figures.tsv`` uses: the words that make a bare number a vote count (see the file's header).
RESULT_FIGURE_USES = ("result", "received", "giving", "election", "margin_cue", "score_cue", "approximator",
                      "clause_end", "clause_break", "rival_join", "not_results", "count_done", "count_place",
                      "count_votes", "margin_noun", "margin_change", "won_place", "popular_vote", "win_verb",
                      "rival_before", "pronoun_result")
#: The ``result_figures.tsv`` uses whose words make a story one about a vote, where a percentage may be a share of it.
VOTE_STORY_USES = ("election", "result", "popular_vote", "win_verb")
#: How many words a figure's restatement after ", or" may hold before its closing comma ("3.8 million voters, or 71
#: percent of the electorate, took part"), for the words a pattern needs after the figure to be read past it.
APPOSITION_MAX = 8
#: How far past a match the words its ``need_next`` phrases must open may stand, at most: a parenthesis of up to 7
#: tokens ("(25%)"), then a restatement after ", or" of up to APPOSITION_MAX words and its commas. A match with none of
#: those words that near is dropped before it is read (FigureMatcher._need_out_of_reach).
NEED_SKIP_MAX = 7 + APPOSITION_MAX + 2
#: The most rounds of voting a count after a pattern's ``rounds_before`` phrase may be ("after four ballots"); a
#: larger count there is one of votes ("after 4,000 ballots were found"). A speakership once took 15.
ROUNDS_MAX = 20
#: The rule id of a share that says how far the count has gone ("with 74% of the vote counted", "80% of precincts
#: reporting"): a figure, but no one's share and no margin, so fact rules never read it as a value.
COUNT_PROGRESS = "figure.count_progress"
#: How many words ("of the polling stations") may stand between a count's progress share and its participle.
COUNT_GAP = 4
#: What opens the absolute clause of a count's progress ("With 74% of the vote counted, X leads").
_PROGRESS_OPENERS = frozenset({"with", "after"})
#: What joins the two numbers of a bare score: "12,345 to 10,234", "4,512-3,980".
_SCORE_JOINS = frozenset({"to", "-", "–"})
#: The rule ids of bare counts: a score, a margin, what a verb or a list gives, a name's "(N)".
BARE_SCORE, BARE_MARGIN, BARE_RECEIVED, BARE_PAREN = (
    "figure.bare_score", "figure.bare_margin", "figure.bare_received", "figure.bare_paren")
#: How many tokens before a bare number its result word may stand ("wins the mayoral runoff in Lima, 12,345 to
#: 10,234" has six between).
RESULT_WINDOW = 10
#: A bare score whose two numbers add up to this or less may be two shares or a game's points ("52-48", "6-4"):
#: no count ("87-26" is); a single bare number this or less in a sentence with a share is left to the shares.
SHARE_MAX = 100
#: How many tokens after the word that ends a bare count's clause an election word may stand for the clause to
#: still be the result's ("received 1,234 in the mayoral runoff").
AFTER_WINDOW = 4
#: What may join a place won to its winner's name: "a county that Ana Ruiz won by 12 points".
_RELATIVES = frozenset({"that", "which"})
#: A name's "(N)" no larger than this may be an age ("Ana Ruiz (52)"): no count.
AGE_MAX = 120
#: How many name-count pairs make a results table flattened into prose ("Results: X 3,412; Y 2,987; Z 611"): one
#: name before a number is anything ("Ivan Petrov 2,000 times"), a list of them in a results sentence is a tally.
TABLE_MIN = 2
#: How many words a name's bracketed party may hold ("X (Liberal) 1,204,388", "X (Green Party), 3,412").
TABLE_PAREN_MAX = 5
#: Punctuation after a number that ties it to what follows ("52-48", "45%", "3/4"): no clause end.
_TIED_PUNCT = frozenset({"-", "–", "%", "/", "'s", "’s"})
#: The decimals a number times its scale is rounded to: more than any figure writes ("1.784 million"), fewer than a
#: float's error (8.2 * 1,000,000 is 8199999.999999999).
SCALE_DIGITS = 6
_DIGITS = re.compile(r"^[\d.,]+$")
_INNER_HYPHEN = re.compile(r"\w-\w")
#: A numeral: "84,383", "12.5", and South Asian grouping, where commas set off the thousands and then every two
#: digits ("1,23,456" is 123,456; "2,34,56,789" is 23,456,789).
_NUMERAL = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}$")
#: "12 345 votes": thousands grouped by a space, as much of Europe writes them: a head of 1-3 digits, then groups of 3.
_GROUP_HEAD = re.compile(r"^\d{1,3}$")
_GROUP = re.compile(r"^\d{3}$")
#: A count whose thousands full stops set off ("12.345 votes", "1.234.567 votes"): no count has a fraction, so the
#: stops group its digits, as commas do in English ("12.5 votes" stays a number no count can be, left as read).
_DOT_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_number(words: list[str]) -> float | None:
    """The value of a run of number tokens: ``["84,383"]``, ``["three", "thousand"]``, ``["1.2", "million"]``.

    Returns None for anything it cannot read with certainty (fractions, "45,0").
    """
    total, current, seen, previous = 0.0, 0.0, False, ""
    for raw in words:
        w = raw.lower().strip()
        if w == "and":
            if previous in _SCALES:  # "one hundred and five"
                continue
            return None  # "30 and 40 votes" is two figures, not 70
        previous = w
        if _NUMERAL.match(w):
            current += float(w.replace(",", ""))
        elif w in _SMALL:
            current += _SMALL[w]
        elif "-" in w and all(p in _SMALL for p in w.split("-")):
            current += sum(_SMALL[p] for p in w.split("-"))
        elif w in _SCALES:
            # rounded past the float's error: 8.2 * 1,000,000 is 8199999.999999999, which a count's int() cut to
            # 8,199,999 ("8.2 million votes")
            scale = _SCALES[w]
            if scale == 100:
                current = round((current or 1) * 100, SCALE_DIGITS)
            else:
                total += round((current or 1) * scale, SCALE_DIGITS)
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_count(words: list[str]) -> float | None:
    """:func:`parse_number` for a vote count, which has no fraction: one token whose thousands full stops set off
    ("12.345", "1.234.567") is read as its digits (:data:`_DOT_GROUPED`)."""
    if len(words) == 1 and _DOT_GROUPED.match(words[0]):
        return float(words[0].replace(".", ""))
    return parse_number(words)


def _split_words(spec) -> list[str]:
    """The words of a token spec's LOWER/ORTH that the tokenizer would split at an inner hyphen ("mail-in")."""
    out = []
    for key in ("LOWER", "ORTH"):
        value = spec.get(key) if isinstance(spec, dict) else None
        words = value.get("IN", []) if isinstance(value, dict) else [value]
        out += [w for w in words if isinstance(w, str) and _INNER_HYPHEN.search(w)]
    return out


class FigurePattern(NamedTuple):
    """One line of the figures pattern file (:func:`load_figure_patterns` says what each field means)."""

    id: str
    label: str
    unit: str
    pattern: list
    reject_next: tuple
    need_next: tuple
    need_before: tuple
    election_only: bool
    result_before: bool
    total_unit: str
    share_pair: bool
    tally: bool
    division: bool = False
    rounds_before: tuple = ()


def load_figure_patterns(path) -> list[FigurePattern]:
    """A :class:`FigurePattern` per line of the figures pattern file, validated.

    ``reject_next`` lists phrases that, right after the figure, say it is no vote figure
    ("25% of the seats", "a 41% turnout" is kept apart by its own phrase list); ``need_next``, when given, lists
    the phrases one of which must follow it ("a 3,000 vote margin": "a 3,000 vote" alone is no count);
    ``need_before``, the phrases one of which must end right before it, approximators between ("won by just 4
    points"). ``election_only: true`` keeps a unit that games and money share ("points") to a sentence with an
    election word and no word of a game, a division, a poll or money (``result_figures.tsv``);
    ``result_before: true`` wants a result word within :data:`RESULT_WINDOW` tokens before it in its clause ("won
    by 12 points", not "her approval rose by 5 points after the election"). ``total_unit``, when given, says the
    match is a part and its whole ("received 5,112 of the 9,870 votes cast"): the part is the figure, of the
    pattern's unit, and the whole after "of" another, of this unit (:data:`TOTAL_FIGURE`); ``share_pair: true`` says
    the match opens with two bare shares joined by a dash ("a 52-48 margin"): each is a figure when they add up to a
    whole vote (:data:`SHARE_PAIR_MIN` to 100), the first one a score's (:data:`PAIRED_FIGURE`); ``tally: true``
    says the match is a division's two or three counts joined by dashes ("a 258-169-1 vote"): each a count
    (:data:`TALLY_FIGURE`) where no other figure or bare count took its numbers (:meth:`FigureMatcher._tally`);
    ``division: true`` says the match is one side's count of a division written with its verb ("192 voted against",
    "143 countries vote in favour", "one abstained"): a count of the tally's rule too, no one's votes. A word with
    an inner hyphen in a token spec ("mail-in") can never match, as the tokenizer splits it: a DataError.
    ``rounds_before`` lists phrases one of which, ending right before a count of at most :data:`ROUNDS_MAX`
    (approximators between), make it a number of rounds of voting, no figure ("elected after four ballots", "in
    three votes"; "after 4,000 ballots were counted" stays a count).
    """
    rows = []
    for where, rec in read_jsonl(path):
        if not isinstance(rec, dict) or not {"id", "label", "unit", "pattern"} <= rec.keys():
            raise DataError(f"{where}: a figure pattern needs 'id', 'label', 'unit' and 'pattern'")
        if rec["unit"] not in _UNITS.get(rec["label"], ()):
            raise DataError(f"{where}: unit {rec['unit']!r} does not go with label {rec['label']!r}")
        phrases = {}
        for key in ("reject_next", "need_next", "need_before", "rounds_before"):
            value = rec.get(key, [])
            if not isinstance(value, list) or not all(isinstance(r, str) for r in value):
                raise DataError(f"{where}: {key!r} must be a list of phrases")
            phrases[key] = tuple(tuple(r.lower().split()) for r in value)
        for key in ("election_only", "result_before", "share_pair", "tally", "division"):
            if not isinstance(rec.get(key, False), bool):
                raise DataError(f"{where}: {key!r} must be true or false")
        total_unit = rec.get("total_unit", "")
        if total_unit and total_unit not in _UNITS.get(rec["label"], ()):
            raise DataError(f"{where}: total_unit {total_unit!r} does not go with label {rec['label']!r}")
        split = [w for spec in rec["pattern"] for w in _split_words(spec)] if isinstance(rec["pattern"], list) else []
        if split:
            raise DataError(f"{where}: {split[0]!r} is split at its hyphen by the tokenizer; write its parts as tokens")
        rows.append(FigurePattern(rec["id"], rec["label"], rec["unit"], rec["pattern"], phrases["reject_next"],
                                  phrases["need_next"], phrases["need_before"], rec.get("election_only", False),
                                  rec.get("result_before", False), total_unit, rec.get("share_pair", False),
                                  rec.get("tally", False), rec.get("division", False), phrases["rounds_before"]))
    return rows


def parser_for(label: str):
    """The reader of a figure's number: :func:`parse_count` for a count of votes, :func:`parse_number` for a share."""
    return parse_count if label == "VOTES" else parse_number


def place_before_winner(doc: Doc, name_start: int, places) -> bool:
    """A place noun (``result_figures.tsv`` won_place) right before a winner's name starting at ``name_start``,
    "that" or "which" between: "a state Ana Ruiz won by 30 points", "a county that X won". Such a clause describes
    the place by a past win of its vote, no race's result."""
    b = name_start - 1
    b -= b >= 0 and doc[b].lower_ in _RELATIVES
    return b >= 0 and doc[b].lower_ in places


def load_result_words(path, tokenize) -> dict[str, tuple[tuple[str, ...], ...]]:
    """use -> its phrases as lower-case token tuples, from ``result_figures.tsv``, validated.

    ``tokenize`` splits a phrase as the pipeline splits text, so "run-off" and "vs." match as written.
    """
    if not path.is_file():
        raise DataError(f"{path}: missing lexicon")
    where = {row.get("word", ""): w for w, row in read_tsv(path, ("word", "uses"))}
    out: dict[str, list[tuple[str, ...]]] = {use: [] for use in RESULT_FIGURE_USES}
    for word, uses, _ in load_word_uses(path, RESULT_FIGURE_USES):
        if word != word.lower() or word != word.strip():
            raise DataError(f"{where[word]}: {word!r} must be lower case without outer spaces")
        phrase = tuple(t.lower_ for t in tokenize(word))
        for use in uses:
            out[use].append(phrase)
    if empty := [use for use, phrases in out.items() if not phrases]:
        raise DataError(f"{path}: no word for use(s) {empty}")
    return {use: tuple(phrases) for use, phrases in out.items()}


@Language.factory("newsfacts_figures", assigns=["doc.spans"], default_config={"models_dir": None})
def make_figures(nlp: Language, name: str, models_dir: str | None) -> "FigureMatcher":
    res = load_resources(models_dir or default_models_dir())
    fact_cues = load_fact_cues(res.root)
    election_words = tuple(tuple(t.lower_ for t in nlp.make_doc(w)) for w in fact_cues.election)
    return FigureMatcher(nlp, name, load_figure_patterns(res.root / "patterns" / "figures.jsonl"),
                         load_result_words(res.root / "lexicons" / "result_figures.tsv", nlp.make_doc),
                         months=frozenset(load_cues(res.root / "lexicons" / CUES_FILE).months),
                         election_words=election_words, finishing_places=fact_cues.finishing_places,
                         voting=tuple(tuple(t.lower_ for t in nlp.make_doc(w)) for w in fact_cues.voting))


class FigureMatcher:
    """Adds VOTES and PERCENT spans with ``_.value`` and ``_.unit``."""

    def __init__(self, nlp: Language, name: str,
                 patterns: list[FigurePattern],
                 result_words: dict[str, tuple[tuple[str, ...], ...]] | None = None, *,
                 months: frozenset[str], election_words: tuple[tuple[str, ...], ...] = (),
                 finishing_places: frozenset[str] = frozenset(), voting: tuple[tuple[str, ...], ...] = ()):
        self.name = name
        # month names and abbreviations (date_cues.tsv ``month``): "Dec. 1 vote" is a date's number
        # (:meth:`_after_month`)
        self._months = months
        # a place in a result's order before a bare count's "with" (the fact engine's cues.yml ``finishing_places``)
        self._finishing_places = finishing_places
        # phrases with a poll word that name the vote itself ("topped the poll"; cues.yml ``voting``): their poll
        # word makes no sentence a survey's for a bare count
        self._voting = voting
        self.words = result_words or {use: () for use in RESULT_FIGURE_USES}
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.meta: dict[str, FigurePattern] = {}
        for row in patterns:
            self.matcher.add(row.id, [row.pattern], greedy="LONGEST")
            self.meta[row.id] = row
        # per pattern with need_next phrases: their first words, and how far after a match one of them may stand
        self._need_next: dict[str, tuple[frozenset[str], int]] = {
            row.id: (frozenset(p[0] for p in row.need_next if p),
                     NEED_SKIP_MAX + max(map(len, row.reject_next + row.need_next)) + 2)
            for row in patterns if row.need_next}
        # a pattern of numbers alone ("turnout of 1.2 million", "a 52-48 margin") is kept only beside its need_before
        # (else need_next) phrases: their first words gate it, so the Matcher does not run on every Doc with a number
        needs = {row.id: tuple(sorted({p[0] for p in (row.need_before or row.need_next) if p})) for row in patterns}
        numbered, others = [], []
        for row in patterns:
            (numbered if needs_number(row.pattern) else others).append(row)
        self.gate = PatternGate(nlp.vocab, [row.pattern for row in numbered], [needs[row.id] for row in numbered])
        # patterns that can match in a Doc without a number ("one vote"): their own words gate them alone
        self.gate_numberless = PatternGate(nlp.vocab, [row.pattern for row in others], [needs[row.id] for row in others])
        # either gate's words, read in one pass in a Doc with a number
        self.gate_any = PatternGate(nlp.vocab, [row.pattern for row in patterns], [needs[row.id] for row in patterns])
        self._tail = number_window_tail([row.pattern for row in patterns], nlp.vocab)
        self._window_gate = WindowGate(patterns, {pid: reach for pid, (_, reach) in self._need_next.items()})
        # the single-word place nouns whose vote is won (:meth:`_place_won`)
        self._won_places = frozenset(p[0] for p in self.words.get("won_place", ()) if len(p) == 1)
        # the verbs that win a place's vote (:meth:`_place_won`): "beat" and "defeated" take a rival
        self._win_verbs = frozenset(p[0] for p in self.words.get("win_verb", ()) if len(p) == 1)
        # the first words of the election phrases: a sentence without one holds no bare count (:meth:`_bare`)
        # (and of the phrases that name the vote itself: "topped the poll")
        self._election_firsts = frozenset(p[0] for p in self.words.get("election", ()) + self._voting if p)
        # the words of a story about a vote: the results' own and the fact engine's words of elections (cues.yml)
        self._vote_story = tuple(sorted({p for use in VOTE_STORY_USES for p in self.words.get(use, ()) if p}
                                        | {p for p in election_words if p}))
        self._vote_story_firsts = frozenset(p[0] for p in self._vote_story)
        self.counting = {use: frozenset(p[0] for p in self.words.get(use, ()) if len(p) == 1)
                         for use in ("count_done", "count_place", "count_votes")}
        # the words of the approximators, which may stand before a progress share ("with nearly 95 per cent ...")
        self.counting["approximator"] = frozenset(w for p in self.words.get("approximator", ()) for w in p)
        # the words that may part a progress share from its participle: places and kinds of votes, one set
        self.counting["count_between"] = self.counting["count_place"] | self.counting["count_votes"]

    def _match_numbers(self, doc: Doc, numbers: list[int]) -> list[int] | None:
        """``numbers`` (the Doc's number tokens) where the Matcher can find anything in ``doc``, else None: nearly
        every pattern needs a number, and a third of the Docs holding a pattern's word ("to", "win", "-") hold no
        number (their Matcher pass found nothing). With numbers, one pass of the gate of all patterns."""
        gate = self.gate_any if numbers else self.gate_numberless
        return numbers if gate.may_match(doc) else None

    def _may_match(self, doc: Doc) -> bool:
        """Whether the Matcher can find anything in ``doc`` (:meth:`_match_numbers`)."""
        return self._match_numbers(doc, _number_tokens(doc)) is not None

    def _matches(self, doc: Doc, numbers: list[int] | None = None,
                 date_tokens: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, int, int]]:
        """The Matcher's matches in ``doc``, found in the windows that can hold one: every pattern opens on a number,
        so a match lies in a run of numbers and the :attr:`_tail` tokens after it (windows that touch are one). A
        third of the Matcher's time per Doc, the same matches. ``numbers``: the number tokens, if read already.

        A window whose numbers are all tokens of dates (``date_tokens``: "in 2016", "on 5 May") is left out: its
        matches all open on a date's number, and :meth:`__call__` drops every figure that keeps a date's token (its
        start only moves back, or on along the digits of its first run); a sixth of the windows of news items. So is
        one in which no pattern can match and be kept (:class:`WindowGate`): nine of ten others."""
        if self._tail is None:
            return self.matcher(doc)
        numbers = _number_tokens(doc) if numbers is None else numbers
        out = []
        gate = self._window_gate
        for start, end, first, last in _windows(numbers, len(doc), self._tail):
            if date_tokens and all(numbers[k] in date_tokens for k in range(first, last)):
                continue
            if not gate.may_keep(doc, numbers, start, end):
                continue
            out += [(key, start + s, start + e) for key, s, e in self.matcher(doc[start:end])]
        return out

    @staticmethod
    def _need_out_of_reach(doc: Doc, end: int, firsts: frozenset[str], reach: int) -> bool:
        """No word that opens one of a match's ``need_next`` phrases stands within ``reach`` tokens after it: the
        match cannot stand, whatever the parenthesis or restatement its phrase is read past (a cheap superset of
        the check in :meth:`__call__`, which a pattern of a number alone, "192 voted against", asks of every
        number)."""
        lowers = token_lowers(doc)
        return not any(w in firsts for w in lowers[end:end + reach])

    @staticmethod
    def _space_grouped(doc: Doc, start: int, numbers: list[str], date_tokens: set[int]) -> bool:
        """The match's numerals are one number whose thousands a single space sets off ("12 345", "1 234 567"),
        not two side by side ("30 40", "in 2008 42%"), nor a date's day before a count ("May 12 345 votes")."""
        if len(numbers) < 2 or doc[start].text != numbers[0] or start in date_tokens \
                or not _GROUP_HEAD.match(numbers[0]) or not all(_GROUP.match(n) for n in numbers[1:]):
            return False
        return all(doc[k].whitespace_ == " " for k in range(start, start + len(numbers) - 1))

    def __call__(self, doc: Doc) -> Doc:
        texts, lowers = token_texts(doc), token_lowers(doc)  # the Doc's cached strings: no Token per word read
        date_tokens = {i for d in mentions(doc, "DATE") for i in range(d.start, d.end)}
        spans, tallies = [], []
        number_tokens = _number_tokens(doc)  # read once: the Matcher's windows and the bare counts
        matchable = self._match_numbers(doc, number_tokens)
        matches = self._matches(doc, matchable, date_tokens) if matchable is not None else []
        for match_id, start, end in sorted(matches, key=lambda m: (m[1], m[2])):
            pid = doc.vocab.strings[match_id]
            if pid in self._need_next and self._need_out_of_reach(doc, end, *self._need_next[pid]):
                continue  # "192 voted against" needs its verb: any other number of the Doc is read no further
            _, label, unit, _, reject, need, need_before, election_only, result_before, total_unit, share_pair, \
                tally, division, rounds_before = self.meta[pid]
            # The first run of number words: "1380 of 1381 votes" counts 1380; "12,345 first-round votes" stops
            # before "first", an ordinal (like_num) that reads as no number; "1.2m" takes its scale.
            numbers = list(itertools.takewhile(
                lambda t: t.lower_ == "and" or t.like_num and (parse_number([t.text]) is not None
                                                               or _DOT_GROUPED.match(t.text))
                or t.lower_ in _SCALES, itertools.dropwhile(lambda t: not t.like_num, doc[start:end])))
            numbers = [t.text for t in numbers]
            while numbers and numbers[-1].lower() == "and":
                numbers.pop()  # "two and a half": the "and" opens the half, no part of the whole
            coordinated = _coordinated_at(doc, start, numbers, label)
            if coordinated is not None:  # "380 and 32 votes": the unit serves both numbers, two figures
                numbers, start = numbers[coordinated.end - coordinated.start + 1:], coordinated.end + 1
                coordinated._.unit = unit
            if self._space_grouped(doc, start, numbers, date_tokens):
                numbers = ["".join(numbers)]  # "12 345 votes": one number, its thousands set off by a space
            # "in 2008-2012 42% voted": two numerals side by side are two numbers; the figure is the last.
            while len(numbers) > 1 and texts[start] == numbers[0] and _DIGITS.match(numbers[0]) \
                    and _DIGITS.match(numbers[1]):
                numbers, start = numbers[1:], start + 1
            # "Twenty-five percent": the tokenizer splits the hyphen off the first number word.
            while start >= 2 and texts[start - 1] == "-" and lowers[start - 2] in _SMALL \
                    and numbers and numbers[0].lower() in _SMALL:
                numbers = [texts[start - 2] + "-" + numbers[0]] + numbers[1:]
                start -= 2
            value = parser_for(label)(numbers)
            # "half a million votes": a scale alone after "half a" is half of it, not the scale itself
            if value is not None and numbers and all(w.lower() in _SCALES for w in numbers) and start >= 2 \
                    and lowers[start - 1] in ("a", "an") and lowers[start - 2] == "half":
                value, start = value / 2, start - 2
            else:
                halved, at = _with_half(doc, start, end, numbers, value)
                if (halved, at) != (value, start):
                    value, start = halved, at  # "two and a half million votes"
                # ... and a scale alone after "a half" ("a half million votes") is half of it too
                elif value is not None and numbers and all(w.lower() in _SCALES for w in numbers) and start >= 2 \
                        and lowers[start - 1] == "half" and lowers[start - 2] in ("a", "an"):
                    value, start = value / 2, start - 1
            span = Span(doc, start, end, label=label)
            if lowers[end - 1] == "vote" and start >= 2 and texts[start - 1] in HYPHENS \
                    and doc[start - 2].like_num:
                continue  # "a 35-1 vote": a division's tally, as "a 75-30 vote" is
            if value is None or date_tokens.intersection(range(span.start, span.end)) or (value <= 31 and self._after_month(doc, start)):
                continue
            if rounds_before and value <= ROUNDS_MAX and self._preceded(doc, start, rounds_before):
                continue  # "elected party leader after four ballots": how many rounds it took, no count of votes
            k = end
            if k < len(doc) and texts[k] == "(":  # "Twenty-five percent (25%) of the seats"
                while k < len(doc) and texts[k] != ")" and k - end < 6:
                    k += 1
                k += 1
            if need and k + 1 < len(doc) and texts[k] == "," and lowers[k + 1] == "or":
                # "3.8 million voters, or 71 percent of the electorate, took part": what must follow comes after the
                # restatement
                close = next((c for c in range(k + 2, min(len(doc), k + APPOSITION_MAX + 2)) if texts[c] == ","),
                             None)
                k = close + 1 if close is not None else k
            # as many words after it as its longest phrase has ("took part in the protest")
            reach = max(map(len, reject + need), default=0)
            after = [t.lower_ for t in doc[k:k + reach + 2] if not t.is_punct]
            # a sign is punctuation: "%" rejects only as the tokens right after ("a turnout of 23%")
            signs = [t.lower_ for t in doc[k:k + reach]]
            if any(tuple(after[:len(r)]) == r or tuple(signs[:len(r)]) == r for r in reject) or need and not any(
                    tuple(after[:len(r)]) == r for r in need):
                continue
            if need_before and not self._preceded(doc, start, need_before) \
                    or election_only and not self._election_sentence(doc, start, end) \
                    or result_before and not self._result_before(doc, start):
                continue
            if tally:
                tallies.append((start, end))  # read last: a results sentence's score or share keeps its numbers
                continue
            if spans and spans[-1].end > (start if coordinated is None else coordinated.start):
                continue  # overlapping shapes: the earlier, longer one stands
            if coordinated is not None:
                spans.append(coordinated)
            if share_pair:
                spans.extend(self._share_pair(doc, start, end, pid))
                continue
            total = self._total(doc, start, end, label, total_unit) if total_unit else None
            if total is not None:
                # the part ends at "of" / "out of"
                span = Span(doc, start, next(i for i in range(start, end) if lowers[i] in _TOTAL_JOINS), label=label)
            span._.value = int(value) if label == "VOTES" else value
            span._.unit = unit
            span._.rule = TALLY_FIGURE if division else pid
            spans.append(span)
            if total is not None:
                spans.append(total)
        for s in spans:
            if s.label_ == "PERCENT" and self._count_progress(doc, s):
                s._.rule = COUNT_PROGRESS
        # tokens a bare number must not come from: other mentions, dates, the figures found so far
        taken = {i for m in mentions(doc) for i in range(m.start, m.end)} | date_tokens
        taken |= {i for s in spans for i in range(s.start, s.end)}
        found = spans + self._elliptic(doc, spans, taken, number_tokens) + self._paired(doc, spans, taken)
        found += self._bare(doc, found, taken, number_tokens)
        if any(s.label_ == "PERCENT" for s in found) and not self._in_vote_story(doc, found):
            found = [s for s in found if s.label_ != "PERCENT"]
        taken |= {i for s in found for i in range(s.start, s.end)}
        add_mentions(doc, found + [s for start, end in tallies for s in self._tally(doc, start, end, taken)])
        return doc

    def _tally(self, doc: Doc, start: int, end: int, taken: set[int]) -> list[Span]:
        """The counts of a division's tally ("a 414-9 vote", "votes 54-37", "votes 121 to 11 to approve"): whole
        numbers joined by dashes (or "to", where the clause ends after the last) from the match's start, adding up to
        :data:`TALLY_MIN` or more, none taken by another figure. Counts that add up to a whole vote's shares
        (:data:`SHARE_PAIR_MIN` to 100, as a 100-seat chamber's do) are shares in a sentence with a result word or a
        word of the people's vote ("won the vote 52-48", "approved in a referendum by a vote of 55-45"): no tally."""
        idx = list(range(start, end, 2))
        joins = [doc[i].lower_ for i in range(start + 1, end, 2)]
        if any(i in taken or not _NUMERAL.match(doc[i].text) or "." in doc[i].text for i in idx) \
                or any(j not in _PAIR_JOINS for j in joins):
            return []
        if "to" in joins and end < len(doc) and not (doc[end].is_punct or doc[end].lower_ in _TALLY_END):
            return []  # "votes to send 450 to 500 troops": a range of what the vote is about, no tally
        values = [parse_count([doc[i].text]) for i in idx]
        if len(values) < 2 or None in values or sum(values) < TALLY_MIN \
                or SHARE_PAIR_MIN <= sum(values) <= 100 and self._sentence_has(doc, start, end, ("result", "popular_vote")):
            return []
        out = []
        for i, value in zip(idx, values):
            span = Span(doc, i, i + 1, label="VOTES")
            span._.value, span._.unit, span._.rule = int(value), "votes", TALLY_FIGURE
            taken.add(i)
            out.append(span)
        return out

    @staticmethod
    def _share_pair(doc: Doc, start: int, end: int, rule: str) -> list[Span]:
        """The two shares of "a 52-48 margin": two numbers joined by a dash at the match's start, each a share that
        together make :data:`SHARE_PAIR_MIN` to 100; the first is the score's (:data:`PAIRED_FIGURE`)."""
        if end - start < 3 or not doc[start].like_num or doc[start + 1].text not in HYPHENS \
                or not doc[start + 2].like_num:
            return []
        first, second = parse_number([doc[start].text]), parse_number([doc[start + 2].text])
        if first is None or second is None or not SHARE_PAIR_MIN <= first + second <= 100:
            return []
        out = []
        for i, value, rule_id in ((start, first, PAIRED_FIGURE), (start + 2, second, rule)):
            span = Span(doc, i, i + 1, label="PERCENT")
            span._.value, span._.unit, span._.rule = value, "percent", rule_id
            out.append(span)
        return out

    @staticmethod
    def _total(doc: Doc, start: int, end: int, label: str, unit: str) -> Span | None:
        """The whole of a part-and-whole match ("5,112 of the 9,870 votes cast"): the span from the first number
        after "of" or "out of" to the match's end, of ``unit``, or None where its number cannot be read."""
        k = next((i for i in range(start, end) if doc[i].lower_ in _TOTAL_JOINS), None)
        if k is None:
            return None
        first = next((i for i in range(k, end) if doc[i].like_num), None)
        if first is None:
            return None
        last = first
        while last < end and (doc[last].like_num or doc[last].lower_ in _SCALES):
            last += 1
        value = parser_for(label)([t.text for t in doc[first:last]])
        if value is None:
            return None
        span = Span(doc, first, end, label=label)
        span._.value = int(value) if label == "VOTES" else value
        span._.unit = unit
        span._.rule = TOTAL_FIGURE
        return span

    def _count_progress(self, doc: Doc, s: Span) -> bool:
        """The share says how far the count has gone: a participle of ``count_done`` after it, past at most
        :data:`COUNT_GAP` words of ``count_place``/``count_votes`` ("80% of precincts reporting"); a share of the
        votes only in a clause of its own that "with" or "after" opens at the sentence's start or after punctuation
        ("With 74% of the vote counted, X leads", "..., with 99% of ballots counted"), as "X won 52% of the votes
        counted" is X's share."""
        place, between = self.counting["count_place"], self.counting["count_between"]
        k, placed = s.end, False
        while k < len(doc) and k - s.end < COUNT_GAP and doc[k].lower_ in between:
            placed |= doc[k].lower_ in place
            k += 1
        if k >= len(doc) or doc[k].lower_ not in self.counting["count_done"]:
            return False
        if placed:
            return True
        i = s.start
        while i > 0 and doc[i - 1].lower_ in self.counting["approximator"]:
            i -= 1
        if i == 0 or doc[i - 1].lower_ not in _PROGRESS_OPENERS:
            return False
        return i - 1 == 0 or doc[i - 1].is_sent_start or doc[i - 2].is_punct

    @staticmethod
    def _paired(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
        """The other number of a score written once with its unit: "wins 57-43%" and "52 to 48 percent" are
        two shares, "12,345 votes to 11,002" two counts. The partner is one bare number joined by a dash or "to"
        (:data:`_PAIR_JOINS`) right before the figure, or, after a vote count, right after "to" or "against"
        (:data:`_PAIR_AFTER`) where its clause ends (:data:`_PAIR_END`); after a share or a count, a rival's
        possessive name may stand between ("52,000 votes to Ivan Petrov's 48,000"); a share above 100 is no
        share, so no pair."""
        if not spans:
            return []  # no figure to pair with: the names are not read
        out = []

        def partner(i: int, first: Span, rule: str = PAIRED_FIGURE) -> None:
            parse = parser_for(first.label_)
            value = parse([doc[i].text]) if 0 <= i < len(doc) and doc[i].like_num and i not in taken else None
            if value is None or first.label_ == "PERCENT" and value > 100:
                return
            span = Span(doc, i, i + 1, label=first.label_)
            span._.value = int(value) if first.label_ == "VOTES" else value
            span._.unit = first._.unit
            span._.rule = rule
            taken.add(i)
            out.append(span)

        persons = {p.start: p for p in mentions(doc, "PERSON")}
        shares = {s.start: s for s in spans if s.label_ == "PERCENT"}
        for s in spans:
            if s.start >= 2 and doc[s.start - 1].lower_ in _PAIR_JOINS and not (
                    s.start >= 3 and (doc[s.start - 3].like_num or doc[s.start - 3].text in _PAIR_JOINS)):
                partner(s.start - 2, s)
            # "41,207 votes (54.8%) against 33,950", "12,345 votes, or 52 percent, to Y's 11,002": a count's own share
            # between it and its rival join
            end = _past_share(doc, s.end, shares) if s.label_ == "VOTES" else s.end
            if end + 1 >= len(doc) or doc[end].lower_ not in _PAIR_AFTER:
                continue
            i, rule = end + 1, PAIRED_FIGURE
            rival = persons.get(i)
            if rival is not None and rival.end < len(doc) and doc[rival.end].text in _POSSESSIVE:
                # "57 percent to Ivan Petrov's 43": the rival's own share, of the first one's unit
                i, rule = rival.end + 1, RIVAL_FIGURE
            elif s.label_ != "VOTES":
                continue  # "rose 5 percent to 48": a change, no score
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or nxt.is_punct and nxt.text not in ("-", "–", "%") or nxt.lower_ in _PAIR_END:
                partner(i, s, rule)
        return out

    def _elliptic(self, doc: Doc, spans: list[Span], taken: set[int], numbers: list[int] | None = None) -> list[Span]:
        """Gapped figures: "X received 306 electoral votes while Y received 232". A bare number takes the
        unit of an earlier figure of its sentence when the same word stands right before both, or when a
        name that continues a list (:data:`_LIST_JOINS`) stands right before it ("X won 5,432 votes, Y 4,321"),
        and the number ends its clause (:data:`_ELLIPSIS_END`); a number followed by a noun is something else.
        ``numbers``: the Doc's number tokens, if read already (only they are read, not a Token per word)."""
        if not spans:
            return []
        _, sent_of = sentence_index(doc)
        frames = {}
        for s in spans:
            if s.start > 0 and doc[s.start - 1].is_alpha:
                frames.setdefault((sent_of[s.start], doc[s.start - 1].lower_), s)
        people = mentions(doc, "PERSON")
        # "X won 5,432 votes, Y 4,321 and Z 1,200": a name that continues a list stands where the verb was
        listed = {p.end: p for p in people if p.start > 0 and doc[p.start - 1].lower_ in _LIST_JOINS}
        # "X polled 478,112 votes, ahead of Y with 402,889": a rival's name after a rival join, its count after "with"
        rivals = self.words["rival_before"]
        listed.update({p.end + 1: p for p in people
                       if p.end < len(doc) and doc[p.end].lower_ in _RIVAL_WITH and _rival_before(doc, p.start, rivals)})
        # "X polled 81,326 votes, compared to Y's 60,399", "X, 9,978,175 votes; Senator Y, 5,416,140": a later name's
        # count after its possessive or its comma (a count past any age: "Y, 45, a lawyer" is no count)
        apposed = {p.end + 1: p for p in people if p.end + 1 < len(doc) and doc[p.end].lower_ in _COUNT_AFTER_NAME}
        persons_end = {p.end for p in people}
        out = []
        for i in _number_tokens(doc) if numbers is None else numbers:
            t = doc[i]
            if i in taken or i == 0 or not (doc[i - 1].is_alpha or i in apposed):
                continue
            first = frames.get((sent_of[t.i], doc[t.i - 1].lower_)) if doc[t.i - 1].is_alpha else None
            if first is None and t.i in listed:
                first = next((s for s in reversed(spans) if s.end <= listed[t.i].start - 1
                              and sent_of[s.start] == sent_of[t.i]), None)
            elif first is None and t.i in apposed \
                    and (doc[t.i - 1].text != "," or (parse_count([t.text]) or 0) > AGE_MAX):
                first = next((s for s in reversed(spans) if s.end <= apposed[t.i].start and s.label_ == "VOTES"
                              and sent_of[s.start] == sent_of[t.i]), None)
            if first is not None and first.start > t.i \
                    and not self._list_before_unit(doc, t.i, first, people, persons_end):
                first = None
            carried = first is None and (t.i in listed or t.i in apposed or doc[t.i - 1].lower_ in _RIVAL_WITH) \
                and _GROUPED_COUNT.match(t.text)
            if carried:
                first = _carried(doc, t.i, spans + out, people, sent_of)
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if first is None or first.start == t.i or nxt is not None and not (
                    nxt.is_punct and nxt.text not in ("-", "–", "%") or nxt.lower_ in _ELLIPSIS_END
                    or nxt.lower_ == _ELLIPSIS_IN and t.i + 2 < len(doc)
                    and (doc[t.i + 2].lower_ in _ELLIPSIS_IN_BEFORE or doc[t.i + 2].is_title)):
                continue
            value = parser_for(first.label_)([t.text])
            if value is None or first.label_ == "PERCENT" and value > 100:
                continue
            span = Span(doc, t.i, t.i + 1, label=first.label_)
            span._.value = int(value) if first.label_ == "VOTES" else value
            span._.unit = first._.unit
            span._.rule = CARRIED_FIGURE if carried else "figure.elliptic"
            taken.add(t.i)  # claimed: no score pair takes it again
            out.append(span)
        return out

    @staticmethod
    def _list_before_unit(doc: Doc, i: int, later: Span, people: list[Span], persons_end: set[int]) -> bool:
        """A results list names its unit once, at a later entry: "X with 191, Y with 175 and Z with 174 votes". The
        bare number ``i`` takes the unit of the ``later`` figure of its frame when a name stands right before its
        frame word, and only names, their frame words, numbers and list joins stand between them."""
        if i < 2 or i - 1 not in persons_end:
            return False
        frame = doc[i - 1].lower_
        names = {k for p in people if i < p.start < later.start for k in range(p.start, p.end)}
        return all(k in names or doc[k].lower_ in _LIST_JOINS or doc[k].lower_ == frame or doc[k].like_num
                   for k in range(i + 1, later.start - 1))

    def _bare(self, doc: Doc, found: list[Span], taken: set[int], numbers: list[int] | None = None) -> list[Span]:
        """Vote counts written without their unit (:class:`_BareCounts`); ``numbers``: the number tokens, if read."""
        if not (self.words["result"] or self.words["received"]):
            return []
        numbers = _number_tokens(doc) if numbers is None else numbers
        if not self._bare_may_find(doc, numbers, found, taken):
            return []
        return _BareCounts(self.words, doc, found, taken, self._finishing_places, self._voting).scan(numbers)

    def _bare_may_find(self, doc: Doc, numbers: list[int], found: list[Span], taken: set[int]) -> bool:
        """Whether :class:`_BareCounts` may find a count: every bare count is a free number (``numbers`` not
        ``taken``) in a sentence with a name and with a vote figure or an election word (:meth:`_BareCounts._number`,
        :meth:`_BareCounts._sentence_ok`), read here from the first words of the election phrases, a superset. Three
        Docs of four with a free number and a name have no such sentence, and the scan finds a count in few others."""
        persons = mentions(doc, "PERSON")
        if not persons or taken.issuperset(numbers):
            return False
        sents, sent_of = sentence_index(doc)
        read = {sent_of[i] for i in numbers if i not in taken}.intersection(sent_of[p.start] for p in persons)
        if not read:
            return False
        votes = {sent_of[s.start] for s in found if s.label_ == "VOTES"}
        lowers, election = token_lowers(doc), self._election_firsts
        return any(n in votes or not election.isdisjoint(lowers[sents[n].start:sents[n].end]) for n in read)

    def _preceded(self, doc: Doc, start: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """One of ``phrases`` ends right before token ``start``, approximators between ("by just 4 points")."""
        lowers = token_lowers(doc)[max(0, start - PRECEDED_MAX):start]

        def ends(k: int, group) -> int:
            return max((len(p) for p in group if len(p) <= k and tuple(lowers[k - len(p):k]) == p), default=0)

        k = len(lowers)
        while True:
            if ends(k, phrases):
                return True
            n = ends(k, self.words.get("approximator", ()))
            if not n:
                return False
            k -= n

    def _result_before(self, doc: Doc, start: int) -> bool:
        """A result word stands within :data:`RESULT_WINDOW` tokens before token ``start``, in its sentence and
        with no punctuation between ("won by the more modest margin of 20 points")."""
        k = self._clause_before(doc, start)
        lowers = [t.lower_ for t in doc[k:start]]
        return any(tuple(lowers[i:i + len(p)]) == p for p in self.words.get("result", ())
                   for i in range(len(lowers) - len(p) + 1))

    def _in_vote_story(self, doc: Doc, found: list[Span]) -> bool:
        """A percentage is a share of a vote only in a story about a vote: one with a word of elections, results or
        the people's vote (``result_figures.tsv``: :data:`VOTE_STORY_USES`; ``cues.yml``: ``election``), an office
        or a count of votes. "Raised its dividend 10 percent", "Oil down 3 Pct." are nobody's share, and such
        stories name none of them."""
        if mentions(doc, "OFFICE") or any(s.label_ == "VOTES" for s in found):
            return True
        lowers = token_lowers(doc)
        return any(tuple(lowers[i:i + len(p)]) == p for i, w in enumerate(lowers) if w in self._vote_story_firsts
                   for p in self._vote_story if p[0] == w)

    def _election_sentence(self, doc: Doc, start: int, end: int) -> bool:
        """The figure's sentence has an election word and, outside the figure, no word of a game, a division, a
        poll or money (``result_figures.tsv``): "won by 30 points" is a margin in a state's vote, not in a game."""
        return (self._sentence_has(doc, start, end, ("election",)) or self._place_won(doc, start)) \
            and not self._sentence_has(doc, start, end, ("not_results",))

    def _sentence_has(self, doc: Doc, start: int, end: int, uses: tuple[str, ...]) -> bool:
        """A phrase of one of ``uses`` stands in the sentence of the figure at ``start``-``end``, outside it."""
        sents, sent_of = sentence_index(doc)
        sent = sents[sent_of[start]]
        lowers = [t.lower_ if not start <= t.i < end else "" for t in sent]
        return any(tuple(lowers[k:k + len(p)]) == p for use in uses for p in self.words.get(use, ())
                   for k in range(len(lowers) - len(p) + 1))

    @staticmethod
    def _clause_before(doc: Doc, start: int) -> int:
        """Where the words before token ``start`` that may hold its result word begin: at most
        :data:`RESULT_WINDOW` of them, in its sentence, with no punctuation between."""
        sents, sent_of = sentence_index(doc)
        lo = max(sents[sent_of[start]].start, start - RESULT_WINDOW - 1)
        k = start
        while k > lo and not doc[k - 1].is_punct:
            k -= 1
        return k

    def _place_won(self, doc: Doc, start: int) -> bool:
        """A verb of winning in the figure's clause wins a place, which only a vote does ("a state Ana Ruiz won by 30
        points", "won the county by 12 points", "won Ohio by 8 points"; a team wins a game, never a state): a place
        noun (``result_figures.tsv`` won_place) or a GPE right after the verb, "the" between and "by" after it
        ("won the state title by" wins a title), or a place noun right before the name ("that" or "which" between)
        that stands right before the verb."""
        k = self._clause_before(doc, start)
        if not any(doc[r].lower_ in self._win_verbs for r in range(k, start)):
            return False
        places = self._won_places
        gpe = {m.start: m.end for m in mentions(doc, "GPE")}
        person = {i: m.start for m in mentions(doc, "PERSON") for i in range(m.start, m.end)}
        for r in range(k, start):
            if doc[r].lower_ not in self._win_verbs:
                continue
            a = r + 1 + (r + 1 < start and doc[r + 1].lower_ == "the")
            end = gpe.get(a, a + 1 if a < start and doc[a].lower_ in places else None)
            if end is not None and end < start and doc[end].lower_ == "by":  # "the state title by": no place won
                return True
            # the winner's name: a PERSON, or a capitalised word the entity stages missed ("a state Dorn won by")
            name = person.get(r - 1, r - 1 if r >= 1 and doc[r - 1].is_title and doc[r - 1].is_alpha else None)
            if name is not None and place_before_winner(doc, name, places):
                return True
        return False

    def _after_month(self, doc: Doc, start: int) -> bool:
        """"Dec. 1 vote": the number belongs to a date the date stage did not claim."""
        if start == 0:
            return False
        prev = doc[start - 1].lower_.rstrip(".")
        return prev in self._months


def _carried(doc: Doc, i: int, figures: list[Span], people: list[Span], sent_of: list[int]) -> Span | None:
    """The count of votes whose unit a results list carries on to the bare count at ``i`` in a later sentence ("X
    with 18,307,801 votes at first place. Third place went to Y, 16,985,226; fourth to Z, 16,687,586"): the nearest
    count of votes at most :data:`CARRY_SENTENCES` sentences before, where the count's own sentence has no figure of
    another unit and names a person in its clause before it (its entry's name)."""
    n = sent_of[i]
    if any(sent_of[f.start] == n and f.label_ != "VOTES" for f in figures):
        return None
    clause = i - 1
    while clause > 0 and sent_of[clause - 1] == n and doc[clause - 1].text not in _CLAUSE_MARKS:
        clause -= 1
    if not any(clause <= p.start and p.end <= i for p in people):
        return None
    # a count of its own sentence carries only where it was carried itself: the sentence's own counts are the other
    # readings' (the elliptic frames, the rival's "with")
    return next((f for f in reversed(figures) if f.end <= i and f.label_ == "VOTES" and f._.unit == "votes"
                 and (n - CARRY_SENTENCES <= sent_of[f.start] < n
                      or sent_of[f.start] == n and f._.rule == CARRIED_FIGURE)), None)


def _coordinated_at(doc: Doc, start: int, numbers: list[str], label: str) -> Span | None:
    """The first figure of "N and M <unit>" ("received 380 and 32 votes", "80,191 and 52,189 votes"), whose numbers
    the match's run ``numbers`` holds from its first number token on: two numerals joined by "and", none a scale
    ("one hundred and five" is one number), the first a number of its own. None for a range ("between 30 and 40
    votes"), or where the run holds no such "and". Its unit is the caller's to set."""
    first = next((k for k in range(start, len(doc)) if doc[k].like_num), None)
    lowered = [w.lower() for w in numbers]
    if first is None or lowered.count("and") != 1 or first > 0 and doc[first - 1].lower_ in _RANGE_OPENERS:
        return None
    j = lowered.index("and")
    if j == 0 or j + 1 >= len(numbers) or numbers[j - 1].lower() in _SCALES or doc[first + j].lower_ != "and" \
            or not _DIGITS.match(numbers[j - 1]) or not _DIGITS.match(numbers[j + 1]):
        return None
    value = parser_for(label)(numbers[:j])
    if value is None or label == "PERCENT" and value > 100:
        return None
    span = Span(doc, first, first + j, label=label)
    span._.value = int(value) if label == "VOTES" else value
    span._.rule = COORDINATED_FIGURE
    return span


def _half_after(doc: Doc, i: int, end: int) -> int | None:
    """Where the words after "and a half" end, when they stand from token ``i`` on, before ``end``, hyphens between
    ("two and a half", "five-and-a-half"); None where they do not."""
    k = i
    for word in _HALF:
        while k < end and doc[k].text in HYPHENS:
            k += 1
        if k >= end or doc[k].lower_ != word:
            return None
        k += 1
    return k


def _with_half(doc: Doc, start: int, end: int, numbers: list[str], value: float | None) -> tuple[float | None, int]:
    """A figure's value and start with the "and a half" of its number read: "five-and-a-half points" is 5.5 (a pattern
    spells the words out); "two and a half million votes", which the Matcher finds from "million" on, is 2,500,000
    from "two" on, never 2 and a million."""
    if value is None:
        return value, start
    if len(numbers) == 1 and numbers[0].lower() not in _SCALES:
        first = next((i for i in range(start, end) if doc[i].text == numbers[0]), None)
        after = _half_after(doc, first + 1, end) if first is not None else None
        if after is not None:
            whole = value + 0.5
            scale = [doc[k].lower_ for k in range(after, end) if doc[k].lower_ in _SCALES]
            return (whole * _SCALES[scale[0]] if scale else whole), start
        return value, start
    if numbers and all(w.lower() in _SCALES for w in numbers):
        k = start
        for word in reversed(_HALF):
            while k > 0 and doc[k - 1].text in HYPHENS:
                k -= 1
            if k == 0 or doc[k - 1].lower_ != word:
                return value, start
            k -= 1
        while k > 0 and doc[k - 1].text in HYPHENS:
            k -= 1
        whole = parse_number([doc[k - 1].text]) if k > 0 and doc[k - 1].like_num else None
        if whole is not None and whole == int(whole) and _half_after(doc, k, start) == start:
            return (whole + 0.5) * value, k - 1
    return value, start


def _rival_before(doc: Doc, start: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of ``phrases`` (result_figures.tsv ``rival_before``: "ahead of", "followed by", "against", "over",
    "behind") stands right before token ``start``, a comma before it ("..., ahead of Y"): the name at ``start`` is a
    result's rival, after the count of the one ahead."""
    lowers = token_lowers(doc)
    for phrase in phrases:
        k = start - len(phrase)
        if k >= 1 and tuple(lowers[k:start]) == phrase and doc[k - 1].text == ",":
            return True
    return False


def _past_share(doc: Doc, k: int, shares: dict[int, Span]) -> int:
    """Where the words after a count continue past the count's own share set off right after it at token ``k``: in
    brackets ("41,207 votes (54.8%)") or between commas after "or" ("12,345 votes, or 52 percent,"); ``k`` where
    none stands there."""
    if k < len(doc) and doc[k].text == "(" and (share := shares.get(k + 1)) is not None \
            and share.end < len(doc) and doc[share.end].text == ")":
        return share.end + 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "or" and (share := shares.get(k + 2)) is not None \
            and share.end < len(doc) and doc[share.end].text == ",":
        return share.end + 1
    return k


#: The key under which :class:`_BareCounts` keeps the cues.yml ``voting`` phrases beside result_figures.tsv's uses.
_VOTING = "voting"


class _BareCounts:
    """Vote counts written without their unit, in the shapes of a results sentence: a score after a result word, a
    name or an office ("X defeats Y 12,345 to 10,234", "X is elected Speaker 216-212"), a margin after a result
    word ("won by a margin of 1,203"), what a receiving verb, a result's "with" or a giving verb's name gives
    ("Y, who received 7,450", "wins with 12,345 to Y's 10,234", "results give X 2.1 million and Y 1.9 million"),
    a name's "(12,345)", and a results table flattened into prose ("Results: X 3,412; Y (Green) 2,987"). The words are
    ``result_figures.tsv``'s. The sentence must name a person, have an
    election word or a vote figure, and no word of a game, a division, a poll or money; the number must end its
    clause (no noun gives it another unit) and be no share or age. A shape's words stand right before the number,
    so money ("by $5,000") is none; a year is the date stage's ("leads by 2014"), never a bare number here."""

    def __init__(self, words: dict[str, tuple[tuple[str, ...], ...]], doc: Doc, found: list[Span], taken: set[int],
                 finishing_places: frozenset[str] = frozenset(), voting: tuple[tuple[str, ...], ...] = ()):
        # the phrases that name the vote itself (cues.yml ``voting``) are found as the words' uses are (:meth:`_spots`)
        self.words = {**words, _VOTING: voting}
        self.doc, self.taken, self.finishing_places = doc, taken, finishing_places
        self._voting_at: set[int] | None = None
        self.lowers = token_lowers(doc)
        self.spots: dict[str, tuple[dict[int, int], dict[int, int], list[int]]] = {}  # use -> its phrases found
        self.sents, self.sent_of = sentence_index(doc)
        persons = mentions(doc, "PERSON")
        self.persons_end = {p.end: p for p in persons}
        self.offices_end = {o.end for o in mentions(doc, "OFFICE")}
        self.persons_at = {p.start: p for p in persons}
        self.person_sents = {self.sent_of[p.start] for p in persons}
        self.votes_sents = {self.sent_of[s.start] for s in found if s.label_ == "VOTES"}
        self.share_sents = {self.sent_of[s.start] for s in found if s.label_ == "PERCENT"}
        self.ok_sents: dict[int, bool] = {}
        self.out: list[Span] = []

    def _table(self) -> dict[int, tuple[int, float]]:
        """The counts of a results table flattened into prose: start -> (end, value) of each number that stands
        right after a name, or after its bracketed party ("X (Liberal) 1,204,388"), and ends its clause
        ("Results: X 3,412; Y 2,987; Z 611"), above an age, where the sentence has at least :data:`TABLE_MIN`."""
        doc, found = self.doc, {}
        for end, p in self.persons_end.items():
            n = self.sent_of[p.start]
            if not self._sentence_ok(n):
                continue
            sent, k = self.sents[n], end
            if k < sent.end and doc[k].text == "(":
                close = next((c for c in range(k + 1, min(sent.end, k + TABLE_PAREN_MAX + 2))
                              if doc[c].text == ")" or doc[c].like_num), None)
                if close is None or doc[close].text != ")" or close == k + 1:
                    continue
                k = close + 1 + (close + 1 < sent.end and doc[close + 1].text == ",")
            run = self._number(k, sent)
            if run is not None and run[1] > AGE_MAX and self._clause_ends(run[0], sent):
                found[k] = (n, run)
        per_sent: dict[int, int] = {}
        for n, _ in found.values():
            per_sent[n] = per_sent.get(n, 0) + 1
        return {k: run for k, (n, run) in found.items() if per_sent[n] >= TABLE_MIN}

    def scan(self, numbers: list[int]) -> list[Span]:
        """The bare counts among ``numbers``, the Doc's number tokens (LIKE_NUM) in order."""
        doc, lowers = self.doc, self.lowers
        table = self._table() if self.persons_end else {}
        for i in numbers:
            if i in self.taken or not self._sentence_ok(self.sent_of[i]):
                continue
            if i in table:
                self._add(i, table[i][0], table[i][1], BARE_RECEIVED)  # a row of a flattened table: the name's count
                continue
            sent = self.sents[self.sent_of[i]]
            run = self._number(i, sent)
            if run is None:
                continue
            j, value = run
            before = lowers[i - 1] if i > sent.start else ""
            # a name's "(12,345)": above an age, in a results sentence
            if before == "(" and i - 1 in self.persons_end and j < sent.end and doc[j].text == ")":
                if value > AGE_MAX and self._within(sent.start, sent.end, "result"):
                    self._add(i, j, value, BARE_PAREN)
                continue
            # a score after a name, an office, a race, a result word, a margin's "by", "a vote of", "with" or a
            # comma: "X defeats Y 12,345 to 10,234", "X is elected Speaker 216-212", "wins the runoff 210-190",
            # "elects X as President, 87-26"
            if j + 1 < sent.end and lowers[j] in _SCORE_JOINS and self._result_before(i, sent) and (
                    i in self.persons_end or i in self.offices_end or self._ending(i, "result")
                    or self._ending(i, "election") or self._cued(i, "margin_cue") >= 0
                    or self._ending(i, "score_cue") or before in ("with", ",")) and not (
                    i - 2 >= sent.start and before in _SCORE_JOINS and doc[i - 2].like_num):
                second = self._number(j + 1, sent)
                if second is not None:
                    if self._clause_ends(second[0], sent) and value + second[1] > SHARE_MAX:
                        self._add(i, j, value, BARE_SCORE)
                        self._add(j + 1, second[0], second[1], BARE_SCORE)
                    continue
            # a margin: "won by a margin of 1,203", "leads Y by 537", "trails by just 74"
            cue = self._cued(i, "margin_cue")
            if cue >= 0:
                if self._ends_in_result(j, sent) and self._result_before(cue + 1, sent):
                    self._add(i, j, value, BARE_MARGIN)
                continue
            # a margin's new size: "X's margin in the popular vote rises to over two million", "X's lead over Y
            # grows to 120,000"; the change is the margin's only with its noun before it in the clause
            cue = self._cued(i, "margin_change")
            if cue >= 0:
                if self._ends_in_result(j, sent) and self._margin_noun_before(cue, sent):
                    self._add(i, j, value, BARE_MARGIN)
                continue
            # what a verb gives, a result's "with" or a giving verb's name: "who received 7,450", "wins with 12,345"
            giver = self.persons_end.get(i)
            with_result = before == "with" and (self._result_before(i - 1, sent) or self._placed(i - 1, sent))
            if value > SHARE_MAX and (self._cued(i, "received") >= 0 or with_result
                                      or giver is not None and self._ending(giver.start, "giving")):
                self._received(i, j, value, sent)  # "polled 48" is a share as often as a count
        return self.out

    def _received(self, i: int, j: int, value: float, sent: Span) -> None:
        """A count a verb gives, and the other side's after a rival join ("received 1,234,567 against 987,654",
        "with 45,210, ahead of Ivan Petrov's 40,118") or the next names' in a list ("X 2.1 million and Y 1.9
        million"); without a partner the count must end its clause."""
        doc = self.doc
        k = j + 1 if j < sent.end and doc[j].text == "," else j
        n = self._starting(k, "rival_join") if k < sent.end else 0
        if n:
            m, rule = k + n, BARE_RECEIVED
            rival = self.persons_at.get(m)
            if rival is not None and rival.end < sent.end and doc[rival.end].text in _POSSESSIVE:
                m, rule = rival.end + 1, RIVAL_FIGURE
            second = self._number(m, sent)
            if second is not None and self._clause_ends(second[0], sent):
                self._add(i, j, value, BARE_RECEIVED)
                self._add(m, second[0], second[1], rule)
                return
            if k == j and not self._clause_ends(j, sent):
                return  # "received 120 to 150 letters"
        if not self._ends_in_result(j, sent):
            return
        self._add(i, j, value, BARE_RECEIVED)
        # a results list: "X 2.1 million and Y 1.9 million", "X polled 45,210, Y 40,118", "..., Y with 4 million",
        # "X topped the poll with 8,980, followed by Y on 7,764" (a rival after the one ahead: ``rival_before``)
        while j < sent.end and self.lowers[j] in _LIST_JOINS and (name := self._listed_name(j + 1, sent)) is not None:
            at = name.end + 1 if name.end < sent.end and self.lowers[name.end] in _RIVAL_WITH else name.end
            nxt = self._number(at, sent)
            if nxt is None or nxt[1] <= SHARE_MAX or not self._ends_in_result(nxt[0], sent):
                return
            self._add(at, nxt[0], nxt[1], BARE_RECEIVED)
            j = nxt[0]

    def _listed_name(self, k: int, sent: Span) -> Span | None:
        """The name at token ``k`` that a results list goes on with, a ``rival_before`` phrase before it after a
        comma ("..., followed by Y on 7,764"), else None."""
        if k < sent.end and self.lowers[k - 1] == "," and (n := self._starting(k, "rival_before")):
            return self.persons_at.get(k + n)
        return self.persons_at.get(k)

    def _placed(self, k: int, sent: Span) -> bool:
        """A finishing place stands right before token ``k`` ("was 8th with 15,673,393", "in ninth place with
        15,665,050"): a word of cues.yml ``finishing_places`` or an ordinal in digits."""
        word = self.lowers[k - 1] if k > sent.start else ""
        return word in self.finishing_places or bool(ORDINAL.fullmatch(word))

    def _sentence_ok(self, n: int) -> bool:
        if n not in self.ok_sents:
            s = self.sents[n]
            self.ok_sents[n] = n in self.person_sents \
                and (n in self.votes_sents or self._within(s.start, s.end, "election") or self._voting_in(s)) \
                and not self._not_results(s.start, s.end)
        return self.ok_sents[n]

    def _voting_tokens(self) -> set[int]:
        """The tokens of the phrases that name the vote itself (cues.yml ``voting``: "topped the poll", "polling
        stations"), found once."""
        if self._voting_at is None:
            self._voting_at = {t for k, n in self._spots(_VOTING)[1].items() for t in range(k, k + n)}
        return self._voting_at

    def _voting_in(self, sent: Span) -> bool:
        """A phrase that names the vote itself stands in ``sent``: an election's sentence ("X topped the poll")."""
        return any(sent.start <= k < sent.end for k in self._voting_tokens())

    def _not_results(self, lo: int, hi: int) -> bool:
        """A word of ``not_results`` stands inside tokens ``lo``..``hi``, outside a phrase that names the vote itself
        ("X topped the poll with 8,980": cues.yml ``voting``)."""
        voting, longest = self._voting_tokens(), self._spots("not_results")[0]
        return any(e - n >= lo and not voting.issuperset(range(e - n, e)) for e, n in longest.items() if lo < e <= hi)

    def _number(self, i: int, sent: Span) -> tuple[int, float] | None:
        """(end, value) of a count's run of number tokens starting at ``i``."""
        doc, taken = self.doc, self.taken
        if i >= sent.end or not doc[i].like_num or i in taken or (i > 0 and doc[i - 1].like_num):
            return None
        j = i
        while j < sent.end and doc[j].like_num and j not in taken:
            j += 1
        if any(_DIGITS.match(t.text) for t in doc[i + 1:j]):
            return None  # "12 345", "2014 2018": two numerals side by side are no one count
        value = parse_number([t.text for t in doc[i:j]])
        if value is None or value != int(value) or value < 1:
            return None  # "2.5": no count
        if value <= SHARE_MAX and self.sent_of[i] in self.share_sents:
            return None  # "52% to 48" is left to the share's own pairing
        return j, value

    def _add(self, i: int, j: int, value: float, rule: str) -> None:
        span = Span(self.doc, i, j, label="VOTES")
        span._.value, span._.unit, span._.rule = int(value), "votes", rule
        self.taken.update(range(i, j))
        self.out.append(span)

    def _spots(self, use: str) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
        """Where the phrases of ``use`` stand in the document, found once: the longest phrase's length by its end
        token and by its start token, and the shortest's by its end."""
        if use not in self.spots:
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for p in self.words[use]:
                by_first.setdefault(p[0], []).append(p)
            lowers, ends, starts, shortest = self.lowers, {}, {}, {}
            for k, w in enumerate(lowers):
                for p in by_first.get(w, ()):
                    if tuple(lowers[k:k + len(p)]) == p:
                        e = k + len(p)
                        ends[e] = max(ends.get(e, 0), len(p))
                        shortest[e] = min(shortest.get(e, len(p)), len(p))
                        starts[k] = max(starts.get(k, 0), len(p))
            self.spots[use] = (ends, starts, shortest)
        return self.spots[use]

    def _ending(self, i: int, use: str) -> int:
        """The length of the longest phrase of ``use`` that ends right before token ``i`` (0: none)."""
        return self._spots(use)[0].get(i, 0)

    def _starting(self, i: int, use: str) -> int:
        """The length of the longest phrase of ``use`` that starts at token ``i`` (0: none)."""
        return self._spots(use)[1].get(i, 0)

    def _within(self, lo: int, hi: int, use: str) -> bool:
        """A phrase of ``use`` stands inside tokens ``lo``..``hi``."""
        shortest = self._spots(use)[2]
        return any(e - n >= lo for e, n in shortest.items() if lo < e <= hi)

    def _clause_ends(self, k: int, sent: Span) -> bool:
        return k >= sent.end or self.doc[k].is_punct and self.doc[k].text not in _TIED_PUNCT \
            or bool(self._starting(k, "clause_end"))

    def _ends_in_result(self, k: int, sent: Span) -> bool:
        """The clause ends at token ``k`` (:meth:`_clause_ends`), and where a word ends it, what follows is still
        the result: an election word within :data:`AFTER_WINDOW` tokens ("by 537 with all precincts reporting",
        "received 1,234 in the runoff") or a name right after the word ("by 1,203 over Ivan Petrov"); "received
        300 at her home" is no count."""
        if not self._clause_ends(k, sent):
            return False
        if k >= sent.end or self.doc[k].is_punct:
            return True
        m = k + self._starting(k, "clause_end")
        return m in self.persons_at or any(self._starting(x, "election")
                                           for x in range(m, min(sent.end, m + AFTER_WINDOW)))

    def _result_before(self, i: int, sent: Span) -> bool:
        """A result word stands within :data:`RESULT_WINDOW` before token ``i``, in its clause: no punctuation (but
        a comma right before ``i``: "wins the runoff in Lima, 12,345 to 10,234") and no word of ``clause_break``
        between ("leads the race, was attended by 5,000"; "who won ... was joined by 5,000")."""
        lo = max(sent.start, i - RESULT_WINDOW - 1)
        shortest = self._spots("result")[2]
        stop = i - 1 if i - 1 > lo and self.lowers[i - 1] == "," else i
        breaks = self._spots("clause_break")[1]
        for e, n in shortest.items():
            if lo <= e - n and e <= i and not any(
                    k in breaks or not any(c.isalnum() for c in self.lowers[k]) for k in range(e, stop)):
                return True
        return False

    def _margin_noun_before(self, k: int, sent: Span) -> bool:
        """A noun of ``margin_noun`` stands within :data:`RESULT_WINDOW` tokens before token ``k``, with no
        punctuation and no word of ``clause_break`` between ("the death toll rose to 1,200" has none)."""
        nouns = self._spots("margin_noun")[0]
        breaks = self._spots("clause_break")[1]
        for e in range(k, max(sent.start, k - RESULT_WINDOW) - 1, -1):
            if e in nouns:
                return True
            if e - 1 < sent.start or e - 1 in breaks or not any(c.isalnum() for c in self.lowers[e - 1]):
                return False
        return False

    def _cued(self, i: int, use: str) -> int:
        """Where a phrase of ``use`` starts when it ends right before ``i``, approximators between (-1: none)."""
        k = i
        while (n := self._ending(k, "approximator")) and not self._ending(k, use):
            k -= n
        n = self._ending(k, use)
        return k - n if n else -1


#: The words a figure's start moves back over from its match's first number ("Twenty-five percent", "half a million
#: votes", "two-and-a-half million votes"), a number before them (:meth:`FigureMatcher.__call__`).
_BACK_WORDS = HYPHENS | {"and", "a", "an", "half"}
#: How many tokens before a figure's start :meth:`FigureMatcher._preceded` reads for its ``need_before`` phrase.
PRECEDED_MAX = 12


class WindowGate:
    """Whether a window of the Matcher (:func:`number_windows`) can hold a match that :meth:`FigureMatcher.__call__`
    keeps, from the window's words alone: nine windows of ten hold numbers with none of a unit's words ("votes",
    "%") near, and patterns of numbers alone ("192 voted against", "turnout of 1.2 million") keep a match only beside
    their phrases, so the Matcher is run on a tenth of them.

    Per pattern, each check a superset of what keeps its match: the last token it needs that names its words
    (:func:`common.pattern_anchor`: "votes", "%") stands in the window; every word of one of its ``need_next`` phrases
    stands within its reach after the window (``need_reach``: the reach of :meth:`FigureMatcher._need_out_of_reach`,
    past a parenthesis or a restatement); every word of one of its ``need_before`` phrases stands within
    :data:`PRECEDED_MAX` tokens before the window's first number or where a figure's start may move back to."""

    def __init__(self, patterns: list[FigurePattern], need_reach: dict[str, int]):
        # per pattern: (need_next phrases, their reach, need_before phrases), filed under its anchor's attribute and
        # words, or among the unanchored, so a window reads the patterns of the anchors it holds alone
        self.anchored: dict[int, dict[str, list[tuple]]] = {ORTH: {}, LOWER: {}}
        self.unanchored: list[tuple] = []
        for row in patterns:
            rule = (_by_key_word(row.need_next), need_reach.get(row.id, 0), _by_key_word(row.need_before))
            anchor = pattern_anchor(row.pattern)
            if anchor is None:
                self.unanchored.append(rule)
            for word in anchor[1] if anchor else ():
                self.anchored[anchor[0]].setdefault(word, []).append(rule)

    def may_keep(self, doc: Doc, numbers: list[int], start: int, end: int) -> bool:
        """Some pattern may match in tokens ``start``..``end``, a window of :func:`number_windows`, and be kept
        (``numbers``: the Doc's number tokens, in order)."""
        texts, lowers = token_texts(doc), token_lowers(doc)
        rules = list(self.unanchored)
        for attr, words in ((ORTH, texts), (LOWER, lowers)):
            by_word = self.anchored[attr]
            for word in by_word.keys() & set(words[start:end]):
                rules += by_word[word]
        after: dict[int, set[str]] = {}
        before = None
        for need_next, reach, need_before in rules:
            if need_next:
                if reach not in after:
                    after[reach] = set(lowers[start:end + reach])
                if not _holds_phrase(need_next, after[reach]):
                    continue
            if need_before:
                if before is None:
                    lo = start
                    while lo > 0 and lowers[lo - 1] in _BACK_WORDS:
                        lo -= 1
                    if lo < start and lo > 0 and numbers[bisect_left(numbers, lo - 1)] == lo - 1:
                        lo -= 1  # (no number stands right before a window: its first run opens it)
                    before = set(lowers[max(0, lo - PRECEDED_MAX):end])
                if not _holds_phrase(need_before, before):
                    continue
            return True
        return False


def _by_key_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[frozenset[str]]]:
    """Each phrase's words as a set, by its longest word (the rarest, as a rule: "turnout" of "turnout of"): a window
    is read for the phrases of the key words it holds alone, not for all 200 of "192 voted against"."""
    out: dict[str, list[frozenset[str]]] = {}
    for p in phrases:
        if p:
            out.setdefault(max(p, key=len), []).append(frozenset(p))
    return out


def _holds_phrase(phrases: dict[str, list[frozenset[str]]], words: set[str]) -> bool:
    """Every word of one of ``phrases`` (:func:`_by_key_word`) is among ``words``."""
    return any(p <= words for key in words.intersection(phrases) for p in phrases[key])


def number_window_tail(patterns: list[list[dict]], vocab) -> int | None:
    """How many tokens other than numbers one match of ``patterns`` may hold (the tail of a window after a run of
    numbers, :func:`number_windows`), or None when some pattern may open on a word that is no number or repeat a
    word that is none: then the Matcher reads the whole Doc."""

    def number(token: dict) -> bool:  # the token it matches is a number: LIKE_NUM, or number words ("one", "1")
        words = token.get("LOWER", {}).get("IN") if isinstance(token.get("LOWER"), dict) else None
        return token.get("OP") != "!" and (
            token.get("LIKE_NUM") is True or bool(words) and all(vocab[w].like_num for w in words))

    tail = 0
    for pattern in patterns:
        if not number(pattern[0]) or pattern[0].get("OP") in ("?", "*", "!"):
            return None
        words = [t for t in pattern if not number(t)]
        if any(t.get("OP") in ("+", "*") for t in words):
            return None
        tail = max(tail, len(words))
    return tail


def number_windows(like_num: list[int], tail: int) -> list[tuple[int, int]]:
    """The token ranges that hold every run of numbers (``like_num``: a flag per token) and the ``tail`` tokens after
    it; ranges that overlap or touch are joined."""
    return [(a, b) for a, b, _, _ in _windows([i for i, flag in enumerate(like_num) if flag], len(like_num), tail)]


def _windows(numbers: list[int], n: int, tail: int) -> list[list[int]]:
    """:func:`number_windows` from the number tokens (``numbers``, in order; ``n`` tokens in all), each window with
    the indices in ``numbers`` of its first number and past its last: [start, end, first, last]."""
    windows: list[list[int]] = []
    k, count = 0, len(numbers)
    while k < count:
        j = k + 1
        while j < count and numbers[j] == numbers[j - 1] + 1:
            j += 1
        end = min(n, numbers[j - 1] + 1 + tail)
        if windows and numbers[k] <= windows[-1][1]:
            windows[-1][1], windows[-1][3] = end, j
        else:
            windows.append([numbers[k], end, k, j])
        k = j
    return windows


def _number_tokens(doc: Doc) -> list[int]:
    """The indices of the Doc's number tokens (LIKE_NUM), in order, without a Token per word."""
    return doc.to_array(LIKE_NUM).nonzero()[0].tolist()
