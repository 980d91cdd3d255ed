"""Settings of the source stage (extractor choice, limits against hostile files, OCR)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Extractor = Literal["pdfium", "pdfplumber"]
OcrMode = Literal["auto", "never", "force"]


@dataclass(frozen=True, slots=True)
class SourceOptions:
    extractor: Extractor = "pdfium"
    max_pages: int = 2000
    timeout: float | None = 300.0  # seconds for one document
    ocr: OcrMode = "auto"
    jobs: int = 1
    password: str | None = None
