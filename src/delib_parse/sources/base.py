"""What every source produces: pages of lines, each line knowing its page and line number.

Positions (x0, top, x1, bottom, in PDF points from the page's top-left) are set by sources
that have them (PDF text layer, OCR) and let later stages rebuild columns and spot furniture.
`strong` is set by sources that know the fonts (a PDF's text layer): the whole line is set in
bold, as minutes set their items' titles where they number none.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SourceLine:
    text: str
    page: int  # 1-based
    line: int  # 1-based within the page
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    strong: bool = False


@dataclass(slots=True)
class SourcePage:
    number: int  # 1-based
    lines: list[SourceLine] = field(default_factory=list)
    width: float | None = None
    height: float | None = None
    ocr: bool = False
    # True when the page had (almost) no text layer and nothing could be read from it.
    unreadable: bool = False


@dataclass(slots=True)
class SourceDocument:
    path: str | None
    sha256: str
    media_type: str
    extractor: str
    pages: list[SourcePage]
    encoding: str | None = None

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)

    def lines(self) -> list[SourceLine]:
        return [line for page in self.pages for line in page.lines]
