"""The worker pool: N long-lived worker processes, results yielded in the batch's order
whatever the scheduling.

Why not multiprocessing.Pool or ProcessPoolExecutor: a file that hangs the extractor must be
killed alone, and a worker that dies must cost only its own file; both pools lose or stall
the whole batch then. Here each worker has its own pipe, the parent knows which files each
worker holds and since when it has been reading the first, and:
- a worker past the timeout is killed and its file reported E014 (timeout);
- a worker that dies (segfault in a C extractor, out of memory, os._exit) has its file
  reported E015 (crashed);
- in both cases a fresh worker takes its place and the batch goes on;
- a worker is retired after `max_tasks_per_worker` files, so memory stays flat;
- results wait in a small reorder buffer and files are handed out at most `window` ahead of
  the first one not yet reported, so memory does not grow with the folder either.
A worker holds up to DEPTH files: the one it reads and the next, already in its pipe, so it
never idles while the parent wakes up, reads its result and writes the report. The timeout
clock of a file starts when the worker tells it began that file, not when it was queued; a
worker that dies or is killed costs only the file it was reading: the files queued behind it
go back to the other workers.
Workers are forked from a forkserver that has already imported the parser: starting or
replacing one costs milliseconds, not a Python start-up.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess

from delib_parse.batch.discover import Entry
from delib_parse.batch.result import FileResult, unreadable
from delib_parse.batch.settings import CheckSettings
from delib_parse.batch.worker import TestHooks, worker_main
from delib_parse.child import adopt, kill_group, make_temp_folder, remove_temp_folder
from delib_parse.errors import DocumentTimeout, ExtractorCrashed

PRELOAD = [
    "delib_parse.batch.worker",
    "delib_parse.child",
    "delib_parse.api",
    "delib_parse.sources.pdf",
]
DEPTH = 2  # files a worker holds: the one it reads and the next one, waiting in its pipe

_Task = tuple[int, str]


def _context() -> BaseContext:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)  # modules that fail to import are skipped
        return ctx
    return mp.get_context("spawn")


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection  # sends (index, path) or None to stop; receives a start time, a FileResult
    queue: deque[tuple[int, str, float]] = field(default_factory=deque)  # index, path, sent at
    started: float | None = None  # when it began reading queue[0]; None: not begun yet
    sent: int = 0  # never above max_tasks_per_worker: the worker is retired after that many
    done: int = 0
    temp_folder: str | None = None  # its temporary files: removed when it has ended


class WorkerPool:
    def __init__(self, settings: CheckSettings, hooks: TestHooks | None = None) -> None:
        self.settings = settings
        self.hooks = hooks or TestHooks()
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self.retired: list[tuple[BaseProcess, str | None]] = []  # told to stop, and its folder
        # Files whose worker died before saying it had begun them: re-dispatched once, blamed
        # the second time, so a worker that cannot even start does not loop forever.
        self.orphaned: set[int] = set()

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        folder = make_temp_folder()
        process = self.ctx.Process(  # type: ignore[attr-defined]
            target=worker_main, args=(child, self.settings, self.hooks, folder), daemon=True
        )
        try:
            process.start()
        except BaseException:
            remove_temp_folder(folder)
            raise
        adopt(process)
        child.close()
        worker = _Worker(process=process, conn=parent, temp_folder=folder)
        self.workers.append(worker)
        return worker

    def _drop(self, worker: _Worker, *, kill: bool) -> None:
        self.workers.remove(worker)
        if kill:
            # The whole group: a worker killed in OCR would leave Tesseract running.
            kill_group(worker.process)
            remove_temp_folder(worker.temp_folder)
        else:
            try:
                worker.conn.send(None)
            except OSError:
                pass
            self.retired.append((worker.process, worker.temp_folder))
        worker.conn.close()
        self._reap()

    def _reap(self) -> None:
        alive = []
        for p, folder in self.retired:
            p.join(0)
            if p.exitcode is None:
                alive.append((p, folder))
            else:
                remove_temp_folder(folder)
        self.retired = alive

    def close(self) -> None:
        """Stop every worker; runs on every way out of `run`, an exception (Ctrl-C, SIGTERM)
        included: none is left running, nor any of their temporary folders."""
        try:
            for worker in list(self.workers):
                self._drop(worker, kill=bool(worker.queue))
            deadline = time.monotonic() + 5
            for p, _folder in self.retired:
                p.join(max(0.0, deadline - time.monotonic()))
        finally:
            # Also when a second signal cut the above short: kill what is left, remove folders.
            for worker in self.workers:
                kill_group(worker.process)
                remove_temp_folder(worker.temp_folder)
            self.workers = []
            for p, folder in self.retired:
                if p.exitcode is None:
                    kill_group(p)
                remove_temp_folder(folder)
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
        pending: deque[_Task] = deque()
        for i, entry in enumerate(entries):
            if entry.error is not None:
                ready[i] = unreadable(i, entry.path, *entry.error)
            else:
                pending.append((i, entry.path))
        jobs = max(1, min(self.settings.jobs, len(pending)))
        window = max(64, 16 * jobs)
        timeout = self.settings.timeout
        next_emit = 0

        while next_emit < total:
            # Workers are refilled before the results are reported: the report may take a
            # while (a large document to write) and the workers should not wait on it.
            pending = self._dispatch(pending, next_emit + window, jobs, ready)
            if next_emit in ready:
                while next_emit in ready:
                    yield ready.pop(next_emit)
                    next_emit += 1
                continue  # the window moved on: refill before waiting
            busy = [w for w in self.workers if w.queue]
            if not busy:  # a result is missing yet no file is out: a bug, not a hang
                raise RuntimeError(f"batch scheduler stalled at file {next_emit}")
            wait_for: float | None = None
            clocks = [w.started for w in busy if w.started is not None]
            if timeout is not None and clocks:
                wait_for = max(0.0, min(clocks) + timeout - time.monotonic())
            handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            signalled = set(wait(handles, wait_for))
            requeue: list[_Task] = []
            for worker in busy:
                dead = worker.process.sentinel in signalled
                if worker.conn in signalled or dead:
                    # Read all it sent before judging it: a worker that dies on a file may
                    # have finished the one before, its result still in the pipe.
                    dead = not self._receive(worker, ready) or dead
                if dead:
                    requeue += self._lost(worker, ready, crashed=True)
                elif (
                    timeout is not None
                    and worker.started is not None
                    and time.monotonic() - worker.started >= timeout
                ):
                    requeue += self._lost(worker, ready, crashed=False)
                elif worker.done >= self.settings.max_tasks_per_worker:
                    self._drop(worker, kill=False)
            if requeue:
                pending = _merge(requeue, pending)

    def _dispatch(
        self, pending: deque[_Task], limit: int, jobs: int, ready: dict[int, FileResult]
    ) -> deque[_Task]:
        """Hand out files below index `limit` to workers with room, starting workers as needed;
        returns what is still pending (a file whose worker is found dead stays in it)."""
        max_tasks = self.settings.max_tasks_per_worker
        requeue: list[_Task] = []
        while pending and pending[0][0] < limit:
            open_ = [w for w in self.workers if len(w.queue) < DEPTH and w.sent < max_tasks]
            worker = min(open_, key=lambda w: len(w.queue), default=None)
            if worker is None or worker.queue:
                if len(self.workers) < jobs:
                    worker = self._start()
                # Near the end a second file queued behind a long one would wait for it while
                # another worker sits idle: keep the last files for whoever is free first.
                elif worker is None or len(pending) <= jobs:
                    break
            task = pending.popleft()
            try:
                worker.conn.send(task)
            except OSError:  # it died between two files: replace it, keep the file
                requeue.append(task)
                self._receive(worker, ready)
                requeue += self._lost(worker, ready, crashed=True)
                continue
            worker.queue.append((*task, time.monotonic()))
            worker.sent += 1
        return _merge(requeue, pending) if requeue else pending

    def _receive(self, worker: _Worker, ready: dict[int, FileResult]) -> bool:
        """Take every message waiting from worker; False once its pipe is closed (it died)."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if isinstance(message, float):
                    # The worker's clock, kept within what the parent saw: from the file's
                    # sending to now, whatever the clocks of two processes do.
                    sent_at = worker.queue[0][2]
                    worker.started = min(max(message, sent_at), time.monotonic())
                    continue
                result: FileResult = message
                worker.queue.popleft()
                worker.started = None
                worker.done += 1
                ready[result.index] = result
        except (EOFError, OSError):
            return False
        return True

    def _lost(self, worker: _Worker, ready: dict[int, FileResult], *, crashed: bool) -> list[_Task]:
        """The worker died (crashed) or ran out of time: report the file it was reading, stop
        it, and return the files it held but had not begun, to be handed out again."""
        if crashed:
            worker.process.join(1)
        code = worker.process.exitcode
        self._drop(worker, kill=True)
        tasks = [(index, path) for index, path, _sent in worker.queue]
        if not tasks:
            return []
        index, path = tasks[0]
        if worker.started is None and index not in self.orphaned:
            self.orphaned.add(index)
            return tasks
        if crashed:
            ready[index] = _crash_result(index, path, code)
        else:
            timeout = self.settings.timeout
            ready[index] = unreadable(
                index,
                path,
                DocumentTimeout.code,
                f"reading took longer than {timeout:g} s; the worker was stopped",
                "raise the limit with --timeout",
            )
        return tasks[1:]


def _crash_result(index: int, path: str, code: int | None) -> FileResult:
    how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
    return unreadable(
        index,
        path,
        ExtractorCrashed.code,
        f"the extractor crashed on this file (worker ended with {how})",
        "a bug in delib or the PDF library: please report it with the file",
    )


def _merge(requeue: Iterable[_Task], pending: Iterable[_Task]) -> deque[_Task]:
    """Files handed back go before the rest, in index order: the window counts from them."""
    return deque(sorted([*requeue, *pending]))
