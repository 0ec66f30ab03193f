"""A party that chooses its own head holds an election: a challenge table of invented leads (round 37).

The shape recurs across the tune golds and stories: a party (or its central committee) that chooses, picks or elects
its new leader, read as the party's leadership ``election`` (``invented_elections`` b08, "Canada's Conservative
Party will choose its new leader on May 24", required; ``dev_tune`` ce-a741095121, ce-c7728097ad and ce-34c43a5e0a,
"the Republican People's Party ... elects X as its new leader", "the New Democratic Party ... picks X as its new
leader", "the Central Committee of the Communist Party of Vietnam elects X as the new General Secretary", optional
rows the gold allows). The win was read (won.body_chooses, won.elects); the election was not (election.voters_choose
leaves a party's own vote out, election.to_elect reads "elect its" only).

Each row is an invented lead (invented people, real parties and countries) with the ``election`` rows it must give
and those it must not. Negatives keep the verb and change the meaning: a firm's board, a club or a team that picks
its head or captain, a party's pick of a candidate or a running mate, an appointment, a hypothetical, a passive
winner, a poll of members. Rows the pipeline does not read yet are ``GAP`` (strict xfails); ``test_score_printed``
prints the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from paraphrase import election as E, election_rows as _rows  # noqa: N812

#: Any election row at all (a negative's unwanted row where the lead holds no election).
ANY = E()

LABOUR = "Leader of the Labour Party"
CPC = "Leader of the Conservative Party of Canada"

#: (lead, rows it must give, rows it must not give[, GAP]), published on paraphrase.ANCHOR (2024-06-01).
LEADS = [
    # -- a party that will choose its new leader on a day --------------------------------------------------------------
    ("The New Democratic Party will choose its new leader on September 10, party officials announced.",
     [E("Leader of the New Democratic Party", date="2024-09-10")], []),
    # GAP: the country's possessive does not pick its party ("Canada's Conservative Party" links to Britain's)
    ("Canada's Conservative Party will choose its new leader on September 10, party officials announced.",
     [E(CPC, date="2024-09-10")], [], GAP),
    ("Britain's Labour Party will pick its new leader on July 4 after Tom Vale resigned.",
     [E(LABOUR, date="2024-07-04")], []),
    ("The Labour Party is to select its new leader in a ballot of members on September 3.",
     [E(LABOUR, date="2024-09-03")], []),
    # -- a party that elects or picks someone as its new leader --------------------------------------------------------
    ("The Republican People's Party, Turkey's main opposition party, elects Kemal Aydın as its new leader.",
     [E("Leader of the Republican People's Party")], []),
    ("The New Democratic Party in Canada picks Toronto councillor Dana Ruiz as its new leader at its convention.",
     [E("Leader of the New Democratic Party")], []),
    ("The Labour Party elects former minister Ana Rees as its new leader, replacing Tom Vale.", [E(LABOUR)], []),
    ("The Central Committee of the Communist Party of Vietnam elects Trần Văn Hải as the new General Secretary of "
     "the Communist Party of Vietnam.", [E("General Secretary of the Communist Party of Vietnam")], []),
    ("The Liberal Party of Australia chose Mark Dunn as its new leader on Tuesday.",
     [E("Leader of the Liberal Party of Australia", date="2024-05-28")], []),
    # GAP: as above, "Australia's Liberal Party" links to no party of Australia
    ("Australia's Liberal Party chose Mark Dunn as its new leader on Tuesday.",
     [E("Leader of the Liberal Party of Australia", date="2024-05-28")], [], GAP),
    # GAP: "a new leader" with no possessive names no party's office ("leader" stays no office of the party)
    ("New Zealand's National Party will pick a new leader on Tuesday.",
     [E("Leader of the New Zealand National Party", date="2024-06-04")], [], GAP),
    # GAP: a party's plural name with no "party" word ("Conservatives choose ...")
    ("Britain's Conservatives choose Ana Rees as their new leader.", [E("Leader of the Conservative Party")], [], GAP),
    # -- not an election: the same verbs of a firm, a club, a team, a candidacy, an appointment ---------------------
    ("The board of Norcastle Bank elects Julia Brandt as its new chair, replacing Otto Fenwick.", [], [ANY]),
    ("The Labour Party picks Dana Ruiz as its candidate for Mayor of London.", [], [E(LABOUR)]),
    ("The Green Party picks Dana Ruiz as its candidate for president.", [], [ANY]),
    ("The Republican Party picks Senator Tom Vale as its vice presidential nominee.", [], [ANY]),
    ("The Conservative Party appoints Richard Hale as its new party chairman.", [], [ANY]),
    ("Manchester United picks Dana Ruiz as its new captain after the party for the club's anniversary.", [], [ANY]),
    ("The football club's supporters party elects Tom Vale as its new chairman.", [], [ANY]),
    ("The board of the Acme Party Supply company elects Ana Rees as its new chair.", [], [ANY]),
    # a hypothetical, a poll of members, a passive winner, a party that only says who it might choose
    ("The Labour Party could choose Ana Rees as its new leader if Tom Vale resigns.", [], [E(LABOUR)]),
    ("A poll of Labour Party members shows Ana Rees as the favourite to become its new leader.", [], [E(LABOUR)]),
    ("Ana Rees, who was elected as its leader by the Labour Party in 2019, resigns as an MP.", [], [E(LABOUR)]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_elec37_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("elec37 party chooses its head", lambda text: _rows(nlp, text), LEADS, capsys)
