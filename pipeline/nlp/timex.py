"""TIMEX3-style values for recognised date expressions: pure functions, no clock.

The recogniser (``pipeline.nlp.components.dates``) turns a span into :class:`Fields`
(what the text states) and a tense :data:`Direction`; :func:`resolve` turns those
and the document's anchor (publication date or dateline) into a value:

========================  ===============  ==========================
text                      no anchor        anchor 2009-11-20 (a Friday)
========================  ===============  ==========================
December 1, 2009          2009-12-01       2009-12-01
Dec. 1                    XXXX-12-01       2009-12-01
November 2009             2009-11          2009-11
November (in November)    XXXX-11          2009-11
1998                      1998             1998
Wednesday                 XXXX-WXX-3       2009-11-18 (past) / 2009-11-25 (future)
yesterday, last month     None             2009-11-19, 2009-10
========================  ===============  ==========================

Decisions (TimeML practice for news, where the document creation time anchors
relative expressions):

* Granularity is what the text states: a year stays ``YYYY``, a month
  ``YYYY-MM``; a day is never filled in. Parts of the day ("Sunday night",
  "this morning") resolve to the plain day: SPEC asks for day values.
* A weekday on the anchor's own weekday is the anchor day ("voters go to the
  polls Sunday" in a Sunday paper), except in the future: "the runoff will be
  held on Saturday", written on a Saturday, is the next one (issue 11's reading;
  wire copy's "holds a hearing Wednesday" in a Wednesday story means that day,
  so this is a choice). ``past`` looks back up
  to six days, ``future`` ahead up to six days; with no tense cue (``nearest``) a
  weekday is read as past: news reports what happened. An explicit "last" /
  "next" excludes the anchor day itself. A weekday that dates a scheduled event
  ("Sunday's election", "the runoff on Monday") is the occurrence closest to the
  anchor (``closest``), whatever the tense around it: an item of Saturday
  speaks of "Sunday's election" on its eve.
* A year-less month-day or month takes the anchor's year, unless the adjacent
  year puts it within :data:`ADJACENT_YEAR_DAYS` of the anchor while the
  anchor's year does not ("Jan. 5" in a late-December article is next year),
  and a future tense does not rule that year out ("until an election is held
  in December" in a March article is this December, not last).
  Tense moves it to the other year only when the date lies more than
  :data:`TENSE_OVERRIDE_DAYS` on the wrong side of the anchor (a stray tense
  cue must not move "Dec. 1 runoff" in a November article a year back).
* A weekday given with a month-day picks the year in which that date falls on
  that weekday, when one of the candidate years does.
* Without an anchor nothing is guessed: ``XXXX-12-01``, ``XXXX-11``,
  ``XXXX-WXX-3``; purely relative expressions ("yesterday") get ``None``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal, Optional

#: ``closest``: the occurrence nearer to the anchor, either side (a weekday that dates an event).
Direction = Literal["past", "future", "nearest", "closest"]
Modifier = Literal["past", "future", "this"]
Unit = Literal["day", "month", "year"]

#: A year-less date switches to the previous/next year when that puts it
#: within this many days of the anchor and the anchor's own year does not.
ADJACENT_YEAR_DAYS = 92
#: Tense moves a year-less date across the anchor's year only when the date
#: lies more than this many days on the side the tense rules out.
TENSE_OVERRIDE_DAYS = 92


@dataclass(frozen=True)
class Fields:
    """What a date expression states; ``None`` where the text says nothing."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None  # ISO: Monday 1 … Sunday 7
    unit: Optional[Unit] = None  # relative expressions: the unit shifted
    shift: Optional[int] = None  # … and by how many units (yesterday: day, -1)
    modifier: Optional[Modifier] = None  # "last" / "next" / "this" before a weekday or month
    year_shift: Optional[int] = None  # a month-day's year relative to the anchor's: "May 7 next year" +1

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValueError(f"day out of range: {self.day}")
        if self.weekday is not None and not 1 <= self.weekday <= 7:
            raise ValueError(f"weekday out of range: {self.weekday}")
        if (self.unit is None) != (self.shift is None):
            raise ValueError("unit and shift go together")


