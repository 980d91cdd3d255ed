"""The names given for a vote option do not match its count.

What it checks:
    When the document names who voted against, abstained or did not take part ("3 contre
    (M. X, Mme Y)"), that the number of names equals the count. A named member who holds a
    proxy may stand for two votes, so a count between the names and the names plus the
    proxies they hold passes.
Why it matters:
    The names are how a reader knows who opposed: a name missing, or a count that is
    wrong, misrepresents a member's vote.
Fails:
    "Contre : 3 (M. X, Mme Y)" when neither holds a proxy; "Abstention : 1 (M. A, M. B)".
Passes:
    "Contre : 2 (M. X, Mme Y)"; "Contre : 3 (M. X, Mme Y)" when M. X holds a proxy; a count
    without names.
Legal basis:
    Internal consistency (the names of the voters are recorded on request: CGCT L2121-21).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation, Person
from delib_parse.model.names import same_person
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "V005"
NAME = "named-voters-mismatch"
SEVERITY = "warning"
SCOPE = "deliberation"


def _proxies_held(d: Deliberation, names: list[Person]) -> int:
    return sum(1 for p in d.proxies if any(same_person(p.holder, n) for n in names))


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    v = d.vote
    if v is None:
        return
    options = (
        ("contre", "no", v.no, v.no_names),
        ("abstention", "abstain", v.abstain, v.abstain_names),
        ("ne prend pas part au vote", "not_voting", v.not_voting, v.not_voting_names),
    )
    for label, key, count, names in options:
        if count is None or not names:
            continue
        low, high = len(names), len(names) + _proxies_held(d, names)
        if not low <= count <= high:
            listed = ", ".join(n.name for n in names)
            yield ctx.finding(
                f"« {label} » : {count} stated but {len(names)} named ({listed})",
                at=f"vote.{key}",
            )
