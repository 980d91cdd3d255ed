"""The rule catalogue: one module per rule, listed here once, registered in a dict by code
(yamllint's `_RULES` is the model).

Adding a rule = a module in this package + one line in RULE_MODULES + a case file in
tests/rules/cases/. A listed module that cannot be imported, or whose CODE is not the one its
name begins with, is an error: a rule missing from the catalogue must not pass unseen.
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
    "c006_voters_count_mismatch",
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


class RegistryError(Exception):
    """RULE_MODULES names a module that is not there or not what its name says: a bug."""


def _load(name: str) -> Rule:
    try:
        module = importlib.import_module(f"delib_parse.rules.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"delib_parse.rules.{name}":
            raise  # the module is there but imports something that is not
        raise RegistryError(f"RULE_MODULES lists {name!r}, which is not a rule module") from exc
    code = name.partition("_")[0].upper()
    if getattr(module, "CODE", None) != code:
        raise RegistryError(f"rule module {name!r} must define CODE = {code!r}")
    return Rule(
        code=module.CODE,
        name=module.NAME,
        severity=module.SEVERITY,
        scope=getattr(module, "SCOPE", "deliberation"),
        module=module,
    )


@cache
def _rules() -> dict[str, Rule]:
    """_RULES: code -> Rule, in the catalogue's order (imported once, on first use)."""
    rules: dict[str, Rule] = {}
    for name in RULE_MODULES:
        rule = _load(name)
        if rule.code in rules:
            raise RegistryError(f"two rule modules define {rule.code}")
        rules[rule.code] = rule
    return rules


def all_rules() -> tuple[Rule, ...]:
    return tuple(_rules().values())


def by_code() -> dict[str, Rule]:
    return dict(_rules())


def get(code: str) -> Rule:
    """The rule of `code` (Q001); KeyError naming the catalogue for an unknown one."""
    try:
        return _rules()[code]
    except KeyError:
        raise KeyError(f"no rule {code!r}; rules: {', '.join(_rules())}") from None
