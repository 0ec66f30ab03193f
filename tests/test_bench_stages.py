"""bench/stages.py: every stage of the pipeline is timed, in units of the bare tokenizer's CPU."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("bench_stages", Path(__file__).parents[1] / "bench" / "stages.py")
stages = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(stages)


@pytest.mark.parametrize("seconds, expected", [
    (Counter({stages.BARE: 2.0, "tokenizer": 1.0, "ner": 3.0}), {"tokenizer": 0.5, "ner": 1.5, "total": 2.0}),
    (Counter({stages.BARE: 0.5, "tokenizer": 0.5}), {"tokenizer": 1.0, "total": 1.0}),
])
def test_units_divide_by_the_bare_tokenizer(seconds, expected):
    assert stages.units(seconds) == pytest.approx(expected)


def test_measure_times_the_tokenizers_and_every_component(nlp):
    texts = ["Ana Ruiz wins the presidential election in Zembla with 52% of the vote.",
             "The storm reached the coast on Tuesday."] * 5
    seconds = stages.measure(texts, nlp)
    names = {name for name, _ in nlp.pipeline}
    assert set(seconds) == names | {stages.BARE, "tokenizer"}
    assert seconds[stages.BARE] > 0
