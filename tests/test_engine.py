"""The engine: every engine and worker count writes the same bytes; resume skips only finished shards."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, gold_input
from pipeline.runner import engine
from pipeline.cli import app
from pipeline.runner.engine import RunOptions, ShardStore, run
from pipeline.errors import UsageError

SEED = ROOT / "corpus" / "000_4311ab4fe2abe36b.txt"
OUTPUTS = ("documents.csv", "mentions.csv", "entities.csv", "facts.csv")
SHARD = 10  # small shards, so a few dozen documents make several
#: Election news of the repository's development gold (its documents only) and a few off-topic items:
#: entities that recur across shards, documents with and without facts.
GOLD_INPUTS = (("dev_gold.jsonl", 60), ("off_topic.jsonl", 10))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The seed corpus plus JSONL documents of tests/gold (a user's clone has both)."""
    folder = tmp_path_factory.mktemp("inputs")
    paths = [str(SEED)]
    for name, n in GOLD_INPUTS:
        full = gold_input(ROOT / "tests" / "gold" / name, folder / f"all_{name}")
        rows = full.read_text(encoding="utf-8").splitlines(keepends=True)[:n]
        assert len(rows) == n and all(json.loads(r)["text"] for r in rows)
        (folder / name).write_text("".join(rows), encoding="utf-8")
        paths.append(str(folder / name))
    return paths


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory, nlp) -> Path:
    """The default engine's output: one worker, in this process."""
    out = tmp_path_factory.mktemp("reference")
    summary = run(RunOptions(inputs=inputs, out_dir=out, shard_size=SHARD), nlp=nlp)
    assert summary.shards >= 5
    return out


def assert_same_bytes(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def counting(options: RunOptions) -> list[int]:
    """Make ``options`` record every processed shard; returns the list it appends to."""
    calls: list[int] = []
    options.progress = lambda documents, words: calls.append(documents)
    return calls


@pytest.mark.slow
def test_engine_workers_same_bytes(inputs, reference, tmp_path):
    summary = run(RunOptions(inputs=inputs, out_dir=tmp_path, shard_size=SHARD, workers=2))
    assert_same_bytes(reference, tmp_path)
    assert summary.documents == len((reference / "documents.csv").read_text(encoding="utf-8").splitlines()) - 1


@pytest.mark.slow
def test_engine_dask_same_bytes(inputs, reference, tmp_path):
    pytest.importorskip("distributed")
    run(RunOptions(inputs=inputs, out_dir=tmp_path, shard_size=SHARD, workers=2, engine="dask"))
    assert_same_bytes(reference, tmp_path)


def test_engine_resume_processes_only_unfinished_shards(inputs, reference, tmp_path, nlp):
    first = run(RunOptions(inputs=inputs, out_dir=tmp_path, shard_size=SHARD), nlp=nlp)
    manifest = ShardStore(tmp_path).manifest
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = 3
    manifest.write_text("".join(lines[:kept]) + '{"shard": 4, "ke', encoding="utf-8")  # a line cut by a crash
    (tmp_path / "facts.csv").unlink()
    options = RunOptions(inputs=inputs, out_dir=tmp_path, shard_size=SHARD, resume=True)
    processed = counting(options)
    summary = run(options, nlp=nlp)
    assert sum(processed) == first.documents - kept * SHARD  # progress is told per batch of documents
    assert summary.skipped_shards == kept
    assert (summary.documents, summary.mentions, summary.facts) == (first.documents, first.mentions, first.facts)
    assert_same_bytes(reference, tmp_path)


def test_engine_resume_redoes_a_shard_whose_input_changed(tmp_path, nlp):
    source = tmp_path / "news.jsonl"
    rows = [{"id": f"d{n}", "text": f"Kasim Reed won the race by {n} votes.", "published": "2009-12-02"}
            for n in range(1, 10)]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    run(RunOptions(inputs=[str(source)], out_dir=out, shard_size=3), nlp=nlp)
    rows[4]["text"] = "Mary Norwood lost the race by 714 votes."  # shard 1 of 0..2
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    options = RunOptions(inputs=[str(source)], out_dir=out, shard_size=3, resume=True)
    processed = counting(options)
    summary = run(options, nlp=nlp)
    assert (len(processed), summary.skipped_shards) == (1, 2)
    assert "Mary Norwood lost" in (out / "documents.csv").read_text(encoding="utf-8")


def test_engine_in_process_writes_parts_beside_the_next_shard_and_records_them_after(inputs, reference, tmp_path,
                                                                                    nlp, monkeypatch):
    """One worker: a shard's parts are written by another thread while the next shard is analysed, and the
    manifest records a shard only once all its parts are in place, in that thread too (its fsyncs wait on the disk,
    not the run)."""
    import threading

    writers, recorders, recorded = set(), set(), []
    write_parts, record = engine.write_parts, ShardStore.record

    def spy_write(parts, shard, *args, **kwargs):
        writers.add(threading.current_thread() is threading.main_thread())
        return write_parts(parts, shard, *args, **kwargs)

    def spy_record(self, done):
        names = {p.name for p in self.parts.iterdir()}
        assert all(self._part(done.shard, part).name in names for part in (*engine.PARTS, "entities", "races"))
        recorders.add(threading.current_thread() is threading.main_thread())
        recorded.append(done.shard)
        return record(self, done)

    monkeypatch.setattr(engine, "write_parts", spy_write)
    monkeypatch.setattr(ShardStore, "record", spy_record)
    summary = run(RunOptions(inputs=inputs, out_dir=tmp_path, shard_size=SHARD), nlp=nlp)
    assert writers == {False} and recorders == {False} and recorded == list(range(summary.shards))
    assert_same_bytes(reference, tmp_path)


def test_engine_in_process_a_failed_part_fails_the_run_unrecorded(inputs, tmp_path, nlp, monkeypatch):
    write_parts = engine.write_parts

    def failing(parts, shard, *args, **kwargs):
        if shard == 1:
            raise OSError(28, "No space left on device")
        return write_parts(parts, shard, *args, **kwargs)

    monkeypatch.setattr(engine, "write_parts", failing)
    with pytest.raises(OSError, match="No space"):
        run(RunOptions(inputs=inputs, out_dir=tmp_path, shard_size=SHARD), nlp=nlp)
    lines = ShardStore(tmp_path).manifest.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["shard"] for line in lines] == [0]


