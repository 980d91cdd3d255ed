"""The progress bar of `delib check`: files done / total, rate, ETA — on standard error, and
only when standard error is a terminal (silent in CI logs, pipes and with --quiet); and the
status line of `delib parse` (page n/N of one long document), under the same terms.

A finding never shares the bar's line: when standard output is the same terminal, what is
written to it is printed above the bar (rich's redirect, which report/console.ReportConsole
writes through); when it is not (a pipe, a file), the two never meet."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from delib_parse.batch.result import FileResult, Summary
from delib_parse.report.safe import printable


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} files/s", style="progress.data.speed")


def same_terminal() -> bool:
    """Standard output and standard error are one terminal (the bar's line is shared)."""
    try:
        out, err = sys.stdout.fileno(), sys.stderr.fileno()
        return os.isatty(out) and os.path.samestat(os.fstat(out), os.fstat(err))
    except (AttributeError, OSError, ValueError):  # no real file behind them
        return False


class ProgressReporter:
    """A reporter that only moves a bar; put it first so it stops before the summary."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def start(self, total: int) -> None:
        if not self.enabled:
            return
        self.progress = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True, soft_wrap=True),  # a finding above the bar stays one line
            transient=True,
            redirect_stdout=same_terminal(),
            redirect_stderr=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("files", total=total)

    def add(self, result: FileResult) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.advance(self.task)

    def finish(self, summary: Summary) -> None:
        self.close()

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def __enter__(self) -> ProgressReporter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ParseProgress:
    """One status line for `delib parse` while a document is read: `extract.pdf: OCR page 3/12
    (41 s)`, on standard error and only when it is a terminal (never in a pipe, a file or a
    CI log). The line is rewritten in place and cleared when the document is done, before
    anything is printed on standard output, so it never shares a line with the output."""

    def __init__(
        self, label: str, enabled: bool | None = None, stream: TextIO | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.label = label
        self.start = time.monotonic()
        self.drawn = False

    @property
    def callback(self) -> Callable[[str, int, int], None] | None:
        """What to give `api.parse_file_bounded(on_progress=…)`: None when disabled, so that
        the child does not even send its steps."""
        return self.update if self.enabled else None

    def update(self, stage: str, done: int, total: int) -> None:
        step = f"{stage} {done}/{total}" if total else stage
        elapsed = int(time.monotonic() - self.start)
        # Control characters in a file name would move the cursor: shown escaped, by the
        # reports' one rule (report/safe.py; accented names stay as they are).
        self._write(f"\r\x1b[K{printable(self.label)}: {step} ({elapsed} s)")
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self._write("\r\x1b[K")
            self.drawn = False

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: progress is not worth an error
            self.enabled = False

    def __enter__(self) -> ParseProgress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
