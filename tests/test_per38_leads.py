"""A company whose name is shaped like a person's: a challenge table (real companies, invented people and firms).

Section 1. The audit of stop 38 read 150 PERSON mentions of fresh text (agw, ce_off, pool; /work/wt/per38-audit.tsv): 14 wrong,
6 of them a company or a club that a first name opens ("Fannie Mae", "Freddie Mac", "Turner Newall", "Dow Jones",
"Paris Saint-Germain"). Over the three fresh outputs the shape recurs: "Fannie Mae" x21 in 13 agw stories, "Freddie
Mac" x5, "Merrill Lynch" x3, "James Hardie" x3, "Eli Lilly" x2, "Paris Saint-Germain" x3 in ce_off, each a PERSON by
its first name (shape.first_name). Three readings: (1) the KB knows the widely written ones (companies.jsonl,
teams.jsonl); (2) a KB company in a headline ends before a headline's verb or common word ("Morgan Stanley Profit
Falls", "Fannie Mae Used Improper Accounting"), where a capitalised word after it used to make a longer name the
KB does not know, and the first name made a person of it; (3) a company the story names with "and Co." or "& Co." is
the company where it drops the suffix ("Eli Lilly and Co. ... Eli Lilly said"), as one named with "Co." alone was.
Negatives: people whose given name opens a KB company's name ("Eli Manning", "Morgan Freeman", "Freddie Mercury"),
a company's officer, a person named beside a company that does not share the name.
Section 2. A headline's verb that the treebank-built headline_verbs.tsv lacks made a name of a place or a word
before it ("Israel OKs", "Perry OKs", "France Mulls", "Visa Withheld", "Jackson Accuser Testifies", "Eli Lilly
Tumble": PERSON in seven agw stories); models/build/sources/headline_verbs_extra.txt now adds 24 hand-written
headline verbs to the build (the rebuilt lexicon differs from main's only by them). Negatives: the word a surname the
story writes so ("Ana Hails ... Hails said"), a lower-case verb after a name.
Section 3. A natural feature's, a road's or a venue's name that a first name opens ("Madison Square Garden" x2,
"Erez Crossing", "Fan Pier" x2 in agw and ag_tune, "George Parks Highway", "Willow Beach", "Leilani Estates", "San
Pablito Market", "Phoenix International Raceway" in ce_off) was a PERSON: eight feature heads more in place_heads.tsv
(no head that is a politician's surname too: "Lake", "Hills", "Ridge", "Park" stay out). Negatives: "Tom Ridge",
"Pier" opening a name, a lower-case "market".
Section 4. A byline's staff noun kept in the writer's name ("By Howard LaFranchi Staff writer of ...", "By Bennett
Richardson Correspondent of ...", "By Malcolm Moore, Economics Correspondent": three agw stories): "correspondent" and
"staff" are name trailers (name_trailers.tsv), never a name's last word. Negative: a lower-case "staff
correspondent" apposition.
``score`` counts the table's PERSON, ORG and GPE tp/fp/fn (fp: any other such mention): main a026f90 passes 10 of 37
rows (negatives only; tp/fp/fn 26/49/14); this branch 37 of 37 and the GAP (39/22/1).
"""
from __future__ import annotations

import pytest
from conftest import GAP, check_lead, lead_params, print_table_score
from mention_rows import G, O, P, mention_rows

ANCHOR = "2004-10-01"

