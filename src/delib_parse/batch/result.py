"""The record every reporter is built from: one FileResult per file, plus the batch Summary.

These are plain, picklable values (they cross from the worker processes) and know nothing of
the pool or of the formats. A FileResult is small unless it carries the parsed document
(`document_json`, the JSON of the output contract), which only the json/jsonl formats ask for.
The document crosses as JSON text, not as a dict: the worker serialises it once, and the
parent unpickles one string and writes it as it is instead of rebuilding and re-encoding a
tree of dicts for every file (the parent competes with the workers for the CPU; its cost a
file fell to about a tenth: benchmarks/bench_report.py).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast

from delib_parse.errors import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE

Status = Literal["ok", "unreadable"]
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """Why a file could not be read: a stable E-code of delib_parse.errors and one line."""

    code: str
    message: str
    hint: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "hint": self.hint}


@dataclass(frozen=True, slots=True)
class FindingRecord:
    code: str
    rule: str
    severity: str
    message: str
    page: int | None = None
    line: int | None = None
    deliberation: int | None = None  # 0-based index in the document; None = whole document
    file_line: int | None = None  # text input: the line in the whole file (pages restart `line`)

    @property
    def editor_line(self) -> int | None:
        """The line an editor or a CI annotation points at: the file's own for text."""
        return self.file_line if self.file_line is not None else self.line

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "page": self.page,
            "line": self.line,
            "file_line": self.file_line,
            "deliberation": self.deliberation,
        }


@dataclass(frozen=True, slots=True)
class DeliberationRecord:
    index: int  # 0-based
    number: str | None
    title: str | None
    page: int | None
    line: int | None

    @property
    def label(self) -> str:
        parts = [f"deliberation {self.index + 1}"]
        if self.number:
            parts.append(f"n° {self.number}")
        if self.title:
            title = self.title if len(self.title) <= 80 else self.title[:79] + "…"
            parts.append(title)
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class FileResult:
    index: int  # position in the batch: results are reported in this order
    path: str
    status: Status
    error: ErrorInfo | None = None
    deliberations: tuple[DeliberationRecord, ...] = ()
    findings: tuple[FindingRecord, ...] = ()
    pages: int | None = None
    # The document's compact JSON (`delib parse --json`'s contract, no spaces), or None.
    document_json: str | None = None
    seconds: float = 0.0

    @property
    def document(self) -> dict[str, Any] | None:
        """The document as a dict (decoded on each call: the reporters write the text)."""
        return (
            None
            if self.document_json is None
            else cast(dict[str, Any], json.loads(self.document_json))
        )

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def findings_of(self, deliberation: int | None) -> list[FindingRecord]:
        return [f for f in self.findings if f.deliberation == deliberation]

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.findings)
        return {
            "deliberations": len(self.deliberations),
            "error": c["error"],
            "warning": c["warning"],
            "info": c["info"],
        }

    def as_dict(self) -> dict[str, Any]:
        """The record of the json and jsonl formats (stable keys)."""
        return {**self.head_dict(), "document": self.document}

    def head_dict(self) -> dict[str, Any]:
        """The record without its last key, `document`: what a reporter encodes before it
        appends the document's JSON text as it came from the worker."""
        return {
            "path": self.path,
            "status": self.status,
            "error": self.error.as_dict() if self.error else None,
            "counts": self.counts(),
            "findings": [f.as_dict() for f in self.findings],
        }


def unreadable(index: int, path: str, code: str, message: str, hint: str = "") -> FileResult:
    return FileResult(
        index=index, path=path, status="unreadable", error=ErrorInfo(code, message, hint)
    )


@dataclass(slots=True)
class Summary:
    """Totals of a batch, added to as results stream by: its size does not grow with files
    read, only with the files that could not be read (kept to be listed)."""

    fail_on: str = "error"
    files: int = 0
    read: int = 0
    deliberations: int = 0
    findings: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # code, rule, sev
    unreadable: list[tuple[str, ErrorInfo]] = field(default_factory=list)
    failing_files: int = 0
    seconds: float = 0.0

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.ok:
            self.read += 1
            self.deliberations += len(result.deliberations)
        elif result.error is not None:
            self.unreadable.append((result.path, result.error))
        for f in result.findings:
            self.findings[(f.code, f.rule, f.severity)] += 1
        if self.fails(result):
            self.failing_files += 1

    def fails(self, result: FileResult) -> bool:
        """Whether this file makes the batch fail: a finding at or above fail-on, or (when
        fail-on is not `never`) the file could not be read — an unreadable file is an error."""
        threshold = SEVERITY_RANK[self.fail_on]
        if not result.ok:
            return threshold <= SEVERITY_RANK["error"]
        return any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings)

    def by_severity(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for (_code, _rule, severity), n in self.findings.items():
            out[severity] += n
        return out

    @property
    def exit_code(self) -> int:
        """0 nothing at or above fail-on, 1 there is, 2 nothing could be read."""
        if self.read == 0:
            return EXIT_UNUSABLE
        return EXIT_FINDINGS if self.failing_files else EXIT_OK

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "read": self.read,
            "unreadable": len(self.unreadable),
            "deliberations": self.deliberations,
            "findings": self.by_severity(),
            "by_code": [
                {"code": code, "rule": rule, "severity": sev, "count": n}
                for (code, rule, sev), n in sorted(self.findings.items())
            ],
            "fail_on": self.fail_on,
            "failing_files": self.failing_files,
            "exit_code": self.exit_code,
        }

    def iter_codes(self) -> Iterator[tuple[str, str, dict[str, int]]]:
        """(code, rule, {severity: count}) sorted by code."""
        table: dict[tuple[str, str], dict[str, int]] = {}
        for (code, rule, sev), n in self.findings.items():
            row = table.setdefault((code, rule), {"error": 0, "warning": 0, "info": 0})
            row[sev] += n
        for (code, rule), row in sorted(table.items()):
            yield code, rule, row


class Reporter(Protocol):
    """What the batch hands its results to, in order: start, add per file, finish."""

    def start(self, total: int) -> None: ...

    def add(self, result: FileResult) -> None: ...

    def finish(self, summary: Summary) -> None: ...
