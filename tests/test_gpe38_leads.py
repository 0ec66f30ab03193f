"""Places and their links in news leads: a challenge table of invented leads (invented people, real places and bodies).

Stop 38 audited the GPE mentions of the fresh inputs (pool, agw, ce_off) and their links. The recurring wrong rows:
a wire dateline's city linked to the state of its name ("NEW YORK (Reuters) -": 172 rows of agw, the state New York);
an airline named for its country read as the country ("Air Canada", "Air China", "Air New Zealand": 19 rows, 11
stories); "Congo" alone linked to the Republic of the Congo in stories of the Democratic Republic (Kinshasa, Goma,
Ituri: 10 rows, 6 stories); a city written with "City" cut to the name without it ("Gaza City", "Quebec City": 6 rows,
6 stories), and "Gaza" alone linked to the city, where news and the golds mean the Strip (67 rows of agw); a company named like a city read as the city ("Toyota", "Carrefour": 11 rows, 7 stories); a headline's
first word, a country that is a first name too, dropped as a given name before the headline's verb ("Israel Kills ...",
"Iran Says ...": about 25 rows of agw, as many stories); a newspaper named for its city read as the city ("the New
York Post said", "the Miami Herald": 6 rows, 6 stories). Each row gives
the mention as written and its entity id; near misses keep the state, the country and the place ("New York Governor",
"Canada's air force", "Congo" beside Brazzaville, Gaza alone, Nagoya).
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


def O(text):  # noqa: N802
    """An ORG mention of exactly ``text``."""
    return dict(predicate="ORG", subject=text)


def rows_of(nlp, text: str, labels: tuple[str, ...] | None = None) -> list[dict]:
    """The lead's mentions as written with their entity ids; only those of ``labels`` when given."""
    return [dict(predicate=s.label_, subject=s.text, object=get_span_value(s, "entity_id"))
            for s in mentions(lead_doc(nlp, text, ANCHOR)) if labels is None or s.label_ in labels]


NYC, NYS = "gpe:new-york-city", "gpe:new-york"
DRC, ROC = "gpe:democratic-republic-of-the-congo", "gpe:republic-of-the-congo"

#: (lead, mentions it must give, mentions it must not give[, GAP]).
LEADS = [
    # -- a wire's dateline names the city it was filed in --------------------------------------------------------------
    ("NEW YORK (Reuters) - Stocks rose on Tuesday after Senator Mara Velk backed the budget.",
     [G("NEW YORK", NYC)], [G("NEW YORK", NYS)]),
    ("NEW YORK - Oil prices climbed to a record as traders weighed the election.",
     [G("NEW YORK", NYC)], [G("NEW YORK", NYS)]),
    ("NEW YORK, Oct. 12 -- Ivo Brandt, the party's treasurer, resigned on Monday.",
     [G("NEW YORK", NYC)], [G("NEW YORK", NYS)]),
    ("WASHINGTON (Reuters) - Senator Mara Velk said on Monday she would seek a second term.",
     [G("WASHINGTON", "gpe:washington-d-c")], []),
    ("New York Governor Ana Ruiz signed the budget on Monday.",
     [G("New York", NYS)], [G("New York", NYC)]),
    ("Voters in New York chose a new governor on Tuesday.",
     [G("New York", NYS)], []),
    # -- an airline named for its country: no place --------------------------------------------------------------------
    ("Air Canada said on Wednesday it would cut 400 jobs, Transport Minister Ivo Brandt said.",
     [O("Air Canada")], [G("Canada")]),
    ("Shares of Air China rose on their debut after Chairman Li Wen spoke.",
     [], [G("China")]),
    ("Singapore Airlines sold its stake in Air New Zealand on Tuesday.",
     [], [G("New Zealand")]),
    ("Canada's air force flew aid to Haiti on Monday.",
     [G("Canada", "gpe:canada")], []),
    ("Travellers by air to France must show a pass, the minister said.",
     [G("France", "gpe:france")], []),
    # -- "Congo" alone, in a story of the Democratic Republic ----------------------------------------------------------
    ("Attackers killed 14 villagers in east Congo's Ituri province, officials in Kinshasa said.",
     [G("Congo", DRC)], [G("Congo", ROC)]),
    ("GOMA, Congo -- Thousands of civilians fled clashes near the border with Rwanda.",
     [G("Congo", DRC)], [G("Congo", ROC)]),
    ("Congo's former rebels pulled out of the transitional government on Monday.",
     [G("Congo", DRC)], [G("Congo", ROC)]),
    ("President Ivo Mbala of Congo received the envoy in Brazzaville on Monday.",
     [G("Congo", ROC)], [G("Congo", DRC)]),
    # -- a city written with "City" -------------------------------------------------------------------------------------
    ("An Israeli airstrike in Gaza City killed a Hamas commander on Tuesday.",
     [G("Gaza City", "gpe:gaza-city")], [G("Gaza")]),
    ("A Palestinian was shot near Gaza City.",
     [G("Gaza City")], [G("Gaza")]),
    ("Premier Ana Roy spoke to party members in Quebec City on Monday.",
     [G("Quebec City")], [G("Quebec")]),
    ("Voters in Gaza waited for the election results.",
     [G("Gaza", "gpe:gaza-strip")], [G("Gaza", "gpe:gaza-city")]),
    ("Voters in Quebec chose a new premier on Monday.",
     [G("Quebec", "gpe:quebec")], []),
    # -- a headline opened by a country that is a first name too, before the headline's verb ----------------------------
    ("Israel Kills Five Militants in Gaza Raid\n\nJERUSALEM (Reuters) - Israeli troops killed five militants.",
     [G("Israel", "gpe:israel")], []),
    ("Iran Says EU Nuclear Proposal Unacceptable\n\nTEHRAN (Reuters) - Iran rejected the proposal on Monday.",
     [G("Iran", "gpe:iran")], []),
    ("France Opposes Transit Camps for Migrants\n\nFrance said on Monday it would vote against the plan.",
     [G("France", "gpe:france")], []),
    ("Jordan Kowal Wins Seat in Runoff", [dict(predicate="PERSON", subject="Jordan Kowal")], [G("Jordan")]),
    ("Israel Kowal, the party's candidate, conceded on Tuesday.",
     [dict(predicate="PERSON", subject="Israel Kowal")], [G("Israel")]),
    # -- a newspaper named for its city ------------------------------------------------------------------------------------
    ("Senator Mara Velk will not run again, the New York Post said on Wednesday.",
     [O("New York Post")], [G("New York")]),
    ("Knight Ridder, publisher of the Miami Herald and the Philadelphia Inquirer, said profit fell.",
     [O("Miami Herald")], [G("Miami"), G("Philadelphia")]),
    ("The mayor of Miami, Ana Ruiz, told the Herald she would run again.",
     [G("Miami", "gpe:miami")], []),
    # -- a company named like a city --------------------------------------------------------------------------------------
    ("Toyota said its quarterly profit fell, Chairman Ken Sato told reporters.",
     [], [G("Toyota")]),
    ("Carrefour shares dipped on Tuesday ahead of an expected profit warning.",
     [], [G("Carrefour")]),
    ("The mayor of Nagoya, Ana Kato, conceded on Sunday.",
     [G("Nagoya", "gpe:nagoya")], []),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_gpe38_leads(nlp, text, wanted, unwanted):
    check_lead(rows_of(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("gpe38 leads", lambda text: rows_of(nlp, text, ("GPE", "ORG", "PERSON")), LEADS, capsys)
