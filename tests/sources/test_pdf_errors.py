"""Every unreadable PDF is a named error with a stable code, never a traceback."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from delib_parse.errors import (
    DocumentTimeout,
    NotADocument,
    OcrUnavailable,
    PdfDamaged,
    PdfEncrypted,
    PdfNoPages,
    TooManyPages,
)
from delib_parse.sources import SourceOptions, load_bytes, load_path
from delib_parse.sources.base import SourceLine, SourcePage
from delib_parse.sources.pdf import read_pdf_bytes
from tests.sources.conftest import encrypted_pdf, image_pdf, text_pdf, zero_page_pdf


def _read(data: bytes, extractor: str, **options: Any) -> Any:
    return read_pdf_bytes(data, path="x.pdf", options=SourceOptions(extractor=extractor, **options))  # type: ignore[arg-type]


def test_text_pdf_is_read_with_positions(extractor: str) -> None:
    doc = _read(text_pdf(), extractor)
    assert doc.media_type == "application/pdf"
    assert doc.extractor == extractor
    assert [ln.text for ln in doc.lines()] == [
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS",
        "Séance du jeudi 02 février 2023",
        "Nombre de membres en exercice : 86",
    ]
    first = doc.pages[0].lines[0]
    assert (first.page, first.line) == (1, 1)
    assert first.x0 == pytest.approx(60, abs=2)
    assert first.top is not None and first.top < 70  # top-left origin: near the top of A4


def test_encrypted_without_password_is_refused(extractor: str) -> None:
    with pytest.raises(PdfEncrypted) as caught:
        _read(encrypted_pdf("secret"), extractor)
    assert caught.value.code == "E010"


def test_encrypted_with_given_password_is_read(extractor: str) -> None:
    doc = _read(encrypted_pdf("secret"), extractor, password="secret")
    assert "Séance du jeudi 02 février 2023" in [ln.text for ln in doc.lines()]


def test_encrypted_with_wrong_password_is_refused(extractor: str) -> None:
    with pytest.raises(PdfEncrypted):
        _read(encrypted_pdf("secret"), extractor, password="guess")


def test_encrypted_with_empty_user_password_is_read(extractor: str) -> None:
    # Owner-password-only files (print/copy restrictions) are common and open as they are.
    doc = _read(encrypted_pdf(""), extractor)
    assert len(doc.lines()) == 3


def test_damaged_pdf(extractor: str) -> None:
    data = text_pdf()
    damaged = data[:9] + bytes(b ^ 0x5A for b in data[9:400])
    with pytest.raises(PdfDamaged) as caught:
        _read(damaged, extractor)
    assert caught.value.code == "E011"


def test_truncated_pdf_header_only(extractor: str) -> None:
    with pytest.raises((PdfDamaged, PdfNoPages)):
        _read(b"%PDF-1.7\n", extractor)


def test_not_a_pdf_named_pdf(write_file: Callable[[str, bytes], Path]) -> None:
    path = write_file("extrait.pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(NotADocument) as caught:
        load_path(path)
    assert caught.value.code == "E004"


def test_zero_pages(extractor: str) -> None:
    with pytest.raises(PdfNoPages) as caught:
        _read(zero_page_pdf(), extractor)
    assert caught.value.code == "E012"


def test_too_many_pages(extractor: str) -> None:
    with pytest.raises(TooManyPages) as caught:
        _read(text_pdf(pages=3), extractor, max_pages=2)
    assert caught.value.code == "E013"
    assert "3 pages" in caught.value.message


def test_time_limit(extractor: str) -> None:
    with pytest.raises(DocumentTimeout) as caught:
        _read(text_pdf(pages=2), extractor, timeout=-1.0)
    assert caught.value.code == "E014"


def test_image_only_page_is_unreadable(extractor: str) -> None:
    doc = _read(image_pdf(), extractor, ocr="never")
    assert [p.unreadable for p in doc.pages] == [True]
    assert doc.lines() == []


def test_scan_with_a_stamp_is_unreadable(extractor: str) -> None:
    stamp = "Envoyé en préfecture le 21/12/2023 ID : 014-211402618-20231117-DEL2023_42-DE"
    doc = _read(image_pdf(stamp=stamp, cover=True), extractor, ocr="never")
    assert [p.unreadable for p in doc.pages] == [True]


def test_small_picture_beside_a_stamp_is_readable(extractor: str) -> None:
    # A logo and a few words are a short page, not a scan.
    doc = _read(image_pdf(stamp="Délibération n° 2023-42 : adoptée à l'unanimité"), extractor)
    assert [p.unreadable for p in doc.pages] == [False]


def test_blank_page_is_not_unreadable(extractor: str) -> None:
    doc = _read(text_pdf(lines=()), extractor, ocr="never")
    assert [p.unreadable for p in doc.pages] == [False]


def test_pdf_found_by_magic_bytes_not_name() -> None:
    doc = load_bytes(text_pdf(), path="extrait.txt")
    assert doc.media_type == "application/pdf"


@pytest.fixture
def fake_ocr(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Stand in for delib_parse.sources.ocr, written separately."""
    calls: list[list[int]] = []

    def ocr_pages(data: bytes, page_numbers: list[int], options: Any) -> dict[int, SourcePage]:
        calls.append(page_numbers)
        return {
            n: SourcePage(n, [SourceLine("Membres présents : Monsieur X", n, 1)], ocr=True)
            for n in page_numbers
        }

    module = types.ModuleType("delib_parse.sources.ocr")
    module.ocr_pages = ocr_pages  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "delib_parse.sources.ocr", module)
    return calls


def test_ocr_fills_unreadable_pages(fake_ocr: list[list[int]]) -> None:
    doc = read_pdf_bytes(image_pdf(), options=SourceOptions(ocr="auto"))
    assert fake_ocr == [[1]]
    assert doc.ocr and not doc.pages[0].unreadable
    assert [ln.text for ln in doc.lines()] == ["Membres présents : Monsieur X"]


def test_ocr_not_called_when_never(fake_ocr: list[list[int]]) -> None:
    doc = read_pdf_bytes(image_pdf(), options=SourceOptions(ocr="never"))
    assert fake_ocr == [] and doc.pages[0].unreadable


def test_ocr_not_called_on_text_pages(fake_ocr: list[list[int]]) -> None:
    read_pdf_bytes(text_pdf(), options=SourceOptions(ocr="auto"))
    assert fake_ocr == []


def test_ocr_unavailable_leaves_page_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    def ocr_pages(data: bytes, page_numbers: list[int], options: Any) -> dict[int, SourcePage]:
        raise OcrUnavailable("tesseract is not installed")

    module = types.ModuleType("delib_parse.sources.ocr")
    module.ocr_pages = ocr_pages  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "delib_parse.sources.ocr", module)
    doc = read_pdf_bytes(image_pdf(), options=SourceOptions(ocr="auto"))
    assert doc.pages[0].unreadable
    with pytest.raises(OcrUnavailable):
        read_pdf_bytes(image_pdf(), options=SourceOptions(ocr="force"))
