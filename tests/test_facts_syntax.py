"""Fact rules over the dependency parse (models/facts/syntax.yml, rule key ``dependency``).

Each row is an invented sentence whose argument stands away from its verb (a relative clause, an
apposition, a participle), the fact the parser-backed rules find, and the rule that must find it.
"""
from __future__ import annotations

import pytest
from conftest import MODELS, TEST_MODELS

from pipeline.errors import DataError
from pipeline.nlp.predicates import load_predicates
from pipeline.nlp.rules import load_rules

pytestmark = pytest.mark.skipif(not (MODELS / "parser" / "meta.json").is_file(),
                                reason="models/parser is absent (newsfacts train --parser)")


def one_rule(nlp, rule_id: str, text: str):
    """(engine, doc): the pipeline run on ``text`` with the fact stage reduced to the one rule ``rule_id``."""
    from pipeline.nlp.components.facts import FactEngine, FactLexicon
    from pipeline.nlp.resources import load_resources
    from pipeline.nlp.rules import RuleSet
    from pipeline.nlp.syntax import load_sentence_parser

    full = load_rules(TEST_MODELS / "facts")
    engine = FactEngine(nlp, "one_rule", RuleSet(tuple(r for r in full.rules if r.id == rule_id), full.cues,
                                                  full.predicates), frozenset(), load_sentence_parser(TEST_MODELS),
                        lexicon=FactLexicon.of(load_resources(TEST_MODELS)))
    doc = nlp.make_doc(text)
    doc._.published = "2023-09-09"
    for name, proc in nlp.pipeline:
        doc = engine(doc) if name == "newsfacts_facts" else proc(doc)
    return engine, doc


def run_only(nlp, rule_id: str, text: str):
    """What the one rule ``rule_id`` alone finds in ``text``."""
    _, doc = one_rule(nlp, rule_id, text)
    ent = lambda s: s._.entity if s is not None else None  # noqa: E731
    return [(f.predicate, ent(f.subject), ent(f.object), f.value) for f in doc._.facts]


#: (rule, sentence, a fact it must find); the argument stands away from the verb.
DEPENDENCY_CASES = [
    ("won.dep_subject", "Ana Ruiz, a former judge, wins the presidential election.", ("won", "Ana Ruiz", None, None)),
    ("won.dep_elected", "Ana Ruiz, a former judge from Lima, is elected President of Chile.",
     ("won", "Ana Ruiz", "President of Chile", None)),
    ("defeated.dep", "Ana Ruiz, the left's candidate, defeated Ivan Petrov.", ("defeated", "Ana Ruiz", "Ivan Petrov", None)),
    ("defeated.dep_participle",
     "Ana Ruiz won the Chilean presidential runoff on Sunday after a long count, defeating Ivan Petrov.",
     ("defeated", "Ana Ruiz", "Ivan Petrov", None)),
    ("votes_received.dep_relative", "Ivan Petrov, who received 45 percent of the vote, concedes defeat to Ana Ruiz.",
     ("votes_received", "Ivan Petrov", None, 45.0)),
    ("conceded.dep", "Ivan Petrov, the right's candidate, conceded the election.", ("conceded", "Ivan Petrov", None, None)),
]


@pytest.mark.parametrize("rule_id, text, want", DEPENDENCY_CASES, ids=[c[0] for c in DEPENDENCY_CASES])
def test_dependency_rule_finds_distant_argument(nlp, rule_id, text, want):
    found = run_only(nlp, rule_id, text)
    assert want in found, found


@pytest.mark.parametrize(
    "rule_id, text",
    [
        # a participle whose head has no person subject: no defeat
        ("defeated.dep_participle", "The bill passed the senate on Sunday, defeating an amendment."),
        # the relative clause belongs to the party, not to a person
        ("votes_received.dep_relative", "The Green Party, which received 45 percent of the vote, concedes."),
        # no comma, no interruption: the sentence is not parsed for this rule
        ("won.dep_subject", "Ana Ruiz wins the presidential election."),
    ],
)
def test_dependency_rule_negative(nlp, rule_id, text):
    assert run_only(nlp, rule_id, text) == []


