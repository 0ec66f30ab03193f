"""CSV writing: the formula guard, a fixed column order, and atomic replacement.

Every file is written to a temporary file beside it (``.<name>.<pid>.<random>.tmp``)
and renamed into place only when complete, so a crash leaves either the
previous file or none, never a truncated one. A temporary file left by a
process that was killed is removed the next time the same file is committed.
Files get the usual permissions (``0o666`` less the umask), not the private
ones of :func:`tempfile.mkstemp`.

Quoting is Python's ``csv`` ``QUOTE_MINIMAL`` with ``\\n`` line ends; a field
holding a carriage return is quoted too (Python 3.11's writer quotes only the
characters of its line terminator, and a bare ``\\r`` in an unquoted field
splits the row for every reader).

Spreadsheet guard (SPEC.md): every cell, headers included, that begins with
``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'``; so does
one that begins with their full-width forms (``＝ ＋ － ＠``) or with any of them
after invisible characters (a zero-width space, a BOM), which spreadsheets may
drop or convert before they read the cell (:func:`runs_as_formula`). The
scorer strips an apostrophe only before the six SPEC characters, so it reads
those rare guarded cells with their apostrophe.
:func:`unguard` removes one ``'`` that is followed by one of those characters,
as the scorer does. The pair is exact on every cell except one that *itself*
begins with ``'`` followed by a guarded character (``'=x``): :func:`guard`
leaves it alone (it starts with ``'``, which no spreadsheet runs) and a reader
cannot tell it from a guarded ``=x``. So ``unguard(guard(x)) == x`` for every
``x`` outside that family, and ``guard(unguard(c)) == c`` for every cell ``c``
that :func:`guard` can produce. Escaping that family too (``''=x``) would make
the pair exact everywhere, but the scorer strips an apostrophe only before a
guarded character, so it would read ``''=x`` as written and compare a
different cell: SPEC's one-apostrophe rule wins, and this family stays the one
documented ambiguity (a cleaned text or name rarely begins with ``'=``).
"""
from __future__ import annotations

import contextlib
import csv
import os
import secrets
import shutil
import time
from pathlib import Path
from typing import Iterable, Sequence

#: First characters that make a spreadsheet evaluate a cell.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Their full-width forms: Excel in CJK locales takes "＝1+1" typed or pasted as a formula,
#: so a cell starting with one is guarded too.
FULLWIDTH_PREFIXES = ("\uff1d", "\uff0b", "\uff0d", "\uff20")
#: Invisible characters a spreadsheet may drop or skip before reading the first character
#: (zero-width space/joiners, marks, word joiner, BOM, soft hyphen): "\u200b=cmd" is guarded.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
_GUARD = "'"
#: csv's default field limit (131,072) is below the longest document text.
_FIELD_LIMIT = 2**31 - 1


def runs_as_formula(text: str) -> bool:
    """True when a spreadsheet could evaluate a cell holding ``text``: it starts, after any
    invisible characters, with a formula character or its full-width form."""
    return text.lstrip(INVISIBLE).startswith(FORMULA_PREFIXES + FULLWIDTH_PREFIXES)


def guard(cell: object) -> str:
    """The cell as text, with a leading ``'`` when a spreadsheet would run it."""
    text = "" if cell is None else str(cell)
    return _GUARD + text if runs_as_formula(text) else text


def unguard(cell: str) -> str:
    """Undo :func:`guard` (what the scorer and ``learn`` read back)."""
    if len(cell) > 1 and cell[0] == _GUARD and runs_as_formula(cell[1:]):
        return cell[1:]
    return cell


def is_invertible(text: str) -> bool:
    """True when ``unguard(guard(text)) == text`` (see the module docstring)."""
    return not (len(text) > 1 and text[0] == _GUARD and runs_as_formula(text[1:]))


class _LineEnds:
    """A file adapter for ``csv.writer``: rows are written with ``\\r\\n`` (so the
    writer quotes fields holding ``\\r``) and reach the file ending in ``\\n``."""

    __slots__ = ("_file",)

    def __init__(self, file) -> None:
        self._file = file

    def write(self, line: str) -> int:
        return self._file.write(line[:-2] + "\n")


def _temporary(path: Path):
    """A new, exclusive temporary file beside ``path``: ``(Path, text file)``."""
    mode = 0o666  # os.open applies the umask, as for any file the user creates
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        return tmp, os.fdopen(fd, "w", encoding="utf-8", newline="")


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


class AtomicCsv:
    """A CSV file that appears under its name only when :meth:`commit` is called.

    Used as a context manager it commits on success and removes the temporary
    file when the block raises, leaving the previous file untouched.
    """

    def __init__(self, path: Path, columns: Sequence[str]):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp, self._file = _temporary(self.path)
        self._writer = csv.writer(_LineEnds(self._file), quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
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
                raise ValueError(f"{path}: header row has no line end")
            while True:
                data = f.read(chunk)
                if not data:
                    break
                self._file.write(data)

    def commit(self) -> Path:
        if self._file.closed:  # already flushed by commit_all
            raise ValueError(f"{self.path}: already committed or aborted")
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            os.replace(self.tmp, self.path)
        except BaseException:  # a full disk while flushing: the temporary file goes, the old file stays
            self.abort()
            raise
        remove_stale_temporaries(self.path)
        return self.path

    def abort(self) -> None:
        if not self._file.closed:
            with contextlib.suppress(OSError):  # flushing the buffer may fail again (a full disk)
                self._file.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> "AtomicCsv":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


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
            if not f._file.closed:
                f._file.flush()
                os.fsync(f._file.fileno())
                f._file.close()
        generation.mkdir(parents=True)
        for f in files:
            os.replace(f.tmp, generation / f.path.name)
        _fsync_dir(generation)
        for f in files:
            _link(f.path, Path(CURRENT) / f.path.name)
        _link(out / CURRENT, Path(GENERATIONS) / generation.name)  # the switch: one atomic rename
        _fsync_dir(out)
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


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _prune_generations(out: Path, keep: set[str]) -> None:
    """Remove every generation but the current and the previous one (the caller holds the
    output folder's lock, so no other run is writing one)."""
    for old in (out / GENERATIONS).iterdir():
        if old.name not in keep and old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Iterable[object]]) -> Path:
    with AtomicCsv(path, columns) as out:
        out.write_many(rows)
    return Path(path)


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV written here (or edited in a spreadsheet), guard removed, BOM tolerated."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)  # documents.text may be a million characters long
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [{unguard(k or ""): unguard(v or "") for k, v in row.items()} for row in csv.DictReader(f)]
