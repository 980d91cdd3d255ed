"""A damaged PDF is E011 (PdfDamaged) on every route, even when pdfplumber fails a second time
while it is closed: its `close()` walks the page tree again and raised a raw pdfminer error
that hid the PdfDamaged (E099 in `delib parse`, E015 in `delib check`)."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from delib_parse.errors import PdfDamaged
from delib_parse.sources import SourceOptions
from delib_parse.sources import pdf as pdf_source
from delib_parse.sources.pdf import read_pdf_bytes


def broken_page_tree_pdf() -> bytes:
    """A PDF whose only page has a MediaBox of keywords: pdfminer opens the file, then fails
    on the page tree — when the pages are counted and again when the file is closed."""
    return (
        b"%PDF-1.4\n"
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 a b] >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def test_pdfplumber_failing_on_close_is_pdf_damaged() -> None:
    with pytest.raises(PdfDamaged):
        read_pdf_bytes(broken_page_tree_pdf(), "x.pdf", SourceOptions(extractor="pdfplumber"))


def test_the_fallback_after_pdfium_reports_pdf_damaged(monkeypatch: pytest.MonkeyPatch) -> None:
    # pdfium rebuilds most broken files by itself; this one it is made to refuse, as it
    # refuses others, so that the pdfplumber fallback is what meets the broken page tree.
    def pdfium_refuses(*args: object, **kwargs: object) -> NoReturn:
        raise PdfDamaged("damaged PDF (Failed to load document (PDFium: Data format error).)")

    monkeypatch.setattr(pdf_source, "_read_pdfium", pdfium_refuses)
    with pytest.raises(PdfDamaged):
        read_pdf_bytes(broken_page_tree_pdf(), "x.pdf", SourceOptions())


def test_delib_parse_says_e011_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(broken_page_tree_pdf())
    result = CliRunner().invoke(app, ["parse", "--extractor", "pdfplumber", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error E011:"), result.stderr


def test_a_truncated_pdf_is_e011_on_both_extractors(tmp_path: Path, extractor: str) -> None:
    from tests.sources.conftest import text_pdf

    data = text_pdf(pages=3)
    with pytest.raises(PdfDamaged):
        read_pdf_bytes(data[: len(data) // 2], "x.pdf", SourceOptions(extractor=extractor))  # type: ignore[arg-type]
