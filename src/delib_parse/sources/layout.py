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

import re
from dataclasses import dataclass, field
from itertools import pairwise

from delib_parse.sources.base import SourceLine


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

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.0)


@dataclass(slots=True)
class _Segment:
    """Words of one row that touch horizontally: one cell of a table, one line of prose."""

    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    text: str = ""

    def __post_init__(self) -> None:
        self.x0 = min(w.x0 for w in self.words)
        self.x1 = max(w.x1 for w in self.words)
        self.top = min(w.top for w in self.words)
        self.bottom = max(w.bottom for w in self.words)
        self.text = _join_words(self.words)

    def first_word_width(self) -> float:
        first = self.words[0]
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
    first_word: float = 0.0


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


def _join_words(words: list[Word]) -> str:
    out = ""
    prev: Word | None = None
    for w in words:
        text = w.text.strip()
        if not text:
            continue
        if prev is not None and out:
            gap = w.x0 - prev.x1
            # Runs that touch are one word split over two text objects ("1" + "er").
            touching = gap < 0.15 * max(min(w.height, prev.height), 1e-6)
            if not touching or prev.text.endswith(" "):
                out += " "
        out += text
        prev = w
    return out


def _height(words: list[Word]) -> float:
    heights = [w.height for w in words if w.height > 0]
    return median(heights) if heights else 1.0


def _group_rows(words: list[Word]) -> list[list[Word]]:
    """Words whose boxes overlap vertically (by half the smaller height) form a row."""
    rows: list[list[Word]] = []
    band_top = band_bottom = 0.0
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows:
            overlap = min(band_bottom, w.bottom) - max(band_top, w.top)
            smaller = min(band_bottom - band_top, w.height)
            if overlap >= 0.5 * smaller and smaller > 0:
                rows[-1].append(w)
                # The band follows the row's first word: tall or shifted words must not
                # widen it until it swallows the next row.
                continue
        rows.append([w])
        band_top, band_bottom = w.top, w.bottom
    return rows


def _segments(row: list[Word], height: float) -> _Row:
    ordered = sorted(row, key=lambda w: w.x0)
    groups: list[list[Word]] = [[ordered[0]]]
    right = ordered[0].x1
    for w in ordered[1:]:
        if w.x0 - right > _SEGMENT_GAP * height:
            groups.append([w])
        else:
            groups[-1].append(w)
        right = max(right, w.x1)
    segs = [_Segment(g) for g in groups]
    segs = _with_markers([s for s in segs if s.text])
    return _Row(segs, min(w.top for w in row), max(w.bottom for w in row))


def _with_markers(segs: list[_Segment]) -> list[_Segment]:
    """Join a segment that is only a list marker to the segment after it on the row."""
    if len(segs) < 2 or not any(_MARKER.fullmatch(s.text) for s in segs[:-1]):
        return segs
    out: list[_Segment] = []
    pending: _Segment | None = None
    for seg in segs:
        if pending is not None:
            joined = _Segment([*pending.words, *seg.words])
            joined.text = pending.text + " " + seg.text
            seg = joined
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


def _admits(block: _Block, row: _Row, height: float) -> bool:
    """Whether a row continues the block's columns rather than ending the block."""
    if _is_heading(row):
        return False
    if row.top - block.rows[-1].bottom > _MAX_BLOCK_GAP * height:
        return False
    spans = block.spans
    tolerance = max(_ALIGN * height, 1e-6)
    for seg in row.segments:
        hits = [(a, b) for a, b in spans if seg.x0 < b and seg.x1 > a]
        if len(hits) != 1:
            return False  # crosses a gutter (a full-width line) or starts where no column is
        if not block.aligned(seg, tolerance):
            # Centred across the box ("DONT 13 PROCURATION(S)") or a new layout below it
            # (the signature block): not a cell of these columns.
            return False
    merged = _merge_spans([*spans, *((s.x0, s.x1) for s in row.segments)], _MIN_GUTTER * height)
    # A line bridging two columns, or widening one until the gutter closes, removes a span.
    return len(merged) == len(spans)


