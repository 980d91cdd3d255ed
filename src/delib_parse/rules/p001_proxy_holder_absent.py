"""A member holds a proxy but is not among the members present.

What it checks:
    Each proxy holder against the present list, when there is one. A holder written by
    function ("M. le Maire", "Madame la Présidente"), or by the name of the sitting's
    president, is the president, who chairs and so is present even when the list names only
    the others (S002 notes that separately).
Why it matters:
    Only a member present can vote for an absent colleague: a proxy held by an absent
    member is void, and the votes counted with it are wrong.
Fails:
    "Mme Anne MARTIN donne pouvoir à M. Luc BLANC" when M. BLANC is not in the present list.
Passes:
    "Mme X donne pouvoir à M. le Maire"; a proxy to the president named in the opening
    ("sous la présidence de M. Jean ARTHUIS") but not listed; a holder named "Claire HUGUES" present as "Mme
    Claire HUGUES"; a document without a present list.
Legal basis:
    CGCT L2121-20 (a member prevented from attending may give a proxy to a colleague of
    their choice).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import among, names_the_president, president_of

CODE = "P001"
NAME = "proxy-holder-absent"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    if not d.present:
        return
    # The president of the sitting is there, listed or not (many minutes name the maire in
    # the opening and list "the others"; S002 notes that).
    president = president_of(d)
    chair = [president] if president is not None else []
    for proxy in d.proxies:
        holder = proxy.holder
        if names_the_president(holder) or among(holder, [*d.present, *chair]):
            continue
        yield ctx.finding(
            f"{holder.name} holds the proxy of {proxy.grantor.name} but is not in the présents list",
            at="proxies",
        )
