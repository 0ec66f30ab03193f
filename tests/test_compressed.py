"""Compressed input: ``.gz`` files are read as their inner format, and a decompression bomb is an error row."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from pipeline.io import documents
from pipeline.io.documents import InputError, iter_documents

TXT = "Maria Alvarez won the runoff.\n\nThomas Reilly conceded.\n"
HTML = "<html><body><p>Maria Alvarez won the <b>runoff</b>.</p></body></html>"
JSONL = ('{"id": "a", "text": "Alvarez won.", "published": "2009-12-02"}\n'
         '{"id": "b", "text": "Reilly conceded."}\n')
CSV = "id,text,published\nc1,Alvarez won.,2009-12-02\nc2,Reilly conceded.,\n"


def _gz(path: Path, text: str) -> Path:
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return path


def _read(*paths) -> list[tuple[str, str, str, str]]:
    return [(d.doc_id, d.raw, d.published, d.error) for d in iter_documents(list(paths))]


@pytest.mark.parametrize(
    "name, content",
    [("page.html", HTML), ("page.htm", HTML), ("blocks.txt", TXT), ("records.jsonl", JSONL), ("rows.csv", CSV),
     ("UPPER.HTML", HTML)],
)
def test_compressed_reads_as_the_inner_format(tmp_path, name, content):
    plain = tmp_path / "plain"
    packed = tmp_path / "packed"
    plain.mkdir()
    packed.mkdir()
    (plain / name).write_text(content, encoding="utf-8")
    _gz(packed / f"{name}.gz", content)
    assert _read(packed / f"{name}.gz") == _read(plain / name)  # same ids (no .gz), texts, dates
    assert _read(packed) == _read(plain)  # found in a folder too


@pytest.mark.parametrize(
    "name, expected_ids",
    [("page.html.gz", ["page.html"]), ("blocks.txt.gz", ["blocks.txt#1", "blocks.txt#2"]),
     ("records.jsonl.gz", ["a", "b"])],
)
def test_compressed_doc_id_drops_gz_and_source_keeps_it(tmp_path, name, expected_ids):
    content = {"page.html.gz": HTML, "blocks.txt.gz": TXT, "records.jsonl.gz": JSONL}[name]
    path = _gz(tmp_path / name, content)
    docs = list(iter_documents([tmp_path]))
    assert [d.doc_id for d in docs] == expected_ids
    assert {d.source for d in docs} == {path.as_posix()}


def test_compressed_folder_skips_other_gz_files(tmp_path):
    _gz(tmp_path / "notes.md.gz", "not an input")
    _gz(tmp_path / "archive.gz", "no inner extension")
    _gz(tmp_path / "page.html.gz", HTML)
    assert [d.doc_id for d in iter_documents([tmp_path])] == ["page.html"]


@pytest.mark.parametrize("name", ["notes.md.gz", "archive.gz"])
def test_compressed_unsupported_inner_format_given_explicitly_raises(tmp_path, name):
    path = _gz(tmp_path / name, "x")
    with pytest.raises(InputError, match="unsupported input file type"):
        iter_documents([path])


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("page.html.gz", b"this is not gzip at all", "not a readable gzip file"),
        ("page.html.gz", gzip.compress(HTML.encode() * 20, mtime=0)[:40], "not a readable gzip file"),  # truncated
        ("records.jsonl.gz", b"\x1f\x8b\x08\x00garbage-after-the-magic", "not a readable gzip file"),
        ("rows.csv.gz", b"", "empty file: no documents"),
    ],
    ids=["not-gzip", "truncated", "bad-jsonl", "empty"],
)
def test_compressed_corrupt_file_is_an_error_row(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    docs = list(iter_documents([tmp_path / name]))
    assert docs and all(d.error for d in docs)
    assert reason in docs[-1].error


@pytest.mark.parametrize("name", ["page.html.gz", "blocks.txt.gz", "rows.csv.gz"])
def test_compressed_bomb_is_an_error_row(tmp_path, monkeypatch, name):
    monkeypatch.setattr(documents, "MAX_DECOMPRESSED_BYTES", 10_000)
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"a" * 10_001, mtime=0))  # 10 kB out of a few dozen bytes
    docs = list(iter_documents([path]))
    assert [(d.doc_id, d.error) for d in docs] == [
        (name[:-3], "decompressed size exceeds 10000 bytes (the limit for compressed input)")]


def test_compressed_jsonl_bomb_keeps_the_records_before_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_DECOMPRESSED_BYTES", 100_000)  # more than the 64 kB sniffed first
    lines = [f'{{"id": "r{i}", "text": "{"x" * 80}"}}\n' for i in range(2000)]  # ~200 kB
    path = _gz(tmp_path / "crawl.jsonl.gz", "".join(lines))
    docs = list(iter_documents([path]))
    ok = [d for d in docs if not d.error]
    assert 500 < len(ok) < 2000 and [d.doc_id for d in ok] == [f"r{i}" for i in range(len(ok))]
    assert docs[-1].error == "decompressed size exceeds 100000 bytes (the limit for compressed input)"
    assert len(docs) == len(ok) + 1


def test_compressed_within_the_limit_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_DECOMPRESSED_BYTES", 10_000)
    path = _gz(tmp_path / "page.html.gz", "<p>" + "a" * 9_000 + "</p>")
    assert [d.error for d in iter_documents([path])] == [""]
