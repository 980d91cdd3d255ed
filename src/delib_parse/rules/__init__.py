"""Consistency rules (the catalogue of DESIGN.md): findings, never exceptions."""

from delib_parse.rules.registry import all_rules, by_code
from delib_parse.rules.runner import RuleSelection, run_rules

__all__ = ["RuleSelection", "all_rules", "by_code", "run_rules"]
