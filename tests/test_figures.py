"""pipeline.nlp.components.figures: number words to values, and VOTES/PERCENT mentions on real sentences.

The shapes live in ``models/patterns/figures.jsonl``; these tests run them
through the whole default pipeline (the ``nlp`` fixture), because whether a
number is a figure depends on the date stage before it.
"""
from __future__ import annotations

import json

import pytest

from pipeline.nlp.components.figures import (RESULT_FIGURE_USES, load_figure_patterns, load_result_words,
                                             parse_count, parse_number)
from pipeline.errors import DataError

from conftest import FIXTURES, MODELS, current_events_texts, shared_file

BROKEN = FIXTURES / "models_broken" / "patterns"


def figures(doc) -> list[tuple[str, str, float, str]]:
    """(text, label, value, unit) of every figure mention, in document order."""
    return [(s.text, s.label_, s._.value, s._.unit) for s in doc.spans["mentions"]
            if s.label_ in ("VOTES", "PERCENT")]


# -- parse_number -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "words, expected",
    [
        (["84,383"], 84383),
        (["714"], 714),
        (["1,000,000"], 1_000_000),
        (["0.84"], 0.84),
        (["53.7"], 53.7),
        (["three", "thousand"], 3000),
        (["1.2", "million"], 1_200_000),
        (["twenty-five"], 25),
        (["Twenty-Five"], 25),
        (["one", "hundred", "and", "five"], 105),
        (["two", "thousand", "three", "hundred"], 2300),
        (["hundred"], 100),
        (["seventeen"], 17),
        (["1.2", "m"], 1_200_000),  # "1.2m votes": the tokenizer splits the scale's letter off
        (["3", "bn"], 3_000_000_000),
        # South Asian grouping and scales: commas set off the thousands, then every two digits; a lakh is 100,000
        (["1,23,456"], 123_456),
        (["2,34,56,789"], 23_456_789),
        (["2", "lakh"], 200_000),
        (["1.5", "crore"], 15_000_000),
        (["1,23,45"], None),
        (["123,45,678"], None),
        # negatives: nothing read with certainty
        (["45,0"], None),
        (["1,2345"], None),
        (["abc"], None),
        (["2nd"], None),
        (["first"], None),
        (["half"], None),
        (["5-4"], None),
        (["12.345"], 12.345),  # a share may have three decimals: only a count reads the stop as a group (parse_count)
        (["1.2.3"], None),
        (["and"], None),
        (["and", "five"], None),
        ([], None),
    ],
)
def test_figures_parse_number(words, expected):
    assert parse_number(words) == (pytest.approx(expected) if expected is not None else None)


#: A number times its scale is exact, not a float's error below it: 8.2 * 1,000,000 is 8199999.999999999 in floats,
#: which a count's int() cut to 8,199,999.
@pytest.mark.parametrize("words, expected", [(["8.2", "million"], 8_200_000), (["4.1", "million"], 4_100_000),
                                             (["16.4", "million"], 16_400_000), (["4.14", "million"], 4_140_000),
                                             (["8.2", "thousand"], 8_200), (["1.784", "million"], 1_784_000)])
def test_figures_parse_number_scaled_is_exact(words, expected):
    assert parse_number(words) == expected


@pytest.mark.parametrize("text, value", [("Ana Ruiz received 8.2 million votes.", 8_200_000),
                                         ("Ana Ruiz won the presidency by 4.1 million votes.", 4_100_000)])
def test_figures_scaled_count_value_is_exact(nlp, text, value):
    assert [v for _, lab, v, _ in figures(nlp(text)) if lab == "VOTES"] == [value]


@pytest.mark.parametrize("words, expected", [(["12.345"], 12345), (["1.234.567"], 1234567), (["12.3456"], 12.3456),
                                             (["1.2"], 1.2), (["1.234", "million"], 1_234_000), (["84,383"], 84383)])
def test_figures_parse_count_reads_stops_as_groups(words, expected):
    assert parse_count(words) == pytest.approx(expected)


# -- recognition on real sentences --------------------------------------------------------------------------

#: A percentage is a vote's share only in a story about a vote (an election or result word, an office, a count of
#: votes): news of money, prices and surveys with none of them has no vote figure.
VOTE_STORIES = [
    ("GE raised its quarterly dividend 10 percent.", []),
    ("Oil Down 3 Pct. as U.S. Winter Stays Mild", []),
    ("Nineteen countries agreed to cancel 80 per cent of the debt Iraq owes them.", []),
    ("Only 4 percent of Americans have bought drugs online, a new study finds.", []),
    # ... while a word of a result, of the people's vote or of a candidacy, or an office, is enough
    ("Ana Ruiz defeats Ivan Petrov 52% to 48%.", [52, 48]),
    ("Turnout reached 61 percent in the referendum.", [61]),
    ("Independent candidate Sofia Marchetti garnered 18.6 per cent in the first round.", [18.6]),
    ("President Ana Ruiz says unemployment fell 2 percent.", [2]),
]


