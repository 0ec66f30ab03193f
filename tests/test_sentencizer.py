"""The pipeline's sentencizer (pipeline/nlp/components/sentences.py) splits as spaCy's own does, with a doubled
full stop as a sentence end too."""
from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.components.sentences import Sentencizer


@pytest.mark.parametrize("text", [
    "",
    "Ana Ruiz wins.",
    "Ana Ruiz wins. Ivan Petrov concedes!",
    "Ana Ruiz wins... Petrov concedes?! \"We lost,\" he said. (AP)",
    "no end at all",
    "The U.S. Sen. J. Smith, e.g. 3.5% (AP). Then ... more.",
    ". . . leading stops.",
    "Won! ! !",
    "Ends with a quote.\" Next one starts here.",
    "Wins 52%.\n\nPetrov concedes。Next？ Done",
    "Mr. Ruiz wins .. and ... Petrov ! concedes",
])
@pytest.mark.parametrize("punct_chars", [None, [".", "!"]])
def test_sentencizer_splits_as_spacys(nlp, text, punct_chars):
    ours = Sentencizer(punct_chars=punct_chars)
    theirs = spacy.pipeline.Sentencizer(punct_chars=punct_chars)
    docs = [nlp.make_doc(text), nlp.make_doc(text)]
    assert ours.predict(docs[:1]) == theirs.predict(docs[1:])
    ours(docs[0])
    theirs(docs[1])
    assert [t.is_sent_start for t in docs[0]] == [t.is_sent_start for t in docs[1]]


def test_pipeline_uses_it(nlp):
    assert isinstance(nlp.get_pipe("sentencizer"), Sentencizer)


@pytest.mark.parametrize("text, sentences", [
    # a doubled full stop ends a sentence: a headline whose abbreviation's stop met the sentence's
    ("Ruiz Says Will Not Head New Govt..  LYON (Reuters) - Ana Ruiz resigned.",
     ["Ruiz Says Will Not Head New Govt..", " LYON (Reuters) - Ana Ruiz resigned."]),
    ("He said no.. Then he left.", ["He said no..", "Then he left."]),
    # near misses: an ellipsis, and a stop inside an abbreviation, end none
    ("The results... were clear.", ["The results... were clear."]),
    ("The U.S. Senate met.", ["The U.S. Senate met."]),
])
def test_pipeline_sentence_ends(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences
