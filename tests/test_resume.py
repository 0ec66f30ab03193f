"""Kill a real ``newsfacts run`` with SIGKILL mid-run, then ``--resume`` it.

What must hold: the killed run leaves the previous outputs untouched (here,
those of an earlier run on other input, so "untouched" is checkable byte for
byte), never a truncated file; ``--resume`` skips the shards the killed run
finished and redoes the rest; the result is byte-identical to an
uninterrupted run, with every input id exactly once.

Shards are :data:`pipeline.runner.engine.SHARD_SIZE` (500) documents and the CLI has
no option to change that, so the input holds enough documents for several
shards (4,000: eight shards, a few seconds per run).

The kill is driven by the manifest, not by a clock: a ``sitecustomize`` hook in
the run's process tells the test (through a pipe) when the manifest records its
second shard and then waits; the test kills it right then. Timeouts below are
only safety nets against a hung child, never what a test asserts.
"""
from __future__ import annotations

import csv
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.runner.engine import SHARD_SIZE, STATE_DIR

ROOT = Path(__file__).resolve().parent.parent
NEWSFACTS = ROOT / ".venv" / "bin" / "newsfacts"
SHARED_NEWS = ROOT.parent / "shared" / "data" / "current_events.jsonl"
OUTPUTS = ("documents.csv", "mentions.csv", "entities.csv", "facts.csv", "races.csv", "race_candidates.csv")
DOCUMENTS = 8 * SHARD_SIZE
#: Finished shards to wait for before the kill.
KILL_AFTER = 2
#: Safety net for a child that never reports (a hang): far beyond any run's time, never the assertion.
HANG_GUARD = 600

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def command(*args: str | Path) -> list[str]:
    exe = [str(NEWSFACTS)] if NEWSFACTS.exists() else [sys.executable, "-m", "pipeline"]
    return [*exe, *map(str, args)]


def write_input(path: Path, n: int, prefix: str = "") -> list[str]:
    """``n`` JSONL records (real news from ../shared when present, else synthetic); their ids."""
    records = []
    if SHARED_NEWS.exists():
        with SHARED_NEWS.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                records.append({"id": prefix + rec["id"], "text": rec["text"], "published": rec.get("published")})
                if len(records) == n:
                    break
    for k in range(len(records), n):  # synthesise the rest
        records.append({"id": f"{prefix}syn-{k:05d}", "published": "2009-12-02",
                        "text": f"Candidate {k} won the race for Mayor of Atlanta by {k + 10} votes on Tuesday."})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [r["id"] for r in records]


def manifest_shards(out: Path) -> list[int]:
    manifest = out / STATE_DIR / "manifest.jsonl"
    if not manifest.is_file():
        return []
    shards = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        try:
            shards.append(json.loads(line)["shard"])
        except (ValueError, KeyError, TypeError):
            pass  # a line cut by the kill
    return shards


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS if (out / name).exists()}


def doc_ids(out: Path) -> list[str]:
    csv.field_size_limit(2**31 - 1)
    with (out / "documents.csv").open(encoding="utf-8", newline="") as f:
        return [row["doc_id"] for row in csv.DictReader(f)]


@pytest.fixture(scope="module")
def killed_and_resumed(tmp_path_factory):
    base = tmp_path_factory.mktemp("resume")
    data, earlier = base / "news.jsonl", base / "earlier.jsonl"
    ids = write_input(data, DOCUMENTS)
    write_input(earlier, 30, prefix="earlier-")
    out, reference = base / "out", base / "reference"

    first = subprocess.run(command("run", earlier, "--out", out, "--quiet"), capture_output=True, text=True,
                           timeout=120)
    assert first.returncode == 0, first.stderr
    previous = snapshot(out)

    hook = base / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_WAIT_AFTER_SHARDS, encoding="utf-8")
    read_end, write_end = os.pipe()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), str(ROOT)]),
           "NEWSFACTS_TEST_SIGNAL_FD": str(write_end), "NEWSFACTS_TEST_SIGNAL_AFTER": str(KILL_AFTER)}
    proc = subprocess.Popen(command("run", data, "--out", out, "--quiet"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env, pass_fds=(write_end,))
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], HANG_GUARD)
        told = os.read(read_end, 64).decode() if ready else ""
    finally:
        os.close(read_end)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # the kill under test (or, after a hang, the clean-up)
        stderr = proc.communicate()[1]
    assert told == f"{KILL_AFTER}\n", f"the run ended or hung before shard {KILL_AFTER} was recorded: {stderr}"
    after_kill = snapshot(out)
    killed_manifest = manifest_shards(out)
    parts = out / STATE_DIR / "parts"
    mtimes = {p.name: p.stat().st_mtime_ns for p in parts.iterdir()}
    temporaries = sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))

    resumed = subprocess.run(command("run", data, "--out", out, "--resume", "--quiet"), capture_output=True,
                             text=True, timeout=180)
    uninterrupted = subprocess.run(command("run", data, "--out", reference, "--quiet"), capture_output=True,
                                   text=True, timeout=180)
    return {
        "ids": ids, "out": out, "reference": reference, "previous": previous, "after_kill": after_kill,
        "returncode": proc.returncode, "killed_manifest": killed_manifest, "mtimes": mtimes, "parts": parts,
        "temporaries_after_kill": temporaries, "resumed": resumed, "uninterrupted": uninterrupted,
        "final_manifest": manifest_shards(out),
    }


