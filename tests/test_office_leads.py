"""Offices of bodies' and parties' heads in news leads: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries) in the wording of one kind of outlet (wire, local
paper, broadcaster, headline or body), with the ``holds_office`` rows it must give and those it must not (near
misses: a body's own abbreviation that is no aside, a team inside a body, a winner beside a commission's chair). A
wanted row names only the fields it checks; a row passes when every wanted row is found and no unwanted one is.
Rows the pipeline does not read yet are marked ``GAP`` (strict xfails, so a fix shows up as an unexpected pass).
``score`` counts the table's tp/fp/fn (fp: any ``holds_office`` row no wanted row matches).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, table_score

ANCHOR = "2023-09-09"
#: The predicates the table scores.
SCORED = ("holds_office", "won")


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def W(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- "chairperson": the title as written names the post ----------------------------------------
    ("LUSAKA - Electoral Commission of Zambia Chairperson Amos Banda on Sunday declared Mr Phiri the winner.",
     [H("Amos Banda", "Chairperson of the Electoral Commission of Zambia")], []),
    ("African Union chairperson Moussa Kone urged calm after the disputed vote in Mali.",
     [H("Moussa Kone", "Chairperson of the African Union")], []),
    ("Peter Kamau, the chairperson of the National Electoral Commission, said turnout was 61 percent.",
     [H("Peter Kamau", "Chairperson of the National Electoral Commission")], []),
    ("African National Congress chairperson Jane Mokoena opened the party's conference in Johannesburg.",
     [H("Jane Mokoena", "Chairperson of the African National Congress")], []),
    # -- an apposition whose body's abbreviation follows in parentheses ---------------------------
    ("The results were announced by Peter Kamau, chairman of the Independent National Electoral Commission (INEC), "
     "in Abuja on Tuesday.",
     [H("Peter Kamau", "Chairman of the Independent National Electoral Commission")], []),
    ("Mary Toe, leader of the Democratic Alliance (DA), said she would contest the Cape Town mayoralty.",
     [H("Mary Toe", "Leader of the Democratic Alliance")], []),
    ("Opposition figure Tom Hart, chairman of the Electoral Commission of Zambia (ECZ), resigned on Friday.",
     [H("Tom Hart", "Chairman of the Electoral Commission of Zambia")], []),
    # -- an electoral commission's head is its chairman -------------------------------------------
    ("Provisional results were read out by Peter Kamau, head of the Independent National Electoral Commission "
     "(INEC), in the capital.",
     [H("Peter Kamau", "Chairman of the Independent National Electoral Commission")], []),
    ("Turnout reached 70 percent, said Ana Ruiz, head of the Electoral Commission of Zambia.",
     [H("Ana Ruiz", "Chairman of the Electoral Commission of Zambia")], []),
    # -- known before this round -----------------------------------------------------------------
    ("Electoral Commission of Zambia Chairman Amos Banda declared Mr Phiri the winner.",
     [H("Amos Banda", "Chairman of the Electoral Commission of Zambia")], []),
    ("Labour Party chairman John Smith said the by-election would be fought hard.",
     [H("John Smith", "Leader of the Labour Party")], []),
    ("Arab League head Amr Zaki met the king in Amman on Monday.",
     [H("Amr Zaki", "Secretary-General of the Arab League")], []),
    # -- not read yet ----------------------------------------------------------------------------
    ("Liberia's electoral commission declared Mr Toe the winner, as announced by Mary Kollie, the president of the "
     "commission.", [H("Mary Kollie", "President of the National Electoral Commission")], [], GAP),
    ("Electoral Commission of Zambia Chairperson Justice Amos Banda declared Mr Phiri winner.",
     [H("Amos Banda", "Chairperson of the Electoral Commission of Zambia")], [], GAP),
    # -- near misses -----------------------------------------------------------------------------
    ("Peter Kamau, the head of the commission's legal team, said turnout was low.", [], [H("Peter Kamau")]),
    ("Peter Kamau, head of the Kestrel Teachers Association, backed the strike in Nairobi.", [], [H("Peter Kamau")]),
    ("Mary Toe, leader of the Democratic Alliance (in opposition since 2019), spoke.", [],
     [H("Mary Toe", "Leader of the Democratic Alliance")]),
    ("Kim Il-nam was re-elected Chairman of the National Defense Commission.",
     [W("Kim Il-nam", "Chairman of the National Defense Commission")], []),
    ("Ghana's Electoral Commission chairwoman, Ama Mensah, declared Mr Owusu the winner.", [],
     [W("Owusu", "Chairman of the Electoral Commission")]),
    ("The head of the Independent National Electoral Commission said the count would resume.", [], [H("Peter Kamau")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                     obj=ent(f.object)))


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_office_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)
