"""Offices with jurisdiction (pipeline/nlp/components/offices.py, models/lexicons/roles.jsonl)."""
from __future__ import annotations

import pytest

from pipeline.nlp.components.offices import canonical_office
from pipeline.nlp.resources import Role


def offices(doc):
    return [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "OFFICE"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place in the mention
        ("Kasim Reed won the Atlanta mayor's race by 714 votes.", [("Atlanta mayor", "Mayor of Atlanta")]),
        ("Atlanta mayoral hopeful Mary Norwood filed a request.", [("Atlanta mayoral", "Mayor of Atlanta")]),
        ("As Kasim Reed began his first term as Atlanta's mayor, he smiled.", [("Atlanta's mayor", "Mayor of Atlanta")]),
        ("She would be the next mayor of Atlanta.", [("mayor of Atlanta", "Mayor of Atlanta")]),
        # a deputy's office is not the one it deputises
        ("Ivan Petrov was named as Deputy Mayor of Lyon.", [("Deputy Mayor of Lyon", "Deputy Mayor of Lyon")]),
        ("Lyon deputy mayor Ivan Petrov resigned.", [("Lyon deputy mayor", "Deputy Mayor of Lyon")]),
        ("In the 2004 Serbian presidential election, Boris Tadic wins.",
         [("Serbian presidential", "President of Serbia")]),
        ("U.S. Senator John McCain concedes.", [("U.S. Senator", "Member of the United States Senate")]),
        ("The Kentucky governor race is close.", [("Kentucky governor", "Governor of Kentucky")]),
        ("He won the gubernatorial election in Oregon.", [("gubernatorial", "Governor of Oregon")]),
        # polls are a race noun: the place after them is the race's, not a title's before ("Peruvian President X")
        ("Peruvian President Ana Ruiz hailed the presidential polls in Chile.",
         [("Peruvian President", "President of Peru"), ("presidential", "President of Chile")]),
        # ... and past a short verb group ("to be held"), but not past a comma: another clause's place
        ("U.S. President Ana Ruiz calls for a new presidential election to be held in Chile.",
         [("U.S. President", "President of the United States"), ("presidential", "President of Chile")]),
        ("Peruvian President Ana Ruiz hailed the presidential election due to take place in Chile.",
         [("Peruvian President", "President of Peru"), ("presidential", "President of Chile")]),
        ("Peruvian President Ana Ruiz hailed the presidential election, speaking in Chile.",
         [("Peruvian President", "President of Peru"), ("presidential", "President of Peru")]),
        ("Peruvian President Ana Ruiz hailed the presidential election and the vote count that followed in Chile.",
         [("Peruvian President", "President of Peru"), ("presidential", "President of Peru")]),
        ("Atlanta City Council President Lisa Borders endorsed Kasim Reed.",
         [("Atlanta City Council President", "President of the Atlanta City Council")]),
        # the context, walked up the knowledge base: Atlanta is in Georgia
        ("Atlanta has one more election: Councilwoman Mary Norwood and former state Sen. Kasim Reed.",
         [("Councilwoman", "Member of the Atlanta City Council"), ("state Sen.", "Member of the Georgia State Senate")]),
        ("Atlanta has one more election before it chooses the city's next mayor.",
         [("mayor", "Mayor of Atlanta")]),
        # demonyms in the story
        ("Maldivians vote for a president.", [("president", "President of the Maldives")]),
        # a stance is not a place; a demonym counts where it stands, a name's own place last
        ("On the eve of a presidential election, Belarusian police arrest three Open Russia activists.",
         [("presidential", "President of Belarus")]),
        ("In Chile voters elect a President; members for the Central American Parliament are chosen too.",
         [("President", "President of Chile"),
          ("members for the Central American Parliament", "Member of the Central American Parliament")]),
        ("Voters back Prime Minister Hun Sen's Cambodian People's Party.", [("Prime Minister", "Prime Minister of Cambodia")]),
        # legislatures as encyclopedias name them; a role's `names` where the template is not the name
        ("Thais head to the polls to elect the members of the House of Representatives.",
         [("members of the House of Representatives", "Member of the House of Representatives of Thailand")]),
        ("Voters in Georgia elect the members of the country's parliament.",
         [("members of the country's parliament", "Member of the Parliament of Georgia")]),
        ("Voters in Georgia elect members of the nation's parliament.",
         [("members of the nation's parliament", "Member of the Parliament of Georgia")]),
        ("In Georgia a by-election chooses two parliament members.",
         [("parliament members", "Member of the Parliament of Georgia")]),
        ("Hong Kong citizens vote for the members of the Legislative Council.",
         [("members of the Legislative Council", "Member of the Legislative Council of Hong Kong")]),
        ("Spanish senators meet in Madrid.", [("Spanish senators", "Member of the Senate of Spain")]),
        ("Turkish MP Ana Ruiz spoke.", [("Turkish MP", "Member of the Grand National Assembly of Turkey")]),
        ("Australian senators meet in Canberra.", [("Australian senators", "Member of the Australian Senate")]),
        ("U.S. Senator Ana Ruiz concedes.", [("U.S. Senator", "Member of the United States Senate")]),
        # ministers, governors-general, heads of regional governments
        ("Swiss Defense Minister Ana Ruiz resigns.", [("Swiss Defense Minister", "Minister of Defence of Switzerland")]),
        ("Ana Ruiz is sworn in as Governor-General of Australia.",
         [("Governor-General of Australia", "Governor-General of Australia")]),
        ("Scottish First Minister Ana Ruiz resigns.", [("Scottish First Minister", "First Minister of Scotland")]),
        ("North Rhine-Westphalia minister-president Ana Ruiz is elected party leader.",
         [("North Rhine-Westphalia minister-president", "Minister-President of North Rhine-Westphalia")]),
        ("Pope Leo visits Bangui.", [("Pope", "Pope")]),
        # the US president's staff named by the residence; anyone else's press secretary or chief of staff is none
        ("White House press secretary Ana Ruiz said the trip was routine.",
         [("White House press secretary", "White House Press Secretary")]),
        ("White House chief of staff Ana Ruiz resigned.", [("White House chief of staff", "White House Chief of Staff")]),
        ("The governor's press secretary, Ana Ruiz, said the trip was routine.", []),
        # "the party's chairman", "its new leader": the party named before
        ("At the congress of the Green Party, Ana Ruiz is re-elected as the party's chairman.",
         [("chairman", "Leader of the Green Party")]),
        ("The Green Party elects Ana Ruiz as its new leader.", [("leader", "Leader of the Green Party")]),
        ("Rebels elect Ana Ruiz as their new leader.", []),
        # a body's president or chairman is no party leader (the KB's type, else the name's head word)
        ("Ana Ruiz is re-elected as President of the European Parliament.",
         [("President of the European Parliament", "President of the European Parliament")]),
        ("Ana Ruiz is elected president of the Eurogroup.", [("president of the Eurogroup", "President of the Eurogroup")]),
        ("Ana Ruiz is re-elected as chairman of the Ruritanian Defense Commission.",
         [("chairman of the Ruritanian Defense Commission", "Chairman of the Ruritanian Defense Commission")]),
        ("Ana Ruiz is elected president of the Labour Party.", [("president of the Labour Party", "Leader of the Labour Party")]),
        ("Ana Ruiz is elected chairman of the Ruritanian Unity Party.",
         [("chairman of the Ruritanian Unity Party", "Leader of the Ruritanian Unity Party")]),
        # ... a legislature's chairman is its speaker
        ("Federation Council chairman Ana Ruiz spoke.", [("Federation Council chairman", "Speaker of the Federation Council")]),
        # a legislature's name is its members' office only before a race noun
        ("Latvians vote in the European Parliament election.",
         [("European Parliament", "Member of the European Parliament")]),
        ("The European Parliament voted on the budget.", []),
        # "congressional" names the US House only before a race noun
        ("Voters in Montana pick a new member in the special congressional election.",
         [("congressional", "Member of the United States House of Representatives")]),
        ("A congressional hearing in Washington questions Ana Ruiz.", []),
        # ... and a congressional district or seat is one of the House's ("a special election for Ohio's 12th
        # congressional district"), the state's possessive placing it in the country
        ("Ana Ruiz wins a special election for Ohio's 12th congressional district.",
         [("congressional district", "Member of the United States House of Representatives")]),
        ("Two Ohio congressional seats are still up for grabs.",
         [("Ohio congressional seats", "Member of the United States House of Representatives")]),
        # ... and after the words of a role's body_after
        ("Ana Ruiz is elected to the Knesset.", [("Knesset", "Member of the Knesset")]),
        ("Ana Ruiz is re-elected to the Chilean Senate.", [("Chilean Senate", "Member of the Senate of Chile")]),
        # ... "re-election to" too (its "election to" follows a hyphen, which the cue's guard of "president- elect" skips)
        ("Ana Ruiz wins re-election to the Chilean Senate.", [("Chilean Senate", "Member of the Senate of Chile")]),
        ("Chile is elected to the United Nations Security Council.", []),
        ("Ana Ruiz spoke to the Knesset.", []),
        # ... and past the body's size after the member noun's "of the"
        ("Forty members of the 120-seat Knesset vote in favour of the bill.",
         [("members of the 120-seat Knesset", "Member of the Knesset")]),
        # ... an election to or for a body, or voters electing a new one, elects its members
        ("Voters go to the polls in elections to the Storting.", [("Storting", "Member of the Storting")]),
        ("Elections for a Nepalese Constituent Assembly are delayed.",
         [("Nepalese Constituent Assembly", "Member of the Constituent Assembly of Nepal")]),
        ("Voters in Chile elect a new Senate of Chile.", [("Senate of Chile", "Member of the Senate of Chile")]),
        # ... "elected a new", "vote for a new" and the members' noun before it ("elect representatives for") too
        ("Residents of Chile elected a new Senate on Sunday.", [("Senate", "Member of the Senate of Chile")]),
        ("Voters in Poland vote for a new Sejm.", [("Sejm", "Member of the Sejm")]),
        ("Voters in Latvia elect representatives for the 100-seat parliament.", [("parliament", "Member of the Saeima")]),
        # ... near misses: a company's board, a club's committee, a party's leader, a body that is not elected
        ("Shareholders of Acme Corp elected a new board on Monday.", []),
        ("The football club elected a new committee on Monday.", []),
        ("The Green Party elected a new leader on Saturday.", []),
        ("Students at the university vote for a new student union.", []),
        ("The new Senate will convene in July in Chile.", []),
        # ... past the share of its seats an election fills, and a country's possessive before a chamber's word
        ("Czechs vote to elect a third of the Senate.", [("Senate", "Member of the Senate of the Czech Republic")]),
        ("Chileans vote to elect half of the Chilean Senate.", [("Chilean Senate", "Member of the Senate of Chile")]),
        ("Voters elect one-third of the Senate of Chile.", [("Senate of Chile", "Member of the Senate of Chile")]),
        ("Voters elect the Czech Republic's Senate.",
         [("Czech Republic's Senate", "Member of the Senate of the Czech Republic")]),
        # ... near misses: a share of no body, a share with no election cue, a state's chamber
        ("Czechs vote to elect a third party leader.", []),
        ("Half of the Senate of Chile voted against the bill.", []),
        ("Voters elect half of Ohio's Senate.", []),
        ("The Storting votes for a new budget.", []),
        ("Chile is a candidate in the elections for the United Nations Security Council.", []),
        ("Bhutanese voters turn out for the National Assembly election.",
         [("National Assembly", "Member of the National Assembly of Bhutan")]),
        ("The Senate of Chile passed the bill.", []),
        # a role word inside an organisation's name is no office
        ("The Agriculture Committee of the U.S. House of Representatives votes.", []),
        ("Former United States House of Representatives member Ana Ruiz spoke.",
         [("United States House of Representatives member", "Member of the United States House of Representatives")]),
        ("The Prime Minister's Office of Ruritania issued a statement.", []),
        # the office as a noun of state
        ("Voters in Chile go to the polls. Ana Ruiz wins the presidency.", [("presidency", "President of Chile")]),
        # party offices need the party
        ("Sir Keir Starmer becomes Leader of the Labour Party.",
         [("Leader of the Labour Party", "Leader of the Labour Party")]),
        ("Rebels meet their leader in the hills.", []),
        # a party's short name: its leader, but a word naming other offices too is the holder's party
        ("Labour leader Ana Ruiz spoke.", [("Labour leader", "Leader of the Labour Party")]),
        ("Fine Gael leader Ana Ruiz tops the poll.", [("Fine Gael leader", "Leader of Fine Gael")]),
        # a party's general secretary (an international body's secretary-general is another role)
        ("Ana Ruiz is re-elected as the General Secretary of the Ruritanian Communist Party.",
         [("General Secretary of the Ruritanian Communist Party", "General Secretary of the Ruritanian Communist Party")]),
        ("Arab League Secretary-General Ana Ruiz spoke.", [("Arab League Secretary-General", "Secretary-General of the Arab League")]),
        ("The general secretary of the union, Ana Ruiz, spoke.", []),
        # a party's name with its lower-case head ("the Vamos party"): the head is the office's, before or after
        ("The Vamos party leader Ana Ruiz spoke.", [("Vamos party leader", "Leader of the Vamos party")]),
        ("Ana Ruiz, leader of the Engagement for Citizenship and Development party, spoke.",
         [("leader of the Engagement for Citizenship and Development party",
           "Leader of Engagement for Citizenship and Development")]),
        ("The party leader Ana Ruiz spoke.", []),
        # a country's possessive between the role and its party
        ("Ana Ruiz is elected leader of the United Kingdom's Conservative Party.",
         [("leader of the United Kingdom's Conservative Party", "Leader of the Conservative Party")]),
        ("Ana Ruiz, leader of Chile's largest party, resigns.", []),
        ("In Ohio, Republican president-elect Ana Ruiz spoke.", [("president-elect", "President of the United States")]),
        # ... with lower-case words between the article and the party's name
        ("Ana Ruiz, leader of the centre-right opposition Unity Party, wins.",
         [("leader of the centre-right opposition Unity Party", "Leader of the Unity Party")]),
        ("Ana Ruiz, leader of the protests against the Unity Party, spoke.", []),
        # a place the KB does not know, named after "of"
        ("Ahmed Silanyo is elected president of Somaliland.", [("president of Somaliland", "President of Somaliland")]),
        # a place and its administrative head (models/lexicons/place_heads.tsv levels): the KB's Kursk is a city
        ("Acting Kursk Oblast governor Ilse Varga spoke.", [("Kursk Oblast governor", "Governor of Kursk Oblast")]),
        ("The governor of Kursk Oblast spoke.", [("governor of Kursk Oblast", "Governor of Kursk Oblast")]),
        # ... of the role's level only, and no country is part of a state's name
        ("The mayor of Kursk Oblast spoke.", [("mayor of Kursk", "Mayor of Kursk")]),
        ("The governor of Kursk spoke.", [("governor of Kursk", "Governor of Kursk")]),
        # a country's title "of" a place the KB knows only as a first-level division: the division's own office
        ("President of Piedmont Ada Rinaldi spoke.", [("President of Piedmont", "President of Piedmont")]),
        ("Ada Rinaldi, the president of Andalusia, spoke.", [("president of Andalusia", "President of Andalusia")]),
        # ... while a name that is a country too keeps the country's ("Georgia")
        ("President of Georgia Ada Rinaldi spoke.", [("President of Georgia", "President of Georgia")]),
        # ... and in the story's context
        ("A plant in Rylsk, Kursk Oblast, burns. Governor Ilse Varga says so.", [("Governor", "Governor of Kursk Oblast")]),
        ("A plant in Kursk burns. The governor says so.", []),
        # "<subdivision> of <place>", a country or demonym and lower-case words before the subdivision's noun
        ("Ana Ruiz, mayor of the town of Santa Ana Huista, is shot.",
         [("mayor of the town of Santa Ana Huista", "Mayor of Santa Ana Huista")]),
        ("Ana Ruiz, governor of the state of South Kordofan, resigns.",
         [("governor of the state of South Kordofan", "Governor of South Kordofan")]),
        ("Ana Ruiz, President of the Georgian breakaway state of South Ossetia, resigns.",
         [("President of the Georgian breakaway state of South Ossetia", "President of South Ossetia")]),
        # ... a demonym alone names no place
        ("Ana Ruiz, governor of the Ukrainian army, resigns.", []),
        # "<country> state of <place>": the state
        ("Ilse Varga, governor of the U.S. State of Ohio, signs a ban.",
         [("governor of the U.S. State of Ohio", "Governor of Ohio")]),
        ("The Governor of the US state of Ohio signs a ban.", [("Governor of the US state of Ohio", "Governor of Ohio")]),
        # several-word demonyms
        ("Sri Lankan voters head to the polls to elect a new president.", [("president", "President of Sri Lanka")]),
        ("Turkish Cypriot voters elect a new president.", [("president", "President of Northern Cyprus")]),
        ("Greek Cypriot voters elect a new president.", [("president", "President of Cyprus")]),
        # de facto states hold their own elections (models/kb/entities.jsonl)
        ("Voters in Northern Cyprus elect a president.", [("president", "President of Northern Cyprus")]),
        ("Voters in Cyprus elect a president.", [("president", "President of Cyprus")]),
        ("Voters in Transnistria elect a president.", [("president", "President of Transnistria")]),
        # ... and so do autonomous regions with a president of their own; the country's president stays the country's
        ("Voters in Bougainville elect a president.", [("president", "President of Bougainville")]),
        ("Somalia's president congratulated Puntland's president.",
         [("Somalia's president", "President of Somalia"), ("Puntland's president", "President of Puntland")]),
        ("The Kurdistan Region's president met Iraq's president.",
         [("Kurdistan Region's president", "President of the Kurdistan Region"),
          ("Iraq's president", "President of Iraq")]),
        # a place that is also a first name, before a title: the title's place, not a name's first word
        ("Virginia Governor Ilse Varga decides not to halt it.", [("Virginia Governor", "Governor of Virginia")]),
        ("Virginia Kowal met Governor Ilse Varga.", [("Governor", "Governor")]),
        # a capitalised run the KB does not know, right before a title before a name: the title's place
        ("Police arrest former Varnholm governor Ilse Varga.", [("Varnholm governor", "Governor of Varnholm")]),
        ("The court sentences Kestrel Bay mayor Ilse Varga.", [("Kestrel Bay mayor", "Mayor of Kestrel Bay")]),
        ("Moscow dismisses Varnholm Oblast governor Ilse Varga.",
         [("Varnholm Oblast governor", "Governor of Varnholm Oblast")]),
        # ... not a party, an institution, an organisation's head, a demonym or a title word; not without a name
        ("Republican governor Ilse Varga spoke.", [("governor", "Governor")]),
        ("Regional Governor Ilse Varga spoke.", [("Governor", "Governor")]),
        # (an institution's title is no office at all, not a bare one)
        ("Reserve Bank governor Ilse Varga spoke.", []),
        # ... nor a place inside an institution's "<head> of <name>" right before the role: the institution's office,
        # one only for a central bank the KB knows (roles.jsonl role.bank_governor; pool8_tune ce-eb75e2751c)
        ("In Ohio, the Bank of Japan governor Ilse Varga spoke.",
         [("Bank of Japan governor", "Governor of the Bank of Japan")]),
        ("In Ohio, the Bank of Varnholm governor Ilse Varga spoke.", []),
        ("The Bank of Japan governor said so.", [("Bank of Japan governor", "Governor of the Bank of Japan")]),
        ("In Ohio, the Tokyo governor Ilse Varga spoke.", [("Tokyo governor", "Governor of Tokyo")]),
        # a city's office after a state or a country: "<city>, <state>" names the city; a bare state or country
        # names none, the place after "of" does ("the U.S. mayor of Flint")
        ("Springfield, Illinois Mayor Ilse Varga spoke.", [("Springfield, Illinois Mayor", "Mayor of Springfield")]),
        ("Lyon, France Mayor Ilse Varga spoke.", [("Lyon, France Mayor", "Mayor of Lyon")]),
        ("The U.S. mayor of Flint, Michigan, declares an emergency.", [("mayor of Flint", "Mayor of Flint")]),
        ("Ethnic Albanian mayors resign.", []),
        ("Illinois Governor Ilse Varga spoke.", [("Illinois Governor", "Governor of Illinois")]),
        ("Springfield, Illinois Governor Ilse Varga spoke.", [("Illinois Governor", "Governor of Illinois")]),
        # a subdivision below the role's level, named by its noun only: its office, never the country's
        ("A parliament in Iraq elects Ana Ruiz as president of the region.", []),
        ("Voters in Iraq elect the province's president.", []),
        ("Voters in Chile elect the president of the country.", [("president", "President of Chile")]),
        ("Ana Ruiz is elected president of the region of Varnholm.",
         [("president of the region of Varnholm", "President of Varnholm")]),
        # an administrative head that also ends organisations' names (place_heads.tsv "department"): a place after "of"
        ("Ana Ruiz is elected Governor of Varnholm Department.",
         [("Governor of Varnholm Department", "Governor of Varnholm Department")]),
        ("Ana Ruiz, governor of the department of Varnholm, spoke.",
         [("governor of the department of Varnholm", "Governor of Varnholm")]),
        ("Ana Ruiz is elected mayor of Varnholm Department.", []),
        # a state's legislature is never the national body (roles.jsonl state_role) ...
        ("Ana Ruiz, a candidate for the Ohio House of Representatives, is arrested.",
         [("Ohio House of Representatives", "Member of the Ohio House of Representatives")]),
        ("Ana Ruiz is elected to the New Mexico House of Representatives.",
         [("New Mexico House of Representatives", "Member of the New Mexico House of Representatives")]),
        # ... while a state before the title, or a country's body, is the national one
        ("Ohio Representative Ana Ruiz spoke.", [("Ohio Representative", "Member of the United States House of Representatives")]),
        ("In Ohio, Ana Ruiz won a seat in the House of Representatives.",
         [("seat in the House of Representatives", "Member of the United States House of Representatives")]),
        ("Ana Ruiz is elected to the Philippine House of Representatives.",
         [("Philippine House of Representatives", "Member of the House of Representatives of the Philippines")]),
        ("The Oblast governor Ilse Varga spoke.", [("governor", "Governor")]),
        ("The Varnholm governor spoke.", []),
        # "<country>'s <place>" after a state's title: the place, a subdivision noun after it in the office's words
        ("Ilse Varga, the governor of Moldova's Varnholm region, spoke.",
         [("governor of Moldova's Varnholm region", "Governor of Varnholm")]),
        ("A court clears the former governor of the country's Varnholm State, Ilse Varga.",
         [("governor of the country's Varnholm State", "Governor of Varnholm State")]),
        # ... not after a country's title
        ("Ilse Varga, the President of Moldova's Varnholm region, spoke.", [("President of Moldova", "President of Moldova")]),
        # a deputy of an office the roles do not list holds no such office (qualifiers.tsv other_office) ...
        ("Ilse Varga has 35%, and Deputy President Ana Ruiz received 18% of the votes.", []),
        ("Israel's deputy health minister Ilse Varga spoke.", []),
        ("A court convicts Ilse Varga, former Vice-Treasurer of Ohio.", []),
        # ... while a deputy that is a role of its own is that office
        ("Ilse Varga, the Vice President of Peru, spoke.", [("Vice President of Peru", "Vice President of Peru")]),
        ("Israel's deputy foreign minister Ilse Varga spoke.",
         [("Israel's deputy foreign minister", "Deputy Minister of Foreign Affairs of Israel")]),
        # a premier heads a province, state or territory (role.premier), a prime minister a country
        ("Zembla Province Premier Ilse Varga announces a referendum.",
         [("Zembla Province Premier", "Premier of Zembla Province")]),
        ("Premier of Ontario Ilse Varga calls an election.", [("Premier of Ontario", "Premier of Ontario")]),
        ("Ilse Varga is sworn in as Premier of Montserrat.", [("Premier of Montserrat", "Premier of Montserrat")]),
        ("Ilse Varga's premiership of Italy ended.", [("premiership of Italy", "Prime Minister of Italy")]),
        # a legislature's majority and minority leaders: of the body named, or of the chamber and the story's country
        ("United States House of Representatives Majority Leader Ilse Varga is convicted.",
         [("United States House of Representatives Majority Leader",
           "Majority Leader of the United States House of Representatives")]),
        ("U.S. Senate Minority Leader Ilse Varga spoke.",
         [("U.S. Senate Minority Leader", "Minority Leader of the United States Senate")]),
        ("Ilse Varga is the majority leader of the Knesset.", [("majority leader of the Knesset", "Majority Leader of the Knesset")]),
        ("The majority leader spoke.", []),
        # a minister named by a capitalised portfolio (roles of level "portfolio"), up to the name; none without one
        ("Secretary of State for Work and Pensions Ilse Varga got 34 votes.",
         [("Secretary of State for Work and Pensions", "Secretary of State for Work and Pensions")]),
        ("Minister for Justice, Equality and Law Reform Ilse Varga spoke.",
         [("Minister for Justice, Equality and Law Reform", "Minister for Justice, Equality and Law Reform")]),
        ("Former Minister of State for Energy Ilse Varga spoke.",
         [("Minister of State for Energy", "Minister of State for Energy")]),
        ("The minister for foreign affairs spoke.", []),
        # a party whose name holds a plural's possessive
        ("Parliament removes Workers' Party leader Ana Ruiz.", [("Workers' Party leader", "Leader of the Workers' Party")]),
        # no place at all: no office
        ("The mayor spoke.", []),
        # a titled president takes no other office's place: the one met may be another country's
        ("President Tomas Brevik met President Maia Sandu.",
         [("President", "President"), ("President", "President of Moldova")]),
        # ... and another role's place is not its own: Maia Sandu's presidency names no mayoralty
        ("The mayoral race heats up, says current president Maia Sandu.", [("president", "President of Moldova")]),
        # a party's nomination is its country's presidency where roles.jsonl says so (nomination_countries):
        # the party's KB country, its name read without a qualifier ("Republican Party (United States)") ...
        ("Ana Ruiz seeks the Republican nomination.", [("nomination", "President of the United States")]),
        # ... of a name several countries' parties share ("Democratic Party"), the story's
        ("Ohio Senator Ana Ruiz seeks the Republican nomination.",
         [("Ohio Senator", "Member of the United States Senate"), ("nomination", "President of the United States")]),
        ("Ana Ruiz of Ohio seeks the nomination of the Democratic Party.",
         [("nomination", "President of the United States")]),
        ("Ana Ruiz of Ohio is running for the Democratic Party's nomination.",
         [("nomination", "President of the United States")]),
        # ... not where the nomination names its own office, nor for a filing, nor in another country, nor for a
        # shared name with no country told, nor for a party of another country ("Green Party (Sweden)")
        ("Ana Ruiz of Ohio wins the Democratic nomination for governor.", [("governor", "Governor of Ohio")]),
        ("Ana Ruiz of Ohio files Republican nomination papers.", []),
        ("Ana Ruiz seeks the nomination of the Labour Party in Britain.", []),
        ("Ana Ruiz seeks the Democratic nomination.", []),
        ("Ana Ruiz of Ohio seeks the Green Party nomination.", []),
        # one story, one office of a role: one the story's places alone would place takes that of an office of its
        # role that its own words place ...
        ("Former Japanese Prime Minister Ana Ruiz loses her seat, the first former prime minister to lose one since a "
         "1906 vote held in France.",
         [("Japanese Prime Minister", "Prime Minister of Japan"), ("prime minister", "Prime Minister of Japan")]),
        ("The campaign of former U.S. President Ana Ruiz accuses the United Kingdom's Labour Party of interference in "
         "the presidential election.",
         [("U.S. President", "President of the United States"), ("presidential", "President of the United States")]),
        # ... nor one whose own level's place stands before it in its sentence: a story of several states' races
        ("Kentucky Democrats beat incumbent Gov. Matt Bevin. Democrats in Mississippi made gains; their nominee for "
         "governor, Ana Ruiz, lost.",
         [("Gov.", "Governor of Kentucky"), ("governor", "Governor of Mississippi")]),
        # ... but not one its own words place elsewhere
        ("French President Ana Ruiz meets Ivan Petrov. The president of Lebanon thanks her.",
         [("French President", "President of France"), ("president of Lebanon", "President of Lebanon")]),
        # ... and with no such office the story's places stand
        ("Ana Ruiz returns to Lebanon. Her supporters call for her election as president.",
         [("president", "President of Lebanon")]),
        # a country with no such office (absent_in) gives it no jurisdiction: the story's next place does ...
        ("Canada answers American tariffs. Swing states are critical to the presidential election.",
         [("presidential", "President of the United States")]),
        ("In Mexico, Canada answers the tariffs ahead of the presidential election.",
         [("presidential", "President of Mexico")]),
        # ... while the office it has takes it, and the office written out stays as written
        ("Canada answers the tariffs ahead of the prime minister's visit.",
         [("prime minister", "Prime Minister of Canada")]),
        ("Ana Ruiz is no President of Canada.", [("President of Canada", "President of Canada")]),
        # a country's role after an organisation's head noun is that body's: the story's country does not take it,
        # and the title is no office at all
        ("In Ohio, the gymnastics federation president Tom Hart praised the team.", []),
        ("In Chile, the teachers' union president Ana Ruiz called a strike.", []),
        # ... save a party's pick for the country's race: a candidacy noun after the adjective
        ("Ana Ruiz, the ruling party's presidential candidate, campaigns in Chile.",
         [("presidential", "President of Chile")]),
        ("Opposition coalition presidential nominee Ana Ruiz campaigns in Chile.",
         [("presidential", "President of Chile")]),
        # near misses: the party's own presidency (a leadership vote), a union's pick
        ("In Chile, the ruling party's presidential election picks a new chairman.", []),
        ("In Chile, the teachers' union presidential candidate Ana Ruiz called a strike.", []),
        # "the CDU's candidate for chancellor": the party's country where the story names no place ...
        ("Markus Feld, the CDU's candidate for chancellor, rules out a coalition.",
         [("chancellor", "Chancellor of Germany")]),
        # ... and the story's place where it names one (a party name many countries share)
        ("The Labour Party's candidate for prime minister, Ana Ruiz, speaks in Wellington.",
         [("prime minister", "Prime Minister of New Zealand")]),
        # ... but a country's own title after other words still does
        ("In Chile, the outgoing president Ana Ruiz called a strike.", [("president", "President of Chile")]),
        # a territory has no president of its own (its country's is meant), unless it has one ...
        ("Voters in the United States Virgin Islands watch the presidential election in the United States.",
         [("presidential", "President of the United States")]),
        ("Voters in French Polynesia elect a president.", [("president", "President of French Polynesia")]),
        # ... and its own assembly stays its own
        ("Bermuda elects the members of the House of Assembly.",
         [("members of the House of Assembly", "Member of the House of Assembly of Bermuda")]),
        # a department's secretary: the established name where a country's own is known ...
        ("US Defense Secretary Tom Hart visits troops ahead of the election.",
         [("US Defense Secretary", "United States Secretary of Defense")]),
        ("U.S. Secretary of Homeland Security Ana Ruiz says the vote is secure.",
         [("U.S. Secretary of Homeland Security", "United States Secretary of Homeland Security")]),
        ("American voters elect a president as Interior Secretary Ivan Petrov resigns.",
         [("president", "President of the United States"),
          ("Interior Secretary", "United States Secretary of the Interior")]),
        ("British Defence Secretary Ana Ruiz meets Labour members.",
         [("British Defence Secretary", "Secretary of State for Defence")]),
        ("Former U.K. Foreign Secretary Tom Hart steps down.", [("U.K. Foreign Secretary", "Foreign Secretary of the United Kingdom")]),
        ("Philippine Education Secretary Ana Ruiz suspends classes.",
         [("Philippine Education Secretary", "Secretary of Education of the Philippines")]),
        # ... and only where such a secretary exists (present_in): the story's other country is not its place
        ("Defense Secretary Tom Hart raises the prospect of limited Iraq elections.", []),
        ("In Iraq, Defense Secretary Tom Hart meets U.S. troops.", [("Defense Secretary", "United States Secretary of Defense")]),
        # near misses: a press secretary, a party's general secretary are no department's (the White House's is an
        # office of its own, roles.jsonl role.white_house_press_secretary)
        ("White House press secretary Tom Hart says the election was fair.",
         [("White House press secretary", "White House Press Secretary")]),
        ("Campaign press secretary Tom Hart says the election was fair.", []),
        # a cabinet minister named by a portfolio noun, placed like a finance minister ...
        ("Ana Ruiz resigns as Japan's agriculture minister before the election.",
         [("Japan's agriculture minister", "Minister of Agriculture, Forestry and Fisheries of Japan")]),
        ("Italian Minister of Education Ana Ruiz says the vote will go ahead.",
         [("Italian Minister of Education", "Minister of Education of Italy")]),
        ("Chilean Health Minister Tom Hart says the runoff is safe.",
         [("Chilean Health Minister", "Minister of Health of Chile")]),
        ("Ivan Petrov becomes Norway's transport minister.", [("Norway's transport minister", "Minister of Transport of Norway")]),
        # ... near misses: a deputy holds no ministry, a ministry is no office, "Minister for Health" is the
        # portfolio role's
        ("Chile's deputy health minister Tom Hart resigns.", []),
        ("The health ministry of Chile says the vote is safe.", []),
        ("Irish Minister for Health Tom Hart resigns.", [("Minister for Health", "Minister for Health")]),
        # the Commonwealth's spelling of a role's noun, with its hyphen
        ("Ana Ruiz, the Ohio attorney-general, sued the firm.", [("Ohio attorney-general", "Attorney General of Ohio")]),
        ("Australia's Attorney-General Ana Ruiz spoke.", [("Australia's Attorney-General", "Attorney General of Australia")]),
        # a minister's deputy is an office of its own where a role names it, never the minister's
        ("Chilean Deputy Defense Minister Tom Hart warns the opposition.",
         [("Chilean Deputy Defense Minister", "Deputy Minister of Defence of Chile")]),
    ],
)
def test_offices_jurisdiction(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Atlanta voters know former state Sen. Kasim Reed.", "former"),
        ("In Bolivia, Ex-president Evo Morales is barred.", "former"),
        ("In Bolivia, President Evo Morales is barred.", None),
        ("Former Secretary of State for Defence Ilse Varga is eliminated.", "former"),
        ("Former Chilean health minister Tom Hart joins the campaign.", "former"),
        # an organisation's office ("Labour Party leader") too, its name before or after the role
        ("A confident 2010 debate by former Liberal Democrat leader Ana Ruiz sparked a surge in London.", "former"),
        ("Ex-Conservative Party leader Ana Ruiz spoke in London.", "former"),
        ("Ana Ruiz, the former leader of the Labour Party, spoke in London.", "former"),
        ("Labour Party leader Ana Ruiz spoke in London.", None),
        # ... the words of a title's left edge ("then") hold too
        ("Then Labour Party leader Ana Ruiz spoke in London.", "former"),
        # a count of terms between the qualifier and the role is looked through
        ("Former five-term Bridgeport mayor Ivan Petrov wins a sixth term.", "former"),
        ("The former three-time prime minister of Italy, Ivan Petrov, spoke.", "former"),
        ("Ohio's former two-term governor Ivan Petrov spoke.", "former"),
        # ... and a Latin modifier ("de facto"); an interim holder's office too
        ("A court sentences former de facto Bamban mayor Ana Ruiz in the Philippines.", "former"),
        ("Former interim president Ivan Petrov of Peru was arrested.", "former"),
        # a holder removed from office, or dead, held it
        ("Supporters of ousted President Ivan Petrov of Haiti marched before the vote.", "former"),
        ("Chile's deposed president Ana Ruiz returned before the vote.", "former"),
        ("The late Prime Minister of Italy Ivan Petrov was mourned.", "former"),
        # ... and a previous, onetime or erstwhile one
        ("The seat was vacated after a recall petition against its previous MP Ana Ruiz in London.", "former"),
        ("Onetime Ohio governor Ana Ruiz criticised the plan.", "former"),
        ("Ana Ruiz, the erstwhile governor of Ohio, criticised the plan.", "former"),
        # near misses: a count of terms alone qualifies nothing; an impeached or jailed holder may still hold it
        ("Five-term Bridgeport mayor Ivan Petrov wins a sixth term.", None),
        ("Impeached President Ivan Petrov of Haiti stays in office.", None),
        ("The three-time prime minister of Italy, Ivan Petrov, spoke.", None),
        ("Unlike the previous year, Governor Ivan Petrov of Ohio spoke.", None),
        ("De facto Bamban mayor Ana Ruiz spoke in the Philippines.", None),
        # "former" before a portfolio's or a level's lower-case words still qualifies the office after them
        ("In Japan, former economic security minister Aiko Tanaka is a contender.", "former"),
        ("In Australia, Former state Minister for Health Tom Barker is sworn in as Premier.", "former"),
        # near misses: a role changed ("turned"); a stop word between; three words between
        ("In Kenya, a former rebel turned defence minister Tom Otieno spoke.", None),
        ("In Kenya, a former banker and defence minister Tom Otieno spoke.", None),
    ],
)
def test_offices_former_qualifier(nlp, text, qualifier):
    quals = [s._.qualifier for s in nlp(text).spans["mentions"] if s.label_ == "OFFICE"]
    assert quals == [qualifier]


