"""Small PDFs with tables drawn by the tests (reportlab's canvas): ruled grids, aligned columns
without rules, boxes around prose. A cell's "\\n" wraps it over several lines in its cell."""

from __future__ import annotations

import io
from collections.abc import Sequence

FONT, SIZE, LEADING = "Helvetica", 10.0, 13.0
LEFT, TOP = 50.0, 790.0
# Narrower than the text height on purpose: pdfium then reads neighbouring cells as one run,
# which the detector must cut at the rule.
PADDING = 3.0


def _width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, FONT, SIZE))


def column_widths(rows: Sequence[Sequence[str]]) -> list[float]:
    count = max(len(r) for r in rows)
    widths = [0.0] * count
    for row in rows:
        for i, cell in enumerate(row):
            for part in cell.split("\n"):
                widths[i] = max(widths[i], _width(part) + 2 * PADDING)
    return widths


def table_pdf(
    rows: Sequence[Sequence[str]],
    *,
    before: Sequence[str] = (),
    after: Sequence[str] = (),
    ruled: bool = True,
    gutter: float = 0.0,
    widths: Sequence[float] | None = None,
    side_rules: bool = True,
) -> bytes:
    """A page: lines of text, the table, lines of text. Unruled tables get `gutter` points
    between columns (aligned columns, no rule)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(FONT, SIZE)
    c.setLineWidth(0.5)
    y = TOP
    for line in before:
        c.drawString(LEFT, y, line)
        y -= LEADING
    y -= 6
    cols = list(widths) if widths is not None else column_widths(rows)
    if not ruled:
        cols = [w + gutter for w in cols]
    xs = [LEFT]
    for w in cols:
        xs.append(xs[-1] + w)
    top = y + SIZE
    edges = [top]
    for row in rows:
        lines = max(len(cell.split("\n")) for cell in row) if row else 1
        height = lines * LEADING + 2 * PADDING
        for i, cell in enumerate(row):
            for k, part in enumerate(cell.split("\n")):
                c.drawString(xs[i] + PADDING, edges[-1] - PADDING - SIZE - k * LEADING, part)
        edges.append(edges[-1] - height)
    if ruled:
        for e in edges:
            c.line(xs[0], e, xs[-1], e)
        for i, x in enumerate(xs):
            if side_rules or 0 < i < len(xs) - 1:
                c.line(x, edges[0], x, edges[-1])
    y = edges[-1] - LEADING - 6
    for line in after:
        c.drawString(LEFT, y, line)
        y -= LEADING
    c.showPage()
    c.save()
    return buf.getvalue()


def box_pdf(lines: Sequence[str], *, before: Sequence[str] = (), columns: int = 1) -> bytes:
    """Prose in a ruled box (split in `columns` cells side by side, a line each)."""
    rows = [[line] * columns for line in lines] if columns > 1 else [[line] for line in lines]
    return table_pdf(rows, before=before)