@pytest.mark.parametrize("text, values", VOTE_STORIES)
def test_figures_percent_only_in_a_vote_story(nlp, text, values):
    assert [v for _, lab, v, _ in figures(nlp(text)) if lab == "PERCENT"] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kasim Reed won the Atlanta mayor's race by 714 votes.",
         [("714 votes", "VOTES", 714, "votes")]),
        ("Reed won by a margin of 620 votes, the recount showed.",
         [("620 votes", "VOTES", 620, "votes")]),
        ("There were 84,383 ballots cast in the runoff.",
         [("84,383 ballots", "VOTES", 84383, "ballots")]),
        ("Reed's lead was 0.84 percent.",
         [("0.84 percent", "PERCENT", 0.84, "percent")]),
        ("She won with 52% of the vote.",
         [("52%", "PERCENT", 52, "percent")]),
        ("Smith won 53.7% to 45.0% of the votes.",
         [("53.7%", "PERCENT", 53.7, "percent"), ("45.0%", "PERCENT", 45.0, "percent")]),
        ("Labour took 40 per cent of the vote.",
         [("40 per cent", "PERCENT", 40, "percent")]),
        ("He won with a 3,000-vote margin.",
         [("3,000-vote", "VOTES", 3000, "votes")]),
        ("He won by three thousand votes.",
         [("three thousand votes", "VOTES", 3000, "votes")]),
        ("He won by twenty-five votes.",
         [("twenty-five votes", "VOTES", 25, "votes")]),
        ("He received 1.2 million votes.",
         [("1.2 million votes", "VOTES", 1_200_000, "votes")]),
        ("He received 1.2m votes.", [("1.2m votes", "VOTES", 1_200_000, "votes")]),
        ("He received 1.3 mln votes.", [("1.3 mln votes", "VOTES", 1_300_000, "votes")]),  # wire style
        ("He received half a million votes.", [("half a million votes", "VOTES", 500_000, "votes")]),
        # "and a half" after a whole: its half, hyphens or not; before a scale, the whole's and its half's scale
        ("He won by a half million votes.", [("half million votes", "VOTES", 500_000, "votes")]),
        ("He won by two and a half million votes.", [("two and a half million votes", "VOTES", 2_500_000, "votes")]),
        ("He won by two-and-a-half million popular votes.",
         [("two-and-a-half million popular votes", "VOTES", 2_500_000, "votes")]),
        ("Some two and a half million ballots were cast.",
         [("two and a half million ballots", "VOTES", 2_500_000, "ballots")]),
        ("She won 52 and a half percent of the vote.", [("52 and a half percent", "PERCENT", 52.5, "percent")]),
        ("He waited two and a half years; 3 million votes were cast.", [("3 million votes", "VOTES", 3_000_000, "votes")]),
        ("He received a million votes.", [("million votes", "VOTES", 1_000_000, "votes")]),
        # a kind of vote between the number and its unit, hyphenated too (the tokenizer splits "first-round")
        ("Ana Ruiz received 12,345 first-round votes.",
         [("12,345 first-round votes", "VOTES", 12345, "votes")]),
        ("Ana Ruiz received 120 write-in votes.", [("120 write-in votes", "VOTES", 120, "votes")]),
        ("Officials found 500 mail-in ballots.", [("500 mail-in ballots", "VOTES", 500, "ballots")]),
        ("Ana Ruiz received 25 delegate votes.", [("25 delegate votes", "VOTES", 25, "votes")]),
        ("Ana Ruiz received 306 electoral college votes.",
         [("306 electoral college votes", "VOTES", 306, "votes")]),
        # an open compound before a margin's noun; without the noun, or an ordinal alone, no figure
        ("Ana Ruiz won by a 3,000 vote margin.", [("3,000 vote", "VOTES", 3000, "votes")]),
        ("The council met in a 3,000 vote hall.", []),
        ("Ana Ruiz received 12 first prizes.", []),
        ("Ana Ruiz ran the 100m race.", []),
        ("Theresa May gets 165 votes in the first ballot.",
         [("165 votes", "VOTES", 165, "votes")]),
        ("He won by 1 vote.",
         [("1 vote", "VOTES", 1, "votes")]),
        ("She got 3 votes out of 10 ballots.",
         [("3 votes", "VOTES", 3, "votes"), ("10 ballots", "VOTES", 10, "ballots")]),
        # "N of the M votes": the N a person got, and the M cast, the race's ballots (figure.total)
        ("Ana Ruiz was elected with 12 of the 20 votes cast.",
         [("12", "VOTES", 12, "votes"), ("20 votes", "VOTES", 20, "ballots")]),
        ("Ana Ruiz got 9 out of the 15 votes.",
         [("9", "VOTES", 9, "votes"), ("15 votes", "VOTES", 15, "ballots")]),
        ("Ana Ruiz got 812,455 out of 1,530,210 valid votes.",
         [("812,455", "VOTES", 812455, "votes"), ("1,530,210 valid votes", "VOTES", 1530210, "ballots")]),
        ("Ana Ruiz received 1.2 million of the 2.5 million ballots.",
         [("1.2 million", "VOTES", 1_200_000, "votes"), ("2.5 million ballots", "VOTES", 2_500_000, "ballots")]),
        # two bare shares before a margin's noun, after a result word, in an election's sentence: the shares of a
        # whole vote ("a 52-48 margin")
        ("Ana Ruiz beat Ivan Petrov by a 60-40 margin in the mayoral election.",
         [("60", "PERCENT", 60.0, "percent"), ("40", "PERCENT", 40.0, "percent")]),
        ("Ana Ruiz won the Senate race by a 51–47 margin over Ivan Petrov.",
         [("51", "PERCENT", 51.0, "percent"), ("47", "PERCENT", 47.0, "percent")]),
        # ... not a game's score, a division's tally with no result word, a majority of seats
        ("Ana Ruiz won a 3-1 victory over Ivan Petrov in the mayoral election.", []),
        ("The Lavelle Giants won a 52-48 victory over the Kings.", []),
        ("The Senate confirmed Ana Ruiz by a 52-48 margin in a party-line vote.", []),
        ("Republicans hold a 52-48 majority in the Senate after the election.", []),
        # a score with both signs is two shares (the tokenizer's SIGN_DASH)
        ("Ana Ruiz beat Ivan Petrov 55%-45% in the mayoral election.",
         [("55%", "PERCENT", 55.0, "percent"), ("45%", "PERCENT", 45.0, "percent")]),
        # a gapped figure repeats an earlier figure's frame ("received ... received 232") and takes its unit
        ("Biden and Harris received 306 electoral votes while Trump and Pence received 232.",
         [("306 electoral votes", "VOTES", 306, "votes"), ("232", "VOTES", 232, "votes")]),
        ("Ana Ruiz won 52% and Ivan Petrov won 45.",
         [("52%", "PERCENT", 52.0, "percent"), ("45", "PERCENT", 45.0, "percent")]),
        # ... not a number with a noun of its own, another frame, or another sentence
        ("Ana Ruiz received 306 votes and received 232 letters.", [("306 votes", "VOTES", 306, "votes")]),
        ("Ana Ruiz received 306 votes and turned 45.", [("306 votes", "VOTES", 306, "votes")]),
        ("Ana Ruiz received 306 votes. Ivan Petrov received 232.", [("306 votes", "VOTES", 306, "votes")]),
        # a referendum's or a turnout's share of the voters is a figure (tests/gold/README.md); a poll's respondents are not
        ("In Freedonia 98.6 percent of voters back the new constitution.",
         [("98.6 percent", "PERCENT", 98.6, "percent")]),
        ("In the poll 45% of respondents back Ana Ruiz.", []),
        # a score written once with its unit: both numbers are figures of that unit
        ("Ana Ruiz leads Ivan Petrov 49–48% with most votes counted.",
         [("49", "PERCENT", 49, "percent"), ("48%", "PERCENT", 48, "percent")]),
        ("Ana Ruiz beat Ivan Petrov 57-43%.",
         [("57", "PERCENT", 57, "percent"), ("43%", "PERCENT", 43, "percent")]),
        ("Ana Ruiz won 52 to 48 percent.",
         [("52", "PERCENT", 52, "percent"), ("48 percent", "PERCENT", 48, "percent")]),
        ("Ana Ruiz won 12,345 votes to 11,002.",
         [("12,345 votes", "VOTES", 12345, "votes"), ("11,002", "VOTES", 11002, "votes")]),
        ("Ana Ruiz won 12,345 votes to 11,002 for Ivan Petrov.",
         [("12,345 votes", "VOTES", 12345, "votes"), ("11,002", "VOTES", 11002, "votes")]),
        ("Ana Ruiz won with 52,000 votes against 48,000 for Ivan Petrov.",
         [("52,000 votes", "VOTES", 52000, "votes"), ("48,000", "VOTES", 48000, "votes")]),
        # ... or the rival's, after the rival's possessive name, of the first figure's unit
        ("Ana Ruiz received 12,345 votes to Ivan Petrov's 11,002.",
         [("12,345 votes", "VOTES", 12345, "votes"), ("11,002", "VOTES", 11002, "votes")]),
        ("Ana Ruiz wins 57 percent to Ivan Petrov's 43.",
         [("57 percent", "PERCENT", 57, "percent"), ("43", "PERCENT", 43, "percent")]),
        # ... past the count's own share, in brackets or after ", or"
        ("Ana Ruiz took 41,207 votes (54.8%) against 33,950 (45.2%) for Ivan Petrov.",
         [("41,207 votes", "VOTES", 41207, "votes"), ("54.8%", "PERCENT", 54.8, "percent"),
          ("33,950", "VOTES", 33950, "votes"), ("45.2%", "PERCENT", 45.2, "percent")]),
        ("Ana Ruiz received 12,345 votes, or 52 percent, to Ivan Petrov's 11,002.",
         [("12,345 votes", "VOTES", 12345, "votes"), ("52 percent", "PERCENT", 52, "percent"),
          ("11,002", "VOTES", 11002, "votes")]),
        ("Ana Ruiz received 12,345 votes (52%) to 11,002 letters.",
         [("12,345 votes", "VOTES", 12345, "votes"), ("52%", "PERCENT", 52, "percent")]),
        ("Ana Ruiz received 12,345 votes (in the city) against 11,002 for Ivan Petrov.",
         [("12,345 votes", "VOTES", 12345, "votes")]),
        # a results list: a bare number right after a name that continues the list takes the earlier figure's unit
        ("Ana Ruiz won 5,432 votes, Ivan Petrov 4,321 and Mia Lund 1,200.",
         [("5,432 votes", "VOTES", 5432, "votes"), ("4,321", "VOTES", 4321, "votes"),
          ("1,200", "VOTES", 1200, "votes")]),
        ("Ana Ruiz won 52% of the vote, Ivan Petrov 45.",
         [("52%", "PERCENT", 52, "percent"), ("45", "PERCENT", 45, "percent")]),
        # ... or a rival's name after "ahead of", "followed by", its number after "with" or "on"
        ("Ana Ruiz polled 478,112 votes, ahead of Ivan Petrov with 402,889.",
         [("478,112 votes", "VOTES", 478112, "votes"), ("402,889", "VOTES", 402889, "votes")]),
        ("Ana Ruiz took 52% of the vote, ahead of Ivan Petrov on 40.",
         [("52%", "PERCENT", 52, "percent"), ("40", "PERCENT", 40, "percent")]),
        ("Ana Ruiz won with 12,345 votes, followed by Ivan Petrov with 9,876 and Mia Lund with 5,432.",
         [("12,345 votes", "VOTES", 12345, "votes"), ("9,876", "VOTES", 9876, "votes"),
          ("5,432", "VOTES", 5432, "votes")]),
        ("Ana Ruiz polled 12,345 votes, ahead of Ivan Petrov with 3 children.",
         [("12,345 votes", "VOTES", 12345, "votes")]),
        ("Ana Ruiz polled 12,345 votes. Ahead of Ivan Petrov with 9,876 fans.",
         [("12,345 votes", "VOTES", 12345, "votes")]),
        ("Ana Ruiz polled 12,345 votes on a day ahead of Ivan Petrov with 9,876.",
         [("12,345 votes", "VOTES", 12345, "votes")]),
        # a vote or ballot count with a word of its kind between number and unit
        ("King County found 573 newly discovered ballots.", [("573 newly discovered ballots", "VOTES", 573, "ballots")]),
        ("The machines gave Ana Ruiz 3,800 extra votes.", [("3,800 extra votes", "VOTES", 3800, "votes")]),
        # ... not a number with a noun of its own, a share above 100, a date, or two numerals read as one
        # a count of votes more or fewer than another's, only before "than"
        ("Ana Ruiz won 1.6 million more votes than Ivan Petrov.",
         [("1.6 million more votes", "VOTES", 1600000, "votes")]),
        ("Ivan Petrov got 3,000 fewer votes than Ana Ruiz.", [("3,000 fewer votes", "VOTES", 3000, "votes")]),
        ("Ana Ruiz needs 3,000 more votes to win.", []),
        ("Ana Ruiz raised $3,000 more than Ivan Petrov.", []),
        ("Ana Ruiz won 12,345 votes to 11,002 others.", [("12,345 votes", "VOTES", 12345, "votes")]),
        ("Ana Ruiz received 12,345 votes to Ivan Petrov's 11,002 letters.", [("12,345 votes", "VOTES", 12345, "votes")]),
        ("Ana Ruiz wins 57 percent to Ivan Petrov's 143.", [("57 percent", "PERCENT", 57, "percent")]),
        ("After the vote, shares rose 5 percent to 48 in early trading.", [("5 percent", "PERCENT", 5, "percent")]),
        ("Ana Ruiz received 5,432 votes and Ivan Petrov 12 letters.", [("5,432 votes", "VOTES", 5432, "votes")]),
        ("Ana Ruiz won 52% of the vote, while Ivan Petrov 150.", [("52%", "PERCENT", 52, "percent")]),
        ("Ana Ruiz, 52, and Ivan Petrov, 61, ran for mayor.", []),
        ("The Kestrels beat the Falcons 24-17, with Ana Ruiz scoring 12 and Ivan Petrov 8.", []),
        ("Ana Ruiz beat Kestrel 3-1 in the final.", []),
        ("Ana Ruiz won 6-4, 6-3 against Ivan Petrov.", []),
        ("Ana Ruiz won 12 extra points in the game.", []),
        ("After the vote, the index rose 150-120 percent.", [("120 percent", "PERCENT", 120, "percent")]),
        ("In 2008-2012 42% voted.", [("42%", "PERCENT", 42, "percent")]),
        ("The council approved it in a 35–1 vote.", [("35", "VOTES", 35, "votes"), ("1", "VOTES", 1, "votes")]),
        # negatives: dates, seats, years, durations, tallies, ballot measures
        ("A recount of the Dec. 1 vote was requested.", []),
        ("The May 7 vote was close.", []),
        ("The party won 50 seats.", []),
        ("He was first elected in 2009.", []),
        ("The 2016 ballot was close.", []),
        ("She is running for a two-year term.", []),
        ("The Senate passed the bill 75–30.", []),
        ("The Senate approved the bill in a 75–30 vote.", [("75", "VOTES", 75, "votes"), ("30", "VOTES", 30, "votes")]),
        ("Voters approved Proposition 8.", []),
        ("He won in the first vote.", []),
        ("She won with 45,0% of the vote.", []),
        # thousands set off by a space are one number; two numerals that are no such groups stay apart, and a date's
        # day is no head of one
        ("Ana Ruiz received 12 345 votes in the mayoral runoff.", [("12 345 votes", "VOTES", 12345, "votes")]),
        ("Ana Ruiz received 1 234 567 votes.", [("1 234 567 votes", "VOTES", 1234567, "votes")]),
        ("In 2008 342 votes were cast.", [("342 votes", "VOTES", 342, "votes")]),
        ("Of those, 30 40 votes were void.", [("40 votes", "VOTES", 40, "votes")]),
        ("On May 12 345 votes were cast.", [("345 votes", "VOTES", 345, "votes")]),
        # thousands set off by full stops: a count has no fraction, so "12.345 votes" is 12,345; a share, a scale or
        # a group of other than three digits keeps its point
        # South Asian grouping and scales before "votes"; a lakh of money is no figure
        ("Ravi Kumar won the Lok Sabha seat by a margin of 1,23,456 votes.",
         [("1,23,456 votes", "VOTES", 123_456, "votes")]),
        ("Ravi Kumar won the seat by over 2 lakh votes.", [("2 lakh votes", "VOTES", 200_000, "votes")]),
        ("The party polled 1.2 crore votes.", [("1.2 crore votes", "VOTES", 12_000_000, "votes")]),
        ("Ravi Kumar spent Rs 24 lakh on the assembly election campaign.", []),
        ("The Rs 80,000 crore group holds a shareholder vote.", []),
        ("Ana Ruiz received 12.345 votes in the mayoral runoff.", [("12.345 votes", "VOTES", 12345, "votes")]),
        ("Ana Ruiz received 1.234.567 votes.", [("1.234.567 votes", "VOTES", 1234567, "votes")]),
        ("Ana Ruiz won with 1.234.567 votes against 1.100.000 for Ivan Petrov.",
         [("1.234.567 votes", "VOTES", 1234567, "votes"), ("1.100.000", "VOTES", 1100000, "votes")]),
        ("Ana Ruiz won with 1.234 million votes.", [("1.234 million votes", "VOTES", 1234000, "votes")]),
        ("Ana Ruiz won with 52.345 percent of the vote.", [("52.345 percent", "PERCENT", 52.345, "percent")]),
        ("Ana Ruiz won with 52.345% to 47.655% of the vote.",
         [("52.345%", "PERCENT", 52.345, "percent"), ("47.655%", "PERCENT", 47.655, "percent")]),
        ("Ana Ruiz won 52.345 to 47.655 percent of the vote.",
         [("52.345", "PERCENT", 52.345, "percent"), ("47.655 percent", "PERCENT", 47.655, "percent")]),
    ],
)
def test_figures_recognised(nlp, text, expected):
    found = figures(nlp(text))
    assert [(t, lab, u) for t, lab, _, u in found] == [(t, lab, u) for t, lab, _, u in expected]
    assert [v for *_, v, _ in found] == [pytest.approx(v) for *_, v, _ in expected]


