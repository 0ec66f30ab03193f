"""The newsfacts spaCy components, registered as factories on import.

In pipeline order (see ``models/config.cfg``): entities (KB, patterns, name
shapes), offices (role + jurisdiction), dates (TIMEX values), figures (votes,
ballots, percent), linker (canonical entities), facts (election facts).
"""
from . import dates, entities, facts, figures, linker, ner, offices  # noqa: F401
