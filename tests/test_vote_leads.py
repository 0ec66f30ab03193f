"""Vote counts and shares given to their people in news leads: a challenge table written before any tune miss was read.

Each row is an invented lead (invented people, real countries) in the wording of one kind of outlet (wire, local
paper, broadcaster, headline or body), with the ``votes_received`` rows it must give (person, figure, unit) and
those it must not (near misses: a party's or an option's share, turnout, a poll, seats, a margin, sport). A row
passes when every wanted row is found and no unwanted one is. Rows the pipeline does not read yet are marked
``GAP`` (expected to fail, so a fix shows up as an unexpected pass). ``score`` counts the table's tp/fp/fn (fp: any
``votes_received`` row no wanted row matches).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, table_score

ANCHOR = "2023-09-09"
#: The predicate the table scores.
SCORED = ("votes_received",)


def V(subject, value=None, unit=None):  # noqa: N802 - a table's row builder
    return dict(subject=subject, **({"value": value} if value is not None else {}),
                **({"unit": unit} if unit is not None else {}))


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a share that restates a count -------------------------------------------------------------
    ("Incumbent mayor Ana Ruiz had garnered 18,204 votes, representing 54.27 per cent of the votes cast, "
     "in the Lyon mayoral race.",
     [V("Ana Ruiz", 18204, "votes"), V("Ana Ruiz", 54.27, "percent")], []),
    ("Ivan Petrov secured 41,377 votes, accounting for 48.6 percent of the total, in Bulgaria's presidential runoff.",
     [V("Ivan Petrov", 41377, "votes"), V("Ivan Petrov", 48.6, "percent")], []),
    ("Tom Hart took 9,912 votes, equivalent to 61 percent, in the race for mayor of Nairobi.",
     [V("Tom Hart", 9912, "votes"), V("Tom Hart", 61, "percent")], []),
    # -- the rival's figure after a participle or a clause -------------------------------------------
    ("Ana Ruiz won the Chilean presidency with 6,981,000 votes, with opponent Ivan Petrov gaining 6,762,224 votes.",
     [V("Ana Ruiz", 6981000, "votes"), V("Ivan Petrov", 6762224, "votes")], []),
    ("Peter Blake secured 6,699 votes while Lisa Crane obtained 2,992 in the council by-election in Wales.",
     [V("Peter Blake", 6699, "votes"), V("Lisa Crane", 2992, "votes")], []),
    ("In the mayoral race in Accra, Kofi Mensah received 12,400 votes, while John Mwangi got 9,870.",
     [V("Kofi Mensah", 12400, "votes"), V("John Mwangi", 9870, "votes")], []),
    ("Maria Lopez polled 81,326 votes in the Colombian Senate race, compared to Jose Santos's 60,399.",
     [V("Maria Lopez", 81326, "votes"), V("Jose Santos", 60399, "votes")], []),
    ("Jan Novak was elected Czech president with 58.3 percent of the vote, while Petr Dvorak won 41.7 percent.",
     [V("Jan Novak", 58.3, "percent"), V("Petr Dvorak", 41.7, "percent")], []),
    ("Ana Ruiz polled 81,326 votes, compared to Ivan Petrov’s 60,399 in the Kenyan presidential election.",
     [V("Ana Ruiz", 81326, "votes"), V("Ivan Petrov", 60399, "votes")], []),
    ("Ana Ruiz received 5,000 votes in the Lyon mayoral race and Ivan Petrov received 20 in donations.",
     [V("Ana Ruiz", 5000, "votes")], [V("Ivan Petrov", 20)]),
    # -- a list of names "with" their counts ----------------------------------------------------------
    ("Unofficial results show Ana Ruiz with 62 votes, Ivan Petrov with 59 votes and Tom Hart with 28 votes in the "
     "race for the village council in Ohio.",
     [V("Ana Ruiz", 62, "votes"), V("Ivan Petrov", 59, "votes"), V("Tom Hart", 28, "votes")], []),
    ("Final returns had Lukas Weber with 51 percent and Petra Schmid with 44 percent in the Vienna mayoral election.",
     [V("Lukas Weber", 51, "percent"), V("Petra Schmid", 44, "percent")], []),
    # -- parenthetical shares and "compared to Y's" ---------------------------------------------------
    ("Daniel Okoro won Kenya's presidential election, having gotten over 1.8 million votes (51.4%), compared to "
     "Samuel Kiprop's approximately 1.7 million votes (48.6%).",
     [V("Daniel Okoro", 1800000, "votes"), V("Daniel Okoro", 51.4, "percent"),
      V("Samuel Kiprop", 1700000, "votes"), V("Samuel Kiprop", 48.6, "percent")], [], GAP),
    # -- share against share --------------------------------------------------------------------------
    ("Jose Santos won with 50.64 percent of the vote, against 49.36 percent of the vote for Maria Lopez, in the "
     "Philippine presidential election.",
     [V("Jose Santos", 50.64, "percent"), V("Maria Lopez", 49.36, "percent")], []),
    ("Tom Hart beat Lisa Crane in the Ohio governor's race, gaining 61.5 percent of the ballot against 38.5 percent "
     "for his rival.",
     [V("Tom Hart", 61.5, "percent")], [V("Lisa Crane", 61.5)]),
    ("Ana Ruiz was re-elected mayor of Lyon at 57.4 per cent to Ivan Petrov's 42.6 per cent.",
     [V("Ana Ruiz", 57.4, "percent"), V("Ivan Petrov", 42.6, "percent")], [], GAP),
    ("Kofi Mensah took 53 percent to John Mwangi's 45 percent in Ghana's presidential election.",
     [V("Kofi Mensah", 53, "percent"), V("John Mwangi", 45, "percent")], []),
    # -- the closest rival named in an apposition -----------------------------------------------------
    ("Peter Blake won the Welsh by-election with 14,210 votes; his closest rival, Lisa Crane, garnered 9,108.",
     [V("Peter Blake", 14210, "votes"), V("Lisa Crane", 9108, "votes")], []),
    ("Incumbent Jan Novak was re-elected Czech president with 2.4 million votes. His main challenger, Petr Dvorak, "
     "received 2.1 million.",
     [V("Jan Novak", 2400000, "votes"), V("Petr Dvorak", 2100000, "votes")], [], GAP),
    # -- headline and broadcast style -----------------------------------------------------------------
    ("Ruiz wins Lyon mayoral race: Ana Ruiz 54%, Ivan Petrov 46%",
     [V("Ana Ruiz", 54, "percent"), V("Ivan Petrov", 46, "percent")], []),
    ("Tom Hart captured 52 percent of the vote to win the Ohio governor's race on Tuesday.",
     [V("Tom Hart", 52, "percent")], []),
    ("With 98 percent of precincts reporting, Lisa Crane had 47,210 votes to Peter Blake's 39,880 in the Ohio "
     "Senate race.",
     [V("Lisa Crane", 47210, "votes"), V("Peter Blake", 39880, "votes")], []),
    ("According to the electoral commission, Kofi Mensah obtained 4.2 million votes and John Mwangi 3.9 million in "
     "Ghana's presidential election.",
     [V("Kofi Mensah", 4200000, "votes"), V("John Mwangi", 3900000, "votes")], [], GAP),
    ("Maria Lopez will take office in January after she won 55 percent of the vote in Sunday's Bogota mayoral "
     "election.",
     [V("Maria Lopez", 55, "percent")], []),
    ("Ivan Petrov finished second in Bulgaria's presidential election with 31 percent, behind Ana Ruiz.",
     [V("Ivan Petrov", 31, "percent")], [V("Ana Ruiz", 31)]),
    # -- a verb of claiming, a name trailing or placed behind ---------------------------------------------
    ("Ana Ruiz claimed 53.2% of the vote in the Chilean presidential election.",
     [V("Ana Ruiz", 53.2, "percent")], []),
    ("Ana Ruiz took 61% of the vote in the Lyon mayoral race, with Ivan Petrov trailing at 35%.",
     [V("Ana Ruiz", 61, "percent"), V("Ivan Petrov", 35, "percent")], []),
    ("Kofi Mensah clinched 54% in Ghana's presidential election, while John Mwangi trailed with 41%.",
     [V("Kofi Mensah", 54, "percent"), V("John Mwangi", 41, "percent")], []),
    ("Labour's Peter Blake came second on 31% in the Welsh by-election.",
     [V("Peter Blake", 31, "percent")], []),
    # -- near misses: no figure of a person's -----------------------------------------------------------
    ("Ana Ruiz trailed Ivan Petrov by 5 points in the Lyon mayoral race.",
     [], [V("Ana Ruiz"), V("Ivan Petrov")]),
    ("Ana Ruiz trailed with 41% in the latest poll for the Lyon mayoral race.", [], [V("Ana Ruiz")]),
    ("Ana Ruiz's Green Party won 32 percent of the vote in the Chilean parliamentary election.",
     [], [V("Ana Ruiz")]),
    ("Ivan Petrov leads Tom Hart 48 to 44 percent in a poll of likely voters for the Bulgarian presidency.",
     [], [V("Ivan Petrov"), V("Tom Hart")]),
    ("Ana Ruiz won the Lyon mayoral race by 714 votes.", [], [V("Ana Ruiz", 714)]),
    ("Kofi Mensah's party won 80 of 150 seats in Ghana's parliament.", [], [V("Kofi Mensah")]),
    ("In the mayoral race in Lima, 120,000 votes were cast, and Maria Lopez was declared the winner.",
     [], [V("Maria Lopez", 120000)]),
    ("The 'yes' side won 56 percent in the referendum called by President Jan Novak of the Czech Republic.",
     [], [V("Jan Novak")]),
    ("Tom Hart scored 28 points as Ohio State beat Michigan in the season opener.", [], [V("Tom Hart")]),
    ("Ana Ruiz received 40,000 votes, representing 45 percent of registered voters, in the Lyon mayoral race.",
     [V("Ana Ruiz", 40000, "votes")], [V("Ana Ruiz", 45)]),
    ("On election night, Tom Hart had a one-vote win over Lisa Crane in the Ohio council race.",
     [], [V("Tom Hart"), V("Lisa Crane")]),
    ("Lisa Crane has a 3,000-vote lead over Peter Blake in the Ohio Senate race.",
     [], [V("Lisa Crane", 3000), V("Peter Blake", 3000)]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(subject=ent(f.subject), value=f.value, unit=f.unit))


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_vote_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)
