"""Tests for pipeline/io/documents.py: reading files and folders into Documents."""
from __future__ import annotations

import codecs
import json
import threading
from pathlib import Path

import pytest

from conftest import FIXTURES, shared_file
from pipeline.io import documents
from pipeline.io.documents import (
    DEFAULT_MAX_CHARS,
    Document,
    InputError,
    decode_bytes,
    iter_documents,
    normalise_date,
)

INPUTS = FIXTURES / "inputs"


def read(*paths, **kwargs) -> list[Document]:
    return list(iter_documents([INPUTS / p if not Path(p).is_absolute() else p for p in paths], **kwargs))


def ids(docs) -> list[str]:
    return [d.doc_id for d in docs]


#: Seconds after which a call counts as hung: a safety net far beyond any machine's load (a FIFO read
#: blocks forever, a backtracking regex on these inputs runs for hours), never a speed bound (see bench/).
HANG_GUARD = 300


def finishes_within(seconds: float, fn, *args):
    """Run fn in a thread and fail if it is still running after `seconds`: a hang, not slowness."""
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("value", fn(*args)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"{fn.__name__} took longer than {seconds} s"
    return result["value"]


# ---------------------------------------------------------------------------
# .txt blocks
# ---------------------------------------------------------------------------

def test_documents_seed_corpus_has_twelve_blocks():
    docs = list(iter_documents([shared_file("corpus/000_4311ab4fe2abe36b.txt")]))
    assert ids(docs) == [f"000_4311ab4fe2abe36b.txt#{n}" for n in range(1, 13)]
    assert all(not d.error and d.encoding == "utf-8" and d.raw == d.raw.strip() for d in docs)
    assert docs[0].raw.startswith("Kasim Reed won the Atlanta mayor's race by 714 votes")


@pytest.mark.parametrize(
    "content, expected",
    [
        ("one\n\ntwo\n", ["one", "two"]),
        ("one\nstill one\n\n\n\ntwo", ["one\nstill one", "two"]),
        ("one\n \t \n  two", ["one", "two"]),  # whitespace-only lines are blank lines
        ("one\r\n\r\ntwo\r\nstill two\r\n", ["one", "two\r\nstill two"]),
        ("one\r\rtwo", ["one", "two"]),  # old Mac line ends
        ("\n\n\none\n\n\n", ["one"]),
        ("one\x0c\x0ctwo", ["one", "two"]),  # form feeds become line ends
        ("single block", ["single block"]),
    ],
)
def test_documents_txt_blocks(tmp_path, content, expected):
    path = tmp_path / "news.txt"
    path.write_bytes(content.encode("utf-8"))
    docs = list(iter_documents([path]))
    assert [d.raw for d in docs] == expected
    assert ids(docs) == [f"news.txt#{n}" for n in range(1, len(expected) + 1)]


def test_documents_txt_fixture_blocks():
    docs = read("blocks.txt", "crlf.txt")
    assert ids(docs) == ["blocks.txt#1", "blocks.txt#2", "blocks.txt#3", "crlf.txt#1", "crlf.txt#2", "crlf.txt#3"]
    assert docs[1].raw == "Second story <strong>with markup</strong> &amp; an entity.<!--more-->"
    assert docs[3].raw == "One.\r\nStill one."


def test_documents_html_is_one_document():
    (doc,) = read("article.html")
    assert doc.doc_id == "article.html" and not doc.error
    assert doc.raw == (INPUTS / "article.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# .jsonl and .csv records
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "doc_id, raw, published, error",
    [
        ("r1", "Plain record text.", "2009-12-02", ""),
        ("r2", "<b>Bold</b> record.", "2009-12-03", ""),
        ("r3", "Bad date record.", "", ""),
        ("r4", "", "", "line 5: not valid JSON (Expecting value)"),
        ("records.jsonl:6", "", "", "line 6: not a JSON object (list)"),
        ("r5", "", "", "line 7: record has no 'text'"),
        ("r6", "", "", "line 8: 'text' is not a string (int)"),
        ("r1~2", "", "", "duplicate id 'r1' (first at {dir}/records.jsonl:1)"),
        ("records.jsonl:10", "No id here.", "", ""),  # no id: <file>:<line>, stable run to run
        ("7", "Integer id.", "", ""),
    ],
)
def test_documents_jsonl_records(doc_id, raw, published, error):
    docs = {d.doc_id: d for d in read("records.jsonl")}
    assert len(docs) == 10
    doc = docs[doc_id]
    assert (doc.raw, doc.published, doc.error) == (raw, published, error.format(dir=INPUTS.as_posix()))


def test_documents_jsonl_fields():
    r1, _, r3 = read("records.jsonl")[:3]
    assert r1.url == "http://example.org/a" and r1.source == (INPUTS / "records.jsonl").as_posix()
    assert r3.note == "published 'last Tuesday' is not an ISO date"


def test_documents_jsonl_is_read_line_by_line(monkeypatch, tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": "x"}) + "\n" for i in range(100)))
    parsed = []
    real_loads = json.loads
    monkeypatch.setattr(documents.json, "loads", lambda s: parsed.append(1) or real_loads(s))
    stream = iter_documents([path])
    assert next(stream).doc_id == "d0"
    assert len(parsed) == 1


@pytest.mark.parametrize(
    "doc_id, raw, published, url, error",
    [
        ("c1", "Row one, with a comma.", "2009-12-01", "", ""),
        ("c2", "Row two\nspans two lines.", "", "http://example.org/c2", ""),
        ("c1~2", "", "", "", "duplicate id 'c1' (first at {dir}/records.csv:2)"),
        ("c3", "", "", "", "line 6: record has empty 'text'"),
        ("c4", "Last row.", "", "", ""),
    ],
)
def test_documents_csv_records(doc_id, raw, published, url, error):
    docs = {d.doc_id: d for d in read("records.csv")}
    assert list(docs) == ["c1", "c2", "c1~2", "c3", "c4"]
    doc = docs[doc_id]
    expected_error = error.format(dir=INPUTS.as_posix())
    assert (doc.raw, doc.published, doc.url, doc.error) == (raw, published, url, expected_error)


HINT = "; name the text with --text-field, or read a file without a header row with --no-header --columns"


@pytest.mark.parametrize(
    "header, expected",
    [
        ("title,text", [("t.csv:2", "")]),  # no id column: <file>:<line>
        ("id,body", [("t.csv", "CSV has no 'text' column (header: id, body)" + HINT)]),
        ("a,b", [("t.csv", "CSV has no 'text' column (header: a, b)" + HINT)]),
    ],
)
def test_documents_csv_without_required_column(tmp_path, header, expected):
    path = tmp_path / "t.csv"
    path.write_text(f"{header}\nx,y\n")
    assert [(d.doc_id, d.error) for d in iter_documents([path])] == expected


def test_documents_csv_foreign_file_is_one_error_row():
    (doc,) = read("no_text_column.csv")
    assert doc.doc_id == "no_text_column.csv"
    assert doc.error.startswith("CSV has no 'text' column (header: 3, Fears for T N pension")


def test_documents_csv_header_is_case_and_space_insensitive(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(" ID , Text ,Published\nx,hello,2009-12-01T08:00\n")
    (doc,) = iter_documents([path])
    assert (doc.doc_id, doc.raw, doc.published) == ("x", "hello", "2009-12-01")


def test_documents_csv_field_longer_than_csv_default_limit(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('id,text\nbig,"' + "word " * 100_000 + '"\n')
    (doc,) = iter_documents([path])
    assert not doc.error and len(doc.raw) == 500_000


def test_documents_csv_unterminated_quote_is_an_error_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('id,text\na,fine\nb,"never closed\n')
    path.write_text('id,text\na,fine\nb,"never closed\nc,lost\n')
    docs = list(iter_documents([path]))
    assert [(d.doc_id, d.error) for d in docs] == [
        ("a", ""),
        ("t.csv:3", "line 3: malformed CSV (unexpected end of data)"),
    ]


# ---------------------------------------------------------------------------
# duplicates
# ---------------------------------------------------------------------------

def test_documents_duplicate_ids_across_files(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "x", "text": "first"}\n')
    b.write_text('{"id": "x", "text": "second"}\n{"id": "x", "text": "third"}\n')
    docs = list(iter_documents([a, b]))
    assert [(d.doc_id, d.raw, d.error) for d in docs] == [
        ("x", "first", ""),
        ("x~2", "", f"duplicate id 'x' (first at {a.as_posix()}:1)"),
        ("x~3", "", f"duplicate id 'x' (first at {a.as_posix()}:1)"),
    ]


def test_documents_same_file_twice_gives_duplicate_rows():
    docs = read("crlf.txt", "crlf.txt")
    assert ids(docs) == ["crlf.txt#1", "crlf.txt#2", "crlf.txt#3", "crlf.txt#1~2", "crlf.txt#2~2", "crlf.txt#3~2"]
    assert docs[5].error == f"duplicate id 'crlf.txt#3' (first at {INPUTS.as_posix()}/crlf.txt:7)"


def test_documents_doc_ids_are_unique_over_every_fixture():
    docs = read(".")
    assert len(ids(docs)) == len(set(ids(docs)))


# ---------------------------------------------------------------------------
# encodings, binary and empty files
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "name, encoding, note, raw",
    [
        ("latin1.txt", "cp1252", "decoded as cp1252", "Café owner Renée Müller said “no”."),
        ("utf16.txt", "utf-16", "", "UTF-16 text with café."),
        ("utf16be.html", "utf-16", "", "<p>Big-endian café.</p>"),
        ("utf8_bom.txt", "utf-8-sig", "", "BOM text café."),
        ("utf16.jsonl", "utf-16", "", "UTF-16 JSONL café."),
        ("nul_bytes.txt", "utf-8", "removed 2 control characters",
         "Kasim Reed won the race by 714 votes, officials said on Wednesday."),
        ("surrogate.jsonl", "utf-8", "replaced 1 lone surrogates", "lone \ufffd surrogate"),
    ],
)
def test_documents_encodings(name, encoding, note, raw):
    doc = read(name)[0]
    assert (doc.encoding, doc.note, doc.raw, doc.error) == (encoding, note, raw, "")


def test_documents_jsonl_line_in_another_encoding():
    m1, m2 = read("mixed_encoding.jsonl")
    assert (m1.raw, m1.encoding, m1.note) == ("good utf-8 café", "utf-8", "")
    assert (m2.raw, m2.encoding, m2.note) == ("cp1252 café", "cp1252", "line decoded as cp1252")


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (b"plain", "plain", "utf-8"),
        (b"caf\xc3\xa9", "café", "utf-8"),
        (codecs.BOM_UTF8 + b"x", "x", "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "é".encode("utf-16-le"), "é", "utf-16"),
        (codecs.BOM_UTF16_BE + "é".encode("utf-16-be"), "é", "utf-16"),
        (codecs.BOM_UTF32_LE + "é".encode("utf-32-le"), "é", "utf-32"),
        ("no bom here".encode("utf-16-le"), "no bom here", "utf-16-le"),
        ("no bom here".encode("utf-16-be"), "no bom here", "utf-16-be"),
        (b"caf\xe9 \x93q\x94", "café “q”", "cp1252"),
        (b"\x81", "\ufffd", "cp1252"),
    ],
)
def test_documents_decode_bytes(data, text, encoding):
    assert decode_bytes(data)[:2] == (text, encoding)


@pytest.mark.parametrize(
    "name, error",
    [
        ("binary.txt", "binary file, not text"),
        ("noise.txt", "binary file, not text"),
        ("empty.txt", "empty file: no documents"),
        ("blank.txt", "empty file: no documents"),
        ("blank_lines.jsonl", "empty file: no documents"),
        ("header_only.csv", "empty file: no documents"),
    ],
)
def test_documents_unusable_file_is_one_error_row(name, error):
    assert [(d.doc_id, d.raw, d.error) for d in read(name)] == [(name, "", error)]


@pytest.mark.parametrize(
    "data",
    [b"\x00" * 200, b"\x1f\x8b\x08\x00" + b"x" * 100, b"%PDF-1.4\n" + b"y" * 100, bytes(range(32)) * 10],
)
def test_documents_binary_jsonl_is_one_error_row(tmp_path, data):
    path = tmp_path / "b.jsonl"
    path.write_bytes(data)
    assert [(d.doc_id, d.error) for d in iter_documents([path])] == [("b.jsonl", "binary file, not text")]


def test_documents_unreadable_file_is_an_error_row(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "ok.txt").write_text("fine")
    docs = list(iter_documents([tmp_path]))
    assert [(d.doc_id, d.error) for d in docs] == [
        ("dangling.txt", "cannot read file: No such file or directory"),
        ("ok.txt#1", ""),
    ]


def test_documents_error_rows_are_one_line():
    docs = read(".")
    errors = [d for d in docs if d.error]
    assert len(errors) >= 14
    assert all("\n" not in d.error and "\r" not in d.error and not d.raw for d in errors)


# ---------------------------------------------------------------------------
# folders and invocation
# ---------------------------------------------------------------------------

def test_documents_folder_is_recursive_sorted_and_skips_hidden():
    docs = read("tree")
    prefix = (INPUTS / "tree").as_posix()
    assert [(d.doc_id, d.source) for d in docs] == [
        ("tree-c1", f"{prefix}/2009/c.jsonl"),
        ("UPPER.TXT#1", f"{prefix}/UPPER.TXT"),
        ("a.txt#1", f"{prefix}/a.txt"),
        ("a.txt#2", f"{prefix}/a.txt"),
        ("b.html", f"{prefix}/b.html"),
    ]


def test_documents_names_inside_folders_are_relative_paths(tmp_path):
    (tmp_path / "news" / "2009").mkdir(parents=True)
    (tmp_path / "news" / "2009" / "a.txt").write_text("one\n\ntwo\n\nthree")
    docs = list(iter_documents([tmp_path / "news"]))
    assert ids(docs)[-1] == "2009/a.txt#3"


def test_documents_file_given_keeps_its_path_as_source(monkeypatch):
    monkeypatch.chdir(INPUTS)
    (doc,) = iter_documents(["tree/b.html"])
    assert (doc.doc_id, doc.source) == ("b.html", "tree/b.html")


@pytest.mark.parametrize(
    "path, message",
    [
        ("does-not-exist.txt", "input not found: {dir}/does-not-exist.txt"),
        ("unsupported.md",
         "unsupported input file type: {dir}/unsupported.md (expected .txt, .html, .htm, .jsonl, .csv, each optionally .gz)"),
    ],
)
def test_documents_unusable_input_raises_input_error(path, message):
    with pytest.raises(InputError) as info:
        iter_documents([INPUTS / path])  # raised on the call, before any reading
    assert str(info.value) == message.format(dir=INPUTS.as_posix())
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"reference_date": "12/09/2009"}, "reference date must be YYYY-MM-DD, got '12/09/2009'"),
        ({"reference_date": "2009-02-30"}, "reference date must be YYYY-MM-DD, got '2009-02-30'"),
        ({"max_chars": 0}, "max_chars must be a positive integer, got 0"),
    ],
)
def test_documents_invalid_settings_raise_input_error(kwargs, message):
    with pytest.raises(InputError, match=message):
        iter_documents([INPUTS / "crlf.txt"], **kwargs)


