"""A page of the document could not be read.

What it checks:
    The pages the source stage could not read — no text layer, and OCR was off or failed —
    passed by the API as notes={"unreadable_pages": [page numbers]}; one finding per page.
Why it matters:
    What was on the page (names, a vote, a whole deliberation) is missing from the data,
    and the other rules cannot see it.
Fails:
    A scanned page 2 read without OCR.
Passes:
    A PDF whose pages all have a text layer; a scanned page read by OCR.
Legal basis:
    None (the reader's own limits).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Document, Location
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import note_pages

CODE = "X002"
NAME = "unreadable-page"
SEVERITY = "warning"
SCOPE = "document"


def check(doc: Document, ctx: RuleContext) -> Iterator[RawFinding]:
    ocr = "OCR failed" if doc.source.ocr else "OCR was off"
    for page in note_pages(ctx.notes, "unreadable_pages"):
        yield ctx.finding(
            f"page {page} has no text layer and {ocr}: its content is missing",
            location=Location(page=page),
        )
