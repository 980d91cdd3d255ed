"""Positioned words → lines in reading order, columns rebuilt.

Shared by the PDF text layer and OCR: both give words (or runs of words) with boxes, top-left
origin, in any unit (PDF points or pixels): every threshold here is relative to the text height.

Why not read row by row: the extracts print member lists in two or three columns (a table,
newspaper columns) and a name may wrap inside its column ("Madame Dominique" / "MARTIN-GENDRE").
Read across, the halves of a name land on separate lines between other names. Why not rebuild
columns over the whole page: the vote box and the signature block below it would merge into one
set of columns. So columns are rebuilt per *block*: a run of rows that share the same gutters,
delimited by barriers — headings ("Membres absents :"), lines that cross a gutter, lines that
start where no column is, or a large vertical gap.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter

from delib_parse.sources.base import SourceLine
from delib_parse.sources.tables import Grid, cell_text, grid_cells, is_table


def median(values: list[float]) -> float:
    # statistics.median, without its import cost on every start of the CLI.
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


# Runs closer than this (x text height) are one segment: a word gap, even a justified one.
_SEGMENT_GAP = 1.0
# A blank x-interval at least this wide (x text height) between columns is a gutter.
_MIN_GUTTER = 1.0
# A vertical gap larger than this (x text height) ends a block: a new section starts.
_MAX_BLOCK_GAP = 2.5
# A block of this many rows or more is read column by column; a shorter one row by row, as a
# one-row "block" is just a line whose words are far apart (a header with "Page 1" at the right).
_MIN_COLUMN_ROWS = 2
# Cells of one column line up within this (x text height).
_ALIGN = 0.6
_END_PUNCTUATION = (",", ";", ".", ":", ")")
# A list marker set apart from its item by a tab: "1.", "2)", "3°", "IV", "a)", a bullet ("•",
# "-", a Symbol/Wingdings glyph from the private-use area). It starts its item's line: it is
# no column of its own.
_MARKER = re.compile(
    r"(?:\d{1,3}\s?[.)°\-–]|[IVX]{1,5}\s?[.)\-–]?|[a-zA-Z]\s?[.)]"
    r"|[•·‣◦▪▫■□●○◆◇►▶➢➤✓✔*o\-–—]|[\ue000-\uf8ff])"
)

# A table cell that is a bare value: an amount, a count, a rate ("1 350 €", "32,50 €", "7").
_VALUE = re.compile(r"[\d\s.,€%*+/()\-–]*\d[\d\s.,€%*+/()\-–]*(?:\s?(?:HT|TTC|k€|M€))?")
# A table whose column (other than the first) holds this share of bare values or more is a
# table of records — a label and its amounts on each row — read row by row, as printed.
_VALUE_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Word:
    """A word or a run of words on one line, with its box (top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    # Set in bold (from the PDF's font): see SourceLine.strong.
    strong: bool = False

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.0)


@dataclass(slots=True)
class _Segment:
    """Words of one row that touch horizontally: one cell of a table, one line of prose.

    Made by `_segment`, which computes the box and the text from the words.
    """

    words: list[Word]
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


def _first_word_width(first: Word) -> float:
    """The width of the first word of `first` (a word, or a run of words)."""
    tokens = first.text.split()
    if len(tokens) <= 1 or not first.text.strip():
        return first.x1 - first.x0
    # A run of several words: estimate the first word's share by its characters.
    share = len(tokens[0]) / max(len(first.text.strip()), 1)
    return (first.x1 - first.x0) * share


