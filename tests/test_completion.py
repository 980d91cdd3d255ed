"""Shell completion: `delib completion bash|zsh|fish` prints a script that works without a
network, and the command answers click's completion protocol (`_DELIB_COMPLETE=…`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app

runner = CliRunner()
BIN = Path(sys.executable).parent  # the venv's bin, where `delib` is installed


def _complete(words: str, cword: int) -> list[str]:
    env = {**os.environ, "_DELIB_COMPLETE": "complete_bash", "COMP_WORDS": words}
    env["COMP_CWORD"] = str(cword)
    proc = subprocess.run(
        [sys.executable, "-m", "delib_parse.cli"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_prints_a_script_for_each_shell(shell: str) -> None:
    result = runner.invoke(app, ["completion", shell])
    assert result.exit_code == 0, result.stderr
    assert f"_DELIB_COMPLETE=complete_{shell}" in result.stdout
    assert "delib" in result.stdout and result.stderr == ""


def test_an_unknown_shell_is_one_coded_line() -> None:
    result = runner.invoke(app, ["completion", "ksh"])
    assert result.exit_code == 2
    assert result.stderr == "error E032: SHELL: 'ksh' is not one of bash, zsh, fish\n"


def test_the_protocol_completes_subcommands_and_options() -> None:
    assert _complete("delib ch", 1) == ["check"]
    assert "--show-settings" in _complete("delib check --sh", 2)
    assert "export" in _complete("delib scdl ex", 2)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completes_a_subcommand_with_the_printed_script() -> None:
    script = (
        'eval "$(delib completion bash)"; COMP_WORDS=(delib sch); COMP_CWORD=1; '
        '_delib_completion delib; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(
        ["bash", "--norc", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["schema"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_the_other_scripts_parse_in_their_shell(shell: str) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    script = runner.invoke(app, ["completion", shell]).stdout
    proc = subprocess.run([shell, "-n"], input=script, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_help_stays_tidy() -> None:
    help_text = runner.invoke(app, ["--help"]).stdout
    assert "--install-completion" not in help_text and "--show-completion" not in help_text
    assert "completion" in help_text
