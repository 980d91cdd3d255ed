"""Patterns compiled on first use.

Why: the French phrasing tables compile to about 250 patterns, and `regex` compiles in Python,
so compiling them all at import cost a cold `delib parse` about 0.2 s, a third of it for
patterns that a given document never reaches (minutes-only, OCR-only, headings of other house
styles). A lazy pattern compiles when one of its methods is first looked up, then keeps the
compiled pattern's bound methods on itself, so later calls cost what a plain pattern's do.

Compiling is still most of a cold parse's CPU, so compiled patterns are also kept on disk
(delib_parse.patterncache): a pattern first looks for its compiled code there. When more
than a few are missing (the first run, a new `regex`, edited phrasings), every pattern created
so far is compiled and the file written once, rather than once a pattern; laziness still spares the
loading of patterns a document never reaches.
"""

from __future__ import annotations

import weakref
from typing import Any, cast

import regex

from delib_parse.patterncache import PatternCache

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


# Every lazy pattern alive: what a cache miss compiles and writes at once. Weak, so that a
# pattern made and dropped (a test's) is not compiled and written for ever after.
_CREATED: weakref.WeakSet[_LazyPattern] = weakref.WeakSet()
_cache: PatternCache | None = None
# Entries beyond this many times the patterns of this process are dropped when the file is
# written (phrasings edited or removed). Not fewer: a command that imports only some modules
# must not drop the entries of the others, which the next `delib parse` would recompile.
_STALE_FACTOR = 3


def use_cache(cache: PatternCache | None) -> None:
    """Read and write compiled patterns through `cache` from now on (None: the default one,
    made on first use). For tests, and for a caller that wants its own folder."""
    global _cache
    _cache = cache


def _the_cache() -> PatternCache:
    global _cache
    if _cache is None:
        _cache = PatternCache()
    return _cache


# A cache missing at most this many of the patterns created so far is not rewritten: those
# few compile on their own. Some patterns' text differs from one process to the next (an
# alternation of a set's words, sorted by length only: the ties come in hash order), so a
# rewrite for them would come at every start and never be read.
_FEW_MISSES = 16


def _fill(cache: PatternCache) -> None:
    """Compile every pattern created so far that the cache lacks, and write the cache, when
    it lacks more than a few (a first run, a new `regex`, edited phrasings)."""
    if not cache.writable():
        return
    keys = {(p.pattern, p.flags) for p in _CREATED}
    missing = [key for key in keys if not cache.has(*key)]
    if len(missing) <= _FEW_MISSES:
        return
    for key in missing:
        try:
            compiled = regex.compile(*key)
        except Exception:  # its own first use raises, where it is used
            continue
        cache.put(*key, compiled)
    if cache.size() > _STALE_FACTOR * len(keys):
        cache.keep_only(keys)
    cache.save()


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        # `pattern` and `flags` are known before compiling: composing patterns from others
        # (`CIVILITY.pattern`) must not force them to compile.
        self.pattern = pattern
        self.flags = flags
        _CREATED.add(self)

    def _compile(self) -> regex.Pattern[str]:
        cache = _the_cache()
        compiled = cache.get(self.pattern, self.flags)
        if compiled is None:
            _fill(cache)
            compiled = cache.get(self.pattern, self.flags) or regex.compile(
                self.pattern, self.flags
            )
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