# ---------------------------------------------------------------------------
# published dates, size limit
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, expected",
    [
        ("2009-12-02", "2009-12-02"),
        ("2009-12-02T10:30:00Z", "2009-12-02"),
        ("2009-12-02 10:30", "2009-12-02"),
        (" 2009-12-02 ", "2009-12-02"),
        ("2009-12-32", None),
        ("2009-12-2", None),
        ("2009-12-02x", None),
        ("December 2, 2009", None),
        ("20091202", None),
        (20091202, None),
        (None, None),
    ],
)
def test_documents_normalise_date(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    "name, doc_id, reference_date, published, reference",
    [
        ("records.jsonl", "r1", "2009-12-09", "2009-12-02", "2009-12-09"),  # the record's own date is kept
        ("records.jsonl", "7", "2009-12-09", "", "2009-12-09"),  # none: published stays empty
        ("records.jsonl", "r3", "2009-12-09", "", "2009-12-09"),  # an invalid date counts as none
        ("crlf.txt", "crlf.txt#1", "2009-12-09", "", "2009-12-09"),
        ("crlf.txt", "crlf.txt#1", None, "", ""),
    ],
)
def test_documents_reference_date_is_its_own_field(name, doc_id, reference_date, published, reference):
    docs = {d.doc_id: d for d in read(name, reference_date=reference_date)}
    assert (docs[doc_id].published, docs[doc_id].reference_date) == (published, reference)


