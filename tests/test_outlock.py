"""One run per output folder: a second run into a folder in use exits 2; a dead run's lock does not block."""
from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from conftest import ROOT
from pipeline.cli import app
from pipeline.runner.outlock import LOCK_NAME, locked

SEED = ROOT / "corpus" / "000_4311ab4fe2abe36b.txt"

HOLD = """
import sys, time
from pathlib import Path
from pipeline.runner.outlock import locked
with locked(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_outlock_second_run_into_a_folder_in_use_exits_2(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(app, ["run", str(SEED), "--out", str(out), "--quiet"])
        assert result.exit_code == 2, result.output
        assert f"in use by run pid {holder.pid} on " in result.output
        assert not (out / "documents.csv").exists()  # the refused run wrote nothing
    finally:
        holder.communicate("\n", timeout=30)
    result = CliRunner().invoke(app, ["run", str(SEED), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output  # released when the holder ends


def test_outlock_lock_of_a_killed_run_is_stale(tmp_path):
    """A run killed with -9 leaves its lock file naming it; the kernel released the lock with the process."""
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (out / LOCK_NAME).write_text(json.dumps({"pid": int(dead.stdout), "host": "here", "started": "then"}))
    with locked(out):
        held = json.loads((out / LOCK_NAME).read_text())
    assert held["pid"] != int(dead.stdout)


def test_outlock_same_process_cannot_take_it_twice(tmp_path):
    from pipeline.runner.outlock import OutputLocked

    with locked(tmp_path):
        try:
            with locked(tmp_path):
                raise AssertionError("taken twice")
        except OutputLocked as e:
            assert "in use by run pid" in str(e)
