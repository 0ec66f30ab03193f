"""Which chamber a US race or member is: a challenge table of invented leads (round 27).

The nation's Senate and House ("Member of the United States Senate", "Member of the United States House of
Representatives") against a state's own ("Member of the Ohio Senate", "Member of the Ohio State Senate"): a state's
name before "Senate race" in a story on its senators is the state's seat in the nation's Senate; a party's word
before "U.S. Senate" is the party's race, never part of the body's name; "state", a district's number or the body
acting keep the state's chamber. Each row is an invented lead (invented people, real states) in one outlet's style,
with the rows it must give and those it must not (near misses). A wanted row names only the fields it checks. Rows
the pipeline does not read yet are marked ``GAP`` (strict xfails). ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("candidate", "won", "election", "holds_office")
US_SENATE = "Member of the United States Senate"
US_HOUSE = "Member of the United States House of Representatives"
#: Congress as a whole: a member's title ("U.S. lawmaker X"), never a race's office (FactLexicon.whole_legislatures).
CONGRESS = "Member of the United States Congress"


def C(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="candidate", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def E(office, **extra):  # noqa: N802
    return dict(predicate="election", subject=office, **extra)


def H(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- "<state> Senate race" in a story on the nation's senators: the state's seat in the U.S. Senate ----------
    ("Democratic challenger Nora Quill leads Sen. Walt Denby by six points in the Ohio Senate race, a new poll "
     "shows.", [C("Nora Quill", US_SENATE), E(US_SENATE)], [E("Member of the Ohio Senate")]),
    ("PHOENIX (AP) - Former astronaut Dale Ferrin holds a narrow edge over U.S. Sen. Rita Colvane in the Arizona "
     "Senate race, according to a poll released Thursday.", [E(US_SENATE)],
     [E("Member of the Arizona Senate")]),
    ("Montana Senate race tightens as Sen. Owen Brask trails rancher Cal Hadley", [E(US_SENATE)],
     [E("Member of the Montana Senate")]),
    ("Businesswoman Ida Renner entered the Michigan Senate primary on Monday, hoping to succeed retiring Sen. Paul "
     "Vance.", [E(US_SENATE, kind="primary")], [E("Member of the Michigan Senate")]),
    ("Union backs Vera Stoll in the Kentucky Senate race. Stoll, a county clerk, is the Democratic nominee for the "
     "U.S. Senate.", [E(US_SENATE)], [E("Member of the Kentucky Senate")]),
    ("Polls show Democrats ahead in the Senate race in Arizona, where Mark Dellow faces Sen. Ruth Ambry.",
     [E(US_SENATE)], []),
    # -- a party's word between the state and "U.S. Senate": the party's race -----------------------------------
    ("Former governor Hal Brenner won Maryland's Republican U.S. Senate primary on Tuesday, the AP said.",
     [E(US_SENATE, kind="primary")], [E("Member of the Republican U.S. Senate")]),
    ("Rep. Lena Cortes cruised to victory in the Democratic U.S. Senate primary in Texas.",
     [E(US_SENATE, kind="primary")], [E("Member of the Democratic U.S. Senate")]),
    ("WASHINGTON - State Treasurer Gil Auster launched his bid in Ohio's GOP U.S. Senate primary on Monday.",
     [E(US_SENATE, kind="primary")], []),
    # -- the U.S. Senate named outright or by a member's title ----------------------------------------------------
    ("State Rep. Myra Tolland filed papers Friday to run for Ohio's U.S. Senate seat.",
     [C("Myra Tolland", US_SENATE)], []),
    ("U.S. Senate candidate Joel Prentiss campaigned in Des Moines, Iowa, on Saturday.",
     [C("Joel Prentiss", US_SENATE)], []),
    ("Rep. Tess Carden (R-Ohio) said Tuesday she will run for the Senate next year.",
     [C("Tess Carden", US_SENATE), H("Tess Carden", US_HOUSE)], []),
    # -- the House by its district --------------------------------------------------------------------------------
    ("Democrat Raul Espada conceded the special election for Texas' 28th Congressional District to Republican Mina "
     "Loera.", [E(US_HOUSE, kind="special")], []),
    ("Republican Assemblyman Kip Moran announced his campaign for the Long Island House seat being vacated by Rep. "
     "Gail Hurd.", [C("Kip Moran", US_HOUSE)], [], GAP),
    ("Nine candidates are vying for the House seat held by retiring Rep. Ellis Gorman of Kentucky.",
     [E(US_HOUSE)], [], GAP),
    # -- the state's own chamber: "state", the body acting, a seat in it ------------------------------------------
    ("Teacher Lyle Garvin won the Ohio state Senate race in the 12th District, and Sen. Amy Holt congratulated him.",
     [E("Member of the Ohio State Senate")], [E(US_SENATE), C("Lyle Garvin", US_SENATE)]),
    ("Carla Venn, a former school board member, first won election to the Missouri Senate in 2012; Sen. Bart Keel "
     "endorsed her.", [], [C("Carla Venn", US_SENATE)]),
    ("The Ohio Senate passed the budget bill on Thursday, and Sen. Ralph Tenney voted against it.", [],
     [E(US_SENATE), E("Member of the Ohio Senate")]),
    ("Dentist Omar Pike is running in the Virginia House of Delegates race in the 41st District, Rep. Jo Marsh said.",
     [], [E(US_HOUSE), C("Omar Pike", US_HOUSE)]),
    ("Dora Vick leads in the Kansas Senate race for the 9th District seat, Sen. Hank Poole told the Wichita paper.",
     [],
     [E(US_SENATE), C("Dora Vick", US_SENATE)]),
    ("The Democratic Republic of Congo's senate elected its president on Friday.", [],
     [E("Member of the Democratic U.S. Senate")]),
    # -- a member of Congress as a whole ("lawmaker") holds a title, but no race is for the whole Congress ---------
    ("Ana Ruiz, a five-term lawmaker, is seeking re-election in Ohio, her campaign said.", [C("Ana Ruiz")],
     [C("Ana Ruiz", CONGRESS)]),
    ("U.S. lawmaker Tomas Brandt won re-election to the House of Representatives on Tuesday.",
     [H("Tomas Brandt", CONGRESS), E(US_HOUSE)], [E(CONGRESS)]),
    ("Vern Adler, a three-term lawmaker from Kentucky, was pulling 58 percent of the vote in the U.S. Senate "
     "primary.", [E(US_SENATE, kind="primary")], [C("Vern Adler", CONGRESS), E(CONGRESS)]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), obj=ent(f.object), kind=f.kind))


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_us_chamber_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)
