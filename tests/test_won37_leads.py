"""A prize, a medal or a sporting title won is no election won: a table of invented leads for one recurring shape.

Why: "X won the <Prize>" recurs across sources (AG wires ag-2088, ag-3431, ag-3454, ag-3483; Current-events items of
ce_off; invented_results won5-061, won5-074; invented_figures f5-024), and where the story also says "democracy" or
"votes" (ag-3483: "campaigned for ... greater democracy ..., won the 2004 Nobel Peace Prize"; f5-024: "won the
Halvorsen Prize after receiving 7 of the jury's 11 votes") the election-context gate lets won.verb read a prize as a
win. The thing won names the contest: a prize, an award, a medal, a trophy, a championship, a cup or a title is no
office. Positives keep the prize word nearby and the election won: the win must stay. Negatives: a prize, an award,
a medal, a championship, a title, a trophy won in a story of elections, a hypothetical prize, a denial. People are
invented; countries and offices are real. ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score  # noqa: F401  (GAP: the house format's flag)
from paraphrase import result_rows as _rows, votes as V, won as W  # noqa: N812


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # the election won stays won, a prize word beside it or not
    ("Ana Ruiz won the presidential election in Peru with 54 percent of the vote.",
     [W("Ana Ruiz", "President of Peru"), V("Ana Ruiz", 54)], []),
    ("Ivan Petrov wins the presidency of Chile, a prize his party had sought for decades.",
     [W("Ivan Petrov", "President of Chile")], []),
    ("Novelist Ana Ruiz, who once won a literary prize, is elected Mayor of Lima.",
     [W("Ana Ruiz", "Mayor of Lima")], []),
    ("Former tennis champion Tomas Berg won the Oslo mayoral election on Monday, the electoral board said.",
     [W("Tomas Berg")], []),
    ("Lena Marsh won the governorship of Ohio by 12,000 votes, a title her father had held.",
     [W("Lena Marsh", "Governor of Ohio")], []),
    # a prize, an award, a medal, a trophy, a championship or a title won in a story of elections
    ("Amina Wekesa, a Kenyan who has campaigned for greater democracy in her home country, won the 2004 Nobel Peace "
     "Prize yesterday.", [], [W("Amina Wekesa")]),
    ("Novelist Sera Halvorsen won the Lindqvist Prize after receiving 7 of the jury's 11 votes, the foundation said.",
     [], [W("Sera Halvorsen")]),
    ("Reporter Ana Ruiz won the Pulitzer Prize for her coverage of the Peruvian presidential election.", [],
     [W("Ana Ruiz")]),
    ("Mayor Ivan Petrov of Lima won an award for the city's election-day transit plan.", [], [W("Ivan Petrov")]),
    ("Senate candidate Ana Ruiz won a gold medal in shooting before she entered politics in Chile.", [],
     [W("Ana Ruiz")]),
    ("Tomas Petrov, the son of presidential candidate Ivan Petrov, won the national chess championship on the eve "
     "of the election.", [], [W("Tomas Petrov"), W("Ivan Petrov")]),
    ("Three days before the presidential election, Ana Ruiz won the Wimbledon title.", [], [W("Ana Ruiz")]),
    ("Campaign strategist Ivan Petrov won the trophy for the best election advertisement of the year.", [],
     [W("Ivan Petrov")]),
    # a prize hoped for, and an election not won
    ("Ana Ruiz could win the Nobel Peace Prize for overseeing a peaceful election in Peru.", [], [W("Ana Ruiz")]),
    ("Ana Ruiz did not win the presidential election in Peru, the electoral board said.", [], [W("Ana Ruiz")]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_won37_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("won37 leads", lambda text: _rows(nlp, text), LEADS, capsys)