def test_documents_default_max_chars_is_one_million():
    assert DEFAULT_MAX_CHARS == 1_000_000


@pytest.mark.parametrize("name, body", [("big.txt", "word " * 1_000_000), ("line.html", "x" * 2_000_000)])
def test_documents_long_document_is_truncated_with_a_note(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body)
    (doc,) = finishes_within(HANG_GUARD, lambda: list(iter_documents([path])))
    assert len(doc.raw) == DEFAULT_MAX_CHARS and not doc.error
    assert doc.note == f"truncated to {DEFAULT_MAX_CHARS} chars (from {len(body.strip())})"


def test_documents_max_chars_setting(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "a", "text": "0123456789"}\n{"id": "b", "text": "012"}\n')
    a, b = iter_documents([path], max_chars=5)
    assert (a.raw, a.note) == ("01234", "truncated to 5 chars (from 10)")
    assert (b.raw, b.note) == ("012", "")


@pytest.mark.parametrize("registry", ["memory", "sqlite"])
def test_documents_duplicate_ids_with_either_registry(tmp_path, registry):
    from pipeline.io.documents import IdRegistry, SqliteIdRegistry

    src = tmp_path / "dup.jsonl"
    src.write_text('{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n{"id": "a", "text": "three"}\n'
                   '{"id": "a", "text": "four"}\n', encoding="utf-8")
    ids = IdRegistry() if registry == "memory" else SqliteIdRegistry(tmp_path / "ids.sqlite", in_memory=0)
    docs = list(iter_documents([src], ids=ids))
    assert [(d.doc_id, bool(d.error)) for d in docs] == [("a", False), ("b", False), ("a~2", True), ("a~3", True)]
    assert docs[2].error == f"duplicate id 'a' (first at {src}:1)"
    assert not (tmp_path / "ids.sqlite").exists()  # removed when reading ends


