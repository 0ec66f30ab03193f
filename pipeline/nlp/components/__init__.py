"""The newsfacts spaCy components, registered as factories on import.

In pipeline order (see ``models/config.cfg``): paragraphs (a blank line ends a
sentence), sentence limit (no sentence over 250 tokens), entities (KB, patterns, name
shapes), offices (role + jurisdiction), dates (TIMEX values), figures (votes,
ballots, percent), linker (canonical entities), learned (mentions and exceptions
that ``newsfacts learn`` wrote under models/), election context (``doc._.election_score``),
facts (election facts), exceptions.
"""
from . import (context, dates, entities, facts, figures, linker, ner, offices, paragraphs,  # noqa: F401
               sentences, tokenizer)
from .. import learned  # noqa: F401  (newsfacts_learned, newsfacts_exceptions: what `learn` taught)
