"""Election facts in the genre's phrasing (pipeline/nlp/components/facts.py, models/facts/*.yml).

Each row: a real or genre-typical sentence, its publication date, and the facts
that must come out as (predicate, subject, object, value, unit, date, kind,
polarity) with ``None`` for "any". ``absent`` rows list facts that must not.
"""
from __future__ import annotations

import pytest

ANCHOR = "2023-09-09"


def facts(nlp, text, published=ANCHOR):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [
        (f.predicate, f.subject._.entity if f.subject is not None else None,
         f.object._.entity if f.object is not None else None, f.value, f.unit, f.date, f.kind, f.polarity,
         f.office._.entity if f.office is not None else None, f.qualifier)
        for f in doc._.facts
    ]


def has(found, predicate, subject=None, obj=None, value=None, unit=None, date=None, kind=None,
        polarity="positive", office=None, qualifier=None):
    want = (predicate, subject, obj, value, unit, date, kind, polarity, office, qualifier)
    return any(all(w is None or w == g for w, g in zip(want, f)) for f in found)


def expect(found, want, not_want=()) -> None:
    """Every fact of ``want`` is in ``found`` and none of ``not_want`` (each a :func:`has` pattern)."""
    for w in want:
        assert has(found, **w), f"missing {w} in {found}"
    for w in not_want:
        assert not has(found, **w), f"unexpected {w} in {found}"


