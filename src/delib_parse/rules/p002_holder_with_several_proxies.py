"""One member holds more proxies than the law allows.

What it checks:
    How many proxies each holder holds, against the limit of the sitting's date: one in
    ordinary times, two during the COVID derogations (`rules/periods.py`). Holders are
    compared with `model.names.same_person`; a holder written "M. le Maire" is the sitting's
    president (the stated president, or the present member whose role is Maire/Président).
    Two proxies held when the derogation allowed them are a warning, not an error: the vote
    stands only by a temporary law, so a reader (a préfecture, a journalist) should see that
    the sitting leaned on it — careful readers of published minutes flag it as an anomaly.
    When another regime that may apply (a day whose regime is not certain, or a sitting date
    that could not be read) would allow it, it is a warning too, and the finding says why.
Why it matters:
    Extra proxies are void: the votes cast with them, and the tally, are wrong.
Fails:
    "A pouvoir à M. le Maire, B pouvoir à M. le Maire" in 2023; three proxies to one member
    on 2021-03-26.
Passes:
    One proxy per holder. (Two proxies to one member on 2021-03-26, allowed by loi 2020-1379,
    give a warning that names the law.)
Legal basis:
    CGCT L2121-20 ("un même conseiller municipal ne peut être porteur que d'un seul
    pouvoir"); loi 2020-290 art. 10, loi 2020-1379 art. 6, loi 2021-1465 art. 10.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation, Person, Severity
from delib_parse.rules import periods
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import names_the_president, president_of, same_member

CODE = "P002"
NAME = "holder-with-several-proxies"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    president = president_of(d)
    groups: list[tuple[Person, list[Person]]] = []  # holder → grantors
    for proxy in d.proxies:
        holder = proxy.holder
        if names_the_president(holder) and president is not None:
            holder = president
        for known, grantors in groups:
            same = same_member(known, holder) or (
                names_the_president(known) and names_the_president(holder)
            )
            if same:
                grantors.append(proxy.grantor)
                break
        else:
            groups.append((holder, [proxy.grantor]))

    day = d.sitting.date
    regimes = periods.regimes_on(day)  # every regime when the date is unknown
    for holder, grantors in groups:
        failing = [r for r in regimes if len(grantors) > r.proxies_per_holder]
        who = ", ".join(g.name for g in grantors)
        if not failing:
            if len(grantors) > 1:
                yield ctx.finding(
                    f"{holder.name} holds {len(grantors)} proxies ({who}): allowed only by "
                    f"the {regimes[0].proxies_label} (one in ordinary times)",
                    at="proxies",
                    severity="warning",
                )
            continue
        severity: Severity | None = None
        regime = failing[0]
        note = regime.proxies_label
        if day is None:
            note = "date de séance non lue, " + note
        elif len(regimes) > 1:
            note += f"; régime incertain le {day.isoformat()}"
        if len(failing) < len(regimes):
            severity = "warning"
        yield ctx.finding(
            f"{holder.name} holds {len(grantors)} proxies ({who}); "
            f"at most {regime.proxies_per_holder} ({note})",
            at="proxies",
            severity=severity,
        )
