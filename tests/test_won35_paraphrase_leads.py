"""Result facts written another way, round 2: a paraphrase table of invented leads (won, defeated, conceded,
votes_received) rewritten from AG News wire leads (ag_tune) and Current-events items (pool7) that main reads right.

Why: the rules fit the phrasings they were tuned on (round 34); wire leads say a result with other shapes: a
possessive victory ("X's re-election victory"), a defeat noun ("X's defeat of Y"), a fronted share, "is declared
the winner", a body electing, a re-election that takes the winner's own office (never the loser's apposition
office). The people are invented (the knowledge base cannot help); the countries, offices and parties are real.
Negatives keep the words and change the meaning: a poll, a future or hoped-for win, a refusal to concede, a sport
contest, an appointment. Rows the pipeline does not read yet are marked ``GAP`` (strict xfails), by structure: a
fronted "With more than N percent" (an approximator before the fronted share); a monarch elected by a council
("King of Cambodia" is no office the lexicon knows as chosen); a possessive "Since his election to the Senate, X";
"took N% ... to win a second term" (the win's office not read from the apposed "Iceland's incumbent president");
coordinated losers before "are defeated by X, who takes N%"; "the primary
goes to X". ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from paraphrase import conceded as C, defeated as D, result_rows as _rows, votes as V, won as W  # noqa: N812


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # ag-5208: X's defeat of Y by N votes
    ("Democrats said Senator Paul Garvey's defeat of Governor Alan Tress by two million votes left the party "
     "searching for a way forward.", [D("Paul Garvey", "Alan Tress"), W("Paul Garvey")], [D("Alan Tress")]),
    ("Governor Alan Tress was beaten by Senator Paul Garvey in the presidential election of the United States, "
     "Democrats said.", [D("Paul Garvey", "Alan Tress"), W("Paul Garvey")], [D("Alan Tress")]),
    ("Democrats fear that Senator Paul Garvey could defeat Governor Alan Tress in November.", [],
     [D("Paul Garvey"), W("Paul Garvey")]),
    # ag-4945: won with more than N percent
    ("Uruguay's leftist candidate Mateo Ferreyra wins the presidential election, taking more than 50 percent of "
     "the ballot.", [W("Mateo Ferreyra", "President of Uruguay"), V("Mateo Ferreyra", 50)], []),
    ("With more than 50 percent of the ballot, leftist Mateo Ferreyra won Uruguay's presidential election on "
     "Sunday.", [W("Mateo Ferreyra", "President of Uruguay"), V("Mateo Ferreyra", 50)], [], GAP),
    ("Polls give Uruguay's leftist candidate Mateo Ferreyra more than 50 percent ahead of Sunday's presidential "
     "election.", [], [W("Mateo Ferreyra"), V("Mateo Ferreyra")]),
    # ag-3181: confirmed as next leader with a landslide victory
    ("Final counting gave retired general Bambang Sutarjo a landslide victory in Indonesia's presidential "
     "election.", [W("Bambang Sutarjo", "President of Indonesia")], []),
    ("Retired general Bambang Sutarjo has been elected President of Indonesia in a landslide, officials said on "
     "Monday.", [W("Bambang Sutarjo", "President of Indonesia")], []),
    ("Retired general Bambang Sutarjo hopes to win Indonesia's presidential election next year.", [],
     [W("Bambang Sutarjo")]),
    # ag-5067: not conceding
    ("Democratic challenger Ralph Hendon has not conceded defeat in the United States presidential election.", [],
     [C("Ralph Hendon")]),
    ("Democratic challenger Ralph Hendon conceded defeat on Wednesday, ending the United States presidential "
     "race.", [C("Ralph Hendon")], []),
    # ag-5207: congratulated for his victory
    ("Pakistan's president congratulated Afghan President Farid Nazari on his victory in the Afghan presidential "
     "election.", [W("Farid Nazari", "President of Afghanistan")], []),
    ("Farid Nazari won Afghanistan's presidential election, and Pakistan's president congratulated him on "
     "Saturday.", [W("Farid Nazari", "President of Afghanistan")], []),
    # ag-3783: election as king
    ("The throne council of Cambodia elected Norodom Sokhan as the new king.",
     [W("Norodom Sokhan", "King of Cambodia")], [], GAP),
    ("Norodom Sokhan was chosen as King of Cambodia by the throne council on Thursday.",
     [W("Norodom Sokhan", "King of Cambodia")], [], GAP),
    # ag-5711: since he was elected to the Senate
    ("Since his election to the U.S. Senate, Darnell Price has appeared several times on national television.",
     [W("Darnell Price", "Member of the United States Senate")], [], GAP),
    ("Darnell Price, who was elected to the U.S. Senate last week, has appeared several times on national "
     "television.", [W("Darnell Price", "Member of the United States Senate")], []),
    ("Darnell Price, who hopes to be elected to the U.S. Senate, has appeared several times on national "
     "television.", [], [W("Darnell Price")]),
    # ag-6337: an election won by X
    ("The presidential election in Afghanistan was won last month by US-backed incumbent Omar Sadiqi.",
     [W("Omar Sadiqi")], []),
    ("US-backed incumbent Omar Sadiqi won last month's Afghan presidential election.",
     [W("Omar Sadiqi", "President of Afghanistan")], []),
    # ce-19fa5c99ff: a body elects X as the country's president
    ("Vietnam's National Assembly elects Tran Van Hieu as president, succeeding Le Minh Quang.",
     [W("Tran Van Hieu", "President of Vietnam")], [W("Le Minh Quang")]),
    ("Tran Van Hieu is elected President of Vietnam by the National Assembly, succeeding Le Minh Quang.",
     [W("Tran Van Hieu", "President of Vietnam")], [W("Le Minh Quang")]),
    ("Vietnam's National Assembly appoints Tran Van Hieu as deputy prime minister.", [], [W("Tran Van Hieu")]),
    # ce-c5c024fdc1: re-elected as president of the European Commission
    ("The European Parliament re-elects Greta Lindholm as President of the European Commission.",
     [W("Greta Lindholm", "President of the European Commission")], []),
    ("Greta Lindholm wins a second term as President of the European Commission.",
     [W("Greta Lindholm", "President of the European Commission")], []),
    # ce-6448c57deb: declared the winner with N% against Y
    ("Former president Chikondi Banda wins Malawi's presidential election with 57% of the vote, defeating "
     "incumbent Yohane Phiri, who got 33%.",
     [W("Chikondi Banda", "President of Malawi"), V("Chikondi Banda", 57), V("Yohane Phiri", 33),
      D("Chikondi Banda", "Yohane Phiri")], [V("Chikondi Banda", 33), D("Yohane Phiri")]),
    ("Incumbent Yohane Phiri, who received 33%, lost Malawi's presidential election to former president "
     "Chikondi Banda, who won 57% of votes.",
     [W("Chikondi Banda", "President of Malawi"), V("Chikondi Banda", 57), V("Yohane Phiri", 33),
      D("Chikondi Banda", "Yohane Phiri")], [V("Chikondi Banda", 33)]),
    # ce-9fd42dcf4f: re-elected governor of a state
    ("Sudanese officials say Ibrahim Daoud has been re-elected governor of the state of South Kordofan.",
     [W("Ibrahim Daoud", "Governor of South Kordofan")], []),
    ("Ibrahim Daoud is expected to be re-elected governor of the state of South Kordofan.", [],
     [W("Ibrahim Daoud")]),
    # ce-f9fd6804f1: re-elected president despite charges
    ("Despite an international arrest warrant, Hassan al-Tayeb wins re-election as president of Sudan.",
     [W("Hassan al-Tayeb", "President of Sudan")], []),
    ("Sudan's president Hassan al-Tayeb, re-elected in a vote marred by boycotts, faces war crimes charges.",
     [W("Hassan al-Tayeb", "President of Sudan")], []),
    # ce-5d5ecabff3 / ce-6dcdbe783b: a share with re-election
    ("Incumbent president Einar Sigurdsson is re-elected President of Iceland with 92% of the votes.",
     [W("Einar Sigurdsson", "President of Iceland"), V("Einar Sigurdsson", 92)], []),
    ("Einar Sigurdsson, Iceland's incumbent president, took 92% of the votes to win a second term.",
     [W("Einar Sigurdsson", "President of Iceland"), V("Einar Sigurdsson", 92)], [], GAP),
    ("Einar Sigurdsson wins the Icelandic chess championship with 92% of the points.", [],
     [W("Einar Sigurdsson"), V("Einar Sigurdsson")]),
    # ce-5246cc62ec: opposition candidate defeats the president
    ("Gambian President Modou Ceesay is defeated by opposition candidate Lamin Touray, ending his 22-year rule.",
     [D("Lamin Touray", "Modou Ceesay"), W("Lamin Touray", "President of the Gambia")], [D("Modou Ceesay")]),
    ("Opposition candidate Lamin Touray beats Gambian President Modou Ceesay in the presidential election.",
     [D("Lamin Touray", "Modou Ceesay"), W("Lamin Touray", "President of the Gambia")], [D("Modou Ceesay")]),
    ("Gambian President Modou Ceesay defeats Senegal's Lamin Touray in the final of the West African tennis "
     "open.", [], [D("Modou Ceesay"), W("Modou Ceesay")]),
    # ce-e92f71a0c4: defeats two rivals with N percent
    ("In Kentucky, Democrat Ellen Marsh and independent Ted Rourke are defeated by Republican Grant Hollis, who "
     "takes 52 percent of the vote.",
     [D("Grant Hollis", "Ellen Marsh"), D("Grant Hollis", "Ted Rourke"), V("Grant Hollis", 52)], [], GAP),
    ("Republican Grant Hollis wins Kentucky's governorship with 52 percent, beating Democrat Ellen Marsh and "
     "independent Ted Rourke.",
     [D("Grant Hollis", "Ellen Marsh"), D("Grant Hollis", "Ted Rourke"), V("Grant Hollis", 52),
      W("Grant Hollis", "Governor of Kentucky")], []),
    # round-1 leftover: a re-election takes the winner's own office, never the loser's apposition office
    ("Kentucky Governor Grant Hollis wins re-election, beating the state's attorney general, Ellen Marsh.",
     [W("Grant Hollis", "Governor of Kentucky"), D("Grant Hollis", "Ellen Marsh")],
     [W("Grant Hollis", "Attorney General of Kentucky")]),
    ("Ohio Governor Ray Dunmore is re-elected, defeating Ohio Secretary of State Lena Voss.",
     [W("Ray Dunmore", "Governor of Ohio"), D("Ray Dunmore", "Lena Voss")],
     [W("Ray Dunmore", "Secretary of State of Ohio")]),
    ("Kentucky Governor Grant Hollis hopes to win re-election next year against the state's attorney general, Ellen "
     "Marsh.", [], [W("Grant Hollis"), D("Grant Hollis")]),
    # ce-202cc99213: ends campaign without conceding
    ("Democratic candidate Nia Coleman ends her campaign for Governor of Georgia but says her statement is not a "
     "concession.", [], [C("Nia Coleman")]),
    ("Democratic candidate Nia Coleman concedes the Georgia governor's race to Republican Bill Keane.",
     [C("Nia Coleman"), W("Bill Keane")], [C("Bill Keane")]),
    # ce-6a040bdbf4: conceding defeat, participle fronted
    ("Outgoing Prime Minister Colin Hartley of Australia concedes defeat and says he will not seek re-election as "
     "Labor Party leader.", [C("Colin Hartley")], []),
    ("Outgoing Prime Minister Colin Hartley of Australia refuses to concede defeat.", [], [C("Colin Hartley")]),
    # round-1 leftovers: a count or a win away from its verb
    ("With 61% of the vote, Anders Holm wins the presidential election of Finland.",
     [W("Anders Holm", "President of Finland"), V("Anders Holm", 61)], []),
    ("With 95% of the votes counted, Anders Holm wins the presidential election of Finland.",
     [W("Anders Holm", "President of Finland")], [V("Anders Holm", 95)]),
    ("With 40% of the vote, the Social Democratic Party of Anders Holm wins Finland's parliamentary election.", [],
     [V("Anders Holm", 40)]),
    ("Lisa Brandt's victory over Karl Menz gives her the presidency of Austria.",
     [W("Lisa Brandt"), D("Lisa Brandt", "Karl Menz")], [D("Karl Menz")]),
    ("Lisa Brandt's expected victory over Karl Menz in Austria's presidential election worries investors.", [],
     [D("Lisa Brandt"), W("Lisa Brandt")]),
    ("The Democratic primary for Governor of Maryland goes to Nolan Pierce.", [W("Nolan Pierce")], [], GAP),
    ("Sean Doherty won by 88 votes to 76 against Liam Walsh in the Dail's vote for Taoiseach.",
     [W("Sean Doherty"), V("Sean Doherty", 88), V("Liam Walsh", 76)],
     [V("Sean Doherty", 76), W("Liam Walsh")]),
    ("A motion of confidence in Taoiseach Sean Doherty passed by 88 votes to 76.", [],
     [W("Sean Doherty"), V("Sean Doherty")]),
    ("In the Dail's vote for Taoiseach, Sean Doherty won by 88 votes to 76.",
     [W("Sean Doherty"), V("Sean Doherty", 88)], [V("Sean Doherty", 76)]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_won35_paraphrase_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("won35 paraphrase leads", lambda text: _rows(nlp, text), LEADS, capsys)
