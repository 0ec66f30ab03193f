"""People, places and organisations on real sentences of the genre (pipeline/nlp/components/entities.py)."""
from __future__ import annotations

import pytest


def names(doc, label):
    return [s.text for s in doc.spans["mentions"] if s.label_ == label]


@pytest.mark.parametrize(
    "text, expected",
    [
        # first names from the gazetteer
        ("Kasim Reed won the Atlanta mayor's race by 714 votes.", ["Kasim Reed"]),
        ("In the 2004 Serbian presidential election, Boris Tadic defeats Tomislav Nikolic in the run-off.",
         ["Boris Tadic", "Tomislav Nikolic"]),
        # titles and roles as cues, diacritics, particles
        ("Home Secretary Theresa May gets 165 votes.", ["Theresa May"]),
        ("Socialist candidate Ségolène Royal concedes defeat.", ["Ségolène Royal"]),
        # a party's flagbearer or aspirant, however unknown the first name
        ("Ruling party flagbearer Sani Abubakar-Lawal and opposition leader Chidi Okonkwo are seen as frontrunners.",
         ["Sani Abubakar-Lawal", "Chidi Okonkwo"]),
        ("Presidential aspirant Batbayar Ganzorig submits his papers.", ["Batbayar Ganzorig"]),
        ("Czech President Jiří Drahoš is inaugurated.", ["Jiří Drahoš"]),
        ("Warsaw mayor Rafał Trzaskowski leads the first round.", ["Rafał Trzaskowski"]),
        ("State media reports incumbent President Abdul Fattah al-Sisi has won 90% of the vote.",
         ["Abdul Fattah al-Sisi"]),
        ("Councilwoman Mary Norwood and former state Sen. Kasim Reed will face each other.",
         ["Mary Norwood", "Kasim Reed"]),
        # a party after the name, a possessive before a party
        ("Baburam Bhattarai of the Unified Communist Party is elected as Prime Minister of Nepal.",
         ["Baburam Bhattarai"]),
        ("Keir Starmer's Labour Party is projected to win.", ["Keir Starmer"]),
        # coordination with a known person
        ("Belgium started with Romelu Lukaku, Yannick Carrasco, and Dries Mertens.",
         ["Romelu Lukaku", "Yannick Carrasco", "Dries Mertens"]),
        # surnames repeat the full name
        ("Kasim Reed maintained his lead. Reed now leads Norwood.", ["Kasim Reed", "Reed"]),
        # ... or the surname first named after an office's title ("President Bush ... the Bush win")
        ("Senator Reed maintained his lead. Reed now leads Norwood.", ["Reed", "Reed"]),
        ("Voters met President Ruiz on Monday. They welcome the Ruiz win.", ["Ruiz", "Ruiz"]),
        # a place that is part of a name
        ("Prime Minister Joseph Muscat and his Labour Party face a snap election.", ["Joseph Muscat"]),
        # ... after a first name and a middle name, or after a first name that is a common word too, right after a title
        ("Opposition candidate Ivan Petrov Lima says he will challenge the results.", ["Ivan Petrov Lima"]),
        ("Governor Mark Toledo signs the bill.", ["Mark Toledo"]),
        # a passive participle said of people after a name no gazetteer knows ("X is defeated")
        ("Tavita Moengangongo is defeated in a bid to be re-elected as mayor.", ["Tavita Moengangongo"]),
        ("Ousmane Kaboréla Tiendrebe is declared the winner of the presidential election.",
         ["Ousmane Kaboréla Tiendrebe"]),
        ("Suvendra Pallamraju was charged with corruption in May.", ["Suvendra Pallamraju"]),
        ("Ravindrakumar Naidugaru elected as Vice-President of India.", ["Ravindrakumar Naidugaru"]),
        # a verb that takes a person as its object ("appoints X"), not a place before its head
        ("The governor appoints Laphonza Butlerova to fill the Senate seat.", ["Laphonza Butlerova"]),
        ("The president dismisses Zarechny Novgorod Oblast governor Ivan Petrov.", ["Ivan Petrov"]),
        ("A recount begins after contenders Tevaki Moengaro and Lautoka Fifitau reach a deal.",
         ["Tevaki Moengaro", "Lautoka Fifitau"]),
        # a title with its place before the name ("Prime Minister of Vanuatu X"); the place stays a place
        ("Prime Minister of Vanuatu Tevita Kalmanu reshuffles the cabinet.", ["Tevita Kalmanu"]),
        ("U.S. Representative from Hawaii Keoni Mahelona ends her campaign.", ["Keoni Mahelona"]),
        ("Protesters against Mayor of London Sadiq Khan plan a march.", ["Sadiq Khan"]),
        # a first name inside the run after the place still starts the name
        ("Former mayor of the Pitcairn Islands Mike Warren is found guilty.", ["Mike Warren"]),
        # ... but a place's head noun alone after the title's place ends the place's name, no person's
        ("The mayor of Pitcairn Island pleads guilty to assault.", []),
        # a title in apposition without an article ("X, Governor of Y,")
        ("The president fires Saidov Begalmurod, Governor of Andijan, for his failures.", ["Saidov Begalmurod"]),
        ("The army detains Ouedrago Kambiré, President of the Transitional Council, on Monday.",
         ["Ouedrago Kambiré"]),
        # ... or in lower case, after a qualifier, where no first name of the gazetteer says it is a name
        ("Tevarii Morenhout, leader of the Tavana Party, is elected President of Zembla.", ["Tevarii Morenhout"]),
        ("Kasimo Drevnar, former minister of trade, wins the by-election.", ["Kasimo Drevnar"]),
        ("Oduya Malvek, chairman of the Velmar Assembly, resigns.", ["Oduya Malvek"]),
        # ... or a company officer's title ("X, CEO of Y"), or an age set off by commas
        ("Wilmot Koyanek, chief executive of the Zembla Bank, says rates will rise.", ["Wilmot Koyanek"]),
        ('"It was a lie," said Dirkje Haltema, CEO of the watchdog.', ["Dirkje Haltema"]),
        ("Tevarii Morenhout, 54, is elected President of Zembla.", ["Tevarii Morenhout"]),
        ("Police seek Oduya Malvek, 24, who vanished on Monday.", ["Oduya Malvek"]),
        # a soldier's rank before the name is no part of it
        ("Sergeant Dalvo Marenko, 30, was charged.", ["Dalvo Marenko"]),
        # a title with its holder after a comma starts the next clause: the run before is no person
        ("At Camp David, President Bush met Blair.", ["Bush"]),
        ("At Camp Horton, president Orsolya Brenkhart met the rebels.", ["Orsolya Brenkhart"]),
        ("In Velmar Harbour, leader Orsolya Brenkhart spoke.", ["Orsolya Brenkhart"]),
        ("After the Winter Olympics, President Biden spoke.", ["Biden"]),
        # a title of several words before the name, hyphenated or followed by "Designate"
        ("The demotion of long-serving Foreign Secretary Jack Straw was announced.", ["Jack Straw"]),
        ("UN Secretary-General Kofi Annan tells the BBC that the war was illegal.", ["Kofi Annan"]),
        ("UN Secretary-General Designate Ban Ki-moon says the vote is strong.", ["Ban Ki-moon"]),
        # words before a title inside the run are no part of the name
        ("The monument was installed by the conservative Christian Chief Justice Roy Moore.", ["Roy Moore"]),
        # a regnal number ends the name; "Emeritus" is part of the title
        ("Politicians fail to agree, so Felipe VI of Spain must dissolve the parliament.", ["Felipe VI"]),
        # a place that is also a first name is a place before a title, a first name before a surname
        ("Virginia Governor Ilse Varga decides.", ["Ilse Varga"]),
        ("Virginia Kowal decides.", ["Virginia Kowal"]),
        ("Pope Francis meets his predecessor, Pope Emeritus Benedict XVI, for lunch.", ["Francis", "Benedict XVI"]),
        # a parliament's style ("Rt. Hon.", "Hon.") cues the name after it and is no part of it
        ("The senate mourns former Speaker Rt. Hon. B. U. Kalmanu and Hon. Funke Adeyoola.",
         ["B. U. Kalmanu", "Funke Adeyoola"]),
        ("The Right Honourable Ivan Petrov spoke in London.", ["Ivan Petrov"]),
    ],
)
def test_entities_people(nlp, text, expected):
    assert names(nlp(text), "PERSON") == expected


@pytest.mark.parametrize(
    "text, people",
    [
        # a given name no list holds, before a listed one, is the name's first word
        ("The rally was led by democracy icon Aung Min Thida.", ["Aung Min Thida"]),
        ("Delegates re-elected Nguyễn Minh Thanh as general secretary.", ["Nguyễn Minh Thanh"]),
        ("The letters of the late Coretta Ann Velder were read.", ["Coretta Ann Velder"]),
        ("Nepal's new leader Khadga Ram Velder was sworn in.", ["Khadga Ram Velder"]),
        ("The defendants are Major Ana Velder and two others.", ["Ana Velder"]),  # a first name that is a word too
        # ... not a common word, a noun describing the person, a place, a particle, or a sentence's first word
        ("Minister of State for Energy Anna Jones spoke.", ["Anna Jones"]),
        ("The team signed goaltender and Olympian Kevin Marsh.", ["Kevin Marsh"]),
        ("The veteran Scientologist Tom Velder spoke.", ["Tom Velder"]),
        ("Former governor of Kestrel Ana Ruiz spoke.", ["Ana Ruiz"]),
        ("Unseeded Ana Velder reached the final.", ["Ana Velder"]),
        # ... after a listed person's "and" too, where a title's "and" reads past a title's word ("Work and Pensions")
        ("The winners were Ana Ruiz and Leung Chun-ying.", ["Ana Ruiz", "Leung Chun-ying"]),
        ("Ana Ruiz & Leung Ka-wai won seats.", ["Ana Ruiz", "Leung Ka-wai"]),
        ("Secretary of State for Work and Pensions Ilse Varga spoke.", ["Ilse Varga"]),
        ("Minister for Culture and Heritage Anna Jones spoke.", ["Anna Jones"]),
        # a function word that is a surname too ends a name before a lower-case word ("James To", "Wilson Or")
        ("Pro-democracy candidate Wilson Or won a seat.", ["Wilson Or"]),
        ("The councillors Wilson Or and Ana Ruiz were re-elected.", ["Wilson Or", "Ana Ruiz"]),
        ("Ana Ruiz Or Ivan Petrov: Lyon Votes", ["Ana Ruiz", "Ivan Petrov"]),
    ],
)
def test_entities_unlisted_given_names(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a party's possessive before a name of two words makes it a person, whatever its given name
        ("Labour's Wiremu Tanekaha lost the seat by four votes.", ["Wiremu Tanekaha"]),
        ("The Samajwadi Party's Navin Shakeshwar won by 2,678 votes.", ["Navin Shakeshwar"]),
        ("The seat went to the BJP's Hiranmay Boralkar.", ["Hiranmay Boralkar"]),
        # ... not a common word or a headline's nouns after it, nor one word, nor a body's possessive
        ("Labour's Health Policy was criticised.", []),
        ("Labour's Tax Plan Unveiled", []),
        ("Labour's Boralkar lost the seat.", []),
        ("The Senate's Vrenzo Olwenyi spoke.", []),
        # initials before one capitalised word: a person, after a title or an organisation too
        ("He defeated the DMK's former chief R. V. Kanagavel in 2011.", ["R. V. Kanagavel"]),
        ("She filed her papers before Returning Officer G. Malarvizhi on Friday.", ["G. Malarvizhi"]),
        ("The minister met K. Thirunavu in Chennai.", ["K. Thirunavu"]),
        # ... not an initial before a short word or a capitalised abbreviation
        ("The report cites page B. It was late.", []),
        ("Sie schickt z. B. Arztbriefe per Post.", []),
        # a participle hyphened after a name ends it: "X-led", "X-backed"; a syllable after a hyphen does not
        ("It led to the fall of the Ana Velder-led cabinet.", ["Ana Velder"]),
        ("The Ivo Karst-backed slate won.", ["Ivo Karst"]),
        ("Wang Li-wen won the seat.", ["Wang Li-wen"]),
        # a seat of office ("Bhavan": a government building) is no one's surname
        ("The ministers took the oath at the Raj Bhavan on Friday.", []),
        ("Governor Ana Ruiz swore them in at the Raj Bhawan.", ["Ana Ruiz"]),
        # a country that is a first name too starts no name before a common word or after a title's "of"
        ("Supporters chanted the slogan Kenya First at the rally.", []),
        ("The Ambassador of France Pierre Duvalon presented his credentials.", ["Pierre Duvalon"]),
        ("Kent Kowal won the seat.", ["Kent Kowal"]),
        ("Georgia Velder won the seat.", ["Georgia Velder"]),
        # "unseated" after a name of two words makes it the winner, like "defeated"; not a single word
        ("In the Fourth Ward, Phillipe Cunnington unseated Barb Orrin.", ["Phillipe Cunnington", "Barb Orrin"]),
        ("Tamrat Olwenyi unseats the sitting mayor.", ["Tamrat Olwenyi"]),
        ("The Greens unseated two ministers.", []),
        # a place after a title is the title's place, no name
        ("Governor Lagos will meet the delegates.", []),
        # a month before a day's number is the date, after a title or a name too; a month alone may open a name
        ("Ana Ruiz was elected party president June 14 in a runoff with Ivo Karst.", ["Ana Ruiz", "Ivo Karst"]),
        ("Delegates met here, June 14-15, and elected Lena Novak.", ["Lena Novak"]),
        ("Chair May 3rd will be decided.", []),
        ("June Velder won on June 3.", ["June Velder"]),
        # a thing's name after an article is no person listed beside one
        ("At the 2022 Kestrel Party Annual Meeting, Ana Ruiz was elected.", ["Ana Ruiz"]),
        ("The Annual Meeting of the Velmar Bar, Ana Ruiz said, was quiet.", ["Ana Ruiz"]),
        ("The delegates, Ivo Karst, Lena Novak and Dragan Horvat, voted.", ["Ivo Karst", "Lena Novak", "Dragan Horvat"]),
    ],
)
def test_entities_names_from_context(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people, dates",
    [
        # a month's or weekday's abbreviation is the month only with its period: without it, a first name
        ("Czech Prime Minister Jan Orsava said the vote was fair.", ["Jan Orsava"], []),
        ("Jan Orsava won the mayoral election.", ["Jan Orsava"], []),
        ("The mayor, Jan-Erik Holmvik, won a second term.", ["Jan-Erik Holmvik"], []),
        ("Kim Jun-seo won the seat.", ["Kim Jun-seo"], []),
        # ... unless the bare form is a common word: "Sun" is a company's, a paper's
        ("Sun Microsystems and Velmar Software cut prices.", [], []),
        ("Lee Jun-ho won the seat.", ["Lee Jun-ho"], []),
        ("The vote is set for Jan. 12, officials said.", [], ["Jan. 12"]),
        ("Elections Set For Jan 30 In Velmar", [], ["Jan 30"]),
        ("Polls open on Sun. and close on Mon. evening.", [], []),
        # a name never starts at a hyphen: a given name's second part takes its first, a compound's tail is none
        ("May-Lin Okafor won the vote.", ["May-Lin Okafor"], []),
        ("Singer-songwriters Tom Velder and Pat Orrin played.", ["Tom Velder", "Pat Orrin"], []),
        ("The Republican-controlled House votes on the bill.", [], []),
        ("Canadian-born Ivo Karst faces a charge.", ["Ivo Karst"], []),
        ("Britain's Not-So-Civil War goes on.", [], []),
        ("Zembla-Mogul May Sell Velmar Assets, Independent Says", [], []),
        ("The return of two-time All-Star Allan Velder helps.", ["Allan Velder"], []),
        ("Norwegian-born Finn Kydstad and Ed Prell won the prize.", ["Finn Kydstad", "Ed Prell"], []),
    ],
)
def test_entities_abbreviations_and_hyphens_in_names(nlp, text, people, dates):
    doc = nlp(text)
    assert names(doc, "PERSON") == people
    assert names(doc, "DATE") == dates


