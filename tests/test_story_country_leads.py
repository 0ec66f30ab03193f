"""A story that names no country: a challenge table of invented leads for the last resorts of its country.

Each row is an invented lead (invented people, real parties and outlets) in the house format of the Current events
summaries: a sentence or two naming an office by its kind alone ("the presidential candidate", "the presidential
runoff", "the prime minister") and no country, then the outlets cited at the end. The office's country comes, only
where the text's own places and demonyms name none, from offices.py ``STORY_COUNTRY_RESORTS`` in order: the KB's
parties and the offices the KB records for the story's people, then the country of the national outlet cited as the
source (outlets.tsv ``country``). Negatives: a national outlet reporting a foreign election the text names, two
countries in the story, two outlets or two parties of two countries, a wire or a US outlet (no country, no guess), a
wire run by a national outlet ("AFP via Rappler"), a country where the role does not exist, a club's president in a
sport story (no office, no election row). Rows the pipeline does not read yet are marked ``GAP`` (strict xfails).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, held_row, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("holds_office", "candidate", "election", "won")


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def C(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="candidate", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def E(office):  # noqa: N802
    return dict(predicate="election", subject=office)


def W(subject, obj=None):  # noqa: N802
    return dict(predicate="won", subject=subject, **({"obj": obj} if obj is not None else {}))


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- the national outlet cited as the source ------------------------------------------------------------
    ("The opposition coalition chooses lawmaker Jose Ramos, leader of the Unity Front, as its joint presidential "
     "candidate. (Rappler)", [C("Jose Ramos", "President of the Philippines")], []),
    ("The supporters of presidential candidates Maria Santos and Paolo Reyes post petitions urging either candidate "
     "to drop out. (The Manila Standard)",
     [C("Maria Santos", "President of the Philippines"), C("Paolo Reyes", "President of the Philippines")], []),
    ("Senator Paolo Reyes files his certificate of candidacy for the presidential election. "
     "(Philippine Daily Inquirer)", [C("Paolo Reyes", "President of the Philippines")], []),
    ("Voters go to the polls in the presidential runoff. (GhanaWeb)", [E("President of Ghana")], []),
    ("Kwame Asante is declared the winner of the presidential election. (GhanaWeb)",
     [W("Kwame Asante", "President of Ghana")], []),
    ("The electoral commission names Peter Kamau as the presidential candidate of the opposition alliance. "
     "(Daily Nation)", [C("Peter Kamau", "President of Kenya")], []),
    ("The presidential election is postponed by a week after violence in the north. (Premium Times)",
     [E("President of Nigeria")], []),
    ("Chinedu Eze picks up the nomination form for the presidential primary of the ruling party. (Punch)",
     [C("Chinedu Eze", "President of Nigeria")], [], GAP),
    ("Thabo Mokoena, the presidential hopeful of a new movement, launches his campaign in Soweto. (News24)",
     [C("Thabo Mokoena", "President of South Africa")], []),
    ("Former senator Carlos Duarte registers as a presidential candidate. (Colombia Reports)",
     [C("Carlos Duarte", "President of Colombia")], []),
    ("Luis Morales leads the first round of the presidential election with 31% of the vote. (Prensa Libre)",
     [E("President of Guatemala")], []),
    ("Ana Villacis concedes the presidential runoff to her rival. (El Universo)", [E("President of Ecuador")], []),
    ("Laura Chaves is sworn in as the first woman elected president. (The Tico Times)",
     [H("Laura Chaves", "President of Costa Rica")], []),
    ("Pablo Gomez announces his presidential candidacy for next year's vote. (Buenos Aires Times)",
     [C("Pablo Gomez", "President of Argentina")], []),
    ("The presidential debate is broadcast from Sao Paulo on Sunday. (Folha de S.Paulo)",
     [E("President of Brazil")], [], GAP),
    ("Oksana Melnyk says she will run in the presidential election. (Kyiv Independent)",
     [C("Oksana Melnyk", "President of Ukraine")], []),
    ("Ivan Petrov wins the presidential runoff with 56% of the vote. (Novinite)",
     [W("Ivan Petrov", "President of Bulgaria")], []),
    ("Mohamed Abdi registers as a presidential candidate ahead of the indirect vote. (Hiiraan Online)",
     [C("Mohamed Abdi", "President of Somalia")], []),
    ("Mikko Virtanen advances to the second round of the presidential election. (Yle)",
     [E("President of Finland")], []),
    ("Rosa Peralta launches her presidential bid in Santiago de los Caballeros. (Dominican Today)",
     [C("Rosa Peralta", "President of the Dominican Republic")], []),
    ("Ahmed Khan, the prime minister, dissolves the National Assembly ahead of elections. (Dawn)",
     [H("Ahmed Khan", "Prime Minister of Pakistan")], []),
    ("Rahul Mehta, the prime minister, inaugurates a new parliament building. (Times of India)",
     [H("Rahul Mehta", "Prime Minister of India")], []),
    ("Somchai Wong, the prime minister, survives a no-confidence vote. (Bangkok Post)",
     [H("Somchai Wong", "Prime Minister of Thailand")], []),
    ("Kenji Sato, the prime minister, calls a snap election for October. (The Japan Times)",
     [H("Kenji Sato", "Prime Minister of Japan")], []),
    ("Mark Dell, the prime minister, asks the governor general to dissolve Parliament. (Toronto Star)",
     [H("Mark Dell", "Prime Minister of Canada")], []),
    ("Anna Holt, the prime minister, announces the date of the general election. (NZ Herald)",
     [H("Anna Holt", "Prime Minister of New Zealand")], []),
    ("Avi Cohen, the prime minister, forms a new coalition government. (Haaretz)",
     [H("Avi Cohen", "Prime Minister of Israel")], []),
    ("Zbigniew Nowak, a presidential candidate, calls for a televised debate. (Notes from Poland)",
     [C("Zbigniew Nowak", "President of Poland")], []),
    ("Cheaper fuel becomes the theme of the presidential campaign. (Rappler) (Reuters)",
     [E("President of the Philippines")], [], GAP),
    # -- the KB's parties come before the outlet --------------------------------------------------------------
    ("The Orange Democratic Movement picks Grace Wanjiru as its presidential candidate.",
     [C("Grace Wanjiru", "President of Kenya")], []),
    ("The New Patriotic Party elects Kofi Mensah as its presidential candidate for the December vote.",
     [C("Kofi Mensah", "President of Ghana")], []),
    ("The All Progressives Congress names Musa Bello as its presidential candidate. (Daily Nation)",
     [C("Musa Bello", "President of Nigeria")], [C("Musa Bello", "President of Kenya")]),
    ("The Nacionalista Party fields Paolo Reyes as its presidential candidate.",
     [C("Paolo Reyes", "President of the Philippines")], []),
    ("ZANU-PF endorses Tendai Moyo as its presidential candidate. (News24)",
     [C("Tendai Moyo", "President of Zimbabwe")], [C("Tendai Moyo", "President of South Africa")]),
    # -- places of the text come first ------------------------------------------------------------------------
    ("Voters in Accra queue for hours in the presidential runoff. (Daily Nation)", [E("President of Ghana")],
     [E("President of Kenya")]),
    ("Voters in Uganda go to the polls in the presidential election. (Daily Nation)",
     [E("President of Uganda")], [E("President of Kenya")]),
    ("Observers from Senegal praise the conduct of the presidential runoff. (GhanaWeb)", [],
     [E("President of Ghana")]),
    ("Nigerian observers praise the conduct of the presidential runoff. (GhanaWeb)", [],
     [E("President of Ghana")]),
    # -- two countries compete: no guess ------------------------------------------------------------------------
    ("Observers from Ghana and Nigeria monitor the presidential runoff. (Rappler)", [],
     [E("President of the Philippines")]),
    ("Maria Santos files her candidacy for the presidential election. (Rappler) (Daily Nation)", [],
     [C("Maria Santos", "President of the Philippines"), C("Maria Santos", "President of Kenya")]),
    ("The Jubilee Party and the African National Congress sign a pact before the presidential election.", [],
     [E("President of Kenya"), E("President of South Africa")]),
    # -- wires, US outlets and wires run by a national outlet tell no country -----------------------------------
    ("The opposition coalition chooses lawmaker Jean Mbala as its joint presidential candidate. (Reuters) "
     "(AFP via Yahoo News)", [], [C("Jean Mbala", "President of the United States")]),
    ("Jean Mbala registers as a presidential candidate. (The New York Times)", [],
     [C("Jean Mbala", "President of the United States")]),
    ("Jean Mbala registers as a presidential candidate. (The Washington Post)", [],
     [C("Jean Mbala", "President of the United States")]),
    ("Jean Mbala registers as a presidential candidate. (BBC News)", [],
     [C("Jean Mbala", "President of the United Kingdom")]),
    ("Jean Mbala registers as a presidential candidate. (AFP via Rappler)", [],
     [C("Jean Mbala", "President of the Philippines")]),
    # -- the role does not exist in the outlet's country ---------------------------------------------------------
    ("Jean Mbala registers as a presidential candidate. (The Japan Times)", [],
     [C("Jean Mbala", "President of Japan")]),
    ("Jean Mbala registers as a presidential candidate. (Toronto Star)", [],
     [C("Jean Mbala", "President of Canada")]),
    # -- an outlet cited in a sport story: no office, no election row -------------------------------------------
    ("Club president Ana Ruiz resigns after the defeat in the cup final. (Daily Nation)", [],
     [H("Ana Ruiz", "President of Kenya"), E("President of Kenya")]),
    ("The national team beats Ghana 2-1 in the qualifier in Kumasi. (Premium Times)", [],
     [E("President of Nigeria")]),
    ("Peter Kamau wins the marathon in a course record. (Daily Nation)", [], [W("Peter Kamau")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_story_country_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("story country leads", lambda text: _rows(nlp, text), LEADS, capsys)


@pytest.mark.parametrize("country, message", [
    ("Atlantis", r"outlets\.tsv:9: outlet 'Zembla Post': 'Atlantis' is no country of the knowledge base"),
    ("Lagos", r"outlets\.tsv:9: outlet 'Zembla Post': 'Lagos' is no country"),  # a city, no country
])
def test_outlet_country_validated(nlp, country, message):
    import dataclasses

    from pipeline.errors import DataError
    from pipeline.nlp.components.offices import OfficeRecognizer

    res = nlp.get_pipe("newsfacts_offices").res
    bad = dataclasses.replace(res, outlet_countries={"Zembla Post": (country, "outlets.tsv:9")})
    with pytest.raises(DataError, match=message):
        OfficeRecognizer(nlp, "offices", bad)
