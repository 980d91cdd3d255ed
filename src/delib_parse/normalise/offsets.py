"""Map offsets of the normalised text back to the source's page and line.

The normalised text is one string of lines joined by "\\n". Each line remembers which source
line(s) it was made from, as (column where the piece starts, page, line) segments, so a
hyphenated name joined from two source lines points at the right one for each half.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Loc:
    page: int
    line: int


@dataclass(slots=True)
class NormLine:
    text: str
    # (start column in text, page, line), sorted by column; the first starts at 0.
    segments: list[tuple[int, int, int]] = field(default_factory=list)

    def locate(self, column: int) -> Loc:
        starts = [s[0] for s in self.segments]
        i = max(0, bisect_right(starts, column) - 1)
        _, page, line = self.segments[i]
        return Loc(page, line)


@dataclass(slots=True)
class OffsetMap:
    """Offsets of the joined text → source location."""

    line_starts: list[int]
    lines: list[NormLine]

    @classmethod
    def build(cls, lines: list[NormLine]) -> OffsetMap:
        starts: list[int] = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line.text) + 1
        return cls(starts, lines)

    def locate(self, offset: int) -> Loc:
        if not self.lines:
            return Loc(1, 1)
        i = max(0, bisect_right(self.line_starts, offset) - 1)
        return self.lines[i].locate(offset - self.line_starts[i])

    def line_index(self, offset: int) -> int:
        return max(0, bisect_right(self.line_starts, offset) - 1)


@dataclass(slots=True)
class NormalisedText:
    text: str
    map: OffsetMap

    def locate(self, offset: int) -> Loc:
        return self.map.locate(offset)


def strong_starts(text: NormalisedText, strong: set[tuple[int, int]]) -> frozenset[int]:
    """The offsets where lines start whose every source line, as (page, line), is in `strong`
    (set in bold in a PDF): what the outline may take for titles."""
    if not strong:
        return frozenset()
    return frozenset(
        start
        for start, line in zip(text.map.line_starts, text.map.lines, strict=True)
        if line.segments and all((page, ln) in strong for _, page, ln in line.segments)
    )
