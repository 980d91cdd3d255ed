"""Page furniture: running headers and footers repeated on most pages, page numbers.

They are dropped before the parsers see the text; page numbers stay as locations (every line
keeps its page). Two kinds of sources:
- with positions (PDF text layer, OCR): furniture is a line printed at the same place, in the
  top or bottom margin, on most pages — digits masked, since "Page 1" becomes "Page 2";
- without (text files): a line repeated within the first or last few lines of most pages.

A running header whose text changes along the document (a recueil: "… Délibération n°
20230202-005" on the pages of each act) is kept once where it changes: it is the only place
that act's number is printed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from delib_parse.lazyre import lazy
from delib_parse.sources.base import SourceLine, SourcePage
from delib_parse.sources.layout import median
from delib_parse.vocab.headings import EXTRACT_HEADING, EXTRACT_OPENING_LINE
from delib_parse.vocab.items import VOTE_LINE, VOTE_LINE_WORDS

_DIGITS = lazy(r"\d+")
_PAGE_NUMBER = lazy(
    r"^\s*(?:page\s*)?\d+\s*(?:/|sur)\s*\d+\s*$|^\s*-?\s*\d+\s*-?\s*$|^\s*page\s*\d+\s*$",
    regex.IGNORECASE,
)
# "… 2023 Page 4", "… Page 1/3": the page-number tail of a running header or footer.
_PAGE_TAIL = lazy(r"\s*\bpage\s*\d+\s*(?:(?:/|sur)\s*\d+)?\s*$", regex.IGNORECASE)
# Lines this close to the page's first or last line (text sources) may be furniture.
_EDGE = 4
_EXTRACT_HEADING = lazy(EXTRACT_HEADING, regex.IGNORECASE)
# A tally's line ("POUR 23" / "CONTRE 4" at the foot of pages that each end on a vote) repeats
# in shape, digits masked, but is the matter's, never a running footer.
_VOTE_LINE = lazy(VOTE_LINE, regex.IGNORECASE | regex.MULTILINE)
_EXTRACT_OPENING = lazy(EXTRACT_OPENING_LINE, regex.IGNORECASE)
# How far down a page an extract's opening is looked for, in non-empty lines.
_OPENING_LINES = 15
# With positions: the margins where headers and footers sit (share of the page height; 6 % of
# A4 is 50 pt, above the body text, so an act's title repeated atop one-page acts is not
# furniture) and how far one occurrence may stray from the others (share of the page height).
_MARGIN = 0.06
_SAME_PLACE = 0.02
# A footer may sit higher than the margin (57 pt above the edge of an A4 page): the last lines
# of a page within this share of the page height are candidates as well.
_FOOT_ZONE = 0.12
_FOOT_LINES = 2


@dataclass(frozen=True, slots=True)
class _Candidate:
    line: SourceLine
    shape: str
    header: bool  # in the top part of the page (else the bottom)


def _shape(line: SourceLine) -> str:
    # Page numbers differ from page to page: compare lines with their digits masked.
    return str(_DIGITS.sub("#", " ".join(line.text.split()).lower()))


def _positioned(page: SourcePage) -> bool:
    return bool(page.height) and all(ln.top is not None for ln in page.lines)


def _candidates(page: SourcePage) -> list[_Candidate]:
    body = [ln for ln in page.lines if ln.text.strip()]
    if _positioned(page):
        height = float(page.height or 0.0)
        lowest = {id(ln) for ln in sorted(body, key=lambda ln: -(ln.top or 0.0))[:_FOOT_LINES]}
        out = []
        for ln in body:
            top = float(ln.top or 0.0)
            if top <= _MARGIN * height:
                out.append(_Candidate(ln, _shape(ln), True))
            elif top >= (1 - _MARGIN) * height or (
                id(ln) in lowest and top >= (1 - _FOOT_ZONE) * height
            ):
                out.append(_Candidate(ln, _shape(ln), False))
        return [c for c in out if not _tally_line(c.line.text)]
    head = [_Candidate(ln, _shape(ln), True) for ln in body[:_EDGE]]
    tail = [_Candidate(ln, _shape(ln), False) for ln in body[-_EDGE:] if ln not in body[:_EDGE]]
    return [c for c in head + tail if not _tally_line(c.line.text)]


def _tally_line(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in VOTE_LINE_WORDS) and _VOTE_LINE.search(text) is not None


def _repeated(by_page: dict[int, list[_Candidate]], pages: list[SourcePage]) -> set[str]:
    """Shapes found on most pages (at one place, when positions are known)."""
    where: dict[str, list[tuple[int, float | None, float]]] = {}
    for page in pages:
        for cand in by_page[page.number]:
            where.setdefault(cand.shape, []).append(
                (page.number, cand.line.top, float(page.height or 0.0))
            )
    threshold = max(2, (len(pages) + 1) // 2)
    shapes = set()
    for shape, hits in where.items():
        tops = [t for _, t, _ in hits if t is not None]
        if len(tops) == len(hits) and tops:
            centre = median(tops)
            hits = [h for h in hits if abs((h[1] or 0.0) - centre) <= _SAME_PLACE * h[2]]
        if len({number for number, _, _ in hits}) >= threshold:
            shapes.add(shape)
    return shapes


def _page_number_line(cand: _Candidate, positioned: bool, edge_ok: bool) -> bool:
    # A bare page number is furniture wherever positions put it in a margin; in a text file
    # only near a page edge.
    return (positioned or edge_ok) and bool(_PAGE_NUMBER.match(cand.line.text))


def strip_furniture(pages: list[SourcePage]) -> list[SourceLine]:
    """Lines of all pages in order, without running headers, footers and page numbers."""
    positioned = bool(pages) and all(_positioned(p) for p in pages if p.lines)
    # Two pages cannot tell furniture from a phrase that happens to open or close both
    # ("13 votes pour"); three can — or two when the place on the page is known as well. A
    # blank page (a text ending in a form feed) is no page that could repeat anything.
    printed = [p for p in pages if any(ln.text.strip() for ln in p.lines)]
    enough = len(printed) >= 3 or (positioned and len(printed) == 2)
    by_page = {p.number: _candidates(p) for p in pages}
    if not positioned:
        for page in pages:
            if _opens_extract(page):
                # An extract of a recueil, one a page: its heading repeats on every page and
                # is content, the only place where one act ends and the next begins.
                by_page[page.number] = [c for c in by_page[page.number] if not c.header]
    furniture = _repeated(by_page, printed) if enough else set()
    changing = _changing_headers(by_page, furniture)
    drop: set[int] = set()
    previous: dict[str, str] = {}
    for page in pages:
        for cand in by_page[page.number]:
            if cand.shape in furniture:
                title = _PAGE_TAIL.sub("", cand.line.text).strip()
                if cand.shape in changing and previous.get(cand.shape) != title:
                    previous[cand.shape] = title
                    continue  # the first page of a new act: keep its running title
                drop.add(id(cand.line))
            elif _page_number_line(cand, positioned, enough):
                drop.add(id(cand.line))
    return [ln for page in pages for ln in page.lines if id(ln) not in drop]


def _opens_extract(page: SourcePage) -> bool:
    """A text page that begins an extract: the register's heading among its first lines and,
    under it, what an extract opens with (the sitting, the subject, the counts)."""
    body = [ln.text for ln in page.lines if ln.text.strip()][:_OPENING_LINES]
    heading = next((i for i, t in enumerate(body[:_EDGE]) if _EXTRACT_HEADING.match(t)), None)
    return heading is not None and any(_EXTRACT_OPENING.match(t) for t in body[heading + 1 :])


def _changing_headers(by_page: dict[int, list[_Candidate]], furniture: set[str]) -> set[str]:
    """Header shapes whose text (page numbers aside) differs from page to page."""
    texts: dict[str, Counter[str]] = {}
    for cands in by_page.values():
        for cand in cands:
            if cand.header and cand.shape in furniture:
                title = _PAGE_TAIL.sub("", cand.line.text).strip()
                texts.setdefault(cand.shape, Counter())[title] += 1
    return {shape for shape, seen in texts.items() if len(seen) > 1}
