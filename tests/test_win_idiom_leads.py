"""Win and selection idioms of news writing: a sweep table of invented leads, one idiom each.

Each row is an invented one-sentence lead (invented people, real countries) with the ``won`` rows it must give and
those it must not. The idioms were written from the genre, not from a corpus (round 28): wins at the polls ("swept
to power", "romped home", "clinched a second term", "was returned as"), selection by a voting body ("Parliament
elected X as prime minister", "lawmakers picked X as president", "the conclave elected X as pope"), the nominal forms
("X's election as president", "a victory for X as mayor") and the auxiliary parted from its participle by a time
("X was on Tuesday elected as speaker"). Near misses that must give no win: appointments ("the president named X as
foreign minister"), sport and prizes ("chosen as captain", "won the Booker"), hopes ("hopes to be elected as"), a
club's membership, a vote of confidence, a candidacy, a coup. Rows the pipeline does not read yet are marked ``GAP``
(strict xfails: a club's or a board's election still reads as a win, as "was elected as" does on main);
``score`` counts the table's tp/fp/fn over the won rows.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("won",)


def W(subject, obj=None):  # noqa: N802 - a table's row builder
    return dict(predicate="won", subject=subject, **({"object": obj} if obj is not None else {}))


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- wins at the polls -------------------------------------------------------------------------------------------
    ("Ana Ruiz swept to power in Peru's presidential election on Sunday.", [W("Ana Ruiz")], []),
    ("Labour's Tom Baxter romped home in the Hartlepool by-election on Thursday.", [W("Tom Baxter")], []),
    ("Governor Lisa Crane of Kansas clinched a second term on Tuesday.", [W("Lisa Crane", "Governor of Kansas")], []),
    ("Mayor Joe Baird of Lyon secured re-election on Sunday with 58% of the vote.",
     [W("Joe Baird", "Mayor of Lyon")], []),
    ("Ivan Petrov cruised to victory in Bulgaria's presidential runoff on Sunday.", [W("Ivan Petrov")], []),
    ("Senator Dana Cole of Ohio retained her seat in Tuesday's election.", [W("Dana Cole")], []),
    ("Premier Rachel Dunn was returned as premier of Queensland on Saturday.",
     [W("Rachel Dunn", "Premier of Queensland")], []),
    ("President Daniel Okoro of Kenya won a fresh mandate in Tuesday's election.",
     [W("Daniel Okoro", "President of Kenya")], []),
    ("Lukas Weber was sworn in as mayor of Munich on Monday after winning the runoff.",
     [W("Lukas Weber", "Mayor of Munich")], []),
    ("Maria Lenz won the governorship of Ohio by 12,000 votes.", [W("Maria Lenz", "Governor of Ohio")], []),
    ("Paul Reed captured the mayoralty of Lyon in Sunday's runoff.", [W("Paul Reed", "Mayor of Lyon")], []),
    ("Voters in Chile handed Rosa Vidal a second term as president on Sunday.", [W("Rosa Vidal")], []),
    ("Chilean voters returned Rosa Vidal to the presidency on Sunday.", [W("Rosa Vidal")], []),
    ("Rosa Vidal won a landslide victory in Chile's presidential election on Sunday.", [W("Rosa Vidal")], []),
    ("Rosa Vidal was re-elected president of Chile with 55% of the vote.", [W("Rosa Vidal", "President of Chile")], []),
    ("Hugo Brandt won a fourth term as chancellor of Austria on Sunday.", [W("Hugo Brandt", "Chancellor of Austria")],
     []),
    ("Clara Nunez beat two rivals to win the governorship of Jalisco.", [W("Clara Nunez", "Governor of Jalisco")], []),
    ("Ana Ruiz became the first woman elected president of Peru on Sunday.", [W("Ana Ruiz", "President of Peru")], []),
    ("Omar Haddad was declared the winner of Tunisia's presidential election on Monday.", [W("Omar Haddad")], []),
    ("Tunisia's electoral commission declared Omar Haddad the winner of the presidential election.",
     [W("Omar Haddad")], []),
    ("Election officials named Kevin Marsh the winner of the Ward 6 council race on Wednesday.", [W("Kevin Marsh")],
     []),
    ("Kevin Marsh went on to win the governorship of Iowa in 2018.", [W("Kevin Marsh", "Governor of Iowa")], []),
    ("Kevin Marsh squeaked out a victory over Ana Ruiz in the Iowa governor's race.", [W("Kevin Marsh")], []),
    ("Kevin Marsh won his bid for a third term as mayor of Boston.", [W("Kevin Marsh", "Mayor of Boston")], []),
    ("Kofi Mensah emerged as the next president of Ghana after the final count on Friday.",
     [W("Kofi Mensah", "President of Ghana")], []),
    ("Kofi Mensah was on Sunday elected president of Ghana with 52% of the vote.",
     [W("Kofi Mensah", "President of Ghana")], []),
    ("Rosa Vidal was last week elected mayor of Valparaiso.", [W("Rosa Vidal", "Mayor of Valparaiso")], []),
    ("Nadia Farouk was on Tuesday unanimously elected as the Speaker of the National Assembly of Kenya.",
     [W("Nadia Farouk")], []),
    ("Independent Sean Brady was elected on the first count in Galway West.", [W("Sean Brady")], []),
    ("Dana Cole has clinched a landslide victory in the Ohio Senate race.", [W("Dana Cole")], []),
    # -- selection by a voting body ----------------------------------------------------------------------------------
    ("Romania's parliament elected Teodor Ionescu as prime minister on Tuesday.",
     [W("Teodor Ionescu", "Prime Minister of Romania")], []),
    ("Vietnam's National Assembly chose Tran Van Minh as president on Monday.",
     [W("Tran Van Minh", "President of Vietnam")], []),
    ("Lawmakers in Estonia picked Kaja Tamm as president after three rounds of voting.",
     [W("Kaja Tamm", "President of Estonia")], []),
    ("The conclave elected Cardinal Marco Bellini as pope on the second day of voting.", [W("Marco Bellini")], []),
    ("Latvia's parliament re-elected Janis Ozols as president on Wednesday.",
     [W("Janis Ozols", "President of Latvia")], []),
    ("The Bundestag elected Klaus Becker as chancellor with 395 votes.", [W("Klaus Becker")], []),
    ("Fiji's lawmakers returned Josaia Naivalu as prime minister on Tuesday.",
     [W("Josaia Naivalu", "Prime Minister of Fiji")], []),
    ("Members of the European Parliament elected Sofia Marin as their president on Tuesday.", [W("Sofia Marin")],
     []),
    ("The Knesset elected Avi Cohen as Israel's president on Wednesday.", [W("Avi Cohen", "President of Israel")], []),
    ("Hungary's parliament has voted in Lena Kovac as the new president.", [W("Lena Kovac", "President of Hungary")],
     []),
    ("The synod of bishops chose Bishop Pavel Horak as the new patriarch on Sunday.", [W("Pavel Horak")], [], GAP),
    ("Parliament in Iraq elects Ali Kareem as a president of the republic.", [W("Ali Kareem")], []),
    ("Lawmakers in Papua New Guinea returned Peter Kumul unopposed to the post of prime minister on Tuesday.",
     [W("Peter Kumul", "Prime Minister of Papua New Guinea")], [], GAP),
    ("Delegates at the congress elected Rui Santos as the party's new leader on Saturday.", [W("Rui Santos")], []),
    # -- nominal forms ---------------------------------------------------------------------------------------------
    ("Kofi Mensah's election as president of Ghana was upheld by the Supreme Court on Friday.",
     [W("Kofi Mensah", "President of Ghana")], []),
    ("The count confirmed a victory for Rosa Vidal as mayor of Santiago.", [W("Rosa Vidal", "Mayor of Santiago")], []),
    ("Maria Lenz's re-election as governor of Ohio was certified by the state board on Friday.",
     [W("Maria Lenz", "Governor of Ohio")], []),
    ("Kofi Mensah's victory in Ghana's presidential election was certified on Friday.", [W("Kofi Mensah")], []),
    ("Hundreds celebrated Rosa Vidal's win in the Santiago mayoral race.", [W("Rosa Vidal")], []),
    ("Following his election as president of Zambia, Peter Banda pledged reforms.",
     [W("Peter Banda", "President of Zambia")], []),
    ("Supporters cheered the election of Peter Banda as president of Zambia.",
     [W("Peter Banda", "President of Zambia")], []),
    # -- near misses: no win ---------------------------------------------------------------------------------------
    ("The president named Elena Sousa as foreign minister on Monday.", [], [W("Elena Sousa")]),
    ("Elena Sousa was appointed as ambassador to Spain.", [], [W("Elena Sousa")]),
    ("Elena Sousa was chosen as captain of Portugal's national rugby team.", [], [W("Elena Sousa")]),
    ("Novelist Elena Sousa won the Booker Prize on Tuesday.", [], [W("Elena Sousa")]),
    ("Elena Sousa hopes to be elected as mayor of Porto next year.", [], [W("Elena Sousa")]),
    ("Elena Sousa was elected as a member of the golf club.", [], [W("Elena Sousa")], GAP),
    ("Prime Minister Elena Sousa won a vote of confidence in parliament on Wednesday.", [], [W("Elena Sousa")]),
    ("The board picked Elena Sousa as chief executive on Monday.", [], [W("Elena Sousa")]),
    ("Elena Sousa was selected as Portugal's candidate for president.", [], [W("Elena Sousa")]),
    ("Elena Sousa won the party's nomination for governor of Ohio.", [], [W("Elena Sousa")]),
    ("Elena Sousa was named player of the year on Monday.", [], [W("Elena Sousa")]),
    ("Elena Sousa, who is expected to win the presidency of Portugal, held a rally on Friday.", [],
     [W("Elena Sousa")]),
    ("Elena Sousa retained her title at the world championships.", [], [W("Elena Sousa")]),
    ("The prime minister chose Elena Sousa as finance minister.", [], [W("Elena Sousa")]),
    ("Elena Sousa won the first round of Portugal's presidential election.", [], [W("Elena Sousa")]),
    ("General Elena Sousa swept to power in a military coup on Friday.", [], [W("Elena Sousa")]),
    ("Elena Sousa was returned as coach of the national team.", [], [W("Elena Sousa")]),
    ("The president returned Elena Sousa to the post of finance minister after a reshuffle.", [],
     [W("Elena Sousa")]),
    ("Elena Sousa was on Tuesday elected as chair of the football club's board.", [], [W("Elena Sousa")], GAP),
    ("Her supporters are campaigning for Elena Sousa's election as president next year.", [], [W("Elena Sousa")]),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), object=ent(f.object)))


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_win_idiom_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("win idiom leads", lambda text: _rows(nlp, text), LEADS, capsys)
