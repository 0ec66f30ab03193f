"""A whole run over hostile input, as a user runs it (``newsfacts run`` in a subprocess).

The corpus holds what a crawler collects: binary files named ``.txt``,
Latin-1, UTF-16 and BOM-prefixed files, NUL bytes and control characters,
empty and blank files, a 5 MB document, a 2 MB line without spaces, 10,000
nested and unclosed tags, script/style/comment/CDATA text, broken JSONL,
duplicate ids, formula-like text, ids and file names, and a CSV without a
``text`` column. The run must complete (exit 0), keep one ``documents.csv``
row per document read, give every error row a reason, guard every
formula-like cell, leak no script text and write the same bytes twice.

How documents are counted: :func:`build_hostile_corpus` states, file by file,
the ``doc_id`` of every document the readers must produce (a ``.txt`` block,
an HTML file, a JSONL line that is not blank, a CSV row, and one row for a
file that yields none or cannot be read), so the test compares
``documents.csv`` with that list, independently of the readers' code.
"""
from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.io.tables import FORMULA_PREFIXES

ROOT = Path(__file__).resolve().parent.parent
NEWSFACTS = ROOT / ".venv" / "bin" / "newsfacts"
OUTPUTS = ("documents.csv", "mentions.csv", "entities.csv", "facts.csv", "races.csv", "race_candidates.csv")
#: Documents longer than this are truncated in the hostile run, to keep it under a minute.
MAX_CHARS = 80_000
#: Text that only ever appears inside script, style, comments or CDATA.
SECRET = "PWNED"
SENTENCE = "Kasim Reed won the Atlanta mayor's race by 714 votes on Tuesday. "


