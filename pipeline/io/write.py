"""The output set: the files of one run committed together, all or nothing.

The CSVs themselves are written by :mod:`pipeline.io.tables` (columns, the
formula guard, :class:`~pipeline.io.tables.AtomicCsv`); this module moves a set of
them into a new generation folder and switches ``OUT/CURRENT`` in one atomic
rename (:func:`commit_all`).
"""
from __future__ import annotations

import os
import secrets
import shutil
import time
from pathlib import Path
from typing import Sequence

from .tables import AtomicCsv, fsync_dir, remove_stale_temporaries
# Re-exported for the modules that still import them from here (review, learn); new code
# imports them from pipeline.io.tables.
from .tables import guard, read_csv, unguard, write_csv  # noqa: F401


#: The output folder's generations: every committed set of files is one folder under it.
GENERATIONS = ".generations"
#: The pointer to the current generation: a symbolic link swapped atomically.
CURRENT = "CURRENT"


def current_generation(out_dir: Path) -> Path | None:
    """The folder of the last committed set of files, or ``None`` (no generation yet)."""
    link = Path(out_dir) / CURRENT
    return (Path(out_dir) / os.readlink(link)) if link.is_symlink() else None


def commit_all(files: Sequence[AtomicCsv]) -> list[Path]:
    """Commit several files of one folder (``OUT``) as one output set, all or nothing.

    The files (any number, any names) are moved into a new generation folder
    ``OUT/.generations/<id>/``; then ``OUT/CURRENT``, a symbolic link to the current
    generation, is replaced in one atomic rename. Each documented name
    (``OUT/documents.csv``) is a symbolic link to ``CURRENT/<name>``, so it always
    reads a complete file of the current set, and a reader that resolves
    ``CURRENT`` once reads one consistent set, never a mix. A failure at any step
    before the swap leaves the previous set as it was and removes the new folder.
    The previous generation is kept (a reader may still be reading it); older ones,
    and generations of runs that died before their swap, are removed.
    """
    if not files:
        return []
    out = files[0].path.parent
    if any(f.path.parent != out for f in files):
        raise ValueError("commit_all: the files of one output set share one folder")
    generation = out / GENERATIONS / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(4)}"
    previous = current_generation(out)
    try:
        for f in files:
            f.sync()
        generation.mkdir(parents=True)
        for f in files:
            os.replace(f.tmp, generation / f.path.name)
        fsync_dir(generation)
        for f in files:
            _link(f.path, Path(CURRENT) / f.path.name)
        _link(out / CURRENT, Path(GENERATIONS) / generation.name)  # the switch: one atomic rename
        fsync_dir(out)
    except BaseException:
        for f in files:
            f.abort()
        if current_generation(out) is None or current_generation(out).name != generation.name:
            shutil.rmtree(generation, ignore_errors=True)
        raise
    _prune_generations(out, {generation.name, previous.name if previous is not None else ""})
    for f in files:
        remove_stale_temporaries(f.path)
    return [f.path for f in files]


def _link(path: Path, target: Path) -> None:
    """Make ``path`` a symbolic link to ``target`` by an atomic rename (nothing when it already is)."""
    if path.is_symlink() and os.readlink(path) == str(target):
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    os.symlink(target, tmp)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _prune_generations(out: Path, keep: set[str]) -> None:
    """Remove every generation but the current and the previous one (the caller holds the
    output folder's lock, so no other run is writing one)."""
    for old in (out / GENERATIONS).iterdir():
        if old.name not in keep and old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
