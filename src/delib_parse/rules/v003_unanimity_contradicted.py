"""A vote said to be unanimous that has votes against.

What it checks:
    "à l'unanimité" stated (`vote.unanimous`) while votes against are counted or named: an
    error. With abstentions only, it is the common "unanimité des suffrages exprimés"
    (abstentions are not suffrages exprimés): info when the document says only "à
    l'unanimité", nothing when it says "des suffrages exprimés".
Why it matters:
    "Unanimité" tells the reader that nobody opposed: a vote against contradicts it, and
    one of the two is wrong.
Fails:
    "Adopté à l'unanimité" with "Contre : 2"; "à l'unanimité" with "1 abstention" (info).
Passes:
    "Adopté à l'unanimité" with "Contre : 0"; "à l'unanimité des suffrages exprimés (3
    abstentions)"; members who "ne prennent pas part au vote".
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "V003"
NAME = "unanimity-contradicted"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    v = d.vote
    if v is None or not (v.unanimous or v.unanimous_of_expressed):
        return
    against = max(v.no or 0, len(v.no_names))
    abstain = max(v.abstain or 0, len(v.abstain_names))
    if against:
        yield ctx.finding(f"« à l'unanimité » stated but {against} contre", at="vote")
    elif abstain and not v.unanimous_of_expressed:
        yield ctx.finding(
            f"« à l'unanimité » with {abstain} abstention(s): unanimité des suffrages exprimés",
            at="vote",
            severity="info",
        )
