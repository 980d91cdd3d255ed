"""What is not a regular file is refused with E008, never read: a FIFO would block for ever,
a device never ends. Standard input is read up to a limit (E016 beyond), like a file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from delib_parse.errors import NotARegularFile, TooLarge
from delib_parse.sources import SourceOptions, load_path, read_stream
from tests.conftest import SEED

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")


def delib(*args: str, stdin: int | None = None) -> subprocess.CompletedProcess[bytes]:
    # The timeout is the test: before E008, each of these blocked or filled the memory.
    return subprocess.run(
        [sys.executable, "-m", "delib_parse.cli", *args],
        stdin=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def _one_coded_line(proc: subprocess.CompletedProcess[bytes], code: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.startswith(f"error {code}: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@needs_fifo
def test_parse_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "extract.txt"
    os.mkfifo(fifo)
    err = _one_coded_line(delib("parse", str(fifo), "--json"), "E008")
    assert "is a FIFO (named pipe), not a regular file" in err


@needs_dev_zero
def test_parse_refuses_a_device() -> None:
    err = _one_coded_line(delib("parse", "/dev/zero"), "E008")
    assert "/dev/zero: is a character device" in err


@needs_dev_zero
def test_standard_input_from_a_device_is_refused() -> None:
    with open("/dev/zero", "rb") as zero:
        _one_coded_line(delib("parse", "-", stdin=zero.fileno()), "E008")


@pytest.mark.skipif(shutil.which("yes") is None, reason="no `yes` program")
def test_an_endless_pipe_is_read_up_to_the_limit() -> None:
    with subprocess.Popen(["yes", "Pour : 12"], stdout=subprocess.PIPE) as endless:
        assert endless.stdout is not None
        try:
            with pytest.raises(TooLarge) as caught:
                read_stream(endless.stdout, limit=1024**2)
        finally:
            endless.kill()
    assert caught.value.code == "E016"


def test_a_pipe_within_the_limit_is_read_whole() -> None:
    with open(SEED, "rb") as fh:
        proc = delib("parse", "-", "--json", stdin=fh.fileno())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["deliberations"]


def test_a_file_past_the_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TooLarge) as caught:
        load_path(SEED, SourceOptions(max_bytes=1000))
    assert caught.value.code == "E016" and caught.value.path == str(SEED)


@needs_fifo
def test_load_path_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile):
        load_path(fifo)


@needs_fifo
def test_check_lists_a_fifo_in_a_folder_as_a_failed_file(tmp_path: Path) -> None:
    shutil.copyfile(SEED, tmp_path / "a.txt")
    os.mkfifo(tmp_path / "b.txt")
    os.mkfifo(tmp_path / "not-an-extract.md")  # not matched by the globs: not reported
    proc = delib("check", str(tmp_path), "--format", "jsonl", "--jobs", "1")
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["a.txt", "b.txt"]
    assert records[0]["status"] == "ok"
    assert records[1]["status"] == "unreadable"
    assert records[1]["error"]["code"] == "E008"
    assert proc.returncode == 1


@needs_dev_zero
def test_check_reports_a_named_device(tmp_path: Path) -> None:
    proc = delib("check", "/dev/zero", str(SEED), "--format", "jsonl", "--jobs", "1")
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["error"]["code"] if r["error"] else None for r in records] == ["E008", None]


@needs_dev_zero
def test_check_refuses_a_listing_from_a_device() -> None:
    with open("/dev/zero", "rb") as zero:
        _one_coded_line(delib("check", "-", stdin=zero.fileno()), "E008")
