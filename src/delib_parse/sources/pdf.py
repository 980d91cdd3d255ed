"""PDF text layer → pages of positioned lines (columns rebuilt by `layout`).

Two extractors give the same lines on the samples:
- pdfium (default, pypdfium2): ~1 ms a page. Text is taken per pdfium line and boxed with
  pdfium's own rectangles (one a text object) — a few C calls a line instead of one a character,
  which keeps the whole stage within twice the bare extraction time.
- pdfplumber: ~100 ms a page, kept as a cross-check and a fallback; every page is closed after
  use or a long recueil holds hundreds of MiB.

pdfium marks a line-end hyphen as U+FFFE (and as U+0002 in bounded text) while joining the
lines; it is mapped back to "-" here and the normaliser decides (names keep it, prose drops it).
Heavy imports stay inside functions: `delib parse file.txt` must not pay for them.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, NoReturn

from delib_parse.errors import (
    DelibError,
    DocumentTimeout,
    OcrUnavailable,
    PdfDamaged,
    PdfEncrypted,
    PdfNoPages,
    TooManyPages,
)
from delib_parse.sources.base import SourceDocument, SourceLine, SourcePage
from delib_parse.sources.fonts import BoldReader, bold_font_name
from delib_parse.sources.layout import Word, build_lines
from delib_parse.sources.options import SourceOptions
from delib_parse.sources.progress import report
from delib_parse.sources.tables import Grid, pdfium_grids

MEDIA_TYPE = "application/pdf"
# A page with fewer visible characters than this has no usable text layer (a scan with a
# stamp or a page number printed over it): OCR it or report it unreadable.
MIN_PAGE_CHARS = 20
# A scan that carries a short text layer of its own — the préfecture's transmission stamp
# ("Envoyé en préfecture le …, ID : …") — is still a scan: a picture over most of the page and
# fewer characters than this.
STAMP_CHARS = 300
SCAN_COVER = 0.5
_HYPHEN_MARKS = str.maketrans({"\ufffe": "-", "\x02": "-"})
# pdfium rects closer than this (x their height) are one run of text (see layout._SEGMENT_GAP).
_SEGMENT_GAP = 1.0

# pdfium's document-loading error codes (fpdfview.h).
_ERR_SUCCESS, _ERR_PASSWORD, _ERR_SECURITY = 0, 4, 6


class _Clock:
    """The per-document time limit, checked between pages (a C call cannot be interrupted)."""

    def __init__(self, timeout: float | None, path: str | None) -> None:
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.timeout = timeout
        self.path = path

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DocumentTimeout(f"reading took longer than {self.timeout:g} s", path=self.path)


def read_pdf_bytes(
    data: bytes, path: str | None = None, options: SourceOptions | None = None
) -> SourceDocument:
    """Read a PDF's text layer. Raises a named `DelibError` for every unreadable file."""
    options = options or SourceOptions()
    clock = _Clock(options.timeout, path)
    extractor = options.extractor
    if extractor == "pdfplumber":
        pages = _read_pdfplumber(data, path, options, clock)
    else:
        try:
            pages = _read_pdfium(data, path, options, clock)
        except PdfDamaged as damaged:
            # pdfminer is more lenient with some broken cross-reference tables (and tells an
            # empty page tree from a broken one): let it try before giving up.
            try:
                pages = _read_pdfplumber(data, path, options, clock)
            except PdfDamaged:
                raise damaged from None
            extractor = "pdfplumber"
    pages = _fill_unreadable(data, pages, options, path)
    return SourceDocument(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_TYPE,
        extractor=extractor,
        pages=pages,
    )


def _check_count(count: int, options: SourceOptions, path: str | None) -> None:
    if count == 0:
        raise PdfNoPages("the PDF has no pages", path=path)
    if count > options.max_pages:
        raise TooManyPages(f"{count} pages, more than the limit of {options.max_pages}", path=path)


# --- pdfium ---------------------------------------------------------------------------------