#: (lead, mentions it must give, mentions it must not give[, GAP]).
LEADS = [
    # -- a company the KB knows -------------------------------------------------------------------------------------
    ("Federal prosecutors opened an investigation into possible wrongdoing at mortgage giant Fannie Mae on Thursday.",
     [O("Fannie Mae")], [P("Fannie Mae")]),
    ("Freddie Mac announced on Monday that it is shutting down some operations of its sales division.",
     [O("Freddie Mac")], [P("Freddie Mac")]),
    ("Japanese stocks failed to meet an assessment made in April by Merrill Lynch's chief strategist, Ivo Kestrel.",
     [O("Merrill Lynch"), P("Ivo Kestrel")], [P("Merrill Lynch")]),
    ("More than 5000 asbestos victims rallied outside a general meeting of James Hardie in central Sydney today.",
     [O("James Hardie")], [P("James Hardie")]),
    ("Paris Saint-Germain signed the Velmar forward Tomas Reyes on Friday.",
     [O("Paris Saint-Germain"), P("Tomas Reyes")], [P("Paris Saint-Germain")]),
    # -- a KB company in a headline, before a headline's verb or noun -------------------------------------------------
    ("Fannie Mae Used Improper Accounting, Probe Finds\n\nRegulators said on Wednesday that Fannie Mae used improper "
     "accounting to manipulate its earnings.",
     [O("Fannie Mae")], [P("Fannie Mae Used"), P("Fannie Mae")]),
    ("Morgan Stanley Profit Falls 34 Percent\n\nU.S. investment bank Morgan Stanley said on Wednesday that its "
     "quarterly profit fell 34 percent.",
     [O("Morgan Stanley")], [P("Morgan Stanley")]),
    ("Fannie Mae Executives Face Questions\n\nSpeculation swirled on Thursday over the futures of the mortgage "
     "company's top executives.",
     [O("Fannie Mae")], [P("Fannie Mae")]),
    # -- a company named with "and Co." or "& Co." elsewhere in the story --------------------------------------------
    ("Oscar Pellham and Co. posted a loss for the quarter. Oscar Pellham said costs of steel rose.",
     [O("Oscar Pellham")], [P("Oscar Pellham")]),
    ("Harold Brantley & Co. fell 3 percent in New York trading after Harold Brantley cut its forecast.",
     [O("Harold Brantley")], [P("Harold Brantley")]),
    ("Eli Lilly and Co. will cut 575 jobs in the United States, Eli Lilly said on Thursday.",
     [O("Eli Lilly")], [P("Eli Lilly")]),
    # -- negatives: people ----------------------------------------------------------------------------------------------
    ("Houston mayor candidate Rob Sears and Senator Ana Ericsson met voters.", [P("Rob Sears"), P("Ana Ericsson")],
     [O("Sears"), O("Ericsson")]),
    ("Fannie Mae chief executive Franklin D. Raines invited reporters to his office.",
     [O("Fannie Mae"), P("Franklin D. Raines")], [P("Fannie Mae")]),
    ("Eli Manning threw three touchdown passes as New York won 24-17.",
     [P("Eli Manning")], [O("Eli Manning"), O("Eli")]),
    ("Morgan Freeman narrated the campaign film shown at the convention.",
     [P("Morgan Freeman")], [O("Morgan Freeman")]),
    ("Freddie Mercury recorded the song in 1975.",
     [P("Freddie Mercury")], [O("Freddie Mercury"), O("Freddie")]),
    ("Oscar Pellham, the founder of Pellham Holdings Ltd., said costs rose.",
     [P("Oscar Pellham")], [O("Oscar Pellham")]),
    ("Jessica Lynch, the soldier rescued in Iraq, met Ana Velk and Co. Antrim voters on Monday.",
     [P("Jessica Lynch")], [O("Jessica Lynch"), O("Ana Velk")]),
    ("Ana Velk Wins Second Term\n\nAna Velk won a second term as mayor of Lyon on Sunday.",
     [P("Ana Velk")], [P("Ana Velk Wins"), O("Ana Velk")]),
    # a founder named as his company is: read as the company (the legal-suffix rule of main), a GAP
    ("Charles Schwab Corp. said Charles Schwab, its founder, would return as chief executive.",
     [O("Charles Schwab Corp."), P("Charles Schwab")], [], GAP),

    # -- a headline's verb that the treebanks lack ends the name (headline_verbs_extra.txt) ---------------------------
    ("Israel OKs More West Bank Settlement Homes\n\nIsrael approved plans on Monday for 500 new homes.",
     [G("Israel")], [P("Israel OKs"), P("Israel")]),
    ("Tomas Reyes OKs Money for Schools\n\nGovernor Tomas Reyes approved the money on Friday.",
     [P("Tomas Reyes")], [P("Tomas Reyes OKs")]),
    ("France Mulls Hostage Crisis, Confusion Over Ransom\n\nFrance weighed its options on Tuesday.",
     [G("France")], [P("France Mulls")]),
    ("Islamic Scholar, Visa Withheld, Gives Up U.S. Post\n\nA prominent Swiss-based scholar gave up his post.",
     [], [P("Visa Withheld")]),
    ("Mother of Ana Velk Testifies\n\nThe mother of Ana Velk testified on Monday in Santa Maria.",
     [P("Ana Velk")], [P("Ana Velk Testifies")]),
    # -- negatives: the word is the name's, written so inside the story, or outside a headline ------------------------
    ("Ana Hails Wins Seat\n\nAna Hails won the seat on Sunday. Hails said she would serve a full term.",
     [P("Ana Hails")], [P("Ana")]),
    ("Ivo Kestrel vows to fight on, and Ana Velk mulls a run for the seat.",
     [P("Ivo Kestrel"), P("Ana Velk")], [P("Ivo Kestrel vows")]),
    # -- a byline's staff noun is no part of the writer's name (name_trailers.tsv) -----------------------------------
    ("Japan beefs up its defense stance. By Ivo Kestrel Correspondent of The Christian Science Monitor.",
     [P("Ivo Kestrel")], [P("Ivo Kestrel Correspondent")]),
    ("Analysts see a slide toward civil war. By Ana Velk Staff writer of The Christian Science Monitor.",
     [P("Ana Velk")], [P("Ana Velk Staff")]),
    ("Tomas Reyes, a staff correspondent, said the vote was delayed.",
     [P("Tomas Reyes")], []),
    # -- a feature's head ends a place's name, no person's (place_heads.tsv feature) --------------------------------
    ("The convention opened at Madison Square Garden in New York on Monday.",
     [G("New York")], [P("Madison Square Garden")]),
    ("Israel closed the Erez Crossing after Ana Velk, a settler, was wounded there.",
     [G("Israel"), P("Ana Velk")], [P("Erez Crossing")]),
    ("A lava flow destroyed 26 homes in Leilani Estates on Hawaii's Big Island.",
     [], [P("Leilani Estates")]),
    ("Traffic on the George Parks Highway was halted after the earthquake.",
     [], [P("George Parks Highway")]),
    ("Ivo Kestrel won the NASCAR race at Phoenix International Raceway.",
     [P("Ivo Kestrel")], [P("Phoenix International Raceway")]),
    ("Two tourists drowned at Willow Beach on the Colorado River.",
     [], [P("Willow Beach")]),
    # -- negatives: a surname a head's word is not, or the head's word opening a name -------------------------------
    ("Homeland Security Secretary Tom Ridge visited the Erez Crossing on Monday.",
     [P("Tom Ridge")], [P("Erez Crossing")]),
    ("Pier Luigi Bersani met Ana Velk at the market in Rome.",
     [P("Pier Luigi Bersani"), P("Ana Velk")], []),
]


@pytest.mark.parametrize("text, wanted, unwanted", lead_params(LEADS))
def test_per38_leads(nlp, text, wanted, unwanted):
    check_lead(mention_rows(nlp, text, ANCHOR), wanted, unwanted)


def test_score_printed(nlp, capsys):
    print_table_score("per38 leads", lambda text: mention_rows(nlp, text, ANCHOR, ("PERSON", "ORG", "GPE")), LEADS, capsys)
