"""Office forms the tune golds still miss on unseen leads: a challenge table of invented leads.

Each row is an invented lead (invented people, real places and bodies) naming an office by a form the tune golds'
OFFICE misses share: the role of an organisation that is no country or party (an international body's head, a named
court's judge, a party's youth secretary or deputy), an envoy (possessive country, post after "to", destinations
coordinated), the US president's staff by the residence's name ("White House chief strategist", "Counselor to the
President"), a premier's deputy, an emir, a national senate's president, a named assembly's member. Near misses: a
company's, a club's, a university's or a campaign's post, a contest's judge, a militant group's emir, a goodwill or
brand ambassador, a UN special envoy. Rows the pipeline does not read yet are marked ``GAP`` (strict xfails, so a
fix shows up as an unexpected pass); ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, held_row, lead_doc, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("holds_office",)


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- an organisation's role, the organisation named beside it ---------------------------------------
    ("WHO Director-General Lena Varga warned of a new outbreak on Monday.",
     [H("Lena Varga", "Director-General of the World Health Organization")], []),
    ("Former Director General of the International Atomic Energy Agency (IAEA) Lena Varga says she may run for "
     "president.", [H("Lena Varga", "Director-General of the International Atomic Energy Agency")], []),
    ("Secretary-General of the North Atlantic Treaty Organization (NATO) Jan Berg met the Polish president.",
     [H("Jan Berg", "Secretary-General of NATO")], []),
    ("Jan Berg, the Secretary-General of the Arab League, arrived in Cairo.",
     [H("Jan Berg", "Secretary-General of the Arab League")], []),
    ("Labour deputy leader Ana Ruiz said the party would fight every seat.",
     [H("Ana Ruiz", "Deputy Leader of the Labour Party")], []),
    ("Tom Hart is elected leader of the Labour Party, with Ana Ruiz as his deputy.",
     [H("Ana Ruiz", "Deputy Leader of the Labour Party")], [], GAP),
    ("DAP youth secretary Lim Wei Ming said the party would contest every seat in Penang.",
     [H("Lim Wei Ming", "Youth Secretary of the Democratic Action Party")], []),
    ("Judge Tom Hart of the Santa Clara County Superior Court was recalled by voters.",
     [H("Tom Hart", "Judge of the Santa Clara County Superior Court")], [], GAP),
    ("Santa Clara County Superior Court Judge Tom Hart sentenced the swimmer to six months.",
     [H("Tom Hart", "Judge of the Santa Clara County Superior Court")], []),
    # -- envoys ---------------------------------------------------------------------------------------------
    ("Kazakhstan's Ambassador to Japan, Arman Seitov, was elected to lead the bloc.",
     [H("Arman Seitov", "Ambassador of Kazakhstan to Japan")], []),
    ("Arman Seitov, Kazakhstan's Ambassador to Japan, previously served as Ambassador to France and to Italy.",
     [H("Arman Seitov", "Ambassador of Kazakhstan to Japan"), H("Arman Seitov", "Ambassador of Kazakhstan to France"),
      H("Arman Seitov", "Ambassador of Kazakhstan to Italy")], []),
    ("The Turkish ambassador to Germany and to Austria, Mehmet Kaya, was summoned on Tuesday.",
     [H("Mehmet Kaya", "Ambassador of Turkey to Germany"), H("Mehmet Kaya", "Ambassador of Turkey to Austria")], []),
    ("The Turkish ambassador to Germany, in Berlin, Mehmet Kaya said the talks had failed.", [],
     [H("Mehmet Kaya", "Ambassador of Turkey to Berlin")]),
    ("Mehmet Kaya, the Turkish ambassador to Germany, to discuss the visa row, met the minister.",
     [H("Mehmet Kaya", "Ambassador of Turkey to Germany")], []),
    ("The Turkish ambassador to Germany, Mehmet Kaya, was summoned on Tuesday.",
     [H("Mehmet Kaya", "Ambassador of Turkey to Germany")], []),
    ("U.S. Ambassador to Chile Lisa Crane met the president-elect.",
     [H("Lisa Crane", "United States Ambassador to Chile")], []),
    # -- the US president's staff, named by the residence -----------------------------------------------
    ("White House chief strategist Tom Hart was interviewed by investigators this week.",
     [H("Tom Hart", "White House Chief Strategist")], []),
    ("Former White House chief strategist Tom Hart launched a podcast.",
     [H("Tom Hart", "White House Chief Strategist", qualifier="former")], []),
    ("Counselor to the President Lisa Crane said the talks would resume.",
     [H("Lisa Crane", "Counselor to the President")], []),
    ("President-elect Ana Ruiz names her campaign manager Lisa Crane as her Counselor to the President.",
     [H("Lisa Crane", "Counselor to the President")], [], GAP),
    ("U.S. President Ana Ruiz's former chief strategist Tom Hart was interviewed this week.",
     [H("Ana Ruiz", "President of the United States"),
      H("Tom Hart", "White House Chief Strategist", qualifier="former")], []),
    ("President Ana Ruiz's chief of staff Tom Hart resigned, the White House said.",
     [H("Ana Ruiz", "President of the United States"), H("Tom Hart", "White House Chief of Staff")], []),
    ("U.S. President Ana Ruiz's press secretary Tom Hart briefed reporters.",
     [H("Ana Ruiz", "President of the United States"), H("Tom Hart", "White House Press Secretary")], []),
    ("White House Chief of Staff Tom Hart resigned on Friday.", [H("Tom Hart", "White House Chief of Staff")], []),
    # -- a premier's deputy, an emir, a senate's president, a named assembly's member -------------------
    ("Ontario Deputy Premier Lisa Crane announced the budget.", [H("Lisa Crane", "Deputy Premier of Ontario")], []),
    ("Kuwait's emir, Sheikh Nawaf Salem, dissolved parliament on Tuesday.",
     [H("Nawaf Salem", "Emir of Kuwait")], []),
    ("Nigerian Senate President Musa Bello adjourned plenary until Tuesday.",
     [H("Musa Bello", "President of the Senate of Nigeria")], []),
    ("Lisa Crane, a member of the Islamic Consultative Assembly, died on Monday.",
     [H("Lisa Crane", "Member of the Islamic Consultative Assembly")], []),
    ("Luis Mora, the governor of the State of Mexico, inaugurated the new highway.",
     [H("Luis Mora", "Governor of the State of Mexico")], [H("Luis Mora", "Governor of State of Mexico")]),
    ("Lagos State Governor Babajide Musa signed the budget on Friday.",
     [H("Babajide Musa", "Governor of Lagos State")], [H("Babajide Musa", "Governor of the Lagos State")]),
    ("Spain's new PM Ana Ruiz was sworn in on Monday.", [H("Ana Ruiz", "Prime Minister of Spain")], []),
    # -- a title coordinated with a descriptor of a show's or a firm's -----------------------------------
    ("Former Ohio Governor and former Fox News host Tom Hart is convicted of fraud.",
     [H("Tom Hart", "Governor of Ohio", qualifier="former")], []),
    ("Former Mayor of Lyon and Dancing with the Stars contestant Ana Ruiz died on Monday.",
     [H("Ana Ruiz", "Mayor of Lyon", qualifier="former")], []),
    # -- near misses: no public office, or not the office named ------------------------------------------
    ("Ohio Governor Ana Ruiz and Fox News host Tom Hart clashed on Monday.",
     [H("Ana Ruiz", "Governor of Ohio")], [H("Tom Hart")]),
    ("Tom Hart, the captain of the team, scored twice in the final.", [], [H("Tom Hart")]),
    ("Tom Hart, the chief strategist of the bank, forecast slower growth.", [], [H("Tom Hart")]),
    ("Her campaign's chief strategist, Tom Hart, quit on Monday.", [], [H("Tom Hart")]),
    ("Lisa Crane, a counselor to the president of the university, resigned.", [], [H("Lisa Crane")]),
    ("Ohio Governor Ana Ruiz's chief of staff Tom Hart resigned.", [H("Ana Ruiz", "Governor of Ohio")],
     [H("Tom Hart")]),
    ("Kenyan President Ana Ruiz's press secretary Tom Hart spoke to reporters.", [H("Ana Ruiz", "President of Kenya")],
     [H("Tom Hart")]),
    ("The club's youth secretary, Tom Hart, organised the tournament.", [], [H("Tom Hart")]),
    ("BBC Director General Tom Hart apologised for the broadcast.", [], [H("Tom Hart")]),
    ("Tom Hart, a judge of the baking contest, praised the cake.", [], [H("Tom Hart")]),
    ("Abu Tariq, the Islamic State emir of the province, was killed in a raid.", [], [H("Abu Tariq")]),
    ("UN special envoy for Syria Jan Berg met rebel leaders in Geneva.", [],
     [H("Jan Berg", "Ambassador of Syria to the United Nations")]),
    ("The actress Lisa Crane, a goodwill ambassador for UNICEF, visited the camp.", [], [H("Lisa Crane")]),
    ("Tom Hart, a brand ambassador for the sportswear maker, attended the launch.", [], [H("Tom Hart")]),
    ("The football club's president, Tom Hart, sacked the coach.", [], [H("Tom Hart")]),
    ("The student union's deputy leader, Ana Ruiz, called for a boycott.", [], [H("Ana Ruiz")]),
]


#: (lead, offices it must name, offices it must not name[, GAP]): offices named with no holder.
OFFICE_LEADS = [
    ("The presidents of Brazil and France called for new efforts to fight poverty.",
     ["President of Brazil", "President of France"], []),
    ("Two elections for the governors of Virginia and New Jersey are held on Tuesday.",
     ["Governor of Virginia", "Governor of New Jersey"], []),
    ("The presidents of Russia, China and Brazil met in Beijing.",
     ["President of Russia", "President of China", "President of Brazil"], []),
    ("The foreign ministers of India and Pakistan held a closing round of talks.",
     ["Minister of External Affairs of India", "Minister of Foreign Affairs of Pakistan"], [], GAP),
    # near misses: a city or another's possession after "and", a singular role
    ("The presidents of Russia and Moscow's mayor met on Monday.", ["President of Russia"], ["President of Moscow"]),
    ("The presidents of Russia and China's envoy met on Monday.", ["President of Russia"], ["President of China"]),
    ("The President of Russia and China's envoy met on Monday.", ["President of Russia"], ["President of China"]),
    ("EU foreign ministers met on the participation of military-ruled Myanmar in the summit.", [],
     ["Minister of Foreign Affairs of Myanmar"]),
]


def _offices(nlp, text: str) -> list[str]:
    from pipeline.nlp.components.common import mentions

    return [m._.entity for m in mentions(lead_doc(nlp, text, ANCHOR), "OFFICE")]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(OFFICE_LEADS))
def test_offn36_office_leads(nlp, text, wanted, unwanted):
    named = _offices(nlp, text)
    assert all(w in named for w in wanted) and not any(u in named for u in unwanted), named


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_offn36_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("offn36 office form leads", lambda text: _rows(nlp, text), LEADS, capsys)
