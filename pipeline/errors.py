"""The exceptions newsfacts raises: one family, each with a one-line message.

The CLI maps them to exit codes at its edge (``cli._guarded``)::

    NewsfactsError                 exit 1: the run cannot finish (a bug is not one of these)
    ├── UsageError                 exit 2: the invocation cannot work; the user can fix it
    │   ├── InputError             an input path or reader option (--id-field, --columns, ...)
    │   ├── TableError             a CSV that cannot be read (names the file and line)
    │   ├── ReviewError            the folder given to ``review`` is not a run's
    │   ├── StoreError             the review app's verdict store cannot be used
    │   └── OutputLocked           another run holds --out
    ├── DataError                  exit 2: a file under models/ is malformed (names file and line)
    │   └── DateDataError          ... one of the date recogniser's files
    └── PartError                  exit 1: a part file under OUT/.newsfacts is not this program's

A document that cannot be read or processed is never an exception here: it
becomes an error row and the run goes on.
"""
from __future__ import annotations


class NewsfactsError(Exception):
    """Base class: the message is one line a user can act on."""


class UsageError(NewsfactsError):
    """The invocation cannot work: a missing input, an unwritable output, a bad option."""


class InputError(UsageError, ValueError):
    """An unusable input (missing, unsupported file given explicitly) or reader setting;
    the message is one line naming the path or value. Also a ``ValueError``, as the readers'
    API has always documented."""


class TableError(UsageError):
    """A CSV table cannot be read (not UTF-8, a broken quote, a missing column); the message
    names the file and the line."""


class ReviewError(UsageError, ValueError):
    """A run's CSVs cannot be reviewed; the message is one line naming the file (also a
    ``ValueError``, as it was before it joined the family)."""


class StoreError(UsageError):
    """The review app's verdict store cannot be used (a newer schema, not a database, a bad verdict)."""


class OutputLocked(UsageError):
    """Another run holds the output folder."""


class DataError(NewsfactsError):
    """A file under ``models/`` is malformed; the message names the file and line."""


class DateDataError(DataError):
    """A date data file is malformed; the message names the file and the line."""


class PartError(NewsfactsError):
    """A part file under ``OUT/.newsfacts/parts`` is not what this program writes (cut, or tampered with)."""
