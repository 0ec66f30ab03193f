"""train: the project's own NER from gold, reviewed and silver data (pipeline/tools/train.py)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.tools import train as T
from pipeline.errors import UsageError

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
    report = T.train(out, gold=[SEED_GOLD], gum=None, ud=None, silver=None, overrides=TINY)
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
    ("Ana Ruiz of ZPK", "Ana Ruiz"),
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
        T.train(tmp_path / "ner", gold=[], gum=None, ud=None, silver=None)


#: An invented GUM-style treebank: (word, UPOS, head, Entity= value or "", SpaceAfter=No).
_ENTITY_WORDS = [
    ("Councillor", "NOUN", 3, "(1-person-new-nnnnn-cf1-1,2,3-coref", False),
    ("Ivo", "PROPN", 3, "", False),
    ("Petrov", "PROPN", 8, "1)", False),
    ("of", "ADP", 6, "", False),
    ("the", "DET", 6, "(2-organization-new-nnnnn-cf2-1-sgl", False),
    ("Zembla", "PROPN", 7, "(3-place-new-nnnnn-cf3-1-sgl-Zembla)", False),
    ("Party", "PROPN", 3, "2)", False),
    ("met", "VERB", 0, "", False),
    ("the", "DET", 10, "(4-person-new-nnnnn-cf4-1-sgl", False),
    ("mayor", "NOUN", 8, "4)", True),
    (".", "PUNCT", 8, "", False),
]


def _entity_treebank(doc_id: str) -> str:
    lines = [f"# newdoc id = {doc_id}", "# newpar", "# text = ..."]
    for i, (word, upos, head, entity, no_space) in enumerate(_ENTITY_WORDS, 1):
        misc = "|".join(x for x in ((f"Entity={entity}" if entity else ""), ("SpaceAfter=No" if no_space else "")) if x)
        lines.append("\t".join([str(i), word, word, upos, "_", "_", str(head), "dep", "_", misc or "_"]))
    return "\n".join(lines) + "\n\n"


@pytest.mark.parametrize("skip, expected", [
    # a titled person loses the title, an organisation keeps its inner place, a common noun is no name
    (set(), [("Ivo Petrov", "PERSON"), ("Zembla", "GPE"), ("Zembla Party", "ORG")]),
    ({"doc_a"}, []),  # a document the GUM news file already gives is read once
])
def test_train_conllu_entities_are_names_with_proper_noun_heads(tmp_path, skip, expected):
    bank = tmp_path / "gum_train.conllu"
    bank.write_text(_entity_treebank("doc_a"), encoding="utf-8")
    examples = T.conllu_examples(bank, skip_docs=skip.__contains__)
    assert [sorted((ex.text[s:e], label) for s, e, label in ex.spans) for ex in examples] == (
        [sorted(expected)] if not skip else [])
    assert all(ex.text.startswith("Councillor Ivo Petrov of the Zembla Party met the mayor.") for ex in examples)


@pytest.mark.parametrize("name", ["gum_dev.conllu", "gum_test.conllu"])
def test_train_conllu_refuses_scoring_only_treebanks(tmp_path, name):
    from pipeline.errors import UsageError

    bank = tmp_path / name
    bank.write_text(_entity_treebank("doc_a"), encoding="utf-8")
    with pytest.raises(UsageError, match="scoring-only"):
        T.conllu_examples(bank)


@pytest.mark.parametrize("name", ["dev_test.jsonl", "ag_test.jsonl", "pool8_test.jsonl", "ag9_test.jsonl"])
def test_train_never_trains_on_the_frozen_test_split(tmp_path, name):
    from pipeline.errors import UsageError

    with pytest.raises(UsageError, match="frozen"):
        T.train(tmp_path / "ner", gold=[ROOT / "tests" / "gold" / name], gum=None, ud=None, silver=None)


# --------------------------------------------------------------------------- --parser

#: Invented sentences in CoNLL-U: (word, XPOS, UPOS, head, relation); enough to train a toy parser.
TOY_TREEBANK = [
    [("Smith", "NNP", "PROPN", 2, "nsubj"), ("won", "VBD", "VERB", 0, "root"), ("the", "DT", "DET", 4, "det"),
     ("election", "NN", "NOUN", 2, "obj"), (".", ".", "PUNCT", 2, "punct")],
    [("Jones", "NNP", "PROPN", 2, "nsubj"), ("lost", "VBD", "VERB", 0, "root"), ("the", "DT", "DET", 4, "det"),
     ("race", "NN", "NOUN", 2, "obj"), (".", ".", "PUNCT", 2, "punct")],
    [("Lee", "NNP", "PROPN", 2, "nsubj"), ("defeated", "VBD", "VERB", 0, "root"), ("Kim", "NNP", "PROPN", 2, "obj"),
     (".", ".", "PUNCT", 2, "punct")],
    [("The", "DT", "DET", 2, "det"), ("mayor", "NN", "NOUN", 3, "nsubj"), ("won", "VBD", "VERB", 0, "root"),
     ("again", "RB", "ADV", 3, "advmod"), (".", ".", "PUNCT", 3, "punct")],
    [("Voters", "NNS", "NOUN", 2, "nsubj"), ("chose", "VBD", "VERB", 0, "root"), ("Ann", "NNP", "PROPN", 2, "obj"),
     (".", ".", "PUNCT", 2, "punct")],
]
TINY_PARSER = {
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 1,
    "components.tok2vec.model.embed.rows": [500, 100, 100, 100],
    "components.parser.model.hidden_width": 16,
    "training.max_steps": 60,
    "training.eval_frequency": 20,
    "training.batcher.size.start": 8,
    "training.batcher.size.stop": 16,
}


def _conllu(sentences) -> str:
    out = []
    for n, sent in enumerate(sentences):
        out += [f"# sent_id = toy-{n}", "# text = " + " ".join(w for w, *_ in sent)]
        out += [f"{i}\t{w}\t{w.lower()}\t{upos}\t{xpos}\t_\t{head}\t{dep}\t_\t_"
                for i, (w, xpos, upos, head, dep) in enumerate(sent, 1)]
        out.append("")
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def tiny_parser(tmp_path_factory) -> tuple[Path, T.ParserReport]:
    folder = tmp_path_factory.mktemp("ud")
    (folder / "toy_train.conllu").write_text(_conllu(TOY_TREEBANK * 4), encoding="utf-8")
    (folder / "toy_dev.conllu").write_text(_conllu(TOY_TREEBANK[:2]), encoding="utf-8")
    out = folder / "parser"
    report = T.train_parser(out, train_files=[folder / "toy_train.conllu"], dev_file=folder / "toy_dev.conllu",
                            test_file=folder / "toy_dev.conllu", overrides=TINY_PARSER)
    return out, report


def test_train_parser_tiny_model_records_hashes_counts_and_scores(tiny_parser):
    out, report = tiny_parser
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))["newsfacts"]
    assert set(meta["data"]) == {"config", "train:toy_train.conllu", "dev:toy_dev.conllu", "test:toy_dev.conllu"}
    assert meta["sentences"] == {"train:toy_train.conllu": 20, "dev:toy_dev.conllu": 2}
    assert {"dep_las", "dep_uas", "tag_acc", "pos_acc"} <= set(meta["test_scores"]) == set(report.test_scores)
    assert all(0.0 <= v <= 1.0 for v in meta["test_scores"].values())
    assert not list(out.rglob("*.spacy")) and report.size_bytes < 10_000_000


def test_train_parser_tiny_model_loads_tags_and_parses(tiny_parser):
    import spacy

    out, _ = tiny_parser
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "tagger", "attribute_ruler", "parser"]
    doc = nlp("Smith won the election.")
    assert [t.tag_ for t in doc][:2] == ["NNP", "VBD"]  # seen twenty times: learnt even by a toy
    assert doc[0].pos_ == "PROPN"  # the attribute_ruler maps the tag to its UPOS
    assert doc.has_annotation("DEP") and sum(t.dep_ == "ROOT" for t in doc) >= 1


def test_train_parser_refuses_gum_dev_or_test_as_training_data(tmp_path):
    from pipeline.errors import UsageError

    bad = tmp_path / "gum_test.conllu"
    bad.write_text(_conllu(TOY_TREEBANK), encoding="utf-8")
    with pytest.raises(UsageError, match="scoring-only"):
        T.train_parser(tmp_path / "p", train_files=[bad], dev_file=bad, test_file=None)


def test_train_parser_tag_to_pos_takes_each_tags_commonest_upos():
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    docs = [Doc(vocab, words=["a", "b", "c"], tags=["NN", "NN", "JJ"], pos=["NOUN", "NOUN", "ADJ"]),
            Doc(vocab, words=["d"], tags=["NN"], pos=["PROPN"])]
    assert T.tag_to_pos(docs) == {"JJ": "ADJ", "NN": "NOUN"}


# --------------------------------------------------------------------------- --context

TINY_CONTEXT = {"training.max_steps": 60, "training.eval_frequency": 20,
                "training.batcher.size.start": 8, "training.batcher.size.stop": 16}
_ELECTION = ["{} wins the mayoral election with {} percent of the vote.",
             "Voters in {} elect a new parliament; turnout is {} percent.",
             "The runoff for president of {} is set; {} candidates remain on the ballot."]
_OTHER = ["{} beats the champions {} to one in the cup final.",
          "A storm floods {}; {} people are evacuated.",
          "Scientists in {} describe {} new species of frog."]


@pytest.fixture(scope="module")
def context_data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("context")
    places = ["Avalon", "Brenton", "Corvo", "Dunmore", "Elsby", "Farrow", "Gilden", "Harwick", "Islay", "Jorvik",
              "Kelso", "Lorne", "Morvan", "Norland", "Orwell", "Penrith", "Quarry", "Rothes", "Selby", "Tarbet"]
    rows, dev_ids = [], []
    for n, place in enumerate(places):
        for k, (e, o) in enumerate(zip(_ELECTION, _OTHER)):
            rows.append({"id": f"e{n}-{k}", "text": e.format(place, 40 + n), "category": "Politics and elections"})
            dev_ids.append(f"e{n}-{k}")
            category = ["Sports", "Disasters and accidents", "Science and technology"][k]
            rows.append({"id": f"o{n}-{k}", "text": o.format(place, 3 + n), "category": category})
    rows.append({"id": "p1", "text": "The minister resigns.", "category": "Politics"})  # political: never a negative
    rows.append({"id": "u1", "text": "Something happens.", "category": "Uncategorized"})
    data = folder / "events.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (folder / "dev_ids.txt").write_text("\n".join(dev_ids) + "\n", encoding="utf-8")
    (folder / "split.json").write_text(json.dumps({"e0-0": "test", "e1-1": "tune"}), encoding="utf-8")
    (folder / "offtopic.json").write_text(json.dumps(["o0-0", "o2-2"]), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny_context(context_data) -> tuple[Path, T.ContextReport]:
    out = context_data / "context"
    report = T.train_context(out, data=context_data / "events.jsonl", dev_ids=context_data / "dev_ids.txt",
                             gold=[SEED_GOLD], exclude=[context_data / "split.json", context_data / "offtopic.json"],
                             overrides=TINY_CONTEXT)
    return out, report


def test_train_context_leaves_out_excluded_political_and_uncategorized_items(tiny_context):
    out, report = tiny_context
    counts = {k: sum(c.values()) for k, c in report.counts.items()}
    assert sum(counts.values()) == 120 - 4  # 60 election + 60 other items, 4 excluded ids; p1, u1 never taken
    assert sum(c["election"] for c in report.counts.values()) == 58
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))["newsfacts"]
    assert {"e0-0", "e1-1", "o0-0", "o2-2"} <= set(meta["excluded_ids"])
    assert {"exclude:seed_gold.jsonl", "exclude:split.json", "exclude:offtopic.json"} <= set(meta["data"])
    assert set(meta["held_out_scores"]) >= {"precision", "recall", "f1"} and counts["held_out"] > 0


def test_train_context_tiny_model_separates_its_own_kinds_of_text(tiny_context):
    out, _ = tiny_context
    election, other = T.context_scores(out, ["Brenton wins the mayoral election with 61 percent of the vote.",
                                             "A storm floods Brenton; 12 people are evacuated."])
    assert election > 0.5 > other


def test_train_context_split_is_stable_and_disjoint():
    examples = [T.ContextExample(f"ce-{i:04d}", "x", bool(i % 2)) for i in range(400)]
    a, b = T.context_split(examples), T.context_split(list(reversed(examples)))
    assert {k: {e.id for e in v} for k, v in a.items()} == {k: {e.id for e in v} for k, v in b.items()}
    ids = [e.id for part in a.values() for e in part]
    assert len(ids) == len(set(ids)) == 400 and 30 <= len(a["held_out"]) <= 90  # about 15 %


@pytest.mark.parametrize("category, negative", [
    ("Sports", True), ("Sport", True), ("Arts and culture", True), ("Science and technology", True),
    ("Health and environment", True), ("Disasters and accidents", True), ("Business and economics", True),
    ("Armed conflicts and attacks", True), ("Law and crime", True),
    ("Politics and elections", False), ("Politics", False), ("International relations", False),
    ("Uncategorized", False), ("2008 United States presidential election", False), ("Arab Spring", False),
])
def test_train_context_negative_categories(category, negative):
    assert bool(T.NEGATIVE_CATEGORY.match(category)) is negative


@pytest.mark.parametrize("name, content, expected", [
    ("ids.json", '["a", "b"]', {"a", "b"}),
    ("split.json", '{"a": "test", "c": "tune"}', {"a", "c"}),
    ("gold.jsonl", '{"aliases": {}}\n{"id": "a", "text": "t"}\n{"source": "s", "doc": "d"}\n', {"a", "s#d"}),
])
def test_train_read_ids_from_lists_objects_and_gold_files(tmp_path, name, content, expected):
    (tmp_path / name).write_text(content, encoding="utf-8")
    assert T.read_ids(tmp_path / name) == expected


def test_train_balanced_repeats_the_minority_positives():
    exs = [T.ContextExample(str(i), "x", i < 2) for i in range(8)]
    assert sum(e.election for e in T.balanced(exs, 1.0)) == 6 and len(T.balanced(exs, 0)) == 8


@pytest.mark.parametrize("args, message", [
    (["--no-gum"], "--data DIR is needed to read current_events.jsonl: the folder holding gum_news/gum_news.jsonl, "
                   "current_events.jsonl, election_dev_ids.txt and ud/ (../shared/data in the project's workspace)"),
    (["--data", "{tmp}", "--no-silver"], "--data {tmp}: no gum_news/gum_news.jsonl there"),
    (["--data", "{tmp}", "--no-gum"], "--data {tmp}: no current_events.jsonl there"),
    (["--data", "{tmp}", "--parser"], "--data {tmp}: no ud/gum_train.conllu there"),
    (["--data", "{tmp}", "--parser", "--evaluate"], "--data {tmp}: no ud/gum_test.conllu there"),
    (["--data", "{tmp}", "--context"], "--data {tmp}: no current_events.jsonl there"),
])
def test_train_data_folder_is_explicit(tmp_path, args, message):
    """No default that depends on where the repository sits: --data names the folder, exit 2 without it."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    args = [a.format(tmp=tmp_path) for a in args]
    result = CliRunner().invoke(app, ["train", "--output", str(tmp_path / "model"), *args])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == "newsfacts: error: " + message.format(tmp=tmp_path)
    assert not (tmp_path / "model").exists()


def test_train_missing_given_file_is_an_error_not_a_skip(tmp_path):
    with pytest.raises(UsageError, match="GUM file .*nowhere.jsonl: no such file"):
        T.train(tmp_path / "ner", gold=[SEED_GOLD], gum=tmp_path / "nowhere.jsonl", silver=None)