#: Vote counts written without their unit, in the shapes of a results sentence (models/lexicons/result_figures.tsv).
BARE = [
    # a results table flattened into prose: a count right after each name, or after its bracketed party
    ("Results, Lyon council seat: Ana Ruiz 3,412; Ivan Petrov 2,987; Lea Marsh 611.",
     [("3,412", 3412, "figure.bare_received"), ("2,987", 2987, "figure.bare_received"),
      ("611", 611, "figure.bare_received")]),
    ("Final tally in the Lyon mayoral election: Ana Ruiz (Green) 1,204,388; Ivan Petrov (Labour Party), 1,187,902.",
     [("1,204,388", 1204388, "figure.bare_received"), ("1,187,902", 1187902, "figure.bare_received")]),
    # ... not one name's number, ages, a number with a noun of its own, or a game's table
    ("Results in Lyon: Ana Ruiz 3,412 and Ivan Petrov 2,987 marched in the election rally.", []),
    ("Ana Ruiz 45, Ivan Petrov 52, in the mayoral election results.", []),
    ("In the league table Ana Ruiz 2,012; Ivan Petrov 1,998 points.", []),
    # a score after a result verb and the two names, or after a comma that ends the result's clause
    ("Ana Ruiz defeats Ivan Petrov 12,345 to 10,234 in the mayoral runoff in Lima.",
     [("12,345", 12345, "figure.bare_score"), ("10,234", 10234, "figure.bare_score")]),
    ("Ana Ruiz wins the mayoral runoff in Lima, 12,345 to 10,234.",
     [("12,345", 12345, "figure.bare_score"), ("10,234", 10234, "figure.bare_score")]),
    ("Ana Ruiz beat Ivan Petrov 4,512-3,980 in the Ohio governor race primary.",
     [("4,512", 4512, "figure.bare_score"), ("3,980", 3980, "figure.bare_score")]),
    ("Ana Ruiz won the caucus 210-190 over Ivan Petrov.",
     [("210", 210, "figure.bare_score"), ("190", 190, "figure.bare_score")]),
    # ... after an office, "a vote of" or a legislature's election: the two add up to more than two shares
    ("The Zembla parliament elects Ana Ruiz as President of Zembla, 87–26.",
     [("87", 87, "figure.bare_score"), ("26", 26, "figure.bare_score")]),
    ("Ana Ruiz is elected Speaker of the Zembla Parliament 216–212.",
     [("216", 216, "figure.bare_score"), ("212", 212, "figure.bare_score")]),
    ("Ana Ruiz is elected Speaker by a vote of 216–212.",
     [("216", 216, "figure.bare_score"), ("212", 212, "figure.bare_score")]),
    # a margin after "by" (and its approximators) or "lead of", after a result verb
    ("Ana Ruiz won the mayoral election by a margin of 1,203.", [("1,203", 1203, "figure.bare_margin")]),
    ("Ana Ruiz won the mayoral election by 1,998.", [("1,998", 1998, "figure.bare_margin")]),
    ("Ana Ruiz leads Ivan Petrov by 537 with all precincts reporting.", [("537", 537, "figure.bare_margin")]),
    ("Ana Ruiz trails by just 74 in the recount of the mayoral race.", [("74", 74, "figure.bare_margin")]),
    ("With 95% counted, Ana Ruiz leads Ivan Petrov by 1,234.",
     [("95%", 95.0, "figure.count_progress"), ("1,234", 1234, "figure.bare_margin")]),
    ("Ana Ruiz won the mayoral election by 1,203 over Ivan Petrov.", [("1,203", 1203, "figure.bare_margin")]),
    # what a receiving verb or a result's "with" gives, and the other side's count after a rival join
    ("Ana Ruiz is elected mayor with 8,912 votes, beating Ivan Petrov, who received 7,450.",
     [("8,912 votes", 8912, "figure.votes"), ("7,450", 7450, "figure.bare_received")]),
    ("Ana Ruiz received 1,234,567 against 987,654 for Ivan Petrov in the presidential election.",
     [("1,234,567", 1234567, "figure.bare_received"), ("987,654", 987654, "figure.bare_received")]),
    ("Ana Ruiz won the primary with 45,210, ahead of Ivan Petrov's 40,118.",
     [("45,210", 45210, "figure.bare_received"), ("40,118", 40118, "figure.rival")]),
    ("Ana Ruiz wins the mayoral election with 12,345 to Ivan Petrov's 10,234.",
     [("12,345", 12345, "figure.bare_received"), ("10,234", 10234, "figure.rival")]),
    ("In the mayoral election Ana Ruiz polled 2.1 million.", [("2.1 million", 2_100_000, "figure.bare_received")]),
    ("Ana Ruiz received 1,234 in the runoff, according to the electoral commission.",
     [("1,234", 1234, "figure.bare_received")]),
    ("Ana Ruiz won the election with 5 million, Ivan Petrov with 4 million.",
     [("5 million", 5_000_000, "figure.bare_received"), ("4 million", 4_000_000, "figure.bare_received")]),
    # a giving verb's name, and the next names of a results list
    ("Final results give Ana Ruiz 2.1 million and Ivan Petrov 1.9 million in the presidential election.",
     [("2.1 million", 2_100_000, "figure.bare_received"), ("1.9 million", 1_900_000, "figure.bare_received")]),
    ("In the mayoral election Ana Ruiz polled 45,210, Ivan Petrov 40,118 and Mia Lund 1,200.",
     [("45,210", 45210, "figure.bare_received"), ("40,118", 40118, "figure.bare_received"),
      ("1,200", 1200, "figure.bare_received")]),
    # a name's "(N)" above an age
    ("Ana Ruiz (12,345) defeats Ivan Petrov (10,234) in the mayoral election.",
     [("12,345", 12345, "figure.bare_paren"), ("10,234", 10234, "figure.bare_paren")]),
    # negatives: a game's score, a legislature's division, years, ages, shares, seats, money, other nouns
    ("The Lakers beat the Celtics 102 to 98 in the game.", []),
    ("Ana Ruiz beat Ivan Petrov 112 to 98 in the game after the election.", []),
    ("Ana Ruiz wins the final 6-4, 6-3 against Ivan Petrov.", []),
    ("The House passes the bill 220 to 212.", []),
    ("Ana Ruiz wins the House vote on the bill 220 to 212.", []),
    ("The Senate confirms Ana Ruiz 52-48.", []),
    ("The Senate confirms Ana Ruiz as Secretary of State 68–30.", []),
    # ... but a division written with its "vote" is its tally (figure.tally), no result's bare count
    ("The Senate confirms Ana Ruiz as Secretary of State by a vote of 68–30.",
     [("68", 68, "figure.tally"), ("30", 30, "figure.tally")]),
    ("Ana Ruiz is confirmed as Secretary of State by the Senate 68–30.", []),
    ("The Zembla parliament elects Ana Ruiz as Prime Minister, 52–48.", []),
    ("Ana Ruiz wins the 2014 election over Ivan Petrov.", []),
    ("Ana Ruiz was elected in 1998 and re-elected in 2002.", []),
    ("Ana Ruiz leads Ivan Petrov by 2014 in the mayoral election.", []),
    ("Ana Ruiz won the mayoral election, 2010 to 2014.", []),
    ("Ana Ruiz (52) wins the mayoral election.", []),
    ("Ana Ruiz, 52, wins the mayoral election.", []),
    ("Ana Ruiz beat Ivan Petrov 52-48 in the presidential election.", []),
    ("Ana Ruiz leads Ivan Petrov by 8 in the latest poll for the presidential election.", []),
    ("With 95% counted, Ana Ruiz leads Ivan Petrov by 8.", [("95%", 95.0, "figure.count_progress")]),
    ("The results of the match: Ana Ruiz beat Ivan Petrov 102 to 98.", []),
    ("Ana Ruiz's party wins 120 of the 125 seats in the election.", []),
    ("The Greens got 120 in the parliamentary election.", []),
    ("Ana Ruiz won the election by 12 seats.", []),
    ("Ana Ruiz received 3 million in campaign donations before the election.", []),
    ("Ana Ruiz won the mayoral election by $5,000.", []),
    ("Ana Ruiz received 120 to 150 letters a day during the election.", []),
    ("Ana Ruiz received 300 signatures for the election.", []),
    ("Ana Ruiz polled 3,456, ahead of Ivan Petrov.", []),
    ("Ana Ruiz won by 2 to 1 in the election.", []),
    # ... nor a number of another clause than its result word's: a passive's agent, an arrival's company
    ("The rally for Ana Ruiz, who leads the mayoral race, was attended by 5,000.", []),
    ("Ana Ruiz leads the mayoral race and was cheered by 5,000.", []),
    ("Ana Ruiz, who won the mayoral election, arrived with 5,000.", []),
    # ... nor what a verb gives out of the result's clause, or a share's size
    ("Ana Ruiz, who won the presidential election, received 300 at her home.", []),
    ("Ana Ruiz got 1,000 in the mail before the election.", []),
    ("Ana Ruiz polled 48, Ivan Petrov 45 in the runoff.", []),
    ("In the mayoral election Ana Ruiz polled 12 345.", []),
    ("The court gave Ana Ruiz 3 years in prison after the election.", []),
    ("In the mayoral election Ana Ruiz polled 45,210, and Ivan Petrov, 61, conceded.",
     [("45,210", 45210, "figure.bare_received")]),
    ("In the mayoral election Ana Ruiz polled 45,210 and Ivan Petrov 12 letters.",
     [("45,210", 45210, "figure.bare_received")]),
    ("Ana Ruiz defeats Ivan Petrov in the 2022 runoff 2-1.", []),
    # what a name "had" or "has" in a results sentence, and the rival's after "to"
    ("Ana Ruiz had 12,345 to Ivan Petrov's 11,200 in the mayoral runoff.",
     [("12,345", 12345, "figure.bare_received"), ("11,200", 11200, "figure.rival")]),
    ("In the mayoral runoff, Ana Ruiz has 12,345 and Ivan Petrov 11,200.",
     [("12,345", 12345, "figure.bare_received"), ("11,200", 11200, "figure.bare_received")]),
    ("Ana Ruiz had 1,200 at her rally before the mayoral runoff.", []),
    ("Ana Ruiz, who has 2,000 followers, lost the mayoral runoff.", []),
    ("Ana Ruiz had 45,000 in the bank before the mayoral runoff.", []),
]


