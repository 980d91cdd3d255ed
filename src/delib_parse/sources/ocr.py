"""OCR of image-only pages: pdfium renders, Tesseract reads words, `layout` rebuilds lines.

`pdf.read_pdf_bytes` calls `ocr_pages` for the pages without a text layer (all pages with
`--ocr force`). Each page is rendered by pypdfium2 at 300 dpi in grey and read by the
`tesseract` program (Debian: tesseract-ocr, tesseract-ocr-fra) through pytesseract's word
boxes (`image_to_data`, TSV). Tesseract's own reading order puts a heading between two columns
of a member list, so only its words and their boxes are kept: the words, in PDF points, go
through `layout.build_lines` like the text layer's, and the columns are rebuilt the same way.

Speed: one Tesseract process per page with `OMP_THREAD_LIMIT=1` (its OpenMP threads make it
several times slower on small machines), pages in parallel up to `options.jobs`. The image is
handed over as an uncompressed PGM: PNG, pytesseract's default, costs ~0.5 s a page to write.

After OCR a small, conservative correction fixes what Tesseract does to counts: a letter read
for a digit in a number that follows a count label ("POUR : 8б", "CONTRE : O", "DONT l3
PROCURATION(S)"). It only swaps look-alike glyphs inside such a number; it never adds a digit.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delib_parse.errors import DocumentTimeout, OcrUnavailable, PdfDamaged
from delib_parse.sources.base import SourcePage
from delib_parse.sources.layout import build_lines
from delib_parse.sources.ocr_words import correct_line, tesseract_words
from delib_parse.sources.options import SourceOptions
from delib_parse.sources.progress import report

DPI = 300  # unless the page is too big for it: see render_dpi
LANG = "fra"
# Page segmentation mode 6 (one uniform block of text). Measured against 3 (automatic layout
# analysis, Tesseract's default) and 4 on the samples and the real scans (benchmarks/
# bench_ocr.py): the same text on the samples, but on real scans 3 cuts a margin box into tiny
# blocks and misreads what matters most there ("S mars 202!" for "5 mars 2021", "il" for "11",
# counts lost), while 6 reads them; its cost is some junk over logos and stamps. Columns are
# rebuilt from the word boxes by `layout` either way.
PSM = 6
CONFIG = f"--psm {PSM}"
# Longest time one page may take when the document has no time limit of its own.
PAGE_TIMEOUT = 300.0
PACKAGES = "tesseract-ocr tesseract-ocr-fra"
_POINTS_PER_INCH = 72.0
# A page is rendered at 300 dpi unless that would pass these caps; then at the highest
# resolution within them (it is still read, less sharply: nothing real is that big). A PDF
# page may be 200 inches a side (MediaBox up to 14400 pt): 60000 x 60000 pixels at 300 dpi,
# a 10 GiB bitmap. 40 Mpx keeps an A2 page at 300 dpi (34.8 Mpx; A4 is 8.7) and the peak of
# one page at ~300 MB (pdfium's 3-byte bitmap, PIL's copy, the grey image). No side longer than
# 30000 px: Tesseract (Leptonica) refuses images past 32767 px a side.
MAX_PIXELS = 40_000_000
MAX_SIDE = 30_000

_lock = threading.Lock()
_checked: dict[str, str | None] = {}  # tesseract command → None when usable, else the reason


# --- availability ---------------------------------------------------------------------------


def _pytesseract() -> Any:
    try:
        import pytesseract  # type: ignore[import-untyped]
    except ImportError as exc:
        raise OcrUnavailable(
            "OCR needs the Python package pytesseract", hint=f"pip install pytesseract; {_HINT}"
        ) from exc
    return pytesseract


_HINT = f"install the Debian packages {PACKAGES}, or use --ocr never"


def check_available() -> None:
    """Raise `OcrUnavailable` unless the tesseract program and its French model are there.

    Checked once per tesseract command (two short subprocesses), then remembered.
    """
    pytesseract = _pytesseract()
    command = str(pytesseract.pytesseract.tesseract_cmd)
    with _lock:
        if command not in _checked:
            _checked[command] = _problem(pytesseract)
        problem = _checked[command]
    if problem is not None:
        raise OcrUnavailable(problem, hint=_HINT)


def _problem(pytesseract: Any) -> str | None:
    command = pytesseract.pytesseract.tesseract_cmd
    try:
        pytesseract.get_tesseract_version()
        languages = pytesseract.get_languages()
    except (OSError, SystemExit, RuntimeError, pytesseract.TesseractError):
        # SystemExit: pytesseract's answer to a version it cannot parse.
        return f"the OCR program `{command}` (Tesseract) is not installed or does not run"
    if LANG not in languages:
        return f"Tesseract has no French model ({LANG}.traineddata)"
    return None


# --- pages ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rendered:
    number: int
    width: float  # points
    height: float
    path: str  # the page as a PGM file
    dpi: float  # the resolution it was rendered at


def ocr_pages(
    data: bytes, page_numbers: list[int], options: SourceOptions
) -> dict[int, SourcePage]:
    """OCR the given pages (1-based) of a PDF. A page Tesseract fails on is left out.

    Raises `OcrUnavailable` when Tesseract or its French model is missing and
    `DocumentTimeout` when the document's time limit (`options.timeout`) runs out.
    """
    if not page_numbers:
        return {}
    check_available()
    pytesseract = _pytesseract()
    # Tesseract's OpenMP threads fight each other (and the other pages) on small machines.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    deadline = None if options.timeout is None else time.monotonic() + options.timeout
    jobs = options.jobs if options.jobs > 0 else (os.cpu_count() or 1)
    jobs = max(1, min(jobs, len(page_numbers)))
    found: dict[int, SourcePage] = {}
    with tempfile.TemporaryDirectory(prefix="delib-ocr-") as folder:
        pages = _render(data, page_numbers, Path(folder))
        with (
            closing(pages),
            ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="delib-ocr") as pool,
        ):
            pending: list[Future[SourcePage | None]] = []
            try:
                # Rendering stays in this thread (pdfium is not thread-safe) and runs at most
                # `jobs` pages ahead of Tesseract, so a long scan never sits in memory whole.
                for done, page in enumerate(pages):
                    while sum(not f.done() for f in pending) >= jobs:
                        _wait_one(pending)
                    _check_deadline(deadline, options)
                    report("OCR page", done + 1, len(page_numbers))
                    pending.append(pool.submit(_read_page, pytesseract, page, deadline))
                for future in pending:
                    result = future.result()
                    if result is not None:
                        found[result.number] = result
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
    _check_deadline(deadline, options)
    return found


def _wait_one(pending: Sequence[Future[SourcePage | None]]) -> None:
    from concurrent.futures import FIRST_COMPLETED, wait

    wait([f for f in pending if not f.done()], return_when=FIRST_COMPLETED)


def _check_deadline(deadline: float | None, options: SourceOptions) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise DocumentTimeout(f"OCR took longer than {options.timeout:g} s")


def render_dpi(width: float, height: float) -> float:
    """The resolution to render a page of this size (points) at: 300 dpi, or less to stay
    within MAX_PIXELS and MAX_SIDE."""
    width, height = max(abs(width), 1.0), max(abs(height), 1.0)
    dpi = float(DPI)
    pixels_per_point = dpi / _POINTS_PER_INCH
    if width * height * pixels_per_point**2 > MAX_PIXELS:
        dpi = _POINTS_PER_INCH * (MAX_PIXELS / (width * height)) ** 0.5
    dpi = min(dpi, _POINTS_PER_INCH * MAX_SIDE / max(width, height))
    # pdfium rounds the bitmap's size up: a hair less keeps it within the caps.
    return dpi if dpi == DPI else dpi * 0.999


def _render(data: bytes, page_numbers: list[int], folder: Path) -> Generator[_Rendered, None, None]:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfDamaged(f"damaged PDF ({exc})") from exc
    try:
        for number in page_numbers:
            page = doc[number - 1]
            try:
                width, height = page.get_size()
                dpi = render_dpi(width, height)
                bitmap = page.render(scale=dpi / _POINTS_PER_INCH)
                image = bitmap.to_pil().convert("L")
                bitmap.close()
            finally:
                page.close()
            path = folder / f"page-{number}.pgm"
            image.save(path, format="PPM")  # mode L → binary PGM: no compression to pay for
            yield _Rendered(number, width, height, str(path), dpi)
    finally:
        doc.close()


def _read_page(pytesseract: Any, page: _Rendered, deadline: float | None) -> SourcePage | None:
    limit = PAGE_TIMEOUT if deadline is None else max(deadline - time.monotonic(), 1.0)
    try:
        tsv = pytesseract.image_to_data(
            page.path, lang=LANG, config=CONFIG, timeout=limit, output_type="dict"
        )
    except (RuntimeError, OSError, pytesseract.TesseractError):
        # Killed at the time limit, or Tesseract failed on this image: the page stays
        # unreadable and rule X002 says so.
        return None
    finally:
        Path(page.path).unlink(missing_ok=True)
    words = tesseract_words(tsv, _POINTS_PER_INCH / page.dpi)
    lines = build_lines(words, page.number, page.width)
    lines = [_with_text(line, correct_line(line.text)) for line in lines]
    return SourcePage(
        number=page.number,
        lines=[line for line in lines if line.text.strip()],
        width=page.width,
        height=page.height,
        ocr=True,
    )


def _with_text(line: Any, text: str) -> Any:
    if text == line.text:
        return line
    from dataclasses import replace

    return replace(line, text=text)
