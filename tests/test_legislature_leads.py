"""Which legislature a member sits in, in news leads: a challenge table of invented leads (invented people, real
countries) for the two causes this table's change reads: a seat of an Indian state's assembly ("the Kestrel Assembly
constituency") names the state's Legislative Assembly, and New Zealand's MPs sit in the New Zealand Parliament.

Each row: a lead, the ``candidate``/``election``/``holds_office`` rows it must give (predicate, subject, object; an
election's subject is its office) and those it must not (near misses: a Lok Sabha seat, a story naming no state or
two, a capitalised assembly of no seat). Rows the pipeline does not read yet are ``GAP`` (strict xfails). ``score``
counts the table's tp/fp/fn over its offices' rows (fp: a row naming a state assembly's member or New Zealand's MP
that no wanted row matches): main 9c39a8c 1/0/15, with the change 15/0/1.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, table_score

ANCHOR = "2024-03-02"
#: The predicates the table scores.
SCORED = ("candidate", "election", "holds_office")
#: Offices the table scores: a state assembly's members' and New Zealand's MPs'.
SCORED_OFFICES = ("Legislative Assembly", "New Zealand Parliament")


def R(predicate, subject, obj=None):  # noqa: N802 - a table's row builder
    return dict(predicate=predicate, subject=subject, **({"object": obj} if obj is not None else {}))


ODISHA = "Member of the Odisha Legislative Assembly"
KERALA = "Member of the Kerala Legislative Assembly"
NZ = "Member of the New Zealand Parliament"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a state assembly's seat: the state from the dateline, the seat's place or the story's places ---------
    ("BHUBANESWAR (Odisha), Mar 1 (PTI) BJD candidate Ramesh Dalai on Friday filed his nomination for the by-election "
     "to the Kantabanji Assembly constituency.",
     [R("candidate", "Ramesh Dalai", ODISHA), R("election", ODISHA)], []),
    ("Congress nominee Priya Nair filed her papers for the bypoll to the Kestrel assembly segment in Kerala on Monday.",
     [R("candidate", "Priya Nair", KERALA)], []),
    ("The by-election to the Velpur Assembly seat in Telangana will be held on April 19, the Election Commission said.",
     [R("election", "Member of the Telangana Legislative Assembly")], []),
    ("Voting for the Ambur assembly by-election in Tamil Nadu ended peacefully, with DMK candidate Arun Selvam "
     "expected to win.",
     [R("election", "Member of the Tamil Nadu Legislative Assembly"),
      R("candidate", "Arun Selvam", "Member of the Tamil Nadu Legislative Assembly")], []),
    ("LUCKNOW: BSP candidate Vikram Yadav filed his nomination for the by-poll to the Rampur Khas Assembly "
     "constituency in Uttar Pradesh.",
     [R("candidate", "Vikram Yadav", "Member of the Uttar Pradesh Legislative Assembly")], []),
    ("Suresh Kumar, the BJP candidate for the by-election to the Chandpur Assembly constituency in Bihar, "
     "campaigned on Sunday.",
     [R("election", "Member of the Bihar Legislative Assembly"),
      R("candidate", "Suresh Kumar", "Member of the Bihar Legislative Assembly")], []),
    # -- New Zealand's MPs: the New Zealand Parliament ------------------------------------------------
    ("WELLINGTON (Reuters) - Former Labour MP Aroha Tane will stand again at the next general election, the party "
     "said.",
     [R("holds_office", "Aroha Tane", NZ), R("candidate", "Aroha Tane", NZ)], []),
    ("New Zealand's National Party MP Hemi Walker announced on Tuesday he would not seek re-election.",
     [R("holds_office", "Hemi Walker", NZ)], []),
    ("AUCKLAND - Green MP Kiri Moana said on Monday she would contest the Auckland Central seat.",
     [R("holds_office", "Kiri Moana", NZ)], []),
    ("New Zealand lawmaker Sam Whitfield was expelled from the ACT party on Friday, the party's leader said.",
     [R("holds_office", "Sam Whitfield", NZ)], []),
    # -- near misses: a national seat, no state or two, another country's MP -------------------------
    ("Rahul Mehta filed his nomination for the Karimnagar Lok Sabha constituency in Telangana on Friday.",
     [], [R("candidate", "Rahul Mehta", "Member of the Telangana Legislative Assembly")]),
    ("The by-elections to the Dhamnagar Assembly constituency in Odisha and the Munugode Assembly constituency in "
     "Telangana were held on Thursday.",
     [], [R("election", ODISHA), R("election", "Member of the Telangana Legislative Assembly")]),
    ("Voters in the Kestrel Assembly constituency went to the polls on Sunday, officials said.",
     [], [R("election", ODISHA), R("election", KERALA)]),
    ("LONDON - Former Labour MP Tom Hardcastle will stand again at the next general election, the party said.",
     [], [R("holds_office", "Tom Hardcastle", NZ)]),
    ("CANBERRA - Labor MP Jane Whitlow said on Monday she would not contest the next election.",
     [], [R("holds_office", "Jane Whitlow", NZ)]),
    ("Members of the Odisha Assembly walked out on Friday over the budget, BJD MLA Ramesh Dalai said.",
     [R("holds_office", "Ramesh Dalai", ODISHA)], [R("election", ODISHA)]),
    # -- not read yet ---------------------------------------------------------------------------------------
    ("The only Maori seat Labour won was Waiariki, where its candidate beat former Labour MP Rawiri Hona.",
     [R("holds_office", "Rawiri Hona", NZ)], [], GAP),
]


def _rows(nlp, text: str) -> list[dict]:
    rows = lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                       object=ent(f.object)))
    return [r for r in rows if any(o in (r[k] or "") for o in SCORED_OFFICES for k in ("subject", "object"))]


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_legislature_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)
