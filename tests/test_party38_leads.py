"""A party's name several countries share, linked to the party of the story's country: a challenge table of invented
leads (invented people, real places and parties).

The audit of stop 38 (party mentions of the fresh inputs agw, ce_off, pool; 130 sampled rows) found a party's name that
two countries' parties share linked by the name alone: "Labour Party" and "Conservative Party" to the United Kingdom's,
whose KB names they are ("the opposition Labour Party" in a Jerusalem story, "the Conservatives" in the Canadian federal
election), and "Democratic Party", "Liberal Party", "Social Democratic Party", "Freedom Party" to an entity of no
country, one for the Italian, Canadian, Romanian and Austrian parties and the American ones. The same shape over the
three fresh inputs and the four tune golds: 42 rows in 28 stories outside the United States (10 rows, 8 stories, given
the United Kingdom's party: Israel's, Malta's, the Netherlands' Labour, Canada's Tories), and 128 rows of US stories
whose "Democrat(ic)"/"Republican(s)" no KB party took.
The linker now reads such a name (``Linker._story_party``) as the party of the one country of those parties that the
story names (its places as linked and its demonyms), when it does not name the country of the party the name was
linked to; in a story on a province of a country whose provinces' parties are their own
(provincial_party_countries.tsv: Canada), as no party of the KB. Negatives: a story of the linked party's country, a
story naming two countries with such a party, a name a KB party holds with its country ("the Communist Party of Cuba",
"the British Conservative Party"), a story naming no country, a Canadian province's party.
``score`` counts ORG mentions by entity id (fp: any other ORG): main a026f90 13 of 24 leads pass (the negatives but the
New Brunswick Tories, and three possessed parties, "Canada's Liberal Party"; tp/fp/fn 10/16/12); with the story's party
24 of 24 (22/4/0).
"""
from __future__ import annotations

import pytest
from conftest import check_lead, lead_doc, lead_params, print_table_score
from mention_rows import mention

from pipeline.nlp.components.common import mentions

ANCHOR = "2024-05-04"


def L(entity_id):  # noqa: N802 - a table's row builder
    """An ORG mention linked to ``entity_id``."""
    return mention("ORG", entity_id)


def link_rows(nlp, text: str) -> list[dict]:
    """The lead's ORG mentions, each a row of the entity id it is linked to."""
    return [mention(s.label_, s._.entity_id) for s in mentions(lead_doc(nlp, text, ANCHOR)) if s.label_ == "ORG"]