# ---------------------------------------------------------------------------
# input mapping: which fields hold id, text, date, URL; CSV dialects
# ---------------------------------------------------------------------------

from pipeline.io.documents import Fields  # noqa: E402

MAPPED_JSONL = (
    '{"uid": "a1", "headline": "Mayor Wins Again", "body": "Jane Roe won.", "day": "2011-03-04", "link": "http://x/1"}\n'
    '{"headline": "No Id Here", "body": "The body."}\n'
    '{"uid": 7, "body": "Only a body."}\n'
    '{"uid": "a4", "headline": 5, "body": "x"}\n'
    '{"uid": "a5"}\n'
)


@pytest.mark.parametrize(
    "doc_id, raw, published, url, error",
    [
        ("a1", "Mayor Wins Again\n\nJane Roe won.", "2011-03-04", "http://x/1", ""),  # title, then body: 2 paragraphs
        ("m.jsonl:2", "No Id Here\n\nThe body.", "", "", ""),  # no id: <file>:<line>
        ("7", "Only a body.", "", "", ""),  # a missing field of several is left out
        ("a4", "", "", "", "line 4: 'headline' or 'body' is not a string (int)"),
        ("a5", "", "", "", "line 5: record has no 'headline' or 'body'"),
    ],
)
def test_documents_jsonl_field_mapping(tmp_path, doc_id, raw, published, url, error):
    path = tmp_path / "m.jsonl"
    path.write_text(MAPPED_JSONL, encoding="utf-8")
    fields = Fields(id="uid", text=("headline", "body"), date="day", url="link")
    docs = {d.doc_id: d for d in iter_documents([path], fields=fields)}
    assert (docs[doc_id].raw, docs[doc_id].published, docs[doc_id].url, docs[doc_id].error) == \
        (raw, published, url, error)


