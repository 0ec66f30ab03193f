"""pipeline.nlp.components.dates: DATE recognition, anchoring and values on real sentences."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from conftest import MODELS, current_events_texts, shared_file

from pipeline.nlp.components.dates import (CUES_FILE, DateDataError, DateRecognizer, compile_patterns,
                                       _first_chars, _word_trie, build_macros, load_cues, load_patterns)
from pipeline.nlp.extensions import MENTIONS

CUES = MODELS / "lexicons" / CUES_FILE
PATTERNS = MODELS / "patterns" / "dates.jsonl"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_dates")
    return nlp


def run(nlp, text, published=None, mentions=()):
    doc = nlp.make_doc(text)
    doc._.published = published
    if mentions:
        doc.spans[MENTIONS] = [doc.char_span(text.index(t), text.index(t) + len(t), label=label)
                               for t, label in mentions]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def dates(doc):
    return [(s.text, s._.value) for s in doc.spans.get(MENTIONS, []) if s.label_ == "DATE"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the seed's shapes, no anchor
        ("The runoff is set for Dec. 1.", [("Dec. 1", "XXXX-12-01")]),
        ("The Dec.1 runoff will decide the race.", [("Dec.1", "XXXX-12-01")]),
        ("Early voting began Wednesday.", [("Wednesday", "XXXX-WXX-3")]),
        ("Polls close Thursday evening.", [("Thursday evening", "XXXX-WXX-4")]),
        ("Results came in Sunday night.", [("Sunday night", "XXXX-WXX-7")]),
        ("Tuesday's runoff is close.", [("Tuesday", "XXXX-WXX-2")]),
        ("Voting starts Wednesday, November 18 and continues until November 20.",
         [("Wednesday, November 18", "XXXX-11-18"), ("November 20", "XXXX-11-20")]),
        ("It resumes Monday, November 23.", [("Monday, November 23", "XXXX-11-23")]),
        ("He said this morning that he would run.", [("this morning", None)]),
        # full dates, years, months
        ("It happened on December 1, 2009.", [("December 1, 2009", "2009-12-01")]),
        ("It happened on 1 December 2009.", [("1 December 2009", "2009-12-01")]),
        ("Filed 2009-12-01 in court.", [("2009-12-01", "2009-12-01")]),
        ("Filed 12/1/2009 in court.", [("12/1/2009", "2009-12-01")]),
        ("The show runs until March 9 2014.", [("March 9 2014", "2014-03-09")]),
        ("In November 2009 he ran.", [("November 2009", "2009-11")]),
        ("He has served since 1989.", [("1989", "1989")]),
        ("He lost the 2004 Serbian presidential election.", [("2004", "2004")]),
        # a count's noun that names an event ("vote"), after a determiner or possessive, is the year's event
        ("The 2019 vote was disputed.", [("2019", "2019")]),
        # a count's noun follows its number: after a punctuation mark the number is a year
        ("Zemblan presidential election, 2007: Candidates Ana Ruiz and Ivan Petrov debate.", [("2007", "2007")]),
        ("In 2004, voters elected a new parliament.", [("2004", "2004")]),
        ("After Zembla's 2016 vote, talks began.", [("2016", "2016")]),
        ("Prices rose in March.", [("March", "XXXX-03")]),
        # a bare month before an election noun, whatever word precedes it, or after the verb that schedules it
        ("Clerics urged a boycott of Zembla's January elections.", [("January", "XXXX-01")]),
        ("Troops were sent in with January elections looming.", [("January", "XXXX-01")]),
        ("He resigned after a set-back in July's upper house elections.", [("July", "XXXX-07")]),
        ("The vote is scheduled for January.", [("January", "XXXX-01")]),
        ("The runoff was slated for October but moved.", [("October", "XXXX-10")]),
        ("The poll opened Friday, July 21, 2017.", [("Friday, July 21, 2017", "2017-07-21")]),
        # negatives: names, verbs, counts, durations
        ("The April 6 Youth Movement called a strike.", []),
        ("The 9/11 Commission reported.", []),
        ("You may march now.", []),
        ("He won by 714 votes.", []),
        ("He got 52% of 2000 votes.", []),
        ("He won by a 1990 vote margin.", []),
        ("He won 2019 votes in the ward.", []),
        ("Some 2007  candidates and 2010\nvoters registered.", []),
        ("It was a 2000 year old tradition.", []),
        ("She won a two-year term.", []),
        ("He served for 30 years, three weeks after the vote.", []),
        ("It cost $1990 to file.", []),
        ("May I ask a question?", []),
        # ... but not a month that is also a name or a word, nor one that opens a name
        ("Ann May's election gamble failed.", []),
        ("The June Movement polls well.", []),
        ("Delegates voted for May as leader of the party.", []),
        # a year range is one date, valued by its first year (the gold files' "2023–24" is 2023) ...
        ("The 2012–13 season and the 2021–2022 conflict.", [("2012–13", "2012"), ("2021–2022", "2021")]),
        # ... but not an ISO date, nor money
        ("Filed 2012-12-13 and paid $2012-13.", [("2012-12-13", "2012-12-13")]),
    ],
)
def test_dates_recognise_without_anchor(nlp, text, expected):
    assert dates(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The Dec. 1 runoff will decide it.", "2009-11-20", [("Dec. 1", "2009-12-01")]),
        ("Reed won Sunday.", "2009-11-20", [("Sunday", "2009-11-15")]),
        ("Polls close Thursday.", "2009-11-20", [("Thursday", "2009-11-26")]),
        ("The council will meet on Tuesday.", "2009-11-20", [("Tuesday", "2009-11-24")]),
        # future tense on the weekday of publication: the next one ("will be held" is future, not "held")
        ("The runoff will be held on Friday.", "2009-11-20", [("Friday", "2009-11-27")]),
        ("Voters will go to the polls on Friday.", "2009-11-20", [("Friday", "2009-11-27")]),
        ("The runoff was held on Friday.", "2009-11-20", [("Friday", "2009-11-20")]),
        ("The runoff is to be held on Sunday.", "2009-11-20", [("Sunday", "2009-11-22")]),
        # a weekday that dates an event is its closest day, whatever the tense: the eve of "Sunday's election"
        ("Observers traveled to Lyon to watch Sunday's mayoral election.", "2009-11-21", [("Sunday", "2009-11-22")]),
        ("Observers traveled to Lyon to watch Sunday's mayoral election.", "2009-11-24", [("Sunday", "2009-11-22")]),
        ("They announced a boycott of the presidential election on Monday.", "2009-11-21", [("Monday", "2009-11-23")]),
        # ... unless a result of the event stands before it: an outcome follows the vote (2009-11-20 is a Friday)
        ("Ana Ruiz won Monday's mayoral primary.", "2009-11-20", [("Monday", "2009-11-16")]),
        ("The Greens held the seat of Lyon East in Monday's by-election.", "2009-11-20", [("Monday", "2009-11-16")]),
        ("The court certified Reed's victory in Monday's runoff.", "2009-11-20", [("Monday", "2009-11-16")]),
        ("Voters re-elected the governing party in Monday's provincial election.", "2009-11-20",
         [("Monday", "2009-11-16")]),
        # near misses: an outcome with a stop between (another event, another clause) leaves the closest day
        ("The Greens held a rally before Monday's by-election.", "2009-11-20", [("Monday", "2009-11-23")]),
        ("Ana Ruiz won the nomination, and campaigns in Lyon for Monday's runoff.", "2009-11-20",
         [("Monday", "2009-11-23")]),
        # ... but a weekday of no event keeps its tense
        ("Observers traveled to Lyon on Sunday.", "2009-11-21", [("Sunday", "2009-11-15")]),
        # a month and day take the year their sentence writes out, never one computed from "next year"
        ("The 2022 general election runoff is held on October 30.", "2023-09-09",
         [("2022", "2022"), ("October 30", "2022-10-30")]),
        ("In the 2016 race she fainted at a September 11 ceremony.", "2019-11-18",
         [("2016", "2016"), ("September 11", "2016-09-11")]),
        ("The coach took over in January of 2000.", "2004-09-01", [("January of 2000", "2000-01")]),
        # ... unless its tense rules that year out: a future date lies in no past year, a past one in no year to come
        ("Ana Ruiz, elected in 2019, will seek a second term in the election on April 7.", "2024-02-20",
         [("2019", "2019"), ("April 7", "2024-04-07")]),
        ("The party boycotted the 2019 vote and will take part in the election on April 7.", "2024-02-20",
         [("2019", "2019"), ("April 7", "2024-04-07")]),
        ("The 2026 budget, unveiled in the spring, was approved by parliament on April 7.", "2024-11-20",
         [("2026", "2026"), ("April 7", "2024-04-07")]),
        # ... nor a year after "since": the point a story counts from, not the year of the date after it
        ("Peru's presidential election, the first since the 2020 coup, takes place on April 14.", "2024-02-20",
         [("2020", "2020"), ("April 14", "2024-04-14")]),
        ("The election, the first since 2005, was held on March 3.", "2024-02-20",
         [("2005", "2005"), ("March 3", "2024-03-03")]),
        # near misses: a tense that agrees with the year keeps it
        ("The 2019 election was held on April 7.", "2024-02-20", [("2019", "2019"), ("April 7", "2019-04-07")]),
        ("The election of 2020, after the coup, took place on April 14.", "2024-02-20",
         [("2020", "2020"), ("April 14", "2020-04-14")]),
        ("The 2025 election will be held on April 7.", "2024-02-20", [("2025", "2025"), ("April 7", "2025-04-07")]),
        ("The attacks of Sept. 11, 2001 changed the city.", "2004-09-01", [("Sept. 11, 2001", "2001-09-11")]),
        ("Talks resumed in Sept. after a pause.", "2004-10-20", [("Sept.", "2004-09")]),
        # a holiday's or a shopping day's name is no weekday near the anchor
        ("Retailers open early for Black Friday deals.", "2019-11-18", []),
        ("Churches stayed shut on Easter Sunday.", "2020-04-30", []),
        # near misses: a plain weekday, a lower-case adjective, Super Tuesday's primaries
        ("Stocks had a good Friday, traders said.", "2019-11-18", [("Friday", "2019-11-15")]),
        ("Voters in ten states cast ballots on Super Tuesday.", "2020-03-04", [("Tuesday", "2020-03-03")]),
        # near misses: a year written after the date, or across a semicolon, is another event's
        ("The minister unveiled in October a plan to double the fleet by 2030.", "2019-11-20",
         [("October", "2019-10"), ("2030", "2030")]),
        ("Prices rose in October, up from a low in October 2015.", "2019-11-20",
         [("October", "2019-10"), ("October 2015", "2015-10")]),
        ("The sale closed in June 2018; the fund held 20 percent as of March 20.", "2019-11-20",
         [("June 2018", "2018-06"), ("March 20", "2019-03-20")]),
        ("The runoff is set for Dec. 1, and the winner takes office next year.", "2009-11-20",
         [("Dec. 1", "2009-12-01"), ("next year", "2010")]),
        ("The vote is to be held from November 20 to December 11.", "2015-05-07",
         [("November 20", "2015-11-20"), ("December 11", "2015-12-11")]),
        ("The runoff will be held Jan 5.", "2009-12-28", [("Jan 5", "2010-01-05")]),
        # "will be held" is one future cue up to the participle: as near its date as "needed" after it
        ("A runoff will be held on May 12 if needed.", "2009-11-20", [("May 12", "2010-05-12")]),
        ("The runoff held on May 12 was disputed.", "2009-11-20", [("May 12", "2009-05-12")]),
        # "is held" is the present, not the past "held": the future of "until" dates it
        ("The council governs until an election is held in December.", "2021-03-10", [("December", "2021-12")]),
        ("The election was held in December.", "2021-03-10", [("December", "2020-12")]),
        # a date an event is set or called for lies ahead ...
        ("The runoff is set for May 12.", "2009-11-20", [("May 12", "2010-05-12")]),
        ("A snap election has been called for May 12.", "2009-11-20", [("May 12", "2010-05-12")]),
        # ... or one a decree calls for, nearer than the past tense of its approval
        ("The assembly approved a decree that calls for presidential elections before April 30.", "2018-01-23",
         [("April 30", "2018-04-30")]),
        ("The assembly approved a decree on April 30.", "2018-01-23", [("April 30", "2017-04-30")]),
        # ... or one set or proposed as an event's date
        ("The commission sets March 3 as the date for the runoff.", "2009-11-20", [("March 3", "2010-03-03")]),
        ("The commission proposes 10 October as a revised date for the vote.", "2010-09-23",
         [("10 October", "2010-10-10")]),
        # a headline's present passive is no past: the month of the elections it announces is the nearest one
        ("Early elections in November are announced.", "2006-07-01", [("November", "2006-11")]),
        ("Early elections in November were announced.", "2006-07-01", [("November", "2005-11")]),
        # ... but not one it was set on
        ("The date of the runoff was set on May 12.", "2009-11-20", [("May 12", "2009-05-12")]),
        # an event a lead says is still ahead takes the next such month, whatever another clause's past tense
        ("Gunmen killed six guards on Sunday before the January elections.", "2009-09-01",
         [("Sunday", "2009-08-30"), ("January", "2010-01")]),
        ("A bomb killed four officials in a campaign to wreck a Feb. 12 election.", "2009-09-01",
         [("Feb. 12", "2010-02-12")]),
        ("The board met to study a call to delay the February 12 polls.", "2009-09-01",
         [("February 12", "2010-02-12")]),
        ("Police, crucial to securing January's presidential election, were retrained.", "2009-09-01",
         [("January", "2010-01")]),
        ("Rebels attacked a depot ahead of the mayoral election on January 17.", "2009-09-01",
         [("January 17", "2010-01-17")]),
        ("The minister toured the north with January elections looming.", "2009-09-01", [("January", "2010-01")]),
        # ... but not the date of another noun, an event with no lead, nor one near enough the anchor either way
        ("Gunmen killed six guards before the January 30 deadline for the election.", "2009-09-01",
         [("January 30", "2009-01-30")]),
        ("Ana Ruiz won the January election.", "2009-09-01", [("January", "2009-01")]),
        ("Ana Ruiz won the presidential election in January.", "2009-09-01", [("January", "2009-01")]),
        ("Violence flared before the July 5 runoff.", "2009-09-01", [("July 5", "2009-07-05")]),
        # a tense cue across a subordinate clause's opener is that clause's, when the date's own clause has one
        ("The region will hold a presidential election on November 23 after its president was removed.", "2025-07-30",
         [("November 23", "2025-11-23")]),
        ("The region held a presidential election on November 23 after its president was removed.", "2025-07-30",
         [("November 23", "2024-11-23")]),
        # an attribution after the date and a comma has the report's tense, not the date's
        ("Voters will elect a new parliament on 11 October, the prime minister announced.", "2025-04-17",
         [("11 October", "2025-10-11")]),
        ("Staff will meet on Friday, the chief executive said in an email.", "2019-11-19", [("Friday", "2019-11-22")]),
        # near misses: a verb of saying with its own clause after it keeps its tense
        ("On Thursday, the company announced it will invest in Lyon.", "2004-09-01", [("Thursday", "2004-08-26")]),
        ("In August, the agency announced that it would not vaccinate families.", "2019-11-19",
         [("August", "2019-08")]),
        # a future cue after the date that leads to a later event, or lies in a later date, is that event's tense
        ("The forum accepted six new members on Thursday ahead of a summit.", "2004-09-01",
         [("Thursday", "2004-08-26")]),
        ("Officials disqualified two candidates on Saturday from next year's governorship election.", "2024-05-05",
         [("Saturday", "2024-05-04"), ("next year", "2025")]),
        # a preposition cue right before another date is that date's ("since the 2019 coup"), not the clause's tense
        ("Ruritania holds its first election since the 2019 coup on Sunday.", "2009-11-20",
         [("2019", "2019"), ("Sunday", "2009-11-22")]),
        ("The mayor, in office since 2004, faces voters on Tuesday.", "2009-11-20",
         [("2004", "2004"), ("Tuesday", "2009-11-24")]),
        # a voting verb in the present right after its subject schedules the vote (2009-11-18 is a Wednesday)
        ("Iceland votes on Saturday in a presidential election.", "2009-11-18", [("Saturday", "2009-11-21")]),
        ("Belgians vote on Sunday in federal and regional elections held on the same day.", "2009-11-18",
         [("Sunday", "2009-11-22")]),
        ("Chileans elect a new president on Sunday.", "2009-11-18", [("Sunday", "2009-11-22")]),
        # near misses: the noun after a determiner or an adjective, and the past tense, are no such cue
        ("The vote on Sunday drew a record turnout.", "2009-11-18", [("Sunday", "2009-11-15")]),
        ("Postal votes on Sunday reached a record.", "2009-11-18", [("Sunday", "2009-11-15")]),
        ("Icelanders voted on Saturday in a presidential election.", "2009-11-18", [("Saturday", "2009-11-14")]),
        # near miss: a month and day keeps its tense (a summary's present may tell a past vote)
        ("Voters in Latvia vote on May 24.", "2009-09-09", [("May 24", "2009-05-24")]),
        # near misses: "since" before the date itself, or before no date, is a past cue
        ("Voting has been suspended since Monday.", "2009-11-20", [("Monday", "2009-11-16")]),
        ("The junta has ruled since the coup on Sunday.", "2009-11-20", [("Sunday", "2009-11-15")]),
        ("The party won on Sunday, its first win since 2001.", "2009-11-20",
         [("Sunday", "2009-11-15"), ("2001", "2001")]),
        # near misses: the date's own future tense, and a lead before the date, still count
        ("The commission will meet on Friday ahead of the vote.", "2004-09-01", [("Friday", "2004-09-03")]),
        ("Rebels attacked a depot ahead of Friday's mayoral vote.", "2004-09-01", [("Friday", "2004-09-03")]),
        ("The parties agreed to hold a snap election in May, two years ahead of schedule.", "2026-02-03",
         [("May", "2026-05")]),
        # a month and day with "next year" or "last year" take the anchor's year moved by it, whatever the tense
        ("The commission sets the general election for September 16 next year.", "2024-10-09",
         [("September 16 next year", "2025-09-16")]),
        ("Local elections take place on 7 May next year.", "2025-09-20", [("7 May next year", "2026-05-07")]),
        ("The vote was held on May 3 last year.", "2025-09-20", [("May 3 last year", "2024-05-03")]),
        # near miss: a bare month keeps its own span
        ("Elections are due in March next year.", "2004-09-01", [("March", "2005-03"), ("next year", "2005")]),
        ("He resigned yesterday.", "2009-11-20", [("yesterday", "2009-11-19")]),
        ("He resigned last month.", "2009-11-20", [("last month", "2009-10")]),
        ("Sales fell earlier this month.", "2009-11-20", [("earlier this month", "2009-11")]),
        ("It happened last March.", "2009-11-20", [("last March", "2009-03")]),
        ("They meet next Tuesday.", "2009-11-20", [("next Tuesday", "2009-11-24")]),
        # a verb governs a date at the end of its long object, in its clause (the anchor is in June)
        ("Ana Ruiz will face a runoff with the centre-left candidate of the opposition, Eva Sol, on January 17.",
         "2009-06-01", [("January 17", "2010-01-17")]),
        ("Ana Ruiz was beaten in a runoff with the centre-left candidate of the opposition, Eva Sol, on January 17.",
         "2009-06-01", [("January 17", "2009-01-17")]),
        # ... not across a clause break, where the nearest occurrence stays
        ("Ana Ruiz will face a runoff with the candidate of the opposition after she lost her seat on January 17.",
         "2009-06-01", [("January 17", "2009-01-17")]),
        # "centre-left", "far-left": a hyphenated word's part is no past tense
        ("The centre-left candidate of the opposition speaks in Lyon on January 17.", "2009-06-01",
         [("January 17", "2009-01-17")]),
        ("Ana Ruiz will face the far-left candidate on January 17.", "2009-06-01", [("January 17", "2010-01-17")]),
        ("He left two years ago.", "2009-11-20", [("two years ago", "2007")]),
        ("This year's vote was close.", "2009-11-20", [("This year", "2009")]),
        ("Voting runs November 23-25.", "2009-11-20", [("November 23-25", "2009-11-23")]),
        ("He won in 1998.", "2009-11-20", [("1998", "1998")]),
    ],
)
def test_dates_resolve_with_anchor(nlp, text, published, expected):
    doc = run(nlp, text, published)
    assert dates(doc) == expected
    assert doc._.anchor == published


@pytest.mark.parametrize(
    "text, value, value_end",
    [
        ("Voting runs November 23-25.", "XXXX-11-23", "XXXX-11-25"),
        ("Voting runs Nov. 30-Dec. 2, 2009.", "2009-11-30", "2009-12-02"),
        ("Voting runs Wednesday, November 18-20.", "XXXX-11-18", "XXXX-11-20"),
        ("The 2023–24 Bhutanese National Assembly election.", "2023", "2024"),
        ("The 1999–00 season.", "1999", "2000"),
        ("The 2014–2016 presidential election.", "2014", "2016"),
    ],
)
def test_dates_range_value_end(nlp, text, value, value_end):
    doc = run(nlp, text)
    (span,) = doc.spans[MENTIONS]
    assert (span._.value, span._.value_end) == (value, value_end)


@pytest.mark.parametrize(
    "text, anchor",
    [
        ("Title of the story\n\nFriday, July 21, 2017\n\nThe team won on Tuesday.", "2017-07-21"),
        ("(Reuters) – Oct 3, 2019 – The ministry said on Tuesday.", "2019-10-03"),
        ("The team said it would meet on December 1, 2009 to vote.", None),
        ("No date at all here.", None),
    ],
)
def test_dates_anchor_from_dateline(nlp, text, anchor):
    assert run(nlp, text)._.anchor == anchor


def test_dates_dateline_resolves_weekday(nlp):
    doc = run(nlp, "Title\n\nFriday, July 21, 2017\n\nThe team won a medal on Tuesday.")
    assert ("Tuesday", "2017-07-18") in dates(doc)


@pytest.mark.parametrize(
    "text, blocker",
    [
        ("The April 6 Movement met.", ("April 6 Movement", "ORG")),
        ("Mary May Smith spoke.", ("Mary May Smith", "PERSON")),
        ("USA Today reported it.", ("USA Today", "ORG")),
    ],
)
def test_dates_skip_person_and_org_mentions(nlp, text, blocker):
    doc = run(nlp, text, mentions=[blocker])
    assert dates(doc) == []
    assert [s.label_ for s in doc.spans[MENTIONS]] == [blocker[1]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised relative day among a source citation's capitalised names is an outlet's name
        ("Voters go to the polls. (Zembla Today)", []),
        ("Voters go to the polls. (AP via Ruritania Today) (BBC)", []),
        ("Riots continue. (Al Kestrel) (Today's Velmar)", []),
        ("Riots continue. (Today Online) (Kestrel Sport)", []),
        ("Riots continue (Reuters, DPA via Zembla Today).", []),
        # near misses: the story's own day stays a date
        ("Voters go to the polls today. (Zembla Today)", [("today", "2012-09-24")]),
        ("Today, voters in Zembla go to the polls. (BBC)", [("Today", "2012-09-24")]),
        ("Zembla Votes Today (Reuters)", [("Today", "2012-09-24")]),
        ("The vote is held (today) in Velmar.", [("today", "2012-09-24")]),
        ("The vote is held today (Monday) in Velmar.", [("today", "2012-09-24"), ("Monday", "2012-09-24")]),
        ("The vote is held (Today, says Zembla Radio) in Velmar.", [("Today", "2012-09-24")]),
    ],
)
def test_dates_outlet_name_in_citation_is_no_date(nlp, text, expected):
    assert dates(run(nlp, text, "2012-09-24")) == expected


def test_dates_rule_names_the_pattern(nlp):
    ids = {p.id for p in load_patterns(PATTERNS)}
    doc = run(nlp, "On Dec. 1, 2009, a week after November 23 and since 1989.")
    assert len(doc.spans[MENTIONS]) == 3
    for span in doc.spans[MENTIONS]:
        assert span._.rule in ids


def test_dates_clock_independent(nlp):
    """Outputs are the same whatever today's date is: the clock is never read."""
    freezegun = pytest.importorskip("freezegun", reason="freezegun is a test extra")
    texts = [("The Dec. 1 runoff; he won Sunday and will meet Tuesday.", None),
             ("He resigned yesterday, last month, in May and on 12/1/2009.", None),
             ("The Dec. 1 runoff; he won Sunday, yesterday, last month and in May.", "2009-11-20"),
             ("Title\n\nFriday, July 21, 2017\n\nThey met Tuesday and will meet Jan. 5.", None)]

    def outputs():
        fresh = spacy.blank("en")
        fresh.add_pipe("sentencizer")
        fresh.add_pipe("newsfacts_dates")  # a new component: no cached values
        docs = [run(fresh, t, p) for t, p in texts]
        return [[(s.text, s._.value, s._.value_end) for s in doc.spans[MENTIONS]] for doc in docs]

    with freezegun.freeze_time("2031-03-15"):
        near = outputs()
    with freezegun.freeze_time("2187-09-30"):
        far = outputs()
    assert near == far
    values = " ".join(str(v) for doc in far for _, v, end in doc for v in (v, end))
    assert "2187" not in values and "2031" not in values


