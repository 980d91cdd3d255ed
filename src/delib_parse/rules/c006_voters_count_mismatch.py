"""The stated votants are not the members present plus the proxies they hold.

What it checks:
    `counts.present + counts.represented = counts.voters` when the three are printed (none
    of them computed from the others), for a deliberation whose attendance no move changed
    and whose vote states no votants of its own.
Why it matters:
    Each member present votes, and once more for the member whose proxy he holds (CGCT
    L2121-20): the votants are the sum. A count that differs is a copying error in the header,
    and the quorum or the tally compared with it is wrong with it.
Fails:
    "Présents : 29 / Pouvoirs : 5 / Votants : 33".
Passes:
    "Présents : 29 / Pouvoirs : 5 / Votants : 34"; "Votants : 26" in the vote of an item the
    maire left (the vote's own votants: V002 holds the tally to them); the counts restated
    after a departure.
Legal basis:
    CGCT L2121-20 (one proxy a member, the proxy's vote cast by its holder).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "C006"
NAME = "voters-count-mismatch"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    c = d.counts
    if c.present is None or c.represented is None or c.voters is None:
        return
    if {"present", "represented", "voters"} & set(c.derived):
        return
    if "vote.voters" in d.locations:
        return  # the vote's own votants (a member out for this item): V002's
    if d.left or d.arrived or d.withdrawn or d.left_time_unknown or d.arrived_time_unknown:
        return  # the moves of the sitting: the counts are the parser's sums, not a header's
    if c.present + c.represented != c.voters:
        yield ctx.finding(
            f"{c.present} présents + {c.represented} représentés = "
            f"{c.present + c.represented}, but {c.voters} votants stated",
            at="counts.voters",
        )
