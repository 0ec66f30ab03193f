"""Result facts written another way: a paraphrase table of invented leads (won, defeated, conceded, votes_received).

Why: on text no rule was tuned to, facts recall drops (round 34); the rules fit the phrasings of the items they were
tuned on. Each row rewrites the result facts of a dev_tune item that main reads right (its id in the comment above
the row pair) in another structure: active and passive, a participial clause (", beating X"), a "loses to" or
"is ousted by" turned round, a nominalisation ("X's victory over Y"), reported speech, the office or country named
first, a list of winners, a surname back-reference. The people are invented (the knowledge base cannot help); the
countries, offices and parties are real. Negatives keep the words and change the meaning: a poll, a future or
hoped-for win, a failed vote, a refusal to concede, a sport or prize contest, an appointment. Rows the pipeline does
not read yet are marked ``GAP`` (strict xfails), by structure: a party chairman's office ("party chairman", "chairman
of the X Party" after a count and "and"); a count placed away from its verb ("By N votes to M," fronted, a
bracketed party before "taking N%", a pronoun's count after a semicolon); a win said by another verb or noun ("the
primary goes to X", "takes the constituency", the plural "win ... respectively", "after their election by the
council", "is won by X ... against Y"); an apposition between a declared name and "the winner"; the title "TD" taken for the office
after "as"; a concession in a document that names no race. ``score`` counts the table's tp/fp/fn, and ``original
score`` the same predicates on the dev_tune items the rows paraphrase.
"""
from __future__ import annotations

import json

import pytest
from conftest import GAP, ROOT, check_lead, lead_params, lead_rows, print_table_score, row_matches
from paraphrase import (RESULT_PREDICATES as SCORED, conceded as C, defeated as D, result_rows as _rows, votes as V,
                        won as W)  # noqa: N812


