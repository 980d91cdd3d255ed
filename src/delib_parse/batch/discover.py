"""Which files a batch reads: named files as given, folders walked recursively.

The order is stable (arguments in the order given, each folder's entries sorted by name) so
that reports do not depend on the file system. Problems met on the way — a symbolic link
loop, a folder or file that cannot be read, a path that does not exist — become entries of
their own, with an error code, in that same order: they are reported, never fatal.

`exclude` patterns (the `exclude` setting and `--exclude`) skip files and whole folders met
while walking a folder, gitignore-fashion; a path named on the command line is read even if
a pattern matches it (ruff's default, without `force-exclude`): naming a file is asking for it.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from delib_parse.errors import FileNotFound, PermissionDenied, UnreadableFile
from delib_parse.sources.reading import kind_of, not_regular

DEFAULT_GLOBS: tuple[str, ...] = ("*.pdf", "*.txt")


@dataclass(frozen=True, slots=True)
class Entry:
    """A file to read, or (error set) a path that was met but cannot be read."""

    path: str
    error: tuple[str, str, str] | None = None  # (code, message, hint)


def with_listed_paths(paths: Sequence[str], listing: str) -> list[str]:
    """`paths` with `-` replaced by the paths listed in `listing` (what `delib check -` read on
    standard input): one a line, or NUL-separated as `find -print0` writes them; blank lines
    are skipped. Listed paths are named files, read whatever their names."""
    if "\0" in listing:
        listed = [p for p in listing.split("\0") if p]
    else:
        listed = [p.rstrip("\r") for p in listing.split("\n") if p.strip()]
    out: list[str] = []
    for path in paths:
        out.extend(listed if path == "-" else [path])
    return out


def matches(relpath: str, globs: Sequence[str]) -> bool:
    """Case-insensitive; a glob without '/' is matched against the file name only."""
    name = relpath.rsplit("/", 1)[-1].lower()
    rel = relpath.lower()
    for g in globs:
        g = g.lower()
        if "/" in g:
            if fnmatch.fnmatchcase(rel, g) or PurePosixPath(rel).match(g):
                return True
        elif fnmatch.fnmatchcase(name, g):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Exclude:
    """Glob patterns of paths not read in folders, each with the folder it is relative to
    (the config file's for the setting, the current folder for `--exclude`).

    As in ruff and .gitignore: a pattern without `/` matches a file or folder name at any
    depth (`brouillons`, `*.tmp.pdf`); one with a `/` matches the path below its folder
    (`archives/2019/*`, `**/old/**`; a leading `/` changes nothing); a trailing `/` matches
    folders only. An excluded folder is not entered. Case counts, as in ruff."""

    patterns: tuple[tuple[str, str], ...] = ()  # (absolute folder, pattern)

    @classmethod
    def relative_to(cls, root: str, patterns: Sequence[str]) -> Exclude:
        absolute = os.path.abspath(root)
        return cls(tuple((absolute, p) for p in patterns if p.strip()))

    def __add__(self, other: Exclude) -> Exclude:
        return Exclude(self.patterns + other.patterns)

    def excludes(self, path: str, is_dir: bool = False) -> bool:
        absolute = os.path.abspath(path)
        for root, pattern in self.patterns:
            rel = os.path.relpath(absolute, root).replace(os.sep, "/")
            if rel == "." or rel.startswith("../"):
                continue  # a pattern says nothing of what is outside its folder
            glob = pattern.strip()
            if glob.endswith("/"):
                if not is_dir:
                    continue
                glob = glob.rstrip("/")
            if "/" in glob:
                if fnmatch.fnmatchcase(rel, glob.lstrip("/")):
                    return True
            elif fnmatch.fnmatchcase(rel.rsplit("/", 1)[-1], glob):
                return True
        return False


def _os_error(path: str, exc: OSError) -> Entry:
    if exc.errno == errno.ELOOP:
        return Entry(path, (UnreadableFile.code, "symbolic link loop", "fix or remove the link"))
    if isinstance(exc, PermissionError):
        return Entry(path, (PermissionDenied.code, "permission denied", "make it readable"))
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return Entry(
                path, (UnreadableFile.code, "broken symbolic link", "fix or remove the link")
            )
        return Entry(path, (FileNotFound.code, "no such file or folder", "check the path"))
    return Entry(path, (UnreadableFile.code, f"cannot read ({exc.strerror or exc})", ""))


def _not_regular(path: str, kind: str) -> Entry:
    error = not_regular(kind, path)
    return Entry(path, (error.code, error.message, error.hint))


def discover(
    paths: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, exclude: Exclude | None = None
) -> list[Entry]:
    """Every file to check, in a stable order; each real file once."""
    return list(iter_entries(paths, globs, exclude))


def iter_entries(
    paths: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, exclude: Exclude | None = None
) -> Iterator[Entry]:
    exclude = exclude or Exclude()
    seen_files: set[tuple[int, int]] = set()
    for arg in paths:
        try:
            st = os.stat(arg)
        except OSError as exc:
            yield _os_error(arg, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(arg, globs, seen_files, exclude)
        elif (kind := kind_of(st.st_mode)) is not None:
            yield _not_regular(arg, kind)
        elif (st.st_dev, st.st_ino) not in seen_files:
            # A file named on the command line is read whatever its name (pre-commit, scripts).
            seen_files.add((st.st_dev, st.st_ino))
            yield Entry(arg)


def _walk(
    root: str, globs: Sequence[str], seen_files: set[tuple[int, int]], exclude: Exclude
) -> Iterator[Entry]:
    """Depth-first, sorted; follows symbolic links but enters each real folder once."""
    root_st = os.stat(root)
    active: set[tuple[int, int]] = set()  # folders on the current descent: a link back = loop
    done: set[tuple[int, int]] = set()

    def visit(folder: str, key: tuple[int, int]) -> Iterator[Entry]:
        active.add(key)
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            active.discard(key)
            yield _os_error(folder, exc)
            return
        for item in items:
            path = os.path.join(folder, item.name)
            if exclude.patterns and exclude.excludes(path, is_dir=_is_dir(item)):
                continue  # before stat: an excluded broken link or FIFO is not reported
            try:
                st = item.stat(follow_symlinks=True)
            except OSError as exc:
                if item.is_symlink() or matches(os.path.relpath(path, root), globs):
                    yield _os_error(path, exc)
                continue
            sub = (st.st_dev, st.st_ino)
            if stat.S_ISDIR(st.st_mode):
                if sub in active:
                    yield Entry(
                        path,
                        (
                            UnreadableFile.code,
                            "symbolic link loop (points back to a parent folder)",
                            "",
                        ),
                    )
                elif sub not in done:
                    yield from visit(path, sub)
                continue
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            kind = kind_of(st.st_mode)
            if kind is not None:
                # A FIFO or a device named like an extract is reported, not read (a read
                # would block or never end) and not skipped without a word either.
                if matches(rel, globs):
                    yield _not_regular(path, kind)
                continue
            if matches(rel, globs) and sub not in seen_files:
                seen_files.add(sub)
                yield Entry(path)
        active.discard(key)
        done.add(key)

    yield from visit(root, (root_st.st_dev, root_st.st_ino))


def _is_dir(item: os.DirEntry[str]) -> bool:
    try:
        return item.is_dir(follow_symlinks=True)
    except OSError:
        return False
