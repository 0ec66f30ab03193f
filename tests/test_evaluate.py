"""pipeline.tools.evaluate: the same tallies as ../shared/eval/score.py, on real runs and on small tables."""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest
from conftest import ROOT, gold_input, shared_file

import pipeline
from pipeline.errors import UsageError
from pipeline.tools.evaluate import (compare, evaluate, format_categories, format_comparison, format_interval,
                                      format_table, interval)
from pipeline.io.tables import FACT_COLUMNS, MENTION_COLUMNS

SEED_TEXT = ROOT / "corpus" / "000_4311ab4fe2abe36b.txt"
DEV_GOLD = ROOT / "tests" / "gold" / "dev_gold.jsonl"
AREAS = ("PERSON", "OFFICE", "GPE", "ORG", "dates", "figures", "facts", "entities")


@pytest.fixture(scope="module")
def score():
    """The shared scorer, imported from its file (skips when ../shared is absent)."""
    path = shared_file("eval/score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tallies_of_report(report) -> dict[str, tuple[int, int, int]]:
    return {a: (report.tallies[a].tp, report.tallies[a].fp, report.tallies[a].fn) for a in AREAS}


def tallies_of_score(score_module, gold: Path, out: Path) -> dict[str, tuple[int, int, int]]:
    tallies, _ = score_module.score(str(gold), str(out))
    return {a: (tallies[a].tp, tallies[a].fp, tallies[a].fn) for a in AREAS}


# -- real runs ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dev_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dev_run")
    pipeline.run([gold_input(DEV_GOLD, folder / "dev.jsonl")], folder / "out")
    return folder / "out"


@pytest.mark.slow
@pytest.mark.parametrize("gold, run", [("eval/seed_gold.jsonl", "seed_run"), ("dev", "dev_run")])
def test_evaluate_agrees_with_score_on_real_run(score, request, gold, run):
    gold_path = DEV_GOLD if gold == "dev" else shared_file(gold)
    out = request.getfixturevalue(run)
    assert tallies_of_report(evaluate(gold_path, out)) == tallies_of_score(score, gold_path, out)


@pytest.mark.slow
@pytest.mark.parametrize("gold, run", [("eval/seed_gold.jsonl", "seed_run"), ("dev", "dev_run")])
def test_evaluate_misses_agree_with_score(score, request, gold, run):
    gold_path = DEV_GOLD if gold == "dev" else shared_file(gold)
    out = request.getfixturevalue(run)
    assert evaluate(gold_path, out).misses == score.score(str(gold_path), str(out))[1]


@pytest.mark.slow
def test_evaluate_dev_run_is_scored(dev_run):
    """A guard for the test above: the dev run has something to agree on."""
    assert sum(sum(t) for t in tallies_of_report(evaluate(DEV_GOLD, dev_run)).values()) > 0


# -- small synthetic tables ---------------------------------------------------------------------------------

ALIASES = {"Mayor of Atlanta": ["Atlanta Mayor", "Mayor (Atlanta)"]}


def fact(**fields) -> dict:
    return {"doc_id": "d1", **fields}


def mention(label, text, entity="", value="", unit="", sentence="1") -> dict:
    return {"doc_id": "d1", "label": label, "text": text, "entity": entity, "value": value, "unit": unit,
            "sentence": sentence}


def write_case(folder: Path, gold_doc: dict, mentions: list[dict], facts: list[dict]) -> Path:
    """A gold file and a run folder, written the way the pipeline writes them (unguarded cells given as-is)."""
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({"aliases": ALIASES}) + "\n" + json.dumps({"id": "d1", **gold_doc}) + "\n",
                    encoding="utf-8")
    for name, columns, rows in (("mentions", MENTION_COLUMNS, mentions), ("facts", FACT_COLUMNS, facts)):
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, columns, restval="", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    return gold


WON = fact(predicate="won", subject="Kasim Reed", object="Mayor of Atlanta", value="714", unit="votes",
           polarity="positive")

