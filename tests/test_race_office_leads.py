"""The race's office where the sentence does not name it: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries) with the ``election`` rows it must give and those it
must not. The causes the table covers, counted on the tune golds' election misses (round 27): the office of the
holder a field runs to replace or succeed ("vying to replace Ohio Attorney General X": that office's primary); the
office of the "incumbent" a runoff or primary is fought by ("Incumbent Sen. X defeated Y in Georgia's runoff": a
Senate runoff); a local office named only by its holder's title ("run against Hamilton County Sheriff X in the May
primary"); the year of a past election ("won election to her first term as governor of Ohio in 2014"). Near
misses: a leadership contest of a party, a coach or a board's chair replaced, an office in another clause than the
race's. Rows the pipeline does not read yet are marked ``GAP`` (strict xfails, so a fix shows up as an unexpected
pass); ``score`` counts the table's tp/fp/fn over the election rows.
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
    # -- the office of the holder a field runs to replace or succeed -----------------------------------
    ("The primary is four months away, but the field vying to replace Ohio Attorney General Lena Marsh keeps "
     "growing.", [E("Attorney General of Ohio", kind="primary")], [], GAP),
    ("Three candidates are running to succeed Governor Tom Hart of Ohio in the November election.",
     [E("Governor of Ohio")], [], GAP),
    ("Kenya's opposition named its candidate on Monday to succeed President Daniel Okoro in the August election.",
     [E("President of Kenya")], [], GAP),
    ("Running to replace retiring Mayor Ana Ruiz of Lyon, Lukas Weber won the first round on Sunday.",
     [E("Mayor of Lyon")], [], GAP),
    ("Voters in Ghana go to the polls on Saturday to replace President Kofi Mensah, who is stepping down after two "
     "terms.", [E("President of Ghana", date="2024-06-08")], []),
    ("The seat fell vacant when Sen. Paul Reed died in March, and a special election to replace him will be held "
     "in November.", [E("Member of the United States Senate", kind="special")], [], GAP),
    # -- the office of the incumbent who fights the race ------------------------------------------------
    ("Incumbent Sen. Paul Reed defeated challenger Dana Cole in Georgia's runoff election on Tuesday.",
     [E("Member of the United States Senate", kind="runoff")], [], GAP),
    ("Incumbent Governor Lisa Crane of Kansas was forced into a runoff with Mark Dell after Tuesday's primary.",
     [E("Governor of Kansas", kind="runoff")], []),
    # -- a local office named by its holder's title ----------------------------------------------------
    ("Two challengers filed on Friday to run against Hamilton County Sheriff Joe Baird in the May primary.",
     [E("Sheriff of Hamilton County", kind="primary")], [], GAP),
    ("Sheriff Joe Baird of Hamilton County faces a primary challenge from deputy Mark Dell on May 7.",
     [E("Sheriff of Hamilton County", kind="primary")], [], GAP),
    # -- the year of a past election -------------------------------------------------------------------
    ("Maria Lenz won election to her first term as governor of Ohio in 2014.",
     [E("Governor of Ohio", date="2014")], [], GAP),
    ("The last time a recount overturned a result in an election was for the governorship of Ohio in 2010, when "
     "Tom Brandt won by six votes.", [E("Governor of Ohio", date="2010")], []),
    ("Lenz lost the 2014 race for governor of Ohio to Tom Brandt.", [E("Governor of Ohio", date="2014")], []),
    ("Governor Tom Hart of Ohio, first elected in 2014, is not on the ballot in the Senate runoff on Tuesday.",
     [E("Governor of Ohio", date="2014"), E("Member of the United States Senate", kind="runoff")],
     [E("Governor of Ohio", kind="runoff")], GAP),
    # -- near misses: no race of the office named ------------------------------------------------------
    ("The ruling party opened its leadership contest on Tuesday, with three ministers vying to replace Prime "
     "Minister Ana Ruiz of Spain as party leader.", [], [E("Prime Minister of Spain")]),
    ("Lukas Weber will replace Ivan Petrov as coach of the national team after the election of the federation's "
     "board on Monday.", [], [E()], GAP),  # a federation's board vote is no public election: a row today
    ("The board voted on Monday to replace Chairman Tom Hart after an audit.", [], [E()]),
    ("The school board election on Tuesday drew few voters, months after Governor Tom Hart of Ohio signed the "
     "budget.", [], [E("Governor of Ohio")]),
    ("Former Governor Tom Hart of Ohio, who retired in 2010, endorsed Lisa Crane in the mayoral primary on "
     "Tuesday.", [], [E("Governor of Ohio")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                     date=f.date, kind=f.kind))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_race_office_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("race office leads", lambda text: _rows(nlp, text), LEADS, capsys)
