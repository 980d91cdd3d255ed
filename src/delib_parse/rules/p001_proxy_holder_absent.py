"""A member holds a proxy but is not among the members present.

What it checks:
    Each proxy holder against the present list, when there is one. A holder written by
    function ("M. le Maire", "Madame la Présidente") is the sitting's president, who chairs
    and so is present (S002 checks the president separately).
Why it matters:
    Only a member present can vote for an absent colleague: a proxy held by an absent
    member is void, and the votes counted with it are wrong.
Fails:
    "Mme Anne MARTIN donne pouvoir à M. Luc BLANC" when M. BLANC is not in the present list.
Passes:
    "Mme X donne pouvoir à M. le Maire"; a holder named "Claire HUGUES" present as "Mme
    Claire HUGUES"; a document without a present list.
Legal basis:
    CGCT L2121-20 (a member prevented from attending may give a proxy to a colleague of
    their choice).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import among, names_the_president

CODE = "P001"
NAME = "proxy-holder-absent"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    if not d.present:
        return
    for proxy in d.proxies:
        holder = proxy.holder
        if names_the_president(holder) or among(holder, d.present):
            continue
        yield ctx.finding(
            f"{holder.name} holds the proxy of {proxy.grantor.name} but is not in the présents list",
            at="proxies",
        )
