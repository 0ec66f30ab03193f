"""The output tables: their columns and row types, the formula guard, reading and atomic writing.

One module for what every stage that touches a CSV needs, so ``run``,
``evaluate``, ``review`` and ``learn`` agree on it:

- **Columns and rows.** Each table's row is a ``NamedTuple`` whose fields are
  its columns, in the contract's order (``DocumentRow._fields`` *is*
  ``DOCUMENT_COLUMNS``). Columns may be added at the end, never renamed.
  A row is still a tuple: it pickles, crosses process boundaries and is
  written positionally, and code reads ``row.text`` instead of ``row[6]``.
- **The formula guard** (SPEC.md): every cell, headers included, that begins
  with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
  ``'``; so does one that begins with their full-width forms (``＝ ＋ － ＠``)
  or with any of them after invisible characters (a zero-width space, a BOM),
  which spreadsheets may drop or convert before they read the cell
  (:func:`runs_as_formula`). The scorer strips an apostrophe only before the
  six SPEC characters, so it reads those rare guarded cells with their
  apostrophe. :func:`unguard` removes one ``'`` that is followed by a guarded
  character. The pair is exact on every cell except one that *itself* begins
  with ``'`` followed by a guarded character (``'=x``): :func:`guard` leaves
  it alone (it starts with ``'``, which no spreadsheet runs) and a reader
  cannot tell it from a guarded ``=x``. So ``unguard(guard(x)) == x`` for
  every ``x`` outside that family, and ``guard(unguard(c)) == c`` for every
  cell ``c`` that :func:`guard` can produce. Escaping that family too
  (``''=x``) would make the pair exact everywhere, but the scorer would then
  read ``''=x`` as written and compare a different cell: SPEC's
  one-apostrophe rule wins, and this family stays the one documented
  ambiguity (a cleaned text or name rarely begins with ``'=``).
- **Reading** (:func:`read_table`, :func:`read_csv`): UTF-8 with or without a
  BOM, ``\\n`` or ``\\r\\n`` line ends, cells unguarded; an error names the
  file and the line (:class:`~pipeline.errors.TableError`).
- **Writing**: quoting is Python's ``csv`` ``QUOTE_MINIMAL`` with ``\\n``
  line ends; a field holding a carriage return is quoted too (Python 3.11's
  writer quotes only the characters of its line terminator, and a bare
  ``\\r`` in an unquoted field splits the row for every reader).
- **One atomic write** (:class:`AtomicFile`, :func:`atomic_write`): a
  temporary file beside the target (``.<name>.<pid>.<random>.tmp``), fsynced,
  renamed into place with ``os.replace``, the folder fsynced; on any error
  the temporary file is removed and the previous file stays. A temporary file
  left by a process that was killed is removed the next time the same file is
  committed. Files get the usual permissions (``0o666`` less the umask), not
  the private ones of :func:`tempfile.mkstemp`.
"""
from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator, NamedTuple, Sequence

from ..errors import TableError

# --------------------------------------------------------------------------
# columns and row types (the output contract)
# --------------------------------------------------------------------------

class DocumentRow(NamedTuple):
    """documents.csv: one row per document read, whether or not it could be processed."""

    doc_id: str
    source: str
    published: str
    status: str  # "ok" or "error"
    error: str
    chars: int
    text: str
    encoding: str
    note: str
    url: str
    reference_date: str
    published_source: str


class MentionRow(NamedTuple):
    """mentions.csv: one row per mention found."""

    doc_id: str
    mention_id: str
    label: str
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    sentence: int
    entity_id: str
    entity: str
    value: str
    unit: str
    rule: str
    value_end: str
    qualifier: str
    kb_id: str
    emphasis: str
    mention_key: str = ""  # pipeline/io/keys.py: what a verdict is attached to, stable across reruns
    verdict: str = ""  # written empty, for a reviewer to fill
    correction: str = ""


class EntityRow(NamedTuple):
    """entities.csv: one row per canonical entity."""

    entity_id: str
    label: str
    name: str
    aliases: str
    mentions: int
    documents: int
    kb_id: str


