"""Which office a candidacy, win or election row is about: a challenge table of invented leads (round 29).

Each row is an invented lead (invented people, real countries) with the candidate, won and election rows it must give
and those it must not. The shapes, read from the tune golds' wrong candidacy and election rows:

- (B) a list whose names each have their own office's cue ("Nakuru governor candidate X, Lamu senator candidate Y"):
  each takes its own cue's office, never the list's first;
- (C) the office an "incumbent" defends ("incumbent Sen. X defeated Y in the runoff"): the story's race when it names
  no race office of its own, a member's seat too; never a title with no incumbent cue ("Sen. X said the runoff");
- (A) a held office taken as the one sought ("Assemblyman X is running for the House seat held by Rep. Y"): read
  only where the target is an office mention today; the rest are GAP rows.

Near misses: a title holder who is not in the race, a re-election which keeps the held office, a former holder
running for his old office again, a plural cue that names one group. Rows the pipeline does not read yet are marked
``GAP`` (strict xfails, so a fix shows up as an unexpected pass); ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("candidate", "won", "election")


def C(subject, office=None):  # noqa: N802 - a table's row builder
    return dict(predicate="candidate", subject=subject, **({"object": office} if office is not None else {}))


def W(subject, office=None):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"object": office} if office is not None else {}))


def E(subject=None, **extra):  # noqa: N802
    return dict(predicate="election", **({"subject": subject} if subject is not None else {}), **extra)


SENATE = "Member of the United States Senate"
HOUSE = "Member of the United States House of Representatives"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- (B) a list where each name has its own office's cue -------------------------------------------------
    ("Nakuru governor candidate Ana Wambui, Lamu senator candidate Joel Kimani and Kisumu MP candidate Peter Otieno "
     "conceded defeat on Thursday.",
     [C("Ana Wambui", "Governor of Nakuru County"), C("Joel Kimani", "Member of the Senate of Kenya")],
     [C("Joel Kimani", "Governor of Nakuru County")]),
    ("Kano governor candidate Musa Bello, Kaduna senator candidate Ibrahim Sani and Ogun governor candidate Tunde "
     "Ade addressed supporters in Abuja.",
     [C("Ibrahim Sani", "Member of the Senate of Nigeria"), C("Tunde Ade", "Governor of Ogun State")],
     [C("Ibrahim Sani", "Governor of Kano")]),
    ("Texas governor candidate Ann Pike, Houston mayor candidate Rob Sears and Dallas mayor candidate Jim Kerr met "
     "on Monday.", [C("Ann Pike", "Governor of Texas"), C("Rob Sears", "Mayor of Houston")],
     [C("Rob Sears", "Governor of Texas")]),
    ("Quezon City mayor candidate Rosa Villar, Cebu governor candidate Jun Alcala and Davao mayor candidate Ben "
     "Dizon filed their papers.", [C("Jun Alcala", "Governor of Cebu")], [C("Jun Alcala", "Mayor of Quezon City")]),
    ("Ohio gubernatorial candidate Lisa Crane and Senate candidate Mark Dell spoke at the rally in Columbus.",
     [C("Lisa Crane", "Governor of Ohio"), C("Mark Dell", SENATE)], [C("Mark Dell", "Governor of Ohio")]),
    ("Lyon mayoral candidate Claire Roux and presidential candidate Paul Marchand shared a stage on Monday.",
     [C("Claire Roux", "Mayor of Lyon"), C("Paul Marchand", "President of France")],
     [C("Paul Marchand", "Mayor of Lyon")]),
    ("Democratic Senate candidate Tom Hale and gubernatorial candidate Rita Vance of Arizona campaigned in Tucson.",
     [C("Tom Hale", SENATE), C("Rita Vance", "Governor of Arizona")], [C("Rita Vance", SENATE)]),
    ("Presidential candidate Ama Owusu and parliamentary candidate Kwesi Boateng of Ghana filed their papers.",
     [C("Ama Owusu", "President of Ghana")], [C("Kwesi Boateng", "President of Ghana")], GAP),  # no office read
    # a name's own cue with no office ("city council candidate") is not read yet: the list's first office stays
    ("Mayoral candidate Ana Ruiz, city council candidate Tom Hart and school board candidate Lisa Moe spoke at the "
     "forum in Denver.", [C("Ana Ruiz", "Mayor of Denver")], [C("Tom Hart", "Mayor of Denver")], GAP),
    # near misses: one cue for the whole list, a plural cue, a bare second cue
    ("Mayoral candidates Ana Ruiz and Tom Hart debated in Denver on Tuesday.",
     [C("Ana Ruiz", "Mayor of Denver"), C("Tom Hart", "Mayor of Denver")], []),
    ("Gubernatorial candidate Lisa Crane of Ohio and her rival Mark Dell debated in Columbus.",
     [C("Lisa Crane", "Governor of Ohio"), C("Mark Dell", "Governor of Ohio")], []),
    ("Ohio gubernatorial candidates Lisa Crane, Mark Dell and Ruth Avery met voters in Dayton.",
     [C("Lisa Crane", "Governor of Ohio"), C("Mark Dell", "Governor of Ohio"), C("Ruth Avery", "Governor of Ohio")],
     []),
    ("Presidential candidate Ama Owusu and running mate Kwesi Boateng of Ghana filed their papers.",
     [C("Ama Owusu", "President of Ghana")], []),
    # -- (C) the office an incumbent defends -------------------------------------------------------------------
    ("Incumbent Sen. Rob Hallard defeated Jim Tesk in Ohio's runoff election on Tuesday.",
     [W("Rob Hallard", SENATE), C("Jim Tesk", SENATE), E(SENATE, kind="runoff")], []),
    ("Democratic incumbent Sen. Mary Kole beat Republican challenger Dan Wirth in Tuesday's election in Montana.",
     [W("Mary Kole", SENATE), C("Dan Wirth", SENATE)], []),
    ("Incumbent Sheriff Tom Rusk of Hamilton County held off deputy Jane Holt in the Republican primary on Tuesday.",
     [E("Sheriff of Hamilton County", kind="primary")], []),
    ("Incumbent Mayor Paul Berger of Graz was re-elected on Sunday, defeating Anna Lechner.",
     [W("Paul Berger", "Mayor of Graz")], []),
    ("Incumbent Rep. Ana Ortiz of Texas lost the primary to Luis Vega on Tuesday.",
     [E(HOUSE, kind="primary")], []),
    ("Incumbent Governor Ruth Njeri of Nakuru County defeated Samuel Kiprop to win a second term.",
     [W("Ruth Njeri", "Governor of Nakuru County")], []),
    # near misses: a title with no incumbent cue, a title held once, a story with a race of its own
    ("Sen. Rob Hallard said the runoff election on Tuesday was fair, as Jim Tesk defeated Ana Ruiz.",
     [W("Jim Tesk")], [W("Jim Tesk", SENATE), E(SENATE)]),
    ("Governor Lisa Crane of Ohio said the election was calm after Mark Dell defeated Ruth Avery.",
     [W("Mark Dell")], [E("Governor of Ohio")], GAP),
    ("Former Sen. Rob Hallard defeated Jim Tesk in the runoff election on Tuesday.",
     [W("Rob Hallard")], [W("Rob Hallard", SENATE), E(SENATE)]),
    ("Incumbent Sen. Rob Hallard endorsed Jim Tesk, who won the mayoral election in Columbus on Tuesday.",
     [W("Jim Tesk", "Mayor of Columbus")], [W("Jim Tesk", SENATE), E(SENATE)]),
    ("Incumbent Governor Lisa Crane of Ohio watched as Mark Dell won the Senate primary on Tuesday.",
     [E(SENATE, kind="primary")], [E("Governor of Ohio")]),
    # -- (A) a held office is not the office sought ----------------------------------------------------------
    ("Councilwoman Marla Kinney of Denver is running for mayor in the May election.",
     [C("Marla Kinney", "Mayor of Denver")], [C("Marla Kinney", "Member of the Denver City Council")]),
    ("State Sen. Ana Ruiz of Ohio announced her campaign for governor on Monday.",
     [C("Ana Ruiz", "Governor of Ohio")], [C("Ana Ruiz", "Member of the Ohio Senate")]),
    ("Former Mayor Dan Preel of Lyon is running for the National Assembly in June.",
     [], [C("Dan Preel", "Mayor of Lyon")]),
    ("Assemblywoman Jo Kettle and state Sen. Ana Ruiz are both vying for the seat held by retiring Rep. Dan Moll "
     "of New York.", [C("Jo Kettle", HOUSE), C("Ana Ruiz", HOUSE)], [], GAP),
    # near misses: re-election keeps the held office; a former holder running for it again
    ("Mayor Paul Berger of Graz is running for re-election in the autumn vote.",
     [C("Paul Berger", "Mayor of Graz")], []),
    ("Former Governor Lisa Crane of Kansas is running for governor again, she said on Monday.",
     [C("Lisa Crane", "Governor of Kansas")], []),
    ("Sen. Mary Kole of Montana is seeking a third term in November.",
     [C("Mary Kole", SENATE)], [], GAP),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), object=ent(f.object), kind=f.kind))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_race_of_office_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("race-of-office leads", lambda text: _rows(nlp, text), LEADS, capsys)
