"""The fact predicates as data: ``models/predicates.yml``, validated when loaded.

Which predicates exist and how the engine and the scorer treat each (needs a
subject, suppressed by polls, symmetric, said outside elections too) is knowledge, not
code: adding a predicate is one entry there plus its rules and tests.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import DataError
from ..io.yamlfile import safe_load
from ..labels import ENTITY_LABELS

_FLAGS = ("needs_subject", "needs_object", "object_unless_unnamed", "symmetric", "poll_suppressed", "off_topic_ok",
          "one_row", "pronoun_subject", "qualified", "whole_body")
_KEYS = frozenset({"description", "subject", "object", *_FLAGS})


@dataclass(frozen=True)
class Predicate:
    name: str
    description: str
    subject: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    needs_subject: bool = False
    needs_object: bool = False
    object_unless_unnamed: bool = False
    symmetric: bool = False
    poll_suppressed: bool = False
    off_topic_ok: bool = False
    one_row: bool = False
    pronoun_subject: bool = False
    qualified: bool = False
    whole_body: bool = False


@dataclass(frozen=True)
class Predicates:
    by_name: dict[str, Predicate]

    def __contains__(self, name: object) -> bool:
        return name in self.by_name

    def __getitem__(self, name: str) -> Predicate:
        return self.by_name[name]

    def names(self, flag: str | None = None) -> frozenset[str]:
        """Every predicate, or those with ``flag`` set."""
        return frozenset(n for n, p in self.by_name.items() if flag is None or getattr(p, flag))


def _labels(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or any(v not in ENTITY_LABELS for v in value):
        raise DataError(f"{where}: must be a list of labels among {sorted(ENTITY_LABELS)}")
    return tuple(value)


@functools.lru_cache(maxsize=8)
def load_predicates(path: Path) -> Predicates:
    """Read and validate ``predicates.yml``; errors name the file and the predicate."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: missing (the fact predicates; see models/predicates.yml)")
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise DataError(f"{path}{f':{mark.line + 1}' if mark else ''}: not valid YAML") from None
    if not isinstance(data, dict) or not data:
        raise DataError(f"{path}: expected a mapping of predicate name to its entry")
    out: dict[str, Predicate] = {}
    for name, spec in data.items():
        where = f"{path}: predicate {name!r}"
        if not isinstance(name, str) or not name.isidentifier():
            raise DataError(f"{where}: a predicate name is a lower-case identifier")
        if not isinstance(spec, dict):
            raise DataError(f"{where}: must be a mapping")
        unknown = set(spec) - _KEYS
        if unknown:
            raise DataError(f"{where}: unknown key(s) {sorted(unknown)}")
        if not isinstance(spec.get("description"), str) or not spec["description"].strip():
            raise DataError(f"{where}: 'description' is required")
        for flag in _FLAGS:
            if not isinstance(spec.get(flag, False), bool):
                raise DataError(f"{where}: {flag!r} must be true or false")
        out[name] = Predicate(
            name=name, description=spec["description"].strip(),
            subject=_labels(spec.get("subject", []), f"{where} subject"),
            object=_labels(spec.get("object", []), f"{where} object"),
            **{flag: spec.get(flag, False) for flag in _FLAGS},
        )
    return Predicates(out)
