"""pipeline.nlp.rules: the project's fact rules load, cover SPEC, and broken rule folders fail with a located message.

Each folder under ``tests/fixtures/models_broken/facts/`` holds a copy of
``models/facts/cues.yml`` and one rule file ``rules.yml`` whose first rule is
valid and whose second rule is broken in one way (``missing_cues`` has no
``cues.yml``).
"""
from __future__ import annotations

import re

import pytest
from conftest import FIXTURES, MODELS, shared_file

from pipeline.errors import DataError
from pipeline.nlp.predicates import load_predicates
from pipeline.nlp.rules import load_rules

BROKEN = FIXTURES / "models_broken" / "facts"

#: The predicates of SPEC.md's fact table (checked against ../shared/SPEC.md when it is present).
SPEC_PREDICATES = (
    "candidate", "won", "defeated", "votes_received", "leads", "ballots_cast", "requested_recount",
    "certified", "endorsed", "holds_office", "election", "voting_period", "debate", "conceded",
)


@pytest.fixture(scope="module")
def ruleset():
    return load_rules(MODELS / "facts")


def test_rules_project_rules_load(ruleset):
    assert ruleset.rules and ruleset.cues.negation and ruleset.cues.hedge


def test_rules_ids_unique(ruleset):
    ids = [r.id for r in ruleset.rules]
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []


def test_rules_spec_predicates_match_spec_md():
    text = shared_file("SPEC.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `(\w+)` \|", text, flags=re.M))
    assert table == set(SPEC_PREDICATES)


def test_rules_predicates_file_is_spec():
    assert load_predicates(MODELS / "predicates.yml").names() == set(SPEC_PREDICATES)


@pytest.mark.parametrize("predicate", SPEC_PREDICATES)
def test_rules_cover_spec_predicate(ruleset, predicate):
    emitted = {r.predicate for r in ruleset.rules} | {a["predicate"] for r in ruleset.rules for a in r.also
                                                      if "predicate" in a}
    assert predicate in emitted


def test_rules_source_names_file_and_id(ruleset):
    for rule in ruleset.rules:
        assert ".yml: rule " in rule.source and f"({rule.id})" in rule.source


@pytest.mark.parametrize(
    "folder, fragments",
    [
        ("unknown_predicate", ["rules.yml: rule 2 (lost.verb)", "predicate 'lost'"]),
        ("unknown_key", ["rules.yml: rule 2", "unknown key(s) ['subjcet']"]),
        ("bad_side", ["rules.yml: rule 2 (won.bad_side)", "side 'above'"]),
        ("missing_trigger", ["rules.yml: rule 2 (won.no_trigger)", "'trigger' needs 'words' or 'structure'"]),
        ("confidence_out_of_range", ["rules.yml: rule 2 (won.too_sure)", "confidence must be a number in [0, 1]"]),
        ("invalid_yaml", ["rules.yml:", "not valid YAML"]),
        ("missing_cues", ["cues.yml: missing"]),
        pytest.param("empty_trigger_words", ["rules.yml: rule 2 (won.no_words)", "trigger"]),
        pytest.param("trigger_unknown_key", ["rules.yml: rule 2 (won.typo_trigger)", "strucutre"]),
        pytest.param("near_window_not_integer", ["rules.yml: rule 2 (won.near_window)", "near_window"]),
        pytest.param("exclude_after_not_strings", ["rules.yml: rule 2 (won.exclude_after)",
                                                   "'exclude_after' must be a list of non-empty strings"]),
        pytest.param("exclude_object_not_strings", ["rules.yml: rule 2 (won.exclude_object)",
                                                    "'exclude_object' must be a list of non-empty strings"]),
        pytest.param("party_contest_not_strings", ["rules.yml: rule 2 (won.party_contest)",
                                                   "'party_contest' must be a list of non-empty strings"]),
        pytest.param("unquoted_yaml_boolean", ["rules.yml: rule 2 (won.near_on)",
                                               "'near_through' must be a list of non-empty strings (YAML reads an "
                                               "unquoted on, off, yes or no as true or false: quote the word)"]),
        pytest.param("kind_stops_not_strings", ["rules.yml: rule 2 (election.kind_stops)",
                                                "'kind_stops' must be a list of non-empty strings"]),
        pytest.param("unit_not_in_spec", ["rules.yml: rule 2 (won.dollars)", "unit"]),
        pytest.param("bad_ticket", ["rules.yml: rule 2 (votes_received.bad_ticket)", "ticket must name the office slot"]),
        pytest.param("bad_qualifier", ["rules.yml: rule 2 (holds_office.bad_qualifier)",
                                        "qualifier 'acting' must be one of ['former']"]),
        pytest.param("bad_slot_words", ["rules.yml: rule 2 (votes_received.bad_words)",
                                         "'value.not_followed_by' must be a list of non-empty strings"]),
        pytest.param("bad_not_after_window", ["rules.yml: rule 2 (votes_received.bad_not_after)",
                                              "slot 'subject' not_after_window must be a positive integer"]),
        pytest.param("bad_not_before_window", ["rules.yml: rule 2 (votes_received.bad_not_before)",
                                               "slot 'subject' not_before_window must be a positive integer"]),
        pytest.param("bad_share_rank", ["rules.yml: rule 2 (votes_received.bad_rank)",
                                        "'share_rank' must be a non-negative integer"]),
        pytest.param("group_without_coordinate", ["rules.yml: rule 2 (candidate.lone_group)",
                                                  "slot 'subject' group needs coordinate"]),
    ],
)
def test_rules_broken_folder_names_file_and_rule(folder, fragments):
    with pytest.raises(DataError) as e:
        load_rules(BROKEN / folder, load_predicates(MODELS / "predicates.yml"))
    message = str(e.value)
    assert str(BROKEN / folder) in message
    for fragment in fragments:
        assert fragment in message


