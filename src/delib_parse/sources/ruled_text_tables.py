"""Tables of a text file drawn with characters: ASCII rules ("+------+------+" and "| a | b |"),
box-drawing ("┌───┬───┐", "│ a │ b │") or Markdown ("| a | b |" under "|---|---|").

Each row comes out as its first line with the cells apart by tabs, as the PDF route writes a
table's rows (`sources.tables`); the row's other lines (a cell wrapped inside the frame) are
emptied into it and the rules are emptied, so line numbers do not change and locations hold.
Where rules stand between the rows, all the lines between two rules are one row; where they do
not, each line is a row, and a line whose first cell is empty goes on the row above.
"""

from __future__ import annotations

from dataclasses import replace

from delib_parse.lazyre import lazy
from delib_parse.sources.base import SourceLine

_BARS = "|│┃║"
# A rule: only frame characters, with a run of horizontal ones ("+----+", "├──┼──┤", "|---|").
_RULE = lazy(
    r"^[ \t]*[+|│┃║┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬]?[ \t]*(?=[^\n]*[-=─━═]{3})[-=─━═+|│┃║┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬: \t]+$"
)
# A row: a bar at each end and one between at least ("| N° | Objet |").
_ROW = lazy(r"^[ \t]*[|│┃║][^\n]*[|│┃║][^\n]*[|│┃║][ \t]*$")
_CELL_BAR = lazy(r"[|│┃║]")
# Rows between rules when at least this many frames hold data: fewer is a heading row and a
# body, each line a row.
MIN_FRAMED_ROWS = 3


def _cells(text: str) -> list[str]:
    inner = text.strip().strip(_BARS)
    return [c.strip() for c in _CELL_BAR.split(inner)]


def _row_cells(texts: list[str]) -> list[str]:
    """The cells of one row from its lines: each cell's words joined across the lines."""
    cells: list[str] = []
    for text in texts:
        for k, cell in enumerate(_cells(text)):
            if k >= len(cells):
                cells.append(cell)
            elif cell:
                joint = "" if cells[k].endswith("-") and cell[:1].islower() else " "
                cells[k] = (cells[k] + joint + cell).strip()
    return cells


def _rows(block: list[int], lines: list[SourceLine]) -> list[list[int]]:
    """The indices of each row's lines in a block of rules and rows."""
    frames: list[list[int]] = [[]]
    for i in block:
        if _RULE.match(lines[i].text):
            if frames[-1]:
                frames.append([])
        else:
            frames[-1].append(i)
    frames = [f for f in frames if f]
    if len(frames) >= MIN_FRAMED_ROWS:
        return frames
    rows: list[list[int]] = []
    for frame in frames:
        for i in frame:
            if rows and not _cells(lines[i].text)[0] and rows[-1][0] in frame:
                rows[-1].append(i)  # a wrapped cell: its words go on the row above
            else:
                rows.append([i])
    return rows


def ruled_text_tables(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines of a text page, the tables drawn with characters rewritten as tab rows."""
    lines = list(lines)
    i = 0
    while i < len(lines):
        if not (_ROW.match(lines[i].text) or _RULE.match(lines[i].text)):
            i += 1
            continue
        j = i
        while j < len(lines) and (_ROW.match(lines[j].text) or _RULE.match(lines[j].text)):
            j += 1
        block = list(range(i, j))
        rows = _rows(block, lines)
        if len(rows) >= 2:
            for k in block:
                if _RULE.match(lines[k].text):
                    lines[k] = replace(lines[k], text="")
            for row in rows:
                cells = _row_cells([lines[k].text for k in row])
                lines[row[0]] = replace(lines[row[0]], text="\t".join(cells))
                for k in row[1:]:
                    lines[k] = replace(lines[k], text="")
        i = j
    return lines
