"""A scripted review round: a reviewer played from the gold, through the review app in Chromium, keys only.

1. ``--items`` documents of ``tests/gold/dev_tune.jsonl`` are run with the project's models: the first ones
   (``--pick first``), ones evenly spaced through the file (``--pick spread``: items 0, n/k, 2n/k, ...), the
   last ones (``--pick last``: the file ends with the pool batches annotated after the first 215 items, the
   newest tuned on least; ``tests/gold/README.md``), or
   those the run is least sure of (``--pick unsure``: the whole file is run first; documents in which it
   found no fact, then those whose least confident fact is lowest - what the app's "lowest confidence
   first" order shows a reviewer first; chosen from the run's output alone, never from a gold). The same
   every time; none looks at dev_test.
2. ``newsfacts review --serve`` starts on them; headless Chromium (selenium) opens it and, for each fact
   the queue shows, presses ``a`` when the fact matches a gold fact of its document
   (:func:`pipeline.tools.evaluate._fact_matches`, the scorer's own matching) and ``x`` otherwise. On the
   first fact of each document it walks the document's mentions with ``j`` and presses ``w`` on each whose
   name the gold does not list for its label, selects each gold name the run has no mention of where the text
   spells it (``v``, the arrows, shift) and adds it with ``m`` (label and name typed), then adds each required
   gold fact the run missed with ``f``
   (predicate, subject, object, and the sentence that names the subject: what a reviewer sees in the
   text). A document in which the run found no fact is a card of its own: the same walk, then ``a``
   (nothing missing) or ``x`` (it added missed facts). Nothing but key presses reaches the app (the page is read only to know where the cursor is);
   the verdicts land in ``review.sqlite``.
3. ``learn`` reads the store (the CLI's adapter: an export to a temporary folder) and writes its
   accepted changes into a copy of ``models/``; its gate scores dev_tune and the seed only, never
   dev_test.
4. dev_test is run with the models before and after, and only its scores are printed: facts F1, the
   areas, never an item or a miss.

    .venv/bin/python bench/review_round.py [--items 50] [--pick first|spread|unsure|last] [--work DIR]
"""
from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
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


#: How ``--pick`` chooses the reviewed documents of dev_tune.
PICKS = ("first", "spread", "unsure", "last")
#: The confidence a document without facts sorts by under ``--pick unsure``: below every fact's.
NO_FACT = -1.0


def pick(n: int, k: int, how: str, certainty: list[float] | None = None) -> list[int]:
    """The indexes (in file order) of ``k`` of ``n`` documents: the first ``k``; ``k`` evenly spaced
    (``i * n // k``), so that a round reviews the whole file's range of years and phrasings, not only its
    oldest part; the last ``k`` (the file's newest batches, annotated after the rest and tuned on least: see
    ``tests/gold/README.md``); or the ``k`` of lowest ``certainty`` (each document's least confident fact,
    :data:`NO_FACT` without facts), ties in file order."""
    if how not in PICKS:
        raise ValueError(f"--pick {how!r} must be one of {', '.join(PICKS)}")
    k = min(k, n)
    if how == "first":
        return list(range(k))
    if how == "spread":
        return [i * n // k for i in range(k)]
    if how == "last":
        return list(range(n - k, n))
    if certainty is None or len(certainty) != n:
        raise ValueError("--pick unsure needs each document's certainty")
    return sorted(sorted(range(n), key=lambda i: (certainty[i], i))[:k])


def certainty(out: Path, doc_ids: list[str]) -> list[float]:
    """Per document of a run, the confidence of its least confident fact (:data:`NO_FACT` without facts)."""
    from pipeline.tools.review_store import read_rows, run_folder

    _, rows = read_rows(run_folder(out), "fact")
    least: dict[str, float] = {}
    for r in rows:
        c = float(r["confidence"]) if r.get("confidence") else 1.0
        least[r["doc_id"]] = min(c, least.get(r["doc_id"], c))
    return [least.get(d, NO_FACT) for d in doc_ids]


def _inputs(gold: Path, dest: Path, limit: int | None, how: str = "first",
            sure: list[float] | None = None) -> tuple[Path, list[dict], dict]:
    """The documents of a gold file as pipeline input; returns (input path, gold records, aliases)."""
    from pipeline.tools.evaluate import load_gold_file

    header, docs = load_gold_file(gold)
    docs = [docs[i] for i in pick(len(docs), limit, how, sure)] if limit else docs
    with dest.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "published": d.get("published")}) + "\n")
    return dest, docs, header.get("aliases", {})


#: Mention labels whose names the gold lists (``entities``): the ones the reviewer judges.
JUDGED_LABELS = ("PERSON", "GPE", "ORG", "OFFICE")


