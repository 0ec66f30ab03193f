"""The exceptions newsfacts raises, each with a one-line message.

The CLI maps them to exit codes at its edge: :class:`UsageError` (and the
readers' ``InputError``) → 2, anything else → 1.
"""
from __future__ import annotations


class NewsfactsError(Exception):
    """Base class: the message is one line a user can act on."""


class DataError(NewsfactsError):
    """A file under ``models/`` is malformed; the message names the file and line."""


class UsageError(NewsfactsError):
    """The invocation cannot work: a missing input, an unwritable output, a bad option."""


class TableError(UsageError):
    """A CSV table cannot be read (not UTF-8, a broken quote, a missing column); the message
    names the file and the line."""
