"""Candidacy paraphrases: dev_tune items main reads right, rewritten in other structures (round 34).

On text no rule was tuned to, facts recall drops (dev_tune 0.963, the frozen and blind sets about 0.86-0.90): the rules
fit the phrasings they were tuned on. This table was written before it was run on any code. For each of 40 dev_tune
items whose ``candidate`` rows main gets right (39 groups, ids in the comments), two paraphrases keep the same
candidacy but change the structure (active and passive, apposition and relative clause, participial clause, clause
order, headline style, nominalisation, a different verb, a list of people); the people are invented (the knowledge
base cannot help), countries, offices and parties are real. Near misses (at least a quarter: a denial, a
hypothetical, a poll, a sport, prize or job contest, a campaign aide, an official, an endorser) must give their person
no ``candidate`` row. Rows main cannot read are ``GAP`` (strict xfails); ``print_table_score`` prints the table's
tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from paraphrase import candidate as C, candidate_rows as _rows  # noqa: N812

#: The least number of leads, and the least share of near misses, the table keeps.
MIN_LEADS = 90
MIN_NEAR_MISS_SHARE = 0.25


US_PRESIDENT = "President of the United States"

#: (lead, candidate rows it must give, rows it must not give[, GAP]), each group after the dev_tune item it rewrites.
LEADS = [
    # ce-081d70ffb4: X accepts the nomination of the party to be its candidate in the presidential election
    ("Accepting the Republican Party's nomination, Walter Brinkley becomes its candidate in the 2012 US presidential "
     "election.", [C("Walter Brinkley", US_PRESIDENT)], []),
    ("Walter Brinkley is the Republican candidate for President of the United States after he accepts the party's "
     "nomination on Thursday.", [C("Walter Brinkley", US_PRESIDENT)], []),
    # ce-0d61350f2e: President X seeking a third term
    ("Seeking a third term, President Leonce Ndikumana faces voters in Burundi's presidential election amid gunfire.",
     [C("Leonce Ndikumana", "President of Burundi")], []),
    ("Burundians vote in a presidential election boycotted by the opposition. President Leonce Ndikumana, who is "
     "seeking a third term, is expected to win.", [C("Leonce Ndikumana", "President of Burundi")], []),
    # ce-2b86522339: the coalition chooses X as its joint presidential candidate
    # GAP: "X is chosen by the coalition of LONG PLACE as its candidate": the name stands past the subject window
    ("Lawmaker Jean-Paul Mbala is chosen by the opposition coalition of the Democratic Republic of the Congo as its "
     "joint presidential candidate.", [C("Jean-Paul Mbala", "President of the Democratic Republic of the Congo")], [],
     GAP),
    # GAP: "names X its candidate": a double object with no "as"
    ("The opposition coalition of the Democratic Republic of the Congo names lawmaker Jean-Paul Mbala its joint "
     "candidate for president.", [C("Jean-Paul Mbala", "President of the Democratic Republic of the Congo")], [], GAP),
    # ce-3b881de9ae: the presidential runoff between two candidates, X and Y
    ("Moldova's presidential runoff pits pro-Russian socialist Vadim Rusu against pro-EU liberal Elena Cojocaru.",
     [C("Vadim Rusu", "President of Moldova"), C("Elena Cojocaru", "President of Moldova")], []),
    ("Pro-Russian socialist Vadim Rusu and pro-EU liberal Elena Cojocaru face each other in Moldova's presidential "
     "runoff on Sunday.", [C("Vadim Rusu", "President of Moldova"), C("Elena Cojocaru", "President of Moldova")], []),
    # ce-3794fa6335, ce-3110575a8d: the assassination of presidential candidate X
    ("Gunmen in Quito assassinate Ecuadorian presidential candidate Tomas Ibarra at a campaign rally.",
     [C("Tomas Ibarra", "President of Ecuador")], []),
    ("Tomas Ibarra, who was running for President of Ecuador, is shot dead at a campaign rally in Quito.",
     [C("Tomas Ibarra", "President of Ecuador")], []),
    # ce-5c5a2917b1: former Iranian presidential candidate X says
    ("Mehrdad Sadeghi, who ran for President of Iran, says American and British sanctions strengthen the government.",
     [C("Mehrdad Sadeghi", "President of Iran")], []),
    ("Sanctions increase the power of Iran's government, says Mehrdad Sadeghi, a former candidate for the Iranian "
     "presidency.", [C("Mehrdad Sadeghi", "President of Iran")], []),
    # ce-7369c280a9: the first to announce his candidacy for leader of the party
    ("Work and Pensions Secretary Owen Pryce becomes the first Conservative to announce a bid for the leadership of "
     "the Conservative Party.", [C("Owen Pryce", "Leader of the Conservative Party")], []),
    # GAP: "the first ... to declare his candidacy ... is X": the parse makes the name a parataxis
    ("The first Conservative Party politician to declare his candidacy for leader of the party is Owen Pryce, the "
     "Work and Pensions Secretary.", [C("Owen Pryce", "Leader of the Conservative Party")], [], GAP),
    # ce-7b720d9594: Y, who was seeking a second term, lost
    ("Lijon Kabua is elected President of the Marshall Islands by parliament, ousting Mary Loeak, who had sought a "
     "second term.", [C("Mary Loeak", "President of the Marshall Islands")], []),
    ("Mary Loeak's bid for a second term as President of the Marshall Islands fails as the legislature elects Lijon "
     "Kabua.", [C("Mary Loeak", "President of the Marshall Islands")], []),
    # ce-7deb414611: X announces that he will run as a candidate in the presidential election
    ("Arab League chief Karim Haddad says he will stand in Egypt's presidential election.",
     [C("Karim Haddad", "President of Egypt")], []),
    ("Karim Haddad, the head of the Arab League, is to run for President of Egypt, he announces.",
     [C("Karim Haddad", "President of Egypt")], []),
    # ce-8caefebd65: the election goes to a second round between president X and Y
    ("President Irina Munteanu and Socialist politician Pavel Ciobanu advance to the second round of Moldova's "
     "presidential election.",
     [C("Irina Munteanu", "President of Moldova"), C("Pavel Ciobanu", "President of Moldova")], []),
    ("Moldova's presidential election heads to a runoff in which incumbent Irina Munteanu will face Pavel Ciobanu of "
     "the Party of Socialists.",
     [C("Irina Munteanu", "President of Moldova"), C("Pavel Ciobanu", "President of Moldova")], []),
    # ce-a049d4d87f: X is elected governor, defeating Y, the Broad Front candidate
    ("Christian Democrat Tomas Riquelme narrowly beats Broad Front candidate Paula Araya to become the first governor "
     "of the Santiago Metropolitan Region.",
     [C("Paula Araya", "Governor of Santiago")], []),
    ("Broad Front's Paula Araya narrowly loses the race for Governor of the Santiago Metropolitan Region to Christian "
     "Democrat Tomas Riquelme.", [C("Paula Araya", "Governor of Santiago")], []),
    # ce-a1b4380231: the campaign manager of leading opposition candidate X
    ("Belarusian police arrest Olga Zhuk, who manages the presidential campaign of opposition candidate Natalia "
     "Baranova, on the eve of the election.", [C("Natalia Baranova", "President of Belarus")], [C("Olga Zhuk")]),
    ("Natalia Baranova, the leading opposition candidate in Belarus's presidential election, loses her campaign "
     "manager Olga Zhuk to arrest.", [C("Natalia Baranova", "President of Belarus")], [C("Olga Zhuk")]),
    # ce-f2045cab52: X withdraws and endorses Fatah candidate Y
    ("Jailed Palestinian leader Samir Khalil pulls out of the Palestinian presidential election and throws his "
     "support behind Fatah's candidate, Yusuf Nasser.", [C("Yusuf Nasser", "President of Palestine")], []),
    ("Fatah candidate Yusuf Nasser wins the endorsement of jailed leader Samir Khalil, who withdraws from the "
     "Palestinian presidential election.", [C("Yusuf Nasser", "President of Palestine")], []),
    # ce-f565b33878: a court clears X, the party's candidate for president
    ("Kuomintang presidential candidate Lin Cheng-hao is cleared of corruption charges by a court in Taiwan.",
     [C("Lin Cheng-hao", "President of Taiwan")], []),
    ("A court in Taiwan acquits Lin Cheng-hao, who is running for President of Taiwan for the Kuomintang, of "
     "corruption.", [C("Lin Cheng-hao", "President of Taiwan")], []),
    # ce-7a700be97f: X is re-elected, defeating the other candidate Y
    ("Finnish President Aino Virtanen wins re-election in the runoff with 51.8% of the vote, beating challenger "
     "Mikko Laine.", [C("Mikko Laine", "President of Finland")], []),
    ("Mikko Laine loses the second round of the Finnish presidential election to incumbent Aino Virtanen, who takes "
     "51.8% of the votes.", [C("Mikko Laine", "President of Finland")], []),
    # ce-e4ca4dc666: party candidate X and party leader Y advance to the second round
    ("Socialist Rui Almeida and CHEGA leader Tiago Moreira reach the runoff of Portugal's presidential election.",
     [C("Rui Almeida", "President of Portugal"), C("Tiago Moreira", "President of Portugal")], []),
    ("Portugal's presidential election goes to a second round between Tiago Moreira, the leader of CHEGA, and the "
     "Socialist Party's Rui Almeida.",
     [C("Rui Almeida", "President of Portugal"), C("Tiago Moreira", "President of Portugal")], []),
    # ce-f280019810: opposition leader and presidential election runner-up X is charged
    ("Zambian opposition leader Joseph Banda, who finished second in the presidential election, is charged with "
     "treason.", [C("Joseph Banda", "President of Zambia")], []),
    ("Treason charges are filed against Joseph Banda, the runner-up in Zambia's presidential election.",
     [C("Joseph Banda", "President of Zambia")], []),
    # ce-2121cf7725: X announces that he is seeking the party's nomination
    ("Former Arkansas governor Dale Whitfield enters the race for the Republican nomination for President of the "
     "United States.", [C("Dale Whitfield", US_PRESIDENT)], []),
    ("Dale Whitfield, a former Governor of Arkansas, says he will seek the Republican Party's presidential "
     "nomination in 2016.", [C("Dale Whitfield", US_PRESIDENT)], []),
    # ce-a844d046d0: X announces his entry into the race to lead the party
    ("Former minister Gordon Pike launches a bid to lead the Conservative Party of Canada.",
     [C("Gordon Pike", "Leader of the Conservative Party of Canada")], []),
    ("Gordon Pike is running for the leadership of the new Conservative Party of Canada, he announces.",
     [C("Gordon Pike", "Leader of the Conservative Party of Canada")], []),
    # ce-fced9da041: X, the candidate of the ruling party, is declared the winner
    ("SWAPO's candidate, Nangolo Shikongo, wins Namibia's presidential election with 76% of the vote.",
     [C("Nangolo Shikongo", "President of Namibia")], []),
    ("Namibia's presidential election is won by Nangolo Shikongo, who ran as the candidate of the ruling SWAPO party.",
     [C("Nangolo Shikongo", "President of Namibia")], []),
    # ce-79cd841ebc: President X will face opposition candidate Y in the second round
    ("Opposition candidate Ahmed Rasheed, the mayor of Male, will meet President Hassan Waheed in the Maldives' "
     "presidential runoff on September 30.",
     [C("Ahmed Rasheed", "President of the Maldives"), C("Hassan Waheed", "President of the Maldives")], []),
    ("With no candidate above 50%, the Maldivian presidential race goes to a second round between President Hassan "
     "Waheed and opposition challenger Ahmed Rasheed.",
     [C("Ahmed Rasheed", "President of the Maldives"), C("Hassan Waheed", "President of the Maldives")], []),
    # ce-4496112f4a: party candidate X is elected governor
    ("Camilo Restrepo, running for the Green Party, is elected Governor of Antioquia.",
     [C("Camilo Restrepo", "Governor of Antioquia")], []),
    ("Antioquia elects Green Party candidate Camilo Restrepo as its governor.",
     [C("Camilo Restrepo", "Governor of Antioquia")], []),
    # ce-a0b172a3be: X and Y will contest a ballot to determine who will be the party's leader
    # GAP: "the leadership will be decided in a ballot between X and Y"
    ("The leadership of the Australian Labor Party will be decided in a month-long ballot between Mark Doyle and "
     "Peter Kelly.", [C("Mark Doyle", "Leader of the Australian Labor Party"),
                      C("Peter Kelly", "Leader of the Australian Labor Party")], [], GAP),
    ("Mark Doyle and Peter Kelly are both standing for Leader of the Australian Labor Party in a month-long ballot of "
     "members.", [C("Mark Doyle", "Leader of the Australian Labor Party"),
                  C("Peter Kelly", "Leader of the Australian Labor Party")], []),
    # ce-f1af4639b9: X accepts the offer to stand as a candidate for Prime Minister
    # GAP: "stand for OFFICE for PARTY": the party's leader is taken for the office
    ("European Parliament President Marco Bellini will stand for Prime Minister of Italy for Forza Italia after "
     "accepting the party leader's offer.", [C("Marco Bellini", "Prime Minister of Italy")], [], GAP),
    ("Forza Italia's candidate for Prime Minister of Italy will be Marco Bellini, the President of the European "
     "Parliament.", [C("Marco Bellini", "Prime Minister of Italy")], []),
    # ce-7c5ff85d13: President X is re-elected in a run-off with challenger Y
    ("Polish President Jan Kowalczyk wins re-election with 51.2% in a runoff against challenger Tomasz Wrona.",
     [C("Tomasz Wrona", "President of Poland")], []),
    ("Challenger Tomasz Wrona is narrowly defeated by President Jan Kowalczyk in Poland's presidential runoff.",
     [C("Tomasz Wrona", "President of Poland")], []),
    # ce-7123eea1dd: the mayoral runoff between incumbent X and commissioner Y
    ("Chicago's mayoral race goes to a runoff between Mayor Dan Kowalski and Cook County Commissioner Luis Herrera.",
     [C("Dan Kowalski", "Mayor of Chicago"), C("Luis Herrera", "Mayor of Chicago")], []),
    ("Mayor Dan Kowalski of Chicago will face Cook County Commissioner Luis Herrera in an April runoff.",
     [C("Dan Kowalski", "Mayor of Chicago"), C("Luis Herrera", "Mayor of Chicago")], []),
    # ce-87ce80dede: voters pick between X and Y in the special congressional election
    ("Republican Brad Holt and Democrat Cal Rivers face off in Montana's special election for the U.S. House of "
     "Representatives.", [C("Brad Holt", "Member of the United States House of Representatives"),
                          C("Cal Rivers", "Member of the United States House of Representatives")], []),
    ("Montana voters choose between Democrat Cal Rivers and Republican Brad Holt in a special congressional "
     "election.", [C("Brad Holt", "Member of the United States House of Representatives"),
                   C("Cal Rivers", "Member of the United States House of Representatives")], []),
    # ce-9ef723c9f6: X announces her run for candidacy with the party in the riding of Y
    ("Human rights advocate Leila Haddad will run for the NDP in the riding of Ottawa South.",
     [C("Leila Haddad", "Member of Parliament for Ottawa South")], []),
    ("Leila Haddad is the NDP candidate in the riding of Ottawa South in the Canadian federal election.",
     [C("Leila Haddad", "Member of Parliament for Ottawa South")], []),
    # ce-1c2d13a047: independent candidate for president X is nominated by the party
    ("The American Independent Party nominates independent Gary Lowell for President of the United States, giving "
     "him ballot access in California.", [C("Gary Lowell", US_PRESIDENT)], []),
    ("Independent presidential candidate Gary Lowell wins the American Independent Party's nomination, securing "
     "ballot access in California and Nevada.", [C("Gary Lowell", US_PRESIDENT)], []),
    # ce-d7f8a2e96c: a runoff occurs between left-wing candidate X and right-wing candidate Y
    ("Left-wing Ana Soto and right-wing Felipe Rojas advance to Chile's presidential runoff on December 14, as no "
     "candidate wins 50% of the vote.", [C("Ana Soto", "President of Chile"), C("Felipe Rojas", "President of Chile")],
     []),
    ("Chile will hold a presidential runoff on December 14 pitting leftist Ana Soto against right-winger Felipe "
     "Rojas.", [C("Ana Soto", "President of Chile"), C("Felipe Rojas", "President of Chile")], []),
    # ce-3e46130096: X is elected president of the Eurogroup, beating the candidatures of Y and Z
    ("Irish finance minister Sean Byrne is elected president of the Eurogroup, defeating Spanish minister Lucia "
     "Ortega and Luxembourg's Marc Weber.", [C("Lucia Ortega", "President of the Eurogroup"),
                                             C("Marc Weber", "President of the Eurogroup")], []),
    # GAP: coordinated losers, "lose" (not "loses") the race for OFFICE to Z
    ("Spanish minister Lucia Ortega and Luxembourg's Marc Weber lose the race for President of the Eurogroup to "
     "Ireland's Sean Byrne.", [C("Lucia Ortega", "President of the Eurogroup"),
                               C("Marc Weber", "President of the Eurogroup")], []),
    # ce-cc14bcc8c4: X announces he is running for the party's nomination in the presidential election
    ("Former Vice President Tom Garrity launches his campaign for the Democratic Party's 2020 presidential "
     "nomination.", [C("Tom Garrity", US_PRESIDENT)], []),
    ("Tom Garrity, a former U.S. vice president, announces that he is running for president in 2020.",
     [C("Tom Garrity", US_PRESIDENT)], []),
    # ce-2a6d920e2c: the commission disqualifies party candidate X from the presidential election
    ("ACT-Wazalendo's presidential candidate, Juma Mrisho, is disqualified from Tanzania's upcoming election by the "
     "electoral commission.", [C("Juma Mrisho", "President of Tanzania")], []),
    ("Tanzania's electoral commission bars Juma Mrisho, whom ACT-Wazalendo had nominated for President of Tanzania, "
     "from the election.", [C("Juma Mrisho", "President of Tanzania")], []),
    # ce-58c0599195: presidential candidate X is stabbed at a campaign rally
    ("A man stabs Brazilian presidential hopeful Rafael Mendes at a campaign rally.",
     [C("Rafael Mendes", "President of Brazil")], []),
    ("Rafael Mendes, who is running for President of Brazil, is stabbed at a campaign rally in Minas Gerais.",
     [C("Rafael Mendes", "President of Brazil")], []),
    # ce-2d612b4c42: incumbent X says he will compete for re-election
    ("Venezuelan President Carlos Rivas says he will seek re-election in the presidential election called for April.",
     [C("Carlos Rivas", "President of Venezuela")], []),
    ("Incumbent Carlos Rivas will run again for President of Venezuela, he says.",
     [C("Carlos Rivas", "President of Venezuela")], []),
    # ce-202cc99213: Democratic gubernatorial candidate X ends her campaign
    ("Georgia's Democratic nominee for governor, Tanya Wells, ends her campaign without conceding.",
     [C("Tanya Wells", "Governor of Georgia")], []),
    ("Tanya Wells suspends her campaign for Governor of Georgia, acknowledging that her rival will be the next "
     "governor.", [C("Tanya Wells", "Governor of Georgia")], []),
    # ce-b69a8f95b1: X loses her re-election bid as mayor
    ("Chicago Mayor Denise Harper is defeated in her bid for a second term.",
     [C("Denise Harper", "Mayor of Chicago")], []),
    ("Denise Harper fails to win re-election as Mayor of Chicago, becoming the first one-term mayor in 40 years.",
     [C("Denise Harper", "Mayor of Chicago")], []),
    # ce-19708136b6: X resigns and announces he will run for president
    ("Mexican Foreign Minister Ricardo Salinas steps down to run for president of Mexico in 2024.",
     [C("Ricardo Salinas", "President of Mexico")], []),
    ("Mexico City mayor Lucia Fuentes will resign on Friday to focus on her campaign for President of Mexico.",
     [C("Lucia Fuentes", "President of Mexico")], []),
    # ce-3d33f2b40d: President X resigns in order to contest the presidential election
    # GAP: a fronted purpose clause, "To contest the election, X steps down"
    ("To contest November's presidential election, as the constitution requires, Madagascar President Andry Rakoto "
     "steps down.", [C("Andry Rakoto", "President of Madagascar")], [], GAP),
    # GAP: "so that he can run in the election": a purpose clause's pronoun and modal
    ("Madagascar's President Andry Rakoto quits office so that he can run in the November presidential election.",
     [C("Andry Rakoto", "President of Madagascar")], [], GAP),
    # -- near misses: the same people and words, no candidacy ---------------------------------------------------
    # a nomination declined, a coalition's rejection
    ("Walter Brinkley declines the nomination of the Republican Party to be its candidate in the 2012 US "
     "presidential election.", [], [C("Walter Brinkley")]),
    ("The opposition coalition of the Democratic Republic of the Congo rejects lawmaker Jean-Paul Mbala as its joint "
     "presidential candidate.", [], [C("Jean-Paul Mbala")]),
    # a denial, a run ruled out, a hypothetical, a speculation
    ("Arab League chief Karim Haddad says he will not run in Egypt's presidential election.", [], [C("Karim Haddad")]),
    ("Work and Pensions Secretary Owen Pryce rules out a bid for the leadership of the Conservative Party.",
     [], [C("Owen Pryce")]),
    ("Former Arkansas governor Dale Whitfield says he will not seek the Republican presidential nomination in 2016.",
     [], [C("Dale Whitfield")]),
    ("Former Vice President Tom Garrity says he is not running for president in 2020.", [], [C("Tom Garrity")]),
    ("Venezuelan President Carlos Rivas says he will not seek re-election in the presidential election called for "
     "April.", [], [C("Carlos Rivas")]),
    ("Mary Loeak, the President of the Marshall Islands, who is not seeking a second term, addresses parliament.",
     [], [C("Mary Loeak")]),
    ("If Gordon Pike ran for the leadership of the Conservative Party of Canada, he would win, a poll suggests.",
     [], [C("Gordon Pike")]),
    ("A poll shows 45% of Moldovans would back Elena Cojocaru for president, though she has not decided to run.",
     [], [C("Elena Cojocaru")]),
    # a sport, a prize, a job, a company's board
    ("Vadim Rusu beats Elena Cojocaru in the final of the Moldovan chess championship.", [],
     [C("Vadim Rusu"), C("Elena Cojocaru")]),
    ("Ecuadorian journalist Tomas Ibarra is a candidate for the Nobel Peace Prize, the committee says.", [],
     [C("Tomas Ibarra")]),
    ("Marco Bellini is the leading candidate to become coach of the Italian national football team.", [],
     [C("Marco Bellini")]),
    # GAP: a board's vote: defeated.dep_participle gives both sides a candidacy with no office
    ("Sean Byrne is elected chairman of the board of the Bank of Ireland, beating Lucia Ortega in a vote of "
     "shareholders.", [], [C("Sean Byrne"), C("Lucia Ortega")], GAP),
    ("Rui Almeida and Tiago Moreira advance to the final of the Portugal Open tennis tournament.", [],
     [C("Rui Almeida"), C("Tiago Moreira")]),
    # an aide, an official, an endorser, a victim, a journalist
    ("Olga Zhuk, a spokeswoman for the Belarusian election commission, announces the list of presidential "
     "candidates.", [], [C("Olga Zhuk")]),
    ("Ecuadorian journalist Tomas Ibarra, who covered the presidential campaign, is shot dead in Quito.", [],
     [C("Tomas Ibarra")]),
    ("Electoral commission chairman Juma Mrisho disqualifies two candidates from Tanzania's presidential election.",
     [], [C("Juma Mrisho")]),
    ("Jailed Palestinian leader Samir Khalil endorses Fatah's presidential candidate from his prison cell.", [],
     [C("Samir Khalil")]),
    ("Cook County Commissioner Luis Herrera endorses Mayor Dan Kowalski of Chicago for re-election.", [],
     [C("Luis Herrera")]),
    ("Montana Secretary of State Brad Holt certifies the result of the special election for the U.S. House of "
     "Representatives.", [], [C("Brad Holt")]),
    ("Olga Zhuk, the campaign manager of a presidential candidate in Belarus, is arrested on the eve of the vote.",
     [], [C("Olga Zhuk")]),
    # an officeholder at work, a past office, a legislature's other vote
    ("Chicago Mayor Denise Harper presents the city budget to the council on Tuesday.", [], [C("Denise Harper")]),
    ("Madagascar President Andry Rakoto dissolves the government ahead of November's presidential election.", [],
     [C("Andry Rakoto")]),
    ("Georgia state senator Tanya Wells votes against the governor's budget.", [], [C("Tanya Wells")]),
    ("Zambian opposition leader Joseph Banda is charged with treason after a rally in Lusaka.", [],
     [C("Joseph Banda")]),
    ("Antioquia's governor, Camilo Restrepo, opens a new hospital in Medellin.", [], [C("Camilo Restrepo")]),
    ("Former Arkansas governor Dale Whitfield is expected to run for President of the United States, aides say.", [],
     [C("Dale Whitfield")]),
]

#: Leads written with the round's rules, after the table above was scored (same format): each new reading, and near
#: misses of its words in another sense.
WITH_THE_RULES = [
    # a candidate noun as a copula's subject names the name after it; not as an object, denied, or a club's post
    ("The Green Party's nominee for mayor of Lyon is Ana Ruiz.", [C("Ana Ruiz", "Mayor of Lyon")], []),
    ("Among those backing the party's candidate is Senator Ana Ruiz.", [], [C("Ana Ruiz")]),
    ("The party's candidate for Mayor of Lyon will not be Ana Ruiz, the party said.", [], [C("Ana Ruiz")]),
    ("The club's candidate for coach is Ana Ruiz.", [], [C("Ana Ruiz")]),
    # a list's later name after a leaning or a hyphenated adjective
    ("Socialist Ana Ruiz and conservative Ivan Petrov face each other in the runoff for Mayor of Lyon.",
     [C("Ana Ruiz", "Mayor of Lyon"), C("Ivan Petrov", "Mayor of Lyon")], []),
    ("The runoff for Mayor of Lyon is between Ana Ruiz and centre-right Ivan Petrov.",
     [C("Ana Ruiz", "Mayor of Lyon"), C("Ivan Petrov", "Mayor of Lyon")], []),
    ("The race for Mayor of Lyon is between Ana Ruiz and Ivan Petrov.",
     [C("Ana Ruiz", "Mayor of Lyon"), C("Ivan Petrov", "Mayor of Lyon")], []),
    # a re-election failed was run for; a staff member's aside names another's candidacy
    ("Chicago Mayor Ana Ruiz failed to win re-election on Tuesday.", [C("Ana Ruiz", "Mayor of Chicago")], []),
    ("Ivan Petrov, an adviser to a presidential candidate in Peru, is arrested.", [], [C("Ivan Petrov")]),
    # a race for an office lost to the winner
    ("Ana Ruiz lost the race for mayor of Lyon to Ivan Petrov.",
     [C("Ana Ruiz", "Mayor of Lyon"), C("Ivan Petrov", "Mayor of Lyon")], []),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS + WITH_THE_RULES))
def test_cand34_paraphrase_lead(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("cand34 paraphrase leads", lambda text: _rows(nlp, text), LEADS, capsys)


def test_leads_counted():
    """At least MIN_LEADS leads, at least MIN_NEAR_MISS_SHARE of them near misses."""
    assert len(LEADS) >= MIN_LEADS and sum(not row[1] for row in LEADS) >= MIN_NEAR_MISS_SHARE * len(LEADS)
