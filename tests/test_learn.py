"""learn: reviewed rows in, gated and traceable changes under models/ out (pipeline/tools/learn.py, pipeline/nlp/learned.py)."""
from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

import pipeline
from pipeline.nlp import learned as L
from pipeline.errors import DataError
from pipeline.tools.learn import learn
from pipeline.tools.learning.reviewed import read_table
from pipeline.settings import DEFAULT_MAX_COLLATERAL, Settings

from conftest import MODELS, ROOT

SEED = ROOT / "corpus" / "000_4311ab4fe2abe36b.txt"
SEED_GOLD = ROOT / "tests" / "gold" / "seed_gold.jsonl"
#: What models/config.cfg needs so that learned exceptions, patterns and aliases apply.
LEARNED_CONFIG = """
[components.newsfacts_learned]
factory = "newsfacts_learned"
models_dir = ${paths.models}

[components.newsfacts_exceptions]
factory = "newsfacts_exceptions"
models_dir = ${paths.models}
"""


def models_copy(tmp_path: Path) -> Path:
    """A copy of models/ whose pipeline runs the two learned components."""
    dest = tmp_path / "models"
    shutil.copytree(MODELS, dest, ignore=shutil.ignore_patterns("ner", "__pycache__"))
    for rel in L.LEARNED_FILES:  # start from a clean slate, whatever the project has learned so far
        (dest / rel).unlink(missing_ok=True)
    cfg = dest / "config.cfg"
    text = cfg.read_text(encoding="utf-8")
    if '"newsfacts_learned"' not in text:
        text = text.replace('"newsfacts_linker", "newsfacts_facts"]',
                            '"newsfacts_linker", "newsfacts_learned", "newsfacts_facts", "newsfacts_exceptions"]')
        cfg.write_text(text + LEARNED_CONFIG, encoding="utf-8")
    return dest


def run(inputs, out: Path, models: Path) -> Path:
    """``newsfacts run`` with ``models``, by the pipeline learn keeps for that content: the tests' models
    copies are alike, so it is built once, and learn's next call starts from it."""
    from pipeline.runner.engine import RunOptions, run as run_engine
    from pipeline.tools.learning.pipelines import Pipelines

    run_engine(RunOptions(inputs=[str(i) for i in inputs], out_dir=out, settings=Settings(models=models)),
               Pipelines.of(models).nlp)
    return out


@pytest.fixture(scope="module")
def _seed_runs(tmp_path_factory) -> dict[str, Path]:
    """The seed corpus run once per models folder: the project's, and a copy that runs the learned
    components with nothing learned yet. Tests copy these runs instead of running the pipeline again."""
    base = tmp_path_factory.mktemp("seed_runs")
    return {"project": run([SEED], base / "project", MODELS),
            "learning": run([SEED], base / "learning", models_copy(base))}


@pytest.fixture
def seed_copy(_seed_runs, tmp_path):
    """``seed_copy(kind, name="run")``: a fresh copy of a seed run under this test's tmp_path, to review."""
    def copy(kind: str, name: str = "run") -> Path:
        return Path(shutil.copytree(_seed_runs[kind], tmp_path / name, symlinks=True))
    return copy


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_rows(path: Path, table: list[dict], *, extra: list[dict] = ()) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    fields = header + [k for k in ("verdict", "correction") if k not in header]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, restval="")
        w.writeheader()
        w.writerows(table)
        w.writerows(extra)


def review(out: Path, *, facts=lambda r: ("", ""), mentions=lambda r: ("", ""), added=()) -> None:
    """Fill verdict/correction as a reviewer would: ``facts``/``mentions`` map a row to (verdict, correction)."""
    for name, fn in (("facts", facts), ("mentions", mentions)):
        table = rows(out / f"{name}.csv")
        for r in table:
            r["verdict"], r["correction"] = fn(r)
        write_rows(out / f"{name}.csv", table, extra=list(added) if name == "mentions" else [])


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize("encoding, newline, guard, reorder", [
    ("utf-8", "\n", False, False),
    ("utf-8-sig", "\r\n", False, False),  # Excel: BOM and CRLF
    ("utf-8", "\r\n", True, True),  # formula guard kept, columns moved
])
def test_learn_read_table_tolerates_spreadsheet_habits(tmp_path, encoding, newline, guard, reorder):
    header = ["doc_id", "fact_id", "verdict", "correction"]
    values = ["a#1", "f1", "wrong", "'=subject=X" if guard else "=subject=X"]
    if reorder:
        header, values = header[::-1], values[::-1]
    path = tmp_path / "facts.csv"
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, lineterminator=newline).writerows([header, values])
    (row,) = read_table(path)
    assert row.cells == {"doc_id": "a#1", "fact_id": "f1", "verdict": "wrong", "correction": "=subject=X"}


@pytest.mark.slow
def test_learn_unknown_verdict_is_a_usage_error(tmp_path, seed_copy):
    from pipeline.errors import UsageError

    out = seed_copy("project")
    review(out, facts=lambda r: ("maybe", ""))
    with pytest.raises(UsageError, match=r"facts.csv:2 .*verdict 'maybe' must be empty, 'ok' or 'wrong'"):
        learn(out, gold=[], models=models_copy(tmp_path))


