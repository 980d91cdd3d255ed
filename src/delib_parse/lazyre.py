"""Patterns compiled on first use.

Why: the French phrasing tables compile to about 250 patterns, and `regex` compiles in Python,
so compiling them all at import cost a cold `delib parse` about 0.2 s, a third of it for
patterns that a given document never reaches (minutes-only, OCR-only, headings of other house
styles). A lazy pattern compiles when one of its methods is first looked up, then keeps the
compiled pattern's bound methods on itself, so later calls cost what a plain pattern's do.
"""

from __future__ import annotations

from typing import Any, cast

import regex

# Looked up on every call: bound once, on first use, as instance attributes.
_METHODS = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "finditer",
    "findall",
    "splititer",
)


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        # `pattern` and `flags` are known before compiling: composing patterns from others
        # (`CIVILITY.pattern`) must not force them to compile.
        self.pattern = pattern
        self.flags = flags

    def _compile(self) -> regex.Pattern[str]:
        compiled = regex.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        self.__dict__["_compiled"] = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not yet set: the first use of a method, or an attribute
        # of the compiled pattern (groupindex, groups …).
        compiled = self.__dict__.get("_compiled") or self._compile()
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, deferred until the pattern is first used."""
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))
