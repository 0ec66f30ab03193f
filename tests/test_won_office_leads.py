"""The office of a win where an official announces it: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries) with the result rows (``won``, ``certified``,
``votes_received``, ``candidate``) it must give and those it must not. The cause the table covers, counted on the tune
golds' won misses and the readable outputs (round 28): the chairman or chairperson of the electoral body that
declares a result lent the winner his own title ("Electoral Commission of Zambia Chairperson Justice X declared Mr Y
winner" gave Y a win of the commission's chair; "chairman of the Independent Electoral and Boundaries Commission,
Mr. X, said that Mr. Y had garnered N votes" gave Y a candidacy and a count for it). An electoral body's chair is
appointed (roles.jsonl ``role.election_body_chairman``/``_chairperson``), never a race's office. Near misses: a
chair a body elects of another kind of body (a union's commission, a party, a committee), still won; the
official's own title, still held. Rows the pipeline does not read yet are marked ``GAP`` (strict xfails);
``score`` counts the table's tp/fp/fn over the scored rows.
"""
from __future__ import annotations

import pytest
from conftest import check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("won", "certified", "votes_received", "candidate", "holds_office")


def W(subject, obj=None, predicate="won"):  # noqa: N802 - a table's row builder
    return dict(predicate=predicate, subject=subject, **({"object": obj} if obj is not None else {}))


def any_win(obj):
    """A row of any result predicate whose office is ``obj`` (the object of won, candidate and votes_received; the
    office of certified)."""
    return [dict(predicate=p, object=obj) for p in ("won", "candidate", "votes_received")] + [
        dict(predicate="certified", office=obj)]


ZAMBIA_CHAIR = "Chairperson of the Electoral Commission of Zambia"
MALAWI_CHAIR = "Chairperson of the Malawi Electoral Commission"
GHANA_CHAIR = "Chairman of the Electoral Commission of Ghana"
KENYA_CHAIR = "Chairman of the Independent Electoral and Boundaries Commission"
NIGERIA_CHAIR = "Chairman of the Independent National Electoral Commission"
UGANDA_CHAIR = "Chairman of the Electoral Commission of Uganda"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- the official who declares the winner: his title is no office won -------------------------------------
    ("Opposition leader Joseph Banda has defeated incumbent Peter Chanda in Zambia's presidential election. "
     "Electoral Commission of Zambia Chairperson Justice Mary Phiri declared Mr Banda winner just after midnight.",
     [W("Joseph Banda", "President of Zambia")], any_win(ZAMBIA_CHAIR)),
    ("Malawi Electoral Commission Chairperson Justice Grace Mwale declared Mr Daniel Kumwenda winner of the "
     "presidential election on Saturday.", [W("Daniel Kumwenda")], any_win(MALAWI_CHAIR)),
    ("LUSAKA (Reuters) - The chairperson of the Electoral Commission of Zambia, Ruth Mulenga, on Monday declared "
     "opposition candidate Victor Kabwe the winner of the presidential vote.", [W("Victor Kabwe")],
     any_win(ZAMBIA_CHAIR)),
    ("The chairman of the Electoral Commission of Ghana, Kwabena Asante, declared Kofi Owusu the winner on "
     "Wednesday.", [W("Kofi Owusu")], any_win(GHANA_CHAIR)),
    ("Electoral Commission of Ghana chairman Judge Kojo Boateng declared Kofi Owusu the winner on "
     "Saturday.", [W("Kofi Owusu")], any_win(GHANA_CHAIR)),
    ("ACCRA, Ghana (AP) - Kofi Owusu was declared winner of Ghana's presidential election on Friday by Electoral "
     "Commission chairman Kojo Boateng.", [W("Kofi Owusu", "President of Ghana")], any_win(GHANA_CHAIR)),
    ("The chairman of the Independent Electoral and Boundaries Commission, Mr. Peter Otieno, said that Mr. "
     "Samuel Kiprop had garnered 7,204,118 votes.", [], any_win(KENYA_CHAIR)),
    ("The chairman of the Independent National Electoral Commission, Musa Bello, said Ahmed Danjuma had polled "
     "8,794,726 votes.", [], any_win(NIGERIA_CHAIR)),
    ("Independent Electoral and Boundaries Commission chairman Peter Otieno announced that Samuel Kiprop had won "
     "Kenya's presidential election with 50.3 percent of the vote.", [W("Samuel Kiprop", "President of Kenya")],
     any_win(KENYA_CHAIR)),
    ("ABUJA - Independent National Electoral Commission chairman Prof. Musa Bello declared Ahmed Danjuma winner of "
     "the presidential election in the early hours of Wednesday.", [W("Ahmed Danjuma")], any_win(NIGERIA_CHAIR)),
    ("Musa Bello, chairman of the Independent National Electoral Commission, declared Ahmed Danjuma the winner "
     "after collation ended in Abuja.", [W("Ahmed Danjuma")], any_win(NIGERIA_CHAIR)),
    ("KAMPALA - Electoral Commission of Uganda chairman Justice Simon Okello declared Moses Tumusiime winner of "
     "the presidential election with 58 percent.", [W("Moses Tumusiime")], any_win(UGANDA_CHAIR)),
    ("Daniel Kumwenda won Malawi's presidential election, Malawi Electoral Commission Chairperson Grace Mwale said "
     "on Saturday.", [W("Daniel Kumwenda", "President of Malawi")], any_win(MALAWI_CHAIR)),
    # -- near misses: a chair a body elects is won; the official's own title is held ------------------------------
    ("Ana Ruiz was elected chairperson of the African Union Commission on Sunday.",
     [W("Ana Ruiz", "Chairperson of the African Union Commission")], []),
    ("Tom Hart was elected chairman of the Democratic National Committee on Saturday.",
     [W("Tom Hart", "Chair of the Democratic National Committee")], []),
    ("Kwabena Asante, chairman of the Electoral Commission of Ghana, resigned on Tuesday.",
     [W("Kwabena Asante", GHANA_CHAIR, predicate="holds_office")], [dict(predicate="won")]),
    ("Musa Bello, chairman of the Independent National Electoral Commission, declared Ahmed Danjuma the winner.",
     [W("Musa Bello", NIGERIA_CHAIR, predicate="holds_office")], [W("Musa Bello")]),
    ("Zambia's Electoral Commission chairperson Ruth Mulenga said the vote count would finish on Sunday.",
     [], [dict(predicate="won")]),
    ("Lena Marsh was elected chairwoman of the Senate Foreign Relations Committee by her colleagues.",
     [], any_win(ZAMBIA_CHAIR)),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), object=ent(f.object), office=ent(f.office)))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_won_office_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("won office leads", lambda text: _rows(nlp, text), LEADS, capsys)