CASES = {
    # wildcards: gold fields left out match anything
    "wildcard_object_and_value": ({"facts": [{"predicate": "won", "subject": "Kasim Reed"}]}, [], [WON], "facts", (1, 0, 0)),
    "wildcard_still_checks_given": ({"facts": [{"predicate": "won", "subject": "Kasim Reed", "value": 700}]}, [], [WON],
                                    "facts", (0, 1, 1)),
    "wrong_predicate": ({"facts": [{"predicate": "defeated", "subject": "Kasim Reed"}]}, [], [WON], "facts", (0, 1, 1)),
    "alias_of_gold_name": ({"facts": [{"predicate": "won", "object": "Mayor of Atlanta"}]}, [],
                           [fact(predicate="won", subject="Kasim Reed", object="Atlanta mayor")], "facts", (1, 0, 0)),
    "value_as_number": ({"facts": [{"predicate": "ballots_cast", "value": 84383}]}, [],
                        [fact(predicate="ballots_cast", value="84,383.0", unit="ballots")], "facts", (1, 0, 0)),
    "duplicates_count_once": ({"facts": []}, [], [WON, WON], "facts", (0, 1, 0)),
    # optional gold facts: never missed, never spurious
    "optional_found": ({"facts": [{"predicate": "candidate", "required": False, "subject": "Kasim Reed"}]}, [],
                       [fact(predicate="candidate", subject="Kasim Reed", object="Mayor of Atlanta")], "facts", (0, 0, 0)),
    "optional_absent": ({"facts": [{"predicate": "candidate", "required": False, "subject": "Kasim Reed"}]}, [], [],
                        "facts", (0, 0, 0)),
    # symmetric debate: either order
    "debate_reversed": ({"facts": [{"predicate": "debate", "subject": "Kasim Reed", "object": "Mary Norwood"}]}, [],
                        [fact(predicate="debate", subject="Mary Norwood", object="Kasim Reed")], "facts", (1, 0, 0)),
    "debate_one_side_given": ({"facts": [{"predicate": "debate", "subject": "Mary Norwood"}]}, [],
                              [fact(predicate="debate", subject="Kasim Reed", object="Mary Norwood")], "facts", (1, 0, 0)),
    "debate_other_person": ({"facts": [{"predicate": "debate", "subject": "Kasim Reed", "object": "Lisa Borders"}]}, [],
                            [fact(predicate="debate", subject="Mary Norwood", object="Kasim Reed")], "facts", (0, 1, 1)),
    # the spreadsheet guard: one leading apostrophe before = + - @ is removed, others are kept
    "guard_removed_in_fact": ({"facts": [{"predicate": "election", "kind": "=runoff"}]}, [],
                              [fact(predicate="election", kind="'=runoff")], "facts", (1, 0, 0)),
    "apostrophe_kept_otherwise": ({"facts": [{"predicate": "election", "kind": "runoff"}]}, [],
                                  [fact(predicate="election", kind="'runoff")], "facts", (0, 1, 1)),
    "guard_removed_in_figure": ({"figures": [{"text": "-5 votes", "value": -5, "unit": "votes"}]},
                                [mention("VOTES", "'-5 votes", value="'-5", unit="votes")], [], "figures", (1, 0, 0)),
    # entities: canonical name, else the text; labels absent from the gold are not scored
    "entity_by_name": ({"entities": {"OFFICE": ["Mayor of Atlanta"]}},
                       [mention("OFFICE", "Atlanta mayoral", entity="Mayor of Atlanta")], [], "OFFICE", (1, 0, 0)),
    "entity_by_text": ({"entities": {"PERSON": ["Kasim Reed"]}}, [mention("PERSON", "Kasim Reed")], [], "PERSON",
                       (1, 0, 0)),
    "entity_label_not_scored": ({"entities": {"PERSON": []}}, [mention("GPE", "Atlanta", entity="Atlanta")], [], "GPE",
                                (0, 0, 0)),
    # dates and figures: optional values excused
    "date_optional_by_text": ({"dates": [{"text": "last week", "required": False}]},
                              [mention("DATE", "last week", value="2009-W48")], [], "dates", (0, 0, 0)),
    "date_required": ({"dates": [{"text": "Dec. 1", "value": "XXXX-12-01"}]},
                      [mention("DATE", "Dec. 1", value="XXXX-12-01"), mention("DATE", "Wednesday", value="XXXX-WXX-3")],
                      [], "dates", (1, 1, 0)),
    "figure_optional": ({"figures": [{"text": "75 votes", "value": 75, "unit": "votes", "required": False}]},
                        [mention("VOTES", "75 votes", value="75", unit="votes")], [], "figures", (0, 0, 0)),
    "figure_unit_differs": ({"figures": [{"text": "714 votes", "value": 714, "unit": "votes"}]},
                            [mention("VOTES", "714 ballots", value="714", unit="ballots")], [], "figures", (0, 1, 1)),
}


