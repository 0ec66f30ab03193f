"""A state's or a province's office read as the nation's: a challenge table of invented leads.

News of a federation names a division's minister by the division's name or possessive before the title ("Ontario
Health Minister X", "British Columbia's Health Minister X", "Bavarian Interior Minister X"), or by one possessive
shared with a titled name joined by "and" ("British Columbia's deputy provincial health officer Y and Health Minister
X", "Ontario Premier Y and Education Minister X"). Main read them all as the nation's ministers (Minister of Health
of Canada), walking the province up to its country. Where the division's country gives its divisions ministers of
the title (roles.jsonl ``state_titled``) the office is the division's; elsewhere it is left out ("California Health
Secretary X" is no United States Secretary). Round 37 (subnat37): real cases in ce_off (ce-059eb0a354, British
Columbia) and agw (ag-3571, a Massachusetts House speaker), and dev_tune's Wisconsin Senate (ce-e73698aff8). Near
misses keep the nation: "Canada's", "federal", an Australian minister meeting a state's officials, a national
minister sent to a province in another clause, a US state's senator (a member of the US Senate), a prize, a league.
Rows the pipeline does not read yet are marked ``GAP`` (strict xfails); ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, held_row, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("holds_office",)


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a division's name or possessive before the title: the division's own minister ----------------------------
    ("Ontario Health Minister Ana Lind announced 500 new cases on Monday.",
     [H("Ana Lind", "Minister of Health of Ontario")], [H("Ana Lind", "Minister of Health of Canada")]),
    ("Alberta Finance Minister Tom Hart tabled the provincial budget on Thursday.",
     [H("Tom Hart", "Minister of Finance of Alberta")], [H("Tom Hart", "Minister of Finance of Canada")]),
    ("British Columbia's Health Minister Ana Lind said the province would expand testing.",
     [H("Ana Lind", "Minister of Health of British Columbia")], [H("Ana Lind", "Minister of Health of Canada")]),
    ("Queensland Health Minister Ana Lind said the state would reopen its border next month.",
     [H("Ana Lind", "Minister of Health of Queensland")], [H("Ana Lind", "Minister of Health of Australia")]),
    ("New South Wales Education Minister Ana Lind resigned on Friday.",
     [H("Ana Lind", "Minister of Education of New South Wales")],
     [H("Ana Lind", "Minister of Education of Australia")]),
    ("Kerala Finance Minister Tom Varkey presented the state budget on Friday.",
     [H("Tom Varkey", "Minister of Finance of Kerala")], [H("Tom Varkey", "Minister of Finance of India")]),
    ("Maharashtra Home Minister Ravi Deshmane ordered an inquiry into the riot.",
     [H("Ravi Deshmane", "Minister of Home Affairs of Maharashtra")],
     [H("Ravi Deshmane", "Minister of Home Affairs of India")]),
    ("Quebec Health Minister Ana Lind announced a curfew on Wednesday.",  # a province and a city of that name
     [H("Ana Lind", "Minister of Health of Quebec")], [H("Ana Lind", "Minister of Health of Canada")]),
    ("Bavarian Interior Minister Lukas Weber called for tighter border checks.",
     [H("Lukas Weber", "Minister of the Interior of Bavaria")],
     [H("Lukas Weber", "Minister of the Interior of Germany")]),
    # -- one possessive or name shared by two titled names joined by "and" ------------------------------------------
    ("British Columbia's deputy provincial health officer Bo Stam and Health Minister Ana Lind announce 1,120 new "
     "cases.", [H("Ana Lind", "Minister of Health of British Columbia")],
     [H("Ana Lind", "Minister of Health of Canada")]),
    ("Ontario Premier Doug Marsh and Education Minister Ana Lind announced school closures on Monday.",
     [H("Doug Marsh", "Premier of Ontario"), H("Ana Lind", "Minister of Education of Ontario")],
     [H("Ana Lind", "Minister of Education of Canada")]),
    # -- a division whose country gives it no such office: no nation's office either ---------------------------------
    ("California Health Secretary Ana Lind announced new rules for nursing homes.", [], [H("Ana Lind")]),
    ("Scottish Health Secretary Ana Lind announced new rules for care homes.", [], [H("Ana Lind")]),
    # -- a state's legislature: its own speaker, none of the nation's -----------------------------------------------
    ("Former Massachusetts House speaker Tom Hart is the new president of a trade group.",
     [H("Tom Hart", "Speaker of the Massachusetts House of Representatives")],
     [H("Tom Hart", "Speaker of the United States House of Representatives")]),
    ("Former House speaker Tom Hart is the new president of the Massachusetts Biotechnology Council, a trade group "
     "whose members include the largest biotechnology companies in the state.", [],
     [H("Tom Hart", "Speaker of the United States House of Representatives")], GAP),
    # -- near misses: the nation's minister stays -------------------------------------------------------------------
    ("Canada's Health Minister Ana Lind visited Ontario on Monday.",
     [H("Ana Lind", "Minister of Health of Canada")], [H("Ana Lind", "Minister of Health of Ontario")]),
    ("Ontario Premier Doug Marsh and federal Health Minister Ana Lind met in Toronto on Monday.",
     [H("Doug Marsh", "Premier of Ontario"), H("Ana Lind", "Minister of Health of Canada")],
     [H("Ana Lind", "Minister of Health of Ontario")]),
    ("Georgia Health Minister Ana Lind met officials of the World Health Organization in Tbilisi.",  # a country too
     [H("Ana Lind", "Minister of Health of Georgia")], []),
    ("Australian Health Minister Ana Lind met Queensland officials in Brisbane on Tuesday.",
     [H("Ana Lind", "Minister of Health of Australia")], [H("Ana Lind", "Minister of Health of Queensland")]),
    ("Indian Finance Minister Ravi Deshmane visited Kerala on Monday.",
     [H("Ravi Deshmane", "Minister of Finance of India")], [H("Ravi Deshmane", "Minister of Finance of Kerala")]),
    ("Wildfires raged across British Columbia as Defence Minister Ana Lind sent troops to help.",
     [H("Ana Lind", "Minister of Defence of Canada")], [H("Ana Lind", "Minister of Defence of British Columbia")]),
    ("Ontario's premier criticized Prime Minister Tom Hart and Health Minister Ana Lind on Monday.",  # a verb between
     [H("Ana Lind", "Minister of Health of Canada")], [H("Ana Lind", "Minister of Health of Ontario")], GAP),
    ("Texas Governor Bo Stam and Agriculture Secretary Ana Lind toured the flooded farms on Monday.",
     [H("Bo Stam", "Governor of Texas"), H("Ana Lind", "United States Secretary of Agriculture")], []),
    ("Illinois Senator Tom Hart won the Democratic caucus on Tuesday.",
     [H("Tom Hart", "Member of the United States Senate")], [H("Tom Hart", "Member of the Illinois State Senate")]),
    ("The Ontario Health Minister's Award for nursing went to Ana Lind, a nurse in Sudbury.", [], [H("Ana Lind")]),
    ("Ontario Hockey League commissioner Tom Hart handed the trophy to the Kitchener Rangers.", [], [H("Tom Hart")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_subnat37_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("subnat37 leads", lambda text: _rows(nlp, text), LEADS, capsys)
