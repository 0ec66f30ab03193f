"""Election rows a lead names but the pipeline writes once or not at all: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries) with the ``election`` rows it must give and those it
must not. The causes, counted on the tune golds' election misses (round 28), recur across items but each in another
construction, so no rule reads them yet: a second election in one lead (both chambers renewed, "a mayor and 50
aldermen", "an election of president, senators and deputies", "a legislative election held alongside European
Parliament elections", two governorships in one office mention), each a race of its own; a by-election whose seat a
Westminster-style lead names by its place only ("a by-election in the town of Kestrel", "Voters in Kestrel ... in a
by-election", "flip the seats of Kestrel and Velmar in two by-elections"): "Member of Parliament for <seat>", never
the country's generic member. Near misses: a state or province is no seat, a place of a general election is no
by-election's, a chamber that votes on a bill holds no election, a party's two leadership posts are no public race.
Rows the pipeline does not read yet are ``GAP`` (strict xfails); ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("election",)


def E(subject=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="election", **({"subject": subject} if subject is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a second election in one lead ----------------------------------------------------------------
    ("Argentina held legislative elections on Sunday to renew half the Chamber of Deputies and a third of the "
     "Senate.", [E("Member of the Argentine Chamber of Deputies"), E("Member of the Argentine Senate")], [], GAP),
    ("Voters in Chile go to the polls for a general election of president, senators and deputies.",
     [E("President of Chile", kind="general"), E("Member of the Senate of Chile"),
      E("Member of the Chamber of Deputies of Chile")], [], GAP),
    ("Voters in Denver go to the polls to elect a mayor and 13 council members.",
     [E("Mayor of Denver"), E("Member of the Denver City Council")], []),
    ("Elections are held on Tuesday for the governors of Ohio and Texas.",
     [E("Governor of Ohio"), E("Governor of Texas")], [], GAP),
    ("In a legislative election held alongside European Parliament elections, the Liberal Party of Mara Holm wins a "
     "plurality in Luxembourg's Chamber of Deputies.",
     [E("Member of the European Parliament"), E("Member of the Chamber of Deputies of Luxembourg")], [], GAP),
    ("Colombians vote in the election of a new president and a new vice president.",
     [E("President of Colombia"), E("Vice President of Colombia")], [], GAP),
    ("Voters in Mexico elect a new president and all 500 members of the Chamber of Deputies on Sunday.",
     [E("President of Mexico"), E("Member of the Chamber of Deputies of Mexico")], []),
    # -- a by-election's seat named by its place -------------------------------------------------------
    ("The resignation of Labour MP Tom Verrall will trigger a by-election in the town of Kettering in central "
     "England.", [E("Member of Parliament for Kettering", kind="special")], [], GAP),
    ("Voters in Dunmore, England, go to the polls in a by-election after the death of Conservative MP Jane Arlow.",
     [E("Member of Parliament for Dunmore", kind="special")],
     [E("Member of Parliament of the United Kingdom", kind="special")], GAP),
    ("In the United Kingdom, the Liberal Democrats' Ann Pell and Rob Stowe flip the seats of Kettering and Dunmore "
     "in two by-elections.",
     [E("Member of Parliament for Kettering", kind="special"), E("Member of Parliament for Dunmore", kind="special")],
     [], GAP),
    ("The Kettering by-election in England will be held on July 4 after Labour MP Tom Verrall stood down.",
     [E("Member of Parliament for Kettering", kind="special")], []),
    ("Labour holds the seat of Dunmore in a by-election in England after MP Jane Arlow resigned.",
     [E("Member of Parliament for Dunmore", kind="special")], []),
    ("Canada's Liberals lose the riding of Ottawa Centre in a by-election to the New Democrat Sara Pike.",
     [E("Member of Parliament for Ottawa Centre", kind="special")], [], GAP),
    # -- near misses ------------------------------------------------------------------------------------
    ("A by-election in Ontario will be held in the autumn after the death of MPP Tom Reid.",
     [], [E("Member of Parliament for Ontario")]),
    ("Voters in Leeds, England, cast ballots on Thursday in a general election that Labour is expected to win.",
     [], [E("Member of Parliament for Leeds"), E(kind="special")]),
    ("The Chamber of Deputies and the Senate of Argentina vote on the budget bill on Tuesday.",
     [], [E("Member of the Argentine Chamber of Deputies"), E("Member of the Argentine Senate")]),
    ("The Green Party elects Ana Ruiz as its leader and Tom Hale as its deputy leader at its conference.",
     [], [E("Deputy Leader of the Green Party")]),
    ("Mayor Lena Marsh of Denver meets the 13 council members on Tuesday to discuss the city budget.",
     [], [E("Mayor of Denver"), E("Member of the Denver City Council")]),
    ("Ohio Governor Tom Hart and Texas Governor Ana Ruiz met in Washington on Tuesday.",
     [], [E("Governor of Ohio"), E("Governor of Texas")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                     date=f.date, kind=f.kind))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_election_rows_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("election rows leads", lambda text: _rows(nlp, text), LEADS, capsys)
