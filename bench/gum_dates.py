"""Score the DATE stage on GUM news, as ../shared/eval/gum_score.py scores dates.

    .venv/bin/python bench/gum_dates.py [--text-anchor] [--misses] [--speed]

Every gold date with a single ``when`` value must be found (a DATE overlapping
its text, one containing the other) with that value; a DATE whose value matches
no gold value (``when``/``from``/``to``) counts against precision. Scores are
printed for the ``train`` partition (the only one used for tuning) and for
``dev``+``test`` separately. The anchor is the article's dateline, as
``gum_score.py`` gives it as ``published``; ``--text-anchor`` leaves
``published`` empty so the component must find the dateline itself.
``--speed`` also times the stage on ../shared/data/current_events.jsonl.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import spacy

import pipeline.nlp.components.dates  # noqa: F401  (registers the factory)
from pipeline.nlp.extensions import MENTIONS

SHARED = Path(__file__).resolve().parents[2] / "shared"
GUM = SHARED / "data" / "gum_news" / "gum_news.jsonl"
EVENTS = SHARED / "data" / "current_events.jsonl"


def dateline(doc: dict) -> str:
    """The article's own date, as gum_score.py's ``dateline()`` gives it."""
    for d in doc["dates"][:3]:
        when = d["attrs"].get("when", "")
        if re.fullmatch(r"\d{4}-\d\d-\d\d", when):
            return when
    return doc["date_created"]


def build():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_dates")
    return nlp


def run(nlp, text: str, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def tally(nlp, docs, text_anchor: bool = False, misses: bool = False) -> dict[str, list[int]]:
    """[tp, fp, fn] for the train partition and for dev+test ("heldout")."""
    counts = {"train": [0, 0, 0], "heldout": [0, 0, 0]}
    for gold in docs:
        key = "train" if gold["partition"] == "train" else "heldout"
        doc = run(nlp, gold["text"], None if text_anchor else dateline(gold))
        system = [s for s in doc.spans[MENTIONS] if s.label_ == "DATE"]
        values = {d["attrs"].get(k) for d in gold["dates"] for k in ("when", "from", "to")}
        for d in gold["dates"]:
            if "when" not in d["attrs"]:
                continue
            hit = any(s._.value == d["attrs"]["when"] and (s.text in d["text"] or d["text"] in s.text)
                      for s in system)
            counts[key][0 if hit else 2] += 1
            if misses and not hit and key == "train":
                print(f"  miss {gold['id']}: {d['text']!r} {d['attrs']['when']} anchor={doc._.anchor}")
        for s in system:
            if s._.value and s._.value not in values:
                counts[key][1] += 1
                if misses and key == "train":
                    ctx = doc.text[max(0, s.start_char - 50):s.end_char + 30].replace("\n", " ")
                    print(f"  spurious {gold['id']}: {s.text!r} {s._.value} ({s._.rule}) …{ctx}…")
    return counts


def score(nlp, docs, text_anchor: bool, misses: bool) -> None:
    for key, (tp, fp, fn) in tally(nlp, docs, text_anchor, misses).items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{key:<8} tp={tp} fp={fp} fn={fn} P={p:.3f} R={r:.3f} F1={f1(tp, fp, fn):.3f}")


def speed(nlp):
    texts = [json.loads(line)["text"] for line in open(EVENTS, encoding="utf-8")]
    docs = [nlp.make_doc(t) for t in texts]
    words = sum(len(d) for d in docs)
    dates = nlp.get_pipe("newsfacts_dates")
    start = time.perf_counter()
    for doc in docs:
        dates(doc)
    seconds = time.perf_counter() - start
    print(f"speed: {words} tokens in {seconds:.2f}s = {words / seconds:,.0f} tokens/s (DATE stage only)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-anchor", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--speed", action="store_true")
    args = parser.parse_args()
    if not GUM.exists():
        print(f"{GUM} is absent", file=sys.stderr)
        return 1
    nlp = build()
    docs = [json.loads(line) for line in open(GUM, encoding="utf-8")]
    score(nlp, docs, args.text_anchor, args.misses)
    if args.speed and EVENTS.exists():
        speed(nlp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