def _blocks(rows: list[_Row], height: float) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for row in rows:
        tolerance = max(_ALIGN * height, 1e-6)
        if current is not None and _admits(current, row, height):
            current.rows.append(row)
            current.add_anchors(row, tolerance)
            current.spans = _merge_spans(
                [*current.spans, *((s.x0, s.x1) for s in row.segments)], _MIN_GUTTER * height
            )
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


def _line_of(seg: _Segment) -> _Line:
    return _Line(seg.text, seg.x0, seg.top, seg.x1, seg.bottom, seg.first_word_width())


def _row_line(row: _Row) -> _Line:
    words = [w for s in row.segments for w in s.words]
    seg = _Segment(words)
    # Far-apart runs of one row are joined with one space, not glued.
    seg.text = " ".join(s.text for s in row.segments)
    return _line_of(seg)


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
    return prev.x1 + space + line.first_word > right + 0.5


def _joined(prev: _Line, line: _Line) -> _Line:
    glue = "" if prev.text.endswith("-") else " "
    return _Line(
        prev.text + glue + line.text,
        min(prev.x0, line.x0),
        min(prev.top, line.top),
        max(prev.x1, line.x1),
        max(prev.bottom, line.bottom),
        prev.first_word,
    )


def build_lines(words: list[Word], page_number: int, page_width: float) -> list[SourceLine]:
    """Group words into lines in reading order: columns left to right, each top to bottom.

    A margin block beside the body (see `_margin_gutter`) is read on its own, row by row, and
    its lines come before the body lines beside it.

    `page_width` bounds nothing today but lets callers pass pixels or points alike; kept in
    the signature so a full-width test can use it without changing callers.
    """
    del page_width  # thresholds are relative to the text height, see the module docstring
    kept = [w for w in words if w.text.strip() and w.x1 >= w.x0 and w.bottom >= w.top]
    if not kept:
        return []
    height = _height(kept)
    lines: list[_Line] = []
    for margin, body in _zones(kept, height):
        lines.extend(_margin_lines(margin, height))
        lines.extend(_body_lines(body, height))
    return [
        SourceLine(ln.text, page_number, i, ln.x0, ln.top, ln.x1, ln.bottom)
        for i, ln in enumerate(lines, start=1)
    ]


def _rows(words: list[Word], height: float) -> list[_Row]:
    rows = [_segments(r, height) for r in _group_rows(words)]
    return [r for r in rows if r.segments]


def _body_lines(words: list[Word], height: float) -> list[_Line]:
    lines: list[_Line] = []
    if not words:
        return lines
    for block in _blocks(_rows(words, height), height):
        if len(block.rows) >= _MIN_COLUMN_ROWS and len(block.spans) > 1:
            if _is_record_table(block):
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


@dataclass(slots=True)
class _Zone:
    """A run of rows, none crossing the gutter right of `edge`, split into margin and body."""

    rows: list[_Row] = field(default_factory=list)
    left: int = 0
    right: int = 0
    beside: int = 0
    runs: list[tuple[float, float]] = field(default_factory=list)  # rows' body, one run each

    def add(self, row: _Row, edge: float, height: float) -> None:
        self.rows.append(row)
        words = _row_words(row)
        body = sorted((w for w in words if w.x1 > edge), key=lambda w: w.x0)
        margin = " ".join(w.text.strip() for w in words if w.x1 <= edge)
        # List markers ("1.", "-", "a.") down the left of a list are no margin block.
        has_left = bool(margin) and not _MARKER.fullmatch(margin)
        if not has_left and margin:
            body = sorted(words, key=lambda w: w.x0)
        self.left += has_left
        self.right += bool(body)
        self.beside += has_left and bool(body)
        if body and all(b.x0 - a.x1 <= _SEGMENT_GAP * height for a, b in pairwise(body)):
            self.runs.append((body[0].x0, max(w.x1 for w in body)))

    def is_margin(self, edge: float) -> bool:
        if self.left < _MARGIN_MIN_ROWS or self.right < _MARGIN_MIN_BODY_ROWS:
            return False
        if self.beside < _MARGIN_MIN_BESIDE:
            return False
        words = [w for r in self.rows for w in _row_words(r)]
        left = [w for w in words if w.x1 <= edge]
        right = [w for w in words if w.x1 > edge]
        margin_width = max(w.x1 for w in left) - min(w.x0 for w in left)
        body_width = max(w.x1 for w in right) - min(w.x0 for w in right)
        if body_width < _MARGIN_BODY_RATIO * margin_width:
            return False
        prose = sum(b - a >= _MARGIN_PROSE_WIDTH * body_width for a, b in self.runs)
        return prose >= _MARGIN_PROSE_SHARE * self.right


