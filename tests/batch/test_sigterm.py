"""Every way out cleans up: SIGTERM to `delib check` ends it within seconds as Ctrl-C does,
with no temporary output file and no process left behind, and a worker killed at the timeout
goes with what it started (Tesseract) and its temporary files. The hang is the test hook
`hang_on` (tests/batch/hooks.py), which hangs as OCR does: a program started, a page image written."""

from __future__ import annotations

import glob
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from delib_parse.child import TEMP_PREFIX
from tests.batch.conftest import write_good
from tests.batch.hooks import hooked_command

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")

MARK = "DELIB_TEST_MARK"  # inherited by every process delib starts: how the test finds them


def _marked(token: str) -> list[tuple[int, str]]:
    """Live processes (pid, command line) that carry this test's mark."""
    needle = f"{MARK}={token}".encode()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            environ = Path(f"/proc/{name}/environ").read_bytes()
            cmdline = Path(f"/proc/{name}/cmdline").read_bytes()
        except OSError:
            continue
        if needle in environ.split(b"\0"):
            found.append((int(name), cmdline.replace(b"\0", b" ").decode(errors="replace")))
    return found


def _until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def _temp_leftovers(tmp: Path) -> set[str]:
    # The command's own temporary folder: other test runs on the machine write theirs in /tmp.
    return set(glob.glob(os.path.join(tmp, TEMP_PREFIX + "*"))) | set(
        glob.glob(os.path.join(tmp, "delib-ocr-*"))
    )


@pytest.fixture
def token() -> Iterator[str]:
    mark = uuid.uuid4().hex
    yield mark
    for pid, _ in _marked(mark):  # a failed test's leftovers: this test's processes only
        os.kill(pid, signal.SIGKILL)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "minutes"
    write_good(root, 4)
    (root / "extract-01.txt").rename(root / "hang-me.txt")
    return root


def _start_check(folder: Path, out: Path, token: str, *extra: str) -> subprocess.Popen[bytes]:
    private = out.parent / "tmp"
    private.mkdir(exist_ok=True)
    env = {**os.environ, MARK: token, "TMPDIR": str(private)}
    command = ["check", str(folder), "--jobs", "2", "--format", "json", "--output", str(out)]
    return subprocess.Popen(
        hooked_command("--hang-on", "hang-me", *command, *extra),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_sigterm_ends_check_and_leaves_nothing_behind(
    folder: Path, tmp_path: Path, token: str
) -> None:
    before = _temp_leftovers(tmp_path / "tmp")
    out = tmp_path / "report.json"
    proc = _start_check(folder, out, token, "--timeout", "600")
    try:
        # The worker hangs on its file, with its 'Tesseract' running; the report is half done.
        assert _until(lambda: any("sleep 3600" in c for _, c in _marked(token)), 60)
        assert glob.glob(str(tmp_path / ".report.json.*.tmp"))
        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=15)
        assert time.monotonic() - start < 10
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM
    assert err.decode().strip() == "terminated"
    assert not glob.glob(str(tmp_path / ".report.json.*")) and not out.exists()
    assert _until(lambda: not _marked(token), 10), _marked(token)
    assert _temp_leftovers(tmp_path / "tmp") <= before


def test_a_worker_stopped_at_the_timeout_takes_its_programs_and_files(
    folder: Path, tmp_path: Path, token: str
) -> None:
    before = _temp_leftovers(tmp_path / "tmp")
    out = tmp_path / "report.json"
    proc = _start_check(folder, out, token, "--timeout", "2")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert b'"E014"' in out.read_bytes()
    assert _until(lambda: not _marked(token), 10), _marked(token)
    assert _temp_leftovers(tmp_path / "tmp") <= before