@pytest.mark.parametrize(
    "text",
    [
        "Four security officials are killed in Peshawar. (AP) (Reuters) (BBC News)",
        "The Election Commission of Pakistan rejects the nomination papers.",
        "Voters in Malta go to the polls on Tuesday in May.",
        "The Australian Labor Party wins the election.",
        "Direction – Social Democracy loses four regions.",
        # the same participles after a law or a state of things are no cue
        "The Marriage Equality Act is defeated in the Senate.",
        "Martial Law is declared in the capital.",
        # a place after a title, then a word that is no name
        "The Governor of Texas Monday signed the bill.",
        "Minister of Finance of Ghana Budget Statement is read.",
        # a roman numeral after a common word is no regnal number
        "The Title IX rules change in August.",
        # a style before a word that is no name
        "The Rt. Hon. Member for Leeds spoke.",
        "The Honourable Member for Leeds spoke.",
        "Honorable Mention went to the film.",
        # a lower-case word after a comma that is no title is no apposition of a person
        "Velmar Harbour, capital of the province, is flooded.",
        "Kestrel Valley, home of the wine trade, votes for the change.",
        # a number set off by commas before a capitalised word is a score, no age
        "Velmar Rovers, 3, Kestrel Town, 1.",
    ],
)
def test_entities_no_person(nlp, text):
    assert names(nlp(text), "PERSON") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Voters in Cambodia go to the polls with the governing Cambodian People's Party claiming victory.",
         ["Cambodian People's Party"]),
        ("Keir Starmer's Labour Party is projected to win.", ["Labour Party"]),
        # a KB name that only ends a longer one is not that organisation; a demonym, a possessive, a headline's
        # casing or a hyphen on one side leaves it whole
        ("Voters elect the National Assembly of the Republic of Zembla on Sunday.", []),
        ("Ana Ruiz is elected leader of the Progressive Conservative Party of Canada.",
         ["Progressive Conservative Party of Canada"]),
        ("Protesters march in PORT-AU-PRINCE on Sunday.", []),
        ("The Assembly of the Republic passes the budget.", ["Assembly of the Republic"]),
        ("Ana Ruiz leads the Catalan Labour Party.", ["Labour Party"]),
        # (a nation's branch the KB knows is its own party: models/kb/organisations.jsonl)
        ("Ana Ruiz leads the Scottish Labour Party.", ["Scottish Labour Party"]),
        ("Ruiz Says Labour Party Will Win Vote", ["Labour Party"]),
        ("The Turkey-EU deal is signed.", ["EU"]),
        ("The Election Commission of Pakistan rejects the papers.", ["Election Commission of Pakistan"]),
        ("Maia Sandu of the Party of Action and Solidarity wins.", ["Party of Action and Solidarity"]),
        ("The United Nations Security Council meets.", ["United Nations Security Council"]),
        ("Erdoğan's AK Party has claimed victory.", ["AK Party"]),
        # a plural's possessive inside a name, after a word of org_modifiers.tsv only
        ("The election left the Zembla Citizens' Party with nine seats.", ["Zembla Citizens' Party"]),
        ("Parliament removes Workers' Party leader Ana Ruiz.", ["Workers' Party"]),
        ("The Smiths' Party met.", []),
        ("She told Fox News that she would run.", ["Fox News"]),
        ("Kasim Reed won. (Fox News)", []),
        # a church is an organisation
        ("The government signs an agreement with the Ruritanian Orthodox Church.", ["Ruritanian Orthodox Church"]),
        # a stance before a party's name is no part of it
        ("Ana Ruiz of the pro-Russian Party of Socialists lost.", ["Party of Socialists"]),
        ("Ana Ruiz of the Ruritanian Party of Socialists lost.", ["Ruritanian Party of Socialists"]),
        # a place before a body every country has (roles.jsonl generic_bodies) is its country, not part of its name
        ("Ana Ruiz spoke in the Canada House of Commons.", ["House of Commons"]),
        ("Ana Ruiz teaches at the Springfield University.", ["Springfield University"]),
        # a party named before "party" in lower case: the name without it, or the KB's name with it
        ("Ana Ruiz, leader of the Engagement for Citizenship and Development party, runs.",
         ["Engagement for Citizenship and Development"]),
        ("Ana Ruiz left the French Socialist party.", ["French Socialist party"]),
        ("Ana Ruiz joined the Vamos party.", ["Vamos party"]),  # the KB knows it so
        ("Ana Ruiz joined the Zorblat party.", []),  # one word the KB does not know: too little
        ("The ruling party lost.", []),
        ("Young voters party all night in Lima.", []),
        # a party's short name or adjective (party_short_names.tsv), unless part of a longer name
        ("Ana Ruiz wins the Vermont Democratic primary.", ["Democratic"]),
        ("Ana Ruiz said the Tories came third.", ["Tories"]),
        ("The Tories came third.", ["Tories"]),
        ("Christian Democrat Ana Ruiz is elected.", []),
        ("The Flemish Liberals and Democrats leave the government.", []),
        ("The Democratic Unionist Party won.", ["Democratic Unionist Party"]),
        # a name in apposition with "a <adjectives> party"
        ("Zorblat, a nationalist party founded in May, wins 7.9% of the vote.", ["Zorblat"]),
        ("Ana Ruiz, the ruling party candidate, spoke.", []),
        ("Zorblat, a party member, spoke.", []),
    ],
)
def test_entities_organisations(nlp, text, expected):
    assert names(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    "text, orgs, people",
    [
        # the heads of societies, funds, trusts and brigades (org_heads.tsv) end a name: no person's
        ("The Velmar Planetary Society said the launch was delayed.", ["Velmar Planetary Society"], []),
        ("The Kestrel Martyrs Brigade claimed the attack.", ["Kestrel Martyrs Brigade"], []),
        ("The Media Fund ran advertisements against the governor.", ["Media Fund"], []),
        ("Ana Ruiz joined the Velmar Realty Trust.", ["Velmar Realty Trust"], ["Ana Ruiz"]),
        ("Investors pulled money from the hedge fund and the family trust.", [], []),
        ("Civil society groups and the fire brigade joined the search.", [], []),
        # a company's plural head ("Airlines", "Networks", "Studios") ends its name: no person's
        ("Kestrel Airlines said it would cut 500 jobs.", ["Kestrel Airlines"], []),
        ("Zorblat Networks said on Monday that profit rose.", ["Zorblat Networks"], []),
        ("Ana Ruiz, chairman of Velmar Pharmaceuticals, resigned.", ["Velmar Pharmaceuticals"], ["Ana Ruiz"]),
        ("The airlines cut fares as the studios released fewer pictures.", [], []),
        # an industry's plural or mass noun ends a company's name ("Electronics", "Technologies"), no person's
        ("Zorblat Technologies said on Monday it would cut jobs.", ["Zorblat Technologies"], []),
        ("Ana Ruiz, formerly of Velmar Electronics, joined the board.", ["Velmar Electronics"], ["Ana Ruiz"]),
        ("Kestrel Semiconductor and Velmar Chemicals agreed to merge.", ["Kestrel Semiconductor", "Velmar Chemicals"],
         []),
        ("Voters worry that new technologies and chemicals harm farms.", [], []),
        # before a capitalised word that is no head it modifies a longer name, which it does not end
        ("The Institute of Electrical and Electronics Engineers met.",
         ["Institute of Electrical and Electronics Engineers"], []),
        ("Zorblat Technologies Inc. said profit rose.", ["Zorblat Technologies Inc."], []),
        # a mission ends a name, and "in" and the country it works in belong to it; a city, a commission's do not
        ("The United Nations Mission in Nepal monitored the vote.", ["United Nations Mission in Nepal"], []),
        ("The OSCE Election Observation Mission said the vote was free.", ["OSCE Election Observation Mission"], []),
        ("Ana Ruiz met the Velmar Trade Mission in Paris.", ["Velmar Trade Mission"], ["Ana Ruiz"]),
        ("The Velmar Commission in France said the vote was free.", ["Velmar Commission"], []),
        ("The mission to Mars failed, Ana Ruiz said.", [], ["Ana Ruiz"]),
        ("Ana Ruiz heads the Zembla Science Mission Directorate.", [], ["Ana Ruiz"]),
        # a comma lists a body's first field before "X and Y" and its head; a place's or a name's comma does not
        ("MPs on the Culture, Media and Sport Committee voted.", ["Culture, Media and Sport Committee"], []),
        ("Ana Ruiz chairs the Health, Education and Welfare Committee.", ["Health, Education and Welfare Committee"],
         ["Ana Ruiz"]),
        ("In Paris, Media and Sport Committee members met.", ["Media and Sport Committee"], []),
        ("They visited the Louvre, Velmar and Kestrel Museum.", ["Velmar and Kestrel Museum"], []),
        # a short acronym opens a company's name before its capitalised words, never a dateline's capitals
        ("Zembla's ZK Electronics Inc. said profit rose.", ["ZK Electronics Inc."], []),
        ("QVX Home Appliances said sales fell.", ["QVX Home Appliances"], []),
        ("KESTREL, Zembla - Velmar Electronics said sales fell.", ["Velmar Electronics"], []),
        # a capitalised prefix before a common noun is part of the name; before a demonym it is a stance
        ("The Velmar Anti-Corruption Commission charged the minister.", ["Velmar Anti-Corruption Commission"], []),
        ("Ana Ruiz heads the Anti-Corruption Bureau of Zembla.", ["Anti-Corruption Bureau of Zembla"], ["Ana Ruiz"]),
        ("Ana Ruiz of the Pro-Russian Party of Socialists lost.", ["Party of Socialists"], ["Ana Ruiz"]),
        # a possessive of org_modifiers.tsv inside a name; a title's possessive ends it ("Prime Minister's Office")
        ("The Public Attorney's Office filed charges.", ["Public Attorney's Office"], []),
        ("The Kestrel Players' Association rejected the offer.", ["Kestrel Players' Association"], []),
        ("Savers protested outside the Velmar Employees' Provident Fund.", ["Velmar Employees' Provident Fund"], []),
        ("The Prime Minister's Office denied the report.", [], []),
        ("Ana Ruiz's Velmar Party won.", ["Velmar Party"], ["Ana Ruiz"]),
        # a head noun inside an office's title leaves the office whole
        ("Ana Ruiz, Speaker of the National Assembly, opened the session.", ["National Assembly"], ["Ana Ruiz"]),
        # a name that opens with its place takes no second place after "of"; a club's head before a capitalised word
        # that is no head ends nothing ("World Club Champions")
        ("Sevilla FC of Spain won the cup.", ["Sevilla FC"], []),
        ("Commonwealth Bank of Australia said profit rose.", ["Commonwealth Bank of Australia"], []),
        ("The Electoral Commission of Ghana declared the winner.", ["Electoral Commission of Ghana"], []),
        ("Leeds Rhinos became World Club Champions.", [], []),
    ],
)
def test_entities_organisation_heads_end_names(nlp, text, orgs, people):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs
    assert names(doc, "PERSON") == people


@pytest.mark.parametrize(
    "text, orgs, people",
    [
        # a run ending in a head in the headline above a story is a name only where the story writes it again
        ("Regulators Probe Mutual Fund Fees. The regulators said mutual fund fees were too high.", [], []),
        ("Velmar Forum Grows, Kestrel Irritates. A forum of Asian and European leaders grew on Friday.", [], []),
        # ... and its words make no person's name either ("Georgia" is a first name too)
        ("Georgia Tops Euro Qualifying Group After Kestrel Slips. Georgia moved atop the table on Sunday.", [], []),
        ("Velmar Realty Trust Buys Stake. Velmar Realty Trust said it bought a stake in the retailer.",
         ["Velmar Realty Trust", "Velmar Realty Trust"], []),
        # a headline alone, and a capitalised sentence below the first, keep their names
        ("Zemblan Socialist Party Wins Vote", ["Zemblan Socialist Party"], []),
        ("Ana Ruiz wins the vote. Velmar Anti-Corruption Commission Charges Mayor. The mayor denied the charge.",
         ["Velmar Anti-Corruption Commission"], ["Ana Ruiz"]),
    ],
)
def test_entities_headline_organisations(nlp, text, orgs, people):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs
    assert names(doc, "PERSON") == people


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Early voting in Fulton and DeKalb starts Wednesday.", ["Fulton", "DeKalb"]),
        ("Voters in Malta go to the polls.", ["Malta"]),
        ("The Election Commission of Pakistan rejects the papers.", []),  # inside an organisation's name
        ("Prime Minister Joseph Muscat faces voters.", []),  # a surname, not the city
        # a word that is a first name too, with no title before it, or a run that starts with no first name
        ("Will Toledo vote for the bill?", ["Toledo"]),
        ("Mark Toledo on your calendar.", ["Toledo"]),
        ("The Zembla Airways Toledo office closes.", ["Toledo"]),
        ("Ana Ruiz, Lima's mayor, wins.", ["Lima"]),
        ("Ana Escapes Lyon Shooting Unharmed", ["Lyon"]),  # a headline's capitals mark no middle name
        # a KB name's abbreviation with or without its full stop (British usage)
        ("Voters in St Lucia go to the polls.", ["St Lucia"]),
        ("Voters in St. Lucia go to the polls.", ["St. Lucia"]),
        ("St Vincent and the Grenadines holds a general election.", ["St Vincent and the Grenadines"]),
        # compass words after a city the KB knows close a district's name (place_closers.tsv); not before another
        # capitalised word or a mention, nor after a country or in a headline's capitals
        ("Ana Ruiz was elected in Cork South Central on the first count.", ["Cork South Central"]),
        ("Ana Ruiz won Ottawa South by 300 votes.", ["Ottawa South"]),
        ("Ana Ruiz toured Texas North Carolina and Ohio.", ["Texas", "North Carolina", "Ohio"]),
        ("Ana Ruiz met the Dublin West Ham fans.", ["Dublin"]),
        ("Ana Ruiz lives in the Sudan South of the border.", ["Sudan"]),
        ("Floods Hit Dublin South Of River", ["Dublin"]),
    ],
)
def test_entities_places(nlp, text, expected):
    assert names(nlp(text), "GPE") == expected


@pytest.mark.parametrize("text, expected", [
    # a place the KB does not know, written as a city before its region or country after a preposition of place
    # (phrase_breaks.tsv locative), one more such run between at most
    ("Residents in Velmarsk, England vote in a by-election.", ["Velmarsk", "England"]),
    ("An assault erupts in Velmar, Kestrel, Burundi between militants and police.", ["Velmar", "Kestrel", "Burundi"]),
    ("Gunmen attack a base near Kestrelia, Guinea.", ["Kestrelia", "Guinea"]),
    ("A professor at Velmar University in Kestrelton, Italy, is taken.", ["Kestrelton", "Italy"]),
    ("In Velmarsk, Peru, police arrest three men.", ["Velmarsk", "Peru"]),
    # near misses: no preposition of place, a person's first name, a word never a name, two runs before the place,
    # a sentence's opening phrase before its subject, a second run that is not followed by a place
    ("Voters thank Velmarsk, England is told.", ["England"]),
    ("Fans in Ana Ruiz, Texas wave.", ["Texas"]),
    ("In January, Russia votes.", ["Russia"]),
    ("It happened in Velmar, Kestrel, Orlan, Burundi.", ["Burundi"]),
    ("In Formula One, Germany's driver wins qualifying.", ["Germany"]),
    ("In Controversial Move, Britain Says Yes to Troops.", ["Britain"]),
    ("We met in Velmar, Kestrel said.", []),
])
def test_entities_places_before_places(nlp, text, expected):
    assert names(nlp(text), "GPE") == expected


