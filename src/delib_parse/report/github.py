"""`--format github`: GitHub Actions workflow commands, one annotation a line.

`::error file=minutes/2024-03.pdf,line=14,title=Q001 quorum-not-met::20 présents …`
GitHub shows them on the run's summary and, for files of the pull request, beside the line.
Findings without a line are put on line 1 so that every annotation names a file and a line.
"""

from __future__ import annotations

import re
from typing import TextIO

from delib_parse.batch.result import FileResult, Summary
from delib_parse.report.safe import escape_char
from delib_parse.report.sarif import relative_path

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


# Controls but CR and LF (the workflow commands' own escaping carries those), and what UTF-8
# cannot carry: written as report/safe.py says, so that no ESC reaches the log's terminal.
_UNSAFE = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _data(text: str) -> str:
    """The escaping of a workflow command's message (GitHub's toolkit `escapeData`): a newline
    in a file name or a message cannot end the command and start a forged one."""
    text = _UNSAFE.sub(lambda m: escape_char(m.group()), text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    """The escaping of a property value (`escapeProperty`): also `:` and `,`."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def artifact_path(path: str) -> str:
    """Relative to the working folder (the repository root in Actions), without './'."""
    return relative_path(path)


def annotation(level: str, path: str, line: int | None, title: str, message: str) -> str:
    props = f"file={_prop(artifact_path(path))},line={line or 1},title={_prop(title)}"
    return f"::{level} {props}::{_data(message)}"


class GithubReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, total: int) -> None:
        pass

    def add(self, result: FileResult) -> None:
        lines = []
        if result.error is not None:
            e = result.error
            text = e.message + (f" ({e.hint})" if e.hint else "")
            lines.append(annotation("error", result.path, 1, f"{e.code} unreadable file", text))
        for f in result.findings:
            where = f"page {f.page}, " if f.page is not None else ""
            where += f"line {f.line}" if f.line is not None else "no line"
            lines.append(
                annotation(
                    LEVEL[f.severity],
                    result.path,
                    f.editor_line,
                    f"{f.code} {f.rule}",
                    f"{f.message} ({where})",
                )
            )
        if lines:
            self.stream.write("\n".join(lines) + "\n")
            self.stream.flush()

    def finish(self, summary: Summary) -> None:
        pass
