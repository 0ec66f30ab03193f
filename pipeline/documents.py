"""Read stage: input files and folders → a stream of :class:`Document`.

Formats (SPEC "Input"), chosen by extension, case-insensitively:

``.txt``
    Documents are blocks separated by one or more blank lines (a blank line
    holds only whitespace; ``\\n``, ``\\r\\n`` and ``\\r`` all end a line). A block's
    ``raw`` is its text with surrounding whitespace stripped; blocks are numbered
    from 1 (``<name>#<n>``), and since a block never holds a blank line there is
    no whitespace-only block to skip or count.
``.html`` / ``.htm``
    The whole file is one document, ``<name>``.
``.jsonl``
    One JSON object per line, read line by line: ``id``, ``text``, optional
    ``published`` and ``url``; other fields are ignored, blank lines skipped.
    An ``id`` may be a string or an integer; surrounding whitespace is removed.
``.csv``
    A header row naming ``id`` and ``text`` (optional ``published``, ``url``;
    matched case-insensitively, surrounding spaces ignored), read with the
    :mod:`csv` module, so quoted fields may hold newlines. Empty rows are skipped.

``<name>`` is the file's name when the file is given, or its path relative to
the folder given (posix separators). ``source`` is the path as given, or, for a
file found in a folder, the folder as given joined with that relative path
(``corpus/2009/a.txt``), so a reviewer can open it. Folders are searched
recursively; files are taken in order of their relative path (compared by
path components); hidden files and folders (names starting with ``.``) and
files with other extensions are skipped. Symbolic links to folders are not
followed.

Errors never raise: each becomes a Document with ``error`` set (one line) and
the run goes on. Rules:

* a JSONL line that is not JSON, not an object, or has no usable ``text`` (or
  ``id``): an error row whose ``doc_id`` is the record's ``id`` when it can be
  recovered, else ``<name>:<line>``;
* a record whose ``text`` is missing, not a string, or blank: an error row;
* a CSV without an ``id`` or ``text`` column: one error row ``<name>`` for the file;
  malformed CSV quoting: an error row ``<name>:<line>``, and the rest of that
  file is not read (its rows cannot be told apart);
* **duplicate ids**: the first occurrence is processed; each later one becomes
  an error row with ``doc_id`` ``<id>~<k>`` (k = 2, 3, …) and error
  ``duplicate id '<id>' (first at <source>:<line>)``. Ids are unique across
  the whole run, so every row of ``documents.csv`` has its own ``doc_id``;
* an unreadable file, or a binary file (magic number of a known binary format,
  or more than :data:`BINARY_CONTROL_SHARE` of control/undecodable characters):
  one error row ``<name>`` (``binary file, not text``);
* **an empty file**, or one that yields no document (only blank lines, a CSV
  header without rows): one error row ``<name>``, ``empty file: no documents``,
  so every input file shows up in the output.

Encodings: a UTF-8, UTF-16 or UTF-32 byte-order mark decides; else UTF-16
without BOM when the NUL bytes say so (NULs on one side of most byte pairs);
else strict UTF-8; else cp1252 with
undecodable bytes replaced by U+FFFD. ``encoding`` names the codec used; a
fallback is also written in ``note``. In the decoded text, NUL and the other C0
control characters except tab, LF and CR are removed (VT and FF become LF), and
lone surrogates (possible through JSON escapes) become U+FFFD.

``published`` is normalised to ``YYYY-MM-DD``: a value that is an ISO date or
starts with one (``2009-12-02T10:00:00Z``) is kept as that date; anything else
is dropped with a note, and the document then falls back to ``reference_date``
like a document without a date.

A document longer than ``max_chars`` characters is truncated to its first
``max_chars`` characters, with a note (it is still processed, not refused).

Reading streams: one file at a time, and a JSONL file line by line.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePath
from typing import Iterator, Sequence

__all__ = [
    "DEFAULT_MAX_CHARS",
    "BINARY_CONTROL_SHARE",
    "EXTENSIONS",
    "Document",
    "InputError",
    "iter_documents",
    "decode_bytes",
    "normalise_date",
]

#: Longest document, in characters after decoding, that is processed whole;
#: longer ones are truncated to this length with a note. One million characters
#: is about 170,000 words, far above any news article, and keeps one bad input
#: (a dumped database, a log file) from stalling a run.
DEFAULT_MAX_CHARS: int = 1_000_000

#: A text whose share of control and undecodable characters exceeds this is a
#: binary file. Random bytes give about 0.13; real text with stray NULs far less.
BINARY_CONTROL_SHARE = 0.08

#: Input formats by (lower-case) extension.
EXTENSIONS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}

_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"PK\x03\x04", b"\x1f\x8b", b"%PDF-",
          b"\x7fELF", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"MZ", b"\xd0\xcf\x11\xe0", b"OggS", b"RIFF",
          b"ID3", b"\x00\x00\x01\x00")
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 65536
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_REMOVE = re.compile("[\x00-\x08\x0e-\x1f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# A line end followed by one or more blank lines ("\r\n" is one line end, never two).
_BLANK_LINES = re.compile(r"(?:\r\n|\r(?!\n)|\n)(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n))+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_JSON_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')
_CSV_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True, slots=True)
class Document:
    """One document as read. ``error`` non-empty means it could not be read."""

    doc_id: str
    source: str  # input file path as given, or folder as given + path relative to it (posix)
    raw: str  # the document as read, after decoding (.txt block, HTML file, JSONL/CSV text field)
    published: str = ""  # ISO YYYY-MM-DD or ""
    url: str = ""
    encoding: str = ""  # codec the bytes were decoded with
    note: str = ""  # non-fatal notes, "; "-separated, one line
    error: str = ""  # non-empty: this document could not be read; one-line reason


class InputError(ValueError):
    """An unusable invocation (missing input, unsupported file given explicitly,
    invalid setting); the message is one line naming the path or value."""


# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------

def _looks_binary_bytes(head: bytes) -> bool:
    return head.startswith(_MAGIC)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one side of most pairs."""
    sample = data[:_SNIFF]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd > 0.3 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, str]:
    """Decode a file's bytes: ``(text, encoding, note)`` (see module docstring)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            bad = text.count("\ufffd")
            return text, codec, (f"{bad} undecodable characters replaced" if bad else "")
    codec = _utf16_without_bom(data)  # before UTF-8: ASCII in UTF-16 is valid UTF-8 with NULs
    if codec:
        text = data.decode(codec, errors="replace")
        return text, codec, f"decoded as {codec} (no byte-order mark)"
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    bad = text.count("\ufffd")
    note = "decoded as cp1252" + (f", {bad} undecodable bytes replaced" if bad else "")
    return text, "cp1252", note


def _is_binary_text(text: str) -> bool:
    sample = text[: _SNIFF * 4]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > BINARY_CONTROL_SHARE * len(sample)


def _sanitise(text: str) -> tuple[str, str]:
    """Remove control characters, fix lone surrogates: ``(text, note)``."""
    note = []
    if "\x0b" in text or "\x0c" in text:
        text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    if _REMOVE.search(text):
        before = len(text)
        text = _REMOVE.sub("", text)
        note.append(f"removed {before - len(text)} control characters")
    if _SURROGATE.search(text):
        text, n = _SURROGATE.subn("\ufffd", text)
        note.append(f"replaced {n} lone surrogates")
    return text, "; ".join(note)


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for an ISO date or datetime (prefix), else ``None``."""
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _short(value: object, limit: int = 40) -> str:
    s = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


