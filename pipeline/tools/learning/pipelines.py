"""The pipelines of one ``learn`` call, each built once, by the content of its models folder.

learn tries every change on a candidate copy of the models; a full build takes seconds, so each
distinct content is built once, and a candidate that differs from the base only in the files the two
learned components read is the base pipeline with those components rebuilt (the same result, in a
moment). Whether a candidate loads at all is asked here too: a record the loaders refuse is never
written."""
from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from spacy.language import Language

from ...errors import NewsfactsError
from ...nlp import learned as L
from .records import Change


#: What learn never copies out of a models folder (a statistical NER's training folder, caches); a
#: pipeline is built from the rest, so it is all a folder's fingerprint reads.
COPY_IGNORE = ("ner", "__pycache__")
#: Pipelines built in full that this process keeps, by the content of their models folder (the next
#: learn call over the same models starts from a built pipeline; so do the candidates of a repeated
#: review). Each is tens of MB.
KEPT_PIPELINES = 3
#: Pipelines derived from a kept one (:meth:`Pipelines.get`) this process keeps: each holds two components.
KEPT_DERIVED = 16
#: The files only the learned components read (:func:`pipeline.nlp.learned.load_learned`), and the
#: classes those components' factories build: a folder that differs from the base in these files alone
#: runs the base pipeline with those components built from it.
LEARNED_COMPONENT_FILES = frozenset(p.as_posix() for p in (L.ALIASES_FILE, L.EXCEPTIONS_FILE, L.CORRECTIONS_FILE,
                                                           L.PATTERNS_FILE))
LEARNED_COMPONENTS = {"newsfacts_learned": L.LearnedMentions, "newsfacts_exceptions": L.FactExceptions}


def models_fingerprint(models_dir: Path) -> dict[str, str]:
    """Each file a pipeline is built from (relative path) -> a hash of its bytes: two folders with the
    same fingerprint build the same pipeline."""
    root = Path(models_dir)
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not set(rel.parts) & set(COPY_IGNORE):
            out[rel.as_posix()] = hashlib.sha1(path.read_bytes()).hexdigest()
    return out


def _key(fingerprint: dict[str, str]) -> str:
    return hashlib.sha1(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()


@dataclass
class Built:
    """A pipeline and the resources (KB, roles) its components were built with."""

    nlp: Language
    resources: object


def _keep(kept: dict[str, Built], key: str, built: Built, size: int) -> Built:
    kept.pop(key, None)
    kept[key] = built  # the most recent last
    while len(kept) > size:
        del kept[next(iter(kept))]
    return built


class Pipelines:
    """The pipelines of one learn call, by the content of their models folder, so none is built twice:
    the base models' (kept from an earlier call over the same content: :data:`KEPT_PIPELINES`), and
    each candidate's. A candidate that differs from the base only in :data:`LEARNED_COMPONENT_FILES` is
    the base pipeline with its learned components rebuilt from the candidate's files (what a full build
    of that folder gives: the other components read none of them), in a moment; any other is built in
    full. Validation is the same either way: the components' own loaders read the candidate's files."""

    _kept: "dict[str, Built]" = {}  # full builds of this process, oldest first
    _derived: "dict[str, Built]" = {}  # the others, oldest first

    def __init__(self, base: Path):
        self.base_files = models_fingerprint(base)
        self.base = self.of(base, self.base_files)

    @classmethod
    def of(cls, models_dir: Path, fingerprint: dict[str, str] | None = None) -> Built:
        """The pipeline of ``models_dir``: one this process keeps for the same content, else built in full."""
        import pipeline
        from ...nlp.resources import load_resources

        key = _key(models_fingerprint(models_dir) if fingerprint is None else fingerprint)
        if key in cls._derived:
            return _keep(cls._derived, key, cls._derived[key], KEPT_DERIVED)
        built = cls._kept.get(key)
        if built is None:
            try:
                built = Built(pipeline.load(models_dir), load_resources(models_dir))
            finally:  # both caches are keyed by folder: never keep a candidate's
                L.load_learned.cache_clear()
                load_resources.cache_clear()
        return _keep(cls._kept, key, built, KEPT_PIPELINES)

    def get(self, models_dir: Path) -> Built:
        """The pipeline of ``models_dir`` (a candidate); raises what its build raises."""
        files = models_fingerprint(models_dir)
        key = _key(files)
        differ = {rel for rel in files.keys() | self.base_files.keys() if files.get(rel) != self.base_files.get(rel)}
        if key in self._kept or key in self._derived or not differ or not differ <= LEARNED_COMPONENT_FILES:
            return self.of(models_dir, files)
        base, kb = self.base.nlp, self.base.resources.kb
        factories = {name: base.get_pipe_meta(name).factory for name in base.component_names}
        learned = None
        if any(f in LEARNED_COMPONENTS for f in factories.values()):  # a pipeline without them never reads them
            try:
                learned = L.load_learned(models_dir)
            finally:
                L.load_learned.cache_clear()
        nlp = copy.copy(base)  # shares the vocab, the tokenizer and every component but the learned ones
        nlp._components = [(name, LEARNED_COMPONENTS[factories[name]](base, name, learned, kb)
                            if factories[name] in LEARNED_COMPONENTS else proc) for name, proc in base._components]
        return _keep(self._derived, key, Built(nlp, self.base.resources), KEPT_DERIVED)


def load_problem(models_dir: Path, pipelines: Pipelines | None = None) -> str:
    """Why the pipeline cannot be built from ``models_dir`` (empty when it can): the same
    loaders and validation a run uses. The pipeline built is kept in ``pipelines`` (else among this
    process's :meth:`Pipelines.of` builds): a gated candidate is run next."""
    from ...nlp.resources import load_resources

    try:
        (pipelines.get if pipelines is not None else Pipelines.of)(models_dir)
        return ""
    except (NewsfactsError, ValueError, KeyError, TypeError) as e:
        return " ".join(str(e).split())[:300]
    finally:
        L.load_learned.cache_clear()  # keyed by folder: never keep a candidate's
        load_resources.cache_clear()


def loadable(changes: list[Change], candidate: Callable[[list[Change]], Path],
             pipelines: Pipelines | None = None) -> tuple[list[Change], list[str]]:
    """The changes a pipeline still loads with, and why each other one is refused.

    All at once first; when that fails, one by one on top of the ones kept, so a bad
    record never stops the good ones and is never written.
    """
    if not changes or not load_problem(candidate(changes), pipelines):
        return changes, []
    kept: list[Change] = []
    refused: list[str] = []
    for c in changes:
        problem = load_problem(candidate(kept + [c]), pipelines)
        if problem:
            refused.append(f"{', '.join(c.taught_by)}: {c.summary} would write a record the pipeline cannot load "
                           f"({problem})")
        else:
            kept.append(c)
    return kept, refused
