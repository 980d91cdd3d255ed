"""The stated number of members present differs from the names in the present list.

What it checks:
    `counts.present` as printed ("Nombre de présents : 73", "Présents : 21") against the
    number of people in the present list, when both are given. In minutes, where the count
    is the opening's, the list as it was at the opening (members who arrived, left or
    withdrew since put back) also passes.
Why it matters:
    One of the two is wrong: either a name is missing from the list, or the count that the
    quorum and the tally rest on is wrong.
Fails:
    "Présents : 22" above a list of 21 names.
Passes:
    "Nombre de présents participant au vote : 73" above 73 names; a document without a list;
    a count delib derived ("11 … dont 3 procurations") rather than read.
Legal basis:
    Internal consistency (the procès-verbal states who was present: CGCT L2121-15).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import stated_present

CODE = "C001"
NAME = "present-count-mismatch"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    stated = stated_present(d)
    if stated is None or not d.present:
        return
    listed = len(d.present)
    # In minutes the count is the opening's and the list the item's: members who arrived,
    # left or withdrew since are moved by the builder.
    at_opening = listed - len(d.arrived) + len(d.left) + len(d.withdrawn)
    if stated not in (listed, at_opening):
        yield ctx.finding(
            f"{stated} présents stated but {listed} names in the present list",
            at="counts.present",
        )
