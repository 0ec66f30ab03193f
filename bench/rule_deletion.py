"""Deleting any single fact rule fails at least one phrasing test: checked for every rule.

For each rule of ``models/facts/*.yml``: copy ``models/`` to a temporary folder, cut the rule's
block out of its YAML file, and run the phrasing tests (``tests/test_fact_rules.py``,
``tests/test_facts.py``, ``tests/test_facts_syntax.py``) with ``NEWSFACTS_TEST_MODELS`` pointing
at the copy. A rule passes the check when at least one test fails; the report says which, and
whether the fact of the rule's positive row was lost altogether or only found by another rule
(then the rule is redundant for that sentence, and only its name in the table catches the loss).
A first run on an unchanged copy must pass, or nothing below means anything.

This is a script, not a test: it builds the pipeline once per rule (46 builds, several minutes on
2 cores), far beyond the suite's budget. The suite keeps the cheap half of the guarantee:
``test_fact_rules_every_rule_has_cases`` fails for a rule without a positive row, and a positive
row fails without its rule.

    .venv/bin/python bench/rule_deletion.py [--jobs 2] [--rules won.verb,won.passive]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.nlp.rules import load_rules  # noqa: E402

PHRASING_TESTS = ("tests/test_fact_rules.py", "tests/test_facts.py", "tests/test_facts_syntax.py")
#: A failed test in pytest's short summary (``-rf``): its node id and the first line of its message.
FAILED = re.compile(r"^FAILED (\S+)(?: - (.*))?$")
RULE_START = re.compile(r"^- id: *(\S+)\s*$")
#: pytest's ``-k`` for the runs (``--select``); empty: every test of the files.
SELECT: list[str] = []


def rule_files() -> dict[str, Path]:
    """Rule id -> the YAML file under models/facts that holds it."""
    found = {}
    for path in sorted((ROOT / "models" / "facts").glob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = RULE_START.match(line)
            if m:
                found[m.group(1)] = path
    return found


def cut_rule(text: str, rule_id: str) -> str:
    """``text`` without the block of ``rule_id`` (from its ``- id:`` line to the next rule or the end)."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if (m := RULE_START.match(line)) and m.group(1) == rule_id)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- ")), len(lines))
    return "".join(lines[:start] + lines[end:])


def models_without(rule_id: str | None, base: Path) -> Path:
    """A copy of models/ under ``base`` without ``rule_id`` (None: unchanged), checked by the loader."""
    models = base / "models"
    shutil.copytree(ROOT / "models", models)
    if rule_id is not None:
        path = models / "facts" / rule_files()[rule_id].name
        path.write_text(cut_rule(path.read_text(encoding="utf-8"), rule_id), encoding="utf-8")
        left = {r.id for r in load_rules(models / "facts").rules}
        assert rule_id not in left and len(left) == len(rule_files()) - 1, f"cutting {rule_id} went wrong"
    return models


def run_phrasing_tests(models: Path, tests: tuple[str, ...] = PHRASING_TESTS) -> tuple[int, list[tuple[str, str]]]:
    """pytest's exit code and the failed tests (node id, message) of ``tests`` on ``models``."""
    env = {**os.environ, "NEWSFACTS_TEST_MODELS": str(models), "COLUMNS": "1000"}  # whole messages in -rf
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf", "--no-header",
                           "-o", "addopts=", *SELECT, *tests], cwd=ROOT, env=env, capture_output=True, text=True)
    failed = [(m.group(1), (m.group(2) or "").removeprefix("AssertionError: "))
              for line in proc.stdout.splitlines() if (m := FAILED.match(line))]
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not failed):
        raise SystemExit(f"pytest could not run on {models} (exit {proc.returncode}):\n{proc.stdout[-3000:]}"
                         f"{proc.stderr[-3000:]}")
    return proc.returncode, failed


def check(rule_id: str | None, tests: tuple[str, ...] = PHRASING_TESTS) -> tuple[str | None, list[tuple[str, str]]]:
    with tempfile.TemporaryDirectory(prefix="rule-deletion-") as tmp:
        return rule_id, run_phrasing_tests(models_without(rule_id, Path(tmp)), tests)[1]


