"""One field wrong: a fact row the pipeline writes whole but for one argument (the evaluator's "missed P: one field
wrong"), a challenge table of invented leads (invented people, real places and bodies), one block per cause found at
least twice in the tune-side misses (dev_tune, ag_tune, pool7, invented_*), with near misses that must give no row.

- won with no office where the sentence names the seat won: the European Parliament after "elected to" or "a seat
  in" (the KB had it an international organisation, no legislature, so no seat); "the Majlis", the common word of
  Iran's and the Maldives' legislatures; a body's anaphor past a milestone of the post ("its first female speaker",
  "their youngest leader");
- election without the date the sentence fixes, past an aside on why the race came or the venue of the vote ("the
  presidential election, brought forward after the impeachment of X, will take place on June 3": cues.yml
  aside_race_nouns;
  "vote in the presidential election at a camp near Peshawar on Saturday, Oct. 9, 2004": cues.yml date_venue_*);
- election of another country's presidency than the story's ("Bush administration officials ... before November's
  presidential election" is no Israeli one: office_words.tsv administration, the KB's presidents of the surname);
- election whose office is the national body where the text names a constituency's seat (a by-election's).

Rows: (lead, rows it must give, rows it must not give[, GAP]). GAP rows are strict xfails: the next rounds' work.
``score`` counts the table's tp/fp/fn over its won, holds_office and election rows (a right row the lead does not
list counts as fp): main 8b7a188 6/31/22 (16 of 41 leads pass); this branch 25/15/3 (35 pass, 6 GAP): the European
Parliament a legislature, a post's milestone looked through (qualifiers.tsv office_left), the Majlis a chamber's
common word, the venue of a vote and an aside on why a race came read past to its date (cues.yml date_venue_*,
aside_race_nouns), a race's country told by "<surname> administration" (office_words.tsv administration).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score, table_score

ANCHOR = "2024-06-01"
#: The predicates the table reads.
SCORED = ("won", "holds_office", "election")

MEP = "Member of the European Parliament"


def W(subject, office=None):  # noqa: N802 - a table's row builders
    return dict(predicate="won", subject=subject, object=office)


def H(subject, office):  # noqa: N802
    return dict(predicate="holds_office", subject=subject, object=office)


def E(office, **extra):  # noqa: N802
    return dict(predicate="election", subject=office, **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- won: the European Parliament's seat after "elected to", "a seat in" -----------------------------------------
    ("Brigitte Aumont, already mayor of Lyon, is elected to the European Parliament. (Le Monde)",
     [W("Brigitte Aumont", MEP)], [W("Brigitte Aumont", "Mayor of Lyon"), W("Brigitte Aumont")]),
    ("Portuguese socialist Rui Camacho wins a seat in the European Parliament.",
     [W("Rui Camacho", MEP)], [W("Rui Camacho")]),
    ("Helmut Kranz was re-elected to the European Parliament on Sunday.",
     [W("Helmut Kranz", MEP)], [W("Helmut Kranz")]),
    ("The European Parliament elected Brigitte Aumont as its president on Tuesday.",
     [W("Brigitte Aumont", "President of the European Parliament")], [W("Brigitte Aumont", MEP)]),
    ("The speaker of the European Parliament, Anna Kowal, said the vote was valid.",
     [H("Anna Kowal", "President of the European Parliament")], [H("Anna Kowal", MEP)]),
    # -- won: a seat in the Majlis, the story's country's legislature where its name or KB aliases hold the word ----
    ("Reformist candidate Parisa Tehrani wins a seat in the Majlis in Iran's parliamentary election.",
     [W("Parisa Tehrani", "Member of the Islamic Consultative Assembly")], [W("Parisa Tehrani")]),
    ("Iranian conservative Reza Karimi is elected to the Majlis.",
     [W("Reza Karimi", "Member of the Islamic Consultative Assembly")], [W("Reza Karimi")]),
    ("Maldivian voters elect a new Majlis on Saturday.",
     [E("Member of the People's Majlis")], []),
    # -- won: a body's anaphor past a milestone of the post --------------------------------------------------------
    ("Georgia's Parliament elected Tamar Beridze as its first female speaker, with 81 votes in favour. (Civil.ge)",
     [W("Tamar Beridze", "Speaker of the Parliament of Georgia")], [W("Tamar Beridze")]),
    ("The Knesset elected Dalia Ezra as its first female speaker on Monday.",
     [W("Dalia Ezra", "Speaker of the Knesset")], [W("Dalia Ezra")]),
    ("The Labour Party elected Jenna Holt as its first woman leader.",
     [W("Jenna Holt", "Leader of the Labour Party")], [W("Jenna Holt")]),
    ("The Liberal Democrats elected Tom Ashby as their youngest leader.",
     [W("Tom Ashby", "Leader of the Liberal Democrats")], [W("Tom Ashby")]),
    ("Kurdish parliament in northern Iraq elects Dilan Aziz as president of the region. (Reuters)",
     [W("Dilan Aziz", "President of the Kurdistan Region")], [], GAP),
    ("Former Senator Douglas Kerrigan wins the Democratic primary for governor of Ohio. (AP)",
     [W("Douglas Kerrigan", "Governor of Ohio")], [], GAP),
    # -- election: the date the sentence fixes ---------------------------------------------------------------------
    ("South Korea's election commission said the presidential election, brought forward after the impeachment of "
     "President Han Do-yun, will take place on June 3. (Yonhap)",
     [E("President of South Korea", date="2024-06-03")], []),
    ("The parliamentary election, called after the government lost a confidence vote in Peru, will be held on June 9.",
     [E(None, date="2024-06-09")], []),
    ("The vote, on the impeachment of President Han Do-yun, will take place on June 3.",
     [], [E(None, date="2024-06-03"), E("President of South Korea", date="2024-06-03")]),
    ("A vote of confidence in the government, called after the election, will be held on June 9.",
     [], [E(None, date="2024-06-09")], GAP),  # main too: "confidence" stands past exclude_window
    ("Afghan refugees vote in Afghanistan's presidential election at a camp near Peshawar, Pakistan on Saturday, "
     "Oct. 9, 2004.",
     [E("President of Afghanistan", date="2004-10-09")], []),
    ("Peruvians vote in the presidential election at polling stations across the country on May 26.",
     [E("President of Peru", date="2024-05-26")], []),
    ("Voters in Ghana cast ballots in the presidential runoff at schools in Accra on December 28, 2008.",
     [E("President of Ghana", date="2008-12-28", kind="runoff")], []),
    ("Voters in Chile cast ballots in the presidential election at Velmar Stadium in Santiago on May 19.",
     [E("President of Chile", date="2024-05-19")], []),
    ("Voters who cast ballots in the presidential election gathered at a school near Lima on May 28 to protest.",
     [], [E("President of Peru", date="2024-05-28")]),
    ("Ana Ruiz spoke about the presidential election at a rally in Lima on May 26.",
     [], [E("President of Peru", date="2024-05-26")]),
    ("Chile will hold its presidential election on November 17, the electoral service said.",
     [E("President of Chile", date="2024-11-17")], []),
    # -- election: the story's country's presidency, not a nearby one ----------------------------------------------
    ("A leaked Israeli plan to build new settler homes in the West Bank sent Bush administration officials "
     "scrambling before November's presidential election.",
     [E("President of the United States")], [E("President of Israel")]),
    ("A Syrian proposal on the Golan Heights left Bush administration diplomats guessing before the presidential "
     "election.",
     [E("President of the United States")], [E("President of Syria")]),
    ("Bush administration officials praised Afghanistan's presidential election.",
     [E("President of Afghanistan")], [E("President of the United States")]),
    ("The Rivera administration at Velmar University said the Iraqi presidential election would be discussed.",
     [E("President of Iraq")], [E("President of the United States")]),
    ("U.S. consumers turned gloomy in October, beset by soaring energy prices, violence in Iraq and the bitter end "
     "of the presidential election campaign.",
     [], [E("President of Iraq")], GAP),
    # -- election: a constituency's seat in a by-election ----------------------------------------------------------
    ("Residents in Rochdale, England vote to elect a new Member of Parliament in a by-election. (Guardian)",
     [E("Member of Parliament for Rochdale", kind="special")], [], GAP),
    # -- near misses: no seat won, no post filled ------------------------------------------------------------------
    ("Brigitte Aumont, a member of the European Parliament, said she would run for mayor of Lyon.",
     [H("Brigitte Aumont", MEP)], [W("Brigitte Aumont", MEP)]),
    ("Brigitte Aumont hopes to be elected to the European Parliament next year.",
     [], [W("Brigitte Aumont", MEP)]),
    ("Brigitte Aumont was not elected to the European Parliament.",
     [], [W("Brigitte Aumont", MEP)]),
    ("Dalia Ezra became the first female speaker to address the European Parliament.",
     [], [W("Dalia Ezra", "President of the European Parliament"), H("Dalia Ezra", MEP)]),
    ("A poll suggests Jenna Holt would be elected as the party's first female leader.",
     [], [W("Jenna Holt")]),
    ("The women's football club elected Dalia Ezra as its first female captain.",
     [], [W("Dalia Ezra", "Speaker of the Knesset"), W("Dalia Ezra")], GAP),
    ("Chile's first female president, Maria Soto, was sworn in on Monday.",
     [H("Maria Soto", "President of Chile")], [W("Maria Soto")]),
    ("Jon Akers, an American, wins a seat in the Majlis.",
     [], [W("Jon Akers", "Member of the United States House of Representatives"),
          W("Jon Akers", "Member of the United States Congress")]),
    ("The Majlis in Iran passed the budget on Sunday.",
     [], [E("Member of the Islamic Consultative Assembly")]),
    ("Keiko Mori won the Nobel Prize as the first female laureate from Japan.",
     [], [W("Keiko Mori")]),
]


def _rows(nlp, text: str) -> list[dict]:
    """A lead's scored rows, its negated facts left out ("was not elected" claims no seat)."""
    return [r for r in lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), object=ent(f.object), date=f.date, kind=f.kind,
        polarity=f.polarity)) if r.pop("polarity") != "negative"]


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_fld36_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("one field wrong leads", lambda text: _rows(nlp, text), LEADS, capsys)
