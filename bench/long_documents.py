"""Seconds per 10,000 characters for one long document, against bare spaCy on the same text.

    .venv/bin/python bench/long_documents.py            # 10k, 40k, 200k characters
    .venv/bin/python bench/long_documents.py --sizes 10000 1000000

Each document is real text: the summaries of ``../shared/data/current_events.jsonl``
joined into one document of the given length, and a hostile one made of its
capitalised words as one comma list with no sentence end. The whole pipeline
(``process_document``: clean, analyse, rows) runs once per size, in one process,
after one warm-up document; ``spacy.blank("en")`` on the same text is the yardstick,
so the ratio does not depend on the machine. A pipeline linear in the document's
length keeps seconds per 10k characters flat: the last line says how far the
slowest size is from the fastest (the issue's target is 2x at most).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT.parent / "shared" / "data" / "current_events.jsonl"
#: Largest spread of seconds per 10k characters across sizes that counts as flat (issue 15).
TARGET_SPREAD = 2.0


def news_text(chars: int) -> str:
    parts, total = [], 0
    with EVENTS.open(encoding="utf-8") as f:
        for line in f:
            parts.append(json.loads(line)["text"])
            total += len(parts[-1]) + 1
            if total >= chars:
                break
    text = " ".join(parts)
    while len(text) < chars:  # more than the file holds: repeat it
        text = text + " " + text
    return text[:chars]


def name_list(chars: int) -> str:
    words = [w.strip(".,()") for w in news_text(200_000).split() if w[:1].isupper() and w.strip(".,()")]
    rnd = random.Random(15)
    out, total = [], 0
    while total < chars:
        part = f"{rnd.choice(words)} {rnd.choice(words)}{rnd.choice([', ', ' and ', ', and ', ' won '])}"
        out.append(part)
        total += len(part)
    return "".join(out)[:chars]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 40_000, 200_000])
    args = parser.parse_args()
    if not EVENTS.is_file():
        print(f"{EVENTS} is absent: nothing to measure", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    import spacy

    import pipeline
    from pipeline.io.documents import Document
    from pipeline.runner.engine import process_document

    nlp = pipeline.load()
    blank = spacy.blank("en")
    process_document(nlp, Document("warm", "bench", news_text(2_000), "2020-01-01"), doc_timeout=None)
    worst = 1.0
    for kind, make in (("news", news_text), ("name list", name_list)):
        rates = []
        print(f"{kind}: {'chars':>9} {'s':>8} {'s/10k chars':>12} {'bare spaCy s/10k':>17} {'ratio':>7}")
        for size in args.sizes:
            text = make(size)
            t = time.perf_counter()
            result = process_document(nlp, Document(f"{kind}-{size}", "bench", text, "2020-01-01"), doc_timeout=None)
            seconds = time.perf_counter() - t
            assert result.ok, result.document[4]
            t = time.perf_counter()
            blank(text)
            bare = time.perf_counter() - t
            rate = seconds / size * 10_000
            rates.append(rate)
            print(f"{'':{len(kind) + 1}} {size:>9,} {seconds:>8.2f} {rate:>12.3f} {bare / size * 10_000:>17.4f} "
                  f"{seconds / bare:>7.1f}")
        spread = max(rates) / min(rates)
        worst = max(worst, spread)
        print(f"{'':{len(kind) + 1}} spread of s/10k chars (slowest / fastest): {spread:.2f}x\n")
    print(f"worst spread {worst:.2f}x (target ≤ {TARGET_SPREAD:.0f}x): {'met' if worst <= TARGET_SPREAD else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
