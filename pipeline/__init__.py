"""newsfacts: election news in, reviewed structured facts out.

The public API::

    import pipeline
    nlp = pipeline.load()                      # a spaCy Language
    doc = nlp("Jane Smith won the Springfield mayor's race by 714 votes.")
    doc.spans["mentions"], doc._.facts          # mentions with values and links; facts
    tables = pipeline.extract(["corpus/"], reference_date="2009-11-30")   # the six tables as DataFrames
    pipeline.run(["corpus/"], "outputs", workers=2)                      # what `newsfacts run` does
    pipeline.review("outputs")                  # outputs/review.html

``extract`` and ``run`` take the options of ``newsfacts run`` by keyword
(``reference_date``, ``models``, ``ner_model``, ``fields``, ``max_chars``; ``run``
also ``resume``, ``workers``, ``engine``, ``scheduler``), or a whole
:class:`Settings`.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from .nlp import extensions  # noqa: F401  (registers the Doc/Span extensions)
from .tools import review as _review_module  # loaded first so that the function below keeps the name
from .io.documents import DEFAULT_MAX_CHARS, Fields
from .settings import DEFAULT_MODELS, Settings

if TYPE_CHECKING:
    import pandas
    from spacy.language import Language

    from .io.documents import Document
    from .runner.engine import Summary

__all__ = ["load", "extract", "review", "run", "Settings", "Fields"]
__version__ = "0.1.0"


def load(models: str | Path = DEFAULT_MODELS, *, ner_model: str | None = None) -> "Language":
    """The newsfacts spaCy pipeline for a models folder (the project's own by default)."""
    from .nlp.language import build

    return build(models, ner_model=ner_model)


def _settings(settings: Settings | None, **options) -> Settings:
    """``settings`` (or the defaults) with the options given by keyword (not None) put in."""
    given = {k: v for k, v in options.items() if v is not None}
    base = settings or Settings(**given)
    return dataclasses.replace(base, **given) if settings and given else base


def _is_path(text: str) -> bool:
    """Whether a string names an existing file or folder (a long text is no path: no OSError)."""
    try:
        return "\n" not in text and Path(text).exists()
    except (OSError, ValueError):
        return False


def extract(documents: "Iterable[Document | str] | Sequence[str | Path]", *, reference_date: str | None = None,
            models: str | Path | None = None, ner_model: str | None = None, fields: Fields | None = None,
            max_chars: int = DEFAULT_MAX_CHARS, settings: Settings | None = None,
            nlp: "Language | None" = None) -> "dict[str, pandas.DataFrame]":
    """The six output tables for documents, as DataFrames keyed documents/mentions/entities/facts/
    races/race_candidates (the races are reduced exactly as ``newsfacts run`` reduces them).

    ``documents`` may be paths (files or folders, read as ``newsfacts run``
    reads them), :class:`pipeline.io.documents.Document` objects, or plain strings
    (ids ``doc1``, ``doc2``, …). ``reference_date`` (``YYYY-MM-DD``) anchors
    relative dates of documents without a publication date; ``fields`` says
    which ``.jsonl``/``.csv`` fields hold id, text, date and URL.
    """
    import pandas as pd

    from .io.documents import Document, iter_documents
    from .runner.engine import merge_tallies, process_document, with_reference_date
    from .runner.races import load_rules, reduce_races, shard_partials
    from .runner.rows import entity_rows
    from .io.tables import (CANDIDATE_COLUMNS, DOCUMENT_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS,
                         RACE_COLUMNS)

    settings = _settings(settings, reference_date=reference_date, models=models, ner_model=ner_model, fields=fields)
    items = [documents] if isinstance(documents, (str, Path)) else list(documents)
    if items and all(isinstance(i, Document) for i in items):
        docs = items
    elif items and all(isinstance(i, str) and not _is_path(i) for i in items):
        docs = [Document(f"doc{n}", "<memory>", text) for n, text in enumerate(items, 1)]
    else:
        docs = list(iter_documents(items, reference_date=settings.reference_date, max_chars=max_chars,
                                   fields=settings.fields))
    docs = list(with_reference_date(docs, settings.reference_date))
    nlp = nlp or load(settings.models, ner_model=settings.ner_model)
    results = [process_document(nlp, d, settings.html) for d in docs]
    rules = load_rules(settings.models)
    races, candidates = reduce_races(rules, shard_partials(rules, 0, results))
    return {
        "documents": pd.DataFrame([r.document for r in results], columns=DOCUMENT_COLUMNS),
        "mentions": pd.DataFrame([m for r in results for m in r.mentions], columns=MENTION_COLUMNS),
        "entities": pd.DataFrame(entity_rows(merge_tallies(r.entities for r in results)), columns=ENTITY_COLUMNS),
        "facts": pd.DataFrame([f for r in results for f in r.facts], columns=FACT_COLUMNS),
        "races": pd.DataFrame(races, columns=RACE_COLUMNS),
        "race_candidates": pd.DataFrame(candidates, columns=CANDIDATE_COLUMNS),
    }


def run(inputs: Sequence[str | Path], out_dir: str | Path, *, reference_date: str | None = None,
        models: str | Path | None = None, ner_model: str | None = None, fields: Fields | None = None,
        max_chars: int = DEFAULT_MAX_CHARS, resume: bool = False, workers: int = 1, engine: str = "local",
        scheduler: str | None = None, settings: Settings | None = None, **options) -> "Summary":
    """``newsfacts run`` from Python: write the six CSVs to ``out_dir``; returns the summary.

    The options are those of ``newsfacts run``, by keyword; ``options`` passes
    the rest of :class:`pipeline.runner.engine.RunOptions` (``progress``, ``shard_size``).
    """
    from .runner.engine import RunOptions, run as _run

    settings = _settings(settings, reference_date=reference_date, models=models, ner_model=ner_model, fields=fields)
    return _run(RunOptions(inputs=[inputs] if isinstance(inputs, (str, Path)) else inputs, out_dir=Path(out_dir),
                           settings=settings, max_chars=max_chars, resume=resume, workers=workers, engine=engine,
                           scheduler=scheduler, **options))


def review(out_dir: str | Path, **kwargs) -> Path:
    """Write ``out_dir/review.html`` for the CSVs of a run (options as ``newsfacts review``)."""
    return _review_module.review(out_dir, **kwargs)