@dataclass(slots=True)
class _Row:
    segments: list[_Segment]
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class _Line:
    """An output line being built (a segment, or segments joined)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    # Its first word or run: the width of its first word is only wanted for some lines.
    first: Word
    strong: bool = False


@dataclass(slots=True)
class _Block:
    rows: list[_Row] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)
    # Left edges, centres and right edges of its cells, binned by the alignment tolerance:
    # a set lookup instead of a scan of every cell so far (blocks of 80 rows are common).
    anchors: set[tuple[int, int]] = field(default_factory=set)

    def add_anchors(self, row: _Row, tolerance: float) -> None:
        for seg in row.segments:
            for kind, x in enumerate((seg.x0, (seg.x0 + seg.x1) / 2, seg.x1)):
                self.anchors.add((kind, round(x / tolerance)))

    def aligned(self, seg: _Segment, tolerance: float) -> bool:
        """Cells of one column share their left edge, their centre or their right edge."""
        for kind, x in enumerate((seg.x0, (seg.x0 + seg.x1) / 2, seg.x1)):
            k = round(x / tolerance)
            if (kind, k) in self.anchors or (kind, k - 1) in self.anchors:
                return True
            if (kind, k + 1) in self.anchors:
                return True
        return False


def _segment(words: list[Word], text: str | None = None) -> _Segment:
    """The segment of `words`, its text theirs joined unless given."""
    if len(words) == 1:
        # Most segments are one pdfium run: skip the scans over the words.
        w = words[0]
        return _Segment(
            words, w.x0, w.top, w.x1, w.bottom, w.text.strip() if text is None else text
        )
    return _Segment(
        words,
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.x1 for w in words),
        max(w.bottom for w in words),
        _join_words(words) if text is None else text,
    )


def _join_words(words: list[Word]) -> str:
    out = ""
    prev: Word | None = None
    prev_height = 0.0
    for w in words:
        text = w.text.strip()
        if not text:
            continue
        height = w.height
        if prev is not None:
            gap = w.x0 - prev.x1
            # Runs that touch are one word split over two text objects ("1" + "er").
            touching = gap < 0.15 * max(min(height, prev_height), 1e-6)
            if not touching or prev.text.endswith(" "):
                out += " "
        out += text
        prev, prev_height = w, height
    return out


def _height(words: list[Word]) -> float:
    heights = [h for h in (w.height for w in words) if h > 0]
    return median(heights) if heights else 1.0


# Sort keys (C-level, faster than a lambda on pages of thousands of words).
_TOP_LEFT = attrgetter("top", "x0")
_LEFT = attrgetter("x0")


def _group_rows(words: list[Word]) -> list[list[Word]]:
    """Words whose boxes overlap vertically (by half the smaller height) form a row."""
    rows: list[list[Word]] = []
    row: list[Word] = []
    band_top = band_bottom = band_height = 0.0
    for w in sorted(words, key=_TOP_LEFT):
        if row:
            overlap = min(band_bottom, w.bottom) - max(band_top, w.top)
            smaller = min(band_height, w.height)
            if overlap >= 0.5 * smaller and smaller > 0:
                row.append(w)
                # The band follows the row's first word: tall or shifted words must not
                # widen it until it swallows the next row.
                continue
        row = [w]
        rows.append(row)
        band_top, band_bottom = w.top, w.bottom
        band_height = band_bottom - band_top
    return rows


def _segments(row: list[Word], height: float) -> _Row:
    ordered = sorted(row, key=_LEFT)
    gap = _SEGMENT_GAP * height
    group = [ordered[0]]
    groups: list[list[Word]] = [group]
    right = ordered[0].x1
    for w in ordered[1:]:
        if w.x0 - right > gap:
            group = [w]
            groups.append(group)
        else:
            group.append(w)
        if w.x1 > right:
            right = w.x1
    segs = [_segment(g) for g in groups]
    segs = _with_markers([s for s in segs if s.text])
    return _Row(segs, min([w.top for w in row]), max([w.bottom for w in row]))


def _with_markers(segs: list[_Segment]) -> list[_Segment]:
    """Join a segment that is only a list marker to the segment after it on the row."""
    if len(segs) < 2 or not any(_MARKER.fullmatch(s.text) for s in segs[:-1]):
        return segs
    out: list[_Segment] = []
    pending: _Segment | None = None
    for seg in segs:
        if pending is not None:
            seg = _segment([*pending.words, *seg.words], pending.text + " " + seg.text)
            pending = None
        if _MARKER.fullmatch(seg.text):
            pending = seg
        else:
            out.append(seg)
    if pending is not None:
        out.append(pending)
    return out


def _merge_spans(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """Union of x-intervals; intervals closer than min_gap are one (no gutter between)."""
    out: list[tuple[float, float]] = []
    for x0, x1 in sorted(spans):
        if out and x0 - out[-1][1] < min_gap:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _is_heading(row: _Row) -> bool:
    # A label alone on its row that announces what follows ("Membres absents :") opens a
    # new section: it belongs to neither column of the list before it.
    return len(row.segments) == 1 and row.segments[0].text.rstrip().endswith(":")


def _admits(block: _Block, row: _Row, height: float) -> list[tuple[float, float]] | None:
    """The block's spans with the row's cells if the row continues the block's columns; None
    if it ends the block."""
    if _is_heading(row):
        return None
    if row.top - block.rows[-1].bottom > _MAX_BLOCK_GAP * height:
        return None
    spans = block.spans
    tolerance = max(_ALIGN * height, 1e-6)
    for seg in row.segments:
        hits = [(a, b) for a, b in spans if seg.x0 < b and seg.x1 > a]
        if len(hits) != 1:
            return None  # crosses a gutter (a full-width line) or starts where no column is
        if not block.aligned(seg, tolerance):
            # Centred across the box ("DONT 13 PROCURATION(S)") or a new layout below it
            # (the signature block): not a cell of these columns.
            return None
    merged = _merge_spans([*spans, *((s.x0, s.x1) for s in row.segments)], _MIN_GUTTER * height)
    # A line bridging two columns, or widening one until the gutter closes, removes a span.
    return merged if len(merged) == len(spans) else None


def _blocks(rows: list[_Row], height: float) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for row in rows:
        tolerance = max(_ALIGN * height, 1e-6)
        spans = None if current is None else _admits(current, row, height)
        if current is not None and spans is not None:
            current.rows.append(row)
            current.add_anchors(row, tolerance)
            current.spans = spans
            continue
        current = None
        block = _Block([row], _merge_spans([(s.x0, s.x1) for s in row.segments], 0.0))
        blocks.append(block)
        # Only a row of several segments can open a multi-column block.
        if len(row.segments) > 1 and not _is_heading(row):
            block.spans = _merge_spans([(s.x0, s.x1) for s in row.segments], _MIN_GUTTER * height)
            block.add_anchors(row, tolerance)
            current = block
    return blocks


def _is_record_table(block: _Block) -> bool:
    """Whether the block is a table of labels and amounts rather than a list in columns.

    A list laid out in columns (members' names, the vote box's "POUR : 86" cells) holds cells
    of one kind in every column and is read column by column; a table whose later column is
    mostly bare values ("Coopérative scolaire | 2 000 €") pairs each label with its value on
    the row: read across, as pdfium does.
    """
    cells: list[list[str]] = [[] for _ in block.spans]
    for row in block.rows:
        for seg in row.segments:
            cells[_column_of(block.spans, seg)].append(seg.text)
    return any(
        col and sum(bool(_VALUE.fullmatch(t)) for t in col) >= _VALUE_SHARE * len(col)
        for col in cells[1:]
    )


def _aligned_table(block: _Block) -> list[_Line] | None:
    """An unruled table under a heading row (`sources.tables.is_table`), one line a row and
    its cells apart by a tab; None when the block is no such table.

    A row with nothing in the first column is the rest of the row above (a title wrapped in
    its cell): its cells are joined to that row's.
    """
    rows: list[tuple[list[str], list[Word]]] = []
    for row in block.rows:
        cells = [""] * len(block.spans)
        for seg in row.segments:
            col = _column_of(block.spans, seg)
            cells[col] = f"{cells[col]} {seg.text}".strip()
        words = _row_words(row)
        if rows and len(rows) > 1 and not cells[0]:
            above, above_words = rows[-1]
            rows[-1] = (
                [f"{a} {c}".strip() for a, c in zip(above, cells, strict=True)],
                above_words + words,
            )
        else:
            rows.append((cells, words))
    if not is_table([cells for cells, _ in rows]):
        return None
    return [_table_line(words, cells) for cells, words in rows]


def _line_of(seg: _Segment) -> _Line:
    strong = all(w.strong for w in seg.words)
    return _Line(seg.text, seg.x0, seg.top, seg.x1, seg.bottom, seg.words[0], strong)


def _row_line(row: _Row) -> _Line:
    words = [w for s in row.segments for w in s.words]
    # Far-apart runs of one row are joined with one space, not glued.
    return _line_of(_segment(words, " ".join(s.text for s in row.segments)))


def _read_columns(block: _Block, height: float) -> list[_Line]:
    columns: list[list[_Segment]] = [[] for _ in block.spans]
    for row in block.rows:
        for seg in row.segments:
            columns[_column_of(block.spans, seg)].append(seg)
    tops = [[s.top for s in col] for col in columns]
    out: list[_Line] = []
    for index, col in enumerate(columns):
        others = [t for j, ts in enumerate(tops) if j != index for t in ts]
        right = max((s.x1 for s in col), default=0.0)
        lines: list[_Line] = []
        for seg in col:
            line = _line_of(seg)
            if lines and _continues(lines[-1], line, others, right, height):
                lines[-1] = _joined(lines[-1], line)
            else:
                lines.append(line)
        out.extend(lines)
    return out


def _column_of(spans: list[tuple[float, float]], seg: _Segment) -> int:
    for i, (a, b) in enumerate(spans):
        if seg.x0 < b and seg.x1 > a:
            return i
    # In a gutter: the column whose left edge is nearest on the left.
    left = [i for i, (a, _) in enumerate(spans) if a <= seg.x0]
    return left[-1] if left else 0


def _continues(
    prev: _Line, line: _Line, other_tops: list[float], right: float, height: float
) -> bool:
    """Whether `line` is the wrapped end of the item on `prev` in the same column."""
    if line.top - prev.bottom > 0.8 * height:
        return False
    head = line.text[:1]
    if prev.text.endswith("-") and head.isalpha() and head.isupper():
        # "JUILLARD-" / "RANDRIAN": a compound name cut at its hyphen.
        return True
    if prev.text.endswith(_END_PUNCTUATION):
        return False
    # A row of the table starts on the same level in every column: a line with a neighbour
    # at its level is an item of its own.
    if any(abs(t - line.top) <= 0.5 * height for t in other_tops):
        return False
    # Wrapped: its first word would not have fitted after the previous line in the column.
    space = 0.25 * height
    return prev.x1 + space + _first_word_width(line.first) > right + 0.5


def _joined(prev: _Line, line: _Line) -> _Line:
    glue = "" if prev.text.endswith("-") else " "
    return _Line(
        prev.text + glue + line.text,
        min(prev.x0, line.x0),
        min(prev.top, line.top),
        max(prev.x1, line.x1),
        max(prev.bottom, line.bottom),
        prev.first,
        prev.strong and line.strong,
    )


def build_lines(
    words: list[Word], page_number: int, page_width: float, grids: Sequence[Grid] = ()
) -> list[SourceLine]:
    """Group words into lines in reading order: columns left to right, each top to bottom.

    A margin block beside the body (see `_zones`) is read on its own, row by row, and
    its lines come before the body lines beside it. A ruled table (`grids`, see
    `sources.tables`) that passes the table guards is read row by row, one line a row and its
    cells apart by a tab; the text above it, and below it, is read as if it were not there.

    `page_width` bounds nothing today but lets callers pass pixels or points alike; kept in
    the signature so a full-width test can use it without changing callers.
    """
    del page_width  # thresholds are relative to the text height, see the module docstring
    kept = [w for w in words if w.text.strip() and w.x1 >= w.x0 and w.bottom >= w.top]
    if not kept:
        return []
    height = _height(kept)
    tables = _ruled_tables(kept, grids)
    if not tables:
        lines = _page_lines(kept, height)
    else:
        # The rest of the page in bands between the tables, each read on its own: a table's
        # rows must not be taken for a block of columns with the text around it.
        used = {id(w) for _, _, _, inside in tables for w in inside}
        rest = [w for w in kept if id(w) not in used]
        lines = []
        for top, _, table_lines, _ in tables:
            above = [w for w in rest if (w.top + w.bottom) / 2 < top]
            rest = [w for w in rest if (w.top + w.bottom) / 2 >= top]
            if above:
                lines.extend(_page_lines(above, height))
            lines.extend(table_lines)
        if rest:
            lines.extend(_page_lines(rest, height))
    return [
        SourceLine(ln.text, page_number, i, ln.x0, ln.top, ln.x1, ln.bottom, ln.strong)
        for i, ln in enumerate(lines, start=1)
    ]


def _page_lines(kept: list[Word], height: float) -> list[_Line]:
    rows = _rows(kept, height)
    zones = _zones(rows, height)
    if zones is None:
        # No margin block: the page's rows are the body's, no need to group them again.
        return _rows_lines(rows, height)
    lines: list[_Line] = []
    for margin, body in zones:
        lines.extend(_margin_lines(margin, height))
        lines.extend(_body_lines(body, height))
    return lines


# (top, bottom, its lines, its words) of a ruled table read row by row.
_Table = tuple[float, float, list[_Line], list[Word]]


def _ruled_tables(words: list[Word], grids: Sequence[Grid]) -> list[_Table]:
    """The grids that are tables, read one line a row, top to bottom."""
    out: list[_Table] = []
    for grid in grids:
        inside = [w for w in words if grid.holds(w)]
        if not inside:
            continue
        cells = grid_cells(grid, inside)
        texts = [[cell_text(c) for c in row] for row in cells]
        if not is_table(texts):
            continue
        lines: list[_Line] = []
        for row, row_texts in zip(cells, texts, strict=True):
            row_words = [w for c in row for w in c]
            if not row_words:
                continue
            lines.append(_table_line(row_words, row_texts))
        out.append((grid.ys[0], grid.ys[-1], lines, inside))
    return sorted(out, key=lambda t: t[0])


def _table_line(words: list[Word], cells: list[str]) -> _Line:
    first = min(words, key=_TOP_LEFT)
    return _Line(
        "\t".join(cells).rstrip("\t"),
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.x1 for w in words),
        max(w.bottom for w in words),
        first,
        all(w.strong for w in words),
    )


def _rows(words: list[Word], height: float) -> list[_Row]:
    rows = [_segments(r, height) for r in _group_rows(words)]
    return [r for r in rows if r.segments]


def _body_lines(words: list[Word], height: float) -> list[_Line]:
    if not words:
        return []
    return _rows_lines(_rows(words, height), height)


def _rows_lines(rows: list[_Row], height: float) -> list[_Line]:
    lines: list[_Line] = []
    for block in _blocks(rows, height):
        if len(block.rows) >= _MIN_COLUMN_ROWS and len(block.spans) > 1:
            aligned = _aligned_table(block)
            if aligned is not None:
                lines.extend(aligned)
            elif _is_record_table(block):
                lines.extend(_row_line(row) for row in block.rows)
            else:
                lines.extend(_read_columns(block, height))
        else:
            lines.extend(_row_line(row) for row in block.rows)
    return lines


# --- a margin block beside the body -----------------------------------------------------------
#
# Mairie minutes often print a box in the left margin ("Nombre de membres / en exercice : 11 /
# qui ont pris part à la délibération : 10", "Date de la convocation : …", "Objet : …") beside
# the body, down the page. Read across, its lines merge with the body lines at their height
# ("qui ont pris part à la Absents : Valérie UPPHOFF"); read as columns, its numbers become a
# column after its labels and the body lines beside it are taken for wrapped cells and joined.
# So a narrow block at the left edge, apart from the body by a clear gutter over several rows,
# is its own column: read row by row (a label keeps its number: "en exercice : 11") and placed
# before the body lines beside it.

# The margin block lies within this share of the text's width, from its left edge.
_MARGIN_SHARE = 0.35
# The gutter (x text height): no word of a margin zone's rows starts within this distance of
# the margin's right edge — a box's rule stands in it, so it is narrower than `_MIN_GUTTER`.
_MARGIN_GUTTER = 0.8
# The margin's right edge is that of one of its words; the others may end a little further
# (a "11" a shade wider than the "11" above it): this much (x text height) is still margin.
_MARGIN_SLACK = 0.2
# Rows of the zone with margin text, with body text, and with both, at least: the body runs
# down the page beside the block (a short label table is no margin block).
_MARGIN_MIN_ROWS = 3
_MARGIN_MIN_BODY_ROWS = 8
_MARGIN_MIN_BESIDE = 2
# The body beside it is at least this many times wider than the margin block.
_MARGIN_BODY_RATIO = 2.0
# And it is prose, not more columns nor a box of short cells: this share of its rows at least
# is one run of words across most of its width (a table's left column beside its other
# columns, or a vote box's heading beside its cells, is no margin block).
_MARGIN_PROSE_SHARE = 0.2
_MARGIN_PROSE_WIDTH = 0.6


def _row_words(row: _Row) -> list[Word]:
    return [w for s in row.segments for w in s.words]


# (leftmost start, rightmost end) of some words; None when there are none.
_Extent = tuple[float, float] | None


def _extent(words: list[Word]) -> _Extent:
    if not words:
        return None
    return min(w.x0 for w in words), max(w.x1 for w in words)


@dataclass(frozen=True, slots=True)
class _Cut:
    """A row cut at a candidate edge: what its zone needs to know of it."""

    has_left: bool  # margin text left of the edge (a list marker is none)
    has_body: bool  # body text right of it
    run: float | None  # the body's width when it is one run of words
    left: _Extent  # the words ending left of the edge (markers too)
    right: _Extent  # the words ending right of it


def _cut(words: list[Word], edge: float, height: float) -> _Cut:
    left = [w for w in words if w.x1 <= edge]
    right = [w for w in words if w.x1 > edge]
    body = sorted(right, key=lambda w: w.x0)
    margin = " ".join(w.text.strip() for w in left)
    # List markers ("1.", "-", "a.") down the left of a list are no margin block.
    has_left = bool(margin) and not _MARKER.fullmatch(margin)
    if not has_left and margin:
        body = sorted(words, key=lambda w: w.x0)
    run = None
    if body and all(b.x0 - a.x1 <= _SEGMENT_GAP * height for a, b in pairwise(body)):
        run = max(w.x1 for w in body) - body[0].x0
    return _Cut(has_left, bool(body), run, _extent(left), _extent(right))


class _RowCuts:
    """A row, ready to be cut at many candidate edges (a page tries a dozen or more).

    Its words ending left of an edge are a prefix of its words ordered by right edge, so a cut
    depends only on that prefix's length: it is computed once per length, not once per edge.
    """

    __slots__ = ("_cuts", "_ends", "_starts", "height", "row", "words")

    def __init__(self, row: _Row, height: float) -> None:
        self.row = row
        self.words = _row_words(row)
        self.height = height
        by_end = sorted(self.words, key=lambda w: w.x1)
        self._ends = [w.x1 for w in by_end]
        # _starts[k]: the leftmost start of the words after the first k by right edge.
        self._starts = [math.inf] * (len(by_end) + 1)
        for k in range(len(by_end) - 1, -1, -1):
            self._starts[k] = min(self._starts[k + 1], by_end[k].x0)
        self._cuts: dict[int, _Cut] = {}

    def crosses(self, edge: float, limit: float) -> bool:
        """Whether a word ending right of `edge` starts left of `limit`."""
        return self._starts[bisect_right(self._ends, edge)] < limit

    def at(self, edge: float, limit: float) -> _Cut | None:
        """The row cut at `edge`; None when a word ending right of `edge` starts left of
        `limit`: the row crosses the gutter."""
        key = bisect_right(self._ends, edge)
        if self._starts[key] < limit:
            return None
        cut = self._cuts.get(key)
        if cut is None:
            cut = self._cuts[key] = _cut(self.words, edge, self.height)
        return cut


def _is_margin(cuts: list[_Cut]) -> bool:
    """Whether a zone, its rows cut so, is a margin block beside the body."""
    # Cheap tests first: most zones tried are a few rows of a table or a list.
    if len(cuts) < _MARGIN_MIN_BODY_ROWS:
        return False  # fewer rows than `right` must count
    left = sum(c.has_left for c in cuts)
    right = sum(c.has_body for c in cuts)
    if left < _MARGIN_MIN_ROWS or right < _MARGIN_MIN_BODY_ROWS:
        return False
    if sum(c.has_left and c.has_body for c in cuts) < _MARGIN_MIN_BESIDE:
        return False
    # Both are found: some rows have words on either side of the edge.
    margin = [c.left for c in cuts if c.left is not None]
    body = [c.right for c in cuts if c.right is not None]
    margin_width = max(x1 for _, x1 in margin) - min(x0 for x0, _ in margin)
    body_width = max(x1 for _, x1 in body) - min(x0 for x0, _ in body)
    if body_width < _MARGIN_BODY_RATIO * margin_width:
        return False
    prose = sum(c.run is not None and c.run >= _MARGIN_PROSE_WIDTH * body_width for c in cuts)
    return prose >= _MARGIN_PROSE_SHARE * right


# Rows in order, in runs: (rows, whether they are a margin zone).
_Zones = list[tuple[list[_Row], bool]]


def _split_zones(rows: list[_RowCuts], edge: float, clear: float) -> _Zones:
    """The rows in runs at `edge`. A row with a word ending right of `edge` and starting
    before `edge + clear` crosses the gutter: it ends a zone and is one of its own."""
    out: _Zones = []
    zone: list[_Row] = []
    cuts: list[_Cut] = []
    limit = edge + clear
    for row in rows:
        cut = row.at(edge, limit)
        if cut is None:
            if zone:
                out.append((zone, _is_margin(cuts)))
                zone, cuts = [], []
            out.append(([row.row], False))
        else:
            zone.append(row.row)
            cuts.append(cut)
    if zone:
        out.append((zone, _is_margin(cuts)))
    return out


def _merge_plain(zones: _Zones) -> _Zones:
    """Neighbouring plain runs are one: the body's blocks are not cut where no margin is."""
    merged: _Zones = []
    for rows, margin in zones:
        if merged and not margin and not merged[-1][1]:
            merged[-1][0].extend(rows)
        else:
            merged.append((rows, margin))
    return merged


