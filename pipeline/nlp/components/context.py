"""Election context: the probability that a document is election news, from the trained textcat.

``newsfacts train --context`` writes the model to ``models/context`` (a
bag-of-words textcat, labels ELECTION/OTHER). This component runs it on the
document's own tokens (no copy) and sets ``doc._.election_score``, computed when
first read (the fact stage reads it only for a document with an election fact to
check); the fact stage combines it with the cues the rules have (an office, a vote
figure, a party). ``pipe`` scores its batches at once.
Without the model folder the score is None and one warning says why: the
pipeline still runs, election facts are then not gated by context.
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import defer_election_score
from .common import default_models_dir

#: The model's folder under the models folder, and its positive label.
CONTEXT_DIR = "context"
ELECTION_LABEL = "ELECTION"

log = logging.getLogger("newsfacts")


@functools.lru_cache(maxsize=4)
def load_context_model(path: str) -> Language | None:
    """The trained textcat at ``path``, loaded once per process; None (with a warning) when it is absent."""
    import spacy

    if not (Path(path) / "meta.json").is_file():
        log.warning("no election-context model at %s (train it with `newsfacts train --context`): "
                    "doc._.election_score stays None", path)
        return None
    from .tokenizer import UNUSED_TOKENIZER

    # it reads the pipeline's Docs: no tokenizer of its own ever runs
    return spacy.load(path, exclude=["tokenizer"], config=UNUSED_TOKENIZER)


@Language.factory("newsfacts_election_context", assigns=["doc._.election_score"],
                  default_config={"models_dir": None})
def make_election_context(nlp: Language, name: str, models_dir: str | None) -> "ElectionContext":
    model_dir = Path(models_dir or default_models_dir()) / CONTEXT_DIR
    return ElectionContext(name, load_context_model(str(model_dir.resolve())))


class ElectionContext:
    """Sets ``doc._.election_score``: P(ELECTION) of the whole document, or None without a model."""

    def __init__(self, name: str, model: Language | None):
        self.name = name
        self.model = model
        self.textcat = model.get_pipe("textcat") if model is not None else None

    def scores(self, docs: list[Doc]) -> list[float]:
        """P(ELECTION) per doc. The bag-of-words model reads token hashes, the same in any vocab, so it runs on
        the pipeline's own Docs: no copy, no second tokenization, ``doc.cats`` untouched."""
        if not docs:
            return []
        probs = self.textcat.predict(docs)
        col = list(self.textcat.labels).index(ELECTION_LABEL)
        return [round(float(row[col]), 6) if len(doc) else 0.0 for doc, row in zip(docs, probs)]

    def __call__(self, doc: Doc) -> Doc:
        if self.textcat is not None:  # scored when first read: most documents have no election fact to check
            defer_election_score(doc, self._score)
        return doc

    def _score(self, doc: Doc) -> float:
        (score,) = self.scores([doc])
        return score

    def pipe(self, docs, batch_size: int = 256):
        if self.textcat is None:
            yield from docs
            return
        for batch in util.minibatch(docs, size=batch_size):
            for doc, score in zip(batch, self.scores(batch)):
                doc._.election_score = score
                yield doc
