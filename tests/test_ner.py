"""--ner-model: a statistical NER merged under the rules (pipeline/nlp/components/ner.py).

No pretrained model can be downloaded here, so the test trains a tiny one itself.
"""
from __future__ import annotations

import random

import pytest
import spacy
from spacy.training import Example

import pipeline
from pipeline.errors import UsageError

TRAIN = [
    ("Zorblat Quenwick spoke to reporters.", [(0, 16, "PERSON")]),
    ("Reporters met Zorblat Quenwick today.", [(14, 30, "PERSON")]),
    ("Yesterday Zorblat Quenwick left early.", [(10, 26, "PERSON")]),
    ("Zorblat Quenwick and the council met.", [(0, 16, "PERSON")]),
    ("Atlanta welcomed Zorblat Quenwick.", [(0, 7, "GPE"), (17, 33, "PERSON")]),
    ("Blorvan Tessik hired reporters.", [(0, 14, "ORG")]),
    ("Reporters met Blorvan Tessik today.", [(14, 28, "ORG")]),
    ("Yesterday Blorvan Tessik left early.", [(10, 24, "ORG")]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    random.seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for _, spans in TRAIN:
        for *_, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": s}) for t, s in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("ner") / "tiny"
    nlp.to_disk(path)
    return path


def test_ner_adds_spans_the_rules_miss(tiny_model):
    nlp = pipeline.load(ner_model=str(tiny_model))
    doc = nlp("Reporters met Zorblat Quenwick today.")
    people = [(s.text, s._.rule) for s in doc.spans["mentions"] if s.label_ == "PERSON"]
    assert people == [("Zorblat Quenwick", f"ner:{tiny_model}")]
    assert [s._.entity_id for s in doc.spans["mentions"] if s.label_ == "PERSON"] == ["person:zorblat-quenwick"]


def test_ner_rules_win_on_conflict(tiny_model):
    nlp = pipeline.load(ner_model=str(tiny_model))
    doc = nlp("Atlanta welcomed Zorblat Quenwick.")
    atlanta = [s for s in doc.spans["mentions"] if s.text == "Atlanta"]
    assert [(s.label_, s._.rule) for s in atlanta] == [("GPE", "kb")]


def test_ner_default_pipeline_has_no_statistical_component():
    assert "newsfacts_ner" not in pipeline.load().pipe_names


def test_ner_missing_model_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="--ner-model"):
        pipeline.load(ner_model=str(tmp_path / "nowhere"))


# --------------------------------------------------------------------------- newsfacts_person_check


def _with_check(model) -> "spacy.language.Language":
    nlp = pipeline.load()
    nlp.add_pipe("newsfacts_person_check", before="newsfacts_linker", config={"model": str(model) if model else None})
    return nlp


@pytest.mark.parametrize("text, with_model, expected", [
    # a name shape no cue decides: the model's PERSON confirms it, without a model it stays out
    ("Reporters met Zorblat Quenwick today.", True, [("Zorblat Quenwick", "shape.ner_confirmed")]),
    ("Reporters met Zorblat Quenwick today.", False, []),
    # what the rules decided stays theirs
    ("Anna Quenwick spoke to reporters.", True, [("Anna Quenwick", "shape.first_name")]),
    ("Atlanta welcomed Zorblat Quenwick.", True, [("Zorblat Quenwick", "shape.ner_confirmed")]),
    # a candidate the model calls something else stays out
    ("Reporters met Blorvan Tessik today.", True, []),
])
def test_person_check_confirms_only_the_rules_candidates(tiny_model, text, with_model, expected):
    doc = _with_check(tiny_model if with_model else None)(text)
    assert [(s.text, s._.rule) for s in doc.spans["mentions"] if s.label_ == "PERSON"] == expected


def test_person_check_is_off_by_default():
    """Out of sample on GUM's train articles it added 7 false people and 1 real one (README, Architecture)."""
    assert "newsfacts_person_check" not in pipeline.load().pipe_names


def test_person_check_without_a_model_folder_does_nothing(tmp_path):
    nlp = _with_check(tmp_path / "no-model")
    assert nlp.get_pipe("newsfacts_person_check").inner is None