def check_in_process(rules: list[str]):
    """The positive rows of tests/test_fact_rules.py, in this process, for each rule deleted: one pipeline,
    whose fact stage is rebuilt from the copy of models/ without the rule (the other stages do not read
    models/facts). Minutes faster than a pytest run per rule on a busy machine; same test functions."""
    import pipeline
    from pipeline.nlp.components.facts import FactEngine

    sys.path.insert(0, str(ROOT / "tests"))
    import test_fact_rules as T

    nlp = pipeline.load()
    index = nlp.pipe_names.index("newsfacts_facts")
    full = nlp.get_pipe("newsfacts_facts")

    def positives(rule_set) -> list[tuple[str, str]]:
        failed = []
        for row in T.POSITIVE:
            try:
                T.test_fact_rule_finds_its_fact(nlp, rule_set, *row[:3], T.ALONE in row[3:])
            except AssertionError as e:
                failed.append((f"tests/test_fact_rules.py::test_fact_rule_finds_its_fact[{row[0]}]", str(e)))
        return failed

    try:
        if positives(load_rules(ROOT / "models" / "facts")):
            raise SystemExit("the positive rows fail on the unchanged models/")
        for rule_id in rules:
            with tempfile.TemporaryDirectory(prefix="rule-deletion-") as tmp:
                rule_set = load_rules(models_without(rule_id, Path(tmp)) / "facts")
            nlp._components[index] = ("newsfacts_facts", FactEngine(
                nlp, "newsfacts_facts", rule_set, full._person_cues, full.syntax, full.bare_offices,
                full.context_scores, lexicon=full.lexicon))
            yield rule_id, positives(rule_set)
    finally:
        nlp._components[index] = ("newsfacts_facts", full)


def how(rule_id: str, failed: list[tuple[str, str]]) -> str:
    """Why the rule's own positive row failed: the fact is gone, or another rule still gives it."""
    own = [msg for node, msg in failed if node.endswith(f"test_fact_rule_finds_its_fact[{rule_id}]")]
    if not own:
        return "-"
    if own[0].startswith("fact lost"):
        return "fact lost"
    kept = re.search(r"found only by other rules \[(.*?)\]", own[0])
    return f"kept by {kept.group(1).replace(chr(39), '')}" if kept else own[0][:40]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=1, help="rules checked at once (default 1)")
    parser.add_argument("--rules", help="comma-separated rule ids (default: every rule)")
    parser.add_argument("--tests", help="comma-separated test files (default: the phrasing tests); "
                        "tests/test_facts.py,tests/test_facts_syntax.py shows what the older tests alone catch")
    parser.add_argument("--in-process", action="store_true",
                        help="the positive rows only, in one process with one pipeline (fast; see check_in_process)")
    parser.add_argument("--select", help="pytest -k expression, e.g. finds_its_fact (the positive rows only: "
                        "a quicker check on a busy machine)")
    args = parser.parse_args()
    if args.select:
        SELECT[:] = ["-k", args.select]
    rules = args.rules.split(",") if args.rules else list(rule_files())
    unknown = sorted(set(rules) - set(rule_files()))
    if unknown:
        raise SystemExit(f"no such rule: {', '.join(unknown)}")
    tests = tuple(args.tests.split(",")) if args.tests else PHRASING_TESTS
    if args.in_process:
        results = check_in_process(rules)
        print("in process: the positive rows of tests/test_fact_rules.py, the fact stage rebuilt per deleted rule")
    else:
        _, baseline = check(None, tests)
        if baseline:
            raise SystemExit(f"the tests fail on an unchanged copy of models/: {baseline}")
        print(f"unchanged models/: the tests pass ({', '.join(tests)})")
    print(f"{'rule':30} {'failed':>6}  {'its positive row':34} other failing tests")
    caught = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        if not args.in_process:
            results = pool.map(lambda r: check(r, tests), rules)
        for rule_id, failed in results:
            others = [node.split("::", 1)[1] for node, _ in failed
                      if not node.endswith(f"test_fact_rule_finds_its_fact[{rule_id}]")]
            caught += bool(failed)
            print(f"{rule_id:30} {len(failed):>6}  {how(rule_id, failed):34} {', '.join(others) or '-'}", flush=True)
    print(f"{caught} of {len(rules)} deletions fail at least one test")
    return 0 if caught == len(rules) else 1


if __name__ == "__main__":
    sys.exit(main())
