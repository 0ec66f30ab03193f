"""Election and win rows of five structures the round-35 paraphrase tables left as GAP: a table of invented leads.

Why: election news says an election another way than the rules were tuned on. A legislature elects in the passive,
named after the office ("X is elected Prime Minister of Hungary by parliament"); a day fronted before the voters
("On May 26, 2024, Lithuanians voted in ...") or written before the election's words ("the votes cast on July 2 in
Mexico's 2006 presidential election") dates the election; a country is the subject of "re-elects President X" or
"elects X as president"; a present passive "are elected on Sunday" dates the election as "the vote on Sunday" does
(the closest Sunday: an item of Saturday 2024-06-01 speaks of 2024-06-02); and a breakaway region set off by its
parent country ("Abkhazia, a breakaway region of Georgia,") elects its own president, never its parent's. The
people are invented; countries, offices and bodies are real. Negatives keep the words and change the meaning: a
party's or a federation's vote, a hypothetical, a vote in favour of a motion, a past "were elected", a possessor's
title, a country elected to a council. Rows the pipeline does not read yet are ``GAP`` (strict xfails).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from paraphrase import election as E, election_rows, result_rows, won as W  # noqa: N812

#: Any election row at all (a negative's unwanted row where the lead holds no election).
ANY = E()


def _rows(nlp, text: str) -> list[dict]:
    """A lead's election and result rows."""
    return election_rows(nlp, text) + result_rows(nlp, text)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- a legislature elects in the passive, named after the office -----------------------------------------------
    ("Businesswoman Réka Hollós is elected Prime Minister of Hungary by parliament on Tuesday.",
     [E("Prime Minister of Hungary"), W("Réka Hollós", "Prime Minister of Hungary")], []),
    ("Dang Van Khoa is elected president by Vietnam's National Assembly.",
     [E("President of Vietnam"), W("Dang Van Khoa", "President of Vietnam")], []),
    ("Karel Dvorak is re-elected President of the Czech Republic by parliament in a third round of voting.",
     [E("President of the Czech Republic")], []),
    ("Réka Hollós is elected chair of the party's youth wing by delegates.", [], [ANY]),
    ("A budget proposed by Prime Minister Réka Hollós is approved by parliament on Tuesday.", [], [ANY]),
    ("If Réka Hollós is elected Prime Minister of Hungary by parliament, she will cut taxes.", [],
     [ANY, W("Réka Hollós")]),
    ("Réka Hollós could be elected Prime Minister of Hungary by parliament next week.", [], [ANY]),
    # -- a day before the election's words dates it -----------------------------------------------------------------
    ("On May 26, 2024, Lithuanians voted in the country's presidential runoff.",
     [E("President of Lithuania", date="2024-05-26", kind="runoff")], []),
    ("On March 10, 2024, Portuguese voters voted in a snap parliamentary election.", [E(date="2024-03-10")], []),
    ("A recount begins of the votes cast on July 2 in Mexico's disputed 2006 presidential election.",
     [E("President of Mexico", date="2006-07-02")], [E(date="2024-07-02")]),
    ("Observers question the ballots cast on 14 May in Turkey's 2023 presidential election.",
     [E("President of Turkey", date="2023-05-14")], [E(date="2024-05-14")]),
    ("On May 26, 2024, Lithuanians marked the anniversary of the country's first presidential election.", [],
     [E(date="2024-05-26")]),
    ("On March 3, 2024, senators voted in favour of delaying the presidential election.", [],
     [E(date="2024-03-03")]),
    ("The votes cast on July 2 in Mexico's Senate approved the budget.", [], [ANY]),
    ("The company sold shares on July 2 and said its 2006 election of directors was fair.", [],
     [E(date="2006-07-02")]),
    # -- a country as the subject of "elects" / "re-elects" -------------------------------------------------------
    ("Sudan re-elects President Hamid Osman in elections marred by boycotts.",
     [E("President of Sudan"), W("Hamid Osman", "President of Sudan")], []),
    ("Kazakhstan re-elects Nurlan Seitkali as president with 81 percent of the vote.",
     [E("President of Kazakhstan"), W("Nurlan Seitkali", "President of Kazakhstan")], []),
    ("São Tomé and Príncipe elects former Prime Minister Evaristo Lima as president in the first round.",
     [E("President of São Tomé and Príncipe")], []),
    ("The Sudanese football federation re-elects Hamid Osman as its president.", [],
     [E("President of Sudan"), W("Hamid Osman", "President of Sudan")]),
    ("Kazakhstan could re-elect Nurlan Seitkali as president next year, analysts say.", [],
     [W("Nurlan Seitkali")]),
    ("Sudan re-elects President Hamid Osman's ally Ali Musa as speaker.", [], [E("President of Sudan")]),
    ("Nigeria is elected to the UN Security Council for a two-year term.", [], [ANY]),
    # GAP: a national federation's own vote before the verb, "Kazakhstan's chess federation re-elects X as president"
    ("Kazakhstan's chess federation re-elects Nurlan Seitkali as president.", [],
     [E("President of Kazakhstan"), W("Nurlan Seitkali", "President of Kazakhstan")], GAP),
    # -- a present passive on a weekday: the closest such day -----------------------------------------------------
    ("Members of Portugal's Assembly of the Republic are elected on Sunday.",
     [E("Member of the Assembly of the Republic of Portugal", date="2024-06-02")], []),
    ("A new president of Portugal is elected on Sunday.", [E("President of Portugal", date="2024-06-02")], []),
    ("Members of Portugal's Assembly of the Republic were elected on Sunday.",
     [E("Member of the Assembly of the Republic of Portugal", date="2024-05-26")], [E(date="2024-06-02")]),
    # GAP: a counted body's members before a passive 'are elected' on a day (as elec35's row)
    ("The 13 members of the House of Assembly of the British Virgin Islands are elected on Monday.",
     [E("Member of the House of Assembly of the British Virgin Islands", date="2024-06-03")], [], GAP),
    # -- a breakaway region named with its parent country elects its own president ------------------------------
    ("Abkhazia, a breakaway region of Georgia, elects a president for the first time.", [E("President of Abkhazia")],
     [E("President of Georgia")]),
    ("Transnistria, a breakaway region of Moldova, elects Vadim Rusu as president.",
     [W("Vadim Rusu", "President of Transnistria")], [W("Vadim Rusu", "President of Moldova")]),
    ("South Ossetia, a breakaway region of Georgia, holds a presidential election.", [E("President of South Ossetia")],
     [E("President of Georgia")]),
    ("Nagorno-Karabakh, a disputed region of Azerbaijan, elects a new president.", [],
     [E("President of Azerbaijan")]),
    # GAP: a relative clause's place, "Georgia, which calls Abkhazia a breakaway region, elects": the subject's
    ("Georgia, which calls Abkhazia a breakaway region, elects a president.", [E("President of Georgia")],
     [E("President of Abkhazia")], GAP),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_gap36a_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("gap36a leads", lambda text: _rows(nlp, text), LEADS, capsys)