@pytest.mark.parametrize("text, qualifier", [
    # "former" before a party, a legislator's standing or a demonym still qualifies the office after them
    ("Former Democratic Senator Joe Smith of Ohio endorsed the plan.", "former"),
    ("Former Republican Gov. Maria Lopez of Ohio endorsed the plan.", "former"),
    ("Joe Smith, a former Republican congressman from Ohio, endorsed the plan.", "former"),
    ("Helen Clarke, a former Labour MP, said the deal was dead in London.", "former"),
    ("Ex-Labour MP Helen Clarke said the deal was dead in London.", "former"),
    ("Grace Wanjiru, a former opposition MP in Kenya, said the deal was dead.", "former"),
    ("Former Kenyan opposition MP Grace Wanjiru said the deal was dead.", "former"),
    # near misses: no qualifier before the party; the qualifier belongs to another noun; a sitting party member
    ("Democratic Senator Joe Smith of Ohio endorsed the plan.", None),
    ("Helen Clarke, a Labour MP and former teacher, said the deal was dead in London.", None),
    ("Kenyan opposition MP Grace Wanjiru, a former banker, said the deal was dead.", None),
])
def test_offices_former_qualifier_past_party(nlp, text, qualifier):
    assert [s._.qualifier for s in nlp(text).spans["mentions"] if s.label_ == "OFFICE"] == [qualifier]


@pytest.mark.parametrize("text, qualifiers", [
    # two titles joined right before one name share the first one's qualifier
    ("Former Senator and Vice President Dana Whitcombe spoke in the United States.", ["former", "former"]),
    ("Former Bolivian president and senator Luis Barra was arrested in La Paz.", ["former", "former"]),
    ("The former Kenyan finance minister and vice president Tomas Ruvel was arrested.", ["former", "former"]),
    # near misses: the second title's own word, a qualifier on the second only, two people, no name after
    ("The former Kenyan finance minister and current vice president Tomas Ruvel was arrested.", ["former", None]),
    ("Senator and former Governor Paula Strand of Ohio spoke in the United States.", [None, "former"]),
    ("Former Mayor Anton Vell of Lyon and Governor Rita Sand of Ohio met.", ["former", None]),
    ("The former president and the prime minister of Kenya, Tomas Ruvel, met.", ["former", None]),
])
def test_offices_qualifier_shared_by_joined_titles(nlp, text, qualifiers):
    assert [s._.qualifier for s in nlp(text).spans["mentions"] if s.label_ == "OFFICE"] == qualifiers


@pytest.mark.parametrize(
    "place, expected",
    [
        ("United States", "President of the United States"),
        ("Serbia", "President of Serbia"),
        ("Maldives", "President of the Maldives"),
        ("Czech Republic", "President of the Czech Republic"),
        (None, "President"),
    ],
)
def test_offices_canonical_name_takes_the_article(place, expected):
    role = Role(id="role.president", nouns=("president",), adjectives=(), level="country",
                template="President of {J}", bare="President")
    definite = frozenset({"states", "maldives", "republic"})
    assert canonical_office(role, place, definite) == expected


@pytest.mark.parametrize(
    "org, expected",
    [
        ("Labour Party", "Leader of the Labour Party"),
        ("Liberal Democrats", "Leader of the Liberal Democrats"),
        ("Socialist Party (Ruritania)", "Leader of the Socialist Party (Ruritania)"),
        ("Fine Gael", "Leader of Fine Gael"),
        ("Law and Justice", "Leader of Law and Justice"),
        ("Engagement for Citizenship and Development", "Leader of Engagement for Citizenship and Development"),
    ],
)
def test_offices_party_name_takes_the_article_with_a_head_word(org, expected):
    role = Role(id="role.party_leader", nouns=("leader",), adjectives=(), level="org",
                template="Leader of the {J}", bare="Party leader", article="head")
    assert canonical_office(role, org, frozenset(), frozenset({"party", "union"})) == expected
    always = Role(id="role.legislature_member", nouns=("member",), adjectives=(), level="org",
                  template="Member of the {J}", bare="Legislator")
    assert canonical_office(always, "Knesset", frozenset(), frozenset({"party"})) == "Member of the Knesset"


@pytest.mark.parametrize("text, not_place", [
    ("The election goes to a second round between current president Ana Ruiz and the pro-Russian Ivan Petrov.",
     "Russia"),
    ("Prime Minister Ana Ruiz, an anti-American firebrand, is re-elected.", "United States"),
    # a demonym before "counterpart" is the other holder's country (counterpart_nouns.tsv)
    ("President Ana Ruiz congratulated his Afghan counterpart Ivan Petrov on Tuesday.", "Afghanistan"),
    ("Prime Minister Ana Ruiz met their Japanese counterparts in Lyon.", "Japan"),
])
def test_offices_stance_is_no_jurisdiction(nlp, text, not_place):
    assert not any(not_place in (entity or "") for _, entity in offices(nlp(text)))


@pytest.mark.parametrize("text, expected", [
    # told presidencies of two countries: the story's own is the one its told offices and known holders name most
    ("U.S. President Ana Ruiz called the Ukrainian president. U.S. senators said the president's call was wrong.",
     "President of the United States"),
    ("Ukrainian President Ivan Petrov and Ukrainian Prime Minister Olena Bondar took a call from U.S. President Ana "
     "Ruiz. Critics said the president's plan was wrong.", "President of Ukraine"),
    # near miss: a tie keeps the nearest told office before
    ("U.S. President Ana Ruiz called the Ukrainian president. Critics said the president's call was wrong.",
     "President of Ukraine"),
])
def test_offices_story_presidency_is_the_one_told_most(nlp, text, expected):
    assert offices(nlp(text))[-1] == ("president", expected)


@pytest.mark.parametrize("text, expected", [
    # a place joined to a stance (stance_suffixes.tsv after it, stance_prefixes.tsv before it) is another
    # country's hand: the story's own place places the office
    ("Voters in Afghanistan back US-backed interim leader Ana Ruiz as the country's first elected president.",
     [("president", "President of Afghanistan")]),
    ("Ukrainians choose between Moscow-oriented Prime Minister Ana Ruiz and Ivan Petrov.",
     [("Prime Minister", "Prime Minister of Ukraine")]),
    ("Iraqis vote as the US-led coalition withdraws; the presidential election is calm.",
     [("presidential", "President of Iraq")]),
    ("The pro-Moscow Prime Minister Ana Ruiz of Ukraine resigns.", [("Prime Minister", "Prime Minister of Ukraine")]),
    # near misses: a hyphenated word of no stance keeps its place ("Kenya-born"), as does a place on its own
    ("Ana Ruiz, a Kenya-born lawyer, wins the presidential election.", [("presidential", "President of Kenya")]),
    ("The US backed the presidential election in Iraq.", [("presidential", "President of Iraq")]),
    # near misses of a counterpart: the demonym before the holder's own title still places it
    ("French President Ana Ruiz and his Russian counterpart Ivan Petrov met in Lyon.",
     [("French President", "President of France")]),
    ("Chilean Foreign Minister Ana Ruiz met her Argentine counterpart.",
     [("Chilean Foreign Minister", "Minister of Foreign Affairs of Chile")]),
])
def test_offices_place_of_a_stance_compound_is_no_jurisdiction(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a race adjective after "<demonym> counterpart X" in its sentence is the counterpart's race, not the race of
    # the country the congratulator's title names
    ("French President Marc Dubois congratulated his Peruvian counterpart Ana Ruiz for her victory in the "
     "presidential election.", ("presidential", "President of Peru")),
    ("German Chancellor Hans Weber congratulated his Chilean counterpart Ana Ruiz on her re-election in the "
     "presidential runoff.", ("presidential", "President of Chile")),
    # near misses: no counterpart, a counterpart in the sentence before, a race placed after it
    ("French President Marc Dubois congratulated Ana Ruiz for her victory in the presidential election.",
     ("presidential", "President of France")),
    ("French President Marc Dubois met his Peruvian counterpart Ana Ruiz. Dubois faces a presidential election.",
     ("presidential", "President of France")),
    ("President Marc Dubois met his Chinese counterpart Li Wei before the presidential election in Kenya.",
     ("presidential", "President of Kenya")),
])
def test_offices_race_after_a_counterpart_is_the_counterparts(nlp, text, expected):
    assert offices(nlp(text))[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a subdivision's noun after a few modifiers names a region's office, not its country's ...
    ("In Russia, the president of the breakaway region spoke.", []),
    ("In Russia, the war-ravaged region's assassinated president was buried.", []),
    # ... the one region the story names, where it names one (a KB place of type region)
    ("GROZNY (Reuters) - Chechnya's leader was sworn in as president of the turbulent Russian region Tuesday.",
     [("president of the turbulent Russian region", "President of Chechnya")]),
    ("Ivan Dorov visited Chechnya, laying flowers at the grave of the war-ravaged region's assassinated president.",
     [("president", "President of Chechnya")]),
    ("In Catalonia, the region's president spoke.", [("president", "President of Catalonia")]),
    # ... never where it names two, nor for a noun of another level ("the province's")
    ("Catalonia and Flanders met. The region's president spoke.", []),
    ("In Catalonia, the province's president spoke.", []),
    # near misses: the region named after "of", no subdivision noun, the country itself
    ("In Russia, the president of the region of Chechnya was sworn in.",
     [("president of the region of Chechnya", "President of Chechnya")]),
    ("In Russia, the newly elected president spoke.", [("president", "President of Russia")]),
    ("In Russia, the president of the country spoke.", [("president", "President of Russia")]),
])
def test_offices_region_past_modifiers_is_no_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a region's office is not placed by the story's other office of its role, titled or not
    ("Russian President Ivan Dorov laid flowers at the grave of the region's assassinated president.",
     [("Russian President", "President of Russia")]),
    ("In Russia, President Ivan Dorov met the president of the breakaway region.",
     [("President", "President of Russia")]),
    ("In Russia, President Ivan Dorov met the province's governor before the vote.",
     [("President", "President of Russia")]),
    # near misses: the country's own office, the region named after "of"
    ("Russian President Ivan Dorov met the country's president before the vote.",
     [("Russian President", "President of Russia"), ("president", "President of Russia")]),
    ("Russian President Ivan Dorov met the president of the region of Chechnya.",
     [("Russian President", "President of Russia"), ("president of the region of Chechnya", "President of Chechnya")]),
])
def test_offices_region_office_is_not_placed_by_the_storys_other(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an institution's office is not placed by the story's other office of its role, titling a name or not
    ("President Ana Ruiz spoke in Ohio. Tom Hart, the president of the Velmar Farm Bureau, said farmers lost money.",
     [("President", "President of the United States")]),
    ("Vice President Ana Ruiz visited Ohio. Tom Hart, vice president of the Kestrel Bank, welcomed her.",
     [("Vice President", "Vice President of the United States")]),
    # ... nor is a firm's department's: "of" or "for", lower-case words, "at" and a name
    ('"It works," Tom Hart, senior vice president for space and launch at Velmar Aerospace, said in Washington.', []),
    ("Tom Hart, vice president of business development at Acme, spoke in the United States.", []),
    ("Tom Hart, executive vice president of sales and marketing at Acme, spoke in Ohio, United States.", []),
    # ... nor a body's named by a possessive ("the prison workers' union")
    ("Prison officials in Texas were short of staff, said Tom Hart, local president of the prison workers' union.", []),
    # near misses: the country's own office, with its article or no firm after "at"; an untold city's office still
    # takes the story's other of its role
    ("Ana Ruiz served as president of the country at a hard time, the United States envoy said.",
     [("president", "President of the United States")]),
    ("Ana Ruiz, vice president of the United States, spoke at Harvard.",
     [("vice president of the United States", "Vice President of the United States")]),
    ("Former Toledo mayor Ana Ruiz wins a third term as mayor of Ohio's fourth-largest city.",
     [("Toledo mayor", "Mayor of Toledo"), ("mayor", "Mayor of Toledo")]),
])
def test_offices_institution_office_is_not_placed_by_the_storys_other(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Palestine's presidents and prime ministers since 2000 (leaders.jsonl): a story told from Israel does not place
    # their titles
    ("In Jerusalem, Israeli officials met President Mahmoud Abbas after the pullout.",
     [("President", "President of Palestine")]),
    ("After an Israeli pullout, Prime Minister Ismail Haniyeh spoke in Gaza.",
     [("Prime Minister", "Prime Minister of the Palestinian National Authority")]),
    # near miss: a titled name the KB does not know takes the story's place
    ("In Jerusalem, Israeli officials met President Ana Ruiz after the pullout.", [("President", "President of Israel")]),
])
def test_offices_palestinian_leaders_by_the_kb(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a race the story's places alone place is that of the one country where the KB records its people, named
    # in full, in the role (leaders.jsonl)
    ("Presidential candidate Rodrigo Duterte said that Australia and the United States would regret it.",
     "President of the Philippines"),
    ("Vietnamese people hope George W. Bush loses the presidential election.", "President of the United States"),
    # near misses: a surname alone may be another person's; a story of no known holder keeps its place
    ("Presidential candidate Duterte said that Australia and the United States would regret it.",
     "President of the United States"),
    ("Vietnamese people hope Bush loses the presidential election.", "President of Vietnam"),
    ("In Vietnam, the presidential election is calm.", "President of Vietnam"),
])
def test_offices_race_of_the_storys_known_holder(nlp, text, expected):
    assert [e for t, e in offices(nlp(text)) if t.lower() == "presidential"] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a capitalised name no place, demonym or party took, right before a country's title: an organisation's head
    ("In Texas, InfoNation President Dan McDowell said sales fell.", []),
    ("In France, the CPUC President Ana Ruiz spoke.", []),
    # ... a team's or club's plural name, even starting the sentence
    ("Comets president Ivo Marsh told reporters of the move to Denver, Colorado.", []),
    ("Rangers president Ana Ruiz said Chile would vote.", []),
    # ... an acronym's too with no name after it: a body's office sought, not the country's of a demonym nearby
    ("Ana Ruiz, a former French diplomat, will run to become ZFA President.", []),
    ("Ana Ruiz, a French lawyer, runs for IOC President.", []),
    # ... or before a head's word in lower case: the body's head, elected or not, is no country's
    ("Voting for the new ZFA president will go into a second round in Zurich, Switzerland.", []),
    ("In Brazil, the outgoing IOC president met the country's president.", [("president", "President of Brazil")]),
    # ... but an acronym, or a party's noun, before a legislator's word is the member's party: no body has MPs
    ("In Nigeria, ruling APC MP Ana Ruiz was shot dead.", [("MP", "Member of the National Assembly of Nigeria")]),
    ("In Nigeria, ruling party MP Ana Ruiz was shot dead.", [("MP", "Member of the National Assembly of Nigeria")]),
    ("In Kenya, Ana Ruiz, an opposition party lawmaker, was arrested.",
     [("lawmaker", "Member of the Parliament of Kenya")]),
    ("In Nigeria, party president Ana Ruiz resigned.", []),
    ("In Nigeria, NNPC President Ana Ruiz resigned.", []),
    # near misses: a qualifier, a party, a demonym, a sentence's first word, a country's abbreviation
    ("In France, Acting President Ana Ruiz spoke.", [("President", "President of France")]),
    ("Voters in France cheered as Republican President Ana Ruiz spoke.",
     [("President", "President of the United States")]),
    ("The United States welcomes a visit by Afghan President Ana Ruiz.",
     [("Afghan President", "President of Afghanistan")]),
    ("Voters in France are calm. Yesterday President Ana Ruiz spoke.", [("President", "President of France")]),
    ("Embattled president Ana Ruiz of Chile resigned.", [("president", "President of Chile")]),
    ("Outgoing president Ana Ruiz said Chile would vote.", [("president", "President of Chile")]),
    ("Famous president Ana Ruiz said Chile would vote.", [("president", "President of Chile")]),
    ("UAE President Ana Ruiz spoke.", [("UAE President", "President of the United Arab Emirates")]),
    ("Ana Ruiz, a French lawyer, runs for President.", [("President", "President of France")]),
    ("Ana Ruiz will be California's first openly LGBT senator.",
     [("senator", "Member of the United States Senate")]),
    ("In Chile, the first LGBT lawmaker Ana Ruiz spoke.", [("lawmaker", "Member of the National Congress of Chile")]),
])
def test_offices_unknown_name_before_a_country_title_is_an_organisation(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a role's common_forms in lower case, with nothing that makes them the office: no legislator
    ("In the United States, the talks go on, according to a Taliban representative.", []),
    ("In the United States, the plan was submitted to industry representatives this week.", []),
    ("In the United States, representatives of the family said he was murdered.", []),
    ("Observers in Tanzania said the election was neither inclusive nor representative.", []),
    # ... written capitalised as a sentence's first word before a lower-case one: the sentence's capital
    ("The United States tops the poll. Representatives will be meeting the EU's foreign policy chief.",
     [("EU's foreign policy chief", "High Representative for the Common Foreign and Security Policy")]),
    ("In the United States, the talks go on. Representatives of the family said he was murdered.", []),
    # near misses: a place, demonym or party before, a name after, a word of common_after after
    ("Liberians vote for 64 representatives for the lower house.",
     [("representatives", "Member of the House of Representatives of Liberia")]),
    ("Ohio representative Ana Ruiz resigns.",
     [("Ohio representative", "Member of the United States House of Representatives")]),
    ("Republican representatives met in Washington.",
     [("representatives", "Member of the United States House of Representatives")]),
    ("In the United States, she was elected as a representative from Ohio.",
     [("representative", "Member of the United States House of Representatives")]),
    ("In the United States, the bill has the support of Representative Ana Ruiz.",
     [("Representative", "Member of the United States House of Representatives")]),
    ("In the United States, the talks go on. Representative Ana Ruiz said the bill would pass.",
     [("Representative", "Member of the United States House of Representatives")]),
    ("In the United States, the talks go on. Representative from Hawaii Ana Ruiz ends her campaign.",
     [("Representative", "Member of the United States House of Representatives")]),
])
def test_offices_common_word_of_a_role_is_no_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a US state right before a legislator's generic noun (roles.jsonl state_before): the state's legislature,
    # named as encyclopedias name it, never the national body
    ("California lawmaker Ana Ruiz proposed the bill.",
     [("California lawmaker", "Member of the California State Legislature")]),
    ("Calif. Lawmaker Wants to Privatize State Pensions", [("Calif. Lawmaker", "Member of the California State Legislature")]),
    ("Michigan legislators voted to repeal the law.", [("Michigan legislators", "Member of the Michigan Legislature")]),
    ("Ohio lawmakers approved the budget.", [("Ohio lawmakers", "Member of the Ohio General Assembly")]),
    # near misses: a country before it, a state's name that is a city's too, a senator (a state's US senator),
    # a state of a country not listed, no place
    ("U.S. lawmakers approved the budget.", [("U.S. lawmakers", "Member of the United States Congress")]),
    ("Washington lawmakers approved the budget.", [("Washington lawmakers", "Member of the United States Congress")]),
    ("Ohio Senator Ana Ruiz approved the budget.", [("Ohio Senator", "Member of the United States Senate")]),
    ("Bavarian lawmakers approved the budget.", [("Bavarian lawmakers", "Member of the Bundestag")]),
    ("Lawmakers approved the budget.", []),
])
def test_offices_state_before_a_legislator_is_the_states(nlp, text, expected):
    assert offices(nlp(text)) == expected


def _noun_office(doc, noun):
    return next((s._.entity for s in doc.spans["mentions"] if s.label_ == "OFFICE" and s.text == noun), None)


@pytest.mark.parametrize("text, noun, expected", [
    # a generic member noun in apposition after a name is the chamber seat the person's title names (offices.py
    # _own_chamber), not the country's legislature: US states' chambers, the US Congress's, other countries' senates
    ("State Sen. Irma Valdane, a first-term lawmaker from Ohio, said she would run for Congress.",
     "lawmaker", "Member of the Ohio State Senate"),
    ("Republican Assemblyman Dale Korvin announced a bid for the House seat on Monday. Korvin, a second-term "
     "lawmaker, is the latest state legislator in Albany to eye Washington.", "lawmaker",
     "Member of the New York State Assembly"),
    ("Sen. Harlan Voss, a four-term lawmaker from Nebraska, won his primary on Tuesday.", "lawmaker",
     "Member of the United States Senate"),
    ("Texas state Rep. Wade Pruitt, a veteran legislator from Lubbock, filed for re-election.", "legislator",
     "Member of the Texas House of Representatives"),
    ("Assemblywoman Rosa Delgado, a first-term legislator from Fresno, introduced the measure in Sacramento.",
     "legislator", "Member of the California State Assembly"),
    ("State Rep. Jo Ellis, a Republican lawmaker from Macon, won the special election in Georgia.", "lawmaker",
     "Member of the Georgia House of Representatives"),
    ("Australian Senator Mira Tollan, a veteran lawmaker, quit the Greens on Friday.", "lawmaker",
     "Member of the Australian Senate"),
    ("Philippine Senator Ramon Deza, a first-term legislator, filed the bill in Manila.", "legislator",
     "Member of the Senate of the Philippines"),
    ("MANILA (Wire) - Senator Liza Perez, a neophyte lawmaker, topped the senatorial race, final results showed.",
     "lawmaker", "Member of the Senate of the Philippines"),
    ("Nigerian Senator Bola Adeyemi, a two-term lawmaker from Lagos, defected to the opposition.", "lawmaker",
     "Member of the Senate of Nigeria"),
    ("Kenyan Senator Otieno Wafula, a first-time legislator, lost the governor race.", "legislator",
     "Member of the Senate of Kenya"),
    # near misses: another person's apposition, a "former" noun or title (another seat, maybe), a state noun after
    # a national title, a plural, a title that is no legislator's
    ("In Ohio, Sen. Harlan Voss praised Tara Quist, a first-term lawmaker, for her work.", "lawmaker",
     "Member of the United States Congress"),
    ("Ohio Sen. Tobias Renn, a former state lawmaker, endorsed the plan.", "state lawmaker",
     "Member of the Ohio General Assembly"),
    ("Ohio Sen. Lila Marsh, a state lawmaker for a decade before 2010, endorsed the plan.", "state lawmaker",
     "Member of the Ohio General Assembly"),
    ("Ohio Rep. Ned Olin, a former lawmaker, won the seat back.", "lawmaker", "Member of the United States Congress"),
    ("Former Ohio State Sen. Ana Brill, a veteran lawmaker, endorsed the governor.", "lawmaker",
     "Member of the United States Congress"),
    ("Ohio State Sen. Irma Valdane met lawmakers in Columbus on Monday.", "lawmakers",
     "Member of the United States Congress"),
    ("Mayor Ruth Kanter of Dayton, Ohio, a former lawmaker, opened the bridge.", "lawmaker",
     "Member of the United States Congress"),
    # a gap: a place between the name and the apposition
    pytest.param("Rep. Carla Mendez of Texas, a three-term lawmaker, conceded the race late Tuesday.", "lawmaker",
                 "Member of the United States House of Representatives",
                 marks=pytest.mark.xfail(strict=True, reason="apposition past 'of <state>' not read")),
])
def test_offices_generic_member_noun_is_the_persons_titled_chamber(nlp, text, noun, expected):
    assert _noun_office(nlp(text), noun) == expected


@pytest.mark.parametrize("text, noun, expected", [
    # Malaysia's states have one chamber each, the State Legislative Assembly (roles.jsonl names): an assemblyman
    # or a state lawmaker there sits in it, never in a US-style state House or General Assembly
    ("KOTA BHARU (Wire) - The ruling coalition held the seat after the death of a Kelantan state assemblyman last "
     "month.", "Kelantan state assemblyman", "Member of the Kelantan State Legislative Assembly"),
    ("Sarawak state lawmakers approved the budget on Monday.", "Sarawak state lawmakers",
     "Member of the Sarawak State Legislative Assembly"),
    ("Voters in Perak state chose a new state assemblyman on Saturday after Zainal Ariff died in May.",
     "state assemblyman", "Member of the Perak State Legislative Assembly"),
    ("Assemblywoman Siti Rahim of Selangor said the flood relief was late.", "Assemblywoman",
     "Member of the Selangor State Legislative Assembly"),
    ("KUCHING: A Sarawak assemblyman, Henry Jalong, quit the party on Friday.", "Sarawak assemblyman",
     "Member of the Sarawak State Legislative Assembly"),
    # near misses: a US state's Assembly, an Indian state's, the national parliament
    ("Assemblywoman Rosa Delgado of California introduced the measure in Sacramento.", "Assemblywoman",
     "Member of the California State Assembly"),
    ("Kerala MLA Suresh Menon resigned from the Assembly on Monday.", "Kerala MLA",
     "Member of the Kerala Legislative Assembly"),
    ("Malaysian lawmakers passed the bill in Kuala Lumpur.", "Malaysian lawmakers",
     "Member of the Parliament of Malaysia"),
])
def test_offices_malaysian_state_assembly_member(nlp, text, noun, expected):
    assert _noun_office(nlp(text), noun) == expected


@pytest.mark.parametrize("text, expected", [
    # "deputy" (placed_forms) names a legislator where its country is told beside it: a demonym or party before it
    # (a legislator's standing aside), or a party or place after "from" or "in"
    ("Ukrainian deputy Ana Ruiz was arrested.", [("Ukrainian deputy", "Member of the Verkhovna Rada")]),
    ("Ana Ruiz, a Ukrainian deputy, was arrested.", [("Ukrainian deputy", "Member of the Verkhovna Rada")]),
    ("Venezuelan opposition deputy Ana Ruiz was arrested.",
     [("deputy", "Member of the National Assembly of Venezuela")]),
    ("Ana Ruiz, an opposition deputy in Venezuela, was arrested.",
     [("deputy", "Member of the National Assembly of Venezuela")]),
    ("Ana Ruiz, a deputy from the ruling United Russia party, was arrested.", [("deputy", "Member of the State Duma")]),
    ("Ukrainian deputies voted to dismiss the government.", [("Ukrainian deputies", "Member of the Verkhovna Rada")]),
    # near misses: someone's second (a possessive, no country told), another's post (a word after it that starts
    # no name), a longer role, a sheriff's deputy
    ("His deputy Ana Ruiz was arrested in Kyiv.", []),
    ("Labour's deputy Ana Ruiz spoke in London.", []),
    ("The Chinese deputy director Ana Ruiz was arrested.", []),
    ("French deputy coach Ana Ruiz was sacked in Paris.", []),
    ("US Deputy Secretary of State Ana Ruiz met Pakistani leaders in Islamabad.",
     [("US Deputy Secretary of State", "United States Deputy Secretary of State")]),
    ("Ana Ruiz, deputy to the Ukrainian president, was arrested.", [("Ukrainian president", "President of Ukraine")]),
    ("Ukrainian deputy foreign minister Ana Ruiz was arrested.",
     [("Ukrainian deputy foreign minister", "Deputy Minister of Foreign Affairs of Ukraine")]),
    ("Ana Ruiz, a deputy sheriff in Ohio, was shot.", []),
])
def test_offices_deputy_is_a_legislator_only_where_its_country_is_told(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's letter and state set off after the titled name (party_tags) tell the chamber's country
    ("A spokesman for Sen. Ana Ruiz, D-Mass., called the move despicable.",
     [("Sen.", "Member of the United States Senate")]),
    ("Rep. Ana Ruiz (R-TX) criticized the plan.", [("Rep.", "Member of the United States House of Representatives")]),
    # near misses: no tag (the country untold, the title stays bare), a letter with no state joined to it
    ("Sen. Ana Ruiz yesterday criticized retail chains.", [("Sen.", "Senator")]),
    ("Sen. Ana Ruiz, D, said the bill would pass.", [("Sen.", "Senator")]),
])
def test_offices_party_tag_after_the_name_tells_the_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


#: A role word joined to a company officer's title (company_titles.tsv) is a company's: no office at all, not the
#: story's country's president. (text, the OFFICE mentions)
COMPANY_OFFICERS = [
    ("Ana Ruiz, president and CEO of Acme Corp, said sales rose in Chicago.", []),
    ("Acme president and chief executive Ana Ruiz said sales rose in Chicago.", []),
    ("The board named chief executive and president Ana Ruiz in New York.", []),
    ("He will hand over to COO and president Ana Ruiz in Seattle, Washington.", []),
    ("Former Acme chief operating officer and President Ana Ruiz joins a rival in New York.", []),
    ("Acme's president/CEO Ana Ruiz spoke in Chicago.", []),
    # a post two share: no country has a co-president (the story's place is no jurisdiction)
    ("During testimony in Delaware, Acme co-president Ana Ruiz said sales were declining.", []),
    ("Ana Ruiz, co-president of Zembla Media, testified in Chicago.", []),
    # near misses: two people; a title of two public offices
    ("President Ana Ruiz and CEO Tom Hart met in Washington.", [("President", "President of the United States")]),
    ("Vice-President Ana Ruiz of Zembla spoke.", [("Vice-President", "Vice President of Zembla")]),
    ("Ana Ruiz, president and prime minister of the transition, spoke in Lima, Peru.",
     [("president", "President of Peru"), ("prime minister", "Prime Minister of Peru")]),
]


