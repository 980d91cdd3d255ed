"""Which runs of a PDF's text are set in bold.

Minutes that number none of their items set the titles in bold between paragraphs of roman
("Bail parcelle A92" / "Suite à la délibération …"): the outline takes such lines for a heading
family (parse/outline.py). The weight a PDF declares is often wrong — "ArialNarrow-Bold" at
400, plain "Calibri" at 540, Type 1 base fonts at 0 — so the font's name decides first, the
weight only when it is that of a bold face (700 or more), and the descriptor's ForceBold flag.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

_BOLD_NAME = re.compile(rb"bold|black|heavy|demi", re.IGNORECASE)
_BOLD_WEIGHT = 700
_FORCE_BOLD = 1 << 18  # PDF 32000-1, table 123: the font descriptor's ForceBold flag
# Characters looked at in a run: a run is bold when all of them are (a run of roman with one
# bold word is no title). A few C calls a run, not one a character.
_SAMPLES = 5


def bold_font_name(name: str) -> bool:
    """Whether a font's name is a bold face's ("Times-Bold", "ABCDEE+ArialNarrow-Bold")."""
    return _BOLD_NAME.search(name.encode("latin-1", "replace")) is not None


class BoldReader:
    """`strong(first, last)`: whether the text-page characters first..last are bold."""

    def __init__(self, handle: Any, char_index: Any) -> None:
        import pypdfium2.raw as raw

        self.handle = handle
        self.char_index = char_index
        self.font_info = raw.FPDFText_GetFontInfo
        self.font_weight = raw.FPDFText_GetFontWeight
        self.buffer = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.flags_ref = ctypes.byref(self.flags)

    def _bold(self, index: int) -> bool:
        size = self.font_info(self.handle, index, self.buffer, len(self.buffer), self.flags_ref)
        if size <= 0:
            return False
        if _BOLD_NAME.search(self.buffer.value) or self.flags.value & _FORCE_BOLD:
            return True
        return int(self.font_weight(self.handle, index)) >= _BOLD_WEIGHT

    def strong(self, text: str, start: int) -> bool:
        """Whether `text`, which starts at text index `start`, is set in bold throughout."""
        visible = [j for j, ch in enumerate(text) if not ch.isspace()]
        if not visible:
            return False
        step = max(1, len(visible) // _SAMPLES)
        picks = [*visible[::step][:_SAMPLES], visible[-1]]
        return all(self._bold(self.char_index(start + j)) for j in picks)
