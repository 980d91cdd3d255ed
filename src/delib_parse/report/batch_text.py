"""`--format text` (the default): one line per finding or unreadable file as results come,
then a summary — files read, deliberations found, findings by code and severity, the files
that could not be read. Only totals are kept, so memory stays flat."""

from __future__ import annotations

from typing import TextIO

from rich.table import Table

from delib_parse.batch.result import FileResult, FindingRecord, Summary
from delib_parse.report.console import ReportConsole
from delib_parse.report.safe import shown

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class TextReporter:
    def __init__(
        self, stream: TextIO | None = None, *, color: bool | None = None, summary: bool = True
    ) -> None:
        # stream None = standard output looked up at each write, so that a progress bar that
        # redirects it keeps the lines above the bar.
        self.console = ReportConsole(
            file=stream,
            highlight=False,
            no_color=color is False,
            force_terminal=color or None,
            soft_wrap=True,
        )
        self.summary = summary  # False (--quiet): the findings only

    def start(self, total: int) -> None:
        pass

    def add(self, result: FileResult) -> None:
        path = shown(result.path)
        if result.error is not None:
            e = result.error
            hint = f" ({shown(e.hint)})" if e.hint else ""
            self.console.print(
                f"{path}: [bold red]{e.code}[/] cannot be read: {shown(e.message)}{hint}"
            )
        for f in result.findings:
            self.console.print(
                f"{path}:{location(f)} [{STYLE[f.severity]}]{f.code}[/] {f.severity}: "
                f"{shown(f.message)} [dim]({f.rule}{page_note(f, result.pages)})[/]"
            )

    def finish(self, summary: Summary) -> None:
        if not self.summary:
            return
        c = self.console
        by_sev = summary.by_severity()
        rate = summary.files / summary.seconds if summary.seconds > 0 else 0.0
        totals = Table(title="delib check", title_justify="left", show_header=False)
        totals.add_column("what")
        totals.add_column("count", justify="right")
        totals.add_row("files", str(summary.files))
        totals.add_row("files read", str(summary.read))
        totals.add_row(
            "files that could not be read",
            f"[bold red]{len(summary.unreadable)}[/]" if summary.unreadable else "0",
        )
        totals.add_row("deliberations found", str(summary.deliberations))
        for sev in ("error", "warning", "info"):
            n = by_sev[sev]
            totals.add_row(f"{sev} findings", f"[{STYLE[sev]}]{n}[/]" if n else "0")
        totals.add_row("time", f"{summary.seconds:.1f} s ({rate:.1f} files/s)")
        c.print()
        c.print(totals)
        codes = list(summary.iter_codes())
        if codes:
            table = Table(title="Findings by code", title_justify="left")
            for col in ("code", "rule", "error", "warning", "info"):
                table.add_column(col, justify="right" if col in STYLE else "left")
            for code, rule, row in codes:
                table.add_row(
                    code, rule, *(str(row[s] or "") for s in ("error", "warning", "info"))
                )
            c.print(table)
        if summary.unreadable:
            table = Table(title="Files that could not be read", title_justify="left")
            for col in ("file", "code", "why"):
                table.add_column(col, overflow="fold")
            for path, e in summary.unreadable:
                table.add_row(shown(path), e.code, shown(e.message))
            c.print(table)
        if summary.read == 0:
            verdict = "[bold red]no file could be read[/] (exit 2)"
        elif summary.failing_files:
            verdict = (
                f"[bold red]{summary.failing_files} file(s) with findings at or above "
                f"{summary.fail_on}[/] (exit 1)"
            )
        else:
            verdict = f"[green]no finding at or above {summary.fail_on}[/] (exit 0)"
        c.print(verdict)


def location(f: FindingRecord) -> str:
    """`12:1:` — line and column as compilers print them, the line counted in the file for
    text (`file_line`), in its page for a PDF; empty for a finding about the whole file. Findings
    carry no column: 1, the start of the line."""
    line = f.editor_line
    return "" if line is None else f"{line}:1:"


def page_note(f: FindingRecord, pages: int | None) -> str:
    """`, page 2` where the page says more than the line: a PDF's line counts in its page;
    a text file of several pages (form feeds)."""
    if f.page is None:
        return ""
    if f.file_line is None or f.line is None or (pages or 1) > 1:
        return f", page {f.page}"
    return ""


def summary_line(summary: Summary) -> str:
    """One plain line for stderr under a machine format."""
    s = summary.by_severity()
    return (
        f"delib check: {summary.files} files, {summary.read} read, "
        f"{len(summary.unreadable)} unreadable, {summary.deliberations} deliberations, "
        f"{s['error']} errors, {s['warning']} warnings, {s['info']} info "
        f"in {summary.seconds:.1f} s; exit {summary.exit_code}"
    )
