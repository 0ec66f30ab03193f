"""train: the project's own NER from gold, reviewed and silver data (pipeline/train.py)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline import train as T

from conftest import MODELS, ROOT

SEED_GOLD = ROOT / "tests" / "gold" / "seed_gold.jsonl"
#: A model small enough to train in seconds: the mechanics, not the quality.
TINY = {
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 1,
    "components.tok2vec.model.embed.rows": [1000, 200, 200, 200],
    "components.ner.model.hidden_width": 32,
    "training.max_epochs": 12,
    "training.eval_frequency": 20,
    "training.patience": 0,
    "training.batcher.size.start": 4,
    "training.batcher.size.stop": 16,
}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> tuple[Path, T.TrainReport]:
    out = tmp_path_factory.mktemp("ner") / "ner"
    report = T.train(out, gold=[SEED_GOLD], gum=None, silver=None, overrides=TINY)
    return out, report


def test_train_tiny_model_records_data_hashes_and_scores(tiny_model):
    out, report = tiny_model
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))["newsfacts"]
    assert set(meta["data"]) == {"config", "gold:seed_gold.jsonl", "train.spacy", "dev.spacy"}
    assert meta["counts"] == {"gold": {"docs": 12, "spans": report.counts["gold"]["spans"]}}
    assert "ents_f" in meta["dev_scores"] and report.size_bytes < 20_000_000
    assert not list(out.rglob("*.spacy"))  # the DocBins stay out of models/


def test_train_tiny_model_loads_and_predicts(tiny_model):
    import spacy

    import pipeline

    out, _ = tiny_model
    ner = spacy.load(out)
    assert ner.pipe_names == ["tok2vec", "ner"] and set(ner.get_pipe("ner").labels) == {"PERSON", "GPE", "ORG"}
    doc = ner("Kasim Reed won the Atlanta mayor's race by 714 votes.")
    assert {e.label_ for e in doc.ents} <= {"PERSON", "GPE", "ORG"}
    nlp = pipeline.load(MODELS, ner_model=str(out))
    assert "newsfacts_ner" in nlp.pipe_names
    assert nlp("Mary Norwood leads.").spans["mentions"] is not None


@pytest.mark.parametrize("text, expected", [
    ("the United States", "United States"),
    ("Warhol's", "Warhol"),
    ("Andy Warhol", "Andy Warhol"),
    ("the man who painted", None),  # not a name
    ("school board of Atlanta", None),
])
def test_train_gum_span_trimmed_to_the_name(text, expected):
    cut = T._trim(text, 0, len(text))
    assert (text[cut[0]:cut[1]] if cut else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("U.S. President Donald Trump", "Donald Trump"),
    ("Ann Chiang of DAB", "Ann Chiang"),
    ("Afghans", None),
    ("President", None),
])
def test_train_gum_person_loses_titles_and_groups(text, expected):
    cut = T._person(text, 0, len(text), T._Titles(MODELS))
    assert (text[cut[0]:cut[1]] if cut else None) == expected


def test_train_gold_names_located_with_spellings_and_surnames():
    import spacy

    examples = T.gold_examples(SEED_GOLD)
    nlp = spacy.blank("en")
    docs = list(T.to_docbin(nlp, examples[3:4]).get_docs(nlp.vocab))  # "... Reed now leads Norwood ..."
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Kasim Reed", "PERSON"), ("Mary Norwood", "PERSON"), ("Atlanta", "GPE"), ("Fulton County", "GPE"),
        ("Reed", "PERSON"), ("Norwood", "PERSON")]


def test_train_reviewed_rows_keep_ok_drop_wrong_add_missed(tmp_path):
    text = "Ann Lee met Bob Roe in Paris."
    with (tmp_path / "documents.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["doc_id", "status", "text"], ["d1", "ok", text]])
    with (tmp_path / "mentions.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([
            ["doc_id", "mention_id", "label", "text", "start", "end", "verdict", "correction"],
            ["d1", "m1", "PERSON", "Ann Lee", "0", "7", "ok", ""],
            ["d1", "m2", "PERSON", "Paris", "23", "28", "wrong", "GPE"],
            ["d1", "m3", "ORG", "Bob", "12", "15", "wrong", ""],
            ["d1", "", "PERSON", "Bob Roe", "", "", "", ""],
        ])
    (tmp_path / "facts.csv").write_text("doc_id,fact_id,predicate\n", encoding="utf-8")
    (ex,) = T.reviewed_examples(tmp_path)
    assert sorted((text[s:e], label) for s, e, label in ex.spans) == [
        ("Ann Lee", "PERSON"), ("Bob Roe", "PERSON"), ("Paris", "GPE")]


def test_train_silver_leaves_out_possible_heldout_items(tmp_path):
    rows = [{"id": "a", "text": "Kasim Reed won the election in Atlanta."},  # election, not a dev item
            {"id": "b", "text": "Kasim Reed won the runoff in Atlanta."},  # election, a dev item
            {"id": "c", "text": "Mary Norwood opened a park in Atlanta."},  # not an election item
            {"id": "g", "text": "Mary Norwood opened a school."}]  # a gold document
    silver = tmp_path / "events.jsonl"
    silver.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    dev_ids = tmp_path / "ids.txt"
    dev_ids.write_text("b\n", encoding="utf-8")
    examples = T.silver_examples(silver, MODELS, exclude_ids={"g"}, dev_ids_path=dev_ids, limit=None)
    assert sorted(e.text for e in examples) == sorted(r["text"] for r in rows if r["id"] in ("b", "c"))
    assert all(("Kasim Reed" in e.text) == any(e.text[s:t] == "Kasim Reed" for s, t, _ in e.spans) for e in examples)


def test_train_without_data_is_a_usage_error(tmp_path):
    from pipeline.errors import UsageError

    with pytest.raises(UsageError, match="no training data"):
        T.train(tmp_path / "ner", gold=[], gum=None, silver=None)
