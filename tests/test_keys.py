"""pipeline.io.keys: stable fact and mention keys (what a reviewer's verdict is attached to)."""
from __future__ import annotations

import hashlib
import json

import pytest

from pipeline.io.keys import KEY_HEX, MentionKeys, _digest, fact_key, mention_key, mention_key_at


#: Keys written by earlier runs: a verdict stays attached only while these do not change.
@pytest.mark.parametrize("key, row, expected", [
    (mention_key, {"doc_id": "ce-1", "label": "person", "start": 0, "end": 9}, "m:276207e43bfeeb07"),
    (mention_key, {"doc_id": 'a "quoted" \\ id\tnew\nline é 東京', "label": "GPE", "start": 3, "end": 5},
     "m:670164e847cce1e5"),
    (fact_key, {"doc_id": "ce-1", "predicate": "won", "subject": "Ana Ruiz", "object_id": "office:x", "value": "52.1",
                "polarity": "positive", "start": 4, "end": 19}, "f:7b4ef82d5d036a5b"),
])
def test_keys_are_the_keys_of_earlier_runs(key, row, expected):
    assert key(row) == expected


@pytest.mark.parametrize("parts", [
    [], [""], ["ce-1", "PERSON", "0", "9"], ['"', "\\", "\x00\x1f\x7f", "\b\f\n\r\t", "é", "東京", "\u2028", "😀"],
])
def test_keys_digest_hashes_the_compact_json_array(parts):
    data = json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert _digest("m:", parts) == "m:" + hashlib.sha1(data).hexdigest()[:KEY_HEX]


def test_keys_of_the_rows_a_run_writes_hash_their_own_fields(nlp):
    from pipeline.io.documents import Document
    from pipeline.runner.engine import process_document

    text = "Mayor Ana Ruiz of Springfield won 52% of the vote on Tuesday, defeating John Smith by 3,000 votes."
    result = process_document(nlp, Document(doc_id="d1", source="test", raw=text, published="2024-11-06"))
    assert result.mentions and result.facts
    assert all(m.mention_key == mention_key(m._asdict()) for m in result.mentions)
    assert all(f.fact_key == fact_key(f._asdict()) for f in result.facts)


@pytest.mark.parametrize("doc_id, label, start, end", [
    ("doc1", "PERSON", 0, 10),
    ("  spaced id ", " person ", 5, 7),  # cells are stripped, the label upper-cased
    ("Zürich-7", "gpe", 120, 126),
    (None, None, None, None),  # an empty cell
    (42, "ORG", "3", " 9 "),  # any value is its string
])
def test_keys_mention_key_at_is_mention_key(doc_id, label, start, end):
    row = {"doc_id": doc_id, "label": label, "start": start, "end": end}
    assert mention_key_at(doc_id, label, start, end) == mention_key(row)


@pytest.mark.parametrize("doc_id, label, start, end", [
    ("doc1", "PERSON", 0, 10),
    ("  spaced id ", " person ", 5, 7),
    ('a "quoted" \\ id\tnew\nline é 東京', "GPE", 3, 5),
    ("Zürich-7", "gpe", 120, 126),
    ("ce-1", "MONEY", -1, 0),
    (None, None, None, None),
    (42, "ORG", "3", " 9 "),  # not ints: mention_key_at's own path
    ("d", "ORG", True, 2),
])
def test_keys_mention_keys_of_a_document_are_mention_key_at(doc_id, label, start, end):
    keys = MentionKeys(doc_id)
    assert keys(label, start, end) == mention_key_at(doc_id, label, start, end)
    assert keys(label, start, end) == mention_key_at(doc_id, label, start, end)  # the label's cell, remembered
