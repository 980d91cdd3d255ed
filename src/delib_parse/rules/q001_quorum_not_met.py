"""Fewer members present than the quorum the law asks for this deliberation.

What it checks:
    The members present for the item (the stated count, else the present list; members in
    `withdrawn` who left the room as interested, and in minutes the members who arrived or
    left since the opening, are accounted for: `common.present_for_item`) against the quorum of the
    sitting's date: half the members in office plus one (n // 2 + 1) in ordinary times, one
    third rounded up during the COVID derogations (`rules/periods.py`), counting the members
    represented by a proxy from 2020-04-03 to 2020-07-10. The finding names the regime applied
    and what was assumed (date not read, members in office taken from the seats, members
    withdrawn). On a day whose regime is not certain (the opening day of the November 2020 and
    2021 windows), or when the one-third quorum is missed by its rounding only, or when the
    date could not be read and another regime would pass, it is a warning. A sitting on second
    convocation after a failed quorum needs no quorum: the finding is then info.
Why it matters:
    A deliberation taken without the quorum is illegal and can be annulled; the quorum is
    judged item by item, so a member who withdraws changes it.
Fails:
    "Présents : 20" for 55 members in office on 2023-03-14 (quorum 28); 10 present for 33 in
    office on 2021-03-26 (one third: 11); "Quorum atteint avec 11 élus représentés" when 7
    are present (the quorum counted with proxies, whatever the number in office).
Passes:
    73 present for 86 in office (quorum 44); 11 present for 33 on 2021-03-26 (Pornic,
    "Majorité absolue : 11"); 8 present and 4 represented for 33 on 2020-05-05 (represented
    members counted); any count on second convocation (info).
Legal basis:
    CGCT L2121-17 (communes), L5211-1 (EPCI), L3121-14 (départements), L4132-13 (régions),
    L2131-11 (members interested); loi 2020-290 art. 10, ordonnance 2020-391, loi 2020-760,
    loi 2020-1379 art. 6, loi 2021-1465 art. 10 (COVID periods).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation, Severity
from delib_parse.rules import law, periods
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import in_office_number, present_for_item, represented_for_item

CODE = "Q001"
NAME = "quorum-not-met"
SEVERITY = "error"
SCOPE = "deliberation"


def _regime(period: periods.Period, kind: str | None, counts_represented: bool) -> str:
    if period.quorum == "majority":
        basis = law.QUORUM_BASIS.get(kind or "", "CGCT L2121-17")
        return f"régime ordinaire, {basis}"
    counted = "présents ou représentés" if counts_represented else "présents"
    return f"dérogation COVID, un tiers des {counted}, {period.basis}"


def _counted_with_proxies(d: Deliberation, present: int | None) -> Iterator[RawFinding]:
    """ "Quorum atteint avec 11 élus représentés" when 7 are present: the document reached its
    quorum by counting proxies, which only the spring-2020 ordinance allowed."""
    claimed = d.counts.quorum_reached_with
    if claimed is None or present is None or claimed <= present:
        return
    day = d.sitting.date
    if any(periods.represented_count(p, day, d.subject.title) for p in periods.regimes_on(day)):
        return
    stated = f", quorum indiqué {d.counts.quorum}" if d.counts.quorum is not None else ""
    yield RawFinding(
        f"quorum déclaré atteint avec {claimed} élus dont des représentés, mais {present} "
        f"présents seulement{stated}: les pouvoirs ne comptent pas pour le quorum",
        at="counts.quorum_reached_with",
    )


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    effective = present_for_item(d)
    yield from _counted_with_proxies(d, effective)
    in_office, assumed_in_office = in_office_number(d)
    if effective is None or not in_office:
        return
    assumptions = [assumed_in_office] if assumed_in_office else []
    if d.withdrawn:
        assumptions.append(f"{len(d.withdrawn)} membre(s) intéressé(s) retiré(s) non compté(s)")
    if d.arrived or d.left:
        assumptions.append(
            f"{len(d.arrived)} arrivée(s), {len(d.left)} départ(s) depuis l'ouverture"
        )
    represented = represented_for_item(d) or 0
    day = d.sitting.date
    kind = law.authority_kind(d.authority.kind, d.assembly.kind)

    results = []
    for period in periods.regimes_on(day):
        need = periods.quorum_threshold(in_office, period)
        counts_rep = periods.represented_count(period, day, d.subject.title)
        have = effective + (represented if counts_rep else 0)
        results.append((period, need, have, counts_rep))
    failing = [r for r in results if r[2] < r[1]]
    if not failing:
        return
    period, need, have, counts_rep = failing[0]

    severity: Severity | None = None  # None: the rule's own (error)
    if day is None:
        assumptions.append("date de séance non lue")
        if len(failing) < len(results):
            severity = "warning"
            assumptions.append("une dérogation COVID suffirait")
    elif len(failing) < len(results):
        severity = "warning"
        assumptions.append(f"régime incertain le {day.isoformat()}")
    if period.quorum == "third" and have >= in_office // 3 and severity is None:
        severity = "warning"
        assumptions.append("atteint si le tiers est arrondi à l'entier inférieur")
    if d.sitting.second_convocation:
        severity = "info"
        assumptions.append("seconde convocation : aucun quorum requis")

    who = f"{effective} présents"
    if counts_rep:
        who = f"{effective} présents et {represented} représentés"
    message = (
        f"{who} pour {in_office} en exercice, quorum {need} ({_regime(period, kind, counts_rep)})"
    )
    if assumptions:
        message += "; " + "; ".join(assumptions)
    yield ctx.finding(message, at="counts.present", severity=severity)
