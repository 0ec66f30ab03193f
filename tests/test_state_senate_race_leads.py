"""A US state's name before "Senate" or "House" in a race: a challenge table of invented leads (invented people, real
states).

A state's "Senate race", "Senate special election", "Senate runoff", "Senate seat", "Senate primary", "Senate nominee"
or "Senate candidate" in the news is the state's seat in the nation's Senate (the gold's "Member of the United States
Senate"), with or without a senator named elsewhere in the story; the state's own chamber stays the state's where the
text says so: "state Senate", "the Ohio State Senate", the body acting ("the Alabama Senate passed a bill"), a
district's seat ("the Texas Senate's 14th district"), the chamber's officers ("Ohio Senate President"), "state
senator", the chamber's general elections ("the Alabama Senate elections", "control of the Virginia Senate") and a
seat won in it ("elected to the Minnesota Senate"): a state legislature is never a national body. "House" is
elected by district, so a state's "House race" names the nation's House only by its cues ("congressional", a
congressional district) and the state's House by its own ("state House", "House of Representatives" after the
state's name, a state House district); a bare "Georgia House race" stays as it is (its candidacy is certain, its
chamber not).

Each row: a lead, the rows it must give and those it must not (near misses). A row is a fact (``candidate``, ``won``,
``election``, ``holds_office``; an election's subject is its office) or an ``OFFICE`` mention (its text, its office).
Rows the pipeline does not read yet are ``GAP`` (strict xfails): a candidacy's verb or copula the fact rules do not
read ("entered the ... primary", "is the Republican nominee in ..."), "chose X over Y" and Australia's states (whose
Senate seats are the nation's too). ``score`` counts the table's tp/fp/fn over the rows naming a Senate or a House
(fp: every such row no wanted row names, the state chamber's own mentions among them): main fc7fcf8 26/166/52 (34 of
63 leads not GAP right); with a state's Senate race as its seat in the U.S. Senate and a bare "House" joined to a
state's chamber ("the Arizona Senate and House") as the state's, 74/120/4 (63 of 63).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_doc, lead_params, print_table_score, table_score

from pipeline.nlp.extensions import MENTIONS

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("candidate", "won", "election", "holds_office")
#: The offices the table scores: a chamber's word in a row's subject or object.
SCORED_WORDS = ("Senate", "House")
#: A mention's row's predicate.
OFFICE = "OFFICE"
US_SENATE = "Member of the United States Senate"
US_HOUSE = "Member of the United States House of Representatives"


def C(subject, obj=None):  # noqa: N802 - a table's row builder
    return dict(predicate="candidate", subject=subject, **({"object": obj} if obj is not None else {}))


def W(subject, obj=None):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"object": obj} if obj is not None else {}))


def E(office):  # noqa: N802
    return dict(predicate="election", subject=office)


def H(subject, obj):  # noqa: N802
    return dict(predicate="holds_office", subject=subject, object=obj)


def O(text, office):  # noqa: N802, E743
    return dict(predicate=OFFICE, subject=text, object=office)


def S(state):  # noqa: N802
    """The office a member of ``state``'s own Senate holds, as a chamber's race names it."""
    return f"Member of the {state} Senate"


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a state's Senate race, special election, runoff, primary: the state's seat in the U.S. Senate ---------------
    ("Dale Hutton wins the Alabama Senate special election, defeating Roy Pruett.",
     [O("Alabama Senate", US_SENATE), W("Dale Hutton", US_SENATE), C("Roy Pruett", US_SENATE), E(US_SENATE)],
     [E(S("Alabama")), C("Roy Pruett", S("Alabama"))]),
    ("Ohio Senate candidate Jared Vollmer wins the Republican primary.",
     [O("Ohio Senate", US_SENATE), C("Jared Vollmer", US_SENATE)], [C("Jared Vollmer", S("Ohio"))]),
    ("Rev. Amos Whitfield defeats Hollis Barker in Georgia's Senate runoff.",
     [W("Amos Whitfield", US_SENATE), E(US_SENATE)], []),
    ("Georgia Senate runoff: Amos Whitfield edges Hollis Barker as turnout climbs.",
     [E(US_SENATE)], [E(S("Georgia"))]),
    ("Polls tighten in the Pennsylvania Senate race between Marla Keane and Tobias Fenn.",
     [O("Pennsylvania Senate", US_SENATE), E(US_SENATE), C("Marla Keane", US_SENATE)],
     [E(S("Pennsylvania")), C("Marla Keane", S("Pennsylvania"))]),
    ("Former Gov. Lyle Danner entered the Montana Senate primary on Monday.",
     [E(US_SENATE), C("Lyle Danner", US_SENATE)], [E(S("Montana"))], GAP),
    ("Nevada Senate nominee Clara Voss conceded to the incumbent late Wednesday.",
     [O("Nevada Senate", US_SENATE), C("Clara Voss", US_SENATE)], [C("Clara Voss", S("Nevada"))]),
    ("Brent Ostrow concedes Missouri Senate race to Gail Hardesty.",
     [E(US_SENATE), W("Gail Hardesty", US_SENATE)], [E(S("Missouri"))]),
    ("Hana Prewitt enters Colorado Senate race, setting up a primary with a state treasurer.",
     [E(US_SENATE), C("Hana Prewitt", US_SENATE)], [C("Hana Prewitt", S("Colorado"))]),
    ("The North Carolina Senate race between Dwight Embry and Celia Marsh is the most expensive in the state's "
     "history.",
     [O("North Carolina Senate", US_SENATE), E(US_SENATE)], [E(S("North Carolina"))]),
    ("Democrat Ruth Calloway won the New Hampshire Senate race by fewer than 1,100 votes.",
     [W("Ruth Calloway", US_SENATE), E(US_SENATE)], [W("Ruth Calloway", S("New Hampshire"))]),
    ("West Virginia Senate candidate Boyd Tillman held a rally in Charleston on Saturday.",
     [C("Boyd Tillman", US_SENATE)], [C("Boyd Tillman", S("West Virginia"))]),
    ("Wisconsin Senate race: Ansel Krause leads Pia Lundgren by two points in a new Marquette poll.",
     [E(US_SENATE)], [E(S("Wisconsin"))]),
    ("Farmer Lloyd Haskins won the Kentucky Senate primary on Tuesday, beating two state lawmakers.",
     [E(US_SENATE)], [E(S("Kentucky")), W("Lloyd Haskins", S("Kentucky"))]),
    ("Arizona Senate special election set for November as Gov. Ana Lucero names Troy Benning to the seat.",
     [E(US_SENATE)], [E(S("Arizona"))]),
    ("Louisiana Senate runoff set for December between Cade Fontenot and Lila Broussard.",
     [E(US_SENATE)], [E(S("Louisiana"))]),
    ("Iowa Senate hopeful Greta Lindqvist won the Democratic primary on Tuesday.",
     [E(US_SENATE)], [E(S("Iowa"))]),
    ("Former Rep. Dana Whitcomb announced a run for the Alabama Senate seat vacated by Orrin Teague.",
     [C("Dana Whitcomb", US_SENATE)], [C("Dana Whitcomb", S("Alabama"))]),
    ("Republican Colt Harlan won the Utah Senate GOP primary with 54 percent of the vote.",
     [E(US_SENATE)], [W("Colt Harlan", S("Utah")), E(S("Utah"))]),
    ("Maine Senate race: independent Vera Tolland leads incumbent Chet Rowley, a poll shows.",
     [E(US_SENATE), C("Vera Tolland", US_SENATE)], [E(S("Maine"))]),
    ("In the Michigan Senate primary, Omar Latif beat Peggy Sheldon by 12 points.",
     [C("Peggy Sheldon", US_SENATE), E(US_SENATE)], [E(S("Michigan"))]),
    ("Mining executive Rex Calder is the Republican nominee in the Wyoming Senate race.",
     [E(US_SENATE), C("Rex Calder", US_SENATE)], [E(S("Wyoming"))], GAP),
    ("Florida Senate contest heats up as Ines Roldan and Kurt Seaver trade attacks.",
     [E(US_SENATE)], [E(S("Florida"))]),
    ("Texas Senate race: Ward Tillery and Nina Farias meet in their only debate on Friday.",
     [O("Texas Senate", US_SENATE), E(US_SENATE)], [E(S("Texas"))]),
    ("Tess Morrow has won the South Carolina Senate Republican runoff, the AP said.",
     [C("Tess Morrow", US_SENATE)], [W("Tess Morrow", S("South Carolina"))]),
    ("Minnesota Senate special election draws seven candidates to replace Sen. Hal Ostby.",
     [E(US_SENATE)], [E(S("Minnesota"))]),
    ("Ohio's Senate race pits Jared Vollmer against three-term Sen. Pat Brannock.",
     [E(US_SENATE), C("Jared Vollmer", US_SENATE)], []),
    ("Voters in the Mississippi Senate runoff chose Della Pruitt over Cyrus Gaines.",
     [E(US_SENATE), W("Della Pruitt", US_SENATE)], [E(S("Mississippi"))], GAP),
    ("The Virginia Senate race drew $40 million in outside spending, and Nell Carrow won it.",
     [E(US_SENATE)], [E(S("Virginia"))]),
    ("Oklahoma Senate special election: Rep. Tad Wolcott wins the Republican nomination.",
     [E(US_SENATE)], [E(S("Oklahoma"))]),
    ("Wisconsin Senate candidates Ansel Krause and Pia Lundgren debated in Milwaukee on Thursday.",
     [E(US_SENATE)], [E(S("Wisconsin"))]),
    ("Washington Senate race: Sen. Ida Marr leads former state Rep. Tom Kell by nine points.",
     [O("Washington Senate", US_SENATE), E(US_SENATE), H("Ida Marr", US_SENATE)], [E(S("Washington"))]),
    ("New York Senate race: Rep. Ada Quist leads Cal Dorsey in a new Siena poll.",
     [O("New York Senate", US_SENATE), E(US_SENATE)], [E(S("New York"))]),
    ("Tasmania Senate race: independent Nell Parkes is tipped to win the last seat.",
     [E("Member of the Australian Senate")], [E(S("Tasmania"))], GAP),
    # -- the nation's chambers named outright stay the nation's ----------------------------------------------------
    ("Democrats won control of the U.S. House and Senate in Tuesday's election.",
     [E(US_SENATE)], [E("Member of the United States House and Senate")]),
    # -- the House by the nation's cues: "congressional", a congressional district ----------------------------------
    ("Raul Espina won the Texas House race in the 28th Congressional District on Tuesday.",
     [W("Raul Espina", US_HOUSE)], [W("Raul Espina", "Member of the Texas House of Representatives")]),
    ("Georgia's 6th District House race: Mina Loring leads Hal Prewitt in a new poll.",
     [E(US_HOUSE)], [E("Member of the Georgia House of Representatives")]),
    ("Pennsylvania congressional candidate Leo Marchetti won the Democratic primary in the 7th District.",
     [C("Leo Marchetti", US_HOUSE)], []),
    # -- a bare state's "House race": either chamber; the candidacy is certain, the chamber is left as it is ---------
    ("Georgia House race heats up as Lucinda Marsh faces a challenger.",
     [], [E(S("Georgia")), E(US_SENATE)]),
    ("Pia Sorensen is running in a Michigan House race that could tip the chamber.",
     [C("Pia Sorensen")], [C("Pia Sorensen", US_SENATE)]),
    # -- the state's own Senate: "state", the chamber acting, a district, its officers, its general elections --------
    ("The Alabama Senate passed a bill on Tuesday to expand the state's lottery.",
     [], [E(US_SENATE), O("Alabama Senate", US_SENATE)]),
    ("Teacher Ellis Garvin is running for the Ohio state Senate in the 12th District.",
     [C("Ellis Garvin", "Member of the Ohio State Senate")], [C("Ellis Garvin", US_SENATE), E(US_SENATE)]),
    ("Marta Ruiz won a seat in the Ohio State Senate on Tuesday.",
     [W("Marta Ruiz", "Member of the Ohio State Senate")], [W("Marta Ruiz", US_SENATE), E(US_SENATE)]),
    ("Rancher Cole Brandt filed for a seat in the Texas Senate's 14th district.",
     [], [C("Cole Brandt", US_SENATE), E(US_SENATE)]),
    ("Ohio Senate President Gus Hamlin said the chamber would vote on the map on Monday.",
     [H("Gus Hamlin", "President of the Ohio Senate")], [H("Gus Hamlin", US_SENATE), E(US_SENATE)]),
    ("State senator Lorna Pike, a Democrat from Tempe, is seeking re-election to the Arizona Senate.",
     [C("Lorna Pike", S("Arizona"))], [C("Lorna Pike", US_SENATE), E(US_SENATE)]),
    ("All 35 seats are up in the Alabama Senate elections in November, and Republicans hold 27.",
     [E(S("Alabama"))], [E(US_SENATE)]),
    ("Democrats kept control of the Virginia Senate in Tuesday's elections, winning 21 of its 40 seats.",
     [E(S("Virginia"))], [E(US_SENATE)]),
    ("Dora Vick leads in the Kansas Senate race for the 9th District seat, the Wichita paper reported.",
     [C("Dora Vick", S("Kansas"))], [E(US_SENATE), C("Dora Vick", US_SENATE)]),
    ("Carla Venn was first elected to the Minnesota Senate in 2016 after a decade on the city council.",
     [], [W("Carla Venn", US_SENATE), E(US_SENATE), C("Carla Venn", US_SENATE)]),
    ("Nurse Ada Kimball won the Republican primary for Ohio Senate District 7 on Tuesday.",
     [], [W("Ada Kimball", US_SENATE), E(US_SENATE)]),
    ("Wisconsin Senate Majority Leader Dirk Halvorsen said the chamber would not take up the bill.",
     [H("Dirk Halvorsen", "Majority Leader of the Wisconsin Senate")], [H("Dirk Halvorsen", US_SENATE), E(US_SENATE)]),
    ("The Michigan Senate voted 20-18 on Thursday to repeal the tax, and Sen. Nils Aberg voted no.",
     [], [E(US_SENATE), E(S("Michigan"))]),
    ("The Iowa Senate's 22nd District special election went to Democrat Faye Lowther.",
     [], [E(US_SENATE), W("Faye Lowther", US_SENATE)]),
    ("Hugh Tanner won the Ohio Senate special election in the 13th district on Tuesday.",
     [W("Hugh Tanner", S("Ohio"))], [E(US_SENATE), W("Hugh Tanner", US_SENATE)]),
    ("Arizona Senate Republicans elected Wes Pardee as their leader for the next session.",
     [], [E(US_SENATE), H("Wes Pardee", US_SENATE)]),
    ("Republicans won control of the Arizona Senate and House in Tuesday's election.",
     [E("Member of the Arizona House of Representatives")], [E(US_SENATE), E(US_HOUSE)]),
    ("Republicans kept control of the Ohio Senate and the House in Tuesday's election.",
     [E("Member of the Ohio House of Representatives")], [E(US_SENATE), E(US_HOUSE)]),
    ("Arizona Senate candidates in Tuesday's legislative primaries raised record sums, filings show.",
     [E(S("Arizona"))], [E(US_SENATE)]),
    ("The Pennsylvania state Senate primary in the 44th District drew three candidates.",
     [E("Member of the Pennsylvania State Senate")], [E(US_SENATE)]),
    ("Lanie Orr, a member of the Colorado Senate, announced a bid for Congress on Monday.",
     [H("Lanie Orr", S("Colorado"))], [H("Lanie Orr", US_SENATE)]),
    # -- the state's own House: "state House", its own name, a state House district ---------------------------------
    ("Ina Wallace won the Georgia House District 101 race by 300 votes.",
     [], [W("Ina Wallace", US_HOUSE), E(US_HOUSE)]),
    ("Pharmacist Gil Auster is running for a seat in the Georgia House of Representatives.",
     [C("Gil Auster", "Member of the Georgia House of Representatives")], [C("Gil Auster", US_HOUSE), E(US_HOUSE)]),
    ("Mel Carver won the Pennsylvania state House race in the 178th District.",
     [W("Mel Carver", "Member of the Pennsylvania House of Representatives")],
     [W("Mel Carver", US_HOUSE), E(US_HOUSE)]),
    ("Kel Odom, a member of the Georgia Senate, said on Monday he will run for governor.",
     [], [H("Kel Odom", US_SENATE)]),
    ("Texas House Speaker Dell Ramsey said on Friday the chamber would adjourn.",
     [H("Dell Ramsey", "Speaker of the Texas House of Representatives")], [H("Dell Ramsey", US_HOUSE), E(US_HOUSE)]),
    ("Lori Bates lost her Ohio House seat in the 41st District to Democrat Tim Orr.",
     [], [W("Tim Orr", US_HOUSE), E(US_HOUSE)]),
]


def _rows(nlp, text: str) -> list[dict]:
    doc = lead_doc(nlp, text, ANCHOR)
    entity = lambda s: s._.entity if s is not None else None  # noqa: E731
    rows = [dict(predicate=f.predicate, subject=entity(f.subject), object=entity(f.object))
            for f in doc._.facts if f.predicate in SCORED]
    rows += [dict(predicate=OFFICE, subject=m.text, object=m._.entity)
             for m in doc.spans.get(MENTIONS, []) if m.label_ == OFFICE]
    return [r for r in rows if any(w in (r[k] or "") for w in SCORED_WORDS for k in ("subject", "object"))]


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_state_senate_race_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("state senate race leads", lambda text: _rows(nlp, text), LEADS, capsys)
