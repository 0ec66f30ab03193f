"""Paragraph breaks end sentences (pipeline/nlp/components/paragraphs.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a heading has no full stop: the blank line after it ends it
        ("Ana Ruiz wins\n\nIvan Petrov concedes the race.", ["Ana Ruiz wins", "Ivan Petrov concedes the race."]),
        ("Results\n\nTurnout was high\n\nVoters queued for hours.",
         ["Results", "Turnout was high", "Voters queued for hours."]),
        # one newline may wrap a line inside a sentence
        ("Ana Ruiz wins the\nrunoff by 714 votes.", ["Ana Ruiz wins the\nrunoff by 714 votes."]),
        ("Ana Ruiz wins. Ivan Petrov concedes.", ["Ana Ruiz wins.", "Ivan Petrov concedes."]),
    ],
)
def test_paragraph_breaks_end_sentences(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences


def test_a_heading_does_not_reach_into_the_text(nlp):
    # "Polls" in the heading would make the result a poll if it were the same sentence
    doc = nlp("Latest polls\n\nAna Ruiz wins the Ohio governor race with 52 percent of the vote.")
    assert any(f.predicate == "won" for f in doc._.facts)


@pytest.mark.parametrize(
    "text, starts",
    [
        # the first word of each paragraph after the first; a trailing break starts none
        ("Ana Ruiz wins\n\nIvan Petrov concedes.", ["Ivan"]),
        ("Results\n\nTurnout was high\n\n\nVoters queued.", ["Turnout", "Voters"]),
        ("Ana Ruiz wins.\n\n", []),
        # one newline wraps a line; no break in a short item
        ("Ana Ruiz wins the\nrunoff.", []),
        ("Ana Ruiz wins.", []),
    ],
)
def test_paragraph_starts_are_kept_on_the_doc(nlp, text, starts):
    doc = nlp(text)
    assert [doc[i].text for i in doc._.paragraph_starts] == starts
