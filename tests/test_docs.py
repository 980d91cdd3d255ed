"""The README tells the truth: generated parts are fresh, the commands it gives are the ones CI
runs, and every command and rule is documented."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)


def test_generated_parts_are_fresh() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_two_setup_commands_come_first() -> None:
    blocks = _shell_blocks()
    install, tests = blocks[0], blocks[1]
    assert install.startswith("bash install.sh && .venv/bin/delib parse samples/")
    sample = install.split()[-1]
    assert (ROOT / sample).exists()
    assert tests == ".venv/bin/pytest"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = _shell_blocks()[1]
    assert test_command in ci
    assert "bash install.sh" in ci


def test_every_command_is_documented() -> None:
    from delib_parse.cli import app

    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        assert f"delib {name}" in README, name


def test_every_error_code_is_documented() -> None:
    from delib_parse import errors

    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.DelibError) and cls.code != "E000"
    }
    for code in codes:
        assert f"| {code} |" in README, code


def test_the_json_section_names_every_key_of_the_output() -> None:
    from pydantic import BaseModel

    from delib_parse.model import document

    block = README.split("## The JSON", 1)[1].split("```", 2)[1]
    missing = []
    for model in vars(document).values():
        if (
            isinstance(model, type)
            and issubclass(model, BaseModel)
            and model.__module__ == document.__name__
        ):
            missing += [f"{model.__name__}.{k}" for k in model.model_fields if k not in block]
    assert missing == []
