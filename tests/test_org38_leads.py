"""Companies on fresh text (org38): a challenge table of invented leads (invented people, real places and companies).

The stop-38 audit of ORG mentions of companies, international organisations, agencies and outlets on the fresh inputs
(agw, ce_off, pool; /work/wt/org38-audit.tsv) found three recurring causes: a company the KB knows named with its
group's word ("Wal-Mart Stores Inc.", "US Airways Group Inc.", "the Boeing Company", "Enron Corporation") left
unlinked; well-known companies that recur in many wire stories missing from companies.jsonl (Google, Fannie Mae,
Sears, Roebuck and Co.: the bare name is no mention at all, the comma cuts "Sears," off); and a wire's opening "Shares
of" read into the company's name ("Shares of Velmar Motors Inc."). Each row gives the ORG mentions (as written, with
the KB id where one is wanted) it must give and those it must not. Near misses (precision first): a person named
Ford, a company the KB does not know beside one it does ("Sears Holdings"), "Company" and "Corporation" as ordinary
capitalised words, a count "of" a body that keeps its name ("Bank of Japan"). Rows main cannot read yet are ``GAP``
(strict xfails). A fourth cause came from a grep of the same shape: a KB company in a headline set in capitals before
its verb ("Google Lowers Its IPO Price Range", 51 agw stories) was no mention. ``score`` counts tp/fp/fn over the ORG
mentions.
"""
from __future__ import annotations

import pytest
from conftest import check_lead, lead_doc, lead_params, print_table_score
from mention_rows import A, O, P

from pipeline.nlp.components.common import mentions

ANCHOR = "2004-10-20"


def K(text, kb_id):  # noqa: N802 - a table's row builder
    """An ORG mention of exactly ``text`` linked to ``kb_id`` (None: linked to nothing the KB knows)."""
    return dict(predicate="ORG", subject=text, object=kb_id)


def rows(nlp, text: str, labels: tuple[str, ...] | None = None) -> list[dict]:
    """The lead's mentions as written with their KB ids (``object``); only those of ``labels`` when given."""
    out = [dict(predicate=s.label_, subject=s.text, object=s._.kb_id or None)
           for s in mentions(lead_doc(nlp, text, ANCHOR))]
    return out if labels is None else [r for r in out if r["predicate"] in labels]


