"""One runner for the case files of tests/rules/cases/<CODE>.yml (STYLE.md habit 6).

A case file names its rule and holds cases named for what they show:

    rule: V002
    tally_matches_voters:
      pass_model: {counts: {voters: 48}, vote: {yes: 40, no: 5, abstain: 3}}
    tally_one_short_of_voters:
      fail_model: {counts: {voters: 48}, vote: {yes: 40, no: 5, abstain: 2}}
      expect: [V002]                       # or [[V002, warning]] to check the severity
      message_contains: "48 votants"        # optional, any finding's message

Inputs: `pass_model` / `fail_model` (a partial Deliberation), `pass_doc` / `fail_doc` (a list
of partial Deliberations, for document-scope rules), `pass_text` / `fail_text` (run through
`delib_parse.parse_text`). `notes` is passed to `run_rules` as is. Only the case's rule runs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from delib_parse.model.document import Deliberation, Document, Finding, Source
from delib_parse.rules.runner import RuleSelection, run_rules

CASES = Path(__file__).parent / "cases"


class CaseLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: `yes` and `no` are the vote's keys, not true and false."""


CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
CaseLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_case_file(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=CaseLoader)
    return data


INPUTS = ("pass_model", "fail_model", "pass_doc", "fail_doc", "pass_text", "fail_text")
KEYS = {*INPUTS, "expect", "message_contains", "notes"}


def load_cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yml")):
        data = read_case_file(path)
        code = data.pop("rule")
        assert code == path.stem, f"{path.name} declares rule {code}"
        for name, case in data.items():
            out.append(pytest.param(code, name, case, id=f"{code}:{name}"))
    return out


def empty_source() -> Source:
    return Source(sha256="0" * 64, media_type="text/plain", pages=1, extractor="test")


def build(case: dict[str, Any]) -> Document:
    for key in ("pass_model", "fail_model"):
        if key in case:
            return Document(
                source=empty_source(), deliberations=[Deliberation.model_validate(case[key])]
            )
    for key in ("pass_doc", "fail_doc"):
        if key in case:
            return Document(
                source=empty_source(),
                deliberations=[Deliberation.model_validate(d) for d in case[key] or []],
            )
    from delib_parse import parse_text

    text = case.get("pass_text", case.get("fail_text"))
    doc = parse_text(text, selection=RuleSelection(select=("NONE",)))
    return doc


def expected(case: dict[str, Any]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for item in case.get("expect", []):
        if isinstance(item, list):
            out.append((item[0], item[1] if len(item) > 1 else None))
        else:
            out.append((item, None))
    return out


def describe(findings: list[Finding]) -> str:
    return "; ".join(f"{f.code} {f.severity}: {f.message}" for f in findings) or "no finding"


@pytest.mark.parametrize(("code", "name", "case"), load_cases())
def test_case(code: str, name: str, case: dict[str, Any]) -> None:
    unknown = set(case) - KEYS
    assert not unknown, f"unknown keys {unknown}"
    inputs = [k for k in INPUTS if k in case]
    assert len(inputs) == 1, f"one input per case, got {inputs}"
    doc = build(case)
    run_rules(doc, RuleSelection(select=(code,)), notes=case.get("notes"))
    findings = doc.all_findings()
    assert not any("rule crashed" in f.message for f in findings), describe(findings)
    if inputs[0].startswith("pass"):
        assert not findings, describe(findings)
        return
    want = expected(case)
    assert want, "a failing case says what it expects"
    got = sorted(f.code for f in findings)
    assert got == sorted(c for c, _ in want), describe(findings)
    for c, severity in want:
        if severity is not None:
            assert any(f.code == c and f.severity == severity for f in findings), describe(findings)
    if "message_contains" in case:
        assert any(case["message_contains"] in f.message for f in findings), describe(findings)


def test_every_rule_has_a_case_file() -> None:
    from delib_parse.rules.registry import all_rules

    missing = [r.code for r in all_rules() if not (CASES / f"{r.code}.yml").exists()]
    assert not missing


@pytest.mark.parametrize("path", sorted(CASES.glob("*.yml")), ids=lambda p: p.stem)
def test_case_file_passes_and_fails(path: Path) -> None:
    data = read_case_file(path)
    cases = [c for k, c in data.items() if k != "rule"]
    assert any(k.startswith("pass") for c in cases for k in c), "no passing case"
    assert any(k.startswith("fail") for c in cases for k in c), "no failing case"