def _open_pdfium(data: bytes, path: str | None, options: SourceOptions) -> Any:
    import pypdfium2 as pdfium

    # pdfium tries the empty user password by itself; a given password comes second.
    passwords: list[str | None] = [None]
    if options.password:
        passwords.append(options.password)
    for password in passwords:
        try:
            return pdfium.PdfDocument(data, password=password)
        except pdfium.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code in (_ERR_PASSWORD, _ERR_SECURITY):
                continue
            if code == _ERR_SUCCESS:
                # pdfium refuses a document without a page tree yet reports no error.
                raise PdfNoPages("the PDF has no pages", path=path) from exc
            raise PdfDamaged(f"damaged PDF ({exc})", path=path) from exc
    hint = "wrong password" if options.password else None
    raise PdfEncrypted("the PDF is encrypted with a password", path=path, hint=hint)


def _read_pdfium(
    data: bytes, path: str | None, options: SourceOptions, clock: _Clock
) -> list[SourcePage]:
    doc = _open_pdfium(data, path, options)
    try:
        count = len(doc)
        _check_count(count, options, path)
        pages: list[SourcePage] = []
        for index in range(count):
            clock.check()
            report("reading page", index + 1, count)
            pages.append(_pdfium_page(doc, index, path))
        return pages
    finally:
        doc.close()


def _pdfium_page(doc: Any, index: int, path: str | None) -> SourcePage:
    import pypdfium2 as pdfium

    try:
        page = doc[index]
    except pdfium.PdfiumError as exc:
        raise PdfDamaged(f"page {index + 1} cannot be loaded ({exc})", path=path) from exc
    try:
        width, height = page.get_size()
        # Ruled tables first: a run of text pdfium read across a cell's rule is cut there.
        grids = pdfium_grids(page, height)
        textpage = page.get_textpage()
        try:
            words = list(_pdfium_words(textpage, height, grids))
        finally:
            textpage.close()
        number = index + 1
        result = SourcePage(number=number, width=width, height=height)
        chars = _visible_chars(words)
        if chars < STAMP_CHARS:
            cover = _image_cover(page, width * height)
            result.unreadable = cover > 0 and (chars < MIN_PAGE_CHARS or cover >= SCAN_COVER)
        result.lines = build_lines(words, number, width, grids)
        return result
    finally:
        page.close()


Rect = tuple[float, float, float, float]  # pdfium order: left, bottom, right, top


class _Rects:
    """pdfium's text rectangles of a char range, read through the raw API.

    Same calls as `PdfTextPage.count_rects` / `get_rect`, without their wrapper's cost and new
    ctypes doubles for every rectangle: a page has hundreds of lines.
    """

    def __init__(self, handle: Any) -> None:
        import ctypes

        import pypdfium2.raw as raw

        self.handle = handle
        self.count_rects = raw.FPDFText_CountRects
        self.get_rect = raw.FPDFText_GetRect
        # FPDFText_GetRect's order: left, top, right, bottom.
        self.box = [ctypes.c_double() for _ in range(4)]
        self.refs = [ctypes.byref(b) for b in self.box]

    def __call__(self, first: int, count: int) -> list[Rect]:
        n_rects = self.count_rects(self.handle, first, count)
        if n_rects == -1:
            _pdfium_error("Failed to count rectangles.")
        left, top, right, bottom = self.box
        rects: list[Rect] = []
        for i in range(n_rects):
            if not self.get_rect(self.handle, i, *self.refs):
                _pdfium_error("Failed to get rectangle.")
            rects.append((left.value, bottom.value, right.value, top.value))
        return rects


def _pdfium_error(message: str) -> NoReturn:
    # The error pypdfium2's own helpers raise on these failures.
    import pypdfium2 as pdfium

    raise pdfium.PdfiumError(message)


