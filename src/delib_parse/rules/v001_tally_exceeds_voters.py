"""More votes counted than members present and represented.

What it checks:
    yes + no + abstain, plus blank and not_voting when the document counts them, against
    present + represented for the item (the stated counts, else the lists; members who
    arrived, left or withdrew since the opening accounted for, and one withdrawn or gone whom
    the tally counts as not taking part counted once).
Why it matters:
    Each member present or represented casts at most one vote: a tally above that figure
    means a vote was miscounted or the attendance is wrong.
Fails:
    "POUR : 80 CONTRE : 5 ABSTENTION : 3" with 73 present and 13 represented (88 > 86); two
    candidates with 12 and 10 votes for 20 present.
Passes:
    "POUR : 86 CONTRE : 0 ABSTENTION : 0" with 73 present and 13 represented; a tally below
    (members who did not vote — V002's concern).
Legal basis:
    Internal consistency (one vote per member, one proxy each: CGCT L2121-20).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.model.names import same_person
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import present_for_item, represented_for_item

CODE = "V001"
NAME = "tally-exceeds-voters"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    v = d.vote
    present = present_for_item(d)
    if v is None or present is None:
        return
    # An election's ballots are every candidate's votes, not only the winner's (`yes`).
    yes = sum(c.votes for c in v.candidates) if v.candidates else v.yes
    parts = [yes, v.no, v.abstain, v.blank, v.not_voting]
    if all(x is None for x in parts):
        return
    tally = sum(x or 0 for x in parts)
    # A member withdrawn from the item as interested, or gone from the room, whom the tally
    # also counts as not taking part ("Mme X quitte la salle et ne prend pas part au vote",
    # "… des votants (25 voix pour), M. X n'ayant pas pris part au vote"), is no vote more.
    not_voting = v.not_voting or 0
    gone = [*d.withdrawn, *d.left]
    named = sum(1 for p in v.not_voting_names if any(same_person(p, q) for q in gone))
    tally -= min(not_voting, max(named, len(d.withdrawn)))
    represented = represented_for_item(d) or 0
    if tally > present + represented:
        unplaced = len(d.arrived_time_unknown)
        if tally <= present + represented + unplaced:
            names = ", ".join(p.name for p in d.arrived_time_unknown)
            yield ctx.finding(
                f"{tally} votes counted for {present} présents + {represented} représentés; "
                f"{names}, recorded arriving at a time the minutes do not relate to this vote, "
                "may account for the difference",
                at="vote",
                severity="info",
            )
            return
        yield ctx.finding(
            f"{tally} votes counted for {present} présents + {represented} représentés "
            f"= {present + represented}",
            at="vote",
        )