@dataclass
class Plan:
    """What the scripted reviewer does: a key per fact, the mentions it marks wrong, the facts it adds."""

    facts: dict[str, str]  # fact_key (or a fact-less document's key) -> "a" or "x"
    wrong_mentions: set[str]  # mention keys
    missed: dict[str, list[dict]]  # doc_id -> required gold facts no fact of the run matches
    # doc_id -> (first word, last word, label, name): gold names the run has no mention of, where the text spells
    # them (the name or an alias) on word boundaries that no mention of the run covers
    missed_mentions: dict[str, list[tuple[int, int, str, str]]] = field(default_factory=dict)


def words_of(text: str) -> list[tuple[int, int]]:
    """The review app's words (``wordsOf`` in app.js) as (start, end) code points: letters and digits joined
    by ' ’ - . inside a word; any other non-space character a word of its own."""
    out, i = [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        start = i
        i += 1
        if text[start].isalnum():
            while i < len(text) and (text[i].isalnum() or (text[i] in "'’.-" and i + 1 < len(text)
                                                           and text[i + 1].isalnum())):
                i += 1
        out.append((start, i))
    return out


def _missed_mentions(doc: dict, run_mentions: list[dict], names, aliases: dict) -> list[tuple[int, int, str, str]]:
    """The gold names of ``doc`` (the judged labels) that no run mention names, each at its first spelling in
    the text that starts and ends on a word of :func:`words_of` and overlaps no run mention."""
    text, words = doc["text"], words_of(doc["text"])
    starts, ends = {a: k for k, (a, _) in enumerate(words)}, {b: k for k, (_, b) in enumerate(words)}
    taken = [(int(m["start"]), int(m["end"])) for m in run_mentions]
    out = []
    for label in JUDGED_LABELS:
        found = {names(m["entity"] or m["text"]) for m in run_mentions if m["label"] == label}
        for name in doc.get("entities", {}).get(label) or ():
            if names(name) in found:
                continue
            for spelling in sorted({name, *aliases.get(name, ())}, key=lambda v: (-len(v), v)):
                hit = next(((m.start(), m.end()) for m in re.finditer(re.escape(spelling), text)
                            if m.start() in starts and m.end() in ends
                            and not any(a < m.end() and m.start() < b for a, b in taken)), None)
                if hit is not None:
                    out.append((starts[hit[0]], ends[hit[1]], label, name))
                    taken.append(hit)
                    break
    return out


def _plan(out: Path, docs: list[dict], aliases: dict) -> Plan:
    from pipeline.tools.evaluate import Names, _fact_matches
    from pipeline.tools.review_store import document_key, read_rows, run_folder

    names = Names(aliases)
    gold = {d["id"]: d for d in docs}
    _, rows = read_rows(run_folder(out), "fact")
    _, mentions = read_rows(run_folder(out), "mention")
    facts = {r["fact_key"]: "a" if any(_fact_matches(g, r, names) for g in gold[r["doc_id"]].get("facts", [])) else "x"
             for r in rows if r["doc_id"] in gold}
    wrong = set()
    for m in mentions:
        listed = gold.get(m["doc_id"], {}).get("entities", {}).get(m["label"]) if m["label"] in JUDGED_LABELS else None
        if listed is not None and names(m["entity"] or m["text"]) not in {names(x) for x in listed}:
            wrong.add(m["mention_key"])
    missed = {}
    for doc_id, d in gold.items():
        found = [r for r in rows if r["doc_id"] == doc_id]
        missed[doc_id] = [g for g in d.get("facts", []) if g.get("required", True)
                          and (g.get("subject") or g.get("object"))
                          and not any(_fact_matches(g, r, names) for r in found)]
    with_facts = {r["doc_id"] for r in rows}
    for doc_id in gold:  # a document without facts: a when nothing is missing, x when facts are added
        if doc_id not in with_facts:
            facts[document_key(doc_id)] = "x" if missed[doc_id] else "a"
    by_doc: dict[str, list[dict]] = {}
    for m in mentions:
        by_doc.setdefault(m["doc_id"], []).append(m)
    added = {doc_id: _missed_mentions(d, by_doc.get(doc_id, []), names, aliases) for doc_id, d in gold.items()}
    return Plan(facts, wrong, missed, {k: v for k, v in added.items() if v})


def _review(out: Path, plan: Plan, profile: Path) -> dict[str, int]:
    """Press keys through the queue as :class:`Plan` says; returns what was pressed."""
    from selenium.webdriver.common.keys import Keys

    from pipeline.tools.review_app import ReviewServer
    from pipeline.tools.review_driver import open_app, press as press_keys, start_browser

    server = ReviewServer(out).start()
    driver = start_browser(profile)
    pressed = {"a": 0, "x": 0, "w": 0, "m": 0, "f": 0}

    def press(*keys) -> None:
        press_keys(driver, *keys)

    def read(script: str, *args):
        return driver.execute_script(script, *args)

    try:
        open_app(driver, server.url)
        done: set[str] = set()
        docs_seen: set[str] = set()
        while True:
            key = read("return document.getElementById('card').dataset.key || ''")
            if not key or key in done:
                break  # the end of the queue: the last fact stays shown
            doc_id = read("return document.getElementById('doc-id').textContent.split(' · ')[0]")
            if doc_id not in docs_seen:
                docs_seen.add(doc_id)
                seen_mentions: set[str] = set()
                while True:  # j over the document's mentions, w on the wrong ones
                    press("j")
                    mkey = read("return document.getElementById('mention').dataset.key || ''")
                    if not mkey or mkey in seen_mentions:
                        break
                    seen_mentions.add(mkey)
                    if mkey in plan.wrong_mentions:
                        press("w")
                        pressed["w"] += 1
                text = read("return document.getElementById('doc-text').textContent")
                for first, last, label, name in plan.missed_mentions.get(doc_id, []):  # v, arrows, m: keys only
                    # v starts on the first word of the card's sentence: to the document's first word, then on
                    press("v", *[Keys.ARROW_LEFT] * len(words_of(text)), *[Keys.ARROW_RIGHT] * first,
                          *[(Keys.SHIFT, Keys.ARROW_RIGHT)] * (last - first), "m", Keys.TAB, label, Keys.TAB, name,
                          Keys.ENTER)
                    pressed["m"] += 1
                for g in plan.missed.get(doc_id, []):  # f: the form, keys only
                    press("f")
                    number = read("var s = [...document.getElementById('af-sentence').options];"
                                  "var i = s.findIndex(o => arguments[0] && o.textContent.includes(arguments[0]));"
                                  "return i < 0 ? 0 : i + 1", (g.get("subject") or g.get("object")).split()[-1])
                    press(*g["predicate"], Keys.TAB, g.get("subject", ""), Keys.TAB, g.get("object", ""), Keys.TAB,
                          Keys.TAB)
                    if number:
                        press(str(number))
                    press(Keys.TAB, Keys.ENTER)  # the save button
                    pressed["f"] += 1
            done.add(key)
            k = plan.facts[key]
            press(k)
            pressed[k] += 1
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
    parser.add_argument("--pick", choices=PICKS, default="first",
                        help="which dev_tune documents: the first ones, evenly spaced through the file, those the "
                             "run is least sure of (no fact, then the lowest confidence), or the last ones (the "
                             "review-round batch, not tuned on)")
    parser.add_argument("--work", type=Path, default=None, help="keep the run, the store and the models here")
    args = parser.parse_args()
    from pipeline.tools.review_driver import browser_missing

    if browser_missing():
        parser.exit(2, f"review_round: {browser_missing()}\n")

    import pipeline
    from pipeline.tools.learn import learn
    from pipeline.tools.review_store import Store, reviewed_folder
    from pipeline.settings import DEFAULT_MODELS

    work = args.work or Path(tempfile.mkdtemp(prefix="review-round-"))
    work.mkdir(parents=True, exist_ok=True)
    sure = None
    if args.pick == "unsure":  # the run's own output on the whole file says where it is least sure
        every, all_docs, _ = _inputs(TUNE, work / "tune_all_input.jsonl", None)
        pipeline.run([every], work / "tune_all")
        sure = certainty(work / "tune_all", [d["id"] for d in all_docs])
    inputs, docs, aliases = _inputs(TUNE, work / "tune_input.jsonl", args.items, args.pick, sure)
    out = work / "tune_out"
    pipeline.run([inputs], out)
    plan = _plan(out, docs, aliases)
    start = time.perf_counter()
    pressed = _review(out, plan, work / "chromium-profile")
    seconds = time.perf_counter() - start
    with Store.of_run(out) as store:
        stored = {k: v.verdict for kind in ("fact", "document") for k, v in store.verdicts(kind).items()}
        mentions = {k for k, v in store.verdicts("mention").items() if v.verdict == "wrong"}
        added = store.added("fact")
        added_mentions = store.added("mention")
    agree = sum(stored.get(k) == ("ok" if p == "a" else "wrong") for k, p in plan.facts.items())
    print(f"reviewed {len(docs)} dev_tune documents ({args.pick}): {len(plan.facts)} cards, pressed a={pressed['a']} "
          f"x={pressed['x']} w={pressed['w']} m={pressed['m']} f={pressed['f']} in {seconds:.1f} s; store holds "
          f"{len(stored)} fact "
          f"verdicts ({agree} as planned), {len(mentions)} wrong mentions ({len(mentions & plan.wrong_mentions)} as "
          f"planned), {len(added)} added facts, {len(added_mentions)} added mentions "
          f"({sum(map(len, plan.missed_mentions.values()))} planned)", flush=True)

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
