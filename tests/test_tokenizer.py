"""The tokenizer splits citations glued to a sentence (pipeline/nlp/components/tokenizer.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("in the United States.(CNN)(The Guardian)",
         ["in", "the", "United", "States", ".", "(", "CNN", ")", "(", "The", "Guardian", ")"]),
        ("won the vote.(Reuters)", ["won", "the", "vote", ".", "(", "Reuters", ")"]),
        # what spaCy's English rules already did stays as it was
        ("U.S. Sen. J. Smith, e.g. 3.5% (AP)", ["U.S.", "Sen.", "J.", "Smith", ",", "e.g.", "3.5", "%", "(", "AP", ")"]),
        ("the run-off", ["the", "run", "-", "off"]),
        # an en dash between digits splits as the hyphen does: a score or a range is two numbers
        ("leads 49–48%", ["leads", "49", "–", "48", "%"]),
        ("2004–2008 term", ["2004", "–", "2008", "term"]),
        ("57-43%", ["57", "-", "43", "%"]),
        ("COVID–19 cases", ["COVID–19", "cases"]),
    ],
)
def test_tokenizer_splits_glued_citations(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_glued_citation_leaves_the_place_a_place(nlp):
    doc = nlp("She is the first woman nominated by a major party in the United States.(CNN)(NBC News)")
    assert "United States" in [s._.entity for s in doc.spans["mentions"] if s.label_ == "GPE"]
