"""The convocation was sent too late for the sitting.

What it checks:
    The jours francs between the convocation (`sitting.convened_on`) and the sitting
    (`sitting.date`) — (sitting − sending) in days − 1 — against the delay of the body
    (`rules/law.py`): communes 3 (the population is not printed: fewer than 3 500 inhabitants
    is assumed, and the finding says so; 5 from 3 500), EPCI, métropoles and syndicats 5, 1 in
    urgency (never less). Kind not read: 3, said in the finding. Départements and régions
    have no jours-francs rule for the convocation: their 12 days (not francs) are for sending
    the report, which usually goes with the convocation, so fewer than 12 days gives a
    warning that says so. Alsace-Moselle communes (when the caller passes
    notes={"departement": "57" | "67" | "68"}): "trois jours au moins" (not francs), "la
    veille" in urgency. A convocation after the sitting is D002's.
Why it matters:
    Members must have time to prepare; a deliberation of a sitting convened too late can be
    annulled.
Fails:
    A commune convened on 2023-03-10 for 2023-03-13 (2 jours francs); a métropole convened on
    2023-01-29 for 2023-02-02 (3 jours francs).
Passes:
    Dijon métropole convened on 2023-01-27 for 2023-02-02 (5 jours francs); a commune convened
    on 2023-03-09 for 2023-03-13 (3 jours francs); urgency convened the day before.
Legal basis:
    CGCT L2121-11 (communes < 3 500), L2121-12 (≥ 3 500), L5211-1 (EPCI), L3121-19 and
    L4132-18 (report of départements and régions), L2541-2 (Alsace-Moselle).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules import law
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "D001"
NAME = "convocation-too-late"
SEVERITY = "warning"
SCOPE = "deliberation"


def _delay(d: Deliberation, ctx: RuleContext) -> law.Delay:
    kind = law.authority_kind(d.authority.kind, d.assembly.kind)
    urgency = d.sitting.urgency
    departement = str(ctx.notes.get("departement") or "")
    if kind == "commune" and departement in law.ALSACE_MOSELLE:
        return law.ALSACE_MOSELLE_URGENCY if urgency else law.ALSACE_MOSELLE_DELAY
    if urgency:
        return law.URGENCY_DELAY
    if kind in law.REPORT_DELAYS:
        return law.REPORT_DELAYS[kind]
    return law.CONVOCATION_DELAYS.get(kind or "", law.UNKNOWN_KIND_DELAY)


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    sent, sitting = d.sitting.convened_on, d.sitting.date
    if sent is None or sitting is None or sent > sitting:
        return
    delay = _delay(d, ctx)
    if delay.francs:
        have = law.jours_francs(sent, sitting)
        unit = "jours francs"
    else:
        have = (sitting - sent).days
        unit = "jours"
    if have >= delay.days:
        return
    urgency = " en urgence" if d.sitting.urgency else ""
    message = (
        f"convocation du {sent.isoformat()} pour la séance du {sitting.isoformat()}{urgency}: "
        f"{have} {unit}, {delay.days} requis ({delay.basis})"
    )
    if delay.assumption:
        message += f"; {delay.assumption}"
    yield ctx.finding(message, at="sitting.convened_on")
