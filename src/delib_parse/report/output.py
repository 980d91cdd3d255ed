"""Where a report goes: standard output, or a file written whole or not at all.

Batch reports are streamed (memory stays flat however many files), so a file output is
written to a temporary file beside the target and renamed over it only when the report is
complete: readers see the old file or the whole new one, never half of one.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def atomic_output(path: str | Path) -> Iterator[TextIO]:
    """Write `path` whole or not at all, through to what it names:
    - a symbolic link is followed, and what it points to is replaced atomically: the link
      stays a link (replacing the link itself would cut it from the file it shared);
    - a device or a FIFO (`--output /dev/null`, `--output /dev/stdout`, a pipe) is written to
      as it is: nothing can be renamed over it without replacing the device by a file;
    - a regular file is replaced by a temporary file beside it, renamed over it when complete,
      with the replaced file's permissions (a new one gets those the umask gives).
    """
    target = Path(os.path.realpath(path))
    try:
        st: os.stat_result | None = os.stat(target)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        with open(target, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        return
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            # mkstemp makes the file private (0600): give it what the target had or would have.
            mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
            os.fchmod(fh.fileno(), mode)
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it: put it straight back
    os.umask(mask)
    return mask


@contextmanager
def report_output(path: str | Path | None) -> Iterator[TextIO]:
    """A stream for the report: `path` written atomically, or standard output (None)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_output(path) as fh:
        yield fh
