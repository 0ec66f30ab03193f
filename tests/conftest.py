"""Shared fixtures: paths to the project, its models, and the optional ../shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test with a one-line reason when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is absent (a user's clone has no ../shared)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, loaded once for the whole test session."""
    import pipeline

    return pipeline.load()
