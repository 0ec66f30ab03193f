"""The mention labels: the one place they are spelt.

``mentions.csv`` holds every label; the first four name things (people,
offices, places, organisations) and are linked to canonical entities
(``entities.csv``, the knowledge base, the arguments of facts); the other
three hold values (a TIMEX3 date, a number of votes or ballots, a share).
"""
from __future__ import annotations

#: Labels linked to a canonical entity: knowledge-base records, entities.csv, fact arguments.
ENTITY_LABELS = ("PERSON", "OFFICE", "GPE", "ORG")
#: Labels whose mention holds a number with a unit (``votes``, ``ballots``, ``percent``).
FIGURE_LABELS = ("VOTES", "PERCENT")
DATE_LABEL = "DATE"
#: Every label of mentions.csv, in the README's order.
MENTION_LABELS = (*ENTITY_LABELS, DATE_LABEL, *FIGURE_LABELS)
