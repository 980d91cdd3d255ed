"""A page was read by OCR: its figures deserve a second look.

What it checks:
    The pages that had no text layer and were read by OCR, passed by the API as
    notes={"ocr_pages": [page numbers]}; one info finding per page.
Why it matters:
    OCR confuses look-alike characters (0/O, 1/l, 5/S): delib corrects only what it can
    prove and lets every other rule run, so a misread figure shows as an inconsistency —
    but a reader publishing the data should know which values came from a picture.
Fails:
    Page 1 of a scanned extract, read with `--ocr auto`.
Passes:
    A PDF with a text layer; a text file.
Legal basis:
    None (the reader's own limits).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Document, Location
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import note_pages

CODE = "X003"
NAME = "page-read-by-ocr"
SEVERITY = "info"
SCOPE = "document"


def check(doc: Document, ctx: RuleContext) -> Iterator[RawFinding]:
    for page in note_pages(ctx.notes, "ocr_pages"):
        yield ctx.finding(
            f"page {page} has no text layer and was read by OCR: check its figures against the scan",
            location=Location(page=page),
        )