@pytest.mark.parametrize("text, parsed", [
    ("Critics of Ana Ruiz's re-election as Mayor of Lyon rallied on Monday.", True),
    # near_person: a possessive of no person before the election word parses nothing for the rule
    ("Ana Ruiz praised the country's election in Lyon, France.", False),
    ("Ana Ruiz praised Sunday's election in Lyon, France.", False),
])
def test_dependency_rule_near_person_parses_only_a_persons_possessive(nlp, text, parsed):
    engine, doc = one_rule(nlp, "won.dep_possessive_election", text)
    # the parser is shared: its cache is this document's only where it parsed a sentence of it
    assert (engine.syntax._doc is doc and bool(engine.syntax._cache)) is parsed


def test_dependency_rules_do_nothing_without_parser(nlp):
    from pipeline.nlp.components.facts import FactEngine, FactLexicon
    from pipeline.nlp.resources import load_resources

    engine = FactEngine(nlp, "no_parser", load_rules(MODELS / "facts"), frozenset(), None,
                        lexicon=FactLexicon.of(load_resources(MODELS)))
    assert engine.dep_matcher is None


RULE = ("- id: won.dep\n  predicate: won\n  trigger: {words: [won]}\n  subject: {labels: [PERSON]}\n"
        "  dependency:\n")


@pytest.mark.parametrize(
    "dependency, message",
    [
        ("    - {RIGHT_ID: subject, RIGHT_ATTRS: {}}\n", "first dependency node must be the anchor"),
        ("    - {RIGHT_ID: trigger, RIGHT_ATTRS: {}}\n    - {LEFT_ID: nobody, REL_OP: '>', RIGHT_ID: subject}\n",
         "needs LEFT_ID of an earlier node"),
        ("    - {RIGHT_ID: trigger, RIGHT_ATTRS: {}}\n    - {LEFT_ID: trigger, REL_OP: '>', RIGHT_ID: winner}\n",
         "neither a slot of the rule nor a helper"),
        ("    - {RIGHT_ID: trigger, RIGHT_ATTR: {}}\n", "unknown key(s) ['RIGHT_ATTR']"),
    ],
)
def test_dependency_pattern_validated(tmp_path, dependency, message):
    (tmp_path / "cues.yml").write_text((MODELS / "facts" / "cues.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "r.yml").write_text(RULE + dependency, encoding="utf-8")
    with pytest.raises(DataError, match="r.yml: rule 1 .won.dep.") as e:
        load_rules(tmp_path, load_predicates(MODELS / "predicates.yml"))
    assert message in str(e.value)


def test_facts_rule_dependency_matcher_matches_as_the_shared_one(nlp):
    """A rule's own DependencyMatcher (FactEngine._dependency_matcher, used where the parse has one root) gives, on the
    parsed sentences of 300 current-events items that hold a dependency rule's trigger word, the matches the shared
    matcher gives under that rule's key, in the same order."""
    from conftest import current_events_texts

    from pipeline.nlp.components.common import sentence_index, token_lowers

    engine = nlp.get_pipe("newsfacts_facts")
    rules = [r for r in engine.rules if r.dependency]
    words = {w for r in rules for w in r.words}
    texts = current_events_texts(300)
    compared = 0
    for text in texts:
        doc = nlp(text)
        lowers = token_lowers(doc)
        for sent in sentence_index(doc)[0]:
            if words.isdisjoint(lowers[sent.start:sent.end]):
                continue
            shared = engine.syntax.match(sent, engine.dep_matcher)
            for rule in rules:
                own = engine.syntax.match(sent, engine._dependency_matcher(rule, sent))
                assert [(k, [t.i for t in ts]) for k, ts in own if k == rule.id] == \
                    [(k, [t.i for t in ts]) for k, ts in shared if k == rule.id], sent.text
                compared += 1
    assert compared > 100
