"""Normaliser: de-hyphenate, fix spacing and characters, drop page furniture; keep a map to
page and line."""

from delib_parse.normalise.offsets import Loc, NormalisedText, OffsetMap
from delib_parse.normalise.pipeline import normalise_lines, normalise_text

__all__ = ["Loc", "NormalisedText", "OffsetMap", "normalise_lines", "normalise_text"]
