"""span_values reads span extensions as ``span._`` does (pipeline/nlp/extensions.py)."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.nlp.extensions import SPAN_EXTENSIONS, span_reader, span_values

NAMES = tuple(SPAN_EXTENSIONS)


@pytest.mark.parametrize("values", [
    {},  # nothing set: every default (None, and bare's False)
    {"entity_id": "Q1", "entity": "Ana Ruiz", "kb_id": "kb:1", "rule": "kb"},
    {"value": 714, "unit": "votes", "value_end": None, "qualifier": "former", "bare": True},
    {"value": 0, "entity": "", "bare": False},  # falsy values are values, not defaults
])
def test_span_values_are_the_underscore_values(nlp, values):
    doc = nlp.make_doc("Ana Ruiz won 714 votes in Velmar.")
    span, overlapping, other = Span(doc, 0, 2, label="PERSON"), Span(doc, 0, 3, label="ORG"), Span(doc, 3, 5)
    for name, value in values.items():
        setattr(span._, name, value)
    overlapping._.rule = "elsewhere"
    for s in (span, overlapping, other):
        assert span_values(s, NAMES) == [getattr(s._, n) for n in NAMES]
        assert span_reader(NAMES)(s) == span_values(s, NAMES)
    assert span_values(span, ("entity", "entity_id")) == [span._.entity, span._.entity_id]


def test_span_values_reads_a_reregistered_extension_through_the_underscore(nlp):
    doc = nlp.make_doc("Ana Ruiz won.")
    span = Span(doc, 0, 2, label="PERSON")
    span._.entity = "stored"
    before = Span.get_extension("entity")
    Span.set_extension("entity", getter=lambda s: "computed", force=True)
    try:
        assert span_values(span, ("entity", "rule")) == ["computed", None]
        assert span_reader(("entity", "rule"))(span) == ["computed", None]
    finally:
        Span.set_extension("entity", default=before[0], force=True)
    assert span_values(span, ("entity",)) == ["stored"]
    assert span_reader(("entity",))(span) == ["stored"]


@pytest.mark.parametrize("values", [
    {"entity_id": "Q1", "entity": "Ana Ruiz", "kb_id": "kb:1"},
    {"entity_id": "", "entity": None, "role": "role.mayor", "form": "seat"},  # falsy values are values
])
def test_span_extensions_read_and_write_as_the_underscore(nlp, values):
    from pipeline.nlp.extensions import SpanExtensions

    names = ("entity_id", "entity", "kb_id", "role", "form")
    doc = nlp.make_doc("Ana Ruiz won 714 votes in Velmar.")
    span, overlapping = Span(doc, 0, 2, label="PERSON"), Span(doc, 0, 3, label="ORG")
    ext = SpanExtensions(names)
    assert ext.plain
    assert [ext.get(span, n) for n in names] == [getattr(span._, n) for n in names]  # defaults
    ext.set(span, **values)
    assert [getattr(span._, n) for n in values] == list(values.values())
    assert [ext.get(span, n) for n in names] == [getattr(span._, n) for n in names]
    assert all(getattr(overlapping._, n) is None for n in names)  # keyed by the span's own offsets


def test_span_extensions_go_through_the_underscore_when_reregistered(nlp):
    from pipeline.nlp.extensions import SpanExtensions

    doc = nlp.make_doc("Ana Ruiz won.")
    span = Span(doc, 0, 2, label="PERSON")
    before = Span.get_extension("entity")
    written = []
    Span.set_extension("entity", getter=lambda s: "computed", setter=lambda s, v: written.append(v), force=True)
    try:
        ext = SpanExtensions(("entity", "kb_id"))
        assert not ext.plain
        ext.set(span, entity="Ana", kb_id="kb:1")
        assert ext.get(span, "entity") == "computed" and written == ["Ana"] and span._.kb_id == "kb:1"
    finally:
        Span.set_extension("entity", default=before[0], force=True)


def test_doc_values_read_and_write_as_the_underscore(nlp):
    from spacy.tokens import Doc

    from pipeline.nlp.extensions import doc_value, set_doc_values

    doc = nlp.make_doc("Ana Ruiz won.")
    assert doc_value(doc, "published") is None and doc_value(doc, "facts") is None  # defaults
    set_doc_values(doc, published="2024-11-06", doc_id="d1")
    assert (doc._.published, doc._.doc_id) == ("2024-11-06", "d1")
    assert (doc_value(doc, "published"), doc_value(doc, "doc_id")) == ("2024-11-06", "d1")
    before = Doc.get_extension("doc_id")
    Doc.set_extension("doc_id", getter=lambda d: "computed", force=True)
    try:
        assert doc_value(doc, "doc_id") == "computed"  # another registration: through doc._
    finally:
        Doc.set_extension("doc_id", default=before[0], force=True)