@pytest.mark.parametrize("text, expected", COMPANY_OFFICERS)
def test_offices_company_officer_is_no_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # monarchs, heirs and chief justices named by their own words: a place, demonym or possessive before, "of
    # <place>" after the title or after the name it titles
    ("King Ivan Petrov of Jordan dissolved parliament.", [("King", "King of Jordan")]),
    ("Jordan's King Ivan Petrov dissolved parliament.", [("Jordan's King", "King of Jordan")]),
    ("The Saudi crown prince, Ivan Petrov, visited Paris.", [("Saudi crown prince", "Crown Prince of Saudi Arabia")]),
    ("The Emir of Qatar, Ivan Petrov, met Ana Ruiz.", [("Emir of Qatar", "Emir of Qatar")]),
    ("Sultan Ivan Petrov of Brunei dissolved parliament.", [("Sultan", "Sultan of Brunei")]),
    ("Oman's Sultan Ivan Petrov dissolved the council.", [("Oman's Sultan", "Sultan of Oman")]),
    ("Pakistan's chief justice, Ana Ruiz, was reinstated.",
     [("Pakistan's chief justice", "Chief Justice of Pakistan")]),
    ("Ana Ruiz is the chief justice of Alabama.", [("chief justice of Alabama", "Chief Justice of Alabama")]),
    # a capitalised monarch's title before a name takes the story's place where the office exists (present_in)
    ("In Amman, Jordan, King Ivan Petrov dissolved parliament.", [("King", "King of Jordan")]),
    ("Queen Ana Ruiz opened Parliament in London.", [("Queen", "Queen of the United Kingdom")]),
    # near misses: a surname, a band, a brand ("surname": a capitalised word before ends a name)
    ("Stephen King wrote a new novel about Maine.", []),
    ("Martin Luther King Jr. spoke in Alabama.", []),
    ("Burger King opened a restaurant in London.", []),
    ("The UAE president, Ivan bin Sultan Petrov, died in Abu Dhabi.",
     [("UAE president", "President of the United Arab Emirates")]),
    # ... a place after "of" the knowledge base does not know is no monarch's
    ("Ana Ruiz, the King of All Media, signed a deal in London.", []),
    ("Ana Ruiz, the queen of Sydney, won again.", []),
    # ... a realm of the British monarch is none of the monarchies (present_in): "King X" there is a nickname
    ("King Ana Ruiz won the Canadian Open in Toronto, Canada.", []),
    # ... a place's head word after it: a street's name
    ("A lorry crashed in the Queen Street area of Glasgow, Scotland.", []),
    # ... a stadium's name (place_heads.tsv), named for a brand or a king
    ("The team drew 1-1 at the King Power Stadium in Leicester, England.", []),
    ("In Amman, Jordan, the King Ivan Stadium hosted the final.", []),
    # a story names several monarchs: one told elsewhere is not every capitalised title's (one story, one king)
    ("Sweden celebrates the birthday of their King Ivan Petrov, attended by former King of Spain Tom Hart.",
     [("King", "King of Sweden"), ("King of Spain", "King of Spain")]),
    # ... no name after the title, or in lower case: the story's place is no monarch's
    ("The band Queen played at Wembley in London.", []),
    ("Rafael Nadal, the king of clay, won again in Madrid, Spain.", []),
    ("The king dissolved parliament in Amman, Jordan.", []),
    # ... a country with no such monarch (present_in): "Queen Ana" in a US story is a name
    ("Queen Ana Ruiz sang in New York.", []),
    # ... nor a chancellor (Germany's, Austria's, Britain's only): a university's is no country's office
    ("Chancellor Ana Ruiz of Acme University met students in Lawrence, Kansas.", []),
    ("Ana Ruiz is a leading candidate to become a chancellor at a university in Baton Rouge, Louisiana.", []),
    ("Chancellor Ana Ruiz met voters in Vienna, Austria.", [("Chancellor", "Chancellor of Austria")]),
    ("Chancellor Ana Ruiz presented the budget in London, Britain.", [("Chancellor", "Chancellor of the Exchequer")]),
    # ... a first name ("story_place": never): the story's place places no sultan, emir or chief justice
    ("Sultan Ivan Petrov won the seat in Karachi, Pakistan.", []),
    ("Chief Justice Ana Ruiz was reinstated in Pakistan.", []),
    # ... but the one place whose supreme court the story names is a chief justice's (story_bodies)
    ("A statue stands in Georgia's Supreme Court; Chief Justice Tom Hart refused to move it.",
     [("Chief Justice", "Chief Justice of Georgia")]),
    ("Chief Justice Ana Ruiz of the Supreme Court of Pakistan was reinstated in Islamabad.",
     [("Chief Justice", "Chief Justice of Pakistan")]),
    ("The U.S. Supreme Court heard the case; Chief Justice Ana Ruiz wrote for the majority in Texas.",
     [("Chief Justice", "Chief Justice of the United States")]),
    # ... near miss: the supreme courts of two places tell none
    ("The Ohio Supreme Court and the Texas Supreme Court disagreed; Chief Justice Ana Ruiz dissented.", []),
    # ... the court after "of" is the post's, placed as the story names it (not an institution's own officer)
    ("Ana Ruiz is sworn in as Chief Justice of the Supreme Court of the Philippines.",
     [("Chief Justice", "Chief Justice of the Philippines")]),
    ("Ana Ruiz is sworn in as an Associate Justice of the U.S. Supreme Court.",
     [("Associate Justice", "Associate Justice of the Supreme Court of the United States")]),
    ("The Alabama Supreme Court ruled; Associate Justice Ana Ruiz dissented.",
     [("Associate Justice", "Associate Justice of the Supreme Court of Alabama")]),
    # ... near misses: no court's place told, an association of the court's lawyers, a professor
    ("Ana Ruiz is sworn in as an Associate Justice of the Supreme Court.", []),
    ("Associate Justice Ana Ruiz dissented in Texas.", []),
    ("Ana Ruiz, president of the Supreme Court Bar Association of Pakistan, retired.", []),
    ("Ana Ruiz, an associate professor in Ohio, retired.", []),
])
def test_offices_monarchs_and_justices_by_their_own_words(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, people", [
    # a monarch's title that is a surname too is a person's name where it titles no name after it
    ("Tom King, a lawyer in Amman, Jordan, sued the city. King said the ruling was wrong.",
     [("Tom King", "Tom King"), ("King", "Tom King")]),
    ("Stephen King wrote a new novel about Maine.", [("Stephen King", "Stephen King")]),
    # near miss: before a name it is the title, not part of the name
    ("In Amman, Jordan, King Ivan Petrov dissolved parliament.", [("Ivan Petrov", "Ivan Petrov")]),
    ("Guests included former Queen of the Netherlands Ana Ruiz.", [("Ana Ruiz", "Ana Ruiz")]),
])
def test_offices_surname_of_a_monarchs_title_is_a_name(nlp, text, people):
    doc = nlp(text)
    assert [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "PERSON"] == people
    assert all(s._.role not in ("role.king", "role.queen") or s.end < len(doc) and doc[s.end].text in ("Ivan", "Ana")
               for s in doc.spans["mentions"] if s.label_ == "OFFICE")


@pytest.mark.parametrize("text, expected", [
    # Hong Kong and Macau have no city councils: a councillor there sits in a district council or the Legislative
    # Council, neither a city's (the KB's Kowloon is a city)
    ("In the Kowloon West constituency, councillors Ana Ruiz and Ivan Petrov were re-elected.", []),
    ("In Kowloon, district councillor Ana Ruiz voted against the plan.", []),
    ("Macau councillor Ana Ruiz spoke.", []),
    # near misses: a city elsewhere keeps its council
    ("Springfield councillor Ana Ruiz spoke.", [("Springfield councillor", "Member of the Springfield City Council")]),
    ("Lyon city councillor Ana Ruiz spoke.", [("Lyon city councillor", "Member of the Lyon City Council")]),
])
def test_offices_no_city_council_in_hong_kong(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy: its country before the role or after "of", its post after "to" or "in" (a place, named by its
    # country, or an international body the KB knows); the United States' as its own titles are written
    ("Kazakhstan's Ambassador to Japan, Ana Ruiz, is elected.",
     [("Kazakhstan's Ambassador to Japan", "Ambassador of Kazakhstan to Japan")]),
    ("U.S. Ambassador to Iraq Ana Ruiz said the vote would be on time.",
     [("U.S. Ambassador to Iraq", "United States Ambassador to Iraq")]),
    ("The ambassador of Kazakhstan to Japan, Ana Ruiz, met Ivan Petrov.",
     [("ambassador of Kazakhstan to Japan", "Ambassador of Kazakhstan to Japan")]),
    ("The Israeli ambassador to Washington, Ana Ruiz, spoke.",
     [("Israeli ambassador to Washington", "Ambassador of Israel to the United States")]),
    ("The Turkish ambassador in Afghanistan confirmed the death.",
     [("Turkish ambassador in Afghanistan", "Ambassador of Turkey to Afghanistan")]),
    ("Yemen's ambassador to the United Nations, Ana Ruiz, died.",
     [("Yemen's ambassador to the United Nations", "Ambassador of Yemen to the United Nations")]),
    ("The Swiss ambassador to the Holy See, Ana Ruiz, met Ivan Petrov.",
     [("Swiss ambassador to the Holy See", "Ambassador of Switzerland to the Holy See")]),
    # a post whose place's span holds its article ("the United States") or leaves it out ("the Netherlands")
    ("According to Chilean Ambassador to the United States Ana Ruiz, the team will travel.",
     [("Chilean Ambassador to the United States", "Ambassador of Chile to the United States")]),
    ("The Chilean ambassador to the Netherlands, Ana Ruiz, spoke.",
     [("Chilean ambassador to the Netherlands", "Ambassador of Chile to the Netherlands")]),
    ("The British High Commissioner to India, Ana Ruiz, met Ivan Petrov.",
     [("British High Commissioner to India", "High Commissioner of the United Kingdom to India")]),
    # near misses: no post told, no country told (the story's is none), a post at home, a body's commissioner
    ("Former U.S. Ambassador Ana Ruiz met Ivan Petrov.", []),
    ("Ana Ruiz, a UNICEF goodwill ambassador, visited Chad.", []),
    ("Ana Ruiz is now ambassador to Australia, the paper said in Texas.", []),
    ("The Turkish ambassador in Ankara said nothing.", []),
    ("Panama recalled its ambassador from Cuba on Monday.", []),
    # ... another envoy's post of the same person is the same country's (test_offices_envoy_country_from_the_story);
    # another person's is untold there
    ("Kazakhstan's Ambassador to Japan, Ana Ruiz, had served as Ambassador to the United States.",
     [("Kazakhstan's Ambassador to Japan", "Ambassador of Kazakhstan to Japan"),
      ("Ambassador to the United States", "Ambassador of Kazakhstan to the United States")]),
    ("UN High Commissioner for Refugees Ana Ruiz said Sudan must act.", []),
    # the post named by an international body before the role, the country before that
    ("France's UN ambassador, Ana Ruiz, hopes for a vote.",
     [("France's UN ambassador", "Ambassador of France to the United Nations")]),
    ("French UN ambassador Ana Ruiz spoke.", [("French UN ambassador", "Ambassador of France to the United Nations")]),
    ("Germany's NATO ambassador Ana Ruiz spoke.", [("Germany's NATO ambassador", "Ambassador of Germany to NATO")]),
    # near misses: a body with no country before it may be the sender ("the EU ambassador to Ukraine")
    ("The UN ambassador Ana Ruiz spoke.", []),
    ("The EU ambassador to Ukraine, Ana Ruiz, spoke.", []),
])
def test_offices_envoys_by_country_and_post(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("fields, error", [
    ({"template": "Ambassador of {J} to {D}", "member": False, "destination_before": ["to"]}, None),
    ({"template": "Ambassador of {J} to {D}", "member": False}, "'destination_before' goes with"),
    ({"destination_before": ["to"]}, "'destination_before' goes with"),
    ({"destination_org_types": ["international_organisation"]}, "'destination_before' goes with"),
    ({"destination_names": {"Vatican City": "the Holy See"}}, "'destination_before' goes with"),
])
def test_roles_destination_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.destination_before == ("to",))


@pytest.mark.parametrize("fields, error", [
    ({"story_bodies": ["supreme court"]}, None),
    ({"story_bodies": "supreme court"}, "'story_bodies' must be a list"),
])
def test_roles_story_bodies_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.story_bodies == ("supreme court",))


@pytest.mark.parametrize("fields, error", [
    ({"story_place": "never", "surname": True}, None),
    ({"story_place": "nearest", "surname": True}, None),
    ({"story_place": "sometimes", "surname": True}, "story_place must be"),
])
def test_roles_story_place_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.story_place in ("never", "nearest") and role.surname)


ROLE = {"id": "role.x", "nouns": ["senator"], "level": "country", "template": "Member of the Senate of {J}", "bare": "Senator",
        "member": True}


@pytest.mark.parametrize("names, error", [
    ({"Ruritania": "Member of the Ruritanian Senate"}, None),
    (["Ruritania"], "'names' must map place names to office names"),
    ({"Ruritania": ""}, "'names' must map place names to office names"),
])
def test_roles_names_validated(tmp_path, names, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, "names": names}) + "\n", encoding="utf-8")
    if error is None:
        role = load_roles(path)[0]
        assert canonical_office(role, "Ruritania") == "Member of the Ruritanian Senate"
        assert canonical_office(role, "Chile") == "Member of the Senate of Chile"
    else:
        with pytest.raises(DataError, match=error) as e:
            load_roles(path)
        assert str(path) in str(e.value)


@pytest.mark.parametrize("fields, error", [
    ({"party_tags": {"United States": ["D", "R"]}}, None),
    ({"party_tags": {"United States": []}}, "'party_tags' must map a country to a non-empty list"),
    ({"party_tags": ["D"]}, "'party_tags' must map a country to a non-empty list"),
    ({"party_tags": {"United States": ["D"], "Ruritania": ["D"]}}, "a letter of 'party_tags' names one country"),
])
def test_roles_party_tags_validated(tmp_path, fields, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].party_tags == (("D", "United States"), ("R", "United States"))
    else:
        with pytest.raises(DataError, match=error):
            load_roles(path)


@pytest.mark.parametrize("fields, error", [
    ({"state_before": ["United States"]}, "'state_before' \\(country names\\) goes with a 'state_role'"),
])
def test_roles_state_before_validated(tmp_path, fields, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=error):
        load_roles(path)


@pytest.mark.parametrize("fields, error", [
    ({"race_adjectives": ["european"], "election_race_adjectives": ["european"]}, None),
    ({"race_adjectives": ["european parliament"], "election_race_adjectives": ["european"]},
     "'election_race_adjectives' must be race_adjectives of the role"),
])
def test_roles_election_race_adjectives_validated(tmp_path, fields, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].election_race_adjectives == ("european",)
    else:
        with pytest.raises(DataError, match=error) as e:
            load_roles(path)
        assert str(path) in str(e.value)


@pytest.mark.parametrize("fields, error", [
    ({"race_adjectives": ["white house"], "object_race_adjectives": ["white house"]}, None),
    ({"race_adjectives": ["white house"], "object_race_adjectives": ["kremlin"]},
     "'object_race_adjectives' must be race_adjectives of the role"),
])
def test_roles_object_race_adjectives_validated(tmp_path, fields, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].object_race_adjectives == ("white house",)
    else:
        with pytest.raises(DataError, match=error) as e:
            load_roles(path)
        assert str(path) in str(e.value)


@pytest.mark.parametrize("fields, error", [
    ({"nouns": ["senator"], "placed_forms": ["senator"]}, None),
    ({"nouns": ["senator"], "placed_forms": ["deputy"]}, "'placed_forms' must be nouns or plurals of the role"),
])
def test_roles_placed_forms_validated(tmp_path, fields, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].placed_forms == ("senator",)
    else:
        with pytest.raises(DataError, match=error):
            load_roles(path)


@pytest.mark.parametrize("fields, error", [
    ({"nouns": ["senator"], "common_forms": ["senator"], "common_after": ["for"]}, None),
    ({"nouns": ["senator"], "common_forms": ["delegate"]}, "'common_forms' must be nouns or plurals of the role"),
    ({"nouns": ["senator"], "common_after": ["for"]}, "'common_after' goes with them"),
])
def test_roles_common_forms_validated(tmp_path, fields, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].common_forms == ("senator",)
    else:
        with pytest.raises(DataError, match=error) as e:
            load_roles(path)
        assert str(path) in str(e.value)


@pytest.mark.parametrize("fields, error", [
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"], "race": True}, None),
    ({"org_types": ["legislature"]}, "for roles of level 'org'"),
    ({"race": True}, "for roles of level 'org'"),
    ({"article": "head"}, "for roles of level 'org'"),
    ({"body_after": ["elected to"]}, "for roles of level 'org'"),
    ({"generic_bodies": ["national assembly"]}, "for roles of level 'org'"),
    ({"generic_chambers": {"congress": "legislature"}}, "for roles of level 'org'"),
    ({"election_body_after": ["control of"]}, "for roles of level 'org'"),
    ({"represent_after": ["represents"], "represent_words": ["district"]}, "for roles of level 'org'"),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"], "represent_after": ["represents"]},
     "'represent_after' and 'represent_words' go together"),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"], "represent_after": ["represents"],
      "represent_words": ["district"]}, None),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"],
      "generic_chambers": {"congress": "lower_house upper_house"}}, "'generic_chambers'"),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"],
      "generic_chambers": {"upper house": "senate"}, "race_chambers": ["upper house"]}, None),
    # a race chamber is one of the role's lower-case chamber words
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"],
      "generic_chambers": {"Senate": "senate"}, "race_chambers": ["senate"]}, "'race_chambers'"),
    ({"race_chambers": ["upper house"]}, "'race_chambers'"),
    # a chamber named only where the country's chamber bears the word is one of the role's chamber words
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"],
      "generic_chambers": {"Assembly": "legislature"}, "named_chambers": ["Assembly"]}, None),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"],
      "generic_chambers": {"Assembly": "legislature"}, "named_chambers": ["Senate"]}, "'named_chambers'"),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"], "generic_bodies": [""]},
     "'generic_bodies'"),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"], "body_after": "elected to"},
     "'body_after' must be a list"),
    ({"level": "org", "template": "Member of the {J}", "org_types": ["legislature"], "article": "sometimes"},
     "article must be"),
    ({"level": "org", "template": "Member of the {J}", "org_heads": "assembly"}, "'org_heads' must be a list"),
])
def test_roles_org_fields_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.org_types == ("legislature",))


@pytest.mark.parametrize("fields, error", [
    ({"state_role": "role.y"}, None),
    ({"state_role": "role.x"}, "must name a role of level 'state'"),
    ({"state_role": "role.nope"}, "must name a role of level 'state'"),
    ({"level": "state", "state_role": "role.y"}, "for roles of level 'country'"),
])
def test_roles_state_role_validated(tmp_path, fields, error):
    import json
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    state = {**ROLE, "id": "role.y", "level": "state", "template": "Member of the {J} Senate"}
    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n" + json.dumps(state) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].state_role == "role.y"
    else:
        with pytest.raises(DataError, match=error) as e:
            load_roles(path)
        assert str(path) in str(e.value)


@pytest.mark.parametrize("fields, error", [
    ({"nominations": ["nomination"], "nomination_countries": ["Ruritania"]}, None),
    ({"nominations": ["nomination"]}, "go together"),
    ({"nomination_countries": ["Ruritania"]}, "go together"),
    ({"nominations": ["party nomination"], "nomination_countries": ["Ruritania"]}, "single words"),
    ({"nominations": ["nomination"], "nomination_countries": "Ruritania"}, "'nomination_countries' must be a list"),
    ({"nominations": ["nomination"], "nomination_countries": ["Ruritania"], "nomination_stops": ["for", "papers"]},
     None),
    ({"nomination_stops": ["for"]}, "only with them"),
    ({"nominations": ["nomination"], "nomination_countries": ["Ruritania"], "nomination_stops": ["filing papers"]},
     "single words"),
])
def test_roles_nomination_fields_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.nomination_countries == ("Ruritania",))


@pytest.mark.parametrize("fields, error", [
    ({"absent_in": ["Ruritania"]}, None),
    ({"absent_in": "Ruritania"}, "'absent_in' must be a list"),
    ({"absent_in": [""]}, "'absent_in' must be a list"),
])
def test_roles_absent_in_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.absent_in == ("Ruritania",))


@pytest.mark.parametrize("fields, error", [
    ({"present_in": ["Ruritania"]}, None),
    ({"present_in": "Ruritania"}, "'present_in' must be a list"),
    ({"present_in": [""]}, "'present_in' must be a list"),
])
def test_roles_present_in_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.present_in == ("Ruritania",))


@pytest.mark.parametrize("text, expected", [
    # a national premier is the genre's word for the prime minister (role.premier's country_role) ...
    ("Italian Premier Ana Ruiz called a snap election.", [("Italian Premier", "Prime Minister of Italy")]),
    ("Premier Ana Ruiz of Italy called a snap election.", [("Premier", "Prime Minister of Italy")]),
    ("The Premier of Italy, Ana Ruiz, called a snap election.", [("Premier of Italy", "Prime Minister of Italy")]),
    ("Italian Deputy Premier Ana Ruiz resigned.", [("Italian Deputy Premier", "Deputy Prime Minister of Italy")]),
    # ... and "Premier X" of a KB prime minister is that office (the KB's record, as "Chancellor X")
    ("Premier Junichiro Koizumi called a snap election.", [("Premier", "Prime Minister of Japan")]),
    # near misses: a country whose office is titled Premier (country_titled) and a province's premier keep the
    # role's own office
    ("Chinese Premier Ana Ruiz visited Kenya.", [("Chinese Premier", "Premier of China")]),
    ("Chinese Vice Premier Ana Ruiz visited Kenya.", [("Chinese Vice Premier", "Vice Premier of China")]),
    ("Bermuda Premier Ana Ruiz called a snap election.", [("Bermuda Premier", "Premier of Bermuda")]),
    ("Ontario Premier Ana Ruiz called a snap election.", [("Ontario Premier", "Premier of Ontario")]),
    # a lower-case word at such a country before another lower-case noun is an adjective: no office ...
    ("Kenya's premier tourist island was hit by floods.", []),
    ("Chile's premier paceman Ana Ruiz was rested.", []),
    # ... but not before a verb of saying, or at a country or province whose office it titles
    ("Kenya's premier said the vote would go ahead.", [("Kenya's premier", "Premier of Kenya")]),
    ("China's premier visits Kenya.", [("China's premier", "Premier of China")]),
    ("Ontario's premier faces a vote.", [("Ontario's premier", "Premier of Ontario")]),
])
def test_offices_national_premier_is_the_prime_minister(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("fields, error", [
    ({"level": "state", "country_role": "role.y", "country_titled": ["China"]}, None),
    ({"level": "country", "country_role": "role.y"}, "'country_role' \\(a role id\\) is for roles of level 'state'"),
    # a territory's own office of a state or city role's title ("Lieutenant Governor of Jersey", "Mayor of Pitcairn")
    ({"level": "state", "country_titled": ["China"]}, None),
    ({"level": "city", "country_titled": ["China"]}, None),
    ({"level": "country", "country_titled": ["China"]}, "'country_titled' \\(country names\\) is for roles of level"),
    ({"level": "state", "country_role": "role.z"}, "'country_role' 'role.z' must name a role of level 'country'"),
])
def test_roles_country_role_validated(tmp_path, fields, error):
    import json
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    country = {**ROLE, "id": "role.y", "template": "Prime Minister of {J}", "bare": "Prime minister", "member": False}
    path.write_text(json.dumps({**ROLE, **fields}) + "\n" + json.dumps(country) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].country_titled == ("China",)
    else:
        with pytest.raises(DataError, match=error):
            load_roles(path)


@pytest.mark.parametrize("fields, error", [
    ({"state_titled": ["Australia"]}, None),
    ({"present_in": ["Australia", "Canada"], "state_titled": ["Australia"]}, None),
    ({"level": "state", "state_titled": ["Australia"]}, "'state_titled' \\(country names\\) is for roles of level"),
    ({"present_in": ["Canada"], "state_titled": ["Australia"]}, "only of countries of its 'present_in'"),
])
def test_roles_state_titled_validated(tmp_path, fields, error):
    """A country role's ``state_titled``: countries whose states hold an office of its title, among its
    ``present_in`` where it has one."""
    import json
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].state_titled == ("Australia",)
    else:
        with pytest.raises(DataError, match=error):
            load_roles(path)


@pytest.mark.parametrize("text, expected", [
    # a race's adjective of no told place is of the one country the story's parties name; a ticket's second place
    # runs in its head's race, so the presidency's parties place it too
    ("Presidential candidate Tom Hart said the Democrats would never raise taxes.",
     [("Presidential", "President of the United States")]),
    ("Vice presidential candidate Tom Hart said the Democrats would never raise taxes.",
     [("Vice presidential", "Vice President of the United States")]),
    ("The Democratic vice presidential candidate, Tom Hart, said so.",
     [("vice presidential", "Vice President of the United States")]),
    # near misses: no party, a party of several countries, or no race noun after the adjective
    ("Vice presidential candidate Tom Hart spoke.", []),
    ("Vice presidential candidate Tom Hart of the Green Party spoke.", []),
    ("The vice presidential residence was painted by the Democrats.", []),
])
def test_offices_ticket_race_adjective_placed_by_the_storys_parties(nlp, text, expected):
    assert offices(nlp(text)) == expected


def test_roles_absent_in_names_kb_countries():
    """Every country a role is absent from (or present in, or titled in) is a KB country: a misspelt name would
    silently never match."""
    from pipeline.nlp.resources import load_resources

    from conftest import TEST_MODELS

    res = load_resources(TEST_MODELS)
    for role in res.roles:
        for name in role.absent_in + role.present_in + role.country_titled + role.state_titled:
            assert any(e.type == "country" for e in res.kb.lookup("GPE", name)), (role.id, name)


@pytest.mark.parametrize("fields, error", [
    ({"seats": {"Ruritania": "Member of Parliament for {S}"}, "seat_after": ["seat"]}, None),
    ({"seats": {"Ruritania": "Member of Parliament"}}, "each name with {S}"),
    ({"level": "state", "seats": {"Ruritania": "Member for {S}"}}, "roles of level 'country'"),
    ({"seats": {"Ruritania": "Member for {S}"}, "seat_before": "seat of"}, "'seat_before' must be a list"),
])
def test_roles_seat_fields_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.seats == (("Ruritania", "Member of Parliament for {S}"),))


@pytest.mark.parametrize("fields, error", [
    ({"ticket_of": "role.y", "ticket_nouns": ["running mate"]}, None),
    ({"ticket_of": "role.y"}, "go together"),
    ({"ticket_nouns": ["running mate"]}, "go together"),
    ({"ticket_of": "role.nope", "ticket_nouns": ["running mate"]}, "must name a role of the same level"),
])
def test_roles_ticket_fields_validated(tmp_path, fields, error):
    import json
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    head = {**ROLE, "id": "role.y", "template": "President of {J}", "member": False}
    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n" + json.dumps(head) + "\n", encoding="utf-8")
    if error is None:
        assert load_roles(path)[0].ticket_of == "role.y"
    else:
        with pytest.raises(DataError, match=error) as e:
            load_roles(path)
        assert str(path) in str(e.value)


#: A running mate's office (roles.jsonl ticket_of, ticket_nouns): beside the race's office, the ticket's second place
#: of the same jurisdiction; the nearest race of the sentence, never the running mate's own title; with no race's
#: office, none ("his running mate on the relay team"), nor a second one where its adjective names it already.
@pytest.mark.parametrize("text, expected", [
    ("Ivan Petrov picks Ana Ruiz as his running mate in the Peruvian presidential election.",
     [("running mate", "Vice President of Peru"), ("Peruvian presidential", "President of Peru")]),
    ("Ivan Petrov, the Republican candidate for Governor of Ohio, names Ana Ruiz as his running mate.",
     [("Governor of Ohio", "Governor of Ohio"), ("running mate", "Lieutenant Governor of Ohio")]),
    ("In the presidential election in Peru, Ivan Petrov picks Ohio Governor Ana Ruiz as his running mate.",
     [("presidential", "President of Peru"), ("Ohio Governor", "Governor of Ohio"),
      ("running mate", "Vice President of Peru")]),
    ("Ivan Petrov picks Ana Ruiz as his vice presidential running mate in the Peruvian presidential election.",
     [("vice presidential", "Vice President of Peru"), ("Peruvian presidential", "President of Peru")]),
    ("Ivan Petrov was his running mate on the relay team.", []),
])
def test_offices_running_mate_is_the_tickets_second_place(nlp, text, expected):
    assert offices(nlp(text)) == expected


def _roles_validated(tmp_path, fields, error, check):
    import json
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_roles

    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps({**ROLE, **fields}) + "\n", encoding="utf-8")
    if error is None:
        assert check(load_roles(path)[0])
    else:
        with pytest.raises(DataError, match=error) as e:
            load_roles(path)
        assert str(path) in str(e.value)


