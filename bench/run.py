"""Throughput and memory of ``newsfacts run`` against the bare spaCy tokenizer.

    .venv/bin/python bench/run.py                 # ratio, 1 vs 2 workers, memory at 12k and 120k
    .venv/bin/python bench/run.py --big           # ... and at 1.2M documents (a long run)
    .venv/bin/python bench/run.py --profile 3000  # pyinstrument's top lines over 3,000 documents

On ``../shared/data/current_events.jsonl`` (12,054 rows): the whole pipeline,
read to CSV, against ``spacy.blank("en").pipe`` over the same texts in the same
run. Words are the whitespace-separated words of the input texts, counted the
same way for both, so the ratio compares like with like. Each pipeline run is a
fresh child process (its own peak RSS; ``--workers`` counts worker processes),
timed from before the pipeline is built to after the CSVs are merged. Bigger
corpora replicate the file with new ids (``<id>~<k>``) into a temporary folder,
never into the repository. Timings use the wall clock of this machine: run it
on an otherwise idle machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT.parent / "shared" / "data" / "current_events.jsonl"
#: The issue's targets (issue 6): words/s relative to the bare tokenizer, with one worker,
#: the speed-up of two workers on two cores, and the growth of peak memory from 12k to 1.2M.
TARGET_RATIO = 0.08
TARGET_SPEEDUP = 1.7
TARGET_MEMORY_GROWTH = 0.20


def words_of(path: Path) -> tuple[int, int]:
    """(documents, whitespace words) of a JSONL file's ``text`` fields."""
    docs = words = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs += 1
                words += len(json.loads(line)["text"].split())
    return docs, words


def bare_tokenizer(path: Path) -> tuple[float, float, int]:
    """Seconds (cold, warm) and words for ``spacy.blank("en").pipe`` over the texts."""
    import spacy

    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    nlp = spacy.blank("en")
    seconds = []
    for _ in range(2):  # cold (the pipeline's situation), then warm (its tokenizer cache filled)
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        seconds.append(time.perf_counter() - started)
    assert tokens > 0
    return seconds[0], seconds[1], sum(len(t.split()) for t in texts)


def replicate(source: Path, copies: int, folder: Path) -> Path:
    """``copies`` copies of a JSONL file in one file, ids made unique with ``~k``."""
    target = folder / f"{source.stem}x{copies}.jsonl"
    if target.exists():
        return target
    with source.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    with target.open("w", encoding="utf-8") as out:
        for k in range(copies):
            for row in rows:
                out.write(json.dumps({**row, "id": f"{row['id']}~{k}"} if k else row) + "\n")
    return target


def child(path: str, out: str, workers: int, engine: str) -> None:
    """One pipeline run in this process: prints a JSON line of its measures."""
    from pipeline.runner.engine import RunOptions, run

    started = time.perf_counter()
    summary = run(RunOptions(inputs=[path], out_dir=Path(out), workers=workers, engine=engine))
    seconds = time.perf_counter() - started
    print(json.dumps({
        "seconds": seconds, "documents": summary.documents, "errors": summary.errors,
        "mentions": summary.mentions, "facts": summary.facts, "vocab_strings": summary.vocab_strings,
        "parent_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "worker_rss": summary.worker_peak_rss, "summary": summary.line(),
        "parent_cpu": time.process_time(), "worker_cpu": sorted(summary.worker_cpu.values()),
        "load": os.getloadavg()[0],
    }))


