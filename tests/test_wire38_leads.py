"""Wire debris that makes wrong mentions (wire38): a challenge table of invented leads (invented people, real places).

The stop-38 first wave found two shapes of AG News debris on the fresh agw input, counted over it before any rule was
built: a Dow Jones dateline glued to the story's first word ("WELLINGTON (Dow Jones)--New Zealand's", 17 stories),
which spaCy kept as one token, so the source ran on into the name after it ("Dow Jones)--New Zealand" a PERSON); and
the feed's " & " with its "&" dropped between capitalised words ("Johnson   Johnson", "Merck   Co.", "Cable
Wireless": 17 runs in 14 stories), which folding made one name a person's shape reads ("Johnson Johnson" a PERSON) or
cut ("Marsh McLennan Cos"). Each lead is raw feed text, cleaned (pipeline/io/clean.py) before the pipeline runs, as
the runner does. Near misses (precision first): a run of three spaces before a lower-case word or after a stop, two
spaces, a dash between words. ``score`` counts tp/fp/fn over the ORG, GPE and PERSON mentions.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from mention_rows import A, G, O, P, mention_rows

from pipeline.io.clean import clean

ANCHOR = "2004-10-20"
LABELS = ("ORG", "GPE", "PERSON")


def rows(nlp, raw: str, labels: tuple[str, ...] | None = None) -> list[dict]:
    """The mentions of the cleaned ``raw``, as written."""
    return mention_rows(nlp, clean(raw).text, ANCHOR, labels)


#: (raw lead, mentions it must give, mentions it must not give[, GAP]).
LEADS = [
    # -- a Dow Jones dateline glued to the story's first word -----------------------------------------------------------
    ("WELLINGTON (Dow Jones)--New Zealand's central bank left rates unchanged, governor Ivo Marek said.",
     [G("New Zealand")], [A("Dow Jones)--New Zealand"), P("Dow Jones)--New Zealand")]),
    ("SYDNEY (Dow Jones)--Velmar Mining Ltd. said Monday its profit rose.",
     [O("Velmar Mining Ltd.")], [A("Dow Jones)--Velmar Mining Ltd.")]),
    ("HONG KONG (Dow Jones)--Shares of Kestrel Airways Ltd. rose on their debut.",
     [O("Kestrel Airways Ltd.")], [A("Dow Jones)--Shares"), A("Dow Jones)--Shares of Kestrel Airways Ltd.")]),
    ("MELBOURNE (Dow Jones)--Australia's Velmar Foods Ltd. rejected the bid.",
     [G("Australia")], [A("Dow Jones)--Australia")]),
    # -- the feed's " & " without its "&" ---------------------------------------------------------------------------
    ("Unions representing workers at Velmar   Kestrel say they are disappointed.", [], [P("Velmar Kestrel")]),
    ("Unions at Velmar   Kestrel Holdings say they are disappointed.", [O("Velmar & Kestrel Holdings")], []),
    ("Unions at Velmar   Kestrel say they are disappointed.", [O("Velmar & Kestrel")], [], GAP),
    ("NEW YORK (Reuters) - Velmar   Kestrel Co. said on Thursday that Ana Ruiz would lead it.",
     [O("Velmar & Kestrel Co."), P("Ana Ruiz")], [O("Velmar Kestrel Co.")]),
    ("Earnings from heavyweights Johnson   Johnson and Merrill Lynch   Co. lifted stocks.",
     [O("Johnson & Johnson")], [P("Johnson Johnson"), A("Merrill Lynch Co.")]),
    ("NEW YORK (Reuters) - Wells Fargo   Co. said on Tuesday that its profit rose in Ohio.",
     [O("Wells Fargo & Co.")], [A("Wells Fargo Co.")]),
    # a company a short lead names is no mention yet (as with "&" written), nor a bare "X & Y" (row above)
    ("Reuters - Marsh   McLennan Cos. said on Monday it would cut fees.", [O("Marsh & McLennan Cos.")], [], GAP),
    # -- near misses: layout runs of spaces, a dash between words ------------------------------------------------------
    ("Party leader Ana Ruiz   recommends that members accept the deal in Dublin.",
     [P("Ana Ruiz"), G("Dublin")], [A("Ana Ruiz &")]),
    ("Voters in Lima went to the polls on   Monday, and Ivo Marek won.", [G("Lima"), P("Ivo Marek")], []),
    ("Ivo Marek won in Lima.   Ana Ruiz conceded.", [P("Ivo Marek"), P("Ana Ruiz")], [A("Lima. & Ana Ruiz")]),
    ("The vote--a record--went to Ana Ruiz in Peru.", [P("Ana Ruiz"), G("Peru")], []),
    ("Ivo Marek,   Ana Ruiz and Tom Lee won seats in Quito.", [P("Ivo Marek"), P("Ana Ruiz"), P("Tom Lee")],
     [A("Ivo Marek, & Ana Ruiz")]),
    ("Ana  Ruiz and Ivo Marek met in Quito.", [P("Ana Ruiz"), P("Ivo Marek"), G("Quito")], [A("Ana & Ruiz")]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_wire38_leads(nlp, text, wanted, unwanted):
    check_lead(rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("wire38 leads", lambda text: rows(nlp, text, LABELS), LEADS, capsys)
