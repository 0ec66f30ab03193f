"""Election rows of AG News and pool7 items said another way: the second paraphrase table for ``election``.

Items of ``ag_tune`` (AG News wire leads) and of the seventh pool batch whose ``election`` rows main gets right
(ORIGINALS) are each written again in another structure (LEADS): a passive ("are elected", "is held in"), a
nominalisation, the country in an adjective or a possessive, a headline, a body choosing, a postponement, a
sworn-in winner dated by the vote. The people are invented (the knowledge base cannot help); countries, offices,
parties and places are real. Negatives keep the words and change the meaning: a federation's or a chamber's own
officer, a bill, a court case won, an opinion poll, a descriptive "the STATE city" that names no office of the
state. Rows the pipeline does not read yet are ``GAP`` (strict xfails); ``test_score_printed`` prints the score.
"""
from __future__ import annotations

import pytest
from conftest import GAP, lead_params, check_lead, print_table_score, table_score
from paraphrase import ANCHOR, election as E, election_rows as _rows  # noqa: N812


#: Any election row at all (a negative's unwanted row where the lead holds no election).
ANY = E()

#: (item id, publication date, text, rows main gives): the items the paraphrases keep the facts of.
ORIGINALS = [
    ("ag-826", ANCHOR, "Chechens Vote for New Leader\n\nZNAMENSKOYE, Russia (Reuters) - Chechens voted Sunday for a new "
     "president in a tense election.", [E("President of Chechnya")]),
    ("ag-7195", ANCHOR, "Romanians vote for a new President\n\nBUCHAREST: Romanians voted for a new president on Sunday "
     "in a run-off round pitting Prime Minister Adrian Nastase against Bucharest Mayor Traian Basescu.",
     [E("President of Romania", kind="runoff")]),
    ("ag-4945", ANCHOR, "Uruguay's leftist candidate Tabare Vazquez won a historic victory in Sunday's presidential "
     "elections with more than 50 percent of the ballot.", [E("President of Uruguay")]),
    ("ag-2781", ANCHOR, "Hungary's Parliament Elects Prime Minister (AP)\n\nAP - Parliament on Wednesday elected one of "
     "Hungary's wealthiest businessmen as prime minister, ending two months of political uncertainty.",
     [E("Prime Minister of Hungary")]),
    ("ag-3511", "2004-10-10", "Afghan refugee voters enter a polling station to vote in Afghanistan's presidential "
     "election at Jallozai camp near Peshawar, Pakistan on Saturday, Oct. 9, 2004.",
     [E("President of Afghanistan")]),
    ("ce-a467fea276", "2023-04-24", "Citizens of the British Virgin Islands head to the polls to elect the 13 members of "
     "the House of Assembly. (Jamaica Observer)", [E("Member of the House of Assembly of the British Virgin Islands")]),
    ("ce-f33faadf81", "2019-10-06", "Portuguese voters head to the polls to elect a new session to the Assembly of the "
     "Republic. (Reuters)", [E("Member of the Assembly of the Republic of Portugal")]),
    ("ce-82a1906f88", "2011-07-19", "Voters in the 30th Senate district in the US state of Wisconsin go to the polls for "
     "the first recall election for Democrat Dave Hansen. (New York Times)",
     [E("Member of the Wisconsin State Senate", kind="recall")]),
    ("ce-e3a1daa6f0", "2009-12-12", "The Georgian breakaway region of Abkhazia holds its first presidential elections. "
     "(euronews)", [E("President of Abkhazia")]),
    ("ce-6448c57deb", "2025-09-24", "Former Malawian president Peter Mutharika is declared the winner of the presidential "
     "election, winning 57% of votes against the incumbent Lazarus Chakwera, who received 33%. (BBC News)",
     [E("President of Malawi")]),
    ("ce-ebd950b92a", "2006-05-15", "Giorgio Napolitano is sworn in as President of the Italian Republic, following his "
     "election held on May 10. (BBC)", [E("President of Italy", date="2006-05-10")]),
    ("ce-f9fd6804f1", "2010-04-26", "In elections marred by boycotts and fraud allegations, Omar al-Bashir is re-elected "
     "president of Sudan despite facing war crimes charges. (USA Today)", [E("President of Sudan")]),
    ("ce-279f86e3c5", "2016-07-17", "Voters in São Tomé and Príncipe go to the polls for a presidential election with "
     "former Prime Minister Evaristo Carvalho elected in the first round. (Africa News)",
     [E("President of São Tomé and Príncipe")]),
    ("ce-f1d9a05401", "2007-10-05", "Elections for a Nepalese Constituent Assembly are delayed as the Seven Party "
     "Alliance fails to break a deadlock over the voting system. (BBC)", [E("Member of the Constituent Assembly of Nepal")]),
    ("ce-b69a8f95b1", "2023-02-28", "Lori Lightfoot loses her re-election bid as Mayor of Chicago, becoming the first "
     "one-term mayor in 40 years. (BBC News)", [E("Mayor of Chicago")]),
    ("ce-6dcdbe783b", "2020-06-28", "Incumbent president Guðni Th. Jóhannesson wins re-election with 92% of the votes. "
     "(Euronews)", []),
    ("ce-45727f5b68", "2010-04-25", "Heinz Fischer wins the Austrian presidential election, 2010. (Al Jazeera)",
     [E("President of Austria", date="2010")]),
    ("ce-e52956ac9c", "2012-05-07", "Voters in The Bahamas go to the polls for a general election. (Bahamas Weekly)",
     [E(kind="general")]),
    ("ce-da369f7824", "2025-09-08", "Ivory Coast's Constitutional Council bars former president Laurent Gbagbo from "
     "running in the upcoming presidential election. (Reuters)", [E("President of Ivory Coast")]),
]