@pytest.mark.parametrize(
    "data, fields, expected",
    [
        # semicolons, cp1252: delimiter and encoding sniffed
        ('id;text\r\nx;"Caf\xe9 owner wins; recount due"\r\n'.encode("cp1252"), Fields(),
         [("x", "Café owner wins; recount due")]),
        # a comma file whose texts are full of semicolons: the header decides
        (b'id,text\nx,"a; b; c; d"\ny,"e; f; g"\n', Fields(), [("x", "a; b; c; d"), ("y", "e; f; g")]),
        # tabs, UTF-16 with a BOM
        ("id\ttext\nx\tTabbed text\n".encode("utf-16"), Fields(), [("x", "Tabbed text")]),
        # forced delimiter
        (b"id|text\nx|piped, with commas\n", Fields(delimiter="|"), [("x", "piped, with commas")]),
        # no header, columns named: AG News' class,title,description
        (b'"3","Firm Posts Profit","A firm posted a profit."\n"1","Vote Today","Polls open."\n',
         Fields(text=("title", "description"), columns=("class", "title", "description")),
         [("t.csv:1", "Firm Posts Profit\n\nA firm posted a profit."), ("t.csv:2", "Vote Today\n\nPolls open.")]),
        # no header, columns by position from 1; the id from column 1
        (b"k1,Headline,Body text\n", Fields(id="1", text=("2", "3"), header=False),
         [("k1", "Headline\n\nBody text")]),
        # no header and no columns: the default field names match nothing numbered
        (b"Headline,Body\n", Fields(header=False), [("t.csv:1", None)]),
    ],
)
def test_documents_csv_mapping_and_dialect(tmp_path, data, fields, expected):
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    got = [(d.doc_id, d.raw if not d.error else None) for d in iter_documents([path], fields=fields)]
    assert got == expected
    assert got == [(d.doc_id, d.raw if not d.error else None) for d in iter_documents([path], fields=fields)]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"text": ()}, "field name"),
        ({"id": " "}, "field name"),
        ({"columns": ("a", "A")}, "distinct"),
        ({"columns": "a,,b"}, "distinct"),
        ({"delimiter": ";;"}, "one character"),
        ({"delimiter": '"'}, "one character"),
    ],
)
def test_documents_fields_are_validated(kwargs, message):
    with pytest.raises(InputError, match=message):
        Fields(**kwargs)