def pipeline_run(path: Path, workers: int, engine: str = "local") -> dict:
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as out:
        cmd = [sys.executable, __file__, "--child", str(path), out, str(workers), engine]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if done.returncode:
            raise SystemExit(f"pipeline run failed:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def peak_mb(result: dict, workers: int, engine: str = "local") -> float:
    """Peak RSS of the run in MB: the parent, plus every worker process when there are workers."""
    if workers == 1 and engine == "local":  # the parent is the worker
        return result["parent_rss"] / 2**20
    return (result["parent_rss"] + workers * result["worker_rss"]) / 2**20


def profile(path: Path, limit: int) -> None:
    """pyinstrument over the in-process engine on the first ``limit`` documents."""
    from pyinstrument import Profiler

    import pipeline
    from pipeline.runner.engine import RunOptions, run

    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        subset = Path(tmp) / "subset.jsonl"
        with path.open(encoding="utf-8") as f, subset.open("w", encoding="utf-8") as out:
            for _, line in zip(range(limit), f):
                out.write(line)
        nlp = pipeline.load()
        profiler = Profiler(interval=0.001)
        profiler.start()
        run(RunOptions(inputs=[str(subset)], out_dir=Path(tmp) / "out"), nlp=nlp)
        profiler.stop()
    print(profiler.output_text(unicode=False, color=False, show_all=False, short_mode=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=EVENTS)
    parser.add_argument("--big", action="store_true", help="Also measure memory at 1.2M documents (long).")
    parser.add_argument("--workers", type=int, default=2, help="Workers for the memory runs.")
    parser.add_argument("--copies", default="1,10", help="Corpus sizes for the memory runs, in copies of the file.")
    parser.add_argument("--skip-speed", action="store_true", help="Only the memory runs.")
    parser.add_argument("--engine", default="local", choices=("local", "dask"))
    parser.add_argument("--profile", type=int, metavar="N", help="Only profile N documents with pyinstrument.")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        path, out, workers, engine = args.child
        return child(path, out, int(workers), engine)
    if not args.data.is_file():
        raise SystemExit(f"{args.data} does not exist (the benchmark needs ../shared/data)")
    if args.profile:
        return profile(args.data, args.profile)

    docs, words = words_of(args.data)
    print(f"corpus: {args.data.name}, {docs:,} documents, {words:,} words, {os.cpu_count()} cores")
    if not args.skip_speed:
        speed(args, words)
    memory(args, docs, words)


def speed(args: argparse.Namespace, words: int) -> None:
    bare_seconds, warm_seconds, bare_words = bare_tokenizer(args.data)
    assert bare_words == words
    bare = words / bare_seconds
    one = pipeline_run(args.data, 1, args.engine)
    two = pipeline_run(args.data, 2, args.engine)
    rate1, rate2 = words / one["seconds"], words / two["seconds"]
    print(f"bare spacy.blank('en').pipe: {bare:>10,.0f} words/s ({bare_seconds:.2f} s; a second, warm pass: "
          f"{words / warm_seconds:,.0f} words/s, ratio to it {rate1 / (words / warm_seconds):.3f})")
    print(f"pipeline, 1 worker:          {rate1:>10,.0f} words/s ({one['seconds']:.1f} s)  "
          f"ratio {rate1 / bare:.3f} (target ≥ {TARGET_RATIO})  peak RSS {peak_mb(one, 1, args.engine):,.0f} MB")
    print(f"pipeline, 2 workers:         {rate2:>10,.0f} words/s ({two['seconds']:.1f} s)  "
          f"speed-up {one['seconds'] / two['seconds']:.2f}x (target ≥ {TARGET_SPEEDUP}x)  "
          f"peak RSS {peak_mb(two, 2, args.engine):,.0f} MB (parent {two['parent_rss'] / 2**20:,.0f} + "
          f"2 x worker {two['worker_rss'] / 2**20:,.0f})", flush=True)
    print(f"  {one['summary']}")
    # Wall-clock speed-up is only meaningful on idle cores; the CPU seconds each worker used
    # give what two idle cores would do: the run lasts about as long as its busiest worker.
    work, busiest = sum(one["worker_cpu"]), max(two["worker_cpu"])
    print(f"worker CPU seconds: 1 worker {work:.1f}; 2 workers "
          f"{' + '.join(f'{c:.1f}' for c in two['worker_cpu'])} (parent {two['parent_cpu']:.1f}) → speed-up on "
          f"idle cores ≈ {work / busiest:.2f}x (1-minute load average during the runs: {one['load']:.1f}, "
          f"{two['load']:.1f} on {os.cpu_count()} cores)", flush=True)


def memory(args: argparse.Namespace, docs: int, words: int) -> None:
    sizes = [int(c) for c in args.copies.split(",")] + ([100] if args.big else [])
    print(f"memory, --workers {args.workers} --engine {args.engine}:")
    base = None
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-data-") as tmp:
        for copies in sizes:
            path = args.data if copies == 1 else replicate(args.data, copies, Path(tmp))
            result = pipeline_run(path, args.workers, args.engine)
            mb = peak_mb(result, args.workers, args.engine)
            base = base or mb
            print(f"  {docs * copies:>10,} documents: peak RSS {mb:>6,.0f} MB ({mb / base - 1:+.0%}; parent "
                  f"{result['parent_rss'] / 2**20:,.0f}, worker {result['worker_rss'] / 2**20:,.0f}), "
                  f"vocab strings {result['vocab_strings']:,}, {words * copies / result['seconds']:,.0f} words/s",
                  flush=True)


if __name__ == "__main__":
    main()
