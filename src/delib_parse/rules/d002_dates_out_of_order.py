"""Dates that cannot be in this order.

What it checks:
    The convocation dated after the sitting; a sitting dated after the document's own date
    (`notes["document_date"]` when the caller knows it: signature, transmission or
    publication date) or after today (no document can record a sitting that has not been
    held).
Why it matters:
    One of the dates was misprinted or misread, and the delays (D001) and the periods
    (Q001, P002) computed from it are wrong.
Fails:
    "Convocation du 5 mars 2023" for a "Séance du 2 mars 2023"; "Séance du 2 février 2203".
Passes:
    Convened on 2023-01-27 for 2023-02-02; a sitting on the day of the convocation
    (D001's concern).
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "D002"
NAME = "dates-out-of-order"
SEVERITY = "error"
SCOPE = "deliberation"


def _document_date(ctx: RuleContext) -> dt.date | None:
    value = ctx.notes.get("document_date")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    sent, sitting = d.sitting.convened_on, d.sitting.date
    if sent is not None and sitting is not None and sent > sitting:
        yield ctx.finding(
            f"convocation du {sent.isoformat()} after the séance du {sitting.isoformat()}",
            at="sitting.convened_on",
        )
    if sitting is None:
        return
    own = _document_date(ctx)
    if own is not None and sitting > own:
        yield ctx.finding(
            f"séance du {sitting.isoformat()} after the document's own date {own.isoformat()}",
            at="sitting.date",
        )
    elif sitting > dt.date.today():
        yield ctx.finding(f"séance du {sitting.isoformat()} is in the future", at="sitting.date")
