"""`delib check --quiet` prints the findings and nothing else; the progress bar is drawn on
standard error only when it is a terminal, and never on a finding's line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from tests.batch.conftest import PRESENT_LINE, seed_text

pty = pytest.importorskip("pty")
FINDING = re.compile(r"^\S+:(\d+:1:)? [A-Z]\d{3} (error|warning|info): ")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    for i in range(3):
        text = seed_text().replace(PRESENT_LINE, PRESENT_LINE[:-2] + str(74 + i))
        (tmp_path / f"extract-{i}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def _run(args: list[str], *, stdout_on_terminal: bool) -> tuple[int, str, str]:
    """delib with standard error on a terminal; standard output on it too, or on a pipe.
    Returns the status, what the terminal showed, what the pipe got."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "delib_parse.cli", *args],
        stdout=follower if stdout_on_terminal else subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's last writer is gone
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    piped = proc.stdout.read() if proc.stdout else b""
    proc.wait(timeout=120)
    return proc.returncode, shown.decode(), piped.decode()


def _screen_lines(shown: str) -> list[str]:
    """What each line of the terminal held, each redraw (carriage return) apart."""
    return [ANSI.sub("", part) for line in shown.splitlines() for part in line.split("\r")]


def test_quiet_prints_findings_only(planted: Path) -> None:
    result = CliRunner().invoke(app, ["check", "--jobs", "1", "--quiet", str(planted)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) >= 3
    assert all(FINDING.match(line) for line in lines), result.stdout
    assert result.stderr == ""


def test_quiet_on_a_terminal_draws_no_bar(planted: Path) -> None:
    status, shown, _ = _run(["check", "-j", "1", "-q", str(planted)], stdout_on_terminal=True)
    assert status == 1
    lines = [line for line in _screen_lines(shown) if line.strip()]
    assert lines and all(FINDING.match(line) for line in lines), lines


def test_the_bar_never_shares_a_finding_s_line(planted: Path) -> None:
    status, shown, _ = _run(["check", "-j", "1", str(planted)], stdout_on_terminal=True)
    assert status == 1
    lines = _screen_lines(shown)
    assert any(line.startswith("checking ") for line in lines), "a bar on a terminal"
    findings = [line for line in lines if re.search(r" [A-Z]\d{3} error: ", line)]
    assert len(findings) >= 3
    assert all(FINDING.match(line) for line in findings), findings


def test_findings_stay_on_standard_output_under_the_bar(planted: Path) -> None:
    status, shown, piped = _run(["check", "-j", "1", str(planted)], stdout_on_terminal=False)
    assert status == 1
    assert "checking " in ANSI.sub("", shown), "the bar, on the terminal standard error is"
    assert not re.search(r" [A-Z]\d{3} error: ", shown), "no finding on standard error"
    assert sum(1 for line in piped.splitlines() if FINDING.match(line)) >= 3