def _split_zones(
    rows: list[_Row], edge: float, clear: float, height: float
) -> list[tuple[_Zone, bool]]:
    """The rows in order, in runs: (zone, whether it is a margin zone). A row with a word
    ending right of `edge` and starting before `edge + clear` crosses the gutter and ends a
    zone."""
    out: list[tuple[_Zone, bool]] = []
    current: _Zone | None = None
    for row in rows:
        if any(w.x0 < edge + clear and w.x1 > edge for w in _row_words(row)):
            if current is not None:
                out.append((current, current.is_margin(edge)))
                current = None
            out.append((_Zone([row]), False))
            continue
        if current is None:
            current = _Zone()
        current.add(row, edge, height)
    if current is not None:
        out.append((current, current.is_margin(edge)))
    # Neighbouring plain runs are one: the body's blocks are not cut where no margin is.
    merged: list[tuple[_Zone, bool]] = []
    for zone, margin in out:
        if merged and not margin and not merged[-1][1]:
            merged[-1][0].rows.extend(zone.rows)
        else:
            merged.append((zone, margin))
    return merged


def _margin_edge(rows: list[_Row], height: float) -> float | None:
    """The right edge of a margin block at the left of the text, if there is one.

    Candidates are the right edges of left-hand words with body text beyond a gutter on their
    row; the one whose margin zones hold the most rows wins.
    """
    if len(rows) < 2 * _MARGIN_MIN_ROWS:
        return None
    words = [w for r in rows for w in _row_words(r)]
    left = min(w.x0 for w in words)
    limit = left + _MARGIN_SHARE * (max(w.x1 for w in words) - left)
    gutter = _MARGIN_GUTTER * height
    slack = _MARGIN_SLACK * height
    candidates: dict[int, float] = {}
    for row in rows:
        ordered = sorted(_row_words(row), key=lambda w: w.x0)
        for a, b in pairwise(ordered):
            if a.x1 <= limit and b.x0 - a.x1 >= gutter:
                # One candidate per bin of a slack's width: the largest edge of the bin.
                key = round(a.x1 / max(slack, 1e-6))
                candidates[key] = max(candidates.get(key, a.x1), a.x1)
    best = _best_edge(rows, [x + slack for x in candidates.values()], gutter - slack, height)
    if best is None:
        return None
    # A margin row with no body beside it may end further right than any row with body beside
    # it ("délibération : 11" alone on its row): try those edges too.
    further = {
        w.x1 + slack
        for zone, margin in _split_zones(rows, best, gutter - slack, height)
        if margin
        for r in zone.rows
        for w in _row_words(r)
        if best - slack < w.x1 <= limit
    }
    return _best_edge(rows, [best, *sorted(further)], gutter - slack, height)


def _best_edge(rows: list[_Row], edges: list[float], clear: float, height: float) -> float | None:
    """Of `edges`, the one whose margin zones hold the most rows (the first of equals)."""
    best: tuple[int, float] | None = None
    for edge in edges:
        zones = _split_zones(rows, edge, clear, height)
        held = sum(len(z.rows) for z, margin in zones if margin)
        if held and (best is None or held > best[0]):
            best = (held, edge)
    return None if best is None else best[1]


def _zones(words: list[Word], height: float) -> list[tuple[list[Word], list[Word]]]:
    """The page's words in zones, each (margin words, body words); one zone with no margin
    words when the page has no margin block."""
    rows = _rows(words, height)
    edge = _margin_edge(rows, height)
    if edge is None:
        return [([], words)]
    out: list[tuple[list[Word], list[Word]]] = []
    clear = (_MARGIN_GUTTER - _MARGIN_SLACK) * height
    for zone, margin in _split_zones(rows, edge, clear, height):
        zone_words = [w for r in zone.rows for w in _row_words(r)]
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