# --------------------------------------------------------------------------- the round trip


@pytest.mark.slow
@pytest.mark.parametrize("prefix, written, kb_id", [
    ("", "learned/corrections.jsonl", ""),  # a correction fixes the reviewed row, in its document
    ("general: ", "kb/learned.jsonl", "person:rickey-smiley-sr"),  # another spelling, marked general: the KB
])
def test_learn_round_trip_drops_the_fact_links_the_name_changes_nothing_else(tmp_path, seed_copy, prefix, written,
                                                                             kb_id):
    models = models_copy(tmp_path)
    first = seed_copy("learning", "run1")
    before_facts, before_mentions = rows(first / "facts.csv"), rows(first / "mentions.csv")
    wrong = next(r for r in before_facts if r["rule"] == "endorsed.verb" and r["predicate"] == "candidate")
    review(first,
           facts=lambda r: ("wrong", "") if r == wrong else ("", ""),
           mentions=lambda r: ("wrong", prefix + "Rickey Smiley Sr.") if r["text"] == "Rickey Smiley" else ("", ""))

    report = learn(first, gold=[], models=models, pool=[])

    assert sorted(p.relative_to(models).as_posix() for p in report.written) == sorted([
        written, "learned/exceptions.jsonl"])
    second = run([SEED], tmp_path / "run2", models)
    key = lambda r: {k: v for k, v in r.items() if k not in ("fact_id", "verdict", "correction")}  # noqa: E731
    after_facts = [key(r) for r in rows(second / "facts.csv")]
    assert [key(r) for r in before_facts if r is not wrong] == after_facts
    after_mentions = rows(second / "mentions.csv")
    changed = [(a, b) for a, b in zip(before_mentions, after_mentions) if key(a) != key(b)]
    assert len(before_mentions) == len(after_mentions) and len(changed) == 1
    old, new = changed[0]
    assert (old["text"], new["entity"], new["entity_id"], new["kb_id"]) == (
        "Rickey Smiley", "Rickey Smiley Sr.", "person:rickey-smiley-sr", kb_id)


@pytest.mark.slow
def test_learn_records_are_sorted_one_a_line_with_provenance(tmp_path, seed_copy):
    models = models_copy(tmp_path)
    out = seed_copy("learning")
    review(out, facts=lambda r: ("wrong", "") if r["rule"] == "endorsed.verb" and r["predicate"] == "candidate"
           else ("", ""))
    learn(out, gold=[], models=models, pool=[])
    table = rows(out / "facts.csv")
    line, wrong = next((n, r) for n, r in enumerate(table, 2) if r["verdict"] == "wrong")
    lines = (models / L.EXCEPTIONS_FILE).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == sorted(r["id"] for r in records)
    (rec,) = records
    assert rec["rule"] == "endorsed.verb" and rec["anchor"] == ["endorsed"]
    assert rec["taught_by"] == [f"facts.csv:{line} ({wrong['doc_id']} {wrong['fact_id']})"]


@pytest.mark.slow
def test_learn_exception_narrows_to_the_subject_when_the_wording_hits_a_kept_row(tmp_path, seed_copy):
    models = models_copy(tmp_path)
    out = seed_copy("learning")
    # "Early voting in Fulton and DeKalb starts ...": one trigger, two places.
    review(out, facts=lambda r: ("wrong", "") if r["predicate"] == "voting_period" and r["subject"] == "Fulton County"
           else ("", ""))
    report = learn(out, gold=[], models=models, pool=[])
    (change,) = report.accepted
    assert change.record["subject"] == "fulton county"
    # the unmarked row that narrowed it is named (DeKalb's fact)
    (why,) = report.narrowed
    assert re.search(r"the wording would also drop facts\.csv:\d+ \(\S+ f\d+\) \(unmarked\)", why), why
    after = rows(run([SEED], tmp_path / "run2", models) / "facts.csv")
    places = [r["subject"] for r in after if r["predicate"] == "voting_period"]
    assert "DeKalb County" in places and "Fulton County" not in places


@pytest.mark.slow
def test_learn_exception_that_would_hit_a_kept_row_is_skipped(tmp_path, seed_copy):
    models = models_copy(tmp_path)
    out = seed_copy("learning")
    # "Reed now leads Norwood by 0.84 percent or 715 votes": same trigger, same people, two margins.
    review(out, facts=lambda r: ("wrong", "") if r["predicate"] == "leads" and r["value"] == "715" else ("", ""))
    report = learn(out, gold=[], models=models, pool=[])
    assert not report.accepted and len(report.skipped) == 1
    # the unmarked row that blocks it is named, so that the reviewer can mark it
    assert re.search(r"not learned: the wording would also drop facts\.csv:\d+ \(\S+#\d+ f\d+\) \(unmarked\)",
                     report.skipped[0]), report.skipped


