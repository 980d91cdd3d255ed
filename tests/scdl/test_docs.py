"""Every T code is documented in the README (its table is generated from scdl/codes.py, and
test_docs checks the README is fresh), and the three commands are shown."""

from __future__ import annotations

import pytest

from delib_parse.scdl.codes import CODES
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", [c.code for c in CODES])
def test_every_scdl_code_is_documented(code: str) -> None:
    assert f"| {code} |" in README


@pytest.mark.parametrize("command", ["delib scdl export", "delib scdl check", "delib scdl fill"])
def test_every_scdl_command_is_documented(command: str) -> None:
    assert command in README


def test_codes_are_unique_and_not_a_rule_family() -> None:
    from delib_parse.rules import all_rules

    codes = [c.code for c in CODES]
    assert len(codes) == len(set(codes))
    assert not {r.code[0] for r in all_rules()} & {c[0] for c in codes}
