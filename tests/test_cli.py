"""The command line's contract: exit codes, one-line messages, help text.

Exit codes (pipeline/cli.py, README): 0 the run completed, documents with
errors included (the summary line counts them); 2 an unusable invocation
(missing input, unwritable --out, a bad option, a broken --models copy) with
one line ``newsfacts: error: …`` and no traceback; 1 an internal failure.

A broken ``--models`` folder is an unusable invocation (2), not an internal
failure: the folder is something the user gave and can fix, and the message
names the file and line to fix. The project's own ``models/`` is validated by
the test suite, so in a shipped install a DataError can only come from a copy.

Tests use typer's CliRunner (in process) where the exit code and message are
the point, and a real subprocess where what the user sees on stderr matters
(a traceback is printed by the interpreter, outside CliRunner's reach).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
NEWSFACTS = ROOT / ".venv" / "bin" / "newsfacts"
SUMMARY = re.compile(r"^(\d+) documents \((\d+) ok, (\d+) error\), \d+ mentions, \d+ facts in [\d.]+ s ")
GOOD = "Kasim Reed won the Atlanta mayor's race by 714 votes on Tuesday.\n\nMary Norwood conceded.\n"


def invoke(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


def newsfacts(*args: str | Path, env: dict | None = None) -> subprocess.CompletedProcess:
    exe = [str(NEWSFACTS)] if NEWSFACTS.exists() else [sys.executable, "-m", "pipeline"]
    return subprocess.run([*exe, *map(str, args)], capture_output=True, text=True, timeout=180, env=env)


def assert_one_line_error(stderr: str, *needles: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("newsfacts: error: "), stderr
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "a", "text": "Reed won."}\nnot json\n', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


# ---------------------------------------------------------------- exit 0


def test_cli_run_with_error_documents_exits_0_and_counts_them(inputs, tmp_path):
    result = invoke("run", inputs, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0, result.output
    m = SUMMARY.search(result.stderr.strip().splitlines()[-1])
    assert m, result.stderr
    assert m.groups() == ("5", "3", "2")  # good.txt#1, #2, a ok; broken.jsonl:2, empty.txt error
    assert sorted(p.name for p in (tmp_path / "out").glob("*.csv")) == [
        "documents.csv", "entities.csv", "facts.csv", "mentions.csv", "race_candidates.csv", "races.csv"]


def test_cli_run_subprocess_exits_0_with_the_summary_on_stderr(inputs, tmp_path):
    proc = newsfacts("run", inputs, "--out", tmp_path / "out", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert SUMMARY.match(proc.stderr.strip().splitlines()[-1]), proc.stderr
    assert "Traceback" not in proc.stderr


# ---------------------------------------------------------------- exit 2


def test_cli_run_missing_input_exits_2(tmp_path):
    result = invoke("run", tmp_path / "nowhere.txt", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "input not found", "nowhere.txt")


def test_cli_run_missing_input_creates_no_output_folder(tmp_path):
    result = invoke("run", tmp_path / "nowhere.txt", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists(), "a refused invocation should leave no trace"


def test_cli_run_unsupported_input_file_exits_2(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    result = invoke("run", tmp_path / "notes.md", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "unsupported input file type", "notes.md")


def test_cli_run_out_is_a_file_exits_2(inputs, tmp_path):
    target = tmp_path / "taken"
    target.write_text("not a folder", encoding="utf-8")
    result = invoke("run", inputs, "--out", target)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "--out", "cannot write there")
    assert target.read_text(encoding="utf-8") == "not a folder"


def test_cli_run_out_under_a_file_exits_2(inputs, tmp_path):
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    result = invoke("run", inputs, "--out", target / "sub")
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "--out", "cannot write there")


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(__import__("os"), "geteuid")
                    or __import__("os").geteuid() == 0, reason="root writes into read-only folders")
def test_cli_run_read_only_out_exits_2(inputs, tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o555)
    try:
        result = invoke("run", inputs, "--out", target)
    finally:
        target.chmod(0o755)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "--out", "cannot write there")


@pytest.mark.parametrize("value", ["2009-13-01", "yesterday", "01/12/2009", "2009-12-1"])
def test_cli_run_bad_reference_date_exits_2(inputs, tmp_path, value):
    result = invoke("run", inputs, "--out", tmp_path / "out", "--reference-date", value)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "--reference-date", "YYYY-MM-DD", value)


@pytest.mark.parametrize("value", ["-5", "0"])
def test_cli_run_bad_max_chars_exits_2(inputs, tmp_path, value):
    result = invoke("run", inputs, "--out", tmp_path / "out", "--max-chars", value)
    assert result.exit_code == 2, "--max-chars 0 must be refused, not silently read as the default"
    assert "Traceback" not in result.stderr


def test_cli_run_models_without_config_exits_2(inputs, tmp_path):
    result = invoke("run", inputs, "--out", tmp_path / "out", "--models", tmp_path)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "--models", "config.cfg")


def _broken_copy(tmp_path: Path, relative: str, garbage: str) -> Path:
    copy = tmp_path / "models"
    shutil.copytree(MODELS, copy, ignore=shutil.ignore_patterns("build"))
    with (copy / relative).open("a", encoding="utf-8") as f:
        f.write(garbage)
    return copy


@pytest.mark.parametrize("relative, garbage", [
    ("facts/outcome.yml", "- id: [unclosed\n"),
    ("facts/cues.yml", "negation: [\n"),
    ("kb/entities.jsonl", '{"broken\n'),
    ("kb/places.jsonl", '{"broken\n'),
    ("patterns/entities.jsonl", '{"broken\n'),
    ("patterns/figures.jsonl", '{"broken\n'),
    ("lexicons/roles.jsonl", '{"broken\n'),
    pytest.param("patterns/dates.jsonl", '{"broken\n'),
    pytest.param("lexicons/date_cues.tsv", "one column only\n"),
    pytest.param("config.cfg", "[broken\n"),
])
def test_cli_run_broken_models_copy_exits_2_naming_the_file(tmp_path, relative, garbage):
    """A broken --models copy is an unusable invocation: exit 2, the file named, no traceback.
    (In this process: the CLI's own error handling decides, not the interpreter; a subprocess run
    per file would only add start-up time. test_cli_run_subprocess_* covers the real executable.)"""
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    models = _broken_copy(tmp_path, relative, garbage)
    result = invoke("run", tmp_path / "one.txt", "--out", tmp_path / "out", "--models", models, "--quiet")
    assert result.exit_code == 2, (result.stderr[-2000:], result.exception)
    assert_one_line_error(result.stderr, Path(relative).name)


def test_cli_evaluate_missing_outputs_exits_2(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    result = invoke("evaluate", gold, tmp_path / "no-run")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_cli_evaluate_gold_record_without_id_exits_2(tmp_path, inputs):
    assert invoke("run", inputs, "--out", tmp_path / "out", "--quiet").exit_code == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"entities": {"PERSON": ["Kasim Reed"]}}\n', encoding="utf-8")
    proc = newsfacts("evaluate", gold, tmp_path / "out")
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert_one_line_error(proc.stderr, "gold.jsonl")


def test_cli_evaluate_categories_count_misses_without_names(tmp_path, inputs):
    """``--categories`` prints the misses by kind after the table, with none of the gold's names."""
    assert invoke("run", inputs, "--out", tmp_path / "out", "--quiet").exit_code == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "nobody", "entities": {"PERSON": ["Zembla Kestrel"]}, "facts": [{"predicate": "won", '
                    '"subject": "Zembla Kestrel"}]}\n', encoding="utf-8")
    result = invoke("evaluate", gold, tmp_path / "out", "--categories")
    assert result.exit_code == 0, result.stderr[-2000:]
    assert "1  missed PERSON" in result.stdout and "1  missed won: no row, an argument not mentioned" in result.stdout
    assert "Zembla" not in result.stdout and "nobody" not in result.stdout


def test_cli_evaluate_interval_and_against(tmp_path, inputs):
    """``--interval`` prints each summary F1's interval over the gold's documents; ``--against`` another run's
    differences; a race gold has no documents to resample (exit 2, one line)."""
    assert invoke("run", inputs, "--out", tmp_path / "out", "--quiet").exit_code == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "nobody", "entities": {"PERSON": ["Zembla Kestrel"]}}\n', encoding="utf-8")
    result = invoke("evaluate", gold, tmp_path / "out", "--interval", "--against", tmp_path / "out")
    assert result.exit_code == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert any(line.startswith("95% intervals over 1 documents (2,000 resamples): entities=0.000 [0.000, 0.000]")
               for line in lines)
    assert "  facts     +0.000 [+0.000, +0.000]" in lines
    races = tmp_path / "races.json"
    races.write_text('{"races": []}', encoding="utf-8")
    result = invoke("evaluate", races, tmp_path / "out", "--interval")
    assert result.exit_code == 2
    assert_one_line_error(result.stderr)
    assert "not a race gold" in result.stderr


