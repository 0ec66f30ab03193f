"""Elections of a legislator's seat in news leads: a challenge table of by-elections named by their constituency.

Each row is an invented lead (invented people and seats, real countries) in the wording of one kind of outlet (wire,
local paper, broadcaster, headline), with the ``election`` rows it must give (subject, kind) and those it must not
(near misses: a by-election in a state or province, in a country where a by-poll is mostly a state assembly's, a
council's by-election, a member who "represents" a province). The seat convention ("Member of Parliament for
<seat>") holds in the Commonwealth countries whose members sit for one single-member constituency each
(roles.jsonl ``role.member_of_parliament`` ``seats``). Rows the pipeline does not read yet are marked ``GAP``
(expected to fail, so a fix shows up as an unexpected pass). ``score`` counts the table's tp/fp/fn (fp: any
``election`` row no wanted row matches).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, table_score

ANCHOR = "2023-09-09"
#: The predicate the table scores.
SCORED = ("election",)


def E(subject=None, kind=None):  # noqa: N802 - a table's row builder
    return dict(subject=subject, **({"kind": kind} if kind is not None else {}))


def seat(name: str) -> dict:
    """A by-election of the seat ``name``."""
    return E(f"Member of Parliament for {name}", "special")


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- "the <seat> by-election" in the Commonwealth's single-member systems ---------------------------------------
    ("Ruling coalition candidate Ahmad Karim wins the Bukit Seri by-election in Malaysia.", [seat("Bukit Seri")], []),
    ("KUALA LUMPUR: Malaysia's Election Commission has fixed Oct 7 as polling day for the Sungai Lumut by-election.",
     [seat("Sungai Lumut")], []),
    ("Zambia: UPND's Mulenga Banda wins the Kafue West by-election", [seat("Kafue West")], []),
    ("ACCRA, Ghana (AP) - The opposition NDC's Kwame Asare has won the Asante Hills by-election, the Electoral "
     "Commission said on Wednesday.", [seat("Asante Hills")], []),
    ("KINGSTON, Jamaica -- The People's National Party has named teacher Andre Campbell as its candidate in the St "
     "Andrew Hills by-election.", [seat("St Andrew Hills")], [], GAP),  # a first name in the seat's name
    ("KINGSTON, Jamaica -- The People's National Party has named teacher Andre Campbell as its candidate in the "
     "Portland Ridge by-election.", [seat("Portland Ridge")], []),
    ("Uganda's ruling NRM lost the Lira North by-election to independent Okello James on Thursday.",
     [seat("Lira North")], []),
    ("LILONGWE, Malawi - Voters in the Dedza Hills by-election return to the polls on Tuesday.",
     [seat("Dedza Hills")], []),
    ("Kenya: ODM's Otieno Were wins the Kisauni West by-election", [seat("Kisauni West")], []),
    # -- "a by-election in <seat>" -------------------------------------------------------------------------------------
    ("LONDON - The resignation of Tom Vale will trigger a by-election in Harrowfield, in northern England.",
     [seat("Harrowfield")], []),
    ("Conservative MP Tom Vale resigns, forcing a by-election in Kestrel Bay, England.", [seat("Kestrel Bay")], []),
    ("Liberal candidate Ana Rees wins a by-election in Toronto Centre North, Canada.",
     [seat("Toronto Centre North")], [], GAP),  # a party's word ("Centre") in the seat's name
    ("Liberal candidate Ana Rees wins a by-election in Kestrel Bay, Canada.", [seat("Kestrel Bay")], []),
    ("Labour holds on in a by-election in Milton Vale, New Zealand, with Ana Rees elected by 900 votes.",
     [seat("Milton Vale")], []),  # a first name in the seat's name, before its country set off by commas
    ("Labour holds on in a by-election in Kapiti Ridge, New Zealand, with Ana Rees elected by 900 votes.",
     [seat("Kapiti Ridge")], []),
    # -- the seat named apart from the by-election ------------------------------------------------------------------
    ("Residents in Harrowfield, England vote to elect a new Member of Parliament in a by-election.",
     [seat("Harrowfield")], [], GAP),
    ("Labour's Ana Rees and Tom Vale flip the seats of Harrowfield and Kestrel Bay from the Conservatives in two "
     "by-elections in the United Kingdom.", [seat("Harrowfield"), seat("Kestrel Bay")], [], GAP),
    # -- near misses: no seat -----------------------------------------------------------------------------------------
    ("Liberal Democrat Ana Rees wins a by-election in Ontario, Canada.", [E(kind="special")],
     [E("Member of Parliament for Ontario")]),
    ("A by-election in Scotland is due next month after the death of MP Tom Vale.", [],
     [E("Member of Parliament for Scotland")]),
    ("A by-election in Malaysia is set for May after the death of MP Ahmad Karim.", [],
     [E("Member of Parliament for Malaysia")]),
    ("In India, BJP candidate Ravi Kumar wins the Puri by-election.", [], [E("Member of Parliament for Puri")]),
    ("Labour's Ana Rees wins the Harrowfield council by-election in England.", [],
     [E("Member of Parliament for Harrowfield")]),
    ("Tom Hart, who represents Manitoba in the House of Commons, backed the Liberal candidate in the by-election.",
     [], [E("Member of Parliament for Manitoba")]),
    ("Voters in Queensland, Australia go to the polls in a state by-election on Saturday.", [],
     [E("Member of Parliament for Queensland")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(subject=ent(f.subject), kind=f.kind))


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_election_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)
