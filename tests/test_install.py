"""install.sh on a bare Debian/Ubuntu: python3 without its venv module is found before anything
else, installed when it can be, else named in one line; a .venv a failed run left broken is made
again. Its functions run against fake python3, sudo and apt-get: no network, no root."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

INSTALL = ROOT / "install.sh"

FAKE_PYTHON = """#!/bin/sh
# python3 as Debian ships it without python3-venv, until the fake apt-get installs it.
here=$(dirname "$0")
if [ "$1" = "--version" ]; then echo "Python 3.11.2"; exit 0; fi
if [ -e "$here/venv-installed" ]; then
    if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
        mkdir -p "$3/bin" && printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/python" && chmod +x "$3/bin/python"
    fi
    exit 0
fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
    mkdir -p "$3/bin"  # what a real failed run leaves behind
    echo "The virtual environment was not created successfully because ensurepip is not available." >&2
fi
exit 1
"""
FAKE_SUDO = """#!/bin/sh
here=$(dirname "$0")
[ -e "$here/sudo-ok" ] || { echo "sudo: a password is required" >&2; exit 1; }
[ "$1" = "-n" ] && shift
exec "$@"
"""
FAKE_APT = """#!/bin/sh
here=$(dirname "$0")
echo "apt-get $*" >> "$here/apt.log"
case " $* " in *" install "*python3-venv*) touch "$here/venv-installed";; esac
exit 0
"""


@pytest.fixture
def fake_bin(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in {
        "python3": FAKE_PYTHON,
        "sudo": FAKE_SUDO,
        "apt-get": FAKE_APT,
        "id": "#!/bin/sh\necho 1000\n",  # not root, whoever runs the tests
    }.items():
        (bin_dir / name).write_text(body)
        (bin_dir / name).chmod(0o755)
    return bin_dir


def run_function(function: str, fake_bin: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f'source "$1" && {function}', "install.sh", str(INSTALL)],
        cwd=cwd,
        env={"PATH": f"{fake_bin}:/usr/bin:/bin", "HOME": str(cwd)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_without_venv_and_without_sudo_it_stops_with_one_line(
    fake_bin: Path, tmp_path: Path
) -> None:
    proc = run_function("ensure_python_venv", fake_bin, tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("install.sh: python3 cannot make virtual environments")
    assert "python3-venv" in proc.stderr
    assert not (fake_bin / "apt.log").exists()


def test_without_venv_with_passwordless_sudo_it_installs_python3_venv(
    fake_bin: Path, tmp_path: Path
) -> None:
    (fake_bin / "sudo-ok").touch()
    proc = run_function("ensure_python_venv", fake_bin, tmp_path)
    assert proc.returncode == 0, proc.stderr
    log = (fake_bin / "apt.log").read_text()
    assert "install -y -qq --no-install-recommends python3-venv" in log


def test_with_venv_nothing_is_installed(fake_bin: Path, tmp_path: Path) -> None:
    (fake_bin / "venv-installed").touch()
    proc = run_function("ensure_python_venv", fake_bin, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert not (fake_bin / "apt.log").exists()


def test_install_checks_the_prerequisite_before_anything_else(
    fake_bin: Path, tmp_path: Path
) -> None:
    # The whole script, copied beside a .ci/install-ocr.sh that must never run.
    (tmp_path / ".ci").mkdir()
    (tmp_path / ".ci" / "install-ocr.sh").write_text("touch ocr-ran\n")
    (tmp_path / "install.sh").write_text(INSTALL.read_text())
    proc = subprocess.run(
        ["bash", str(tmp_path / "install.sh")],
        env={"PATH": f"{fake_bin}:/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert not (tmp_path / "ocr-ran").exists()
    assert not (tmp_path / ".venv").exists()


def test_a_venv_left_broken_is_made_again(fake_bin: Path, tmp_path: Path) -> None:
    failed = run_function("make_venv", fake_bin, tmp_path)  # python3-venv missing
    assert failed.returncode == 1
    assert not (tmp_path / ".venv").exists(), "a failed venv is not left behind"
    (tmp_path / ".venv" / "bin").mkdir(parents=True)  # as an older install.sh left it
    (tmp_path / ".venv" / "left-over").touch()
    (fake_bin / "venv-installed").touch()
    proc = run_function("make_venv", fake_bin, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "making it again" in proc.stderr
    assert (tmp_path / ".venv" / "bin" / "python").exists()
    assert not (tmp_path / ".venv" / "left-over").exists()
    again = run_function("make_venv", fake_bin, tmp_path)
    assert again.returncode == 0 and again.stderr == "", "a working .venv is kept"
