"""Optional statistical NER merged under the rules: ``--ner-model NAME_OR_PATH``.

Any installed spaCy pipeline with an ``ner`` component (a package name or a
path such as ``models/ner``) contributes its PERSON, ORG and GPE spans; a
span that overlaps a mention the rules already found is dropped, so rules
win on conflict. The model runs on the text and its spans are mapped back by
character offsets, so its tokenizer may differ from ours.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import UsageError
from .common import add_mentions, mentions

#: Labels taken from the model, and what they become here (OntoNotes LOC counts as a place).
LABEL_MAP = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE"}


@Language.factory("newsfacts_ner", assigns=["doc.spans"], default_config={"model": None})
def make_ner(nlp: Language, name: str, model: str | None) -> "StatisticalNER":
    if not model:
        raise UsageError("newsfacts_ner needs a model (a spaCy package name or path)")
    try:
        inner = spacy.load(model, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
    except OSError as e:
        raise UsageError(f"--ner-model {model}: cannot load a spaCy pipeline there ({str(e).splitlines()[0]})") from None
    if "ner" not in inner.pipe_names:
        raise UsageError(f"--ner-model {model}: the pipeline has no 'ner' component")
    return StatisticalNER(name, inner, model)


class StatisticalNER:
    def __init__(self, name: str, inner: Language, model: str):
        self.name = name
        self.inner = inner
        self.rule = f"ner:{model}"

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for m in mentions(doc) for i in range(m.start, m.end)}
        spans = []
        for ent in self.inner(doc.text).ents:
            label = LABEL_MAP.get(ent.label_)
            if label is None:
                continue
            span = doc.char_span(ent.start_char, ent.end_char, label=label, alignment_mode="contract")
            if span is None or not len(span) or taken.intersection(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            span._.rule = self.rule
            spans.append(span)
        add_mentions(doc, spans)
        return doc