def test_rules_invalid_yaml_names_line():
    with pytest.raises(DataError, match=r"rules\.yml:\d+: not valid YAML"):
        load_rules(BROKEN / "invalid_yaml", load_predicates(MODELS / "predicates.yml"))


def test_rules_key_given_twice_names_line():
    """YAML keeps the last of two equal keys silently: a rule's second ``subject`` would replace its first."""
    with pytest.raises(DataError, match=r"rules\.yml:10: not valid YAML \(found duplicate key 'subject'\)"):
        load_rules(BROKEN / "duplicate_key", load_predicates(MODELS / "predicates.yml"))


BROKEN_PREDICATES = [
    ("not a mapping", "- won\n", "expected a mapping"),
    ("no description", "won: {subject: [PERSON]}\n", "predicate 'won': 'description' is required"),
    ("unknown key", "won: {description: x, subjcet: [PERSON]}\n", "unknown key(s) ['subjcet']"),
    ("bad label", "won: {description: x, subject: [PERSN]}\n", "predicate 'won' subject: must be a list of labels"),
    ("flag not bool", "won: {description: x, symmetric: 'yes'}\n", "'symmetric' must be true or false"),
    ("bad yaml", "won: [\n", "predicates.yml:"),
]


@pytest.mark.parametrize("case, text, fragment", BROKEN_PREDICATES, ids=[c[0] for c in BROKEN_PREDICATES])
def test_predicates_broken_file_names_file_and_predicate(tmp_path, case, text, fragment):
    path = tmp_path / "predicates.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_predicates(path)
    assert str(path) in str(e.value) and fragment in str(e.value)


