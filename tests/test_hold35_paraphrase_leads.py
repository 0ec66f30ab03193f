"""Who holds an office, written another way: a paraphrase table of ag_tune and pool7 leads main reads (round 35, hold35).

Each group rewrites one AG News (ag_tune) or Current-events (pool7) item whose ``holds_office`` rows main gets right
(its id in the comment) twice, with invented people but the real country, office and party: a title before the name
becomes an apposition, a relative clause, the country's possessive, a city or party named first, an appointment
("is named X", "was made the country's 23rd prime minister"), a headline. A former holder keeps ``qualifier:
former``. Negatives (about a third) change the meaning so the row must not appear: a hopeful or candidate for the
office, a forecast, a denial, a club's or a federation's officer, an aide or a relative, an actor's role. The last
group carries round 34's leftovers (hold34's GAP rows written anew). Three source items (ag-7180, ag-2309, ag-280)
main misses in their own wording; their rewrites are read all the same. Written before main ran it: main 23ac42d
passed 56 of 64 leads (tp/fp/fn 53/1/8), all 17 negatives. The failures by structure: a relative clause on a
passive's agent ("is warned by Y, who leads the Israeli Labor Party": no relative clause read after "by Y"), a
place's possessive between "who leads" and the party ("who leads Italy's National Alliance"), an ordinal or "the
state's" between "as" and the office ("swears in X as the state's 40th premier"), "who presides over / governs X as
its OFFICE", two offices of one appointee (an apposition between the name and "as its new foreign minister"),
"once the U.S. attorney", a multi-word place after "The mayor of". After hold35's rules: 58 of 64 (55/1/6). Rows
the pipeline does not read yet are marked ``GAP`` (strict xfails); ``score`` prints the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from paraphrase import current as cur, former as was, holder as H, holder_rows as _rows  # noqa: N812


ITALY_FM = "Minister of Foreign Affairs of Italy"
ROMANIA_PM = "Prime Minister of Romania"
PAKISTAN_PM = "Prime Minister of Pakistan"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # ag-6012: "The leader of Italy's right-wing National Alliance, Gianfranco Fini, is appointed foreign minister."
    ("Italy appoints Carlo Bassi, leader of the right-wing National Alliance, as its new foreign minister.",
     [cur("Carlo Bassi", ITALY_FM), cur("Carlo Bassi", "Leader of the National Alliance")], [], GAP),
    ("Carlo Bassi, who leads Italy's National Alliance, is named foreign minister in the reshuffle.",
     [cur("Carlo Bassi", ITALY_FM), cur("Carlo Bassi", "Leader of the National Alliance")], [], GAP),
    ("Analysts say Carlo Bassi could be named Italy's foreign minister if the coalition survives.", [],
     [H("Carlo Bassi", ITALY_FM)]),
    # ag-7195: "a run-off round pitting Prime Minister Adrian Nastase against Bucharest Mayor Traian Basescu"
    ("The presidential run-off pits Romania's prime minister, Ion Dragu, against the mayor of Bucharest, Mihai Stan.",
     [cur("Ion Dragu", ROMANIA_PM), cur("Mihai Stan", "Mayor of Bucharest")], []),
    ("Mihai Stan, Bucharest's mayor, faces Prime Minister Ion Dragu in Sunday's run-off for the Romanian presidency.",
     [cur("Ion Dragu", ROMANIA_PM), cur("Mihai Stan", "Mayor of Bucharest")], []),
    ("Mihai Stan, who is running for mayor of Bucharest, attacks the Romanian government.", [],
     [H("Mihai Stan", "Mayor of Bucharest")]),
    # ag-6213: "US Secretary of State Colin Powell has launched a new Middle East peace drive"
    ("Walter Brant, the U.S. secretary of state, launches a new Middle East peace drive.",
     [cur("Walter Brant", "United States Secretary of State")], []),
    ("A new Middle East peace drive is launched by Secretary of State Walter Brant of the United States.",
     [cur("Walter Brant", "United States Secretary of State")], []),
    ("Walter Brant denies reports that he will become the U.S. secretary of state next year.", [],
     [H("Walter Brant", "United States Secretary of State")]),
    # ag-5207: "Pakistani President General Pervez Musharraf ... congratulated his Afghan counterpart"
    ("Pakistan's president, General Farid Malik, visits Kabul after the landmark Afghan presidential polls.",
     [cur("Farid Malik", "President of Pakistan")], []),
    ("General Farid Malik, the Pakistani president, congratulates Afghanistan on its first presidential election.",
     [cur("Farid Malik", "President of Pakistan")], []),
    ("Farid Malik, the captain of Pakistan's cricket team, congratulates the Afghan side on its win.", [],
     [H("Farid Malik", "President of Pakistan")]),
    # ag-7180: "The deputy speaker of the 275-member transitional parliament, Dalhar Omar, said ..."
    ("Somalia's parliament passes a motion of no-confidence, said Abdi Warsame, deputy speaker of the Parliament of "
     "Somalia.", [cur("Abdi Warsame", "Deputy Speaker of the Parliament of Somalia")], []),
    ("Abdi Warsame, the president of the Somali Football Federation, says the league will resume.", [],
     [H("Abdi Warsame")]),
    # ag-820: "Australian Prime Minister John Howard on Sunday announced that the next federal election ..."
    ("The next federal election will be held on October 9, Australia's prime minister, Neil Carter, announced.",
     [cur("Neil Carter", "Prime Minister of Australia")], []),
    ("Neil Carter, the Australian prime minister, calls a federal election for October 9.",
     [cur("Neil Carter", "Prime Minister of Australia")], []),
    ("A poll shows most Australians want Neil Carter to be their next prime minister.", [],
     [H("Neil Carter", "Prime Minister of Australia")]),
    # ag-2309: "Federal Labor leader Mark Latham has ruled out disendorsing Queensland Labor candidate ..."
    ("Rob Keane, the leader of the Australian Labor Party, rules out disendorsing a Queensland candidate.",
     [cur("Rob Keane", "Leader of the Australian Labor Party")], []),
    ("Australian Labor Party leader Rob Keane stands by a Queensland candidate over his comments on Bali.",
     [cur("Rob Keane", "Leader of the Australian Labor Party")], []),
    ("Rob Keane, a Queensland Labor candidate, says the leader of the Australian Labor Party backs him.", [],
     [H("Rob Keane", "Leader of the Australian Labor Party")]),
    # ag-879: "two days after Finance Minister Shaukat Aziz was made the country's 23rd Prime Minister"
    ("Pakistan's finance minister, Nadeem Akhtar, was made the country's 23rd prime minister on Saturday.",
     [cur("Nadeem Akhtar", PAKISTAN_PM), H("Nadeem Akhtar", "Minister of Finance of Pakistan")], []),
    ("A new cabinet is sworn in two days after Nadeem Akhtar, the finance minister of Pakistan, became prime "
     "minister.", [cur("Nadeem Akhtar", PAKISTAN_PM), H("Nadeem Akhtar", "Minister of Finance of Pakistan")], []),
    ("Nadeem Akhtar is tipped to become Pakistan's next prime minister, party officials say.", [],
     [H("Nadeem Akhtar", PAKISTAN_PM)]),
    # ag-4440: "Premier Dalton McGuinty sent a shot across the bow ... Ontario will not support ..."
    ("Ontario Premier Daniel Roy warns that the province will not help others squeeze Ottawa.",
     [cur("Daniel Roy", "Premier of Ontario")], []),
    ("Daniel Roy, the premier of Ontario, says the province will not support the equalization demands.",
     [cur("Daniel Roy", "Premier of Ontario")], []),
    ("Daniel Roy, a spokesman for the Ontario premier, declined to comment.", [],
     [H("Daniel Roy", "Premier of Ontario")]),
    # ag-3474: "California's constitution permits laws against gay marriage, the state's attorney general declared"
    ("California Attorney General Ben Ortiz declares that the state's constitution permits the laws.",
     [cur("Ben Ortiz", "Attorney General of California")], []),
    ("Ben Ortiz, California's attorney general, issues a long-awaited legal opinion on gay marriage.",
     [cur("Ben Ortiz", "Attorney General of California")], []),
    ("Ben Ortiz, a Republican candidate for California attorney general, criticises the opinion.", [],
     [H("Ben Ortiz", "Attorney General of California")]),
    # ag-6403: "Deputy prime minister Anne McLellan has applauded the intervention of Ukraine's supreme court"
    ("Canada's deputy prime minister, Laura Finch, applauds the ruling of Ukraine's supreme court.",
     [cur("Laura Finch", "Deputy Prime Minister of Canada")], []),
    ("The Ukrainian court's ruling is welcomed by Laura Finch, the deputy prime minister of Canada.",
     [cur("Laura Finch", "Deputy Prime Minister of Canada")], []),
    # ag-599: "Republican Rep. Peter Hoekstra of Michigan was picked Wednesday to head the House Intelligence Committee"
    ("Gary Lindell, a Republican congressman from Michigan, is picked to head the House Intelligence Committee.",
     [cur("Gary Lindell", "Member of the United States House of Representatives")], []),
    ("Michigan Republican Rep. Gary Lindell will head the House Intelligence Committee.",
     [cur("Gary Lindell", "Member of the United States House of Representatives")], []),
    ("Gary Lindell, a Republican challenger for a Michigan seat in the U.S. House, opens his campaign.", [],
     [H("Gary Lindell", "Member of the United States House of Representatives")]),
    # ag-280: "Attorney General Jim Petro is suing Best Buy" (Ohio)
    ("Ohio Attorney General Dan Kemp sues Best Buy over deceptive business practices.",
     [cur("Dan Kemp", "Attorney General of Ohio")], []),
    ("Best Buy is sued by Dan Kemp, the attorney general of Ohio, over its sales practices.",
     [cur("Dan Kemp", "Attorney General of Ohio")], []),
    # ce-828bb48a4e: "Defense minister ... Prabowo Subianto chooses Surakarta mayor Gibran Rakabuming Raka"
    ("Indonesia's defence minister, Agus Wibowo, chooses Budi Santoso, the mayor of Surakarta, as his running mate.",
     [cur("Agus Wibowo", "Minister of Defence of Indonesia"), cur("Budi Santoso", "Mayor of Surakarta")], []),
    ("Budi Santoso, Surakarta's mayor, will run alongside Defence Minister Agus Wibowo of Indonesia.",
     [cur("Agus Wibowo", "Minister of Defence of Indonesia"), cur("Budi Santoso", "Mayor of Surakarta")], []),
    ("Budi Santoso, who hopes to become mayor of Surakarta, registers as a candidate.", [],
     [H("Budi Santoso", "Mayor of Surakarta")]),
    # ce-ce49323028: "Amir Peretz, the new head of the Israeli Labor Party, warns Israeli Prime Minister Ariel Sharon"
    ("The newly elected leader of the Israeli Labor Party, Dov Harel, warns Prime Minister Yossi Adler of Israel.",
     [cur("Dov Harel", "Leader of the Israeli Labor Party"), cur("Yossi Adler", "Prime Minister of Israel")], []),
    ("Israel's prime minister, Yossi Adler, is warned by Dov Harel, who leads the Israeli Labor Party.",
     [cur("Dov Harel", "Leader of the Israeli Labor Party"), cur("Yossi Adler", "Prime Minister of Israel")], []),
    ("Dov Harel loses the race to lead the Israeli Labor Party to a younger rival.", [],
     [H("Dov Harel", "Leader of the Israeli Labor Party")]),
    # ce-45c3603d09: "Russian President Vladimir Putin dismisses Nizhny Novgorod Oblast governor Valery Shantsev"
    ("Russia's president, Ivan Sokolov, dismisses Pavel Orlov, the governor of Nizhny Novgorod Oblast.",
     [cur("Ivan Sokolov", "President of Russia"), cur("Pavel Orlov", "Governor of Nizhny Novgorod Oblast")], []),
    ("Nizhny Novgorod Oblast governor Pavel Orlov is dismissed by Russian President Ivan Sokolov.",
     [cur("Ivan Sokolov", "President of Russia"), cur("Pavel Orlov", "Governor of Nizhny Novgorod Oblast")], []),
    # ce-19708136b6: "The mayor of Mexico City, Claudia Sheinbaum, also announces that she will resign"
    ("Mexico City mayor Lucía Paredes announces she will resign to run for president.",
     [cur("Lucía Paredes", "Mayor of Mexico City")], []),
    ("Lucía Paredes, Mexico City's mayor, says she will step down on Friday.",
     [cur("Lucía Paredes", "Mayor of Mexico City")], []),
    ("Lucía Paredes, who plays the mayor of Mexico City in a telenovela, wins an award.", [],
     [H("Lucía Paredes", "Mayor of Mexico City")]),
    # ce-a07e503a06: "hack attempts against the U.S. House Speaker Paul Ryan"
    ("Hackers targeted Tom Harlan, the speaker of the U.S. House of Representatives, officials say.",
     [cur("Tom Harlan", "Speaker of the United States House of Representatives")], []),
    ("House Speaker Tom Harlan of the United States says his e-mail was targeted after the election.",
     [cur("Tom Harlan", "Speaker of the United States House of Representatives")], []),
    ("Tom Harlan, a former aide to the Speaker of the United States House of Representatives, was charged.", [],
     [H("Tom Harlan", "Speaker of the United States House of Representatives")]),
    # ce-6448c57deb: "Former Malawian president Peter Mutharika is declared the winner ... against the incumbent ..."
    ("Peter Banda, a former president of Malawi, is declared the winner against President Grace Phiri.",
     [was("Peter Banda", "President of Malawi"), cur("Grace Phiri", "President of Malawi")],
     [cur("Peter Banda", "President of Malawi")]),
    ("Malawi's ex-president Peter Banda defeats the incumbent president, Grace Phiri.",
     [was("Peter Banda", "President of Malawi"), cur("Grace Phiri", "President of Malawi")], []),
    # ce-f510050bc6: "Governor of Oregon Kate Brown declares a weekend state of emergency for Portland"
    ("Oregon's governor, Ellen Marsh, declares a state of emergency for Portland.",
     [cur("Ellen Marsh", "Governor of Oregon")], []),
    ("A state of emergency is declared for Portland by Ellen Marsh, the governor of Oregon.",
     [cur("Ellen Marsh", "Governor of Oregon")], []),
    ("Ellen Marsh, the wife of Oregon's governor, visits Portland.", [],
     [H("Ellen Marsh", "Governor of Oregon")]),
    # ag-3783: "Chinese President Hu Jintao sent a message to Norodom Sihamoni"
    ("China's president, Wang Lei, sends a message of congratulation to Cambodia's new king.",
     [cur("Wang Lei", "President of China")], []),
    ("Wang Lei, the Chinese president, congratulates the new king of Cambodia.",
     [cur("Wang Lei", "President of China")], []),
    ("Wang Lei, the president of China's table tennis association, congratulates the new world champion.", [],
     [H("Wang Lei")]),
    # round 34's leftovers, written anew
    ("The mayor of Santa Ana Huista, Rubén Ochoa, was shot dead on Sunday.",
     [cur("Rubén Ochoa", "Mayor of Santa Ana Huista")], [H("Huista")], GAP),
    ("The mayor of San Pedro Sula, Hugo Reyes, says the vote will go ahead.",
     [cur("Hugo Reyes", "Mayor of San Pedro Sula")], [H("Sula")]),
    ("Lorna Pike, who presides over the Arizona Senate as its president, delays the audit report.",
     [cur("Lorna Pike", "President of the Arizona Senate")], []),
    ("Jens Vogel, who governs North Rhine-Westphalia as its minister-president, calls an early election.",
     [cur("Jens Vogel", "Minister-President of North Rhine-Westphalia")], []),
    ("The governor of Queensland swears in Kate Hollis as the state's 40th premier.",
     [cur("Kate Hollis", "Premier of Queensland")], []),
    ("Carol Dent, once the U.S. attorney in Manhattan, joins a law firm.",
     [was("Carol Dent", "United States Attorney")], [cur("Carol Dent", "United States Attorney")], GAP),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_hold35_paraphrase_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("hold35 paraphrase leads", lambda text: _rows(nlp, text), LEADS, capsys)