# --------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _File:
    path: Path
    name: str
    source: str
    kind: str


def _posix(path: str | Path) -> str:
    return PurePath(path).as_posix()


def _resolve_inputs(inputs: Sequence[str | Path]) -> list[tuple[str | Path, bool]]:
    """Validate the given paths now, so an unusable invocation fails before reading."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    checked = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            checked.append((given, True))
        elif path.exists() or path.is_symlink():
            if path.suffix.lower() not in EXTENSIONS:
                raise InputError(
                    f"unsupported input file type: {_posix(given)} (expected {', '.join(EXTENSIONS)})"
                )
            checked.append((given, False))
        else:
            raise InputError(f"input not found: {_posix(given)}")
    return checked


def _walk(folder: str | Path) -> list[_File]:
    root = Path(folder)
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fname in filenames:
            if fname.startswith(".") or Path(fname).suffix.lower() not in EXTENSIONS:
                continue
            full = Path(dirpath, fname)
            found.append((full.relative_to(root).parts, full))
    found.sort(key=lambda item: item[0])
    return [
        _File(full, "/".join(parts), _posix(Path(folder, *parts)), EXTENSIONS[full.suffix.lower()])
        for parts, full in found
    ]


def _files(checked: list[tuple[str | Path, bool]]) -> Iterator[_File]:
    for given, is_dir in checked:
        if is_dir:
            yield from _walk(given)
        else:
            path = Path(given)
            yield _File(path, path.name, _posix(given), EXTENSIONS[path.suffix.lower()])


# --------------------------------------------------------------------------
# readers: each yields (Document, line) with doc_id not yet made unique
# --------------------------------------------------------------------------

class _Ctx:
    """Per-run settings shared by the readers."""

    def __init__(self, reference_date: str, max_chars: int) -> None:
        self.reference_date = reference_date
        self.max_chars = max_chars

    def make(self, f: _File, doc_id: str, raw: str, *, published: object = None, url: object = "",
             encoding: str = "", note: str = "") -> Document:
        notes = [note]
        pub = ""
        if published not in (None, ""):
            pub = normalise_date(published) or ""
            if not pub:
                notes.append(f"published {_short(published)!r} is not an ISO date")
        if not pub:
            pub = self.reference_date
        if not isinstance(url, str):
            notes.append("url is not a string")
            url = ""
        if len(raw) > self.max_chars:
            notes.append(f"truncated to {self.max_chars} chars (from {len(raw)})")
            raw = raw[: self.max_chars]
        return Document(doc_id, f.source, raw, pub, " ".join(url.split()), encoding, _join(*notes))

    @staticmethod
    def error(f: _File, doc_id: str, reason: str, encoding: str = "") -> Document:
        return Document(doc_id, f.source, "", "", "", encoding, "", " ".join(reason.split()) or "error")


def _read_text_file(f: _File, ctx: _Ctx) -> tuple[str, str, str] | Document:
    try:
        data = f.path.read_bytes()
    except OSError as exc:
        return ctx.error(f, f.name, f"cannot read file: {exc.strerror or exc}")
    if _looks_binary_bytes(data[:16]):
        return ctx.error(f, f.name, "binary file, not text")
    text, encoding, note = decode_bytes(data)
    if _is_binary_text(text):
        return ctx.error(f, f.name, "binary file, not text", encoding)
    text, clean_note = _sanitise(text)
    return text, encoding, _join(note, clean_note)


def _line_count(text: str, start: int, end: int) -> int:
    """Line breaks (\\n, \\r\\n, \\r) in text[start:end]."""
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)


def _read_txt(f: _File, ctx: _Ctx) -> Iterator[tuple[Document, int]]:
    got = _read_text_file(f, ctx)
    if isinstance(got, Document):
        yield got, 1
        return
    text, encoding, note = got
    n = 0
    line = 1
    pos = 0
    bounds = [(m.start(), m.end()) for m in _BLANK_LINES.finditer(text)] + [(len(text), len(text))]
    for sep_start, sep_end in bounds:
        block = text[pos:sep_start]
        stripped = block.strip()
        if stripped:
            n += 1
            lead = len(block) - len(block.lstrip())
            first_line = line + _line_count(text, pos, pos + lead)
            yield ctx.make(f, f"{f.name}#{n}", stripped, encoding=encoding, note=note), first_line
        line += _line_count(text, pos, sep_end)
        pos = sep_end


def _read_html(f: _File, ctx: _Ctx) -> Iterator[tuple[Document, int]]:
    got = _read_text_file(f, ctx)
    if isinstance(got, Document):
        yield got, 1
        return
    text, encoding, note = got
    if text.strip():
        yield ctx.make(f, f.name, text, encoding=encoding, note=note), 1


def _record_id(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        value, _ = _sanitise(value)
        value = " ".join(value.split())
        return value or None
    return None


def _record(f: _File, ctx: _Ctx, line: int, rec_id: object, text: object, published: object,
            url: object, encoding: str, note: str) -> Document:
    """A JSONL/CSV record → Document (or error Document)."""
    doc_id = _record_id(rec_id)
    if doc_id is None:
        what = "missing id" if rec_id in (None, "") else f"id is not a string or integer ({type(rec_id).__name__})"
        return ctx.error(f, f"{f.name}:{line}", f"line {line}: {what}", encoding)
    if text is None:
        return ctx.error(f, doc_id, f"line {line}: record has no 'text'", encoding)
    if not isinstance(text, str):
        return ctx.error(f, doc_id, f"line {line}: 'text' is not a string ({type(text).__name__})", encoding)
    text, clean_note = _sanitise(text)
    if not text.strip():
        return ctx.error(f, doc_id, f"line {line}: record has empty 'text'", encoding)
    return ctx.make(f, doc_id, text, published=published, url=url if url is not None else "",
                    encoding=encoding, note=_join(note, clean_note))


def _jsonl_lines(f: _File) -> Iterator[tuple[int, str, str, str]]:
    """(line number, decoded line, encoding, note) for every line, streaming."""
    with open(f.path, "rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        for bom, codec in _BOMS:
            if head.startswith(bom):
                if codec == "utf-8-sig":
                    break
                stream = io.TextIOWrapper(fh, encoding=codec, errors="replace", newline=None)
                for lineno, line in enumerate(stream, 1):
                    yield lineno, line, codec, ""
                return
        for lineno, bline in enumerate(fh, 1):
            if lineno == 1 and bline.startswith(codecs.BOM_UTF8):
                bline = bline[len(codecs.BOM_UTF8):]
                encoding = "utf-8-sig"
            else:
                encoding = "utf-8"
            try:
                yield lineno, bline.decode("utf-8"), encoding, ""
            except UnicodeDecodeError:
                yield lineno, bline.decode("cp1252", errors="replace"), "cp1252", "line decoded as cp1252"


def _read_jsonl(f: _File, ctx: _Ctx) -> Iterator[tuple[Document, int]]:
    try:
        with open(f.path, "rb") as fh:
            head = fh.read(_SNIFF)
    except OSError as exc:
        yield ctx.error(f, f.name, f"cannot read file: {exc.strerror or exc}"), 1
        return
    if _looks_binary_bytes(head[:16]) or _is_binary_text(decode_bytes(head)[0]):
        yield ctx.error(f, f.name, "binary file, not text"), 1
        return
    lineno = 0
    try:
        for lineno, line, encoding, note in _jsonl_lines(f):
            if not line.strip():
                continue
            where = f"{f.name}:{lineno}"
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError) as exc:
                reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
                yield ctx.error(f, _recover_id(line) or where, f"line {lineno}: not valid JSON ({reason})",
                                encoding), lineno
                continue
            if not isinstance(obj, dict):
                yield ctx.error(f, where, f"line {lineno}: not a JSON object ({type(obj).__name__})",
                                encoding), lineno
                continue
            yield _record(f, ctx, lineno, obj.get("id"), obj.get("text"), obj.get("published"),
                          obj.get("url", ""), encoding, note), lineno
    except OSError as exc:
        yield ctx.error(f, f"{f.name}:{lineno + 1}", f"cannot read file: {exc.strerror or exc}"), lineno + 1



def _recover_id(line: str) -> str | None:
    m = _JSON_ID.search(line)
    if not m:
        return None
    try:
        return _record_id(json.loads(m.group(1)))
    except ValueError:
        return None


def _read_csv(f: _File, ctx: _Ctx) -> Iterator[tuple[Document, int]]:
    got = _read_text_file(f, ctx)
    if isinstance(got, Document):
        yield got, 1
        return
    text, encoding, note = got
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)  # process-wide; documents may be megabytes long
    # strict: a malformed quoted field (an unterminated quote would otherwise
    # swallow the rest of the file into one field) is an error row, and the
    # file stops there.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    last = 0  # physical line where the previous row ended
    try:
        header = next(reader, None)
        if header is None:
            return
        columns: dict[str, int] = {}
        for i, name in enumerate(header):
            columns.setdefault(name.strip().lower(), i)
        missing = [c for c in ("id", "text") if c not in columns]
        if missing:
            shown = _short(", ".join(h.strip() for h in header), 60)
            yield ctx.error(f, f.name, f"CSV has no {' or '.join(repr(c) for c in missing)} column "
                                       f"(header: {shown})", encoding), 1
            return
        last = reader.line_num
        for row in reader:
            first, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue

            def cell(name: str) -> str | None:
                i = columns.get(name)
                return row[i] if i is not None and i < len(row) else None

            yield _record(f, ctx, first, cell("id"), cell("text"), cell("published"),
                          cell("url") or "", encoding, note), first
    except csv.Error as exc:
        line = last + 1  # where the malformed row starts
        yield ctx.error(f, f"{f.name}:{line}", f"line {line}: malformed CSV ({exc})", encoding), line


_READERS = {"txt": _read_txt, "html": _read_html, "jsonl": _read_jsonl, "csv": _read_csv}


# --------------------------------------------------------------------------
# the stream
# --------------------------------------------------------------------------

class IdRegistry:
    """Where each doc_id was first read, so a later duplicate can be told apart (in memory)."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def claim(self, doc_id: str, where: str) -> str | None:
        """Record ``doc_id`` as read at ``where``; if it was read before, return where instead."""
        first = self._first.get(doc_id)
        if first is None:
            self._first[doc_id] = where
        return first

    def close(self) -> None:
        self._first.clear()