@pytest.mark.parametrize("text, expected", BARE)
def test_figures_bare_counts_in_results_sentences(nlp, text, expected):
    found = [(s.text, s._.value, s._.rule) for s in nlp(text).spans["mentions"] if s.label_ in ("VOTES", "PERCENT")]
    assert found == expected
    assert all(s._.unit == "votes" for s in nlp(text).spans["mentions"] if s.label_ == "VOTES")


#: Sentences whose numbers are dates, beside figures or alone, and dates run into a count.
DATE_WINDOWS = [
    "In 2016, Ana Ruiz won 52 percent of the vote.",
    "On 5 May 2021 the council passed the motion by 12 votes.",
    "In 2008 and 1,234 votes were cast in 2012.",
    "The 2019–2020 session ended; 40 members voted against.",
    "In 2008-2012 42% voted for the Greens.",
    "Turnout on 3 March was twenty-five percent.",
]


@pytest.mark.parametrize("text", DATE_WINDOWS + [t for t, _ in BARE])
def test_figures_date_windows_hide_no_figure(nlp, text, monkeypatch):
    """The Matcher skips a window whose numbers are all dates' tokens: the figures are those found without the skip."""
    from pipeline.nlp.components.figures import FigureMatcher

    gated = figures(nlp(text))
    matches = FigureMatcher._matches
    monkeypatch.setattr(FigureMatcher, "_matches", lambda self, doc, numbers=None, date_tokens=(): matches(self, doc, numbers))
    assert gated == figures(nlp(text))


#: Bare-count shapes with no free number or no name: the gate before _BareCounts drops them unread.
BARE_GATED = [
    "The mayoral election on 12 May 2021 was won by Ana Ruiz.",  # the only numbers are the date's
    "The council won the mayoral election by 1,203 over the Greens.",  # a number, but no name in the Doc
    "Results: Lyon 3,412; Paris 2,987; Nice 611.",
    "Ana Ruiz won the mayoral election.",  # a name, no number
]


@pytest.mark.parametrize("text", [t for t, _ in BARE] + BARE_GATED)
def test_figures_bare_gate_never_hides_a_count(nlp, text, monkeypatch):
    """The bare counts are those _BareCounts finds over every number token, gate or no gate (a Doc without a free
    number or a PERSON mention is not read)."""
    from pipeline.nlp.components.figures import FigureMatcher, _BareCounts
    from spacy.attrs import LIKE_NUM

    gated = figures(nlp(text))
    monkeypatch.setattr(FigureMatcher, "_bare", lambda self, doc, found, taken, numbers=None: _BareCounts(
        self.words, doc, found, taken).scan(doc.to_array(LIKE_NUM).nonzero()[0].tolist()))
    assert gated == figures(nlp(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("He won by one hundred and five votes.", [("one hundred and five votes", "VOTES", 105, "votes")]),
        pytest.param("Results: Theresa May 165 votes, Andrea Leadsom 66 votes.",
                     [("165 votes", "VOTES", 165, "votes"), ("66 votes", "VOTES", 66, "votes")]),
    ],
)
def test_figures_number_words_and_names_read_whole(nlp, text, expected):
    assert figures(nlp(text)) == expected


