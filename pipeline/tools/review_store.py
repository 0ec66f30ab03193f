"""Reviewers' verdicts in SQLite (``OUTDIR/review.sqlite``), keyed by stable fact and mention keys.

Why SQLite: each verdict is one transaction committed with ``synchronous=FULL``
before the app acknowledges it, so a server killed at any moment loses no
verdict a reviewer saw confirmed; a spreadsheet or a JSON file rewritten on
every key press could not promise that. The file sits beside ``CURRENT``, not
inside a generation (``.generations/<id>/``), so a rerun into the same folder
keeps it; verdicts are keyed by :mod:`pipeline.io.keys`, so they find their facts
again after the rerun renumbers them.

Tables (schema version :data:`SCHEMA_VERSION`, in ``PRAGMA user_version``):

- ``verdicts(key, kind, doc_id, verdict, correction, snapshot, seq)``: the latest
  verdict per key; ``snapshot`` is the row as reviewed (JSON), shown when the
  key no longer matches any row of the current run (a stale verdict). Kind
  ``document`` (key :func:`document_key`) is the verdict on a document in which
  the run found no fact: ``ok``, nothing is missing; ``wrong``, facts are
  missing (added with ``f``). Schema 1 stores lacked that kind: opened, they are
  migrated in one transaction.
- ``added(id, kind, doc_id, row, removed)``: facts and mentions a reviewer added
  (the run missed them), ``row`` a JSON object of CSV columns.
- ``journal(seq, action, key, before, undone)``: every write with the state it
  replaced, so ``undo`` restores exactly the previous state.
- ``seen(key, generation)``: the generation in which each fact key first
  appeared, so the app can tell the facts a rerun made new.

Only JSON and text are stored: no pickles.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from ..errors import StoreError

__all__ = ["SCHEMA_VERSION", "STORE_NAME", "VERDICTS", "KINDS", "ADD_KINDS", "Store", "StoreError", "Verdict",
           "document_key"]

SCHEMA_VERSION = 2
STORE_NAME = "review.sqlite"
#: What a reviewer may say of a row (empty: not reviewed, or cleared).
VERDICTS = ("", "ok", "wrong")
KINDS = ("fact", "mention", "document")
#: Kinds of rows a reviewer may add (a missed fact or mention; a document is never missed).
ADD_KINDS = ("fact", "mention")
#: How long a writer waits for another connection's lock before failing (ms).
BUSY_TIMEOUT_MS = 10_000

#: The verdicts table's columns, for the schema and for the migration that rebuilds it.
_VERDICTS_COLUMNS = """(
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('fact', 'mention', 'document')),
    doc_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('', 'ok', 'wrong')),
    correction TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL DEFAULT '{}',
    seq INTEGER NOT NULL
)"""

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS verdicts {_VERDICTS_COLUMNS};
CREATE TABLE IF NOT EXISTS added (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('fact', 'mention')),
    doc_id TEXT NOT NULL,
    row TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    key TEXT NOT NULL,
    before TEXT,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS seen (
    key TEXT PRIMARY KEY,
    generation TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

#: Schema 1 -> 2: the verdicts table's CHECK gains kind 'document' (SQLite alters no CHECK: the table is copied).
_MIGRATE_1 = f"""
CREATE TABLE verdicts_2 {_VERDICTS_COLUMNS};
INSERT INTO verdicts_2 SELECT key, kind, doc_id, verdict, correction, snapshot, seq FROM verdicts;
DROP TABLE verdicts;
ALTER TABLE verdicts_2 RENAME TO verdicts
"""


def document_key(doc_id: str) -> str:
    """The key of a verdict on a whole document (one without facts): ``d:`` and its id."""
    return "d:" + doc_id


@dataclass(frozen=True)
class Verdict:
    key: str
    kind: str
    doc_id: str
    verdict: str
    correction: str
    snapshot: dict
    seq: int


class Store:
    """One review store. Thread-safe: one connection, one lock, one transaction per write."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                       timeout=BUSY_TIMEOUT_MS / 1000)
            self._db.execute("PRAGMA synchronous=FULL")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path} has review schema {version}; this newsfacts reads up to "
                                 f"{SCHEMA_VERSION} (upgrade newsfacts)")
            with self._transaction():
                if version == 1:
                    for statement in filter(str.strip, _MIGRATE_1.split(";")):
                        self._db.execute(statement)
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    self._db.execute(statement)
                if version < SCHEMA_VERSION:
                    self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path} is not a review store: {e}") from None

    @classmethod
    def of_run(cls, out_dir: str | Path) -> "Store":
        """The store of a run folder (created when absent)."""
        return cls(Path(out_dir) / STORE_NAME)

    # ------------------------------------------------------------------ plumbing
    class _Tx:
        def __init__(self, db: sqlite3.Connection):
            self.db = db

        def __enter__(self):
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type, *rest):
            self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
            return False

    def _transaction(self) -> "Store._Tx":
        return Store._Tx(self._db)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ verdicts
    def set_verdict(self, kind: str, key: str, doc_id: str, verdict: str, correction: str = "",
                    snapshot: Mapping | None = None) -> int:
        """Record a verdict (committed when this returns); returns its journal sequence number."""
        if kind not in KINDS:
            raise StoreError(f"kind {kind!r} must be one of {', '.join(KINDS)}")
        if verdict not in VERDICTS:
            raise StoreError(f"verdict {verdict!r} must be empty, 'ok' or 'wrong'")
        if not key:
            raise StoreError("a verdict needs the row's key")
        with self._lock, self._transaction() as db:
            before = db.execute("SELECT kind, doc_id, verdict, correction, snapshot FROM verdicts WHERE key=?",
                                (key,)).fetchone()
            seq = db.execute("INSERT INTO journal(action, key, before) VALUES ('verdict', ?, ?)",
                             (key, json.dumps(before) if before else None)).lastrowid
            db.execute(
                "INSERT INTO verdicts(key, kind, doc_id, verdict, correction, snapshot, seq) VALUES (?,?,?,?,?,?,?) "
                "ON CONFLICT(key) DO UPDATE SET kind=excluded.kind, doc_id=excluded.doc_id, "
                "verdict=excluded.verdict, correction=excluded.correction, snapshot=excluded.snapshot, seq=excluded.seq",
                (key, kind, doc_id, verdict, correction.strip(),
                 json.dumps(dict(snapshot or {}), ensure_ascii=False, sort_keys=True), seq))
            return seq

    def add(self, kind: str, doc_id: str, row: Mapping[str, object]) -> int:
        """Record a fact or mention the run missed; returns its id (committed when this returns)."""
        if kind not in ADD_KINDS:
            raise StoreError(f"kind {kind!r} must be one of {', '.join(ADD_KINDS)}")
        cells = {str(k): "" if v is None else str(v) for k, v in row.items()}
        cells["doc_id"] = doc_id
        with self._lock, self._transaction() as db:
            ident = db.execute("INSERT INTO added(kind, doc_id, row) VALUES (?,?,?)",
                               (kind, doc_id, json.dumps(cells, ensure_ascii=False, sort_keys=True))).lastrowid
            db.execute("INSERT INTO journal(action, key, before) VALUES ('add', ?, NULL)", (str(ident),))
            return ident

    def undo(self) -> dict | None:
        """Undo the latest write not yet undone; returns ``{"action", "key"}`` or None when nothing is left."""
        with self._lock, self._transaction() as db:
            last = db.execute("SELECT seq, action, key, before FROM journal WHERE undone=0 "
                              "ORDER BY seq DESC LIMIT 1").fetchone()
            if last is None:
                return None
            seq, action, key, before = last
            if action == "add":
                db.execute("UPDATE added SET removed=1 WHERE id=?", (int(key),))
            elif before is None:
                db.execute("DELETE FROM verdicts WHERE key=?", (key,))
            else:
                kind, doc_id, verdict, correction, snapshot = json.loads(before)
                prev = db.execute("SELECT MAX(seq) FROM journal WHERE key=? AND seq<? AND action='verdict'",
                                  (key, seq)).fetchone()[0] or 0
                db.execute("UPDATE verdicts SET kind=?, doc_id=?, verdict=?, correction=?, snapshot=?, seq=? "
                           "WHERE key=?", (kind, doc_id, verdict, correction, snapshot, prev, key))
            db.execute("UPDATE journal SET undone=1 WHERE seq=?", (seq,))
            return {"action": action, "key": key}

    def verdicts(self, kind: str | None = None) -> dict[str, Verdict]:
        """Every verdict (of one kind), by key; cleared verdicts (empty, no correction) left out."""
        query = "SELECT key, kind, doc_id, verdict, correction, snapshot, seq FROM verdicts " \
                "WHERE (verdict != '' OR correction != '')"
        args: tuple = ()
        if kind is not None:
            query += " AND kind=?"
            args = (kind,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY seq", args).fetchall()
        return {r[0]: Verdict(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6]) for r in rows}

    def added(self, kind: str | None = None) -> list[dict]:
        """Added rows in the order they were added, each ``{"id", "kind", "doc_id", "row"}``."""
        query = "SELECT id, kind, doc_id, row FROM added WHERE removed=0"
        args: tuple = ()
        if kind is not None:
            query += " AND kind=?"
            args = (kind,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id", args).fetchall()
        return [{"id": r[0], "kind": r[1], "doc_id": r[2], "row": json.loads(r[3])} for r in rows]

    # ------------------------------------------------------------------ reruns
    def observe(self, generation: str, keys: Iterable[str]) -> set[str]:
        """Record the fact keys of a generation; return those that are new in it. The first generation a
        store sees has no new facts (there is nothing to compare with)."""
        keys = list(keys)
        with self._lock, self._transaction() as db:
            first = db.execute("SELECT value FROM meta WHERE name='first_generation'").fetchone()
            if first is None:
                db.execute("INSERT INTO meta(name, value) VALUES ('first_generation', ?)", (generation,))
                first_generation = generation
            else:
                first_generation = first[0]
            db.executemany("INSERT OR IGNORE INTO seen(key, generation) VALUES (?, ?)",
                           [(k, generation) for k in keys])
            if generation == first_generation:
                return set()
            # In chunks: SQLite caps the number of parameters of one statement.
            new: set[str] = set()
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = db.execute(f"SELECT key FROM seen WHERE generation=? AND key IN ({','.join('?' * len(chunk))})",
                                  (generation, *chunk)).fetchall()
                new.update(r[0] for r in rows)
            return new


def store_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / STORE_NAME


def has_store(out_dir: str | Path) -> bool:
    return store_path(out_dir).is_file() and os.path.getsize(store_path(out_dir)) > 0


# --------------------------------------------------------------------------- the run's rows and the export

#: The run's files an export copies unchanged beside the two reviewed ones.
COPIED_FILES = ("documents.csv", "entities.csv", "races.csv", "race_candidates.csv")
REVIEW_COLUMNS = ("verdict", "correction")
KEY_COLUMN = {"fact": "fact_key", "mention": "mention_key"}
FILE_OF = {"fact": "facts.csv", "mention": "mentions.csv"}


def run_folder(out_dir: str | Path) -> Path:
    """The folder holding one consistent set of the run's CSVs: ``OUT/CURRENT`` resolved once (a rerun
    switching it meanwhile cannot mix two sets), or ``OUT`` itself for a folder without generations."""
    from ..io.write import current_generation

    generation = current_generation(Path(out_dir))
    return generation if generation is not None else Path(out_dir)


def generation_id(folder: Path) -> str:
    """A name for the set of CSVs in ``folder``: its generation folder's name, else a hash of facts.csv."""
    from ..io.write import GENERATIONS

    if folder.parent.name == GENERATIONS:
        return folder.name
    facts = folder / "facts.csv"
    return "sha1:" + hashlib.sha1(facts.read_bytes() if facts.is_file() else b"").hexdigest()[:12]


def read_rows(folder: Path, kind: str) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows (guard removed) of facts.csv or mentions.csv, every row with its key
    (computed when an older run lacks the key column)."""
    from ..errors import TableError
    from ..io.keys import fact_key, mention_key
    from ..io.tables import read_table

    path = folder / FILE_OF[kind]
    if not path.is_file():
        raise StoreError(f"{path} is missing: run `newsfacts run` first")
    try:
        table = read_table(path, ("doc_id",))
    except TableError as e:
        raise StoreError(str(e)) from None
    header, rows = table.header, table.rows
    column, keyer = KEY_COLUMN[kind], (fact_key if kind == "fact" else mention_key)
    for row in rows:
        if not row.get(column):
            row[column] = keyer(row)
    return header, rows


def export(out_dir: str | Path, dest: str | Path) -> dict[str, int]:
    """Write the run's CSVs to ``dest`` with ``verdict``/``correction`` filled from the store and the added
    rows appended (no ``fact_id``/``mention_id``: what ``learn`` reads as missed). Returns counts:
    verdicts written per kind, added rows, and stale verdicts (their key matches no row of this run)."""
    from ..io.tables import write_csv

    out_dir, dest = Path(out_dir), Path(dest)
    if not has_store(out_dir):
        raise StoreError(f"{store_path(out_dir)} is missing: review the run with `newsfacts review "
                         f"{out_dir} --serve` first")
    folder = run_folder(out_dir)
    if folder.resolve() == dest.resolve() or Path(out_dir).resolve() == dest.resolve():
        raise StoreError(f"--export {dest} is the run's own folder: export to another folder")
    dest.mkdir(parents=True, exist_ok=True)
    counts = {"fact": 0, "mention": 0, "document": 0, "added": 0, "stale": 0}
    with Store.of_run(out_dir) as store:
        counts["document"] = _export_documents(folder, dest, store.verdicts("document"))
        for kind in ADD_KINDS:
            header, rows = read_rows(folder, kind)
            columns = list(header) + [c for c in (KEY_COLUMN[kind], *REVIEW_COLUMNS) if c not in header]
            verdicts = store.verdicts(kind)
            matched = set()
            for row in rows:
                v = verdicts.get(row[KEY_COLUMN[kind]])
                if v is not None:
                    row["verdict"], row["correction"] = v.verdict, v.correction
                    matched.add(v.key)
            counts[kind] = len(matched)
            counts["stale"] += len(set(verdicts) - matched)
            extra = store.added(kind)
            counts["added"] += len(extra)
            added_rows = []
            for a in extra:
                cell = {c: a["row"].get(c, "") for c in columns}
                cell["fact_id" if kind == "fact" else "mention_id"] = ""
                added_rows.append(cell)
            write_csv(dest / FILE_OF[kind], columns, ([r.get(c, "") for c in columns] for r in rows + added_rows))
    for name in COPIED_FILES:
        if name == "documents.csv":
            continue  # written with its verdict column by _export_documents
        if (folder / name).is_file():
            shutil.copyfile(folder / name, dest / name)
    return counts


def _export_documents(folder: Path, dest: Path, verdicts: Mapping[str, Verdict]) -> int:
    """documents.csv with a ``verdict`` column: the verdict on each document the run found no fact in
    (``ok``: nothing missing; ``wrong``: facts missing, the added rows say which). Returns how many."""
    from ..errors import TableError
    from ..io.tables import read_table, write_csv

    path = folder / "documents.csv"
    if not path.is_file():
        return 0
    try:
        table = read_table(path, ("doc_id",))
    except TableError as e:
        raise StoreError(str(e)) from None
    columns = list(table.header) + (["verdict"] if "verdict" not in table.header else [])
    written = 0
    for row in table.rows:
        v = verdicts.get(document_key(row["doc_id"]))
        row["verdict"] = v.verdict if v is not None else row.get("verdict", "")
        written += v is not None
    write_csv(dest / "documents.csv", columns, ([r.get(c, "") for c in columns] for r in table.rows))
    return written


@contextlib.contextmanager
def reviewed_folder(path: str | Path) -> Iterator[Path]:
    """The folder ``learn`` reads: a run with ``review.sqlite`` is exported to a temporary folder
    (removed afterwards); any other folder (CSVs filled in a spreadsheet) is given as it is."""
    path = Path(path)
    if not has_store(path):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="newsfacts-review-") as tmp:
        export(path, Path(tmp) / "reviewed")
        yield Path(tmp) / "reviewed"
