"""Ways news writing names an office other than a legislative seat: a challenge table of invented leads.

Each row is an invented lead (invented people, real countries) in the wording of one kind of outlet (wire, local
paper, broadcaster, headline), one row per way of naming a head of state or government, a minister, a governor, a
premier or chief minister, a mayor, a party's leader or chair, an electoral commission's head, a judge, an
ambassador, an attorney general or a monarch, with the ``holds_office`` and ``candidate`` rows it must give and those
it must not. Near misses: a company's, a union's, a club's or a church's post, a leader "in the field", a governor's
race with no holder, a county's assembly or commissioner beside its governor. The sweep of round 29 (office29): of its
wanted rows main read all but the GAP rows; its one recurring cause on the tune golds, Kenya's county governors
written by encyclopedias and the Kenyan press with the word County ("Governor of Kiambu County", three items of
ptune and ltune), is read from roles.jsonl's role.governor ``names``. Rows the pipeline does not read yet are marked
``GAP`` (strict xfails, so a fix shows up as an unexpected pass); ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, held_row, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("holds_office", "candidate")


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


def C(subject, obj=None, **extra):  # noqa: N802
    return dict(predicate="candidate", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- heads of state and government ------------------------------------------------------------------
    ("Kenyan President Daniel Okoro arrived in Paris on Monday.", [H("Daniel Okoro", "President of Kenya")], []),
    ("Prime Minister Ana Ruiz of Spain called a snap election for July.",
     [H("Ana Ruiz", "Prime Minister of Spain")], []),
    ("The Israeli prime minister, Avi Cohen, flew to Washington on Sunday.",
     [H("Avi Cohen", "Prime Minister of Israel")], []),
    ("Chadian President Idris Mahamat addressed the nation on state television.",
     [H("Idris Mahamat", "President of Chad")], []),
    ("Chancellor Lukas Weber of Austria visited Berlin for talks on migration.",
     [H("Lukas Weber", "Chancellor of Austria")], []),
    ("Vice President Tom Hart of Ghana attended the summit in Addis Ababa.",
     [H("Tom Hart", "Vice President of Ghana")], []),
    ("Kenya's Deputy President Peter Kamau toured Mombasa on Tuesday.",
     [H("Peter Kamau", "Deputy President of Kenya")], []),
    ("Deputy Prime Minister Ivan Petrov of Ukraine resigned on Friday.",
     [H("Ivan Petrov", "Deputy Prime Minister of Ukraine")], []),
    # -- ministers by portfolio ---------------------------------------------------------------------------
    ("Finance Minister Lukas Weber of Germany presented the budget on Tuesday.",
     [H("Lukas Weber", "Minister of Finance of Germany")], []),
    ("Germany's finance minister, Lukas Weber, said the deficit would shrink.",
     [H("Lukas Weber", "Minister of Finance of Germany")], []),
    ("Lukas Weber, Germany's finance minister, said the deficit would shrink next year.",
     [H("Lukas Weber", "Minister of Finance of Germany")], []),
    ("Foreign Minister Ivan Petrov of Bulgaria met his Greek counterpart in Sofia.",
     [H("Ivan Petrov", "Minister of Foreign Affairs of Bulgaria")], []),
    ("Interior Minister Ivan Petrov of Poland ordered an inquiry into the riot.",
     [H("Ivan Petrov", "Minister of the Interior of Poland")], []),
    ("Defence Minister Ivan Petrov of Poland ordered an inquiry into the crash.",
     [H("Ivan Petrov", "Minister of Defence of Poland")], []),
    ("Health Minister Ana Ruiz of Chile announced new measures against dengue.",
     [H("Ana Ruiz", "Minister of Health of Chile")], []),
    ("Justice Minister Ana Ruiz of Chile announced a review of sentencing.",
     [H("Ana Ruiz", "Minister of Justice of Chile")], []),
    ("Education Minister Ana Ruiz of Chile announced free school meals.",
     [H("Ana Ruiz", "Minister of Education of Chile")], []),
    # -- governors, premiers, chief ministers, state officers ---------------------------------------------
    ("Ohio Gov. Lisa Crane signed the bill into law on Friday.", [H("Lisa Crane", "Governor of Ohio")],
     [H("Lisa Crane", "Governor of Ohio County")]),
    ("Governor Lisa Crane of Ohio signed the bill on Friday.", [H("Lisa Crane", "Governor of Ohio")], []),
    ("Lisa Crane, the governor of Ohio, signed the bill on Friday.", [H("Lisa Crane", "Governor of Ohio")], []),
    ("Gauteng Premier Thabo Dlamini opened the legislature on Thursday.",
     [H("Thabo Dlamini", "Premier of Gauteng")], []),
    ("The premier of Ontario, Mark Dell, announced a new transit plan.", [H("Mark Dell", "Premier of Ontario")], []),
    ("Karnataka Chief Minister Ravi Kumar inaugurated the bridge.",
     [H("Ravi Kumar", "Chief Minister of Karnataka")], []),
    ("Ravi Kumar, the chief minister of Kerala, resigned on Monday.",
     [H("Ravi Kumar", "Chief Minister of Kerala")], []),
    ("Texas Secretary of State Lena Marsh certified the results on Monday.",
     [H("Lena Marsh", "Secretary of State of Texas")], []),
    ("Ohio Lt. Gov. Mark Dell presided over the Senate.", [H("Mark Dell", "Lieutenant Governor of Ohio")], []),
    ("Ohio Attorney General Lena Marsh sued the company on Monday.",
     [H("Lena Marsh", "Attorney General of Ohio")], []),
    ("Attorney General Lena Marsh of Texas sued the company on Monday.",
     [H("Lena Marsh", "Attorney General of Texas")], []),
    ("Ohio Treasurer Lena Marsh released the audit on Tuesday.", [H("Lena Marsh", "Treasurer of Ohio")], [], GAP),
    # -- Kenya's county governors: "Governor of <X> County" ------------------------------------------------
    ("Kiambu Governor Peter Kamau launched a road project on Monday.",
     [H("Peter Kamau", "Governor of Kiambu County")], []),
    ("Governor Jane Wambui of Nyeri County opened a new hospital wing.",
     [H("Jane Wambui", "Governor of Nyeri County")], []),
    ("NAIROBI, Kenya (AP) - Machakos Governor Daniel Mutua said the county would hire 300 nurses.",
     [H("Daniel Mutua", "Governor of Machakos County")], []),
    ("Kisii governor candidate Peter Kamau conceded defeat on Thursday.",
     [C("Peter Kamau", "Governor of Kisii County")], [C("Peter Kamau", "Governor of Kisii")]),
    ("Former Kakamega Governor John Were endorsed the opposition's presidential candidate.",
     [H("John Were", "Governor of Kakamega County", qualifier="former")], []),
    ("Mombasa Governor Ali Hassan Omar flagged off the relief trucks.",
     [H("Ali Hassan Omar", "Governor of Mombasa County")], []),
    ("Embu County Governor Paul Njiru signed the budget into law.",
     [H("Paul Njiru", "Governor of Embu County")], []),
    ("Nakuru Governor Jane Wambui will face five rivals in August, the electoral commission said.",
     [H("Jane Wambui", "Governor of Nakuru County")], []),
    ("Peter Kamau, the Kisii County governor, launched a road project.",
     [H("Peter Kamau", "Governor of Kisii County")], []),
    ("Peter Kamau, the Nakuru County governor, launched a road project.",  # the KB's Nakuru is the city alone
     [H("Peter Kamau", "Governor of Nakuru County")], [], GAP),
    # -- mayors, party posts ---------------------------------------------------------------------------
    ("Mayor Ana Ruiz of Lyon opened the new tram line.", [H("Ana Ruiz", "Mayor of Lyon")], []),
    ("Lyon Mayor Ana Ruiz opened the new tram line on Saturday.", [H("Ana Ruiz", "Mayor of Lyon")], []),
    ("Tom Hart, leader of the Liberal Democrats, called for a recount.",
     [H("Tom Hart", "Leader of the Liberal Democrats")], []),
    ("Green Party leader Tom Hart called for a recount on Friday.", [H("Tom Hart", "Leader of the Green Party")], []),
    ("Tom Hart, who leads the Green Party, called for a recount.",
     [H("Tom Hart", "Leader of the Green Party")], []),
    ("Labour leader Tom Hart of New Zealand conceded on Saturday night.",
     [H("Tom Hart", "Leader of the New Zealand Labour Party")], []),
    ("Socialist Party chairman Ivan Petrov conceded defeat on Sunday.", [H("Ivan Petrov")], []),
    # -- electoral commissions, judges, envoys, monarchs ------------------------------------------------
    ("Kofi Mensah, chairman of the Electoral Commission of Ghana, declared the results.",
     [H("Kofi Mensah", "Chairman of the Electoral Commission of Ghana")], []),
    ("The head of Nigeria's Independent National Electoral Commission, Peter Kamau, announced the results.",
     [H("Peter Kamau", "Chairman of the Independent National Electoral Commission")], []),
    ("Chief Justice Maria Lenz of Kenya swore in the president.", [H("Maria Lenz", "Chief Justice of Kenya")], []),
    ("Judge Maria Lenz of the Ohio Supreme Court dissented from the ruling.",
     [H("Maria Lenz", "Justice of the Supreme Court of Ohio")], [], GAP),
    ("Ghana's ambassador to France, Kofi Mensah, presented his credentials.",
     [H("Kofi Mensah", "Ambassador of Ghana to France")], []),
    ("The U.S. ambassador to Japan, Tom Hart, met the prime minister.",
     [H("Tom Hart", "United States Ambassador to Japan")], []),
    ("King Harald of Norway opened the new session of parliament.", [H("Harald", "King of Norway")], []),
    ("Emir Ahmed bin Khalid of Qatar met the Turkish president in Doha.", [H("Ahmed bin Khalid", "Emir of Qatar")], []),
    ("Sultan Ahmed Karim of Brunei opened the legislative session.", [H("Ahmed Karim", "Sultan of Brunei")], []),
    ("House Speaker Mark Dell of the United States adjourned the chamber.",
     [H("Mark Dell", "Speaker of the United States House of Representatives")], []),
    ("Speaker of the National Assembly Mark Dell of Kenya adjourned the sitting.",
     [H("Mark Dell", "Speaker of the National Assembly of Kenya")], []),
    ("Senate Majority Leader Mark Dell blocked the bill on Thursday.",
     [H("Mark Dell", "Majority Leader of the United States Senate")], [], GAP),
    # -- "former" and "ex-" ------------------------------------------------------------------------------
    ("Former Prime Minister Ana Ruiz of Spain died on Sunday.",
     [H("Ana Ruiz", "Prime Minister of Spain", qualifier="former")], []),
    ("Ex-president Daniel Okoro of Kenya was arrested on Monday.",
     [H("Daniel Okoro", "President of Kenya", qualifier="former")], []),
    ("The ex-mayor of Lyon, Ana Ruiz, announced her candidacy for the Senate.",
     [H("Ana Ruiz", "Mayor of Lyon", qualifier="former")], []),
    ("Moldova's ex-prime minister Ana Ruiz led the presidential race.",
     [H("Ana Ruiz", "Prime Minister of Moldova", qualifier="former")], []),
    ("Chile's former president Ana Ruiz won the primary on Sunday.",
     [H("Ana Ruiz", "President of Chile", qualifier="former")], []),
    ("Former governor Lisa Crane of Ohio endorsed Mark Dell.",
     [H("Lisa Crane", "Governor of Ohio", qualifier="former")], []),
    # -- offices named in the encyclopedias' conventions (roles.jsonl names, legislatures.jsonl) ------------------------
    ("Ana Puig, President of the Generalitat of Catalonia, called a snap election.",
     [H("Ana Puig", "President of the Generalitat of Catalonia")], []),
    ("British Home Secretary Ana Ruiz announced new visa rules.", [H("Ana Ruiz", "Home Secretary")],
     [H("Ana Ruiz", "Home Secretary of the United Kingdom")]),
    ("Palestinian Prime Minister Ahmad Saleh met donors in Ramallah.",
     [H("Ahmad Saleh", "Prime Minister of the Palestinian National Authority")],
     [H("Ahmad Saleh", "Prime Minister of Palestine")]),
    ("Kuomintang chairman Chen Li-hua visited Beijing on Monday.", [H("Chen Li-hua", "Leader of the Kuomintang")],
     [H("Chen Li-hua", "Leader of Kuomintang")]),
    ("The Generalitat's spokesman, Ana Puig, declined to comment.", [], [H("Ana Puig")]),
    # -- near misses: no public office, or not the office named ----------------------------------------
    ("The company's chairman, Tom Hart, resigned on Monday.", [], [H("Tom Hart")]),
    ("Tom Hart, a leader in the field of cancer research, won the prize.", [], [H("Tom Hart")]),
    ("The Rev. Tom Hart, a minister of the Methodist church, led the prayers.", [], [H("Tom Hart")]),
    ("The governor's race in Ohio drew three candidates, including Lisa Crane.", [],
     [H("Lisa Crane", "Governor of Ohio")]),
    ("Tom Hart, chairman of the club's board, resigned on Friday.", [], [H("Tom Hart")]),
    ("The union's president, Ana Ruiz, called a strike for Monday.", [], [H("Ana Ruiz")]),
    ("Ana Ruiz, the university's president, welcomed the new students.", [], [H("Ana Ruiz")]),
    ("Tom Hart, the team captain, scored twice in the final.", [], [H("Tom Hart")]),
    ("The leader of the expedition, Tom Hart, reached the summit on Monday.", [], [H("Tom Hart")]),
    ("Ana Ruiz, president of the Rotary Club, opened the fair.", [], [H("Ana Ruiz")]),
    ("Tom Hart, a former chairman of the bank, died on Monday.", [], [H("Tom Hart")]),
    ("Kenya's Central Bank governor, Peter Kamau, raised interest rates on Tuesday.", [],
     [H("Peter Kamau", "Governor of Kiambu County"), H("Peter Kamau", "Governor of Kenya")]),
    ("Kiambu Deputy Governor Jane Wambui chaired the county's health committee.", [],
     [H("Jane Wambui", "Governor of Kiambu County")]),
    ("The Kiambu County Assembly speaker, Peter Kamau, adjourned the sitting.", [],
     [H("Peter Kamau", "Governor of Kiambu County")]),
    ("Former Nyeri MP Jane Wambui has declared her bid for the Senate.", [],
     [H("Jane Wambui", "Governor of Nyeri County")]),
    ("Nakuru County Commissioner Peter Kamau banned the night rallies.", [],
     [H("Peter Kamau", "Governor of Nakuru County")]),
    ("California Gov. Lisa Crane signed the water bill.", [H("Lisa Crane", "Governor of California")],
     [H("Lisa Crane", "Governor of California County")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_office_naming_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("office naming leads", lambda text: _rows(nlp, text), LEADS, capsys)