@pytest.mark.slow
def test_learn_missed_name_induces_a_cue_pattern_that_generalises(tmp_path):
    models = models_copy(tmp_path)
    docs = tmp_path / "in.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": "Crowds applauded Zorblat Quux in the square."}) + "\n",
                    encoding="utf-8")
    out = run([docs], tmp_path / "run", models)
    assert not [r for r in rows(out / "mentions.csv") if r["label"] == "PERSON"]
    review(out, added=[{"doc_id": "d1", "label": "PERSON", "text": "Zorblat Quux"}])
    report = learn(out, gold=[], models=models, pool=[])
    (change,) = report.accepted
    assert change.record["pattern"] == [{"LOWER": "applauded"}, {"IS_TITLE": True}, {"IS_TITLE": True}]
    (ref,) = change.taught_by
    assert re.fullmatch(r"mentions\.csv:\d+ \(d1 added\)", ref)
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "d2", "text": "Voters applauded Mirta Blobb loudly."}) + "\n", encoding="utf-8")
    found = [(r["text"], r["rule"]) for r in rows(run([other], tmp_path / "run2", models) / "mentions.csv")
             if r["label"] == "PERSON"]
    assert found == [("Mirta Blobb", change.record["id"])]


# --------------------------------------------------------------------------- the gate


@pytest.mark.slow
def test_learn_gate_refuses_a_change_that_lowers_a_gold_score(tmp_path, seed_copy):
    models = models_copy(tmp_path)
    out = seed_copy("learning")
    review(out, facts=lambda r: ("wrong", "") if r["doc_id"].endswith("#1") and r["predicate"] == "won" else ("", ""))
    report = learn(out, gold=[SEED_GOLD], models=models)
    assert not report.accepted and len(report.refused) == 1
    assert "seed_gold.jsonl facts 1.000->" in report.refused[0][1]
    assert not (models / L.EXCEPTIONS_FILE).exists()
    forced = learn(out, gold=[SEED_GOLD], models=models, force=True)
    assert forced.written and (models / L.EXCEPTIONS_FILE).is_file()
    assert forced.after[("seed_gold.jsonl", "facts")] < forced.before[("seed_gold.jsonl", "facts")]


@pytest.mark.slow
def test_learn_dry_run_prints_the_diff_and_writes_nothing(tmp_path, seed_copy):
    models = models_copy(tmp_path)
    out = seed_copy("learning")
    review(out, mentions=lambda r: ("", "general: Rickey Smiley Sr.") if r["text"] == "Rickey Smiley" else ("", ""))
    report = learn(out, gold=[], models=models, dry_run=True, pool=[])
    assert report.written == [] and not (models / L.KB_FILE).exists()
    assert report.diff.startswith("--- a/models/kb/learned.jsonl\n+++ b/models/kb/learned.jsonl\n")
    assert '"name": "Rickey Smiley Sr."' in report.diff and report.diff in report.format()
    assert learn(out, gold=[], models=models, dry_run=True, pool=[]).format() == report.format()  # same bytes


@pytest.mark.slow
def test_learn_unlearnable_rows_are_listed_not_dropped(tmp_path, seed_copy):
    models = models_copy(tmp_path)
    out = seed_copy("learning")
    review(out, mentions=lambda r: ("wrong", "2009-12-01") if r["text"] == "Dec. 1" else ("", ""))
    report = learn(out, gold=[], models=models, pool=[])
    assert report.skipped and all("a corrected DATE value is not learned" in s for s in report.skipped)


# --------------------------------------------------------------------------- data files


@pytest.mark.parametrize("record, message", [
    ({"id": "x", "kind": "fact", "rule": "r", "anchor": ["won"]}, "a fact exception needs 'predicate'"),
    ({"id": "x", "kind": "rule", "rule": "r", "anchor": ["won"], "predicate": "won"}, "kind must be"),
    ({"id": "x", "kind": "fact", "rule": "r", "anchor": "won", "predicate": "won"}, "'anchor' must be a list"),
    ({"id": "x", "kind": "fact", "rule": "r", "anchor": ["won"], "predicate": "won", "why": 1}, "unknown field"),
])
def test_learned_bad_exception_names_file_and_line(tmp_path, record, message):
    path = tmp_path / L.EXCEPTIONS_FILE
    path.parent.mkdir(parents=True)
    path.write_text("\n" + json.dumps(record) + "\n", encoding="utf-8")
    L.load_learned.cache_clear()
    with pytest.raises(DataError, match=rf"exceptions.jsonl:2: .*{message}"):
        L.load_learned(tmp_path)


@pytest.mark.parametrize("record, message", [
    ({"id": "p", "label": "OFFICE", "pattern": [{"LOWER": "x"}], "focus": [0, 1]}, "label 'OFFICE'"),
    ({"id": "p", "label": "PERSON", "pattern": [{"LOWER": "x"}], "focus": [0, 2]}, "'focus' must be"),
    ({"id": "p", "label": "PERSON", "pattern": [{"LOWER": "x", "OP": "+"}], "focus": [0, 1]}, "fixed length"),
])
def test_learned_bad_pattern_names_file_and_line(tmp_path, record, message):
    path = tmp_path / L.PATTERNS_FILE
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    L.load_learned.cache_clear()
    with pytest.raises(DataError, match=rf"learned.jsonl:1: .*{message}"):
        L.load_learned(tmp_path)


