"""The test-only hang and crash hooks (delib_parse.batch.worker.TestHooks), handed to delib
by the tests: the shipped command reads them from nowhere.

- in the tests' own process (CliRunner, check_paths): `install(monkeypatch, hang_on=…)`;
- for `delib` as a real process: `hooked_command("--hang-on", "hang-me", "check", …)` runs
  this file as the program, which sets the hooks and then runs the command's `main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from delib_parse.batch.worker import TestHooks

THIS_FILE = Path(__file__).resolve()


def install(
    monkeypatch: pytest.MonkeyPatch, *, hang_on: str | None = None, crash_on: str | None = None
) -> None:
    import delib_parse.batch

    monkeypatch.setattr(delib_parse.batch, "_test_hooks", TestHooks(hang_on, crash_on))


def hooked_command(*argv: str) -> list[str]:
    """A command line for subprocess: `delib ARGV…` with the hooks of the leading
    `--hang-on X` / `--crash-on Y`."""
    return [sys.executable, str(THIS_FILE), *argv]


def _main(argv: list[str]) -> None:
    import delib_parse.batch
    from delib_parse.cli import main

    hooks: dict[str, str] = {}
    while argv and argv[0] in ("--hang-on", "--crash-on"):
        hooks[argv[0]] = argv[1]
        argv = argv[2:]
    delib_parse.batch._test_hooks = TestHooks(hooks.get("--hang-on"), hooks.get("--crash-on"))
    sys.argv = ["delib", *argv]
    main()


if __name__ == "__main__":
    _main(sys.argv[1:])
