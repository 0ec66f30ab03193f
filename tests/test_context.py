"""election context: doc._.election_score from models/context (pipeline/nlp/components/context.py)."""
from __future__ import annotations

import logging

import pytest
import spacy

import pipeline.nlp.components  # noqa: F401  (registers newsfacts_election_context)

from conftest import MODELS


@pytest.fixture(scope="module")
def scorer():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_election_context", config={"models_dir": str(MODELS)})
    return nlp


#: Invented one-line news items: election news scores above 0.5, the rest below.
@pytest.mark.parametrize("text, election", [
    ("Incumbent governor Ana Costa wins re-election with 56 percent of the vote.", True),
    ("Voters in Norland go to the polls to elect a new parliament.", True),
    ("The opposition candidate concedes defeat in the presidential runoff.", True),
    ("Rafael Nadal defeats Roger Federer to win the French Open.", False),
    ("A magnitude 6.1 earthquake strikes central Chile, killing at least 12 people.", False),
    ("Scientists announce the discovery of a new species of frog in Peru.", False),
    ("The novel wins the Booker Prize.", False),
])
def test_context_scores_election_news_above_half(scorer, text, election):
    score = scorer(text)._.election_score
    assert isinstance(score, float) and 0.0 <= score <= 1.0
    assert (score > 0.5) is election, score


def test_context_pipe_equals_call(scorer):
    texts = ["Voters elect a new mayor.", "A storm hits the coast.", ""]
    assert [d._.election_score for d in scorer.pipe(texts, batch_size=2)] == [scorer(t)._.election_score for t in texts]


def test_context_without_a_model_is_none_with_a_warning(tmp_path, caplog):
    (tmp_path / "config.cfg").write_text("", encoding="utf-8")
    nlp = spacy.blank("en")
    with caplog.at_level(logging.WARNING, logger="newsfacts"):
        nlp.add_pipe("newsfacts_election_context", config={"models_dir": str(tmp_path)})
    assert nlp("Voters elect a new mayor.")._.election_score is None
    assert "newsfacts train --context" in caplog.text


def test_context_model_meta_records_held_out_scores_and_exclusions():
    import json

    meta = json.loads((MODELS / "context" / "meta.json").read_text(encoding="utf-8"))["newsfacts"]
    assert meta["held_out_scores"]["f1"] >= 0.85 and meta["held_out_scores"]["precision"] >= 0.9
    assert len(meta["excluded_ids"]) >= 700 and any(k.startswith("exclude:") for k in meta["data"])


@pytest.mark.parametrize("text", ["Voters elect a new mayor.", "A storm hits the coast."])
def test_context_score_read_late_equals_batch_and_copies(scorer, text):
    """The score is computed when first read: the same as a batch's, on a copy of the Doc too."""
    (batched,) = scorer.pipe([text])
    doc = scorer(text)
    assert doc.copy()._.election_score == doc._.election_score == batched._.election_score


def test_context_score_set_by_hand_is_kept(scorer):
    doc = scorer("Voters elect a new mayor.")
    doc._.election_score = 0.25
    assert doc._.election_score == 0.25


def test_context_model_builds_no_tokenizer_rules():
    """It reads the pipeline's Docs: its Language gets a tokenizer without rules (spaCy's default would compile the
    regexes and load every special case for nothing)."""
    from pipeline.nlp.components.context import load_context_model

    model = load_context_model(str((MODELS / "context").resolve()))
    assert not model.tokenizer.rules and model.tokenizer.prefix_search is None
