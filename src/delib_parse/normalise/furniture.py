"""Page furniture: running headers and footers repeated on most pages, page numbers.

They are dropped before the parsers see the text; page numbers stay as locations.
"""

from __future__ import annotations

import regex

from delib_parse.sources.base import SourceLine, SourcePage

_DIGITS = regex.compile(r"\d+")
_PAGE_NUMBER = regex.compile(
    r"^\s*(?:page\s*)?\d+\s*(?:/|sur)\s*\d+\s*$|^\s*-?\s*\d+\s*-?\s*$", regex.IGNORECASE
)


def _shape(line: SourceLine) -> str:
    # Page numbers differ from page to page: compare lines with their digits masked.
    return str(_DIGITS.sub("#", " ".join(line.text.split()).lower()))


def strip_furniture(pages: list[SourcePage]) -> list[SourceLine]:
    """Lines of all pages in order, without those repeated on most pages.

    A line counts as furniture when the same masked text occurs on at least half of the
    pages (and at least two), within the first or last few lines of each page.
    """
    # Two pages cannot tell furniture from a phrase that happens to open or close both
    # ("13 votes pour"); three can.
    if len(pages) < 3:
        return [line for page in pages for line in page.lines]
    edge = 4
    seen: dict[str, set[int]] = {}
    for page in pages:
        body = [ln for ln in page.lines if ln.text.strip()]
        for line in body[:edge] + body[-edge:]:
            seen.setdefault(_shape(line), set()).add(page.number)
    threshold = max(2, (len(pages) + 1) // 2)
    furniture = {shape for shape, where in seen.items() if len(where) >= threshold}
    out: list[SourceLine] = []
    for page in pages:
        body = [ln for ln in page.lines if ln.text.strip()]
        edges = {id(ln) for ln in body[:edge] + body[-edge:]}
        for line in page.lines:
            if id(line) in edges and (_shape(line) in furniture or _PAGE_NUMBER.match(line.text)):
                continue
            out.append(line)
    return out