@pytest.mark.slow
def test_resume_kill_was_mid_run(killed_and_resumed):
    r = killed_and_resumed
    assert r["returncode"] == -signal.SIGKILL
    assert sorted(set(r["killed_manifest"])) == list(range(KILL_AFTER))  # killed right after the manifest said so


@pytest.mark.slow
def test_resume_killed_run_leaves_the_previous_outputs(killed_and_resumed):
    r = killed_and_resumed
    assert set(r["previous"]) == set(OUTPUTS)
    assert r["after_kill"] == r["previous"], "the killed run changed (or truncated) the outputs of the run before"


@pytest.mark.slow
def test_resume_killed_run_leaves_no_temporary_outputs(killed_and_resumed):
    # the kill happened while shards were processed, before any final CSV was opened
    assert killed_and_resumed["temporaries_after_kill"] == []


@pytest.mark.slow
def test_resume_completes_with_exit_0(killed_and_resumed):
    r = killed_and_resumed
    assert r["resumed"].returncode == 0, r["resumed"].stderr
    assert r["uninterrupted"].returncode == 0, r["uninterrupted"].stderr
    assert r["resumed"].stderr.strip().splitlines()[-1].startswith(f"{DOCUMENTS} documents ")


@pytest.mark.slow
def test_resume_output_is_byte_identical_to_an_uninterrupted_run(killed_and_resumed):
    r = killed_and_resumed
    for name in OUTPUTS:
        assert (r["out"] / name).read_bytes() == (r["reference"] / name).read_bytes(), name


@pytest.mark.slow
def test_resume_no_duplicate_or_missing_doc_ids(killed_and_resumed):
    r = killed_and_resumed
    got = doc_ids(r["out"])
    assert len(got) == len(set(got))
    assert got == r["ids"]


@pytest.mark.slow
def test_resume_skips_finished_shards_and_redoes_the_rest(killed_and_resumed):
    r = killed_and_resumed
    total = DOCUMENTS // SHARD_SIZE
    skipped = sorted(set(r["killed_manifest"]))
    redone = sorted(set(r["final_manifest"]) - set(skipped))
    print(f"\nresume: {total} shards, {len(skipped)} skipped {skipped}, {len(redone)} redone {redone}")
    assert sorted(set(r["final_manifest"])) == list(range(total))
    assert len(skipped) + len(redone) == total
    assert len(r["final_manifest"]) == len(r["killed_manifest"]) + len(redone), "a finished shard was redone"
    for shard in skipped:  # its parts were not rewritten
        for part in ("documents", "mentions", "facts"):
            name = f"{shard:06d}.{part}.csv"
            assert (r["parts"] / name).stat().st_mtime_ns == r["mtimes"][name], name


@pytest.mark.slow
def test_resume_leaves_no_temporary_files(killed_and_resumed):
    out = killed_and_resumed["out"]
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUTS, STATE_DIR, ".newsfacts.lock", ".generations",
                                                            "CURRENT"])
    assert not list(out.rglob("*.tmp"))


# The run's process, once its manifest holds NEWSFACTS_TEST_SIGNAL_AFTER shards, writes that number to
# the pipe NEWSFACTS_TEST_SIGNAL_FD and waits there for the test's SIGKILL (nothing else happens after).
_WAIT_AFTER_SHARDS = '''
import json, os, signal
import pipeline.runner.engine as engine

_record = engine.ShardStore.record
_AFTER = int(os.environ["NEWSFACTS_TEST_SIGNAL_AFTER"])


def record(self, done):
    _record(self, done)
    shards = {json.loads(line)["shard"] for line in self.manifest.read_text(encoding="utf-8").splitlines()}
    if len(shards) == _AFTER:
        os.write(int(os.environ["NEWSFACTS_TEST_SIGNAL_FD"]), f"{_AFTER}\\n".encode())
        while True:
            signal.pause()


engine.ShardStore.record = record
'''


