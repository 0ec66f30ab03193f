"""The curated list of widely known companies (models/kb/companies.jsonl) and how their names are read."""
from __future__ import annotations

import pytest


from conftest import MODELS, check_curated_kb_file

KB_FILE = MODELS / "kb" / "companies.jsonl"


def orgs(doc):
    return [(s.text, s._.kb_id) for s in doc.spans["mentions"] if s.label_ == "ORG"]


def test_companies_file_is_valid_sorted_and_unambiguous():
    """Sorted unique ids, only company records, a KB that loads, and no name another KB entry has too."""
    check_curated_kb_file(KB_FILE, "company")


@pytest.mark.parametrize("text, expected", [
    # a company the KB knows needs no cue ("company", "Inc.")
    ("GlaxoSmithKline and Sanofi begin a new vaccine trial in Velmar.",
     [("GlaxoSmithKline", "org:glaxosmithkline"), ("Sanofi", "org:sanofi")]),
    ("The government allows the sale of Alstom's power business to General Electric.",
     [("Alstom", "org:alstom"), ("General Electric", "org:general-electric")]),
    # its legal suffix stays in the name, after a comma too
    ("Shares of Pfizer Inc. rose.", [("Pfizer Inc.", "org:pfizer")]),
    ("Boeing said on Tuesday it would cut jobs.", [("Boeing", "org:boeing")]),
    # a month or weekday after it ends the name
    ("Microsoft Tuesday said it would appeal.", [("Microsoft", "org:microsoft")]),
    # a capitalised word after it starts a longer name the KB does not know: not the company's
    ("Bayer Velmar beat Kestrel United 2-0.", []),
    # a model's number after it names a product, no company
    ("The Boeing 777 and an Airbus A380 landed in Velmar.", []),
    # ... and so does a name glued to it by a hyphen or dash
    ("The Pfizer–Kestrel vaccine and the Velmar-Moderna shot were approved.", []),
    # ... not a noun after it: a company's staff or case ("the Enron executives")
    ("The Kestrel court heard the Enron executives.", [("Enron", "org:enron")]),
    ("Siemens Kestrel Holdings filed its report.", [("Siemens Kestrel Holdings", None)]),
    # classes of companies: an index's members, rating agencies, studios, carriers, chipmakers, airlines
    ("Philip Morris asked the Velmar court to act.", [("Philip Morris", "org:philip-morris")]),
    ("Standard & Poor's cut Delta Air Lines.", [("Standard & Poor's", "org:standard-poor"),
                                               ("Delta Air Lines", "org:delta-air-lines")]),
    ("AMD and Hynix cut prices; HP and Cingular gained.",
     [("AMD", "org:advanced-micro-devices"), ("Hynix", "org:hynix-semiconductor"), ("HP", "org:hewlett-packard"),
      ("Cingular", "org:cingular-wireless")]),
    # a company named with a person's style: no person ("Dr" and "Mr" are person cues, qualifiers.tsv honorifics)
    ("Cadbury Schweppes, the maker of Dr Pepper and 7Up, cut its forecast.",
     [("Cadbury Schweppes", None), ("Dr Pepper", "org:dr-pepper")]),
    ("Dr. Reddy's Laboratories won approval for a generic drug.",
     [("Dr. Reddy's Laboratories", "org:dr-reddys-laboratories")]),
    ("Mr Price Group and Dr. Martens reported higher sales.",
     [("Mr Price Group", "org:mr-price-group"), ("Dr. Martens", "org:dr-martens")]),
    # a company named after a county (Berkshire, Norfolk): the company, no place
    ("Berkshire Hathaway's vice-chairman gave $43 million to Stanford.",
     [("Berkshire Hathaway", "org:berkshire-hathaway")]),
    ("Norfolk Southern said its trains would run.", [("Norfolk Southern", "org:norfolk-southern")]),
    # an alias that opens a longer capitalised name is not the company ("MGM Mirage", a casino operator)
    ("MGM Mirage opened a hotel in Velmar.", []),
])
def test_kb_companies_are_organisations(nlp, text, expected):
    assert orgs(nlp(text)) == expected