def _margin_edge(rows: list[_RowCuts], height: float) -> float | None:
    """The right edge of a margin block at the left of the text, if there is one.

    Candidates are the right edges of left-hand words with body text beyond a gutter on their
    row; the one whose margin zones hold the most rows wins. `rows` are at least
    2 x _MARGIN_MIN_ROWS (see `_zones`).
    """
    words = [w for r in rows for w in r.words]
    left = min(w.x0 for w in words)
    limit = left + _MARGIN_SHARE * (max(w.x1 for w in words) - left)
    gutter = _MARGIN_GUTTER * height
    slack = _MARGIN_SLACK * height
    candidates: dict[int, float] = {}
    for row in rows:
        ordered = sorted(row.words, key=lambda w: w.x0)
        for a, b in pairwise(ordered):
            if a.x1 <= limit and b.x0 - a.x1 >= gutter:
                # One candidate per bin of a slack's width: the largest edge of the bin.
                key = round(a.x1 / max(slack, 1e-6))
                candidates[key] = max(candidates.get(key, a.x1), a.x1)
    best = _best_edge(rows, [x + slack for x in candidates.values()], gutter - slack)
    if best is None:
        return None
    # A margin row with no body beside it may end further right than any row with body beside
    # it ("délibération : 11" alone on its row): try those edges too.
    further = {
        w.x1 + slack
        for zone, margin in _split_zones(rows, best, gutter - slack)
        if margin
        for r in zone
        for w in _row_words(r)
        if best - slack < w.x1 <= limit
    }
    return _best_edge(rows, [best, *sorted(further)], gutter - slack)


