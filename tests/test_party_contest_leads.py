"""The office of a candidacy in a party's leadership contest: a challenge table of invented leads (round 28).

Each row is an invented lead (invented people, real countries) with the ``candidate`` rows it must give and those it
must not. The cause the table covers, counted on the tune golds' candidate misses: a contest for a party's leadership
read as the race for the premiership its winner goes on to ("MPs vote to select a new leader and the next prime
minister", "the leadership race of Japan's ruling party to choose the next premier"): the candidates run for the
party's leader post. Near misses: a general election's "next prime minister", a party leader's title, a country's
"new leader" with no party, a party's leadership outranked by its own race words only. Rows the pipeline does not
read yet are marked ``GAP`` (strict xfails); ``score`` counts the table's tp/fp/fn over the candidate rows.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("candidate",)


def C(subject, office=None):  # noqa: N802 - a table's row builder
    return dict(predicate="candidate", subject=subject, **({"object": office} if office is not None else {}))


LABOUR_UK = "Leader of the Labour Party"
#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a party's members choose "a new leader and the next prime minister" --------------------------
    ("Labour MPs voted on Tuesday to select a new leader and the next prime minister. Foreign Secretary Ana Ruiz "
     "won 150 votes and her nearest rival, Tom Hart, picked up 70.",
     [C("Ana Ruiz", LABOUR_UK), C("Tom Hart", LABOUR_UK)],
     [C("Ana Ruiz", "Prime Minister of the United Kingdom"), C("Tom Hart", "Prime Minister of the United Kingdom")]),
    ("Conservative members of parliament began voting to choose a new leader and the country's next prime minister, "
     "with Home Secretary Lena Marsh the front-runner.",
     [C("Lena Marsh", "Leader of the Conservative Party")], [C("Lena Marsh", "Prime Minister of the United Kingdom")]),
    ("Liberal Democratic Party lawmakers will vote on Friday to elect a new leader; Interior Minister Kenji Sato and "
     "Yumi Tanaka are the candidates.",
     [C("Kenji Sato", "Leader of the Liberal Democratic Party"), C("Yumi Tanaka", "Leader of the Liberal Democratic "
                                                                      "Party")], []),
    # -- "the leadership race of the X Party" ---------------------------------------------------------
    ("Campaigning for the leadership race of Japan's ruling Liberal Democratic Party to choose the next prime "
     "minister began on Friday. The race is contested by former Defence Minister Kenji Sato and Yumi Tanaka.",
     [C("Kenji Sato", "Leader of the Liberal Democratic Party"), C("Yumi Tanaka", "Leader of the Liberal Democratic "
                                                                      "Party")],
     [C("Kenji Sato", "Prime Minister of Japan"), C("Yumi Tanaka", "Prime Minister of Japan")]),
    ("Tom Hart and Ana Ruiz are running in the leadership contest of the Social Democratic Party of Germany, whose "
     "winner will be the next chancellor.",
     [C("Tom Hart", "Leader of the Social Democratic Party of Germany"),
      C("Ana Ruiz", "Leader of the Social Democratic Party of Germany")],
     [C("Tom Hart", "Chancellor of Germany")], GAP),
    ("Lukas Weber entered the leadership election of Canada's New Democratic Party on Monday.",
     [C("Lukas Weber", "Leader of the New Democratic Party")], [], GAP),
    # -- the party's own race words outrank "the next prime minister" ---------------------------------
    ("Ana Ruiz launched her bid for the Labour leadership on Sunday, hoping to become the next prime minister.",
     [C("Ana Ruiz", LABOUR_UK)], [C("Ana Ruiz", "Prime Minister of the United Kingdom")]),
    ("Australia: Treasurer Mark Dunn is running in the Liberal Party leadership ballot to become the next prime "
     "minister.", [C("Mark Dunn", "Leader of the Liberal Party of Australia")],
     [C("Mark Dunn", "Prime Minister of Australia")], GAP),
    # an earlier party contest the candidate lost names no race of her bid now (the sentence's party race is taken)
    ("Lena Marsh, who lost the Labour leadership race in 2020, announced her bid to become prime minister.",
     [], [C("Lena Marsh", LABOUR_UK)], GAP),
    ("Tom Hart entered the race to succeed Paul Reed as leader of the Labour Party, and so as prime minister.",
     [C("Tom Hart", LABOUR_UK)], [C("Tom Hart", "Prime Minister of the United Kingdom")]),
    ("Three candidates are standing for the leadership of the Scottish National Party, whose winner will be the next "
     "first minister: Ana Ruiz, Tom Hart and Lena Marsh.",
     [C("Ana Ruiz", "Leader of the Scottish National Party")], [C("Ana Ruiz", "First Minister of Scotland")], GAP),
    ("New Zealand's National Party will pick a new leader on Tuesday, with Grace Liu and Ben Carter in the running.",
     [C("Grace Liu", "Leader of the New Zealand National Party"), C("Ben Carter", "Leader of the New Zealand National "
                                                                       "Party")], [], GAP),
    ("The Conservative Party leadership race heated up as Lena Marsh won the backing of 40 MPs in her bid to become "
     "prime minister.", [C("Lena Marsh", "Leader of the Conservative Party")],
     [C("Lena Marsh", "Prime Minister of the United Kingdom")]),
    ("Ana Ruiz announced her candidacy for the leadership of Japan's Liberal Democratic Party, the post that carries "
     "the premiership.", [C("Ana Ruiz", "Leader of the Liberal Democratic Party")], [C("Ana Ruiz", "Prime Minister of "
                                                                                          "Japan")]),
    ("Hungary: Fidesz members will elect a new party leader in June; Peter Kovacs is the only candidate.",
     [C("Peter Kovacs", "Leader of Fidesz")], []),
    ("South Africa: Thabo Nkosi is running for the leadership of the African National Congress at its December "
     "conference.", [C("Thabo Nkosi", "Leader of the African National Congress")],
     [C("Thabo Nkosi", "President of South Africa")]),
    # -- near misses: the premiership is the race, or no party's leader is raced -----------------------
    ("Labour leader Ana Ruiz hopes to become the next prime minister when Britons vote on Thursday; Conservative "
     "leader Tom Hart is her main rival.",
     [C("Ana Ruiz", "Prime Minister of the United Kingdom")], [C("Ana Ruiz", LABOUR_UK)]),
    ("Iraqis vote on Sunday to elect a new parliament, which will choose the next prime minister; Ali Hassan leads "
     "the polls.", [], [C("Ali Hassan", "Leader of the Labour Party")]),
    ("The opposition Labour Party said voters would choose a new government; its candidate for prime minister, Tom "
     "Hart, toured Leeds.", [C("Tom Hart", "Prime Minister of the United Kingdom")], [C("Tom Hart", LABOUR_UK)]),
    ("Kenya's parliament will choose a new speaker on Tuesday, with Daniel Okoro the ruling party's candidate.",
     [], [C("Daniel Okoro", "Leader of the Jubilee Party")]),
    ("Nigeria's ruling All Progressives Congress held a rally in Kano for its presidential candidate Musa Bello, who "
     "hopes to become the next president.", [C("Musa Bello", "President of Nigeria")],
     [C("Musa Bello", "Leader of the All Progressives Congress")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                     object=ent(f.object)))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_party_contest_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("party contest leads", lambda text: _rows(nlp, text), LEADS, capsys)
