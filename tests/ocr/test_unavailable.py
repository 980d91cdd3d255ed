"""Without Tesseract or its French model: error E020 naming the packages (no Tesseract needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from delib_parse.errors import OcrUnavailable
from delib_parse.sources.options import SourceOptions
from tests.ocr.conftest import SEED_2COL

pytesseract = pytest.importorskip("pytesseract")


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from delib_parse.sources import ocr

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    monkeypatch.setattr(ocr, "_checked", {})


def test_missing_binary_raises_ocr_unavailable(no_tesseract: None) -> None:
    from delib_parse.sources import ocr

    with pytest.raises(OcrUnavailable) as caught:
        ocr.ocr_pages(b"%PDF-1.4 not read", [1], SourceOptions())
    error = caught.value
    assert error.code == "E020"
    line = error.one_line()
    assert line.startswith("error E020: ")
    assert "\n" not in line
    assert "tesseract-ocr" in line and "tesseract-ocr-fra" in line
    assert "--ocr never" in line


def test_missing_french_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from delib_parse.sources import ocr

    monkeypatch.setattr(ocr, "_checked", {})
    monkeypatch.setattr(pytesseract, "get_tesseract_version", lambda: "5.3.0")
    monkeypatch.setattr(pytesseract, "get_languages", lambda: ["eng", "osd"])
    with pytest.raises(OcrUnavailable, match=r"French model \(fra.traineddata\)") as caught:
        ocr.check_available()
    assert "tesseract-ocr-fra" in caught.value.one_line()


def test_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from delib_parse.sources import ocr

    calls: list[str] = []
    monkeypatch.setattr(ocr, "_checked", {})
    monkeypatch.setattr(pytesseract, "get_tesseract_version", lambda: calls.append("v"))
    monkeypatch.setattr(pytesseract, "get_languages", lambda: calls.append("l") or ["fra"])
    ocr.check_available()
    ocr.check_available()
    assert calls == ["v", "l"]


def test_no_pages_asks_nothing(no_tesseract: None) -> None:
    from delib_parse.sources import ocr

    assert ocr.ocr_pages(b"", [], SourceOptions()) == {}


def test_pdf_source_without_tesseract(no_tesseract: None) -> None:
    """auto: the scan's pages stay unreadable (X002); force: the error reaches the caller."""
    from delib_parse.sources.pdf import read_pdf_bytes

    data = SEED_2COL.read_bytes()
    src = read_pdf_bytes(data, options=SourceOptions(ocr="auto"))
    assert not src.ocr
    assert [p.unreadable for p in src.pages] == [True, True, True]
    with pytest.raises(OcrUnavailable):
        read_pdf_bytes(data, options=SourceOptions(ocr="force"))