def test_engine_in_process_a_failed_record_records_no_later_shard(inputs, tmp_path, nlp, monkeypatch):
    """The writer thread records the shards: after one whose record failed, no later one is recorded (the manifest
    stays in shard order), and the run fails with that error."""
    record = ShardStore.record

    def failing(self, done):
        if done.shard == 1:
            raise OSError(5, "Input/output error")
        return record(self, done)

    monkeypatch.setattr(ShardStore, "record", failing)
    with pytest.raises(OSError, match="Input/output"):
        run(RunOptions(inputs=inputs, out_dir=tmp_path, shard_size=SHARD), nlp=nlp)
    lines = ShardStore(tmp_path).manifest.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["shard"] for line in lines] == [0]


def test_engine_vocabulary_stays_flat(nlp, monkeypatch):
    from pipeline.io.documents import Document

    monkeypatch.setattr(engine, "WARM_DOCS", 0)
    shards = [[Document(f"{s}-{n}", "<test>", f"Candidate Zqx{s}v{n} Blorp{s}{n} won {s * 1000 + n} votes in "
                        f"Atlanta{s}x{n}.") for n in range(30)] for s in range(3)]
    engine.process_shard(nlp, shards[0])
    size = len(nlp.vocab.strings)
    for docs in shards[1:]:
        engine.process_shard(nlp, docs)
        assert len(nlp.vocab.strings) == size


@pytest.mark.parametrize("frozen_before", [False, True])
def test_engine_shard_runs_with_the_heap_frozen_and_gives_it_back(monkeypatch, frozen_before):
    """The objects alive before a shard are out of the collector's passes while it runs (gc.freeze), and
    back after; a heap the caller froze itself (before forking workers) stays as the caller left it."""
    import gc

    seen = []
    monkeypatch.setattr(engine, "_batches", lambda *a, **k: seen.append(gc.get_freeze_count()) or [])
    if frozen_before:
        gc.freeze()
    try:
        before = gc.get_freeze_count()
        engine.process_shard(type("Pipeline", (), {})(), [])  # no documents: the shard's frame alone
        assert seen and seen[0] > 0
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("options, message", [
    (dict(workers=0), "--workers 0: expected a whole number from 1 to 1024"),
    (dict(workers=99999999999), "--workers 99999999999: expected a whole number from 1 to 1024"),
    (dict(doc_timeout=-1), "--doc-timeout -1: expected seconds ≥ 0 (0: no limit)"),
    (dict(doc_timeout=float("nan")), "--doc-timeout nan: expected seconds ≥ 0 (0: no limit)"),
    (dict(engine="spark"), "--engine spark: expected one of local, dask"),
    (dict(scheduler="tcp://127.0.0.1:8786"), "--scheduler needs --engine dask"),
])
def test_engine_rejects_bad_options(tmp_path, options, message):
    with pytest.raises(UsageError) as e:
        run(RunOptions(inputs=[str(SEED)], out_dir=tmp_path, **options))
    assert str(e.value) == message


def test_engine_dask_missing_is_a_usage_error(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(UsageError, match=r"pip install newsfacts\[dask\]"):
        run(RunOptions(inputs=[str(SEED)], out_dir=tmp_path, engine="dask"))


@pytest.mark.slow
def test_cli_run_workers(inputs, reference, tmp_path):
    result = CliRunner().invoke(app, ["run", *inputs, "--out", str(tmp_path), "--workers", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "documents (" in result.output and "words/s" in result.output
    assert_same_bytes(reference, tmp_path)


def test_cli_run_scheduler_without_dask_exits_2(tmp_path):
    result = CliRunner().invoke(app, ["run", str(SEED), "--out", str(tmp_path), "--scheduler", "tcp://h:1"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.output


@pytest.mark.parametrize(
    "blocks, workers, expected_calls",
    [
        (25, 1, [10, 10, 5]),  # in-process: told per batch of documents, within one shard
        (3, 1, [3]),
        (25, 2, [25]),  # worker processes: per shard
    ],
)
def test_engine_progress_has_a_total_and_moves_per_batch(tmp_path, blocks, workers, expected_calls):
    src = tmp_path / "in.txt"
    src.write_text("\n\n".join(f"Anna Jones won seat {n}." for n in range(blocks)), encoding="utf-8")
    totals: list[int] = []
    options = RunOptions(inputs=[str(src)], out_dir=tmp_path / "out", workers=workers)
    calls = counting(options)
    options.total = totals.append
    summary = run(options)
    assert totals == [blocks]
    assert calls == expected_calls
    assert summary.startup > 0 and summary.seconds >= summary.startup
