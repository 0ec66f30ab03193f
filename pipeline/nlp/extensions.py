"""Where newsfacts puts its results on spaCy objects.

Every stage reads and writes these extensions, so a user who calls
``pipeline.load()(text)`` can reach mentions, values, links and facts without
our row-writing code. Registration is idempotent: importing this module twice
(or from several worker processes) is safe.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

#: ``doc.spans[MENTIONS]`` holds every mention (they may overlap: the OFFICE
#: "Springfield mayoral" contains the GPE "Springfield").
MENTIONS = "mentions"

DOC_EXTENSIONS = {
    "published": None,  # ISO date of publication, or None
    "doc_id": None,  # the document's id in the run (doc-scoped learned corrections and exceptions read it)
    "anchor": None,  # ISO date relative dates resolve against (published or a dateline)
    "facts": None,  # list[pipeline.nlp.components.facts.Fact], set by the facts component
    "election_score": None,  # P(election news) from the election-context classifier, None without it
}
SPAN_EXTENSIONS = {
    "value": None,  # DATE: TIMEX3 value; VOTES: int; PERCENT: float
    "value_end": None,  # DATE ranges in one span ("November 23-25"): end value
    "unit": None,  # VOTES: votes|ballots; PERCENT: percent
    "rule": None,  # id of the pattern, rule or model that produced the span
    "entity_id": None,  # canonical entity id (entities.csv)
    "entity": None,  # canonical name
    "kb_id": None,  # knowledge-base id when linked to models/kb
    "qualifier": None,  # OFFICE: "former" when the mention says so
    "jurisdiction": None,  # OFFICE: the place name its jurisdiction resolved to
    "bare": False,  # OFFICE: a titled role whose jurisdiction could not be told ("President" alone)
    "role": None,  # OFFICE: the role's id in models/lexicons/roles.jsonl ("role.mayor")
    "form": None,  # OFFICE: how the text names it: "noun", "adjective" ("mayoral") or "plural"
}


def register() -> None:
    """Register the extensions once per process."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