class FactRow(NamedTuple):
    """facts.csv: one row per fact, with its evidence."""

    doc_id: str
    fact_id: str
    predicate: str
    subject_id: str
    subject: str
    object_id: str
    object: str
    office: str
    value: str
    unit: str
    date: str
    date_end: str
    kind: str
    qualifier: str
    polarity: str
    confidence: str
    rule: str
    sentence: int
    start: int
    end: int
    raw_start: int
    raw_end: int
    evidence: str
    office_id: str
    emphasis: str
    fact_key: str = ""  # pipeline/io/keys.py: what a verdict is attached to, stable across reruns
    verdict: str = ""  # written empty, for a reviewer to fill
    correction: str = ""


class RaceRow(NamedTuple):
    """races.csv: one row per election, consolidated from the facts of every document."""

    race_id: str
    office_id: str
    office: str
    kind: str
    date: str
    status: str
    winner_id: str
    winner: str
    margin: str
    margin_unit: str
    margins: str
    ballots_cast: str
    recount_requested_by: str
    certified: str
    conflicts: str
    documents: int
    sources: str


class CandidateRow(NamedTuple):
    """race_candidates.csv: one row per person who ran in a race."""

    race_id: str
    entity_id: str
    name: str
    outcome: str
    votes: str
    share: str
    endorsed_by: str
    sources: str


DOCUMENT_COLUMNS = DocumentRow._fields
MENTION_COLUMNS = MentionRow._fields
ENTITY_COLUMNS = EntityRow._fields
FACT_COLUMNS = FactRow._fields
RACE_COLUMNS = RaceRow._fields
CANDIDATE_COLUMNS = CandidateRow._fields

#: The six files of a run, in the order the README lists them: file stem → row type.
TABLES: dict[str, type] = {
    "documents": DocumentRow,
    "mentions": MentionRow,
    "entities": EntityRow,
    "facts": FactRow,
    "races": RaceRow,
    "race_candidates": CandidateRow,
}


def fmt(value: object) -> str:
    """A cell: integers without ".0", floats as Python writes them, None as empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


# --------------------------------------------------------------------------
# the formula guard
# --------------------------------------------------------------------------

#: First characters that make a spreadsheet evaluate a cell.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Their full-width forms: Excel in CJK locales takes "＝1+1" typed or pasted as a formula,
#: so a cell starting with one is guarded too.
FULLWIDTH_PREFIXES = ("\uff1d", "\uff0b", "\uff0d", "\uff20")
#: Invisible characters a spreadsheet may drop or skip before reading the first character
#: (zero-width space/joiners, marks, word joiner, BOM, soft hyphen): "\u200b=cmd" is guarded.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
_GUARD = "'"


def runs_as_formula(text: str) -> bool:
    """True when a spreadsheet could evaluate a cell holding ``text``: it starts, after any
    invisible characters, with a formula character or its full-width form."""
    return text.lstrip(INVISIBLE).startswith(FORMULA_PREFIXES + FULLWIDTH_PREFIXES)


#: The characters a cell that :func:`runs_as_formula` can start with: any other first character
#: settles it (the test every cell of every row takes).
_RISKY_FIRST = frozenset(FORMULA_PREFIXES + FULLWIDTH_PREFIXES + tuple(INVISIBLE))


def guard(cell: object) -> str:
    """The cell as text, with a leading ``'`` when a spreadsheet would run it."""
    text = "" if cell is None else cell if type(cell) is str else str(cell)
    return _GUARD + text if text and text[0] in _RISKY_FIRST and runs_as_formula(text) else text


def unguard(cell: str) -> str:
    """Undo :func:`guard` (what the scorer, ``evaluate``, ``review`` and ``learn`` read back)."""
    if len(cell) > 1 and cell[0] == _GUARD and runs_as_formula(cell[1:]):
        return cell[1:]
    return cell


def is_invertible(text: str) -> bool:
    """True when ``unguard(guard(text)) == text`` (see the module docstring)."""
    return not (len(text) > 1 and text[0] == _GUARD and runs_as_formula(text[1:]))


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

#: csv's default field limit (131,072) is below the longest document text.
FIELD_LIMIT = 2**31 - 1


@dataclass
class Table:
    """A CSV as read: its header and rows (dicts of unguarded cells), and each row's line."""

    path: Path
    header: list[str]
    rows: list[dict[str, str]]
    lines: list[int]  # the line each row starts on (1 is the header)


