"""The curated list of widely known companies (models/kb/companies.jsonl) and how their names are read."""
from __future__ import annotations

import json
from collections import defaultdict

import pytest

from pipeline.nlp.kb import fold, load_kb

from conftest import MODELS

KB_FILE = MODELS / "kb" / "companies.jsonl"


def records() -> list[dict]:
    return [json.loads(line) for line in KB_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def orgs(doc):
    return [(s.text, s._.kb_id) for s in doc.spans["mentions"] if s.label_ == "ORG"]


def test_companies_file_is_valid_sorted_and_only_companies():
    rows = records()
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert all(r["label"] == "ORG" and r["type"] == "company" and r["id"].startswith("org:") for r in rows)
    load_kb(sorted((MODELS / "kb").glob("*.jsonl")))  # validates every record


def test_no_company_name_is_another_kb_name():
    """A company's name or alias names nothing else the KB knows (a city "Toyota", a party): no entry is ambiguous."""
    owners = defaultdict(set)
    for path in sorted((MODELS / "kb").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for alias in {r["name"], *r.get("aliases", [])}:
                    owners[fold(alias)].add(r["id"])
    forms = {fold(a) for r in records() for a in {r["name"], *r.get("aliases", [])}}
    assert {f: v for f, v in owners.items() if f in forms and len(v) > 1} == {}


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
