"""Stable keys of facts and mentions: what a reviewer's verdict is attached to.

``fact_id``/``mention_id`` number rows in order (``f1``, ``m3``) and renumber
whenever a rerun finds one more or one fewer row before them, so a verdict
kept by id would move to another fact. A key is a short hash of what the row
*states*: the document, the predicate (or label), the arguments' entity ids,
the value, the qualifiers and the evidence offsets. The same fact in a rerun
gets the same key; a fact whose evidence, arguments or value changed gets a
new one, so a verdict never silently carries over to a different statement.

A key is ``f:`` or ``m:`` and 16 hex digits of SHA-1 (64 bits: a run of a
million facts has a chance of about 3e-8 of one collision). It starts with a
letter, so the spreadsheet guard never touches it.
"""
from __future__ import annotations

import hashlib
from json.encoder import encode_basestring
from typing import Mapping, Sequence

__all__ = ["FACT_KEY_FIELDS", "MENTION_KEY_FIELDS", "KEY_HEX", "fact_key", "mention_key", "mention_key_at",
           "MentionKeys"]

#: Hex digits of SHA-1 kept in a key.
KEY_HEX = 16
#: The fields a fact key hashes. An argument without an entity id is taken by its name
#: (``subject``/``object``/``office``), so an unlinked argument still tells facts apart.
FACT_KEY_FIELDS = ("doc_id", "predicate", "subject_id", "object_id", "office_id", "value", "unit", "date",
                   "date_end", "kind", "qualifier", "polarity", "start", "end")
_NAME_OF = {"subject_id": "subject", "object_id": "object", "office_id": "office"}
#: The fields a mention key hashes: where the mention is and what it was taken for.
MENTION_KEY_FIELDS = ("doc_id", "label", "start", "end")


def _digest(prefix: str, parts: Sequence[str]) -> str:
    """``prefix`` and the SHA-1 of ``json.dumps(list(parts), ensure_ascii=False, separators=(",", ":"))``.

    The JSON array is joined from its encoded strings here: the same bytes, without building an
    encoder per key (``json.dumps`` with options does), as every mention row of a run gets a key."""
    data = ("[" + ",".join(map(encode_basestring, parts)) + "]").encode("utf-8")
    return prefix + hashlib.sha1(data).hexdigest()[:KEY_HEX]


def _cell(row: Mapping[str, object], name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value).strip()


def fact_key(row: Mapping[str, object]) -> str:
    """The stable key of a facts.csv row (a dict of its columns; missing columns count as empty)."""
    parts = []
    for name in FACT_KEY_FIELDS:
        value = _cell(row, name)
        if not value and name in _NAME_OF:
            name_value = _cell(row, _NAME_OF[name])
            value = "name:" + name_value.casefold() if name_value else ""
        parts.append(value)
    return _digest("f:", parts)


def mention_key(row: Mapping[str, object]) -> str:
    """The stable key of a mentions.csv row."""
    return _digest("m:", [_cell(row, name).upper() if name == "label" else _cell(row, name)
                          for name in MENTION_KEY_FIELDS])



def mention_key_at(doc_id: object, label: object, start: object, end: object) -> str:
    """:func:`mention_key` of the row whose MENTION_KEY_FIELDS hold these values, read without a mapping: every
    mention row of a run gets a key, and building the mapping and reading its cells cost more than the hash."""
    cells = ["" if v is None else str(v).strip() for v in (doc_id, label, start, end)]
    cells[1] = cells[1].upper()
    return _digest("m:", cells)


class MentionKeys:
    """:func:`mention_key_at` for the mentions of one document: its id and each label are encoded once, and
    character offsets (ints, which JSON-escaping leaves as they are) are written straight into the array; any other
    offset is keyed by :func:`mention_key_at` itself. The same keys, without a list and four encodings per mention."""

    __slots__ = ("doc_id", "_head", "_labels")

    def __init__(self, doc_id: object) -> None:
        self.doc_id = doc_id
        self._head = "[" + encode_basestring("" if doc_id is None else str(doc_id).strip()) + ","
        self._labels: dict[str, str] = {}  # a document's few labels

    def __call__(self, label: str, start: int, end: int) -> str:
        if type(start) is not int or type(end) is not int or type(label) is not str:
            return mention_key_at(self.doc_id, label, start, end)
        cell = self._labels.get(label)
        if cell is None:
            cell = self._labels[label] = encode_basestring(label.strip().upper())
        data = f'{self._head}{cell},"{start}","{end}"]'.encode("utf-8")
        return "m:" + hashlib.sha1(data).hexdigest()[:KEY_HEX]
