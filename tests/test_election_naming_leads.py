"""One election named every way news writing names it: a challenge table of invented leads (round 29 sweep).

Each row is an invented lead (invented people, real countries) with the ``election`` rows it must give and those it
must not: presidential, parliamentary, general, legislative, federal, state and provincial, municipal and mayoral,
gubernatorial, Senate, primary and caucus, runoff and second round, by-election and special, snap and early, midterm,
recall and European Parliament elections; near misses are votes that are no public election (a club's, a board's,
a bill's, a contest's, a referendum, opinion polls). Rows the pipeline does not read yet are ``GAP`` (strict xfails):
on main f5afedb 67 of the 80 leads pass; the 13 gaps are an office unread or derived wrong (a Senate primary "for
the U.S. Senate in <state>", a by-election's seat named by its place, "European elections", a share of a chamber
renewed, several offices after one vote), no row at all (a recall by its verb, "elect a new assembly", "municipal
elections across <country>", a speaker elected by parliament), and a dated vote that is no election (a club's, a
bill's, a song contest's). Round 29b reads the dated vote's object (a club, a bill or motion, a contest, a division's
tally) and adds 12 rows: 6 near misses (all gave a row on main) and 6 dated elections that must stay; 10 gaps remain.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("election",)


def E(subject=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="election", **({"subject": subject} if subject is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    ('Ghanaians vote on Saturday in a presidential election seen as a test for the ruling party.',
     [E('President of Ghana')], []),
    ("Kenya's presidential poll on Tuesday pits a former prime minister against the deputy president.",
     [E('President of Kenya')], []),
    ("Brazil's presidential race heads to a second round after neither candidate won a majority.",
     [E('President of Brazil', kind='runoff')], []),
    ('Peruvians return to the polls on Sunday for a presidential runoff between Ana Ruiz and Luis Vega.',
     [E('President of Peru', kind='runoff')], []),
    ('Polls opened in Senegal on Sunday as voters chose a new president.',
     [E('President of Senegal')], []),
    ('French voters go to the polls on Sunday for the first round of the presidential election.',
     [E('President of France')], []),
    ('Britain will hold a general election on July 4, Prime Minister Tom Hale announced.',
     [E(kind='general', date='2024-07-04')], []),
    ("Japan's ruling party lost its majority in Sunday's lower house election.",
     [E('Member of the House of Representatives of Japan')], []),
    ("India's general election, the world's largest, enters its final phase on Saturday.",
     [E(kind='general')], []),
    ('Voters in Portugal cast ballots on Sunday in a snap parliamentary election called after the premier quit.',
     [E()], []),
    ('Indonesia holds legislative elections on Wednesday alongside the presidential vote.',
     [E('President of Indonesia')], []),
    ('South Africans head to the polls on Wednesday in national and provincial elections.',
     [E()], []),
    ('The Netherlands votes in early elections on Wednesday after the coalition collapsed.',
     [E()], []),
    ("Canada's federal election campaign officially began on Sunday, with voting set for October 21.",
     [E(date='2024-10-21')], []),
    ("Germany's federal election on Sunday gave the conservatives the most seats in the Bundestag.",
     [E('Member of the Bundestag')], []),
    ('Australians vote on Saturday in a federal election that could end a decade of conservative rule.',
     [E()], []),
    ("New Zealand's general election will be held on October 14, the prime minister said.",
     [E(kind='general', date='2024-10-14')], []),
    ('Israelis vote on Tuesday in their fifth Knesset election in less than four years.',
     [E('Member of the Knesset')], []),
    ('Americans vote in the midterm elections on Tuesday, with control of Congress at stake.',
     [E()], []),
    ('Republican Tom Hale won the Ohio gubernatorial primary on Tuesday.',
     [E('Governor of Ohio', kind='primary')], []),
    ('The race for governor of Kansas tightened this week, a new poll showed.',
     [E('Governor of Kansas')], []),
    ('Dana Cole won the Democratic primary for the U.S. Senate in Arizona on Tuesday.',
     [E('Member of the United States Senate', kind='primary')], [], GAP),
    ('Voters in the 5th congressional district of Ohio choose a new representative in a special election on Tuesday.',
     [E(kind='special')], []),
    ("The runoff for Georgia's seat in the U.S. Senate on December 6 will decide the chamber's majority.",
     [E('Member of the United States Senate', kind='runoff', date='2024-12-06')], []),
    ("Lisa Crane announced her bid for Iowa's U.S. Senate seat in next year's election.",
     [E('Member of the United States Senate')], []),
    ('California voters will decide on Tuesday whether to recall Governor Tom Hale.',
     [E('Governor of California', kind='recall')], [], GAP),
    ('The recall election of Governor Tom Hale of Wisconsin is set for June 5.',
     [E('Governor of Wisconsin', kind='recall')], []),
    ('Iowa Democrats gather on Monday for the first caucuses of the presidential nominating season.',
     [E(kind='primary')], []),
    ('Mark Dell won the Republican nomination for attorney general of Texas in a runoff on Tuesday.',
     [E('Attorney General of Texas', kind='runoff')], []),
    ('Early voting begins on Monday for the March 5 primary in North Carolina.',
     [E(kind='primary')], []),
    ('Voters in the Indian state of Kerala elect a new assembly on Friday.',
     [E('Member of the Kerala Legislative Assembly')], [], GAP),
    ("Ontario's provincial election on June 2 returned the Progressive Conservatives to power.",
     [E(date='2024-06-02')], []),
    ("Bavaria holds a state election on Sunday, a test for the chancellor's coalition.",
     [E()], []),
    ('Quebec voters go to the polls on Monday in a provincial election.',
     [E()], []),
    ('The Texas state House primary on Tuesday ousted three incumbents.',
     [E(kind='primary')], []),
    ('Chicago voters choose a new mayor in a runoff on Tuesday.',
     [E('Mayor of Chicago', kind='runoff')], []),
    ('Ana Ruiz leads the race for mayor of Lima with most ballots counted.',
     [E('Mayor of Lima')], []),
    ('The Istanbul mayoral election will be rerun on June 23, election officials said.',
     [E('Mayor of Istanbul', date='2024-06-23')], []),
    ("London's mayoral election takes place on Thursday, with the incumbent seeking a third term.",
     [E('Mayor of London')], []),
    ('Municipal elections across Turkey on Sunday dealt a blow to the ruling party.',
     [E()], [], GAP),
    ("France's municipal elections were postponed because of the epidemic.",
     [E()], []),
    ('Voters in Houston return to the polls on Saturday for the mayoral runoff.',
     [E('Mayor of Houston', kind='runoff')], []),
    ('Three candidates are running for Seattle City Council in the August primary.',
     [E('Member of the Seattle City Council', kind='primary')], []),
    ('Labour won the Selby by-election on Thursday, overturning a large Conservative majority.',
     [E('Member of Parliament for Selby', kind='special')], [], GAP),
    ("A by-election will be held in the Auckland seat of Tamaki after the MP's resignation.",
     [E(kind='special')], []),
    ("Malaysia's ruling coalition comfortably won a state by-election in Johor on Saturday.",
     [E(kind='special')], []),
    ('A special election to fill the vacant U.S. House seat is scheduled for November 5.',
     [E('Member of the United States House of Representatives', kind='special', date='2024-11-05')], []),
    ("Spain's prime minister called a snap general election for July 23.",
     [E(kind='general', date='2024-07-23')], []),
    ("Japan's prime minister dissolved the lower house on Thursday, paving the way for an early vote on October 27.",
     [E(date='2024-10-27')], []),
    ('Serbia holds early parliamentary elections on Sunday, the third in four years.',
     [E()], []),
    ('Voters across the EU elect the European Parliament from June 6 to 9.',
     [E('Member of the European Parliament')], [], GAP),
    ('The far right topped the European Parliament election in France on Sunday.',
     [E('Member of the European Parliament')], []),
    ("Poland's European elections on Sunday were a test for the governing coalition.",
     [E('Member of the European Parliament')], [], GAP),
    ("Colombia's presidential second round is scheduled for June 19.",
     [E('President of Colombia', kind='runoff', date='2024-06-19')], []),
    ('Macron and Le Pen will face each other in the run-off on April 24.',
     [E(kind='runoff')], []),
    ('Ana Ruiz and Luis Vega advanced to the runoff for mayor of Bogota.',
     [E('Mayor of Bogotá', kind='runoff')], []),
    ('Parliament elected Tom Hale as speaker on Monday.',
     [E()], [], GAP),
    ('Lawmakers in Nepal will vote on Friday to elect a new prime minister.',
     [E('Prime Minister of Nepal')], []),
    ('Filipinos vote on Monday for 12 senators and a new president.',
     [E('President of the Philippines')], [], GAP),
    ('Half of the seats in the Czech Senate are up for election on Friday.',
     [E('Member of the Senate of the Czech Republic')], []),
    ('Chile elects a new Congress and president on Sunday.',
     [E('President of Chile')], []),
    ('Voters in Thailand go to the polls on Sunday to elect 500 members of the House of Representatives.',
     [E('Member of the House of Representatives of Thailand')], []),
    ('Argentines vote on Sunday to renew half of the Chamber of Deputies.',
     [E('Member of the Argentine Chamber of Deputies')], [], GAP),
    # -- near misses: no election, or not that one ------------------------------------------------------------
    ('The chess club elected a new president on Sunday.',
     [], [E()]),
    ("Atletico Velmar members vote on Sunday in the club's presidential election.",
     [], [E()]),
    ('The board of directors voted on Tuesday to remove the chief executive.',
     [], [E()]),
    ('The Senate vote on the spending bill is expected on Thursday.',
     [], [E()]),
    ('Tom Hale was elected to the Baseball Hall of Fame on Tuesday.',
     [], [E()]),
    ('Sweden won the Eurovision vote on Saturday after a surge in the public ballot.',
     [], [E()]),
    ('Swiss voters rejected the proposal in a referendum on Sunday.',
     [], [E()]),
    ('Shareholders will vote on the merger at the annual meeting on May 5.',
     [], [E()]),
    ("The union's members voted on Friday to accept the pay offer.",
     [], [E()]),
    ('The student council election at Lincoln High drew a record turnout.',
     [], [E('President of the United States')]),
    ('The FIFA presidential election will be held in Zurich on February 26.',
     [], [E()]),
    ('Parliament voted 312 to 210 on Wednesday to approve the budget.',
     [], [E()]),
    ("The Academy's members vote on the Oscars next week.",
     [], [E()]),
    ('Opinion polls show the governing party trailing by ten points.',
     [], [E()]),
    ("Tom Hale was elected chairman of the company's board on Monday.",
     [], [E()]),
    ('The players voted Ana Ruiz captain of the national team.',
     [], [E()]),
    ('The IOC will vote in September on the host city of the 2032 Games.',
     [], [E()]),
    # -- round 29b: a dated vote's object (a club, a bill, a contest, a division's tally) -------------------------
    ('The 62-37 vote Thursday sends the measure to the president, who is expected to sign it.',
     [], [E()]),
    ('After a 301-112 vote on Tuesday, the Bundestag approved the new defence budget.',
     [], [E()]),
    # election.event's own club word stands farther than its window ("Club members ... in the Real Velmar
    # presidential election"): a gap of that rule, not of the dated vote
    ('Club members vote on Saturday in the Real Velmar presidential election, with two businessmen in the running.',
     [], [E()], GAP),
    ("A final vote on the budget motion is due on Monday, the speaker's office said.",
     [], [E()]),
    ('The lower house vote on the reform bill is planned for March 3.',
     [], [E()]),
    ('Norway won the song contest vote on Saturday with a record jury score.',
     [], [E()]),
    # ... and what stays an election
    ('Malians vote on Sunday in a presidential election delayed twice by the junta.',
     [E('President of Mali')], []),
    ("Sunday's vote in Chile will decide who succeeds President Ana Ruiz.",
     [E(date='2024-06-02')], []),
    ('The parliamentary election, originally planned for March 22, was moved to April 5.',
     [E()], []),
    ('A repeat presidential vote is expected on May 4 after the court annulled the first ballot.',
     [E(date='2024-05-04')], []),
    ('The snap election is set to be held on 12 October, as well as a referendum on the constitution.',
     [E(date='2024-10-12')], []),
    ('Ana Ruiz won the March 5 vote with 52 percent, a 312-vote margin over Luis Vega.',
     [E(date='2024-03-05')], []),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject),
                                                                     date=f.date, kind=f.kind))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_election_naming_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("election naming leads", lambda text: _rows(nlp, text), LEADS, capsys)
