"""Property tests: the figure and date parsers never raise and return values in range, on any text."""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.nlp.components.figures import parse_number

#: Words the parsers care about, mixed into arbitrary text so the properties reach real matches.
WORDS = ["Dec.", "1", "December", "Tuesday", "next", "last", "month", "2009", "votes", "ballots", "percent",
         "%", "per", "cent", "three", "thousand", "million", "and", "-", "84,383", "0.84", "May", "of", "the",
         "runoff", "yesterday", "this", "morning", "1998", "23-25", "November", "since", "(", ")", ",", "."]
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map(" ".join)
TIMEX = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|W\d{2}|WXX)(-\d{1,2})?)?$|^\d{4}-\d{2}-\d{2}$")
ANCHORS = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)).map(dt.date.isoformat))


@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=8))
def test_parsers_parse_number_never_raises(words):
    value = parse_number(words)
    assert value is None or (isinstance(value, float) and value >= 0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, anchor=ANCHORS)
def test_parsers_dates_and_figures_never_raise_and_stay_in_range(nlp, text, anchor):
    doc = nlp.make_doc(text)
    doc._.published = anchor
    doc = nlp(doc)
    for span in doc.spans["mentions"]:
        if span.label_ == "DATE" and span._.value is not None:
            assert TIMEX.match(span._.value), span._.value
            year = span._.value[:4]
            if year.isdigit():  # never a guessed year: from the text, or next to the anchor's
                near_anchor = anchor is not None and abs(int(year) - int(anchor[:4])) <= 1
                assert year in text or near_anchor, f"year {year} is in neither the text nor the anchor"
        elif span.label_ == "VOTES":
            assert isinstance(span._.value, int) and span._.value >= 0 and span._.unit in ("votes", "ballots")
        elif span.label_ == "PERCENT":
            assert isinstance(span._.value, float) and span._.value >= 0 and span._.unit == "percent"