@pytest.mark.parametrize("text, expected", [
    # a place named by the lower-case noun of its kind: "<noun> of X" (place anaphors, administrative heads), or a
    # head no adjective takes after it
    ("Polls in the eastern province of Velmaria fail to open on time.", ["Velmaria"]),
    ("A bomb explodes in the town of Velmar on Thursday.", ["Velmar"]),
    ("Rebels take the state of Kestrelia from the army.", ["Kestrelia"]),
    ("A state of emergency is declared in the entire Kestrelia province.", ["Kestrelia"]),
    # near misses: a head an adjective takes ("region", "state"), a first name, a run that begins a known place
    ("Fighting resumes in the restive Maoist region.", []),
    ("The Stalinist state fires missiles.", []),
    ("Troops enter the Peruvian province before dawn.", []),
    ("Two die of plague in the region of Inner Mongolia, China.", ["Mongolia", "China"]),
    # a US township, as a county or a parish: its capitalised head is part of its name
    ("Voters in Kestrel Township elect Ana Ruiz.", ["Kestrel Township"]),
    ("The Lower Velmar Township board meets.", ["Lower Velmar Township"]),
    ("Ana Ruiz lives in Kestrel Township, Ohio.", ["Kestrel Township", "Ohio"]),
    # a title's qualifier capitalised at the sentence's start is no word of the county's name
    ("Former Kestrel County Sheriff Ana Ruiz spoke.", ["Kestrel County"]),
    ("Incumbent Velmar Parish Sheriff Ana Ruiz spoke.", ["Velmar Parish"]),
    ("Voters in Upper Kestrel County elect Ana Ruiz.", ["Upper Kestrel County"]),
])
def test_entities_places_named_by_their_kind(nlp, text, expected):
    assert names(nlp(text), "GPE") == expected


def test_entities_outlet_citations_are_not_names(nlp):
    doc = nlp("Kasim Reed wins. (Reuters) (BBC News) (The Guardian)")
    assert [(s.label_, s.text) for s in doc.spans["mentions"] if s.label_ in ("PERSON", "ORG")] == [
        ("PERSON", "Kasim Reed")]


def test_entities_rules_name_the_rule_that_fired(nlp):
    doc = nlp("Atlanta City Council President Lisa Borders endorsed Kasim Reed.")
    rules = {s.text: s._.rule for s in doc.spans["mentions"] if s.label_ in ("PERSON", "GPE")}
    assert rules == {"Atlanta": "kb", "Lisa Borders": "kb", "Kasim Reed": "kb"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # headline casing: a capitalised verb form after a surname is not part of the name
        ("Marek Dolan Widens Lead in Ohio", ["Marek Dolan"]),
        ("Dolan Widens Lead in Ohio", []),  # a lone surname with no one named before it
        ("Ilse Varga Campaigns in Oregon", ["Ilse Varga"]),
        ("Ilse Varga Is Re-elected", ["Ilse Varga"]),
        # ... written with a hyphen, right after the name (three tokens)
        ("Ilse Varga Re-elected Mayor of Lyon", ["Ilse Varga"]),
        ("Ilse Varga Re-Elected As Mayor Of Lyon", ["Ilse Varga"]),
        # a double-barrelled surname stays whole
        ("Ilse Varga-Kolvek wins the Lyon mayoral election.", ["Ilse Varga-Kolvek"]),
        ("Ilse Varga-Kolvek Re-elected Mayor of Lyon", ["Ilse Varga-Kolvek"]),
        ("George Will wrote about Ilse Varga.", ["George Will", "Ilse Varga"]),  # a first name stays a name
        # ... nor a preposition, pronoun, auxiliary or quantifier set in headline case
        ("Poll Shows Ilse Varga Among Young Voters' Favourites", ["Ilse Varga"]),
        ("Marek Dolan Both Leads and Trails", ["Marek Dolan"]),
        ("Ilse Varga Have Words for the Board", ["Ilse Varga"]),
        ("Says It Will Quit the Race", []),
        ("Thomas More wrote it.", ["Thomas More"]),  # a surname that is a word stays: none of those
        # a modal that is a name too is the verb after a word that is no first name, the surname after one
        ("Zembla May Soon Resume Talks With Velmar", []),
        ("Velmar Motors May Close Plant", []),
        ("Talks Stall; Ilse Varga Will Miss the Summit", ["Ilse Varga"]),
        ("Marta May Resigns as Party Leader", ["Marta May"]),
        ("Will Velder Wins the Kestrel Primary", ["Will Velder"]),
        # a function word never ends a name: a caption runs into the next clause
        ("Ilse Varga In the northern district, turnout fell.", ["Ilse Varga"]),
        ("James To of the Unity Party won.", ["James To"]),
        # a hyphenated syllable is no particle; a compound cue is no name
        ("City mayor Hau Lung-bin flipped the switch.", ["Hau Lung-bin"]),
        ("Pan-democrat Lam Cheuk-ting won a seat.", ["Lam Cheuk-ting"]),
        # a photo credit after a name
        ("A tweet to student Ivo Marek Image: Twitter.", ["Ivo Marek"]),
        # a headline's word after a title is no holder unless the story writes it again
        ("Zemblan Senator Criticizes Europe on Steel. A senator said tariffs hurt steel mills.", []),
        ("Lawmakers Grill Brantco Over Fees. Members of the banking panel asked about the fees.", []),
        ("Candidates Practice Debate Skills. Three hopefuls met in Ruritania on Monday.", []),
        # (and, titled, the name known: the story's "Kolvek" repeats it)
        ("Senator Kolvek Attacks Tariff Plan. Kolvek spoke in Ruritania on Monday.", ["Kolvek", "Kolvek"]),
        ("Senator Ilse Varga Attacks Tariff Plan. The plan was unveiled in Ruritania.", ["Ilse Varga"]),
        # not a headline: a lower-case word of four letters or more in the sentence
        ("Among those arrested are Mayor Irvo Pellek of Vastra and Mayor Mims Hackett of Orange.",
         ["Irvo Pellek", "Mims Hackett"]),
        # a capitalised closed-class word before another capital ends the name (phrase_breaks.tsv ``name``)
        ("Paulo Vantrell To Perform at Kestrel Gala. The singer will perform on Sunday.", ["Paulo Vantrell"]),
        ("Ivo Dremmel Out For Season. Ivo Dremmel hurt his knee.", ["Ivo Dremmel", "Ivo Dremmel"]),
        ("Ivo Dremmel Could Be Next. The club may sign him.", ["Ivo Dremmel"]),
        ("Ilse Varga Retires From Racing. She retired on Monday.", ["Ilse Varga"]),
        # ... nor opens one ("Be Plus", "Be Retried")
        ("Wind-Aided Delay May Be Plus for Velmar (AP). AP - The rainy remnants of Storm Ivo forced Velmar to "
         "practice inside in advance of its delayed season opener.", []),
        ("Judge Says Ivo Velmar Can Be Retried (AP). AP - Former star Ivo Velmar will be retried on a charge.",
         ["Velmar", "Ivo Velmar"]),
        # ... unless glued by a hyphen into a word of the name
        ("Kim In-Soo Wins Seoul Mayoral Race. Kim In-Soo won the race.", ["Kim In-Soo", "Kim In-Soo"]),
        # a first name that is a word too ("Moon") opens no name that a headline's break cut; elsewhere it does,
        # in a credit or a list set all in capitals too
        ("The Weird Plumes of Jupiter's Moon Kestrel Are Spewing Water Vapor. The moon Kestrel has an ocean.", []),
        ("The engineer Dean Kamen spoke on Monday.", ["Dean Kamen"]),
        ("The shuttle landed in Florida. Image: Mark Rathvon.", ["Mark Rathvon"]),
        ("A: Bob Marlow, Bruno Velmar, Frank Sinatro", ["Bob Marlow", "Bruno Velmar", "Frank Sinatro"]),
        # ... and a surname of that shape before a lower-case word, outside a headline, stays ("James To")
        ("Lena To of the Unity Party won the seat in the district.", ["Lena To"]),
        # a name particle is no closed-class word: it stands inside the name
        ("Juan Pablo De Varga spoke in the district on Monday.", ["Juan Pablo De Varga"]),
        # an inflected verb in a headline ends the name (headline_verbs.tsv) ...
        ("Marek Dolan Resigns. The minister resigned on Monday.", ["Marek Dolan"]),
        ("Tomas Velkov Traded to Rivals. The club traded its striker on Monday.", ["Tomas Velkov"]),
        ("Ilse Varga Arrives in Lyon. The minister arrived on Monday.", ["Ilse Varga"]),
        # ... unless the story writes it capitalised inside another sentence: a surname that is a verb too
        ("Dana Arrives Wins Seat. The senator, Dana Arrives, won the seat easily.",
         ["Dana Arrives", "Dana Arrives"]),
        # ... and never outside a headline
        ("The minister, Ilse Varga Arrives, was named on Monday in the district.", ["Ilse Varga Arrives"]),
    ],
)
def test_entities_headlines_and_captions(nlp, text, expected):
    assert names(nlp(text), "PERSON") == expected


@pytest.mark.parametrize(
    "text, people, places",
    [
        # a common word of the treebanks (headline_words.tsv) ends a name in a headline over a story ...
        ("Velmar, Marin Bow to Party Pressure on Ads. Velmar and Ivo Marin said on Monday they would stop the ads.",
         ["Marin", "Ivo Marin"], []),
        ("Kestrel, Dana Differ on Taxes. Kestrel and Ivo Dana spoke on Monday.", ["Dana", "Ivo Dana"], []),
        ("Carolina Receivers Try to Win Starting Jobs. The receivers of the Velmar side hope to start on Saturday.",
         [], []),
        ("Marina Mammals Study Wins Prize. A study of marine mammals won the prize on Friday.", [], []),
        ("Marin Jury Selection Set for Monday. Jury selection in the trial of Ivo Marin began on Monday.",
         ["Marin", "Ivo Marin"], []),
        # ... as does one the story writes in lower case, though the treebanks lack it
        ("Dana Prosecutors Seek Delay. The prosecutors said on Monday that Ivo Dana had lied.",
         ["Dana", "Ivo Dana"], []),
        # ... and none stands first in a name on a verb cue alone
        ("Deadly Explosion Hits Velmar Market. A car bomb killed ten people on Friday.", [], []),
        ("Hockey Team Wins, Moves Closer to Title. The team won again on Monday.", [], []),
        # ... nor lets a first name that is a word too open a name right after one
        ("Velmars First Moon Probe to Enter Lunar Orbit. Velmars first mission to the moon is just days away.",
         [], []),
        ("Kestrel Passes Second Anti-Spyware Bill. The Kestrel council on Thursday passed a second bill against "
         "spyware.", [], []),
        # ... nor makes a place of a place head's noun or compound ("Space Station Launch")
        # (a station is a building, no GPE: place_heads.tsv feature)
        ("Hitch Delays Norway Space Station Launch. The launch of a rocket to the Velmar Space Station was put off.",
         [], ["Norway"]),
        ("Kestrel Rides The High River. Why has Ivo Kestrel put money in the small firm?",
         ["Kestrel", "Ivo Kestrel"], []),
        # near misses: a surname that is a word too and that the story writes capitalised stays ...
        ("Tomas Brown Calls for Unity. Chancellor Tomas Brown urged the party to unite.",
         ["Tomas Brown", "Tomas Brown"], []),
        ("Ana Banks Named Coach. The club said it had hired Ana Banks as coach on Friday.",
         ["Ana Banks", "Ana Banks"], []),
        # ... so does a first name that is a word ("Grace", "Will") and a headline standing alone
        ("Grace Velder Wins Seat. Grace Velder won the seat in Lyon.", ["Grace Velder", "Grace Velder"],
         ["Lyon"]),
        ("Ana Price Wins Seat in Lyon", ["Ana Price"], ["Lyon"]),
        # ... and a byline's name, a particle of the name, and a name after a headline's noun of a thing cue
        ("Fed lifts rates. By Ivo Balls in Lyon. The bank raised rates on Tuesday.", ["Ivo Balls"], ["Lyon"]),
        ("Ivo Von Kestrel Wins Seat in Lyon. Ivo von Kestrel won the seat on Sunday.",
         ["Ivo Von Kestrel", "Ivo von Kestrel"], ["Lyon"]),
        ("Film Director Ivo Van Kestrel Killed. The film director Ivo van Kestrel was shot on Monday.",
         ["Ivo Van Kestrel", "Ivo van Kestrel"], []),
        # ... a place head after a name ("Island"), and a closed-class word the story writes in lower case ("Under")
        ("Visitors Edge Ahead at Velmar Island. The visitors took the second day at the island course.", [],
         ["Velmar Island"]),
        # (a sea is a natural feature: no person, and no GPE either: place_heads.tsv feature)
        ("Velmar Sea Under Threat from Fishing. The Velmar Sea is under threat from overfishing, the report said.",
         [], []),
        # ... and outside a headline nothing changes
        ("The jury heard Ivo Marin on Monday, and Tomas Brown spoke of the selection.",
         ["Ivo Marin", "Tomas Brown"], []),
    ],
)
def test_entities_headline_common_words(nlp, text, people, places):
    doc = nlp(text)
    assert names(doc, "PERSON") == people
    assert names(doc, "GPE") == places


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Varga Wins Again\n\nIlse Varga won the race.", ["Varga Wins Again", "Ilse Varga won the race."]),
        ("One line\nand the next.", ["One line\nand the next."]),  # a single line break is no paragraph
    ],
)
def test_entities_paragraph_breaks_end_sentences(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first name that is also a function word still starts a name; a determiner never does
        ("The humorist Will Dorsey was born here.", ["Will Dorsey"]),
        ("They watched The Crown with Ilse Varga.", ["Ilse Varga"]),
        # a first name before a one-word place: the place is a surname
        ("The first president, George Washington, crossed the river.", ["George Washington"]),
        ("Voters in Paris and Lyon went to the polls.", []),
        # a run ending in a place head noun is a place; a thing's head noun is no part of a name
        ("Buses leave from Hudson Terrace near the Ilse River.", []),
        ("Anouk Delacroix won the Emmy Award in 2015.", ["Anouk Delacroix"]),
        # verbs of speech after an unknown name
        ("Then Tamsin Okoro told reporters she was surprised.", ["Tamsin Okoro"]),
        # a capitalised "The" inside a sentence names a band, work or ship; at a sentence start it does not
        ("Reporters asked Anna Kowal about The Rosa Harmonics.", ["Anna Kowal"]),
        # a news agency after "according to" is no person
        ("According to Yonhap, Anna Kowal resigned.", ["Anna Kowal"]),
        ("According to Reuters, Anna Kowal resigned.", ["Anna Kowal"]),
        ("According to Ivo Petrov, Anna Kowal resigned.", ["Ivo Petrov", "Anna Kowal"]),
        # an abbreviated title inside a capitalised run: the name follows it
        ("Undersecretary for Health Mr. Brambilla says fees will rise.", ["Brambilla"]),
        # "X of PARTY": a person of the party, not part of its name
        ("Elected were Ivo Petrov of ZPK and Anna Kowal of Zembla People's Party.", ["Ivo Petrov", "Anna Kowal"]),
        # a noun of a work or institution right before a capitalised run: its name, not a person's
        ("She launched her graphic novel Rosa Kestrel with Anna Kowal.", ["Anna Kowal"]),
        ("The ruling concerned the religious schools Santo Vittore and Immacolata.", []),
        ("The novelist Rosa Kestrel spoke.", ["Rosa Kestrel"]),
        # an occupation at the start of a sentence is a cue, not part of the name
        ("Mathematician Ilse Varga once called the proof beautiful.", ["Ilse Varga"]),
        ("Astronaut Zorblat Quenwick returned on Monday.", ["Zorblat Quenwick"]),
        # a facility's head noun ends a place, not a person's name
        ("Flights left Anna Kowal International Airport late.", []),
        ("Buses reach Ivo Petrov Station daily.", []),
        # names listed next to a place are not people for it
        ("Guests gathered near the Masjid Al-Qadim (Grand Mosque) last week.", []),
        ("Guests met Ivo Petrov (Anna Kowal) last week.", ["Ivo Petrov", "Anna Kowal"]),
    ],
)
def test_entities_names_from_gum_train_errors(nlp, text, expected):
    assert names(nlp(text), "PERSON") == expected


@pytest.mark.parametrize("text, expected", [
    ("Elected were Ivo Petrov of ZPK and Anna Kowal of Zembla People's Party.", ["Zembla People's Party"]),
    ("The Bank of Zembla Party met.", ["Bank of Zembla Party"]),  # no first name before "of"
])
def test_entities_party_names_stop_at_a_person_of_the_party(nlp, text, expected):
    assert names(nlp(text), "ORG") == expected