def _pdfium_words(
    textpage: Any, page_height: float, grids: list[Grid] | None = None
) -> Iterator[Word]:
    """Runs of text with their boxes, top-left origin: a pdfium line, or its far-apart parts."""
    import ctypes

    import pypdfium2.raw as raw

    text = textpage.get_text_range()
    if not text:
        return
    handle = textpage.raw
    one_to_one = len(text) == textpage.count_chars()
    box = [ctypes.c_double() for _ in range(4)]
    refs = [ctypes.byref(b) for b in box]
    line_rects = _Rects(handle)

    def char_index(text_index: int) -> int:
        # Text and char indices differ when pdfium inserts or drops characters: translate.
        if one_to_one:
            return text_index
        return int(raw.FPDFText_GetCharIndexFromTextIndex(handle, text_index))

    def char_centre(text_index: int) -> tuple[float, float]:
        raw.FPDFText_GetCharBox(handle, char_index(text_index), *refs)
        left, right, bottom, top = (b.value for b in box)
        return (left + right) / 2, (bottom + top) / 2

    bold = BoldReader(handle, char_index)

    position = 0
    for piece in text.split("\r\n"):
        start, end = position, position + len(piece)
        position = end + 2
        if not piece.strip():
            continue
        first, last = char_index(start), char_index(end - 1)
        if first < 0 or last < first:
            continue
        rects = line_rects(first, last - first + 1)
        if not rects:
            continue
        groups = _far_apart(rects)
        if len(groups) == 1:
            parts: list[str] | None = [piece]
        else:
            # Table cells on one pdfium line, or a line-end hyphen that pdfium joined to the
            # next line: cut the text where each group's first word starts.
            parts = _split_at_groups(piece, start, groups, char_centre)
        if parts is None:
            strong = bold.strong(piece, start)
            parts = [textpage.get_text_bounded(*g) for g in groups]
            for part, group in zip(parts, groups, strict=True):
                yield _word(part, group, page_height, strong)
            continue
        offset = start
        for part, group in zip(parts, groups, strict=True):
            strong = bold.strong(part, offset)
            word = _word(part, group, page_height, strong)
            cuts = _rules_across(grids, word)
            if cuts:
                yield from _cut_at_rules(
                    part, offset, cuts, char_index, handle, page_height, strong
                )
            else:
                yield word
            offset += len(part)


def _rules_across(grids: list[Grid] | None, word: Word) -> list[float]:
    for grid in grids or ():
        cuts = grid.rules_across(word.x0, word.top, word.x1, word.bottom)
        if cuts:
            return cuts
    return []


def _cut_at_rules(
    text: str,
    start: int,
    cuts: list[float],
    char_index: Callable[[int], int],
    handle: Any,
    page_height: float,
    strong: bool = False,
) -> Iterator[Word]:
    """A run pdfium read across a table's vertical rules, cut into one word per cell by its
    characters' boxes (a cell's padding may be narrower than the gap that parts runs)."""
    import bisect
    import ctypes

    import pypdfium2.raw as raw

    box = [ctypes.c_double() for _ in range(4)]
    refs = [ctypes.byref(b) for b in box]
    # Per cell: the first and last index of its characters in `text`, and their box.
    spans: dict[int, list[float]] = {}
    for j, ch in enumerate(text):
        if ch.isspace() or not raw.FPDFText_GetCharBox(handle, char_index(start + j), *refs):
            continue
        left, right, bottom, top = (b.value for b in box)
        cell = bisect.bisect_right(cuts, (left + right) / 2)
        span = spans.get(cell)
        if span is None:
            spans[cell] = [j, j, left, bottom, right, top]
        else:
            span[1] = j
            span[2], span[3] = min(span[2], left), min(span[3], bottom)
            span[4], span[5] = max(span[4], right), max(span[5], top)
    for cell in sorted(spans):
        first, last, left, bottom, right, top = spans[cell]
        rect = (left, bottom, right, top)
        yield _word(text[int(first) : int(last) + 1], rect, page_height, strong)


