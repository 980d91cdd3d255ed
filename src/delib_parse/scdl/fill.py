"""`delib scdl fill`: the empty vote and PREF_DATE cells of a published table, completed from
the documents; every stated cell is left as it was (byte for byte, surrounding spaces too).

The vote columns are filled together or not at all (the schema's cohesion rule), only from a
complete tally, and not where a stated vote cell disagrees with the document — mixing the two
would make a row that adds up to nothing; `delib scdl check` reports the disagreement.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from delib_parse.scdl.findings import TableFinding
from delib_parse.scdl.join import Library, find
from delib_parse.scdl.rows import VOTE_COLUMNS, DocRow
from delib_parse.scdl.table import Row, Table

FILLABLE = (*VOTE_COLUMNS, "PREF_DATE")


@dataclass(slots=True)
class Filled:
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    findings: list[TableFinding] = field(default_factory=list)
    cells: int = 0  # cells filled

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return out.getvalue()


def _vote_cells(row: Row, doc: DocRow) -> tuple[dict[str, str], str]:
    """The vote cells to fill, or none and why."""
    empty = [c for c in VOTE_COLUMNS if not row.get(c)]
    if not empty:
        return {}, ""
    if not doc.counted:
        return {}, doc.why_no_vote or "the document states no complete tally"
    theirs = {**doc.counted}
    effectif = row.get("VOTE_EFFECTIF") or doc.values.get("VOTE_EFFECTIF", "")
    if not effectif:
        return (
            {},
            "the members in office are neither in the row nor in the document (set members-in-office)",
        )
    theirs["VOTE_EFFECTIF"] = effectif
    for column in VOTE_COLUMNS:
        mine = row.get(column)
        if mine and column in doc.counted and mine != doc.counted[column]:
            return (
                {},
                f"the row's {column} {mine} differs from the document's {doc.counted[column]} (see delib scdl check)",
            )
    return {c: theirs[c] for c in empty}, ""


def fill_table(table: Table, lib: Library) -> Filled:
    result = Filled(header=list(table.header))
    for row in table.rows:
        cells = list(row.raw) + [""] * (len(table.header) - len(row.raw))
        wanted = [c for c in FILLABLE if c in table.header and not row.get(c)]
        if not wanted:
            result.rows.append(cells)
            continue
        label = f"DELIB_ID {row.get('DELIB_ID') or '(empty)'}"
        match = find(row, lib)
        doc = match.doc_row
        if doc is None:
            why = match.why_not or f"{match.path} could not be read"
            result.findings.append(
                TableFinding(
                    "T301", f"{label}: {', '.join(wanted)} left empty: {why}", line=row.line
                )
            )
            result.rows.append(cells)
            continue
        fills, why_not = _vote_cells(row, doc)
        if "PREF_DATE" in wanted and doc.values.get("PREF_DATE"):
            fills["PREF_DATE"] = doc.values["PREF_DATE"]
        fills = {c: v for c, v in fills.items() if c in table.header}
        for column, value in fills.items():
            cells[table.header.index(column)] = value
        result.cells += len(fills)
        if fills:
            shown = ", ".join(f"{c} {v}" for c, v in fills.items())
            result.findings.append(
                TableFinding(
                    "T300",
                    f"{label}: filled {shown}",
                    line=row.line,
                    column=next(iter(fills)),
                    document=doc.path,
                    at=doc.at(next(iter(fills))),
                )
            )
        left = [c for c in wanted if c not in fills]
        if left:
            reason = (
                why_not
                if any(c in VOTE_COLUMNS for c in left) and why_not
                else "the document does not state it"
            )
            result.findings.append(
                TableFinding(
                    "T301",
                    f"{label}: {', '.join(left)} left empty: {reason}",
                    line=row.line,
                    document=doc.path,
                    at=doc.location,
                )
            )
        result.rows.append(cells)
    return result