@pytest.mark.parametrize(
    "text, people",
    [
        # one capitalised word before a verb of an election result is its subject (issue 11)
        ("Smith defeated Jones by 3 million votes.", ["Smith", "Jones"]),
        ("Voters in Ruritania chose a president. Petrova defeated Ivanov in the runoff.", ["Petrova", "Ivanov"]),
        # ... unless it is a common word, a place or a known organisation
        ("Police defeated the rebels.", []),
        ("Brazil beat Argentina 2-1.", []),
        ("Labour defeated the Conservatives.", []),
        # ... nor a pronoun that opens the sentence
        ("She defeated Ivan Petrov in the runoff.", ["Ivan Petrov"]),
        ("They defeated the incumbent mayor.", []),
        ("Ana Ruiz ran twice. Her rival Ivan Petrov won.", ["Ana Ruiz", "Ivan Petrov"]),
    ],
)
def test_entities_single_word_subject_of_an_election_verb(nlp, text, people):
    doc = nlp(text)
    assert [s.text for s in doc.spans["mentions"] if s.label_ == "PERSON"] == people


@pytest.mark.parametrize("text, people", [
    # a verb's cue (person_cues.tsv verb_before) still marks the capitalised run after it as a person
    ("Velmar's mayor endorsed Zorbo Quillane on Monday.", ["Zorbo Quillane"]),
    ("Velmar's mayor congratulated Zorbo Quillane on Monday.", ["Zorbo Quillane"]),
])
def test_entities_verb_cue_marks_its_object_a_person(nlp, text, people):
    doc = nlp(text)
    assert [s.text for s in doc.spans["mentions"] if s.label_ == "PERSON"] == people


@pytest.mark.parametrize("lexicon, column, value, ok", [
    ("org_modifiers.tsv", "role", "possessive", True),
    ("org_modifiers.tsv", "role", "institution", True),
    ("org_modifiers.tsv", "role", "nearby", False),
    ("person_cues.tsv", "position", "thing_before", True),
    ("person_cues.tsv", "position", "before", True),
    ("person_cues.tsv", "position", "verb_before", True),
    ("person_cues.tsv", "position", "thing_head", True),
    ("person_cues.tsv", "position", "thing_head_modifier", True),
    ("person_cues.tsv", "position", "nearby", False),
    ("person_cues.tsv", "position", "thing_after", False),
])
def test_entities_lexicon_kinds_are_validated(tmp_path, lexicon, column, value, ok):
    """An org modifier's role and a person cue's position are each one of the kinds the stage reads; another is
    an error naming the file, line and column."""
    import shutil

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_resources

    from conftest import MODELS

    models = tmp_path / "models"
    shutil.copytree(MODELS, models, ignore=shutil.ignore_patterns("ner", "parser", "context"))
    with (models / "lexicons" / lexicon).open("a", encoding="utf-8") as f:
        f.write(f"gazette\t{value}\n")
    if ok:
        assert load_resources(models) is not None
    else:
        with pytest.raises(DataError, match=rf"{lexicon}:\d+.*{column}"):
            load_resources(models)


@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz said the Tories came third.", [("Tories", "Conservative Party")]),
    ("Republican Ana Ruiz beats Democrat Omar Feldt.", [("Republican", "Republican Party"), ("Democrat", "Democratic Party")]),
    # a name several countries' parties share stays that name: no country's party is guessed
    ("The ruling Social Democrats suffered losses in the local elections.", [("Social Democrats", "Social Democrats")]),
    ("The Christian Social Democrats won.", []),  # the end of a longer name: not the shared one
])
def test_entities_party_short_names_link_to_the_party(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"] == expected


@pytest.mark.parametrize("text, expected", [
    # a country's possessive names its body by the body's kind: the KB's body of that country
    ("Ana Ruiz, the head of Russia's Central Election Commission, was removed.",
     [("Central Election Commission", "Central Election Commission of Russia")]),
    ("India's Supreme Court ruled on Monday.", [("Supreme Court", "Supreme Court of India")]),
    # near misses: a country the KB has no such body of, a person's possessive, the body without a possessor
    ("France's Central Election Commission met.", [("Central Election Commission", "Central Election Commission")]),
    ("Ana Ruiz's Central Election Commission met.", [("Central Election Commission", "Central Election Commission")]),
    ("The Central Election Commission met in Moscow.",
     [("Central Election Commission", "Central Election Commission")]),
])
def test_entities_a_countrys_body_named_by_its_kind(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"] == expected


@pytest.mark.parametrize("rows, error", [
    ("word\tparty\nTories\tConservative Party\n", None),
    ("word\tparty\nTories\tConservative Party\nTories\tLabour Party\n", "each word once"),
    ("word\tparty\nTories\n", "each word once"),
])
def test_entities_party_short_names_validated(tmp_path, rows, error):
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_party_short_names

    path = tmp_path / "party_short_names.tsv"
    path.write_text(rows, encoding="utf-8")
    if error is None:
        assert load_party_short_names(path) == {"Tories": "Conservative Party"}
    else:
        with pytest.raises(DataError, match=error) as e:
            load_party_short_names(path)
        assert str(path) in str(e.value)


@pytest.mark.parametrize("text, expected", [
    # the source citations that end a paragraph name no one in the story
    ("Swiss voters decide on highways. (The Federal Council) (Swiss Info)", []),
    ("Ana Ruiz wins in Lima. (Andina), (El Comercio)", [("Ana Ruiz", "PERSON"), ("Lima", "GPE")]),
    ("Ana Ruiz wins. (Tehran Times)\n\nOmar Feldt loses in Lima. (Mehr)",
     [("Ana Ruiz", "PERSON"), ("Omar Feldt", "PERSON"), ("Lima", "GPE")]),
    # parentheses inside a sentence are part of the story
    ("Ana Ruiz wins in Lima (Peru) on Sunday.", [("Ana Ruiz", "PERSON"), ("Lima", "GPE"), ("Peru", "GPE")]),
    ("Ana Ruiz wins the Central American Parliament (PARLACEN) seat.",
     [("Ana Ruiz", "PERSON"), ("Central American Parliament", "ORG")]),
])
def test_entities_citations_name_no_one(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["mentions"] if s.label_ in ("PERSON", "GPE", "ORG")] == expected
@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # a parenthesis ending in an outlet's head noun is a source citation: no name in it
        ("Ivo Petrov wins the runoff. (AP via Zembla Chronicle)", ["Ivo Petrov"], []),
        ("Anna Kowal concedes. (The Ruritania Times)", ["Anna Kowal"], []),
        ("Tamsin Okoro won. (Fox News) (Zembla Globe)", ["Tamsin Okoro"], []),
        # in running text such a name is an organisation, never a person
        ("Anna Kowal told the Kestrel Tribune she would run.", ["Anna Kowal"], ["Kestrel Tribune"]),
        ("Tamsin Okoro wrote for the Lisa Kowal Gazette.", ["Tamsin Okoro"], ["Lisa Kowal Gazette"]),
        # a parenthesis that does not end in one keeps its names
        ("Guests met Ivo Petrov (Anna Kowal) last week.", ["Ivo Petrov", "Anna Kowal"], []),
        ("Ivo Petrov won, a witness (Kestrel Tribune reporter Anna Kowal) said.", ["Ivo Petrov", "Anna Kowal"],
         ["Kestrel Tribune"]),
        # ... unless it is the citation that ends a paragraph after its last sentence
        ("Ivo Petrov wins. (Kestrel Tribune reporter Anna Kowal)", ["Ivo Petrov"], []),
    ],
)
def test_entities_outlet_heads(nlp, text, people, orgs):
    doc = nlp(text)
    assert (names(doc, "PERSON"), names(doc, "ORG")) == (people, orgs)


