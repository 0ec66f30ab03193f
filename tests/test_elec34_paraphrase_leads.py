"""Election rows of tune items said another way: a paraphrase table for the ``election`` predicate.

Thirty-four items of ``dev_tune`` whose ``election`` rows main gets right (ORIGINALS, each on its own publication
date) are each written twice more in another structure (LEADS): active <-> passive, a headline ("X wins Y"), a
nominalisation ("X's victory in ..."), a participial clause, the country or office in the sentence before, reported
speech, another verb of the same meaning. The people are invented (the knowledge base cannot help); countries,
offices, parties and places are real. One election is one row with its office, ``kind`` and ``date`` as stated.
Negatives keep the words and change the meaning: a sport or prize contest, a chamber voting on a bill, a body
electing its own officer, an officer of a federation or a church, a runoff of storm water. Rows the pipeline
does not read yet are ``GAP`` (strict xfails); ``test_score_printed`` prints the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, lead_params, check_lead, print_table_score, table_score
from paraphrase import ANCHOR, election as E, election_rows  # noqa: N812


#: Any election row at all (a negative's unwanted row where the lead holds no election).
ANY = E()

US_HOUSE = "Member of the United States House of Representatives"

#: (dev_tune id, publication date, text, rows main gives): the items the paraphrases keep the facts of.
ORIGINALS = [
    ("ce-018eb877ab", "2021-04-11", "Chadians head to the polls to elect their president. Incumbent Idriss Déby is "
     "expected to extend his three-decade mandate. (Reuters)", [E("President of Chad")]),
    ("ce-01ccb52e31", "2025-12-07", "Hong Kong citizens vote for the members of the Legislative Council. (Reuters)",
     [E("Member of the Legislative Council of Hong Kong")]),
    ("ce-0f2046e70c", "2026-02-26", "Green Party candidate Hannah Spencer wins the constituency of Gorton and Denton "
     "in Greater Manchester, England, in the party's first by-election win. (The New York Times)",
     [E("Member of Parliament for Gorton and Denton", kind="special")]),
    ("ce-2a932c0db7", "2010-01-17", "Sebastián Piñera is elected President of Chile in the second round of the "
     "presidential election. (BBC) (UPI)", [E("President of Chile", kind="runoff")]),
    ("ce-2d93a3d429", "2015-04-07", "Rahm Emanuel is re-elected to a second term as Mayor of Chicago, defeating "
     "opponent Jesús \"Chuy\" García in the city's first mayoral runoff election since switching to nonpartisan "
     "elections 20 years ago. (Chicago Tribune)", [E("Mayor of Chicago", kind="runoff")]),
    ("ce-344cf10a94", "2006-11-08", "The Associated Press declares Democrat Jim Webb as the winner of the 2006 Senate "
     "elections in Virginia. (Yahoo), (CNN)", [E("Member of the United States Senate", date="2006")]),
    ("ce-38112cf3f4", "2021-06-15", "Pedro Castillo of the left-wing Free Peru party claims victory in the "
     "presidential election, with the final tally putting him 44,058 votes ahead of his rival Keiko Fujimori of the "
     "right-wing Popular Force party. (Reuters)", [E("President of Peru")]),
    ("ce-3b881de9ae", "2016-11-13", "Voters in Moldova head to the polls in the country's presidential runoff between "
     "two opposition candidates, Igor Dodon, from the pro-Russian socialist PSRM, and Maia Sandu, from the pro-EU "
     "liberal PAS, with Dodon expected to win.", [E("President of Moldova", kind="runoff")]),
    ("ce-4369aa8b57", "2010-11-24", "Blaise Compaoré is re-elected as President of Burkina Faso following a "
     "presidential election with 81% of the vote. (Times Live South Africa)", [E("President of Burkina Faso")]),
    ("ce-7699dc01d4", "2019-06-06", "The Labour Party holds the Peterborough seat in the by-election, defying "
     "predictions that they would lose the seat to the Brexit Party. The seat was vacated after a successful recall "
     "petition against its previous MP Fiona Onasanya. (The Guardian)",
     [E("Member of Parliament for Peterborough", kind="special")]),
    ("ce-940609efb8", "2006-08-09", "In Mexico, the partial recount of votes in the disputed 2006 presidential "
     "election held on July 2 begins amid escalating protests against alleged electoral irregularities in the close "
     "election. (CBC), (VOA)", [E("President of Mexico", date="2006-07-02")]),
    ("ce-7a700be97f", "2006-01-29", "Tarja Halonen is re-elected in the second round of the Finnish presidential "
     "election with 51.8% of the votes, defeating the other candidate Sauli Niinistö. (Helsingin Sanomat)",
     [E("President of Finland", kind="runoff")]),
    ("ce-8c1367399e", "2010-07-29", "Musician Wyclef Jean announces that he has taken formal steps towards running for "
     "President of Haiti in the 2010 general election but has not yet decided on a candidacy. (Reuters)",
     [E("President of Haiti", kind="general", date="2010")]),
    ("ce-e1ce42c22c", "2018-03-18", "Voters in Russia cast their votes for the President of Russia. Incumbent Vladimir "
     "Putin wins a fourth term in office, with just over 75% of the popular vote. (Reuters)",
     [E("President of Russia")]),
    ("ce-ff28dee0b0", "2024-02-24", "Donald Trump wins the 2024 South Carolina Republican presidential primary. "
     "(Fox News) (CNN)", [E("President of the United States", kind="primary", date="2024")]),
    ("ce-2450b6a354", "2017-04-18", "Democratic candidates face off with Republican candidates in a primary for a U.S. "
     "House seat vacated by Tom Price, now Health and Human Services Secretary, in a suburb of Atlanta, Georgia. "
     "(Atlanta Journal Constitution)", [E(US_HOUSE, kind="primary")]),
    ("ce-fced9da041", "2004-11-21", "Hifikepunye Pohamba, the candidate of the ruling South-West Africa People's "
     "Organisation party, is declared the winner of the Namibian presidential election with 76% of the vote. (BBC)",
     [E("President of Namibia")]),
    ("ce-49374ffabb", "2015-11-03", "Former five-term Bridgeport mayor Joe Ganim wins election to a sixth term as "
     "mayor of Connecticut's largest city, topping the six other candidates in the poll.", [E("Mayor of Bridgeport")]),
    ("ce-a207cdbb86", "2004-10-15", "Presidential elections in the war torn country of Burundi are postponed until "
     "April 2005. (BBC)", [E("President of Burundi", date="2005-04")]),
    ("ce-a244b4528f", "2016-05-22", "The second round of voting takes place to elect either Norbert Hofer or Alexander "
     "Van der Bellen as President of Austria. (USA Today) (BBC)", [E("President of Austria", kind="runoff")]),
    ("ce-c65e2e55b2", "2006-08-22", "Nominations have been called for the first Nunatsiavut Assembly General Election. "
     "The election will be held on October 3, 2006. VOCM",
     [E("Member of the Nunatsiavut Assembly", kind="general", date="2006-10-03")]),
    ("ce-d977d4df67", "2022-03-10", "Conservative opposition leader Yoon Suk-yeol is confirmed as the winner of "
     "yesterday's presidential election with 48.59% of the vote. He will take office as President of South Korea on "
     "May 10. (BBC News)", [E("President of South Korea", date="2022-03-09")]),
    ("ce-7c5ff85d13", "2020-07-13", "The National Electoral Commission announces that incumbent President Andrzej Duda "
     "has been re-elected after winning 51.2% of the votes in a second round run-off with challenger Rafał "
     "Trzaskowski. (BBC News)", [E("President of Poland", kind="runoff")]),
    ("ce-84d34c1bbd", "2020-12-07", "Voters in Ghana head to the polls to elect their president as well as the members "
     "of parliament. (Reuters)", [E("President of Ghana"), E("Member of the Parliament of Ghana")]),
    ("ce-ba5a57c2f8", "2011-05-11", "British Deputy Prime Minister Nick Clegg says his party will be more \"muscular\" "
     "and mark out their identity more clearly, following their poor results in recent council elections and the "
     "Scottish Parliament general election. (BBC)", [E("Member of the Scottish Parliament", kind="general")]),
    ("ce-87ce80dede", "2017-05-25", "Voters in Montana pick between Republican Greg Gianforte and Democrat Rob Quist "
     "in the special congressional election to replace Ryan Zinke, who is now President Trump's Secretary of the "
     "Interior. (NPR)", [E(US_HOUSE, kind="special")]),
    ("ce-c85725b5bd", "2011-11-08", "Democrat Greg Stanton is elected Mayor of Phoenix, Arizona, in a runoff election. "
     "(Ahwatukee Foothills News)", [E("Mayor of Phoenix", kind="runoff")]),
    ("ce-94e66f3092", "2020-10-09", "The second round to elect a third of the Czech Republic's Senate takes place. The "
     "first round indicated an electoral victory for Prime Minister Andrej Babiš' party ANO 2011. (Foreign Brief)",
     [E("Member of the Senate of the Czech Republic", kind="runoff")]),
    ("ce-918c6186e1", "2011-10-22", "Voters in the US state of Louisiana go to the polls for a gubernatorial election "
     "with incumbent Governor Bobby Jindal expected to be elected in the first round. (AP via Fox News)",
     [E("Governor of Louisiana")]),
    ("ce-202cc99213", "2018-11-16", "Democratic gubernatorial candidate Stacey Abrams ends her campaign, acknowledging "
     "that Brian Kemp will be the next Governor of Georgia. In a speech at her election headquarters in Atlanta, "
     "Abrams emphasized that her statement was not a concession, and announced her intention to file a federal "
     "lawsuit against the state of Georgia for alleged mismanagement during the election. (CNN)",
     [E("Governor of Georgia")]),
    ("ce-e24dc5b71c", "2016-11-27", "The Republicans (France) presidential primary, 2016",
     [E("President of France", kind="primary", date="2016")]),
    ("ce-072e37721b", "2020-04-04", "Sir Keir Starmer wins the 2020 Labour Party leadership election in the United "
     "Kingdom and becomes Leader of the Labour Party and Leader of the Opposition. (The Guardian)",
     [E("Leader of the Labour Party", date="2020")]),
    ("ce-7c88cdf5f6", "2025-05-07", "A total of 133 cardinal electors begin the process of electing a new pope "
     "following the death of Pope Francis. (The Guardian)", [E("Pope")]),
    ("ce-1d20216fdc", "2017-07-18", "Voters in Bermuda go to the polls to elect their Premier and members of the House "
     "of Assembly. (The Royal Gazette)", [E("Premier of Bermuda"), E("Member of the House of Assembly of Bermuda")]),
]

#: (lead, rows it must give, rows it must not give[, GAP]), published on ANCHOR.
LEADS = [
    # -- ce-018eb877ab: Chad, a presidential vote --------------------------------------------------------------
    ("Polls open across Chad in a presidential vote that incumbent Abakar Doumro is expected to win.",
     [E("President of Chad")], []),
    ("Chad votes for a president. Incumbent Abakar Doumro is expected to extend his three-decade mandate.",
     [E("President of Chad")], []),
    ("Chad's football federation elects Abakar Doumro as its president for a three-year mandate.",
     [], [E("President of Chad")]),
    # -- ce-01ccb52e31: Hong Kong, the Legislative Council ---------------------------------------------------
    ("Members of Hong Kong's Legislative Council are elected on Sunday by the city's voters.",
     [E("Member of the Legislative Council of Hong Kong")], []),
    ("Hong Kong goes to the polls on Sunday to choose the members of its Legislative Council.",
     [E("Member of the Legislative Council of Hong Kong")], []),
    ("Hong Kong's Legislative Council votes on Sunday to pass a national security bill.",
     [], [E("Member of the Legislative Council of Hong Kong")]),
    ("Members of Hong Kong's Legislative Council are elected for four-year terms.", [], [ANY]),
    ("Hong Kong's Legislative Council elects its members to a committee on Sunday.", [], [ANY]),
    # -- ce-0f2046e70c: a by-election's seat -------------------------------------------------------------------
    ("The Green Party's Mara Quill wins the Gorton and Denton by-election in Greater Manchester, England, the party's "
     "first by-election victory.", [E("Member of Parliament for Gorton and Denton", kind="special")],
     [E("Member of Parliament for Greater Manchester")]),
    ("In England, Green candidate Mara Quill takes the constituency of Gorton and Denton in a by-election, the "
     "party's first such win.", [E("Member of Parliament for Gorton and Denton", kind="special")], []),
    ("Mara Quill wins the Gorton and Denton darts open in Greater Manchester, England.", [], [ANY]),
    # -- ce-2a932c0db7: Chile, a runoff won ----------------------------------------------------------------------
    ("Chile elects Tomás Arevena as president in a runoff.", [E("President of Chile", kind="runoff")], []),
    ("Tomás Arevena wins the second round of Chile's presidential election, becoming President of Chile.",
     [E("President of Chile", kind="runoff")], []),
    ("Chile's national team wins the second round of the Copa América qualifiers, beating Peru 2-0.", [], [ANY]),
    # -- ce-2d93a3d429: Chicago, a mayoral runoff ----------------------------------------------------------------
    ("Chicago re-elects Mayor Dan Kowalczyk to a second term in the city's first mayoral runoff, defeating challenger "
     "Luis Herrera.", [E("Mayor of Chicago", kind="runoff")], []),
    ("Dan Kowalczyk beats Luis Herrera in a runoff election and will serve a second term as Mayor of Chicago.",
     [E("Mayor of Chicago", kind="runoff")], []),
    # GAP: water's runoff after no word that tells it ("runoff from Tuesday's storm")
    ("Chicago Mayor Dan Kowalczyk says runoff from Tuesday's storm flooded basements across the city.",
     [], [ANY], GAP),
    # -- ce-344cf10a94: Virginia, a U.S. Senate race of a year -------------------------------------------------
    ("Democrat Sam Whitlow is declared the winner of Virginia's 2006 Senate race by the Associated Press.",
     [E("Member of the United States Senate", date="2006")], []),
    ("The Associated Press projects that Democrat Sam Whitlow has won the 2006 U.S. Senate election in Virginia.",
     [E("Member of the United States Senate", date="2006")], []),
    ("The Virginia Senate passes a 2006 budget bill sponsored by Democrat Sam Whitlow.", [], [ANY]),
    # -- ce-38112cf3f4: Peru, a claimed victory ------------------------------------------------------------------
    ("Final tallies of Peru's presidential election put Pedro Quispe of Free Peru 44,058 votes ahead of his rival "
     "Rosa Fuentes of Popular Force, and he claims victory.", [E("President of Peru")], []),
    ("Claiming victory in Peru's presidential race, Free Peru candidate Pedro Quispe leads Rosa Fuentes of Popular "
     "Force by 44,058 votes.", [E("President of Peru")], []),
    # GAP: "its president" after a body that elects is the body's, not the winner's party's
    ("Peru's Congress elects Rosa Fuentes of Popular Force as its president.", [],
     [E("President of Peru"), E("Leader of the Popular Force")], GAP),
    # -- ce-3b881de9ae: Moldova, a presidential runoff ------------------------------------------------------------
    ("Moldovans vote in a presidential runoff pitting pro-Russian socialist Ion Ceban against pro-EU liberal Ana "
     "Rusu.", [E("President of Moldova", kind="runoff")], []),
    ("Ion Ceban and Ana Rusu face each other on Sunday in the second round of Moldova's presidential election.",
     [E("President of Moldova", kind="runoff")], []),
    ("Moldova's parliament votes on a motion of no confidence in the government of Prime Minister Ion Ceban.",
     [], [ANY]),
    # -- ce-4369aa8b57: Burkina Faso, a re-election with a share -----------------------------------------------
    ("Burkina Faso's President Blaise Ouedraogo wins re-election with 81% of the vote in a presidential election.",
     [E("President of Burkina Faso")], []),
    ("With 81% of the vote, Blaise Ouedraogo is returned to office as President of Burkina Faso after the "
     "presidential election.", [E("President of Burkina Faso")], []),
    ("Blaise Ouedraogo is re-elected as president of the Burkina Faso Football Federation with 81% of the vote.",
     [], [E("President of Burkina Faso")]),
    # -- ce-7699dc01d4: a by-election's seat held ------------------------------------------------------------
    ("Labour retains the Peterborough seat in a by-election, defying forecasts of a Brexit Party win.",
     [E("Member of Parliament for Peterborough", kind="special")], []),
    # GAP: a by-election's seat named by "by-election in <place>" (as test_election_rows_leads' "in the town of")
    ("The by-election in Peterborough, triggered by a recall petition against the former MP Anna Okafor, is won by "
     "Labour.", [E("Member of Parliament for Peterborough", kind="special")], [], GAP),
    ("Peterborough United's board re-elects Anna Okafor as club chair at its annual meeting.", [], [ANY]),
    # -- ce-940609efb8: Mexico, an election's date -------------------------------------------------------------
    ("A partial recount begins of the votes cast on July 2 in Mexico's disputed 2006 presidential election.",
     [E("President of Mexico", date="2006-07-02")], []),
    ("Protests escalate in Mexico as officials start recounting ballots from the July 2, 2006, presidential vote.",
     [E("President of Mexico", date="2006-07-02")], []),
    ("The Mexican Senate votes on July 2, 2006, to approve the budget of President Ramon Ibarra.", [], [ANY]),
    # -- ce-7a700be97f: Finland, a runoff won with a share --------------------------------------------------------
    ("Finnish President Maija Lahtinen wins re-election in a runoff, defeating Pekka Virta with 51.8% of the votes.",
     [E("President of Finland", kind="runoff")], []),
    ("Pekka Virta is defeated by incumbent Maija Lahtinen in the second round of Finland's presidential election.",
     [E("President of Finland", kind="runoff")], []),
    ("Finland wins the second round of the Ice Hockey World Championship, defeating Sweden 3-1.", [], [ANY]),
    # -- ce-8c1367399e: Haiti, a general election of a year ----------------------------------------------------
    ("Singer Jean-Paul Dorval takes formal steps towards a run for President of Haiti in the 2010 general election.",
     [E("President of Haiti", kind="general", date="2010")], []),
    ("Haiti's 2010 general election may include singer Jean-Paul Dorval, who says he has taken formal steps towards "
     "running for president.", [E("President of Haiti", kind="general", date="2010")], []),
    # -- ce-e1ce42c22c: Russia, a vote for the president -------------------------------------------------------
    ("Russians elect their president on Sunday, with incumbent Viktor Orlov winning a fourth term with just over 75% "
     "of the vote.", [E("President of Russia")], []),
    ("Incumbent Viktor Orlov wins a fourth term as President of Russia in an election in which he took just over 75% "
     "of the vote.", [E("President of Russia")], []),
    ("Viktor Orlov wins a fourth term as president of the Russian Chess Federation.", [], [E("President of Russia")]),
    # -- ce-ff28dee0b0: a state's presidential primary ---------------------------------------------------------
    ("The 2024 South Carolina Republican presidential primary is won by Dale Hensley.",
     [E("President of the United States", kind="primary", date="2024")], []),
    ("Dale Hensley's victory in the 2024 Republican presidential primary in South Carolina strengthens his lead.",
     [E("President of the United States", kind="primary", date="2024")], []),
    # -- ce-2450b6a354: a House seat's primary -------------------------------------------------------------------
    ("In a suburb of Atlanta, Georgia, Democrats and Republicans compete in a primary for a U.S. House seat left "
     "vacant by Walt Greer.", [E(US_HOUSE, kind="primary")], []),
    ("A U.S. House seat in suburban Atlanta, Georgia, vacated by Walt Greer, is contested in a primary on Tuesday.",
     [E(US_HOUSE, kind="primary")], []),
    # -- ce-fced9da041: Namibia, a winner declared ----------------------------------------------------------------
    ("The ruling SWAPO party's Hendrik Shilongo wins Namibia's presidential election with 76% of the vote, electoral "
     "officials say.", [E("President of Namibia")], []),
    ("Namibia's electoral commission declares SWAPO candidate Hendrik Shilongo the winner of the presidential "
     "election with 76% of the vote.", [E("President of Namibia")], []),
    ("Namibia's Hendrik Shilongo wins the Sportsperson of the Year award with 76% of the public vote.", [], [ANY]),
    # -- ce-49374ffabb: Bridgeport, a mayor's sixth term -----------------------------------------------------
    ("Joe Marconi, a former five-term mayor of Bridgeport, Connecticut, wins the city's mayoral election, topping six "
     "other candidates.", [E("Mayor of Bridgeport")], []),
    ("Voters in Bridgeport, Connecticut, return former five-term mayor Joe Marconi to office in the mayoral election.",
     [E("Mayor of Bridgeport")], []),
    ("Bridgeport Mayor Joe Marconi is elected chairman of the Connecticut Conference of Municipalities.",
     [], [E("Mayor of Bridgeport")]),
    # -- ce-a207cdbb86: Burundi, an election postponed to a month -----------------------------------------------
    ("Burundi postpones its presidential elections until April 2005.",
     [E("President of Burundi", date="2005-04")], []),
    ("The presidential election in Burundi will not take place until April 2005, officials say.",
     [E("President of Burundi", date="2005-04")], []),
    ("Burundi postpones a vote in parliament on the draft constitution until April 2005.",
     [], [E("President of Burundi")]),
    # -- ce-a244b4528f: Austria, a runoff between two ----------------------------------------------------------
    ("Austrians vote in a runoff to choose between Klaus Brenner and Erich Hauser as President of Austria.",
     [E("President of Austria", kind="runoff")], []),
    ("Klaus Brenner and Erich Hauser face off in the second round of Austria's presidential election.",
     [E("President of Austria", kind="runoff")], []),
    ("Austria's Klaus Brenner advances to the second round of the Vienna Open, beating Erich Hauser.", [], [ANY]),
    # -- ce-c65e2e55b2: an assembly's general election and its date ------------------------------------------------
    ("The first general election to the Nunatsiavut Assembly will be held on October 3, 2006, and nominations are now "
     "open.", [E("Member of the Nunatsiavut Assembly", kind="general", date="2006-10-03")], []),
    # GAP: "its ... election" after a body named in the sentence before
    ("Nominations open for the Nunatsiavut Assembly. Voters go to the polls in its first general election on October "
     "3, 2006.", [E("Member of the Nunatsiavut Assembly", kind="general", date="2006-10-03")], [], GAP),
    # -- ce-d977d4df67: South Korea, a relative date ---------------------------------------------------------------
    ("South Korea's election commission confirms conservative opposition leader Park Min-jae as the winner of "
     "yesterday's presidential election with 48.59% of the vote.",
     [E("President of South Korea", date="2024-05-31")], []),
    ("Conservative Park Min-jae wins South Korea's presidential election held yesterday with 48.59% of the vote.",
     [E("President of South Korea", date="2024-05-31")], []),
    ("South Korea's presidential office confirms that yesterday's summit with Japan was postponed.", [], [ANY]),
    # -- ce-7c5ff85d13: Poland, a run-off announced -------------------------------------------------------------
    ("Poland's incumbent President Adam Kowal is re-elected with 51.2% in a runoff against challenger Piotr "
     "Zielinski, the electoral commission announces.", [E("President of Poland", kind="runoff")], []),
    ("Winning 51.2% in the second round, Adam Kowal defeats Piotr Zielinski to retain the Polish presidency.",
     [E("President of Poland", kind="runoff")], []),
    # -- ce-84d34c1bbd: Ghana, two elections in one lead --------------------------------------------------------
    ("Ghanaians elect a president and members of parliament, with incumbent Kwame Asante facing challenger Kofi "
     "Mensah.", [E("President of Ghana"), E("Member of the Parliament of Ghana")], []),
    # GAP: the second office after a repeated preposition ("vote for A and for B")
    ("Ghanaians vote for a president and for the members of their parliament, with President Kwame Asante facing a "
     "tight race.", [E("President of Ghana"), E("Member of the Parliament of Ghana")], [], GAP),
    ("Ghana's new president and the members of its parliament are elected on Monday.",
     [E("President of Ghana"), E("Member of the Parliament of Ghana")], []),
    ("Ghana's parliament elects Kofi Mensah as its Speaker.", [],
     [E("President of Ghana"), E("Member of the Parliament of Ghana")]),
    # -- ce-ba5a57c2f8: a devolved parliament's general election --------------------------------------------------
    ("The Liberal Democrats' poor showing in the general election to the Scottish Parliament prompts Deputy Prime "
     "Minister Tom Harland to promise a more muscular party.", [E("Member of the Scottish Parliament", kind="general")],
     []),
    ("The Scottish Parliament general election left the Liberal Democrats with poor results, Tom Harland says.",
     [E("Member of the Scottish Parliament", kind="general")], []),
    ("The Scottish Parliament holds a general debate on the budget on Tuesday.", [], [ANY]),
    # -- ce-87ce80dede: a House special election -----------------------------------------------------------------
    ("Montana voters choose between Republican Gary Hollis and Democrat Ron Quade in a special election for the "
     "state's seat in the U.S. House of Representatives.", [E(US_HOUSE, kind="special")], []),
    ("A special congressional election is held in Montana to replace Ray Zinner, who is now Secretary of the "
     "Interior.", [E(US_HOUSE, kind="special")], []),
    # -- ce-c85725b5bd: Phoenix, a mayoral runoff ---------------------------------------------------------------
    ("Phoenix, Arizona, elects Democrat Greg Salazar as mayor in a runoff.", [E("Mayor of Phoenix", kind="runoff")],
     []),
    ("Democrat Greg Salazar wins the Phoenix mayoral runoff in Arizona.", [E("Mayor of Phoenix", kind="runoff")], []),
    ("The Phoenix city council approves a plan to recycle storm runoff, Mayor Greg Salazar says.", [], [ANY]),
    ("Phoenix, Arizona, will treat fertilizer run-off from farms, Mayor Greg Salazar says.", [], [ANY]),
    # -- ce-94e66f3092: the Czech Senate's second round -------------------------------------------------------
    ("Czech voters return to the polls for the second round of elections to a third of the Senate.",
     [E("Member of the Senate of the Czech Republic", kind="runoff")], []),
    ("A runoff is held for a third of the seats in the Czech Senate after a first round won by Prime Minister Jan "
     "Dvorak's party ANO 2011.", [E("Member of the Senate of the Czech Republic", kind="runoff")], []),
    ("The Czech Senate approves the budget in a second reading on Wednesday.", [], [ANY]),
    # -- ce-918c6186e1: Louisiana, a gubernatorial election ------------------------------------------------------
    ("Louisiana holds a gubernatorial election, with incumbent Governor Brad Thibodeaux expected to win in the first "
     "round.", [E("Governor of Louisiana")], []),
    ("Governor Brad Thibodeaux is expected to be re-elected as voters in Louisiana choose their governor.",
     [E("Governor of Louisiana")], []),
    ("Louisiana Governor Brad Thibodeaux signs a bill on the security of voting machines.", [],
     [E("Governor of Louisiana")]),
    # -- ce-202cc99213: Georgia, a campaign ended --------------------------------------------------------------
    ("Stacy Arden, the Democratic candidate for Governor of Georgia, ends her campaign and acknowledges that Brian "
     "Kell will be the next governor. She says she will sue the state over its handling of the election.",
     [E("Governor of Georgia")], []),
    ("Acknowledging Brian Kell as Georgia's next governor, Democrat Stacy Arden ends her gubernatorial campaign but "
     "says she will sue the state over its mismanagement of the election.", [E("Governor of Georgia")], []),
    # -- ce-e24dc5b71c: a party's presidential primary of a year ------------------------------------------------
    ("François Lamarque wins the 2016 presidential primary of The Republicans in France.",
     [E("President of France", kind="primary", date="2016")], []),
    ("In France, The Republicans hold their 2016 primary to choose a presidential candidate.",
     [E("President of France", kind="primary", date="2016")], []),
    # -- ce-072e37721b: a party leadership election of a year ---------------------------------------------------
    ("Keith Marlow is elected Leader of the Labour Party in the United Kingdom, winning the 2020 leadership "
     "election.", [E("Leader of the Labour Party", date="2020")], []),
    ("The 2020 leadership election of the UK Labour Party is won by Keith Marlow, who becomes Leader of the "
     "Opposition.", [E("Leader of the Labour Party", date="2020")], []),
    ("Keith Marlow is appointed chief of staff to the Leader of the Labour Party in 2020.", [],
     [E("Leader of the Labour Party")]),
    # -- ce-7c88cdf5f6: a papal election -------------------------------------------------------------------------
    ("Cardinals gather in the Sistine Chapel for a conclave to elect a new pope after the pope's death.",
     [E("Pope")], []),
    ("The election of a new pope begins as 133 cardinal electors enter the conclave.", [E("Pope")], []),
    ("Cardinal Paolo Serra is elected president of the Italian bishops' conference.", [], [E("Pope")]),
    # -- ce-1d20216fdc: Bermuda, a premier and an assembly -----------------------------------------------------
    ("Bermudians elect their Premier and the members of the House of Assembly on Tuesday.",
     [E("Premier of Bermuda"), E("Member of the House of Assembly of Bermuda")], []),
    ("Bermuda holds a general election for the House of Assembly on Tuesday.",
     [E("Member of the House of Assembly of Bermuda")], []),
    ("Voters in Bermuda go to the polls to elect the members of their House of Assembly and a Premier.",
     [E("Premier of Bermuda"), E("Member of the House of Assembly of Bermuda")], []),
    ("Bermuda's House of Assembly votes to pass a bill on same-sex marriage.", [], [ANY]),
]


#: The leads that date their election by a year of their item's time, read on that item's publication date (its
#: ORIGINALS row): published on ANCHOR, "postpones its elections until April 2005" would tell a past event as to come.
DATED_ITEMS = {"ce-344cf10a94": "Sam Whitlow", "ce-940609efb8": "Mexico", "ce-8c1367399e": "Haiti",
               "ce-a207cdbb86": "Burundi", "ce-c65e2e55b2": "Nunatsiavut", "ce-e24dc5b71c": "The Republicans",
               "ce-072e37721b": "Keith Marlow"}


def _anchor(text: str) -> str:
    """The publication date a lead is read on: its item's where DATED_ITEMS names it, else ANCHOR."""
    published = {item: anchor for item, anchor, *_ in ORIGINALS}
    return next((published[item] for item, word in DATED_ITEMS.items() if word in text), ANCHOR)


def _rows(nlp, text: str, anchor: str | None = None) -> list[dict]:
    return election_rows(nlp, text, anchor or _anchor(text))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_elec34_paraphrase_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


@pytest.mark.parametrize("item, anchor, text, wanted", ORIGINALS, ids=[row[0] for row in ORIGINALS])
def test_elec34_originals(nlp, item, anchor, text, wanted):
    """The items the paraphrases restate give their rows on main: a paraphrase's miss is the structure's."""
    check_lead(_rows(nlp, text, anchor), wanted, [])


def test_score_printed(nlp, capsys):
    originals = {text: anchor for _, anchor, text, _ in ORIGINALS}
    tp, fp, fn = table_score(lambda text: _rows(nlp, text, originals[text]),
                             [(text, wanted) for _, _, text, wanted in ORIGINALS])
    with capsys.disabled():
        print(f"\nelec34 originals: tp/fp/fn {tp}/{fp}/{fn}")
    print_table_score("elec34 paraphrase leads", lambda text: _rows(nlp, text), LEADS, capsys)
