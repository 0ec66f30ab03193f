"""Shared fixtures: paths to the project, its models, and the optional ../shared data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
#: The models folder the session pipeline (fixture ``nlp``) and the phrasing tests read: the project's,
#: or a copy named by $NEWSFACTS_TEST_MODELS (bench/rule_deletion.py runs them on copies without one rule).
TEST_MODELS = Path(os.environ.get("NEWSFACTS_TEST_MODELS") or MODELS)


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test with a one-line reason when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is absent (a user's clone has no ../shared)")
    return path


def current_events_texts(count: int) -> list[str]:
    """The texts of the first ``count`` items of ../shared/data/current_events.jsonl: the real news the stages'
    gates are checked on (a gate must change no result there), or skip without ../shared."""
    import json

    with open(shared_file("data/current_events.jsonl"), encoding="utf-8") as f:
        return [json.loads(line)["text"] for _, line in zip(range(count), f)]


def ag_news_texts(rows: set[int]) -> dict[int, str]:
    """The AG News test rows ``rows`` (0-based) as the pipeline reads them ("title\n\ndescription"), or skip
    without ../shared: the AG gold files keep no text (the corpus is for research use; it is not copied here)."""
    import csv

    with shared_file("data/ag_news/test.csv").open(encoding="utf-8", newline="") as f:
        return {n: f"{title}\n\n{description}" for n, (_, title, description) in enumerate(csv.reader(f))
                if n in rows}


def gold_input(gold: Path, path: Path) -> Path:
    """The documents of a gold JSONL file as the pipeline's JSONL input (id, text, published); the text of a
    gold line without one (the AG files) is read from ../shared by its ``ag_row`` and checked by its hash."""
    import hashlib
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = {row["ag_row"] for row in rows if "id" in row and "text" not in row}
    texts = ag_news_texts(missing) if missing else {}
    for row in rows:
        if "id" in row and "text" not in row:
            row["text"] = texts[row["ag_row"]]
            digest = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
            assert digest == row["text_sha256"], f"{gold.name}: {row['id']}'s text differs from the annotated one"
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            if "id" in row:
                f.write(json.dumps({"id": row["id"], "text": row["text"], "published": row.get("published")}) + "\n")
    return path


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    """The seed corpus run once for the whole session (read-only for tests)."""
    import pipeline

    out = tmp_path_factory.mktemp("seed_run")
    pipeline.run([ROOT / "corpus" / "000_4311ab4fe2abe36b.txt"], out)
    return out


@pytest.fixture(scope="session")
def nlp():
    """The pipeline of :data:`TEST_MODELS` (the default one), loaded once for the whole test session."""
    import pipeline

    return pipeline.load(TEST_MODELS)


# -- tables of invented leads (test_result_leads, test_vote_leads, test_candidacy_leads, test_candidacy) ---------------
def lead_doc(nlp, text: str, anchor: str):
    """``text`` published on ``anchor`` through the whole pipeline: a challenge table's Doc."""
    doc = nlp.make_doc(text)
    doc._.published = anchor
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def lead_rows(nlp, text: str, anchor: str, predicates: tuple[str, ...], row) -> list:
    """The facts of ``predicates`` that the pipeline finds in ``text`` published on ``anchor``, each made a row by
    ``row(fact, entity)``, ``entity`` reading a slot's canonical name (None for an empty slot)."""
    doc = lead_doc(nlp, text, anchor)
    entity = lambda s: s._.entity if s is not None else None  # noqa: E731
    return [row(f, entity) for f in doc._.facts if f.predicate in predicates]


def held_row(fact, entity) -> dict:
    """A ``lead_rows`` row of an office table: the predicate, both slots' canonical names and the qualifier
    (``obj`` for the object slot, as the tables' ``H``/``now`` rows name it)."""
    return dict(predicate=fact.predicate, subject=entity(fact.subject), obj=entity(fact.object),
                qualifier=fact.qualifier)


def row_matches(row: dict, want: dict) -> bool:
    """Every field ``want`` names has that value in ``row``."""
    return all(row.get(k) == v for k, v in want.items())


#: A challenge table row's flag: a construction no rule reads yet (a strict xfail, so that its fix shows up).
GAP = "gap"


def lead_params(leads) -> list:
    """A challenge table's rows (lead, wanted rows, unwanted rows[, GAP]) as test parameters, each named by its
    lead's first 40 characters; a GAP row is a strict xfail."""
    gap = pytest.mark.xfail(reason="construction not read yet", strict=True)
    return [pytest.param(*row[:3], marks=gap if GAP in row[3:] else (), id=row[0][:40]) for row in leads]


def check_lead(rows: list[dict], wanted: list[dict], unwanted: list[dict]) -> None:
    """Every wanted row is among ``rows`` (row_matches), and no unwanted one is."""
    assert all(any(row_matches(r, w) for r in rows) for w in wanted), rows
    assert not any(row_matches(r, u) for r in rows for u in unwanted), rows


def table_score(rows_of, leads) -> tuple[int, int, int]:
    """A challenge table's (tp, fp, fn): ``rows_of(text)`` against each lead's wanted rows (its second field)."""
    tp = fp = fn = 0
    for text, wanted, *_ in leads:
        rows = rows_of(text)
        found = [w for w in wanted if any(row_matches(r, w) for r in rows)]
        tp, fn = tp + len(found), fn + len(wanted) - len(found)
        fp += sum(not any(row_matches(r, w) for w in wanted) for r in rows)
    return tp, fp, fn


def print_table_score(label: str, rows_of, leads, capsys) -> None:
    """A challenge table's score (table_score), printed for the round's report: no floor beyond its GAP marks (a GAP
    row is the next round's work), but every wanted row of a lead not marked GAP is found."""
    tp, fp, fn = table_score(rows_of, leads)
    with capsys.disabled():
        print(f"\n{label}: tp/fp/fn {tp}/{fp}/{fn}")
    assert tp >= sum(len(row[1]) for row in leads if GAP not in row[3:])


# -- curated knowledge-base files (test_kb_companies, test_kb_teams) -------------------------------------------------


def curated_records(path) -> list[dict]:
    """The records of one curated KB file, in file order."""
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_curated_kb_file(path, kb_type: str) -> None:
    """A curated KB file is sorted by unique id, holds only ORG records of ``kb_type``, and the whole KB loads; no
    name or alias of it names anything else the KB knows (a city "Toyota", a party): no entry is ambiguous."""
    from collections import defaultdict

    from pipeline.nlp.kb import fold, load_kb

    rows = curated_records(path)
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert all(r["label"] == "ORG" and r["type"] == kb_type and r["id"].startswith("org:") for r in rows)
    kb_files = sorted((MODELS / "kb").glob("*.jsonl"))
    load_kb(kb_files)  # validates every record
    owners = defaultdict(set)
    for other in kb_files:
        for r in curated_records(other):
            for alias in {r["name"], *r.get("aliases", [])}:
                owners[fold(alias)].add(r["id"])
    forms = {fold(a) for r in rows for a in {r["name"], *r.get("aliases", [])}}
    assert {f: v for f, v in owners.items() if f in forms and len(v) > 1} == {}
