"""Reading an input's bytes, bounded: only regular files, and never more than a limit.

A FIFO opened for reading waits for a writer for ever, and a device (/dev/zero, /dev/urandom)
never ends: `read()` on either blocks or fills the memory. A file is opened without blocking
and looked at (fstat on what was opened, so that nothing can swap it in between) before a
byte is read; standard input, which is a pipe more often than a file, is read in chunks up to
the limit.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from delib_parse.errors import (
    FileNotFound,
    IsADirectory,
    NotARegularFile,
    PermissionDenied,
    TooLarge,
)
from delib_parse.sources.options import MAX_BYTES

_CHUNK = 1024**2


def kind_of(mode: int) -> str | None:
    """What a file of this mode is, when it is neither a regular file nor a folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def not_regular(kind: str, path: str | None) -> NotARegularFile:
    return NotARegularFile(f"is {kind}, not a regular file", path=path)


def too_large(limit: int, path: str | None) -> TooLarge:
    return TooLarge(f"more than {limit / 1024**2:g} MiB, the most delib reads", path=path)


def read_file(path: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or a named error."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would wait for a writer otherwise.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise FileNotFound("no such file", path=path) from exc
    except PermissionError as exc:
        raise PermissionDenied("permission denied", path=path) from exc
    except IsADirectoryError as exc:
        raise IsADirectory("is a directory, not a file", path=path) from exc
    except OSError as exc:
        raise FileNotFound(f"cannot read the file ({exc.strerror or exc})", path=path) from exc
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectory("is a directory, not a file", path=path)
        kind = kind_of(st.st_mode)
        if kind is not None:
            raise not_regular(kind, path)
        if st.st_size > limit:
            raise too_large(limit, path)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as fh:
        try:
            return _read_bounded(fh, limit, path)
        except OSError as exc:
            raise FileNotFound(f"cannot read the file ({exc.strerror or exc})", path=path) from exc


def read_stream(stream: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """Standard input's bytes, at most `limit` of them. A pipe, a file or a terminal is read;
    another device (`- < /dev/zero`) is refused before a byte is read."""
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        mode = None  # not a real file descriptor (a test's stream): read it, bounded
    if mode is not None and stat.S_ISCHR(mode) and not stream.isatty():
        raise not_regular("a character device", "standard input")
    return _read_bounded(stream, limit, "standard input")


def _read_bounded(stream: BinaryIO, limit: int, path: str | None) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise too_large(limit, path)
