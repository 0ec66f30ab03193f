"""Who heads a central bank or the IMF, by the wire's words: a table of round 37 (hold37).

The shape recurs across sources: "The Bank of Japan governor Kazuo Ueda says" (pool8_tune ce-eb75e2751c, a required
row), "Fed chief Alan Greenspan" (agw ag-1336), "Federal Reserve chief Alan Greenspan said" (agw ag-1372), "IMF
managing director Rodrigo Rato revealed" (agw ag-2117). A central bank's head is named by its own title (Governor of
the Bank of Japan, Chairman of the Federal Reserve, Managing Director of the International Monetary Fund), whatever
word the wire uses ("governor", "chief", "head"). Negatives (about 40%): a board member of a bank whose head has
another title ("Federal Reserve Governor X"), a bank's chief economist, a company bank's chief executive, a hope, a
denial, a poll, a sports team of a bank. Invented people; real banks and offices. Rows the pipeline does not read yet
are ``GAP`` (strict xfails); ``score`` prints the table's tp/fp/fn.
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from paraphrase import current as cur, former as was, holder as H, holder_rows as _rows  # noqa: N812

BOJ = "Governor of the Bank of Japan"
BOE = "Governor of the Bank of England"
RBI = "Governor of the Reserve Bank of India"
RBA = "Governor of the Reserve Bank of Australia"
FED = "Chairman of the Federal Reserve"
IMF = "Managing Director of the International Monetary Fund"
ECB = "President of the European Central Bank"

#: (lead, rows it must give, rows it must not give[, GAP]).
LEADS = [
    # title before the name, the bank's own word
    ("Bank of Japan governor Hiroshi Tanabe said the bank's loose monetary policy would continue.",
     [cur("Hiroshi Tanabe", BOJ)], []),
    ("Reserve Bank of India Governor Anil Mehra kept the repo rate unchanged on Friday.",
     [cur("Anil Mehra", RBI)], []),
    ("Reserve Bank of Australia governor Ellen Marsh said rates would stay on hold until the election.",
     [cur("Ellen Marsh", RBA)], []),
    ("Former Bank of England governor Martin Hale backed the Conservative candidate in the by-election.",
     [was("Martin Hale", BOE)], []),
    ("Bank of Canada Governor Claire Dubois said rates would stay on hold until after the election.",
     [cur("Claire Dubois", "Governor of the Bank of Canada")], []),
    ("Bundesbank president Klaus Weber warned of a recession.",
     [cur("Klaus Weber", "President of the Deutsche Bundesbank")], []),
    ("Former Fed chairman Thomas Whitfield endorsed the Democratic candidate for president.",
     [was("Thomas Whitfield", FED)], []),
    # apposition after or before the name
    ("Hiroshi Tanabe, governor of the Bank of Japan, told parliament that the yen was too weak.",
     [cur("Hiroshi Tanabe", BOJ)], []),
    ("The governor of the Bank of England, Martin Hale, warned that inflation would rise.",
     [cur("Martin Hale", BOE)], []),
    ("Min-jun Park, head of the Bank of Korea, said growth would slow.",
     [cur("Min-jun Park", "Governor of the Bank of Korea")], []),
    # the wire's "chief" and "managing director"
    ("The economy is picking up steam, Federal Reserve chief Thomas Whitfield said on Wednesday.",
     [cur("Thomas Whitfield", FED)], []),
    ("The dollar firmed ahead of comments from Fed chief Thomas Whitfield that are expected to cement a rate rise.",
     [cur("Thomas Whitfield", FED)], []),
    ("Japan should take steps to boost economic growth, IMF managing director Carlos Ferrer said.",
     [cur("Carlos Ferrer", IMF)], []),
    ("European Central Bank president Pierre Lambert said the decision to hold rates was unanimous.",
     [cur("Pierre Lambert", ECB)], []),
    # a body the KB knows whose head has its own title ("Palestine Liberation Organization chief Mahmoud Abbas told the
    # Arab League", agw ag-6556)
    ("PLO chief Samir Haddad told the Arab League that no interim settlement would be accepted.",
     [cur("Samir Haddad", "Chairman of the Palestine Liberation Organization")], []),
    ("PLO chief negotiator Samir Haddad said talks would resume after the election.", [],
     [H("Samir Haddad", "Chairman of the Palestine Liberation Organization")]),
    # negatives: another post at the same bank, a company's chief, a hope, a denial, a poll, a team
    ("Federal Reserve Governor Mark Olsen speaks about his economic outlook at noon.",
     [cur("Mark Olsen", "Member of the Board of Governors of the Federal Reserve System")], [H("Mark Olsen", FED)]),
    ("Growth will slow next year, International Monetary Fund chief economist Raj Patel said.", [],
     [H("Raj Patel", IMF)]),
    ("IMF chief economist Raj Patel said that high oil prices would not hurt global growth.", [],
     [H("Raj Patel", IMF)]),
    ("Reserve Bank of India deputy governor Anil Mehra said inflation was easing.", [],
     [H("Anil Mehra", RBI)]),
    ("The Bank of England's chief economist, Martin Hale, said inflation would rise.", [],
     [H("Martin Hale", BOE)]),
    ("Bank of Japan board member Hiroshi Tanabe voted against the rate rise.", [],
     [H("Hiroshi Tanabe", BOJ)]),
    ("Texas Governor Dan Miller visited the Bank of Japan's Tokyo headquarters before the primary.",
     [cur("Dan Miller", "Governor of Texas")], [H("Dan Miller", BOJ)]),
    ("Deutsche Bank chief executive Josef Acker announced a much-anticipated restructuring.", [],
     [H("Josef Acker")]),
    ("Analysts say Hiroshi Tanabe could be named Bank of Japan governor when the term ends in April.", [],
     [H("Hiroshi Tanabe", BOJ)]),
    ("Martin Hale denied that he would become governor of the Bank of England.", [],
     [H("Martin Hale", BOE)]),
    ("A poll of economists names Thomas Whitfield the favourite to be the next Fed chief.", [],
     [H("Thomas Whitfield", FED)]),
    ("Yuki Sato, coach of the Bank of Japan rugby team, praised his players after the final.", [],
     [H("Yuki Sato")]),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_hold37_leads(nlp, text, wanted, unwanted):
    check_lead(_rows(nlp, text), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("hold37 central bank leads", lambda text: _rows(nlp, text), LEADS, capsys)
