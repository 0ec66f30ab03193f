"""Learned records on disk: a :class:`Change` (one record for one file under ``models/``, and the rows
that taught it), and how changes become file texts - merged by id with their provenance, one sorted
record a line so that ``git diff`` reads them, each file replaced atomically."""
from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from ...io.tables import atomic_write_text
from ...nlp import learned as L

#: The ``source`` of a KB entity learn writes (the rows that taught it go in its ``note``).
SOURCE = "newsfacts learn"


@dataclass
class Change:
    """One record to upsert into one learned file, and what taught it."""

    file: Path  # relative to the models folder
    record: dict
    summary: str
    taught_by: list[str] = field(default_factory=list)
    #: Narrower forms of the same lesson, (summary, record), tried in order when this one alters too
    #: many rows no reviewer looked at (see :class:`pipeline.tools.learning.collateral.Collateral`).
    narrower: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return str(self.file), self.record["id"]


def record_hash(*parts: object) -> str:
    """A short, stable hash of ``parts``: the distinctive end of a learned record's id."""
    return hashlib.sha1(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:8]


def _merge_note(old: str, refs: Iterable[str]) -> str:
    have = [r for r in old.removeprefix("taught by ").split("; ") if r] if old.startswith("taught by ") else []
    return "taught by " + "; ".join(sorted(set(have) | set(refs)))


def _upsert(records: dict[str, dict], change: Change) -> None:
    rec = dict(change.record)
    old = records.get(rec["id"])
    if change.file == L.KB_FILE:
        rec.setdefault("source", SOURCE)
        rec["note"] = _merge_note(old.get("note", "") if old else "", change.taught_by)
        if old:
            rec = {**old, **rec, "aliases": sorted(set(old.get("aliases", [])) | set(rec.get("aliases", [])))}
    else:
        rec["taught_by"] = sorted(set(old.get("taught_by", []) if old else []) | set(change.taught_by))
        if old:
            rec = {**old, **rec}
    records[rec["id"]] = rec


def render(records: dict[str, dict]) -> str:
    """Sorted by id, one record a line: readable in ``git diff``."""
    return "".join(json.dumps(records[k], ensure_ascii=False, sort_keys=True) + "\n" for k in sorted(records))


def read_records(path: Path) -> dict[str, dict]:
    """The records of a learned file by id (none when it is absent)."""
    if not path.is_file():
        return {}
    return {rec["id"]: rec for _, rec in L.read_jsonl(path) if isinstance(rec, dict) and "id" in rec}


def new_texts(models_dir: Path, changes: Sequence[Change]) -> dict[Path, tuple[str, str]]:
    """(old text, new text) of every file the changes touch."""
    out: dict[Path, tuple[str, str]] = {}
    by_file: dict[Path, list[Change]] = {}
    for c in changes:
        by_file.setdefault(c.file, []).append(c)
    for rel, group in by_file.items():
        path = models_dir / rel
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        records = read_records(path)
        for c in group:
            _upsert(records, c)
        out[rel] = (old, render(records))
    return out


def write_texts(models_dir: Path, texts: dict[Path, tuple[str, str]]) -> list[Path]:
    """Each file replaced atomically (:func:`pipeline.io.tables.atomic_write_text`)."""
    written = []
    for rel, (_, new) in sorted(texts.items()):
        path = models_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        written.append(atomic_write_text(path, new))
    return written


def unified_diff(texts: dict[Path, tuple[str, str]]) -> str:
    parts = []
    for rel, (old, new) in sorted(texts.items()):
        parts.extend(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                          fromfile=f"a/models/{rel}", tofile=f"b/models/{rel}"))
    return "".join(parts)


def merge_changes(changes: Iterable[Change]) -> list[Change]:
    """One change per (file, id); provenance and aliases of repeats are merged, first-seen order kept."""
    out: dict[tuple, Change] = {}
    for c in changes:
        key = (*c.key, tuple(r["id"] for _, r in c.narrower))
        if key in out:
            old = out[key]
            old.taught_by = sorted(set(old.taught_by) | set(c.taught_by))
            if "aliases" in c.record:
                old.record["aliases"] = sorted(set(old.record.get("aliases", [])) | set(c.record["aliases"]))
        else:
            out[key] = Change(c.file, dict(c.record), c.summary, list(c.taught_by), list(c.narrower))
    return list(out.values())