def test_documents_fields_columns_imply_no_header():
    assert Fields(columns="class, title ,description") == Fields(columns=("class", "title", "description"),
                                                                 header=False)


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"a.md": "", "b.md": "", "c.md": "", "d.json": "{}", ".hidden.md": ""},
         "3 .md files: not a supported format; 1 .json file: not a supported format"),
        ({"README": "x"}, "1 (no extension) file: not a supported format"),
        ({"a.txt": "Text."}, ""),
    ],
)
def test_documents_skipped_files_are_counted(tmp_path, files, expected):
    from collections import Counter

    from pipeline.io.documents import describe_skipped

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    skipped = Counter()
    list(iter_documents([tmp_path], skipped=skipped))
    assert describe_skipped(skipped) == expected


@pytest.mark.parametrize(
    "files, fields, expected",
    [
        ({"a.txt": "One.\n\nTwo.\n\nThree.", "b.html": "<p>x</p>", "c.jsonl": '{"id":1,"text":"a"}\n\n{"id":2}\n'},
         Fields(), 3 + 1 + 2),
        ({"e.txt": ""}, Fields(), 1),  # an empty file is one error row
        ({"h.csv": "a,b\nc,d\n\ne,f\n"}, Fields(header=False, text=("2",)), 3),
    ],
)
def test_documents_count_matches_the_rows(tmp_path, files, fields, expected):
    from pipeline.io.documents import count_documents

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert count_documents([tmp_path], fields=fields) == expected
    assert len(list(iter_documents([tmp_path], fields=fields))) == expected


def test_documents_sqlite_registry_leaves_no_file(tmp_path, monkeypatch):
    import tempfile

    from pipeline.io.documents import SqliteIdRegistry

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ids = SqliteIdRegistry(in_memory=0)
    assert ids.claim("a", "x:1") is None
    assert list(tmp_path.iterdir()) == []  # removed while open: even a killed run leaves nothing
    assert ids.claim("a", "x:2") == "x:1"
    ids.close()


@pytest.mark.parametrize("in_memory", [0, 1, 2, 3, 50])
def test_documents_sqlite_registry_moves_its_memory_to_disk(tmp_path, in_memory):
    """However many ids the memory holds before the database opens, every id is found again, the ones
    claimed before the move and after it, and the database opens only once the memory is full."""
    from pipeline.io.documents import SqliteIdRegistry

    ids = SqliteIdRegistry(tmp_path / "ids.sqlite", in_memory=in_memory)
    names = ["a", "b", "c", "d", "e"]
    assert [ids.claim(n, f"f:{k}") for k, n in enumerate(names)] == [None] * 5
    assert (tmp_path / "ids.sqlite").exists() == (in_memory < len(names))
    assert [ids.claim(n, "g:9") for n in names + ["f"]] == [f"f:{k}" for k in range(5)] + [None]
    ids.close()
    assert not (tmp_path / "ids.sqlite").exists()