def parse_iso(value: Optional[str]) -> Optional[dt.date]:
    """An ISO date (``2009-11-20``, a datetime prefix is ignored), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


#: Anchors this far from the calendar's ends are placeholders ("0001-01-01"), not dates.
ANCHOR_YEARS = (2, 9998)


def _usable(anchor: Optional[dt.date]) -> Optional[dt.date]:
    """``anchor``, or None for a placeholder date whose neighbouring years do not exist."""
    return anchor if anchor is not None and ANCHOR_YEARS[0] <= anchor.year <= ANCHOR_YEARS[1] else None


def _day(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31 November, 29 February of a common year
        return None


def _add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _weekday(anchor: dt.date, weekday: int, direction: Direction, strict: bool) -> dt.date:
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if strict:  # "last Sunday" / "next Sunday" never mean the anchor day
        back, ahead = back or 7, ahead or 7
    if direction == "past":
        return anchor - dt.timedelta(days=back)
    if direction == "future":
        return anchor + dt.timedelta(days=ahead)
    if direction == "closest":
        return anchor + dt.timedelta(days=ahead) if ahead < back else anchor - dt.timedelta(days=back)
    # "nearest" without a tense cue: news reports what happened, so the past
    # (measured on GUM news train: weekdays without a cue are past days).
    return anchor - dt.timedelta(days=back)


def _year_for(month: int, day: int, anchor: dt.date, direction: Direction,
              weekday: Optional[int] = None) -> int:
    """The year of a year-less month-day (day 15 stands in for a whole month)."""
    candidates = {y: _day(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)}
    if weekday is not None:
        fitting = [y for y, d in candidates.items() if d and d.isoweekday() == weekday]
        if fitting:
            return min(fitting, key=lambda y: (abs((candidates[y] - anchor).days), y != anchor.year))
    same = candidates[anchor.year]
    if same is None:  # 29 February: the nearest leap year
        return min((y for y, d in candidates.items() if d), key=lambda y: abs(y - anchor.year),
                   default=anchor.year)
    year = anchor.year
    distance = (same - anchor).days
    if abs(distance) > ADJACENT_YEAR_DAYS:
        other = anchor.year + (1 if distance < 0 else -1)
        other_day = candidates[other]
        # ... never back against a future tense: "until an election is held in December" in March is this
        # December (a past cue does not keep "January 17" in December from next year: a stray one may stand in
        # another clause, and a result of last January would say its year)
        against = direction == "future" and other < anchor.year
        if other_day and abs((other_day - anchor).days) <= ADJACENT_YEAR_DAYS and not against:
            year = other
    chosen = _day(year, month, day)
    gap = (chosen - anchor).days if chosen else 0
    if direction == "past" and gap > TENSE_OVERRIDE_DAYS:
        return year - 1
    if direction == "future" and gap < -TENSE_OVERRIDE_DAYS:
        return year + 1
    return year


def _month_modified(month: int, anchor: dt.date, modifier: Modifier) -> int:
    """The year of "last March" / "next March" / "this March"."""
    if modifier == "past":
        return anchor.year if month < anchor.month else anchor.year - 1
    if modifier == "future":
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def resolve(fields: Fields, anchor: Optional[dt.date], direction: Direction = "nearest") -> Optional[str]:
    """The TIMEX3 value of ``fields`` read from a text anchored at ``anchor``.

    Returns ``None`` when the expression cannot be given a value (a relative
    expression without an anchor), never a guessed year or day.
    """
    anchor = _usable(anchor)
    if fields.year_shift is not None:  # "September 16 next year": the year is stated relative to the anchor's
        if anchor is None:
            return None
        return resolve(dataclasses.replace(fields, year=anchor.year + fields.year_shift, year_shift=None), anchor)
    if fields.unit is not None:
        if anchor is None:
            return None
        if fields.unit == "day":
            return (anchor + dt.timedelta(days=fields.shift)).isoformat()
        if fields.unit == "month":
            year, month = _add_months(anchor.year, anchor.month, fields.shift)
            return f"{year:04d}-{month:02d}"
        return f"{anchor.year + fields.shift:04d}"

    if fields.year is not None:
        if fields.month is None:
            return f"{fields.year:04d}"
        if fields.day is None:
            return f"{fields.year:04d}-{fields.month:02d}"
        day = _day(fields.year, fields.month, fields.day)
        return day.isoformat() if day else None

    if fields.month is not None:
        if fields.day is None:
            if anchor is None:
                return f"XXXX-{fields.month:02d}"
            if fields.modifier in ("past", "future"):
                year = _month_modified(fields.month, anchor, fields.modifier)
            else:
                year = _year_for(fields.month, 15, anchor, direction)
            return f"{year:04d}-{fields.month:02d}"
        if anchor is None:
            return f"XXXX-{fields.month:02d}-{fields.day:02d}"
        year = _year_for(fields.month, fields.day, anchor, direction, fields.weekday)
        day = _day(year, fields.month, fields.day)
        return day.isoformat() if day else None

    if fields.weekday is not None:
        if anchor is None:
            return f"XXXX-WXX-{fields.weekday}"
        strict = fields.modifier in ("past", "future")
        if strict:
            direction = fields.modifier
        # "the runoff will be held on Saturday", written on a Saturday: the next one
        strict = strict or direction == "future"
        return _weekday(anchor, fields.weekday, direction, strict).isoformat()
    return None


def resolve_range(start: Fields, end: Fields, anchor: Optional[dt.date],
                  direction: Direction = "nearest") -> tuple[Optional[str], Optional[str]]:
    """Values of a range stated in one span ("November 23-25", "Nov. 30-Dec. 2, 2009").

    The end inherits the start's month; the year, stated once, belongs to the
    end ("Nov. 30-Dec. 2, 2009") and the start takes it too, one year earlier
    when the range crosses the new year ("Dec. 30-Jan. 2, 2010").
    """
    anchor = _usable(anchor)
    month_end = end.month if end.month is not None else start.month
    wraps = start.month is not None and month_end is not None and month_end < start.month
    if end.year is not None:
        end_year = end.year
        start_year = start.year if start.year is not None else end_year - wraps
    elif start.year is not None:
        start_year = start.year
        end_year = start_year + wraps
    elif anchor is not None and start.month is not None and start.day is not None:
        start_year = _year_for(start.month, start.day, anchor, direction, start.weekday)
        end_year = start_year + wraps
    else:
        start_year = end_year = None
    first = Fields(year=start_year, month=start.month, day=start.day)
    last = Fields(year=end_year, month=month_end, day=end.day)
    return resolve(first, anchor, direction), resolve(last, anchor, direction)
