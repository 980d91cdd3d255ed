"""The report and rule registries are dicts of what they register (yamllint's `_RULES` is the
model), and a rule module the catalogue lists but cannot load is an error, never a silent
skip (issue #14 E)."""

from __future__ import annotations

import io

import pytest

from delib_parse.report import registry as reports
from delib_parse.rules import registry as rules


def test_the_formats_are_the_keys_of_the_report_registry() -> None:
    assert reports.FORMATS == tuple(reports._REPORTERS)
    for fmt in reports.FORMATS:
        reporter = reports.make_reporter(fmt, io.StringIO())
        assert callable(reporter.add)
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        reports.make_reporter("xml", io.StringIO())


def test_the_rules_are_a_dict_by_code_in_catalogue_order() -> None:
    registered = rules._rules()
    assert isinstance(registered, dict)
    assert [r.code for r in registered.values()] == list(registered)
    assert list(registered) == [m.partition("_")[0].upper() for m in rules.RULE_MODULES]
    assert rules.get("Q001").name == "quorum-not-met"
    with pytest.raises(KeyError, match="no rule 'Z999'"):
        rules.get("Z999")


@pytest.mark.parametrize(
    ("listed", "message"),
    [
        ("z999_not_written_yet", "RULE_MODULES lists 'z999_not_written_yet'"),
        ("periods", "must define CODE = 'PERIODS'"),  # a module, but not a rule
    ],
)
def test_an_unknown_rule_module_is_an_error(
    monkeypatch: pytest.MonkeyPatch, listed: str, message: str
) -> None:
    monkeypatch.setattr(rules, "RULE_MODULES", (*rules.RULE_MODULES, listed))
    rules._rules.cache_clear()
    try:
        with pytest.raises(rules.RegistryError, match=message):
            rules.all_rules()
    finally:
        monkeypatch.undo()
        rules._rules.cache_clear()
    assert len(rules.all_rules()) == len(rules.RULE_MODULES)
