"""Where a report goes: standard output, or a file written whole or not at all.

Batch reports are streamed (memory stays flat however many files), so a file output is
written to a temporary file beside the target and renamed over it only when the report is
complete: readers see the old file or the whole new one, never half of one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def atomic_output(path: str | Path) -> Iterator[TextIO]:
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def report_output(path: str | Path | None) -> Iterator[TextIO]:
    """A stream for the report: `path` written atomically, or standard output (None)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_output(path) as fh:
        yield fh