@pytest.mark.parametrize("text, org", [
    ("The European Parliament voted on the budget.", "European Parliament"),
    ("Voters in Latvia go to the polls; the European Parliament election ends Sunday.", None),
    # a body named as its members' office is no organisation there either; a party's leader keeps the party
    ("Voters elect all 650 members of the United Kingdom House of Commons.", None),
    ("Knesset member Ana Ruiz spoke.", None),
    ("Ana Ruiz, leader of the Labour Party, spoke.", "Labour Party"),
    # nor a run of capitalised words the KB does not know inside a title its own words name; a KB body stays
    ("Former US District attorney Ana Ruiz is elected mayor of Lyon.", None),
    ("EU commissioner Ana Ruiz spoke in Lyon.", "EU"),
])
def test_offices_body_named_as_office_is_no_org_there(nlp, text, org):
    doc = nlp(text)
    orgs = [s.text for s in doc.spans["mentions"] if s.label_ == "ORG"]
    assert orgs == ([org] if org else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a legislature (KB type, or a name ending in a legislature's head word) beside "member(s)", "seat(s)"
        ("Voters elect all 650 members of the United Kingdom House of Commons.",
         [("members of the United Kingdom House of Commons", "Member of Parliament of the United Kingdom")]),
        ("Knesset member Ana Ruiz spoke.", [("Knesset member", "Member of the Knesset")]),
        # ... or "deputy", a legislator's word in many countries, only beside the legislature; a deputy of anyone
        # else, or a body's deputy speaker, is none
        ("Duma deputy Ana Ruiz spoke.", [("Duma deputy", "Member of the State Duma")]),
        ("Ana Ruiz, a deputy in the Russian Duma, spoke.", [("deputy in the Russian Duma", "Member of the State Duma")]),
        ("Ana Ruiz, a deputy of the Kenyan parliament, spoke.",
         [("deputy of the Kenyan parliament", "Member of the Parliament of Kenya")]),
        ("Tom Hart, deputy of the Green Party, spoke.", []),
        ("Tom Hart, deputy to Ana Ruiz, spoke in Kenya.", []),
        ("The Duma deputy speaker, Ana Ruiz, spoke.", [("Duma deputy speaker", "Deputy Speaker of the State Duma")]),
        # "House of Commons" is Canada's and the United Kingdom's (roles.jsonl generic_bodies): the story's country
        ("In the Canadian election, the Tories win most seats in the House of Commons.",
         [("seats in the House of Commons", "Member of the House of Commons of Canada")]),
        ("British voters elect 650 members of the House of Commons.",
         [("members of the House of Commons", "Member of Parliament of the United Kingdom")]),
        ("Ana Ruiz, a Canadian MP, resigns.", [("Canadian MP", "Member of the House of Commons of Canada")]),
        ("Ana Ruiz, a British MP, resigns.", [("British MP", "Member of Parliament of the United Kingdom")]),
        ("Ana Ruiz wins a seat in the Scottish Parliament.",
         [("seat in the Scottish Parliament", "Member of the Scottish Parliament")]),
        ("Delegates choose the members for a new Constituent Assembly.",
         [("members for a new Constituent Assembly", "Member of the Constituent Assembly")]),
        # a legislature's presiding officer; a party's chairman is its leader
        ("Russian Federation Council Speaker Ana Ruiz spoke.",
         [("Russian Federation Council Speaker", "Speaker of the Federation Council")]),
        ("Ana Ruiz, chairman of the Knesset, spoke.", [("chairman of the Knesset", "Speaker of the Knesset")]),
        ("Ana Ruiz, chairman of the Labour Party, spoke.", [("chairman of the Labour Party", "Leader of the Labour Party")]),
        # ... or named before a race noun: the body is then the office, no organisation
        ("Israelis vote in the Knesset election.", [("Knesset", "Member of the Knesset")]),
        ("Voters go to the polls for a General National Congress election.",
         [("General National Congress", "Member of the General National Congress")]),
        # a numbered legislature the KB knows; one it does not know could be any country's
        ("Voters elect the 225 members of the 17th Parliament of Sri Lanka.",
         [("members of the 17th Parliament of Sri Lanka", "Member of the Parliament of Sri Lanka")]),
        ("Voters elect the 577 members of the 16th Citizens Assembly.", []),
        # ... or a body every country has, of the story's country; of no told country, none
        ("Voters in France elect the 577 members of the 16th National Assembly.",
         [("members of the 16th National Assembly", "Member of the National Assembly of France")]),
        ("Voters elect the 577 members of the 16th National Assembly.", []),
        # a body the KB does not know, named after a demonym: the encyclopedia's "<body> of <country>"
        ("Voters go to the polls for the Bhutanese Citizens Assembly election.",
         [("Bhutanese Citizens Assembly", "Member of the Citizens Assembly of Bhutan")]),
        ("Voters elect the members of the American Citizens Assembly.",
         [("members of the American Citizens Assembly", "Member of the Citizens Assembly of the United States")]),
        # ... and no demonym, no country
        ("Voters go to the polls for the Citizens Assembly election.",
         [("Citizens Assembly", "Member of the Citizens Assembly")]),
        # a body every country has (roles.jsonl generic_bodies) the KB does not know is the story's country's
        ("Voters in Chile elect the members of the Legislative Assembly.",
         [("members of the Legislative Assembly", "Member of the Legislative Assembly of Chile")]),
        ("Protesters in Chile demand that the Dveri party win seats in the House of Assembly.",
         [("seats in the House of Assembly", "Member of the House of Assembly of Chile")]),
        # ... a body of its own name stays as it is named, and a generic one of no told country too
        ("Voters in Chile go to the polls for the Citizens Assembly election.",
         [("Citizens Assembly", "Member of the Citizens Assembly")]),
        ("Delegates elect the members of the Legislative Assembly.",
         [("members of the Legislative Assembly", "Member of the Legislative Assembly")]),
        # not a legislature: a party's members hold no office; a body that acts is no office
        ("Ana Ruiz is a member of the Labour Party.", []),
        ("Members of the Election Commission met.", []),
        ("The Knesset voted on the budget.", []),
        ("Ana Ruiz is one of the members of the European Commission.", []),
        ("Members of the Supreme Electoral Tribunal met.", []),
    ],
)
def test_offices_legislature_members(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a parliament's recognised opposition leader, where the law makes one (present_in), placed by its own words or
    # the story's nearest place; the UK's post keeps its established name
    ("Opposition Leader Ivan Petrov will target marginal seats in the Australian federal election.",
     [("Opposition Leader", "Leader of the Opposition of Australia")]),
    ("Britain's opposition leader Ivan Petrov calls for an early election.",
     [("Britain's opposition leader", "Leader of the Opposition")]),
    ("Ana Ruiz stands down as Leader of the Opposition in Australia.",
     [("Leader of the Opposition", "Leader of the Opposition of Australia")]),
    # ... with no place, the one country of the story's parties named in full
    ("Sir Ivan Petrov becomes Leader of the Labour Party and Leader of the Opposition.",
     [("Leader of the Labour Party", "Leader of the Labour Party"), ("Leader of the Opposition", "Leader of the Opposition")]),
    # near misses: where no such post exists an opposition leader is a politician, and a farther place of the
    # story, a party's adjective or the story's parties never place the post elsewhere
    ("Zambian opposition leader Ivan Petrov concedes the presidential election.",
     [("presidential", "President of Zambia")]),
    ("Togolese police arrest opposition leader Ivan Petrov after the election, Britain says.", []),
    ("South Koreans elect a president. Conservative opposition leader Ivan Petrov wins.",
     [("president", "President of South Korea")]),
    ("South Koreans elect a president. Opposition leader Ivan Petrov of the Conservative Party wins.",
     [("president", "President of South Korea")]),
    ("Conservative opposition leader Ivan Petrov calls for an early election.", []),
    # ... a state's opposition leader is no country's: the state's own where its country's states have one
    # (role.opposition_leader's state_titled), none elsewhere
    ("Ana Ruiz stands down as Leader of the Opposition in the Australian state of Queensland.",
     [("Leader of the Opposition in the Australian state of Queensland", "Leader of the Opposition of Queensland")]),
    ("Ana Ruiz stands down as Leader of the Opposition in the US state of Ohio.", []),
    # ... "opposition" before a party's name is the party's: its leader's office
    ("Ana Ruiz is elected leader of the opposition Labour Party.",
     [("leader of the opposition Labour Party", "Leader of the Labour Party")]),
    ("Movement for Democratic Change opposition leader Ivan Petrov is arrested in Zimbabwe.",
     [("Movement for Democratic Change opposition leader", "Leader of the Movement for Democratic Change")]),
    # a party's deputy leader, beside the party as its leader is
    ("Labour deputy leader Ana Ruiz resigns.", [("Labour deputy leader", "Deputy Leader of the Labour Party")]),
    ("Ana Ruiz, deputy leader of the Conservative Party, resigns.",
     [("deputy leader of the Conservative Party", "Deputy Leader of the Conservative Party")]),
    ("The Labour Party elects Ana Ruiz as its deputy leader.", [("deputy leader", "Deputy Leader of the Labour Party")]),
    # ... near misses: no party beside it
    ("Ana Ruiz, the deputy leader of the rebel group, is killed.", []),
    ("Former deputy leader of Malaysia Ana Ruiz returns home.", []),
])
def test_offices_opposition_and_deputy_leaders(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a head of government's or state's deputy is an office of its own, as a deputy prime minister's is
    ("Israeli Alternate Prime Minister Ana Ruiz says the coalition will hold.",
     [("Israeli Alternate Prime Minister", "Alternate Prime Minister of Israel")]),
    ("Kenyan Deputy President Ana Ruiz concedes the election.", [("Kenyan Deputy President", "Deputy President of Kenya")]),
    ("German Vice-Chancellor Ana Ruiz calls for early elections.", [("German Vice-Chancellor", "Vice-Chancellor of Germany")]),
    ("Ana Ruiz becomes Vice-Chancellor of Austria after the election.",
     [("Vice-Chancellor of Austria", "Vice-Chancellor of Austria")]),
    ("Ontario Deputy Premier Ana Ruiz resigns before the election.", [("Ontario Deputy Premier", "Deputy Premier of Ontario")]),
    ("Chinese vice-premier Ana Ruiz visits Washington.", [("Chinese vice-premier", "Vice Premier of China")]),
    ("Scotland's deputy first minister Ana Ruiz resigns.",
     [("Scotland's deputy first minister", "Deputy First Minister of Scotland")]),
    ("Maharashtra Deputy Chief Minister Ana Ruiz resigns.",
     [("Maharashtra Deputy Chief Minister", "Deputy Chief Minister of Maharashtra")]),
    # Malawi's press calls its Vice-President so: the post by its established name
    ("Deputy President Ana Ruiz received 18 percent of the votes in Malawi.",
     [("Deputy President", "Vice President of Malawi")]),
    # near misses: where the post is named otherwise or not at all, a university's head, a party's deputy
    ("Deputy President Ana Ruiz received 18 percent of the votes in Peru.", []),
    ("The Oxford vice-chancellor Ana Ruiz resigns after talks in Berlin.", []),
    ("In Britain, vice-chancellor Ana Ruiz resigns after talks in Berlin.", []),
    ("The vice-chancellor of the University of Kestrel, Ana Ruiz, resigns in Germany.", []),
    ("African National Congress deputy president Ana Ruiz campaigns in Durban.",
     [("African National Congress deputy president", "Deputy Leader of the African National Congress")]),
])
def test_offices_deputies_of_heads_of_government(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "in the <country's> state of <place>" after a country's office that titles no name: the state's office
    ("Lawmakers in the U.S. state of Kestrel pass a strict abortion law.", []),
    ("Ana Ruiz stands down as Leader of the Opposition in the state of Kestrel in Australia.", []),
    # near misses: a country, or a place alone (where national members come from)
    ("Lawmakers in the United States pass a strict abortion law.", [("Lawmakers", "Member of the United States Congress")]),
    ("Some MPs in Scotland fear losing their seats at the general election.",
     [("MPs", "Member of Parliament of the United Kingdom")]),
])
def test_offices_country_office_in_a_state_is_the_states(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a place and its lower-case administrative head before the title of a name: the place of that level, named
    # with its head capitalised (a place the KB knows below the level, or a run it does not know)
    ("Kano state governor Ana Ruiz wins re-election in Nigeria.", [("Kano state governor", "Governor of Kano State")]),
    ("A crash in Sudan kills Al-Kestrel state governor Ana Ruiz and four officials.",
     [("Al-Kestrel state governor", "Governor of Al-Kestrel State")]),
    ("Former Kestrel state governor Ana Ruiz is arrested in Nigeria.",
     [("Kestrel state governor", "Governor of Kestrel State")]),
    ("Kestrel province governor Ana Ruiz is killed in Afghanistan.",
     [("Kestrel province governor", "Governor of Kestrel Province")]),
    # near misses: a state the KB knows is its own name; no place, or a country, before the head
    ("New York state governor Ana Ruiz signs the bill.", [("New York state governor", "Governor of New York")]),
    ("The state governor Ana Ruiz signs the bill in Nigeria.", [("governor", "Governor")]),
    ("US state governor Ana Ruiz signs the bill.", [("governor", "Governor")]),
    ("Kestrel state governors meet in Nigeria.", []),
])
def test_offices_place_before_a_lower_case_head(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the federal secretary of state by its established name; a state's by its state
    ("US Secretary of State Ana Ruiz visits Kabul.", [("US Secretary of State", "United States Secretary of State")]),
    ("America's secretary of state, Ana Ruiz, visits Kabul.",
     [("America's secretary of state", "United States Secretary of State")]),
    ("Ohio Secretary of State Ana Ruiz certifies the election.", [("Ohio Secretary of State", "Secretary of State of Ohio")]),
])
def test_offices_secretary_of_state_by_its_name(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an abbreviation that names one chamber's members, in a story on its country (the nearest place)
    ("Brian Kestrel, TD is elected as Irish Taoiseach by 88 votes to 76.",
     [("TD", "Member of Dáil Éireann"), ("Irish Taoiseach", "Taoiseach")]),
    ("TD Ana Ruiz resigns from the party in Ireland.", [("TD", "Member of Dáil Éireann")]),
    ("The conference in Israel is headed by MK Ana Ruiz.", [("MK", "Member of the Knesset")]),
    ("MSP Ana Ruiz resigns in Scotland.", [("MSP", "Member of the Scottish Parliament")]),
    # near misses: a touchdown, a bank, a club; lower case
    ("The quarterback threw a TD pass to Ana Ruiz in Texas.", []),
    ("TD Waterhouse Ana Ruiz wins the match.", []),
    ("MK Dons beat Kestrel United 2-0 at Stadium MK.", []),
    ("The td cell of the table in Ireland is empty.", []),
])
def test_offices_chamber_abbreviations(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a chamber's common word beside a member noun or after an election cue: the story's country's chamber
        # (legislatures.jsonl); "Congress" is a two-chamber Congress's lower house, a one-chamber Congress itself
        ("Brazilian clown Ana Ruiz wins a seat in Congress.",
         [("seat in Congress", "Member of the Chamber of Deputies of Brazil")]),
        ("In Guatemala, voters elect members for a new Congress.",
         [("members for a new Congress", "Member of the Congress of Guatemala")]),
        ("In Ohio, Ana Ruiz wins a seat in Congress.",
         [("seat in Congress", "Member of the United States House of Representatives")]),
        ("Guatemala holds elections for Congress and the presidency.",
         [("Congress", "Member of the Congress of Guatemala"), ("presidency", "President of Guatemala")]),
        ("Ana Ruiz is elected to the Senate in the Philippine general election.",
         [("Senate", "Member of the Senate of the Philippines")]),
        ("Ana Ruiz wins a seat in the Chamber of Deputies in Chile.",
         [("seat in the Chamber of Deputies", "Member of the Chamber of Deputies of Chile")]),
        ("Republicans gain eight House seats in Ohio and Texas.",
         [("House seats", "Member of the United States House of Representatives")]),
        # ... "parliament" in lower case too; the country of the story's other offices
        ("In Malaysia, voters decide the holders of seats in parliament.",
         [("seats in parliament", "Member of the Parliament of Malaysia")]),
        ("Prime Minister Ana Ruiz of Malaysia is likely to lose her seat in parliament.",
         [("Prime Minister", "Prime Minister of Malaysia"), ("seat in parliament", "Member of the Parliament of Malaysia")]),
        ("In Malaysia, the university senate elects Ana Ruiz.", []),
        # ... not a headline read as a body's name
        ("Romania Faces Hung Parliament Risk. In Romania, the ruling party falls short of a majority in parliament in "
         "Sunday's election.", [("parliament", "Member of the Parliament of Romania")]),
        # ... a body the story named before, whose name the word ends
        ("A judge reinstates the members of the National Congress of Ecuador; the tribunal dismissed the members "
         "of Congress.", [("members of the National Congress of Ecuador", "Member of the National Congress of Ecuador"),
                          ("members of Congress", "Member of the National Congress of Ecuador")]),
        # ... a body joined to an office after an election cue
        ("Voters in Ecuador elect the president and the National Assembly.",
         [("president", "President of Ecuador"), ("National Assembly", "Member of the National Assembly of Ecuador")]),
        ("Voters in Ecuador elect a president and a new National Assembly.",
         [("president", "President of Ecuador"), ("National Assembly", "Member of the National Assembly of Ecuador")]),
        # ... past the words that describe the body between the cue and it (qualifiers.tsv body_left, a country's
        # possessive, an ordinal, a size): pool2 "elections to its one-party parliament", "the 17th National
        # Assembly", "the 141-seat parliament"
        ("Laos announces the results of elections to its one-party parliament.",
         [("parliament", "Member of the National Assembly of Laos")]),
        ("Citizens of Guatemala vote to elect the country's new Congress.",
         [("Congress", "Member of the Congress of Guatemala")]),
        ("Voters in Lithuania vote to elect the 141-seat parliament.", [("parliament", "Member of the Seimas")]),
        ("Voters in Ecuador vote in elections for the 17th National Assembly.",
         [("National Assembly", "Member of the National Assembly of Ecuador")]),
        # ... not past a capitalised word, which names the body ("elections to the National Congress of Ecuador" is
        # that body, not a "Congress" of the story), nor past a noun that is no description ("its leader's Congress")
        ("Voters in Ecuador vote in elections to the National Congress of Ecuador.",
         [("National Congress of Ecuador", "Member of the National Congress of Ecuador")]),
        ("In Guatemala, Ana Ruiz calls for elections to its party congress.", []),
        # ... and past them after a member noun's "of the" too ("members of the 141-seat parliament", "members of
        # the country's congress": lower case as well, "members of the 245-seat Kestrel Assembly")
        ("Voters in Lithuania elect members of the 141-seat parliament.",
         [("members of the 141-seat parliament", "Member of the Seimas")]),
        ("Citizens of Guatemala vote for new members of the country's congress.",
         [("members of the country's congress", "Member of the Congress of Guatemala")]),
        ("In Guatemala, the members of the nation's congress approve the budget.",
         [("members of the nation's congress", "Member of the Congress of Guatemala")]),
        ("In Peru, Ana Ruiz wins a seat in congress.", [("seat in congress", "Member of the Congress of the Republic of Peru")]),
        # ... not past a word that is no description of the body, nor to a congress with no country told
        ("In Guatemala, the members of the party congress approve the budget.", []),
        ("Ana Ruiz wins a seat in congress.", []),
        # ... "control of" or "a majority in" a body, in a sentence about an election only
        ("Republicans retain control of the U.S. House of Representatives in the midterm elections.",
         [("U.S. House of Representatives", "Member of the United States House of Representatives")]),
        ("The ruling party wins a majority in the National Assembly in the South Korean legislative election.",
         [("National Assembly", "Member of the National Assembly of South Korea")]),
        # ... "a plurality in", "the balance of power in", "to renew" a body; past a country's possessive
        ("In the Norwegian election, the Labour Party keeps its plurality in the Storting.",
         [("Storting", "Member of the Storting")]),
        ("Norwegians vote in an election that will decide the balance of power in the Storting.",
         [("Storting", "Member of the Storting")]),
        ("Argentina holds legislative elections to renew half the Chamber of Deputies.",
         [("Chamber of Deputies", "Member of the Argentine Chamber of Deputies")]),
        ("In the election, the opposition wins a majority in Poland's Sejm.", [("Sejm", "Member of the Sejm")]),
        ("The ruling party loses its majority in Portugal's Assembly of the Republic in Sunday's election.",
         [("Assembly of the Republic", "Member of the Assembly of the Republic of Portugal")]),
        # ... a chamber's common word past the possessive is one office; "Chamber of Deputies" names a one-chamber
        # country's legislature too
        ("In the election in Luxembourg, the ruling party increases its plurality in Luxembourg's Chamber of Deputies.",
         [("Luxembourg's Chamber of Deputies", "Member of the Chamber of Deputies of Luxembourg")]),
        # a body the KB names with its country's demonym, named without it in a story on that country
        ("In Switzerland, the Federal Assembly votes to elect the new member of the Federal Council.",
         [("member of the Federal Council", "Member of the Swiss Federal Council")]),
        ("In Austria, Ana Ruiz is a member of the Federal Council.",
         [("member of the Federal Council", "Member of the Austrian Federal Council")]),
        ("Ana Ruiz is a member of the Federal Council.", []),
        ("In Switzerland, the Federal Council approves the budget.", []),
        # near misses: a chamber that acts, one outside an election, a word inside a longer name, no told country,
        # a country without that chamber, a state's chamber, a place before "House"
        ("In Brazil, Congress passes the budget.", []),
        ("The opposition controls a majority in the National Assembly of South Korea.", []),
        ("The government keeps its plurality in Poland's Sejm after the vote on the budget.", []),
        ("Norway's government agrees to renew the Storting's mandate for the committee.", []),
        ("In the election, Ohio's Senate keeps its plurality in the state.", []),
        ("Republicans retain control of the U.S. House of Representatives after the vote on the bill.", []),
        ("In India, Ana Ruiz wins a seat for the Congress Party.", []),
        ("Ana Ruiz wins a seat in Congress.", []),
        ("In Peru, Ana Ruiz wins a seat in the Senate.", []),
        ("In Ohio, Ana Ruiz wins a seat in the state Senate.", [("state Senate", "Member of the Ohio State Senate")]),
        ("In Ohio, protesters block the White House seats.", []),
        ("Voters in Ecuador elect the president, and the National Assembly meets.",
         [("president", "President of Ecuador")]),
        # the body named through a possessive pronoun ("its", "their") is the story's country's
        ("Hong Kong goes to the polls to choose the members of its Legislative Council.",
         [("members of its Legislative Council", "Member of the Legislative Council of Hong Kong")]),
        ("Thais vote for the members of their House of Representatives.",
         [("members of their House of Representatives", "Member of the House of Representatives of Thailand")]),
        ("Voters in Tuvalu elect the 15 members of their parliament.",
         [("members of their parliament", "Member of the Parliament of Tuvalu")]),
        ("In Tuvalu, the club's members of its board meet on Sunday.", []),
        ("Voters in France elect the members of the country's National Assembly.",
         [("members of the country's National Assembly", "Member of the National Assembly of France")]),
    ],
)
def test_offices_chambers_named_as_members_offices(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a seat named by its constituency, in a country whose members are named so (roles.jsonl `seats`)
        ("Ana Ruiz wins the constituency of Ashby and Lyne in Northshire, England.",
         [("constituency of Ashby and Lyne", "Member of Parliament for Ashby and Lyne")]),
        # the cue after the seat is part of the office's mention: the seat's name is a GPE mention of its own
        ("British voters in the Eastleigh by-election chose Ana Ruiz.",
         [("Eastleigh by-election", "Member of Parliament for Eastleigh")]),
        ("The Labour Party holds the Peterborough seat.",
         [("Peterborough seat", "Member of Parliament for Peterborough")]),
        ("Ana Ruiz, the MP for Stoke-on-Trent Central, spoke in Britain.",
         [("MP for Stoke-on-Trent Central", "Member of Parliament for Stoke-on-Trent Central")]),
        ("Canadian MP Ana Ruiz lost her seat of Labrador.",
         [("Canadian MP", "Member of the House of Commons of Canada"), ("seat of Labrador", "Member of Parliament for Labrador")]),
        # no such country in the story, a party's or a body's seat, a sentence's first word: no seat
        # a cue that ends the seat named before it names no second seat after it: the place the seat lies in
        ("Ana Ruiz wins the Ashby and Lyne by-election in Northshire, England.",
         [("Ashby and Lyne by-election", "Member of Parliament for Ashby and Lyne")]),
        ("Labour wins a by-election in Kettering, England.",
         [("by-election in Kettering", "Member of Parliament for Kettering")]),
        ("Ana Ruiz tops the poll in the Mayo constituency.", []),
        ("In Britain, Ana Ruiz held a safe Conservative seat.", []),
        ("In Britain, the seat was vacated.", []),
        ("Ana Ruiz won in Britain. The seat was vacated.", []),
        # no constituency called "Senate": the seat is one of the story's country's chamber
        ("In Ohio, Ana Ruiz kept her Senate seat.", [("Senate seat", "Member of the United States Senate")]),
    ],
)
def test_offices_seats(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a known place and a party's word before the member's noun: the member's city and party, no seat's name
        ("Tom Hart, an Ottawa New Democrat MP, said the bill was wrong.",
         [("MP", "Member of the House of Commons of Canada")]),
        ("Tom Hart, a Toronto Liberal MP, said the bill was wrong in Canada.",
         [("MP", "Member of the House of Commons of Canada")]),
        # ... a seat's name that ends in a party's word is still one where its first words are no known place
        ("Tom Hart, the Bethnal Green MP, said so in Britain.",
         [("Bethnal Green MP", "Member of Parliament for Bethnal Green")]),
    ],
)
def test_offices_seat_name_is_no_place_and_party(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office that exists in one country only is never the story's other country's (roles.jsonl present_in)
        ("Ana Ruiz met France's interior minister in Paris. Home Secretary Mara Velt told reporters the UK would act.",
         [("France's interior minister", "Minister of the Interior of France"),
          ("Home Secretary", "Home Secretary")]),
        ("Home Secretary Mara Velt visited Paris.", []),
        # ... its own words still name another country's
        ("Indian Home Secretary Raj Velt met officials.", [("Indian Home Secretary", "Home Secretary of India")]),
        # an acronym after the titled name is the holder's party, not the council's city ("Mayor X of Velmar" is)
        ("In Lyon, councillor Ana Ruiz of ZPK spoke.", [("councillor", "Member of the Lyon City Council")]),
        ("In Lyon, councillor Ana Ruiz of Velmar spoke.", [("councillor", "Member of the Velmar City Council")]),
    ],
)
def test_offices_place_of_a_one_country_role_or_after_the_name(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the Assembly" names the story's country's chamber only where that chamber's name holds the word
        ("Citizens in Turkmenistan head to the polls to elect the 125 members of the Assembly.",
         [("members of the Assembly", "Member of the Assembly of Turkmenistan")]),
        ("Citizens in France head to the polls to elect the members of the Assembly.",
         [("members of the Assembly", "Member of the National Assembly of France")]),
        # ... a country whose legislature is no Assembly: a state's assembly, not the country's
        ("Voters in California elect members of the Assembly.", []),
    ],
)
def test_offices_assembly_names_only_an_assembly(nlp, text, expected):
    assert offices(nlp(text)) == expected


def office_rows(doc):
    return [(s.text, s._.entity, s._.jurisdiction) for s in doc.spans["mentions"] if s.label_ == "OFFICE"]


@pytest.mark.parametrize(
    "text, expected, holds",
    [
        # a titled head of government or legislator without a place: a bare office, not nothing
        ("President Tomas Brevik spoke on Tuesday.", [("President", "President", None)], ("Tomas Brevik", "President")),
        ("Sen. Dana Kowalczyk voted no.", [("Sen.", "Senator", None)], ("Dana Kowalczyk", "Senator")),
        ("Gov. Ilse Varga signed the bill.", [("Gov.", "Governor", None)], ("Ilse Varga", "Governor")),
        ("Rep. Omar Feldt asked for a recount.", [("Rep.", "Representative", None)], ("Omar Feldt", "Representative")),
        ("Prime Minister Anouk Delacroix resigned.", [("Prime Minister", "Prime minister", None)],
         ("Anouk Delacroix", "Prime minister")),
        # "of <place>" right after the titled name, a place the KB may not know
        ("Mayor Ilse Varga of Passaic was arrested.", [("Mayor", "Mayor of Passaic", "Passaic")],
         ("Ilse Varga", "Mayor of Passaic")),
        # ... but a party after "of" is no place
        ("President Tomas Brevik of the Green Party spoke.", [("President", "President", None)],
         ("Tomas Brevik", "President")),
        # the document's places give the jurisdiction
        ("Gov. Ilse Varga of Ohio signed the bill.", [("Gov.", "Governor of Ohio", "Ohio")],
         ("Ilse Varga", "Governor of Ohio")),
        ("In Oregon, Gov. Ilse Varga signed the bill.", [("Gov.", "Governor of Oregon", "Oregon")],
         ("Ilse Varga", "Governor of Oregon")),
        # the knowledge base knows which office of the role a titled person holds (models/kb/entities.jsonl)
        ("President Maia Sandu spoke.", [("President", "President of Moldova", "Moldova")],
         ("Maia Sandu", "President of Moldova")),
        # models/kb/leaders.jsonl: heads of state and government
        ("Prime Minister Liz Truss resigned.", [("Prime Minister", "Prime Minister of the United Kingdom", "United Kingdom")],
         ("Liz Truss", "Prime Minister of the United Kingdom")),
        ("President Vladimir Putin spoke.", [("President", "President of Russia", "Russia")],
         ("Vladimir Putin", "President of Russia")),
        ("Prime Minister Lars Lokke Rasmussen resigned.",
         [("Prime Minister", "Prime Minister of Denmark", "Denmark")], ("Lars Løkke Rasmussen", "Prime Minister of Denmark")),
        ("President Abdulla Yameen concedes.", [("President", "President of the Maldives", "Maldives")],
         ("Abdulla Yameen", "President of the Maldives")),
        # models/kb/governors.jsonl: United States governors since 2000, by the state the KB records
        ("Governor Jay Inslee announced new rules.", [("Governor", "Governor of Washington", "Washington")],
         ("Jay Inslee", "Governor of Washington")),
        ("Gov. Mike Pence signed the bill.", [("Gov.", "Governor of Indiana", "Indiana")],
         ("Mike Pence", "Governor of Indiana")),
        # ... and a governor's KB office is no other role's: Jeanne Shaheen sits in the Senate too
        ("Sen. Jeanne Shaheen spoke.", [("Sen.", "Senator", None)], ("Jeanne Shaheen", "Senator")),
        # ... or by an established name of the role (roles.jsonl names; models/kb/cabinet.jsonl: United States
        # secretaries of state, defense and the treasury since 2000)
        ("Secretary of State Colin Powell will visit Tokyo.",
         [("Secretary of State", "United States Secretary of State", "United States")],
         ("Colin Powell", "United States Secretary of State")),
        ("Defense Secretary Donald Rumsfeld spoke.",
         [("Defense Secretary", "United States Secretary of Defense", "United States")],
         ("Donald Rumsfeld", "United States Secretary of Defense")),
        ("Senator Hillary Clinton spoke.", [("Senator", "Member of the United States Senate", "United States")],
         ("Hillary Clinton", "Member of the United States Senate")),
        # ... the attorneys general and homeland security secretaries since 2000 (cabinet.jsonl; governors.jsonl for
        # a governor who held the post too)
        ("Attorney General John Ashcroft announced the charges.",
         [("Attorney General", "Attorney General of the United States", "United States")],
         ("John Ashcroft", "Attorney General of the United States")),
        ("Homeland Security Secretary Tom Ridge raised the alert level.",
         [("Homeland Security Secretary", "United States Secretary of Homeland Security", "United States")],
         ("Tom Ridge", "United States Secretary of Homeland Security")),
        ("Gov. Tom Ridge signed the bill.", [("Gov.", "Governor of Pennsylvania", "Pennsylvania")],
         ("Tom Ridge", "Governor of Pennsylvania")),
        # ... a state's own attorney general, told, is his; one the KB does not know has no place
        ("Ohio Attorney General Eric Holder spoke.", [("Ohio Attorney General", "Attorney General of Ohio", "Ohio")],
         ("Eric Holder", "Attorney General of Ohio")),
        ("Attorney General Ana Ruiz spoke.", [], None),
        # models/kb/monarchs.jsonl: the reigning monarchs since 2000, by the realm the KB records
        ("Queen Elizabeth II left the hospital.", [("Queen", "Queen of the United Kingdom", "United Kingdom")],
         ("Elizabeth II", "Queen of the United Kingdom")),
        ("King Juan Carlos opened the session.", [("King", "King of Spain", "Spain")],
         ("Juan Carlos I", "King of Spain")),
        # ... the emirs of Qatar and Kuwait since 2000 (an emir is placed by its own words alone: the KB places it)
        ("Emir Sheikh Tamim bin Hamad Al Thani opened the summit.", [("Emir", "Emir of Qatar", "Qatar")],
         ("Tamim bin Hamad Al Thani", "Emir of Qatar")),
        ("The emir, Sheikh Nawaf al-Ahmad al-Sabah, accepted the resignation.", [("emir", "Emir of Kuwait", "Kuwait")],
         ("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Emir of Kuwait")),
        # ... near misses: a militant's "emir" and the first name Emir stay no office
        ("Islamic State emir Abu Bakr al-Baghdadi was killed.", [], None),
        ("Emir Ana Ruiz scored twice for the club.", [], None),
        # models/kb/first_ministers.jsonl: the first ministers (and deputies) of Scotland, Wales and Northern
        # Ireland since 1999 ("First Minister X" of no nation told)
        ("First Minister Nicola Sturgeon confirmed the plan.",
         [("First Minister", "First Minister of Scotland", "Scotland")], ("Nicola Sturgeon", "First Minister of Scotland")),
        ("Deputy First Minister Martin McGuinness resigned.",
         [("Deputy First Minister", "Deputy First Minister of Northern Ireland", "Northern Ireland")],
         ("Martin McGuinness", "Deputy First Minister of Northern Ireland")),
        # ... one who held both posts takes the one the title names
        ("Deputy First Minister Michelle O'Neill spoke.",
         [("Deputy First Minister", "Deputy First Minister of Northern Ireland", "Northern Ireland")],
         ("Michelle O'Neill", "Deputy First Minister of Northern Ireland")),
        # ... one the KB does not know is none (a first minister is a nation's of the United Kingdom, or a state's)
        ("First Minister Ana Ruiz spoke.", [], None),
        # models/kb/foreign_ministers.jsonl: foreign ministers of 14 countries since 2000 (a leader's record holds the
        # post too: Kevin Rudd), "Foreign Minister X" of no country told, or of a story naming several
        ("Foreign Minister Alexander Downer dismissed the claims about Iraq.",
         [("Foreign Minister", "Minister of Foreign Affairs of Australia", "Australia")],
         ("Alexander Downer", "Minister of Foreign Affairs of Australia")),
        ("Foreign Minister Kevin Rudd flew to Kabul.",
         [("Foreign Minister", "Minister of Foreign Affairs of Australia", "Australia")],
         ("Kevin Rudd", "Minister of Foreign Affairs of Australia")),
        # ... the record's other post is another role's: a prime minister's title still reads it
        ("Prime Minister Kevin Rudd flew to Kabul.",
         [("Prime Minister", "Prime Minister of Australia", "Australia")], ("Kevin Rudd", "Prime Minister of Australia")),
        # ... a country told is the text's
        ("German Foreign Minister Sergei Lavrov spoke.",
         [("German Foreign Minister", "Minister of Foreign Affairs of Germany", "Germany")],
         ("Sergei Lavrov", "Minister of Foreign Affairs of Germany")),
        # models/kb/state_council.jsonl: China's premiers and vice premiers since 2000 ("Vice Premier X" visiting
        # another country), a record's other post by its own title
        ("Vice Premier Wang Yang will travel to Washington.", [("Vice Premier", "Vice Premier of China", "China")],
         ("Wang Yang", "Vice Premier of China")),
        ("Vice President Wang Qishan attended the inauguration in Kyiv.",
         [("Vice President", "Vice President of China", "China")], ("Wang Qishan", "Vice President of China")),
        # models/kb/premiers.jsonl: the Canadian provinces' and Australian states' premiers since 2000, as
        # governors.jsonl's governors ("Premier X" of no province told)
        ("Premier Doug Ford announced new rules.", [("Premier", "Premier of Ontario", "Ontario")],
         ("Doug Ford", "Premier of Ontario")),
        ("Premier Gladys Berejiklian closed the border.", [("Premier", "Premier of New South Wales", "New South Wales")],
         ("Gladys Berejiklian", "Premier of New South Wales")),
        # ... a province told is the text's, and an unknown premier stays bare
        ("Alberta Premier Doug Ford spoke.", [("Alberta Premier", "Premier of Alberta", "Alberta")],
         ("Doug Ford", "Premier of Alberta")),
        ("Premier Ana Ruiz spoke.", [("Premier", "Premier", None)], ("Ana Ruiz", "Premier")),
        # ... an heir's office is his own, not the one where the story takes him
        ("Crown Prince Maha Vajiralongkorn arrived in Tokyo.",
         [("Crown Prince", "Crown Prince of Thailand", "Thailand")], ("Maha Vajiralongkorn", "Crown Prince of Thailand")),
        # ... never one of another role's: a secretary of state is no defense secretary
        ("Defense Secretary Colin Powell spoke.", [], None),
        # a surname under the title, when one KB person of that name held the role (the linker names that person)
        ("President Putin spoke.", [("President", "President of Russia", "Russia")],
         ("Vladimir Putin", "President of Russia")),
        # ... two did (Nawaz and Shehbaz Sharif): no place
        ("Prime Minister Sharif spoke.", [("Prime Minister", "Prime minister", None)], ("Sharif", "Prime minister")),
        # ... and a KB office of another role does not count: Kasim Reed sat in a state senate
        ("Sen. Kasim Reed spoke.", [("Sen.", "Senator", None)], ("Kasim Reed", "Senator")),
        # another office of the same role in the story gives the place: the KB knows Maia Sandu's presidency
        ("The presidential election goes to a second round between Ion Rusu and current president Maia Sandu.",
         [("presidential", "President of Moldova", "Moldova"), ("president", "President of Moldova", "Moldova")],
         ("Maia Sandu", "President of Moldova")),
        # no place, but the story's parties are of one country (models/kb/organisations.jsonl part_of)
        ("Prime Minister Anouk Delacroix's Fine Gael party loses seats.",
         [("Prime Minister", "Prime Minister of Ireland", "Ireland")], ("Anouk Delacroix", "Prime Minister of Ireland")),
        ("President Tomas Brevik's Pangu Party wins.",
         [("President", "President of Papua New Guinea", "Papua New Guinea")],
         ("Tomas Brevik", "President of Papua New Guinea")),
        # ... parties of two countries tell nothing
        ("Prime Minister Anouk Delacroix of Fine Gael meets Bharatiya Janata Party leaders.",
         [("Prime Minister", "Prime minister", None)], ("Anouk Delacroix", "Prime minister")),
        # ... nor a party of a state's office (a party is of a country)
        ("Gov. Ilse Varga of Fine Gael signed the bill.", [("Gov.", "Governor", None)], ("Ilse Varga", "Governor")),
        # a role that is no titling one (Home Secretary, MP) placed the same way when it titles a name ...
        ("Home Secretary Anouk Delacroix meets Fine Gael members.",
         [("Home Secretary", "Home Secretary of Ireland", "Ireland")], ("Anouk Delacroix", "Home Secretary of Ireland")),
        # ... first the office the KB records for the person (a council seat)
        ("Councilwoman Mary Norwood spoke at the rally.",
         [("Councilwoman", "Member of the Atlanta City Council", "Atlanta")],
         ("Mary Norwood", "Member of the Atlanta City Council")),
        # ... after the seat of its role that the story names, before the parties' country
        ("The Labour Party holds the Lyne seat in the by-election. The seat was vacated by its MP Anouk Delacroix.",
         [("Lyne seat", "Member of Parliament for Lyne", "United Kingdom"), ("MP", "Member of Parliament for Lyne", "United Kingdom")],
         ("Anouk Delacroix", "Member of Parliament for Lyne")),
        # ... but stays out where nothing places it (only a titling role keeps a bare office)
        ("Home Secretary Anouk Delacroix spoke.", [], None),
        ("Home Secretary Anouk Delacroix of Fine Gael meets Bharatiya Janata Party leaders.", [], None),
        # an office of no told place takes the one office of its role the KB records for the story's people
        ("Presidential elections are called. Incumbent Nicolás Maduro will run.",
         [("Presidential", "President of Venezuela", "Venezuela")], ("Nicolás Maduro", "President of Venezuela")),
        # ... of two people's countries, none
        ("Presidential elections are called. Nicolás Maduro met Vladimir Putin.", [], None),
        # not titling a name, no place: the one country of the story's parties (offices.STORY_COUNTRY_RESORTS) ...
        ("The prime minister's Fine Gael party loses seats.",
         [("prime minister", "Prime Minister of Ireland", "Ireland")], None),
        # ... of two parties' countries, none; no place, no party, no office
        ("The prime minister's Fine Gael party meets Bharatiya Janata Party leaders.", [], None),
        ("The president spoke on Tuesday.", [], None),
        ("A new mayor will be chosen.", [], None),
    ],
)
def test_offices_titled_names_keep_an_office(nlp, nlp_bare_offices, text, expected, holds):
    doc = nlp(text)
    assert office_rows(doc) == expected
    facts = [(f.name("subject"), f.name("object")) for f in doc._.facts if f.predicate == "holds_office"]
    # an office of no known place is a mention, not a fact, unless the facts stage is told otherwise
    bare = any(j is None for _, entity, j in expected if entity == (holds or (None, None))[1])
    assert facts == ([holds] if holds and not bare else [])
    doc = nlp_bare_offices(text)
    facts = [(f.name("subject"), f.name("object")) for f in doc._.facts if f.predicate == "holds_office"]
    assert facts == ([holds] if holds else [])