#: A margin in points is a share's margin only after a result word in an election's sentence: games, markets and
#: polls count points too. "pc" (per cent) and a lower-case scale may be glued to the digits.
POINTS_AND_GLUED = [
    pytest.param("Ana Ruiz won the mayoral election by 12 points.", [("12 points", "PERCENT", 12, "percent")]),
    pytest.param("Ana Ruiz won the mayoral election by just over 12 points over Ivan Petrov.",
                 [("12 points", "PERCENT", 12, "percent")]),
    pytest.param("Ana Ruiz won the runoff by a margin of 7.5 points.", [("7.5 points", "PERCENT", 7.5, "percent")]),
    pytest.param("Ana Ruiz leads Ivan Petrov by 4 points in the mayoral race.",
                 [("4 points", "PERCENT", 4, "percent")]),
    pytest.param("Ana Ruiz holds a 10-point lead over Ivan Petrov in the mayoral race.",
                 [("10-point", "PERCENT", 10, "percent")]),
    pytest.param("Ana Ruiz won the presidential election with a three-point margin.",
                 [("three-point", "PERCENT", 3, "percent")]),
    pytest.param("Ana Ruiz won the mayoral election with 52 pc of the vote.", [("52 pc", "PERCENT", 52, "percent")]),
    pytest.param("Ana Ruiz won the mayoral election with 52pc of the vote.", [("52pc", "PERCENT", 52, "percent")]),
    # a wire headline's capitalised abbreviation, its stop split off by the tokenizer: an election's share only
    pytest.param("Ana Ruiz Wins Mayoral Election With 52 Pct.", [("52 Pct", "PERCENT", 52, "percent")]),
    pytest.param("Ana Ruiz won the presidential election with 52 PCT of the vote.",
                 [("52 PCT", "PERCENT", 52, "percent")]),
    pytest.param("Velmar Foods Profit Up 25 Pct. on Strong Sales", [], id="caps-pct-market"),
    pytest.param("Velmar shares fell 3 PCT on Monday.", [], id="caps-pct-market-monday"),
    pytest.param("Ana Ruiz won the presidential election with 12k votes.", [("12k votes", "VOTES", 12000, "votes")]),
    pytest.param("Ana Ruiz won the presidential election with 2.3bn votes.",
                 [("2.3bn votes", "VOTES", 2_300_000_000, "votes")]),
    # near misses: a game, a market, a poll, a change, a points tally, no result word, no "by"
    pytest.param("The Lakers won by 12 points and Ana Ruiz scored 30 points.", [], id="game"),
    pytest.param("The Lakers held a 10-point lead over the Celtics.", [], id="game-lead"),
    pytest.param("Ana Ruiz was elected captain after the team won by 12 points in the playoff.", [], id="playoff"),
    pytest.param("Ana Ruiz holds a 3-point lead over Ivan Petrov in the latest poll of the presidential race.", [],
                 id="poll"),
    pytest.param("Ana Ruiz's approval rose by 5 points after the election.", [], id="change"),
    pytest.param("The index rose by 50 points before the election.", [], id="market"),
    pytest.param("Stocks fell 120 points on election day.", [], id="no-by"),
    pytest.param("Ana Ruiz won 30 points in the election of the club's board.", [], id="no-margin-cue"),
    pytest.param("Ana Ruiz won the election, then scored 30 points.", [], id="tally"),
    pytest.param("Ana Ruiz won the presidential election in a 20-point landslide.", [], id="landslide-no-margin-noun"),
    pytest.param("The PC went on sale for 500 dollars before the election.", [], id="pc-no-number"),
    # a place's vote won needs no election word: a state, a county, a GPE right after "won", or a place before the
    # winner's name (result_figures.tsv won_place)
    pytest.param("Ana Ruiz ran in a state Mark Dorn won by 30 points in 2016.",
                 [("30 points", "PERCENT", 30, "percent")]),
    pytest.param("Ana Ruiz ran in a state Dorn won by 30 points in 2016.", [("30 points", "PERCENT", 30, "percent")]),
    pytest.param("It is a county that Mark Dorn won by 12 points.", [("12 points", "PERCENT", 12, "percent")]),
    pytest.param("Mark Dorn won the state by just 3 points four years ago.", [("3 points", "PERCENT", 3, "percent")]),
    pytest.param("Mark Dorn won Ohio by 8 points four years ago.", [("8 points", "PERCENT", 8, "percent")]),
    pytest.param("Ana Ruiz ran in a state Mark Dorn won by the modest margin of 20 points.",
                 [("20 points", "PERCENT", 20, "percent")]),
    pytest.param("Ana Ruiz, the nominee for governor, lost by five-and-a-half points in the election.",
                 [("five-and-a-half points", "PERCENT", 5.5, "percent")]),
    pytest.param("Ana Ruiz won the mayoral election by one and a half points.",
                 [("one and a half points", "PERCENT", 1.5, "percent")]),
    # a loss's margin, as a win's
    pytest.param("Ana Ruiz lost the mayoral election by 5 points.", [("5 points", "PERCENT", 5, "percent")]),
    pytest.param("Ana Ruiz, the nominee for governor, lost by 3 points in the election.",
                 [("3 points", "PERCENT", 3, "percent")]),
    # near misses: a title, a prize or a team of the place, the place as the winner, a game's word
    pytest.param("The Lakers won the state title by 12 points.", [], id="state-title"),
    pytest.param("Ana Ruiz won the state lottery by 3 points.", [], id="state-lottery"),
    pytest.param("The county team won by 30 points.", [], id="county-team"),
    pytest.param("The county team lost by 30 points.", [], id="county-team-lost"),
    pytest.param("The county team lost by five-and-a-half points.", [], id="county-team-half"),
    pytest.param("Ana Ruiz's party lost 5 points in the polls before the election.", [], id="lost-in-polls"),
    pytest.param("Ohio won by 8 points.", [], id="place-wins"),
    pytest.param("Ana Ruiz won the state championship by 12 points.", [], id="championship"),
    pytest.param("The Lakers won the state final by 12 points in a state Mark Dorn coached.", [], id="no-by-after"),
    pytest.param("She drove the 5k route, Route 66, before the election.", [], id="route"),
]


#: The voters who took part and a turnout given as a count are the ballots cast, only in an election's sentence
#: (figures.jsonl figure.voters_turned_out, figure.turnout_count); a turnout in percent stays a share.
TURNOUT_COUNTS = [
    pytest.param("The 1.5 million voters that participated in the mayoral election backed change.",
                 [("1.5 million voters", "VOTES", 1_500_000, "ballots")]),
    pytest.param("More than 10 million voters cast ballots in the presidential election.",
                 [("10 million voters", "VOTES", 10_000_000, "ballots")]),
    pytest.param("About 45,000 voters turned out for the mayoral runoff.", [("45,000 voters", "VOTES", 45_000, "ballots")]),
    pytest.param("The mayoral election had a turnout of 1.2 million.", [("1.2 million", "VOTES", 1_200_000, "ballots")]),
    pytest.param("The mayoral election had a turnout of 45,000 voters.",
                 [("45,000 voters", "VOTES", 45_000, "ballots")]),
    # "voted" and "took part in the" after the voters: they cast ballots
    pytest.param("Around 2 million voters voted in the mayoral election.",
                 [("2 million voters", "VOTES", 2_000_000, "ballots")]),
    pytest.param("Some 3.8 million voters took part in the presidential election.",
                 [("3.8 million voters", "VOTES", 3_800_000, "ballots")]),
    # ... past a restatement after ", or"
    pytest.param("Some 3.8 million voters, or 71 percent of the electorate, took part in the presidential election.",
                 [("3.8 million voters", "VOTES", 3_800_000, "ballots"), ("71 percent", "PERCENT", 71, "percent")]),
    # near misses: a share, no election, a poll, voters registered or killed, a turnout of another kind
    pytest.param("With a turnout of 23% eligible voters, the mayoral election was valid.",
                 [("23%", "PERCENT", 23, "percent")], id="share-sign"),
    pytest.param("The mayoral election had a turnout of 61 percent.", [("61 percent", "PERCENT", 61, "percent")],
                 id="share-word"),
    pytest.param("About 45,000 voters turned out for the concert.", [], id="no-election"),
    pytest.param("The rally had a turnout of 45,000.", [], id="rally"),
    pytest.param("The 1,200 voters who participated in the poll favour the mayoral candidate.", [], id="poll"),
    pytest.param("Some 45,000 voters are registered for the mayoral election.", [], id="registered"),
    pytest.param("Gunmen killed 15 voters near a polling station in the mayoral election.", [], id="killed"),
    pytest.param("About 45,000 voters turned out to protest the mayoral election result.", [], id="protest"),
    pytest.param("In the mayoral election 12,000 voters voted for Ana Ruiz.", [], id="voted-for"),
    pytest.param("After the mayoral election 5,000 voters took part in the protest.", [], id="took-part-protest"),
    pytest.param("After the mayoral election 5,000 voters, or 2 percent of them, took part in the protest.",
                 [("2 percent", "PERCENT", 2, "percent")], id="restated-protest"),
    pytest.param("Some 3,000 voters took part in the survey before the mayoral election.", [], id="took-part-survey"),
]


@pytest.mark.parametrize("text, expected", TURNOUT_COUNTS)
def test_figures_turnout_counts_are_ballots(nlp, text, expected):
    found = figures(nlp(text))
    assert [(t, lab, u) for t, lab, _, u in found] == [(t, lab, u) for t, lab, _, u in expected]
    assert [v for *_, v, _ in found] == [pytest.approx(v) for *_, v, _ in expected]