#: The structures that news uses for results beyond "X defeats Y" (issue: recall that generalises).
STRUCTURES = [
    # shares given as a list
    ("Maria Lopez wins 57 percent to Juan Perez's 43 percent in the presidential election.",
     [dict(predicate="votes_received", subject="Maria Lopez", value=57.0, unit="percent"),
      dict(predicate="votes_received", subject="Juan Perez", value=43.0, unit="percent")]),
    ("In the mayoral election, Maria Lopez received 12,345 votes to Juan Perez's 11,002.",
     [dict(predicate="votes_received", subject="Maria Lopez", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Juan Perez", value=11002, unit="votes")]),
    ("In the mayoral election, Tom Hart won 5,432 votes, Ann Bell 4,321 and Joe Kim 1,200.",
     [dict(predicate="votes_received", subject="Tom Hart", value=5432, unit="votes"),
      dict(predicate="votes_received", subject="Ann Bell", value=4321, unit="votes"),
      dict(predicate="votes_received", subject="Joe Kim", value=1200, unit="votes")]),
    ("In the mayoral election, Tom Hart took 46%, Ann Bell 41% and Joe Kim 13%.",
     [dict(predicate="votes_received", subject="Tom Hart", value=46.0),
      dict(predicate="votes_received", subject="Ann Bell", value=41.0),
      dict(predicate="votes_received", subject="Joe Kim", value=13.0)]),
    # participial and relative clauses
    ("Incumbent Lisa Grant is re-elected as Governor of Ohio, defeating challenger Paul Stone.",
     [dict(predicate="defeated", subject="Lisa Grant", obj="Paul Stone")]),
    ("Mark Hill wins the Democratic primary, besting Jane Ford and Tim Cole.",
     [dict(predicate="defeated", subject="Mark Hill", obj="Jane Ford"),
      dict(predicate="defeated", subject="Mark Hill", obj="Tim Cole")]),
    ("Opposition leader Sam Reed, who received 45% of the vote, concedes to Ana Ruiz.",
     [dict(predicate="votes_received", subject="Sam Reed", value=45.0),
      dict(predicate="conceded", subject="Sam Reed"),
      dict(predicate="defeated", subject="Ana Ruiz", obj="Sam Reed")]),
    # margins after other verbs and approximators
    ("Ana Ruiz edges out Sam Reed by just under 2,000 votes in the Chilean presidential runoff.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Sam Reed", value=2000, unit="votes",
           office="President of Chile")]),
    ("Ana Ruiz defeats Sam Reed by a margin of about 3,500 votes in the mayoral election.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Sam Reed", value=3500, unit="votes")]),
    # the party after "of" is the winner's own, not a party standing in for the winner
    ("Ana Ruiz of the Green Party is elected as Prime Minister of Nepal by the Parliament.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Prime Minister of Nepal")]),
    # one election, one row: the year the sentence states dates its month and day
    ("The 2022 Ruritanian general election runoff is held on October 30.",
     [dict(predicate="election", date="2022-10-30", kind="runoff")]),
    # a legislature's election: the members it elects
    ("Citizens of Tuvalu head to the polls to elect the 15 members of the parliament.",
     [dict(predicate="election", subject="Member of the Parliament of Tuvalu")]),
    ("Hong Kong citizens vote for the members of the Legislative Council.",
     [dict(predicate="election", subject="Member of the Legislative Council of Hong Kong")]),
    ("Voters in Latvia go to the polls for the European Parliament election.",
     [dict(predicate="election", subject="Member of the European Parliament")]),
    ("French voters go to the polls in legislative elections for the National Assembly.",
     [dict(predicate="election", subject="Member of the National Assembly of France")]),
    ("Israel holds elections to the Knesset.", [dict(predicate="election", subject="Member of the Knesset")]),
    # candidacies: announced, re-election, advancing to a runoff, the election's date
    ("Lyon mayor Ana Ruiz announces her candidacy for President of France.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of France")]),
    ("Governor of Ohio Ana Ruiz is seeking re-election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")]),
    ("In the Chilean presidential election, Ana Ruiz and Ivan Petrov advance to the runoff.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")]),
    ("Ana Ruiz accepts the nomination of the Green Party to be its candidate in the 2012 Chilean presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile", date="2012")]),
    ("The runoff is between two opposition candidates, Ana Ruiz and politician Ivan Petrov, in the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")]),
    # coordinated names with their parties attached, and with titles of their own
    ("The council qualified two candidates, Ana Ruiz of the Green Party and Vice President Ivan Petrov, "
     "for the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")]),
    ("Chileans vote in the presidential runoff between two opposition candidates, Ana Ruiz, from the "
     "liberal PAS, and Ivan Petrov, from the socialist PSRM.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")]),
    ("Ana Ruiz is expected to win the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    # a trigger inside an office names that office, not the next one
    ("Congress certifies the election of Ana Ruiz as President-elect of Chile and Ivan Petrov as Vice President.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")]),
    # "Election Day on November 5" dates the election
    ("The court postpones Ana Ruiz's sentencing until after Election Day on November 5.",
     [dict(predicate="election", date="2023-11-05")]),
    # the office as a noun of state: "the presidency", "the premiership"
    ("Voters in Chile go to the polls. Ana Ruiz wins the presidency.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")]),
    # a win of another term; the title of the newly elected; the office after "as" past an apposition
    ("Voters in Chile go to the polls, with President Ana Ruiz winning a fourth term.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")]),
    ("In Portugal, newly elected Prime Minister Ana Ruiz names her cabinet.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Prime Minister of Portugal")]),
    ("The Bundestag elects Ana Ruiz, leader of the Green Party, as the 11th Chancellor of Germany.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Chancellor of Germany")]),
    # "a candidate for"; offices held by who is appointed to or resigns them
    ("Former Governor of Ohio Ana Ruiz announces that she will be a candidate for the Green Party nomination for "
     "President of Chile.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Protests against the president's appointment of Ana Ruiz as the new prime minister break out across France.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of France")]),
    ("Ana Ruiz will resign from her office as Prime Minister of Italy.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Italy")]),
    # candidacies: pairs, lists, predicates, campaigns, nominations, losers, challengers of an incumbent
    ("Ana Ruiz faces Ivan Petrov in the Chilean presidential runoff.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")]),
    ("Ana Ruiz's opponent Ivan Petrov concedes the Lyon mayoral race.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")]),
    ("Ana Ruiz, Ivan Petrov and Sam Reed are running for mayor of Lyon.",
     [dict(predicate="candidate", subject=name, obj="Mayor of Lyon") for name in ("Ana Ruiz", "Ivan Petrov", "Sam Reed")]),
    ("Ana Ruiz and Ivan Petrov are the candidates in the Chilean presidential election.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")]),
    ("The main candidates in the Chilean presidential election are Ana Ruiz and Ivan Petrov.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")]),
    ("Chile holds a presidential election. Ana Ruiz is the ruling party's candidate.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Chileans vote in the presidential election; the race is between Ana Ruiz and Ivan Petrov.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")]),
    ("Ana Ruiz and Ivan Petrov are running neck and neck in the Chilean presidential election.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")]),
    ("Ana Ruiz's presidential campaign in Chile begins.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("The Green Party nominates Ana Ruiz for President of Chile.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Ana Ruiz is contesting the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Ana Ruiz loses the Chilean presidential election to Ivan Petrov.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Chilean President Ana Ruiz faces challenger Ivan Petrov in Sunday's election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Chileans vote in a presidential election. Ana Ruiz and Ivan Petrov are among the candidates.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")]),
    ("Ana Ruiz and Ivan Petrov, the two presidential candidates in Chile, hold a debate.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")]),
    ("Chileans vote in a presidential election. Ana Ruiz's candidacy was rejected by the electoral council.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Chilean President Ana Ruiz announced she would run again in the election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    # the date after "held on" / "set for" dates the election the sentence names
    ("In Mexico, the recount of votes in the disputed 2006 presidential election held on July 2 begins.",
     [dict(predicate="election", subject="President of Mexico", date="2006-07-02")]),
    ("The speaker said that the election day has been set for March 2, 2024.", [dict(predicate="election", date="2024-03-02")]),
    # a title before a comma and the name, a verb after it; an apposition whose office runs on
    ("Chile votes in March. The current president, Ana Ruiz is seeking a second term.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")]),
    ("Ana Ruiz, former Prime Minister under Ivan Petrov's administration, is elected President of Senegal.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Senegal", qualifier="former"),
      dict(predicate="won", subject="Ana Ruiz", obj="President of Senegal")]),
    # a result with no race office: the contested office its winner holds
    ("Incumbent Chilean President Ana Ruiz wins the election with 52% of the vote.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")]),
    ("Chilean President Ana Ruiz defeats Ivan Petrov in the election.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="President of Chile")]),
    # ... the winner's own title, not another's in the sentence
    ("Russian President Vladimir Putin congratulates President-elect Joe Biden for the first time.",
     [dict(predicate="won", subject="Joe Biden", obj="President of the United States")]),
    ("Voters in Ohio go to the polls in the primary and general elections.",
     [dict(predicate="election", kind="primary"), dict(predicate="election", kind="general")]),
    ("Ana Ruiz wins the Chilean presidency with 55% of the vote.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="votes_received", subject="Ana Ruiz", value=55.0, unit="percent")]),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        # shares versus margins
        ("John Smith wins the Ohio governor race with 52 percent of the vote.",
         [dict(predicate="won", subject="John Smith", obj="Governor of Ohio"),
          dict(predicate="votes_received", subject="John Smith", value=52.0, unit="percent")]),
        ("John Smith defeats Mary Jones by 13 votes in the Ohio governor race.",
         [dict(predicate="defeated", subject="John Smith", obj="Mary Jones", value=13, unit="votes",
               office="Governor of Ohio"),
          dict(predicate="won", subject="John Smith", obj="Governor of Ohio", value=13, unit="votes"),
          # both ran
          dict(predicate="candidate", subject="Mary Jones", obj="Governor of Ohio"),
          dict(predicate="candidate", subject="John Smith", obj="Governor of Ohio")]),
        ("In the 2004 Serbian presidential election, Boris Tadic defeats Tomislav Nikolic in the run-off, "
         "with 53.7% to 45.0% of the votes. (ABC).",
         [dict(predicate="defeated", subject="Boris Tadić", obj="Tomislav Nikolić"),
          dict(predicate="votes_received", subject="Boris Tadić", value=53.7, unit="percent"),
          dict(predicate="votes_received", subject="Tomislav Nikolić", value=45.0, unit="percent"),
          dict(predicate="election", subject="President of Serbia", date="2004")]),
        ("Home Secretary Theresa May gets 165 votes after the first ballot. Her nearest rival, Minister of "
         "State for Energy Andrea Leadsom, picked up 66 votes.",
         [dict(predicate="votes_received", subject="Theresa May", value=165, unit="votes"),
          dict(predicate="votes_received", subject="Andrea Leadsom", value=66, unit="votes")]),
        ("John Smith wins the Ohio governor race by three thousand votes.",
         [dict(predicate="won", subject="John Smith", value=3000, unit="votes")]),
        # coordination
        ("John Smith takes 41 percent and Mary Jones 37 percent in the Ohio governor race.",
         [dict(predicate="votes_received", subject="John Smith", value=41.0),
          dict(predicate="votes_received", subject="Mary Jones", value=37.0)]),
        # leads, from a count
        ("Kasim Reed now leads Mary Norwood by 0.84 percent or 715 votes in the Atlanta mayor's race.",
         [dict(predicate="leads", subject="Kasim Reed", obj="Mary Norwood", value=0.84, unit="percent"),
          dict(predicate="leads", subject="Kasim Reed", obj="Mary Norwood", value=715, unit="votes")]),
        # runoff scheduling
        ("Maldivians vote for a president. No candidate receives a 50% majority, so incumbent President Ibrahim "
         "Mohamed Solih will face opposition candidate and Malé mayor Mohamed Muizzu in the second round on "
         "September 30. (Reuters)",
         [dict(predicate="election", subject="President of the Maldives", date="2023-09-30", kind="runoff"),
          dict(predicate="candidate", subject="Ibrahim Mohamed Solih", obj="President of the Maldives"),
          dict(predicate="candidate", subject="Mohamed Muizzu", obj="President of the Maldives"),
          dict(predicate="holds_office", subject="Ibrahim Mohamed Solih", obj="President of the Maldives"),
          dict(predicate="holds_office", subject="Mohamed Muizzu", obj="Mayor of Malé")]),
        ("A run-off between the first two candidates will be held on December 1.",
         [dict(predicate="election", date="2023-12-01", kind="runoff")]),
        # certification, concessions, recounts, endorsements by organisations
        ("An elections board has certified Kasim Reed as the winner of the Atlanta mayoral runoff election "
         "by a margin of 620 votes.",
         [dict(predicate="certified", obj="Kasim Reed", value=620, office="Mayor of Atlanta"),
          dict(predicate="won", subject="Kasim Reed", obj="Mayor of Atlanta", value=620)]),
        ("Mary Jones refused to concede the Ohio governor race.",
         [dict(predicate="conceded", subject="Mary Jones", polarity="negative")]),
        ("Mary Jones conceded the Ohio governor race on Tuesday.",
         [dict(predicate="conceded", subject="Mary Jones", obj="Governor of Ohio")]),
        ("Atlanta mayoral hopeful Mary Norwood has filed a request with the Fulton County Registrations and "
         "Elections office calling for a recount of the Dec.1 vote.",
         [dict(predicate="requested_recount", subject="Mary Norwood", obj="Mayor of Atlanta"),
          dict(predicate="candidate", subject="Mary Norwood", obj="Mayor of Atlanta")]),
        ("The Ohio Democratic Party endorsed Mary Jones for governor.",
         [dict(predicate="endorsed", subject="Ohio Democratic Party", obj="Mary Jones", office="Governor of Ohio")]),
        # offices held
        ("Atlanta has one more election: Councilwoman Mary Norwood and former state Sen. Kasim Reed will face "
         "each other in a runoff Dec. 1.",
         [dict(predicate="holds_office", subject="Mary Norwood", obj="Member of the Atlanta City Council"),
          dict(predicate="holds_office", subject="Kasim Reed", obj="Member of the Georgia State Senate",
               qualifier="former"),
          dict(predicate="election", kind="runoff", date="2023-12-01")]),
        ("Sir Keir Starmer wins the 2020 Labour Party leadership election in the United Kingdom and becomes "
         "Leader of the Labour Party.",
         [dict(predicate="holds_office", subject="Keir Starmer", obj="Leader of the Labour Party")]),
        # a coordinated office past the slot's window is still the verb's
        ("Sir Keir Starmer becomes Leader of the Labour Party and Leader of the Opposition.",
         [dict(predicate="holds_office", subject="Keir Starmer", obj="Leader of the Opposition")]),
        # debates and early voting
        ("Atlanta mayoral hopefuls Mary Norwood and Kasim Reed attacked each other's records Sunday night during "
         "their final debate before Tuesday's runoff election.",
         [dict(predicate="debate", subject="Mary Norwood", obj="Kasim Reed"),
          dict(predicate="election", kind="runoff")]),
        ("Early voting in Fulton and DeKalb starts Wednesday, November 18 and continues until November 20.",
         [dict(predicate="voting_period", subject="Fulton County", kind="early", date="2023-11-18"),
          dict(predicate="voting_period", subject="DeKalb County", kind="early")]),
        # the two debaters: both after "debate between", one on each side of "debated"
        ("Zembla is preparing for a televised debate between Prime Minister Ana Ruiz and opposition Green Party "
         "leader Ivan Petrov before the election.",
         [dict(predicate="debate", subject="Ana Ruiz", obj="Ivan Petrov")]),
        ("Ana Ruiz debated Ivan Petrov on Sunday before the Zembla election.",
         [dict(predicate="debate", subject="Ana Ruiz", obj="Ivan Petrov")]),
        ("Governor Ana Ruiz will debate Ivan Petrov twice before the Zembla election.",
         [dict(predicate="debate", subject="Ana Ruiz", obj="Ivan Petrov")]),
        # who leads and who trails both ran
        ("Ana Ruiz leads Ivan Petrov by 715 votes in the Lyon mayoral election.",
         [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon"),
          dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")]),
        # "led" a rival is a lead, "led to" (further down) a cause
        ("Ana Ruiz led Ivan Petrov by 400 votes in the Zembla election.",
         [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=400, unit="votes")]),
        # who receives votes ran
        ("Ivan Petrov received 18 percent of the votes in the Chilean presidential election.",
         [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")]),
    ] + STRUCTURES,
)
def test_facts_phrasings(nlp, text, expected):
    found = facts(nlp, text)
    for want in expected:
        assert has(found, **want), f"missing {want} in {found}"




@pytest.mark.parametrize(
    "text, predicate",
    [
        # hedges and future outcomes are not facts
        ("Mary Jones is expected to win the Ohio governor race.", "won"),
        ("Mary Jones will likely win the Ohio governor race.", "won"),
        ("Although Mary Norwood is expected to request a recount, Kasim Reed was sworn in.", "requested_recount"),
        # a poll lead is never a win
        ("A poll shows John Smith winning the Ohio governor race with 52 percent.", "won"),
        ("A poll shows John Smith winning the Ohio governor race with 52 percent.", "votes_received"),
        # a claim of victory is no result
        ("Pedro Castillo of the Free Peru party claims victory in the presidential election.", "won"),
        # a party wins, not the person named in it
        ("Erdoğan's AK Party has claimed victory in the election.", "won"),
        ("Chilean President Ana Ruiz's ruling Green Party is expected to win the parliamentary election.", "candidate"),
        # a margin is never a share
        ("John Smith defeats Mary Jones by 13 votes in the Ohio governor race.", "votes_received"),
        # "elections" in a name or before "board" is no election
        ("The Fulton County Registrations and Elections office opened.", "election"),
        # the party wins, not the person who leads it or whose it is
        ("The Green Party, led by Prime Minister Ana Ruiz, wins a landslide in the general election.", "won"),
        ("The Green Party, led by Federal Chancellor Ana Ruiz wins 42% of the vote in the election.", "votes_received"),
        ("The election commission declares a landslide victory for Prime Minister Ana Ruiz's Green Party.", "won"),
        ("Chilean Prime Minister Ana Ruiz's ruling party wins the parliamentary election.", "won"),
        ("The first round indicates an electoral victory for Prime Minister Ana Ruiz' party.", "won"),
        ("The coalition of Ana Ruiz wins the Chilean parliamentary election.", "won"),
        # "go to the polls" is the vote, a poll in the same sentence is still a poll
        ("Chileans go to the polls; a poll shows Ana Ruiz winning a fourth term as President of Chile.", "won"),
        # an appointment to come is no office held
        ("The president plans to announce the appointment of Ana Ruiz as prime minister of France.", "holds_office"),
        # a title before a list of names is no one's
        ("He met the president, Ana Ruiz and Ivan Petrov in Santiago, Chile.", "holds_office"),
        # "primary schools" is no primary; "leading opposition candidate" is no lead
        ("Millions of students across England return to primary and secondary schools after the election.", "election"),
        ("Students return to primary schools across Chile after the vote.", "election"),
        ("Police arrest Maria Moroz, the manager of leading opposition candidate Ana Ruiz, before the election.", "leads"),
        # two names far apart on either side of "the debates" debate nothing
        ("Ana Ruiz wants to wrap up the inquiry as soon as possible before the debates resume in earnest and the "
         "primaries start, before the Ivan Petrov report lands in Zembla.", "debate"),
        ("A debate about Ana Ruiz's nomination in President Ivan Petrov's cabinet divides Zembla's election campaign.",
         "debate"),
        # the noun "debate" after a determiner: the names beside it are no debaters
        ("Governor Ana Ruiz says she will skip the presidential debate if Ivan Petrov attends.", "debate"),
        ("Governor Ana Ruiz says she will skip the debate if Ivan Petrov attends the presidential primary.", "debate"),
        ("Governor Ana Ruiz will join a debate on Ivan Petrov's budget before the presidential election.", "debate"),
        # "led to" is a cause, never a lead
        ("The Ana Ruiz dossier that led to Ivan Petrov's inquiry shaped the Zembla election.", "leads"),
        # a poll's numbers are never a lead
        ("Ana Ruiz leads Ivan Petrov 48 to 44 in a poll by Datafolha.", "leads"),
        ("Ana Ruiz leads Ivan Petrov by 4 percent in the latest opinion poll.", "leads"),
        # a title of one's own is not shared with the names after it
        ("Councilwoman Ana Ruiz and former state Sen. Ivan Petrov met.", "candidate"),
        # "faces" an accusation, "lost" a bag: no candidacy
        ("Ana Ruiz faces charges over the Chilean presidential election.", "candidate"),
        ("Ana Ruiz lost her bag in Lyon after the mayoral election.", "candidate"),
        # a defeat outside elections: no one ran
        ("Ana Ruiz defeats Ivan Petrov in the chess final in Lyon.", "candidate"),
        # a runoff of municipal elections is no race for the president named in it
        ("French voters go to the polls in the second round of the municipal elections, with President Ana Ruiz's "
         "party likely to lose.", "candidate"),
        # a candidate for no named office is no candidate fact
        ("Challenger Ivan Petrov criticised the government.", "candidate"),
        # an incumbent champion's final is sport: "incumbent" is no word of elections
        ("Incumbent champion Ana Ruiz won the tennis final in Lyon.", "won"),
        ("Ana Ruiz, the incumbent champion, won the tennis final on Sunday.", "won"),
        # a referendum is no election, whatever office it is about
        ("Voters in Ruritania go to the polls for a referendum on an executive presidency.", "election"),
        ("Ruritanians vote in a referendum on the presidency; the election of a president follows.", "won"),
        # a sports club's or body's vote for its head is no election
        ("Supporters demanded that Benfica bring forward the club's presidential election, due in October.",
         "election"),
        ("Ana Ruiz will stand in the FIFA presidential election in October.", "election"),
        # ... nor another vote that is no public election (cues.yml private_vote, election.event's exclude_cue_lists)
        ("The shareholders approved the election of Ana Ruiz on Tuesday.", "election"),
        ("Viewers picked the winner in a public vote election on Saturday.", "election"),
        # a round, a plurality or the popular vote won is not the office: the race goes on (or was lost)
        ("Ana Ruiz wins the first round of the Peruvian presidential election and will face Ivan Petrov in a runoff.",
         "won"),
        ("Ana Ruiz and Ivan Petrov advance to the second round after Ana Ruiz wins the first round of the "
         "presidential election in Peru.", "won"),
        ("Ana Ruiz won the first-round vote in the Peruvian presidential election.", "won"),
        ("Ana Ruiz wins a plurality in the Peruvian presidential election, forcing a runoff with Ivan Petrov.", "won"),
        ("Ana Ruiz wins the popular vote but loses the Electoral College in the United States presidential election.",
         "won"),
    ],
)
def test_facts_not_facts(nlp, text, predicate):
    assert not any(f[0] == predicate for f in facts(nlp, text)), facts(nlp, text)


@pytest.mark.parametrize(
    "text, predicate, count",
    [
        ("The 2022 Ruritanian general election runoff is held on October 30.", "election", 1),
        # a club far from the race noun is no club's vote
        ("Ana Ruiz, a former club president, will stand in Chile's presidential election in October.", "election", 1),
        # ... nor a vote that is no public election, far from the race noun (private_vote near election.event)
        ("The company's shareholders, worried about next month's election in Zembla, sold their bonds.", "election", 1),
        ("Zembla holds a presidential election on Sunday, a week after the annual meeting of the party's donors.",
         "election", 1),
        # one won each: Ruiz the presidency, Petrov the vice presidency (the pair rule), never Ruiz both
        ("Congress certifies the election of Ana Ruiz as President-elect of Chile and Ivan Petrov as Vice President.",
         "won", 2),
    ],
)
def test_facts_count(nlp, text, predicate, count):
    assert sum(f[0] == predicate for f in facts(nlp, text)) == count, facts(nlp, text)


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the name before the interruption is the verb's, not the one inside it
        ("Ana Ruiz, who beat Sam Reed in 2019, concedes to Tom Hart in the mayoral election.",
         dict(predicate="conceded", subject="Ana Ruiz"), dict(predicate="conceded", subject="Sam Reed")),
        ("Ana Ruiz, a former rival of Sam Reed, concedes the mayoral election.",
         dict(predicate="conceded", subject="Ana Ruiz"), dict(predicate="conceded", subject="Sam Reed")),
        # ... and the name of a participle phrase about it, however long ("wanted by", "supported by")
        ("Ana Ruiz, wanted by the court on charges of fraud since 2019, is re-elected Mayor of Lima.",
         dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima"), dict(predicate="won", subject="Lima")),
        ("Ana Ruiz, supported by the Green Party and by Sam Reed, defeats Tom Hart in the Lima mayoral election.",
         dict(predicate="defeated", subject="Ana Ruiz", obj="Tom Hart"),
         dict(predicate="defeated", subject="Sam Reed")),
        # an apposition that opens with an office is an interruption too, however long
        ("Ana Ruiz, Mayor of Lyon for the past decade and more, concedes the French presidential election.",
         dict(predicate="conceded", subject="Ana Ruiz"), dict(predicate="conceded", subject="Lyon")),
        ("Ana Ruiz, mayor of Lyon since the spring of 2019 and a teacher before, was elected President of France.",
         dict(predicate="won", subject="Ana Ruiz", obj="President of France"),
         dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
        # a title before a cue word and a name is not the name's: "his term as Atlanta's mayor, opponent Mary Norwood"
        ("As Kasim Reed began his first term as Atlanta's mayor, opponent Mary Norwood still had not conceded.",
         dict(predicate="conceded", subject="Mary Norwood", polarity="negative"),
         dict(predicate="holds_office", subject="Mary Norwood")),
        # a place attached to a titled name does not pass the title on to the next name (it joins a slot's list)
        ("Mayor Ana Ruiz of Lyon and Tom Hart spoke at the rally.",
         dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon"),
         dict(predicate="holds_office", subject="Tom Hart")),
        # a title is not shared with a name that has its own descriptor
        ("The runoff is between current president Maia Sandu and politician Ion Rusu.",
         dict(predicate="holds_office", subject="Maia Sandu", obj="President of Moldova"),
         dict(predicate="holds_office", subject="Ion Rusu")),
        # ... nor with the next name at all when it is singular: one president, one mayor
        ("The runoff is between former President of Chile Ana Ruiz and Ilse Varga of the ruling party.",
         dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile", qualifier="former"),
         dict(predicate="holds_office", subject="Ilse Varga")),
        ("Hackers targeted Lyon mayor Ana Ruiz and Ilse Varga on Monday.",
         dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon"),
         dict(predicate="holds_office", subject="Ilse Varga")),
        # ... while a plural title is every name's
        ("Governors of Ohio Ana Ruiz and Ilse Varga met.",
         dict(predicate="holds_office", subject="Ilse Varga", obj="Governor of Ohio"),
         dict(predicate="holds_office", subject="Ilse Varga", obj="Mayor of Lyon")),
        # ... down a comma list too: the untitled last name takes neither the first title nor the second
        ("British Home Secretary Ana Ruiz, Ivan Petrov and Ilse Varga back Sam Reed in the leadership election.",
         dict(predicate="holds_office", subject="Ana Ruiz", obj="Home Secretary"),
         dict(predicate="holds_office", subject="Ilse Varga")),
        ("Utah Governor Ana Ruiz, Iowa Senator Ivan Petrov and Ilse Varga endorse Sam Reed in the presidential election.",
         dict(predicate="holds_office", subject="Ivan Petrov", obj="Member of the United States Senate"),
         dict(predicate="holds_office", subject="Ilse Varga")),
        ("U.S. Senators Ana Ruiz, Ivan Petrov and Ilse Varga endorse Sam Reed in the presidential election.",
         dict(predicate="holds_office", subject="Ilse Varga", obj="Member of the United States Senate"),
         dict(predicate="holds_office", subject="Ilse Varga", obj="Governor of Utah")),
        # a candidate word that titles the next name is not the apposition of the name before
        ("Police arrest Maria Moroz, the manager of opposition candidate Ana Ruiz, before the presidential election "
         "in Belarus.",
         dict(predicate="candidate", subject="Ana Ruiz", obj="President of Belarus"),
         dict(predicate="candidate", subject="Maria Moroz")),
        # a participle after a comma belongs to the clause's subject, not the nearest name
        ("Tom Hart wins the Lyon mayoral election after a recount, defeating Ana Ruiz.",
         dict(predicate="defeated", subject="Tom Hart", obj="Ana Ruiz"),
         dict(predicate="defeated", subject="Ana Ruiz")),
    ],
)
def test_facts_clause_subject(nlp, text, want, not_want):
    found = facts(nlp, text)
    assert has(found, **want) and not has(found, **not_want), found


def test_facts_evidence_spans_the_sentence_parts(nlp):
    doc = nlp("Kasim Reed won the Atlanta mayor's race by 714 votes, a recount showed Wednesday.")
    won = next(f for f in doc._.facts if f.predicate == "won")
    assert doc[won.start:won.end].text == "Kasim Reed won the Atlanta mayor's race by 714 votes"
    assert won.rule == "won.verb"


#: Results need an election around them (predicates.yml `election_result`, cues.yml `election`).
ELECTION_CONTEXT = [
    # sport, prizes and courts: no election word, no vote count, no office won
    ("Tom Brandt of the Riverside Rovers wins the league's most valuable player award.", "won", False),
    ("In tennis, Anna Kovac defeats Maria Lind 6–3, 6–4 in the final.", "defeated", False),
    ("Novelist Carla Dunne wins the Aldworth Prize for her third book.", "won", False),
    ("In boxing, Philippine Senator Juan Dela Rosa defeats Sam Carter to claim the welterweight title.",
     "defeated", False),
    ("Eva Stone of Norway tops defending champion Lisa Grant in the semifinal.", "leads", False),
    # every election predicate needs it, not only results: a golf tournament's second round, a team's confirmation
    ("Tom Brandt leads after the second round at Augusta.", "election", False),
    ("The team confirmed Thursday that Tom Brandt will drive next season.", "certified", False),
    # ... which an election story has
    ("Ruritanians vote again: Ana Ruiz and Ivan Petrov meet in the second round of the presidential election.",
     "election", True),
    # the same verbs about elections: a word of elections, a vote count or the office won
    ("John Smith defeats Mary Jones in the Ohio governor race.", "defeated", True),
    ("Anna Kovac wins the presidential election.", "won", True),
    ("Anna Kovac wins the race for Mayor of Lyon.", "won", True),
    # ... and an election's own office (its subject): the race an office names
    ("Ana Ruiz leads the governor's race in Ohio.", "election", True),
    ("John Smith defeats Mary Jones by 3,000 votes.", "defeated", True),
    # the election is named in another sentence of the document
    ("Ruritanians went to the polls on Sunday. Anna Kovac defeats Ivan Petrov, according to official results.",
     "defeated", True),
    # a shareholders' or an audience's vote (cues.yml private_vote) elects no one without an office
    ("Shareholders of Halvor Mining elected Maria Lund chair of the board at the annual meeting.", "won", False),
    ("Acme Corp shareholders re-elected Ivan Petrov to the board of directors on Tuesday.", "won", False),
    ("Maya Lopes won the public vote in the final of the talent show.", "won", False),
    ("Ana Ruiz won the shareholder vote at Acme Corp, defeating Ivan Petrov.", "defeated", False),
    # ... with one, it is an election
    ("Ana Ruiz, a major shareholder of Acme Corp, was elected Mayor of Lyon.", "won", True),
    # an honour's vote (cues.yml honour_vote) anywhere in the document elects no one without an office
    ("The Hall of Fame class was announced. Tom Brandt received all 410 votes cast in this year's election.",
     "votes_received", False),
    ("Tom Brandt leads the MVP voting. He was elected on 92 percent of the ballots.", "won", False),
    # ... a public race its story names has its office
    ("Ana Ruiz, a Hall of Fame pitcher, won the Senate election in Ohio with 52 percent of the vote.", "won", True),
    # an honour won is no office won, in a sentence with a word of elections ("nomination") too
    ("The nomination is her fourth, Ana Ruiz having won the Oscar for Best Actress in 2002.", "won", False),
    ("Ivan Petrov, who won an Oscar in 2019, won the presidential election in Peru.", "won", True),
    # a club is a private vote's only near election.event's trigger (its exclude_near), never in the whole sentence
    ("Ana Ruiz, a former club president, defeated Tom Hart in the mayoral election with 55% of the vote.", "won",
     True),
]


#: A non-political organisation's own vote (cues.yml org_vote: a church convention's messengers, a students' union,
#: a sport federation's member associations, a labour union's locals): its "presidential runoff" is no country's and
#: its winner wins no public office; in a document that names one, an election fact needs a public office named.
#: Near misses: the cue's words in a public election's story with its office, and look-alikes that are no cue
#: ("union members", "European Union", a party's congress or delegates).
ORG_VOTE = [
    ("The convention's messengers elected Pastor Ana Ruiz president in a runoff, giving her 3,120 votes.", "won", False),
    ("In the second presidential runoff, Tom Hale won with 4,102 votes out of 7,300 cast by the messengers.", "won",
     False),
    ("In the second presidential runoff, Tom Hale won with 4,102 votes out of 7,300 cast by the messengers.",
     "votes_received", False),
    ("Ivan Petrov was elected president of the Kenya Baptist Convention with 61 percent of the ballots.", "won", False),
    ("FIFA's member associations elected Karl Weber president in the second round with 120 votes.", "won", False),
    ("Marta Silva defeated Jonas Berg to win the UEFA presidency, taking 38 of the 55 votes.", "defeated", False),
    ("The IOC elected Lena Moreau its president on the first ballot with 49 votes.", "won", False),
    ("Sam Okoro was elected president of the students' union with 1,204 votes.", "won", False),
    ("Turnout in the student union elections rose to 21 percent. Priya Nair won the presidential race with 900 votes.",
     "won", False),
    ("Omar Haddad beat Lucy Tran by 40 votes in the student government election at the University of Lagos.",
     "defeated", False),
    ("Ballots were counted by local union, and Dan Price won the race for general president with 52 percent.", "won",
     False),
    # near misses: a public office its story names stands
    ("Ana Ruiz, a former FIFA official, was elected Mayor of Lyon with 54 percent of the vote.", "won", True),
    ("Tom Hale, a Baptist convention pastor, defeated Ivan Petrov to become Governor of Texas.", "defeated", True),
    ("Ana Ruiz, who once led her students' union, won the governor's race in Ohio with 51 percent of the vote.", "won",
     True),
    # ... and look-alikes that name no organisation's own vote
    ("Union members rallied as Ana Ruiz won the presidential election in Chile with 52 percent of the vote.", "won",
     True),
    ("The European Union congratulated Ivan Petrov, who won Ukraine's presidential election with 58 percent.", "won",
     True),
    ("Delegates at the party congress elected Ana Ruiz leader of the Labour Party with 1,020 votes.", "won", True),
    ("Ana Ruiz, a former student union president, was re-elected Senator for Oregon with 60 percent of the vote.",
     "won", True),
    ("Ana Ruiz, a former student union president, won re-election as Prime Minister of Canada on Monday.", "won",
     True),
]


@pytest.mark.parametrize("text, predicate, kept", ELECTION_CONTEXT + ORG_VOTE)
def test_facts_results_need_election_context(nlp, text, predicate, kept):
    assert any(f[0] == predicate for f in facts(nlp, text)) == kept, facts(nlp, text)


@pytest.mark.parametrize("score, kept", [(0.9, True), (0.3, False), (None, False)])
def test_facts_classifier_score_decides_a_document_without_cues(nlp, score, kept):
    doc = nlp.make_doc("Anna Kovac defeats Ivan Petrov, according to official results.")
    doc._.published = ANCHOR
    doc._.election_score = score
    for name, proc in nlp.pipeline:
        if name != "newsfacts_election_context":  # the score is the test's
            doc = proc(doc)
    assert any(f.predicate == "defeated" for f in doc._.facts) == kept


#: A sentence where a party's name labels both sides ("X, a Republican, ... Democrat Y") is about an election, even
#: in a document the classifier is unsure of; one label, or none, is not (facts.PARTY_LABELLED_MIN).
PARTY_LABELLED_SIDES = [
    ("Ana Ruiz, a Republican, won on Tuesday, beating Democrat Ivan Petrov.", True),
    ("Republican Ana Ruiz beat Democrat Ivan Petrov on Tuesday.", True),
    ("Ana Ruiz, a Republican, beat Ivan Petrov on Tuesday.", False),
    ("Democrat Ana Ruiz won the pie contest at the county fair, beating Ivan Petrov.", False),
    ("Anna Kovac defeats Ivan Petrov on Tuesday.", False),
]


@pytest.mark.parametrize("text, kept", PARTY_LABELLED_SIDES)
def test_facts_party_labels_on_both_sides_make_an_election(nlp, text, kept):
    doc = nlp.make_doc(text)
    doc._.published = ANCHOR
    doc._.election_score = 0.3  # unsure: the sentence decides
    for name, proc in nlp.pipeline:
        if name != "newsfacts_election_context":
            doc = proc(doc)
    assert any(f.predicate == "defeated" for f in doc._.facts) == kept, [(f.predicate, f.rule) for f in doc._.facts]


#: Who did what across documents about one election (the race gold's phrasings, in invented sentences):
#: (text, facts that must come out, facts that must not).
WHO = [
    # a share after "with" goes to the winner, not to the loser the verb puts before it
    ("In the Ohio governor race, Ana Ruiz defeats Ivan Petrov and Mia Lund with 52 percent of the vote.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")],
     [dict(predicate="votes_received", subject="Mia Lund"), dict(predicate="votes_received", subject="Ivan Petrov")]),
    ("In the mayoral election, Ana Ruiz beat Ivan Petrov with 12,345 votes.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes")],
     [dict(predicate="votes_received", subject="Ivan Petrov")]),
    ("In the mayoral election results, Ana Ruiz with 52%, Ivan Petrov with 45%.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52.0),
      dict(predicate="votes_received", subject="Ivan Petrov", value=45.0)], []),
    # a score after "by" is the two sides' counts, no margin; a count alone after "by" is the margin
    ("Ana Ruiz is elected as Taoiseach by 88 votes to 76.",
     [dict(predicate="won", subject="Ana Ruiz"),
      dict(predicate="votes_received", subject="Ana Ruiz", value=88, unit="votes")],
     [dict(predicate="won", value=88)]),
    ("Ana Ruiz defeats Ivan Petrov by 5,432 votes to 4,321 in the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=5432, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=4321, unit="votes")],
     [dict(predicate="won", value=5432), dict(predicate="defeated", value=5432)]),
    ("Ana Ruiz defeats Ivan Petrov by 5,432 votes in the mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", value=5432, unit="votes")],
     [dict(predicate="votes_received", value=5432)]),
    # who received the votes ran, not who reports them; a running mate for the office its title names
    ("Ana Ruiz says Ivan Petrov received 18 percent of the votes in the Lyon mayoral election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("In the Chilean presidential election, Tom Hart and Vice President Eva Stone received 232 electoral votes.",
     [dict(predicate="candidate", subject="Tom Hart", obj="President of Chile"),
      dict(predicate="candidate", subject="Eva Stone", obj="Vice President of Chile")],
     [dict(predicate="candidate", subject="Eva Stone", obj="President of Chile")]),
    # the agent after "by" requested the recount, not the name before the verb
    ('The campaign of president-elect Ana Ruiz called the planned recounts by Green nominee Ivan Petrov\'s campaign '
     'in the Chilean presidential election a "scam".',
     [dict(predicate="requested_recount", subject="Ivan Petrov")],
     [dict(predicate="requested_recount", subject="Ana Ruiz")]),
    ("Mayoral candidate Tom Hart criticised the recount requested by Ivan Petrov in Lyon.",
     [dict(predicate="requested_recount", subject="Ivan Petrov", obj="Mayor of Lyon")],
     [dict(predicate="requested_recount", subject="Tom Hart")]),
    ("Mayoral candidate Tom Hart criticised a recount by hand in Lyon.", [],
     [dict(predicate="requested_recount")]),
    # a joint ticket's figure goes to its head; a running mate gets it only for the office its title names
    ("Congress certifies the election of Ana Ruiz as President of Chile and Ivan Petrov as Vice President. "
     "Ruiz and Petrov received 306 electoral votes while President Tom Hart and Vice President Eva Stone received 232.",
     [dict(predicate="votes_received", subject="Ana Ruiz", obj="President of Chile", value=306, unit="votes"),
      dict(predicate="votes_received", subject="Tom Hart", obj="President of Chile", value=232, unit="votes"),
      dict(predicate="votes_received", subject="Eva Stone", obj="Vice President of Chile", value=232)],
     [dict(predicate="votes_received", subject="Ivan Petrov"),
      dict(predicate="votes_received", subject="Eva Stone", obj="President of Chile")]),
    # ... but names listed with commas are no ticket: the figure is the nearest name's
    ("In the Chilean presidential election, Ana Ruiz defeated Ivan Petrov, and Tom Hart received 3%.",
     [dict(predicate="votes_received", subject="Tom Hart", value=3.0)],
     [dict(predicate="votes_received", subject="Ivan Petrov")]),
    # a name's "(N votes)" is what the name received; a figure a comma parts from "ahead of" is the winner's, no lead
    ("Ana Ruiz (12,345 votes) defeats Ivan Petrov (10,234 votes) in the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=10234, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=10234)]),
    ("Ana Ruiz (52%) defeats Ivan Petrov (48%) in the Lyon mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=48.0, unit="percent")], []),
    ("Ana Ruiz won the primary with 45,210 votes, ahead of Ivan Petrov.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=45210, unit="votes")],
     [dict(predicate="leads", value=45210)]),
    # "X as O1 and Y as O2": each person to their own office
    ("Congress certifies the election of Ana Ruiz as President-elect of Chile and Ivan Petrov as Vice President.",
     [dict(predicate="certified", obj="Ana Ruiz", office="President of Chile"),
      dict(predicate="certified", obj="Ivan Petrov", office="Vice President of Chile"),
      dict(predicate="won", subject="Ivan Petrov", obj="Vice President of Chile")],
     [dict(predicate="won", subject="Ana Ruiz", obj="Vice President of Chile"),
      dict(predicate="won", subject="Ivan Petrov", obj="President of Chile")]),
    ("The Chilean parliament elects Ana Ruiz as President of Chile and Ivan Petrov as Vice President of Chile.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="won", subject="Ivan Petrov", obj="Vice President of Chile")],
     [dict(predicate="won", subject="Ivan Petrov", obj="President of Chile")]),
    ("Ana Ruiz served as Mayor of Lyon before the election of Ivan Petrov as President of France.",
     [dict(predicate="won", subject="Ivan Petrov", obj="President of France")],
     [dict(predicate="won", subject="Ana Ruiz")]),
    # "is confirmed as the winner", "is declared as the winner": a win; a winner still to be confirmed is none
    ("Ana Ruiz is confirmed as the winner of the Chilean presidential election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Ana Ruiz is expected to be confirmed as the winner of the Chilean presidential election.", [],
     [dict(predicate="won", subject="Ana Ruiz")]),
    # a title joined by "and" to the name's own title or descriptor is the name's too
    ("Green Party leader and former Prime Minister of Chile Ana Ruiz spoke.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of the Green Party"),
      dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Chile", qualifier="former")], []),
    ("Former Mayor of Lyon and lawyer Ana Ruiz is disbarred.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon", qualifier="former")], []),
    ("Former Governor of Ohio and actor Ana Ruiz and journalist Ivan Petrov announce their separation.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio", qualifier="former")],
     [dict(predicate="holds_office", subject="Ivan Petrov")]),
    ("The Mayor of Lyon and Ana Ruiz met.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    # ... and so is a title before "and" and the name's own title set off by a comma before the name
    ("Peru's deputy prime minister and economy minister, Ana Ruiz, spoke.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Deputy Prime Minister of Peru"),
      dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Economy of Peru")], []),
    ("The Chilean senator and a rival, Ana Ruiz, spoke.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Mayor of Lyon Ivan Petrov and lawyer Ana Ruiz met.",
     [dict(predicate="holds_office", subject="Ivan Petrov", obj="Mayor of Lyon")],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    # a name whose possessive owns a party is not the one who wins; one who owns a person is no party
    ("Ana Ruiz's ally Ivan Petrov wins the Chilean presidential election.",
     [dict(predicate="won", subject="Ivan Petrov", obj="President of Chile")], [dict(predicate="won", subject="Ana Ruiz")]),
    ("Ana Ruiz's ruling party wins the Chilean parliamentary election.", [], [dict(predicate="won", subject="Ana Ruiz")]),
    # ... nor the one defeated where the possessive owns a person: that person is
    ("Ana Ruiz wins the by-election, defeating Governor Ivan Petrov's nephew Tom Hart.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Tom Hart")],
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")]),
    ("Ana Ruiz is elected Speaker of the Peruvian Congress, defeating Prime Minister Ivan Petrov's candidate Tom Hart.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Tom Hart")],
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")]),
    ("Ana Ruiz defeats Ivan Petrov's bid for a third term as Mayor of Lima.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")], []),
    ("Ana Ruiz's rival Ivan Petrov campaigns in Lima for the mayoral election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lima")], []),
    # the office a sitting holder's title names is the one contested; a title held before is not
    ("Governor of Ohio Ana Ruiz wins the election by 3,000 votes.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    ("Former Governor of Ohio Ana Ruiz wins a special election for a congressional seat.",
     [dict(predicate="won", subject="Ana Ruiz"), dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")],
     [dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")]),
    # ... a title between the winner and the verb (an endorser's, an ally's) describes the winner's ties, not the
    # race; a title after the verb (the one unseated) still names it
    ("Ana Ruiz, endorsed by Governor Ivan Petrov of Ohio, wins the Republican primary.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")]),
    ("Ana Ruiz, an ally of President Ivan Petrov of Peru, wins the by-election.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")]),
    ("Ana Ruiz, supported by President Ivan Petrov of Peru, is elected.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")]),
    ("Ana Ruiz wins the by-election, unseating Governor Ivan Petrov of Ohio.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    # the "-elect" title names the office won, contested on its own or not; another's title wins nothing (in a
    # story that names the election or its result: won.elect_title's story_needs)
    ("Chilean Vice President-elect Ana Ruiz meets the press after the election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Vice President of Chile")], []),
    ("Chilean Prime Minister-elect Ivan Petrov names his cabinet after his victory.",
     [dict(predicate="won", subject="Ivan Petrov", obj="Prime Minister of Chile")], []),
    ("Chilean Vice President Ana Ruiz congratulates President-elect Ivan Petrov.",
     [dict(predicate="won", subject="Ivan Petrov", obj="President of Chile")], [dict(predicate="won", subject="Ana Ruiz")]),
    # a seat won is a legislature's, never a title someone holds: the winner's own, or another person's
    # (the chamber by its legislatures.jsonl name, as "French senator" names it)
    ("Mayor of Lyon Ivan Petrov is elected to the French Senate.",
     [dict(predicate="won", subject="Ivan Petrov", obj="Member of the Senate of France")], []),
    ("Mayor of Lyon Ivan Petrov is elected to parliament.",
     [dict(predicate="won", subject="Ivan Petrov")], [dict(predicate="won", subject="Ivan Petrov", obj="Mayor of Lyon")]),
    ("Chilean President Ivan Petrov's ally Ana Ruiz wins a seat in parliament.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")]),
    ("President of Chile Ana Ruiz is elected to a second term.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")], []),
    # a candidacy is for the race's office, never one the candidate holds; a re-election is for the held one
    ("Governor of Ohio Ana Ruiz becomes the 16th person to seek the nomination of the Green Party.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")]),
    ("Governor of Ohio Ana Ruiz seeks the nomination of the Green Party in the presidential election in Chile.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")]),
    # ... nor one no voter fills, named only as something she will not be (she runs, for no office her placed
    # title names: test_facts_candidate_without_office_only_in_an_unnamed_race); save one she is said to run for
    ("Former Prime Minister of Italy Ana Ruiz announces she will file nomination papers in the Italian general "
     "election. However, she will not serve as Prime Minister under the current President Ivan Petrov.",
     [dict(predicate="election", kind="general"), dict(predicate="candidate", subject="Ana Ruiz")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Prime Minister of Italy"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Italy")]),
    ("Former Prime Minister of Italy Ana Ruiz announces she will file nomination papers in the Italian general "
     "election, as a candidate for Prime Minister.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Prime Minister of Italy")], []),
    ("A court rules that Governor of Ohio Ana Ruiz can run for re-election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    # the race goes on (a runoff will be held): the first round's defeat stands, no one has won yet
    ("Ana Ruiz narrowly defeated Ivan Petrov in the Chilean presidential election. As neither candidate received a "
     "majority of the vote, a run-off will be held on 18 October.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")], [dict(predicate="won")]),
    ("Ana Ruiz narrowly defeated Ivan Petrov in the Chilean presidential election with 56% of the vote.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")], []),
    # a person's own campaign is a candidacy; a campaign someone only talks about is not
    ("The presidential campaign of Chilean Senator Ana Ruiz files a complaint about the Kim Lee presidential campaign.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Kim Lee", obj="President of Chile")], []),
    ("Ana Ruiz's campaign in the Chilean presidential election raised money.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Ana Ruiz criticised the presidential campaign in Chile.", [], [dict(predicate="candidate")]),
    # one who withdraws ran; a party's nomination is a primary
    ("Chilean presidential election: Ana Ruiz withdraws as a candidate for the Green nomination.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile", kind="primary")], []),
    ("Chilean presidential election: Ana Ruiz drops out of the race.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")],
     [dict(predicate="candidate", kind="primary")]),
    # "X VERB ... and endorses Y": the clause's subject endorses, however far
    ("Chilean presidential election: Ana Ruiz withdraws as a candidate for the Green nomination and endorses Ivan Petrov.",
     [dict(predicate="endorsed", subject="Ana Ruiz", obj="Ivan Petrov"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")], []),
    ("The Green Party of Chile withdraws its presidential candidate and endorses Ivan Petrov.",
     [dict(predicate="endorsed", subject="Green Party of Chile", obj="Ivan Petrov")], []),
    # the plural "endorse": every coordinated name endorses; a negated or refused endorsement is negative
    ("Ana Ruiz, Maria Moroz and Tom Hart endorse Ivan Petrov in the Chilean presidential election.",
     [dict(predicate="endorsed", subject="Ana Ruiz", obj="Ivan Petrov"),
      dict(predicate="endorsed", subject="Maria Moroz", obj="Ivan Petrov"),
      dict(predicate="endorsed", subject="Tom Hart", obj="Ivan Petrov")], []),
    ("Ana Ruiz and Maria Moroz drop out of the Chilean presidential race and endorse Ivan Petrov.",
     [dict(predicate="endorsed", subject="Ana Ruiz", obj="Ivan Petrov"),
      dict(predicate="endorsed", subject="Maria Moroz", obj="Ivan Petrov")], []),
    ("Ana Ruiz refuses to endorse Ivan Petrov in the Chilean presidential election.",
     [dict(predicate="endorsed", subject="Ana Ruiz", obj="Ivan Petrov", polarity="negative")],
     [dict(predicate="endorsed", polarity="positive")]),
    ("Ana Ruiz will endorse Ivan Petrov in the Chilean presidential election.", [], [dict(predicate="endorsed")]),
    # an office held once names no race of the story; a former candidate's adjective still does
    ("Former Lyon Mayor and lawyer Ana Ruiz is disbarred for her efforts to overturn the 2020 election.",
     [dict(predicate="election", date="2020")], [dict(predicate="election", subject="Mayor of Lyon")]),
    ("Lyon Mayor and lawyer Ana Ruiz is disbarred for her efforts to overturn the 2020 election.",
     [dict(predicate="election", subject="Mayor of Lyon", date="2020")], []),
    ("Former presidential candidate Ana Ruiz endorses Ivan Petrov for the Democratic nomination in Chile.",
     [dict(predicate="endorsed", subject="Ana Ruiz", obj="Ivan Petrov", office="President of Chile")], []),
    # "X-backed": a candidacy noun or the name itself after it is an endorsement in the race; an office held or a
    # trade is a side's ally, and backing someone's plan backs no candidacy (backing a bid does)
    ("The Green Party-backed candidate Ana Ruiz wins the presidential election in Chile.",
     [dict(predicate="endorsed", subject="Green Party", obj="Ana Ruiz", office="President of Chile")], []),
    ("Trade unions, led by the Green Party-backed mayor Ana Ruiz, strike ahead of the Chilean presidential election.",
     [], [dict(predicate="endorsed"), dict(predicate="candidate")]),
    ("The Chilean Senate backs President Ana Ruiz's plan to hold the presidential election in March.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")],
     [dict(predicate="endorsed"), dict(predicate="candidate")]),
    # "candidate for OFFICE NAME", "nominee for OFFICE, NAME,": the office is sought, not held; a name after a
    # comma that opens a clause ("..., Ivan Petrov said") is no apposition
    ("Independent candidate for president Ana Ruiz is nominated by the Green Party of Chile.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], [dict(predicate="holds_office")]),
    ("Democrats gained; their nominee for governor, Ana Ruiz, lost by five points in the Ohio governor election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")], [dict(predicate="holds_office")]),
    ("Ana Ruiz is the Green candidate for governor, Ivan Petrov said before the Ohio governor election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("The candidates met the governor, Ana Ruiz, before the Ohio governor election.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")], [dict(predicate="candidate")]),
    # a candidacy cue describes the name as a title does: a hedge on the clause's verb leaves it (not the win)
    ("The question of whether Chilean presidential candidate Ana Ruiz lied is raging ahead of the election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("If Green candidate Ana Ruiz wins the Chilean presidential election, taxes will rise.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], [dict(predicate="won")]),
    # a rival in the race runs; a rival of a lifetime need not
    ("Chilean President Ana Ruiz holds a lead over her main rival, Ivan Petrov, before the presidential election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")], []),
    ("Chilean President Ana Ruiz meets her longtime rival Ivan Petrov before the presidential election.",
     [], [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("The Green Party of Chile backs Ana Ruiz's bid for the presidency.",
     [dict(predicate="endorsed", subject="Green Party of Chile", obj="Ana Ruiz", office="President of Chile"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
]


@pytest.mark.parametrize("text, want, not_want", WHO)
def test_facts_who(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: "won by" is a passive's trigger ("was won by Y"), and it covers the win's "won"; where the passive names no one
#: and a figure follows "by" ("X won by 714 votes"), "by" cues the margin and "won" is the win's trigger after all.
WON_BY = [
    ("Ana Ruiz won by 714 votes in the mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", value=714, unit="votes")], []),
    ("Ana Ruiz won by a margin of 1,203 votes in the mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", value=1203, unit="votes")], []),
    ("The mayoral election was won by Ana Ruiz.", [dict(predicate="won", subject="Ana Ruiz")], []),
    # a passive that names no winner gives the name before it nothing, a figure after "by" or not
    ("Ana Ruiz says the mayoral election was won by the Green Party.", [], [dict(predicate="won", subject="Ana Ruiz")]),
    ("Ana Ruiz said the seat was won by an independent in the by-election.", [],
     [dict(predicate="won", subject="Ana Ruiz")]),
    ("Ana Ruiz says the seat was won by 714 votes in the by-election.", [],
     [dict(predicate="won", subject="Ana Ruiz")]),
    # a passive "won" never names its winner before it
    ("Ana Ruiz was won over by the campaign in the mayoral election.", [], [dict(predicate="won")]),
    # words that describe the margin between the article and "margin of" keep "by" the margin's
    ("Ana Ruiz won by a comfortable margin of 5,000 votes in the mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", value=5000, unit="votes")], []),
    ("Ana Ruiz won by the slim but decisive margin of 537 votes in the mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", value=537, unit="votes")], []),
    ("Ana Ruiz won by the razor-thin margin of 537 votes in the mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", value=537, unit="votes")], []),
    ("Ana Ruiz won by the modest margin of 4 points in the mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", value=4, unit="percent")], []),
    # ... never a passive's agent with no margin after it, nor a margin too far from its article
    ("Ana Ruiz says the mayoral seat was won by the popular young candidate of the Greens.", [],
     [dict(predicate="won", subject="Ana Ruiz")]),
    ("Ana Ruiz said the mayoral seat was won by the party that had cut the margin of error in polls.", [],
     [dict(predicate="won", subject="Ana Ruiz")]),
    # a place's vote won by a name the entity stages missed: the margin is that name's, not the earlier name's
    ("Voters went to the polls in the governor election. Democrats beat Governor Ana Ruiz in a state Dorn won "
     "by 30 points in 2016.", [], [dict(predicate="won", subject="Ana Ruiz")]),
    ("Voters went to the polls in the governor election. Democrats re-elected Governor Ana Ruiz in a state Dorn "
     "won by the more modest but still substantial margin of 20 points.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="won", subject="Ana Ruiz", value=20)]),
    # ... and a place described by a past win of its vote is no race's result: no won at all
    ("Voters went to the polls in the governor election. It is a state Mark Dorn won by 30 points in 2016.",
     [], [dict(predicate="won", subject="Mark Dorn")]),
    ("In the mayoral election, the county that Ana Ruiz won by 12 points swung to Ivan Petrov.",
     [], [dict(predicate="won", subject="Ana Ruiz")]),
    ("In the mayoral election, the district which Ana Ruiz won in 2019 backed Ivan Petrov.",
     [], [dict(predicate="won", subject="Ana Ruiz")]),
    # ... not a place noun before the name: the race's result
    ("In the mayoral election, the incumbent Ana Ruiz won by 12 points.",
     [dict(predicate="won", subject="Ana Ruiz", value=12, unit="percent")], []),
    ("Ana Ruiz of the Green Party won the mayoral election by 714 votes.",
     [dict(predicate="won", subject="Ana Ruiz", value=714, unit="votes")], []),
    ("Ana Ruiz, running as an Independent won the mayoral election by 714 votes.",
     [dict(predicate="won", subject="Ana Ruiz", value=714, unit="votes")], []),
]


