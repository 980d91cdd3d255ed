"""A member gives a proxy to themself.

What it checks:
    Grantor and holder of each proxy, compared with `model.names.same_person` (a printed
    civility that differs keeps them apart); a holder written "M. le Maire" is the sitting's
    president.
Why it matters:
    It is a misreading or a copying error: the proxy was meant for someone else, and the
    real holder is unknown.
Fails:
    "M. Paul FILY donne pouvoir à M. Paul FILY"; the maire "donne pouvoir à M. le Maire".
Passes:
    "M. Paul FILY donne pouvoir à Mme Claire HUGUES"; "M. MARTIN pouvoir à Mme MARTIN".
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import names_the_president, president_of, same_member

CODE = "P003"
NAME = "proxy-to-self"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    president = president_of(d)
    for proxy in d.proxies:
        holder = proxy.holder
        if names_the_president(holder):
            if president is None:
                continue
            holder = president
        if same_member(proxy.grantor, holder):
            yield ctx.finding(
                f"{proxy.grantor.name} gives a proxy to themself ({proxy.holder.name})",
                at="proxies",
            )