#: The region's governor as the pipeline names it (dev_tune's aliases make "Governor of Santiago" the one of the
#: Santiago Metropolitan Region).
SANTIAGO = "Governor of Santiago"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # ce-0240739b7f: elected by Parliament as prime minister
    ("Nepal's Parliament elects Ramesh Adhikari of the Unified Communist Party as Prime Minister.",
     [W("Ramesh Adhikari", "Prime Minister of Nepal")], []),
    ("Ramesh Adhikari of the Unified Communist Party becomes Prime Minister of Nepal after winning a parliamentary "
     "vote.", [W("Ramesh Adhikari", "Prime Minister of Nepal")], []),
    ("Nepal's Parliament will vote next week on Ramesh Adhikari's bid to become Prime Minister.", [],
     [W("Ramesh Adhikari")]),
    # ce-053376e47d: X defeated Y
    ("Democrat Caleb Warren unseated Republican Senator Mark Holloway in Georgia's runoff, handing the Democrats "
     "control of the Senate.", [D("Caleb Warren", "Mark Holloway"), W("Caleb Warren")], [D("Mark Holloway")]),
    ("Republican Senator Mark Holloway was defeated by Democrat Caleb Warren in the Georgia runoff, giving the "
     "Democrats control of the Senate.", [D("Caleb Warren", "Mark Holloway"), W("Caleb Warren")], [D("Mark Holloway")]),
    ("A new poll projects that Democrat Caleb Warren will defeat Republican Senator Mark Holloway in Georgia's "
     "runoff.", [], [D("Caleb Warren"), W("Caleb Warren")]),
    # ce-072e37721b: wins a party's leadership election
    ("The Labour Party elects Edward Lyle as its leader; Lyle also becomes Leader of the Opposition in the United "
     "Kingdom.", [W("Edward Lyle", "Leader of the Labour Party")], []),
    ("Edward Lyle's victory in the Labour Party leadership election makes him Leader of the Opposition in the "
     "United Kingdom.", [W("Edward Lyle", "Leader of the Labour Party")], []),
    ("Edward Lyle wins the Booker Prize for his novel about the Labour Party.", [], [W("Edward Lyle")]),
    # ce-08d4f3f9cb: re-elected party chairman with a vote count
    ("Delegates of the Justice and Development Party (AKP) re-elect Turkish President Kemal Aydin as party "
     "chairman, with 1380 of 1381 votes.",
     [W("Kemal Aydin", "Leader of the Justice and Development Party"), V("Kemal Aydin", 1380)], [], GAP),
    ("Kemal Aydin received 1380 of the 1381 votes cast at the AKP congress and was re-elected chairman of the "
     "Justice and Development Party.",
     [W("Kemal Aydin", "Leader of the Justice and Development Party"), V("Kemal Aydin", 1380)], [], GAP),
    ("Kemal Aydin is nominated as the Justice and Development Party's candidate for President of Turkey.", [],
     [W("Kemal Aydin")]),
    # ce-0f2046e70c: a by-election constituency won
    ("The Green Party wins its first by-election as its candidate Laura Finch takes the constituency of Gorton and "
     "Denton in Greater Manchester.", [W("Laura Finch", "Member of Parliament for Gorton and Denton")], [], GAP),
    ("Laura Finch of the Green Party is elected MP for Gorton and Denton in a by-election in Greater Manchester, "
     "England.", [W("Laura Finch", "Member of Parliament for Gorton and Denton")], []),
    ("Green Party candidate Laura Finch hopes to win the Gorton and Denton by-election in Greater Manchester next "
     "month.", [], [W("Laura Finch")]),
    # ce-1c89fe3b78: X defeats Y in a regional election
    ("Far-right governor Pavol Hrusovsky is beaten by Marek Zeleny in the regional election in Slovakia's Banska "
     "Bystrica Region.", [D("Marek Zeleny", "Pavol Hrusovsky"), W("Marek Zeleny")], [D("Pavol Hrusovsky")]),
    ("In Slovakia's Banska Bystrica Region, independent Marek Zeleny ousts far-right governor Pavol Hrusovsky in "
     "the regional election.", [D("Marek Zeleny", "Pavol Hrusovsky"), W("Marek Zeleny")], [D("Pavol Hrusovsky")]),
    # ce-1db42a3f09: Y was defeated by X
    ("Luca Ferrante defeated Prime Minister Marco Bellini in Italy's April elections, but the president has asked "
     "Bellini to remain in office.", [D("Luca Ferrante", "Marco Bellini")], [D("Marco Bellini")]),
    ("Italian Prime Minister Marco Bellini, who lost the April elections to Luca Ferrante, hands in his "
     "resignation.", [D("Luca Ferrante", "Marco Bellini")], [D("Marco Bellini")]),
    # ce-2205b3c637: re-elected, defeating Y
    ("Kentucky Governor Paul Avery wins re-election, beating Attorney General Neil Forbes.",
     [W("Paul Avery", "Governor of Kentucky"), D("Paul Avery", "Neil Forbes")], [W("Neil Forbes")]),
    ("Attorney General Neil Forbes loses to incumbent Governor Paul Avery in Kentucky's gubernatorial election.",
     [W("Paul Avery", "Governor of Kentucky"), D("Paul Avery", "Neil Forbes")], [W("Neil Forbes")]),
    ("Kentucky Governor Paul Avery will face Attorney General Neil Forbes in November's election.", [],
     [W("Paul Avery"), D("Paul Avery")]),
    # ce-229f2aed18: elected president with a share
    ("Finland elects Mikael Lindqvist as president; he took 51.6% of the vote.",
     [W("Mikael Lindqvist", "President of Finland"), V("Mikael Lindqvist", 51.6)], []),
    ("With 51.6% of the vote, Mikael Lindqvist wins Finland's presidential election.",
     [W("Mikael Lindqvist", "President of Finland"), V("Mikael Lindqvist", 51.6)], []),
    ("A poll gives Mikael Lindqvist 51.6% of the vote ahead of Finland's presidential election.", [],
     [W("Mikael Lindqvist"), V("Mikael Lindqvist")]),
    # ce-2c664c3f13: elected president by defeating the incumbent
    ("Opposition leader Abdi Warsame defeats incumbent Hassan Dualeh to become president of Somaliland.",
     [W("Abdi Warsame", "President of Somaliland"), D("Abdi Warsame", "Hassan Dualeh")], []),
    ("Somaliland's incumbent president Hassan Dualeh is ousted by Abdi Warsame in the presidential election.",
     [W("Abdi Warsame", "President of Somaliland"), D("Abdi Warsame", "Hassan Dualeh")], [W("Hassan Dualeh")]),
    ("Opposition leader Abdi Warsame will challenge Somaliland's president Hassan Dualeh in the presidential "
     "election.", [], [W("Abdi Warsame"), D("Abdi Warsame")]),
    # ce-3fea2d92e8: a parliament elects a chancellor with a vote count
    ("Markus Albrecht, leader of the Christian Democratic Union, is elected Chancellor of Germany by the Bundestag "
     "with 325 votes in the second round.",
     [W("Markus Albrecht", "Chancellor of Germany"), V("Markus Albrecht", 325)], []),
    ("In a second round of voting, the Bundestag chose CDU leader Markus Albrecht as Chancellor of Germany; he "
     "received 325 votes.", [W("Markus Albrecht", "Chancellor of Germany"), V("Markus Albrecht", 325)], [], GAP),
    ("The Bundestag fails to elect CDU leader Markus Albrecht as Chancellor of Germany in the first round of "
     "voting.", [], [W("Markus Albrecht")]),
    # ce-4369aa8b57: re-elected president with a share
    ("Incumbent Jean-Baptiste Ouedraogo wins another term as President of Burkina Faso, taking 81% of the vote.",
     [W("Jean-Baptiste Ouedraogo", "President of Burkina Faso"), V("Jean-Baptiste Ouedraogo", 81)], []),
    ("Burkina Faso's President Jean-Baptiste Ouedraogo has been re-elected with 81 percent of the vote, the "
     "electoral commission said.",
     [W("Jean-Baptiste Ouedraogo", "President of Burkina Faso"), V("Jean-Baptiste Ouedraogo", 81)], []),
    # ce-582cebdcc5: re-elected president by the National Assembly
    ("Hungary's National Assembly re-elects Gabor Kertesz as President.",
     [W("Gabor Kertesz", "President of Hungary")], []),
    ("Gabor Kertesz secured a second term as President of Hungary in a vote by the National Assembly.",
     [W("Gabor Kertesz", "President of Hungary")], []),
    ("Hungary's President Gabor Kertesz appoints Laszlo Varga as Prime Minister.", [], [W("Laszlo Varga")]),
    # ce-5c007e6167: an election council reports X narrowly defeated Y
    ("Northern Cyprus's election council says Prime Minister Hasan Ozan narrowly beat incumbent Mustafa Erdem in "
     "the presidential vote.", [D("Hasan Ozan", "Mustafa Erdem"), W("Hasan Ozan")], [D("Mustafa Erdem")]),
    ("Incumbent Mustafa Erdem was narrowly defeated by Prime Minister Hasan Ozan in Northern Cyprus's presidential "
     "election, the election council reports.", [D("Hasan Ozan", "Mustafa Erdem"), W("Hasan Ozan")], [D("Mustafa Erdem")]),
    # ce-66c0c0ebf5: two primaries won
    ("Businessman Frank Doyle and Vermont Senator Carl Weber win the Republican and Democratic primaries "
     "respectively.", [W("Frank Doyle"), W("Carl Weber")], [], GAP),
    ("The Republican primary goes to businessman Frank Doyle, while Vermont Senator Carl Weber takes the "
     "Democratic primary.", [W("Frank Doyle"), W("Carl Weber")], [], GAP),
    ("Vermont Senator Carl Weber is expected to win the Democratic primary on Tuesday.", [], [W("Carl Weber")]),
    # ce-a049d4d87f: elected governor after narrowly defeating Y
    ("Christian Democrat Tomas Ibarra narrowly beats Broad Front candidate Camila Rojas to become the first "
     "governor of the Santiago Metropolitan Region.",
     [W("Tomas Ibarra", SANTIAGO), D("Tomas Ibarra", "Camila Rojas")], []),
    ("Broad Front candidate Camila Rojas narrowly loses to Christian Democrat Tomas Ibarra, who is elected the "
     "first governor of the Santiago Metropolitan Region.",
     [W("Tomas Ibarra", SANTIAGO), D("Tomas Ibarra", "Camila Rojas")],
     [W("Camila Rojas")]),
    # ce-ad1962c280: X beats Y by two points
    ("Democrat Alan Pryce is defeated by Republican Greg Whitaker by two percentage points in a special election "
     "in North Carolina.", [D("Greg Whitaker", "Alan Pryce"), W("Greg Whitaker")], [D("Alan Pryce")]),
    ("Republican Greg Whitaker edges out Democrat Alan Pryce by two percentage points in a special election in "
     "North Carolina.", [D("Greg Whitaker", "Alan Pryce"), W("Greg Whitaker")], [D("Alan Pryce")]),
    ("Republican Greg Whitaker leads Democrat Alan Pryce by two percentage points in a poll ahead of the special "
     "election in North Carolina.", [], [D("Greg Whitaker"), W("Greg Whitaker")]),
    # ce-e1ce42c22c: wins a fourth term with a share
    ("Incumbent Oleg Sorokin is re-elected President of Russia for a fourth term with just over 75% of the vote.",
     [W("Oleg Sorokin", "President of Russia"), V("Oleg Sorokin", 75)], []),
    ("Russian President Oleg Sorokin secures a fourth term, winning just over 75% of the popular vote.",
     [W("Oleg Sorokin", "President of Russia"), V("Oleg Sorokin", 75)], []),
    ("Russian President Oleg Sorokin is widely expected to win a fourth term in March.", [], [W("Oleg Sorokin")]),
    # ce-70177352f2: elected Taoiseach by N votes to M
    ("Dail Eireann elects Sean Brennan as Taoiseach by 88 votes to 76.",
     [W("Sean Brennan", "Taoiseach"), V("Sean Brennan", 88)], []),
    ("By 88 votes to 76, the Dail elected Sean Brennan TD as Ireland's Taoiseach.",
     [W("Sean Brennan", "Taoiseach"), V("Sean Brennan", 88)], [], GAP),
    ("Sean Brennan is elected captain of the Irish rugby team by his teammates.", [], [W("Sean Brennan")]),
    ("Dail Eireann elects Sean Brennan as Taoiseach by a margin of 12 votes.", [W("Sean Brennan", "Taoiseach")],
     [V("Sean Brennan")]),
    # ce-fced9da041: declared winner of a presidential election with a share
    ("SWAPO candidate Tobias Shilongo wins Namibia's presidential election with 76% of the vote.",
     [W("Tobias Shilongo", "President of Namibia"), V("Tobias Shilongo", 76)], []),
    ("Namibia's electoral commission declares Tobias Shilongo, the ruling SWAPO party's candidate, the winner of "
     "the presidential election after he took 76% of the vote.",
     [W("Tobias Shilongo", "President of Namibia"), V("Tobias Shilongo", 76)], [], GAP),
    ("SWAPO candidate Tobias Shilongo failed to win Namibia's presidential election.", [], [W("Tobias Shilongo")]),
    # ce-7eef58c519: elected president, defeating the incumbent
    ("Estonia's incumbent president Jaan Tamm loses to Karl Saar, who is elected the new President of Estonia.",
     [W("Karl Saar", "President of Estonia"), D("Karl Saar", "Jaan Tamm")], [W("Jaan Tamm")]),
    ("Karl Saar defeats incumbent Jaan Tamm to become President of Estonia.",
     [W("Karl Saar", "President of Estonia"), D("Karl Saar", "Jaan Tamm")], []),
    ("Karl Saar defeats Jaan Tamm in the final of the Estonian chess championship.", [],
     [D("Karl Saar"), W("Karl Saar")]),
    # ce-f97d785791: wins with N% against Y
    ("Austria's presidential election is won by Social Democrat Franz Huber with 52% of the vote against Foreign "
     "Minister Eva Lindner.",
     [W("Franz Huber", "President of Austria"), V("Franz Huber", 52), D("Franz Huber", "Eva Lindner")], [], GAP),
    ("Franz Huber (SPÖ) beats Foreign Minister Eva Lindner (ÖVP) in the Austrian presidential election, taking "
     "52% of the vote.",
     [W("Franz Huber", "President of Austria"), V("Franz Huber", 52), D("Franz Huber", "Eva Lindner")], [], GAP),
    # ce-1789997257: elected mayor
    ("Seattle elects former US attorney Rachel Moore as mayor, its first woman mayor since 1926.",
     [W("Rachel Moore", "Mayor of Seattle")], []),
    ("Former US attorney Rachel Moore wins the race for mayor of Seattle.", [W("Rachel Moore", "Mayor of Seattle")],
     []),
    ("Former US attorney Rachel Moore announces she will run for mayor of Seattle.", [], [W("Rachel Moore")]),
    ("Former US attorney Rachel Moore wins the Seattle marathon.", [], [W("Rachel Moore")]),
    # ce-a8bcf42b9c: concedes defeat to X
    ("Outgoing Maldives president Ahmed Rasheed admits defeat to opposition candidate Ibrahim Nasheer.",
     [C("Ahmed Rasheed"), D("Ibrahim Nasheer", "Ahmed Rasheed"), W("Ibrahim Nasheer")], []),
    ("Outgoing president Ahmed Rasheed of the Maldives concedes the election to opposition candidate Ibrahim "
     "Nasheer.", [C("Ahmed Rasheed"), D("Ibrahim Nasheer", "Ahmed Rasheed"), W("Ibrahim Nasheer")], []),
    ("Outgoing Maldives president Ahmed Rasheed refuses to concede defeat to opposition candidate Ibrahim "
     "Nasheer.", [], [C("Ahmed Rasheed")]),
    # ce-6816cd2a8d: wins over Y in a runoff
    ("Social Democrat Petar Stojkovski is elected President of North Macedonia in the runoff, beating Vesna "
     "Petrovska.", [W("Petar Stojkovski", "President of North Macedonia"), D("Petar Stojkovski", "Vesna Petrovska")],
     []),
    ("In North Macedonia's presidential runoff, Vesna Petrovska loses to Petar Stojkovski of the Social Democratic "
     "Union of Macedonia.",
     [W("Petar Stojkovski", "President of North Macedonia"), D("Petar Stojkovski", "Vesna Petrovska")],
     [W("Vesna Petrovska")]),
    # ce-c7728097ad: a party picks a leader, beating Y
    ("Toronto city councillor Derek Shaw is elected leader of Canada's New Democratic Party on the first ballot, "
     "beating veteran MP Neil Gauthier.",
     [W("Derek Shaw", "Leader of the New Democratic Party"), D("Derek Shaw", "Neil Gauthier")], []),
    ("Veteran MP Neil Gauthier loses the New Democratic Party leadership race to Toronto councillor Derek Shaw, "
     "who wins on the first ballot.",
     [W("Derek Shaw", "Leader of the New Democratic Party"), D("Derek Shaw", "Neil Gauthier")],
     [W("Neil Gauthier")]),
    ("Toronto city councillor Derek Shaw defeats Neil Gauthier in a libel case before an Ontario court.", [],
     [D("Derek Shaw")]),
    # ce-6976e5eb4a: a parliament elects a president
    ("Somalia's new parliament elects Abdullahi Farah as President.",
     [W("Abdullahi Farah", "President of Somalia")], []),
    ("Abdullahi Farah is chosen as Somalia's president by members of the new parliament.",
     [W("Abdullahi Farah", "President of Somalia")], []),
    ("Members of Somalia's new parliament will elect a president on Tuesday; Abdullahi Farah is among the "
     "candidates.", [], [W("Abdullahi Farah")]),
    # ce-8888b830ee: a second term with N% over Y
    ("Czech President Pavel Novotny wins a second term with 51.8 percent of the vote in the runoff against "
     "challenger Jan Dvorak.",
     [W("Pavel Novotny", "President of the Czech Republic"), V("Pavel Novotny", 51.8),
      D("Pavel Novotny", "Jan Dvorak")], []),
    ("Czech President Pavel Novotny won a libel case against challenger Jan Dvorak.", [], [D("Pavel Novotny")]),
    ("Czech President Pavel Novotny won 51.8 percent of the vote in a poll against challenger Jan Dvorak.", [],
     [D("Pavel Novotny"), W("Pavel Novotny"), V("Pavel Novotny")]),
    ("Challenger Jan Dvorak lost the Czech presidential runoff to incumbent Pavel Novotny, who took 51.8 percent "
     "of the votes.",
     [W("Pavel Novotny", "President of the Czech Republic"), V("Pavel Novotny", 51.8),
      D("Pavel Novotny", "Jan Dvorak")], [W("Jan Dvorak")]),
    # ce-9ebd2475aa: X defeats Y, N% to M%
    ("Milan Jovanovic beats Dragan Petkovic in Serbia's presidential run-off, 53.7% to 45.0%.",
     [D("Milan Jovanovic", "Dragan Petkovic"), V("Milan Jovanovic", 53.7), V("Dragan Petkovic", 45.0)], []),
    ("Dragan Petkovic loses Serbia's presidential run-off to Milan Jovanovic, who takes 53.7% of the vote to "
     "Petkovic's 45.0%.",
     [D("Milan Jovanovic", "Dragan Petkovic"), V("Milan Jovanovic", 53.7), V("Dragan Petkovic", 45.0)],
     [D("Dragan Petkovic")]),
    # ce-6448c57deb: declared winner with N% against the incumbent's M%
    ("Former president Arthur Banda wins Malawi's presidential election with 57% of the vote, ousting incumbent "
     "Moses Phiri, who took 33%.",
     [W("Arthur Banda", "President of Malawi"), V("Arthur Banda", 57), V("Moses Phiri", 33),
      D("Arthur Banda", "Moses Phiri")], []),
    ("Malawi's incumbent president Moses Phiri is defeated by former president Arthur Banda, who receives 57% of "
     "the vote to Phiri's 33%.",
     [W("Arthur Banda", "President of Malawi"), V("Arthur Banda", 57), V("Moses Phiri", 33),
      D("Arthur Banda", "Moses Phiri")], [W("Moses Phiri")]),
    ("Former president Arthur Banda is appointed Malawi's finance minister.", [], [W("Arthur Banda")]),
    # ce-583a8d9ee1: concedes defeat to a challenger
    ("Senate Minority Leader Robert Lane concedes to Republican challenger Henry Mills in South Dakota.",
     [C("Robert Lane"), D("Henry Mills", "Robert Lane")], [C("Henry Mills")], GAP),
    ("Republican Henry Mills unseats Senate Minority Leader Robert Lane in South Dakota; Lane concedes defeat.",
     [C("Robert Lane"), D("Henry Mills", "Robert Lane")], [C("Henry Mills")], GAP),
    ("Senate Minority Leader Robert Lane says he will not concede to Republican challenger Henry Mills until every "
     "vote is counted.", [], [C("Robert Lane")]),
    # ce-5246cc62ec: X defeats President Y
    ("Gambian President Lamin Jatta is defeated by opposition candidate Ousman Sowe, ending his 22-year rule.",
     [D("Ousman Sowe", "Lamin Jatta"), W("Ousman Sowe")], [D("Lamin Jatta")]),
    ("Opposition candidate Ousman Sowe's victory over President Lamin Jatta ends 22 years of rule in the Gambia.",
     [D("Ousman Sowe", "Lamin Jatta"), W("Ousman Sowe")], [D("Lamin Jatta")]),
    ("Analysts say opposition candidate Ousman Sowe could defeat Gambian President Lamin Jatta if the opposition "
     "unites.", [], [D("Ousman Sowe")]),
    # ce-e92f71a0c4: X defeats Y and Z with N%
    ("Republican Roger Hale beats Democrat Tim Wagner and independent Luke Porter in Kentucky with 52 percent of "
     "the vote.",
     [D("Roger Hale", "Tim Wagner"), D("Roger Hale", "Luke Porter"), V("Roger Hale", 52)], []),
    ("Democrat Tim Wagner and independent Luke Porter lose Kentucky's governor race to Republican Roger Hale, who "
     "wins 52 percent of the vote.",
     [D("Roger Hale", "Tim Wagner"), D("Roger Hale", "Luke Porter"), V("Roger Hale", 52)], []),
    ("Democrat Tim Wagner fears he will lose Kentucky's governor race to Republican Roger Hale.", [],
     [D("Roger Hale"), W("Roger Hale")]),
    # ce-4cddae5d38: two Captains Regent elected
    ("San Marino's Grand and General Council elects Marco Gatti and Luca Bianchi as Captains Regent.",
     [W("Marco Gatti", "Captain Regent of San Marino"), W("Luca Bianchi", "Captain Regent of San Marino")], []),
    ("Marco Gatti and Luca Bianchi will serve as San Marino's new Captains Regent after their election by the Grand "
     "and General Council.",
     [W("Marco Gatti", "Captain Regent of San Marino"), W("Luca Bianchi", "Captain Regent of San Marino")], [], GAP),
    # ce-c4b5f8bec7: wins a country's presidential election
    ("El Salvador's presidential election is won by Carlos Menjivar of the Farabundo Marti National Liberation "
     "Front.", [W("Carlos Menjivar", "President of El Salvador")], []),
    ("Officials say Carlos Menjivar of the Farabundo Marti National Liberation Front has won El Salvador's "
     "presidential election.", [W("Carlos Menjivar", "President of El Salvador")], []),
    # ce-ab59e88851: elected leader of a party
    ("Britain's Conservative Party chooses Helen Marsh as its new leader after the former prime minister's "
     "resignation.", [W("Helen Marsh", "Leader of the Conservative Party")], []),
    ("Britain's Conservative Party chooses Helen Marsh as its candidate for Mayor of London.", [], [W("Helen Marsh")]),
    ("Helen Marsh wins the Conservative Party leadership contest in the United Kingdom.",
     [W("Helen Marsh", "Leader of the Conservative Party")], []),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_won34_paraphrase_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("won34 paraphrase leads", lambda text: _rows(nlp, text), LEADS, capsys)


