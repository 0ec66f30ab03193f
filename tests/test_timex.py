"""pipeline.nlp.timex: TIMEX3 values from stated fields, an anchor and a tense direction."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp.timex import Fields, parse_iso, resolve, resolve_range

FRI = dt.date(2009, 11, 20)  # a Friday in November
DEC = dt.date(2009, 12, 28)  # a Monday late in December
JAN = dt.date(2010, 1, 4)  # a Monday early in January
MAY = dt.date(2015, 5, 7)  # a Thursday in May


@pytest.mark.parametrize(
    "fields, anchor, direction, expected",
    [
        # no anchor: nothing guessed
        (Fields(month=12, day=1), None, "nearest", "XXXX-12-01"),
        (Fields(month=11), None, "past", "XXXX-11"),
        (Fields(weekday=3), None, "past", "XXXX-WXX-3"),
        (Fields(weekday=7), None, "future", "XXXX-WXX-7"),
        (Fields(weekday=3, month=11, day=18), None, "nearest", "XXXX-11-18"),
        (Fields(year=1998), None, "nearest", "1998"),
        (Fields(year=2009, month=11), None, "nearest", "2009-11"),
        (Fields(year=2009, month=12, day=1), None, "nearest", "2009-12-01"),
        (Fields(unit="day", shift=-1), None, "nearest", None),
        (Fields(unit="month", shift=-1), None, "nearest", None),
        (Fields(unit="year", shift=0), None, "nearest", None),
        (Fields(month=3, modifier="past"), None, "nearest", "XXXX-03"),
        # stated years are kept, whatever the anchor
        (Fields(year=1998), FRI, "future", "1998"),
        (Fields(year=2009, month=11), FRI, "past", "2009-11"),
        (Fields(year=2009, month=2, day=30), FRI, "past", None),  # no such day
        # year-less month-day
        (Fields(month=12, day=1), FRI, "nearest", "2009-12-01"),  # "Dec. 1 runoff" in November
        (Fields(month=12, day=1), FRI, "past", "2009-12-01"),  # a stray past cue does not move it
        (Fields(month=11, day=3), FRI, "nearest", "2009-11-03"),
        (Fields(month=1, day=5), DEC, "future", "2010-01-05"),
        # a future month late in the year, in an early-year article, is this year's, not last year's nearer one
        (Fields(month=11), dt.date(2021, 2, 10), "future", "2021-11"),
        (Fields(month=11), dt.date(2021, 2, 10), "nearest", "2020-11"),
        (Fields(month=12, day=5), dt.date(2021, 3, 10), "future", "2021-12-05"),
        (Fields(month=1, day=5), DEC, "nearest", "2010-01-05"),
        (Fields(month=12, day=20), JAN, "nearest", "2009-12-20"),
        (Fields(month=12, day=20), JAN, "past", "2009-12-20"),
        (Fields(month=11, day=20), MAY, "future", "2015-11-20"),
        (Fields(month=11, day=20), MAY, "nearest", "2015-11-20"),
        (Fields(month=11, day=20), MAY, "past", "2014-11-20"),
        (Fields(month=2, day=6), MAY, "nearest", "2015-02-06"),
        (Fields(month=2, day=6), MAY, "future", "2015-02-06"),  # within TENSE_OVERRIDE_DAYS
        (Fields(month=1, day=6), MAY, "future", "2016-01-06"),
        (Fields(month=2, day=29), FRI, "nearest", "2008-02-29"),
        (Fields(month=11, day=18, weekday=3), FRI, "nearest", "2009-11-18"),
        (Fields(month=1, day=2, weekday=6), DEC, "nearest", "2010-01-02"),  # the weekday fixes the year
        # year-less month
        (Fields(month=3), dt.date(2008, 8, 15), "nearest", "2008-03"),
        (Fields(month=1), DEC, "nearest", "2010-01"),
        (Fields(month=3, modifier="past"), FRI, "nearest", "2009-03"),
        (Fields(month=11, modifier="past"), FRI, "nearest", "2008-11"),
        (Fields(month=3, modifier="future"), FRI, "nearest", "2010-03"),
        (Fields(month=12, modifier="future"), FRI, "nearest", "2009-12"),
        # weekdays (FRI is a Friday)
        (Fields(weekday=7), FRI, "past", "2009-11-15"),
        (Fields(weekday=7), FRI, "future", "2009-11-22"),
        (Fields(weekday=7), FRI, "nearest", "2009-11-15"),  # no cue: news reports the past
        (Fields(weekday=7), FRI, "closest", "2009-11-22"),  # an event's day: two days ahead, not five back
        (Fields(weekday=3), FRI, "closest", "2009-11-18"),  # ... two days back, not five ahead
        (Fields(weekday=5), FRI, "closest", "2009-11-20"),  # ... the anchor itself
        (Fields(weekday=4), FRI, "future", "2009-11-26"),  # "polls close Thursday"
        (Fields(weekday=2), FRI, "past", "2009-11-17"),
        (Fields(weekday=5), FRI, "past", "2009-11-20"),  # the anchor's own weekday is the anchor
        (Fields(weekday=5), FRI, "future", "2009-11-27"),  # future tense: the next Friday, never the anchor
        (Fields(weekday=5, modifier="past"), FRI, "nearest", "2009-11-13"),  # "last Friday"
        (Fields(weekday=5, modifier="future"), FRI, "past", "2009-11-27"),  # "next Friday"
        (Fields(weekday=2, modifier="future"), FRI, "nearest", "2009-11-24"),
        (Fields(weekday=3, modifier="this"), FRI, "future", "2009-11-25"),
        # relative units
        (Fields(unit="day", shift=-1), FRI, "nearest", "2009-11-19"),
        (Fields(unit="day", shift=0), FRI, "nearest", "2009-11-20"),
        (Fields(unit="day", shift=1), DEC, "nearest", "2009-12-29"),
        (Fields(unit="day", shift=-1), JAN, "nearest", "2010-01-03"),
        (Fields(unit="month", shift=-1), FRI, "nearest", "2009-10"),
        (Fields(unit="month", shift=0), FRI, "nearest", "2009-11"),
        (Fields(unit="month", shift=-1), JAN, "nearest", "2009-12"),
        (Fields(unit="month", shift=1), DEC, "nearest", "2010-01"),
        (Fields(unit="year", shift=-17), dt.date(2017, 7, 21), "nearest", "2000"),
        (Fields(unit="year", shift=1), FRI, "nearest", "2010"),
    ],
)
def test_timex_resolve(fields, anchor, direction, expected):
    assert resolve(fields, anchor, direction) == expected


@pytest.mark.parametrize(
    "start, end, anchor, expected",
    [
        (Fields(month=11, day=23), Fields(day=25), None, ("XXXX-11-23", "XXXX-11-25")),
        (Fields(month=11, day=23), Fields(day=25), FRI, ("2009-11-23", "2009-11-25")),
        (Fields(month=11, day=30), Fields(month=12, day=2, year=2009), None, ("2009-11-30", "2009-12-02")),
        (Fields(month=12, day=30), Fields(month=1, day=2, year=2010), None, ("2009-12-30", "2010-01-02")),
        (Fields(month=12, day=30), Fields(month=1, day=2), DEC, ("2009-12-30", "2010-01-02")),
        (Fields(month=12, day=30, year=2009), Fields(month=1, day=2), None, ("2009-12-30", "2010-01-02")),
    ],
)
def test_timex_resolve_range(start, end, anchor, expected):
    assert resolve_range(start, end, anchor) == expected


@pytest.mark.parametrize(
    "kwargs",
    [{"month": 13}, {"day": 0}, {"weekday": 8}, {"unit": "day"}, {"shift": 1}],
)
def test_timex_fields_reject_impossible(kwargs):
    with pytest.raises(ValueError):
        Fields(**kwargs)


@pytest.mark.parametrize(
    "text, expected",
    [("2009-11-20", dt.date(2009, 11, 20)), ("2009-11-20T08:00:00", dt.date(2009, 11, 20)),
     ("", None), (None, None), ("November 20", None), ("2009-13-01", None)],
)
def test_timex_parse_iso(text, expected):
    assert parse_iso(text) == expected


@pytest.mark.parametrize("fields", [Fields(weekday=3), Fields(month=12, day=1), Fields(unit="day", shift=-1)])
@pytest.mark.parametrize("anchor", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_timex_placeholder_anchor_is_no_anchor(fields, anchor):
    # "published": "0001-01-01" is a placeholder: relative dates get no value, and nothing overflows
    assert resolve(fields, anchor, "past") in (None, "XXXX-WXX-3", "XXXX-12-01")
