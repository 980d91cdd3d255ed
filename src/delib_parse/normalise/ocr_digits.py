"""Digits that OCR read for the letters they look like, inside words.

A scan's OCR reads "O" as "0" and "l" as "1" in words it cannot check against a dictionary:
"C0NSEIL MUNICIPAL", "APPR0BATION", "Abstenti0n : 1", "titu1aires", "pub1ique", "mil1e". A
digit with letters on both sides is no figure: "0" there is the letter O (in the case of the
letters after it, else before it), and "1" between two lower-case letters is "l". A "1" in
capitals ("C1ERC") may be "I" or "l", and a digit at a word's edge may be a figure ("1er",
"RD14", "2Ol9"): both are left as printed. One character for one, so offsets hold.
"""

from __future__ import annotations

import regex

from delib_parse.lazyre import lazy

_ZERO = lazy(r"(?<=\p{L})0+(?=\p{L})")
_ONE = lazy(r"(?<=\p{Ll})1(?=\p{Ll})")


def _letter_o(m: regex.Match[str]) -> str:
    line = m.string
    after = line[m.end()]
    before = line[m.start() - 1]
    upper = after.isupper() if after.isalpha() else before.isupper()
    return ("O" if upper else "o") * len(m.group(0))


def letters_for_digits(line: str) -> str:
    if "0" in line:
        line = _ZERO.sub(_letter_o, line)
    if "1" in line:
        line = _ONE.sub("l", line)
    return line
