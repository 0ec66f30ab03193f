"""A body's officer named through the body's acronym in brackets, and an electoral body's officers: a challenge table.

Each row is an invented lead (invented people, real countries) in one outlet's style, with the rows it must give and
those it must not. The causes, counted on the tune golds' missed OFFICE entities (round 28): news introduces a body
with its acronym in brackets right before its officer's title ("Electoral Commission of Zambia (ECZ) chairperson X",
"Amani National Congress (ANC) leader X", "Election Board (YSK) head X": 7 in ltune and ptune, 6 of them read as no
office); an electoral body every country has, named without its country in a story on one ("the head of Russia's
Central Election Commission"); and an electoral body's officer taken for the office of the race the story is about
("ECZ chairperson X declared Y winner": no race for the chairperson). Near misses: brackets round a place or an
aside, a body's acronym before a common noun ("(EU) head office"), a team or office of the body, an unknown body's
"head". Rows the pipeline does not read yet are ``GAP`` (strict xfails); ``score`` counts tp/fp/fn over the scored
predicates.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("holds_office", "won", "election", "candidate")


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def W(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def E(subject=None, **extra):  # noqa: N802
    return dict(predicate="election", **({"subject": subject} if subject is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a body's acronym in brackets between its name and its officer's title ----------------------------
    ("NAIROBI - The result was gazetted by Independent Electoral and Boundaries Commission (IEBC) chairman Peter "
     "Mwangi on Thursday.",
     [H("Peter Mwangi", "Chairman of the Independent Electoral and Boundaries Commission")], []),
    ("Electoral Commission of Zambia (ECZ) chairperson Mary Banda on Sunday declared Tom Phiri the winner of the "
     "presidential election.",
     [H("Mary Banda", "Chairperson of the Electoral Commission of Zambia"), W("Tom Phiri", "President of Zambia")],
     [W("Tom Phiri", "Chairperson of the Electoral Commission of Zambia")]),
    ("Also in the race is Amani National Congress (ANC) leader Paul Otieno, a former minister.",
     [H("Paul Otieno", "Leader of the Amani National Congress")], []),
    ("JAKARTA (Reuters) - National Awakening Party (PKB) chairman Budi Santoso said on Monday he would back the "
     "governor.", [H("Budi Santoso", "Leader of the National Awakening Party")], []),
    ("Alan Reyes won 52.1 percent of the vote, Supreme Election Council (YSK) head Deniz Kaya told reporters in "
     "Ankara.", [H("Deniz Kaya", "Chairman of the Supreme Election Council")], []),
    ("Independent National Electoral Commission (INEC) Chairman Musa Bello declared Ade Okon winner of the "
     "governorship election in Nigeria.",
     [H("Musa Bello", "Chairman of the Independent National Electoral Commission")],
     [W("Ade Okon", "Chairman of the Independent National Electoral Commission")]),
    ("The Democratic Alliance (DA) leader, Sipho Dlamini, said the party would contest every ward in South Africa.",
     [H("Sipho Dlamini", "Leader of the Democratic Alliance")], []),
    # -- an electoral body every country has, named in a story on one ---------------------------------------
    ("Ivan Petrov, the head of Russia's Central Election Commission, was dismissed on Monday.",
     [H("Ivan Petrov", "Chairman of the Central Election Commission of Russia")], []),
    ("MOSCOW, Russia - Ivan Petrov, the head of the Central Election Commission, said turnout stood at 64 percent.",
     [H("Ivan Petrov", "Chairman of the Central Election Commission of Russia")], []),
    ("Olena Bondar, chairwoman of Ukraine's Central Election Commission, announced the final count.",
     [H("Olena Bondar", "Chairman of the Central Election Commission of Ukraine")], []),
    ("Georgia's Central Election Commission head Nino Beridze said the runoff would be held on Nov. 28.",
     [H("Nino Beridze", "Chairman of the Central Election Commission of Georgia")], []),
    # -- an electoral body's officer is no race's office --------------------------------------------------
    ("It took an hour for Electoral Commission of Zambia (ECZ) chairperson Mary Banda to declare Tom Phiri validly "
     "nominated as presidential candidate in the general elections.",
     [H("Mary Banda", "Chairperson of the Electoral Commission of Zambia"), E("President of Zambia")],
     [E("Chairperson of the Electoral Commission of Zambia")]),
    ("Kenya's presidential election: Joe Kamau won with 50.5 percent, Independent Electoral and Boundaries "
     "Commission (IEBC) chairman Peter Mwangi announced.",
     [W("Joe Kamau", "President of Kenya")],
     [W("Joe Kamau", "Chairman of the Independent Electoral and Boundaries Commission")]),
    ("The electoral body's chairman, Peter Mwangi, said the Kenya Electoral Commission would publish the forms.",
     [H("Peter Mwangi")], [], GAP),
    ("Liberia's National Elections Commission declared Tom Kollie the winner, as announced by Ruth Toe, the "
     "president of the commission.", [H("Ruth Toe")], [], GAP),
    # -- near misses ----------------------------------------------------------------------------------------
    ("The European Union (EU) head office in Brussels was closed on Monday.", [], [H("Brussels")]),
    ("Ivan Petrov, the head of the Central Election Commission's legal team in Russia, resigned on Monday.", [],
     [H("Ivan Petrov")]),
    ("The Conservative Party (UK) leadership election will be held in July.", [],
     [H("Leader of the Conservative Party")]),
    ("Paul Otieno, head of the Kestrel Teachers Union (KTU), backed the strike in Nairobi.", [], [H("Paul Otieno")]),
    # a club's president in a US story is read as the country's (before this round too): a gap of the title's
    ("Riverside Rotary Club (RRC) president Ann Cole handed out prizes in Ohio on Saturday.", [], [H("Ann Cole")],
     GAP),
    ("Peter Mwangi, a spokesman for the Independent Electoral and Boundaries Commission (IEBC), said counting went "
     "on.", [], [H("Peter Mwangi", "Chairman of the Independent Electoral and Boundaries Commission")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                     obj=ent(f.object)))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_bracketed_body_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("bracketed body leads", lambda text: _rows(nlp, text), LEADS, capsys)
