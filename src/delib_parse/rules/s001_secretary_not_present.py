"""The secrétaire de séance is not among the members present.

What it checks:
    `sitting.secretary` against the present list, when both are given (people compared with
    `model.names.same_person`).
Why it matters:
    The secretary is chosen among the members at the opening of the sitting and signs the
    deliberation: a secretary missing from the present list is a wrong name or an
    incomplete list.
Fails:
    "Secrétaire de séance : M. Antoine HOAREAU" with no HOAREAU among the present.
Passes:
    "Secrétaire de séance : Monsieur HOAREAU" with "Monsieur Antoine HOAREAU" present.
Legal basis:
    CGCT L2121-15 ("le conseil municipal nomme un ou plusieurs de ses membres pour remplir
    les fonctions de secrétaire").
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import among

CODE = "S001"
NAME = "secretary-not-present"
SEVERITY = "warning"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    secretary = d.sitting.secretary
    if secretary is None or not d.present or among(secretary, d.present):
        return
    yield ctx.finding(
        f"secrétaire de séance {secretary.name} is not in the présents list",
        at="sitting.secretary",
    )