def _best_edge(rows: list[_RowCuts], edges: list[float], clear: float) -> float | None:
    """Of `edges`, the one whose margin zones hold the most rows (the first of equals)."""
    if not edges:
        return None
    runs = _open_runs(rows, min(edges), max(edges), clear)
    best: tuple[int, float] | None = None
    for edge in edges:
        held = sum(
            len(zone) for run in runs for zone, margin in _split_zones(run, edge, clear) if margin
        )
        if held and (best is None or held > best[0]):
            best = (held, edge)
    return None if best is None else best[1]


def _open_runs(rows: list[_RowCuts], low: float, high: float, clear: float) -> list[list[_RowCuts]]:
    """The runs of rows between those that cross the gutter at every edge from `low` to `high`
    (a line of prose across the page), long enough to hold a margin zone.

    No zone spans such a row, so the margin zones at any of these edges lie in these runs: a
    page of prose has few or none, and each edge is tried on them alone.
    """
    runs: list[list[_RowCuts]] = [[]]
    for row in rows:
        if row.crosses(high, low + clear):
            runs.append([])
        else:
            runs[-1].append(row)
    return [run for run in runs if len(run) >= _MARGIN_MIN_BODY_ROWS]


def _zones(page_rows: list[_Row], height: float) -> list[tuple[list[Word], list[Word]]] | None:
    """The page's words in zones, each (margin words, body words); None when the page has no
    margin block."""
    if len(page_rows) < 2 * _MARGIN_MIN_ROWS:
        return None
    rows = [_RowCuts(r, height) for r in page_rows]
    edge = _margin_edge(rows, height)
    if edge is None:
        return None
    out: list[tuple[list[Word], list[Word]]] = []
    clear = (_MARGIN_GUTTER - _MARGIN_SLACK) * height
    for zone, margin in _merge_plain(_split_zones(rows, edge, clear)):
        zone_words = [w for r in zone for w in _row_words(r)]
        if margin:
            out.append(
                ([w for w in zone_words if w.x1 <= edge], [w for w in zone_words if w.x1 > edge])
            )
        else:
            out.append(([], zone_words))
    return out


# "… : 11", "… 2023", "… : il" (a count Tesseract misread, corrected after the layout).
_ENDS_WITH_VALUE = re.compile(r"(?:\d|:\s*\S{1,3})$")


def _ends_with_value(text: str) -> bool:
    return bool(_ENDS_WITH_VALUE.search(text))


def _margin_lines(words: list[Word], height: float) -> list[_Line]:
    """The margin block row by row, a label wrapped over two rows joined ("qui ont pris part à
    la" / "délibération : 10")."""
    lines: list[_Line] = []
    if not words:
        return lines
    rows = _rows(words, height)
    right = max(w.x1 for w in words)
    for row in rows:
        line = _row_line(row)
        # A line ending in a number is whole: the box's counts and dates stand at its right
        # edge, where a wrapped label would have had no room to go on.
        if (
            lines
            and not _ends_with_value(lines[-1].text)
            and _continues(lines[-1], line, [], right, height)
        ):
            lines[-1] = _joined(lines[-1], line)
        else:
            lines.append(line)
    return lines
