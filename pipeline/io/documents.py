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
    The delimiter (``,``, ``;``, tab or ``|``) is sniffed unless forced.

Which fields hold the id, the text, the date and the URL is a :class:`Fields`
(``--id-field``, ``--text-field``, ``--date-field``, ``--url-field``); several
text fields (a title and a body) are joined as paragraphs, so the title is a
sentence of its own. A CSV without a header row names its columns with
``Fields.columns`` (``--columns class,title,description``) or by position from
1. A record without an id gets ``<name>:<line>``, stable from run to run.

Compressed input: ``<file>.<ext>.gz`` (``.html.gz``, ``.jsonl.gz``, ``.txt.gz``,
``.csv.gz``, …) is read as its inner format; its ``<name>`` drops the ``.gz``
(``page.html.gz`` → doc_id ``page.html``) while ``source`` is the file as
found. Decompression stops at :data:`MAX_DECOMPRESSED_BYTES`: past it the file
(or the rest of a JSONL file) is an error row, so a decompression bomb cannot
fill the memory or the disk; a corrupt or truncated gzip file is an error row.

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

* a JSONL line that is not JSON, not an object, or has no usable ``text``:
  an error row whose ``doc_id`` is the record's ``id`` when it can be
  recovered, else ``<name>:<line>``; an ``id`` that is neither a string nor
  an integer is an error row too;
* a record whose ``text`` is missing, not a string, or blank: an error row;
* a CSV without the text column(s): one error row ``<name>`` for the file;
  malformed CSV quoting: an error row ``<name>:<line>``, and the rest of that
  file is not read (its rows cannot be told apart);
* **duplicate ids**: the first occurrence is processed; each later one becomes
  an error row with ``doc_id`` ``<id>~<k>`` (k = 2, 3, …) and error
  ``duplicate id '<id>' (first at <source>:<line>)``. Ids are unique across
  the whole run, so every row of ``documents.csv`` has its own ``doc_id``;
* a path that is not a regular file (a FIFO, a device, a socket, also through
  a symbolic link; checked with ``stat`` before anything is opened): one error
  row ``<name>`` naming the kind (``not a regular file: a FIFO (named pipe)``);
  a subfolder that cannot be listed: one error row with its relative path
  (``cannot read folder: Permission denied``);
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
``max_chars`` characters, with a note (it is still processed, not refused); a
whole web page (an ``<html>`` or ``<body>`` tag in its first 64 kB) only past
:data:`PAGE_MARKUP_FACTOR` times that, since most of it is markup.