#: (lead, rows it must give, rows it must not give[, GAP]), published on ANCHOR.
LEADS = [
    # -- ag-826: Chechnya, a president voted for ----------------------------------------------------------------
    ("A new president of Chechnya is elected on Sunday in a tense vote that police officer Aslan Dudarov is set to "
     "win.", [E("President of Chechnya")], []),
    ("Voting for the president of Chechnya took place on Sunday amid tight security.",
     [E("President of Chechnya")], []),
    ("Voting for the president of Chechnya's wrestling federation took place on Sunday.", [],
     [E("President of Chechnya")]),
    ("Chechnya's wrestling federation elects Aslan Dudarov as its new president on Sunday.", [], [ANY]),
    # -- ag-7195: Romania, a presidential run-off --------------------------------------------------------------
    ("A run-off for the presidency of Romania is held on Sunday between Prime Minister Dan Oprescu and Bucharest "
     "Mayor Ion Vasilache.", [E("President of Romania", kind="runoff")], []),
    ("Bucharest Mayor Ion Vasilache faces Prime Minister Dan Oprescu in Sunday's second round of Romania's "
     "presidential election.", [E("President of Romania", kind="runoff")], []),
    # -- ag-4945: Uruguay, a presidential election won -------------------------------------------------------------
    ("Uruguay elects leftist Mateo Ferreyra president in Sunday's election, with more than 50 percent of the vote.",
     [E("President of Uruguay")], []),
    ("Leftist Mateo Ferreyra's victory in Uruguay's presidential election on Sunday is a historic one.",
     [E("President of Uruguay")], []),
    ("Uruguay's Mateo Ferreyra wins the presidency of the South American football confederation.", [],
     [E("President of Uruguay")]),
    # -- ag-2781: Hungary, a prime minister elected by parliament ------------------------------------------------
    # GAP: a body that chooses (not elects) someone as an office
    ("Hungary's parliament on Wednesday chose businessman Gábor Szalai as prime minister.",
     [E("Prime Minister of Hungary")], [], GAP),
    ("Businessman Gábor Szalai is elected Prime Minister of Hungary by parliament on Wednesday.",
     [E("Prime Minister of Hungary")], []),
    ("Hungary's parliament on Wednesday elected Gábor Szalai as its speaker.", [], [E("Prime Minister of Hungary")]),
    ("Hungary's parliament on Wednesday passed a budget proposed by Prime Minister Gábor Szalai.", [], [ANY]),
    # -- ag-3511: Afghanistan, a dated presidential election --------------------------------------------------
    ("On October 9, 2004, Afghans voted in the country's first presidential election.",
     [E("President of Afghanistan", date="2004-10-09")], []),
    ("Afghanistan's presidential election, held on October 9, 2004, was its first.",
     [E("President of Afghanistan", date="2004-10-09")], []),
    # -- ce-a467fea276: the British Virgin Islands' House of Assembly ------------------------------------------
    # GAP: a counted body's members before a passive 'are elected' on a day
    ("The 13 members of the House of Assembly of the British Virgin Islands are elected on Monday.",
     [E("Member of the House of Assembly of the British Virgin Islands")], [], GAP),
    ("Voters in the British Virgin Islands choose the 13 members of their House of Assembly.",
     [E("Member of the House of Assembly of the British Virgin Islands")], []),
    ("The House of Assembly of the British Virgin Islands votes to approve the territory's budget.", [], [ANY]),
    # -- ce-f33faadf81: Portugal's Assembly of the Republic ----------------------------------------------------
    ("Portugal holds an election for the Assembly of the Republic, with exit polls showing the Socialist Party ahead.",
     [E("Member of the Assembly of the Republic of Portugal")], []),
    # GAP: a body elected 'by voters' with no day
    ("A new Assembly of the Republic is elected by Portuguese voters.", [E("Member of the Assembly of the Republic of Portugal")],
     [], GAP),
    ("Portugal's Assembly of the Republic elects Rui Fontes as its president.", [],
     [E("Member of the Assembly of the Republic of Portugal")]),
    # -- ce-82a1906f88: a state senator recalled ------------------------------------------------------------------
    ("Democrat Dale Hennig faces a recall election in the 30th Senate district of the US state of Wisconsin.",
     [E("Member of the Wisconsin State Senate", kind="recall")], []),
    # GAP: a recall election 'of' a titled state senator gives the chamber
    ("In Wisconsin, voters go to the polls in the first recall election of Democratic state senator Dale Hennig.",
     [E("Member of the Wisconsin State Senate", kind="recall")], [], GAP),
    ("Wisconsin recalls 4,000 cars over faulty brakes, the state senator Dale Hennig says.", [], [ANY]),
    # -- ce-e3a1daa6f0: Abkhazia, a first presidential election ------------------------------------------------
    ("Abkhazia, a breakaway region of Georgia, elects a president for the first time.", [E("President of Abkhazia")],
     [E("President of Georgia")]),
    ("Presidential elections are held in Abkhazia, the breakaway Georgian region.", [E("President of Abkhazia")], []),
    # -- ce-6448c57deb: Malawi, a winner declared ---------------------------------------------------------------
    ("Malawi's electoral commission declares former president Tobias Banda the winner of the presidential election "
     "with 57% of the votes.", [E("President of Malawi")], []),
    ("Former president Tobias Banda wins Malawi's presidential election, beating incumbent Lazarus Phiri.",
     [E("President of Malawi")], []),
    ("Former Malawian president Tobias Banda is declared the winner of a defamation case against a newspaper.", [],
     [ANY]),
    # -- ce-ebd950b92a: Italy, a president sworn in after a dated election --------------------------------------
    ("On May 10, 2006, parliament elected Carlo Benedetti President of Italy; he is sworn in on Monday.",
     [E("President of Italy", date="2006-05-10")], []),
    ("Carlo Benedetti, whom parliament elected President of the Italian Republic on May 10, 2006, takes the oath of "
     "office.", [E("President of Italy", date="2006-05-10")], []),
    ("On May 10, 2006, parliament elected Carlo Benedetti chairman of its budget committee.", [], [ANY]),
    # -- ce-f9fd6804f1: Sudan, a president re-elected ------------------------------------------------------------
    ("Sudan re-elects President Hamid Osman despite war crimes charges, in elections marred by boycotts.",
     [E("President of Sudan")], []),
    ("Hamid Osman wins another term as president of Sudan in elections marred by boycotts and fraud allegations.",
     [E("President of Sudan")], []),
    # -- ce-279f86e3c5: São Tomé and Príncipe, a first-round win --------------------------------------------------
    ("Former Prime Minister Evaristo Lima wins the presidential vote in São Tomé and Príncipe in the first round.",
     [E("President of São Tomé and Príncipe")], []),
    ("São Tomé and Príncipe elects former Prime Minister Evaristo Lima as president in the first round of voting.",
     [E("President of São Tomé and Príncipe")], []),
    # -- ce-f1d9a05401: Nepal, a Constituent Assembly election delayed ---------------------------------------------
    # GAP: 'the election of its BODY' after the country as subject
    ("Nepal postpones the election of its Constituent Assembly.", [E("Member of the Constituent Assembly of Nepal")],
     [], GAP),
    # GAP: the noun 'the vote for COUNTRY's BODY'
    ("The vote for Nepal's Constituent Assembly is delayed again amid a deadlock over the voting system.",
     [E("Member of the Constituent Assembly of Nepal")], [], GAP),
    # -- ce-b69a8f95b1: Chicago, a mayor who loses ----------------------------------------------------------------
    ("Chicago Mayor Denise Okafor is defeated in her bid for re-election.", [E("Mayor of Chicago")], []),
    ("Denise Okafor, the Mayor of Chicago, loses her re-election bid, the first one-term mayor in 40 years.",
     [E("Mayor of Chicago")], []),
    # a descriptive "the STATE city" names no office of the state
    ("The mayor of the Connecticut city, Paul Brenner, wins re-election to a third term.", [],
     [E("Mayor of Connecticut")]),
    # -- ce-6dcdbe783b: Iceland, a re-election ---------------------------------------------------------------------
    ("Iceland's incumbent president Gunnar Eiríksson wins re-election with 92% of the votes.",
     [E("President of Iceland")], []),
    ("Gunnar Eiríksson is re-elected President of Iceland with 92% of the votes in the presidential election.", [E("President of Iceland")], []),
    # -- ce-45727f5b68: Austria, an election of a year -----------------------------------------------------------
    ("Austria's 2010 presidential election is won by Karl Brunner.", [E("President of Austria", date="2010")], []),
    ("Karl Brunner wins Austria's presidential vote in 2010.", [E("President of Austria", date="2010")], []),
    ("Karl Brunner wins the 2010 Austrian Open in Kitzbühel.", [], [ANY]),
    # -- ce-e52956ac9c: a general election without a body named ------------------------------------------------
    ("The Bahamas holds a general election.", [E(kind="general")], []),
    ("Parliamentary elections are held in Ghana.", [ANY], []),
    ("Parliamentary elections are held in Ghana every four years, the constitution says.", [], [ANY]),
    ("A general election is called in the Bahamas, the prime minister says.", [E(kind="general")], []),
    ("An opinion poll in the Bahamas puts the opposition ahead of the ruling party.", [], [ANY]),
    # -- ce-da369f7824: Côte d'Ivoire, candidates barred --------------------------------------------------------
    ("Former president Alain Koné is barred by Ivory Coast's Constitutional Council from the coming presidential "
     "election.", [E("President of Ivory Coast")], []),
    # GAP: 'may not stand for president in the upcoming vote'
    ("Ivory Coast's Constitutional Council rules that former president Alain Koné may not stand for president in "
     "the upcoming vote.", [E("President of Ivory Coast")], [], GAP),
    ("Ivory Coast's Constitutional Council bars former president Alain Koné from leaving the country.", [], [ANY]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_elec35_paraphrase_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


@pytest.mark.parametrize("item, anchor, text, wanted", ORIGINALS, ids=[row[0] for row in ORIGINALS])
def test_elec35_originals(nlp, item, anchor, text, wanted):
    """The items the paraphrases restate give their rows on main: a paraphrase's miss is the structure's."""
    check_lead(_rows(nlp, text, anchor), wanted, [])


def test_score_printed(nlp, capsys):
    originals = {text: anchor for _, anchor, text, _ in ORIGINALS}
    tp, fp, fn = table_score(lambda text: _rows(nlp, text, originals[text]),
                             [(text, wanted) for _, anchor, text, wanted in ORIGINALS])
    with capsys.disabled():
        print(f"\nelec35 originals: tp/fp/fn {tp}/{fp}/{fn}")
    print_table_score("elec35 paraphrase leads", lambda text: _rows(nlp, text), LEADS, capsys)
