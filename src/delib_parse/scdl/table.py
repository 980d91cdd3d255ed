"""Reading an SCDL table as published: UTF-8 or cp1252, with or without a BOM, separated by
commas, semicolons or tabs. What had to be assumed is said (`Table.assumptions`), never hidden.

Line numbers are the file's physical lines (a quoted cell may span several): a row's `line` is
where it starts, which is what an editor, SARIF and GitHub annotations point at.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from delib_parse.errors import (
    BadTable,
    EmptyFile,
    FileNotFound,
    IsADirectory,
    PermissionDenied,
    UnknownEncoding,
)

SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # physical line (1-based) where the row starts
    cells: dict[str, str]  # column -> value, stripped; columns the row lacks are absent
    width: int  # number of cells the row has
    raw: tuple[str, ...] = ()  # the cells as written, unstripped: fill rewrites only the empty ones

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(slots=True)
class Table:
    path: str
    header: list[str]
    rows: list[Row]
    encoding: str = "utf-8"
    delimiter: str = ","
    bom: bool = False
    assumptions: list[str] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, had a BOM). UTF-8 first (strict): cp1252 bytes are almost never valid
    UTF-8, while any byte string is "valid" cp1252, so the order matters."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8", True
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", False
    except UnicodeDecodeError:
        raise UnknownEncoding("neither UTF-8 nor cp1252") from None


def sniff_delimiter(first_line: str) -> str:
    """The separator of the header: the candidate that occurs most often outside quotes."""
    counts = {sep: 0 for sep in SEPARATORS}
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else ","


def parse_table(data: bytes, path: str = "<table>") -> Table:
    try:
        text, encoding, bom = decode(data)
    except UnicodeDecodeError:
        raise UnknownEncoding("the BOM says UTF-8 but the bytes are not", path=path) from None
    except UnknownEncoding as error:
        error.path = path
        raise
    if not text.strip():
        raise EmptyFile("empty table", path=path, hint="give a CSV with a header line")
    first = text.splitlines()[0]
    delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    rows: list[Row] = []
    start = 1
    try:
        for cells in reader:
            if not header:
                header = [c.strip() for c in cells]
            elif any(c.strip() for c in cells):  # blank lines are no rows
                values = {name: cell.strip() for name, cell in zip(header, cells, strict=False)}
                rows.append(Row(line=start, cells=values, width=len(cells), raw=tuple(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise BadTable(f"not a CSV table at line {reader.line_num}: {exc}", path=path) from None
    table = Table(
        path=path, header=header, rows=rows, encoding=encoding, delimiter=delimiter, bom=bom
    )
    if encoding != "utf-8":
        table.assumptions.append(f"read as {encoding} (the bytes are not UTF-8)")
    if bom:
        table.assumptions.append("a UTF-8 byte order mark was skipped")
    if delimiter != ",":
        table.assumptions.append(
            f"cells separated by {SEPARATORS[delimiter]}s ({delimiter!r}), not commas"
        )
    return table


def read_table(path: str | Path) -> Table:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise FileNotFound("no such table", path=str(path)) from None
    except IsADirectoryError:
        raise IsADirectory(
            "a directory, not a table", path=str(path), hint="give the CSV file"
        ) from None
    except PermissionError:
        raise PermissionDenied("permission denied", path=str(path)) from None
    return parse_table(data, str(path))