#: (lead, mentions it must give, mentions it must not give[, GAP]).
LEADS = [
    # -- a KB company named with its group's word or a spelled-out legal suffix --------------------------------------
    ("Weaker holiday sales forced Wal-Mart Stores Inc. to cut its forecast for Velmar.",
     [K("Wal-Mart Stores Inc.", "org:wal-mart")], []),
    ("US Airways Group Inc. said on Tuesday that Ana Ruiz would lead its pilots' talks.",
     [K("US Airways Group Inc.", "org:us-airways")], []),
    ("Lehman Brothers Holdings Inc. and Credit Suisse Group advised Kestrel Mining Ltd.",
     [K("Lehman Brothers Holdings Inc.", "org:lehman-brothers"), K("Credit Suisse Group", "org:credit-suisse"),
      K("Kestrel Mining Ltd.", None)], []),
    ("The official admitted that she had favored the Boeing Company in Pentagon contracts.",
     [K("Boeing Company", "org:boeing"), K("Pentagon", "org:pentagon")], []),
    ("Former Enron Corporation treasurer Ivo Marek was sentenced in Houston.",
     [K("Enron Corporation", "org:enron")], []),
    ("United Technologies Corporation agreed to buy Velmar Fire Systems.",
     [K("United Technologies Corporation", "org:united-technologies"), K("Velmar Fire Systems", None)], []),
    # -- well-known companies that recur in wire stories ---------------------------------------------------------------
    ("Google Lowers Its IPO Price Range", [K("Google", "org:google")], []),
    ("Shares in newly public Google Inc. fell 2 percent on Wednesday.", [K("Google Inc.", "org:google")], []),
    ("Regulators said Fannie Mae cut corners, and smaller rival Freddie Mac had unjustly hurt it.",
     [K("Fannie Mae", "org:fannie-mae"), K("Freddie Mac", "org:freddie-mac")], [P("Fannie Mae"), P("Freddie Mac")]),
    ("Vornado Realty Trust gave Sears, Roebuck & Co.'s stock a big boost on Friday.",
     [K("Vornado Realty Trust", None), K("Sears, Roebuck & Co.", "org:sears-roebuck")], [O("Roebuck & Co.")]),
    ("Kmart Holding Corp and Sears, Roebuck and Co said Wednesday that they are merging.",
     [K("Kmart Holding Corp", "org:kmart"), K("Sears, Roebuck and Co", "org:sears-roebuck")], [O("Roebuck and Co")]),
    ("Ford Motor Co. and Nike Inc. reported higher profits in Velmar.",
     [K("Ford Motor Co.", "org:ford-motor-company"), K("Nike Inc.", "org:nike")], []),
    ("Nova Chemicals and BP Plc, Europe's biggest oil company, form a venture in Velmar.",
     [K("Nova Chemicals", None), K("BP Plc", "org:bp")], []),
    ("Yahoo is gambling that price cuts on its Web hosting products will win small businesses.",
     [K("Yahoo", "org:yahoo")], []),
    # -- a headline's capitalised verb ends the KB company's name --------------------------------------------------
    ("Microsoft Launches New Search Engine in Velmar", [K("Microsoft", "org:microsoft")], []),
    ("Delta Air Lines Prepares for Bankruptcy Filing", [K("Delta Air Lines", "org:delta-air-lines")], []),
    ("Ford Motor Credit Raises Rates", [], [O("Ford Motor")]),
    ("Bayer Kestrel Wins Cup Final", [], [O("Bayer")]),
    # -- a wire's opening "Shares of" is no part of the name -----------------------------------------------------------
    ("Shares of Velmar Motors Inc. surged 17 percent Monday.", [O("Velmar Motors Inc.")],
     [A("Shares of Velmar Motors Inc.")]),
    ("NEW YORK (Reuters) - Shares of Kestrel Therapeutics Corp. fell almost 9 percent on Friday.",
     [O("Kestrel Therapeutics Corp.")], [A("Shares of Kestrel Therapeutics Corp.")]),
    # -- near misses: a person, a company the KB does not know, common words, a body "of" a place -----------------------
    ("Gerald Ford and Ana Ford met voters in Michigan.", [], [O("Ford"), O("Gerald Ford"), O("Ana Ford")]),
    # a given name before a company's one-word name makes it a surname (found in the full suite after the merges)
    ("Houston mayor candidate Rob Sears and Senator Ana Ericsson met voters.", [], [O("Sears"), O("Ericsson")]),
    ("Sears said on Monday that Kmart's offer was too low.", [K("Sears", "org:sears-roebuck"), K("Kmart", "org:kmart")],
     [P("Sears")]),
    ("Sears Holdings Corp. named Ivo Marek its chief financial officer.",
     [K("Sears Holdings Corp.", None)], [K("Sears Holdings Corp.", "org:sears-roebuck"), O("Sears")]),
    ("Company officials said the Corporation Tax would rise.", [], [O("Company"), A("Company officials")]),
    ("The Bank of Japan governor said the bank's policy would continue.", [K("Bank of Japan", "org:bank-of-japan")],
     [A("Japan")]),
    ("Hundreds of Velmar Motors workers went on strike.", [O("Velmar Motors")], [A("Hundreds of Velmar Motors")]),
    ("Shares of the company rose after the Velmar Securities Commission approved the deal.",
     [O("Velmar Securities Commission")], [A("Shares")]),
    ("The Boeing 777 landed in Velmar while Google News reported the delay.", [O("Google News")],
     [O("Boeing"), O("Google")]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_org38_leads(nlp, text, wanted, unwanted):
    check_lead(rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("org38 leads", lambda text: rows(nlp, text, ("ORG",)), LEADS, capsys)
