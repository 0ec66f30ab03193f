"""Row builders and the row reader of the mention tables (test_organisation_leads, test_org36_leads,
test_gpe36_leads): each row is one mention as written, ``{"predicate": label, "subject": text}``, so that
:func:`conftest.check_lead` and :func:`conftest.print_table_score` read them as the fact tables' rows."""
from __future__ import annotations

from conftest import lead_doc

from pipeline.nlp.components.common import mentions


def mention(label: str, text: str) -> dict:
    """A ``label`` mention of exactly ``text``."""
    return dict(predicate=label, subject=text)


def O(text):  # noqa: N802 - a table's row builder
    """An ORG mention of exactly ``text``."""
    return mention("ORG", text)


def G(text):  # noqa: N802
    """A GPE mention of exactly ``text``."""
    return mention("GPE", text)


def F(text):  # noqa: N802
    """An OFFICE mention of exactly ``text``."""
    return mention("OFFICE", text)


def P(text):  # noqa: N802
    """A PERSON mention of exactly ``text``."""
    return mention("PERSON", text)


def A(text):  # noqa: N802
    """Any mention (of any label) of exactly ``text``: words that name nothing there."""
    return dict(subject=text)


def mention_rows(nlp, text: str, anchor: str, labels: tuple[str, ...] | None = None) -> list[dict]:
    """The lead's mentions as written, each a row; only those of ``labels`` when given (what a table's score
    counts)."""
    rows = [mention(span.label_, span.text) for span in mentions(lead_doc(nlp, text, anchor))]
    return rows if labels is None else [row for row in rows if row["predicate"] in labels]