Reading streams: one file at a time, and a JSONL file line by line.
"""
from __future__ import annotations

import codecs
import csv
import functools
import gzip
import io
import json
import os
import re
import stat
from collections import Counter
import zlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePath
from typing import Callable, Iterator, Sequence

from ..errors import InputError

__all__ = [
    "DEFAULT_MAX_CHARS",
    "BINARY_CONTROL_SHARE",
    "EXTENSIONS",
    "Document",
    "Fields",
    "InputError",
    "iter_documents",
    "decode_bytes",
    "normalise_date",
    "MAX_DECOMPRESSED_BYTES",
]

#: Longest document, in characters after decoding, that is processed whole;
#: longer ones are truncated to this length with a note. One million characters
#: is about 170,000 words, far above any news article, and keeps one bad input
#: (a dumped database, a log file) from stalling a run.
DEFAULT_MAX_CHARS: int = 1_000_000

#: A whole web page (an ``<html>`` or ``<body>`` tag) may be this many times ``max_chars``
#: long before it is truncated: a saved page is mostly markup (on web_articles its text is
#: ~4% of it, and pages of 1.5 MB hold articles of 20 kB), and main-content reading
#: (pipeline.io.maincontent) passes only the article on.
PAGE_MARKUP_FACTOR = 10
#: The tag that tells a whole web page from a fragment (also pipeline.io.maincontent's test).
WHOLE_PAGE_TAG = re.compile(r"<(?:html|body)[\s>/]", re.IGNORECASE)

#: A text whose share of control and undecodable characters exceeds this is a
#: binary file. Random bytes give about 0.13; real text with stray NULs far less.
BINARY_CONTROL_SHARE = 0.08

#: Input formats by (lower-case) extension.
EXTENSIONS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}
#: A file ending in this is gzip-compressed and read as the format of the extension before it.
COMPRESSED = ".gz"
#: Most bytes a compressed input may decompress to. gzip expands up to ~1000x, so a 1 MB file
#: could otherwise become a gigabyte; real crawl files split well below this.
MAX_DECOMPRESSED_BYTES = 1 << 30

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
#: Delimiters a CSV's first lines are sniffed for (``--delimiter`` forces any one character).
CSV_DELIMITERS = ",;\t|"
#: Text fields of one record are joined with a blank line: a paragraph break ends the title's sentence.
TEXT_FIELD_SEPARATOR = "\n\n"


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
    reference_date: str = ""  # --reference-date: anchors relative dates when ``published`` is empty
    published_source: str = ""  # "input" (the record's), or where a web page's metadata gave it (maincontent)


@dataclass(frozen=True)
class Fields:
    """Which fields of a ``.jsonl`` record or ``.csv`` row hold the id, the text, the date and the URL.

    ``text`` may name several fields (title, body): they are joined as paragraphs.
    ``header=False`` reads a CSV without a header row; its columns are named by
    ``columns`` or, when that is empty, numbered from 1. ``delimiter`` forces the
    CSV delimiter instead of sniffing it.
    """

    id: str = "id"
    text: tuple[str, ...] = ("text",)
    date: str = "published"
    url: str = "url"
    header: bool = True
    columns: tuple[str, ...] = ()
    delimiter: str | None = None

    def __post_init__(self) -> None:
        text = (self.text,) if isinstance(self.text, str) else tuple(self.text)
        columns = tuple(c.strip() for c in (self.columns.split(",") if isinstance(self.columns, str)
                                             else self.columns))
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "columns", columns)
        if columns:
            object.__setattr__(self, "header", False)  # named columns describe a file without a header row
        names = [self.id, *text, self.date, self.url]
        if not text or any(not isinstance(n, str) or not n.strip() for n in names):
            raise InputError("a field name (--id-field, --text-field, --date-field, --url-field) is empty")
        if any(not c for c in columns) or len({c.lower() for c in columns}) != len(columns):
            raise InputError(f"--columns {','.join(columns)}: names must be non-empty and distinct")
        if self.delimiter is not None and (len(self.delimiter) != 1 or self.delimiter in "\"\r\n"):
            raise InputError(f"--delimiter {self.delimiter!r}: expected one character (not a quote or line end)")


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
    compressed: bool = False
    error: str = ""  # set: this entry is a folder that could not be read (one error row, no reader)


def _kind(name: str) -> tuple[str | None, bool]:
    """The input format of a file name and whether it is gzip-compressed (``a.jsonl.gz`` → jsonl)."""
    lower = name.lower()
    if lower.endswith(COMPRESSED):
        return EXTENSIONS.get(PurePath(lower[: -len(COMPRESSED)]).suffix), True
    return EXTENSIONS.get(PurePath(lower).suffix), False


def _doc_name(name: str) -> str:
    """A file's name as a doc_id: without ``.gz``, so a compressed page keeps the id of the page."""
    compressed = name.lower().endswith(COMPRESSED) and _kind(name)[0] is not None
    return name[: -len(COMPRESSED)] if compressed else name


