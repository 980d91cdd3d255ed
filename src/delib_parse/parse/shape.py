"""The look of a line, shared by the parsers that tell headings from prose."""

from __future__ import annotations


def in_capitals(text: str) -> bool:
    """Written in capitals: at least four letters, nine in ten of them upper-case (an "é" or
    a "de" left in lower case does not make a title in capitals prose)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