@pytest.mark.parametrize("gold_doc, mentions, facts, area, expected", list(CASES.values()), ids=list(CASES))
def test_evaluate_synthetic_tally(tmp_path, gold_doc, mentions, facts, area, expected):
    gold = write_case(tmp_path, gold_doc, mentions, facts)
    report = evaluate(gold, tmp_path)
    t = report.tallies[area]
    assert (t.tp, t.fp, t.fn) == expected


@pytest.mark.parametrize("gold_doc, mentions, facts, area, expected", list(CASES.values()), ids=list(CASES))
def test_evaluate_synthetic_agrees_with_score(score, tmp_path, gold_doc, mentions, facts, area, expected):
    gold = write_case(tmp_path, gold_doc, mentions, facts)
    assert tallies_of_report(evaluate(gold, tmp_path)) == tallies_of_score(score, gold, tmp_path)


def write_off_topic(folder: Path, facts: list[dict], documents: int = 4) -> Path:
    """An off-topic gold of ``documents`` items (no election fact is right) and a run with ``facts``."""
    write_case(folder, {}, [], facts)
    gold = folder / "off_topic.jsonl"
    lines = [json.dumps({"aliases": {}, "off_topic": True})]
    lines += [json.dumps({"id": f"d{i}", "text": "…", "facts": []}) for i in range(1, documents + 1)]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


@pytest.mark.parametrize(
    "facts, rate, spurious",
    [
        ([], 0.0, 0),
        # holds_office may come from any news ("President X visits a flood zone")
        ([fact(predicate="holds_office", subject="Ana Ruiz", object="President of Chile")], 0.0, 0),
        ([fact(predicate="won", subject="Tom Brandt"), fact(doc_id="d2", predicate="defeated", subject="A", object="B")],
         50.0, 2),
        # a fact of a document outside the gold is not counted
        ([fact(doc_id="d9", predicate="won", subject="Tom Brandt")], 0.0, 0),
    ],
)
def test_evaluate_off_topic_counts_election_facts_per_100_documents(tmp_path, facts, rate, spurious):
    report = evaluate(write_off_topic(tmp_path, facts), tmp_path)
    assert report.off_topic and report.documents == 4
    assert report.election_facts_per_100() == rate
    assert report.tallies["facts"].fp == spurious
    assert f"election facts per 100 documents: {rate:.2f}" in format_table(report)


def write_some_predicates(folder: Path, predicates, gold_facts: list[dict], facts: list[dict]) -> Path:
    """A gold that annotates only ``predicates`` (its header says so) and a run with ``facts``."""
    write_case(folder, {}, [], facts)
    gold = folder / "some.jsonl"
    lines = [json.dumps({"aliases": {}, "predicates": predicates}), json.dumps({"id": "d1", "facts": gold_facts})]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


CANDIDATE = fact(predicate="candidate", subject="Ana Ruiz", object="Mayor of Lyon")


@pytest.mark.parametrize("predicates, facts, expected", [
    # a fact of a predicate the gold does not annotate is neither right nor spurious
    (["won"], [WON, CANDIDATE], (1, 0, 0)),
    (["candidate"], [WON], (0, 0, 1)),
    (["won", "candidate"], [WON, CANDIDATE], (1, 1, 0)),
])
def test_evaluate_gold_of_some_predicates_scores_only_them(tmp_path, predicates, facts, expected):
    gold_facts = [{"predicate": p, "subject": "Kasim Reed"} for p in predicates if p == "won"] or \
        [{"predicate": "candidate", "subject": "Kasim Reed"}]
    report = evaluate(write_some_predicates(tmp_path, predicates, gold_facts, facts), tmp_path)
    t = report.tallies["facts"]
    assert (t.tp, t.fp, t.fn) == expected


@pytest.mark.parametrize("predicates", [[], "won", ["won", "wins"], [3]])
def test_evaluate_gold_header_predicates_are_checked(tmp_path, predicates):
    from pipeline.errors import UsageError

    with pytest.raises(UsageError, match=r"some\.jsonl:1: 'predicates' must list predicates"):
        evaluate(write_some_predicates(tmp_path, predicates, [], []), tmp_path)