def test_dates_prefilter_changes_no_match():
    """The starter-word lookahead only skips positions where no pattern can match, and each pattern's lead (its
    first characters, :func:`_first_chars`) only skips a pattern that cannot match there: the same matches, each
    with the same groups."""
    texts = []
    for name, limit in (("data/gum_news/gum_news.jsonl", None), ("data/current_events.jsonl", 3000)):
        with open(shared_file(name), encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for _, line in zip(range(limit or 10**9), f)]
    text = "\n\n".join(texts)
    cues = load_cues(CUES)
    patterns = load_patterns(PATTERNS)
    fast = compile_patterns(patterns, build_macros(cues), PATTERNS, cues.starters())
    plain = compile_patterns(patterns, build_macros(cues), PATTERNS)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert fast.pattern.count("(?=(?i:[") == len(patterns)  # every pattern has its lead


class _EveryWord(frozenset):
    def __contains__(self, word: object) -> bool:
        return True


def test_dates_tense_cue_gate_changes_no_value(nlp, monkeypatch):
    """A word that opens no tense cue is looked up no further (``_cue_firsts``): the dates' values over 2,000
    current-events items, resolved by the tense around them, are those found when every word is looked up."""
    texts = current_events_texts(2000)
    texts += ["The vote will be held on Tuesday.", "Voters went to the polls on Sunday, officials said.",
              "On Monday he is expected to announce the result."]
    gated = [dates(run(nlp, t, "2009-11-20")) for t in texts]
    monkeypatch.setattr(nlp.get_pipe("newsfacts_dates"), "_cue_firsts", _EveryWord())  # frozenset() here fails it
    assert gated == [dates(run(nlp, t, "2009-11-20")) for t in texts]
    assert sum(map(len, gated)) > 400


