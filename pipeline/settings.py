"""One validated settings object, passed down from the CLI or the Python API."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .io.documents import Fields
from .errors import UsageError
from .io.maincontent import HTML_MODES

#: Marks a models folder: the pipeline's components and settings.
MODELS_CONFIG = "config.cfg"
_PACKAGE = Path(__file__).resolve().parent
#: The models folder used when none is given (``--models DIR`` points at a copy): the one
#: installed with the package (``pipeline/models`` in a wheel), else the checkout's ``models/``
#: beside ``pipeline/`` (a source tree or an editable install). The one place it is decided.
DEFAULT_MODELS = next((p for p in (_PACKAGE / "models", _PACKAGE.parent / "models") if (p / MODELS_CONFIG).is_file()),
                      _PACKAGE.parent / "models")
#: Documents longer than this are truncated (see documents.DEFAULT_MAX_CHARS).
DEFAULT_BATCH_SIZE = 256
#: ``learn``: rows (facts and mentions) a change may alter that no reviewer looked at before it is
#: refused (``--max-collateral``; ``--force`` accepts more).
DEFAULT_MAX_COLLATERAL = 5
#: ``learn``: development documents each change is tried on besides the reviewed run's own (``--sample``).
DEFAULT_SAMPLE = 300


def models_folder(models: str | Path) -> Path:
    """``models`` resolved, once it holds a ``config.cfg``; else a :class:`UsageError` naming it.
    The one check that a folder is a models folder."""
    path = Path(models)
    if not (path / MODELS_CONFIG).is_file():
        raise UsageError(f"--models {path}: no {MODELS_CONFIG} there (expected a copy of the project's models/)")
    return path.resolve()


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
        object.__setattr__(self, "models", models_folder(self.models))
        object.__setattr__(self, "reference_date", parse_iso_date(self.reference_date, "--reference-date"))
        if self.html not in HTML_MODES:
            raise UsageError(f"--html {self.html}: expected one of {', '.join(HTML_MODES)}")
        if self.batch_size < 1:
            raise UsageError("batch size must be at least 1")