#: What a path that is not a regular file is, by ``stat`` mode (for its error row).
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _not_regular(path: Path) -> str:
    """Why ``path`` cannot be read as an input file, or "" for a regular file.

    Readers open regular files only: a FIFO would block the run forever and a
    device (a link to ``/dev/zero``) would be read until memory runs out, so the
    kind is checked with ``stat`` (following links) before anything is opened.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return ""
    kind = next((what for test, what in _KINDS if test(mode)), "not a regular file")
    return f"not a regular file: {kind}" + (" (through a symbolic link)" if path.is_symlink() else "")


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
            if _kind(path.name)[0] is None:
                raise InputError(
                    f"unsupported input file type: {_posix(given)} (expected {', '.join(EXTENSIONS)}, "
                    f"each optionally {COMPRESSED})"
                )
            checked.append((given, False))
        else:
            raise InputError(f"input not found: {_posix(given)}")
    return checked


def _walk(folder: str | Path, skipped: "Counter[str] | None" = None, exclude: Path | None = None) -> list[_File]:
    """The supported files under ``folder`` in order; the others are counted by extension in
    ``skipped``. A subfolder that cannot be listed is an entry with ``error`` set (so it becomes an
    error row), and ``exclude`` (the run's --out) is never entered."""
    root = Path(folder)
    found: list[tuple[tuple[str, ...], Path]] = []
    unreadable: list[tuple[tuple[str, ...], str]] = []

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        parts = where.relative_to(root).parts if where != root else ()
        unreadable.append((parts, f"cannot read folder: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")
                       and (exclude is None or Path(dirpath, d).resolve() != exclude)]
        for fname in filenames:
            if fname.startswith("."):
                continue
            if _kind(fname)[0] is None:
                if skipped is not None:
                    skipped[Path(fname).suffix.lower() or "(no extension)"] += 1
                continue
            full = Path(dirpath, fname)
            found.append((full.relative_to(root).parts, full))
    entries = [(parts, _File(full, _doc_name("/".join(parts)), _posix(Path(folder, *parts)), *_kind(full.name)))
               for parts, full in found]
    entries += [(parts, _File(Path(folder, *parts), "/".join(parts) or _posix(folder), _posix(Path(folder, *parts)),
                              "", error=reason)) for parts, reason in unreadable]
    entries.sort(key=lambda item: item[0])
    return [f for _, f in entries]


def _files(checked: list[tuple[str | Path, bool]], skipped: "Counter[str] | None" = None,
           exclude: Path | None = None) -> Iterator[_File]:
    for given, is_dir in checked:
        if is_dir:
            yield from _walk(given, skipped, exclude)
        else:
            path = Path(given)
            yield _File(path, _doc_name(path.name), _posix(given), *_kind(path.name))


# --------------------------------------------------------------------------
# readers: each yields (Document, line) with doc_id not yet made unique
# --------------------------------------------------------------------------

class _Ctx:
    """Per-run settings shared by the readers."""

    def __init__(self, reference_date: str, max_chars: int, fields: Fields | None = None,
                 skipped: "Counter[str] | None" = None) -> None:
        self.reference_date = reference_date
        self.max_chars = max_chars
        self.fields = fields or Fields()
        self.skipped = skipped
    def make(self, f: _File, doc_id: str, raw: str, *, published: object = None, url: object = "",
             encoding: str = "", note: str = "") -> Document:
        notes = [note]
        pub = ""
        source = ""
        if published not in (None, ""):
            pub = normalise_date(published) or ""
            if not pub:
                notes.append(f"published {_short(published)!r} is not an ISO date")
            source = "input" if pub else ""
        if not isinstance(url, str):
            notes.append("url is not a string")
            url = ""
        limit = self.max_chars
        if len(raw) > limit and WHOLE_PAGE_TAG.search(raw, 0, _SNIFF):
            limit *= PAGE_MARKUP_FACTOR
        if len(raw) > limit:
            notes.append(f"truncated to {limit} chars (from {len(raw)})")
            raw = raw[:limit]
        return Document(doc_id, f.source, raw, pub, " ".join(url.split()), encoding, _join(*notes),
                        reference_date=self.reference_date, published_source=source)

    @staticmethod
    def error(f: _File, doc_id: str, reason: str, encoding: str = "") -> Document:
        return Document(doc_id, f.source, "", "", "", encoding, "", " ".join(reason.split()) or "error")

    def record(self, f: _File, line: int, get, encoding: str, note: str) -> Document:
        """A record whose fields ``get(name)`` returns (None when absent) → Document."""
        fields = self.fields
        return _record(f, self, line, get(fields.id), _joined([get(name) for name in fields.text]),
                       get(fields.date), get(fields.url), encoding, note, _quoted(fields.text))


class DecompressionLimit(OSError):
    """A compressed input decompressed past :data:`MAX_DECOMPRESSED_BYTES`."""


class _CappedGzip(gzip.GzipFile):
    """A gzip file that never decompresses more than :data:`MAX_DECOMPRESSED_BYTES` (every read is bounded)."""

    def _room(self, size: int | None) -> int:
        room = MAX_DECOMPRESSED_BYTES + 1 - self.tell()
        return room if size is None or size < 0 else min(size, room)

    def _check(self, data: bytes) -> bytes:
        if self.tell() > MAX_DECOMPRESSED_BYTES:
            raise DecompressionLimit(f"decompressed size exceeds {MAX_DECOMPRESSED_BYTES} bytes "
                                     "(the limit for compressed input)")
        return data

    def read(self, size: int | None = -1) -> bytes:  # noqa: D102
        return self._check(super().read(self._room(size)))

    def read1(self, size: int = -1) -> bytes:  # noqa: D102
        return self._check(super().read1(self._room(size)))

    def readline(self, size: int | None = -1) -> bytes:  # noqa: D102
        return self._check(super().readline(self._room(size)))


def _open_input(f: _File):
    """The file's bytes as a binary stream: decompressed (and capped) when it is compressed."""
    return _CappedGzip(f.path, "rb") if f.compressed else open(f.path, "rb")


def _read_failure(exc: BaseException) -> str:
    """A one-line reason for a file that could not be read or decompressed."""
    if isinstance(exc, DecompressionLimit):
        return str(exc)
    if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
        return f"not a readable gzip file ({exc})"
    return f"cannot read file: {getattr(exc, 'strerror', None) or exc}"


_READ_ERRORS = (OSError, EOFError, zlib.error)


def _read_text_file(f: _File, ctx: _Ctx) -> tuple[str, str, str] | Document:
    try:
        if f.compressed:
            with _open_input(f) as fh:
                data = fh.read()
        else:
            data = f.path.read_bytes()
    except _READ_ERRORS as exc:
        return ctx.error(f, f.name, _read_failure(exc))
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


def _whole_text(parse: Callable[[_File, _Ctx, str, str, str], Iterator[tuple[Document, int]]]
                ) -> Callable[[_File, _Ctx], Iterator[tuple[Document, int]]]:
    """A reader of a file read whole as text (:func:`_read_text_file`): ``parse(f, ctx, text, encoding, note)``
    yields its documents; a file that cannot be read as text is one error row."""
    @functools.wraps(parse)
    def read(f: _File, ctx: _Ctx) -> Iterator[tuple[Document, int]]:
        got = _read_text_file(f, ctx)
        if isinstance(got, Document):
            yield got, 1
            return
        yield from parse(f, ctx, *got)
    return read


@_whole_text
def _read_txt(f: _File, ctx: _Ctx, text: str, encoding: str, note: str) -> Iterator[tuple[Document, int]]:
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


@_whole_text
def _read_html(f: _File, ctx: _Ctx, text: str, encoding: str, note: str) -> Iterator[tuple[Document, int]]:
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


def _quoted(names: Sequence[str]) -> str:
    return " or ".join(repr(n) for n in names)


def _joined(values: list[object]) -> object:
    """One text from the values of the text fields: a single field as it is; several joined as
    paragraphs (absent or blank ones left out). A value that is not a string is returned as the error."""
    if len(values) == 1:
        return values[0]
    bad = next((v for v in values if v is not None and not isinstance(v, str)), None)
    if bad is not None:
        return bad
    present = [v for v in values if v is not None]
    if not present:
        return None
    return TEXT_FIELD_SEPARATOR.join(v.strip() for v in present if v.strip())


def _record(f: _File, ctx: _Ctx, line: int, rec_id: object, text: object, published: object,
            url: object, encoding: str, note: str, what: str = "'text'") -> Document:
    """A JSONL/CSV record → Document (or error Document); a record without an id is ``<name>:<line>``."""
    doc_id = f"{f.name}:{line}" if rec_id is None or (isinstance(rec_id, str) and not rec_id.strip()) \
        else _record_id(rec_id)
    if doc_id is None:
        what_id = f"id is not a string or integer ({type(rec_id).__name__})"
        return ctx.error(f, f"{f.name}:{line}", f"line {line}: {what_id}", encoding)
    if text is None:
        return ctx.error(f, doc_id, f"line {line}: record has no {what}", encoding)
    if not isinstance(text, str):
        return ctx.error(f, doc_id, f"line {line}: {what} is not a string ({type(text).__name__})", encoding)
    text, clean_note = _sanitise(text)
    if not text.strip():
        return ctx.error(f, doc_id, f"line {line}: record has empty {what}", encoding)
    return ctx.make(f, doc_id, text, published=published, url=url if url is not None else "",
                    encoding=encoding, note=_join(note, clean_note))


def _jsonl_lines(f: _File) -> Iterator[tuple[int, str, str, str]]:
    """(line number, decoded line, encoding, note) for every line, streaming."""
    with _open_input(f) as fh:
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
        with _open_input(f) as fh:
            head = fh.read(_SNIFF)
    except _READ_ERRORS as exc:
        yield ctx.error(f, f.name, _read_failure(exc)), 1
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
            yield ctx.record(f, lineno, obj.get, encoding, note), lineno
    except _READ_ERRORS as exc:
        yield ctx.error(f, f"{f.name}:{lineno + 1}", _read_failure(exc)), lineno + 1



def _recover_id(line: str) -> str | None:
    m = _JSON_ID.search(line)
    if not m:
        return None
    try:
        return _record_id(json.loads(m.group(1)))
    except ValueError:
        return None


def _sniff_delimiter(text: str, fields: Fields) -> str:
    """The CSV delimiter: forced, else sniffed on the first lines among :data:`CSV_DELIMITERS`.

    With a header row, a delimiter that splits it into the named text fields wins
    over the sniffer (a comma-separated file whose texts are full of semicolons).
    """
    if fields.delimiter:
        return fields.delimiter
    sample = text[:_SNIFF]
    if len(text) > _SNIFF and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    if fields.header:
        first = sample.split("\n", 1)[0]
        wanted = {n.lower() for n in fields.text}
        for d in CSV_DELIMITERS:
            if wanted <= {c.strip().strip('"').lower() for c in first.split(d)}:
                return d
    try:
        return csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        return ","


@_whole_text
def _read_csv(f: _File, ctx: _Ctx, text: str, encoding: str, note: str) -> Iterator[tuple[Document, int]]:
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)  # process-wide; documents may be megabytes long
    fields = ctx.fields
    # strict: a malformed quoted field (an unterminated quote would otherwise
    # swallow the rest of the file into one field) is an error row, and the
    # file stops there.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text, fields), strict=True)
    last = 0  # physical line where the previous row ended
    try:
        columns: dict[str, int] = {}
        if fields.header:
            header = next(reader, None)
            if header is None:
                return
            for i, name in enumerate(header):
                columns.setdefault(name.strip().lower(), i)
            last = reader.line_num
        else:
            header = list(fields.columns)
            columns = {name.lower(): i for i, name in enumerate(header)}
        missing = [c for c in fields.text if c.lower() not in columns]
        if missing and (fields.header or fields.columns):
            shown = _short(", ".join(h.strip() for h in header), 60)
            what = "header" if fields.header else "--columns"
            yield ctx.error(f, f.name, f"CSV has no {_quoted(missing)} column ({what}: {shown}); name the "
                                       f"text with --text-field, or read a file without a header row with "
                                       f"--no-header --columns", encoding), 1
            return
        for row in reader:
            first, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue

            def cell(name: str) -> str | None:
                i = columns.get(name.lower()) if columns else (int(name) - 1 if name.isdigit() else None)
                return row[i] if i is not None and 0 <= i < len(row) else None

            yield ctx.record(f, first, cell, encoding, note), first
    except csv.Error as exc:
        line = last + 1  # where the malformed row starts
        yield ctx.error(f, f"{f.name}:{line}", f"line {line}: malformed CSV ({exc})", encoding), line


