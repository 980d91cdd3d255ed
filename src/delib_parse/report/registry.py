"""The batch report formats, by name. Every format is built from the same FileResult records
(delib_parse.batch.result), streamed in the batch's order."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from delib_parse.batch.result import Reporter


def _text(stream: TextIO | None, fail_on: str, summary: bool) -> Reporter:
    from delib_parse.report.batch_text import TextReporter

    return TextReporter(stream, summary=summary)


def _json(stream: TextIO | None, fail_on: str, summary: bool) -> Reporter:
    from delib_parse.report.batch_json import JsonReporter

    return JsonReporter(stream or sys.stdout)


def _jsonl(stream: TextIO | None, fail_on: str, summary: bool) -> Reporter:
    from delib_parse.report.batch_json import JsonlReporter

    return JsonlReporter(stream or sys.stdout)


def _junit(stream: TextIO | None, fail_on: str, summary: bool) -> Reporter:
    from delib_parse.report.junit import JunitReporter

    return JunitReporter(stream or sys.stdout, fail_on=fail_on)


def _sarif(stream: TextIO | None, fail_on: str, summary: bool) -> Reporter:
    from delib_parse.report.sarif import SarifReporter

    return SarifReporter(stream or sys.stdout)


def _github(stream: TextIO | None, fail_on: str, summary: bool) -> Reporter:
    from delib_parse.report.github import GithubReporter

    return GithubReporter(stream or sys.stdout)


# Format name -> what makes its reporter (stream, fail_on, summary); each imports its module
# only when chosen. Adding a format = a module in this package + one entry here.
_REPORTERS: dict[str, Callable[[TextIO | None, str, bool], Reporter]] = {
    "text": _text,
    "json": _json,
    "jsonl": _jsonl,
    "junit": _junit,
    "sarif": _sarif,
    "github": _github,
}
FORMATS: tuple[str, ...] = tuple(_REPORTERS)
MACHINE_FORMATS = frozenset(FORMATS) - {"text"}  # stdout carries only the payload
WITH_DOCUMENTS = frozenset({"json", "jsonl"})  # formats that carry each parsed document


def make_reporter(
    fmt: str, stream: TextIO | None, *, fail_on: str = "error", summary: bool = True
) -> Reporter:
    """A reporter writing `fmt` to stream (None: standard output, looked up at each write);
    summary False: the text format prints its findings only (--quiet)."""
    try:
        factory = _REPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return factory(stream, fail_on, summary)


@contextmanager
def open_reporters(
    fmt: str,
    output: str | Path | None,
    *,
    fail_on: str = "error",
    progress: bool | None = None,
    summary: bool = True,
) -> Iterator[list[Reporter]]:
    """The progress bar (first, so it is gone before the summary) and the format's reporter,
    writing to `output` atomically or to standard output. `progress` None = when stderr is a
    terminal; summary False = findings only (--quiet)."""
    from delib_parse.report.output import report_output
    from delib_parse.report.progress import ProgressReporter

    with ProgressReporter(progress) as bar, report_output(output) as stream:
        stream_or_stdout = None if output is None else stream
        yield [bar, make_reporter(fmt, stream_or_stdout, fail_on=fail_on, summary=summary)]