@pytest.mark.parametrize("text, want, not_want", WON_BY)
def test_facts_won_by_a_figure_is_a_margin_not_a_passive(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: "polling" after a comma and right before a vote figure is what a candidate received (cues.yml poll_participles),
#: no opinion poll; "is polling 45%", "polling data" and a poll named elsewhere in the sentence stay polls.
POLLING = [
    ("Ana Ruiz won the by-election, polling 52% of the vote.",
     [dict(predicate="won", subject="Ana Ruiz"),
      dict(predicate="votes_received", subject="Ana Ruiz", value=52, unit="percent")], []),
    ("Ana Ruiz won the mayoral election, polling 12,345 votes against 11,200 for Ivan Petrov.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=11200, unit="votes")], []),
    ("Ana Ruiz topped the poll with 12,345 votes in the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes")], []),
    ("Ana Ruiz is polling 45% in the mayoral race.", [], [dict(predicate="votes_received")]),
    ("In the mayoral race, polling 45% of likely voters, Ana Ruiz leads Ivan Petrov by 3 points.", [],
     [dict(predicate="leads")]),
    ("Ana Ruiz won the mayoral election, polling 52%, while a poll had given her 40%.", [],
     [dict(predicate="votes_received")]),
    ("The candidates are close, polling data shows Ana Ruiz ahead of Ivan Petrov by 2,000 votes in the mayoral race.",
     [], [dict(predicate="leads")]),
    # before a count of votes, with no comma: a poll gives shares, never a count ("after polling 478,112 votes")
    ("Ana Ruiz was declared the winner of the governorship election after polling 478,112 votes.",
     [dict(predicate="won", subject="Ana Ruiz"),
      dict(predicate="votes_received", subject="Ana Ruiz", value=478112, unit="votes")], []),
    ("Ana Ruiz won the governorship election after polling over 2 lakh votes.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=200000, unit="votes")], []),
    # ... or a total of one ("after polling a total of 199,131 votes")
    ("The commission declared Ana Ruiz the winner of the governorship election after polling a total of 199,131 "
     "votes.",
     [dict(predicate="won", subject="Ana Ruiz"),
      dict(predicate="votes_received", subject="Ana Ruiz", value=199131, unit="votes")], []),
    ("Ana Ruiz won the mayoral election with 12,345 votes, according to polling by the university.", [],
     [dict(predicate="votes_received"), dict(predicate="won")]),
    ("Ana Ruiz is polling 45 percent of the vote in the governorship race.", [], [dict(predicate="votes_received")]),
]


@pytest.mark.parametrize("text, want, not_want", POLLING)
def test_facts_polling_a_figure_is_a_count_not_a_poll(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: "polls" right after a race's word is its vote (cues.yml race_polls), unless a word of a survey stands in the
#: sentence (poll_reports); a singular "poll" stays a survey.
RACE_POLLS = [
    ("After the landmark presidential polls in Peru, President Omar Khan congratulated Ana Ruiz for her victory.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Final counting from the presidential polls in Peru gave Ana Ruiz 55% of the vote.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=55, unit="percent")], []),
    # near misses: a survey's words, a singular poll
    ("The latest presidential polls show Ana Ruiz winning 45% of the vote in Peru.", [],
     [dict(predicate="votes_received"), dict(predicate="won")]),
    ("Presidential polls suggest Ana Ruiz wins the Peruvian runoff.", [], [dict(predicate="won")]),
    ("A presidential poll by the university gives Ana Ruiz 45% in Peru.", [], [dict(predicate="votes_received")]),
    # "the candidates in the poll" are those of the vote (cues.yml voting); a plural "polls" stays a survey
    ("Ana Ruiz wins election to a second term as mayor of Lima, topping the four other candidates in the poll.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")], []),
    ("Ana Ruiz wins, a survey says, leading the four other candidates in the polls for mayor of Lima.", [],
     [dict(predicate="won")]),
    # "polls" right after an office's name or a numbered date is the race's vote too (South Asian, African usage);
    # a "by-poll" is a by-election
    ("In the 2019 Lok Sabha polls, Ravi Menon defeated Anil Rao by 3.66 lakh votes.",
     [dict(predicate="defeated", subject="Ravi Menon", obj="Anil Rao", value=366000, unit="votes")], []),
    ("Kofi Mensah, who led his party into the December 7 polls in Ghana, obtained 6,730,413 votes.",
     [dict(predicate="votes_received", subject="Kofi Mensah", value=6730413, unit="votes")], []),
    ("In the Lahore by-poll, Ali Rahman got 68,181 votes while Imran Sadiq secured 76,681 votes.",
     [dict(predicate="votes_received", subject="Ali Rahman", value=68181, unit="votes"),
      dict(predicate="votes_received", subject="Imran Sadiq", value=76681, unit="votes")], []),
    # near misses: a weekday's polls, a survey's word beside the office's polls
    ("Ana Ruiz has 45 percent and Ivan Petrov 40 percent in the Monday polls for mayor of Lima.", [],
     [dict(predicate="votes_received")]),
    ("The latest Lok Sabha polls show Ravi Menon winning 45% of the vote.", [],
     [dict(predicate="votes_received"), dict(predicate="won")]),
    # a poll word that a result verb takes as its object is the vote itself (cues.yml poll_won)
    ("Ana Ruiz had won the March 4 poll with 50.07 percent of the vote.",
     [dict(predicate="won", subject="Ana Ruiz"),
      dict(predicate="votes_received", subject="Ana Ruiz", value=50.07, unit="percent")], []),
    ("Ana Ruiz won Sunday's poll in Ghana with 50.07 percent of the vote.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=50.07, unit="percent")], []),
    ("Ana Ruiz lost the 2019 poll to Ivan Petrov.", [dict(predicate="defeated", subject="Ivan Petrov", obj="Ana Ruiz")],
     []),
    # near misses: a straw poll, a readers' poll, a poll the verb does not take, a survey's lead
    ("Ana Ruiz won the Iowa straw poll with 31 percent.", [], [dict(predicate="votes_received"), dict(predicate="won")]),
    ("Ana Ruiz won the readers' poll with 40 percent of the vote.", [],
     [dict(predicate="votes_received"), dict(predicate="won")]),
    ("Ana Ruiz won, the poll says, with 45 percent.", [], [dict(predicate="votes_received")]),
    ("Ana Ruiz leads the poll with 45 percent.", [], [dict(predicate="votes_received")]),
]


@pytest.mark.parametrize("text, want, not_want", RACE_POLLS)
def test_facts_a_races_polls_are_its_vote(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: "respectively" pairs names and figures in order (votes_received.respectively): the nearest name's reading of a
#: figure gives way ("X, Y and Z received a 19%, 17% and 4.5% share": 19% is X's, never Z's), and the paired row
#: takes the office that reading named.
RESPECTIVE = [
    ("In the Labour Party leadership election, Ana Ruiz, Tom Hart and Ivan Petrov received a 19%, 17% and 4.5% share "
     "of the vote, respectively.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=19, unit="percent", obj="Leader of the Labour Party"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=4.5, unit="percent")],
     [dict(predicate="votes_received", subject="Ivan Petrov", value=19)]),
]


@pytest.mark.parametrize("text, want, not_want", RESPECTIVE)
def test_facts_respectively_pairs_names_and_figures_in_order(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A count in progress: who is leading or ahead "with" a share has it; the size of a lead stands before its noun or
#: after "to" ("grows to"); a name a lead's verb puts before "with" is behind and gets no share.
LEADING = [
    ("Preliminary results show Ana Ruiz leading with 1,234,567 votes, ahead of Ivan Petrov with 1,100,000.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=1234567, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=1100000, unit="votes")], []),
    ("Ana Ruiz is leading with 54% of the votes, followed by Ivan Petrov with 30%.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=54, unit="percent"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=30, unit="percent")], []),
    ("With 90% of the votes counted, Ana Ruiz is ahead with 54%, followed by Ivan Petrov with 30%.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=54, unit="percent")], []),
    ("Ana Ruiz's lead over Ivan Petrov in the presidential count grows to more than 120,000 votes.",
     [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=120000, unit="votes")], []),
    ("Ana Ruiz's lead over Ivan Petrov narrowed to 537 after the mayoral recount.",
     [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=537, unit="votes")], []),
    ("Ana Ruiz extends her lead over Ivan Petrov to 4 percentage points in the presidential count.",
     [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4, unit="percent")], []),
    ("Ana Ruiz holds a 3,000-vote lead over Ivan Petrov in the mayoral race.",
     [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=3000, unit="votes")], []),
    ("Ana Ruiz holds a 10-point lead over Ivan Petrov in the mayoral race.",
     [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=10, unit="percent")], []),
    # the one behind gets no share: the leader's "with" is hers; a figure between closes her part
    ("Ana Ruiz leads Ivan Petrov with 50.3% of the vote against 49.7%.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=50.3, unit="percent")],
     [dict(predicate="votes_received", subject="Ivan Petrov", value=50.3)]),
    ("Ana Ruiz trails Ivan Petrov with 40.1% of the vote in the mayoral count.", [],
     [dict(predicate="votes_received", subject="Ivan Petrov", value=40.1)]),
    ("Ana Ruiz leads the mayoral count with 45%, Ivan Petrov with 30%.",
     [dict(predicate="votes_received", subject="Ivan Petrov", value=30, unit="percent")], []),
    # the verb's score is no lead's size: "to" is the noun's cue
    ("Ana Ruiz leads Ivan Petrov 52,000 votes to 48,000 in the mayoral count.",
     [dict(predicate="votes_received", subject="Ivan Petrov", value=48000, unit="votes")],
     [dict(predicate="leads", value=48000), dict(predicate="leads", value=52000)]),
]


@pytest.mark.parametrize("text, want, not_want", LEADING)
def test_facts_leading_shares_and_lead_sizes(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A margin in points (figures.jsonl figure.points_*) is a share's margin: the win's and the lead's value, never a
#: share received; a game's points in the same words feed nothing. "52pc" is a share as "52%" is.
POINTS = [
    ("Ana Ruiz won the mayoral election by 12 points.",
     [dict(predicate="won", subject="Ana Ruiz", value=12, unit="percent")],
     [dict(predicate="votes_received")]),
    ("Ana Ruiz leads Ivan Petrov by 4 points in the mayoral race.",
     [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4, unit="percent")], []),
    ("Ana Ruiz defeated Ivan Petrov by just over 12 points in the mayoral election.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=12, unit="percent")],
     [dict(predicate="votes_received")]),
    ("Ana Ruiz won the mayoral election with 52pc of the vote.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52, unit="percent")], []),
    ("Ana Ruiz won the presidential election with 12k votes.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12000, unit="votes")], []),
    ("Ana Ruiz scored 30 points as the Lakers won by 12 points.", [],
     [dict(predicate="won"), dict(predicate="votes_received")]),
]


@pytest.mark.parametrize("text, want, not_want", POINTS)
def test_facts_points_margin_and_glued_share(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Vote counts written without their unit (figures.py, FigureMatcher._bare) feed the result rules as a count with
#: its unit would: a score to the two sides, a margin to the win or the lead, a receiving verb's count to its
#: subject, a rival's possessive count and a name's "(N)" to that name; a bare number out of those shapes feeds none.
BARE_COUNTS = [
    ("Ana Ruiz defeats Ivan Petrov 12,345 to 10,234 in the mayoral runoff in Lima.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=10234, unit="votes")],
     [dict(predicate="won", value=12345), dict(predicate="defeated", value=12345),
      dict(predicate="votes_received", subject="Ivan Petrov", value=12345)]),
    # a score a comma puts after the result's clause: the first count is the winner's, the second the loser's
    ("Ana Ruiz wins the mayoral runoff in Lima, 12,345 to 10,234.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes")],
     [dict(predicate="votes_received", value=10234), dict(predicate="won", value=12345)]),
    ("Ana Ruiz defeats Ivan Petrov in the mayoral runoff in Lima, 12,345 to 10,234.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=10234, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=10234)]),
    ("Ana Ruiz defeats Ivan Petrov by 5,432 to 4,321 in the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=5432, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=4321, unit="votes")],
     [dict(predicate="won", value=5432), dict(predicate="defeated", value=5432)]),
    ("Ana Ruiz is elected Speaker by a vote of 216–212.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=216, unit="votes")],
     [dict(predicate="won", value=216), dict(predicate="votes_received", value=212)]),
    ("Ana Ruiz won the mayoral election by a margin of 1,203.",
     [dict(predicate="won", subject="Ana Ruiz", value=1203, unit="votes")],
     [dict(predicate="votes_received")]),
    ("Ana Ruiz leads Ivan Petrov by 537 with all precincts reporting in the mayoral election.",
     [dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=537, unit="votes")],
     [dict(predicate="votes_received")]),
    ("Ana Ruiz trails Ivan Petrov by 74 in the recount of the mayoral race.",
     [dict(predicate="leads", subject="Ivan Petrov", obj="Ana Ruiz", value=74, unit="votes")], []),
    ("Ana Ruiz is elected mayor with 8,912 votes, beating Ivan Petrov, who received 7,450.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=8912, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=7450, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=7450)]),
    ("Ana Ruiz wins the mayoral election with 12,345 to Ivan Petrov's 10,234.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=10234, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=10234)]),
    # a count a comma parts from "ahead of" is the winner's, no margin
    ("Ana Ruiz won the primary with 45,210, ahead of Ivan Petrov's 40,118.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=45210, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=40118, unit="votes")],
     [dict(predicate="leads", value=45210)]),
    ("Ana Ruiz (12,345) defeats Ivan Petrov (10,234) in the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=10234, unit="votes")], []),
    # the count right before "for" is the name's after it, with its unit or without
    ("Ana Ruiz received 1,234,567 against 987,654 for Ivan Petrov in the presidential election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=1234567, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=987654, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=987654)]),
    ("Ana Ruiz won with 52,000 votes against 48,000 for Ivan Petrov in the mayoral election.",
     [dict(predicate="votes_received", subject="Ivan Petrov", value=48000, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=48000)]),
    ("Final results give Ana Ruiz 2.1 million and Ivan Petrov 1.9 million in the presidential election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=2_100_000, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=1_900_000, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=1_900_000)]),
    # negatives: an age, a game, a poll, a division
    ("Ana Ruiz (52) defeats Ivan Petrov in the mayoral election.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")], [dict(predicate="votes_received")]),
    ("Ana Ruiz beat Ivan Petrov 112 to 98 in the game after the election.", [], [dict(predicate="votes_received")]),
    ("Ana Ruiz leads Ivan Petrov by 8 in the latest poll for the presidential election.", [],
     [dict(predicate="leads", value=8)]),
    ("The Senate confirms Ana Ruiz 52-48.", [], [dict(predicate="votes_received")]),
    # a division's tally with its "vote" is a figure (figure.tally) no rule reads: no share, no margin, no election
    ("The Senate confirms Ana Ruiz as Attorney General by a vote of 52–48.", [],
     [dict(predicate="votes_received"), dict(predicate="won"), dict(predicate="election")]),
    ("Ana Ruiz is elected Speaker of the Zembla Assembly by MPs in a 235–1 vote.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="votes_received"), dict(predicate="won", value=235)]),
    ("Ana Ruiz beat Ivan Petrov in a 235–101 vote of the assembly.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")], [dict(predicate="votes_received")]),
    ("The lower house passes the budget bill with a 301–12 vote as Ana Ruiz looks on.", [],
     [dict(predicate="votes_received"), dict(predicate="election")]),
]


@pytest.mark.parametrize("text, want, not_want", BARE_COUNTS)
def test_facts_bare_counts_feed_the_result_rules(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Who beat whom, by structure: the winner and the loser of a defeat wherever the sentence puts them. A passive
#: names the loser before the verb, "with X defeating Y" is an absolute clause of its own and "against" after a win
#: names the loser; a sport's or a prize's winner is no election's.
BEAT = [
    ("In the Lyon mayoral election, Ana Ruiz and Ivan Petrov were defeated here, with Tom Hart defeating Ruiz.",
     [dict(predicate="defeated", subject="Tom Hart", obj="Ana Ruiz")],
     [dict(predicate="defeated", subject="Ivan Petrov"), dict(predicate="won", subject="Ivan Petrov"),
      dict(predicate="defeated", subject="Ana Ruiz")]),
    ("Ana Ruiz was narrowly defeated in the Lyon mayoral election.", [],
     [dict(predicate="defeated"), dict(predicate="won")]),
    # "against" after a win names the loser, and each one coordinated there
    ("Lyon mayoral election: Ana Ruiz wins with 52% against Deputy Mayor Ivan Petrov.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov"), dict(predicate="won", subject="Ana Ruiz")],
     [dict(predicate="defeated", subject="Ivan Petrov")]),
    ("Ana Ruiz wins a landslide in the Green Party mayoral primary in Lyon against the incumbent Ivan Petrov and "
     "Tom Hart.",
     [dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov"),
      dict(predicate="defeated", subject="Ana Ruiz", obj="Tom Hart")], []),
    # a sport's and a prize's winners beat nobody in an election
    ("The Lyon open ended with Kestrel defeating Velmar 6-3 in the final.", [], [dict(predicate="defeated")]),
    ("Ana Ruiz wins the Booker Prize against Ivan Petrov and four other writers.", [], [dict(predicate="defeated")]),
    ("Ana Ruiz wins the final 6-3 against Ivan Petrov.", [], [dict(predicate="defeated")]),
]


@pytest.mark.parametrize("text, want, not_want", BEAT)
def test_facts_who_beat_whom(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Contenders named beside a rival (newswire: "President Bush and Democratic challenger John Kerry"): the rival
#: runs (candidate.cue, through a title of no known place), and so does the one named with or measured against
#: the rival (candidate.and_rival); a rival of a lifetime, a rival party, a sport's or a prize's rival does not.
RIVALS = [
    ("President Ana Ruiz is in a dead heat with challenger Sen. Ivan Petrov in the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("President Ana Ruiz and Green challenger Ivan Petrov campaign before the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("The next term will bring little relief for President Ana Ruiz or rival Ivan Petrov after the Chilean "
     "presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Election results had President Ana Ruiz ahead of challenger Ivan Petrov in the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    # a cue that ends in a comma opens the next clause: the title after it is no candidate's
    ("After meeting the candidates, Sen. Ivan Petrov said the Chilean presidential election was fair.",
     [], [dict(predicate="candidate")]),
    ("Ana Ruiz and longtime rival Ivan Petrov sign a peace deal before the Chilean presidential election.",
     [], [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ana Ruiz and rival parties meet before the Chilean presidential election.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz and rival Ivan Petrov meet in the Wimbledon final.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz and rival Ivan Petrov are shortlisted for the Booker Prize.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz is in a legal battle with rival Ivan Petrov over the company.", [], [dict(predicate="candidate")]),
]


@pytest.mark.parametrize("text, want, not_want", RIVALS)
def test_facts_candidates_beside_a_rival(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A candidacy that names no office (predicates.yml `object_unless_unnamed`): kept where the document names
#: no contested office at all and the trigger aims at nothing else; (text, subject, kept).
OFFICELESS_CANDIDATES = [
    # a party's or a parliament's race: no one office to name
    ("A recount of the votes begins after contenders Ana Ruiz and Ivan Petrov reach a deal.", "Ivan Petrov", True),
    ("Tom Hart drops out of the race before the party ballot and endorses Ana Ruiz.", "Tom Hart", True),
    ("A runoff in the parliamentary election is called for 12 March between Ana Ruiz and Ivan Petrov.",
     "Ana Ruiz", True),
    # a prime minister's challenger: the race is a parliament's, never one for Prime Minister of Chile
    ("Chilean Prime Minister Ana Ruiz faces challenger Ivan Petrov in Sunday's election.", "Ivan Petrov", True),
    # the story names the office raced for, but no place for it: the fact would miss the office
    ("Presidential candidates Ana Ruiz and Ivan Petrov will face off in a second round vote.", "Ana Ruiz", False),
    ("The mayoral runoff is called for 12 March between Ana Ruiz and Ivan Petrov.", "Ana Ruiz", False),
    # the trigger aims at something that is no office
    ("Ana Ruiz, a candidate for the club's chair, spoke before the vote.", "Ana Ruiz", False),
    ("Ana Ruiz and Ivan Petrov plan to campaign for the local candidates before the vote.", "Ana Ruiz", False),
    # a party led by someone is no poll lead
    ("Voters go to the polls, with the Green Party led by Ana Ruiz hoping for a third term.", "Ana Ruiz", False),
    # a person's placed title names an office held, not the race: the candidacy stands where its sentence speaks of one
    ("Governor of Ohio Ana Ruiz withdraws her candidacy.", "Ana Ruiz", True),
    ("Former Chilean President Ivan Petrov wins the caucus. Ana Ruiz drops out of the race.", "Ana Ruiz", True),
    # ... not where it speaks of none ("seeks" a vote on a treaty, a get-out-the-vote campaign)
    ("Petrov seeks vote on trade pact. Chilean President Ivan Petrov says Chile should hold a referendum on it.",
     "Ivan Petrov", False),
    ("Singer Ana Ruiz follows the lead of Chilean President Ivan Petrov by taking her get-out-the-vote campaign "
     "to the provinces.", "Ivan Petrov", False),
    # ... nor beside a bare title, which may be the race's of no known place
    ("Mayor Ana Ruiz faces challenger Ivan Petrov in Sunday's vote.", "Ivan Petrov", False),
]


@pytest.mark.parametrize("text, subject, kept", OFFICELESS_CANDIDATES)
def test_facts_candidate_without_office_only_in_an_unnamed_race(nlp, text, subject, kept):
    found = facts(nlp, text)
    assert any(f[:3] == ("candidate", subject, None) for f in found) is kept, found
    assert not any(f[0] == "candidate" and f[2] is not None for f in found), found


#: One election, one row (SPEC.md): rows of a document that disagree on no field merge; rows that do stay apart.
#: (text, the election rows that must come out, as (subject, kind, date))
ONE_ROW = [
    # the kind from "a runoff", the date from "the vote set for": one row
    ("With no candidate above 50% in the Chilean presidential election, a runoff occurs between Ana Ruiz and "
     "Ivan Petrov, with the vote set for December 14.",
     [("President of Chile", "runoff", "2023-12-14")]),
    # the year of the election and the kind of its round
    ("In the 2004 Chilean presidential election, Ana Ruiz defeats Ivan Petrov in the run-off.",
     [("President of Chile", "runoff", "2004")]),
    # across sentences of one document
    ("Chilean general elections: the results of the third round are in. The last stage of the elections will be "
     "next Sunday.",
     [(None, "general", "2023-09-10")]),
    # near misses: two kinds, two dates, two offices are two elections
    ("Voters in Chile go to the polls for a general election, with Ana Ruiz and Ivan Petrov going through to the "
     "second round.",
     [(None, "general", None), (None, "runoff", None)]),
    ("After last year's election failed to give a majority, the King calls a new election for October 26.",
     [(None, None, "2022"), (None, None, "2023-10-26")]),
    # a first round is no runoff (not_kinds): the round held and the run-off to come are two elections
    ("The first round of the Chilean presidential election is held with eleven candidates on the ballot. As no "
     "candidate has won over 50% of the vote, a run-off between the first two will be held on October 18.",
     [("President of Chile", None, None), ("President of Chile", "runoff", "2023-10-18")]),
    ("Chileans vote in the first round of the presidential election. Ana Ruiz and Ivan Petrov advance to the "
     "second round.",
     [("President of Chile", None, None), ("President of Chile", "runoff", None)]),
    # offices coordinated before "will be held on" share the date: one row each, none left undated
    ("In Chile, a run-off for President and Vice President will be held on November 6.",
     [("President of Chile", "runoff", "2023-11-06"), ("Vice President of Chile", "runoff", "2023-11-06")]),
    # ... while a runoff's own row still takes the kind and date of the same round
    ("A run-off in the Chilean presidential election will be held on October 18 between the first two.",
     [("President of Chile", "runoff", "2023-10-18")]),
    # a body before a race noun is its members' office, unless another office stands between: one row
    ("Voters in Afghanistan go to the polls in the first post-Taliban presidential election.",
     [("President of Afghanistan", None, None)]),
    ("Israelis go to the polls in the Knesset election.", [("Member of the Knesset", None, None)]),
    # an election dated two or more years before the publication is an earlier one than the story's undated race
    ("Ana Ruiz wins the presidential election in Chile. She lost the 2017 election to Ivan Petrov.",
     [("President of Chile", None, None), ("President of Chile", None, "2017")]),
    ("Voters in Chile go to the polls for a presidential election, the first since the disputed 2016 election.",
     [("President of Chile", None, None), ("President of Chile", None, "2016")]),
    ("Chileans vote in a presidential election. In the last presidential election, in 2019, turnout was 49%.",
     [("President of Chile", None, None), ("President of Chile", None, "2019")]),
    ("Ana Ruiz wins the city's first mayoral runoff since switching to direct elections in 2005.",
     [(None, "runoff", None), (None, None, "2005")]),
    # near misses: last year's race, or a race to come, is still the story's one race
    ("Chilean presidential election, 2022: violence follows the presidential election.",
     [("President of Chile", None, "2022")]),
    ("2026 Chilean presidential election: Ana Ruiz says she will run in the presidential election.",
     [("President of Chile", None, "2026")]),
]


@pytest.mark.parametrize("text, rows", ONE_ROW)
def test_facts_one_row_per_election(nlp, text, rows):
    found = sorted(((f[1], f[6], f[5]) for f in facts(nlp, text) if f[0] == "election"), key=str)
    assert found == sorted(rows, key=str)


#: An office no one runs for (roles.jsonl `appointed`: ministers, a governor-general) is never an election
#: fact's office, though it is still held. (text, want, not_want)
APPOINTED = [
    ("Chile's interior minister says the general election is marred by violence.",
     [dict(predicate="election", kind="general")],
     [dict(predicate="election", subject="Minister of the Interior of Chile")]),
    ("Interior Minister Ana Ruiz of Chile says the general election is marred by violence.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of the Interior of Chile")],
     [dict(predicate="election", subject="Minister of the Interior of Chile")]),
    # a legislature's majority leader is chosen by a caucus, not by the voters
    ("Former U.S. House Majority Leader Ana Ruiz is convicted over fundraising for the 2002 Texas state elections.",
     [dict(predicate="holds_office", subject="Ana Ruiz",
           obj="Majority Leader of the United States House of Representatives", qualifier="former")],
     [dict(predicate="election", subject="Majority Leader of the United States House of Representatives")]),
    # an elected office beside the trigger is still the election's
    ("Chile's president says the presidential election is marred by violence.",
     [dict(predicate="election", subject="President of Chile")], []),
    # no voter elects a party leader or a prime minister (roles.jsonl `indirect`): an election that names no
    # office is not theirs (slot fallback "vote") ...
    ("Ana Ruiz is elected leader of the Green Party, making her its candidate in the Chilean general election.",
     [dict(predicate="election", subject=None, kind="general")],
     [dict(predicate="election", subject="Leader of the Green Party")]),
    ("After his victory in the general election, Ivan Petrov is sworn in as Prime Minister of Chile.",
     [dict(predicate="election", subject=None, kind="general")],
     [dict(predicate="election", subject="Prime Minister of Chile")]),
    # ... unless the vote is said to be for it
    ("Voters in Portugal go to the polls to select a candidate for Prime Minister.",
     [dict(predicate="election", subject="Prime Minister of Portugal")], []),
]


#: Offices coordinated after "elect" are each elected, the determiners between them looked through and "as well
#: as" read as "and"; an office after another word ("while") is not one of them; a member of parliament is named
#: after the country's legislature (lexicons/legislatures.jsonl). (text, want, not_want)
COORDINATED_OFFICES = [
    ("Citizens of Chile head to the polls to elect their president and the members of the National Assembly.",
     [dict(predicate="election", subject="President of Chile"),
      dict(predicate="election", subject="Member of the National Assembly of Chile")], []),
    ("Voters in Chile head to the polls to elect their president as well as the members of parliament.",
     [dict(predicate="election", subject="President of Chile"),
      dict(predicate="election", subject="Member of the National Congress of Chile")], []),
    ("Voters in Chile head to the polls to elect their president while the members of parliament are appointed.",
     [dict(predicate="election", subject="President of Chile")],
     [dict(predicate="election", subject="Member of the National Congress of Chile")]),

    # a body joined to an office after "elect" (offices.py): each race is of the kind the trigger's words say
    ("In Ecuador, a special election is held to elect the president and the National Assembly.",
     [dict(predicate="election", subject="President of Ecuador", kind="special"),
      dict(predicate="election", subject="Member of the National Assembly of Ecuador", kind="special")], []),
    ("In Ecuador, voters elect the president and the National Assembly.",
     [dict(predicate="election", subject="Member of the National Assembly of Ecuador")],
     [dict(predicate="election", subject="Member of the National Assembly of Ecuador", kind="special")]),
]


@pytest.mark.parametrize("text, want, not_want", COORDINATED_OFFICES)
def test_facts_coordinated_offices_are_each_elected(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A party's nomination is a candidacy for the office roles.jsonl gives it (the country's presidency), never the
#: office the candidate already holds; a nomination that names its own office keeps that one.
NOMINATIONS = [
    ("The Governor of Ohio Ana Ruiz becomes the 16th person to seek the nomination of the Republican Party.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")]),
    ("Governor of Ohio Ana Ruiz quits her campaign for the Republican Party nomination.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")], []),
    ("Utah Governor Ana Ruiz, Iowa Senator Ivan Petrov and Sam Reed announce runs for the Democratic nomination.",
     [dict(predicate="candidate", subject=name, obj="President of the United States")
      for name in ("Ana Ruiz", "Ivan Petrov", "Sam Reed")],
     [dict(predicate="candidate", subject=name, obj="Governor of Utah") for name in ("Ivan Petrov", "Sam Reed")]),
    ("Ohio Senator Ana Ruiz is running for the Democratic nomination for governor.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")]),
]


@pytest.mark.parametrize("text, want, not_want", NOMINATIONS)
def test_facts_party_nomination_is_a_candidacy_for_its_office(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", APPOINTED)
def test_facts_appointed_office_is_no_race(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An election's date given by a verb of scheduling that is not "held on": its new date when postponed, the deadline
#: it is held by, a named round's date; near misses: the results or a parliament's vote delayed (no election's date).
#: Of a year and a day beside the trigger, the day.
ELECTION_DATES = [
    # a voting verb before a day dates the election after "in", past a place and its preposition
    ("Polls open across Mongolia today in a snap parliamentary election.", "2025-09-20", "2025-09-20", True),
    ("Voters cast ballots in Chile on Sunday in the presidential runoff.", "2025-09-23", "2025-09-21", True),
    # near misses: a verb of another act before the place and the day is the clause's day, not the election's
    ("Police arrested protesters in Mongolia today in the run-up to the presidential election.", "2025-09-20",
     "2025-09-20", False),
    ("Ana Ruiz took a lead in Chile on Wednesday in the presidential election.", "2025-09-20", "2025-09-17", False),
    ("Presidential elections in Ruritania are postponed until April 2005.", "2004-10-15", "2005-04", True),
    ("The general election in Ruritania is postponed to August 5 due to the pandemic.", "2020-06-10", "2020-08-05", True),
    ("The Ruritanian parliamentary election has been delayed until 12 March.", "2020-01-10", "2020-03-12", True),
    ("Ana Ruiz resigns as Prime Minister of Ruritania. A leadership election will be held by the end of March 2024.",
     "2023-12-13", "2024-03", True),
    ("Ruritania held the first round of legislative elections. The final round will be held October 27.",
     "2013-08-11", "2013-10-27", True),
    ("Official results of the parliamentary elections have been delayed until July 8.", "2005-06-06", "2005-07-08", False),
    ("The vote on the budget in the Ruritanian parliament is postponed until Monday.", "2006-11-01", "2006-11-06", False),
    ("The trial of Ana Ruiz is postponed until April 2005.", "2004-10-15", "2005-04", False),
    # of a year and a day both beside the trigger, the day inside the year; a day of another year is not it
    ("Chile will hold the 2024 presidential election on March 5.", "2024-01-09", "2024-03-05", True),
    ("Chile will hold the 2024 presidential election on March 5, 2023.", "2024-01-09", "2023-03-05", False),
]


@pytest.mark.parametrize("text, published, date, dated", ELECTION_DATES)
def test_facts_election_date_of_schedule_verbs(nlp, text, published, date, dated):
    assert has(facts(nlp, text, published), "election", date=date) == dated, facts(nlp, text, published)


#: A story with no publication date (wire copy, a web page): a relative date has no value, yet dates its vote as in a
#: dated story; the row states no date. (text, election found undated, election found published 2004-09-10).
UNDATED_VOTES = [
    ("A bomb killed two people in Kandahar as Afghanistan prepares for next month's polls.", True, True),
    ("Voters in Chile go to the polls next week to choose a president.", True, True),
    # near misses: a poll that shows something is an opinion poll, and an election in general names no date
    ("A poll published last week shows Ana Ruiz ahead in Chile.", False, False),
    ("Thousands rally in Santiago, Chile, calling for new elections.", False, False),
]


@pytest.mark.parametrize("text, undated, dated", UNDATED_VOTES)
def test_facts_relative_date_of_an_undated_story_dates_its_vote(nlp, text, undated, dated):
    found = facts(nlp, text, None)
    assert has(found, "election") == undated, found
    assert not any(f[0] == "election" and f[5] is not None for f in found), found
    assert has(facts(nlp, text, "2004-09-10"), "election") == dated


#: holds_office from a title or an appositive: (text, want, not_want).
HOLDS_OFFICE = [
    # a hedge before a title is on the act, not on the title: the office is still held
    ("The Green Party plans to reject Chilean Prime Minister Ana Ruiz's budget.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Chile")], []),
    ("Ivan Petrov wants President of Chile Ana Ruiz to block the plan.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")], []),
    ("The council may ask Ana Ruiz, the Mayor of Lyon, to resign.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    # ... but an office hoped for is not held
    ("Ana Ruiz hopes to become the next Mayor of Lyon.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz is expected to be appointed as Prime Minister of Chile.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    # an "-elect" title names an office won, not yet held (office_not); the win is won.elect_title's
    ("President-elect Ivan Petrov of Chile announces his cabinet after the election.",
     [dict(predicate="won", subject="Ivan Petrov", obj="President of Chile")],
     [dict(predicate="holds_office", subject="Ivan Petrov")]),
    ("Ivan Petrov, the president-elect of Chile, names his cabinet.", [],
     [dict(predicate="holds_office", subject="Ivan Petrov")]),
    # ... another's title in the sentence, or the person's other title, still holds
    ("Chilean Vice President Ana Ruiz congratulates President-elect Ivan Petrov.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Vice President of Chile")],
     [dict(predicate="holds_office", subject="Ivan Petrov")]),
    ("Governor of Ohio and President-elect Ana Ruiz spoke.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")],
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of the United States")]),
    # a monarch's, an heir's and a chief justice's title before a name, or in apposition, is held; a monarch's is
    # no election's office (appointed)
    ("Jordan's King Ivan Petrov dissolved parliament ahead of the election.",
     [dict(predicate="holds_office", subject="Ivan Petrov", obj="King of Jordan")],
     [dict(predicate="election", subject="King of Jordan")]),
    ("The Saudi crown prince, Ivan Petrov, met the President of Chile.",
     [dict(predicate="holds_office", subject="Ivan Petrov", obj="Crown Prince of Saudi Arabia")], []),
    ("Pakistan's chief justice, Ana Ruiz, was reinstated.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Chief Justice of Pakistan")], []),
    # ... a monarch's, an envoy's or a chief justice's office is never the race of a vote that names none
    ("Pakistan's chief justice, Ana Ruiz, ruled that the election would go ahead on Sunday.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Chief Justice of Pakistan")],
     [dict(predicate="election", subject="Chief Justice of Pakistan")]),
    ("U.S. Ambassador to Iraq Ana Ruiz said the election would go ahead on Sunday.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="United States Ambassador to Iraq")],
     [dict(predicate="election", subject="United States Ambassador to Iraq")]),
    # ... while a chief justice's race written out is one (some states elect theirs)
    ("Voters in Alabama elected Ana Ruiz as chief justice of Alabama, defeating Tom Hart.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Chief Justice of Alabama")], []),
    ("U.S. Ambassador to Iraq Ana Ruiz said the election would be held on time.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="United States Ambassador to Iraq")], []),
    ("Ivan Petrov, Kazakhstan's Ambassador to Japan, met the President of Chile.",
     [dict(predicate="holds_office", subject="Ivan Petrov", obj="Ambassador of Kazakhstan to Japan")], []),
    ("Former U.S. Ambassador Ana Ruiz met the President of Chile.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    # ... not a surname, nor a first name the story's place would make a title
    ("Stephen King campaigned in Maine for the Senate election.", [],
     [dict(predicate="holds_office", obj="King of the United States")]),
    ("Sultan Ivan Petrov won the seat in Karachi, Pakistan.", [],
     [dict(predicate="holds_office", subject="Ivan Petrov")]),
    # an apposition's office past a lower-case head after its place ("the Lombardy region", "Kano state"), before
    # the name or after it; a party past a place's possessive and its describing words
    ("The president of the Lombardy region, Ivan Petrov, has reacted to the ruling.",
     [dict(predicate="holds_office", subject="Ivan Petrov", obj="President of Lombardy")], []),
    ("Ana Ruiz, the governor of Kano state, said the vote was peaceful.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Kano")], []),
    ("Ana Ruiz, leader of Italy's right-wing National Alliance, spoke in Rome.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of the National Alliance")], []),
    # near misses: a union's or a club's head, and a region's official who holds no office of ours
    ("Ana Ruiz, the leader of Kenya's biggest trade union, called a strike.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("The president of the Lombardy region's football club, Ivan Petrov, sacked the coach.", [],
     [dict(predicate="holds_office", subject="Ivan Petrov")]),
]


