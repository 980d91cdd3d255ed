"""The stated number of proxies differs from the proxies listed.

What it checks:
    `counts.represented` ("Nombre de procurations : 13", "Représentés : 4"), or when no such
    count is printed the "dont 13 procuration(s)" of the vote, against the number of proxies
    in the list, when the list is given.
Why it matters:
    A proxy missing from the list (or a count that is wrong) changes the number of votes the
    tally should add up to, and hides who voted for whom.
Fails:
    "Nombre de procurations : 13" above a list of 12 proxies; "DONT 5 PROCURATION(S)" with 4
    proxies listed and no count.
Passes:
    "Pouvoirs : 2" and two "X pouvoir à Y"; a count without a list (nothing to compare).
Legal basis:
    Internal consistency (proxies: CGCT L2121-20).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "C002"
NAME = "proxy-count-mismatch"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    if not d.proxies:
        return
    listed = len(d.proxies)
    if d.counts.represented is not None:
        if d.counts.represented != listed:
            yield ctx.finding(
                f"{d.counts.represented} procurations stated but {listed} proxies listed",
                at="counts.represented",
            )
        return
    if d.vote is not None and d.vote.proxies_included is not None:
        if d.vote.proxies_included != listed:
            yield ctx.finding(
                f"vote « dont {d.vote.proxies_included} procurations » but {listed} proxies listed",
                at="vote.proxies_included",
            )
