"""YAML of the models folder (fact rules, cues, predicates, race rules), parsed by libyaml where PyYAML has it.

The pure-Python parser took ~0.45 s of every run's start-up on ``models/facts/*.yml``; libyaml's
``CSafeLoader`` builds the same data in a tenth of that (same safe tags, same ``YAMLError`` with a
``problem_mark``), so errors still name the file and line.
"""
from __future__ import annotations

from typing import Any

import yaml

#: The fastest safe loader this PyYAML has.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` with :data:`SAFE_LOADER`."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
