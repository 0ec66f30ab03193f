"""Builds the spaCy ``Language`` from ``models/config.cfg``: the one place the stages are assembled."""
from __future__ import annotations

import contextlib
import gc
from pathlib import Path
from typing import Iterator

import configparser

import spacy
from spacy.language import Language
from thinc.api import ConfigValidationError

from . import components  # noqa: F401  (registers the newsfacts factories)
from ..errors import DataError, NewsfactsError
from ..settings import DEFAULT_MODELS, MODELS_CONFIG, models_folder


def build(models: str | Path = DEFAULT_MODELS, *, ner_model: str | None = None) -> Language:
    """The newsfacts pipeline for a models folder.

    ``ner_model`` (a package name or path of any installed spaCy pipeline)
    adds its PERSON/ORG/GPE spans, merged under the rules (rules win).
    """
    models = models_folder(models)
    config_path = models / MODELS_CONFIG
    with _collector_paused():
        nlp = _from_config(config_path, models)
        if ner_model:
            nlp.add_pipe("newsfacts_ner", before="newsfacts_linker", config={"model": ner_model})
    return nlp


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the pipeline is built: building makes and drops some 10^5 containers (a
    dict per lexicon row: first_names.tsv has 64,000) and keeps ~48,000 (the KB, patterns, matchers), and the
    collector's passes over them (4 full ones) freed ~1,400 objects, for nothing: start-up CPU ~2.6 -> ~2.2 s
    (three runs each), paid once per worker process. Building runs no document, so no output changes.
    Left alone when the caller paused it already."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _from_config(config_path: Path, models: Path) -> Language:
    """The pipeline of ``config_path``, its data read from ``models``; a bad config is a :class:`DataError`."""
    try:
        # spaCy resolves [nlp] uninterpolated (Language.from_config), so the tokenizer's folder is set here too
        config = spacy.util.load_config(config_path, interpolate=False, overrides={
            "paths.models": str(models), "nlp.tokenizer.models_dir": str(models)})
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    except (ConfigValidationError, configparser.Error, ValueError, KeyError) as e:
        if isinstance(e, NewsfactsError):
            raise
        first = " ".join(str(e).split())[:300]
        raise DataError(f"{config_path}: not a valid pipeline config ({first})") from None
    return nlp
