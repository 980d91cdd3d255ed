#!/usr/bin/env bash
# Set delib up on a fresh Debian or Ubuntu machine: Tesseract with its French model (for
# scanned PDFs), then a virtual environment in .venv with delib and its test tools.
set -euo pipefail
cd "$(dirname "$0")"

# Without Tesseract delib still reads text and PDFs with a text layer; scanned pages are then
# reported unreadable (X002), so a failure here is a warning, not the end of the set-up.
bash .ci/install-ocr.sh || echo "install.sh: continuing without OCR" >&2

python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[dev]'
echo "install.sh: ready — .venv/bin/delib --help"
