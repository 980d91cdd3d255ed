"""The president of the sitting is not among the members present.

What it checks:
    `sitting.president` against the present list, when both are given (people compared with
    `model.names.same_person`). A president written by function only ("M. le Maire") cannot
    be compared and passes.
Why it matters:
    The president chairs the sitting and votes: missing from the present list, either the
    list is incomplete or the counts built on it are short by one.
    Many communes name the maire in the opening ("sous la présidence de René CLINCHARD,
    Maire") and list only the other members under "Présents": when no present count says
    otherwise, that is noted (info); it is a warning when the stated count equals the names
    listed (the president counted nowhere) or exceeds them by more than one.
Fails:
    "Président : Monsieur REBSAMEN" with no REBSAMEN among the 21 present, "Présents : 21".
Passes:
    "Président : Monsieur REBSAMEN" with "Monsieur François REBSAMEN" present. (Info: the
    president named in the opening, the present list without him and no count.)
Legal basis:
    Internal consistency (the maire presides: CGCT L2121-14).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import among, names_the_president, stated_present

CODE = "S002"
NAME = "president-not-present"
SEVERITY = "warning"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    president = d.sitting.president
    if president is None or not d.present or names_the_president(president):
        return
    # The president who left the room for this item (the maire for the compte
    # administratif, L2121-14) or the rest of the sitting was present at the opening.
    if among(president, [*d.present, *d.withdrawn, *d.left]):
        return
    stated = stated_present(d)
    convention = stated is None or stated == len(d.present) + 1
    yield ctx.finding(
        f"président de séance {president.name} is not in the présents list"
        + (
            " (a list of the other members present, as many minutes print it?)"
            if convention
            else ""
        ),
        at="sitting.president",
        severity="info" if convention else None,
    )
