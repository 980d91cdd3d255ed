"""Members in office who are neither present, represented nor absent.

What it checks:
    When the present list, the proxies and the absent members are all known (a list, or a
    stated count of 0), that present + represented + absent equals `counts.in_office`
    (members who left or withdrew before this vote without a proxy counted with them).
    Lists are used first, the stated counts when a list is not printed; an absent member who
    gave a proxy is counted once, as represented.
Why it matters:
    Every member in office is in exactly one of the three; a member missing from all of them
    (or counted twice) means the attendance was not copied completely.
Fails:
    29 in office, 21 names present, 4 proxies, 2 absent (2 members unaccounted for).
Passes:
    29 in office, 21 present, 4 proxies, 4 absent; a document with no absent list.
Legal basis:
    Internal consistency (the procès-verbal states who was present or represented: CGCT
    L2121-15).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import among

CODE = "C004"
NAME = "attendance-incomplete"
SEVERITY = "warning"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    in_office = d.counts.in_office
    if in_office is None:
        return
    present = len(d.present) if d.present else d.counts.present
    represented = len(d.proxies) if d.proxies else d.counts.represented
    grantors = [p.grantor for p in d.proxies]
    absent_people = [a.person for a in d.absent if not among(a.person, grantors)]
    absent = len(absent_people) if d.absent else d.counts.absent
    if present is None or represented is None or absent is None:
        return
    # Members who left (or withdrew) before this vote without giving a proxy, and did not
    # come back ("M. X regagne la salle": present again).
    gone = sum(
        1 for p in [*d.left, *d.withdrawn] if not among(p, grantors) and not among(p, d.present)
    )
    total = present + represented + absent + gone
    if total != in_office:
        yield ctx.finding(
            f"{present} présents + {represented} représentés + {absent} absents = {total}, "
            f"not the {in_office} members in office",
            at="counts.in_office",
        )
