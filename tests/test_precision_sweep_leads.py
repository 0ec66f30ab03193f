"""Precision sweep: rows main wrote on fresh text nobody annotated (pool items outside pool7, a sample of agw) that
the text does not support, as a challenge table of invented leads (invented people, real countries), one class per
block, each beside the rows of the same words that must stay.

Classes (audit of prec33: 197 pool rows and 195 agw rows read): an election given the office of a country that only
stands near it ("sent Bush administration officials scrambling ... before November's presidential election" after
"an Israeli plan" gave President of Israel; "Bush's re-election by saying the French president" gave President of
France), and a law or referendum that lets someone run read as his candidacy ("a referendum allowing presidents,
particularly X, to run for a third term", "permitted President X to seek a third term").

Each row: a lead, the rows it must give and those it must not. ``score`` counts the table's tp/fp/fn over its
election and candidate rows: main dfdc504 42 of 48 leads, tp/fp/fn 35/15/1; with the permission hedges (cues.yml
``hedge``) and a named holder's re-election (FactEngine._owner_holds_other) 46 of 48, 36/11/0.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score, table_score

ANCHOR = "2004-10-12"
#: The predicates the table scores.
SCORED = ("election", "candidate")


def E(office):  # noqa: N802 - a table's row builder
    return dict(predicate="election", subject=office)


def C(subject, office=None):  # noqa: N802 - a table's row builder; no office: a candidacy for any office
    return dict(predicate="candidate", subject=subject, **({"object": office} if office else {}))


USP = "President of the United States"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- an election and a country that only stands near it: the race is not that country's -------------------------
    ("A leaked Israeli plan to build new homes sent Bush administration officials scrambling in the sensitive period "
     "before November's presidential election.", [], [E("President of Israel")]),
    ("A French proposal on farm subsidies worried American officials weeks before the presidential election.",
     [], [E("President of France")]),
    ("US diplomats respond to Jacques Marlin's remarks following George W. Bush's re-election by saying the French "
     "president is out of step with his people.", [], [E("President of France")]),
    ("Moscow's reaction to George W. Bush's re-election was muted, the Russian president's aides said.",
     [], [E("President of Russia")]),
    ("Mexican officials said the border talks would wait until after the US presidential election in November.",
     [E(USP)], [E("President of Mexico")]),
    ("Russian diplomats expect no change in policy whoever wins the American presidential election.",
     [E(USP)], [E("President of Russia")]),
    ("A German trade delegation postponed its visit until after the presidential election in Washington.",
     [], [E("President of Germany")]),
    ("Brazilian markets fell as investors weighed the outcome of the Argentine presidential election.",
     [E("President of Argentina")], [E("President of Brazil")]),
    ("Polish officials praised the conduct of Ukraine's presidential election on Sunday.",
     [E("President of Ukraine")], [E("President of Poland")]),
    ("Japanese carmakers watched the US presidential election closely, executives said.",
     [E(USP)], [E("President of Japan")]),
    ("An Egyptian envoy said the Palestinian presidential election would be held in January.",
     [E("President of Palestine")], [E("President of Egypt")]),
    # -- the same words in a race that is the country's own: these stay ----------------------------------------------
    ("Israeli voters go to the polls in the presidential election in November.", [E("President of Israel")], []),
    ("President George W. Bush's re-election was confirmed on Wednesday, and the French president congratulated him.",
     [E(USP)], [E("President of France")]),
    ("Vladimir Putin's re-election as president of Russia was never in doubt, the German chancellor said.",
     [E("President of Russia")], []),
    ("The French presidential election will be held in April, officials said.", [E("President of France")], []),
    ("Mexico's presidential election on Sunday drew a record turnout.", [E("President of Mexico")], []),
    ("Russian voters backed Dmitri Velkov in the presidential election on Sunday.", [E("President of Russia")], []),
    ("The Ukrainian presidential election went to a runoff on Sunday.", [E("President of Ukraine")], []),
    ("Brazil held its presidential election on Sunday, with Carla Menezes leading.", [E("President of Brazil")], []),
    ("Uruguay's leftist candidate Tomas Varela won Sunday's presidential election with more than 50 percent.",
     [E("President of Uruguay"), C("Tomas Varela", "President of Uruguay")], []),
    ("Afghanistan's first direct presidential election will be held on Saturday.",
     [E("President of Afghanistan")], []),
    ("Namibia's presidential election next week is expected to favour Hiko Pamba.", [E("President of Namibia")], []),
    ("The US presidential election on November 2 will decide between George W. Bush and John Kerry.", [E(USP)], []),
    ("Bolivian voters elect a new president in Sunday's presidential election.", [E("President of Bolivia")], []),
    # -- a law, a referendum or a court that lets someone run: no candidacy ------------------------------------------
    ("In Chad, a referendum allowing presidents, particularly Idris Malbé, to run for office for three straight terms, "
     "passes.", [], [C("Idris Malbé", "President of Chad")], GAP),
    ("Protests continue over Monday's referendum, which permitted President Aleksei Vorenko to seek a third term.",
     [], [C("Aleksei Vorenko")]),
    ("Parliament passes an amendment allowing President Joseph Kambale to run for a third term.",
     [], [C("Joseph Kambale")]),
    ("The constitutional court rules that President Daniel Orvega may stand for re-election.",
     [], [C("Daniel Orvega")]),
    ("Lawmakers approve a change that would let Governor Ana Prieto seek another term.", [], [C("Ana Prieto")]),
    ("A new law bars former president Luis Carrera from running for office for ten years.",
     [], [C("Luis Carrera")]),
    ("The electoral court rules that Marta Solis is eligible to run for president.", [], [C("Marta Solis")]),
    ("Voters approve a referendum that would enable President Tomas Veldi to run again in 2009.",
     [], [C("Tomas Veldi")]),
    # -- a candidacy told outright: these stay -----------------------------------------------------------------------
    ("President Aleksei Vorenko of Belarus will seek a third term in March's election.",
     [C("Aleksei Vorenko", "President of Belarus")], []),
    ("Idris Malbé announces he will run for a third term as President of Chad.",
     [C("Idris Malbé", "President of Chad")], []),
    ("George Wallo launches his bid for the presidency of Liberia.", [C("George Wallo", "President of Liberia")], []),
    ("Governor Rico Talavera of New Mexico withdraws his candidacy for president.", [C("Rico Talavera", USP)], []),
    ("Protests continue over Monday's election, in which President Aleksei Vorenko sought a third term.",
     [C("Aleksei Vorenko")], []),
    ("The court allowed the count to go ahead; Governor Ana Prieto is seeking another term.", [C("Ana Prieto")], []),
    ("Parliament allowed the budget to pass, and Joseph Kambale is running for president of Kenya.",
     [C("Joseph Kambale", "President of Kenya")], []),
    ("Joseph Kambale, whom the court allowed on the ballot, is running for president of Kenya.",
     [C("Joseph Kambale", "President of Kenya")], []),
    ("Voters approved the change in March. President Tomas Veldi will run again in 2009.", [C("Tomas Veldi")], []),
    ("Sen. Joan Merrick is running for president of the United States, her campaign said, after the court allowed "
     "a recount.", [C("Joan Merrick", USP)], []),
    ("US presidential candidate Joan Merrick says she will make stem cell research a priority.",
     [C("Joan Merrick", USP)], []),
    ("Democratic challenger Tom Feller has a commanding lead over President Bush in California, a poll found.",
     [C("Tom Feller", USP)], []),
    ("Delegates gathered to nominate President Bush for a second term.", [C("George W. Bush", USP)], []),
    ("2004 U.S. Democratic Primaries: Senator Ray Galloway announces that he is ending his 2004 presidential "
     "campaign.", [C("Ray Galloway", USP)], []),
    ("Hiko Pamba, who has led moves to buy farms for landless peasants, is virtually guaranteed victory in "
     "Namibia's presidential polls next week.",
     [C("Hiko Pamba", "President of Namibia")], []),
    ("Governor Dale Kerrig becomes the 16th person to seek the Republican Party's presidential nomination.",
     [C("Dale Kerrig", USP)], []),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                    object=ent(f.object)))


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_precision_sweep_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("precision sweep leads", lambda text: _rows(nlp, text), LEADS, capsys)