def test_learned_absent_files_mean_nothing_learned(tmp_path):
    L.load_learned.cache_clear()
    assert not L.load_learned(tmp_path)


@pytest.mark.slow
def test_learn_warns_when_the_config_does_not_run_the_learned_components(tmp_path, seed_copy):
    models = tmp_path / "plain"
    shutil.copytree(MODELS, models, ignore=shutil.ignore_patterns("ner", "__pycache__"))
    text = (models / "config.cfg").read_text(encoding="utf-8")
    for name in ('"newsfacts_learned", ', ', "newsfacts_exceptions"'):
        text = text.replace(name, "")
    (models / "config.cfg").write_text(text, encoding="utf-8")
    out = seed_copy("project")
    review(out)
    report = learn(out, gold=[], models=models, dry_run=True, pool=[])
    assert report.warnings and "does not run newsfacts_learned, newsfacts_exceptions" in report.warnings[0]


# --------------------------------------------------------------------------- hostile reviews


@pytest.mark.slow
@pytest.mark.parametrize("bad, reason", [
    (dict(correction="!!!"), "has no letter or digit"),
    (dict(correction="Jane " + "x" * 400), "is not a name (at most 300)"),
    (dict(doc_id="no-such-document#1"), "is not a processed document of this run"),
    (dict(verdict="maybe"), "verdict 'maybe' must be empty, 'ok' or 'wrong'"),
])
def test_learn_bad_row_is_rejected_and_the_good_rows_are_learned(tmp_path, bad, reason, seed_copy):
    models = models_copy(tmp_path)
    out = seed_copy("learning")
    table = rows(out / "mentions.csv")
    good = next(r for r in table if r["text"] == "Rickey Smiley")
    victim = next(r for r in table if r["label"] == "PERSON" and r["text"] != "Rickey Smiley")
    for r in table:
        r["verdict"], r["correction"] = ("wrong", "Rickey Smiley Sr.") if r is good else ("", "")
    victim.update({"verdict": "wrong", "correction": "Someone Else", **bad})
    write_rows(out / "mentions.csv", table)
    report = learn(out, gold=[], models=models, pool=[])
    assert len(report.rejected) == 1 and reason in report.rejected[0], report.rejected
    assert [c.record["name"] for c in report.accepted] == ["Rickey Smiley Sr."]
    L.load_learned.cache_clear()
    pipeline.load(models)  # what was written loads


@pytest.mark.slow
def test_learn_nothing_usable_is_a_usage_error(tmp_path, seed_copy):
    from pipeline.errors import UsageError

    out = seed_copy("project")
    review(out, mentions=lambda r: ("wrong", "!!!") if r["label"] == "PERSON" else ("", ""))
    with pytest.raises(UsageError, match="no usable review row: .* rejected; the first: mentions.csv:"):
        learn(out, gold=[], models=models_copy(tmp_path))


def test_learn_change_that_would_not_load_is_refused_alone(tmp_path):
    """A KB record whose id is a curated entity's would break every later run: it is never written."""
    from pipeline.tools.learning.pipelines import load_problem, loadable
    from pipeline.tools.learning.records import Change, new_texts, write_texts

    models = models_copy(tmp_path)
    curated = json.loads((models / "kb" / "entities.jsonl").read_text(encoding="utf-8").splitlines()[0])
    clash = Change(L.KB_FILE, {"id": curated["id"], "label": "PERSON", "name": "Someone Else", "aliases": []},
                   "clash", ["mentions.csv:2"])
    fine = Change(L.KB_FILE, {"id": "person:someone-new", "label": "PERSON", "name": "Someone New", "aliases": []},
                  "fine", ["mentions.csv:3"])

    def candidate(changes):
        path = tmp_path / f"cand{len(list(tmp_path.glob('cand*')))}"
        shutil.copytree(models, path)
        write_texts(path, new_texts(models, changes))
        return path

    kept, refused = loadable([clash, fine], candidate)
    assert kept == [fine]
    assert len(refused) == 1 and refused[0].startswith("mentions.csv:2: clash would write a record the pipeline "
                                                       "cannot load") and curated["id"] in refused[0]
    assert load_problem(models) == ""


@pytest.mark.parametrize("encoding, delimiter", [("cp1252", ","), ("utf-8", ";"), ("cp1252", ";"), ("utf-8", "\t")])
def test_learn_read_table_spreadsheet_encodings_and_delimiters(tmp_path, encoding, delimiter):
    path = tmp_path / "mentions.csv"
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows([["doc_id", "mention_id", "verdict", "correction"],
                                                      ["a#1", "m1", "wrong", "José Núñez"]])
    (row,) = read_table(path)
    assert row.cells == {"doc_id": "a#1", "mention_id": "m1", "verdict": "wrong", "correction": "José Núñez"}


