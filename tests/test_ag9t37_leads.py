"""A relation's noun after a surname in a headline: a challenge table of invented leads.

News headlines write an aide or a deputy by the surname of the one they serve, capitalised like the rest ("Saddam
Aide Held", "Sadr Aide Tells Militia to Cease Fire", "Former Saddam Deputy Arrested"; agw ag-1189, ag-903, ag9_tune
ag-1207): the run "Surname Aide" is no person's name. name_trailers.tsv lists those nouns; the trim drops one that
ends a run, so the surname stands alone. The same feed leaves a space after a name's hyphen ("Chen Tan- sun",
"Ayman al- Zawahiri", "al- Qaeda"; ag9_tune ag-2721, agw ag-1459, ag-972): the clean stage drops it; and it
escapes some tags ("Andrew Mitchell&lt;/p&gt;&lt;p&gt; LONDON (Reuters)"; agw ag-448, ag-4669, ag-5231, ag-5463,
ag-6987, ag9_tune ag-6108): the clean stage reads them as markup. A headline writes a country's compass word as
its initial ("N.Korea", "N. Korea", "S.Africa"; agw ten stories, ag9_tune ag-6880): the KB gives each such country
those aliases. A feed's dateline may stand bare, with neither wire nor dash ("LONDON President Vladimir Putin of
Russia", "BAGHDAD Iraq promised"; ag9_tune ag-1306, agw some twenty stories): a KB place in capitals that opens a
paragraph is its place, unless it is a first name before a name's word ("TONY Blair", "JORDAN Kestrel"). An army's
chief is an office ("Pakistan President and Army Chief", "to stay on as army chief"; ag9_tune ag-6633, agw ag-3301):
role.army_chief names it "Chief of Army Staff of <country>". The people are invented, the places and offices real. Near misses (kept):
the same nouns before a name ("Deputy Ivo Ruiz", "Aide Ana Kovac Quits"), lower-case after it ("Ruiz aide"), and
names whose last word only starts like one ("Lena Aidenova").

Each row: a lead, the rows it must give (``P``: a PERSON mention's exact text; ``G``: a GPE mention's and its
entity; ``H``: a holds_office fact) and those
it must not. ``GAP`` rows are strict xfails. ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import check_lead, lead_doc, lead_params, print_table_score, table_score

from pipeline.io.clean import clean

ANCHOR = "2004-09-20"
#: The predicates the table scores.
SCORED = ("holds_office",)


def P(text):  # noqa: N802 - a table's row builder
    return dict(label="PERSON", text=text)


def G(text, entity):  # noqa: N802
    return dict(label="GPE", text=text, entity=entity)


def H(subject, obj=None):  # noqa: N802
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}))


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- the shape: "<Surname> Aide / Aides / Deputy" in a headline ----------------------------------------------------
    ("Karimov Aide Held in Tashkent\n\nPolice in Tashkent said they had detained an aide to opposition leader "
     "Bakhtiyor Karimov.",
     [P("Bakhtiyor Karimov")], [P("Karimov Aide")]),
    ("Former Ruiz Deputy Arrested in Lima\n\nPeruvian police arrested Tomas Villar, once the deputy of the rebel "
     "leader Ivo Ruiz, on Sunday.",
     [P("Tomas Villar"), P("Ivo Ruiz")], [P("Ruiz Deputy")]),
    ("Petrenko Aides Quit Over Budget\n\nThree aides to Kyiv's mayor Oleh Petrenko resigned on Monday.",
     [P("Oleh Petrenko")], [P("Petrenko Aides")]),
    ("Haddad Aide Tells Militia to Lay Down Arms\n\nAn aide to the cleric Samir Haddad told fighters in Basra to "
     "stop.",
     [P("Samir Haddad")], [P("Haddad Aide")]),
    ("Iraq Seeks to Confirm if Mansour Aide Captured\n\nIraq's government could not confirm that the most wanted aide "
     "of Khalid Mansour had been seized.",
     [P("Khalid Mansour")], [P("Mansour Aide")]),
    ("Jansen Deputy Named Party Chief\n\nThe deputy of Dutch party leader Pieter Jansen will take over the party.",
     [P("Pieter Jansen")], [P("Jansen Deputy")]),
    # -- the shape: a feed's space after a name's hyphen ("Chen Tan- sun", "Ayman al- Zawahiri"; clean.py) ----------
    ("Taiwan Regrets Minister's Words\n\nTaiwan Foreign Minister Lin Wei- hsun regretted his wording, a spokesman "
     "said.",
     [P("Lin Wei-hsun"), H("Lin Wei-hsun")], [P("Lin Wei-")]),
    ("Group Vows More Attacks\n\nOmar al- Haddad, second in command of the group, said on Sunday it would fight on.",
     [P("Omar al-Haddad")], [P("Omar")]),
    ("Lima Poll Split\n\nVoters in low- and middle-income districts of Lima backed Ivo Ruiz, the pollster said.",
     [P("Ivo Ruiz")], [P("Ivo Ruiz Low")]),
    # -- the shape: a feed's escaped markup ("Andrew Mitchell&lt;/p&gt;&lt;p&gt; LONDON (Reuters)"; clean.py) -----------
    ("Oil Eases in Lima\n\nBy Ana Kovac&lt;/p&gt;&lt;p&gt; LIMA (Reuters) - Oil prices eased on Tuesday.",
     [P("Ana Kovac")], [P("Ana Kovac</p><p")]),
    ("Ruiz Signs Budget\n\n&lt;p&gt;&lt;/p&gt;&lt;p&gt; LIMA (Reuters) - President Ivo Ruiz of Peru signed the "
     "budget.&lt;/p&gt;",
     [P("Ivo Ruiz"), H("Ivo Ruiz", "President of Peru")], [P("p> Ivo Ruiz")]),
    # -- the shape: a country's compass word as its initial ("N.Korea Says Met U.S. Officials"; kb.py) --------------
    ("N.Korea Says Talks Stalled\n\nNorth Korean envoy Ri Chol-min said the talks in Beijing had stalled.",
     [G("N.Korea", "North Korea")], []),
    ("Seoul Warns N. Korea Over Missile\n\nSouth Korean officials met in Seoul on Monday.",
     [G("N. Korea", "North Korea")], []),
    ("S.Africa, S.Korea Sign Trade Pact\n\nThe two countries signed the pact in Pretoria.",
     [G("S.Africa", "South Africa"), G("S.Korea", "South Korea")], []),
    ("E.Timor Marks Independence\n\nThousands gathered in Dili on Thursday.",
     [G("E.Timor", "East Timor")], []),
    # near misses: an initial before a surname or an unknown word is no place
    ("George W. Bush met Ivo N. Ruiz in Lima on Monday.",
     [P("George W. Bush")], [dict(label="GPE", entity="North Korea")]),
    ("S. Kestrel, a Lima lawyer, filed the suit.",
     [], [dict(label="GPE", text="S. Kestrel")]),
    # -- the shape: a dateline with neither wire nor dash ("LONDON President Vladimir Putin ..."; entities.py) --------
    ("Putin Rules Out Inquiry\n\nLONDON President Ivan Sorokin of Russia has ruled out a public inquiry.",
     [G("LONDON", "London"), P("Ivan Sorokin")], []),
    ("Iraq Frees Hostage\n\nBAGHDAD Iraq promised Wednesday to release one of two hostages.",
     [G("BAGHDAD", "Baghdad")], []),
    ("Oil Climbs\n\nWASHINGTON Oil prices climbed toward $49 per barrel on Thursday.",
     [G("WASHINGTON", "Washington, D.C.")], []),
    ("Stocks Fall\n\nNEW YORK Sept. 15, 2004 - Shares fell on Wall Street.",
     [G("NEW YORK", "New York City")], []),
    # near misses: a name in capitals opens the paragraph ("TONY Blair"), a company's word, a place inside a sentence
    ("Blair Faces Crisis\n\nTONY Blair was facing a new crisis last night.",
     [], [dict(label="GPE", text="TONY")]),
    ("Jordan Scores\n\nJORDAN Kestrel scored twice for the visitors on Saturday.",
     [], [dict(label="GPE", text="JORDAN")]),
    ("Airline Fined\n\nAIR Velmar and Qantas face a fine.",
     [], [dict(label="GPE", text="AIR")]),
    ("Ruiz Speaks\n\nUAE President Ana Ruiz spoke in Abu Dhabi.",
     [P("Ana Ruiz"), H("Ana Ruiz", "President of the United Arab Emirates")], []),
    ("Ruiz Visits\n\nThe minister said LONDON Bridge was closed.",
     [], [dict(label="GPE", text="LONDON")]),
    # -- the shape: an army's chief, an office ("Musharraf ... to stay on as army chief"; roles.jsonl) ---------------
    ("Pakistan's army chief General Asad Karim met the president in Islamabad on Monday.",
     [H("Asad Karim", "Chief of Army Staff of Pakistan")], []),
    ("Nigeria's Chief of Army Staff, Lt. Gen. Musa Danladi, visited troops in Maiduguri.",
     [H("Musa Danladi", "Chief of Army Staff of Nigeria")], []),
    ("A bill in Islamabad will allow military ruler Tariq Mahmood to stay on as army chief despite his pledge.",
     [H("Tariq Mahmood", "Chief of Army Staff of Pakistan")], []),
    # near misses: a deputy's post, a team's captain, a hypothetical
    ("Pakistan named General Imran Sadiq Vice Chief of Army Staff on Monday.",
     [], [H("Imran Sadiq", "Chief of Army Staff of Pakistan")]),
    ("Bilal Qureshi, captain of Pakistan's army football team, was named player of the year.",
     [], [H("Bilal Qureshi", "Chief of Army Staff of Pakistan")]),
    ("Pakistani lawmakers debated whether General Asad Karim should become army chief next year.",
     [], [H("Asad Karim", "Chief of Army Staff of Pakistan")]),
    # -- near misses: the noun before a name, lower case, or a longer word; a whole name stays ------------------------
    ("Deputy Ivo Ruiz Resigns\n\nDeputy Ivo Ruiz of the Peruvian Congress resigned on Friday.",
     [P("Ivo Ruiz")], [P("Ivo")]),
    ("Aide Ana Kovac Quits\n\nAna Kovac, a senior aide in Zagreb, quit on Monday.",
     [P("Ana Kovac")], [P("Ana")]),
    ("Ruiz aide says rebels will talk\n\nAn aide to Ivo Ruiz said in Lima the rebels would talk.",
     [P("Ivo Ruiz")], [P("Ruiz aide")]),
    ("Lena Aidenova Wins Chess Prize\n\nLena Aidenova of Almaty won the prize on Sunday.",
     [P("Lena Aidenova")], [P("Lena")]),
    ("Prime Minister Marta Deputatova Visits Paris\n\nPrime Minister Marta Deputatova of Slovakia arrived in Paris.",
     [P("Marta Deputatova")], [P("Marta")]),
]


def _rows(nlp, text: str) -> list[dict]:
    """The PERSON and GPE mentions and the scored facts of ``text``, cleaned first as a document is (the feed's debris)."""
    doc = lead_doc(nlp, clean(text).text, ANCHOR)
    entity = lambda s: s._.entity if s is not None else None  # noqa: E731
    people = [dict(label=s.label_, text=s.text, **({"entity": s._.entity} if s.label_ == "GPE" else {}))
              for s in doc.spans["mentions"] if s.label_ in ("PERSON", "GPE")]
    return people + [dict(predicate=f.predicate, subject=entity(f.subject), obj=entity(f.object))
                     for f in doc._.facts if f.predicate in SCORED]


def score(nlp) -> tuple[int, int, int]:
    """The table's (tp, fp, fn)."""
    return table_score(lambda text: _rows(nlp, text), LEADS)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_ag9t37_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("ag9t37 leads", lambda text: _rows(nlp, text), LEADS, capsys)
