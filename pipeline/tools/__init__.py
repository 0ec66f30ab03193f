"""Tools over a run's outputs: evaluate against gold, the review page, learn from verdicts,
train the project's own models."""