def read_table(path: str | Path, required: Iterable[str] = (), *, spreadsheet: bool = False) -> Table:
    """Read a CSV written here or saved by a spreadsheet: cells and header unguarded.

    UTF-8 with or without a BOM; ``\\n`` or ``\\r\\n`` line ends; blank lines
    skipped; a short row is padded with empty cells. Anything else is a
    :class:`TableError` naming the file and line: a file that is not UTF-8,
    a broken quote, a row with more (non-empty) cells than the header, a
    column named twice, or a column of ``required`` missing.

    ``spreadsheet=True`` reads what a reviewer's spreadsheet saves as well:
    cp1252 when the bytes are not UTF-8, a ``;`` or tab delimiter (the most
    frequent of :data:`SPREADSHEET_DELIMITERS` in the header line), header
    names stripped and lower-cased, rows of empty cells skipped.
    """
    path = Path(path)
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)  # documents.text may be a million characters long
    try:
        if spreadsheet:
            text = _spreadsheet_text(path.read_bytes())
            first = text.split("\n", 1)[0]
            delimiter = max(SPREADSHEET_DELIMITERS, key=lambda d: (first.count(d), d == ","))
            table = _parse(path, csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True), (),
                           normalise=True)
            missing = [c for c in required if c not in table.header]
            if missing:
                raise TableError(f"{path}:1: no column {', '.join(map(repr, missing))} in the header")
            return table
        with path.open(encoding="utf-8-sig", newline="") as f:
            return _parse(path, csv.reader(f, strict=True), tuple(required))
    except UnicodeDecodeError:
        raise TableError(f"{path}:{_bad_byte_line(path)}: not UTF-8 text") from None
    except FileNotFoundError:
        raise TableError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TableError(f"{path}: a folder, not a CSV file") from None


def read_csv(path: str | Path, required: Iterable[str] = ()) -> list[dict[str, str]]:
    """The rows of :func:`read_table` (dicts of unguarded cells)."""
    return read_table(path, required).rows


#: The delimiters a spreadsheet may save a CSV with (``read_table(..., spreadsheet=True)``).
SPREADSHEET_DELIMITERS = (",", ";", "\t")


def _spreadsheet_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1252 (what a spreadsheet on Windows saves)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _parse(path: Path, reader, required: tuple[str, ...], normalise: bool = False) -> Table:
    line = 1
    try:
        header = next(reader, None)
        if header is None:
            if normalise:
                return Table(path, [], [], [])
            raise TableError(f"{path}:1: empty file, no header row")
        header = [unguard(h.strip()).strip().lower() if normalise else unguard(h) for h in header]
        twice = sorted({h for h in header if h and header.count(h) > 1})
        if twice:
            raise TableError(f"{path}:1: column {', '.join(map(repr, twice))} named twice in the header")
        missing = [c for c in required if c not in header]
        if missing:
            raise TableError(f"{path}:1: no column {', '.join(map(repr, missing))} in the header")
        rows, lines, width = [], [], len(header)
        line = reader.line_num + 1
        for values in reader:
            if normalise and not any(v.strip() for v in values):
                values = []  # a row a spreadsheet left empty
            if values:
                if len(values) > width:
                    if any(values[width:]):
                        raise TableError(f"{path}:{line}: {len(values)} cells, the header names {width}")
                    values = values[:width]
                rows.append(dict(zip(header, [unguard(v) for v in values] + [""] * (width - len(values)))))
                lines.append(line)
            line = reader.line_num + 1
    except csv.Error as exc:
        raise TableError(f"{path}:{line}: {exc}") from None
    return Table(path, header, rows, lines)


def _bad_byte_line(path: Path) -> int:
    """The line of the first byte that is not UTF-8 (read again only when decoding failed)."""
    data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return data[:exc.start].count(b"\n") + 1
    return 1


# --------------------------------------------------------------------------
# one atomic write
# --------------------------------------------------------------------------