#: Misses counted by kind (``--categories``, how the frozen split is read): gold document, run rows, the categories.
CATEGORY_CASES = {
    "one_field_wrong_is_that_fields_miss": (
        {"facts": [{"predicate": "won", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}]},
        [mention("PERSON", "Kasim Reed")], [fact(predicate="won", subject="Kasim Reed", object="Mayor of Decatur")],
        {"missed won: one field wrong (object)": 1}),
    "two_fields_wrong_is_a_miss_and_a_spurious_row": (
        {"facts": [{"predicate": "won", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}]},
        [mention("PERSON", "Kasim Reed"), mention("OFFICE", "mayor", entity="Mayor of Atlanta")],
        [fact(predicate="won", subject="Mary Norwood", object="Mayor of Decatur")],
        {"missed won: no row, arguments all mentioned, in one sentence": 1, "spurious won": 1}),
    "arguments_only_in_different_sentences": (
        {"facts": [{"predicate": "candidate", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}]},
        [mention("PERSON", "Kasim Reed", sentence="1"), mention("OFFICE", "mayor", entity="Mayor of Atlanta",
                                                                  sentence="2")], [],
        {"missed candidate: no row, arguments all mentioned, in different sentences": 1}),
    "one_sentence_with_both_among_others": (
        {"facts": [{"predicate": "candidate", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}]},
        [mention("PERSON", "Kasim Reed", sentence="1"), mention("PERSON", "Reed", entity="Kasim Reed", sentence="3"),
         mention("OFFICE", "mayor", entity="Mayor of Atlanta", sentence="2"),
         mention("OFFICE", "mayor", entity="Mayor of Atlanta", sentence="3")], [],
        {"missed candidate: no row, arguments all mentioned, in one sentence": 1}),
    "argument_not_mentioned": (
        {"facts": [{"predicate": "candidate", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}]},
        [mention("PERSON", "Kasim Reed")], [], {"missed candidate: no row, an argument not mentioned": 1}),
    "alias_counts_as_mentioned": (
        {"facts": [{"predicate": "election", "subject": "Mayor of Atlanta"}]},
        [mention("OFFICE", "Atlanta mayoral", entity="Atlanta Mayor")], [],
        {"missed election: no row, arguments all mentioned": 1}),
    "optional_gold_fact_is_no_miss": (
        {"facts": [{"predicate": "candidate", "subject": "Kasim Reed", "required": False}]}, [], [], {}),
    "right_row_is_no_miss": (
        {"facts": [{"predicate": "won", "subject": "Kasim Reed"}]}, [], [WON], {}),
    "office_by_its_role_words": (
        {"entities": {"OFFICE": ["Member of the Atlanta City Council", "Taoiseach"]}}, [], [],
        {"missed OFFICE (member of)": 1, "missed OFFICE (other)": 1}),
    "dates_by_shape_figures_by_unit": (
        {"dates": [{"text": "Dec. 1", "value": "2009-12-01"}], "figures": [{"text": "714 votes", "value": 714,
                                                                             "unit": "votes"}]},
        [mention("DATE", "2009", value="2009"), mention("PERCENT", "52%", value="52", unit="percent")], [],
        {"missed DATE day": 1, "spurious DATE year": 1, "missed figure (votes)": 1, "spurious figure (percent)": 1}),
}


@pytest.mark.parametrize("gold_doc, mentions, facts, expected", list(CATEGORY_CASES.values()), ids=list(CATEGORY_CASES))
def test_evaluate_counts_misses_by_kind(tmp_path, gold_doc, mentions, facts, expected):
    report = evaluate(write_case(tmp_path, gold_doc, mentions, facts), tmp_path)
    assert dict(report.categories) == expected


def test_evaluate_categories_show_no_document_name_or_text(tmp_path):
    """The categories of a run with every kind of miss name no document, person, place or office of the gold."""
    gold_doc = {"entities": {"PERSON": ["Kasim Reed"], "OFFICE": ["Mayor of Atlanta"], "GPE": ["Atlanta"]},
                "dates": [{"text": "Dec. 1", "value": "2009-12-01"}],
                "facts": [{"predicate": "won", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}]}
    run = [fact(predicate="won", subject="Mary Norwood", object="Mayor of Decatur", date="2009-12-01")]
    report = evaluate(write_case(tmp_path, gold_doc, [mention("GPE", "Decatur", entity="Decatur")], run), tmp_path)
    text = format_categories(report).lower()
    assert "missed won" in text and "missed PERSON".lower() in text
    for word in ("d1", "kasim", "reed", "atlanta", "norwood", "decatur", "dec. 1", "2009"):
        assert word not in text


