"""Candidacy and office-holding structures round 35's paraphrase tables left as GAP (gap36b): a US wire lead that
names no country ("the Democratic candidate for president", "his bid for the White House"), the British "standing
for PARTY", "whom PARTY had nominated for OFFICE", "quit his job as OFFICE to run for OFFICE", "who presides over /
governs X as its OFFICE", and the chess "Candidates Tournament" that names no person. People are invented; places,
offices and parties are real. Near misses (at least 30%: the same verb outside an election, a denial, a hypothetical,
a poll, a sport or prize, an appointment) must give no such row. Rows main cannot read are ``GAP`` (strict xfails).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from paraphrase import candidate as C, candidate_rows, current as cur, former as was, holder as H, holder_rows

#: The least share of near misses the table keeps.
MIN_NEAR_MISS_SHARE = 0.3

US_PRESIDENT = "President of the United States"


def _rows(nlp, text: str) -> list[dict]:
    """A lead's candidate and holds_office rows."""
    return candidate_rows(nlp, text) + holder_rows(nlp, text)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # a US wire lead: the party or the White House names the country
    ("Voters in Iowa still know little of Peter Hansen, the Democratic candidate for president.",
     [C("Peter Hansen", US_PRESIDENT)], []),
    ("Maria Dunne, the Republican presidential nominee, campaigns in Ohio on Tuesday.",
     [C("Maria Dunne", US_PRESIDENT)], []),
    ("Peter Hansen, the Democratic candidate for president, was no coward, his comrades say.",
     [C("Peter Hansen", US_PRESIDENT)], []),
    # GAP: a party of one country before "candidate for" yields to the story's place for an office other than one
    # whose nominees are a country's notion (roles.jsonl nomination_countries)
    ("Ana Ruiz, the CDU's candidate for chancellor, campaigns in Vienna for expatriate votes.",
     [C("Ana Ruiz", "Chancellor of Germany")], [C("Ana Ruiz", "Chancellor of Austria")], GAP),
    ("Ana Ruiz, the Democratic Party's candidate for president of South Korea, visited Busan.",
     [C("Ana Ruiz", "President of South Korea")], [C("Ana Ruiz", US_PRESIDENT)]),
    ("Senator Peter Hansen ended his bid for the White House on Monday.",
     [C("Peter Hansen", US_PRESIDENT)], []),
    ("Governor Maria Dunne launched her campaign for the White House in Des Moines.",
     [C("Maria Dunne", US_PRESIDENT)], []),
    ("Peter Hansen, a White House aide, briefed reporters on the budget.", [], [C("Peter Hansen")]),
    ("Maria Dunne denied she would make a bid for the White House.", [], [C("Maria Dunne")]),
    ("Maria Dunne made a bid for the White House's backing for her Ohio mill.", [], [C("Maria Dunne")]),
    ("Maria Dunne is running for the White House Correspondents' Association board.", [],
     [C("Maria Dunne", US_PRESIDENT)]),
    ("Peter Hansen, the Democratic candidate for the Senate in Ohio, debated his rival.", [],
     [C("Peter Hansen", US_PRESIDENT)]),
    # British "stand" = run: "standing for PARTY"
    # GAP: with no word of a race in its story, "standing for Labour" alone is not read as a candidacy
    ("Ian Rourke, standing for Labour in Bolton West, was heckled at the count.", [C("Ian Rourke")], [], GAP),
    ("Ian Rourke, standing for Labour in Bolton West, was heckled at the by-election count.", [C("Ian Rourke")], []),
    ("Ian Rourke is campaigning for Labour in Bolton West before the by-election.", [], [C("Ian Rourke")]),
    ("Ian Rourke is standing for the Labour Party in Bolton West at the general election.", [C("Ian Rourke")], []),
    ("Ian Rourke, standing for the Liberal Democrats, came third in the by-election.", [C("Ian Rourke")], []),
    ("Ian Rourke is standing for the anthem at Wembley before the cup final.", [], [C("Ian Rourke")]),
    ("Ian Rourke is not standing for Labour at the next election, he said.", [], [C("Ian Rourke")]),
    ("Ian Rourke said he was standing for the values of the Labour Party.", [], [C("Ian Rourke")]),
    # "whom PARTY had nominated for OFFICE": nominated by a party; an appointment is no candidacy
    ("The commission bars Juma Mrisho, whom ACT-Wazalendo had nominated for President of Tanzania, from the election.",
     [C("Juma Mrisho", "President of Tanzania")], []),
    ("Ana Soto, whom the Socialist Party nominated for President of Chile, leads the polls.",
     [C("Ana Soto", "President of Chile")], []),
    ("Ana Soto, whom President Felipe Rojas nominated for the Supreme Court of Chile, was confirmed.", [],
     [C("Ana Soto")]),
    ("Ana Soto, whom the jury nominated for the Booker Prize, thanked her publisher.", [], [C("Ana Soto")]),
    ("Ana Soto, whom Governor Felipe Rojas nominated for Attorney General of Texas, was confirmed.", [],
     [C("Ana Soto")]),
    ("Ana Soto, whom the governor nominated for Attorney General of Texas, was confirmed.", [], [C("Ana Soto")]),
    ("Ana Soto, whom the party did not nominate for President of Chile, criticised its leaders.", [], [C("Ana Soto")]),
    # "quit his job as OFFICE to run for OFFICE": the candidacy, and the office held before
    ("Jorge Salinas quit his job as Foreign Minister to run for President of Mexico.",
     [C("Jorge Salinas", "President of Mexico"), was("Jorge Salinas", "Minister of Foreign Affairs of Mexico")],
     [C("Jorge Salinas", "Minister of Foreign Affairs of Mexico")]),
    ("Jorge Salinas quits his post as Mexico's interior minister to run for president.",
     [C("Jorge Salinas", "President of Mexico"), H("Jorge Salinas", "Minister of the Interior of Mexico")], []),
    ("Jorge Salinas quit his job as coach of Club America to run the family business.", [], [C("Jorge Salinas")]),
    ("Jorge Salinas will not quit his job as Foreign Minister to run for President of Mexico, he said.", [],
     [C("Jorge Salinas")]),
    # "who presides over / governs X as its OFFICE"
    ("Lorna Pike, who presides over the Arizona Senate as its president, delays the audit report.",
     [cur("Lorna Pike", "President of the Arizona Senate")], []),
    ("Jens Vogel, who governs North Rhine-Westphalia as its minister-president, calls an early election.",
     [cur("Jens Vogel", "Minister-President of North Rhine-Westphalia")], []),
    ("Ana Ruiz, who governed Ohio as its governor from 2003 to 2011, backs the levy.",
     [was("Ana Ruiz", "Governor of Ohio")], [cur("Ana Ruiz", "Governor of Ohio")]),
    ("Ana Ruiz, who hopes to govern Ohio as its governor, launched her campaign.", [], [H("Ana Ruiz")]),
    ("Lorna Pike, who presides over the wedding as its celebrant, read a poem.", [], [H("Lorna Pike")]),
    ("Jens Vogel, who governs the club as its chairman, sacked the coach.", [], [H("Jens Vogel")]),
    # the chess "Candidates Tournament" names no person
    ("Magnus Berg won the Candidates Tournament in Madrid and will challenge for the world title.", [],
     [C("Tournament"), C("Magnus Berg")]),
    ("The Candidates Tournament opens in Toronto with eight players.", [], [C("Tournament")]),
    ("Candidate Maria Dunne toured the factory in Ohio before the presidential election.",
     [C("Maria Dunne", US_PRESIDENT)], []),
    ("The Candidates Debate drew ten million viewers.", [], [C("Debate")]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_gap36b_lead(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("gap36b leads", lambda text: _rows(nlp, text), LEADS, capsys)


def test_near_misses_counted():
    """At least MIN_NEAR_MISS_SHARE of the leads are near misses."""
    assert sum(not row[1] for row in LEADS) >= MIN_NEAR_MISS_SHARE * len(LEADS)