def test_predicates_rule_with_unlisted_predicate_names_predicates_file(tmp_path):
    (tmp_path / "predicates.yml").write_text("won: {description: the winner}\n", encoding="utf-8")
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "cues.yml").write_text((MODELS / "facts" / "cues.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (facts / "r.yml").write_text("- {id: lost.verb, predicate: lost, trigger: {words: [lost]}}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"r\.yml: rule 1 \(lost\.verb\): predicate 'lost' is not in predicates\.yml"):
        load_rules(facts)



@pytest.mark.parametrize("rule, fragment", [
    # not_kinds: the words that say an event is not of a kind, checked like kinds
    ("{id: election.x, predicate: election, trigger: {words: [election]}, not_kinds: [first round]}",
     "'not_kinds' must map a kind to the words that deny it"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, not_kinds: {runoff: [1]}}",
     "not_kinds.runoff"),
    # story_needs: what the document must show for a rule's facts to stand, a closed set
    ("{id: election.x, predicate: won, trigger: {words: [president-elect]}, story_needs: [election_words]}",
     "story_needs must be among election_word, result_word, vote_figure, election_fact"),
    ("{id: election.x, predicate: won, trigger: {words: [president-elect]}, story_needs: {election_word: true}}",
     "'story_needs' must be a list of non-empty strings"),
    # through: the words that may part a mention from its trigger, however many
    ("{id: election.x, predicate: holds_office, trigger: {words: [becomes]}, subject: {labels: [PERSON]}, "
     "object: {labels: [OFFICE], side: right, through: [the, 3]}}",
     "'object.through' must be a list of non-empty strings"),
    # near_person: the near word must be one token, the one right after a person's name
    ("{id: election.x, predicate: won, trigger: {words: [election]}, near_person: true}",
     "'near_person' needs 'near' words of one token each"),
    ("{id: election.x, predicate: won, trigger: {words: [election]}, near: [\"of the\"], near_person: true}",
     "'near_person' needs 'near' words of one token each"),
    # near_through: the words between a near phrase and the trigger, so a near phrase is needed
    ("{id: election.x, predicate: candidate, trigger: {words: [term]}, near_through: [a, fifth]}",
     "'near_through' needs 'near' phrases"),
    # near_through_seats: a seat's name read through as near_through's words are, so those words are needed
    ("{id: election.x, predicate: won, trigger: {words: [to]}, near: [lost], near_through_seats: true}",
     "'near_through_seats' needs 'near_through' words"),
    # exclude_cue_lists: phrase lists of cues.yml, by name
    ("{id: election.x, predicate: election, trigger: {words: [election]}, exclude_cue_lists: [private_votes]}",
     "exclude_cue_lists: 'private_votes' is no phrase list of cues.yml"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, exclude_cue_lists: [window]}",
     "exclude_cue_lists: 'window' is no phrase list of cues.yml"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, exclude_cue_lists: {private_vote: true}}",
     "'exclude_cue_lists' must be a list of non-empty strings"),
    # bare: the words that let an election with no race, kind or date stand; an election rule's, cues required
    ("{id: election.x, predicate: won, trigger: {words: [election]}, bare: {cues: [the]}}",
     "only an election rule takes 'bare'"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, bare: {not: [new]}}",
     "'bare' must be a mapping with 'cues'"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, bare: {cues: [the], stop: [in]}}",
     "'bare' must be a mapping with 'cues'"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, bare: {cues: [the], stops: [1]}}",
     "'bare.stops' must be a list of non-empty strings"),
    # any: a trigger that itself says a vote is held, alone and only true
    ("{id: election.x, predicate: election, trigger: {words: [election]}, bare: {any: true, cues: [the]}}",
     "or 'any: true' alone"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, bare: {any: yes please}}",
     "or 'any: true' alone"),
    ("{id: election.x, predicate: election, trigger: {words: [election]}, bare: {any: false}}",
     "or 'any: true' alone"),
])
def test_rules_bad_event_keys_name_file_and_rule(tmp_path, rule, fragment):
    """``not_kinds`` and ``story_needs`` are checked at load, the error naming the file and the rule."""
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "cues.yml").write_text((MODELS / "facts" / "cues.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (facts / "r.yml").write_text(f"- {rule}\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_rules(facts, load_predicates(MODELS / "predicates.yml"))
    assert "r.yml: rule 1 (election.x)" in str(e.value) and fragment in str(e.value)


@pytest.mark.parametrize("rule, own, lists", [
    # a cue list's phrases follow the rule's own, each once ("televote" is private_vote's too)
    ("{id: election.x, predicate: election, trigger: {words: [election]}, exclude_near: [club, televote], "
     "exclude_cue_lists: [private_vote]}", ("club", "televote"), ("private_vote",)),
    # near miss: no exclude_cue_lists, only the rule's own
    ("{id: election.x, predicate: election, trigger: {words: [election]}, exclude_near: [club]}", ("club",), ()),
])
def test_rules_exclude_cue_lists_join_exclude_near(tmp_path, rule, own, lists):
    """``exclude_cue_lists`` names a list of cues.yml that another stage reads too (private_vote): one home for it."""
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "cues.yml").write_text((MODELS / "facts" / "cues.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (facts / "r.yml").write_text(f"- {rule}\n", encoding="utf-8")
    ruleset = load_rules(facts, load_predicates(MODELS / "predicates.yml"))
    listed = [p for name in lists for p in getattr(ruleset.cues, name)]
    assert "televote" in listed or not lists
    assert ruleset.rules[0].exclude_near == own + tuple(p for p in listed if p not in own)


@pytest.mark.parametrize("entry, fragment", [
    ("contest_levels: [regional]", "'contest_levels' must map a contest's phrase to a list of levels"),
    ("contest_levels: {regional: [region]}", "contest_levels: regional: ['region'] not among"),
    ("contest_levels: {regional: [1]}", "'contest_levels: regional' must be a list of non-empty strings"),
])
def test_rules_broken_contest_levels_names_file_and_phrase(tmp_path, entry, fragment):
    import re

    (tmp_path / "predicates.yml").write_text((MODELS / "predicates.yml").read_text(encoding="utf-8"), encoding="utf-8")
    facts = tmp_path / "facts"
    facts.mkdir()
    cues = (MODELS / "facts" / "cues.yml").read_text(encoding="utf-8")
    broken = re.sub(r"contest_levels:\n(?:  .*\n)+", lambda _: entry + "\n", cues)
    assert broken != cues
    (facts / "cues.yml").write_text(broken, encoding="utf-8")
    (facts / "r.yml").write_text("- {id: won.x, predicate: won, trigger: {words: [won]}}\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_rules(facts)
    assert "cues.yml" in str(e.value) and fragment in str(e.value)


def test_rules_contest_levels_read_as_words_longest_first():
    levels = dict(load_rules(MODELS / "facts").cues.contest_levels)
    assert levels[("top", "job")] == frozenset({"country"}) and levels[("legislative",)] == frozenset()
    lengths = [len(words) for words, _ in load_rules(MODELS / "facts").cues.contest_levels]
    assert lengths == sorted(lengths, reverse=True)