@pytest.fixture(scope="module")
def nlp_bare_offices():
    import pipeline

    nlp = pipeline.load()
    nlp.replace_pipe("newsfacts_facts", "newsfacts_facts", config={"bare_offices": True})
    return nlp


@pytest.mark.parametrize(
    "text, expected",
    [
        # a member's office is named after the country's chamber (lexicons/legislatures.jsonl) ...
        ("Ukrainian lawmakers meet Ana Ruiz.", [("Ukrainian lawmakers", "Member of the Verkhovna Rada")]),
        ("American lawmakers meet Ana Ruiz.", [("American lawmakers", "Member of the United States Congress")]),
        ("Israeli lawmakers meet Ana Ruiz.", [("Israeli lawmakers", "Member of the Knesset")]),
        ("Voters in Brazil elect senators.", [("senators", "Member of the Federal Senate of Brazil")]),
        ("Nigeria's House Speaker Ana Ruiz resigned.",
         [("Nigeria's House Speaker", "Speaker of the House of Representatives of Nigeria")]),
        # ... only where the country has that chamber: else the story's next place that has one, else none
        ("In Poland, Ana Ruiz meets senators.", [("senators", "Member of the Senate of Poland")]),
        ("In Ukraine, Ana Ruiz meets senators.", []),
        ("Ana Ruiz leaves Kyiv for Washington, where she meets senators.",
         [("senators", "Member of the United States Senate")]),
        ("In Jamaica, Ana Ruiz meets representatives from the north.",
         [("representatives", "Member of the House of Representatives of Jamaica")]),
        ("In Saudi Arabia, Ana Ruiz meets representatives from the north.", []),
        # members the story's places alone would place: the country of its legislatures and parties, if one
        ("The Turkish Parliament votes to send troops to Lebanon; 340 lawmakers back the plan.",
         [("lawmakers", "Member of the Grand National Assembly of Turkey")]),
        ("Labour leader Ana Ruiz opposes the Conservative plan of strikes on Syria and asks that MPs get a free vote.",
         [("Labour leader", "Leader of the Labour Party"), ("MPs", "Member of Parliament of the United Kingdom")]),
        # ... not one party's single mention ("a by-election overshadowed by Hamas"), nor parties of two countries
        ("Voters in Rochdale, England elect a new MP in a by-election overshadowed by Hamas.",
         [("MP", "Member of Parliament of the United Kingdom")]),
        ("The Labour Party and Fidesz met in Poland, where Ana Ruiz meets lawmakers.",
         [("lawmakers", "Member of the Parliament of Poland")]),
        # a titled member nothing else places: the one country of the story's other told offices, if it has the chamber
        ("President Bush and Sen. Ana Ruiz are tied in the poll.",
         [("President", "President of the United States"), ("Sen.", "Member of the United States Senate")]),
        ("Sen. Ana Ruiz met Vietnamese President Ivan Petrov.",
         [("Sen.", "Senator"), ("Vietnamese President", "President of Vietnam")]),
        ("President Bush met President Putin and Sen. Ana Ruiz.", [("President", "President of the United States"),
                                                                 ("President", "President of Russia"), ("Sen.", "Senator")]),
        ("US Trade Representative Ana Ruiz met President Bush.", [("President", "President of the United States")]),
    ],
)
def test_offices_national_chambers(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party right before a country's office names its country, not the story's last place ...
        ("Ana Ruiz served in Vietnam. Democratic presidential candidate Ivan Petrov praised her.",
         [("presidential", "President of the United States")]),
        ("In Ukraine, Gerindra presidential candidate Ivan Petrov campaigns.",
         [("presidential", "President of Indonesia")]),
        # ... of a name several countries' parties share, the story's country when it is one of them
        ("In Italy, Democratic presidential candidate Ivan Petrov campaigns.", [("presidential", "President of Italy")]),
        # a name that is no party the KB knows tells nothing: the story's place stands
        ("In Ukraine, Zembla First presidential candidate Ivan Petrov campaigns.",
         [("presidential", "President of Ukraine")]),
    ],
)
def test_offices_party_before_names_the_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a race's adjective of no told place is of the one country the story's parties name, read as a party
        # right before the office is (a name several countries' parties share: the role's nomination_countries)
        ("Ana Ruiz of the Democratic Party ended her presidential campaign on Monday.",
         [("presidential", "President of the United States")]),
        ("Gerindra leaders say Ivan Petrov launched a presidential campaign.", [("presidential", "President of Indonesia")]),
        # near misses: no race or candidacy noun after the adjective, parties of two countries, no party at all
        ("The presidential palace of the Democratic Party hosts a dinner.", []),
        ("Gerindra and Likud leaders say Ivan Petrov launched a presidential campaign.", []),
        ("Ivan Petrov launched a presidential campaign on Monday.", []),
    ],
)
def test_offices_race_adjective_takes_the_story_parties_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an institution after "of" holds the office, not the story's country: no presidency of the United States
        ("Ana Ruiz, vice president of the Trade Partnership, spoke in Washington.", []),
        ("Ana Ruiz, vice president of the Kestrel Bank, spoke in Washington.", []),
        ("Ana Ruiz, vice president of Kestrel Development Programs, spoke in Washington.", []),
        # an acronym or a country's office of a longer name the KB does not know: a federation's, club's or firm's
        ("Ana Ruiz resigns her post as vice-president of ZFA, the sport's governing body.", []),
        ("Ana Ruiz, the president of KFU, said the league would restart.", []),
        ("Ana Ruiz resigns as president of Dynamo Velmar after the relegation.", []),
        ("Ana Ruiz, president of Kestrel United, sacked the coach.", []),
        # ... while a place the KB does not know stays one, and a body's own role takes its body
        ("Ana Ruiz, president of North Kestrel, spoke.", [("president of North Kestrel", "President of North Kestrel")]),
        ("Ana Ruiz, president of Kestrel Islands, spoke.",
         [("president of Kestrel Islands", "President of the Kestrel Islands")]),
        ("Ana Ruiz, the mayor of Port Velmar, cut the ribbon.", [("mayor of Port Velmar", "Mayor of Port Velmar")]),
        ("Ana Ruiz, president of Somaliland, spoke.", [("president of Somaliland", "President of Somaliland")]),
        ("Ana Ruiz, president of the Kestrel Republic, spoke.",
         [("president of the Kestrel Republic", "President of the Kestrel Republic")]),
        ("Ana Ruiz, president of the European Commission, spoke.",
         [("president of the European Commission", "President of the European Commission")]),
        ("In Nigeria, Ana Ruiz, Speaker of the House of Representatives, spoke.",
         [("Speaker of the House of Representatives", "Speaker of the House of Representatives of Nigeria")]),
    ],
)
def test_offices_institution_after_of_is_no_place(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party's leader only beside a party: never a government body's, a bank's or an association's ...
        ("Kremlin leader Ana Ruiz spoke.", []),
        # (nor a body's office where the KB does not know the bank or association: no public office)
        ("Ana Ruiz, president of the Federal Reserve Bank of New York, spoke.", []),
        ("Zembla State Teachers Association President Ana Ruiz spoke in Indiana.", []),
        # ... nor a sport's or a trade's body, told by a word of its name (org_modifiers.tsv institution: the gold's
        # "President of Russian Football Union" is no office)
        ("Ana Ruiz, chairman of the Zembla Cricket Board, spoke.", []),
        ("Delegates elect Ivan Petrov to be the President of Zemblan Football Union.", []),
        ("Ana Ruiz is the new president of the Ohio Biotechnology Council, a trade group.", []),
        ("Kestrel Cricket Board chairman Ana Ruiz cancelled the tour to Lima.", []),
        # ... while a public body's stays its office
        ("Ana Ruiz is the chairman of the Central Election Commission of Kestrel.",
         [("chairman of the Central Election Commission of Kestrel", "Chairman of the Central Election Commission of Kestrel")]),
        # ... while a party's stays its leader, a nation's branch named by its demonym ("Catalan Labour" is no
        # "Labour of Catalonia")
        ("Labour Party leader Ana Ruiz spoke.", [("Labour Party leader", "Leader of the Labour Party")]),
        ("Ana Ruiz was elected leader of Catalan Labour.", [("leader of Catalan Labour", "Leader of Catalan Labour")]),
        ("Catalan Labour leader Ana Ruiz resigned.", [("Catalan Labour leader", "Leader of Catalan Labour")]),
        ("Ana Ruiz was elected leader of Welsh Labour.", [("leader of Welsh Labour", "Leader of Welsh Labour")]),
        ("Ana Ruiz, chairman of the Labour Party, spoke.", [("chairman of the Labour Party", "Leader of the Labour Party")]),
        # a demonym before a party's name is part of it (Catalan Labour is no Labour Party): no office told ...
        ("Ana Ruiz resigns as the leader of the Catalan Labour Party.", []),
        # ... unless the KB knows that nation's branch (models/kb/organisations.jsonl)
        ("Ana Ruiz resigns as the leader of the Scottish Labour Party.",
         [("leader of the Scottish Labour Party", "Leader of the Scottish Labour Party")]),
    ],
)
def test_offices_party_leader_only_of_a_party(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state-level role absent from a country is absent from its states and from its demonyms' places ...
        ("In Ohio, the premier spoke.", []),
        ("Kestrel United lead the Scottish Premier League.", []),
        # ... while a country that has the office keeps it
        ("In Ontario, the premier spoke.", [("premier", "Premier of Ontario")]),
        ("Scottish First Minister Ana Ruiz spoke.", [("Scottish First Minister", "First Minister of Scotland")]),
        # a country's office after its demonym stays as written
        ("Canadian president Ana Ruiz spoke.", [("Canadian president", "President of Canada")]),
    ],
)
def test_offices_absent_in_reaches_states_and_demonyms(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state before a role whose words start with its house's name: the state's house (state_role) ...
        ("Indiana House Speaker Ana Ruiz spoke.",
         [("Indiana House Speaker", "Speaker of the Indiana House of Representatives")]),
        # ... never without a state, and a state before a member's title is the member's
        ("House Speaker Ana Ruiz spoke in Washington.",
         [("House Speaker", "Speaker of the United States House of Representatives")]),
        ("Ohio Congressional Representative Ana Ruiz spoke.",
         [("Ohio Congressional Representative", "Member of the United States House of Representatives")]),
    ],
)
def test_offices_state_house_named_by_the_role(nlp, text, expected):
    assert offices(nlp(text)) == expected


_RURITANIA = {"id": "gpe:ruritania", "label": "GPE", "name": "Ruritania", "aliases": [], "type": "country"}
_KESTREL = {"id": "gpe:kestrel", "label": "GPE", "name": "Kestrel", "aliases": [], "type": "country"}


@pytest.mark.parametrize("lines, error", [
    ([{"note": "a comment"}, {"country": "Ruritania", "bodies": {"senate": "Ruritanian Senate"}},
      {"country": "Kestrel", "bodies": {"legislature": "Kestrel Diet"}}], None),
    ([{"country": "Zembla", "bodies": {}}], "not a country of the knowledge base"),
    ([{"country": "Ruritania", "bodies": {"upper_house": "Ruritanian Senate"}}], "chamber kind 'upper_house'"),
    ([{"country": "Ruritania", "bodies": {"senate": ""}}], "non-empty string"),
    ([{"country": "Ruritania", "bodies": ["senate"]}], "a legislature record is"),
    ([{"country": "Ruritania", "bodies": {}}, {"country": "Ruritania", "bodies": {}}], "duplicate country"),
])
def test_legislatures_validated(tmp_path, lines, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.kb import load_kb
    from pipeline.nlp.resources import load_legislatures, load_roles, with_legislatures

    kb_path = tmp_path / "places.jsonl"
    kb_path.write_text("\n".join(json.dumps(e) for e in (_RURITANIA, _KESTREL)) + "\n", encoding="utf-8")
    path = tmp_path / "legislatures.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    if error is not None:
        with pytest.raises(DataError, match=error) as e:
            load_legislatures(path, load_kb([kb_path]))
        assert f"{path}:" in str(e.value)
        return
    roles_path = tmp_path / "roles.jsonl"
    roles_path.write_text("\n".join(json.dumps(r) for r in (
        {**ROLE, "chamber": "senate"},
        {**ROLE, "id": "role.mp", "nouns": ["mp"], "template": "Member of the Parliament of {J}", "chamber": "legislature"},
    )) + "\n", encoding="utf-8")
    senator, mp = with_legislatures(load_roles(roles_path), load_legislatures(path, load_kb([kb_path])))
    # a chamber names the office; a country without a senate has no senators; every country has a legislature
    assert canonical_office(senator, "Ruritania") == "Member of the Ruritanian Senate"
    assert senator.absent_in == ("Kestrel",)
    assert canonical_office(mp, "Kestrel") == "Member of the Kestrel Diet"
    assert canonical_office(mp, "Ruritania") == "Member of the Parliament of Ruritania" and mp.absent_in == ()


_VELMAR = {"id": "gpe:velmar", "label": "GPE", "name": "Velmar", "aliases": [], "type": "region", "part_of": "gpe:ruritania"}


@pytest.mark.parametrize("lines, error", [
    ([{"note": "a comment"}, {"place": "Velmar", "legislature": "Parliament of Velmar"}], None),
    ([{"place": "Ruritania", "legislature": "Ruritanian Diet"}], "not a place of the knowledge base below a country"),
    ([{"place": "Zembla", "legislature": "Zemblan Diet"}], "not a place of the knowledge base below a country"),
    ([{"place": "Velmar", "legislature": ""}], "a regional legislature record is"),
    ([{"place": "Velmar", "bodies": {"legislature": "Parliament of Velmar"}}], "a regional legislature record is"),
    ([{"place": "Velmar", "legislature": "Parliament of Velmar"}, {"place": "Velmar", "legislature": "Velmar Diet"}],
     "duplicate place"),
])
def test_regional_legislatures_validated(tmp_path, lines, error):
    import json

    from pipeline.errors import DataError
    from pipeline.nlp.kb import load_kb
    from pipeline.nlp.resources import load_regional_legislatures

    kb_path = tmp_path / "places.jsonl"
    kb_path.write_text("\n".join(json.dumps(e) for e in (_RURITANIA, _VELMAR)) + "\n", encoding="utf-8")
    path = tmp_path / "regional_legislatures.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    if error is None:
        assert load_regional_legislatures(path, load_kb([kb_path])) == {"Velmar": "Parliament of Velmar"}
        return
    with pytest.raises(DataError, match=error) as e:
        load_regional_legislatures(path, load_kb([kb_path]))
    assert f"{path}:" in str(e.value)


@pytest.mark.parametrize("fields, error", [
    ({"chamber": "senate", "chamber_template": "Speaker of the {B}", "template": "Speaker of the Senate of {J}",
      "member": False}, None),
    ({"chamber": "upper_house"}, "'chamber' is for roles of level 'country'"),
    ({"level": "state", "chamber": "senate"}, "'chamber' is for roles of level 'country'"),
    ({"chamber": "senate", "chamber_template": "Speaker"}, "'chamber_template' must be a string with {B}"),
])
def test_roles_chamber_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.chamber == "senate")


_DEPUTY = {"nouns": ["deputy"], "plural": ["deputies"], "template": "Member of the Parliament of {J}",
           "chamber": "legislature", "placed_forms": ["deputy", "deputies"]}


@pytest.mark.parametrize("fields, error", [
    ({**_DEPUTY, "chamber_first": "lower_house", "listed_after": ["elect"]}, None),
    # near misses: a first chamber without a chamber, the same kind twice, an unknown kind; a list's word for a role
    # whose placed forms have no plural
    ({**_DEPUTY, "chamber": None, "chamber_first": "lower_house"}, "'chamber_first' goes with a 'chamber'"),
    ({**_DEPUTY, "chamber_first": "legislature"}, "'chamber_first' goes with a 'chamber'"),
    ({**_DEPUTY, "chamber_first": "upper_house"}, "'chamber_first' goes with a 'chamber'"),
    ({**_DEPUTY, "placed_forms": ["deputy"], "listed_after": ["elect"]}, "'listed_after' goes with a plural"),
])
def test_roles_chamber_first_and_listed_after_validated(tmp_path, fields, error):
    fields = {k: v for k, v in fields.items() if v is not None}
    _roles_validated(tmp_path, fields, error, lambda role: role.chamber_first == "lower_house"
                     and role.listed_after == ("elect",))


def test_chamber_first_names_the_lower_house_where_a_country_has_one(tmp_path):
    """A role's ``chamber_first`` names the country's chamber of that kind where it has one (a deputy's lower
    house), its ``chamber`` elsewhere (the one chamber of a one-chamber legislature)."""
    import json

    from pipeline.nlp.kb import load_kb
    from pipeline.nlp.resources import load_legislatures, load_roles, with_legislatures

    kb_path = tmp_path / "places.jsonl"
    kb_path.write_text("\n".join(json.dumps(e) for e in (_RURITANIA, _KESTREL)) + "\n", encoding="utf-8")
    path = tmp_path / "legislatures.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in (
        {"country": "Ruritania", "bodies": {"legislature": "Ruritanian Congress", "lower_house": "Ruritanian Chamber"}},
        {"country": "Kestrel", "bodies": {"legislature": "Kestrel Diet"}})) + "\n", encoding="utf-8")
    roles_path = tmp_path / "roles.jsonl"
    roles_path.write_text(json.dumps({**ROLE, **_DEPUTY, "chamber_first": "lower_house"}) + "\n", encoding="utf-8")
    [deputy] = with_legislatures(load_roles(roles_path), load_legislatures(path, load_kb([kb_path])))
    assert canonical_office(deputy, "Ruritania") == "Member of the Ruritanian Chamber"
    assert canonical_office(deputy, "Kestrel") == "Member of the Kestrel Diet" and deputy.absent_in == ()


@pytest.mark.parametrize("fields, error", [
    ({}, None),  # ROLE: a senate's seat, named "Member of the Senate of {J}"
    ({"template": "Speaker of the Senate of {J}", "member": False}, None),  # no seat, named otherwise
    # near misses: the flag and the names disagree, or the names among themselves
    ({"template": "Senator of {J}"}, "'member' \\(a seat in a body\\)"),
    ({"member": False}, "'member' \\(a seat in a body\\)"),
    ({"names": {"Ruritania": "Senator of Ruritania"}}, "'member' \\(a seat in a body\\)"),
    ({"seats": {"Ruritania": "Senator for {S}"}}, "'member' \\(a seat in a body\\)"),
    ({"chamber": "senate", "chamber_template": "Speaker of the {B}"}, "'member' \\(a seat in a body\\)"),
])
def test_roles_member_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.member is role.template.startswith("Member "))


def test_legislatures_name_kb_countries():
    """The shipped table loads (its countries are KB countries) and leaves a country's own office names alone."""
    from pipeline.nlp.resources import load_resources

    from conftest import TEST_MODELS

    roles = {r.id: r for r in load_resources(TEST_MODELS).roles}
    assert canonical_office(roles["role.member_of_parliament"], "United Kingdom") == \
        "Member of Parliament of the United Kingdom"
    assert "Ukraine" in roles["role.senator"].absent_in and "Poland" not in roles["role.senator"].absent_in


@pytest.mark.parametrize(
    "text, expected",
    [
        # "of <place>'s ..." where the place is above the role's level: a part of it the text does not name
        ("Ana Ruiz is elected mayor of Ohio's largest city.", []),
        ("Ana Ruiz is elected mayor of Texas's capital.", []),
        # a county the KB does not know before a country's role: the story's country, not the county
        ("In Arizona, turnout in Velmar County's presidential election is high.",
         [("presidential", "President of the United States")]),
        # near misses: a place at the role's level keeps its office, possessive or not
        ("Ana Ruiz is elected mayor of Springfield.", [("mayor of Springfield", "Mayor of Springfield")]),
        ("The mayor of Chicago's office issued a statement.", [("mayor of Chicago", "Mayor of Chicago")]),
        ("The Governor of Ohio's office issued a statement.", [("Governor of Ohio", "Governor of Ohio")]),
        ("Results of Ohio's presidential primary are delayed.",
         [("Ohio's presidential", "President of the United States")]),
    ],
)
def test_offices_possessive_place_of_another_level(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a legislator's noun after "European" names the European Parliament's members, no country's chamber
    ("European lawmakers approve the new commission in Brussels.",
     [("European lawmakers", "Member of the European Parliament")]),
    ("Ana Ruiz, a European MP, criticised the plan in Brussels.",
     [("European MP", "Member of the European Parliament")]),
    # "parliamentary member" is a member of parliament, placed as "lawmaker" is
    ("German parliamentary member Ana Ruiz is punched in Moscow.",
     [("German parliamentary member", "Member of the Bundestag")]),
    ("Kenyan parliamentary members walk out in Nairobi.",
     [("Kenyan parliamentary members", "Member of the Parliament of Kenya")]),
    # near misses: a country's lawmakers, and European leaders, are no members of the European Parliament
    ("Dutch lawmakers approve the plan in The Hague.", [("Dutch lawmakers", "Member of the States General of the Netherlands")]),
    ("European leaders met in Brussels.", []),
])
def test_offices_legislators_named_by_their_parliament(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # no place told: a legislature's members are the country's whose chamber the story names
    ("The Knesset votes to require MPs to declare their income.",
     [("Knesset", "Knesset"), ("MPs", "Member of the Knesset")]),
    ("The Seimas votes to approve a law. Lawmakers must declare their income.",
     [("Seimas", "Seimas"), ("Lawmakers", "Member of the Seimas")]),
    ("Amongst the marchers are members of European Parliament.",
     [("members of European Parliament", "Member of the European Parliament"),
      ("European Parliament", "European Parliament")]),
    # near misses: no chamber named, or chambers of two countries, place no one
    ("The committee votes to require MPs to declare their income.", []),
    ("The Knesset and the Seimas ask MPs to declare their income.", [("Knesset", "Knesset"), ("Seimas", "Seimas")]),
])
def test_offices_members_of_the_storys_named_chamber(nlp, text, expected):
    found = [(s.text, s._.entity) for s in nlp(text).spans["mentions"] if s.label_ in ("OFFICE", "ORG")]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # "lower house"/"upper house" after a member noun or an election cue name the story's country's chamber of that
    # kind (legislatures.jsonl): the lower chamber, else the House of Representatives; the upper, its senate
    ("Ana Ruiz wins a seat in the lower house in Japan.",
     [("seat in the lower house", "Member of the House of Representatives of Japan")]),
    ("Ana Ruiz wins a seat in the lower house in Brazil.",
     [("seat in the lower house", "Member of the Chamber of Deputies of Brazil")]),
    ("Voters in Italy elect a new lower house.", [("lower house", "Member of the Chamber of Deputies of Italy")]),
    ("Ana Ruiz wins a seat in the upper chamber in Poland.", [("seat in the upper chamber", "Member of the Senate of Poland")]),
    # ... and before a race noun (roles.jsonl race_chambers)
    ("Poland's ruling party lost Sunday's upper house election.", [("upper house", "Member of the Senate of Poland")]),
    ("Italy's ruling party won the lower house election.",
     [("lower house", "Member of the Chamber of Deputies of Italy")]),
    # ... an upper chamber by its own name ("senate" in legislatures.jsonl: the upper chamber, whatever its name)
    ("Japan's ruling party lost its majority in Sunday's upper house election.",
     [("upper house", "Member of the House of Councillors of Japan")]),
    ("India holds elections to the upper house on Friday.", [("upper house", "Member of the Rajya Sabha")]),
    ("Japan's ruling party won the lower house election.",
     [("lower house", "Member of the House of Representatives of Japan")]),
    # near misses: a country with no such chamber in legislatures.jsonl, and the chamber acting, name no office
    ("Ana Ruiz wins a seat in the upper house in Russia.", []),
    ("The lower house passed the bill in Japan.", []),
    ("Japan's upper house passed the bill on Friday.", []),
    ("Russia's upper house elections were held on Sunday.", []),
    ("Poland's upper house vote on the bill was delayed.", []),
    # ... and "parliament" before a race noun names no one chamber ("parliamentary elections")
    ("Voters in Poland go to the polls in the parliament election.", []),
])
def test_offices_upper_and_lower_house_members(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's chambers from legislatures.jsonl name its members' offices: its House of Representatives, its
    # lower chamber by the chamber's own name, its one legislature
    ("Ana Ruiz, a member of Nepal's House of Representatives, resigned on Monday.",
     [("member of Nepal's House of Representatives", "Member of the House of Representatives of Nepal")]),
    ("Ana Ruiz wins a seat in the lower house in France.",
     [("seat in the lower house", "Member of the National Assembly of France")]),
    ("Ana Ruiz wins a seat in the lower house in Austria.",
     [("seat in the lower house", "Member of the National Council of Austria")]),
    ("Belarusian lawmakers approve the budget.", [("Belarusian lawmakers", "Member of the National Assembly of Belarus")]),
    ("Ana Ruiz wins a seat in Congress in Spain.", [("seat in Congress", "Member of the Congress of Deputies")]),
    # ... whichever of the KB's names the chamber is written by: one chamber, one office
    ("Ana Ruiz is elected to the Italian Chamber of Deputies.",
     [("Italian Chamber of Deputies", "Member of the Chamber of Deputies of Italy")]),
    ("Voters in Austria elect a new National Council.", [("National Council", "Member of the National Council of Austria")]),
    # the body after "in" past the place a member represents (roles.jsonl represent_after)
    ("Ana Ruiz, who represents Ohio's 9th district in the U.S. House, voted no.",
     [("U.S. House", "Member of the United States House of Representatives")]),
    ("Tom Hart, representing Kano Central in the Nigerian Senate, moved the motion.",
     [("Nigerian Senate", "Member of the Senate of Nigeria")]),
    ("Ana Ruiz, who represents Ohio in Congress, voted no.",
     [("Congress", "Member of the United States House of Representatives")]),
    # ... not past a client, a team's country or a party in talks: the body acts or is acted on
    ("Ana Ruiz, who represents the union in talks with the Senate, spoke in Ohio.", []),
    ("Ana Ruiz, the lawyer who represents the Knesset in the case, spoke.", []),
    # near misses: a state's or a province's chamber, a company's board, a meeting of shareholders, and an upper
    # house in a country without a senate name no national chamber's office
    ("Ana Ruiz is a member of the Ohio House of Representatives.",
     [("member of the Ohio House of Representatives", "Member of the Ohio House of Representatives")]),
    ("Ana Ruiz, a member of the provincial assembly in Nepal, resigned.", []),
    ("Ana Ruiz joined the board of Kestrel Mining in Nepal.", []),
    ("The assembly of shareholders met in Vienna.", []),
    ("Ana Ruiz wins a seat in the upper house in Austria.", []),
    # ... nor a known chamber acting before a verb ("may vote": no race noun after a modal verb)
    ("In Israel, the Knesset rejected the bill. The Knesset may vote again next week.", []),
    ("In Haiti, the Haitian Senate will vote on the bill.", []),
])
def test_offices_members_of_listed_chambers(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a national chamber is a KB organisation, by its encyclopedia title or its demonym's form
    ("The Haitian Senate votes to remove the minister.", [("Haitian Senate", "Senate of Haiti")]),
    ("The National Assembly of France approves the treaty.", [("National Assembly of France", "French National Assembly")]),
    ("The Parliament of Fiji approves the budget.", [("Parliament of Fiji", "Parliament of Fiji")]),
    # near misses: a state's chamber and a university's senate are no national chamber
    ("The Ohio Senate approves the budget.", [("Ohio Senate", "Ohio Senate")]),
    ("The university senate approves the budget.", []),
])
def test_offices_national_chambers_are_kb_orgs(nlp, text, expected):
    found = [(s.text, s._.entity) for s in nlp(text).spans["mentions"] if s.label_ == "ORG"]
    assert found == expected


