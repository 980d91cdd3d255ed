"""Ruled tables: the page's drawn rules → cell grids, and whether a grid's text is a table.

Why our own detector: pdfplumber's `find_tables` rebuilds the page's edges from pdfminer's
objects and costs ~250 times what this does (see benchmarks/bench_tables.py); pdfium already
hands us the path objects, and a table's rules are a handful of horizontal and vertical
segments. A grid is a connected set of them with two horizontal and two vertical rules at least;
its rows are the bands between the horizontal rules, and each band's cells are cut by the
vertical rules that cross it (so a cell merged over two columns stays one cell).

Why guards: Word and LibreOffice draw boxes around prose, signature blocks, counts boxes and
margin notes too. A grid is read as a table (one line per row, cells apart by a tab) only when
its first row is a heading row (`vocab.tables.HEADINGS`) and a column holds figures, "X" marks,
deliberation numbers or vote results, with no long prose in any cell. Everything else keeps the
ordinary reading (`layout.build_lines`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.names import fold
from delib_parse.vocab.tables import HEADINGS, MARK, PROXY_PREFIX, RESULT, STATUS_WORDS

# Rules this close (points) are one (a double border, a rule drawn per cell).
_TOL = 2.0
# A path thinner than this (points) in one direction is a rule, not a box.
_THIN = 3.0
# Shorter segments are ticks, underlines of a word, bullets: no rule of a table.
_MIN_RULE = 6.0
# A cell longer than this is prose in a box, not a table's cell (titles of deliberations run
# to two or three lines: ~250 characters).
MAX_CELL_CHARS = 320
# At least this share of a column's body cells are figures, marks, numbers or results.
_VALUE_SHARE = 0.6
# Path segment types (fpdf_edit.h).
_LINETO, _BEZIER, _MOVETO = 1, 2, 0


class Box(Protocol):
    """A positioned run of text (layout.Word), top-left origin."""

    @property
    def text(self) -> str: ...
    @property
    def x0(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def bottom(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled grid, top-left origin: row edges `ys`, column edges `xs`, and for each row band
    the indices (into `xs`) of the vertical rules that cross it."""

    ys: tuple[float, ...]
    xs: tuple[float, ...]
    cuts: tuple[tuple[int, ...], ...]

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def holds(self, word: Box) -> bool:
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        return self.xs[0] <= cx <= self.xs[-1] and self.ys[0] <= cy <= self.ys[-1]

    def band(self, y: float) -> int:
        return min(max(bisect.bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)

    def column(self, band: int, x: float) -> int:
        """The column (index of its left edge in `xs`) of the cell at `x` in `band`."""
        edges = self.cuts[band]
        i = bisect.bisect_right([self.xs[e] for e in edges], x) - 1
        return edges[min(max(i, 0), len(edges) - 2)]

    def rules_across(self, x0: float, top: float, x1: float, bottom: float) -> list[float]:
        """The vertical rules that cut a run of text in two (a run pdfium read across cells)."""
        if not (self.ys[0] <= (top + bottom) / 2 <= self.ys[-1]):
            return []
        band = self.band((top + bottom) / 2)
        return [self.xs[e] for e in self.cuts[band] if x0 + _TOL < self.xs[e] < x1 - _TOL]


# --- rules from pdfium's path objects ----------------------------------------------------------

_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


@dataclass(slots=True)
class _Rules:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) segments, top-left origin."""

    height: float
    horizontal: list[tuple[float, float, float]] = field(default_factory=list)
    vertical: list[tuple[float, float, float]] = field(default_factory=list)

    def add(self, p: tuple[float, float], q: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = p, q
        y0, y1 = self.height - y0, self.height - y1
        if abs(y1 - y0) <= _TOL and abs(x1 - x0) >= _MIN_RULE:
            self.horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x1 - x0) <= _TOL and abs(y1 - y0) >= _MIN_RULE:
            self.vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    def add_box(self, left: float, bottom: float, right: float, top: float) -> None:
        """A thin filled rectangle is a rule (Word draws its borders so); a wider one a box."""
        if right - left <= _THIN and top - bottom >= _MIN_RULE:
            x = (left + right) / 2
            self.add((x, bottom), (x, top))
        elif top - bottom <= _THIN and right - left >= _MIN_RULE:
            y = (bottom + top) / 2
            self.add((left, y), (right, y))
        else:
            corners = [(left, bottom), (right, bottom), (right, top), (left, top)]
            for p, q in zip(corners, corners[1:] + corners[:1], strict=True):
                self.add(p, q)


def page_rules(page: Any, height: float) -> _Rules:
    """The rules drawn on a pypdfium2 page (through forms too), top-left origin."""
    import ctypes

    import pypdfium2.raw as raw

    rules = _Rules(height)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds = [ctypes.byref(v) for v in (left, bottom, right, top)]
    fx, fy = ctypes.c_float(), ctypes.c_float()
    point_refs = (ctypes.byref(fx), ctypes.byref(fy))
    matrix = raw.FS_MATRIX()
    # Bound once: a page may hold hundreds of path objects (a rule per cell side).
    get_type, get_bounds = raw.FPDFPageObj_GetType, raw.FPDFPageObj_GetBounds
    count_segments = raw.FPDFPath_CountSegments
    path_kind, form_kind = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM

    def walk(objects: Iterator[Any], outer: _Matrix, depth: int) -> None:
        identity = outer == _IDENTITY
        for obj in objects:
            kind = get_type(obj)
            if kind == form_kind and depth < 3:
                if not raw.FPDFPageObj_GetMatrix(obj, matrix):
                    continue
                own = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                count = raw.FPDFFormObj_CountObjects(obj)
                children = (raw.FPDFFormObj_GetObject(obj, i) for i in range(count))
                walk(children, _compose(own, outer), depth + 1)
                continue
            if kind != path_kind or not get_bounds(obj, *bounds):
                continue
            if identity:
                x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            else:
                (x0, y0), (x1, y1) = (
                    _apply(outer, left.value, bottom.value),
                    _apply(outer, right.value, top.value),
                )
            bx0, bx1, by0, by1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
            segments = count_segments(obj)
            # A rule however it is drawn (a line, a thin filled rectangle), or a rectangle
            # ("re": a move, three lines and a close) upright on the page: its bounds say it.
            if bx1 - bx0 <= _THIN or by1 - by0 <= _THIN or (segments in (4, 5) and identity):
                rules.add_box(bx0, by0, bx1, by1)
                continue
            # A path of many strokes (a whole table drawn as one path): its segments.
            if not raw.FPDFPageObj_GetMatrix(obj, matrix):
                continue
            m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
            start = last = None
            for i in range(segments):
                seg = raw.FPDFPath_GetPathSegment(obj, i)
                if not raw.FPDFPathSegment_GetPoint(seg, *point_refs):
                    continue
                point = _apply(m, fx.value, fy.value)
                kind = raw.FPDFPathSegment_GetType(seg)
                if kind == _MOVETO:
                    start = point
                elif kind == _LINETO and last is not None:
                    rules.add(last, point)
                if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                    rules.add(point, start)
                last = point

    count = raw.FPDFPage_CountObjects(page.raw)
    walk((raw.FPDFPage_GetObject(page.raw, i) for i in range(count)), _IDENTITY, 0)
    return rules


# --- rules → grids -----------------------------------------------------------------------------


def _merge_collinear(
    segments: list[tuple[float, float, float]],
) -> list[tuple[float, float, float]]:
    """Segments on one line that touch are one (a rule drawn cell by cell)."""
    out: list[tuple[float, float, float]] = []
    for pos, a, b in sorted(segments):
        if out and abs(pos - out[-1][0]) <= _TOL and a <= out[-1][2] + _TOL:
            p, oa, ob = out[-1]
            out[-1] = (p, oa, max(ob, b))
        else:
            out.append((pos, a, b))
    return out


def _clusters(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOL:
            out.append(v)
    return out


def find_grids(rules: _Rules) -> list[Grid]:
    """Connected sets of horizontal and vertical rules, as grids (top to bottom)."""
    hs = _merge_collinear(rules.horizontal)
    vs = _merge_collinear(rules.vertical)
    if len(hs) < 2 or len(vs) < 2:
        return []
    parent = list(range(len(hs) + len(vs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    v_xs = [v[0] for v in vs]  # sorted by x (merge sorted them)
    for hi, (y, x0, x1) in enumerate(hs):
        lo = bisect.bisect_left(v_xs, x0 - _TOL)
        hi_end = bisect.bisect_right(v_xs, x1 + _TOL)
        for vi in range(lo, hi_end):
            _, y0, y1 = vs[vi]
            if y0 - _TOL <= y <= y1 + _TOL:
                parent[root(hi)] = root(len(hs) + vi)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(len(hs)):
        groups.setdefault(root(i), ([], []))[0].append(i)
    for j in range(len(vs)):
        groups.setdefault(root(len(hs) + j), ([], []))[1].append(j)
    grids = [_grid([hs[i] for i in h], [vs[j] for j in v]) for h, v in groups.values()]
    return sorted((g for g in grids if g is not None), key=lambda g: g.ys[0])


def _grid(
    hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]
) -> Grid | None:
    if len(hs) < 2 or len(vs) < 1:
        return None  # a lone rule, or rules that cross nothing: no grid
    # The rules' ends bound the grid too: a table drawn without its side rules (or without its
    # top and bottom ones) still has its first and last columns (rows).
    ys = _clusters([h[0] for h in hs] + [min(v[1] for v in vs), max(v[2] for v in vs)])
    xs = _clusters([v[0] for v in vs] + [min(h[1] for h in hs), max(h[2] for h in hs)])
    if len(ys) < 2 or len(xs) < 2:
        return None
    # Each vertical rule's column edge, found once (xs are sorted clusters).
    placed = [(_nearest(xs, x), y0, y1) for x, y0, y1 in vs]
    cuts: list[tuple[int, ...]] = []
    for top, bottom in itertools.pairwise(ys):
        mid = (top + bottom) / 2
        crossing = {k for k, y0, y1 in placed if y0 - _TOL <= mid <= y1 + _TOL}
        # The grid's outer edges bound every band, drawn or not (a table without side rules).
        crossing |= {0, len(xs) - 1}
        cuts.append(tuple(sorted(crossing)))
    return Grid(tuple(ys), tuple(xs), tuple(cuts))


def _nearest(xs: list[float], x: float) -> int:
    i = bisect.bisect_left(xs, x)
    if i == 0:
        return 0
    if i == len(xs):
        return len(xs) - 1
    return i if xs[i] - x < x - xs[i - 1] else i - 1


def pdfium_grids(page: Any, height: float) -> list[Grid]:
    return find_grids(page_rules(page, height))


# --- grid + words → rows of cells --------------------------------------------------------------


_B = TypeVar("_B", bound=Box)


def grid_cells(grid: Grid, words: Sequence[_B]) -> list[list[list[_B]]]:
    """The words of each cell, by row and column (every row has a cell per column)."""
    columns = len(grid.xs) - 1
    rows: list[list[list[_B]]] = [[[] for _ in range(columns)] for _ in grid.cuts]
    for w in words:
        band = grid.band((w.top + w.bottom) / 2)
        rows[band][grid.column(band, (w.x0 + w.x1) / 2)].append(w)
    return rows


def cell_text(words: Sequence[Box]) -> str:
    """A cell's words in reading order: its lines top to bottom, joined by a space."""
    if not words:
        return ""
    ordered = sorted(words, key=lambda w: (w.top, w.x0))
    lines: list[list[Box]] = []
    for w in ordered:
        if lines:
            first = lines[-1][0]
            overlap = min(first.bottom, w.bottom) - max(first.top, w.top)
            if overlap >= 0.5 * min(first.bottom - first.top, w.bottom - w.top):
                lines[-1].append(w)
                continue
        lines.append([w])
    out = ""
    for line in lines:
        text = " ".join(w.text.strip() for w in sorted(line, key=lambda w: w.x0) if w.text.strip())
        if not text:
            continue
        # A word cut at its hyphen at the cell's edge ("MARTIN-" / "GENDRE") is one word.
        glue = "" if out.endswith("-") or not out else " "
        out += glue + text
    return out


