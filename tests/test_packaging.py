"""Packaging: installing the project prints no build warnings (``make run`` shows what pip prints), and a
wheel installed outside the repository runs with its own models."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


def test_packaging_license_is_an_spdx_string():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # the table form { text = ... } is deprecated
    assert project["tool"]["setuptools"]["package-dir"] == {"": "."}  # a plain .pth editable install


@pytest.mark.slow
def test_packaging_editable_install_prints_no_warning(tmp_path):
    """The same command as the Makefile; its build backend must not warn (BuildBackendWarning). It installs
    a copy of the sources into a new virtualenv: the checkout and its .venv, which other tests (and other
    pytest-xdist workers) are importing, are never touched."""
    src = _sources(tmp_path / "src")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    proc = _pip("install", "--quiet", "--no-deps", "-e", str(src), python=venv / "bin" / "python")
    if proc.returncode != 0:
        pytest.skip(f"pip could not build here (no network for the build backend?): {proc.stderr[-300:]}")
    assert "Warning" not in proc.stderr and "!!" not in proc.stderr, proc.stderr


# --------------------------------------------------------------------------
# a wheel installed outside the repository
# --------------------------------------------------------------------------

#: What a wheel is built from (a copy, so the build leaves nothing in the checkout).
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "pipeline", "models")
#: Every area of the evaluator: the installed program scores the seed at 1.00 in each.
SEED_FLOORS = ("PERSON", "OFFICE", "GPE", "ORG", "dates", "figures", "facts", "entities")


def _sources(dest: Path) -> Path:
    """A copy of what a build reads (:data:`SOURCES`), so that a build or install writes nothing into the checkout."""
    dest.mkdir(parents=True)
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, dest / name)
    return dest


def _pip(*args: str, python: Path | None = None) -> subprocess.CompletedProcess:
    """pip of this venv, for ``python``'s environment when given; without PYTHONPATH, whose checkout (with the
    ``newsfacts.egg-info`` an editable install leaves there) pip would take for newsfacts installed already."""
    target = ["--python", str(python)] if python else []
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, "-m", "pip", *target, *args], capture_output=True, text=True, timeout=900,
                          env=env)


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory):
    """The project built as a wheel and installed into a new virtualenv that sees this venv's
    dependencies (a .pth file: spaCy is not downloaded again), never the checkout."""
    base = tmp_path_factory.mktemp("wheel")
    src = _sources(base / "src")
    built = _pip("wheel", "--quiet", "--no-deps", str(src), "-w", str(base / "dist"))
    if built.returncode != 0:
        pytest.skip(f"pip could not build the wheel here (no index for the build backend?): {built.stderr[-300:]}")
    (wheel,) = (base / "dist").glob("newsfacts-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    (Path(purelib) / "_newsfacts_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n",
                                                                encoding="utf-8")
    installed = _pip("install", "--quiet", "--no-deps", "--no-index", str(wheel), python=python)
    assert installed.returncode == 0, installed.stderr[-2000:]
    return {"venv": venv, "python": python, "purelib": Path(purelib), "wheel": wheel, "cwd": base / "elsewhere"}


def _in(venv_run: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """A command of the installed program, from a folder outside the repository, without PYTHONPATH."""
    cwd = venv_run["cwd"]
    cwd.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, **kwargs)


@pytest.mark.slow
def test_packaging_wheel_carries_the_models(installed_wheel):
    names = set(zipfile.ZipFile(installed_wheel["wheel"]).namelist())
    for must in ("pipeline/models/config.cfg", "pipeline/models/predicates.yml", "pipeline/models/races.yml",
                 "pipeline/tools/assets/review.js"):
        assert must in names
    assert not [n for n in names if n.startswith("pipeline/models/build/") or "__pycache__" in n]


@pytest.mark.slow
def test_packaging_installed_program_uses_its_own_models(installed_wheel):
    proc = _in(installed_wheel, str(installed_wheel["python"]), "-c",
               "import pipeline; from pipeline.settings import DEFAULT_MODELS; print(pipeline.__file__); "
               "print(DEFAULT_MODELS)")
    assert proc.returncode == 0, proc.stderr
    module, models = proc.stdout.split()
    assert Path(module).is_relative_to(installed_wheel["purelib"])
    assert Path(models) == installed_wheel["purelib"] / "pipeline" / "models"


@pytest.mark.slow
def test_packaging_installed_program_runs_the_seed_and_scores_1(installed_wheel):
    corpus = installed_wheel["cwd"] / "corpus"
    shutil.copytree(ROOT / "corpus", corpus, dirs_exist_ok=True)
    newsfacts = str(installed_wheel["venv"] / "bin" / "newsfacts")
    run = _in(installed_wheel, newsfacts, "run", "corpus", "--out", "out", "--quiet")
    assert run.returncode == 0, run.stderr
    floors = [a for area in SEED_FLOORS for a in ("--min", f"{area}=1.0")]
    score = _in(installed_wheel, newsfacts, "evaluate", str(ROOT / "tests" / "gold" / "seed_gold.jsonl"), "out",
                *floors)
    assert score.returncode == 0, score.stdout + score.stderr
    assert "facts       1.000  1.000  1.000" in score.stdout


@pytest.mark.slow
@pytest.mark.parametrize("command, message", [
    (["learn", "reviewed"], "no gate gold files (dev_tune.jsonl, seed_gold.jsonl, off_topic.jsonl) under {purelib}/tests/gold "
                            "(not a checkout of the project): give them with --gold FILE"),
    (["train", "--no-gum"], "--data DIR is needed to read current_events.jsonl: the folder holding "
                            "gum_news/gum_news.jsonl, current_events.jsonl, election_dev_ids.txt and ud/ "
                            "(../shared/data in the project's workspace)"),
])
def test_packaging_installed_program_names_what_it_needs(installed_wheel, command, message):
    """learn and train have no defaults that need the repository: they say what to give."""
    (installed_wheel["cwd"] / "reviewed").mkdir(parents=True, exist_ok=True)
    proc = _in(installed_wheel, str(installed_wheel["venv"] / "bin" / "newsfacts"), *command)
    assert proc.returncode == 2
    purelib = installed_wheel["purelib"] / "pipeline"
    assert proc.stderr.strip().splitlines()[-1] == "newsfacts: error: " + message.format(purelib=purelib)
