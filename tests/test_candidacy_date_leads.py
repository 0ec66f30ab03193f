"""A candidacy's date: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries) with the ``candidate`` rows it must give and those it
must not. The cause the table covers, counted on the tune golds' candidate misses (round 28): a candidacy whose own
words are dated nowhere while its sentence dates the election it is run in, after those words ("front-runner X for
the June 3 election", "filed his nomination for the by-election to be held on May 10"): the candidacy takes the
election's date (SPEC: the election's date when stated). Near misses: an election told within the candidacy's
words (a past race), one of a year before the story's, one of another office, a sentence that dates the office's
election twice. Rows the pipeline does not read yet are marked ``GAP`` (strict xfails); ``score`` counts the
table's tp/fp/fn over the candidate rows.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("candidate",)


def C(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="candidate", subject=subject, **({"object": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- the election the sentence dates after the candidacy's words ------------------------------------
    ("Former trade minister Tomas Varga has won the presidential nomination of Peru's main opposition party, "
     "facing an uphill battle against front-runner Ilona Ramos for the June 30 election.",
     [C("Tomas Varga", "President of Peru", date="2024-06-30"),
      C("Ilona Ramos", "President of Peru", date="2024-06-30")], []),
    ("Congress candidate Ravi Menon on Monday filed his nomination for the by-election to the Kestrel assembly "
     "constituency in Kerala scheduled to be held on June 19.",
     [C("Ravi Menon", "Member of the Kerala Legislative Assembly", date="2024-06-19")], []),
    ("Socialist candidate Ana Ruiz faces conservative rival Ivan Petrov in Chile's presidential runoff on June 16.",
     [C("Ana Ruiz", "President of Chile", date="2024-06-16"),
      C("Ivan Petrov", "President of Chile", date="2024-06-16")], []),
    ("Opposition candidate Kofi Mensah conceded defeat to President Daniel Okoro in Ghana's presidential election "
     "held on May 25.", [C("Kofi Mensah", "President of Ghana", date="2024-05-25")], []),
    ("LIMA (AP) - Centrist hopeful Lukas Weber registered on Tuesday as a presidential candidate for the "
     "election to be held on July 7.", [C("Lukas Weber", "President of Peru", date="2024-07-07")], []),
    ("Mayor Lisa Crane of Lyon, who is seeking a third term, will face challenger Tom Brandt in the mayoral "
     "election on June 23.", [C("Tom Brandt", "Mayor of Lyon", date="2024-06-23")], []),
    ("Republican Dana Cole will challenge Mark Dell for governor of Ohio in the August 6 primary.",
     [C("Dana Cole", "Governor of Ohio", date="2024-08-06")], []),
    ("Senator Paul Reed is running for governor of Ohio in the November 5 election.",
     [C("Paul Reed", "Governor of Ohio", date="2024-11-05")], []),
    ("The ruling party's flagbearer, Kwame Boateng, is the favourite in Ghana's presidential election on "
     "December 7.", [C("Kwame Boateng", "President of Ghana", date="2024-12-07")], []),
    ("Kenyan presidential candidate Daniel Mwangi will square off against Grace Otieno in the August 9 "
     "election.", [C("Daniel Mwangi", "President of Kenya", date="2024-08-09")], []),
    # -- near misses: no date lent -----------------------------------------------------------------------
    ("Ana Ruiz, who lost the 2019 presidential election in Peru, is running for president again.",
     [], [C("Ana Ruiz", date="2019")]),
    ("Presidential candidate Lukas Weber of Peru said the 2016 presidential election had been stolen from him.",
     [], [C("Lukas Weber", date="2016")]),
    ("Tom Brandt, a candidate for mayor of Lyon, praised the turnout in the June 9 European Parliament election.",
     [], [C("Tom Brandt", date="2024-06-09")]),
    ("Mayoral candidate Dana Cole of Lyon called the June 9 European election a test for her party.",
     [], [C("Dana Cole", date="2024-06-09")]),  # "European election" names the European Parliament's race
    # (roles.jsonl election_race_adjectives), so its date is no mayoral race's
    ("Presidential candidate Grace Otieno of Kenya said the election could be held on August 9 or on "
     "August 16.", [], [C("Grace Otieno", date="2024-08-09"), C("Grace Otieno", date="2024-08-16")]),
    ("Mayor Lisa Crane of Lyon, a candidate for re-election, voted early in the European Parliament election on "
     "June 9.", [], [C("Lisa Crane", date="2024-06-09")], GAP),  # her candidacy already names the wrong office
    # -- a past race in the candidate's apposition keeps its own year --------------------------------------
    ("Chilean presidential hopeful Ivan Petrov, runner-up in the 2017 presidential election, said he would run.",
     [C("Ivan Petrov", "President of Chile", date="2017")], [C("Ivan Petrov", date="2024-06-01")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                     object=ent(f.object), date=f.date))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_candidacy_date_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("candidacy date leads", lambda text: _rows(nlp, text), LEADS, capsys)