_READERS = {"txt": _read_txt, "html": _read_html, "jsonl": _read_jsonl, "csv": _read_csv}


# --------------------------------------------------------------------------
# the stream
# --------------------------------------------------------------------------

def describe_skipped(skipped: "Counter[str]") -> str:
    """"3 .md files: not a supported format; 1 .json file: not a supported format", most frequent first."""
    parts = []
    for ext, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        parts.append(f"{n} {ext} file{'s' if n != 1 else ''}: not a supported format")
    return "; ".join(parts)


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

    The first :attr:`MEMORY_IDS` ids (``in_memory``) are held in memory; the database, a private temporary file
    (or ``path``), is created when they are full and removed on :meth:`close`.
    """

    #: Inserts between commits: few enough to keep the journal small, many enough to be fast.
    COMMIT_EVERY = 20_000
    #: Ids held in memory before the first database is opened (a few MB): a run of fewer documents never opens
    #: one (an INSERT per document was ~1.5% of such a run's time); past it, the ids move to disk and memory
    #: stays flat.
    MEMORY_IDS = 50_000

    def __init__(self, path: str | Path | None = None, in_memory: int = MEMORY_IDS) -> None:
        super().__init__()
        self._in_memory = in_memory
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
        if self._wanted is None:
            # A private file: removed now, while open (POSIX keeps it until closed), so no run,
            # not even a killed one, leaves a newsfacts-ids-*.sqlite behind. Windows refuses:
            # then close() removes it.
            try:
                self._path.unlink()
                self._path = None
            except OSError:
                pass
        return self._db

    def claim(self, doc_id: str, where: str) -> str | None:
        db = self._db
        if db is None:
            if len(self._first) < self._in_memory or doc_id in self._first:
                return super().claim(doc_id, where)
            db = self._open()  # the memory's share is full: its ids move to disk, and every later one goes there
            db.executemany("INSERT INTO ids (id, loc) VALUES (?, ?)", self._first.items())
            self._pending += len(self._first)
            self._first.clear()
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
        self._first.clear()
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._path is not None:
            self._path.unlink(missing_ok=True)
            self._path = None


def iter_documents(inputs: Sequence[str | Path], *, reference_date: str | None = None,
                   max_chars: int = DEFAULT_MAX_CHARS, ids: IdRegistry | None = None,
                   fields: Fields | None = None, skipped: "Counter[str] | None" = None,
                   exclude: str | Path | None = None) -> Iterator[Document]:
    """Stream the documents of ``inputs`` (files and folders) in a fixed order.

    The inputs and settings are checked when this is called: a missing path, a
    file with an unsupported extension given explicitly, an invalid
    ``reference_date`` or a non-positive ``max_chars`` raise :class:`InputError`.
    Everything found while reading becomes a Document (``error`` set on
    failure). ``reference_date`` (``YYYY-MM-DD``) is the ``published`` of
    documents that have none. ``ids`` remembers the doc_ids read (default: in
    memory; :class:`SqliteIdRegistry` keeps a run of millions flat). ``fields``
    maps record fields (see :class:`Fields`). Files of other formats found in
    folders are counted by extension in ``skipped`` when given. ``exclude`` is a
    folder never read (the run's own --out when it lies inside an input folder).
    """
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise InputError(f"max_chars must be a positive integer, got {max_chars!r}")
    reference = ""
    if reference_date not in (None, ""):
        reference = normalise_date(reference_date) or ""
        if not reference or reference != str(reference_date).strip():
            raise InputError(f"reference date must be YYYY-MM-DD, got {reference_date!r}")
    checked = _resolve_inputs(inputs)
    return _generate(checked, _Ctx(reference, max_chars, fields, skipped), ids or IdRegistry(),
                     Path(exclude).resolve() if exclude is not None else None)


def _generate(checked: list[tuple[str | Path, bool]], ctx: _Ctx, seen: IdRegistry,
              exclude: Path | None = None) -> Iterator[Document]:
    try:
        yield from _read_all(checked, ctx, seen, exclude)
    finally:
        seen.close()


def _read_all(checked: list[tuple[str | Path, bool]], ctx: _Ctx, seen: IdRegistry,
              exclude: Path | None = None) -> Iterator[Document]:
    for f in _files(checked, ctx.skipped, exclude):
        reason = f.error or _not_regular(f.path)
        if reason:
            yield _unique(ctx.error(f, f.name, reason), 1, seen)
            continue
        count = 0
        for doc, line in _READERS[f.kind](f, ctx):
            count += 1
            yield _unique(doc, line, seen)
        if count == 0:
            yield _unique(ctx.error(f, f.name, "empty file: no documents"), 1, seen)


def count_documents(inputs: Sequence[str | Path], *, fields: Fields | None = None,
                    exclude: str | Path | None = None) -> int:
    """How many rows ``documents.csv`` will have for ``inputs``: the readers run without the
    pipeline (a fraction of a run's time), for a progress bar's total. Like the run, it opens
    regular files only (a FIFO would block it)."""
    ctx = _Ctx("", DEFAULT_MAX_CHARS, fields)
    total = 0
    for f in _files(_resolve_inputs(inputs), exclude=Path(exclude).resolve() if exclude is not None else None):
        if f.error or _not_regular(f.path):
            total += 1
            continue
        total += max(1, sum(1 for _ in _READERS[f.kind](f, ctx)))  # a file without documents is one error row
    return total


#: Marks, in the registry, an id given to a renamed duplicate (not read from any input).
_RENAMED = "\0renamed\0"


def _unique(doc: Document, line: int, seen: IdRegistry) -> Document:
    """Make doc_id unique in the run; a later ok document with a taken id is an error.

    A real record whose id was taken earlier only by a *renamed* duplicate (``a~2`` after
    two ``a``) is no duplicate: it is processed, under the next free ``~k`` id, with a note.
    """
    doc_id = doc.doc_id
    where = f"{doc.source}:{line}"
    first = seen.claim(doc_id, where)
    if first is None:
        return doc
    k = 2
    while seen.claim(f"{doc_id}~{k}", _RENAMED + where) is not None:
        k += 1
    new_id = f"{doc_id}~{k}"
    if doc.error:
        return replace(doc, doc_id=new_id)
    if first.startswith(_RENAMED):
        real_first = seen.claim(_RENAMED + doc_id, where)  # the first *read* record with this id
        if real_first is None:
            note = f"id '{doc_id}' was given to a renamed duplicate at {first[len(_RENAMED):]}: renamed"
            return replace(doc, doc_id=new_id, note=_join(doc.note, note))
        first = real_first
    return replace(doc, doc_id=new_id, raw="", note="", error=f"duplicate id '{doc_id}' (first at {first})")
