"""Section parsers: normalised text → plain values with their source location → models."""

from __future__ import annotations

from delib_parse.parse.document import parse_document

__all__ = ["parse_document"]
