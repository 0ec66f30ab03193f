"""A reviewed run as ``learn`` reads it: the run's documents, and its mention and fact rows with the
reviewer's ``verdict``, ``correction`` and scope. Apart from what the rows teach, so that a
spreadsheet's habits (column order, encodings, delimiters, ``general:`` in a cell) are read in one
place, and every row keeps its file and line (:attr:`Row.ref`) for the report to name it."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ...errors import UsageError
from ...io import tables


#: What a ``verdict`` cell may hold (any case): empty (not judged), ``ok`` or ``wrong``.
VERDICTS = {"": "", "ok": "ok", "wrong": "wrong"}


@dataclass
class Row:
    file: str  # "mentions" or "facts"
    line: int
    cells: dict[str, str]
    general: bool = False  # the reviewer marked the correction general (``general:`` or scope=general)

    def get(self, key: str) -> str:
        return self.cells.get(key, "").strip()

    @property
    def ref(self) -> str:
        ident = self.get("mention_id") or self.get("fact_id") or "added"
        return f"{self.file}.csv:{self.line} ({self.get('doc_id')} {ident})"

    @property
    def verdict(self) -> str:
        return self.get("verdict").lower()

    @property
    def added(self) -> bool:
        return not (self.get("mention_id") if self.file == "mentions" else self.get("fact_id"))


@dataclass
class Review:
    documents: dict[str, tuple[str, str]]  # doc_id -> (clean text, published)
    mentions: list[Row]
    facts: list[Row]


def read_table(path: Path) -> list[Row]:
    """A CSV as a spreadsheet saves it (:func:`pipeline.io.tables.read_table` with
    ``spreadsheet=True``: any column order, guard apostrophes, CRLF, BOM, UTF-8 or
    cp1252, ``,``/``;``/tab delimited), as :class:`Row` objects. A column named twice
    is an error: which of the two holds the reviewer's verdict cannot be told."""
    table = tables.read_table(path, spreadsheet=True)
    return [Row(Path(path).stem, line, {h: v.replace("\r\n", "\n") for h, v in cells.items() if h})
            for cells, line in zip(table.rows, table.lines)]


def read_review(reviewed_dir: str | Path) -> Review:
    """The documents, mentions and facts of a reviewed run; verdicts are checked here."""
    root = Path(reviewed_dir)
    for name in ("documents.csv", "mentions.csv", "facts.csv"):
        if not (root / name).is_file():
            raise UsageError(f"{root / name} is missing: REVIEWED_DIR must be the folder of a run")
    documents = {r.get("doc_id"): (r.cells.get("text", ""), r.get("published") or r.get("reference_date")) for r in
                 read_table(root / "documents.csv") if r.get("status") in ("", "ok")}
    mentions, facts = read_table(root / "mentions.csv"), read_table(root / "facts.csv")
    for row in mentions + facts:
        _read_scope(row)
    return Review(documents, mentions, facts)


#: A correction cell that starts so asks for a general change (an alias everywhere), not a fix of the row.
GENERAL_PREFIX = "general:"
#: Values of the optional ``scope`` column ("" is the default: the row's document).
SCOPES = ("", "document", "general")


def _read_scope(row: Row) -> None:
    """``general: NAME`` in the correction cell, or ``scope`` = ``general``, marks the row general."""
    correction = row.cells.get("correction", "").strip()
    if correction.lower().startswith(GENERAL_PREFIX):
        row.cells["correction"] = correction[len(GENERAL_PREFIX):].strip()
        row.general = True
    if row.get("scope").lower() == "general":
        row.general = True


def looked_at(row: Row) -> bool:
    """A row a reviewer marked, corrected or added."""
    return bool(row.verdict or row.get("correction") or row.added)


def text_key(text: str) -> str:
    """A document's identity for the held-out check: its words, whatever the spacing."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def int_cell(value: str | None) -> int | None:
    """A cell's integer (an offset), None when it holds none."""
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None
