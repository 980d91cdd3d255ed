"""A worker holds the file it reads and the next one, already sent: that queued file must not
pay for the one before it. Killed or crashed, a worker costs only the file it was reading;
the timeout of a queued file counts from when the worker begins it; a worker never gets more
files than it reads before retirement."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from delib_parse.batch import discover
from delib_parse.batch.pool import WorkerPool, _Worker
from delib_parse.batch.result import FileResult
from delib_parse.batch.settings import CheckSettings
from delib_parse.batch.worker import TestHooks
from tests.conftest import SEED


def make(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(SEED, folder / name)
    return folder


def run(pool: WorkerPool, folder: Path) -> list[FileResult]:
    entries = discover([str(folder)])
    results = list(pool.run(entries))
    assert [r.path for r in results] == [e.path for e in entries]
    return results


def codes(results: list[FileResult]) -> dict[str, str | None]:
    return {Path(r.path).name: r.error.code if r.error else None for r in results}


class Spy(WorkerPool):
    """Records the files handed back by a lost worker and the files each worker was sent."""

    def __init__(self, settings: CheckSettings, hooks: TestHooks) -> None:
        super().__init__(settings, hooks)
        self.requeued: list[str] = []
        self.sent: list[int] = []

    def _lost(
        self, worker: _Worker, ready: dict[int, FileResult], *, crashed: bool
    ) -> list[tuple[int, str]]:
        tasks = super()._lost(worker, ready, crashed=crashed)
        self.requeued += [Path(path).name for _index, path in tasks]
        return tasks

    def _drop(self, worker: _Worker, *, kill: bool) -> None:
        self.sent.append(worker.sent)
        super()._drop(worker, kill=kill)


FILES = ["1-first.txt", "2-queued.txt", "3-next.txt", "4-last.txt"]


@pytest.mark.parametrize("hook", ["hang", "crash"])
def test_the_file_queued_behind_a_lost_one_is_read_again(tmp_path: Path, hook: str) -> None:
    folder = make(tmp_path, FILES)
    hooks = TestHooks(hang_on="1-first") if hook == "hang" else TestHooks(crash_on="1-first")
    pool = Spy(CheckSettings(jobs=1, timeout=1.0), hooks)
    results = run(pool, folder)
    expected = "E014" if hook == "hang" else "E015"
    assert codes(results) == {
        "1-first.txt": expected,
        "2-queued.txt": None,
        "3-next.txt": None,
        "4-last.txt": None,
    }
    assert pool.requeued == ["2-queued.txt"]  # it was waiting in the lost worker's pipe


def test_the_timeout_counts_from_when_the_worker_begins_the_file(tmp_path: Path) -> None:
    # Each slow file takes 1.5 s of a 2.5 s limit; the second waits 1.5 s in the pipe first,
    # so a clock started when it was sent would stop it at 2.5 s.
    folder = make(tmp_path, ["1-slow.txt", "2-slow.txt", "3-plain.txt"])
    hooks = TestHooks(slow_on="slow", slow_seconds=1.5)
    pool = Spy(CheckSettings(jobs=1, timeout=2.5), hooks)
    start = time.monotonic()
    results = run(pool, folder)
    assert time.monotonic() - start >= 3.0
    assert codes(results) == {"1-slow.txt": None, "2-slow.txt": None, "3-plain.txt": None}
    assert pool.requeued == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_worker_is_never_sent_more_than_it_reads_before_retirement(
    tmp_path: Path, jobs: int
) -> None:
    folder = make(tmp_path, [f"extract-{i:02d}.txt" for i in range(9)])
    pool = Spy(CheckSettings(jobs=jobs, max_tasks_per_worker=2), TestHooks())
    results = run(pool, folder)
    assert all(r.ok for r in results)
    assert pool.sent and max(pool.sent) <= 2
    assert sum(pool.sent) == 9


def test_a_worker_dead_before_beginning_its_file_is_not_blamed_the_first_time(
    tmp_path: Path,
) -> None:
    pool = WorkerPool(CheckSettings(jobs=1), TestHooks())
    try:
        ready: dict[int, FileResult] = {}
        for attempt in range(2):
            worker = pool._start()
            worker.process.kill()
            worker.process.join(5)
            worker.queue.extend([(7, "a.txt", time.monotonic()), (8, "b.txt", time.monotonic())])
            handed_back = pool._lost(worker, ready, crashed=True)
            if attempt == 0:  # it may have died between two files: both go to another worker
                assert handed_back == [(7, "a.txt"), (8, "b.txt")] and not ready
            else:  # the same file again: it is the one that kills workers
                assert handed_back == [(8, "b.txt")]
                assert ready[7].error is not None and ready[7].error.code == "E015"
    finally:
        pool.close()