class SqliteIdRegistry(IdRegistry):
    """The same on disk, for runs of millions of documents: memory stays flat however many ids.

    The database is a private temporary file (or ``path``), created on the first
    claim and removed on :meth:`close`.
    """

    #: Inserts between commits: few enough to keep the journal small, many enough to be fast.
    COMMIT_EVERY = 20_000

    def __init__(self, path: str | Path | None = None) -> None:
        self._wanted = Path(path) if path is not None else None
        self._path: Path | None = None
        self._db = None
        self._pending = 0

    def _open(self):
        import sqlite3
        import tempfile

        if self._wanted is None:
            fd, name = tempfile.mkstemp(prefix="newsfacts-ids-", suffix=".sqlite")
            os.close(fd)
            self._path = Path(name)
        else:
            self._path = self._wanted
        self._path.unlink(missing_ok=True)
        self._db = sqlite3.connect(str(self._path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY, loc TEXT NOT NULL) WITHOUT ROWID")
        self._db.execute("BEGIN")
        return self._db

    def claim(self, doc_id: str, where: str) -> str | None:
        db = self._db or self._open()
        cur = db.execute("INSERT OR IGNORE INTO ids (id, loc) VALUES (?, ?)", (doc_id, where))
        if cur.rowcount == 1:
            self._pending += 1
            if self._pending >= self.COMMIT_EVERY:
                db.execute("COMMIT")
                db.execute("BEGIN")
                self._pending = 0
            return None
        return db.execute("SELECT loc FROM ids WHERE id = ?", (doc_id,)).fetchone()[0]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._path is not None:
            self._path.unlink(missing_ok=True)
            self._path = None


def iter_documents(inputs: Sequence[str | Path], *, reference_date: str | None = None,
                   max_chars: int = DEFAULT_MAX_CHARS, ids: IdRegistry | None = None) -> Iterator[Document]:
    """Stream the documents of ``inputs`` (files and folders) in a fixed order.

    The inputs and settings are checked when this is called: a missing path, a
    file with an unsupported extension given explicitly, an invalid
    ``reference_date`` or a non-positive ``max_chars`` raise :class:`InputError`.
    Everything found while reading becomes a Document (``error`` set on
    failure). ``reference_date`` (``YYYY-MM-DD``) is the ``published`` of
    documents that have none. ``ids`` remembers the doc_ids read (default: in
    memory; :class:`SqliteIdRegistry` keeps a run of millions flat).
    """
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise InputError(f"max_chars must be a positive integer, got {max_chars!r}")
    reference = ""
    if reference_date not in (None, ""):
        reference = normalise_date(reference_date) or ""
        if not reference or reference != str(reference_date).strip():
            raise InputError(f"reference date must be YYYY-MM-DD, got {reference_date!r}")
    checked = _resolve_inputs(inputs)
    return _generate(checked, _Ctx(reference, max_chars), ids or IdRegistry())


def _generate(checked: list[tuple[str | Path, bool]], ctx: _Ctx, seen: IdRegistry) -> Iterator[Document]:
    try:
        yield from _read_all(checked, ctx, seen)
    finally:
        seen.close()


def _read_all(checked: list[tuple[str | Path, bool]], ctx: _Ctx, seen: IdRegistry) -> Iterator[Document]:
    for f in _files(checked):
        count = 0
        for doc, line in _READERS[f.kind](f, ctx):
            count += 1
            yield _unique(doc, line, seen)
        if count == 0:
            yield _unique(ctx.error(f, f.name, "empty file: no documents"), 1, seen)


def _unique(doc: Document, line: int, seen: IdRegistry) -> Document:
    """Make doc_id unique in the run; a later ok document with a taken id is an error."""
    doc_id = doc.doc_id
    where = f"{doc.source}:{line}"
    first = seen.claim(doc_id, where)
    if first is None:
        return doc
    k = 2
    while seen.claim(f"{doc_id}~{k}", where) is not None:
        k += 1
    new_id = f"{doc_id}~{k}"
    if doc.error:
        return replace(doc, doc_id=new_id)
    return replace(doc, doc_id=new_id, raw="", note="", error=f"duplicate id '{doc_id}' (first at {first})")
