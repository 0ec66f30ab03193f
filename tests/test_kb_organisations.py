"""The curated knowledge base of political organisations (models/kb/organisations.jsonl)."""
from __future__ import annotations

import json
from collections import defaultdict

import pytest

from pipeline.nlp.kb import fold, load_kb

from conftest import MODELS

KB_FILE = MODELS / "kb" / "organisations.jsonl"

#: Names that several countries' bodies share: none may be a surface form of one country's body.
GENERIC = ("Parliament", "Senate", "National Assembly", "House of Representatives", "Congress", "Chamber of Deputies",
           "Electoral Commission", "Election Commission", "Supreme Court", "Constitutional Court", "Socialist Party",
           "Liberal Party", "Green Party", "Social Democratic Party", "Communist Party", "National Party", "Greens",
           "Labour", "Democratic Party", "Republican Party", "People's Party", "Workers' Party", "House of Commons")


def records() -> list[dict]:
    return [json.loads(line) for line in KB_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def orgs(doc):
    return [(s.text, s._.kb_id) for s in doc.spans["mentions"] if s.label_ == "ORG"]


# -- the file ------------------------------------------------------------------------------------
def test_organisations_file_is_valid_sorted_and_only_orgs():
    rows = records()
    assert 600 <= len(rows) <= 1400  # every national chamber of legislatures.jsonl is one (round 13: 1,328)
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert all(r["label"] == "ORG" and r["id"].startswith("org:") for r in rows)
    kb = load_kb(sorted((MODELS / "kb").glob("*.jsonl")))  # validates every record and every part_of
    assert all(kb.get(r["part_of"]).label == "GPE" for r in rows if r.get("part_of"))


def test_no_surface_form_names_two_organisations():
    owners = defaultdict(set)
    for r in records():
        for alias in {r["name"], *r.get("aliases", [])}:
            owners[fold(alias)].add(r["id"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_no_generic_name_is_one_countrys_body():
    forms = {fold(a) for r in records() for a in {r["name"], *r.get("aliases", [])}}
    assert sorted(g for g in GENERIC if fold(g) in forms) == []


# -- recognition and linking -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, mention, kb_id",
    [
        ("The Bundestag elects a new chancellor.", "Bundestag", "org:bundestag"),
        ("The Knesset voted to dissolve itself on Wednesday.", "Knesset", "org:knesset"),
        ("Dáil Éireann elected the Taoiseach after a long debate.", "Dáil Éireann", "org:dail-eireann"),
        ("The Dail Eireann sat late.", "Dail Eireann", "org:dail-eireann"),
        ("Fianna Fáil and Fine Gael agreed a coalition deal.", "Fine Gael", "org:fine-gael"),
        ("Fianna Fail and Fine Gael agreed a coalition deal.", "Fianna Fail", "org:fianna-fail"),
        ("The State Duma approved the bill in its third reading.", "State Duma", "org:state-duma"),
        ("The AKP lost Istanbul to the opposition.", "AKP", "org:justice-and-development-party-turkey"),
        ("The CHP won the mayoral race in Ankara.", "CHP", "org:republican-people-party"),
        ("Turnout was high, the Election Commission of India said.", "Election Commission of India",
         "org:election-commission-of-india"),
        ("The ANC lost its majority for the first time.", "ANC", "org:african-national-congress"),
        ("The Cambodian People's Party won every seat.", "Cambodian People's Party", "org:cambodian-people-party"),
        ("FUNCINPEC won no seats at all.", "FUNCINPEC", "org:funcinpec"),
        ("Barisan Nasional was defeated for the first time since independence.", "Barisan Nasional",
         "org:barisan-nasional"),
        ("COMELEC proclaimed the winning senators.", "COMELEC", "org:commission-on-elections-philippines"),
        ("INEC declared the results in Abuja.", "INEC", "org:independent-national-electoral-commission"),
        ("NATO allies met in Brussels.", "NATO", "org:nato"),
        # a nation's branch of a party is its own party, not the party of its country
        ("Welsh Labour won the most seats in the Senedd.", "Welsh Labour", "org:welsh-labour"),
        ("The Scottish Labour Party chose a new leader.", "Scottish Labour Party", "org:scottish-labour-party"),
        ("The Scottish Tories called a vote.", "Scottish Tories", "org:scottish-conservatives"),
        ("The IMF approved a new loan.", "IMF", "org:international-monetary-fund"),
        ("Observers from the OSCE criticised the vote.", "OSCE",
         "org:organization-for-security-and-co-operation-in-europe"),
        ("The European Commission opened an inquiry.", "European Commission", "org:european-commission"),
        ("The motion passed the British House of Commons by 20 votes.", "British House of Commons",
         "org:house-of-commons-of-the-united-kingdom"),
        ("The Lok Sabha passed the bill.", "Lok Sabha", "org:lok-sabha"),
        # a party known by its former name, its qualifier in parentheses inside the name
        ("Talks with the Communist Party of Nepal (Maoist) failed.", "Communist Party of Nepal (Maoist)",
         "org:communist-party-of-nepal-maoist"),
        ("Pheu Thai formed a coalition government.", "Pheu Thai", "org:pheu-thai-party"),
        ("Sinn Féin topped the poll in Belfast.", "Sinn Féin", "org:sinn-fein"),
        ("The Kurdistan Workers' Party announced a ceasefire.", "Kurdistan Workers' Party",
         "org:kurdistan-workers-party"),
        ("The United Democratic Alliance won in Kenya.", "United Democratic Alliance",
         "org:united-democratic-alliance-kenya"),
        # widely known federal agencies, by name and by acronym
        ("The FBI arrests a Velmar city councillor.", "FBI", "org:federal-bureau-of-investigation"),
        ("Ana Ruiz denies lying to the CIA.", "CIA", "org:central-intelligence-agency"),
        ("The U.S. Food and Drug Administration approves the drug.", "U.S. Food and Drug Administration",
         "org:food-and-drug-administration"),
        ("ICE agents detain Omar Feldt in Velmar.", "ICE", "org:us-immigration-and-customs-enforcement"),
        # a demonym and a party's short name that the KB knows with "Party"
        ("The Israeli Labour leader quits.", "Israeli Labour", "org:israeli-labor-party"),
    ],
)
def test_organisation_is_found_and_linked(nlp, text, mention, kb_id):
    assert (mention, kb_id) in orgs(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        # a generic body is no country's body
        "The parliament passed the bill.",
        "The National Assembly approved the budget.",
        "The Senate confirmed the nominee.",
        "The Electoral Commission published the results.",
        "The Chamber of Deputies rejected the motion.",
        "The motion passed the House of Commons by 20 votes.",  # Canada's or the United Kingdom's
        # a same-named party of an unnamed country stays unlinked
        "The Socialist Party won the most seats.",
        "The Green Party entered parliament.",
    ],
)
def test_generic_organisation_names_are_not_linked(nlp, text):
    assert [kb_id for _, kb_id in orgs(nlp(text)) if kb_id] == []


@pytest.mark.parametrize(
    "text, whole",
    [
        # a known name inside a longer unknown one does not cut the longer one short
        ("The Social Democratic Party won in Ruritania.", "Social Democratic Party"),
        ("The Republican Party of Texas met in Houston.", "Republican Party of Texas"),
        ("The United Democratic Party won in The Gambia.", "United Democratic Party"),
        ("The Swedish People's Party of Ruritania won.", "Swedish People's Party of Ruritania"),
    ],
)
def test_known_names_do_not_truncate_longer_names(nlp, text, whole):
    assert whole in [t for t, _ in orgs(nlp(text))]
