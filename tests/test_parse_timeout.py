"""`delib parse --timeout` holds for the whole parse, whatever the input and the stage: the
parse runs in a child process that is killed when its time is up (delib_parse.child)."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from delib_parse.child import TEMP_PREFIX, run_bounded
from delib_parse.errors import DocumentTimeout, ExtractorCrashed, PdfDamaged
from tests.conftest import SEED

# ~1.3 MB of text: several seconds of parsing, far more than the limit below.
COPIES = 80


def _delib(
    *args: str, stdin: bytes | None = None
) -> tuple[subprocess.CompletedProcess[bytes], float]:
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "delib_parse.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return proc, time.monotonic() - start


@pytest.fixture(scope="module")
def big_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "recueil.txt"
    path.write_text(SEED.read_text(encoding="utf-8") * COPIES, encoding="utf-8")
    return path


def test_a_long_text_parse_stops_at_the_timeout(big_text: Path) -> None:
    proc, seconds = _delib("parse", str(big_text), "--json", "--timeout", "0.5")
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert err.startswith(f"error E014: {big_text}: reading took longer than 0.5 s"), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert proc.stdout == b""
    assert seconds < 10  # Python's start-up and the import, not the parse


def test_standard_input_is_bounded_too(big_text: Path) -> None:
    proc, seconds = _delib("parse", "-", "--timeout", "0.5", stdin=big_text.read_bytes())
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("error E014: "), proc.stderr
    assert seconds < 10


def test_within_the_limit_the_document_is_read() -> None:
    proc, _ = _delib("parse", str(SEED), "--json", "--timeout", "60")
    assert proc.returncode == 0, proc.stderr
    assert b'"deliberations"' in proc.stdout


def _die() -> None:
    os._exit(70)


def _refuse(path: str) -> None:
    raise PdfDamaged("damaged PDF (test)", path=path, hint="a hint")


def _write_temp_and_sleep() -> None:
    tempfile.mkstemp(prefix="page-")
    time.sleep(60)


def test_the_child_is_killed_and_its_temporary_files_removed() -> None:
    before = set(glob.glob(os.path.join(tempfile.gettempdir(), TEMP_PREFIX + "*")))
    start = time.monotonic()
    with pytest.raises(DocumentTimeout) as caught:
        run_bounded(_write_temp_and_sleep, (), timeout=0.5, path="x.pdf")
    assert time.monotonic() - start < 8
    assert caught.value.code == "E014" and caught.value.path == "x.pdf"
    assert set(glob.glob(os.path.join(tempfile.gettempdir(), TEMP_PREFIX + "*"))) <= before


def test_a_child_that_dies_is_a_crash() -> None:
    with pytest.raises(ExtractorCrashed) as caught:
        run_bounded(_die, (), timeout=30, path="x.pdf")
    assert caught.value.code == "E015"
    assert "exit status 70" in caught.value.message


def test_a_named_error_comes_back_whole() -> None:
    with pytest.raises(PdfDamaged) as caught:
        run_bounded(_refuse, ("x.pdf",), timeout=30, path="x.pdf")
    assert caught.value.one_line() == "error E011: x.pdf: damaged PDF (test) (a hint)"
