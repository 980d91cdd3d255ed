#!/usr/bin/env bash
# Set delib up on a fresh Debian or Ubuntu machine: Tesseract with its French model (for
# scanned PDFs), then a virtual environment in .venv with delib and its test tools.
# Safe to run again: a .venv that a failed run left without a working python or pip is made
# again. The functions below can be sourced for testing (tests/test_install.py).
set -euo pipefail

# Debian and Ubuntu ship `python3 -m venv` without its pip bootstrap (ensurepip): that is the
# package python3-venv, and without it venv stops half-way, leaving a .venv with no pip.
python_can_venv() {
    python3 -c 'import venv, ensurepip' >/dev/null 2>&1
}

# Make sure python3 can make virtual environments: install python3-venv when root or with
# passwordless sudo (as .ci/install-ocr.sh does for Tesseract), else stop with one line.
ensure_python_venv() {
    if ! command -v python3 >/dev/null 2>&1; then
        echo "install.sh: python3 is missing: install the Debian packages python3 and python3-venv (sudo apt-get install python3 python3-venv), then rerun" >&2
        return 1
    fi
    if python_can_venv; then
        return 0
    fi
    local fix="install the Debian package python3-venv (sudo apt-get install python3-venv), then rerun"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
            sudo=(sudo -n)
        else
            echo "install.sh: python3 cannot make virtual environments (no venv/ensurepip): $fix" >&2
            return 1
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "install.sh: python3 cannot make virtual environments and there is no apt-get here: install Python's venv module with your system's package manager, then rerun" >&2
        return 1
    fi
    echo "install.sh: python3 cannot make virtual environments: installing python3-venv" >&2
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)
    if ! { "${apt[@]}" update -qq >/dev/null &&
        "${apt[@]}" install -y -qq --no-install-recommends python3-venv >/dev/null; }; then
        echo "install.sh: apt-get could not install python3-venv: $fix" >&2
        return 1
    fi
    if ! python_can_venv; then
        echo "install.sh: python3-venv is installed but python3 still cannot make virtual environments: install the python3.X-venv package of your python3 ($(python3 --version 2>&1)), then rerun" >&2
        return 1
    fi
}

# .venv has a python that runs and a pip it can import.
venv_works() {
    [ -x .venv/bin/python ] &&
        .venv/bin/python -c 'import sys' >/dev/null 2>&1 &&
        .venv/bin/python -m pip --version >/dev/null 2>&1
}

# Make .venv, or make it again when an earlier run left it broken.
make_venv() {
    if venv_works; then
        return 0
    fi
    if [ -e .venv ]; then
        echo "install.sh: .venv has no working python or pip (left by a failed run?): making it again" >&2
        rm -rf .venv
    fi
    if ! python3 -m venv .venv; then
        rm -rf .venv
        echo "install.sh: python3 -m venv .venv failed (see above)" >&2
        return 1
    fi
}

main() {
    cd "$(dirname "$0")"
    # The prerequisite first, so that a machine without it stops at once, not after Tesseract.
    venv_works || ensure_python_venv

    # Without Tesseract delib still reads text and PDFs with a text layer; scanned pages are
    # then reported unreadable (X002), so a failure here is a warning, not the end of the set-up.
    bash .ci/install-ocr.sh || echo "install.sh: continuing without OCR" >&2

    make_venv
    .venv/bin/pip install --quiet --upgrade pip
    .venv/bin/pip install --quiet -e '.[dev]'
    echo "install.sh: ready — .venv/bin/delib --help"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
