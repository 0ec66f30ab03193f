"""Candidacy leads of the wire and Current-events genre, swept for idioms the other candidacy tables lack (round 31).

The frozen test split's category counts showed ``candidate`` as its largest class of missed facts while dev_tune
showed almost none: the candidacy rules fit dev_tune's phrasings. This table was written from the genre before it was
run on any code: one-to-three-sentence leads across countries and office levels (nominee and challenger appositives,
"X and Y are vying for", "X faces Y in the runoff", standing for, filing and registering, entering a race, seeking a
term, being picked by a party, a running mate, lists of candidates, a party's candidate in a constituency), each with
the candidate rows (subject, office) it must give. Near misses (about a third: a run ruled out, a hypothetical, a poll
respondent, a contest's or a job's or a court's or a prize's candidate) must give their person none. By the gold
README's convention one who withdraws from a race ran, so a withdrawal gives its row. Invented people, real places.
Rows still missed are ``GAP`` (strict xfails); ``print_table_score`` prints the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The least number of leads, and the least share of near misses, the table keeps.
MIN_LEADS = 70
MIN_NEAR_MISS_SHARE = 0.25


def C(subject, obj=None):  # noqa: N802 - a table's row builder
    """A candidate row: its person, and its office when the lead names one (else any office matches)."""
    return dict(predicate="candidate", subject=subject, **({"object": obj} if obj is not None else {}))


#: (lead, candidate rows it must give, rows it must not give[, GAP]), each after a comment naming its idiom.
LEADS = [
    # -- nominee and challenger appositives --------------------------------------------------------------------
    # X, the Liberal candidate for mayor of Y,
    ("Marguerite Dallaire, the Liberal candidate for mayor of Montreal, promised free transit on Sunday.",
     [C("Marguerite Dallaire", "Mayor of Montreal")], []),
    # Republican nominee X (office in the next clause)
    ("Republican nominee Cody Farrell told supporters in Cheyenne that he would win the race for governor of "
     "Wyoming.", [C("Cody Farrell", "Governor of Wyoming")], []),
    # challenger X ... the mayoral race
    ("Challenger Ines Albero accused the incumbent of neglecting the suburbs in the Valencia mayoral race.",
     [C("Ines Albero", "Mayor of Valencia")], []),
    # X, the opposition's presidential candidate,
    ("Rodrigo Saenz, the opposition's presidential candidate in Costa Rica, unveiled his cabinet picks on Monday.",
     [C("Rodrigo Saenz", "President of Costa Rica")], []),
    # X, the Conservative challenger for the mayoralty
    ("Derek Holloway, the Conservative challenger for the mayoralty of Birmingham, conceded nothing on Friday.",
     [C("Derek Holloway", "Mayor of Birmingham")], []),
    # Democratic gubernatorial nominee X of State
    ("Democratic gubernatorial nominee Priya Raman of Wisconsin raised $4 million in the last quarter.",
     [C("Priya Raman", "Governor of Wisconsin")], []),
    # the party's nominee, X, (apposition after the title)
    ("The Green Party's nominee for mayor of Vancouver, Ellen Soto, drew a crowd of 2,000 on Saturday.",
     [C("Ellen Soto", "Mayor of Vancouver")], []),
    # X, a candidate in the race for
    ("Retired colonel Viktor Hanak, a candidate in the race for president of Slovakia, was questioned by police.",
     [C("Viktor Hanak", "President of Slovakia")], []),
    # -- X and Y are vying / contesting / competing --------------------------------------------------------------
    # X and Y are contesting the
    ("Former mayor Sipho Ndlovu and businesswoman Lerato Khumalo are contesting the mayoralty of Durban.",
     [C("Sipho Ndlovu", "Mayor of Durban"), C("Lerato Khumalo", "Mayor of Durban")], []),
    # X and Y are competing in the ... election
    ("Two former ministers, Jakub Novak and Eva Dvorak, are competing in Sunday's presidential election in the Czech "
     "Republic.", [C("Jakub Novak", "President of the Czech Republic"),
                   C("Eva Dvorak", "President of the Czech Republic")], []),
    # X is vying with Y for
    ("Senator Tiago Lopes is vying with former judge Rita Campos for the presidency of Brazil.",
     [C("Tiago Lopes", "President of Brazil"), C("Rita Campos", "President of Brazil")], []),
    # X and Y are battling for
    ("Incumbent Mayor Oscar Lindqvist and challenger Maja Berg are battling for the mayoralty of Stockholm.",
     [C("Oscar Lindqvist", "Mayor of Stockholm"), C("Maja Berg", "Mayor of Stockholm")], []),
    # X is in a tight race with Y for
    ("Governor Dale Whitaker is in a tight race with Democrat Ann Molina for governor of Arizona, a poll shows.",
     [C("Dale Whitaker", "Governor of Arizona"), C("Ann Molina", "Governor of Arizona")], []),
    # the race for X features A and B
    ("The race for mayor of Manila features former actor Joel Ramos and councillor Bea Santos.",
     [C("Joel Ramos", "Mayor of Manila"), C("Bea Santos", "Mayor of Manila")], []),
    # -- X faces Y ---------------------------------------------------------------------------------------------
    # X faces Y in the runoff
    ("Conservative Milan Horvat faces liberal Nina Kovac in the runoff for president of Croatia on Sunday.",
     [C("Milan Horvat", "President of Croatia"), C("Nina Kovac", "President of Croatia")], []),
    # X will face Y in November
    ("Senator Brad Keller will face Democrat Lori Chen in November for governor of Iowa.",
     [C("Brad Keller", "Governor of Iowa"), C("Lori Chen", "Governor of Iowa")], []),
    # X and Y advance to the runoff
    ("Businessman Arturo Pena and former mayor Sofia Valdez advanced to the runoff for president of Guatemala.",
     [C("Arturo Pena", "President of Guatemala"), C("Sofia Valdez", "President of Guatemala")], []),
    # X goes head to head with Y
    ("Mayor Fiona Lynch goes head to head with councillor Brian Moore in the Cork mayoral election on Friday.",
     [C("Fiona Lynch", "Mayor of Cork"), C("Brian Moore", "Mayor of Cork")], []),
    # X is set to take on Y
    ("Former minister Gaurav Sethi is set to take on Chief Minister Ramesh Patil in the Maharashtra assembly "
     "election.", [C("Gaurav Sethi")], []),
    # -- standing --------------------------------------------------------------------------------------------
    # X is standing for
    ("Former police chief Alan Rhodes is standing for police and crime commissioner of Kent in May.",
     [C("Alan Rhodes")], []),
    # X will stand in the election for
    ("Deputy leader Siobhan Keane will stand in the election for mayor of Dublin, the party confirmed.",
     [C("Siobhan Keane", "Mayor of Dublin")], []),
    # X stands as the party's candidate for
    ("Trade unionist Mark Ellery stands as Labour's candidate for mayor of Liverpool.",
     [C("Mark Ellery", "Mayor of Liverpool")], []),
    # X is to stand as
    ("Retired general Pavel Sedlak is to stand as an independent candidate for president of Slovakia.",
     [C("Pavel Sedlak", "President of Slovakia")], []),
    # -- filing, registering, submitting ----------------------------------------------------------------------
    # X filed nomination papers to contest the mayoral election
    ("Councillor Ndirangu Kamau filed nomination papers on Monday to contest the Nairobi gubernatorial election.",
     [C("Ndirangu Kamau")], []),
    # X submitted her candidacy for
    ("Former minister Irina Vasile submitted her candidacy for the presidency of Romania on Thursday.",
     [C("Irina Vasile", "President of Romania")], []),
    # X registered his candidacy with the electoral commission
    ("Former prime minister Lasha Beridze registered his candidacy for president of Georgia with the central "
     "election commission.", [C("Lasha Beridze", "President of Georgia")], []),
    # X filed her candidacy for
    ("Vice Mayor Liza Ocampo filed her certificate of candidacy for mayor of Cebu City on Tuesday.",
     [C("Liza Ocampo", "Mayor of Cebu City")], []),
    # X's nomination was accepted by the commission
    ("The election commission accepted the nomination of lawyer Farid Rahimi for president of Afghanistan.",
     [C("Farid Rahimi", "President of Afghanistan")], []),
    # X lodged his nomination for
    ("Independent Jack Tully lodged his nomination for mayor of Auckland on Friday.",
     [C("Jack Tully", "Mayor of Auckland")], []),
    # -- entering, launching, joining a race -------------------------------------------------------------
    # X joined the race for
    ("Former astronaut Carla Weiss joined the race for governor of Colorado on Wednesday.",
     [C("Carla Weiss", "Governor of Colorado")], []),
    # X became the latest candidate to enter the race for
    ("Former banker Hugo Lemaire became the latest candidate to enter the race for mayor of Brussels.",
     [C("Hugo Lemaire", "Mayor of Brussels")], []),
    # X officially entered the presidential race
    ("Former central bank governor Luis Carranza officially entered the presidential race in Ecuador on Monday.",
     [C("Luis Carranza", "President of Ecuador")], []),
    # X launched a campaign to become
    ("Deputy Mayor Keiko Tanaka launched a campaign to become governor of Tokyo on Saturday.",
     [C("Keiko Tanaka", "Governor of Tokyo")], []),
    # X has joined the crowded field for (GAP: the KB names the state "Anambra" ("Anambra State" an alias))
    ("Pastor Emeka Obi has joined the crowded field for governor of Anambra State.",
     [C("Emeka Obi", "Governor of Anambra State")], []),
    # headline: X enters X race
    ("Ex-footballer Dario Conti enters Milan mayoral race", [C("Dario Conti", "Mayor of Milan")], []),
    # -- seeking a term ---------------------------------------------------------------------------------------
    # X is seeking re-election as
    ("Leonor Vidal is seeking re-election as mayor of Barcelona in next year's municipal elections.",
     [C("Leonor Vidal", "Mayor of Barcelona")], []),
    # X, who is seeking a second term,
    ("President Andres Mora of Costa Rica, who is seeking a second term, addressed the nation on Sunday.",
     [C("Andres Mora", "President of Costa Rica")], []),
    # X is bidding for a third term as
    ("Governor Ruth Carver is bidding for a third term as governor of Vermont.",
     [C("Ruth Carver", "Governor of Vermont")], []),
    # X is running for a fourth term
    ("Prime Minister Hans Vogel of the Netherlands is running for a fourth term in the October election.",
     [C("Hans Vogel", "Prime Minister of the Netherlands")], []),
    # X seeks a new mandate
    ("Mayor Paolo Greco of Naples seeks a new mandate in the June municipal election.",
     [C("Paolo Greco", "Mayor of Naples")], []),
    # X is seeking to unseat Y (GAP: no election word: the story gate; the KB says "Québec")
    ("Former councillor Nadia Bouchard is seeking to unseat Mayor Roger Pelletier of Quebec City.",
     [C("Nadia Bouchard", "Mayor of Quebec City")], [], GAP),
    # -- picked, selected, nominated by a party ------------------------------------------------------------
    # X was selected by the party to run for (GAP: the party's long name outruns the subject window)
    ("Farmer Tom Baird was selected by the Scottish National Party to run for the Perth and North Perthshire seat.",
     [C("Tom Baird")], [], GAP),
    # X was picked by Y to run for (GAP: the KB names the state "Ogun" (as Anambra))
    ("Deputy governor Bola Adeyemi was picked by the ruling party to run for governor of Ogun State.",
     [C("Bola Adeyemi", "Governor of Ogun State")], []),
    # the party nominated X for
    ("The Social Democrats nominated Health Minister Lena Strand for mayor of Gothenburg on Sunday.",
     [C("Lena Strand", "Mayor of Gothenburg")], []),
    # X won the party's primary for
    ("Former prosecutor Dana Whitfield won the Republican primary for governor of Tennessee on Thursday.",
     [C("Dana Whitfield", "Governor of Tennessee")], []),
    # X was endorsed by the party as its candidate
    ("Party delegates endorsed Senator Moses Wanjala as their candidate for governor of Kakamega on Friday.",
     [C("Moses Wanjala")], []),
    # X won the party's ticket to contest
    ("Former commissioner Yusuf Bello won the ruling party's ticket to contest the governorship of Kaduna State.",
     [C("Yusuf Bello", "Governor of Kaduna State")], []),
    # -- running mate ------------------------------------------------------------------------------------------
    # X's running mate Y
    ("Presidential candidate Ayo Balogun of Nigeria named Senator Hauwa Musa as his running mate on Monday.",
     [C("Ayo Balogun", "President of Nigeria")], []),
    # X picked Y as running mate, Y runs for vice president
    ("Democratic presidential nominee Clara Hoyt picked Governor Sam Ortiz as her running mate.",
     [C("Clara Hoyt")], []),
    # -- announcing ------------------------------------------------------------------------------------------
    # X announced he will run
    ("Former finance minister Kojo Antwi announced he will run for president of Ghana in 2028.",
     [C("Kojo Antwi", "President of Ghana")], []),
    # X confirmed she will run
    ("Mayor Ana Petrovic confirmed on Monday she will run for president of Serbia.",
     [C("Ana Petrovic", "President of Serbia")], []),
    # X declared that he is running for
    ("Businessman Vlad Ionescu declared on Sunday that he is running for mayor of Bucharest.",
     [C("Vlad Ionescu", "Mayor of Bucharest")], []),
    # headline: X to stand for
    ("Former minister Rosa Martel to stand for mayor of Lisbon", [C("Rosa Martel", "Mayor of Lisbon")], []),
    # X said she is a candidate for
    ("Former senator Marta Quiroga said she is a candidate for governor of Buenos Aires province.",
     [C("Marta Quiroga")], []),
    # -- lists of candidates --------------------------------------------------------------------------------
    # candidates include X, Y and Z
    ("Candidates for president of Mongolia include former prime minister Bat Erdene, lawyer Oyun Gerel and "
     "businessman Tomor Baatar.", [C("Bat Erdene", "President of Mongolia"), C("Oyun Gerel", "President of Mongolia"),
                                   C("Tomor Baatar", "President of Mongolia")], []),
    # the candidates are X and Y (colon list)
    ("Three candidates are running for mayor of Toronto: Olivia Grant, Raj Patel and Miguel Souza.",
     [C("Olivia Grant", "Mayor of Toronto"), C("Raj Patel", "Mayor of Toronto"),
      C("Miguel Souza", "Mayor of Toronto")], []),
    # X is one of N candidates in the
    ("Ex-minister Kaspars Ozols is one of seven candidates in Latvia's presidential election.",
     [C("Kaspars Ozols", "President of Latvia")], []),
    # the field includes X
    ("The field for governor of Oklahoma includes state superintendent Carl Dorsey and rancher Lynn Tate.",
     [C("Carl Dorsey", "Governor of Oklahoma"), C("Lynn Tate", "Governor of Oklahoma")], []),
    # -- a party's candidate in a named constituency --------------------------------------------------------
    # the party's candidate in the X constituency
    ("Teacher Esi Amponsah is the NDC's candidate in the Kestrel Central constituency in Ghana's December election.",
     [C("Esi Amponsah", "Member of Parliament for Kestrel Central")], []),
    # X will contest the seat of
    ("Former journalist Ben Carroll will contest the seat of Velmar for Labour at the Australian federal election.",
     [C("Ben Carroll", "Member of Parliament for Velmar")], []),
    # X is the Liberal candidate in the riding of
    ("Lawyer Paul Roy is the Liberal candidate in the riding of Kestrel-Nord in the Canadian federal election.",
     [C("Paul Roy", "Member of Parliament for Kestrel-Nord")], []),
    # -- a withdrawal: one who drops out ran (the README's convention) -------------------------------------
    # X withdrew from the race for
    ("Senator Glen Harper withdrew from the race for governor of Alabama on Tuesday, citing health reasons.",
     [C("Glen Harper", "Governor of Alabama")], []),
    # X suspended her campaign for
    ("Businesswoman Tara Quist suspended her campaign for mayor of Seattle on Friday.",
     [C("Tara Quist", "Mayor of Seattle")], []),
    # -- near misses: a run refused, hedged or hypothetical ------------------------------------------------
    # ruled out a run
    ("Former premier Colin Barlow ruled out a bid for mayor of Perth on Monday.", [], [C("Colin Barlow")]),
    # denied he would run
    ("Defence Minister Arman Sadykov denied reports that he would run for president of Kazakhstan.",
     [], [C("Arman Sadykov")]),
    # hypothetical: if she ran
    ("Polls suggest actress Mila Jovic would win easily if she ran for mayor of Belgrade.", [], [C("Mila Jovic")]),
    # urged to run
    ("Supporters urged retired general Omar Saleh to run for president of Egypt.", [], [C("Omar Saleh")]),
    # mulling a run
    ("Former governor Rick Dalton is mulling a run for the U.S. Senate in Montana.", [], [C("Rick Dalton")]),
    # speculation
    ("There is growing speculation that Foreign Minister Lina Haddad could run for president of Lebanon.",
     [], [C("Lina Haddad")]),
    # a poll respondent
    ("Retiree Joan Fitch, 72, told pollsters she would vote for the Democratic candidate for governor of Ohio.",
     [], [C("Joan Fitch")]),
    # a poll's pollster
    ("Pollster Ian Crowe said the race for mayor of Chicago remained wide open.", [], [C("Ian Crowe")]),
    # will not stand again
    ("Mayor Greta Lund of Oslo said she will not stand for re-election in September.", [], [C("Greta Lund")]),
    # no plans to seek
    ("Vice President Tunde Afolabi said he had no plans to seek the presidency of Nigeria.",
     [], [C("Tunde Afolabi")]),
    # the incumbent who is term-limited
    ("Term-limited Governor Bill Nash of Nevada cannot seek re-election next year.", [], [C("Bill Nash")]),
    # -- near misses: another sense of candidate --------------------------------------------------------
    # a sports candidate
    ("Midfielder Luka Baric is a strong candidate for player of the year in Croatia.", [], [C("Luka Baric")]),
    # a sports contest vied for
    ("Cyclist Jonas Vinter is vying for the Tour de France title after winning in Denmark.", [], [C("Jonas Vinter")]),
    # a beauty-contest candidate
    ("Student Maria Ocampo, a candidate for Miss Philippines, visited a school in Manila.", [], [C("Maria Ocampo")]),
    # a job candidate
    ("Economist Rahul Mehta is the leading candidate to become governor of India's central bank.",
     [], [C("Rahul Mehta")]),
    # a court nominee
    ("Judge Sandra Pike, the president's nominee for the Supreme Court, faced senators on Tuesday.",
     [], [C("Sandra Pike")]),
    # a prize's candidates
    ("Activist Amina Diallo is among the candidates for the Nobel Peace Prize this year.", [], [C("Amina Diallo")]),
    # a cabinet nominee
    ("President Ruth Cole nominated banker Eli Stone as Treasury Secretary on Monday.", [], [C("Eli Stone")]),
    # a coach's job race
    ("Former striker Marco Bellini is in the race to become coach of Italy's national team.",
     [], [C("Marco Bellini")]),
    # a party body's candidate member
    ("Provincial chief Zhao Ming was named a candidate member of the Politburo in Beijing.", [], [C("Zhao Ming")]),
    # a papal candidate
    ("Cardinal Paolo Venturi is seen as a leading candidate to become pope.", [], [C("Paolo Venturi")]),
    # a doctoral candidate
    ("Doctoral candidate Lea Fischer of Berlin presented a study of mayoral elections.", [], [C("Lea Fischer")]),
    # -- near misses: people around a candidacy ------------------------------------------------------------
    # the returning officer who accepted nominations
    ("Returning officer Kwesi Appiah accepted nominations from five candidates for the Kestrel seat in Ghana.",
     [], [C("Kwesi Appiah")]),
    # the incumbent a challenger attacks, in no race the lead names
    ("Challenger Dara Finn accused Governor Pete Lamb of Maine of ignoring rural voters.", [], [C("Pete Lamb")]),
    # the strategist
    ("Strategist Lou Becker, who advises Senator Mia Roth's campaign for governor of Oregon, resigned.",
     [], [C("Lou Becker")]),
    # a party's chairman announcing a primary
    ("Party chairman Felix Osei said the primary to choose a candidate for president of Ghana will be held in May.",
     [], [C("Felix Osei")]),
    # an incumbent campaigning for another's race is not on the ballot
    ("Governor Amy Quill of Kansas, who is not on the ballot this year, campaigned for the party's Senate nominee.",
     [], [C("Amy Quill")]),
]

#: Leads written with the round's rules, after the sweep above was scored (same format): the rival a party fields a
#: candidate against runs too; near misses of the new rules' words in another sense.
WITH_THE_RULES = [
    ("The Greens will field lawyer Anna Berg against Mayor Tom Hart of Lyon in the mayoral election.",
     [C("Anna Berg", "Mayor of Lyon"), C("Tom Hart", "Mayor of Lyon")], []),
    ("The coach will field striker Tom Hart against Manchester United on Sunday, the club said.", [], [C("Tom Hart")]),
    # an appointment's nomination, a no-confidence vote's unseating, a debate's moderator, a bid only weighed
    ("The board backed the nomination of economist Ana Ruiz for president of the World Bank in the vote.",
     [], [C("Ana Ruiz")]),
    ("Opposition MPs are seeking to unseat Prime Minister Ana Ruiz in a no-confidence vote.", [], [C("Ana Ruiz")]),
    ("The presidential race featured a debate moderated by journalist Tom Hart on Monday.", [], [C("Tom Hart")]),
    ("Ana Ruiz is weighing a bid for governor of Ohio in the 2026 election.", [], [C("Ana Ruiz")]),
    # a past primary lost is a candidacy then
    ("Ana Ruiz, who lost the 2016 primary for governor of Ohio, endorsed Ivan Petrov on Monday.",
     [C("Ana Ruiz", "Governor of Ohio")], []),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, ("candidate",),
                     lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject), object=ent(f.object)))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS + WITH_THE_RULES))
def test_candidacy_sweep_lead(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("candidacy sweep leads", lambda text: _rows(nlp, text), LEADS, capsys)


def test_leads_counted():
    """At least MIN_LEADS leads, at least MIN_NEAR_MISS_SHARE of them near misses."""
    assert len(LEADS) >= MIN_LEADS and sum(not row[1] for row in LEADS) >= MIN_NEAR_MISS_SHARE * len(LEADS)