def test_learn_read_table_column_named_twice_is_a_usage_error(tmp_path):
    from pipeline.errors import UsageError

    path = tmp_path / "facts.csv"
    path.write_text("doc_id,fact_id,verdict,Verdict\na#1,f1,ok,wrong\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"facts.csv:1: column 'verdict' named twice"):
        read_table(path)


# --------------------------------------------------------------------------- damage cases (issue 12)
# Invented documents. Each case reviews a run the way a reviewer did when learn damaged other documents,
# and states what may change afterwards: the reviewed rows, and in the other documents only ``pool_changes``.

#: A race and two sporting contests won in one story: the contests' wins are the wrong ones (a prize is no longer one:
#: won.verb's exclude_object names it).
CONTEST_DOC = ("The presidential election campaign in Velmaria ended on Sunday. Tomas Rehn, the opposition "
               "candidate, wins the Boston Marathon. Zed Amory won the Masters at Augusta. Oskar Lind won the "
               "election for President of Velmaria.")

DAMAGE_CASES = [
    pytest.param(dict(
        reviewed=["Zandor Pekkala won the election for President of Velmaria on Sunday. Oskar Lind, the President "
                  "of Velmaria, congratulated him."],
        pool=["Ilse Varga won the election for President of Velmaria in 2019.",
              "The vote was held on Sunday, and Marta Quill won the election for President of Velmaria."],
        facts={("won", "Zandor Pekkala"): ("", "{general}object=Governor of Northern Velmaria")},
        after_reviewed={("won", "Zandor Pekkala", "Governor of Northern Velmaria"),
                        ("holds_office", "Oskar Lind", "President of Velmaria")},
        gone_reviewed={("won", "Zandor Pekkala", "President of Velmaria")},
        pool_changes=set(), summary="correction in d1 only: OFFICE 'President of Velmaria' is 'Governor of "
        "Northern Velmaria'", summary_general="correction in d1 only"),
        id="1-office-correction-is-no-alias"),
    pytest.param(dict(
        reviewed=["Silent Spring Says Goodbye\nThe election in Velmaria will be held in May. Zandor Pekkala won "
                  "the vote."],
        pool=["Zandor Pekkala Says Goodbye\nThe president of Velmaria, Zandor Pekkala, won the election.",
              "Marek Dovzhen Says Goodbye\nThe president of Ostrava, Marek Dovzhen, won the election."],
        mentions={("PERSON", "Silent Spring"): ("wrong", "")}, max_collateral=1,
        gone_reviewed={("PERSON", "Silent Spring")}, after_reviewed={("PERSON", "Zandor Pekkala")},
        pool_changes=set(), summary="exception (non-name)"),  # that text, never a name by that rule
        id="2-headline-exception-spares-heads-of-state"),
    pytest.param(dict(
        reviewed=["ZANDOR PEKKALA CLAIMS VICTORY\nZandor Pekkala won the election for President of Velmaria.",
                  "Voters in Sierra Leone went to the polls. Turnout in SL was high."],
        pool=["Zandor Pekkala won the election for President of Velmaria.", "Zandor Pekkala thanked voters."],
        added=[("d1", "PERSON", "ZANDOR PEKKALA"), ("d2", "GPE", "SL")],
        after_reviewed={("PERSON", "ZANDOR PEKKALA", "Zandor Pekkala"), ("GPE", "SL", "Sierra Leone")},
        pool_changes=set(), summary="correction in d2 only: GPE 'SL' is 'Sierra Leone' (gpe:sierra-leone)",
        summary_general="alias 'SL' -> gpe:sierra-leone"),
        id="3-capitals-rename-nothing-abbreviation-is-an-alias"),
    pytest.param(dict(
        reviewed=[CONTEST_DOC],
        pool=["Voters in Velmaria go to the polls in May. Ida Corran wins the Chicago Marathon for women.",
              "Voters in Velmaria went to the polls. Marta Quill won the election for President of Velmaria.",
              "Jane Doe won the mayoral race in Springfield with 52% of the vote."],
        facts={("won", "Tomas Rehn"): ("wrong", ""), ("won", "Zed Amory"): ("wrong", ""),
               ("won", "Oskar Lind"): ("ok", "")},
        gone_reviewed={("won", "Tomas Rehn", ""), ("won", "Zed Amory", "")},
        after_reviewed={("won", "Oskar Lind", "President of Velmaria")},
        pool_changes={("p1", "won", "Ida Corran", "")}, summary="exception (cue form)"),
        id="4-contest-wins-generalise-election-wins-stay"),
]


def _jsonl(path: Path, prefix: str, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": f"{prefix}{n}", "text": t, "published": "2024-05-01"}) + "\n"
                            for n, t in enumerate(texts, 1)), encoding="utf-8")
    return path


def _facts(out: Path) -> set[tuple]:
    return {(r["doc_id"], r["predicate"], r["subject"], r["object"] or r["office"]) for r in rows(out / "facts.csv")}


def _mentions(out: Path) -> set[tuple]:
    return {(r["doc_id"], r["label"], r["text"], r["entity"]) for r in rows(out / "mentions.csv")}


