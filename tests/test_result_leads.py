"""Results and elections in news leads: a challenge table written before any tune miss was read.

Each row is an invented lead (invented people, real countries) in the wording of one kind of outlet (wire, local
paper, broadcaster, headline or body), with the ``won``, ``defeated`` and ``election`` rows it must give and those it
must not (near misses: sport, prizes, praise, confidence votes, hedges, polls, parties). A wanted row names only the
fields it checks; a row passes when every wanted row is found and no unwanted one is. Rows the pipeline does not
read yet are marked ``GAP`` (expected to fail, so a fix shows up as an unexpected pass). ``score`` counts the
table's tp/fp/fn (fp: any result or election row of the predicates scored that no wanted row matches).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, table_score

ANCHOR = "2023-09-09"
#: The predicates the table scores.
SCORED = ("won", "defeated", "election")


def W(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def D(subject, obj, **extra):  # noqa: N802
    return dict(predicate="defeated", subject=subject, obj=obj, **extra)


def E(subject=None, **extra):  # noqa: N802
    return dict(predicate="election", **({"subject": subject} if subject is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a win stated in one sentence ---------------------------------------------------------------
    ("Ana Ruiz was sworn in as president of Chile on Monday after winning the May 3 vote.",
     [W("Ana Ruiz", "President of Chile"), E("President of Chile", date="2023-05-03")], []),
    ("Ohio Governor Tom Hart has been re-elected, beating Democrat Lisa Crane by 12 points.",
     [W("Tom Hart", "Governor of Ohio"), D("Tom Hart", "Lisa Crane")], []),
    ("Kenyan voters returned President Daniel Okoro to office for a second term.",
     [W("Daniel Okoro", "President of Kenya")], []),
    ("Opposition leader Kofi Mensah swept to power in Ghana's presidential election on Saturday.",
     [W("Kofi Mensah", "President of Ghana"), E("President of Ghana")], []),
    ("Conservative candidate Peter Blake romped home in the by-election in Wales on Thursday.",
     [W("Peter Blake"), E(kind="special")], []),
    ("Independent John Mwangi topped the poll in the Kenyan presidential election.",
     [W("John Mwangi", "President of Kenya"), E("President of Kenya")], []),
    ("Ana Ruiz was declared the winner of the Lyon mayoral race on Monday.",
     [W("Ana Ruiz", "Mayor of Lyon")], []),
    ("Ana Ruiz's victory in Sunday's runoff makes her Peru's first female president.",
     [W("Ana Ruiz", "President of Peru"), E("President of Peru", kind="runoff")], []),
    ("Former banker Lukas Weber was elected mayor of Vienna on Sunday with 54 percent of the vote.",
     [W("Lukas Weber", "Mayor of Vienna")], []),
    ("Kofi Mensah wins Ghana presidency in first round",
     [W("Kofi Mensah", "President of Ghana")], []),
    ("Voters in the Philippines elected Jose Santos as their new president on Monday.",
     [W("Jose Santos", "President of the Philippines")], []),
    ("Maria Lopez is the new mayor of Bogota after winning Sunday's election by three points.",
     [W("Maria Lopez", "Mayor of Bogotá"), E("Mayor of Bogotá", date="2023-09-03")], []),
    ("Jan Novak becomes Czech president after defeating Petr Dvorak in the second round.",
     [W("Jan Novak", "President of the Czech Republic"), D("Jan Novak", "Petr Dvorak"),
      E("President of the Czech Republic", kind="runoff")], []),
    ("In Sunday's presidential election in Argentina, Carlos Mendez took 56 percent of the vote to defeat Luis "
     "Ortega.", [D("Carlos Mendez", "Luis Ortega"), W("Carlos Mendez", "President of Argentina"),
                E("President of Argentina")], []),
    ("Amani Juma was re-elected president of Tanzania in a landslide, the electoral commission said on Friday.",
     [W("Amani Juma", "President of Tanzania")], []),
    ("Incumbent mayor Ivan Petrov lost to challenger Olga Sidorova in Moldova's capital on Sunday.",
     [D("Olga Sidorova", "Ivan Petrov")], [], GAP),  # no word of elections in the sentence: the context gate
    ("Lisa Crane narrowly retained her seat in the Australian federal election.",
     [W("Lisa Crane"), E()], []),
    ("Ecuadorian voters chose businessman Diego Salas as president in Sunday's runoff.",
     [W("Diego Salas", "President of Ecuador"), E("President of Ecuador", kind="runoff")], []),
    ("In Sunday's presidential election in Peru, Ana Ruiz took 56 percent of the vote to defeat Ivan Petrov.",
     [D("Ana Ruiz", "Ivan Petrov"), W("Ana Ruiz", "President of Peru"), E("President of Peru")], []),
    ("Ana Ruiz took 61 percent of the vote to become Chile's first female president.",
     [W("Ana Ruiz", "President of Chile")], []),
    ("Ohio Governor Tom Hart cruised to re-election, the Associated Press reported.",
     [W("Tom Hart", "Governor of Ohio"), E("Governor of Ohio")], []),
    ("Independent Lisa Crane topped the poll in Dublin West in the Irish general election.",
     [W("Lisa Crane"), E(kind="general")], []),
    # -- a past win in a relative clause --------------------------------------------------------------
    ("Daniel Okoro, who won the 2019 presidential election in Nigeria, said on Monday he would not run again.",
     [W("Daniel Okoro", "President of Nigeria"), E("President of Nigeria", date="2019")], []),
    # -- elections scheduled or held: one row each, with kind, office and date -----------------------
    ("Ivan Petrov will face Olga Sidorova in the October 15 runoff for president of Moldova.",
     [E("President of Moldova", kind="runoff", date="2023-10-15")], [W("Ivan Petrov"), W("Olga Sidorova")]),
    ("Ghana votes on December 7 in presidential and parliamentary elections.",
     [E("President of Ghana", date="2023-12-07")], []),
    # near miss: the day of a lead taken, not the vote's
    ("Ana Ruiz took a lead on Wednesday in presidential and parliamentary elections in Chile.",
     [E("President of Chile", date=None)], [E("President of Chile", date="2023-09-06")]),
    ("Poland holds a general election on October 15.",
     [E(kind="general", date="2023-10-15")], []),
    ("Voters in Zambia go to the polls on Thursday to elect a president and members of parliament.",
     [E("President of Zambia"), E("Member of the National Assembly of Zambia")], []),
    ("Polls closed on Sunday in Colombia's presidential runoff.",
     [E("President of Colombia", kind="runoff")], []),
    ("A by-election for the Welsh seat will be held on November 2.",
     [E(kind="special", date="2023-11-02")], []),
    # -- near misses: no result of a public election ---------------------------------------------------
    ("Ana Ruiz won the Masters on Sunday.", [], [W("Ana Ruiz")]),
    ("Prime Minister Ivan Petrov of Bulgaria won a vote of confidence in parliament on Tuesday.",
     [], [W("Ivan Petrov")]),
    ("Ana Ruiz won praise for her handling of the floods in Chile.", [], [W("Ana Ruiz")]),
    ("Ana Ruiz is expected to win the presidential election in Chile.", [E("President of Chile")], [W("Ana Ruiz")]),
    ("A poll shows Ana Ruiz leading the race for mayor of Lyon.", [E("Mayor of Lyon")], [W("Ana Ruiz")]),
    ("Tom Hart won the Nobel Peace Prize on Friday.", [], [W("Tom Hart")]),
    ("Ana Ruiz hopes to win the Chilean presidential election next year.", [E("President of Chile", date="2024")],
     [W("Ana Ruiz")]),
    ("Ana Ruiz won a court case against the electoral commission of Kenya.", [], [W("Ana Ruiz")]),
    ("Ana Ruiz's party won 40 seats in the Chilean parliament.", [], [W("Ana Ruiz")]),
    ("Ana Ruiz needs 50 percent of the vote to defeat Ivan Petrov in the Lyon mayoral race.",
     [E("Mayor of Lyon")], [W("Ana Ruiz"), D("Ana Ruiz", "Ivan Petrov")]),
    ("Ana Ruiz topped the poll of preferred candidates for the Lyon mayoral race conducted by a local newspaper.",
     [E("Mayor of Lyon")], [W("Ana Ruiz")]),
    ("Ivan Petrov won enough votes in parliament to oust Prime Minister Ana Ruiz of Romania.",
     [], [D("Ivan Petrov", "Ana Ruiz")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject), obj=ent(f.object), date=f.date, kind=f.kind))


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_result_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)