# ---------------------------------------------------------------- special files


def _special(kind: str, path: Path) -> None:
    import os
    import socket

    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device_link":
        path.symlink_to("/dev/zero")
    elif kind == "socket":
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(path))
        s.close()
    elif kind == "link_loop":
        path.symlink_to(path.name)
    elif kind == "folder_named_txt":
        path.mkdir()
        (path / "inner.txt").write_text("Kasim Reed won.", encoding="utf-8")


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX only")
@pytest.mark.parametrize("kind, error", [
    ("fifo", "not a regular file: a FIFO (named pipe)"),
    ("device_link", "not a regular file: a character device (through a symbolic link)"),
    ("socket", "not a regular file: a socket"),
    ("link_loop", "cannot read file: Too many levels of symbolic links"),
])
def test_documents_special_file_is_an_error_row_naming_its_kind(tmp_path, kind, error):
    (tmp_path / "a.txt").write_text("Kasim Reed won.", encoding="utf-8")
    _special(kind, tmp_path / "special.txt")
    docs = finishes_within(HANG_GUARD, lambda: list(iter_documents([tmp_path])))  # a FIFO read would block forever
    assert [(d.doc_id, d.error) for d in docs] == [("a.txt#1", ""), ("special.txt", error)]
    given = finishes_within(HANG_GUARD, lambda: list(iter_documents([tmp_path / "special.txt"])))
    assert [(d.doc_id, d.error) for d in given] == [("special.txt", error)]


def test_documents_unreadable_folder_is_an_error_row(tmp_path, monkeypatch):
    import os

    (tmp_path / "a.txt").write_text("Kasim Reed won.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Jane Smith won.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("Jane Smith lost.", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":  # what a folder without read permission does (even for root here)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs = list(iter_documents([tmp_path]))
    assert [(d.doc_id, d.error) for d in docs] == [
        ("a.txt#1", ""), ("locked", "cannot read folder: Permission denied"), ("z.txt#1", "")]


def test_documents_out_folder_inside_an_input_folder_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("Kasim Reed won.", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "documents.csv").write_text("doc_id,text\nx,y\n", encoding="utf-8")
    assert ids(iter_documents([tmp_path], exclude=tmp_path / "out")) == ["a.txt#1"]
    read = ids(iter_documents([tmp_path]))
    assert read[0] == "a.txt#1" and read[1].startswith("out/documents.csv")  # without exclude, it is read


@pytest.mark.parametrize("records, expected", [
    # a real 'a~2' after two 'a': processed under the next free id, with a note, not rejected
    (["a", "a", "a~2"], [("a", "", ""), ("a~2", "duplicate id 'a'", ""), ("a~2~2", "", "renamed duplicate")]),
    (["a~2", "a", "a"], [("a~2", "", ""), ("a", "", ""), ("a~3", "duplicate id 'a'", "")]),
    (["a", "a~2", "a"], [("a", "", ""), ("a~2", "", ""), ("a~3", "duplicate id 'a'", "")]),
    (["a", "a", "a~2", "a~2"], [("a", "", ""), ("a~2", "duplicate id 'a'", ""), ("a~2~2", "", "renamed duplicate"),
                                ("a~2~3", "duplicate id 'a~2'", "")]),
])
@pytest.mark.parametrize("registry", ["memory", "sqlite"])
def test_documents_real_id_like_a_renamed_duplicate_is_kept(tmp_path, records, expected, registry):
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps({"id": r, "text": f"Text {n}."}) + "\n" for n, r in enumerate(records)),
                    encoding="utf-8")
    reg = documents.SqliteIdRegistry(in_memory=1) if registry == "sqlite" else None
    docs = list(iter_documents([path], ids=reg))
    got = [(d.doc_id, d.error[:len(e)], "renamed duplicate" if "renamed duplicate" in d.note else "")
           for d, (_, e, _) in zip(docs, expected)]
    assert got == expected
    assert all(bool(d.raw) != bool(d.error) for d in docs)  # a kept record keeps its text