@pytest.mark.parametrize("general", ["", "general: "], ids=["scoped", "general"])
@pytest.mark.parametrize("case", DAMAGE_CASES)
def test_learn_damage_case_is_refused_or_scoped(tmp_path, case, general):
    models = models_copy(tmp_path)
    reviewed = _jsonl(tmp_path / "reviewed.jsonl", "d", case["reviewed"])
    pool = _jsonl(tmp_path / "pool.jsonl", "p", case["pool"])
    out = run([reviewed], tmp_path / "run", models)
    pool_before = run([pool], tmp_path / "pool1", models)
    fix = lambda table: {k: (v, c.format(general=general)) for k, (v, c) in table.items()}  # noqa: E731
    facts, mentions = fix(case.get("facts", {})), fix(case.get("mentions", {}))
    added = [{"doc_id": d, "label": label, "text": text, "correction": general.strip()}
             for d, label, text in case.get("added", [])]
    review(out, facts=lambda r: facts.get((r["predicate"], r["subject"]), ("", "")),
           mentions=lambda r: mentions.get((r["label"], r["text"]), ("", "")), added=added)
    report = learn(out, gold=[], models=models, pool=[pool], max_collateral=case.get("max_collateral", DEFAULT_MAX_COLLATERAL))
    summary = case.get("summary_general", case["summary"]) if general else case["summary"]
    assert any(c.summary.startswith(summary) for c in report.accepted), report.format()
    assert "gpe:sl" not in "".join(p.read_text(encoding="utf-8") for p in report.written)

    after = run([reviewed], tmp_path / "run2", models)
    got = {f[1:] for f in _facts(after)} | {m[1:] for m in _mentions(after)} | {m[1:3] for m in _mentions(after)}
    assert case.get("after_reviewed", set()) <= got, got
    assert not case.get("gone_reviewed", set()) & got, got
    pool_after = run([pool], tmp_path / "pool2", models)
    assert _facts(pool_before) - _facts(pool_after) == case["pool_changes"]
    assert not _facts(pool_after) - _facts(pool_before)
    assert _mentions(pool_before) <= _mentions(pool_after)  # no mention renamed or lost
    if not general:  # a general change may find a name it now knows elsewhere (its collateral is listed)
        assert _mentions(pool_after) == _mentions(pool_before)
    assert all(m[3] == "Zandor Pekkala" for m in _mentions(pool_after) if m[2] == "Zandor Pekkala")


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize("a, b, label, same", [
    ("VELMARIA", "Velmaria", "GPE", True),  # case
    ("Jose Nunez", "José Núñez", "PERSON", True),  # accents
    ("URV", "United Republic of Velmaria", "GPE", True),  # abbreviation (skips "of")
    ("U.R.V.", "United Republic of Velmaria", "GPE", True),
    ("J. Smith", "John Smith", "PERSON", True),  # initials
    ("Smith", "John Smith", "PERSON", True),  # surname
    ("Rickey Smiley", "Rickey Smiley Sr.", "PERSON", True),  # a suffix
    ("Velmaria Unity", "Velmaria Unity Party", "ORG", True),
    ("John", "John Smith", "PERSON", False),  # a first name alone is not the person
    ("Oskar Lind", "Ilse Varga", "PERSON", False),
    ("President of Velmaria", "Governor of Northern Velmaria", "OFFICE", False),  # two offices
    ("President", "President of Velmaria", "OFFICE", False),  # an office is never shortened
    ("of", "United Republic of Velmaria", "GPE", False),
])
def test_learn_spelling_relation(a, b, label, same):
    from pipeline.tools.learning.spelling import name_suffixes, spelling_relation

    suffixes = name_suffixes(MODELS)

    assert bool(spelling_relation(a, b, label, suffixes)) is same
    assert bool(spelling_relation(b, a, label, suffixes)) is same


@pytest.mark.parametrize("cell, scope, correction, general", [
    ("Jane Roe", "", "Jane Roe", False),
    ("general: Jane Roe", "", "Jane Roe", True),
    ("GENERAL:Jane Roe", "", "Jane Roe", True),
    ("Jane Roe", "general", "Jane Roe", True),
    ("general:", "", "", True),  # an added mention marked general, no name given
    ("generally Jane", "", "generally Jane", False),
])
def test_learn_general_marker(cell, scope, correction, general):
    from pipeline.tools.learning.reviewed import Row, _read_scope

    row = Row("mentions", 2, {"correction": cell, "scope": scope})
    _read_scope(row)
    assert (row.get("correction"), row.general) == (correction, general)


def test_learn_dev_sample_is_bounded_deterministic_and_reads_listed_ids_only(tmp_path):
    from pipeline.tools.learning.collateral import dev_sample

    pool, ids = tmp_path / "ce.jsonl", tmp_path / "ids.txt"
    pool.write_text("".join(json.dumps({"id": f"ce-{n}", "text": f"text {n}"}) + "\n" for n in range(20)),
                    encoding="utf-8")
    ids.write_text("\n".join(f"ce-{n}" for n in range(0, 20, 2)) + "\n", encoding="utf-8")
    first = dev_sample(4, pool, ids)
    assert first == dev_sample(4, pool, ids) and len(first) == 4
    assert all(int(i.split("-")[1]) % 2 == 0 for i, _, _ in first)
    assert len(dev_sample(100, pool, ids)) == 10 and dev_sample(0, pool, ids) == []


