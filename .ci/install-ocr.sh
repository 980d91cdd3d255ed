#!/usr/bin/env bash
# Install what OCR of scanned extracts needs: the Tesseract program and its French model
# (Debian/Ubuntu packages). delib reads scans without them only as unreadable pages (X002),
# and `--ocr force` stops with error E020. Run as root or with sudo; safe to run again.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-fra)

have_ocr() {
    command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx fra
}

if have_ocr; then
    echo "install-ocr: $(tesseract --version 2>&1 | head -n 1) with fra already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-ocr: no apt-get here; install ${packages[*]} with your system's package manager" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
if ! have_ocr; then
    echo "install-ocr: tesseract or its fra model is still missing after installing ${packages[*]}" >&2
    exit 1
fi
echo "install-ocr: $(tesseract --version 2>&1 | head -n 1) with fra installed"