def test_cli_review_missing_outputs_exits_2(tmp_path):
    result = invoke("review", tmp_path / "no-run")
    assert result.exit_code == 2
    assert_one_line_error(result.stderr)


def test_cli_evaluate_reads_a_run_with_a_long_document(tmp_path):
    """documents.csv cells over csv's default field limit (131,072 chars) must be readable."""
    # one sentence of news, then filler words the pipeline passes over quickly: the cell is long, the run short
    long_text = "Kasim Reed won the Atlanta mayor's race by 714 votes. " + "lorem " * 23_000
    (tmp_path / "long.jsonl").write_text(
        '{"id": "long", "text": "%s", "published": "2009-12-02"}\n' % long_text, encoding="utf-8")
    run = newsfacts("run", tmp_path / "long.jsonl", "--out", tmp_path / "out", "--quiet",
                    "--max-chars", "200000")
    assert run.returncode == 0, run.stderr[-2000:]
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "long", "entities": {"PERSON": ["Kasim Reed"]}}\n', encoding="utf-8")
    proc = newsfacts("evaluate", gold, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr


# ---------------------------------------------------------------- exit 1


def test_cli_run_internal_failure_exits_1(inputs, tmp_path, monkeypatch):
    import pipeline.runner.engine

    def broken(options, nlp=None):
        raise RuntimeError("injected failure")

    monkeypatch.setattr(pipeline.runner.engine, "run", broken)
    result = invoke("run", inputs, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 1
    assert "injected failure" in (result.stderr + repr(result.exception))


def test_cli_run_internal_failure_in_a_subprocess_exits_1(inputs, tmp_path):
    """A bug (not a document, not the invocation) stops the run with 1; outputs stay as they were."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(textwrap.dedent("""
        import pipeline.runner.rows

        def entity_rows(tallies):
            raise RuntimeError("injected failure while merging")

        pipeline.runner.rows.entity_rows = entity_rows
    """), encoding="utf-8")
    import os

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), str(ROOT)])}
    proc = newsfacts("run", inputs, "--out", tmp_path / "out", "--quiet", env=env)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "injected failure while merging" in proc.stderr
    assert not (tmp_path / "out" / "entities.csv").exists()
    assert not list((tmp_path / "out").glob(".*.tmp")), "temporary files left in --out"


# ---------------------------------------------------------------- help and README


def _commands() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)


@pytest.mark.parametrize("command", _commands())
def test_cli_command_has_help_text(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    entry = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == command)
    assert (entry.help or entry.callback.__doc__ or "").strip(), f"{command} has no help text"


@pytest.mark.parametrize("command", _commands())
def test_cli_command_is_documented_in_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newsfacts {command}" in readme


def test_cli_exit_codes_are_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").lower()
    assert "exit code" in readme or "exit status" in readme


# ---------------------------------------------------------------------------
# a first hour without surprises
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("command", [[], ["run"], ["evaluate"], ["review"], ["learn"], ["train"]])
def test_cli_help_shows_metavars_not_type_labels(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    for label in ("<bool>", "<str>", "<path>", "<int", "list[", "{", "}", "<Path"):
        assert label not in result.output, (label, result.output)


@pytest.mark.parametrize(
    "files, needles",
    [
        ({}, ["no readable document", "no .txt, .html, .htm, .jsonl or .csv file found"]),
        ({"a.md": "x", "b.md": "y", "c.md": "z", "d.xml": "<a/>"},
         ["no readable document", "3 .md files: not a supported format", "1 .xml file: not a supported format"]),
        ({"e.txt": "", "f.jsonl": "\n"}, ["no readable document", "all 2 documents are error rows"]),
    ],
)
def test_cli_inputs_without_documents_exit_2_with_one_line(tmp_path, files, needles):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    proc = newsfacts("run", folder, "--out", tmp_path / "out", "--quiet")
    assert proc.returncode == 2, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("newsfacts: error")]
    assert len(errors) == 1 and all(n in errors[0] for n in needles), proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_headerless_ag_news_csv_with_named_columns(tmp_path):
    from conftest import shared_file

    lines = shared_file("data/ag_news/test.csv").read_bytes().splitlines(keepends=True)[:12]
    source = tmp_path / "ag.csv"
    source.write_bytes(b"".join(lines))
    args = ["run", source, "--no-header", "--columns", "class,title,description", "--text-field", "title",
            "--text-field", "description", "--reference-date", "2004-08-20", "--quiet"]
    outs = []
    for n in (1, 2):
        result = invoke(*args, "--out", tmp_path / f"out{n}")
        assert result.exit_code == 0, result.output
        outs.append((tmp_path / f"out{n}" / "documents.csv").read_bytes())
    assert outs[0] == outs[1]  # ids (and everything else) stable from run to run
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(outs[0].decode("utf-8"))))
    assert [r["doc_id"] for r in rows] == [f"ag.csv:{n}" for n in range(1, 13)]
    assert all(r["status"] == "ok" for r in rows)
    assert rows[0]["text"].startswith("Fears for T N pension after talks\n\nUnions representing workers")
    assert {(r["published"], r["reference_date"]) for r in rows} == {("", "2004-08-20")}


@pytest.mark.parametrize(
    "words, seconds, startup, expected",
    [
        (1000, 4.0, 3.0, "in 4.0 s (start-up 3.0 s, 1,000 words/s)"),
        (1000, 2.0, 0.0, "in 2.0 s (500 words/s)"),
        (0, 3.0, 3.0, "in 3.0 s (start-up 3.0 s, 0 words/s)"),
    ],
)
def test_cli_summary_rate_leaves_start_up_out(words, seconds, startup, expected):
    from pipeline.runner.engine import Summary

    line = Summary(documents=2, words=words, seconds=seconds, startup=startup).line()
    assert line.endswith(expected), line


@pytest.mark.parametrize("option, value, message", [
    ("--workers", "99999999999", "--workers 99999999999: expected a whole number from 1 to 1024"),
    ("--doc-timeout", "-1", "--doc-timeout -1.0: expected seconds ≥ 0 (0: no limit)"),
])
def test_cli_run_out_of_range_option_exits_2(inputs, tmp_path, option, value, message):
    result = invoke("run", inputs, "--out", tmp_path / "out", option, value)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, message)


def test_cli_run_out_equal_to_an_input_folder_exits_2(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Kasim Reed won the race.", encoding="utf-8")
    result = invoke("run", folder, "--out", folder)
    assert result.exit_code == 2
    assert_one_line_error(result.stderr, "is also an input folder")


def test_cli_run_out_inside_an_input_folder_is_not_read(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Kasim Reed won the race.", encoding="utf-8")
    for _ in range(2):  # the second run would read the first one's CSVs
        result = invoke("run", folder, "--out", folder / "out")
        assert result.exit_code == 0, result.stderr
    ids = [line.split(",")[0] for line in (folder / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()]
    assert ids == ["doc_id", "a.txt#1"]
