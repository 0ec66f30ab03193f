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
