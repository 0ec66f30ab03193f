"""Wins a body's vote gives whose office stands behind an anaphor or a title: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries and bodies) with the ``won`` and ``election`` rows it
must give and those it must not. The causes, counted on the tune golds' won misses (round 33): a body's members who
elect a name as "the organization's chairperson", "the bloc's chairperson", "its president", the office of the body
named before; a name whose own title stands between "elect" and it ("elect Djiboutian foreign minister X as ..."):
the name still wins the office after "as", not its title; by-elections in "the seats of Kestrel and Velmar", two
seats, never one named "Kestrel and Velmar". Still unread (GAP): an office whose owner is a common noun ("as a
president of the region"), two verbs sharing a passive ("is endorsed and elected the 9th Vice President"), a one-
word stage name's seat ("clown Bolinho wins a seat in Congress"), a descriptor no title covers between the verb and
the name ("elect Kenyan opposition leader X"), a list of offices after "election of", the second of two by-elections
and "respectively" pairing winners with seats. Near misses: an infinitive or a modal's "elect", an office after "to
be", a name's title never the office won, a sporting body's chair.
Rows the pipeline does not read yet are ``GAP`` (strict xfails); ``score`` prints the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("won", "election")


def W(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def E(subject=None, **extra):  # noqa: N802
    return dict(predicate="election", **({"subject": subject} if subject is not None else {}), **extra)


AU_CHAIR = "Chairperson of the African Union"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- the office after "as" owned by the body named before it --------------------------------------------------
    ("Leaders of the African Union elect Ivan Petrov as the organization's chairperson.", [W("Ivan Petrov", AU_CHAIR)],
     []),
    ("Heads of state of the African Union elect Ana Ruiz as the organisation's chairperson on Sunday.",
     [W("Ana Ruiz", AU_CHAIR)], []),
    ("Member states of the African Union elect Tom Hale as the body's chairperson at a summit in Addis Ababa.",
     [W("Tom Hale", AU_CHAIR)], []),
    ("Delegates of the African Union elect Lena Marsh as the bloc's chairperson for a four-year term.",
     [W("Lena Marsh", AU_CHAIR)], []),
    ("Leaders of the African Union elect Ivan Petrov as its chairperson.", [W("Ivan Petrov", AU_CHAIR)], []),
    ("Leaders of the African Union elect Ivan Petrov as chairperson of the African Union.",
     [W("Ivan Petrov", AU_CHAIR)], []),
    # -- a title between "elect" and the name: the office after "as" is won, the title is held ------------------
    ("Government leaders of the African Union elect Djiboutian foreign minister Ivan Petrov as the organization's "
     "chairperson.", [W("Ivan Petrov", AU_CHAIR)], [W("Ivan Petrov", "Minister of Foreign Affairs of Djibouti")]),
    ("Lawmakers in Peru elect former finance minister Ana Ruiz as president.",
     [W("Ana Ruiz", "President of Peru")], [W("Ana Ruiz", "Minister of Finance of Peru")]),
    ("Voters in Lima elect senator Tom Hale as mayor.", [W("Tom Hale", "Mayor of Lima")], []),
    ("Turkish Cypriots elect former prime minister Ivan Petrov as their new president.",
     [W("Ivan Petrov", "President of Northern Cyprus")], []),
    ("The Bundestag elects former finance minister Lena Marsh as Chancellor of Germany.",
     [W("Lena Marsh", "Chancellor of Germany")], [W("Lena Marsh", "Minister of Finance of Germany")]),
    ("Parliament elects opposition leader Ana Ruiz as Speaker of the Parliament of Finland.",
     [W("Ana Ruiz", "Speaker of the Parliament of Finland")], []),
    # -- several seats after a plural cue: one seat an "and" part -----------------------------------------------------
    ("In the United Kingdom, Labour's Ana Ruiz and Tom Hale win the seats of Kestrel and Velmar from the "
     "Conservative Party in two by-elections.", [E("Member of Parliament for Kestrel", kind="special")],
     [E("Member of Parliament for Kestrel and Velmar")]),
    ("In the United Kingdom, the MPs for Kestrel and Velmar resign, triggering two by-elections.",
     [E("Member of Parliament for Kestrel", kind="special")], [E("Member of Parliament for Kestrel and Velmar")]),
    ("In the United Kingdom, Labour's Ana Ruiz and Tom Hale respectively flip the seats of Kestrel and Velmar from "
     "the Conservative Party in two by-elections.",
     [E("Member of Parliament for Velmar", kind="special"), W("Ana Ruiz", "Member of Parliament for Kestrel"),
      W("Tom Hale", "Member of Parliament for Velmar")], [], GAP),
    # -- still unread ----------------------------------------------------------------------------------------------
    ("The Kurdish parliament in Northern Iraq elects Ivan Petrov as a president of the region.",
     [W("Ivan Petrov", "President of the Kurdistan Region")], [], GAP),
    ("Ana Ruiz is endorsed and elected the 9th Vice President of Botswana by Parliament in a 35-1 vote.",
     [W("Ana Ruiz", "Vice President of Botswana")], [], GAP),
    ("Brazilian clown Tom Hale wins a seat in Congress with more votes than any other candidate in yesterday's "
     "elections.", [W("Tom Hale", "Member of the Chamber of Deputies of Brazil")], []),
    # a descriptor that no title mention covers parts the name from the verb ("Kenyan opposition leader": no party)
    ("Leaders of the African Union elect Kenyan opposition leader Ana Ruiz as the organization's chairperson.",
     [W("Ana Ruiz", AU_CHAIR)], [], GAP),
    # a one-word stage name no name shape reads
    ("Brazilian clown Bolinho wins a seat in Congress with more votes than any other candidate in yesterday's "
     "elections.", [W("Bolinho", "Member of the Chamber of Deputies of Brazil")], [], GAP),
    ("Voters in Chile go to the polls for a general election of president, senators and deputies.",
     [E("President of Chile"), E("Member of the Senate of Chile")], [], GAP),
    ("Ana Ruiz is elected as the head of the defence ministry by the Federal Assembly of Switzerland.",
     [W("Ana Ruiz", "Minister of Defence of Switzerland")], [], GAP),
    # -- near misses: no win, or not that office -------------------------------------------------------------------
    ("Leaders of the African Union meet to elect the organization's chairperson next week.", [],
     [W("Ivan Petrov")]),
    ("Leaders of the African Union will elect Ivan Petrov as the organization's chairperson, diplomats say.", [],
     [W("Ivan Petrov", AU_CHAIR)]),
    ("Diplomats urge the African Union to elect Ivan Petrov as the organization's chairperson.", [],
     [W("Ivan Petrov", AU_CHAIR)]),
    ("Delegates elect Ivan Petrov to be the President of the Russian Football Union in a vote.", [],
     [W("Ivan Petrov")]),
    ("Pakistani Prime Minister- elect Ivan Petrov meets the organization's chairperson after the election.", [],
     [W("Ivan Petrov")]),
    ("Leaders of the African Union praise Djiboutian foreign minister Ivan Petrov as the organization's best "
     "diplomat.", [], [W("Ivan Petrov")]),
    ("Voters in Lima elect senator Tom Hale, who promised a new deal for the Senate, on Sunday.", [],
     [W("Tom Hale", "Mayor of Lima"), W("Tom Hale", "Member of the Senate of Peru")]),
    ("The African Union's chairperson, Ana Ruiz, says voters elect Tom Hale as president of Kenya.",
     [W("Tom Hale", "President of Kenya")], [W("Tom Hale", AU_CHAIR), W("Ana Ruiz")]),
    # a singular cue's "and" is inside one seat's name
    ("In the United Kingdom, Labour's Ana Ruiz wins the seat of Brecon and Radnorshire in a by-election.",
     [W("Ana Ruiz", "Member of Parliament for Brecon and Radnorshire")],
     [E("Member of Parliament for Brecon"), W("Ana Ruiz", "Member of Parliament for Brecon")]),
    ("Members of the football club elect coach Ivan Petrov as the club's chairperson.", [],
     [W("Ivan Petrov", AU_CHAIR)]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), obj=ent(f.object), date=f.date, kind=f.kind))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_body_elects_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("body elects leads", lambda text: _rows(nlp, text), LEADS, capsys)
