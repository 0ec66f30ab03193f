"""Fact rules: the schema, the loader and its validation.

A fact rule is data (``models/facts/*.yml``): what triggers it, which mention
fills each argument slot, which cue words turn it negative or hedge it, and
which facts it emits. The engine in :mod:`pipeline.nlp.components.facts` runs
every rule the same way; a new kind of fact is a new file, not new Python.

A rule, in YAML::

    - id: won.verb
      predicate: won
      trigger: {words: [won, wins, "has won"]}
      subject: {labels: [PERSON], side: left, window: 10}
      object: {labels: [OFFICE], side: right, window: 10, fallback: race}
      value: {labels: [VOTES, PERCENT], side: right, window: 14, cues: [by, "margin of"], multi: true}
      confidence: 0.9

Slots: ``subject``, ``object``, ``office`` (mentions), ``value`` (figures),
``date``/``date_end`` (DATE mentions), ``kind`` (a constant or words around
the trigger). ``emit`` maps slots onto fact fields when the default
(subject→subject, object→object, …) does not fit; ``also`` emits more facts
from the same match ("certified X as winner" is also "X won").
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError
from ..io.yamlfile import safe_load
from ..labels import DATE_LABEL, ENTITY_LABELS, FIGURE_LABELS
from .predicates import Predicates, load_predicates

SIDES = frozenset({"left", "right", "both", "sentence", "adjacent_left", "adjacent_right"})
STRUCTURES = frozenset({"title", "appositive", "cue_person", "person_figure"})
SLOT_NAMES = ("subject", "object", "office", "value", "date", "date_end")
FACT_FIELDS = frozenset({"subject", "object", "office", "value", "value2", "date", "date_end", "kind", "qualifier"})
DATE_MODES = frozenset({"nearest", "adjacent", "left", "right"})
#: Where a slot's mention may come from when its window holds none (see :class:`Slot`).
FALLBACKS = frozenset({None, "race", "vote", "vote_incumbent", "title", "own_title", "incumbent", "subject_title",
                       "object_title", "next_title"})

#: How many ``not_preceded_through`` words may part a ``not_preceded_by`` word from the trigger ("was very narrowly").
NOT_PRECEDED_THROUGH_MAX = 2

#: Tokens a slot search looks at on each side of the trigger, unless a rule says otherwise.
DEFAULT_WINDOW = 10


@dataclass(frozen=True)
class Slot:
    labels: tuple[str, ...] = ()
    side: str = "left"
    window: int = DEFAULT_WINDOW
    required: bool = True
    coordinate: bool = False
    fallback: str | None = None  # "race": the document's race office; "title": the subject's title, else race;
    # "incumbent": the race, else the title of someone in the sentence (the office a challenger contests);
    # "vote": the race unless its role is `indirect` (roles.jsonl), else the race of the other offices;
    # "vote_incumbent": "vote", else as "incumbent" the title of a holder of a contested role in the sentence;
    # "subject_title", "object_title": the race, else that person's own title of a contested role (an endorsee's);
    # "own_title": the subject's title alone, never the race ("following Ana Ruiz's re-election ... the Peruvian
    # president": another's office); "next_title": the contested title right after the trigger, of the name it
    # titles ("Zembla re-elects President X": the office won), never the race nor another's title in the sentence
    cues: tuple[str, ...] = ()  # one of these phrases must stand right before the mention
    exclude_cues: tuple[str, ...] = ()  # ... and none of these
    multi: bool = False  # one fact per mention found (coordinated figures: "0.84 percent or 715 votes")
    pair: bool = False  # figures "A% to B%": the second goes to the object
    pair_only: bool = False  # with pair: only a figure that has its pair (a score, "52-48%"), never one alone
    distinct_from: str | None = None  # another slot whose entity this one must differ from
    mode: str = "nearest"  # dates: nearest, adjacent, left, right
    blockers: tuple[str, ...] = ()  # labels that, when nearer than the best mention, mean no fact
    pick: str = "nearest"  # "first": the leftmost in the window (the clause's subject), not the nearest
    # "clause": the leftmost, unless a later name opens a relative clause ("Y, who") that runs unbroken to the trigger:
    # that name is the trigger's actor ("X congratulated Y, who won the runoff with 52%": Y's share)
    bound: bool = False  # dates: may take the date of an election named beside it ("candidate in the 2012 election")
    # dates: may take the date of another event's trigger before this one in its clause, no punctuation between: "go to
    # the polls on Tuesday to elect a president and 30 senators" (not "after the 2019 election, parliament voted to
    # elect")
    bound_clause: bool = False
    # A joint ticket ("Biden and Harris received 306 electoral votes"): coordinated names share one figure;
    # the first (its head) takes the office of the slot named here, each other name only the office its own
    # title names ("... while President X and Vice President Y received 232"), and no fact without one.
    ticket: str | None = None
    # none right before these words: a figure ("with a 41% turnout"), a name ("ahead of Ivan Petrov's visit",
    # "faces X revolt")
    not_followed_by: tuple[str, ...] = ()
    # A mention after the trigger that only these words (and a place's name) part from it counts as adjacent,
    # however many: "is appointed as the country's acting Prime Minister"; any other word between keeps the
    # window ("confirmed as the winner of yesterday's presidential election" names no office held).
    through: tuple[str, ...] = ()
    # A running mate's office (offices.py, form "ticket": "as his running mate") fills only a slot that says so: it is
    # the office of that candidacy alone, never an election's, a win's or a title's.
    tickets: bool = False
    # Only `through` words, a place's or a party's name, or the mention's own title may part a mention after the
    # trigger from it, within the window too: "stands against (opposition) Ivan Petrov", not "stands against racism
    # with Ivan Petrov".
    through_only: bool = False
    # A name on the trigger's left that one of these words stands before (within not_after_window tokens, its title
    # and modifiers between) is a result's object, not the trigger's actor: "X defeats incumbent Y, winning 52%" is
    # X's share, not Y's
    not_after: tuple[str, ...] = ()
    not_after_window: int = 3
    # A name on the trigger's left that one of these phrases follows (within not_before_window tokens, an aside or
    # an adverb between) is a passive's or a loss's object, not the trigger's actor: "X is defeated by Y, with 53.7%
    # to 45.0%" is Y's share first, never X's (votes_received.passive_score reads that construction)
    not_before: tuple[str, ...] = ()
    not_before_window: int = 3
    # A name that opens the clause a participle set off by a comma ends is its actor however far it stands (the
    # participle's implied subject is the clause's): "X won the election in the volatile state of Y, picking up 53%"
    # (no comma and no other name between them; at most CLAUSE_SUBJECT_MAX tokens in facts.py)
    clause_subject: bool = False
    # A mention after the trigger stands in apposition: punctuation or a joining word ("and", ",") follows it, never a
    # verb ("five candidates in the race, Ana Ruiz said" names a speaker)
    apposed: bool = False
    # Only a group: two or more names joined by "and" or a comma, else no fact ("President X and Senator Y ... both
    # candidates": a plural cue names a pair, never the one name nearest it). Needs `coordinate`.
    group: bool = False
    # A name right before a reporting verb ("announces", "confirms") is the act's own actor where the trigger is the
    # verb's object noun: "X announces a presidential bid" is X's bid, unlike "X says the councillors are re-elected".
    reported_ok: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    predicate: str
    words: tuple[str, ...] = ()
    structure: str | None = None
    between: tuple[str, ...] = ()  # structure rules: cue words between office and person
    near: tuple[str, ...] = ()  # one of these must stand within near_window before the trigger
    near_window: int = 4
    # ... and that word right after a person's name ("Ana Ruiz's re-election"; not "the country's election")
    near_person: bool = False
    # ... and only these words between that phrase and the trigger: "seeking a fifth consecutive term" (the
    # words of a term's rank), not "seeking talks this term"
    near_through: tuple[str, ...] = ()
    # ... and, with near_through_seats, a seat's own name the gazetteer does not know read through as well: its
    # capitalised words and its ordinal ("lost Westmere North by 517 votes to", "conceded the race for Ohio's 19th
    # district to"), counted in near_window like the rule's own words
    near_through_seats: bool = False
    # ... and one of these within near_after_window after it: "stands in the election" (not "in the way")
    near_after: tuple[str, ...] = ()
    near_after_window: int = 4
    not_followed_by: tuple[str, ...] = ()  # the trigger is no trigger before these words ("election officials")
    not_preceded_by: tuple[str, ...] = ()  # ... nor after these ("-": "President-elect" holds no "elect")
    # ... nor after them past these words (at most NOT_PRECEDED_THROUGH_MAX): an auxiliary's adverb, "was narrowly
    # defeated by Y" as "was defeated by Y" (a passive, no active "defeated")
    not_preceded_through: tuple[str, ...] = ()
    # One of these words may stand between two words of a trigger phrase (once, in any of its gaps): "is narrowly
    # defeated by", "was defeated soundly by", "lost narrowly to" match "is defeated by", "lost to"
    trigger_adverbs: tuple[str, ...] = ()
    not_titling: bool = False  # the trigger is no trigger right before a name it titles ("candidate Ana Ruiz")
    # The trigger opens its sentence: a fronted participle clause, whose subject is the main clause's, named after it
    # ("Seeking a third term, Governor Ana Ruiz calls a snap election"; not "Ana Ruiz is seeking a third term, Ivan
    # Petrov said")
    opens_sentence: bool = False
    # cue_person: the cue may stand before the name's own title ("hopefuls Ohio Senator Ana Ruiz, ...")
    through_title: bool = False
    # The trigger is a noun only before these (or no) nouns: before another lower-case content word it is
    # that word's adjective, no trigger ("the Democratic primary", "primary elections"; not "its primary enemy")
    head_nouns: tuple[str, ...] = ()
    exclude_near: tuple[str, ...] = ()  # ... nor with one of these within exclude_window ("polls for a referendum")
    exclude_window: int = 4
    # cues.yml phrase lists whose phrases join exclude_near when the rules load (:func:`load_rules`): a list other
    # stages read too has its one home there ("the club's presidential election": private_vote)
    exclude_cue_lists: tuple[str, ...] = ()
    # ... nor with one of these right after it: what the trigger takes, when that is no office ("wins the first
    # round": the race goes on; "wins in the first round" is another phrase, and a win)
    exclude_after: tuple[str, ...] = ()
    # ... nor when the phrase it takes holds one of these before its first preposition ("wins the Democratic
    # nomination", "won the right to"): what is won is no office (facts.OBJECT_NOUN_WINDOW tokens at most)
    exclude_object: tuple[str, ...] = ()
    # ... and when the phrase it takes names one of these contests ("wins the Green Party primary", "wins a landslide
    # in the Iowa caucus"), what is won is a party's pick, no office: the fact stands with no object (never the
    # winner's own title or the story's race)
    party_contest: tuple[str, ...] = ()
    # title/appositive: an office whose own words hold one of these is none the person holds ("President-elect X")
    office_not: tuple[str, ...] = ()
    # person_figure: "NAME with N" (or "NAME, N") gives N to NAME unless one of these stands within with_window before the name,
    # which makes NAME the object of a result ("X defeats Y with 52%": the share is X's)
    with_not_after: tuple[str, ...] = ()
    with_window: int = 8
    slots: dict[str, Slot] = field(default_factory=dict)
    kind: str | None = None
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kind_window: int = 3
    # Words after the trigger where its kind stops being read: a kind past them is another event's ("took place
    # on March 5 and a runoff on April 2": the first round, no runoff)
    kind_stops: tuple[str, ...] = ()
    # The qualifier the trigger gives the office where its own mention gives none: "X, who was Prime Minister of
    # Zembla," held it (``former``); one of :data:`QUALIFIERS`
    qualifier: str | None = None
    # Words that say the event is not of a kind ("first round": no runoff), so its row never merges with one
    not_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unit: str | None = None
    confidence: float = 0.8
    # How firmly the construction ties a share to its name: 1 where the verb's voice or its object does ("X received
    # 45%", "X defeats Y 52-48", "Y is defeated by X, 52 to 48"), 0 where nearness does ("..., with 52%"). In one
    # sentence, a person's share from a rule of a higher rank stands over a different share of the same unit and
    # office from a lower one (facts._one_share)
    share_rank: int = 0
    negatable: bool = True
    future_is_hedge: bool = False
    # A hedge does not undo the fact: "is likely to go to a runoff between X and Y" hedges the runoff, not
    # that X and Y run.
    hedge_ok: bool = False
    # ... save a poll's imagined contest: a word of cues.yml ``poll_conditional`` in the clause of a sentence that
    # reports a poll ("in a hypothetical runoff, X would defeat Y, a new poll shows": the pollster paired them)
    poll_conditional_hedges: bool = False
    # A share right after the trigger ("won 45 percent") states the share, a result only as a majority; a count
    # ("won 48 votes") states a tally, never a result.
    share_needs_majority: bool = False
    # a vote followed (past its date) by what it decides, "on the merger", "to approve the budget", is a body's
    # decision, no election (cues.yml decision_joins, electing)
    decision_vote: bool = False
    negation_drops: bool = False  # a denied trigger gives no fact at all ("will not run for mayor")
    # The trigger ("respectively") pairs the list of names before a list of figures with those figures in order, each
    # name its own ("X and Y received 29% and 27% of the vote, respectively"): FactEngine._respective
    respective: bool = False
    # An election that names no race, kind or date is no fact ("calls for new elections", "promises to hold
    # elections") unless one of these words stands within bare_window tokens before the trigger, and none of
    # bare_not nearer: a determiner, a possessive or a word of the past names one election ("protest against the
    # parliamentary elections", "Zembla's latest election", "recent elections in Zembla were not fair").
    bare_cues: tuple[str, ...] = ()
    bare_not: tuple[str, ...] = ()
    bare_window: int = 3
    bare_stops: tuple[str, ...] = ()  # ... nor past these unless a cue stands right before them ("polls for a")
    # ... or whatever stands before it: a trigger that itself says a vote is held ("Voters in Zembla go to the polls")
    bare_any: bool = False
    # What the document must show, outside this rule's own trigger words, for its facts to stand (any one of
    # STORY_EVIDENCE): "President-elect X names his cabinet" reports no result, "President-elect X, who won
    # the election, ..." does.
    story_needs: tuple[str, ...] = ()
    emit: dict[str, str] = field(default_factory=dict)
    also: tuple[dict[str, str], ...] = ()
    # A spaCy DependencyMatcher pattern over the trigger's parsed sentence: node "trigger" is the trigger
    # word, a node named after a slot fills that slot with the mention holding its token.
    dependency: tuple[dict, ...] = ()
    source: str = ""


def _strs(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        hint = ""
        if isinstance(value, list) and any(isinstance(v, bool) for v in value):
            hint = " (YAML reads an unquoted on, off, yes or no as true or false: quote the word)"
        raise DataError(f"{where}: {key!r} must be a list of non-empty strings{hint}")
    return tuple(v.strip().lower() for v in value)


def _slot(spec: Any, where: str, name: str) -> Slot:
    if not isinstance(spec, dict):
        raise DataError(f"{where}: slot {name!r} must be a mapping")
    unknown = set(spec) - set(Slot.__dataclass_fields__)
    if unknown:
        raise DataError(f"{where}: slot {name!r} has unknown key(s) {sorted(unknown)}")
    labels = tuple(l.upper() for l in _strs(spec.get("labels", []), where, f"{name}.labels")) if "labels" in spec else ()
    allowed = FIGURE_LABELS if name == "value" else ((DATE_LABEL,) if name.startswith("date") else ENTITY_LABELS)
    if any(l not in allowed for l in labels):
        raise DataError(f"{where}: slot {name!r} labels must be among {sorted(allowed)}")
    side = spec.get("side", "left")
    if side not in SIDES:
        raise DataError(f"{where}: slot {name!r} side {side!r} must be one of {sorted(SIDES)}")
    mode = spec.get("mode", "nearest")
    if mode not in DATE_MODES:
        raise DataError(f"{where}: slot {name!r} mode {mode!r} must be one of {sorted(DATE_MODES)}")
    window = spec.get("window", DEFAULT_WINDOW)
    if not isinstance(window, int) or window < 1:
        raise DataError(f"{where}: slot {name!r} window must be a positive integer")
    if spec.get("fallback") not in FALLBACKS:
        raise DataError(f"{where}: slot {name!r} fallback must be one of {sorted(FALLBACKS)}")
    not_after_window = spec.get("not_after_window", Slot.not_after_window)
    not_before_window = spec.get("not_before_window", Slot.not_before_window)
    for key, value in (("not_after_window", not_after_window), ("not_before_window", not_before_window)):
        if not isinstance(value, int) or value < 1:
            raise DataError(f"{where}: slot {name!r} {key} must be a positive integer")
    if spec.get("group") and not spec.get("coordinate"):
        raise DataError(f"{where}: slot {name!r} group needs coordinate")
    return Slot(
        labels=labels, side=side, window=window, required=bool(spec.get("required", True)),
        coordinate=bool(spec.get("coordinate", False)), fallback=spec.get("fallback"),
        cues=_strs(spec["cues"], where, "cues") if "cues" in spec else (),
        exclude_cues=_strs(spec["exclude_cues"], where, "exclude_cues") if "exclude_cues" in spec else (),
        multi=bool(spec.get("multi", False)), pair=bool(spec.get("pair", False)),
        pair_only=bool(spec.get("pair_only", False)),
        distinct_from=spec.get("distinct_from"), mode=mode,
        blockers=tuple(l.upper() for l in _strs(spec["blockers"], where, "blockers")) if "blockers" in spec else (),
        pick=_choice(spec.get("pick", "nearest"), ("nearest", "first", "clause"), where, f"{name}.pick"),
        bound=bool(spec.get("bound", False)), bound_clause=bool(spec.get("bound_clause", False)),
        ticket=_ticket(spec.get("ticket"), where, name),
        not_followed_by=_strs(spec["not_followed_by"], where, f"{name}.not_followed_by")
        if "not_followed_by" in spec else (),
        through=_strs(spec["through"], where, f"{name}.through") if "through" in spec else (),
        tickets=bool(spec.get("tickets", False)),
        through_only=bool(spec.get("through_only", False)),
        apposed=bool(spec.get("apposed", False)),
        group=bool(spec.get("group", False)),
        reported_ok=bool(spec.get("reported_ok", False)),
        not_after=_strs(spec["not_after"], where, f"{name}.not_after") if "not_after" in spec else (),
        not_after_window=not_after_window,
        not_before=_strs(spec["not_before"], where, f"{name}.not_before") if "not_before" in spec else (),
        not_before_window=not_before_window,
        clause_subject=bool(spec.get("clause_subject", False)),
    )


def _ticket(value: Any, where: str, name: str) -> str | None:
    if value is not None and value not in ("object", "office"):
        raise DataError(f"{where}: slot {name!r} ticket must name the office slot (object or office), got {value!r}")
    return value


def _choice(value: Any, allowed: tuple[str, ...], where: str, key: str) -> str:
    if value not in allowed:
        raise DataError(f"{where}: {key} must be one of {', '.join(allowed)}, got {value!r}")
    return value


#: What a rule's ``story_needs`` may ask of its document: a word of elections (cues.yml ``election``), a word
#: of a result or its aftermath (cues.yml ``result``), a count of votes, or an election fact of another rule.
STORY_EVIDENCE = ("election_word", "result_word", "vote_figure", "election_fact")

_RULE_KEYS = {"id", "predicate", "trigger", "near", "near_window", "near_person", "near_through", "near_through_seats",
              "near_after",
              "near_after_window",
              "not_followed_by",
              "not_preceded_by", "not_preceded_through", "trigger_adverbs", "not_titling", "opens_sentence",
              "through_title",
              "head_nouns",
              "exclude_near", "exclude_window", "exclude_cue_lists", "exclude_after", "exclude_object", "party_contest",
              "office_not",
              "with_not_after",
              "with_window",
              "dependency", "kind", "kinds", "kind_window", "kind_stops", "not_kinds", "unit", "qualifier",
              "confidence", "share_rank", "negatable", "future_is_hedge", "hedge_ok", "poll_conditional_hedges",
              "share_needs_majority",
              "decision_vote",
              "negation_drops", "respective", "bare",
              "story_needs", "emit", "also", "note", *SLOT_NAMES}


#: The qualifiers a rule may give an office (as qualifiers.tsv's words do).
QUALIFIERS = ("former",)


def _qualifier(rec: dict, where: str) -> str | None:
    value = rec.get("qualifier")
    if value is not None and value not in QUALIFIERS:
        raise DataError(f"{where}: qualifier {value!r} must be one of {list(QUALIFIERS)}")
    if value is not None and rec.get("predicate") != "holds_office":
        raise DataError(f"{where}: only a holds_office rule takes a qualifier")
    return value


def parse_rule(rec: Any, where: str, predicates: Predicates) -> Rule:
    if not isinstance(rec, dict):
        raise DataError(f"{where}: a rule must be a mapping")
    unknown = set(rec) - _RULE_KEYS
    if unknown:
        raise DataError(f"{where}: unknown key(s) {sorted(unknown)}")
    rid = rec.get("id")
    if not isinstance(rid, str) or not rid:
        raise DataError(f"{where}: 'id' is required")
    where = f"{where} ({rid})"
    if rec.get("predicate") not in predicates:
        raise DataError(f"{where}: predicate {rec.get('predicate')!r} is not in predicates.yml")
    trigger = rec.get("trigger")
    if not isinstance(trigger, dict) or not ({"words"} <= trigger.keys() or "structure" in trigger):
        raise DataError(f"{where}: 'trigger' needs 'words' or 'structure'")
    unknown = set(trigger) - {"words", "structure", "between"}
    if unknown:
        raise DataError(f"{where}: trigger has unknown key(s) {sorted(unknown)}")
    if "words" in trigger and not trigger["words"]:
        raise DataError(f"{where}: trigger.words is empty: the rule could never fire")
    structure = trigger.get("structure")
    if structure is not None and structure not in STRUCTURES:
        raise DataError(f"{where}: structure {structure!r} must be one of {sorted(STRUCTURES)}")
    kinds = rec.get("kinds", {})
    if not isinstance(kinds, dict):
        raise DataError(f"{where}: 'kinds' must map a kind to its words")
    not_kinds = rec.get("not_kinds", {})
    if not isinstance(not_kinds, dict):
        raise DataError(f"{where}: 'not_kinds' must map a kind to the words that deny it")
    conf = rec.get("confidence", 0.8)
    if not isinstance(conf, (int, float)) or not 0 <= conf <= 1:
        raise DataError(f"{where}: confidence must be a number in [0, 1]")
    emit = rec.get("emit", {})
    also = rec.get("also", [])
    for mapping in [emit, *also]:
        if not isinstance(mapping, dict):
            raise DataError(f"{where}: 'emit' and each 'also' entry must be mappings")
        bad = {k for k in mapping if k not in FACT_FIELDS and k != "predicate"}
        bad |= {v for k, v in mapping.items() if k != "predicate" and v not in FACT_FIELDS}
        if bad:
            raise DataError(f"{where}: emit/also use unknown field(s) {sorted(bad)}")
        if "predicate" in mapping and mapping["predicate"] not in predicates:
            raise DataError(f"{where}: also-predicate {mapping['predicate']!r} is not in predicates.yml")
    for key in ("near_window", "near_after_window", "kind_window", "exclude_window", "share_rank"):
        if key in rec and (not isinstance(rec[key], int) or rec[key] < 0):
            raise DataError(f"{where}: {key!r} must be a non-negative integer")
    if rec.get("unit") not in (None, "votes", "ballots", "percent"):
        raise DataError(f"{where}: unit {rec['unit']!r} must be votes, ballots or percent")
    if rec.get("near_person") and not (rec.get("near") and all(len(str(w).split()) == 1 for w in rec["near"])):
        raise DataError(f"{where}: 'near_person' needs 'near' words of one token each (the word after the name)")
    if rec.get("not_preceded_through") and not rec.get("not_preceded_by"):
        raise DataError(f"{where}: 'not_preceded_through' needs 'not_preceded_by' words")
    if rec.get("near_through") and (not rec.get("near") or rec.get("near_person")):
        raise DataError(f"{where}: 'near_through' needs 'near' phrases (and no 'near_person')")
    if rec.get("near_through_seats") and not rec.get("near_through"):
        raise DataError(f"{where}: 'near_through_seats' needs 'near_through' words")
    story_needs = _strs(rec["story_needs"], where, "story_needs") if "story_needs" in rec else ()
    if any(n not in STORY_EVIDENCE for n in story_needs):
        raise DataError(f"{where}: story_needs must be among {', '.join(STORY_EVIDENCE)}, got {list(story_needs)}")
    bare = rec.get("bare", {})
    if not isinstance(bare, dict) or set(bare) - {"cues", "not", "stops", "window", "any"} \
            or (bare and "cues" not in bare and bare.get("any") is not True) \
            or not isinstance(bare.get("any", False), bool) or (bare.get("any") and set(bare) != {"any"}):
        raise DataError(f"{where}: 'bare' must be a mapping with 'cues' and optional 'not', 'stops', 'window', "
                        "or 'any: true' alone")
    if bare and rec.get("predicate") != "election":
        raise DataError(f"{where}: only an election rule takes 'bare'")
    slots = {name: _slot(rec[name], where, name) for name in SLOT_NAMES if name in rec}
    dependency = _dependency(rec.get("dependency", []), slots, where)
    return Rule(
        id=rid, predicate=rec["predicate"],
        words=_strs(trigger["words"], where, "trigger.words") if "words" in trigger else (),
        structure=structure,
        between=_strs(trigger.get("between", []), where, "trigger.between") if trigger.get("between") else (),
        near=_strs(rec["near"], where, "near") if "near" in rec else (),
        near_window=int(rec.get("near_window", 4)),
        near_person=bool(rec.get("near_person", False)),
        near_through=_strs(rec["near_through"], where, "near_through") if "near_through" in rec else (),
        near_through_seats=bool(rec.get("near_through_seats", False)),
        near_after=_strs(rec["near_after"], where, "near_after") if "near_after" in rec else (),
        near_after_window=int(rec.get("near_after_window", 4)),
        not_followed_by=_strs(rec["not_followed_by"], where, "not_followed_by") if "not_followed_by" in rec else (),
        not_preceded_by=_strs(rec["not_preceded_by"], where, "not_preceded_by") if "not_preceded_by" in rec else (),
        not_preceded_through=_strs(rec["not_preceded_through"], where, "not_preceded_through")
        if "not_preceded_through" in rec else (),
        trigger_adverbs=_strs(rec["trigger_adverbs"], where, "trigger_adverbs") if "trigger_adverbs" in rec else (),
        not_titling=bool(rec.get("not_titling", False)),
        opens_sentence=bool(rec.get("opens_sentence", False)),
        through_title=bool(rec.get("through_title", False)),
        head_nouns=_strs(rec["head_nouns"], where, "head_nouns") if "head_nouns" in rec else (),
        exclude_near=_strs(rec["exclude_near"], where, "exclude_near") if "exclude_near" in rec else (),
        exclude_window=int(rec.get("exclude_window", 4)),
        exclude_cue_lists=_strs(rec["exclude_cue_lists"], where, "exclude_cue_lists") \
        if "exclude_cue_lists" in rec else (),
        exclude_after=_strs(rec["exclude_after"], where, "exclude_after") if "exclude_after" in rec else (),
        exclude_object=_strs(rec["exclude_object"], where, "exclude_object") if "exclude_object" in rec else (),
        party_contest=_strs(rec["party_contest"], where, "party_contest") if "party_contest" in rec else (),
        office_not=_strs(rec["office_not"], where, "office_not") if "office_not" in rec else (),
        with_not_after=_strs(rec["with_not_after"], where, "with_not_after") if "with_not_after" in rec else (),
        with_window=int(rec.get("with_window", 8)),
        slots=slots, kind=rec.get("kind"), qualifier=_qualifier(rec, where),
        kinds={k: _strs(v, where, f"kinds.{k}") for k, v in kinds.items()},
        kind_window=int(rec.get("kind_window", 3)), unit=rec.get("unit"), confidence=float(conf),
        share_rank=int(rec.get("share_rank", 0)),
        kind_stops=_strs(rec["kind_stops"], where, "kind_stops") if "kind_stops" in rec else (),
        not_kinds={k: _strs(v, where, f"not_kinds.{k}") for k, v in not_kinds.items()},
        negatable=bool(rec.get("negatable", True)), future_is_hedge=bool(rec.get("future_is_hedge", False)),
        hedge_ok=bool(rec.get("hedge_ok", False)),
        poll_conditional_hedges=bool(rec.get("poll_conditional_hedges", False)),
        share_needs_majority=bool(rec.get("share_needs_majority", False)),
        decision_vote=bool(rec.get("decision_vote", False)),
        negation_drops=bool(rec.get("negation_drops", False)), respective=bool(rec.get("respective", False)),
        story_needs=story_needs,
        bare_cues=_strs(bare["cues"], where, "bare.cues") if "cues" in bare else (),
        bare_any=bool(bare.get("any", False)),
        bare_not=_strs(bare["not"], where, "bare.not") if "not" in bare else (),
        bare_stops=_strs(bare["stops"], where, "bare.stops") if "stops" in bare else (),
        bare_window=int(bare.get("window", 3)),
        emit=dict(emit), also=tuple(dict(a) for a in also), dependency=dependency, source=where,
    )


_DEP_KEYS = {"RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"}


def _dependency(pattern: Any, slots: dict[str, "Slot"], where: str) -> tuple[dict, ...]:
    """A DependencyMatcher pattern whose first node is the trigger and whose other named nodes are
    slots of the rule (or helper nodes starting with "_")."""
    if pattern in ([], None):
        return ()
    if not isinstance(pattern, list) or not all(isinstance(n, dict) for n in pattern):
        raise DataError(f"{where}: 'dependency' must be a list of DependencyMatcher nodes (mappings)")
    if pattern[0].get("RIGHT_ID") != "trigger" or "LEFT_ID" in pattern[0]:
        raise DataError(f"{where}: the first dependency node must be the anchor {{RIGHT_ID: trigger, RIGHT_ATTRS: …}}")
    seen = set()
    for n, node in enumerate(pattern, 1):
        unknown = set(node) - _DEP_KEYS
        if unknown:
            raise DataError(f"{where}: dependency node {n} has unknown key(s) {sorted(unknown)}")
        name = node.get("RIGHT_ID")
        if not isinstance(name, str) or not name or name in seen:
            raise DataError(f"{where}: dependency node {n} needs a new RIGHT_ID")
        if n > 1 and (node.get("LEFT_ID") not in seen or not isinstance(node.get("REL_OP"), str)):
            raise DataError(f"{where}: dependency node {n} ({name}) needs LEFT_ID of an earlier node and a REL_OP")
        if name != "trigger" and not name.startswith("_") and name not in slots:
            raise DataError(f"{where}: dependency node {name!r} is neither a slot of the rule nor a helper (_name)")
        seen.add(name)
    return tuple(dict(node) for node in pattern)


@dataclass(frozen=True)
class Cues:
    """Words that negate or hedge a trigger, and what counts as a clause boundary."""

    negation: tuple[str, ...]
    hedge: tuple[str, ...]
    future: tuple[str, ...]
    poll: tuple[str, ...]
    election: tuple[str, ...]
    approximators: tuple[str, ...]
    interruption_openers: tuple[str, ...]
    descriptors: frozenset[str]
    modifiers: frozenset[str]
    boundaries: frozenset[str]
    window: int
    voting: tuple[str, ...] = ()  # phrases with a poll word that mean the vote itself ("go to the polls")
    # poll words that, after a comma and right before a vote figure, say what a candidate received: no poll
    # ("won the by-election, polling 52% of the vote"; "is polling 45%" stays a poll)
    poll_participles: frozenset[str] = frozenset()
    # "polls" right after one of race_polls is the race's vote ("the presidential polls in Afghanistan"), unless
    # a word of poll_reports stands in its sentence ("the latest presidential polls show X ahead")
    race_polls: frozenset[str] = frozenset()
    poll_reports: tuple[str, ...] = ()
    # a poll word that a result verb takes as its object is the vote ("won the March 4 poll with 50.07 percent"),
    # unless one of poll_won_not stands in the sentence ("won the readers' poll", "won the straw poll")
    poll_won: frozenset[str] = frozenset()
    poll_won_not: frozenset[str] = frozenset()
    # a conditional or an imagined contest that, in a sentence reporting a poll, hedges a rule with
    # ``poll_conditional_hedges`` ("X would defeat Y in a runoff, a poll shows", "in a hypothetical runoff")
    poll_conditional: tuple[str, ...] = ()
    date_glue: frozenset[str] = frozenset()  # "runoff on December 1": words between an event noun and its date
    # "took a lead Wednesday in the election": after a day, before the race noun, a word that makes it the clause's day
    date_clause_glue: frozenset[str] = frozenset()
    # "a runoff with centre-left candidate X on January 17": a word that opens the race's opponent phrase, which the
    # date after a person's name may stand past
    date_partner_glue: frozenset[str] = frozenset()
    # "its first election since the 2023 coup on Saturday": a word that opens a dated event's aside between a race noun
    # and its date (FactEngine._past_aside)
    date_aside_preps: frozenset[str] = frozenset()
    # "local elections in the states of Durango and Veracruz on June 1": a division noun of a place phrase there
    date_place_divisions: frozenset[str] = frozenset()
    date_clause_voting: frozenset[str] = frozenset()  # ... unless one of these stands before the day ("held on")
    # "refugees vote in the presidential election at a camp near Peshawar on Saturday": where the vote is cast, between
    # a race noun and its date in a voting clause (FactEngine._past_venue): a venue's preposition, and its nouns
    date_venue_preps: frozenset[str] = frozenset()
    date_venue_nouns: frozenset[str] = frozenset()
    # "the presidential election, brought forward after the impeachment of X, will take place on June 3": a race noun
    # an aside follows, whose words exclude no scheduling trigger after it (FactEngine._race_aside)
    aside_race_nouns: frozenset[str] = frozenset()
    # "the first TV debate of the election on Tuesday": an event of the race with its own day, before "of" and the race
    # noun; a day after the race noun is that event's (FactEngine._adjacent_dates)
    date_event_heads: frozenset[str] = frozenset()
    appositive_tail: frozenset[str] = frozenset()  # "X, former Prime Minister under Y,": may follow its office
    # "X, a lawmaker in the Duma,": a tail word that says where the office sits, never when ("a senator in the 1990s")
    appositive_tail_where: frozenset[str] = frozenset()
    appositive_tail_not: tuple[str, ...] = ()  # "X, the president in exile,": a tail that takes the office back
    # "X, the embattled governor of Y,", "X, the pro-Russian governor of Y,": a word that describes the holder between
    # an apposition's article and its office ends in one of these (or is a hyphened compound, or an adverb in "-ly"
    # before one), unless it is one of appositive_modifier_not (an office not held: "the would-be governor")
    appositive_modifier_suffixes: tuple[str, ...] = ()
    appositive_modifier_not: frozenset[str] = frozenset()
    # "X, the Governor of Y declares an emergency": at a sentence's start, an apposition left unclosed before its verb,
    # a lower-case word with one of these endings (not appositive_open_not) or one of appositive_open_verbs
    appositive_open_endings: tuple[str, ...] = ()
    appositive_open_not: tuple[str, ...] = ()
    appositive_open_verbs: frozenset[str] = frozenset()
    # "X wins the first round but without a majority; a run-off will be held": the race goes on, no one won yet
    undecided: tuple[str, ...] = ()
    # "with a majority of 3,000 (votes)": a count right after one of these is a margin (a win's, a lead's), never the
    # count a name received; a share after them ("a majority of 52%") may be either, and is left as read
    count_margin: tuple[str, ...] = ()
    # "with a 3,000-vote margin", "a 12-point majority": a figure whose unit word ("vote", "point") stands right
    # before one of these is a margin too, whatever its label
    margin_nouns: frozenset[str] = frozenset()
    # "elected chair of the board at the annual meeting", "won the public vote": a vote that is no public election;
    # an election fact in its sentence stands only with an office (FactEngine._in_election_context); election.event
    # reads it too (Rule.exclude_cue_lists)
    private_vote: tuple[str, ...] = ()
    # "the Hall of Fame ballot", "the MVP voting": an honour voted on by writers, a jury or an academy; in a document
    # that names one, an election fact stands only with an office (FactEngine._in_election_context)
    honour_vote: tuple[str, ...] = ()
    # "the convention's messengers", "the students' union", "FIFA's member associations": a non-political
    # organisation's own vote; in a document that names one, an election fact stands only with a public office named
    # as a noun (FactEngine._in_election_context)
    org_vote: tuple[str, ...] = ()
    runoff: tuple[str, ...] = ()  # a runoff named outside those phrases may be the round that was won
    body_election: tuple[str, ...] = ()  # "parliamentary", "local": an election of a body's seats, no president's
    # "President", "Mayor": the first word of a one-person office's name, which a body's election never fills
    # (an officeless "2024 parliamentary election" row stays apart from the story's presidential one)
    single_seat_office: tuple[str, ...] = ()
    # "standing for Labour", "running for the Greens": a verb whose "for" before a party names the side one runs for
    party_side_verbs: frozenset[str] = frozenset()
    result: tuple[str, ...] = ()  # words of a result or its aftermath ("congratulates", "transition"): story_needs
    # words of a candidacy or a race ("withdraws his candidacy", "drops out of the race"): an officeless
    # candidacy beside a placed title only stands in their sentence (FactEngine._unnamed_race)
    candidacy: tuple[str, ...] = ()
    # "Ana Ruiz's rival Ivan Petrov", "X's running mate Y": a possessive before a person that keeps the possessor an
    # actor (a rivalry, a ticket)
    race_pair_nouns: frozenset[str] = frozenset()
    # "rival X", "his challenger, Y": a candidacy named only as another's rival runs in the race the document's other
    # candidacies name, though in another sentence (FactEngine._sibling_race)
    rivalry: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()  # "the offer of X to stand": X's act, another's candidacy
    # "Ana Ruiz says the councillors are re-elected": a name right before one of these reports another's act
    reporting: frozenset[str] = frozenset()
    # ... unless one of these, the reporter again, stands between ("Ana Ruiz said on Monday that she won")
    reporter_pronouns: frozenset[str] = frozenset()
    # "a vote on the merger", "voted to approve the budget": the words that take what a vote decides, and the verbs
    # and nouns after them that still make it an election ("vote on Sunday to elect a mayor") (Rule.decision_vote)
    decision_joins: frozenset[str] = frozenset()
    electing: frozenset[str] = frozenset()
    # phrases that demand the election after them, and the words of its phrase looked through back to them
    election_demand: tuple[str, ...] = ()
    election_demand_through: frozenset[str] = frozenset()
    # "go out and vote Republican today": a vote before one of these and then a date, a stop or the sentence's end is a
    # voter's choice, the verb, no election of that day (Rule.decision_vote)
    vote_choices: frozenset[str] = frozenset()
    # "Ana Ruiz said on Monday that she would run for mayor": after the reporter's pronoun and a word of reporting
    # before it, a word of reported_future is the reported "will", no hedge, for the predicates of
    # reported_future_predicates, unless one of reported_future_not follows it ("would consider running")
    reported_future: frozenset[str] = frozenset()
    reported_future_predicates: frozenset[str] = frozenset()
    reported_future_not: tuple[str, ...] = ()
    # "an election in which he was the only candidate": a pronoun right after one of these, itself right after a
    # word of a race, stands for the sentence's nearest name before it however far (FactEngine._pronoun_antecedent)
    race_relatives: tuple[str, ...] = ()
    # "Governor X of Ohio wins a second term": a term of office, a cue of elections beside a contested office
    # (FactEngine._in_election_context)
    term_won: tuple[str, ...] = ()
    # "wins re-election as mayor", "seeks a second term": a candidacy's or a win's trigger that says the office is
    # sought again, whose subject holds it (FactEngine._reelected_holders) ...
    reelection: tuple[str, ...] = ()
    # ... unless one of these words stands right before it: a re-election lost before ("who lost his re-election bid")
    reelection_lost: frozenset[str] = frozenset()
    # "the man who lost the election to X": a relative clause of a past result, which a poll of its sentence
    # does not report (FactEngine._past_relative)
    past_relatives: tuple[str, ...] = ()
    # The words that bound the phrases a fact's trigger takes (FactEngine._takes_object, _party_contest,
    # _indirect_apart, _attached); required, non-empty (:data:`ENGINE_WORD_LISTS`)
    # "wins the election for the party's nomination": a word that ends the trigger's phrase
    object_stops: frozenset[str] = frozenset()
    # "wins a landslide in the Iowa caucus": read through on the way to a party's contest
    contest_through: frozenset[str] = frozenset()
    # "the primary election", "the primary runoff": may follow the contest's noun in its own phrase
    contest_heads: frozenset[str] = frozenset()
    # "the Speaker of the House election": may part an office no voter fills from the election it names
    indirect_race_glue: frozenset[str] = frozenset()
    # "X had 12,345 to 11,200 for Y": a verb of having between a name and the score it owns (FactEngine._score_owned_after)
    score_owner_verbs: frozenset[str] = frozenset()
    # "U.S. Representative from Hawaii Ana Ruiz": a word between a legislator's title and the seat it represents
    seat_cues: frozenset[str] = frozenset()
    # "a 3,000-vote margin", "a 12-point majority": a compound figure's unit word before one of margin_nouns
    margin_units: frozenset[str] = frozenset()
    # "X was 8th with 15,673,393", "Y, in ninth place with 15,665,050": a place in a result's order (an ordinal in
    # digits is one too, common.ORDINAL), before "with" and a count; the figures' bare counts and the facts' name
    # with its figure both read it (FactEngine._finishing_with, figures._BareCounts)
    finishing_places: frozenset[str] = frozenset()
    # ... what may stand between a name and its finishing place ("was", "came in", "finished a distant")
    finishing_links: frozenset[str] = frozenset()
    # "Lima mayor X wins the regional elections": the kind of a contest a result verb takes, each phrase with the
    # levels (roles.jsonl ``level``) of the one-person offices it may elect (FactEngine._contest_levels)
    contest_levels: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = ()


#: cues.yml word lists the fact engine reads as sets (no phrases), each required and non-empty
ENGINE_WORD_LISTS = ("object_stops", "contest_through", "contest_heads", "indirect_race_glue", "score_owner_verbs",
                     "seat_cues", "margin_units", "finishing_places", "finishing_links", "reelection_lost")


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    cues: Cues
    predicates: Predicates


def load_rules(folder: Path, predicates: Predicates | None = None) -> RuleSet:
    """Every ``*.yml`` under ``folder``; ``cues.yml`` holds the shared negation and hedge cues.

    ``predicates`` defaults to ``predicates.yml`` beside ``folder`` (the models folder's own).
    """
    if predicates is None:
        predicates = load_predicates(Path(folder).parent / "predicates.yml")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    cues_path = folder / "cues.yml"
    if not cues_path.is_file():
        raise DataError(f"{cues_path}: missing (negation and hedge cues)")
    for path in sorted(folder.glob("*.yml")):
        data = _read_yaml(path)
        if path == cues_path:
            continue
        if not isinstance(data, list):
            raise DataError(f"{path}: a fact-rule file is a YAML list of rules")
        for n, rec in enumerate(data, 1):
            rule = parse_rule(rec, f"{path}: rule {n}", predicates)
            if rule.id in seen:
                raise DataError(f"{rule.source}: duplicate rule id, first in {seen[rule.id]}")
            seen[rule.id] = rule.source
            rules.append(rule)
    if not rules:
        raise DataError(f"{folder}: no fact rules (*.yml)")
    cues = _load_cues(cues_path)
    rules = [_with_excluded_cues(r, cues) for r in rules]
    learned = Path(folder).parent / LEARNED_RULES
    if learned.is_file():
        rules += load_learned_rules(learned, {r.id: r for r in rules}, seen)
    return RuleSet(tuple(rules), cues, predicates)


def _with_excluded_cues(rule: Rule, cues: Cues) -> Rule:
    """``rule`` with the phrases of its ``exclude_cue_lists`` (phrase lists of cues.yml, by name) after its own
    ``exclude_near`` (a slot's ``exclude_cues`` are phrases themselves)."""
    if not rule.exclude_cue_lists:
        return rule
    phrases = list(rule.exclude_near)
    for name in rule.exclude_cue_lists:
        listed = getattr(cues, name) if name in {f.name for f in fields(Cues)} else None
        if not isinstance(listed, tuple) or not all(isinstance(p, str) for p in listed):
            raise DataError(f"{rule.source}: exclude_cue_lists: {name!r} is no phrase list of cues.yml")
        phrases += [p for p in listed if p not in phrases]
    return replace(rule, exclude_near=tuple(phrases))


#: Rules ``newsfacts learn`` induced from missed facts, beside the hand-written ones (its own file, so a
#: change of ``models/facts/`` and a learned rule never touch the same lines).
LEARNED_RULES = Path("learned") / "rules.jsonl"
#: Slot settings a learned rule may give its base rule's slots (a frame: where the argument stands).
LEARNED_SLOT_KEYS = frozenset({"side", "window"})


def learned_rule(rec: Any, where: str, base: dict[str, Rule]) -> Rule:
    """One learned rule: a hand-written rule (``rule``) with new trigger ``words`` and, for a new frame,
    other sides or windows for its slots (``slots``: ``{"object": {"side": "right", "window": 4}}``);
    everything else - its slots' labels, cues, gates, what it emits - is the base rule's."""
    if not isinstance(rec, dict):
        raise DataError(f"{where}: a learned rule must be a JSON object")
    unknown = set(rec) - {"id", "rule", "words", "slots", "taught_by", "note"}
    if unknown:
        raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
    rid, parent = rec.get("id"), rec.get("rule")
    if not isinstance(rid, str) or not rid:
        raise DataError(f"{where}: 'id' must be a non-empty string")
    if parent not in base:
        raise DataError(f"{where}: 'rule' {parent!r} is no fact rule of models/facts/")
    rule = base[parent]
    if not rule.words or rule.dependency:
        raise DataError(f"{where}: rule {parent!r} is not a rule of trigger words and windows: it cannot take "
                        "learned words")
    words = _strs(rec.get("words"), where, "words")
    if not words:
        raise DataError(f"{where}: 'words' must be a list of non-empty strings (at least one)")
    slots = dict(rule.slots)
    overrides = rec.get("slots", {})
    if not isinstance(overrides, dict):
        raise DataError(f"{where}: 'slots' must map a slot of rule {parent!r} to its side and window")
    for name, spec in overrides.items():
        if name not in slots or not isinstance(spec, dict) or set(spec) - LEARNED_SLOT_KEYS:
            raise DataError(f"{where}: slot {name!r} must be a slot of rule {parent!r} given as "
                            f"{{side, window}}")
        checked = _slot({**{k: getattr(slots[name], k) for k in ("side", "window")}, **spec}, where, name)
        slots[name] = replace(slots[name], side=checked.side, window=checked.window)
    # a frame whose slots stand on other sides is another construction ("was thrashed by"): the base rule's
    # gate on the word before its trigger (defeated.verb's auxiliary of a passive) is not its own
    reframed = any(slots[n].side != rule.slots[n].side for n in overrides)
    return replace(rule, id=rid, words=words, slots=slots, source=where,
                   not_preceded_by=() if reframed else rule.not_preceded_by)


def load_learned_rules(path: Path, base: dict[str, Rule], seen: dict[str, str]) -> list[Rule]:
    """The rules of ``models/learned/rules.jsonl`` (see :func:`learned_rule`); ids are unique among all rules."""
    from .kb import read_jsonl

    out = []
    for where, rec in read_jsonl(path):
        rule = learned_rule(rec, where, base)
        if rule.id in seen:
            raise DataError(f"{where}: duplicate rule id, first in {seen[rule.id]}")
        seen[rule.id] = where
        out.append(rule)
    return out


def _tail_where(data: dict, where: str) -> frozenset[str]:
    """``appositive_tail_where``: words of ``appositive_tail`` (a word outside it would never be read)."""
    words = frozenset(_strs(data.get("appositive_tail_where", []), where, "appositive_tail_where"))
    stray = sorted(words - set(data["appositive_tail"] or ()))
    if stray:
        raise DataError(f"{where}: appositive_tail_where: {stray} not in appositive_tail")
    return words


def load_fact_cues(models_dir: Path) -> Cues:
    """The fact engine's shared cues (``facts/cues.yml`` under ``models_dir``), for a stage that must read the same
    words of elections as the facts (the figures' vote stories)."""
    return _load_cues(Path(models_dir) / "facts" / "cues.yml")


def _read_yaml(path: Path) -> Any:
    """A rule file's YAML, or a DataError naming the file and line where it is not valid YAML."""
    try:
        return safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise DataError(f"{path}{line}: not valid YAML ({getattr(e, 'problem', e)})") from None


def _load_cues(path: Path) -> Cues:
    data = _read_yaml(path)
    where = str(path)
    if not isinstance(data, dict):
        raise DataError(f"{where}: expected a mapping with negation, hedge, future, boundaries, window")
    for key in ("negation", "hedge", "future", "poll", "election", "boundaries", "date_glue", "appositive_tail"):
        if key not in data:
            raise DataError(f"{where}: {key!r} is required")
    return Cues(
        negation=_strs(data["negation"], where, "negation"),
        hedge=_strs(data["hedge"], where, "hedge"),
        future=_strs(data["future"], where, "future"),
        poll=_strs(data["poll"], where, "poll"),
        election=_strs(data["election"], where, "election"),
        voting=_strs(data.get("voting", []), where, "voting"),
        poll_participles=frozenset(_strs(data.get("poll_participles", []), where, "poll_participles")),
        race_polls=frozenset(_strs(data.get("race_polls", []), where, "race_polls")),
        poll_reports=_strs(data.get("poll_reports", []), where, "poll_reports"),
        poll_won=frozenset(_strs(data.get("poll_won", []), where, "poll_won")),
        poll_won_not=frozenset(_strs(data.get("poll_won_not", []), where, "poll_won_not")),
        poll_conditional=_strs(data.get("poll_conditional", []), where, "poll_conditional"),
        approximators=_strs(data.get("approximators", []), where, "approximators"),
        interruption_openers=_strs(data.get("interruption_openers", []), where, "interruption_openers"),
        descriptors=frozenset(w for p in _strs(data.get("descriptors", []), where, "descriptors") for w in p.split()),
        modifiers=frozenset(_strs(data.get("modifiers", []), where, "modifiers")),
        boundaries=frozenset(_strs(data["boundaries"], where, "boundaries")),
        window=int(data.get("window", 6)),
        date_glue=frozenset(_strs(data["date_glue"], where, "date_glue")),
        date_clause_glue=frozenset(_strs(data.get("date_clause_glue", []), where, "date_clause_glue")),
        date_partner_glue=frozenset(_strs(data.get("date_partner_glue", []), where, "date_partner_glue")),
        date_aside_preps=frozenset(_strs(data.get("date_aside_preps", []), where, "date_aside_preps")),
        date_place_divisions=frozenset(_strs(data.get("date_place_divisions", []), where, "date_place_divisions")),
        date_clause_voting=frozenset(_strs(data.get("date_clause_voting", []), where, "date_clause_voting")),
        date_venue_preps=frozenset(_strs(data.get("date_venue_preps", []), where, "date_venue_preps")),
        date_venue_nouns=frozenset(_strs(data.get("date_venue_nouns", []), where, "date_venue_nouns")),
        aside_race_nouns=frozenset(_strs(data.get("aside_race_nouns", []), where, "aside_race_nouns")),
        date_event_heads=frozenset(_strs(data.get("date_event_heads", []), where, "date_event_heads")),
        appositive_tail=frozenset(_strs(data["appositive_tail"], where, "appositive_tail")),
        appositive_tail_where=_tail_where(data, where),
        appositive_tail_not=_strs(data.get("appositive_tail_not", []), where, "appositive_tail_not"),
        appositive_modifier_suffixes=_strs(data.get("appositive_modifier_suffixes", []), where,
                                           "appositive_modifier_suffixes"),
        appositive_modifier_not=frozenset(_strs(data.get("appositive_modifier_not", []), where,
                                                "appositive_modifier_not")),
        appositive_open_endings=_strs(data.get("appositive_open_endings", []), where, "appositive_open_endings"),
        appositive_open_not=_strs(data.get("appositive_open_not", []), where, "appositive_open_not"),
        appositive_open_verbs=frozenset(_strs(data.get("appositive_open_verbs", []), where, "appositive_open_verbs")),
        undecided=_strs(data.get("undecided", []), where, "undecided"),
        count_margin=_strs(data.get("count_margin", []), where, "count_margin"),
        margin_nouns=frozenset(_strs(data.get("margin_nouns", []), where, "margin_nouns")),
        private_vote=_strs(data.get("private_vote", []), where, "private_vote"),
        honour_vote=_strs(data.get("honour_vote", []), where, "honour_vote"),
        org_vote=_strs(data.get("org_vote", []), where, "org_vote"),
        runoff=_strs(data.get("runoff", []), where, "runoff"),
        body_election=_strs(data.get("body_election", []), where, "body_election"),
        single_seat_office=_strs(data.get("single_seat_office", []), where, "single_seat_office"),
        party_side_verbs=frozenset(_strs(data.get("party_side_verbs", []), where, "party_side_verbs")),
        result=_strs(data.get("result", []), where, "result"),
        candidacy=_strs(data.get("candidacy", []), where, "candidacy"),
        race_pair_nouns=frozenset(_strs(data.get("race_pair_nouns", []), where, "race_pair_nouns")),
        rivalry=frozenset(_strs(data.get("rivalry", []), where, "rivalry")),
        agent_nouns=frozenset(_strs(data.get("agent_nouns", []), where, "agent_nouns")),
        reporting=frozenset(_strs(data.get("reporting", []), where, "reporting")),
        reporter_pronouns=frozenset(_strs(data.get("reporter_pronouns", []), where, "reporter_pronouns")),
        reported_future=frozenset(_strs(data.get("reported_future", []), where, "reported_future")),
        reported_future_predicates=frozenset(_strs(data.get("reported_future_predicates", []), where,
                                                   "reported_future_predicates")),
        reported_future_not=_strs(data.get("reported_future_not", []), where, "reported_future_not"),
        decision_joins=frozenset(_strs(data.get("decision_joins", []), where, "decision_joins")),
        electing=frozenset(_strs(data.get("electing", []), where, "electing")),
        election_demand=_strs(data.get("election_demand", []), where, "election_demand"),
        election_demand_through=frozenset(_strs(data.get("election_demand_through", []), where,
                                                "election_demand_through")),
        vote_choices=frozenset(_strs(data.get("vote_choices", []), where, "vote_choices")),
        race_relatives=_strs(data.get("race_relatives", []), where, "race_relatives"),
        term_won=_strs(data.get("term_won", []), where, "term_won"),
        reelection=_strs(data.get("reelection", []), where, "reelection"),
        past_relatives=_strs(data.get("past_relatives", []), where, "past_relatives"),
        contest_levels=_contest_levels(data.get("contest_levels", {}), where),
        **{key: _word_list(data, path, key) for key in ENGINE_WORD_LISTS},
    )


#: The levels a contest of cues.yml ``contest_levels`` may name (roles.jsonl ``level`` of a contested office).
CONTEST_LEVELS = frozenset({"city", "county", "state", "country", "org"})


def _contest_levels(value: Any, where: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """cues.yml ``contest_levels``: phrase -> the levels of the offices its contest elects (an empty list: a body's
    seats, no one-person office); each phrase as its words, longest first."""
    if not isinstance(value, dict):
        raise DataError(f"{where}: 'contest_levels' must map a contest's phrase to a list of levels")
    out = []
    for phrase, levels in value.items():
        if not isinstance(phrase, str) or not phrase.strip():
            raise DataError(f"{where}: contest_levels: {phrase!r} is no phrase")
        levels = _strs(levels, where, f"contest_levels: {phrase}") if levels else ()
        stray = sorted(set(levels) - CONTEST_LEVELS)
        if stray:
            raise DataError(f"{where}: contest_levels: {phrase}: {stray} not among {sorted(CONTEST_LEVELS)}")
        out.append((tuple(phrase.lower().split()), frozenset(levels)))
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def _key_line(path: Path, key: str) -> str:
    """``path:line`` of the top-level ``key`` of a YAML mapping (read again only to word an error), else ``path``."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return str(path)
    for k, _ in getattr(node, "value", ()):
        if getattr(k, "value", None) == key:
            return f"{path}:{k.start_mark.line + 1}"
    return str(path)


def _word_list(data: dict, path: Path, key: str) -> frozenset[str]:
    """A required, non-empty list of words of cues.yml (``key``), as a set; an error names the file and line."""
    if key not in data:
        raise DataError(f"{path}: {key!r} is required")
    value = data[key]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{_key_line(path, key)}: {key!r} must be a non-empty list of non-empty strings")
    return frozenset(v.strip().lower() for v in value)