#: How many rounds a vote took is no count: "after/in N ballots" (votes too) with N at most figures.ROUNDS_MAX
#: (figures.jsonl rounds_before). Near misses: ballots cast or uncounted, a count past the cap, a margin.
ROUNDS = [
    pytest.param("Ivan Petrov was elected party leader after four ballots.", [], id="after-ballots"),
    pytest.param("Ana Ruiz was elected Speaker of the Chilean Senate in three ballots.", [], id="in-ballots"),
    pytest.param("Ana Ruiz was elected speaker of the House after 15 votes.", [], id="after-votes"),
    pytest.param("Ivan Petrov won the party leadership after only two ballots.", [], id="approximator"),
    pytest.param("Ana Ruiz won the leadership following five ballots of party members.", [], id="following"),
    pytest.param("Ana Ruiz was chosen in the first two ballots.", [], id="first-two"),
    # near misses: counts of ballots or votes
    pytest.param("About 1.2 million ballots were cast in Chile's presidential election.",
                 [("1.2 million ballots", "VOTES", 1_200_000, "ballots")], id="cast"),
    pytest.param("Some 4,000 ballots remain uncounted in the Lima mayoral race.",
                 [("4,000 ballots", "VOTES", 4000, "ballots")], id="uncounted"),
    pytest.param("Ana Ruiz took the lead in the mayoral race after 4,000 ballots were found.",
                 [("4,000 ballots", "VOTES", 4000, "ballots")], id="past-cap"),
    pytest.param("Ana Ruiz won the mayoral race by over 12 votes.", [("12 votes", "VOTES", 12, "votes")], id="over"),
    pytest.param("She got 3 votes out of 10 ballots.",
                 [("3 votes", "VOTES", 3, "votes"), ("10 ballots", "VOTES", 10, "ballots")], id="out-of"),
]


@pytest.mark.parametrize("text, expected", ROUNDS)
def test_figures_rounds_of_voting_are_no_count(nlp, text, expected):
    found = figures(nlp(text))
    assert [(t, lab, u) for t, lab, _, u in found] == [(t, lab, u) for t, lab, _, u in expected]
    assert [v for *_, v, _ in found] == [pytest.approx(v) for *_, v, _ in expected]


#: A margin's new size after a verb of change, written without its unit: a count only with the margin's noun before
#: the verb in its clause (result_figures.tsv margin_noun, margin_change).
MARGIN_CHANGE = [
    pytest.param("Ana Ruiz's margin in the popular vote rises to over two million.",
                 [("two million", "VOTES", 2_000_000, "votes")]),
    pytest.param("Ana Ruiz's lead over Ivan Petrov in the mayoral count grows to 120,000.",
                 [("120,000", "VOTES", 120_000, "votes")]),
    pytest.param("Ana Ruiz's lead over Ivan Petrov narrowed to 537 after the mayoral recount.",
                 [("537", "VOTES", 537, "votes")]),
    # near misses: another noun's change, a clause of its own, a poll's margin
    pytest.param("Ana Ruiz won the mayoral election as the death toll rose to 1,200.", [], id="toll"),
    pytest.param("Ana Ruiz won the mayoral election, and the count of injured rose to 1,200.", [], id="clause"),
    pytest.param("Ana Ruiz's approval rating in the mayoral race rose to 45.", [], id="rating"),
    pytest.param("Ana Ruiz's margin of error in the poll rose to 4.", [], id="poll"),
    pytest.param("Ana Ruiz's margin, the mayoral count shows, is small; turnout rose to 120,000.", [], id="punct"),
]


@pytest.mark.parametrize("text, expected", MARGIN_CHANGE)
def test_figures_margin_change_is_a_bare_margin(nlp, text, expected):
    assert figures(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", POINTS_AND_GLUED)
def test_figures_points_margins_and_glued_units(nlp, text, expected):
    found = figures(nlp(text))
    assert [(t, lab, u) for t, lab, _, u in found] == [(t, lab, u) for t, lab, _, u in expected]
    assert [v for *_, v, _ in found] == [pytest.approx(v) for *_, v, _ in expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Senate approved the bill in a 75 vote."),
        pytest.param("Californians passed the Proposition 8 vote in 2008."),
        pytest.param("Opponents challenged the Proposition 8 ballot measure."),
        pytest.param("The 2009 vote was close."),
        pytest.param("The Article 50 vote passed."),
    ],
)
def test_figures_singular_vote_after_a_label_is_no_figure(nlp, text):
    assert figures(nlp(text)) == []


@pytest.mark.parametrize(
    "text, type_",
    [
        ("Reed won by 714 votes.", int),
        ("He won by three thousand votes.", int),
        ("She won with 52% of the vote.", float),
        ("Reed's lead was 0.84 percent.", float),
    ],
)
def test_figures_value_type_follows_label(nlp, text, type_):
    (found,) = figures(nlp(text))
    assert type(found[2]) is type_


@pytest.mark.parametrize(
    "text, rules",
    [
        ("With 74% of the vote counted, Ana Ruiz leads with 52%.", ["figure.count_progress", "figure.percent_sign"]),
        ("Ana Ruiz leads with 52%, with nearly 80 percent of votes tallied.",
         ["figure.percent_sign", "figure.count_progress"]),
        ("Ana Ruiz leads with 52% with 80% of precincts reporting.", ["figure.percent_sign", "figure.count_progress"]),
        ("With 70 percent counted, Ana Ruiz leads.", ["figure.count_progress"]),
        # a share of the votes counted that a verb gives, or one without its clause's "with", is a share
        ("Ana Ruiz won 52% of the votes counted.", ["figure.percent_sign"]),
        ("Ana Ruiz leads with 52% of the votes counted so far.", ["figure.percent_sign"]),
    ],
)
def test_figures_count_progress_is_its_own_rule(nlp, text, rules):
    """A share that says how far the count has gone is a figure the fact rules never read as anyone's."""
    assert [s._.rule for s in nlp(text).spans["mentions"] if s.label_ in ("VOTES", "PERCENT")] == rules


def test_figures_rule_names_the_pattern(nlp):
    doc = nlp("Reed won by 714 votes with 52% of the vote.")
    assert [s._.rule for s in doc.spans["mentions"] if s.label_ in ("VOTES", "PERCENT")] == [
        "figure.votes", "figure.percent_sign"]


#: A division's tally written with its "vote" ("passed in a 301-12 vote", "votes 54-37", "by a vote of 52-48"): each
#: count a figure of its own rule, which no fact rule reads. Near misses: a bench's or a council's handful, no "vote",
#: shares of the people's vote, a result sentence's score (its bare counts keep it), a date, a fraction.
TALLIES = [
    ("The lower house passes the budget bill with a 301–12 vote.", [("301", 301), ("12", 12)]),
    ("The House passes the Clean Water Act in a 220–200–1 vote.", [("220", 220), ("200", 200), ("1", 1)]),
    ("The Assembly votes 54–37 to censure the prime minister.", [("54", 54), ("37", 37)]),
    ("The Senate confirms Ana Ruiz as Attorney General by a vote of 52–48.", [("52", 52), ("48", 48)]),
    ("The bill fails in the Senate on a procedural vote 58-41.", [("58", 58), ("41", 41)]),
    ("Lawmakers voted 140-6 to adopt the resolution.", [("140", 140), ("6", 6)]),
    ("Ana Ruiz is elected Speaker of the Zembla Assembly by MPs in a 235–1 vote.", [("235", 235), ("1", 1)]),
    ("The Zembla parliament votes 121 to 11 to approve a new government.", [("121", 121), ("11", 11)]),
    ("The assembly voted 334 to 292 in favour of the treaty.", [("334", 334), ("292", 292)]),
    # the tally in brackets after the vote, or after "along party lines"
    ("The Zembla Assembly votes (494 to 36) to ban the symbols.", [("494", 494), ("36", 36)]),
    ("The Senate votes, along party lines (49-43), to end the debate.", [("49", 49), ("43", 43)]),
    ("The Senate voted along party lines, 52-48, to confirm Ana Ruiz.", [("52", 52), ("48", 48)]),
    # negatives
    ("The Senate votes 450 to 500 troops for the mission.", []),
    ("The European Union votes to send 450 to 500 troops to the region.", []),
    ("The Supreme Court, by a 5–4 vote, strikes down the law.", []),
    ("The council voted 7-2 to approve the zoning plan.", []),
    ("The Senate passed the bill 75–30.", []),
    ("Voters approve the new constitution by a vote of 55-45.", []),
    ("Ana Ruiz won the vote 52-48 in the mayoral election.", []),
    ("The vote of 52-48 in the referendum surprised pollsters.", []),
    ("The April 9-10 vote was delayed.", []),
    ("The Senate votes (see page 4-5) on the bill.", []),
    ("Lawmakers drew party lines (2010-2014) on the map.", []),
    ("The Senate approves the measure by a vote of 50.5-49.5 in weighted votes.", []),
]


#: One side of a division written with its verb ("192 voted against", "143 countries vote in favour", "one
#: abstained"): a count of the tally's rule too, which no fact rule reads. Near misses: "voted for" (in an election's
#: sentence the people's votes for a name: no division's), a share, a body's size, a date, "voted to".
DIVISION_COUNTS = [
    ("The motion passed; 192 voted against and one abstained.", [("192", 192), ("one", 1)]),
    ("The bill passed, though 153 members voted against it.", [("153", 153)]),
    ("One member votes against, and seven MPs are suspended.", [("One", 1)]),
    ("The declaration is adopted: 143 countries vote in favour, while 11 abstain.", [("143", 143), ("11", 11)]),
    ("In the Zembla Assembly, 41 deputies voted in favor of the plan.", [("41", 41)]),
    # negatives
    ("Ana Ruiz won the mayoral election; 4,800 voted for Ivan Petrov.", []),
    ("In the referendum, 52 percent voted against the plan.", []),
    ("The 550-seat house voted against the deployment.", []),
    ("On May 5 voted against the plan.", []),
    ("The 40 members voted to adjourn.", []),
]