def _far_apart(rects: list[Rect]) -> list[Rect]:
    """Merge rects (one a text object) that touch on one line; keep far-apart ones apart."""
    groups: list[Rect] = []
    for rect in rects:
        if groups:
            left, bottom, right, top = groups[-1]
            height = max(top - bottom, rect[3] - rect[1], 1e-6)
            # A hyphen's or a comma's box is a sliver of the line's height (a fake-bold copy's
            # may have none): compared with the smaller box, it still lies on the line — a
            # line that pdfium joined after a line-end hyphen does not.
            smaller = max(min(top - bottom, rect[3] - rect[1]), 0.0)
            same_line = min(top, rect[3]) - max(bottom, rect[1]) >= 0.3 * smaller
            # Touching, near, or drawn over the group (a second layer of the same words).
            if same_line and rect[0] - right <= _SEGMENT_GAP * height and rect[2] > left:
                groups[-1] = (left, min(bottom, rect[1]), max(right, rect[2]), max(top, rect[3]))
                continue
        groups.append(rect)
    return groups


def _split_at_groups(
    piece: str,
    start: int,
    groups: list[Rect],
    char_centre: Callable[[int], tuple[float, float]],
) -> list[str] | None:
    """Cut a pdfium line into one text per group, or None when the cuts cannot be found."""
    starts = [
        j for j in range(1, len(piece)) if piece[j - 1] in " \ufffe" and not piece[j].isspace()
    ]
    cuts = [0]
    g = 1
    for j in starts:
        if g == len(groups):
            break
        x, y = char_centre(start + j)
        left, bottom, right, top = groups[g]
        if left <= x <= right and bottom <= y <= top:
            cuts.append(j)
            g += 1
    if g != len(groups):
        return None
    cuts.append(len(piece))
    return [piece[a:b] for a, b in itertools.pairwise(cuts)]


def _word(text: str, rect: Rect, page_height: float, strong: bool = False) -> Word:
    left, bottom, right, top = rect
    if "\ufffe" in text or "\x02" in text:
        text = text.translate(_HYPHEN_MARKS)
    return Word(text, left, page_height - top, right, page_height - bottom, strong)


def _visible_chars(words: list[Word]) -> int:
    return sum(len("".join(w.text.split())) for w in words)


def _image_cover(page: Any, area: float) -> float:
    """Share of the page covered by its largest picture (0 when it has none)."""
    import pypdfium2.raw as raw

    # A blank separator page is not unreadable; a page with a picture and no text is a scan.
    largest = 0.0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        largest = max(largest, abs(right - left) * abs(top - bottom))
    return min(largest / area, 1.0) if area > 0 else 0.0


# --- pdfplumber -----------------------------------------------------------------------------


