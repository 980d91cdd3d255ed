"""Progress of a long `delib parse`: page n/N (and OCR) on standard error when it is a
terminal, sent back from the child process that reads the document; nothing when standard
error is a pipe or a file, and never anything on standard output."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys

import pytest

from delib_parse import api
from delib_parse.errors import FileNotFound
from delib_parse.report.progress import ParseProgress
from delib_parse.sources.options import SourceOptions
from tests.conftest import ROOT

PDF = ROOT / "tests/data/corpus/couthenans/couthenans-2021-09-17.pdf"  # 3 pages, text layer


def _parse_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "delib_parse.cli", "parse", *args]


def test_the_child_sends_its_steps_back_as_it_reads() -> None:
    steps: list[tuple[str, int, int]] = []
    doc = api.parse_file_bounded(
        PDF, options=SourceOptions(timeout=60), on_progress=lambda *s: steps.append(s)
    )
    assert doc.deliberations
    assert steps == [
        ("reading page", 1, 3),
        ("reading page", 2, 3),
        ("reading page", 3, 3),
        ("parsing", 0, 0),
    ]


def test_without_a_timeout_the_steps_come_in_process() -> None:
    steps: list[tuple[str, int, int]] = []
    api.parse_file_bounded(
        PDF, options=SourceOptions(timeout=None), on_progress=lambda *s: steps.append(s)
    )
    assert steps[0] == ("reading page", 1, 3) and steps[-1] == ("parsing", 0, 0)


def test_piped_stderr_gets_nothing() -> None:
    proc = subprocess.run(
        _parse_command(str(PDF), "--json"), capture_output=True, timeout=120, check=False
    )
    assert proc.returncode == 0
    assert proc.stderr == b""
    json.loads(proc.stdout)


def test_a_terminal_stderr_shows_pages_and_is_cleared_stdout_stays_clean() -> None:
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            _parse_command(str(PDF), "--json"), stdout=subprocess.PIPE, stderr=slave
        )
        os.close(slave)
        out, _ = proc.communicate(timeout=120)
        err = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child side is closed
                break
            if not chunk:
                break
            err += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0
    text = err.decode()
    assert f"{PDF}: reading page 1/3" in text and "reading page 3/3" in text
    assert "parsing" in text
    assert text.endswith("\r\x1b[K")  # the line is gone before the output
    assert b"\x1b" not in out and b"page 1/3" not in out
    json.loads(out)


def test_the_line_is_drawn_only_when_enabled() -> None:
    stream = io.StringIO()  # not a terminal
    progress = ParseProgress("a.pdf", stream=stream)
    assert not progress.enabled and progress.callback is None
    shown = io.StringIO()
    with ParseProgress("a\nb.pdf", enabled=True, stream=shown) as on:
        assert on.callback is not None
        on.callback("OCR page", 2, 5)
    assert shown.getvalue().startswith("\r\x1b[Ka\\nb.pdf: OCR page 2/5 (")  # name escaped
    assert shown.getvalue().endswith("\r\x1b[K")


@pytest.mark.parametrize("enabled", [True, False])
def test_a_file_that_cannot_be_read_draws_nothing(enabled: bool) -> None:
    stream = io.StringIO()
    progress = ParseProgress("missing.pdf", enabled=enabled, stream=stream)
    with pytest.raises(FileNotFound), progress:
        api.parse_file_bounded(
            "missing.pdf", options=SourceOptions(timeout=30), on_progress=progress.callback
        )
    assert stream.getvalue() == ""
