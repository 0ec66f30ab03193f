"""pipeline.nlp.components.common: the pattern gate that spares a Matcher the documents it cannot match."""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from pipeline.nlp.components.common import PatternGate, load_patterns
from pipeline.nlp.components.figures import load_figure_patterns

from conftest import MODELS

COUNTY = [{"IS_TITLE": True}, {"ORTH": "County"}]
BOARD = [{"IS_TITLE": True, "OP": "{1,3}"}, {"LOWER": {"IN": ["board", "office"]}}, {"LOWER": "of"},
         {"LOWER": {"IN": ["elections", "election"]}}]
VOTES = [{"LIKE_NUM": True, "OP": "+"}, {"LOWER": "and", "OP": "?"}, {"LOWER": "votes"}]
OPTIONAL_ONLY = [{"LIKE_NUM": True}, {"LOWER": "percent", "OP": "?"}]
NEGATED = [{"LIKE_NUM": True}, {"LOWER": "votes", "OP": "!"}]
AT_LEAST_ONE = [{"LIKE_NUM": True}, {"LOWER": "seats", "OP": "{1,2}"}]
AT_MOST_TWO = [{"LIKE_NUM": True}, {"LOWER": "seats", "OP": "{,2}"}]


@pytest.mark.parametrize("patterns, text, opens", [
    ([COUNTY], "Voters in Orange County went to the polls.", True),
    ([COUNTY], "Voters in orange county went to the polls.", False),  # ORTH is case-sensitive, as in the Matcher
    ([COUNTY], "The county board met.", False),
    ([BOARD], "The Fulton County Board of Elections certified it.", True),  # LOWER: any case
    ([BOARD], "The board met on Monday.", False),  # the head word ("elections") is the anchor, not "board"
    ([VOTES], "She won by 300 votes.", True),
    ([VOTES], "She won by 300 ballots.", False),
    ([COUNTY, VOTES], "She won by 300 votes.", True),
    ([OPTIONAL_ONLY], "Nothing to see here.", True),  # no required word: always open
    ([NEGATED], "Nothing to see here.", True),  # a negated token is no anchor
    ([AT_LEAST_ONE], "Nothing to see here.", False),
    ([AT_LEAST_ONE], "They won 12 seats.", True),
    ([AT_MOST_TWO], "Nothing to see here.", True),
    (["Orange County"], "Nothing to see here.", True),  # a phrase pattern: always open
    ([COUNTY], "", False),
])
def test_common_pattern_gate_opens_only_where_a_pattern_can_match(patterns, text, opens):
    nlp = spacy.blank("en")
    assert PatternGate(nlp.vocab, patterns).may_match(nlp.make_doc(text)) is opens


#: Sentences with and without the shapes of the project's entity and figure patterns.
SENTENCES = [
    "Turnout in Orange County was 52%, and Jefferson Parish counted 1,380 of 1,381 votes.",
    "The Board of Elections said 4,500 provisional ballots remain; she leads by 3.2 percentage points.",
    "Twenty-five per cent of the ballots were mail-in, 12-vote margin, one vote, 30 pct.",
    "The weather was calm and nobody counted anything.",
    "",
]


@pytest.mark.parametrize("patterns", [
    [p["pattern"] for p in load_patterns(MODELS / "patterns" / "entities.jsonl")],
    [p[3] for p in load_figure_patterns(MODELS / "patterns" / "figures.jsonl")],
], ids=["entities", "figures"])
@pytest.mark.parametrize("text", SENTENCES)
def test_common_pattern_gate_never_hides_a_match(patterns, text):
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for i, pattern in enumerate(patterns):
        matcher.add(str(i), [pattern])
    doc = nlp(text)
    if matcher(doc):
        assert PatternGate(nlp.vocab, patterns).may_match(doc)