def test_legislatures_chambers_are_kb_orgs():
    """Every chamber legislatures.jsonl names is a KB legislature of its country (by name or alias), so a mention
    of it is linked and labelled."""
    import json

    from conftest import TEST_MODELS

    orgs = [json.loads(line) for line in (TEST_MODELS / "kb" / "organisations.jsonl").open(encoding="utf-8")]
    countries = {json.loads(line)["name"]: json.loads(line)["id"]
                 for line in (TEST_MODELS / "kb" / "places.jsonl").open(encoding="utf-8") if '"type": "country"' in line}
    # a supranational legislature (the European Parliament) is of no country
    known = {(n, o.get("part_of")) for o in orgs if o.get("type") == "legislature"
             for n in [o["name"], *o.get("aliases", [])]}
    missing = []
    for line in (TEST_MODELS / "lexicons" / "legislatures.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        for name in rec.get("bodies", {}).values():
            if (name, countries[rec["country"]]) not in known:
                missing.append((rec["country"], name))
    assert missing == []


@pytest.mark.parametrize("text, expected", [
    # a foreign minister is placed by the story only where it names one country (story_place single): one named
    # beside another is as often the country visited as the minister's own
    ("Foreign Minister Ana Ruiz dismissed claims on Kazakhstan, saying the Peruvian government was never warned.",
     None),
    ("A Peruvian reporter held in Kazakhstan contradicted Foreign Minister Ana Ruiz.", None),
    # ... nor where its one place is one the minister visits (abroad_before)
    ("Foreign Minister Ana Ruiz, visiting Kazakhstan, said the talks went well.", None),
    ("Foreign Minister Ana Ruiz ended a trip to Kazakhstan on Sunday.", None),
    # ... or a country's anaphor after such a word: the story's country is the one visited
    ("The Kazakh crisis deepens despite Foreign Minister Ana Ruiz's mission to the secretive Stalinist state.", None),
    ("Foreign Minister Ana Ruiz arrived in the country on Monday for talks on Kazakhstan's oil.", None),
    # near misses: a story of one country places the minister; the minister's own words place her anywhere
    ("Peru votes on Sunday. Foreign Minister Ana Ruiz said the vote would be fair.",
     "Minister of Foreign Affairs of Peru"),
    ("Kazakhstan's presidential election: Marta Lopez wins against Foreign Minister Ana Ruiz.",
     "Minister of Foreign Affairs of Kazakhstan"),
    ("Peruvian Foreign Minister Ana Ruiz, visiting Kazakhstan, said the talks went well.",
     "Minister of Foreign Affairs of Peru"),
    ("The Kazakh crisis deepens despite Foreign Minister Ana Ruiz's warning.", "Minister of Foreign Affairs of Kazakhstan"),
    ("Kazakhstan's Foreign Minister Ana Ruiz made a trip to the country's north.",
     "Minister of Foreign Affairs of Kazakhstan"),
    # ... and a role placed by any of the story's places keeps the nearest (not after "on": a target, office_words.tsv)
    ("Defence Minister Ana Ruiz dismissed claims from Kazakhstan, saying the Peruvian government was never warned.",
     "Minister of Defence of Kazakhstan"),
])
def test_offices_foreign_minister_placed_only_by_a_story_of_one_country(nlp, text, expected):
    placed = [e for t, e in offices(nlp(text)) if "Minister" in t and e]
    assert placed == ([expected] if expected else []), placed


@pytest.mark.parametrize("fields, error", [
    ({"story_place": "single", "abroad_before": ["visiting"]}, None),
    ({"story_place": "any", "abroad_before": ["visiting"]}, None),
    ({"story_place": "nearest", "abroad_before": ["visiting"]},
     "'abroad_before' goes with story_place single or any"),
    ({"story_place": "titled", "abroad_before": ["visiting"]},
     "'abroad_before' goes with story_place single or any"),
    ({"story_place": "single", "abroad_before": "visiting"}, "'abroad_before' must be a list"),
])
def test_roles_abroad_before_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.abroad_before == ("visiting",))


@pytest.mark.parametrize("text, expected", [
    # Britain's chancellor is its finance minister (roles.jsonl names): no "Chancellor of the United Kingdom"
    ("Chancellor Ana Ruiz has sought to quell speculation over who should run the Labour Party in Britain.",
     "Chancellor of the Exchequer"),
    ("British Chancellor Ana Ruiz presented the budget in London.", "Chancellor of the Exchequer"),
    # near misses: the heads of government of Germany and Austria keep their name
    ("Chancellor Ana Ruiz met voters in Berlin, Germany.", "Chancellor of Germany"),
    ("Austrian Chancellor Ana Ruiz met voters in Vienna.", "Chancellor of Austria"),
])
def test_offices_british_chancellor_is_of_the_exchequer(nlp, text, expected):
    assert [e for t, e in offices(nlp(text)) if "Chancellor" in t] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a bare "Secretary of State X" is as often the federal one as a state's: the story's places never place it
    ("Secretary of State Ana Ruiz said Washington would not intervene.", None),
    ("Secretary of State Ana Ruiz certified the results in Ohio.", None),
    # near misses: the office's own words place it
    ("Ohio Secretary of State Ana Ruiz certified the election results.", "Secretary of State of Ohio"),
    ("Secretary of State Ana Ruiz of Ohio certified the results.", "Secretary of State of Ohio"),
    ("US Secretary of State Ana Ruiz met the Prime Minister of Kazakhstan in Astana.",
     "United States Secretary of State"),
])
def test_offices_bare_secretary_of_state_is_not_placed_by_the_story(nlp, text, expected):
    placed = [e for t, e in offices(nlp(text)) if "Secretary" in t and e]
    assert placed == ([expected] if expected else []), placed


@pytest.mark.parametrize("text, expected", [
    # the White House before a race word is the US presidency ("White House hopeful X", "her White House bid")
    ("Democratic White House hopeful Ana Ruiz warned that the plan would fail.", ["President of the United States"]),
    ("Ana Ruiz ended her White House bid on Monday.", ["President of the United States"]),
    ("The White House race tightened after the debate in Ohio.", ["President of the United States"]),
    # near misses: the administration or its staff hold no office of a race
    ("The White House said the plan would go ahead.", []),
    ("Ana Ruiz, a White House spokesman, said the plan would go ahead.", []),
])
def test_offices_white_house_before_a_race_word_is_the_presidency(nlp, text, expected):
    assert [e for t, e in offices(nlp(text)) if t == "White House"] == expected


@pytest.mark.parametrize("text, expected", [
    # a country's name that ends in an organisation's head word ("the Russian Federation") is the country's
    ("Ivan Petrov, President of the Russian Federation, met Ana Ruiz in Delhi.", "President of Russia"),
    ("Russian Federation President Ivan Petrov met Ana Ruiz in Delhi.", "President of Russia"),
    # near misses: a body named after a place stays the body's; a country's other formal names as before
    ("Ana Ruiz, president of the Zembla Football Federation, met Ivan Petrov.", None),
    ("Ivan Petrov, President of the Republic of Korea, met Ana Ruiz in Delhi.", "President of South Korea"),
])
def test_offices_country_named_with_an_organisation_head(nlp, text, expected):
    assert [e for t, e in offices(nlp(text)) if e] == ([expected] if expected else [])


def told_places(doc):
    return [(s.text, s._.entity) for s in doc.spans["mentions"] if s.label_ == "GPE"]


@pytest.mark.parametrize("text, expected", [
    # a place an office's title names is a GPE (the guidelines: "President of Turkey" gives Turkey): a seat, with
    # the GPE the KB matched inside its name dropped ("Denton" of "Gorton and Denton")
    ("The Labour Party holds the Velmarsk seat in the by-election.", [("Velmarsk", "Velmarsk")]),
    ("Ana Ruiz, the MP for Velmarsk West, spoke in Britain.", [("Velmarsk West", "Velmarsk West"), ("Britain", "United Kingdom")]),
    ("British voters in the Velmar and Denton by-election chose Ana Ruiz.", [("Velmar and Denton", "Velmar and Denton")]),
    ("Ana Ruiz, the MP for Velmar and Denton, spoke in Britain.",
     [("Velmar and Denton", "Velmar and Denton"), ("Britain", "United Kingdom")]),
    # a place below a country's level the KB does not know, in the title or after the name it titles
    ("A crash kills Kestrel state governor Tomas Vell and four others.", [("Kestrel", "Kestrel")]),
    ("A crash in Sudan kills Al-Kestrel state governor Tomas Vell.", [("Sudan", "Sudan"), ("Al-Kestrel", "Al-Kestrel")]),
    ("The governor of Kestrelia province, Tomas Vell, resigns.", [("Kestrelia", "Kestrelia")]),
    ("Mayor Ana Ruiz of Velmarsk says the city is full.", [("Velmarsk", "Velmarsk")]),
    ("The mayor of Velmarsk, Ana Ruiz, is attacked.", [("Velmarsk", "Velmarsk")]),
    # a place inside a legislature's name in the title
    ("Former Member of the Parliament of Singapore Ana Ruiz retires.", [("Singapore", "Singapore")]),
    ("Ana Ruiz is named to fill a vacated United States Senate seat.", [("United States", "United States")]),
    # near misses: a party's or a movement's name, a country the KB does not know (a company, a sports body), a
    # portfolio, a place the KB knows already named
    ("Ana Ruiz becomes Leader of the Liberal Party of Australia.", []),
    ("Ana Ruiz is chairman of the Palestine Liberation Organization.", []),
    ("Ana Ruiz, president of Velmar Brands, joins Kmart.", []),
    ("Ana Ruiz resigns as vice-president of FIFA.", []),
    ("Ana Ruiz is the Secretary of State for Work and Pensions.", []),
    ("Ohio governor Ana Ruiz resigns.", [("Ohio", "Ohio")]),
])
def test_offices_told_places_are_gpe(nlp, text, expected):
    assert told_places(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an institution's title before a name is no public office, not even a bare one; a central bank the KB knows
    # names its head's (roles.jsonl role.bank_governor; pool8_tune ce-eb75e2751c's required row)
    ("The Bank of Zembla governor Ana Ruiz says rates will stay.", []),
    ("The Bank of Japan governor Ana Ruiz says rates will stay.",
     [("Bank of Japan governor", "Governor of the Bank of Japan")]),
    # ... nor one the story's other offices of its role place
    ("Velmar Academy President Ana Ruiz met Chilean President Ivan Petrov.",
     [("Chilean President", "President of Chile")]),
    # near misses: a titled office of no told place stays bare; a place before the title places it
    ("Governor Ana Ruiz says rates will stay.", [("Governor", "Governor")]),
    ("Zembla governor Ana Ruiz says rates will stay.", [("Zembla governor", "Governor of Zembla")]),
])
def test_offices_institution_title_of_a_name_is_no_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a former country's demonym places its offices (KB entities.jsonl)
    ("Former Yugoslav President Ana Ruiz opened her defence.", [("Yugoslav President", "President of Yugoslavia")]),
    ("The trial of the former Yugoslav president Ana Ruiz is adjourned.",
     [("Yugoslav president", "President of Yugoslavia")]),
])
def test_offices_former_country_demonym(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an anaphor places a title the story alone may not ("the country's emir"), where the office exists
    ("Kuwait votes. Ana Ruiz, the country's emir, dissolves parliament.", [("emir", "Emir of Kuwait")]),
    ("Kuwait votes. The country's emir dissolves parliament.", [("emir", "Emir of Kuwait")]),
    # near misses: no emir in Jordan; "Emir" before a name may be a first name; no anaphor, no place
    ("Jordan votes. Ana Ruiz, the country's emir, dissolves parliament.", []),
    ("Kuwait votes. Emir Ana Ruiz attends.", []),
    ("Kuwait votes. The emir dissolves parliament.", []),
])
def test_offices_anaphor_places_a_title_the_story_may_not(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a person set off by commas after the title is whom it names: the KB's record of that person places it before
    # an anaphor or the story's places do (leaders.jsonl)
    ("The ballet is invited by its country's President, Vladimir Putin, to dance in Cuba.",
     [("President", "President of Russia")]),
    ("In Cuba, the President, Vladimir Putin, opened a school.", [("President", "President of Russia")]),
    # near misses: a person the KB does not know; a name that runs on past the commas
    ("The ballet is invited by its country's President, Ana Ruiz, to dance in Cuba.",
     [("President", "President of Cuba")]),
    ("The ballet is invited by its country's President, Vladimir Putin and his wife, to dance in Cuba.",
     [("President", "President of Cuba")]),
])
def test_offices_apposed_person_known_to_the_kb(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Britain's finance minister by its full title: one office, no "Exchequer" left to a name
    ("Former UK Chancellor of the Exchequer Ana Ruiz launches a campaign.",
     [("UK Chancellor of the Exchequer", "Chancellor of the Exchequer")]),
    ("Chancellor of the Exchequer Ana Ruiz presents the budget.",
     [("Chancellor of the Exchequer", "Chancellor of the Exchequer")]),
    ("Ana Ruiz, the Chancellor of the Exchequer, presents the budget.",
     [("Chancellor of the Exchequer", "Chancellor of the Exchequer")]),
    # near misses: an opposition spokesman's shadow title holds no office; Germany's chancellor keeps its name
    ("Shadow Chancellor of the Exchequer Ana Ruiz criticises the budget.", []),
    ("Shadow Home Secretary Ana Ruiz criticises the budget.", []),
    ("Chancellor Ana Ruiz met voters in Berlin, Germany.", [("Chancellor", "Chancellor of Germany")]),
])
def test_offices_chancellor_of_the_exchequer_by_its_full_title(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a league's name (roles.jsonl league_forms): capitalised inside a sentence, not before "of"
    ("Velmar City pulled clear at the top of the English Premiership for the first time.", []),
    ("Velmar City moved up to second place in the Premiership on Saturday.", []),
    ("Velmar Rovers win the Scottish Premiership with three games to go.", []),
    # near misses: the office lower-case, or opening a title before "of"
    ("Ana Ruiz won the premiership in Britain after the Conservative Party vote.",
     [("premiership", "Prime Minister of the United Kingdom")]),
    ("Premiership of Ana Ruiz in Canada", [("Premiership", "Prime Minister of Canada")]),
])
def test_offices_league_form_names_no_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a sports federation's president is no party leader's office (org_heads.tsv: federation is an institution)
    ("The Zembla Football Federation president Ana Ruiz resigns.", []),
    ("Ana Ruiz, federation president, resigns in Chile.", []),
    # a place that only opens an organisation's name is not the office's ("of the Commonwealth Games Federation")
    ("Ana Ruiz, President of the Commonwealth Games Federation, resigns.", []),
    ("Ana Ruiz, governor of the Central Bank of Nigeria, resigns.", []),
    # near misses: the place itself after "of"; a party the KB knows as a federation
    ("Ana Ruiz, President of the Republic of Kenya, resigns.",
     [("President of the Republic of Kenya", "President of Kenya")]),
    ("Ana Ruiz, Governor of Ohio, resigns.", [("Governor of Ohio", "Governor of Ohio")]),
    ("Ana Ruiz, leader of the Armenian Revolutionary Federation, resigns.",
     [("leader of the Armenian Revolutionary Federation", "Leader of the Armenian Revolutionary Federation")]),
])
def test_offices_sports_and_other_bodies_hold_no_public_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("fields, error", [
    ({"league_forms": ["senator"]}, None),
    ({"league_forms": ["senate"]}, "'league_forms' must be one-word nouns or plurals of the role"),
    ({"nouns": ["senator", "upper house"], "league_forms": ["upper house"]}, "'league_forms' must be one-word"),
])
def test_roles_league_forms_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.league_forms == ("senator",))


@pytest.mark.parametrize("text, expected", [
    # a sports association's president, a bank's or a federation's chairman the KB does not know: no body's office
    # (roles.jsonl org_president and org_chairman org_heads)
    ("Ana Ruiz, President of the Zembla Football Association, resigns.", []),
    ("Ana Ruiz, chairman of the Velmar Savings Bank, resigns.", []),
    ("Ana Ruiz, chairman of the Velmar Rowing Federation, resigns.", []),
    # near misses: public bodies by their head or the KB's type
    # (an electoral body named without its country, in a story on one: the KB's of that country)
    ("Ana Ruiz, chairman of the Central Election Commission, resigns in Russia.",
     [("chairman of the Central Election Commission", "Chairman of the Central Election Commission of Russia")]),
    ("Ana Ruiz, President of the European Commission, resigns.",
     [("President of the European Commission", "President of the European Commission")]),
    ("Ana Ruiz, president of the National Assembly, resigns in France.",
     [("president of the National Assembly", "President of the National Assembly of France")]),
])
def test_offices_association_bank_federation_heads_hold_no_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's name, then "party chairman" / "party president": its leader
    ("Ana Ruiz, the KMT party chairman, resigns in Taiwan.", [("KMT party chairman", "Leader of the Kuomintang")]),
    ("ANC party chairman Ana Ruiz resigns in South Africa.",
     [("ANC party chairman", "Leader of the African National Congress")]),
    ("Ana Ruiz, Labour party president, resigns in Britain.", [("Labour party president", "Leader of the Labour Party")]),
    # near misses: no party named; a club's chairman
    ("Ana Ruiz, the ruling party chairman, resigns in Taiwan.", []),
    ("Velmar Football Club chairman Ana Ruiz resigns.", []),
])
def test_offices_party_chairman_after_the_partys_name(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's short form before its leader (roles.jsonl name_forms), by the KB's name or the story's country's
    ("Democratic Unionist leader Ana Ruiz met the British prime minister in London.",
     [("Democratic Unionist leader", "Leader of the Democratic Unionist Party"),
      ("British prime minister", "Prime Minister of the United Kingdom")]),
    ("Liberal Democrat leader Ana Ruiz campaigned in Britain.",
     [("Liberal Democrat leader", "Leader of the Liberal Democrats")]),
    ("On Monday Social Democrat leader Ana Ruiz won the vote in Denmark.",
     [("Social Democrat leader", "Leader of the Danish Social Democrats")]),
    ("Federal Labor leader Ana Ruiz campaigned in Melbourne, Australia.",
     [("Labor leader", "Leader of the Australian Labor Party")]),
    # "Labor" opening the sentence is the party in a story of Australia (party_short_names.tsv's country rows)
    ("Labor leader Ana Ruiz campaigned in Melbourne, Australia.",
     [("Labor leader", "Leader of the Australian Labor Party")]),
    ("On Monday Green deputy leader Ana Ruiz campaigned in Sydney, Australia.",
     [("Green deputy leader", "Deputy Leader of the Australian Greens")]),
    # near misses: a chamber's caucus; a capitalised word opening the sentence; a demonym; a name several
    # countries' parties share in a story that tells no country; no party of the name
    ("Senate Republican leader Ana Ruiz said the bill would pass in Washington.", []),
    ("On Monday Assembly Green leader Ana Ruiz spoke in Sydney, Australia.", []),
    ("On Monday Iraqi leader Ana Ruiz spoke in Baghdad.", []),
    ("On Monday Labor leader Ana Ruiz spoke.", []),
    ("On Monday Velmar leader Ana Ruiz spoke in Denmark.", []),
])
def test_offices_party_short_form_before_its_leader(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "party leader" points back at the one party named before it (roles.jsonl anaphor_nouns)
    ("The Labour Party met. Its deputy leader Ana Ruiz asks party leader Carl Mendez to resign.",
     [("deputy leader", "Deputy Leader of the Labour Party"), ("party leader", "Leader of the Labour Party")]),
    ("The DUP met in Belfast on Monday, and party leader Carl Mendez spoke.",
     [("party leader", "Leader of the Democratic Unionist Party")]),
    # near misses: two parties before it; the party only after it; a bare "leader"
    ("The Labour Party and the Conservative Party met. Party leader Carl Mendez resigned.", []),
    ("Party leader Carl Mendez resigned, the Labour Party said.", []),
    ("The Labour Party met, and leader Carl Mendez spoke.", []),
])
def test_offices_party_leader_points_back_at_the_one_party_before(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("fields, error", [
    ({"org_types": ["political_party"], "level": "org", "template": "Leader of the {J}", "member": False,
      "anaphor_nouns": ["senator"], "name_forms": ["{W} Party"]}, None),
    ({"anaphor_nouns": ["senator"]}, "it and 'name_forms' are for roles with 'org_types'"),
    ({"org_types": ["political_party"], "anaphor_nouns": ["senate leader"]}, "'anaphor_nouns' must be nouns"),
    ({"org_types": ["political_party"], "name_forms": ["Party"]}, "holds {W} once"),
    ({"org_types": ["political_party"], "name_forms": ["{W}"]}, "holds {W} once"),
])
def test_roles_anaphor_nouns_and_name_forms_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.name_forms == ("{W} Party",))


@pytest.mark.parametrize("text, expected", [
    # "leadership" right before a race noun points back at the one party named before (race_anaphor_nouns) ...
    # (cand35: "the race to lead PARTY" names the office too)
    ("Ana Ruiz enters the race to lead the Conservative Party of Canada. Ivan Petrov drops out of the leadership "
     "contest.", [("lead the Conservative Party of Canada", "Leader of the Conservative Party of Canada"),
                  ("leadership", "Leader of the Conservative Party of Canada")]),
    ("Ana Ruiz resigns as leader of Welsh Labour. A leadership election will be held in March.",
     [("leader of Welsh Labour", "Leader of Welsh Labour"), ("leadership", "Leader of Welsh Labour")]),
    # ... and a party told apart by a place in parentheses stays the party before the role word
    ("2016 Conservative Party (UK) leadership election",
     [("Conservative Party (UK) leadership", "Leader of the Conservative Party")]),
    # near misses: no race noun after it; two parties before it; no party at all
    ("The Communist Party met. The country's leadership was reshuffled.", []),
    ("The Labour Party and the Conservative Party met before the leadership election.", []),
    ("Ana Ruiz drops out of the leadership contest.", []),
])
def test_offices_leadership_race_points_back_at_the_one_party(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an international body's "head" or "chief" is the office its own title names (role.org_head names) ...
    ("The head of the Arab League Ana Ruiz said she will run for president.",
     [("head of the Arab League", "Secretary-General of the Arab League")]),
    ("Ana Ruiz, the head of the Organization of American States, said the count was fair.",
     [("head of the Organization of American States", "Secretary-General of the Organization of American States")]),
    ("Allies reject UN chief Ana Ruiz's view of the war.", [("UN chief", "Secretary-General of the United Nations")]),
    ("Iran denied that IAEA chief Ana Ruiz had visited the site.",
     [("IAEA chief", "Director-General of the International Atomic Energy Agency")]),
    # ... and a party's head is its leader
    ("Ana Ruiz, the new head of the Israeli Labor Party, warned the government.",
     [("head of the Israeli Labor Party", "Leader of the Israeli Labor Party")]),
    # near misses: a body whose head no title names; another noun after the body or the word (bounded_forms);
    # a possessive (the body's agency's head); the body's chief of staff; an institution's head
    ("The incoming head of the European Union spoke.", []),
    ("Former UN chief weapons inspector Ana Ruiz spoke.", []),
    ("Ana Ruiz, the head of the UN mission in Iraq, spoke.", []),
    ("The head of the UN's nuclear watchdog spoke.", []),
    ("UN chief of staff Ana Ruiz spoke.", []),
    ("The Labour head office was closed.", []),
    ("Ana Ruiz, head of the Labour Party list, spoke.", []),
    ("Ana Ruiz, the head of the Kestrel Diocese, was indicted.", []),
    ("The head of the joint UN-African Union mission spoke.", []),
    # ... nor a name the KB does not know as a party or as such a body
    ("The head of the Kestrel Finance Committee called for a probe.", []),
])
def test_offices_head_of_a_body_or_party(nlp, text, expected):
    assert offices(nlp(text)) == expected


def test_offices_head_of_a_body_is_no_race_office(nlp):
    # role.org_head is appointed: a body's head the sentence names beside a win is not the office won
    # (an election won: a recall referendum won is no office won, results.yml won.verb exclude_object)
    doc = nlp("Results show that President Ana Ruiz won the election in Venezuela, the head of the "
              "Organization of American States said Saturday.")
    assert [(f.name("subject"), f.name("object")) for f in doc._.facts if f.predicate == "won"] == \
        [("Ana Ruiz", "President of Venezuela")]


@pytest.mark.parametrize("fields, error", [
    ({"level": "org", "template": "Head of the {J}", "member": False, "nouns": ["head"], "bounded_forms": ["head"],
      "names": {"Zembla League": "Secretary-General of the Zembla League"}, "names_only": True}, None),
    ({"nouns": ["senator"], "bounded_forms": ["senator"]}, "are for roles of level 'org'"),
    ({"level": "org", "template": "Head of the {J}", "member": False, "nouns": ["head"], "bounded_forms": ["chief"]},
     "are for roles of level 'org'"),
    ({"level": "org", "template": "Head of the {J}", "member": False, "nouns": ["head"], "names_only": True},
     "are for roles of level 'org'"),
    ({"org_types": ["political_party"], "race_anaphor_nouns": ["leadership"]}, "must be nouns of the role"),
])
def test_roles_bounded_forms_and_names_only_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.names_only and role.bounded_forms == ("head",))


@pytest.mark.parametrize("fields, error", [
    ({"nouns": ["speaker of parliament"], "template": "Speaker of the Parliament of {J}", "member": False,
      "elected_nouns": ["speaker"]}, None),
    ({"level": "org", "template": "Speaker of the {J}", "member": False, "nouns": ["speaker"],
      "elected_nouns": ["speaker"], "org_types": ["legislature"]}, "'elected_nouns' are for roles of level 'country'"),
    ({"level": "org", "template": "Speaker of the {J}", "member": False, "nouns": ["speaker"], "electing_body": True},
     "'electing_body' is for roles with 'org_types'"),
])
def test_roles_electing_body_and_elected_nouns_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.elected_nouns == ("speaker",))


@pytest.mark.parametrize("text, expected", [
    # a bare presiding title after the winner of a body's electing verb is that body's post: an ORG's, or the
    # country's legislature named by its common words; each title after its own winner
    ("Zembla's parliament elected Ana Ruiz as speaker in Ghana on Monday.",
     [("speaker", "Speaker of the Parliament of Ghana")]),
    ("Ghana's parliament re-elected Ana Ruiz as speaker on Monday.", [("speaker", "Speaker of the Parliament of Ghana")]),
    ("Lawmakers in Ghana elected Ana Ruiz, a former judge, as speaker on Monday.",
     [("Lawmakers", "Member of the Parliament of Ghana"), ("speaker", "Speaker of the Parliament of Ghana")]),
    ("Armenia's National Assembly elected Ana Ruiz as its new speaker.",
     [("speaker", "Speaker of the National Assembly of Armenia")]),
    ("Moldova's parliament elected Ana Ruiz as speaker and Ivan Petrov as deputy speaker.",
     [("speaker", "Speaker of the Parliament of Moldova"),
      ("deputy speaker", "Deputy Speaker of the Parliament of Moldova")]),
    ("Serbia's parliament elected Ivan Petrov as prime minister and Ana Ruiz as speaker.",
     [("prime minister", "Prime Minister of Serbia"), ("speaker", "Speaker of the National Assembly of Serbia")]),
    # near misses: a common word elsewhere, a passive, an infinitive, another body's choice, a body's own "its" post
    ("Keynote speaker Ana Ruiz told the conference in Ghana that parliament elected her.", []),
    ("Ivan Petrov was elected speaker at the conference in Ghana.", []),
    ("Ghana's parliament will meet to elect a speaker, Ivan Petrov said.", []),
    ("The university senate in Ghana elected Ana Ruiz as its speaker.", []),
    ("Ghana's football federation elected Ana Ruiz as its president on Friday.", []),
    ("The Rotary club in Ghana chose Ana Ruiz as speaker for its dinner.", []),
])
def test_offices_post_a_body_elects(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised role word before a competition's head (org_heads.tsv after_role) is a name's word
    ("Chennai won the final of the Indian Premier League on Sunday.", []),
    ("Velmar won the Russian Premier League championship on the final day.", []),
    ("Velmar won the Kenyan Premier Rugby League on Sunday.", []),
    # near misses: the premier beside a competition named apart; a lower-case league; two words between
    ("Premier Ana Ruiz of Ontario announced the Premier League deal.",
     [("Premier", "Premier of Ontario")]),
    ("Ontario Premier Ana Ruiz visited the league office.", [("Ontario Premier", "Premier of Ontario")]),
    ("Ontario Premier Ana Ruiz Backs Velmar League Bid.", [("Ontario Premier", "Premier of Ontario")]),
])
def test_offices_role_word_before_a_competitions_head_is_no_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation in lower case after the role's "of" holds the office, not the story's country
    ("In Kenya Ana Ruiz is appointed as president of the national Kenyan speed skating association.", []),
    ("The Velmar Association of Kenya accepts Ana Ruiz's resignation as president of that organization.", []),
    ("Ana Ruiz, president of the company, resigned in Kenya.", []),
    ("Ana Ruiz, the president of the national assembly, resigned in Kenya.", []),
    # near misses: a place, a country word, a government (no organisation's head) after "of"
    ("Ana Ruiz, president of Kenya, resigned.", [("president of Kenya", "President of Kenya")]),
    ("Ana Ruiz was elected president of the country in Kenya.", [("president", "President of Kenya")]),
    ("Ana Ruiz, prime minister of the interim government, resigned in Kenya.",
     [("prime minister", "Prime Minister of Kenya")]),
])
def test_offices_organisation_in_lower_case_after_of_is_no_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's parliament's presiding officer and deputy by the common words: named after its national
    # legislature (legislatures.jsonl), a named legislature's by its name
    ("Iran's parliamentary speaker Ana Ruiz tested positive.",
     [("Iran's parliamentary speaker", "Speaker of the Islamic Consultative Assembly")]),
    ("Parliament Speaker Ana Ruiz opened the session in Ghana.",
     [("Parliament Speaker", "Speaker of the Parliament of Ghana")]),
    ("The speaker of parliament, Ana Ruiz, opened the session in Ghana.",
     [("speaker of parliament", "Speaker of the Parliament of Ghana")]),
    ("Knesset deputy speaker Ana Ruiz opened the session.",
     [("Knesset deputy speaker", "Deputy Speaker of the Knesset")]),
    ("Ana Ruiz, the Knesset's deputy speaker, opened the session.",
     [("Knesset's deputy speaker", "Deputy Speaker of the Knesset")]),
    ("The Deputy Speaker of the Turkish Parliament Ivan Petrov said the vote would be held.",
     [("Deputy Speaker of the Turkish Parliament", "Deputy Speaker of the Grand National Assembly of Turkey")]),
    # a titled member of a chamber is of the country whose chamber the story names, not of the place it is about
    ("The Turkish Parliament votes to send troops to Lebanon. Deputy speaker Ivan Petrov said 340 lawmakers "
     "voted for it.",
     [("Deputy speaker", "Deputy Speaker of the Grand National Assembly of Turkey"),
      ("lawmakers", "Member of the Grand National Assembly of Turkey")]),
    # near misses: no country told; a club's; a country whose Congress has no speaker
    ("Deputy speaker Ivan Petrov spoke.", []),
    ("Our deputy speaker at the club, Ivan Petrov, spoke.", []),
    ("Parliament Speaker Ana Ruiz met Ivan Petrov in the United States.", []),
])
def test_offices_speakers_of_a_parliament(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a member of the European Union's executive, by a portfolio where one is told
    ("EU trade commissioner Ana Ruiz said talks would resume.",
     [("EU trade commissioner", "European Commissioner for Trade")]),
    ("EU farm commissioner Ivan Petrov criticised the plan.",
     [("EU farm commissioner", "European Commissioner for Agriculture")]),
    ("Ivan Petrov, the EU's enlargement commissioner, said Turkey was not ready.",
     [("EU's enlargement commissioner", "European Commissioner for Enlargement")]),
    ("Ana Ruiz, the European Commissioner for Trade, met Ivan Petrov.",
     [("European Commissioner for Trade", "European Commissioner for Trade")]),
    ("Former EU commissioner Ana Ruiz met Ivan Petrov.", [("EU commissioner", "European Commissioner")]),
    # near misses: a portfolio's commissioner of no union; the UN's refugee chief
    ("The trade commissioner said nothing in Brussels.", []),
    ("UN High Commissioner for Refugees Ana Ruiz said Sudan must act.", []),
])
def test_offices_european_commissioners(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "PM": a prime minister, placed as the role's other words are
    ("British PM Ivan Petrov visited Israel.", [("British PM", "Prime Minister of the United Kingdom")]),
    ("India's PM Ivan Petrov met Ana Ruiz.", [("India's PM", "Prime Minister of India")]),
    ("Thai PM Defiant After Talks Fail.", [("Thai PM", "Prime Minister of Thailand")]),
    # near misses: a time of day; the lower-case word with no place before it and no name after it
    ("The polls in Britain close at 10 PM Thursday.", []),
    ("In Britain, the count began at 10.30 PM with Ana Ruiz ahead.", []),
    ("The polls in Britain close at 10 pm Thursday, Ana Ruiz said.", []),
])
def test_offices_prime_minister_abbreviated(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a role's plural capitalised right after a city is a sports team's name, no office
    ("The Velmar Comets beat the Ottawa Senators 3-2 on Sunday.", []),
    ("The Toronto Mayors lost to the Boston Governors in the final.", []),
    # near misses: a state's or a country's members, and a city's written in lower case, keep their office
    ("Ohio Senators voted against the bill.", [("Ohio Senators", "Member of the United States Senate")]),
    ("Canadian Senators voted against the bill.", [("Canadian Senators", "Member of the Senate of Canada")]),
    ("Ottawa senators voted against the bill.", [("Ottawa senators", "Member of the Senate of Canada")]),
])
def test_offices_city_team_names(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a holder's number between a place and the role, as "first": the place before it is the office's
    ("Ana Ruiz became Kenya's 4th president, though France voted too.", [("Kenya's 4th president", "President of Kenya")]),
    ("Ana Ruiz, Chile's 23rd Prime Minister, met Ivan Petrov in Peru.",
     [("Chile's 23rd Prime Minister", "Prime Minister of Chile")]),
    ("Ana Ruiz became Kenya's first president, though France voted too.",
     [("Kenya's first president", "President of Kenya")]),
    # near miss: a number after a possessive that ends before the role ("Kenya's 2nd, the president") is no holder's
    ("Ana Ruiz came Kenya's 2nd, the president of Peru said.", [("president of Peru", "President of Peru")]),
])
def test_offices_holders_number(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "minister for <portfolio>" in lower case, as "minister of <portfolio>": the cabinet office
    ("Kenya's minister for foreign affairs, Ana Ruiz, spoke.",
     [("Kenya's minister for foreign affairs", "Minister of Foreign Affairs of Kenya")]),
    ("Ivan Petrov, Chile's minister for defence, resigned.", [("Chile's minister for defence", "Minister of Defence of Chile")]),
    ("Ivan Petrov, Chile's minister of finance, resigned.", [("Chile's minister of finance", "Minister of Finance of Chile")]),
    # near misses: a portfolio no role names is still none; a capitalised portfolio keeps its own name
    ("Chile's minister for sport, Ivan Petrov, resigned.", []),
    ("Minister for Defence Ivan Petrov spoke.", [("Minister for Defence", "Minister for Defence")]),
])
def test_offices_minister_for_portfolio_in_lower_case(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised portfolio no role names, after "Minister of" / "Secretary of": a cabinet office of the country
    # its demonym, possessive, "of <place>" or the story names, the portfolio's "and the" word included
    ("Kenyan Minister of Public Service and Administration Ana Ruiz spoke.",
     [("Kenyan Minister of Public Service and Administration",
       "Minister of Public Service and Administration of Kenya")]),
    ("Chile's Minister of Economic Affairs and the Interior, Ivan Petrov, resigned.",
     [("Chile's Minister of Economic Affairs and the Interior", "Minister of Economic Affairs and the Interior of Chile")]),
    ("Ivan Petrov, the Minister of Higher Education of Peru, resigned.",
     [("Minister of Higher Education of Peru", "Minister of Higher Education of Peru")]),
    ("The U.S. Secretary of Veterans Affairs, Ivan Petrov, resigned.",
     [("U.S. Secretary of Veterans Affairs", "United States Secretary of Veterans Affairs")]),
    # a name no stage found after a long portfolio ends it (the last two words)
    ("A crash kills Kenyan Minister of Public Service and Administration Odhiambo Wekesa.",
     [("Kenyan Minister of Public Service and Administration",
       "Minister of Public Service and Administration of Kenya")]),
    # near misses: a clergyman; no place told; a secretary where no minister is so titled; a portfolio word read
    # into a name (unsure: none); another office after "and the"; a portfolio a role names keeps that role's office
    ("The Reverend Tom Hart, a minister of Grace Church, led the service.", []),
    ("Minister of Public Service Ana Ruiz spoke.", []),
    ("Secretary of Veterans Affairs Ivan Petrov visited Chile.", []),
    ("Ana Ruiz, the Secretary of Acme Corp, said the U.S. market is weak.", []),
    ("Chilean Minister of Social Development Karla Rubilar said it.", []),
    ("Minister of Health and the Prime Minister Ana Ruiz of Chile spoke.",
     [("Minister of Health", "Minister of Health of Chile"), ("Prime Minister", "Prime Minister of Chile")]),
    ("Minister of Finance Ana Ruiz of Chile spoke.", [("Minister of Finance", "Minister of Finance of Chile")]),
])
def test_offices_capitalised_portfolio_of_a_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy's post told without its country: the country of the story's envoys to the same post, or of those in a
    # sentence that names the same person
    ("Ivan Petrov, Peru's ambassador to Japan, is elected. Petrov previously served as ambassador to Chile.",
     [("Peru's ambassador to Japan", "Ambassador of Peru to Japan"), ("ambassador to Chile", "Ambassador of Peru to Chile")]),
    ("Former U.S. ambassador to Chile Ana Ruiz testified. Reports describe the former ambassador to Chile.",
     [("U.S. ambassador to Chile", "United States Ambassador to Chile"),
      ("ambassador to Chile", "United States Ambassador to Chile")]),
    # near misses: another person's post; a post at the sender's own country; envoys of two countries; no envoy
    # told in full
    ("China's ambassador to Britain Ivan Petrov spoke. The ambassador to France, Ana Ruiz, agreed.",
     [("China's ambassador to Britain", "Ambassador of China to the United Kingdom")]),
    ("Ivan Petrov, Peru's ambassador to Japan, spoke. Petrov was ambassador to Peru before.",
     [("Peru's ambassador to Japan", "Ambassador of Peru to Japan")]),
    ("Peru's ambassador to Chile and Japan's ambassador to Chile met. Later the ambassador to Chile, Ana Ruiz, spoke.",
     [("Peru's ambassador to Chile", "Ambassador of Peru to Chile"),
      ("Japan's ambassador to Chile", "Ambassador of Japan to Chile")]),
    ("The ambassador to France, Ana Ruiz, agreed.", []),
])
def test_offices_envoy_country_from_the_story(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a region's demonym (models/kb/entities.jsonl regions) before a role names the region's office
    ("Ivan Petrov, the Zemblan-backed Chechen president, spoke in Russia.", [("Chechen president", "President of Chechnya")]),
    ("The Flemish prime minister, Ana Ruiz, said Belgium would vote.",
     [("Flemish prime minister", "Prime Minister of Flanders")]),
    # near miss: the country's own demonym still names the country's office
    ("The Belgian prime minister, Ana Ruiz, said Flanders would vote.",
     [("Belgian prime minister", "Prime Minister of Belgium")]),
])
def test_offices_region_demonyms(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's national legislature from lexicons/legislatures.jsonl names its members' office, whichever
        # common word the story uses: a demonym's lawmakers, "a member of the <demonym> parliament", its seats
        ("Zambian lawmakers meet Ana Ruiz.", [("Zambian lawmakers", "Member of the National Assembly of Zambia")]),
        ("Ana Ruiz, a member of the Tanzanian parliament, was arrested.",
         [("member of the Tanzanian parliament", "Member of the National Assembly of Tanzania")]),
        ("The ruling party won 40 seats in the Malawian parliament.",
         [("seats in the Malawian parliament", "Member of the National Assembly of Malawi")]),
        ("In Sierra Leone, Ana Ruiz meets lawmakers.", [("lawmakers", "Member of the Parliament of Sierra Leone")]),
        # near misses: a country with no chamber of that kind has no member of it; no legislature at all, none
        ("In Zambia, Ana Ruiz meets senators.", []),
        ("Ana Ruiz, a member of the Saudi parliament, was arrested.", []),
    ],
)
def test_offices_national_chambers_of_smaller_countries(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an international body's director-general, beside the body as a possessive, a name before it or "of"
        ("WHO Director-General Ana Ruiz warned of the outbreak.",
         [("WHO Director-General", "Director-General of the World Health Organization")]),
        ("Ana Ruiz, the World Health Organization's director-general, warned of the outbreak.",
         [("World Health Organization's director-general", "Director-General of the World Health Organization")]),
        ("The director general of the International Atomic Energy Agency, Ana Ruiz, spoke.",
         [("director general of the International Atomic Energy Agency",
           "Director-General of the International Atomic Energy Agency")]),
        # near misses: a broadcaster's, a police force's or an office's director general holds no such office
        ("BBC director general Ana Ruiz resigned on Friday.", []),
        ("The police director general Ana Ruiz resigned in Manila.", []),
        ("Ana Ruiz, director general of the ministry's budget office, resigned.", []),
    ],
)
def test_offices_director_general_of_an_international_body(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subdivision named after a titled holder, or after "governor of", past a direction and a demonym
        ("Governor Ana Ruiz of the northern state of Kestrel declared an emergency in Mexico.",
         [("Governor", "Governor of Kestrel")]),
        ("Governor Ana Ruiz of the northern Mexican state of Kestrel declared an emergency.",
         [("Governor", "Governor of Kestrel")]),
        ("Ana Ruiz, governor of the northern Mexican state of Kestrel, declared an emergency.",
         [("governor of the northern Mexican state of Kestrel", "Governor of Kestrel")]),
        # near misses: a country's office after its holder is no subdivision's; a party after the name places nothing
        ("President Ana Ruiz of the state of Kestrel spoke.", [("President", "President")]),
        ("Governor Ana Ruiz of the Green Party spoke in Kestrel.", [("Governor", "Governor")]),
    ],
)
def test_offices_subdivision_after_the_titled_holder(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, word, prefixes, expected", [
    ("Ex-president Ana Ruiz spoke.", "president", {"ex"}, True),
    ("the ex–mayor of Velmar", "mayor", {"ex"}, True),  # an en dash
    ("Acme co-president Ana Ruiz", "president", {"co"}, True),
    ("the pro-Zemblan party", "Zemblan", {"pro", "anti"}, True),
    # near misses: no hyphen, another prefix, nothing before the word, a word past the one after the hyphen
    ("Ex president Ana Ruiz spoke.", "president", {"ex"}, False),
    ("Acme co-president Ana Ruiz", "president", {"ex"}, False),
    ("President Ana Ruiz", "President", {"ex"}, False),
    ("the ex - mayor of Velmar", "Velmar", {"ex"}, False),
])
def test_offices_prefixed_reads_one_hyphened_prefix(nlp, text, word, prefixes, expected):
    from pipeline.nlp.components.offices import _prefixed

    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == word)
    assert _prefixed(doc, start, frozenset(prefixes)) is expected, [t.text for t in doc]


