"""The compiled phrasing patterns, kept on disk between runs.

Why: `regex` parses and compiles a pattern in Python. A cold `delib parse` of one extract
compiled about 260 of the ~490 lazy patterns, which cost more CPU than reading the extract
itself; a compiled `regex` pattern pickles as its code (a list of ints handed straight to the
C engine), which loads in a small fraction of that.

The cache is one file of `{(pattern, flags): pickled pattern}`. Its name carries what the
compiled code depends on (the `regex` version, its default VERSION0/1 and the Python build),
so a new `regex` reads a new file; an entry whose pattern or flags changed is simply not
found. A file that cannot be read (truncated, corrupt, foreign) is ignored and rewritten.
Nothing here raises: a cache that cannot be read or written costs only the compilation.

Loading a pickle runs code named in it, so the entries are read with an unpickler that knows
one callable, the `regex` engine's own `compile`, and the outer file with one that knows none;
a file not owned by this user, or writable by others, is not read at all.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

Key = tuple[str, int]

# Bumped when the file's layout changes.
_FORMAT = 1


def cache_key() -> str:
    """What compiled code depends on, as a short stable digest (part of the file name)."""
    parts = (
        _FORMAT,
        regex.__version__,
        getattr(regex, "DEFAULT_VERSION", 0),
        sys.implementation.cache_tag,
        sys.maxunicode,
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def cache_folders() -> list[Path]:
    """Where the cache may live, most preferred first: the user's cache folder
    ($XDG_CACHE_HOME/delib, else ~/.cache/delib), then beside the package."""
    folders = []
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        folders.append(Path(xdg) / "delib")
    else:
        try:
            folders.append(Path.home() / ".cache" / "delib")
        except RuntimeError:  # no home folder to be found
            pass
    folders.append(Path(__file__).resolve().parent / "__pycache__")
    return folders


def cache_file(folder: Path) -> Path:
    return folder / f"patterns-{cache_key()}.pickle"


class _NoGlobals(pickle.Unpickler):
    """The outer file holds only dicts, tuples, strings, ints and bytes."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in the pattern cache")


class _PatternOnly(pickle.Unpickler):
    """An entry is `_regex.compile(*data)`: the one callable allowed."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in (("regex._regex", "compile"), ("_regex", "compile")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in the pattern cache")


def _trusted(path: Path) -> bool:
    """Owned by this user and writable by no one else (the cache is code, in a way)."""
    try:
        info = path.stat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def read_entries(path: Path) -> dict[Key, bytes]:
    """The entries of one cache file; empty when it is missing, unreadable or not trusted."""
    if not _trusted(path):
        return {}
    try:
        with path.open("rb") as fh:
            loaded = _NoGlobals(fh).load()
    except Exception:  # truncated, corrupt, foreign: as if there were none
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        key: value
        for key, value in loaded.items()
        if isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(value, bytes)
    }


def load_pattern(data: bytes, pattern: str, flags: int) -> regex.Pattern[str] | None:
    """The pattern an entry holds, or None when it cannot be loaded or is not that pattern."""
    try:
        compiled = _PatternOnly(io.BytesIO(data)).load()
    except Exception:
        return None
    if not isinstance(compiled, regex.Pattern) or compiled.pattern != pattern:
        return None
    return compiled


def dump_pattern(compiled: regex.Pattern[str]) -> bytes | None:
    try:
        return pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a pattern regex cannot pickle: compiled each time, as before
        return None


def write_entries(folder: Path, entries: dict[Key, bytes]) -> Path | None:
    """Write the cache file in `folder` whole or not at all; None when it cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".tmp")
    except OSError:
        return None
    target = cache_file(folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(entries, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(temp, 0o644)
        os.replace(temp, target)  # readers see the old file or the new one, never half
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
        return None
    return target


def _key(pattern: str, flags: int) -> Key:
    # A plain int: `regex.IGNORECASE` is an enum member, which the file's reader would refuse.
    return (pattern, int(flags))


def _can_write(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK | os.X_OK)


class PatternCache:
    """The entries read from the first cache file found, and the writing back of new ones."""

    def __init__(self, folders: list[Path] | None = None) -> None:
        self.folders = cache_folders() if folders is None else folders
        self.entries: dict[Key, bytes] | None = None  # None: not read yet
        self.dirty = False
        self._writable: bool | None = None

    def _entries(self) -> dict[Key, bytes]:
        if self.entries is None:
            self.entries = {}
            for folder in self.folders:
                found = read_entries(cache_file(folder))
                if found:
                    self.entries = found
                    break
        return self.entries

    def get(self, pattern: str, flags: int) -> regex.Pattern[str] | None:
        entries = self._entries()
        key = _key(pattern, flags)
        data = entries.get(key)
        if data is None:
            return None
        compiled = load_pattern(data, pattern, flags)
        if compiled is None:  # a damaged entry: dropped, so that it is compiled and rewritten
            del entries[key]
            self.dirty = True
        return compiled

    def writable(self) -> bool:
        """Whether some folder would take the file (asked once): when none would, a miss
        compiles only its own pattern rather than every pattern for a file never written."""
        if self._writable is None:
            self._writable = any(_can_write(folder) for folder in self.folders)
        return self._writable

    def has(self, pattern: str, flags: int) -> bool:
        return _key(pattern, flags) in self._entries()

    def size(self) -> int:
        return len(self._entries())

    def put(self, pattern: str, flags: int, compiled: regex.Pattern[str]) -> None:
        data = dump_pattern(compiled)
        if data is not None:
            self._entries()[_key(pattern, flags)] = data
            self.dirty = True

    def keep_only(self, keys: set[Key]) -> None:
        """Forget entries no pattern of this process has (patterns since edited or removed),
        so the file does not grow with every version of the phrasing tables."""
        keys = {_key(*key) for key in keys}
        entries = self._entries()
        stale = [key for key in entries if key not in keys]
        for key in stale:
            del entries[key]
        self.dirty = self.dirty or bool(stale)

    def save(self) -> Path | None:
        """Write the entries to the first folder that takes them; None if none does."""
        if not self.dirty:
            return None
        for folder in self.folders:
            written = write_entries(folder, self._entries())
            if written is not None:
                self.dirty = False
                return written
        return None
