"""The README works as documented: every fenced Python block runs, every JSON block parses.

The blocks run in order in one namespace (a later block uses ``nlp`` from an
earlier one), in a temporary folder holding a copy of ``corpus/``, so the
relative paths of the examples resolve and nothing is written to the project.
"""
from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import ROOT

README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def blocks(language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(README.read_text(encoding="utf-8")) if lang == language]


def test_readme_has_python_blocks():
    assert len(blocks("python")) >= 2


def test_readme_python_blocks_run(tmp_path, monkeypatch, capsys):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for n, code in enumerate(blocks("python"), 1):
        exec(compile(code, f"README.md python block {n}", "exec"), namespace)  # noqa: S102 - our own README
    printed = capsys.readouterr().out
    assert "won Kasim Reed" in printed  # the first block's facts
    assert (tmp_path / "outputs" / "facts.csv").is_file() and (tmp_path / "outputs" / "review.html").is_file()


@pytest.mark.parametrize("n, body", list(enumerate(blocks("json"), 1)))
def test_readme_json_blocks_parse(n, body):
    assert isinstance(json.loads(body), dict)
