"""Accents given back to a document that has lost them all.

A scan's OCR, or a text typed without accents, writes "Etaient presents", "sous la presidence
de", "a l'unanimite"; the parsers' phrasings are written as French is, with its accents. Where a
document's letters hold (next to) no accented one, its words of minutes (`vocab.accents`) get
their accents back, one character for one, so that offsets hold. A document with its accents,
or with a few of them left, is not touched: its unaccented words are as printed.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.names import unaccent
from delib_parse.vocab.accents import ACCENTED_WORDS

# French prose holds 3–5 accented letters in a hundred; a document under this share has lost
# them (seen: 0 to 0.24 % in OCR'd and typed-without-accent minutes, 0.9 % the lowest kept).
MAX_ACCENT_SHARE = 0.005
# Below this many letters, the share says nothing (a heading, an empty page).
MIN_LETTERS = 300

_LETTER = lazy(r"\p{L}")
_ACCENTED = lazy(r"[àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ]")
_WORD = lazy(r"(?<![\p{L}\-])\p{L}[\p{L}\-]*(?![\p{L}])")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {unaccent(w): w for w in ACCENTED_WORDS}


def lost_accents(lines: list[str]) -> bool:
    letters = accented = 0
    for line in lines:
        letters += len(_LETTER.findall(line))
        accented += len(_ACCENTED.findall(line))
    return letters >= MIN_LETTERS and accented < MAX_ACCENT_SHARE * letters


def _restore(m: regex.Match[str]) -> str:
    word: str = m.group(0)
    accented = _table().get(word.lower())
    if accented is None:
        return word
    if word.isupper():
        return accented.upper()
    if word[0].isupper():
        return accented[0].upper() + accented[1:]
    return accented


def restore_accents(lines: list[str]) -> list[str]:
    """The lines with their words of minutes accented, when the document lost its accents;
    otherwise the lines unchanged."""
    if not lost_accents(lines):
        return lines
    return [_WORD.sub(_restore, line) for line in lines]