#: (lead, links it must give, links it must not give[, GAP]).
LEADS = [
    # -- a shared name in a story of one country with such a party --------------------------------------------------
    ("JERUSALEM (Reuters) - Israeli Prime Minister Avi Dror invited the opposition Labour Party to join his "
     "government.",
     [L("org:israeli-labor-party")], [L("org:labour-party-uk")]),
    ("In the Canadian federal election, the Conservatives won a plurality of seats in the House of Commons.",
     [L("org:conservative-party-of-canada")], [L("org:conservative-party-uk")]),
    ("Malta's Labour Party won 55 percent of the vote, and Prime Minister Karl Borg claimed victory.",
     [L("org:labour-party-malta")], [L("org:labour-party-uk")]),
    ("Dutch voters gave the Labour Party 30 seats, its best result in a decade.",
     [L("org:labour-party-netherlands")], [L("org:labour-party-uk")]),
    ("Former Italian Prime Minister Marco Neri won back the leadership of the Democratic Party in an open primary.",
     [L("org:democratic-party-italy")], [L("org:democratic-party")]),
    ("In Austria, the Social Democratic Party and the Freedom Party agreed to open coalition talks.",
     [L("org:social-democratic-party-of-austria"), L("org:freedom-party-of-austria")],
     [L("org:social-democratic-party"), L("org:freedom-party")]),
    ("Canada's Liberal Party won a minority government, and Prime Minister Paul Lenoir said he would govern alone.",
     [L("org:liberal-party-of-canada")], [L("org:liberal-party")]),
    ("OTTAWA (CP) - The Liberal Party will rely on the opposition's support in the first minority Parliament since "
     "1979.",
     [L("org:liberal-party-of-canada")], [L("org:liberal-party")]),
    ("Portugal's Socialist Party won the snap election, and its leader Rui Costa will form a government.",
     [L("org:socialist-party-portugal")], [L("org:socialist-party")]),
    ("In Singapore, the Workers' Party kept its ten seats in the parliamentary election.",
     [L("org:workers-party-singapore")], [L("org:workers-party")]),
    ("Mongolia's Democratic Party endorsed Bat Erdene for president on Sunday.",
     [L("org:democratic-party-mongolia")], [L("org:democratic-party")]),
    ("The Democratic Party chose Ohio for its convention, and Republicans in Ohio welcomed the news.",
     [L("org:democratic-party-us"), L("org:republican-party-us")], [L("org:democratic-party")]),
    ("The Bucharest mayor blamed the strike on the Social Democratic Party, Romania's largest party.",
     [L("org:social-democratic-party-romania")], [L("org:social-democratic-party-of-austria")]),
    # -- negatives: the linked party's country named, two countries with such a party, a name with its country, no
    # country at all ------------------------------------------------------------------------------------------------
    ("Prime Minister Tom Hale's Labour Party lost 300 seats in the British local elections.",
     [L("org:labour-party-uk")], [L("org:labour-party-malta"), L("org:israeli-labor-party")]),
    ("The Conservative Party held the seat in a by-election in Kent, England.",
     [L("org:conservative-party-uk")], [L("org:conservative-party-of-canada")]),
    ("Canadian Prime Minister Paul Lenoir met the British Conservative Party's leader in London.",
     [L("org:conservative-party-uk")], [L("org:conservative-party-of-canada")]),
    ("Socialist Party leaders from France and Portugal met in Brussels on Monday.",
     [], [L("org:socialist-party-france"), L("org:socialist-party-portugal"), L("org:socialist-party-belgium")]),
    ("The Communist Party of Cuba elected Luis Mora its first secretary in Havana.",
     [L("org:communist-party-of-cuba")], [L("org:chinese-communist-party")]),
    ("Labour Party leader Jane Orme met Israel's prime minister in London on Monday.",
     [L("org:labour-party-uk")], [L("org:israeli-labor-party")]),
    ("The Labour Party elected Jane Orme its new leader on Saturday.",
     [L("org:labour-party-uk")], [L("org:labour-party-malta"), L("org:australian-labor-party")]),
    ("Labour delegates forced a vote on the Iraq war at the Labour Party conference.",
     [L("org:labour-party-uk")], [L("org:labour-party-malta"), L("org:israeli-labor-party")]),
    ("New Brunswick voters ousted Premier Bernard Lord's Tories and elected a Liberal majority under Tom Hale.",
     [], [L("org:conservative-party-uk"), L("org:conservative-party-of-canada")]),
    ("The Liberal Party won a majority of seats in British Columbia's general election.",
     [], [L("org:liberal-party-of-canada"), L("org:liberal-party-of-australia")]),
    ("Hong Kong democrats won more seats. Democrats tightened their grip on Hong Kong's legislature.",
     [], [L("org:democratic-party-us")]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_party38_leads(nlp, text, wanted, unwanted):
    check_lead(link_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("party38 leads", lambda text: link_rows(nlp, text), LEADS, capsys)


@pytest.mark.parametrize("rows, error", [
    ("country\nCanada\n", None),
    ("country\nZembla\n", "is no one country of the KB"),
    ("country\nOntario\n", "is no one country of the KB"),
    ("country\nCanada\nCanada\n", "duplicate country"),
])
def test_provincial_party_countries_validated(nlp, tmp_path, rows, error):
    """Each row names one KB country, once; errors give file and line."""
    from pipeline.errors import DataError
    from pipeline.nlp.resources import load_provincial_party_countries

    kb = nlp.get_pipe("newsfacts_entities").res.kb
    path = tmp_path / "provincial_party_countries.tsv"
    path.write_text(rows, encoding="utf-8")
    if error is None:
        assert load_provincial_party_countries(path, kb) == frozenset({"gpe:canada"})
    else:
        with pytest.raises(DataError, match=rf"{path.name}:\d+: .*{error}"):
            load_provincial_party_countries(path, kb)
