#!/usr/bin/env bash
# Set delib up on a fresh Debian or Ubuntu machine: Tesseract with its French model (for
# scanned PDFs), then a virtual environment in .venv with delib and its test tools.
set -euo pipefail
cd "$(dirname "$0")"

has_french_ocr() {
  command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx fra
}

if ! has_french_ocr; then
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq tesseract-ocr tesseract-ocr-fra >/dev/null
  else
    echo "install.sh: no apt-get here; install Tesseract and its French model (tesseract-ocr, tesseract-ocr-fra) to read scanned PDFs" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[dev]'
echo "install.sh: ready — .venv/bin/delib --help"
