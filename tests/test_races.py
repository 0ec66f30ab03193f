"""Races: grouping facts of many documents into elections, precedence, conflicts, status, the rules
file, the seed race, the multi-document race gold, and the same bytes from every engine."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MODELS, ROOT, SHARED
from pipeline.errors import DataError
from pipeline.runner.races import load_rules, merge_partials, reduce_races, doc_partials, shard_partials
from pipeline.runner.rows import DocResult
from pipeline.io.tables import CANDIDATE_COLUMNS, FACT_COLUMNS, RACE_COLUMNS, DocumentRow, FactRow

RULES = load_rules(MODELS)
GOLD = ROOT / "tests" / "gold" / "races_gold.json"
GOLD_INPUT = ROOT / "tests" / "gold" / "races_gold_input.jsonl"
SEED = ROOT / "corpus" / "000_4311ab4fe2abe36b.txt"
RACE_SCORE = SHARED / "eval" / "race_score.py"
#: The multi-document race gold's floor: its score on the current rules (0.989, 86/87), less a margin. The
#: check it misses is a source with no fact of an office or a person (see tests/gold/README.md, "Race gold").
GOLD_FLOOR = 0.95

MAYOR = ("office:mayor-of-springfield", "Mayor of Springfield")
GOVERNOR = ("office:governor-of-utopia", "Governor of Utopia")
PEOPLE = {p: (f"person:{p.lower().replace(' ', '-')}", p) for p in
          ("Ann Lee", "Bo Diaz", "Cy Park", "Di Moss", "Ed Wu", "Union Board")}


def fact(predicate: str, subject: str = "", obj: str = "", office: tuple = ("", ""), *, value="", unit="",
         date="", kind="", polarity="positive", sentence=1, office_slot: str | None = None) -> FactRow:
    """A facts.csv row: people by name (PEOPLE), offices as (id, name) placed where the rules look."""
    row = dict.fromkeys(FACT_COLUMNS, "")
    slot = office_slot or RULES.office_slot.get(predicate, "office")
    if subject:
        row["subject_id"], row["subject"] = PEOPLE[subject]
    if obj:
        row["object_id"], row["object"] = PEOPLE[obj]
    if office[0]:
        row[f"{slot}_id"], row[slot] = office
        if slot != "office":
            row["office_id"], row["office"] = office if predicate in ("leads", "certified", "defeated") else ("", "")
    row.update(predicate=predicate, value=str(value), unit=unit, date=date, kind=kind, polarity=polarity,
               sentence=str(sentence))
    return FactRow(**row)


def result(doc_id: str, published: str, facts: list[FactRow]) -> DocResult:
    return DocResult(DocumentRow(doc_id, "mem", published, "ok", "", 0, "", "", "", "", "", ""), facts=facts)


def races_of(docs: list[tuple[str, str, list]], shards: int = 1):
    """races.csv and race_candidates.csv rows (as dicts) of documents cut into ``shards`` shards."""
    results = [result(*d) for d in docs]
    size = max(1, -(-len(results) // shards))
    partials: dict = {}
    for n in range(0, len(results), size):
        merge_partials(partials, shard_partials(RULES, n // size, results[n:n + size]))
    races, cands = reduce_races(RULES, partials)
    return [dict(zip(RACE_COLUMNS, r)) for r in races], [dict(zip(CANDIDATE_COLUMNS, c)) for c in cands]


def grouping(docs) -> dict[str, str]:
    return {r["race_id"]: r["sources"] for r in races_of(docs)[0]}


# --------------------------------------------------------------------------- identity

GROUPING = {
    "same office, day and kind: one race": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("b", "", [fact("candidate", "Ann Lee", office=MAYOR, date="2009-12-01"),
                    fact("election", office=MAYOR, date="2009-12-01", kind="runoff")])],
        {"race:mayor-of-springfield:runoff:2009-12-01": "a|b"}),
    "a day without a kind joins the kinded race of that day": (
        [("a", "", [fact("election", office=MAYOR, date="XXXX-12-01", kind="runoff")]),
         ("b", "", [fact("election", office=MAYOR, date="XXXX-12-01"),
                    fact("requested_recount", "Bo Diaz", office=MAYOR)])],
        {"race:mayor-of-springfield:runoff:XXXX-12-01": "a|b"}),
    "two kinds on one day stay two races; a kindless day is then alone": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("b", "", [fact("election", office=MAYOR, date="2009-12-01", kind="special")]),
         ("c", "", [fact("election", office=MAYOR, date="2009-12-01")])],
        {"race:mayor-of-springfield:runoff:2009-12-01": "a", "race:mayor-of-springfield:special:2009-12-01": "b",
         "race:mayor-of-springfield::2009-12-01": "c"}),
    "an undated campaign fact without publication date joins the one race of its office": (
        [("a", "", [fact("election", office=MAYOR, date="XXXX-12-01", kind="runoff")]),
         ("b", "", [fact("candidate", "Ann Lee", office=MAYOR)])],
        {"race:mayor-of-springfield:runoff:XXXX-12-01": "a|b"}),
    "an undated fact whose publication fits two races stays alone (its publication year)": (
        [("a", "", [fact("election", office=MAYOR, date="2009-11-03", kind="general")]),
         ("b", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("c", "2009-11-20", [fact("candidate", "Ann Lee", office=MAYOR)])],
        {"race:mayor-of-springfield:general:2009-11-03": "a", "race:mayor-of-springfield:runoff:2009-12-01": "b",
         "race:mayor-of-springfield::2009": "c"}),
    "an undated fact published long after the election is not about it": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("b", "2013-05-01", [fact("won", "Ann Lee", office=MAYOR)])],
        {"race:mayor-of-springfield:runoff:2009-12-01": "a", "race:mayor-of-springfield::2013": "b"}),
    "an undated fact published shortly after the election joins it": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("b", "2009-12-20", [fact("won", "Ann Lee", office=MAYOR)])],
        {"race:mayor-of-springfield:runoff:2009-12-01": "a|b"}),
    "a stated kind never joins a race of another kind": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("b", "2009-09-01", [fact("election", office=MAYOR, kind="primary")])],
        {"race:mayor-of-springfield:runoff:2009-12-01": "a", "race:mayor-of-springfield:primary:2009": "b"}),
    "an undated fact without a kind never joins a race known only by its year and kind": (
        [("a", "2016-03-01", [fact("election", office=MAYOR, kind="primary"), fact("won", "Ann Lee", office=MAYOR)]),
         ("b", "2016-11-20", [fact("candidate", "Bo Diaz", office=MAYOR)])],
        {"race:mayor-of-springfield:primary:2016": "a", "race:mayor-of-springfield::2016": "b"}),
    "a year joins the one day-dated race of that year": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("b", "", [fact("election", office=MAYOR, date="2009"), fact("won", "Ann Lee", office=MAYOR)])],
        {"race:mayor-of-springfield:runoff:2009-12-01": "a|b"}),
    "other offices are other races": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01")]),
         ("b", "", [fact("election", office=GOVERNOR, date="2009-12-01")])],
        {"race:mayor-of-springfield::2009-12-01": "a", "race:governor-of-utopia::2009-12-01": "b"}),
    "a fact naming no office joins its document's one office": (
        [("a", "", [fact("election", office=MAYOR, date="2009-12-01"), fact("won", "Ann Lee")])],
        {"race:mayor-of-springfield::2009-12-01": "a"}),
    "a fact naming no office takes the office its person runs for in other documents": (
        [("a", "", [fact("candidate", "Ann Lee", office=MAYOR, date="2009-12-01"),
                    fact("election", office=MAYOR, date="2009-12-01", kind="runoff")]),
         ("b", "2009-12-05", [fact("won", "Ann Lee")])],
        {"race:mayor-of-springfield:runoff:2009-12-01": "a|b"}),
    "a fact naming no office about a person who runs for nothing is dropped": (
        [("a", "", [fact("candidate", "Ann Lee", office=MAYOR)]), ("b", "", [fact("won", "Bo Diaz")])],
        {"race:mayor-of-springfield::": "a"}),
    "a kindless year race joins the kinded race of that year when it names no one new": (
        [("a", "2008-03-01", [fact("election", office=MAYOR, kind="primary"), fact("won", "Ann Lee", office=MAYOR)]),
         ("b", "", [fact("election", office=MAYOR, date="2008"), fact("candidate", "Ann Lee", office=MAYOR)])],
        {"race:mayor-of-springfield:primary:2008": "a|b"}),
    "a kindless year race naming someone new stays its own race": (
        [("a", "2008-03-01", [fact("election", office=MAYOR, kind="primary"), fact("won", "Ann Lee", office=MAYOR)]),
         ("b", "", [fact("election", office=MAYOR, date="2008"), fact("candidate", "Bo Diaz", office=MAYOR)])],
        {"race:mayor-of-springfield:primary:2008": "a", "race:mayor-of-springfield::2008": "b"}),
    "a bare election takes the one office its document names otherwise (a title)": (
        [("a", "2009-09-01", [fact("holds_office", "Ann Lee", office=MAYOR, office_slot="object"),
                              fact("election", date="2009-11-03")])],
        {"race:mayor-of-springfield::2009-11-03": "a"}),
    "... not when the document names two such offices": (
        [("a", "2009-09-01", [fact("holds_office", "Ann Lee", office=MAYOR, office_slot="object"),
                              fact("holds_office", "Bo Diaz", office=GOVERNOR, office_slot="object"),
                              fact("election", date="2009-11-03")])], {}),
    "... a court's post aside: the other office is the one (office_hints_never)": (
        [("a", "2009-09-01", [fact("holds_office", "Ann Lee", office=MAYOR, office_slot="object"),
                              fact("holds_office", "Bo Diaz", office=("office:justice-of-the-utopia-supreme-court",
                                                                       "Justice of the Utopia Supreme Court"),
                                   office_slot="object"),
                              fact("election", date="2009-11-03")])],
        {"race:mayor-of-springfield::2009-11-03": "a"}),
    "... nor when a race fact names a person: a winner's title is not the race's office": (
        [("a", "2008-03-04", [fact("holds_office", "Ann Lee", office=GOVERNOR, office_slot="object"),
                              fact("election", kind="primary"), fact("won", "Ann Lee")])], {}),
    "an undated race alone takes the date of its document's other race (one ballot)": (
        [("a", "2009-12-01", [fact("election", office=MAYOR, date="2009")]),
         ("b", "2010-01-07", [fact("certified", "Union Board", "Ann Lee", MAYOR),
                              fact("certified", "Union Board", "Bo Diaz", GOVERNOR)])],
        {"race:mayor-of-springfield::2009": "a|b", "race:governor-of-utopia::2009": "b"}),
    "... its publication year when its document's other races are not dated": (
        [("b", "2010-01-07", [fact("certified", "Union Board", "Ann Lee", MAYOR),
                              fact("certified", "Union Board", "Bo Diaz", GOVERNOR)])],
        {"race:mayor-of-springfield::2010": "b", "race:governor-of-utopia::2010": "b"}),
    "facts about offices only held are no race": (
        [("a", "", [fact("holds_office", "Ann Lee", office=MAYOR, office_slot="object")])], {}),
    "a document about two elections of one office: each fact takes the one stated before it": (
        [("a", "", [fact("election", office=MAYOR, date="2009-11-03", kind="general", sentence=1),
                    fact("won", "Ann Lee", office=MAYOR, sentence=1),
                    fact("election", office=MAYOR, date="2009-12-01", kind="runoff", sentence=2),
                    fact("candidate", "Bo Diaz", office=MAYOR, sentence=2)])],
        {"race:mayor-of-springfield:general:2009-11-03": "a", "race:mayor-of-springfield:runoff:2009-12-01": "a"}),
}


@pytest.mark.parametrize("docs, expected", GROUPING.values(), ids=list(GROUPING))
def test_races_grouping(docs, expected):
    assert grouping(docs) == expected


def test_races_officeless_fact_with_two_offices_is_dropped():
    races, cands = races_of([("a", "", [fact("election", office=MAYOR, date="2009-12-01"),
                                        fact("election", office=GOVERNOR, date="2009-12-01"),
                                        fact("won", "Ann Lee")])])
    assert [r["winner"] for r in races] == ["", ""]
    assert cands == []


@pytest.mark.parametrize("race_facts, sources", [
    ([fact("won", "Ann Lee", office=MAYOR)], "a|b"),  # "Mayor-elect Ann Lee opens a bridge": news of her race
    ([], "a"),
])
def test_races_take_a_documents_race_only_facts(race_facts, sources):
    """``DocResult.race_facts`` (facts its story does not back, no facts.csv row) still make the document a
    source of the race."""
    docs = [result("a", "", [fact("won", "Ann Lee", office=MAYOR, date="2009-12-01")]),
            DocResult(result("b", "", []).document, race_facts=race_facts)]
    races, _ = reduce_races(RULES, shard_partials(RULES, 0, docs))
    assert [dict(zip(RACE_COLUMNS, r))["sources"] for r in races] == [sources]


@pytest.mark.parametrize("shards", [1, 2, 3, 7])
def test_races_any_cut_into_shards_gives_the_same_rows(shards):
    docs = [(f"d{i}", f"2009-{1 + i % 12:02d}-15", [fact("won", "Ann Lee", office=MAYOR, value=700 + i % 3,
                                                         unit="votes")])
            for i in range(14)] + [("x", "", [fact("election", office=MAYOR, date="2009-12-01", kind="runoff")])]
    assert races_of(docs, shards) == races_of(docs, 1)


def test_races_partials_grow_with_races_not_facts():
    many = [result(f"d{i}", "", [fact("candidate", "Ann Lee", office=MAYOR), fact("endorsed", "Ed Wu", "Ann Lee",
                                                                                  office=MAYOR)])
            for i in range(200)]
    partials = shard_partials(RULES, 0, many)
    assert len(partials) == 1
    assert len(next(iter(partials.values()))["cands"]) == 1


# --------------------------------------------------------------------------- precedence, conflicts, status

PRECEDENCE = {
    "certified over won": (
        [("a", "2009-12-03", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")]),
         ("b", "2009-12-02", [fact("certified", "Union Board", "Ann Lee", MAYOR, value=620, unit="votes")])],
        ("Ann Lee", "620", "votes")),
    "won over leads, even when the lead is later": (
        [("a", "2009-12-02", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")]),
         ("b", "2009-12-09", [fact("leads", "Bo Diaz", "Ann Lee", MAYOR, value=3, unit="percent")])],
        ("Ann Lee", "714", "votes")),
    "a later publication over an earlier one": (
        [("a", "2009-12-09", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")]),
         ("b", "2009-12-02", [fact("won", "Ann Lee", office=MAYOR, value=700, unit="votes")])],
        ("Ann Lee", "714", "votes")),
    "no publication dates: the later document read": (
        [("a", "", [fact("won", "Ann Lee", office=MAYOR, value=700, unit="votes")]),
         ("b", "", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")])],
        ("Ann Lee", "714", "votes")),
    "a denied win is no winner": (
        [("a", "", [fact("won", "Ann Lee", office=MAYOR, polarity="negative"), fact("candidate", "Ann Lee",
                                                                                    office=MAYOR)])],
        ("", "", "")),
}


@pytest.mark.parametrize("docs, expected", PRECEDENCE.values(), ids=list(PRECEDENCE))
def test_races_precedence(docs, expected):
    (race,), _ = races_of(docs)
    assert (race["winner"], race["margin"], race["margin_unit"]) == expected


CONFLICTS = {
    "two won margins": (
        [("a", "", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")]),
         ("b", "", [fact("certified", "Union Board", "Ann Lee", MAYOR, value=620, unit="votes")])],
        "margins differ: 620 votes (b) vs 714 votes (a)"),
    "two winners": (
        [("a", "", [fact("won", "Ann Lee", office=MAYOR)]), ("b", "", [fact("won", "Bo Diaz", office=MAYOR)])],
        "winners differ: Bo Diaz (b) vs Ann Lee (a)"),
    "a lead and a final margin do not conflict": (
        [("a", "", [fact("leads", "Ann Lee", "Bo Diaz", MAYOR, value=715, unit="votes")]),
         ("b", "", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")])], ""),
    "the same margin twice": (
        [("a", "", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")]),
         ("b", "", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")])], ""),
    "margins in different units do not conflict": (
        [("a", "", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")]),
         ("b", "", [fact("won", "Ann Lee", office=MAYOR, value=1.2, unit="percent")])], ""),
}


@pytest.mark.parametrize("docs, expected", CONFLICTS.values(), ids=list(CONFLICTS))
def test_races_conflicts(docs, expected):
    (race,), _ = races_of(docs)
    assert race["conflicts"] == expected


STATUS = {
    "campaign facts only": ([fact("candidate", "Ann Lee", office=MAYOR)], "scheduled"),
    "leads only": ([fact("leads", "Ann Lee", "Bo Diaz", MAYOR)], "counting"),
    "a winner": ([fact("won", "Ann Lee", office=MAYOR)], "won"),
    "certified": ([fact("certified", "Union Board", "Ann Lee", MAYOR)], "certified"),
    "a recount after a win": ([fact("won", "Ann Lee", office=MAYOR), fact("requested_recount", "Bo Diaz",
                                                                          office=MAYOR)], "contested"),
    "a refused concession after a win": ([fact("won", "Ann Lee", office=MAYOR),
                                          fact("conceded", "Bo Diaz", office=MAYOR, polarity="negative")], "contested"),
    "a recount without a winner": ([fact("requested_recount", "Bo Diaz", office=MAYOR)], "scheduled"),
}


@pytest.mark.parametrize("facts, expected", STATUS.values(), ids=list(STATUS))
def test_races_status(facts, expected):
    (race,), _ = races_of([("a", "", facts)])
    assert race["status"] == expected


def test_races_candidates_outcomes_votes_and_endorsements():
    races, cands = races_of([
        ("a", "2009-11-01", [fact("endorsed", "Ed Wu", "Ann Lee", MAYOR), fact("endorsed", "Di Moss", "Ann Lee", MAYOR)]),
        ("b", "2009-11-20", [fact("leads", "Bo Diaz", "Ann Lee", MAYOR, value=2, unit="percent"),
                             fact("votes_received", "Bo Diaz", office=MAYOR, value=51, unit="percent")]),
        ("c", "2009-11-25", [fact("votes_received", "Bo Diaz", office=MAYOR, value=52, unit="percent"),
                             fact("votes_received", "Bo Diaz", office=MAYOR, value=10400, unit="votes")]),
    ])
    got = [(c["name"], c["outcome"], c["votes"], c["share"], c["endorsed_by"], c["sources"]) for c in cands]
    assert got == [("Bo Diaz", "leading", "10400", "52", "", "b|c"), ("Ann Lee", "trailing", "", "", "Di Moss|Ed Wu", "a|b")]
    assert [p for p in PEOPLE if p in ("Ed Wu", "Di Moss") and any(c["name"] == p for c in cands)] == []


# --------------------------------------------------------------------------- the rules file

BROKEN_RULES = {
    "a slot that is no slot": ("    candidate: object\n", "    candidate: verb\n",
                               "races.yml:{line}: identity.office_slot.candidate: expected one of"),
    "a tier that is no number": ("    certified: 3\n", "    certified: high\n",
                                 "races.yml:{line}: precedence.tiers.certified: expected a whole number"),
    "an unknown order key": ("order: [tier, published, input]", "order: [tier, mood]",
                             "races.yml:{line}: precedence.order: expected distinct keys"),
    "an unknown status condition": ("all: [leads]}", "all: [polls]}", "races.yml:{line}: status[3].all: expected conditions"),
    "a missing section": ("conflicts:\n", "conflicts_:\n", "races.yml:{line}: conflicts_: unknown section"),
    "an office hint that is no slot": ("    holds_office: object\n", "    holds_office: title\n",
                                       "races.yml:{line}: identity.office_hints.holds_office: expected one of"),
    "an office hint's exception that is no name": ('office_hints_never: ["Judge of "', 'office_hints_never: [3',
                                                    "races.yml:{line}: identity.office_hints_never: expected a list"),
    "a switch that is no boolean": ("undated_takes_document_date: true", "undated_takes_document_date: 1",
                                    "races.yml:{line}: identity.undated_takes_document_date: expected bool"),
    "negative days": ("fit_days_after: 90", "fit_days_after: -1", "races.yml:{line}: identity.fit_days_after: expected"),
    "a last status with conditions": ("  - {status: scheduled}", "  - {status: scheduled, all: [leads]}",
                                      "status: the last rule must have no conditions"),
    "not YAML": ("identity:\n", "identity: [\n", "not valid YAML"),
}


@pytest.mark.parametrize("old, new, message", BROKEN_RULES.values(), ids=list(BROKEN_RULES))
def test_races_rules_errors_name_file_line_and_key(tmp_path, old, new, message):
    text = (MODELS / "races.yml").read_text(encoding="utf-8")
    assert old in text
    line = text[:text.index(old)].count("\n") + 1 + (old.startswith("\n"))
    (tmp_path / "races.yml").write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_rules(tmp_path)
    assert message.format(line=line) in str(e.value)


def test_races_rules_are_settings(tmp_path):
    """Swapping the tiers in models/races.yml makes won beat certified: precedence is data."""
    text = (MODELS / "races.yml").read_text(encoding="utf-8")
    (tmp_path / "races.yml").write_text(text.replace("    certified: 3\n", "    certified: 1\n"), encoding="utf-8")
    rules = load_rules(tmp_path)
    docs = [result("a", "", [fact("won", "Ann Lee", office=MAYOR, value=714, unit="votes")]),
            result("b", "", [fact("certified", "Union Board", "Ann Lee", MAYOR, value=620, unit="votes")])]
    (race,), _ = reduce_races(rules, shard_partials(rules, 0, docs))
    assert race[RACE_COLUMNS.index("margin")] == "714"


def test_races_broken_rules_stop_the_run_with_exit_2(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    models = shutil.copytree(MODELS, tmp_path / "models")
    (models / "races.yml").write_text("identity: [\n", encoding="utf-8")
    out = tmp_path / "out"
    got = CliRunner().invoke(app, ["run", str(SEED), "--out", str(out), "--models", str(models), "--quiet"])
    assert got.exit_code == 2, got.output
    assert "races.yml" in got.output


# --------------------------------------------------------------------------- the seed race, the race gold

SEED_RACE = {
    "race_id": "race:mayor-of-atlanta:runoff:XXXX-12-01", "office": "Mayor of Atlanta", "kind": "runoff",
    "date": "XXXX-12-01", "status": "contested", "winner": "Kasim Reed", "margin": "620", "margin_unit": "votes",
    "ballots_cast": "84383", "recount_requested_by": "Mary Norwood", "certified": "1", "documents": "11",
}


@pytest.mark.parametrize("column, expected", SEED_RACE.items(), ids=list(SEED_RACE))
def test_races_seed_race(seed_run, column, expected):
    with (seed_run / "races.csv").open(encoding="utf-8", newline="") as f:
        (race,) = list(csv.DictReader(f))
    assert race[column] == expected


def test_races_seed_conflict_and_candidates(seed_run):
    with (seed_run / "races.csv").open(encoding="utf-8", newline="") as f:
        (race,) = list(csv.DictReader(f))
    with (seed_run / "race_candidates.csv").open(encoding="utf-8", newline="") as f:
        cands = [(c["name"], c["outcome"], c["endorsed_by"]) for c in csv.DictReader(f)]
    assert race["conflicts"].startswith("margins differ: 620 votes (000_4311ab4fe2abe36b.txt#3) vs 714 votes")
    assert "000_4311ab4fe2abe36b.txt#9" not in race["sources"].split("|")
    assert cands == [("Kasim Reed", "won", "Lisa Borders"), ("Mary Norwood", "lost", "")]


def _race_score(gold: Path, out: Path) -> float:
    if not RACE_SCORE.is_file():
        pytest.skip("../shared/eval/race_score.py is absent (a user's clone has no ../shared)")
    got = subprocess.run([sys.executable, str(RACE_SCORE), str(gold), str(out)], capture_output=True, text=True)
    return float(got.stdout.strip().splitlines()[-1].split()[0].split("=")[1])


def test_races_seed_scores_one(seed_run):
    assert _race_score(SHARED / "eval" / "seed_races.json", seed_run) == 1.0


@pytest.fixture(scope="module")
def gold_run(tmp_path_factory):
    import pipeline

    out = tmp_path_factory.mktemp("race_gold")
    pipeline.run([GOLD_INPUT], out)
    return out


def test_races_multi_document_gold(gold_run):
    assert _race_score(GOLD, gold_run) >= GOLD_FLOOR


def test_races_multi_document_gold_evaluate_agrees_with_race_score(gold_run, seed_run):
    """`newsfacts evaluate` pairs by office and date, race_score.py by file order: on these runs, where
    the file order is the gold's, the two give the same score."""
    from pipeline.tools.evaluate import evaluate_races

    assert round(evaluate_races(GOLD, gold_run).score, 3) == _race_score(GOLD, gold_run)
    assert evaluate_races(SHARED / "eval" / "seed_races.json", seed_run).score == 1.0


