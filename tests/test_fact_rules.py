"""Every fact rule of ``models/facts/*.yml`` named by a phrasing test: a sentence it must turn into its
fact, and a near miss (its trigger is there, something else is not) it must leave alone.

The sentences are invented. A positive row passes only when the fact comes out of the whole pipeline
with the rule's id in its ``rule`` attribute (the ``rule`` column of facts.csv); rows marked ``ALONE``
check the rule with the fact stage reduced to it, because another rule finds the same fact with more
confidence wherever this one can fire (the fact is there either way; see the row's comment). A near
miss runs with the fact stage reduced to its rule (so no other rule's fact hides one of its own) and
must hold a trigger word of the rule, or the row could not fail (structure rules, which have no
trigger words, are the exception). ``test_fact_rules_every_rule_has_cases`` fails for a rule without both rows, so deleting any rule fails
its positive row: ``bench/rule_deletion.py`` checks that for every rule on a copy of ``models/``.

The pipeline reads ``conftest.TEST_MODELS`` (the models folder, or ``$NEWSFACTS_TEST_MODELS``).
"""
from __future__ import annotations

import pytest
from conftest import MODELS, TEST_MODELS

from pipeline.nlp.rules import load_rules

ANCHOR = "2023-09-09"
#: Row flag: check the rule with the fact stage reduced to it (another rule wins the same fact).
ALONE = "alone"