@pytest.mark.parametrize("text, want, not_want", HOLDS_OFFICE)
def test_facts_holds_office_phrasings(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An apposition's office may be followed by "in" and where it sits (cues.yml appositive_tail): (text, subject,
#: office or None for no holds_office of that subject).
APPOSITION_IN = [
    ("Ana Ruiz, a lawmaker in the Russian Duma, said the vote was fair.", "Ana Ruiz", "Member of the State Duma"),
    ("Ana Ruiz, an opposition lawmaker in Kenya, said the vote was fair.", "Ana Ruiz", "Member of the Parliament of Kenya"),
    ("Ivan Petrov, a member of parliament in Kenya, said the vote was fair.", "Ivan Petrov",
     "Member of the Parliament of Kenya"),
    ("Ivan Petrov, a parliamentarian in Kenya, said the vote was fair.", "Ivan Petrov",
     "Member of the Parliament of Kenya"),
    # near misses: "in" and a date names a past term, not an office held (appositive_tail_where) ...
    ("Tom Hart, a senator in the 1990s, said the Ohio vote was fair.", "Tom Hart", None),
    ("Tom Hart, the governor in 2004, said the Ohio vote was fair.", "Tom Hart", None),
    # ... and a tail may take the office back (appositive_tail_not)
    ("Ivan Petrov, the Kenyan president in exile, said the vote was a sham.", "Ivan Petrov", None),
    ("Ana Ruiz, the Kenyan prime minister in waiting, said the vote was a sham.", "Ana Ruiz", None),
]


#: A title set off by a comma before a name and a verb: the name's title, unless the story titles another person
#: so and the office has one holder at a time (a headline's list): (text, subject, office or None).
COMMA_TITLE_BEFORE_VERB = [
    ("Italian PM, Tom Hart open gas pipeline. ROME - Italy's Prime Minister Ana Ruiz and Libyan leader Tom Hart "
     "opened a gas pipeline.", "Tom Hart", None),
    ("Italian PM, Tom Hart open gas pipeline. ROME - Italy's Prime Minister Ana Ruiz and Libyan leader Tom Hart "
     "opened a gas pipeline.", "Ana Ruiz", "Prime Minister of Italy"),
    # near misses: no other holder told; the same person titled again; an office of many holders (a chamber's)
    ("Italian PM, Tom Hart open gas pipeline.", "Tom Hart", "Prime Minister of Italy"),
    ("The current Italian prime minister, Ana Ruiz is seeking a second term. Prime Minister Ana Ruiz spoke.",
     "Ana Ruiz", "Prime Minister of Italy"),
    ("US Senator, Ana Ruiz votes no. Senator Tom Hart of Ohio votes yes.", "Ana Ruiz",
     "Member of the United States Senate"),
]


@pytest.mark.parametrize("text, subject, office", COMMA_TITLE_BEFORE_VERB)
def test_facts_holds_office_comma_title_of_a_list(nlp, text, subject, office):
    found = facts(nlp, text)
    if office is None:
        expect(found, [], [dict(predicate="holds_office", subject=subject)])
    else:
        expect(found, [dict(predicate="holds_office", subject=subject, obj=office)])


@pytest.mark.parametrize("text, subject, office", APPOSITION_IN)
def test_facts_holds_office_apposition_in(nlp, text, subject, office):
    found = facts(nlp, text)
    if office is None:
        expect(found, [], [dict(predicate="holds_office", subject=subject)])
    else:
        expect(found, [dict(predicate="holds_office", subject=subject, obj=office)])


def _member(subject, office):
    return dict(predicate="holds_office", subject=subject, obj=office)


#: A legislator's office in apposition after the holder's party or standing, with its seat or party after it, or
#: a chamber's abbreviation right after the name: (text, want, not_want).
LEGISLATOR_APPOSITIONS = [
    ("Ana Ruiz, a Labour MP, resigns in Britain.",
     [_member("Ana Ruiz", "Member of Parliament of the United Kingdom")], []),
    ("Ana Ruiz, the Conservative MP for Wexbury, resigns in Britain.",
     [_member("Ana Ruiz", "Member of Parliament for Wexbury")], []),
    ("Ana Ruiz, a Republican congresswoman from Ohio, proposes a bill.",
     [_member("Ana Ruiz", "Member of the United States House of Representatives")], []),
    ("Ana Ruiz, a Likud lawmaker, resigns in Israel.", [_member("Ana Ruiz", "Member of the Knesset")], []),
    # a party named without the qualifier several countries' parties of that name share
    ("Ana Ruiz, a Centre Party MP, resigns in Finland.", [_member("Ana Ruiz", "Member of the Parliament of Finland")], []),
    ("Ana Ruiz, an outspoken opposition lawmaker, is arrested in Kampala, Uganda.",
     [_member("Ana Ruiz", "Member of the Parliament of Uganda")], []),
    ("Ana Ruiz, an independent MP, is arrested in Kampala, Uganda.",
     [_member("Ana Ruiz", "Member of the Parliament of Uganda")], []),
    # Kenya names its members by constituency, as Britain does (roles.jsonl seats)
    ("Ivan Petrov, the MP for Kisumu, is arrested in Nairobi, Kenya.",
     [_member("Ivan Petrov", "Member of Parliament for Kisumu")], []),
    ("Ana Ruiz, a lawmaker with the ruling party, resigns in Kenya.",
     [_member("Ana Ruiz", "Member of the Parliament of Kenya")], []),
    ("Ivan Petrov MP resigns in Britain.", [_member("Ivan Petrov", "Member of Parliament of the United Kingdom")], []),
    ("Ivan Petrov TD is arrested in Dublin, Ireland.", [_member("Ivan Petrov", "Member of Dáil Éireann")], []),
    # near misses: a company's "senior vice president" is no office; a lower-case office after a name without a
    # comma is the next clause's ("told Ana Ruiz senators would decide"); a party's supporter holds nothing
    ("The rocket is ready, said Ivan Petrov, senior vice president, in Washington.", [],
     [dict(predicate="holds_office", subject="Ivan Petrov")]),
    ("The court told Ana Ruiz senators would decide in Manila, Philippines.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, a Labour supporter, met MPs in Britain.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
]


#: A legislator's title before the seat its holder represents, then the name: (text, want, not_want).
TITLES_PAST_A_SEAT = [
    ("U.S. Representative from Hawaii Ana Ruiz ends her presidential campaign.",
     [_member("Ana Ruiz", "Member of the United States House of Representatives")], []),
    ("Senator from Ohio Ivan Petrov endorses Tom Hart.", [_member("Ivan Petrov", "Member of the United States Senate")], []),
    ("Senator representing Kano North, Ana Ruiz, moved a motion in Abuja, Nigeria.",
     [_member("Ana Ruiz", "Member of the Senate of Nigeria")], []),
    # near misses: a comma after the seat and none after the name ends a clause; a plural title; a lower-case seat
    ("Voters asked the senator from Ohio, Ana Ruiz said.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Lawmakers from Ohio Ana Ruiz and Tom Hart voted against the bill.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("The senator from the region Ana Ruiz met spoke in Ohio.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", TITLES_PAST_A_SEAT)
def test_facts_title_past_the_seat_its_holder_represents(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", LEGISLATOR_APPOSITIONS)
def test_facts_legislator_in_apposition(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An election that names its own place (a demonym or a place name right before the trigger) takes no office of
#: another country from elsewhere in the story (slot fallbacks "race" and "vote"); the same place, or none, keeps
#: it. (text, want, not_want)
OWN_PLACE = [
    ("Peruvian presidential hopeful Ana Ruiz says Lima watches the Chilean runoff election closely.",
     [dict(predicate="election", subject=None, kind="runoff")],
     [dict(predicate="election", subject="President of Peru")]),
    ("Peruvian presidential hopeful Ana Ruiz says Lima watches Chile's runoff election closely.",
     [dict(predicate="election", subject=None, kind="runoff")],
     [dict(predicate="election", subject="President of Peru")]),
    # the same country, or no place beside the trigger: the story's office stands
    ("Peruvian presidential hopeful Ana Ruiz says Lima watches the Peruvian runoff election closely.",
     [dict(predicate="election", subject="President of Peru", kind="runoff")], []),
    ("Peruvian presidential hopeful Ana Ruiz says Lima watches the runoff election closely.",
     [dict(predicate="election", subject="President of Peru", kind="runoff")], []),
    # a place before a preposition is not the election's own ("Chile before the runoff election")
    ("Peruvian presidential hopeful Ana Ruiz visits Chile before the runoff election.",
     [dict(predicate="election", subject="President of Peru", kind="runoff")], []),
    # a union's office is every member's election: "the Czech Republic vote" of a European Parliament election
    ("Voters in the European Union go to the polls for a European Parliament election. Voters in Latvia and the "
     "Czech Republic vote on May 24.",
     [dict(predicate="election", subject="Member of the European Parliament", date="2023-05-24")], []),
    # "the country's" names the country the story last named, which another country's told title does not replace
    ("Russian President Ivan Petrov visited Ukraine days before the country's presidential election.",
     [dict(predicate="election", subject="President of Ukraine")],
     [dict(predicate="election", subject="President of Russia")]),
    ("Ukrainian President Ivan Petrov spoke in Kyiv days before the country's presidential election.",
     [dict(predicate="election", subject="President of Ukraine")], []),
]


@pytest.mark.parametrize("text, want, not_want", OWN_PLACE)
def test_facts_election_named_by_its_own_place_takes_no_other_countrys_office(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An adjectival office is the story's race office (fallbacks "race", "vote") only before a race or candidacy word
#: within three words (race_nouns.tsv `offices`, `candidacy`) or before no lower-case word at all; "the
#: presidential palace", "a senatorial conviction" name no race. (text, want, not_want)
RACE_ADJECTIVE = [
    ("Protesters gather outside the presidential palace in Santiago before the 2022 election.",
     [dict(predicate="election", subject=None, date="2022")],
     [dict(predicate="election", subject="President of Chile")]),
    ("A court in Lima jails a former presidential couple over illegal funding during the 2022 by-election.",
     [dict(predicate="election", subject=None, kind="special", date="2022")],
     [dict(predicate="election", subject="President of Peru")]),
    # a candidacy word, a race noun after a coordinated adjective, a headline's capitals: the race's office
    ("Chilean presidential hopeful Ana Ruiz campaigns in Santiago before the 2022 election.",
     [dict(predicate="election", subject="President of Chile", date="2022")], []),
    ("Chile holds presidential and legislative elections. Turnout in the 2022 election is low.",
     [dict(predicate="election", subject="President of Chile", date="2022")], []),
    ("Chilean Presidential Election, 2022: turnout in the election is low.",
     [dict(predicate="election", subject="President of Chile", date="2022")], []),
]


@pytest.mark.parametrize("text, want, not_want", RACE_ADJECTIVE)
def test_facts_adjectival_office_names_a_race_only_before_a_race_word(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An endorsement whose sentence names no race office takes the endorsee's own title of a contested role
#: (fallback `object_title`): "X endorses President Y" is Y's race for the presidency; the endorser's title, a
#: former or an unelected title, a prize's or a party's race name none. (text, want, not_want)
ENDORSEE_TITLE = [
    ("Tom Hart ends his campaign and endorses Chilean President Ana Ruiz.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="endorsed", subject="Tom Hart", obj="Ana Ruiz", office="President of Chile")], []),
    ("Mayor of Lyon Tom Hart endorses Chilean President Ana Ruiz over Ivan Petrov.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")]),
    ("Tom Hart endorses former Chilean President Ana Ruiz.", [], [dict(predicate="candidate")]),
    ("Tom Hart endorses Chilean Foreign Minister Ana Ruiz.", [], [dict(predicate="candidate")]),
    ("Tom Hart drops out of the race for the Booker Prize and endorses Chilean President Ana Ruiz.", [],
     [dict(predicate="candidate")]),
    ("Tom Hart endorses Green Party leader Ana Ruiz in the party leadership contest.", [],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("Tom Hart endorses Chilean President Ana Ruiz's plan for a cycling race in Santiago.", [],
     [dict(predicate="candidate")]),
]


@pytest.mark.parametrize("text, want, not_want", ENDORSEE_TITLE)
def test_facts_endorsee_title_names_the_race(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A race named by a word of its body rather than its office: "the special congressional election" is a race for the
#: US House (roles.jsonl `race_adjectives`, only before a race noun); a congressional vote, hearing or a foreign
#: congress's election name no US seat. (text, want, not_want)
RACE_BODY_WORD = [
    ("Voters in Montana pick between Republican Ana Ruiz and Democrat Ivan Petrov in the special congressional election "
     "to replace Tom Hart, who is now President Trump's Secretary of the Interior.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Member of the United States House of Representatives"),
      dict(predicate="election", subject="Member of the United States House of Representatives", kind="special")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")]),
    ("Ana Ruiz wins the congressional race in Ohio's 3rd district.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Member of the United States House of Representatives")], []),
    ("Costa Rican president Ana Ruiz survives a congressional vote to lift her immunity.", [],
     [dict(predicate="won"), dict(predicate="candidate"), dict(predicate="election")]),
    ("A congressional hearing in Washington questions Ana Ruiz about the election.", [],
     [dict(predicate="candidate"), dict(predicate="election", subject="Member of the United States House of Representatives")]),
    ("Peru holds congressional elections on Sunday; Ana Ruiz's party wins the most seats.", [],
     [dict(predicate="election", subject="Member of the United States House of Representatives")]),
    # "House" before a race noun, capitalised only (roles.jsonl capitalised_race_adjectives): the US House's race
    ("Ana Ruiz wins the House race in Ohio's 3rd district.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Member of the United States House of Representatives")], []),
    ("Ana Ruiz is running in the most expensive House race in Texas.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Member of the United States House of Representatives")],
     []),
    ("Ana Ruiz won the house race at the county fair in Ohio.", [],
     [dict(predicate="won", obj="Member of the United States House of Representatives")]),
    ("Ana Ruiz won the White House race.", [dict(predicate="won", subject="Ana Ruiz", obj="President of the United States")],
     [dict(predicate="won", obj="Member of the United States House of Representatives")]),
    ("The House vote on the tax bill in Ohio was delayed, Ana Ruiz said.", [],
     [dict(predicate="election"), dict(predicate="won")]),
]


@pytest.mark.parametrize("text, want, not_want", RACE_BODY_WORD)
def test_facts_race_named_by_its_body_word(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A concession or a win "over" someone whose sentence names no race office takes the sentence's title of a
#: contested role (fallback incumbent), a vote share or an election campaign the subject's own one (fallback
#: subject_title): the incumbent who concedes, is beaten or polls ran for the office held; no
#: title, a minister's, or no election (a prize, a sport, a party's leadership contest, a plain "concedes that")
#: gives none. (text, want, not_want)
PARTICIPANT_TITLE = [
    ("Outgoing Chilean president Ana Ruiz concedes defeat to opposition candidate Ivan Petrov.",
     [dict(predicate="conceded", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Sen. Ivan Petrov claims a convincing victory over Chilean President Ana Ruiz in the election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Chilean Foreign Minister Ana Ruiz concedes defeat to Ivan Petrov in the election.",
     [dict(predicate="conceded", subject="Ana Ruiz")], [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Chilean President Ana Ruiz concedes that the economy is weak.", [], [dict(predicate="conceded")]),
    # ... even in a story of an election: a that-clause is a point granted (the verb, its parse and its conjunct)
    ("Ana Ruiz won the presidential election in Chile in 2019. In an interview, Ana Ruiz concedes that the economy "
     "is weak.", [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="conceded")]),
    ("Ivan Petrov lost the presidential election in Chile. Ivan Petrov, who won 45% of the vote, concedes that the "
     "count was fair.", [], [dict(predicate="conceded")]),
    ("Ivan Petrov lost the presidential election in Chile. Ivan Petrov thanks his voters and concedes that the "
     "count was fair.", [], [dict(predicate="conceded")]),
    ("Ivan Petrov lost the presidential election in Chile. Ivan Petrov thanks his voters and concedes the race.",
     [dict(predicate="conceded", subject="Ivan Petrov")], []),
    ("Chilean President Ana Ruiz concedes defeat in the race for the Booker Prize.", [], [dict(predicate="candidate")]),
    ("Chilean President Ana Ruiz wins the cycling race over Ivan Petrov.", [], [dict(predicate="candidate")]),
    ("Chilean President Ana Ruiz concedes the party leadership contest to Ivan Petrov.", [],
     [dict(predicate="candidate", obj="President of Chile")]),
    # a vote share or an election campaign of a titled person (fallback subject_title): the subject's own title only
    ("Incumbent Chilean President Ana Ruiz has won 90% of the vote with a 41% turnout.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="votes_received", subject="Ana Ruiz", obj="President of Chile", value=90.0)], []),
    ("Chilean President Ana Ruiz's election campaign raises money in Santiago.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("U.S. President Ana Ruiz says opposition leader Ivan Petrov won 45% of the vote in the election.", [],
     [dict(predicate="votes_received", subject="Ivan Petrov", obj="President of the United States")]),
    ("Russian President Ana Ruiz's campaign against corruption wins praise before the election.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Chilean President Ana Ruiz's military campaign in the north ends before the vote.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", PARTICIPANT_TITLE)
def test_facts_participant_title_names_the_race(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A candidacy that names no office takes the one office the other candidacies of its sentence name: one who ends a
#: campaign and endorses President Y ran in Y's race; an incumbent re-elected in a run-off with a challenger ran for
#: the challenger's office. Another sentence's, a prize's or a sport's race gives none. (text, want, not_want)
SIBLING_RACE = [
    ("Chilean Congressman Tom Hart ends his campaign and endorses Chilean President Ana Ruiz.",
     [dict(predicate="candidate", subject="Tom Hart", obj="President of Chile")], []),
    ("The electoral commission announces that incumbent Chilean President Ana Ruiz has been re-elected after winning "
     "51.2% of the votes in a run-off with challenger Ivan Petrov.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")], []),
    ("Tom Hart ends his campaign. Later Tom Hart endorses Chilean President Ana Ruiz.", [],
     [dict(predicate="candidate", subject="Tom Hart")]),
    ("Tom Hart drops out of the Booker Prize race and endorses Chilean President Ana Ruiz.", [],
     [dict(predicate="candidate", subject="Tom Hart")]),
    ("Cyclist Tom Hart drops out of the race and endorses Chilean President Ana Ruiz.", [],
     [dict(predicate="candidate", subject="Tom Hart")]),
]


@pytest.mark.parametrize("text, want, not_want", SIBLING_RACE)
def test_facts_candidacy_takes_its_sentences_one_race_office(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An election that names no office takes the one office of a contested role that the wins and candidacies of its
#: sentence name: the run-off an incumbent president wins, the date a president and a challenger race for. Not an
#: election of a body's seats, not one beside two races, nor one a prime minister's candidacy sits beside (no
#: voter elects one). (text, want, not_want)
SIBLING_ELECTION = [
    ("The electoral commission announces that incumbent Chilean President Ana Ruiz has been re-elected after winning "
     "51.2% of the votes in a second round run-off with challenger Ivan Petrov.",
     [dict(predicate="election", subject="President of Chile", kind="runoff")], []),
    ("Chilean President Ana Ruiz is in a statistical dead heat with challenger Sen. Ivan Petrov for the Nov. 2 "
     "election, a poll on Monday showed.",
     [dict(predicate="election", subject="President of Chile")], []),
    ("Governor Ana Ruiz of Ohio faces challenger Ivan Petrov in the runoff.",
     [dict(predicate="election", subject="Governor of Ohio", kind="runoff")], []),
    # near misses: a body's election, two races, an unelected office, another sentence's race
    ("Lima Mayor Ana Ruiz wins a second term as her party sweeps the 2023 municipal elections.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")],
     [dict(predicate="election", subject="Mayor of Lima")]),
    ("Governor Ana Ruiz of Ohio and Mayor Ivan Petrov of Lyon both face challengers in the runoff.", [],
     [dict(predicate="election", subject="Governor of Ohio"), dict(predicate="election", subject="Mayor of Lyon")]),
    ("Chilean Prime Minister Ana Ruiz faces challenger Ivan Petrov in the runoff.", [],
     [dict(predicate="election", subject="Prime Minister of Chile")]),
    ("Chilean President Ana Ruiz is re-elected. A runoff is held in Lima on Sunday.", [],
     [dict(predicate="election", subject="President of Chile", kind="runoff")]),
]


@pytest.mark.parametrize("text, want, not_want", SIBLING_ELECTION)
def test_facts_election_takes_its_sentences_one_race_office(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Who won, in phrasings of news text no rule was tuned on (AG World newswire, saved web pages, unannotated
#: current-events items): the winner stands after a verb of the voters ("Ohio Democrats re-elected Governor X") or
#: after "re-elected" used as an adjective. A name after another clause's verb did not win. (text, want, not_want)
FRESH_WINS = [
    ("Ohio Democrats re-elected Governor Ana Ruiz in a state the Republicans won by 30 points.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    ("Lyon voters reelected Ana Ruiz as mayor.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("The re-elected Mayor of Lyon Ana Ruiz names her deputies.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("Ana Ruiz is re-elected, defeating Ivan Petrov in the Lyon mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")], [dict(predicate="won", subject="Ivan Petrov")]),
    ("Ana Ruiz, re-elected in March, meets Ivan Petrov.", [], [dict(predicate="won", subject="Ivan Petrov")]),
    # a participle in apposition is a win of the name before it (won.apposed_participle) of an office in its own
    # clause, none past it (President Ivan Petrov's is his)
    ("Ana Ruiz, elected in 2018, met President Ivan Petrov in Lima.", [], [dict(predicate="won")]),
    ("Ana Ruiz, elected in 2018, met the Mayor of Lyon on Monday.", [], [dict(predicate="won")]),
    ("Ana Ruiz, elected in 2018, criticised the presidential election in Peru.", [], [dict(predicate="won")]),
    # ... and of the title the name has
    ("Lima Mayor Ana Ruiz, elected in 2018, met President Ivan Petrov.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")], [dict(predicate="won", obj="President of Peru")]),
]


@pytest.mark.parametrize("text, want, not_want", FRESH_WINS)
def test_facts_fresh_win_phrasings(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Candidacies in the phrasings of news writing beyond "runs for": the British "stands for re-election", "stands in
#: the election", "stands for the leadership", "seeks the presidency", a campaign for a legislature (its members' seat),
#: who is set to face or challenges a rival (through the rival's own title), the main contenders of an absolute
#: clause, a race "contested by" its candidates, one who "gets the backing of" a party and a running mate (for the
#: ticket's second place). A denied candidacy, a deputy, a voter in line, one who seeks talks, a will contested by
#: heirs and a relay team's running mate run for nothing. (text, want, not_want)
CANDIDACY_FORMS = [
    ("Ana Ruiz confirms she will stand for re-election as Mayor of London.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of London")], []),
    ("Ana Ruiz says she will not seek re-election as Mayor of London.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz will stand in the Peruvian presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz will not stand in the Peruvian presidential election.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz stood in line at the Lyon mayoral election.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz stands in for Ivan Petrov at the election for Mayor of Lyon.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ana Ruiz says she will stand for the Labour Party leadership.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Leader of the Labour Party")], []),
    ("Before the Lyon mayoral election, Ana Ruiz refused to stand for the national anthem.", [],
     [dict(predicate="candidate")]),
    ("Ana Ruiz announces she will seek the presidency of Peru in 2026.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz will seek talks with President Ivan Petrov before the presidential election in Peru.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ana Ruiz launches her campaign for the United States Senate in Ohio.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Member of the United States Senate")], []),
    ("Ana Ruiz is set to face Ivan Petrov in the presidential runoff in Peru on June 6.",
     [dict(predicate="candidate", subject=name, obj="President of Peru") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Peru holds the first round of its presidential election, with Ana Ruiz and Ivan Petrov as the main contenders.",
     [dict(predicate="candidate", subject=name, obj="President of Peru") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("The Republican Party picks Ana Ruiz to run against incumbent Governor of Ohio Ivan Petrov.",
     [dict(predicate="candidate", subject=name, obj="Governor of Ohio") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Ana Ruiz is expected to challenge Ivan Petrov for the Labour Party leadership.",
     [dict(predicate="candidate", subject=name, obj="Leader of the Labour Party") for name in ("Ana Ruiz", "Ivan Petrov")],
     []),
    ("Ana Ruiz will challenge Ivan Petrov for the leadership of the Labour Party.",
     [dict(predicate="candidate", subject=name, obj="Leader of the Labour Party") for name in ("Ana Ruiz", "Ivan Petrov")],
     []),
    ("Ana Ruiz will stand against Ivan Petrov in the Lyon mayoral election.",
     [dict(predicate="candidate", subject=name, obj="Mayor of Lyon") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Ana Ruiz said on Monday she would stand against opposition liberal Ivan Petrov in the Lyon mayoral election.",
     [dict(predicate="candidate", subject=name, obj="Mayor of Lyon") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Ana Ruiz stands against racism with Ivan Petrov before the Lyon mayoral election.", [],
     [dict(predicate="candidate")]),
    # an apposition and an auxiliary part the subject from its verb: still the verb's
    ("Ana Ruiz, the Green Party candidate, will stand against Ivan Petrov in the Lyon mayoral election.",
     [dict(predicate="candidate", subject=name, obj="Mayor of Lyon") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Incumbent President of Peru Ivan Petrov seeks a second term against Ana Ruiz in Sunday's election.",
     [dict(predicate="candidate", subject=name, obj="President of Peru") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Ivan Petrov, the chairman of the Lyon football club, seeks a second term.", [], [dict(predicate="candidate")]),
    ("The Peruvian presidential election is contested by Ana Ruiz and Ivan Petrov.",
     [dict(predicate="candidate", subject=name, obj="President of Peru") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("The will is contested by his heirs, Ana Ruiz and Ivan Petrov, after the mayoral election in Lyon.", [],
     [dict(predicate="candidate")]),
    ("Ana Ruiz gets the backing of the Socialist Party for the presidential election in Peru.",
     [dict(predicate="endorsed", subject="Socialist Party", obj="Ana Ruiz"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz gets the support of her family before the Lyon mayoral election.", [],
     [dict(predicate="endorsed"), dict(predicate="candidate")]),
    # a running mate runs for the ticket's second place, holds none, and the election stays the race's
    ("Ivan Petrov picks Ana Ruiz as his running mate in the Peruvian presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Peru")],
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Vice President of Peru"),
      dict(predicate="election", subject="Vice President of Peru")]),
    ("The Peruvian presidential candidate Ivan Petrov and his running mate Ana Ruiz hold a rally.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Peru"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru")],
     [dict(predicate="holds_office", subject="Ana Ruiz"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="Vice President of Peru")]),
    ("Ana Ruiz, his running mate, visits Lima before the Peruvian presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Peru")],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ivan Petrov, the Republican candidate for Governor of Ohio, names Ana Ruiz as his running mate.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Lieutenant Governor of Ohio")],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ivan Petrov was his running mate on the relay team.", [], [dict(predicate="candidate")]),
    # the name before "as" closes an apposition: not the mate's
    ("Ivan Petrov picks Ana Ruiz, the daughter of President Tom Hart, as his running mate in the Peruvian "
     "presidential election.", [], [dict(predicate="candidate", subject="Tom Hart")]),
]


@pytest.mark.parametrize("text, want, not_want", CANDIDACY_FORMS)
def test_facts_candidacy_forms_of_news_writing(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An honorific or rank between a candidacy cue (or the office it reaches through) and the name is the name's
#: (qualifiers.tsv honorific); without a cue, or after a sport's cue, it makes no candidate. (text, want, not_want)
HONORIFICS = [
    ("Green Party candidate Gen. Ana Ruiz holds a rally in Lyon.", [dict(predicate="candidate", subject="Ana Ruiz")], []),
    ("The Chilean presidential hopeful Dr. Ana Ruiz holds a rally in Santiago.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Former Green candidate for the Chilean presidency Gen. Ana Ruiz endorses Senator Ivan Petrov.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Challenger Rev. Ana Ruiz holds a rally in Lyon before the mayoral vote.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    # near misses: no cue before the honorific, or a sport's candidacy
    ("The supporters of Gen. Ana Ruiz rallied in Lyon before the mayoral vote.", [], [dict(predicate="candidate")]),
    ("MVP candidate Dr. Ana Ruiz scored twice before the mayoral vote in Lyon.", [], [dict(predicate="candidate")]),
]


#: A lead in the polls named after it, a bid "to be re-elected as" or "to retain" an office, and one who replaces
#: another as a party's candidate: each runs. A party "led by" someone, one leading a delegation, a bid to win a
#: marathon before a vote and one who replaces a minister run for nothing. (text, want, not_want)
LEADS_BIDS_REPLACEMENTS = [
    ("Ana Ruiz leads Ivan Petrov in the polls ahead of the Chilean presidential election.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Ana Ruiz has a ten-point lead over Ivan Petrov ahead of the Chilean presidential election, a poll found.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")], []),
    ("Ana Ruiz, who holds a sizable lead in some polls, campaigns before the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("The Green Party, led by Ana Ruiz, tops the polls before the Chilean presidential election.", [],
     [dict(predicate="candidate")]),
    ("Ana Ruiz, leading a delegation of mayors, discusses the polls before the Chilean presidential election.", [],
     [dict(predicate="candidate")]),
    ("Ana Ruiz is defeated in a bid to be re-elected as the mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("Ana Ruiz makes a bid to retain the Chilean presidency.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Ana Ruiz makes a bid to win the Lyon marathon before the mayoral election.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz makes a bid to be elected to the board of the football club.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz has replaced Ivan Petrov as the Green Party candidate for Mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("Ana Ruiz replaces Ivan Petrov as the Green Party's presidential candidate in Chile.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Ana Ruiz replaces Ivan Petrov as Minister of Finance of Chile before the presidential election.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    # a first round's winner runs on (and has won nothing yet); a cup's first round is no race
    ("Ana Ruiz wins the first round of the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], [dict(predicate="won")]),
    ("Ana Ruiz comes first in the first round of the Chilean presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], [dict(predicate="won")]),
    ("Ana Ruiz wins the first round of the cup.", [], [dict(predicate="candidate")]),
]


@pytest.mark.parametrize("text, want, not_want", LEADS_BIDS_REPLACEMENTS)
def test_facts_candidacy_leads_bids_and_replacements(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A "he" or "she" before a candidacy trigger, with no name between (predicates.yml pronoun_subject): the nearest name
#: before it in its sentence, else the one person of the sentence before. A possessor's pronoun, two people before,
#: none before, or a pronoun after another word than the sentence's start ("Later, she") stand for no one.
#: (text, want, not_want)
PRONOUN_SUBJECTS = [
    ("Ana Ruiz resigns as Mayor of Lyon. She will run for President of France in the 2027 election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of France")], []),
    ("Former Chilean President Ana Ruiz returns to Santiago. She announces her candidacy for the presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("The mayor of Lyon, Ana Ruiz, also announces that she will resign on Friday to focus on running for President of "
     "France.", [dict(predicate="candidate", subject="Ana Ruiz", obj="President of France")], []),
    ("Ana Ruiz visits Lyon. She says that she will run for Mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("Ivan Petrov's wife, a former teacher, says she will run for Mayor of Lyon.", [], [dict(predicate="candidate")]),
    ("Ivan Petrov says that after long talks with his family and many friends she will run for Mayor of Lyon.", [],
     [dict(predicate="candidate")]),
    ("Ana Ruiz and Ivan Petrov meet in Lyon. She will run for Mayor of Lyon.", [], [dict(predicate="candidate")]),
    ("The Lyon mayoral election is set for May. She will run for Mayor of Lyon.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz visits Lyon. Later, she will run for Mayor of Lyon.", [], [dict(predicate="candidate")]),
]


#: An interruption set off by commas right after a name (", a former mayor of Lyon,", ", who ...,") does not put the
#: name's verb, or a trigger after it, any farther away: its words leave the subject's distance and a pronoun's
#: reach. A comma clause that is no interruption (no opener, no office after the comma) still counts in full.
#: (text, want, not_want)
INTERRUPTED_SUBJECTS = [
    ("Ana Ruiz, the current President of the Senate, accepts the offer of Ivan Petrov to stand as a candidate for "
     "Prime Minister of Italy.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Prime Minister of Italy")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("Ana Ruiz, a former mayor of Lyon, announces that she is running for President of France.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of France")], []),
    ("Ivan Petrov, who led the Green Party for a decade, says in Lyon that he will run for President of France.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of France")], []),
    # a past race's place: "runner-up in ..." describes the name before it
    ("Chile votes for a new president. Ana Ruiz, runner-up in the 2015 and 2020 elections, is expected to win.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    # an adverb of degree after the auxiliary: the verb still follows the interruption
    ("Ana Ruiz, who has spearheaded moves to expropriate white-owned land for redistribution to poor farmers, is "
     "virtually guaranteed victory in Peru's presidential polls next week.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")], []),
    # ... but not an adverb of the fronted phrase's main clause: the name there is no subject
    ("In a long letter to Ana Ruiz, the party chairman wrote on Monday, after months of talks with farmers, that he is "
     "virtually guaranteed victory in Peru's presidential polls next week.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    # near misses: a name that ends a fronted phrase is followed by the main clause, not by words about it
    ("After a meeting with Ana Ruiz, the Green Party said on Monday, in Lyon, that a banker would stand as a "
     "candidate for Prime Minister of Italy.", [], [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("In a letter to Ana Ruiz, the party chairman wrote on Monday, after long talks, that he is running for "
     "President of France.", [], [dict(predicate="candidate", subject="Ana Ruiz")]),
    # ... and with no interruption after the name, the trigger is as far as its words make it
    ("Ana Ruiz spoke to reporters in Lyon on Monday, and the Green Party agreed that a banker would stand as a "
     "candidate for Prime Minister of Italy.", [], [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ana Ruiz met the Green Party's leaders in Lyon on Monday, and they agreed that someone else would stand as a "
     "candidate for President of France.", [], [dict(predicate="candidate", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", INTERRUPTED_SUBJECTS)
def test_facts_interruption_after_a_name_is_no_distance(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A name after "the offer of", "the invitation of" (cues.yml agent_nouns) is the agent of an act another takes up,
#: never the subject of the candidacy after it. (text, want, not_want)
AGENTS_OF_OFFERS = [
    ("Ana Ruiz accepts the offer of Ivan Petrov to stand as a candidate for Prime Minister of Italy.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Prime Minister of Italy")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("Ana Ruiz accepts the invitation of Ivan Petrov to run for Mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    # a name after "of" another noun stays the subject
    ("The brother of Ana Ruiz, Ivan Petrov, will run for Mayor of Lyon.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")], []),
]


@pytest.mark.parametrize("text, want, not_want", AGENTS_OF_OFFERS)
def test_facts_agent_of_an_offer_is_no_candidate(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", PRONOUN_SUBJECTS)
def test_facts_candidacy_pronoun_subject(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", HONORIFICS)
def test_facts_candidacy_cue_through_honorifics(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A cue list indexed by first word finds what a scan of every phrase finds: a one-word cue anywhere, a longer
#: one only as consecutive words, never its words apart or out of order.
@pytest.mark.parametrize("phrases, words, found", [
    ([("may",), ("could", "be")], ["it", "could", "be", "close"], True),
    ([("may",), ("could", "be")], ["it", "may", "rain"], True),
    ([("could", "be")], ["be", "could"], False),
    ([("could", "be")], ["could", "well", "be"], False),
    ([("could", "be"), ("could", "not")], ["could", "not"], True),
    ([("is", "expected", "to")], ["is", "expected"], False),
    ([], ["anything"], False),
    ([()], [], True),
])
def test_phrases_found_in(phrases, words, found):
    from pipeline.nlp.components.facts import _contains, _Phrases

    assert _Phrases(phrases).found_in(words) is found
    assert any(_contains(words, p) for p in phrases) is found


#: Wins and elections in the genre's other phrasings: a term secured, a seat or an office held on to, the first
#: woman elected, chosen as, voters who elect X as, a share taken to win, a sweep to victory; a race or contest
#: named by its office, the race for an office, a date set "as the date of" an election. Their near misses (a
#: sport's race, a club's contest, a title retained, "Prime Minister- elect X", an office not after "as") give
#: none. (text, want, not_want)
WIN_AND_RACE_FORMS = [
    # a runoff won stands beside a first round named in its sentence; a round won is no office (test_facts_not_facts)
    ("Ana Ruiz wins the runoff of the Peruvian presidential election after no candidate won a majority in the first "
     "round.", [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("In the first round, Ivan Petrov won 20%; Ana Ruiz wins the Peruvian presidential runoff with 55% of the vote.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    # a win in the first round, or on the first ballot, is a win outright
    ("Ana Ruiz wins in the first round of the Peruvian presidential election with 55% of the vote.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("The Labour Party elects Ana Ruiz as its leader at its convention; Ana Ruiz wins on the first ballot.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Leader of the Labour Party")], []),
    ("Ana Ruiz secures a second term as President of Peru.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Club chairman Ana Ruiz secures a second term at Real Madrid after the vote.", [], [dict(predicate="won")]),
    ("Ana Ruiz retains her seat in the Peruvian Congress.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Member of the Congress of the Republic of Peru")], []),
    # a seat flipped, taken from the party that held it, is won where it names its office (won.flips_seat); a flip of
    # anything else, a party's flip or a hedged one wins nothing
    ("Ana Ruiz flipped the Senate seat in Ohio.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Member of the United States Senate")], []),
    ("In the United Kingdom, Labour's Ana Ruiz flips the Peterborough seat from the Conservative Party in a "
     "by-election.", [dict(predicate="won", subject="Ana Ruiz", obj="Member of Parliament for Peterborough")], []),
    ("Ana Ruiz flipped his seat cushion on the flight to Ohio.", [], [dict(predicate="won")]),
    ("Ana Ruiz flipped the script in the Senate debate in Ohio.", [], [dict(predicate="won")]),
    ("The Democrats flipped the Senate seat in Ohio, Ana Ruiz said.", [], [dict(predicate="won")]),
    ("Ana Ruiz could flip the Senate seat in Ohio.", [], [dict(predicate="won")]),
    # a seat taken, gained or seized that names its office right after the verb is won (won.takes_seat); a seat one
    # sits in ("takes her seat"), one next to someone, a party's gain or an appointment is none
    ("In the United Kingdom, Ana Ruiz, the Labour candidate, takes the Peterborough seat with a majority of 4,000.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Member of Parliament for Peterborough")], []),
    ("Ana Ruiz gained the Senate seat in Ohio for the Democrats.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Member of the United States Senate")], []),
    ("In the United Kingdom, Ana Ruiz takes her seat in the House of Commons.", [], [dict(predicate="won")]),
    ("In the United Kingdom, Ana Ruiz took the seat next to Ivan Petrov in the House of Commons.", [],
     [dict(predicate="won")]),
    ("In the United Kingdom, Labour takes the Peterborough seat from the Conservatives, Ana Ruiz said.", [],
     [dict(predicate="won")]),
    ("Ana Ruiz takes the Senate seat vacated by Ivan Petrov after being appointed by the governor of Ohio.", [],
     [dict(predicate="won")]),
    ("Ana Ruiz holds on to the governorship of Ohio.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    ("Ana Ruiz retains her title at Wimbledon after the election.", [], [dict(predicate="won")]),
    ("Ana Ruiz holds on to the lead in the match on election day.", [], [dict(predicate="won")]),
    ("Ana Ruiz holds on to the presidency of Peru after a no-confidence vote.", [], [dict(predicate="won")]),
    ("Ana Ruiz becomes the first woman elected President of Peru.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Peru swears in Ana Ruiz as its first female elected President.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz became the first woman elected to lead the football club after the vote.", [],
     [dict(predicate="won")]),
    ("Ana Ruiz is chosen as the new President of Peru by the electoral college.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz is chosen as the party's candidate for President of Peru.", [], [dict(predicate="won")]),
    ("Ana Ruiz is chosen as Foreign Minister of Peru after the election.", [], [dict(predicate="won")]),
    ("Ana Ruiz is chosen as Prime Minister of Peru by President Ivan Petrov after the election.", [],
     [dict(predicate="won")]),
    ("Voters in Peru elect Ana Ruiz as their new president.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Peruvians elect Ana Ruiz as president.", [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Pakistani Prime Minister- elect Ivan Petrov meets the president after the election.", [],
     [dict(predicate="won")]),
    # ... the hyphen glued to the word before: no act of electing, no election of the office after the name
    ("Pakistani Prime Minister- elect Ivan Petrov meets the President of Peru.", [],
     [dict(predicate="election", subject="President of Peru")]),
    ("The United States will help Palestinians elect a successor to Ivan Petrov in the election.", [],
     [dict(predicate="won")]),
    ("Member states elect Djiboutian foreign minister Ivan Petrov as the organization's chairperson in a vote.", [],
     [dict(predicate="won")]),
    ("Delegates elect Ivan Petrov to be the President of Russian Football Union in a vote.", [],
     [dict(predicate="won")]),
    ("Ana Ruiz takes 54% of the vote to win the Peruvian presidency.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru", value=None),
      dict(predicate="votes_received", subject="Ana Ruiz", value=54.0)], []),
    ("Ana Ruiz got 30% of the vote, not enough to win the Peruvian presidency.", [], [dict(predicate="won")]),
    ("Ana Ruiz needs 50% of the vote to win the Peruvian presidency outright.", [], [dict(predicate="won")]),
    ("Ana Ruiz comes out on top in the Peruvian presidential election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz sweeps to victory in the Peruvian presidential election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz comes out on top in the final against Ivan Petrov.", [], [dict(predicate="won")]),
    # a headline drops "is"; an apposition's participle names no office
    ("Ana Ruiz elected as Peru's new president.", [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")],
     []),
    ("Ana Ruiz re-elected Mayor of Lima.", [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")], []),
    ("Ana Ruiz, re-elected in March, meets Ivan Petrov after the vote.", [], [dict(predicate="won")]),
    ("Ana Ruiz is voted in as Mayor of Lima.", [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")], []),
    ("Ana Ruiz is named the winner of the mayoral election in Lima.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")], []),
    ("Ana Ruiz is named the winner of the Booker Prize.", [], [dict(predicate="won")]),
    # a victory secured or obtained is a result, one claimed is not, nor a sport's
    ("Ana Ruiz obtains a clear victory in the Peruvian presidential election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz secures a landslide win in the Peruvian presidential election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")], []),
    ("Ana Ruiz claims a landslide victory in the Peruvian presidential election.", [], [dict(predicate="won")]),
    ("Ana Ruiz secures a victory in the French Open final.", [], [dict(predicate="won")]),
    ("The mayoral race in Lima is too close to call.", [dict(predicate="election", subject="Mayor of Lima")], []),
    ("Ana Ruiz wins the mayoral race in Lima.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima"),
      dict(predicate="election", subject="Mayor of Lima")], []),
    ("Ana Ruiz leads the governor's race in Ohio before the vote.",
     [dict(predicate="election", subject="Governor of Ohio")], []),
    ("Counting is under way in the mayoral contest in Lima.", [dict(predicate="election", subject="Mayor of Lima")],
     []),
    ("Ana Ruiz drops out of the California gubernatorial recall race.",
     [dict(predicate="election", subject="Governor of California", kind="recall")], []),
    ("The race for Mayor of Lima tightens before the vote.", [dict(predicate="election", subject="Mayor of Lima")],
     []),
    # (the context is a vote: "before the election" names one, election.event's bare row)
    ("Ana Ruiz wins the race in the Tour de France before the vote.", [], [dict(predicate="election")]),
    ("Ana Ruiz wins the 100 metres race in Lima before the vote.", [], [dict(predicate="election")]),
    ("The arms race between Peru and Chile worries voters.", [], [dict(predicate="election")]),
    ("Ana Ruiz is in a race against time before the vote.", [], [dict(predicate="election", subject=None)]),
    ("Ana Ruiz wins the leadership contest of the football club after a vote.", [], [dict(predicate="election")]),
    # a date set for an election lies ahead of the anchor (2023-09-09)
    ("Parliament sets April 11 as the date of the presidential election.",
     [dict(predicate="election", date="2024-04-11")], []),
    # (the election itself is named: "the election" is a row, with no date)
    ("On March 3 parliament discussed the date of the election.", [], [dict(predicate="election", date="2023-03-03")]),
]


@pytest.mark.parametrize("text, want, not_want", WIN_AND_RACE_FORMS)
def test_facts_win_and_race_forms(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A by-election is the seat's of the one legislator the story names by constituency (FactEngine._seat_election), told
#: in the sentence or the next; a story naming two seats keeps each by-election's own, and a US special election
#: (no seats named) or a member with no constituency keeps the office it had.
BY_ELECTION_SEATS = [
    ("A British Conservative MP has resigned, triggering a by-election. Tom Hale, who represents Kestrel South, "
     "said it had been an honour.",
     [dict(predicate="election", subject="Member of Parliament for Kestrel South", kind="special")],
     [dict(predicate="election", subject="Member of Parliament of the United Kingdom")]),
    ("The resignation of Tom Hale, the MP for Dunmore West in Kenya, will trigger a by-election next month.",
     [dict(predicate="election", subject="Member of Parliament for Dunmore West", kind="special")], []),
    ("Ana Ruiz, the Labour MP for Kestrel South in England, died on Monday, forcing a by-election in the seat.",
     [dict(predicate="election", subject="Member of Parliament for Kestrel South", kind="special")], []),
    ("Tom Hale, the MP for Dunmore West in Kenya, campaigned in the Kestrel South by-election.",
     [dict(predicate="election", subject="Member of Parliament for Kestrel South", kind="special")],
     [dict(predicate="election", subject="Member of Parliament for Dunmore West")]),
    ("A British Conservative MP has resigned, triggering a by-election in his seat.",
     [dict(predicate="election", subject="Member of Parliament of the United Kingdom", kind="special")], []),
    ("Ohio will hold a special election for the House seat of Representative Tom Hale, who died on Monday.",
     [], [dict(predicate="election", subject="Member of Parliament for Kestrel South")]),
]


@pytest.mark.parametrize("text, want, not_want", BY_ELECTION_SEATS)
def test_facts_by_election_is_the_seats(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A long article may cover several races: a fact whose own words name no office falls back on its sentence's race
#: where the sentence names that race's place ("Democrats in Mississippi ... their nominee for governor"), not on the
#: story's first race of another state; where it names an office of the story race's role placed elsewhere; or, far
#: from the story's race, where its own words name a race. A sentence that names none, or holds the story's race,
#: keeps the story's.
SENTENCE_RACES = [
    ("In Virginia, voters chose the governor's mansion this month. Turnout was high. Lines were long. Polls closed "
     "late. Counting took a day. Democrats in Mississippi fell short: their nominee for governor, Ana Ruiz, lost, "
     "four years after Republican Ivan Petrov won in a landslide.",
     [dict(predicate="won", subject="Ivan Petrov", obj="Governor of Mississippi")],
     [dict(predicate="won", subject="Ivan Petrov", obj="Governor of Virginia")]),
    # no place of the sentence's own: the story's race
    ("In Virginia, voters chose the governor's mansion this month. Turnout was high. Lines were long. Polls closed "
     "late. Counting took a day. Four years ago, Republican Ivan Petrov won in a landslide.",
     [dict(predicate="won", subject="Ivan Petrov", obj="Governor of Virginia")], []),
    # the story's race in the sentence stays the race, beside a placed office of another role
    ("Voters in Lyon will replace the mayor of Lyon with the man who lost the French presidential election, Ivan "
     "Petrov.",
     [dict(predicate="election", subject="President of France")],
     [dict(predicate="election", subject="Mayor of Lyon")]),
    # an office of the story race's role in the sentence, placed elsewhere than the story's race, is the vote's ...
    ("In Virginia, voters chose the governor's mansion this month. In Ohio, Governor Ana Ruiz sought a second term. "
     "The governor urged supporters to back her in the November 5 vote.",
     [dict(predicate="election", subject="Governor of Ohio", date="2023-11-05")],
     [dict(predicate="election", subject="Governor of Virginia", date="2023-11-05")]),
    # ... an office of another role is not ("the mayor" names no race of the story's kind)
    ("In Virginia, voters chose the governor's mansion this month. In Ohio, Mayor Ana Ruiz of Dayton sought a second "
     "term. The mayor urged supporters to back her in the November 5 vote.",
     [], [dict(predicate="election", subject="Mayor of Dayton")]),
    # far below the story's race, a sentence whose own words name a race ("presidential candidates") is about it,
    # though its place was told far above
    ("In Virginia, voters chose the governor's mansion this month. Turnout was high. Lines were long. Polls closed "
     "late. Counting took a day. The presidential candidates will campaign through the primary season.",
     [dict(predicate="election", subject="President of the United States", kind="primary")],
     [dict(predicate="election", subject="Governor of Virginia", kind="primary")]),
    # ... a possessive names no race of its sentence ("the president's allies"): the story's race stays
    ("In Virginia, voters chose the governor's mansion this month. Turnout was high. Lines were long. Polls closed "
     "late. Counting took a day. The president's allies expect the runoff to be close.",
     [dict(predicate="election", subject="Governor of Virginia", kind="runoff")],
     [dict(predicate="election", subject="President of the United States")]),
    # ... and near the story's race, a race the sentence supposes leaves the story's its race
    ("Petrov Win Could Spark Senate Race. Should Ivan Petrov be elected president, Oregon faces an open Senate seat, "
     "which would force a special election.",
     [dict(predicate="election", subject="Member of the United States Senate", kind="special")],
     [dict(predicate="election", subject="President of the United States")]),
]


@pytest.mark.parametrize("text, want, not_want", SENTENCE_RACES)
def test_facts_a_sentence_names_its_own_race(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An incumbent's re-election far below a long article's first race is for the office the incumbent's title in the
#: sentence names; with no such title the story's race stays the one re-contested.
FAR_RACE_INCUMBENTS = [
    ("Republican lawmakers in Indiana debated school funding. Teachers rallied. Schools closed. Buses stopped. "
     "Parents waited. Kentucky Gov. Ana Ruiz, who lost her reelection bid this month, spoke too.",
     [dict(predicate="election", subject="Governor of Kentucky")],
     [dict(predicate="election", subject="Member of the United States Congress")]),
    ("Voters in Ohio chose a new mayor of Columbus. Turnout was high. Lines were long. Polls closed late. Counting "
     "took a day. Ivan Petrov's reelection was assured.",
     [dict(predicate="election", subject="Mayor of Columbus")], []),
]


@pytest.mark.parametrize("text, want, not_want", FAR_RACE_INCUMBENTS)
def test_facts_far_race_gives_way_to_the_incumbents_title(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A roundup covers several races of one role in several places (its offices of the role, no titles, name several
#: places, or one is plural: "mayors in several cities"): a sentence that names no race of its own falls back on the
#: race of its paragraph so far, else on none, never on the story's first race. A title of the role placed elsewhere
#: ("Kentucky Governor X") makes no roundup, nor do a body's seats.
ROUNDUP_RACES = [
    ("Governors win second terms across Nigeria\n\nIncumbent governors were declared winners in several states on "
     "Sunday.\n\nIn Kano State, Musa Bello won the governorship election. Bello polled 500,000 votes to beat Ade "
     "Okon.\n\nIn Oyo State, Tunde Ajayi won the governorship election. Ajayi polled 400,000 votes to beat Chidi Eze.",
     [dict(predicate="votes_received", subject="Tunde Ajayi", obj="Governor of Oyo State", value=400000),
      dict(predicate="candidate", subject="Chidi Eze", obj="Governor of Oyo State"),
      dict(predicate="candidate", subject="Ade Okon", obj="Governor of Kano State")],
     [dict(predicate="candidate", subject="Chidi Eze", obj="Governor of Kano State")]),
    # a paragraph that names no office of the role: no race, rather than another city's
    ("Incumbent mayors win\n\nMayors in several cities won on Tuesday.\n\nIn Denver, Mayor Ana Ruiz won a second "
     "term.\n\nIn Austin, Ivan Petrov beat Tom Hart. Petrov had 55 percent of the vote.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Denver"),
      dict(predicate="defeated", subject="Ivan Petrov", obj="Tom Hart")],
     [dict(predicate="won", subject="Ivan Petrov", obj="Mayor of Denver"),
      dict(predicate="candidate", subject="Tom Hart", obj="Mayor of Denver")]),
    # near miss: one race, a governor of another state only as a title: the story's race stays every paragraph's
    ("Ohio governor race tightens\n\nIn Ohio, the governor's race is close. Kentucky Governor Ana Ruiz campaigned "
     "for Ivan Petrov on Monday.\n\nPetrov polled 40 percent in a survey.\n\nPetrov faces Tom Hart in November.",
     [dict(predicate="candidate", subject="Tom Hart", obj="Governor of Ohio")],
     [dict(predicate="candidate", subject="Tom Hart", obj="Governor of Kentucky")]),
]


@pytest.mark.parametrize("text, want, not_want", ROUNDUP_RACES)
def test_facts_a_roundup_falls_back_on_its_paragraphs_race(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # an honorific between a title and the name it titles (qualifiers.tsv honorific): the title still titles it
    ("Pakistan's President General Tomas Brevik calls an election.",
     [dict(predicate="holds_office", subject="Tomas Brevik", obj="President of Pakistan")], []),
    ("Prime Minister Sir Tomas Brevik calls an election in the United Kingdom.",
     [dict(predicate="holds_office", subject="Tomas Brevik", obj="Prime Minister of the United Kingdom")], []),
    ("Indian Prime Minister Dr Tomas Brevik calls an election.",
     [dict(predicate="holds_office", subject="Tomas Brevik", obj="Prime Minister of India")], []),
    ("Lieutenant Governor Sir Tomas Brevik opens the session in Ohio.",
     [dict(predicate="holds_office", subject="Tomas Brevik", obj="Lieutenant Governor of Ohio")], []),
    ("The Indian Prime Minister, Dr Tomas Brevik, says the talks will go on.",
     [dict(predicate="holds_office", subject="Tomas Brevik", obj="Prime Minister of India")], []),
    # ... a parliament's style ("Rt. Hon.", "Right Honourable"), which is no part of the name either
    ("Speaker of the House of Representatives Rt. Hon. Tomas Brevik spoke in Abuja, Nigeria.",
     [dict(predicate="holds_office", subject="Tomas Brevik", obj="Speaker of the House of Representatives of Nigeria")],
     []),
    ("Prime Minister Right Honourable Tomas Brevik spoke in London.",
     [dict(predicate="holds_office", subject="Tomas Brevik", obj="Prime Minister of the United Kingdom")], []),
    # near misses: a lower-case word, or a word no honorific, between them titles nothing
    ("Pakistan's President general Tomas Brevik calls an election.", [],
     [dict(predicate="holds_office", subject="Tomas Brevik")]),
    ("Pakistan's President Kestrel Tomas Brevik calls an election.", [],
     [dict(predicate="holds_office", subject="Tomas Brevik")]),
])
def test_facts_title_past_an_honorific(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A ticket's head and its running mate: who has, picks or is named beside a running mate runs for the race's first
#: office, the mate for its second; a running mate of a relay team runs for nothing. (text, want, not_want)
TICKETS = [
    ("Ivan Petrov is the running mate of Ana Ruiz in the presidential election in Chile.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="Vice President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Chile")]),
    ("Ivan Petrov picks Ana Ruiz as his running mate for the presidential election in Chile.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile"),
      dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
    ("A bomb missed Ivan Petrov's vice presidential running-mate before the presidential election in Chile.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")], []),
    ("Ivan Petrov's running mate Ana Ruiz spoke in Ohio before the US presidential election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of the United States")], []),
    # near misses: a relay's running mate; a party that picks one
    ("Ivan Petrov picks Ana Ruiz as his running mate on the relay team.", [],
     [dict(predicate="candidate", subject="Ivan Petrov"), dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ivan Petrov's running mate on the relay team won the gold medal.", [],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("The Green Party picks Ana Ruiz as its running mate for the presidential election in Chile.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")]),
]


@pytest.mark.parametrize("text, want, not_want", TICKETS)
def test_facts_ticket_head_and_running_mate(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Who is named beside a candidacy without running: the one a candidate replaces ran until then; the one succeeded
#: holds the office; the one called on or urged acts for another's campaign (through a title too). (text, want,
#: not_want)
NAMED_BESIDE_A_CANDIDACY = [
    ("Ivan Petrov, the party chairman, has replaced Ana Ruiz as Chile's ruling party candidate months before the vote.",
     [dict(predicate="candidate", subject="Ana Ruiz"), dict(predicate="candidate", subject="Ivan Petrov")], []),
    ("Ivan Petrov replaced Ana Ruiz as coach of the national team before the election in Chile.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ivan Petrov replaced Ana Ruiz as finance minister of Chile.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Eleven candidates are running to succeed incumbent mayor of Lyon Tom Hart, who reached his term limit.", [],
     [dict(predicate="candidate", subject="Tom Hart")]),
    ("The candidates to succeed Tom Hart as mayor of Lyon are Ana Ruiz and Ivan Petrov.",
     [dict(predicate="candidate", subject="Ana Ruiz"), dict(predicate="candidate", subject="Ivan Petrov")],
     [dict(predicate="candidate", subject="Tom Hart")]),
    ("President Tom Hart called on Ana Ruiz to boost his campaign ahead of the presidential election in Chile.",
     [dict(predicate="candidate", subject="Tom Hart", obj="President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("President Tom Hart called on the star power of Ana Ruiz to boost his campaign ahead of the presidential election "
     "in Chile.", [dict(predicate="candidate", subject="Tom Hart", obj="President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Mayor Tom Hart urged Governor Ana Ruiz to back his campaign for mayor of Lyon.",
     [dict(predicate="candidate", subject="Tom Hart", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("The Green Party urged Ana Ruiz to run for mayor of Lyon.", [], [dict(predicate="candidate", subject="Ana Ruiz")]),
    # near misses: the one urged, or who asks, is the campaign's own
    ("Ana Ruiz, urged by her party, will run for mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    # near miss: the one who asks is the campaign's own
    ("Ana Ruiz asked voters in Lyon to back her campaign for mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
]


@pytest.mark.parametrize("text, want, not_want", NAMED_BESIDE_A_CANDIDACY)
def test_facts_named_beside_a_candidacy(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: "of" said again before each coordinated name ("the candidatures of X and of Y") joins them as a bare "and" does.
#: (text, want, not_want)
OF_EACH_NAME = [
    ("Tom Hart is elected mayor of Lyon, beating the candidatures of Ana Ruiz and of Ivan Petrov.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon"),
      dict(predicate="defeated", subject="Tom Hart", obj="Ivan Petrov")], []),
    ("The candidatures of Governor Ana Ruiz and of Senator Ivan Petrov for mayor of Lyon were accepted.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon"),
      dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")], []),
    # near miss: words between the names besides "and of" still part them
    ("Ana Ruiz, a critic of the plan and of Ivan Petrov, is running for mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
]


@pytest.mark.parametrize("text, want, not_want", OF_EACH_NAME)
def test_facts_of_said_before_each_coordinated_name(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A party's "'s" before a later name of a list ("the Labour Party's Y", "Labour's Y", "ANC's Y") is a label of that
#: name, as "Republican Y" is: the list goes on through it. A lower-case owner ("the party's") or a common noun
#: after the name's owner ("Y's wife Z") still ends it. (text, want, not_want)
OWNER_BEFORE_A_LISTED_NAME = [
    ("Peru's presidential candidates include the Green Party's Ana Ruiz, the Labour Party's Ivan Petrov and "
     "independent Tom Hart.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru"),
      dict(predicate="candidate", subject="Tom Hart", obj="President of Peru")], []),
    ("Other opposition candidates in the Peruvian presidential election were Green Party's Ana Ruiz, Labour's Ivan "
     "Petrov and Tom Hart.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru"),
      dict(predicate="candidate", subject="Tom Hart", obj="President of Peru")], []),
    ("The candidates in the Peruvian presidential election are Ana Ruiz and the VGP's Ivan Petrov.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru")], []),
    # near misses: a lower-case owner, and a name's own possessive before a common noun, part the names
    ("The candidates in the Peruvian presidential election are Ana Ruiz and the party's Ivan Petrov.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("The candidates in the Peruvian presidential election are Ana Ruiz and Ivan Petrov's wife Maria Lopez.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")],
     [dict(predicate="candidate", subject="Maria Lopez")]),
]


@pytest.mark.parametrize("text, want, not_want", OWNER_BEFORE_A_LISTED_NAME)
def test_facts_owner_before_a_listed_name_is_its_label(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: "X, with 12,345 votes, defeated Y": a count set off by commas right after a name is that name's, as "X with
#: 12,345" is (votes_received.listed); a result word before the name still gives the share to the winner, and a
#: rating or a margin after the figure is no count.
SET_OFF_COUNTS = [
    ("Ana Ruiz, with 12,345 votes, defeated Ivan Petrov in the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")], []),
    ("Ana Ruiz, with 52 percent of the vote, won the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52, unit="percent")], []),
    ("Ana Ruiz, with 12,345 votes, was elected mayor of Lyon.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes")], []),
    ("Ana Ruiz won the mayoral election with 52 percent, ahead of Ivan Petrov, with 40 percent.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52, unit="percent"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=40, unit="percent")], []),
    # near misses: the loser after a result word, a rating, a margin, no figure, the count's progress
    ("Ana Ruiz defeated Ivan Petrov, with 52 percent of the vote, in the mayoral election.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52, unit="percent")],
     [dict(predicate="votes_received", subject="Ivan Petrov")]),
    ("Ana Ruiz won the mayoral election over Ivan Petrov, with 52 percent of the vote.", [],
     [dict(predicate="votes_received", subject="Ivan Petrov")]),
    ("Ana Ruiz, with 40 percent approval, lost the mayoral election.", [], [dict(predicate="votes_received")]),
    ("Ana Ruiz, with 40 percent turnout in her district, won the mayoral election.", [],
     [dict(predicate="votes_received")]),
    ("Ana Ruiz, with 3,000 more votes than Ivan Petrov, won the mayoral election.", [],
     [dict(predicate="votes_received", subject="Ana Ruiz")]),
    ("Ana Ruiz, with 30 years in politics, defeated Ivan Petrov in the mayoral election.", [],
     [dict(predicate="votes_received")]),
    ("Ana Ruiz, with 52 percent of precincts reporting, leads Ivan Petrov in the mayoral election.", [],
     [dict(predicate="votes_received")]),
    # a results list with each name's party in brackets: the count after the brackets is the name's
    ("Results of the mayoral election: Ana Ruiz (Green) 12,345 votes, Ivan Petrov (Labour) 11,200 votes.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes"),
      dict(predicate="votes_received", subject="Ivan Petrov", value=11200, unit="votes")], []),
    ("In the mayoral election Ana Ruiz (Green Party) won 52% and Ivan Petrov (Labour), 45%.",
     [dict(predicate="votes_received", subject="Ivan Petrov", value=45, unit="percent")], []),
    # near misses: an age in the brackets, money or signatures after them ("X (12,345)" is the count itself: test_facts_who)
    ("Ana Ruiz (52) won the mayoral election with 12,345 votes.",
     [dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes")],
     [dict(predicate="votes_received", subject="Ana Ruiz", value=52)]),
    ("Ana Ruiz (Green) raised $12,345 before the mayoral election.", [], [dict(predicate="votes_received")]),
    ("Ana Ruiz (Green, 2 terms) 12,345 signatures were counted in the mayoral election.", [],
     [dict(predicate="votes_received")]),
]


@pytest.mark.parametrize("text, want, not_want", SET_OFF_COUNTS)
def test_facts_a_count_set_off_after_a_name_is_its(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A "his" or "her" in or right before a trigger is not the person of a name of the other sex (first_names.tsv
#: gender): the trigger's person is the next name back that agrees; a name of either sex or unknown always agrees.
#: (text, want, not_want)
PRONOUN_SEX = [
    ("Ana Ruiz met Ivan Petrov before launching her campaign for mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("Ana Ruiz thanked Ivan Petrov for his support of her campaign for mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ivan Petrov")]),
    # near misses: the pronoun agrees; a name of either sex ("Kim") agrees with both
    ("Ana Ruiz met Ivan Petrov, who then launched his campaign for mayor of Lyon.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ana Ruiz met Kim Lee before launching her campaign for mayor of Lyon.",
     [dict(predicate="candidate", subject="Kim Lee", obj="Mayor of Lyon")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    # ... and a lone name, or a surname alone, keeps the trigger: the names list's sex may be wrong for it
    ("Nana Osei is expected to have a tight race with his challenger for mayor of Accra.",
     [dict(predicate="candidate", subject="Nana Osei", obj="Mayor of Accra")], []),
    ("Ana Grant won the primary in Ohio. Grant welcomes the result as a vote of confidence in her campaign for the "
     "presidency.", [dict(predicate="candidate", subject="Ana Grant")], []),
    ("Ana Grant won the primary in Ohio. Ivan Petrov met Grant before she launched her campaign for the presidency.",
     [dict(predicate="candidate", subject="Ana Grant")], [dict(predicate="candidate", subject="Ivan Petrov")]),
]


@pytest.mark.parametrize("text, want, not_want", PRONOUN_SEX)
def test_facts_a_pronoun_of_one_sex_is_not_a_name_of_the_other(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize(
    "text, winners, not_winners",
    [
        # a plural passive of "elect" is every listed name's win, not the last name's alone
        ("Ana Ruiz and Tom Hart are elected co-chairs of the Velmar council.", ["Ana Ruiz", "Tom Hart"], []),
        ("Ana Ruiz, Tom Hart and Sam Reed were elected to the city council.", ["Ana Ruiz", "Tom Hart", "Sam Reed"],
         []),
        ("Ana Ruiz and Tom Hart have been elected to the National Assembly of Zembla.", ["Ana Ruiz", "Tom Hart"], []),
        ("Senators Ana Ruiz and Tom Hart were re-elected.", ["Ana Ruiz", "Tom Hart"], []),
        ("Ana Ruiz and Tom Hart are re-elected as senators.", ["Ana Ruiz", "Tom Hart"], []),
        # near misses: a possessor is no winner; a singular verb and "won" keep their one subject
        ("Ana Ruiz's rival Tom Hart and Sam Reed are elected to the city council.", ["Tom Hart", "Sam Reed"],
         ["Ana Ruiz"]),
        ("Ana Ruiz is elected to the Senate, and Tom Hart loses.", ["Ana Ruiz"], ["Tom Hart"]),
        ("After Ana Ruiz resigns, Tom Hart is elected mayor of Lyon.", ["Tom Hart"], ["Ana Ruiz"]),
        ("Governor Ana Ruiz was re-elected.", ["Ana Ruiz"], []),
    ],
)
def test_facts_plural_passive_elects_each_listed_name(nlp, text, winners, not_winners):
    found = facts(nlp, text)
    expect(found, [dict(predicate="won", subject=w) for w in winners],
           [dict(predicate="won", subject=n) for n in not_winners])


@pytest.mark.parametrize(
    "text, office, not_office",
    [
        # a direction word before a demonym of a de facto state names that state, not the country it is part of
        ("The Northern Cypriot presidential election is held on Sunday.", "President of Northern Cyprus",
         "President of Cyprus"),
        ("North Cypriot voters go to the polls in the presidential election on Sunday.", None, "President of Cyprus"),
        # near misses: the bare demonym is still the country's, and the known demonym still the de facto state's
        ("The Cypriot presidential election is held on Sunday.", "President of Cyprus", "President of Northern Cyprus"),
        ("The Turkish Cypriot presidential election is held on Sunday.", "President of Northern Cyprus",
         "President of Cyprus"),
        # the place a race noun names itself is its longest demonym, not the last word's country: a title's
        # "Guinean" is not Guinea's in "Equatorial Guinean", nor "Cypriot" Cyprus's in "Turkish Cypriot"
        ("2022 Equatorial Guinean presidential election", "President of Equatorial Guinea", "President of Guinea"),
        ("The 2017 Turkish Cypriot presidential election", "President of Northern Cyprus", "President of Cyprus"),
        # near misses: the one-word demonym is still its own country's
        ("2022 Guinean presidential election", "President of Guinea", "President of Equatorial Guinea"),
        ("The 2017 Cypriot presidential election", "President of Cyprus", "President of Northern Cyprus"),
    ],
)
def test_facts_demonym_names_the_race_place(nlp, text, office, not_office):
    found = facts(nlp, text)
    expect(found, [dict(predicate="election", subject=office)] if office else [],
           [dict(predicate="election", subject=not_office)])



@pytest.mark.parametrize(
    "text, dates, not_dates",
    [
        # a list of years before the race noun is several past races: the last year dates none of them, nor the
        # story's own race ("runner-up in the 2007 and 2012 elections" after "Elections are held")
        ("Voters in Chile elect a president today. Ana Ruiz, runner-up in the 2007 and 2012 elections, leads.",
         [], ["2012", "2007"]),
        ("Ana Ruiz lost the 2014, 2018 and 2022 presidential elections in Chile.", [], ["2022", "2014"]),
        ("Ana Ruiz lost the 2014 or 2018 presidential election in Chile.", [], ["2018"]),
        # near misses: one year is the race's date; a day list is one race's days
        ("Ana Ruiz won the 2012 presidential election in Chile.", ["2012"], []),
        ("Ana Ruiz, who won in 2007, leads before the 2012 presidential election in Chile.", ["2012"], []),
    ],
)
def test_facts_year_list_dates_no_election(nlp, text, dates, not_dates):
    found = facts(nlp, text, published="2012-03-17")
    expect(found, [dict(predicate="election", date=d) for d in dates],
           [dict(predicate="election", date=d) for d in not_dates])


@pytest.mark.parametrize(
    "text, published, dates, not_dates",
    [
        # every year of a list two or more years before the publication dates one past election of its own
        ("Voters in Chile elect a president today. Ana Ruiz, runner-up in the 2007 and 2012 elections, leads.",
         "2017-03-20", ["2017-03-20", "2007", "2012"], []),
        ("Ana Ruiz lost the 2014, 2018 and 2022 presidential elections in Chile.", "2025-03-20",
         ["2014", "2018", "2022"], []),
        ("Ana Ruiz lost the 2014, 2018, and 2022 presidential elections in Chile.", "2025-03-20",
         ["2014", "2018", "2022"], []),
        ("Turnout fell between the 2015 and 2019 general elections in Chile.", "2025-03-20", ["2015", "2019"], []),
        # near misses: a list with a recent year (the story's own race may be one of them) dates none, and the
        # story's own undated race keeps no year of the list; a year alone is still the race's
        ("Ana Ruiz lost the 2020 and 2024 elections in Chile.", "2025-03-20", [None], ["2020", "2024"]),
        ("Chileans vote in a presidential election. Ana Ruiz lost the 2014 and 2018 elections.", "2025-03-20",
         ["2014", "2018", None], []),
        ("Ana Ruiz won the 2012 presidential election in Chile.", "2025-03-20", ["2012"], ["2007"]),
        # a list of years before another noun dates no election
        ("Ana Ruiz, who served in 2014 and 2018 as mayor, lost the election in Chile.", "2025-03-20", [None],
         ["2014", "2018"]),
    ],
)
def test_facts_year_list_dates_each_past_election(nlp, text, published, dates, not_dates):
    found = facts(nlp, text, published=published)
    expect(found, [dict(predicate="election", date=d) for d in dates],
           [dict(predicate="election", date=d) for d in not_dates])
    assert len([f for f in found if f[0] == "election"]) == len(dates), found




@pytest.mark.parametrize(
    "text, dates, not_dates",
    [
        # a day written before "in" and the race noun is its clause's day: a lead taken, a count begun
        ("Ana Ruiz took a clear lead Wednesday in Chile's presidential election.", [], ["2012-03-14"]),
        ("Vote counting started yesterday in Chile's presidential election.", [], ["2012-03-16"]),
        # near misses: a year there still dates the race, and a day after the race noun or before its "'s" is its day
        ("Ana Ruiz won in 2007 in Chile's presidential election.", ["2007"], []),
        ("Ana Ruiz took a clear lead in Chile's presidential election on Wednesday.", ["2012-03-14"], []),
        ("Ana Ruiz took a clear lead in Wednesday's presidential election in Chile.", ["2012-03-14"], []),
        # ... and so is a day the vote itself is held or cast on
        ("Voters in Chile cast ballots Wednesday in the presidential election.", ["2012-03-14"], []),
        ("Voting was held on Wednesday in Chile's presidential election.", ["2012-03-14"], []),
        # ... or the polls open or close on
        ("Polls closed on Wednesday in Chile's presidential election.", ["2012-03-14"], []),
        ("Polls opened on Wednesday in Chile's parliamentary election.", ["2012-03-14"], []),
        # near miss: what else closes that day is no vote
        ("The border closed on Wednesday in the run-up to Chile's presidential election.", [], ["2012-03-14"]),
    ],
)
def test_facts_day_before_in_is_the_clauses(nlp, text, dates, not_dates):
    found = facts(nlp, text, published="2012-03-17")
    expect(found, [dict(predicate="election", date=d) for d in dates],
           [dict(predicate="election", date=d) for d in not_dates])


@pytest.mark.parametrize(
    "text, dates, not_dates",
    [
        # a day after "of the election" that follows an event of the race with its own day is the event's
        ("In their first TV debate of the presidential election on March 13, Ana Ruiz and Ivan Petrov attacked each "
         "other in Chile.", [], ["2012-03-13"]),
        ("The second debate of the Chilean presidential election on March 16 drew 8 million viewers.", [],
         ["2012-03-16"]),
        ("A final rally of Chile's presidential election on March 11 drew 8,000 people.", [], ["2012-03-11"]),
        # near misses: a part or the outcome of the race, and an event before (not of) the race, keep the day
        ("The first round of the presidential election on March 11 in Chile gave Ana Ruiz a lead.", ["2012-03-11"], []),
        ("The results of the presidential election on March 11 in Chile were announced.", ["2012-03-11"], []),
        ("Ana Ruiz won the debate before the presidential election on March 11 in Chile.", ["2012-03-11"], []),
        # ... and a day before the race noun is the race's still
        ("The first TV debate of the March 11 presidential election in Chile drew 8 million viewers.", ["2012-03-11"],
         []),
    ],
)
def test_facts_day_after_an_events_race_is_the_events(nlp, text, dates, not_dates):
    found = facts(nlp, text, published="2012-03-17")
    expect(found, [dict(predicate="election", date=d) for d in dates],
           [dict(predicate="election", date=d) for d in not_dates])


@pytest.mark.parametrize(
    "text, dates, not_dates",
    [
        # a vote before a party's word, or yes or no, and then a date or a stop: the voter's choice, the verb
        ('"Go out and vote Republican today," Governor Tom Hart of Ohio said.', [], ["2012-03-17"]),
        ("Governor Tom Hart of Ohio urged voters to vote Labour on March 15.", [], ["2012-03-15"]),
        # near misses: the vote noun before a clause, and a vote with no choice word, stay the election's
        ("In the March 11 vote Labour won 40 seats in the Leeds mayoral election.", ["2012-03-11"], []),
        ("Voters in Ohio cast ballots in the March 13 vote for governor.", ["2012-03-13"], []),
    ],
)
def test_facts_vote_for_a_party_is_a_voters_choice(nlp, text, dates, not_dates):
    found = facts(nlp, text, published="2012-03-17")
    expect(found, [dict(predicate="election", date=d) for d in dates],
           [dict(predicate="election", date=d) for d in not_dates])


@pytest.mark.parametrize(
    "text, dates, not_dates",
    [
        # a chamber's words, or a first race's, between a date and the race noun: the date is the race's
        ("The ruling party suffered a set-back in July's upper house elections in Chile.", ["2011-07"], []),
        ("The opposition won the 2010 lower house election in Chile.", ["2010"], []),
        ("Chile's March 5 multiparty elections were peaceful.", ["2012-03-05"], []),
        # near miss: the words of a house (a home) between a date and a race noun in another clause
        ("In July house prices rose in Chile as elections neared.", [], ["2012-07"]),
    ],
)
def test_facts_chamber_words_between_date_and_race(nlp, text, dates, not_dates):
    found = facts(nlp, text, published="2012-03-17")
    expect(found, [dict(predicate="election", date=d) for d in dates],
           [dict(predicate="election", date=d) for d in not_dates])


@pytest.mark.parametrize(
    "text, election",
    [
        # "election year", hyphenated or not, and "election-related": elections in general, no election
        ("Ohio Rep. to Head Budget Panel. Rep. Ana Ruiz of Ohio was picked to head the House Budget Committee amid "
         "a heated election-year debate over taxes.", False),
        ("Ohio Rep. to Head Budget Panel. Rep. Ana Ruiz of Ohio was picked to head the House Budget Committee in an "
         "election year marked by debate.", False),
        ("Ohio Rep. to Head Budget Panel. Rep. Ana Ruiz of Ohio condemned the election-related unrest.", False),
        # near misses: a hyphen with spaces is a dash, and another compound ("election-day") is the election's
        ("Ohio Rep. to Head Budget Panel. Rep. Ana Ruiz of Ohio was picked before the election - year after year "
         "a close race.", True),
        ("Ohio Rep. to Head Budget Panel. Rep. Ana Ruiz of Ohio was picked before the election-day vote.", True),
    ],
)
def test_facts_election_year_is_no_election(nlp, text, election):
    found = facts(nlp, text)
    assert has(found, "election") is election, found
@pytest.mark.parametrize(
    "text, candidate, not_candidate",
    [
        # a verb of helping before "his campaign": the name before it helps another's campaign
        ("President Tom Hart called on Governor Ana Ruiz to boost his campaign in Ohio.", None, "Ana Ruiz"),
        ("Ana Ruiz, who helped his presidential campaign in Ohio, is now a senator.", None, "Ana Ruiz"),
        ("Ana Ruiz agreed to bolster her presidential bid in Ohio.", None, "Ana Ruiz"),
        # near misses: the candidate's own acts on her campaign
        ("Ana Ruiz takes back her candidacy for the presidential election in Ohio.", "Ana Ruiz", None),
        ("Ana Ruiz launches her presidential campaign in Ohio.", "Ana Ruiz", None),
    ],
)
def test_facts_helper_of_anothers_campaign_is_no_candidate(nlp, text, candidate, not_candidate):
    found = facts(nlp, text)
    expect(found, [dict(predicate="candidate", subject=candidate)] if candidate else [],
           [dict(predicate="candidate", subject=not_candidate)] if not_candidate else [])


@pytest.mark.parametrize(
    "text, endorser, endorsee, wrong",
    [
        # a passive "backed by", "endorsed by": the agent endorses the name before the verb, never the reverse
        ("Ana Ruiz, backed by President Tom Hart, wins the mayoral election in Lyon.", "Tom Hart", "Ana Ruiz",
         ("Ana Ruiz", "Tom Hart")),
        ("Ana Ruiz, endorsed by Senator Tom Hart, leads the race for Governor of Ohio.", "Tom Hart", "Ana Ruiz",
         ("Ana Ruiz", "Tom Hart")),
        ("Ana Ruiz has been endorsed by the Green Party for mayor of Lyon.", "Green Party", "Ana Ruiz", None),
        # near misses: the active verbs keep their order; a possessor's or a speaker's thing backed is no one's
        ("President Tom Hart endorsed Ana Ruiz for mayor of Lyon.", "Tom Hart", "Ana Ruiz", None),
        ("President Tom Hart backs Ana Ruiz in the race for mayor of Lyon.", "Tom Hart", "Ana Ruiz", None),
        ("Ana Ruiz's reform, backed by Senator Tom Hart, passes ahead of the mayoral election in Lyon.", None, None,
         ("Tom Hart", "Ana Ruiz")),
        ("Ana Ruiz said the plan, backed by Senator Tom Hart, would pass before the mayoral election in Lyon.", None,
         None, ("Tom Hart", "Ana Ruiz")),
    ],
)
def test_facts_passive_endorsement_agent_endorses(nlp, text, endorser, endorsee, wrong):
    found = facts(nlp, text)
    want = [dict(predicate="endorsed", subject=endorser, obj=endorsee)] if endorser else []
    not_want = [dict(predicate="endorsed", subject=wrong[0], obj=wrong[1])] if wrong else []
    if endorser is None:
        not_want.append(dict(predicate="endorsed"))
    expect(found, want, not_want)
    # the endorser's own title is no race of the endorsee's, nor the endorser a candidate in it
    assert not has(found, "candidate", subject=endorser) or endorser is None, found


@pytest.mark.parametrize(
    "text, date, kind",
    [
        # a kind named after a joiner following the date is the next event's, not the one held on the date
        ("The presidential election took place on March 5 and a runoff on April 2.", "2023-03-05", None),
        ("The first round took place on March 5, with a runoff set for April 2.", "2023-03-05", None),
        ("The general election was held on March 5 while a runoff follows in April.", "2023-03-05", "general"),
        # near misses: the kind before the trigger, or after it with no joiner, stays the event's
        ("A runoff between the first two candidates will be held on December 1.", "2023-12-01", "runoff"),
        ("The presidential runoff will be held on December 1 and the results are due a week later.", "2023-12-01",
         "runoff"),
        ("Voting was held on March 5 in the presidential runoff.", "2023-03-05", "runoff"),
        # a kind named in the next sentence is the next event's: the vote of the first is no runoff
        ("Voters in Finland went to the polls in Sunday's presidential election. The runoff is due in April.",
         "2023-09-10", None),
        ("Finns voted for a new president on Sunday. A run-off will be held on October 1.", "2023-09-03", None),
        ("Voters in Chile head to the polls on Sunday. Primary elections were held in June.", "2023-09-10", None),
        # near misses: the kind in the trigger's own sentence stays its kind
        ("Voters in Finland went to the polls on Sunday for the presidential runoff. Turnout was high.",
         "2023-09-10", "runoff"),
        ("Voters in Finland went to the polls in Sunday's presidential runoff.", "2023-09-10", "runoff"),
    ],
)
def test_facts_election_kind_stops_at_a_joiner_and_its_sentence(nlp, text, date, kind):
    found = facts(nlp, text)
    rows = [f for f in found if f[0] == "election" and f[5] == date]
    assert rows and all(f[6] == kind for f in rows), found


@pytest.mark.parametrize(
    "text, rows",
    [
        # an election of a body's seats that names no body is no president's or mayor's, beside theirs
        ("2023 Finnish presidential election, 2023 Finnish parliamentary election",
         {("President of Finland", "2023"), (None, "2023")}),
        ("2023 Finnish parliamentary election, 2023 Finnish presidential election",
         {("President of Finland", "2023"), (None, "2023")}),
        ("Ana Ruiz won the Finnish presidential election in 2023. Her party lost the 2023 local elections.",
         {("President of Finland", "2023"), (None, "2023")}),
        # near misses: a kind or a year of the same race is still one row; a body that is named keeps its seats
        ("2023 Finnish presidential election. The runoff is won by Ana Ruiz.", {("President of Finland", "2023")}),
        ("Ana Ruiz won the Finnish presidential election in 2023. The 2023 election was close.",
         {("President of Finland", "2023")}),
    ],
)
def test_facts_body_election_stays_apart_from_a_one_person_office(nlp, text, rows):
    found = facts(nlp, text)
    assert {(f[1], f[5]) for f in found if f[0] == "election"} == rows, found


@pytest.mark.parametrize(
    "text, rows",
    [
        # a party's leadership contest is no general or federal election: the party's voters elect no parliament
        ("Zemblan general election, 2004: Ana Ruiz announces her entry into the race to lead the Green Party. "
         "Earlier today, Ivan Petrov drops out of the leadership contest.",
         {("Leader of the Green Party", None), (None, "2004")}),
        ("Canadian federal election, 2004: Ana Ruiz announces her entry into the race to lead the Green Party. "
         "Earlier today, Ivan Petrov drops out of the leadership contest.",
         {("Leader of the Green Party", None), (None, "2004")}),
        # near misses: the contest's own election, named by no other word, is one row with its date
        ("Ivan Petrov drops out of the Green Party leadership contest. The election will be held in March.",
         {("Leader of the Green Party", "2024-03")}),
    ],
)
def test_facts_party_contest_stays_apart_from_a_general_election(nlp, text, rows):
    found = facts(nlp, text)
    assert {(f[1], f[5]) for f in found if f[0] == "election"} == rows, found


@pytest.mark.parametrize("text, want, not_want", [
    # a name right before a word of reporting tells of another's act, not its own
    ("Ana Ruiz says the city councillors are re-elected in Velmar.", [], [dict(predicate="won", subject="Ana Ruiz")]),
    ("Ana Ruiz said Marta Lopez won the mayoral election in Velmar.",
     [dict(predicate="won", subject="Marta Lopez")], [dict(predicate="won", subject="Ana Ruiz")]),
    ("Ana Ruiz announced that Marta Lopez is running for mayor of Velmar.",
     [dict(predicate="candidate", subject="Marta Lopez", obj="Mayor of Velmar")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    # near misses: the reporter's own pronoun makes the act hers; a report after the act changes nothing
    ("Ana Ruiz said on Monday that she won the mayoral election in Velmar.", [dict(predicate="won", subject="Ana Ruiz")],
     []),
    ("Ana Ruiz says she will run for mayor of Velmar.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Velmar")], []),
    ("Ana Ruiz won the mayoral election in Velmar, officials said.", [dict(predicate="won", subject="Ana Ruiz")], []),
    # ... a pronoun that opens the trigger is hers too ("her candidacy"), unless it is of the other sex
    ("Ana Ruiz announces her candidacy with the Green Party for mayor of Velmar.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Velmar")], []),
    ("Ivan Petrov announced his candidacy for mayor of Velmar on Monday.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Velmar")], []),
    ("Ana Ruiz says his campaign will visit Velmar before the mayoral election.", [],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ana Ruiz and Marta Lopez are re-elected as councillors in Velmar.",
     [dict(predicate="won", subject="Ana Ruiz"), dict(predicate="won", subject="Marta Lopez")], []),
])
def test_facts_reporter_is_not_the_reported_act(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # an appeal to run ("urged X to run", "asked to run") is no one's candidacy yet: not the one who asks, not the
    # one asked
    ("Ana Ruiz urged Marta Lopez to run for mayor of Velmar.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz asked to run for mayor of Velmar.", [], [dict(predicate="candidate")]),
    ("Supporters urged Ana Ruiz to run for mayor of Velmar.", [], [dict(predicate="candidate")]),
    # near misses: an appeal in a clause apart, or to back another's campaign, leaves the candidacy standing
    ("Ana Ruiz, asked about the race, said she will run for mayor of Velmar.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Velmar")], []),
    ("Mayor Tom Hart urged Governor Ana Ruiz to back his campaign for governor of Kestrel.",
     [dict(predicate="candidate", subject="Tom Hart", obj="Governor of Kestrel")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Ana Ruiz is running for mayor of Velmar.", [dict(predicate="candidate", subject="Ana Ruiz")], []),
])
def test_facts_appeal_to_run_is_no_candidacy(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, elections", [
    # a prize's or a committee's ballot is no election, dated or not
    ("The Hall of Fame released the latest Veterans Committee ballot yesterday.", 0),
    ("The Hall of Fame ballot was released on Monday.", 0),
    ("Writers cast their MVP ballot on Friday.", 0),
    # near misses: a dated vote or poll is an election
    ("The Dec. 1 vote will decide the mayor of Velmar.", 1),
    ("Voters in Zembla return to the polls on Sunday.", 1),
])
def test_facts_prize_ballot_is_no_election(nlp, text, elections):
    assert sum(f[0] == "election" for f in facts(nlp, text)) == elections


@pytest.mark.parametrize("text, want, not_want", [
    # the agent of an act another takes up ("the star power of X to boost his campaign": his, the caller's) is read
    # through a title written as one hyphenated word
    ("President Ana Ruiz called on the star power of actor-turned-California-governor Marta Lopez to boost his "
     "campaign appeal as challenger Tom Hart shifted his attack.",
     [dict(predicate="candidate", subject="Ana Ruiz")], [dict(predicate="candidate", subject="Marta Lopez")]),
    # near miss: a plain title, as before
    ("President Ana Ruiz called on the star power of California Governor Marta Lopez to boost his campaign appeal "
     "as challenger Tom Hart shifted his attack.",
     [dict(predicate="candidate", subject="Ana Ruiz")], [dict(predicate="candidate", subject="Marta Lopez")]),
])
def test_facts_agent_through_a_hyphenated_title(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # a name right before what is faced ("faces X revolt", "faces X threat to resign") is no rival
    ("Ana Ruiz faces Ivan Petrov revolt. Zemblan Finance Minister Ivan Petrov said on Tuesday he would quit unless "
     "Prime Minister Ana Ruiz agreed to hold a referendum.", [], [dict(predicate="candidate")]),
    ("Ana Ruiz faces Ivan Petrov threat to resign. Zemblan Finance Minister Ivan Petrov said on Tuesday he would quit "
     "unless Prime Minister Ana Ruiz agreed to hold a referendum.", [], [dict(predicate="candidate")]),
    # near miss: the rival himself
    ("Ana Ruiz faces Ivan Petrov. Zemblan Finance Minister Ivan Petrov said on Tuesday he would run against Prime "
     "Minister Ana Ruiz in the election.",
     [dict(predicate="candidate", subject="Ana Ruiz"), dict(predicate="candidate", subject="Ivan Petrov")], []),
])
def test_facts_name_before_what_is_faced_is_no_rival(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # a person said to be of another party neither wins nor runs for a party's leadership
    ("Conservative MP Tom Hart wins the leadership of the Labour Party.", [],
     [dict(predicate="won", subject="Tom Hart")]),
    # ... whether the party is named by its short name or its full name
    ("Conservative Party MP Tom Hart wins the leadership of the Labour Party.", [],
     [dict(predicate="won", subject="Tom Hart")]),
    ("Labour Party MP Ana Ruiz concedes defeat to Conservative Party MP Tom Hart, leaving the leadership of the "
     "Labour Party open in Britain.", [dict(predicate="won", subject="Tom Hart")],
     [dict(predicate="won", subject="Tom Hart", obj="Leader of the Labour Party")]),
    ("Democratic Senator Ana Ruiz concedes defeat to Republican challenger Tom Hart, leaving the leadership of the "
     "Democratic Party in the Senate open.",
     [dict(predicate="won", subject="Tom Hart"), dict(predicate="defeated", subject="Tom Hart", obj="Ana Ruiz")],
     [dict(predicate="won", subject="Tom Hart", obj="Leader of the Democratic Party"),
      dict(predicate="candidate", subject="Tom Hart", obj="Leader of the Democratic Party")]),
    # ... and people of two parties make no party's office the story's race, read far from its trigger
    ("Democratic Senate Minority Leader Ana Ruiz concedes defeat to Republican challenger Tom Hart, thus becoming the "
     "first Senate leader in 52 years to lose a re-election bid and leaving the leadership of the Democratic Party in "
     "the Senate open.",
     [dict(predicate="conceded", subject="Ana Ruiz")],
     [dict(predicate="conceded", subject="Ana Ruiz", obj="Leader of the Democratic Party"),
      dict(predicate="election", subject="Leader of the Democratic Party")]),
    # near misses: the party's own people, or people of no said party, do run for its leadership
    ("Labour MP Tom Hart wins the leadership of the Labour Party.",
     [dict(predicate="won", subject="Tom Hart", obj="Leader of the Labour Party")], []),
    ("Labour Party MP Tom Hart wins the leadership of the Labour Party.",
     [dict(predicate="won", subject="Tom Hart", obj="Leader of the Labour Party")], []),
    ("Labour MP Ana Ruiz concedes defeat to Labour MP Tom Hart, leaving the leadership of the Labour Party to him.",
     [dict(predicate="won", subject="Tom Hart", obj="Leader of the Labour Party")], []),
    ("The Labour Party picks councillor Tom Hart as its new leader. Hart wins on the first ballot, beating veteran MP "
     "Ana Ruiz.", [dict(predicate="won", subject="Tom Hart")], []),
])
def test_facts_no_one_runs_for_another_partys_office(nlp, text, want, not_want):
    expect(facts(nlp, text, "2004-11-03"), want, not_want)


#: Only holds_office says whether its office is held or was (predicates.yml ``qualified``): a "former" beside a win, an
#: endorsement or a candidacy is another title's, not the fact's. (text, predicate, subject, qualifier)
QUALIFIED = [
    ("President-elect Ana Ruiz names her former presidential campaign manager Ivan Petrov as her chief of staff after "
     "the Chilean presidential election.", "won", "Ana Ruiz", None),
    # ... the title's own "former" stays on the holds_office row
    ("Former President Ana Ruiz of Chile is elected to the Senate.", "holds_office", "Ana Ruiz", "former"),
    ("Former President Ana Ruiz of Chile is elected to the Senate.", "won", "Ana Ruiz", None),
]


@pytest.mark.parametrize("text, predicate, subject, qualifier", QUALIFIED)
def test_facts_only_holds_office_is_qualified(nlp, text, predicate, subject, qualifier):
    found = [f for f in facts(nlp, text) if f[0] == predicate and f[1] == subject]
    assert found and all(f[-1] == qualifier for f in found), found


@pytest.mark.parametrize("text, want, not_want", [
    # a "he" or "she" opening a race's relative clause stands for the sentence's name however far before it
    ("Ivan Petrov is re-elected as President of Moldova in an election in which he was the only candidate.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Moldova")], []),
    ("Ana Ruiz is elected Mayor of Lyon for the third time in a vote where she was the sole candidate.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    # near misses: no word of a race before the relative, or a possessor before the pronoun
    ("Ivan Petrov is re-elected as President of Moldova after a long dinner in which he was the only candidate.",
     [], [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("Ivan Petrov's wife is named envoy of Moldova after the election in which she was the only candidate.",
     [], [dict(predicate="candidate", subject="Ivan Petrov")]),
])
def test_facts_pronoun_of_a_race_relative_clause(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # one who says he does not run has no candidacy in "his candidacy" after it, nor one who decides against running
    ("Former mayor Ivan Petrov announces he will not run for President of Moldova because of the impact his "
     "candidacy might have.", [], [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("Ana Ruiz decided against running for Mayor of Lyon.", [], [dict(predicate="candidate", subject="Ana Ruiz")]),
    # near misses: a candidacy said with no refusal to run, or one withdrawn, stands
    ("Former mayor Ivan Petrov announces his candidacy for President of Moldova.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Moldova")], []),
    ("Ana Ruiz, who once ran for senator, withdraws her candidacy for Mayor of Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz")], []),
    ("Ana Ruiz is running for Mayor of Lyon.", [dict(predicate="candidate", subject="Ana Ruiz")], []),
])
def test_facts_one_who_will_not_run_has_no_candidacy(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # one person's cue and its comma reach through the title of a name whose own comma closes the apposition
    ("Mayor Ivan Petrov and his rival, Senator Ana Ruiz, clashed over taxes before the mayoral election in Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("Mayor Ivan Petrov and his challenger, former Governor Ana Ruiz, debate before the mayoral election in Lyon.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    # near misses: a verb right after the name (the title opens the next clause), a plural cue (a group)
    ("After a meeting with his rival, Mayor of Lyon Ivan Petrov spoke on Monday before the mayoral election.",
     [], [dict(predicate="candidate", subject="Ivan Petrov")]),
    ("After meeting the candidates, Senator Ana Ruiz, who chairs the committee, spoke on Monday before the mayoral "
     "election in Lyon.", [], [dict(predicate="candidate", subject="Ana Ruiz")]),
])
def test_facts_one_persons_cue_through_an_apposed_title(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, want, not_want", [
    # the one a race is to succeed or replace does not run, through bare qualifiers too; he still holds the office
    ("Voters in Chile vote in the first round of the presidential election between 11 candidates to succeed "
     "incumbent Ana Ruiz, who has reached her term limit.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    ("Voters in Chile choose between Ivan Petrov and Tom Hart in the presidential election to replace President "
     "Ana Ruiz.", [dict(predicate="candidate", subject="Tom Hart", obj="President of Chile")],
     [dict(predicate="candidate", subject="Ana Ruiz")]),
    # near misses: an incumbent named without succession runs
    ("Voters in Chile choose between Ivan Petrov and incumbent Ana Ruiz in the presidential election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Incumbent Ana Ruiz faces a challenge in the Lyon mayoral election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
])
def test_facts_the_one_succeeded_does_not_run(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An office in apposition past "the country's" / "the city's" (the anaphor places it): (text, want, not_want).
APPOSITIONS_PAST_A_PLACE_ANAPHOR = [
    ("Kenya votes. Ana Ruiz, the country's deputy president, resigns.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Deputy President of Kenya")], []),
    ("Ohio votes. Ana Ruiz, the state's governor, resigns.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    ("Toronto votes. Ana Ruiz, the city's mayor, resigns.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Toronto")], []),
    ("Kuwait votes. Ana Ruiz, the nation's foreign minister, resigns.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Foreign Affairs of Kuwait")], []),
    # near misses: another possessor's office is not the name's; a place's word with no possessive is no anaphor
    ("Kenya votes. Ana Ruiz, the party's deputy president, resigns.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Deputy President of Kenya")]),
    ("Ohio votes. Ana Ruiz, the state's best-known lawyer, resigns.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", APPOSITIONS_PAST_A_PLACE_ANAPHOR)
def test_facts_apposition_past_a_place_anaphor(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An apposition's office past a word of its standing in the post (qualifiers.tsv office_lead): (text, want, not_want).
APPOSITIONS_PAST_A_STANDING = [
    ("Ana Ruiz, the incumbent president, concedes in Chile.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Ana Ruiz, the outgoing prime minister, concedes in Japan.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Japan")], []),
    ("Ana Ruiz, the acting governor, declares an emergency in Ohio.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    ("Ana Ruiz, the interim president, calls an election in Bolivia.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Bolivia")], []),
    # near misses: the standing with no office; an office sought, not held
    ("Ana Ruiz, the incumbent, concedes in Chile.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the incumbent candidate for president, concedes in Chile.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", APPOSITIONS_PAST_A_STANDING)
def test_facts_apposition_past_a_standing(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Words that describe the holder between an apposition's article and its office (cues.yml
#: appositive_modifier_suffixes, a hyphened compound, an adverb in "-ly" before one): (text, want, not_want).
APPOSITIONS_PAST_A_DESCRIPTION = [
    ("Ana Ruiz, the embattled governor of Oaxaca, declares an emergency.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Oaxaca")], []),
    ("Ana Ruiz, the pro-Russian governor of Oaxaca, declares an emergency.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Oaxaca")], []),
    ("Tom Hart, the newly appointed prime minister of Haiti, promises elections.",
     [dict(predicate="holds_office", subject="Tom Hart", obj="Prime Minister of Haiti")], []),
    ("Ana Ruiz, the 56-year-old populist mayor of Lyon, resigns.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("Ana Ruiz, the controversial former governor of Oaxaca, spoke.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Oaxaca", qualifier="former")], []),
    # near misses: an office not held (yet, any more, at all), a noun before the office (another post), a sport's
    ("Ana Ruiz, the would-be governor of Oaxaca, declares an emergency.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the incoming governor of Oaxaca, declares an emergency.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the defeated governor of Oaxaca, spoke.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the assistant governor of Oaxaca, spoke.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the student president of Oaxaca, spoke.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the leading candidate for governor of Oaxaca, spoke.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the pro-government governor's aide, spoke in Oaxaca.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the team's controversial captain, praised the bowlers.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    # a past office's word parted from the office by a description qualifies it still: a former holder, never a
    # current one (offices: "former" read past at most two lower-case words)
    ("Ana Ruiz, the ousted controversial governor of Oaxaca, spoke.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Oaxaca", qualifier="former")],
     [dict(predicate="holds_office", subject="Ana Ruiz", qualifier="")]),
]


@pytest.mark.parametrize("text, want, not_want", APPOSITIONS_PAST_A_DESCRIPTION)
def test_facts_apposition_past_a_description(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A place's possessive first in an apposition, then words describing the holder or the holder's party before the
#: office, which the offices stage placed by the possessive: (text, want, not_want).
APPOSITIONS_PAST_A_PLACE_POSSESSIVE = [
    ("Ana Ruiz, Denmark's Social Democratic prime minister, called an election.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Denmark")], []),
    ("Ana Ruiz, Denmark's centre-left prime minister, called an election.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Denmark")], []),
    ("Tom Hart, Ohio's two-term Republican governor, signed the bill.",
     [dict(predicate="holds_office", subject="Tom Hart", obj="Governor of Ohio")], []),
    ("Ana Ruiz, Colombia's outspoken finance minister, resigned.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Finance of Colombia")], []),
    # near misses: an office not held, a description of no office, another person's office later in the sentence
    ("Ana Ruiz, Denmark's would-be prime minister, called an election.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, Denmark's incoming prime minister, called an election.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Tom Hart, Peru's richest man, met the president.", [], [dict(predicate="holds_office", subject="Tom Hart")]),
    ("Tom Hart, Britain's most famous actor, met the prime minister.", [],
     [dict(predicate="holds_office", subject="Tom Hart")]),
]


@pytest.mark.parametrize("text, want, not_want", APPOSITIONS_PAST_A_PLACE_POSSESSIVE)
def test_facts_apposition_past_a_place_possessive(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An apposition left unclosed at a sentence's start, its verb right after the office (cues.yml appositive_open_*):
#: (text, want, not_want).
APPOSITIONS_LEFT_OPEN = [
    ("Ana Ruiz, the Governor of Oaxaca declares a state of emergency after the floods.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Oaxaca")], []),
    ("Tom Hart, the Mayor of Lyon resigned on Monday.",
     [dict(predicate="holds_office", subject="Tom Hart", obj="Mayor of Lyon")], []),
    ("Ana Ruiz, the Prime Minister of Peru is sworn in.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Peru")], []),
    # near misses: a list's next name, a noun after the office, another's post, a name inside its sentence
    ("Ana Ruiz, the Mayor of Lyon and Tom Hart met on Monday.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the Mayor of Lyon business leaders praised, resigned.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the Mayor of Lyon's spokeswoman says the vote is on.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Voters cheered as Ana Ruiz, the Mayor of Lyon declares the vote open.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", APPOSITIONS_LEFT_OPEN)
def test_facts_apposition_left_open_before_its_verb(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An apposition's office after "now" ("X, now Kenya's finance minister,"): (text, want, not_want).
APPOSITIONS_AFTER_NOW = [
    ("Ana Ruiz, now Kenya's finance minister, resigns.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Finance of Kenya")], []),
    ("Ana Ruiz, now Health and Human Services Secretary, resigns in the United States.",
     [dict(predicate="holds_office", subject="Ana Ruiz",
           obj="United States Secretary of Health and Human Services")], []),
    # near misses: "now" before no office, or before the office sought
    ("Ana Ruiz, now retired, met voters in Chile.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, now running for president, met voters in Chile.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", APPOSITIONS_AFTER_NOW)
def test_facts_apposition_after_now(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Three candidacy shapes of wire news (AG News World, 2004): a re-election "his" or "her" owns, however far its name
#: stands before it in the sentence (candidate.reelection_possessive); one nominated for another term
#: (candidate.nominated_term); one challenged by rivals counted, not named (candidate.challenged_by, and by leaders
#: only in a sentence that names the race: candidate.challenged_by_leaders). Near misses: one who backs another's
#: re-election, a term of an appointed post, a board's term, a possessor's decree, a law, a challenge over a budget.
#: (text, want, not_want)
CANDIDACY_WIRE_SHAPES = [
    ("Party elders are urging Bolivian President Ivan Petrov to unveil a bold agenda at his convention next week to "
     "shift the focus of voters from the war and other issues that are a distraction to his re-election drive.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Bolivia")], []),
    ("Ohio Governor Ana Ruiz met the farmers of the northern valley on Tuesday and promised them new roads and a "
     "hospital as part of her reelection campaign.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    ("Bolivian President Ivan Petrov files his candidacy for re-election in the May election.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Bolivia")], []),
    ("Ohio Senator Tom Hart urged Governor of Ohio Maria Lopez to back her re-election bid before the election.", [],
     [dict(predicate="candidate", subject="Maria Lopez")]),
    ("Protesters marched as delegates gathered to nominate Bolivian President Ivan Petrov for a second term before "
     "the election.", [dict(predicate="candidate", subject="Ivan Petrov", obj="President of Bolivia")], []),
    ("The party renominated Ohio Governor Ana Ruiz for re-election at its convention before the November election.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")], []),
    ("Before the election, the president nominated central bank Governor Ana Ruiz for a second term.", [],
     [dict(predicate="candidate")]),
    ("Protesters marched as delegates gathered to nominate Bolivian President Ivan Petrov to lead the delegation "
     "before the election.", [], [dict(predicate="candidate")]),
    ("As voters prepare for the first presidential election on Sunday, Chilean President Ana Ruiz, a former "
     "teacher, is being challenged by over a dozen factional leaders.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Chilean President Ana Ruiz is being challenged by a dozen candidates in the presidential election on Sunday.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")], []),
    # a named challenger is candidate.pair's still: both run
    ("Before the election, Chilean President Ana Ruiz is challenged by Ivan Petrov in the presidential race.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")],
     []),
    ("Before the election, the new law is being challenged by opposition leaders in court.", [],
     [dict(predicate="candidate")]),
    ("Before the election, Chilean President Ana Ruiz's decree is being challenged by rival candidates.", [],
     [dict(predicate="candidate")]),
    ("Before the election, Ohio Governor Ana Ruiz is being challenged by opposition leaders over her budget.", [],
     [dict(predicate="candidate")]),
    ("Ohio Governor Ana Ruiz is being challenged by opposition leaders, a month before the vote.", [],
     [dict(predicate="candidate")]),
    # a plural cue of two candidates after the pair named before it, however far (candidate.pair_named_before)
    ("Chilean President Ana Ruiz and Senator Ivan Petrov began a sprint to the presidential election on Thursday in "
     "Valparaiso, where the two rivals renewed their fight.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")],
     []),
    ("Talk about Chilean President Ana Ruiz and Senator Ivan Petrov filled the laundry, the debate reflecting the "
     "presidential race in a must-win town for both candidates.",
     [dict(predicate="candidate", subject=name, obj="President of Chile") for name in ("Ana Ruiz", "Ivan Petrov")],
     []),
    ("Before the presidential election in Chile, analyst Tom Hart said the debate mattered for both candidates.", [],
     [dict(predicate="candidate")]),
    ("Before the presidential election in Chile, Ana Ruiz met Ivan Petrov and said the debate mattered for both "
     "candidates.", [], [dict(predicate="candidate")]),
]


