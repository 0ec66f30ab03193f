"""A cabinet minister's country is not the place he travels to: a challenge table of invented leads.

The fresh AG text gives "Finance Minister P Chidambaram will lead a delegation for the annual IMF-World Bank meeting
in Washington, where New Delhi would press for aid" as United States Minister of Finance: a bare portfolio title
(no demonym, no possessive) takes the story's place, and a minister's travel names a place that is not his. The
foreign minister's role already reads this (roles.jsonl ``story_place`` single, ``abroad_before``): placed by the
story only where it names one country, and never by a place visited. The other portfolio ministers (finance,
defence, trade, health, energy, ...) travel as much: summits, IMF and NATO meetings, trade talks. Near misses that
keep their country: a demonym or a possessive before the title, a story of one country with no trip in it, a visit
inside the minister's own country named by its possessive. ``score`` counts the table's holds_office tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import check_lead, held_row, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("holds_office",)


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a place the minister travels to, or meets in: not his country -------------------------------------------
    ("Finance Minister Arjun Mehta will lead a delegation to the annual IMF meeting in Washington next week.",
     [], [H("Arjun Mehta", "Minister of Finance of the United States")]),
    ("Finance Minister Arjun Mehta will attend the G20 meeting in Washington, where New Delhi will press for aid.",
     [], [H("Arjun Mehta", "Minister of Finance of the United States")]),
    ("Defence Minister Tomas Varga met NATO counterparts at a summit in Brussels on Tuesday.",
     [], [H("Tomas Varga", "Minister of Defence of Belgium")]),
    ("Trade Minister Lena Ostrova arrived in Tokyo on Monday for talks on steel tariffs.",
     [], [H("Lena Ostrova", "Minister of Trade of Japan")]),
    ("Energy Minister Omar Haddad visited Moscow to discuss gas prices.",
     [], [H("Omar Haddad", "Minister of Energy of Russia")]),
    ("Health Minister Tomas Varga, on a visit to Germany, praised its vaccine rollout.",
     [], [H("Tomas Varga", "Minister of Health of Germany")]),
    ("Finance Minister Arjun Mehta, speaking in Singapore, said the currency would recover.",
     [], [H("Arjun Mehta", "Minister of Finance of Singapore")]),
    ("Oil Minister Omar Haddad told reporters at an OPEC conference in Vienna that output would rise.",
     [], [H("Omar Haddad", "Minister of Oil of Austria")]),
    # -- near misses: the minister's own country, told ------------------------------------------------------------
    ("Indian Finance Minister Arjun Mehta will attend the IMF meeting in Washington next week.",
     [H("Arjun Mehta", "Minister of Finance of India")], [H("Arjun Mehta", "Minister of Finance of the United States")]),
    ("Kenya's Finance Minister Peter Otieno presented the budget in Nairobi on Thursday.",
     [H("Peter Otieno", "Minister of Finance of Kenya")], []),
    ("Finance Minister Peter Otieno said on Monday that Kenya's budget deficit would narrow.",
     [H("Peter Otieno", "Minister of Finance of Kenya")], []),
    ("Defence Minister Tomas Varga told parliament that Hungary would buy new fighter jets.",
     [H("Tomas Varga", "Minister of Defence of Hungary")], []),
    ("Brazil's Health Minister Lucia Alves visited hospitals in Manaus on Monday.",
     [H("Lucia Alves", "Minister of Health of Brazil")], []),
    ("German Defence Minister Tomas Varga arrived in Kabul on a surprise visit.",
     [H("Tomas Varga", "Minister of Defence of Germany")], [H("Tomas Varga", "Minister of Defence of Afghanistan")]),
    ("Finance Minister Peter Otieno of Kenya met investors in London.",
     [H("Peter Otieno", "Minister of Finance of Kenya")], [H("Peter Otieno", "Minister of Finance of the United Kingdom")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_prec37_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("prec37 minister abroad leads", lambda text: _rows(nlp, text), LEADS, capsys)