# -- intervals over documents ---------------------------------------------------------------------------------

def write_documents(folder: Path, found: list[int], documents: int = 20) -> Path:
    """A gold of ``documents`` documents with one required `won` each, and a run in ``folder`` that finds it in the
    documents of ``found`` and writes one false `won` in each other document."""
    facts = [fact(doc_id=f"d{i}", predicate="won", subject=f"Ana Ruiz {i}" if i in found else "Ivo Petrov")
             for i in range(documents)]
    write_case(folder, {}, [], facts)
    gold = folder / "many.jsonl"
    lines = [json.dumps({"aliases": {}})]
    lines += [json.dumps({"id": f"d{i}", "facts": [{"predicate": "won", "subject": f"Ana Ruiz {i}"}]})
              for i in range(documents)]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


@pytest.mark.parametrize("found, expected", [
    (range(20), (1.0, 1.0)),  # every document right: no draw of them scores otherwise
    ([], (0.0, 0.0)),
    (range(10), (0.25, 0.75)),  # half of them: F1 0.5, and a draw of 20 moves it by about a quarter
])
def test_evaluate_interval_over_documents(tmp_path, found, expected):
    report = evaluate(write_documents(tmp_path, list(found)), tmp_path)
    assert [sum(d["facts"][k] for d in report.per_document) for k in range(3)] == \
        [report.tallies["facts"].tp, report.tallies["facts"].fp, report.tallies["facts"].fn]
    lo, hi = interval(report, "facts")
    assert lo <= report.f1("facts") <= hi
    assert (lo, hi) == pytest.approx(expected, abs=0.08)
    assert interval(report, "facts") == (lo, hi)  # a fixed seed: the same interval each time


def test_evaluate_per_document_counts_sum_to_every_area(tmp_path):
    gold = write_case(tmp_path, {"entities": {"PERSON": ["Kasim Reed", "Mary Norwood"]},
                                 "figures": [{"text": "714 votes", "value": 714, "unit": "votes"}],
                                 "facts": [{"predicate": "won", "subject": "Kasim Reed"}]},
                      [mention("PERSON", "Kasim Reed"), mention("GPE", "Atlanta", entity="Atlanta"),
                       mention("VOTES", "714 ballots", value="714", unit="ballots")], [WON])
    report = evaluate(gold, tmp_path)
    assert len(report.per_document) == 1
    for area in AREAS:
        t = report.tallies[area]
        assert report.per_document[0][area] == (t.tp, t.fp, t.fn), area


@pytest.mark.parametrize("better, base, significant", [
    (range(20), range(20), False),  # the same run: no difference
    (range(20), range(4), True),  # right in every document against right in a fifth: more than the draw
    (range(11), range(10), False),  # one document more: within the draw
])
def test_evaluate_compare_runs_paired_over_documents(tmp_path, better, base, significant):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    gold = write_documents(tmp_path / "a", list(better))
    write_documents(tmp_path / "b", list(base))
    report, other = evaluate(gold, tmp_path / "a"), evaluate(gold, tmp_path / "b")
    diff, lo, hi = compare(report, other, "facts")
    assert diff == pytest.approx(report.f1("facts") - other.f1("facts"))
    assert lo <= diff <= hi
    assert (lo > 0) == significant
    text = format_comparison(report, other, "B")
    assert text.splitlines()[0].startswith("against B (95% paired intervals over 20 documents)")
    assert any(line.split()[0] == "facts" and line.endswith(" *") == significant for line in text.splitlines()[1:])