#: (rule id, sentence, the fact it must give: field -> value, [ALONE]).
POSITIVE = [
    # -- campaign.yml ------------------------------------------------------------------------------
    # the race's incumbent runs for the office held
    ("candidate.incumbent", "Voters in Chile go to the polls for a presidential election with incumbent Ana Ruiz "
                            "favoured to win.", dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # one who runs with no rival runs; a race's relative clause reaches the name however far
    ("candidate.unopposed", "Ana Ruiz ran unopposed for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.unopposed", "Ivan Petrov is elected President of Moldova in a vote in which he ran unopposed.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Moldova")),
    ("holds_office.title", "Atlanta Councilwoman Mary Norwood spoke at the rally.",
     dict(predicate="holds_office", subject="Mary Norwood", obj="Member of the Atlanta City Council")),
    # a company's name before a word other than the title leaves the title a public office
    ("holds_office.title", "After talks with Acme Corp. executives, Chilean President Ana Ruiz spoke on Monday.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")),
    ("holds_office.appositive", "Tom Hart, a former Ohio state senator, spoke at the rally.",
     dict(predicate="holds_office", subject="Tom Hart", obj="Member of the Ohio State Senate", qualifier="former")),
    # the holder's party's noun and standing before the office
    ("holds_office.appositive", "In Nigeria, Daniel Okoro, a ruling party MP, was shot dead.",
     dict(predicate="holds_office", subject="Daniel Okoro", obj="Member of the National Assembly of Nigeria")),
    # the holder's age set off by commas before the office
    ("holds_office.appositive", "Ana Ruiz, 64, the mayor of Lyon, said the vote would go ahead.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a title set off by a comma reaches its name past a descriptor of the name
    ("holds_office.title", "The Chilean president, lawyer Ana Ruiz, said the vote would go ahead.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")),
    # "flagbearer" (West African, Philippine usage), and the party's pick after the party's noun
    ("candidate.cue", "The ruling party's presidential flagbearer Kofi Mensah campaigns in Kumasi, Ghana.",
     dict(predicate="candidate", subject="Kofi Mensah", obj="President of Ghana")),
    ("candidate.cue", "Mayoral candidate Ana Ruiz visited Lyon ahead of the election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # ... spelt as two words, set off by commas too
    ("candidate.cue", "As the Green Party flag bearer, Ana Ruiz, continues with her campaign tour in Ghana, rivals "
                      "gather.", dict(predicate="candidate", subject="Ana Ruiz", obj=None)),
    ("candidate.cue", "The Green Party standard bearer Ana Ruiz toured Ghana before the presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Ghana")),
    ("candidate.race", "Ana Ruiz and Ivan Petrov will face each other in a runoff for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.appositive", "Ana Ruiz, the Green Party's nominee for Mayor of Lyon, spoke on Monday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.expected", "Ana Ruiz is expected to win the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.polls", "In a new opinion poll for the Lyon mayoral election, Ana Ruiz leads Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.running", "Ana Ruiz is running for Mayor of Lyon in the election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # "her" candidacy is the nearest name's, however far
    ("candidate.possessive",
     "Ana Ruiz is the first Green Party politician to announce her official candidacy for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # the year of the race before the cue, or in the apposition
    ("candidate.cue", "The 2019 Lyon mayoral candidate Ana Ruiz spoke on Monday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon", date="2019")),
    ("candidate.appositive", "Ana Ruiz, the 2019 Green Party nominee for Mayor of Lyon, spoke on Monday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon", date="2019")),
    ("candidate.predicative", "Ana Ruiz agrees with the Green Party to be its candidate for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.reelection", "Governor of Ohio Ana Ruiz is seeking re-election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    # candidacy constructions of wire copy (tests/test_candidacy.py holds the whole inventory)
    ("candidate.runs_as", "Ana Ruiz is running as an independent for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.campaigns_for", "Senator Ana Ruiz campaigns in Iowa for the Democratic presidential nomination.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")),
    ("candidate.exploratory", "U.S. Senator Ana Ruiz forms an exploratory committee for the 2028 presidential "
                              "election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")),
    # "announces" reports no other's act where the bid is its object (reported_ok)
    ("candidate.exploratory", "Ana Ruiz announces the formation of a presidential exploratory committee in the "
                              "United States.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")),
    ("candidate.launches", "Chilean Senator Ana Ruiz announces a presidential bid.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.running", "Ana Ruiz announces a bid for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.stands_against", "Governor of Ohio Ana Ruiz seeks re-election against state senator Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Governor of Ohio")),
    ("candidate.cue", "In the race for Mayor of Lyon, rivals Ana Ruiz and Ivan Petrov meet in a debate.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.advances", "In the Lyon mayoral election, Ana Ruiz and Ivan Petrov advance to the runoff.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("endorsed.verb", "Former President Ivan Petrov throws his weight behind Ana Ruiz in Chile's presidential race.",
     dict(predicate="endorsed", subject="Ivan Petrov", obj="Ana Ruiz")),
    ("endorsed.verb", "The Ohio Democratic Party endorsed Mary Jones for governor.",
     dict(predicate="endorsed", subject="Ohio Democratic Party", obj="Mary Jones", office="Governor of Ohio")),
    # the office a cue aims at ("candidate for") is the one sought, through the title or its apposition
    # the office sought set off by commas before a list of names the commas close: each is a candidate
    ("candidate.cue", "The two candidates for Governor of Ohio, Ana Ruiz and Ivan Petrov, debate on Monday.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Governor of Ohio")),
    ("candidate.cue", "The nominees for Mayor of Lyon, Ana Ruiz, Tom Hart, and Ivan Petrov, debate on Monday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.cue", "Green Party candidate for Mayor of Lyon Ana Ruiz concedes the election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.cue", "Democrats gained; their nominee for governor, Ana Ruiz, lost by five points in the Ohio "
                      "governor election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("endorsed.backed_compound", "The Green Party-backed candidate Ana Ruiz wins the presidential election in Chile.",
     dict(predicate="endorsed", subject="Green Party", obj="Ana Ruiz", office="President of Chile")),
    ("debate.noun", "Mary Jones and Tom Hart met in a televised debate before the Ohio governor election.",
     dict(predicate="debate", subject="Mary Jones", obj="Tom Hart")),
    ("debate.between", "Zembla awaits a televised debate between Governor Ana Ruiz and Ivan Petrov before the election.",
     dict(predicate="debate", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("debate.verb", "Ana Ruiz debated Ivan Petrov before the Ohio governor election.",
     dict(predicate="debate", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("holds_office.becomes", "Ana Ruiz becomes Mayor of Lyon.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("holds_office.incumbent", "Incumbent Ana Ruiz faces a challenge in the Lyon mayoral election.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("holds_office.incumbent_apposed", "Chile elects a president on Sunday. Ana Ruiz, the incumbent, faces seven "
     "challengers.", dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")),
    ("holds_office.incumbent_apposed", "In the Lyon mayoral race, Tom Hart trails Ana Ruiz, the incumbent.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.nomination",
     "Ana Ruiz accepts the nomination of the Green Party to be its candidate in the 2012 Chilean presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile", date="2012")),
    ("candidate.is_nominated", "Ana Ruiz is nominated as the Labour candidate for Mayor of London.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of London")),
    ("candidate.is_nominated", "Ana Ruiz, who was nominated as the Green candidate for President of Austria, spoke.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Austria")),
    ("candidate.campaign", "Ana Ruiz's campaign opened an office in Lyon before the mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.campaign_of", "The mayoral campaign of Ana Ruiz opened an office in Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a name right before "campaign" names whose campaign it is
    ("candidate.name_campaign", "Before the Chilean presidential election, the Ana Ruiz campaign opened an office in "
                                "Santiago.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.name_campaign", "Lyon mayoral election: the Ivan Petrov campaign says it has no ties to the group.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.withdraws", "Tom Hart withdraws as a candidate for the Green Party nomination for Mayor of Lyon.",
     dict(predicate="candidate", subject="Tom Hart", obj="Mayor of Lyon", kind="primary")),
    ("endorsed.conjoined", "Tom Hart withdraws as a candidate for the Green Party nomination for Mayor of Lyon and "
                           "endorses Ana Ruiz.",
     dict(predicate="endorsed", subject="Tom Hart", obj="Ana Ruiz", office="Mayor of Lyon")),
    ("candidate.leaves_race", "Ana Ruiz drops out of the Lyon mayoral race and endorses Ivan Petrov.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a withdrawal foreseen or asked for (a verb's base form after a hedge) is from a race the person is in
    ("candidate.withdraws", "Ivan Petrov is expected to withdraw from the race for President of Chile.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.leaves_race", "Party elders urge Ana Ruiz to drop out of the Chilean presidential race.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # the race entered, whatever words describe it
    ("candidate.enters_race", "Ana Ruiz enters the Chilean presidential race.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.enters_race", "Ivan Petrov joins the crowded Democratic field for governor of Ohio.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Governor of Ohio")),
    # the election said to be between two people
    ("candidate.race", "The Chilean presidential election is between Ana Ruiz and Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    # one who quits a post to run runs
    ("candidate.quits_to_run", "Foreign Minister Ana Ruiz quits to run for President of Mexico.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Mexico")),
    # ... past the post quit, which is no office run for
    ("candidate.quits_to_run", "Ana Ruiz quits her post as Mexico's interior minister to run for president.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Mexico")),
    # an object relative: the party's nominee before "whom"
    ("candidate.nominated_whom", "Ana Ruiz, whom the Green Party had nominated for Mayor of Lyon, withdrew.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # the job quit is one held before
    ("holds_office.quit_job_as", "Ana Ruiz quit her job as Foreign Minister of Mexico to run for president.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Foreign Affairs of Mexico",
          qualifier="former")),
    # one who runs a place or a body as its office holds it, now or before
    ("holds_office.governs_as", "Ana Ruiz, who governs Ohio as its governor, vetoed the bill.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("holds_office.governed_as", "Ana Ruiz, who governed Ohio as its governor until 2011, backs the levy.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio", qualifier="former")),
    # ... the race's office between its noun and "is between"
    ("candidate.race_for_is_between", "The race for Mayor of Lyon is between Ana Ruiz and Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    # a victory claimed or foreseen: no result, but the claimant runs
    ("candidate.victory_claimed", "Ana Ruiz claims victory in the Chilean presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.victory_claimed_after_election", "Voters in Chile go to the polls for a presidential election with "
                                                 "Senator Ana Ruiz claiming victory despite allegations of fraud.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.victory_foreseen", "Ana Ruiz was cruising to victory in Chile's first direct presidential elections.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.victory_foreseen", "Ana Ruiz is on course for an outright victory in the Chilean presidential "
                                   "election, with a quarter of the votes counted.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.placed", "Ivan Petrov is eliminated in the first round of the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.placed", "In the Lyon mayoral election, Ana Ruiz and Ivan Petrov finished third.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    # a rival, an opponent, a frontrunner named in an apposition or after "is the"
    ("candidate.appositive", "Ivan Petrov, Ana Ruiz's main rival in the Lyon mayoral election, concedes.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.predicative", "Ana Ruiz is the frontrunner in the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.running", "Ana Ruiz and Ivan Petrov vie for the Lyon mayoralty in Sunday's election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.running", "Ana Ruiz is competing in the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.among", "Ana Ruiz is among twelve candidates in the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz")),
    ("candidate.listed", "The main candidates in the Lyon mayoral election are Ana Ruiz and Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov")),
    # "among them": the list after it is of the candidates before it
    ("candidate.listed", "The commission registers nine candidates for Mayor of Lyon, among them Ana Ruiz and "
                         "Ivan Petrov.", dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    # the party's pick: the country's office, not the party's presidency
    ("candidate.appositive", "Ana Ruiz, the ruling party's presidential candidate, campaigns in Chile.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # a party's nomination named by its adjectives: the office it is for
    ("candidate.party_nomination", "Ana Ruiz wins the Green Party's presidential nomination in Chile.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # a fronted participle clause: its subject is the main clause's, named after the comma
    ("candidate.reelection_fronted", "Seeking a third term, Chilean President Ana Ruiz calls an early election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # a re-election failed was run for
    ("candidate.reelection_failed", "Lyon Mayor Ana Ruiz fails to win re-election in the mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a candidate noun as a copula's subject names the name after it
    ("candidate.dep_copula", "The Green Party's nominee for Mayor of Lyon is Ana Ruiz.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.runner_up_appositive", "Ana Ruiz, runner-up to President Ivan Petrov in the presidential election in "
                                       "Chile, says she will run again.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.running_mate_as", "Senator Ana Ruiz was named running mate to Ivan Petrov in the Chilean presidential "
                                  "election.", dict(predicate="candidate", subject="Ana Ruiz",
                                                    obj="Vice President of Chile")),
    # the party's country where the story names no place
    ("candidate.appositive", "Markus Feld, the CDU's candidate for chancellor, rules out a coalition.",
     dict(predicate="candidate", subject="Markus Feld", obj="Chancellor of Germany")),
    ("candidate.fielded", "The Green Party will field former lawmaker Ana Ruiz in the mayoral race in Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # who wins or loses a party's primary for an office ran for it
    ("candidate.primary", "Ana Ruiz won the Republican primary for governor of Ohio on Tuesday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    # a nomination a body accepts for an elected office is the named person's
    ("candidate.nomination_of", "The electoral commission accepted the nomination of lawyer Ana Ruiz for mayor of "
                                "Lyon.", dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # who tries to unseat a holder runs for the holder's office
    ("candidate.unseats", "Democrat Ana Ruiz will try to unseat Ohio Governor Ivan Petrov in the November election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    # the names a race is said to feature run in it
    ("candidate.race_features", "The race for mayor of Lyon features former actor Ana Ruiz and councillor Ivan "
                                "Petrov.", dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.listed_before", "Ana Ruiz and Ivan Petrov are the candidates for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.lost", "Ana Ruiz loses the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz")),
    ("candidate.nominated", "The Green Party nominates Ana Ruiz for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.pair", "Ana Ruiz faces Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ivan Petrov")),
    ("candidate.predicative_party", "Ana Ruiz registered as the Green Liberal Party's candidate for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon"), ALONE),
    ("candidate.predicative_party",
     "Chilean senator Ana Ruiz is the Liberal Democratic Party's presidential candidate.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.predicative", "Ana Ruiz is the Green Party's nominee for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("holds_office.appointed_as", "The president announces the appointment of Ana Ruiz as Prime Minister of Italy.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Italy")),
    ("holds_office.appointed_to_seat", "Governor Tom Berg of Ohio appoints Ana Ruiz to fill the U.S. Senate seat vacated "
     "by Ivan Petrov.", dict(predicate="holds_office", subject="Ana Ruiz", obj="Member of the United States Senate"),
     ALONE),
    ("holds_office.appointed_to_seat", "Governor Tom Berg of Ohio appoints Ana Ruiz to Ivan Petrov's vacated U.S. Senate "
     "seat.", dict(predicate="holds_office", subject="Ana Ruiz", obj="Member of the United States Senate"), ALONE),
    ("holds_office.resigns_as", "Ana Ruiz will resign as Prime Minister of Italy.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Italy")),
    ("holds_office.resigns_as", "Ana Ruiz announces her resignation as First Minister of Zembla and party leader.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="First Minister of Zembla")),
    ("holds_office.resigns_as", "Ana Ruiz stands down as the Mayor of Lyon.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("holds_office.resigns_as", "Ana Ruiz resigns as Japan's agriculture minister after scandals.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Agriculture, Forestry and Fisheries of Japan")),
    ("holds_office.title", "Italian Minister of Education Ana Ruiz says the vote will go ahead.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Education of Italy")),
    # a title set off by a comma past "and" and a second title the offices stage does not name: the first is held
    ("holds_office.title", "Denmark's deputy prime minister and Minister of Economic Affairs and the Interior, Ana "
                           "Ruiz, is nominated.", dict(predicate="holds_office", subject="Ana Ruiz",
                                                       obj="Deputy Prime Minister of Denmark")),
    # a relative clause: the office held before ("who was", "who served as": former), or now
    ("holds_office.relative_past", "Ana Ruiz, who was Peruvian President between 1990 and 1995, testifies.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru", qualifier="former")),
    ("holds_office.relative_past", "Ivan Petrov, who served as Peru's ambassador to Chile for nine years, dies.",
     dict(predicate="holds_office", subject="Ivan Petrov", obj="Ambassador of Peru to Chile", qualifier="former")),
    # a seat told by the place represented: the body after "in" (now, or before: former)
    ("holds_office.represents", "Ana Ruiz, who represents Ohio's 9th district in the U.S. House, voted no.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Member of the United States House of Representatives",
          qualifier=None)),
    ("holds_office.represents", "Tom Hart, who represents Kano Central in the Nigerian Senate, moved the motion.",
     dict(predicate="holds_office", subject="Tom Hart", obj="Member of the Senate of Nigeria")),
    ("holds_office.represented", "Ana Ruiz, who represented Ohio in the U.S. Senate for 20 years, died.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Member of the United States Senate", qualifier="former")),
    ("holds_office.represented", "Tom Hart, who represented Lyon in the National Assembly of France, retired.",
     dict(predicate="holds_office", subject="Tom Hart", obj="Member of the National Assembly of France",
          qualifier="former")),
    ("holds_office.relative", "Ana Ruiz, who has been mayor of Lima since 2010, speaks.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lima", qualifier=None)),
    ("holds_office.relative", "Ana Ruiz, who is Prime Minister of Peru, visits Lima.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Peru")),
    ("holds_office.becomes", "Ana Ruiz is officially reinstated as Prime Minister of Italy.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Italy")),
    ("holds_office.becomes", "Ana Ruiz is confirmed as Mayor of Lyon by the council.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # only determiners, possessives and a new holder's qualifiers between "as" and the office
    ("holds_office.becomes", "Chile's president resigns. Ana Ruiz is appointed as the country's acting President.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")),
    ("holds_office.becomes", "Ana Ruiz is sworn in as Peru's new interim president.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru")),
    # the successor "takes over as" the office; "to the post of": the post's noun before the office
    ("holds_office.becomes", "Ana Ruiz, taking over as Latvia's prime minister on Saturday, is a former banker.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Latvia")),
    ("holds_office.becomes", "Tom Hart took over as mayor of Lyon in March.",
     dict(predicate="holds_office", subject="Tom Hart", obj="Mayor of Lyon")),
    ("holds_office.becomes", "Ana Ruiz was appointed to the post of foreign minister of Latvia in March.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Foreign Affairs of Latvia")),
    # a new term of the office held, and who the holder is among its holders, between the verb and the office
    ("holds_office.sworn_in_term", "Ana Ruiz is sworn in for a second term as President of Peru.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru")),
    ("holds_office.sworn_in_term", "Ana Ruiz was sworn in for a fifth consecutive term as Chancellor of Austria.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Chancellor of Austria")),
    ("holds_office.sworn_in_term", "Ana Ruiz begins her second term as President of Peru.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru")),
    ("holds_office.becomes", "Ana Ruiz is inaugurated as Latvia's first female president.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Latvia")),
    # the active of "sworn in as", in the past too: the holder after the verb; the oath's words for "sworn in as"
    ("holds_office.appointed_as", "The chief justice swore in Ana Ruiz as President of Peru on Monday.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru", qualifier=None)),
    ("holds_office.becomes", "Ana Ruiz takes the oath as Governor-General of Australia.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor-General of Australia")),
    # two offices one apposition joins by "and": both are held
    ("holds_office.appositive", "Ana Ruiz, the First Minister of Wales and leader of Welsh Labour, resigned.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of Welsh Labour")),
    # a relative clause of leading a party: the party's leader's office
    ("holds_office.leads_relative", "Ana Ruiz, who leads the Labour Party, called for a recount.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of the Labour Party", qualifier=None)),
    ("holds_office.leads_relative", "Ana Ruiz, who also heads Fine Gael, called for a recount.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of Fine Gael")),
    # a place's possessive before the led party; the relative clause on a passive's agent ("by X, who ...")
    ("holds_office.leads_relative", "Ana Ruiz, who leads New Zealand's Labour Party, called for a recount.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of the New Zealand Labour Party")),
    ("holds_office.leads_relative", "Tom Hart is warned by Ana Ruiz, who leads Fine Gael.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Leader of Fine Gael")),
    ("holds_office.relative", "The plan is backed by Ana Ruiz, who is the President of Peru.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru")),
    # a holder's ordinal in figures and "the state's" between "as" and the office
    ("holds_office.appointed_as", "The governor of Queensland swears in Ana Ruiz as the state's 40th premier.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Premier of Queensland")),
    ("holds_office.appointed_as", "Pakistan's president swore in Ana Ruiz as the 23rd Prime Minister of Pakistan.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Pakistan")),
    # a legislator written "deputy" where its country is told beside it
    ("holds_office.title", "Venezuelan opposition deputy Ana Ruiz was arrested.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Member of the National Assembly of Venezuela")),
    ("holds_office.appositive", "Ana Ruiz, a deputy from the ruling United Russia party, was arrested.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Member of the State Duma")),
    # a court's post after "sworn in as", titling a name: "Associate Justice" is no person
    ("holds_office.becomes", "Ana Ruiz is sworn in as an Associate Justice of the U.S. Supreme Court by Associate "
                             "Justice Tom Hart.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Associate Justice of the Supreme Court of the United States")),
    # the office in predicate position: "serves as" now, "served as" before (former)
    ("holds_office.serves_as", "Ana Ruiz serves as the mayor of Lyon.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon", qualifier=None)),
    ("holds_office.serves_as", "Since 2019 Tom Hart has served as Latvia's foreign minister.",
     dict(predicate="holds_office", subject="Tom Hart", obj="Minister of Foreign Affairs of Latvia")),
    # staying in an office: held now, whatever the clause says of later
    ("holds_office.remains", "Tom Hart intends to stay on as Prime Minister of Latvia until the election.",
     dict(predicate="holds_office", subject="Tom Hart", obj="Prime Minister of Latvia", qualifier=None)),
    ("holds_office.remains", "Ana Ruiz will remain as the mayor of Lyon until a successor is chosen.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("holds_office.remains", "Tom Hart remains President of Latvia despite the ruling.",
     dict(predicate="holds_office", subject="Tom Hart", obj="President of Latvia")),
    ("holds_office.served_as", "Ana Ruiz served as mayor of Lyon from 2001 to 2008.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon", qualifier="former")),
    ("holds_office.served_as", "Tom Hart, a banker, previously served as Prime Minister of Latvia.",
     dict(predicate="holds_office", subject="Tom Hart", obj="Prime Minister of Latvia", qualifier="former")),
    # leaving an office: "quit as", "from the post of", "resigns his seat in" the chamber
    ("holds_office.resigns_as", "Ana Ruiz quit as prime minister of Latvia in March.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Latvia")),
    ("holds_office.resigns_as", "Ana Ruiz resigned from the post of foreign minister of Latvia.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Foreign Affairs of Latvia")),
    ("holds_office.resigns_as", "Tom Hart resigns his seat in the Latvian parliament.",
     dict(predicate="holds_office", subject="Tom Hart")),
    # -- elections.yml -----------------------------------------------------------------------------
    # the candidates named by the office they seek stand in its race
    ("election.candidates", "The Chilean presidential candidates were set to go head to head in a televised debate.",
     dict(predicate="election", subject="President of Chile")),
    # a legislature elects someone, named or not, as an office
    ("election.body_elects_as", "Parliament on Monday elected one of Moldova's richest businessmen as prime minister.",
     dict(predicate="election", subject="Prime Minister of Moldova")),
    ("election.body_elects_as", "Lawmakers in Moldova elected Ivan Petrov as president after four ballots.",
     dict(predicate="election", subject="President of Moldova")),
    # a time before the race's kind names one ("Sunday's" is a date)
    ("election.event", "Chile's ruling party suffers a setback in weekend legislative elections.",
     dict(predicate="election", rule="election.event")),
    ("election.event", "The Chilean presidential election of October 30 ends in a tie.",
     dict(predicate="election", subject="President of Chile", date="2023-10-30")),
    # a hedge is the win's, not the election's (hedge_ok)
    ("election.event", "The right could win the presidential election in Chile.",
     dict(predicate="election", subject="President of Chile")),
    # a bare month before the election noun dates it, whatever word precedes it
    ("election.event", "Clerics urge a boycott of Chile's November elections.",
     dict(predicate="election", date="2023-11")),
    # no race, kind or date, but the words before it name one election (bare.cues): a determiner, a possessive, a
    # word of the past, or the polls gone to
    ("election.event", "Observers say the recent parliamentary elections in Moldova were neither free nor fair.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    ("election.event", "Police arrest 200 students who protest against the parliamentary elections.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    ("election.event", "The Social Democrats are projected to win a plurality in Moldova's latest election.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    ("election.event", "Voters in Moldova go to the polls for a parliamentary election.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    ("election.event", "Turnout in the election was low. Ana Ruiz thanks the members.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    # an office no voter fills names the election after it only as its modifier; with another word between, it is
    # its holder's
    ("election.event", "Ana Ruiz is reinstated as Prime Minister of Chile following the election on 22 October.",
     dict(predicate="election", subject=None, date="2023-10-22")),
    ("election.event", "Chilean PM calls election for October 9", dict(predicate="election", subject=None,
                                                                       date="2023-10-09")),
    ("election.event", "Ana Ruiz is re-elected as Prime Minister of Chile in an election in which she was the only "
     "candidate.", dict(predicate="election", subject="Prime Minister of Chile")),
    # ... or a place that holds or held it
    ("election.event", "Moldova holds local elections, with the ruling party suffering large losses.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    ("election.event", "Moldova held a parliamentary election; early projections give the Greens a majority.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    # four race modifiers part the weekday from the election it dates
    ("election.event", "Voters rejected the ruling party in Monday's first ever direct elections.",
     dict(predicate="election", date="2023-09-11")),
    # the offices an election fills after "for", each its own race, with the election's kind
    ("election.for_offices", "Peruvians vote in general elections for president, vice president and the 130 members "
                             "of Congress.", dict(predicate="election", subject="Vice President of Peru", kind="general")),
    ("election.for_offices", "Chileans vote in elections for the presidency and the Senate.",
     dict(predicate="election", subject="President of Chile")),
    # the bodies an election fills after "to", each its own race
    ("election.to_bodies", "Spaniards vote on Sunday in elections to the Congress of Deputies and the Senate of Spain.",
     dict(predicate="election", subject="Member of the Senate of Spain")),
    # polls or a vote named by the office they fill
    ("election.office_poll", "Ana Ruiz is virtually guaranteed victory in Chile's presidential polls next week.",
     dict(predicate="election", subject="President of Chile")),
    ("election.office_poll", "Observers fear fraud in an increasingly tense weekend presidential poll in Chile.",
     dict(predicate="election", subject="President of Chile")),
    # a one-person office's vote is its election
    ("election.office_poll", "Ana Ruiz unseated the city's veteran mayor in Lima's mayoral vote.",
     dict(predicate="election", subject="Mayor of Lima")),
    # a campaign named by the office its election fills, or by its date, is that election's
    ("election.campaign", "Ana Ruiz stands trial for fraud during her failed 2012 presidential election campaign in "
                          "Chile.", dict(predicate="election", subject="President of Chile", date="2012")),
    ("election.campaign", "Chilean shoppers turned gloomy at the bitter end of the presidential election campaign.",
     dict(predicate="election", subject="President of Chile")),
    ("election.campaign", "The Lyon by-election campaign turned nasty.", dict(predicate="election", kind="special")),
    ("election.primary", "Ana Ruiz wins the 2024 Ohio Democratic primary.",
     dict(predicate="election", kind="primary", date="2024")),
    ("election.primary", "Voters go to the polls in the Green Party primaries for the 2024 Chilean presidential election.",
     dict(predicate="election", kind="primary")),
    # capitalised in a headline or before a head noun, a date or a stop word: still the race
    ("election.primary", "Ruiz Wins Ohio Primary In 2024", dict(predicate="election", kind="primary", date="2024")),
    ("election.primary", "The 2024 Ohio Primary Day passed quietly.", dict(predicate="election", kind="primary")),
    ("election.held", "A run-off between the first two candidates will be held on December 1.",
     dict(predicate="election", date="2023-12-01", kind="runoff")),
    # "second-round" is a runoff; the vote between the round and its date joins them in one row
    ("election.event", "The Chilean presidential candidates will face off in a second-round vote on 15 October.",
     dict(predicate="election", subject="President of Chile", date="2023-10-15", kind="runoff")),
    ("election.held", "Ana Ruiz announces the date of the general election: it is to take place on Friday 15 March.",
     dict(predicate="election", date="2024-03-15", kind="general")),
    ("election.held", "A runoff is called for September 24 between Ana Ruiz and Ivan Petrov.",
     dict(predicate="election", date="2023-09-24", kind="runoff")),
    # a noun "demands" ending its own phrase demands nothing: the election after its comma is held
    ("election.held", "Despite opposition demands, the presidential election will be held in May in Peru.",
     dict(predicate="election", subject="President of Peru", date="2024-05")),
    # a plural subject's present, and primaries
    ("election.held", "Chile's presidential primaries take place on 15 October.",
     dict(predicate="election", subject="President of Chile", date="2023-10-15", kind="primary")),
    ("election.dated_vote", "Mary Norwood called for a recount of the Dec. 1 vote.",
     dict(predicate="election", date="2023-12-01")),
    ("election.postponed", "The Chilean presidential election is postponed until 12 November.",
     dict(predicate="election", subject="President of Chile", date="2023-11-12")),
    # a postponed election's new date: after "to", "until" or "targeting", never the old one after "from"
    ("election.postponed_to", "Peru postpones the presidential election from 12 November to 3 December.",
     dict(predicate="election", date="2023-12-03"), ALONE),
    ("election.postponed_to", "The electoral council postpones the election once more, targeting 7 November.",
     dict(predicate="election", date="2023-11-07"), ALONE),
    ("election.postponed_from", "The presidential runoff in Peru was postponed from 12 November to 3 December.",
     dict(predicate="election", date="2023-12-03", kind="runoff"), ALONE),
    ("election.postponed_from", "The runoff, already delayed twice, was rescheduled to 9 December.",
     dict(predicate="election", date="2023-12-09", kind="runoff"), ALONE),
    # "run off" in two words after an article; a date past the opponent phrase "with ... <name>"
    ("election.event", "Ana Ruiz wins the first round in Chile and will face a run off with centre-left candidate "
                       "Ivan Petrov on 17 December 2023.",
     dict(predicate="election", date="2023-12-17", kind="runoff")),
    ("election.event", "Ana Ruiz heads to a runoff against incumbent Ivan Petrov on 5 December 2023.",
     dict(predicate="election", date="2023-12-05", kind="runoff")),
    ("election.dated_vote", "Chile holds its first national election since a 2005 poll ended in clashes.",
     dict(predicate="election", date="2005")),
    # a date after the noun, and a word after it that makes no opinion poll (election.to_elect takes the same day for
    # the president it chooses)
    ("election.dated_vote", "Chileans head for the poll on Sunday to choose a new president.",
     dict(predicate="election", date="2023-09-10"), ALONE),
    # ... a vote that decides an office, or a recall, after its date
    ("election.dated_vote", "Lyon will vote on Sunday to elect a new mayor.", dict(predicate="election"), ALONE),
    # a vote of the people on removing an office holder: a recall, its date beside the noun
    ("election.recall", "Ivan Petrov survived the June 5 recall vote in Lyon.",
     dict(predicate="election", kind="recall", date="2023-06-05")),
    ("election.recall", "Ana Ruiz won a recall referendum in Chile in August.", dict(predicate="election", kind="recall")),
    ("election.vote_to_recall", "Voters in Marin County, Oregon vote to recall Judge Ana Ruiz after a lenient sentence.",
     dict(predicate="election", kind="recall")),
    # ... of the office the recalled holder's title names
    ("election.vote_to_recall", "Chileans voted on Sunday in a referendum on whether to recall President Ana Ruiz.",
     dict(predicate="election", kind="recall", subject="President of Chile")),
    ("election.recall", "Ohio prepares for the recall referendum of Governor Ivan Petrov.",
     dict(predicate="election", kind="recall", subject="Governor of Ohio")),
    # the holder who won or survived it, before the trigger, names the office too (no win of it: won.verb NEGATIVE)
    ("election.recall", "Governor Ivan Petrov of Ohio won a recall referendum in August.",
     dict(predicate="election", kind="recall", subject="Governor of Ohio")),
    # ... and of a holder on each side, the nearer: the one the recall is "of"
    ("election.recall", "Supporters of Mayor Ana Ruiz rally against the recall vote of Governor Ivan Petrov of Ohio.",
     dict(predicate="election", kind="recall", subject="Governor of Ohio")),
    ("election.dated_vote", "Ohio will vote Tuesday on whether to recall the governor.", dict(predicate="election")),
    ("election.dated_vote", "Chile holds a vote on Sunday on a new president.", dict(predicate="election")),
    ("election.dated_vote", "Chile prepares for a vote on Sunday.", dict(predicate="election")),
    # "held" with no "on", "planned for", "expected on" right before the date
    ("election.held_date", "The Chilean presidential election, 2023, held September 12, is set to be close.",
     dict(predicate="election", subject="President of Chile", date="2023-09-12")),
    ("election.held_date", "The country's first snap election, originally planned for 22 March, is cancelled.",
     dict(predicate="election", date="2024-03-22")),
    # a party's caucus is its primary
    ("election.caucus", "The Green Party caucus was held on March 1, 2016.",
     dict(predicate="election", kind="primary", date="2016-03-01")),
    # voters at the polls elect the office a holder of a contested office in the sentence holds
    ("election.polls", "Voters in Chile go to the polls with current President Ana Ruiz expected to extend her rule.",
     dict(predicate="election", subject="President of Chile")),
    # voters at the polls to pick a party's candidate for an office hold a primary
    ("election.polls", "Voters in Chile go to the polls to select a centre-left candidate for President with Ana Ruiz "
     "winning.", dict(predicate="election", subject="President of Chile", kind="primary")),
    # ... to choose between the candidates, the office's election
    ("election.polls", "Voters in Chile go to the polls to choose between the candidates for president.",
     dict(predicate="election", subject="President of Chile", kind=None)),
    # a chamber's common word "Assembly" of a country whose legislature is an Assembly
    ("election.to_elect", "Citizens in Turkmenistan head to the polls to elect the 125 members of the Assembly.",
     dict(predicate="election", subject="Member of the Assembly of Turkmenistan")),
    # a stance's place ("pro-Beijing") is no place of the election's own: the story's race stays
    ("won.elects", "The Hong Kong legislative election was held on Sunday. In the Velmar constituency, Ana Ruiz was "
     "re-elected with 60,760 votes. Other pro-Beijing elected were Mara Velt and Tom Hart. Ivan Petrov becomes the "
     "youngest Legislative Council member in Hong Kong's history.",
     dict(predicate="won", subject="Mara Velt", obj="Member of the Legislative Council of Hong Kong")),
    # an acronym after a listed name is the name's party: the list goes on past it
    ("won.plural_adverb_passive", "In Velmar, councillors Ana Ruiz of ZPK and Mara Velt of VPU were successfully "
     "re-elected to the Legislative Council of Hong Kong.",
     dict(predicate="won", subject="Ana Ruiz", obj="Member of the Legislative Council of Hong Kong")),
    # voters who go to the polls hold an election, whatever names it (bare.any); its office is other rules'
    ("election.polls_held", "Voters in Chile go to the polls with General Ana Ruiz expected to be elected.",
     dict(predicate="election", subject=None, date=None, kind=None)),
    ("election.polls_held", "Chileans head to the polls on Sunday to elect the 125 members of the Assembly.",
     dict(predicate="election", date="2023-09-10")),
    # the office contested again is the one the holder's title names
    ("election.reelection", "Governor of Ohio Ana Ruiz wins re-election.",
     dict(predicate="election", subject="Governor of Ohio")),
    ("election.reelection", "Protests follow a ruling that President of Chile Ana Ruiz can run for re-election.",
     dict(predicate="election", subject="President of Chile")),
    ("voting_period.noun", "Early voting in Fulton County starts November 18.",
     dict(predicate="voting_period", subject="Fulton County", date="2023-11-18", kind="early")),
    # election.polls finds it too ("go to the polls")
    # voters who choose, pick or select an office; a ballot cast for one
    ("election.voters_choose", "Voters in Lima pick a new mayor on Sunday.",
     dict(predicate="election", subject="Mayor of Lima")),
    # (election.to_elect reads "to select" too)
    ("election.voters_choose", "Voters in Chile vote to select the president after months of delay.",
     dict(predicate="election", subject="President of Chile"), ALONE),
    ("election.to_elect", "Voters in Peru cast their ballots for the President of Peru.",
     dict(predicate="election", subject="President of Peru")),
    # voters who elected a body; the members' noun between the verb and the body they sit in
    ("election.voters_choose", "Residents of Chile elected a new Senate on Sunday.",
     dict(predicate="election", subject="Member of the Senate of Chile", date="2023-09-03")),
    # a party that chooses its own head holds its leadership election
    ("election.party_chooses", "The Labour Party will choose its new leader on September 16.",
     dict(predicate="election", subject="Leader of the Labour Party", date="2023-09-16")),
    ("election.to_elect", "Voters in Latvia elect representatives for the 100-seat parliament.",
     dict(predicate="election", subject="Member of the Saeima")),
    # a day between the vote and "for" and the office: the day is the election's
    ("election.voted_day_for", "Chileans voted Sunday for a new president.",
     dict(predicate="election", subject="President of Chile", date="2023-09-03")),
    ("election.voted_day_for", "Voters in Lyon cast ballots on Monday for a new mayor.",
     dict(predicate="election", subject="Mayor of Lyon", date="2023-09-04")),
    ("election.to_elect", "Chileans go to the polls to elect a president.",
     dict(predicate="election", subject="President of Chile"), ALONE),
    ("election.to_elect", "Voters elect all 155 members of the Chilean Senate.",
     dict(predicate="election", subject="Member of the Senate of Chile")),
    # a share of the body's seats between the verb and the body (subject `through`), and its country's possessive
    ("election.to_elect", "Czechs vote to elect one-third of the Senate.",
     dict(predicate="election", subject="Member of the Senate of the Czech Republic")),
    ("election.to_elect", "Czechs vote to elect a third of the Czech Republic's Senate.",
     dict(predicate="election", subject="Member of the Senate of the Czech Republic")),
    # a list of offices with the count or the share of the seats before each: every office's race
    ("election.to_elect", "Chileans head to the polls to elect a new president, 30 senators and 64 deputies.",
     dict(predicate="election", subject="Member of the Senate of Chile")),
    ("election.to_elect", "Chileans vote to elect a president and one third of the senators.",
     dict(predicate="election", subject="Member of the Senate of Chile")),
    # ... each on the day of the vote named before "to elect" in its clause
    ("election.to_elect", "Chileans vote on Sunday to elect a president and 30 senators.",
     dict(predicate="election", subject="Member of the Senate of Chile", date="2023-09-10")),
    # "to select", and the gerund
    ("election.to_elect", "Chileans head for the ballot box to select a new president.",
     dict(predicate="election", subject="President of Chile")),
    ("election.to_elect", "The cardinals begin the process of electing a new pope.",
     dict(predicate="election", subject="Pope")),
    # a race or contest named by its office, the race for an office, a date set "as the date of" an election
    ("election.race", "The mayoral race in Lima is too close to call.",
     dict(predicate="election", subject="Mayor of Lima")),
    ("election.race_for", "The race for Mayor of Lima tightens before the vote.",
     dict(predicate="election", subject="Mayor of Lima")),
    # a date set for an election lies ahead of the anchor (2023-09-09): the next April 11
    ("election.date_of", "Parliament sets April 11 as the date of the presidential election.",
     dict(predicate="election", date="2024-04-11")),
    # a new or revised date
    ("election.date_of", "The election commission proposes 10 October as a revised date for the presidential "
                         "runoff.", dict(predicate="election", date="2023-10-10", kind="runoff")),
    ("election.date_of", "The election commission sets March 3 as the new date for the presidential election.",
     dict(predicate="election", date="2024-03-03")),
    # -- outcome.yml -------------------------------------------------------------------------------
    ("certified.verb", "The elections board certified Kasim Reed as the winner of the Atlanta mayoral runoff.",
     dict(predicate="certified", obj="Kasim Reed", office="Mayor of Atlanta")),
    ("conceded.verb", "Mary Jones conceded the Ohio governor race on Tuesday.",
     dict(predicate="conceded", subject="Mary Jones", obj="Governor of Ohio")),
    ("requested_recount.verb", "Mary Norwood requested a recount in the Atlanta mayor's race.",
     dict(predicate="requested_recount", subject="Mary Norwood", obj="Mayor of Atlanta")),
    ("requested_recount.by", "The planned recounts by Lyon mayoral candidate Ana Ruiz were approved.",
     dict(predicate="requested_recount", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("certified.as_pair", "The council certifies the election of Ana Ruiz as President of Chile and Ivan Petrov as "
                          "Vice President of Chile.",
     dict(predicate="certified", obj="Ivan Petrov", office="Vice President of Chile")),
    # a counting body declares a named winner (active voice), reports a win, confirms one, or is the agent after "by"
    ("certified.declares", "The Central Election Commission of Chile declared Ana Ruiz the winner of the presidential "
                           "runoff.", dict(predicate="certified", subject="Central Election Commission of Chile",
                                           obj="Ana Ruiz", office="President of Chile")),
    ("certified.declares", "The National Electoral Council proclaimed Ivan Petrov president-elect of Peru on Monday.",
     dict(predicate="certified", obj="Ivan Petrov")),
    ("certified.announces_that", "The National Electoral Commission announces that incumbent President Ana Ruiz has "
                                 "been re-elected with 51% of the votes.",
     dict(predicate="certified", subject="National Electoral Commission", obj="Ana Ruiz")),
    ("certified.confirms_victory", "The electoral board of Lima confirmed Ana Ruiz's victory in the mayoral race.",
     dict(predicate="certified", obj="Ana Ruiz")),
    ("certified.declared_by", "Ana Ruiz is declared the winner of the presidential runoff by the National Electoral "
                              "Council.", dict(predicate="certified", subject="National Electoral Council",
                                               obj="Ana Ruiz")),
    # -- results.yml -------------------------------------------------------------------------------
    # a majority share won is a win
    ("won.verb", "Ana Ruiz won 52 percent of the vote in the Lyon mayoral election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a runoff named outside the phrases of an undecided race is the round won
    ("won.verb", "Ana Ruiz wins the runoff of the Chilean presidential election after no candidate won a majority "
                 "in the first round.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    # what is won is the race, whatever comes after its preposition
    ("won.verb", "Ana Ruiz wins the Lyon mayoral election after a long court case over her nomination.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("won.verb", "Ana Ruiz wins the Lyon mayoral election by 714 votes.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon", value=714, unit="votes")),
    # the perfect of "is declared the winner"
    ("won.verb", "Ana Ruiz has been declared the winner of the Lyon mayoral election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a recall election is an election (a recall referendum is none: NEGATIVE)
    ("won.verb", "Ana Ruiz wins the recall election for Mayor of Lyon by 714 votes.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("won.reelected", "Governor Ana Ruiz of Ohio is re-elected.",
     dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("won.elects", "The parliament elects Ana Ruiz as President of Chile.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    # "newly" or "recently" hyphened to the participle: a title's news of a win, as "newly elected"
    ("won.elects", "The recently-elected President of Peru Ana Ruiz dissolves parliament after the election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # voters or a legislature choose someone as an office: an (indirect) election's win
    ("won.body_chooses", "Lawmakers chose Ana Ruiz as President of Peru on Tuesday.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.body_chooses", "Parliament on Tuesday picked Ivan Petrov as prime minister of Moldova.",
     dict(predicate="won", subject="Ivan Petrov", obj="Prime Minister of Moldova")),
    ("won.body_chooses", "Moldova's lawmakers returned Ivan Petrov as prime minister on Tuesday.",
     dict(predicate="won", subject="Ivan Petrov", obj="Prime Minister of Moldova")),
    ("won.passive", "The Lyon mayoral election was won by Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a month in a date is no hedge ("may")
    ("won.passive", "The Lyon mayoral election of last May, won by Ana Ruiz, was a farce, says Ivan Petrov.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # the winner's own title and its qualifier between "won by" and the name
    ("won.passive", "Peru's presidential election is won by former Prime Minister Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.victory_of", "The electoral court confirms the victory of Ana Ruiz in the Chilean presidential election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("won.winner_is", "Ana Ruiz is the winner of the Lyon mayoral election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # an -elect title wins where the story names the election, a result or a vote count (story_needs)
    ("won.elect_title", "Chilean President-elect Ana Ruiz thanks voters after the runoff.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("won.elect_title", "Ivan Petrov congratulates Chilean President-elect Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("defeated.verb", "Ana Ruiz defeats Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    # the perfect of "beat", and its margin
    ("defeated.verb", "In the New Zealand election, Labour's Ana Ruiz has beaten National's Ivan Petrov by 431 votes.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=431, unit="votes")),
    ("defeated.participle", "Lisa Grant is re-elected as Governor of Ohio, defeating challenger Paul Stone.",
     dict(predicate="defeated", subject="Lisa Grant", obj="Paul Stone", office="Governor of Ohio")),
    # a participle with no comma after a long object of a win shares the winner (defeated.verb reads 8 words back)
    ("defeated.win_participle", "Former Governor of Ohio Ana Ruiz wins a special election for Ohio's 1st congressional "
                                "district defeating Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.win_participle", "Ana Ruiz is elected President of Chile in the second round of voting by defeating "
                                "incumbent Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="President of Chile")),
    # an infinitive after a share or race taken states its result (a lead's way of joining count and defeat)
    ("defeated.result_infinitive", "In Sunday's presidential election in Peru, Ana Ruiz took 56 percent of the vote "
                                   "to defeat Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="President of Peru")),
    ("defeated.result_infinitive", "Ana Ruiz won the Lyon mayoral runoff to unseat incumbent Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("won.result_infinitive", "Ana Ruiz took 61 percent of the vote to become Chile's first female president.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("won.result_infinitive", "Ana Ruiz polled 52 percent in Sunday's vote to become Mayor of Lyon.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # the most votes in a count (Irish, Indian, Scottish usage)
    ("won.topped_poll", "Independent Ana Ruiz topped the poll in the Kenyan presidential election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Kenya")),
    # a result verb joined by "and" to a win shares the winner past a long object (the participle's finite twin)
    ("defeated.coordinated", "Ana Ruiz wins the Lyon mayoral runoff with 51.2% of the vote and defeats incumbent "
                             "Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.coordinated", "Former Governor Ana Ruiz won the Green Party leadership vote on Sunday and defeated Ivan "
                             "Petrov by 620 votes to 410.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.after", "Ana Ruiz is elected as the first Governor of Ohio since 1990, after narrowly defeating Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Governor of Ohio")),
    ("defeated.passive", "Ivan Petrov was defeated by Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    # the margin after "by", before or after the winner's name
    ("defeated.passive", "In the Lyon mayoral election Ivan Petrov was defeated by 10,694 votes by Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=10694, unit="votes")),
    ("defeated.passive", "Ivan Petrov was defeated by Ana Ruiz by 3 points in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=3.0, unit="percent")),
    # an adverb between the auxiliary and the participle, or after the participle, keeps the passive
    ("defeated.passive", "Ivan Petrov was narrowly defeated by Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    ("defeated.passive", "Ivan Petrov is comfortably beaten by Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    ("defeated.passive", "Ivan Petrov was defeated soundly by Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    ("defeated.passive_apart", "In the Ontario election Ivan Petrov was heavily defeated in his riding by Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("votes_received.passive_score", "Ivan Petrov was narrowly defeated by Ana Ruiz, 52% to 48%, in the Lyon mayoral "
                                     "election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    # a passive's agent that heads a relative clause running to the verb is its subject
    ("won.verb", "Mayor Ivan Petrov of Lyon was defeated by Ana Ruiz, who won with 53.7% of the vote in the mayoral "
                 "election.", dict(predicate="won", subject="Ana Ruiz")),
    # the race lost stands between "lost" and "to": the one it was lost to beat the loser and won it, named or not
    ("defeated.lost_race_to", "In Lyon, Ivan Petrov lost the mayoral election to Ana Ruiz in March.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    # ... a date's, a place's or an office's words between too
    ("defeated.lost_race_to", "Ivan Petrov lost the 2019 Lyon mayoral election to Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    ("defeated.lost_race_to", "In the Lyon mayoral election, Ivan Petrov narrowly lost his seat to Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    # a constituency, a riding or a district lost (a seat's other words)
    ("defeated.lost_race_to", "In the Ontario election, Ivan Petrov lost his own riding to Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.defeat_to", "Ivan Petrov's defeat to Ana Ruiz in the Lyon mayoral election surprised many.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Mayor of Lyon")),
    ("defeated.defeat_to", "After the Lyon mayoral election, Ivan Petrov's narrow loss to Ana Ruiz was confirmed.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.passive", "In the Lyon mayoral election, Ivan Petrov lost to the more establishment-friendly Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.lost_margin_to", "In the Lyon mayoral election, Ivan Petrov has lost his seat by just four votes to "
     "Ana Ruiz.", dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=4.0, unit="votes")),
    ("defeated.lost_margin_to", "In the New Zealand election, Labour's Ivan Petrov has lost Auckland by 517 votes to "
     "Green's Ana Ruiz.", dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=517.0)),
    ("defeated.lost_race_to", "Ivan Petrov lost the Lyon mayoral election to Ana Ruiz by 1,203 votes.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=1203, unit="votes")),
    # the race conceded between the verb and "to": the one it is conceded to won it, past her describing words
    ("defeated.conceded_race_to", "Governor Ivan Petrov of Ohio has conceded the election to his opponent, Democratic "
                                  "challenger Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Governor of Ohio")),
    ("defeated.conceded_race_to", "Mayor Ivan Petrov concedes race to Ana Ruiz in Lyon mayoral election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("defeated.conceded_race_to", "Democrat Ivan Petrov said he is conceding his race for district attorney to "
                                  "Republican Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("won.lost_race_to", "Voters will replace the mayor with the man who lost the Chilean presidential election to "
                         "Ana Ruiz two years ago.", dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    # the person after a result's "over", where a win is stated before it
    ("defeated.over", "Ana Ruiz is elected President of Peru, after receiving 52 percent of the votes in the run-off "
                      "election over challenger Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.over", "Ana Ruiz won the Lima mayoral election in a landslide over Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.against", "Chilean presidential election: Ana Ruiz wins with 52% against Senator Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="President of Chile"), ALONE),
    ("defeated.against", "Ana Ruiz is declared the winner of the Chilean presidential election, winning 57% of the "
                         "votes against the incumbent Ivan Petrov, who received 33%.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov"), ALONE),
    ("votes_received.gaining", "In the Lyon mayoral election, Ana Ruiz was pulling 60 percent of the vote.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=60.0, unit="percent")),
    ("votes_received.gaining", "Ana Ruiz had garnered 8,203 votes in the Lyon mayoral election, with opponent Ivan "
     "Petrov gaining 6,762 votes.", dict(predicate="votes_received", subject="Ivan Petrov", value=6762, unit="votes")),
    ("votes_received.gaining", "Ana Ruiz beat Ivan Petrov in the Lyon mayoral runoff, gaining 61.5 percent of the "
     "vote.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=61.5, unit="percent")),
    ("votes_received.verb", "Ana Ruiz received 52 percent of the vote in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    # the share of a relative clause is its name's ("who won 45 percent"), and no win (won.verb)
    ("votes_received.verb", "Supporters of Ana Ruiz, who won 45 percent in the Lyon mayoral election, rallied on Monday.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=45.0, unit="percent")),
    ("votes_received.participle", "Ana Ruiz defeats incumbent Ivan Petrov, winning 52% of the vote in the Lyon mayoral "
                                  "election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    ("votes_received.with", "Ana Ruiz defeats Ivan Petrov in the Lyon mayoral election, with 53.7% to 45.0% of the votes.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=45.0, unit="percent")),
    # a results table flattened into prose (figures: each count right after its name, or its party's brackets)
    ("votes_received.listed", "Final tally in the Lyon mayoral election: Ana Ruiz (Green) 12,388; Ivan Petrov (Labour) "
                              "11,902.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=11902, unit="votes")),
    ("votes_received.listed", "In the Lyon mayoral election, Ana Ruiz took 46%, Ivan Petrov 41% and Tom Hart 13%.",
     dict(predicate="votes_received", subject="Tom Hart", value=13.0, unit="percent")),
    # "respectively": the names before the figures take them in order, the first name the first figure
    ("votes_received.respectively", "In the Lyon council election, Ana Ruiz and Ivan Petrov received 29% and 27% "
                                    "of the vote, respectively.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=29.0, unit="percent")),
    ("votes_received.respectively", "In the Lyon council election, Ana Ruiz and Ivan Petrov received 29% and 27% "
                                    "of the vote, respectively.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=27.0, unit="percent")),
    ("votes_received.respectively", "Results of the Ohio school board election show Ana Ruiz, Tom Hart and Ivan Petrov "
                                    "with 204 votes, 193 votes and 88 votes, respectively.",
     dict(predicate="votes_received", subject="Tom Hart", value=193, unit="votes")),
    # "380 and 32 votes": one unit serves both numbers, which "respectively" pairs with the names
    ("votes_received.respectively", "In the Polish by-election, Ana Ruiz and Ivan Petrov received 380 and 32 votes "
                                    "respectively.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=380, unit="votes")),
    ("votes_received.respectively", "In the Polish by-election, Ana Ruiz and Ivan Petrov received 380 and 32 votes "
                                    "respectively.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=32, unit="votes")),
    # a results list that names its unit at a later entry: "X with 191, Y with 175 and Z with 174 votes"
    ("votes_received.listed", "In the Ohio school board race, they are followed by Ana Ruiz with 191, Ivan Petrov with "
                              "175, Tom Hart with 174 votes and Mia Lund with 161 votes.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=191, unit="votes")),
    # a count's close, a local result's "had", the last of a list
    ("votes_received.verb", "In the Ohio county commission race, Ana Ruiz ended with 18,964 votes.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=18964, unit="votes")),
    ("votes_received.had", "In the Ohio school board race, Ana Ruiz, who ran unopposed on the ballot, had 95 votes.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=95, unit="votes")),
    ("votes_received.with", "In the Ohio school board race, incumbent Ana Ruiz brought up the rear with 269 votes.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=269, unit="votes")),
    # a share that restates the count before ", or" is the count's owner's too
    ("votes_received.or_share", "Ana Ruiz received 12,345 votes, or 52 percent, in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    ("votes_received.or_share", "In the Lyon mayoral election, Ana Ruiz received 12,345 votes, or 52%, and Ivan Petrov "
                                "11,200 votes, or 47%.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=47.0, unit="percent")),
    # a share a participle or a relative clause restates a count with is the count's owner's too
    ("votes_received.restated_share", "Ana Ruiz had garnered 18,204 votes, representing 54.27 per cent of the votes "
                                      "cast, in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=54.27, unit="percent")),
    ("votes_received.restated_share", "In the Lyon mayoral election, Ana Ruiz won 12,345 votes, accounting for 52% of "
                                      "the total, and Ivan Petrov 11,200 votes, equivalent to 47%.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=47.0, unit="percent")),
    # the perfect participle's share is its clause subject's, however far an aside puts it
    ("votes_received.participle", "Ana Ruiz, 53, was declared the winner in Lyon, having gotten 1.8 million votes in "
                                  "the mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=1800000, unit="votes")),
    # approximators between a name's join and its figure
    ("votes_received.listed", "In the Ohio governor race, Ana Ruiz was followed by Ivan Petrov with a total of 9,978 "
                              "votes.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=9978, unit="votes")),
    ("votes_received.verb", "Ana Ruiz claimed 53.2% of the vote in the Chilean presidential election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=53.2, unit="percent")),
    # a share that says what it is a share of before "for" a name, against another share
    ("votes_received.for_share_of", "Ana Ruiz won with 50.6 percent of the vote, against 49.4 percent of the vote for "
                                    "Ivan Petrov, in the Chilean presidential election.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=49.4, unit="percent")),
    # the share a trailing name or one placed behind has "with", "at" or "on"
    ("votes_received.trailing", "Ana Ruiz took 61% of the vote in the Lyon mayoral race, with Ivan Petrov trailing at "
                                "35%.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=35.0, unit="percent")),
    ("votes_received.trailing", "Labour's Ivan Petrov came second on 31% in the Welsh by-election.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=31.0, unit="percent")),
    # a score after the two names: the first share is the one ahead's, the second the other's
    ("votes_received.score_lead", "With most votes counted in the Lyon mayoral election, Ana Ruiz leads Ivan Petrov "
                                  "49–48%.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=48.0, unit="percent")),
    ("votes_received.score", "In the Lyon mayoral runoff, Ana Ruiz defeats Ivan Petrov, 52 percent to 48 percent.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    ("votes_received.score", "Ana Ruiz defeated Ivan Petrov in a 52-48 split in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    ("votes_received.by_score", "Ana Ruiz beat Ivan Petrov by a 60-40 margin in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=40.0, unit="percent")),
    ("votes_received.score", "Ana Ruiz defeated Ivan Petrov 55%-45% in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=45.0, unit="percent")),
    ("votes_received.score_lead", "Ana Ruiz was leading Ivan Petrov 49 percent to 48 percent in the Lyon mayoral count.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=48.0, unit="percent")),
    # a share in brackets restates the count before it; a share or count that "went to" a name is hers
    ("votes_received.paren_share", "Ana Ruiz received 12,345 votes (52 percent) in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    ("votes_received.paren_share", "Ana Ruiz defeated Ivan Petrov, 12,345 votes (52%) to 11,000 (47%), in the Lyon "
                                   "mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.0, unit="percent")),
    ("votes_received.went_to", "Some 52.3 percent of the vote went to Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=52.3, unit="percent")),
    ("votes_received.went_to", "Some 40,000 votes went to Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=40000, unit="votes")),
    # a passive defeat: the winner after "by" or "to" gets the score's first figure, the loser before the verb the other
    ("votes_received.passive_score", "Ivan Petrov was defeated in the Lyon mayoral election by Ana Ruiz, 12,345 votes "
                                     "to 10,234.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=12345, unit="votes")),
    ("votes_received.passive_score", "Ivan Petrov was defeated in the Lyon mayoral election by Ana Ruiz, 12,345 votes "
                                     "to 10,234.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=10234, unit="votes")),
    ("votes_received.passive_score", "Ivan Petrov lost to Ana Ruiz 52% to 48% in the Lyon mayoral runoff.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=48.0, unit="percent")),
    ("defeated.passive_apart", "Mayor Ivan Petrov was defeated in the Lyon runoff by former senator Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.passive_apart", "Ivan Petrov was unseated in the Lyon council election by independent Ana Ruiz.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    # a win's margin before "over" is the defeat's
    ("defeated.over", "Ana Ruiz won the Lyon mayoral primary by 11 points over Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=11.0, unit="percent")),
    ("defeated.over", "In the Indian general election, Ana Ruiz won over Ivan Petrov by only 1,587 votes.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=1587, unit="votes")),
    ("defeated.over", "Ana Ruiz was re-elected by a margin of 300 votes over Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=300, unit="votes")),
    ("won.winning_by", "Mayor Ana Ruiz held her seat in Lyon, winning by 1,406 votes.",
     dict(predicate="won", subject="Ana Ruiz", value=1406, unit="votes")),
    ("won.winning_by", "Ana Ruiz kept her seat in the Lyon council election, winning by just 3 points.",
     dict(predicate="won", subject="Ana Ruiz", value=3.0, unit="percent")),
    # a count under way makes the sentence an election's, with no election word in it ("race" is also a sport's)
    ("leads.verb", "With 98% of precincts reporting, Ana Ruiz leads Ivan Petrov by 4.2 percentage points in the race "
                   "for governor.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4.2, unit="percent")),
    ("leads.verb", "Ana Ruiz leads Ivan Petrov by 715 votes in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=715, unit="votes")),
    ("leads.lead_of", "Ana Ruiz holds a lead of 4,000 votes over Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4000, unit="votes")),
    ("leads.ahead", "The count put Ana Ruiz 4,000 votes ahead of Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4000, unit="votes")),
    ("leads.lead_to", "Ana Ruiz's lead over Ivan Petrov in the Lyon mayoral election count grows to 4,000 votes.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4000, unit="votes")),
    ("leads.sized_lead", "Ana Ruiz holds a 4,000-vote lead over Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4000, unit="votes")),
    # returns that give a lead to one name over another, the leader past an aside
    ("leads.lead_given", "Early returns in the Lyon mayoral election gave a lead to Ana Ruiz, a former judge, over "
                         "incumbent Ivan Petrov.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("votes_received.for_share", "Ana Ruiz won the Lyon mayoral election with 55% against 45% for Ivan Petrov.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=45.0, unit="percent")),
    # a score whose second share "for" gives its owner ("52 percent to 45 percent for Y")
    ("votes_received.for_share", "Ana Ruiz won the Lyon mayoral election, 52 percent to 45 percent for Ivan Petrov.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=45.0, unit="percent")),
    ("votes_received.for_share", "In the Lyon mayoral election, Ana Ruiz had 52% to 45% for Ivan Petrov.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=45.0, unit="percent")),
    # a count with its own share in brackets before "for" and a name
    ("votes_received.for_paren", "Ana Ruiz won the Lyon mayoral election with 41,207 votes (54.8%) against 33,950 "
                                 "(45.2%) for Ivan Petrov.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=33950, unit="votes")),
    ("votes_received.for_paren", "In the Lyon mayoral election Ana Ruiz took 41,207 votes (54.8 percent) to 33,950 "
                                 "(45.2 percent) for Ivan Petrov.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=33950, unit="votes")),
    ("leads.ahead_by", "Ana Ruiz, ahead of Ivan Petrov by 4,000 votes in the Lyon mayoral election count, thanks "
                       "voters.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=4000, unit="votes")),
    ("leads.ahead_placed", "Preliminary results show Ana Ruiz narrowly ahead of Ivan Petrov in the Lyon mayoral "
                           "election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("leads.behind", "Ivan Petrov finished 400 votes behind Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=400, unit="votes")),
    ("leads.trails", "Ivan Petrov trails Ana Ruiz by 715 votes in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=715, unit="votes")),
    # a count of votes more (or fewer) than a name's: how far one is ahead of the other
    ("leads.more_votes", "Ana Ruiz has 3,000 more votes than Ivan Petrov in the Lyon mayoral election count.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=3000, unit="votes")),
    ("leads.more_votes", "Ana Ruiz won the Lyon mayoral election with 1.6 million more votes than Ivan Petrov.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=1600000, unit="votes")),
    ("leads.fewer_votes", "Ivan Petrov received 3,000 fewer votes than Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov", value=3000, unit="votes")),
    ("ballots_cast.figure", "In the Lyon mayoral election, 120,000 ballots were cast.",
     dict(predicate="ballots_cast", subject="Mayor of Lyon", value=120000, unit="ballots")),
    ("ballots_cast.turnout", "The Lyon mayoral election had a turnout of 120,000 ballots.",
     dict(predicate="ballots_cast", subject="Mayor of Lyon", value=120000, unit="ballots")),
    ("ballots_cast.total", "In the Lyon mayoral election a total of 120,000 votes, a record, was counted.",
     dict(predicate="ballots_cast", subject="Mayor of Lyon", value=120000, unit="ballots")),
    # a count that shows a name ahead of another: a place in the race, no time
    ("leads.ahead_shown", "Preliminary results show Ana Ruiz ahead of Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("leads.ahead_shown", "Partial results put Ana Ruiz in first place, ahead of Ivan Petrov, in the Lyon mayoral "
                          "election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("leads.ahead_shown", "The official count shows Ana Ruiz ahead of Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("leads.ahead_shown", "Early Lyon mayoral election results that had Ana Ruiz ahead of Ivan Petrov lifted markets.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("leads.ahead_shown", "The returns that had Ana Ruiz ahead of Ivan Petrov in the Lyon mayoral election were disputed.",
     dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    # the voters who took part past the aside of their share of the electorate
    ("ballots_cast.voters_aside", "Some 120,000 voters, or 71 percent of the electorate, took part in the Lyon mayoral "
     "election.", dict(predicate="ballots_cast", subject="Mayor of Lyon", value=120000, unit="ballots")),
    # a win whose figure another figure answers "for" a rival
    ("defeated.won_against_for", "Ana Ruiz won 312 electoral votes to 226 for Ivan Petrov in the Lyon mayoral "
     "election.", dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.won_against_for", "Mayor Ana Ruiz was re-elected, taking 41,207 votes (54.8%) against 33,950 (45.2%) "
     "for challenger Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    # a win's margin the sentence opens with, its winner named as such
    ("defeated.separated", "Just 29 votes separated winner Ana Ruiz from runner-up Ivan Petrov in the Lyon mayoral "
     "election.", dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=29, unit="votes")),
    ("won.passive", "The margin of victory was just 87 votes in the Lyon mayoral election won by Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz", value=87, unit="votes")),
    # the total a name's count is "out of": the ballots cast
    ("ballots_cast.out_of", "Ana Ruiz took 61,200 out of 120,000 valid votes in the Lyon mayoral election.",
     dict(predicate="ballots_cast", subject="Mayor of Lyon", value=120000, unit="ballots")),
    # a fronted participle's figure is the main clause's subject's
    ("votes_received.fronted", "Receiving 63,400 votes, Councilman Ana Ruiz easily won the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=63400, unit="votes")),
    ("votes_received.fronted", "Winning 58 percent of the vote, Ana Ruiz became the first woman elected mayor of Lyon.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=58, unit="percent")),
    # a possessive victory "over" a person is that person's defeat
    ("defeated.victory_over", "Ana Ruiz's victory over Ivan Petrov in the Lyon mayoral election surprised analysts.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    # a fronted "with" a share of the vote is the main clause's subject's
    ("votes_received.fronted_with", "With 61% of the vote, Ana Ruiz wins the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=61, unit="percent")),
    # a leader "ahead with" a figure "against" the one "for" the rival
    ("leads.ahead_with", "Provisional results put Ana Ruiz ahead with 49.1 percent against 45.6 percent for Ivan "
     "Petrov in the Lyon mayoral election.", dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("leads.ahead_with", "Ana Ruiz was in the lead with 61,200 votes against 58,900 for Ivan Petrov in the Lyon "
     "mayoral election.", dict(predicate="leads", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("ballots_cast.voters", "In the Lyon mayoral election, 120,000 voters turned out.",
     dict(predicate="ballots_cast", subject="Mayor of Lyon", value=120000, unit="ballots")),
    ("ballots_cast.voters", "The 120,000 voters that participated in the Lyon mayoral election want change.",
     dict(predicate="ballots_cast", subject="Mayor of Lyon", value=120000, unit="ballots")),
    # a party named after the name with a description of it is hers, no party between her and the verb
    # (pool2: "X of the pro-independence Y party is elected President of French Polynesia")
    ("won.verb", "Carlo Brenner of the pro-independence Velmar Union party is elected President of Peru by the "
                 "Assembly.",
     dict(predicate="won", subject="Carlo Brenner", obj="President of Peru")),
    ("won.verb", "Carlo Brenner of the ruling Velmar Union is elected President of Peru.",
     dict(predicate="won", subject="Carlo Brenner", obj="President of Peru")),
    ("won.verb", "Carlo Brenner of the centre-right Velmar Union wins the Peruvian presidential election.",
     dict(predicate="won", subject="Carlo Brenner", obj="President of Peru")),
    ("won.as_pair", "The parliament elects Ana Ruiz as President of Chile and Ivan Petrov as Vice President of Chile.",
     dict(predicate="won", subject="Ivan Petrov", obj="Vice President of Chile")),
    # each later winner of one electing verb takes the office after its own "as", never the first's
    ("won.elected_pairs", "Peru's Congress elected Ana Ruiz as President of Peru and Ivan Petrov as Vice President of "
                          "Peru.", dict(predicate="won", subject="Ivan Petrov", obj="Vice President of Peru")),
    ("won.elected_pairs", "Moldova's parliament re-elected Ana Ruiz as speaker and Ivan Petrov as deputy speaker.",
     dict(predicate="won", subject="Ivan Petrov", obj="Deputy Speaker of the Parliament of Moldova")),
    ("won.retains", "Ana Ruiz holds on to the governorship of Ohio.",
     dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")),
    # the holder's own seat kept: the office of her title; a win "over" a rival is his defeat
    ("won.retains_seat", "Ohio State Senator Ana Ruiz kept her seat in the election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Member of the Ohio State Senate")),
    ("won.retains_seat", "In the Ohio election, Governor Ana Ruiz of Ohio retained her seat over Ivan Petrov.",
     dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("defeated.over", "In the Ohio election, Governor Ana Ruiz of Ohio retained her seat over Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="Governor of Ohio")),
    ("won.first_elected", "Ana Ruiz becomes the first woman elected President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # web pages: "is one of the first two Muslim women elected to Congress", "is the oldest person ever elected":
    # the first, oldest, youngest or only one elected; no office where none is named after the participle
    ("won.first_elected", "After the election, Ana Ruiz is one of the first two women elected to Congress.",
     dict(predicate="won", subject="Ana Ruiz", obj=None)),
    ("won.first_elected", "After the vote, Ana Ruiz is 41 years old and is the youngest person ever elected Mayor of "
                          "Lima.", dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    # a term's words between the participle and the office ("elected to a first term as president"); any other word
    # there ("on the board") parts them
    ("won.first_elected", "Ana Ruiz is the oldest person ever elected to a first term as President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.first_elected", "After the vote, Ana Ruiz is the first woman elected to a second term as Mayor of Lima.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    ("won.first_elected", "After the vote, Ana Ruiz is the first woman elected to a term on the board as President "
                          "of Peru's Red Cross.", dict(predicate="won", subject="Ana Ruiz", obj=None)),
    # a name beside "winner" by commas, the parse hanging it on "winner" or on the race noun
    ("won.dep_winner_apposed", "The winner of the Peruvian presidential election, Ana Ruiz, took office on Monday.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.dep_winner_of_apposed", "Parliament dismissed the government headed by the declared winner of a disputed "
                                  "Peruvian presidential vote, Prime Minister Ana Ruiz, on Monday.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.chosen", "Ana Ruiz is chosen as the new President of Peru by the electoral college.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.elect_as", "Voters in Peru elect Ana Ruiz as their new president.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.share_to_win", "Ana Ruiz takes 54% of the vote to win the Peruvian presidency.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # a rival beaten "to win" the office named right after it
    ("won.beat_to_win", "Ana Ruiz, the long-shot candidate of the Broad Front, upset the favourite to win Peru's "
                        "presidency.", dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.beat_to_win", "Ivan Petrov came from behind to win the Lyon mayoralty.",
     dict(predicate="won", subject="Ivan Petrov", obj="Mayor of Lyon")),
    # the electors re-elect a titled name: the office of the title
    ("won.reelect_titled", "Voters in Chile re-elect President Ana Ruiz in a landslide.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    # a participle after the name and its comma: "who was elected" reduced; the office after it, else the title
    ("won.apposed_participle", "Ana Ruiz, elected Mayor of Lyon in 2018, resigned on Monday.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("won.apposed_participle", "Ohio Governor Ana Ruiz, re-elected in 2019 with 62% of the vote, is barred from "
                               "seeking a third term.", dict(predicate="won", subject="Ana Ruiz",
                                                             obj="Governor of Ohio")),
    # an office secured or captured right after the verb
    ("won.secures_office", "Ana Ruiz secures the Peruvian presidency with 52% of the vote.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # a seat flipped, taken or gained that names its office
    ("won.flips_seat", "Ana Ruiz flipped the Senate seat in Ohio.",
     dict(predicate="won", subject="Ana Ruiz", obj="Member of the United States Senate")),
    ("won.takes_seat", "In the United Kingdom, Ana Ruiz takes the Peterborough seat from the Conservatives.",
     dict(predicate="won", subject="Ana Ruiz", obj="Member of Parliament for Peterborough")),
    # the first (youngest, only) one to win an office
    ("won.first_to_win", "Ana Ruiz becomes the first woman to win the Peruvian presidency.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.verb", "Ana Ruiz emerges as the winner of the Lyon mayoral election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # "returned as" an office: re-elected by the voters
    ("won.returned_as", "Liberal leader Ivan Petrov was returned as premier of New South Wales after his coalition "
                        "won 52 of 93 seats.", dict(predicate="won", subject="Ivan Petrov",
                                                    obj="Premier of New South Wales")),
    # the office right after the name, with no "as"
    ("won.elect_office", "Voters in Lima elect Ana Ruiz mayor.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    ("won.elect_office", "Members of the new Peruvian Congress elect Ana Ruiz President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # congratulated on a win or an election, the office named after it
    ("won.congratulated", "Ivan Petrov congratulates Ana Ruiz on her election as President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.congratulated", "President Ivan Petrov congratulated his Peruvian counterpart Ana Ruiz for her victory in "
                          "the presidential election.",
     dict(predicate="won", subject="Ana Ruiz")),
    # ... a counterpart's win is the counterpart's country's race, not the congratulator's office
    ("won.congratulated", "French President Marc Dubois congratulated his Peruvian counterpart Ana Ruiz for her "
                          "victory in the presidential election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # a victory a "his", "her" or "whose" makes the nearest person's, in a race named right after it
    ("won.possessive_victory", "Ivan Petrov filed a counter-protest against Mayor Ana Ruiz of Lima regarding her "
                               "narrow victory in last year's mayoral election.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.possessive_victory", "Ana Ruiz, whose win in the Lima mayoral runoff was disputed, took office on Monday.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    # an election as an office that a "his" or "her" makes the nearest person's
    ("won.possessive_election_as", "Ivan Petrov sent a message to Ana Ruiz on Thursday to congratulate her on her "
                                   "election as mayor of Lima.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    ("won.possessive_election_as", "Ivan Petrov praised Ana Ruiz on her election as President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # an en dash joins an -elect title as a hyphen does
    ("won.elect_title", "Chilean President–elect Ana Ruiz thanks voters after the runoff.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    # a passive "won" with its time before "by"
    ("won.passive_dated", "The Peruvian presidential election, won in March by Ana Ruiz, was marred by fraud.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.passive_dated", "The UN staff helped to run a presidential election won last month by incumbent Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz")),
    # ... with the name's own describing words after "by"
    ("won.passive_dated", "The UN staff helped to run a presidential election won last month by US-backed incumbent "
                          "Ana Ruiz.", dict(predicate="won", subject="Ana Ruiz")),
    ("won.passive_dated", "The Lima mayoral seat was won on Sunday by veteran Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.passive_described", "The UN staff helped to run a presidential election won by US-backed incumbent Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.passive_described", "The Lima mayoral election was won by pro-government Ana Ruiz.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    # confirmed as the next holder of an elected office
    ("won.confirmed_next", "Retired general Ana Ruiz was confirmed as Peru's next president after the election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.confirmed_next", "Ana Ruiz emerged as the next President of Peru after the final count.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.confirmed_next", "After the vote count, Ana Ruiz is confirmed as the new Mayor of Lima.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    # a seat held or kept in a named vote
    ("won.holds_seat_in_vote", "Ana Ruiz holds the Lima seat in the by-election.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.holds_seat_in_vote", "Ana Ruiz kept her Lima seat in the general election.",
     dict(predicate="won", subject="Ana Ruiz")),
    # a party's defeat of a named person: the loser's candidacy
    ("candidate.beaten_by_party", "Democrats beat incumbent Gov. Ivan Petrov in the Ohio governor's race.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Governor of Ohio")),
    ("candidate.beaten_by_party", "The Green Party defeated Mayor Ivan Petrov in the Lima mayoral election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lima")),
    # the plural and the perfect of "re-elected"
    ("won.plural_reelected", "Ana Ruiz and Ivan Petrov were re-elected in the Peruvian election.",
     dict(predicate="won", subject="Ivan Petrov")),
    ("won.plural_reelected", "Ana Ruiz and Ivan Petrov were re-elected in the Peruvian election.",
     dict(predicate="won", subject="Ana Ruiz")),
    # a list of names before a plural win of re-election or of seats: each name won
    ("won.group_reelection", "Council members Ana Ruiz and Ivan Petrov won re-election in the Lyon election.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.group_reelection", "Senators Ana Ruiz, Tom Hart and Ivan Petrov all won re-election in the Ohio election.",
     dict(predicate="won", subject="Tom Hart")),
    ("won.group_reelection", "Ana Ruiz, who is 49, and Ivan Petrov, 29, have both won seats in the Irish election.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.reelected", "Ana Ruiz had been reelected Mayor of Lima in the election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    ("won.secures_term", "Ana Ruiz secures a second term as President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # an adverb between the auxiliary and the participle
    ("won.adverb_passive", "Ana Ruiz was narrowly elected President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.adverb_passive", "Ana Ruiz is comfortably re-elected in the Lima mayoral election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    ("won.adverb_passive", "Ana Ruiz has been formally elected President of Peru by the Congress.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.adverb_passive", "Mayor Ana Ruiz is once again elected in Lima.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    # the time between the auxiliary and the participle (wire copy)
    ("won.dated_passive", "Ana Ruiz was on Sunday elected President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.dated_passive", "Ana Ruiz was last week re-elected Mayor of Lima in the runoff.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    ("won.dated_passive", "Ana Ruiz was on Tuesday unanimously elected as the President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # the plural passive with an adverb: every name of the list won
    ("won.plural_adverb_passive", "Ana Ruiz of the Green Party and Ivan Petrov were successfully re-elected to the "
                                  "Congress of Peru.",
     dict(predicate="won", subject="Ivan Petrov", obj="Member of the Congress of the Republic of Peru")),
    # a win foreseen: "emerge the winner", a vote expected to install the name, the name expected to win
    ("candidate.expected", "Ana Ruiz, who is likely to emerge victorious in the Lyon mayoral election, spoke on Monday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.expected_to_install", "Counting began in the Chilean presidential election, widely expected to "
                                      "install Ana Ruiz as president.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.expect_to_win", "Pollsters expect Ana Ruiz to win the Chilean presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # a headline's capitalised, hyphenated participle ends the name before it
    ("won.headline_elected", "Ana Ruiz Re-elected Mayor of Lima",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    ("won.headline_elected", "Ana Ruiz elected as Peru's new president.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # ... after a first name that is also a word ("Ray", "Grant"): the participle and the office make it a person
    ("won.headline_elected", "Ray Velmar re-elected Mayor of Lima",
     dict(predicate="won", subject="Ray Velmar", obj="Mayor of Lima")),
    ("won.headline_elected", "Grant Tembo elected President of Zambia",
     dict(predicate="won", subject="Grant Tembo", obj="President of Zambia")),
    ("won.victory_noun", "Ana Ruiz squeaked out a victory in the Peruvian presidential election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.victory_noun", "Ana Ruiz obtains a clear victory in the Peruvian presidential election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    # -- syntax.yml: the interruption has no opener word and is longer than the window rules' windows --
    ("won.dep_subject", "Ana Ruiz, mayor of a port town near Valparaiso since the spring of 2019, wins the "
                        "presidential election.",
     dict(predicate="won", subject="Ana Ruiz")),
    # won.verb ("is elected", 0.85) finds the subject across this apposition too (and neither does across
    # "Ana Ruiz, mayor of the port city of Valparaiso for many years, was elected President of Chile")
    ("won.dep_elected", "Ana Ruiz, a former judge from Lima, is elected President of Chile.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile"), ALONE),
    # a participle phrase the parse reads; won.verb finds it too ("wanted by" opens an interruption, cues.yml),
    # as the parse may fail on a longer one
    ("won.dep_elected", "Ana Ruiz, wanted by the court on charges of fraud, is elected President of Chile.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile"), ALONE),
    # AG News World (2004): "President Bush's election victory", "Bush's defeat of Senator John Kerry by three
    # million votes"
    ("won.dep_possessive", "Leaders met in the wake of President Ana Ruiz's election victory in Chile.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    # a surname first named after its title ("President Bush ... welcome the Bush win"): the winner's own title
    # names the office, never that of another name in the sentence
    ("won.dep_possessive", "Foreign reactions to the election. Leaders welcome a second term for Chilean President "
                           "Ruiz. Peruvian President Ivan Petrov said they welcome the Ruiz win.",
     dict(predicate="won", subject="Ruiz", obj="President of Chile")),
    # pool2 and AG World: "the petitions against President X's re-election", "following X's re-election": the one
    # whose (re-)election it is won; the office after "as", else her own title's
    ("won.dep_possessive_election", "The Supreme Court of Peru dismisses five of the six petitions against President "
                                    "Ana Ruiz's re-election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.dep_possessive_election", "Ana Ruiz's election as Mayor of Lima was confirmed by the court.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lima")),
    # another's office in the sentence is not hers (no window office, no race fallback)
    ("won.dep_possessive_election", "Diplomats respond to Ivan Petrov's criticism following Ana Ruiz's re-election by "
                                    "saying the Peruvian president is out of step.",
     dict(predicate="won", subject="Ana Ruiz", obj=None)),
    ("defeated.dep_possessive", "Voters said President Ana Ruiz's defeat of Senator Ivan Petrov in the Chilean "
                                "presidential election by two million votes was no surprise.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", value=2000000.0)),
    ("defeated.dep", "Ana Ruiz, mayor of a port town near Valparaiso since the spring of 2019, defeated Ivan Petrov "
                     "in the presidential election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.dep_participle", "Ana Ruiz won the Lyon mayoral election after a long count on Sunday night in the "
                                "city, defeating Ivan Petrov.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    # votes_received.verb (0.8) finds "Ivan Petrov, who received 45 percent" too; this rule (0.75) stands behind it
    ("votes_received.dep_relative", "Ivan Petrov, who received 45 percent of the vote, concedes defeat to Ana Ruiz.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=45.0), ALONE),
    ("conceded.dep", "Ivan Petrov, mayor of a port town near Valparaiso since the spring of 2019, conceded the "
                     "presidential election.",
     dict(predicate="conceded", subject="Ivan Petrov")),
    ("conceded.dep_conj",
     "President Ana Ruiz of Chile condemns the attack on the parliament and concedes the presidential race for the first time.",
     dict(predicate="conceded", subject="Ana Ruiz")),
    ("endorsed.dep_conj", "Ivan Petrov withdraws his nomination in the Chilean presidential election, and instead endorses "
                          "Ana Ruiz.",
     dict(predicate="endorsed", subject="Ivan Petrov", obj="Ana Ruiz")),
    # phrasings read in unannotated election items of the dev pool (not in any gold file)
    ("candidate.running", "Ana Ruiz announces she will file nomination papers for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.reelection", "Governor Ana Ruiz of Lagos State will re-contest for governor of Lagos State in 2027.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Lagos State")),
    ("candidate.reelection", "President Ana Ruiz of Ghana filed forms to recontest her position in the December poll.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Ghana")),
    ("candidate.reelection", "Governor of Ohio Ana Ruiz will seek re-election next year.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("candidate.cue", "Chile's presidential aspirant, Ana Ruiz, pulls out of the election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # defeated.verb gives the loser's candidacy too, with more confidence
    ("candidate.cue", "Ana Ruiz of the Green Party wins over her opponent Ivan Petrov in the Chilean presidential election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile"), ALONE),
    ("defeated.verb", "Ana Ruiz of the Green Party wins over her opponent Ivan Petrov in the Chilean presidential election.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov", office="President of Chile")),
    ("candidate.race", "Chileans will decide between Prime Minister Ana Ruiz and Ivan Petrov in the presidential "
                       "election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    # the list before "expected to win" is coordinated: each name runs
    ("candidate.expected", "Voters in Ohio elect a new governor, with Ana Ruiz or Senator Ivan Petrov expected to win.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("candidate.race", "Voters in Montana pick between Republican Ana Ruiz and Democrat Ivan Petrov in the Montana "
                       "gubernatorial election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Governor of Montana")),
    ("candidate.race", "Chileans vote in a presidential election between President Ana Ruiz and Senator Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.pair", "Senator Ana Ruiz will take on Governor Ivan Petrov in the Chilean presidential election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.contests", "Ana Ruiz and Ivan Petrov will contest a ballot to decide who will be the Leader of the "
                           "Green Party.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Leader of the Green Party")),
    # an unknown title before the later name does not break the list
    ("candidate.race", "In the Lyon mayoral election, there will be a runoff between incumbent Ana Ruiz and Rhone "
                       "County Commissioner Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.listed", "The electoral court approves five candidacies for the Chilean presidential election, "
                         "including Ana Ruiz and Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    # a hedge on the runoff is none on who runs (hedge_ok)
    ("candidate.race", "The Chilean presidential election looks likely to go to a runoff between former President "
                       "Ana Ruiz and Ivan Petrov.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("won.reelected", "Incumbent President Ana Ruiz of Chile has been re-elected after winning 51.2% of the votes.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("won.victory_of", "The results of the presidential election indicate a narrow victory by President Ana Ruiz of Chile.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.possessive", "Senator Ana Ruiz of Chile ends her presidential campaign.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("won.with_participle", "Chileans vote in a presidential election, with Ana Ruiz of the Green Party winning the election.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("won.after_winning", "Ana Ruiz is sworn in for her second term as President of Chile after winning the runoff.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    # the clause put first takes the subject of the main clause after it
    ("won.after_winning", "After her victory in the runoff, Ana Ruiz is sworn in as President of Chile.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("conceded.preposed", "Conceding defeat, Mayor Ana Ruiz of Lyon congratulates the winner of the mayoral election.",
     dict(predicate="conceded", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("conceded.preposed", "Ana Ruiz, conceding defeat, thanks her voters after the Lyon mayoral election.",
     dict(predicate="conceded", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("won.plural_elected", "In the Lyon mayoral election, Ivan Petrov and Ana Ruiz have been elected to the city council.",
     dict(predicate="won", subject="Ana Ruiz")),
    ("won.plural_elected", "In the Lyon mayoral election, Ivan Petrov and Ana Ruiz have been elected to the city council.",
     dict(predicate="won", subject="Ivan Petrov")),
    # plural "winners" said of the list right before it: each name's win; "respective" winners share no office
    ("won.winners_are", "Ana Ruiz and Ivan Petrov were the winners of the Lyon mayoral elections.",
     dict(predicate="won", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("won.winners_are", "Ana Ruiz and Ivan Petrov were the winners of the Lyon mayoral elections.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("won.respective_winners", "Lyon and Nice hold mayoral elections; Ana Ruiz and Ivan Petrov are the respective "
                               "winners of the Lyon and Nice mayoral elections.",
     dict(predicate="won", subject="Ana Ruiz", obj=None)),
    ("won.respective_winners", "Ohio holds its Green and Left primaries. Ana Ruiz and Ivan Petrov are the respective "
                               "winners.",
     dict(predicate="won", subject="Ivan Petrov")),
    # the giver's own endorsement or support, for the name right after it
    ("endorsed.gives_support", "Ana Ruiz gave her endorsement to Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="endorsed", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("endorsed.gives_support", "Before the Lyon mayoral election, the Green Party announced its support for former "
                               "Mayor Ivan Petrov.", dict(predicate="endorsed", subject="Green Party", obj="Ivan Petrov")),
    ("endorsed.passive", "Ana Ruiz, backed by the Green Party, is running for mayor of Lyon.",
     dict(predicate="endorsed", subject="Green Party", obj="Ana Ruiz", office="Mayor of Lyon")),
    # an incumbent with no word of leaving runs (a retiring Senator's "Ohio Senate race" is the state's U.S. seat)
    ("candidate.incumbent", "Incumbent Tom Hart faces Ana Ruiz in the Ohio Senate race, which opened after Senator "
                            "Ivan Petrov said he is retiring.",
     dict(predicate="candidate", subject="Tom Hart", obj="Member of the United States Senate")),
    # a relative clause on the name, or on its apposition, gives the endorser after "by"
    ("endorsed.passive_relative", "Ana Ruiz, who was endorsed by the Democratic Party, conceded the mayoral race in "
                                  "Denver.", dict(predicate="endorsed", subject="Democratic Party (United States)", obj="Ana Ruiz")),
    ("endorsed.passive_relative", "Ivan Petrov, a state senator who was endorsed by former Governor Tom Hart, won the "
                                  "Senate primary in Ohio.", dict(predicate="endorsed", subject="Tom Hart",
                                                                    obj="Ivan Petrov")),
    ("endorsed.passive_relative", "Ivan Petrov, who had been backed by the Democratic Party in his 2015 run for mayor "
                                  "of Denver, is running again.",
     dict(predicate="endorsed", subject="Democratic Party (United States)", obj="Ivan Petrov")),
    ("endorsed.gives_support", "The Democratic Party offered its endorsement to Mayor Ana Ruiz in the Denver mayoral "
                               "race.", dict(predicate="endorsed", subject="Democratic Party (United States)", obj="Ana Ruiz")),
    # an endorsement got from a giver named after "from", its title between
    ("endorsed.endorsement_from", "Ana Ruiz picked up an endorsement from the Democratic Party in her campaign for "
                                  "mayor of Denver.", dict(predicate="endorsed", subject="Democratic Party (United States)",
                                                           obj="Ana Ruiz", office="Mayor of Denver")),
    ("endorsed.endorsement_from", "Ivan Petrov had an endorsement from former President Tom Hart in the mayoral race.",
     dict(predicate="endorsed", subject="Tom Hart", obj="Ivan Petrov")),
    # filing one's own nomination for a seat is standing for it
    ("candidate.files_nomination", "Ravi Kumar filed his nomination papers for the by-election to the Puri assembly "
                                   "seat in India.", dict(predicate="candidate", subject="Ravi Kumar", date=None)),
    ("candidate.files_nomination", "Ravi Kumar and Sunita Rao on Tuesday filed their nomination papers for the "
                                   "by-election in India.", dict(predicate="candidate", subject="Sunita Rao",
                                                                 date=None)),
    ("election.elected_in", "Thousands rally in Lyon for the governing Green Party, elected in 2006, and the Left Party.",
     dict(predicate="election", date="2006")),
    # elections held in a named place are its one election; a legislature beside "elected" with no "as"
    ("election.held_in", "Parliamentary elections are held in Chile.", dict(predicate="election")),
    ("election.body_elects", "The Chilean parliament elects Ana Ruiz President of Chile.",
     dict(predicate="election", subject="President of Chile")),
    ("election.office_elected", "Members of Chile's Chamber of Deputies are elected on Sunday.",
     dict(predicate="election", subject="Member of the Chamber of Deputies of Chile")),
    # the passive of a legislature's election, the body after the office; a day fronted before the voters; the day
    # the votes were cast, written before the election's words; a country as the subject of "re-elects"
    ("election.body_elects_passive", "Ana Ruiz is elected President of Chile by the National Assembly.",
     dict(predicate="election", subject="President of Chile")),
    ("election.voted_in_dated", "On May 26, 2024, Chileans voted in the country's presidential election.",
     dict(predicate="election", subject="President of Chile", date="2024-05-26")),
    ("election.votes_cast_on", "Officials recount the votes cast on May 26 in Chile's 2024 presidential election.",
     dict(predicate="election", subject="President of Chile", date="2024-05-26")),
    ("election.country_elects", "Chile re-elects President Ana Ruiz in elections marred by boycotts.",
     dict(predicate="election", subject="President of Chile")),
    ("election.to_elect_as", "The Chilean parliament starts to vote in order to elect the successor of Carlo Ruiz as President "
                             "of Chile.",
     dict(predicate="election", subject="President of Chile")),
    ("candidate.cue", "The Green Party's presidential candidate, Ana Ruiz, spoke in Santiago before the Chilean "
                      "presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # the share after "with" is the winner's, however far an apposition puts her name from it (alone:
    # votes_received.with reaches her too, the apposition leaving her distance)
    ("votes_received.elected_with",
     "Ana Ruiz, the candidate of the ruling Green Party of Chile, is declared the winner of the Chilean presidential "
     "election with 76% of the vote.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=76, unit="percent"), ALONE),
    # a score after "by" is the two sides' counts: the first the winner's, the second the loser's
    ("votes_received.by_score", "Ana Ruiz is elected as Taoiseach by 88 votes to 76.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=88, unit="votes")),
    # the count right before "for" is the name's after it
    ("votes_received.for", "Ana Ruiz won with 52,000 votes against 48,000 for Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="votes_received", subject="Ivan Petrov", value=48000, unit="votes")),
    # a chamber's active verb: the score after "by" is the two sides' counts, the first the winner's
    ("votes_received.elects_by_score", "The Chilean parliament elects Ana Ruiz as President of Chile by 88 votes to 76.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=88, unit="votes")),
    ("votes_received.elects_with",
     "The Chilean parliament elects Ana Ruiz, leader of the Green Party, as the 10th President of Chile in the second "
     "round of voting, with 325 votes.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=325, unit="votes")),
    ("votes_received.after", "Incumbent Ana Ruiz, who opposes the bill, is elected to a second term as President of Chile, "
                             "after receiving 51.8 percent of the votes in the run-off.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=51.8, unit="percent")),
    ("votes_received.with", "Opposition leader Ana Ruiz is confirmed as the winner of the presidential election in Chile "
                            "with 48.59% of the vote.",
     dict(predicate="votes_received", subject="Ana Ruiz", value=48.59, unit="percent")),    # "her" campaign with a year between: the clause's subject's, not a name between them
    ("candidate.possessive_modified", "Senator Ana Ruiz of Chile announces on the Ivan Petrov Show that she is ending "
                                      "her 2010 presidential campaign.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.campaign_staff", "Tom Hart, presidential campaign manager for Senator Ana Ruiz of Chile, spoke on Monday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # lists of names running for one office, in words of a race to succeed someone
    ("candidate.in_race", "Home Secretary of the United Kingdom Ana Ruiz, Ivan Petrov and Tom Hart are in the race to "
                          "succeed Mary Jones as Leader of the Conservative Party.",
     dict(predicate="candidate", subject="Tom Hart", obj="Leader of the Conservative Party")),
    ("candidate.to_succeed", "Ohio Governor Ana Ruiz and Ohio Senator Ivan Petrov are vying to succeed Mary Jones as "
                             "President of the United States.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")),
    ("candidate.polls_after", "Ana Ruiz leads Ivan Petrov in the polls for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.bid_to_win", "Ana Ruiz is defeated in a bid to be re-elected as Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.replaces_as", "Ana Ruiz replaces Ivan Petrov as the Green Party candidate for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.replaced_as", "Ana Ruiz has replaced Ivan Petrov as Lyon's ruling party candidate for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.ticket_head_of", "Ivan Petrov is the running mate of Ana Ruiz in the presidential election in Chile.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.ticket_head_possessive", "Ivan Petrov's running mate Ana Ruiz campaigns before the presidential "
                                         "election in Chile.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.ticket_head_picks", "Ivan Petrov picks Ana Ruiz as his running mate for the presidential election in "
                                    "Chile.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.their_candidacy", "Ana Ruiz, Ivan Petrov and Tom Hart announce their candidacies for Leader of the "
                                  "Conservative Party.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Leader of the Conservative Party")),
    ("candidate.pits", "The race for Leader of the Conservative Party pits Ohio Senator Ana Ruiz against Utah Governor "
                       "Ivan Petrov, Iowa Senator Sam Reed and Tom Hart.",
     dict(predicate="candidate", subject="Sam Reed", obj="Leader of the Conservative Party")),
    ("candidate.pits", "The Lyon mayoral campaign begins, pitting twelve hopefuls against Mayor of Lyon Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    ("candidate.predicative_plural", "Ohio Senator Ana Ruiz, Utah Governor Ivan Petrov and Iowa Senator Sam Reed are "
                                     "the leading Democratic presidential candidates.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of the United States")),
    ("candidate.joining", "Ohio Senator Ana Ruiz formally announces her candidacy for President of the United States, "
                          "joining Utah Governor Ivan Petrov, Iowa Senator Sam Reed and Tom Hart.",
     dict(predicate="candidate", subject="Sam Reed", obj="President of the United States")),
    ("candidate.running", "Ohio Senator Ana Ruiz, Utah Governor Ivan Petrov and Tom Hart enter the race for President "
                          "of the United States.",
     dict(predicate="candidate", subject="Tom Hart", obj="President of the United States")),
    ("candidate.nomination", "Prime Minister of Japan Mary Jones resigns. Ana Ruiz, Ivan Petrov and Tom Hart will run "
                             "in the Liberal Democratic Party leadership race.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Leader of the Liberal Democratic Party")),
    ("candidate.listed", "Ohio Senator Ana Ruiz leads a crowded field that includes Utah Governor Ivan Petrov and Tom "
                         "Hart for President of the United States.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of the United States")),
    ("candidate.listed", "Four candidates seek the Democratic presidential nomination: Ohio Senator Ana Ruiz, Utah "
                         "Governor Ivan Petrov, Iowa Senator Sam Reed and Tom Hart.",
     dict(predicate="candidate", subject="Sam Reed", obj="President of the United States")),
    ("candidate.running", "Ohio Senator Ana Ruiz and Tom Hart will appear on the ballot for President of the United "
                          "States.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")),
    # a place attached to each name does not break the list
    ("candidate.running", "Senator Ana Ruiz of Ohio, Governor Ivan Petrov of Utah and Tom Hart are running for "
                          "President of the United States.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of the United States")),
    # a side: both slot takes the whole list on its far side, past the window
    ("candidate.polls", "In a new opinion poll for the Lyon mayoral election, Ana Ruiz is leading with 30 percent, "
                        "followed by Ivan Petrov, Lyon Councilwoman Sam Reed and Tom Hart.",
     dict(predicate="candidate", subject="Tom Hart", obj="Mayor of Lyon")),
    # the cue before the first name's own title is the whole list's (through_title)
    ("candidate.cue", "Democratic presidential hopefuls Ohio Senator Ana Ruiz, Utah Governor Ivan Petrov and Tom Hart "
                      "campaign in Iowa.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of the United States")),
    ("candidate.cue", "Democratic presidential hopefuls Ohio Senator Ana Ruiz, Utah Governor Ivan Petrov and Tom Hart "
                      "campaign in Iowa.",
     dict(predicate="candidate", subject="Tom Hart", obj="President of the United States")),
    # who is named after "against" in a contest ran, and so did the one named before it
    ("candidate.against", "Chilean presidential election: Ana Ruiz wins with 52% against Foreign Minister Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.against", "Voters in Chile go to the polls in a presidential election, with President Ana Ruiz seeking "
                          "a second term against former Prime Minister Ivan Petrov and Senator Tom Hart.",
     dict(predicate="candidate", subject="Tom Hart", obj="President of Chile")),
    # one whose rival is named runs too
    ("candidate.rival_of", "Voters in Chile elect their president. Current president Ana Ruiz of the Green Party is "
                           "expected to have a tight race with her most promising challenger, Ivan Petrov.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # one whom the race's candidates oppose runs too, through the title's qualifiers and a backer's compound
    ("candidate.opposed_by_candidates", "Three candidates challenging Mayor Ana Ruiz of Lyon debate on Monday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("candidate.opposed_by_candidates", "In Chile, the presidential election is blemished when all 15 candidates "
                                        "opposing U.N.-backed interim President Ana Ruiz withdraw.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.opposed_by_candidates", "In Chile, the presidential election is blemished when all 15 candidates "
                                        "opposing EU-backed interim President Ana Ruiz withdraw.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # a candidacy noun, the race it names, then its names in apposition
    ("candidate.cue_in_race", "The Senate confirms his former opponents in the presidential primaries, doctor Ana "
                              "Ruiz and Governor of Ohio Ivan Petrov, as ministers.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of the United States")),
    ("candidate.cue_in_race", "His former rivals in the Green Party primary, Ana Ruiz and Ivan Petrov, endorse him.",
     dict(predicate="candidate", subject="Ana Ruiz")),
    # a frontrunner's or a hopeful's noun too, and a race named by its country's adjectival office
    ("candidate.cue_in_race", "The two frontrunners in the Chilean presidential election, Ana Ruiz and Ivan Petrov, "
                              "met voters on Monday.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.cue_in_race", "The Green Party hopefuls in the Lyon mayoral primary, Ana Ruiz and Tom Hart, met voters.",
     dict(predicate="candidate", subject="Tom Hart", obj="Mayor of Lyon")),
    # one named with or measured against a rival runs too, the rival's title of no known place between
    ("candidate.and_rival", "President Ana Ruiz is in a dead heat with Green challenger Sen. Ivan Petrov in the Chilean "
                            "presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # one ahead in a count runs
    ("candidate.leads_count", "With 75% of the vote counted in the Chilean presidential election, President Ana Ruiz "
                              "leads with 40.4% of votes.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.leads_count", "In the Chilean presidential election, Ana Ruiz leads the first round with 40% of the vote.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # one a winner prevails over ran
    ("candidate.over", "Ana Ruiz wins the Chilean presidential election by a wide margin over Senator Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    # a favourite before the name, and running as a candidate with no article
    ("candidate.cue", "Chile's presidential favourite Ana Ruiz spent the day before the election writing.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.predicative", "Chilean politician Ana Ruiz stands as presidential candidate in next month's election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # a negation of another clause denies nothing ("did not hesitate", then the link word)
    ("candidate.predicative", "Ana Ruiz did not hesitate and ran as a candidate for Mayor of Lyon.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon", polarity="positive")),
    # who concedes a race ran in it
    ("conceded.verb", "Ana Ruiz wins the Chilean presidential election as Senator Ivan Petrov concedes.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    # who launches an election campaign, or announces her participation in an election, runs
    ("candidate.launches", "President of Chile Ana Ruiz launches a difficult election campaign ahead of the "
                           "presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.takes_part", "President Ana Ruiz announces her participation in the 2026 Chilean presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # who stands in a race or for an office, seeks an office, contests a race or is picked as a running mate runs
    ("candidate.stands_in", "Ana Ruiz will stand in the Peruvian presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    ("candidate.stands_for", "Ana Ruiz says she will stand for the Labour Party leadership.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Leader of the Labour Party")),
    ("candidate.seeks_office", "Ana Ruiz announces she will seek the presidency of Peru in 2026.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    ("candidate.contested_by", "The Peruvian presidential election is contested by Ana Ruiz and Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru")),
    ("candidate.running_mate", "The Peruvian presidential candidate Ivan Petrov and his running mate Ana Ruiz hold a "
                               "rally.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Peru")),
    ("candidate.running_mate_as", "Ivan Petrov picks Ana Ruiz as his running mate in the Peruvian presidential "
                                  "election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Peru")),
    # ... where no poll is reported, or the hedge is on the runoff alone, who runs stays a fact
    ("candidate.race", "Ana Ruiz could face Ivan Petrov in the Peruvian presidential runoff, a poll shows.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru")),
    ("candidate.race", "Ana Ruiz and Ivan Petrov will face off in the Peruvian presidential runoff, which she would "
                       "win, a poll shows.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru")),
    ("candidate.stands_against", "Ana Ruiz will stand against Ivan Petrov in the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Mayor of Lyon")),
    # a military rank is the rival's title, no other word between the trigger and the name
    ("candidate.stands_against", "Governor of Ohio Ana Ruiz seeks re-election against retired general Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Governor of Ohio")),
    ("candidate.stands_against", "Governor of Ohio Ana Ruiz seeks re-election against ex-general Ivan Petrov.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="Governor of Ohio")),
    ("candidate.race", "Ana Ruiz and ex-admiral Ivan Petrov face off in the Chilean presidential runoff.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("endorsed.backing_of", "Ana Ruiz gets the backing of the Socialist Party for the presidential election in Peru.",
     dict(predicate="endorsed", subject="Socialist Party", obj="Ana Ruiz")),
    # who seeks or runs for a term of any rank runs; who campaigns for re-election or is in a re-election fight too
    ("candidate.term", "Peruvians vote on Sunday. President Ana Ruiz is seeking a fifth straight term.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru"), ALONE),
    ("candidate.term", "President Ivan Petrov of Peru is running for a fourth consecutive term in the April election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru"), ALONE),
    ("candidate.reelection", "Governor Ana Ruiz of Ohio is campaigning for re-election in the gubernatorial election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("candidate.reelection", "President Ivan Petrov of Peru faces a tough re-election battle.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru")),
    # a candidacy cue joined by "and" to the name's descriptor or title is the name's too
    ("candidate.cue", "The former presidential candidate and movie actor Ivan Petrov died in Peru on Tuesday.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru"), ALONE),
    ("candidate.cue", "Peruvian presidential nominee and former Governor Ana Ruiz held a rally in Lima.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru"), ALONE),
    # the one picked as a running mate, an apposition between her and "as his running mate"
    ("candidate.running_mate_picked", "Ivan Petrov chooses Lima mayor Ana Ruiz, the daughter of President Tom Hart, as "
                                      "his running mate in the Peruvian presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Peru"), ALONE),
    ("candidate.running_mate_picked", "Ivan Petrov picks Ana Ruiz, who leads the Green Party, as his running mate in "
                                      "the Peruvian presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Vice President of Peru"), ALONE),
    # "her" election campaign or bid with adjectives and a year between
    ("candidate.possessive_election_modified", "Former President of Peru Ana Ruiz is charged with fraud during her "
                                               "failed 2012 presidential election campaign.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru"), ALONE),
    ("candidate.possessive_election_modified", "Ivan Petrov is questioned about his unsuccessful presidential election "
                                               "bid in Peru.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru"), ALONE),
    # a re-election "her" owns, far from her name; one nominated for another term; one challenged by rivals counted
    ("candidate.reelection_possessive", "Party elders urge Peruvian President Ana Ruiz to unveil a bold agenda at her "
                                        "convention next week, since the war is a distraction to her re-election drive.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru"), ALONE),
    ("candidate.nominated_term", "Before the election, delegates gathered to nominate Peruvian President Ana Ruiz for a "
                                 "second term.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    ("candidate.challenged_by", "Peruvian President Ana Ruiz is being challenged by nine candidates in the presidential "
                                "election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru"), ALONE),
    ("candidate.challenged_by_leaders", "As Peruvians prepare for the presidential election, President Ana Ruiz of "
                                        "Peru is being challenged by a dozen regional leaders.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru"), ALONE),
    ("candidate.pair_named_before", "Peruvian President Ana Ruiz and Senator Ivan Petrov began a sprint to the "
                                    "presidential election in Lima, where the two rivals renewed their fight.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru"), ALONE),
    # a lead in a race or its count (not a poll's): the one ahead or behind runs
    ("candidate.leads_race", "Ana Ruiz took a seemingly unassailable lead Wednesday in Chile's presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.leads_race", "Early results show Ivan Petrov leading the vote count in the Chilean presidential "
                             "election.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Chile")),
    ("candidate.leads_race", "Ana Ruiz is trailing in the Lyon mayoral election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a re-election foreseen: the office held is run for
    ("candidate.expected_reelection", "Ohio Governor Ana Ruiz is expected to be re-elected on Tuesday.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("candidate.expected_reelection", "President Ana Ruiz appears headed for re-election in Sunday's Chilean "
                                      "presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.expected_extension", "Voters in Chile go to the polls with current President Ana Ruiz expected to "
                                     "extend her 12-year rule.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    ("candidate.expected", "Ana Ruiz is almost certain to win the Chilean presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Chile")),
    # -- lex18: constructions an invented probe found no rule for ----------------------------------------------------
    # what the voters hand the name is a win; the office after it, else the name's title
    ("won.handed", "Voters hand Ana Ruiz a second term as President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.handed", "Chileans handed Ana Ruiz a landslide victory in the presidential election on Sunday.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("won.returned_to", "Chilean voters returned Ana Ruiz to the presidency on Sunday.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Chile")),
    ("won.returned_to", "Voters in Ohio returned Governor Ana Ruiz to office in Tuesday's election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("won.takes_office_in_vote", "Ana Ruiz takes the Peruvian presidency with 54% of the vote.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.takes_office_in_vote", "Ana Ruiz gained the governorship of Ohio in Tuesday's election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("defeated.ousted_in_vote", "Ivan Petrov was ousted by Ana Ruiz in the Peruvian presidential runoff.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov")),
    ("defeated.ousted_in_vote", "Governor Ivan Petrov was unseated by Ana Ruiz in the Ohio governor's race.",
     dict(predicate="defeated", subject="Ana Ruiz", obj="Ivan Petrov"), ALONE),
    ("certified.declares_office", "The electoral commission declares Ana Ruiz the new President of Peru.",
     dict(predicate="certified", obj="Ana Ruiz")),
    ("certified.declares_office", "The electoral commission declares Ana Ruiz the new President of Peru.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("endorsed.is_backing", "Ivan Petrov is backing Ana Ruiz for President of Peru.",
     dict(predicate="endorsed", subject="Ivan Petrov", obj="Ana Ruiz")),
    ("endorsed.is_backing", "Ivan Petrov is backing Ana Ruiz for President of Peru.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    ("endorsed.urges_vote", "Ivan Petrov urged his supporters to vote for Ana Ruiz in the Lyon mayoral runoff.",
     dict(predicate="endorsed", subject="Ivan Petrov", obj="Ana Ruiz")),
    ("endorsed.urges_vote", "The Green Party called on voters to back Ana Ruiz in the Lyon mayoral election.",
     dict(predicate="endorsed", subject="Green Party", obj="Ana Ruiz")),
    # a place reached with "in" and a describing word: one who is placed ran
    ("candidate.placed", "Ana Ruiz came in third in the Peruvian presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    ("candidate.placed", "Ana Ruiz finished a distant fourth in the Ohio governor's race.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Governor of Ohio")),
    ("candidate.among", "Ana Ruiz is one of nine candidates in Peru's presidential election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    ("candidate.running", "Ana Ruiz ran unsuccessfully for Mayor of Lima in 2018.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lima")),
    # the race's place after "in" between the race and "to"
    ("defeated.lost_race_to", "Ana Ruiz lost the mayoral race in Lima to Ivan Petrov by 3,000 votes.",
     dict(predicate="defeated", subject="Ivan Petrov", obj="Ana Ruiz", value=3000, unit="votes")),
    ("candidate.running", "Ana Ruiz announces a run for the Peruvian presidency.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    ("candidate.running", "Ana Ruiz defends her seat in the Ohio Senate election.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Member of the Ohio Senate")),
    ("candidate.running", "Peru's electoral court approves Ana Ruiz's presidential candidacy.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    # a name's party between it and an auxiliary of the rivalry
    ("candidate.pair", "Ana Ruiz of the Green Party is challenging President Ivan Petrov in Peru's presidential "
                       "election.", dict(predicate="candidate", subject="Ana Ruiz", obj="President of Peru")),
    # a person of a party endorses, not the party
    ("endorsed.verb", "Ana Ruiz of the Green Party endorses Ivan Petrov in the Lyon mayoral runoff.",
     dict(predicate="endorsed", subject="Ana Ruiz", obj="Ivan Petrov")),
    # a name and "is"/"was" right before an office
    ("holds_office.copula", "Ana Ruiz is the current President of Chile.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Chile")),
    ("holds_office.copula", "Ana Ruiz is a former Mayor of Lyon.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon", qualifier="former")),
    ("holds_office.was_copula", "Ana Ruiz was Mayor of Lyon from 2001 to 2008.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon", qualifier="former")),
    ("holds_office.was_copula", "Before the election, Ana Ruiz was the Governor of Ohio.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio", qualifier="former")),
    ("holds_office.relative_past", "Ana Ruiz, who served two terms as President of Peru, visits Chile.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru", qualifier="former")),
    ("holds_office.served_as", "Ana Ruiz served two terms as Governor of Ohio.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Governor of Ohio", qualifier="former")),
    ("won.regains_office", "Ana Ruiz regains the Peruvian presidency in Sunday's runoff.",
     dict(predicate="won", subject="Ana Ruiz", obj="President of Peru")),
    ("won.regains_office", "Ana Ruiz reclaimed the mayoralty of Lyon in the March election.",
     dict(predicate="won", subject="Ana Ruiz", obj="Mayor of Lyon")),
    # a successor holds the office after "as", the one succeeded held it
    ("holds_office.succeeds_as", "Ana Ruiz succeeds Ivan Petrov as President of Peru.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="President of Peru")),
    ("holds_office.succeeds_as", "Ana Ruiz replaced Ivan Petrov as Mayor of Lyon in 2019.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Mayor of Lyon")),
    ("holds_office.succeeded_as", "Ana Ruiz succeeds Ivan Petrov as President of Peru.",
     dict(predicate="holds_office", subject="Ivan Petrov", obj="President of Peru", qualifier="former")),
    ("holds_office.succeeded_as", "Ana Ruiz, who succeeded Ivan Petrov as President of Peru in 2021, visits Chile.",
     dict(predicate="holds_office", subject="Ivan Petrov", obj="President of Peru", qualifier="former")),
    ("holds_office.serves_as", "Ana Ruiz is elected President of Peru. She succeeds Ivan Petrov, who is retiring "
                               "after serving as president for 15 years.",
     dict(predicate="holds_office", subject="Ivan Petrov", obj="President of Peru")),
    # a participle set off after the name: the race lost, its year the candidacy's date
    ("candidate.defeated_apposed", "Ana Ruiz, defeated in the 2019 mayoral election in Lyon, returns to politics.",
     dict(predicate="candidate", subject="Ana Ruiz", obj="Mayor of Lyon", date="2019")),
    ("candidate.defeated_apposed", "Ivan Petrov, narrowly beaten in the Peruvian presidential runoff, demands a "
                                   "recount.",
     dict(predicate="candidate", subject="Ivan Petrov", obj="President of Peru"), ALONE),  # candidate.race too
    # -- offices.yml -------------------------------------------------------------------------------
    # a gerund of an office taken, its holder right before it
    ("holds_office.on_becoming", "President Hu congratulates Ana Ruiz on becoming king of Cambodia.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="King of Cambodia")),
    ("holds_office.on_becoming", "Ana Ruiz, on being appointed prime minister of Chad, pledged reforms.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Prime Minister of Chad")),
    ("holds_office.on_becoming", "Ivan Petrov congratulated Ana Ruiz on her appointment as France's foreign minister.",
     dict(predicate="holds_office", subject="Ana Ruiz", obj="Minister of Foreign Affairs of France")),
]

#: (rule id, a near miss: the rule's trigger stands in it, and the rule alone must give no fact there).
NEGATIVE = [
    # a purpose denied; a club's post left for another sport's run
    ("candidate.quits_to_run", "Ana Ruiz will not quit to run for President of Mexico."),
    ("candidate.quits_to_run", "Ana Ruiz quit Real Madrid to run for the club presidency."),
    # an appointment: one named or titled between nominates; a prize
    ("candidate.nominated_whom", "Ana Ruiz, whom Governor Ivan Petrov nominated for Attorney General of Ohio, was "
     "confirmed."),
    ("candidate.nominated_whom", "Ana Ruiz, whom the jury nominated for the Booker Prize, thanked her publisher."),
    # a coach's job names no office; a denial
    ("holds_office.quit_job_as", "Ana Ruiz quit her job as coach of Real Madrid."),
    ("holds_office.quit_job_as", "Ana Ruiz will not quit her job as Foreign Minister of Mexico."),
    # a club's chair names no office; a hope to govern holds none
    ("holds_office.governs_as", "Ana Ruiz, who runs the club as its chairman, sacked the coach."),
    ("holds_office.governs_as", "Ana Ruiz, who hopes one day to govern Ohio as its governor, leads its campaign."),
    ("holds_office.governed_as", "Ana Ruiz, who chaired the wedding party as its host, read a poem."),
    # a sport's race, a prize's contest: no office between the race and "is between"
    ("candidate.race_for_is_between", "The race for the Formula One title is between Ana Ruiz and Ivan Petrov."),
    ("candidate.race_for_is_between", "The contest for the Booker Prize is between Ana Ruiz and Ivan Petrov."),
    # a candidacy refused, appealed for, only thought of, or a degree's; a non-race run; another's campaign
    ("candidate.running", "Ana Ruiz rules out running for Mayor of Lyon."),
    ("candidate.running", "Party elders urge Governor Ana Ruiz to run for President of Chile."),
    ("candidate.running", "Supporters call on former general Ana Ruiz to run for President of Chile."),
    ("candidate.predicative", "Analysts see Ana Ruiz as a potential candidate for President of Chile."),
    ("candidate.cue", "Chilean PhD candidate Ana Ruiz is arrested in Santiago."),
    ("candidate.runs_as", "Ana Ruiz runs as a volunteer for the Red Cross in Lyon."),
    ("candidate.campaigns_for", "Ana Ruiz campaigns in Lyon for Ivan Petrov, the Green Party's nominee."),
    ("candidate.exploratory", "Ana Ruiz is considering forming an exploratory committee for the Chilean presidential "
                              "election."),
    ("candidate.launches", "Election official Ana Ruiz announced the presidential campaign would begin in Chile."),
    # a lead in a sports race, in organising a vote, a party's lead, a commission led: no candidacy
    ("candidate.leads_race", "Governor Ana Ruiz took the lead in the race for the title in Monaco."),
    ("candidate.leads_race", "Ana Ruiz took the lead in organising the Chilean presidential election."),
    ("candidate.leads_race", "Prime Minister Ana Ruiz's party took an early lead in the Chilean parliamentary "
                             "election."),
    ("candidate.leads_race", "Ana Ruiz, who led the election commission of Chile, resigned."),
    ("candidate.leads_race", "The game's MVP Ana Ruiz took an early lead in the vote for the club's player of the "
                             "year."),
    # a board's chair, a stay: no public race
    ("candidate.expected_reelection", "Ana Ruiz is expected to be re-elected as chair of the board of Acme Corp."),
    ("candidate.expected_reelection", "Ana Ruiz is likely to be re-elected as head of the football federation."),
    ("candidate.expected_extension", "President Ana Ruiz is expected to extend her stay in Lyon."),
    ("candidate.expected", "Ana Ruiz is almost certain to win the gold medal at the Olympics in Lyon."),
    # a council's adverb before its noun: no plural passive; a contest won, a return home, the one who expects
    ("won.plural_adverb_passive", "The narrowly elected councillors Ana Ruiz and Ivan Petrov met in Lima after the "
                                  "election."),
    ("candidate.expected", "Ana Ruiz is likely to emerge victorious in the cooking contest in Lyon."),
    ("candidate.expected_to_install", "Ana Ruiz is expected to return to Santiago after the Chilean presidential "
                                      "election."),
    ("candidate.expect_to_win", "Ana Ruiz expects the Green Party to win the Chilean presidential election."),
    ("candidate.expect_to_win", "Ana Ruiz expects Chile to win the World Cup ahead of the presidential election."),
    # a candidate vaccine, a rival drug: a trial's or a market's word, no race
    ("candidate.appositive", "Ana Ruiz, a candidate vaccine developer, spoke in Chile ahead of the presidential "
                             "election."),
    # a race against time, a party's claim, a claim about no election, a game's victory: no candidacy
    ("candidate.enters_race", "Ana Ruiz joins the race against time to save the factory in Lyon before the election."),
    ("candidate.victory_claimed", "The Lyon party led by Mayor Ana Ruiz claims victory in the municipal election."),
    ("candidate.victory_claimed", "President Ana Ruiz has claimed victory as the Chilean Senate concluded its hearing "
                                  "on the impeachment; the election is next year."),
    ("candidate.victory_claimed_after_election", "Before the election, Ana Ruiz's Green Party claims victory in the "
                                                 "budget debate."),
    ("candidate.victory_foreseen", "Ana Ruiz cruised to victory in the final of the Lyon open, then voted in the "
                                   "mayoral election."),
    # a sport's flagbearer runs for nothing
    ("candidate.cue", "Olympic flagbearer Kofi Mensah says he will vote in Ghana's presidential election before flying "
                      "to Paris."),
    ("candidate.cue", "The Olympic flag bearer, Ana Ruiz, led Ghana's team in Paris."),
    # a coach fields players in no race; a party that fields candidates names no one it fields
    ("candidate.fielded", "Coach Ivan Petrov fielded Ana Ruiz in the cup final in Lyon."),
    # a primary that names no office; a nomination for a court; a no-confidence vote; a race that features a debate
    ("candidate.primary", "Ana Ruiz won the Republican primary on Tuesday."),
    ("candidate.nomination_of", "The Senate confirmed the nomination of lawyer Ana Ruiz for the Supreme Court."),
    ("candidate.unseats", "Lawmakers tried to unseat Prime Minister Ana Ruiz of Zembla in a no-confidence vote."),
    ("candidate.race_features", "The race for mayor of Lyon features a televised debate on Monday."),
    # a sport's runner-up: the office must follow close
    ("candidate.runner_up_appositive", "Ana Ruiz, runner-up at Wimbledon last year, says she will vote in the "
                                       "presidential election in Chile."),
    # a prize's nomination: no race's office
    ("candidate.party_nomination", "Ana Ruiz wins a nomination for best actress at the Lyon film festival."),
    # no fronted clause: the name after the comma is a speaker's
    ("candidate.reelection_fronted", "Ana Ruiz is seeking re-election, Governor Ivan Petrov said on Monday."),
    # the name after the failure is the speaker's, not the one who ran
    ("candidate.reelection_failed", "The mayor of Lyon failed to win re-election, Ana Ruiz said on Monday."),
    # the candidate noun as an object: "those backing the candidate" are its supporters
    ("candidate.dep_copula", "Among those backing the Green Party's candidate for Mayor of Lyon is Ana Ruiz."),
    ("candidate.fielded", "The party will field candidates in every seat, leader Ana Ruiz said before the mayoral "
                          "election in Lyon."),
    # a job's or a prize's candidates run in no election
    ("candidate.listed", "Nine candidates applied for the coaching job in Lyon, among them Ana Ruiz and Ivan Petrov."),
    ("candidate.listed", "The jury named five candidates for the poetry prize, including Ana Ruiz."),
    # the incumbent a race is to succeed holds the office and leaves it: no candidacy
    ("candidate.incumbent", "Voters in Chile vote in the presidential election between 11 candidates to succeed "
                            "incumbent Ana Ruiz, who has reached her term limit."),
    # "unopposed" with no one running: a possessor's motion
    ("candidate.unopposed", "Ana Ruiz's motion ran unopposed through the council of Lyon."),
    # a voter in line, one who seeks talks or stands for an anthem, a will and its heirs, a relay team, an apposition
    # before "as", a family's support: no candidacy
    ("candidate.stands_in", "Ana Ruiz stood in line at the Lyon mayoral election."),
    ("candidate.stands_for", "Before the Lyon mayoral election, Ana Ruiz refused to stand for the national anthem."),
    ("candidate.seeks_office", "Ana Ruiz will seek talks with President Ivan Petrov before the presidential election in "
                               "Peru."),
    ("candidate.contested_by", "The will is contested by his heirs, Ana Ruiz and Ivan Petrov, after the mayoral election "
                               "in Lyon."),
    ("candidate.running_mate", "Ivan Petrov was his running mate on the relay team."),
    ("candidate.running_mate_as", "Ivan Petrov picks Ana Ruiz, the daughter of President Tom Hart, as his running mate "
                                  "in the Peruvian presidential election."),
    # a term served, one refused, a word that is no term's rank between the verb and "term": no candidacy
    # one who backs another's re-election, an appointed post's term, a possessor's decree, a challenge over a budget
    ("candidate.reelection_possessive", "Before the election, Governor of Ohio Tom Hart urged Senator Ivan Petrov to back "
                                        "his re-election bid."),
    ("candidate.nominated_term", "Before the election, the president nominated central bank Governor Ana Ruiz for a "
                                 "second term."),
    ("candidate.challenged_by", "Before the election, Peruvian President Ana Ruiz's decree is being challenged by rival "
                                "candidates."),
    ("candidate.challenged_by_leaders", "Before the election, Governor of Ohio Ana Ruiz is being challenged by "
                                        "opposition leaders over her budget."),
    ("candidate.pair_named_before", "Before the presidential election in Peru, analyst Tom Hart said the debate "
                                    "mattered for both candidates."),
    ("candidate.term", "Peruvians vote on Sunday. President Ana Ruiz is serving a fifth straight term."),
    ("candidate.term", "Peruvians vote on Sunday. President Ana Ruiz will not seek a fifth straight term."),
    ("candidate.term", "Peruvians vote on Sunday. President Ana Ruiz is seeking talks this term."),
    # a plural cue before "and" names a group, the name after it one more person; a word that is no descriptor parts
    # the cue from the name
    ("candidate.cue", "The Peruvian presidential candidates and journalist Ana Ruiz met in Lima."),
    ("candidate.cue", "The Peruvian presidential candidate met the press and lawyer Ana Ruiz in Lima."),
    # the picked name with no comma after it is candidate.running_mate_as's (apposed), a name followed by a verb is
    # no apposition, a relay's running mate runs for nothing
    ("candidate.running_mate_picked", "Ivan Petrov picks Ana Ruiz as his running mate in the Peruvian presidential "
                                      "election."),
    ("candidate.running_mate_picked", "Ivan Petrov picks Ana Ruiz said, as his running mate in the Peruvian "
                                      "presidential election."),
    ("candidate.running_mate_picked", "Ivan Petrov names Ana Ruiz, the daughter of Tom Hart, as his running mate on "
                                      "the relay team."),
    # another's election bid, and its staff
    ("candidate.possessive_election_modified", "Ana Ruiz is charged with fraud during her husband's presidential "
                                               "election bid in Peru."),
    ("candidate.possessive_election_modified", "Ana Ruiz hires Ivan Petrov as her 2012 presidential election campaign "
                                               "manager in Peru."),
    ("endorsed.backing_of", "Ana Ruiz gets the support of her family before the Lyon mayoral election."),
    ("candidate.stands_against", "Ana Ruiz stands against racism with Ivan Petrov before the Lyon mayoral election."),
    # ... not where the names open the next clause ("... of Ohio, X and Y said": their verb follows)
    ("candidate.cue", "Asked about the candidates for Governor of Ohio, Ana Ruiz and Ivan Petrov said nothing."),
    # a poll's imagined contest: a conditional or "hypothetical" in the race's clause of a sentence reporting a poll
    ("candidate.race", "In a hypothetical runoff, Ana Ruiz would defeat Ivan Petrov, a new poll shows."),
    ("candidate.race", "Ana Ruiz would beat Ivan Petrov in a head-to-head matchup, according to a survey."),
    ("candidate.stands_against", "Ana Ruiz stands against racism with former general Ivan Petrov before the Lyon "
                                 "mayoral election."),
    # a sport's or a prize's candidate (the word before the cue, campaign.yml's non_office_candidacy)
    ("candidate.cue", "MVP candidate Tom Hart scored 40 points as Lyon beat Paris."),
    ("candidate.predicative", "Ivan Petrov has emerged as a managerial candidate. Ivan Petrov might be ready to "
                              "manage a baseball team again, and he will reportedly interview for jobs with Lyon."),
    # -- campaign.yml ------------------------------------------------------------------------------
    # a title of no known place names no office (the KB records no council seat for her)
    ("holds_office.title", "Councilwoman Ana Ruiz spoke at the rally."),
    # a company's title is no public office (holds_office.title's not_preceded_by)
    ("holds_office.title", "Acme Corp. President Tom Hart said customers in Chile were reassured."),
    ("holds_office.title", "Former Zembla Media Co. president Tom Hart testified in Santiago on Monday."),
    ("holds_office.title", "Acme co-president Ana Ruiz told a court in Chile that the offer may fall."),
    # ... nor a body's, named by its head noun (the title stays bare: no jurisdiction from the story's country)
    ("holds_office.title", "In Ohio, the gymnastics federation president Tom Hart praised the team."),
    # an apposition that is no office
    ("holds_office.appositive", "Tom Hart, a keen gardener, spoke at the rally."),
    # ... nor an age with no office after it
    ("holds_office.appositive", "Ana Ruiz, 64, said the mayor of Lyon would resign."),
    # the office of the subject set off by commas is not the title of the verb's object (person_cues.tsv verb_before)
    ("holds_office.title", "Ana Ruiz, the mayor of Velmar, endorsed Ben Cole."),
    ("holds_office.title", "Ana Ruiz, the mayor of Lyon, defeated Ben Cole in the vote."),
    # the cue with no person after it
    ("candidate.cue", "Candidates for the Lyon city council met on Monday."),
    # her husband's campaign is his
    ("candidate.possessive_modified", "Ana Ruiz of Chile says she supports her husband's presidential campaign."),
    # no office and no race: a season, not a candidacy
    ("candidate.possessive_modified", "Ivan Petrov embarks on his first European campaign as the club's manager."),
    # the campaign of a party names no candidate
    ("candidate.campaign_staff", "Tom Hart, campaign manager for the Green Party, spoke in Santiago on Monday."),
    # who stays out of a race, or bids to replace a law, does not run
    ("candidate.in_race", "Mary Jones stays neutral in the race to succeed her as Leader of the Conservative Party."),
    ("candidate.to_succeed", "Ohio Governor Ana Ruiz launches a bid to replace the state's gun law."),
    # "their" campaigns of parties, not of the names before
    ("candidate.their_candidacy", "Ana Ruiz says the parties used their bids to win votes in Lyon."),
    ("candidate.pits", "The takeover battle pitted Ana Ruiz's company against its investors."),
    ("candidate.predicative_plural", "Ana Ruiz of Chile says there are three candidates for President of Chile."),
    # who accompanies a candidate ("joined by") is no rival
    ("candidate.joining", "Ana Ruiz announces her candidacy for Mayor of Lyon, joined by her husband Ivan Petrov."),
    # a colon after no candidates: a quotation
    ("candidate.listed", "Ana Ruiz, who met the voters of Lyon, said: Ivan Petrov will be Mayor of Lyon."),
    # a cue that ends in a comma does not reach through a title: the title opens the next clause
    ("candidate.cue", "After a meeting with the presidential candidates, President of Chile Ivan Petrov spoke on Monday."),
    # a rival of no race
    ("candidate.cue", "Ana Ruiz met her old rival, Ivan Petrov, at the chess club on Monday."),
    # a protest or a case against someone names no race
    ("candidate.against", "After the presidential election, thousands protest against President Ana Ruiz in Santiago."),
    ("candidate.against", "Ivan Petrov wins the appeal in the case against President Ana Ruiz after the Chilean "
                          "presidential election."),
    # protesters oppose no one in a race; a candidate who opposes a plan opposes no rival
    ("candidate.opposed_by_candidates", "Thousands of protesters opposing President Ana Ruiz march in Santiago "
                                        "before the Chilean presidential election."),
    ("candidate.opposed_by_candidates", "The candidates opposing the reform of President Ana Ruiz meet before the "
                                        "Chilean presidential election."),
    # a speaker after the race, a rival of no race, a name that another verb takes
    ("candidate.cue_in_race", "There are five candidates in the Lyon mayoral race, Ana Ruiz said on Monday."),
    ("candidate.cue_in_race", "Ivan Petrov praised his rivals in the party, Ana Ruiz and Tom Hart, after the "
                              "Chilean presidential election."),
    ("candidate.cue_in_race", "The two rivals in the Lyon mayoral race met Ana Ruiz, the head of the Green Party."),
    # a prize's nominees, a sport's frontrunner, a speaker after the race
    ("candidate.cue_in_race", "The nominees in the Booker Prize contest, Ana Ruiz and Ivan Petrov, read from their "
                              "novels."),
    ("candidate.cue_in_race", "The frontrunner in the Tour de France race, Ana Ruiz, crashed on Monday."),
    ("candidate.cue_in_race", "The two frontrunners in the Chilean presidential election met Ana Ruiz, the head of the "
                              "Green Party."),
    # a rival of her husband's is his
    ("candidate.rival_of", "In the Chilean presidential election, Ana Ruiz campaigns against her husband's rival Ivan "
                           "Petrov."),
    # a rival of a lifetime is no race's
    ("candidate.rival_of", "Before the Chilean presidential election, President Ana Ruiz mourns the death of her "
                           "long-time rival, Ivan Petrov."),
    # a rival of a lifetime, or a rival who is no person, names no race
    ("candidate.and_rival", "Before the Chilean presidential election, President Ana Ruiz and longtime rival Ivan Petrov "
                            "sign a peace deal."),
    ("candidate.and_rival", "Before the Chilean presidential election, President Ana Ruiz meets with rival parties."),
    # a vote that leads names no one
    ("candidate.leads_count", "In the Chilean referendum on the new constitution, the No vote leads with 60% as "
                              "President Ana Ruiz waits."),
    # a share over a threshold, and tensions over someone, name no rival
    ("candidate.over", "Ana Ruiz is elected President of Chile with over 70% of the vote, as Ivan Petrov looks on."),
    ("candidate.over", "After the Chilean presidential election, tensions over Ana Ruiz's switch to the Green Party "
                       "grow."),
    # an election commission is no campaign
    ("candidate.launches", "Ahead of the Chilean presidential election, Ana Ruiz launches an election commission."),
    # who is barred from taking part does not run
    ("candidate.takes_part", "The electoral court bars Ana Ruiz from her participation in the Chilean presidential "
                             "election."),
    # a party's or the opposition's leader holds a post; that is no candidacy
    ("candidate.cue", "Opposition leader Ana Ruiz is arrested after the Chilean presidential election."),
    # facing each other in sport
    # the one who endorses a runner is no runner
    ("candidate.race", "Ana Ruiz wins the endorsement of former President Ivan Petrov ahead of Chile's presidential "
                       "runoff."),
    ("candidate.race", "Ana Ruiz and Ivan Petrov will face each other in the cup final."),
    # hedged, and no election around it: a hedge never makes a fact
    ("candidate.race", "Ana Ruiz and Ivan Petrov could face each other in the cup final."),
    # a candidate of no office and no race
    ("candidate.appositive", "Ana Ruiz, a candidate for the club's chair, spoke on Monday."),
    ("candidate.expected", "Ana Ruiz is expected to win the cooking contest."),
    ("candidate.race", "Judges pick between Ana Ruiz and Ivan Petrov for the cooking prize."),
    # who contests the results of a vote does not run in it
    ("candidate.contests", "Ana Ruiz and Ivan Petrov will contest the results of the Chilean presidential election."),
    ("candidate.pair", "Ana Ruiz will take on the cooking contest with Ivan Petrov."),
    ("candidate.polls", "Ana Ruiz leads Ivan Petrov in the polls for the cooking contest."),
    ("candidate.polls_after", "Ana Ruiz leads Ivan Petrov in the polls for the cooking contest."),
    # one leading a delegation leads no poll
    ("candidate.polls_after", "Mayor of Lyon Ana Ruiz, leading a delegation of mayors, discusses the polls."),
    # a bid to win a marathon names no office of the bid
    ("candidate.bid_to_win", "Ana Ruiz makes a bid to win the Lyon marathon before the mayoral election."),
    # one who replaces a minister runs for nothing
    ("candidate.replaces_as", "Ana Ruiz replaces Ivan Petrov as Minister of Finance of Chile before the presidential "
                              "election."),
    ("candidate.replaced_as", "Ana Ruiz replaces Ivan Petrov as Minister of Finance of Chile before the presidential "
                              "election."),
    # a relay's running mate, and a song's, run for nothing
    ("candidate.ticket_head_of", "Ivan Petrov was the running mate of Ana Ruiz on the relay team at the Olympics."),
    ("candidate.ticket_head_possessive", "Ivan Petrov's running mate on the relay team won the gold medal."),
    ("candidate.ticket_head_picks", "Ivan Petrov picks Ana Ruiz as his running mate on the relay team."),
    # who leads a party is no poll lead
    ("candidate.polls", "Voters go to the polls in the Lyon mayoral election, with the Green Party led by Ana Ruiz "
                        "hoping for a third term."),
    ("candidate.running", "Ana Ruiz is running for the bus."),
    # a denied candidacy is none
    ("candidate.running", "Ana Ruiz announces that she will not run for Mayor of Lyon."),
    ("candidate.reelection", "Governor of Ohio Ana Ruiz says she won't seek re-election next year."),
    # the campaign's manager is no candidate
    ("candidate.campaign", "Ivan Petrov, presidential campaign manager for Chilean Senator Ana Ruiz, criticised the party."),
    # a campaign for a nomination names no office: not the governor's own office
    ("candidate.possessive", "Governor of Wisconsin Ana Ruiz quits her campaign for the Green Party nomination."),
    ("candidate.reelection", "Ana Ruiz is seeking re-election to the club board."),
    # "her campaign" of her staff
    ("candidate.possessive", "Ana Ruiz praised her campaign staff for their work in Lyon before the mayoral election."),
    ("candidate.advances", "Ana Ruiz and Ivan Petrov advance to the second round of the tennis tournament."),
    # a plan is endorsed, not a person
    ("endorsed.verb", "The Ohio Democratic Party endorsed the tax plan."),
    # a passive's endorsee stands right before it: a possessor's or a speaker's plan backed is no candidacy
    ("endorsed.passive", "Ana Ruiz's tax plan, backed by the Green Party, passes before the Lyon mayoral election."),
    # the one the race is to replace, through "retiring" and his title, and an incumbent who leaves, run in no race
    ("candidate.race", "Ana Ruiz won the Republican primary for the U.S. Senate seat in Arizona on Tuesday, and Ivan "
                       "Petrov won the Democratic primary. The two will face off in November to replace retiring U.S. "
                       "Sen. Tom Hart, a Republican."),
    ("candidate.incumbent", "Senate, Ohio: Incumbent Tom Hart (R) is retiring and Ana Ruiz won the Republican primary."),
    ("candidate.incumbent", "Incumbent Tom Hart, who is not seeking re-election, endorsed Ana Ruiz in the Ohio Senate "
                            "race."),
    ("endorsed.passive_relative", "Tom Hart praised a rival who was endorsed by the Democratic Party in the Denver "
                                  "mayoral race."),
    ("endorsed.endorsement_from", "Ana Ruiz picked up endorsements from the other three Republican gubernatorial "
                                  "candidates in Ohio."),
    ("endorsed.endorsement_from", "Ana Ruiz's new vaccine received an endorsement from the World Health Organization "
                                  "before the mayoral election."),
    ("candidate.files_nomination", "Ravi Kumar never filed his nomination papers for the by-election in India."),
    ("candidate.files_nomination", "Party workers said the clerk filed his nomination papers late for the by-election "
                                   "in India."),
    # support for a policy, or for something else before the name
    ("endorsed.gives_support", "Before the Lyon mayoral election, Ana Ruiz announced her support for Ivan Petrov's "
                               "plan to cut taxes."),
    ("endorsed.gives_support", "Before the Lyon mayoral election, Ana Ruiz declared her support for the reform and "
                               "thanked Ivan Petrov."),
    # a hedged plural passive elects no one; parties re-elected are no leader's win (ORG blocks)
    ("won.plural_elected", "Ana Ruiz and Ivan Petrov could be elected in the Lyon mayoral election if they are elected."),
    # "winners" said of no name right before it: the voters, a hedge
    ("won.winners_are", "Ana Ruiz says that the voters are the winners of the Lyon mayoral election."),
    ("won.respective_winners", "Ana Ruiz says the Green and Left parties are the respective winners of the Lyon "
                               "mayoral elections."),
    ("won.plural_reelected", "Ana Ruiz's Green Party and the Left Party are re-elected in the Lyon mayoral election."),
    # a lone name before "won re-election" is won.reelected's; a group only
    ("won.group_reelection", "Ivan Petrov's rival, Mayor Ana Ruiz, won re-election in the Lyon mayoral election."),
    ("won.group_reelection", "The Green Party and the Left Party both won seats in the Lyon council election."),
    # "X-backed" before an office held or a trade: a side's ally, no candidacy; backing a person's plan backs a plan
    ("endorsed.backed_compound", "Trade unions, led by the Green Party-backed mayor Ana Ruiz, strike ahead of the "
                                 "Chilean presidential election."),
    ("endorsed.verb", "The Chilean Senate backs President Ana Ruiz's plan to hold the presidential election in March."),
    # an office after "candidate for" is sought, not held; a prize's or a job's "nominee for" names no office
    ("holds_office.title", "Independent candidate for president Ana Ruiz is nominated by the Green Party of Chile."),
    ("candidate.cue", "Oscar nominee for Best Actor Ana Ruiz attends the ceremony before the Chilean presidential "
                      "election."),
    # a rival of a lifetime, named by the words before the cue (candidate.rival_of's)
    ("candidate.cue", "Chilean President Ana Ruiz mourns her long-time rival, Ivan Petrov, before the presidential "
                      "election."),
    ("candidate.cue", "The leading candidate for the job, Ana Ruiz, says she will decide before the Chilean "
                      "presidential election."),
    # one person in the debate
    ("debate.noun", "Mary Jones won the televised debate before the Ohio governor election."),
    # two names far apart across "the debates": no pair
    ("debate.verb", "Ana Ruiz wants the inquiry over as soon as possible before the debates resume and the primaries "
                    "start, before the Ivan Petrov report lands."),
    # the debaters named after "between" are no persons: no name further on is one
    ("debate.between", "The party held a debate between its members and the unions over the future of the candidacy "
                       "of Ana Ruiz, Governor Ivan Petrov said before the Ohio election."),
    # becoming something that is no office
    # no office after "swore in X as"; a lead in the polls over a party is no leadership of it
    ("holds_office.appointed_as", "President Tom Hart swore in Ana Ruiz as the cabinet looked on."),
    ("holds_office.leads_relative", "Ana Ruiz, who leads the Labour Party in the polls, spoke on Monday."),
    ("holds_office.leads_relative", "Ana Ruiz, who heads the Labour Party campaign in Lyon, spoke on Monday."),
    ("holds_office.leads_relative", "Ana Ruiz, who leads Peru's ruling party in the polls, spoke on Monday."),
    ("holds_office.appointed_as", "The governor swore in Ana Ruiz as the 40th person to sit on the bench."),
    ("holds_office.becomes", "Ana Ruiz became a grandmother in Lyon."),
    # "sworn in for" something else than a term: the office after it is another's
    ("holds_office.sworn_in_term", "Ana Ruiz was sworn in for a second time by the President of Peru."),
    ("holds_office.sworn_in_term", "Ana Ruiz begins her campaign as the candidate for President of Peru."),
    ("holds_office.sworn_in_term", "Ana Ruiz began his first visit as the guest of the President of Peru."),
    ("holds_office.sworn_in_term", "Ana Ruiz is sworn in for a hearing before the Mayor of Lyon and the council."),
    # a term sought or allowed, not one the holder is sworn in for
    ("holds_office.becomes", "Ana Ruiz became eligible for a second term as President of Peru."),
    ("holds_office.sworn_in_term", "Ana Ruiz said she hopes to be sworn in for a second term as President of Peru."),
    # president-elect: an office won, not held yet
    ("holds_office.becomes", "Ana Ruiz becomes president-elect of Chile after the election."),
    # a sport's post taken over or quit is no office
    ("holds_office.becomes", "Tom Hart took over as coach of the Lyon rugby club in 1966."),
    ("holds_office.resigns_as", "Tom Hart quit as manager of Lyon after the club's relegation."),
    # resigning a membership or a company seat is no office
    ("holds_office.resigns_as", "Ana Ruiz resigned her membership of the Labour Party in the United Kingdom."),
    ("holds_office.resigns_as", "Tom Hart resigns his seat on the board of Acme Corp. in Latvia."),
    # the office names another's post: a physician, a spokeswoman
    ("holds_office.serves_as", "Tom Hart serves as the Latvian prime minister's physician."),
    ("holds_office.served_as", "Ana Ruiz served as the Mayor of Lyon's spokeswoman for a decade."),
    # a company's title after the verb is no office
    ("holds_office.serves_as", "Ana Ruiz serves as chairman of Acme Corp. in Latvia."),
    # staying a candidate or another's aide holds no office
    ("holds_office.remains", "Ana Ruiz remains a candidate for mayor of Lyon."),
    ("holds_office.remains", "Tom Hart will remain the Latvian prime minister's physician."),
    # "the incumbent," set off by a comma, of a contest with no office
    ("holds_office.incumbent", "Ivan Petrov faces the incumbent, Ana Ruiz, in the cooking contest."),
    # "the incumbent" after a name with no race nor office in the text: a title, a sport's, or none
    ("holds_office.incumbent_apposed", "Ana Ruiz, the incumbent, said the budget was balanced."),
    ("holds_office.incumbent_apposed", "Tom Hart, the incumbent, kept his title at the Lyon chess championship."),
    # a race that is no election
    ("candidate.nomination", "Ana Ruiz ran in the Lyon marathon."),
    ("candidate.nomination", "Ana Ruiz contested the results of the Lyon mayoral election in court."),
    ("candidate.nomination", "Ana Ruiz contests the outcome of the Chilean presidential election."),
    ("candidate.running", "Ana Ruiz was barred from running for Mayor of Lyon by the electoral court."),
    ("candidate.running", "The council bars former mayor Ana Ruiz and former banker Ivan Petrov from running in the "
                          "Lyon mayoral election."),
    ("candidate.running", "Ana Ruiz was disqualified from contesting the Lyon mayoral election."),
    ("candidate.predicative", "Ana Ruiz registered as a voter to back the Green Party candidate for Mayor of Lyon."),
    # a nomination for a prize, to a court, an embassy or the European Commission: an award or an appointment
    ("candidate.is_nominated", "Ana Ruiz was nominated for the Aldworth Prize for her third book."),
    ("candidate.is_nominated", "Judge Tom Hart is nominated to the Supreme Court of the United States by the President."),
    ("candidate.is_nominated", "Ana Ruiz was nominated to the Constitutional Court of Zembla by President Ivan Petrov."),
    ("candidate.is_nominated", "Ana Ruiz is nominated as Austria's candidate for EU commissioner."),
    ("candidate.is_nominated", "Ana Ruiz was nominated as ambassador to France by President Ivan Petrov of Chile."),
    # "campaign" with neither a possessive nor a race word before it
    ("candidate.campaign", "Ana Ruiz criticised the campaign in Lyon."),
    ("candidate.campaign_of", "The campaign of the Green Party opened an office in Lyon."),
    # a campaign against the name, a verb "campaign", a campaign's staff
    ("candidate.name_campaign", "Before the Chilean presidential election, an anti-Ana Ruiz ad campaign filled the "
                                "screens."),
    ("candidate.name_campaign", "Before the Lyon mayoral election, the Ana Ruiz recall campaign gathered signatures."),
    ("candidate.name_campaign", "Before the Chilean presidential election, Ana Ruiz and Ivan Petrov campaign in "
                                "Santiago."),
    ("candidate.name_campaign", "Before the Chilean presidential election, President Tom Hart urged Ana Ruiz to "
                                "campaign for him."),
    ("candidate.name_campaign", "Before the Chilean presidential election, the Ana Ruiz campaign manager criticised "
                                "the party."),
    ("candidate.withdraws", "Ana Ruiz withdrew from the race for the club chair."),
    ("endorsed.conjoined", "Tom Hart left the party and endorses the tax plan."),
    # -- elections.yml -----------------------------------------------------------------------------
    # "election" before "board" is no election
    ("election.event", "The election board met on Monday."),
    # water that runs off, no second round
    ("election.event", "The Lyon city council approves a plan to treat storm runoff."),
    ("election.event", "Farms in Chile cut fertilizer run-off into the rivers."),
    ("election.event", "The county elections supervisors propose reforms."),
    ("election.event", "Pollution scarcely came up during the country's last election cycle."),
    # elections wished for or to come (bare.not), a cue of another phrase (bare.stops), a conjunction: no row without
    # a race, kind or date
    ("election.event", "The opposition says the next elections must be fair."),
    # past candidates stood in another race; candidates named by nothing else are no race's
    ("election.candidates", "Two former presidential candidates of Chile opened a bakery in Santiago."),
    ("election.candidates", "The job candidates in Santiago, Chile, were interviewed by Mayor Ana Ruiz."),
    # a party's choice of its head names no legislature; a legislature "newly elected" elects no one
    ("election.body_elects_as", "The Green Party of Moldova elected a former judge as its leader."),
    ("election.body_elects_as", "The newly elected parliament of Moldova sat for the first time as prime minister "
                                "Ivan Petrov watched."),
    # the topic of a talk: names after "about" debate nothing
    ("debate.noun", "Chatter about Governor Mary Jones and Democrat Tom Hart filled the diner before the Ohio governor "
                    "election, the debate reflecting the race."),
    ("election.event", "The junta promises the country free elections within a year."),
    ("election.event", "Thousands rally in the capital calling for new elections."),
    ("election.event", "Troops stay in their bases before parliamentary elections."),
    ("election.event", "The opposition's demand for elections is rejected."),
    # an election someone demands, alone or beside another demand, is none
    ("election.event", "Thousands of protesters demand early presidential elections in Chile."),
    ("election.event", "Chilean lawmakers walk out, demanding the resignation of the government and snap elections."),
    # an office that owns what the election fills; a club's
    ("election.for_offices", "Chile's ruling party holds elections for the president's party leadership."),
    ("election.for_offices", "The Lyon chess club holds elections for the president of the club."),
    # "to" that opens a purpose, not a body the election fills
    ("election.to_bodies", "Chile's opposition used the election to support the Chilean presidential campaign of Ana Ruiz."),
    # a bare election campaign names no race
    ("election.event", "Prime Minister Ana Ruiz of Chile will target marginal seats as the election campaign begins."),
    # nor does one named by its date alone (a story's one race would take a past campaign's date)
    ("election.event", "Ana Ruiz broke a promise she made during the 2012 election campaign in Chile."),
    ("election.event", "Ana Ruiz's election campaign opened an office in Lyon."),
    ("election.event", "Election campaign promises cost Chile dearly."),
    # a club's campaign for its president's office
    ("election.campaign", "The club's presidential election campaign in Madrid turned nasty."),
    ("election.event", "Experts warn that an election could be disrupted by insiders."),
    # one that is yet to hold elections names none
    ("election.event", "Ministers call on Moldova to hold elections within two years."),
    ("election.event", "Moldova will not hold elections as long as martial law lasts."),
    # a legislature's or a committee's vote to recall, an ambassador recalled, a union's vote in a story of no election
    ("election.recall", "Taiwan's legislature holds a recall vote on President Ana Ruiz."),
    ("election.vote_to_recall", "Lawmakers in Chile vote to recall the ambassador after the election."),
    ("election.vote_to_recall", "A committee of MPs voted to recall Ana Ruiz to give evidence before the election."),
    ("election.vote_to_recall", "Dock workers voted to recall the union president."),
    # an opinion poll, and a parliament's own vote
    ("election.office_poll", "A presidential poll released on Tuesday shows Ana Ruiz ahead in Chile."),
    ("election.office_poll", "The latest presidential polls show a tie in Chile."),
    ("election.office_poll", "An online presidential poll of readers in Chile picked Ana Ruiz."),
    ("election.office_poll", "A Gallup presidential poll in Chile, with Ana Ruiz ahead."),
    # a mayoral vote shown by a poll: an opinion poll's
    ("election.office_poll", "A mayoral vote tracker shows Ana Ruiz ahead in Lima."),
    # "primary" as an adjective of another noun
    ("election.primary", "North Korea names Chile as its primary enemy in 2024."),
    ("election.primary", "The 2021 primary vaccination schedule ends in Chile."),
    # a school year
    ("election.primary", "In 2021 pupils in primaries 1, 2 and 3 return to school in Chile."),
    ("election.primary", "Primary 7 pupils in Chile sit their exams in June 2021."),
    # capitalised before another capitalised word: a name's ("Primary Care Trust")
    ("election.primary", "Primary Global Research says sales of the phone fell in Chile in 2021."),
    ("election.primary", "The Primary Care Trust in Leeds closed two clinics in 2021."),
    # something else is held on a date
    ("election.held", "A cup final will be held on December 1."),
    ("election.event", "Ana Ruiz goes through to the second-round of the tennis tournament."),
    ("election.held", "The cup final is to take place on Friday 11 March."),
    ("election.held", "The talks take place on 15 October, long before any election."),
    # a strike called for a date, with no election near
    ("election.held", "A general strike is called for September 24 by the unions."),
    # a delayed count, or a postponement with no election near
    ("election.postponed", "The results of the Chilean presidential election are delayed until 12 November."),
    ("election.postponed", "The Chilean cup final is postponed until 12 November."),
    # a visit, a count's announcement or a deadline moved near an election dates none of it
    ("election.postponed_to", "Ana Ruiz postponed her visit to Lima until Monday, before the election."),
    ("election.postponed_to", "Peru delays the announcement of the election results until 12 November."),
    ("election.postponed_to", "Peru postpones the deadline for election registration to 12 November."),
    ("election.postponed_from", "The inauguration of the president chosen in the election was postponed to 12 May."),
    # the old date alone: no new one after "to"
    ("election.postponed_from", "The election, first planned for 12 November, was postponed."),
    # a vote with no date beside it
    ("election.dated_vote", "Mary Norwood called for a recount of the vote."),
    # a legislature's vote on a motion or a membership, dated or scheduled, is no election
    ("election.held", "Chile announces that a vote on Peru's membership application will take place on March 27."),
    ("election.dated_vote", "The Chilean cabinet sets a constitutional reform vote for December 4."),
    # ... or a body's decision: what the vote decides follows it, past its date ("on", "over", "to" and a verb)
    ("election.dated_vote", "The Securities and Exchange Commission is expected to vote Wednesday to prohibit the "
                            "trades."),
    ("election.dated_vote", "Chile's parliament took security steps on Wednesday for a vote next week on a pullout "
                            "plan."),
    ("election.dated_vote", "Union members vote on Thursday on the contract offer."),
    # a vote that ends the text (and its sentence) decides nothing: no error either
    ("election.dated_vote", "Ruiz Says Labour Will Win Vote"),
    ("election.dated_vote", "Shareholders will vote Friday over the merger with Acme."),
    # something else is held, or expected, on the date
    ("election.held_date", "The election commission held talks on Monday."),
    ("election.held_date", "The results of the election are expected on May 4."),
    # an election someone demands be held on a date is none held (cues.yml election_demand, through its near phrase)
    ("election.held_date", "The opposition demands that the election be held in May."),
    ("election.held_date", "Protesters in Peru are demanding that the presidential runoff be held on June 20."),
    # a legislature's caucus is a group of its members, and "caucus with" a verb
    ("election.caucus", "The Senate Green Party caucus meets on Monday."),
    ("election.caucus", "Independent senator Ana Ruiz will caucus with the Green Party."),
    # a legislature's election: the president's party runs, not the president
    # a vote on amendments or on whether to do something is a referendum's; a vote to come, a fans' vote, and one an
    # election word names (that word's rule gives the row) give this rule none
    ("election.polls_held", "Chileans go to the polls to vote on 34 amendments to the constitution."),
    ("election.polls_held", "Voters in Ohio head to the polls on whether to recall the governor."),
    ("election.polls_held", "Chileans will go to the polls again next year, the minister said."),
    ("election.polls_held", "Fans go to the polls to choose the club's player of the year."),
    ("election.polls_held", "Voters in Chile go to the polls for a parliamentary election."),
    ("election.polls", "Chilean voters go to the polls for a parliamentary election, which President Ana Ruiz's party "
                       "is expected to win."),
    # a re-election to no office, and a former title is no office contested again
    ("election.reelection", "Ana Ruiz wins re-election to the club board."),
    ("election.reelection", "Former Governor of Ohio Ana Ruiz criticised the re-election campaign."),
    # an opinion poll, dated or not
    ("election.dated_vote", "A 2005 poll by the Lyon Tribune shows Ana Ruiz ahead."),
    ("election.dated_vote", "The March poll shows Ana Ruiz ahead in Lyon."),
    # ... with its date between the noun and the verb that makes it an opinion poll
    ("election.dated_vote", "Ana Ruiz is tied with Ivan Petrov in Lyon, a poll on Monday showed."),
    # a ranking of teams is no election
    ("election.dated_vote", "The Lyon Lions moved to No. 1 in the Top 25 polls on Monday."),
    # early voting with no date
    ("voting_period.noun", "Early voting turnout was high in Fulton County."),
    # a vote for something else than an office, and a day that is not right after the vote
    ("election.voted_day_for", "Lawmakers in Chile voted on Monday for the budget of President Ana Ruiz."),
    ("election.voted_day_for", "Chileans voted in a tense election on Sunday for a new president."),
    # an office before a possessive owns what the vote is for
    ("election.voted_day_for", "The Chilean Senate voted Tuesday for the president's budget plan."),
    ("election.to_elect", "The Chilean Senate voted for the president's budget plan."),
    ("election.to_elect", "Chileans go to the polls to elect the new board of the football club."),
    ("election.to_elect", "Chileans go to the polls to elect a third of the club's board."),
    # a share of a club's seats listed with the club's other posts
    ("election.to_elect", "Members vote to elect a new chairman and half the board of the Lyon chess club."),
    # "President-elect" is a title, no act of electing
    ("election.to_elect", "Chile's President-elect Ana Ruiz meets the President of Peru."),
    ("election.elected_in", "Ana Ruiz was elected in a landslide."),
    # no day: a rule of the office, no election held
    ("election.office_elected", "Members of Chile's Chamber of Deputies are elected for four-year terms."),
    # a party's delegates elect no office of a legislature; a vote in favour decides no race; votes cast in a body;
    # a country's federation elects its own head
    ("election.body_elects_passive", "Ana Ruiz is elected chair of the party's youth wing by delegates."),
    ("election.voted_in_dated", "On May 26, 2024, senators voted in favour of delaying the presidential election."),
    ("election.votes_cast_on", "The votes cast on May 26 in Chile's Senate approved the budget for the election."),
    ("election.country_elects", "Chile elected Ana Ruiz, the sister of President Tomas Vidal."),
    # a rule of the country, no one election; an election by voters, no legislature's
    ("election.held_in", "Parliamentary elections are held in Chile every five years."),
    ("election.body_elects", "Voters in Chile elected Ana Ruiz President of Chile on Sunday."),
    # "as well as" adds a body, it names no office the elected one takes
    ("election.to_elect_as", "Chileans go to the polls to elect their president as well as the members of the Senate of Chile."),
    # a race or contest no office names: a sport's, an arms race; "race for" a place in a ranking
    ("election.race", "Ana Ruiz wins the 100 metres race in Lima before the election."),
    ("election.race_for", "Ana Ruiz is in a close race for the second spot in the league before the election."),
    # a date not right before "as the date of"
    ("election.date_of", "On March 3 parliament discussed the date of the election."),
    ("election.date_of", "The commission sets 10 October as the new date for the reopening of the old museum, "
                         "which was closed during the long election."),
    # -- outcome.yml -------------------------------------------------------------------------------
    # results are certified, not a person
    ("certified.verb", "The Atlanta elections board certified the results of the mayoral runoff on Monday."),
    # an organisation concedes, no person
    ("conceded.verb", "The Ohio Democratic Party conceded the Ohio governor race on Tuesday."),
    # a hedged request
    ("requested_recount.verb", "Mary Norwood is expected to request a recount in the Atlanta mayor's race."),
    # the recount's agent is no person
    ("requested_recount.by", "The recount by the electoral commission of Lyon starts Monday."),
    ("certified.as_pair", "The council certifies the result as final."),
    # a party declaring a winner (no counting body), a prize's jury, a future declaration
    ("certified.declares", "The Green Party declared Ivan Petrov the winner of the Lyon mayoral election."),
    ("certified.declares", "The Electoral Commission declared Ana Ruiz the winner of the song contest."),
    ("certified.declares", "The election commission declared a state of emergency after Ana Ruiz was attacked."),
    # no win reported
    ("certified.announces_that", "The electoral commission announced that Ana Ruiz had been disqualified from the "
                                 "presidential election."),
    # a candidacy confirmed, no win
    ("certified.confirms_victory", "The electoral commission confirmed Ana Ruiz's victory speech would be broadcast "
                                   "after the mayoral race."),
    ("certified.verb", "The electoral commission confirmed Ana Ruiz's candidacy for the presidential election."),
    # an appointee confirmed by a senate, no result certified
    ("certified.verb", "After the presidential election, Ivan Petrov became the 45th confirmed ambassador under "
                       "President Ana Ruiz."),
    # "by" a margin, no body
    ("certified.declared_by", "Ivan Petrov was declared the winner of the Lyon mayoral election by a margin of 300 "
                              "votes."),
    # the new candidacy rules: their trigger words in no candidacy
    ("candidate.among", "Ana Ruiz is among the contenders for the title of best baker in Lyon."),
    ("candidate.leaves_race", "Ana Ruiz drops out of the Lyon marathon race with an injured knee."),
    ("candidate.leaves_race", "Ana Ruiz pulled out of Lyon, the site of the mayoral race."),
    ("candidate.placed", "Ana Ruiz finishes second in the Lyon marathon."),
    ("candidate.appositive", "Ivan Petrov, Ana Ruiz's old rival at the chess club, wins the Lyon tournament."),
    ("candidate.running", "Ana Ruiz is competing in the Lyon marathon on Sunday."),
    ("candidate.listed", "The main reasons for the Lyon mayoral election delay are Ana Ruiz and Ivan Petrov's lawsuits."),
    ("candidate.listed_before", "Ana Ruiz and Ivan Petrov are the nominees for the Lyon baking prize."),
    ("candidate.lost", "Ana Ruiz loses her keys before the Lyon mayoral election."),
    ("candidate.nominated", "The Green Party nominates Ana Ruiz to lead its Lyon office."),
    ("candidate.pair", "Ana Ruiz faces questions in the Lyon mayoral election."),
    ("candidate.predicative", "Ana Ruiz met the Green Party's candidate in the Lyon mayoral election."),
    ("candidate.predicative_party", "Ivan Petrov is the brother of the Green Party's candidate for Mayor of Lyon."),
    ("candidate.predicative_party", "Ivan Petrov met the Green Liberal Party's candidate for Mayor of Lyon."),
    ("candidate.predicative_party", "Ivan Petrov is the Lyon football club's candidate for coach."),
    ("candidate.predicative", "Ivan Petrov met the Green Party's candidate for Mayor of Lyon on Monday."),
    # denied before the link word ("run as", "become the"), more than three words before the noun
    ("candidate.predicative", "Ana Ruiz will not run as a candidate for Mayor of Lyon."),
    ("candidate.predicative", "Ana Ruiz never ran as a candidate for Mayor of Lyon."),
    ("candidate.predicative", "Ana Ruiz did not become the Green Party's candidate for Mayor of Lyon."),
    ("holds_office.appointed_as", "The president announces the appointment of Ana Ruiz to the prime minister's staff."),
    ("holds_office.appointed_to_seat", "The president appoints Ana Ruiz to the prime minister's staff in Rome."),
    ("holds_office.appointed_to_seat", "Governor Tom Berg of Ohio appoints Ana Ruiz to a panel on the vacated U.S. Senate "
     "seat."),
    # an office sought, not held (a word between the verb and the office); another name's title
    # no role's word after "and" (a body, a prize), or a lower-case phrase: the comma sets off no title
    ("holds_office.title", "Chile's president and Congress, Ana Ruiz said, will meet on Monday."),
    ("holds_office.title", "The Chilean president and Nobel Prize Winner, Ana Ruiz, spoke."),
    ("holds_office.title", "Kenya's finance minister and his deputy, Tom Hart, spoke."),
    # a client or a party in talks represented, not a place: no seat
    ("holds_office.represents", "Ana Ruiz, who represents the union in talks with the U.S. Senate, spoke."),
    ("holds_office.represents", "Ana Ruiz, the lawyer who represents the Senate in the case, spoke in Ohio."),
    ("holds_office.represented", "Tom Hart, who represented the plaintiffs in the Senate inquiry, spoke in Ohio."),
    ("holds_office.represented", "Tom Hart, who represented Chile in the Davis Cup, retired."),
    ("holds_office.relative", "Ana Ruiz, who is running for president of Peru, visits Lima."),
    ("holds_office.relative_past", "Ana Ruiz, who was the Republican candidate for governor of Ohio, speaks."),
    ("holds_office.relative_past", "Ana Ruiz, who was President Ivan Petrov's adviser, testifies."),
    ("holds_office.resigns_as", "Ana Ruiz will resign as coach of the Lyon football team."),
    ("holds_office.resigns_as", "Ana Ruiz announces her resignation as coach of the Lyon football team."),
    # a club's or a federation's post is no public office (a name the KB does not know, an acronym)
    ("holds_office.resigns_as", "Ana Ruiz resigns as president of Dynamo Velmar and hands the club to an investor."),
    ("holds_office.resigns_as", "Ana Ruiz resigns her post as vice-president of ZFA amid corruption claims."),
    # an office taken up later is not held yet
    ("holds_office.resigns_as", "Ana Ruiz will take office as Prime Minister of Italy next week."),
    # confirmed as the winner of a race: no office held yet
    ("holds_office.becomes", "Ana Ruiz is confirmed as the winner of the Lyon mayoral election."),
    # a word that is no modifier between "as" and the office: the office is not the one taken up
    ("holds_office.becomes", "Ana Ruiz is appointed as the new special envoy of the President of Peru."),
    # -- results.yml -------------------------------------------------------------------------------
    # a hedge, and a sport with no election around it
    ("won.verb", "Mary Jones may have won the Ohio governor race."),
    # a candidacy, a debate, a right or an appeal won is no office won
    ("won.verb", "Ana Ruiz wins the Democratic nomination for Governor of Ohio."),
    # a race declared won in sport: no election around it
    ("won.verb", "Ana Ruiz has been declared the winner of the Lyon marathon."),
    ("won.verb", "Ana Ruiz wins the first televised debate of the Ohio governor race."),
    ("won.verb", "Ana Ruiz won the right to contest the presidential election in Peru."),
    ("won.verb", "Ana Ruiz wins an appeal against her disqualification from the Ohio governor race."),
    # a referendum won, a recall's too, is a question voted on: no office won
    ("won.verb", "President Ana Ruiz won a recall referendum in Peru in August."),
    ("won.verb", "An audit confirms that President Ana Ruiz won this month's recall referendum in Peru."),
    ("won.verb", "Prime Minister Ivan Petrov wins the constitutional referendum on term limits in Peru."),
    ("won.verb", "In tennis, Anna Kovac wins the final 6-3, 6-4."),
    # a minority share won is no win
    ("won.verb", "Supporters of Ana Ruiz, who won 45 percent in the Lyon mayoral election, rallied on Monday."),
    # a count of votes won is a tally, no win
    ("won.verb", "Ivan Petrov won 48 votes in the first ballot of the Green Party leadership election."),
    # the race goes on: a first round's leader has won nothing yet (the sentence, or the next one, says so)
    ("won.verb", "Ana Ruiz wins the first round of the Chilean presidential election but without a majority of the "
                 "vote, and a second round will be held in June."),
    ("won.verb", "Ana Ruiz wins the first round of the Chilean presidential election. As neither candidate received "
                 "a majority of the vote, a run-off will be held on 18 October."),
    # a legislature's vote on a motion or a budget elects no one
    ("won.verb", "Prime Minister of Chile Ana Ruiz narrowly wins a key budget vote in the Chilean parliament."),
    ("won.verb", "Prime Minister of Chile Ana Ruiz wins a vote of confidence in the parliament."),
    # a condition
    ("won.reelected", "If Governor Ana Ruiz of Ohio is re-elected, taxes will rise."),
    # a trigger in brackets reaches no name past them
    ("won.elects", "Chilean Senator Tom Hart accuses Ana Ruiz (both elected senators) and Ivan Petrov of fraud."),
    ("won.elects", "The parliament will vote on Monday and elects a speaker later."),
    # an adverb of how the office is filled: a sitting holder described, no win reported
    ("won.elects", "The democratically elected President Ana Ruiz of Peru meets the Lima mayor Ivan Petrov."),
    ("won.elects", "Chile's first popularly elected governor Ana Ruiz opens a bridge in Santiago."),
    # ... hyphened too: how the office is filled, no news of a win
    ("won.elects", "The democratically-elected Mayor of Lyon Ana Ruiz opens a bridge after the election."),
    # a vote in favour of a nominee is support, no one voted in
    ("won.elects", "All 99 senators voted in favor of Ana Ruiz as Secretary of State after the election."),
    ("won.passive", "The Lyon mayoral election was won by the Green Party."),
    # ... anyone else who picks someone appoints; a party's choice is a candidacy; no office after "as", no win
    # a later name praised, appointed or sworn in, no winner of an electing verb
    ("won.elected_pairs", "Lawmakers praised Ana Ruiz as a reformer and Ivan Petrov as President of Peru."),
    ("won.elected_pairs", "President Ana Ruiz chose Ivan Petrov as prime minister and Lena Hoff as Vice President of "
                          "Peru."),
    ("won.elected_pairs", "Peru's Congress will elect Ana Ruiz as President of Peru and Ivan Petrov as Vice President "
                          "of Peru next week."),
    ("won.body_chooses", "President Ana Ruiz chose Ivan Petrov as prime minister after parliament approved the budget."),
    ("won.body_chooses", "The Green Party chose Ivan Petrov as its candidate for Mayor of Lyon."),
    ("won.body_chooses", "Lawmakers chose Ivan Petrov to lead the inquiry into the Mayor of Lyon."),
    ("won.body_chooses", "Lawmakers in Lima chose Ivan Petrov as chairman of the ethics committee."),
    ("won.body_chooses", "President Ana Ruiz returned Ivan Petrov as finance minister after the election."),
    ("won.body_chooses", "Lawmakers returned the budget bill to committee as Prime Minister Ivan Petrov watched."),
    # one who is no voter picks an office: an appointment, or no office at all
    ("election.voters_choose", "President Ivan Petrov picks a new Prime Minister of Peru."),
    ("election.voters_choose", "Fans in Lima choose a new captain for the team."),
    # a party or a company that elects its own head: no voters
    ("election.voters_choose", "The Green Party of Chile elected a new leader on Saturday."),
    ("election.voters_choose", "Shareholders of Acme Corp elected a new board on Monday."),
    # a party's candidate is no office of the party; a board is no party; a party that might choose holds no vote
    ("election.party_chooses", "The Green Party picks Ivan Petrov as its candidate for Mayor of Lyon."),
    ("election.party_chooses", "The board of the Acme Party Supply company elects Ana Ruiz as its new chair."),
    ("election.party_chooses", "The Labour Party could choose Ana Ruiz as its new leader."),
    ("election.to_elect", "Workers in Chile elect representatives for the company's board."),
    ("won.passive", "The Lyon mayoral election was won by a candidate backed by Ana Ruiz."),
    # a bill's victory: no title looked through after "victory for"
    ("won.victory_of", "The Senate votes to extend police powers in a victory for President of Peru Ana Ruiz."),
    ("won.victory_of", "The Green Party celebrates the victory of its candidates in the Lyon mayoral election."),
    ("won.winner_is", "The winner of the Lyon mayoral election will be announced on Monday."),
    # an -elect title in a story of something else: no result (the race stage still gets it, race_facts)
    ("won.elect_title", "Chilean President-elect Ana Ruiz names Ivan Petrov as her finance minister."),
    ("won.elect_title", "Lyon Mayor-elect Ana Ruiz opens a new bridge."),
    # the future stands before the winner's name, and "as" ends the clause before "winner"
    ("won.winner_is", "The Lyon elections board will certify Ana Ruiz as the winner of the mayoral election."),
    ("defeated.verb", "In tennis, Anna Kovac defeats Maria Lind 6-3, 6-4 in the final."),
    ("defeated.participle", "The bill passed the senate on Sunday, defeating an amendment."),
    ("defeated.passive", "The amendment was defeated by the senate on Sunday."),
    # an auxiliary and its adverb (or its negation) before the participle: a passive, never the active reading
    ("defeated.verb", "Ivan Petrov was narrowly defeated by Ana Ruiz in the Lyon mayoral election."),
    ("defeated.verb", "Ivan Petrov is soundly defeated by Ana Ruiz in the Lyon mayoral election."),
    ("defeated.verb", "Ivan Petrov was not defeated by Ana Ruiz in the Lyon mayoral election."),
    ("won.verb", "The Lyon seat was narrowly won by Ana Ruiz in the mayoral election."),
    ("votes_received.score", "Ivan Petrov was soundly defeated in Lyon by Ana Ruiz, 52% to 48%, in the mayoral "
                             "election."),
    # "lost ... to" with no race between: a round, a nomination, a debate, a temper lost, or a loss still to come
    # a game's defeat; a defeat to a party (no name right after "to")
    ("defeated.defeat_to", "Before the Lyon mayoral election, Ivan Petrov's loss to Ana Ruiz in the tennis final was "
     "a shock."),
    ("defeated.defeat_to", "Ivan Petrov's defeat to the Greens in the Lyon mayoral election came after Ana Ruiz "
     "spoke."),
    # a margin further back is another result's; a match's score names no race
    # a change, a rate, a poll's gain or a market's is no share gained in a vote
    ("votes_received.gaining", "In the Lyon mayoral race, Ana Ruiz was gaining 5 percentage points in the latest "
     "poll."),
    ("votes_received.gaining", "Ana Ruiz, the Lyon mayoral candidate, was gaining 3 percent a week in the campaign."),
    ("votes_received.gaining", "Ana Ruiz's stock was gaining 5 percent before the Lyon mayoral election."),
    ("votes_received.gaining", "Ana Ruiz, the Lyon mayoral candidate, is gaining 4 percent from her 2019 result."),
    ("votes_received.gaining", "Before the Lyon mayoral election, the Lyon team of Ana Ruiz won 27-24, gaining 191 "
     "yards."),
    ("defeated.lost_margin_to", "Ivan Petrov, who won by 300 votes in 2019, lost the Lyon mayoral race to Ana Ruiz."),
    ("defeated.lost_margin_to", "In the Lyon mayoral election week, Ivan Petrov lost the match by 27 points to "
     "Ana Ruiz."),
    ("defeated.lost_margin_to", "The Lyon mayoral candidate Ivan Petrov lost the budget vote by 90-8 to Ana Ruiz."),
    ("defeated.lost_race_to", "In the Lyon mayoral election, Ivan Petrov lost the first round to Ana Ruiz."),
    ("defeated.lost_race_to", "In the Lyon mayoral election, Ivan Petrov lost the debate to Ana Ruiz."),
    ("defeated.lost_race_to", "Ivan Petrov is expected to lose the Lyon mayoral election to Ana Ruiz."),
    # "conceded ... to" with no race between: a point, ground or a question granted, no race lost
    ("defeated.conceded_race_to", "In the Lyon mayoral debate, Ivan Petrov conceded the point to Ana Ruiz."),
    ("defeated.conceded_race_to", "Ivan Petrov conceded to reporters that the Lyon mayoral race was lost to Ana Ruiz."),
    # no perfect of "beat" over a person: an illness, a record beaten
    ("defeated.verb", "Ana Ruiz has beaten her own record of votes in the Lyon mayoral election."),
    ("won.lost_race_to", "In the Chilean presidential election, Ivan Petrov lost the nomination to Ana Ruiz."),
    ("won.lost_race_to", "Before the Chilean presidential election, Ivan Petrov lost his temper and spoke to Ana Ruiz."),
    # a case, a motion or a match won against someone is no election defeat
    # a victory "over" claimed, a poll's, one in sport: no result stated
    ("defeated.over", "Ana Ruiz won the race and declares victory over Ivan Petrov in the Lima mayoral election."),
    ("defeated.over", "It's Ana Ruiz with a convincing victory over Ivan Petrov in the online poll."),
    ("votes_received.had", "In the Ohio Senate, Ana Ruiz had 50 votes for the bill."),
    ("votes_received.had", "Ana Ruiz has the 60 votes needed to block the nomination in the Ohio Senate."),
    ("votes_received.had", "In the Lyon mayoral race, Ana Ruiz had 40% approval."),
    ("votes_received.had", "In the Lyon mayoral race, Ana Ruiz has a lead of 690 votes over Ivan Petrov."),
    ("votes_received.verb", "The Lyon rally ended with 5,000 votes pledged, Ana Ruiz said."),
    ("defeated.over", "Ana Ruiz won the tennis final with a victory over Ivan Petrov."),
    ("defeated.over", "Ana Ruiz won the Lima mayoral election amid a row over Ivan Petrov's arrest."),
    ("defeated.against", "Ana Ruiz wins her appeal against Ivan Petrov at the supreme court of Chile."),
    ("defeated.against", "Ana Ruiz won a no-confidence motion against Prime Minister Ivan Petrov in the Chilean senate."),
    ("defeated.against", "With Kestrel winning the Wimbledon final 6-3 against Velmar, Ana Ruiz wins against Ivan Petrov."),
    # the loser is named after "against"; before it, nobody lost
    ("defeated.against", "Ana Ruiz, who campaigned against Ivan Petrov, wins the Lyon mayoral election."),
    # a passive names the loser before the verb, not the winner
    ("defeated.verb", "Ana Ruiz and Ivan Petrov were defeated, with Tom Hart winning the Lyon mayoral election."),
    # an adverb and participle with no auxiliary right before them: a noun's modifier, no win
    ("won.adverb_passive", "Mayor Ana Ruiz of Lima meets the narrowly elected city council on Monday."),
    ("won.adverb_passive", "Ana Ruiz says a narrowly elected Mayor of Lima faces a hard year."),
    # a win to come
    ("won.adverb_passive", "Ana Ruiz will be easily elected Mayor of Lima, polls say."),
    # a time and a participle with no singular auxiliary before them, or a future
    ("won.dated_passive", "Ana Ruiz met the council elected on Sunday in Lima."),
    ("won.dated_passive", "Ana Ruiz will be on Sunday elected Mayor of Lima, polls say."),
    # a share needed or hoped for: no past verb of a count taken; a legislature's motion
    ("defeated.result_infinitive", "Ana Ruiz needs 50 percent of the vote to defeat Ivan Petrov in the Lyon mayoral "
                                   "race."),
    ("defeated.result_infinitive", "Ana Ruiz won enough votes in parliament to oust Prime Minister Ivan Petrov, a "
                                   "year after the election."),
    ("won.result_infinitive", "A year after the Lyon mayoral election, Ana Ruiz took over from Ivan Petrov to become "
                              "Mayor of Lyon."),
    ("won.result_infinitive", "Ana Ruiz hopes to win 50 percent of the vote to become President of Chile."),
    # an opinion poll topped
    ("won.topped_poll", "Ana Ruiz topped the poll of preferred candidates for the Lyon mayoral race conducted by a "
                        "local newspaper."),
    # no win before the participle: anyone's ousting, in any clause
    ("defeated.win_participle", "Ana Ruiz criticised the board in the Lyon mayoral election for ousting Ivan Petrov."),
    ("defeated.win_participle", "In the Lyon mayoral election, Ana Ruiz praises the party congress for ousting Ivan "
                                "Petrov."),
    # a win hoped for is no win, nor the defeat it would bring
    ("defeated.win_participle", "Ana Ruiz will win the Lyon mayoral election in the second round of voting "
                                "defeating Ivan Petrov, polls say."),
    ("defeated.after", "The bill passed the senate on Sunday after defeating an amendment."),
    # no win before "and defeated": an adjective, or a win hoped for
    ("defeated.coordinated", "Ana Ruiz met the mayor of Lyon and defeated candidate Ivan Petrov on Sunday."),
    ("defeated.coordinated", "Ana Ruiz will win the Lyon mayoral runoff and defeats Ivan Petrov, polls say."),
    # a margin is never a share
    ("votes_received.verb", "Ana Ruiz wins the Lyon mayoral election by 714 votes."),
    ("votes_received.with", "Ana Ruiz arrived with 52 percent of her luggage."),
    # the winner is the party, not the president close to it
    ("votes_received.with", "Results show the Green Party, which President Ana Ruiz of Chile has close ties to, as the "
                            "winner with 52% of the vote."),
    # a turnout is no share
    ("votes_received.with", "President Ana Ruiz of Chile has won the election with a 41% turnout."),
    ("votes_received.listed", "Ana Ruiz, 45, and Ivan Petrov, 52, met for lunch."),
    # "respectively" with a poll's figures, with fewer figures than names, or with ages: no shares paired
    ("votes_received.respectively", "In the Lyon mayoral poll, Ana Ruiz and Ivan Petrov have 45% and 40%, "
                                    "respectively, a survey shows."),
    ("votes_received.respectively", "In the Lyon mayoral election, Ana Ruiz, Tom Hart and Ivan Petrov received 45% and "
                                    "40% of the vote, respectively."),
    ("votes_received.respectively", "Ana Ruiz and Ivan Petrov, aged 45 and 52 respectively, won seats in the Lyon "
                                    "council election."),
    # a share of the registered voters, a change, and a poll's forecast are no share of the vote after ", or"
    ("votes_received.or_share", "Ana Ruiz drew 40,000 votes, or 45 percent of registered voters, in the Lyon mayoral "
                                "election."),
    ("votes_received.or_share", "Ana Ruiz won 300 votes, or 5 percent more than in the last Lyon mayoral election."),
    ("votes_received.or_share", "Ana Ruiz will get 12,345 votes, or 52 percent, in the Lyon mayoral election, a poll "
                                "says."),
    # a share of the registered voters restates no count of the vote; a lone article before a figure is a margin's
    ("votes_received.restated_share", "Ana Ruiz received 40,000 votes, representing 45 percent of registered voters, "
                                      "in the Lyon mayoral election."),
    ("votes_received.listed", "On election night in the Ohio council race, Ana Ruiz had a one-vote win over Ivan "
                              "Petrov."),
    # a change is no share answered by another
    ("votes_received.for_share_of", "Support rose to 46 percent of the vote for Ivan Petrov, against 40 percent in "
                                    "May, in the Bulgarian presidential race."),
    # a margin a trailing name is behind by, and a poll's share, are no share of the vote
    ("votes_received.trailing", "Ana Ruiz trailed Ivan Petrov by 5 points in the Lyon mayoral race."),
    ("votes_received.trailing", "Ana Ruiz trailed with 41% in the latest poll for the Lyon mayoral race."),
    # a participle's share goes to no name a result verb puts before it, and to no one where that is the only name
    ("votes_received.participle", "The Green Party defeats incumbent Mayor Ivan Petrov, winning 52% of the vote in the "
                                  "Lyon mayoral election."),
    # a margin is no share: "winning" before a margin's noun, a figure after "winning by", points after ", or"
    ("votes_received.participle", "Ana Ruiz tops the list with a winning margin exceeding 11.72 lakh votes in the Lok "
                                  "Sabha election."),
    ("votes_received.with", "In the Accra seat, Ana Ruiz secured a narrow victory over Ivan Petrov of the NDC, winning "
                            "by just 19 votes."),
    ("votes_received.or_share", "Ana Ruiz beat Ivan Petrov by about 29,000 votes, or just over 1 percentage point, in "
                                "the Ohio governor election."),
    # a score's first number after the second name is not that name's share
    ("votes_received.listed", "With most votes counted in the Lyon mayoral election, Ana Ruiz leads Ivan Petrov 49–48%."),
    # a figure before "ahead" is a margin
    ("votes_received.listed", "The recount put Ana Ruiz 4,000 votes ahead in the Lyon mayoral election."),
    # ... nor the first share of a score written with both units
    ("votes_received.listed", "In the Lyon mayoral runoff, Ana Ruiz defeats Ivan Petrov, 52 percent to 48 percent."),
    # a margin after "by", and a figure with no partner, are no score
    ("votes_received.score_lead", "Ana Ruiz now leads Ivan Petrov by 0.84 percent or 715 votes in the Lyon mayoral count."),
    # a poll's numbers are never a lead
    ("leads.verb", "Ana Ruiz leads Ivan Petrov by 4 percent in the latest opinion poll."),
    # a party's leader is no lead in the count
    ("leads.verb", "Ana Ruiz faces an opposition led by Ivan Petrov in the Lyon mayoral election."),
    ("leads.ahead", "Ana Ruiz arrived ahead of Ivan Petrov at the dinner."),
    # whose lead one follows, or cuts, is no lead counted over that person
    ("leads.lead_of", "Singer Ana Ruiz follows the lead of President Ivan Petrov in the Lyon mayoral election campaign."),
    ("leads.lead_of", "Ana Ruiz cut the lead of Ivan Petrov to two points in the Lyon mayoral election."),
    # a lead's size is what "to" gives it, or what stands right before its noun: no other figure of the sentence
    ("leads.lead_to", "Ana Ruiz's lead over Ivan Petrov in the Lyon mayoral election led to 3 recounts."),
    ("leads.sized_lead", "Ana Ruiz won 4,000 votes, a lead over Ivan Petrov in the Lyon mayoral election."),
    # "lead to" after no verb of giving is a cause; given "over" no name, no one is behind
    ("leads.lead_given", "The Lyon mayoral election could lead to Ana Ruiz's defeat over Ivan Petrov's pension plan."),
    ("leads.lead_given", "The early returns of the Lyon mayoral election gave a lead to Ana Ruiz over the weekend."),
    # "ahead of" with no margin after "by" is as often a time: no lead
    # a change for a name is no share of the vote
    ("votes_received.for_share", "Ana Ruiz won the Lyon mayoral election as wages rose 5% for Ivan Petrov."),
    # a bracket that holds no share, or a count of no vote, before "for": no one's count
    ("votes_received.for_paren", "Ana Ruiz won the Lyon mayoral election with 41,207 votes (in the city) for Ivan "
                                 "Petrov."),
    ("votes_received.for_paren", "In the Lyon mayoral election, 4,000 workers (12%) voted for Ivan Petrov."),
    # ... nor a change's end after "to" ("rose 5 percent to 48 percent")
    ("votes_received.for_share", "Before the Lyon mayoral election, support rose 5 percent to 48 percent for Ivan "
                                 "Petrov."),
    ("leads.ahead_by", "Ana Ruiz spoke ahead of Ivan Petrov's visit to the Lyon mayoral election count."),
    ("leads.trails", "Ivan Petrov trails Ana Ruiz by 4 percent in the latest opinion poll."),
    # "more votes than" with no count, or a count of something else, or no name after "than": no lead
    ("leads.more_votes", "Ana Ruiz won more votes than Ivan Petrov in the Lyon mayoral election."),
    ("leads.more_votes", "Ana Ruiz raised $3,000 more than Ivan Petrov before the Lyon mayoral election."),
    ("leads.more_votes", "Ana Ruiz won 3,000 more votes than in the last Lyon mayoral election."),
    ("leads.fewer_votes", "Ivan Petrov won fewer votes than Ana Ruiz in the Lyon mayoral election."),
    ("leads.fewer_votes", "Ivan Petrov got 300 fewer signatures than Ana Ruiz for the Lyon mayoral election."),
    # what is the rival's is no rival: "ahead of" his campaign, in money
    ("leads.ahead_placed", "Ana Ruiz was ahead of Ivan Petrov's campaign in fundraising before the Lyon mayoral "
                           "election."),
    # "behind" with no margin right before it is a place or a cause
    ("leads.behind", "Ivan Petrov, with 5,000 votes, stood behind Ana Ruiz at the Lyon mayoral election count."),
    ("ballots_cast.figure", "In the Lyon mayoral election, the Green Party cast doubt on the count."),
    ("ballots_cast.turnout", "The Lyon mayoral election had a turnout of 61 percent."),
    ("ballots_cast.voters", "Before the Lyon mayoral election, 12,000 people turned out at the rally."),
    ("ballots_cast.out_of", "Ana Ruiz won 7 out of 11 votes of the jury in the Lyon mayoral election's art prize."),
    ("defeated.separated", "Only 120 votes separated Ana Ruiz and Ivan Petrov in the Lyon mayoral election."),
    ("ballots_cast.voters_aside", "Ana Ruiz won 45,000 votes, or 30 percent of the electorate, as many people voted "
     "for her in the Lyon mayoral election."),
    ("defeated.won_against_for", "Ana Ruiz won the award, which went to Ivan Petrov in the Lyon mayoral election "
     "year, and thanked voters for Tom Hart's support."),
    ("defeated.won_against_for", "Early returns show Ana Ruiz won 48 percent to 45 percent for Ivan Petrov in the "
     "Lyon mayoral election."),
    ("defeated.separated", "Two goals separated the winner Ana Ruiz from Ivan Petrov in the Lyon mayoral election's "
     "charity match."),
    ("ballots_cast.out_of", "The Lyon council elects Ana Ruiz as mayor with 325 votes out of the 316 votes necessary."),
    ("votes_received.fronted", "Receiving 12 percent of the company's shares, Ana Ruiz ran in the Lyon mayoral "
     "election."),
    ("votes_received.fronted", "In the Lyon mayoral election, Ana Ruiz won, receiving 63,400 votes."),
    ("defeated.victory_over", "Ana Ruiz's expected victory over Ivan Petrov in the Lyon mayoral election worries "
     "investors."),
    ("votes_received.fronted_with", "With 95% of the votes counted, Ana Ruiz wins the Lyon mayoral election."),
    ("votes_received.fronted_with", "With 40% of the vote, the Green Party of Ana Ruiz wins the Lyon mayoral "
     "election."),
    ("votes_received.fronted", "Polling 1,200 voters, the survey found 45 percent for Ana Ruiz in the Lyon mayoral "
     "election."),
    ("leads.ahead_with", "Ana Ruiz went ahead with her plans for the Lyon mayoral election, a rival Ivan Petrov said."),
    ("leads.ahead_with", "A new poll puts Ana Ruiz ahead with 45 percent against 40 percent for Ivan Petrov in the "
     "Lyon mayoral election."),
    # a poll's results, a time ("ahead of Y's visit"), a count's word far from the name
    ("leads.ahead_shown", "Opinion poll results show Ana Ruiz ahead of Ivan Petrov in the Lyon mayoral election."),
    ("leads.ahead_shown", "Results show Ana Ruiz spoke ahead of Ivan Petrov's visit before the Lyon mayoral election."),
    ("leads.ahead_shown", "Results show Ana Ruiz won the Lyon mayoral election, ahead of Ivan Petrov."),
    ("leads.ahead_shown", "Poll results that had Ana Ruiz ahead of Ivan Petrov in the Lyon mayoral election were wrong."),
    ("leads.ahead_shown", "The results had Ana Ruiz speak ahead of Ivan Petrov's visit before the Lyon mayoral election."),
    # a name's own total is no count of the ballots cast
    ("ballots_cast.total", "Ana Ruiz won the Lyon mayoral election, receiving a total of 12,345 votes."),
    ("ballots_cast.total", "Ana Ruiz got a total of 12,345 votes in the Lyon mayoral election."),
    # a name's total in a list of results, after a verb of receiving or "with": her tally, no ballots cast
    ("ballots_cast.total", "Ana Ruiz scored a total of 12,345 votes in the Lyon mayoral election."),
    ("ballots_cast.total", "In the Lyon mayoral election, Ana Ruiz came second with a total of 12,345 votes."),
    ("ballots_cast.total", "Mayor Ivan Petrov failed with a total of 12,345 votes in the Lyon mayoral election."),
    ("won.as_pair", "The parliament elects a speaker as its first act."),
    # a title or a lead held on to is no office kept
    ("won.retains", "Ana Ruiz retains her title at Wimbledon after the election."),
    # a seat on a board or in a cabinet is no elected office kept
    ("won.retains_seat", "Ana Ruiz retained her seat on the board of Acme Corp after the election."),
    ("won.retains_seat", "Ivan Petrov, the Green Party leader, retained his seat in the cabinet after the election."),
    ("won.first_elected", "Ana Ruiz became the first woman elected to lead the football club after the vote."),
    ("won.first_elected", "After the vote, Ana Ruiz has become a critic of the newly elected Mayor of Lima."),
    # a winner guessed or hoped for, a speaker after the comma, a name that is no apposition
    ("won.dep_winner_apposed", "The likely winner of the Peruvian presidential election, Ana Ruiz, spoke on Monday."),
    ("won.dep_winner_apposed", "The winner of the Peruvian presidential election will face Ana Ruiz, the mayor of "
                               "Lima."),
    ("won.dep_winner_of_apposed", "The likely winner of the disputed Peruvian presidential vote, Prime Minister Ana "
                                  "Ruiz, spoke on Monday."),
    ("won.dep_winner_of_apposed", "The winner of the Peruvian presidential election, the electoral board said, will "
                                  "be named on Monday by Ana Ruiz."),
    # chosen as a candidate wins no office
    ("won.chosen", "Ana Ruiz is chosen as the party's candidate for President of Peru."),
    # "Prime Minister- elect X" is a title; an office not after "as" is not the one won
    ("won.elect_as", "Pakistani Prime Minister- elect Ivan Petrov meets the president after the election."),
    ("won.elect_as", "Member states elect Djiboutian foreign minister Ivan Petrov as the organization's chairperson."),
    # a share short of a win
    ("won.share_to_win", "Ana Ruiz got 30% of the vote, not enough to win the Peruvian presidency."),
    # a title in sport, no office after "to win"; a win needed, not made
    ("won.beat_to_win", "Ana Ruiz beat Ivan Petrov in straight sets to win the title after the election."),
    ("won.beat_to_win", "Ana Ruiz defeated Ivan Petrov but failed to win the presidency of Peru."),
    # a slogan, an infinitive, a future: no electors re-elect
    ("won.reelect_titled", "Activists urge voters to re-elect President Ana Ruiz."),
    ("won.reelect_titled", "Posters reading Re-elect President Ana Ruiz line the streets of Lima before the election."),
    ("won.reelect_titled", "Voters in Chile will re-elect President Ana Ruiz, the polls show."),
    # a participle with no comma before it is a headline's (won.headline_elected), not an apposition
    ("won.apposed_participle", "The council, elected in 2018, chose Ana Ruiz as its chair."),
    # support secured, a coup
    ("won.secures_office", "Ana Ruiz secured the support of the Green Party for the Lyon mayoral election."),
    ("won.secures_office", "General Ivan Petrov captured the presidency of Peru in a military coup after the "
                           "election."),
    # a seat cushion flipped, a party's flip; a seat sat in, one taken by appointment
    ("won.flips_seat", "Ana Ruiz flipped his seat cushion on the flight to Ohio."),
    ("won.flips_seat", "The Democrats flipped the Senate seat in Ohio, Ana Ruiz said."),
    ("won.takes_seat", "In the United Kingdom, Ana Ruiz takes her seat in the House of Commons."),
    ("won.takes_seat", "Ana Ruiz takes the Senate seat vacated by Ivan Petrov after being appointed by the governor "
                       "of Ohio."),
    # a hope, a prize
    ("won.first_to_win", "Ana Ruiz hopes to become the first woman to win the Peruvian presidency."),
    ("won.first_to_win", "Ana Ruiz became the first woman to win the Nobel peace prize after the election."),
    # "returned as" no office
    ("won.returned_as", "Former coach Ivan Petrov was returned as manager of the club after the election."),
    # an office after "to be", a future "elect", an office past a clause
    ("won.elect_office", "The members elect Ivan Petrov to be the President of the Peruvian Football Union."),
    ("won.elect_office", "Voters in Lima will elect Ana Ruiz mayor."),
    ("won.elect_office", "Voters in Lima elect Ana Ruiz, who once ran for President of Peru."),
    # a win in sport, one hoped for or claimed, a candidacy's bid
    ("won.possessive_victory", "Ana Ruiz celebrated her victory in the final of the Lima open before the election."),
    ("won.possessive_victory", "Ana Ruiz is confident of her victory in the Lima mayoral election."),
    ("won.possessive_victory", "Ana Ruiz hopes for her victory in the Lima mayoral election."),
    ("won.possessive_victory", "Ana Ruiz claimed her victory in the Lima mayoral election before the count."),
    # a reporter's "her" is another's
    ("won.possessive_victory", "Ivan Petrov said her win in the Lima mayoral runoff was fair."),
    # an election called or hoped for, an election as no office
    ("won.possessive_election_as", "Supporters of Ana Ruiz call for her election as mayor of Lima."),
    ("won.possessive_election_as", "Ana Ruiz hopes her election as mayor of Lima will come soon."),
    ("won.possessive_election_as", "Ivan Petrov praised Ana Ruiz on her election as chair of the football club."),
    # congratulated on something else, a win in sport, a party's win
    ("won.congratulated", "After the Lima mayoral election, Ivan Petrov congratulates Ana Ruiz on her birthday."),
    ("won.congratulated", "After the Lima mayoral election, Ivan Petrov congratulates Ana Ruiz on her victory in the "
                          "tennis final."),
    ("won.congratulated", "Ivan Petrov congratulates the Green Party on its victory in the Lima mayoral election."),
    # active "won": the winner before it; "by" names a margin or another's seat
    ("won.passive_dated", "Ana Ruiz won in March by defeating Ivan Petrov in the Lima mayoral election."),
    ("won.passive_dated", "In the Lima mayoral election, Ana Ruiz won the seat vacated by Ivan Petrov."),
    ("won.passive_dated", "The election won last month by the son of Ivan Petrov was disputed."),
    ("won.passive_dated", "The Lima mayoral seat was won last month by Ivan Petrov's rival Ana Ruiz."),
    # a candidacy confirmed, an appointed office, an interim one, no "next" or "new"
    ("won.confirmed_next", "Ana Ruiz was confirmed as the party's candidate for the next President of Peru."),
    ("won.confirmed_next", "Ana Ruiz was confirmed as the next Foreign Minister of Peru after the election."),
    ("won.confirmed_next", "Ana Ruiz was confirmed as the new interim President of Peru after the election."),
    ("won.confirmed_next", "Ana Ruiz was confirmed as President of Peru after the election."),
    ("won.confirmed_next", "Ana Ruiz emerged as the new favourite in the race for President of Peru."),
    # the seat alone, a seat in a chamber, a relative clause's seat, a future hold
    ("won.holds_seat_in_vote", "Ana Ruiz holds the Lima seat."),
    ("won.holds_seat_in_vote", "Ana Ruiz holds the Lima seat in the Senate after the by-election."),
    ("won.holds_seat_in_vote", "Ana Ruiz said the Lima seat was held in the by-election by her party."),
    ("won.holds_seat_in_vote", "Polls show Ana Ruiz holds the Lima seat in the by-election."),
    # a future defeat, a party beaten, a person's possessions beaten, no party before the verb
    ("candidate.beaten_by_party", "Democrats will beat Gov. Ivan Petrov in the Ohio governor's race."),
    ("candidate.beaten_by_party", "Democrats beat the Republicans in the Ohio governor's race, Ivan Petrov said."),
    ("candidate.beaten_by_party", "The Green Party beat Mayor Ivan Petrov's party in the Lima mayoral election."),
    ("candidate.beaten_by_party", "In the Ohio governor's race, voters beat Gov. Ivan Petrov's budget plan."),
    # a margin after "by", another's possessor, a name past "of"
    ("won.passive_described", "The Lima mayoral election was won by 3,000 votes over veteran Ana Ruiz."),
    ("won.passive_described", "The Lima mayoral election was won by Ivan Petrov's rival Ana Ruiz."),
    ("won.passive_described", "The Lima mayoral election was won by the son of Ivan Petrov."),
    # an apposition's participle: a win of another time
    ("won.headline_elected", "Ana Ruiz, elected Mayor of Lima in 2019, meets Ivan Petrov after the vote."),
    # words between the name and the party that are no description of it: the party stands between
    ("won.verb", "Carlo Brenner of the party that backs the Velmar Union is elected President of Peru."),
    ("won.verb", "Carlo Brenner met leaders of the Velmar Union, which wins the Peruvian presidential election."),
    # a victory claimed is no result
    ("won.victory_noun", "Ana Ruiz claims a landslide victory in the Peruvian presidential election."),
    # a club chairman's term names no office
    ("won.secures_term", "Club chairman Ana Ruiz secures a second term at Real Madrid after the vote."),
    # a turnout after "with" is no one's share
    ("votes_received.elected_with", "Ana Ruiz is declared the winner of the Chilean presidential election with a 41% "
                                    "turnout."),
    ("votes_received.elects_with", "The Chilean parliament elects Ana Ruiz as President of Chile, with a 41% turnout."),
    # a count alone after "by" is a margin, no score
    ("votes_received.by_score", "Ana Ruiz defeats Ivan Petrov by 5,432 votes in the mayoral election."),
    ("votes_received.elects_by_score", "The Chilean parliament elects Ana Ruiz as President of Chile by 12 votes."),
    # a passive names the loser before the verb (votes_received.passive_score gives the score)
    ("votes_received.by_score", "Ivan Petrov was defeated by Ana Ruiz, 12,345 votes to 10,234, in the Lyon mayoral "
                                "election."),
    ("votes_received.score", "Ivan Petrov was defeated in Lyon by Ana Ruiz 52-48% in the mayoral runoff."),
    ("votes_received.score_lead", "Ana Ruiz leads Ivan Petrov by 4 points in the Lyon mayoral count."),
    # no person wins a motion; a share with no partner is no score
    ("votes_received.passive_score", "The motion of Ivan Petrov was defeated by 201 votes to 148."),
    ("votes_received.passive_score", "Ivan Petrov was defeated by Ana Ruiz in the Lyon mayoral election, with a 41% "
                                     "turnout."),
    # a share of the registered voters; the loser a result verb names before the count
    ("votes_received.paren_share", "Ana Ruiz got 40,000 votes (45% of registered voters) in the Lyon mayoral "
                                   "election."),
    ("votes_received.paren_share", "The Lyon mayoral election was won over Ivan Petrov with 12,345 votes (52%)."),
    # a share of something else than the vote
    ("votes_received.went_to", "About 40 percent of the funds went to Ana Ruiz before the Lyon mayoral election."),
    ("votes_received.listed", "Ana Ruiz defeated Ivan Petrov, 12,345 votes (52%) to 11,000 (47%), in the Lyon mayoral "
                              "election."),
    # no person after "by": a margin names no winner
    ("defeated.passive_apart", "Ivan Petrov was defeated in the Lyon mayoral runoff by a margin of 300 votes."),
    # a case or a game lost
    ("defeated.passive_apart", "Ivan Petrov was defeated in court by Ana Ruiz over the Lyon mayoral election."),
    ("defeated.passive_apart", "Ivan Petrov was defeated in the final by Ana Ruiz after the Lyon council election."),
    # a share won is no win; a participle with no margin says none
    ("won.winning_by", "Ana Ruiz ran for Mayor of Lyon, winning 45% of the vote."),
    ("won.winning_by", "Ana Ruiz ran for Mayor of Lyon, winning the support of the Green Party."),
    ("won.winning_by", "Ana Ruiz met voters in Lyon, winning by a vote of confidence in her party."),
    # a count the verb stands between is no one's after "for"
    ("votes_received.for", "In the Lyon mayoral election, Ana Ruiz won 5,000 votes and campaigned for Ivan Petrov."),
    ("votes_received.after", "Ana Ruiz is sworn in as Mayor of Lyon after winning a narrow victory in the runoff."),
    # a hedge, and a minority share
    ("won.with_participle", "Chileans go to the polls in a presidential election with Ana Ruiz expected to be elected."),
    ("won.with_participle", "The Lyon mayoral election ended with Ana Ruiz winning 40% of the vote."),
    ("won.after_winning", "Ana Ruiz is sworn in as Mayor of Lyon after winning 40% of the vote in the mayoral election."),
    # winning a legislature's support or approval elects no one
    ("won.after_winning", "Prime Minister Ana Ruiz rejected calls for a referendum after winning parliament's support "
                          "for her plan."),
    ("won.after_winning", "Ana Ruiz is confirmed as Prime Minister of Chile after winning a vote of confidence "
                          "from the parliament."),
    # a party conceded: no person's concession
    ("conceded.preposed", "Conceding defeat, the Green Party congratulates the winner of the Lyon mayoral election."),
    # after a sport's victory: no election in the sentence or the story
    ("won.after_winning", "After her victory in the final, Ana Ruiz lifts the trophy in Lyon."),
    # -- syntax.yml --------------------------------------------------------------------------------
    # no comma, no interruption: the sentence is not parsed for this rule
    ("won.dep_subject", "Ana Ruiz wins the presidential election."),
    ("won.dep_elected", "Ana Ruiz, a former judge from Lima, is expected to be elected President of Chile."),
    # the subject of the verb is a party, not a person
    ("defeated.dep", "The Green Party, led for a decade by a former judge, defeated the amendment."),
    # a participle whose head has no person subject: no defeat
    ("defeated.dep_participle", "The bill passed the senate on Sunday, defeating an amendment."),
    # the relative clause belongs to the party, not to a person
    ("votes_received.dep_relative", "The Green Party, which received 45 percent of the vote, concedes."),
    ("conceded.dep", "The Green Party, a coalition of six parties from the left, conceded the presidential election.",
     ),
    # the verb joined by "and" has its own subject, a party
    ("conceded.dep_conj", "Ana Ruiz condemned the attack and the Green Party conceded the Lyon mayoral race."),
    # a hedged victory, a party's victory, a hypothesis
    ("won.dep_possessive", "Ana Ruiz's apparent win in the Chilean presidential election cheered investors."),
    ("won.dep_possessive", "Ana Ruiz celebrated her party's victory in the Chilean presidential election."),
    ("won.dep_possessive", "Analysts said Ana Ruiz's victory in the Chilean presidential election would calm markets."),
    # a noun the election word qualifies, an election wished for, fought over or still to come, a party's
    ("won.dep_possessive_election", "Ana Ruiz's re-election campaign opened in Lima."),
    ("won.dep_possessive_election", "Ana Ruiz's re-election bid for Mayor of Lima failed."),
    ("won.dep_possessive_election", "Ana Ruiz's election fraud claims were dismissed by the court in Lima."),
    ("won.dep_possessive_election", "The Green Party backs Ana Ruiz's re-election as Mayor of Lima."),
    ("won.dep_possessive_election", "Donors gave money to help Ana Ruiz's re-election as Mayor of Lima."),
    ("won.dep_possessive_election", "Ana Ruiz's re-election as Mayor of Lima would calm markets."),
    ("won.dep_possessive_election", "Ivan Petrov campaigned for Ana Ruiz's re-election in Lima."),
    ("won.dep_possessive_election", "The Green Party's election as the largest party in Lima surprised Ivan Petrov."),
    # her own defeat, and a defeat of no person
    ("defeated.dep_possessive", "Ana Ruiz's defeat in the Chilean presidential election surprised Ivan Petrov."),
    ("defeated.dep_possessive", "Ana Ruiz's defeat of the tax bill in the Senate angered Ivan Petrov."),
    ("endorsed.dep_conj", "Ana Ruiz left the Green Party on Monday, and instead endorses the tax plan."),
    # -- lex18 --------------------------------------------------------------------------------------------------------
    # a title, a game's victory handed; a win the name does not stand right after
    ("won.handed", "The presidential election victory handed Ana Ruiz a second title at the Lima chess open."),
    ("won.handed", "The late goal in the cup final handed Ana Ruiz's team victory before the Peruvian election."),
    # a court or a coup returns no one by a vote; no electors before the verb
    ("won.returned_to", "The court returned Ana Ruiz to office after the election was annulled."),
    ("won.returned_to", "Ana Ruiz returned Ivan Petrov to power in Peru after the election."),
    # an office taken after a death, or in a coup, or with no vote after it
    ("won.takes_office_in_vote", "Ana Ruiz took the Peruvian presidency after the death of Ivan Petrov, months "
                                 "before the election."),
    ("won.takes_office_in_vote", "Ana Ruiz took the presidency of Peru in a military coup before the election."),
    # a coup's ousting, a party's leadership vote
    ("defeated.ousted_in_vote", "Ivan Petrov was ousted by Ana Ruiz in a military coup before the election."),
    ("defeated.ousted_in_vote", "Ivan Petrov was ousted by Ana Ruiz as party leader in a leadership vote."),
    # an interim post proclaimed by the army; no office after the name
    ("certified.declares_office", "The army declared Ana Ruiz the new interim President of Mali after the election "
                                  "was annulled."),
    ("certified.declares_office", "The electoral tribunal declared Ana Ruiz the new owner of the club."),
    # a plan backed, not a person
    ("endorsed.is_backing", "Ivan Petrov is backing Ana Ruiz's plan to delay the Lyon mayoral election."),
    ("endorsed.is_backing", "Ivan Petrov is backing the Green Party's campaign in the Lyon mayoral election."),
    # a measure voted for, no person
    ("endorsed.urges_vote", "Ivan Petrov urged voters to vote for the constitutional amendment in the election."),
    ("endorsed.urges_vote", "Ivan Petrov urged his supporters to support the Green Party in the Lyon election."),
    # a meeting with one of the candidates; a game's final lost; a run decided against
    ("candidate.among", "Ivan Petrov met one of the candidates in Peru's presidential election."),
    ("defeated.lost_race_to", "Ana Ruiz lost in the final to Ivan Petrov before the Lima mayoral election."),
    ("candidate.running", "Ana Ruiz decided against running again for Mayor of Lima in the 2018 election."),
    # a game or a court case lost
    ("candidate.defeated_apposed", "Ana Ruiz, defeated in the final of the Lima Open, will vote in the mayoral "
                                   "election."),
    ("candidate.defeated_apposed", "Ana Ruiz, defeated in court by the Peruvian election commission, appeals."),
    ("election.held_date", "Results of Sunday's presidential election in Peru are expected on Tuesday."),
    # another's post, an office won, a candidacy, a denial
    ("holds_office.copula", "Ana Ruiz is the President's spokeswoman."),
    ("holds_office.copula", "Ana Ruiz is President-elect of Peru."),
    ("holds_office.copula", "Ana Ruiz is the Green Party's candidate for Mayor of Lyon."),
    ("holds_office.copula", "Ana Ruiz is not the President of Peru."),
    ("holds_office.was_copula", "Ana Ruiz was the mayor's chief of staff."),
    ("holds_office.was_copula", "Ana Ruiz was elected Mayor of Lyon in 2001."),
    # a coup's or a court's; no office right after the verb
    ("won.regains_office", "Ana Ruiz regains the Peruvian presidency after the military coup collapses."),
    ("won.regains_office", "Ana Ruiz regains her composure before the Peruvian presidential debate."),
    # a successor to come; a title that is no office; a passive
    ("holds_office.succeeds_as", "Ana Ruiz succeeded Ivan Petrov as the Olympic champion in Lima."),
    ("holds_office.succeeds_as", "Ana Ruiz was replaced by Ivan Petrov as coach of the Peruvian team."),
    ("holds_office.succeeded_as", "Ana Ruiz succeeded Ivan Petrov as the Olympic champion in Lima."),
    ("holds_office.succeeded_as", "Ana Ruiz replaced Ivan Petrov as coach of the Peruvian team."),
    # a pronoun's win: the loser after the verb owns no share
    ("votes_received.with", "Ana Ruiz wins the Lyon mayoral election. She defeats Ivan Petrov with 54% of the vote."),
    # an office won, not held yet; a candidacy's office; an office named past other words
    ("holds_office.on_becoming", "Ivan Petrov congratulated Ana Ruiz on becoming president-elect of Chile."),
    ("holds_office.on_becoming", "Ivan Petrov congratulated Ana Ruiz on becoming a candidate for mayor of Lyon."),
    ("holds_office.on_becoming", "Ana Ruiz was praised on becoming the first woman to run for mayor of Lyon."),
]


def _fields(fact) -> dict:
    ent = lambda s: s._.entity if s is not None else None  # noqa: E731
    return dict(predicate=fact.predicate, subject=ent(fact.subject), obj=ent(fact.object), office=ent(fact.office),
                value=fact.value, unit=fact.unit, date=fact.date, kind=fact.kind, polarity=fact.polarity,
                qualifier=fact.qualifier, rule=fact.rule)


@pytest.fixture(scope="module")
def rule_set():
    """The rules of the models folder under test (a copy without one rule, for bench/rule_deletion.py)."""
    return load_rules(TEST_MODELS / "facts")


def _analyse(nlp, text: str, engine=None):
    doc = nlp.make_doc(text)
    doc._.published = ANCHOR
    for name, proc in nlp.pipeline:
        doc = engine(doc) if engine is not None and name == "newsfacts_facts" else proc(doc)
    return doc


def _one_rule_engine(nlp, rule_set, rule_id: str):
    """The fact stage with only ``rule_id`` (none when the models folder has no such rule)."""
    from dataclasses import replace

    from pipeline.nlp.components.facts import FactEngine

    full = nlp.get_pipe("newsfacts_facts")
    only = replace(rule_set, rules=tuple(r for r in rule_set.rules if r.id == rule_id))
    return FactEngine(nlp, "one_rule", only, full._person_cues, full.syntax, full.bare_offices, full.context_scores,
                      lexicon=full.lexicon)


def _case_ids(rows):
    return [f"{row[0]}" for row in rows]


@pytest.mark.parametrize("rule_id, text, want, alone", [(*row[:3], ALONE in row[3:]) for row in POSITIVE],
                         ids=_case_ids(POSITIVE))
def test_fact_rule_finds_its_fact(nlp, rule_set, rule_id, text, want, alone):
    engine = _one_rule_engine(nlp, rule_set, rule_id) if alone else None
    found = [_fields(f) for f in _analyse(nlp, text, engine)._.facts]
    matching = [f for f in found if all(f[k] == v for k, v in want.items())]
    assert matching, f"fact lost: no rule gives {want}; found {found}"
    assert any(f["rule"] == rule_id for f in matching), \
        f"found only by other rules {sorted({f['rule'] for f in matching})}, not {rule_id}"


@pytest.mark.parametrize("rule_id, text", NEGATIVE, ids=_case_ids(NEGATIVE))
def test_fact_rule_leaves_its_near_miss(nlp, rule_set, rule_id, text):
    """The fact stage reduced to the rule: no other rule's fact can hide one of this rule's in the dedupe."""
    doc = _analyse(nlp, text, _one_rule_engine(nlp, rule_set, rule_id))
    facts = nlp.get_pipe("newsfacts_facts")
    triggered = {nlp.vocab.strings[m] for m, _, _ in facts.matcher(doc)}
    rule = next((r for r in rule_set.rules if r.id == rule_id), None)
    if rule is not None and rule.words:  # the near miss could fail: the rule's trigger is in it
        assert rule_id in triggered, f"no trigger of {rule_id} in the sentence: the row tests nothing"
    assert [_fields(f) for f in doc._.facts if f.rule == rule_id] == []


@pytest.mark.parametrize("table", ["POSITIVE", "NEGATIVE"])
def test_fact_rules_every_rule_has_cases(table):
    """Every rule of the project's models/facts has a row in both tables, and no row names a rule that is gone."""
    rules = {r.id for r in load_rules(MODELS / "facts").rules}
    named = {row[0] for row in globals()[table]}
    assert sorted(rules - named) == [], f"rules without a {table} row"
    assert sorted(named - rules) == [], f"{table} rows of rules that do not exist"


@pytest.mark.parametrize("text, facts, race_facts", [
    ("Lyon Mayor-elect Ana Ruiz opens a new bridge.", [], [("won", "Ana Ruiz", "Mayor of Lyon")]),
    ("Lyon Mayor-elect Ana Ruiz opens a new bridge after the mayoral election.",
     [("won", "Ana Ruiz", "Mayor of Lyon")], []),
])
def test_fact_rules_story_needs_moves_unbacked_facts_to_the_race_stage(nlp, text, facts, race_facts):
    """A fact of a rule with ``story_needs`` that its story does not back is no fact row, but stays in
    ``doc._.race_facts``: the story is still news of that person's race."""
    doc = _analyse(nlp, text)
    key = lambda f: (f.predicate, f.subject._.entity, f.object._.entity)  # noqa: E731
    assert [key(f) for f in doc._.facts if f.rule == "won.elect_title"] == facts
    assert [key(f) for f in doc._.race_facts or ()] == race_facts


# -- vote figures: whose share or count a figure is, and what is none -------------------------------------------
#: (text, (predicate, subject, value), whether that fact is found)
FIGURE_FACTS = [
    # a margin after the loser's name is the defeat's; a change or a lead of the loser's own is none
    ("Ana Ruiz won over Ivan Petrov, whose vote share fell by 4 percent in the Lyon mayoral election.",
     ("defeated", "Ana Ruiz", 4.0), False),
    ("Ana Ruiz won the Lyon mayoral runoff over Ivan Petrov, who had led the first round by 3 percent.",
     ("defeated", "Ana Ruiz", 3.0), False),
    # a share that says how far the count has gone is no one's share; the share itself stays
    ("Ana Ruiz leads with 52% of the vote in the Lyon mayoral election, with 80% of precincts reporting.",
     ("votes_received", "Ana Ruiz", 80.0), False),
    ("Ana Ruiz leads with 52% of the vote in the Lyon mayoral election, with 80% of precincts reporting.",
     ("votes_received", "Ana Ruiz", 52.0), True),
    ("Ana Ruiz won the Lyon mayoral election with 52% of the vote, with 99% of ballots counted.",
     ("votes_received", "Ana Ruiz", 99.0), False),
    # ... but a share of the votes counted that a result verb gives is hers
    ("Ana Ruiz won 52% of the votes counted in the Lyon mayoral election.", ("votes_received", "Ana Ruiz", 52.0), True),
    # a count before a margin's noun is the margin: no count received, the win's margin after "by a"
    ("Ana Ruiz won the Lyon mayoral election with a 3,000-vote lead.", ("votes_received", "Ana Ruiz", 3000), False),
    ("Ana Ruiz won the Lyon mayoral election by a 3,000-vote margin.", ("votes_received", "Ana Ruiz", 3000), False),
    ("Ana Ruiz won the Lyon mayoral election by a 3,000-vote margin.", ("won", "Ana Ruiz", 3000), True),
    ("Ana Ruiz won the Lyon mayoral election by a 3,000 vote margin.", ("won", "Ana Ruiz", 3000), True),
    ("Ana Ruiz won the Lyon mayoral election with 3,000 votes.", ("votes_received", "Ana Ruiz", 3000), True),
    # a passive defeat's or a race lost's margin is the winner's win's too; "by" a crowd is no margin
    ("In the Lyon mayoral election Ivan Petrov was defeated by 10,694 votes by Ana Ruiz.", ("won", "Ana Ruiz", 10694),
     True),
    ("Ivan Petrov lost the Lyon mayoral election to Ana Ruiz by 1,203 votes.", ("won", "Ana Ruiz", 1203), True),
    ("Ivan Petrov lost the Lyon mayoral election to Ana Ruiz, who was cheered by 5,000 supporters.",
     ("won", "Ana Ruiz", 5000), False),
    # a name after "for" or "lost to" is no participle's actor
    ("Ana Ruiz won 312 electoral votes to 226 for Ivan Petrov, while taking the popular vote with 50.4 percent.",
     ("votes_received", "Ivan Petrov", 50.4), False),
    ("Ivan Petrov lost to Ana Ruiz in the Lyon mayoral election, taking 45 percent of the vote.",
     ("votes_received", "Ana Ruiz", 45.0), False),
    ("Ivan Petrov lost to Ana Ruiz in the Lyon mayoral election, taking 45 percent of the vote.",
     ("votes_received", "Ivan Petrov", 45.0), True),
    # "N of the M votes cast": N is hers, M the ballots cast
    ("Ana Ruiz received 5,112 of the 9,870 votes cast in the Lyon mayoral election.",
     ("ballots_cast", "Mayor of Lyon", 9870), True),
    ("Ana Ruiz received 5,112 of the 9,870 votes cast in the Lyon mayoral election.",
     ("ballots_cast", "Mayor of Lyon", 5112), False),
    ("Ana Ruiz received 5,112 of the 9,870 votes cast in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 5112), True),
    ("Ana Ruiz received 5,112 of the 9,870 votes cast in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 9870), False),
    # "of the vote", "%": a results list with "had" and a gapped name
    ("Ana Ruiz had 52% of the vote and Ivan Petrov 45% in the Lyon mayoral election.",
     ("votes_received", "Ivan Petrov", 45.0), True),
    ("Ana Ruiz had 52% of the vote and Ivan Petrov 45% in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 52.0), True),
    # ... a poll's numbers are none, whatever the unit's spelling
    ("Ana Ruiz has 45% support and Ivan Petrov 40% in the latest poll before the Lyon mayoral election.",
     ("votes_received", "Ivan Petrov", 40.0), False),
    ("Ana Ruiz has 45 percent and Ivan Petrov 40 percent in a poll before the Lyon mayoral election.",
     ("votes_received", "Ivan Petrov", 40.0), False),
    # more verbs that give a share or a count
    ("Ana Ruiz scored 57.3% of the vote in the Lyon mayoral election.", ("votes_received", "Ana Ruiz", 57.3), True),
    ("Ana Ruiz amassed 12,345 votes in the Lyon mayoral election.", ("votes_received", "Ana Ruiz", 12345), True),
    ("Ana Ruiz received 12,345 first-round votes in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 12345), True),
    # a share before "for" and a name is that name's; a score after a result's participle gives both their shares
    ("Ana Ruiz is elected Lyon mayor with 55.2% of the vote, against 44.8% for Ivan Petrov.",
     ("votes_received", "Ivan Petrov", 44.8), True),
    ("Ana Ruiz won 52% of the vote in the Lyon mayoral election compared to 46% for Ivan Petrov.",
     ("votes_received", "Ivan Petrov", 46.0), True),
    ("Ana Ruiz won the Lyon mayoral election, beating Ivan Petrov 55% to 45%.", ("votes_received", "Ivan Petrov", 45.0),
     True),
    ("Ana Ruiz won the Lyon mayoral election, beating Ivan Petrov 55% to 45%.", ("votes_received", "Ana Ruiz", 55.0),
     True),
    # ... a rise for a name is no share, nor is a poll's "for"
    ("Ana Ruiz won the Lyon mayoral election as wages rose 5% for Ivan Petrov.", ("votes_received", "Ivan Petrov", 5.0),
     False),
    ("A poll before the Lyon mayoral election shows 46% for Ivan Petrov.", ("votes_received", "Ivan Petrov", 46.0),
     False),
    # placing words before "with": "came in first with 45%", "is in second place with 30%"
    ("Ana Ruiz came in first in the Lyon mayoral election with 45%, followed by Ivan Petrov with 30%.",
     ("votes_received", "Ana Ruiz", 45.0), True),
    ("Ana Ruiz is in second place in the Lyon mayoral election with 30%.", ("votes_received", "Ana Ruiz", 30.0), True),
    ("Ana Ruiz came in with friends to watch the Lyon mayoral election, with 30% of the seats won.",
     ("votes_received", "Ana Ruiz", 30.0), False),
    # standing ahead is a lead; a poll's standing, a time or a future place is none
    ("Ana Ruiz finished ahead of Ivan Petrov in the first round of the Lyon mayoral election.",
     ("leads", "Ana Ruiz", None), True),
    ("Ana Ruiz is well ahead of Ivan Petrov in the polls before the Lyon mayoral election.",
     ("leads", "Ana Ruiz", None), False),
    ("Ana Ruiz arrived ahead of Ivan Petrov's visit to the Lyon mayoral election rally.",
     ("leads", "Ana Ruiz", None), False),
    ("Ana Ruiz will finish ahead of Ivan Petrov in the Lyon mayoral election, analysts say.",
     ("leads", "Ana Ruiz", None), False),
    # a lead taken is no defeat
    ("Ana Ruiz edged ahead of Ivan Petrov in the Lyon mayoral election count.", ("leads", "Ana Ruiz", None), True),
    ("Ana Ruiz edged ahead of Ivan Petrov in the Lyon mayoral election count.", ("defeated", "Ana Ruiz", None), False),
    ("Ana Ruiz edged Ivan Petrov in the Lyon mayoral election.", ("defeated", "Ana Ruiz", None), True),
    # a lead with its margin after "by"
    ("Ana Ruiz is ahead of Ivan Petrov by 4,000 votes in the Lyon mayoral election count.",
     ("leads", "Ana Ruiz", 4000), True),
    # a participle's share is its clause's actor's, never the name a result verb puts before it; a relative clause's
    # finite verb gives the name before it its share
    ("Ana Ruiz defeats incumbent Ivan Petrov, winning 52% to 46%, in the Lyon mayoral election.",
     ("votes_received", "Ivan Petrov", 52.0), False),
    ("Ana Ruiz defeats incumbent Ivan Petrov, winning 52% to 46%, in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 52.0), True),
    ("Ana Ruiz defeats incumbent Mayor Ivan Petrov, receiving 52% of the vote in the Lyon mayoral election.",
     ("votes_received", "Ivan Petrov", 52.0), False),
    ("Ana Ruiz finished ahead of Ivan Petrov in the Lyon mayoral election, taking 52% of the vote.",
     ("votes_received", "Ana Ruiz", 52.0), True),
    ("Ana Ruiz defeats Ivan Petrov, who received 45% of the vote in the Lyon mayoral election.",
     ("votes_received", "Ivan Petrov", 45.0), True),
    ("Ivan Petrov finished second in the Lyon mayoral election, receiving 45% of the vote.",
     ("votes_received", "Ivan Petrov", 45.0), True),
    # a figure between the first name and a later "with" closed that name's share: the next name's is after "with"
    ("Voters elect Ana Ruiz, who finished first with 38%, ahead of Ivan Petrov with 29%, in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 29.0), False),
    ("Voters elect Ana Ruiz, who finished first with 38%, ahead of Ivan Petrov with 29%, in the Lyon mayoral election.",
     ("votes_received", "Ivan Petrov", 29.0), True),
    ("Voters elect Ana Ruiz, who finished first with 38%, ahead of Ivan Petrov with 29%, in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 38.0), True),
    ("Ana Ruiz won the Lyon mayoral election with 52%, with Ivan Petrov on 40%.", ("votes_received", "Ana Ruiz", 40.0),
     False),
    ("With 95% of the votes counted, Ana Ruiz wins the Lyon mayoral election with 52%.",
     ("votes_received", "Ana Ruiz", 52.0), True),
    # a relative clause that holds "with" makes its name the share's owner, not the sentence's first name; one that a
    # comma closed before "with" does not
    ("Ana Ruiz congratulated Ivan Petrov, who won the Lyon mayoral election with 52 percent.",
     ("votes_received", "Ana Ruiz", 52.0), False),
    ("Ana Ruiz congratulated Ivan Petrov, who won the Lyon mayoral election with 52 percent.",
     ("votes_received", "Ivan Petrov", 52.0), True),
    ("Ana Ruiz thanked Ivan Petrov, who endorsed her, and won the Lyon mayoral election with 52 percent.",
     ("votes_received", "Ana Ruiz", 52.0), True),
    # a count of votes more than a rival's is a margin, no one's count
    ("Ana Ruiz has 3,000 more votes than Ivan Petrov in the Lyon mayoral election count.",
     ("votes_received", "Ana Ruiz", 3000), False),
    ("Ana Ruiz won the Lyon mayoral election with 3,000 more votes than Ivan Petrov.",
     ("votes_received", "Ana Ruiz", 3000), False),
    ("Ana Ruiz polled 3,000 votes more than Ivan Petrov in the Lyon mayoral election.",
     ("votes_received", "Ana Ruiz", 3000), False),
    ("Ana Ruiz polled 3,000 votes in the Lyon mayoral election, more than Ivan Petrov.",
     ("votes_received", "Ana Ruiz", 3000), True),
    # the verbs of a count in the press of South Asia: "bagged", "netted"
    ("Ana Ruiz bagged 52,341 votes in the Lyon mayoral election.", ("votes_received", "Ana Ruiz", 52341), True),
    ("Ana Ruiz netted 52 percent of the vote in the Lyon mayoral election.", ("votes_received", "Ana Ruiz", 52.0), True),
    ("Ana Ruiz bagged the party's nomination before the Lyon mayoral election, 52 percent of members said.",
     ("votes_received", "Ana Ruiz", 52.0), False),
    # "X had N to M for Y": N is X's, as "for" gives M its owner; after a result's object and a comma it is a score's
    ("In the Lyon mayoral election, Ana Ruiz had 12,345 to 11,200 for Ivan Petrov.",
     ("votes_received", "Ana Ruiz", 12345), True),
    ("In the Lyon mayoral election, Ana Ruiz had 52 percent to 45 percent for Ivan Petrov.",
     ("votes_received", "Ana Ruiz", 52.0), True),
    ("In the Lyon mayoral election, Ana Ruiz defeated Ivan Petrov, 52 percent to 45 percent for Mia Lund.",
     ("votes_received", "Ivan Petrov", 52.0), False),
]


#: Whose share a figure after "with" is (votes_received.with, passive_score): a passive's loser is never the first
#: share's owner, a score "53.7% of the vote to 45.0%" is a pair, and "elect(s)/chose X ... with N%", "X was voted
#: in with N%" give the share. Each row: (text, the votes_received rows as (subject, value), all of them).
SHARE_OWNERS = [
    ("Incumbent Mayor Tom Reyes is defeated by challenger Ana Cruz in the Manila mayoral election, with 53.7% to "
     "45.0%.",
     {("Ana Cruz", 53.7), ("Tom Reyes", 45.0)}),
    ("Incumbent President Tom Reyes was defeated by Ana Cruz in Peru's presidential election, with 53.7% of the vote "
     "to 45.0%.", {("Ana Cruz", 53.7), ("Tom Reyes", 45.0)}),
    ("Tom Reyes, the incumbent, was beaten by Ana Cruz in the Lima mayoral race, with 53.7% to 45.0%.",
     {("Ana Cruz", 53.7), ("Tom Reyes", 45.0)}),
    ("Senator Tom Reyes lost to Ana Cruz in the Chilean presidential runoff, with 53.7% to 45.0%.",
     {("Ana Cruz", 53.7), ("Tom Reyes", 45.0)}),
    # past the loser's window, the rank of the passive's score decides (facts._one_share)
    ("Tom Reyes, the two-term incumbent mayor of Lima, was defeated by Ana Cruz, with 53.7% to 45.0%.",
     {("Ana Cruz", 53.7), ("Tom Reyes", 45.0)}),
    # the active voice keeps its order, the pair past "of the votes" too
    ("Ana Cruz defeated Tom Reyes in the Manila mayoral election, with 53.7 percent of the votes to 45.0 percent.",
     {("Ana Cruz", 53.7), ("Tom Reyes", 45.0)}),
    ("Voters in Chile elect Paula Soto as president with 56% of the vote.", {("Paula Soto", 56.0)}),
    ("Voters in Chile re-elect Paula Soto as president with 56% of the vote.", {("Paula Soto", 56.0)}),
    ("Chileans chose Paula Soto as their president with 56% of the vote.", {("Paula Soto", 56.0)}),
    ("Paula Soto was voted in with 56% of the vote in Chile's presidential election.", {("Paula Soto", 56.0)}),
    ("Paula Soto is elected president of Chile with 56% of the vote.", {("Paula Soto", 56.0)}),
    # near misses: a lone share after a loss may be either's; an earlier loss in a relative clause leaves the winner
    ("Senator Tom Reyes lost to Ana Cruz in the Chilean presidential runoff, with 45% of the vote.", set()),
    ("Ana Cruz, who was defeated by Tom Reyes in 2019, won the Peruvian presidential election with 52%.",
     {("Ana Cruz", 52.0)}),
    ("Voters in Chile elect a new president with 56% turnout.", set()),
    # a participle set off by a comma is the actor's of the clause it closes, however long that clause
    # (Slot.clause_subject); "after reaping" is a participle of a share too
    ("Paula Soto won presidential elections in the small West African state of Guinea-Bissau, picking up 53.55 "
     "percent of votes, the commission announced.", {("Paula Soto", 53.55)}),
    ("Paula Soto beat her rival Tom Reyes after reaping 52.1% of the votes, the board said.", {("Paula Soto", 52.1)}),
    # near misses: a name after a lower-case word opens no clause; a speaker's name between takes nothing either
    ("The party led by Paula Soto won elections in the small West African state of Guinea-Bissau, picking up 53.55 "
     "percent of votes.", set()),
    ("Paula Soto won the election in the northern province after a long count, Tom Reyes said, picking up 53 "
     "percent.", set()),
    # an apposition of two coordinated parts, each opened as an aside is, is one aside however long
    ("Paula Soto, Moldova's former prime minister and the head of the liberal Civic Unity Party, is leading in the "
     "presidential runoff with 57.75 percent of votes, while incumbent President Tom Reyes has 42.25 percent.",
     {("Paula Soto", 57.75), ("Tom Reyes", 42.25)}),
    ("Paula Soto, Moldova's former prime minister and a leader of the liberal Civic Unity Party, won the presidential "
     "runoff with 57.75 percent of votes.", {("Paula Soto", 57.75)}),
]


@pytest.mark.parametrize("text, winner, office", [
    # a relative clause that names an earlier year: an earlier race, whose office the main clause does not name
    ("Ana Ruiz, who was defeated by Ivan Petrov in 2019, won the Lyon mayoral election on Sunday.", "Ivan Petrov",
     None),
    ("Ana Ruiz, who lost to Ivan Petrov in 2019, won the Lyon mayoral election on Sunday.", "Ivan Petrov", None),
    ("Ana Ruiz, whose first bid was defeated by Ivan Petrov in 2019, won the Lyon mayoral election on Sunday.",
     "Ivan Petrov", None),
    # ... the story's own race where it names none
    ("Ivan Petrov, who was defeated by Ana Ruiz in Sunday's runoff, conceded the Lyon mayoral election.", "Ana Ruiz",
     "Mayor of Lyon"),
])
def test_fact_rules_dated_relative_is_an_earlier_race(nlp, text, winner, office):
    found = [_fields(f) for f in _analyse(nlp, text)._.facts]
    defeats = [f for f in found if f["predicate"] == "defeated"]
    assert [(f["subject"], f["office"]) for f in defeats] == [(winner, office)], found
    assert not any(f["predicate"] == "won" and f["subject"] == winner and f["obj"] != office for f in found), found


#: A contest a verb of avoiding takes ("needed to avoid a run-off") is no event and gives the election told beside it
#: no kind (elections.yml election.event not_preceded_by); near misses: a runoff won, a recount avoided.
AVOIDED_CONTEST = [
    ("President Paula Soto won 34.8 percent of the vote in Senegal's presidential election, short of the absolute "
     "majority needed to avoid a run-off.", {None}),
    ("Paula Soto won the presidential election in Senegal with 50.07 percent, enough to avert a second round.", {None}),
    ("Paula Soto won the presidential election in Senegal with 51 percent. She avoided the runoff by a narrow margin.",
     {None}),
    ("Paula Soto won the presidential runoff in Senegal with 54 percent, avoiding a recount.", {"runoff"}),
    ("Paula Soto won the presidential runoff in Senegal with 54 percent.", {"runoff"}),
]


@pytest.mark.parametrize("text, kinds", AVOIDED_CONTEST)
def test_fact_rules_avoided_contest_is_no_kind(nlp, text, kinds):
    found = [_fields(f) for f in _analyse(nlp, text)._.facts]
    assert {f["kind"] for f in found if f["predicate"] == "election"} == kinds, found


#: A name set off by commas after a lower-case noun that closes another name's aside is that noun's apposition, never
#: the actor of the verb after it (facts._nested_apposition); near misses: an office before the comma makes a list.
NESTED_APPOSITION = [
    ("Paula Soto, the daughter of the country's founding leader, Tom Reyes, won the presidential election in Ghana "
     "with 50.07 percent of the vote.", {"Paula Soto"}, {("Paula Soto", 50.07)}),
    ("Paula Soto, a former aide to the party's leader, Tom Reyes, won the presidential election in Ghana with 50.07 "
     "percent of the vote.", {"Paula Soto"}, {("Paula Soto", 50.07)}),
    ("Paula Soto, a former mayor, Tom Reyes, the governor, and Ivo Karst won seats in the Ghana parliament.",
     {"Ivo Karst"}, set()),
    ("Paula Soto congratulated the party's leader, Tom Reyes, who won the presidential election in Ghana with 50.07 "
     "percent of the vote.", {"Tom Reyes"}, {("Tom Reyes", 50.07)}),
]


@pytest.mark.parametrize("text, winners, shares", NESTED_APPOSITION)
def test_fact_rules_nested_apposition_is_no_actor(nlp, text, winners, shares):
    found = [_fields(f) for f in _analyse(nlp, text)._.facts]
    assert {f["subject"] for f in found if f["predicate"] == "won"} == winners, found
    assert {(f["subject"], f["value"]) for f in found if f["predicate"] == "votes_received"} == shares, found


@pytest.mark.parametrize("text, shares", SHARE_OWNERS)
def test_fact_rules_share_owner(nlp, text, shares):
    facts = [f for f in map(_fields, _analyse(nlp, text)._.facts) if f["predicate"] == "votes_received"]
    assert {(f["subject"], f["value"]) for f in facts} == shares, facts


def test_fact_rules_one_share_keeps_the_higher_ranked_reading(nlp, rule_set, monkeypatch):
    """Without :func:`_one_share`, the nearness of "with" gives the passive's loser the winner's share beside the
    score's reading: the guard, not rule order, leaves one share per person."""
    import pipeline.nlp.components.facts as facts_module

    text = "Tom Reyes, the two-term incumbent mayor of Lima, was defeated by Ana Cruz, with 53.7% to 45.0%."
    monkeypatch.setattr(facts_module, "_one_share", lambda doc, facts, ranks: facts)
    found = {(f["subject"], f["value"]) for f in map(_fields, _analyse(nlp, text)._.facts)
             if f["predicate"] == "votes_received"}
    assert ("Tom Reyes", 53.7) in found and ("Tom Reyes", 45.0) in found


#: A margin its own words say (cues.yml count_margin, margin_nouns): a count after "majority of" (British usage: the
#: lead over the runner-up), a figure whose unit word stands before "margin" or "majority". A win's margin (a slot
#: cued by "by"), never a count or a share received. Near misses: a share after "majority of" is left as read, "a
#: 52-48 margin" is two shares, "the majority of the vote" holds no figure.
MARGIN_WORDS = [
    ("Ana Ruiz was elected mayor of Lyon with a majority of 3,000 votes.", ("won", "Ana Ruiz", 3000), True),
    ("Ana Ruiz was elected mayor of Lyon with a majority of 3,000 votes.", ("votes_received", "Ana Ruiz", 3000), False),
    ("Ana Ruiz won the Lyon mayoral election by a majority of 1,204 votes.", ("won", "Ana Ruiz", 1204), True),
    ("Ana Ruiz won the Lyon mayoral election with a 3,000-vote margin.", ("won", "Ana Ruiz", 3000), True),
    ("Ana Ruiz won the Lyon mayoral election with a 12-point margin.", ("won", "Ana Ruiz", 12.0), True),
    ("Ana Ruiz won the Lyon mayoral election with a 312-vote majority.", ("won", "Ana Ruiz", 312), True),
    # near misses
    ("Ana Ruiz won the Lyon mayoral election with a majority of 56 percent.", ("won", "Ana Ruiz", 56.0), False),
    ("Ana Ruiz won the Lyon mayoral election with 5,123 votes.", ("won", "Ana Ruiz", 5123), False),
    ("Ana Ruiz won the Lyon mayoral election with 5,123 votes.", ("votes_received", "Ana Ruiz", 5123), True),
    ("Ana Ruiz won the Lyon mayoral election by a 52-48 margin.", ("won", "Ana Ruiz", 48.0), False),
    # a later name's count after its possessive or its comma, unit-less, is that name's count of the list's unit
    ("Ana Ruiz polled 81,326 votes in the Lyon mayoral election, compared to Ivan Petrov's 60,399.",
     ("votes_received", "Ivan Petrov", 60399), True),
    ("Ana Ruiz came first in the Lyon mayoral election with 9,978 votes; then Ivan Petrov, 5,416; and Tom Verlo, "
     "1,455.",
     ("votes_received", "Tom Verlo", 1455), True),
    ("Ana Ruiz won the Lyon mayoral election with 5,000 votes, beating Ivan Petrov, 45, a lawyer.",
     ("votes_received", "Ivan Petrov", 45), False),
    # ... and in the next sentences of a results list, where no word of a result stands
    ("In the Lyon council election, the canvass showed Ana Ruiz with 18,307 votes at first place. Third place went to "
     "Ivan Petrov, 16,985; fourth to Tom Verlo, 16,687.", ("votes_received", "Tom Verlo", 16687), True),
]


@pytest.mark.parametrize("text, fact, found", MARGIN_WORDS)
def test_fact_rules_margin_in_words_is_a_wins_margin_no_count(nlp, text, fact, found):
    facts = [(f["predicate"], f["subject"], f["value"]) for f in map(_fields, _analyse(nlp, text)._.facts)]
    assert (fact in facts) is found, facts


@pytest.mark.parametrize("text, fact, found", FIGURE_FACTS)
def test_fact_rules_figure_owner(nlp, text, fact, found):
    facts = [(f["predicate"], f["subject"], f["value"]) for f in map(_fields, _analyse(nlp, text)._.facts)]
    assert (fact in facts) is found, facts


@pytest.mark.parametrize("text, searched", [
    # "lost", a first word of the rule's near phrases, is in the Doc: each trigger "to" is searched
    ("Ivan Petrov lost the Lyon mayoral election to Ana Ruiz.", True),
    # "to" alone, no near word anywhere: every trigger is refused before any search
    ("Ana Ruiz travelled to Lyon to meet voters before the mayoral election.", False),
])
def test_fact_rule_with_near_phrases_is_refused_in_a_doc_without_their_first_words(nlp, rule_set, monkeypatch, text,
                                                                                    searched):
    """A rule triggered by a common word ("to" of "lost the election to") is searched only in a Doc holding a first
    word of its ``near`` phrases (FactEngine._near_firsts); the facts are those of a search of every trigger."""
    engine = _one_rule_engine(nlp, rule_set, "won.lost_race_to")
    searches = []
    apply = engine._apply
    monkeypatch.setattr(engine, "_apply", lambda ctx, rule, start, end: searches.append(start) or apply(ctx, rule,
                                                                                                         start, end))
    doc = _analyse(nlp, text, engine)
    assert bool(searches) is searched
    found = [(f.rule, f.subject._.entity) for f in doc._.facts]
    assert found == ([("won.lost_race_to", "Ana Ruiz")] if searched else [])


@pytest.mark.parametrize("text, date, kind", [
    ("Ana Ruiz will face a run off with centre-left candidate Ivan Petrov on 17 December 2023.", "2023-12-17",
     "runoff"),
    ("Ana Ruiz heads to a runoff with Ivan Petrov on 5 December 2023.", "2023-12-05", "runoff"),
    # near misses: the date of another event after the name, a helper who is no opponent, a verb "run off"
    ("Ana Ruiz will meet in the runoff with her rival Ivan Petrov, who was arrested on Monday.", "", "runoff"),
    ("Ana Ruiz won the election with the support of Ivan Petrov on Monday.", "", ""),
    ("Ana Ruiz, who won the runoff with Ivan Petrov's support, will be inaugurated on 5 December.", "", "runoff"),
    ("The gunmen run off with the ballot boxes on Sunday.", None, None),
])
def test_fact_rules_election_date_past_the_opponent(nlp, text, date, kind):
    """A race's date after its opponent phrase ("a runoff with X on May 5") and the dates that are not its own."""
    rows = [_fields(f) for f in _analyse(nlp, text)._.facts if f.predicate == "election"]
    if date is None:
        assert rows == []
        return
    dates, kinds = {r["date"] or "" for r in rows}, {r["kind"] or "" for r in rows}
    assert (date in dates) if date else dates == {""}, rows
    assert kind in kinds, rows


@pytest.mark.parametrize("text, held", [
    # a pollster's counterfactual vote in a sentence that reports a poll holds no election (cues.yml poll_conditional)
    ("If an election were held today, the opposition would win 34 percent, according to a survey by Ipsos.", False),
    ("If elections were held on Sunday, the ruling party would lose its majority, a new poll shows.", False),
    # near misses: a conditional runoff outside a poll, a scheduled vote in a poll's sentence
    ("If no candidate wins a majority, a runoff will be held on 5 May 2024.", True),
    ("The runoff will be held on 5 May 2024, and polls show Ana Ruiz ahead.", True),
])
def test_fact_rules_election_held_in_a_polls_counterfactual(nlp, text, held):
    """A poll's "if an election were held today" is no election held; a conditional runoff outside a poll is."""
    rows = [_fields(f) for f in _analyse(nlp, text)._.facts if f.predicate == "election"]
    assert bool(rows) is held, rows


@pytest.mark.parametrize("text, date", [
    # a dated event's aside and a place phrase's division noun stand between a race and its date (cues.yml
    # date_aside_preps, date_place_divisions)
    ("Chad holds its first presidential election since the 2021 coup on 6 December 2023.", "2023-12-06"),
    ("Guinea holds a presidential election after the 2021 coup on 28 September 2024.", "2024-09-28"),
    ("Mexico holds local elections in the states of Durango and Veracruz on 1 June 2024.", "2024-06-01"),
    ("Argentina holds legislative elections in the provinces of Salta, Jujuy and Chaco on 11 May 2024.", "2024-05-11"),
    # near misses: the aside's noun is another race's (the day may be that race's), an aside with no date of its own,
    # a division noun before no place, an aside farther than one noun from the date
    ("Peru holds a runoff after the 2021 election on 6 June 2024.", ""),
    ("Chad holds its first presidential election since the coup on 6 December 2023.", ""),
    ("Mexico holds local elections in the states of the north on 1 June 2024.", ""),
    ("Chad holds its first presidential election since the 2021 coup by the army on 6 December 2023.", ""),
])
def test_fact_rules_election_date_past_an_aside(nlp, text, date):
    """A race's date after a dated event's aside ("since the 2023 coup on Saturday") or a place phrase ("in the states
    of X and Y on June 1"), and the dates that are not its own."""
    facts = sorted((f for f in _analyse(nlp, text)._.facts if f.predicate == "election"), key=lambda f: f.start)
    assert facts, text
    assert (facts[0].date or "") == date, [_fields(f) for f in facts]  # the first race's, before the aside


@pytest.mark.parametrize("text, date", [
    # race modifiers joined by a conjunction are one election's words between the vote's day and its noun
    ("Chile votes on December 7 in presidential and parliamentary elections.", "2023-12-07"),
    ("Kenyans vote on 9 August 2024 in presidential, parliamentary and local elections.", "2024-08-09"),
    ("The 2019 presidential and legislative elections in Ghana were calm.", "2019"),
    # near misses: a day of the clause, not the vote's; a conjunction that joins no modifiers
    ("Ana Ruiz took a lead on Wednesday in presidential and parliamentary elections in Chile.", ""),
    ("Ana Ruiz spoke on December 7 in Lyon and presidential elections followed.", ""),
])
def test_fact_rules_election_date_past_coordinated_modifiers(nlp, text, date):
    """A date before a race noun whose modifiers are coordinated ("presidential and parliamentary elections")."""
    dates = {f.date or "" for f in _analyse(nlp, text)._.facts if f.predicate == "election"}
    assert dates == {date}, dates



@pytest.mark.parametrize("text, want", [
    # a cue in the singular is the first name's; a second name with its own title holds that title, not the race's
    ("In the mayoral election in Lyon, there will be a runoff between incumbent Ana Ruiz and Lyon Deputy Mayor Tom "
     "Verlo.", [("Ana Ruiz", "Mayor of Lyon"), ("Tom Verlo", "Deputy Mayor of Lyon")]),
    ("In the mayoral election in Lyon, incumbent Ana Ruiz and Ohio state Sen. Tom Verlo face a runoff.",
     [("Ana Ruiz", "Mayor of Lyon"), ("Tom Verlo", "Member of the Ohio State Senate")]),
    ("In the mayoral election in Chicago, incumbent Ana Ruiz faces Cook County Commissioner Tom Verlo.",
     [("Ana Ruiz", "Mayor of Chicago"), ("Tom Verlo", "Member of the Cook County Board of Commissioners")]),
    # near misses: a plural cue ("incumbents") names no one holder; a second name with no title of its own still
    # shares the singular cue
    ("In the mayoral election in Lyon, incumbents Ana Ruiz and Tom Verlo face Ivan Petrov.", []),
    ("In the mayoral election in Lyon, incumbent Ana Ruiz and Tom Verlo face a runoff.",
     [("Ana Ruiz", "Mayor of Lyon"), ("Tom Verlo", "Mayor of Lyon")]),
])
def test_fact_rules_singular_cue_stops_at_a_titled_name(nlp, text, want):
    rows = [(f["subject"], f["obj"]) for f in map(_fields, _analyse(nlp, text)._.facts)
            if f["predicate"] == "holds_office"]
    assert sorted(rows) == sorted(want)


@pytest.mark.parametrize("text, want", [
    # county and local offices titling a name (role.sheriff, role.district_attorney, role.school_board_member) and a
    # state's lower chamber by its own name (role.state_representative names)
    ("Kent County Sheriff Keith Dorn retired on Monday.", [("Keith Dorn", "Sheriff of Kent County", None)]),
    ("Former Daviess County Sheriff Keith Dorn endorsed the mayor.",
     [("Keith Dorn", "Sheriff of Daviess County", "former")]),
    ("Kent County District Attorney Tom Verlo charged the mayor.",
     [("Tom Verlo", "District Attorney of Kent County", None)]),
    ("Windsor school board member Ana Ruiz resigned on Monday.",
     [("Ana Ruiz", "Member of the Windsor School Board", None)]),
    ("Assemblywoman Ana Ruiz of New York resigned on Monday.",
     [("Ana Ruiz", "Member of the New York State Assembly", None)]),
    # near misses: a film's role, a sheriff's deputy, an estate's or a university's trustee, a bare title
    ("Tom Verlo plays the Sheriff of Nottingham in the new film.", []),
    ("A sheriff's deputy, Tom Verlo, shot a man in Kent County.", []),
    ("Ana Ruiz, a trustee of the estate, sued her brother in Ohio.", []),
    ("Ana Ruiz, a trustee of the University of Denver, resigned on Monday.", []),
    ("Sheriff Keith Dorn retired on Monday.", []),
])
def test_fact_rules_local_offices_title_their_holders(nlp, text, want):
    """A county's or a town's office before a name is the person's office; a film's, a deputy's or a trust's is none."""
    rows = [(f["subject"], f["obj"], f["qualifier"]) for f in map(_fields, _analyse(nlp, text)._.facts)
            if f["predicate"] == "holds_office"]
    assert rows == want


@pytest.mark.parametrize("text, want", [
    # a listed candidate's own title is the office held; the list runs for the race's office (fallback race)
    ("Ana Ruiz is running for Governor of Ohio. Other candidates include Dayton Mayor Tom Hale and Anna Berg.",
     [("Ana Ruiz", "Governor of Ohio"), ("Anna Berg", "Governor of Ohio"), ("Tom Hale", "Governor of Ohio")]),
    ("Ana Ruiz and Lyon Deputy Mayor Tom Verlo are among the candidates in the Lyon mayoral election.",
     [("Ana Ruiz", "Mayor of Lyon"), ("Tom Verlo", "Mayor of Lyon")]),
    # the title of the office contested still names the race where the story does
    ("The candidates in the Ohio governor's race include Governor Tom Hale and Anna Berg.",
     [("Anna Berg", "Governor of Ohio"), ("Tom Hale", "Governor of Ohio")]),
    # near misses: no race named, so no office at all, never a listed name's title
    ("Seven candidates are vying to lead the Green Party, including Anna Berg of Ohio and Dayton Mayor Tom Hale.",
     [("Anna Berg", ""), ("Tom Hale", "")]),
    ("Ana Ruiz and Dayton Mayor Tom Verlo are among the candidates.", [("Ana Ruiz", ""), ("Tom Verlo", "")]),
])
def test_fact_rules_listed_candidates_run_for_the_race_not_a_title(nlp, text, want):
    rows = [(f["subject"], f["obj"] or "") for f in map(_fields, _analyse(nlp, text)._.facts)
            if f["predicate"] == "candidate"]
    assert sorted(rows) == want


@pytest.mark.parametrize("text, want", [
    # a list of names inside a relative clause is the clause's, never the verb's after it
    ("In the race for Mayor of Lyon, Ana Ruiz, who had the support of Mary Jones, Tom Hale and Ivan Petrov, trailed "
     "Anna Berg by 200 votes.", [("Anna Berg", "Ana Ruiz")]),
    ("In the race for Mayor of Lyon, Ana Ruiz, who had the support of Senator Mary Jones, Tom Hale, and Ivan Petrov, "
     "trailed Anna Berg.", [("Anna Berg", "Ana Ruiz")]),
    # near misses: a list outside any clause; a clause that closes before the list's next name ("who is 49, and Y")
    ("In the race for Mayor of Lyon, Ana Ruiz, Tom Hale and Ivan Petrov trailed Anna Berg.",
     [("Anna Berg", "Ivan Petrov")]),
])
def test_fact_rules_list_in_a_relative_clause_is_the_clauses(nlp, text, want):
    rows = [(f["subject"], f["obj"]) for f in map(_fields, _analyse(nlp, text)._.facts) if f["predicate"] == "leads"]
    assert rows == want


def test_fact_rules_relative_clause_closed_before_a_listed_name(nlp):
    """'X, who is 49, and Y, 29, have both won': Y stands past the clause, which holds no name of a list."""
    from pipeline.nlp.components.facts import _in_closed_relative
    doc = _analyse(nlp, "Labour TD Ana Ruiz, who is 49, and Fianna Fail Cllr Tom Hale, 29, have both won seats in "
                        "Dublin.")
    people = {i for m in doc.spans["mentions"] if m.label_ == "PERSON" for i in range(m.start, m.end)}
    hale = next(m for m in doc.spans["mentions"] if m.text.endswith("Tom Hale"))
    verb = next(t.i for t in doc if t.text == "won")
    assert not _in_closed_relative(doc, hale, verb, 0, people)


@pytest.mark.parametrize("text, want", [
    # the holder whose seat or term a runoff fills is no runner (candidate.race's exclude_cues)
    ("Ana Ruiz won the special election runoff in Ohio's 3rd District for the remainder of former Rep. Tom Hale's "
     "term.", ["Ana Ruiz"]),
    ("Ana Ruiz and Ivan Petrov will face off in a runoff for the seat vacated by Rep. Tom Hale.",
     ["Ana Ruiz", "Ivan Petrov"]),
    ("Ana Ruiz and Ivan Petrov will face off in a runoff after the death of Senator Tom Hale of Ohio.",
     ["Ana Ruiz", "Ivan Petrov"]),
    # ... through a party's name before the holder's title ("former GOP Rep. X")
    ("Jane Roe won Tuesday's special election runoff in California's 22nd District for the remainder of former GOP "
     "Rep. Tom Hale's term.", ["Jane Roe"]),
    ("Ana Ruiz and Ivan Petrov will face off in a runoff for the seat vacated by Democratic Sen. Tom Hale.",
     ["Ana Ruiz", "Ivan Petrov"]),
    # near miss: a rival faced for a district's seat runs
    ("Ana Ruiz will face Tom Hale in a runoff for the seat of Ohio's 3rd District.", ["Ana Ruiz", "Tom Hale"]),
])
def test_fact_rules_holder_of_the_seat_filled_is_no_runner(nlp, text, want):
    rows = sorted(f["subject"] for f in map(_fields, _analyse(nlp, text)._.facts) if f["predicate"] == "candidate")
    assert rows == want


@pytest.mark.parametrize("text, want", [
    # the challenged rival's current title told earlier in the story names the office contested (candidate.pair)
    ("Lyon Mayor Tom Jackson spoke on Thursday. Councilman Jeff Rowe, who is challenging Jackson in the September "
     "primary, unveiled an endorsement.", [("Jeff Rowe", "Mayor of Lyon"), ("Tom Jackson", "Mayor of Lyon")]),
    # near misses: a title held once names no race; a match of no race names no candidates
    ("Former Lyon Mayor Tom Jackson spoke on Thursday. Jeff Rowe, who is challenging Jackson in the September primary, "
     "unveiled an endorsement.", [("Jeff Rowe", ""), ("Tom Jackson", "")]),
    ("Lyon Mayor Tom Jackson spoke on Thursday. Jeff Rowe faced Jackson in a chess match.", []),
])
def test_fact_rules_challenged_rivals_story_title_is_the_race(nlp, text, want):
    rows = sorted((f["subject"], f["obj"] or "") for f in map(_fields, _analyse(nlp, text)._.facts)
                  if f["predicate"] == "candidate")
    assert rows == want


@pytest.mark.parametrize("text, fact, found", [
    # a pronoun that opens a clause after a semicolon is the subject of the clause before, never its last name
    ("Ana Ruiz won over Ivan Petrov in the Lyon mayoral election by only 1,587 votes; she polled 53,423 votes in all.",
     ("votes_received", "Ana Ruiz", 53423), True),
    ("Ana Ruiz won over Ivan Petrov in the Lyon mayoral election by only 1,587 votes; she polled 53,423 votes in all.",
     ("votes_received", "Ivan Petrov", 53423), False),
    ("Ivan Petrov lost to Ana Ruiz in the Lyon mayoral election by 300 votes; he polled 4,120 votes.",
     ("votes_received", "Ivan Petrov", 4120), True),
    # ... unless the clause's first name is a preposition's: no subject to stand for
    ("In the race against Ivan Petrov, Ana Ruiz won the Lyon mayoral election by 300 votes; she polled 4,120 votes.",
     ("votes_received", "Ivan Petrov", 4120), False),
    # a pronoun right before a result's verb stands for the one person of the sentence before
    ("Ana Ruiz was elected Mayor of Lyon. She defeated Ivan Petrov by a margin of 300 votes.",
     ("defeated", "Ana Ruiz", 300), True),
    ("Ana Ruiz ran for Mayor of Lyon. She polled 4,120 votes.", ("votes_received", "Ana Ruiz", 4120), True),
    # ... not one far before its verb, nor where the sentence before names two people
    ("Ana Ruiz becomes Mayor-elect of Lyon after the mayoral election. She had been widely expected to win following "
     "the ousting of Mayor Ivan Petrov.", ("defeated", "Ana Ruiz", None), False),
    ("Ana Ruiz and Ivan Petrov ran for Mayor of Lyon. She polled 4,120 votes.",
     ("votes_received", "Ana Ruiz", 4120), False),
    # a game's score after a pronoun is still no result
    ("Ivan Petrov, the Lyon quarterback, threw for 191 yards. He won 27-24 on Sunday.", ("won", "Ivan Petrov", 3),
     False),
])
def test_fact_rules_result_pronoun_subject(nlp, text, fact, found):
    facts = [(f["predicate"], f["subject"], f["value"]) for f in map(_fields, _analyse(nlp, text)._.facts)]
    assert (fact in facts) is found, facts


@pytest.mark.parametrize("text, want", [
    # a story that names no race: the wins and candidacies near it all name one office, the election's
    # (_sibling_election)
    ("Peru's incumbent President Ana Ruiz has secured another term in office after winning Sunday's runoff vote. "
     "Ruiz beat her rival Ivan Petrov with 53% of the votes, the election board said.", ["President of Peru"]),
    ("Chile's President Ana Ruiz beat Ivan Petrov on Sunday. The March 4 poll was fair, Chile's President Ana Ruiz "
     "said.", ["President of Chile"]),
    # near misses: the election's sentence names another contested office; no win or candidacy names an office
    ("Chile's President Ana Ruiz beat Ivan Petrov on Sunday. Lyon Mayor Tom Jackson, who spoke on March 4, said "
     "the general election was fair.", [""]),
    ("President Ana Ruiz of Peru spoke on Monday. Sunday's runoff vote will decide the race, her rival Ivan Petrov "
     "said.", [""]),
    # ... nor where its sentence names a place of another country, or they stand more than RACE_FALLBACK_SENTENCES
    # sentences away (a long article's other race)
    ("Chile's President Ana Ruiz beat Ivan Petrov on Sunday. A runoff vote was held in Lima on Sunday, observers "
     "said.", [""]),
    ("Chile's President Ana Ruiz beat Ivan Petrov on Sunday. The vote was calm. Turnout rose. Crowds gathered. Rain "
     "fell in the south. The March 4 poll was fair, observers said.", [""]),
])
def test_fact_rules_officeless_election_takes_the_storys_one_raced_office(nlp, text, want):
    rows = [f["subject"] or "" for f in map(_fields, _analyse(nlp, text)._.facts) if f["predicate"] == "election"]
    assert rows == want


#: A count after its name's finishing place ("X was 8th with N", "Y, in ninth place with N", "Z came in a distant
#: third with N"; cues.yml ``finishing_places``/``finishing_links``, read by the facts and the figures' bare counts),
#: and a results run after "topped the poll" (cues.yml ``voting``: the poll is the vote) that goes on with "followed by
#: Y on N". Each row: (text, the votes_received rows as (subject, value), all of them); near misses give none.
FINISHING_COUNTS = [
    ("Philippine Senate race: Maria Santos was 8th with 15,673,393 votes, the official canvass showed.",
     {("Maria Santos", 15673393)}),
    ("In the Senate election count, Sara Diaz was 8th with 15,673,393; Juan Perez was in ninth place with 15,665,050; "
     "and Luis Gomez, 10th with 14,726,503.",
     {("Sara Diaz", 15673393), ("Juan Perez", 15665050), ("Luis Gomez", 14726503)}),
    ("In Peru's presidential election, Carla Mendoza came in a distant third with 1,204,388 votes.",
     {("Carla Mendoza", 1204388)}),
    ("In the Lima mayoral election, Carla Mendoza finished fourth with 212,044.", {("Carla Mendoza", 212044)}),
    ("In the Kenyan governor race, Peter Otieno placed second with 41 percent of the vote.", {("Peter Otieno", 41.0)}),
    ("Aoife Nolan topped the poll in Galway West with 8,980, followed by Ciaran Byrne on 7,764.",
     {("Aoife Nolan", 8980), ("Ciaran Byrne", 7764)}),
    ("In the Zambian presidential election, Grace Mwansa ended up fifth with 48,310 votes.", {("Grace Mwansa", 48310)}),
    ("Tomas Berg came last with 312 votes in the Oslo municipal election.", {("Tomas Berg", 312)}),
    ("In the Polish presidential election, Anna Kowalska was third with 13.9%.", {("Anna Kowalska", 13.9)}),
    ("In the by-election, Labour's Sarah Hughes was a close second with 11,204 votes.", {("Sarah Hughes", 11204)}),
    ("In the governorship election, Musa Bello came in second place with 302,117 votes.", {("Musa Bello", 302117)}),
    ("In the Sao Paulo mayoral race, Joao Silva finished first with 52,110, ahead of Pedro Costa with 40,118.",
     {("Joao Silva", 52110), ("Pedro Costa", 40118)}),
    ("Results of the Senate election: Lena Weber, sixth with 2,118,450; Karl Braun, seventh with 2,001,932.",
     {("Lena Weber", 2118450), ("Karl Braun", 2001932)}),
    ("Maori seat result: Hana Tane was second with 4,466 in the general election, behind Rewi Parata.",
     {("Hana Tane", 4466)}),
    ("In the Ghanaian parliamentary election, Kofi Mensah finished a narrow second with 20,567 votes.",
     {("Kofi Mensah", 20567)}),
    # near misses: no place before "with", a game's or a survey's order, a term's ordinal, a crowd
    ("In the mayoral election, Ana Ruiz, first elected in 2010 with 4,120 supporters, spoke at the rally.", set()),
    ("Ana Ruiz finished fifth with 4,120 in the marathon, a week before the election.", set()),
    ("Ana Ruiz topped the poll of readers with 8,980 responses, a week before the election.", set()),
    ("Ana Ruiz was third with 12 goals in the league season.", set()),
    ("Ana Ruiz came third with 2,400 points in the chess championship.", set()),
    ("Before the election, Ana Ruiz, in her third term with 14,000 staff, ran the ministry.", set()),
]


@pytest.mark.parametrize("text, shares", FINISHING_COUNTS)
def test_fact_rules_finishing_place_count(nlp, text, shares):
    facts = [f for f in map(_fields, _analyse(nlp, text)._.facts) if f["predicate"] == "votes_received"]
    assert {(f["subject"], f["value"]) for f in facts} == shares, facts
