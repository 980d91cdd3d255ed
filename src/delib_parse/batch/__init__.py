"""Batch checking (`delib check PATH...`): discover files, read them in worker processes with
a per-file timeout, and stream one FileResult per file, in a stable order, to reporters.

```python
from delib_parse.batch import check_paths, resolve_settings
from delib_parse.config import load_config

settings, warnings = resolve_settings(load_config(), jobs=4)
summary = check_paths(["minutes/"], settings, reporters=[my_reporter])
summary.exit_code      # 0 / 1 / 2
```
This package never prints: reporters (delib_parse.report) decide what the user sees.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from delib_parse.batch.discover import DEFAULT_GLOBS, Entry, discover
from delib_parse.batch.result import FileResult, Reporter, Summary
from delib_parse.batch.settings import CheckSettings, resolve_settings

if TYPE_CHECKING:
    from delib_parse.batch.worker import TestHooks

__all__ = [
    "DEFAULT_GLOBS",
    "CheckSettings",
    "Entry",
    "FileResult",
    "Reporter",
    "Summary",
    "check_entries",
    "check_paths",
    "discover",
    "resolve_settings",
]


# Test-only (batch.worker.TestHooks): set by the tests in their own process, never from the
# environment or the command line, so the shipped command cannot be made to hang or crash.
_test_hooks: TestHooks | None = None


def check_entries(
    entries: Sequence[Entry], settings: CheckSettings, reporters: Iterable[Reporter] = ()
) -> Summary:
    """Check already-discovered entries; hand each result to every reporter, in order."""
    from delib_parse.batch.pool import WorkerPool

    sinks = list(reporters)
    summary = Summary(fail_on=settings.fail_on)
    start = time.perf_counter()
    for sink in sinks:
        sink.start(len(entries))
    for result in WorkerPool(settings, _test_hooks).run(entries):
        summary.add(result)
        for sink in sinks:
            sink.add(result)
    summary.seconds = time.perf_counter() - start
    for sink in sinks:
        sink.finish(summary)
    return summary


def check_paths(
    paths: Iterable[str],
    settings: CheckSettings,
    reporters: Iterable[Reporter] = (),
    *,
    globs: Sequence[str] = DEFAULT_GLOBS,
) -> Summary:
    """Check every file under paths (folders recursively, files matching globs)."""
    return check_entries(discover(paths, globs), settings, reporters)
