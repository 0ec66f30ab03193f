"""A title whose jurisdiction the sentence names apart from it: a challenge table of invented leads (round 36).

From pool8_tune's holds_office misses (main 8b7a188: facts 0.934, 11 of its 14 misses holds_office), each a class:
a bare or lower-case title whose one place the sentence names elsewhere ("the Indonesian capital X ... the governor
Y", "Six men from X, including mayor Y", "the mayor of X, Z, says regional Governor Y"); a title with "of the PLACE"
before the name ("Former mayor of the X Islands Y"); a hyphenated vice- title of a province ("former Vice-Governor
of X province"); an office "in the STATE of X" ("Leader of the Opposition in the Australian state of X"); and the
new holder of "sworn in as the 27th Governor-General of X, succeeding Y"; a Nigerian state's governor, titled as the
state is named ("Governor of Edo State"). Near misses: two places of the title's level (no one place is the title's:
GAP, main places the nearest), a city that stands for no division, a central bank's or a club's governor, a mayor in a
game, a hypothetical, a poll. Rows the pipeline does not read yet are marked ``GAP`` (strict xfails); ``score``
counts tp/fp/fn.
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
    # -- a title "of the PLACE" before the name (the KB's place by its longer name) ---------------------------------
    ("Former mayor of the Pitcairn Islands Tom Hart is found guilty of fraud and sentenced to two years.",
     [H("Tom Hart", "Mayor of Pitcairn", qualifier="former")], []),
    ("Former mayor of the Cayman Islands Tom Hart is found guilty of fraud.",
     [H("Tom Hart", "Mayor of the Cayman Islands", qualifier="former")], []),
    ("Former governor of Jalisco Ana Ruiz is arrested in Guadalajara.",
     [H("Ana Ruiz", "Governor of Jalisco", qualifier="former")], []),
    # -- a bare or lower-case title whose one place of its level the sentence names ------------------------------
    ("Six men from Pitcairn Island, including mayor Tom Hart, are charged with fraud.",
     [H("Tom Hart", "Mayor of Pitcairn")], []),
    ("The Pitcairn Island council selects a new mayor after the former mayor, Tom Hart, was convicted of fraud.",
     [H("Tom Hart", "Mayor of Pitcairn", qualifier="former")], []),
    ("The Lyon council meets after the former mayor, Tom Hart, was convicted of fraud.",
     [H("Tom Hart", "Mayor of Lyon", qualifier="former")], []),
    ("The Mexican state of Jalisco will lift its curfew, according to a statement from the governor Ana Ruiz.",
     [H("Ana Ruiz", "Governor of Jalisco")], []),
    ("The Indonesian capital Jakarta will lift its curfew, according to a statement from the governor Budi Santoso.",
     [H("Budi Santoso", "Governor of Jakarta")], []),
    ("The Japanese capital Tokyo will lift its curfew, the governor Ana Ruiz said on Monday.",
     [H("Ana Ruiz", "Governor of Tokyo")], []),
    ("Ivan Petrov, the mayor of Uman, Cherkasy, says regional Governor Oleh Bondar visited the site.",
     [H("Ivan Petrov", "Mayor of Uman"), H("Oleh Bondar", "Governor of Cherkasy")], []),
    ("Officials in Kharkiv said the governor, Oleh Bondar, had ordered an evacuation.",
     [H("Oleh Bondar", "Governor of Kharkiv")], []),
    # -- a Nigerian state's governor, titled with the word State as the state is named ----------------------------
    ("Ana Ruiz, the former governor of Edo State, is charged with money laundering.",
     [H("Ana Ruiz", "Governor of Edo State", qualifier="former")], [H("Ana Ruiz", "Governor of Edo")]),
    ("Ogun Governor Ana Ruiz opened the new bridge on Monday.", [H("Ana Ruiz", "Governor of Ogun State")], []),
    ("Kaduna State Governor Ana Ruiz imposed a curfew.", [H("Ana Ruiz", "Governor of Kaduna State")], []),
    # -- a Crown dependency's lieutenant governor, placed by the territory the sentence names ------------------------
    ("The King is proclaimed by Lieutenant Governor Sir Tom Hart at Government House, Isle of Man.",
     [H("Tom Hart", "Lieutenant Governor of the Isle of Man")], []),
    ("Lieutenant Governor Tom Hart of Ontario flew to Jersey on Monday.",
     [H("Tom Hart", "Lieutenant Governor of Ontario")],
     [H("Tom Hart", "Lieutenant Governor of Jersey")]),
    # -- a vice- title of a province ----------------------------------------------------------------------------
    ("A court convicts Li Wei, former Vice-Governor of Bali province in Indonesia, of bribery.",
     [H("Li Wei", "Vice Governor of Bali", qualifier="former")], [H("Li Wei", "Governor of Bali")]),
    ("Li Wei, the vice governor of Bali, resigned on Monday.", [H("Li Wei", "Vice Governor of Bali")], []),
    ("Bali Vice Governor Li Wei resigned on Monday.", [H("Li Wei", "Vice Governor of Bali")], []),
    # -- an office in the STATE of X --------------------------------------------------------------------------
    ("Tom Hart stands down as the Leader of the Opposition in the Australian state of Victoria.",
     [H("Tom Hart", "Leader of the Opposition of Victoria")], []),
    ("Ana Ruiz, the Leader of the Opposition in the Australian state of Tasmania, resigned on Monday.",
     [H("Ana Ruiz", "Leader of the Opposition of Tasmania")], []),
    ("Ana Ruiz was named Leader of the Opposition in the Canadian province of Ontario on Monday.",
     [H("Ana Ruiz", "Leader of the Opposition of Ontario")], []),
    # -- sworn in as the Nth TITLE, succeeding Y ---------------------------------------------------------------
    ("Tom Hart is sworn in as the 28th Governor-General of New Zealand, succeeding Ana Ruiz.",
     [H("Tom Hart", "Governor-General of New Zealand")],
     [H("Ana Ruiz", "Governor-General of New Zealand", qualifier=None)]),
    ("Tom Hart is sworn in as the 46th Governor of Ohio, succeeding Ana Ruiz.", [H("Tom Hart", "Governor of Ohio")],
     []),
    # -- near misses: no one place of the title's level, no public office, not held ---------------------------
    ("Protesters gathered in Jalisco and Sonora on Monday, according to a statement from the governor Ana Ruiz.",
     [], [H("Ana Ruiz", "Governor of Jalisco"), H("Ana Ruiz", "Governor of Sonora")], GAP),
    ("Six men from Lyon and Marseille, including mayor Tom Hart, are charged with fraud.", [],
     [H("Tom Hart", "Mayor of Lyon"), H("Tom Hart", "Mayor of Marseille")], GAP),
    ("The Indonesian city of Surabaya will lift its curfew, according to a statement from the governor Ana Ruiz.",
     [], [H("Ana Ruiz", "Governor of Surabaya")]),
    ("Six men from Malta, including mayor Tom Hart, are charged with fraud.", [], [H("Tom Hart", "Mayor of Malta")]),
    ("Tom Hart, the governor of the club, said the Ohio team would stay.", [], [H("Tom Hart", "Governor of Ohio")]),
    ("In the board game, Ana Ruiz plays the mayor of a Pitcairn village.", [], [H("Ana Ruiz")]),
    ("Tom Hart would be sworn in as the 28th Governor-General of New Zealand if the King approves.", [],
     [H("Tom Hart", "Governor-General of New Zealand", qualifier=None)]),
    ("A poll asks whether Tom Hart should become the Leader of the Opposition in the Australian state of Victoria.",
     [], [H("Tom Hart", "Leader of the Opposition of Victoria")]),
    ("Tom Hart, the Leader of the Opposition in the US state of Ohio, spoke on Monday.", [],
     [H("Tom Hart", "Leader of the Opposition of Ohio"), H("Tom Hart", "Leader of the Opposition of United States")]),
    ("Tom Hart, the former captain of the Victoria cricket team, was sworn in as a coach.", [], [H("Tom Hart")]),
    ("Ana Ruiz, the governor of the Bank of Japan, spoke in Tokyo on Monday.", [],
     [H("Ana Ruiz", "Governor of Tokyo")]),
    ("Li Wei, vice governor of the Bank of Korea, said rates would rise.", [], [H("Li Wei")]),
    ("Li Wei, the vice-governor of the central bank, said rates would rise.", [], [H("Li Wei")]),
    ("Kharkiv Mayor Ihor Bondar said the governor had left the city.", [H("Ihor Bondar", "Mayor of Kharkiv")],
     [H("Ihor Bondar", "Governor of Kharkiv")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_p8off36_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("p8off36 leads", lambda text: _rows(nlp, text), LEADS, capsys)
