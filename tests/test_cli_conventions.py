"""What a user of ruff, yamllint or sqlfluff expects of a command line (issue #14): --version,
-h, one coded line for a wrong option, quiet broken pipes."""

from __future__ import annotations

from importlib.metadata import version

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from delib_parse.cli import app
from tests.test_cli import delib

runner = CliRunner()


def _command_paths(command: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        paths.extend(_command_paths(sub, (*prefix, name)))
    return paths


COMMAND_PATHS = _command_paths(get_command(app))


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_package_version(flag: str) -> None:
    proc = delib(flag)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == f"delib {version('delib-parse')}\n"
    assert proc.stderr == b""


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(p) or "delib")
def test_dash_h_is_help_on_every_command(path: tuple[str, ...]) -> None:
    short = runner.invoke(app, [*path, "-h"], env={"COLUMNS": "120"})
    long = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
    assert short.exit_code == 0, short.stdout + short.stderr
    assert short.stdout == long.stdout
    assert "Usage: delib" in short.stdout


def test_every_command_is_seen() -> None:
    assert {p[0] for p in COMMAND_PATHS if p} >= {"parse", "check", "normalize", "rules", "schema"}
    assert isinstance(app, typer.Typer)