RACE_GOLD = {"races": [
    {"office": "Mayor of Springfield", "date": "2009", "winner": "Ann Lee"},
    {"office": "Mayor of Springfield", "kind": "runoff", "date": "2013-12-01", "winner": "Bo Diaz"},
]}
ROW = dict.fromkeys(RACE_COLUMNS, "")


def _race_rows(tmp_path, rows: list[dict]) -> Path:
    for name, columns, body in (("races.csv", RACE_COLUMNS, rows), ("race_candidates.csv", CANDIDATE_COLUMNS, [])):
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            w.writerows({**dict.fromkeys(columns, ""), **r} for r in body)
    (tmp_path / "gold.json").write_text(json.dumps(RACE_GOLD), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("rows, score", [
    # a race of 2005 sorts first: file order would pair it with the 2009 race and 2009 with the runoff
    ([dict(race_id="r:a", office="Mayor of Springfield", date="2005", winner="Ed Wu"),
      dict(race_id="r:b", office="Mayor of Springfield", date="2009", winner="Ann Lee"),
      dict(race_id="r:c", office="Mayor of Springfield", kind="runoff", date="2013-12-01", winner="Bo Diaz")],
     7 / 8),  # every check holds; the 2005 row is one spurious race
    # the same year, not the same day: the year pairs it, the date check fails
    ([dict(race_id="r:b", office="Mayor of Springfield", date="2009", winner="Ann Lee"),
      dict(race_id="r:c", office="Mayor of Springfield", kind="runoff", date="2013", winner="Bo Diaz")],
     6 / 7),
    # another office never pairs
    ([dict(race_id="r:b", office="Governor of Utopia", date="2009", winner="Ann Lee")], 0 / 3),
])
def test_races_evaluate_pairs_by_office_and_date(tmp_path, rows, score):
    from pipeline.tools.evaluate import evaluate_races

    out = _race_rows(tmp_path, rows)
    assert evaluate_races(out / "gold.json", out).score == pytest.approx(score)


def test_races_evaluate_cli_scores_a_race_gold_with_a_floor(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = _race_rows(tmp_path, [dict(race_id="r:b", office="Mayor of Springfield", date="2009", winner="Ann Lee")])
    ok = CliRunner().invoke(app, ["evaluate", str(out / "gold.json"), str(out), "--min", "races=0.5"])
    assert ok.exit_code == 0 and "races=0.750 (3/4 checks" in ok.output
    low = CliRunner().invoke(app, ["evaluate", str(out / "gold.json"), str(out), "--min", "races=0.9"])
    assert low.exit_code == 1


def test_races_gold_input_is_the_gold_corpus():
    """Every source the gold names is an item of its input, and every race has its documents."""
    ids = [json.loads(line)["id"] for line in GOLD_INPUT.read_text(encoding="utf-8").splitlines()]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    named = {d for r in gold["races"] for d in r.get("sources_include", []) + r.get("sources_exclude", [])}
    assert named <= set(ids) and len(ids) == len(set(ids))
    assert sum(len(r.get("sources_include", [])) >= 3 for r in gold["races"]) >= 5


# --------------------------------------------------------------------------- every engine, the same bytes

ENGINE_OUTPUTS = ("races.csv", "race_candidates.csv")
ENGINE_SHARD = 4


def _engine_input(path: Path) -> Path:
    """Invented news items about three elections, spread over many shards and days."""
    lines = []
    stories = [
        ("Ann Lee won the Springfield mayoral runoff on Dec. 1 by {n} votes.", "2009-12-0{d}"),
        ("Bo Diaz requested a recount of the Springfield mayoral runoff.", "2009-12-0{d}"),
        ("The elections board certified Ann Lee as the winner of the Springfield mayoral runoff by 612 votes.",
         "2009-12-0{d}"),
        ("Cy Park won the Boston mayoral election by {n} votes.", "2011-11-0{d}"),
        ("Ed Wu endorsed Di Moss for mayor of Capital City on Wednesday.", "2013-10-0{d}"),
    ]
    for i in range(30):
        text, published = stories[i % len(stories)]
        lines.append(json.dumps({"id": f"n{i:02d}", "text": text.format(n=600 + i % 4),
                                 "published": published.format(d=1 + i % 9)}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def engine_runs(tmp_path_factory, nlp):
    from pipeline.runner.engine import RunOptions, run

    src = _engine_input(tmp_path_factory.mktemp("race_engine_in") / "news.jsonl")
    outs = {}
    for name, kwargs in (("one", {}), ("two", {"workers": 2}), ("dask", {"engine": "dask", "workers": 2})):
        if name == "dask":
            pytest.importorskip("distributed", reason="needs dask.distributed (pip install newsfacts[dask])")
        out = tmp_path_factory.mktemp(f"race_engine_{name}")
        summary = run(RunOptions(inputs=[src], out_dir=out, shard_size=ENGINE_SHARD, **kwargs),
                      nlp=nlp if not kwargs else None)
        assert summary.shards >= 5
        outs[name] = out
    return src, outs


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["two", "dask"])
@pytest.mark.parametrize("name", ENGINE_OUTPUTS)
def test_races_same_bytes_for_every_engine(engine_runs, engine, name):
    _, outs = engine_runs
    assert (outs[engine] / name).read_bytes() == (outs["one"] / name).read_bytes()


def test_races_engine_input_makes_several_races(engine_runs):
    _, outs = engine_runs
    with (outs["one"] / "races.csv").open(encoding="utf-8", newline="") as f:
        races = list(csv.DictReader(f))
    assert len(races) >= 3
    assert any(int(r["documents"]) >= 10 for r in races)


def test_races_extract_matches_run(engine_runs, nlp):
    import pipeline

    src, outs = engine_runs
    tables = pipeline.extract([src], nlp=nlp)
    with (outs["one"] / "races.csv").open(encoding="utf-8", newline="") as f:
        written = [r["race_id"] for r in csv.DictReader(f)]
    assert list(tables["races"]["race_id"]) == written
    assert len(tables["race_candidates"]) > 0


# --------------------------------------------------------------------------- the review page

@pytest.mark.parametrize("with_races, note, rows", [(True, False, 2), (False, True, 0)])
def test_races_review_page_with_and_without_races_csv(tmp_path, with_races, note, rows):
    from pipeline.tools.review import review

    run = shutil.copytree(ROOT / "tests" / "fixtures" / "review" / "run", tmp_path / "run")
    if not with_races:
        (run / "races.csv").unlink()
        (run / "race_candidates.csv").unlink()
    page = review(run).read_text(encoding="utf-8")
    assert ("This run has no races.csv" in page) == note
    assert page.count("data-race-row=") == rows