def _temporary(path: Path, encoding: str | None, newline: str | None) -> tuple[Path, IO]:
    """A new, exclusive temporary file beside ``path``: ``(Path, open file)``."""
    mode = 0o666  # os.open applies the umask, as for any file the user creates
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        if encoding is None:
            return tmp, os.fdopen(fd, "wb")
        return tmp, os.fdopen(fd, "w", encoding=encoding, newline=newline)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete the temporary files of ``path`` left by processes that no longer run."""
    removed = []
    for tmp in Path(path).parent.glob(f".{Path(path).name}.*.tmp"):
        parts = tmp.name[len(Path(path).name) + 2:].split(".")
        if len(parts) == 3 and parts[0].isdigit() and int(parts[0]) != os.getpid() and not _pid_alive(int(parts[0])):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (nothing on a platform that cannot open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """A file that appears under its name, complete, only when :meth:`commit` is called.

    ``file`` is the open temporary file (text with ``encoding``, or bytes when
    ``encoding=None``). As a context manager it commits on success and removes
    the temporary file when the block raises, leaving the previous file untouched.
    """

    def __init__(self, path: str | Path, *, encoding: str | None = "utf-8", newline: str | None = ""):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp, self.file = _temporary(self.path, encoding, newline)

    def sync(self) -> None:
        """Flush, fsync and close the temporary file (it stays under its temporary name)."""
        if not self.file.closed:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()

    def commit(self) -> Path:
        if self.file.closed:  # already moved by commit_all, or aborted
            raise ValueError(f"{self.path}: already committed or aborted")
        try:
            self.sync()
            os.replace(self.tmp, self.path)
            fsync_dir(self.path.parent)
        except BaseException:  # a full disk while flushing: the temporary file goes, the old file stays
            self.abort()
            raise
        remove_stale_temporaries(self.path)
        return self.path

    def abort(self) -> None:
        if not self.file.closed:
            with contextlib.suppress(OSError):  # flushing the buffer may fail again (a full disk)
                self.file.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


@contextlib.contextmanager
def atomic_write(path: str | Path, *, encoding: str | None = "utf-8", newline: str | None = "") -> Iterator[IO]:
    """``with atomic_write(path) as f: f.write(...)``: the file appears complete, or not at all."""
    with AtomicFile(path, encoding=encoding, newline=newline) as out:
        yield out.file


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Replace ``path`` by ``text`` (UTF-8, line ends as given) atomically."""
    with atomic_write(path) as f:
        f.write(text)
    return Path(path)


# --------------------------------------------------------------------------
# writing CSV
# --------------------------------------------------------------------------

class _LineEnds:
    """A file adapter for ``csv.writer``: rows are written with ``\\r\\n`` (so the
    writer quotes fields holding ``\\r``) and reach the file ending in ``\\n``."""

    __slots__ = ("_file",)

    def __init__(self, file) -> None:
        self._file = file

    def write(self, line: str) -> int:
        return self._file.write(line[:-2] + "\n")


class AtomicCsv(AtomicFile):
    """A CSV file (header, then rows, every cell guarded) written through :class:`AtomicFile`."""

    def __init__(self, path: str | Path, columns: Sequence[str]):
        super().__init__(path)
        self._writer = csv.writer(_LineEnds(self.file), quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        try:
            self._writer.writerow([guard(c) for c in columns])
        except BaseException:  # "no space left on device" already: leave no temporary file behind
            self.abort()
            raise
        self.rows = 0

    def write(self, row: Iterable[object]) -> None:
        self._writer.writerow([guard(c) for c in row])
        self.rows += 1

    def write_many(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.write(row)

    def append_body(self, path: Path, chunk: int = 1 << 20) -> None:
        """Copy the rows of a CSV written by this module (its header skipped) verbatim."""
        with Path(path).open(encoding="utf-8", newline="") as f:
            header = f.readline()
            if header and not header.endswith("\n"):
                raise TableError(f"{path}:1: header row has no line end")
            while True:
                data = f.read(chunk)
                if not data:
                    break
                self.file.write(data)


def write_csv(path: str | Path, columns: Sequence[str], rows: Iterable[Iterable[object]]) -> Path:
    """Write a whole CSV atomically (see :class:`AtomicCsv`)."""
    with AtomicCsv(path, columns) as out:
        out.write_many(rows)
    return Path(path)