def test_figures_a_divisions_side_gives_no_fact(nlp):
    """A division's count names no one's votes: "153 members voted against Prime Minister X" is no share of X's."""
    doc = nlp("The speaker said 153 members voted against Prime Minister Ana Ruiz in the confidence vote.")
    assert [s.text for s in doc.spans["mentions"] if s.label_ == "VOTES"] == ["153"]
    assert [f for f in doc._.facts if f.value is not None] == []


@pytest.mark.parametrize("text, expected", TALLIES + DIVISION_COUNTS)
def test_figures_a_divisions_tally_is_counts_of_its_own_rule(nlp, text, expected):
    """A division's two or three counts joined by dashes ("a 258-169-1 vote"), or one side's count written with its
    verb ("192 voted against"): counts of the tally's rule, which no fact rule reads."""
    found = [(s.text, s._.value, s._.unit, s._.rule) for s in nlp(text).spans["mentions"] if s.label_ == "VOTES"]
    assert found == [(t, v, "votes", "figure.tally") for t, v in expected]


def test_figures_a_results_score_keeps_its_bare_counts_before_a_tally(nlp):
    """An election's score after "by a vote of" is its result's (figure.bare_score), which the fact rules read."""
    doc = nlp("Ana Ruiz is elected Speaker of the National Assembly by a vote of 216-212.")
    assert [(s.text, s._.rule) for s in doc.spans["mentions"] if s.label_ == "VOTES"] == [
        ("216", "figure.bare_score"), ("212", "figure.bare_score")]


@pytest.mark.parametrize("text, opens", [
    ("Ana Ruiz won by 714 votes.", True),
    ("Ana Ruiz won by seven hundred votes.", True),  # a number word is a number
    ("The motion passed by one vote.", True),  # "one vote" needs no number token: its own words open the gate
    ("Ana Ruiz went to Velmar to campaign.", False),  # a pattern's word ("to"), no number
    ("Ana Ruiz won the vote.", True),  # "vote": the word of "one vote"
    ("Ana Ruiz hopes to win a landslide victory.", False),
    ("Nothing happened in Velmar.", False),
])
def test_figures_matcher_runs_only_where_a_pattern_can_match(nlp, text, opens):
    figures = nlp.get_pipe("newsfacts_figures")
    doc = nlp.make_doc(text)
    assert figures._may_match(doc) is opens
    assert opens or not figures.matcher(doc)  # a closed gate hides no match


# -- the pattern file ---------------------------------------------------------------------------------------

def test_figures_project_patterns_load():
    ids = [pid for pid, *_ in load_figure_patterns(MODELS / "patterns" / "figures.jsonl")]
    assert ids and len(ids) == len(set(ids))


def test_figures_project_result_words_load(nlp):
    words = load_result_words(MODELS / "lexicons" / "result_figures.tsv", nlp.make_doc)
    assert set(words) == set(RESULT_FIGURE_USES) and all(words.values())
    assert ("run", "-", "off") in words["election"]  # a phrase is split as the pipeline splits text


@pytest.mark.parametrize(
    "name, message",
    [
        ("result_figures_unknown_use.tsv", "uses must be a comma-separated list of"),
        ("result_figures_duplicate.tsv", "duplicate word 'wins'"),
        ("result_figures_upper_case.tsv", "'Wins' must be lower case"),
    ],
)
def test_figures_broken_result_words_name_file_and_line(nlp, name, message):
    with pytest.raises(DataError) as e:
        load_result_words(BROKEN.parent / "lexicons" / name, nlp.make_doc)
    assert f"{name}:3:" in str(e.value)
    assert message in str(e.value)


def test_figures_result_words_every_use_needs_a_word(nlp, tmp_path):
    """A use no word has would silently never fire (win_verb: no place is ever won): an error naming the file."""
    text = (MODELS / "lexicons" / "result_figures.tsv").read_text(encoding="utf-8")
    text = text.replace(",win_verb", "")  # every row's win_verb taken out
    (tmp_path / "result_figures.tsv").write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=r"result_figures\.tsv: no word for use\(s\) \['win_verb'\]"):
        load_result_words(tmp_path / "result_figures.tsv", nlp.make_doc)


def test_figures_win_verbs_shipped(nlp):
    words = load_result_words(MODELS / "lexicons" / "result_figures.tsv", nlp.make_doc)
    assert set(words["win_verb"]) == {("won",), ("wins",), ("win",), ("winning",)}
    assert set(words["rival_before"]) == {("ahead", "of"), ("followed", "by"), ("against",), ("over",), ("behind",)}


def test_figures_missing_result_words_is_a_data_error(nlp, tmp_path):
    with pytest.raises(DataError, match="missing lexicon"):
        load_result_words(tmp_path / "result_figures.tsv", nlp.make_doc)


@pytest.mark.parametrize(
    "name, message",
    [
        ("figures_unit_mismatch.jsonl", "unit 'seats' does not go with label 'VOTES'"),
        ("figures_label_unit_swapped.jsonl", "unit 'votes' does not go with label 'PERCENT'"),
        ("figures_missing_pattern.jsonl", "needs 'id', 'label', 'unit' and 'pattern'"),
        ("figures_hyphen_word.jsonl", "'mail-in' is split at its hyphen by the tokenizer"),
        ("figures_need_next.jsonl", "'need_next' must be a list of phrases"),
        ("figures_election_only.jsonl", "'election_only' must be true or false"),
        ("figures_total_unit.jsonl", "total_unit 'percent' does not go with label 'VOTES'"),
        ("figures_division.jsonl", "'division' must be true or false"),
    ],
)
def test_figures_broken_pattern_file_names_file_and_line(name, message):
    with pytest.raises(DataError) as e:
        load_figure_patterns(BROKEN / name)
    assert f"{name}:2:" in str(e.value)
    assert message in str(e.value)


# -- the Matcher's windows ----------------------------------------------------------------------------------

@pytest.mark.parametrize("flags, tail, expected", [
    ([], 3, []),
    ([0, 0, 0], 3, []),
    ([1], 3, [(0, 1)]),
    ([0, 1, 1, 0, 0, 0, 0, 0, 0], 2, [(1, 5)]),  # a run of numbers and the two words after it
    ([0, 1, 0, 1, 0, 0, 0, 0, 0], 2, [(1, 6)]),  # a number inside the tail carries it on
    ([0, 1, 0, 0, 1, 0, 0, 0, 0], 2, [(1, 7)]),  # windows that touch are one
    ([0, 1, 0, 0, 0, 1, 0, 0, 0], 2, [(1, 4), (5, 8)]),
    ([1, 0, 1], 0, [(0, 1), (2, 3)]),
])
def test_figures_number_windows(flags, tail, expected):
    from pipeline.nlp.components.figures import number_windows

    assert number_windows(flags, tail) == expected


