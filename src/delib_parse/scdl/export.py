"""`delib scdl export`: one SCDL row per deliberation read from the documents.

UTF-8, comma-separated, the schema's columns in its order (then the extra columns asked for),
ISO dates. A row that cannot be complete says why: T200 for the required cells neither the
document nor the configuration gives, T201 when the vote columns are left empty.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from delib_parse.batch.result import Reporter
from delib_parse.errors import UsageError
from delib_parse.scdl.checks import check_table
from delib_parse.scdl.documents import read_documents
from delib_parse.scdl.findings import TableFinding
from delib_parse.scdl.rows import EXTRA_COLUMNS, DocRow, document_rows
from delib_parse.scdl.schema import TableSchema
from delib_parse.scdl.settings import ScdlSettings
from delib_parse.scdl.table import parse_table
from delib_parse.sources.options import SourceOptions


@dataclass(slots=True)
class Export:
    columns: list[str]
    rows: list[DocRow] = field(default_factory=list)
    findings: list[TableFinding] = field(default_factory=list)
    documents: int = 0

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow([row.values.get(c, "") for c in self.columns])
        return out.getvalue()


def extra_columns(names: Sequence[str]) -> list[str]:
    out = [n.strip().upper() for name in names for n in name.split(",") if n.strip()]
    for name in out:
        if name not in EXTRA_COLUMNS:
            raise UsageError(
                f"unknown extra column {name!r}", hint="choose among " + ", ".join(EXTRA_COLUMNS)
            )
    return out


def row_findings(row: DocRow, line: int, schema: TableSchema) -> Iterable[TableFinding]:
    missing = [f.name for f in schema.fields if f.required and not row.values.get(f.name)]
    if missing:
        yield TableFinding(
            "T200",
            f"DELIB_ID {row.values['DELIB_ID']}: {', '.join(missing)} empty: not stated in {row.path} "
            "(give them in [tool.delib.scdl] or the side table)",
            line=line,
            document=row.path,
            at=row.location,
        )
    if row.why_no_vote:
        yield TableFinding(
            "T201",
            f"DELIB_ID {row.values['DELIB_ID']}: vote columns left empty: {row.why_no_vote}",
            line=line,
            column="VOTE_EFFECTIF",
            document=row.path,
            at=row.location,
        )


def export_rows(
    paths: Iterable[str],
    schema: TableSchema,
    settings: ScdlSettings,
    *,
    extras: Sequence[str] = (),
    options: SourceOptions | None = None,
    progress: Reporter | None = None,
) -> Export:
    result = Export(columns=[*schema.columns, *extras])
    ranks: Counter[str] = Counter()
    for read in read_documents(paths, options, progress):
        result.documents += 1
        if read.document is None:
            if read.finding:
                result.findings.append(read.finding)
            continue
        for row in document_rows(read.document, read.path, settings, ranks):
            result.rows.append(row)
            result.findings.extend(row_findings(row, len(result.rows) + 1, schema))
    # The rows against the schema too: a configured value can break it (a SIRET's key, a
    # members-in-office below the voters). Empty required cells are already said by T200.
    written = parse_table(result.csv_text().encode("utf-8"), "export")
    result.findings.extend(
        f for f in check_table(written, schema) if f.code not in ("T004", "T003")
    )
    return result