def test_learn_without_shared_says_so_in_one_line(monkeypatch, tmp_path):
    import pipeline.tools.learning.collateral as collateral

    monkeypatch.setattr(collateral, "POOL_FILE", tmp_path / "absent.jsonl")
    docs, notices = collateral.default_pool(10)
    assert len(notices) == 1 and "\n" not in notices[0] and "is absent" in notices[0]
    assert docs and all(i.startswith("ce-") for i, _, _ in docs)  # the off-topic gold's texts are still tried


def test_learn_never_learns_from_a_held_out_gold_document(tmp_path):
    from pipeline.tools.evaluate import load_gold

    _, docs = load_gold(ROOT / "tests" / "gold" / "off_topic.jsonl")
    held = tmp_path / "held.jsonl"
    held.write_text(json.dumps({"id": "h1", "text": docs[0]["text"]}) + "\n", encoding="utf-8")
    models = models_copy(tmp_path)
    out = run([held, SEED], tmp_path / "run", models)
    review(out, mentions=lambda r: ("wrong", "") if r["doc_id"] in ("h1",) or r["text"] == "Rickey Smiley"
           else ("", ""))
    report = learn(out, gold=[], models=models, pool=[], dry_run=True)
    assert report.rejected and all("held-out gold off_topic.jsonl" in r for r in report.rejected)
    assert all(" (h1 " in r for r in report.rejected)
    assert report.accepted and not any("h1" in ref for c in report.accepted for ref in c.taught_by)


@pytest.mark.parametrize("limit, summary", [
    (0, "exception (wording)"),  # the cue form alters an unreviewed row: narrowed
    (1, "exception (cue form)"),
])
def test_learn_collateral_limit_narrows_an_exception(tmp_path, limit, summary):
    models = models_copy(tmp_path)
    reviewed = _jsonl(tmp_path / "reviewed.jsonl", "d", [CONTEST_DOC])
    pool = _jsonl(tmp_path / "pool.jsonl", "p", [
        "Voters in Velmaria go to the polls in May. Ida Corran wins the Chicago Marathon for women."])
    out = run([reviewed], tmp_path / "run", models)
    review(out, facts=lambda r: ("wrong", "") if (r["predicate"], r["subject"]) == ("won", "Tomas Rehn") else ("", ""))
    report = learn(out, gold=[], models=models, pool=[pool], max_collateral=limit, dry_run=True)
    effect = next(line for line in report.collateral if line.startswith("exception (cue form)"))
    assert "this change alters 1 fact in 1 document you did not review: p1: won(Ida Corran) -> (dropped)" in effect
    assert effect.endswith("(over the limit of 0)") is (limit == 0)
    (change,) = report.accepted
    assert change.summary.startswith(summary)


@pytest.mark.parametrize("limit, force, outcome", [
    (0, False, "refused"),  # a pattern has no narrower form
    (0, True, "forced"),
    (1, False, "accepted"),
])
def test_learn_collateral_limit_refuses_unless_forced(tmp_path, limit, force, outcome):
    models = models_copy(tmp_path)
    reviewed = _jsonl(tmp_path / "reviewed.jsonl", "d", ["Crowds applauded Zorblat Quux in the square."])
    pool = _jsonl(tmp_path / "pool.jsonl", "p", ["Voters applauded Zandor Qwill loudly.", "Nobody came."])
    out = run([reviewed], tmp_path / "run", models)
    review(out, added=[{"doc_id": "d1", "label": "PERSON", "text": "Zorblat Quux"}])
    report = learn(out, gold=[], models=models, pool=[pool], max_collateral=limit, force=force, dry_run=True)
    (effect,) = report.collateral
    assert effect.endswith("this change alters 1 mention in 1 document you did not review: p1: (none) -> PERSON "
                           "'Zandor Qwill'" + (" (over the limit of 0)" if limit == 0 else "")), effect
    got = {"refused": report.refused, "forced": report.forced, "accepted": report.accepted}
    assert [k for k, v in got.items() if v] == (["forced", "accepted"] if force else [outcome]), report.format()


# --------------------------------------------------------------------------- the gate reruns what a change may touch
# Invented documents of a tuning gold. Each change is scored twice on them: every document run again, and
# only those it may touch (the others keep the base run's rows); the scores must be the same.

GATE_DOCS = [
    ("Zandor Pekkala won the election for President of Velmaria on Sunday.",
     [{"predicate": "won", "subject": "Zandor Pekkala"}]),
    ("Ida Corran won the Chicago Marathon for women in the Velmarian election year.", []),
    ("Voters in Sierra Leone went to the polls. Turnout in SL was high.", [], {"GPE": ["Sierra Leone"]}),
    ("Marta Quill conceded the Ostravan mayoral race on Friday.",
     [{"predicate": "conceded", "subject": "Marta Quill"}]),
    ("Voters in Ghana went to the polls on Sunday.", [], {"GPE": ["Ghana"]}),
]

