"""The ``newsfacts`` command line: parse arguments, call the library, map errors to exit codes.

Exit codes: 0 the run completed (documents with errors included; the summary
counts them), 2 an unusable invocation (missing input, unwritable output, bad
option) with a one-line message, 1 an internal failure.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from .runner.deadline import DEFAULT_SECONDS_PER_10K
from .errors import DataError, NewsfactsError, UsageError
from .settings import DEFAULT_MAX_COLLATERAL, DEFAULT_MODELS, DEFAULT_SAMPLE


class Command(TyperCommand):
    """A command whose help shows metavars, not typer's type labels (``<bool>``, ``<list[Path]>``,
    ``{inputs}``): an option shows its metavar (its name in capitals unless given), a flag and
    ``--help`` nothing, an argument its name in capitals."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for p in params:
            _tidy(p)
        return params


class Group(TyperGroup):
    """The top-level ``newsfacts`` with the same tidy help."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for p in params:
            _tidy(p)
        return params


def _tidy(param) -> None:
    """Set the help display of one parameter (typer vendors its own click: duck-typed)."""
    if getattr(param, "_newsfacts_tidy", False):
        return
    param._newsfacts_tidy = True
    repeat = "..." if param.nargs != 1 else ""
    kind = getattr(param, "param_type_name", "")
    if kind == "option" and (getattr(param, "is_flag", False) or getattr(param, "count", False)):
        param.display_type_rich = lambda ctx: None  # typer's rich help: no type column for a flag
        return
    if param.metavar is None:
        param.metavar = (param.name or "").upper()
    metavar = param.metavar
    if kind == "argument":
        param.display_type_rich = lambda ctx: None
        param._usage_display_name = lambda: metavar + repeat  # typer writes {name} for a required argument
        param.make_metavar = lambda *a, **k: metavar + repeat
    else:
        param.display_type_rich = lambda ctx: metavar + (" ..." if getattr(param, "multiple", False) else "")


app = typer.Typer(
    cls=Group,
    name="newsfacts",
    help="Turn election news into reviewed, structured facts (CSV).",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

MODELS_OPTION = typer.Option(DEFAULT_MODELS, "--models", metavar="DIR", show_default=False,
                             help="A models folder (default: the project's own).")


def _fail(message: str, code: int) -> None:
    typer.echo(f"newsfacts: error: {message}", err=True)
    raise typer.Exit(code)


def _guarded(fn):
    """Run ``fn`` mapping library errors to one-line messages and exit codes."""
    try:
        return fn()
    except (UsageError, DataError) as e:
        _fail(str(e), 2)  # the user can fix it: an input, an option, or a --models copy
    except NewsfactsError as e:
        _fail(str(e), 1)
    except typer.Exit:
        raise
    except Exception as e:  # noqa: BLE001 - the CLI edge: one line, the traceback on request
        if os.environ.get("NEWSFACTS_DEBUG"):
            raise
        _fail(f"internal error: {type(e).__name__}: {e} (set NEWSFACTS_DEBUG=1 for the traceback)", 1)


@app.command(cls=Command)
def run(
    inputs: List[Path] = typer.Argument(..., metavar="INPUT",
                                        help="Files or folders: .txt, .html/.htm, .jsonl, .csv (each also .gz)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", metavar="DIR", help="Folder for the six CSVs."),
    reference_date: Optional[str] = typer.Option(
        None, "--reference-date", metavar="YYYY-MM-DD",
        help="Anchors relative dates of documents without a publication date (documents.csv: reference_date)."),
    models: Path = MODELS_OPTION,
    ner_model: Optional[str] = typer.Option(
        None, "--ner-model", metavar="NAME_OR_PATH",
        help="An installed spaCy pipeline whose NER adds PERSON/ORG/GPE spans."),
    resume: bool = typer.Option(False, "--resume", help="Skip the shards a killed run already finished."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", metavar="N", help="Truncate documents longer than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, metavar="N",
                                help="Worker processes (each loads the pipeline once)."),
    engine: str = typer.Option("local", "--engine", metavar="local|dask",
                               help="local (this machine) or dask (a Dask cluster)."),
    doc_timeout: float = typer.Option(
        DEFAULT_SECONDS_PER_10K, "--doc-timeout", metavar="SECONDS",
        help="Seconds per 10,000 characters a document may take (at least this much per document); a document "
        "that takes longer becomes an error row. 0: no limit."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="tcp://HOST:PORT", help="A running Dask scheduler (--engine dask; default: a "
        "local cluster of --workers processes)."),
    id_field: str = typer.Option("id", "--id-field", metavar="FIELD",
                                 help=".jsonl/.csv: the field of the document id (absent: <file>:<line>)."),
    text_field: List[str] = typer.Option(
        ["text"], "--text-field", metavar="FIELD",
        help=".jsonl/.csv: the field of the text; repeat it to join fields as paragraphs (title, then body)."),
    date_field: str = typer.Option("published", "--date-field", metavar="FIELD",
                                   help=".jsonl/.csv: the field of the ISO publication date."),
    url_field: str = typer.Option("url", "--url-field", metavar="FIELD", help=".jsonl/.csv: the field of the URL."),
    no_header: bool = typer.Option(
        False, "--no-header", help=".csv without a header row: columns are numbered from 1 (or named by --columns)."),
    columns: Optional[str] = typer.Option(
        None, "--columns", metavar="NAME,NAME,...", help=".csv without a header row: the names of its columns."),
    delimiter: Optional[str] = typer.Option(
        None, "--delimiter", metavar="CHAR", help=".csv: the delimiter (default: sniffed among , ; tab |)."),
    html: str = typer.Option(
        "main", "--html", metavar="main|all", help="main: read a whole web page's article; all: all of its text. "
        "Fragments are read whole either way."),
) -> None:
    """Extract mentions, entities and facts from INPUT files and folders into --out."""
    from .io.documents import DEFAULT_MAX_CHARS, Fields
    from .runner.engine import RunOptions, progress_bar
    from .runner.engine import run as run_engine
    from .settings import Settings

    def go():
        fields = Fields(id=id_field, text=tuple(text_field), date=date_field, url=url_field, header=not no_header,
                        columns=columns or (), delimiter={"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter))
        settings = Settings(models=models, reference_date=reference_date, ner_model=ner_model, fields=fields,
                            html=html)
        with progress_bar(enabled=not quiet and sys.stderr.isatty()) as progress:
            options = RunOptions(inputs=[str(p) for p in inputs], out_dir=out, settings=settings, resume=resume,
                                 max_chars=DEFAULT_MAX_CHARS if max_chars is None else max_chars,
                                 progress=progress, total=progress.total if progress else None,
                                 workers=workers, engine=engine, scheduler=scheduler, doc_timeout=doc_timeout)
            summary = run_engine(options)
        typer.echo(summary.line(), err=True)
        if summary.documents and summary.errors == summary.documents:
            _fail(f"no readable document: all {summary.documents} documents are error rows "
                  f"(see {Path(out) / 'documents.csv'}, column error)", 2)

    _guarded(go)


@app.command(cls=Command)
def evaluate(
    gold: Path = typer.Argument(..., help="A gold JSONL file (the seed_gold.jsonl format), or a race gold JSON (seed_races.json)."),
    outputs: Path = typer.Argument(..., help="The folder of a run, or a second annotation of the gold's documents "
                                   "(a gold JSONL file: inter-annotator agreement on the documents both annotate)."),
    minimum: List[str] = typer.Option([], "--min", metavar="AREA=F1", help="AREA=F1: exit 1 when AREA's F1 is below it (a race gold: races=SCORE)."),
    misses: bool = typer.Option(False, "--misses", help="List every miss."),
    categories: bool = typer.Option(False, "--categories", help="Count the misses by kind, with no document, name or "
                                    "text (how a frozen test split's misses are read)."),
    intervals: bool = typer.Option(False, "--interval", help="Print each F1's 95% interval over the gold's documents "
                                   "(a bootstrap: how far another draw of as many documents could move it)."),
    against: Optional[Path] = typer.Option(None, "--against", metavar="OUTDIR", help="Another run on the same gold: "
                                           "print the F1 differences and their paired 95% intervals."),
) -> None:
    """Score a run against a gold file: precision, recall and F1 per area; a race gold (JSON with
    "races"): the share of its checks that hold."""
    from .tools.evaluate import evaluate as evaluate_run
    from .tools.evaluate import (evaluate_races, format_categories, format_comparison, format_interval, format_races,
                                 format_table, is_race_gold)

    def go():
        if is_race_gold(gold):
            if intervals or against is not None:
                raise UsageError("--interval and --against score a JSONL gold's documents, not a race gold")
            report = evaluate_races(gold, outputs)
            typer.echo(format_races(report, misses=misses))
        else:
            report = evaluate_run(gold, outputs)
            typer.echo(format_table(report, misses=misses))
            if categories:
                typer.echo(format_categories(report))
            if intervals:
                typer.echo(format_interval(report))
            if against is not None:
                typer.echo(format_comparison(report, evaluate_run(gold, against), str(against)))
        failed = report.below(minimum)
        if failed:
            _fail("below the floor: " + ", ".join(failed), 1)

    _guarded(go)


@app.command(cls=Command)
def review(
    outputs: Path = typer.Argument(..., help="The folder of a run."),
    docs: List[str] = typer.Option([], "--docs", metavar="DOC_ID", help="Only these doc_ids (repeatable)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="FILE", help="Where to write the page (default OUTPUTS/review.html)."),
    max_docs: Optional[int] = typer.Option(None, "--max-docs", metavar="N", help="At most this many documents on the page."),
    serve: bool = typer.Option(False, "--serve", help="Start the review app on 127.0.0.1 (verdicts in OUTPUTS/review.sqlite)."),
    port: int = typer.Option(0, "--port", metavar="N", min=0, max=65535, help="--serve: the port (default: a free one)."),
    export: Optional[Path] = typer.Option(
        None, "--export", metavar="DIR",
        help="Write facts.csv/mentions.csv with verdict/correction from OUTPUTS/review.sqlite into DIR."),
) -> None:
    """Write a self-contained review page (OUTPUTS/review.html) for a run; --serve reviews it in a local
    web app, --export writes the app's verdicts as CSVs."""
    from .tools.review import MAX_DOCS, ReviewError
    from .tools.review import review as write_review

    if serve and export is not None:
        _fail("--serve and --export are separate steps: give one", 2)

    def go():
        if export is not None:
            from .tools.review_store import export as export_review

            counts = export_review(outputs, export)
            typer.echo(f"{export}: {counts['fact']} fact, {counts['mention']} mention and {counts['document']} "
                       f"document verdicts, "
                       f"{counts['added']} added rows; {counts['stale']} stale verdicts left out")
            return
        if serve:
            from .tools.review_app import ReviewServer

            server = ReviewServer(outputs, port=port)
            typer.echo(f"newsfacts review: {server.url}  (Ctrl-C stops; verdicts are in "
                       f"{server.store.path})", err=True)
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                typer.echo("newsfacts review: stopped", err=True)
            return
        try:
            path = write_review(outputs, docs=docs or None, output=out, max_docs=max_docs or MAX_DOCS)
        except ReviewError as e:
            raise UsageError(str(e)) from None
        typer.echo(str(path))

    _guarded(go)