@pytest.mark.parametrize("regex, chars", [
    (r"(?P<m>Jan|feb)\s", {"J", "f"}),
    (r"(?:the\s+)?(?P<d>\d{1,2})", {"t", r"\d"}),
    (r"(?<=\bthe\s)(?!May\b)(?i:ma)", {"m"}),
    (r"[1-3]|one", {"1", "2", "3", "o"}),
    (r"\w+", None), (r"[^a]b", None), (r"(?:x)?", None),
])
def test_dates_first_chars(regex, chars):
    """What a pattern's match may begin with; None where it cannot tell (no lead: the pattern is always tried)."""
    assert _first_chars(regex) == (frozenset(chars) if chars is not None else None)


#: The guard's words as a trie: each word whole passes, with no letter after it; a longer word that starts
#: like one of them, or a shorter start of one, does not.
@pytest.mark.parametrize("words, passes, fails", [
    ({"after", "april", "a", "by", "before"}, ["after", "a week", "April", "BY", "before", "a-"],
     ["and", "be", "b", "cat", "bye", "afternoon"]),
    ({"jan", "jan.", "january", "jul", "june"}, ["January", "jan.", "Jan 5", "JUNE", "jul"],
     ["ja", "jab", "janus", "july", "jun"]),
    ({"mid", "mid-", "monday", "may", "march"}, ["mid-2004", "Monday", "May", "march", "mid 2004"],
     ["mad", "moon", "mi", "middle", "mayor", "marches"]),
])
def test_dates_word_trie(words, passes, fails):
    guard = re.compile(r"(?=(?i:" + _word_trie(words) + r")(?![^\W\d_]))")
    assert all(guard.match(w) for w in passes)
    assert not any(guard.match(w) for w in fails)