GATE_CASES = [
    pytest.param(L.EXCEPTIONS_FILE, {"id": "x.cue", "kind": "fact", "rule": "won.verb", "predicate": "won",
                                     "cue": "marathon"}, 2, True, id="fact-exception-reruns-where-its-rule-fired"),
    pytest.param(L.EXCEPTIONS_FILE, {"id": "x.text", "kind": "mention", "rule": "kb", "label": "GPE",
                                     "anchor": ["<GPE>"], "text": "sierra leone"}, 1, True,
                 id="mention-exception-reruns-where-its-text-is"),
    pytest.param(L.EXCEPTIONS_FILE, {"id": "x.words", "kind": "mention", "rule": "kb", "label": "GPE",
                                     "anchor": ["<GPE>"], "before": ["nowhere", "near"]}, 0, False,
                 id="mention-exception-whose-words-occur-nowhere-reruns-nothing"),
    pytest.param(L.CORRECTIONS_FILE, {"id": "c.sl", "doc": "g3", "start": 53, "end": 55, "label": "GPE", "text": "SL",
                                      "entity": "gpe:sierra-leone", "name": "Sierra Leone"}, 1, False,
                 id="correction-reruns-its-document"),
    pytest.param(L.ALIASES_FILE, {"id": "a.sl", "label": "GPE", "alias": "SL", "entity": "gpe:sierra-leone"}, 1, False,
                 id="alias-reruns-where-it-is-written"),
    pytest.param(L.KB_FILE, {"id": "person:ida-corran", "label": "PERSON", "name": "Ida Corran", "aliases": []}, 5,
                 False, id="kb-entity-reruns-every-document"),
]


@pytest.mark.slow
@pytest.mark.parametrize("file, record, reran, moves", GATE_CASES)
def test_learn_gate_reruns_only_what_a_change_may_touch_and_scores_as_a_full_rerun(tmp_path, file, record, reran,
                                                                                   moves):
    from pipeline.tools.learn import Gate
    from pipeline.tools.learning.collateral import Collateral, gold_texts
    from pipeline.tools.learning.pipelines import Pipelines
    from pipeline.tools.learning.records import Change, new_texts, write_texts

    models = models_copy(tmp_path)
    gold = tmp_path / "tune.jsonl"
    gold.write_text("\n".join([json.dumps({"aliases": {}})] + [
        json.dumps({"id": f"g{n}", "text": t, "published": "2024-05-01", "facts": facts, "entities": entities})
        for n, (t, facts, *more) in enumerate(GATE_DOCS, 1) for entities in [more[0] if more else {}]]) + "\n",
        encoding="utf-8")
    change = Change(file, record, "change", ["test"])
    folder = tmp_path / "candidate"
    shutil.copytree(models, folder)
    write_texts(folder, new_texts(models, [change]))
    pipes = Pipelines(models)
    collateral = Collateral(pipes.base.nlp, models, gold_texts(gold), set(), lambda _: folder, pipelines=pipes)
    gate = Gate([gold], tmp_path, models, pipes.base.nlp)
    nlp = pipes.get(folder).nlp
    every = gate.score(folder, nlp)
    assert gate.reran == {"tune.jsonl": len(GATE_DOCS)}
    touched = gate.score(folder, nlp, lambda i, t, p: collateral.may_touch(change, i, t, p))
    assert gate.reran == {"tune.jsonl": reran}
    assert touched == every
    assert (touched != gate.before) == moves  # the merged rows are the candidate's where it changed something


@pytest.mark.slow
@pytest.mark.parametrize("file, record", [
    (L.EXCEPTIONS_FILE, {"id": "x.text", "kind": "mention", "rule": "kb", "label": "GPE", "anchor": ["<GPE>"],
                         "text": "sierra leone"}),
    (L.ALIASES_FILE, {"id": "a.sl", "label": "GPE", "alias": "SL", "entity": "gpe:sierra-leone"}),
    (L.ALIASES_FILE, {"id": "a.bad", "label": "GPE", "alias": "SL", "entity": "gpe:no-such-place"}),  # refused alike
])
def test_learn_candidate_of_learned_files_reads_as_a_full_build(tmp_path, file, record):
    """A candidate that differs in learned exceptions, aliases, corrections or patterns alone reuses the base
    pipeline with its learned components rebuilt: the same rows, or the same refusal, as a build of the folder."""
    from pipeline.tools.learning.collateral import doc_rows
    from pipeline.tools.learning.pipelines import Pipelines
    from pipeline.tools.learning.records import Change, new_texts, write_texts

    models = models_copy(tmp_path)
    folder = tmp_path / "candidate"
    shutil.copytree(models, folder)
    write_texts(folder, new_texts(models, [Change(file, record, "change", ["test"])]))
    try:
        full = pipeline.load(folder)
    except DataError as e:
        with pytest.raises(DataError, match=re.escape(str(e))):
            Pipelines(models).get(folder)
        return
    pipes = Pipelines(models)
    derived = pipes.get(folder).nlp
    assert derived.get_pipe("newsfacts_entities") is pipes.base.nlp.get_pipe("newsfacts_entities")  # not rebuilt
    for text, *_ in GATE_DOCS:
        assert doc_rows(derived(text)) == doc_rows(full(text))
