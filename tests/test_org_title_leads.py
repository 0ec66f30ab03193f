"""A head's bare title owned by a named organisation: a challenge table of invented leads.

"The University of Virginia reinstates President Teresa Sullivan" (pool7) names the university's president, no
country's: a bare head's title ("President", "Chancellor", "Vice President") before or after the name of a non-state
organisation that owns it in the same clause (a university, a company, a club or team, a union, a church, a
foundation) is that organisation's post, and no holds_office row follows. Each row is an invented lead (invented
people, real or invented organisations) in a wire's, a local paper's or a headline's wording, with the rows it must
give and those it must not. About two rows in five are near misses where the title stays the country's: a holder the
KB knows ("Harvard-educated President Barack Obama", "President Joe Biden visits the University of Delaware", "the
company welcomed President Emmanuel Macron"), a place the mention tells ("French President X", "President X of
Peru"), an organisation that is the title's object or sits in another clause. Rows the pipeline does not read yet are
marked ``GAP`` (strict xfails); ``score`` counts the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, held_row, lead_params, lead_rows, print_table_score

ANCHOR = "2024-06-01"
#: The predicates the table scores.
SCORED = ("holds_office",)


def H(subject, obj=None, **extra):  # noqa: N802 - a table's row builder
    return dict(predicate="holds_office", subject=subject, **({"obj": obj} if obj is not None else {}), **extra)


#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # -- the organisation before the title, its subject --------------------------------------------------------------
    ("The University of Vermont reinstates President Ana Ruiz after a board vote.", [], [H("Ana Ruiz")]),
    ("Stanford University names President Tom Hart to a second five-year term.", [], [H("Tom Hart")]),
    ("Velmar Motors fires President Tom Hart over accounting errors.", [], [H("Tom Hart")]),
    ("Acme Corp. on Monday promoted Vice President Lena Marsh to chief operating officer.", [], [H("Lena Marsh")]),
    ("The Ford Foundation appoints President Ana Ruiz to lead its climate programme.", [], [H("Ana Ruiz")]),
    ("Real Madrid re-elects President Jorge Molina unopposed for a fourth term.", [], [H("Jorge Molina")]),
    ("The Cincinnati Reds dismiss President Tom Hart after a losing season.", [], [H("Tom Hart")]),
    ("The Teamsters Union re-elects President Ana Ruiz by a wide margin.", [], [H("Ana Ruiz")]),
    ("The University of Edinburgh installs Chancellor Tom Hart at a ceremony in Edinburgh.", [],
     [H("Tom Hart")]),
    ("The Free University of Berlin re-elects President Lukas Weber for another term.", [], [H("Lukas Weber")]),
    ("Heidelberg University honours Chancellor Lukas Weber as he retires.", [], [H("Lukas Weber")]),
    ("The Methodist Church of Ghana elects President Kwame Mensah at its conference in Accra.", [],
     [H("Kwame Mensah")]),
    ("Kenyatta University suspends Vice President Peter Kamau over a hiring scandal in Nairobi.", [],
     [H("Peter Kamau")]),
    ("The Velmar Steelworkers Union ousted President Ivan Petrov on Friday, the union said.", [],
     [H("Ivan Petrov")]),
    ("Boston College on Tuesday inaugurated President Ana Ruiz, its first woman leader.", [], [H("Ana Ruiz")]),
    ("Kestrel University re-elected President Ana Ruiz at its senate meeting in Berlin.", [], [H("Ana Ruiz")]),
    # a verb of saying names no post's owner: the title stays read as the story's country's
    ("The University of Vermont said President Ana Ruiz would step down in June.", [], [H("Ana Ruiz")], GAP),
    # -- the organisation's possessive or name right before the title ---------------------------------------------
    ("Harvard University's President Ana Ruiz testified before Congress on Tuesday.", [], [H("Ana Ruiz")]),
    ("Cornell University President Tom Hart announced his resignation.", [], [H("Tom Hart")]),
    ("Toyota Motor Corp. President Kenji Sato apologised for the recall in Tokyo.", [], [H("Kenji Sato")]),
    ("The Rockefeller Foundation's president, Ana Ruiz, said the grants would double.", [], [H("Ana Ruiz")]),
    ("Oxford University Chancellor Tom Hart opened the new library.", [], [H("Tom Hart")]),
    # -- the organisation after the title and the name ------------------------------------------------------------------
    ("President Ana Ruiz of Cornell University announced her resignation on Monday.", [], [H("Ana Ruiz")]),
    ("President Tom Hart of the Velmar Teachers Union called a strike for Monday.", [], [H("Tom Hart")]),
    ("Chancellor Lukas Weber of the University of Vienna opened the academic year.", [], [H("Lukas Weber")]),
    ("President Jorge Molina of Atletico Madrid denied the transfer rumours in Madrid.", [], [H("Jorge Molina")]),
    ("Tom Hart, President of the Carnegie Foundation, spoke at the gala in New York.", [], [H("Tom Hart")]),
    ("Ana Ruiz, the company's President, told shareholders in Paris that profits rose.", [], [H("Ana Ruiz")]),
    ("Vice President Lena Marsh of Velmar Airlines resigned after the crash.", [], [H("Lena Marsh")]),
    ("Chancellor Tom Hart of the University of Cambridge said fees would rise.", [], [H("Tom Hart")]),
    ("President Kwame Mensah of the Presbyterian Church of Ghana urged calm before the vote.", [],
     [H("Kwame Mensah")]),
    ("President Ana Ruiz of Velmar Holdings said the merger would close in June.", [], [H("Ana Ruiz")]),
    # -- near misses: the title stays the country's ----------------------------------------------------------------------
    ("Harvard-educated President Barack Obama signed the bill on Friday.",
     [H("Barack Obama", "President of the United States")], []),
    ("President Joe Biden visits the University of Delaware on Friday.",
     [H("Joe Biden", "President of the United States")], []),
    ("The company welcomed President Emmanuel Macron to its new plant near Lyon.",
     [H("Emmanuel Macron", "President of France")], []),
    ("Velmar Motors welcomed French President Ana Ruiz to its plant near Lyon.",
     [H("Ana Ruiz", "President of France")], []),
    ("The University of Nairobi hosted President Daniel Okoro of Kenya on Monday.",
     [H("Daniel Okoro", "President of Kenya")], []),
    ("Kenyan President Daniel Okoro opened the University of Nairobi's new library.",
     [H("Daniel Okoro", "President of Kenya")], []),
    ("Stanford University awarded German Chancellor Lukas Weber an honorary degree.",
     [H("Lukas Weber", "Chancellor of Germany")], []),
    ("The Teamsters Union endorsed President Joe Biden for re-election.",
     [H("Joe Biden", "President of the United States")], []),
    ("Ana Ruiz, a graduate of Yale University, was sworn in as President of Colombia on Sunday.",
     [H("Ana Ruiz", "President of Colombia")], []),
    ("President Ana Ruiz of Peru met executives of Barrick Gold in Lima.",
     [H("Ana Ruiz", "President of Peru")], []),
    ("Ghanaian President Kwame Mensah met the head of the Ford Foundation in Accra.",
     [H("Kwame Mensah", "President of Ghana")], []),
    ("Toyota Motor Corp. executives met Japanese Prime Minister Kenji Sato in Tokyo.",
     [H("Kenji Sato", "Prime Minister of Japan")], []),
    ("The Catholic Church welcomed Brazilian President Ana Ruiz to the Vatican.",
     [H("Ana Ruiz", "President of Brazil")], []),
    ("Austrian Chancellor Lukas Weber spoke at the University of Vienna on Monday.",
     [H("Lukas Weber", "Chancellor of Austria")], []),
    ("President Emmanuel Macron, a former Rothschild banker, visited the Sorbonne.",
     [H("Emmanuel Macron", "President of France")], []),
    ("Students at Columbia University protested as Colombian President Ana Ruiz spoke.",
     [H("Ana Ruiz", "President of Colombia")], []),
    ("Real Madrid players met Spanish Prime Minister Jorge Molina after the final.",
     [H("Jorge Molina", "Prime Minister of Spain")], []),
    ("Velmar Motors shares fell after Mexican President Ana Ruiz announced new tariffs.",
     [H("Ana Ruiz", "President of Mexico")], []),
    ("The Ford Foundation praised Chilean President Ana Ruiz for the reform.",
     [H("Ana Ruiz", "President of Chile")], []),
    ("Kenya's President Daniel Okoro fired the chairman of Kenya Airways on Monday.",
     [H("Daniel Okoro", "President of Kenya")], []),
]


def _rows(nlp, text: str) -> list[dict]:
    return lead_rows(nlp, text, ANCHOR, SCORED, held_row)


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_org_title_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("org title leads", lambda text: _rows(nlp, text), LEADS, capsys)