def newsfacts(*args: str | Path, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``newsfacts ARGS`` as a user runs it: the installed script, in a subprocess."""
    exe = [str(NEWSFACTS)] if NEWSFACTS.exists() else [sys.executable, "-m", "pipeline"]
    return subprocess.run([*exe, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def build_hostile_corpus(folder: Path) -> dict[str, str]:
    """Write the hostile corpus into ``folder``; returns ``{doc_id: expected status}``.

    The status is ``ok``, ``error`` or ``any`` (a document that must have its
    row but whose status is the readers' or stages' call).
    """
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes | str, docs: dict[str, str]) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected.update(docs)

    rnd = random.Random(20091201)  # fixed: both runs read the same bytes anyway
    # -- binary and encodings ------------------------------------------------
    put("binary.txt", b"\x89PNG\r\n\x1a\n" + rnd.randbytes(4096), {"binary.txt": "error"})
    put("random.txt", rnd.randbytes(8192), {"random.txt": "error"})
    put("latin1.txt", f"Jos\u00e9 N\u00fa\u00f1ez won the caf\u00e9 vote.\n\nSoci\u00e9t\u00e9 r\u00e9sum\u00e9: "
        f"{SENTENCE}".encode("latin-1"), {"latin1.txt#1": "ok", "latin1.txt#2": "ok"})
    put("utf16.txt", f"{SENTENCE}\r\n\r\nSecond block: Mary Norwood conceded.".encode("utf-16"),
        {"utf16.txt#1": "ok", "utf16.txt#2": "ok"})
    put("bom.html", b"\xef\xbb\xbf<html><body><p>" + SENTENCE.encode() + b"</p></body></html>",
        {"bom.html": "ok"})
    put("nul.txt", ("Kasim\x00 Reed\x01 won\x02 the\x7f race.\x1b[31m " + SENTENCE * 3).encode(),
        {"nul.txt#1": "ok"})
    put("empty.txt", b"", {"empty.txt": "error"})
    put("blank.txt", b"   \n\n \t \r\n\n", {"blank.txt": "error"})
    put("blank.html", b"  \n ", {"blank.html": "error"})
    # -- size and depth -----------------------------------------------------
    big = (SENTENCE * (5_000_000 // len(SENTENCE) + 1))[:5_000_000]
    put("big.txt", big, {"big.txt#1": "ok"})
    put("longline.txt", "x" * 2_000_000, {"longline.txt#1": "any"})
    put("nested.html", "<div>" * 10_000 + SENTENCE + "</div>" * 10_000, {"nested.html": "ok"})
    put("unclosed.html", "<span><b><i>" * 3_400 + SENTENCE + "<p class='x" + "<div" * 1000,
        {"unclosed.html": "any"})
    put("deep_inline.txt", "<b>" * 10_000 + SENTENCE, {"deep_inline.txt#1": "ok"})
    # -- text only ------------------------------------------------------------
    hidden = (f"<script>alert('{SECRET}')</script><style>body{{content:'{SECRET}'}}</style>"
              f"<!-- {SECRET} --><![CDATA[{SECRET}]]><noscript>{SECRET}</noscript>")
    put("script.html", f"<html><head><title>{SECRET}</title>{hidden}</head><body><p>{SENTENCE}</p>"
        f"{hidden}<p>Mary Norwood &amp;nbsp;conceded.</p><script>var x = '{SECRET}'", {"script.html": "ok"})
    put("script.txt", f"{SENTENCE}{hidden}\n\n<script>{SECRET}", {"script.txt#1": "ok", "script.txt#2~2": "error"})
    # -- broken JSONL, duplicate ids, formula-like ids and text ----------------
    lines = [
        json.dumps({"id": "j1", "text": SENTENCE + hidden, "published": "2009-12-02"}),
        "this is not json",
        '{"id": "cut", "text": "Reed won',  # a line cut mid-record: the id is recoverable
        "[1, 2, 3]",
        json.dumps({"id": "no-text"}),
        json.dumps({"text": "a record without an id"}),
        json.dumps({"id": "not-a-string", "text": 7}),
        json.dumps({"id": "blank-text", "text": "   "}),
        "",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "j1", "text": "a duplicate id"}),
        json.dumps({"id": "script.txt#2", "text": "an id that a later .txt block also gets"}),
        json.dumps({"id": '=HYPERLINK("http://evil.example/?x","click")', "text": '=HYPERLINK("http://e","x") '
                    + SENTENCE}),
        json.dumps({"id": "+1", "text": "+1 555 0100 " + SENTENCE}),
        json.dumps({"id": "-2", "text": "-2 votes " + SENTENCE}),
        json.dumps({"id": "@SUM(A1:A9)", "text": "@SUM(A1:A9) " + SENTENCE}),
        json.dumps({"id": "nul\u0000id", "text": "\u0000\u0001" + SENTENCE, "published": "=1+1"}),
        json.dumps({"id": "surrogate", "text": "Reed \ud800 won " + SENTENCE}),
        b"\xff\xfe bad utf-8 \xe9".decode("latin-1"),
    ]
    put("broken.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n{\"id\": \"bad-bytes\", "
        b"\"text\": \"caf\xe9 " + SENTENCE.encode() + b"\"}\n", {
            "j1": "ok", "broken.jsonl:2": "error", "cut": "error", "broken.jsonl:4": "error",
            "no-text": "error", "broken.jsonl:6": "ok",  # no id: <file>:<line>
            "not-a-string": "error", "blank-text": "error",
            "broken.jsonl:10": "error", "j1~2": "error", "script.txt#2": "ok",
            '=HYPERLINK("http://evil.example/?x","click")': "ok", "+1": "ok", "-2": "ok", "@SUM(A1:A9)": "ok",
            "nulid": "ok", "surrogate": "ok", "broken.jsonl:19": "error", "bad-bytes": "ok",
        })
    # -- CSV ----------------------------------------------------------------------
    put("no_text.csv", "id,body\nx1,=cmd|' /C calc'!A0\n", {"no_text.csv": "error"})
    put("formula.csv", 'id,text,published\n"=cmd|\' /C calc\'!A0","=SUM(1+1) ' + SENTENCE + '",2009-12-01\n'
        '"-3","-3 percent ' + SENTENCE + '",\n',
        {"=cmd|' /C calc'!A0": "ok", "-3": "ok"})
    # -- formula-like file names (doc_id and source start with them) -------------
    for name in ("=cmd.txt", "+1.txt", "-2.txt", "@SUM.txt", "\ttab.txt", "\rcr.txt"):
        put(f"names/{name}", SENTENCE, {f"names/{name}#1": "ok"})
    return expected


def read_outputs(out: Path) -> dict[str, list[list[str]]]:
    """Every output CSV as rows of raw cells (header first), read back with :mod:`csv`."""
    tables = {}
    for name in OUTPUTS:
        with (out / name).open(encoding="utf-8", newline="") as f:
            tables[name] = list(csv.reader(f))
    return tables


def unguarded_cells(cells) -> list[str]:
    """Cells a spreadsheet would evaluate: SPEC's guard missing."""
    return [c for c in cells if c.startswith(FORMULA_PREFIXES)]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """The hostile corpus, run twice into two folders; the first run's result."""
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    expected = build_hostile_corpus(corpus)
    runs = [newsfacts("run", corpus, "--out", base / f"out{n}", "--max-chars", MAX_CHARS, "--quiet") for n in (1, 2)]
    return {"corpus": corpus, "expected": expected, "out": base / "out1", "again": base / "out2", "runs": runs}


@pytest.mark.slow
def test_robustness_hostile_run_exits_0(hostile_run):
    # (its speed is no test's: the subprocess timeout is only a safety net against a hang)
    for proc in hostile_run["runs"]:
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_robustness_one_row_per_document_read(hostile_run):
    rows = read_outputs(hostile_run["out"])["documents.csv"][1:]
    ids = [_unguard(r[0]) for r in rows]
    expected = hostile_run["expected"]
    assert len(ids) == len(set(ids)), "a doc_id appears twice"
    assert sorted(ids) == sorted(expected)
    status = {i: r[3] for i, r in zip(ids, rows)}
    wrong = {i: (status[i], want) for i, want in expected.items() if want != "any" and status[i] != want}
    assert wrong == {}


@pytest.mark.slow
def test_robustness_error_rows_have_one_line_reasons(hostile_run):
    rows = read_outputs(hostile_run["out"])["documents.csv"][1:]
    errors = [r for r in rows if r[3] == "error"]
    assert errors, "the hostile corpus must yield error rows"
    bad = [(r[0], r[4]) for r in errors if not r[4].strip() or "\n" in r[4] or "\r" in r[4]]
    assert bad == []
    assert all(r[4] == "" for r in rows if r[3] == "ok")


@pytest.mark.slow
def test_robustness_error_documents_keep_no_partial_rows(hostile_run):
    tables = read_outputs(hostile_run["out"])
    failed = {r[0] for r in tables["documents.csv"][1:] if r[3] == "error"}
    for name in ("mentions.csv", "facts.csv"):
        assert [r[0] for r in tables[name][1:] if r[0] in failed] == [], name


@pytest.mark.slow
def test_robustness_no_unguarded_cell_read_with_csv(hostile_run):
    tables = read_outputs(hostile_run["out"])
    for name, rows in tables.items():
        cells = [c for row in rows for c in row]
        assert unguarded_cells(cells) == [], name
    guarded = [c for rows in tables.values() for row in rows for c in row if c[:1] == "'" and c[1:2] in "=+-@\t\r"]
    assert len(guarded) >= 10, "the formula-like ids, names and texts must have reached the outputs guarded"


@pytest.mark.slow
def test_robustness_no_unguarded_cell_read_with_pandas(hostile_run):
    for name in OUTPUTS:
        frame = pd.read_csv(hostile_run["out"] / name, dtype=str, keep_default_na=False)
        cells = list(frame.columns) + [c for col in frame.columns for c in frame[col]]
        assert unguarded_cells(cells) == [], name


@pytest.mark.slow
def test_robustness_no_script_text_in_outputs(hostile_run):
    for path in sorted(hostile_run["out"].rglob("*")):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path.relative_to(hostile_run["out"])


@pytest.mark.slow
def test_robustness_truncation_is_noted(hostile_run):
    rows = {_unguard(r[0]): r for r in read_outputs(hostile_run["out"])["documents.csv"][1:]}
    note = rows["big.txt#1"][8]
    assert f"truncated to {MAX_CHARS} chars" in note
    assert int(rows["big.txt#1"][5]) <= MAX_CHARS


@pytest.mark.slow
def test_robustness_encodings_are_recorded(hostile_run):
    rows = {_unguard(r[0]): r for r in read_outputs(hostile_run["out"])["documents.csv"][1:]}
    assert rows["latin1.txt#1"][7] == "cp1252"
    assert "Jos\u00e9 N\u00fa\u00f1ez" in rows["latin1.txt#1"][6]
    assert rows["utf16.txt#1"][7] == "utf-16"
    assert rows["bom.html"][7] == "utf-8-sig"
    assert not any(c in rows["nul.txt#1"][6] for c in "\x00\x01\x02\x1b")


@pytest.mark.slow
def test_robustness_second_run_is_byte_identical(hostile_run):
    for name in OUTPUTS:
        assert (hostile_run["out"] / name).read_bytes() == (hostile_run["again"] / name).read_bytes(), name


@pytest.mark.slow
def test_robustness_no_temporary_files_left(hostile_run):
    layout = {*OUTPUTS, ".newsfacts", ".newsfacts.lock", ".generations", "CURRENT"}
    left = [p.name for p in hostile_run["out"].iterdir() if p.name not in layout]
    assert left == []
    assert not [p for p in hostile_run["out"].rglob("*.tmp")]


def _unguard(cell: str) -> str:
    from pipeline.io.tables import unguard

    return unguard(cell)


# --------------------------------------------------------------------------
# pipeline.io.tables and pipeline.io.write: the spreadsheet guard and atomic files
# --------------------------------------------------------------------------

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline.io.tables import AtomicCsv, guard, is_invertible, read_csv, unguard, write_csv  # noqa: E402
from pipeline.io.write import commit_all  # noqa: E402

#: Text drawn for cells: any code point except lone surrogates (UTF-8 cannot hold them;
#: the readers replace them before a cell is written), formula prefixes made likely.
CELL_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",))),
    st.builds(lambda p, s: p + s, st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "'=", "\r\n", "\n",
                                                   "\uff1d", "\u200b=", "'\u200b@", "\ufeff"]),
              st.text(st.characters(exclude_categories=("Cs",)), max_size=20)),
)


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://e\",\"x\")", "'=HYPERLINK(\"http://e\",\"x\")"),
    ("+1", "'+1"),
    ("-2", "'-2"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("'=x", "'=x"),  # starts with ', which no spreadsheet runs: left alone (outside the invertible domain)
    ("\uff1d1+1", "'\uff1d1+1"),  # full-width = (Excel converts it in CJK locales)
    ("\uff0bcmd", "'\uff0bcmd"),
    ("\uff0d2", "'\uff0d2"),
    ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
    ("\u200b=cmd|' /C calc'!A0", "'\u200b=cmd|' /C calc'!A0"),  # zero-width space first
    ("\ufeff\u2060+1", "'\ufeff\u2060+1"),
    ("\u200bx", "\u200bx"),
    ("x=1", "x=1"),
    (" =1", " =1"),
    ("", ""),
    (None, ""),
    (-2, "'-2"),
    (0.5, "0.5"),
])
def test_write_guard_table(cell, written):
    assert guard(cell) == written