#: The dev_tune items the table paraphrases (one per pair of rows above).
ORIGINAL_IDS = sorted({
    "ce-0240739b7f", "ce-053376e47d", "ce-072e37721b", "ce-08d4f3f9cb", "ce-0f2046e70c", "ce-1c89fe3b78",
    "ce-1db42a3f09", "ce-2205b3c637", "ce-229f2aed18", "ce-2c664c3f13", "ce-3fea2d92e8", "ce-4369aa8b57",
    "ce-582cebdcc5", "ce-5c007e6167", "ce-66c0c0ebf5", "ce-a049d4d87f", "ce-ad1962c280", "ce-e1ce42c22c",
    "ce-70177352f2", "ce-fced9da041", "ce-7eef58c519", "ce-f97d785791", "ce-1789997257", "ce-a8bcf42b9c",
    "ce-6816cd2a8d", "ce-c7728097ad", "ce-6976e5eb4a", "ce-8888b830ee", "ce-9ebd2475aa", "ce-6448c57deb",
    "ce-583a8d9ee1", "ce-5246cc62ec", "ce-e92f71a0c4", "ce-4cddae5d38", "ce-c4b5f8bec7", "ce-ab59e88851"})


def test_original_score_printed(nlp, capsys):
    """The originals' score on the same predicates, beside the paraphrases' (names folded through the gold's aliases,
    values compared as the table does)."""
    lines = (ROOT / "tests" / "gold" / "dev_tune.jsonl").read_text(encoding="utf-8").splitlines()
    aliases = json.loads(lines[0])["aliases"]
    canon = {a: name for name, forms in aliases.items() for a in forms}
    items = {r["id"]: r for r in map(json.loads, lines[1:]) if r.get("id") in ORIGINAL_IDS}
    assert sorted(items) == ORIGINAL_IDS
    tp = fp = fn = 0
    for item in items.values():
        wanted = [{k: f[k] for k in ("predicate", "subject", "object", "value") if f.get(k) is not None}
                  for f in item["facts"] if f["predicate"] in SCORED and f.get("required", True)]
        rows = [{k: canon.get(v, v) for k, v in r.items()} for r in lead_rows(
            nlp, item["text"], item["published"], SCORED, lambda f, ent: dict(
                predicate=f.predicate, subject=ent(f.subject), object=ent(f.object), value=f.value))]
        found = sum(any(row_matches(r, w) for r in rows) for w in wanted)
        tp, fn = tp + found, fn + len(wanted) - found
        fp += sum(not any(row_matches(r, w) for w in wanted) for r in rows)
    with capsys.disabled():
        print(f"\nwon34 originals: tp/fp/fn {tp}/{fp}/{fn}")
    assert fn == 0
