"""bench/review_round.py's choice of the documents a scripted round reviews (``--pick``); the round itself
(a browser, learn, dev_test's scores) is a benchmark, run by hand."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def round_module():
    spec = importlib.util.spec_from_file_location("review_round", ROOT / "bench" / "review_round.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("review_round", module)  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("n, k, how, certainty, expected", [
    (10, 3, "first", None, [0, 1, 2]),
    (10, 3, "spread", None, [0, 3, 6]),  # evenly spaced through the file, from its start
    (215, 50, "spread", None, [i * 215 // 50 for i in range(50)]),
    (4, 9, "spread", None, [0, 1, 2, 3]),
    (10, 3, "last", None, [7, 8, 9]),  # the file's newest batch
    (2, 5, "last", None, [0, 1]),  # more asked than there are: every document once
    (5, 2, "unsure", [0.9, -1.0, 0.5, -1.0, 0.2], [1, 3]),  # no fact first, in file order
    (5, 3, "unsure", [0.9, -1.0, 0.5, 0.95, 0.2], [1, 2, 4]),  # then the lowest confidence
    (3, 2, "unsure", [0.7, 0.7, 0.7], [0, 1]),  # ties in file order
])
def test_review_round_pick_is_deterministic(round_module, n, k, how, certainty, expected):
    assert round_module.pick(n, k, how, certainty) == expected


@pytest.mark.parametrize("how, certainty, message", [
    ("worst", None, "--pick 'worst' must be one of first, spread, unsure, last"),
    ("unsure", None, "--pick unsure needs each document's certainty"),
    ("unsure", [0.5], "--pick unsure needs each document's certainty"),
])
def test_review_round_pick_refuses_what_it_cannot_do(round_module, how, certainty, message):
    with pytest.raises(ValueError, match=message):
        round_module.pick(3, 2, how, certainty)


def test_review_round_certainty_is_the_least_confident_fact(round_module, tmp_path):
    (tmp_path / "facts.csv").write_text(
        "doc_id,fact_id,predicate,confidence\nd1,f1,won,0.9\nd1,f2,won,0.4\nd3,f3,won,\n", encoding="utf-8")
    assert round_module.certainty(tmp_path, ["d1", "d2", "d3"]) == [0.4, round_module.NO_FACT, 1.0]


@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz, the mayor, won.", ["Ana", "Ruiz", ",", "the", "mayor", ",", "won", "."]),
    ("O'Neill's U.S. run-off", ["O'Neill's", "U.S", ".", "run-off"]),  # joiners inside a word only
    ("  ", []),
])
def test_review_round_words_match_the_apps(round_module, text, expected):
    assert [text[a:b] for a, b in round_module.words_of(text)] == expected


@pytest.mark.parametrize("mentions, expected", [
    ([], [(0, 1, "PERSON", "Ana Ruiz"), (6, 6, "GPE", "Lyon")]),
    # named by the run (under any spelling the aliases join): nothing to add
    ([{"label": "PERSON", "entity": "Ana Ruiz", "text": "Ruiz", "start": 5, "end": 9}], [(6, 6, "GPE", "Lyon")]),
    # the only spelling overlaps a mention of another label: not selectable
    ([{"label": "ORG", "entity": "", "text": "Lyon", "start": 27, "end": 31}], [(0, 1, "PERSON", "Ana Ruiz")]),
])
def test_review_round_adds_the_gold_names_the_run_missed(round_module, mentions, expected):
    from pipeline.tools.evaluate import Names

    doc = {"text": "Ana Ruiz wins the race in Lyon.", "entities": {"PERSON": ["Ana Ruiz"], "GPE": ["Lyon"]}}
    assert round_module._missed_mentions(doc, mentions, Names({}), {}) == expected

