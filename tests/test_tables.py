"""pipeline.io.tables: columns and row types, the guard, reading back, the one atomic write."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import pipeline.io.tables as tables
from pipeline.errors import TableError, UsageError
from pipeline.io.tables import (CANDIDATE_COLUMNS, DOCUMENT_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS,
                             RACE_COLUMNS, TABLES, AtomicCsv, DocumentRow, FactRow, atomic_write, atomic_write_text,
                             guard, read_csv, read_table, unguard, write_csv)

# --------------------------------------------------------------------------
# columns and rows
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name, columns, first, last", [
    ("documents", DOCUMENT_COLUMNS, "doc_id", "published_source"),
    ("mentions", MENTION_COLUMNS, "doc_id", "correction"),
    ("entities", ENTITY_COLUMNS, "entity_id", "kb_id"),
    ("facts", FACT_COLUMNS, "doc_id", "correction"),
    ("races", RACE_COLUMNS, "race_id", "sources"),
    ("race_candidates", CANDIDATE_COLUMNS, "race_id", "sources"),
])
def test_tables_columns_are_the_row_types_fields(name, columns, first, last):
    assert TABLES[name]._fields == columns
    assert (columns[0], columns[-1]) == (first, last)
    assert len(set(columns)) == len(columns)


def test_tables_lists_the_six_files_in_readme_order():
    assert list(TABLES) == ["documents", "mentions", "entities", "facts", "races", "race_candidates"]


def test_tables_row_reads_by_name_and_writes_by_position(tmp_path):
    row = DocumentRow("a.txt#1", "a.txt", "", "ok", "", 5, "=1+1", "utf-8", "", "", "", "")
    assert (row.text, row.status, row[6]) == ("=1+1", "ok", "=1+1")
    path = write_csv(tmp_path / "documents.csv", DOCUMENT_COLUMNS, [row])
    assert read_csv(path) == [dict(zip(DOCUMENT_COLUMNS, [str(v) for v in row]))]
    assert "'=1+1" in path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------
# the guard
# --------------------------------------------------------------------------

@pytest.mark.parametrize("cell, written", [
    ("=SUM(A1)", "'=SUM(A1)"),
    ("+1", "'+1"),
    ("-3", "'-3"),
    ("@cmd", "'@cmd"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("\uff1d1+1", "'\uff1d1+1"),  # full-width =
    ("\u200b=cmd", "'\u200b=cmd"),  # behind a zero-width space
    ("\ufeff+1", "'\ufeff+1"),  # behind a BOM
    ("\u00ad\u200b-1", "'\u00ad\u200b-1"),  # behind two invisible characters
    ("\u200bx", "\u200bx"),  # an invisible character before a harmless one
    (-3, "'-3"),  # not text: guarded as written
    (-0.5, "'-0.5"),
    ("Kasim Reed", "Kasim Reed"),  # negatives: nothing to guard
    ("1-2", "1-2"),
    ("'quoted", "'quoted"),
    ("", ""),
    (None, ""),
    (714, "714"),
])
def test_tables_guard_and_unguard_round_trip(cell, written):
    assert guard(cell) == written
    assert unguard(written) == ("" if cell is None else str(cell))


@pytest.mark.parametrize("cell", ["'=x", "'+1"])
def test_tables_unguard_the_one_ambiguous_family(cell):
    """A cell that itself starts with ' and a guarded character reads back without its ' (documented)."""
    assert guard(cell) == cell
    assert unguard(cell) == cell[1:]


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

@pytest.mark.parametrize("raw, rows", [
    (b"a,b\n1,2\n", [{"a": "1", "b": "2"}]),
    (b"a,b\r\n1,2\r\n", [{"a": "1", "b": "2"}]),  # CRLF, as a spreadsheet saves it
    (b"\xef\xbb\xbfa,b\n1,2\n", [{"a": "1", "b": "2"}]),  # a BOM
    (b"\xef\xbb\xbfa,b\r\n'=1,'-2\r\n", [{"a": "=1", "b": "-2"}]),  # guarded cells
    (b"'=a,b\n1,2\n", [{"=a": "1", "b": "2"}]),  # a guarded header
    (b'a,b\n"x\ny",2\n', [{"a": "x\ny", "b": "2"}]),  # a line break inside a quoted cell
    (b"a,b\n1\n", [{"a": "1", "b": ""}]),  # a short row is padded
    (b"a,b\n1,2,\n", [{"a": "1", "b": "2"}]),  # an empty extra cell is dropped
    (b"a,b\n\n1,2\n\n", [{"a": "1", "b": "2"}]),  # blank lines skipped
    (b"a,b\n", []),
])
def test_tables_read_tolerates(tmp_path, raw, rows):
    path = tmp_path / "t.csv"
    path.write_bytes(raw)
    assert read_csv(path) == rows


def test_tables_read_gives_each_row_its_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'a,b\n1,"two\nlines"\n\n3,4\n')
    table = read_table(path)
    assert table.header == ["a", "b"]
    assert table.lines == [2, 5]


@pytest.mark.parametrize("raw, required, message", [
    (b"", (), "t.csv:1: empty file, no header row"),
    (b"a,b\n1,2\n", ("a", "c"), "t.csv:1: no column 'c' in the header"),
    (b"a,a\n1,2\n", (), "t.csv:1: column 'a' named twice in the header"),
    (b"a,b\n1,2\n3,4,5\n", (), "t.csv:3: 3 cells, the header names 2"),
    (b"a,b\n1,2\n3,\xff\n", (), "t.csv:3: not UTF-8 text"),
    (b'a,b\n1,2\n"3,4\n', (), "t.csv:3: unexpected end of data"),
    (b'a,b\n1,2\n"3"x,4\n', (), "t.csv:3: ',' expected after '\"'"),
])
def test_tables_read_errors_name_file_and_line(tmp_path, raw, required, message):
    path = tmp_path / "t.csv"
    path.write_bytes(raw)
    with pytest.raises(TableError) as err:
        read_csv(path, required)
    assert str(err.value) == f"{tmp_path / message}"


def test_tables_read_error_is_a_usage_error(tmp_path):
    """The CLI turns it into a one-line message and exit code 2, as for any bad input it was given."""
    with pytest.raises(UsageError, match="no such file"):
        read_csv(tmp_path / "missing.csv")


def test_tables_read_reads_what_was_written(tmp_path):
    rows = [FactRow(*[f"{c}-{n}" if c != "sentence" else n for c in FACT_COLUMNS]) for n in range(3)]
    rows.append(FactRow(*["=cmd"] * len(FACT_COLUMNS)))
    path = write_csv(tmp_path / "facts.csv", FACT_COLUMNS, rows)
    assert read_csv(path, FACT_COLUMNS) == [{c: str(v) for c, v in r._asdict().items()} for r in rows]


# --------------------------------------------------------------------------
# one atomic write
# --------------------------------------------------------------------------

def test_tables_atomic_write_replaces_the_file(tmp_path):
    path = tmp_path / "part.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with atomic_write(path) as f:
        f.write("new\n")
        assert path.read_text(encoding="utf-8") == "old\n"  # not visible before the commit
    assert path.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part.jsonl"]


def test_tables_atomic_write_text_writes_bytes_as_given(tmp_path):
    path = atomic_write_text(tmp_path / "sub" / "x.txt", "a\r\nb\n")
    assert path.read_bytes() == b"a\r\nb\n"


def test_tables_atomic_write_has_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        path = atomic_write_text(tmp_path / "x.txt", "x")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644


class Boom(Exception):
    pass


def _fail_in_block(path):
    with atomic_write(path) as f:
        f.write("half")
        raise Boom


def _fail_in_fsync(path, monkeypatch):
    def fsync(fd):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(tables.os, "fsync", fsync)
    atomic_write_text(path, "new")


def _fail_in_replace(path, monkeypatch):
    def replace(src, dst):
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(tables.os, "replace", replace)
    atomic_write_text(path, "new")


def _fail_in_csv_row(path, monkeypatch):
    def rows():
        yield ("a", "b")
        raise Boom
    write_csv(path, ("x", "y"), rows())


@pytest.mark.parametrize("fail, error", [
    (lambda path, mp: _fail_in_block(path), Boom),
    (_fail_in_fsync, OSError),
    (_fail_in_replace, OSError),
    (_fail_in_csv_row, Boom),
], ids=["block", "fsync", "replace", "csv-row"])
def test_tables_atomic_write_failure_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, fail, error):
    path = tmp_path / "out.csv"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(error):
        fail(path, monkeypatch)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_tables_atomic_write_failure_on_a_new_file_leaves_nothing(tmp_path):
    with pytest.raises(Boom):
        _fail_in_block(tmp_path / "new.txt")
    assert list(tmp_path.iterdir()) == []


def test_tables_atomic_csv_commit_twice_is_an_error(tmp_path):
    out = AtomicCsv(tmp_path / "a.csv", ("x",))
    out.commit()
    with pytest.raises(ValueError, match="already committed"):
        out.commit()


def test_tables_append_body_refuses_a_header_without_line_end(tmp_path):
    part = tmp_path / "part.csv"
    part.write_text("doc_id", encoding="utf-8")
    out = AtomicCsv(tmp_path / "all.csv", ("doc_id",))
    with pytest.raises(TableError, match=r"part\.csv:1: header row has no line end"):
        out.append_body(part)
    out.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part.csv"]


ONE_HOME = [
    (r"^def unguard\(", "tables.py"),
    (r"^def guard\(", "tables.py"),
    (r"^def read_csv\(", "tables.py"),
    (r"^def write_csv\(", "tables.py"),
    (r"^def atomic_write\(", "tables.py"),
    (r"^(?:DOCUMENT|MENTION|FACT|ENTITY|RACE|CANDIDATE)_COLUMNS = ", "tables.py"),
    (r'"PERSON", "OFFICE", "GPE", "ORG"', "labels.py"),
    (r'/ "models"', "settings.py"),
    (r"^class \w+Error\(", "errors.py"),
]


@pytest.mark.parametrize("pattern, home", ONE_HOME, ids=[home + ":" + p for p, home in ONE_HOME])
def test_tables_one_home_per_concept(pattern, home):
    """What issue 14 asks to spell once (a CSV reader, an unguard, an atomic write, the columns, the
    linked labels, the default models path, the error family) is spelt in one module of pipeline/."""
    import re

    import pipeline

    root = Path(pipeline.__file__).parent  # the whole package, whatever its layout
    found = sorted(p.name for p in root.rglob("*.py") if re.search(pattern, p.read_text(encoding="utf-8"), re.M))
    assert found == [home]
