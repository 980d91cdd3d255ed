"""The table against its schema: the header, each cell's constraints (required, type, pattern,
format) and the schema's custom checks, as the official validator (validata) runs them —
implemented here, in pure Python, from the parameters the schema file gives.

Like the validator, a custom check skips a row where one of its cells is empty (only the
cohesion check is about empty cells) or not of its type (the type error is reported once, by
T005). The one check the validator does not have, T016, names the common mistake behind most
sum failures: VOTE_REEL filled with the members present.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from delib_parse.scdl.findings import TableFinding
from delib_parse.scdl.schema import CustomCheck, TableSchema
from delib_parse.scdl.table import Row, Table

# The prefixes (matière, level 1) of the ACTES nomenclature, as the validator accepts them:
# case and accents ignored. Source: the validator's nomenclature-actes-value check, after the
# nomenclature of the préfectures (moselle.gouv.fr/content/download/1107/7994/file/nomenclature.pdf).
ACTES_MATIERES = (
    "Commande publique",
    "Urbanisme",
    "Domaine et patrimoine",
    "Fonction publique",
    "Institutions et vie politique",
    "Libertés publiques et pouvoirs de police",
    "Finances locales",
    "Domaines de compétences par thèmes",
    "Autres domaines de compétences",
)
LA_POSTE_SIREN = "356000000"  # its establishments' SIRETs do not follow the Luhn key
INTEGER = re.compile(r"[+-]?\d+")
URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+|[A-Za-z][A-Za-z0-9+.-]*:[^\s/]\S*")


def fold(text: str) -> str:
    """Lower case without accents: how the validator compares nomenclature names."""
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn"
    )


FOLDED_MATIERES = frozenset(fold(m) for m in ACTES_MATIERES)


def as_int(value: str) -> int | None:
    return int(value) if INTEGER.fullmatch(value) else None


def as_date(value: str) -> dt.date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def typed(value: str, type_: str) -> int | dt.date | str | None:
    """The cell as its type, or None when it is not of it."""
    if type_ == "integer":
        return as_int(value)
    if type_ == "date":
        return as_date(value)
    return value


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def siret_ok(siret: str) -> bool:
    if not re.fullmatch(r"\d{14}", siret):
        return False
    if siret.startswith(LA_POSTE_SIREN) and siret != LA_POSTE_SIREN + "00000":
        return sum(int(c) for c in siret) % 5 == 0
    return luhn_ok(siret)


def check_header(table: Table, schema: TableSchema) -> Iterator[TableFinding]:
    present = set(table.header)
    for column in schema.columns:
        if column not in present:
            yield TableFinding("T002", f"column {column} is missing", line=1, column=column)
    for column in table.header:
        if column not in schema.columns:
            yield TableFinding(
                "T003",
                f"column {column!r} is not in the SCDL schema {schema.version}",
                line=1,
                column=column,
            )
    for line_no, column in enumerate(table.header):
        if table.header.count(column) > 1 and table.header.index(column) == line_no:
            yield TableFinding("T003", f"column {column!r} appears twice", line=1, column=column)


def check_cells(row: Row, schema: TableSchema, header: list[str]) -> Iterator[TableFinding]:
    if row.width != len(header):
        yield TableFinding("T008", f"{row.width} cells for {len(header)} columns", line=row.line)
    for f in schema.fields:
        if f.name not in header:
            continue  # the column is missing: said once, by T002
        value = row.get(f.name)
        if not value:
            if f.required:
                yield TableFinding("T004", f"{f.name} is required", line=row.line, column=f.name)
            continue
        if typed(value, f.type) is None:
            what = "an integer" if f.type == "integer" else "an ISO date (AAAA-MM-JJ)"
            yield TableFinding(
                "T005", f"{f.name} {value!r} is not {what}", line=row.line, column=f.name
            )
            continue
        if f.pattern and not re.fullmatch(f.pattern.removeprefix("^").removesuffix("$"), value):
            yield TableFinding(
                "T006",
                f"{f.name} {value!r} does not match {f.pattern}",
                line=row.line,
                column=f.name,
            )
        if f.format == "uri" and not URI.fullmatch(value):
            yield TableFinding(
                "T007", f"{f.name} {value!r} is not an absolute URI", line=row.line, column=f.name
            )


CheckFn = Callable[[CustomCheck, Row, TableSchema], Iterator[TableFinding]]


def _values(row: Row, schema: TableSchema, columns: tuple[str, ...]) -> list[object] | None:
    """The typed values of columns, or None when one is empty or not of its type (skipped)."""
    out: list[object] = []
    for column in columns:
        value = row.get(column)
        if not value:
            return None
        v = typed(value, schema.field(column).type) if column in schema.columns else value
        if v is None:
            return None
        out.append(v)
    return out


def _at(check: CustomCheck, row: Row, code: str, message: str) -> TableFinding:
    """A finding on the row's cell of the check's column."""
    return TableFinding(code, message, line=row.line, column=check.column)


def french_siret(check: CustomCheck, row: Row, schema: TableSchema) -> Iterator[TableFinding]:
    value = row.get(check.column)
    if value and not siret_ok(value):
        yield _at(
            check, row, "T010", f"{check.column} {value!r} is not a valid SIRET (check digit)"
        )


def year_interval(check: CustomCheck, row: Row, schema: TableSchema) -> Iterator[TableFinding]:
    value = row.get(check.column)
    if not value:
        return
    allow_year = str(check.params.get("allow-year-only", "no")) == "yes"
    m = re.fullmatch(r"(\d{4})(?:/(\d{4}))?", value)
    if m is None or (m.group(2) is None and not allow_year):
        yield _at(check, row, "T011", f"{check.column} {value!r} is not AAAA or AAAA/AAAA")
    elif m.group(2) is not None and int(m.group(1)) >= int(m.group(2)):
        yield _at(
            check,
            row,
            "T011",
            f"{check.column} {value!r}: the first year must come before the second",
        )


def cohesive(check: CustomCheck, row: Row, schema: TableSchema) -> Iterator[TableFinding]:
    columns = (check.column, *check.columns("othercolumns"))
    filled = [c for c in columns if row.get(c)]
    if filled and len(filled) != len(columns):
        empty = [c for c in columns if not row.get(c)]
        yield _at(
            check,
            row,
            "T012",
            f"{', '.join(filled)} filled but {', '.join(empty)} empty (all or none)",
        )


# The comparison operators a compare-columns-value check may name.
OPS: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}


def compare(check: CustomCheck, row: Row, schema: TableSchema) -> Iterator[TableFinding]:
    other = str(check.params["column2"])
    op = str(check.params["op"])
    values = _values(row, schema, (check.column, other))
    if values is None or op not in OPS:
        return
    a, b = values
    if not OPS[op](a, b):
        yield _at(
            check,
            row,
            "T013",
            f"{check.column} {row.get(check.column)} {op} {other} {row.get(other)} is false",
        )


def sum_columns(check: CustomCheck, row: Row, schema: TableSchema) -> Iterator[TableFinding]:
    parts = check.columns("columns")
    values = _values(row, schema, (check.column, *parts))
    if values is None:
        return
    total, *terms = (int(str(v)) for v in values)
    if total != sum(terms):
        shown = " + ".join(f"{c} {row.get(c)}" for c in parts)
        yield _at(check, row, "T014", f"{check.column} is {total}, {shown} = {sum(terms)}")


def nomenclature(check: CustomCheck, row: Row, schema: TableSchema) -> Iterator[TableFinding]:
    value = row.get(check.column)
    if not value:
        return
    if "/" not in value:
        why = "the slash '/' between matière and sous-matière is missing"
    else:
        prefix = value[: value.find("/")]
        if fold(prefix) in FOLDED_MATIERES and "/ " not in value:
            return
        if fold(prefix.rstrip()) in FOLDED_MATIERES or "/ " in value:
            why = "no space before or after the slash"
        else:
            why = f"{prefix!r} is not a matière of the ACTES nomenclature"
    yield TableFinding(
        "T015", f"{check.column} {value!r}: {why}", line=row.line, column=check.column
    )


CUSTOM: dict[str, CheckFn] = {
    "french-siret-value": french_siret,
    "year-interval-value": year_interval,
    "cohesive-columns-value": cohesive,
    "compare-columns-value": compare,
    "sum-columns-value": sum_columns,
    "nomenclature-actes-value": nomenclature,
}


def vote_reel_holds_present(row: Row) -> Iterator[TableFinding]:
    """The pattern of hand-filled tables: VOTE_REEL below pour + contre + abstention. Votes
    cast can outnumber the members in the room only through proxies, so a VOTE_REEL that falls
    short of the votes holds the members present, the proxies left out."""
    reel, yes = as_int(row.get("VOTE_REEL")), as_int(row.get("VOTE_POUR"))
    no, abstain = as_int(row.get("VOTE_CONTRE")), as_int(row.get("VOTE_ABSTENTION"))
    if reel is None or yes is None or no is None or abstain is None:
        return
    if reel < yes + no + abstain:
        yield TableFinding(
            "T016",
            f"VOTE_REEL {reel} is fewer than the {yes + no + abstain} votes cast: it looks like "
            "the members present; VOTE_REEL is pour + contre + abstention",
            line=row.line,
            column="VOTE_REEL",
        )


def check_table(table: Table, schema: TableSchema) -> list[TableFinding]:
    """Every schema finding of the table, in row order (header first)."""
    out: list[TableFinding] = []
    if table.assumptions:
        out.append(TableFinding("T001", "; ".join(table.assumptions)))
    out.extend(check_header(table, schema))
    for row in table.rows:
        out.extend(check_cells(row, schema, table.header))
        for check in schema.custom_checks:
            fn = CUSTOM.get(check.name)
            if fn is not None and check.column in table.header:
                out.extend(fn(check, row, schema))
        out.extend(vote_reel_holds_present(row))
    ids = Counter(row.get("DELIB_ID") for row in table.rows if row.get("DELIB_ID"))
    seen: set[str] = set()
    for row in table.rows:
        delib_id = row.get("DELIB_ID")
        if ids[delib_id] > 1 and delib_id not in seen:
            seen.add(delib_id)
            out.append(
                TableFinding(
                    "T017",
                    f"DELIB_ID {delib_id!r} is on {ids[delib_id]} rows",
                    line=row.line,
                    column="DELIB_ID",
                )
            )
    return out


def counts_by_check(findings: list[TableFinding]) -> dict[str, int]:
    """code -> number of findings: what the tests compare with the validator's report."""
    return dict(Counter(f.code for f in findings))