@pytest.mark.parametrize(
    "content, message",
    [
        ("month\tjanuary\n", "date_cues.tsv:1: expected 3 tab-separated columns"),
        ("month\tjanuary\t1\nmonth\tfoo\t13\n", "date_cues.tsv:2: month value 13 out of range"),
        ("season\tsummer\t\n", "date_cues.tsv:1: unknown category 'season'"),
        ("weekday\tmonday\tone\n", "date_cues.tsv:1: weekday 'monday' needs an integer value"),
        ("modifier\tlast\tbefore\n", "date_cues.tsv:1: modifier value must be one of"),
        ("weekday\tmonday\t1\n", "no month entries"),
    ],
)
def test_dates_cue_file_errors_name_file_and_line(tmp_path, content, message):
    path = tmp_path / CUES_FILE
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DateDataError, match=re.escape(message)):
        load_cues(path)


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"id": "a", "regex": "x"}\n{"id": "a", "regex": "y"}\n', "dates.jsonl:2: duplicate id 'a'"),
        ('{"id": "a"}\n', "dates.jsonl:1: 'regex' must be a non-empty string"),
        ('{"id": "a", "regex": "x", "colour": 1}\n', "dates.jsonl:1: unknown keys ['colour']"),
        ('{"id": "a", "regex": "(?P<season>x)"}\n', "dates.jsonl:1: unknown groups ['season']"),
        ('not json\n', "dates.jsonl:1: not valid JSON"),
        ('{"id": "a", "regex": "x", "parser": "guess"}\n', "dates.jsonl:1: parser must be"),
    ],
)
def test_dates_pattern_file_errors_name_file_and_line(tmp_path, content, message):
    path = tmp_path / "dates.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DateDataError, match=re.escape(message)):
        load_patterns(path)


