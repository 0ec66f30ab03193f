"""One home for the paraphrase tables' rows (``tests/test_{cand,won,hold,elec}3{4,5}_paraphrase_leads.py``): how each
predicate's wanted rows are written and how the pipeline's rows of a lead are read, so two tables of one predicate
differ only in their leads. Each table imports its builders under the short names its rows use (``C``, ``W``, ``H``…).
"""
from __future__ import annotations

from conftest import lead_rows

#: The day a paraphrase lead is published on, unless its table dates an item otherwise.
ANCHOR = "2024-06-01"
#: A former holder's qualifier, as the gold writes it.
FORMER = "former"
#: The predicates a result table scores.
RESULT_PREDICATES = ("won", "defeated", "conceded", "votes_received")


def _some(**fields) -> dict:
    """The fields given a value: a field left None matches any value (``conftest.row_matches``)."""
    return {k: v for k, v in fields.items() if v is not None}


def candidate(subject, obj=None) -> dict:
    """A candidate row: its person, and its office when the lead names one (else any office matches)."""
    return dict(predicate="candidate", subject=subject, **_some(object=obj))


def holder(subject, obj=None, **extra) -> dict:
    """A holds_office row; ``extra`` fixes more fields (``qualifier``)."""
    return dict(predicate="holds_office", subject=subject, **_some(obj=obj), **extra)


def current(subject, obj) -> dict:
    """A current holder's row (no qualifier), as the gold writes it."""
    return holder(subject, obj, qualifier=None)


def former(subject, obj) -> dict:
    """A former holder's row."""
    return holder(subject, obj, qualifier=FORMER)


def won(subject, obj=None) -> dict:
    return dict(predicate="won", subject=subject, **_some(object=obj))


def defeated(winner, loser=None) -> dict:
    return dict(predicate="defeated", subject=winner, **_some(object=loser))


def conceded(subject) -> dict:
    return dict(predicate="conceded", subject=subject)


def votes(subject, value=None) -> dict:
    return dict(predicate="votes_received", subject=subject, **_some(value=value))


def election(subject=None, **extra) -> dict:
    """An election row: its office when given (else any), and ``extra`` fields (``date``, ``kind``)."""
    return dict(predicate="election", **_some(subject=subject), **extra)


def candidate_rows(nlp, text: str, anchor: str = ANCHOR) -> list[dict]:
    return lead_rows(nlp, text, anchor, ("candidate",),
                     lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject), object=ent(f.object)))


def holder_rows(nlp, text: str, anchor: str = ANCHOR) -> list[dict]:
    return lead_rows(nlp, text, anchor, ("holds_office",), lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), obj=ent(f.object), qualifier=f.qualifier))


def result_rows(nlp, text: str, anchor: str = ANCHOR) -> list[dict]:
    """A lead's result rows; a negated fact ("refuses to concede") claims nothing, so it is left out."""
    return [r for r in lead_rows(nlp, text, anchor, RESULT_PREDICATES, lambda f, ent: dict(
        predicate=f.predicate, subject=ent(f.subject), object=ent(f.object), value=f.value, polarity=f.polarity))
        if r.pop("polarity") != "negative"]


def election_rows(nlp, text: str, anchor: str = ANCHOR) -> list[dict]:
    return lead_rows(nlp, text, anchor, ("election",),
                     lambda f, ent: dict(predicate=f.predicate, subject=ent(f.subject), date=f.date, kind=f.kind))
