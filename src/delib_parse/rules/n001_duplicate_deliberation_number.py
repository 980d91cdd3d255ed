"""Two deliberations of one document carry the same number.

What it checks:
    The deliberation numbers of the document, compared without case, accents and spaces
    ("DEL 2024-52" = "del2024-52"). The votes of one item of a sitting's minutes share the
    number printed once (same place in the text) and are not duplicates.
Why it matters:
    The number identifies the act (it is keyed on by the préfecture, by open-data
    consumers, by the tool's own deduplication): two acts with one number are ambiguous.
Fails:
    A recueil with "D2024-52" on two extracts.
Passes:
    "D2024-52" then "D2024-53"; two votes of item 5 of the minutes under one printed "5".
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Document, Location
from delib_parse.model.names import fold
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "N001"
NAME = "duplicate-deliberation-number"
SEVERITY = "warning"
SCOPE = "document"


def number_key(number: str) -> str:
    return fold(number).replace(" ", "")


def check(doc: Document, ctx: RuleContext) -> Iterator[RawFinding]:
    seen: dict[str, tuple[int, Location | None]] = {}
    for index, d in enumerate(doc.deliberations):
        if not d.number:
            continue
        key = number_key(d.number)
        where = d.locations.get("number")
        if key not in seen:
            seen[key] = (index, where)
            continue
        first, first_where = seen[key]
        if where is not None and where == first_where:
            continue  # the same printed number (votes of one item)
        yield ctx.finding(
            f"number {d.number} of deliberation {index + 1} already given to deliberation "
            f"{first + 1}",
            location=where or d.location,
        )