@given(CELL_TEXT)
@example("'=x")
@example("''=x")
@example("'")
def test_write_guard_round_trip_on_its_domain(text):
    """unguard(guard(x)) == x exactly for x outside the ``'`` + prefix family (tables.py docstring)."""
    if is_invertible(text):
        assert unguard(guard(text)) == text
    else:
        assert guard(text) == text and unguard(text) == text[1:]
    assert not guard(text).startswith(FORMULA_PREFIXES)
    assert guard(unguard(guard(text))) == guard(text)  # reading back and writing again changes nothing


@given(st.lists(st.lists(CELL_TEXT, min_size=3, max_size=3), max_size=8))
@settings(max_examples=60, deadline=None)
def test_write_csv_round_trip_with_csv_and_pandas(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("rt") / "t.csv"
    columns = ("id", "=head", "-text")
    write_csv(path, columns, rows)
    with path.open(encoding="utf-8", newline="") as f:
        raw = list(csv.reader(f))
    assert len(raw) == len(rows) + 1, "a cell split or merged rows"
    assert unguarded_cells([c for row in raw for c in row]) == []
    back = read_csv(path)
    want = [[t if is_invertible(t) else t[1:] for t in row] for row in rows]
    assert [[r[unguard(c)] for c in columns] for r in back] == want
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(frame) == len(rows)
    assert [unguard(c) for c in frame.columns] == list(columns)
    if rows:
        assert frame.map(unguard).values.tolist() == want


def test_write_carriage_return_inside_a_cell_keeps_the_row_whole(tmp_path):
    path = write_csv(tmp_path / "t.csv", ("a", "b"), [("names/\rcr.txt#1", "x"), ("y\r\nz", "w")])
    with path.open(encoding="utf-8", newline="") as f:
        assert list(csv.reader(f)) == [["a", "b"], ["names/\rcr.txt#1", "x"], ["y\r\nz", "w"]]
    assert path.read_bytes().endswith(b"w\n"), "rows end in \\n"


def test_write_files_get_the_users_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_csv(tmp_path / "t.csv", ("a",), [("1",)])
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


class Boom(RuntimeError):
    pass


def test_write_crash_mid_write_keeps_the_previous_file(tmp_path):
    path = write_csv(tmp_path / "documents.csv", ("doc_id", "text"), [("a", "old")])
    before = path.read_bytes()

    def rows():
        yield ("b", "new")
        yield ("c", "x" * 100_000)
        raise Boom("disk on fire")

    with pytest.raises(Boom):
        write_csv(path, ("doc_id", "text"), rows())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.csv"]


def test_write_crash_in_the_file_layer_keeps_the_previous_file(tmp_path, monkeypatch):
    """A full disk after some rows went out: the previous file stays, the temporary file goes."""
    import pipeline.io.tables as tables

    path = write_csv(tmp_path / "mentions.csv", ("doc_id",), [("a",)])
    before = path.read_bytes()
    real = tables._LineEnds.write
    budget = iter(range(3))  # the header and two rows, then ENOSPC

    def write_until_full(self, line):
        if next(budget, None) is None:
            raise OSError(28, "No space left on device")
        return real(self, line)

    monkeypatch.setattr(tables._LineEnds, "write", write_until_full)
    with pytest.raises(OSError, match="No space"):
        write_csv(path, ("doc_id",), [(str(n),) for n in range(10)])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mentions.csv"]


def test_write_crash_in_commit_keeps_the_previous_file(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "facts.csv", ("doc_id",), [("a",)])
    before = path.read_bytes()

    def no_rename(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError):
        write_csv(path, ("doc_id",), [("b",)])
    monkeypatch.undo()
    assert path.read_bytes() == before
    # the temporary file may stay (commit failed after closing it); the next commit removes it
    # only when its process is gone, so it names this process and is not a stale one yet
    left = [p.name for p in tmp_path.iterdir() if p.name != "facts.csv"]
    assert all(n.startswith(f".facts.csv.{os.getpid()}.") and n.endswith(".tmp") for n in left)


def test_write_stale_temporary_of_a_killed_process_is_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = tmp_path / f".documents.csv.{pid}.abcd1234.tmp"
    stale.write_text("doc_id\nhalf a ro", encoding="utf-8")
    other = tmp_path / ".mentions.csv.1.abcd1234.tmp"  # another file's: not ours to remove
    other.write_text("x", encoding="utf-8")
    write_csv(tmp_path / "documents.csv", ("doc_id",), [("a",)])
    assert not stale.exists()
    assert other.exists()


def test_write_commit_all_replaces_every_file_only_at_the_end(tmp_path):
    old = {n: write_csv(tmp_path / n, ("a",), [("old",)]).read_bytes() for n in ("x.csv", "y.csv")}
    files = [AtomicCsv(tmp_path / n, ("a",)) for n in ("x.csv", "y.csv")]
    for f in files:
        f.write(("new",))
    assert {n: (tmp_path / n).read_bytes() for n in old} == old  # nothing visible while writing
    commit_all(files)
    assert all((tmp_path / n).read_text(encoding="utf-8") == "a\nnew\n" for n in old)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generations", "CURRENT", "x.csv", "y.csv"]


# --------------------------------------------------------------------------- a hostile tester's corpus


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX only")
def test_robustness_hostile_corpus_runs_to_exit_0_with_a_row_per_bad_input(tmp_path):
    """FIFO, device link, socket, link loop, a 60k-character document and a name list without a
    sentence end: one run, exit 0, an error row naming each bad input, the long ones processed."""
    import socket

    from test_deadline import _events_text, _name_list

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_ok.txt").write_text("Kasim Reed won the Atlanta mayor's race by 714 votes.", encoding="utf-8")
    (corpus / "long.jsonl").write_text(json.dumps({"id": "long", "text": _events_text(60_000)}) + "\n"
                                       + json.dumps({"id": "names", "text": _name_list(30_000)}) + "\n",
                                       encoding="utf-8")
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "loop.html").symlink_to("loop.html")
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(corpus / "sock.jsonl"))
    exe = ROOT / ".venv" / "bin" / "newsfacts"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "pipeline"]
    done = subprocess.run([*cmd, "run", str(corpus), "--out", str(tmp_path / "out"), "--quiet"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = {r[0]: (r[3], r[4]) for r in read_outputs(tmp_path / "out")["documents.csv"][1:]}
    assert rows == {
        "a_ok.txt#1": ("ok", ""), "long": ("ok", ""), "names": ("ok", ""),
        "fifo.txt": ("error", "not a regular file: a FIFO (named pipe)"),
        "zero.txt": ("error", "not a regular file: a character device (through a symbolic link)"),
        "loop.html": ("error", "cannot read file: Too many levels of symbolic links"),
        "sock.jsonl": ("error", "not a regular file: a socket"),
    }
