"""CPU per pipeline stage, in units of the bare spaCy tokenizer's CPU on the same documents.

    .venv/bin/python bench/stages.py                       # the first 3,000 current-events items
    .venv/bin/python bench/stages.py --docs 12054 --json /tmp/after.json --against /tmp/before.json

Wall-clock timings of the same code drift by ±20% within minutes on a shared machine, which hides any
change of a few percent. Here every document goes through ``spacy.blank("en")``'s tokenizer and then through
the pipeline (its tokenizer and each component), one after the other, each timed in CPU seconds: the bare
tokenizer is the yardstick measured in the same instants, so a stage's ratio to it stays put however busy
the machine is (three runs of one checkout: total 8.48-8.56 bare-tokenizer units; two checkouts apart by a
change worth 0.2%: 3% apart, one stage 10%: read a stage's change under ~10% as noise unless it repeats).
``--against`` prints each stage's change from an earlier ``--json`` file. Reading, cleaning and writing CSVs
are not measured (see ``run.py`` for the whole run).
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT.parent / "shared" / "data" / "current_events.jsonl"
#: The name the yardstick has in the tables.
BARE = "bare tokenizer"


def measure(texts: list[str], nlp: "Language | None" = None) -> Counter:
    """CPU seconds per stage over ``texts``: the bare tokenizer, the pipeline's tokenizer (``nlp``'s, by
    default the project's pipeline), each component."""
    import spacy

    import pipeline

    nlp, bare = nlp or pipeline.load(), spacy.blank("en")
    clock = time.process_time
    seconds: Counter = Counter()
    for text in texts:
        began = clock()
        bare.make_doc(text)
        ended = clock()
        seconds[BARE] += ended - began
        doc = nlp.make_doc(text)
        began = clock()
        seconds["tokenizer"] += began - ended
        for name, component in nlp.pipeline:
            doc = component(doc)
            ended = clock()
            seconds[name] += ended - began
            began = ended
    return seconds


def units(seconds: Counter) -> dict[str, float]:
    """Each stage's CPU divided by the bare tokenizer's, and their ``total`` (the bare tokenizer left out)."""
    bare = seconds[BARE]
    out = {name: s / bare for name, s in seconds.items() if name != BARE}
    out["total"] = sum(out.values())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=EVENTS)
    parser.add_argument("--docs", type=int, default=3000, help="The first N documents of --data.")
    parser.add_argument("--json", type=Path, help="Write the units to this file.")
    parser.add_argument("--against", type=Path, help="A --json file of an earlier run to compare with.")
    args = parser.parse_args()
    if not args.data.is_file():
        raise SystemExit(f"{args.data} does not exist (the benchmark needs ../shared/data)")
    if args.against and not args.against.is_file():
        raise SystemExit(f"{args.against} does not exist (write it with --json first)")
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else {}
    with args.data.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.docs), f)]
    seconds = measure(texts)
    result = units(seconds)
    print(f"{len(texts):,} documents; bare tokenizer {seconds[BARE]:.2f} CPU s = 1 unit")
    for name, value in sorted(result.items(), key=lambda kv: (kv[0] == "total", -kv[1])):
        change = f"  {value / before[name] - 1:+.1%} against {before[name]:.2f}" if name in before else ""
        print(f"  {name:<28} {value:6.2f}{change}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
