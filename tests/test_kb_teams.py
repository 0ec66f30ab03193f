"""The curated list of North America's major-league teams (models/kb/teams.jsonl) and how their names are read.

A team is named after its city or state ("the Chicago Cubs", "the New England Patriots"): without the entry the city
is read as a GPE and the nickname as a person or nothing. Only the full name is listed (no "Cubs", "Patriots",
"Rangers" alone: words news says of others), and "Texas Rangers" is left out (the state's police force as much).
"""
from __future__ import annotations

import pytest

from pipeline.nlp.components.common import mentions

from conftest import MODELS, check_curated_kb_file

KB_FILE = MODELS / "kb" / "teams.jsonl"


def test_teams_file_is_valid_sorted_and_unambiguous():
    """Sorted unique ids, only sports_team records, a KB that loads, and no name another KB entry has too."""
    check_curated_kb_file(KB_FILE, "sports_team")


@pytest.mark.parametrize("text, orgs, places", [
    ("The Chicago Cubs beat the Montreal Expos 5-3 on Sunday.", ["Chicago Cubs", "Montreal Expos"], []),
    ("Greg Maddux pitched the Chicago Cubs into the lead.", ["Chicago Cubs"], []),
    ("The New England Patriots won a record-tying 18th straight game.", ["New England Patriots"], []),
    ("Fans of the St Louis Blues lined up outside the arena.", ["St Louis Blues"], []),
    # near misses: the city alone, the nickname alone, the state's police force
    ("The rally in Chicago drew 5,000 people, the organisers said.", [], ["Chicago"]),
    ("The Patriots and the Cubs both lost on Sunday.", [], []),
    ("Texas Rangers arrested the county clerk on Friday.", [], ["Texas"]),
])
def test_team_names_read(nlp, text, orgs, places):
    doc = nlp(text)
    assert [s.text for s in mentions(doc, "ORG")] == orgs
    assert [s.text for s in mentions(doc, "GPE")] == places
