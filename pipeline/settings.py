"""One validated settings object, passed down from the CLI or the Python API."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .documents import Fields
from .errors import UsageError

#: The project's own models folder; ``--models DIR`` points at a copy.
DEFAULT_MODELS = Path(__file__).resolve().parent.parent / "models"
#: Documents longer than this are truncated (see documents.DEFAULT_MAX_CHARS).
DEFAULT_BATCH_SIZE = 256
#: ``--html`` values (see pipeline.maincontent): the article of a whole page, or all its text.
HTML_MODES = ("main", "all")


def parse_iso_date(value: str | None, what: str) -> str | None:
    """``YYYY-MM-DD`` or None; anything else is a :class:`UsageError` naming ``what``."""
    if value in (None, ""):
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        raise UsageError(f"{what} must be an ISO date YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{what} must be an ISO date YYYY-MM-DD, got {value!r}") from None


@dataclass(frozen=True)
class Settings:
    models: Path = DEFAULT_MODELS
    reference_date: str | None = None
    ner_model: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    fields: Fields = field(default_factory=Fields)  # which .jsonl/.csv fields hold id, text, date, url
    html: str = "main"  # --html: "main" reads a whole web page's article, "all" all of its text

    def __post_init__(self) -> None:
        models = Path(self.models)
        if not (models / "config.cfg").is_file():
            raise UsageError(f"--models {models}: no config.cfg there (expected a copy of the project's models/)")
        object.__setattr__(self, "models", models.resolve())
        object.__setattr__(self, "reference_date", parse_iso_date(self.reference_date, "--reference-date"))
        if self.html not in HTML_MODES:
            raise UsageError(f"--html {self.html}: expected one of {', '.join(HTML_MODES)}")
        if self.batch_size < 1:
            raise UsageError("batch size must be at least 1")
