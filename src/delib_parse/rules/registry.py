"""The rule catalogue: one module per rule, listed here once.

Adding a rule = a module in this package + one line in RULE_MODULES + a case file in
tests/rules/cases/.
"""

from __future__ import annotations

import importlib
from functools import cache

from delib_parse.rules.base import Rule

RULE_MODULES: tuple[str, ...] = (
    "q001_quorum_not_met",
    "c001_present_count_mismatch",
    "c002_proxy_count_mismatch",
    "c003_attendance_exceeds_office",
    "c004_attendance_incomplete",
    "c005_member_listed_twice",
    "v001_tally_exceeds_voters",
    "v002_tally_sum_mismatch",
    "v003_unanimity_contradicted",
    "v004_outcome_contradicts_tally",
    "v005_named_voters_mismatch",
    "p001_proxy_holder_absent",
    "p002_holder_with_several_proxies",
    "p003_proxy_to_self",
    "s001_secretary_not_present",
    "s002_president_not_present",
    "d001_convocation_too_late",
    "d002_dates_out_of_order",
    "n001_duplicate_deliberation_number",
    "n002_deliberation_number_out_of_sequence",
    "x001_section_not_found",
    "x002_unreadable_page",
    "x003_page_read_by_ocr",
)


@cache
def all_rules() -> tuple[Rule, ...]:
    rules = []
    for name in RULE_MODULES:
        try:
            module = importlib.import_module(f"delib_parse.rules.{name}")
        except ModuleNotFoundError:
            continue  # not written yet
        rules.append(
            Rule(
                code=module.CODE,
                name=module.NAME,
                severity=module.SEVERITY,
                scope=getattr(module, "SCOPE", "deliberation"),
                module=module,
            )
        )
    return tuple(rules)


def by_code() -> dict[str, Rule]:
    return {r.code: r for r in all_rules()}
