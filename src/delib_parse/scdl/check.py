"""`delib scdl check`: a published table against its schema and against its documents."""

from __future__ import annotations

from pathlib import Path

from delib_parse.batch.result import Reporter
from delib_parse.scdl.checks import check_table
from delib_parse.scdl.compare import compare_row
from delib_parse.scdl.findings import TableFinding
from delib_parse.scdl.join import Library, find
from delib_parse.scdl.schema import TableSchema
from delib_parse.scdl.settings import ScdlSettings
from delib_parse.scdl.table import Table
from delib_parse.sources.options import SourceOptions


def check_against_documents(table: Table, lib: Library) -> list[TableFinding]:
    out: list[TableFinding] = []
    for row in table.rows:
        match = find(row, lib)
        label = f"DELIB_ID {row.get('DELIB_ID') or '(empty)'}"
        if match.doc_row is not None:
            out.extend(compare_row(row, match.doc_row))
            continue
        read = lib.documents.get(match.path) if match.path else None
        if read is not None and read.finding is not None:
            out.append(
                TableFinding(
                    "T106", f"{label}: {match.path}: {read.finding.message}", line=row.line
                )
            )
        else:
            out.append(TableFinding("T100", f"{label}: {match.why_not}", line=row.line))
    return out


def check_published(
    table: Table,
    schema: TableSchema,
    *,
    documents: str | None = None,
    settings: ScdlSettings | None = None,
    mapping: Path | None = None,
    options: SourceOptions | None = None,
    progress: Reporter | None = None,
) -> list[TableFinding]:
    """The schema findings, then (with a documents folder) the row-against-document ones."""
    findings = check_table(table, schema)
    if documents is not None:
        lib = Library.read(
            documents,
            settings or ScdlSettings(),
            mapping=mapping,
            options=options,
            progress=progress,
        )
        findings.extend(check_against_documents(table, lib))
    return findings