# --- is it a table? -----------------------------------------------------------------------------

_HEADING_PATTERNS = lazy(
    "|".join(f"(?P<{kind}_{i}>(?:{pattern}))" for i, (kind, pattern) in enumerate(HEADINGS))
)
_MARK = lazy(rf"\s*(?:{MARK})\s*")
# A count, a deliberation's number ("12", "2024-03", "DEL2024_12", "D.2024.045", "n° 3", "1.").
_FIGURE = lazy(r"\s*(?:n\s?°\s*)?[A-Z]{0,5}[\s._/-]?\d{1,4}(?:[\s._/-]\d{1,4}){0,3}[.)]?\s*")
_RESULT = lazy(rf"(?:{RESULT})")
# Presence in words ("Présent", "Excusée", "P") or a proxy ("Pouvoir à M. X").
_STATUS = lazy("|".join(f"(?:{pattern})" for _, pattern in STATUS_WORDS))
_PROXY = lazy(PROXY_PREFIX, regex.IGNORECASE)


def heading_kind(cell: str) -> str | None:
    """What a heading cell's column holds ("number", "title", "present" …), or None."""
    folded = fold(cell).rstrip(" :")
    if not folded or len(folded) > 60:
        return None
    m = _HEADING_PATTERNS.fullmatch(folded)
    if m is None or m.lastgroup is None:
        return None
    kind: str = m.lastgroup.rsplit("_", 1)[0]
    return kind


def is_mark(cell: str) -> bool:
    return bool(_MARK.fullmatch(cell))


def is_value(cell: str) -> bool:
    """A cell that is a record's value: a count, a number, a mark, a vote's result."""
    if _FIGURE.fullmatch(cell) or _MARK.fullmatch(cell):
        return True
    folded = fold(cell)
    if _STATUS.fullmatch(folded) or _PROXY.match(cell) is not None:
        return True
    return bool(_RESULT.match(folded))


def is_table(rows: Sequence[Sequence[str]]) -> bool:
    """Whether rows of cells are a table of records, to be read row by row.

    A heading row first (two cells at least that name a column), then rows under it, one
    column of which holds values, and no cell of prose.
    """
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        return False
    heading, body = rows[0], rows[1:]
    if sum(heading_kind(c) is not None for c in heading if c.strip()) < 2:
        return False
    if any(len(c) > MAX_CELL_CHARS for r in rows for c in r):
        return False
    width = max(len(r) for r in rows)
    for col in range(width):
        cells = [r[col] for r in body if col < len(r) and r[col].strip()]
        if cells and sum(is_value(c) for c in cells) >= _VALUE_SHARE * len(cells):
            return True
    return False
