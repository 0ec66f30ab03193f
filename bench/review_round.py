"""A scripted review round: a reviewer played from the gold, through the review app in Chromium, keys only.

1. The first ``--items`` documents of ``tests/gold/dev_tune.jsonl`` are run with the project's models.
2. ``newsfacts review --serve`` starts on them; headless Chromium (selenium) opens it and, for each fact
   the queue shows, presses ``a`` when the fact matches a gold fact of its document
   (:func:`pipeline.tools.evaluate._fact_matches`, the scorer's own matching) and ``x`` otherwise. Nothing but
   key presses reaches the app; the verdicts land in ``review.sqlite``.
3. ``learn`` reads the store (the CLI's adapter: an export to a temporary folder) and writes its
   accepted changes into a copy of ``models/``; its gate scores dev_tune and the seed only, never
   dev_test.
4. dev_test is run with the models before and after, and only its scores are printed: facts F1, the
   areas, never an item or a miss.

    .venv/bin/python bench/review_round.py [--items 50] [--work DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TUNE = ROOT / "tests" / "gold" / "dev_tune.jsonl"
TEST = ROOT / "tests" / "gold" / "dev_test.jsonl"
SEED = ROOT / "tests" / "gold" / "seed_gold.jsonl"
OFF_TOPIC = ROOT / "tests" / "gold" / "off_topic.jsonl"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
#: Seconds the browser may take to settle after a key press (a guard against a hang, not a pace).
SETTLE_SECONDS = 30


def _inputs(gold: Path, dest: Path, limit: int | None) -> tuple[Path, list[dict], dict]:
    """The documents of a gold file as pipeline input; returns (input path, gold records, aliases)."""
    from pipeline.tools.evaluate import load_gold_file

    header, docs = load_gold_file(gold)
    docs = docs[:limit] if limit else docs
    with dest.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "published": d.get("published")}) + "\n")
    return dest, docs, header.get("aliases", {})


def _plan(out: Path, docs: list[dict], aliases: dict) -> dict[str, str]:
    """fact_key -> the key the scripted reviewer presses."""
    from pipeline.tools.evaluate import Names, _fact_matches
    from pipeline.tools.review_store import read_rows, run_folder

    names = Names(aliases)
    gold = {d["id"]: d.get("facts", []) for d in docs}
    _, rows = read_rows(run_folder(out), "fact")
    return {r["fact_key"]: "a" if any(_fact_matches(g, r, names) for g in gold.get(r["doc_id"], [])) else "x"
            for r in rows}


def _browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--window-size=1400,1000", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def _review(out: Path, plan: dict[str, str], profile: Path) -> dict[str, int]:
    """Press a key per fact of the queue; returns what was pressed."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    from pipeline.tools.review_app import ReviewServer

    settled = ("var e = document.documentElement;"
               "return e.dataset.ready === '1' && e.dataset.busy === '0'")
    server = ReviewServer(out).start()
    driver = _browser(profile)
    pressed = {"a": 0, "x": 0}
    try:
        driver.get(server.url)
        WebDriverWait(driver, SETTLE_SECONDS).until(lambda d: d.execute_script(settled))
        done: set[str] = set()
        while True:
            key = driver.execute_script("return document.getElementById('card').dataset.key || ''")
            if not key or key in done:
                break  # the end of the queue: the last fact stays shown
            done.add(key)
            press = plan[key]
            ActionChains(driver).send_keys(press).perform()
            WebDriverWait(driver, SETTLE_SECONDS).until(lambda d: d.execute_script(settled))
            pressed[press] += 1
    finally:
        driver.quit()
        server.stop()
    return pressed


def _facts_scores(gold: Path, inputs: Path, models: Path, out: Path) -> dict[str, float]:
    import pipeline
    from pipeline.tools.evaluate import evaluate

    pipeline.run([inputs], out, models=models)
    report = evaluate(gold, out)
    p, r, f1 = report.tallies["facts"].prf()
    return {"facts P": p, "facts R": r, "facts F1": f1, **{f"{a} F1": report.f1(a) for a in ("PERSON", "OFFICE")}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=50, help="dev_tune documents reviewed (default 50)")
    parser.add_argument("--work", type=Path, default=None, help="keep the run, the store and the models here")
    args = parser.parse_args()

    import pipeline
    from pipeline.tools.learn import learn
    from pipeline.tools.review_store import Store, reviewed_folder
    from pipeline.settings import DEFAULT_MODELS

    work = args.work or Path(tempfile.mkdtemp(prefix="review-round-"))
    work.mkdir(parents=True, exist_ok=True)
    inputs, docs, aliases = _inputs(TUNE, work / "tune_input.jsonl", args.items)
    out = work / "tune_out"
    pipeline.run([inputs], out)
    plan = _plan(out, docs, aliases)
    start = time.perf_counter()
    pressed = _review(out, plan, work / "chromium-profile")
    seconds = time.perf_counter() - start
    with Store.of_run(out) as store:
        stored = {k: v.verdict for k, v in store.verdicts("fact").items()}
    agree = sum(stored.get(k) == ("ok" if p == "a" else "wrong") for k, p in plan.items())
    print(f"reviewed {len(docs)} dev_tune documents: {len(plan)} facts, pressed a={pressed['a']} x={pressed['x']} "
          f"in {seconds:.1f} s; store holds {len(stored)} verdicts, {agree} as planned", flush=True)

    models = work / "models"
    if models.exists():
        shutil.rmtree(models)
    shutil.copytree(DEFAULT_MODELS, models, ignore=shutil.ignore_patterns("__pycache__"))
    with reviewed_folder(out) as folder:
        report = learn(folder, gold=[TUNE, SEED, OFF_TOPIC], models=models,
                       progress=lambda m: print("learn:", m, flush=True))
    print(report.format(), flush=True)

    test_inputs, _, _ = _inputs(TEST, work / "test_input.jsonl", None)
    before = _facts_scores(TEST, test_inputs, DEFAULT_MODELS, work / "test_before")
    after = _facts_scores(TEST, test_inputs, models, work / "test_after")
    print("dev_test (scores only)   before   after   delta")
    for area in before:
        print(f"{area:<22} {before[area]:7.3f} {after[area]:7.3f} {after[area] - before[area]:+7.3f}")


if __name__ == "__main__":
    main()