@pytest.mark.parametrize("text, want, not_want", CANDIDACY_WIRE_SHAPES)
def test_facts_candidacy_wire_shapes(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: A candidacy that names no office, in a sentence whose other candidacies name none either, takes the one office all
#: the document's other candidacies name (FactEngine._sibling_race): a rival of the story's one re-election. Where the
#: document's candidacies name two offices, it names none. (text, want, not_want)
DOCUMENT_SIBLING_RACE = [
    ("Party elders urge Bolivian President Ivan Petrov to unveil a bold agenda, a distraction to his re-election "
     "drive. Some say the party should ditch the fight over rival Tom Hart's record before the vote.",
     [dict(predicate="candidate", subject="Tom Hart", obj="President of Bolivia")], []),
    ("Party elders urge Bolivian President Ivan Petrov to unveil a bold agenda, a distraction to his re-election "
     "drive. Ohio Governor Ana Ruiz seeks re-election. Some say the party should ditch the fight over rival Tom "
     "Hart's record before the vote.", [],
     [dict(predicate="candidate", subject="Tom Hart", obj="President of Bolivia"),
      dict(predicate="candidate", subject="Tom Hart", obj="Governor of Ohio")]),
]


@pytest.mark.parametrize("text, want, not_want", DOCUMENT_SIBLING_RACE)
def test_facts_document_sibling_race(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: Names set off before a result or candidacy verb that are not its subject: one inside a "with" phrase about the
#: subject ("X, with 3,000 more votes than Y, won"), one inside a relative clause that closes before the verb ("X, who
#: lost to Y, won"; "The former senator, who lost to Y, said he will run": the "he" is no Y). A past result in a
#: relative clause of a poll sentence is no poll's ("the man who lost the presidential election to Y").
ASIDES = [
    ("Ana Ruiz, with 3,000 more votes than Ivan Petrov, won the Lima mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="won", subject="Ivan Petrov")]),
    ("Ana Ruiz, with 52 percent of the vote to 40 percent for Ivan Petrov, won the Lima mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz")], [dict(predicate="won", subject="Ivan Petrov")]),
    ("Ana Ruiz, who beat Ivan Petrov in the primary, won the Lima mayoral election.",
     [dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")], [dict(predicate="won", subject="Ivan Petrov")]),
    ("The former senator, who lost the presidential election to Ivan Petrov, said he will run for mayor of Lima.",
     [dict(predicate="won", subject="Ivan Petrov")],
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lima")]),
    ("The former governor, whose rival was Ivan Petrov, says he will run for mayor of Lima.",
     [], [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lima")]),
    ("With polls showing voters will replace the mayor with the man who lost the presidential election to Ivan "
     "Petrov, Ana Ruiz is confident.", [dict(predicate="won", subject="Ivan Petrov")], []),
    ("Polls show voters will back the man who lost the presidential election to Ivan Petrov.",
     [dict(predicate="won", subject="Ivan Petrov")], []),
    # near misses: the name before the clause is the subject; a name that opens the sentence is the "he"; no
    # relative clause; a poll inside the relative clause; a future win in a poll sentence
    ("Ana Ruiz, who lost the presidential election to Ivan Petrov, said she will run for mayor of Lima.",
     [dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lima")],
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lima")]),
    ("After the vote, Ivan Petrov said he will run for mayor of Lima.",
     [dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lima")], []),
    ("In the Lima mayoral election, with Ana Ruiz absent, Ivan Petrov won.",
     [dict(predicate="won", subject="Ivan Petrov")], [dict(predicate="won", subject="Ana Ruiz")]),
    ("Polls show Ivan Petrov, who leads in the latest poll, will win the Lima mayoral election.",
     [], [dict(predicate="won", subject="Ivan Petrov")]),
    ("Polls show voters will back the man who lost the primary in the latest poll to Ivan Petrov.",
     [], [dict(predicate="won", subject="Ivan Petrov")]),
]


@pytest.mark.parametrize("text, want, not_want", ASIDES)
def test_facts_names_set_off_before_the_verb_are_not_its_subject(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


@pytest.mark.parametrize("text, present, absent", [
    # "was made" names a new holder as "became" does, and a holder's number stands where "first" may
    ("After the vote in Peru, Ana Ruiz was made the country's 23rd Prime Minister.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Peru")], []),
    ("After the vote in Chile, Ana Ruiz became the country's 4th president.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")], []),
    ("Ana Ruiz was made Chile's prime minister after the election.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Chile")], []),
    # near misses: "made" with no office right after it; a number that is no holder's
    ("Ana Ruiz was made aware of the result by Chile's president.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz became the 16th person to seek the presidency of Chile.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
])
def test_facts_made_and_holders_number(nlp, text, present, absent):
    found = facts(nlp, text)
    assert all(has(found, **p) for p in present), found
    assert not any(has(found, **a) for a in absent), found


@pytest.mark.parametrize("text, present, absent", [
    # right of "re-election" only "as", "of", "for" and determiners part the race's office from it: an office past
    # other words is another's ("X's re-election by saying the French president")
    ("Ahead of the Chilean presidential election, Ana Ruiz attacked Ivan Petrov's re-election by saying the French "
     "president was wrong.", [dict(predicate="election", subject="President of Chile")],
     [dict(predicate="election", subject="President of France")]),
    # near misses: "of the" and "as" still name it
    ("In the Chilean presidential election, Ana Ruiz welcomed the re-election of the president of Peru.",
     [dict(predicate="election", subject="President of Peru")], []),
    ("Ana Ruiz sought re-election as Chile's president.", [dict(predicate="election", subject="President of Chile")], []),
])
def test_facts_reelection_office_on_the_right(nlp, text, present, absent):
    found = facts(nlp, text)
    assert all(has(found, **p) for p in present), found
    assert not any(has(found, **a) for a in absent), found


@pytest.mark.parametrize("text, present, absent", [
    # an honorific between a title and a name the lexicons do not know ("Prime Minister General X Y"): the title's name
    ("Myanmar's Prime Minister General Tun Maweh has been sacked.",
     [dict(predicate="holds_office", subject="Tun Maweh", obj="Prime Minister of Myanmar")], []),
    ("President General Tun Maweh was sacked in Chile.",
     [dict(predicate="holds_office", subject="Tun Maweh", obj="President of Chile")], []),
    # near misses: one word after the honorific is no name; a body's name is none
    ("Chile's Prime Minister General Maweh was sacked.", [], [dict(predicate="holds_office", subject="Maweh")]),
    ("The Prime Minister General Assembly speech in Chile was long.", [], [dict(predicate="holds_office")]),
])
def test_facts_title_honorific_name(nlp, text, present, absent):
    found = facts(nlp, text)
    assert all(has(found, **p) for p in present), found
    assert not any(has(found, **a) for a in absent), found


#: A name no first-name list knows, set off as an office's holder: in apposition after it behind a place's
#: possessive or demonym, or "a member of" a named body ("X, Zembla's health minister,", "X, a member of the Kestrel
#: House of Representatives,"), or set off by commas right after its title ("Zembla's health minister, X,"); the
#: holder is a person all the same. (text, want, not_want)
HOLDERS_SET_OFF = [
    ("Tulo Ngarambe, Zambia's health minister, said the outbreak was under control.",
     [_member("Tulo Ngarambe", "Minister of Health of Zambia")], []),
    ("Tulo Ngarambe, the Zambian health minister, said the outbreak was under control.",
     [_member("Tulo Ngarambe", "Minister of Health of Zambia")], []),
    ("Tulo Ngarambe, a member of Zambia's National Assembly, was arrested on Tuesday.",
     [_member("Tulo Ngarambe", "Member of the National Assembly of Zambia")], []),
    ("Oyelu Tindall, a member of the Vermont House of Representatives, was arrested.",
     [_member("Oyelu Tindall", "Member of the Vermont House of Representatives")], []),
    ("Zambia's health minister, Tulo Ngarambe, said the outbreak was under control.",
     [_member("Tulo Ngarambe", "Minister of Health of Zambia")], []),
    # near misses: no article nor possessive before the office; a member of no office's body; a name the comma
    # after the title does not close ("the minister, Tulo Ngarambe said")
    ("Tulo Ngarambe, health minister said the outbreak was under control in Zambia.", [],
     [dict(predicate="holds_office", subject="Tulo Ngarambe")]),
    ("Tulo Ngarambe, a member of the Kestrel Rowing Club, was arrested in Zambia.", [],
     [dict(predicate="holds_office", subject="Tulo Ngarambe")]),
    ("Asked about the health minister, Tulo Ngarambe nodded in Zambia.", [],
     [dict(predicate="holds_office", subject="Tulo Ngarambe")]),
]


@pytest.mark.parametrize("text, want, not_want", HOLDERS_SET_OFF)
def test_facts_holder_set_off_beside_the_office(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


#: An apposition's office opened by "new" or "[newly] elected" is held ("X, the new governor of Kano State," is
#: sworn in); "next" names a holder to come: (text, want, not_want).
APPOSITIONS_OF_A_NEW_HOLDER = [
    ("Ana Ruiz, the new governor of Kano State, was sworn in.", [_member("Ana Ruiz", "Governor of Kano State")], []),
    ("Ana Ruiz, the newly elected governor of Kano State, was sworn in.",
     [_member("Ana Ruiz", "Governor of Kano State")], []),
    ("Ana Ruiz, a newly elected member of parliament, spoke in Kenya.",
     [_member("Ana Ruiz", "Member of the Parliament of Kenya")], []),
    # near misses: the next holder holds nothing yet; a new candidate holds no office
    ("Ana Ruiz, the next governor of Kano State, was named.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("Ana Ruiz, the new Labour candidate for Kano, spoke in Nigeria.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
]


@pytest.mark.parametrize("text, want, not_want", APPOSITIONS_OF_A_NEW_HOLDER)
def test_facts_apposition_of_a_new_holder(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)


def test_fact_lexicon_member_roles_hold_no_sole_office():
    """A body's seat (roles.jsonl ``member``) is the one home of both sets: its office is named by the body after
    "member of" and is never a title one person holds at a time."""
    from pipeline.nlp.components.facts import FactLexicon
    from pipeline.nlp.resources import load_resources

    from conftest import TEST_MODELS

    lexicon = FactLexicon.of(load_resources(TEST_MODELS))
    assert {"role.senator", "role.mep", "role.city_council_member", "role.legislature_member"} <= lexicon.member_roles
    assert {"role.mayor", "role.president"} <= lexicon.sole_roles
    assert not lexicon.member_roles & lexicon.sole_roles


#: A party's contest won (rule key ``party_contest``: a primary, a caucus) is no office won: the win names none, not
#: the winner's own title (an office held), nor the office the primary leads to, and no other rule of the sentence
#: gives it one ("defeating Ivan Petrov"). A contest past the phrase the verb takes, or a "primary vote" (first
#: preferences), leaves the office.
PARTY_CONTESTS = [
    ("Governor Ana Ruiz wins the Green Party primary in Ohio, defeating Ivan Petrov.", "Ana Ruiz", None),
    ("Ohio Senator Ana Ruiz wins the Vermont, Texas and Ohio Green Party primaries.", "Ana Ruiz", None),
    ("Ana Ruiz, mayor of Lima, wins a landslide in the Green Party prime ministerial primary.", "Ana Ruiz", None),
    ("Ana Ruiz wins the Green Party primary for Mayor of Lima.", "Ana Ruiz", None),
    ("Senator Ana Ruiz wins the Iowa caucus.", "Ana Ruiz", None),
    ("Ana Ruiz wins the Lyon mayoral election after a bitter primary.", "Ana Ruiz", "Mayor of Lyon"),
    ("Ana Ruiz wins the Lyon mayoral runoff, a month after the primary.", "Ana Ruiz", "Mayor of Lyon"),
    ("Ana Ruiz wins the Peruvian presidency and Ivan Petrov wins the Green Party primary.", "Ana Ruiz",
     "President of Peru"),
    ("Ana Ruiz won the primary vote and the Lyon mayoral election.", "Ana Ruiz", "Mayor of Lyon"),
]


@pytest.mark.parametrize("text, winner, office", PARTY_CONTESTS)
def test_facts_party_contest_won_names_no_office(nlp, text, winner, office):
    wins = {f[2] for f in facts(nlp, text) if f[0] == "won" and f[1] == winner}
    assert wins == {office}


#: The kind of contest a win takes (cues.yml ``contest_levels``) elects offices of some levels only: a title the
#: winner holds of another level (a mayor's in a regional, legislative or country-wide contest) is not the office
#: won, nor is the story's race of another level. A contest that may elect the title held again (a governor in a
#: regional election, a mayor in a municipal one), an office named in the contest, or no kind, keeps it.
CONTEST_LEVELS = [
    ("Lima mayor Ana Ruiz wins the regional elections.", "Ana Ruiz", None),
    ("Mayor Ana Ruiz of Lyon wins the legislative election.", "Ana Ruiz", None),
    ("Voters in Peru went to the polls on Sunday. Lima mayor Ana Ruiz won the country's top job.", "Ana Ruiz", None),
    ("Lima mayor Ana Ruiz defeated Ivan Petrov in the parliamentary elections.", "Ana Ruiz", None),
    # a party's leadership won: not the premiership held or led to, before the verb; the party's office after it
    ("Prime Minister Ana Ruiz wins the leadership election.", "Ana Ruiz", None),
    ("Ana Ruiz becomes Prime Minister of Japan after winning the Green Party leadership election.", "Ana Ruiz",
     "Leader of the Green Party"),
    # a party's contest after the loser: neither the winner's title nor the loser's
    ("Governor Ana Ruiz of Ohio beats Senator Ivan Petrov in the Democratic primary.", "Ana Ruiz", None),
    # near misses: the title held may be won again, or the contest names its office
    ("Governor Ana Ruiz of Ohio wins the regional election.", "Ana Ruiz", "Governor of Ohio"),
    ("Lima mayor Ana Ruiz wins the municipal elections.", "Ana Ruiz", "Mayor of Lima"),
    ("Lima mayor Ana Ruiz wins the election.", "Ana Ruiz", "Mayor of Lima"),
    ("Lima mayor Ana Ruiz won the Peruvian presidential run-off.", "Ana Ruiz", "President of Peru"),
    ("Governor Ana Ruiz wins the mayoral election in Lyon.", "Ana Ruiz", "Mayor of Lyon"),
    ("Governor Ana Ruiz of Ohio beats Senator Ivan Petrov in the election.", "Ana Ruiz", "Governor of Ohio"),
    ("Ana Ruiz is sworn in as President of Chile after winning the run-off against Mayor Ivan Petrov of Santiago.",
     "Ana Ruiz", "President of Chile"),
    ("Ana Ruiz is sworn in as Governor of Ohio after winning the regional election.", "Ana Ruiz", "Governor of Ohio"),
]


@pytest.mark.parametrize("text, winner, office", CONTEST_LEVELS)
def test_facts_contest_level_keeps_no_office_of_another_level(nlp, text, winner, office):
    wins = {f[2] for f in facts(nlp, text) if f[0] == "won" and f[1] == winner}
    assert wins == {office}


#: A seat won ("is elected to the European Parliament", "wins a seat in parliament") is a body's: an office of one
#: holder that the sentence names beside the winner (an apposition the story's race is read from) is not the one won.
SEATS_WON = [
    ("Ana Ruiz, already mayor of Lyon, is elected to the European Parliament.", "Ana Ruiz", "Mayor of Lyon", False),
    ("Ana Ruiz, the mayor of Lyon, wins a seat in parliament.", "Ana Ruiz", "Mayor of Lyon", False),
    # near misses: the seat's body named, or no seat aimed at
    ("Voters in Ohio went to the polls. Ana Ruiz, a Democrat, wins the Senate seat.", "Ana Ruiz",
     "Member of the United States Senate", True),
    ("Ana Ruiz, already mayor of Lyon, is re-elected in the mayoral election.", "Ana Ruiz", "Mayor of Lyon", True),
]


@pytest.mark.parametrize("text, winner, office, won", SEATS_WON)
def test_facts_seat_won_is_no_office_of_one_holder(nlp, text, winner, office, won):
    wins = {f[2] for f in facts(nlp, text) if f[0] == "won" and f[1] == winner}
    assert wins and (office in wins) == won
#: A term of office won (cues.yml ``term_won``) makes its sentence one of elections beside an office of a contested
#: role, a title too: "Governor X of Ohio wins a second term" has no other word of elections. Without such an
#: office, a term is no election's (a coach's, a title of no place).
TERMS_WON = [
    ("Governor Ana Ruiz of Ohio wins a second term.", {("won", "Ana Ruiz", "Governor of Ohio")}),
    ("Lyon Mayor Ana Ruiz won a third term.", {("won", "Ana Ruiz", "Mayor of Lyon")}),
    ("Ana Ruiz, in her second term as coach, defeated Ivan Petrov in the final.", set()),
    ("Coach Ana Ruiz of Lyon wins a second term.", set()),
    ("Governor Ana Ruiz of Ohio wins the second set.", set()),
]


@pytest.mark.parametrize("text, want", TERMS_WON)
def test_facts_term_won_beside_a_contested_office_is_an_election(nlp, text, want):
    assert {f[:3] for f in facts(nlp, text) if f[0] in ("won", "defeated")} == want



def _fact_rows(doc):
    return [(f.key(), f.rule, f.start, f.end, f.confidence) for f in doc._.facts] + \
        [(f.key(), f.rule, f.start, f.end, f.confidence) for f in doc._.race_facts]


def test_facts_structure_gates_change_no_fact(nlp, monkeypatch):
    """The structure rules' gates (no title without an office, no person's figure without a figure, no cue before a
    name without a cue's last word in the Doc) and the cue phrases read by their last word skip only what could give
    no fact: the facts of 1,500 current-events items are the same with the gates off and every cue phrase tried."""
    from conftest import current_events_texts

    engine = nlp.get_pipe("newsfacts_facts")
    texts = current_events_texts(1500)
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name == "newsfacts_facts":
                break
            doc = component(doc)
        fast = _fact_rows(engine(doc))
        with monkeypatch.context() as m:
            m.setattr(engine, "_structure_gates", False)
            m.setattr(engine, "_phrases_by_last", lambda phrases: None)  # every phrase at every position
            plain = _fact_rows(engine(doc))
        assert fast == plain, text


def _facts_before_and_after(nlp, monkeypatch, docs: int, **undone):
    """Per current-events item, the facts of the engine as it is and with its attributes ``undone`` set as given."""
    from conftest import current_events_texts

    engine = nlp.get_pipe("newsfacts_facts")
    texts = current_events_texts(docs)
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name == "newsfacts_facts":
                break
            doc = component(doc)
        fast = _fact_rows(engine(doc))
        with monkeypatch.context() as m:
            for attr, value in undone.items():
                m.setattr(engine, attr, value)
            plain = _fact_rows(engine(doc))
        yield text, fast, plain


def test_facts_dropped_triggers_change_no_fact(nlp, monkeypatch):
    """The matches of near-gated rules dropped in a Doc without their near words (FactEngine._droppable_triggers) change
    no fact: the facts of 1,500 current-events items are those of every match kept."""
    engine = nlp.get_pipe("newsfacts_facts")
    assert engine._droppable  # the gate is on: "(", "in", "to" of rules that need a near word
    for text, fast, plain in _facts_before_and_after(nlp, monkeypatch, 1500, _droppable={}):
        assert fast == plain, text


def test_facts_two_people_gate_changes_no_fact(nlp, monkeypatch):
    """The dependency rules whose subject and object are two people (defeated.dep ...) parse no sentence that names one
    person (facts._needs_two_people): the facts of 1,500 current-events items are those of parsing it, and the gate
    did skip sentences there."""
    from pipeline.nlp.components.common import sentence_of

    engine = nlp.get_pipe("newsfacts_facts")
    assert engine._two_people
    skipped = []
    apply = engine._apply_dependency

    def counted(ctx, rule, start, end):
        found = list(apply(ctx, rule, start, end))
        sent = sentence_of(ctx.doc, start)
        skipped.append(rule.id in engine._two_people and len(ctx.in_sentence(sent, "PERSON")) == 1)
        return iter(found)

    monkeypatch.setattr(engine, "_apply_dependency", counted)
    for text, fast, plain in _facts_before_and_after(nlp, monkeypatch, 1500, _two_people=frozenset()):
        assert fast == plain, text
    assert any(skipped)


def test_facts_cover_first_word_gate_changes_no_cover(nlp):
    """facts._cover skips the phrases whose first word the words lack: on the sentences of 300 current-events items it
    covers what a search of every phrase covers, for the undecided cues and the shared cue lists."""
    from conftest import current_events_texts

    from pipeline.nlp.components.common import sentence_index, token_lowers
    from pipeline.nlp.components.facts import _cover

    def every_phrase(words, phrases):
        return {j for p in phrases for i in range(len(words) - len(p) + 1)
                if tuple(words[i:i + len(p)]) == p for j in range(i, i + len(p))}

    engine = nlp.get_pipe("newsfacts_facts")
    lists = [engine._undecided, engine._runoff, engine._election, engine._negation, engine._hedge, engine._voting]
    texts = current_events_texts(300)
    covered = 0
    for text in texts:
        doc = nlp(text)
        lowers = token_lowers(doc)
        for sent in sentence_index(doc)[0]:
            words = lowers[sent.start:sent.end]
            for phrases in lists:
                got = _cover(words, phrases)
                assert got == every_phrase(words, phrases), sent.text
                covered += bool(got)
    assert covered


@pytest.mark.parametrize("text, want, not_want", [
    # offices joined by "and" after "as" or "who is" are each held
    ("Ana Ruiz announces her resignation as First Minister of Wales and leader of the Green Party.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="First Minister of Wales"),
      dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of the Green Party")], []),
    ("Ana Ruiz, who served as mayor of Lyon and leader of the Green Party, died on Monday.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon", qualifier="former"),
      dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of the Green Party", qualifier="former")], []),
    ("Ana Ruiz, who is Prime Minister of Chile and leader of the Green Party, spoke.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Chile"),
      dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of the Green Party")], []),
    # near misses: a name after "and" is another person, whose title is no office of the first
    ("Ana Ruiz resigns as mayor of Lyon and Governor Ivan Petrov of Ohio praises her.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")],
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")]),
    # a title joined by "and" to a candidate's descriptor, past the race's adjective and the party
    ("Chilean Defence minister and Green Party presidential candidate Ana Ruiz picks her running mate.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Defence of Chile")], []),
    ("Ohio U.S. Senator and former presidential candidate Ana Ruiz endorses Ivan Petrov.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Member of the United States Senate")], []),
    # near misses: a possessive before the descriptor makes it another's; no title before "and"
    ("The governor and his presidential rival Ana Ruiz spoke in Ohio.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("The voters and Green Party presidential candidate Ana Ruiz spoke in Chile.", [],
     [dict(predicate="holds_office", subject="Ana Ruiz")]),
    # a named court's judge or justice, a U.S. attorney, titling a name; "Justice" no first name
    ("Kestrel Supreme Court Justice Ana Ruiz postpones the sentencing.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="Justice of the Kestrel Supreme Court")], []),
    ("Former US District attorney Ana Ruiz is elected mayor of Lyon.",
     [dict(predicate="holds_office", subject="Ana Ruiz", obj="United States Attorney", qualifier="former"),
      dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")], []),
    ("Ivan Petrov, the U.S. attorney for the Southern District of Kestrel, said the case was closed.",
     [dict(predicate="holds_office", subject="Ivan Petrov", obj="United States Attorney")], []),
    # near misses: a court named by its kind alone; the U.S. attorney's office acts, no one holds it
    ("Supreme Court Justice Ana Ruiz postpones the sentencing.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
    ("The U.S. attorney's office charged Ana Ruiz with fraud.", [], [dict(predicate="holds_office", subject="Ana Ruiz")]),
])
def test_facts_office_lists_courts_and_prosecutors(nlp, text, want, not_want):
    expect(facts(nlp, text), want, not_want)
