"""The output set is one commit: a new generation folder, then one atomic switch of ``OUT/CURRENT``."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import pipeline.io.tables as tables
import pipeline.io.write as write
from pipeline.io.tables import AtomicCsv
from pipeline.io.write import commit_all, current_generation

#: A set with a file the four-CSV set does not have: the commit takes any set of files.
NAMES = ("documents.csv", "mentions.csv", "entities.csv", "facts.csv", "races.csv")


def commit_set(out: Path, tag: str, names=NAMES) -> None:
    files = [AtomicCsv(out / n, ("doc_id", "text")) for n in names]
    for f in files:
        f.write((f"{tag}-{f.path.name}", tag * 3))
    commit_all(files)


def read_set(out: Path, names=NAMES) -> dict[str, str]:
    return {n: (out / n).read_text(encoding="utf-8") for n in names}


class Fault(OSError):
    pass


def _count_steps(tmp_path: Path) -> int:
    """How many renames and links one commit over an existing set makes."""
    out = tmp_path / "count"
    commit_set(out, "a")
    calls = [0]
    real_replace, real_symlink = os.replace, os.symlink

    def counting(real):
        def call(*args, **kwargs):
            calls[0] += 1
            return real(*args, **kwargs)
        return call

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "replace", counting(real_replace))
        mp.setattr(os, "symlink", counting(real_symlink))
        commit_set(out, "b")
    return calls[0]


@pytest.mark.parametrize("first_run", [True, False], ids=["into_an_empty_folder", "over_a_previous_set"])
def test_write_commit_fault_at_every_step_leaves_the_previous_set(tmp_path, first_run):
    steps = _count_steps(tmp_path)
    assert steps >= len(NAMES) + 1  # every file moved into the generation, then the switch
    for k in range(steps):
        out = tmp_path / f"step{k}"
        out.mkdir()
        if not first_run:
            commit_set(out, "old")
            previous = read_set(out)
        calls = [0]
        real_replace, real_symlink = os.replace, os.symlink

        def faulty(real):
            def call(*args, **kwargs):
                calls[0] += 1
                if calls[0] == k + 1:
                    raise Fault(5, f"injected fault at step {k + 1}")
                return real(*args, **kwargs)
            return call

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(os, "replace", faulty(real_replace))
            mp.setattr(os, "symlink", faulty(real_symlink))
            try:
                commit_set(out, "new")
            except Fault:
                pass
        if calls[0] <= k:
            continue  # this commit needed fewer steps (links already in place)
        if first_run:
            assert current_generation(out) is None, k
            assert not any((out / n).exists() for n in NAMES), k  # no file, never half a set
        else:
            assert read_set(out) == previous, k
        assert [p.name for p in (out / write.GENERATIONS).iterdir()] == \
            ([] if first_run else [current_generation(out).name]), k  # the new folder is gone
        assert not list(out.rglob("*.tmp")), k
        commit_set(out, "new")  # the next commit works
        assert read_set(out)["facts.csv"] == "doc_id,text\nnew-facts.csv,newnewnew\n"


def test_write_commit_switches_every_name_at_once(tmp_path):
    """A reader that resolved CURRENT keeps one consistent set while the next commit happens."""
    commit_set(tmp_path, "a")
    seen = current_generation(tmp_path)
    commit_set(tmp_path, "b")
    assert {n: (seen / n).read_text(encoding="utf-8") for n in NAMES} == \
        {n: f"doc_id,text\na-{n},aaa\n" for n in NAMES}
    assert read_set(tmp_path) == {n: f"doc_id,text\nb-{n},bbb\n" for n in NAMES}
    assert all((tmp_path / n).is_symlink() and os.readlink(tmp_path / n) == f"CURRENT/{n}" for n in NAMES)


def test_write_commit_keeps_the_current_and_previous_generation_only(tmp_path):
    for tag in "abcd":
        commit_set(tmp_path, tag)
    (tmp_path / write.GENERATIONS / "19700101T000000-1-dead").mkdir()  # a run that died before its switch
    commit_set(tmp_path, "e")
    kept = sorted(p.name for p in (tmp_path / write.GENERATIONS).iterdir())
    assert len(kept) == 2 and current_generation(tmp_path).name in kept


def test_write_commit_replaces_plain_files_of_an_older_layout(tmp_path):
    for n in NAMES:
        (tmp_path / n).write_text("old\n", encoding="utf-8")
    commit_set(tmp_path, "a")
    assert read_set(tmp_path) == {n: f"doc_id,text\na-{n},aaa\n" for n in NAMES}


def test_write_no_space_left_removes_the_temporary_file(tmp_path, monkeypatch):
    """A disk that is already full when the header goes out: no temporary file stays."""
    def full(self, line):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables._LineEnds, "write", full)
    with pytest.raises(OSError, match="No space"):
        AtomicCsv(tmp_path / "documents.csv", ("doc_id",))
    assert list(tmp_path.iterdir()) == []
