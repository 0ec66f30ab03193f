"""Speed of the trained parser and the election-context model, as ratios to bare spaCy, on one core.

    .venv/bin/python bench/syntax.py            # 2,000 documents of current_events.jsonl
    .venv/bin/python bench/syntax.py --docs 500

Over the same texts in the same process: ``spacy.blank("en")`` (the
reference), the sentencizer plus :class:`pipeline.nlp.syntax.SentenceParser` on
*every* sentence (the worst case: the fact stage parses only sentences that
can hold a fact), the parser folder run as a whole pipeline on each document,
and the ``newsfacts_election_context`` component. Words are whitespace words
of the input; times are this process's CPU time (one thread), so a busy
machine slows the numbers less than the wall clock would. The issue's budget: the whole pipeline with the parser stays
>= 0.05 of bare spaCy (bench/run.py); the parser alone should run at about
7k words/s or more on one core.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core, as one pipeline worker

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT.parent / "shared" / "data" / "current_events.jsonl"
sys.path.insert(0, str(ROOT))
#: The issue's budget (issue 11): the whole pipeline, parser included, >= this share of bare spaCy's speed.
TARGET_RATIO = 0.05


def timed(fn) -> float:
    """Seconds of CPU time of this process (one thread): stable on a machine other workers share."""
    started = time.process_time()
    fn()
    return time.process_time() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--models", type=Path, default=ROOT / "models")
    args = ap.parse_args()

    import spacy

    import pipeline.nlp.components  # noqa: F401
    from pipeline.nlp.syntax import load_sentence_parser

    with EVENTS.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()][:args.docs]
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank("en")
    bare = words / timed(lambda: list(blank.pipe(texts)))  # the cold pass, as bench/run.py's ratio uses
    print(f"{len(texts)} documents, {words:,} words; bare spacy.blank('en') (cold): {bare:,.0f} words/s")

    sentencizer = spacy.blank("en")
    sentencizer.add_pipe("sentencizer")
    docs = list(sentencizer.pipe(texts))
    parser = load_sentence_parser(args.models, sentencizer.vocab)  # shares the vocab, as the fact stage will
    if parser is not None:
        rate = words / timed(lambda: [parser.parse(s) for d in docs for s in d.sents])
        print(f"SentenceParser.parse, every sentence: {rate:,.0f} words/s, ratio {rate / bare:.3f}")
        parser._doc = None
        batch_rate = words / timed(lambda: [parser.parse_all(list(d.sents)) for d in docs])
        print(f"SentenceParser.parse_all, every sentence: {batch_rate:,.0f} words/s, ratio {batch_rate / bare:.3f}")
        whole = spacy.load(args.models / "parser")
        rate = words / timed(lambda: list(whole.pipe(texts, batch_size=256)))
        print(f"models/parser as a pipeline (nlp.pipe): {rate:,.0f} words/s, ratio {rate / bare:.3f}")
    import pipeline as newsfacts

    nlp = newsfacts.load(args.models)
    whole_rate = words / timed(lambda: list(nlp.pipe(texts, batch_size=256)))
    print(f"the newsfacts pipeline without a parser ({', '.join(nlp.pipe_names[1:3])}, ...): {whole_rate:,.0f} words/s, "
          f"ratio {whole_rate / bare:.3f}")
    if parser is not None:
        spare = 1 / (TARGET_RATIO * bare) - 1 / whole_rate  # seconds per word left under the target
        print(f"at the target ratio {TARGET_RATIO} the parser (parse_all rate) may take "
              f"{max(0.0, spare * batch_rate):.1%} of the words (an upper bound: this leaves out the reading "
              "and writing that bench/run.py times)")
    context = blank.add_pipe("newsfacts_election_context", config={"models_dir": str(args.models)})
    rate = words / timed(lambda: list(context.pipe(docs)))
    print(f"newsfacts_election_context alone (on tokenized docs): {rate:,.0f} words/s, ratio {rate / bare:.3f}")


if __name__ == "__main__":
    main()