# A kill while the final CSVs are being written: every one is complete on disk, none committed yet.
# (What follows is one generation folder and one atomic switch of CURRENT: a kill at any step
# leaves the previous set, see tests/test_write.py.)
_KILL_ON_SECOND_OUTPUT = '''
import os, signal
import pipeline.io.write as write
import pipeline.runner.engine as engine

_commit_all = write.commit_all


def commit_all(files):
    if any(f.path.parent.name != "parts" for f in files):
        for f in files:
            f.file.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return _commit_all(files)


write.commit_all = commit_all
engine.commit_all = commit_all
'''


@pytest.fixture(scope="module")
def killed_during_merge(tmp_path_factory):
    base = tmp_path_factory.mktemp("merge")
    data, earlier = base / "news.jsonl", base / "earlier.jsonl"
    write_input(data, 200)
    write_input(earlier, 30, prefix="earlier-")
    out = base / "out"
    assert subprocess.run(command("run", earlier, "--out", out, "--quiet"), capture_output=True,
                          timeout=120).returncode == 0
    previous = snapshot(out)
    hook = base / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_KILL_ON_SECOND_OUTPUT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), str(ROOT)])}
    proc = subprocess.run(command("run", data, "--out", out, "--quiet"), capture_output=True, env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    complete = subprocess.run(command("run", data, "--out", base / "new", "--quiet"), capture_output=True,
                              timeout=120)
    assert complete.returncode == 0
    return {"previous": previous, "after": snapshot(out), "new": snapshot(base / "new"), "out": out}


@pytest.mark.slow
def test_resume_kill_during_merge_leaves_each_file_whole(killed_during_merge):
    r = killed_during_merge
    for name, data in r["after"].items():
        assert data in (r["previous"][name], r["new"][name]), f"{name} is neither the old nor the new file"


@pytest.mark.slow
def test_resume_kill_during_merge_leaves_the_previous_set_or_none(killed_during_merge):
    r = killed_during_merge
    assert r["after"] in ({}, r["previous"]) or r["after"] == r["new"]


# --------------------------------------------------------------------------
# what --resume trusts: the key covers models and settings; parts are data, checked
# --------------------------------------------------------------------------

def _api_run(inputs, out, **kwargs):
    from pipeline.runner.engine import RunOptions, run
    from pipeline.settings import Settings

    settings = Settings(**{k: kwargs.pop(k) for k in ("models", "ner_model") if k in kwargs})
    return run(RunOptions(inputs=inputs, out_dir=out, shard_size=3, settings=settings, **kwargs))


@pytest.fixture
def small_input(tmp_path) -> list[str]:
    path = tmp_path / "in.jsonl"
    write_input(path, 9)
    return [str(path)]


def test_resume_after_a_models_change_redoes_every_shard(small_input, tmp_path):
    import shutil

    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    out = tmp_path / "out"
    assert _api_run(small_input, out, models=models).shards == 3
    assert _api_run(small_input, out, models=models, resume=True).skipped_shards == 3
    with (models / "lexicons" / "person_cues.tsv").open("a", encoding="utf-8") as f:
        f.write("# a reviewer's comment changes no cue, but the models are not the same files\n")
    assert _api_run(small_input, out, models=models, resume=True).skipped_shards == 0


@pytest.mark.parametrize("change", [dict(max_chars=50), dict(doc_timeout=7.0), dict(ner_model=str(ROOT / "models" / "ner"))])
def test_resume_after_a_settings_change_redoes_every_shard(small_input, tmp_path, change):
    out = tmp_path / "out"
    _api_run(small_input, out)
    assert _api_run(small_input, out, resume=True, **change).skipped_shards == 0


class Payload:
    """What a pickle could make a reader run: here it only leaves a file."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (Path(self.marker).touch, ())


@pytest.mark.parametrize("tamper", ["pickle", "json_of_another_shape", "csv_header"])
def test_resume_tampered_part_is_rejected_not_executed(small_input, tmp_path, tamper):
    import pickle

    out = tmp_path / "out"
    _api_run(small_input, out)
    clean = {name: (out / name).read_bytes() for name in OUTPUTS}
    parts = out / STATE_DIR / "parts"
    marker = tmp_path / "code-ran"
    if tamper == "pickle":
        (parts / "000001.entities.jsonl").write_bytes(pickle.dumps({"x": Payload(str(marker))}))
    elif tamper == "json_of_another_shape":
        (parts / "000001.entities.jsonl").write_text('{"__class__": "os.system", "args": ["true"]}\n')
    else:
        (parts / "000001.facts.csv").write_text("doc_id,fact_id\n=cmd|' /C calc'!A0,f1\n")
    summary = _api_run(small_input, out, resume=True)
    assert not marker.exists()
    assert summary.skipped_shards == 2  # the tampered shard is done again
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == clean
