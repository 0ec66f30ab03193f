"""pipeline.settings: one validated settings object; bad values are UsageErrors that name what is wrong."""
from __future__ import annotations

import dataclasses

import pytest
from conftest import MODELS, ROOT
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.errors import UsageError
from pipeline.settings import DEFAULT_MODELS, Settings, parse_iso_date

SEED_TEXT = ROOT / "corpus" / "000_4311ab4fe2abe36b.txt"


def test_settings_defaults():
    s = Settings()
    assert (s.models, s.reference_date, s.ner_model) == (DEFAULT_MODELS.resolve(), None, None)


def test_settings_default_models_is_the_project_folder():
    assert DEFAULT_MODELS.resolve() == MODELS.resolve()


def test_settings_models_given_as_string_is_resolved_path(tmp_path):
    (tmp_path / "config.cfg").write_text("", encoding="utf-8")
    assert Settings(models=str(tmp_path)).models == tmp_path.resolve()


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_settings_models_without_config_names_path(tmp_path, folder):
    path = tmp_path / folder
    if folder == "empty":
        path.mkdir()
    with pytest.raises(UsageError) as e:
        Settings(models=path)
    assert str(path) in str(e.value) and "config.cfg" in str(e.value)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2009-12-03", "2009-12-03"),
        ("2008-02-29", "2008-02-29"),
        (None, None),
        ("", None),
    ],
)
def test_settings_reference_date_accepted(value, expected):
    assert Settings(reference_date=value).reference_date == expected


@pytest.mark.parametrize(
    "value",
    [
        "2009-13-01",
        "2009-02-30",
        "2009-2-3",
        "2009/12/03",
        "12/03/2009",
        "Wednesday",
        "yesterday",
        "2009-12-03T10:00",
        pytest.param("20091203"),
        pytest.param("2009-W49-4"),
    ],
)
def test_settings_bad_reference_date(value):
    with pytest.raises(UsageError) as e:
        Settings(reference_date=value)
    assert str(e.value) == f"--reference-date must be an ISO date YYYY-MM-DD, got {value!r}"


@pytest.mark.parametrize("what", ["--reference-date", "published"])
def test_settings_parse_iso_date_names_option(what):
    with pytest.raises(UsageError, match=f"^{what} must be"):
        parse_iso_date("soon", what)


@pytest.mark.parametrize("size", [0, -1])
def test_settings_bad_batch_size(size):
    with pytest.raises(UsageError, match="batch size must be at least 1"):
        Settings(batch_size=size)


def test_settings_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().reference_date = "2009-12-03"


def test_settings_load_without_config_names_path(tmp_path):
    with pytest.raises(UsageError) as e:
        pipeline.load(tmp_path)
    assert str(e.value) == f"--models {tmp_path}: no config.cfg there (expected a copy of the project's models/)"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--reference-date", "2009-13-01"], "newsfacts: error: --reference-date must be an ISO date YYYY-MM-DD, "
                                             "got '2009-13-01'"),
        (["--models", "{tmp}/nowhere"], "newsfacts: error: --models {tmp}/nowhere: no config.cfg there "
                                        "(expected a copy of the project's models/)"),
    ],
)
def test_settings_cli_rejects_bad_option(tmp_path, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    result = CliRunner().invoke(app, ["run", str(SEED_TEXT), "--out", str(tmp_path / "out"), *args, "--quiet"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == message.format(tmp=tmp_path)
