"""Tables of a text file laid out with spaces, as `pdftotext -layout` or a clerk's typing
writes them: a heading row ("N°      Objet        Résultat"), then rows whose cells stand
under the headings, a cell wrapping onto the next lines with the other cells empty.

Each row comes out as its first line with the cells apart by tabs, as the PDF route writes a
table's rows (`sources.tables`), and the wrapped lines are emptied into it; line numbers do not
change, so locations hold. Only a block that passes the table guards (`sources.tables.is_table`)
is rewritten.
"""

from __future__ import annotations

from dataclasses import replace

from delib_parse.lazyre import lazy
from delib_parse.sources.base import SourceLine
from delib_parse.sources.tables import heading_kind, is_table

# Cells are apart by two spaces or more (one space is a word's).
_CELL = lazy(r"\S(?:[^ \t]| (?! ))*")
_RULE_LINE = lazy(r"^[ \t]*[-=_*]{10,}[ \t]*$")
MIN_HEADINGS = 2


def _cells(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _CELL.finditer(text.expandtabs())]


def _columns(line: SourceLine) -> list[int] | None:
    """The start of each column, when the line is a table's heading row."""
    cells = _cells(line.text)
    if len(cells) < MIN_HEADINGS or "\t" in line.text:
        return None
    if sum(heading_kind(text) is not None for _, text in cells) < MIN_HEADINGS:
        return None
    return [start for start, _ in cells]


def _split(text: str, starts: list[int]) -> list[str]:
    """The line's words put in the column whose start is nearest at or before them."""
    out = [""] * len(starts)
    for at, word in _cells(text):
        col = max((i for i, s in enumerate(starts) if s <= at + 1), default=0)
        out[col] = f"{out[col]} {word}".strip()
    return out


def _crosses(text: str, starts: list[int]) -> bool:
    """A cell running over the start of a column to its right: a line of prose, not a row
    (a table's cells stand each under its heading, two spaces or more apart)."""
    return any(
        at + 1 < start < at + len(cell) - 1 for at, cell in _cells(text) for start in starts[1:]
    )


def tab_aligned_tables(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines of a text page, its space-aligned tables rewritten."""
    lines = list(lines)
    i = 0
    while i < len(lines):
        starts = _columns(lines[i])
        if starts is None:
            i += 1
            continue
        rows: list[tuple[int, list[str]]] = []  # (index of the row's first line, cells)
        wrapped: list[int] = []
        j = i + 1
        while j < len(lines):
            text = lines[j].text
            if not text.strip() or _RULE_LINE.match(text):
                if rows and _RULE_LINE.match(text):
                    break  # the rule under the last row closes the table
                if text.strip():
                    wrapped.append(j)  # the rule under the heading row: no row of its own
                j += 1
                continue
            if _crosses(text, starts):
                break  # prose running across the columns: the table has ended
            cells = _split(text, starts)
            if cells[0]:
                rows.append((j, cells))
            elif rows:
                # a wrapped cell: its words go on the row above
                row = rows[-1][1]
                for k, cell in enumerate(cells):
                    if cell:
                        joint = "" if row[k].endswith("-") and cell[:1].islower() else " "
                        row[k] = (row[k] + joint + cell).strip()
                wrapped.append(j)
            else:
                break
            j += 1
        heading = [text for _, text in _cells(lines[i].text)]
        if len(rows) >= 2 and is_table([heading, *(cells for _, cells in rows)]):
            lines[i] = replace(lines[i], text="\t".join(heading))
            for k, cells in rows:
                lines[k] = replace(lines[k], text="\t".join(cells))
            for k in wrapped:
                lines[k] = replace(lines[k], text="")
        i = j if rows else i + 1
    return lines
