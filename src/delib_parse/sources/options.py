"""Settings of the source stage (extractor choice, limits against hostile files, OCR)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Extractor = Literal["pdfium", "pdfplumber"]
OcrMode = Literal["auto", "never", "force"]

# The most bytes delib reads from one input, file or standard input. Scanned recueils of a few
# hundred pages are tens of MB; a document this size would pass the memory one document may
# take (delib_parse.child.MEMORY_ALLOWANCE) once decoded and parsed anyway.
MAX_BYTES = 512 * 1024**2


@dataclass(frozen=True, slots=True)
class SourceOptions:
    extractor: Extractor = "pdfium"
    max_pages: int = 2000
    timeout: float | None = 300.0  # seconds for one document
    ocr: OcrMode = "auto"
    jobs: int = 1
    password: str | None = None
    max_bytes: int = MAX_BYTES
