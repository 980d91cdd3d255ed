"""The `delib` command: a thin typer layer over the library API (STYLE.md habit 9).

Commands parse options, call the library, hand results to a reporter and return an exit
code. Exit status: 0 read (and, with --strict, no error finding), 1 error findings with
--strict, 2 the input could not be used.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer
from typer._completion_classes import completion_init  # typer has no public name for it

from delib_parse.cli_errors import DelibGroup, check_choice, show_version
from delib_parse.errors import (
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_UNUSABLE,
    DelibError,
    InternalError,
    OutputNotWritable,
    UsageError,
)

if TYPE_CHECKING:
    from delib_parse.rules.runner import RuleSelection

app = typer.Typer(
    name="delib",
    cls=DelibGroup,
    help="Read French deliberation extracts (PDF or text) into checked, structured data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# Shell completion answers through click's environment protocol (`_DELIB_COMPLETE=complete_bash`
# and the like, the scripts `delib completion SHELL` prints): typer registers the shells'
# completion classes only with its own --install-completion options, which would add two
# options to `delib --help` and write to the user's shell files; `delib completion` prints.
completion_init()
SHELLS = ("bash", "zsh", "fish")


def _add_subcommands() -> None:
    from delib_parse.cli_scdl import scdl_app

    app.add_typer(scdl_app, name="scdl")


_add_subcommands()


def fail(error: DelibError) -> typer.Exit:
    typer.echo(error.one_line(), err=True)
    return typer.Exit(EXIT_UNUSABLE)


@app.callback()
def _delib(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=show_version, is_eager=True, help="Print delib's version."
        ),
    ] = False,
) -> None:
    pass


def _read_stdin() -> bytes:
    """Standard input, bounded like a file (E016 past the limit; E008 for a device)."""
    from delib_parse.sources import read_stream

    return read_stream(sys.stdin.buffer)


@app.command()
def parse(
    files: Annotated[
        list[str],
        typer.Argument(help="PDF or text files; - reads standard input.", metavar="FILE"),
    ],
    json_out: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the JSON of the output contract (an array for 2+ files)."
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the JSON to FILE (whole or not at all)."),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Exit 1 when there is an error finding.")] = False,
    extractor: Annotated[
        str, typer.Option(help="PDF text extractor: pdfium or pdfplumber.")
    ] = "pdfium",
    ocr: Annotated[
        str, typer.Option(help="OCR of image-only pages: auto, never or force.")
    ] = "auto",
    max_pages: Annotated[int, typer.Option(help="Refuse PDFs with more pages.")] = 2000,
    timeout: Annotated[float, typer.Option(help="Seconds allowed for one document.")] = 300.0,
    jobs: Annotated[int, typer.Option(help="Pages OCR'd in parallel (0: one per CPU).", min=0)] = 0,
    config: Annotated[
        Path | None,
        typer.Option(help="Config file (default: found upward from each file)."),
    ] = None,
) -> None:
    """Parse extracts and print their sitting, attendance, vote, lists and findings."""
    from delib_parse import api
    from delib_parse.model.document import Document
    from delib_parse.report.jsonout import document_json, documents_json, write_atomic
    from delib_parse.report.progress import ParseProgress
    from delib_parse.sources.options import Extractor, OcrMode, SourceOptions

    check_choice("--extractor", extractor, ("pdfium", "pdfplumber"))
    check_choice("--ocr", ocr, ("auto", "never", "force"))
    if not (math.isfinite(timeout) and timeout > 0):
        # nan compares false with everything and inf never fires: neither is a limit.
        raise fail(
            UsageError("--timeout must be a positive number of seconds", hint="e.g. --timeout 60")
        )
    options = SourceOptions(
        extractor=cast(Extractor, extractor),
        ocr=cast(OcrMode, ocr),
        max_pages=max_pages,
        timeout=timeout,
        jobs=jobs,
    )
    docs: list[Document | None] = []  # None: that file could not be read (said on stderr)
    for file in files:
        try:
            # A status line (page n/N, OCR) on stderr when it is a terminal; cleared before
            # anything else is written.
            with ParseProgress(file) as progress:
                selection = _file_selection(config, file)
                if file == "-":
                    doc = api.parse_bytes_bounded(
                        _read_stdin(), options=options, selection=selection,
                        on_progress=progress.callback,
                    )  # fmt: skip
                else:
                    # In a child process: --timeout holds for every stage, C calls included.
                    doc = api.parse_file_bounded(
                        file, options=options, selection=selection,
                        on_progress=progress.callback,
                    )  # fmt: skip
            docs.append(doc)
        except DelibError as error:
            if len(files) == 1:
                raise fail(error) from None
            typer.echo(error.one_line(), err=True)  # the other files are still read
            docs.append(None)
    read = [doc for doc in docs if doc is not None]
    payload = document_json(read[0]) if len(files) == 1 else documents_json(docs)
    if output is not None:
        try:
            write_atomic(output, payload + "\n")
        except OSError as exc:
            why = f"cannot write ({exc.strerror or exc})"
            raise fail(OutputNotWritable(why, path=str(output))) from None
    if json_out:
        sys.stdout.write(payload + "\n")
    elif output is None:
        from delib_parse.report.text import print_document

        for doc in read:
            print_document(doc)
    errors = [f for doc in read for f in doc.all_findings() if f.severity == "error"]
    if len(read) < len(docs):
        raise typer.Exit(EXIT_UNUSABLE)
    raise typer.Exit(EXIT_FINDINGS if strict and errors else EXIT_OK)


def _file_selection(config: Path | None, file: str) -> RuleSelection:
    """The rules of one parsed file: its `[tool.delib]` select, ignore, severity and
    per-file-ignores, from --config or the configuration nearest to the file (each file
    its own, as ruff reads them; `-` from the current folder)."""
    from delib_parse.batch.settings import resolve_settings
    from delib_parse.config import load_config

    settings, _ = resolve_settings(load_config(config, paths=[file]), timeout=None)
    return settings.selection_for(os.path.abspath(file) if file != "-" else "-")


@app.command()
def normalize(
    file: Annotated[str, typer.Argument(help="PDF or text file; - reads standard input.")],
    locations: Annotated[bool, typer.Option(help="Prefix each line with page:line.")] = False,
) -> None:
    """Print the normalised text: what the parsers see."""
    from delib_parse import api
    from delib_parse.sources import load_bytes

    try:
        if file == "-":
            text = api.normalise_source(load_bytes(_read_stdin()))
        else:
            text = api.normalise_file(file)
    except DelibError as error:
        raise fail(error) from None
    if not locations:
        sys.stdout.write(text.text + "\n")
        return
    for line in text.map.lines:
        loc = line.locate(0)
        sys.stdout.write(f"{loc.page}:{loc.line}\t{line.text}\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of `delib parse --json`."""
    import json

    from delib_parse.model.document import Document

    sys.stdout.write(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def rules(
    code: Annotated[str | None, typer.Argument(help="Show one rule's documentation.")] = None,
) -> None:
    """List the rule catalogue, or document one rule (from the rules' own docstrings)."""
    from delib_parse.rules import all_rules

    catalogue = all_rules()
    if code is None:
        for rule in catalogue:
            typer.echo(f"{rule.code}  {rule.name:<38} {rule.severity:<8} {rule.summary}")
        return
    for rule in catalogue:
        if code.upper() == rule.code or code == rule.name:
            typer.echo(f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.doc}")
            return
    raise fail(UsageError(f"no rule {code!r}", hint="see `delib rules`"))


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files and folders (read recursively); - reads a list of paths on stdin.",
            metavar="PATH",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", "-f", help="text, json, jsonl, junit, sarif or github.")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to FILE, atomically.")
    ] = None,
    select: Annotated[list[str], typer.Option(help="Rule codes or prefixes (Q, V001).")] = [],  # noqa: B006
    ignore: Annotated[list[str], typer.Option(help="Rule codes or prefixes to skip.")] = [],  # noqa: B006
    severity: Annotated[list[str], typer.Option(help="CODE=level override.")] = [],  # noqa: B006
    fail_on: Annotated[
        str | None, typer.Option(help="error (default), warning, info or never.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes; 0 = CPUs.")] = 0,
    timeout: Annotated[float, typer.Option(help="Seconds allowed for one file.")] = 120.0,
    glob: Annotated[list[str], typer.Option(help="File names to read in folders.")] = [],  # noqa: B006
    exclude: Annotated[
        list[str], typer.Option(help="Glob of paths to skip in folders (adds to the config's).")
    ] = [],  # noqa: B006
    ocr: Annotated[str, typer.Option(help="OCR of image-only pages: auto, never, force.")] = "auto",
    config: Annotated[
        Path | None,
        typer.Option(help="Config file (default: found upward from the checked paths)."),
    ] = None,
    show_settings: Annotated[
        bool, typer.Option("--show-settings", help="Print the config file and settings; exit.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Findings only: no progress bar, no summary.")
    ] = False,
) -> None:
    """Check many extracts for CI. Exit 0 clean, 1 findings at or above --fail-on, 2 unusable."""
    from delib_parse.batch import DEFAULT_GLOBS, check_entries, discover, resolve_settings
    from delib_parse.batch.discover import with_listed_paths
    from delib_parse.batch.settings import describe
    from delib_parse.config import load_config
    from delib_parse.errors import OptionError
    from delib_parse.report.batch_text import summary_line
    from delib_parse.report.registry import FORMATS, WITH_DOCUMENTS, open_reporters
    from delib_parse.sources.options import OcrMode, SourceOptions

    check_choice("--format", format, FORMATS)
    check_choice("--ocr", ocr, ("auto", "never", "force"))
    paths = paths or []
    try:
        if not paths and not show_settings:
            # Optional for --show-settings only (then the current folder's settings).
            raise OptionError("missing argument PATH", hint="see `delib check --help`")
        if "-" in paths:
            # Bounded like any standard input; surrogateescape keeps any file name's bytes.
            listing = _read_stdin().decode("utf-8", errors="surrogateescape")
            paths = with_listed_paths(paths, listing)
        # The configuration nearest to the checked paths, as ruff finds it (--config wins).
        settings, warnings = resolve_settings(
            load_config(config, paths=paths), select=select, ignore=ignore, severity=severity,
            fail_on=fail_on, jobs=jobs, timeout=timeout,
            options=SourceOptions(ocr=cast(OcrMode, ocr)),
            include_documents=format in WITH_DOCUMENTS, exclude=exclude,
        )  # fmt: skip
        if show_settings:
            for line in describe(settings, glob):
                typer.echo(line)
            raise typer.Exit(EXIT_OK)
        entries = discover(paths, glob or DEFAULT_GLOBS, settings.exclude)
        for warning in warnings:
            typer.echo(warning, err=True)
        bar = False if quiet else None  # None: a bar when stderr is a terminal
        with open_reporters(
            format, output, fail_on=settings.fail_on, progress=bar, summary=not quiet
        ) as sinks:
            summary = check_entries(entries, settings, sinks)
    except DelibError as error:
        raise fail(error) from None
    except BrokenPipeError:
        raise  # standard output closed by its reader: the group ends quietly
    except OSError as exc:
        why = f"cannot write ({exc.strerror or exc})"
        raise fail(OutputNotWritable(why, path=str(output))) from None
    if not quiet and (format != "text" or output is not None):
        typer.echo(summary_line(summary), err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def completion(
    shell: Annotated[str, typer.Argument(help="bash, zsh or fish.", show_default=False)],
) -> None:
    """Print the shell completion script: eval "$(delib completion bash)" in ~/.bashrc."""
    from typer._completion_shared import get_completion_script

    check_choice("SHELL", shell, SHELLS)
    script = get_completion_script(prog_name="delib", complete_var="_DELIB_COMPLETE", shell=shell)
    sys.stdout.write(script + "\n")


def main() -> None:
    # pydantic scans every installed package's entry points for plugins when it builds the
    # first model (~20 ms of a cold start); the command uses none. Set here, before pydantic
    # is imported (this module does not import it), so that library users keep their plugins;
    # a value the user set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    from delib_parse.cli_errors import Terminated, stop_on_sigterm

    stop_on_sigterm()
    try:
        # The name completion scripts call and their environment variable (_DELIB_COMPLETE),
        # whatever the name it was started by (`python -m delib_parse.cli`).
        app(prog_name="delib", complete_var="_DELIB_COMPLETE")
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        typer.echo("terminated", err=True)
        sys.exit(EXIT_TERMINATED)
    except Exception as exc:  # a bug in delib: one line, not a traceback
        if os.environ.get("DELIB_DEBUG"):
            raise
        typer.echo(
            InternalError(f"internal error {type(exc).__name__}: {exc}").one_line(), err=True
        )
        sys.exit(EXIT_UNUSABLE)


if __name__ == "__main__":
    main()
