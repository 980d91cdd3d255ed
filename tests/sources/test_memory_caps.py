"""Memory stays bounded whatever the PDF: a page of the largest size the format allows is not
rendered for OCR into a 10 GiB bitmap, and a stream that inflates a thousandfold costs its
document only (the child's memory cap), not the machine's memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from delib_parse.child import run_bounded
from delib_parse.errors import ExtractorCrashed, TooLarge
from delib_parse.sources import SourceOptions
from delib_parse.sources import ocr as ocr_module
from delib_parse.sources.pdf import read_pdf_bytes
from tests.sources.hand_pdf import image_page_pdf, inflating_pdf

# The largest page PDF allows: 200 inches a side, 60000 px at 300 dpi.
MAX_PAGE = 14400.0


def _rendered_size(data: bytes, folder: Path) -> tuple[float, tuple[int, int]]:
    for page in ocr_module._render(data, [1], folder):
        with Image.open(page.path) as image:
            return page.dpi, image.size
    raise AssertionError("no page rendered")


@pytest.mark.parametrize(
    ("width", "height"),
    [(MAX_PAGE, MAX_PAGE), (1.0, MAX_PAGE), (MAX_PAGE, 3.0), (2384.0, 3370.0)],
    ids=["largest-page", "thin-strip", "wide-strip", "a0"],
)
def test_a_huge_page_is_rendered_within_the_caps(
    width: float, height: float, tmp_path: Path
) -> None:
    dpi, (w, h) = _rendered_size(image_page_pdf(width, height), tmp_path)
    assert w * h <= ocr_module.MAX_PIXELS
    assert max(w, h) <= ocr_module.MAX_SIDE
    assert dpi < ocr_module.DPI


def test_an_ordinary_page_is_rendered_at_300_dpi(tmp_path: Path) -> None:
    dpi, size = _rendered_size(image_page_pdf(595.0, 842.0), tmp_path)
    assert dpi == ocr_module.DPI
    assert size == (2480, 3509)


def test_the_page_is_still_seen_as_a_scan_to_read() -> None:
    doc = read_pdf_bytes(image_page_pdf(MAX_PAGE, MAX_PAGE), options=SourceOptions(ocr="never"))
    assert doc.pages[0].unreadable


def _read_bomb(data: bytes) -> int:
    doc = read_pdf_bytes(data, options=SourceOptions(ocr="never"))
    return len(doc.pages)


def test_an_inflating_stream_stops_at_the_memory_cap() -> None:
    # 300 MB of spaces in a 300 KB file: past a 150 MB cap, the document alone is lost.
    data = inflating_pdf(300_000_000)
    assert len(data) < 1_000_000
    with pytest.raises((ExtractorCrashed, TooLarge)) as caught:
        run_bounded(_read_bomb, (data,), timeout=60, path="bomb.pdf", memory=150 * 1024**2)
    assert caught.value.path == "bomb.pdf"


def test_within_the_memory_cap_it_is_read() -> None:
    data = inflating_pdf(1_000_000)
    assert run_bounded(_read_bomb, (data,), timeout=60, path="small.pdf") == 1


def _allocate() -> None:
    bytearray(1024**3)


def test_a_memory_error_is_a_coded_error() -> None:
    with pytest.raises(TooLarge) as caught:
        run_bounded(_allocate, (), timeout=60, path="x.txt", memory=100 * 1024**2)
    assert caught.value.code == "E016"
    assert caught.value.one_line().startswith("error E016: x.txt: reading it needs more memory")
