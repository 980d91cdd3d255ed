"""`delib scdl …`: SCDL "Délibérations" open-data tables (export, check, fill). A thin typer
layer over delib_parse.scdl, like cli.py over the library: parse options, call, report, exit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, cast

import typer

from delib_parse.errors import (
    EXIT_OK,
    EXIT_UNUSABLE,
    DelibError,
    OutputNotWritable,
    UnreadableFile,
)

scdl_app = typer.Typer(
    name="scdl",
    help="SCDL 'Délibérations' open-data tables: export them, check them, fill them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ConfigOpt = Annotated[Path | None, typer.Option(help="Config file (default: found upward).")]
OcrOpt = Annotated[str, typer.Option(help="OCR of image-only pages: auto, never, force.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No notes on standard error.")]
SideOpt = Annotated[
    Path | None, typer.Option(help="CSV keyed by DELIB_ID with the values documents never state.")
]


def _fail(error: DelibError) -> typer.Exit:
    typer.echo(error.one_line(), err=True)
    return typer.Exit(EXIT_UNUSABLE)


def _options(ocr: str) -> object:
    from delib_parse.sources.options import OcrMode, SourceOptions

    if ocr not in ("auto", "never", "force"):
        raise typer.BadParameter("choose auto, never or force", param_hint="--ocr")
    return SourceOptions(ocr=cast(OcrMode, ocr))


def _write(output: Path | None, text: str) -> None:
    from delib_parse.report.output import atomic_output

    if output is None:
        sys.stdout.write(text)
        return
    try:
        with atomic_output(output) as fh:
            fh.write(text)
    except OSError as exc:
        why = f"cannot write ({exc.strerror or exc})"
        raise _fail(OutputNotWritable(why, path=str(output))) from None


@scdl_app.command()
def export(
    paths: Annotated[list[str], typer.Argument(help="Documents and folders.", metavar="PATH")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the CSV to FILE, atomically.")
    ] = None,
    base_url: Annotated[
        str | None, typer.Option(help="DELIB_URL = this URL + the document's file name.")
    ] = None,
    side_table: SideOpt = None,
    extra_columns: Annotated[
        list[str],
        typer.Option(help="Add PUBLICATION_DATE, AFFICHAGE_DATE, ACTES_ID or DOCUMENT."),
    ] = [],  # noqa: B006
    config: ConfigOpt = None,
    ocr: OcrOpt = "auto",
    quiet: QuietOpt = False,
) -> None:
    """Write one SCDL row per deliberation read from the documents (CSV, UTF-8, schema order)."""
    from delib_parse.config import load_config
    from delib_parse.report.progress import ProgressReporter
    from delib_parse.scdl.export import export_rows
    from delib_parse.scdl.export import extra_columns as extras_of
    from delib_parse.scdl.records import file_results, text_lines
    from delib_parse.scdl.schema import load_schema
    from delib_parse.scdl.settings import scdl_settings
    from delib_parse.sources.options import SourceOptions

    options = cast(SourceOptions, _options(ocr))
    try:
        settings = scdl_settings(load_config(config), base_url=base_url, side_table=side_table)
        extras = extras_of(extra_columns)
        with ProgressReporter(False if quiet else None) as bar:
            result = export_rows(
                paths, load_schema(), settings, extras=extras, options=options, progress=bar
            )
    except DelibError as error:
        raise _fail(error) from None
    if not quiet:
        for line in text_lines(file_results(str(output or "-"), result.findings)):
            typer.echo(line, err=True)
    if not result.documents:
        raise _fail(UnreadableFile("no document (.pdf, .txt) under the paths given"))
    if not result.rows and result.findings and all(f.code == "T106" for f in result.findings):
        raise _fail(UnreadableFile("no document could be read (see the T106 lines above)"))
    _write(output, result.csv_text())
    if not quiet:
        typer.echo(
            f"{len(result.rows)} rows from {result.documents} documents"
            f"{f' written to {output}' if output else ''}; "
            f"{sum(1 for f in result.findings if f.code in ('T200', 'T201'))} notes on incomplete rows",
            err=True,
        )
    raise typer.Exit(EXIT_OK)


@scdl_app.command()
def check(
    table: Annotated[Path, typer.Argument(help="The SCDL table (CSV).", metavar="TABLE")],
    documents: Annotated[
        str | None, typer.Option(help="Folder of the documents the rows summarise.")
    ] = None,
    mapping: Annotated[
        Path | None, typer.Option(help="CSV of DELIB_ID,DOCUMENT when names do not match.")
    ] = None,
    format: Annotated[
        str, typer.Option("--format", "-f", help="text, json, jsonl, junit, sarif or github.")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to FILE, atomically.")
    ] = None,
    fail_on: Annotated[str, typer.Option(help="error, warning, info or never.")] = "error",
    select: Annotated[list[str], typer.Option(help="T codes, prefixes or names to report.")] = [],  # noqa: B006
    ignore: Annotated[list[str], typer.Option(help="T codes, prefixes or names to skip.")] = [],  # noqa: B006
    config: ConfigOpt = None,
    ocr: OcrOpt = "auto",
    quiet: QuietOpt = False,
) -> None:
    """Check a table against the SCDL schema and, with --documents, against its documents."""
    from delib_parse.batch.result import Summary
    from delib_parse.config import FAIL_ON, load_config
    from delib_parse.errors import UsageError
    from delib_parse.report.batch_text import summary_line
    from delib_parse.report.progress import ProgressReporter
    from delib_parse.report.registry import FORMATS, open_reporters
    from delib_parse.scdl.check import check_published
    from delib_parse.scdl.codes import selected
    from delib_parse.scdl.records import file_results
    from delib_parse.scdl.schema import load_schema
    from delib_parse.scdl.settings import scdl_settings
    from delib_parse.scdl.table import read_table
    from delib_parse.sources.options import SourceOptions

    if format not in FORMATS:
        raise typer.BadParameter("unknown value for --format", param_hint="--format")
    options = cast(SourceOptions, _options(ocr))
    try:
        if fail_on not in FAIL_ON:
            raise UsageError(f"--fail-on {fail_on!r}", hint="use " + ", ".join(FAIL_ON))
        codes = selected(select, ignore)
        settings = scdl_settings(load_config(config))
        with ProgressReporter(False if quiet else None) as bar:
            findings = check_published(
                read_table(table), load_schema(), documents=documents, settings=settings,
                mapping=mapping, options=options, progress=bar,
            )  # fmt: skip
        results = file_results(str(table), [f for f in findings if f.code in codes])
        summary = Summary(fail_on=fail_on)
        with open_reporters(format, output, fail_on=fail_on, progress=False) as sinks:
            for sink in sinks:
                sink.start(len(results))
            for result in results:
                summary.add(result)
                for sink in sinks:
                    sink.add(result)
            for sink in sinks:
                sink.finish(summary)
    except DelibError as error:
        raise _fail(error) from None
    except OSError as exc:
        why = f"cannot write ({exc.strerror or exc})"
        raise _fail(OutputNotWritable(why, path=str(output))) from None
    if not quiet and (format != "text" or output is not None):
        typer.echo(summary_line(summary), err=True)
    raise typer.Exit(summary.exit_code)


@scdl_app.command()
def fill(
    table: Annotated[Path, typer.Argument(help="The SCDL table (CSV).", metavar="TABLE")],
    documents: Annotated[str, typer.Option(help="Folder of the documents the rows summarise.")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the filled CSV to FILE, atomically."),
    ] = None,
    mapping: Annotated[
        Path | None, typer.Option(help="CSV of DELIB_ID,DOCUMENT when names do not match.")
    ] = None,
    config: ConfigOpt = None,
    ocr: OcrOpt = "auto",
    quiet: QuietOpt = False,
) -> None:
    """Fill the empty vote and PREF_DATE cells from the documents; stated cells stay as they are."""
    from delib_parse.config import load_config
    from delib_parse.report.progress import ProgressReporter
    from delib_parse.scdl.fill import fill_table
    from delib_parse.scdl.join import Library
    from delib_parse.scdl.records import file_results, text_lines
    from delib_parse.scdl.settings import scdl_settings
    from delib_parse.scdl.table import read_table
    from delib_parse.sources.options import SourceOptions

    options = cast(SourceOptions, _options(ocr))
    try:
        read = read_table(table)
        settings = scdl_settings(load_config(config))
        with ProgressReporter(False if quiet else None) as bar:
            lib = Library.read(documents, settings, mapping=mapping, options=options, progress=bar)
        result = fill_table(read, lib)
    except DelibError as error:
        raise _fail(error) from None
    if not quiet:
        for note in read.assumptions:
            typer.echo(f"{table}: T001 info: {note}; written as UTF-8 with commas", err=True)
        for line in text_lines(file_results(str(table), result.findings)):
            typer.echo(line, err=True)
    _write(output, result.csv_text())
    if not quiet:
        typer.echo(f"{result.cells} cells filled in {len(read.rows)} rows", err=True)
    raise typer.Exit(EXIT_OK)
