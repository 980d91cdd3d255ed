"""SCDL findings as the batch records every `delib check` format is built from: the table is
one file record (its findings at the table's lines), and each document a row was compared with
is another (its findings at the document's page and line, naming the table's row)."""

from __future__ import annotations

from collections.abc import Iterable

from delib_parse.batch.result import FileResult, FindingRecord
from delib_parse.scdl.findings import TableFinding


def _record(f: TableFinding, table: str) -> FindingRecord:
    if f.document is not None and f.at is not None:
        where = f"{table}:{f.line}: " if f.line is not None else ""
        return FindingRecord(
            code=f.code, rule=f.rule, severity=f.severity, message=where + f.message,
            page=f.at.page, line=f.at.line, file_line=f.at.file_line,
        )  # fmt: skip
    return FindingRecord(
        code=f.code, rule=f.rule, severity=f.severity, message=f.message,
        line=f.line, file_line=f.line,
    )  # fmt: skip


def file_results(table: str, findings: Iterable[TableFinding]) -> list[FileResult]:
    """The table's record first, then one per document, in the order first met."""
    own: list[FindingRecord] = []
    by_document: dict[str, list[FindingRecord]] = {}
    for f in findings:
        if f.document is not None and f.at is not None:
            by_document.setdefault(f.document, []).append(_record(f, table))
        else:
            own.append(_record(f, table))
    results = [FileResult(index=0, path=table, status="ok", findings=tuple(own))]
    for i, (path, records) in enumerate(by_document.items(), start=1):
        results.append(FileResult(index=i, path=path, status="ok", findings=tuple(records)))
    return results


def text_lines(results: Iterable[FileResult]) -> list[str]:
    """`path:page:line: CODE severity: message (rule)`, as `delib check` prints them."""
    out = []
    for result in results:
        for f in result.findings:
            page = "-" if f.page is None else f.page
            line = "-" if f.line is None else f.line
            out.append(
                f"{result.path}:{page}:{line}: {f.code} {f.severity}: {f.message} ({f.rule})"
            )
    return out
