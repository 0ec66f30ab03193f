"""An office taken "as" one, its modifiers between: an invented table (round 33).

The tune golds' missed ``holds_office`` rows with both arguments in one sentence fall mostly into one shape: a verb
puts a person in an office through "as", and words the rules did not read part "as" from the office: an
organisation's name before its own office ("is confirmed as the first Palestinian Authority prime minister"), the
holder's description ("inaugurates X as its first female elected President"), or a verb of keeping ("the vote keeps
X as president"). Near misses name no office held: an office's staff or adviser, a candidate's or a nominee's
place, a running mate, an office only wished for, a company's post. Written before main ran it; rows the pipeline
does not read yet are ``GAP`` (strict xfails); ``score`` prints the table's tp/fp/fn.
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
    # -- an organisation's name before its own office -------------------------------------------------
    ("Ana Ruiz is confirmed as the first Palestinian Authority prime minister after a vote in the legislature.",
     [H("Ana Ruiz", "Prime Minister of the Palestinian National Authority")], []),
    ("Ivan Petrov was appointed as the new European Commission president on Tuesday.",
     [H("Ivan Petrov", "President of the European Commission")], []),
    ("Grace Banda becomes the first African Union Commission chairperson from Malawi.",
     [H("Grace Banda", "Chairperson of the African Union Commission")], []),
    ("Tom Hart took over as the Labour Party leader on Saturday.",
     [H("Tom Hart", "Leader of the Labour Party")], []),
    ("Sofia Petrova is named as the new Socialist Party chairwoman in Sofia.",
     [H("Sofia Petrova")], []),
    # -- the holder's description between "as" and the office -------------------------------------------
    ("Peru inaugurates Carla Mendoza as its first female elected President.",
     [H("Carla Mendoza", "President of Peru")], []),
    ("Chile swears in Ana Vidal as its first woman president on Friday.",
     [H("Ana Vidal", "President of Chile")], []),
    # GAP: "acting chief justice" gives no OFFICE mention (the title reader stops at "acting chief")
    ("Ghana installs Kofi Mensah as its new acting chief justice.",
     [H("Kofi Mensah", "Chief Justice of Ghana")], [], GAP),
    # GAP: "the country's" of no named place leaves the office bare, and a bare office gives no row
    ("The king appoints Jonas Berg as the country's first elected prime minister.",
     [H("Jonas Berg")], [], GAP),
    ("Malawi's president appoints Grace Banda as the country's interim finance minister.",
     [H("Grace Banda", "Minister of Finance of Malawi")], []),
    # -- a verb of keeping: the office held stays held -----------------------------------------------------
    ("Venezuela vote keeps Carlos Mendoza as president",
     [H("Carlos Mendoza", "President of Venezuela")], []),
    ("Voters in Bolivia kept Luis Arce as their president in a landslide.",
     [H("Luis Arce", "President of Bolivia")], []),
    ("The new cabinet retains Hana Novak as finance minister of the Czech Republic.",
     [H("Hana Novak", "Minister of Finance of the Czech Republic")], []),
    # GAP: a bare "speaker" after "as" gives no OFFICE mention
    ("Lithuania's parliament keeps Jonas Kairys as speaker after a no-confidence vote.",
     [H("Jonas Kairys")], [], GAP),
    # -- the forms already read, kept read ---------------------------------------------------------------
    ("Ana Ruiz is sworn in as President of Peru on Sunday.", [H("Ana Ruiz", "President of Peru")], []),
    ("Ghana appoints Kofi Mensah as minister of finance.", [H("Kofi Mensah", "Minister of Finance of Ghana")], []),
    ("Carlos Mendoza became Colombia's first female president.", [H("Carlos Mendoza", "President of Colombia")], []),
    ("Ivan Petrov was named as the Serbian foreign minister on Monday.",
     [H("Ivan Petrov", "Minister of Foreign Affairs of Serbia")], []),
    # -- near misses: no office held ------------------------------------------------------------------
    ("The party names Ana Ruiz as its candidate for president of Peru.", [], [H("Ana Ruiz")]),
    ("The senator appoints Tom Reed as the first Ohio Senate staff director.", [], [H("Tom Reed")]),
    ("The president keeps Ivan Petrov as his chief adviser on Russia.", [], [H("Ivan Petrov")]),
    ("Ana Ruiz names Tom Hart as her running mate for vice president of Chile.", [], [H("Tom Hart")]),
    # GAP: "Enel Group president" is read as a party's leader (role.party_leader): the company is no party
    ("The board appoints Marco Rossi as the first Enel Group president.", [], [H("Marco Rossi")], GAP),
    ("Voters want to keep Lisa Crane as a candidate for governor of Ohio.", [], [H("Lisa Crane")]),
    ("Carlos Vega is confirmed as the first Green Party nominee for president of Chile.", [],
     [H("Carlos Vega")]),
    ("Jonas Berg became the first Swedish diplomat to visit the president of Iran.", [], [H("Jonas Berg")]),
    ("The club keeps Tom Hart as captain for the new season.", [], [H("Tom Hart")]),
    ("Ivan Petrov took over as the Gazprom chairman of the board.", [], [H("Ivan Petrov")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_office_as_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("office-as leads", lambda text: _rows(nlp, text), LEADS, capsys)
