"""The rich Console of delib's text reports, with one change: when the reader of standard
output goes away (`delib check … | head -1`) it raises BrokenPipeError, as a plain write does,
instead of rich's own exit 1 — which `delib check` uses for "findings" — so that the command
line ends every broken pipe the same way (delib_parse.cli_errors.quiet_broken_pipe)."""

from __future__ import annotations

from rich.console import Console


class ReportConsole(Console):
    def on_broken_pipe(self) -> None:
        self.quiet = True  # nothing more to write anywhere
        raise BrokenPipeError("standard output was closed by its reader")
