"""The curated list of North America's major-league teams (models/kb/teams.jsonl) and how their names are read.

A team is named after its city or state ("the Chicago Cubs", "the New England Patriots"): without the entry the city
is read as a GPE and the nickname as a person or nothing. Only the full name is listed (no "Cubs", "Patriots",
"Rangers" alone: words news says of others), and "Texas Rangers" is left out (the state's police force as much).
"""
from __future__ import annotations

import json
from collections import defaultdict

import pytest

from pipeline.nlp.components.common import mentions
from pipeline.nlp.kb import fold, load_kb

from conftest import MODELS

KB_FILE = MODELS / "kb" / "teams.jsonl"


def records() -> list[dict]:
    return [json.loads(line) for line in KB_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_teams_file_is_valid_sorted_and_only_teams():
    rows = records()
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert all(r["label"] == "ORG" and r["type"] == "sports_team" and r["id"].startswith("org:") for r in rows)
    load_kb(sorted((MODELS / "kb").glob("*.jsonl")))  # validates every record


def test_no_team_name_is_another_kb_name():
    """A team's name or alias names nothing else the KB knows (a place, a party, a company)."""
    owners = defaultdict(set)
    for path in sorted((MODELS / "kb").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for alias in {r["name"], *r.get("aliases", [])}:
                    owners[fold(alias)].add(r["id"])
    forms = {fold(a) for r in records() for a in {r["name"], *r.get("aliases", [])}}
    assert {f: v for f, v in owners.items() if f in forms and len(v) > 1} == {}


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
