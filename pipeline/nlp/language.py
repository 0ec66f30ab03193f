"""Builds the spaCy ``Language`` from ``models/config.cfg``: the one place the stages are assembled."""
from __future__ import annotations

from pathlib import Path

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
    if ner_model:
        nlp.add_pipe("newsfacts_ner", before="newsfacts_linker", config={"model": ner_model})
    return nlp