def test_evaluate_compare_needs_the_same_documents(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    report = evaluate(write_documents(tmp_path / "a", [1], documents=20), tmp_path / "a")
    other = evaluate(write_documents(tmp_path / "b", [1], documents=10), tmp_path / "b")
    with pytest.raises(UsageError, match="same gold documents"):
        compare(report, other, "facts")
    # as many documents, other ids: another gold
    renamed = evaluate(write_documents(tmp_path / "b", [1], documents=20), tmp_path / "b")
    renamed.document_ids = [f"x{i}" for i in range(20)]
    with pytest.raises(UsageError, match="same gold documents"):
        compare(report, renamed, "facts")


def test_evaluate_format_interval_names_each_summary_area(tmp_path):
    report = evaluate(write_documents(tmp_path, list(range(10))), tmp_path)
    line = format_interval(report)
    assert line.startswith("95% intervals over 20 documents (2,000 resamples): ")
    assert [part.split("=")[0] for part in line.split(": ", 1)[1].split(" ") if "=" in part] == \
        ["entities", "dates", "figures", "facts"]
    assert "facts=0.500 [" in line


# -- a second annotation in place of a run: inter-annotator agreement ----------------------------------------

REED_WON = {"predicate": "won", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}
REED_RAN = {"predicate": "candidate", "subject": "Kasim Reed", "object": "Mayor of Atlanta"}
AGREEMENT = {
    # (first annotation's document, second annotation's, its own aliases, area, expected tp/fp/fn)
    "same_facts": ({"facts": [REED_WON]}, {"facts": [REED_WON]}, {}, "facts", (1, 0, 0)),
    "second_misses_a_fact": ({"facts": [REED_WON, REED_RAN]}, {"facts": [REED_WON]}, {}, "facts", (1, 0, 1)),
    "second_adds_a_fact": ({"facts": [REED_WON]}, {"facts": [REED_WON, REED_RAN]}, {}, "facts", (1, 1, 0)),
    # an optional row of the second annotation is no claim: it is neither found nor spurious
    "second_optional_is_no_claim": ({"facts": [REED_WON]}, {"facts": [REED_WON, {**REED_RAN, "required": False}]}, {},
                                    "facts", (1, 0, 0)),
    # ... and the first annotation's optional row is excused as a run's would be
    "first_optional_excused": ({"facts": [{**REED_RAN, "required": False}]}, {"facts": [REED_RAN]}, {}, "facts",
                               (0, 0, 0)),
    # each file's aliases count: the second spells the office its own way
    "second_spelling_by_its_aliases": ({"facts": [REED_WON]},
                                       {"facts": [{**REED_WON, "object": "Atlanta City Mayor"}]},
                                       {"Mayor of Atlanta": ["Atlanta City Mayor"]}, "facts", (1, 0, 0)),
    "unknown_spelling_differs": ({"facts": [REED_WON]}, {"facts": [{**REED_WON, "object": "Atlanta City Mayor"}]}, {},
                                 "facts", (0, 1, 1)),
    "entities": ({"entities": {"PERSON": ["Kasim Reed", "Mary Norwood"]}}, {"entities": {"PERSON": ["Kasim Reed"]}},
                 {}, "PERSON", (1, 0, 1)),
    "required_date_only": ({"dates": [{"text": "Dec. 1", "value": "2009-12-01"}]},
                           {"dates": [{"text": "Dec. 1", "value": "2009-12-01"},
                                      {"text": "last week", "value": "2009-W47", "required": False}]},
                           {}, "dates", (1, 0, 0)),
    "figure": ({"figures": [{"text": "714 votes", "value": 714, "unit": "votes"}]},
               {"figures": [{"text": "714 votes", "value": 714, "unit": "ballots"}]}, {}, "figures", (0, 1, 1)),
}


@pytest.mark.parametrize("first, second, aliases, area, expected", list(AGREEMENT.values()), ids=list(AGREEMENT))
def test_evaluate_second_annotation_as_run(tmp_path, first, second, aliases, area, expected):
    gold = write_case(tmp_path, first, [], [])
    other = tmp_path / "second.jsonl"
    other.write_text(json.dumps({"aliases": aliases}) + "\n" + json.dumps({"id": "d1", **second}) + "\n",
                     encoding="utf-8")
    t = evaluate(gold, other).tallies[area]
    assert (t.tp, t.fp, t.fn) == expected


def test_evaluate_second_annotation_scores_only_the_documents_both_annotate(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in (
        {"aliases": ALIASES}, {"id": "d1", "facts": [REED_WON]}, {"id": "d2", "facts": [REED_RAN]})) + "\n",
        encoding="utf-8")
    other = tmp_path / "second.jsonl"
    other.write_text(json.dumps({"id": "d1", "facts": [REED_WON]}) + "\n", encoding="utf-8")
    report = evaluate(gold, other)
    assert (report.documents, report.tallies["facts"].fn) == (1, 0)
