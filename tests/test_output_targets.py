"""`--output` writes to what it names: a device or a FIFO is written to, never replaced by a
regular file; a symbolic link is followed and its target replaced atomically (the link stays)."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from delib_parse.report.output import atomic_output
from tests.conftest import SEED

runner = CliRunner()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
@pytest.mark.parametrize("command", [["parse", str(SEED)], ["check", str(SEED), "-j", "1"]])
def test_output_to_dev_null_leaves_the_device(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--output", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not [p for p in os.listdir("/dev") if p.startswith(".null.")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_to_a_fifo_is_written_to_it(tmp_path: Path) -> None:
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = runner.invoke(app, ["parse", str(SEED), "--output", str(fifo)])
    reader.join(30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the FIFO, not a file in its place
    assert json.loads(got[0])["deliberations"]
    assert os.listdir(tmp_path) == ["report.json"]


def test_output_through_a_symbolic_link_replaces_its_target(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "latest.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "out.json"
    link.symlink_to(real)
    result = runner.invoke(app, ["parse", str(SEED), "--output", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text(encoding="utf-8"))["deliberations"]
    assert stat.S_IMODE(real.stat().st_mode) == 0o644
    assert sorted(os.listdir(real.parent)) == ["latest.json"]  # no temporary file left


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "made.json")
    with atomic_output(link) as fh:
        fh.write("{}\n")
    assert link.is_symlink() and (tmp_path / "made.json").read_text(encoding="utf-8") == "{}\n"


def test_a_new_file_gets_the_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        with atomic_output(tmp_path / "new.json") as fh:
            fh.write("{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as fh:
        fh.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.json"]
