"""Places in running text and their links: a challenge table of invented leads (invented people, real places and
bodies).

Stop 38's GPE audit of the fresh inputs found recurring wrong links in running text: a compound of where something
is based or goes linked to the wrong place of its name ("London-based" to London, Ontario, in a story that names
Canada; "New York-based", "New York-bound" to the state: the compound names the best-known city); the city New York
linked to the state at a journey's end ("from Athens to New York": the other end is a city), in a market's sentence
("a barrel in New York", "New York trading", "New York's blue chip index": agw 6 rows, 6 stories) and after "in" in
a sentence of no state's laws, voters, race or office ("died in New York", "diplomats met in New York"); and the
bank Santander linked to the Colombian department (agw 11 rows, 8 stories: "Santander Central Hispano" read as the
department and its bare name after it). Near misses keep the state ("New York's Senate race", "from Vermont to New
York", "New York Attorney General" in a market's sentence, "the primary in New York", a list of states), London,
Ontario, where the story writes it so, the department of Colombia, and a country inside a company's name the KB does
not mark ("Royal Bank of Scotland ... Scotland's first minister").
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_doc, lead_params, print_table_score

from pipeline.nlp.components.common import mentions
from pipeline.nlp.extensions import get_span_value

ANCHOR = "2004-10-12"


def G(text, entity_id=None):  # noqa: N802 - a table's row builder
    """A GPE mention of exactly ``text``, linked to ``entity_id`` when given."""
    row = dict(predicate="GPE", subject=text)
    return row if entity_id is None else {**row, "object": entity_id}


def O(text, entity_id=None):  # noqa: N802
    """An ORG mention of exactly ``text``, linked to ``entity_id`` when given."""
    row = dict(predicate="ORG", subject=text)
    return row if entity_id is None else {**row, "object": entity_id}


def rows_of(nlp, text: str, labels: tuple[str, ...] | None = None) -> list[dict]:
    """The lead's mentions as written with their entity ids; only those of ``labels`` when given."""
    return [dict(predicate=s.label_, subject=s.text, object=get_span_value(s, "entity_id"))
            for s in mentions(lead_doc(nlp, text, ANCHOR)) if labels is None or s.label_ in labels]


NYC, NYS = "gpe:new-york-city", "gpe:new-york"
LONDON, LONDON_ON = "gpe:london", "gpe:london-ca"
BANK, DEPARTMENT = "org:banco-santander", "gpe:santander"

#: (lead, mentions it must give, mentions it must not give[, GAP]).
LEADS = [
    # -- a compound of where something is based or goes: the best-known city of the name -------------------------------
    ("Kestrel Mining of Toronto said it was buying a stake in London-based Celtic Resources, analysts in Canada said.",
     [G("London", LONDON)], [G("London", LONDON_ON)]),
    ("Consumer confidence fell in September, a New York-based research group said on Tuesday.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("Police found no threat on a New York-bound airliner that landed in Ireland, Minister Ivo Brandt said.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("The Paris-based agency said on Monday that turnout fell.",
     [G("Paris", "gpe:paris")], []),
    # -- a journey's other end is a city -------------------------------------------------------------------------------
    ("A flight from Madrid to New York was diverted to Manchester after a bomb threat.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("An airliner on its way from Athens to New York landed at Stansted, police said.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("A plane flying from Berlin to London reported a threat, Canadian officials in Ottawa said.",
     [G("London", LONDON)], [G("London", LONDON_ON)], GAP),  # the journey gives a kind (city), not which city
    ("A plane flying from Berlin to London reported a threat on Monday.",
     [G("London", LONDON)], [G("London", LONDON_ON)]),
    # -- a market's sentence: the city, where the market trades -----------------------------------------------------
    ("Crude oil futures rose above $50 a barrel in New York on concern over supplies, Minister Ivo Brandt said.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("In mid-morning New York trading, oil for delivery next month hit $44.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("A rally in insurers drove New York's blue chip index up 1 percent, despite higher oil prices.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("Insurance stocks plunged on worries that New York Attorney General Ana Ruiz's probe will spread.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("Shares of the vote in New York gave Mara Velk a clear lead over Ivo Brandt.",
     [G("New York", NYS)], [G("New York", NYC)]),
    # -- "in" before the name, in a sentence of no state's laws, voters, race or office: the city ----------------------
    ("Ambassador Ivo Brandt died in New York on Thursday after a long illness, the ministry said.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("Zembla's diplomats met U.S. officials in New York twice in the past week, the agency said.",
     [G("New York", NYC)], [G("New York", NYS)]),
    ("Mara Velk won the primary in New York on Tuesday.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("Flooding is also occurring in New York, where Governor Ana Ruiz declared an emergency.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("Suspects in a plot against targets in New York, New Jersey and Washington appeared in court.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("Residents in New York can now vote by mail, Ana Ruiz said.",
     [G("New York", NYS)], [G("New York", NYC)]),
    # -- near misses: the state, London of Ontario --------------------------------------------------------------------
    ("New York's Senate race drew three candidates, Mara Velk among them.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("Senator Mara Velk moved from Vermont to New York in 1990.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("Voters from Ohio to New York went to the polls on Tuesday.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("New York Attorney General Ana Ruiz sued the insurer on Thursday.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("The mayor of London, Ontario, Ivo Brandt, conceded on Monday.",
     [G("London", LONDON_ON)], [G("London", LONDON)]),
    ("A company based in London, Ontario, said it would hire 200 workers.",
     [G("London", LONDON_ON)], [G("London", LONDON)]),
    # -- a bank named like a place, named in full in the story --------------------------------------------------------
    ("Santander sells stake in Royal Bank of Scotland\n\nLONDON - Santander Central Hispano said on Friday it would "
     "sell shares.",
     [O("Santander", BANK), O("Santander Central Hispano", BANK)], [G("Santander")]),
    ("The regulator approved Banco Santander's takeover of Abbey; Santander said it would close the deal in November.",
     [O("Banco Santander", BANK), O("Santander", BANK)], [G("Santander")]),
    ("Santander accelerates Abbey bid\n\nSantander says it aims to complete its takeover of mortgage lender Abbey.",
     [O("Santander", BANK)], [G("Santander")], GAP),
    # -- near misses: the department of Colombia, a country in a company's name ----------------------------------------
    ("Voters in Santander elected Ana Ruiz governor on Sunday, Colombia's election authority said.",
     [G("Santander", DEPARTMENT)], [O("Santander")]),
    ("Royal Bank of Scotland said profit rose; Scotland's first minister Ivo Brandt welcomed the news.",
     [G("Scotland")], [O("Scotland")]),
    ("Air France cut its fares on Monday as France's unions called a strike.",
     [G("France", "gpe:france")], [O("France")]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_place38_leads(nlp, text, wanted, unwanted):
    check_lead(rows_of(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("place38 leads", lambda text: rows_of(nlp, text, ("GPE", "ORG")), LEADS, capsys)
