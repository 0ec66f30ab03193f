"""CSV writing: the formula guard, a fixed column order, and atomic replacement.

Every file is written to a temporary file in the output folder and renamed
into place only when complete, so a crash leaves either the previous file or
none, never a truncated one. Every cell (headers included) that a
spreadsheet would evaluate gets a leading apostrophe (SPEC.md).
"""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

#: First characters that make a spreadsheet evaluate a cell.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def guard(cell: object) -> str:
    """The cell as text, with a leading ``'`` when a spreadsheet would run it."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def unguard(cell: str) -> str:
    """Undo :func:`guard` (what the scorer and ``learn`` read back)."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


class AtomicCsv:
    """A CSV file that appears under its name only when :meth:`commit` is called."""

    def __init__(self, path: Path, columns: Sequence[str]):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.tmp = Path(tmp)
        self._file = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        self._writer.writerow([guard(c) for c in columns])
        self.rows = 0

    def write(self, row: Iterable[object]) -> None:
        self._writer.writerow([guard(c) for c in row])
        self.rows += 1

    def write_many(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.write(row)

    def commit(self) -> Path:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        if not self._file.closed:
            self._file.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> "AtomicCsv":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Iterable[object]]) -> Path:
    with AtomicCsv(path, columns) as out:
        out.write_many(rows)
    return Path(path)


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV written here (or edited in a spreadsheet), guard removed, BOM tolerated."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [{unguard(k or ""): unguard(v or "") for k, v in row.items()} for row in csv.DictReader(f)]
