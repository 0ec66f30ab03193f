"""Plural member nouns in the list of offices an election fills: a challenge table of invented leads.

Each row is an invented lead (invented people, real places) listing the offices a vote fills, one of them a body's
members written as a plural noun: "a president, senators and deputies" (Chile), "a president, three vice-presidents
and 128 deputies" (Honduras), "a mayor and 50 aldermen" (Chicago). Such a noun is the member office of the
country's body (a deputy sits in the lower house of a two-chamber legislature, in the one chamber elsewhere) or of
the city's council, and the vote's row for it is a race of its own. Harvested in round 37 on dev_tune (Chile,
Chicago, Liberia), invented_elections (Honduras) and pool (Brazil's mayors and councillors, a near miss: many
cities, no one council). Near misses: deputies of a minister or a mayor, a sheriff's deputies, senators or deputies
who speak or vote in parliament, a party's deputies, a club's or a poll's list. Rows the pipeline does not read yet
are ``GAP`` (strict xfails); ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_doc, lead_params, print_table_score

ANCHOR = "2024-06-01"
#: The OFFICE mentions the table scores: a body's members' offices (the other offices of a lead are other tables').
MEMBER = "Member "


def E(subject=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="election", **({"subject": subject} if subject is not None else {}), **extra)


def O(text, entity):  # noqa: N802, E743 - an OFFICE mention
    return dict(predicate="OFFICE", text=text, entity=entity)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a plural member noun in a list of offices a vote fills -----------------------------------------
    ("Hondurans vote on Sunday to choose a president, three vice-presidents and 128 deputies.",
     [O("deputies", "Member of the National Congress of Honduras")], []),
    # ... its race: a plural the roles lack ("three vice-presidents") ends the election's list of offices before it
    ("Hondurans vote on Sunday to choose a president, three vice-presidents and 128 deputies.",
     [E("Member of the National Congress of Honduras")], [], GAP),
    ("Chileans head to the polls to elect a new president, 50 senators and 155 deputies.",
     [O("deputies", "Member of the Chamber of Deputies of Chile"), E("Member of the Chamber of Deputies of Chile"),
      E("Member of the Senate of Chile")], [E("Member of the National Congress of Chile")]),
    ("Voters in Mexico elect a president, 128 senators and 500 deputies on Sunday.",
     [O("deputies", "Member of the Chamber of Deputies of Mexico"), E("Member of the Chamber of Deputies of Mexico")],
     []),
    ("Voters in the Dominican Republic go to the polls to elect a president, senators and deputies.",
     [O("deputies", "Member of the Chamber of Deputies of the Dominican Republic")], []),
    ("Paraguayans vote to select a president, 45 senators and 80 deputies in Sunday's general election.",
     [O("deputies", "Member of the Chamber of Deputies of Paraguay"), E("Member of the Chamber of Deputies of Paraguay")],
     []),
    ("Voters in Chile go to the polls for a general election of president, senators and deputies.",
     [O("deputies", "Member of the Chamber of Deputies of Chile")], []),
    # the election's rows through "election of": one lead of all the text read (round 37), left for its recurrence
    ("Voters in Chile go to the polls for a general election of president, senators and deputies.",
     [E("Member of the Senate of Chile"), E("Member of the Chamber of Deputies of Chile")], [], GAP),
    ("Voters in the American city of Milwaukee go to the polls to elect a mayor and 15 aldermen.",
     [O("aldermen", "Member of the Milwaukee City Council"), E("Member of the Milwaukee City Council"),
      E("Mayor of Milwaukee")], []),
    ("Residents of Chicago, Illinois, elect a mayor, a city clerk and 50 aldermen on Tuesday.",
     [O("aldermen", "Member of the Chicago City Council")], []),
    # ... its race: an office the roles lack ("a city clerk") ends the election's list of offices before it
    ("Residents of Chicago, Illinois, elect a mayor, a city clerk and 50 aldermen on Tuesday.",
     [E("Member of the Chicago City Council")], [], GAP),
    ("Alderman Tom Hale of Chicago announced on Monday that he will run for mayor.",
     [O("Alderman", "Member of the Chicago City Council")], []),
    # -- near misses: no body's members, or no election -------------------------------------------------
    ("Brazilians go to the polls to elect mayors and city councillors in 5,500 municipalities.",
     [], [O("city councillors", "Member of the Brazil City Council")]),
    ("Honduran President Ana Ruiz and her deputies met the IMF mission on Sunday.",
     [], [O("deputies", "Member of the National Congress of Honduras")]),
    ("The Chilean foreign minister and two deputies of the minister flew to Lima on Sunday.",
     [], [O("deputies", "Member of the Chamber of Deputies of Chile")]),
    ("The sheriff and three deputies arrested Tom Hale in Austin, Texas, on Sunday.",
     [], [O("deputies", "Member of the Parliament of the United States")]),
    ("Chilean senators said on Monday that deputies would vote on the pension bill next week.",
     [], [E("Member of the Senate of Chile"), E("Member of the Chamber of Deputies of Chile")]),
    ("The ruling party in Mexico told its deputies to vote for the budget in Congress on Tuesday.",
     [], [E("Member of the Chamber of Deputies of Mexico")]),
    ("The mayor of Lyon and his deputies presented the city budget on Monday.",
     [], [O("deputies", "Member of the Parliament of France"), O("deputies", "Member of the National Assembly of France")]),
    ("A poll in Chile asks voters whether they trust the president, senators and deputies.",
     [], [E("Member of the Chamber of Deputies of Chile")]),
    # a club's president is read as the country's (main gives its election row too): its listed deputies follow it
    ("Members of the chess club of Santiago, Chile, elect a president and two deputies on Sunday.",
     [], [E("President of Chile"), E("Member of the Chamber of Deputies of Chile")], GAP),
]


def _rows(nlp, text: str) -> list[dict]:
    doc = lead_doc(nlp, text, ANCHOR)
    ent = lambda s: s._.entity if s is not None else None  # noqa: E731
    return [dict(predicate="OFFICE", text=s.text, entity=s._.entity) for s in doc.spans["mentions"]
            if s.label_ == "OFFICE" and (s._.entity or "").startswith(MEMBER)] + \
        [dict(predicate=f.predicate, subject=ent(f.subject), date=f.date, kind=f.kind)
         for f in doc._.facts if f.predicate == "election"]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_plural_member_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("plural member leads", lambda text: _rows(nlp, text), LEADS, capsys)