@pytest.mark.parametrize("text, expected", [
    # a legislature named without its country is the story's country's of that name (legislatures.jsonl, the KB)
    ("In Monaco's elections, the alliance wins 20 of 24 seats in the National Council.",
     [("seats in the National Council", "Member of the National Council of Monaco")]),
    ("In Monaco, Ana Ruiz, a member of the National Council, resigned.",
     [("member of the National Council", "Member of the National Council of Monaco")]),
    # ... even where another country's body bears the same name in the KB
    ("Voters in Comoros elect the 33 members of the Assembly of the Union.",
     [("members of the Assembly of the Union", "Member of the Assembly of the Union of the Comoros")]),
    # a legislature written with its country in another of the KB's names for it
    ("Voting begins in elections to the National Assembly of the Republic of Belarus and local councils.",
     [("National Assembly of the Republic of Belarus", "Member of the National Assembly of Belarus")]),
    # near misses: the KB's own country keeps its body; a council that is no country's legislature names no office
    ("Voters in Myanmar elect the members of the Assembly of the Union.",
     [("members of the Assembly of the Union", "Member of the Assembly of the Union")]),
    ("In Monaco, the members of the National Council of Churches met.", []),
    ("In Kenya, the members of the National Council met.", []),
    # ... nor one the story's country's legislature is named after, acting before a race noun ("may vote")
    ("In Monaco, the National Council rejected the bill. The National Council may vote again next week.", []),
])
def test_offices_legislature_of_the_story_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


def test_offices_needs_plain_span_extensions(nlp):
    """The stage reads and writes its span extensions in Doc.user_data: one registered otherwise (a getter) is
    refused when the stage is built, not read wrong."""
    from spacy.tokens import Span

    from pipeline.nlp.components.offices import OfficeRecognizer

    stage = nlp.get_pipe("newsfacts_offices")
    Span.set_extension("jurisdiction", getter=lambda span: None, force=True)
    try:
        with pytest.raises(ValueError, match="jurisdiction"):
            OfficeRecognizer(nlp, "newsfacts_offices", stage.res)
    finally:
        Span.set_extension("jurisdiction", default=None, force=True)
    assert OfficeRecognizer(nlp, "newsfacts_offices", stage.res) is not None


class _NeverDisjoint(frozenset):
    """A word set that answers every ``isdisjoint`` with False: the stage then runs every matcher, as without its gate."""

    def isdisjoint(self, other) -> bool:
        return False


def test_offices_cue_gate_changes_no_mention(nlp, monkeypatch):
    """A Doc without a role word runs the body and seat cue matchers only when it holds one of their cues' first
    words (``isdisjoint`` in C), and keeps the entities stage's mentions as they stand: the mentions and their
    extensions over 1,000 current-events items are those found when every Doc runs every matcher."""
    from conftest import current_events_texts

    from pipeline.nlp.extensions import MENTIONS

    texts = current_events_texts(1000)
    texts += ["He was elected to the Knesset.", "She wins the Peterborough seat.", "The MP for Bolton West spoke."]

    def mentions():
        return [[(s.start, s.end, s.label_, s._.rule, s._.role, s._.jurisdiction, s._.entity)
                 for s in doc.spans[MENTIONS]] for doc in nlp.pipe(texts)]

    gated = mentions()
    stage = nlp.get_pipe("newsfacts_offices")
    monkeypatch.setattr(stage, "_body_or_seat_cue_firsts", _NeverDisjoint(stage._body_or_seat_cue_firsts))
    assert mentions() == gated
    assert sum(label == "OFFICE" for doc in gated for _, _, label, *_ in doc) > 100


@pytest.mark.parametrize("text, expected", [
    # a named court's judge or justice: the court before the noun, or after "of"/"on" ("at" for a judge)
    ("Kestrel Supreme Court justice Ana Ruiz postponed the sentencing.",
     [("Kestrel Supreme Court justice", "Justice of the Kestrel Supreme Court")]),
    ("Velmar County Superior Court Judge Ana Ruiz sentenced him.",
     [("Velmar County Superior Court Judge", "Judge of the Velmar County Superior Court")]),
    ("Ana Ruiz, a justice of the Kestrel Supreme Court, resigned.",
     [("justice of the Kestrel Supreme Court", "Justice of the Kestrel Supreme Court")]),
    ("A judge at the Velmar High Court struck out the claim.",
     [("judge at the Velmar High Court", "Judge of the Velmar High Court")]),
    # ... a court the KB knows, named by the story's country's demonym
    ("In Thailand, Constitutional Court judge Ana Ruiz resigned.",
     [("Constitutional Court judge", "Judge of the Constitutional Court of Thailand")]),
    # near misses: a court named by its kind alone is no one court; a contest's or a sport's judge, a tennis court,
    # justice sought at a court, a bare title, a party's or a department's name hold no court's office
    ("Supreme Court Justice Ana Ruiz resigned.", []),
    ("Ana Ruiz, a judge of the High Court, resigned.", []),
    ("Ana Ruiz, a figure skating judge, gave the pair a 6.0.", []),
    ("Ana Ruiz, a judge on the talent show, resigned.", []),
    ("Ana Ruiz played the final on Centre Court at Wimbledon.", []),
    ("The family will seek justice at the Velmar Criminal Court.", []),
    ("Judge Ana Ruiz dismissed the case.", []),
    ("The People's Justice Party wins the by-election.", []),
    ("The Justice Department closed its inquiry.", []),
])
def test_offices_judges_and_justices_of_a_named_court(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a federal district's chief prosecutor, however the genre writes it
    ("Former US District attorney Ana Ruiz is elected mayor of Lyon.",
     [("US District attorney", "United States Attorney"), ("mayor of Lyon", "Mayor of Lyon")]),
    ("Ana Ruiz, the U.S. Attorney for the Western District of Kestrel, said the case was closed.",
     [("U.S. Attorney", "United States Attorney")]),
    ("United States Attorney Ana Ruiz charged him.", [("United States Attorney", "United States Attorney")]),
    # near misses: a county's district attorney (its own office: role.district_attorney), the attorney general, a
    # lawyer
    ("Velmar County District Attorney Ana Ruiz charged him.",
     [("Velmar County District Attorney", "District Attorney of Velmar County")]),
    ("U.S. Attorney General Ana Ruiz spoke.", [("U.S. Attorney General", "Attorney General of the United States")]),
    ("His attorney, Ana Ruiz, said he was innocent.", []),
])
def test_offices_united_states_attorney(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("fields, error", [
    ({"level": "org", "template": "Judge of the {J}", "member": False, "org_heads": ["court"], "min_name_words": 3,
      "not_before": ["General"]}, None),
    ({"level": "org", "template": "Judge of the {J}", "member": False, "min_name_words": -1}, "must be a whole number"),
    ({"level": "org", "template": "Judge of the {J}", "member": False, "min_name_words": "3"}, "must be a whole number"),
    ({"not_before": "general"}, "must be a list of non-empty strings"),
])
def test_roles_min_name_words_and_not_before_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.min_name_words == 3 and role.not_before == ("general",))


@pytest.mark.parametrize("text, expected", [
    # a city council's members and president, as written before a name or with the city's name
    ("Toronto city councillor Ana Ruiz was re-elected on Sunday.",
     [("Toronto city councillor", "Member of the Toronto City Council")]),
    ("Councilwoman Ana Ruiz of Lyon was re-elected on Sunday.", [("Councilwoman", "Member of the Lyon City Council")]),
    # a city's district council by the text's own word, as pool7's gold names it ("Member of the Mogadishu District
    # Council"), no city council
    ("Residents of Mogadishu vote to elect 390 district council members.",
     [("district council members", "Member of the Mogadishu District Council")]),
    ("Atlanta City Council President Lisa Borders endorsed Kasim Reed.",
     [("Atlanta City Council President", "President of the Atlanta City Council")]),
    # "Legislative Council member" is the legislature's member (the longer noun)
    ("Ana Ruiz became the youngest Legislative Council member in Hong Kong's history.",
     [("Legislative Council member", "Member of the Legislative Council of Hong Kong")]),
    # near misses (roles.jsonl not_after): a word before "council" names another council, no city's, so no city
    # of the story's places makes one of it
    ("UN Security Council members arrived in Nairobi on Monday for talks.", []),
    ("BAGHDAD - Gunmen ambushed the convoy of former Iraqi governing council president Ana Ruiz on Wednesday.", []),
    ("Kent county councillor Ana Ruiz resigned on Monday.", []),
    ("Ana Ruiz, a Lyon regional councillor, resigned on Monday.", []),
])
def test_offices_city_council_not_after_another_council(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a compound demonym of an autonomous region (KB demonyms): the longest wins, as "Turkish Cypriot" does
    ("Bosnian Serb Prime Minister Ana Ruiz resigned on Monday.",
     [("Bosnian Serb Prime Minister", "Prime Minister of Republika Srpska")]),
    # near miss: the country's own demonym
    ("Serbian Prime Minister Ana Ruiz resigned on Monday.", [("Serbian Prime Minister", "Prime Minister of Serbia")]),
])
def test_offices_bosnian_serb_is_republika_srpska(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("fields, error", [
    ({"not_after": ["Security", "district"]}, None),
    ({"not_after": "district"}, "must be a list of non-empty strings"),
    ({"not_after": [""]}, "must be a list of non-empty strings"),
])
def test_roles_not_after_validated(tmp_path, fields, error):
    _roles_validated(tmp_path, fields, error, lambda role: role.not_after == ("security", "district"))


@pytest.mark.parametrize("text, expected", [
    # a lower-case administrative head right after the place's name ends the office, which stays the place's
    ("Ana Ruiz, the governor of Kano state, said the vote was peaceful.",
     [("governor of Kano state", "Governor of Kano")]),
    ("The president of the Lombardy region, Ivan Dorov, has reacted.",
     [("president of the Lombardy region", "President of Lombardy")]),
    ("Ana Ruiz, the governor of Tver province, resigned on Monday.",
     [("governor of Tver province", "Governor of Tver")]),
    # near misses: a head that another noun's lower-case word follows modifies it; no head at all
    ("The governor of Ohio state budget office resigned.", [("governor of Ohio", "Governor of Ohio")]),
    ("The mayor of Lyon region officials met on Monday.", [("mayor of Lyon", "Mayor of Lyon")]),
    ("The governor of Tver said the vote was fair.", [("governor of Tver", "Governor of Tver")]),
])
def test_offices_lower_case_place_head_ends_the_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a party named past a place's possessive and its describing words ("opposition", "right-wing")
    ("Ana Ruiz, the chairman of Ghana's opposition New Patriotic Union, called a strike.",
     [("chairman of Ghana's opposition New Patriotic Union", "Leader of the New Patriotic Union")]),
    ("The leader of Kenya's opposition Orange Democratic Movement, Ivan Dorov, called for protests.",
     [("leader of Kenya's opposition Orange Democratic Movement", "Leader of the Orange Democratic Movement")]),
    ("Ana Ruiz, leader of Italy's right-wing National Alliance, spoke.",
     [("leader of Italy's right-wing National Alliance", "Leader of the National Alliance")]),
    # near misses: no party's name after the words, a union's leader
    ("The leader of Kenya's ruling party met Ana Ruiz.", []),
    ("The leader of Zembla's biggest trade union, Ana Ruiz, called a strike.", []),
])
def test_offices_party_past_a_possessed_place_and_its_modifiers(nlp, text, expected):
    assert offices(nlp(text)) == expected


def holds(doc):
    return [(f.name("subject"), f.name("object")) for f in doc._.facts if f.predicate == "holds_office"]


@pytest.mark.parametrize("text, expected", [
    # a cabinet minister named by a portfolio noun, in each of the genre's ways
    ("Argentine Economy Minister Ana Ruiz announced new measures.", [("Ana Ruiz", "Minister of Economy of Argentina")]),
    ("Economy Minister Ana Ruiz of Argentina announced new measures.",
     [("Ana Ruiz", "Minister of Economy of Argentina")]),
    ("Chilean Labour Minister Ana Ruiz proposed a reform.", [("Ana Ruiz", "Minister of Labour of Chile")]),
    ("Nigerian Petroleum Minister Tom Hart announced a price cut.", [("Tom Hart", "Minister of Oil of Nigeria")]),
    ("Kuwaiti Oil Minister Tom Hart spoke to reporters.", [("Tom Hart", "Minister of Oil of Kuwait")]),
    ("Indian Home Minister Tom Hart visited the region.", [("Tom Hart", "Minister of Home Affairs of India")]),
    ("French Culture Minister Ana Ruiz opened the festival.", [("Ana Ruiz", "Minister of Culture of France")]),
    ("Tourism Minister Tom Hart of Jordan opened the resort.", [("Tom Hart", "Minister of Tourism of Jordan")]),
    ("Foreign Affairs Minister Ana Ruiz of Canada met her counterpart.",
     [("Ana Ruiz", "Minister of Foreign Affairs of Canada")]),
    ("Tom Hart, Peru's commerce minister, signed the deal.", [("Tom Hart", "Minister of Commerce of Peru")]),
    ("Israeli National Security Minister Tom Hart visited the site.",
     [("Tom Hart", "Minister of National Security of Israel")]),
    # near misses: a ministry, a church's minister, a minister with no portfolio noun of the lexicon's
    ("The Economy Ministry of Argentina announced new measures.", []),
    ("The Reverend Tom Hart, a minister of the Kestrel Church, led the service.", []),
    ("The culture of the ministry changed, Ana Ruiz said.", []),
])
def test_offices_portfolio_ministers(nlp, text, expected):
    assert holds(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a central bank's governor is no state's governor
    ("Central bank governor Ana Ruiz of Argentina raised rates.",
     [("Ana Ruiz", "Governor of the Central Bank of Argentina")]),
    ("Argentina's central bank governor Ana Ruiz raised rates.",
     [("Ana Ruiz", "Governor of the Central Bank of Argentina")]),
    ("Ana Ruiz, Peru's central bank governor, raised rates.", [("Ana Ruiz", "Governor of the Central Bank of Peru")]),
    ("Fed Governor Tom Hart spoke on Monday.",
     [("Tom Hart", "Member of the Board of Governors of the Federal Reserve System")]),
    # near misses: a state's governor beside a central bank, a prison's governor, the bank named as an organisation
    # (test_offices_sports_and_other_bodies_hold_no_public_office)
    ("Ana Ruiz, governor of the Central Bank of Peru, raised rates.", []),
    ("The central bank raised rates, Governor Tom Hart of Texas said.", [("Tom Hart", "Governor of Texas")]),
    ("Texas Governor Tom Hart signed the bill.", [("Tom Hart", "Governor of Texas")]),
    ("The governor of the prison, Tom Hart, was suspended.", []),
])
def test_offices_central_bank_governor_is_no_states(nlp, text, expected):
    assert holds(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an office of one country's cabinet, by its title or the genre's shorter form
    ("Japanese Cabinet Secretary Tom Hart announces his candidacy.", [("Tom Hart", "Chief Cabinet Secretary of Japan")]),
    ("Japan's chief cabinet secretary, Tom Hart, told reporters the talks would resume.",
     [("Tom Hart", "Chief Cabinet Secretary of Japan")]),
    ("Former senior minister Tom Hart is elected as the 9th president of Singapore.",
     [("Tom Hart", "Senior Minister of Singapore")]),
    ("Senior Minister Tom Hart of Singapore opened the forum.", [("Tom Hart", "Senior Minister of Singapore")]),
    ("State Councillor Tom Hart of China met the envoy.", [("Tom Hart", "State Councillor of China")]),
    ("Chinese State Councilor Tom Hart met the envoy.", [("Tom Hart", "State Councillor of China")]),
    # near misses: the same words in a country without the office, or as a common phrase away from a name; a city's
    # councillor
    ("Kenyan Cabinet Secretary Tom Hart spoke in Nairobi.", []),
    ("Toronto city councillor Ana Ruiz proposed the bill.", [("Ana Ruiz", "Member of the Toronto City Council")]),
    ("Cabinet Secretary Tom Hart said the civil service would cooperate in Britain.", []),
    ("A senior minister in the Peruvian government, Ana Ruiz, resigned.", []),
    ("Senior minister Ana Ruiz resigned in Peru.", []),
])
def test_offices_one_countrys_cabinet_ranks(nlp, text, expected):
    assert holds(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a national senate's presiding officer, named after the country's upper chamber (legislatures.jsonl)
    ("Nigerian Senate President Tom Hart read the letters.", [("Tom Hart", "President of the Senate of Nigeria")]),
    ("Senate President Ana Ruiz of Chile blocked the bill.", [("Ana Ruiz", "President of the Senate of Chile")]),
    ("Ana Ruiz, the president of the Senate of Chile, rejected the reform.",
     [("Ana Ruiz", "President of the Senate of Chile")]),
    ("Philippine Senate President Tom Hart adjourned the session.",
     [("Tom Hart", "President of the Senate of the Philippines")]),
    # near misses: a state's senate keeps its own name; a senate's member is no president
    ("Arizona Senate President Ana Ruiz certified the results.", [("Ana Ruiz", "President of the Arizona Senate")]),
    ("Ana Ruiz, the president of the Arizona Senate, certified the results.",
     [("Ana Ruiz", "President of the Arizona Senate")]),
    ("Chilean Senator Ana Ruiz blocked the bill.", [("Ana Ruiz", "Member of the Senate of Chile")]),
])
def test_offices_national_senate_president(nlp, text, expected):
    assert holds(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # another holder's title: a place or demonym right before a title of the same office that names someone else
    # tells that person's country, not this one's
    ("Peruvian President Ana Ruiz congratulates President-elect Tomas Brevik.",
     [("Peruvian President", "President of Peru"), ("President-elect", "President")]),
    ("Peru's President Ana Ruiz met President Tomas Brevik on Monday.",
     [("Peru's President", "President of Peru"), ("President", "President")]),
    # near misses: the same person's title again; another office of the same country; an untitled office
    ("Peruvian President Ana Ruiz spoke. President Ruiz congratulates the new king.",
     [("Peruvian President", "President of Peru"), ("President", "President of Peru")]),
    ("Peruvian Prime Minister Ana Ruiz hands in her resignation to President Tomas Brevik.",
     [("Peruvian Prime Minister", "Prime Minister of Peru"), ("President", "President of Peru")]),
    ("Peruvian President Ana Ruiz says the president-elect will be sworn in.",
     [("Peruvian President", "President of Peru"), ("president-elect", "President of Peru")]),
])
def test_offices_another_holders_place_is_not_the_titles(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a place named only after the office as what an action or a dispute is aimed at is not the office's
    ("Tom Hart, who opposes PM Ana Ruiz's proposed air strikes on Peru, asks for a free vote.", [("PM", "Prime minister")]),
    ("Prime Minister Ana Ruiz tried to bridge the rift over Peru, urging calm.",
     [("Prime Minister", "Prime minister")]),
    # near misses: the place names a noun after it; a place after "in"; a place before the office
    ("Prime Minister Ana Ruiz condemns the attack on the Peru embassy.",
     [("Prime Minister", "Prime Minister of Peru")]),
    ("Prime Minister Ana Ruiz said on Monday that Peru will hold elections.",
     [("Prime Minister", "Prime Minister of Peru")]),
    ("Peru protests the strikes on Bolivia, Prime Minister Ana Ruiz said.",
     [("Prime Minister", "Prime Minister of Peru")]),
])
def test_offices_target_of_an_action_is_no_jurisdiction(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym before a noun of people away from home tells where they come from, not the story's place
    ("The Peruvian Justice Department charged a Bolivian national who plotted against president-elect Ana Ruiz.",
     [("president-elect", "President of Peru")]),
    ("A plan for 3,000 Bolivian refugees was rejected by Prime Minister Ana Ruiz.",
     [("Prime Minister", "Prime minister")]),
    # near misses: a capitalised word is a name's; the demonym of the people voting is the story's
    ("Ana Ruiz leads the Bolivian National Party after the resignation of President Tom Hart.",
     [("President", "President of Bolivia")]),
    ("Bolivian citizens vote for a new president.", [("president", "President of Bolivia")]),
])
def test_offices_demonym_of_people_abroad_is_no_jurisdiction(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an untitled country office of no told place: the one country the story's other offices name by their words
    ("Home Secretary Ana Ruiz gets 165 votes in the first ballot of Conservative members of parliament to select the "
     "next Prime Minister.",
     [("Home Secretary", "Home Secretary"),
      ("members of parliament", "Member of Parliament of the United Kingdom"),
      ("Prime Minister", "Prime Minister of the United Kingdom")]),
    # near misses: a role the told country does not have; no told office
    ("Home Secretary Ana Ruiz gets 165 votes in the first ballot of Conservative members of parliament; the next "
     "president will be chosen later.",
     [("Home Secretary", "Home Secretary"),
      ("members of parliament", "Member of Parliament of the United Kingdom")]),
    ("The next prime minister will be chosen on Monday.", []),
])
def test_offices_untitled_office_takes_the_story_offices_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an international body's head by the news' informal words, titled as the post is named
    ("EU foreign policy chief Ana Ruiz arrived in Kyiv on Monday.",
     [("Ana Ruiz", "High Representative for the Common Foreign and Security Policy")]),
    ("Delegates will meet the EU's foreign policy chief Ana Ruiz in Brussels.",
     [("Ana Ruiz", "High Representative for the Common Foreign and Security Policy")]),
    ("UN nuclear watchdog chief Tom Hart visited Iran.",
     [("Tom Hart", "Director-General of the International Atomic Energy Agency")]),
    # a title with its country before it: a post only one country has by that title
    ("US Deputy Secretary of State Tom Hart arrived in Seoul.", [("Tom Hart", "United States Deputy Secretary of State")]),
    ("Hong Kong Chief Executive Ana Ruiz flew to Beijing.", [("Ana Ruiz", "Chief Executive of Hong Kong")]),
    # ... past a holder's standing between the possessive and the title
    ("Ana Ruiz, Hong Kong's embattled Chief Executive, gets little credit.", [("Ana Ruiz", "Chief Executive of Hong Kong")]),
    ("Kenya's beleaguered president Ana Ruiz gets little credit.", [("Ana Ruiz", "President of Kenya")]),
    # a president's deputy where the post is one: Malawi's is titled Vice-President
    ("The Malawi Electoral Commission said President Tom Hart leads and Deputy President Ana Ruiz is third.",
     [("Tom Hart", "President of Malawi"), ("Ana Ruiz", "Vice President of Malawi")]),
    # near misses: a country's foreign policy chief, a firm's chief executive (even in a Hong Kong story), a state's
    # deputy secretary of state untold, a chamber's name is no member, a country's own nuclear watchdog
    ("Peru's foreign policy chief Ana Ruiz spoke.", []),
    ("Acme Chief Executive Ana Ruiz said in Hong Kong on Monday.", []),
    ("Deputy Secretary of State Ana Ruiz certified the count in Ohio.", []),
    ("Japan's nuclear watchdog chief Tom Hart resigned.", []),
])
def test_offices_informal_and_modified_titles(nlp, text, expected):
    assert holds(nlp(text)) == expected



