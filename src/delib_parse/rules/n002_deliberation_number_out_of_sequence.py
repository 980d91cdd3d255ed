"""A deliberation number that does not fit its sitting or the document's sequence.

What it checks:
    A number carrying a year (four digits, 1990–2099, not inside a longer run of digits)
    that differs from the sitting's year ("DEL2024-78" in a 2025 sitting); and, among the
    numbers that share a stem ("DEL2024-" …), one that is lower than the one before it in the
    document (gaps are normal: other acts take numbers; repeats are N001's).
Why it matters:
    Such a number is misprinted or misread, or belongs to another sitting that the text
    merely cites; keyed on, it files the act under the wrong one.
Fails:
    "DEL2024-78" in a sitting of 2025-01-15; "D2024-52", "D2024-53", "D2024-41".
Passes:
    "DEL2025-3" in a sitting of 2025-01-15; "D2024-52", "D2024-55", "D2024-56".
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.lazyre import lazy
from delib_parse.model.document import Document
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.n001_duplicate_deliberation_number import number_key

CODE = "N002"
NAME = "deliberation-number-out-of-sequence"
SEVERITY = "warning"
SCOPE = "document"

_YEAR = lazy(r"(?<!\d)(19[9]\d|20\d\d)(?!\d)")
_LAST_NUMBER = lazy(r"^(.*?)(\d+)\D*$")


def check(doc: Document, ctx: RuleContext) -> Iterator[RawFinding]:
    last: dict[str, tuple[int, str]] = {}  # stem → (last number, as printed)
    for d in doc.deliberations:
        if not d.number:
            continue
        where = d.locations.get("number") or d.location
        year = _YEAR.search(d.number)
        if year and d.sitting.date is not None and int(year.group(1)) != d.sitting.date.year:
            yield ctx.finding(
                f"number {d.number} carries the year {year.group(1)} but the séance is of "
                f"{d.sitting.date.isoformat()}",
                location=where,
            )
        m = _LAST_NUMBER.match(number_key(d.number))
        if not m:
            continue
        stem, value = m.group(1), int(m.group(2))
        if stem in last and value < last[stem][0]:
            yield ctx.finding(
                f"number {d.number} comes after {last[stem][1]} in the document", location=where
            )
        if stem not in last or value >= last[stem][0]:
            last[stem] = (value, d.number)
