"""newsfacts: election news in, reviewed structured facts out.

The public API::

    import pipeline
    nlp = pipeline.load()                      # a spaCy Language
    doc = nlp("Jane Smith won the Springfield mayor's race by 714 votes.")
    doc.spans["mentions"], doc._.facts          # mentions with values and links; facts
    tables = pipeline.extract(["corpus/"])      # the four tables as pandas DataFrames
    pipeline.review("outputs")                  # outputs/review.html
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from . import extensions  # noqa: F401  (registers the Doc/Span extensions)
from . import review as _review_module  # loaded first so that the function below keeps the name
from .settings import DEFAULT_MODELS, Settings

if TYPE_CHECKING:
    import pandas
    from spacy.language import Language

    from .documents import Document

__all__ = ["load", "extract", "review", "run", "Settings"]
__version__ = "0.1.0"


def load(models: str | Path = DEFAULT_MODELS, *, ner_model: str | None = None) -> "Language":
    """The newsfacts spaCy pipeline for a models folder (the project's own by default)."""
    from .nlp import build

    return build(models, ner_model=ner_model)


def extract(documents: "Iterable[Document | str] | Sequence[str | Path]", *, settings: Settings | None = None,
            nlp: "Language | None" = None) -> "dict[str, pandas.DataFrame]":
    """The four output tables for documents, as DataFrames keyed documents/mentions/entities/facts.

    ``documents`` may be paths (files or folders, read as ``newsfacts run``
    reads them), :class:`pipeline.documents.Document` objects, or plain strings
    (ids ``doc1``, ``doc2``, …).
    """
    import pandas as pd

    from .documents import Document, iter_documents
    from .engine import process_document, with_reference_date
    from .rows import DOCUMENT_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS, entity_rows
    from .engine import merge_tallies

    settings = settings or Settings()
    items = list(documents)
    if items and all(isinstance(i, Document) for i in items):
        docs = items
    elif items and all(isinstance(i, str) and not Path(i).exists() for i in items):
        docs = [Document(f"doc{n}", "<memory>", text) for n, text in enumerate(items, 1)]
    else:
        docs = list(iter_documents(items, reference_date=settings.reference_date))
    docs = list(with_reference_date(docs, settings.reference_date))
    nlp = nlp or load(settings.models, ner_model=settings.ner_model)
    results = [process_document(nlp, d) for d in docs]
    return {
        "documents": pd.DataFrame([r.document for r in results], columns=DOCUMENT_COLUMNS),
        "mentions": pd.DataFrame([m for r in results for m in r.mentions], columns=MENTION_COLUMNS),
        "entities": pd.DataFrame(entity_rows(merge_tallies(r.entities for r in results)), columns=ENTITY_COLUMNS),
        "facts": pd.DataFrame([f for r in results for f in r.facts], columns=FACT_COLUMNS),
    }


def run(inputs: Sequence[str | Path], out_dir: str | Path, **kwargs):
    """``newsfacts run`` from Python: write the four CSVs to ``out_dir``; returns the summary."""
    from .engine import RunOptions, run as _run

    settings = kwargs.pop("settings", None) or Settings()
    return _run(RunOptions(inputs=inputs, out_dir=Path(out_dir), settings=settings, **kwargs))


def review(out_dir: str | Path, **kwargs) -> Path:
    """Write ``out_dir/review.html`` for the CSVs of a run (options as ``newsfacts review``)."""
    return _review_module.review(out_dir, **kwargs)