@pytest.mark.parametrize("patterns, expected", [
    ([[{"LIKE_NUM": True, "OP": "+"}, {"LOWER": "votes"}]], 1),
    ([[{"LIKE_NUM": True, "OP": "+"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {"LIKE_NUM": True},
       {"LOWER": "votes"}], [{"LIKE_NUM": True}, {"ORTH": "%"}]], 3),
    ([[{"LOWER": {"IN": ["one", "1"]}}, {"LOWER": "vote"}]], 1),  # number words open it too
    ([[{"LOWER": {"IN": ["one", "single"]}}, {"LOWER": "vote"}]], None),  # "single" is no number
    ([[{"LOWER": "turnout"}, {"LIKE_NUM": True}]], None),  # opens on a word
    ([[{"LIKE_NUM": True, "OP": "?"}, {"LOWER": "votes"}]], None),  # may open on the word
    ([[{"LIKE_NUM": True}, {"IS_ALPHA": True, "OP": "+"}, {"LOWER": "votes"}]], None),  # words without bound
    ([[{"LIKE_NUM": True}, {"LIKE_NUM": True, "OP": "!"}, {"LOWER": "votes"}]], 2),  # "!": a token that is none
])
def test_figures_number_window_tail(nlp, patterns, expected):
    from pipeline.nlp.components.figures import number_window_tail

    assert number_window_tail(patterns, nlp.vocab) == expected


@pytest.mark.parametrize("text", [
    "Ana Ruiz won 52 percent of the vote, 12,345 votes, to Ben Cole's 48 percent and 11,000 votes.",
    "In 2008 42% voted; 1,380 of the 1,381 valid votes were counted, a 52-48 margin.",
    "Turnout was 61 per cent. One vote decided it, by 3 points, with 1.2 million ballots cast.",
])
def test_figures_windows_find_what_the_whole_doc_finds(nlp, text):
    """The windowed Matcher finds exactly the matches of the Matcher over the whole Doc."""
    pipe = nlp.get_pipe("newsfacts_figures")
    doc = nlp.make_doc(text)
    assert pipe._tail is not None
    assert sorted(pipe._matches(doc)) == sorted(pipe.matcher(doc)) != []


#: Sentences whose figures need a phrase after them, read past a parenthesis or a restatement, and near misses.
NEED_REACH = [
    "The motion passed; 192 (of 193 present) voted against and one abstained.",
    "The bill passed, though 153 members, or 40 percent of the house, voted against it.",
    "In all 3.8 million voters, or 71 percent of the electorate, took part in the vote.",
    "Twenty-five percent (25%) of the seats went to the Zembla First party.",
    "The 40 members voted to adjourn after 12 hours; 7 delegates abstain.",
    "Ana Ruiz won by a 3,000-vote margin, with 52 percent against 48 percent.",
    "Turnout was 61 percent, and 12 345 votes were void.",
]


#: Windows the window gate must open: a unit's word, a phrase of a pattern of numbers alone read past a parenthesis
#: or a restatement, a need_before phrase before a start that moves back ("two and a half million"), and near misses.
WINDOW_GATE = NEED_REACH + [
    "Turnout reached two and a half million voters, up from 2.1 million in 2019.",
    "Turnout was just over one-and-a-half million, or 61 percent.",
    "The bill passed on a vote of 258-169-1 after the 52-48 split in the Senate.",
    "Ana Ruiz won by a 52-48 margin; Ben Cole won by 3 points, by a 3,000-vote margin.",
    "Only 12 of 40 members voted in favour; 3 abstained.",
    "Some 2,000 people and 35 buses came; the 40 members met for 12 hours.",
]


@pytest.mark.parametrize("text", WINDOW_GATE)
def test_figures_window_gate_never_hides_a_figure(nlp, text, monkeypatch):
    """The Matcher skips a window in which no pattern can match and be kept (:class:`WindowGate`): the figures are
    those found with every window read."""
    from pipeline.nlp.components.figures import WindowGate

    gated = figures(nlp(text))
    monkeypatch.setattr(WindowGate, "may_keep", lambda *args: True)
    assert gated == figures(nlp(text))


def test_figures_gates_change_no_figure_on_news(nlp, monkeypatch):
    """On 2,000 current-events items and the texts of dev_tune and the invented figures and results, the window gate
    (:class:`WindowGate`) and the bare-count gate (:meth:`FigureMatcher._bare_may_find`) change no figure (nor its
    value, unit or rule); the window gate closes most windows, the bare-count gate most Docs it is asked about."""
    from pipeline.nlp.components.figures import FigureMatcher, WindowGate

    texts = current_events_texts(2000)
    for name in ("dev_tune", "invented_figures", "invented_results"):
        with open(MODELS.parent / "tests" / "gold" / f"{name}.jsonl", encoding="utf-8") as f:
            texts += [rec["text"] for rec in map(json.loads, f) if "text" in rec]

    def found() -> list:
        return [[(s.start, s.end, s.label_, s._.value, s._.unit, s._.rule) for s in doc.spans["mentions"]
                 if s.label_ in ("VOTES", "PERCENT")] for doc in nlp.pipe(texts)]

    def counted(calls: list, gate):
        return lambda *args: calls.append(gate(*args)) or calls[-1]

    windows, bare = [], []
    monkeypatch.setattr(WindowGate, "may_keep", counted(windows, WindowGate.may_keep))
    monkeypatch.setattr(FigureMatcher, "_bare_may_find", counted(bare, FigureMatcher._bare_may_find))
    gated = found()
    monkeypatch.setattr(WindowGate, "may_keep", lambda *args: True)
    monkeypatch.setattr(FigureMatcher, "_bare_may_find", lambda *args: True)
    assert gated == found()
    rules = [rule for doc in gated for *_, rule in doc]
    assert len(rules) > 200 and sum(rule.startswith("figure.bare") for rule in rules) >= 5
    assert sum(windows) < len(windows) / 3 and sum(bare) < len(bare) / 3


@pytest.mark.parametrize("text", NEED_REACH)
def test_figures_need_reach_gate_never_hides_a_figure(nlp, text, monkeypatch):
    """A match none of whose need_next phrases can stand near enough is dropped before it is read: the gate is a
    superset of the phrase check, so the figures are those found without it."""
    from pipeline.nlp.components.figures import FigureMatcher

    gated = figures(nlp(text))
    monkeypatch.setattr(FigureMatcher, "_need_out_of_reach", staticmethod(lambda *args: False))
    assert gated == figures(nlp(text))


#: A unit written once serves two numbers "and" joins ("received 380 and 32 votes"), and a results list names its
#: unit at a later entry ("X with 191, Y with 175 and Z with 174 votes"); a range, a number's own "and", another
#: unit and a list broken by other words keep their numbers apart.
SHARED_UNITS = [
    ("Tomas Brandt and Ana Kowal received 380 and 32 votes respectively in Poland's by-election.",
     [("380", 380, "figure.coordinated"), ("32 votes", 32, "figure.votes")]),
    ("Tomas Brandt and Ana Kowal won 80,191 and 52,189 ballots respectively.",
     [("80,191", 80191, "figure.coordinated"), ("52,189 ballots", 52189, "figure.ballots")]),
    ("Turnout in the Kenyan runoff was between 30 and 40 votes per station.", []),
    ("Ana Kowal won one hundred and five votes.", [("one hundred and five votes", 105, "figure.votes")]),
    ("They are followed by Tomas Brandt with 191, Ana Kowal with 175, Jon Miller with 174 votes in the race.",
     [("191", 191, "figure.elliptic"), ("175", 175, "figure.elliptic"), ("174 votes", 174, "figure.votes")]),
    ("Tomas Brandt with 191 yards, Ana Kowal with 175 votes.", [("175 votes", 175, "figure.votes")]),
    ("Tomas Brandt with 27, Ana Kowal with 19 and Jon Miller with 12 points led the team.", []),
    ("Tomas Brandt with 191 and a new budget of the party, then Ana Kowal with 175 votes in the race.",
     [("175 votes", 175, "figure.votes")]),
]


@pytest.mark.parametrize("text, expected", SHARED_UNITS)
def test_figures_a_unit_written_once_serves_joined_numbers(nlp, text, expected):
    found = [(s.text, s._.value, s._.rule) for s in nlp(text).spans["mentions"] if s.label_ in ("VOTES", "PERCENT")]
    assert found == expected


#: A later name's count after its possessive or its comma takes the unit an earlier count of its sentence named
#: ("compared to Y's 60,399", "Senator Y, 5,416,140;"); an age after a comma, a possessive's noun, a score and a
#: sentence with no count of votes keep their numbers bare.
COUNTS_AFTER_NAMES = [
    ("Tomas Brandt polled 81,326 votes, compared to Ana Kowal's 60,399.",
     [("81,326 votes", 81326, "figure.votes"), ("60,399", 60399, "figure.elliptic")]),
    ("Tomas Brandt came first with 9,978,175 votes; then Senator Ana Kowal, 5,416,140; and Jon Miller, 1,455,532.",
     [("9,978,175 votes", 9978175, "figure.votes"), ("5,416,140", 5416140, "figure.elliptic"),
      ("1,455,532", 1455532, "figure.elliptic")]),
    ("Tomas Brandt won Poland's mayoral race with 5,000 votes, beating Ana Kowal, 45, a lawyer.",
     [("5,000 votes", 5000, "figure.votes")]),
    ("Tomas Brandt won with 5,000 votes; Ana Kowal's 2,000 supporters protested.",
     [("5,000 votes", 5000, "figure.votes")]),
    ("Tomas Brandt threw for 191 yards, compared to Ana Kowal's 240.", []),
    ("The budget passed 90-8, with Senator Ana Kowal's 1,200 amendments dropped.", []),
]


@pytest.mark.parametrize("text, expected", COUNTS_AFTER_NAMES)
def test_figures_a_names_bare_count_takes_the_lists_unit(nlp, text, expected):
    found = [(s.text, s._.value, s._.rule) for s in nlp(text).spans["mentions"] if s.label_ in ("VOTES", "PERCENT")]
    assert found == expected


#: A results list carries its unit of votes on to the bare counts (grouped by thousands) of its entries in the next
#: sentences; not to a count with no name in its clause, nor past a figure of another unit, nor to a small number.
CARRIED_COUNTS = [
    ("The canvass showed Tomas Brandt with 18,307,801 votes. Third place went to Ana Kowal, 16,985,226; fourth to "
     "Jon Miller, 16,687,586.",
     [("18,307,801 votes", 18307801, "figure.votes"), ("16,985,226", 16985226, "figure.carried"),
      ("16,687,586", 16687586, "figure.carried")]),
    ("Tomas Brandt won Poland's Senate race with 18,307 votes. The stadium holds 14,000.",
     [("18,307 votes", 18307, "figure.votes")]),
    ("Tomas Brandt won Poland's Senate race with 18,307 votes. Ana Kowal took 38% with 12,100.",
     [("18,307 votes", 18307, "figure.votes"), ("38%", 38.0, "figure.percent_sign")]),
    ("Tomas Brandt won Poland's Senate race with 18,307 votes. Ana Kowal, 45, a lawyer, lost.",
     [("18,307 votes", 18307, "figure.votes")]),
]


@pytest.mark.parametrize("text, expected", CARRIED_COUNTS)
def test_figures_a_results_list_carries_its_unit(nlp, text, expected):
    found = [(s.text, s._.value, s._.rule) for s in nlp(text).spans["mentions"] if s.label_ in ("VOTES", "PERCENT")]
    assert found == expected
