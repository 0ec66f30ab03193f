"""The places gazetteer on invented news leads: smaller cities and other countries' first-level divisions are
places where a lead names them, and a place name that is also a common word or a person's name stays out of
context (models/build/build_lexicons.py, models/kb/places.jsonl)."""
from __future__ import annotations

import pytest

#: Cities under CITY_MIN_POPULATION (build_lexicons.py) are not built yet: admitting them at 100k moved a KB city's
#: by-election seat off "its previous MP" on dev_tune (an offices.py behaviour); Kherson is under 100k in GeoNames.
SMALL_CITY = pytest.mark.xfail(strict=True, reason="cities under CITY_MIN_POPULATION are not in places.jsonl")

#: (lead, the GPE spans it must give, in order). Invented people; real places.
GAZETTEER_LEADS = [
    # cities under the old threshold, several countries and genres
    ("Galway city councillor Aoife Brannigan has been elected mayor for the coming year.", ["Galway"]),
    ("LIMERICK - Voters in Limerick go to the polls on Friday to choose Ireland's first directly elected mayor.",
     ["LIMERICK", "Limerick", "Ireland"]),
    ("Nenagh publican Donal Fennessy will stand for the Dáil in Tipperary, he said on Monday.", ["Tipperary"]),
    pytest.param("Ipswich MP Colin Hartwell said the town deserved better transport links.", ["Ipswich"],
                 marks=SMALL_CITY),
    ("The mayor of Reims, Claire Dumontel, announced she would not seek a third term.", ["Reims"]),
    pytest.param("Police in Gulu, northern Uganda, arrested two opposition organisers on Tuesday.", ["Gulu", "Uganda"],
                 marks=SMALL_CITY),
    pytest.param("Residents of Kherson queued for bread as shelling resumed overnight.", ["Kherson"],
                 marks=SMALL_CITY),
    pytest.param("Perugia votes for a new mayor on Sunday after the council collapsed.", ["Perugia"],
                 marks=SMALL_CITY),
    pytest.param("A by-election will be held in Dundee after the death of councillor Morag Teviot.", ["Dundee"],
                 marks=SMALL_CITY),
    pytest.param("Ballarat MP Jenna Corrigan has quit the Labor Party to sit as an independent.", ["Ballarat"],
                 marks=SMALL_CITY),
    ("Tarragona's mayor Jordi Casalmer resigned on Wednesday amid a corruption probe.", ["Tarragona"]),
    ("The governor of Kisumu County, Peter Odhiambo Oketch, was sworn in on Thursday.", ["Kisumu County"]),
    # other countries' first-level divisions
    ("Machakos Governor Ruth Mwendwa has dissolved her county cabinet.", ["Machakos"]),
    ("Kiambu voters will elect a new governor after the incumbent was impeached.", ["Kiambu"]),
    ("Kenya's electoral body on Friday declared Samuel Kiprop the winner of the governor race in Kericho.",
     ["Kenya", "Kericho"]),
    ("Pampanga Governor Rosario Dizon-Lapid filed her certificate of candidacy on Monday.", ["Pampanga"]),
    ("Cebu will hold a special election for governor, the Commission on Elections said.", ["Cebu"]),
    ("Batangas Rep. Miguel Salonga was re-elected, official results showed.", ["Batangas"]),
    ("Okinawa Governor Kenji Tamashiro said he would run again in the prefectural election.", ["Okinawa"]),
    ("Hokkaido's new governor took office on Tuesday after a record low turnout.", ["Hokkaido"]),
    ("Turnout in the Volta Region was the highest in Ghana, the electoral commission said.", ["Volta Region", "Ghana"]),
    ("Canterbury voters swung strongly to National in Saturday's election in New Zealand.",
     ["Canterbury", "New Zealand"]),
    ("Antioquia elected Camilo Restrepo as governor on Sunday, the registrar said.", ["Antioquia"]),
    ("Voters in Cluj re-elected mayor Radu Pavelescu with 64 percent of the vote.", ["Cluj"]),
    # places the old gazetteer already had stay
    ("Nairobi Governor Joseph Kamau Ndungu said the city would clear its debts.", ["Nairobi"]),
    ("The mayor of Lyon said on Monday she would stand again.", ["Lyon"]),
    # near misses: a place's name that is a common word or a person's name, out of context
    ("There is still hope for a deal, said Nice Mbeki, the party's spokeswoman.", []),
    ("Split Decision: Council Votes To Delay Budget Again", []),
    ("Reading the results, Mayor Tom Gable said turnout had been disappointing.", []),
    ("Florence Wambui, a nurse, won the women's representative seat, the commission said.", []),
    ("The senator said the bill would make college more affordable for working families.", []),
    ("Hope Mwangi was elected speaker of the county assembly on Thursday.", []),
    ("Victoria Nkosi, 42, said she would stand for parliament next year.", []),
    ("Bath Time For Democracy: Turnout Falls To Record Low", []),
    ("The Orange Order marched peacefully, police said.", []),
    ("Detective Sam Paris told the court the money had been moved offshore.", []),
    ("The mobile phone network was down for hours on election day.", []),
]


def _places(doc) -> list[str]:
    """The GPE spans in order, once each (an office's place may be recorded twice at the same offsets)."""
    return [doc[start:end].text for start, end in dict.fromkeys(
        (s.start, s.end) for s in doc.spans["mentions"] if s.label_ == "GPE")]


@pytest.mark.parametrize("text, expected", GAZETTEER_LEADS)
def test_gazetteer_leads(nlp, text, expected):
    assert _places(nlp(text)) == expected