@app.command(cls=Command)
def learn(
    reviewed: Path = typer.Argument(
        ..., help="The folder of a reviewed run: verdict/correction filled in its CSVs, or its review.sqlite."),
    gold: List[Path] = typer.Option([], "--gold", metavar="FILE", help="Gold files scored before/after and judging each change's collateral (default: tests/gold/dev_tune.jsonl, seed_gold.jsonl and off_topic.jsonl; never dev_test)."),
    models: Path = MODELS_OPTION,
    force: bool = typer.Option(False, "--force", help="Accept changes that lower a gold score or alter more rows than --max-collateral."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the diff; write nothing."),
    sample: int = typer.Option(DEFAULT_SAMPLE, "--sample", metavar="N",
                               help="Development documents each change is tried on besides the reviewed run's."),
    max_collateral: int = typer.Option(DEFAULT_MAX_COLLATERAL, "--max-collateral", metavar="N",
                                       help="Rows no reviewer looked at a change may alter (else it is refused)."),
    pool: List[Path] = typer.Option([], "--pool", metavar="FILE",
                                    help="JSONL documents to try changes on instead of the development sample."),
) -> None:
    """Turn reviewers' verdicts into bounded, gated changes under --models."""
    from .tools.learn import learn as learn_run
    from .tools.review_store import reviewed_folder

    def go():
        with reviewed_folder(reviewed) as folder:  # a run with review.sqlite: its export, in a temporary folder
            typer.echo(learn_run(folder, gold=gold or None, models=models, force=force, dry_run=dry_run,
                                 pool=pool or None, sample=sample, max_collateral=max_collateral,
                                 progress=lambda m: typer.echo(m, err=True)).format())

    _guarded(go)


@app.command(cls=Command)
def train(
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", metavar="DIR",
        help="Where the trained pipeline goes (default models/ner, models/parser, models/context)."),
    config: Optional[Path] = typer.Option(None, "--config", metavar="FILE",
                                          help="The spacy train config (default models/*_config.cfg)."),
    models: Path = MODELS_OPTION,
    data: Optional[Path] = typer.Option(
        None, "--data", metavar="DIR",
        help="The training data folder: gum_news/, current_events.jsonl, election_dev_ids.txt, ud/ "
             "(../shared/data in the project's workspace)."),
    gold: List[Path] = typer.Option([], "--gold", metavar="FILE", help="Gold files (default: tests/gold/*.jsonl)."),
    reviewed: List[Path] = typer.Option([], "--reviewed", metavar="DIR", help="Reviewed run folders."),
    no_gum: bool = typer.Option(False, "--no-gum", help="Skip GUM: the news train partition and gum_train.conllu's entities."),
    no_silver: bool = typer.Option(False, "--no-silver", help="Skip silver labels on current_events."),
    silver_limit: Optional[int] = typer.Option(None, "--silver-limit", metavar="N", help="At most this many silver documents."),
    parser: bool = typer.Option(False, "--parser", help="Train the tagger + dependency parser on UD (models/parser)."),
    context: bool = typer.Option(False, "--context", help="Train the election-context classifier (models/context)."),
    exclude: List[Path] = typer.Option(
        [], "--exclude", metavar="FILE",
        help="--context: ids never trained on, besides the gold files' (JSON list/object, gold JSONL)."),
    evaluate: bool = typer.Option(
        False, "--evaluate", help="Do not train: score the model at --output (--parser: on gum_test; --context: the "
        "share of each --gold file's documents it calls election news) and record the scores in its meta.json."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", metavar="N", help="Override training.max_steps of the config."),
) -> None:
    """Train the project's own NER into models/ner (the default pipeline's person check), or with --parser
    the dependency parser, or with --context the election-context classifier."""
    from .tools import train as T

    if parser and context:
        _fail("--parser and --context are separate trainings: give one", 2)
    overrides = {"training.max_steps": max_steps} if max_steps else None
    say = lambda m: typer.echo(m, err=True)  # noqa: E731
    if parser:
        out = output or T.DEFAULT_PARSER_OUTPUT
        if evaluate:
            _guarded(lambda: typer.echo(T.format_scores(T.evaluate_parser_model(
                out, test_file=T.data_file(data, T.UD_TEST_FILE)))))
            return
        _guarded(lambda: typer.echo(T.train_parser(
            out, config=config or T.DEFAULT_PARSER_CONFIG, train_files=[T.data_file(data, f) for f in T.UD_TRAIN_FILES],
            dev_file=T.data_file(data, T.UD_DEV_FILE), test_file=T.data_file(data, T.UD_TEST_FILE),
            overrides=overrides, progress=say).format()))
        return
    if context:
        out = output or T.DEFAULT_CONTEXT_OUTPUT
        if evaluate:
            _guarded(lambda: typer.echo(T.format_scores(T.evaluate_context_model(out, gold or None))))
            return
        _guarded(lambda: typer.echo(T.train_context(
            out, config=config or T.DEFAULT_CONTEXT_CONFIG, data=T.data_file(data, T.SILVER_FILE),
            dev_ids=T.data_file(data, T.DEV_IDS_FILE), gold=gold or None, exclude=exclude, overrides=overrides,
            progress=say).format()))
        return
    if evaluate or exclude:
        _fail("--evaluate and --exclude go with --parser or --context", 2)
    _guarded(lambda: typer.echo(T.train(
        output or T.DEFAULT_OUTPUT, config=config or T.DEFAULT_CONFIG, models=models, gold=gold or None,
        reviewed=reviewed, gum=None if no_gum else T.data_file(data, T.GUM_FILE),
        ud=None if no_gum else T.data_file(data, T.UD_NER_FILE),
        silver=None if no_silver else T.data_file(data, T.SILVER_FILE),
        dev_ids=None if no_silver else T.data_file(data, T.DEV_IDS_FILE),
        silver_limit=silver_limit or T.SILVER_LIMIT, overrides=overrides, progress=say).format()))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("newsfacts: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
