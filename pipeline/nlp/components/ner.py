"""Optional statistical NER merged under the rules: ``--ner-model NAME_OR_PATH``.

Any installed spaCy pipeline with an ``ner`` component (a package name or a
path such as ``models/ner``) contributes its PERSON, ORG and GPE spans; a
span that overlaps a mention the rules already found is dropped, so rules
win on conflict. The model runs on the text and its spans are mapped back by
character offsets, so its tokenizer may differ from ours.
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ...errors import UsageError
from .common import PERSON_CANDIDATES, add_mentions, mentions, sentence_of

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


#: Rule of the candidates a statistical NER confirmed (``newsfacts_person_check``).
CONFIRMED_RULE = "shape.ner_confirmed"


@Language.factory("newsfacts_person_check", assigns=["doc.spans"], default_config={"model": None})
def make_person_check(nlp: Language, name: str, model: str | None) -> "PersonCheck":
    """The project's own NER (``models/ner``) as the judge of the rules' undecided name shapes.

    Without a model folder (a clone without it, ``--models`` at a copy without it) the
    component does nothing: the rules alone decide.
    """
    inner = None
    if model and Path(model, "meta.json").is_file():
        inner = spacy.load(model, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
        if "ner" not in inner.pipe_names:
            raise UsageError(f"{model}: the pipeline has no 'ner' component")
    return PersonCheck(name, inner)


class PersonCheck:
    """A capitalised run that no cue made a person (``doc.spans[PERSON_CANDIDATES]``: "Ivo Petrov
    scored", "Sea Org") becomes a PERSON where the statistical NER, run on its sentence only,
    labels a PERSON inside it; the name is the part both agree on. Only the sentences that hold
    a candidate are read, so the model costs little on text the rules settle alone."""

    def __init__(self, name: str, inner: Language | None):
        self.name = name
        self.inner = inner

    def __call__(self, doc: Doc) -> Doc:
        candidates = list(doc.spans[PERSON_CANDIDATES]) if PERSON_CANDIDATES in doc.spans else []
        if self.inner is None or not candidates:
            return doc
        taken = {i for m in mentions(doc) for i in range(m.start, m.end)}
        candidates = [c for c in candidates if not taken.intersection(range(c.start, c.end))]
        sents = {}
        for c in candidates:
            sent = sentence_of(doc, c.start)
            sents.setdefault(sent.start_char, sent)
        people = []
        for sent, parsed in zip(sents.values(), self.inner.pipe(s.text for s in sents.values())):
            for ent in parsed.ents:
                if LABEL_MAP.get(ent.label_) != "PERSON":
                    continue
                start, end = sent.start_char + ent.start_char, sent.start_char + ent.end_char
                for c in candidates:
                    if c.start_char < end and start < c.end_char:
                        span = doc.char_span(max(start, c.start_char), min(end, c.end_char), label="PERSON",
                                             alignment_mode="contract")
                        if span is not None and len(span) and span[0].text[:1].isupper() \
                                and not taken.intersection(range(span.start, span.end)):
                            span._.rule = CONFIRMED_RULE
                            taken.update(range(span.start, span.end))
                            people.append(span)
        add_mentions(doc, people)
        return doc
