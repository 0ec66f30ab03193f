"""Local bodies and their races in news leads: a challenge table of invented leads.

Each row is an invented lead (invented people, real places) in the wording of one kind of outlet (local paper,
broadcaster, wire, headline), with the rows it must give and those it must not (near misses: a county office's
own office or committee, a county's word standing for several school boards, a bare trade's "clerk"). A wanted row
names only the fields it checks; a row passes when every wanted row is found and no unwanted one is. Rows the
pipeline does not read yet are marked ``GAP`` (strict xfails, so a fix shows up as an unexpected pass).
``score`` counts the table's tp/fp/fn (fp: any scored row no wanted row matches).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, table_score

ANCHOR = "2023-11-09"
#: The predicates the table scores.
SCORED = ("holds_office", "won", "candidate", "election")


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def W(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def C(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="candidate", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def E(subject, **extra):  # noqa: N802
    return dict(predicate="election", subject=subject, **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a US county's elected officers named with the county's word ("<X> County Clerk") ----------
    ("Marion County Clerk Dana Whitfield said turnout in Tuesday's election topped 40 percent.",
     [H("Dana Whitfield", "Clerk of Marion County")], []),
    ("Polk County Executive Ray Dunmore endorsed the school levy on Monday.",
     [H("Ray Dunmore", "County Executive of Polk County")], []),
    ("On Friday the Polk County auditor, Ellen Marsh, certified the results.",
     [H("Ellen Marsh", "Auditor of Polk County")], []),
    ("Former Lancaster County Treasurer Gail Oberly announced a bid for the state Senate.",
     [H("Gail Oberly", "Treasurer of Lancaster County", qualifier="former")], []),
    ("Marion County Prosecutor Luis Ferro will not seek a third term, his office said.",
     [H("Luis Ferro", "Prosecutor of Marion County")], []),
    ("Polk County Assessor Nora Quill faces a primary challenge from a former deputy.",
     [H("Nora Quill", "Assessor of Polk County")], []),
    # -- a local body's seat: "<place> School Board", "<place> city council", in any case ---------
    ("Dana Whitfield was elected to the Springfield School Board in 2019.",
     [W("Dana Whitfield", "Member of the Springfield School Board")], []),
    ("Luis Ferro won a seat on the Springfield city council on Tuesday.",
     [W("Luis Ferro", "Member of the Springfield City Council")], []),
    ("Seven candidates are running in the Springfield school board race, among them Nora Quill.",
     [E("Member of the Springfield School Board"), C("Nora Quill", "Member of the Springfield School Board")], []),
    ("The race for four seats on the Springfield school board is too close to call, the county said.",
     [E("Member of the Springfield School Board")], []),
    ("The race for two open seats on the Springfield City Council drew six candidates.",
     [E("Member of the Springfield City Council")], []),
    ("Nora Quill is running for one of three seats on the Springfield school board.",
     [C("Nora Quill", "Member of the Springfield School Board")], []),
    # -- known before this round -----------------------------------------------------------------
    ("Marion County Sheriff Tom Bakely won re-election on Tuesday.",
     [H("Tom Bakely", "Sheriff of Marion County"), W("Tom Bakely", "Sheriff of Marion County")], []),
    ("Springfield school board member Ellen Marsh said she would run for mayor.",
     [H("Ellen Marsh", "Member of the Springfield School Board")], []),
    # -- not read yet ----------------------------------------------------------------------------
    ("Voters in the Springfield School District elected four board members Tuesday, including Ray Dunmore.",
     [W("Ray Dunmore", "Member of the Springfield School Board")], [], GAP),
    ("Ellen Marsh, who represents Ward 3 on the Springfield City Council, lost her seat.",
     [H("Ellen Marsh", "Member of the Springfield City Council")], [], GAP),
    # a county opening the sentence keeps its "The" ("The Polk County sheriff, X,"): an entity stage's gap
    ("The Polk County auditor, Ellen Marsh, certified the results on Friday.",
     [H("Ellen Marsh", "Auditor of Polk County")], [], GAP),
    ("Luis Ferro is running for county treasurer in Polk County.",
     [C("Luis Ferro", "Treasurer of Polk County")], [], GAP),
    # -- near misses -----------------------------------------------------------------------------
    ("The Marion County Clerk's office said 27 mail-in ballots were outstanding.", [],
     [dict(predicate="holds_office", obj="Clerk of Marion County"), E("Clerk of Marion County")]),
    ("The Polk County executive committee of the Democratic Party met on Monday.", [],
     [E("County Executive of Polk County")]),
    ("Dana Whitfield, a clerk at the Marion County courthouse, testified on Monday.", [],
     [H("Dana Whitfield")]),
    ("A prosecutor in Marion County, Luis Ferro, charged the mayor.", [],
     [H("Luis Ferro", "Prosecutor of Marion County")]),
    ("The Springfield school board voted to close two schools on Monday.", [],
     [E("Member of the Springfield School Board")]),
    ("Results of the Marion County school board elections are in. Nora Quill won the Salem School Board's "
     "at-large seat.", [], [C("Nora Quill", "Member of the Marion County School Board"),
                            E("Member of the Marion County School Board")]),
    ("Ruritania won one of the rotating seats on the UN Security Council.", [],
     [E("Member of the United Nations Security Council")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), obj=ent(f.object), qualifier=f.qualifier))


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_local_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)
