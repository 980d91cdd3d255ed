"""The rich Console of delib's text reports, with two changes.

- When the reader of standard output goes away (`delib check … | head -1`) it raises
  BrokenPipeError, as a plain write does, instead of rich's own exit 1 — which `delib check`
  uses for "findings" — so that the command line ends every broken pipe the same way
  (delib_parse.cli_errors.quiet_broken_pipe).
- It writes to standard output as it is at each write, even when the progress bar has put a
  proxy there (report/progress.py, when standard output is the bar's terminal): rich's own
  Console looks through the proxy and would print a finding on the line the bar is drawn on;
  through it, the finding goes above the bar.
"""

from __future__ import annotations

import sys
from typing import IO

from rich.console import Console


class ReportConsole(Console):
    @property
    def file(self) -> IO[str]:
        return self._file or (sys.stderr if self.stderr else sys.stdout)

    @file.setter
    def file(self, new_file: IO[str]) -> None:
        self._file = new_file

    def on_broken_pipe(self) -> None:
        self.quiet = True  # nothing more to write anywhere
        raise BrokenPipeError("standard output was closed by its reader")
