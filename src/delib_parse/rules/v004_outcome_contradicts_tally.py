"""The stated outcome does not follow from the tally.

What it checks:
    "adopté" while yes < no, or "rejeté" while yes > no. A tie (yes = no) "adopté" passes
    only with the president's casting vote: a warning, unless the document mentions the
    voix prépondérante (`vote.casting_vote`). A tie "rejeté" passes (no majority). A missing
    "contre" figure counts as 0; "pris acte" (noted) is not checked.
Why it matters:
    A deliberation adopted without a majority of the suffrages exprimés is illegal; an
    outcome at odds with the figures means one of them is wrong.
Fails:
    "Adopté" with "Pour : 10 Contre : 12"; "Rejeté" with "Pour : 15 Contre : 3"; "Adopté"
    with "Pour : 12 Contre : 12" and no casting vote (warning).
Passes:
    "Adopté" with "Pour : 25 Contre : 3"; "Rejeté" with "Pour : 12 Contre : 12"; a tie
    adopted "voix du président prépondérante".
Legal basis:
    CGCT L2121-20 (majority of the suffrages exprimés; the president's casting vote).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "V004"
NAME = "outcome-contradicts-tally"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    v = d.vote
    if v is None or v.yes is None or v.outcome not in ("adopted", "rejected"):
        return
    yes, no = v.yes, v.no or 0
    if v.outcome == "adopted" and yes < no:
        yield ctx.finding(f"adopté with {yes} pour and {no} contre", at="vote")
    elif v.outcome == "adopted" and yes == no and not v.casting_vote:
        yield ctx.finding(
            f"adopté on a tie ({yes} pour, {no} contre): only by the president's casting vote"
            " (voix prépondérante), which the document does not mention",
            at="vote",
            severity="warning",
        )
    elif v.outcome == "rejected" and yes > no:
        yield ctx.finding(f"rejeté with {yes} pour and {no} contre", at="vote")
