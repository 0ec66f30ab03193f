"""Places and organisations in invented news leads written as wire, local and broadcast journalists write them.

A challenge table for the GPE and ORG recogniser: each lead lists every place and organisation span it must give,
and nothing else (demonyms, places inside an organisation's name, headline words and generic bodies give none).
The people are invented; the countries, regions and their parties and electoral bodies are real.
"""
from __future__ import annotations

import pytest

#: (lead, expected GPE spans, expected ORG spans)
CHALLENGE = [
    # wire style: a region named by its kind after a demonym, a court as the source
    ("Voters in the Brazilian state of Minas Gerais re-elected Governor Paulo Tavernes on Sunday, the Superior "
     "Electoral Court said.", ["Minas Gerais"], ["Superior Electoral Court"]),
    ("The Independent National Electoral Commission declared Musa Adebanjo winner of the governorship election in "
     "Kogi State.", ["Kogi State"], ["Independent National Electoral Commission"]),
    ("Lagos governor Tunde Okafor of the All Progressives Congress won a second term, the electoral body said.",
     ["Lagos"], ["All Progressives Congress"]),
    ("In Punjab, the Aam Aadmi Party swept the assembly polls, winning 92 of 117 seats.", ["Punjab"],
     ["Aam Aadmi Party"]),
    ("Mexico's ruling Morena party won the governorship of Veracruz, according to the National Electoral "
     "Institute.", ["Mexico", "Veracruz"], ["Morena party", "National Electoral Institute"]),
    ("Ghana's Electoral Commission has set December 7 for the presidential and parliamentary elections.", ["Ghana"],
     ["Electoral Commission"]),
    ("Thousands of marchers filled the streets of Santiago on Thursday as Chile prepared for Sunday's runoff.",
     ["Santiago", "Chile"], []),
    ("The Constitutional Court of Colombia upheld the result, clearing the way for Mayor Lucia Ferran to take office "
     "in Medellín.", ["Medellín"], ["Constitutional Court of Colombia"]),
    ("South Africa's African National Congress lost its majority for the first time, results from the Independent "
     "Electoral Commission showed.", ["South Africa"], ["African National Congress", "Independent Electoral Commission"]),
    ("Opposition leader Dana Kovacs of the Social Democratic Party said she would run for mayor of Zagreb.",
     ["Zagreb"], ["Social Democratic Party"]),
    ("Hungarian voters gave Fidesz another two-thirds majority in parliament on Sunday.", [], ["Fidesz"]),
    ("Japan's Liberal Democratic Party chose former defence minister Kenji Harada as its new leader.", ["Japan"],
     ["Liberal Democratic Party"]),
    ("Polls closed across Bavaria, where the Christian Social Union is expected to remain the largest party.",
     ["Bavaria"], ["Christian Social Union"]),
    ("The Supreme Court of Pakistan ordered fresh polls in two constituencies of Khyber Pakhtunkhwa.",
     ["Khyber Pakhtunkhwa"], ["Supreme Court of Pakistan"]),
    ("Uttar Pradesh Chief Minister Rakesh Tiwari on Monday filed his nomination from the Gorakhpur constituency.",
     ["Uttar Pradesh", "Gorakhpur"], []),
    ("The ruling Frelimo party won the elections in Mozambique by a wide margin, the National Elections Commission "
     "announced.", ["Mozambique"], ["Frelimo", "National Elections Commission"]),
    ("Nepal's Election Commission said turnout in Koshi Province reached 61 percent.", ["Nepal", "Koshi Province"],
     ["Election Commission"]),
    ("Peru's National Jury of Elections proclaimed Rosa Quispe president-elect on Monday.", ["Peru"],
     ["National Jury of Elections"]),
    ("Senegal opposition candidate Ibrahima Diallo, backed by the PASTEF coalition, won in Dakar and Thiès.",
     ["Senegal", "Dakar", "Thiès"], ["PASTEF"]),
    ("The Trades Union Congress urged members in Wales to back Labour in Thursday's election.", ["Wales"],
     ["Trades Union Congress", "Labour"]),
    ("Indonesia's General Elections Commission (KPU) said the count in West Java would finish by March 20.",
     ["Indonesia", "West Java"], ["General Elections Commission", "KPU"]),
    ("Kenyan police said the Orange Democratic Movement rally in Kisumu was peaceful.", ["Kisumu"],
     ["Orange Democratic Movement"]),
    # headline style
    ("Tanzania's CCM Wins Landslide in Zanzibar Polls", ["Tanzania", "Zanzibar"], ["CCM"]),
    ("Moldova's Party of Action and Solidarity retained control of Chișinău's city council.",
     ["Moldova", "Chișinău"], ["Party of Action and Solidarity"]),
    ("The Federal Electoral Tribunal rejected the challenge filed by the Citizens' Movement in Jalisco.",
     ["Jalisco"], ["Federal Electoral Tribunal", "Citizens' Movement"]),
    ("Sri Lanka's Election Commission postponed local polls in the Northern Province, citing a lack of funds.",
     ["Sri Lanka", "Northern Province"], ["Election Commission"]),
    ("Nigerian Senate President Chidi Okoro defected from the Peoples Democratic Party.", [],
     ["Peoples Democratic Party"]),
    # broadcaster style, future tense, a district and a city of another continent
    ("Voters in Uganda's Wakiso district will choose a new chairman on Thursday, the Electoral Commission says.",
     ["Uganda", "Wakiso"], ["Electoral Commission"]),
    ("Bolivia's Supreme Electoral Tribunal will certify the count from Santa Cruz next week.",
     ["Bolivia", "Santa Cruz"], ["Supreme Electoral Tribunal"]),
    ("Ukraine's Central Election Commission registered Olena Bondar as a candidate for mayor of Kharkiv.",
     ["Ukraine", "Kharkiv"], ["Central Election Commission"]),
    # states of Nigeria and India, foreign parties in their own language or as initials, cities of every continent
    ("Rivers State governor-elect Amaka Ibe thanked supporters in Port Harcourt.", ["Rivers State", "Port Harcourt"],
     []),
    ("Spain's Partido Popular won an absolute majority in Andalusia.", ["Spain", "Andalusia"], ["Partido Popular"]),
    ("The BJP retained power in Gujarat while the Congress won Himachal Pradesh.", ["Gujarat", "Himachal Pradesh"],
     ["BJP", "Congress"]),
    ("Turnout in Karnataka's Mysuru district was 74 per cent, the state election commission said.",
     ["Karnataka", "Mysuru"], []),
    ("Ennahda said it would contest the vote in Sfax and Tunis.", ["Sfax", "Tunis"], ["Ennahda"]),
    ("The mayor of Kumasi, Kwame Asante, resigned to run for parliament.", ["Kumasi"], []),
    ("Residents of Cebu City lined up before dawn as the Philippines chose a new president.",
     ["Cebu City", "Philippines"], []),
    ("The Sandinista National Liberation Front claimed victory in Managua.", ["Managua"],
     ["Sandinista National Liberation Front"]),
    ("The Kurdistan Democratic Party won most seats in Erbil, the Independent High Electoral Commission said.",
     ["Erbil"], ["Kurdistan Democratic Party", "Independent High Electoral Commission"]),
    ("In the Punjab, the Pakistan Muslim League-Nawaz led in Lahore and Faisalabad.",
     ["Punjab", "Lahore", "Faisalabad"], ["Pakistan Muslim League-Nawaz"]),
    ("Ecuador's National Electoral Council (CNE) called a runoff between Ana Velez and Jorge Mora.", ["Ecuador"],
     ["National Electoral Council", "CNE"]),
    ("Former Cape Town mayor Liesl Botha will lead the Democratic Alliance list in the Western Cape.",
     ["Cape Town", "Western Cape"], ["Democratic Alliance"]),
    ("Voters in Benue and Plateau states queued for hours, the Nigerian election body said.", ["Benue", "Plateau"],
     []),
    ("Polls opened in Maharashtra's Pune and Nagpur on Wednesday.", ["Maharashtra", "Pune", "Nagpur"], []),
    ("Opposition Leads in Mombasa as Counting Continues", ["Mombasa"], []),
    # constituencies named by a city and compass words (place_closers.tsv)
    ("Ciaran Duffy topped the poll in Dublin Central and was elected on the first count.", ["Dublin Central"], []),
    ("Liberal candidate Marie Gagnon will hold Ottawa South, the party's campaign chief predicted.", ["Ottawa South"],
     []),
    ("Shiv Sena's Ravi Nair won Mumbai Northwest by 48 votes, the Election Commission said.", ["Mumbai Northwest"],
     ["Shiv Sena", "Election Commission"]),
    # near misses: demonyms, a place inside an organisation's name, headline words, generic bodies, sport
    ("Polish voters head to the polls on Sunday.", [], []),
    ("The Election Commission of India announced the schedule.", [], ["Election Commission of India"]),
    ("Argentine President Luis Ferrada conceded defeat.", [], []),
    ("Zambia Votes: Opposition Cries Foul Over Count", ["Zambia"], []),
    ("The University of Ghana hosted a debate between the candidates.", [], ["University of Ghana"]),
    ("Turnout was high in the south, the commission said, but low in the capital.", [], []),
    ("Kenyans Queue Early To Vote In Tight Race", [], []),
    ("Ruling Party Claims Victory in Georgian Parliamentary Vote", [], []),
    ("The Kenyan capital was calm after the vote.", [], []),
    ("Samira Haddad won the Nobel Peace Prize on Friday.", [], []),
    ("Ana Ruiz flew from Dublin South Africa's capital.", ["Dublin", "South Africa"], []),
    ("Rain Hits Dublin South Of River", ["Dublin"], []),
]

#: Leads the recogniser does not yet read in full (strict: a fix makes the test fail until the mark goes): a
#: region after "the" and a compass adjective, a district before lower-case "district", a state named by a plural
#: word, a body inside an office title, an acronym after a KB name, a possessive before a name with diacritics. (A city
#: of another continent after "from" and India's "the Congress" came in with the wider gazetteer and the parties by
#: country; Nigeria's "Rivers State" before an unknown name with its states and the given names nam_dict lacks.)
OPEN = {23, 25, 26, 27, 40, 42}


def _spans(doc, label):
    return [s.text for s in doc.spans["mentions"] if s.label_ == label]


@pytest.mark.parametrize("n", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="not yet read"))
                               if n in OPEN else n for n in range(len(CHALLENGE))])
def test_challenge_places_and_organisations(nlp, n):
    text, places, orgs = CHALLENGE[n]
    doc = nlp(text)
    assert (_spans(doc, "GPE"), _spans(doc, "ORG")) == (places, orgs)