@pytest.mark.parametrize(
    "text, people",
    [
        # a storm's or a fort's name is no person's, though a first name follows the word
        ("Hurricane Anouk struck while Anna Kowal watched.", ["Anna Kowal"]),
        ("Cyclone Anouk Makes Landfall", []),
        ("Buses reach Fort Brambilla daily.", []),
        ("Troops left Port Anouk on Monday.", []),
        # the same first names without such a word stay people
        ("Anouk Brambilla struck a deal while Anna Kowal watched.", ["Anouk Brambilla", "Anna Kowal"]),
        ("Buses reach Tamsin Brambilla daily.", ["Tamsin Brambilla"]),
    ],
)
def test_entities_storm_and_place_words_start_no_name(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a goal scorer: "scored" after an unknown name makes it a person (GUM news, soccer)
        ("Bekir Tamzali scored from the penalty spot.", ["Bekir Tamzali"]),
        ("Six minutes later, Oyelaran Dube scores again.", ["Oyelaran Dube"]),
        # ... not a one-word team, nor a club named after its city
        ("Zembla scored twice in the second half.", []),
        ("Atlanta United scored late.", []),
    ],
)
def test_entities_goal_scorers(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a quoted nickname written tight between the name's words is part of the name
        ('The mayor defeated opponent Jesús "Chuy" García in the runoff.', ['Jesús "Chuy" García']),
        ("Voters chose Ilse “Ili” Varga on Sunday.", ["Ilse “Ili” Varga"]),
        # a quotation after a name, or between two names, is not
        ('Tamsin Okoro "Zoro" won.', ["Tamsin Okoro"]),
        ('Anna Kowal said "Never" Ivo Petrov would win.', ["Anna Kowal", "Ivo Petrov"]),
        ('Anna Kowal called it "Madness" Monday.', ["Anna Kowal"]),
    ],
)
def test_entities_quoted_nickname_inside_a_name(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # an auxiliary alone after an unknown name is no cue: things are, have and will too
        ("The recently released Zorblat Quenwick is also quickly gaining users.", []),
        ("Meanwhile Kestrel Vantage has a new owner.", []),
        # ... before a participle said of people it is
        ("Zorblat Quenwick is re-elected to a second term.", ["Zorblat Quenwick"]),
        ("Zorblat Quenwick was born at Stridon.", ["Zorblat Quenwick"]),
        ("Zorblat Quenwick has resigned.", ["Zorblat Quenwick"]),
        ("It was Zorblat Quenwick who led the count.", ["Zorblat Quenwick"]),
        # and a capitalised auxiliary still ends a name in a headline
        ("Ilse Varga Is Re-elected", ["Ilse Varga"]),
    ],
)
def test_entities_auxiliary_cues_need_a_participle(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # an adverb of manner inside a verb cue, after the name or its auxiliary, leaves the cue a cue
        ("Zorblat Quenwick is officially re-elected Mayor of Lima.", ["Zorblat Quenwick"]),
        ("Zorblat Quenwick is narrowly elected leader of the Green Party.", ["Zorblat Quenwick"]),
        ("Zorblat Quenwick has been formally elected.", ["Zorblat Quenwick"]),
        ("Zorblat Quenwick comfortably elected as President of Peru.", ["Zorblat Quenwick"]),
        ("Zorblat Quenwick narrowly wins the runoff.", ["Zorblat Quenwick"]),
        # near misses: no cue past the adverb, a noun ending in "-ly", an adverb that is not one's own cue
        ("Zorblat Quenwick is really a brand of tea.", []),
        ("Zorblat Quenwick family members met on Monday.", []),
        ("Zorblat Quenwick rally draws thousands.", []),
        ("The recently released Zorblat Quenwick is also quickly gaining users.", []),
    ],
)
def test_entities_adverb_inside_a_verb_cue(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize("text, expected", [
    # an organisation named in full, then its acronym in parentheses: the acronym names it there and after
    ("The Ruritanian Unity Front (RUF) won; the RUF leader Ana Vell conceded.",
     [("Ruritanian Unity Front", "Ruritanian Unity Front"), ("RUF", "Ruritanian Unity Front"),
      ("RUF", "Ruritanian Unity Front")]),
    ("Shares in Zembla Electric Power Company (ZEPCO) fell; ZEPCO said it would pay.",
     [("Zembla Electric Power Company", "Zembla Electric Power Company"), ("ZEPCO", "Zembla Electric Power Company"),
      ("ZEPCO", "Zembla Electric Power Company")]),
    # a mixed-case acronym
    ("The Party of Law and Renewal (PoLR) came second, and PoLR asked for a recount.",
     [("Party of Law and Renewal", "Party of Law and Renewal"), ("PoLR", "Party of Law and Renewal"),
      ("PoLR", "Party of Law and Renewal")]),
])
def test_entities_acronym_defined_in_parentheses(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"] == expected


@pytest.mark.parametrize("text, acronym", [
    # letters that do not spell the name, or whose first letter is not the name's: no acronym
    ("The opposition joined the Labour Party (AP) on Monday, and AP reporters saw it.", "AP"),
    ("The Ruritanian Unity Front (UF) won; UF officials cheered.", "UF"),
    # an all-caps word that is not defined is no organisation by this rule
    ("The RUF won 40 seats.", "RUF"),  # ("the ruling RUF" names a party by org_cues.tsv before_name)
    # a citation after the last sentence cites; it defines nothing
    ("The Ruritanian Unity Front won. (RUF)", "RUF"),
    # a one-word place before a league's code
    ("Milwaukee: sent Ana Vell outright to Indianapolis (IL).", "IL"),
])
def test_entities_acronym_not_defined(nlp, text, acronym):
    doc = nlp(text)
    assert acronym not in [s.text for s in doc.spans["mentions"]]


@pytest.mark.parametrize("short, full, expected", [
    ("INEC", "Independent National Electoral Commission", True),
    ("TEPCO", "Tokyo Electric Power Company", True),
    ("KANU", "the Kenya African National Union", True),
    ("ANU", "Kenya African National Union", False),  # the first letter must start the name
    ("AP", "Labour Party", False),
    ("IL", "Indianapolis", False),  # a one-word name: its letters spell anything
    ("UF", "Unity Front", True),
])
def test_entities_abbreviates(short, full, expected):
    from pipeline.nlp.components.entities import abbreviates

    assert abbreviates(short, full) is expected


def org_entities(doc):
    return [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"]


@pytest.mark.parametrize("text, orgs", [
    # a chamber with its place or demonym; a bare capitalised word before "Senate" is a headline's
    ("The Peruvian Senate rejects the budget.", ["Peruvian Senate"]),
    ("The Nevada Senate passes a water bill.", ["Nevada Senate"]),
    ("Ruiz Gets Senate Nod for Velmar Post.", []),
    # a guard named by its kind ("National", "Coast"); a player or a headline's word is not one
    ("Troops of the Nevada National Guard arrive in Reno.", ["Nevada National Guard"]),
    ("The Coast Guard resumes its search off Velmar.", ["Coast Guard"]),
    ("Kestrel Guard Ruled Out for Season.", []),
    ("Hundreds of Nevada National Guard troops arrive.", ["Nevada National Guard"]),  # a count, not the name
    # an administration of two words or more; one word, or a first name, before it is a person's government
    ("The Federal Aviation Administration grounds the jets.", ["Federal Aviation Administration"]),
    ("The Kowalski Administration sends more agents.", []),
    ("The Anna Kowalski Administration sends more agents.", []),
    ("The Zemblan Central Electoral Bureau disqualifies her.", ["Zemblan Central Electoral Bureau"]),
    # a dash after a dateline starts no name
    ("VELMAR - The Kestrel Water Commission meets on Monday.", ["Kestrel Water Commission"]),
    # two bodies joined by "and" are two names
    ("Police and National Guard troops patrol Velmar.", ["National Guard"]),
    ("Velmar College and Kestrel University sign a pact.", ["Velmar College", "Kestrel University"]),
    ("The Zembla Department of Justice and Federal Bureau of Investigation open inquiries.",
     ["Zembla Department of Justice", "Federal Bureau of Investigation"]),
    # a company's legal suffix ends its name, after a comma too; another head after a comma joins nothing
    ("Velmar Motors, Inc. CEO Ana Ruiz reopens the plant.", ["Velmar Motors, Inc."]),
    ("Kestrel Steel Ltd. and Zembla Foods PLC sign a deal.", ["Kestrel Steel Ltd.", "Zembla Foods PLC"]),
    ("In Velmar, Commission officials count the ballots.", []),
])
def test_entities_organisation_heads(nlp, text, orgs):
    assert names(nlp(text), "ORG") == orgs


@pytest.mark.parametrize("text, orgs", [
    # a body's subject after "on" belongs to its name (org_heads.tsv before_on), an office's word in it too
    ("The Commission on Presidential Debates sets the schedule.", ["Commission on Presidential Debates"]),
    ("The Council on Zemblan-Kestrel Relations criticised the plan.", ["Council on Zemblan-Kestrel Relations"]),
    ("The Velmar Committee on Electoral Reform met.", ["Velmar Committee on Electoral Reform"]),
    ("The Senate Committee on Foreign Relations approved Ana Ruiz.", ["Senate Committee on Foreign Relations"]),
    # fields joined by "and", or listed with commas, are one subject; "and the" joins another name
    ("A Velmar Committee on Transport and Infrastructure report blames Zorbo.",
     ["Velmar Committee on Transport and Infrastructure"]),
    ("An analyst at the Council on Energy, Environment and Water said so.", ["Council on Energy, Environment and Water"]),
    ("The Velmar Council on Energy and the Court agreed.", ["Velmar Council on Energy"]),
    ("The director of the Council on Zemblan - Kestrel Relations spoke.", []),  # a spaced dash cuts the subject
    # a day, a date, an event or a person after "on" is none; nor a subject after another head ("Court")
    ("The Velmar Board on Tuesday approved the deal.", ["Velmar Board"]),
    ("The Electoral Commission on Election Day reported long queues.", ["Electoral Commission"]),
    ("The Electoral Commission on Christmas Eve announced the result.", ["Electoral Commission"]),
    ("The Velmar Council on 12 May approved the budget.", ["Velmar Council"]),
    ("The Velmar Committee on Ana Ruiz's nomination met.", ["Velmar Committee"]),
    ("The Supreme Court on Human Rights Day ruled.", ["Supreme Court"]),
])
def test_entities_organisation_subject_after_on(nlp, text, orgs):
    assert names(nlp(text), "ORG") == orgs


@pytest.mark.parametrize("text, orgs, places", [
    # a head that opens a place's name the KB knows is the place's word, no organisation's
    ("Marijuana is legal in 11 states and the District of Columbia.", [], ["District of Columbia"]),
    ("Voters in the Union of the Comoros go to the polls.", [], ["Union of the Comoros"]),
    # a body named after the place keeps it inside its name
    ("A judge of the District Court for the District of Columbia dismissed the case.",
     ["District Court for the District of Columbia"], []),
])
def test_entities_head_that_opens_a_place(nlp, text, orgs, places):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and names(doc, "GPE") == places


def test_entities_place_inside_organisation_is_no_place_even_with_its_article(nlp):
    doc = nlp("Ana Ruiz is accused of lying to the United States Velmar Agency.")
    assert names(doc, "ORG") == ["United States Velmar Agency"] and names(doc, "GPE") == []


@pytest.mark.parametrize("text, orgs, people", [
    # a ministry's fields listed with commas, closed by "and", belong to its name
    ("The Ministry of Trade, Industry and Energy (MTIE) unveils a plan; MTIE said more.",
     ["Ministry of Trade, Industry and Energy", "MTIE", "MTIE"], []),
    ("The Department for Environment, Food and Rural Affairs said so.",
     ["Department for Environment, Food and Rural Affairs"], []),
    # people listed after the ministry are not its fields
    ("The Ministry of Defence, Anna Jones and Lena Novak said so.", ["Ministry of Defence"],
     ["Anna Jones", "Lena Novak"]),
    ("The Ministry of Health, Maria and Lena Novak thanked the nurses.", ["Ministry of Health"], None),
])
def test_entities_ministry_fields(nlp, text, orgs, people):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and people in (None, names(doc, "PERSON"))


def test_entities_acronym_may_leave_out_the_place_that_begins_the_name(nlp):
    doc = nlp("The Nevada Water Resources Agency (WRA) said so; the WRA added more.")
    assert org_entities(doc) == [("Nevada Water Resources Agency", "Nevada Water Resources Agency"),
                                 ("WRA", "Nevada Water Resources Agency"), ("WRA", "Nevada Water Resources Agency")]


@pytest.mark.parametrize("text, expected", [
    # a demonym before a party's short name: that nation's or region's party, not the short name's own
    ("In response, the Scottish Conservatives call a vote.", [("Scottish Conservatives", "Scottish Conservatives")]),
    ("Ana Ruiz is the leader of Welsh Labour.", [("Welsh Labour", "Welsh Labour")]),
    # the demonym of the short name's own country: its party
    ("British Labour wins the seat.", [("British Labour", "Labour Party")]),
    ("An American Republican senator, Ana Ruiz, speaks.", [("American Republican", "Republican Party (United States)")]),
    # no demonym: the end of a longer name, as before
    ("Christian Democrats win in Velmar.", []),
])
def test_entities_national_party_short_names(nlp, text, expected):
    assert [(t, e) for t, e in org_entities(nlp(text)) if t != "leader of Welsh Labour"] == expected


@pytest.mark.parametrize("text, orgs, places", [
    # a place inside a party's name before a lower-case "party", after a word of the name
    ("Ana Ruiz's Forward Ukraine party won.", ["Forward Ukraine"], []),
    # a place alone, or first, before "party" is where the party is
    ("Ana Ruiz of the Ukraine party won.", [], ["Ukraine"]),
    ("Ana Ruiz of the Ukraine Green party won.", [], ["Ukraine"]),
])
def test_entities_place_inside_a_party_name_before_lower_case_head(nlp, text, orgs, places):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and names(doc, "GPE") == places


@pytest.mark.parametrize("column, value, ok", [
    ("after_person", "1", True), ("after_place", "1", True), ("after_place", "yes", False),
    ("after_person", "2", False), ("after_words", "Coast Swiss", True), ("after_comma", "1", True),
    ("after_comma", "x", False), ("before_name", "1", True), ("before_name", "y", False),
])
def test_entities_org_head_columns_are_validated(tmp_path, column, value, ok):
    import shutil

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_resources

    from conftest import MODELS

    models = tmp_path / "models"
    shutil.copytree(MODELS, models, ignore=shutil.ignore_patterns("ner", "parser", "context"))
    path = models / "lexicons" / "org_heads.tsv"
    header = "word\tafter_name\tinstitution\tafter_person\tafter_place\tafter_words\tafter_comma\tbefore_name"
    columns = header.split("\t")
    row = ["sentry"] + ["" for _ in columns[1:]]
    row[columns.index(column)] = value
    path.write_text(path.read_text(encoding="utf-8") + "\t".join(row) + "\n", encoding="utf-8")
    if ok:
        res = load_resources(models)
        assert "sentry" in res.org_heads
    else:
        with pytest.raises(DataError, match=r"org_heads.tsv:\d+"):
            load_resources(models)


@pytest.mark.parametrize("text, orgs, people", [
    # a lower-case head after a word describing it, then the name
    ("Velmar wins the state back from Islamist party PUV. A recount is pending.", ["PUV"], []),
    ("The Kestrel separatist group KLF set off two bombs.", ["KLF"], []),
    ("Electric car company Zembla Drive announces its collapse.", ["Zembla Drive"], []),
    ("A dam owned by the mining company Vale collapses.", ["Vale"], []),  # one word that is a first name too
    ("The largest Islamic group Jamaat-e-Velmar is banned.", ["Jamaat-e-Velmar"], []),
    # an article right before the head starts a clause; a title or a person's full name is no party's name
    ("The company Kowalski founded collapses.", [], []),
    ("The opposition party Chairman Marek Kowal resigns.", [], ["Marek Kowal"]),
    ("The ruling party Ana Ruiz leads wins again.", [], ["Ana Ruiz"]),
    # more words than a name after its head has: a list or a headline, not one name
    ("The mining company Orex Zembla Kestrel Velmar Ore collapses.", [], None),
])
def test_entities_name_after_lower_case_head(nlp, text, orgs, people):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and people in (None, names(doc, "PERSON"))


@pytest.mark.parametrize("text, orgs, people", [
    # a lower-case noun describing an organisation (org_nouns.tsv before_name) after a word describing it
    ("Ruritanian electronics retailer Zorbo files for bankruptcy.", ["Zorbo"], []),
    ("Polling firm Kestrel Insights puts the president ahead.", ["Kestrel Insights"], []),
    ("The opposition bloc Velmar Forward wins a third of the seats.", ["Velmar Forward"], []),
    ("Shares in mortgage lender Velbank fell.", ["Velbank"], []),
    ("Dutch retailer Zorbo's former chairman is charged.", ["Zorbo"], []),
    ("Localist group Velmar Now's Ana Ruiz is elected.", ["Velmar Now"], ["Ana Ruiz"]),
    # a noun said of people too ("maker") describes no company; two words opening with a first name are a person
    ("Policy maker Kowal says rates will rise.", [], None),
    ("Investment banker Ana Kowal says rates will rise.", [], ["Ana Kowal"]),
    # no capitalised name after the noun ("fund-raising"), a name going on past its possessive, a name the KB knows
    # only as a party's after a noun that no party is
    ("Kestrel eases political fund-raising rules.", [], []),
    ("Home goods retailer Zorbo's Stores Inc. reports a loss.", None, None),
    ("Zemblan airline SAS cuts routes.", [], []),
])
def test_entities_name_after_organisation_noun(nlp, text, orgs, people):
    doc = nlp(text)
    found = names(doc, "ORG")
    assert (found == orgs if orgs is not None else "Zorbo" not in found) and people in (None, names(doc, "PERSON"))


@pytest.mark.parametrize("text, orgs", [
    # an acronym, a hyphenated name, a word before the name ("ruling", "opposition") before a lower-case "party"
    ("Ana Ruiz of the ruling PUV party is attacked.", ["PUV"]),
    ("With half the vote counted, the Kara-Tash party leads.", ["Kara-Tash"]),
    ("The opposition Vamos Juntos party wins.", ["Vamos Juntos"]),
    # one capitalised word the KB does not know with "party", or a stance, is no name
    ("The opposition Velmarist party wins.", []),
    ("The pro-Velmar party wins.", []),
])
def test_entities_name_before_lower_case_party(nlp, text, orgs):
    assert names(nlp(text), "ORG") == orgs


@pytest.mark.parametrize("text, orgs, places", [
    # plural heads ("Centers", "Committees") and a prosecutor's head ("Procuratorate") end a name like their singulars
    ("The Zembla Centers for Water Safety warns of drought.", ["Zembla Centers for Water Safety"], []),
    ("The Velmar and Kestrel Olympic Committees were suspended.", ["Velmar and Kestrel Olympic Committees"], []),
    ("The Supreme People's Procuratorate indicts a mayor.", ["Supreme People's Procuratorate"], []),
    ("Kestrel Networks Corp said profits fell.", ["Kestrel Networks Corp"], []),
    ("Insurance broker Marlow & Tensing Cos. denies the report.", ["Marlow & Tensing Cos"], []),  # "Cos.": companies
    ("The Velmar Centres for Rural Health close.", ["Velmar Centres for Rural Health"], []),
])
def test_entities_plural_heads(nlp, text, orgs, places):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and names(doc, "GPE") == places


@pytest.mark.parametrize("text, orgs, people", [
    # an agency named after its lower-case head and the word describing it ("state agency KCNA")
    ("Zembla's state agency ZNA announces a launch.", ["ZNA"], []),
    ("The Kestrel space agency KSA announces a mission.", ["KSA"], []),
    # an article right before the head starts a clause, not a name
    ("The agency Ana Ruiz runs closes.", [], ["Ana Ruiz"]),
])
def test_entities_agency_named_after_its_head(nlp, text, orgs, people):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and names(doc, "PERSON") == people


@pytest.mark.parametrize("text, places, orgs", [
    # well-known regions the build's countries, divisions and cities leave out are places (models/kb/entities.jsonl);
    # "West Bank" is no bank
    ("Settlers from the West Bank and the Gaza Strip protest in Kashmir.", ["West Bank", "Gaza Strip", "Kashmir"], []),
    ("Voters in Nagorno-Karabakh and Crimea go to the polls.", ["Nagorno-Karabakh", "Crimea"], []),
    ("The Kestrel Bank and the Velmar Bank merge.", [], ["Kestrel Bank", "Velmar Bank"]),
    # a listed country's divisions under their English names (state_overrides.tsv)
    ("Voters in Sicily, Andalusia and the Azores elect regional assemblies.", ["Sicily", "Andalusia", "Azores"], []),
    ("The governor of Aceh visited KwaZulu-Natal and Sabah.", ["Aceh", "KwaZulu-Natal", "Sabah"], []),
    # ... and US states under the wire's abbreviations, where no other word or title reads the same
    ("SALEM, Ore. - Voters in Portland, Ore., and Seattle, Wash., cast ballots.",
     ["SALEM", "Ore.", "Portland", "Ore.", "Seattle", "Wash."], []),
    ("Senator Ann Pike, D-Md., spoke in Baltimore.", ["Md.", "Baltimore"], []),
    ("Del. Maria Cruz, a state delegate, spoke in Baltimore.", ["Baltimore"], []),
    # ... while a region's words that are no division stay no place, and Georgia stays both places
    ("The Centre and the North West backed the Capital list in Georgia.", ["Georgia"], []),
    # ... and a division's name after a name's particle and a hyphen is the name's ("al-Sabah")
    ("Oil Minister Tariq al-Sabah spoke in Sabah.", ["Sabah"], []),
    # ... as is one that is a first name too, before a particle and a hyphen ("Sabah al-Karim")
    ("Prime Minister Sabah al-Karim spoke in Sabah.", ["Sabah"], []),
])
def test_entities_regions_are_places(nlp, text, places, orgs):
    doc = nlp(text)
    assert names(doc, "GPE") == places and names(doc, "ORG") == orgs


@pytest.mark.parametrize("text, expected", [
    # a capitalised "The" opening the sentence is no word of the name before a lower-case "party"
    ("The Vamos Juntos party wins.", [("Vamos Juntos", "Vamos Juntos")]),
    # a demonym and a KB party's name before "party": that nation's party
    ("The Canadian Liberal party won the federal election.", [("Canadian Liberal party", "Liberal Party of Canada")]),
    ("The Japanese Liberal Democratic party chose a new leader.",
     [("Japanese Liberal Democratic party", "Liberal Democratic Party")]),
    # one capitalised word the KB does not know as a party of its own is no name; nor a party of another nation
    ("The Liberal party won.", []),
    ("The Canadian Liberal Democratic party won.", []),
])
def test_entities_sentence_start_and_demonym_before_lower_case_party(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"] == expected


@pytest.mark.parametrize("text, expected", [
    # the text's definition of an acronym outranks the KB's body of the same letters ("AEC": the Australian one)
    ("The Arcadian Electoral Commission (AEC) said AEC would publish results.",
     [("Arcadian Electoral Commission", "Arcadian Electoral Commission"), ("AEC", "Arcadian Electoral Commission"),
      ("AEC", "Arcadian Electoral Commission")]),
    # the KB's own body defined, or its acronym with no definition, stays the KB's
    ("The Australian Electoral Commission (AEC) said the AEC would publish results.",
     [("Australian Electoral Commission", "Australian Electoral Commission"),
      ("AEC", "Australian Electoral Commission"), ("AEC", "Australian Electoral Commission")]),
    ("The AEC said turnout was high.", [("AEC", "Australian Electoral Commission")]),
    # letters that do not spell the name define nothing: the KB's body stays
    ("The Velmar Electoral Commission (AEC) met; AEC staff left.",
     [("Velmar Electoral Commission", "Velmar Electoral Commission"), ("AEC", "Australian Electoral Commission"),
      ("AEC", "Australian Electoral Commission")]),
])
def test_entities_defined_acronym_outranks_the_kb(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"] == expected


@pytest.mark.parametrize("text, orgs, offices", [
    # a body's vote on a bill or motion is the body's own division: the body stays an organisation
    ("The Wisconsin Senate vote to repeal the tax fails.", ["Wisconsin Senate"], []),
    ("A House of Commons vote on the plans is dropped.", ["House of Commons"], []),
    ("The Knesset vote against the bill was close.", ["Knesset"], []),
    # a vote or election with no motion after it is still a race for the body's seats
    ("The Wisconsin Senate vote is set for November.", [], ["Member of the Wisconsin Senate"]),
    ("The Knesset election is set for March.", [], ["Member of the Knesset"]),
])
def test_entities_body_vote_on_a_motion_is_no_race(nlp, text, orgs, offices):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and [s._.entity for s in doc.spans["mentions"] if s.label_ == "OFFICE"] == offices


@pytest.mark.parametrize("text, orgs", [
    # widely known armed groups and a government's seats are organisations the KB knows (organisations.jsonl)
    ("Two al-Qaeda members and an Islamic State commander were killed in Velmar.", ["al-Qaeda", "Islamic State"]),
    ("Police blame the Basque ETA group for the bomb.", ["ETA"]),
    ("The White House says the Pentagon will send troops.", ["White House", "Pentagon"]),
])
def test_entities_armed_groups_and_government_seats(nlp, text, orgs):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and names(doc, "OFFICE") == []  # an armed group's member or leader holds none


@pytest.mark.parametrize("text, orgs, places", [
    # a country's armed service (org_heads.tsv: "navy"; "force" after "Air", "Task", ...), its place inside the name,
    # a place spelt like a stop word ("US") too
    ("An accused US Army deserter surrendered in Japan.", ["US Army"], ["Japan"]),
    ("The US Navy said the ship was safe.", ["US Navy"], []),
    ("The Zemblan Navy intercepted the boat.", ["Zemblan Navy"], []),
    ("Fifty Zemblan Air Force planes flew over Florida.", ["Zemblan Air Force"], ["Florida"]),
    ("The Velmar Task Force said it had made arrests.", ["Velmar Task Force"], []),
    # a place's head after it: the name goes on, no organisation's (a station's: no GPE either, place_heads.tsv feature)
    ("The rocket lifted off from Velmar Air Force Station on Monday.", [], []),
    # "force" after another word, or in lower case, ends no name; "Us" opens none
    ("Zemblan Fighters Force Velmar Jet To Land. Zemblan jets forced a plane to land in Cyprus.", [],
     ["Cyprus"]),
    ("The police force said it had arrested three men.", [], []),
    ("Us Navy veterans gathered.", [], []),
    # a stock or commodity exchange (org_heads.tsv: "exchange" after "Stock", "Mercantile", ...)
    ("Shares fell on the Velmar Stock Exchange on Monday.", ["Velmar Stock Exchange"], []),
    ("Zembla Moves Toward Flexible Exchange Rates. The central bank widened the band.", [], []),
    ("The foreign exchange market was calm.", [], []),
])
def test_entities_armed_services_and_exchanges(nlp, text, orgs, places):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs and names(doc, "GPE") == places


@pytest.mark.parametrize("text, orgs", [
    # a body the KB knows, then its unit's name read by its head: one organisation (UNIT_PARENT_TYPES)
    ("Ana Ruiz will remain in the White House Coronavirus Task Force.", ["White House Coronavirus Task Force"]),
    ("The U.S. Senate Budget Committee voted on Monday.", ["U.S. Senate Budget Committee"]),
    # a party's name before another organisation's, or a body's name alone, stays apart
    ("The Labour Party Velmar Committee met.", ["Labour Party", "Velmar Committee"]),
    ("The EU Velmar Party won.", ["EU", "Velmar Party"]),
    ("The White House said the Velmar Task Force would meet.", ["White House", "Velmar Task Force"]),
])
def test_entities_unit_named_after_its_body(nlp, text, orgs):
    assert names(nlp(text), "ORG") == orgs


@pytest.mark.parametrize("text, expected", [
    # well-known federal bodies the KB knows by name and acronym (organisations.jsonl)
    ("NASA said the launch would go ahead.", [("NASA", "National Aeronautics and Space Administration")]),
    ("The FCC fined the broadcaster and the SEC opened an inquiry.",
     [("FCC", "Federal Communications Commission"), ("SEC", "Securities and Exchange Commission")]),
    ("The U.S. Environmental Protection Agency proposed new rules.",
     [("U.S. Environmental Protection Agency", "Environmental Protection Agency")]),
    ("The US Federal Reserve held rates.", [("US Federal Reserve", "Federal Reserve")]),
    ("The CDC said eight people fell ill.", [("CDC", "Centers for Disease Control and Prevention")]),
    # a KB name before a capitalised head and "of" starts a longer name; before "of" alone it stays the KB's
    ("A forecast of the Federal Reserve Bank of Kestrel was released.",
     [("Federal Reserve Bank of Kestrel", "Federal Reserve Bank of Kestrel")]),
    ("The chairman of the Federal Reserve of the time was Ana Ruiz.", [("Federal Reserve", "Federal Reserve")]),
    ("The pro-EU Party of Velmar Renewal won.",
     [("EU", "European Union"), ("Party of Velmar Renewal", "Party of Velmar Renewal")]),
    # the words in lower case, or a reserve of another kind, are no body
    ("The federal reserve of grain ran low, said Ana Ruiz of Kestrel Mining.", []),
])
def test_entities_federal_bodies_in_the_kb(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"] == expected


@pytest.mark.parametrize("text, expected", [
    # "Labor" alone is no one party (Australia's, Israel's: roles.jsonl name_forms places "Labor leader X" by the
    # story's country); the US department, secretary and holiday are no party
    ("Labor Secretary Ana Ruiz resigned.", []),
    ("Parades were held on Labor Day.", []),
    ("The Israeli Labor party joined the coalition.", [("Israeli Labor party", "Israeli Labor Party")]),
    # a KB party's spelling with a space for its hyphen
    ("The Zanu PF party won the election.", [("Zanu PF", "ZANU–PF")]),
])
def test_entities_party_spellings(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "ORG"] == expected


@pytest.mark.parametrize("text, places, orgs", [
    # a wire story's dateline: a KB place in capitals at a sentence's start, before a comma, parenthesis, dash or colon
    ("Troops close roads. JERUSALEM -- Soldiers blocked the main roads.", ["JERUSALEM"], []),
    ("BAGHDAD (Reuters) - A car bomb exploded.", ["BAGHDAD"], []),
    ("NEW DELHI, 7 September 2004 - Talks ended.", ["NEW DELHI"], []),
    ("PORT-AU-PRINCE, Haiti - Floods kill hundreds.", ["PORT-AU-PRINCE", "Haiti"], []),
    # a spaced dash after the dateline ends the organisation's name that follows
    ("WASHINGTON - The Velmar Intelligence Council met.", ["WASHINGTON"], ["Velmar Intelligence Council"]),
    # a dateline after the wire's credit that opens the line
    ("Title of the story\n\nCanadian Press - OTTAWA (CP) - Talks ended.", ["OTTAWA"], []),
    ("Title of the story\n\nAFP - KABUL - Talks ended.", ["KABUL"], []),
    # a place the KB lacks before a comma, a KB country, state or region and the wire's parenthesis or a dash
    ("VELMARSK, Russia (Reuters) - Voters went to the polls.", ["VELMARSK", "Russia"], []),
    ("PORT KESTREL, Fla. - Storm winds hit the coast.", ["PORT KESTREL", "Fla."], []),
    ("KESTREL, Gaza Strip (AFP) - Soldiers were killed.", ["KESTREL", "Gaza Strip"], []),
    # capitals inside a sentence, a word the KB has as no place, or an acronym are no dateline
    ("Voters in ROME said no.", [], []),
    ("THE WINNER, a film, opens today.", [], []),
    ("THE WINNER, Russia - a film, opens today.", ["Russia"], []),
    ("Voters said - OTTAWA is far.", [], []),
    ("ST. KESTREL, Fla. - Storm winds hit the coast.", ["Fla."], []),
    ("VELMAR GROUP, Paris - shares rose.", ["Paris"], ["VELMAR GROUP"]),
])
def test_entities_datelines(nlp, text, places, orgs):
    doc = nlp(text)
    assert names(doc, "GPE") == places and names(doc, "ORG") == orgs


@pytest.mark.parametrize("text", [
    "Troops close roads. JERUSALEM -- Soldiers blocked the main roads.\nBAGHDAD (Reuters) - A car bomb exploded.",
    "NEW DELHI, 7 September 2004 - Talks ended. PORT-AU-PRINCE, Haiti - Floods. THE WINNER, a film, opens. ROME:",
    "ÉVORA, Portugal - Votes. ΑΘΗΝΑ, Greece - Votes. 中A, X. Voters in ROME said no. UN - talks. A - B",
])
def test_entities_dateline_prefilter_changes_no_place(nlp, text):
    """_datelines reads only the words ``str.isupper`` finds in C: the places of a scan of every token."""
    from pipeline.nlp.components import entities
    from pipeline.nlp.components.common import token_texts

    recognizer = nlp.get_pipe("newsfacts_entities")
    doc = nlp.make_doc(text)
    texts = token_texts(doc)

    def every_token():
        out, n = [], len(doc)
        for i, text in enumerate(texts):
            if not (text.isupper() and text.isalpha() and len(text) >= entities.MIN_DATELINE_CHARS) or (
                    i > 0 and texts[i - 1] not in entities._SENTENCE_ENDS and "\n" not in doc[i - 1].whitespace_
                    and not texts[i - 1].isspace() and not recognizer._after_credit(doc, i, texts)):
                continue
            j = i + 1
            while j < n and j - i < entities.MAX_DATELINE_TOKENS and (texts[j].isupper() and texts[j].isalpha() or (
                    texts[j] == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_)):
                j += 1
            if j < n and texts[j] in entities._DATELINE_AFTER and texts[j - 1] != "-" \
                    and (recognizer.res.kb.lookup("GPE", doc[i:j].text)
                         or recognizer._placed_dateline(doc, i, j, texts)):
                out.append((i, j))
        return out

    found = [(s.start, s.end) for s in recognizer._datelines(doc, texts)]
    assert found == every_token()
    if text.startswith("Troops"):
        assert len(found) == 2


def test_entities_place_gate_changes_no_mention(nlp, monkeypatch):
    """_people_over_places looks a KB place up only with a capitalised word or a hyphen before it, or a capitalised
    word or a particle after a place of one word (:meth:`_may_join_name`): the mentions over 1,000 current-events
    items are those found when every place is looked up."""
    from conftest import current_events_texts

    from pipeline.nlp.extensions import MENTIONS

    texts = current_events_texts(1000)
    texts += ["Prime Minister Pedro Lima met Ana Maria Lima.", "Governor Mark Dayton and Kent Kowal spoke.",
              "Sheikh Ahmad al-Fahd al-Sabah and Sabah al-Ahmad met in Lima."]

    def mentions():
        return [[(s.start, s.end, s.label_, s._.rule, s._.kb_id, s._.entity) for s in doc.spans[MENTIONS]]
                for doc in nlp.pipe(texts)]

    gated = mentions()
    ent = nlp.get_pipe("newsfacts_entities")
    monkeypatch.setattr(ent, "_may_join_name", lambda texts, start, end: True)
    assert mentions() == gated


@pytest.mark.parametrize("text, places", [
    # a city that names a treaty is where it was signed, no place of the story (treaty_heads.tsv)
    ("Zembla ratifies the Tampere Protocol on fishing quotas.", []),
    ("Zembla approves the Treaty of Graz by 336 votes to 52.", []),
    ("The vote on the Graz treaty is delayed.", []),
    ("Zembla Backs Tampere Pact (AP).", []),
    # near misses: a country or state is a party to its agreement; a capitalised-only
    # head in lower case is an event in the city; the city named beside the treaty is a place
    ("Zembla signs the Chile Accord.", ["Chile"]),
    ("Zembla signs the Texas treaty.", ["Texas"]),
    ("Delegates meet at the Leipzig convention.", ["Leipzig"]),
    ("A Leipzig agreement on the stadium is reached.", ["Leipzig"]),
    ("The Velmar Treaty was signed in Tampere.", ["Tampere"]),
    # a document's or a war's capitalised title holds any place, a country too (treaty_heads.tsv ``any_place``)
    ("Voters approve the new Constitution of Kenya by 67 per cent.", []),
    ("The Diet debates the Japan Constitution.", []),
    ("His record during the Vietnam War is debated in Ohio.", ["Ohio"]),
    ("Rioters stormed the United States Capitol.", []),
    ("A blackout strands a thousand riders on the Tbilisi Metro.", []),
    # near misses: the head in lower case; the country beside the title; a president's country
    ("The Iraq war costs billions.", ["Iraq"]),
    ("Voters in Egypt approve the constitution.", ["Egypt"]),
    ("The President of Kenya signs the Constitution.", ["Kenya"]),
])
def test_entities_city_naming_a_treaty_is_no_place(nlp, text, places):
    assert names(nlp(text), "GPE") == places


@pytest.mark.parametrize("text, orgs", [
    # a body named "Chamber of ..." (its president is the chamber's, not a party leader's)
    ("Zemblans vote to renew half the Chamber of Deputies.", ["Chamber of Deputies"]),
    ("The Chamber of Commerce backs the bill.", ["Chamber of Commerce"]),
    # a date after an of-name is no word of it
    ("Ruiz annuls the Chamber of Deputies April 17 vote.", ["Chamber of Deputies"]),
    ("The upper chamber rejects the bill.", []),
])
def test_entities_chamber_names(nlp, text, orgs):
    assert names(nlp(text), "ORG") == orgs


def test_entities_chamber_president_is_the_body_office(nlp):
    doc = nlp("Ana Ruiz is elected President of the Chamber of Deputies.")
    assert [s._.entity for s in doc.spans["mentions"] if s.label_ == "OFFICE"] == \
        ["President of the Chamber of Deputies"]


@pytest.mark.parametrize("text, orgs", [
    # a name in apposition with an organisation's noun (org_nouns.tsv) after an article or a possessive name
    ("Kestrel Ninjas, the company leading the audit of the count, is delayed.", ["Kestrel Ninjas"]),
    ("Zorbo Electronics, a Chilean electronics retail chain, seeks bankruptcy.", ["Zorbo Electronics"]),
    ("Velmar Media agreed to buy Tallis Watch, the parent company of a news site.", ["Tallis Watch"]),
    ("Workers of the VTB, Zembla City's largest public transport company, strike.", ["VTB"]),
    ("The Velmar Greens, a party founded in May, won 8% of the vote.", ["Velmar Greens"]),
    ("The Velmar Tigers, a militia based in the north, attacked.", ["Velmar Tigers"]),
    ("Velmar Capital, a hedge fund, invested.", ["Velmar Capital"]),
    # near misses: a noun that goes on ("a party member"), a possessive, a speech verb, an adverb, a person
    ("Zorblat, a party member, spoke.", []),
    ("Kowalski, the company's founder, resigned.", []),
    ("Kowalski, the group said, was killed.", []),
    ("Meanwhile, the ruling party, which won in May, spoke.", []),
    ("Ana Ruiz, the ruling party candidate, spoke.", []),
    ("Kowal, a hedge fund manager, invested.", []),
])
def test_entities_organisation_described_in_apposition(nlp, text, orgs):
    assert names(nlp(text), "ORG") == orgs


@pytest.mark.parametrize("text, offices", [
    # an apposition's company is an institution: "its chairman" holds no party's office; a party's does
    ("Workers of the VTB, Zembla City's largest transport company, demand that its chairman, Ana Ruiz, resign.",
     []),
    ("Staff of the Velmar Greens, a party founded in May, demand that its chairman, Ana Ruiz, resign.",
     ["Leader of the Velmar Greens"]),
])
def test_entities_apposition_company_chairman_holds_no_office(nlp, text, offices):
    assert [s._.entity for s in nlp(text).spans["mentions"] if s.label_ == "OFFICE"] == offices


@pytest.mark.parametrize("text, orgs", [
    # modifiers between the article and a party's name before a lower-case head
    ("Ruiz of the pro-independence Velmar Huiraʻatira party is elected.", ["Velmar Huiraʻatira"]),
    ("Voters back the far-right Velmar Kestrel party.", ["Velmar Kestrel"]),
    ("Voters back the newly formed Velmar Kestrel party.", ["Velmar Kestrel"]),
    # an ideology word inside a longer name; all adjectives is no name
    ("Voters back the Velmar Unity party.", ["Velmar Unity"]),
    ("Voters back the Peruvian Marxist party.", []),
    # one word after a modifier or a possessive is a name, unless it is an adjective ("the main Catholic party") or a
    # word some list knows (a demonym, a place, a common noun); after a bare "the" it is too little
    ("Voters back the ruling Kestrel party.", ["Kestrel"]),
    ("Voters back the main Catholic party.", []),
    ("Voters back the main Kurdish alliance.", []),
    ("Voters back the opposition Ukrainian bloc.", []),
    ("Ana Ruiz and his Kestrel coalition form a government.", ["Kestrel"]),
    ("Ana Ruiz and her Christmas party.", []),
    ("The Kestrel coalition won.", []),
    ("Voters back the former Eastern bloc.", []),
    # a place inside the name after "for": the name's word, no place mention
    ("Ana Ruiz of the Unity for Zembla coalition won.", ["Unity for Zembla"]),
    ("Ana Ruiz of the Zembla coalition won.", []),
])
def test_entities_party_name_after_modifiers(nlp, text, orgs):
    assert names(nlp(text), "ORG") == orgs


@pytest.mark.parametrize("text, entity", [
    # a plural short name before "party" is a party so named, not the short name's own
    ("In Zembla, the opposition Democrats party contests the results.", "Democrats"),
    ("In Zembla, the Democrats contest the results.", "Democratic Party"),
    ("The Democratic party contests the results.", "Democratic Party"),
])
def test_entities_short_name_before_party_is_a_party_so_named(nlp, text, entity):
    assert [e for _, e in org_entities(nlp(text))] == [entity]


@pytest.mark.parametrize("name, row, ok", [
    ("treaty_heads.tsv", "charter\t1", True), ("treaty_heads.tsv", "charter\tyes", False),
    ("treaty_heads.tsv", "treaty", False),  # listed twice
    ("org_nouns.tsv", "cartel\t1", True), ("org_nouns.tsv", "cartel\t2", False),
    ("org_nouns.tsv", "cartel\t1\t1", True), ("org_nouns.tsv", "cartel\t1\tyes", False),  # before_name
    ("org_nouns.tsv", "company", False),  # listed twice
])
def test_entities_treaty_heads_and_org_nouns_are_validated(tmp_path, name, row, ok):
    import shutil

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_resources

    from conftest import MODELS

    models = tmp_path / "models"
    shutil.copytree(MODELS, models, ignore=shutil.ignore_patterns("ner", "parser", "context"))
    path = models / "lexicons" / name
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    if ok:
        res = load_resources(models)
        word = row.split("\t")[0]
        assert word in (res.treaty_heads_lower if name == "treaty_heads.tsv" else res.party_nouns)
        assert (word in res.nouns_before_name) == row.endswith("\t1\t1")
    else:
        with pytest.raises(DataError, match=rf"{name}:\d+"):
            load_resources(models)


@pytest.mark.parametrize("text, places", [
    # a name the KB does not know before a capitalised administrative head is a place (the head is a common word)
    ("Forces leave occupied areas of Kestrel Oblast, according to the governor.", ["Kestrel Oblast"]),
    ("In Kestrel Oblast, floods hit.", ["Kestrel Oblast"]),
    ("Voters in North Kestrel Province go to the polls.", ["North Kestrel Province"]),
    # a city the KB knows before one names its region, not the city
    ("Floods hit the Voronezh Oblast.", ["Voronezh Oblast"]),
    # near misses: the end of a longer name is none; "State" after a name is also a university's team
    ("Floods hit Sistan and Velmar Province.", []),
    ("Floods hit Lào Kestrel Province in the north.", []),
    ("Boise State beat Kestrel State 28-14.", ["Boise"]),
    # a headline's verb opens no place: the capitals after it are the headline's ("Island", "Airport" common nouns)
    ("Storm Hits Velmar Island. The storm hit the island on Monday.", []),
    ("Sex Toy Shuts Down Kestrel Airport. Police closed the airport on Monday.", []),
    # ... outside a headline the place stands
    ("The ship reached Velmar Island on Monday.", ["Velmar Island"]),
])
def test_entities_name_and_administrative_head_is_a_place(nlp, text, places):
    assert names(nlp(text), "GPE") == places


@pytest.mark.parametrize("text, offices", [
    # a region the KB does not know is the story's place for its governor; a mayor's is still the city
    ("Floods hit villages in Kestrel Oblast. Governor Ana Ruiz says so.", ["Governor of Kestrel Oblast"]),
    ("The mayor of Voronezh Oblast spoke.", ["Mayor of Voronezh"]),
])
def test_entities_region_names_its_governor(nlp, text, offices):
    assert [s._.entity for s in nlp(text).spans["mentions"] if s.label_ == "OFFICE"] == offices


@pytest.mark.parametrize(
    "text, expected",
    [
        # an apposition's office behind a place's possessive or demonym, or "a member of" a body, makes the name a
        # person's; so does a title right before it when commas set the name off
        ("Tulo Ngarambe, Zambia's health minister, said the outbreak was under control.", ["Tulo Ngarambe"]),
        ("Tulo Ngarambe, the country's health minister, said the outbreak was under control.", ["Tulo Ngarambe"]),
        ("Tulo Ngarambe, a Zambian lawmaker, was arrested.", ["Tulo Ngarambe"]),
        ("Tulo Ngarambe, a member of the Kestrel Rowing Club, was arrested.", ["Tulo Ngarambe"]),
        ("Zambia's health minister, Tulo Ngarambe, said the outbreak was under control.", ["Tulo Ngarambe"]),
        # near misses: a place's name before a comma and an office with no article or possessive opens the next
        # clause; a name the comma after the title does not close
        ("In Kestrel Vale, lawmakers voted to close the mine in Zambia.", []),
        ("Asked about the health minister, Tulo Ngarambe nodded in Zambia.", []),
    ],
)
def test_entities_holder_set_off_beside_an_office(nlp, text, expected):
    assert names(nlp(text), "PERSON") == expected


# -- a known person's surname before what a person leads or has ---------------------------------------------

@pytest.fixture(scope="module")
def nlp_with_people(tmp_path_factory):
    """The pipeline with two invented KB people: one whose surname is a name only, one whose surname is a country."""
    import json
    import shutil

    import pipeline

    from conftest import MODELS

    models = tmp_path_factory.mktemp("owned") / "models"
    shutil.copytree(MODELS, models, ignore=shutil.ignore_patterns("ner", "parser", "context"))
    people = [{"id": "person:ana-velmarova", "label": "PERSON", "name": "Ana Velmarova", "aliases": [],
               "offices": [{"office": "President of Zembla"}]},
              {"id": "person:ivo-jordan", "label": "PERSON", "name": "Ivo Jordan", "aliases": []},
              {"id": "person:ana-may", "label": "PERSON", "name": "Ana May", "aliases": []},
              {"id": "person:paul-velmar", "label": "PERSON", "name": "Paul Velmar", "aliases": []}]
    (models / "kb" / "invented_people.jsonl").write_text("".join(json.dumps(p) + "\n" for p in people), encoding="utf-8")
    return pipeline.load(models)


@pytest.mark.parametrize("text, people", [
    ("The Velmarova administration rejects the plan.", ["Velmarova"]),
    ("Aides say Velmarova's campaign spends more than any rival.", ["Velmarova"]),
    ("Thousands of Velmarova loyalists march in the capital.", ["Velmarova"]),
    ("Anti-Velmarova protesters gather in the square.", ["Velmarova"]),
    ("A pro-Velmarova party wins the vote.", ["Velmarova"]),
    # near misses: no noun of what a person has, a surname the KB does not know, a surname that is also a country
    ("The Velmarova Institute opens a new office.", []),
    ("The Kestrova administration rejects the plan.", []),
    ("The Jordan government bans the rally.", []),
    ("Anti-Kestrova protesters gather in the square.", []),
    ("Velmarova allies reject the plan.", []),  # a sentence's first word is capitalised anyway ("Key allies ...")
    # before a person's verb, anywhere: "X says", "X wins", headline casing too
    ("Velmarova said on Monday that talks would go on.", ["Velmarova"]),
    ("Critics say Velmarova wants a third term.", ["Velmarova"]),
    ("Velmarova Wins Third Term", ["Velmarova"]),
    # ... but not the end of a longer name, a month's name, nor an unknown surname
    ("NEW YORK - General Velmarova announced plans on Thursday.", []),
    ("Kestrova said on Monday that talks would go on.", []),
    ("Rebels say the election of past May won by the ruling party was a farce.", []),
    ("Rebels say that since May said nothing changed.", []),
])
def test_entities_known_surname_before_what_a_person_has(nlp_with_people, text, people):
    """(person_cues.tsv ``owned_after`` and ``after``; "Ana May" makes "May" a KB surname, and a month.)"""
    assert names(nlp_with_people(text), "PERSON") == people


@pytest.mark.parametrize("text, people", [
    # one word glued by hyphens that opens with a first name's spelling is no person ...
    ("Asia-Pacific ministers meet in the capital.", []),
    ("The Anti-Doping Agency bans him for two years.", []),
    ("Sales of Joy-Cons fall sharply.", []),
    # ... unless every part is a first name (a double given name), and a name of two words stays one
    ("Anna-Maria spoke to reporters.", ["Anna-Maria"]),
    ("Jean-Luc Morel wins the vote.", ["Jean-Luc Morel"]),
    ("Ana Ruiz-Lopez wins the vote.", ["Ana Ruiz-Lopez"]),
])
def test_entities_hyphenated_word_is_no_first_and_last_name(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize("text, people", [
    # titles of address without a full stop (British style) cue a surname as well as with one
    ("The bandanna worn by Mr Velmar drew comment.", ["Velmar"]),
    ("The bandanna worn by Mr. Velmar drew comment.", ["Velmar"]),
    ("Aides to Mrs Kestrova said so.", ["Kestrova"]),
    ("Critics of Ms Ruiz spoke.", ["Ruiz"]),
    # a one-word cue in capitals is an acronym
    ("Phones will sync to MS Exchange.", []),
    ("The page sets MS Sans Serif as its font.", []),
])
def test_entities_titles_of_address_without_full_stop(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize("text, places, offices", [
    # a word that opens a place's own name before a place the KB knows: one other place
    ("Voters in Greater Lyon elect a council.", ["Greater Lyon"], []),
    ("The New Lima mayoral race tightens.", ["New Lima"], ["Mayor of New Lima"]),
    ("Floods hit Upper Bavaria and Lower Bavaria.", ["Upper Bavaria", "Lower Bavaria"], []),
    # near misses: a pair the KB knows whole, a sentence's first word, a compass word describing part of a country
    ("Floods hit Lower Saxony.", ["Lower Saxony"], []),
    ("New Lima rules are strict, the mayor says.", ["Lima"], ["Mayor of Lima"]),
    ("Protests in Southern Lebanon continue.", ["Lebanon"], []),
])
def test_entities_place_opened_by_another_word(nlp, text, places, offices):
    from pipeline.nlp.components.common import mentions

    doc = nlp(text)
    assert names(doc, "GPE") == places
    assert [m._.entity for m in mentions(doc, "OFFICE")] == offices


@pytest.mark.parametrize("text, people", [
    # a first name inside a capitalised run starts the name ...
    ("Minister for Energy Anna Jones spoke.", ["Anna Jones"]),
    # ... but not one a hyphen glues to the word before: the compound is one word, no name's start
    ("Analysts say Velmar-Mart Stores will grow.", []),
    ("The Kestrel-Anna Pavilion opens in May.", []),
])
def test_entities_first_name_glued_by_a_hyphen_starts_no_name(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize("text, at, past", [
    ("Ana Ruiz, a veteran lawmaker, spoke.", "veteran", "lawmaker"),
    ("Ana Ruiz, an outspoken opposition lawmaker, spoke.", "outspoken", "lawmaker"),
    ("Ana Ruiz, Zembla's former health minister, spoke.", "former", "health"),
    # near misses: no qualifier there (the office itself, a word of another use), the text's end
    ("Ana Ruiz, a lawmaker, spoke.", "lawmaker", "lawmaker"),
    ("Ana Ruiz, a next governor, spoke.", "next", "next"),
    ("Ana Ruiz is veteran", "veteran", None),
])
def test_entities_past_apposition_qualifiers(nlp, text, at, past):
    doc = nlp.make_doc(text)
    recognizer = nlp.get_pipe("newsfacts_entities")
    k = recognizer._past_apposition_qualifiers(doc, next(t.i for t in doc if t.text == at))
    assert k == (len(doc) if past is None else next(t.i for t in doc if t.text == past))


def test_entities_place_opener_that_ends_another_name_stays_its_own(nlp):
    """The opener is taken only where no other name ends on it: spans of the stage never overlap."""
    from spacy.tokens import Span

    from pipeline.nlp.components.entities import token_texts

    stage = nlp.get_pipe("newsfacts_entities")
    doc = nlp.make_doc("Voters in Greater Lyon elect a council.")
    place = Span(doc, 3, 4, label="GPE")
    texts = token_texts(doc)
    assert stage._opened_place(doc, place, texts, set()).text == "Greater Lyon"
    assert stage._opened_place(doc, place, texts, {place.start}).text == "Lyon"  # "Greater" ends another name


@pytest.mark.parametrize("text, people", [
    ("Paul Velmar wins the vote.", [("Paul Velmar", "Paul Velmar")]),
    # a KB name glued by a hyphen to a capitalised word ends a longer name: another person
    ("Jean-Paul Velmar wins the vote.", [("Jean-Paul Velmar", "Jean-Paul Velmar")]),
])
def test_entities_kb_name_that_ends_a_hyphenated_name(nlp_with_people, text, people):
    doc = nlp_with_people(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "PERSON"] == people


@pytest.mark.parametrize("text, orgs, people", [
    # "<name>, led by <person>": the name is an organisation's; a team or a day before the cue is none
    ("Ana Ruiz faces Velmar Unida, led by Ivan Petrov, in the runoff.", ["Velmar Unida"], ["Ana Ruiz", "Ivan Petrov"]),
    ("Zorblatistas, led by Ivan Petrov, begin a tour.", ["Zorblatistas"], ["Ivan Petrov"]),
    ("The team, led by coach Ana Ruiz, won.", [], ["Ana Ruiz"]),
    ("Shares rose on Thursday, led by Ana Ruiz's firm.", [], ["Ana Ruiz"]),
    # "a <organisation noun> named/called <name>"; a person so named is none
    ("A group named Kestrel Dawn claims the attack.", ["Kestrel Dawn"], []),
    ("A party calling itself the Velmar Front won two seats.", ["Velmar Front"], []),
    ("A man named Ivan Petrov was arrested.", [], ["Ivan Petrov"]),
    # "<person> of the <name of several words>"; a place, a single word or a seat's name is none
    ("Ana Ruiz of the Alianza Velmar Unida is elected mayor.", ["Alianza Velmar Unida"], ["Ana Ruiz"]),
    ("Ana Ruiz of the United States won the race.", [], ["Ana Ruiz"]),
    ("Ana Ruiz of the Rowing Club of Zembla won the race.", ["Rowing Club of Zembla"], ["Ana Ruiz"]),
    ("Ana Ruiz of the Velmar Heights constituency won.", [], ["Ana Ruiz"]),
    # "<name of several words or an acronym> <member noun> <person>" and "<name of several words> <members' noun>"
    ("ZPK leader Ana Ruiz advances to the runoff.", ["ZPK"], ["Ana Ruiz"]),
    ("Police detain three Kestrel Dawn activists.", ["Kestrel Dawn"], []),
    ("Police detain three Open Zembla activists.", ["Open Zembla"], []),
    ("Labour leader Ana Ruiz spoke.", ["Labour"], ["Ana Ruiz"]),  # a known party stays the KB's party
    ("Velmar Cup leader Ana Ruiz crashed.", [], ["Ana Ruiz"]),
    ("Police detain ZPK activists.", [], []),  # an acronym before a plural may be a cause ("AIDS activists")
    ("Kurdish leader Ana Ruiz spoke.", [], ["Ana Ruiz"]),
    ("NEW YORK leader Ana Ruiz spoke.", [], ["Ana Ruiz"]),
    ("On Monday Velmar leader Ana Ruiz spoke.", [], ["Ana Ruiz"]),  # a weekday, a preposition end the name
    ("On Monday Velmar Unida leader Ana Ruiz spoke.", ["Velmar Unida"], ["Ana Ruiz"]),  # ... written capitalised
    ("Sunday ZPK leader Ana Ruiz resigned.", ["ZPK"], ["Ana Ruiz"]),
    # "the ruling/opposition <name of several words or an acronym>": a party's name, not a person a verb after it names
    ("The ruling Velmar Unida won the election.", ["Velmar Unida"], []),
    ("Voters backed the main opposition Kestrel Dawn on Sunday.", ["Kestrel Dawn"], []),
    ("The opposition ZPK boycotts the vote.", ["ZPK"], []),
    ("The governing coalition Velmar Forward lost its majority.", ["Velmar Forward"], []),
    ("The opposition Ana Ruiz won the vote.", [], ["Ana Ruiz"]),  # a first name: a person
    ("The ruling Velmar Castro family fled.", [], []),  # a family's name, no organisation
    ("The populist Velmar Unida won the election.", [], ["Velmar Unida"]),  # a word said of people too: no cue
])
def test_entities_organisations_named_by_the_genre_cues(nlp, text, orgs, people):
    doc = nlp(text)
    assert names(doc, "ORG") == orgs
    assert names(doc, "PERSON") == people


@pytest.mark.parametrize("text, runs_on", [
    ("the ruling Velmar Unida won", False),
    ("the ruling Velmar Unida", False),
    ("the ruling Velmar Castro family fled", True),  # not_before: a family's name
    ("the ruling Kestrel Peace , Unity and Order Party", True),  # a longer name's list goes on
    ("the ruling Kestrel Peace and Order Party", True),
    ("the ruling Velmar Unida , which won", False),
])
def test_entities_cued_name_runs_on(nlp, text, runs_on):
    """A before_name cue's name (here "Velmar Unida" or "Kestrel Peace", tokens 2-3) is kept only where it ends."""
    from pipeline.nlp.components.common import token_texts
    stage = nlp.get_pipe("newsfacts_entities")
    doc = nlp.make_doc(text)
    texts = token_texts(doc)
    assert stage._name_runs_on([t.lower() for t in texts], texts, 4) is runs_on


def test_entities_kb_matcher_finds_every_alias_under_its_label(nlp):
    """The KB matcher has one key per label and indexes the aliases by their words: every alias of the KB, standing
    alone, is matched whole under its label, with the KB id where the alias names one entity of the label, and two
    aliases written with the same words ("St. Lucia", "St Lucia") are both found."""
    stage = nlp.get_pipe("newsfacts_entities")
    assert len(stage.kb_matcher) == len({key.split("|", 1)[0] for key in stage._kb_entities})
    for key in sorted(stage._kb_entities)[::7]:  # a seventh of ~8,000: the index, not the KB, is under test
        label, alias = key.split("|", 1)
        doc = nlp.make_doc(alias)
        found = {(s.start, s.end, s.label_, s._.kb_id) for s in stage._kb_spans(doc)}
        entities = stage._kb_entities[key]
        assert (0, len(doc), label, entities[0].id if len(entities) == 1 else None) in found, key
    same_words = [k for k in stage._kb_keys.values() if len(k) > 1]
    for keys in same_words[:20]:
        doc = nlp.make_doc(keys[0].split("|", 1)[1])
        assert len([s for s in stage._kb_spans(doc) if (s.start, s.end) == (0, len(doc))]) >= len(keys)


GATE_TEXTS = [
    "Foreign Secretary Ivan Petrov met Leader of the Opposition Ana Ruiz.",
    "FOREIGN SECRETARY IVAN PETROV Wins; Vice-President Ana Ruiz, U.S. Secretary of State Lena Novak said.",
    "Kerry Widens Lead Over Bush In Ohio\n\nJohn Kerry widens his lead. Theresa May Resigns as May vote nears.",
    "Prime Minister General Ana Ruiz and Omar Karim al-Haddad, Jean-Paul Martin, Ana \"Nena\" Ruiz and J. R. Smith Jr.",
    "Storm Hits Velmar Island. Big Tax Cut Passes Senate 52-48 (Reuters) (BBC News)",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_entities_title_gate_changes_no_title(nlp, text):
    """_title_words reads a phrase only when its first word begins a title: the same answer as reading every
    phrase of two to four words at every position."""
    from pipeline.nlp.components.common import span_text, token_texts
    from pipeline.nlp.components.entities import MAX_TITLE_TOKENS
    from pipeline.nlp.kb import word_key

    recognizer = nlp.get_pipe("newsfacts_entities")
    doc = nlp(text)

    def every_phrase(start, end):
        for n in range(MAX_TITLE_TOKENS, 1, -1):
            if start + n < end and word_key(span_text(doc, start, start + n)) in recognizer.res.non_name_titles:
                return n
        return 0

    pairs = [(s, e) for s in range(len(doc)) for e in range(s, len(doc) + 1)]
    texts = token_texts(doc)
    assert [recognizer._title_words(doc, s, e, texts) for s, e in pairs] == [every_phrase(s, e) for s, e in pairs]
    if text == GATE_TEXTS[0]:
        # "Foreign Secretary": a title the gate lets through
        assert recognizer._title_words(doc, 0, len(doc), texts) == 2


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_entities_runs_gates_change_no_run(nlp, text):
    """_runs asks the headline checks only in a sentence set in headline case and ends a run at a lower-case word
    without asking them: the same runs as the token-by-token scan with every check."""
    from pipeline.nlp.components import entities
    from pipeline.nlp.components.common import token_texts

    recognizer = nlp.get_pipe("newsfacts_entities")
    doc = nlp(text)
    texts = token_texts(doc)
    taken = {s.start for s in doc.spans["mentions"] if s.label_ == "ORG"}

    def every_token(self, doc, taken, texts):  # the scan before the gates
        i, n = 0, len(doc)
        particles = self.res.particles
        while i < n:
            if i in taken or not entities._cap_text(texts[i]) or texts[i].lower() in self._name_breaks \
                    or self._headline_modal(doc, texts, i) or self._headline_common_opener(doc, texts, i):
                i += 1
                continue
            j = i + 1
            while j < n and (j - i < entities.MAX_NAME_TOKENS or self._hyphen_syllable(doc, j, taken)) and j not in taken:
                t = doc[j]
                if self._headline_verb(texts[j]) or self._hyphened_headline_verb(doc, texts, j) \
                        or self._headline_break(doc, texts, j) or self._headline_modal(doc, texts, j):
                    break
                if entities._is_cap(t) or entities._is_initial(t) or t.text in self.res.name_suffixes:
                    j += 1
                elif t.text in particles:
                    k = j
                    while k < n and texts[k] in particles:
                        k += 1
                    if k < n and entities._cap_text(texts[k]) and k not in taken:
                        j = k + 1
                    elif k < n and texts[k] == "-" and k + 1 < n and entities._cap_text(texts[k + 1]):
                        j = k + 2
                    else:
                        break
                elif t.text == "-" and j + 1 < n and doc[j + 1].is_alpha and (j + 1) not in taken \
                        and doc[j - 1].whitespace_ == "" and t.whitespace_ == "":
                    j += 2
                elif self._nickname(doc, j, taken, texts):
                    j += 4
                else:
                    break
            yield i, j
            i = j

    for taken_now in (set(), taken):
        assert list(recognizer._runs(doc, taken_now, texts)) == list(every_token(recognizer, doc, taken_now, texts))


def test_entities_cue_gate_finds_every_cue(nlp):
    """_cued_orgs reads the mentions only where _cue_stands finds a whole cue that opens a reading: it finds every
    cue of every position the readings ask (``cue_at``) where it stands, an ``after_person`` cue only after a
    person's name; none where only its first word does, nor a cue of a position that only stops a reading."""
    from pipeline.nlp.components.common import token_lowers
    from pipeline.nlp.components.entities import _OPENING_CUE_POSITIONS

    recognizer = nlp.get_pipe("newsfacts_entities")
    by_position = recognizer._org_cues_by_word
    assert set(by_position) - set(_OPENING_CUE_POSITIONS) == {"not_last", "not_after", "not_before"}
    cues = sorted({cue for position in by_position.values() for words in position.values() for cue in words})
    assert cues
    for cue in cues:
        doc = nlp.make_doc("Velmar Unida " + " ".join(cue) + " Ana Ruiz")
        lowers = token_lowers(doc)
        for after_person in (False, True):
            positions = [p for p in _OPENING_CUE_POSITIONS if after_person or p != "after_person"]
            for k in range(len(doc)):  # the gate says no only where no position's cue stands
                stands = any(tuple(lowers[k:k + len(c)]) == c for p in positions
                             for c in by_position.get(p, {}).get(lowers[k], ()))
                assert recognizer._cue_stands(lowers, k, after_person) == stands, (cue, k, after_person)
        starts = [k for k in range(len(doc)) if tuple(lowers[k:k + len(cue)]) == cue]
        opens = any(cue in by_position.get(p, {}).get(cue[0], ()) for p in _OPENING_CUE_POSITIONS)
        assert starts and all(recognizer._cue_stands(lowers, k, True) == opens for k in starts), cue


class _NeverDisjoint(frozenset):
    """A word set that answers every ``isdisjoint`` with False: the stage then scans every word, as without its gate."""

    def isdisjoint(self, other) -> bool:
        return False


def test_entities_word_set_gates_change_no_mention(nlp, monkeypatch):
    """A Doc holding no noun written before a name, no election verb, no word that opens an organisation's cue, no
    noun of an organisation's apposition, no party's short name, no treaty's head, no region's head, no word that
    opens a place's name or no surname of the KB's people is scanned no further (``isdisjoint`` in C): the mentions
    and their rules over 1,000 current-events items are those found when every Doc is scanned word by word."""
    from conftest import current_events_texts

    from pipeline.nlp.extensions import MENTIONS

    texts = current_events_texts(1000)

    def mentions():
        return [[(s.start, s.end, s.label_, s._.rule, s._.kb_id, s._.entity) for s in doc.spans[MENTIONS]]
                for doc in nlp.pipe(texts)]

    gated = mentions()
    ent = nlp.get_pipe("newsfacts_entities")
    monkeypatch.setattr(ent, "_nouns_before_name", _NeverDisjoint(ent._nouns_before_name))
    monkeypatch.setattr(ent, "_org_nouns_and_heads", _NeverDisjoint(ent._org_nouns_and_heads))
    monkeypatch.setattr(ent, "_treaty_words", _NeverDisjoint(ent._treaty_words))
    monkeypatch.setattr(ent, "_state_heads", _NeverDisjoint(ent._state_heads))
    monkeypatch.setattr(ent, "_kb_surnames", _NeverDisjoint(ent._kb_surnames))
    monkeypatch.setattr(ent.res, "place_openers", _NeverDisjoint(ent.res.place_openers))
    monkeypatch.setattr(ent, "_org_cue_firsts", _NeverDisjoint(ent._org_cue_firsts))
    monkeypatch.setattr(ent, "_party_short_firsts", _NeverDisjoint(ent._party_short_firsts))
    monkeypatch.setattr(ent.res, "election_verbs", _NeverDisjoint(ent.res.election_verbs))
    assert mentions() == gated


@pytest.mark.parametrize("text, places, orgs", [
    # continents and world regions are places (the guidelines' regions), the longest name first
    ("Voters in South America and the Caribbean and across the Arab world went to the polls.",
     ["South America", "Caribbean", "Arab world"], []),
    ("Flights from the Middle East and North Africa were banned.", ["Middle East", "North Africa"], []),
    # a region's name inside an organisation's is no place
    ("Leaders of the Caribbean Community and the Council of Europe met.", [],
     ["Caribbean Community", "Council of Europe"]),
])
def test_entities_world_regions(nlp, text, places, orgs):
    doc = nlp(text)
    assert names(doc, "GPE") == places and names(doc, "ORG") == orgs


@pytest.mark.parametrize(
    "text, people",
    [
        # a headline's bare participle and an office after a name that opens the sentence (person_cues.tsv
        # participle_office): the name is the office's new holder, even after a first name that is also a word
        ("Ray Velmar elected President of Peru", ["Ray Velmar"]),
        ("Mark Odalys re-elected Governor of Oaxaca", ["Mark Odalys"]),
        ("Dean Kastrel reelected mayor of Lima", ["Dean Kastrel"]),
        ("Hope Mutasa sworn in as President of Zimbabwe", ["Hope Mutasa"]),
        ("Bill Ardenne named Prime Minister of France", ["Bill Ardenne"]),
        ("Grant Tembo elected President of Zambia. He took 54% of the vote.", ["Grant Tembo"]),
        # near misses: no office after the participle, a body or a common word before it, not a sentence's start
        ("Ray Velmar elected to stay home.", []),
        ("Lower House elected Speaker of the Parliament on Monday.", []),
        ("Many Peruvians elected President of Peru a former general.", []),
        ("Kestrel Council elected mayor of Velmar last week.", []),
    ],
)
def test_entities_headline_participle_before_an_office(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a military rank in lower case is a person's title (person_cues.tsv), whatever the name's first name
        ("Ana Ruiz runs against former general Agus Wirawan.", ["Ana Ruiz", "Agus Wirawan"]),
        ("The retired admiral Tovo Rakoto said he would run.", ["Tovo Rakoto"]),
        ("Ana Ruiz and ex-general Agus Wirawan meet in the runoff.", ["Ana Ruiz", "Agus Wirawan"]),
        # near misses: a rank's word in a body's name, or lower case before a common word
        ("The UN General Assembly voted on Monday.", []),
        ("The general election in Velmar is due in May.", []),
        ("A report from General Electric Co. lifted stocks.", []),
    ],
)
def test_entities_military_rank_is_a_title(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # British and Australian papers open a story with its first name, or whole name, in capitals
        ("Taxes to rise\n\nTAMSIN BRAMBILLA faces a new warning today.", ["TAMSIN BRAMBILLA"]),
        ("PM edges ahead\n\nANNA Kowal's plea to voters is paying dividends.", ["ANNA Kowal"]),
        ("Leader is dead\n\nIVAN Petrov is dead. His party meets in Moscow.", ["IVAN Petrov"]),
        # near misses: a dateline, with or without its dash; capitals that go on; no first name; not a sentence start
        ("Storm hits\n\nGEORGE TOWN, Cayman Islands - The storm battered the islands.", []),
        ("Linux wins\n\nPARIS The open-source system won a battle.", []),
        ("Sales rise\n\nANNA KOWAL PARTNERSHIP reported higher sales.", []),
        ("Vote due\n\nNEW Elections were called in Peru.", []),
        ("The winner was ANNA Kowal, said the party.", []),
    ],
)
def test_entities_name_opening_a_story_in_capitals(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a faith's word is no name, not even after a first name's spelling (non_names.tsv, ideology)
        ("Leaders gathered at the Umm Qasr Sunni Muslim mosque outside Baghdad.", []),
        ("Tamsin Brambilla became the first Roman Catholic leader of the party.", ["Tamsin Brambilla"]),
        ("Shiite Muslims marched in Karbala.", []),
    ],
)
def test_entities_faiths_are_no_names(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a royal's title cues the given name after it (person_cues.tsv); the title is no part of the name
        ("The tapes show Princess Anouk talking about Prince Tomas.", ["Anouk", "Tomas"]),
        # near misses: a place named after a prince, a surname Prince
        ("Flights to Prince Edward Island resumed.", []),
        ("Erik Prince said so.", ["Erik Prince"]),
    ],
)
def test_entities_royal_titles_cue_a_given_name(nlp, text, people):
    assert names(nlp(text), "PERSON") == people


@pytest.mark.parametrize(
    "text, people",
    [
        # a word that describes a candidate or titles a council member before a name is no part of it (non_names.tsv)
        ("Newcomer Tom Brandt has won the special election.", ["Tom Brandt"]),
        ("Dayton City Councilperson Ana Ruiz says she will run.", ["Ana Ruiz"]),
        # near miss: a surname that only starts like the word stays a name
        ("Ana Newcomb has won the special election.", ["Ana Newcomb"]),
    ],
)
def test_entities_newcomer_and_councilperson_are_no_names(nlp, text, people):
    assert names(nlp(text), "PERSON") == people
