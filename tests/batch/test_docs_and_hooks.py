"""The documentation of `delib check` and the pre-commit hook cannot drift from the command."""

from __future__ import annotations

import re

import yaml
from typer.testing import CliRunner

from delib_parse.cli import app
from delib_parse.report.registry import FORMATS
from tests.conftest import ROOT

DOC = ROOT / "README.md"


def test_every_option_and_format_is_documented() -> None:
    doc = DOC.read_text(encoding="utf-8")
    help_text = CliRunner().invoke(app, ["check", "--help"], env={"COLUMNS": "200"}).stdout
    options = set(re.findall(r"--[a-z][a-z-]+", help_text)) - {"--help"}
    assert options, help_text
    missing = sorted(o for o in options if f"`{o}" not in doc)
    assert not missing, f"README.md does not mention {missing}"
    for fmt in FORMATS:
        assert f"| `{fmt}`" in doc


def test_pre_commit_hook_runs_delib_check_on_extracts() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "delib-check"
    assert hook["entry"] == "delib check"
    assert hook["language"] == "python"
    assert hook["require_serial"] is True
    files = re.compile(hook["files"])
    assert files.search("minutes/2024/CM-03.PDF") and files.search("a.txt")
    assert not files.search("README.md")


def test_documented_error_codes_exist() -> None:
    from delib_parse.report.sarif import error_codes

    codes = set(error_codes())
    documented = set(re.findall(r"`(E\d{3})`", DOC.read_text(encoding="utf-8")))
    assert documented <= codes, documented - codes
    assert {"E014", "E015"} <= documented
