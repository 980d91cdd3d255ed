"""The worker pool: N long-lived worker processes, one file at a time each, results yielded in
the batch's order whatever the scheduling.

Why not multiprocessing.Pool or ProcessPoolExecutor: a file that hangs the extractor must be
killed alone, and a worker that dies must cost only its own file; both pools lose or stall
the whole batch then. Here each worker has its own pipe, the parent knows which file each
worker holds and since when, and:
- a worker past the timeout is killed and its file reported E014 (timeout);
- a worker that dies (segfault in a C extractor, out of memory, os._exit) has its file
  reported E015 (crashed);
- in both cases a fresh worker takes its place and the batch goes on;
- a worker is retired after `max_tasks_per_worker` files, so memory stays flat;
- results wait in a small reorder buffer and files are handed out at most `window` ahead of
  the first one not yet reported, so memory does not grow with the folder either.
Workers are forked from a forkserver that has already imported the parser: starting or
replacing one costs milliseconds, not a Python start-up.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess

from delib_parse.batch.discover import Entry
from delib_parse.batch.result import FileResult, unreadable
from delib_parse.batch.settings import CheckSettings
from delib_parse.batch.worker import TestHooks, worker_main

PRELOAD = ["delib_parse.batch.worker", "delib_parse.api", "delib_parse.sources.pdf"]


def _context() -> BaseContext:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)  # modules that fail to import are skipped
        return ctx
    return mp.get_context("spawn")


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    task: tuple[int, str] | None = None
    started: float = 0.0
    done: int = 0


class WorkerPool:
    def __init__(self, settings: CheckSettings, hooks: TestHooks | None = None) -> None:
        self.settings = settings
        self.hooks = hooks or TestHooks()
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self.retired: list[BaseProcess] = []

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        process = self.ctx.Process(  # type: ignore[attr-defined]
            target=worker_main, args=(child, self.settings, self.hooks), daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process=process, conn=parent)
        self.workers.append(worker)
        return worker

    def _drop(self, worker: _Worker, *, kill: bool) -> None:
        self.workers.remove(worker)
        if kill:
            worker.process.kill()
            worker.process.join(5)
        else:
            try:
                worker.conn.send(None)
            except OSError:
                pass
            self.retired.append(worker.process)
        worker.conn.close()
        self._reap()

    def _reap(self) -> None:
        alive = []
        for p in self.retired:
            p.join(0)
            if p.exitcode is None:
                alive.append(p)
        self.retired = alive

    def close(self) -> None:
        for worker in list(self.workers):
            self._drop(worker, kill=worker.task is not None)
        deadline = time.monotonic() + 5
        for p in self.retired:
            p.join(max(0.0, deadline - time.monotonic()))
            if p.exitcode is None:
                p.kill()
                p.join(1)
        self.retired = []

    def run(self, entries: Sequence[Entry]) -> Iterator[FileResult]:
        """Yield one FileResult per entry, in the entries' order."""
        try:
            yield from self._run(entries)
        finally:
            self.close()

    def _run(self, entries: Sequence[Entry]) -> Iterator[FileResult]:
        total = len(entries)
        ready: dict[int, FileResult] = {}
        pending: deque[tuple[int, str]] = deque()
        for i, entry in enumerate(entries):
            if entry.error is not None:
                ready[i] = unreadable(i, entry.path, *entry.error)
            else:
                pending.append((i, entry.path))
        jobs = max(1, min(self.settings.jobs, len(pending)))
        window = max(64, 16 * jobs)
        timeout = self.settings.timeout
        max_tasks = self.settings.max_tasks_per_worker
        next_emit = 0

        while next_emit < total:
            while next_emit in ready:
                yield ready.pop(next_emit)
                next_emit += 1
            if next_emit >= total:
                break
            # Hand out files to idle workers, starting workers as needed.
            idle = [w for w in self.workers if w.task is None]
            while pending and pending[0][0] < next_emit + window:
                if not idle:
                    if len(self.workers) >= jobs:
                        break
                    idle.append(self._start())
                worker = idle.pop()
                task = pending.popleft()
                try:
                    worker.conn.send(task)
                except OSError:  # died while idle: replace it, retry the file
                    pending.appendleft(task)
                    self._drop(worker, kill=True)
                    continue
                worker.task, worker.started = task, time.monotonic()
            busy = [w for w in self.workers if w.task is not None]
            if not busy:  # a result is missing yet no file is out: a bug, not a hang
                raise RuntimeError(f"batch scheduler stalled at file {next_emit}")
            wait_for: float | None = None
            if timeout is not None:
                now = time.monotonic()
                wait_for = max(0.0, min(w.started + timeout for w in busy) - now)
            handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            signalled = set(wait(handles, wait_for))
            now = time.monotonic()
            for worker in busy:
                assert worker.task is not None
                index, path = worker.task
                if worker.conn in signalled:
                    try:
                        result: FileResult = worker.conn.recv()
                    except (EOFError, OSError):
                        ready[index] = self._crashed(worker, index, path)
                        continue
                    ready[result.index] = result
                    worker.task = None
                    worker.done += 1
                    if worker.done >= max_tasks:
                        self._drop(worker, kill=False)
                elif worker.process.sentinel in signalled:
                    ready[index] = self._crashed(worker, index, path)
                elif timeout is not None and now - worker.started >= timeout:
                    self._drop(worker, kill=True)
                    ready[index] = unreadable(
                        index,
                        path,
                        "E014",
                        f"reading took longer than {timeout:g} s; the worker was stopped",
                        "raise the limit with --timeout",
                    )

    def _crashed(self, worker: _Worker, index: int, path: str) -> FileResult:
        worker.process.join(1)
        code = worker.process.exitcode
        self._drop(worker, kill=True)
        how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        return unreadable(
            index,
            path,
            "E015",
            f"the extractor crashed on this file (worker ended with {how})",
            "a bug in delib or the PDF library: please report it with the file",
        )
