"""More members present and represented than in office, or more in office than seats.

What it checks:
    present + represented (stated counts, else the lengths of the lists) against
    `counts.in_office`; and `counts.in_office` against `counts.seats` when both are printed.
Why it matters:
    Nobody can attend who is not a member in office: one of the figures is wrong, and the
    quorum and the tally computed from it are wrong too.
Fails:
    "En exercice : 19 / Présents : 17 / Pouvoirs : 3"; "Membres : 29, en exercice : 30".
Passes:
    73 present and 13 represented for 86 in office and 86 seats; 28 in office for 29 seats
    (a vacant seat).
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import present_number, represented_number

CODE = "C003"
NAME = "attendance-exceeds-office"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    in_office, seats = d.counts.in_office, d.counts.seats
    present = present_number(d)
    represented = represented_number(d) or 0
    if in_office is not None and present is not None and present + represented > in_office:
        yield ctx.finding(
            f"{present} présents + {represented} représentés = {present + represented}, "
            f"more than the {in_office} members in office",
            at="counts.present",
        )
    if in_office is not None and seats is not None and in_office > seats:
        yield ctx.finding(
            f"{in_office} members in office but only {seats} seats", at="counts.in_office"
        )
