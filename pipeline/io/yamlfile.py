"""YAML of the models folder (fact rules, cues, predicates, race rules), parsed by libyaml where PyYAML has it.

The pure-Python parser took ~0.45 s of every run's start-up on ``models/facts/*.yml``; libyaml's
``CSafeLoader`` builds the same data in a tenth of that (same safe tags, same ``YAMLError`` with a
``problem_mark``), so errors still name the file and line.
"""
from __future__ import annotations

from typing import Any

import yaml

#: The fastest safe loader this PyYAML has.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeyLoader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """:data:`_BASE_LOADER` that refuses a key given twice in one mapping: YAML keeps the last silently, so a
    rule with two ``note`` or two ``subject`` keys would lose one without a word."""

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, Any] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, f"found duplicate key {key!r}",
                    key_node.start_mark)
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


SAFE_LOADER = UniqueKeyLoader


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` with :data:`SAFE_LOADER`: a key given twice in one mapping is an error."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
