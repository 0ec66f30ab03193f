"""Votes and defeats as news writing states them: a sweep of invented one-sentence leads (round 29).

Each row is an invented lead (invented people, real countries), one way of stating a person's votes or a defeat
in the wording of one kind of outlet (US wire, UK and Irish count reports, Indian "polled", Nigerian, Philippine and
Malaysian tallies, French first rounds, New Zealand electorate results), with the ``votes_received`` and
``defeated`` rows it must give and those it must not. Near misses: a delegates' poll, an approval rating, turnout,
a party's seats, a deadline or a bill "beaten" or "defeated", a sports score, a margin read as a count. Rows the
pipeline does not read yet are marked ``GAP`` (strict xfails, so a fix shows up as an unexpected pass).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("votes_received", "defeated")


def V(subject, value=None, unit=None):  # noqa: N802 - a table's row builder
    return dict(predicate="votes_received", subject=subject, **({"value": value} if value is not None else {}),
                **({"unit": unit} if unit is not None else {}))


def D(subject, obj=None, value=None, unit=None):  # noqa: N802
    return dict(predicate="defeated", subject=subject, **({"obj": obj} if obj is not None else {}),
                **({"value": value} if value is not None else {}), **({"unit": unit} if unit is not None else {}))


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a defeat stated by a verb of the winner --------------------------------------------------------
    ("Governor Tom Hart of Ohio trounced Democrat Lisa Crane in Tuesday's election.",
     [D("Tom Hart", "Lisa Crane")], []),
    ("Ana Ruiz edged out Ivan Petrov to win the Lyon mayoral race on Sunday.", [D("Ana Ruiz", "Ivan Petrov")], []),
    ("Challenger Kofi Mensah ousted Mayor John Mwangi of Accra in Saturday's vote.",
     [D("Kofi Mensah", "John Mwangi")], []),
    ("Peter Blake unseated incumbent Sen. Lisa Crane in the Ohio Senate race.", [D("Peter Blake", "Lisa Crane")], []),
    ("Opposition leader Samuel Kiprop toppled President Daniel Okoro in Kenya's presidential election.",
     [D("Samuel Kiprop", "Daniel Okoro")], []),
    ("Maria Lopez routed her rival Jorge Vega in Peru's presidential runoff.", [D("Maria Lopez", "Jorge Vega")], []),
    ("Ivan Petrov beat Olga Sidorova by 714 votes in the race for mayor of Sofia.",
     [D("Ivan Petrov", "Olga Sidorova", 714, "votes")], []),
    ("Jan Novak defeated Petr Dvorak by 12 percentage points in the Czech presidential runoff.",
     [D("Jan Novak", "Petr Dvorak", 12, "percent")], []),
    # -- a defeat stated from the loser ----------------------------------------------------------------
    ("Lisa Crane lost to Tom Hart in the Ohio governor's race on Tuesday.", [D("Tom Hart", "Lisa Crane")], []),
    ("Lisa Crane lost the Ohio governor's race to Tom Hart by 4,000 votes.",
     [D("Tom Hart", "Lisa Crane", 4000, "votes")], []),
    ("Labour's Anna Grey has lost the seat of Nelson by just nine votes to National's Mark Reid.",
     [D("Mark Reid", "Anna Grey", 9, "votes")], []),
    ("Labour's Anna Grey has lost the seat of Nelson to National's Mark Reid by 517 votes.",
     [D("Mark Reid", "Anna Grey", 517, "votes")], []),
    ("Sen. Lisa Crane was defeated by Peter Blake in the Ohio Senate primary.", [D("Peter Blake", "Lisa Crane")], []),
    ("Mayor John Mwangi was ousted by Kofi Mensah in Accra's mayoral election.", [D("Kofi Mensah", "John Mwangi")], []),
    ("Peter Blake, who trails Sen. Lisa Crane by just 20 votes in the Ohio Senate race, has asked for a recount.",
     [], [D("Peter Blake")]),
    # -- the race between "lost"/"conceded" and "to" named by a seat the gazetteer does not know ----------------
    ("Anna Grey has lost Westmere by 212 votes to Mark Reid, the electoral commission said.",
     [D("Mark Reid", "Anna Grey", 212, "votes")], []),
    ("Democrat Lisa Crane has conceded the special election for Ohio's 19th Congressional District to Republican "
     "Peter Blake.", [D("Peter Blake", "Lisa Crane")], []),
    ("Sen. Lisa Crane lost the Ohio's 7th District race to Peter Blake by 1,203 votes.",
     [D("Peter Blake", "Lisa Crane", 1203, "votes")], []),
    ("Tom Hart lost the Masters to Phil Reed by two strokes at Augusta.", [], [D("Phil Reed")]),
    ("Ana Ruiz lost the Democratic nomination to Tom Hart in the Ohio primary.", [], [D("Tom Hart", "Ana Ruiz")]),
    ("Ivan Petrov lost Game 7 to Tom Hart's Boston Celtics on Sunday.", [], [D("Tom Hart")]),
    # -- a defeat with a margin worded as a majority or a lead ------------------------------------------
    ("Ahmad Razak won the Johor by-election with a 15,086-vote majority over Lim Wei.",
     [D("Ahmad Razak", "Lim Wei", 15086, "votes")], []),
    ("Mark Reid won the Nelson electorate by 26 votes from Labour's Anna Grey.",
     [D("Mark Reid", "Anna Grey", 26, "votes")], [], GAP),
    ("Rajesh Kumar of the BJP won by only 1,884 over Congress's Sunil Rao in the Lok Sabha election.",
     [D("Rajesh Kumar", "Sunil Rao", 1884, "votes")], [], GAP),
    ("Rajesh Kumar won the Lok Sabha seat by a margin of 2,678 votes over Sunil Rao.",
     [D("Rajesh Kumar", "Sunil Rao", 2678, "votes")], []),
    ("In the last assembly polls, Rajesh Kumar defeated Sunil Rao by a margin of 12,000 votes.",
     [D("Rajesh Kumar", "Sunil Rao", 12000, "votes")], []),
    # -- a defeat in a participle or relative clause ------------------------------------------------------
    ("Jan Novak was declared the winner by the electoral commission, easily defeating his rival Petr Dvorak.",
     [D("Jan Novak", "Petr Dvorak")], [], GAP),
    ("The seat was won by Mark Reid, who beat former minister Anna Grey.", [D("Mark Reid", "Anna Grey")], []),
    ("Ana Ruiz won the Lyon mayoralty, beating Ivan Petrov and Lukas Weber.",
     [D("Ana Ruiz", "Ivan Petrov"), D("Ana Ruiz", "Lukas Weber")], []),
    ("Kofi Mensah, who defeated John Mwangi in 2020, is seeking a second term as mayor of Accra.",
     [D("Kofi Mensah", "John Mwangi")], []),
    # -- votes: a count or a share -----------------------------------------------------------------------
    ("Tom Hart won the Ohio governor's race with 52 percent of the vote.", [V("Tom Hart", 52, "percent")], []),
    ("Ana Ruiz was elected mayor of Lyon with 54.9 per cent.", [V("Ana Ruiz", 54.9, "percent")], []),
    ("Ivan Petrov polled 48,210 votes in the Sofia mayoral election.", [V("Ivan Petrov", 48210, "votes")], []),
    ("Rajesh Kumar of the BJP polled 5,97,624 votes in the Lok Sabha seat of Kanker.",
     [V("Rajesh Kumar", 597624, "votes")], []),
    ("Rajesh Kumar bagged 597,624 votes in the Lok Sabha election in Kanker.",
     [V("Rajesh Kumar", 597624, "votes")], []),
    ("Governor Musa Bello of Kano State scored 1.2 million votes in Nigeria's governorship election.",
     [V("Musa Bello", 1200000, "votes")], []),
    ("Musa Bello of the APC garnered 890,000 votes in the Kano governorship election, INEC said.",
     [V("Musa Bello", 890000, "votes")], []),
    ("Senator Jose Reyes topped the Philippine Senate race with 16,985,226 votes.",
     [V("Jose Reyes", 16985226, "votes")], [], GAP),
    ("Maria Santos emerged as vice president of the Philippines with a total of 14,418,817 votes.",
     [V("Maria Santos", 14418817, "votes")], [], GAP),
    ("Pierre Martin led the first round of the French presidential election with 27.8% of the votes cast.",
     [V("Pierre Martin", 27.8, "percent")], []),
    ("Claire Dubois came second in France's first round on 23.2%.", [V("Claire Dubois", 23.2, "percent")], [], GAP),
    ("Peter Blake received 1.8 million votes (51.4%) in the Georgia Senate runoff.",
     [V("Peter Blake", 1800000, "votes"), V("Peter Blake", 51.4, "percent")], []),
    ("Jan Novak won with 50.6 percent of the vote, against 49.4 percent of the vote for Petr Dvorak.",
     [V("Jan Novak", 50.6, "percent"), V("Petr Dvorak", 49.4, "percent")], []),
    ("Tom Hart beat Lisa Crane in the Ohio runoff, gaining 61.5 percent of the ballot against 38.5 percent for "
     "his rival.", [V("Tom Hart", 61.5, "percent"), V("Lisa Crane", 38.5, "percent")], [], GAP),
    ("Incumbent Sheriff Tom Hart of Ohio kept his seat over Lisa Crane with a vote count of 1307-914.",
     [V("Tom Hart", 1307, "votes"), V("Lisa Crane", 914, "votes")], [], GAP),
    ("Incumbent Peter Blake led challenger Lisa Crane in the county race 407 votes to 225 votes.",
     [V("Peter Blake", 407, "votes"), V("Lisa Crane", 225, "votes")], []),
    # -- votes: a count in a results list ---------------------------------------------------------------
    ("Unofficial results show Hart with 62 votes, Crane with 59 votes and Blake with 42 votes in the Ohio council "
     "race.", [V("Hart", 62, "votes"), V("Crane", 59, "votes"), V("Blake", 42, "votes")], [], GAP),
    ("Fine Gael's Sean Byrne topped the poll in Sligo with 8,980 first preferences, followed by Aoife Kelly of "
     "Sinn Fein on 7,764.", [V("Sean Byrne", 8980, "votes"), V("Aoife Kelly", 7764, "votes")], [], GAP),
    ("Leading the count is Fine Gael's Sean Byrne with 8,980, followed by Aoife Kelly of Sinn Fein on 7,764.",
     [V("Sean Byrne", 8980, "votes"), V("Aoife Kelly", 7764, "votes")], [], GAP),
    ("In the Dublin count, Conor Walsh is on 5,913, Niamh Doyle on 4,466 and Ciaran Burke on 4,066.",
     [V("Conor Walsh", 5913, "votes"), V("Niamh Doyle", 4466, "votes"), V("Ciaran Burke", 4066, "votes")], [], GAP),
    ("In the Tory leadership ballot of MPs, Tom Hart received just 16 and was eliminated.",
     [V("Tom Hart", 16, "votes")], [], GAP),
    ("Peter Blake secured 6,699 votes while Anna Grey obtained 2,992 in the Welsh by-election.",
     [V("Peter Blake", 6699, "votes"), V("Anna Grey", 2992, "votes")], [V("Peter Blake", 2992)]),
    ("Anna Grey, who trailed Peter Blake with 200 votes in the second round, conceded the party chair race.",
     [V("Anna Grey", 200, "votes")], []),
    ("Ahmad Razak won the Malaysian by-election with 25,466 votes against Lim Wei's 10,380.",
     [V("Ahmad Razak", 25466, "votes"), V("Lim Wei", 10380, "votes")], []),
    ("The returning officer declared Chinedu Okafor elected with 45,321 votes, ahead of Emeka Obi with 39,876.",
     [V("Chinedu Okafor", 45321, "votes"), V("Emeka Obi", 39876, "votes")], []),
    ("Ana Ruiz took 38 percent and Ivan Petrov 31 percent in the first round of Chile's presidential election.",
     [V("Ana Ruiz", 38, "percent"), V("Ivan Petrov", 31, "percent")], []),
    ("Tom Hart finished third in the Ohio primary with 12 percent.", [V("Tom Hart", 12, "percent")], []),
    ("Tom Hart won the Ohio primary, 54% to 46%, over Lisa Crane.",
     [V("Tom Hart", 54, "percent"), D("Tom Hart", "Lisa Crane")], []),
    ("Kofi Mensah got 2.4m votes in Ghana's presidential election.", [V("Kofi Mensah", 2400000, "votes")], []),
    ("Jan Novak won 58 per cent in the second round of the Czech presidential election.",
     [V("Jan Novak", 58, "percent")], []),
    # -- near misses: no row --------------------------------------------------------------------------------
    ("Tom Hart won 60% of the delegates' support in a poll of party insiders for the Ohio governorship.",
     [], [V("Tom Hart")]),
    ("President Jan Novak of the Czech Republic has an approval rating of 45% ahead of the election.",
     [], [V("Jan Novak")]),
    ("Turnout reached 67 percent in Ghana, where President Kofi Mensah is seeking re-election.",
     [], [V("Kofi Mensah")]),
    ("Ana Ruiz's party won 120 of the 200 seats in Chile's parliament.", [], [V("Ana Ruiz")]),
    ("Mayor Tom Hart beat the deadline to file for re-election in Ohio by two hours.", [], [D("Tom Hart")]),
    ("Senator Lisa Crane defeated the bill by two votes in the Ohio Senate.", [], [D("Lisa Crane"), V("Lisa Crane")]),
    ("Rafael Costa scored twice as Brazil beat Argentina 3-1 on Sunday.", [], [D("Rafael Costa"), V("Rafael Costa")]),
    ("Novak Petrovic beat Ivan Horvat 6-3, 6-4 in the Madrid Open final.", [], [D("Novak Petrovic")]),
    ("Ivan Petrov leads Olga Sidorova 48 to 44 percent in a poll of likely voters for the Sofia mayoralty.",
     [], [V("Ivan Petrov"), V("Olga Sidorova"), D("Ivan Petrov")]),
    ("The motion of no confidence against Prime Minister Ana Ruiz of Spain was defeated by 180 votes to 170.",
     [], [V("Ana Ruiz"), D("Ana Ruiz")]),
    ("Tom Hart's company beat analysts' forecasts with a 12% rise in profits.", [], [V("Tom Hart"), D("Tom Hart")]),
    ("Maria Lopez, who won 52 percent of the vote in 2018, says she will not run for Peru's presidency.",
     [V("Maria Lopez", 52, "percent")], [D("Maria Lopez")]),
    ("Ana Ruiz won the Lyon mayoral race by 714 votes over Ivan Petrov.",
     [D("Ana Ruiz", "Ivan Petrov", 714, "votes")], [V("Ana Ruiz", 714)]),
    ("Peter Blake was elected with a majority of 3,707 in the Welsh by-election.", [], [V("Peter Blake", 3707)]),
    ("The Senate voted 52 to 48 to confirm Lisa Crane as secretary of state.", [], [V("Lisa Crane")]),
    ("Kofi Mensah defeated cancer and returned to Ghana's parliament on Monday.", [], [D("Kofi Mensah")]),
    ("Ivan Petrov's approval rose to 41 percent after he beat back a challenge in court.", [], [V("Ivan Petrov")]),
    ("Some 1.2 million votes were cast in the Kano governorship election won by Musa Bello.",
     [], [V("Musa Bello", 1200000)]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), obj=ent(f.object), value=f.value, unit=f.unit))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_vote_defeat_sweep(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("vote and defeat sweep", lambda text: _rows(nlp, text), LEADS, capsys)