def test_dates_pattern_with_unknown_macro_is_an_error(tmp_path):
    path = tmp_path / "dates.jsonl"
    path.write_text('{"id": "a", "regex": "{SEASON}"}\n', encoding="utf-8")
    with pytest.raises(DateDataError, match="pattern 'a' uses unknown macro 'SEASON'"):
        DateRecognizer(spacy.blank("en"), "dates", CUES, path)


def test_dates_missing_data_is_an_error(tmp_path):
    with pytest.raises(DateDataError, match="date cue lexicon not found"):
        spacy.blank("en").add_pipe("newsfacts_dates", config={"lexicon_dir": str(tmp_path)})


def test_dates_seed_gold_values(nlp):
    """Every seed gold date is found with its value (the seed has no anchor)."""
    gold = [json.loads(line) for line in open(shared_file("eval/seed_gold.jsonl"), encoding="utf-8")]
    missing = []
    for record in gold:
        if "text" not in record:
            continue
        found = {v for _, v in dates(run(nlp, record["text"]))}
        missing += [(record["doc"], d["value"]) for d in record["dates"]
                    if d.get("required", True) and d["value"] not in found]
    assert missing == []


def test_dates_gum_news_floor():
    """GUM news single-day dates, anchored on the dateline: F1 floor (train and held-out)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import gum_dates

    path = shared_file("data/gum_news/gum_news.jsonl")
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    tally = gum_dates.tally(gum_dates.build(), docs)
    for key, floor in (("train", 0.90), ("heldout", 0.90)):
        assert gum_dates.f1(*tally[key]) >= floor, (key, tally[key])