def _is_password_error(exc: BaseException) -> bool:
    # pdfplumber wraps pdfminer's PDFPasswordIncorrect in its own exception.
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, PDFPasswordIncorrect) or any(
            isinstance(arg, PDFPasswordIncorrect) for arg in seen.args
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@contextmanager
def _pdfplumber_open(data: bytes, path: str | None, options: SourceOptions) -> Iterator[Any]:
    import io

    import pdfplumber

    passwords = [""] + ([options.password] if options.password else [])
    for password in passwords:
        try:
            pdf = pdfplumber.open(io.BytesIO(data), password=password)
        except Exception as exc:  # pdfminer raises many ad-hoc errors on broken files
            if _is_password_error(exc):
                continue
            reason = str(exc) or type(exc).__name__
            raise PdfDamaged(f"damaged PDF ({reason})", path=path) from exc
        try:
            yield pdf
        except BaseException:
            # The error that stopped the reading is the one to report: pdfplumber's close
            # walks the page tree again, and on a damaged file fails again, with a raw
            # pdfminer error that would hide the PdfDamaged (E011) raised inside.
            with suppress(Exception):
                pdf.close()
            raise
        try:
            pdf.close()
        except Exception as exc:
            raise PdfDamaged(f"damaged PDF ({exc})", path=path) from exc
        return
    hint = "wrong password" if options.password else None
    raise PdfEncrypted("the PDF is encrypted with a password", path=path, hint=hint)


def _read_pdfplumber(
    data: bytes, path: str | None, options: SourceOptions, clock: _Clock
) -> list[SourcePage]:
    with _pdfplumber_open(data, path, options) as pdf:
        try:
            count = len(pdf.pages)
        except Exception as exc:
            raise PdfDamaged(f"damaged PDF ({exc})", path=path) from exc
        _check_count(count, options, path)
        pages: list[SourcePage] = []
        for index in range(count):
            clock.check()
            report("reading page", index + 1, count)
            page = pdf.pages[index]
            try:
                pages.append(_plumber_page(page, index + 1, path))
            finally:
                with suppress(Exception):  # only frees caches; a failure is not the news
                    page.close()
        return pages


def _plumber_page(page: Any, number: int, path: str | None) -> SourcePage:
    try:
        # Fake bold draws each glyph twice, a fraction of a point apart: keep one (pdfium
        # drops such copies by itself).
        raw_words = page.dedupe_chars().extract_words(
            keep_blank_chars=False, use_text_flow=True, return_chars=True
        )
    except DelibError:
        raise
    except Exception as exc:
        raise PdfDamaged(f"page {number} cannot be read ({exc})", path=path) from exc
    words = [
        Word(
            w["text"].translate(_HYPHEN_MARKS),
            w["x0"],
            w["top"],
            w["x1"],
            w["bottom"],
            all(bold_font_name(c.get("fontname", "")) for c in w["chars"]),
        )
        for w in raw_words
    ]
    width, height = float(page.width), float(page.height)
    result = SourcePage(number=number, width=width, height=height)
    chars = _visible_chars(words)
    if chars < STAMP_CHARS:
        areas = [abs(i["x1"] - i["x0"]) * abs(i["bottom"] - i["top"]) for i in page.images]
        cover = min(max(areas, default=0.0) / (width * height), 1.0) if width * height else 0.0
        result.unreadable = cover > 0 and (chars < MIN_PAGE_CHARS or cover >= SCAN_COVER)
    result.lines = build_lines(words, number, float(page.width))
    return result


# --- OCR hook -------------------------------------------------------------------------------


def _ocr_function() -> Callable[..., dict[int, SourcePage]] | None:
    import importlib

    try:
        # Written separately and optional: imported by name so its absence is no error.
        ocr = importlib.import_module("delib_parse.sources.ocr")
    except ImportError:
        return None
    fn = getattr(ocr, "ocr_pages", None)
    return fn if callable(fn) else None


def _fill_unreadable(
    data: bytes, pages: list[SourcePage], options: SourceOptions, path: str | None
) -> list[SourcePage]:
    """Let OCR read the pages without a text layer (all pages with --ocr force)."""
    if options.ocr == "never":
        return pages
    wanted = [p.number for p in pages if options.ocr == "force" or p.unreadable]
    if not wanted:
        return pages
    ocr_pages = _ocr_function()
    if ocr_pages is None:
        if options.ocr == "force":
            raise OcrUnavailable("OCR was asked for but is not installed", path=path)
        return pages  # the pages stay unreadable: rule X002 reports them
    try:
        found = ocr_pages(data, wanted, options)
    except OcrUnavailable:
        if options.ocr == "force":
            raise
        return pages
    return [_renumbered(found[p.number], p.number) if p.number in found else p for p in pages]


def _renumbered(page: SourcePage, number: int) -> SourcePage:
    # OCR pages must keep the document's page numbers, whatever the OCR module set.
    page.number = number
    page.lines = [
        SourceLine(ln.text, number, ln.line, ln.x0, ln.top, ln.x1, ln.bottom, ln.strong)
        for ln in page.lines
    ]
    return page
