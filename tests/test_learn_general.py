"""learn's generalisations, judged by a tuning gold: the widest clean form of an exception, missed facts that teach a
trigger, a frame or a role noun, and the validation of what it writes (pipeline/tools/learn.py,
pipeline/tools/learning/missed.py, pipeline/nlp/learned.py).

Apart from tests/test_learn.py (reading reviews, the round trip, the damage cases) so that the two halves run on
both pytest-xdist workers."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import pipeline
from pipeline.nlp import learned as L
from pipeline.errors import DataError
from pipeline.tools.learn import learn

from conftest import MODELS
from test_learn import _facts, _jsonl, models_copy, review, rows, run, write_rows

# --------------------------------------------------------------------------- generalisations, judged by a tuning gold


def _tuning_gold(path: Path, docs: list[tuple[str, list[dict]]]) -> Path:
    """A gold file of invented documents (text, facts): the tuning material that judges each change."""
    lines = [json.dumps({"aliases": {}})] + [
        json.dumps({"id": f"g{n}", "text": t, "published": "2024-05-01", "facts": facts})
        for n, (t, facts) in enumerate(docs, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


ELECTORAL_BODY_BACKS = "The Australian Electoral Commission backed Ana Ruiz in the mayoral dispute over the recount."
#: Rejected facts, the tuning gold that judges the forms, and the form learn must choose (or refuse).
GENERALISATION_CASES = [
    pytest.param(dict(
        reviewed=["Ivan Petrov will concede the Ostravan mayoral election on Monday, his aides said."],
        wrong={("conceded", "Ivan Petrov")},
        tuning=[("Bo Diaz will concede the Springfield mayoral race on Friday, aides said.", []),
                ("Bo Diaz conceded the Springfield mayoral race on Friday.",
                 [{"predicate": "conceded", "subject": "Bo Diaz"}])],
        accepted="exception (future construction): conceded.verb must not emit conceded at a trigger under a "
                 "future verb"), id="under-a-future-verb-is-a-construction"),
    pytest.param(dict(
        reviewed=[ELECTORAL_BODY_BACKS, "Ivan Petrov backed Ana Ruiz for mayor in the election."],
        wrong={("endorsed", "Australian Electoral Commission")}, ok={("endorsed", "Ivan Petrov")},
        tuning=[("The Australian Electoral Commission backed Tom Weir after the Senate election count.", []),
                ("The Velmarian Labour Party endorsed Ana Ruiz for mayor in the election.",
                 [{"predicate": "endorsed", "subject": "Labour Party", "object": "Ana Ruiz"}])],
        accepted="exception (subject type): endorsed.verb must not emit endorsed whose subject is "
                 "ORG:electoral_body at any trigger"), id="an-electoral-body-endorses-nobody-an-argument-type"),
    pytest.param(dict(
        reviewed=[ELECTORAL_BODY_BACKS, "Ivan Petrov backed Ana Ruiz for mayor in the election."],
        wrong={("endorsed", "Australian Electoral Commission")}, ok={("endorsed", "Ivan Petrov")},
        tuning=[("The Australian Electoral Commission backed Tom Weir after the Senate election count.",
                 [{"predicate": "endorsed", "subject": "Australian Electoral Commission", "object": "Tom Weir"}])],
        accepted="exception (wording)"), id="argument-type-refused-where-the-tuning-gold-keeps-such-a-fact"),
    pytest.param(dict(
        reviewed=[ELECTORAL_BODY_BACKS, "Ivan Petrov backed Ana Ruiz for mayor in the election."],
        wrong={("endorsed", "Australian Electoral Commission")}, ok={("endorsed", "Ivan Petrov")},
        tuning=[("The Velmarian Labour Party endorsed Ana Ruiz for mayor in the election.",
                 [{"predicate": "endorsed", "subject": "Labour Party", "object": "Ana Ruiz"}])],
        accepted="exception (trigger's word family with its subject type): endorsed.verb must not emit endorsed whose "
                 "subject is ORG:electoral_body at any form of 'back'"), id="argument-type-alone-needs-more-than-one-example"),
    pytest.param(dict(
        reviewed=["Ivan Petrov will concede the Ostravan mayoral election on Monday, his aides said.",
                  "Ana Ruiz will concede the Velmarian mayoral race, she said on Sunday."],
        wrong={("conceded", "Ivan Petrov")}, ok={("conceded", "Ana Ruiz")},
        tuning=[("Bo Diaz conceded the Springfield mayoral race on Friday.",
                 [{"predicate": "conceded", "subject": "Bo Diaz"}])],
        accepted="exception (cue form): conceded.verb must not emit conceded at a phrase headed by 'election'"),
        id="construction-refused-by-a-row-marked-ok"),
    pytest.param(dict(
        reviewed=["Ivan Petrov is elected in Ostrava on Sunday after a long count."],
        wrong={("won", "Ivan Petrov")},
        tuning=[("Ana Ruiz was elected in Springfield on Friday after a long count.", []),
                ("Bo Diaz wins the Springfield vote on Friday.", [{"predicate": "won", "subject": "Bo Diaz"}]),
                ("Tom Weir is elected Mayor of Springfield on Friday.",
                 [{"predicate": "won", "subject": "Tom Weir", "object": "Mayor of Springfield"}])],
        accepted="exception (trigger's word family with its object type): won.verb must not emit won whose object "
                 "is missing at any form of 'elect'"), id="the-triggers-word-family-covers-was-elected-too"),
    pytest.param(dict(
        reviewed=["Ivan Petrov is elected in Ostrava on Sunday after a long count."],
        wrong={("won", "Ivan Petrov")},
        tuning=[("Ana Ruiz was elected in Springfield on Friday after a long count.",
                 [{"predicate": "won", "subject": "Ana Ruiz"}]),
                ("Bo Diaz wins the Springfield vote on Friday.", [{"predicate": "won", "subject": "Bo Diaz"}]),
                ("Tom Weir is elected Mayor of Springfield on Friday.",
                 [{"predicate": "won", "subject": "Tom Weir", "object": "Mayor of Springfield"}])],
        accepted="exception (trigger with its object type): won.verb must not emit won whose object is missing at "
                 "'is elected'"), id="word-family-refused-where-the-tuning-gold-keeps-another-form"),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", GENERALISATION_CASES)
def test_learn_fact_exception_takes_the_widest_form_the_tuning_gold_judges_clean(tmp_path, case):
    models = models_copy(tmp_path)
    out = run([_jsonl(tmp_path / "reviewed.jsonl", "d", case["reviewed"])], tmp_path / "run", models)
    verdicts = {**{k: ("ok", "") for k in case.get("ok", ())}, **{k: ("wrong", "") for k in case["wrong"]}}
    review(out, facts=lambda r: verdicts.get((r["predicate"], r["subject"]), ("", "")))
    gold = [_tuning_gold(tmp_path / "tune.jsonl", case["tuning"])] if case["tuning"] else []
    report = learn(out, gold=gold, models=models, pool=[], dry_run=True)
    assert [c.summary for c in report.accepted if c.summary.startswith(case["accepted"])], report.format()


#: Missed facts a reviewer adds, and the rule learn induces from each (or why it learns none).
MISSED_FACT_CASES = [
    pytest.param(["In the Velmarian mayoral election on Sunday, Ana Ruiz thrashed Ivan Petrov."],
                 [("d1", "defeated", "Ana Ruiz", "Ivan Petrov")], [],
                 "accepted", "rule learned.defeated.verb.thrashed: a new trigger 'thrashed' for rule defeated.verb",
                 id="a-new-trigger-word"),
    pytest.param(["In the Ostravan mayoral election on Sunday, Ivan Petrov was thrashed by Ana Ruiz."],
                 [("d1", "defeated", "Ana Ruiz", "Ivan Petrov")], [],
                 "accepted", "a new frame: rule defeated.verb with trigger 'thrashed by', its subject right, object "
                 "left", id="a-new-frame"),
    pytest.param(["In the Velmarian mayoral election on Sunday, Ana Ruiz thrashed Ivan Petrov."],
                 [("d1", "defeated", "Ana Ruiz", "Ivan Petrov")],
                 [("In the Ostravan mayoral charity match, Oskar Lind thrashed Marta Quill at chess.", [])],
                 "refused", "rule learned.defeated.verb.thrashed", id="refused-where-the-tuning-gold-has-no-such-fact"),
    pytest.param(["In the Velmarian mayoral election on Sunday, Ana Ruiz thrashed Ivan Petrov."],
                 [("d1", "defeated", "Ana Ruiz", "Ivan Petrov")],
                 [("Drummers thrashed their drums outside the Ostravan election office on Sunday.", []),
                  ("Rain thrashed the Springfield polling stations before the election on Friday.", []),
                  ("Fans thrashed the rival team's bus after the Ostravan election rally.", []),
                  ("Bo Diaz defeated Tom Weir in the Springfield mayoral election on Friday.",
                   [{"predicate": "defeated", "subject": "Bo Diaz", "object": "Tom Weir"}])],
                 "skipped", "not specific to its stories: its family 'thrash' is in 100.0% of election documents "
                 "without one (3/3)", id="a-word-common-where-its-predicate-is-not-is-never-a-trigger"),
    pytest.param(["In the Velmarian mayoral election on Sunday, Ana Ruiz thrashed Ivan Petrov."],
                 [("d1", "defeated", "Zed Nobody", "Ivan Petrov")], [],
                 "skipped", "the subject 'Zed Nobody' is no mention of its sentence", id="an-argument-that-is-no-mention"),
    pytest.param(["Ana Ruiz defeated Ivan Petrov in the Velmarian mayoral election on Sunday."],
                 [("d1", "defeated", "Ana Ruiz", "Ivan Petrov")], [],
                 "skipped", "the run finds this defeated now", id="a-fact-the-run-finds"),
    pytest.param(["Ana Ruiz, female Mayor of Springfield."],
                 [("d1", "won", "Ana Ruiz", "Mayor of Springfield")], [],
                 "skipped", "no word joins its arguments", id="an-adjective-is-never-a-trigger"),
    pytest.param(["Springfield mayor-elect Ana Ruiz is convicted of fraud."],
                 [("d1", "won", "Ana Ruiz", "Mayor of Springfield")], [],
                 "skipped", "no word joins its arguments", id="a-verb-that-joins-no-arguments-is-never-a-trigger"),
]


@pytest.mark.slow
@pytest.mark.parametrize("texts, added, tuning, outcome, says", MISSED_FACT_CASES)
def test_learn_missed_fact_teaches_a_trigger_or_a_frame(tmp_path, texts, added, tuning, outcome, says):
    models = models_copy(tmp_path)
    out = run([_jsonl(tmp_path / "reviewed.jsonl", "d", texts)], tmp_path / "run", models)
    table = rows(out / "facts.csv")
    write_rows(out / "facts.csv", table, extra=[{"doc_id": d, "predicate": p, "subject": s, "object": o,
                                                  "evidence": texts[int(d[1:]) - 1]} for d, p, s, o in added])
    gold = [_tuning_gold(tmp_path / "tune.jsonl", tuning)] if tuning else []
    report = learn(out, gold=gold, models=models, pool=[])
    got = {"accepted": [c.summary for c in report.accepted], "refused": [c.summary for c, _ in report.refused],
           "skipped": report.skipped}
    assert any(says in line for line in got[outcome]), report.format()
    if outcome == "accepted":  # written as data, and the rerun finds the fact
        assert (models / L.RULES_FILE).is_file()
        _, d, p, s, o = ("",) + added[0]
        assert (d, p, s, o) in _facts(run([_jsonl(tmp_path / "again.jsonl", "d", texts)], tmp_path / "run2", models))
    else:
        assert not (models / L.RULES_FILE).is_file()


@pytest.mark.parametrize("record, message", [
    ({"id": "r1", "rule": "no.such.rule", "words": ["thrashed"]}, "'rule' 'no.such.rule' is no fact rule"),
    ({"id": "r1", "rule": "defeated.verb", "words": []}, "'words' must be a list of non-empty strings"),
    ({"id": "r1", "rule": "defeated.verb", "words": ["x"], "slots": {"date": {"side": "left"}}},
     "slot 'date' must be a slot of rule 'defeated.verb'"),
    ({"id": "r1", "rule": "defeated.verb", "words": ["x"], "slots": {"object": {"side": "up"}}}, "side 'up'"),
    ({"id": "r1", "rule": "defeated.verb", "words": ["x"], "extra": 1}, "unknown field(s) ['extra']"),
    ({"id": "defeated.verb", "rule": "defeated.verb", "words": ["x"]}, "duplicate rule id"),
])
def test_learn_learned_rules_are_validated_with_file_and_line(tmp_path, record, message):
    from pipeline.nlp.rules import load_rules

    models = tmp_path / "models"
    shutil.copytree(MODELS / "facts", models / "facts")
    shutil.copyfile(MODELS / "predicates.yml", models / "predicates.yml")
    (models / "learned").mkdir()
    (models / L.RULES_FILE).write_text("\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_rules(models / "facts")
    assert f"{models / L.RULES_FILE}:2" in str(e.value) and message in str(e.value)


@pytest.mark.parametrize("record, gated", [
    # a new word in the same frame keeps the base rule's gate on the word before its trigger ...
    ({"id": "r1", "rule": "defeated.verb", "words": ["thrashed"]}, True),
    # ... a frame on other sides is another construction: "was thrashed by" follows the auxiliary of its passive
    ({"id": "r1", "rule": "defeated.verb", "words": ["thrashed by"],
      "slots": {"subject": {"side": "right", "window": 4}, "object": {"side": "left", "window": 8}}}, False),
    ({"id": "r1", "rule": "defeated.verb", "words": ["thrashed"], "slots": {"object": {"window": 3}}}, True),
])
def test_learn_learned_frame_drops_the_base_rules_gate_before_its_trigger(record, gated):
    from pipeline.nlp.rules import learned_rule, load_rules

    base = {r.id: r for r in load_rules(MODELS / "facts").rules}
    assert base["defeated.verb"].not_preceded_by  # the gate the rows are about
    rule = learned_rule(record, "rules.jsonl:1", base)
    assert bool(rule.not_preceded_by) is gated


@pytest.mark.parametrize("record, message", [
    ({"id": "e", "kind": "fact", "rule": "won.verb", "predicate": "won", "construction": "past"},
     "construction 'past' must be one of future, modal"),
    ({"id": "e", "kind": "fact", "rule": "won.verb", "predicate": "won", "object_type": "PARTY"},
     "object_type 'PARTY' must be 'none' or a label"),
    ({"id": "e", "kind": "fact", "rule": "won.verb", "predicate": "won"}, "an exception needs 'anchor'"),
    ({"id": "e", "kind": "fact", "rule": "won.verb", "predicate": "won", "stem": "elect"},
     "'stem' must be a list of non-empty strings"),
])
def test_learn_generalised_exceptions_are_validated(record, message):
    with pytest.raises(DataError, match=re.escape(message)):
        L.parse_exception(record, "x.jsonl:1")


@pytest.mark.parametrize("phrase, stem", [
    ("is elected", ("elect",)), ("was elected", ("elect",)), ("has been elected", ("elect",)), ("elects", ("elect",)),
    ("electing", ("elect",)), ("election", ("election",)), ("wins", ("win",)), ("winning", ("win",)),
    ("won", ("won",)), ("votes", ("vot",)), ("voted in", ("vot", "in")), ("voted for", ("vot", "for")),
    ("election between", ("election", "between")), ("passes", ("pass",)), ("re-elects", ("re-elect",)),
])
def test_learn_a_triggers_word_family_is_its_stems_without_auxiliaries(phrase, stem):
    assert L.trigger_stem(phrase.split()) == stem


@pytest.mark.parametrize("sig_anchor, sig_stem, object_type, matches", [
    (("is", "elected"), ("elect",), "none", True), (("elects",), ("elect",), "none", True),
    (("was", "elected"), ("elect",), "OFFICE", False), (("election",), ("election",), "none", False),
    (("voted", "for"), ("vot", "for"), "none", False),
])
def test_learn_a_word_family_exception_matches_every_form_of_its_trigger(sig_anchor, sig_stem, object_type, matches):
    exc = L.parse_exception({"id": "e", "kind": "fact", "rule": "won.verb", "predicate": "won", "stem": ["elect"],
                             "object_type": "none"}, "x.jsonl:1")
    sig = L.Signature("fact", "won.verb", "won", sig_anchor, (), (), object_type=object_type, stem=sig_stem)
    assert exc.matches(sig) is matches


@pytest.mark.parametrize("want, got, matches", [
    ("ORG", "ORG:political_party", True), ("ORG:political_party", "ORG:political_party", True),
    ("ORG:legislature", "ORG:political_party", False), ("none", "none", True), ("none", "OFFICE", False),
    (None, "PERSON", True), ("PERSON", "PERSONA", False),
])
def test_learn_argument_type_matching(want, got, matches):
    assert L.type_matches(want, got) is matches


# --------------------------------------------------------------------------- an office the run did not see: a role noun

BURGOMASTER = "Springfield burgomaster Cy Park was arrested on Monday, police said."
#: Missed facts whose office is no mention, and what learn makes of each: a new noun for a known role
#: (``learned/roles.jsonl``), refused where the tuning gold has no such office, or skipped with its reason.
OFFICE_ALIAS_CASES = [
    pytest.param([BURGOMASTER], ("holds_office", "Cy Park", "Mayor of Springfield"), [],
                 "accepted", "role noun 'burgomaster' for role.mayor (names 'Mayor of Springfield' here)",
                 id="a-synonym-of-a-known-role"),
    pytest.param([BURGOMASTER], ("holds_office", "Cy Park", "Mayor of Springfield"),
                 [("Festival burgomaster Ed Wu of Springfield crowned the beer queen on Friday.",
                   [], {"OFFICE": []})],
                 "refused", "role noun 'burgomaster' for role.mayor", id="refused-where-the-tuning-gold-has-no-office"),
    pytest.param(["Cy Park was arrested in Springfield on Monday, police said."],
                 ("holds_office", "Cy Park", "Mayor of Springfield"), [],
                 "skipped", "no word of its sentence, as another noun of role.mayor, names the office "
                 "'Mayor of Springfield'", id="no-word-names-the-office"),
    pytest.param(["Springfield archwizard Cy Park was arrested on Monday, police said."],
                 ("holds_office", "Cy Park", "Grand Wizard of the Velmarian Order"), [],
                 "skipped", "the object 'Grand Wizard of the Velmarian Order' is no mention of its sentence",
                 id="an-office-no-role-names"),
]


@pytest.mark.slow
@pytest.mark.parametrize("texts, added, tuning, outcome, says", OFFICE_ALIAS_CASES)
def test_learn_missed_office_teaches_a_role_noun(tmp_path, texts, added, tuning, outcome, says):
    models = models_copy(tmp_path)
    out = run([_jsonl(tmp_path / "reviewed.jsonl", "d", texts)], tmp_path / "run", models)
    predicate, subject, office = added
    write_rows(out / "facts.csv", rows(out / "facts.csv"), extra=[
        {"doc_id": "d1", "predicate": predicate, "subject": subject, "object": office, "evidence": texts[0]}])
    gold = []
    if tuning:
        path = tmp_path / "tune.jsonl"
        path.write_text("\n".join([json.dumps({"aliases": {}})] + [
            json.dumps({"id": f"g{n}", "text": t, "published": "2024-05-01", "facts": facts, "entities": entities})
            for n, (t, facts, entities) in enumerate(tuning, 1)]) + "\n", encoding="utf-8")
        gold = [path]
    report = learn(out, gold=gold, models=models, pool=[])
    got = {"accepted": [c.summary for c in report.accepted], "refused": [c.summary for c, _ in report.refused],
           "skipped": report.skipped}
    assert any(says in line for line in got[outcome]), report.format()
    if outcome == "accepted":  # written as data beside the hand-written roles, and the rerun finds the fact
        (record,) = [json.loads(line) for line in (models / L.ROLES_FILE).read_text(encoding="utf-8").splitlines()]
        assert {k: record[k] for k in ("role", "nouns", "taught_by")} == {
            "role": "role.mayor", "nouns": ["burgomaster"], "taught_by": ["facts.csv:2 (d1 added)"]}
        assert ("d1", *added) in _facts(run([_jsonl(tmp_path / "again.jsonl", "d", texts)], tmp_path / "run2", models))
    else:
        assert not (models / L.ROLES_FILE).is_file()


@pytest.mark.parametrize("records, line, message", [
    ([{"id": "r1", "role": "role.no_such", "nouns": ["x"]}], 1, "role 'role.no_such' is not a role of"),
    ([{"id": "r1", "role": "role.mayor", "nouns": []}], 1, "'nouns' must be a list of non-empty strings"),
    ([{"id": "r1", "role": "role.governor", "nouns": ["Mayor"]}], 1, "'mayor' already names role.mayor"),
    ([{"id": "r1", "role": "role.mayor", "nouns": ["reeve"]}, {"id": "r2", "role": "role.governor", "nouns": ["reeve"]}],
     2, "'reeve' already names role.mayor"),
    ([{"id": "r1", "role": "role.mayor", "nouns": ["reeve"], "words": ["x"]}], 1, "unknown field(s) ['words']"),
    ([{"id": "r1", "role": "role.mayor", "nouns": ["reeve"]}, {"id": "r1", "role": "role.mayor", "nouns": ["alcalde"]}],
     2, "duplicate id 'r1'"),
    (["not an object"], 1, "a learned role must be a JSON object"),
])
def test_learn_learned_roles_are_validated_with_file_and_line(tmp_path, records, line, message):
    from pipeline.nlp.resources import load_roles, with_learned_roles

    path = tmp_path / "roles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(DataError) as e:
        with_learned_roles(load_roles(MODELS / "lexicons" / "roles.jsonl"), path)
    assert f"{path}:{line}" in str(e.value) and message in str(e.value)


@pytest.mark.parametrize("records, role, has", [
    ([{"id": "r1", "role": "role.mayor", "nouns": ["Reeve", "alcalde"]}], "role.mayor", ("reeve", "alcalde")),
    ([], "role.mayor", ()),
])
def test_learn_learned_roles_add_nouns_to_their_role(tmp_path, records, role, has):
    from pipeline.nlp.resources import load_roles, with_learned_roles

    path = tmp_path / "roles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    base = {r.id: r for r in load_roles(MODELS / "lexicons" / "roles.jsonl")}
    got = {r.id: r for r in with_learned_roles(list(base.values()), path)}
    assert got[role].nouns == base[role].nouns + has
    assert all(got[k] == base[k] for k in base if k != role)


@pytest.mark.parametrize("name, roles", [
    ("Mayor of Springfield", ["role.mayor"]),
    ("Leader of the Opposition", ["role.opposition_leader", "role.party_leader"]),  # the most specific first
    ("Member of the Springfield City Council", ["role.city_council_member", "role.legislature_member"]),
    ("Grand Wizard of the Velmarian Order", []),
    ("Pope", ["role.pope"]),  # a bare office
    ("Mayor-in-chief", []),
])
def test_learn_office_roles_reads_the_role_from_an_office_name(name, roles):
    from pipeline.nlp.resources import load_roles
    from pipeline.tools.learning.missed import office_roles

    assert [r.id for r in office_roles(load_roles(MODELS / "lexicons" / "roles.jsonl"), name)] == roles


@pytest.mark.parametrize("text, office, expected", [
    # no name, date or figure; no role's form or fact trigger inside; words shared with the office first
    ("Springfield burgomaster Cy Park was arrested on Monday.", "Mayor of Springfield",
     ["burgomaster", "arrested"]),  # "Monday" is a date
    ("Ana Ruiz, the Velmarian opposition chief, was elected to elect the president.", "Leader of the Opposition",
     ["velmarian opposition", "velmarian opposition chief", "opposition", "opposition chief", "velmarian", "chief"]),
])
def test_learn_role_candidates_rank_the_words_that_may_name_an_office(text, office, expected):
    from pipeline.tools.learning.missed import role_candidates

    nlp = pipeline.load(MODELS)
    doc = nlp(text)
    sent = next(doc.sents)
    args = [m for m in doc.spans[L.MENTIONS] if m.label_ == "PERSON"]
    taken = frozenset({"president", "elected", "elect", "mayor", "leader"})
    got = role_candidates(doc, sent, office, args, taken)
    assert got[:len(expected)] == expected, got


# --------------------------------------------------------------------------- what a learned word may be

#: (sentence, word, rule, why the word is no trigger of that rule: "" when it may be one). Invented sentences; the
#: word's part of speech is the parser's in that sentence, the rule's class that of its own trigger words.
TRIGGER_WORD_CASES = [
    ("Ana Ruiz thrashed Ivan Petrov in the Velmarian mayoral election.", "thrashed", "defeated.verb", ""),
    ("The landslide for Ana Ruiz surprised the Velmarian press.", "landslide", "won.victory_of", ""),
    ("Ana Ruiz became the first female mayor of Ostrava.", "female", "won.verb", "an adjective"),
    ("Ana Ruiz narrowly kept the mayoralty of Ostrava.", "narrowly", "won.verb", "an adverb"),
    ("Ana Ruiz took twelve of the council seats in Ostrava.", "twelve", "won.verb", "a number"),
    ("Ana Ruiz was among the winners in Ostrava.", "among", "won.verb", "a function word"),
    ("Ana Ruiz of the Velmarian Unity Party beat Ivan Petrov.", "Unity", "defeated.verb", "a word of the story's names"),
    ("Ana Ruiz's landslide over Ivan Petrov stunned Ostrava.", "landslide", "defeated.verb",
     "a noun, while rule defeated.verb is a rule of verbs"),
    ("Ana Ruiz thrashed Ivan Petrov in Ostrava.", "thrashed", "won.victory_of",
     "a verb, while rule won.victory_of is a rule of nouns"),
    ("Ana Ruiz stood against Ivan Petrov in Ostrava.", "against", "candidate.pits", "a function word"),
    ("Ana Ruiz won the runoff in Ostrava.", "runoff", "won.victory_of", "another kind of fact"),
    # the tagger reads "female" as a noun here; its dependency says it modifies "President"
    ("Velmaria inaugurates Ana Ruiz as its first female elected President.", "female", "won.after_winning",
     "a modifier of another word"),
]


@pytest.fixture(scope="module")
def project_nlp():
    return pipeline.load(MODELS)


@pytest.mark.parametrize("text, word, rule, problem", TRIGGER_WORD_CASES)
def test_learn_a_learned_trigger_is_a_word_that_can_name_the_rules_event(project_nlp, text, word, rule, problem):
    from pipeline.tools.learning.missed import rule_classes, story_words, trigger_problem

    engine = project_nlp.get_pipe("newsfacts_facts")
    doc = project_nlp(text)
    (token,) = [t for t in doc if t.text == word]
    parsed = engine.syntax.parse(token.sent)
    classes = rule_classes(project_nlp, engine.syntax, engine.by_id[rule].words)
    others = {w: r.id for r in sorted(engine.rules, key=lambda r: r.id, reverse=True)
              if r.predicate != engine.by_id[rule].predicate for w in r.words if " " not in w}
    tagged = parsed[token.i - token.sent.start]
    got = trigger_problem(token, tagged.pos_, classes, story_words(doc), f"rule {rule}", others, tagged.dep_)
    assert got == problem if not problem else problem in got, got


#: Invented mini-corpora for a new trigger word's specificity: election documents (text, their gold facts'
#: predicates) and off-topic ones.
_ELECTION = [
    ("Ana Ruiz thrashed Ivan Petrov in the Velmarian mayoral election.", {"won", "defeated"}),
    ("Ana Ruiz wins the Ostravan mayoral election; her rivals called it fair.", {"won"}),
    ("The Velmarian premier calls a snap election for May.", {"election"}),
    ("The Ostravan opposition calls for new elections.", {"election"}),
    ("Protesters call for a recount in Velmaria.", {"requested_recount"}),
    ("Ivan Petrov is named interim mayor of Ostrava.", {"holds_office"}),
]
_OFF_TOPIC = [
    "Oskar Lind is named coach of the year.", "A comet named Vela is seen over Ostrava.",
    "The museum names a hall after Marta Quill.", "The Ostrava Stars thrashed the Velmar Lions.",
    "A storm called Ada hits the coast.",
]


@pytest.mark.parametrize("word, predicate, problem", [
    # rare everywhere, or only in election news: a trigger may be learned
    ("thrashed", "defeated", ""),
    ("thrashing", "won", ""),  # one off-topic document: too few to tell (MIN_OFFTOPIC_DOCS)
    ("routed", "won", ""),  # in no document at all
    # as common outside elections as in them, in any inflection ("named", "names"): refused, both rates named
    ("named", "won", "its family 'nam' is in 60.0% of off-topic documents (3/5) and only 16.7% of election "
                     "documents (1/6)"),
    ("names", "holds_office", "off-topic documents (3/5)"),
    # common in election news ("calls a snap election"), but less in a win's stories than in the others
    ("called", "won", "its family 'call' is in 75.0% of election documents without one (3/4) and only 50.0% of "
                      "election documents with a won fact (1/2)"),
    ("calls", "election", ""),  # the stories of elections are where it is typical
])
def test_learn_a_new_trigger_must_be_typical_of_its_stories(word, predicate, problem):
    from pipeline.tools.learning.missed import TriggerSpecificity

    got = TriggerSpecificity(_ELECTION, _OFF_TOPIC).problem(word, predicate)
    assert got == problem if not problem else problem in got, got


@pytest.mark.parametrize("election, off_topic, word, refused", [
    ([], _OFF_TOPIC, "named", False),  # no election texts: nothing to tell by
    (_ELECTION, [], "named", False),  # no off-topic texts: only the predicate's contrast, where 'named' is rare
    (_ELECTION, [], "called", True),
])
def test_learn_trigger_specificity_needs_both_sides_of_a_contrast(election, off_topic, word, refused):
    from pipeline.tools.learning.missed import TriggerSpecificity

    assert bool(TriggerSpecificity(election, off_topic).problem(word, "won")) is refused


def test_learn_trigger_specificity_reads_the_gate_gold_by_its_header(tmp_path):
    from pipeline.tools.learn import trigger_specificity

    election = _tuning_gold(tmp_path / "tune.jsonl", [(t, [{"predicate": p} for p in sorted(ps)]) for t, ps in _ELECTION])
    off = tmp_path / "off.jsonl"
    off.write_text("\n".join([json.dumps({"aliases": {}, "off_topic": True})] + [
        json.dumps({"id": f"o{n}", "text": t, "published": "2024-05-01", "facts": []}) for n, t in enumerate(_OFF_TOPIC)])
        + "\n", encoding="utf-8")
    spec = trigger_specificity([election, off])
    assert (spec.election.docs, spec.off_topic.docs) == (len(_ELECTION), len(_OFF_TOPIC))
    assert "off-topic documents (3/5)" in spec.problem("named", "won")
    assert trigger_specificity([off]) is None  # no election texts: no check


@pytest.mark.parametrize("noun, role, taken, problem", [
    ("burgomaster", "role.mayor", {"mayor": "role.mayor", "governor": "role.governor"}, ""),
    ("Governor", "role.mayor", {"governor": "role.governor"}, "'Governor' already names role.governor"),
    ("governor", "role.governor", {"governor": "role.governor"}, ""),  # its own role's form: no conflict
    ("burgomasters", "role.governor", {"burgomaster": "role.mayor"},
     "'burgomasters' already names role.mayor (as 'burgomaster')"),  # taught this round, in the singular
    ("reeve", "role.governor", {"reeves": "role.mayor"}, "'reeve' already names role.mayor (as 'reeves')"),
])
def test_learn_a_role_noun_of_another_role_is_refused_at_learn_time(noun, role, taken, problem):
    from pipeline.tools.learning.missed import role_noun_conflict

    assert role_noun_conflict(noun, role, taken) == problem


@pytest.mark.parametrize("text, office, expected, never", [
    ("Springfield burgomaster Cy Park was arrested on Monday.", "Mayor of Springfield", ["burgomaster"], ["arrested"]),
    ("Ana Ruiz, the Velmarian opposition chief, was elected to elect the president.", "Leader of the Opposition",
     ["velmarian opposition", "velmarian opposition chief", "opposition"], ["velmarian", "elected"]),
])
def test_learn_role_candidates_are_nouns_by_the_parser(project_nlp, text, office, expected, never):
    from pipeline.tools.learning.missed import role_candidates

    engine = project_nlp.get_pipe("newsfacts_facts")
    doc = project_nlp(text)
    sent = next(doc.sents)
    parsed = engine.syntax.parse(sent)
    args = [m for m in doc.spans[L.MENTIONS] if m.label_ == "PERSON"]
    got = role_candidates(doc, sent, office, args, frozenset({"president", "elect", "mayor", "leader"}),
                          lambda t: parsed[t.i - sent.start].pos_)
    assert got[:len(expected)] == expected and not set(never) & set(got), got


CUT_NAME = "Mesa Elias Ruiz is elected Mayor of Springfield."


@pytest.mark.slow
@pytest.mark.parametrize("mark_wrong", [True, False], ids=["its-fact-marked-wrong", "its-fact-unmarked"])
def test_learn_added_fact_whose_argument_the_run_cut_short_teaches_the_mention(tmp_path, mark_wrong):
    """The run takes "Elias Ruiz" of "Mesa Elias Ruiz" (a place's name before it): the added fact's phrasing has a
    rule already, so its lesson is the whole name as a mention, and the run's fact on the part is wrong by that
    mention alone, never by its phrasing (no exception for 'is elected')."""
    models = models_copy(tmp_path)
    out = run([_jsonl(tmp_path / "reviewed.jsonl", "d", [CUT_NAME])], tmp_path / "run", models)
    table = rows(out / "facts.csv")
    assert [(r["subject"], r["verdict"]) for r in table] == [("Elias Ruiz", "")]
    for r in table:
        r["verdict"] = "wrong" if mark_wrong else "ok"
    write_rows(out / "facts.csv", table, extra=[{"doc_id": "d1", "predicate": "won", "subject": "Mesa Elias Ruiz",
                                                  "object": "Mayor of Springfield", "evidence": CUT_NAME}])
    report = learn(out, gold=[], models=models, pool=[])
    assert [c.summary for c in report.accepted] == [
        "correction in d1 only: PERSON 'Mesa Elias Ruiz' is 'Mesa Elias Ruiz' (person:mesa-elias-ruiz)"], report.format()
    assert any("its PERSON 'Mesa Elias Ruiz' is a missed mention (the run took 'Elias Ruiz')" in n
               for n in report.notices), report.format()
    assert any("wrong by its subject only" in s for s in report.skipped) == mark_wrong, report.format()
    assert ("d1", "won", "Mesa Elias Ruiz", "Mayor of Springfield") in _facts(
        run([_jsonl(tmp_path / "again.jsonl", "d", [CUT_NAME])], tmp_path / "run2", models))


@pytest.mark.slow
def test_learn_a_role_noun_taught_twice_for_two_roles_is_refused_at_learn_time(tmp_path):
    """Two rows teach "burgomaster" for two roles: the first is learned, the second refused with a message before
    the gate (never left for the loader to reject)."""
    texts = [BURGOMASTER, "Velmaria burgomaster Ed Wu was arrested on Monday, police said."]
    models = models_copy(tmp_path)
    out = run([_jsonl(tmp_path / "reviewed.jsonl", "d", texts)], tmp_path / "run", models)
    write_rows(out / "facts.csv", rows(out / "facts.csv"), extra=[
        {"doc_id": "d1", "predicate": "holds_office", "subject": "Cy Park", "object": "Mayor of Springfield",
         "evidence": texts[0]},
        {"doc_id": "d2", "predicate": "holds_office", "subject": "Ed Wu", "object": "Governor of Velmaria",
         "evidence": texts[1]}])
    report = learn(out, gold=[], models=models, pool=[], dry_run=True)
    assert [c.summary for c in report.accepted] == [
        "role noun 'burgomaster' for role.mayor (names 'Mayor of Springfield' here)"], report.format()
    assert any(s.startswith("facts.csv:3 (d2 added)") and "refused: 'burgomaster' already names role.mayor" in s
               for s in report.skipped), report.format()
    assert not report.rejected, report.format()


#: Sentences with their fact's arguments, and the words that join them in the parse: the only words a
#: missed fact may teach as a trigger (missed.argument_path). Clear cases of the project's small parser.
PATH_CASES = [
    pytest.param("Ana Ruiz thrashed Ivan Petrov in the mayoral election.", ["Ana Ruiz", "Ivan Petrov"],
                 {"thrashed"}, id="the-verb-between-subject-and-object"),
    pytest.param("Ivan Petrov quits the race after announcing his candidacy, and instead endorses Ana Ruiz.",
                 ["Ivan Petrov", "Ana Ruiz"], {"quits", "endorses"},
                 id="coordinated-verbs-join-a-subject-and-a-later-object-the-noun-aside-does-not"),
    pytest.param("Springfield mayor Ana Ruiz is convicted of fraud.", ["mayor", "Ana Ruiz"], set(),
                 id="a-title-before-a-name-has-no-word-between"),
    pytest.param("Ana Ruiz triumphs in Springfield.", ["Ana Ruiz"], {"triumphs"},
                 id="one-argument-its-governing-verb"),
]


#: The words that directly govern an argument (missed.argument_heads): a learned trigger must be one.
HEAD_CASES = [
    pytest.param("Ana Ruiz thrashed Ivan Petrov in the mayoral election.", ["Ana Ruiz", "Ivan Petrov"],
                 {"thrashed"}, id="subject-and-object-of-one-verb"),
    pytest.param("The campaign of Ana Ruiz called the recount a scam.", ["Ana Ruiz"], {"campaign"},
                 id="a-verb-whose-subject-the-argument-only-modifies-governs-nothing"),
]


@pytest.mark.parametrize("sentence, names, expected", HEAD_CASES)
def test_argument_heads_are_the_words_that_govern_an_argument(nlp, sentence, names, expected):
    from pipeline.tools.learning.missed import argument_heads

    engine = nlp.get_pipe("newsfacts_facts")
    doc = nlp.make_doc(sentence)
    parsed = engine.syntax.parse(doc[:])
    args = [(doc.char_span(sentence.index(n), sentence.index(n) + len(n)).start,
             doc.char_span(sentence.index(n), sentence.index(n) + len(n)).end) for n in names]
    assert {parsed[i].text for i in argument_heads(parsed, args)} == expected


@pytest.mark.parametrize("sentence, names, expected", PATH_CASES)
def test_argument_path_holds_the_words_that_join_the_arguments(nlp, sentence, names, expected):
    from pipeline.tools.learning.missed import argument_path

    engine = nlp.get_pipe("newsfacts_facts")
    doc = nlp.make_doc(sentence)
    parsed = engine.syntax.parse(doc[:])
    args = []
    for name in names:
        start = sentence.index(name)
        span = doc.char_span(start, start + len(name))
        args.append((span.start, span.end))
    assert {parsed[i].text for i in argument_path(parsed, args)} == expected


# --------------------------------------------------------------------------- a missed office the reviewer added

BURGOMASTER_OPENS = "Springfield burgomaster Cy Park opened the new bridge on Monday, officials said."
ARCHWIZARD_OPENS = "Velmar archwizard Cy Park opened the new bridge on Monday, officials said."
#: An OFFICE mention the reviewer added (the text, the correction cell), and what learn makes of it: the office in
#: its document only, or - marked general - another noun of the role whose offices are named so.
MISSED_OFFICE_CASES = [
    pytest.param(BURGOMASTER_OPENS, "Springfield burgomaster", "Mayor of Springfield",
                 "correction in d1 only: OFFICE 'Springfield burgomaster' is 'Mayor of Springfield'", None,
                 id="scoped-to-its-document"),
    pytest.param(BURGOMASTER_OPENS, "Springfield burgomaster", "general: Mayor of Springfield",
                 "role noun 'burgomaster' for role.mayor (names 'Mayor of Springfield' here)", "role.mayor",
                 id="general-a-noun-of-a-known-role"),
    pytest.param(ARCHWIZARD_OPENS, "Velmar archwizard", "general: Grand Wizard of Velmar",
                 "correction in d1 only: OFFICE 'Velmar archwizard' is 'Grand Wizard of Velmar' (office:grand-wizard-"
                 "of-velmar) (general refused: no word of it, as another noun of no known role",
                 None, id="general-refused-no-role-names-it"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, span, correction, says, role", MISSED_OFFICE_CASES)
def test_learn_missed_office_mention(tmp_path, text, span, correction, says, role):
    models = models_copy(tmp_path)
    out = run([_jsonl(tmp_path / "reviewed.jsonl", "d", [text])], tmp_path / "run", models)
    assert not any(r["label"] == "OFFICE" for r in rows(out / "mentions.csv"))  # the run misses it
    start = text.index(span)
    review(out, added=[{"doc_id": "d1", "label": "OFFICE", "text": span, "start": start, "end": start + len(span),
                        "correction": correction}])
    report = learn(out, gold=[], models=models, pool=[])
    assert any(says in c.summary for c in report.accepted), report.format()
    name = correction.removeprefix("general: ")
    again = run([_jsonl(tmp_path / "again.jsonl", "d", [text])], tmp_path / "run2", models)
    offices = {(r["text"], r["entity"]) for r in rows(again / "mentions.csv") if r["label"] == "OFFICE"}
    assert any(entity == name and text_ in span for text_, entity in offices), offices
    assert ("d1", "holds_office", "Cy Park", name) in _facts(again)
    if role is None:
        assert not (models / L.ROLES_FILE).is_file()
    else:
        (record,) = [json.loads(line) for line in (models / L.ROLES_FILE).read_text(encoding="utf-8").splitlines()]
        assert record["role"] == role
        other = run([_jsonl(tmp_path / "other.jsonl", "o", [text.replace("Cy Park", "Ed Wu")])], tmp_path / "run3",
                    models)  # a noun of the role: the office in another document too
        assert ("o1", "holds_office", "Ed Wu", name) in _facts(other)


THRASHED_LOWER = "In the Velmarian mayoral election on Sunday, Ana Ruiz thrashed zed quorn by a wide margin."
#: A missed fact whose argument the run has no mention of, added by the reviewer with m in the same round: learn
#: teaches the fact on the document with that mention (the rerun has it), not in a later round.
ADDED_MENTION_CASES = [
    pytest.param(ARCHWIZARD_OPENS, "Velmar archwizard", "OFFICE", "Grand Wizard of Velmar",
                 ("holds_office", "Cy Park", "Grand Wizard of Velmar"), "the run finds this holds_office now", None,
                 id="the-mention-alone-lets-the-run-find-the-fact"),
    pytest.param(THRASHED_LOWER, "zed quorn", "PERSON", "Zed Quorn", ("defeated", "Ana Ruiz", "Zed Quorn"), "",
                 "rule learned.defeated.verb.thrashed: a new trigger 'thrashed' for rule defeated.verb",
                 id="a-trigger-learned-on-the-added-mention"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, span, label, name, fact, skipped, accepted", ADDED_MENTION_CASES)
def test_learn_missed_fact_on_an_added_mention_is_taught_with_it(tmp_path, text, span, label, name, fact, skipped,
                                                                 accepted):
    models = models_copy(tmp_path)
    out = run([_jsonl(tmp_path / "reviewed.jsonl", "d", [text])], tmp_path / "run", models)
    assert not any(r["text"] == span for r in rows(out / "mentions.csv"))  # the run misses the argument
    start = text.index(span)
    review(out, added=[{"doc_id": "d1", "label": label, "text": span, "start": start, "end": start + len(span),
                        "correction": name}])
    predicate, subject, obj = fact
    write_rows(out / "facts.csv", rows(out / "facts.csv"), extra=[
        {"doc_id": "d1", "predicate": predicate, "subject": subject, "object": obj, "evidence": text}])
    report = learn(out, gold=[], models=models, pool=[])
    assert any("taught on its document with the mention(s) mentions.csv:" in n for n in report.notices), report.format()
    if skipped:
        assert any(skipped in s for s in report.skipped), report.format()
        assert not (models / L.RULES_FILE).is_file()
    else:
        assert any(c.summary.startswith(accepted) for c in report.accepted), report.format()
    again = run([_jsonl(tmp_path / "again.jsonl", "d", [text])], tmp_path / "run2", models)
    assert ("d1", *(v.lower() for v in fact)) in {tuple(v.lower() for v in f) for f in _facts(again)}