@pytest.mark.parametrize("text, expected", [
    # the voters' demonym right before a verb of voting names the race's electorate, past a nearer dateline or place
    ("ZNAMENSKOYE, Russia (Reuters) - Chechens voted Sunday for a new president in a tense election.",
     [("president", "President of Chechnya")]),
    ("NAIROBI, Kenya (Reuters) - Ugandans voted on Sunday, a week after Kenya, for a new president.",
     [("president", "President of Uganda")]),
    ("WASHINGTON (Reuters) - Afghans have voted for a new president, and officials in Washington praised the turnout.",
     [("president", "President of Afghanistan")]),
    ("LONDON (Reuters) - Peruvians will elect a new president in April.", [("president", "President of Peru")]),
    # near misses: a demonym that does not vote, or not right before its verb ("living in Kenya": where the race is
    # is not told by the demonym); a foreign race reported from a US dateline keeps its own country
    ("NAIROBI, Kenya (Reuters) - Ugandans living in Kenya watched the count for a new president.",
     [("president", "President of Kenya")]),
    ("Americans watched the Afghan presidential election on television.",
     [("Afghan presidential", "President of Afghanistan")]),
    ("WASHINGTON (Reuters) - Americans voted on Tuesday as the Peruvian presidential election neared.",
     [("Peruvian presidential", "President of Peru")]),
    # a voting demonym in another sentence places nothing
    ("Ugandans voted on Sunday. NAIROBI, Kenya - The new president was sworn in.",
     [("president", "President of Kenya")]),
])
def test_offices_voters_demonym_names_the_electorate(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a chamber role's capitalised plural after "<Word> of" ends the chamber's name: no members' office
    ("In Washington, the Senate and House of Representatives passed the budget.", []),
    ("Thousands gathered outside the House of Representatives in Canberra, Australia.", []),
    ("In the United States, the Senate and House of Representatives widened their majorities. "
     "Senate Minority Leader Tom Hart spoke.",
     [("Senate Minority Leader", "Minority Leader of the United States Senate")]),
    # ... but in an election's sentence the chamber is the office its members are elected to
    ("A special election fills a vacancy in the federal House of Representatives in the United States.",
     [("Representatives", "Member of the United States House of Representatives")]),
    ("Ana Ruiz, a candidate for the House of Representatives, spoke in Washington.",
     [("House of Representatives", "Member of the United States House of Representatives")]),
    # near misses: a member's title, a member of the chamber, a state's chamber and a seat in it stay offices
    ("In the United States, Representative Ana Ruiz spoke. Rep. Ruiz said no.",
     [("Representative", "Member of the United States House of Representatives"),
      ("Rep.", "Member of the United States House of Representatives")]),
    ("Ana Ruiz, a member of the House of Representatives, spoke in Washington.",
     [("member of the House of Representatives", "Member of the United States House of Representatives")]),
    ("The Ohio House of Representatives passed the budget.",
     [("Ohio House of Representatives", "Member of the Ohio House of Representatives")]),
    ("Ana Ruiz won a seat in the House of Representatives in Washington.",
     [("seat in the House of Representatives", "Member of the United States House of Representatives")]),
    ("In Washington, 64 representatives from Ohio signed the letter.",
     [("representatives", "Member of the United States House of Representatives")]),
])
def test_offices_chamber_name_is_no_members_office(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a chamber's leader named by the chamber's short name: the country from the story, else the party's before it,
    # among the countries whose chambers' leaders are so titled (present_in)
    ("Democratic Senate Minority Leader Tom Hart criticized the plan.",
     [("Senate Minority Leader", "Minority Leader of the United States Senate")]),
    ("Republican House Majority Leader Ana Ruiz spoke.",
     [("House Majority Leader", "Majority Leader of the United States House of Representatives")]),
    ("WASHINGTON (Reuters) - Senate Majority Leader Tom Hart spoke.",
     [("Senate Majority Leader", "Majority Leader of the United States Senate")]),
    ("In Manila, House Minority Leader Ana Ruiz spoke.",
     [("House Minority Leader", "Minority Leader of the House of Representatives of the Philippines")]),
    ("Republican House Speaker Tom Hart said the bill would pass.",
     [("House Speaker", "Speaker of the United States House of Representatives")]),
    # near misses: a story on a country without such a title, or no country told at all, names no office
    ("In Baghdad, Senate Majority Leader Tom Hart spoke of Iraq.", []),
    ("Senate Majority Leader Tom Hart said the vote would come Friday.", []),
])
def test_offices_chamber_leaders_by_short_name(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a state right before a chamber leader's title names its own legislature's leader (state_role)
    ("Ohio Senate Majority Leader Tom Hart spoke.",
     [("Ohio Senate Majority Leader", "Majority Leader of the Ohio Senate")]),
    ("The Ohio House Minority Leader, Ana Ruiz, spoke.",
     [("Ohio House Minority Leader", "Minority Leader of the Ohio House of Representatives")]),
    # near misses: the nation's title with its country before it, or a state told elsewhere in the story
    ("U.S. Senate Majority Leader Tom Hart spoke in Ohio.",
     [("U.S. Senate Majority Leader", "Majority Leader of the United States Senate")]),
    ("In Texas, House Majority Leader Ana Ruiz spoke.",
     [("House Majority Leader", "Majority Leader of the United States House of Representatives")]),
])
def test_offices_state_chamber_leaders(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the story's parties' country places a chamber's title only where that chamber exists (a usual title's
    # present_in aside: "Home Secretary X meets Fine Gael members" stays Ireland's)
    ("Republican House Speaker Tom Hart said the bill would pass.",
     [("House Speaker", "Speaker of the United States House of Representatives")]),
    ("Home Secretary Ana Ruiz spoke to Conservative members.",
     [("Home Secretary", "Home Secretary")]),
    # near misses: Britain has no House of Representatives, no Senate
    ("Conservative House Speaker Tom Hart spoke.", []),
    ("Labour Senator Tom Hart spoke.", [("Senator", "Senator")]),
])
def test_offices_party_country_where_the_office_exists(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an MLA (role.state_assembly_member) sits in the legislative assembly of the state the story names, not in the
    # national parliament
    ("The Karnataka cabinet was expanded on Thursday. Among the new ministers is BJP MLA Ravi Malhotra.",
     [("MLA", "Member of the Karnataka Legislative Assembly")]),
    ("Alberta MLA Jane Dorr resigned.", [("Alberta MLA", "Member of the Alberta Legislative Assembly")]),
    ("MLA Arvind Kale of Kerala spoke.", [("MLA", "Member of the Kerala Legislative Assembly")]),
    ("Sinn Fein MLA Ciara Doyle said the talks in Northern Ireland had failed.",
     [("MLA", "Member of the Northern Ireland Assembly")]),
    # near misses: an MP of the same story is the nation's; no state told (bare)
    ("In Karnataka, BJP MP Ravi Malhotra spoke.", [("MP", "Member of the Parliament of India")]),
    ("MLA Ravi Malhotra spoke.", [("MLA", "Member of the Legislative Assembly")]),
])
def test_offices_mla_is_a_member_of_the_states_assembly(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a story that names a body's head: its bare head words the story's places alone placed are the body's, no country's
    ("Ana Ruiz will be the next president of the Velmar Rowing Federation. Delegates met in Ohio and elected her "
     "president in a runoff.", []),
    ("Ana Ruiz was elected president of the Velmar Rowing Federation in Ohio. Tom Hart was elected first vice "
     "president.", []),
    # near miss: a country's office the story tells by its own words stays, and so does the bare one beside it
    ("Ana Ruiz, president of the Velmar Rowing Federation, met U.S. President Joe Biden in Ohio. The president "
     "spoke first.", ["President of the United States", "President of the United States"]),
    # near miss: a party's office is no body's ("the former Chief Minister of DMK" in a story of Indian races)
    ("Ivan Petrov, the former Chief Minister of DMK, spoke in Chennai, Tamil Nadu, where Chief Minister Ana Ruiz "
     "campaigned.", None),
])
def test_offices_bare_head_of_a_body_story_is_no_countrys(nlp, text, expected):
    doc = nlp(text)
    placed = [e for t, e in offices(doc) if e is not None and ("President" in e or "Minister" in e)
              and "Federation" not in e]
    if expected is None:  # the chief minister keeps the place the story gives
        assert any(e.startswith("Chief Minister of") for e in placed), offices(doc)
    else:
        assert placed == expected, offices(doc)


@pytest.mark.parametrize("text, expected", [
    # a state's lower chamber by its own name (role.state_representative names): an Assembly or a House of Delegates
    ("Republican Assemblyman Tom Verlo of New York announced a bid.",
     [("Assemblyman", "Member of the New York State Assembly")]),
    ("California Assemblywoman Ana Ruiz spoke.",
     [("California Assemblywoman", "Member of the California State Assembly")]),
    ("Former state Rep. Ana Ruiz of Maryland lost.", [("state Rep.", "Member of the Maryland House of Delegates")]),
    ("Virginia state Rep. Ana Ruiz lost.", [("Virginia state Rep.", "Member of the Virginia House of Delegates")]),
    # near misses: a state whose lower chamber is a House of Representatives; a state's senator
    ("Ohio state Rep. Ana Ruiz lost.", [("Ohio state Rep.", "Member of the Ohio House of Representatives")]),
    ("New York state Sen. Ana Ruiz lost.", [("state Sen.", "Member of the New York State Senate")]),
])
def test_offices_state_lower_chamber_by_its_name(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # county and local offices: a sheriff, a district attorney, a school board member, a state superintendent
    ("Daviess County Sheriff Keith Dorn retired.", [("Daviess County Sheriff", "Sheriff of Daviess County")]),
    ("Keith Dorn, the Kent County sheriff, retired.", [("Kent County sheriff", "Sheriff of Kent County")]),
    ("Sheriff Keith Dorn of Kent County retired.", [("Sheriff", "Sheriff of Kent County")]),
    ("Incumbent Sheriff Keith Dorn won.", [("Sheriff", "Sheriff")]),
    ("Kent County District Attorney Tom Verlo charged him.",
     [("Kent County District Attorney", "District Attorney of Kent County")]),
    ("Tom Verlo, the district attorney of Kent County, spoke.",
     [("district attorney of Kent County", "District Attorney of Kent County")]),
    ("Windsor school board member Ana Ruiz resigned.",
     [("Windsor school board member", "Member of the Windsor School Board")]),
    ("Ana Ruiz, a Fairfax County school board member, resigned.",
     [("Fairfax County school board member", "Member of the Fairfax County School Board")]),
    ("Oregon State Superintendent of Public Instruction Ana Ruiz is running for governor.",
     [("Oregon State Superintendent of Public Instruction", "Superintendent of Public Instruction of Oregon"),
      ("governor", "Governor of Oregon State")]),
    # a county office's place before its title: the place's "County" is no part of "county commissioner"
    ("Cook County Commissioner Jane Rolt won.",
     [("Cook County Commissioner", "Member of the Cook County Board of Commissioners")]),
    # near misses: a deputy of a sheriff, a federal prosecutor, a trustee of an estate or a university, a police
    # superintendent, a school board the story's other place does not name
    ("A sheriff's deputy shot a man in Kent County.", []),
    ("Former U.S. District Attorney Tom Verlo spoke.", [("U.S. District Attorney", "United States Attorney")]),
    ("Ana Ruiz, a trustee of the estate, sued in Ohio.", []),
    ("Ana Ruiz joined the board of trustees of the University of Denver.", []),
    ("The police superintendent Tom Verlo spoke in Ohio.", []),
    ("School board members in Windsor and Arcola were elected.", []),
])
def test_offices_county_and_local_offices(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "President X" in a story on one city's council, no presidential race, not a president the KB knows: the
    # council's president (role.president council_role)
    ("Most Wichita City Council incumbents won on Tuesday. The fund is controlled by President Ana Ruiz to help "
     "her allies on council.", [("President", "President of the Wichita City Council")]),
    # near misses: a president the KB knows; a presidential race in the story; no council named; two councils
    ("Most Wichita City Council incumbents won on Tuesday. President Joe Biden congratulated them.",
     [("President", "President of the United States")]),
    ("The Wichita City Council met. In the presidential race, President Ana Ruiz leads.",
     [("presidential", "President of the United States"), ("President", "President of the United States")]),
    ("In Wichita, President Ana Ruiz spoke about the council.", [("President", "President of the United States")]),
    ("The Wichita City Council and the Topeka City Council met. President Ana Ruiz spoke.",
     [("President", "President of the United States")]),
    # a union local's numbered unit before the title: its own office, no country's
    ("Local 150 president Ana Ruiz said the union backs him.", []),
    # near misses: a date's day before a race's adjective; a country's president titling a name
    ("Chile holds its December 14 presidential runoff.", [("presidential", "President of Chile")]),
    ("President Ana Ruiz of Chile spoke on Monday.", [("President", "President of Chile")]),
])
def test_offices_council_and_union_presidents_are_no_nations(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "Senator X" placed by the story's places alone, in a story on a seat in one state's senate: the state's senator
    ("Early voting for Texas Senate District 30 starts Monday. Senator Tom Verlo resigned.",
     [("Senator", "Member of the Texas State Senate")]),
    # near misses: the state's senate acting, no seat named; the nation's senate named too; a place after the name
    # (a US senator from Ohio)
    ("The Texas Senate passed the bill. Senator Tom Verlo criticised it.",
     [("Senator", "Member of the United States Senate")]),
    ("The U.S. Senate race and Texas Senate District 30 race. Senator Tom Verlo resigned.",
     [("U.S. Senate", "Member of the United States Senate"), ("Senator", "Member of the United States Senate")]),
    ("Early voting for Texas Senate District 30 starts Monday. Senator Tom Verlo of Ohio resigned.",
     [("Senator", "Member of the United States Senate")]),
])
def test_offices_senator_in_a_state_senate_seat_story(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a council member's title the story's places alone place, in a story on one city's council: that council's
    # member, not the nearest town's (role.city_council_member council_role, its own)
    ("Most Tulsa City Council incumbents won. The ward spans Cedar-Riverside. Council Members Ana Ruiz and Tom Vasko "
     "won re-election.", [("Council Members", "Member of the Tulsa City Council")]),
    ("The Tulsa City Council met on Monday. Council Member Ana Ruiz, who lives in Denver, voted no.",
     [("Council Member", "Member of the Tulsa City Council")]),
    # near misses: the title's own place; a place after the name; two councils named; no council named
    ("The Tulsa City Council met on Monday. Denver Council Member Ana Ruiz voted no.",
     [("Denver Council Member", "Member of the Denver City Council")]),
    ("The Tulsa City Council met on Monday. Council Member Ana Ruiz of Denver voted no.",
     [("Council Member", "Member of the Denver City Council")]),
    ("The Tulsa City Council and the Denver City Council met. In Denver, Council Member Ana Ruiz voted no.",
     [("Council Member", "Member of the Denver City Council")]),
    ("The council met in Denver on Monday. Council Member Ana Ruiz voted no.",
     [("Council Member", "Member of the Denver City Council")]),
])
def test_offices_story_council_places_its_members(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a city's council before a race noun or after an election cue is its members' office, as a legislature's is
    ("Incumbents advance in Tulsa City Council primary races.",
     [("Tulsa City Council", "Member of the Tulsa City Council")]),
    ("Ana Ruiz was elected to the Tulsa City Council in 2019.",
     [("Tulsa City Council", "Member of the Tulsa City Council")]),
    ("The Tulsa City Council election is in May.", [("Tulsa City Council", "Member of the Tulsa City Council")]),
    # near misses: the council acting on an election; another body's race; a council's own officer
    ("The Tulsa City Council voted on the election date.", []),
    ("The Tulsa County Commission race is close.", []),
    ("The Tulsa City Council president race is close.",
     [("Tulsa City Council president", "President of the Tulsa City Council")]),
])
def test_offices_city_council_race_is_its_seat(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Australia and New Zealand name a member by the seat (electorate) as Britain and Canada do; a city before
    # "seat of" is where the seat lies, not the seat
    ("Ana Ruiz won the Sydney seat of Kestrel Heights in Australia's federal election.",
     [("seat of Kestrel Heights", "Member of Parliament for Kestrel Heights")]),
    ("In Australia, Ana Ruiz leads in the northern Sydney electorate of Kestrel Heights.",
     [("electorate of Kestrel Heights", "Member of Parliament for Kestrel Heights")]),
    ("In New Zealand, Ana Ruiz won the Kestrel Bay electorate.",
     [("Kestrel Bay electorate", "Member of Parliament for Kestrel Bay")]),
    ("Ana Ruiz won the London seat of Kestrel Heights in the British election.",
     [("seat of Kestrel Heights", "Member of Parliament for Kestrel Heights")]),
    # near misses: a party's word before "MP" or "electorate" names no seat
    ("In Australia, Labor MP Ana Ruiz spoke.", [("MP", "Member of the Parliament of Australia")]),
    ("In Australia, the safe Liberal electorate fell to Ana Ruiz.", []),
])
def test_offices_seats_of_westminster_countries(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a US party's national committee is headed by its chair and deputy chairs, not a leader (role.party_leader names)
    ("DNC chair Ana Ruiz said the party will win.", [("DNC chair", "Chair of the Democratic National Committee")]),
    ("Tom Vasko was elected chair of the Republican National Committee.",
     [("chair of the Republican National Committee", "Chair of the Republican National Committee")]),
    ("Ana Ruiz became deputy chair of the RNC.", [("deputy chair of the RNC",
                                                   "Deputy Chair of the Republican National Committee")]),
    # near miss: another party's head stays its leader
    ("Labour Party leader Ana Ruiz spoke.", [("Labour Party leader", "Leader of the Labour Party")]),
])
def test_offices_party_national_committee_chair(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "councilperson", the gender-neutral title some US cities use, is a council member's title, not a name's word
    ("Dayton City Councilperson Ana Ruiz says she is running for mayor.",
     [("Dayton City Councilperson", "Member of the Dayton City Council"), ("mayor", "Mayor of Dayton")]),
    # an assistant U.S. attorney is a prosecutor under the district's U.S. attorney, a post of its own
    ("Former Assistant U.S. Attorney Tom Brandt entered the race.",
     [("Assistant U.S. Attorney", "Assistant United States Attorney")]),
    ("Tom Brandt, a former assistant U.S. attorney, entered the race.",
     [("assistant U.S. attorney", "Assistant United States Attorney")]),
    # near miss: the district's chief prosecutor stays the U.S. attorney
    ("U.S. Attorney Tom Brandt announced charges.", [("U.S. Attorney", "United States Attorney")]),
])
def test_offices_councilperson_and_assistant_us_attorney(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Republic" after a country's role names the story's own country by its form of state (office_words.tsv
    # own_country): translated news' "Presidency of the Republic"
    ("In Peru, Ana Ruiz was sworn in as President of the Republic on Monday.",
     [("President of the Republic", "President of Peru")]),
    ("Brazil's electoral court received the candidacy of Tomas Vidal for the Presidency of the Republic.",
     [("Presidency of the Republic", "President of Brazil")]),
    # near miss: "of the Republic of X" names X
    ("Ana Ruiz was elected President of the Republic of Korea.",
     [("President of the Republic of Korea", "President of South Korea")]),
])
def test_offices_president_of_the_republic_is_the_storys_country(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised run the KB does not know before a state legislator's title is the member's constituency, not a
    # state: the state comes from the story ("Velmar MLA X ... the Kerala Assembly")
    ("Velmar MLA Ravi Menon was elected Deputy Speaker of the Kerala Assembly.",
     [("MLA", "Member of the Kerala Legislative Assembly")]),
    # near misses: a city's or a county's office keeps the run as its place
    ("Velmar Mayor Ana Ruiz spoke.", [("Velmar Mayor", "Mayor of Velmar")]),
])
def test_offices_state_legislator_unknown_run_is_a_constituency(nlp, text, expected):
    assert [o for o in offices(nlp(text)) if "Speaker" not in o[1]] == expected


@pytest.mark.parametrize("text, expected", [
    # with no place in the story, "the Republic" is the country of the story's bodies (an electoral court's)
    ("The Superior Electoral Court received twelve candidacies for the Presidency of the Republic.",
     [("Presidency of the Republic", "President of Brazil")]),
])
def test_offices_president_of_the_republic_of_the_storys_bodies(nlp, text, expected):
    assert [o for o in offices(nlp(text)) if o[0].startswith("Presiden")] == expected


@pytest.mark.parametrize("text, expected", [
    # in a country that names members by seat, the constituency a member "represents" now is the member's seat
    ("A former Tory MP is resigning. Tom Brandt, who represents Bolton West, said it was an honour.",
     [("MP", "Member of Parliament of the United Kingdom"),
      ("who represents Bolton West", "Member of Parliament for Bolton West")]),
    # near misses: a country is no constituency; a past "who represented" tells no current seat
    ("A Labour MP, Tom Brandt, who represents Britain at the talks, spoke.",
     [("MP", "Member of Parliament of the United Kingdom")]),
    ("The Labour MP Ana Ruiz, who represented Bolton West until 2019, spoke.",
     [("MP", "Member of Parliament of the United Kingdom")]),
])
def test_offices_seat_a_member_represents(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "its president" after a body named before is the body's president (role.org_president anaphors), not the
    # president of the country a demonym later names
    ("The European Parliament will vote on the election of its president. Maltese MEP Ana Ruiz is favourite.",
     [("president", "President of the European Parliament"), ("Maltese MEP", "Member of the European Parliament")]),
    ("The National Assembly of France elected its president.",
     [("president", "President of the French National Assembly")]),
    # near miss: a country's "its president" stays the country's
    ("Malta will elect its president on Sunday.", [("president", "President of Malta")]),
])
def test_offices_its_president_after_a_body(nlp, text, expected):
    assert offices(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "state" before a chamber's common word or a race adjective makes it the state's chamber, no nation's
    ("Ana Ruiz won the state House race in Ohio.", [("House", "Member of the Ohio House of Representatives")]),
    ("The state Senate race in Georgia is close.", [("state Senate", "Member of the Georgia State Senate")]),
    ("A recount for a Virginia state House seat upheld her victory.", []),
    # near misses: without "state" the chamber is the nation's
    ("Ana Ruiz won the House race in Ohio.", [("House", "Member of the United States House of Representatives")]),
    ("Democrats flipped three House seats in Ohio.",
     [("House seats", "Member of the United States House of Representatives")]),
])
def test_offices_state_chamber_is_no_nations(nlp, text, expected):
    assert offices(nlp(text)) == expected


#: A row of the challenge table the pipeline does not give yet (strict: the row fails once it passes, to be moved
#: into the table proper).
GAP = pytest.mark.xfail(strict=True, reason="a known gap of the member/holds_office challenge table")

#: The challenge table of legislators' and office holders' titles (round 26): invented news leads written as wire,
#: local and broadcast copy would, each with every holds_office row it must give (subject, office, qualifier); the
#: near misses (a body told or met, an aide's, a relative's, a hope of a seat) give none for their person.
MEMBER_CHALLENGE = [
    ("Rep. Dana Whitfield (D-Ohio) said on Tuesday she would not seek another term.",
     [("Dana Whitfield", "Member of the United States House of Representatives", "")]),
    ("Sen. Marcus Albee (R-Texas) blocked the nomination on Thursday.",
     [("Marcus Albee", "Member of the United States Senate", "")]),
    ("Tom Brannigan, a Republican state senator from Ohio, announced a bid for governor.",
     [("Tom Brannigan", "Member of the Ohio State Senate", "")]),
    ("Laura Kessel, who represents Michigan's 5th District in Congress, endorsed the mayor on Monday.",
     [("Laura Kessel", "Member of the United States House of Representatives", "")]),
    ("LONDON (Reuters) - Peter Ashgrove, the MP for Peterborough, has quit the Conservative Party.",
     [("Peter Ashgrove", "Member of Parliament for Peterborough", "")]),
    ("Ravi Menon, a member of the Lok Sabha from Kerala, was arrested on Friday.",
     [("Ravi Menon", "Member of the Lok Sabha", "")]),
    ("Kenyan lawmaker Joseph Mwangi was shot dead outside his home in Nairobi.",
     [("Joseph Mwangi", "Member of the Parliament of Kenya", "")]),
    ("Ghanaian MP Kwame Osei-Bonsu has been arrested over a land dispute.",
     [("Kwame Osei-Bonsu", "Member of the Parliament of Ghana", "")]),
    ("Ugandan opposition MP Sarah Nakato was detained by police on Monday.",
     [("Sarah Nakato", "Member of the Parliament of Uganda", "")]),
    ("Hana Kowalczyk, a legislator in Poland's parliament, called for a recount.",
     [("Hana Kowalczyk", "Member of the Parliament of Poland", "")]),
    ("Senator Aurelio Santos of the Philippines filed the bill on Monday.",
     [("Aurelio Santos", "Member of the Senate of the Philippines", "")]),
    ("Mirela Dobre, Romania's ambassador to France, was recalled on Tuesday.",
     [("Mirela Dobre", "Ambassador of Romania to France", "")]),
    ("The emir of Qatar, Sheikh Hamad al-Faris, arrived in Paris on Sunday.",
     [("Hamad al-Faris", "Emir of Qatar", "")]),
    ("Kenya's foreign minister Alice Wanjiru met her Ugandan counterpart on Monday.",
     [("Alice Wanjiru", "Minister of Foreign Affairs of Kenya", "")]),
    ("Former congressman Bill Hargrove of Georgia died on Saturday at 81.",
     [("Bill Hargrove", "Member of the United States House of Representatives", "former")]),
    pytest.param("Karen Doyle, a Democrat in the Virginia House of Delegates, is running for the state Senate.",
                 [("Karen Doyle", "Member of the Virginia House of Delegates", "")], marks=GAP),
    ("Felix Amadi, speaker of the Lagos State House of Assembly, was impeached on Monday.",
     [("Felix Amadi", "Speaker of the Lagos State House of Assembly", "")]),
    ("Chicago city councilman Ray Dolan was indicted on bribery charges.",
     [("Ray Dolan", "Member of the Chicago City Council", "")]),
    ("Ana Pereira, a city councilwoman in Boston, will run for mayor.",
     [("Ana Pereira", "Member of the Boston City Council", "")]),
    ("German lawmaker Klaus Brenner of the Greens resigned his Bundestag seat.",
     [("Klaus Brenner", "Member of the Bundestag", "")]),
    ("Japanese Prime Minister Kenji Arakawa will dissolve the lower house on Friday.",
     [("Kenji Arakawa", "Prime Minister of Japan", "")]),
    ("Pakistani senator Imran Qadir was arrested in Islamabad on Tuesday.",
     [("Imran Qadir", "Member of the Senate of Pakistan", "")]),
    ("State Rep. Linda Farrow, a Democrat from Denver, introduced the bill.",
     [("Linda Farrow", "Member of the Colorado House of Representatives", "")]),
    ("Nigerian senator Chidi Okafor defected to the ruling party on Wednesday.",
     [("Chidi Okafor", "Member of the Senate of Nigeria", "")]),
    ("Former Israeli lawmaker Avi Dorner was sentenced to prison.",
     [("Avi Dorner", "Member of the Knesset", "former")]),
    pytest.param("Brazilian congresswoman Lucia Ferraz said she would run for the Senate.",
                 [("Lucia Ferraz", "Member of the Chamber of Deputies of Brazil", "")], marks=GAP),
    ("Australian senator Jack Morrow quit the Labor Party on Thursday.",
     [("Jack Morrow", "Member of the Australian Senate", "")]),
    ("Canadian MP Elise Gagnon crossed the floor to join the Liberals.",
     [("Elise Gagnon", "Member of the House of Commons of Canada", "")]),
    ("South Korean lawmaker Park Min-jae was indicted on Tuesday.",
     [("Park Min-jae", "Member of the National Assembly of South Korea", "")]),
    ("Philippine Rep. Jose Manalo, who represents the 2nd District of Cebu, filed the impeachment complaint.",
     [("Jose Manalo", "Member of the House of Representatives of the Philippines", "")]),
    ("Dana Whitfield told the Senate the bill would fail.",
     []),
    ("Tom Brannigan met lawmakers in Columbus on Monday.",
     []),
    ("A senator's aide, Tim Calloway, was fired on Friday.",
     []),
    ("The ambassador's wife, Maria Kellner, opened the exhibition in Vienna.",
     []),
    ("Members of parliament voted to impeach the president of Peru, but Rosa Lima stayed silent.",
     []),
    ("Greg Hollis, a lobbyist who worked for several congressmen, was charged on Monday.",
     []),
    ("Nina Vasquez, the daughter of a Kenyan lawmaker, won the race.",
     []),
    pytest.param("Paul Ostrander, a former aide to Senator Mary Kane, will run for the seat.",
                 [("Mary Kane", "Member of the United States Senate", "")], marks=GAP),
    ("Assemblywoman Rita Calder (D-Queens) introduced the bill in Albany.",
     [("Rita Calder", "Member of the New York State Assembly", "")]),
    ("Rep. Owen Pratt, R-Fla., called for an investigation on Wednesday.",
     [("Owen Pratt", "Member of the United States House of Representatives", "")]),
    ("Lebanese MP Fadi Haddad escapes assassination attempt",
     [("Fadi Haddad", "Member of the Parliament of Lebanon", "")]),
    ("Yusuf Demir, a member of Turkey's parliament from the opposition CHP, was detained on Friday.",
     [("Yusuf Demir", "Member of the Grand National Assembly of Turkey", "")]),
    ("Olena Bondar, a deputy in Ukraine's parliament, said the vote was rigged.",
     [("Olena Bondar", "Member of the Verkhovna Rada", "")]),
    ("Spain's deputy prime minister, Carmen Ibarra, will lead the delegation.",
     [("Carmen Ibarra", "Deputy Prime Minister of Spain", "")]),
    ("Ontario's deputy premier Liam Fraser stepped down on Friday.",
     [("Liam Fraser", "Deputy Premier of Ontario", "")]),
    ("The Kuwaiti emir, Sheikh Nasser al-Amiri, dissolved parliament on Tuesday.",
     [("Nasser al-Amiri", "Emir of Kuwait", "")]),
    ("Maria Lindqvist, Sweden's ambassador to the United Nations, addressed the council.",
     [("Maria Lindqvist", "Ambassador of Sweden to the United Nations", "")]),
    ("Ex-MP Gareth Pryce has been jailed for fraud, a court in Cardiff heard.",
     [("Gareth Pryce", "Member of Parliament of the United Kingdom", "former")]),
    pytest.param("House Speaker Mel Corrigan said the chamber would vote next week.",
                 [("Mel Corrigan", "Speaker of the United States House of Representatives", "")], marks=GAP),
    pytest.param("Priya Nair, a Congress MP from Kerala, walked out of the Lok Sabha.",
                 [("Priya Nair", "Member of the Lok Sabha", "")], marks=GAP),
    ("Conservative MP Henry Cole said he would back the prime minister.",
     [("Henry Cole", "Member of Parliament of the United Kingdom", "")]),
    ("Duma deputy Igor Sokolov proposed the bill on Monday.",
     [("Igor Sokolov", "Member of the State Duma", "")]),
    ("Illinois state Sen. Dave Kriegel (R-Peoria) announced his retirement.",
     [("Dave Kriegel", "Member of the Illinois State Senate", "")]),
    ("MEP Sophie Laurent called on the commission to act.",
     [("Sophie Laurent", "Member of the European Parliament", "")]),
    pytest.param("Jon Harlow, a Republican who represents the 3rd Congressional District, won the primary.",
                 [("Jon Harlow", "Member of the United States House of Representatives", "")], marks=GAP),
    ("Martin Ewing, a Labour councillor in Leeds, has been suspended by the party.",
     [("Martin Ewing", "Member of the Leeds City Council", "")]),
    ("Texas Attorney General Rob Hensley sued the administration.",
     [("Rob Hensley", "Attorney General of Texas", "")]),
    ("Grace Achieng, the Kenyan member of parliament for Kisumu East, was arrested.",
     [("Grace Achieng", "Member of Parliament for Kisumu East", "")]),
    pytest.param("Senate Majority Leader Tom Rusk vowed to pass the bill.",
                 [("Tom Rusk", "Senate Majority Leader", "")], marks=GAP),
    ("Nepal's home minister, Ram Bahadur Thapa, resigned on Sunday.",
     [("Ram Bahadur Thapa", "Minister of Home Affairs of Nepal", "")]),
    pytest.param("Rep. Dana Whitfield's spokesman, Tim Gale, declined to comment.",
                 [("Dana Whitfield", "Member of the United States House of Representatives", "")], marks=GAP),
    ("The son of Nigerian senator Chidi Okafor, Emeka Okafor, was arrested.",
     [("Chidi Okafor", "Member of the Senate of Nigeria", "")]),
    ("Kevin Marsh, who wants to represent the 5th District in Congress, filed papers on Monday.",
     []),
    ("Lawmakers in Kenya passed the budget, said analyst Peter Kamau.",
     []),
    ("Former Kisumu East MP Ben Otieno has declared his bid for governor.",
     [("Ben Otieno", "Member of Parliament for Kisumu East", "former")]),
    ("NAIROBI - Ann Wafula, who represents Kisumu East in Kenya's National Assembly, was arrested on Monday.",
     [("Ann Wafula", "Member of Parliament for Kisumu East", "")]),
    ("Ben Cole, a former MP for Bristol West, will stand for mayor in May.",
     [("Ben Cole", "Member of Parliament for Bristol West", "former")]),
    ("Former Leeds North MP Clara Hunt joins the Liberal Democrats",
     [("Clara Hunt", "Member of Parliament for Leeds North", "former")]),
    ("Former congress member Gwen Hale of Florida is weighing a run for governor.",
     [("Gwen Hale", "Member of the United States House of Representatives", "former")]),
    ("Tom Bale, a member of the Ohio House, is running for Congress.",
     [("Tom Bale", "Member of the Ohio House of Representatives", "")]),
    ("In Ohio, state House member Tom Bale is running for Congress.",
     [("Tom Bale", "Member of the Ohio House of Representatives", "")]),
    pytest.param("Ray Dorsey, a former GOP House member in Alaska, filed as a candidate on Friday.",
                 [("Ray Dorsey", "Member of the Alaska House of Representatives", "former")], marks=GAP),
    pytest.param("Ben Cole, the new MP for Bristol West, gave his first speech.",
                 [("Ben Cole", "Member of Parliament for Bristol West", "")], marks=GAP),
    ("Clara Hunt, the former British MP for Leeds North, was arrested on Friday.",
     [("Clara Hunt", "Member of Parliament for Leeds North", "former")]),
    ("Nora Pyle, a former member of the Michigan state Senate, died on Sunday at 88.",
     [("Nora Pyle", "Member of the Michigan State Senate", "former")]),
    ("Lena Marsh, a member of the Virginia House of Delegates, was charged with drunken driving.",
     [("Lena Marsh", "Member of the Virginia House of Delegates", "")]),
    # near misses: a chamber's committee; members a lobbyist met
    ("Dale Crane, a member of the Kansas House Judiciary Committee, spoke on Monday.", []),
    ("Tom Bale, a lobbyist who met members of the Ohio House, spoke on Monday.", []),
    ("Kenyan lawmaker Ann Wafula was charged in Nairobi.",
     [("Ann Wafula", "Member of the Parliament of Kenya", "")]),
]


@pytest.mark.parametrize("text, expected", MEMBER_CHALLENGE)
def test_offices_member_challenge_table(nlp, text, expected):
    doc = nlp.make_doc(text)
    doc._.published = "2024-06-01"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = sorted((f.subject._.entity, f.object._.entity, f.qualifier or "") for f in doc._.facts
                   if f.predicate == "holds_office")
    assert found == sorted(expected)
