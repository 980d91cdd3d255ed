"""How far the reading of one document has gone, for whoever listens (`delib parse` on a
terminal: a scanned recueil takes minutes, page by page).

A listener is set around a call (`with listening(fn): parse_file(…)`) rather than passed down
every function of the source stage: only the page loops report, and nobody listens unless a
caller asks (the batch's workers do not). The listener is called from the thread that reads,
one call at a time, and must be quick; it must not raise."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# (stage, done, total): ("reading page", 3, 12), ("OCR page", 1, 4), ("parsing", 0, 0).
Listener = Callable[[str, int, int], None]

_listener: Listener | None = None
_lock = threading.Lock()


@contextmanager
def listening(listener: Listener | None) -> Iterator[None]:
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous


def report(stage: str, done: int = 0, total: int = 0) -> None:
    listener = _listener
    if listener is None:
        return
    with _lock:
        listener(stage, done, total)
