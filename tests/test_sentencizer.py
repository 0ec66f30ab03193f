"""The pipeline's sentencizer (pipeline/nlp/components/sentences.py) splits as spaCy's own does."""
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
